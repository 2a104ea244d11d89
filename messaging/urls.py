from django.urls import path

from . import views, views_context

app_name = "messaging"

urlpatterns = [
    path("", views.thread_list, name="thread_list"),
    path("unread/", views.unread_badge, name="unread_badge"),
    path("<int:thread_id>/", views.thread_detail, name="thread_detail"),
    path("<int:thread_id>/reply/", views.thread_reply, name="thread_reply"),
    path("<int:thread_id>/new/", views.thread_poll, name="thread_poll"),
    path("<int:thread_id>/context/", views_context.thread_context, name="thread_context"),
    path("attachments/<int:attachment_id>/", views.attachment_download, name="attachment"),
    path("ask/offer/<int:offer_id>/", views.ask_about_offer, name="ask_offer"),
    path("ask/order/<int:order_id>/", views.ask_about_order, name="ask_order"),
]
