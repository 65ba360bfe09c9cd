"""Admin for search: synonyms per language, and the report of searches that found nothing."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from search.models import Synonym, ZeroResultQuery


class SynonymViewSet(ModelViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonyms")
    form_fields = ["language", "terms"]
    list_display = ["terms", "language", "updated_at"]
    list_filter = ["language"]
    search_fields = ["terms"]


class ReportOnlyPolicy(ModelPermissionPolicy):
    """Searches without results are counted by the site; staff may read and clear them, not write them."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ZeroResultQueryViewSet(ModelViewSet):
    model = ZeroResultQuery
    icon = "warning"
    menu_label = _("Searches without results")
    list_display = ["query", "language", "count", "last_seen"]
    list_filter = ["language"]
    search_fields = ["query"]
    list_per_page = 50
    form_fields = ["query"]


register_permission_policy(ZeroResultQuery, ReportOnlyPolicy(ZeroResultQuery))


class SearchViewSetGroup(ViewSetGroup):
    items = (SynonymViewSet("synonyms"), ZeroResultQueryViewSet("searches_without_results"))
    menu_label = pgettext_lazy("noun", "Search")
    menu_icon = "search"
    add_to_admin_menu = True


@hooks.register("register_admin_viewset")
def register_viewset():
    return SearchViewSetGroup()
