from django.urls import path

from .views import catalog, orders

app_name = "orders"

urlpatterns = [
    path("offers/", catalog.offer_list, name="offer_list"),
    path("offers/<int:offer_id>/", catalog.offer_detail, name="offer_detail"),
    path("orders/<int:order_id>/", orders.order_detail, name="order_detail"),
]
