"""Alerts: a banner on every page in every language, on time even on cached pages, marked when machine-made."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from alerts.banner import alerts_changed
from alerts.models import Alert
from translations.models import FieldTranslationState, Status

pytestmark = pytest.mark.django_db
NOON = datetime(2027, 1, 12, 12, tzinfo=ZoneInfo("Europe/Stockholm"))


class Clock:
    def __init__(self, monkeypatch, now):
        self.now = now
        monkeypatch.setattr(timezone, "now", lambda: self.now)

    def advance(self, **kwargs):
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, NOON)


def _alert(**kwargs):
    values = {"message_sv": "Mötesplatsen är stängd i dag.", "starts_at": NOON + timedelta(hours=1),
              "ends_at": NOON + timedelta(hours=3)}
    values.update(kwargs)
    return Alert.objects.create(message=values["message_sv"], **values)


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_alert_appears_and_disappears_on_time_on_a_cached_page(client, home, clock):
    from kernel import cache as page_cache

    _alert()
    assert "stängd" not in _html(client, "/sv/")  # not yet; the page is now in the cache
    key = page_cache.key("page", "sv", "testserver", "/sv/")
    assert page_cache.cache.get(key) is not None
    clock.advance(hours=1, minutes=1)
    html = _html(client, "/sv/")
    assert "stängd" in html and 'role="alert"' in html
    assert page_cache.cache.get(key) is not None  # served from the same cached page
    clock.advance(hours=2)
    assert "stängd" not in _html(client, "/sv/")


def test_alert_is_on_every_kind_of_page_and_in_every_language(client, home, clock):
    _alert(starts_at=NOON - timedelta(hours=1), message_ar="مكان اللقاء مغلق اليوم.")
    assert "مكان اللقاء مغلق اليوم." in _html(client, "/ar/")
    english = _html(client, "/en/calendar/")
    assert "Mötesplatsen är stängd i dag." in english and 'lang="sv" dir="ltr"' in english  # fallback marked
    assert "stängd" in _html(client, "/sv/directory/")


def test_machine_translation_is_marked(client, home, clock):
    alert = _alert(starts_at=NOON - timedelta(hours=1), message_so="Xarunta way xiran tahay maanta.",
                   message_en="The meeting place is closed today.")
    # a translation saved without review is recorded as a machine translation (translations app)
    assert FieldTranslationState.objects.get(object_id=alert.pk, field="message", language="so").status == Status.MACHINE
    FieldTranslationState.objects.filter(object_id=alert.pk, field="message", language="en").update(status=Status.REVIEWED)
    alerts_changed()

    def banner(code):
        return _html(client, f"/{code}/").split("site-alerts", 1)[1].split("</section>", 1)[0]

    assert "Xarunta way xiran tahay maanta." in banner("so") and 'class="meta"' in banner("so")
    assert "The meeting place is closed today." in banner("en") and 'class="meta"' not in banner("en")


def test_alert_for_one_meeting_place_only_there(client, meeting_place, clock):
    _alert(starts_at=NOON - timedelta(hours=1), page=meeting_place)
    assert "stängd" in _html(client, "/sv/backbyhuset/")
    assert "stängd" not in _html(client, "/sv/")


def test_a_changed_alert_shows_at_once(client, home, clock):
    alert = _alert(starts_at=NOON - timedelta(hours=1))
    assert "stängd" in _html(client, "/sv/")
    alert.message_sv = "Nu öppet igen."
    alert.save()
    html = _html(client, "/sv/")
    assert "Nu öppet igen." in html and "stängd" not in html


def test_end_before_start_does_not_validate():
    from django.core.exceptions import ValidationError

    alert = Alert(message="x", starts_at=NOON, ends_at=NOON - timedelta(minutes=1))
    with pytest.raises(ValidationError):
        alert.full_clean()
