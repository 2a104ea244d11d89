from django.urls import path

from . import views

app_name = "allina"

urlpatterns = [
    path("questions/<int:question_id>/", views.question_panel, name="question_panel"),
    path("questions/<int:question_id>/choose/", views.question_choose, name="question_choose"),
]
