"""/api/v1/messaging/...: the Message Center over REST, as the marketplace's public API
names it. Reads through messaging's selectors (another user's thread is a 404, as on the
web), writes through messaging's services: a message written here takes the one path
(suspension, message rules, translation, delivery, e-mail) like a web reply."""

from uuid import UUID

from django.http import FileResponse, Http404, HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from ninja import Field, Path, Query, Router, Schema, Status

from accounts.services import masked_email_address
from core.paging import Cursor
from core.params import MAX_ID, parse_id
from core.ratelimit import rate_limit_hit
from messaging import selectors, services
from messaging.attachments import safe_download_name
from messaging.models import Channel, MessageState, Side
from orders.selectors import order_get_for_user

from . import schemas
from .auth import OAuth2, caller, rate_limited
from .errors import ApiError, error_item, invalid
from .models import AttachmentUpload
from .services import Uploads, attachment_declare, attachment_upload

router = Router(tags=["messaging"])

READ = OAuth2("messages:read")
WRITE = OAuth2("messages:write")
ERRORS = {400: schemas.Errors, 401: schemas.Errors, 403: schemas.Errors, 404: schemas.Errors,
          429: schemas.Errors}  # fmt: skip
WRITE_ERRORS = {**ERRORS, 422: schemas.Errors}


# --- threads ------------------------------------------------------------------------------


class ThreadQuery(Schema):
    filter: str = Field(
        "",
        description="unread, awaiting (your reply), order, offer; empty for all.",
        max_length=20,
    )
    phrase: str = Field("", description="Words in the messages, or an order number.")
    after: str = Field("", description="The `nextCursor` of the page before.", max_length=100)


def _thread_out(thread, user, *, preview: str | None = None) -> dict:
    other = thread.other_party(user)
    order = thread.order
    unread = thread.unread_for(user)
    return {
        "id": thread.pk,
        "read": unread == 0,
        "unreadCount": unread,
        "awaitingReply": thread.awaits_reply_from(user),
        "lastMessageDateTime": thread.last_message_at,
        "interlocutor": {"id": other.pk, "login": other.username},
        "interlocutorEmail": masked_email_address(account=other, order=order),
        "subject": services.thread_subject(thread),
        "order": {"id": order.pk, "transactionId": order.transaction_id} if order else None,
        "offer": {"id": thread.offer.pk, "title": thread.offer.title} if thread.offer else None,
        "preview": preview if preview is not None else getattr(thread, "preview", ""),
    }


@router.get("/threads", response={200: schemas.ThreadList, **ERRORS}, auth=READ)
def thread_list(request: HttpRequest, query: Query[ThreadQuery]):
    """Your threads, newest activity first, with the web's filters and search (keyset pages)."""
    user = caller(request).user
    current = query.filter if query.filter in selectors.ThreadFilter.CHOICES else None
    if current is None:
        raise invalid("filter")
    threads, next_cursor = selectors.thread_list_for_user(
        user=user,
        filter=current,
        query=query.phrase.strip()[:200],
        cursor=Cursor.decode(query.after),
    )
    return {
        "threads": [_thread_out(thread, user) for thread in threads],
        "nextCursor": next_cursor.encode() if next_cursor else None,
    }


ThreadId = Path(..., ge=1, le=MAX_ID)


@router.get("/threads/{thread_id}", response={200: schemas.Thread, **ERRORS}, auth=READ)
def thread_get(request: HttpRequest, thread_id: int = ThreadId):
    user = caller(request).user
    thread = selectors.thread_get_for_user(user=user, thread_id=thread_id)
    last = thread.last_message.text[: selectors.PREVIEW_LENGTH] if thread.last_message else ""
    return _thread_out(thread, user, preview=last)


@router.put(
    "/threads/{thread_id}/read", response={200: schemas.Thread, **WRITE_ERRORS}, auth=WRITE
)
def thread_read(request: HttpRequest, body: schemas.ReadIn, thread_id: int = ThreadId):
    """Mark everything delivered to you in the thread read (as opening it on the web)."""
    user = caller(request).user
    thread = selectors.thread_get_for_user(user=user, thread_id=thread_id)
    if not body.read:
        raise ApiError(422, "NOT_SUPPORTED", _("A conversation cannot be marked unread."))
    services.thread_mark_read(thread=thread, user=user)
    return _thread_out(thread, user, preview="")


# --- messages -----------------------------------------------------------------------------


def _side(message, thread) -> str:
    if message.author_id is None:
        return "external"
    if message.author_id == thread.buyer_id:
        return Side.BUYER.value
    if message.author_id == thread.seller_id:
        return Side.SELLER.value
    return "staff"


def _attachment_url() -> str:
    """The start of an attachment's download address (its id follows): one reverse."""
    return reverse("api-1:attachment_download", args=[0]).removesuffix("0")


def _message_out(message, *, thread, user, attachment_url: str = "") -> dict:
    author = message.author if message.author_id else None
    own = message.author_id == user.pk
    attachment_url = attachment_url or _attachment_url()
    return {
        "id": message.pk,
        "thread": {"id": thread.pk},
        "author": {
            "login": author.username if author else None,
            "side": _side(message, thread),
            "isInterlocutor": not own,
        },
        "text": message.text,
        "status": str(message.state).upper(),
        "channel": str(message.channel),
        "createdAt": message.created_at,
        "attachments": [
            {
                "id": str(attachment.pk),
                "fileName": safe_download_name(
                    attachment.original_name, attachment.storage_name.rpartition(".")[2]
                ),
                "mimeType": attachment.content_type,
                "size": attachment.size,
                "url": f"{attachment_url}{attachment.pk}",
            }
            for attachment in message.attachments.all()
        ],
        "stopReason": message.stop_reason
        if own and message.state != MessageState.DELIVERED and message.stop_reason
        else None,
    }


class MessagesQuery(Schema):
    before: str = Field("", description="The `nextCursor` of the page after.", max_length=30)


@router.get(
    "/threads/{thread_id}/messages", response={200: schemas.MessageList, **ERRORS}, auth=READ
)
def thread_messages(request: HttpRequest, query: Query[MessagesQuery], thread_id: int = ThreadId):
    """The latest messages of a thread (oldest first), or those before `before`."""
    user = caller(request).user
    # the thread page's fetch: one plain statement (the parties, order number, offer title)
    thread = selectors.thread_get_for_page(user=user, thread_id=thread_id)
    before = parse_id(query.before) if query.before else None
    if query.before and before is None:
        raise invalid("before")
    page = selectors.thread_messages(thread=thread, user=user, before_id=before)
    attachment_url = _attachment_url()
    has_earlier = len(page) > selectors.MESSAGES_PER_PAGE
    if has_earlier:
        page = page[1:]
    return {
        "messages": [
            _message_out(message, thread=thread, user=user, attachment_url=attachment_url)
            for message in page
        ],
        "nextCursor": str(page[0].pk) if has_earlier and page else None,
    }


def _limited(request: HttpRequest, action: str) -> None:
    seconds = rate_limit_hit(request, action)
    if seconds is not None:
        raise rate_limited(seconds)


def _blocked_errors(message) -> ApiError:
    """A message a stage stopped: kept for staff, not sent. Each finding of the message
    rules is one error (the fragment and the rule it broke); a suspension is one."""
    from message_rules.services import category_label

    check = None
    if message.stopped_by == "message_rules":
        check = getattr(message, "rules_check", None)
    findings = []
    seen = set()
    for finding in check.findings if check is not None else []:
        key = (finding["category"], finding["fragment"].lower())
        if key not in seen:
            seen.add(key)
            findings.append(finding)
    items = [
        error_item(
            "MESSAGE_BLOCKED",
            lambda finding=finding: (
                _("“%(fragment)s”: %(rule)s")
                % {"fragment": finding["fragment"], "rule": category_label(finding["category"])}
            ),
            {
                "messageId": message.pk,
                "category": finding["category"],
                "fragment": finding["fragment"],
            },
        )
        for finding in findings
    ]
    if not items:
        reason = message.stop_reason
        items = [
            error_item(
                "MESSAGE_BLOCKED",
                lambda: reason,
                {"messageId": message.pk, "stoppedBy": message.stopped_by},
            )
        ]
    error = ApiError(422, "MESSAGE_BLOCKED", "")
    error.items = lambda: items
    return error


def _write(request: HttpRequest, *, thread, body: schemas.MessageIn):
    user = caller(request).user
    _limited(request, "message_send")
    with Uploads(owner=user, ids=[ref.id for ref in body.attachments]) as uploads:
        message = services.message_submit(
            thread=thread,
            author=user,
            text=body.text,
            attachments=uploads.checked,
            channel=Channel.API,
        )
        if message.state == MessageState.BLOCKED:
            raise _blocked_errors(message)
        uploads.consume()
    return Status(201, _message_out(message, thread=thread, user=user))


@router.post(
    "/threads/{thread_id}/messages",
    response={201: schemas.Message, **WRITE_ERRORS},
    auth=WRITE,
)
def thread_write(request: HttpRequest, body: schemas.MessageIn, thread_id: int = ThreadId):
    """Write into a thread. It takes the web's path: a message the rules block is answered
    with 422 and its findings (kept for staff, not sent); a delivered one is e-mailed to
    the other side."""
    thread = selectors.thread_get_for_user(user=caller(request).user, thread_id=thread_id)
    return _write(request, thread=thread, body=body)


@router.post("/messages", response={201: schemas.Message, **WRITE_ERRORS}, auth=WRITE)
def message_new(request: HttpRequest, body: schemas.NewThreadMessageIn):
    """Write about an order: into its conversation, started if there is none yet."""
    user = caller(request).user
    order = order_get_for_user(user=user, order_id=body.order.id)
    thread = services.thread_get_or_create(buyer=order.buyer, order=order)
    return _write(request, thread=thread, body=body)


MessageId = Path(..., ge=1, le=MAX_ID)


@router.get("/messages/{message_id}", response={200: schemas.Message, **ERRORS}, auth=READ)
def message_get(request: HttpRequest, message_id: int = MessageId):
    user = caller(request).user
    message = selectors.message_get_for_user(user=user, message_id=message_id)
    return _message_out(message, thread=message.thread, user=user)


# --- attachments --------------------------------------------------------------------------


@router.post(
    "/message-attachments",
    response={201: schemas.AttachmentDeclared, **WRITE_ERRORS},
    auth=WRITE,
)
def attachment_declare_view(request: HttpRequest, body: schemas.AttachmentDeclareIn):
    """Declare an attachment (name and size); then PUT its bytes to `uploadUrl`."""
    upload = attachment_declare(
        owner=caller(request).user, file_name=body.fileName, size=body.size
    )
    return Status(
        201,
        {
            "id": upload.pk,
            "fileName": upload.file_name,
            "size": upload.declared_size,
            "uploadUrl": reverse("api-1:attachment_upload", args=[upload.pk]),
        },
    )


UPLOAD_TYPES = ("image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf")


AttachmentId = Path(..., min_length=1, max_length=40, description="An attachment's id.")


@router.put(
    "/message-attachments/{attachment_id}",
    response={200: schemas.AttachmentUploaded, **WRITE_ERRORS},
    auth=WRITE,
    url_name="attachment_upload",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {content_type: {} for content_type in UPLOAD_TYPES},
        }
    },
)
def attachment_upload_view(request: HttpRequest, attachment_id: str = AttachmentId):
    """The declared attachment's bytes (exactly its declared size). Checked by content, as
    on the web: a JPEG, PNG, WebP or GIF image or a PDF document, whatever its name."""
    try:
        upload_id = UUID(attachment_id)
    except ValueError:
        upload_id = None
    upload = None
    if upload_id is not None:
        upload = AttachmentUpload.objects.filter(owner=caller(request).user, pk=upload_id).first()
    if upload is None:
        raise ApiError(404, "NOT_FOUND", _("We could not find it, or it is not yours."))
    upload = attachment_upload(upload=upload, stream=request)
    return {
        "id": upload.pk,
        "fileName": upload.file_name,
        "mimeType": upload.content_type,
        "size": upload.declared_size,
    }


@router.get(
    "/message-attachments/{attachment_id}",
    response={200: None, **ERRORS},
    auth=READ,
    url_name="attachment_download",
    openapi_extra={
        "responses": {
            200: {  # int, as ninja keys it: one "200" in the JSON
                "description": "The file, as it was checked when it was attached.",
                # OpenAPI 3.1: binary content is a media type without a schema.
                "content": {content_type: {} for content_type in UPLOAD_TYPES},
            }
        }
    },
)
def attachment_download(request: HttpRequest, attachment_id: str = AttachmentId):
    """A message's attachment (its id from the message's `attachments`)."""
    number = parse_id(attachment_id)
    if number is None:
        raise Http404("not an attachment id")
    attachment = selectors.attachment_get_for_user(user=caller(request).user, attachment_id=number)
    extension = attachment.storage_name.rpartition(".")[2]
    response = FileResponse(
        attachment.file.open("rb"),
        content_type=attachment.content_type,
        as_attachment=True,
        filename=safe_download_name(attachment.original_name, extension),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# --- events -------------------------------------------------------------------------------


class EventsQuery(Schema):
    from_: str = Field("", alias="from", description="The last event id you have.", max_length=30)
    limit: int = Field(100, ge=1, le=1000)


@router.get("/events", response={200: schemas.EventList, **ERRORS}, auth=READ)
def events(request: HttpRequest, query: Query[EventsQuery]):
    """Your event journal, oldest first from after `from`: new messages, reads, blocked
    messages, Allina's answers, orders and shipments (types: docs/api.md)."""
    from .journal import events_for_user

    after = parse_id(query.from_) if query.from_ else 0
    if after is None:
        after = 0 if query.from_ == "0" else None
    if after is None:
        raise invalid("from")
    page = events_for_user(user=caller(request).user, after_id=after, limit=query.limit)
    return {
        "events": [
            {"id": str(e.pk), "type": e.kind, "occurredAt": e.occurred_at, "data": e.data}
            for e in page
        ],
        "lastEventId": str(page[-1].pk) if page else (query.from_ or None),
    }
