"""The demo mailbox: outbound mail kept as .eml files and readable at /dev/mailbox/.

For the demo (SQLite, no EMAIL_URL): EMAIL_URL=mailbox:// stores every sent message under
BASE_DIR/mailbox instead of delivering it, so a visitor can read the mail the system sends
(message e-mails, verification links) in the browser. Debug only: the backend refuses to
start and the views answer 404 unless DEBUG is on; production settings refuse it too.
The views need a login, as every page does (any demo login reads the whole mailbox).
"""

import uuid
from email import message_from_bytes, policy
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ImproperlyConfigured
from django.core.mail.backends.base import BaseEmailBackend
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

BACKEND = "demo.mailbox.MailboxBackend"
_NAME_CHARS = set("0123456789abcdefT-")


def mailbox_dir() -> Path:
    return Path(settings.DEMO_MAILBOX_DIR)


class MailboxBackend(BaseEmailBackend):
    def __init__(self, *args, directory=None, **kwargs):
        super().__init__(*args, **kwargs)
        if not settings.DEBUG:
            raise ImproperlyConfigured("The demo mailbox (mailbox://) is for DEBUG only.")
        self.directory = Path(directory) if directory else mailbox_dir()

    def send_messages(self, email_messages) -> int:
        self.directory.mkdir(parents=True, exist_ok=True)
        for message in email_messages:
            name = f"{timezone.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:12]}.eml"
            (self.directory / name).write_bytes(message.message().as_bytes())
        return len(email_messages)


def _read(path: Path):
    return message_from_bytes(path.read_bytes(), policy=policy.default)


def _debug_only() -> None:
    if not settings.DEBUG:
        raise Http404


@require_GET
@login_required
def mailbox_list(request):
    _debug_only()
    directory = mailbox_dir()
    paths = sorted(directory.glob("*.eml"), reverse=True)[:200] if directory.is_dir() else []
    mails = []
    for path in paths:
        parsed = _read(path)
        mails.append(
            {
                "name": path.stem,
                "to": parsed["To"],
                "from": parsed["From"],
                "subject": parsed["Subject"],
                "date": parsed["Date"],
            }
        )
    return render(request, "marketplace/mailbox_list.html", {"mails": mails})


@require_GET
@login_required
def mailbox_message(request, name: str):
    _debug_only()
    if not name or not set(name) <= _NAME_CHARS:
        raise Http404
    path = mailbox_dir() / f"{name}.eml"
    if not path.is_file():
        raise Http404
    parsed = _read(path)
    body = parsed.get_body(("plain", "html"))
    context = {
        "name": name,
        "headers": list(parsed.items()),
        "subject": parsed["Subject"],
        "text": body.get_content() if body is not None else "",
    }
    return render(request, "marketplace/mailbox_message.html", context)
