from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from pressroom.translations.permissions import TranslatableSnippetViewSet

from .models import ContactPerson, PressOfficer


class PressOfficerViewSet(TranslatableSnippetViewSet):
    model = PressOfficer
    icon = "user"
    list_display = ["name", "role", "language_list", "email"]
    search_fields = ["given_name", "family_name", "role"]


class ContactPersonViewSet(TranslatableSnippetViewSet):
    model = ContactPerson
    icon = "mail"
    list_display = ["name", "role", "email"]
    search_fields = ["name", "role"]


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (PressOfficerViewSet, ContactPersonViewSet)
    menu_icon = "group"
    menu_label = _("People")
    menu_name = "people"
    menu_order = 310


register_snippet(PeopleViewSetGroup)
