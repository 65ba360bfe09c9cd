"""Changing the Swedish source marks exactly the translations made from it outdated."""

from translations.models import FieldTranslationState, Status
from translations.status import statuses_for


def _status(obj, field, code):
    return next(f.status for f in statuses_for(obj)[code].fields if f.field == field)


def test_new_translations_are_recorded_as_machine(page):
    assert _status(page, "intro", "ar") == Status.MACHINE
    assert _status(page, "title", "ti") == Status.MACHINE
    assert _status(page, "intro", "so") == Status.MISSING


def test_editing_swedish_marks_exactly_its_translations_outdated(page):
    page.intro_sv = "Välkommen till Västerås. Här finns information om samhället och om föreningar."
    page.save_revision().publish()
    page.refresh_from_db()

    outdated = set(
        FieldTranslationState.objects.filter(status=Status.OUTDATED).values_list("field", "language")
    )
    assert outdated == {("intro", "en"), ("intro", "ar"), ("intro", "ti")}
    assert _status(page, "intro", "ar") == Status.OUTDATED
    assert _status(page, "title", "ar") == Status.MACHINE


def test_updating_the_translation_clears_outdated(page):
    page.intro_sv = "Välkommen hit."
    page.save_revision().publish()
    page.refresh_from_db()
    page.intro_ar = "أهلا بكم."
    page.save_revision().publish()
    page.refresh_from_db()
    assert _status(page, "intro", "ar") == Status.MACHINE
    assert _status(page, "intro", "en") == Status.OUTDATED


def test_a_saved_draft_does_not_change_states_until_published(page):
    page.intro_sv = "Ett utkast."
    page.save_revision()
    assert not FieldTranslationState.objects.filter(status=Status.OUTDATED).exists()


def test_directory_listing_fields_become_outdated(organization):
    organization.description_sv = "En förening för alla nyanlända i Västerås."
    organization.save()
    state = FieldTranslationState.objects.get(field="description", language="ar",
                                              object_id=organization.pk, status=Status.OUTDATED)
    assert state.content_type.model == "organization"
    service = organization.services.get()
    assert _status(service, "name", "ar") == Status.MACHINE


def test_empty_looking_rich_text_counts_as_missing(page):
    page.intro_so = '<p data-block-key="x1"></p>'
    page.save_revision().publish()
    page.refresh_from_db()
    assert _status(page, "intro", "so") == Status.MISSING
    assert not FieldTranslationState.objects.filter(field="intro", language="so").exists()
