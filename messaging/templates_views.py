"""Reply templates: the seller's settings page (create, edit, delete) and the picker in a
thread's reply form, which fills a template for that thread in the buyer's language.

Every template id is fetched through `reply_template_get_for_seller`: another seller's
template is a 404, whatever the method.
"""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from core.exceptions import DomainError
from core.params import parse_id
from core.ratelimit import rate_limit_hit, rate_limit_message

from . import reply_templates, selectors
from .forms import MessageForm
from .models import Side
from .template_forms import ReplyTemplateForm


def _seller_only(request) -> None:
    if not request.panel_account.is_seller:
        raise Http404("Reply templates are for sellers.")


@require_GET
@login_required
def template_list(request):
    _seller_only(request)
    templates = reply_templates.reply_templates_for_seller(seller=request.panel_account)
    return render(
        request,
        "messaging/reply_template_list.html",
        {"templates": templates, "limit": reply_templates.MAX_TEMPLATES},
    )


def _edit(request, template=None):
    form = ReplyTemplateForm(
        request.POST or None,
        initial=ReplyTemplateForm.initial_for(template) if template else None,
    )
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            limited = rate_limit_hit(request, "settings_write")
            if limited:
                form.add_error(None, rate_limit_message(limited))
                status = 429
            else:
                try:
                    reply_templates.reply_template_save(
                        seller=request.panel_account,
                        name=form.cleaned_data["name"],
                        body=form.cleaned_data["body"],
                        variants=form.variants(),
                        template=template,
                    )
                except DomainError as error:
                    form.add_error("name" if error.code == "duplicate" else None, error.message)
                else:
                    flash.success(request, _("The template is saved."))
                    return HttpResponseRedirect(reverse("messaging:template_list"))
    return render(
        request,
        "messaging/reply_template_form.html",
        {"form": form, "template": template},
        status=status,
    )


@login_required
def template_create(request):
    _seller_only(request)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    return _edit(request)


@login_required
def template_edit(request, template_id: int):
    _seller_only(request)
    template = reply_templates.reply_template_get_for_seller(
        seller=request.panel_account, template_id=template_id
    )
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    return _edit(request, template)


@login_required
def template_delete(request, template_id: int):
    _seller_only(request)
    template = reply_templates.reply_template_get_for_seller(
        seller=request.panel_account, template_id=template_id
    )
    if request.method == "GET":
        return render(request, "messaging/reply_template_delete.html", {"template": template})
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    limited = rate_limit_hit(request, "settings_write")
    if limited:
        flash.error(request, rate_limit_message(limited))
    else:
        reply_templates.reply_template_delete(template=template)
        flash.success(request, _("The template “%(name)s” is deleted.") % {"name": template.name})
    return HttpResponseRedirect(reverse("messaging:template_list"))


def _seller_thread(request, thread_id: int):
    """The thread, if the user is its seller (the buyer and anyone else: 404)."""
    thread = selectors.thread_get_for_user(user=request.panel_account, thread_id=thread_id)
    if thread.side_of(request.panel_account) != Side.SELLER:
        raise Http404("Reply templates are the seller's.")
    return thread


@require_GET
@login_required
@vary_on_headers("HX-Request")
def template_picker(request, thread_id: int):
    """The picker above a thread's reply box (htmx loads it into the page), or as a page
    of its own without JavaScript."""
    thread = _seller_thread(request, thread_id)
    context = {
        "thread": thread,
        "templates": reply_templates.reply_templates_for_seller(seller=request.panel_account),
    }
    template_name = "messaging/reply_template_picker.html"
    if request.htmx:
        template_name += "#template-picker"
    return render(request, template_name, context)


@require_GET
@login_required
@vary_on_headers("HX-Request", "Accept")
def template_fill(request, thread_id: int):
    """A template filled for this thread: JSON for the picker's script; without
    JavaScript the reply form with the text in it, ready to edit and send."""
    thread = _seller_thread(request, thread_id)
    template_id = parse_id(request.GET.get("template"))
    if template_id is None:
        raise Http404("No such template.")
    template = reply_templates.reply_template_get_for_seller(
        seller=request.panel_account, template_id=template_id
    )
    text = reply_templates.reply_template_fill(template=template, thread=thread)
    if request.htmx or "application/json" in request.headers.get("Accept", ""):
        return JsonResponse(
            {
                "text": text,
                "language": reply_templates.reply_template_language(thread=thread),
                "name": template.name,
            }
        )
    return render(
        request,
        "messaging/reply_template_fill.html",
        {"thread": thread, "template": template, "form": MessageForm(initial={"text": text})},
    )
