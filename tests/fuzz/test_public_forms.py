"""Every public form answers any input with a page, never a server error, and writes nothing half."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.community.conftest import OrganizationFactory, UserFactory
from tests.fuzz.strategies import FUZZ, anything, rolled_back

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(db):
    return OrganizationFactory(name="Bäckby Läxhjälp", slug="backby-laxhjalp")


def _post(client, url, data):
    with rolled_back():
        response = client.post(url, data)
    assert response.status_code < 500, (url, data)
    return response


@FUZZ
@given(message=anything, email=anything, homepage=anything)
def test_report_form(client, listing, message, email, homepage):
    _post(client, f"/sv/directory/{listing.slug}/report/", {"message": message, "email": email, "homepage": homepage})


@FUZZ
@given(name=anything, website=anything, message=anything, email=anything)
def test_suggest_form(client, db, name, website, message, email):
    _post(client, "/ar/directory/suggest/", {"name": name, "website": website, "message": message, "email": email})


@FUZZ
@given(email=anything, message=anything)
def test_claim_form(client, listing, email, message):
    _post(client, f"/en/directory/{listing.slug}/claim/", {"email": email, "message": message})


@FUZZ
@given(message=anything, email=anything, page=st.text(alphabet="0123456789", max_size=6))
def test_feedback_form(client, home, message, email, page):
    _post(client, f"/sv/feedback/?page={page}", {"message": message, "email": email, "page": page})


@FUZZ
@given(page=anything)
@example(page="²")
def test_feedback_page_parameter(client, home, page):
    with rolled_back():
        response = client.get("/sv/feedback/", {"page": page})
    assert response.status_code < 500


@FUZZ
@given(username=anything, password=anything)
def test_login_form(client, db, username, password):
    _post(client, "/sv/my/login/", {"username": username, "password": password})


@FUZZ
@given(email=anything)
def test_password_reset_form(client, db, email):
    _post(client, "/fa/my/password/", {"email": email})


@FUZZ
@given(code=anything)
def test_two_factor_code_form(client, db, code):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = UserFactory(username="kod@example.org")
    TOTPDevice.objects.get_or_create(user=user, name="authenticator", confirmed=True)
    with rolled_back():
        client.post("/sv/my/login/", {"username": user.username, "password": "correct horse battery"})
        response = client.post("/sv/my/two-factor/code/", {"code": code})
    assert response.status_code < 500
