"""SearchDocument: one object (a page, an actor, …) in one language, as every engine indexes it; and the
helpers sources use to read text out of translated fields."""

from __future__ import annotations

from dataclasses import dataclass

from kernel import languages


@dataclass(frozen=True)
class SearchDocument:
    type: str  # the name of the source it came from: "page", "organization"
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
