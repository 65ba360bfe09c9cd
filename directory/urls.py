"""Public directory URLs (under the language prefix)."""

from django.urls import path

from directory import views

app_name = "directory"

urlpatterns = [
    path("", views.organization_list, name="list"),
    path("<slug:slug>/", views.organization_detail, name="detail"),
]
