"""Keeping the index in step with the content: sync of one object, the durable queue, rebuilds, status."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from django.db import IntegrityError, transaction

from search import registry
from search.backends import get_engine
from search.documents import SearchDocument, ids_for
from search.engines.base import EngineUnavailable, SearchEngine

log = logging.getLogger(__name__)


def all_documents() -> Iterator[SearchDocument]:
    for source in registry.sources():
        for obj in source.objects():
            yield from source.documents(obj)


def count_objects() -> int:
    return sum(source.count() for source in registry.sources())


# --- one object -----------------------------------------------------------------------------------

def _write(source: registry.Source, object_id: str, engine) -> None:
    obj = source.get(object_id)
    docs = source.documents(obj) if obj is not None else []
    present = {d.id for d in docs}
    stale = [i for i in ids_for(source.name, object_id) if i not in present]
    engine.delete(stale)
    engine.index(docs)


def sync(source_name: str, object_id, engine=None) -> bool:
    """Bring the index entries of one object up to date (indexed, changed or removed).

    When the engine is down the object is queued and ``False`` returned; content saves never fail
    because of search.
    """
    object_id = str(object_id)
    engine = engine or _engine_or_none()
    try:
        if engine is None:
            raise EngineUnavailable("no engine")
        _write(registry.get(source_name), object_id, engine)
    except EngineUnavailable as exc:
        enqueue(source_name, object_id, str(exc))
        return False
    replay_pending(engine)
    return True


def _engine_or_none():
    try:
        return get_engine()
    except EngineUnavailable:
        return None


def sync_on_commit(source_name: str, object_id) -> None:
    transaction.on_commit(lambda: _safe_sync(source_name, object_id))


def _safe_sync(source_name: str, object_id) -> None:
    try:
        sync(source_name, object_id)
    except Exception as exc:  # an unexpected bug in a source must not break publishing
        log.exception("search indexing of %s:%s failed", source_name, object_id)
        enqueue(source_name, str(object_id), repr(exc))


# --- the durable queue ----------------------------------------------------------------------------

def enqueue(source_name: str, object_id: str, error: str = "") -> None:
    from search.models import PendingIndexOperation

    try:
        with transaction.atomic():
            op, created = PendingIndexOperation.objects.get_or_create(
                source=source_name, object_id=str(object_id), defaults={"last_error": error[:255]})
            if not created:
                op.attempts += 1
                op.last_error = error[:255]
                op.save(update_fields=["attempts", "last_error"])
    except IntegrityError:  # queued by another process at the same moment: once is enough
        pass


def pending_count() -> int:
    from search.models import PendingIndexOperation

    return PendingIndexOperation.objects.count()


def replay_pending(engine=None, limit: int | None = None, progress: Callable[[int], None] | None = None) -> int:
    """Write what was queued while the engine was down; stops at the first failure (still down)."""
    from search.models import PendingIndexOperation

    engine = engine or get_engine()
    done = 0
    ops = PendingIndexOperation.objects.order_by("created_at", "pk")
    if limit:
        ops = ops[:limit]
    for op in list(ops):
        try:
            if op.source in {s.name for s in registry.sources()}:
                _write(registry.get(op.source), op.object_id, engine)
        except EngineUnavailable as exc:
            PendingIndexOperation.objects.filter(pk=op.pk).update(attempts=op.attempts + 1,
                                                                  last_error=str(exc)[:255])
            break
        PendingIndexOperation.objects.filter(pk=op.pk).delete()
        done += 1
        if progress:
            progress(done)
    return done


def rebuild(engine=None, progress: Callable[[int], None] | None = None) -> int:
    from search.models import PendingIndexOperation

    engine = engine or get_engine()
    last = PendingIndexOperation.objects.order_by("-pk").values_list("pk", flat=True).first()
    count = engine.rebuild(all_documents(), progress=progress)
    # everything queued before the rebuild started is now in the index
    if last is not None:
        PendingIndexOperation.objects.filter(pk__lte=last).delete()
    return count


def status(engine: SearchEngine | None = None) -> dict:
    """The engine's health plus the writes still queued: "ok", "catching up" (queued writes) or "down"."""
    try:
        info = (engine or get_engine()).health()
    except EngineUnavailable as exc:
        info = {"status": "down", "error": str(exc)[:200]}
    try:
        info["pending"] = pending_count()
    except Exception:  # the database may be the thing that is down
        info["pending"] = None
    if info.get("status") == "ok" and info["pending"]:
        info["status"] = "catching up"  # writes queued while the engine was down
    return info
