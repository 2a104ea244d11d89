"""The Message Center, the thread view with its reply box, and Ask a question.

Views that take an object id fetch it through a selector before checking the HTTP method,
so another user's id is a 404 whatever the method: nothing tells it apart from a missing
one.
"""

import hashlib
from dataclasses import dataclass

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
from django.http import (
    FileResponse,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from accounts.services import masked_email_address
from accounts.team import has_team
from core.exceptions import DomainError
from core.params import parse_id
from core.ratelimit import rate_limit_hit, rate_limit_message, rate_limited_response
from orders.selectors import offer_get_public, order_get_for_buyer

from . import selectors, services
from .attachments import safe_download_name
from .forms import MessageForm
from .models import MessageState, Thread
from .selectors import Cursor, ThreadFilter

FILTER_LABELS = {
    ThreadFilter.ALL: gettext_lazy("All"),
    ThreadFilter.UNREAD: gettext_lazy("Unread"),
    ThreadFilter.AWAITING: gettext_lazy("Awaiting my reply"),
    ThreadFilter.ORDER: gettext_lazy("About an order"),
    ThreadFilter.OFFER: gettext_lazy("About an offer"),
    ThreadFilter.ARCHIVED: gettext_lazy("Archived"),
    ThreadFilter.MINE: gettext_lazy("Assigned to me"),
    ThreadFilter.UNASSIGNED: gettext_lazy("Unassigned"),
}


@dataclass(frozen=True)
class ThreadRow:
    thread: Thread
    other_login: str
    other_address: str
    subject: str
    unread: int
    awaiting_me: bool
    link: str = ""  # in the thread list: the thread's address and its last message's start
    preview: str = ""
    when: str = ""  # in the thread list: the last message's time, local, and as ISO 8601
    when_iso: str = ""
    product: str = ""  # in the thread list, for an order: what was bought
    thumbnail: str = ""  # in the thread list: the address of the product's photo


def _product(thread) -> str:
    """What an order thread's row names: the first item's title, and how many more."""
    order = getattr(thread, "order", None)
    first = getattr(order, "first_item", "") if order is not None else ""
    if not first:
        return ""
    more = order.item_count - 1
    if more < 1:
        return first
    return ngettext(
        "%(title)s and %(count)d more item", "%(title)s and %(count)d more items", more
    ) % {"title": first, "count": more}


def _row(thread: Thread, user, link: str = "") -> ThreadRow:
    other = thread.other_party(user)
    preview = getattr(thread, "preview", None)  # only the thread list selects it
    return ThreadRow(
        thread=thread,
        other_login=other.username,
        other_address=masked_email_address(account=other, order=thread.order),
        subject=services.thread_subject(thread),
        unread=thread.unread_for(user),
        awaiting_me=thread.awaits_reply_from(user),
        link=link,
        preview=Truncator(preview).chars(selectors.PREVIEW_LENGTH) if preview else "",
        **(_when(thread.last_message_at) if link else {}),
        product=_product(thread) if link else "",
        thumbnail=getattr(thread, "thumbnail", "") if link else "",
    )


def _filters(account) -> list[tuple[str, str]]:
    """The Message Center's filters; assignment's only where there is a team to share
    conversations with."""
    team = "seller" in account.sides and has_team(seller=account)
    return [
        (key, FILTER_LABELS[key])
        for key in ThreadFilter.CHOICES
        if team or key not in ThreadFilter.SELLER_ONLY
    ]


def _when(moment) -> dict:
    """What the template's `|date:"SHORT_DATETIME_FORMAT"` and `|date:"c"` would show."""
    local = timezone.localtime(moment)
    return {"when": date_format(local, "SHORT_DATETIME_FORMAT"), "when_iso": local.isoformat()}


@require_GET
@login_required
@never_cache  # Back from a thread must not show it unread from the browser's cache
@vary_on_headers("HX-Request", "HX-History-Restore-Request")
def thread_list(request):
    current = request.GET.get("filter", "")
    if current not in ThreadFilter.CHOICES:
        current = ThreadFilter.ALL
    query = request.GET.get("q", "").strip()[:200]
    cursor = Cursor.decode(request.GET.get("after"))
    fragment = bool(
        request.htmx and not (request.htmx.boosted or request.htmx.history_restore_request)
    )  # Back/Forward (a history restore) needs the page
    return thread_list_response(
        request, current=current, query=query, cursor=cursor, fragment=fragment
    )


def thread_list_response(
    request, *, current: str, query: str, cursor=None, fragment: bool, marker: str = ""
):
    """The Message Center's list (the page, or its #thread-list fragment); also what the
    bulk actions and the list's live refresh (messaging/bulk.py) answer with. `marker`
    (selectors.thread_list_changes) lets the list's poll stay quiet until it changes."""
    threads, next_cursor = selectors.thread_list_for_user(
        user=request.panel_account, filter=current, query=query, cursor=cursor
    )
    link = reverse("messaging:thread_detail", args=[0]).removesuffix("0/")  # one reverse
    context = {
        "rows": [_row(thread, request.panel_account, f"{link}{thread.pk}/") for thread in threads],
        # The fragment (live refresh, paging) has no filter bar: asked only for the page.
        "filters": None if fragment else _filters(request.panel_account),
        "current_filter": current,
        "query": query,
        "next_cursor": next_cursor.encode() if next_cursor else "",
        "is_continuation": cursor is not None,
        "list_marker": marker or selectors.thread_list_changes(user=request.panel_account),
    }
    template_name = "messaging/thread_list.html"
    if fragment:
        template_name += "#thread-list"
    return render(request, template_name, context)


def _with_articles(messages: list, user) -> list:
    """Give each message that can be cached rendered its `fragment_key` and, when the cache
    has it, its rendered `article` (messaging/_message.html renders and keeps the others
    for ten minutes under their key); all of the page's articles are read at once.

    The key is a digest of everything the article shows and depends on: the message's own
    fields (author, time, channel, text, state, e-mail status), its attachments, the
    viewer, the language and the time zone; a change to any of them is a new key, so the
    cache is never stale and never one viewer's page for another. Messages with a
    translation for the viewer or a question to Allina are not cached: their article holds
    a form with this request's CSRF token, or Allina's time-dependent poll.
    """
    context = (user.pk, translation.get_language(), timezone.get_current_timezone_name())
    keyed = {}
    for message in messages:
        if message.has_translations or message.has_allina_question:
            continue
        attachments = [
            (a.pk, a.original_name, a.content_type, a.size) for a in message.attachments
        ]
        shown = (
            message.pk,
            message.author_id,
            message.author.username if message.author_id else message.sender_address,
            message.created_at.isoformat(),
            message.channel,
            message.state,
            message.stop_reason,
            message.automatic,
            message.written_by,
            message.email_status,
            message.email_error,
            message.text,
            message.html,
            attachments,
            context,
        )
        message.fragment_key = hashlib.sha256(repr(shown).encode()).hexdigest()
        keyed[make_template_fragment_key(ARTICLE_FRAGMENT, [message.fragment_key])] = message
    if keyed:
        for key, article in _fragment_cache().get_many(list(keyed)).items():
            # What the template's {% cache %} stored: the article it rendered.
            keyed[key].article = mark_safe(article)  # noqa: S308
    return messages


ARTICLE_FRAGMENT = "message_article"  # the {% cache %} fragment name in _message.html


def _fragment_cache():
    """The cache {% cache %} uses: "template_fragments" if configured, else the default."""
    try:
        return caches["template_fragments"]
    except InvalidCacheBackendError:
        return caches["default"]


UNTRANSLATED = "unavailable"  # a translation's status when the server has no engine


def _no_translation_engine(messages: list) -> bool:
    """Whether a message on the page went untranslated because this server has no
    translation engine: the page says so once, not under every message."""
    return any(t.status == UNTRANSLATED for m in messages for t in m.translations.all())


def _thread_context(request, thread: Thread, form: MessageForm | None = None) -> dict:
    other = thread.other_party(request.panel_account)
    messages = selectors.thread_messages(thread=thread, user=request.panel_account)
    has_earlier = len(messages) > selectors.MESSAGES_PER_PAGE
    if has_earlier:
        messages = messages[1:]
    _with_articles(messages, request.panel_account)
    return {
        "thread": thread,
        "row": _row(thread, request.panel_account),
        "other": other,
        "thread_messages": messages,
        "has_earlier": has_earlier,
        "no_translation_engine": _no_translation_engine(messages),
        "last_id": messages[-1].pk if messages else 0,
        "form": form or MessageForm(),
        "my_side": thread.side_of(request.panel_account),
    }


def _position(value: str | None) -> int | None:
    """A message id from the query string, or None (core.params: ASCII digits only, within
    a bigint)."""
    return parse_id(value)


@login_required
@vary_on_headers("HX-Request")
def thread_detail(request, thread_id: int):
    thread = selectors.thread_get_for_page(user=request.panel_account, thread_id=thread_id)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    services.thread_mark_read(thread=thread, user=request.panel_account)
    before = _position(request.GET.get("before"))
    if request.htmx and before is not None:
        # "Show earlier messages": one more page above the ones on screen.
        earlier = selectors.thread_messages(
            thread=thread, user=request.panel_account, before_id=before
        )
        has_earlier = len(earlier) > selectors.MESSAGES_PER_PAGE
        return render(
            request,
            "messaging/thread_detail.html#earlier-messages",
            {
                "thread": thread,
                "thread_messages": _with_articles(
                    earlier[1:] if has_earlier else earlier, request.panel_account
                ),
                "has_earlier": has_earlier,
            },
        )
    return render(request, "messaging/thread_detail.html", _thread_context(request, thread))


def _rate_limited_form(request, form, seconds: int, *, thread):
    """Sending too fast: the draft stays. HTMX: a 429 whose message the form shows (it is
    not swapped, static/js/app.js); a plain POST: the page again with the typed text."""
    if request.htmx:
        return rate_limited_response(request, seconds)
    form.add_error(None, rate_limit_message(seconds))
    response = render(
        request, "messaging/thread_detail.html", _thread_context(request, thread, form), status=429
    )
    response["Retry-After"] = str(seconds)
    return response


@login_required
@vary_on_headers("HX-Request")
def thread_reply(request, thread_id: int):
    thread = selectors.thread_get_for_user(user=request.panel_account, thread_id=thread_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MessageForm(request.POST, request.FILES)
    message = None
    limited = form.is_valid() and rate_limit_hit(request, "message_send")
    if limited:
        return _rate_limited_form(request, form, limited, thread=thread)
    if form.is_valid():
        try:
            message = services.message_submit(
                thread=thread,
                author=request.panel_account,
                text=form.cleaned_data["text"],
                attachments=form.cleaned_data["attachments"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        if message is not None and _blocked(message, form):
            message = None  # kept for staff, not sent: the writer keeps the draft
    if message is None:
        if request.htmx:
            return render(
                request,
                "messaging/thread_detail.html#reply-form",
                {"form": form, "thread": thread},
                status=422,
            )
        return render(
            request,
            "messaging/thread_detail.html",
            _thread_context(request, thread, form),
            status=422,
        )
    if not request.htmx:
        return HttpResponseRedirect(reverse("messaging:thread_detail", args=[thread.pk]))
    response = render(
        request,
        "messaging/thread_detail.html#reply-sent",
        {"form": MessageForm(), "thread": thread},
    )
    response["HX-Trigger"] = "poll-now"  # the open thread fetches the new message at once
    return response


@login_required
def thread_poll(request, thread_id: int):
    """New messages in an open thread since `after`; 204 when there are none."""
    thread = selectors.thread_get_for_page(user=request.panel_account, thread_id=thread_id)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    after_id = _position(request.GET.get("after")) or 0
    new = selectors.thread_messages(thread=thread, user=request.panel_account, after_id=after_id)
    if not new:
        return HttpResponse(status=204)
    services.thread_mark_read(thread=thread, user=request.panel_account)
    return render(
        request,
        "messaging/thread_detail.html#poll-result",
        {
            "thread": thread,
            "thread_messages": _with_articles(new, request.panel_account),
            "last_id": new[-1].pk,
        },
    )


@require_GET
@login_required
def unread_badge(request):
    count = selectors.unread_thread_count(user=request.panel_account)
    return render(request, "messaging/_unread_badge.html", {"unread_count": count})


@login_required
def attachment_download(request, attachment_id: int):
    attachment = selectors.attachment_get_for_user(
        user=request.panel_account, attachment_id=attachment_id
    )
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    extension = attachment.storage_name.rpartition(".")[2]
    inline = attachment.content_type.startswith("image/") and request.GET.get("download") != "1"
    response = FileResponse(
        attachment.file.open("rb"),
        content_type=attachment.content_type,
        as_attachment=not inline,
        filename=safe_download_name(attachment.original_name, extension),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, max-age=3600"
    return response


def _blocked(message, form: MessageForm) -> bool:
    """A message the rules blocked: the form shows which part broke which rule."""
    if message.state != MessageState.BLOCKED:
        return False
    for line in message.stop_reason.splitlines():
        form.add_error(None, line)
    return True


def _ask(request, *, subject, thread_getter, template_context: dict):
    form = MessageForm(request.POST or None, request.FILES or None)
    sent_thread = sent_message = None
    limited = (
        request.method == "POST" and form.is_valid() and rate_limit_hit(request, "question_ask")
    )
    if limited:
        if request.htmx:
            return rate_limited_response(request, limited)
        form.add_error(None, rate_limit_message(limited))
    elif request.method == "POST" and form.is_valid():
        try:
            thread = thread_getter()
            sent_message = services.message_submit(
                thread=thread,
                author=request.user,  # the buyer asks as themselves
                text=form.cleaned_data["text"],
                attachments=form.cleaned_data["attachments"],
            )
            if _blocked(sent_message, form):
                sent_message = None
            else:
                sent_thread = thread
        except DomainError as error:
            form.add_error(None, error.message)
    if sent_thread is not None and not request.htmx:
        if sent_message.state == MessageState.DELIVERED:
            flash.success(request, _("Your question was sent."))
        else:  # held by Allina: her answer, or the question going on to the seller, follows
            flash.success(request, _("Your question is in. Allina is checking for an answer."))
        return HttpResponseRedirect(reverse("messaging:thread_detail", args=[sent_thread.pk]))
    context = {
        **template_context,
        "form": MessageForm() if sent_thread else form,
        "sent_thread": sent_thread,
        "sent_message": sent_message,  # where Allina's answer appears (allina/_ask_answer.html)
        "ask_url": request.path,
        "subject": subject,
    }
    status = 422 if request.method == "POST" and sent_thread is None else 200
    if limited:
        status = 429
    template_name = "messaging/ask_question.html"
    if request.htmx:
        template_name += "#ask-form"
    return render(request, template_name, context, status=status)


@login_required
@vary_on_headers("HX-Request")
def ask_about_offer(request, offer_id: int):
    offer = offer_get_public(offer_id=offer_id)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    return _ask(
        request,
        subject=offer.title,
        thread_getter=lambda: services.thread_get_or_create(buyer=request.user, offer=offer),
        template_context={"offer": offer},
    )


@login_required
@vary_on_headers("HX-Request")
def ask_about_order(request, order_id: int):
    order = order_get_for_buyer(buyer=request.user, order_id=order_id)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    return _ask(
        request,
        subject=_("Order %(number)s") % {"number": order.transaction_id},
        thread_getter=lambda: services.thread_get_or_create(buyer=request.user, order=order),
        template_context={"order": order},
    )
