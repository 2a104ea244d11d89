"""Staff pages in Django admin on a phone (390×844) and a wide screen (1280×900), in Polish
and in English: the message rules' list and form (the pattern's reading, "Try it", its
error state) and the moderation review queue's list and entry page.

On every page, as tests/browser/test_layout_and_a11y.py checks the buyer's and the
seller's pages: axe-core finds no serious or critical violation, the Content Security
Policy is kept, and the page body does not scroll sideways. Django admin's own responsive
CSS keeps the body within a 390 px window (a wide result table scrolls inside its own
`.results` box, not the page): the stock allowed-domain list is checked as that baseline.
Besides: the reading and the "Try it" result are not cut off, the keyboard focus is
visible, and a form error is tied to its field for a screen reader (aria-invalid,
aria-describedby naming the error). Screenshots: test-artifacts/screenshots/
admin-<size>-<language>-<page>.png.
"""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from message_rules import engine
from message_rules.models import Rule, RuleSetVersion
from messaging import services as messaging_services
from moderation import services as moderation_services
from moderation.models import CaseKind, ModerationCase
from moderation.screenshots import screenshots_clean
from tests.browser.a11y import AXE, OVERFLOWING, SERIOUS, watched
from tests.moderation.conftest import BLOCK_WORD, image_bytes, upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIZES = {"phone": {"width": 390, "height": 844}, "wide": {"width": 1280, "height": 900}}
# A pasted sample with a link and nowhere to break it: it must wrap, not widen the page.
LONG_WORD = "https://sklep.example/zamowienie?ref=" + "AbCdEf0123" * 15 + "koniec"
SAMPLE = f"Hej! Kup u mnie, taniej będzie bez prowizji. Szczegóły: {LONG_WORD}"

# Elements whose content is wider than their box (a word that does not wrap), besides the
# elements wider than the window (OVERFLOWING): what a reader would find cut off.
SPILLING = """(selector) => [...document.querySelectorAll(selector)]
  .filter(e => e.scrollWidth > e.clientWidth + 1)
  .map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className} ` +
            `(${e.scrollWidth} > ${e.clientWidth} px)`)"""
# The focused element shows a focus indicator: an outline or a box shadow.
FOCUS_SHOWN = """() => {
  const e = document.activeElement, style = getComputedStyle(e);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
  return e.matches(":focus-visible") && (outline || style.boxShadow !== "none");
}"""
# Each control marked invalid names its error (aria-describedby), and no error list on
# the page is left unnamed by a control: a screen reader reads the error with the field.
UNTIED_ERRORS = """() => {
  const problems = [], named = new Set();
  for (const control of document.querySelectorAll("[aria-invalid=true]")) {
    const ids = (control.getAttribute("aria-describedby") || "").split(/\\s+/);
    const errors = ids.map(id => document.getElementById(id))
      .filter(e => e && e.matches(".errorlist") && e.textContent.trim());
    if (!errors.length) problems.push(`${control.name}: aria-invalid names no error`);
    errors.forEach(e => named.add(e));
  }
  for (const list of document.querySelectorAll("form .errorlist")) {
    if (list.closest("#pattern-reading")) continue;  // the reading, not a form error
    if (!named.has(list)) problems.push(`not tied to a field: ${list.textContent.trim()}`);
  }
  return problems;
}"""


@pytest.fixture(params=list(SIZES))
def size(request):
    return request.param


@pytest.fixture(params=["pl", "en"])
def language(request):
    return request.param


@pytest.fixture
def staff_tab(browser, live_server, django_user_model, password, size, language):
    """A browser window of this test's size, staff logged in to admin in this language."""
    staff = django_user_model.objects.create_superuser(
        username="moderator", email="moderator@example.com", password=password, language=language
    )
    context = browser.new_context(base_url=live_server.url, viewport=SIZES[size])
    tab = watched(context)
    tab.goto("/admin/login/")
    tab.locator("#id_username").fill(staff.username)
    tab.locator("#id_password").fill(password)
    tab.locator("#login-form [type=submit]").click()
    tab.wait_for_url("**/admin/")
    assert tab.locator("html").get_attribute("lang") == language
    yield tab
    context.close()


@pytest.fixture
def check(screenshot, size, language):
    """`check(tab, name)`: the body fits the window, the page kept the Content Security
    Policy, axe finds nothing serious or critical, and the page is photographed."""

    def check_page(tab, name):
        tab.wait_for_load_state()
        scroll_width, window_width = tab.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert scroll_width <= window_width, (
            f"{name} scrolls sideways at {size} ({language}): {scroll_width} > "
            f"{window_width} px; too wide: {tab.evaluate(OVERFLOWING)}; "
            f"spilling: {tab.evaluate(SPILLING, '#content *')[:8]}"
        )
        if not tab.evaluate("typeof window.axe === 'object'"):
            csp = [
                m for m in tab.console_messages[tab.loaded_at :] if "Content Security Policy" in m
            ]
            assert not csp, f"{name} at {size} ({language}): {csp}"
            tab.evaluate(AXE)
        assert tab.evaluate(SERIOUS) == [], f"{name} at {size} ({language})"
        screenshot(tab, f"admin-{size}-{language}-{name}")

    return check_page


def _readable(tab, selector):
    """The element is shown, lies within the window's width and nothing in it is cut off
    (no content wider than its box, none scrolled out of view)."""
    box = tab.locator(selector)
    expect(box).to_be_visible()
    box.scroll_into_view_if_needed()
    bounds = box.bounding_box()
    assert bounds["x"] >= 0 and bounds["x"] + bounds["width"] <= tab.viewport_size["width"] + 0.5
    inner = f"{selector}, {selector} *"
    assert tab.evaluate(SPILLING, inner) == [], f"{selector} is cut off"


def _focus_shown(tab, locator):
    """Reach the element with the keyboard (Tab from the one before it): it has the focus
    and shows it."""
    locator.focus()
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Tab")
    expect(locator).to_be_focused()
    assert tab.evaluate(FOCUS_SHOWN), f"no visible focus on {locator}"


def _errors_tied_to_fields(tab, language):
    """The page says it has errors (the title starts with "Error:", read first by a screen
    reader on the new page, and the note above the form), and each names its field."""
    with translation.override(language):
        assert tab.title().startswith(gettext("Error:"))
    expect(tab.locator(".errornote")).to_be_visible()
    assert tab.evaluate(UNTIED_ERRORS) == []


def test_the_staff_pages(staff_tab, check, language, thread):
    """Every staff page at this size and in this language, in one browser window: one
    login and one emptied database for the five pages' checks (each test with the live
    server logs in again and empties every table after it)."""
    _the_stock_admin_list_is_the_baseline(staff_tab, check)
    _the_rule_form_reads_the_pattern_and_tries_a_sample(staff_tab, check)
    _the_rule_form_ties_a_refused_pattern_to_its_field(staff_tab, check, language)
    _the_review_queue_list_and_entry_page(staff_tab, check, language, thread)
    # last: the 1,116 stored rules would change what the engine checks the queue's
    # messages with, and the forms above are tried on the default rules as before
    _the_rule_list_warns_of_a_rule_the_engine_skips(staff_tab, check, language)


def _the_stock_admin_list_is_the_baseline(staff_tab, check):
    staff_tab.goto("/admin/message_rules/alloweddomain/")
    check(staff_tab, "allowed-domains")


def _the_rule_form_reads_the_pattern_and_tries_a_sample(staff_tab, check):
    staff_tab.goto("/admin/message_rules/rule/add/")
    check(staff_tab, "rule-add")

    # when staff type a pattern and a sample and press "Try it"
    staff_tab.locator("#id_category").select_option("off_platform")
    staff_tab.locator("#id_pattern").fill("kup u mnie|taniej ~3 bez prowizji")
    staff_tab.locator("#id_sample").fill(SAMPLE)
    _focus_shown(staff_tab, staff_tab.locator("#id_sample"))
    try_it = staff_tab.locator("input[name=_try]")
    _focus_shown(staff_tab, try_it)
    staff_tab.keyboard.press("Enter")
    staff_tab.wait_for_load_state()

    # then the reading and the result are shown in full, the match marked
    expect(staff_tab.locator("#pattern-reading dl.pattern-reading")).to_be_visible()
    _readable(staff_tab, "#pattern-reading")
    result = staff_tab.locator("#try-it [role=status]")
    expect(result.locator("mark").first).to_be_visible()
    expect(result.locator("blockquote.try-sample")).to_contain_text("koniec")
    _readable(staff_tab, "#try-it [role=status]")
    expect(staff_tab.locator(".errornote")).to_have_count(0)
    check(staff_tab, "rule-try")
    _focus_shown(staff_tab, staff_tab.locator("input[name=_try]"))


def _the_rule_form_ties_a_refused_pattern_to_its_field(staff_tab, check, language):
    # on the add form as "Try it" above left it (no new page load), another pattern
    assert staff_tab.url.endswith("/admin/message_rules/rule/add/")
    staff_tab.locator("#id_category").select_option("off_platform")
    staff_tab.locator("#id_pattern").fill("zaplac* ~12 komornik*")
    staff_tab.locator("#id_sample").fill(SAMPLE)

    # "Try it" with a pattern the engine refuses: the error, and nothing tried
    staff_tab.locator("input[name=_try]").click()
    staff_tab.wait_for_load_state()
    _errors_tied_to_fields(staff_tab, language)
    expect(staff_tab.locator("#id_pattern")).to_have_attribute("aria-invalid", "true")
    expect(staff_tab.locator("#try-it [role=status]")).to_be_visible()
    expect(staff_tab.locator("#try-it mark")).to_have_count(0)
    _readable(staff_tab, "#pattern-reading")
    _readable(staff_tab, "#try-it [role=status]")
    check(staff_tab, "rule-try-error")

    # and "Save" refuses it the same way
    staff_tab.locator("input[name=_save]").click()
    staff_tab.wait_for_load_state()
    _errors_tied_to_fields(staff_tab, language)
    _focus_shown(staff_tab, staff_tab.locator("#id_pattern"))
    check(staff_tab, "rule-save-error")
    assert not Rule.objects.filter(pattern="zaplac* ~12 komornik*").exists()


def _the_review_queue_list_and_entry_page(staff_tab, check, language, thread):
    # given a report of a message, with a large screenshot, and a blocked message
    reported = messaging_services.message_submit(
        thread=thread,
        author=thread.seller,
        text="Stop writing to me, I will not answer you any more. " * 4 + "Nie" * 40,
    )
    moderation_services.message_report_create(
        message=reported,
        reporter=thread.buyer,
        description="The seller is rude to me. " * 10,
        screenshots=screenshots_clean([upload(image_bytes(size=(1600, 1000)))]),
    )
    messaging_services.message_submit(
        thread=thread, author=thread.seller, text=f"Buy the {BLOCK_WORD} here"
    )
    staff_tab.goto("/admin/moderation/moderationcase/")
    rows = staff_tab.locator("#result_list tbody tr")
    expect(rows).to_have_count(2)
    check(staff_tab, "queue")
    _focus_shown(staff_tab, staff_tab.locator("#result_list tbody th a").first)

    case = ModerationCase.objects.get(kind=CaseKind.MESSAGE_REPORT)
    staff_tab.goto(f"/admin/moderation/moderationcase/{case.pk}/change/")
    expect(staff_tab.locator("img.report-screenshot")).to_be_visible()
    check(staff_tab, "case")
    uphold = staff_tab.locator("input[name=action][value=uphold]")
    _focus_shown(staff_tab, uphold)

    # when staff uphold the report without choosing a sanction, the error names the field
    uphold.check()
    staff_tab.locator("input[name=_save]").click()
    staff_tab.wait_for_load_state()
    _errors_tied_to_fields(staff_tab, language)
    check(staff_tab, "case-error")


def _the_rule_list_warns_of_a_rule_the_engine_skips(staff_tab, check, language):
    # Stored past the form (a migration, a bulk update): the engine skips it.
    (skipped,) = Rule.objects.bulk_create(
        [Rule(category="scam", kind="phrase", pattern="final notice ~9 pay")]
    )
    # (a flushed database is checked with the defaults until the rule set has a version)
    RuleSetVersion.objects.update_or_create(pk=1, defaults={"version": 1})
    # as many rules as production has (1,116 by default): twelve pages, and "Save"
    Rule.objects.bulk_create(
        Rule(category="scam", language="pl", pattern=f"zzprzyklad{n}* ~2 przelew*")
        for n in range(max(0, 1116 - Rule.objects.count()))
    )
    engine.invalidate()
    staff_tab.goto("/admin/message_rules/rule/")
    warning = staff_tab.locator(".messagelist .warning")
    expect(warning).to_contain_text(f"#{skipped.pk}")
    _readable(staff_tab, ".messagelist .warning")
    check(staff_tab, "rules")
    # each row's "active" box is named after its rule
    first_row = staff_tab.locator("#result_list tbody tr").first
    pattern = first_row.locator("th a").inner_text()
    with translation.override(language):
        name = gettext("Active: %(pattern)s") % {"pattern": pattern}
    expect(first_row.get_by_role("checkbox", name=name, exact=True)).to_have_count(1)
    _focus_shown(staff_tab, staff_tab.locator("#result_list input[name$=is_active]").first)
    _focus_shown(staff_tab, staff_tab.locator("#result_list tbody th a").first)

    # the rule's page says why: as stored, it cannot be compiled
    staff_tab.goto(f"/admin/message_rules/rule/{skipped.pk}/change/")
    expect(staff_tab.locator("#pattern-reading .errornote")).to_be_visible()
    _readable(staff_tab, "#pattern-reading")
    check(staff_tab, "rule-skipped")
