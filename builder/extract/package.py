"""A word processor's document in its own zipped XML format (`.docx` Office Open XML, `.odt` OpenDocument, `.hwpx`
Hancom's OWPML): a newsroom's filed copy or a writer's manuscript, read as a text dump, paragraph by paragraph.

Each format keeps its text in paragraph elements of one or more XML parts (Word's `word/document.xml`, OpenDocument's
`content.xml`, HWPX's `Contents/section*.xml`). Only the paragraphs' text is read: the package's own properties (its
creator and the times it was created and saved) describe the file, not the article, and are left out, as a Writer
export's meta tags are. A paragraph in a heading style (Word's Title or Heading 1, OpenDocument's `text:h`) is the
copy's headline when it comes before the text.
"""

from __future__ import annotations

import io
import re
import zipfile
from html import escape as html_escape
from dataclasses import dataclass

from lxml import etree

PACKAGE_SUFFIXES = (".docx", ".odt", ".hwpx")
# Caps that keep one package from taking a worker: bytes of one XML part after unzipping, and parts read.
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_PARTS = 64
# Word's style ids of a headline (English ids, and the ids a Korean Word gives them).
_HEADING_STYLE = re.compile(r"(?i)^(?:title|heading\s*1|제목(?:\s*1)?|표제)$")
_SECTION_PART = re.compile(r"Contents/section\d+\.xml")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


class NotPackage(Exception):
    """A zip file that is no word-processor document this reader knows, or one that cannot be read."""


@dataclass
class PackageText:
    text: str
    heading: str | None = None


def looks_like_package(head: bytes) -> bool:
    """A zip archive's signature: whether it is a document is told by its parts when it is read."""
    return head.startswith(b"PK\x03\x04")


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _paragraphs(root, para: set[str], heading: set[str], style_of) -> list[tuple[str, bool]]:
    """(text, in a heading style) of each paragraph in document order; a paragraph inside another (a table in an
    HWPX paragraph, a text box in a Word one) is one of its own."""
    out = []
    for el in root.iter():
        name = _local(el.tag)
        if name not in para and name not in heading:
            continue
        text = _mixed_text(el, para | heading) if _ODF_TEXT in str(el.tag) else _run_text(el, para | heading)
        text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
        if text:
            out.append((text, name in heading or style_of(el)))
    return out


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _run_text(p, para: set[str]) -> str:
    """A Word or HWPX paragraph's text: its runs' text elements (`w:t`, `hp:t`), tabs as spaces, breaks as lines."""
    parts: list[str] = []

    def walk(el) -> None:
        for child in el:
            local = _local(child.tag)
            if local in para:
                continue
            if local == "t":
                parts.append("".join(child.itertext()))
            elif local == "tab":
                parts.append(" ")
            elif local in ("br", "cr", "lineBreak"):
                parts.append("\n")
            elif local not in ("instrText", "delText", "fldChar", "footnoteReference", "commentReference"):
                walk(child)

    walk(p)
    return "".join(parts)


def _mixed_text(el, para: set[str]) -> str:
    """An OpenDocument paragraph's text: its mixed content and its spans', with `text:s` spaces, tabs and breaks;
    notes and annotations are no text of it."""
    parts = [el.text or ""]
    for child in el:
        local = _local(child.tag)
        if local == "s":
            parts.append(" " * max(1, int(child.get(f"{{{_ODF_TEXT}}}c", "1") or 1)))
        elif local == "tab":
            parts.append(" ")
        elif local == "line-break":
            parts.append("\n")
        elif local not in para and local not in ("note", "annotation", "bookmark", "bookmark-start", "bookmark-end",
                                                 "soft-page-break", "tracked-changes"):
            parts.append(_mixed_text(child, para))
        parts.append(child.tail or "")
    return "".join(parts)


def _word_style(el) -> bool:
    ppr = next((c for c in el if _local(c.tag) == "pPr"), None)
    style = next((c for c in ppr if _local(c.tag) == "pStyle"), None) if ppr is not None else None
    value = next((v for k, v in style.attrib.items() if _local(k) == "val"), "") if style is not None else ""
    return bool(_HEADING_STYLE.match(value))


def _part(z: zipfile.ZipFile, name: str):
    info = z.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise NotPackage(f"{name} is {info.file_size} bytes unzipped, over the cap of {MAX_PART_BYTES}")
    return etree.fromstring(z.read(name), _PARSER)


# -- the same documents saved as one flat XML file: Word 2003 XML (`<w:wordDocument>`), Word's Flat OPC (`<pkg:package>`
# holding `word/document.xml` inline), OpenDocument's flat `.fodt` (`<office:document>`) and Hancom's HWPML (`.hml`,
# `<HWPML>`). The paragraphs are the zipped formats' own; only the wrapping differs.
# The root element that opens each (a prefix may name the namespace otherwise: the root's name and a word of the
# namespace or Word's processing instruction tell it).
_FLAT_ROOTS = re.compile(rb"<\?mso-application\s+progid=\"Word\.Document\"|<(?:[\w-]+:)?wordDocument\b"
                         rb"|<(?:[\w-]+:)?package\b[^>]*office/2006/xmlPackage|<(?:[\w-]+:)?document\b(?!-)[^>]*opendocument"
                         rb"|<HWPML\b")
_WORD_2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_FLAT_OPC = "http://schemas.microsoft.com/office/2006/xmlPackage"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
# Paragraph styles of a page's running foot and of a reviewer's note: furniture of the file, no text of it ('※ 편집부
# 확인 후 출고' in a Comment-styled paragraph). A running head kept in the body ('[모아일보] 사회부 송고 원고') stays: it
# is the copy's first line, naming its press as a dump's masthead does, and is read as one.
_FURNITURE_STYLE = re.compile(r"(?i)^(?:footer|바닥글|comment|annotation\s*text|메모|메모\s*텍스트)$")


def looks_like_flat_document(head: bytes) -> bool:
    """A word processor's document saved as one XML file, told by its root element and namespace in the first bytes."""
    return bool(_FLAT_ROOTS.search(head))


def _style_value(el) -> str:
    ppr = next((c for c in el if _local(c.tag) == "pPr"), None)
    style = next((c for c in ppr if _local(c.tag) == "pStyle"), None) if ppr is not None else None
    return next((v for k, v in style.attrib.items() if _local(k) == "val"), "") if style is not None else ""


def _hwpml_paragraphs(root) -> list[tuple[str, bool]]:
    """HWPML's paragraphs (`<P>`), their text in `<CHAR>` runs (`<TAB/>` a space, `<LINEBREAK/>` a line)."""
    out = []
    for p in root.iter("P"):
        parts: list[str] = []
        for el in p.iter():
            if el is not p and el.tag == "P":
                continue
            if el.tag == "CHAR":
                parts.append(el.text or "")
                parts.extend(child.tail or "" for child in el)
            elif el.tag == "TAB":
                parts.append(" ")
            elif el.tag == "LINEBREAK":
                parts.append("\n")
        text = "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n")).strip()
        if text:
            out.append((text, False))
    return out


def read_flat_document(data: bytes) -> PackageText:
    """The text of a word processor's document saved as one XML file (Word 2003 XML, Flat OPC, `.fodt`, HWPML),
    read as its zipped form is; paragraphs styled as the page's running head or foot or as a reviewer's note are
    left out. Raises NotPackage for any other XML."""
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as e:
        raise NotPackage(f"not a readable XML document: {str(e)[:120]}") from None
    if root is None:
        raise NotPackage("not a readable XML document")
    ns = etree.QName(root).namespace or ""
    name = _local(root.tag)
    if ns == _WORD_2003 or (ns == _FLAT_OPC and name == "package"):
        body = next((el for el in root.iter() if _local(el.tag) == "body"), None)
        if body is None:
            raise NotPackage("a Word XML document with no body")
        paragraphs = [(text, bool(_HEADING_STYLE.match(_style_value(el))))
                      for el in body.iter() if _local(el.tag) == "p" and el.getparent() is not None
                      and not _FURNITURE_STYLE.match(_style_value(el))
                      and (text := "\n".join(" ".join(ln.split()) for ln in _run_text(el, {"p"}).split("\n")).strip())]
    elif ns == _ODF_OFFICE and name == "document":
        body = next((el for el in root if _local(el.tag) == "body"), None)
        if body is None:
            raise NotPackage("an OpenDocument file with no body")
        paragraphs = _paragraphs(body, {"p"}, {"h"}, lambda el: False)
    elif name == "HWPML":
        body = next((el for el in root if el.tag == "BODY"), root)
        paragraphs = _hwpml_paragraphs(body)
    else:
        raise NotPackage("an XML file that is no word-processor document (Word 2003 XML, Flat OPC, .fodt or HWPML)")
    heading = next((text for text, is_heading in paragraphs[:3] if is_heading), None)
    return PackageText("\n\n".join(text for text, _ in paragraphs), heading)


def read_package(data: bytes) -> PackageText:
    """The text of a `.docx`, `.odt` or `.hwpx` document, paragraphs apart, and its headline when a heading style
    marks one before the text; the same document saved as one XML file is read by `read_flat_document`. Raises
    NotPackage for any other zip or a broken one."""
    if not looks_like_package(data[:4]):
        return read_flat_document(data)
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise NotPackage(f"not a readable zip package: {str(e)[:120]}") from None
    try:
        if "word/document.xml" in names:
            paragraphs = _paragraphs(_part(z, "word/document.xml"), {"p"}, set(), _word_style)
        elif "content.xml" in names:
            paragraphs = _paragraphs(_part(z, "content.xml"), {"p"}, {"h"}, lambda el: False)
        elif sections := sorted((n for n in names if _SECTION_PART.fullmatch(n)),
                                key=lambda n: int(re.search(r"\d+", n).group()))[:MAX_PARTS]:
            paragraphs = [p for n in sections for p in _paragraphs(_part(z, n), {"p"}, set(), lambda el: False)]
        else:
            raise NotPackage("a zip archive that is no word-processor document (no word/document.xml, content.xml "
                             "or Contents/section0.xml)")
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, OSError, ValueError) as e:
        raise NotPackage(f"a document part cannot be read: {str(e)[:120]}") from None
    lines = [text for text, _ in paragraphs]
    heading = next((text for text, is_heading in paragraphs[:3] if is_heading), None)
    return PackageText("\n\n".join(lines), heading)


# -- an e-book (`.epub`): a zip of XHTML chapters in the order its package document's spine gives --

EPUB_SUFFIXES = (".epub",)
_CONTAINER = "META-INF/container.xml"
MIN_CHAPTER_CHARS = 200


def _attr(el, name: str) -> str:
    return next((v for k, v in el.attrib.items() if _local(k) == name), "")


def epub_page(data: bytes) -> tuple[bytes, str | None]:
    """The chapter of a news e-book that holds its article, as a page: the spine's chapter with the most text (a
    table of contents, a cover or a colophon hold little). The book's publisher is the page's site name; its title,
    creator and date describe the book (a week's issue, a desk), not the article, and are left out. Raises
    NotPackage for a zip that is no e-book."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = set(z.namelist())
        if _CONTAINER not in names:
            raise NotPackage("a zip archive that is no e-book (no META-INF/container.xml)")
        rootfile = next((_attr(el, "full-path") for el in _part(z, _CONTAINER).iter() if _local(el.tag) == "rootfile"), "")
        opf = _part(z, rootfile)
        base = rootfile.rsplit("/", 1)[0] + "/" if "/" in rootfile else ""
        items = {_attr(el, "id"): el for el in opf.iter() if _local(el.tag) == "item"}
        spine = [items[_attr(el, "idref")] for el in opf.iter() if _local(el.tag) == "itemref" and _attr(el, "idref") in items]
        chapters = [base + _attr(el, "href") for el in spine if "nav" not in _attr(el, "properties").split()
                    and "html" in _attr(el, "media-type")][:MAX_PARTS]
        publisher = next((" ".join("".join(el.itertext()).split()) for el in opf.iter() if _local(el.tag) == "publisher"), "")
        best, best_chars = None, 0
        for name in chapters:
            if name not in names:
                continue
            root = _part(z, name)
            body = next((el for el in root.iter() if _local(el.tag) == "body"), root)
            chars = len("".join(body.itertext()).strip())
            if chars > best_chars:
                best, best_chars = root, chars
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, OSError, ValueError) as e:
        raise NotPackage(f"an e-book part cannot be read: {str(e)[:120]}") from None
    if best is None or best_chars < MIN_CHAPTER_CHARS:
        raise NotPackage("an e-book with no chapter of article length")
    page = etree.tostring(best, encoding="unicode", method="html")
    if publisher:
        site = f'<meta property="og:site_name" content="{html_escape(publisher, quote=True)}">'
        page = re.sub(r"(?i)(<head[^>]*>)", lambda m: m.group(1) + site, page, count=1) if re.search(r"(?i)<head", page) \
            else site + page
    return ("<!DOCTYPE html>" + page).encode("utf-8"), None
