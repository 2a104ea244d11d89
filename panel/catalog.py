"""Offer pages: browsing offers, and one offer with its Ask a question form."""

from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from messaging.forms import MessageForm
from messaging.models import Thread
from orders import selectors

OFFERS_PER_PAGE = 24


@require_GET
@login_required
def offer_list(request):
    paginator = Paginator(
        selectors.offers_public().order_by("-created_at", "-id"), OFFERS_PER_PAGE
    )
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "orders/offer_list.html", {"page": page})


@require_GET
@login_required
def offer_detail(request, offer_id: int):
    offer = selectors.offer_get_public(offer_id=offer_id)
    is_own = offer.seller_id == request.user.pk
    thread = (
        None
        if is_own
        else Thread.objects.filter(buyer=request.user, offer=offer).only("pk").first()
    )
    context = {
        "offer": offer,
        "is_own": is_own,
        "thread": thread,
        "form": MessageForm(),
        "ask_url_name": "messaging:ask_offer",
        "ask_target": offer.pk,
    }
    return render(request, "orders/offer_detail.html", context)


@require_GET
@login_required
def offer_photo(request, offer_id: int, name: str):
    """An offer's photo or thumbnail (a signed-in user's page shows it). The address names
    the stored file, which a new photo replaces under a new name: browsers keep it."""
    offer = selectors.offer_for_conversation(offer_id=offer_id)
    stored = {
        stored_name.rpartition("/")[2]: stored_name
        for stored_name in ((offer.photo.name, offer.thumbnail.name) if offer else ())
        if stored_name
    }
    if name not in stored or not default_storage.exists(stored[name]):
        raise Http404("No such photo.")
    response = FileResponse(default_storage.open(stored[name]), content_type="image/webp")
    response["Cache-Control"] = "private, max-age=31536000, immutable"
    return response
