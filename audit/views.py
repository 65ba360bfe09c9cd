"""The audit trail in the Wagtail admin: a read-only report, filterable by type, object, user and date."""

from __future__ import annotations

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry

from audit import services


def _content_types():
    return ContentType.objects.filter(pk__in=[ct.pk for ct in services.audited_content_types()])


class AuditFilterSet(WagtailFilterSet):
    content_type = django_filters.ModelChoiceFilter(label=_("Type"), queryset=lambda request: _content_types())
    object_id = django_filters.CharFilter(label=_("Object ID"))
    user = django_filters.ModelChoiceFilter(
        label=_("Changed by"), queryset=lambda request: get_user_model().objects.filter(
            pk__in=services.entries().exclude(user=None).values("user")).order_by("username"))
    timestamp = django_filters.DateFromToRangeFilter(label=_("Date of change"), widget=DateRangePickerWidget)

    class Meta:
        model = ModelLogEntry
        fields = ["content_type", "object_id", "user", "timestamp"]


class AuditTrailView(ReportView):
    page_title = _("Audit trail")
    header_icon = "history"
    results_template_name = "audit/report_results.html"
    filterset_class = AuditFilterSet
    index_url_name = "audit_report"
    index_results_url_name = "audit_report_results"
    paginate_by = 50
    list_export = ["timestamp", "user", "content_type", "object_id", "label", "action", "data"]

    def dispatch(self, request, *args, **kwargs):
        if not services.can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return services.entries()

    def decorate_paginated_queryset(self, object_list):
        rows = []
        for entry in object_list:
            entry.action_label = log_action_registry.get_action_label(entry.action)
            entry.changes = [{**change, "label": services.field_label(entry, change.get("field", ""))}
                             for change in (entry.data or {}).get("changes", [])]
            rows.append(entry)
        return rows
