"""A meeting place's editors may edit that place's pages and nothing else; moderators edit everything."""

import pytest
from django.contrib.auth.models import Group

from pages import demo
from pages.models import ArticlePage, MeetingPlacePage

from .conftest import SV_BODY, make_page


@pytest.fixture
def places(home, topic, article):
    backby = make_page(home, MeetingPlacePage, title={"sv": "Bäckbyhuset"}, slug={"sv": "backbyhuset"},
                       body={"sv": SV_BODY})
    skiljebo = make_page(home, MeetingPlacePage, title={"sv": "Hjärtpunkt Skiljebo"},
                         slug={"sv": "hjartpunkt-skiljebo"}, body={"sv": SV_BODY})
    backby_news = make_page(backby, ArticlePage, title={"sv": "Nytt på Bäckby"}, body={"sv": SV_BODY})
    demo.ensure_editor_groups([backby, skiljebo])
    return backby, skiljebo, backby_news


def _user(django_user_model, name, group_name):
    user = django_user_model.objects.create_user(name, password="a-long-password-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_meeting_place_editor_edits_only_their_own_section(places, article, home, django_user_model):
    backby, skiljebo, backby_news = places
    editor = _user(django_user_model, "backby", demo.editor_group_name(backby))
    assert backby.permissions_for_user(editor).can_edit()
    assert backby_news.permissions_for_user(editor).can_edit()
    assert not skiljebo.permissions_for_user(editor).can_edit()
    assert not article.permissions_for_user(editor).can_edit()
    assert not home.permissions_for_user(editor).can_edit()


def test_admin_edit_view_refuses_another_section(client, places, django_user_model):
    backby, skiljebo, _ = places
    editor = _user(django_user_model, "backby", demo.editor_group_name(backby))
    client.force_login(editor)
    assert client.get(f"/admin/pages/{backby.pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{skiljebo.pk}/edit/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert f"/admin/pages/{skiljebo.pk}/edit/" not in response["Location"]


def test_moderators_edit_everything(places, article, home, django_user_model):
    moderator = _user(django_user_model, "moderator", demo.MODERATORS)
    for page in (*places, article, home):
        assert page.permissions_for_user(moderator).can_edit(), page


def test_groups_are_created_once(places):
    backby, skiljebo, _ = places
    count = Group.objects.count()
    demo.ensure_editor_groups([backby, skiljebo])
    assert Group.objects.count() == count
    assert Group.objects.get(name=demo.editor_group_name(backby)).page_permissions.count() == 3
