"""A small bar chart of the signatories, drawn on the server as SVG (no script), with the
same figures in a table beside it for anyone who does not see the chart."""

from dataclasses import dataclass

from .countries import country_name
from .models import Category

BAR_HEIGHT = 18
GAP = 6
LABEL_WIDTH = 170
BAR_SPACE = 190
MOST_COUNTRIES = 10


@dataclass
class Bar:
    label: str
    count: int
    y: int
    width: int
    text_y: int


@dataclass
class Chart:
    bars: list
    height: int
    label_width: int = LABEL_WIDTH
    bar_x: int = LABEL_WIDTH + 4


def _chart(rows: list[tuple[str, int]]) -> Chart:
    largest = max((count for _label, count in rows), default=0) or 1
    bars = []
    for position, (label, count) in enumerate(rows):
        y = position * (BAR_HEIGHT + GAP)
        bars.append(
            Bar(
                label=label,
                count=count,
                y=y,
                width=max(round(count / largest * BAR_SPACE), 1 if count else 0),
                text_y=y + BAR_HEIGHT - 5,
            )
        )
    return Chart(bars=bars, height=max(len(rows) * (BAR_HEIGHT + GAP) - GAP, BAR_HEIGHT))


def by_country(statistics: dict) -> Chart:
    ordered = sorted(
        statistics["by_country"].items(), key=lambda item: (-item[1], country_name(item[0]))
    )
    rows = [(country_name(code), count) for code, count in ordered[:MOST_COUNTRIES]]
    others = sum(count for _code, count in ordered[MOST_COUNTRIES:])
    if others:
        from django.utils.translation import gettext as _

        rows.append((_("Other countries"), others))
    return _chart(rows)


def by_category(statistics: dict) -> Chart:
    return _chart(
        [
            (str(label), statistics["by_category"].get(value, 0))
            for value, label in Category.choices
            if statistics["by_category"].get(value)
        ]
    )
