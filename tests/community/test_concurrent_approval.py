"""Two moderators at once on SQLite: the second waits for the first instead of failing with
"database is locked"; if the wait runs out, the moderator is told so and nothing is saved."""

import threading
import time
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import OperationalError, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

from community import services
from community.models import ChangeRequest, RequestKind, RequestStatus


def _connection(path):
    options = settings.DATABASES["default"]
    return DatabaseWrapper({**options, "NAME": str(path), "TEST": {}}, alias=f"concurrent-{id(path)}")


@pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
                    reason="the SQLite settings; PostgreSQL locks rows with SELECT … FOR UPDATE")
def test_two_writers_that_read_first_take_turns(tmp_path, django_db_blocker):
    """The pattern of approve(): read the request's status, then write. With SQLite's default
    (deferred) transactions the second writer fails at once with "database is locked"."""
    django_db_blocker.unblock()
    path = tmp_path / "db.sqlite3"
    setup = _connection(path)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE request (id integer primary key, status text)")
        cursor.execute("INSERT INTO request VALUES (1, 'pending')")
    setup.close()
    outcomes = []
    both_read = threading.Barrier(2, timeout=10)

    def moderator():
        conn = _connection(path)
        connections[conn.alias] = conn  # this thread's own connection, under an alias of its own
        try:
            with transaction.atomic(using=conn.alias):
                with conn.cursor() as cursor:
                    cursor.execute("SELECT status FROM request WHERE id = 1")
                    status = cursor.fetchone()[0]
                    try:
                        both_read.wait(timeout=0.5)
                    except threading.BrokenBarrierError:
                        pass
                    if status == "pending":
                        cursor.execute("UPDATE request SET status = 'approved' WHERE id = 1")
                        outcomes.append("approved")
                    else:
                        outcomes.append("already handled")
                    time.sleep(0.1)
        except OperationalError as error:
            outcomes.append(str(error))
        finally:
            conn.close()

    threads = [threading.Thread(target=moderator) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    django_db_blocker.restore()
    assert sorted(outcomes) == ["already handled", "approved"]


@pytest.mark.django_db
def test_approving_while_the_database_stays_locked_says_so_and_saves_nothing(organization, moderator, member):
    request = ChangeRequest.objects.create(kind=RequestKind.EDIT, organization=organization, author=member,
                                          status=RequestStatus.PENDING, proposed={}, base_snapshot={})
    with mock.patch.object(services, "_approve", side_effect=OperationalError("database is locked")), \
            pytest.raises(ValidationError) as error:
        services.approve(request, moderator)
    assert error.value.messages == [str(services.BUSY)]
    request.refresh_from_db()
    assert request.status == RequestStatus.PENDING
