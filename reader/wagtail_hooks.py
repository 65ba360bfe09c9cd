"""Lists for visitors in the admin: staff with the permission pick organisations and pages, and get the link,
its QR code and a printable list."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from reader import admin_views
from reader.models import CounterList


class CounterListViewSet(SnippetViewSet):
    model = CounterList
    icon = "list-ul"
    menu_label = _("Lists for visitors")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["__str__", "language", "expires_on", "created_at"]
    list_filter = ["language"]


register_snippet(CounterListViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("visitor-lists/<int:pk>/handout/", admin_views.handout, name="reader_handout")]


@hooks.register("register_snippet_listing_buttons")
def handout_button(instance, user, next_url=None):
    if not isinstance(instance, CounterList):
        return []
    return [Button(_("Link, QR code and print"), reverse("reader_handout", args=[instance.pk]),
                   icon_name="link", priority=5)]


@hooks.register("after_create_snippet")
def remember_creator(request, instance):
    if isinstance(instance, CounterList) and instance.created_by_id is None:
        CounterList.objects.filter(pk=instance.pk).update(created_by=request.user)
