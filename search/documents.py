"""SearchDocument: one object (a page or an actor) in one language, as every engine indexes it."""

from __future__ import annotations

from dataclasses import dataclass, field

from kernel import languages, text

PAGE = "page"
ORGANIZATION = "organization"
ACTIVITY = "activity"  # documents made by events.search
TYPES = (PAGE, ORGANIZATION, ACTIVITY)


@dataclass(frozen=True)
class SearchDocument:
    type: str  # PAGE or ORGANIZATION
    object_id: str
    language: str
    title: str
    url: str
    body: str = ""
    focus_areas: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    languages_served: tuple[str, ...] = ()
    # proper names (the Swedish name of an actor): matched from every language, folded
    names: tuple[str, ...] = ()
    # the language the title was taken from (differs from ``language`` when it fell back)
    title_language: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        return document_id(self.type, self.object_id, self.language)

    @property
    def translated(self) -> bool:
        return not self.title_language or self.title_language == self.language


def document_id(type_: str, object_id, language: str) -> str:
    return f"{type_}:{object_id}:{language}"


def ids_for(type_: str, object_id) -> list[str]:
    """Every document id an object may have: one per language."""
    return [document_id(type_, object_id, code) for code in languages.CODES]


# The one text rule decides what a document holds in each language.
plain_text = text.plain_text
translated_text = text.shown_text
