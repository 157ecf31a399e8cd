from urllib.parse import urlencode

from django import template

register = template.Library()


def _params(results, **changes) -> str:
    params = {"q": results.query, **results.filters}
    for name, value in changes.items():
        if value:
            params[name] = value
        else:
            params.pop(name, None)
    return urlencode(params)


@register.simple_tag
def facet_query(results, facet, value):
    """The query string with one facet set to `value` (removed when empty), from page 1."""
    return _params(results, **{facet: value})


@register.simple_tag
def page_query(results, number):
    return _params(results, page=number)
