"""The links a page gives of itself name the address readers use (`PRESSROOM_BASE_URL`):
canonical, language versions, Open Graph, structured data, sharing, calendar and vCard."""

import re
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from pressroom.core.sites import follow_base_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _forget_site_addresses():
    """Wagtail caches the sites' addresses beyond the test's rolled back transaction."""
    yield
    Site.clear_site_root_paths_cache()


ADDRESS = "http://127.0.0.1:8123"
OWN_HOSTS = {"localhost", "127.0.0.1", "testserver"}
URL = re.compile(r"https?://[^\s\"'<>\\]+")
HREF = re.compile(r"""(?:href|src)=["']([^"'#]+)""")
CRAWLED = (
    "text/html",
    "application/rss",
    "application/atom",
    "application/xml",
    "text/xml",
    "text/calendar",
    "text/vcard",
    "text/x-vcard",
)


def absolute_urls(text: str) -> set[str]:
    """Every absolute address in the text, also those carried in another's query (sharing)."""
    found = set(URL.findall(text))
    for url in list(found):
        found |= set(URL.findall(unquote(unquote(url))))
    return found


def crawl(client, start, limit=80):
    """Fetch the pages reachable from `start` on this site, as a crawler would."""
    seen, queue, answers = set(start), deque(start), {}
    while queue and len(answers) < limit:
        path = queue.popleft()
        response = client.get(path, HTTP_HOST="127.0.0.1:8123")
        if response.status_code != 200 or not response.get("Content-Type", "").startswith(CRAWLED):
            continue
        text = response.content.decode()
        answers[path] = text
        for link in HREF.findall(text):
            parts = urlsplit(urljoin(f"{ADDRESS}{path}", link.replace("&amp;", "&")))
            if parts.netloc != "127.0.0.1:8123" or parts.path.startswith(
                ("/admin", "/static", "/uploads")
            ):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen and "/search/" not in target:
                seen.add(target)
                queue.append(target)
    return answers


def test_every_absolute_link_names_the_address_readers_use(client, settings):
    settings.WAGTAILADMIN_BASE_URL = ADDRESS
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    follow_base_url()
    answers = crawl(
        client, ["/bg/cohesion/", "/en/media/", "/bg/media/", "/en/events/", "/bg/feeds/events.ics"]
    )
    assert len(answers) >= 40
    wrong = {
        (path, url)
        for path, text in answers.items()
        for url in absolute_urls(text)
        if urlsplit(url).hostname in OWN_HOSTS and not url.startswith(f"{ADDRESS}/")
    }
    assert not wrong, sorted(wrong)[:20]
    kinds = {
        "canonical": 'rel="canonical" href="http://127.0.0.1:8123/',
        "og:url": 'property="og:url" content="http://127.0.0.1:8123/',
    }
    for name, marker in kinds.items():
        assert any(marker in text for text in answers.values()), name


def test_make_runs_setup_gives_the_site_its_address_and_shows_each_step(tmp_path):
    """As `make run` does: set up a fresh site, serve it, and read what a page says."""
    from tests.stack import Stack

    stack = Stack(tmp_path).prepare()
    for step in ("Database tables", "Demo content", "Search index", "Administrator"):
        assert re.search(rf"{step} … \d+\.\d s", stack.prepared), step
    assert f"Links name {stack.url}/" in stack.prepared
    with stack:
        status, _headers, body = stack.request("/bg/cohesion/", timeout=30)
    assert status == 200
    page = body.decode()
    assert f'rel="canonical" href="{stack.url}/bg/cohesion/"' in page
    assert "http://localhost" not in page


def test_a_base_url_that_is_no_web_address_is_refused_before_anything_is_done(settings):
    settings.WAGTAILADMIN_BASE_URL = "press.example.eu"
    with pytest.raises(CommandError, match="PRESSROOM_BASE_URL"):
        call_command("prepare_site")
