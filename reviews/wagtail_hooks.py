"""Admin wiring: the "Due for review" report under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reviews import views


@hooks.register("register_admin_urls")
def register_urls():
    return [path("reviews/due/", views.due_for_review, name="reviews_due")]


@hooks.register("register_reports_menu_item")
def register_report():
    return MenuItem(gettext_lazy("Due for review"), reverse("reviews_due"), icon_name="date", order=50)
