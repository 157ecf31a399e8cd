from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "pressroom.news"
    label = "news"
