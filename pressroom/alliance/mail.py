"""The alliance's e-mail: one message per signing, in the signatory's language, with the
link to confirm and the link to withdraw, download or delete the signature."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from pressroom.core.locales import text_direction

from .models import Signature
from .tokens import confirmation_token, management_token


def _absolute(alliance, route, token) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{alliance.url}{alliance.reverse_subpage(route)}?{urlencode({'token': token})}"


def build(signature: Signature) -> EmailMultiAlternatives:
    with translation.override(signature.language):
        locale = signature.alliance.locale.__class__.objects.get(language_code=signature.language)
        alliance = (
            signature.alliance.get_translation_or_none(locale) or signature.alliance
        ).specific
        confirmed = signature.confirmed_at is not None
        context = {
            "signature": signature,
            "alliance": alliance,
            "confirmed": confirmed,
            "confirm_url": None
            if confirmed
            else _absolute(alliance, "confirm", confirmation_token(signature)),
            "manage_url": _absolute(alliance, "manage", management_token(signature)),
            "language": signature.language,
            "direction": text_direction(signature.language),
        }
        if confirmed:
            subject = _("Your signature: %(alliance)s") % {"alliance": alliance.title}
        else:
            subject = _("Confirm your signature: %(alliance)s") % {"alliance": alliance.title}
        context["subject"] = subject
        text = render_to_string("alliance/email/signature.txt", context)
        html = render_to_string("alliance/email/signature.html", context)
    email = EmailMultiAlternatives(
        subject,
        text,
        to=[signature.email],
        headers={"Content-Language": signature.language, "Auto-Submitted": "auto-generated"},
    )
    email.attach_alternative(html, "text/html")
    return email
