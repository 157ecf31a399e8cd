from django.apps import AppConfig


class EmbargoConfig(AppConfig):
    name = "pressroom.embargo"
    verbose_name = "Embargo"
