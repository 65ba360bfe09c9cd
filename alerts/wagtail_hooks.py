"""Staff post alerts in the Wagtail admin, with one tab per language."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from alerts.models import Alert
from directory.wagtail_hooks import translated_tabs


class AlertViewSet(SnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    menu_order = 205
    add_to_admin_menu = True
    list_display = ["__str__", "level", "starts_at", "ends_at", "page"]
    edit_handler = translated_tabs(Alert, [
        FieldPanel("message"),
        FieldPanel("link"),
        FieldPanel("level"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        PageChooserPanel("page", ["pages.MeetingPlacePage", "pages.TopicPage"]),
    ])


register_snippet(AlertViewSet)
