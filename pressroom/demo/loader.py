"""Loads the demo content as real pages and snippets, translated through wagtail-localize."""

import io
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue
from wagtail_localize.synctree import PageIndex, synchronize_tree

from pressroom.alliance.models import AlliancePage, Signature, Status
from pressroom.campaigns.models import CampaignPage
from pressroom.core.locales import ensure_content_locales
from pressroom.events.models import EventIndexPage, EventPage
from pressroom.home.models import HomePage
from pressroom.multimedia.models import Video, VideoIndexPage
from pressroom.news.models import NewsIndexPage, NewsPage
from pressroom.opinions.models import OpinionIndexPage, OpinionPage
from pressroom.people.languages import parse_language_codes
from pressroom.people.models import ContactPerson, PressOfficer
from pressroom.press.models import (
    MediaCentrePage,
    PressReleaseIndexPage,
    PressReleasePage,
    ReleaseType,
)
from pressroom.topics.models import Topic
from pressroom.translations.services import save_translated_page

from . import content

BRUSSELS = ZoneInfo(settings.TIME_ZONE)
POSTER_COLOURS = ["#0b4f9c", "#12665a", "#7a3b8f", "#9c4a0b", "#2f5d2a", "#8a1c3d"]


class DemoLoader:
    def __init__(self, *, today: date):
        self.today = today
        self.images = get_image_model()

    def site_has_content(self) -> bool:
        """Anything beyond Wagtail's initial welcome page counts as the site's own content."""
        return Page.objects.filter(depth__gt=1).exclude(content_type__model="page").exists()

    @transaction.atomic
    def load(self) -> int:
        ensure_content_locales()
        self.en = Locale.objects.get(language_code="en")
        self.bg = Locale.objects.get(language_code="bg")
        self._remove_welcome_page()
        self.topics = {
            slug: Topic.objects.create(name=name, slug=slug, locale=self.en)
            for slug, name in content.TOPICS
        }
        self.types = {
            slug: ReleaseType.objects.create(name=name, slug=slug, locale=self.en)
            for slug, name in content.RELEASE_TYPES
        }
        self._press_officers()
        contact = ContactPerson.objects.create(locale=self.en, **content.CONTACT_PERSON)
        videos = self._videos()

        home = self._home()
        campaign = self._page(
            home,
            CampaignPage(
                slug=content.CAMPAIGN["slug"],
                title=content.CAMPAIGN["title"],
                lead=content.CAMPAIGN["lead"],
                intro=content.CAMPAIGN["intro"],
                goals=content.CAMPAIGN["goals"],
                featured_video=videos[0],
                contact_person=contact,
                show_in_menus=True,
            ),
            topics=content.CAMPAIGN_TOPICS,
        )
        alliance = self._alliance(campaign)
        media, press_index = self._media_centre(home)
        indexes = self._indexes(home)
        media.related_information = [
            ("link", {"label": page.title, "page": page, "url": ""})
            for page in (press_index, indexes["events"], indexes["opinions"])
        ]
        media.save_revision().publish()
        articles = [
            *self._press_releases(press_index),
            *self._news(indexes["news"]),
            *self._events(indexes["events"]),
            *self._opinions(indexes["opinions"]),
        ]

        for page in [home, campaign, alliance, media, press_index, *indexes.values()]:
            self._translate(page)
        for page, translated in articles:
            if translated:
                self._translate(page)
        self._translate(self.types["statement"])
        self._translate(contact)
        self._mirror_into_every_locale()
        self._date_articles()
        return Page.objects.filter(depth__gt=1).count()

    def _date_articles(self):
        """The demo's releases, news and opinions were published on their own dates, in every
        language, not on the day the demo was loaded."""
        articles = Page.objects.type(PressReleasePage, NewsPage, OpinionPage)
        for article in articles.filter(locale=self.en).specific():
            if article.date < self.today:
                moment = timezone.make_aware(datetime.combine(article.date, time(10)))
                Page.objects.filter(translation_key=article.translation_key).update(
                    first_published_at=moment, last_published_at=moment
                )

    def _remove_welcome_page(self):
        for page in Page.objects.filter(depth=2, content_type__model="page"):
            page.delete()

    def _home(self) -> HomePage:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title=content.HOME["title"],
                slug="home",
                intro=content.HOME["intro"],
                locale=self.en,
            )
        )
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname = site.hostname or "localhost"
        site.root_page = home
        site.site_name = content.INSTITUTION
        site.save()
        return home

    def _page(self, parent, page, topics=()):
        page.locale = self.en
        parent.add_child(instance=page)
        if topics:
            page.topics.set([self.topics[slug] for slug in topics])
        page.save_revision().publish()
        return page

    def _alliance(self, campaign):
        alliance = self._page(
            campaign,
            AlliancePage(
                slug=content.ALLIANCE["slug"],
                title=content.ALLIANCE["title"],
                intro=content.ALLIANCE["intro"],
                declaration=content.ALLIANCE["declaration"],
                data_protection=content.ALLIANCE["data_protection"],
            ),
        )
        version = alliance.current_version()
        now = timezone.now()
        Signature.objects.bulk_create(
            Signature(
                alliance=alliance,
                version=version,
                category=category,
                name=name,
                organisation=organisation,
                position=position,
                country=country,
                email=f"signatory-{number}@example.org",
                publish_name=category == "individual" and number % 2 == 1,
                language="bg" if country == "BG" else "en",
                status=Status.APPROVED,
                source="demo",
                confirmed_at=now,
            )
            for number, (category, name, organisation, position, country) in enumerate(
                content.SIGNATORIES
            )
        )
        return alliance

    def _media_centre(self, home):
        data = content.MEDIA_CENTRE
        media = self._page(
            home,
            MediaCentrePage(
                slug=data["slug"],
                title=data["title"],
                intro=data["intro"],
                social_links=[
                    ("link", {"label": label, "url": url, "page": None})
                    for label, url in data["social_links"]
                ],
                social_media_team=[_contact(data["social_media_team"])],
                audiovisual_services=[_contact(data["audiovisual_services"])],
                photo_services=[_contact(data["photo_services"])],
                show_in_menus=True,
            ),
        )
        title, intro = content.INDEXES["press-releases"]
        press_index = self._page(
            media, PressReleaseIndexPage(slug="press-releases", title=title, intro=intro)
        )
        return media, press_index

    def _indexes(self, home):
        models = {
            "news": NewsIndexPage,
            "events": EventIndexPage,
            "opinions": OpinionIndexPage,
            "videos": VideoIndexPage,
        }
        indexes = {}
        for slug, model in models.items():
            title, intro = content.INDEXES[slug]
            indexes[slug] = self._page(
                home, model(slug=slug, title=title, intro=intro, show_in_menus=True)
            )
        return indexes

    def _press_releases(self, index):
        release = content.PRESS_RELEASE
        seed_release = self._page(
            index,
            PressReleasePage(
                slug=release["slug"],
                title=release["title"],
                date=release["date"],
                lead=release["lead"],
                body=list(release["body"]),
                release_type=self.types["press-release"],
            ),
            topics=release["topics"],
        )
        statement = self._page(
            index,
            PressReleasePage(
                slug=content.STATEMENT["slug"],
                title=content.STATEMENT["title"],
                date=content.STATEMENT["date"],
                lead=content.STATEMENT["lead"],
                release_type=self.types["statement"],
            ),
            topics=content.STATEMENT["topics"],
        )
        officer = PressOfficer.objects.get(family_name="Miglietta", locale=self.en)
        for page in (seed_release, statement):
            page.press_contacts.set([officer])
            page.save_revision().publish()
        return [(seed_release, True), (statement, True)]

    def _children(self, index, items, build):
        """Pages under an index, and whether each is to be translated into Bulgarian."""
        return [
            (
                self._page(index, build(item), topics=item["topics"]),
                not item.get("untranslated"),
            )
            for item in items
        ]

    def _news(self, index):
        return self._children(
            index,
            content.NEWS,
            lambda item: NewsPage(
                slug=item["slug"],
                title=item["title"],
                date=self.today - timedelta(days=item["days_ago"]),
                lead=item["lead"],
            ),
        )

    def _events(self, index):
        def build(item):
            day, start_hour, end_hour = content.event_dates(self.today, item)
            return EventPage(
                slug=item["slug"],
                title=item["title"],
                start=datetime.combine(day, time(start_hour), BRUSSELS),
                end=datetime.combine(day, time(end_hour), BRUSSELS),
                venue=item.get("venue", ""),
                online_url=item.get("online_url", ""),
                lead=item["lead"],
            )

        return self._children(index, content.EVENTS, build)

    def _opinions(self, index):
        return self._children(
            index,
            content.OPINIONS,
            lambda item: OpinionPage(
                slug=item["slug"],
                title=item["title"],
                date=item.get("adoption_date") or self.today,
                lead=item["lead"],
                reference=item["reference"],
                commission=item["commission"],
                rapporteur=item["rapporteur"],
                status=item["status"],
                adoption_date=item.get("adoption_date"),
            ),
        )

    def _press_officers(self):
        for given_name, family_name, languages in content.PRESS_OFFICERS:
            PressOfficer.objects.create(
                given_name=given_name,
                family_name=family_name,
                languages=",".join(parse_language_codes(languages)),
                locale=self.en,
            )

    def _videos(self) -> list[Video]:
        videos = []
        count = len(content.VIDEO_TITLES)
        for position, title in enumerate(content.VIDEO_TITLES):
            colour = POSTER_COLOURS[position % len(POSTER_COLOURS)]
            video = Video.objects.create(
                title=title,
                source_url=f"{content.VIDEO_SOURCE}#video-{count - position}",
                published_at=date(2021, 1, 1).replace(month=1 + (count - position) % 12),
                poster=self._poster(title, colour),
                locale=self.en,
            )
            video.topics.set([self.topics[slug] for slug in content.CAMPAIGN_TOPICS])
            video.save()
            videos.append(video)
        return videos

    def _poster(self, title, colour):
        canvas = PillowImage.new("RGB", (1280, 720), colour)
        draw = ImageDraw.Draw(canvas)
        font = ImageFont.load_default(size=56)
        words, lines, line = title.split(), [], ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=font) > 1120 and line:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
        for number, text in enumerate(lines):
            draw.text((80, 420 - 70 * (len(lines) - 1 - number)), text, fill="white", font=font)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        image = self.images(title=title)
        image.file = ImageFile(buffer, name=f"poster-{abs(hash(title)) % 10**8}.png")
        image.save()
        return image

    def _translate(self, instance):
        """Translate into Bulgarian the strings the seed gives; the rest stays a gap."""
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=self.bg
        )
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            english = StringValue(segment.string.data).render_text()
            bulgarian = content.BULGARIAN.get(english)
            if bulgarian is None:
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.bg,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(bulgarian).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        if isinstance(instance, Page):
            save_translated_page(translation, publish=True)
        else:
            translation.save_target(publish=True)

    def _mirror_into_every_locale(self):
        page_index = PageIndex.from_database().sort_by_tree_position()
        for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
            synchronize_tree(sync.sync_from, sync.locale, page_index=page_index)


def _contact(description, email="", phone=""):
    return ("contact", {"description": description, "email": email, "phone": phone})
