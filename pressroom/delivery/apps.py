from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "pressroom.delivery"
    label = "delivery"
    verbose_name = "delivery"

    def ready(self):
        from . import changes, dependencies

        dependencies.start_recording_reads()
        changes.connect()
