from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "pressroom.api"
    label = "pressroom_api"
    verbose_name = "Read API"
