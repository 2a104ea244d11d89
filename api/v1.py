"""The seller API, version 1: one NinjaAPI, its routers, its error shape; the OpenAPI 3.1
description at /api/v1/schema/ and its docs page at /api/v1/docs (Swagger UI from our own
static files)."""

from django.urls import reverse
from ninja import NinjaAPI
from ninja.openapi.docs import Swagger
from ninja.renderers import JSONRenderer
from oauth2_provider.settings import oauth2_settings

from . import errors, messaging, orders
from .auth import OAuth2

DESCRIPTION = """The Message Center and the Orders tab of the marketplace's seller panel.

Authorise with OAuth2 (authorization code with PKCE, or client credentials for your own
tool) and send `Authorization: Bearer <token>`. Every error has one shape:
`{"errors": [{"code", "message", "userMessage", "details"}]}`, `userMessage` in the
language of `Accept-Language`. The guide with examples: docs/api.md.
"""


class Renderer(JSONRenderer):
    """UTF-8 JSON: Polish, Czech, Slovak and Hungarian text as it is, not escaped."""

    json_dumps_params = {"ensure_ascii": False}


class SellerApi(NinjaAPI):
    """NinjaAPI whose description names the OAuth2 flows and each operation's scopes."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        scopes = {}
        for bound in self._get_bound_routers():
            for path_view in bound.path_operations.values():
                for operation in path_view.operations:
                    for callback in operation.auth_callbacks:
                        if isinstance(callback, OAuth2):
                            scopes[self.get_openapi_operation_id(operation)] = list(
                                callback.scopes
                            )
        for item in schema["paths"].values():
            for operation in item.values():
                if operation.get("operationId") in scopes:
                    operation["security"] = [{"OAuth2": scopes[operation["operationId"]]}]
        available = {name: str(text) for name, text in oauth2_settings.SCOPES.items()}
        schema["components"]["securitySchemes"] = {
            "OAuth2": {
                "type": "oauth2",
                "description": "Authorization code with PKCE (S256), or client credentials "
                "for a seller's own tool.",
                "flows": {
                    "authorizationCode": {
                        "authorizationUrl": reverse("oauth2_provider:authorize"),
                        "tokenUrl": reverse("oauth2_provider:token"),
                        "refreshUrl": reverse("oauth2_provider:token"),
                        "scopes": available,
                    },
                    "clientCredentials": {
                        "tokenUrl": reverse("oauth2_provider:token"),
                        "scopes": available,
                    },
                },
            }
        }
        return schema


api = SellerApi(
    title="Marketplace seller API",
    version="1.0",
    description=DESCRIPTION,
    urls_namespace="api-1",
    renderer=Renderer(),
    openapi_url="/schema/",
    docs_url="/docs",
    docs=Swagger(settings={"persistAuthorization": False}),
)
errors.install(api)
api.add_router("/messaging", messaging.router)
api.add_router("/order", orders.router)
