import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

SALT = "pressroom.embargo.preview"


def _secret():
    return secrets.token_urlsafe(24)


class PreviewLink(models.Model):
    """A journalist's personal link to read a press release before its embargo ends."""

    release = models.ForeignKey(
        "press.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="preview_links",
        verbose_name=_("press release"),
    )
    journalist = models.CharField(_("journalist"), max_length=200)
    media_outlet = models.CharField(_("media outlet"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the link opens the release in."),
    )
    expires_at = models.DateTimeField(
        _("expires"), help_text=_("Usually the end of the embargo; the link works until then.")
    )
    revoked = models.BooleanField(
        _("withdrawn"), default=False, help_text=_("A withdrawn link no longer opens anything.")
    )
    revoked_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True, editable=False)
    secret = models.CharField(max_length=64, default=_secret, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("embargo preview link")
        verbose_name_plural = _("embargo preview links")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.journalist} – {self.release.title}"

    def save(self, *args, **kwargs):
        if self.revoked and self.revoked_at is None:
            self.revoked_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def token(self) -> str:
        # Signed (not timed: the link's own expiry decides), stable for the link's lifetime.
        return signing.Signer(salt=SALT).sign_object([self.pk, self.secret], compress=True)

    def path(self) -> str:
        with translation.override(self.language):
            return reverse("embargo-preview", args=[self.token])

    path.short_description = _("link")

    def is_expired(self, now=None) -> bool:
        return self.expires_at <= (now or timezone.now())

    def use_count(self) -> int:
        return self.uses.count()

    use_count.short_description = _("times opened")


class PreviewUse(models.Model):
    """One opening of a preview link: when, and with which browser."""

    link = models.ForeignKey(PreviewLink, on_delete=models.CASCADE, related_name="uses")
    used_at = models.DateTimeField(auto_now_add=True)
    user_agent = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-used_at"]

    def __str__(self):
        return f"{self.link} @ {self.used_at:%Y-%m-%d %H:%M}"
