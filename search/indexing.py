"""Keeping the index in step with the content: sources of documents, sync of one object, the durable queue."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from django.db import IntegrityError, transaction

from search.documents import SearchDocument, ids_for
from search.engines import EngineUnavailable, get_engine

log = logging.getLogger(__name__)


class Source:
    """Where documents of one type come from. Subclasses say which objects are indexable and how."""

    name = ""  # also the document type ("page", "organization")

    def available(self) -> bool:
        return True

    def objects(self) -> Iterable:
        """Every indexable object."""
        raise NotImplementedError

    def get(self, object_id):
        """The indexable object with this id, or None (deleted, unpublished, private)."""
        raise NotImplementedError

    def documents(self, obj) -> list[SearchDocument]:
        """One document per language the object can be found in."""
        raise NotImplementedError

    def object_id(self, obj) -> str:
        return str(obj.pk)


_sources: dict[str, Source] = {}


def register(source: Source) -> Source:
    _sources[source.name] = source
    return source


def unregister(name: str) -> None:
    _sources.pop(name, None)


def sources() -> list[Source]:
    return [s for s in _sources.values() if s.available()]


def get_source(name: str) -> Source:
    return _sources[name]


def all_documents() -> Iterator[SearchDocument]:
    for source in sources():
        for obj in source.objects():
            yield from source.documents(obj)


def count_objects() -> int:
    total = 0
    for source in sources():
        objects = source.objects()
        total += objects.count() if hasattr(objects, "count") and callable(objects.count) else len(list(objects))
    return total


# --- one object -----------------------------------------------------------------------------------

def _write(source: Source, object_id: str, engine) -> None:
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
        _write(get_source(source_name), object_id, engine)
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
            if op.source in _sources:
                _write(get_source(op.source), op.object_id, engine)
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
