from wagtail_localize.synctree import create_aliases_for_new_page

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
    # As the admin does on creating a page: the page exists at once in every language, as an
    # alias of the original until it is translated.
    create_aliases_for_new_page(release)
    release.topics.set(topics)
    release.save_revision().publish()
    return PressReleasePage.objects.get(pk=release.pk)


def publish_translation(page, language: str, mark: str):
    """Translate every string of the page (the translation is the string with `mark` in front)
    and publish that language's version, as the translation workflow does."""
    from wagtail.models import Locale
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    from pressroom.translations.services import save_translated_page

    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": mark + segment.string.data},
        )
    save_translated_page(translation, publish=True)
    return page.get_translation(locale).specific
