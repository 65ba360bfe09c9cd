"""The two meeting places of the kartläggning link to their pages when those exist."""

import pytest

from directory import demo
from directory.models import Organization

pytestmark = pytest.mark.django_db


def test_links_meeting_place_pages(home):
    from pages.models import MeetingPlacePage

    page = home.add_child(instance=MeetingPlacePage(title="Bäckbyhuset", slug="backbyhuset"))
    demo.load()
    assert Organization.objects.get(name="Bäckbyhuset").meeting_place_page_id == page.pk
    assert Organization.objects.get(name="Hjärtpunkt Skiljebo").meeting_place_page is None


def test_without_pages_no_link(db):
    demo.load()
    assert not Organization.objects.filter(meeting_place_page__isnull=False).exists()
