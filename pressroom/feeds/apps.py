from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "pressroom.feeds"
    verbose_name = "Feeds"
