"""Feedback to the editors: linked from every page's footer, about that page, into the moderation queue."""

import pytest
from django.test import Client
from django.urls import reverse

from community import services
from community.models import ChangeRequest, RequestKind, RequestStatus


def test_every_page_links_to_feedback_about_itself(client, article):
    html = client.get(article.get_url()).content.decode()
    assert f'href="/sv/feedback/?page={article.pk}"' in html
    assert 'href="/sv/feedback/"' in client.get("/sv/directory/").content.decode()  # not a CMS page


def test_feedback_about_a_page_enters_the_queue(client, article):
    form = client.get(f"/fa/feedback/?page={article.pk}").content.decode()
    assert '<html lang="fa" dir="rtl"' in form and "اجاره آپارتمان" in form
    assert f'name="page" value="{article.pk}"' in form

    response = client.post("/fa/feedback/", {"page": article.pk, "message": "این متن قدیمی است.", "email": ""})

    assert response.status_code == 200
    assert "/fa/bostad/ejare/" in response.content.decode()  # back to the page
    feedback = ChangeRequest.objects.get()
    assert (feedback.kind, feedback.status, feedback.language) == (RequestKind.FEEDBACK, RequestStatus.PENDING, "fa")
    assert feedback.proposed == {"page_id": article.pk, "title": "اجاره آپارتمان", "url": "/fa/bostad/ejare/"}
    assert feedback.message == "این متن قدیمی است."


@pytest.mark.parametrize("page", ["", "abc", "999999", "-1"])
def test_feedback_without_a_known_page_is_about_the_site(client, db, page):
    response = client.post(f"/sv/feedback/?page={page}", {"message": "Bra sida!"})
    assert response.status_code == 200
    assert ChangeRequest.objects.get().proposed == {}


def test_feedback_about_an_unpublished_page_does_not_reveal_it(client, article):
    article.unpublish()
    html = client.get(f"/sv/feedback/?page={article.pk}").content.decode()
    assert "Hyra lägenhet" not in html
    client.post("/sv/feedback/", {"page": article.pk, "message": "Hej"})
    assert ChangeRequest.objects.get().proposed == {}


def test_bad_input_is_explained_in_the_reader_s_language_and_nothing_is_stored(client, db):
    response = client.post("/ar/feedback/", {"message": "   ", "email": "not-an-address"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist' in html and 'lang="ar"' in html
    assert not ChangeRequest.objects.exists()


def test_feedback_needs_csrf_and_is_rate_limited(db):
    assert Client(enforce_csrf_checks=True).post("/sv/feedback/", {"message": "x"}).status_code == 403
    client = Client()
    statuses = [client.post("/sv/feedback/", {"message": "Hej"}).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    assert ChangeRequest.objects.count() == 5


def test_moderators_see_and_close_feedback(admin_client, admin_user, article):
    feedback = services.create_feedback(article, url=article.get_url(), message="Fel telefonnummer.", email="",
                                        language="sv")
    queue = admin_client.get(reverse("community_admin:queue")).content.decode()
    assert "Hyra lägenhet" in queue
    review = admin_client.get(reverse("community_admin:review", args=[feedback.pk])).content.decode()
    assert 'href="/sv/bostad/hyra-lagenhet/"' in review
    assert reverse("wagtailadmin_pages:edit", args=[article.pk]) in review

    services.approve(feedback, admin_user, message="Rättat.")

    feedback.refresh_from_db()
    assert feedback.status == RequestStatus.APPROVED and feedback.review_message == "Rättat."
