"""Inflected forms find each other, in each language with its own stemmer."""

import pytest

from .helpers import publish_in, titles

pytestmark = pytest.mark.django_db

CASES = [
    # language, title of the document, query with other forms of its words
    ("bg", "Политиката на сближаване след 2027 г.", "сближаването"),
    ("bg", "Регионите искат по-силна кохезионна политика", "регион политики"),
    ("en", "Regions call for stronger cohesion policies", "policy region"),
    ("de", "Förderung der europäischen Städte", "Stadt europäisch"),
    ("fr", "Les régions européennes demandent davantage", "région européenne"),
    ("fr", "Les régions européennes demandent davantage", "region europeenne"),
    ("pl", "Przyszłość polityki spójności", "polityka spójności"),
    ("el", "Η πολιτική συνοχής για τις περιφέρειες", "περιφέρεια"),
    ("el", "Η πολιτική συνοχής για τις περιφέρειες", "πολιτικη"),
    ("cs", "Budoucnost politiky soudržnosti", "politika soudržnost"),
    ("hr", "Budućnost kohezijske politike", "kohezijska politika"),
    ("sl", "Prihodnost kohezijske politike za regije", "regija politika"),
]


@pytest.mark.parametrize(("language", "title", "query"), CASES, ids=lambda v: str(v)[:20])
def test_inflected_forms_find_each_other(client, language, title, query):
    publish_in(language, title, "A lead that says nothing more.")
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    assert title in titles(response)


def test_a_reader_gets_their_language_and_the_originals_not_a_third_language(client):
    publish_in("hr", "Budućnost kohezijske politike", "")
    assert titles(client.get("/hr/search/", {"q": "kohezijske"})) == [
        "Budućnost kohezijske politike"
    ]
    assert titles(client.get("/bg/search/", {"q": "kohezijske"})) == []
