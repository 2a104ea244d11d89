"""The OpenAPI 3.1 description and its docs page, served from our own static files."""

import re

import pytest
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db


def test_the_description_is_valid_openapi_3_1_with_the_oauth2_flows(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert schema["openapi"] == "3.1.0"
    flows = schema["components"]["securitySchemes"]["OAuth2"]["flows"]
    assert flows["authorizationCode"]["authorizationUrl"] == "/auth/oauth/authorize/"
    assert set(flows["clientCredentials"]["scopes"]) == {
        "messages:read",
        "messages:write",
        "orders:read",
        "orders:write",
    }
    write = schema["paths"]["/api/v1/messaging/threads/{thread_id}/messages"]["post"]
    assert write["security"] == [{"OAuth2": ["messages:write"]}]


def test_the_docs_page_loads_its_assets_from_this_site(client):
    page = client.get("/api/v1/docs").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert any("swagger-ui-bundle.js" in source for source in sources)
    assert all(source.startswith("/") for source in sources), sources
    assert "cdn" not in page.lower()
    asset = next(source for source in sources if "swagger-ui-bundle.js" in source)
    assert client.get(asset).status_code == 200


def test_the_served_description_has_no_key_twice(client):
    """A JSON object with a key twice is refused by YAML parsers (the docs page's among
    them: "duplicated mapping key")."""
    import json

    twice = []

    def pairs_hook(pairs):
        keys = [key for key, _ in pairs]
        twice.extend(key for key in set(keys) if keys.count(key) > 1)
        return dict(pairs)

    schema = json.loads(client.get("/api/v1/schema/").content, object_pairs_hook=pairs_hook)
    assert twice == []
    download = schema["paths"]["/api/v1/messaging/message-attachments/{attachment_id}"]["get"]
    assert "application/pdf" in download["responses"]["200"]["content"]
