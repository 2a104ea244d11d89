"""Report a message: the link on received messages, the form, its errors and its limits."""

from datetime import timedelta

import pytest
from django.urls import reverse
from PIL import Image

from accounts.services import masked_email_address
from core.exceptions import DomainError
from messaging import services as messaging_services
from moderation import services
from moderation.models import CaseKind, CaseStatus, MessageReport, ModerationCase
from tests.factories import ThreadFactory, UserFactory
from tests.moderation.conftest import file_report, image_bytes, login, png_with_dimensions, upload

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _url(message):
    return reverse("moderation:message_report", args=[message.pk])


def _post(client, message, description="He wants me to pay outside.", files=None, **extra):
    data = {"category": "off_platform", "description": description}
    data["screenshots"] = files if files is not None else [upload(image_bytes())]
    return client.post(_url(message), data, **extra)


def _thread_page(client, thread):
    return client.get(reverse("messaging:thread_detail", args=[thread.pk])).text


# --- the link ------------------------------------------------------------------------------


def test_the_report_link_is_on_received_messages_only(client, thread, seller_message):
    own = messaging_services.message_submit(thread=thread, author=thread.buyer, text="Mine")
    login(client, thread.buyer)
    page = _thread_page(client, thread)
    assert f'href="{_url(seller_message)}"' in page
    assert _url(own) not in page
    login(client, thread.seller)
    page = _thread_page(client, thread)
    assert _url(own) in page and _url(seller_message) not in page


# --- filing a report -----------------------------------------------------------------------


def test_the_form_shows_the_message_its_senders_login_and_masked_address(client, seller_message):
    thread = seller_message.thread
    login(client, thread.buyer)
    page = client.get(_url(seller_message)).text
    address = masked_email_address(account=thread.seller, order=thread.order)
    assert thread.seller.username in page and address in page
    assert "Stop writing to me" in page
    assert 'name="description"' in page and 'name="screenshots"' in page


def test_a_buyer_reports_a_sellers_message_with_screenshots(client, seller_message):
    thread = seller_message.thread
    login(client, thread.buyer)
    files = [upload(image_bytes("PNG")), upload(image_bytes("JPEG"), name="b.jpg")]
    response = _post(client, seller_message, files=files)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#message-{seller_message.pk}")
    report = MessageReport.objects.get()
    assert report.reporter == thread.buyer and report.message == seller_message
    assert report.category == "off_platform"
    assert report.description == "He wants me to pay outside."
    # the snapshot: what the buyer saw, whatever happens to the message or the account later
    assert report.sender_login == thread.seller.username
    assert report.sender_address == masked_email_address(account=thread.seller, order=thread.order)
    assert report.message_text == seller_message.text
    shots = list(report.screenshots.all())
    assert [shot.content_type for shot in shots] == ["image/png", "image/jpeg"]
    for shot in shots:
        with Image.open(shot.file.path) as image:
            assert image.size == (120, 80)
        assert "/private/reports/" in shot.file.path
    case = ModerationCase.objects.get()
    assert (case.kind, case.status, case.categories) == (
        CaseKind.MESSAGE_REPORT,
        CaseStatus.OPEN,
        ["off_platform"],
    )
    assert case.marketplace == thread.order.marketplace
    page = client.get(response["Location"]).text
    assert "Your report was sent." in page


def test_with_htmx_the_form_answers_with_a_fragment(client, seller_message):
    login(client, seller_message.thread.buyer)
    form = client.get(_url(seller_message), headers=HTMX)
    assert form.status_code == 200 and "<html" not in form.text
    assert 'hx-post="' + _url(seller_message) in form.text
    response = _post(client, seller_message, headers=HTMX)
    assert response.status_code == 200 and "<html" not in response.text
    assert "Your report was sent." in response.text
    assert MessageReport.objects.count() == 1


@pytest.mark.parametrize("htmx", [False, True])
def test_a_description_is_required_and_nothing_is_stored(client, seller_message, htmx):
    login(client, seller_message.thread.buyer)
    response = _post(client, seller_message, description="   ", headers=HTMX if htmx else {})
    assert response.status_code == 422
    assert "Describe what is wrong with the message." in response.text
    assert not MessageReport.objects.exists()


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ([], "Add at least one screenshot that shows the message."),
        ([upload(b"just text", name="fake.png")], "“fake.png” is not a PNG, JPEG or WebP image"),
        (
            [upload(png_with_dimensions(50_000, 50_000), name="bomb.png")],
            "“bomb.png” has too many pixels",
        ),
        (
            [upload(image_bytes() + b"\0" * (5 * 1024 * 1024), name="big.png")],
            "“big.png” is larger than 5 MB.",
        ),
        (
            [upload(image_bytes(), name=f"s{n}.png") for n in range(6)],
            "You chose 6 files, but at most 5 screenshots can be attached.",
        ),
    ],
    ids=["none", "fake", "bomb", "too-large", "too-many"],
)
def test_bad_screenshots_are_refused_clearly_and_the_description_is_kept(
    client, seller_message, files, expected
):
    login(client, seller_message.thread.buyer)
    response = _post(client, seller_message, description="Keep this text please", files=files)
    assert response.status_code == 422
    assert expected in response.text
    assert "Keep this text please" in response.text
    assert "Choose the screenshots again." in response.text
    assert not MessageReport.objects.exists()
    assert not ModerationCase.objects.exists()


def test_errors_speak_the_users_language(client, seller_message):
    buyer = seller_message.thread.buyer
    buyer.language = "pl"
    buyer.save(update_fields=["language"])
    client.force_login(buyer)
    response = _post(client, seller_message, description="")
    assert response.status_code == 422
    # the page, and so its error, is in the account's language (texts come from locale/)
    assert '<html lang="pl">' in response.text and 'role="alert"' in response.text


# --- the rate limit ------------------------------------------------------------------------


def test_reports_beyond_the_hourly_allowance_are_refused(client, settings, thread):
    settings.MODERATION_REPORTS_PER_HOUR = 2
    messages = [
        messaging_services.message_submit(thread=thread, author=thread.seller, text=f"m{n}")
        for n in range(4)
    ]
    file_report(messages[0])
    file_report(messages[1])
    login(client, thread.buyer)
    response = _post(client, messages[2], description="Third one")
    assert response.status_code == 422
    assert "You can report at most 2 messages an hour. Please try again later." in response.text
    assert "Third one" in response.text
    assert MessageReport.objects.count() == 2
    # an hour later the allowance is back
    MessageReport.objects.update(
        created_at=MessageReport.objects.first().created_at - timedelta(hours=1, seconds=1)
    )
    assert _post(client, messages[2]).status_code == 302
    assert MessageReport.objects.count() == 3


def test_the_same_message_is_not_reported_twice_while_under_review(seller_message):
    file_report(seller_message)
    with pytest.raises(DomainError) as error:
        file_report(seller_message)
    assert error.value.code == "already_reported"


# --- who may report what -------------------------------------------------------------------


def _someone_elses_message():
    other_thread = ThreadFactory()
    return messaging_services.message_submit(
        thread=other_thread, author=other_thread.seller, text="not yours"
    )


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize("case", ["stranger", "own", "unknown", "blocked"])
def test_a_message_the_user_did_not_receive_is_a_404(
    client, settings, thread, seller_message, method, htmx, case
):
    if case == "stranger":
        user, message_id = thread.buyer, _someone_elses_message().pk
    elif case == "own":
        user, message_id = thread.seller, seller_message.pk
    elif case == "unknown":
        user, message_id = thread.buyer, 999_999
    else:
        blocked = messaging_services.message_submit(
            thread=thread, author=thread.seller, text="kurwa"
        )
        user, message_id = thread.buyer, blocked.pk
    login(client, user)
    url = reverse("moderation:message_report", args=[message_id])
    headers = HTMX if htmx else {}
    if method == "get":
        response = client.get(url, headers=headers)
    else:
        response = client.post(
            url, {"description": "x", "screenshots": [upload(image_bytes())]}, headers=headers
        )
    assert response.status_code == 404
    assert not MessageReport.objects.exists()


def test_a_stranger_to_the_thread_gets_a_404(client, other_user, seller_message):
    login(client, other_user)
    assert client.get(_url(seller_message)).status_code == 404
    assert _post(client, seller_message).status_code == 404


def test_anonymous_users_are_sent_to_log_in(client, seller_message):
    response = client.get(_url(seller_message))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_service_refuses_a_report_of_ones_own_message(seller_message):
    with pytest.raises(DomainError) as error:
        file_report(seller_message, reporter=seller_message.thread.seller)
    assert error.value.code == "not_recipient"
    with pytest.raises(DomainError):
        file_report(seller_message, reporter=UserFactory())
    assert not MessageReport.objects.exists()


def test_a_seller_reports_a_buyers_message(client, thread):
    message = messaging_services.message_submit(thread=thread, author=thread.buyer, text="rude")
    login(client, thread.seller)
    assert _post(client, message).status_code == 302
    assert MessageReport.objects.get().sender_login == thread.buyer.username


def test_only_get_and_post(client, seller_message):
    login(client, seller_message.thread.buyer)
    assert client.put(_url(seller_message)).status_code == 405


def test_services_check_the_description_and_screenshots(seller_message):
    with pytest.raises(DomainError) as error:
        services.message_report_create(
            message=seller_message,
            reporter=seller_message.thread.buyer,
            description="real description",
            screenshots=[],
        )
    assert error.value.code == "no_screenshot"


def test_a_report_that_fails_midway_leaves_no_files_behind(monkeypatch, settings, seller_message):
    from pathlib import Path

    def broken(thread):
        raise RuntimeError("the database went away")

    private = Path(settings.MEDIA_ROOT) / "private"

    def files():
        return {path for path in private.rglob("*") if path.is_file()}

    before = files()
    monkeypatch.setattr(services, "_thread_marketplace", broken)
    with pytest.raises(RuntimeError):
        file_report(seller_message)
    assert not MessageReport.objects.exists()
    assert files() == before
    # the same report without the failure stores its file
    monkeypatch.undo()
    file_report(seller_message)
    assert len(files() - before) == 1
