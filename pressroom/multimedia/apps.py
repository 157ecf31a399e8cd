from django.apps import AppConfig


class MultimediaConfig(AppConfig):
    name = "pressroom.multimedia"
    label = "multimedia"
