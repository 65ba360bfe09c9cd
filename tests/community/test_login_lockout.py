"""Members sign in under /<lang>/my/; repeated wrong passwords lock the account out (django-axes)."""

import pytest

pytestmark = pytest.mark.django_db


def test_sign_in_and_out(client, member):
    response = client.post("/en/my/login/", {"username": member.username, "password": "correct horse battery"})
    assert response.status_code == 302 and response["Location"] == "/en/my/"
    assert client.get("/en/my/").status_code == 200
    assert client.post("/en/my/logout/").status_code == 302
    assert client.get("/en/my/")["Location"].startswith("/en/my/login/")


def test_repeated_failed_logins_are_locked_out(client, member):
    for _ in range(5):
        response = client.post("/sv/my/login/", {"username": member.username, "password": "wrong"})
    # the right password no longer helps once the account is locked
    response = client.post("/sv/my/login/", {"username": member.username, "password": "correct horse battery"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert 'lang="sv"' in response.content.decode() and "<h1>" in response.content.decode()


def test_the_login_page_is_translated(client, db):
    response = client.get("/ar/my/login/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()
