from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Messages")

    def ready(self) -> None:
        from outbox.services import register_outcome_handler

        from . import notifications

        register_outcome_handler(notifications.KIND, notifications.message_notification_outcome)

        # Messaging's own after-delivery hook: a team member hears of a buyer's message in
        # a conversation assigned to them (the seller gets the message's e-mail itself).
        from . import assignment, pipeline
        from .relay.fastpath import checks  # noqa: F401  (registers the fast-path check)

        pipeline.register_after_delivery("assignee_notice", assignment.assignee_notice_hook)

        connection_created.connect(_sqlite_unaccent, dispatch_uid="messaging.unaccent")


def _sqlite_unaccent(sender, connection, **kwargs) -> None:
    """SQLite gets PostgreSQL's `unaccent` (the search folds accents the same way on both)."""
    if connection.vendor == "sqlite":
        from core.text import fold_accents

        connection.connection.create_function(
            "unaccent",
            1,
            lambda text: None if text is None else fold_accents(text),
            deterministic=True,
        )
