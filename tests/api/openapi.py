"""Real responses checked against the API's own OpenAPI description (openapi-core).

`SchemaCheck(schema)` is an httpx response hook: every answer under /api/v1/ (but the
description itself) must be one the description allows for its request: status, content
type and body. A mismatch fails the test that made the request.
"""

from urllib.parse import parse_qs

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict


class _Request:
    def __init__(self, request: httpx.Request) -> None:
        self.host_url = f"{request.url.scheme}://{request.url.netloc.decode()}"
        self.path = request.url.path
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(request.url.query.decode())),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )
        self.content_type = request.headers.get("content-type", "")
        self.body = request.content


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(dict(response.headers))
        self.data = response.content


class SchemaCheck:
    def __init__(self, schema: dict) -> None:
        self.openapi = OpenAPI.from_dict(schema)
        self.checked = 0

    def __call__(self, response: httpx.Response) -> None:
        path = response.request.url.path
        if not path.startswith("/api/v1/") or path.startswith("/api/v1/schema"):
            return
        if path.startswith("/api/v1/docs"):
            return
        response.read()
        self.openapi.validate_response(_Request(response.request), _Response(response))
        self.checked += 1
