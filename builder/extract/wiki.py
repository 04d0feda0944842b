"""Pages a wiki engine renders (MediaWiki, DokuWiki): the article is the engine's content box; the history list,
the legend, the categories, the edit links and the license footer around it are the engine's, and the engine's
heading wraps the article's name in the kind of page ('"…"의 판 역사', 'Revision history of "…"')."""

from __future__ import annotations

import re

from lxml import etree

# How an engine marks its pages: the generator meta, or a class on <body>.
_ENGINE = re.compile(r"^\s*(?:MediaWiki|DokuWiki)\b", re.I)
_ENGINE_BODY = re.compile(r"(?:^|\s)(?:mediawiki|dokuwiki)(?:\s|$)")
# The box that holds the article, and the heading the engine names the page with.
_CONTENT = etree.XPath("//*[@id='mw-content-text' or @id='bodyContent' or @id='dokuwiki__content']")
_FIRST_HEADING = etree.XPath("//*[@id='firstHeading']")
# The engine's own blocks inside that box or beside the heading (ids and classes as the engines write them).
_ENGINE_BLOCK_IDS = ("pagehistory", "catlinks", "toc", "siteSub", "contentSub", "contentSub2", "jump-to-nav",
                     "mw-fr-revisiontag", "mw-history-compare", "mw-indicator", "mw-normal-catlinks")
_ENGINE_BLOCK_CLASSES = ("catlinks", "mw-history-legend", "mw-editsection", "printfooter", "mw-jump-link",
                         "mw-indicators", "mw-revision", "mw-diff-table", "diff", "noprint", "navbox", "toc", "docInfo",
                         "breadcrumbs")
_ENGINE_BLOCKS = etree.XPath(" | ".join([f"//*[@id='{i}']" for i in _ENGINE_BLOCK_IDS]
                                        + [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {c} ')]"
                                           for c in _ENGINE_BLOCK_CLASSES]))
# The engine's heading for a page about one article: its history, an old revision, a difference, an edit form
# (the interface messages of MediaWiki in Korean and English, and of the Korean wikis built like it).
PAGE_KIND_WRAPPERS = tuple(re.compile(p) for p in (
    r"^[\"“'‘](?P<name>.+)[\"”'’]\s*의\s*(?:판\s*역사|편집\s*역사|역사|두\s*판\s*사이의\s*차이|판\s*차이)$",
    r"^(?P<name>.+?)\s*의\s*(?:판\s*역사|편집\s*역사)$",
    r"^(?P<name>.+?)\s*(?:[—–:-]|\s)\s*(?:판\s*역사|편집\s*역사|이전\s*판|판\s*차이)$",
    r"^(?P<name>.+?)\s*\((?:r\d+\s*판|비교|역사|이전\s*판)\)$",
    r"^(?:Revision history of|Difference between revisions of|Editing|History of)\s+[\"“]?(?P<name>.+?)[\"”]?$",
    r"^(?P<name>.+?)\s*[:—–-]\s*(?:Revision history|Difference between revisions|Old revisions)$",
))


def is_wiki_page(tree) -> bool:
    """Whether a wiki engine rendered the page (its generator meta, or its mark on <body>)."""
    generator = " ".join(tree.xpath("//meta[@name='generator' or @name='Generator']/@content"))
    body = tree.find(".//body")
    return bool(_ENGINE.match(generator)) or (body is not None and bool(_ENGINE_BODY.search(body.get("class") or "")))


def wiki_article(tree) -> bool:
    """Cut a wiki page down to its heading (the article's name, without the engine's wrapper) and its content box,
    without the engine's blocks inside them; False (and the tree as it was) for any other page."""
    if not is_wiki_page(tree):
        return False
    content = next(iter(_CONTENT(tree)), None)
    if content is None:
        return False
    keep = {content, *_FIRST_HEADING(tree)}
    kept_or_above = {a for el in keep for a in (el, *el.iterancestors())}
    for el in list(content.iterancestors()):
        for sibling in list(el):
            if sibling not in kept_or_above and sibling.tag not in ("head", "title", "meta", "link"):
                sibling.drop_tree()
    for block in _ENGINE_BLOCKS(tree):
        if block.getparent() is not None:
            block.drop_tree()
    for heading in _FIRST_HEADING(tree):
        name, tail = article_name(heading.text_content()), heading.tail
        heading.clear()
        heading.text, heading.tail = name, tail
    return True


def article_name(heading: str | None) -> str | None:
    """The article's name inside the engine's heading for a page about it ('"…"의 판 역사' → '…')."""
    if not heading:
        return heading
    text = " ".join(heading.split())
    for p in PAGE_KIND_WRAPPERS:
        if m := p.match(text):
            return m.group("name").strip()
    return text
