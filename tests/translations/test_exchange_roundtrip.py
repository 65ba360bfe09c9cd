"""Exporting and importing unchanged translations changes nothing, in XLIFF and in PO."""

import pytest

from kernel import languages
from translations import content, exchange
from translations.models import FieldTranslationState, Status


def _snapshot(objs, code):
    return {
        (type(o).__name__, o.pk, name): content.field_hash(type(o)._default_manager.get(pk=o.pk), name, code)
        for o in objs for name in content.translatable_fields(type(o))
    }


def _states():
    return set(FieldTranslationState.objects.values_list("object_id", "field", "language", "status",
                                                         "source_hash", "target_hash"))


@pytest.mark.parametrize("fmt", exchange.FORMATS)
def test_round_trip_changes_nothing(fmt, page, article, organization, staff):
    objs = [page, article, organization, organization.services.get()]
    before, states = _snapshot(objs, "ar"), _states()
    _name, data = exchange.export("all", "ar", fmt)

    result = exchange.import_file(staff, data, fmt, "ar", Status.MACHINE)

    assert result.ok, result.errors
    assert result.changed == 0
    assert _snapshot(objs, "ar") == before
    assert _states() == states


@pytest.mark.parametrize("fmt", exchange.FORMATS)
def test_export_carries_source_target_and_hash(fmt, article):
    _name, data = exchange.export(f"page:{article.pk}", "ar", fmt)
    text = data.decode()
    assert "Registrera dig hos" in text and "سجل في" in text
    assert content.text_hash("Så söker du jobb.") in text
    assert "112" not in text  # a number is not text to translate


@pytest.mark.parametrize("fmt", exchange.FORMATS)
def test_import_writes_translation_and_chosen_status(fmt, page, staff):
    _name, data = exchange.export(f"page:{page.pk}", "so", fmt)
    if fmt == "po":
        import polib

        po = polib.pofile(data.decode())
        po.find(f"pages.homepage:{page.pk}:intro", by="msgctxt").msgstr = "Ku soo dhowow Västerås."
        data = str(po).encode()
    else:
        data = data.replace(
            "Välkommen till Västerås. Här finns information om samhället.</source>".encode(),
            "Välkommen till Västerås. Här finns information om samhället.</source>"
            "<target>Ku soo dhowow Västerås.</target>".encode(),
        )

    result = exchange.import_file(staff, data, fmt, "so", Status.REVIEWED)

    assert result.ok, result.errors
    page.refresh_from_db()
    assert page.intro_so == "Ku soo dhowow Västerås."
    state = FieldTranslationState.objects.get(object_id=page.pk, field="intro", language="so")
    assert (state.status, state.reviewed_by) == (Status.REVIEWED, staff)


def test_stream_translation_rebuilt_from_swedish_blocks(article, staff):
    units = exchange.collect([article], "so")
    body = [u for u in units if ":body:" in u.id]
    assert [u.target for u in body] == ["", "", "", "", ""]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<xliff xmlns="{exchange.XLIFF_NS}" version="2.0" srcLang="sv" trgLang="so"><file id="f">',
    ]
    for u in body:
        target = "<p>Is diiwaan geli.</p>" if u.rich else f"SO {u.source}"
        lines.append(f'<unit id="{u.id}"><notes><note category="source-hash">{u.source_hash}</note></notes>'
                     f'<segment><source>x</source><target>{exchange_escape(target)}</target></segment></unit>')
    lines.append("</file></xliff>")
    result = exchange.import_file(staff, "".join(lines).encode(), "xliff", "so")
    assert result.ok, result.errors
    article.refresh_from_db()
    body_so = article.body_so
    assert [b.block_type for b in body_so] == ["heading", "paragraph", "bullets", "phone"]
    assert body_so[0].value == "SO Arbetsförmedlingen"
    assert body_so[3].value["number"] == "112"
    assert not content.is_empty(article, "body", "so")
    assert languages.field_name("body", "so") == "body_so"


def exchange_escape(text):
    from xml.sax.saxutils import escape

    return escape(text)


def test_files_exported_before_the_page_app_moved_still_import(page, staff):
    """Unit ids were ``portal.<model>:…`` while the page models lived in the ``portal`` app."""
    import polib

    _name, data = exchange.export(f"page:{page.pk}", "so", "po")
    po = polib.pofile(data.decode())
    entry = po.find(f"pages.homepage:{page.pk}:intro", by="msgctxt")
    entry.msgctxt = f"portal.homepage:{page.pk}:intro"
    entry.msgstr = "Ku soo dhowow Västerås."
    result = exchange.import_file(staff, str(po).encode(), "po", "so", Status.REVIEWED)
    assert result.ok, result.errors
    page.refresh_from_db()
    assert page.intro_so == "Ku soo dhowow Västerås."
