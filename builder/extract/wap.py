"""A WAP page's WML deck as HTML: the deck's first card is the page shown, its title the browser's title bar; the
other cards (menus, 'more' screens) are further screens, kept as sections for the boilerplate rules to weigh."""

from __future__ import annotations

import re

_WML_ROOT = re.compile(r"<wml\b", re.IGNORECASE)
_CARD = re.compile(r"<card\b([^>]*)>", re.IGNORECASE)
_CARD_END = re.compile(r"</card\s*>", re.IGNORECASE)
_CARD_TITLE = re.compile(r"""\btitle\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
# WML has no heading element: a card sets its headline in bold (<b>, <strong>, <big>), after the outlet's own line.
_BOLD = re.compile(r"<(b|strong|big)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_DECK = re.compile(r"</?wml\b[^>]*>|<!DOCTYPE\s+wml[^>]*>", re.IGNORECASE)


def is_wml(text: str) -> bool:
    return bool(_WML_ROOT.search(text[:4096]))


def wml_as_html(text: str) -> str:
    """The deck as an HTML page: its first card's title as <title>, each card a <section>."""
    first = _CARD.search(text)
    title = _CARD_TITLE.search(first.group(1)).group(2) if first and _CARD_TITLE.search(first.group(1)) else ""
    if first:
        end = _CARD_END.search(text, first.end())
        for bold in _BOLD.finditer(text, first.end(), end.start() if end else len(text)):
            if " ".join(re.sub(r"<[^>]+>", "", bold.group(2)).split()) not in ("", " ".join(title.split())):
                text = f"{text[:bold.start()]}<h1>{bold.group(2)}</h1>{text[bold.end():]}"
                break
    body = _CARD_END.sub("</section>", _CARD.sub("<section>", text))
    body = _DECK.sub("", body)
    head = f"<title>{title}</title>" if title else ""
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
