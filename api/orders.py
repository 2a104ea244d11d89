"""/api/v1/order/...: the seller's Orders tab over REST (checkout forms, as the
marketplace's public API calls orders) and shipments, through the orders app's selectors
and services."""

from datetime import date

from django.http import Http404, HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status

from accounts.models import User
from accounts.services import masked_email_address
from core.paging import Cursor
from core.params import MAX_ID
from core.ratelimit import rate_limit_hit
from orders import selectors, services
from orders.models import DeliveryMethod, Order, OrderStatus, PaymentStatus, Shipment

from . import schemas
from .auth import OAuth2, caller, rate_limited
from .errors import invalid

router = Router(tags=["orders"])

READ = OAuth2("orders:read")
WRITE = OAuth2("orders:write")
ERRORS = {400: schemas.Errors, 401: schemas.Errors, 403: schemas.Errors, 404: schemas.Errors,
          429: schemas.Errors}  # fmt: skip


def _money(amount, currency: str) -> dict:
    return {"amount": f"{amount:.2f}", "currency": currency}


def _shipment_out(shipment: Shipment) -> dict:
    return {
        "id": shipment.pk,
        "carrierId": shipment.carrier,
        "waybill": shipment.tracking_number,
        "status": shipment.status,
        "expectedDelivery": shipment.expected_delivery,
        "createdAt": shipment.created_at,
    }


def _pickup_point_out(point: dict) -> dict | None:
    """The parcel locker or pickup point the buyer chose (null for home delivery)."""
    if not point:
        return None
    return {
        "id": point.get("id", ""),
        "name": point.get("name", ""),
        "description": point.get("description", ""),
        "address": {
            "street": point.get("street", ""),
            "zipCode": point.get("postcode", ""),
            "city": point.get("city", ""),
            "countryCode": point.get("country", ""),
        },
    }


def _order_out(order: Order, *, shipments: list[Shipment]) -> dict:
    address = order.delivery_address or {}
    buyer: User = order.buyer
    payment = getattr(order, "payment", None)
    return {
        "id": order.pk,
        "transactionId": order.transaction_id,
        "status": order.status,
        "marketplace": order.marketplace,
        "createdAt": order.created_at,
        "buyer": {
            "id": buyer.pk,
            "login": buyer.username,
            "firstName": address.get("first_name", "") or buyer.first_name,
            "lastName": address.get("last_name", "") or buyer.last_name,
            "email": masked_email_address(account=buyer, order=order),
        },
        "delivery": {
            "method": order.delivery_method,
            "carrier": order.delivery_carrier or None,
            "cost": _money(order.delivery_price, order.currency),
            "address": {
                "firstName": address.get("first_name", ""),
                "lastName": address.get("last_name", ""),
                "street": address.get("street", ""),
                "buildingNumber": address.get("building_number", ""),
                "apartmentNumber": address.get("apartment_number", ""),
                "postCode": address.get("postcode", ""),
                "city": address.get("city", ""),
                "countryCode": address.get("country", ""),
                "phoneNumber": address.get("phone", ""),
            },
            "pickupPoint": _pickup_point_out(order.pickup_point),
        },
        "payment": {
            "status": payment.status if payment else None,
            "paidAmount": _money(payment.amount, payment.currency)
            if payment and payment.status == PaymentStatus.PAID
            else None,
        },
        "lineItems": [
            {
                "offer": {"id": line.offer_id, "name": line.title},
                "quantity": line.quantity,
                "price": _money(line.unit_price, order.currency),
            }
            for line in order.lines.all()
        ],
        "summary": {"totalToPay": _money(order.total, order.currency)},
        "invoice": {
            "required": order.invoice_requested,
            "companyName": order.invoice_company_name,
            "taxId": order.invoice_tax_id,
            "address": order.invoice_address,
        },
        "shipments": [_shipment_out(shipment) for shipment in shipments],
    }


class OrderQuery(Schema):
    status: str = Field("", description="awaiting_payment, paid, shipped, ...", max_length=20)
    paymentStatus: str = Field("", max_length=20)
    deliveryMethod: str = Field("", max_length=20)
    marketplace: str = Field("", max_length=2)
    dateFrom: date | None = None
    dateTo: date | None = None
    search: str = Field("", description="Order number, buyer's login or name.", max_length=200)
    after: str = Field("", description="The `nextCursor` of the page before.", max_length=100)


@router.get("/checkout-forms", response={200: schemas.CheckoutFormList, **ERRORS}, auth=READ)
def checkout_form_list(request: HttpRequest, query: Query[OrderQuery]):
    """Your orders, newest first, with the Orders tab's filters (keyset pages)."""
    checks = {
        "status": (query.status, OrderStatus.values),
        "paymentStatus": (query.paymentStatus, PaymentStatus.values),
        "deliveryMethod": (query.deliveryMethod, DeliveryMethod.values),
        "marketplace": (query.marketplace, ["pl", "cz", "sk", "hu"]),
    }
    wrong = [name for name, (value, allowed) in checks.items() if value and value not in allowed]
    if wrong:
        raise invalid(*wrong)
    filters = selectors.OrderFilters(
        status=query.status,
        payment_status=query.paymentStatus,
        delivery_method=query.deliveryMethod,
        marketplace=query.marketplace,
        date_from=query.dateFrom,
        date_to=query.dateTo,
        query=query.search.strip(),
    )
    orders, next_cursor = selectors.seller_order_list(
        seller=caller(request).user, filters=filters, cursor=Cursor.decode(query.after)
    )
    shipments: dict[int, list[Shipment]] = {}
    for shipment in Shipment.objects.filter(order__in=[order.pk for order in orders]):
        shipments.setdefault(shipment.order_id, []).append(shipment)
    return {
        "checkoutForms": [
            _order_out(order, shipments=shipments.get(order.pk, [])) for order in orders
        ],
        "nextCursor": next_cursor.encode() if next_cursor else None,
    }


OrderId = Path(..., ge=1, le=MAX_ID)


def _seller_order(request: HttpRequest, order_id: int) -> Order:
    user = caller(request).user
    order = selectors.order_get_for_user(user=user, order_id=order_id)
    if order.seller_id != user.pk:
        raise Http404("not the seller")  # the buyer's own purchase is not in the Orders tab
    return order


@router.get(
    "/checkout-forms/{order_id}", response={200: schemas.CheckoutForm, **ERRORS}, auth=READ
)
def checkout_form_get(request: HttpRequest, order_id: int = OrderId):
    """An order with the buyer's details and delivery address, as the Orders tab shows it."""
    order = _seller_order(request, order_id)
    return _order_out(order, shipments=list(order.shipments.all()))


@router.post(
    "/checkout-forms/{order_id}/shipments",
    response={201: schemas.Shipment, 422: schemas.Errors, **ERRORS},
    auth=WRITE,
)
def shipment_add(request: HttpRequest, body: schemas.ShipmentIn, order_id: int = OrderId):
    """Add a carrier and tracking number: the order becomes shipped (orders' services)."""
    order = _seller_order(request, order_id)
    seconds = rate_limit_hit(request, "shipment_write")
    if seconds is not None:
        raise rate_limited(seconds)
    shipment = services.shipment_create(
        order=order,
        carrier=body.carrierId,
        tracking_number=body.waybill,
        expected_delivery=body.expectedDelivery,
    )
    return Status(201, _shipment_out(shipment))
