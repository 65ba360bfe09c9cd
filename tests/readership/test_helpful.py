"""'Was this helpful?': an anonymous yes/no counter on every page and actor, and an optional comment into the
editors' feedback queue."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from community.models import ChangeRequest, RequestKind
from pages.cache import is_cacheable_response
from readership.models import HelpfulVotes
from tests.directory.factories import OrganizationFactory
from tests.reader.factories import health_topic


@pytest.fixture
def article(home):
    return health_topic(home).get_children().first()


def vote(client, kind, pk, answer, code="sv", **headers):
    return client.post(f"/{code}/helpful/", {"kind": kind, "id": pk, "answer": answer},
                       HTTP_SEC_FETCH_SITE="same-origin", **headers)


def test_page_with_the_form_stays_cacheable(client, article):
    response = client.get("/sv/halsa/vardcentralen/")
    assert 'action="/sv/helpful/"' in response.content.decode()
    assert is_cacheable_response(response.wsgi_request, response)


def test_votes_are_counted_per_page_language_and_day(client, article):
    vote(client, "page", article.pk, "yes", "ar")
    vote(client, "page", article.pk, "no", "ar")
    response = vote(client, "page", article.pk, "no", "ar")
    assert response.status_code == 200
    row = HelpfulVotes.objects.get()
    assert (row.day, row.language, row.path, row.title, row.yes, row.no) == (
        timezone.localdate(), "ar", "/ar/alsiha/markaz/", "المركز الصحي", 1, 2)


def test_vote_on_an_actor(client, db):
    organization = OrganizationFactory(name="BVC", slug="bvc")
    vote(client, "actor", organization.pk, "yes", "en")
    assert HelpfulVotes.objects.get().path == "/en/directory/bvc/"


def test_vote_sets_no_cookie_and_offers_a_comment_form(client, article):
    response = vote(client, "page", article.pk, "no")
    assert not response.cookies.get("sessionid")
    html = response.content.decode()
    assert 'action="/sv/helpful/comment/"' in html and "csrfmiddlewaretoken" in html
    assert 'name="answer" value="no"' in html


@pytest.mark.parametrize("headers", [{"HTTP_SEC_FETCH_SITE": "cross-site"},
                                     {"HTTP_SEC_FETCH_SITE": "same-site"},
                                     {"HTTP_ORIGIN": "https://evil.example"},
                                     {"HTTP_ORIGIN": "null"}])
def test_votes_from_another_site_are_refused(article, headers):
    client = Client()
    response = client.post("/sv/helpful/", {"kind": "page", "id": article.pk, "answer": "yes"}, **headers)
    assert response.status_code == 403
    assert not HelpfulVotes.objects.exists()


def test_vote_with_matching_origin_is_counted(client, article):
    client.post("/sv/helpful/", {"kind": "page", "id": article.pk, "answer": "yes"}, HTTP_ORIGIN="http://testserver")
    assert HelpfulVotes.objects.get().yes == 1


@pytest.mark.parametrize("data", [{"kind": "page", "id": "999999", "answer": "yes"},
                                  {"kind": "page", "id": "abc", "answer": "yes"},
                                  {"kind": "user", "id": "1", "answer": "yes"},
                                  {"kind": "page", "id": "1", "answer": "maybe"}, {}])
def test_bad_votes_change_nothing(client, article, data):
    response = client.post("/sv/helpful/", data)
    assert response.status_code == 400
    assert "Ditt svar räknades inte" in response.content.decode()
    assert not HelpfulVotes.objects.exists()


def test_unpublished_page_cannot_be_voted_on(client, article):
    article.unpublish()
    assert vote(client, "page", article.pk, "yes").status_code == 400


def test_votes_are_rate_limited(client, article):
    cache.clear()
    statuses = [vote(client, "page", article.pk, "yes").status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429
    assert HelpfulVotes.objects.get().yes == 30


def test_get_is_not_a_vote(client, article):
    assert client.get("/sv/helpful/").status_code == 405


def test_comment_goes_into_the_feedback_queue(client, article):
    response = client.post("/fa/helpful/comment/", {"kind": "page", "id": article.pk, "answer": "no",
                                                    "message": "متن کوتاه است."})
    assert response.status_code == 200
    feedback = ChangeRequest.objects.get()
    assert feedback.kind == RequestKind.FEEDBACK and feedback.language == "fa"
    assert feedback.proposed["page_id"] == article.pk and feedback.proposed["helpful"] is False
    assert feedback.message == "متن کوتاه است." and feedback.contact_email == ""


def test_comment_on_an_actor_names_it(client, db):
    organization = OrganizationFactory(name="BVC", slug="bvc")
    client.post("/sv/helpful/comment/", {"kind": "actor", "id": organization.pk, "message": "Fel telefonnummer."})
    assert ChangeRequest.objects.get().proposed == {"helpful": None, "title": "BVC", "url": "/sv/directory/bvc/"}


def test_comment_needs_the_csrf_token(article):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/sv/helpful/comment/", {"kind": "page", "id": article.pk, "message": "Hej"})
    assert response.status_code == 403
    assert not ChangeRequest.objects.exists()


def test_empty_comment_is_refused_with_the_form_again(client, article):
    response = client.post("/sv/helpful/comment/", {"kind": "page", "id": article.pk, "message": "  "})
    assert response.status_code == 400
    assert 'name="message"' in response.content.decode()
    assert not ChangeRequest.objects.exists()


def test_comment_caught_by_the_honeypot_is_not_stored(client, article):
    client.post("/sv/helpful/comment/", {"kind": "page", "id": article.pk, "message": "Köp nu", "homepage": "x"})
    assert not ChangeRequest.objects.exists()


def test_moderators_can_open_a_comment_on_an_actor(client, db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    organization = OrganizationFactory(name="BVC", slug="bvc")
    client.post("/sv/helpful/comment/", {"kind": "actor", "id": organization.pk, "message": "Fel adress."})
    moderator = get_user_model().objects.create_user("mod@example.org", "mod@example.org", "pw-long-enough")
    moderator.user_permissions.add(Permission.objects.get(codename="access_admin"),
                                   Permission.objects.get(codename="change_changerequest"))
    staff = Client()
    staff.force_login(moderator)
    response = staff.get(f"/admin/community/requests/{ChangeRequest.objects.get().pk}/")
    assert response.status_code == 200
    assert 'href="/sv/directory/bvc/"' in response.content.decode()
