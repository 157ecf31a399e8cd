"""While the database is unreachable: stored pages go on being served by the front and the
delivery middleware; everything else answers a short 503 in the reader's language (JSON
for the read API), rendered without touching the database, and marked to be asked again
in 30 seconds. Nothing here is stored: the delivery middleware keeps only 200s."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from django.views import defaults

from .locales import text_direction

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _language(request) -> str:
    """The language of the address (/bg/…), else the source language."""
    language = translation.get_language_from_path(request.path_info)
    return language or settings.LANGUAGE_CODE


def unavailable(request, error: Exception) -> HttpResponse:
    logger.warning(
        "The database is unavailable (%s): %s %s answered 503",
        _first_line(error),
        request.method,
        request.path,
    )
    language = _language(request)
    with translation.override(language):
        if request.path_info.startswith("/api/"):
            response = JsonResponse(
                {"error": gettext("The service is temporarily unavailable. Please try again.")},
                status=503,
            )
        else:
            # No request: no context processor runs, none of them reads the database.
            page = render_to_string("503.html", {"direction": text_direction(language)})
            response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    response._has_been_logged = True  # logged above, in one line and without a trace
    return response


class DatabaseUnavailableMiddleware:
    """Turns a database that cannot be reached during the view or its template into the
    503. Placed right after the delivery middleware, whose stored pages are served before."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return unavailable(request, exception)
        return None


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """The 500 handler: the 503 when the error is the database's, raised anywhere Django
    turns an exception into a response (another middleware loading a session or a user,
    the redirects looked up for a 404)."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return unavailable(request, error)
    return defaults.server_error(request, template_name)
