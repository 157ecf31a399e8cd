"""Every page type renders within a fixed number of queries, whatever the number of items it
lists. The store is off here: each request is rendered, as on a miss. (The campaign page,
the media centre, the video index and feeds have their own budget tests beside them.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NewsPageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db

BUDGETS = {
    "/en/": 18,  # home: latest releases, campaigns, upcoming events
    "/bg/": 22,  # the same with Bulgarian translations and fallbacks
    "/bg/media/press-releases/": 27,  # with its topic and type filters
    "/en/media/press-releases/barometer-statement/": 21,
    "/bg/news/": 20,
    "/en/events/": 16,
    "/en/opinions/": 16,
    "/en/cohesion/alliance/signatories/": 20,
    "/bg/feeds/": 7,
    "/sitemap-bg.xml": 5,
}


def _queries(client, address) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


@pytest.mark.parametrize(("address", "budget"), BUDGETS.items())
def test_each_page_type_renders_within_its_query_budget(client, address, budget):
    client.get(address)  # what any process keeps once started (locales, renditions)
    assert _queries(client, address) <= budget


@pytest.mark.parametrize(
    ("address", "factory"),
    [("/en/media/press-releases/", PressReleasePageFactory), ("/en/news/", NewsPageFactory)],
)
def test_listings_take_the_same_queries_for_more_items(client, address, factory):
    client.get(address)
    before = _queries(client, address)
    for _ in range(6):
        factory()
    assert _queries(client, address) == before
