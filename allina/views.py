"""The buyer's side of Allina: her answer appearing on the page, and the two buttons.

Both views fetch the question through a selector that only finds the asking buyer's own
(anyone else: 404, whatever the method). With htmx they answer with the message's article
(`messaging/_message.html`, which includes Allina's panel), swapped in place of the old
one; without JavaScript they send the buyer back to the conversation.
"""

import time

from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from core.exceptions import DomainError
from core.ratelimit import rate_limited

from . import selectors, services
from .models import Question, QuestionStatus

WAIT_WHEN_YOUNGER_THAN = 2.0  # seconds since the question was asked
WAIT_AT_MOST = 0.3  # seconds one request waits for Allina's answer
WAIT_STEP = 0.01


def _wait_for_answer(question: Question) -> Question:
    """The question once it is no longer pending, or as it is after WAIT_AT_MOST."""
    deadline = time.monotonic() + WAIT_AT_MOST
    while time.monotonic() < deadline:
        time.sleep(WAIT_STEP)
        status = Question.objects.filter(pk=question.pk).values_list("status", flat=True)
        if status and status[0] != QuestionStatus.PENDING:
            question.refresh_from_db()
            break
    return question


def _thread_url(question: Question) -> str:
    url = reverse("messaging:thread_detail", args=[question.thread_id])
    return f"{url}#message-{question.message_id}"


def _article(request, question: Question, status: int = 200, ask_page: bool = False):
    """The message's article; with her fresh answer, also the words a screen reader reads
    out (the page's live region, allina/_article.html). On the Ask a question page
    (`ask_page`) also the form's status line, once she answered or passed the question on."""
    message = selectors.question_message_for_buyer(user=request.user, question=question)
    context = {"message": message, "question": question, "ask_page": ask_page}
    return render(request, "allina/_article.html", context, status=status)


@login_required
@never_cache
def question_panel(request, question_id: int):
    """The buyer's message with Allina's answer once it exists (htmx polls this while she
    works). A question her task has not reached in time is taken up here, so an open page
    gets its answer even when the broker is down."""
    question = selectors.question_get_for_buyer(user=request.user, question_id=question_id)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    age = (timezone.now() - question.created_at).total_seconds()
    if question.status == QuestionStatus.PENDING and age < WAIT_WHEN_YOUNGER_THAN:
        # Her task usually finishes within a few tens of milliseconds: waiting for it
        # here shows the answer the moment it exists, not at the next poll.
        question = _wait_for_answer(question)
    if question.status == QuestionStatus.PENDING and age > settings.ALLINA_SWEEP_AFTER_SECONDS:
        late = age > settings.ALLINA_ANSWER_WITHIN_SECONDS
        question = services.question_process(question_id=question.pk, deliver_only=late)
    if not request.htmx:
        return HttpResponseRedirect(_thread_url(question))
    return _article(request, question, ask_page=request.GET.get("ask") == "1")


@login_required
@rate_limited("message_send")
def question_choose(request, question_id: int):
    """[yes, send it] or [no thanks]; the first click counts, a second one changes nothing."""
    question = selectors.question_get_for_buyer(user=request.user, question_id=question_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    status = 200
    try:
        question = services.question_choose(
            question=question, buyer=request.user, choice=request.POST.get("choice", "")
        )
    except DomainError as error:
        if not request.htmx:
            flash.error(request, error.message)
        status = 422
    if not request.htmx:
        return HttpResponseRedirect(_thread_url(question))
    return _article(request, question, status=status)
