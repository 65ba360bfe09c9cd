"""Page numbers and ids from request input: ASCII digits only, anything else ignored, never a 500."""

import pytest
from django.core.exceptions import ValidationError

from kernel.params import StrictIntegerField, positive_int


@pytest.mark.parametrize("value", ["²", "٣", "١٢", " 3", "+3", "3_000", "-1", "0", "", None, "1" * 40, "3\n"])
def test_positive_int_refuses_anything_but_ascii_digits(value):
    assert positive_int(value) is None


def test_positive_int_reads_ascii_digits_within_the_maximum():
    assert positive_int("42") == 42
    assert positive_int("42", maximum=41) is None


def test_strict_integer_field_refuses_other_scripts_digits():
    assert not StrictIntegerField(required=False).clean("") and StrictIntegerField().clean("12") == 12
    with pytest.raises(ValidationError):
        StrictIntegerField().clean("١٢")


@pytest.mark.parametrize("page", ["²", "٣", "1" * 5000])
def test_feedback_with_a_non_ascii_page_number_is_about_the_site(client, db, page):
    response = client.get("/sv/feedback/", {"page": page})
    assert response.status_code == 200
    response = client.post("/sv/feedback/", {"page": page, "message": "Bra sida!"})
    assert response.status_code in (200, 302)


def test_directory_ignores_a_page_number_in_arabic_digits(client, db):
    response = client.get("/sv/directory/", {"page": "٢"})
    assert response.status_code == 200
    assert response.context["invalid_fields"]
