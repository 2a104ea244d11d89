from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("report/message/<int:message_id>/", views.message_report, name="message_report"),
    path("screenshots/<int:screenshot_id>/", views.screenshot_file, name="screenshot_file"),
    path("notices/", views.notice_list, name="notice_list"),
    path("notices/<int:notice_id>/dismiss/", views.notice_dismiss, name="notice_dismiss"),
]
