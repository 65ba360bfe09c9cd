"""Public directory URLs (under the language prefix)."""

urlpatterns: list = []
