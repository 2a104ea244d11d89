from django import template

from messaging.assignment import AssignForm, assignable_people
from messaging.notes import NoteForm, notes_for

register = template.Library()


@register.inclusion_tag("messaging/_notes.html", takes_context=True)
def thread_notes(context, thread):
    account = context["request"].panel_account
    shown = thread.seller_id == account.pk and "seller" in account.sides
    people = assignable_people(seller=thread.seller) if shown else []
    return {
        "shown": shown,
        "thread": thread,
        "notes": notes_for(user=account, thread=thread) if shown else [],
        "note_form": NoteForm(),
        # A shop with a team: who takes care of the conversation (messaging.assignment).
        "assign_form": (
            AssignForm(initial={"assignee": thread.assigned_to_id}, people=people)
            if len(people) > 1
            else None
        ),
        "csrf_token": context.get("csrf_token"),
    }
