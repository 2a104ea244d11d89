"""A page that does not exist is the house 404 page in the user's language, with DEBUG on
as well (the demo runs with DEBUG on): never Django's debug page listing every route.

Finding (issue #18): in the demo a wrong address showed "Using the URLconf defined in
config.urls, Django tried these URL patterns…" with the admin's address among them.
"""

import pytest

from accounts.services import user_set_language

pytestmark = pytest.mark.django_db

HOUSE_PAGE = {
    "en": "This page does not exist, or it is not yours to see.",
    "cs": "Tato stránka neexistuje, nebo k ní nemáte přístup.",
    "pl": "Ta strona nie istnieje albo nie masz do niej dostępu.",
}
ROUTE_LISTING = "Django tried these URL patterns"


@pytest.fixture
def debug_on(settings):
    settings.DEBUG = True
    settings.DEBUG_TECHNICAL_404 = False
    return settings


def test_a_wrong_address_is_the_house_page_in_the_users_language(debug_on, client, buyer):
    # given a signed-in buyer who reads Czech, on a server with DEBUG on
    user_set_language(user=buyer, language="cs")
    client.force_login(buyer)

    # when they open an address that does not exist
    response = client.get("/no-such-page/")

    # then they get the house page in Czech, with the site's navigation, and no route list
    assert response.status_code == 404
    page = response.content.decode()
    assert HOUSE_PAGE["cs"] in page
    assert 'lang="cs"' in page
    assert "Centrum zpráv" in page  # the Message Center in the navigation
    assert ROUTE_LISTING not in page
    assert "admin/" not in page


def test_a_visitor_gets_it_in_the_browsers_language(debug_on, client):
    response = client.get("/offers/x/nothing-here/", headers={"accept-language": "pl"})

    assert response.status_code == 404
    assert HOUSE_PAGE["pl"] in response.content.decode()
    assert ROUTE_LISTING not in response.content.decode()


def test_a_missing_object_is_the_same_house_page(debug_on, client, buyer):
    # given a buyer opening a thread that does not exist (the view raises Http404)
    user_set_language(user=buyer, language="en")
    client.force_login(buyer)

    response = client.get("/messages/987654/")

    assert response.status_code == 404
    page = response.content.decode()
    assert HOUSE_PAGE["en"] in page
    assert "Raised by" not in page


def test_an_address_without_its_slash_is_still_redirected(debug_on, client, buyer):
    client.force_login(buyer)

    response = client.get("/messages")

    assert response.status_code == 301
    assert response["Location"] == "/messages/"


def test_a_developer_can_ask_for_djangos_debug_page(debug_on, client):
    debug_on.DEBUG_TECHNICAL_404 = True

    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert ROUTE_LISTING in response.content.decode()
