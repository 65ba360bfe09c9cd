"""The index follows publish, unpublish, save and delete; writes while the engine is down are queued."""

import pytest

from pages.models import TopicPage
from search.engines.base import EngineUnavailable
from search.indexing import rebuild, replay_pending
from search.models import PendingIndexOperation

from ..directory.factories import OrganizationFactory
from ..pages.conftest import make_page

pytestmark = pytest.mark.django_db


def found(engine, query, language="sv"):
    return [h.object_id for h in engine.search(query, language).hits]


def test_publishing_and_unpublishing_a_page(site_engine, home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = make_page(home, TopicPage, focus_area="work", title={"sv": "Arbete", "ar": "العمل"},
                         slug={"sv": "arbete"}, intro={"sv": "Om att söka jobb.", "ar": "البحث عن عمل."})
    assert found(site_engine, "jobb") == [str(page.pk)]
    assert found(site_engine, "العمل", "ar") == [str(page.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert found(site_engine, "jobb") == []


def test_deleting_a_page(site_engine, home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = make_page(home, TopicPage, focus_area="work", title={"sv": "Arbete"}, slug={"sv": "arbete"},
                         intro={"sv": "Om att söka jobb."})
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert found(site_engine, "jobb") == []
    assert site_engine.counts()["sv"] == 0


def test_saving_and_deleting_an_organization(site_engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        org = OrganizationFactory(name="Hjärtpunkt Skiljebo", description="Mötesplats.")
    assert found(site_engine, "hjartpunkt") == [str(org.pk)]
    assert found(site_engine, "Hjärtpunkt", "so") == [str(org.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        org.description = "Träffpunkt för alla."
        org.save()
    assert found(site_engine, "träffpunkt") == [str(org.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        org.is_published = False
        org.save()
    assert found(site_engine, "hjartpunkt") == []
    with django_capture_on_commit_callbacks(execute=True):
        org.is_published = True
        org.save()
        org.delete()
    assert found(site_engine, "hjartpunkt") == []


def test_nothing_is_written_before_the_transaction_commits(site_engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        OrganizationFactory(name="Hjärtpunkt Skiljebo")
    assert callbacks and found(site_engine, "hjartpunkt") == []


def _break(engine, monkeypatch):
    def down(*args, **kwargs):
        raise EngineUnavailable("index unavailable")

    monkeypatch.setattr(engine, "index", down)
    monkeypatch.setattr(engine, "delete", down)


def test_writes_are_queued_while_the_engine_is_down_and_replayed(
        site_engine, monkeypatch, client, django_capture_on_commit_callbacks):
    _break(site_engine, monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        first = OrganizationFactory(name="Bäckbykyrkan")
        OrganizationFactory(name="Mikaelikyrkan")
        first.description = "Kyrka i Bäckby."
        first.save()
    assert PendingIndexOperation.objects.count() == 2  # one entry per object, however often it changed
    health = client.get("/healthz").json()["search"]
    assert health["pending"] == 2 and health["status"] == "catching up"

    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        OrganizationFactory(name="Tomaskyrkan")  # the next successful write replays the queue
    assert PendingIndexOperation.objects.count() == 0
    assert len(site_engine.search("bäckbykyrkan", "sv").hits) == 1
    assert len(site_engine.search("mikaelikyrkan", "ar").hits) == 1


def test_replay_stops_while_still_down(site_engine, monkeypatch):
    org = OrganizationFactory(name="Stadsmissionen")
    PendingIndexOperation.objects.create(source="organization", object_id=str(org.pk))
    _break(site_engine, monkeypatch)
    assert replay_pending(site_engine) == 0
    op = PendingIndexOperation.objects.get()
    assert op.attempts == 1 and "unavailable" in op.last_error
    monkeypatch.undo()
    assert replay_pending(site_engine) == 1
    assert found(site_engine, "stadsmissionen") == [str(org.pk)]


def test_rebuild_indexes_everything_and_empties_the_queue(site_engine, home):
    OrganizationFactory(name="Röda Korset")
    make_page(home, TopicPage, focus_area="health", title={"sv": "Hälsa"}, slug={"sv": "halsa"},
              intro={"sv": "Vård och vaccination."})
    PendingIndexOperation.objects.create(source="organization", object_id="999999")
    site_engine.index([])
    count = rebuild(site_engine)
    assert count == 2 * 13
    assert PendingIndexOperation.objects.count() == 0
    assert len(site_engine.search("röda korset", "ti").hits) == 1
    assert len(site_engine.search("vaccination", "sv").hits) == 1


def test_healthz_reports_search_counts(client, site_engine):
    from .conftest import make_doc

    site_engine.index([make_doc("Bostad", "sv"), make_doc("السكن", "ar")])
    search = client.get("/healthz").json()["search"]
    assert search["status"] == "ok" and search["engine"] == "embedded"
    assert search["documents"] == 2 and search["languages"]["ar"] == 1 and search["pending"] == 0
