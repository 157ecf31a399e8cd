import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, PageManager
from wagtail_localize.fields import SynchronizedField

from pressroom.core.models import ArticlePage, IndexPage, PressroomPageQuerySet

LISTING_COUNT = 50
REFERENCE_PATTERN = re.compile(r"^[A-Z]{3,6}-[IVXL]+/\d{3}$")


class Commission(models.TextChoices):
    """The institution's commissions, by the acronym used in every language."""

    CIVEX = "CIVEX", "CIVEX"
    COTER = "COTER", "COTER"
    ECON = "ECON", "ECON"
    ENVE = "ENVE", "ENVE"
    NAT = "NAT", "NAT"
    SEDEC = "SEDEC", "SEDEC"


class OpinionStatus(models.TextChoices):
    UNDER_DISCUSSION = "under_discussion", _("under discussion")
    ADOPTED = "adopted", _("adopted")


class OpinionQuerySet(PressroomPageQuerySet):
    def adopted(self):
        return self.filter(status=OpinionStatus.ADOPTED).order_by("-adoption_date", "-date")

    def under_discussion(self):
        return self.filter(status=OpinionStatus.UNDER_DISCUSSION).order_by("-date")


class OpinionPage(ArticlePage):
    reference = models.CharField(
        _("reference"), max_length=30, help_text=_("For example COTER-VII/012")
    )
    rapporteur = models.CharField(_("rapporteur"), max_length=200)
    rapporteur_mandate = models.CharField(_("rapporteur's office"), max_length=255, blank=True)
    commission = models.CharField(_("commission"), max_length=10, choices=Commission.choices)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=OpinionStatus.choices,
        default=OpinionStatus.UNDER_DISCUSSION,
    )
    adoption_date = models.DateField(_("adoption date"), null=True, blank=True)

    objects = PageManager.from_queryset(OpinionQuerySet)()

    content_panels = [
        *ArticlePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("reference"),
                FieldPanel("commission"),
                FieldPanel("rapporteur"),
                FieldPanel("rapporteur_mandate"),
                FieldPanel("status"),
                FieldPanel("adoption_date"),
            ],
            heading=_("Opinion"),
        ),
        InlinePanel("documents", label=_("Documents")),
    ]
    api_fields = [
        *ArticlePage.api_fields,
        APIField("reference"),
        APIField("rapporteur"),
        APIField("commission"),
        APIField("status"),
        APIField("adoption_date"),
    ]
    override_translatable_fields = [
        *ArticlePage.override_translatable_fields,
        SynchronizedField("reference"),
        SynchronizedField("rapporteur"),
    ]
    parent_page_types = ["opinions.OpinionIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("opinion")
        verbose_name_plural = _("opinions")

    def clean(self):
        super().clean()
        errors = {}
        if self.reference and not REFERENCE_PATTERN.match(self.reference):
            errors["reference"] = _(
                "Write the reference as COMMISSION-TERM/NUMBER, e.g. COTER-VII/012."
            )
        if self.status == OpinionStatus.ADOPTED and not self.adoption_date:
            errors["adoption_date"] = _("An adopted opinion needs its adoption date.")
        if self.status == OpinionStatus.UNDER_DISCUSSION and self.adoption_date:
            errors["adoption_date"] = _("An opinion under discussion has no adoption date yet.")
        if errors:
            raise ValidationError(errors)


class OpinionDocument(Orderable):
    page = ParentalKey(OpinionPage, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=255)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("document")]


class OpinionIndexPage(IndexPage):
    subpage_types = ["opinions.OpinionPage"]

    class Meta:
        verbose_name = _("opinion index")

    def get_sections(self, request):
        opinions = OpinionPage.objects.for_listing().in_locale_of(self)
        return {
            "opinions_under_discussion": list(opinions.under_discussion()[:LISTING_COUNT]),
            "adopted_opinions": list(opinions.adopted()[:LISTING_COUNT]),
        }
