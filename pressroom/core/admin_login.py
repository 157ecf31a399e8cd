"""The page an admin sign-in gets once django-axes refuses it: too many failures for the
account or from the client, in the admin's look and the reader's language, with the minutes
left before the next try."""

import math

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import ngettext


def _lockout_ends(request, credentials):
    """When the refusal lifts: for each locked count (the account's, the client's), failures
    expire with their cool-off, oldest first, until fewer than the limit are left."""
    cool_off = get_cool_off(request)
    limit = get_failure_limit(request, credentials)
    ends = []
    for attempts in AxesDatabaseHandler().get_user_attempts(request, credentials):
        rows = sorted(attempts, key=lambda attempt: attempt.attempt_time)
        left = sum(attempt.failures_since_start for attempt in rows)
        for attempt in rows:
            if left < limit:
                break
            left -= attempt.failures_since_start
            ends.append(attempt.attempt_time + cool_off)
    return max(ends, default=timezone.now() + cool_off)


def locked_out(request, original_response=None, credentials=None):
    seconds = (_lockout_ends(request, credentials) - timezone.now()).total_seconds()
    minutes = max(1, math.ceil(seconds / 60))
    message = ngettext(
        "Too many failed sign-in attempts. Try again in %(minutes)d minute.",
        "Too many failed sign-in attempts. Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}
    response = render(request, "core/admin/locked_out.html", {"message": message}, status=429)
    response["Retry-After"] = str(max(1, math.ceil(seconds)))
    return response
