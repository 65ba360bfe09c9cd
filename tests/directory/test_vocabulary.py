"""The category and focus-area vocabularies exist after migrate, translated, and stay idempotent."""

from directory.models import CATEGORY_TAXONOMY, FOCUS_AREA_TAXONOMY, TaxonomyTerm
from directory.vocabulary import ensure_vocabulary
from kernel.focus_areas import FocusArea


def test_terms_exist_after_migrate(db):
    focus = set(TaxonomyTerm.objects.filter(taxonomy__slug=FOCUS_AREA_TAXONOMY).values_list("code", flat=True))
    assert focus == set(FocusArea.values)
    assert TaxonomyTerm.objects.filter(taxonomy__slug=CATEGORY_TAXONOMY).count() == 8


def test_names_are_translated_and_edits_survive(db):
    term = TaxonomyTerm.objects.get(taxonomy__slug=FOCUS_AREA_TAXONOMY, code="health")
    assert (term.name_sv, term.name_en, term.name_ar) == ("Hälsa", "Health", "الصحة")
    term.name_en = "Health care"
    term.save()
    ensure_vocabulary()
    term.refresh_from_db()
    assert term.name_en == "Health care"
    assert TaxonomyTerm.objects.filter(taxonomy__slug=FOCUS_AREA_TAXONOMY).count() == 6
