"""Files that carry articles in fields of their own format, read as the Atom feed they amount to.

Tools that save or write articles keep them in formats that are feeds in all but syntax: a JSON Feed (`version`
names `https://jsonfeed.org/version/…`; items with title, authors, date_published, content_html; saved as `.json`,
`.feed` or under any name), an OPML outline (an outliner's export: one top-level `<outline>` per article, its text
the headline, `created`/`url` its date and address, its child outlines the paragraphs) and a DocBook article (an XML
manuscript: `<info>` holds title, author's personname, pubdate and publishername; `<para>` the text) and a TEI article (a text archive's XML: the header's `<titleStmt>` holds title
and author, `<publicationStmt>` publisher and date; `<text><body>` the `<p>` paragraphs). Each is
translated into an Atom document, so the feed reader splits and reads it like any other feed. What is the file's and
not the article's stays out: an outline's head (the file's title, owner and dates), a manuscript's revision history,
bibliography and remarks, a TEI file's responsibility statement, revision notes, `<front>` and `<back>`
matter and editorial `<note>`s, a feed's own authors where an item names its writers.
"""

from __future__ import annotations

import email.utils
import json
import re
from copy import deepcopy
from html import escape

from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"
DOCBOOK = "http://docbook.org/ns/docbook"
_JSON_FEED = re.compile(rb'^\s*(?:\xef\xbb\xbf)?\s*\{.{0,2000}?"version"\s*:\s*"https?://jsonfeed\.org/version/', re.S)
# Outline types that mark an article (OPML's `type` is free: outliners and feed readers write these).
_ARTICLE_OUTLINE_TYPES = ("article", "story", "post", "entry", "item")
# DocBook elements that are the manuscript's apparatus, not the article's text.
_DOCBOOK_APPARATUS = {"info", "articleinfo", "bibliography", "revhistory", "remark", "indexterm", "index",
                      "glossary", "colophon", "keywordset", "abstract", "annotation"}
# What DocBook and TEI write beside an author's name inside `<author>`: not the name.
_AUTHOR_APPARATUS = {"email", "affiliation", "rolename", "address", "orgname", "idno", "uri", "contrib"}
_GIVEN_NAMES = ("firstname", "givenname", "forename")
# TEI elements inside `<body>` that are an editor's or the archive's, not the article's text.
_TEI_APPARATUS = {"note", "fw", "figure", "pb", "lb", "cb", "milestone", "gap", "bibl", "listbibl", "interp"}
_TEI_HEADINGS = {"head"}
_TEI_PARAGRAPHS = {"p", "ab", "quote", "q", "lg"}
_DOCBOOK_PARAGRAPHS = {"para", "simpara", "literallayout", "caption", "attribution"}


def looks_like_json_feed(head: bytes) -> bool:
    """A JSON Feed, told by its `version` URL near the top (whatever the file's name)."""
    return _JSON_FEED.match(head) is not None


def _atom(tag: str, parent: etree._Element | None = None, text: str | None = None, **attrib: str) -> etree._Element:
    el = etree.Element(f"{{{ATOM}}}{tag}", nsmap={None: ATOM}) if parent is None else \
        etree.SubElement(parent, f"{{{ATOM}}}{tag}")
    for key, value in attrib.items():
        el.set(key, value)
    if text:
        el.text = text
    return el


def _entry(feed: etree._Element, title: str | None, url: str | None, authors: list[tuple[str, str | None]],
           published: str | None, updated: str | None, content_html: str, summary: str | None = None) -> None:
    entry = _atom("entry", feed)
    _atom("title", entry, title)
    if url:
        _atom("link", entry, href=url)
    for name, email in authors:
        author = _atom("author", entry)
        _atom("name", author, name)
        if email:
            _atom("email", author, email)
    if published:
        _atom("published", entry, published)
    if updated and updated != published:
        _atom("updated", entry, updated)
    if summary:
        _atom("summary", entry, summary)
    _atom("content", entry, content_html, type="html")


def _paragraphs_html(texts: list[str]) -> str:

    return "".join(f"<p>{escape(t)}</p>" for t in texts if t.strip())


def json_feed(data: bytes) -> etree._Element:
    """A JSON Feed as an Atom feed: its title names the outlet; an item's authors (else the feed's) its writers."""
    doc = json.loads(data.decode("utf-8-sig"))
    feed = _atom("feed")
    if isinstance(doc.get("title"), str):
        _atom("title", feed, doc["title"])
    if isinstance(doc.get("language"), str):
        feed.set("{http://www.w3.org/XML/1998/namespace}lang", doc["language"])
    feed_authors = _json_authors(doc)
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            continue
        content = item.get("content_html") or _paragraphs_html(str(item.get("content_text") or "").split("\n"))
        _entry(feed, item.get("title"), item.get("url") or item.get("external_url"),
               _json_authors(item) or feed_authors, item.get("date_published"), item.get("date_modified"),
               content, item.get("summary"))
    return feed


def _json_authors(obj: dict) -> list[tuple[str, str | None]]:
    """`authors` (1.1) or `author` (1.0): names, an address when the writer's url is a mailto link."""
    people = obj.get("authors") or ([obj["author"]] if isinstance(obj.get("author"), dict) else [])
    out = []
    for person in people:
        if isinstance(person, dict) and isinstance(person.get("name"), str) and person["name"].strip():
            url = person.get("url") if isinstance(person.get("url"), str) else ""
            out.append((person["name"].strip(), url.removeprefix("mailto:") if url.startswith("mailto:") else None))
    return out


def _local(el) -> str:
    return etree.QName(el).localname.lower() if isinstance(el.tag, str) else ""


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _outline_texts(outline: etree._Element) -> list[str]:
    """An article outline's paragraphs: its child outlines' texts, depth first."""
    texts = []
    for child in outline:
        if _local(child) == "outline":
            if text := " ".join((child.get("text") or "").split()):
                texts.append(text)
            texts += _outline_texts(child)
    return texts


def opml(root: etree._Element) -> etree._Element:
    """An OPML outline as an Atom feed: each article outline (typed as one, else a top-level outline with children)
    an entry. The head's title, owner and dates are the file's and name no article."""
    body = next((c for c in root if _local(c) == "body"), None)
    tops = [o for o in body if _local(o) == "outline"] if body is not None else []
    articles = [o for o in tops if (o.get("type") or "").lower() in _ARTICLE_OUTLINE_TYPES] or \
        [o for o in tops if len(o) and not o.get("type")]
    feed = _atom("feed")
    for outline in articles:
        created = outline.get("created")
        _entry(feed, " ".join((outline.get("text") or "").split()) or None,
               outline.get("url") or outline.get("htmlUrl"), [], _rfc822(created), None,
               _paragraphs_html(_outline_texts(outline)))
    return feed


def _rfc822(value: str | None) -> str | None:

    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def is_docbook(root: etree._Element) -> bool:
    """A DocBook article: `<article>` in DocBook 5's namespace, or (DocBook 4) with an `<articleinfo>`."""
    if _local(root) != "article":
        return False
    return etree.QName(root).namespace == DOCBOOK or any(_local(c) == "articleinfo" for c in root)


def _person(author: etree._Element) -> str:
    """A writer's name from `<personname>` (or the author itself): surname first and unspaced when it is Korean."""
    person = next((c for c in author.iter() if _local(c) in ("personname", "persname")), author)
    parts = {_local(c): _text(c) for c in person.iter() if _local(c) in _GIVEN_NAMES + ("surname",)}
    surname = parts.get("surname", "")
    given = next((parts[n] for n in _GIVEN_NAMES if parts.get(n)), "")
    if not (surname or given):
        return _text(person) if person is not author else _own_text(author)
    if re.fullmatch(r"[가-힣]+", surname + given):
        return surname + given
    return " ".join(filter(None, [given, surname]))


def _own_text(author: etree._Element) -> str:
    """An author element's own words: its name, without the address, role or affiliation written beside it."""

    bare = deepcopy(author)
    for child in list(bare):
        if _local(child) in _AUTHOR_APPARATUS:
            tail = child.tail
            child.tail = None
            bare.remove(child)
            if tail:
                bare.text = (bare.text or "") + " " + tail
    return _text(bare)


def _docbook_html(el: etree._Element, out: list[str]) -> None:

    for child in el:
        name = _local(child)
        if name in _DOCBOOK_APPARATUS or not name:
            continue
        if name == "title" and _local(el) in ("section", "sect1", "sect2", "sect3", "simplesect"):
            out.append(f"<h2>{escape(_text(child))}</h2>")
        elif name in _DOCBOOK_PARAGRAPHS:
            out.append(f"<p>{escape(_text(child))}</p>")
        elif name != "title":
            _docbook_html(child, out)


def docbook(root: etree._Element) -> etree._Element:
    """A DocBook article as an Atom feed of one entry: the publisher names the outlet; an author's affiliation,
    the revision history and bibliography are no part of the article."""
    info = next((c for c in root if _local(c) in ("info", "articleinfo")), root)

    def first(name: str) -> str:
        return next((_text(c) for c in info.iter() if _local(c) == name and _text(c)), "")

    title = next((_text(c) for c in info if _local(c) == "title"), "") or \
        next((_text(c) for c in root if _local(c) == "title"), "")
    authors = []
    for author in (c for c in info if _local(c) == "author"):
        email = next((_text(c) for c in author.iter() if _local(c) == "email"), None)
        if name := _person(author):
            authors.append((name, email or None))
    feed = _atom("feed")
    if publisher := first("publishername"):
        _atom("title", feed, publisher)
    lang = root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        feed.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    out: list[str] = []
    _docbook_html(root, out)
    _entry(feed, title or None, None, authors, first("pubdate") or None, None, "".join(out))
    return feed


def is_tei(root: etree._Element) -> bool:
    """A TEI document: `<TEI>` (P5, in its namespace or none) or `<TEI.2>` (P4) with a `<teiHeader>`."""
    return _local(root) in ("tei", "tei.2") and any(_local(c) == "teiheader" for c in root)


def _tei_html(el: etree._Element, out: list[str]) -> None:

    for child in el:
        name = _local(child)
        if name in _TEI_APPARATUS or not name:
            continue
        if name in _TEI_HEADINGS:
            out.append(f"<h2>{escape(_text(child))}</h2>")
        elif name in _TEI_PARAGRAPHS:
            out.append(f"<p>{escape(_text(child))}</p>")
        else:
            _tei_html(child, out)


def tei(root: etree._Element) -> etree._Element:
    """A TEI article as an Atom feed of one entry: the header's title statement names title and writers, its
    publication statement the outlet and date; the text is `<body>`'s (not the archive's front and back matter)."""
    header = next(c for c in root if _local(c) == "teiheader")
    file_desc = next((c for c in header if _local(c) == "filedesc"), header)
    title_stmt = next((c for c in file_desc if _local(c) == "titlestmt"), None)
    publication = next((c for c in file_desc if _local(c) == "publicationstmt"), None)
    titles = [c for c in title_stmt if _local(c) == "title"] if title_stmt is not None else []
    title = next((_text(t) for t in titles if (t.get("type") or "main") == "main" and _text(t)), "") or \
        next((_text(t) for t in titles if _text(t)), "")
    authors = []
    for author in (c for c in title_stmt if _local(c) == "author") if title_stmt is not None else ():
        email = next((_text(c) for c in author.iter() if _local(c) == "email"), None)
        if name := _person(author):
            authors.append((name, email or None))
    feed = _atom("feed")
    published = None
    if publication is not None:
        if publisher := next((_text(c) for c in publication if _local(c) == "publisher" and _text(c)), ""):
            _atom("title", feed, publisher)
        date = next((c for c in publication if _local(c) == "date"), None)
        if date is not None:
            published = date.get("when") or _text(date) or None
    lang = root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("lang")
    if lang:
        feed.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    text = next((c for c in root if _local(c) == "text"), None)
    body = next((c for c in text if _local(c) == "body"), None) if text is not None else None
    out: list[str] = []
    if body is not None:
        _tei_html(body, out)
    _entry(feed, title or None, None, authors, published, None, "".join(out))
    return feed
