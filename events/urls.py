"""Public calendar URLs (under the language prefix)."""

from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("", views.calendar_page, name="calendar"),
    path("calendar.ics", views.calendar_ics, name="ics"),
    path("<int:pk>/", views.detail, name="detail"),
]
