"""A system check that warns when the model's scikit-learn fast path is off (registered by
MessageRulesConfig.ready())."""

from django.core import checks

from core import sklearn_fastpath


@checks.register()
def sklearn_fast_path(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    if sklearn_fastpath.active():
        return []
    return [
        checks.Warning(
            f"the message-rules model's fast path is off: {sklearn_fastpath.describe()}",
            hint="Checks work, several times slower; update core/sklearn_fastpath.py.",
            id="message_rules.W001",
        )
    ]
