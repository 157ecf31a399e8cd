from datetime import date

import pytest
from django.core.exceptions import ValidationError

from pressroom.opinions.models import OpinionPage, OpinionStatus
from tests.html import parse

pytestmark = pytest.mark.django_db


def _opinion(**fields):
    defaults = {
        "title": "t",
        "slug": "t",
        "reference": "COTER-VII/012",
        "rapporteur": "R",
        "commission": "COTER",
    }
    return OpinionPage(**{**defaults, **fields})


def test_reference_must_look_like_commission_term_number():
    with pytest.raises(ValidationError) as error:
        _opinion(reference="coter 12").clean()
    assert "reference" in error.value.message_dict
    _opinion(reference="COTER-VII/012").clean()


def test_adopted_opinion_needs_its_adoption_date():
    with pytest.raises(ValidationError) as error:
        _opinion(status=OpinionStatus.ADOPTED).clean()
    assert "adoption_date" in error.value.message_dict
    _opinion(status=OpinionStatus.ADOPTED, adoption_date=date(2021, 2, 3)).clean()


def test_opinions_are_split_by_status(english):
    opinions = OpinionPage.objects.filter(locale=english)
    assert {page.reference for page in opinions.adopted()} == {"COTER-VII/012", "COTER-VII/033"}
    assert {page.reference for page in opinions.under_discussion()} == {
        "COTER-VIII/005",
        "NAT-VIII/009",
    }


def test_opinion_index_lists_adopted_and_under_discussion(client):
    soup = parse(client.get("/bg/opinions/"))
    sections = soup.select("main section")
    assert "Сближаването като основна ценност на Европейския съюз" in sections[0].get_text()
    assert "По-лесен достъп до средствата на ЕС за малките общини" in sections[1].get_text()
