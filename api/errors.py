"""The API's one error shape, with a translated message for the user.

Every refusal is

    {"errors": [{"code": "NOT_FOUND", "message": "...", "userMessage": "...", "details": ...}]}

`code` is stable (a tool branches on it); `message` is for the tool's developer, in
English; `userMessage` is for the person using the tool, in the language of the request's
Accept-Language (pl, cs, sk, hu, en); `details` (optional) carries what a code needs, e.g.
a blocked message's findings. Nothing a client sends produces a 500.
"""

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from core.exceptions import DomainError


class ApiError(Exception):
    """A refusal: `user_message` is a lazy translation (or a callable giving the text in
    the active language), so it is given in English as `message` and in the request's
    language as `userMessage`."""

    def __init__(
        self,
        status: int,
        code: str,
        user_message,
        *,
        details: dict | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status, self.code, self.user_message = status, code, user_message
        self.details, self.headers = details, headers or {}

    def items(self) -> list[dict]:
        return [error_item(self.code, self.user_message, self.details)]


def _text(message) -> str:
    return message() if callable(message) else str(message)


def error_item(code: str, user_message, details: dict | None = None) -> dict:
    with translation.override("en"):
        message = _text(user_message)
    item = {"code": code, "message": message, "userMessage": _text(user_message)}
    if details is not None:
        item["details"] = details
    return item


def error_response(
    api: NinjaAPI, request: HttpRequest, status: int, items: list[dict], headers=None
) -> HttpResponse:
    response = api.create_response(request, {"errors": items}, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def invalid(*fields: str) -> ApiError:
    """400: these parameters are not valid."""
    shown = ", ".join(fields)
    return ApiError(
        400,
        "VALIDATION_ERROR",
        lambda: str(INVALID_REQUEST) % {"fields": shown},
        details={"fields": list(fields)},
    )


NOT_FOUND = _("We could not find it, or it is not yours.")
UNAUTHORIZED = _("Sign in to the application again: its access has expired or was revoked.")
INVALID_REQUEST = _("Some of what was sent is not valid: %(fields)s.")


def install(api: NinjaAPI) -> None:
    """Route every exception the API meets into the one shape."""

    def handle(kind: type, build: Callable[[HttpRequest, Exception], HttpResponse]) -> None:
        api.add_exception_handler(kind, build)

    handle(
        ApiError,
        lambda request, exc: error_response(api, request, exc.status, exc.items(), exc.headers),
    )
    handle(
        Http404,
        lambda request, exc: error_response(
            api, request, 404, [error_item("NOT_FOUND", NOT_FOUND)]
        ),
    )
    handle(
        AuthenticationError,
        lambda request, exc: error_response(
            api,
            request,
            401,
            [error_item("UNAUTHORIZED", UNAUTHORIZED)],
            {"WWW-Authenticate": 'Bearer realm="api"'},
        ),
    )

    def domain_error(request, exc: DomainError) -> HttpResponse:
        # The service's message is already in the request's language (the service ran
        # in it); the developer's is the code, in a sentence.
        item = {
            "code": exc.code.upper(),
            "message": f"The marketplace refused this request ({exc.code}).",
            "userMessage": exc.message,
        }
        return error_response(api, request, 422, [item])

    handle(DomainError, domain_error)

    def validation_error(request, exc: ValidationError) -> HttpResponse:
        fields = []
        for error in exc.errors:
            location = [str(part) for part in error.get("loc", ()) if part not in ("body",)]
            fields.append(".".join(location[1:] or location) or "?")
        shown = ", ".join(dict.fromkeys(fields))
        item = error_item(
            "VALIDATION_ERROR",
            lambda: str(INVALID_REQUEST) % {"fields": shown},
            {"fields": list(dict.fromkeys(fields))},
        )
        return error_response(api, request, 400, [item])

    handle(ValidationError, validation_error)

    def http_error(request, exc: HttpError) -> HttpResponse:
        code = {400: "BAD_REQUEST", 403: "FORBIDDEN", 405: "METHOD_NOT_ALLOWED"}.get(
            exc.status_code, "ERROR"
        )
        item = error_item(code, _("This request could not be processed"))
        return error_response(api, request, exc.status_code, [item])

    handle(HttpError, http_error)
