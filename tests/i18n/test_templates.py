"""Every word a user reads in a template goes through translation."""

from pathlib import Path

from django.conf import settings

from tests.i18n.template_text import template_files, unmarked_text

TEMPLATES = Path(settings.BASE_DIR) / "templates"

# Text that is the same in every language: names of the product and its parts.
ALLOWED = {
    "Allina",  # the answering bot's name
}


def _findings(path: Path):
    source = path.read_text(encoding="utf-8")
    found = unmarked_text(
        source, name=str(path.relative_to(TEMPLATES)), html=path.suffix == ".html"
    )
    return [f for f in found if f.text not in ALLOWED]


def test_every_template_marks_its_text_for_translation():
    files = template_files(TEMPLATES)
    assert len(files) > 40  # the scan really reads the project's templates
    findings = [str(f) for path in files for f in _findings(path)]
    assert not findings, "Text not marked for translation:\n" + "\n".join(findings)


def test_the_check_finds_unmarked_text_and_accepts_marked_text():
    source = """{% load i18n %}
<h1>{% translate "Orders" %}</h1>
<p>{% blocktranslate count counter=n %}{{ counter }} order{% plural %}{{ counter }} orders
{% endblocktranslate %}</p>
{# a note for developers #}{% comment %}Also for developers{% endcomment %}
<p>Nothing yet.</p>
<input type="search" placeholder="Search orders" aria-label="{% translate 'Search' %}">
<button type="submit" title="Send it">{{ label }}</button>
<input type="submit" value="Save">
<span class="status-{{ order.status }}" data-id="{{ order.pk }}">{{ order.total }} · 3</span>
<script nonce="{{ csp_nonce }}">document.title = "not read as text";</script>
"""
    found = {(f.line, f.text) for f in unmarked_text(source)}
    assert found == {
        (6, "Nothing yet."),
        (7, "Search orders"),
        (8, "Send it"),
        (9, "Save"),
    }


def test_the_check_reads_every_line_of_a_plain_text_email():
    source = (
        '{% load i18n %}{% translate "Hello" %}\n\nYour order {{ number }} is paid.\n{{ url }}\n'
    )
    found = [(f.line, f.text) for f in unmarked_text(source, html=False)]
    assert found == [(3, "Your order is paid.")]
