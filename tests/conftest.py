import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from pressroom.demo.loader import DemoLoader


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the demo content of the seed pages, loaded once."""
    with django_db_blocker.unblock():
        DemoLoader(today=timezone.localdate()).load()


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    translation.activate("en")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def bulgarian(db):
    return Locale.objects.get(language_code="bg")


@pytest.fixture
def client(client, db):
    """Requests come to the default site, as a reader's browser would."""
    client.defaults["HTTP_HOST"] = "localhost"
    return client


@pytest.fixture
def mailbox(settings):
    """E-mail goes through a real SMTP server started for the test."""
    from tests.mail import Sink

    sink = Sink().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    yield sink
    sink.stop()
