"""Public search URLs (under the language prefix)."""

urlpatterns: list = []
