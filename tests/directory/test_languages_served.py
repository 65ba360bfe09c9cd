"""Languages an actor serves in: BCP-47 codes, the portal's names where known, any other language too."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from directory.models import Language, Organization

from .factories import OrganizationFactory


@pytest.mark.parametrize("code", ["ar", "sv-x-simple", "tig", "kmr", "zh-Hant"])
def test_valid_codes(db, code):
    Language(code=code, name=code).full_clean()


@pytest.mark.parametrize("code", ["Arabic", "a", "ar_SE", "ar-", "<b>"])
def test_invalid_codes(db, code):
    with pytest.raises(ValidationError):
        Language(code=code, name="x").full_clean()


def test_names(db):
    with translation.override("en"):
        assert Language(code="ar").display_name == "Arabic"
        assert Language(code="ti").local_name == "ትግርኛ"
        assert Language(code="tig", name="Tigre").display_name == "Tigre"


def test_serving_language_includes_languages_beyond_the_portals(db):
    OrganizationFactory(name="Eritreanska föreningen", slug="eritrea", speaks=["ti", "tig"])
    OrganizationFactory(name="Annan", slug="annan", speaks=["ar"])
    assert [o.slug for o in Organization.objects.serving_language("tig")] == ["eritrea"]
    assert Organization.objects.serving_language("ti").count() == 1
    assert Organization.objects.serving_language("so").count() == 0
