"""/<lang>/calendar/: upcoming activities, filtered by a GET form that works without JavaScript."""

import json
import re
from datetime import date, datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from events.models import ActivityStatus, Audience
from tests.events.conftest import ActivityFactory, AreaFactory, LocationFactory

pytestmark = pytest.mark.django_db
WINDOW = "from=2027-01-01&to=2027-02-28"


def _html(client, query="", lang="sv", status=200):
    response = client.get(f"/{lang}/calendar/?{query}")
    assert response.status_code == status
    return response.content.decode()


def _jsonld(html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_lists_activities_in_the_window_only(client):
    ActivityFactory(title_sv="Språkcafé", start_date=date(2027, 1, 12))
    ActivityFactory(title_sv="Långt bort", start_date=date(2027, 6, 1))
    html = _html(client, WINDOW)
    assert "Språkcafé" in html and "Långt bort" not in html


def test_the_form_is_a_get_form_with_every_filter(client):
    html = _html(client)
    assert re.search(r'<form[^>]*method="get"', html)
    for name in ("from", "to", "focus", "language", "area", "audience"):
        assert f'name="{name}"' in html


def test_repeating_activity_appears_on_each_date(client):
    ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=3")
    html = _html(client, WINDOW)
    assert html.count("Läxhjälp</a>") == 3


def test_filter_by_focus_area(client):
    ActivityFactory(title_sv="Föräldraträff", focus_area="parenting")
    ActivityFactory(title_sv="Jobbcafé", focus_area="work")
    html = _html(client, WINDOW + "&focus=parenting")
    assert "Föräldraträff" in html and "Jobbcafé" not in html


def test_filter_by_language_spoken(client):
    ActivityFactory(title_sv="På somaliska", spoken=["so"])
    ActivityFactory(title_sv="På arabiska", spoken=["ar"])
    html = _html(client, WINDOW + "&language=so")
    assert "På somaliska" in html and "På arabiska" not in html


def test_filter_by_area_of_town(client):
    ActivityFactory(title_sv="I Bäckby", location=LocationFactory(area=AreaFactory(slug="backby")))
    ActivityFactory(title_sv="I Skiljebo", location=LocationFactory(area=AreaFactory(slug="skiljebo",
                                                                                     name="Skiljebo")))
    html = _html(client, WINDOW + "&area=backby")
    assert "I Bäckby" in html and "I Skiljebo" not in html


def test_filter_by_audience(client):
    ActivityFactory(title_sv="Kvinnogrupp", audience=Audience.WOMEN)
    ActivityFactory(title_sv="Seniorträff", audience=Audience.SENIORS)
    html = _html(client, WINDOW + "&audience=women")
    assert "Kvinnogrupp" in html and "Seniorträff" not in html


def test_unpublished_activities_are_not_shown(client):
    ActivityFactory(title_sv="Förslag", is_published=False)
    assert "Förslag" not in _html(client, WINDOW)


@pytest.mark.parametrize("query", ["from=yesterday", "from=2027-02-01&to=2027-01-01", "from=2027-01-01&to=2029-01-01",
                                   "focus=nothing", "page=-3"])
def test_bad_filters_get_an_error_in_the_readers_language_and_no_500(client, query):
    html = _html(client, query, lang="en", status=400)
    assert 'role="alert"' in html


def test_jsonld_describes_each_occurrence_as_an_event(client, place):
    ActivityFactory(title_sv="Språkcafé", location=place, organizer=place.organization, spoken=["so"], price=0)
    events = _jsonld(_html(client, WINDOW))
    assert len(events) == 1
    event = events[0]
    assert event["@type"] == "Event" and event["name"] == "Språkcafé"
    assert event["startDate"] == "2027-01-12T17:00:00+01:00"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["location"]["address"]["streetAddress"] == "Storgatan 1"
    assert event["organizer"]["name"] == place.organization.name
    assert event["inLanguage"] == ["so"] and event["isAccessibleForFree"] is True


def test_cancelled_activity_is_shown_as_cancelled(client):
    ActivityFactory(title_sv="Inställt", status=ActivityStatus.CANCELLED)
    html = _html(client, WINDOW)
    assert "Inställt" in html and "Inställd" in html or "Cancelled" in html or "is-cancelled" in html
    assert _jsonld(html)[0]["eventStatus"] == "https://schema.org/EventCancelled"


def test_one_cancelled_date_of_a_series(client):
    ActivityFactory(title_sv="Läxhjälp", start_date=date(2027, 1, 5), recurrence="FREQ=WEEKLY;COUNT=3",
                    cancelled_dates="2027-01-12")
    statuses = [e["eventStatus"].rsplit("/", 1)[1] for e in _jsonld(_html(client, WINDOW))]
    assert statuses == ["EventScheduled", "EventCancelled", "EventScheduled"]


def test_moved_activity_shows_the_new_date_and_the_old_one(client):
    before = datetime(2027, 1, 10, 17, tzinfo=ZoneInfo("Europe/Stockholm"))
    ActivityFactory(title_sv="Flyttad", start_date=date(2027, 1, 14), status=ActivityStatus.MOVED,
                    previous_start=before)
    html = _html(client, WINDOW)
    event = _jsonld(html)[0]
    assert event["eventStatus"] == "https://schema.org/EventRescheduled"
    assert event["startDate"].startswith("2027-01-14T17:00")
    assert event["previousStartDate"].startswith("2027-01-10T")
    assert "10 januari" in html  # the old date, in Swedish


def test_calendar_exists_in_every_language_with_rtl_direction(client):
    ActivityFactory(title_sv="Språkcafé", title_ar="مقهى اللغة")
    html = _html(client, WINDOW, lang="ar")
    assert '<html lang="ar" dir="rtl">' in html and "مقهى اللغة" in html
    assert "Språkcafé" in _html(client, WINDOW, lang="so")  # the Swedish text as fallback


def test_times_are_stockholm_time(client):
    ActivityFactory(title_sv="Sommar", start_date=date(2027, 6, 1), start_time=time(17))
    assert _jsonld(_html(client, "from=2027-05-30&to=2027-06-02"))[0]["startDate"] == "2027-06-01T17:00:00+02:00"


@pytest.mark.parametrize("value", ["", "x&y", "ar", "missing"])
def test_the_filter_selects_are_djangos_html(value):
    from django import forms

    from events.forms import Select

    choices = [("", "Alla"), ("x&y", 'X <b> & "y"'), ("ar", "العربية"), ("sv-x-simple", "Lättläst")]

    class Form(forms.Form):
        plain = forms.ChoiceField(choices=choices, required=False)
        fast = forms.ChoiceField(choices=choices, required=False, widget=Select(attrs={"class": "a<b", "data-x": True}))
        slow = forms.ChoiceField(choices=choices, required=False, widget=forms.Select(attrs={"class": "a<b", "data-x": True}))

    form = Form({"plain": value, "fast": value, "slow": value})
    assert str(form["fast"]).replace("fast", "x") == str(form["slow"]).replace("slow", "x")
    assert str(form["fast"]).count("selected") == (value in dict(choices))
    assert Select().render("plain", value) == forms.Select().render("plain", value)


@pytest.mark.parametrize("lang", ["sv", "en", "ar", "fa", "ru", "ti"])
def test_times_read_as_the_date_filters_write_them(lang):
    from django.template import engines
    from django.utils import translation

    from events import presentation

    template = engines["django"].from_string(
        '{{ s|date:"c" }}|{{ s|date:"l j F" }}|{{ s|time:"H:i" }}|{{ e|date:"c" }}|{{ e|time:"H:i" }}')
    stockholm, utc = ZoneInfo("Europe/Stockholm"), ZoneInfo("UTC")
    cases = [(datetime(2027, 1, 12, 17, tzinfo=stockholm), datetime(2027, 1, 12, 19, tzinfo=stockholm)),
             (datetime(2027, 6, 1, 9, 5, tzinfo=stockholm), None),
             (datetime(2027, 10, 31, 2, 30, tzinfo=stockholm), datetime(2027, 11, 1, 0, 0, tzinfo=stockholm)),
             (datetime(2027, 10, 31, 2, 30, fold=1, tzinfo=stockholm), datetime(2027, 12, 31, 23, 59, tzinfo=utc))]
    with translation.override(lang):
        for start, end in cases:
            times = presentation.times(start, end)
            written = "|".join(times[k] for k in ("start", "day", "start_time", "end", "end_time"))
            assert written == template.render({"s": start, "e": end})


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_headings_descend_one_level_at_a_time(client, lang):
    """Each activity is an h3 under the list's h2 (screen readers navigate by headings; Lighthouse's
    heading-order)."""
    ActivityFactory(title_sv="Språkcafé", title_ar="مقهى اللغة", start_date=date(2027, 1, 12))
    levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", _html(client, WINDOW, lang))]
    assert levels[:3] == [1, 2, 3]
    assert all(later <= earlier + 1 for earlier, later in pairwise(levels))
