"""Staff edit rules and allowed domains in admin; the next message is checked with them."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from message_rules import engine
from message_rules.models import AllowedDomain, Rule, RuleSetVersion
from message_rules.pattern_preview import read_pattern

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
    # A long TTL first: building the engine on a busy machine may itself take longer than
    # the real 2 seconds, and the stamp would be read again before the "within" check.
    monkeypatch.setattr(engine, "VERSION_TTL", 3600.0)
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


# -- The pattern's reading, its warnings and "Try it" on the rule's form ----------------------


def _rule_form(**changes) -> dict:
    data = {
        "category": "off_platform",
        "language": "pl",
        "kind": "phrase",
        "pattern": "kup u mnie|taniej ~3 bez prowizji",
        "note": "",
        "is_active": "on",
        "sample": "",
    }
    return {**data, **changes}


def test_the_form_shows_how_a_stored_pattern_reads_and_its_trap(staff_client):
    rule = Rule.objects.create(
        category="off_platform", language="pl", pattern="kup u mnie|taniej ~3 bez prowizji"
    )
    response = staff_client.get(reverse("admin:message_rules_rule_change", args=[rule.pk]))
    assert response.status_code == 200
    page = response.text
    assert "How the pattern reads" in page
    assert "one of: «kup u mnie» / «taniej» — then within 3 words — «bez prowizji»" in page
    assert "Warning: “|” binds loosest" in page
    assert "So «kup u mnie» alone is no match." in page
    assert "(“kup u mnie; …”)" in page


def test_a_bare_number_alternative_is_a_warning_and_the_rule_is_saved(staff_client):
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        _rule_form(category="scam", language="en", pattern="60|90|120 day terms", _continue="1"),
        follow=True,
    )
    assert response.status_code == 200
    rule = Rule.objects.get(pattern="60|90|120 day terms")
    assert response.redirect_chain[-1][0].endswith(
        reverse("admin:message_rules_rule_change", args=[rule.pk])
    )
    # After the save the form reads the stored pattern.
    assert "one of: «60» / «90» / «120 day terms»" in response.text
    assert "Warning: “60” alone is an alternative: every message with the number 60" in (
        response.text
    )
    assert "“90” alone is an alternative" in response.text


def test_a_gap_over_eight_is_refused_with_the_reason_and_nothing_is_saved(staff_client):
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"), _rule_form(pattern="zaplac* ~12 komornik*")
    )
    assert response.status_code == 200
    assert "Please correct the error below." in response.text
    assert "The gap “~12” is longer than 8 words, the most a gap can span." in response.text
    assert "is skipped without a word" in response.text
    # one explanation, not the engine's English line beside it
    assert "This pattern cannot be used" not in response.text
    assert not Rule.objects.filter(pattern="zaplac* ~12 komornik*").exists()


def test_an_empty_alternative_is_refused(staff_client):
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"), _rule_form(pattern="kup*||zamow* ~2 mailem")
    )
    assert response.status_code == 200
    assert "An empty alternative: “||”" in response.text
    assert not Rule.objects.filter(pattern__startswith="kup*||").exists()


def test_a_stored_rule_the_engine_skips_says_so(staff_client):
    # Stored past the form (a migration, a bulk update): the engine skips it silently.
    (rule,) = Rule.objects.bulk_create(
        [Rule(category="scam", kind="phrase", pattern="final notice ~9 pay")]
    )
    engine.invalidate()
    assert any("final notice ~9 pay" in error for error in engine.get_engine().errors)
    listed = staff_client.get(reverse("admin:message_rules_rule_changelist"))
    assert (
        f"1 active rule cannot be compiled, and the engine skips it: #{rule.pk} */phrase:final "
        "notice ~9 pay: a gap (~N) can span at most 8 words. Open it to see why."
    ) in listed.text
    response = staff_client.get(reverse("admin:message_rules_rule_change", args=[rule.pk]))
    assert "As stored, this rule cannot be compiled, so the engine skips it" in response.text
    assert "Error: The gap “~9” is longer than 8 words" in response.text


def test_try_it_shows_the_match_without_saving(staff_client):
    rule = Rule.objects.create(category="off_platform", language="pl", pattern="zzkup* ~2 zzmail*")
    response = staff_client.post(
        reverse("admin:message_rules_rule_change", args=[rule.pk]),
        _rule_form(
            pattern="kup u mnie|taniej ~3 bez prowizji",
            sample="Hej! Kup u MNIEEE, taniej\nbędzie bez prowizji.",
            _try="1",
        ),
    )
    assert response.status_code == 200
    page = response.text
    assert "Please correct the error" not in page
    assert "Blocked:" in page
    assert "«Kup u MNIEEE, taniej\nbędzie bez prowizji» (characters 6–45)" in page
    assert "Hej! <mark>Kup u MNIEEE, taniej<br>będzie bez prowizji</mark>." in page
    # the form keeps what was typed, and nothing was saved
    assert 'value="kup u mnie|taniej ~3 bez prowizji"' in page
    rule.refresh_from_db()
    assert rule.pattern == "zzkup* ~2 zzmail*"


def test_try_it_says_when_the_engine_lets_a_match_pass_and_when_nothing_matches(staff_client):
    url = reverse("admin:message_rules_rule_add")
    form = _rule_form(category="credentials_request", pattern="podaj* hasl*", _try="1")
    blocked = staff_client.post(url, {**form, "sample": "Podaj hasło do konta."})
    assert "Blocked:" in blocked.text
    warned = staff_client.post(url, {**form, "sample": "Nigdy nie podaj hasła nikomu."})
    assert "Matches, but passes:" in warned.text
    assert "Nigdy nie <mark>podaj hasła</mark> nikomu." in warned.text
    missed = staff_client.post(url, {**form, "sample": "Nie podawaj nikomu hasła."})
    assert "No match:" in missed.text
    assert not Rule.objects.filter(pattern="podaj* hasl*").exists()


def test_try_it_with_a_refused_pattern_explains_instead(staff_client):
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        _rule_form(pattern="ab ~10 cd", sample="ab x cd", _try="1"),
    )
    assert response.status_code == 200
    assert "Nothing to try: the engine refuses this pattern" in response.text


def test_the_try_it_field_has_a_label(staff_client):
    response = staff_client.get(reverse("admin:message_rules_rule_add"))
    assert '<label for="id_sample">Sample message:</label>' in response.text
    assert 'name="_try"' in response.text


def test_a_pattern_with_markup_is_shown_as_text(staff_client):
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        _rule_form(pattern="<script>alert(1)</script>", sample="<b>x</b>", _try="1"),
    )
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "“&lt;script&gt;alert(1)&lt;/script&gt;” cannot be read as a word" in response.text


def test_a_sample_with_markup_is_shown_as_text(staff_client):
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        _rule_form(pattern="script", sample="<script>alert(1)</script>", _try="1"),
    )
    assert "<script>alert(1)" not in response.text
    assert "&lt;<mark>script</mark>&gt;alert(1)" in response.text


def test_the_reading_in_another_language(staff_client, django_user_model):
    staff = django_user_model.objects.get(username="staff")
    staff.language = "pl"
    staff.save(update_fields=["language"])
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        _rule_form(pattern="60|90 ~3 dni; zaplac* ~12 komornik*", _try="1"),
    )
    page = response.text
    assert "Jak czyta się wzorzec" in page
    assert "jedno z: «60» / «90» — potem w odległości do 3 słów — «dni»" in page
    assert "W części 2: przerwa „~12” jest dłuższa niż 8 słów" in page


PATTERNS = (
    st.text(
        alphabet=st.sampled_from([*"ab cz|~;*0189-<>&\"'()", "\t", "\n", "ą", "\u0301", "٣"]),
        max_size=40,
    )
    | st.text(max_size=80)
    | st.sampled_from(["", " ", "\x00", "ab ~" + "9" * 5000 + " cd", "x" * 600, "(" * 200])
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(["phrase", "regex", "allow", "bogus"]),
    pattern=PATTERNS,
    sample=st.text(max_size=60),
    button=st.sampled_from(["_try", "_continue"]),
)
def test_any_pattern_gives_a_reading_or_a_form_error_never_a_server_error(
    staff_client, kind, pattern, sample, button
):
    category = "" if kind == "allow" else "scam"
    response = staff_client.post(
        reverse("admin:message_rules_rule_add"),
        _rule_form(kind=kind, category=category, pattern=pattern, sample=sample, **{button: "1"}),
    )
    if response.status_code == 302:  # saved: a pattern the engine compiles
        rule = Rule.objects.get(pk=response["Location"].rstrip("/").split("/")[-2])
        engine.validate(kind=rule.kind, pattern=rule.pattern)
        rule.delete()
        return
    assert response.status_code == 200
    page = response.text
    reading = read_pattern(kind=kind, pattern=pattern)
    if kind != "bogus" and reading.errors:
        assert "errornote" in page  # refused, with the form's errors
    if "errornote" not in page and reading.lines:
        assert escape(reading.lines[0][1]) in page  # read, as text
