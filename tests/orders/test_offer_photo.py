"""An offer's photo: checked by content, kept in two sizes, shown on the offer page, in
the offer list and in the Message Center's rows, served to signed-in users only."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from messaging.services import message_submit
from orders import photos
from orders.services import offer_photo_set
from tests.factories import OfferFactory, OrderFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db


def _upload(size=(1200, 800), fmt="JPEG", name="shirt.jpg", exif_rotated=False):
    image = Image.new("RGB", size, "#336699")
    image.paste("#ffcc00", (0, 0, size[0] // 2, size[1]))  # left half yellow
    out = io.BytesIO()
    extra = {}
    if exif_rotated:
        exif = Image.Exif()
        exif[0x0112] = 6  # the camera was turned: show rotated by 90°
        extra["exif"] = exif
    image.save(out, fmt, **extra)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def _served(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "image/webp"
    return response, Image.open(io.BytesIO(b"".join(response.streaming_content)))


def test_a_photo_is_kept_in_two_sizes_and_shown_on_the_offer_page(buyer_client, offer):
    offer_photo_set(offer=offer, upload=_upload(exif_rotated=True))
    page = buyer_client.get(reverse("orders:offer_detail", args=[offer.pk])).text
    assert f'src="{offer.photo_url}"' in page
    response, photo = _served(buyer_client, offer.photo_url)
    assert photo.format == "WEBP" and photo.size == (533, 800)  # upright, at most 800 px
    assert "immutable" in response["Cache-Control"]
    _response, thumbnail = _served(buyer_client, offer.thumbnail_url)
    assert thumbnail.size == (96, 96)
    offers = buyer_client.get(reverse("orders:offer_list")).text
    assert f'src="{offer.thumbnail_url}"' in offers


def test_a_new_photo_replaces_the_old_one_under_a_new_address(buyer_client, offer):
    offer_photo_set(offer=offer, upload=_upload())
    old_url, old_name = offer.photo_url, offer.photo.name
    offer_photo_set(offer=offer, upload=_upload(size=(300, 300), fmt="PNG", name="new.png"))
    assert offer.photo_url != old_url
    assert not default_storage.exists(old_name)
    assert buyer_client.get(old_url).status_code == 404
    _served(buyer_client, offer.photo_url)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"%PDF-1.7 not a photo", "photo_unreadable"),
        (b"\xff\xd8\xff\xe0 truncated jpeg", "photo_unreadable"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "photo_unreadable"),
    ],
)
def test_what_is_not_a_photo_is_refused_with_a_reason(offer, content, code):
    with pytest.raises(ValidationError) as refused:
        offer_photo_set(offer=offer, upload=SimpleUploadedFile("x.jpg", content))
    assert refused.value.code == code
    assert "not a JPEG, PNG, WebP or GIF photo" in str(refused.value.messages[0])
    offer.refresh_from_db()
    assert not offer.photo


def test_too_many_pixels_or_bytes_are_refused(offer, monkeypatch):
    monkeypatch.setattr(photos, "MAX_PHOTO_PIXELS", 1_000_000)
    with pytest.raises(ValidationError) as refused:
        offer_photo_set(offer=offer, upload=_upload(size=(1200, 900)))
    assert refused.value.code == "photo_too_many_pixels"
    big = SimpleUploadedFile("big.jpg", b"\xff" * (photos.MAX_PHOTO_BYTES + 1))
    with pytest.raises(ValidationError) as refused:
        offer_photo_set(offer=offer, upload=big)
    assert refused.value.code == "photo_too_large"


def test_photos_are_for_signed_in_users_and_only_the_offers_own(client, offer):
    offer_photo_set(offer=offer, upload=_upload())
    other = OfferFactory()
    offer_photo_set(offer=other, upload=_upload())
    assert client.get(offer.photo_url).status_code == 302  # to the login page
    client.force_login(UserFactory())
    own_name = offer.photo.name.rpartition("/")[2]
    assert client.get(reverse("orders:offer_photo", args=[other.pk, own_name])).status_code == 404
    assert client.get(f"/offers/{offer.pk}/photo/..%2F..%2Fx.webp").status_code == 404


def test_message_center_rows_show_the_products_photo(seller_client, seller, buyer):
    asked = OfferFactory(seller=seller)
    bought = OfferFactory(seller=seller)
    no_photo = OfferFactory(seller=seller)
    offer_photo_set(offer=asked, upload=_upload())
    offer_photo_set(offer=bought, upload=_upload())
    order = OrderFactory(buyer=buyer, offer=bought)
    for thread in (
        ThreadFactory(buyer=buyer, offer=asked),
        ThreadFactory(buyer=buyer, order=order),
        ThreadFactory(buyer=buyer, offer=no_photo),
    ):
        message_submit(thread=thread, author=buyer, text="Hello", attachments=[])
    page = seller_client.get(reverse("messaging:thread_list")).text
    assert f'src="{asked.thumbnail_url}"' in page
    assert f'src="{bought.thumbnail_url}"' in page  # the bought item's photo
    assert page.count('class="thumb"') == 2
    assert 'alt=""' in page  # decorative: the row names the product in words


def test_staff_give_an_offer_a_photo_in_admin(admin_client, admin_user, offer):
    admin_user.language = "en"  # else their registration marketplace's
    admin_user.save()
    url = reverse("admin:orders_offer_change", args=[offer.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {
        name: form.initial.get(name, "") if not isinstance(form.initial.get(name), bool)
        else "on"
        for name in form.fields
    }  # fmt: skip
    data.update(
        {
            "seller": offer.seller_id,
            "attributes": "{}",
            "delivery_options-TOTAL_FORMS": "0",
            "delivery_options-INITIAL_FORMS": "0",
        }
    )
    response = admin_client.post(url, {**data, "new_photo": SimpleUploadedFile("x.jpg", b"no")})
    assert response.status_code == 200
    assert "not a JPEG, PNG, WebP or GIF photo" in response.text
    response = admin_client.post(url, {**data, "new_photo": _upload()})
    assert response.status_code == 302, response.context["adminform"].form.errors
    offer.refresh_from_db()
    assert offer.photo and offer.thumbnail
