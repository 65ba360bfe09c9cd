"""Invite → set a password → edit in Arabic → staff approve → the public Arabic page shows the change."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARABIC = "نساعد العائلات الجديدة في بيكبي كل يوم أربعاء."
PASSWORD = "Vattentorn-Mälaren-42"


def test_member_edits_in_arabic_and_staff_approve(live_server, phone, artifacts):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    from community import services
    from community.models import ChangeRequest
    from directory.models import Language, Organization

    organization = Organization.objects.create(name="Bäckby Familjeförening", slug="backby-familjeforening",
                                               description_sv="Familjeförening i Bäckby.")
    Language.objects.get_or_create(code="ar", defaults={"name": "Arabic"})
    moderator = get_user_model().objects.create_user("staff@example.org", "staff@example.org", "x")
    moderator.user_permissions.add(Permission.objects.get(codename="change_changerequest"))
    invitation = services.invite(organization, "ordf@example.org", "owner", moderator, language="ar")

    # accept the invitation: set a password, land in /ar/my/
    phone.goto(f"{live_server.url}/ar/my/invitation/{invitation.token}/")
    assert phone.evaluate("document.documentElement.dir") == "rtl"
    phone.fill("#id_password1", PASSWORD)
    phone.fill("#id_password2", PASSWORD)
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"{live_server.url}/ar/my/")
    assert "Bäckby Familjeförening" in phone.locator("main").inner_text()

    # edit in Arabic, without JavaScript help
    phone.locator(f'a[href="/ar/my/organizations/{organization.pk}/edit/"]').click()
    phone.wait_for_url(re.compile(r".*/ar/my/organizations/\d+/edit/$"))
    arabic_box = phone.locator("textarea[name=description_ar]")
    assert arabic_box.get_attribute("dir") == "rtl" and arabic_box.get_attribute("lang") == "ar"
    arabic_box.fill(ARABIC)
    phone.locator("input[name=languages][value=ar]").check()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.screenshot(path=str(artifacts / "community-edit-ar-360.png"), full_page=True)
    phone.locator("main form.community-form button[type=submit]:not([name])").click()
    phone.wait_for_url(re.compile(r".*/ar/my/organizations/\d+/requests/$"))

    # not public before approval
    phone.goto(f"{live_server.url}/ar/directory/{organization.slug}/")
    assert ARABIC not in phone.locator("main").inner_text()

    services.approve(ChangeRequest.objects.get(organization=organization), moderator)

    phone.goto(f"{live_server.url}/ar/directory/{organization.slug}/")
    assert ARABIC in phone.locator("main").inner_text()
    assert phone.evaluate("document.documentElement.lang") == "ar"
    organization.refresh_from_db()
    assert list(organization.languages.values_list("code", flat=True)) == ["ar"]
