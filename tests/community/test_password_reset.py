"""A member who forgot the password gets a single-use link by e-mail; the form is rate-limited."""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Svartån-flyter-2026"


def test_reset_by_email_link(client, member):
    response = client.post("/en/my/password/", {"email": member.email})
    assert response.status_code == 302 and response["Location"] == "/en/my/password/sent/"
    link = re.search(r"https?://[^/]+(/en/my/password/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]  # Django swaps the token for a session marker
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    assert client.get(link).context["validlink"] is False  # used once


def test_unknown_addresses_are_not_revealed(client, db):
    response = client.post("/en/my/password/", {"email": "nobody@example.org"})
    assert response.status_code == 302 and not mail.outbox


def test_the_reset_form_is_rate_limited(client, db):
    statuses = [client.post("/sv/my/password/", {"email": "x@example.org"}).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]
