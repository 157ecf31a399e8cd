from csp.middleware import CSPMiddleware, PolicyParts
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
