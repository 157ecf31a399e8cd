from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from .languages import LanguageCodesField

_SAME_IN_EVERY_LANGUAGE = ["given_name", "family_name", "email", "phone"]


class PressOfficer(TranslatableMixin, ClusterableModel):
    given_name = models.CharField(_("given name"), max_length=100)
    family_name = models.CharField(_("family name"), max_length=100)
    role = models.CharField(_("role"), max_length=255, blank=True)
    languages = LanguageCodesField(_("languages spoken"))
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(
        "topics.Topic",
        blank=True,
        related_name="+",
        verbose_name=_("topics"),
        help_text=_("The subjects journalists may ask this press officer about."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("given_name"), FieldPanel("family_name")], _("Name")),
        FieldPanel("role"),
        FieldPanel("languages"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("photo"),
        FieldPanel("topics"),
    ]
    override_translatable_fields = [
        *(SynchronizedField(name) for name in _SAME_IN_EVERY_LANGUAGE),
        SynchronizedField("languages"),
        SynchronizedField("photo"),
        SynchronizedField("topics"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("press officer")
        verbose_name_plural = _("press officers")
        ordering = ["family_name", "given_name"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def language_codes(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]

    def language_list(self) -> str:
        return ", ".join(code.upper() for code in self.language_codes)

    language_list.short_description = _("languages spoken")


class ContactPerson(TranslatableMixin, models.Model):
    """Who to contact about a campaign."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")
        ordering = ["name"]

    def __str__(self):
        return self.name
