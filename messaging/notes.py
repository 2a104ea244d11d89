"""Internal notes: what the seller's side writes on a conversation for itself.

Only the thread's seller reads or writes them; the buyer and anyone else get 404.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core.ratelimit import rate_limited

from . import selectors
from .models import Thread, ThreadNote


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Internal note"), max_length=2000, widget=forms.Textarea)


def seller_thread(*, user, thread_id: int) -> Thread:
    """The thread, if the user is its seller; otherwise 404 (as if it did not exist)."""
    thread = selectors.thread_get_for_user(user=user, thread_id=thread_id)
    if thread.seller_id != user.pk:
        raise Http404("No such conversation.")
    return thread


def notes_for(*, user, thread: Thread) -> list[ThreadNote]:
    if thread.seller_id != user.pk:
        return []
    return list(thread.notes.select_related("author"))


@login_required
@require_POST
@rate_limited("note_add")
def thread_note(request, thread_id: int):
    thread = seller_thread(user=request.panel_account, thread_id=thread_id)
    form = NoteForm(request.POST)
    if form.is_valid():
        text = form.cleaned_data["text"]
        # The person who wrote it, a team member's own login included.
        ThreadNote.objects.create(thread=thread, author=request.user, text=text)
    return redirect("messaging:thread_detail", thread_id=thread.pk)
