"""/healthz reports a database without the project's schema as down, and never creates one."""

import sqlite3

import pytest
from django.db.backends.sqlite3.base import DatabaseWrapper

from portal import views


def sqlite_connection(path):
    return DatabaseWrapper({
        "NAME": str(path), "ENGINE": "django.db.backends.sqlite3", "OPTIONS": {}, "TIME_ZONE": None,
        "CONN_MAX_AGE": 0, "CONN_HEALTH_CHECKS": False, "AUTOCOMMIT": True, "ATOMIC_REQUESTS": False,
        "TEST": {},
    })


@pytest.fixture
def swap_connection(monkeypatch):
    opened = []

    def swap(path):
        conn = sqlite_connection(path)
        opened.append(conn)
        monkeypatch.setattr(views, "connection", conn)

    yield swap
    for conn in opened:
        conn.close()


def test_healthz_503_when_the_sqlite_file_was_moved_away(client, db, tmp_path, swap_connection):
    missing = tmp_path / "db.sqlite3"
    swap_connection(missing)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"]["status"] == "down"
    assert not missing.exists()


def test_healthz_503_on_an_empty_database(client, db, tmp_path, swap_connection):
    empty = tmp_path / "db.sqlite3"
    sqlite3.connect(empty).close()
    swap_connection(empty)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"]["error"] == "schema missing"


def test_healthz_503_while_migrations_are_not_applied(client, db, tmp_path, swap_connection):
    partial = tmp_path / "db.sqlite3"
    with sqlite3.connect(partial) as conn:
        conn.execute("CREATE TABLE django_migrations (id integer primary key, app text, name text, applied text)")
        conn.execute("INSERT INTO django_migrations (app, name, applied) VALUES ('auth', '0001_initial', '')")
    conn.close()
    swap_connection(partial)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"]["error"] == "migrations not applied"


def test_healthz_answers_head(client, db):
    response = client.head("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
