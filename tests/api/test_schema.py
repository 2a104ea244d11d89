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
