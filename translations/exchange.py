"""Export and import of translations as XLIFF 2.0 and PO files, per language and scope.

A unit is identified as ``<app>.<model>:<pk>:<field>[:<position>…]`` and carries the hash of its Swedish
source at export time, so an import can tell that the Swedish text has changed since.
"""

from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field

import polib
from defusedxml import ElementTree as SafeET
from django.apps import apps
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page

from kernel import languages
from translations import content, services
from translations.markup import markup_errors, sanitize
from translations.models import Status
from translations.status import load_states, object_statuses

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
FORMATS = ("xliff", "po")
SEGMENT_STATE = {Status.MACHINE: "translated", Status.REVIEWED: "reviewed",
                 Status.OUTDATED: "initial", Status.MISSING: "initial"}


_PO_HASH = re.compile(r"source-hash:\s*([0-9a-f]+)")


class ExchangeError(Exception):
    """A file that cannot be read at all."""


@dataclass
class ExportUnit:
    id: str
    source: str
    target: str
    source_hash: str
    status: str
    rich: bool
    label: str


@dataclass
class FileUnit:
    id: str
    source_hash: str
    target: str


@dataclass
class ParsedFile:
    source_language: str
    target_language: str
    units: list[FileUnit]


@dataclass
class ImportResult:
    errors: list[str] = field(default_factory=list)
    changed: int = 0
    objects: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


# --- scope -----------------------------------------------------------------------------------------

def scope_objects(scope: str = "all") -> list:
    """``all``, ``directory`` (every listing that is not a page), ``page:<id>`` or ``section:<id>``
    (a page and everything under it), ``listing:<id>`` (one organisation with its services and places);
    objects belonging to a page or a listing come with it."""
    kind, _sep, ident = scope.partition(":")
    if kind not in ("all", "directory", "page", "section", "listing"):
        raise ExchangeError(_("Unknown scope: %(scope)s") % {"scope": scope})
    pages: list = []
    if kind in ("page", "section"):
        try:
            page = Page.objects.get(pk=int(ident))
        except (ValueError, Page.DoesNotExist):
            raise ExchangeError(_("No page with id %(id)s") % {"id": ident}) from None
        qs = Page.objects.descendant_of(page, inclusive=True) if kind == "section" else Page.objects.filter(pk=page.pk)
        pages = [p for p in qs.order_by("path").specific() if content.is_translatable(type(p))]
    elif kind == "all":
        pages = [p for p in Page.objects.order_by("path").specific() if content.is_translatable(type(p))]
    page_keys = {(p._meta.label_lower, p.pk) for p in pages}
    for p in pages:
        page_keys |= {(base._meta.label_lower, p.pk) for base in type(p).__mro__
                      if hasattr(base, "_meta") and issubclass(base, Page)}
    parts, others = {}, []
    for model in content.translatable_models():
        if not content.is_page_model(model):
            for obj in model._default_manager.order_by("pk"):
                parts[(obj._meta.label_lower, obj.pk)] = obj
    listing = ("directory.organization", _listing_id(ident)) if kind == "listing" else None
    for obj in parts.values():
        root = _root_key(obj, parts)
        if root in page_keys or root == listing or (kind in ("all", "directory") and not _is_page_key(root)):
            others.append(obj)
    if listing is not None and not others:
        raise ExchangeError(_("No listing with id %(id)s") % {"id": ident})
    return [*pages, *others]


def _listing_id(ident: str) -> int:
    if not (ident.isascii() and ident.isdigit()):
        raise ExchangeError(_("No listing with id %(id)s") % {"id": ident})
    return int(ident)


def _root_key(obj, parts, limit=10):
    key = (obj._meta.label_lower, obj.pk)
    while limit:
        parent = content.parent_key(parts[key]) if key in parts else None
        if parent is None:
            return key
        key, limit = parent, limit - 1
    return key


def _is_page_key(key) -> bool:
    return content.is_page_model(apps.get_model(key[0]))


def unit_id(obj, key: str) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}:{key}"


def _stream_shape(obj, name, code):
    block = content._stream_block(type(obj), name)
    return tuple(path for path, _r, _t in content.stream_leaves(block, content.stream_prep(obj, name, code)))


def collect(objs, code: str) -> list[ExportUnit]:
    states = load_states(objs, (code,))
    result = []
    for obj in objs:
        statuses = {f.field: f.status for f in object_statuses(obj, states, (code,))[code].fields}
        for name in content.translatable_fields(type(obj)):
            sources = content.units(obj, name, languages.DEFAULT)
            if not sources:
                continue
            if content.field_kind(type(obj), name) == "stream":
                same_shape = _stream_shape(obj, name, code) == _stream_shape(obj, name, languages.DEFAULT)
                block = content._stream_block(type(obj), name)
                targets = {
                    path: text
                    for path, _r, text in content.stream_leaves(block, content.stream_prep(obj, name, code))
                } if same_shape else {}
            else:
                targets = {(): content.raw_value(obj, name, code) or ""}
            for unit in sources:
                target = targets.get(unit.path, "") or ""
                result.append(ExportUnit(
                    unit_id(obj, unit.key), unit.text, target if content.has_words(target) else "",
                    content.text_hash(unit.text), statuses.get(name, Status.MISSING), unit.rich,
                    f"{obj} – {name}",
                ))
    return result


# --- writing files ---------------------------------------------------------------------------------

def to_xliff(units: list[ExportUnit], code: str) -> bytes:
    ET.register_namespace("", XLIFF_NS)
    q = f"{{{XLIFF_NS}}}"
    root = ET.Element(f"{q}xliff", {"version": "2.0", "srcLang": languages.DEFAULT, "trgLang": code})
    file_el = ET.SubElement(root, f"{q}file", {"id": "portal"})
    for unit in units:
        unit_el = ET.SubElement(file_el, f"{q}unit", {"id": unit.id, "name": unit.label[:200]})
        notes = ET.SubElement(unit_el, f"{q}notes")
        ET.SubElement(notes, f"{q}note", {"category": "source-hash"}).text = unit.source_hash
        ET.SubElement(notes, f"{q}note", {"category": "status"}).text = str(unit.status)
        ET.SubElement(notes, f"{q}note", {"category": "format"}).text = "html" if unit.rich else "text"
        segment = ET.SubElement(unit_el, f"{q}segment", {"state": SEGMENT_STATE.get(unit.status, "initial")})
        ET.SubElement(segment, f"{q}source").text = unit.source
        if unit.target:
            ET.SubElement(segment, f"{q}target").text = unit.target
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def to_po(units: list[ExportUnit], code: str) -> str:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "ny-i-vasteras content",
        "Language": code,
        "X-Source-Language": languages.DEFAULT,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for unit in units:
        po.append(polib.POEntry(
            msgctxt=unit.id, msgid=unit.source, msgstr=unit.target,
            comment=f"source-hash: {unit.source_hash}\nstatus: {unit.status}",
            tcomment=unit.label,
        ))
    return str(po)


def export(scope: str, code: str, fmt: str) -> tuple[str, bytes]:
    """File name and content of the translations of ``scope`` into ``code``."""
    if code not in languages.TRANSLATED_CODES:
        raise ExchangeError(_("Unknown language: %(code)s") % {"code": code})
    units = collect(scope_objects(scope), code)
    name = f"translations-{scope.replace(':', '-')}-{code}"
    if fmt == "xliff":
        return f"{name}.xlf", to_xliff(units, code)
    if fmt == "po":
        return f"{name}.po", to_po(units, code).encode()
    raise ExchangeError(_("Unknown format: %(format)s") % {"format": fmt})


# --- reading files ---------------------------------------------------------------------------------

def parse_xliff(data: bytes) -> ParsedFile:
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # ParseError and defusedxml's refusals of entities and DTDs
        raise ExchangeError(_("Not a readable XLIFF file: %(error)s") % {"error": exc}) from None
    q = f"{{{XLIFF_NS}}}"
    if root.tag != f"{q}xliff" or root.get("version") != "2.0":
        raise ExchangeError(_("Not an XLIFF 2.0 file."))
    units = []
    for unit_el in root.iter(f"{q}unit"):
        notes = {n.get("category"): (n.text or "") for n in unit_el.iter(f"{q}note")}
        target_el = unit_el.find(f"{q}segment/{q}target")
        units.append(FileUnit(unit_el.get("id", ""), notes.get("source-hash", ""),
                              "" if target_el is None else (target_el.text or "")))
    return ParsedFile(root.get("srcLang", ""), root.get("trgLang", ""), units)


def _read_po(data: bytes) -> polib.POFile:
    """The PO file whose content is ``data``. ``polib.pofile`` reads a string that names an existing
    file as that file, so the content is always handed over in a file of its own."""
    data.decode("utf-8")  # UnicodeDecodeError for a file that is not UTF-8
    with tempfile.NamedTemporaryFile(suffix=".po") as stream:
        stream.write(data)
        stream.flush()
        try:
            return polib.pofile(stream.name, encoding="utf-8")
        except OSError as exc:  # its message names the temporary file
            raise ValueError(str(exc).replace(f" {stream.name}", "")) from None


def parse_po(data: bytes) -> ParsedFile:
    try:
        po = _read_po(data)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ExchangeError(_("Not a readable PO file: %(error)s") % {"error": exc}) from None
    units = []
    for entry in po:
        # tools re-wrap comments, so the hash may have moved to the next line
        found = _PO_HASH.search(entry.comment or "")
        units.append(FileUnit(entry.msgctxt or "", found.group(1) if found else "", entry.msgstr or ""))
    return ParsedFile(po.metadata.get("X-Source-Language", ""), po.metadata.get("Language", ""), units)


def parse(data: bytes, fmt: str) -> ParsedFile:
    if fmt == "xliff":
        return parse_xliff(data)
    if fmt == "po":
        return parse_po(data)
    raise ExchangeError(_("Unknown format: %(format)s") % {"format": fmt})


def guess_format(filename: str) -> str:
    return "po" if filename.lower().endswith(".po") else "xliff"


# --- import ----------------------------------------------------------------------------------------

# Files exported before the page models moved from the ``portal`` app to ``pages`` still import.
MOVED_APP_LABELS = {"portal": "pages"}


def _split_id(uid: str):
    parts = uid.split(":")
    if len(parts) < 3:
        return None
    label, pk, name, path = parts[0], parts[1], parts[2], tuple(parts[3:])
    app_label, _dot, model_name = label.partition(".")
    label = f"{MOVED_APP_LABELS.get(app_label, app_label)}.{model_name}"
    try:
        model = apps.get_model(label)
        pk = int(pk)
    except (LookupError, ValueError):
        return None
    if not content.is_translatable(model) or name not in content.translatable_fields(model):
        return None
    return model, pk, name, path


def _load(model, pks):
    objs = model._default_manager.filter(pk__in=pks)
    return {o.pk: o for o in objs}


def validate(user, parsed: ParsedFile, code: str):
    """Every problem with importing ``parsed`` as translations into ``code``, and the planned writes."""
    errors: list[str] = []
    if code not in languages.TRANSLATED_CODES:
        return [_("Unknown language: %(code)s") % {"code": code}], {}
    if parsed.target_language != code:
        errors.append(_("The file is a translation into “%(found)s”, not into “%(expected)s”.")
                      % {"found": parsed.target_language or "?", "expected": code})
    if parsed.source_language != languages.DEFAULT:
        errors.append(_("The file's source language is “%(found)s”, not Swedish.")
                      % {"found": parsed.source_language or "?"})
    try:
        services.check_can_edit(user, code)
    except Exception as exc:
        errors.append(str(exc))
    parsed_ids = [(u, _split_id(u.id)) for u in parsed.units]
    wanted = defaultdict(set)
    for unit, ident in parsed_ids:
        if ident is None:
            errors.append(_("Unknown unit id: %(id)s") % {"id": unit.id})
        else:
            wanted[ident[0]].add(ident[1])
    objects = {model: _load(model, pks) for model, pks in wanted.items()}
    plan: dict[tuple, dict] = defaultdict(dict)  # (model, pk, field) -> {path: target}
    for unit, ident in parsed_ids:
        if ident is None:
            continue
        model, pk, name, path = ident
        obj = objects[model].get(pk)
        if obj is None:
            errors.append(_("Unknown unit id: %(id)s") % {"id": unit.id})
            continue
        sources = {u.path: u for u in content.units(obj, name, languages.DEFAULT)}
        source = sources.get(path)
        if source is None:
            errors.append(_("Unknown unit id: %(id)s") % {"id": unit.id})
            continue
        if content.text_hash(source.text) != unit.source_hash:
            errors.append(_("The Swedish source of %(id)s has changed since the export; export again.")
                          % {"id": unit.id})
            continue
        if not unit.target.strip():
            continue
        if source.rich:
            for problem in markup_errors(unit.target):
                errors.append(_("Broken markup in %(id)s: %(problem)s") % {"id": unit.id, "problem": problem})
        plan[(model, pk, name)][path] = sanitize(unit.target) if source.rich else unit.target
    values = {}
    for (model, pk, name), targets in plan.items():
        obj = objects[model][pk]
        if content.field_kind(model, name) != "stream":
            values[(model, pk, name)] = targets[()]
            continue
        value, missing = _stream_value(obj, name, code, targets)
        if missing:
            errors.append(_("Incomplete translation of %(id)s: %(units)s")
                          % {"id": unit_id(obj, name), "units": ", ".join(missing)})
        values[(model, pk, name)] = value
    return errors, {"objects": objects, "values": values}


def _stream_value(obj, name, code, targets):
    """The translated stream: the existing translation's blocks when they mirror the Swedish ones,
    otherwise a copy of the Swedish blocks; every text leaf must then come from the file."""
    block = content._stream_block(type(obj), name)
    same_shape = _stream_shape(obj, name, code) == _stream_shape(obj, name, languages.DEFAULT)
    base = content.stream_prep(obj, name, code) if same_shape else content.without_ids(
        content.stream_prep(obj, name, languages.DEFAULT))
    missing = []
    for unit in content.units(obj, name, languages.DEFAULT):
        if unit.path in targets:
            content.set_stream_leaf(block, base, unit.path, targets[unit.path])
        elif not same_shape:
            missing.append(":".join(unit.path))
    return base, missing


def import_file(user, data: bytes, fmt: str, code: str, status: str = Status.MACHINE,
                dry_run: bool = False) -> ImportResult:
    """Import translations all-or-nothing: any error and nothing is written."""
    if status not in (Status.MACHINE, Status.REVIEWED):
        return ImportResult(errors=[_("Unknown status: %(status)s") % {"status": status}])
    try:
        parsed = parse(data, fmt)
    except ExchangeError as exc:
        return ImportResult(errors=[str(exc)])
    errors, plan = validate(user, parsed, code)
    if errors:
        return ImportResult(errors=errors)
    by_object = defaultdict(dict)
    for (model, pk, name), value in plan["values"].items():
        by_object[(model, pk)][name] = value
    result = ImportResult(objects=len(by_object))
    if dry_run:
        return result
    with transaction.atomic():
        for (model, pk), fields in by_object.items():
            obj = plan["objects"][model][pk]
            result.changed += _write(user, obj, code, fields, status)
    return result


def _page_holding(obj):
    """(page, accessor) when ``obj`` is stored inside a page's revisions (an inline of the page)."""
    for link in content.parent_links(type(obj)):
        if content.is_page_model(link.related_model) and getattr(obj, link.attname):
            page = link.related_model._default_manager.get(pk=getattr(obj, link.attname))
            return page, link.remote_field.get_accessor_name()
    return None, None


def _set_fields(target, code, fields):
    for name, value in fields.items():
        if content.field_kind(type(target), name) == "stream":
            value = content._stream_block(type(target), name).to_python(value)
        setattr(target, languages.field_name(name, code), value)


def _write_inline(user, obj, page, accessor, code, fields, status) -> int:
    """Inline objects are written through their page's revision, or the next publication would
    bring the old text back."""
    draft = page.has_unpublished_changes
    base = page.get_latest_revision_as_object() if draft else page
    siblings = list(getattr(base, accessor).all())
    target = next((c for c in siblings if c.pk == obj.pk), None)
    if target is None:
        return 0
    setattr(base, accessor, siblings)  # keep the edited objects in memory for the revision
    before = {name: content.field_hash(target, name, code) for name in fields}
    _set_fields(target, code, fields)
    changed = [n for n in fields if content.field_hash(target, n, code) != before[n]]
    draft = draft or not page.permissions_for_user(user).can_publish()
    if changed:
        revision = base.save_revision(user=user, log_action=True)
        if not draft and page.live:
            revision.publish(user=user)
    if not draft:
        fresh = type(obj)._default_manager.get(pk=obj.pk)
        services.sync_object(fresh, Status.MACHINE)
        marked = changed if status == Status.MACHINE else list(fields)
        if marked:
            services.set_status(user, fresh, code, status, fields=marked)
    return len(changed)


def _write(user, obj, code, fields, status) -> int:
    page, accessor = _page_holding(obj)
    if page is not None:
        return _write_inline(user, obj, page, accessor, code, fields, status)
    before = {name: content.field_hash(obj, name, code) for name in fields}
    target = obj
    is_page = isinstance(obj, Page)
    if is_page and obj.has_unpublished_changes:
        target = obj.get_latest_revision_as_object()
    if is_page and not obj.permissions_for_user(user).can_publish():
        # saved for someone who may publish it; its states are recorded on publication
        _set_fields(target, code, fields)
        target.save_revision(user=user, log_action=True)
        return len(fields)
    _set_fields(target, code, fields)
    changed = [n for n in fields if content.field_hash(target, n, code) != before[n]]
    if is_page and target is not obj:
        # a draft waits for its publication, which records its states
        if changed:
            target.save_revision(user=user, log_action=True)
        return len(changed)
    if changed:
        if is_page:
            revision = target.save_revision(user=user, log_action=True)
            if obj.live:
                revision.publish(user=user)
        else:
            target.save()
    services.sync_object(target, Status.MACHINE)
    marked = changed if status == Status.MACHINE else list(fields)
    if marked:
        services.set_status(user, target, code, status, fields=marked)
    return len(changed)
