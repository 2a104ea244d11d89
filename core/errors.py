"""Error answers in the user's language, as a page or, for HTMX, as a fragment.

Every refusal the user can meet outside a form (a body too large, too many fields, a
malformed parameter, too many requests) goes through `error_page`: a full page in the
house layout for a normal request, and for an HTMX request a small fragment whose
`data-error-message` text static/js/app.js puts in the form's error slot, in place of the
generic "try again" (the draft stays in the form: HTMX swaps nothing on a 4xx).

Django's handler400 (`bad_request`) comes here too, so RequestDataTooBig (a body over
DATA_UPLOAD_MAX_MEMORY_SIZE) is a translated 413 and TooManyFieldsSent /
TooManyFilesSent a translated 400 instead of the bare English "Bad Request (400)".
"""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.formats import number_format
from django.utils.translation import gettext as _

TITLES = {
    400: lambda: _("This request could not be processed"),
    413: lambda: _("Too large"),
    422: lambda: _("This request could not be processed"),
    429: lambda: _("Too many requests"),
}


def error_page(
    request: HttpRequest,
    *,
    status: int,
    message: str,
    title: str = "",
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    """The translated answer for a refused request (`message` is shown as text)."""
    context = {"status": status, "title": title or TITLES[status](), "message": message}
    htmx = request.headers.get("HX-Request") == "true"
    template = "_error_fragment.html" if htmx else "error.html"
    response = HttpResponse(render_to_string(template, context, request=request), status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def request_too_large(request: HttpRequest, *, limit_bytes: int) -> HttpResponse:
    megabytes = number_format(round(limit_bytes / (1024 * 1024), 1), use_l10n=True)
    return error_page(
        request,
        status=413,
        message=_(
            "What you sent is too large: at most %(size)s MB in one request. "
            "Send fewer or smaller files."
        )
        % {"size": megabytes},
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler400: translated, and the body-size refusals told apart."""
    from django.conf import settings

    if isinstance(exception, RequestDataTooBig):
        return request_too_large(request, limit_bytes=settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    if isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        message = _("The form has too many fields or files. Reload the page and try again.")
    else:
        message = _("The request was malformed. Reload the page and try again.")
    return error_page(request, status=400, message=message)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a page that needs no database, session or context processor."""
    return HttpResponse(render_to_string("500.html"), status=500)
