"""Screenshots are private: stored outside static files, served to moderators only."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from tests.moderation.conftest import login

pytestmark = pytest.mark.django_db


def _url(shot):
    return reverse("moderation:screenshot_file", args=[shot.pk])


def test_moderators_download_the_reencoded_file_with_safe_headers(staff_client, report):
    shot = report.screenshots.get()
    response = staff_client.get(_url(shot))
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body == Path(shot.file.path).read_bytes() and body.startswith(b"\x89PNG")
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")
    assert f'report-{report.pk}-screenshot-{shot.pk}.png"' in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert "no-store" in response["Cache-Control"]


def test_files_live_in_private_media_never_in_static_files_and_have_no_url(report):
    shot = report.screenshots.get()
    path = Path(shot.file.path).resolve()
    assert path.is_relative_to(Path(settings.MEDIA_ROOT).resolve() / "private")
    assert not any(path.is_relative_to(Path(d).resolve()) for d in settings.STATICFILES_DIRS)
    assert shot.storage_name in path.name and "screenshot" not in path.name  # not the user's name
    with pytest.raises(ValueError):
        _ = shot.file.url
    # nothing in the URL configuration serves MEDIA_ROOT
    assert Client().get(f"/{settings.MEDIA_URL}private/{shot.file.name}").status_code == 404


def test_non_staff_get_a_404_and_nothing_else(client, report, other_user, django_user_model):
    shot = report.screenshots.get()
    url = _url(shot)
    anonymous = client.get(url)  # asked to log in, as on every page; no file
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/login/")
    assert b"PNG" not in anonymous.content
    # neither the reporter, the sender, a stranger, nor staff without moderation rights
    clerk = django_user_model.objects.create_user(username="clerk", is_staff=True)
    for user in (report.reporter, report.message.author, other_user, clerk):
        login(client, user)
        response = client.get(url)
        assert response.status_code == 404
        assert b"PNG" not in response.content
    # a moderator with the view permission only may look
    clerk.user_permissions.add(Permission.objects.get(codename="view_moderationcase"))
    login(client, clerk)
    assert client.get(url).status_code == 200


def test_an_unknown_screenshot_is_the_same_404(staff_client, report):
    assert (
        staff_client.get(reverse("moderation:screenshot_file", args=[999_999])).status_code == 404
    )
