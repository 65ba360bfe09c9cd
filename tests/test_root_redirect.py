"""``/`` chooses the language: cookie, then Accept-Language, then Swedish."""

from django.conf import settings


def test_root_defaults_to_swedish(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/sv/"


def test_root_follows_accept_language(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.8")
    assert response["Location"] == "/ar/"


def test_root_picks_the_first_supported_accept_language(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9,tr;q=0.8")
    assert response["Location"] == "/tr/"


def test_cookie_wins_over_accept_language(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ti"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response["Location"] == "/ti/"


def test_unknown_cookie_value_is_ignored(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "<script>"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk")
    assert response["Location"] == "/uk/"
