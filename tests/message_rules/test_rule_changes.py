"""The development-set migrations' shared step (message_rules/rule_changes.py), run on a
database that holds rules, as an existing site's does."""

import importlib

import pytest
from django.apps import apps

from message_rules.models import Rule, RuleSetVersion

pytestmark = pytest.mark.django_db

SET_28 = importlib.import_module("message_rules.migrations.0031_development_set_twenty_eight")


def _phrase(category, language, pattern):
    return Rule.objects.filter(
        category=category, language=language, kind="phrase", pattern=pattern
    )


def test_taking_a_sets_migration_back_and_again_restores_its_rules():
    changes = SET_28.CHANGES
    category, language, pattern = changes.added_phrases[0]
    exception_language, exception = changes.added_exceptions[0]
    changed_category, changed_language, old, new = changes.changed_phrases[0]
    assert _phrase(category, language, pattern).exists()  # 0002 loaded today's defaults

    changes.backwards(apps)
    assert not _phrase(category, language, pattern).exists()
    assert not Rule.objects.filter(kind="allow", language=exception_language, pattern=exception)
    assert _phrase(changed_category, changed_language, old).exists()
    assert not _phrase(changed_category, changed_language, new).exists()

    before = RuleSetVersion.objects.get(pk=1).version
    changes.forwards(apps)
    assert _phrase(category, language, pattern).count() == 1
    assert Rule.objects.filter(kind="allow", language=exception_language, pattern=exception)
    assert _phrase(changed_category, changed_language, new).count() == 1
    assert not _phrase(changed_category, changed_language, old).exists()
    # every running process sees a new version and compiles the rules again
    assert RuleSetVersion.objects.get(pk=1).version > before

    changes.forwards(apps)  # run twice (a re-applied migration): nothing doubles
    assert _phrase(category, language, pattern).count() == 1


def test_an_empty_rules_table_gets_nothing_from_a_sets_migration():
    Rule.objects.all().delete()
    SET_28.CHANGES.forwards(apps)
    assert not Rule.objects.exists()
