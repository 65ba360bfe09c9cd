"""News by e-mail: double opt-in, one-click unsubscribe (RFC 8058), the weekly digest, sent over real SMTP."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from subscriptions import services
from subscriptions.models import Subscription
from tests.events.conftest import ActivityFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _link(message, pattern):
    text = message.get_body(("plain",)).get_content()
    return re.search(rf"http://testserver(/\S*/{pattern}/\S+/)", text).group(1)


def _subscribe(client, smtp, lang="sv", topic=""):
    response = client.post(f"/{lang}/subscribe/", {"email": "Reader@Example.org", "topic": topic})
    assert response.status_code == 200
    return smtp.messages[-1]


def test_subscribing_sends_only_a_confirmation(client, smtp):
    message = _subscribe(client, smtp)
    assert message["To"] == "reader@example.org"
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is None and subscription.language == "sv"
    assert "/sv/subscribe/confirm/" in message.get_body(("plain",)).get_content()


def test_confirmation_needs_a_press_of_the_button(client, smtp):
    path = _link(_subscribe(client, smtp), "confirm")
    assert client.get(path).status_code == 200
    assert Subscription.objects.get().confirmed_at is None  # a link checker that only opens it confirms nothing
    assert client.post(path).status_code == 200
    assert Subscription.objects.get().confirmed_at is not None


def test_a_forged_or_expired_confirmation_is_refused(client, smtp, monkeypatch):
    path = _link(_subscribe(client, smtp), "confirm")
    assert client.post(path[:-3] + "xx/").status_code == 410
    later = timezone.now() + timedelta(days=services.CONFIRM_DAYS + 1)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    assert client.post(path).status_code == 410
    assert Subscription.objects.get().confirmed_at is None


def _confirmed(language="sv", topic=""):
    return Subscription.objects.create(email="reader@example.org", language=language, topic=topic,
                                       confirmed_at=timezone.now())


def test_digest_has_text_and_rtl_html_parts_in_the_subscribers_language(smtp):
    ActivityFactory(title_sv="Språkcafé", title_ar="مقهى اللغة", start_date=timezone.localdate() + timedelta(days=2))
    _confirmed(language="ar")
    call_command("send_digest")
    message = smtp.messages[-1]
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert '<html lang="ar" dir="rtl">' in html and "مقهى اللغة" in html and "مقهى اللغة" in text
    assert message["Content-Language"] == "ar"
    assert "<img" not in html  # no tracking pixel, no images at all
    assert re.findall(r'(?:src|href)="(https?://[^/"]+)', html) == ["http://testserver"] * len(
        re.findall(r'(?:src|href)="https?://', html))  # every link goes to the site itself


def test_digest_has_one_click_unsubscribe_headers(smtp):
    ActivityFactory(start_date=timezone.localdate() + timedelta(days=2))
    _confirmed()
    services.send_digest()
    message = smtp.messages[-1]
    assert re.fullmatch(r"<http://testserver/sv/subscribe/unsubscribe/\S+/>", message["List-Unsubscribe"].strip())
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_one_click_unsubscribe_deletes_the_record(client, smtp):
    ActivityFactory(start_date=timezone.localdate() + timedelta(days=2))
    _confirmed()
    services.send_digest()
    url = smtp.messages[-1]["List-Unsubscribe"].strip().strip("<>").replace("http://testserver", "")
    client.handler.enforce_csrf_checks = True  # a mail program's POST carries no CSRF token
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_every_mail_links_to_deleting_the_subscription(client, smtp):
    message = _subscribe(client, smtp)
    path = _link(message, "unsubscribe")
    assert client.post(path).status_code == 200
    assert not Subscription.objects.exists()


def test_digest_only_to_confirmed_subscribers_and_only_their_topic(smtp):
    ActivityFactory(title_sv="Föräldraträff", focus_area="parenting", start_date=timezone.localdate() + timedelta(days=1))
    ActivityFactory(title_sv="Jobbcafé", focus_area="work", start_date=timezone.localdate() + timedelta(days=1))
    _confirmed(topic="work")
    Subscription.objects.create(email="unconfirmed@example.org", language="sv")
    assert services.send_digest() == 1
    text = smtp.messages[-1].get_body(("plain",)).get_content()
    assert "Jobbcafé" in text and "Föräldraträff" not in text
    assert smtp.messages[-1]["To"] == "reader@example.org"


def test_bad_address_gets_a_clear_error_and_nothing_is_stored(client, smtp):
    response = client.post("/en/subscribe/", {"email": "not an address"})
    assert response.status_code == 400
    assert not Subscription.objects.exists() and not smtp.messages
