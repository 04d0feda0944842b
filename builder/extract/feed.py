"""Articles carried as items of an XML file: news feeds (RSS 2.0, RSS 1.0/RDF and Atom: `.rss`, `.atom`, or
`.xml`), note exports (Evernote `.enex`, where each note is a page its user clipped) and wire copy (NITF,
NewsML-G2: `.xml`, `.nitf`, `.newsml`; read by `newsml.py`).

A feed is a container like a WARC file: each item (an Atom entry) is one article, with its own
title, link, author, dates and text (`content:encoded`, else `description`; Atom `content`, else
`summary`), under the channel that names the outlet. A clipped note is the page as it was saved (its
`content`) with the address it came from; its author and dates are the clipper's and the clip's, not
the article's, so only the page itself says who wrote it and when. Reading splits a feed into its items
(`item_count`, `item_documents`): the bytes of one unit of work are the feed as if it held only that
item, so each item has its own checksum and id. `unpack` then writes the item as a small HTML page
whose head says what the feed says (title, author, dates, site, address, language), and the rest
of the build reads it like any other page. An item that carries only a teaser is what it is:
the page is too short to be an article and is quarantined as such.
"""

from __future__ import annotations

import email.utils
import html
import re
from dataclasses import dataclass

from lxml import etree

from builder.extract import asatom

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Entities are never expanded and nothing is fetched: a feed is data, not a program (no XXE, no billion laughs).
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True,
                          remove_comments=True, remove_pis=True)
# A channel title is often "<outlet> - <section>" or "<section> | <outlet>".
_TITLE_SEPARATORS = re.compile(r"\s+[-–—|:·›>]\s+")
_HAS_MARKUP = re.compile(r"<\s*(?:p|br|div|span|a|img|h[1-6]|ul|ol|li|table|figure|strong|em|b|i|blockquote)\b", re.I)
MAX_FEED_BYTES_SNIFFED = 2048


class NotFeed(Exception):
    """Bytes that are not an RSS or Atom feed (or hold no item)."""


@dataclass(frozen=True)
class Item:
    """What a feed says about one article."""

    title: str | None
    url: str | None
    authors: tuple[str, ...]
    emails: tuple[str, ...]
    published: str | None
    updated: str | None
    body_html: str
    outlet: str | None
    language: str | None


def looks_like_feed(head: bytes) -> bool:
    """An XML file whose root is a feed (`<rss>`, Atom `<feed>`, RSS 1.0 `<rdf:RDF>`), from its first bytes."""

    if asatom.looks_like_json_feed(head[:MAX_FEED_BYTES_SNIFFED]):
        return True
    text = head[:MAX_FEED_BYTES_SNIFFED].decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    text = re.sub(r"^(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*", "", text, flags=re.S)
    return re.match(r"<(?:rss\b|(?:feed|entry)\b[^>]*Atom|rdf:RDF\b|en-export\b|nitf\b|opml\b|TEI(?:\.2)?\b|article\b[^>]*(?:docbook|>\s*<articleinfo\b)"
                    r"|(?:\w+:)?news(?:Item|Message)\b)", text, re.I) is not None


def _root(data: bytes) -> etree._Element:
    """The feed's root; a JSON Feed, an OPML outline, a DocBook or TEI article as the Atom feed it amounts to (`asatom`)."""

    if asatom.looks_like_json_feed(data[:MAX_FEED_BYTES_SNIFFED]):
        try:
            return asatom.json_feed(data)
        except (ValueError, AttributeError) as e:
            raise NotFeed(f"unreadable JSON Feed: {e}") from None
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise NotFeed(f"unreadable XML: {e}") from None
    if root is None:
        raise NotFeed("unreadable XML: no root element")
    if _local(root) == "opml":
        return asatom.opml(root)
    if asatom.is_docbook(root):
        return asatom.docbook(root)
    if asatom.is_tei(root):
        return asatom.tei(root)
    return root


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname.lower() if isinstance(el.tag, str) else ""


def _channel_and_items(root: etree._Element) -> tuple[etree._Element, list[etree._Element]]:
    name = _local(root)
    if name == "rss":
        channel = next((c for c in root if _local(c) == "channel"), None)
        if channel is None:
            raise NotFeed("an RSS file with no <channel>")
        return channel, [c for c in channel if _local(c) == "item"]
    if name == "feed":
        return root, [c for c in root if _local(c) == "entry"]
    if name == "entry":  # an Atom entry document: one entry saved alone, its feed's metadata in <source> if anywhere
        return next((c for c in root if _local(c) == "source"), root), [root]
    if name == "en-export":
        return root, [c for c in root if _local(c) == "note"]
    if name == "rdf":
        channel = next((c for c in root if _local(c) == "channel"), root)
        return channel, [c for c in root if _local(c) == "item"]
    if name in ("nitf", "newsitem"):  # wire copy: one article, its metadata marked up (newsml.py)
        return root, [root]
    if name == "newsmessage":
        return root, [el for el in root.iter() if _local(el) == "newsitem"]
    raise NotFeed(f"the root element is <{name}>, not <rss>, <feed>, <entry>, <rdf:RDF>, <en-export>, <nitf>, "
                  "<newsItem> or <newsMessage>")


def item_count(data: bytes) -> int:
    """How many items (entries) the feed holds; NotFeed if it is not a feed."""
    return len(_channel_and_items(_root(data))[1])


def item_documents(data: bytes) -> list[bytes]:
    """For each item, in order, the feed with its channel and that item alone: one article's bytes, with the
    channel's metadata around it and no other item, so its checksum is the item's own. The file is parsed once
    however many items it holds."""
    root = _root(data)
    _, items = _channel_and_items(root)
    if len(items) == 1 and items[0] is root:  # an Atom entry (or a wire item) saved alone
        return [etree.tostring(root.getroottree(), encoding="utf-8", xml_declaration=True)]
    places = [(item.getparent(), item.getparent().index(item)) for item in items]
    for item in items:
        item.getparent().remove(item)
    documents = []
    for item, (parent, at) in zip(items, places):
        parent.insert(min(at, len(parent)), item)
        documents.append(etree.tostring(root.getroottree(), encoding="utf-8", xml_declaration=True))
        parent.remove(item)
    return documents


def item_document(data: bytes, number: int) -> bytes:
    """The `number`-th (1-based) of `item_documents`."""
    documents = item_documents(data)
    if not 1 <= number <= len(documents):
        raise NotFeed(f"the feed has {len(documents)} items, not an item {number}")
    return documents[number - 1]


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    value = " ".join("".join(el.itertext()).split())
    return value or None


def _child(parent: etree._Element, *names: str) -> etree._Element | None:
    """The first child with one of these local names (namespaces vary between feeds)."""
    for name in names:
        for child in parent:
            if _local(child) == name:
                return child
    return None


def _children(parent: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in parent if _local(c) == name]


def _date(value: str | None) -> str | None:
    """ISO 8601 from an RSS date (RFC 822: `Tue, 03 Mar 2026 08:30:00 +0900`) or an Atom/Dublin Core one (already ISO)."""
    if not value:
        return None
    value = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.isoformat()


_RSS_AUTHOR = re.compile(r"\s*(?P<email>[^\s@()]+@[^\s@()]+)\s*(?:\((?P<name>.+)\))?\s*")


def _authors(item: etree._Element) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Names and addresses of the item's authors: Dublin Core creators, Atom <author> (name, email) and
    RSS <author> (`name@example.com (Name)`: an address, the name in brackets)."""
    names: list[str] = []
    emails: list[str] = []
    for el in item:
        tag = _local(el)
        if tag == "creator" and (value := _text(el)):
            names.append(value)
        elif tag == "author" and len(el):
            names += filter(None, [_text(_child(el, "name"))])
            emails += filter(None, [_text(_child(el, "email"))])
        elif tag == "author" and (value := _text(el)):
            m = _RSS_AUTHOR.fullmatch(value)
            if m is None:
                names.append(value)
                continue
            emails.append(m.group("email"))
            if m.group("name"):
                names.append(m.group("name").strip())
    return tuple(dict.fromkeys(names)), tuple(dict.fromkeys(emails))


def _accounts(channel: etree._Element) -> dict[str, tuple[str, str | None]]:
    """A CMS export's writers by login: WordPress's WXR names an item's writer by the login (`dc:creator`) and lists
    each login with the name shown to readers and the address under the channel (`wp:author`)."""
    accounts = {}
    for el in _children(channel, "author"):
        login, shown = _text(_child(el, "author_login")), _text(_child(el, "author_display_name"))
        if login and shown:
            accounts[login] = (shown, _text(_child(el, "author_email")))
    return accounts


def _shown_authors(authors: tuple[str, ...], emails: tuple[str, ...],
                   accounts: dict[str, tuple[str, str | None]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The item's writers by the names readers see, a login replaced by its account's name (and address)."""
    if not accounts:
        return authors, emails
    names = tuple(dict.fromkeys(accounts[a][0] if a in accounts else a for a in authors))
    more = tuple(accounts[a][1] for a in authors if a in accounts and accounts[a][1])
    return names, tuple(dict.fromkeys(emails + more))


def _content_html(el: etree._Element | None) -> str:
    """An element's content as HTML: escaped or CDATA markup as it is, Atom XHTML serialised, plain text in paragraphs."""
    if el is None:
        return ""
    if (el.get("type") or "").lower() == "xhtml":
        return "".join(etree.tostring(child, encoding="unicode", method="html") for child in el)
    value = "".join(el.itertext())
    if (el.get("type") or "").lower() == "text" or not _HAS_MARKUP.search(value):
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", value) if p.strip()]
        return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return value


def _link(item: etree._Element) -> str | None:
    for el in _children(item, "link"):
        if el.get("href") and (el.get("rel") or "alternate") == "alternate":
            return el.get("href").strip()
        if not el.get("href") and (value := _text(el)):
            return value
    guid = _child(item, "guid")
    if guid is not None and (guid.get("isPermaLink") or "true").lower() == "true" and (value := _text(guid)):
        return value if value.startswith("http") else None
    return None


def _outlet(channel: etree._Element) -> str | None:
    """The outlet from the channel's title: of `<outlet> - <section>`, the part the channel's other
    texts (its image's title, copyright, description) also name, else the first part."""
    title = _text(_child(channel, "title")) if _local(channel) != "entry" else None
    if not title:
        return None
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) == 1:
        return title
    image = _child(channel, "image")
    others = " ".join(filter(None, [_text(_child(image, "title")) if image is not None else None,
                                    _text(_child(channel, "copyright", "rights")),
                                    _text(_child(channel, "description", "subtitle"))]))
    named = [p for p in parts if p in others]
    return (named or parts)[0].strip()


_ENML_PROLOGUE = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?", re.I)
_ENML_NOTE = re.compile(r"</?en-note\b", re.I)


def _clipped_note(note: etree._Element) -> Item:
    """An Evernote note: the clipped page's markup (ENML, an XHTML subset in CDATA) and the address it came from.
    The note's author, `created` and `updated` are who clipped it and when: not the article's metadata."""
    content = "".join(_child(note, "content").itertext()) if _child(note, "content") is not None else ""
    body = _ENML_NOTE.sub(lambda m: m.group(0).replace("en-note", "div"), _ENML_PROLOGUE.sub("", content))
    attributes = _child(note, "note-attributes")
    url = _text(_child(attributes, "source-url")) if attributes is not None else None
    return Item(title=_text(_child(note, "title")), url=url, authors=(), emails=(), published=None, updated=None,
                body_html=body, outlet=None, language=None)


def parse_item(data: bytes) -> Item:
    """The one item of a document made by `item_documents` (or the first item of any feed)."""
    channel, items = _channel_and_items(_root(data))
    if not items:
        raise NotFeed("a feed with no item")
    item = items[0]
    if _local(item) == "note":
        return _clipped_note(item)
    if _local(item) in ("nitf", "newsitem"):
        from builder.extract.newsml import parse

        return parse(item)
    body = _content_html(_child(item, "encoded", "content"))
    if not body.strip():
        body = _content_html(_child(item, "description", "summary"))
    language = (item.get(XML_LANG) or _text(_child(item, "language")) or channel.get(XML_LANG)
                or _text(_child(channel, "language")))
    published = _date(_text(_child(item, "pubdate", "published", "date", "issued")))
    updated = _date(_text(_child(item, "updated", "modified")))
    authors, emails = _shown_authors(*_authors(item), _accounts(channel))
    return Item(title=_text(_child(item, "title")), url=_link(item), authors=authors, emails=emails,
                published=published, updated=updated if updated != published else None, body_html=body,
                outlet=_outlet(channel), language=language)


def as_page(item: Item) -> bytes:
    """The item as an HTML page whose head declares its metadata the way a news site's page does."""
    def meta(attr: str, name: str, value: str | None) -> str:
        return f'<meta {attr}="{name}" content="{html.escape(value)}">' if value else ""

    head = [
        '<meta charset="utf-8">',
        f"<title>{html.escape(item.title)}</title>" if item.title else "",
        meta("property", "og:title", item.title),
        meta("property", "og:site_name", item.outlet),
        meta("property", "og:url", item.url),
        meta("property", "article:published_time", item.published),
        meta("property", "article:modified_time", item.updated),
        meta("name", "author", ", ".join(item.authors)),
    ]
    lang = f' lang="{html.escape(item.language)}"' if item.language else ""
    # the authors' addresses as a site prints them: a mailto link on the byline, below the article
    byline = "".join(f'<a href="mailto:{html.escape(email)}">{html.escape(", ".join(item.authors) or email)}</a>'
                     for email in item.emails)
    footer = f"<footer><address>{byline}</address></footer>" if byline else ""
    page = (f"<!DOCTYPE html><html{lang}><head>{''.join(head)}</head>"
            f"<body><article>{item.body_html}</article>{footer}</body></html>")
    return page.encode("utf-8")


def unpack(data: bytes) -> tuple[bytes, str | None]:
    """The page of a feed's item and the address it links to; NotFeed when the bytes hold no item."""
    item = parse_item(data)
    return as_page(item), item.url
