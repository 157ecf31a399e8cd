"""An alliance per campaign: a declaration people and bodies sign, and who signed it.

A signature counts once its e-mail address is confirmed and an editor has approved it,
until it is withdrawn; the public count is exactly the number of such signatures. One
address signs an alliance once: signing again updates the signature, it does not add one."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField

from pressroom.core.models import PressroomPage


class Category(models.TextChoices):
    REGION = "region", _("Region")
    CITY = "city", _("City or municipality")
    ASSOCIATION = "association", _("Association of local or regional authorities")
    PARLIAMENT = "parliament", _("Member of a parliament")
    ORGANISATION = "organisation", _("Organisation")
    INDIVIDUAL = "individual", _("Individual")


# What is asked of each category besides the name, e-mail address and country. Everything
# asked is required.
QUESTIONS = {
    Category.REGION: ("organisation", "position"),
    Category.CITY: ("organisation", "position"),
    Category.ASSOCIATION: ("organisation", "position"),
    Category.PARLIAMENT: ("organisation", "position"),
    Category.ORGANISATION: ("organisation", "position"),
    Category.INDIVIDUAL: (),
}
# Bodies and office holders sign publicly; an individual's name is published only with
# their consent.
PUBLIC_CATEGORIES = set(Category) - {Category.INDIVIDUAL}


class Status(models.TextChoices):
    PENDING = "pending", pgettext_lazy("signature", "pending")
    APPROVED = "approved", pgettext_lazy("signature", "approved")
    REJECTED = "rejected", pgettext_lazy("signature", "rejected")
    WITHDRAWN = "withdrawn", pgettext_lazy("signature", "withdrawn")


class AlliancePage(RoutablePageMixin, PressroomPage):
    """The sign-up page of a campaign's alliance, with its declaration."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    declaration = RichTextField(
        _("declaration"),
        features=["bold", "italic", "link", "ul", "ol", "h3"],
        help_text=_(
            "What signatories endorse. Each published change to the English text is a new "
            "version; every signature records the version it was given."
        ),
    )
    data_protection = RichTextField(
        _("data-protection notice"), features=["bold", "italic", "link", "ul"]
    )
    is_open = models.BooleanField(_("open for signatures"), default=True)

    content_panels = [
        *PressroomPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("declaration"),
        FieldPanel("data_protection"),
        FieldPanel("is_open"),
    ]
    override_translatable_fields = [
        *PressroomPage.override_translatable_fields,
        SynchronizedField("is_open"),
    ]
    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("alliance")
        verbose_name_plural = _("alliances")

    @property
    def original(self) -> "AlliancePage":
        """The alliance in the source language, which signatures belong to."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        return AlliancePage.objects.get(
            translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )

    def current_version(self) -> "DeclarationVersion":
        original = self.original
        version = original.versions.order_by("-number").first()
        if version is None:
            version = DeclarationVersion.record(original)
        return version

    # The alliance's addresses; the views are in views.py.
    @path("", name="sign")
    def sign(self, request):
        from .views import sign

        return sign(request, self)

    @path("thanks/", name="requested")
    def requested(self, request):
        from .views import requested

        return requested(request, self)

    # The personal links carry their token in the query string: page addresses take only
    # letters, digits, "-" and "_".
    @path("confirm/", name="confirm")
    def confirm(self, request):
        from .views import confirm

        return confirm(request, self, request.GET.get("token", ""))

    @path("signature/", name="manage")
    def manage(self, request):
        from .views import manage

        return manage(request, self, request.GET.get("token", ""))

    @path("signatories/", name="signatories")
    def signatories(self, request):
        from .views import signatories

        return signatories(request, self)


class DeclarationVersion(models.Model):
    alliance = models.ForeignKey(AlliancePage, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    text = models.TextField()  # the English declaration as published
    digest = models.CharField(max_length=64)
    published_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alliance", "number"], name="one_version_number")
        ]
        ordering = ["alliance", "number"]

    def __str__(self):
        return f"{self.alliance} v{self.number}"

    @classmethod
    def record(cls, alliance: AlliancePage) -> "DeclarationVersion":
        """The version of the alliance's current declaration: the last one if the text is
        the same, else a new one."""
        digest = hashlib.sha256(alliance.declaration.encode()).hexdigest()
        last = alliance.versions.order_by("-number").first()
        if last is not None and last.digest == digest:
            return last
        return cls.objects.create(
            alliance=alliance,
            number=(last.number + 1) if last else 1,
            text=alliance.declaration,
            digest=digest,
        )


def _key():
    return secrets.token_urlsafe(18)


class SignatureQuerySet(models.QuerySet):
    def counted(self):
        """The signatures the public count and list are made of."""
        return self.filter(status=Status.APPROVED, confirmed_at__isnull=False)

    def listed(self):
        return self.counted().filter(
            models.Q(category__in=PUBLIC_CATEGORIES) | models.Q(publish_name=True)
        )


class Signature(models.Model):
    alliance = models.ForeignKey(
        AlliancePage,
        on_delete=models.CASCADE,
        related_name="signatures",
        verbose_name=_("alliance"),
    )
    version = models.ForeignKey(
        DeclarationVersion,
        on_delete=models.PROTECT,
        related_name="signatures",
        verbose_name=_("declaration version"),
    )
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(
        _("organisation, region or municipality"), max_length=200, blank=True
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2)
    email = models.EmailField(_("e-mail address"))
    publish_name = models.BooleanField(_("name published"), default=False)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    source = models.CharField(max_length=10, default="form", editable=False)
    key = models.CharField(max_length=32, default=_key, editable=False)
    created_at = models.DateTimeField(_("signed"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # The e-mail answering the last signing (a confirmation link, or a reminder of the link
    # to the signature) waits until the mail server takes it.
    mail_due = models.BooleanField(default=False, editable=False)
    mailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    mail_attempts = models.PositiveIntegerField(default=0, editable=False)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["alliance", "email"], name="one_signature_per_address")
        ]
        indexes = [models.Index(fields=["alliance", "status", "country"])]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.organisation or self.name

    @property
    def is_public(self) -> bool:
        return self.category in PUBLIC_CATEGORIES or self.publish_name


class SignatureChange(models.Model):
    """Who changed a signature's status, when, and why."""

    signature = models.ForeignKey(Signature, on_delete=models.CASCADE, related_name="changes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_signatory = models.BooleanField(default=False)
    old_status = models.CharField(max_length=12, blank=True, choices=Status.choices)
    new_status = models.CharField(max_length=12, choices=Status.choices)
    reason = models.CharField(max_length=500, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-changed_at"]

    def __str__(self):
        return f"{self.signature}: {self.old_status} → {self.new_status}"
