"""A translator changes their languages' text of pages and listings, and nothing else."""

from wagtail.admin.admin_url_finder import AdminURLFinder

from directory import services as directory_services
from tests.translations.test_translator_languages import _edit_post, _snippet_post


def test_translator_cannot_change_a_listings_website_or_unpublish_it(client, organization, translator_ti):
    organization.website = "https://exempel.example.org/"
    organization.is_published = True
    organization.save()
    url = AdminURLFinder(translator_ti).get_edit_url(organization)
    client.force_login(translator_ti)
    _snippet_post(client, url, {"website": "https://evil.example/", "is_published": ""})
    organization.refresh_from_db()
    assert organization.website == "https://exempel.example.org/"
    assert organization.is_published is True


def test_translator_change_with_a_translation_and_a_website_saves_nothing(client, organization, translator_ti):
    url = AdminURLFinder(translator_ti).get_edit_url(organization)
    client.force_login(translator_ti)
    _snippet_post(client, url, {"description_ti": "ማሕበር።", "website": "https://evil.example/"})
    organization.refresh_from_db()
    assert organization.description_ti in ("", None)
    assert organization.website != "https://evil.example/"


def test_translator_still_saves_a_translation_alone(client, organization, translator_ti):
    url = AdminURLFinder(translator_ti).get_edit_url(organization)
    client.force_login(translator_ti)
    _snippet_post(client, url, {"description_ti": "ማሕበር።"})
    organization.refresh_from_db()
    assert organization.description_ti == "ማሕበር።"


def test_translator_may_not_mark_listings_verified(translator_ti, organization):
    assert not directory_services.can_verify(translator_ti)


def test_translator_cannot_change_a_pages_settings(client, page, translator_ti):
    client.force_login(translator_ti)
    _edit_post(client, page, {"show_in_menus": "on", "seo_title_ti": "ርእሲ"})
    page.refresh_from_db()
    assert page.show_in_menus is False


def test_translator_cannot_unpublish_a_page(client, page, translator_ti):
    client.force_login(translator_ti)
    response = client.post(f"/admin/pages/{page.pk}/unpublish/")
    page.refresh_from_db()
    assert page.live is True
    assert response.status_code in (302, 403)
    assert not page.permissions_for_user(translator_ti).can_set_view_restrictions()


def test_staff_who_also_translate_keep_their_page_rights(page, translator_ti):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page

    editors = Group.objects.create(name="Page editors of the test")
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(group=editors, page=Page.get_first_root_node(),
                                           permission=Permission.objects.get(codename=codename))
    translator_ti.groups.add(editors)
    assert page.permissions_for_user(translator_ti).can_unpublish()
