from django.urls import path

from accounts.models import TeamPermission
from accounts.team import panel_area

from . import assignment, bulk, notes, templates_views, views, views_context

app_name = "messaging"

# Every Message Center page is the "messages" area of the panel: a team member without it
# gets 403 on each of them (accounts.team).
urlpatterns = [
    path("", views.thread_list, name="thread_list"),
    path("unread/", views.unread_badge, name="unread_badge"),
    path("changes/", bulk.thread_list_poll, name="thread_list_poll"),
    path("bulk/", bulk.thread_bulk, name="thread_bulk"),
    path("templates/", templates_views.template_list, name="template_list"),
    path("templates/new/", templates_views.template_create, name="template_create"),
    path("templates/<int:template_id>/", templates_views.template_edit, name="template_edit"),
    path(
        "templates/<int:template_id>/delete/",
        templates_views.template_delete,
        name="template_delete",
    ),
    path("<int:thread_id>/", views.thread_detail, name="thread_detail"),
    path("<int:thread_id>/reply/", views.thread_reply, name="thread_reply"),
    path("<int:thread_id>/new/", views.thread_poll, name="thread_poll"),
    path("<int:thread_id>/note/", notes.thread_note, name="thread_note"),
    path("<int:thread_id>/assign/", assignment.thread_assign_view, name="thread_assign"),
    path("<int:thread_id>/action/", bulk.thread_action, name="thread_action"),
    path("<int:thread_id>/templates/", templates_views.template_picker, name="template_picker"),
    path("<int:thread_id>/templates/fill/", templates_views.template_fill, name="template_fill"),
    path("<int:thread_id>/context/", views_context.thread_context, name="thread_context"),
    path("attachments/<int:attachment_id>/", views.attachment_download, name="attachment"),
    path("ask/offer/<int:offer_id>/", views.ask_about_offer, name="ask_offer"),
    path("ask/order/<int:order_id>/", views.ask_about_order, name="ask_order"),
]
for _pattern in urlpatterns:
    _pattern.callback = panel_area(TeamPermission.MESSAGES)(_pattern.callback)
