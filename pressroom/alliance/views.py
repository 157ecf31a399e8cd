from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from pressroom.core.forms import REFUSAL
from pressroom.core.ratelimit import hit, too_many_requests
from pressroom.delivery.dependencies import (
    alliance_tag,
    record,
    record_page_number,
    record_parameter,
)

from . import services
from .countries import country_codes, country_name
from .forms import SignatureForm
from .models import Category, Signature, Status
from .tokens import ExpiredLink, InvalidLink, signature_to_confirm, signature_to_manage

# Enough for an office signing up its colleagues from one address; too few for a flood.
SIGNINGS_PER_HOUR = 10
SIGNATORIES_PER_PAGE = 50


def _render(request, alliance, template, context=None, status=200, private=True):
    response = TemplateResponse(
        request,
        f"alliance/{template}.html",
        {"page": alliance, "self": alliance, **alliance.get_context(request), **(context or {})},
        status=status,
    )
    if private:
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
        response["Referrer-Policy"] = "same-origin"  # addresses with personal links
    return response


def _notice(request, alliance, heading, message, status=200):
    return _render(request, alliance, "notice", {"heading": heading, "message": message}, status)


def sign(request, alliance):
    if request.method == "POST":
        if not alliance.is_open:
            return _notice(
                request,
                alliance,
                _("Signing is closed"),
                _("This alliance no longer takes signatures."),
                403,
            )
        if not hit("alliance-sign", request, limit=SIGNINGS_PER_HOUR, period=3600):
            return too_many_requests(request)
        form = SignatureForm(request.POST)
        if form.is_bot():
            return _notice(
                request,
                alliance,
                _("Signature refused"),
                REFUSAL,
                400,
            )
        if form.is_valid():
            services.sign(alliance, form.cleaned_data, translation.get_language())
            return redirect(alliance.url + alliance.reverse_subpage("requested"))
        status = 400
    else:
        form = SignatureForm()
        status = 200
    context = {"form": form, "statistics": services.statistics(alliance)}
    return _render(
        request, alliance, "alliance_page", context, status, private=request.method == "POST"
    )


def requested(request, alliance):
    return _notice(
        request,
        alliance,
        _("Check your inbox"),
        _(
            "We have sent an e-mail to the address you gave. Follow the link in it to confirm "
            "your signature; it is counted once confirmed and checked by our team. The link "
            "is valid for seven days."
        ),
    )


def _invalid(request, alliance):
    return _notice(
        request,
        alliance,
        _("This link is not valid"),
        _(
            "The link may have been cut short or mistyped. Copy the whole link from the "
            "e-mail into your browser."
        ),
        400,
    )


def _gone(request, alliance):
    return _notice(
        request,
        alliance,
        _("No signature"),
        _("This signature has been deleted: nothing is kept about it."),
        410,
    )


def confirm(request, alliance, token):
    try:
        signature = signature_to_confirm(token, alliance.original)
    except InvalidLink:
        return _invalid(request, alliance)
    except ExpiredLink:
        return _notice(
            request,
            alliance,
            _("This link has expired"),
            _("Confirmation links are valid for seven days. Please sign again."),
            410,
        )
    if signature is None:
        return _gone(request, alliance)
    if request.method == "POST":
        services.confirm(signature)
    if signature.confirmed_at is not None:
        return _render(request, alliance, "confirmed", {"signature": signature})
    return _render(request, alliance, "confirm", {"signature": signature})


def manage(request, alliance, token):
    try:
        signature = signature_to_manage(token, alliance.original)
    except InvalidLink:
        return _invalid(request, alliance)
    if signature is None:
        return _gone(request, alliance)
    action = request.POST.get("action") if request.method == "POST" else request.GET.get("data")
    if action == "withdraw":
        services.withdraw(signature)
        signature.refresh_from_db()
    elif action == "delete":
        services.delete(signature)
        return _notice(
            request,
            alliance,
            _("Signature deleted"),
            _("Your signature and everything kept about it have been deleted."),
        )
    elif action == "json" and request.method == "GET":
        response = HttpResponse(
            services.personal_data(signature), content_type="application/json; charset=utf-8"
        )
        add_never_cache_headers(response)
        response["Content-Disposition"] = 'attachment; filename="alliance-signature.json"'
        return response
    return _render(request, alliance, "manage", {"signature": signature, "token": token})


def signatories(request, alliance):
    """The approved signatories who are listed publicly, by category and country."""
    record(alliance_tag(alliance))
    listed = Signature.objects.filter(alliance=alliance.original).listed()
    category = request.GET.get("category", "")
    country = request.GET.get("country", "")
    query = request.GET.get("q", "").strip()[:100]
    errors = []
    if category and category not in Category.values:
        errors.append(_("There is no such category. Choose one from the list."))
        category = ""
    if country and country not in country_codes():
        errors.append(_("There is no such country. Choose one from the list."))
        country = ""
    if category:
        listed = listed.filter(category=category)
        record_parameter("category")
    if country:
        listed = listed.filter(country=country)
        record_parameter("country")
    if query:
        listed = listed.filter(
            Q(name__icontains=query)
            | Q(organisation__icontains=query)
            | Q(position__icontains=query)
        )
    listed = listed.order_by("country", "organisation", "name")
    page = Paginator(listed, SIGNATORIES_PER_PAGE).get_page(request.GET.get("page"))
    record_page_number(request, page)
    countries = sorted(
        set(
            Signature.objects.filter(alliance=alliance.original)
            .listed()
            .values_list("country", flat=True)
        ),
        key=lambda code: country_name(code).casefold(),
    )
    context = {
        "signatures": page,
        "category": category,
        "country": country,
        "query": query,
        "errors": errors,
        "categories": Category.choices,
        "countries": [(code, country_name(code)) for code in countries],
        "statistics": services.statistics(alliance),
        "approved": Status.APPROVED,
    }
    return _render(request, alliance, "signatories", context, 400 if errors else 200, private=False)
