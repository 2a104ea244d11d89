"""The API's request and response bodies (pydantic, through django-ninja), as the
OpenAPI description at /api/v1/schema/ gives them. Names follow the marketplace's public
API: camelCase fields, ids as numbers (declared attachments: UUIDs)."""

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from ninja import Field, Schema
from pydantic import AfterValidator, BaseModel

from core.params import MAX_ID

Id = Field(..., ge=1, le=MAX_ID)


def storable(value: str) -> str:
    """Text a database can keep: no NUL character, no lone surrogate."""
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    try:
        value.encode()
    except UnicodeEncodeError as error:
        raise ValueError("is not valid Unicode text") from error
    return value


Text = Annotated[str, AfterValidator(storable)]


class Out(BaseModel):
    """A list answer's body, built as plain dicts by the endpoint: pydantic checks it
    directly. (ninja's `Schema` wraps every nested object to read attributes of model
    instances too, which cost about a millisecond on a page of 50 threads.)"""


class ErrorItem(Schema):
    code: str = Field(..., description="Stable, for the tool to branch on.")
    message: str = Field(..., description="For the tool's developer, in English.")
    userMessage: str = Field(..., description="For the user, in the Accept-Language.")
    details: dict | None = Field(None, description="What the code needs, e.g. findings.")


class Errors(Schema):
    errors: list[ErrorItem]


class Person(Out):
    id: int
    login: str


class OrderRef(Out):
    id: int
    transactionId: str


class OfferRef(Out):
    id: int
    title: str


class Thread(Out):
    id: int
    read: bool = Field(..., description="Nothing in it is unread for you.")
    unreadCount: int
    awaitingReply: bool = Field(..., description="The other side wrote last.")
    lastMessageDateTime: datetime
    interlocutor: Person
    interlocutorEmail: str = Field(..., description="Their masked address for this thread.")
    subject: str
    order: OrderRef | None
    offer: OfferRef | None
    preview: str = Field(..., description="The start of the last delivered message.")


class ThreadList(Out):
    threads: list[Thread]
    nextCursor: str | None = Field(
        None, description="Pass as `after` for the next page; null on the last one."
    )


class Attachment(Out):
    id: str
    fileName: str
    mimeType: str
    size: int
    url: str


class Author(Out):
    login: str | None = Field(None, description="Null for mail from an external sender.")
    side: Literal["buyer", "seller", "external", "staff"]
    isInterlocutor: bool


class Finding(Schema):
    category: str
    fragment: str


MessageStatus = Literal["QUEUED", "HELD", "BLOCKED", "DELIVERED", "RESOLVED"]


class Message(Out):
    id: int
    thread: dict[str, int] = Field(..., description='{"id": thread id}')
    author: Author
    text: str
    status: MessageStatus
    channel: str = Field(
        ..., description="Where it was written: web, email, staff, or api (a tool, as here)"
    )
    createdAt: datetime
    attachments: list[Attachment]
    stopReason: str | None = Field(
        None, description="Why it did not reach the other side (its author only)."
    )


class MessageList(Out):
    messages: list[Message] = Field(..., description="Oldest first.")
    nextCursor: str | None = Field(
        None, description="Pass as `before` for the earlier messages; null when none."
    )


class AttachmentRef(Schema):
    id: UUID = Field(..., description="A declared and uploaded attachment's id.")


class MessageIn(Schema):
    text: Text = Field(..., max_length=20_000)
    attachments: list[AttachmentRef] = Field(default_factory=list, max_length=5)


class Ref(Schema):
    id: int = Id


class NewThreadMessageIn(MessageIn):
    order: Ref


class ReadIn(Schema):
    read: bool = True


class AttachmentDeclareIn(Schema):
    fileName: Text = Field(..., min_length=1, max_length=255)
    size: int = Field(..., ge=1, le=MAX_ID)


class AttachmentDeclared(Schema):
    id: UUID
    fileName: str
    size: int
    uploadUrl: str = Field(..., description="PUT the file's bytes here.")


class AttachmentUploaded(Schema):
    id: UUID
    fileName: str
    mimeType: str
    size: int


class Event(Schema):
    id: str
    type: str
    occurredAt: datetime
    data: dict


class EventList(Schema):
    events: list[Event]
    lastEventId: str | None = Field(
        None, description="Pass as `from` next time (the last id of this page)."
    )


class Money(Schema):
    amount: str
    currency: str


class Address(Schema):
    firstName: str
    lastName: str
    street: str
    buildingNumber: str
    apartmentNumber: str
    postCode: str
    city: str
    countryCode: str
    phoneNumber: str


class Buyer(Schema):
    id: int
    login: str
    firstName: str
    lastName: str
    email: str = Field(..., description="The masked address for this order.")


class PickupPointAddress(Schema):
    street: str
    zipCode: str
    city: str
    countryCode: str


class PickupPoint(Schema):
    id: str
    name: str
    description: str
    address: PickupPointAddress


class Delivery(Schema):
    method: str
    carrier: str | None
    cost: Money
    address: Address
    pickupPoint: PickupPoint | None = Field(
        None, description="The parcel locker or pickup point the buyer chose; null otherwise."
    )


class LineItem(Schema):
    offer: dict = Field(..., description='{"id": offer id or null, "name": title}')
    quantity: int
    price: Money


class Invoice(Schema):
    required: bool
    companyName: str
    taxId: str
    address: str


class Shipment(Schema):
    id: int
    carrierId: str
    waybill: str = Field(..., description="The tracking number.")
    status: str
    expectedDelivery: date | None
    createdAt: datetime


class CheckoutForm(Schema):
    id: int
    transactionId: str
    status: str
    marketplace: str
    createdAt: datetime
    buyer: Buyer
    delivery: Delivery
    payment: dict = Field(..., description='{"status": ..., "paidAmount": Money or null}')
    lineItems: list[LineItem]
    summary: dict = Field(..., description='{"totalToPay": Money}')
    invoice: Invoice
    shipments: list[Shipment]


class CheckoutFormList(Schema):
    checkoutForms: list[CheckoutForm]
    nextCursor: str | None = None


class ShipmentIn(Schema):
    carrierId: Text = Field(..., max_length=20)
    waybill: Text = Field(..., max_length=100, description="The tracking number.")
    expectedDelivery: date | None = None
