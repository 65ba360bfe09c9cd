"""Which objects and fields are translatable (read from modeltranslation's registry) and their text.

A field is cut into *units*: the whole value for plain and rich text fields, one unit per text leaf for
a StreamField. Units are what is hashed, exported and imported.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from django.db import models
from modeltranslation.translator import translator
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from kernel import languages
from kernel.text import has_text, plain_text

# Page base fields that are addresses, not content.
NOT_CONTENT = frozenset({"slug", "url_path"})

_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')
_SPACE = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Unit:
    field: str
    path: tuple[str, ...]  # () for a whole field; positions inside a StreamField
    rich: bool
    text: str

    @property
    def key(self) -> str:
        return ":".join((self.field, *self.path))


# --- registry --------------------------------------------------------------------------------------

def translatable_models() -> list[type[models.Model]]:
    """Concrete registered models; Wagtail's Page itself only through its specific subclasses."""
    result = []
    for model in translator.get_registered_models():
        if model is Page or model._meta.abstract or model._meta.proxy:
            continue
        if translatable_fields(model):
            result.append(model)
    return sorted(result, key=lambda m: (not is_page_model(m), m._meta.label))


@cache
def translatable_fields(model) -> tuple[str, ...]:
    registered = set(translator.get_options_for_model(model).all_fields) - NOT_CONTENT
    ordered = [f.name for f in model._meta.get_fields() if getattr(f, "name", None) in registered]
    if "title" in ordered:  # the title leads every listing of fields
        ordered.remove("title")
        ordered.insert(0, "title")
    return tuple(ordered)


@cache
def content_columns(model) -> frozenset[str]:
    names = translatable_fields(model)
    return frozenset(names) | {languages.field_name(n, c) for n in names for c in languages.CODES}


@cache
def is_translatable(model) -> bool:
    return model in translator.get_registered_models() and model is not Page and bool(translatable_fields(model))


def is_page_model(model) -> bool:
    return issubclass(model, Page)


@cache
def parent_links(model) -> tuple[models.ForeignKey, ...]:
    """The foreign keys by which a non-page object is part of another translatable object (a service
    of its organisation, an activity of its meeting place): links that delete the part with the whole."""
    if is_page_model(model):
        return ()
    links = []
    for f in model._meta.get_fields():
        if not isinstance(f, models.ForeignKey) or f.related_model in (model, None):
            continue
        if f.remote_field.on_delete is not models.CASCADE:
            continue
        target = f.related_model
        if is_translatable(target) or (is_page_model(target) and target is not Page):
            links.append(f)
    return tuple(links)


def parent_key(obj) -> tuple[str, int] | None:
    """(model label, pk) of the object ``obj`` is part of, or None for an object standing alone."""
    for link in parent_links(type(obj)):
        value = getattr(obj, link.attname)
        if value is not None:
            return link.related_model._meta.label_lower, value
    return None


def field_kind(model, field: str) -> str:
    f = model._meta.get_field(languages.field_name(field, languages.DEFAULT))
    if isinstance(f, StreamField):
        return "stream"
    if isinstance(f, RichTextField):
        return "rich"
    return "plain"


def raw_value(obj, field: str, code: str):
    return getattr(obj, languages.field_name(field, code), None)


# --- text ------------------------------------------------------------------------------------------

def normalize_markup(text: str) -> str:
    return _SPACE.sub(" ", _BLOCK_KEY.sub("", text or "")).strip()


def has_words(text: str) -> bool:
    """Whether ``text`` needs translating: it has letters (a number alone reads the same in every language).
    Whether a field *exists* in a language is ``kernel.text.has_text``."""
    return bool(_LETTER.search(plain_text(text)))


def stream_prep(obj, field: str, code: str) -> list:
    value = raw_value(obj, field, code)
    if value is None:
        return []
    if hasattr(value, "get_prep_value"):
        return value.get_prep_value()
    if isinstance(value, str):
        return json.loads(value or "[]")
    return list(value)


def _stream_block(model, field: str):
    return model._meta.get_field(languages.field_name(field, languages.DEFAULT)).stream_block


def stream_leaves(block, prep, path=()):
    """(path, rich, text) of every translatable text leaf of a StreamField's stored (prep) value."""
    if isinstance(block, blocks.StreamBlock):
        for i, child in enumerate(prep or []):
            child_block = block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            if child_block is not None:
                yield from stream_leaves(child_block, child.get("value"), (*path, f"{i}-{child['type']}"))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if isinstance(prep, dict) and name in prep:
                yield from stream_leaves(child_block, prep[name], (*path, name))
    elif isinstance(block, blocks.ListBlock):
        for i, item in enumerate(prep or []):
            yield from stream_leaves(block.child_block, _list_item_value(item), (*path, str(i)))
    elif isinstance(block, blocks.RichTextBlock):
        yield path, True, prep or ""
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield path, False, prep or ""


def _is_list_item(item) -> bool:
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def _list_item_value(item):
    return item["value"] if _is_list_item(item) else item


def set_stream_leaf(block, prep, path, text):
    """Replace one leaf (addressed as ``stream_leaves`` addresses it) inside ``prep``, in place."""
    head, rest = path[0], path[1:]
    if isinstance(block, blocks.StreamBlock):
        child = prep[int(head.split("-", 1)[0])]
        child_block = block.child_blocks[child["type"]]
        if rest:
            set_stream_leaf(child_block, child["value"], rest, text)
        else:
            child["value"] = text
    elif isinstance(block, blocks.StructBlock):
        if rest:
            set_stream_leaf(block.child_blocks[head], prep[head], rest, text)
        else:
            prep[head] = text
    elif isinstance(block, blocks.ListBlock):
        i = int(head)
        if rest:
            set_stream_leaf(block.child_block, _list_item_value(prep[i]), rest, text)
        elif _is_list_item(prep[i]):
            prep[i]["value"] = text
        else:
            prep[i] = text


def without_ids(prep):
    if isinstance(prep, dict):
        return {k: without_ids(v) for k, v in prep.items() if k != "id"}
    if isinstance(prep, list):
        return [without_ids(v) for v in prep]
    return copy.copy(prep)


_memo: ContextVar[dict | None] = ContextVar("translation_units_memo", default=None)


@contextmanager
def memoized():
    """Within the block, text units are computed once per object, field and language: for reading
    many objects that do not change meanwhile (the dashboard)."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def units(obj, field: str, code: str) -> list[Unit]:
    """The text units of one field of ``obj`` in one language (leaves without words are left out)."""
    memo = _memo.get()
    if memo is None:
        return _units(obj, field, code)
    key = (id(obj), field, code)
    if key not in memo:
        memo[key] = (obj, _units(obj, field, code))  # holding obj keeps its id from being reused
    return memo[key][1]


def _units(obj, field: str, code: str) -> list[Unit]:
    model = type(obj)
    kind = field_kind(model, field)
    if kind == "stream":
        return [
            Unit(field, path, rich, text)
            for path, rich, text in stream_leaves(_stream_block(model, field), stream_prep(obj, field, code))
            if has_words(text)
        ]
    value = raw_value(obj, field, code)
    text = "" if value is None else str(value)
    if not has_words(text):
        return []
    return [Unit(field, (), kind == "rich", text)]


def is_empty(obj, field: str, code: str) -> bool:
    """Empty-looking text (``<p data-block-key="x"></p>``, an empty stream) counts as missing."""
    return not has_text(raw_value(obj, field, code))


def text_hash(text: str) -> str:
    return hashlib.sha256(normalize_markup(text).encode()).hexdigest()


def field_hash(obj, field: str, code: str) -> str:
    canonical = json.dumps([[u.path, normalize_markup(u.text)] for u in units(obj, field, code)], ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def field_plain_text(obj, field: str, code: str) -> str:
    return " ".join(plain_text(u.text) for u in units(obj, field, code))


def object_plain_text(obj, code: str) -> str:
    """All translatable text of ``obj`` in one language, titles ending in a full stop for LIX."""
    parts = []
    for field in translatable_fields(type(obj)):
        text = field_plain_text(obj, field, code)
        if text:
            parts.append(text if text[-1] in ".!?:" else f"{text}.")
    return " ".join(parts)
