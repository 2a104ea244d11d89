"""Navigation for the seller panel and the buyer's account, shared by every page."""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.translation import gettext_lazy as _

from .forms import LanguageForm


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    seller_only: bool = False
    badge_url_name: str = ""

    @property
    def badge_url(self) -> str:
        if not self.badge_url_name:
            return ""
        return _reverse(self.badge_url_name) or ""

    @property
    def url(self) -> str | None:
        """None while the page does not exist yet: the item shows as "coming soon"."""
        return _reverse(self.url_name)


def _reverse(url_name: str) -> str | None:
    """reverse(url_name), None when there is no such page; every page shows the same eight
    links, so they are reversed once per URL configuration and script prefix."""
    return _reversed(url_name, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())


@functools.lru_cache(maxsize=128)
def _reversed(url_name: str, urlconf: str, prefix: str) -> str | None:
    try:
        return reverse(url_name, urlconf=urlconf)  # under the current prefix, `prefix`
    except NoReverseMatch:
        return None


NAV = (
    NavItem(_("Message Center"), "messaging:thread_list", badge_url_name="messaging:unread_badge"),
    NavItem(_("Offers"), "orders:offer_list"),
    NavItem(_("Orders"), "orders:seller_order_list", seller_only=True),
    NavItem(_("My orders"), "orders:buyer_order_list"),
    NavItem(_("Account details"), "account_details"),
    NavItem(_("Communication settings"), "communication_settings", seller_only=True),
    NavItem(_("My Sales Quality"), "allina_seller:quality", seller_only=True),
)


def navigation(request) -> dict:
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    language = user.ui_language if signed_in else getattr(request, "LANGUAGE_CODE", "en")
    return {
        "nav_items": [i for i in NAV if signed_in and (user.is_seller or not i.seller_only)],
        "language_form": LanguageForm(
            initial={"language": language, "next": request.get_full_path()}
        ),
    }
