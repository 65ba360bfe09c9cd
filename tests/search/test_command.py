"""``manage.py search_index rebuild|update|status``."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from search.models import PendingIndexOperation

from ..directory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("search_index", *args, stdout=out)
    return out.getvalue()


def test_rebuild_shows_progress_and_status_counts_per_language(site_engine):
    OrganizationFactory(name="Folkuniversitetet")
    OrganizationFactory(name="Medborgarskolan")
    output = run("rebuild")
    assert "[" + "#" * 30 + "] 26/26" in output and "26 documents indexed." in output
    status = run("status")
    assert "status: ok" in status and "queued changes: 0" in status
    assert "  ar                 2" in status and "  total             26" in status


def test_update_replays_the_queue(site_engine):
    org = OrganizationFactory(name="Sensus")
    PendingIndexOperation.objects.create(source="organization", object_id=str(org.pk))
    output = run("update")
    assert "1 queued changes" in output and "1 written, the index is up to date." in output
    assert len(site_engine.search("sensus", "uk").hits) == 1


def test_update_fails_visibly_while_the_engine_is_down(site_engine, monkeypatch):
    from search.engines.base import EngineUnavailable

    org = OrganizationFactory(name="Bilda")
    PendingIndexOperation.objects.create(source="organization", object_id=str(org.pk))

    def down(*args, **kwargs):
        raise EngineUnavailable("down")

    monkeypatch.setattr(site_engine, "index", down)
    monkeypatch.setattr(site_engine, "delete", down)
    with pytest.raises(CommandError, match="1 still queued"):
        run("update")


def test_demo_step_rebuilds(site_engine):
    from search import demo

    OrganizationFactory(name="ABF")
    out = StringIO()
    assert demo.load(out) == 13
    assert "13 documents" in out.getvalue()
