"""The standfirst (dek, teaser, lead-in) above an article's text: a summary the page sets apart, not its text.

A page often repeats its standfirst as its meta description. When a description-equal line opens the
extracted text it is either that standfirst or the article's first paragraph copied into the description;
the page's markup tells them apart: a standfirst sits in its own box (another parent than the paragraph
after it, and not a block of that paragraph's tag and class) or is marked as one (class 'lead', 'intro',
'teaser', 'summary', ...). A first paragraph sits among its siblings, unmarked.
"""

from __future__ import annotations

import re

# The first lines of the text searched for a standfirst (a kicker or a section name may stand before it).
MAX_STANDFIRST_INDEX = 1
# Class or id words that mark a block as the standfirst.
_STANDFIRST_MARKS = re.compile(
    r"lead|intro|teaser|summary|standfirst|\bdeck?\b|__deck|excerpt|preface|subtitle|sub-?head|shorttext|abstract",
    re.I)
# Elements searched for the line's block (inline ones hold a bold standfirst inside a paragraph).
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "div", "span", "strong", "b", "section", "header")


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _key(text: str | None) -> str:
    return re.sub(r"\W+", "", text or "").lower()


def _block(tree, line: str):
    """The innermost element whose whole text is the line, or None."""
    want = _squash(line)
    for el in tree.iter(*_BLOCK_TAGS):
        if _squash(el.text_content()) == want:
            while True:
                inner = next((c for c in el if isinstance(c.tag, str) and _squash(c.text_content()) == want), None)
                if inner is None:
                    return el
                el = inner
    return None


def _marked(el) -> bool:
    """The element, or the box around it, is marked as a standfirst."""
    return any(_STANDFIRST_MARKS.search(" ".join(filter(None, (e.get("class"), e.get("id")))))
               for e in (el, el.getparent()) if e is not None)


def is_standfirst(tree, line: str, following: str | None) -> bool:
    """The line's block is marked as a standfirst, or stands in another box than the paragraph after it."""
    block = _block(tree, line)
    if block is None:
        return False
    if _marked(block):
        return True
    after = _block(tree, following) if following else None
    if after is None or after.getparent() is block.getparent():
        return False
    return not _same_kind(block, after)


def _same_kind(block, after) -> bool:
    """Two blocks of one tag and one (non-empty) class: paragraphs of the text, split into boxes by what stands
    between them (a picture, an advertisement)."""
    return block.tag == after.tag and bool(block.get("class")) and block.get("class") == after.get("class")


def without_standfirst(lines: list[str], tree, description: str | None) -> list[str]:
    """The text without its standfirst: a line among the first that repeats the meta description and that
    the markup sets apart (see the module's docstring). Pages that copy their first paragraph into the
    description keep it."""
    want = _key(description)
    if not want or tree is None:
        return lines
    for i, line in enumerate(lines[:MAX_STANDFIRST_INDEX + 1]):
        if _key(line) == want and i + 1 < len(lines):
            if is_standfirst(tree, line, lines[i + 1]):
                return lines[:i] + lines[i + 1:]
            return lines
    return lines
