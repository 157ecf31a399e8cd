import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pressroom.people.languages import parse_language_codes
from pressroom.people.models import PressOfficer


def test_codes_as_the_seed_writes_them_are_read_as_iso_639_1():
    assert parse_language_codes("ES, FR, EN, PT") == ["es", "fr", "en", "pt"]


def test_cz_and_se_mean_czech_and_swedish():
    assert parse_language_codes("EN, CZ, FR") == ["en", "cs", "fr"]
    assert parse_language_codes("FI, SE, ES, FR") == ["fi", "sv", "es", "fr"]


def test_stray_brackets_and_repeats_are_tidied():
    assert parse_language_codes("IT, EN, FR)) EN") == ["it", "en", "fr"]


def test_unknown_code_is_an_error_naming_it():
    with pytest.raises(ValidationError) as error:
        parse_language_codes("EN, XX, Klingon")
    assert "XX" in str(error.value)
    assert "Klingon" in str(error.value)


@pytest.mark.django_db
def test_admin_form_stores_normalised_codes(admin_client, english):
    response = admin_client.post(
        reverse("wagtailsnippets_people_pressofficer:add") + "?locale=en",
        {"given_name": "Ana", "family_name": "Novak", "languages": "SE, cz, en", "role": ""},
    )
    assert response.status_code == 302
    officer = PressOfficer.objects.get(family_name="Novak")
    assert officer.language_codes == ["sv", "cs", "en"]


@pytest.mark.django_db
def test_admin_form_shows_unknown_code_next_to_the_field_and_saves_nothing(admin_client, english):
    before = PressOfficer.objects.count()
    response = admin_client.post(
        reverse("wagtailsnippets_people_pressofficer:add") + "?locale=en",
        {"given_name": "Ana", "family_name": "Novak", "languages": "EN, QQ", "role": ""},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["languages"]
    assert "QQ" in errors["languages"][0]
    assert PressOfficer.objects.count() == before
