import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from pressroom.campaigns.models import CampaignPage
from pressroom.translations.status import Status, build_report
from tests.html import parse

pytestmark = pytest.mark.django_db


def _statuses(report, title):
    return next(row.statuses for row in report.rows if row.page.title == title)


def test_report_lists_every_page_in_every_language(english):
    report = build_report()
    assert len(report.rows) == Page.objects.filter(locale=english, depth__gt=1).count()
    assert all(len(row.statuses) == 24 for row in report.rows)


def test_demo_statuses_tell_translated_missing_and_incomplete_apart():
    report = build_report()
    campaign = _statuses(report, "Cohesion — our fundamental value")
    assert campaign["en"] == Status.SOURCE
    assert campaign["bg"] == Status.UP_TO_DATE
    assert campaign["de"] == Status.MISSING
    assert _statuses(report, "Media centre")["bg"] == Status.INCOMPLETE
    assert _statuses(report, "Rural areas must not be left behind, local leaders say")["bg"] == (
        Status.MISSING
    )
    assert _statuses(report, "#CohesionAlliance")["bg"] == Status.UP_TO_DATE
    assert report.totals()["bg"] == {Status.UP_TO_DATE: 16, Status.MISSING: 5, Status.INCOMPLETE: 1}


def test_editing_the_english_source_makes_the_translation_outdated(english):
    campaign = CampaignPage.objects.get(locale=english)
    campaign.lead = "A new lead, not yet translated."
    campaign.save_revision().publish()
    assert _statuses(build_report(), campaign.title)["bg"] == Status.OUTDATED


def test_a_machine_translated_string_marks_a_machine_draft(bulgarian):
    translation = StringTranslation.objects.filter(
        locale=bulgarian, context__path="lead", data__startswith="Един от основните"
    ).get()
    translation.translation_type = StringTranslation.TRANSLATION_TYPE_MACHINE
    translation.save()
    assert _statuses(build_report(), "Cohesion — our fundamental value")["bg"] == Status.MACHINE


def test_report_takes_the_same_few_queries_whatever_the_size(django_assert_max_num_queries):
    with django_assert_max_num_queries(5):
        build_report()


def test_admin_report_shows_totals_and_the_matrix(admin_client):
    soup = parse(admin_client.get(reverse("translation_status")))
    header = [cell.get_text(strip=True) for cell in soup.select("#translation-status thead th")]
    assert len(header) == 1 + 24
    assert len(soup.select("#translation-totals tbody tr")) == 24
    campaign = soup.find("a", string="Cohesion — our fundamental value").find_parent("tr")
    assert campaign.select_one('td[data-language="bg"]')["class"] == [
        "status",
        "status--up_to_date",
    ]


def test_admin_report_filters_by_section_and_language(admin_client, english):
    news = Page.objects.get(locale=english, slug="news")
    response = admin_client.get(
        reverse("translation_status"), {"section": news.pk, "language": "bg"}
    )
    soup = parse(response)
    titles = [link.get_text() for link in soup.select("#translation-status tbody th a")]
    assert titles[0] == "News"
    assert len(titles) == 4
    assert [
        cell["data-language"] for cell in soup.select("#translation-status tbody tr")[0]("td")
    ] == ["bg"]


def test_admin_report_exports_csv(admin_client):
    response = admin_client.get(reverse("translation_status"), {"format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert len(rows[0]) == 2 + 24
    campaign = next(row for row in rows if row[0] == "Cohesion — our fundamental value")
    assert campaign[1] == "/cohesion/"
    assert campaign[2 + rows[0][2:].index("bg")] == Status.UP_TO_DATE


@pytest.mark.parametrize("query", [{"language": "xx"}, {"section": "999999"}, {"section": "x"}])
def test_admin_report_refuses_unknown_filters_with_a_message(admin_client, query):
    response = admin_client.get(reverse("translation_status"), query)
    assert response.status_code == 400
    assert (
        "There is no such section or language"
        in parse(response).select_one("[role=alert]").get_text()
    )


def test_admin_report_shows_the_matrix_a_page_of_rows_at_a_time(admin_client, monkeypatch):
    monkeypatch.setattr("pressroom.translations.views.ROWS_PER_PAGE", 5)
    first = parse(admin_client.get(reverse("translation_status"), {"language": "bg"}))
    second = parse(admin_client.get(reverse("translation_status"), {"language": "bg", "p": 2}))

    def titles(soup):
        return [link.get_text() for link in soup.select("#translation-status tbody th a")]

    assert len(titles(first)) == len(titles(second)) == 5
    assert set(titles(first)).isdisjoint(titles(second))
    assert second.select_one("nav.pagination a[href*='language=bg'][href*='p=3']") is not None
    totals = second.select_one("#translation-totals tbody tr")
    assert (
        sum(int(cell.get_text()) for cell in totals.select("td"))
        == Page.objects.filter(locale__language_code="en", depth__gt=1).count()
    )
