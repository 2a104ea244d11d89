"""Navigation for the seller panel and the buyer's account, shared by every page."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
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
        return reverse(self.badge_url_name) if self.badge_url_name else ""

    @property
    def url(self) -> str | None:
        """None while the page does not exist yet: the item shows as "coming soon"."""
        try:
            return reverse(self.url_name)
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
