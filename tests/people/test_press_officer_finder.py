import pytest
import vobject

from pressroom.people.models import PressOfficer
from pressroom.topics.models import Topic
from tests.html import parse

pytestmark = pytest.mark.django_db


def _names(soup):
    return [
        item.select_one(".officer__name").get_text()
        for item in soup.select("#press-officers li.officer")
    ]


def test_finder_lists_officers_who_speak_the_chosen_language(client):
    everyone = _names(parse(client.get("/bg/media/")))
    soup = parse(client.get("/bg/media/", {"officer_language": "pt"}))
    speakers = _names(soup)
    assert "David Crous Duran" in speakers
    assert set(speakers) < set(everyone)
    for officer in PressOfficer.objects.filter(locale__language_code="en"):
        assert (officer.name in speakers) == ("pt" in officer.language_codes)
    selected = soup.select_one("#officer-language option[selected]")
    assert selected["value"] == "pt"
    assert selected.get_text() == "португалски"  # the name in the reader's language


def test_finder_filters_by_topic_where_officers_have_topics(client, english):
    officer = PressOfficer.objects.get(locale=english, family_name="Crous Duran")
    topic = Topic.objects.get(locale=english, slug="territorial-cohesion")
    officer.topics.add(topic)
    officer.save()
    soup = parse(client.get("/en/media/", {"officer_topic": "territorial-cohesion"}))
    assert _names(soup) == ["David Crous Duran"]
    assert soup.select_one("#officer-topic option[selected]")["value"] == "territorial-cohesion"


@pytest.mark.parametrize("params", [{"officer_language": "xx"}, {"officer_topic": "nothing"}])
def test_unknown_language_or_topic_is_said_and_everyone_is_listed(client, params):
    response = client.get("/bg/media/", params)
    assert response.status_code == 200
    soup = parse(response)
    assert soup.select_one("#press-officers .form-errors").get_text(strip=True)
    assert _names(soup) == _names(parse(client.get("/bg/media/")))


def test_a_language_nobody_speaks_finds_nobody_with_a_way_back(client, english):
    PressOfficer.objects.filter(locale=english).exclude(family_name="Crous Duran").update(
        languages="en"
    )
    PressOfficer.objects.filter(locale=english, family_name="Crous Duran").update(languages="es,fr")
    soup = parse(client.get("/en/media/", {"officer_language": "es", "officer_topic": ""}))
    assert _names(soup) == ["David Crous Duran"]


def test_each_officer_has_a_vcard(client, english):
    officer = PressOfficer.objects.get(locale=english, family_name="Crous Duran")
    soup = parse(client.get("/bg/media/"))
    link = soup.find(
        "a", href=lambda href: href and href.endswith(f"/press-officers/{officer.pk}/vcard/")
    )
    response = client.get(link["href"])
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="david-crous-duran.vcf"'
    card = vobject.readOne(response.content.decode())
    assert card.fn.value == "David Crous Duran"
    assert card.n.value.family == "Crous Duran"
    assert "ES, FR, EN, PT" in card.note.value


def test_vcard_of_an_unknown_officer_is_a_404(client):
    assert client.get("/bg/media/press-officers/999999/vcard/").status_code == 404
