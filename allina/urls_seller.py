"""Seller pages of Allina's work: My Sales Quality, customer service."""

from django.urls import path

from . import views_seller

app_name = "allina_seller"

urlpatterns = [
    path("customer-service/", views_seller.quality, name="quality"),
]
