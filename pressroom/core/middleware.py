from csp.middleware import CSPMiddleware, PolicyParts
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy everywhere; the editors' admin also needs inline styles, and its
    previews are framed by the admin itself."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        update = dict(parts.update or {})
        if request.path_info.startswith(reverse("wagtailadmin_home")):
            update["style-src"] = ["'unsafe-inline'"]
            update["img-src"] = ["blob:"]
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        parts.update = update or None
        return parts
