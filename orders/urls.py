from django.urls import path

from . import views

app_name = "orders"

urlpatterns = [
    path("offers/", views.offer_list, name="offer_list"),
    path("offers/<int:offer_id>/", views.offer_detail, name="offer_detail"),
    path("orders/<int:order_id>/", views.order_detail, name="order_detail"),
]
