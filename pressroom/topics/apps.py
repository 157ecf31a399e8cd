from django.apps import AppConfig


class TopicsConfig(AppConfig):
    name = "pressroom.topics"
    label = "topics"
