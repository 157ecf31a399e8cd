from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "pressroom.home"
    label = "home"
