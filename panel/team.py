"""Team: the seller's page of the people who work in their panel (accounts.team), and
the page where an invited person chooses their login.

Composed here because deactivating a person also gives their conversations back to
"Unassigned" (messaging.assignment), which accounts cannot import.
"""

from django.contrib import messages as flash
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from accounts import team
from accounts.forms import TeamInviteForm, TeamJoinForm, TeamPermissionsForm
from core.exceptions import DomainError
from core.ratelimit import rate_limit_hit, rate_limit_message, rate_limited
from messaging.assignment import threads_unassign_person

AUTH_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _seller(request):
    """The team page is the seller's own: team members and buyers get 404."""
    if not request.user.is_seller:
        raise Http404
    return request.user


def _page(request, form=None, status=200):
    seller = _seller(request)
    people = list(team.team_for_seller(seller=seller))
    context = {
        "form": form or TeamInviteForm(),
        "active": [m for m in people if m.is_active],
        "pending": [m for m in people if m.is_pending],
        "former": [m for m in people if m.deactivated_at is not None],
        "permission_forms": {
            m.pk: TeamPermissionsForm(
                initial={"can_messages": m.can_messages, "can_orders": m.can_orders},
                prefix=f"m{m.pk}",
            )
            for m in people
            if m.deactivated_at is None
        },
    }
    for member in people:
        member.permission_form = context["permission_forms"].get(member.pk)
    return render(request, "marketplace/team.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
@rate_limited("team_invite")
def team_settings(request):
    seller = _seller(request)
    if request.method == "GET":
        return _page(request)
    form = TeamInviteForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        target = data["email"].lower()
        limited = rate_limit_hit(
            request, "team_invite_target", key=lambda group, request: f"to:{target}"
        )
        if limited:
            form.add_error(None, rate_limit_message(limited))
            response = _page(request, form=form, status=429)
            response["Retry-After"] = str(limited)
            return response
        try:
            member = team.team_member_invite(
                seller=seller,
                name=data["name"],
                email=data["email"],
                can_messages=data["can_messages"],
                can_orders=data["can_orders"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            flash.success(
                request,
                _("We e-mailed an invitation to %(email)s. The link works for %(days)d days.")
                % {"email": member.email, "days": team.INVITATION_MAX_AGE.days},
            )
            return HttpResponseRedirect(reverse("team_settings"))
    return _page(request, form=form, status=422)


def _member_action(request, member_id: int, action) -> HttpResponseRedirect:
    seller = _seller(request)
    member = team.team_member_get_for_seller(seller=seller, member_id=member_id)
    try:
        message = action(member)
    except DomainError as error:
        flash.error(request, error.message)
    else:
        flash.success(request, message)
    return HttpResponseRedirect(reverse("team_settings"))


@login_required
@require_POST
@rate_limited("team_write")
def team_member_permissions(request, member_id: int):
    def change(member):
        form = TeamPermissionsForm(request.POST, prefix=f"m{member.pk}")
        form.is_valid()  # two check boxes: always valid
        team.team_member_update(
            member=member,
            can_messages=form.cleaned_data.get("can_messages", False),
            can_orders=form.cleaned_data.get("can_orders", False),
        )
        return _("%(name)s's access was saved.") % {"name": member.name}

    return _member_action(request, member_id, change)


@login_required
@require_POST
@rate_limited("team_write")
def team_member_deactivate(request, member_id: int):
    def deactivate(member):
        team.team_member_deactivate(member=member)
        if member.member_id is not None:
            threads_unassign_person(seller=member.seller, person=member.member)
        return _("%(name)s can no longer sign in. Their conversations are unassigned again.") % {
            "name": member.name
        }

    return _member_action(request, member_id, deactivate)


@login_required
@require_POST
@rate_limited("team_write")
def team_member_reactivate(request, member_id: int):
    def reactivate(member):
        team.team_member_reactivate(member=member)
        return _("%(name)s can sign in again.") % {"name": member.name}

    return _member_action(request, member_id, reactivate)


@login_required
@require_POST
@rate_limited("team_invite")
def team_invitation_resend(request, member_id: int):
    def resend(member):
        team.team_invitation_resend(member=member)
        return _("We e-mailed a new invitation to %(email)s.") % {"email": member.email}

    return _member_action(request, member_id, resend)


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limited("team_join")
def team_join(request, token: str):
    """The invited person chooses their login and password (signed out)."""
    if request.user.is_authenticated:
        return render(request, "marketplace/team_join.html", {"signed_in": True}, status=409)
    try:
        member = team.team_invitation_get(token=token)
    except DomainError as error:
        return render(request, "marketplace/team_join.html", {"error": error.message}, status=410)
    form = TeamJoinForm(
        request.POST or None, initial={"language": getattr(request, "LANGUAGE_CODE", "en")}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = team.team_invitation_accept(
                token=token,
                username=data["username"],
                password=data["password1"],
                language=data["language"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            login(request, user, backend=AUTH_BACKEND)
            flash.success(
                request,
                _("Welcome! You work in %(shop)s's seller panel.")
                % {"shop": member.seller.display_name},
            )
            return HttpResponseRedirect(reverse("home"))
    status = 422 if request.method == "POST" else 200
    return render(
        request, "marketplace/team_join.html", {"form": form, "member": member}, status=status
    )
