from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguageTeam(models.Model):
    """A group of people who translate into one language, and may change nothing else."""

    group = models.OneToOneField(
        "auth.Group",
        on_delete=models.CASCADE,
        related_name="language_team",
        verbose_name=_("group"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )

    class Meta:
        verbose_name = _("language team")
        verbose_name_plural = _("language teams")

    def __str__(self):
        return self.group.name
