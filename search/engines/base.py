"""The small interface every search engine implements: a write side, a read side and capability flags."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from search.documents import SearchDocument

PAGE_SIZE = 10
MAX_PAGE = 100


class EngineUnavailable(Exception):
    """The engine cannot be reached or written to; writes are queued and replayed later."""


@dataclass(frozen=True)
class Filters:
    type: str | None = None
    focus_area: str | None = None
    category: str | None = None
    language_served: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass
class Hit:
    id: str
    type: str
    object_id: str
    language: str
    title: str
    url: str
    score: float
    # escaped HTML with <mark> around matched words; safe to render as is
    title_highlight: str = ""
    body_highlight: str = ""
    title_language: str = ""


@dataclass
class Results:
    query: str
    language: str
    total: int = 0
    page: int = 1
    page_size: int = PAGE_SIZE
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # {"type": {"page": 3, ...}}
    suggestion: str | None = None  # "did you mean"

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


@dataclass(frozen=True)
class Suggestion:
    text: str
    url: str
    type: str


class SearchEngine:
    """Base class: subclasses declare what they can do and implement the methods below."""

    name = "base"
    supports_fuzzy = False
    supports_highlight = False
    supports_suggest = False  # prefix autocomplete
    supports_did_you_mean = False
    supports_synonyms = False
    needs_server = False

    # --- write side ---
    def index(self, docs: Iterable[SearchDocument]) -> int:
        raise NotImplementedError

    def delete(self, ids: Iterable[str]) -> None:
        raise NotImplementedError

    def bulk(self, docs: Iterable[SearchDocument], batch_size: int = 500, progress=None) -> int:
        """Index many documents in batches; ``progress(count)`` is called after each batch."""
        count = 0
        batch: list[SearchDocument] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                count += self.index(batch)
                batch = []
                if progress:
                    progress(count)
        if batch:
            count += self.index(batch)
            if progress:
                progress(count)
        return count

    def rebuild(self, docs: Iterable[SearchDocument], progress=None) -> int:
        """Replace the whole index by ``docs``; searches keep being answered meanwhile."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Make every write so far visible to searches."""

    def update_synonyms(self, language: str, groups: Sequence[Sequence[str]]) -> None:
        """Synonym groups of a language changed (engines that read them at query time need nothing)."""

    # --- read side ---
    def search(self, query: str, language: str, filters: Filters | None = None, facets: bool = True,
               highlight: bool = True, page: int = 1, page_size: int = PAGE_SIZE) -> Results:
        raise NotImplementedError

    def suggest(self, prefix: str, language: str, limit: int = 8) -> list[Suggestion]:
        raise NotImplementedError

    # --- operations ---
    def counts(self) -> dict[str, int]:
        """Documents per language."""
        raise NotImplementedError

    def ping(self) -> bool:
        raise NotImplementedError

    def health(self) -> dict:
        from search.indexing import pending_count

        info: dict = {"engine": self.name}
        try:
            pending = pending_count()
        except Exception:  # the database may be the thing that is down
            pending = None
        info["pending"] = pending
        try:
            up = self.ping()
            if up:
                counts = self.counts()
                info["documents"] = sum(counts.values())
                info["languages"] = counts
        except EngineUnavailable as exc:
            up = False
            info["error"] = str(exc)[:200]
        if not up:
            info["status"] = "down"
        elif pending:
            info["status"] = "catching up"  # writes queued while the engine was down
        else:
            info["status"] = "ok"
        return info
