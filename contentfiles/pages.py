"""The page tree of ``content/pages/``: one folder per page, ``page.yml`` for what does not depend on the
language, ``<language code>.md`` per language (YAML front matter and a Markdown body)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from contentfiles import markdown, yamlfile
from contentfiles.errors import ContentError
from kernel import languages
from kernel.focus_areas import FocusArea

PAGE_TYPES = ("home", "topic", "article", "meeting_place", "standard")
PAGE_KEYS = {"type", "order", "focus_area", "phones", "address", "district", "show_in_menus", "emergency_page"}
TEXT_KEYS = ("title", "slug", "intro", "seo_title", "search_description")
FACT_KEYS = ("sources", "facts_checked", "review_by")
FRONT_MATTER_KEYS = {*TEXT_KEYS, "status", *FACT_KEYS}
STATUSES = ("source", "machine", "reviewed")
SOURCE_KEYS = {"title", "url", "publisher"}
SLUG = re.compile(r"^[\w-]+$")


@dataclass
class Source:
    title: str
    url: str
    publisher: str


@dataclass
class LanguageText:
    path: Path
    status: str
    title: str
    slug: str
    intro: str = ""
    seo_title: str = ""
    search_description: str = ""
    body: list = field(default_factory=list)


@dataclass
class PageFolder:
    path: Path
    type: str
    order: int
    settings: dict
    texts: dict[str, LanguageText]
    sources: list[Source] = field(default_factory=list)
    facts_checked: datetime.date | None = None
    review_by: datetime.date | None = None
    children: list[PageFolder] = field(default_factory=list)

    @property
    def source(self) -> LanguageText:
        return self.texts[languages.DEFAULT]

    def values(self) -> dict[str, dict[str, object]]:
        """Every translated field as ``{field: {language code: value}}`` (a language without a file is left out)."""
        names = (*TEXT_KEYS, "body")
        return {name: {code: getattr(text, name) for code, text in self.texts.items()} for name in names}

    def find(self, relative: str) -> PageFolder | None:
        """The page folder at ``relative`` (``health/urgent-help``) below this one."""
        target = (self.path / relative).resolve()
        return next((page for page in self.walk() if page.path.resolve() == target), None)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def read_tree(root: Path) -> PageFolder:
    """The whole tree under ``root`` (the home page's folder), checked; raises ContentError."""
    home = _read_folder(root)
    if home.type != "home":
        raise ContentError(root / "page.yml", 1, "the top folder of content/pages is the home page: type: home")
    for page in home.walk():
        if page is not home and page.type == "home":
            raise ContentError(page.path / "page.yml", 1, "only the top folder is the home page")
        slugs: dict[tuple[str, str], Path] = {}
        for child in page.children:
            for code, text in child.texts.items():
                other = slugs.setdefault((code, text.slug), text.path)
                if other != text.path:
                    raise ContentError(text.path, 1, f"slug {text.slug!r} is also used by {other}")
    emergency = home.settings.get("emergency_page")
    if emergency is not None and home.find(emergency) is None:
        raise ContentError(root / "page.yml", _key_line(root / "page.yml", "emergency_page"),
                           f"emergency_page {emergency!r} is not a page folder under {root}")
    return home


def _read_folder(path: Path) -> PageFolder:
    settings_path = path / "page.yml"
    if not settings_path.is_file():
        raise ContentError(path, None, "a page folder needs a page.yml")
    settings = yamlfile.load(settings_path) or {}
    if not isinstance(settings, dict):
        raise ContentError(settings_path, 1, "page.yml is a mapping of keys to values")
    _check_settings(settings_path, settings)
    page_type = settings["type"]
    phones = {str(k): str(v) for k, v in (settings.get("phones") or {}).items()}
    texts = {}
    for file in sorted(path.glob("*.md")):
        code = file.name[:-3]
        if code not in languages.BY_CODE:
            raise ContentError(file, None, f"{code!r} is not a language code of the portal "
                                           f"({', '.join(languages.CODES)})")
        texts[code] = file
    if languages.DEFAULT not in texts:
        raise ContentError(path, None, f"a page folder needs the source text {languages.DEFAULT}.md")
    page = PageFolder(path=path, type=page_type, order=settings.get("order", 0), settings=settings, texts={})
    for code, file in texts.items():
        page.texts[code] = _read_language(page, code, file, phones)
    for child in sorted((p for p in path.iterdir() if p.is_dir()), key=lambda p: p.name):
        page.children.append(_read_folder(child))
    page.children.sort(key=lambda c: (c.order, c.path.name))
    return page


def _check_settings(path: Path, settings: dict) -> None:
    unknown = set(settings) - PAGE_KEYS
    if unknown:
        raise ContentError(path, _key_line(path, sorted(unknown)[0]), f"unknown key {sorted(unknown)[0]!r} "
                                                                     f"(allowed: {', '.join(sorted(PAGE_KEYS))})")
    if settings.get("type") not in PAGE_TYPES:
        raise ContentError(path, _key_line(path, "type"), f"type is one of {', '.join(PAGE_TYPES)}")
    if settings["type"] != "home" and not isinstance(settings.get("order"), int):
        raise ContentError(path, _key_line(path, "order"), "order is a whole number (the position among siblings)")
    if settings["type"] == "topic" and settings.get("focus_area") not in FocusArea.values:
        raise ContentError(path, _key_line(path, "focus_area"),
                           f"a topic names its focus_area: one of {', '.join(FocusArea.values)}")
    if "focus_area" in settings and settings["type"] != "topic":
        raise ContentError(path, _key_line(path, "focus_area"), "only a topic has a focus_area")
    phones = settings.get("phones") or {}
    if not isinstance(phones, dict):
        raise ContentError(path, _key_line(path, "phones"), "phones is a mapping of names to numbers")
    for name, number in phones.items():
        if not markdown.PHONE_NAME.match(str(name)) or not markdown.PHONE_NUMBER.match(str(number)):
            raise ContentError(path, _key_line(path, str(name)),
                               f"phone {name!r}: a name of lower-case letters and a number of digits, spaces and -")
    if "show_in_menus" in settings and not isinstance(settings["show_in_menus"], bool):
        raise ContentError(path, _key_line(path, "show_in_menus"), "show_in_menus is true or false")
    if "emergency_page" in settings and (settings["type"] != "home" or not isinstance(settings["emergency_page"], str)):
        raise ContentError(path, _key_line(path, "emergency_page"),
                           "only the home page names its emergency_page: a folder path such as health/urgent-help")
    for key in ("address", "district"):
        if key in settings and not isinstance(settings[key], str):
            raise ContentError(path, _key_line(path, key), f"{key} is text")


def _key_line(path: Path, key: str) -> int | None:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.match(rf"^\s*{re.escape(key)}\s*:", line):
                return number
    except OSError:
        pass
    return None


def _read_language(page: PageFolder, code: str, path: Path, phones: dict[str, str]) -> LanguageText:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentError(path, None, "not UTF-8 text") from None
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ContentError(path, 1, "the file starts with front matter: a line '---', the keys, a line '---'")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.rstrip() == "---")
    except StopIteration:
        raise ContentError(path, 1, "the front matter has no closing '---' line") from None
    meta = yamlfile.loads("\n".join(lines[1:end]), path, first_line=2) or {}
    if not isinstance(meta, dict):
        raise ContentError(path, 2, "the front matter is a mapping of keys to values")
    unknown = set(meta) - FRONT_MATTER_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise ContentError(path, _key_line(path, key), f"unknown key {key!r} (allowed: "
                                                       f"{', '.join(sorted(FRONT_MATTER_KEYS))})")
    for key in ("title", "slug", "status"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise ContentError(path, _key_line(path, key) or 2, f"{key!r} is required")
    for key in TEXT_KEYS:
        if key in meta and not isinstance(meta[key], str):
            raise ContentError(path, _key_line(path, key), f"{key!r} is text (put it in quotes if it looks like "
                                                           "a number or a date)")
    if not SLUG.match(meta["slug"]) or meta["slug"] != meta["slug"].lower():
        raise ContentError(path, _key_line(path, "slug"), "a slug has only lower-case letters, digits and hyphens")
    status = meta["status"]
    is_source = code == languages.DEFAULT
    if is_source and status != "source" or not is_source and status not in ("machine", "reviewed"):
        expected = "source" if is_source else "machine or reviewed"
        raise ContentError(path, _key_line(path, "status"), f"status of {path.name} is {expected}")
    if page.type == "topic" and not (meta.get("intro") or "").strip():
        raise ContentError(path, _key_line(path, "title"), "a topic has an intro in every language it exists in")
    facts = [key for key in FACT_KEYS if key in meta]
    if facts and not is_source:
        raise ContentError(path, _key_line(path, facts[0]), f"{facts[0]} belongs only in {languages.DEFAULT}.md: "
                                                            "facts are checked in the source text")
    if is_source:
        _read_facts(page, path, meta)
    try:
        body = markdown.parse("\n".join(lines[end + 1:]), first_line=end + 2, phones=phones)
    except markdown.BodyError as exc:
        raise ContentError(path, exc.line, str(exc)) from None
    if page.type == "home" and body:
        raise ContentError(path, end + 2, "the home page has no body")
    return LanguageText(path=path, status=status, title=meta["title"].strip(), slug=meta["slug"],
                        intro=(meta.get("intro") or "").strip(), seo_title=(meta.get("seo_title") or "").strip(),
                        search_description=(meta.get("search_description") or "").strip(), body=body)


def _read_facts(page: PageFolder, path: Path, meta: dict) -> None:
    sources = meta.get("sources") or []
    if not isinstance(sources, list):
        raise ContentError(path, _key_line(path, "sources"), "sources is a list of {title, url, publisher}")
    for entry in sources:
        line = yamlfile.line_of(entry, _key_line(path, "sources") or 1)
        if not isinstance(entry, dict) or set(entry) != SOURCE_KEYS or not all(
                isinstance(v, str) and v.strip() for v in entry.values()):
            raise ContentError(path, line, "each source has exactly a title, a url and a publisher (text)")
        if urlsplit(entry["url"]).scheme != "https" or not urlsplit(entry["url"]).netloc:
            raise ContentError(path, line, f"a source's url is an https address: {entry['url']!r}")
        page.sources.append(Source(entry["title"].strip(), entry["url"].strip(), entry["publisher"].strip()))
    for key in ("facts_checked", "review_by"):
        value = meta.get(key)
        if value is not None and not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            raise ContentError(path, _key_line(path, key), f"{key} is a date: YYYY-MM-DD")
        setattr(page, key, value)
    if page.facts_checked and page.review_by and page.review_by <= page.facts_checked:
        raise ContentError(path, _key_line(path, "review_by"), "review_by comes after facts_checked")
    if page.type == "article" and not (page.sources and page.facts_checked and page.review_by):
        missing = next(k for k in FACT_KEYS if not meta.get(k))
        raise ContentError(path, 2, f"an article names its sources, facts_checked and review_by ({missing} is missing)")
