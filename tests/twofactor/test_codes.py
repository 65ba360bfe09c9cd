"""Codes at sign-in: recovery codes work once, wrong codes are refused and count towards the lockout."""

import pytest

from tests.twofactor.conftest import current_code, enrol, sign_in

pytestmark = pytest.mark.django_db


def test_a_recovery_code_signs_in_once(client, member):
    enrol(member, recovery_codes=("abcd2345ef",))
    sign_in(client, member)
    assert client.post("/en/my/two-factor/code/", {"code": "abcd 2345 ef"})["Location"] == "/en/my/"
    client.post("/en/my/logout/")

    sign_in(client, member)
    response = client.post("/en/my/two-factor/code/", {"code": "abcd2345ef"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_wrong_code_is_refused_in_the_users_language(client, member):
    device = enrol(member)
    sign_in(client, member, lang="sv")
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post("/sv/my/two-factor/code/", {"code": wrong})
    assert response.status_code == 200
    assert "Koden stämmer inte" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wrong_codes_count_towards_the_lockout(client, member):
    enrol(member)
    sign_in(client, member)
    for _ in range(5):
        response = client.post("/en/my/two-factor/code/", {"code": "000000x"})
    assert response.status_code == 429
    # the right password does not help any more
    assert sign_in(client, member).status_code == 429


def test_the_code_step_needs_the_password_first(client, member):
    enrol(member)
    assert client.get("/en/my/two-factor/code/")["Location"] == "/en/my/login/"


def test_setup_confirms_with_a_first_code_and_shows_ten_recovery_codes(client, staff):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    sign_in(client, staff)
    page = client.get("/en/my/two-factor/setup/?next=/admin/")
    assert 'src="data:image/svg+xml;base64,' in page.content.decode()
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    response = client.post("/en/my/two-factor/setup/", {"code": current_code(device), "next": "/admin/"})
    assert response.status_code == 200
    codes = response.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert "no-store" in response["Cache-Control"]
    assert client.get("/admin/").status_code == 200


def test_setup_refuses_a_wrong_first_code(client, staff):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    sign_in(client, staff)
    client.get("/en/my/two-factor/setup/")
    device = TOTPDevice.objects.get(user=staff)
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    response = client.post("/en/my/two-factor/setup/", {"code": wrong})
    assert response.status_code == 200 and "This code is not right" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed


def test_the_setup_page_has_no_inline_script_or_style(client, member):
    sign_in(client, member)
    response = client.get("/en/my/two-factor/setup/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    html = response.content.decode()
    assert "<script>" not in html and "style=" not in html
