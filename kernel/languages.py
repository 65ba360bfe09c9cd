"""The one table of language facts: codes, names, direction, fallbacks and search analysis.

Everything else (Django's LANGUAGES and LANGUAGES_BIDI, the missing LANG_INFO entries, the
modeltranslation settings, the search analysers) is derived from ``TABLE``. Adding a language is one
row here, one migration and one message catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_noop as _


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # English name; marked for translation, shown translated in the admin
    name_local: str  # the language's name in its own script (shown in the switcher)
    bidi: bool
    script: str
    fallbacks: tuple[str, ...]
    analysis: str  # key of the search analysis chain in search/analysis.py
    stemmer: str | None = None  # snowball algorithm name, where one exists
    # whether a machine may draft it: lättläst is written by people who know its readers
    machine_translatable: bool = True

    @property
    def direction(self) -> str:
        return "rtl" if self.bidi else "ltr"

    @property
    def field_suffix(self) -> str:
        """Suffix of modeltranslation columns: ``title_sv_x_simple``."""
        return self.code.replace("-", "_")

    @property
    def locale(self) -> str:
        """Folder name of the message catalogue under ``locale/``."""
        from django.utils.translation import to_locale

        return to_locale(self.code)


DEFAULT = "sv"

TABLE: tuple[Language, ...] = (
    Language("sv", _("Swedish"), "Svenska", False, "Latn", (), "swedish", "swedish"),
    Language("sv-x-simple", _("Easy-to-read Swedish"), "Lättläst svenska", False, "Latn", ("sv",),
             "swedish", "swedish", machine_translatable=False),
    Language("en", _("English"), "English", False, "Latn", ("sv",), "english", "english"),
    Language("ar", _("Arabic"), "العربية", True, "Arab", ("sv",), "arabic", "arabic"),
    Language("fa", _("Persian"), "فارسی", True, "Arab", ("sv",), "persian", None),
    Language("prs", _("Dari"), "دری", True, "Arab", ("fa", "sv"), "persian", None),
    Language("ps", _("Pashto"), "پښتو", True, "Arab", ("sv",), "pashto", None),
    Language("ckb", _("Central Kurdish (Sorani)"), "کوردی", True, "Arab", ("sv",), "sorani", None),
    Language("so", _("Somali"), "Soomaali", False, "Latn", ("sv",), "somali", None),
    Language("ti", _("Tigrinya"), "ትግርኛ", False, "Ethi", ("sv",), "tigrinya", None),
    Language("uk", _("Ukrainian"), "Українська", False, "Cyrl", ("sv",), "ukrainian", None),
    Language("ru", _("Russian"), "Русский", False, "Cyrl", ("sv",), "russian", "russian"),
    Language("tr", _("Turkish"), "Türkçe", False, "Latn", ("sv",), "turkish", "turkish"),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in TABLE}
CODES: tuple[str, ...] = tuple(BY_CODE)
TRANSLATED_CODES: tuple[str, ...] = tuple(c for c in CODES if c != DEFAULT)
RTL_CODES: tuple[str, ...] = tuple(lang.code for lang in TABLE if lang.bidi)


def get(code: str) -> Language:
    return BY_CODE[code]


def fallback_chain(code: str) -> tuple[str, ...]:
    """The languages to try, in order, for text missing in ``code`` (``code`` itself first)."""
    chain = [code, *BY_CODE[code].fallbacks]
    if DEFAULT not in chain:
        chain.append(DEFAULT)
    return tuple(dict.fromkeys(chain))


def field_name(field: str, code: str) -> str:
    return f"{field}_{BY_CODE[code].field_suffix}"


# --- settings derived from the table -------------------------------------------------------------

def django_languages() -> list[tuple[str, str]]:
    return [(lang.code, gettext_lazy(lang.name)) for lang in TABLE]


def django_bidi() -> list[str]:
    return list(RTL_CODES)


def lang_info_additions() -> dict[str, dict]:
    """LANG_INFO entries for the codes Django does not know (or knows with the wrong direction)."""
    from django.conf.locale import LANG_INFO

    extra = {}
    for lang in TABLE:
        known = LANG_INFO.get(lang.code)
        if known is None or known.get("bidi") != lang.bidi:
            extra[lang.code] = {
                "bidi": lang.bidi,
                "code": lang.code,
                "name": lang.name,
                "name_local": lang.name_local,
            }
    return extra


def modeltranslation_fallbacks() -> dict[str, tuple[str, ...]]:
    fallbacks: dict[str, tuple[str, ...]] = {"default": (DEFAULT,)}
    for lang in TABLE:
        if lang.fallbacks and lang.fallbacks != (DEFAULT,):
            fallbacks[lang.code] = lang.fallbacks
    return fallbacks
