"""Staff reach the admin only with two-factor sign-in confirmed in the session; for members it is optional."""

import pytest

from tests.twofactor.conftest import current_code, enrol, sign_in

pytestmark = pytest.mark.django_db


def test_staff_without_an_authenticator_are_sent_to_set_one_up(client, staff):
    sign_in(client, staff, next_url="/admin/")
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].endswith("/my/two-factor/setup/?next=%2Fadmin%2F")


def test_a_superuser_is_staff_too(client, django_user_model, password_only_force_login):
    admin = django_user_model.objects.create_superuser("root@example.org", "root@example.org", "x")
    client.force_login(admin)
    assert "/my/two-factor/setup/" in client.get("/admin/pages/")["Location"]


def test_the_password_alone_does_not_sign_in_enrolled_staff(client, staff):
    enrol(staff)
    response = sign_in(client, staff, next_url="/admin/")
    assert response["Location"] == "/en/my/two-factor/code/"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_enrolled_staff_reach_the_admin_after_the_code(client, staff):
    device = enrol(staff)
    sign_in(client, staff, next_url="/admin/")
    response = client.post("/en/my/two-factor/code/", {"code": current_code(device)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admin_sign_in_page_leads_to_the_two_step_sign_in(client, db):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].endswith("/my/login/?next=%2Fadmin%2Fpages%2F")


def test_an_unverified_session_of_enrolled_staff_is_signed_out_of_the_admin(client, staff, password_only_force_login):
    """A session from before the authenticator was set up (in another browser) loses the admin."""
    client.force_login(staff)
    enrol(staff)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/my/login/" in response["Location"]
    assert "_auth_user_id" not in client.session


def test_members_without_an_authenticator_sign_in_with_the_password(client, member):
    response = sign_in(client, member)
    assert response["Location"] == "/en/my/"
    assert client.get("/en/my/").status_code == 200


def test_members_with_an_authenticator_give_the_code_too(client, member):
    device = enrol(member)
    assert sign_in(client, member)["Location"] == "/en/my/two-factor/code/"
    assert client.get("/en/my/")["Location"].startswith("/en/my/login/")
    assert client.post("/en/my/two-factor/code/", {"code": current_code(device)})["Location"] == "/en/my/"
    assert client.get("/en/my/").status_code == 200


def test_members_are_not_sent_to_the_admin_setup(client, member):
    sign_in(client, member)
    response = client.get("/admin/")
    # Wagtail's own refusal (no admin access), not the two-factor setup
    assert "two-factor" not in response.get("Location", "")


def test_a_member_may_turn_it_off_but_staff_may_not(client, member, staff):
    device = enrol(member)
    sign_in(client, member)
    client.post("/en/my/two-factor/code/", {"code": current_code(device)})
    assert client.post("/en/my/two-factor/turn-off/").status_code == 302
    assert not member.totpdevice_set.exists()

    other = client.__class__()
    staff_device = enrol(staff)
    sign_in(other, staff)
    other.post("/en/my/two-factor/code/", {"code": current_code(staff_device)})
    assert other.post("/en/my/two-factor/turn-off/").status_code == 403
    assert staff.totpdevice_set.exists()


def test_public_pages_are_unaffected(client, staff, home, password_only_force_login):
    client.force_login(staff)
    assert client.get("/sv/").status_code == 200
