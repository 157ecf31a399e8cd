from pressroom.alerts.models import Subscriber
from pressroom.press.models import PressReleaseIndexPage, PressReleasePage
from pressroom.topics.models import Topic
from tests.factories import ReleaseTypeFactory
from tests.mail import link_to

ALL_KINDS = ["press-releases", "news", "events", "opinions"]


def subscription(**overrides):
    data = {
        "email": "journalist@example.org",
        "kinds": ALL_KINDS,
        "languages": ["en"],
        "frequency": "instant",
    }
    data.update(overrides)
    return data


def subscribe_and_confirm(client, mailbox, language="en", **choices):
    """Subscribe through the form, then confirm with the link of the e-mail received."""
    data = subscription(**choices)
    response = client.post(f"/{language}/alerts/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    confirmation = mailbox.to(data["email"])[-1]
    confirm = link_to(confirmation, "/alerts/confirm/")
    assert client.post(confirm).status_code == 200
    subscriber = Subscriber.objects.get(email=data["email"])
    assert subscriber.confirmed
    return subscriber


def topic(slug="territorial-cohesion", language="en"):
    return Topic.objects.get(slug=slug, locale__language_code=language)


def publish_release(title="Regions call for a stronger cohesion policy", topics=(), **fields):
    index = PressReleaseIndexPage.objects.get(locale__language_code="en")
    release = PressReleasePage(
        title=title,
        lead="The lead of the release.",
        release_type=ReleaseTypeFactory(),
        **fields,
    )
    index.add_child(instance=release)
    release.topics.set(topics)
    release.save_revision().publish()
    return PressReleasePage.objects.get(pk=release.pk)
