"""The sources of search documents, registered by the apps that own the content.

Each content app registers a ``Source`` from its ``AppConfig.ready()``; search knows the other apps only
through them: what their objects are, how each becomes a document per language, which type label the
results carry, and when an object changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from search.documents import SearchDocument

ChangeListener = Callable[[str, str], None]


class Source:
    """Where documents of one type come from. Subclasses say which objects are indexable and how."""

    name = ""  # also the document type ("page", "organization")
    label = ""  # one result of this type, e.g. gettext_lazy("Page")
    plural_label = ""  # the facet of this type, e.g. gettext_lazy("Pages")

    def objects(self) -> Iterable:
        """Every indexable object."""
        raise NotImplementedError

    def count(self) -> int:
        return sum(1 for _ in self.objects())

    def get(self, object_id):
        """The indexable object with this id, or None (deleted, unpublished, private)."""
        raise NotImplementedError

    def documents(self, obj) -> list[SearchDocument]:
        """One document per language the object can be found in."""
        raise NotImplementedError

    def connect(self) -> None:
        """Connect the signals after which an object must be indexed again; their receivers call
        ``self.changed(object_id)``."""

    def changed(self, object_id) -> None:
        """The object changed, was published, unpublished or deleted: its documents are written anew."""
        for listener in _listeners:
            listener(self.name, str(object_id))


class QuerySetSource(Source):
    """A source whose indexable objects are a queryset (``queryset()``): read in chunks, counted and
    found by id in the database."""

    def queryset(self):
        raise NotImplementedError

    def objects(self):
        return self.queryset().iterator(chunk_size=200)

    def count(self) -> int:
        return self.queryset().count()

    def get(self, object_id):
        return self.queryset().filter(pk=object_id).first()


_sources: dict[str, Source] = {}
_listeners: list[ChangeListener] = []


def register(source: Source) -> Source:
    """Add a source (once per name) and connect its signals."""
    if not source.name:
        raise ValueError("a search source needs a name")
    if source.name not in _sources:
        _sources[source.name] = source
        source.connect()
    return _sources[source.name]


def sources() -> list[Source]:
    return list(_sources.values())


def get(name: str) -> Source:
    return _sources[name]


def on_change(listener: ChangeListener) -> None:
    """Call ``listener(source name, object id)`` whenever a source reports a changed object."""
    if listener not in _listeners:
        _listeners.append(listener)
