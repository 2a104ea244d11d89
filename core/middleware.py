"""Request-wide guards: a size cap before the body is read, no shared caching of private
pages, and the house "not found" page with DEBUG on."""

from django.conf import settings
from django.http import Http404
from django.urls import Resolver404, get_resolver
from django.utils.cache import patch_cache_control
from django.views.defaults import page_not_found

from .errors import request_too_large


class RequestSizeLimitMiddleware:
    """Refuse a body larger than REQUEST_MAX_BYTES from its Content-Length, before anything
    reads it (Django's DATA_UPLOAD_MAX_MEMORY_SIZE leaves out file parts, so a 150 MB
    upload would otherwise be streamed to a temporary file first and refused after).

    Placed after the language is known (the 413 page is in the user's language) and
    before CsrfViewMiddleware, which reads the POST body. A body without Content-Length
    (chunked) is read by Django as empty, so it cannot get past this either.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads a malformed Content-Length as no body at all
        if length > settings.REQUEST_MAX_BYTES:
            # Nothing here reads the body; the front proxy's own cap (client_max_body_size,
            # docs/configuration.md) keeps it from being buffered before us at all.
            return request_too_large(request, limit_bytes=settings.REQUEST_MAX_BYTES)
        return self.get_response(request)


class PrivateCacheMiddleware:
    """`Cache-Control: private, no-store` on every answer to a signed-in user, unless the
    view chose its own (an attachment download allows the user's browser an hour), so no
    proxy or shared browser keeps a thread, an order or an account page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response


class HouseNotFoundMiddleware:
    """With DEBUG on (the demo, a developer's machine), a page that does not exist is the
    house 404 page (templates/404.html, in the user's language), as in production, not
    Django's debug page listing every route of the site. DEBUG_TECHNICAL_404=true gives a
    developer Django's page back. Without DEBUG, Django shows the house page itself.

    Placed after CommonMiddleware (whose APPEND_SLASH redirect still sees the 404) and
    after the user and their language are known (the page is the user's own).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def _active(self) -> bool:
        return settings.DEBUG and not settings.DEBUG_TECHNICAL_404

    def __call__(self, request):
        if self._active():
            try:
                get_resolver(getattr(request, "urlconf", None)).resolve(request.path_info)
            except Resolver404 as error:  # a wrong address
                return page_not_found(request, error)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if self._active() and isinstance(exception, Http404):  # a view found nothing
            return page_not_found(request, exception)
        return None
