"""Reading translation status: per field, per object and language, computed from the stored states."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType

from kernel import languages
from kernel.cache import get_or_compute, key
from translations import content
from translations.models import FieldTranslationState, Status

# Worst first: the status of an object in a language is the worst status among its fields.
SEVERITY = (Status.OUTDATED, Status.MISSING, Status.MACHINE, Status.REVIEWED)


@dataclass
class FieldStatus:
    obj: object
    field: str
    language: str
    status: str
    state: FieldTranslationState | None = None


@dataclass
class LanguageStatus:
    language: str
    fields: list[FieldStatus] = field(default_factory=list)

    @property
    def status(self) -> str | None:
        present = {f.status for f in self.fields}
        return next((s for s in SEVERITY if s in present), None)

    def has(self, status: str) -> bool:
        return any(f.status == status for f in self.fields)

    @property
    def problems(self) -> list[FieldStatus]:
        return [f for f in self.fields if f.status in (Status.MISSING, Status.OUTDATED)]

    @property
    def updated_at(self):
        dates = [f.state.updated_at for f in self.fields if f.state is not None]
        return max(dates) if dates else None

    @property
    def last_review(self) -> FieldTranslationState | None:
        reviewed = [f.state for f in self.fields if f.state is not None and f.state.reviewed_at]
        return max(reviewed, key=lambda s: s.reviewed_at) if reviewed else None


StateMap = dict[tuple[int, int], dict[tuple[str, str], FieldTranslationState]]


def load_states(objs, codes=None) -> StateMap:
    """Every stored state of ``objs`` in one query (plus cached content types)."""
    by_type: dict[int, list[int]] = defaultdict(list)
    for obj in objs:
        by_type[ContentType.objects.get_for_model(type(obj)).pk].append(obj.pk)
    result: StateMap = defaultdict(dict)
    if not by_type:
        return result
    from django.db.models import Q

    query = Q()
    for ct_id, pks in by_type.items():
        query |= Q(content_type_id=ct_id, object_id__in=pks)
    qs = FieldTranslationState.objects.filter(query).select_related("reviewed_by")
    if codes is not None:
        qs = qs.filter(language__in=codes)
    for state in qs:
        result[(state.content_type_id, state.object_id)][(state.field, state.language)] = state
    return result


# The cache generation of the stored states, purged by every write of them (``translations.services``).
STATES = "translation-states"


def public_states(obj, codes) -> StateMap:
    """The stored states of ``obj`` in ``codes`` as ``load_states`` gives them, kept in the cache until
    any state is written: what the public translation notice needs (status, hash and dates; not who
    reviewed)."""
    ct_id = ContentType.objects.get_for_model(type(obj)).pk

    def compute():
        return [tuple(row) for row in FieldTranslationState.objects.filter(
            content_type_id=ct_id, object_id=obj.pk, language__in=codes).values_list(
            "field", "language", "status", "source_hash", "updated_at", "reviewed_at")]

    rows = get_or_compute(key("translation-states", str(ct_id), str(obj.pk), *codes, depends_on=(STATES,)), compute)
    result: StateMap = defaultdict(dict)
    for name, code, status, source_hash, updated_at, reviewed_at in rows:
        result[(ct_id, obj.pk)][(name, code)] = FieldTranslationState(
            content_type_id=ct_id, object_id=obj.pk, field=name, language=code, status=status,
            source_hash=source_hash, updated_at=updated_at, reviewed_at=reviewed_at)
    return result


def field_status(obj, field_name: str, code: str, source_hash: str, state) -> str:
    if content.is_empty(obj, field_name, code):
        return Status.MISSING
    if state is None:  # text that was never recorded (written around the signals): unreviewed
        return Status.MACHINE
    if state.source_hash != source_hash:
        return Status.OUTDATED
    return state.status


def object_statuses(obj, states: StateMap, codes=languages.TRANSLATED_CODES) -> dict[str, LanguageStatus]:
    """Status of each translatable field of ``obj`` with Swedish text, per language."""
    ct_id = ContentType.objects.get_for_model(type(obj)).pk
    own = states.get((ct_id, obj.pk), {})
    result = {code: LanguageStatus(code) for code in codes}
    for name in content.translatable_fields(type(obj)):
        if content.is_empty(obj, name, languages.DEFAULT):
            continue
        source_hash = content.field_hash(obj, name, languages.DEFAULT)
        for code in codes:
            state = own.get((name, code))
            result[code].fields.append(
                FieldStatus(obj, name, code, field_status(obj, name, code, source_hash, state), state)
            )
    return result


def statuses_for(obj, codes=languages.TRANSLATED_CODES) -> dict[str, LanguageStatus]:
    return object_statuses(obj, load_states([obj], codes), codes)
