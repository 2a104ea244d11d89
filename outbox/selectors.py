"""Reads of the outbox for the pages that show what became of an e-mail."""

from .models import EmailStatus, OutboundEmail


def emails_failed_for(*, kind: str, cause_kind: str, cause_ids) -> dict[int, OutboundEmail]:
    """The failed e-mails of `kind` caused by these objects, by cause id (one query)."""
    return {
        email.cause_id: email
        for email in OutboundEmail.objects.filter(
            kind=kind,
            cause_kind=cause_kind,
            cause_id__in=list(cause_ids),
            status=EmailStatus.FAILED,
        ).order_by("id")
    }
