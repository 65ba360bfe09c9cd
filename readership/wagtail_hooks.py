"""The reading statistics report in the admin's Reports menu, for users with the permission to see it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from readership import admin_views


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("readership.view_statistics")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reading-statistics/", admin_views.report, name="readership_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return StatisticsMenuItem(_("Reading statistics"), reverse("readership_report"), icon_name="doc-full",
                              order=900)
