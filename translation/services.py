"""Translating delivered messages: request on delivery, perform in a task, report.

The flow (SPEC §7, §9): `messaging.services._deliver` calls
`message_translation_request(message=...)` inside the sender's transaction. The
message's language is detected there (offline, well under a millisecond); when it
differs from the recipient's, a `pending` MessageTranslation is stored and the task
`translation.tasks.message_translate` is enqueued on commit (or the row is stored
`unavailable` when no engine is configured). Nothing here can stop a delivery: a failure
is logged and the message goes on untranslated.
"""

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from core.exceptions import DomainError
from core.queue import enqueue_on_commit
from messaging.models import Message
from messaging.notifications import message_notification_enqueue

from . import engines
from .detection import detect_language
from .models import MessageTranslation, TranslationCache, TranslationReport, TranslationStatus
from .protection import PlaceholderLost, protect

logger = logging.getLogger(__name__)

MAX_ERROR_LENGTH = 300
SUPPORTED_TARGETS = ("pl", "cs", "sk", "hu", "en")


def _recipient(message):
    thread = message.thread
    if message.author_id is None:
        return thread.buyer
    return thread.seller if message.author_id == thread.buyer_id else thread.buyer


def _parties_loaded(message) -> bool:
    thread = message.thread
    return (
        type(thread).buyer.is_cached(thread)
        and type(thread).seller.is_cached(thread)
        and (message.author_id is None or type(message).author.is_cached(message))
    )


def message_translation_request(*, message) -> MessageTranslation | None:
    """Called as a message is delivered: store what its translation needs, if anything."""
    try:
        if _parties_loaded(message):  # nothing to read: only the write needs a savepoint
            return _request(message)
        with transaction.atomic():  # a failed read leaves the sender's transaction usable
            return _request(message)
    except Exception:
        logger.exception("translation of message %s not requested; shown as written", message.pk)
        return None


def _request(message) -> MessageTranslation | None:
    recipient = _recipient(message)
    target = recipient.ui_language
    if target not in SUPPORTED_TARGETS:
        return None
    author_language = message.author.ui_language if message.author_id else ""
    detection = detect_language(message.text, author_language=author_language)
    if detection is None or detection.language == target:
        return None
    with transaction.atomic():  # a failure here leaves the sender's transaction usable
        return _store(message, recipient, target, detection)


def _store(message, recipient, target, detection) -> MessageTranslation:
    engine = engines.get_engine()
    translation, created = MessageTranslation.objects.get_or_create(
        message=message,
        target_language=target,
        defaults={
            "recipient": recipient,
            "source_language": detection.language,
            "source_confidence": detection.confidence,
            "status": TranslationStatus.PENDING if engine else TranslationStatus.UNAVAILABLE,
            "engine": engine.name if engine else "",
        },
    )
    if created and engine is not None:
        from .tasks import message_translate

        enqueue_on_commit(message_translate, translation.pk)
    return translation


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _keep(message) -> tuple[str, ...]:
    """The thread's own identifiers, protected by name (a transaction id can be letters)."""
    order = message.thread.order
    if order is None:
        return ()
    keep = [order.transaction_id]
    shipments = getattr(order, "shipments", None)
    if shipments is not None:
        keep += [s.tracking_number for s in shipments.all() if s.tracking_number]
    return tuple(keep)


def translate_text(*, text: str, source: str, target: str, engine, keep=()) -> str:
    """Protect, translate with `engine`, restore. Raises EngineError or PlaceholderLost."""
    protected = protect(text, keep=keep)
    if not protected.has_words:
        return text
    if engine.markup == "tokens":
        return protected.restore_tokens(
            engine.translate(protected.as_tokens(), source=source, target=target)
        )
    return protected.restore_xml(
        engine.translate(protected.as_xml(), source=source, target=target)
    )


def message_translation_perform(*, translation_id: int, engine=None) -> bool:
    """Translate one pending message (from the cache when the same text was translated).

    Returns True when this call finished it. Raises RetryableEngineError for a failure
    worth retrying (the task's backoff); a permanent one marks the translation failed.
    A re-run after it finished does nothing.
    """
    translation = (
        MessageTranslation.objects.select_related("message__thread__order")
        .filter(pk=translation_id, status=TranslationStatus.PENDING)
        .first()
    )
    if translation is None:
        return False
    engine = engine or engines.get_engine()
    if engine is None:
        return _finish(translation, status=TranslationStatus.UNAVAILABLE)
    text = translation.message.text
    key = {
        "text_hash": text_hash(text),
        "source_language": translation.source_language,
        "target_language": translation.target_language,
        "engine": engine.name,
    }
    cached = TranslationCache.objects.filter(**key).values_list("pk", "text").first()
    if cached is not None:
        TranslationCache.objects.filter(pk=cached[0]).update(hits=F("hits") + 1)
        return _finish(translation, status=TranslationStatus.DONE, text=cached[1], engine=engine)
    MessageTranslation.objects.filter(pk=translation.pk).update(
        attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    try:
        translated = translate_text(
            text=text,
            source=translation.source_language,
            target=translation.target_language,
            engine=engine,
            keep=_keep(translation.message),
        )
    except engines.PermanentEngineError as error:
        return _finish(translation, status=TranslationStatus.FAILED, error=error.reason)
    except PlaceholderLost as error:
        # The same engine loses the same placeholder again: never show it corrupted.
        reason = f"{engine.name} changed a protected part: {error}"
        return _finish(translation, status=TranslationStatus.FAILED, error=reason)
    except engines.RetryableEngineError as error:
        MessageTranslation.objects.filter(pk=translation.pk).update(
            error=error.reason[:MAX_ERROR_LENGTH]
        )
        raise
    if not translated.strip():
        return _finish(translation, status=TranslationStatus.FAILED, error="empty translation")
    try:
        with transaction.atomic():
            TranslationCache.objects.create(**key, text=translated)
    except IntegrityError:
        pass  # another worker cached the same text meanwhile
    return _finish(translation, status=TranslationStatus.DONE, text=translated, engine=engine)


def _finish(translation, *, status: str, text: str = "", error: str = "", engine=None) -> bool:
    """Record the outcome and, in the same transaction, write the message's e-mail."""
    now = timezone.now()
    fields = {"status": status, "error": error[:MAX_ERROR_LENGTH], "updated_at": now}
    if status == TranslationStatus.DONE:
        fields.update(text=text, translated_at=now, engine=engine.name)
    with transaction.atomic():
        # Only a pending translation changes: a concurrent run that finished first wins.
        finished = MessageTranslation.objects.filter(
            pk=translation.pk, status=TranslationStatus.PENDING
        ).update(**fields)
        if finished:
            _notify(message_id=translation.message_id)
    return bool(finished)


def _notify(*, message_id: int) -> None:
    """The e-mail of the message, now that its translation is settled (one per message)."""
    message = Message.objects.filter(pk=message_id).first()
    if message is not None:
        message_notification_enqueue(message=message)


def message_translation_give_up(*, translation_id: int, reason: str) -> None:
    """After the last retry: the recipient sees "translation unavailable" and the original."""
    with transaction.atomic():
        translation = MessageTranslation.objects.filter(
            pk=translation_id, status=TranslationStatus.PENDING
        ).first()
        if translation is not None:
            _finish(translation, status=TranslationStatus.FAILED, error=reason)


def translations_pending_stale(*, older_than_seconds: int = 300) -> list[int]:
    """Pending translations whose task never ran (broker down, worker lost)."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        MessageTranslation.objects.filter(status=TranslationStatus.PENDING, updated_at__lt=cutoff)
        .order_by("updated_at")
        .values_list("pk", flat=True)[:500]
    )


def translations_email_overdue(*, limit: int = 500) -> list[int]:
    """Messages whose translation is still pending TRANSLATION_EMAIL_WAIT_SECONDS after
    delivery and that have no e-mail yet: the e-mail goes without waiting any longer."""
    cutoff = timezone.now() - timedelta(seconds=settings.TRANSLATION_EMAIL_WAIT_SECONDS)
    return list(
        MessageTranslation.objects.filter(
            status=TranslationStatus.PENDING,
            message__delivered_at__lt=cutoff,
            message__email_status="",
        )
        .order_by("message__delivered_at")
        .values_list("message_id", flat=True)[:limit]
    )


def message_email_without_translation(*, message_id: int) -> None:
    """Send the original with a note: the translation took too long (it stays pending, and
    the Message Center shows it once done)."""
    with transaction.atomic():
        _notify(message_id=message_id)


def translation_report(
    *, translation: MessageTranslation, reporter, comment: str = ""
) -> TranslationReport:
    """The recipient says a translation is wrong; reporting twice keeps one report."""
    if translation.recipient_id != reporter.pk or translation.status != TranslationStatus.DONE:
        raise DomainError(_("Only a translation shown to you can be reported."), code="not_yours")
    report, _created = TranslationReport.objects.get_or_create(
        translation=translation,
        reporter=reporter,
        defaults={"comment": comment.strip()[:500]},
    )
    return report


def translation_reports_review(*, reports, staff) -> int:
    return reports.filter(reviewed_at__isnull=True).update(
        reviewed_at=timezone.now(), reviewed_by=staff
    )


def translation_cache_forget(*, translation: MessageTranslation) -> int:
    """Drop the cached translation of this message's text: the next one is made afresh."""
    deleted, _detail = TranslationCache.objects.filter(
        text_hash=text_hash(translation.message.text),
        source_language=translation.source_language,
        target_language=translation.target_language,
        engine=translation.engine,
    ).delete()
    return deleted
