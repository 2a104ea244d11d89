"""The Orders tab's URLs (namespace `orders`): the orders app's own views and the order
and offer pages composed here with the conversation and the report forms."""

from django.urls import path

from orders.views import checkout, payments, shipments, webhooks

from . import catalog, orders

app_name = "orders"

urlpatterns = [
    path("offers/", catalog.offer_list, name="offer_list"),
    path("offers/<int:offer_id>/", catalog.offer_detail, name="offer_detail"),
    path("offers/<int:offer_id>/photo/<str:name>", catalog.offer_photo, name="offer_photo"),
    path("offers/<int:offer_id>/checkout/", checkout.checkout, name="checkout"),
    path("orders/<int:order_id>/pay/", payments.payment_start, name="payment_start"),
    path("payments/webhook/", payments.payment_webhook, name="payment_webhook"),
    path(
        "payments/operator/<str:operator_reference>/",
        payments.payment_operator,
        name="payment_operator",
    ),
    path("sales/", orders.seller_order_list, name="seller_order_list"),
    path("orders/", orders.buyer_order_list, name="buyer_order_list"),
    path("orders/<int:order_id>/", orders.order_detail, name="order_detail"),
    path(
        "orders/<int:order_id>/buyer-details-report/",
        orders.order_buyer_details_report,
        name="order_buyer_details_report",
    ),
    path("orders/<int:order_id>/shipments/", shipments.shipment_create, name="shipment_create"),
    path("shipments/<int:shipment_id>/status/", shipments.shipment_status, name="shipment_status"),
    path("webhooks/carriers/<str:carrier>/", webhooks.carrier_webhook, name="carrier_webhook"),
]
