"""Public report and suggest forms: into the moderation queue, CSRF, honeypot, rate limit, hostile text."""

import pytest
from django.test import Client

from community.models import ChangeRequest, RequestKind, RequestStatus

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> \u202e'


def test_a_report_enters_the_queue(client, organization):
    response = client.post(f"/ar/directory/{organization.slug}/report/",
                           {"message": "رقم الهاتف خاطئ", "email": "a@example.org"})
    assert response.status_code == 200
    report = ChangeRequest.objects.get()
    assert (report.kind, report.status, report.organization) == (RequestKind.REPORT, RequestStatus.PENDING,
                                                                  organization)
    assert report.message == "رقم الهاتف خاطئ" and report.language == "ar"


def test_a_suggestion_enters_the_queue(client, db):
    response = client.post("/sv/directory/suggest/", {"name": "Kvinnors nätverk", "website": "example.org",
                                                       "message": "Träffas i Bäckby."})
    assert response.status_code == 200
    suggestion = ChangeRequest.objects.get(kind=RequestKind.SUGGEST)
    assert suggestion.proposed == {"name": "Kvinnors nätverk", "website": "https://example.org"}
    assert suggestion.organization is None


def test_report_of_an_unknown_or_unpublished_listing_is_404(client, organization):
    assert client.get("/sv/directory/finns-inte/report/").status_code == 404
    organization.is_published = False
    organization.save()
    assert client.post(f"/sv/directory/{organization.slug}/report/", {"message": "x"}).status_code == 404
    assert not ChangeRequest.objects.exists()


def test_forms_need_csrf(organization):
    client = Client(enforce_csrf_checks=True)
    assert client.post(f"/sv/directory/{organization.slug}/report/", {"message": "x"}).status_code == 403
    assert client.post("/sv/directory/suggest/", {"name": "x", "message": "y"}).status_code == 403
    assert not ChangeRequest.objects.exists()


def test_the_honeypot_catches_robots_without_telling_them(client, organization):
    response = client.post(f"/sv/directory/{organization.slug}/report/",
                           {"message": "Köp billigt!", "homepage": "http://spam.example"})
    assert response.status_code == 200
    assert not ChangeRequest.objects.exists()
    html = client.get("/sv/directory/suggest/").content.decode()
    assert 'class="community-hp" aria-hidden="true"' in html and 'name="homepage"' in html


@pytest.mark.parametrize("url", ["/sv/directory/{slug}/report/", "/en/directory/suggest/"])
def test_the_rate_limit_answers_429(client, organization, url):
    url = url.format(slug=organization.slug)
    data = {"name": "Förening", "message": "Hej"}
    statuses = [client.post(url, data).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    assert ChangeRequest.objects.count() == 5
    response = client.post(url, data)
    assert response.status_code == 429 and response["Retry-After"]
    assert "<h1>" in response.content.decode() and 'lang="' + url[1:3] + '"' in response.content.decode()


def test_the_rate_limit_counts_per_client(organization):
    url = f"/sv/directory/{organization.slug}/report/"
    first, second = Client(REMOTE_ADDR="10.0.0.1"), Client(REMOTE_ADDR="10.0.0.2")
    for _ in range(5):
        first.post(url, {"message": "Hej"})
    assert first.post(url, {"message": "Hej"}).status_code == 429
    assert second.post(url, {"message": "Hej"}).status_code == 200


def test_hostile_text_is_stored_as_given_and_shown_escaped(client, admin_client, organization):
    client.post(f"/sv/directory/{organization.slug}/report/", {"message": HOSTILE + "\x00\x07\x1b slut"})
    report = ChangeRequest.objects.get()
    # the text as typed, minus invisible control characters; markup is not altered or stripped
    assert report.message == HOSTILE + " slut"
    html = admin_client.get(f"/admin/community/requests/{report.pk}/").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert '<script>alert("x")' not in html and "<img src=x" not in html


def test_very_long_text_is_refused_and_nothing_is_saved(client, organization):
    response = client.post(f"/sv/directory/{organization.slug}/report/", {"message": "å" * 5001})
    assert response.status_code == 200
    assert response.context["form"].errors["message"]
    assert not ChangeRequest.objects.exists()


def test_errors_are_in_the_language_of_the_page(client, db):
    response = client.post("/sv/directory/suggest/", {"name": "", "message": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["name"]
    assert not ChangeRequest.objects.exists()


def test_an_approved_suggestion_becomes_an_unpublished_listing(client, moderator):
    from community import services
    from directory.models import Organization

    client.post("/sv/directory/suggest/", {"name": "Kvinnors nätverk", "website": "https://example.org",
                                           "message": "Träffas i Bäckby."})
    suggestion = ChangeRequest.objects.get()
    services.approve(suggestion, moderator)
    created = Organization.objects.get(name="Kvinnors nätverk")
    assert not created.is_published and created.website == "https://example.org"
    assert ChangeRequest.objects.get().organization == created
