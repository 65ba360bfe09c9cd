"""The small interface every search engine implements: a write side, a read side and declared capabilities.

Engines import nothing of the project: the languages they index (with their analysis), their synonyms and
their options are handed to the constructor by ``search.backends``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from search.documents import SearchDocument

PAGE_SIZE = 10
MAX_PAGE = 100
MAX_QUERY_WORDS = 16
# filter name (``Filters``) → list field of ``SearchDocument`` it selects on
FILTER_FIELDS = {"focus_area": "focus_areas", "category": "categories", "language_served": "languages_served"}

SynonymProvider = Callable[[str], Sequence[Sequence[str]]]


class EngineUnavailable(Exception):
    """The engine cannot be reached or written to; writes are queued and replayed later."""


class Capability(enum.Enum):
    """What an engine may declare it can do beyond plain matching, filters and facets."""

    FUZZY = "typo tolerance"
    HIGHLIGHT = "highlighted matches"
    SUGGEST = "autocomplete of a prefix"
    DID_YOU_MEAN = "did you mean"
    SYNONYMS = "synonyms"


@dataclass(frozen=True)
class LanguageAnalysis:
    """One language an engine indexes: its code and how its text is analysed (see search/analysis.py)."""

    code: str
    analysis: str  # key of the analysis chain
    stemmer: str | None = None  # Snowball algorithm name, where one exists

    @property
    def ident(self) -> str:
        """The code as an identifier (index and table names): ``sv_x_simple``."""
        return self.code.replace("-", "_")


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
    """Base class: subclasses declare their capabilities and implement the methods below."""

    name = "base"
    capabilities: frozenset[Capability] = frozenset()

    def __init__(self, languages: Sequence[LanguageAnalysis], synonyms: SynonymProvider | None = None):
        if not languages:
            raise ValueError("a search engine needs at least one language")
        self.languages: dict[str, LanguageAnalysis] = {lang.code: lang for lang in languages}
        self.synonyms: SynonymProvider = synonyms or (lambda code: ())

    def can(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def language(self, code: str) -> LanguageAnalysis:
        """The language ``code`` (KeyError for one this engine does not index)."""
        return self.languages[code]

    # --- write side ---
    def index(self, docs: Iterable[SearchDocument]) -> int:
        raise NotImplementedError

    def delete(self, ids: Iterable[str]) -> None:
        raise NotImplementedError

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
        """``engine``, ``status`` ("ok" or "down"), and when up the documents in total and per language."""
        info: dict = {"engine": self.name}
        try:
            up = self.ping()
            if up:
                counts = self.counts()
                info["documents"] = sum(counts.values())
                info["languages"] = counts
        except EngineUnavailable as exc:
            up = False
            info["error"] = str(exc)[:200]
        info["status"] = "ok" if up else "down"
        return info


def batches(items: Iterable, size: int):
    """``items`` in lists of ``size`` (the last one shorter)."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
