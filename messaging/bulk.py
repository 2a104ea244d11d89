"""The Message Center's bulk actions (mark read or unread, archive, "No response
needed"), the same actions on one thread, and the list's live refresh.

Posted thread ids go through `selectors.threads_for_action`: ids of threads the user is
not a party to are left out, never changed. A single thread's id is fetched through
`thread_get_for_user` first: someone else's is a 404 whatever the method.
"""

from urllib.parse import urlencode

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from core.params import parse_id
from core.ratelimit import rate_limit_hit, rate_limit_message, rate_limited_response

from . import selectors
from .selectors import ThreadFilter
from .thread_actions import Action, thread_apply
from .views import thread_list_response

MARKER_PARAM = "since"


def _done_message(action: str, count: int) -> str:
    messages = {
        Action.READ: ngettext(
            "%(count)d conversation marked as read.",
            "%(count)d conversations marked as read.",
            count,
        ),
        Action.UNREAD: ngettext(
            "%(count)d conversation marked as unread.",
            "%(count)d conversations marked as unread.",
            count,
        ),
        Action.ARCHIVE: ngettext(
            "%(count)d conversation archived.", "%(count)d conversations archived.", count
        ),
        Action.UNARCHIVE: ngettext(
            "%(count)d conversation moved back to the inbox.",
            "%(count)d conversations moved back to the inbox.",
            count,
        ),
        Action.NO_RESPONSE: ngettext(
            "%(count)d conversation marked as needing no response.",
            "%(count)d conversations marked as needing no response.",
            count,
        ),
    }
    return messages[action] % {"count": count}


def _list_params(data) -> dict:
    current = data.get("filter", "")
    return {
        "filter": current if current in ThreadFilter.CHOICES else ThreadFilter.ALL,
        "q": data.get("q", "").strip()[:200],
    }


def _list_url(params: dict) -> str:
    base = reverse("messaging:thread_list")
    query = urlencode({k: v for k, v in params.items() if v})
    return f"{base}?{query}" if query else base


def _ids(values: list[str]) -> list[int]:
    return [pk for pk in (parse_id(value) for value in values[:200]) if pk is not None]


@require_POST
@login_required
def thread_bulk(request):
    """Apply one action to the selected threads; htmx gets the list again (and the live
    region's words), a plain form a redirect to the list with the same message."""
    action = request.POST.get("action", "")
    params = _list_params(request.POST)
    if action not in Action.CHOICES:
        text = ngettext(
            "Choose what to do with the %(count)d selected conversation.",
            "Choose what to do with the %(count)d selected conversations.",
            len(_ids(request.POST.getlist("thread"))),
        ) % {"count": len(_ids(request.POST.getlist("thread")))}
        changed = None
    else:
        limited = rate_limit_hit(request, "thread_action")
        if limited:
            if request.htmx:
                return rate_limited_response(request, limited)
            flash.error(request, rate_limit_message(limited))
            return HttpResponseRedirect(_list_url(params))
        threads = selectors.threads_for_action(
            user=request.panel_account, ids=_ids(request.POST.getlist("thread"))
        )
        for thread in threads:
            thread_apply(thread=thread, user=request.panel_account, action=action)
        changed = len(threads)
        text = _done_message(action, changed)
    if not request.htmx:
        (flash.success if changed else flash.info)(request, text)
        return HttpResponseRedirect(_list_url(params))
    response = thread_list_response(
        request, current=params["filter"], query=params["q"], fragment=True
    )
    response.content += render(
        request, "messaging/_bulk_announce.html", {"announcement": text}
    ).content
    return response


@login_required
def thread_action(request, thread_id: int):
    """One action on the open thread (its page's buttons)."""
    thread = selectors.thread_get_for_user(user=request.panel_account, thread_id=thread_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    action = request.POST.get("action", "")
    back = reverse("messaging:thread_detail", args=[thread.pk])
    if action not in Action.CHOICES:
        return HttpResponseRedirect(back)
    limited = rate_limit_hit(request, "thread_action")
    if limited:
        flash.error(request, rate_limit_message(limited))
        return HttpResponseRedirect(back)
    thread_apply(thread=thread, user=request.panel_account, action=action)
    flash.success(request, _done_message(action, 1))
    if action in (Action.UNREAD, Action.ARCHIVE):
        # Opening the thread again would read it: back to the list, where it shows.
        return HttpResponseRedirect(reverse("messaging:thread_list"))
    return HttpResponseRedirect(back)


@require_GET
@login_required
@never_cache
def thread_list_poll(request):
    """The list's live refresh: 204 while nothing the list shows has changed since the
    marker the list carries, else the list's first page (with its new marker)."""
    marker = selectors.thread_list_changes(user=request.panel_account)
    if request.GET.get(MARKER_PARAM) == marker:
        return HttpResponse(status=204)
    params = _list_params(request.GET)
    response = thread_list_response(
        request, current=params["filter"], query=params["q"], fragment=True, marker=marker
    )
    response["X-List-Marker"] = marker
    return response
