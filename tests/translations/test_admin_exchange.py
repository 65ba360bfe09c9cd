"""Export and import through the admin views."""

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from translations.models import FieldTranslationState, Status


def test_export_download(client, page, staff):
    client.force_login(staff)
    response = client.get(reverse("translations:export"), {"scope": f"section:{page.pk}", "language": "ar",
                                                            "format": "xliff"})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlf"')
    assert b'trgLang="ar"' in response.content


def test_import_upload_then_errors_shown_and_nothing_written(client, page, staff):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "en"  # the admin speaks the user's chosen language
    profile.save()
    client.force_login(staff)
    data = client.get(reverse("translations:export"), {"scope": f"page:{page.pk}", "language": "en",
                                                        "format": "po"}).content
    po = polib.pofile(data.decode())
    po.find(f"pages.homepage:{page.pk}:intro", by="msgctxt").msgstr = "<b>Welcome"
    response = client.post(reverse("translations:import"), {
        "file": SimpleUploadedFile("en.po", str(po).encode()), "language": "ar", "status": "machine"})
    assert response.status_code == 200
    errors = response.context["result"].errors
    assert "The file is a translation into “en”, not into “ar”." in errors
    page.refresh_from_db()
    assert page.intro_en == "Welcome to Västerås. Here is information about society."

    po.find(f"pages.homepage:{page.pk}:intro", by="msgctxt").msgstr = "Welcome, newcomer."
    response = client.post(reverse("translations:import"), {
        "file": SimpleUploadedFile("en.po", str(po).encode()), "language": "en", "status": "reviewed"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.intro_en == "Welcome, newcomer."
    assert FieldTranslationState.objects.get(object_id=page.pk, field="intro", language="en").status == Status.REVIEWED
