"""Subscribing (double opt-in), confirming, unsubscribing with one click, and the weekly digest.

Links carry signed tokens, so nothing secret is stored: a confirmation link expires after
``CONFIRM_DAYS``; the unsubscribe link of a mail works until the subscription is gone, and using it
deletes the whole record (the address is not kept).
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events import calendar
from kernel import languages
from kernel.focus_areas import FocusArea
from news.models import published_news
from subscriptions.models import Subscription

CONFIRM_DAYS = 7
CONFIRM_SALT = "subscriptions.confirm"
UNSUBSCRIBE_SALT = "subscriptions.unsubscribe"
DIGEST_DAYS = 7


class InvalidToken(Exception):
    pass


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def token(subscription: Subscription, salt: str) -> str:
    return signing.dumps({"id": subscription.pk, "email": subscription.email}, salt=salt, compress=True)


def _find(value: str, salt: str, max_age=None) -> Subscription:
    try:
        data = signing.loads(value, salt=salt, max_age=max_age)
    except signing.BadSignature as error:  # includes SignatureExpired
        raise InvalidToken from error
    found = Subscription.objects.filter(pk=data.get("id"), email=data.get("email")).first()
    if found is None:
        raise InvalidToken
    return found


def _link(name: str, subscription: Subscription, salt: str) -> str:
    with translation.override(subscription.language):
        return _absolute(reverse(name, kwargs={"token": token(subscription, salt)}))


def _send(subscription: Subscription, subject: str, template: str, context: dict, connection=None) -> None:
    """Every mail has a text and an HTML part in the subscriber's language and a link that deletes
    the subscription (also as RFC 8058 one-click unsubscribe headers); no images, nothing tracked."""
    code = subscription.language
    lang = languages.BY_CODE[code]
    with translation.override(code):
        context = {**context, "subscription": subscription, "language": lang,
                   "topic": FocusArea(subscription.topic).label if subscription.topic else ""}
        link = _link("subscriptions:unsubscribe", subscription, UNSUBSCRIBE_SALT)
        context["unsubscribe_url"] = link
        headers = {"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
        text = render_to_string(f"subscriptions/email/{template}.txt", context)
        html = render_to_string(f"subscriptions/email/{template}.html", context)
        message = EmailMultiAlternatives(subject, text, None, [subscription.email], headers=headers,
                                         connection=connection)
        message.attach_alternative(html, "text/html")
        message.extra_headers["Content-Language"] = code
        message.send()


@transaction.atomic
def subscribe(email: str, language: str, topic: str = "") -> Subscription:
    """Record the request and mail a confirmation link; nothing is sent to the address until confirmed."""
    subscription, _created = Subscription.objects.get_or_create(
        email=email.strip().lower(), language=language, topic=topic)
    if subscription.confirmed_at is None:
        link = _link("subscriptions:confirm", subscription, CONFIRM_SALT)
        transaction.on_commit(lambda: _send_confirmation(subscription, link))
    return subscription


def _send_confirmation(subscription: Subscription, link: str) -> None:
    with translation.override(subscription.language):
        subject = _("Confirm your subscription to New in Västerås")
    _send(subscription, subject, "confirm", {"confirm_url": link, "days": CONFIRM_DAYS})


def confirm(value: str) -> Subscription:
    subscription = _find(value, CONFIRM_SALT, max_age=timedelta(days=CONFIRM_DAYS))
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return subscription


def unsubscribe(value: str) -> None:
    """Delete the subscription the token names: the address is not kept."""
    _find(value, UNSUBSCRIBE_SALT).delete()


def check_unsubscribe(value: str) -> Subscription:
    return _find(value, UNSUBSCRIBE_SALT)


# --- the weekly digest -----------------------------------------------------------------------------

def digest_content(subscription: Subscription, now) -> dict:
    since = subscription.last_sent_at or now - timedelta(days=DIGEST_DAYS)
    code = subscription.language
    news = [(item, item.text_in(code)) for item in published_news(subscription.topic)
            .filter(last_published_at__gt=since)[:20]]
    filters = {"focus": subscription.topic} if subscription.topic else {}
    with translation.override(code):
        occurrences = calendar.upcoming(today=timezone.localdate(now), days=DIGEST_DAYS, limit=30, **filters)
    return {"news": news, "occurrences": occurrences}


def send_digest(now=None) -> int:
    """Mail each confirmed subscriber what is new and coming in their topic; returns mails sent."""
    now = now or timezone.now()
    sent = 0
    with get_connection() as connection:
        for subscription in Subscription.objects.exclude(confirmed_at=None).order_by("pk"):
            content = digest_content(subscription, now)
            if not content["news"] and not content["occurrences"]:
                continue
            with translation.override(subscription.language):
                site = _absolute(f"/{subscription.language}/")
                news = [{"title": text.title, "intro": text.intro, "url": _absolute(item.get_url()),
                         "language": text.language} for item, text in content["news"]]
                activities = [{"title": o.activity.title, "start": o.start, "cancelled": o.cancelled,
                               "url": _absolute(reverse("events:detail", kwargs={"pk": o.activity.pk}))}
                              for o in content["occurrences"]]
                subject = _("This week in New in Västerås")
            _send(subscription, subject, "digest", {"news": news, "activities": activities, "site": site},
                  connection=connection)
            subscription.last_sent_at = now
            subscription.save(update_fields=["last_sent_at"])
            sent += 1
    return sent
