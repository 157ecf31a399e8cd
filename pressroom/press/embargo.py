"""Embargo: a press release is published nowhere until its embargo time.

The original (source-language) release decides: while its `embargo_until` is in the future,
no version of it, in any language, is served, listed, in a feed, the sitemap or the API.
Being time-based, the embargo ends by itself at that moment, with nothing to run."""

from django.apps import apps
from django.utils import timezone

from pressroom.core.locales import source_language_code


def embargoed_keys(now=None):
    """Translation keys of the releases under embargo, as a subquery."""
    release = apps.get_model("press", "PressReleasePage")
    return release.objects.filter(
        locale__language_code=source_language_code(), embargo_until__gt=now or timezone.now()
    ).values("translation_key")


def exclude_embargoed(pages, now=None):
    """The pages of any page queryset, without the releases under embargo."""
    return pages.exclude(translation_key__in=embargoed_keys(now))


def is_embargoed(page, now=None) -> bool:
    return embargoed_keys(now).filter(translation_key=page.translation_key).exists()
