"""Subscribers to e-mail alerts, what each was told about, and the messages going out.

A subscriber follows kinds of content × topics × language versions. Publishing a version
(a page in one language) announces it: one `Alert` per subscriber who follows it, unique per
subscriber, page and language, so a version is announced to a subscriber once, whatever
is republished. Alerts travel in `Message` rows, an outbox: a message is written in the
same transaction as its alerts and leaves when the SMTP server takes it."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _key():
    return secrets.token_urlsafe(18)


class Frequency(models.TextChoices):
    INSTANT = "instant", _("At once, one e-mail per item")
    DAILY = "daily", _("A daily digest")


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Subscriber(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(
        _("language of the e-mails"), max_length=8, choices=settings.LANGUAGES
    )
    languages = models.JSONField(
        _("language versions"),
        default=list,
        help_text=_("An item is announced when it is published in one of these languages."),
    )
    kinds = models.JSONField(_("kinds of content"), default=list)
    topics = models.JSONField(
        _("topics"), default=list, blank=True, help_text=_("Topic slugs; none means every topic.")
    )
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.INSTANT
    )
    english_original = models.BooleanField(
        _("also send the English original at once"), default=False
    )
    # Part of every link sent to the subscriber; a new subscription gets a new one, so links
    # of a cancelled subscription open nothing.
    key = models.CharField(max_length=32, default=_key, editable=False)
    created_at = models.DateTimeField(_("subscribed"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    digest_sent_on = models.DateField(null=True, blank=True, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    def follows(self, *, kind: str, language: str, topics: set[str]) -> bool:
        """Whether an item of this kind, in this language and with these topic slugs is for
        this subscriber."""
        wanted_language = language in self.languages or (
            self.english_original and language == settings.LANGUAGE_CODE
        )
        wanted_topic = not self.topics or bool(topics & set(self.topics))
        return wanted_language and kind in self.kinds and wanted_topic


class MessageStatus(models.TextChoices):
    PENDING = "pending", _("waiting to be sent")
    SENDING = "sending", _("being sent")
    SENT = "sent", _("sent")
    FAILED = "failed", _("refused by the mail server")


class Purpose(models.TextChoices):
    CONFIRM = "confirm", _("confirmation request")
    ALREADY = "already", _("already subscribed")
    ALERT = "alert", _("alert")
    DIGEST = "digest", _("daily digest")


class Message(models.Model):
    """One e-mail to one subscriber, written before it is sent and kept once it is."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="messages")
    purpose = models.CharField(max_length=10, choices=Purpose.choices)
    # What makes the message unique ("alert:<subscriber>:<page>", "digest:<subscriber>:<day>"):
    # writing it twice is refused by the database, so it is never sent twice.
    dedupe_key = models.CharField(max_length=120, unique=True)
    status = models.CharField(
        max_length=10, choices=MessageStatus.choices, default=MessageStatus.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_by = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.get_purpose_display()} → {self.subscriber}"

    @property
    def message_id(self) -> str:
        """The same Message-ID on every attempt, so that a mail system can tell a repeat."""
        domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
        return f"<{self.dedupe_key.replace(':', '.')}.{self.subscriber.key}@{domain}>"


class Alert(models.Model):
    """That a subscriber is told about one language version of a page."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="alerts")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="alerts"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "page"], name="one_alert_per_version")
        ]

    def __str__(self):
        return f"{self.subscriber} ← {self.page}"


class Announcement(models.Model):
    """That the publication of a page (one language version) has been announced."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    announced_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.page} ({self.announced_at:%Y-%m-%d %H:%M})"
