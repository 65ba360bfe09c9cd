"""Staff set up two-factor sign-in in the browser (QR code, key, first code, recovery codes), then sign in
again with a recovery code and reach the admin."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Vattentorn-Mälaren-42"


def _code_for(secret_text: str) -> str:
    from base64 import b32decode

    from django_otp.oath import totp

    key = b32decode(secret_text.replace(" ", ""))
    return f"{totp(key):06d}"


def test_staff_enrol_and_sign_in_with_a_recovery_code(live_server, browser, artifacts):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("moderator@example.org", "moderator@example.org", PASSWORD)
    user.groups.add(group)

    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_url(re.compile(r".*/my/login/\?next=%2Fadmin%2F$"))
    page.fill("#id_username", "moderator@example.org")
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()

    # not enrolled: the admin sends staff to set up an authenticator app
    page.wait_for_url(re.compile(r".*/my/two-factor/setup/\?next=%2Fadmin%2F$"))
    qr = page.locator("img.twofactor-qr")
    assert qr.get_attribute("src").startswith("data:image/svg+xml;base64,")
    assert page.evaluate("document.querySelector('img.twofactor-qr').naturalWidth") > 0
    secret = page.locator(".twofactor-secret").inner_text()
    assert len(secret.replace(" ", "")) == 32
    page.screenshot(path=str(artifacts / "two-factor-setup-360.png"), full_page=True)
    page.fill("#id_code", _code_for(secret))
    page.locator("main form button[type=submit]").click()

    codes = page.locator(".twofactor-codes code").all_inner_texts()
    assert len(codes) == 10
    page.locator("main a.button").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.locator("main, #main").first.is_visible()
    context.close()

    # a new browser: password, then a recovery code
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_url(re.compile(r".*/my/login/.*"))
    page.fill("#id_username", "moderator@example.org")
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/my/two-factor/code/$"))
    page.fill("#id_code", "000000")
    page.locator("main form button[type=submit]").click()
    assert page.locator(".errorlist").is_visible()
    page.fill("#id_code", codes[0])
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    context.close()
