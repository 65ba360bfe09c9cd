"""The translation matrix: every page and listing × language with its status, for the dashboard and CLI.

Built with a fixed number of queries: one per translatable model, one for all stored states.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.urls import reverse

from kernel import languages
from translations import content
from translations.lix import SWEDISH_CODES, Lix, lix
from translations.models import Status
from translations.status import LanguageStatus, load_states, object_statuses

PAGE_SECTION_PREFIX = "page-"


@dataclass
class Row:
    obj: object
    label: str
    kind: str
    section: str
    depth: int
    edit_url: str | None
    statuses: dict[str, LanguageStatus]
    lix: dict[str, Lix | None] = field(default_factory=dict)  # Swedish and easy-to-read Swedish
    children: list = field(default_factory=list)

    @property
    def content_type_id(self) -> int:
        from django.contrib.contenttypes.models import ContentType

        return ContentType.objects.get_for_model(type(self.obj)).pk

    @property
    def lix_list(self):
        return [(code, self.lix.get(code)) for code in SWEDISH_CODES]

    def cells(self, codes):
        return [(code, self.statuses[code]) for code in codes]

    def field_url(self, fs) -> str | None:
        """Edit form of the object holding the field, scrolled to that language's input."""
        url = self.edit_url if fs.obj is self.obj else _child_url(self, fs.obj)
        if not url:
            return None
        return f"{url}#id_{languages.field_name(fs.field, fs.language)}"


def _child_url(row, child):
    return getattr(child, "_translation_edit_url", None) or row.edit_url


@dataclass
class Matrix:
    rows: list[Row]
    codes: tuple[str, ...]
    sections: list[tuple[str, str]]
    counts: dict[str, Counter]

    def as_dict(self) -> dict:
        return {
            "languages": list(self.codes),
            "counts": {code: dict(self.counts[code]) for code in self.codes},
            "rows": [
                {
                    "object": f"{row.obj._meta.label_lower}:{row.obj.pk}",
                    "label": row.label,
                    "section": row.section,
                    "lix": {code: (score.score if score else None) for code, score in row.lix.items()},
                    "statuses": {
                        code: {
                            "status": st.status,
                            "missing": sorted({f.field for f in st.fields if f.status == Status.MISSING}),
                            "outdated": sorted({f.field for f in st.fields if f.status == Status.OUTDATED}),
                        }
                        for code, st in row.cells(self.codes)
                    },
                }
                for row in self.rows
            ],
        }


def _load_objects():
    """Specific page objects by pk, standalone listings, and child objects grouped under their parent."""
    pages: dict[int, object] = {}
    others: list = []
    children: list = []
    for model in content.translatable_models():
        if content.is_page_model(model):
            for page in model._default_manager.all():
                known = pages.get(page.pk)
                if known is None or issubclass(type(page), type(known)):
                    pages[page.pk] = page
        else:
            for obj in model._default_manager.all():
                (children if content.parent_key(obj) else others).append(obj)
    return sorted(pages.values(), key=lambda p: p.path), others, children


def _source_title(page) -> str:
    """Pages are listed by their Swedish title, the one every translator works from."""
    return content.raw_value(page, "title", languages.DEFAULT) or page.title


def _row_of(obj, rows_by_key, children_by_key, limit=10):
    """The row of the object ``obj`` is (transitively) part of."""
    key = content.parent_key(obj)
    while key is not None and limit:
        if key in rows_by_key:
            return rows_by_key[key]
        parent = children_by_key.get(key)
        key = content.parent_key(parent) if parent is not None else None
        limit -= 1
    return None


def _edit_url(finder, obj):
    if content.is_page_model(type(obj)):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    try:
        return finder.get_edit_url(obj)
    except Exception:  # an object with no admin view yet: shown without a link
        return None


def build(user=None, codes=None, section=None, status=None) -> Matrix:
    with content.memoized():
        return _build(user, codes, section, status)


def _build(user, codes, section, status) -> Matrix:
    from wagtail.admin.admin_url_finder import AdminURLFinder

    codes = tuple(codes or languages.TRANSLATED_CODES)
    pages, others, children = _load_objects()
    states = load_states([*pages, *others, *children], codes)
    finder = AdminURLFinder(user)
    rows: list[Row] = []
    by_key: dict[tuple, Row] = {}
    sections: dict[str, str] = {}

    root_depth = min((p.depth for p in pages), default=0)
    titles = {p.path: _source_title(p) for p in pages}
    pks = {p.path: p.pk for p in pages}
    for page in pages:
        if page.depth <= root_depth:
            key = f"{PAGE_SECTION_PREFIX}{page.pk}"
        else:
            top = page.path[: page.steplen * (root_depth + 1)]
            key = f"{PAGE_SECTION_PREFIX}{pks.get(top, top)}"
        row = Row(page, titles[page.path], str(type(page)._meta.verbose_name), key, page.depth - root_depth,
                  _edit_url(finder, page), object_statuses(page, states, codes))
        sections.setdefault(key, titles[page.path] if page.depth <= root_depth else titles.get(top, key))
        rows.append(row)
        by_key[(type(page)._meta.label_lower, page.pk)] = row
        for base in type(page).__mro__:
            if hasattr(base, "_meta") and not base._meta.abstract:
                by_key[(base._meta.label_lower, page.pk)] = row
    for obj in others:
        app = obj._meta.app_label
        sections.setdefault(app, str(apps.get_app_config(app).verbose_name))
        row = Row(obj, str(obj), str(obj._meta.verbose_name), app, 0, _edit_url(finder, obj),
                  object_statuses(obj, states, codes))
        rows.append(row)
        by_key[(obj._meta.label_lower, obj.pk)] = row
    index = {(c._meta.label_lower, c.pk): c for c in children}
    for child in children:
        row = _row_of(child, by_key, index)
        child._translation_edit_url = _edit_url(finder, child)
        if row is None:
            continue
        for code, st in object_statuses(child, states, codes).items():
            row.statuses[code].fields.extend(st.fields)
        row.children.append(child)

    for row in rows:
        row.lix = {code: lix(content.object_plain_text(row.obj, code)) for code in SWEDISH_CODES}

    if section:
        rows = [r for r in rows if r.section == section]
    counts = {code: Counter() for code in codes}
    for row in rows:
        for code in codes:
            if row.statuses[code].status:
                counts[code][row.statuses[code].status] += 1
    if status:
        rows = [r for r in rows if any(r.statuses[c].has(status) for c in codes)]
    return Matrix(rows, codes, list(sections.items()), counts)

