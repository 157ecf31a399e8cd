"""Reading rendered pages the way a reader or a screen reader meets them."""

from bs4 import BeautifulSoup


def parse(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def headings(soup, levels=("h1", "h2", "h3")):
    return [tag.get_text(" ", strip=True) for tag in soup.find_all(levels)]


def language_of(tag):
    """The language a tag's text is in: its own lang attribute or its nearest ancestor's."""
    while tag is not None:
        if tag.has_attr("lang"):
            return tag["lang"]
        tag = tag.parent
    return None


def tag_with_text(soup, text):
    return soup.find(string=lambda value: value and value.strip() == text).parent
