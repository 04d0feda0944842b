"""HTML pages: parse once, read the page's metadata, extract the main text with trafilatura.

When trafilatura returns nothing or too little we fall back instead of losing the page: first
trafilatura with recall favoured, then its baseline extractor (JSON-LD articleBody, <article>,
paragraphs).
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from builder.extract.metadata import page_metadata
from builder.extract.model import Extracted

# Below this many characters a trafilatura result is treated as a miss and the next method is tried.
MIN_BODY_CHARS = 250
TRAFILATURA = f"trafilatura {trafilatura.__version__}"
_PAGE_TEXT = etree.XPath("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||::|-|–|—|:|·|/)\s+")
_URLISH = re.compile(r"^(?:https?://|www\.)|\.(?:com|net|org|co\.kr|kr)(?:/|$)", re.I)


class NoTree(Exception):
    """The page could not be parsed into an HTML tree."""


def clean_title(title: str | None, outlet: str | None) -> str | None:
    """Strip outlet names that sites glue to headlines ('… | 한국일보', '대전일보 모바일 :: …')."""
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and outlet:
        o = outlet.replace(" ", "").lower()
        kept = [p for p in parts if not (o in p.replace(" ", "").lower() or p.replace(" ", "").lower() in o)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return title


def good_outlet(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip()
    return None if _URLISH.search(name) or len(name) > 60 else name


def split_authors(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, list) else re.split(r"\s*[;|]\s*", value)
    out = []
    for a in items:
        a = re.sub(r"\s+", " ", a or "").strip(" ,")
        if a and a not in out and not _URLISH.search(a):
            out.append(a)
    return out


def _lines(text: str | None) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


def extract_html(text: str, url: str | None = None) -> Extracted:
    tree = load_html(text)
    if tree is None:
        raise NoTree("no HTML tree could be parsed")
    meta = page_metadata(tree)
    page_text = " ".join(t.strip() for t in _PAGE_TEXT(tree)[:4000] if t.strip())
    link_texts = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))
    page_url = url or meta["url"]

    doc = trafilatura.bare_extraction(tree, url=page_url, with_metadata=False, include_comments=False)
    lines, method = _lines(doc.text if doc else None), TRAFILATURA
    if sum(map(len, lines)) < MIN_BODY_CHARS:
        retry = trafilatura.bare_extraction(tree, url=page_url, with_metadata=False, include_comments=False,
                                            favor_recall=True)
        retry_lines = _lines(retry.text if retry else None)
        if sum(map(len, retry_lines)) > sum(map(len, lines)):
            lines, method = retry_lines, f"trafilatura-recall {trafilatura.__version__}"
    if sum(map(len, lines)) < MIN_BODY_CHARS:
        base_lines = _lines(meta["article_body"]) or _lines(trafilatura.baseline(tree)[1])
        if sum(map(len, base_lines)) > sum(map(len, lines)):
            lines, method = base_lines, f"trafilatura-baseline {trafilatura.__version__}"

    # trafilatura's own metadata (and its date search, the costly part) only fills what the
    # page's <meta> and JSON-LD left open
    if not (meta["title"] and meta["published"] and meta["authors"] and good_outlet(meta["outlet"])):
        doc = extract_metadata(tree, page_url)
    else:
        doc = None
    outlet = good_outlet(meta["outlet"]) or good_outlet(doc.sitename if doc else None)
    title = clean_title(meta["title"] or (doc.title if doc else None), outlet)
    subheads = [h for h in meta["subheadings"] if not title or _same(h, title) is False]
    lines = drop_leading(lines, ([title] if title else []) + subheads)
    return Extracted(
        body_lines=lines,
        extractor=method,
        title=title,
        authors=split_authors(meta["authors"]) or split_authors(doc.author if doc else None),
        published=meta["published"] or (doc.date if doc else None),
        updated=meta["updated"],
        url=page_url or (doc.url if doc else None),
        outlet=outlet,
        language_hint=meta["language"],
        description=meta["description"],
        header_text=page_text,
        subheadings=subheads,
        link_texts=link_texts,
    )


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).lower() == re.sub(r"\W+", "", b).lower()


def drop_leading(lines: list[str], repeated: list[str]) -> list[str]:
    """Drop the first lines when they repeat the headline or a sub-headline already kept apart."""
    i = 0
    while i < len(lines) and i < len(repeated) + 1 and any(_same(lines[i], r) for r in repeated):
        i += 1
    return lines[i:]
