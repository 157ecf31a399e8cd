from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "pressroom.press"
    label = "press"
