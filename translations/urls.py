"""Admin URLs of the translation dashboard (mounted under /admin/translations/)."""

from django.urls import path

from translations import views

app_name = "translations"
urlpatterns = [
    path("", views.index, name="index"),
    path("review/", views.review, name="review"),
    path("export/", views.export_view, name="export"),
    path("import/", views.import_view, name="import"),
    path("machine-draft/", views.machine_draft_view, name="machine_draft"),
]
