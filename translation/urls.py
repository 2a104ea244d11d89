from django.urls import path

from . import views

app_name = "translation"

urlpatterns = [
    path("messages/<int:message_id>/", views.message_translation, name="message_translation"),
    path("<int:translation_id>/report/", views.translation_report, name="report"),
]
