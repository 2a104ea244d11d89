"""Who of a shop's team takes care of a conversation (SPEC: a shop with several people
answering): the seller or one of their team members (accounts.team).

The seller's side only: assignment is never shown to the buyer, mailed to them or given
to the API's buyer-facing fields. Assigning someone else tells them by e-mail, in their
language, with the link to the conversation. "Assigned to me" and "Unassigned" are the
Message Center's filters (selectors.ThreadFilter).
"""

from django import forms
from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts.models import User
from accounts.team import team_active_members
from core.exceptions import DomainError
from core.ratelimit import rate_limited
from outbox.services import email_enqueue_rendered

from . import selectors
from .listversion import list_changed
from .models import Side, Thread

THREAD_ASSIGNED = "thread_assigned"
CAUSE_KIND = "messaging.thread"


def assignable_people(*, seller: User) -> list[User]:
    """The seller and the team members who can work now, in that order."""
    members = [member.member for member in team_active_members(seller=seller) if member.member]
    return [seller, *members]


@transaction.atomic
def thread_assign(*, thread: Thread, account: User, assignee_id: int | None) -> Thread:
    """Assign the thread (its seller's side) to one of the shop's people, or to nobody.

    `account` is whoever works in the seller's panel (the seller or a seat); the assignee
    must be the seller or an active team member of theirs. Someone other than the person
    doing it is told by e-mail.
    """
    if thread.side_of(account) != Side.SELLER or Side.SELLER not in account.sides:
        raise DomainError(_("Only the seller's side assigns a conversation."), code="not_seller")
    people = {person.pk: person for person in assignable_people(seller=thread.seller)}
    if assignee_id is not None and assignee_id not in people:
        raise DomainError(_("Choose a person of your team."), code="not_in_team")
    changed = (
        Thread.objects.filter(pk=thread.pk)
        .exclude(assigned_to_id=assignee_id)
        .update(assigned_to_id=assignee_id)
    )
    thread.assigned_to_id = assignee_id
    if changed:
        list_changed(thread.seller_id)
        assignee = people.get(assignee_id)
        if assignee is not None and assignee.pk != account.person.pk and assignee.email:
            _assigned_email(thread=thread, assignee=assignee, by=account.person)
    return thread


def _assigned_email(*, thread: Thread, assignee: User, by: User) -> None:
    link = settings.SITE_URL.rstrip("/") + reverse("messaging:thread_detail", args=[thread.pk])
    context = {
        "by": by.display_name,
        "buyer": thread.buyer.username,
        "subject": str(thread.order.transaction_id if thread.order_id else thread.offer),
        "link": link,
    }
    email_enqueue_rendered(
        language=assignee.ui_language,
        subject=lambda: _("%(name)s assigned you a conversation") % {"name": by.display_name},
        template="messaging/email/thread_assigned.txt",
        context=context,
        kind=THREAD_ASSIGNED,
        cause_kind=CAUSE_KIND,
        cause_id=thread.pk,
        to=[assignee.email],
    )


ASSIGNEE_NOTICE = "thread_assigned_new_message"


def assignee_notice_hook(*, message, delivery) -> None:
    """After-delivery hook: the buyer wrote in a conversation assigned to a team member
    (the seller gets the message's own e-mail): tell the member, once per message, in
    their language, with the link. A deactivated member's login is off: no e-mail."""
    thread = delivery.thread
    assignee_id = thread.assigned_to_id
    if not assignee_id or assignee_id == thread.seller_id:
        return
    if message.author_id is None or message.author_id != thread.buyer_id:
        return
    assignee = User.objects.filter(pk=assignee_id, is_active=True).first()
    if assignee is None or not assignee.email:
        return
    link = settings.SITE_URL.rstrip("/") + reverse("messaging:thread_detail", args=[thread.pk])
    email_enqueue_rendered(
        language=assignee.ui_language,
        subject=lambda: _("New message in a conversation assigned to you"),
        template="messaging/email/assigned_new_message.txt",
        context={"buyer": thread.buyer.username, "link": link},
        kind=ASSIGNEE_NOTICE,
        cause_kind="messaging.message",
        cause_id=message.pk,
        key=f"{ASSIGNEE_NOTICE}:{message.pk}",
        to=[assignee.email],
    )


@transaction.atomic
def threads_unassign_person(*, seller: User, person: User) -> int:
    """A deactivated team member's conversations go back to "Unassigned"."""
    count = Thread.objects.filter(seller=seller, assigned_to=person).update(assigned_to=None)
    if count:
        list_changed(seller.pk)
    return count


class AssignForm(forms.Form):
    assignee = forms.TypedChoiceField(
        label=gettext_lazy("Assigned to"), coerce=int, empty_value=None, required=False
    )

    def __init__(self, *args, people: list[User], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", gettext_lazy("Nobody"))] + [
            (person.pk, person.display_name) for person in people
        ]


@login_required
@require_POST
@rate_limited("thread_assign")
def thread_assign_view(request, thread_id: int):
    account = request.panel_account
    thread = selectors.thread_get_for_user(user=account, thread_id=thread_id)
    if thread.side_of(account) != Side.SELLER:
        raise Http404("No such conversation.")
    form = AssignForm(request.POST, people=assignable_people(seller=thread.seller))
    if form.is_valid():
        try:
            thread_assign(
                thread=thread, account=account, assignee_id=form.cleaned_data["assignee"]
            )
            flash.success(request, _("Saved."))
        except DomainError as error:
            flash.error(request, error.message)
    else:
        flash.error(request, _("Choose a person of your team."))
    return HttpResponseRedirect(reverse("messaging:thread_detail", args=[thread.pk]))
