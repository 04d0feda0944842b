"""The fallback chain: where a page's article text may be when trafilatura finds none or the wrong block.

In order: JSON-LD `articleBody`, the page's script data (pages rendered by JavaScript), the
article containers (`itemprop=articleBody`, the largest top-level `<article>`, `<main>`), and
trafilatura's baseline extractor. The chain is lazy: each method runs only when the ones before
it gave nothing that passed, so pages that extract normally never pay for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, replace

import trafilatura
from lxml import html as lxml_html

from builder.extract.metadata import json_ld
from builder.extract.model import Extracted
from builder.extract.scripted import ScriptArticle, element_lines, html_lines, script_article

# Share of the headline's words (two letters or more) a fallback's text must contain to be the article.
MIN_HEADLINE_WORDS_IN_TEXT = 0.3
# A 'headline' of fewer words is a site name standing as the <title> of a script-rendered shell: it says nothing.
MIN_HEADLINE_WORDS = 2
_WORD = re.compile(r"\w{2,}")
_CONTAINERS = ("//*[@itemprop='articleBody' or @itemprop='articlebody']", "//article[not(ancestor::article)]",
               "//main", "//*[@role='main']")


@dataclass
class Body:
    """Article lines one method found, and what the page's script data said beside them."""

    lines: list[str]
    method: str
    script: ScriptArticle | None = None


def chars(lines: list[str]) -> int:
    return sum(map(len, lines))


def container_lines(tree: lxml_html.HtmlElement) -> Iterator[tuple[list[str], str]]:
    """Lines of the marked article body, else the largest <article>, else the main block."""
    for xpath in _CONTAINERS:
        found = [element_lines(deepcopy(el)) for el in tree.xpath(xpath)]
        found = [lines for lines in found if lines]
        if found:
            yield max(found, key=chars), xpath.strip("/").split("[")[0].replace("*", "itemprop")


def about(headline: str | None, lines: list[str]) -> bool:
    """Whether the text is about the page's headline: enough of the headline's words occur in it.

    Keeps a fallback from taking text that is not the article (a teaser, an 'about us' block on
    an index page) when the page says what its article is.
    """
    words = set(_WORD.findall((headline or "").lower()))
    if len(words) < MIN_HEADLINE_WORDS:
        return True
    text = "\n".join(lines).lower()
    return sum(1 for w in words if w in text) >= MIN_HEADLINE_WORDS_IN_TEXT * len(words)


def fallback_bodies(tree: lxml_html.HtmlElement, headline: str | None = None) -> Iterator[Body]:
    """Every other place the article text may be, most trusted first (see the module docstring);
    only text about the headline, when there is one."""
    for body in _fallback_bodies(tree):
        if about(headline, body.lines) or _own_article(body):
            yield body


def _own_article(body: Body) -> bool:
    """A script state's article that carries its own headline beside its text, and is about it: the page's `<title>`
    of a shell rendered in the browser is often the site's name and slogan, which says nothing of the article."""
    s = body.script
    return s is not None and bool(s.title) and len(_WORD.findall(s.title)) >= MIN_HEADLINE_WORDS \
        and about(s.title, body.lines)


def _fallback_bodies(tree: lxml_html.HtmlElement) -> Iterator[Body]:
    body = json_ld(tree).get("articleBody")
    if isinstance(body, str) and body.strip():
        lines = html_lines(body) if "<p" in body or "<br" in body else _plain_lines(body)
        yield Body(lines, "json-ld-articleBody")
    script = script_article(tree)
    if script is not None:
        yield Body(script.lines, f"script-data-{script.source}", script)
    for lines, where in container_lines(tree):
        yield Body(lines, f"container-{where}")
    text = trafilatura.baseline(tree)[1]
    yield Body(_plain_lines(text), f"trafilatura-baseline {trafilatura.__version__}")


def _plain_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def snapshot(ex: Extracted) -> Extracted:
    """A copy of ex whose lists the language rules may change without touching ex."""
    return replace(ex, body_lines=list(ex.body_lines), subheadings=list(ex.subheadings), authors=list(ex.authors),
                   author_emails=list(ex.author_emails), tail_lines=list(ex.tail_lines))


def with_body(ex: Extracted, body: Body) -> Extracted:
    """A copy of ex with another body, and the script data's metadata where the page gave none."""
    new = replace(snapshot(ex), body_lines=list(body.lines), extractor=body.method, tail_lines=[])
    s = body.script
    if s is not None:
        new.title = new.title or s.title
        new.published = new.published or s.published
        new.updated = new.updated or s.updated
        new.authors = new.authors or list(s.authors)
        new.author_emails = new.author_emails or list(s.emails)
        if s.subtitle and s.subtitle not in new.subheadings:
            new.subheadings.append(s.subtitle)
    new.body_lines = drop_leading(new.body_lines, ([new.title] if new.title else []) + new.subheadings)
    return new


def same_text(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).lower() == re.sub(r"\W+", "", b).lower()


def drop_leading(lines: list[str], repeated: list[str]) -> list[str]:
    """Drop the first lines when they repeat the headline or a sub-headline already kept apart."""
    i = 0
    while i < len(lines) and i < len(repeated) + 1 and any(same_text(lines[i], r) for r in repeated):
        i += 1
    return lines[i:]
