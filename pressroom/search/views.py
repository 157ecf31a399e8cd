import html

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from pressroom.core.ratelimit import hit, too_many_requests

from .search import LONGEST_QUERY, RESULTS_PER_PAGE, BadQuery, search


def _reason(error: BadQuery) -> str:
    if str(error) == "long":
        return _("Your search is too long. Use at most %(count)d characters.") % {
            "count": LONGEST_QUERY
        }
    return _("There is no such filter. Choose one from the lists.")


# Searches are counted per client over a minute (PRESSROOM_SEARCH_RATE a minute; 0: none).
RATE_PERIOD = 60


def _over_rate(request) -> bool:
    limit = settings.PRESSROOM_SEARCH_RATE
    return bool(limit) and not hit("search", request, limit=limit, period=RATE_PERIOD)


@require_safe
def search_page(request):
    if _over_rate(request):
        return too_many_requests(request, retry_after=RATE_PERIOD)
    language = translation.get_language()
    try:
        results = search(request.GET, language)
    except BadQuery as error:
        query = request.GET.get("q", "")[:LONGEST_QUERY]
        return render(
            request,
            "search/search.html",
            {"query": query, "error": _reason(error), "results": None},
            status=400,
        )
    response = render(
        request,
        "search/search.html",
        {"query": results.query, "results": results, "per_page": RESULTS_PER_PAGE},
    )
    response["X-Robots-Tag"] = "noindex"  # results pages are not content
    return response


@require_safe
def search_api(request):
    """The search as JSON, for the read API: `/api/v2/search/?q=…&locale=bg`."""
    if _over_rate(request):
        response = JsonResponse(
            {
                "message": _(
                    "Too many requests from your connection. "
                    "Please wait a few minutes and try again."
                )
            },
            status=429,
        )
        response["Retry-After"] = str(RATE_PERIOD)
        return response
    language = request.GET.get("locale") or translation.get_language()
    with translation.override(language):
        try:
            if language not in dict(settings.LANGUAGES):
                raise BadQuery("language")
            results = search(request.GET, language)
        except BadQuery as error:
            return JsonResponse({"message": _reason(error)}, status=400)
        return JsonResponse(
            {
                "query": results.query,
                "locale": language,
                "total": results.total,
                "page": results.page.number if results.page else 1,
                "pages": results.page.paginator.num_pages if results.page else 0,
                "suggestion": results.suggestion,
                "facets": results.facets,
                "results": [
                    {
                        "kind": hit.match.kind,
                        "title": _plain(hit.title),
                        "url": request.build_absolute_uri(hit.url)
                        if hit.url.startswith("/")
                        else hit.url,
                        "language": hit.language,
                        "fallback": hit.match.fallback,
                        "year": hit.match.year,
                        "topics": hit.match.topics,
                        "excerpt": _plain(hit.excerpt),
                        "score": round(hit.match.score, 4),
                    }
                    for hit in results.hits
                ],
            },
            json_dumps_params={"ensure_ascii": False},
        )


def _plain(highlighted: str) -> str:
    return html.unescape(str(highlighted).replace("<mark>", "").replace("</mark>", ""))
