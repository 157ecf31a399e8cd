from django import template

from pressroom.delivery.dependencies import record_children

from .. import chart
from ..models import AlliancePage
from ..services import statistics

register = template.Library()


@register.inclusion_tag("alliance/includes/summary.html", takes_context=True)
def alliance_summary(context, page, statistics_=None, link=True):
    """The alliance's live count and charts; on a campaign page, of the campaign's alliance."""
    if not isinstance(page, AlliancePage):
        record_children(page)
    alliance = (
        page
        if isinstance(page, AlliancePage)
        else (AlliancePage.objects.child_of(page).live().public().first())
    )
    if alliance is None:
        return {"alliance": None}
    alliance = alliance.specific
    figures = statistics_ or statistics(alliance)
    return {
        "request": context.get("request"),
        "alliance": alliance,
        "statistics": figures,
        "countries": chart.by_country(figures),
        "categories": chart.by_category(figures),
        "link": link,
    }


@register.simple_tag
def country_label(code):
    from ..countries import country_name

    return country_name(code)


@register.simple_tag(takes_context=True)
def signatory_query(context, page):
    from urllib.parse import urlencode

    params = {"q": context.get("query"), "category": context.get("category")}
    params["country"] = context.get("country")
    params = {name: value for name, value in params.items() if value}
    params["page"] = page
    return urlencode(params)
