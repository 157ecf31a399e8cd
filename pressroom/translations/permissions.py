"""Who may translate what: language teams translate into their own language and nothing else.

Pages: a team's group may change and publish the pages of its language's tree, which starts
at that language's home page; the original pages are not theirs. Snippets: Wagtail's
permissions are per model, so the team may change translatable snippets, and the snippets'
edit views then let a team member open only those in the team's language.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.models import GroupPagePermission, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from pressroom.core.locales import language_name, source_language_code

from .models import LanguageTeam

PAGE_PERMISSIONS = ("change_page", "publish_page")


def translatable_snippet_models() -> list[type]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _language_homes() -> list[Page]:
    return list(
        Page.objects.filter(depth=2)
        .exclude(locale__language_code=source_language_code())
        .select_related("locale")
        .order_by("locale__language_code")
    )


def translatable_languages(user) -> list[str]:
    """The languages, other than the original, whose pages the user may translate."""
    if not user.is_active:
        return []
    return [
        home.locale.language_code
        for home in _language_homes()
        if user.is_superuser or home.permissions_for_user(user).can_edit()
    ]


def ensure_language_teams() -> list[LanguageTeam]:
    """A group per language ("Translators: Bulgarian" …), with the permissions above. Adding a
    user to the group is all it takes to make a translator."""
    page_permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        )
    )
    snippet_permissions = [
        Permission.objects.get(
            content_type=ContentType.objects.get_for_model(model),
            codename=f"change_{model._meta.model_name}",
        )
        for model in translatable_snippet_models()
    ]
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    teams = []
    for home in _language_homes():
        team = LanguageTeam.objects.filter(locale=home.locale).select_related("group").first()
        if team is None:
            name = f"Translators: {language_name(home.locale.language_code, 'en')}"
            group, _created = Group.objects.get_or_create(name=name)
            team = LanguageTeam.objects.create(group=group, locale=home.locale)
        team.group.permissions.add(admin_access, *snippet_permissions)
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=team.group, page=home, permission=permission
            )
        teams.append(team)
    return teams


def snippet_locales(user, model) -> set[int] | None:
    """The locales whose `model` snippets the user may change; None when any."""
    if user.is_superuser:
        return None
    codename = f"change_{model._meta.model_name}"
    outside_teams = Permission.objects.filter(
        Q(user=user) | Q(group__user=user, group__language_team__isnull=True),
        content_type=ContentType.objects.get_for_model(model),
        codename=codename,
    )
    if outside_teams.exists():
        return None
    return set(LanguageTeam.objects.filter(group__user=user).values_list("locale_id", flat=True))


class LanguageTeamEditView(EditView):
    def dispatch(self, request, *args, **kwargs):
        allowed = snippet_locales(request.user, self.model)
        if allowed is not None and self.get_object().locale_id not in allowed:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TranslatableSnippetViewSet(SnippetViewSet):
    """The admin of a translatable snippet: a language team opens only its own language's."""

    edit_view_class = LanguageTeamEditView
