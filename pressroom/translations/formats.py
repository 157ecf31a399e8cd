"""Translation files for translators' tools: PO, XLIFF 1.2 and XLIFF 2.0.

A file holds the strings of a set of pages for one target language. Each page is one
wagtail-localize `Translation`, named by its UUID; each string by its context path in the
page. Strings are wagtail-localize's inline HTML (`<b>`, `<a id="a1">`, `<br>` …). PO carries
that HTML as it is; XLIFF turns the tags into the format's own inline codes (`<g>`/`<x>`,
`<pc>`/`<ph>`), whose ids are checked against the English string when the file comes back,
so a translation can move the markup but never add any.
"""

import codecs
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from xml.etree import ElementTree as ET  # noqa: S405 (only builds XML; parsing uses defusedxml)

import defusedxml.ElementTree as SafeET
import polib
from bs4 import BeautifulSoup, NavigableString, Tag
from defusedxml import DefusedXmlException
from django.utils.translation import gettext as _

XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"
VOID_TAGS = {"br"}
PO_SOURCE_HEADER = "X-Pressroom-Source-Language"
PO_WAGTAIL_LOCALIZE_HEADER = "X-WagtailLocalize-TranslationID"
# Elements within elements, at most: an exported file has a handful of levels of structure
# and few of markup; far more is a forged file that would exhaust the reader's recursion.
DEEPEST = 64


class FileRefused(Exception):
    """The file as a whole cannot be imported; the message says why, for the user."""


class UnitError(ValueError):
    """One string of the file cannot be used; the message says why, for the user."""


@dataclass(frozen=True)
class Unit:
    translation: str  # UUID of the wagtail-localize Translation (one page, one language)
    path: str  # where the string sits in the page
    source: str
    target: str = ""
    error: str = ""  # set when the target in the file could not be read


@dataclass
class Document:
    source_language: str
    target_language: str
    units: list[Unit] = field(default_factory=list)
    # Per translation UUID, how the page is named to translators (its address).
    documents: dict[str, str] = field(default_factory=dict)
    from_wagtail_localize: bool = False  # a per-page PO file from wagtail-localize's editor


# Inline markup ---------------------------------------------------------------------------


def _inline_ids(soup: BeautifulSoup) -> list[tuple[str, Tag]]:
    """Each tag of a string with the id its inline code carries: links keep wagtail-localize's
    own id (a1, a2 …); other tags are numbered by name (b1, br1 …)."""
    counts: dict[str, int] = {}
    ids = []
    for element in soup.descendants:
        if not isinstance(element, Tag):
            continue
        if element.name == "a" and element.get("id"):
            ids.append((element["id"], element))
            continue
        counts[element.name] = counts.get(element.name, 0) + 1
        ids.append((f"{element.name}{counts[element.name]}", element))
    return ids


def _append_text(parent: ET.Element, text: str):
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def html_to_xliff(data: str, parent: ET.Element, version: str):
    """Write a string's inline HTML into an XLIFF <source> or <target> element."""
    soup = BeautifulSoup(data, "html.parser")
    ids = {id(element): code for code, element in _inline_ids(soup)}
    namespace = XLIFF12 if version == "1.2" else XLIFF20

    def walk(node, into):
        for child in node.children:
            if isinstance(child, NavigableString):
                _append_text(into, str(child))
                continue
            code = ids[id(child)]
            if child.name in VOID_TAGS:
                if version == "1.2":
                    ET.SubElement(into, f"{{{namespace}}}x", id=code, ctype="lb")
                else:
                    ET.SubElement(into, f"{{{namespace}}}ph", id=code, type="fmt", subType="xlf:lb")
                continue
            if version == "1.2":
                ctype = "x-html-a" if child.name == "a" else f"x-html-{child.name}"
                element = ET.SubElement(into, f"{{{namespace}}}g", id=code, ctype=ctype)
            else:
                kind = "link" if child.name == "a" else "fmt"
                element = ET.SubElement(into, f"{{{namespace}}}pc", id=code, type=kind)
            walk(child, element)

    walk(soup, parent)


def xliff_to_html(element: ET.Element, source_data: str) -> str:
    """Read an XLIFF <target> back into inline HTML, taking every tag from the English
    string by its code's id. Raises UnitError for codes the English does not have."""
    tags = dict(_inline_ids(BeautifulSoup(source_data, "html.parser")))
    paired = {"g", "pc", "mrk"}
    standalone = {"x", "ph"}
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        if name == "mrk":  # an annotation (comment, term): keep its text
            parts.append(xliff_to_html(child, source_data))
        elif name in paired | standalone:
            code = child.get("id", "")
            tag = tags.get(code)
            if tag is None:
                raise UnitError(
                    _("inline code “%(code)s” is not in the original text") % {"code": code}
                )
            if tag.name in VOID_TAGS:
                parts.append(f"<{tag.name}/>")
            else:
                opening = f'<a id="{html.escape(code)}">' if tag.name == "a" else f"<{tag.name}>"
                parts.append(f"{opening}{xliff_to_html(child, source_data)}</{tag.name}>")
        else:
            raise UnitError(_("the element <%(name)s> is not allowed here") % {"name": name})
        parts.append(html.escape(child.tail or "", quote=False))
    return "".join(parts)


# Writing ---------------------------------------------------------------------------------


def _indent(element: ET.Element, level: int = 0, inline=("source", "target")):
    """Indent the structure of the file, never the inside of a string."""
    if element.tag.rsplit("}", 1)[-1] in inline or not len(element):
        return
    element.text = "\n" + "  " * (level + 1)
    for child in element:
        _indent(child, level + 1, inline)
        child.tail = "\n" + "  " * (level + 1)
    element[-1].tail = "\n" + "  " * level


def _xml(root: ET.Element) -> bytes:
    _indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _grouped(document: Document) -> list[tuple[str, list[Unit]]]:
    groups: dict[str, list[Unit]] = {}
    for unit in document.units:
        groups.setdefault(unit.translation, []).append(unit)
    return list(groups.items())


def _original(document: Document, translation: str) -> str:
    return f"{document.documents.get(translation, '')}#{translation}"


def write_xliff12(document: Document) -> bytes:
    ET.register_namespace("", XLIFF12)
    root = ET.Element(f"{{{XLIFF12}}}xliff", version="1.2")
    for translation, units in _grouped(document):
        file = ET.SubElement(
            root,
            f"{{{XLIFF12}}}file",
            {
                "original": _original(document, translation),
                "source-language": document.source_language,
                "target-language": document.target_language,
                "datatype": "html",
                "tool-id": "pressroom",
            },
        )
        header = ET.SubElement(file, f"{{{XLIFF12}}}header")
        ET.SubElement(
            header, f"{{{XLIFF12}}}tool", {"tool-id": "pressroom", "tool-name": "pressroom"}
        )
        body = ET.SubElement(file, f"{{{XLIFF12}}}body")
        for unit in units:
            trans_unit = ET.SubElement(
                body, f"{{{XLIFF12}}}trans-unit", {"id": unit.path, "resname": unit.path}
            )
            html_to_xliff(unit.source, ET.SubElement(trans_unit, f"{{{XLIFF12}}}source"), "1.2")
            target = ET.SubElement(trans_unit, f"{{{XLIFF12}}}target")
            if unit.target:
                target.set("state", "translated")
                html_to_xliff(unit.target, target, "1.2")
            else:
                target.set("state", "needs-translation")
    return _xml(root)


def write_xliff20(document: Document) -> bytes:
    ET.register_namespace("", XLIFF20)
    root = ET.Element(
        f"{{{XLIFF20}}}xliff",
        {
            "version": "2.0",
            "srcLang": document.source_language,
            "trgLang": document.target_language,
        },
    )
    for number, (translation, units) in enumerate(_grouped(document), start=1):
        file = ET.SubElement(
            root,
            f"{{{XLIFF20}}}file",
            {"id": f"f{number}", "original": _original(document, translation)},
        )
        for index, unit in enumerate(units, start=1):
            xliff_unit = ET.SubElement(
                file, f"{{{XLIFF20}}}unit", {"id": f"u{index}", "name": unit.path}
            )
            segment = ET.SubElement(
                xliff_unit,
                f"{{{XLIFF20}}}segment",
                {"state": "translated" if unit.target else "initial"},
            )
            html_to_xliff(unit.source, ET.SubElement(segment, f"{{{XLIFF20}}}source"), "2.0")
            if unit.target:
                html_to_xliff(unit.target, ET.SubElement(segment, f"{{{XLIFF20}}}target"), "2.0")
    return _xml(root)


def write_po(document: Document) -> bytes:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "pressroom",
        "Language": document.target_language,
        PO_SOURCE_HEADER: document.source_language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for translation, units in _grouped(document):
        for unit in units:
            po.append(
                polib.POEntry(
                    msgctxt=f"{translation} {unit.path}",
                    msgid=unit.source,
                    msgstr=unit.target,
                    occurrences=[(document.documents.get(translation, ""), "")],
                )
            )
    return str(po).encode("utf-8")


# Reading ---------------------------------------------------------------------------------


def _text(data: bytes) -> str:
    """The file as UTF-8 text, or a refusal that says where the encoding breaks."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FileRefused(
            _(
                "The file is not in UTF-8: the byte at position %(position)s cannot be read. "
                "Save it as UTF-8 and try again."
            )
            % {"position": error.start}
        ) from error


def _parse_xml(data: bytes) -> ET.Element:
    text = _text(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # the declaration's encoding no longer applies
    try:
        root = SafeET.fromstring(text)
    except DefusedXmlException as error:
        raise FileRefused(
            _("The file declares entities or a document type, which are not accepted.")
        ) from error
    except ET.ParseError as error:
        raise FileRefused(
            _("The file is not well-formed XML (%(detail)s).") % {"detail": error}
        ) from error
    if _depth(root) > DEEPEST:
        raise _too_deep()
    return root


def _too_deep() -> FileRefused:
    return FileRefused(
        _("The file nests elements more than %(count)d levels deep.") % {"count": DEEPEST}
    )


class _MarkupDepth(HTMLParser):
    """How deep the tags of a string's inline HTML go (void elements such as <br> aside)."""

    VOID = frozenset({"br", "hr", "img", "wbr", "input", "meta", "link", "source", "col"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = self.deepest = 0

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag):
        if tag not in self.VOID:
            self.depth = max(0, self.depth - 1)


def _markup_depth(data: str) -> int:
    parser = _MarkupDepth()
    parser.feed(data)
    parser.close()
    return parser.deepest


def _depth(root: ET.Element) -> int:
    """How many levels deep the elements go (counted without recursion), up to DEEPEST + 1."""
    deepest = 0
    stack = [(root, 1)]
    while stack and deepest <= DEEPEST:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _translation_of(original: str | None) -> str:
    if not original or "#" not in original:
        raise FileRefused(
            _("The file does not come from this site: a <file> has no page reference.")
        )
    return original.rsplit("#", 1)[1]


def _target(element: ET.Element | None, source: str) -> tuple[str, str]:
    if element is None:
        return "", ""
    try:
        return xliff_to_html(element, source).strip(), ""
    except UnitError as error:
        return "", str(error)


def _source_text(element: ET.Element | None) -> str:
    """The English string as the file carries it, back in wagtail-localize's HTML."""
    if element is None:
        raise FileRefused(_("The file has a string without its original text."))
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        code = child.get("id", "")
        tag = re.sub(r"\d+$", "", code)
        if not re.fullmatch(r"[a-z]+", tag):
            raise FileRefused(
                _("The file has an original text with an unknown inline code “%(code)s”.")
                % {"code": code}
            )
        if name in ("x", "ph"):
            parts.append(f"<{tag}/>")
        else:
            opening = f'<a id="{html.escape(code)}">' if tag == "a" else f"<{tag}>"
            parts.append(f"{opening}{_source_text(child)}</{tag}>")
        parts.append(html.escape(child.tail or "", quote=False))
    return "".join(parts)


def read_xliff(data: bytes) -> Document:
    root = _parse_xml(data)
    if root.tag == f"{{{XLIFF12}}}xliff":
        return _read_xliff12(root)
    if root.tag == f"{{{XLIFF20}}}xliff":
        return _read_xliff20(root)
    raise FileRefused(
        _("This is not an XLIFF 1.2 or 2.0 file (its root element is <%(name)s>).")
        % {"name": root.tag.rsplit("}", 1)[-1]}
    )


def _read_xliff12(root: ET.Element) -> Document:
    files = root.findall(f"{{{XLIFF12}}}file")
    if not files:
        raise FileRefused(_("The file holds no pages."))
    document = Document(
        source_language=files[0].get("source-language", ""),
        target_language=files[0].get("target-language", ""),
    )
    for file in files:
        if (file.get("source-language"), file.get("target-language")) != (
            document.source_language,
            document.target_language,
        ):
            raise FileRefused(_("The pages in the file are not all in the same languages."))
        translation = _translation_of(file.get("original"))
        for trans_unit in file.iter(f"{{{XLIFF12}}}trans-unit"):
            source = _source_text(trans_unit.find(f"{{{XLIFF12}}}source"))
            target, error = _target(trans_unit.find(f"{{{XLIFF12}}}target"), source)
            path = trans_unit.get("resname") or trans_unit.get("id", "")
            document.units.append(Unit(translation, path, source, target, error))
    return document


def _read_xliff20(root: ET.Element) -> Document:
    document = Document(
        source_language=root.get("srcLang", ""), target_language=root.get("trgLang", "")
    )
    files = root.findall(f"{{{XLIFF20}}}file")
    if not files:
        raise FileRefused(_("The file holds no pages."))
    for file in files:
        translation = _translation_of(file.get("original"))
        for unit in file.iter(f"{{{XLIFF20}}}unit"):
            segments = unit.findall(f"{{{XLIFF20}}}segment")
            if len(segments) != 1:
                # A tool that split a string into sentences: join them back.
                source = "".join(
                    _source_text(segment.find(f"{{{XLIFF20}}}source")) for segment in segments
                )
            else:
                source = _source_text(segments[0].find(f"{{{XLIFF20}}}source"))
            targets, errors = [], []
            for segment in segments:
                target, error = _target(segment.find(f"{{{XLIFF20}}}target"), source)
                targets.append(target)
                errors.append(error)
            error = next((error for error in errors if error), "")
            target = "" if error or not all(targets) else " ".join(targets)
            document.units.append(Unit(translation, unit.get("name", ""), source, target, error))
    return document


def read_po(data: bytes) -> Document:
    text = _text(data)
    try:
        po = polib.pofile(text)
    except (OSError, ValueError) as error:
        raise FileRefused(
            _("The file is not a valid PO file (%(detail)s).") % {"detail": error}
        ) from error
    single = po.metadata.get(PO_WAGTAIL_LOCALIZE_HEADER)
    if PO_SOURCE_HEADER not in po.metadata and not single:
        raise FileRefused(
            _("This PO file was not exported from this site: its header has no pressroom marks.")
        )
    document = Document(
        source_language=po.metadata.get(PO_SOURCE_HEADER, ""),
        target_language=po.metadata.get("Language", ""),
        from_wagtail_localize=bool(single),
    )
    for entry in po:
        if entry.obsolete:
            continue
        if single:
            translation, path = single, entry.msgctxt or ""
        else:
            translation, _space, path = (entry.msgctxt or "").partition(" ")
        if _markup_depth(entry.msgstr) > DEEPEST:
            raise _too_deep()
        document.units.append(Unit(translation, path, entry.msgid, entry.msgstr))
    return document


FORMATS = {
    "xliff12": ("XLIFF 1.2", "xlf", "application/xliff+xml", write_xliff12),
    "xliff20": ("XLIFF 2.0", "xlf", "application/xliff+xml", write_xliff20),
    "po": ("PO (gettext)", "po", "text/x-gettext-translation", write_po),
}


def read(data: bytes) -> Document:
    """Read a file in any of the formats, telling them apart by their content."""
    head = data[:2048].lstrip(codecs.BOM_UTF8).lstrip()
    if head.startswith(b"<"):
        return read_xliff(data)
    if not data.strip():
        raise FileRefused(_("The file is empty."))
    return read_po(data)
