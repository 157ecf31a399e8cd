"""A press officer as a vCard (3.0, with vobject), to add to a journalist's contacts."""

import vobject
from django.utils.text import capfirst
from django.utils.translation import gettext


def vcard(officer, *, organisation: str, url: str) -> str:
    card = vobject.vCard()
    card.add("fn").value = officer.name
    card.add("n").value = vobject.vcard.Name(family=officer.family_name, given=officer.given_name)
    card.add("org").value = [organisation]
    if officer.role:
        card.add("title").value = officer.role
    if officer.email:
        email = card.add("email")
        email.value = officer.email
        email.type_param = "INTERNET"
    if officer.phone:
        phone = card.add("tel")
        phone.value = officer.phone
        phone.type_param = "WORK"
    card.add("url").value = url
    if officer.language_codes:
        spoken = ", ".join(code.upper() for code in officer.language_codes)
        card.add("note").value = f"{capfirst(gettext('languages spoken'))}: {spoken}"
    return card.serialize()
