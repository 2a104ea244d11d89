"""Navigation for the seller panel and the buyer's account, shared by every page."""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .forms import LanguageForm
from .models import SellerSeat, TeamPermission
from .team import may_use


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


class LanguageSwitcher:
    """The header's language form, as `{{ form.next }}` and `{{ form.language }}` render it.

    The select is the same on every page for a language and a choice, so it is rendered
    through the form once per process, active language and choice; only the hidden `next`
    (this page's address) is written per request.
    """

    def __init__(self, selected: str, next_path: str):
        self.selected, self.next_path = selected, next_path

    @cached_property
    def _select(self) -> tuple[str, str]:
        return _language_select(translation.get_language(), self.selected)

    @property
    def language(self) -> str:
        return self._select[0]

    @property
    def language_id(self) -> str:
        """The select's id, for its label."""
        return self._select[1]

    @cached_property
    def next(self) -> str:
        return format_html(
            '<input type="hidden" name="next" value="{}" id="{}">', self.next_path, _NEXT_ID
        )


_NEXT_ID = "id_next"  # LanguageForm's `next`, as the form renders it


@functools.lru_cache(maxsize=64)
def _language_select(active: str, selected: str) -> tuple[str, str]:
    """LanguageForm's select with `selected` chosen, its labels in `active`, and its id."""
    with translation.override(active):
        field = LanguageForm(initial={"language": selected})["language"]
        return str(field), field.id_for_label


TEAM_ITEM = NavItem(_("Team"), "team_settings", seller_only=True)
# What a team member's login shows: the areas their permissions open, and their account.
TEAM_NAV = (
    (TeamPermission.MESSAGES, NAV[0]),
    (TeamPermission.ORDERS, NAV[2]),
    (None, NAV[4]),
)


def navigation(request) -> dict:
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    language = user.ui_language if signed_in else getattr(request, "LANGUAGE_CODE", "en")
    # `viewer`: the account whose panel this is (accounts.team.panel_account; a team
    # member's seat in their seller's), for the pages that tell "mine" from "theirs".
    viewer = getattr(request, "panel_account", user)
    if signed_in and user.is_team_member:
        items = [item for area, item in TEAM_NAV if area is None or may_use(viewer, area)]
        seller = viewer.display_name if isinstance(viewer, SellerSeat) else ""
    else:
        items = [i for i in NAV if signed_in and (user.is_seller or not i.seller_only)]
        if signed_in and user.is_seller:
            items.append(TEAM_ITEM)
        seller = ""
    return {
        "nav_items": items,
        "viewer": viewer,
        "working_for": seller,
        "language_form": LanguageSwitcher(language, request.get_full_path()),
    }
