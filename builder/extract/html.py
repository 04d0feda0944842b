"""HTML pages: parse once, read the page's metadata, extract the main text with trafilatura.

When trafilatura returns nothing or too little we fall back instead of losing the page: first
trafilatura with recall favoured, then its baseline extractor (JSON-LD articleBody, <article>,
paragraphs).
"""

from __future__ import annotations

import re

import trafilatura
from htmldate import find_date
from trafilatura.metadata import (META_URL, examine_meta, extract_author, extract_meta_json, extract_sitename, extract_title,
                                  extract_url, set_date_params)
from trafilatura.settings import Document
from trafilatura.utils import load_html

from builder.extract.fallback import chars, drop_leading, fallback_bodies, same_text, with_body
from builder.extract.metadata import page_metadata
from builder.extract.model import Extracted

# Below this many characters a trafilatura result is treated as a miss and the next method is tried.
MIN_BODY_CHARS = 250
# A main text in fewer lines than this is re-checked with trafilatura's full ensemble.
MIN_PARAGRAPHS = 3
# ... and the ensemble's text is taken unless it is much shorter than the first one.
ENSEMBLE_MIN_SHARE = 0.8
TRAFILATURA = f"trafilatura {trafilatura.__version__}"
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


def _main_text(tree, url: str | None) -> list[str]:
    """trafilatura's own algorithm alone, and its full ensemble (readability, jusText) only when
    that result looks wrong: too short, or run together into fewer than MIN_PARAGRAPHS lines
    (pages that break paragraphs with <br> inside one element)."""
    fast = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False, fast=True)
    lines = _lines(fast.text if fast else None)
    if len(lines) >= MIN_PARAGRAPHS and sum(map(len, lines)) >= MIN_BODY_CHARS:
        return lines
    full = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False)
    full_lines = _lines(full.text if full else None)
    return full_lines if sum(map(len, full_lines)) >= sum(map(len, lines)) * ENSEMBLE_MIN_SHARE else lines


def trafilatura_metadata(tree, url: str | None, missing: set[str]) -> Document:
    """trafilatura's metadata search for the fields the page's <meta> and JSON-LD left open.

    The steps of trafilatura.metadata.extract_metadata, minus what no column uses (categories,
    tags, licence) and minus the searches for fields already known: the author and date
    searches are the costly ones.
    """
    doc = examine_meta(tree)
    if doc.author and " " not in doc.author:
        doc.author = None
    try:
        doc = extract_meta_json(tree, doc)
    except Exception:  # trafilatura's JSON-LD reader has its own bugs; ours already ran
        pass
    if "title" in missing and not doc.title:
        doc.title = extract_title(tree)
    if "authors" in missing and not doc.author:
        doc.author = extract_author(tree)
    doc.url = doc.url or extract_url(tree, url)
    if "published" in missing:
        doc.date = find_date(tree, **set_date_params(True), url=doc.url)
    if "outlet" in missing and not doc.sitename:
        doc.sitename = extract_sitename(tree)
    doc.sitename = (doc.sitename or "").lstrip("@") or None
    if doc.sitename and "." not in doc.sitename and not doc.sitename[0].isupper():
        doc.sitename = doc.sitename.title()
    elif not doc.sitename and doc.url and (site := META_URL.match(doc.url)):
        doc.sitename = site[1]
    doc.clean_and_trim()
    return doc


def extract_html(text: str, url: str | None = None) -> Extracted:
    tree = load_html(text)
    if tree is None:
        raise NoTree("no HTML tree could be parsed")
    meta = page_metadata(tree)
    link_texts = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))
    page_url = url or meta["url"]

    lines, method = _main_text(tree, page_url), TRAFILATURA
    if sum(map(len, lines)) < MIN_BODY_CHARS:
        retry = trafilatura.bare_extraction(tree, url=page_url, with_metadata=False, include_comments=False,
                                            favor_recall=True)
        retry_lines = _lines(retry.text if retry else None)
        if sum(map(len, retry_lines)) > sum(map(len, lines)):
            lines, method = retry_lines, f"trafilatura-recall {trafilatura.__version__}"
    fallback = None
    if chars(lines) < MIN_BODY_CHARS:
        for body in fallback_bodies(tree):
            if chars(body.lines) > chars(fallback.lines if fallback else lines):
                fallback = body
            if chars(body.lines) >= MIN_BODY_CHARS:
                break
    if fallback is not None and (script := fallback.script) is not None:  # the data beside the text is the page's own
        meta = {**meta, "title": meta["title"] or script.title, "published": meta["published"] or script.published,
                "updated": meta["updated"] or script.updated, "authors": meta["authors"] or script.authors}
    missing = {name for name, value in (("title", meta["title"]), ("published", meta["published"]),
                                         ("authors", meta["authors"]), ("outlet", good_outlet(meta["outlet"])))
               if not value}
    doc = trafilatura_metadata(tree, page_url, missing) if missing else None
    outlet = good_outlet(meta["outlet"]) or good_outlet(doc.sitename if doc else None)
    title = clean_title(meta["title"] or (doc.title if doc else None), outlet)
    subheads = [h for h in meta["subheadings"] if not title or same_text(h, title) is False]
    lines = drop_leading(lines, ([title] if title else []) + subheads)
    ex = Extracted(
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
        page_tree=tree,
        subheadings=subheads,
        link_texts=link_texts,
    )
    return with_body(ex, fallback) if fallback is not None else ex
