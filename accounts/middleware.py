"""Per-account UI language: the account's choice, else its registration marketplace's."""

from django.utils import translation
from django.utils.functional import SimpleLazyObject

from .team import panel_account


class AccountLanguageMiddleware:
    """Activates a signed-in account's language (runs after AuthenticationMiddleware).

    Anonymous visitors keep Django's negotiation in LocaleMiddleware (language cookie set
    by the switcher, then Accept-Language). LocaleMiddleware's response step then labels
    the response with the language we activated here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            translation.activate(user.ui_language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


class PanelAccountMiddleware:
    """`request.panel_account`: whose panel the request works in (accounts.team), looked up
    only when a view asks (a team member's membership is one query; anyone else none)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.panel_account = SimpleLazyObject(lambda: panel_account(request.user))
        return self.get_response(request)
