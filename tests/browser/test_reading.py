import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize(
    "path",
    [
        "/bg/cohesion/",
        "/en/cohesion/",
        "/bg/media/",
        "/en/media/",
        "/de/cohesion/",
        "/bg/",
        "/bg/media/press-releases/?topic=urban-policy",
        "/bg/opinions/",
        "/bg/events/",
        "/bg/feeds/",
        "/bg/alerts/",
        "/bg/search/?q=сближаване",
        "/bg/cohesion/alliance/",
        "/bg/cohesion/alliance/signatories/",
        "/en/search/?q=cohesion&kind=press-releases",
        "/bg/no-such-page/",
    ],
)
def test_pages_have_no_wcag_21_aa_violations(page, site_url, path):
    response = page.goto(site_url + path)
    assert response.status == (404 if "no-such" in path else 200)
    results = Axe().run(page, options=WCAG_21_AA)
    assert len(results.response["passes"]) > 10, "axe-core did not check the page"
    assert results.violations_count == 0, results.generate_report()
    assert page.csp_violations == []


def test_reader_switches_from_bulgarian_to_english(page, site_url):
    page.goto(site_url + "/")
    assert page.url == site_url + "/bg/"
    page.get_by_role("link", name="Сближаването — наша основна ценност").first.click()
    assert page.locator("html").get_attribute("lang") == "bg"
    page.locator("details.languages summary").click()
    page.get_by_role("link", name="English", exact=True).click()
    page.wait_for_url(site_url + "/en/cohesion/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Cohesion — our fundamental value"


def test_reader_follows_the_table_of_contents(page, site_url):
    page.goto(site_url + "/bg/cohesion/")
    page.locator("nav.toc a[href='#multimedia']").click()
    assert page.url.endswith("#multimedia")
    assert page.locator("#multimedia").is_visible()
    assert page.locator("#multimedia .video__title").get_attribute("lang") == "en"
