"""Language-prefixed URLs of the reader's phone (the service worker itself is at /sw.js, in portal/urls.py)."""

from django.urls import path

from reader import views

app_name = "reader"

urlpatterns = [
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("offline/", views.offline, name="offline"),
    path("offline/topic/<int:page_id>.json", views.offline_topic, name="offline_topic"),
    path("my-list/", views.my_list, name="my_list"),
    path("list/<str:token>/", views.counter_list, name="counter_list"),
    path("list/<str:token>/qr.svg", views.counter_list_qr, name="counter_list_qr"),
]
