"""The audit trail's report in the admin's Reports menu, for superusers and moderators."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from audit import services
from audit.views import AuditTrailView


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return services.can_view(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/audit-trail/", AuditTrailView.as_view(), name="audit_report"),
        path("reports/audit-trail/results/", AuditTrailView.as_view(results_only=True), name="audit_report_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(_("Audit trail"), reverse("audit_report"), icon_name="history", order=720)
