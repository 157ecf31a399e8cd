from pressroom.alliance.models import AlliancePage, Signature
from tests.mail import link_to

ALLIANCE = "/{language}/cohesion/alliance/"


def alliance(language="en") -> AlliancePage:
    return AlliancePage.objects.get(locale__language_code=language)


def answers(**overrides):
    data = {
        "category": "city",
        "name": "Mila Horvat",
        "organisation": "City of Testgrad",
        "position": "Mayor",
        "country": "HR",
        "email": "mayor@testgrad.example",
        "privacy": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def sign(client, language="en", **overrides):
    return client.post(ALLIANCE.format(language=language), answers(**overrides))


def sign_and_confirm(client, mailbox, language="en", **overrides) -> Signature:
    data = answers(**overrides)
    response = client.post(ALLIANCE.format(language=language), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    message = mailbox.to(data["email"])[-1]
    assert client.post(link_to(message, "/confirm/")).status_code == 200
    return Signature.objects.get(email=data["email"])


def count_shown(client, language="en") -> str:
    from tests.html import parse

    soup = parse(client.get(f"/{language}/cohesion/"))
    return soup.select_one(".alliance-count").get_text(strip=True)


def listed(client, language="en", **params) -> str:
    response = client.get(ALLIANCE.format(language=language) + "signatories/", params)
    return response.content.decode()
