"""Wire copy as news agencies deliver it: an NITF document (`<nitf>`, IPTC's News Industry Text Format) or a
NewsML-G2 news item (`<newsItem>`, alone or in a `<newsMessage>`), saved as `.xml` or `.nitf`.

Such a file is one article whose metadata is marked up, not printed: the headline (`hl1`), the writers
(`byline/person`), the issue date (`date.issue`'s `norm`), the outlet (`pubdata`'s name, else the
distributor or the copyright holder) and the text (`body.content`). `feed.py` reads it as a one-item feed,
so it becomes a page like any feed item; this module only says what the document says.
"""

from __future__ import annotations

import html
import re

from lxml import etree

from builder.extract.feed import Item, XML_LANG, _child, _content_html, _local, _text

# NITF and NewsML norms write dates in ISO 8601's basic form: 20261112T093000+0900
_BASIC_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$")
# The role a byline prints after the writer's name (`홍길동 기자`, `Jane Roe, Staff Writer`): not part of the name.
_BYLINE_ROLE = re.compile(r"[\s,]+(?:(?:선임|수석|객원|인턴)?기자|특파원|논설위원|편집위원|전문기자|에디터|"
                          r"staff writer|correspondent|reporter)\s*$", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def iso_date(value: str | None) -> str | None:
    """ISO 8601 (extended form) from a NITF/NewsML date in either form; None when it is not a date."""
    if not value:
        return None
    value = value.strip()
    m = _BASIC_DATE.match(value)
    if not m:
        return value if re.match(r"\d{4}-\d{2}-\d{2}", value) else None
    y, mo, d, hh, mm, ss, zone = m.groups()
    if hh is None:
        return f"{y}-{mo}-{d}"
    zone = "" if zone is None else "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
    return f"{y}-{mo}-{d}T{hh}:{mm}:{ss or '00'}{zone}"


def _descendant(root: etree._Element, *names: str) -> etree._Element | None:
    for el in root.iter():
        if _local(el) in names:
            return el
    return None


def _writer(byline: etree._Element) -> list[str]:
    """Writers of a NITF byline: its `person` elements, else its text without the role it prints."""
    people = [_text(p) for p in byline.iter() if _local(p) == "person"]
    if any(people):
        return [p for p in people if p]
    text = _EMAIL.sub("", "".join(t for el in byline.iter() if _local(el) not in ("byttl", "virtloc")
                                  for t in [el.text or ""]))
    text = _BYLINE_ROLE.sub("", " ".join(text.split()).strip(" ,/=·|"))
    text = re.sub(r"^(?:by|글|취재)\s+", "", text, flags=re.I)
    return [text] if text else []


def _body_html(content: etree._Element) -> str:
    """NITF `body.content` as HTML: paragraphs and block headings in order; captions and media are not the text."""
    parts = []
    for el in content.iter():
        tag = _local(el)
        if tag in ("media", "media-caption", "media-producer"):
            continue
        if any(_local(a) == "media" for a in el.iterancestors()):
            continue
        if tag == "p" and (text := _text(el)):
            parts.append(f"<p>{html.escape(text)}</p>")
        elif tag == "hl2" and (text := _text(el)):
            parts.append(f"<h2>{html.escape(text)}</h2>")
        elif tag == "li" and (text := _text(el)):
            parts.append(f"<ul><li>{html.escape(text)}</li></ul>")
    return "".join(parts)


def nitf_item(nitf: etree._Element) -> Item:
    """What an NITF document says about its article."""
    head = _child(nitf, "head")
    body = _child(nitf, "body")
    body_head = _child(body, "body.head") if body is not None else None
    hedline = _child(body_head, "hedline") if body_head is not None else None
    title = (_text(_child(hedline, "hl1")) if hedline is not None else None) or \
        (_text(_child(head, "title")) if head is not None else None)
    subtitle = _text(_child(hedline, "hl2")) if hedline is not None else None
    authors: list[str] = []
    emails: list[str] = []
    for byline in ([] if body_head is None else [b for b in body_head if _local(b) == "byline"]):
        authors += _writer(byline)
        emails += _EMAIL.findall(" ".join(byline.itertext()))
    docdata = _child(head, "docdata") if head is not None else None
    pubdata = _child(head, "pubdata") if head is not None else None
    issue = _child(docdata, "date.issue") if docdata is not None else None
    release = _descendant(docdata, "date.release") if docdata is not None else None
    published = (iso_date(issue.get("norm") if issue is not None else None)
                 or iso_date(pubdata.get("date.publication") if pubdata is not None else None)
                 or iso_date(release.get("norm") if release is not None else None))
    copyright_ = _descendant(docdata, "doc.copyright") if docdata is not None else None
    outlet = (pubdata.get("name") if pubdata is not None else None) or \
        (_text(_child(body_head, "distributor")) if body_head is not None else None) or \
        (copyright_.get("holder") if copyright_ is not None else None)
    content = _child(body, "body.content") if body is not None else None
    text = _body_html(content) if content is not None else ""
    end = _child(body, "body.end") if body is not None else None
    if end is not None:
        emails += _EMAIL.findall(" ".join(end.itertext()))
    if subtitle:
        text = f"<h2>{html.escape(subtitle)}</h2>{text}"
    language = nitf.get(XML_LANG) or nitf.get("lang") or (body.get(XML_LANG) if body is not None else None)
    return Item(title=title, url=None, authors=tuple(dict.fromkeys(authors)), emails=tuple(dict.fromkeys(emails)),
                published=published, updated=None, body_html=text, outlet=outlet, language=language)


def news_item(item: etree._Element) -> Item:
    """What a NewsML-G2 news item says: its content metadata, and the text of its content set (NITF, XHTML or
    plain text inside)."""
    meta = _child(item, "contentmeta")
    item_meta = _child(item, "itemmeta")
    content_set = _child(item, "contentset")
    inner: Item | None = None
    body = ""
    if content_set is not None:
        nitf = _descendant(content_set, "nitf")
        xhtml_body = _descendant(content_set, "body")
        if nitf is not None:
            inner = nitf_item(nitf)
            body = inner.body_html
        elif xhtml_body is not None:
            body = "".join(etree.tostring(c, encoding="unicode", method="html") for c in xhtml_body)
            body = re.sub(r"\sxmlns(?::\w+)?=\"[^\"]*\"", "", body)
        else:
            body = _content_html(_descendant(content_set, "inlinedata"))
    authors = []
    if meta is not None:
        for el in meta:
            if _local(el) == "by" and (value := _text(el)):
                authors.append(_BYLINE_ROLE.sub("", value))
            elif _local(el) == "creator" and (value := _text(_child(el, "name")) or el.get("literal")):
                authors.append(value)
    provider = _child(item_meta, "provider") if item_meta is not None else None
    outlet = None
    if meta is not None and (source := _child(meta, "infosource")) is not None:
        outlet = _text(_child(source, "name")) or source.get("literal")
    if not outlet and provider is not None:
        outlet = _text(_child(provider, "name")) or provider.get("literal")
    language = _child(meta, "language") if meta is not None else None
    first = (_child(item_meta, "firstcreated") if item_meta is not None else None)
    first = first if first is not None else (_child(meta, "contentcreated") if meta is not None else None)
    version = _child(item_meta, "versioncreated") if item_meta is not None else None
    published = iso_date(_text(first)) or (inner.published if inner else None) or iso_date(_text(version))
    updated = iso_date(_text(version))
    return Item(title=(_text(_child(meta, "headline")) if meta is not None else None) or (inner.title if inner else None),
                url=None, authors=tuple(dict.fromkeys(authors)) or (inner.authors if inner else ()),
                emails=inner.emails if inner else (), published=published,
                updated=updated if updated != published else None, body_html=body,
                outlet=outlet or (inner.outlet if inner else None),
                language=(language.get("tag") if language is not None else None) or item.get(XML_LANG)
                or (inner.language if inner else None))


def parse(item: etree._Element) -> Item:
    """The Item of a news-item root (`nitf` or `newsItem`)."""
    return nitf_item(item) if _local(item) == "nitf" else news_item(item)
