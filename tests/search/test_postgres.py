"""The PostgreSQL engine as the site's engine (SEARCH_BACKEND=postgres): rebuild, status, /healthz,
indexing on save. Runs when the database is PostgreSQL; on SQLite the engine refuses to start."""

from io import StringIO

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection

from search.backends import get_engine, language_analysis

from ..directory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
POSTGRES = {"default": {"ENGINE": "search.engines.postgres.PostgresEngine", "OPTIONS": {"using": "default"}}}
needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason=f"the database is {connection.vendor}, not PostgreSQL: set DATABASE_URL=postgres://… to run these")


@pytest.fixture
def postgres_site(settings):
    settings.SEARCH_BACKENDS = POSTGRES
    return get_engine()


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the database is PostgreSQL")
def test_the_engine_refuses_a_database_that_is_not_postgresql():
    from search.engines.postgres import PostgresEngine

    with pytest.raises(ImproperlyConfigured, match="needs a PostgreSQL database"):
        PostgresEngine(language_analysis())


@needs_postgres
def test_rebuild_and_status(postgres_site):
    OrganizationFactory(name="Folkuniversitetet")
    OrganizationFactory(name="Medborgarskolan")
    out = StringIO()
    call_command("search_index", "rebuild", stdout=out)
    assert "Rebuilding the postgres search index" in out.getvalue() and "26 documents indexed." in out.getvalue()
    out = StringIO()
    call_command("search_index", "status", stdout=out)
    status = out.getvalue()
    assert "engine: postgres" in status and "status: ok" in status
    assert "  ar                 2" in status and "  total             26" in status


@needs_postgres
def test_saving_an_organization_indexes_it(postgres_site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        org = OrganizationFactory(name="Hjärtpunkt Skiljebo", description="Mötesplats för alla.")
    assert [h.object_id for h in postgres_site.search("hjartpunkt", "sv").hits] == [str(org.pk)]
    assert [h.object_id for h in postgres_site.search("Hjärtpunkt", "ti").hits] == [str(org.pk)]


@needs_postgres
def test_healthz_reports_the_postgres_engine(client, postgres_site):
    from .conftest import make_doc

    postgres_site.index([make_doc("Bostad", "sv"), make_doc("السكن", "ar")])
    search = client.get("/healthz").json()["search"]
    assert search["engine"] == "postgres" and search["status"] == "ok"
    assert search["documents"] == 2 and search["languages"]["ar"] == 1


@needs_postgres
def test_the_search_page_answers_from_postgres(client, postgres_site):
    from .conftest import make_actor

    postgres_site.index([make_actor("Försäkringskassan", "sv", "Föräldrapenning.", object_id=1,
                                    url="/sv/directory/forsakringskassan/")])
    body = client.get("/sv/search/", {"q": "forsakringskasan"}).content.decode()
    assert "<mark>Försäkringskassan</mark>" in body
    assert 'href="?q=f%C3%B6rs%C3%A4kringskassan">försäkringskassan</a>' in body
