"""The API's docs page (Swagger UI at /api/v1/docs) in real Chromium under the site's
Content-Security-Policy: it draws every operation of the description, and the browser
reports no policy violation and no console error."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_docs_page_renders_the_operations_without_csp_violations(page, live_server):
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', event =>"
        " window.__violations.push(event.violatedDirective + ' ' + event.blockedURI));"
    )
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto("/api/v1/docs")
    assert "script-src" in response.headers["content-security-policy"]
    page.wait_for_selector(".opblock-summary-path", timeout=15000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/messaging/threads/{thread_id}/messages" in path for path in paths)
    assert any("/api/v1/messaging/events" in path for path in paths)
    page.locator(".opblock-summary-path", has_text="/api/v1/messaging/events").first.click()
    page.wait_for_selector(".opblock-body")
    assert page.evaluate("window.__violations") == []
    assert errors == []
    console_errors = [m for m in page.console_messages if "Content Security Policy" in m]
    assert console_errors == []
