from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "pressroom.demo"
    label = "demo"
