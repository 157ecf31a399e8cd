"""What a translator does to a file in a tool: fill every target, keeping the inline codes."""

import copy
from xml.etree import ElementTree as ET

import polib
from bs4 import BeautifulSoup
from django.urls import reverse

from pressroom.translations.formats import XLIFF12, XLIFF20

BULGARIAN_MARK = "БГ "


def bulgarian(text: str) -> str:
    return BULGARIAN_MARK + text if text and text.strip() else text


def _mark_texts(element: ET.Element, translate):
    element.text = translate(element.text)
    for child in element:
        _mark_texts(child, translate)
        child.tail = translate(child.tail) if child.tail else child.tail


def _filled_target(source: ET.Element, tag: str, translate) -> ET.Element:
    target = copy.deepcopy(source)
    target.tag = tag
    target.attrib.clear()
    _mark_texts(target, translate)
    return target


def translate_xliff(data: bytes, translate=bulgarian, keep=None) -> bytes:
    """Fill the targets of an XLIFF 1.2 or 2.0 file; with `keep`, the file keeps only the
    strings at those paths, as if the translator had deleted the rest."""
    root = ET.fromstring(data)  # noqa: S314 (our own export, in a test)
    if root.tag == f"{{{XLIFF12}}}xliff":
        ET.register_namespace("", XLIFF12)
        for body in root.iter(f"{{{XLIFF12}}}body"):
            for unit in list(body):
                if keep and unit.get("resname") not in keep:
                    body.remove(unit)
        for unit in root.iter(f"{{{XLIFF12}}}trans-unit"):
            old = unit.find(f"{{{XLIFF12}}}target")
            unit.remove(old)
            target = _filled_target(unit.find(f"{{{XLIFF12}}}source"), old.tag, translate)
            target.set("state", "translated")
            unit.append(target)
    else:
        ET.register_namespace("", XLIFF20)
        for file in root.iter(f"{{{XLIFF20}}}file"):
            for unit in list(file):
                if keep and unit.get("name") not in keep:
                    file.remove(unit)
        for unit in root.iter(f"{{{XLIFF20}}}unit"):
            segment = unit.find(f"{{{XLIFF20}}}segment")
            old = segment.find(f"{{{XLIFF20}}}target")
            if old is not None:
                segment.remove(old)
            source = segment.find(f"{{{XLIFF20}}}source")
            segment.append(_filled_target(source, f"{{{XLIFF20}}}target", translate))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _mark_html(data: str, translate) -> str:
    soup = BeautifulSoup(data, "html.parser")
    for text in list(soup.find_all(string=True)):
        text.replace_with(translate(str(text)))
    return str(soup)


def translate_po(data: bytes, translate=bulgarian, keep=None, markup=None) -> bytes:
    """Translate each text of a PO file's strings, or with `markup`, each string as it is."""
    po = polib.pofile(data.decode("utf-8"))
    for entry in list(po):
        if keep and entry.msgctxt.split(" ", 1)[1] not in keep:
            po.remove(entry)
            continue
        entry.msgstr = markup(entry.msgid) if markup else _mark_html(entry.msgid, translate)
    return str(po).encode("utf-8")


def translate_file(data: bytes, file_format: str, **options) -> bytes:
    if file_format == "po":
        return translate_po(data, **options)
    return translate_xliff(data, **options)


def post_files(client, action, **fields):
    """Submit the export or import form of the translation files page."""
    data = {"action": action} | {f"{action}-{name}": value for name, value in fields.items()}
    return client.post(reverse("translation_files"), data)
