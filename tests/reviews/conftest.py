"""Factories: article pages with sources and review dates, editors with page permissions."""

import datetime

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from pages.models import ArticlePage
from tests.pages.conftest import SV_BODY, make_page, topic  # noqa: F401  (topic is a fixture)

TODAY = datetime.date(2026, 12, 5)
SOURCES = [("source", {"title": "Föräldrapenning", "url": "https://www.forsakringskassan.se/",
                       "publisher": "Försäkringskassan"})]


def make_article(parent, *, review_by, facts_checked=datetime.date(2026, 6, 1), title="Artikel", owner=None,
                 sources=SOURCES):
    page = make_page(parent, ArticlePage, title={"sv": title, "ar": "مقالة"}, body={"sv": SV_BODY, "ar": SV_BODY},
                     facts_checked=facts_checked, review_by=review_by, sources=sources, owner=owner)
    return page


def make_editor(django_user_model, page, *, name="editor", email="editor@example.org"):
    """A user in a group that may edit ``page`` and the pages below it."""
    user = django_user_model.objects.create_user(name, email, "a-long-password-1")
    group = Group.objects.create(name=f"Editors {name}")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename))
    user.groups.add(group)
    return user
