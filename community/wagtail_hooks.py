"""Admin menu items and URLs for moderating listings, and the members/history link on each organisation."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from community import admin_views, services


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return services.can_moderate(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.queue, name="queue"),
        path("requests/<int:pk>/", admin_views.review, name="review"),
        path("listings/", admin_views.listings, name="listings"),
        path("listings/<int:pk>/", admin_views.organization, name="organization"),
        path("versions/<int:pk>/rollback/", admin_views.rollback, name="rollback"),
        path("members/<int:pk>/", admin_views.member, name="member"),
    ]
    return [path("community/", include((urls, "community_admin"), namespace="community_admin"))]


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    return ModeratorMenuItem(_("Change requests"), reverse("community_admin:queue"), icon_name="tasks",
                             order=250)


@hooks.register("register_admin_menu_item")
def register_listings_menu_item():
    return ModeratorMenuItem(_("Members and freshness"), reverse("community_admin:listings"), icon_name="group",
                             order=251)


@hooks.register("register_snippet_listing_buttons")
def organization_member_buttons(instance, user, next_url=None):
    from directory.models import Organization

    if not isinstance(instance, Organization) or not services.can_moderate(user):
        return []
    return [Button(_("Invite member"), reverse("community_admin:organization", args=[instance.pk]),
                   icon_name="group", priority=60)]
