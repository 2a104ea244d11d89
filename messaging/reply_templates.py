"""A seller's reply templates: saved answers with placeholders, filled for a thread in the
buyer's language (services and the selector; the views are messaging/templates_views.py).

A template's text may name these placeholders in braces; anything else in braces is
refused when it is saved, so a typo never reaches a buyer as "{byer_name}":

- {buyer_name}: the buyer's first name, else their login
- {order_number}: the order's number (empty in a thread about an offer)
- {tracking_link}: the tracking page of the order's latest parcel (empty before shipping)
- {offer_title}: the offer's title, or the order's first item
- {seller_name}: the seller's name, else their login
"""

import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from core.exceptions import DomainError
from orders.carriers import tracking_url
from orders.models import OrderLine, Shipment

from .models import ReplyTemplate, Thread

PLACEHOLDERS = ("buyer_name", "order_number", "tracking_link", "offer_title", "seller_name")
MAX_TEMPLATES = 50
MAX_BODY = 4000
VARIANT_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
_BRACED = re.compile(r"\{([^{}]*)\}")


def placeholder_errors(text: str) -> list[str]:
    """The placeholders in `text` that are not ours, as typed."""
    return [name for name in _BRACED.findall(text) if name not in PLACEHOLDERS]


def _check(text: str) -> None:
    unknown = placeholder_errors(text)
    if unknown:
        raise DomainError(
            _("Unknown placeholder %(names)s. You can use: %(known)s.")
            % {
                "names": ", ".join("{" + name + "}" for name in unknown),
                "known": ", ".join("{" + name + "}" for name in PLACEHOLDERS),
            },
            code="placeholder",
        )


def reply_templates_for_seller(*, seller: User) -> list[ReplyTemplate]:
    return list(ReplyTemplate.objects.filter(seller=seller).order_by("name", "id"))


def reply_template_get_for_seller(*, seller: User, template_id: int) -> ReplyTemplate:
    """A template of this seller's; another seller's (or none) is a 404."""
    if not 0 < template_id < 2**63:
        raise Http404("No such template.")
    template = ReplyTemplate.objects.filter(seller=seller, pk=template_id).first()
    if template is None:
        raise Http404("No such template.")
    return template


def reply_template_save(
    *,
    seller: User,
    name: str,
    body: str,
    variants: dict[str, str],
    template: ReplyTemplate | None = None,
) -> ReplyTemplate:
    """Create (or, given `template`, change) a template; placeholders are checked first."""
    variants = {
        code: text for code, text in variants.items() if text and code in VARIANT_LANGUAGES
    }
    for text in (body, *variants.values()):
        _check(text)
    try:
        with transaction.atomic():
            if template is None:
                # Counted under the seller's row lock: two tabs cannot pass the limit.
                User.objects.select_for_update().filter(pk=seller.pk).values_list("pk").first()
                if ReplyTemplate.objects.filter(seller=seller).count() >= MAX_TEMPLATES:
                    raise DomainError(
                        _("You already have %(count)d templates; delete one first.")
                        % {"count": MAX_TEMPLATES},
                        code="limit",
                    )
                return ReplyTemplate.objects.create(
                    seller=seller, name=name, body=body, variants=variants
                )
            ReplyTemplate.objects.filter(pk=template.pk, seller=seller).update(
                name=name, body=body, variants=variants, updated_at=timezone.now()
            )
            template.name, template.body, template.variants = name, body, variants
            return template
    except IntegrityError:
        raise DomainError(
            _("You already have a template with this name."), code="duplicate"
        ) from None


def reply_template_delete(*, template: ReplyTemplate) -> None:
    ReplyTemplate.objects.filter(pk=template.pk).delete()


def _values(thread: Thread) -> dict[str, str]:
    buyer, seller = thread.buyer, thread.seller
    values = {
        "buyer_name": buyer.first_name or buyer.username,
        "seller_name": seller.get_full_name() or seller.username,
        "order_number": "",
        "tracking_link": "",
        "offer_title": thread.offer.title if thread.offer_id else "",
    }
    if thread.order_id:
        values["order_number"] = thread.order.transaction_id
        first = OrderLine.objects.filter(order_id=thread.order_id).order_by("id").first()
        if first is not None:
            values["offer_title"] = first.title
        parcel = Shipment.objects.filter(order_id=thread.order_id).order_by("-created_at").first()
        if parcel is not None:
            values["tracking_link"] = tracking_url(parcel.carrier, parcel.tracking_number)
    return values


def reply_template_language(*, thread: Thread) -> str:
    """The language a reply to this thread's buyer is written in: their account's (as the
    translation of messages and Allina's answers take it)."""
    return thread.buyer.ui_language


def reply_template_fill(*, template: ReplyTemplate, thread: Thread) -> str:
    """The template's text in the buyer's language (its variant, else the main text), its
    placeholders filled for this thread."""
    text = template.variants.get(reply_template_language(thread=thread)) or template.body
    values = _values(thread)
    return _BRACED.sub(lambda m: values.get(m.group(1), m.group(0)), text)
