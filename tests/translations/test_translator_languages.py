"""A translator edits only the languages assigned to them: in the service, the import, the dashboard
and the page editor."""

import polib
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from translations import exchange, services
from translations.models import FieldTranslationState, Status


def test_service_refuses_a_language_not_assigned(page, translator_ti):
    with pytest.raises(PermissionDenied):
        services.set_status(translator_ti, page, "ar", Status.REVIEWED)
    assert services.set_status(translator_ti, page, "ti", Status.REVIEWED) == 2
    assert not FieldTranslationState.objects.filter(language="ar", status=Status.REVIEWED).exists()


def test_import_into_a_language_not_assigned_is_rejected(page, translator_ti):
    _name, data = exchange.export(f"page:{page.pk}", "ar", "po")
    po = polib.pofile(data.decode())
    po.find(f"pages.homepage:{page.pk}:intro", by="msgctxt").msgstr = "نص آخر."
    with translation.override("en"):
        result = exchange.import_file(translator_ti, str(po).encode(), "po", "ar")
    assert not result.ok
    assert "You may not edit translations into Arabic." in result.errors
    page.refresh_from_db()
    assert page.intro_ar != "نص آخر."


def test_import_into_own_language_works(page, translator_ti):
    _name, data = exchange.export(f"page:{page.pk}", "ti", "po")
    po = polib.pofile(data.decode())
    po.find(f"pages.homepage:{page.pk}:intro", by="msgctxt").msgstr = "ሓድሽ ጽሑፍ።"
    result = exchange.import_file(translator_ti, str(po).encode(), "po", "ti", Status.REVIEWED)
    assert result.ok, result.errors
    page.refresh_from_db()
    assert page.intro_ti == "ሓድሽ ጽሑፍ።"


def test_dashboard_shows_only_own_languages(client, page, translator_ti):
    client.force_login(translator_ti)
    response = client.get(reverse("translations:index"), {"language": ["ar", "ti"]})
    assert response.status_code == 200
    assert response.context["matrix"].codes == ("ti",)
    response = client.post(reverse("translations:review"), {
        "content_type": response.context["rows"][0][0].content_type_id, "object_id": page.pk, "language": "ar"})
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's answer to PermissionDenied
    assert not FieldTranslationState.objects.filter(status=Status.REVIEWED).exists()


def test_users_without_translation_rights_get_no_dashboard(client, django_user_model, db):
    user = django_user_model.objects.create_user("editor", password="a-long-password-1", is_staff=True)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("translations:index"))
    assert (response.status_code, response.url) == (302, "/admin/")


def _edit_post(client, page, changes):
    """POST the page editor's own form back with ``changes`` applied."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        widget_data = field.widget.format_value(value) if hasattr(field.widget, "format_value") else value
        data[name] = "" if widget_data is None else widget_data
    data.update(changes)
    data["action-publish"] = "action-publish"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_page_editor_refuses_changes_in_other_languages(client, page, translator_ti):
    client.force_login(translator_ti)
    _edit_post(client, page, {"intro_ar": "تغيير غير مسموح."})
    page.refresh_from_db()
    assert page.intro_ar != "تغيير غير مسموح."

    _edit_post(client, page, {"intro_ti": "ጽሑፍ ብትግርኛ።"})
    page.refresh_from_db()
    assert page.intro_ti == "ጽሑፍ ብትግርኛ።"


def _snippet_post(client, url, changes):
    response = client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = list(value)
        else:
            data[name] = "" if value is None else value
    data.update(changes)
    return client.post(url, data)


def test_listing_editor_refuses_changes_in_other_languages(client, organization, translator_ti):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    url = AdminURLFinder(translator_ti).get_edit_url(organization)
    client.force_login(translator_ti)
    _snippet_post(client, url, {"description_ar": "تغيير غير مسموح."})
    organization.refresh_from_db()
    assert organization.description_ar == "جمعية للقادمين الجدد."

    _snippet_post(client, url, {"description_ti": "ማሕበር።"})
    organization.refresh_from_db()
    assert organization.description_ti == "ማሕበር።"
