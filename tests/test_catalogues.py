"""Every message catalogue is complete: no untranslated or fuzzy entry, machine translation declared."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from kernel import languages

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("lang", languages.TABLE, ids=lambda lang: lang.code)
def test_catalogue_is_complete(lang):
    catalogue = polib.pofile(str(LOCALE / lang.locale / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in catalogue.untranslated_entries() if not e.obsolete]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated, f"{lang.code}: untranslated {untranslated[:10]}"
    assert not fuzzy, f"{lang.code}: fuzzy {fuzzy[:10]}"
    assert len(catalogue.translated_entries()) > 0


@pytest.mark.parametrize("lang", languages.TABLE, ids=lambda lang: lang.code)
def test_catalogue_declares_how_it_was_translated(lang):
    catalogue = polib.pofile(str(LOCALE / lang.locale / "LC_MESSAGES" / "django.po"))
    assert catalogue.metadata.get("Language") == lang.locale
    assert catalogue.metadata.get("X-Translation-Status") in {"machine", "reviewed", "source"}


@pytest.mark.parametrize("lang", languages.TABLE, ids=lambda lang: lang.code)
def test_placeholders_survive_translation(lang):
    catalogue = polib.pofile(str(LOCALE / lang.locale / "LC_MESSAGES" / "django.po"))
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            # Singular forms (n == 1, n == 0 in Arabic) may spell the number out; the general form may not.
            source, translated = entry.msgid_plural, entry.msgstr_plural[max(entry.msgstr_plural)]
        else:
            source, translated = entry.msgid, entry.msgstr
        for placeholder in _placeholders(source):
            assert placeholder in translated, f"{lang.code}: {placeholder} lost in {source!r}"


def _placeholders(text):
    import re

    return set(re.findall(r"%\([a-z_]+\)[sd]|\{[a-z_]+\}", text))


@pytest.mark.parametrize("lang", languages.TABLE, ids=lambda lang: lang.code)
def test_the_city_is_named_one_way_in_each_language(lang):
    """Either every message keeps "Västerås" as written or every one spells it in the language's script."""
    catalogue = polib.pofile(str(LOCALE / lang.locale / "LC_MESSAGES" / "django.po"))
    kept = {entry.msgstr.count("Västerås") > 0 for entry in catalogue.translated_entries()
            if "Västerås" in entry.msgid and not entry.msgid_plural}
    assert len(kept) <= 1, f"{lang.code}: Västerås both as written and transliterated"


def test_tigrinya_separates_clauses_with_the_comma_not_the_word_separator():
    """``፡`` (the old word separator) followed by a space is a comma written wrong: Tigrinya's comma is ``፣``."""
    import re

    catalogue = polib.pofile(str(LOCALE / languages.get("ti").locale / "LC_MESSAGES" / "django.po"))
    wrong = [e.msgid for e in catalogue.translated_entries() if re.search(r"፡(\s|$)", e.msgstr)]
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("context, msgid", [
    ("organisation status", "Closed"), ("service status", "Closed"), ("opening hours", "Closed"),
    ("noun", "Search"), ("verb", "Search"),
])
@pytest.mark.parametrize("lang", languages.TABLE, ids=lambda lang: lang.code)
def test_ambiguous_messages_are_translated_in_their_context(lang, context, msgid):
    catalogue = polib.pofile(str(LOCALE / lang.locale / "LC_MESSAGES" / "django.po"))
    entry = catalogue.find(msgid, msgctxt=context)
    assert entry is not None and entry.msgstr, f"{lang.code}: {context!r} {msgid!r} has no translation"


def test_a_closed_day_and_a_closed_organisation_read_differently_where_grammar_differs():
    from django.utils import translation
    from django.utils.translation import pgettext

    for code, day, organisation in (("sv", "Stängt", "Nedlagd"), ("ru", "Закрыто", "Закрыта"),
                                    ("uk", "Зачинено", "Закрита")):
        with translation.override(code):
            assert pgettext("opening hours", "Closed") == day
            assert pgettext("organisation status", "Closed") == organisation


def _translations(lang):
    catalogue = polib.pofile(str(LOCALE / lang.locale / "LC_MESSAGES" / "django.po"))
    # a message kept as written in English (a product name, "PNG") says nothing about the language
    return {(e.msgctxt, e.msgid): e.msgstr for e in catalogue.translated_entries()
            if not e.msgid_plural and e.msgstr != e.msgid}


def _pairs():
    return [(a, b) for i, a in enumerate(languages.TABLE) for b in languages.TABLE[i + 1:]]


@pytest.mark.parametrize("first, second", _pairs(), ids=lambda lang: lang.code)
def test_no_catalogue_is_a_near_copy_of_another(first, second):
    """Dari is not Persian with another name, lättläst is not Swedish: at most 90% identical translations."""
    a, b = _translations(first), _translations(second)
    shared = a.keys() & b.keys()
    if len(shared) < 50:
        return  # English, the source, keeps its messages as written
    identical = sum(1 for key in shared if a[key] == b[key])
    assert identical / len(shared) <= 0.9, f"{first.code}/{second.code}: {identical} of {len(shared)} identical"


def test_dari_speaks_afghan_dari():
    """The words of Afghanistan, not of Iran, where they differ."""
    dari = " ".join(_translations(languages.get("prs")).values())
    for iranian, afghan in (("سلامت", "صحت"), ("وب‌سایت", "ویب‌سایت"), ("اطلاعات", "معلومات"), ("تلفن", "تیلفون")):
        assert iranian not in dari and afghan in dari, (iranian, afghan)
