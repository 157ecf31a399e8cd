from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.utils import translation

from tests.html import parse

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bg,en;q=0.8", "/bg/"),
        ("de-AT,de;q=0.9,en;q=0.5", "/de/"),
        ("ja,zh;q=0.9", "/en/"),
        ("", "/en/"),
        (";;;q=abc,,=", "/en/"),
        ("x" * 600, "/en/"),
    ],
)
def test_root_redirects_to_the_best_language_from_accept_language(client, header, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_language_serves_the_campaign_page_under_the_same_slug(client):
    for code in LANGUAGES:
        response = client.get(f"/{code}/cohesion/")
        assert response.status_code == 200, code
        assert parse(response).html["lang"] == code


def test_language_switcher_names_every_language_in_itself(client):
    soup = parse(client.get("/bg/cohesion/"))
    links = soup.select("details.languages a[lang]")
    names = {link["lang"]: link.get_text(strip=True) for link in links}
    assert sorted(names) == LANGUAGES
    assert names["bg"] == "български"
    assert names["cs"] == "čeština"
    assert names["el"] == "Ελληνικά"
    assert names["ga"] == "Gaeilge"


def test_language_switcher_offers_the_page_only_in_its_real_translations(client):
    soup = parse(client.get("/de/cohesion/"))
    versions = soup.select("details.languages a[hreflang]")
    targets = {
        link["hreflang"]: parse_qs(urlsplit(link["href"]).query)["next"][0] for link in versions
    }
    assert targets == {"bg": "/bg/cohesion/", "en": "/en/cohesion/"}
    others = {
        link["lang"]: parse_qs(urlsplit(link["href"]).query)["next"][0]
        for link in soup.select("details.languages .languages__others a")
    }
    assert others == {code: f"/{code}/" for code in LANGUAGES if code not in ("bg", "en")}
    assert others.keys().isdisjoint(targets)


def test_unknown_page_gives_a_404_in_the_language_of_the_address(client):
    response = client.get("/de/no-such-page/")
    assert response.status_code == 404
    soup = parse(response)
    assert soup.html["lang"] == "de"
    with translation.override("de"):
        expected = translation.gettext("Page not found")
    assert expected != "Page not found"
    assert soup.h1.get_text(strip=True) == expected


def test_unknown_language_prefix_gives_a_404_in_the_negotiated_language(client):
    response = client.get("/xx/cohesion/", HTTP_ACCEPT_LANGUAGE="bg", follow=True)
    assert response.status_code == 404
    soup = parse(response)
    assert soup.html["lang"] == "bg"
    with translation.override("bg"):
        assert soup.h1.get_text(strip=True) == translation.gettext("Page not found")


def test_malformed_accept_language_on_a_missing_page_gives_an_english_404(client):
    response = client.get("/nowhere/", HTTP_ACCEPT_LANGUAGE="@@@;q=x", follow=True)
    assert response.status_code == 404
    assert parse(response).html["lang"] == "en"


def test_choice_on_the_switcher_is_remembered_over_accept_language(client):
    soup = parse(client.get("/bg/cohesion/", HTTP_ACCEPT_LANGUAGE="bg"))
    english = soup.select_one('details.languages a[hreflang="en"]')["href"]
    response = client.get(english, HTTP_ACCEPT_LANGUAGE="bg")
    assert response.status_code == 302
    assert response["Location"] == "/en/cohesion/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert "no-store" in response["Cache-Control"]
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="bg")["Location"] == "/en/"


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", ""]
)
def test_switcher_never_sends_the_reader_to_another_site(client, next_url):
    response = client.get("/language/fr/", {"next": next_url})
    assert response["Location"] == "/fr/"


def test_switcher_refuses_an_unknown_language_and_remembers_nothing(client):
    response = client.get("/language/xx/", {"next": "/xx/"}, follow=True)
    assert response.status_code == 404
    assert settings.LANGUAGE_COOKIE_NAME not in client.cookies
