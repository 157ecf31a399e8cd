from django.apps import AppConfig


class OpinionsConfig(AppConfig):
    name = "pressroom.opinions"
    label = "opinions"
