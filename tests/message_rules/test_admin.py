"""Staff edit rules and allowed domains in admin; the next message is checked with them."""

import pytest
from django.urls import reverse

from message_rules import engine
from message_rules.models import AllowedDomain, Rule, RuleSetVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("staff", "staff@example.com", "pw")
    admin.language = "en"  # the admin pages in English
    admin.save(update_fields=["language"])
    client.force_login(admin)
    return client


def test_the_data_migration_loaded_the_project_defaults():
    from message_rules import defaults

    expected = len(defaults.PHRASES) + len(defaults.REGEXES) + len(defaults.ALLOW)
    assert Rule.objects.count() == expected
    assert AllowedDomain.objects.filter(domain="inpost.pl", kind="courier").exists()
    assert engine.get_engine().check("kurwa").blocked


def test_a_rule_added_in_admin_blocks_the_next_message_and_deactivating_it_lets_it_pass(
    staff_client,
):
    text = "Mam też podróbki zegarków na sprzedaż"
    # The rules alone (the learned model beside them has its own tests: test_model.py).
    assert engine.get_engine().check(text, use_model=False).verdict == "allow"  # cached now
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        {
            "category": "prohibited_item",
            "language": "pl",
            "kind": "phrase",
            "pattern": "podrob*|podrobk*",
            "note": "counterfeits",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    verdict = engine.get_engine().check(text, use_model=False)
    assert verdict.categories == ["prohibited_item"]
    assert verdict.findings[0].fragment == "podróbki"

    rule = Rule.objects.get(pattern="podrob*|podrobk*")
    staff_client.post(
        reverse("admin:message_rules_rule_changelist"),
        {"action": "deactivate", "_selected_action": [rule.pk]},
    )
    assert engine.get_engine().check(text, use_model=False).verdict == "allow"


def test_another_process_sees_the_change_through_the_version_stamp(monkeypatch):
    assert engine.get_engine().check("zzfoo").verdict == "allow"
    before = RuleSetVersion.current()
    # Another process saved a rule: the stamp moved, this process has not been told.
    Rule.objects.bulk_create([Rule(category="profanity", kind="phrase", pattern="zzfoo")])
    RuleSetVersion.objects.filter(pk=1).update(version=before + 1)
    assert engine.get_engine().check("zzfoo").verdict == "allow"  # within VERSION_TTL
    monkeypatch.setattr(engine, "VERSION_TTL", 0.0)
    assert engine.get_engine().check("zzfoo").verdict == "block"


def test_an_allowed_domain_added_in_admin_lets_its_links_pass(staff_client):
    text = "Śledzenie: https://tracking.new-courier.example.pl/p/123"
    assert engine.get_engine().check(text).categories == ["external_link"]
    response = staff_client.post(
        reverse("admin:message_rules_alloweddomain_add"),
        {"domain": "new-courier.example.pl", "kind": "courier", "note": "", "is_active": "on"},
    )
    assert response.status_code == 302
    assert engine.get_engine().check(text).verdict == "allow"


def test_a_pattern_that_cannot_work_is_refused_with_the_reason(staff_client):
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        {"category": "scam", "language": "", "kind": "regex", "pattern": "(unclosed"},
    )
    assert response.status_code == 200
    assert "This pattern cannot be used" in response.text
    assert not Rule.objects.filter(pattern="(unclosed").exists()


def test_a_rule_typed_with_a_hyphen_is_saved_and_blocks(staff_client):
    text = "Sprzedam X-ray okulary, widać przez ubrania"
    assert engine.get_engine().check(text, use_model=False).verdict == "allow"
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        {
            "category": "prohibited_item",
            "language": "pl",
            "kind": "phrase",
            "pattern": "x-ray okular*",
            "note": "spy glasses",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    verdict = engine.get_engine().check(text, use_model=False)
    assert verdict.categories == ["prohibited_item"]
    assert verdict.findings[0].fragment == "X-ray okulary"


def test_non_staff_get_nothing_of_the_rules_admin(client, buyer):
    client.force_login(buyer)
    response = client.get(reverse("admin:message_rules_rule_changelist"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_database_whose_rule_set_was_never_set_up_is_checked_with_the_defaults():
    # e.g. tables flushed by a test, or the data migration not run
    Rule.objects.all().delete()
    AllowedDomain.objects.all().delete()
    RuleSetVersion.objects.all().delete()
    engine.invalidate()
    assert engine.get_engine().check("kurwa").blocked
    assert engine.get_engine().check("https://inpost.pl/sledzenie").verdict == "allow"


def test_when_staff_have_removed_every_rule_nothing_is_blocked_by_phrases():
    for rule in Rule.objects.all():
        rule.delete()  # through the signal, as admin's delete does
    assert RuleSetVersion.current() > 1
    assert engine.get_engine().check("kurwa", use_model=False).verdict == "allow"
