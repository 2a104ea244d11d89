"""A seller's team: people who work in the seller's panel with their own logins.

The one place that answers "whose panel is this request working in?" (`panel_account`):
a seller's own login works in their panel; a team member's login works in the panel of
the seller who invited them, as a `SellerSeat`, and only in the areas their permissions
open (`TeamPermission`). Every selector that takes "the user" takes this account, so
ownership checks stay where they are; the seat limits them to the seller's side.

Invitations: the seller names a person and an e-mail address; the address gets a link
with a one-time token (kept hashed, valid `INVITATION_MAX_AGE`); opening it, the person
chooses a login and a password. Deactivation switches the login off at once (Django's
authentication backend refuses an inactive account on its next request) and keeps the
row, so their replies and notes stay attributed.
"""

import functools
import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.exceptions import DomainError
from outbox.services import email_enqueue_rendered

from .models import SellerSeat, TeamMember, TeamPermission, User

INVITATION_MAX_AGE = timedelta(days=7)
TEAM_SIZE_LIMIT = 50
TEAM_INVITATION = "team_invitation"
TEAM_CAUSE = "accounts.teammember"


def panel_account(user: User | AnonymousUser) -> User | AnonymousUser:
    """The account whose panel `user` works in: themselves, or their seller's seat.

    A team member whose membership is not active (never was, or deactivated) works in no
    one's panel: their own account, which is neither seller nor buyer of anything.
    """
    if not user.is_authenticated or not user.is_team_member:
        return user
    membership = (
        TeamMember.objects.select_related("seller")
        .filter(member=user, accepted_at__isnull=False, deactivated_at__isnull=True)
        .first()
    )
    if membership is None or not membership.seller.is_active:
        return user
    seat = membership.seller
    seat.__class__ = SellerSeat  # the same row, seen through the seat
    seat._person, seat._member = user, membership
    return seat


def may_use(account: User | AnonymousUser, permission: str) -> bool:
    """Whether the panel account may use an area: sellers always; seats by permission."""
    if isinstance(account, SellerSeat):
        return account.member.can(permission)
    return True


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def team_for_seller(*, seller: User):
    """The seller's team, everyone who was ever invited (newest invitations last)."""
    return TeamMember.objects.filter(seller=seller).select_related("member")


def team_member_get_for_seller(*, seller: User, member_id: int) -> TeamMember:
    """A member of the seller's team; another seller's member is "not found"."""
    return get_object_or_404(
        TeamMember.objects.select_related("member"), pk=member_id, seller=seller
    )


def team_active_members(*, seller: User) -> list[TeamMember]:
    """Members who can work now (joined and not deactivated), for assignment."""
    return list(
        TeamMember.objects.filter(
            seller=seller, accepted_at__isnull=False, deactivated_at__isnull=True
        ).select_related("member")
    )


@transaction.atomic
def team_member_invite(
    *, seller: User, name: str, email: str, can_messages: bool, can_orders: bool
) -> TeamMember:
    """Invite a person; the invitation e-mail is written in the same transaction."""
    if not seller.is_seller:
        raise DomainError(_("Only a seller can invite a team."), code="not_seller")
    current = TeamMember.objects.filter(seller=seller, deactivated_at__isnull=True)
    if current.annotate(lower=Lower("email")).filter(lower=email.lower()).exists():
        raise DomainError(
            _("%(email)s is already in your team or invited.") % {"email": email},
            code="duplicate",
        )
    if current.count() >= TEAM_SIZE_LIMIT:
        raise DomainError(
            _("A team has at most %(count)d people.") % {"count": TEAM_SIZE_LIMIT},
            code="team_full",
        )
    if not (can_messages or can_orders):
        raise DomainError(_("Choose at least one area the person may work in."), code="no_area")
    member = TeamMember.objects.create(
        seller=seller, name=name, email=email, can_messages=can_messages, can_orders=can_orders
    )
    # The one-time token, for a caller that hands it over itself (the demo); only its
    # hash is stored.
    member.invitation_token = _invitation_send(member)
    return member


@transaction.atomic
def team_invitation_resend(*, member: TeamMember) -> TeamMember:
    """A new link for a pending invitation (the old one stops working)."""
    if not member.is_pending:
        raise DomainError(_("This person has already joined or was removed."), code="not_pending")
    member.invited_at = timezone.now()
    member.save(update_fields=["invited_at"])
    _invitation_send(member)
    return member


def _invitation_send(member: TeamMember) -> str:
    token = secrets.token_urlsafe(32)
    member.token_hash = _token_hash(token)
    member.save(update_fields=["token_hash"])
    seller = member.seller
    link = settings.SITE_URL.rstrip("/") + reverse("team_join", args=[token])
    context = {
        "member": member,
        "seller": seller,
        "link": link,
        "days": INVITATION_MAX_AGE.days,
        "permissions": [
            choice.label for choice in TeamPermission if getattr(member, f"can_{choice.value}")
        ],
    }
    email_enqueue_rendered(
        language=seller.ui_language,
        subject=lambda: (
            _("%(shop)s invites you to their seller panel") % {"shop": seller.display_name}
        ),
        template="marketplace/email/team_invitation.txt",
        context=context,
        kind=TEAM_INVITATION,
        cause_kind=TEAM_CAUSE,
        cause_id=member.pk,
        to=[member.email],
    )
    return token


def team_invitation_get(*, token: str) -> TeamMember:
    """The pending invitation a link names, or a DomainError that says why not."""
    member = (
        TeamMember.objects.select_related("seller")
        .filter(token_hash=_token_hash(token), token_hash__gt="")
        .first()
    )
    if member is None or member.deactivated_at is not None:
        raise DomainError(_("This invitation is not valid."), code="invalid")
    if member.accepted_at is not None:
        raise DomainError(
            _("This invitation was already used. Log in with the login you chose."),
            code="used",
        )
    if timezone.now() - member.invited_at > INVITATION_MAX_AGE:
        raise DomainError(
            _("This invitation has expired. Ask the seller to send a new one."), code="expired"
        )
    return member


@transaction.atomic
def team_invitation_accept(*, token: str, username: str, password: str, language: str) -> User:
    """Make the invited person's login and open the seller's panel to it."""
    member = team_invitation_get(token=token)
    member = TeamMember.objects.select_for_update().get(pk=member.pk)
    if member.deactivated_at is not None or member.token_hash != _token_hash(token):
        # Cancelled or sent again while the person filled in the form.
        raise DomainError(_("This invitation is not valid."), code="invalid")
    if member.accepted_at is not None:
        raise DomainError(
            _("This invitation was already used. Log in with the login you chose."),
            code="used",
        )
    seller = member.seller
    first, _sep, last = member.name.partition(" ")
    user = User(
        username=username,
        email=member.email,
        first_name=first[:150],
        last_name=last[:150],
        registration_marketplace=seller.registration_marketplace,
        language=language,
        is_team_member=True,
    )
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:  # taken between the form's check and now
        raise DomainError(_("This login is taken. Choose another."), code="taken") from None
    member.member = user
    member.accepted_at = timezone.now()
    # The hash stays: a second click is told the link was used, not that it is unknown.
    member.save(update_fields=["member", "accepted_at"])
    return user


@transaction.atomic
def team_member_update(*, member: TeamMember, can_messages: bool, can_orders: bool) -> TeamMember:
    if not (can_messages or can_orders):
        raise DomainError(_("Choose at least one area the person may work in."), code="no_area")
    member.can_messages, member.can_orders = can_messages, can_orders
    member.save(update_fields=["can_messages", "can_orders"])
    return member


@transaction.atomic
def team_member_deactivate(*, member: TeamMember) -> TeamMember:
    """Switch the person's access off now; a pending invitation's link stops working."""
    # Under the row's lock, as it is now: they may have joined since the caller read it.
    TeamMember.objects.select_for_update().filter(pk=member.pk).first()
    member.refresh_from_db()
    if member.deactivated_at is not None:
        return member
    member.deactivated_at = timezone.now()
    member.token_hash = ""
    member.save(update_fields=["deactivated_at", "token_hash"])
    if member.member_id is not None:
        User.objects.filter(pk=member.member_id).update(is_active=False)
    return member


@transaction.atomic
def team_member_reactivate(*, member: TeamMember) -> TeamMember:
    """Give a deactivated person who had joined their access back."""
    if member.deactivated_at is None:
        return member
    if member.member_id is None:
        raise DomainError(_("This person never joined. Invite them again."), code="never_joined")
    duplicate = (
        TeamMember.objects.filter(seller=member.seller, deactivated_at__isnull=True)
        .annotate(lower=Lower("email"))
        .filter(lower=member.email.lower())
        .exists()
    )
    if duplicate:
        raise DomainError(
            _("%(email)s is already in your team or invited.") % {"email": member.email},
            code="duplicate",
        )
    current = TeamMember.objects.filter(seller=member.seller, deactivated_at__isnull=True)
    if current.count() >= TEAM_SIZE_LIMIT:  # the same limit as for inviting
        raise DomainError(
            _("A team has at most %(count)d people.") % {"count": TEAM_SIZE_LIMIT},
            code="team_full",
        )
    member.deactivated_at = None
    member.save(update_fields=["deactivated_at"])
    User.objects.filter(pk=member.member_id).update(is_active=True)
    return member


def panel_area(permission: str):
    """A view of a panel area (`TeamPermission`): a team member without that permission
    gets 403 (the house page, in their language); sellers and buyers pass."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if not may_use(request.panel_account, permission):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def owner_only(view):
    """A page of the seller's own account (their applications, webhooks): a team member's
    login gets 404, as if it did not exist, whatever it holds of its own."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if getattr(request.user, "is_team_member", False):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def has_team(*, seller: User) -> bool:
    """Whether anyone works in the seller's panel besides them (a seat: yes)."""
    if isinstance(seller, SellerSeat):
        return True
    return TeamMember.objects.filter(
        seller=seller, accepted_at__isnull=False, deactivated_at__isnull=True
    ).exists()
