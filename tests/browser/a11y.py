"""What the browser tests check on every page: axe-core (vendored, tests/browser/vendor/)
and the window's width. Shared by tests/browser/test_layout_and_a11y.py (the buyer's and
the seller's pages) and tests/browser/test_staff_admin.py (staff pages in Django admin)."""

from pathlib import Path

from tests.conftest import watched_tab

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()

# Elements wider than the window, for the failure message.
OVERFLOWING = """() => [...document.querySelectorAll("body *")]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
  .slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${e.className} ` +
                        `(${Math.round(e.getBoundingClientRect().right)} px)`)"""
# No request in flight and every "Sending…" indicator faded out (or fully shown).
SETTLED = """() => !document.querySelector(".htmx-request") &&
  [...document.querySelectorAll(".htmx-indicator")].every(e =>
    getComputedStyle(e).visibility === "hidden" || getComputedStyle(e).opacity === "1")"""
SERIOUS = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.id} (${v.impact}): ${v.help}: ` +
              v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "));
}"""


def watched(context):
    """A tab that keeps its console messages and where the current page's begin
    (`tab.loaded_at`), so a check reads only the page in view."""
    tab = watched_tab(context, dismiss_dialogs=True)
    tab.loaded_at = 0

    def loaded(frame):
        if frame == tab.main_frame:
            tab.loaded_at = len(tab.console_messages)

    tab.on("framenavigated", loaded)
    return tab
