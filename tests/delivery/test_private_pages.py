"""A page with a view restriction (a shared password, a sign-in, groups), or under one, is
private in every language: never stored, announced, indexed, listed, exported or given by
the read API, whether it was restricted before its first publication or after."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.synctree import create_aliases_for_new_page

from pressroom.alerts.models import Announcement
from pressroom.press.models import PressReleaseIndexPage, PressReleasePage
from tests.alerts.helpers import subscribe_and_confirm
from tests.factories import ReleaseTypeFactory

pytestmark = pytest.mark.django_db

TITLE = "Confidential briefing on the zebrafinch dossier"
WORD = "zebrafinch"
LEAD = "The regions' confidential position, for the press office only."

RESTRICTIONS = {
    "password": {"restriction_type": PageViewRestriction.PASSWORD, "password": "s3cret"},
    "login": {"restriction_type": PageViewRestriction.LOGIN},
    "groups": {"restriction_type": PageViewRestriction.GROUPS},
}


def draft_release(title):
    index = PressReleaseIndexPage.objects.get(locale__language_code="en")
    release = PressReleasePage(
        title=title, lead=LEAD, release_type=ReleaseTypeFactory(), live=False
    )
    index.add_child(instance=release)
    create_aliases_for_new_page(release)
    release.save_revision()
    return release


def published_release():
    draft = draft_release(TITLE)
    draft.get_latest_revision().publish()
    return PressReleasePage.objects.get(pk=draft.pk)


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(page=page, **RESTRICTIONS[kind])
    if kind == "groups":
        restriction.groups.set([Group.objects.get_or_create(name="Press office")[0]])
    return restriction


def versions(page):
    return Page.objects.filter(translation_key=page.translation_key)


def public_places(reader, client, page):
    """Where the public could meet the page, and whether it does."""
    bulgarian = versions(page).get(locale__language_code="bg")
    shown = {}
    for address in (
        "/en/",
        "/en/media/press-releases/",
        "/en/feeds/all.rss",
        "/bg/feeds/all.rss",
        "/sitemap-en.xml",
    ):
        answer = reader.get(address)
        shown[address] = answer.status == 200 and (
            WORD in answer.text or page.url_path.split("/")[-2] in answer.text
        )
    for address in (page.url, bulgarian.url):
        answer = reader.get(address)
        shown[address] = answer.status == 200 and LEAD in answer.text
    results = client.get(f"/en/search/?q={WORD}").content.decode()
    shown["search"] = page.url in results
    api = client.get("/api/v2/pages/", {"search": WORD, "type": "press.PressReleasePage"})
    shown["api"] = any(item["id"] == page.pk for item in api.json()["items"])
    shown["api detail"] = client.get(f"/api/v2/pages/{page.pk}/").status_code == 200
    return shown


@pytest.mark.parametrize("kind", RESTRICTIONS)
def test_a_page_restricted_before_its_first_publication_is_never_shown(
    kind, client, mailbox, reader, store, committed
):
    subscribe_and_confirm(client, mailbox)
    with committed():
        draft = draft_release(TITLE)
        restrict(draft, kind)
        draft.get_latest_revision().publish()
    page = versions(draft).get(locale__language_code="en")
    assert page.live
    assert not any(public_places(reader, client, page).values())
    assert len(mailbox.to("journalist@example.org")) == 1  # the confirmation only
    assert not Announcement.objects.filter(page=page).exists()
    # Every version is restricted, the aliases in other languages too.
    assert versions(page).count() == 24
    assert PageViewRestriction.objects.filter(page__in=versions(page)).count() == 24
    # Nothing of the page was stored: the password form or sign-in redirect is all one gets.
    stored = {url for _key, url, _at in store.entries()}
    assert not any(page.url_path.split("/")[-2] in url for url in stored)


def test_a_page_restricted_after_publication_leaves_every_public_place(
    client, mailbox, reader, store, committed
):
    subscribe_and_confirm(client, mailbox)
    with committed():
        page = published_release()
    assert len(mailbox.to("journalist@example.org")) == 2  # confirmation and the alert
    assert all(public_places(reader, client, page).values())  # the store holds it all now

    with committed():
        restrict(page, "password")
    assert not any(public_places(reader, client, page).values())


def test_a_restriction_on_a_section_covers_the_pages_under_it(client, reader, store, committed):
    with committed():
        page = published_release()
    assert all(public_places(reader, client, page).values())
    with committed():
        restrict(page.get_parent(), "login")
    assert not any(public_places(reader, client, page).values())
    assert reader.get("/en/media/press-releases/").status == 302  # to the sign-in


def test_lifting_a_restriction_announces_a_version_published_while_private(
    client, mailbox, reader, store, committed
):
    subscribe_and_confirm(client, mailbox)
    with committed():
        draft = draft_release(TITLE)
        restriction = restrict(draft, "password")
        draft.get_latest_revision().publish()
    assert len(mailbox.to("journalist@example.org")) == 1
    with committed():
        restriction.delete()
    page = versions(draft).get(locale__language_code="en")
    assert PageViewRestriction.objects.filter(page__in=versions(page)).count() == 0
    assert all(public_places(reader, client, page).values())
    (_confirmation, alert) = mailbox.to("journalist@example.org")
    assert TITLE in alert["Subject"] or TITLE in alert.as_string()


def test_deleting_the_original_keeps_its_translations_private(committed):
    with committed():
        page = published_release()
        restrict(page, "login")
    others = list(versions(page).exclude(pk=page.pk).values_list("pk", flat=True))
    with committed():
        Page.objects.get(pk=page.pk).delete()
    remaining = PageViewRestriction.objects.filter(page__in=others).count()
    # Deleting the original turns its aliases into pages of their own or deletes them; what
    # is left of them stays restricted.
    assert remaining == Page.objects.filter(pk__in=others).count()


def test_a_private_page_is_not_exported(client, store, committed, tmp_path):
    with committed():
        page = published_release()
        restrict(page, "password")
    site = tmp_path / "site"
    call_command("export", str(site), "--host", "localhost", "--language", "en")
    assert (site / "en/media/press-releases/index.html").is_file()
    written = "".join(
        path.read_text(errors="ignore")
        for path in site.rglob("*")
        if path.suffix in {".html", ".xml", ".rss", ".atom"}
    )
    assert WORD not in written.lower()
