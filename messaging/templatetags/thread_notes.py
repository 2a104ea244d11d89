from django import template

from messaging.notes import NoteForm, notes_for

register = template.Library()


@register.inclusion_tag("messaging/_notes.html", takes_context=True)
def thread_notes(context, thread):
    user = context["request"].user
    shown = thread.seller_id == user.pk
    return {
        "shown": shown,
        "thread": thread,
        "notes": notes_for(user=user, thread=thread) if shown else [],
        "note_form": NoteForm(),
        "csrf_token": context.get("csrf_token"),
    }
