from csp.middleware import CSPMiddleware, PolicyParts
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy on every public response. The editors' admin, behind a login, also
    allows inline styles and scripts, which Wagtail's choosers and date pickers still emit
    (wagtail#1288); its previews are framed by the admin itself."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        update = dict(parts.update or {})
        if request.path_info.startswith(reverse("wagtailadmin_home")):
            update["style-src"] = ["'unsafe-inline'"]
            update["script-src"] = ["'unsafe-inline'"]
            update["img-src"] = ["blob:"]
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        parts.update = update or None
        return parts


# Answers the same in every language: not marked as varying with the reader's.
LANGUAGE_NEUTRAL_VIEWS = frozenset({"sitemap-index", "sitemap-language", "robots-txt"})


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 of the read API stays a 404 (Django would redirect it to
    the same address under a language prefix, where the site's pages are), and that the
    sitemaps and robots.txt, the same for every reader, do not vary with Accept-Language."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith("/api/"):
            return response
        match = request.resolver_match
        if match is not None and match.url_name in LANGUAGE_NEUTRAL_VIEWS:
            return response
        return super().process_response(request, response)
