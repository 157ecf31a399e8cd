import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from pressroom.multimedia.models import Video, VideoSubtitle
from tests.html import parse

pytestmark = pytest.mark.django_db


def test_featured_video_offers_its_subtitle_files(client, english):
    video = Video.objects.get(
        locale=english, title="EU is Cohesion: A participatory rooftop farm in Brussels"
    )
    subtitles = get_document_model().objects.create(
        title="Rooftop farm, Bulgarian subtitles",
        file=ContentFile(
            "WEBVTT\n\n00:00.000 --> 00:02.000\nЗдравейте\n".encode(),
            name="rooftop-bg.vtt",
        ),
    )
    VideoSubtitle.objects.create(video=video, language="bg", file=subtitles)
    soup = parse(client.get("/bg/cohesion/"))
    link = soup.select_one("#multimedia .video a[hreflang=bg]")
    assert link.get_text() == "BG"
    assert link["href"] == subtitles.url


def test_video_index_lists_every_video_with_its_poster(client):
    soup = parse(client.get("/bg/videos/"))
    videos = soup.select(".video-grid > li")
    assert len(videos) == 13
    poster = videos[0].find("img")
    assert (poster["width"], poster["height"]) == ("320", "180")  # 16:9, larger in srcset
    assert " 640w" in poster["srcset"]
    assert " 640w" in videos[0].find("source", type="image/webp")["srcset"]
    assert poster["alt"] == ""


def test_video_index_renders_within_its_query_budget(client, django_assert_max_num_queries):
    client.get("/bg/videos/")
    with django_assert_max_num_queries(25):
        client.get("/bg/videos/")
