from django.core import signing
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from wagtail.models import Locale

from pressroom.core.ratelimit import rate_limited
from pressroom.press.embargo import is_embargoed

from .models import SALT, PreviewLink, PreviewUse

# Enough for a newsroom behind one address; too few to guess tokens.
PREVIEWS_PER_HOUR = 60


def _refused(request, message, status):
    response = render(request, "embargo/refused.html", {"message": message}, status=status)
    add_never_cache_headers(response)
    return response


@rate_limited("embargo-preview", limit=PREVIEWS_PER_HOUR, period=3600)
def preview(request, token):
    """The press release of a valid preview link, in the language of the address, with its
    embargo banner; nothing else is reachable with the token."""
    try:
        link_id, secret = signing.Signer(salt=SALT).unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError):
        return _refused(request, _("This preview link is not valid."), 404)
    link = PreviewLink.objects.select_related("release").filter(pk=link_id, secret=secret).first()
    if link is None:
        return _refused(request, _("This preview link is not valid."), 404)
    if link.revoked:
        return _refused(request, _("This preview link has been withdrawn."), 410)
    if link.is_expired():
        return _refused(request, _("This preview link has expired."), 410)
    locale = Locale.objects.get(language_code=translation.get_language())
    release = link.release.get_translation_or_none(locale) or link.release
    release = release.specific
    if not is_embargoed(release):
        return redirect(release.url)
    PreviewUse.objects.create(link=link, user_agent=request.headers.get("User-Agent", "")[:300])
    request.embargo_preview = link
    response = release.serve(request)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
