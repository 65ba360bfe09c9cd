"""An import with any problem is rejected whole, with a clear error for each problem."""

import polib
import pytest
from django.utils import translation

from translations import content, exchange
from translations.models import FieldTranslationState


def _edit_po(data, edits):
    po = polib.pofile(data.decode())
    for ctx, msgstr in edits.items():
        po.find(ctx, by="msgctxt").msgstr = msgstr
    return po


@pytest.fixture
def exported(page, article, staff):
    _name, data = exchange.export("all", "ar", "po")
    return data


def _import_changing_nothing(staff, po, code, objs):
    """Import ``po`` and check that neither text nor states changed."""
    def snapshot():
        return (
            {(o.pk, n, c): content.field_hash(type(o).objects.get(pk=o.pk), n, c)
             for o in objs for n in content.translatable_fields(type(o)) for c in ("ar", "fa", "sv")},
            list(FieldTranslationState.objects.order_by("pk").values()),
        )

    before = snapshot()
    with translation.override("en"):
        result = exchange.import_file(staff, str(po).encode(), "po", code)
    assert snapshot() == before
    assert not result.ok
    return result


def _good_edit(page):
    return {f"pages.homepage:{page.pk}:intro": "نص جديد صحيح."}


def test_changed_source_since_export(page, article, staff, exported):
    page.intro_sv = "En helt ny svensk text."
    page.save_revision().publish()
    po = _edit_po(exported, _good_edit(page))
    result = _import_changing_nothing(staff, po, "ar", (page, article))
    assert any("has changed since the export" in e and f"homepage:{page.pk}:intro" in e for e in result.errors)


def test_unknown_id(page, article, staff, exported):
    po = _edit_po(exported, _good_edit(page))
    po.append(polib.POEntry(msgctxt="pages.homepage:999999:intro", msgid="x", msgstr="y",
                            comment="source-hash: 0"))
    po.append(polib.POEntry(msgctxt="auth.user:1:username", msgid="x", msgstr="y", comment="source-hash: 0"))
    result = _import_changing_nothing(staff, po, "ar", (page, article))
    assert "Unknown unit id: pages.homepage:999999:intro" in result.errors
    assert "Unknown unit id: auth.user:1:username" in result.errors


def test_broken_markup(page, article, staff, exported):
    paragraph = next(u.id for u in exchange.collect([article], "ar") if "paragraph" in u.id)
    po = _edit_po(exported, {**_good_edit(page), paragraph: "<p>سجل <b>هنا</p>"})
    result = _import_changing_nothing(staff, po, "ar", (page, article))
    assert any(e.startswith(f"Broken markup in {paragraph}") for e in result.errors)


def test_disallowed_tag(page, article, staff, exported):
    paragraph = next(u.id for u in exchange.collect([article], "ar") if "paragraph" in u.id)
    po = _edit_po(exported, {paragraph: '<p>سجل <script src="x.js"></script></p>'})
    result = _import_changing_nothing(staff, po, "ar", (page, article))
    assert any("<script> is not allowed" in e for e in result.errors)


def test_wrong_target_language(page, article, staff, exported):
    po = _edit_po(exported, _good_edit(page))
    result = _import_changing_nothing(staff, po, "fa", (page, article))
    assert "The file is a translation into “ar”, not into “fa”." in result.errors


def test_all_problems_reported_together(page, article, staff, exported):
    page.intro_sv = "Ändrad."
    page.save_revision().publish()
    paragraph = next(u.id for u in exchange.collect([article], "ar") if "paragraph" in u.id)
    po = _edit_po(exported, {**_good_edit(page), paragraph: "<p>bruten"})
    po.append(polib.POEntry(msgctxt="pages.homepage:999999:intro", msgid="x", msgstr="y"))
    result = _import_changing_nothing(staff, po, "fa", (page, article))
    assert len(result.errors) == 4, result.errors


def test_unreadable_files(staff, db):
    assert not exchange.import_file(staff, b"<xliff", "xliff", "ar").ok
    assert not exchange.import_file(staff, b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "xliff", "ar").ok
    assert not exchange.import_file(staff, b"\xff\xfe", "po", "ar").ok


def test_po_text_that_names_a_file_on_the_server_is_read_as_text(tmp_path, translator_ti, page):
    """The uploaded text is the PO file itself, even when it is the path of a PO file on the server."""
    from translations.exchange import ExchangeError, parse_po

    on_server = tmp_path / "server.po"
    on_server.write_text('msgctxt "portal.homepage:1:intro"\nmsgid "a"\nmsgstr "secret of the server"\n')
    try:
        parsed = parse_po(str(on_server).encode())
    except ExchangeError:
        return  # refused as a PO file that says nothing: fine, as long as the server's file is not read
    assert all(unit.target != "secret of the server" for unit in parsed.units)


def test_po_syntax_error_does_not_name_a_temporary_file():
    from translations.exchange import ExchangeError, parse_po

    with pytest.raises(ExchangeError) as error:
        parse_po(b'msgid "a"\nmsgstr "b"\nfoo bar\n')
    assert "/tmp" not in str(error.value)


@pytest.mark.parametrize("href", ["java&#x09;script:alert(1)", "\x01javascript:alert(1)", " JaVaScRiPt:alert(1)",
                                  "data:text/html,x", "vbscript:x"])
def test_links_that_run_code_are_unsafe(href):
    from translations.markup import markup_errors, sanitize

    text = f'<p>Se <a href="{href}">här</a>.</p>'
    with translation.override("en"):
        assert "unsafe link" in " ".join(markup_errors(text))
    assert "href" not in sanitize(text)


def test_sanitize_keeps_the_links_and_markup_wagtail_stores():
    from translations.markup import sanitize

    text = ('<p data-block-key="a1">Ring <a href="tel:112">112</a>, <a href="https://1177.se/">1177</a> '
            'eller <a linktype="page" id="3">sidan</a>.</p>')
    assert sanitize(text) == text
