"""Reads ESF project cards (text copied from the ESF council's project bank) into ``ProjectCard`` records.

Two layouts are understood: a field name on its own line ending in a colon with the value on the next
line, and a field name glued to its value on one line (``RegionSmåland och Öarna``). Page noise around the
card (cookie banners, menus) is skipped. Writing the cards to the database is ``import_cards``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

# Field names as the cards print them, each mapped to the attribute it fills. ``None`` marks a field
# that is recognised (so that the glued layout can be split at it) but not stored.
KEYS: dict[str, str | None] = {
    "Diarienummer": "case_number",
    "Ärendenummer": "case_number",
    "Projektnummer": "case_number",
    "Namn": "name",
    "Projektnamn": "name",
    "Startdatum": "start",
    "Slutdatum": "end",
    "Projektperiod": "period",
    "Total projektbudget": "budget",
    "Total budget": "budget",
    "Beviljat ESF-stöd": "esf_support",
    "Region": "region",
    "Projektägare": "owner",
    "Organisationsnummer": "org_number",
    "Kontaktperson": "contact_name",
    "E-postadress": "contact_email",
    "E-post": "contact_email",
    "Telefonnummer": "contact_phone",
    "Telefon": "contact_phone",
    "Planerat antal deltagare": None,
    "Stödmottagare postnr": None,
    "Stödmottagarens address": None,
    "Stödmottagarens adress": None,
    "Programområde": None,
    "Specifikt mål": None,
    "Unionens medfinansieringsgrad": None,
    "Interventionstyp": None,
    "Projektfas": None,
}
# Longest first, so that "E-postadress" wins over "E-post" when a name is glued to its value.
_KEYS_BY_LENGTH = sorted(KEYS, key=len, reverse=True)
_KEY_ALTERNATIVES = "|".join(re.escape(k) for k in _KEYS_BY_LENGTH)
_KNOWN_COLON_KEY = re.compile(rf"^({_KEY_ALTERNATIVES})\s*:\s*(.*)$")
# Any short label ending in a colon, alone on its line ("Stödmottagarens address:")
_LABEL_ALONE = re.compile(r"^[A-ZÅÄÖ][\w .()/-]{0,48}:$")
_HEADER = re.compile(r"^(?P<case>\d{4}[/-]\d{3,8})\s+[-–—]\s+(?P<name>.+)$")
_CASE_NUMBER = re.compile(r"^\d{4}[/-]\d{3,8}$")
_ORG_NUMBER = re.compile(r"\b(\d{6}-\d{4})\b")
_PERIOD_SEPARATOR = re.compile(r"\s+(?:-|–|—|till)\s+")
_MISSING = {"", "-", "–", "saknas", "uppgift saknas"}
_SUMMARY_HEADING = "Sammanfattning"


class CardError(ValueError):
    """A card that cannot be read: names the file and the line."""

    def __init__(self, source: str, line: int, message: str):
        self.source, self.line, self.message = source, line, message
        super().__init__(
            _("%(source)s, line %(line)s: %(message)s") % {"source": source, "line": line, "message": message}
        )


@dataclass(frozen=True)
class ProjectCard:
    source: str
    name: str
    case_number: str  # empty when the card prints none (older cards)
    start: date
    end: date
    budget: Decimal | None
    esf_support: Decimal | None
    region: str = ""
    owner_name: str = ""  # empty when the card says the owner is missing
    owner_unit: str = ""
    owner_org_number: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    summary: str = ""


@dataclass
class _Field:
    value: str
    line: int


@dataclass
class _Parsed:
    fields: dict[str, list[_Field]] = field(default_factory=dict)
    title: _Field | None = None
    block_start: int = 0
    body: list[tuple[int, str]] = field(default_factory=list)

    def add(self, attribute: str | None, value: str, line: int) -> None:
        if attribute:
            self.fields.setdefault(attribute, []).append(_Field(value.strip(), line))

    def first(self, attribute: str) -> _Field | None:
        found = [f for f in self.fields.get(attribute, []) if f.value.lower() not in _MISSING]
        return found[0] if found else None


def _clean(line: str) -> str:
    return line.replace("\u00a0", " ").replace("\u202f", " ").strip()


def _glued_key(line: str) -> tuple[str, str] | None:
    for key in _KEYS_BY_LENGTH:
        if line.startswith(key) and len(line) > len(key):
            return key, line[len(key):].strip()
    return None


def _split(lines: list[str]) -> _Parsed:
    """Finds the block of fields, the title line before it and the free text after it."""
    parsed = _Parsed()
    colon_layout = any(_KNOWN_COLON_KEY.match(line) for line in lines)
    index, count = 0, len(lines)

    def is_key(line: str) -> bool:
        if colon_layout:
            return bool(_KNOWN_COLON_KEY.match(line) or _LABEL_ALONE.match(line))
        return _glued_key(line) is not None

    def starts_block(line: str) -> bool:
        return bool(_KNOWN_COLON_KEY.match(line) if colon_layout else _glued_key(line))

    while index < count and not starts_block(lines[index]):
        index += 1
    if index == count:
        return parsed
    parsed.block_start = index + 1
    for before in range(index - 1, -1, -1):
        if lines[before]:
            parsed.title = _Field(lines[before], before + 1)
            break

    while index < count:
        line = lines[index]
        if not line:
            index += 1
            continue
        if not is_key(line):
            break
        if colon_layout:
            known = _KNOWN_COLON_KEY.match(line)
            key, value = (known.group(1), known.group(2)) if known else (line[:-1].strip(), "")
            value_line = index + 1
            if not value and index + 1 < count and lines[index + 1] and not is_key(lines[index + 1]):
                index += 1
                value, value_line = lines[index], index + 1
        else:
            key, value = _glued_key(line)
            value_line = index + 1
        parsed.add(KEYS.get(key), value, value_line)
        index += 1

    parsed.body = [(number + 1, lines[number]) for number in range(index, count)]
    return parsed


def _is_heading(text: str) -> bool:
    return len(text) <= 40 and not text.endswith((".", "!", "?", ":"))


def _summary(body: list[tuple[int, str]]) -> str:
    texts = [text for _number, text in body if text]
    if _SUMMARY_HEADING in texts:
        texts = texts[texts.index(_SUMMARY_HEADING) + 1:]
    for text in texts:
        if not _is_heading(text):
            return text
    return ""


def _parse_date(source: str, item: _Field, text: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise CardError(
            source, item.line, _("cannot read the date “%(value)s” (expected YYYY-MM-DD)") % {"value": text}
        ) from None


def _parse_amount(source: str, item: _Field | None) -> Decimal | None:
    if item is None:
        return None
    text = re.sub(r"\s*(kr|sek|:-)\.?$", "", item.value, flags=re.IGNORECASE)
    digits = re.sub(r"\s", "", text)
    if re.fullmatch(r"\d+([.,]\d{1,2})?", digits):
        try:
            return Decimal(digits.replace(",", "."))
        except InvalidOperation:
            pass
    raise CardError(source, item.line, _("cannot read the amount “%(value)s”") % {"value": item.value})


def _case_number(source: str, parsed: _Parsed) -> str:
    sources = list(parsed.fields.get("case_number", []))
    if parsed.title and (header := _HEADER.match(parsed.title.value)):
        sources.insert(0, _Field(header.group("case"), parsed.title.line))
    chosen: _Field | None = None
    for item in sources:
        if not item.value:
            continue
        if not _CASE_NUMBER.match(item.value):
            raise CardError(
                source, item.line, _("cannot read the case number “%(value)s”") % {"value": item.value}
            )
        if chosen is None:
            chosen = item
        elif item.value != chosen.value:
            raise CardError(
                source,
                item.line,
                _("the case number %(value)s differs from %(other)s on line %(line)s")
                % {"value": item.value, "other": chosen.value, "line": chosen.line},
            )
    if chosen is None and sources:
        raise CardError(source, sources[0].line, _("the case number is empty"))
    return chosen.value if chosen else ""


def _period(source: str, parsed: _Parsed) -> tuple[date, date]:
    start = end = None
    period = parsed.first("period")
    if period:
        parts = _PERIOD_SEPARATOR.split(period.value)
        if len(parts) != 2:
            raise CardError(
                source,
                period.line,
                _("cannot read the period “%(value)s” (expected YYYY-MM-DD - YYYY-MM-DD)")
                % {"value": period.value},
            )
        start, end = (_parse_date(source, period, part.strip()) for part in parts)
    for attribute in ("start", "end"):
        item = parsed.first(attribute)
        if item is None:
            continue
        value = _parse_date(source, item, item.value)
        current = start if attribute == "start" else end
        if current is not None and current != value:
            raise CardError(
                source,
                item.line,
                _("the date differs from the project period on line %(line)s") % {"line": period.line},
            )
        if attribute == "start":
            start = value
        else:
            end = value
    if start is None or end is None:
        line = period.line if period else parsed.block_start
        raise CardError(source, line, _("the project has no period (start and end date)"))
    if end < start:
        raise CardError(source, period.line if period else parsed.block_start,
                        _("the period ends before it starts"))
    return start, end


def parse_card(text: str, source: str = "<card>") -> ProjectCard:
    lines = [_clean(line) for line in text.splitlines()]
    parsed = _split(lines)
    if not parsed.fields:
        raise CardError(source, 1, _("no project details found; is this an ESF project card?"))

    case_number = _case_number(source, parsed)
    name_field = parsed.first("name")
    if name_field:
        name = name_field.value
    elif parsed.title:
        header = _HEADER.match(parsed.title.value)
        name = header.group("name").strip() if header else parsed.title.value
    else:
        raise CardError(source, parsed.block_start, _("the project has no name"))

    start, end = _period(source, parsed)
    budget = _parse_amount(source, parsed.first("budget"))
    esf_support = _parse_amount(source, parsed.first("esf_support"))
    if budget is not None and esf_support is not None and esf_support > budget:
        raise CardError(
            source, parsed.first("esf_support").line, _("the ESF support is larger than the total budget")
        )

    owner_name = owner_unit = org_number = ""
    owner = parsed.first("owner")
    org_field = parsed.first("org_number")
    if owner:
        text_without_number = owner.value
        if found := _ORG_NUMBER.search(owner.value):
            org_number = found.group(1)
            text_without_number = _ORG_NUMBER.sub("", owner.value).replace("()", "")
        parts = list(dict.fromkeys(p.strip() for p in text_without_number.split(",") if p.strip()))
        owner_name, owner_unit = parts[0], ", ".join(parts[1:])
    if org_field:
        org_number = org_field.value
    if org_number:
        checked = org_field or owner
        if not _valid_org_number(org_number):
            raise CardError(
                source, checked.line, _("“%(value)s” is not a valid organisation number") % {"value": org_number}
            )

    email = parsed.first("contact_email")
    if email:
        try:
            validate_email(email.value)
        except ValidationError:
            raise CardError(
                source, email.line, _("“%(value)s” is not a valid e-mail address") % {"value": email.value}
            ) from None

    def value(attribute: str) -> str:
        item = parsed.first(attribute)
        return item.value if item else ""

    return ProjectCard(
        source=source,
        name=name,
        case_number=case_number,
        start=start,
        end=end,
        budget=budget,
        esf_support=esf_support,
        region=value("region"),
        owner_name=owner_name,
        owner_unit=owner_unit,
        owner_org_number=org_number,
        contact_name=value("contact_name"),
        contact_email=value("contact_email"),
        contact_phone=value("contact_phone"),
        summary=_summary(parsed.body),
    )


def _valid_org_number(number: str) -> bool:
    """Swedish organisation numbers end in a Luhn check digit."""
    digits = [int(d) for d in number.replace("-", "")]
    if len(digits) != 10:
        return False
    total = 0
    for position, digit in enumerate(digits):
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def read_card(path: str | Path) -> ProjectCard:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise CardError(str(path), line, _("the file is not UTF-8 text")) from None
    return parse_card(text, source=str(path))


# --- writing cards to the database -----------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    card: ProjectCard
    action: str  # "create", "update" or "unchanged"
    owner_action: str  # "create", "existing" or "none"

    def describe(self) -> str:
        project = f"{self.card.case_number} {self.card.name}".strip()
        owner = {
            "create": _("new unpublished organisation %(name)s"),
            "existing": _("organisation %(name)s"),
            "none": _("no project owner on the card"),
        }[self.owner_action] % {"name": self.card.owner_name}
        action = {"create": _("create"), "update": _("update"), "unchanged": _("unchanged")}[self.action]
        return f"{action}: {project} ({owner})"


def _project_fields(card: ProjectCard) -> dict:
    return {
        "name": card.name,
        "case_number": card.case_number,
        "start": card.start,
        "end": card.end,
        "budget": card.budget,
        "esf_support": card.esf_support,
        "region": card.region,
        "owner_unit": card.owner_unit,
        "owner_org_number": card.owner_org_number,
        "contact_name": card.contact_name,
        "contact_email": card.contact_email,
        "contact_phone": card.contact_phone,
        "summary": card.summary,
        "source": Path(card.source).name,
    }


def _find_project(card: ProjectCard):
    from directory.models import Project

    if card.case_number:
        return Project.objects.filter(case_number=card.case_number).first()
    return Project.objects.filter(case_number="", name=card.name, start=card.start).first()


def _find_owner(card: ProjectCard):
    from directory.models import Organization

    if not card.owner_name:
        return None
    return Organization.objects.filter(name__iexact=card.owner_name).order_by("pk").first()


def import_cards(paths, *, dry_run: bool = False) -> list[Outcome]:
    """Reads every card first, then writes all of them in one transaction (or nothing with ``dry_run``).

    A project is the same project again when its case number matches (or, for cards without one, its name
    and start date): importing a card twice changes nothing. The owner is matched by name; an owner not
    yet in the directory is created unpublished, with no facts beyond its name, for staff to complete.
    """
    from django.db import transaction

    from directory.models import Organization, Project, Status
    from directory.services import unique_slug

    cards = [read_card(path) for path in paths]
    outcomes: list[Outcome] = []
    with transaction.atomic():
        for card in cards:
            owner = _find_owner(card)
            owner_action = "none" if not card.owner_name else ("existing" if owner else "create")
            if owner_action == "create" and not dry_run:
                owner = Organization.objects.create(
                    name=card.owner_name,
                    slug=unique_slug(card.owner_name),
                    status=Status.UNKNOWN,
                    is_published=False,
                    source=_("ESF project card %(file)s") % {"file": Path(card.source).name},
                )
            fields = _project_fields(card)
            project = _find_project(card)
            if project is None:
                action = "create"
                if not dry_run:
                    Project.objects.create(organization=owner, **fields)
            else:
                changed = {k: v for k, v in fields.items() if getattr(project, k) != v}
                if owner is not None and project.organization_id != owner.pk:
                    changed["organization"] = owner
                action = "update" if changed else "unchanged"
                if changed and not dry_run:
                    for key, value in changed.items():
                        setattr(project, key, value)
                    project.save()
            outcomes.append(Outcome(card, action, owner_action))
    return outcomes
