from functools import wraps

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from pressroom.core.forms import REFUSAL
from pressroom.core.ratelimit import hit, too_many_requests

from . import subscriptions
from .forms import PreferencesForm, SubscriptionForm
from .mail import choices_summary
from .tokens import ExpiredLink, InvalidLink, subscriber_to_confirm, subscriber_to_manage

# Enough for a newsroom sharing one address; too few to sign up a list of strangers.
SUBSCRIPTIONS_PER_HOUR = 10


def _page(request, template, context=None, status=200):
    response = render(request, f"alerts/{template}.html", context or {}, status=status)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    # The address holds a personal link: never sent to other sites. (Not "no-referrer":
    # the browser would then send its forms with "Origin: null", which CSRF checks refuse.)
    response["Referrer-Policy"] = "same-origin"
    return response


def _notice(request, heading, message, status=200, subscribe_again=False):
    return _page(
        request,
        "notice",
        {"heading": heading, "message": message, "subscribe_again": subscribe_again},
        status,
    )


def _invalid_link(request):
    return _notice(
        request,
        _("This link is not valid"),
        _(
            "The link may have been cut short or mistyped. Copy the whole link from the "
            "e-mail into your browser, or subscribe again."
        ),
        status=400,
        subscribe_again=True,
    )


def _no_subscription(request):
    return _notice(
        request,
        _("No subscription"),
        _("This subscription has been cancelled: no alerts are sent to this address."),
        status=410,
        subscribe_again=True,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        return _page(request, "subscribe", {"form": SubscriptionForm()})
    if not hit("alerts-subscribe", request, limit=SUBSCRIPTIONS_PER_HOUR, period=3600):
        return too_many_requests(request)
    form = SubscriptionForm(request.POST)
    if form.is_bot():
        return _notice(
            request,
            _("Subscription refused"),
            REFUSAL,
            status=400,
            subscribe_again=True,
        )
    if not form.is_valid():
        return _page(request, "subscribe", {"form": form}, status=400)
    subscriptions.request_subscription(form.cleaned_data, translation.get_language())
    return redirect("alerts-requested")


def requested(request):
    return _notice(
        request,
        _("Check your inbox"),
        _(
            "We have sent an e-mail to the address you gave. Follow the link in it to confirm "
            "your subscription; until then, no alerts are sent. The link is valid for seven "
            "days."
        ),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """The link of the confirmation e-mail; its button confirms (a mail system that opens
    links to check them confirms nothing)."""
    try:
        subscriber = subscriber_to_confirm(token)
    except InvalidLink:
        return _invalid_link(request)
    except ExpiredLink:
        return _notice(
            request,
            _("This link has expired"),
            _("Confirmation links are valid for seven days. Please subscribe again."),
            status=410,
            subscribe_again=True,
        )
    if subscriber is None:
        return _no_subscription(request)
    if request.method == "POST" or subscriber.confirmed:
        if request.method == "POST":
            subscriptions.confirm(subscriber)
        return _page(request, "confirmed", {"subscriber": subscriber})
    return _page(
        request, "confirm", {"subscriber": subscriber, "choices": choices_summary(subscriber)}
    )


def _managed(view=None, *, gone=_no_subscription):
    """Views of a management link: the subscriber for a valid link, `gone` for a cancelled
    subscription, a clear refusal for anything else."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, token):
            try:
                subscriber = subscriber_to_manage(token)
            except InvalidLink:
                return _invalid_link(request)
            if subscriber is None:
                return gone(request)
            return view(request, subscriber, token)

        return wrapped

    return decorator(view) if view else decorator


@require_http_methods(["GET", "HEAD", "POST"])
@_managed
def manage(request, subscriber, token):
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST, instance=subscriber)
        if form.is_valid():
            form.save()
            saved = True
            form = PreferencesForm(instance=subscriber)
    else:
        form = PreferencesForm(instance=subscriber)
    return _page(
        request,
        "manage",
        {"form": form, "subscriber": subscriber, "token": token, "saved": saved},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "HEAD"])
@_managed
def download(request, subscriber, token):
    response = HttpResponse(
        subscriptions.personal_data(subscriber), content_type="application/json; charset=utf-8"
    )
    add_never_cache_headers(response)
    response["Content-Disposition"] = 'attachment; filename="pressroom-alerts-data.json"'
    return response


@require_http_methods(["POST"])
@_managed
def delete(request, subscriber, token):
    subscriptions.cancel(subscriber)
    return _notice(
        request,
        _("Subscription cancelled"),
        _("Your subscription and everything kept about it have been deleted."),
        subscribe_again=True,
    )


def _unsubscribed(request):
    # Also the answer to a link used twice: the subscription is gone either way.
    return _notice(
        request,
        _("You are unsubscribed"),
        _("This address receives no alerts. Nothing else needs doing."),
        subscribe_again=True,
    )


@csrf_exempt  # RFC 8058: the mail program posts "List-Unsubscribe=One-Click" by itself
@require_http_methods(["GET", "HEAD", "POST"])
@_managed(gone=_unsubscribed)
def unsubscribe(request, subscriber, token):
    if request.method == "POST":
        subscriptions.cancel(subscriber)
        return _notice(
            request,
            _("You are unsubscribed"),
            _("Your subscription and everything kept about it have been deleted."),
            subscribe_again=True,
        )
    return _page(request, "unsubscribe", {"subscriber": subscriber})
