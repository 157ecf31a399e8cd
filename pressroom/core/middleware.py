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


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 of the read API stays a 404: Django would redirect it to
    the same address under a language prefix, where the site's pages are."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
