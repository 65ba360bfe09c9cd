"""Public report, suggest and claim forms, mounted under /<lang>/directory/ before the directory's own URLs."""

from django.urls import path

from community import views

app_name = "community_public"

urlpatterns = [
    path("suggest/", views.suggest, name="suggest"),
    path("<slug:slug>/report/", views.report, name="report"),
    path("<slug:slug>/claim/", views.claim, name="claim"),
]
