"""Writers' names a page prints in its markup (a cased script: Latin, Cyrillic, Greek).

Pages that declare no author, or declare the outlet itself ('Lesotho Times', 'mdr.de'), still print the
writer: in an element marked as the author or byline ('<span class="article__author">Von Seb Dumitru,
Lille</span>'), or after a label ('<strong>Autorin/Autor</strong> Roman Goncharenko'). The byline word of
each language ('By', 'Von', 'Par', 'Por', 'Door', 'Av') and a place or desk after a comma are not the name.
"""

from __future__ import annotations

import re

from lxml import etree

# The word that opens a byline, by language: en, de, fr, es/pt, nl, no/sv, da, it, pl/cs, tr (a suffix: not here).
BYLINE_WORDS = ("by", "von", "par", "por", "door", "av", "af", "di", "od", "от", "από", "written by", "text:", "texto:",
                "testo di", "tekst:", "reportage:")
# Labels that stand before the writer's name ('Autorin/Autor', 'Author:', 'Verfasser', 'Auteur', 'Forfatter').
AUTHOR_LABEL = re.compile(r"^(?:autor(?:in)?(?:\s*/\s*autor(?:in)?)?|authors?|verfasser(?:in)?|auteure?|autore|"
                          r"forfatter|författare|reporter|journalist(?:in)?|redakteur(?:in)?)\s*:?$", re.I)
# Class, id, rel or itemprop of an element holding the writer's name.
AUTHOR_MARK = re.compile(r"author|byline|autor|writer|reporter|journalist|verfasser|person-link", re.I)
# Lower-case words that may stand inside a name ('Ursula von der Leyen', 'Luis de Guindos').
NAME_PARTICLES = frozenset("von van der den de del della da di du la le dos das bin al ter ten zu".split())
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 48

_LEADING_BYLINE = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in sorted(BYLINE_WORDS, key=len, reverse=True))})\s*:?\s+",
                             re.I)
# 'Capital Von Jemima Kelly': a capitalised byline word inside a run that a page's furniture put before it
_INNER_BYLINE = re.compile(r"(?:^|\s)(?:By|Von|Par|Por|Door|Av|Af)\s+(?=\S)")
# A link to the writer's page: '/autoren/name/max-kolter', '/author/jane-doe', '/journalists/ana-ruiz'
AUTHOR_PAGE = re.compile(r"/(?:autor(?:en|in)?|authors?|auteurs?|autores?|journalist(?:en|s)?|reporters?|writers?|"
                         r"redakteur(?:e|in)?)(?:/|$)", re.I)
_MARKED = etree.XPath("//body//*[@class or @id or @rel or @itemprop or (self::a and @href)]")
_LABELS = etree.XPath("//body//*[self::strong or self::b or self::dt or self::span or self::th or self::em]")


def writer_name(text: str | None) -> str | None:
    """The name in a byline's text, or None when it does not read as a person's name in a cased script."""
    text = " ".join((text or "").split())
    if not text:
        return None
    inner = list(_INNER_BYLINE.finditer(text))
    if inner:
        text = text[inner[-1].end():]
    text = _LEADING_BYLINE.sub("", text)
    text = re.split(r"\s*(?:,|\||\s[-–—]\s|\s·\s)\s*", text, maxsplit=1)[0].strip(" :")
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or len(text) > MAX_NAME_CHARS or any(ch.isdigit() for ch in text):
        return None
    if not all(w[0].isupper() or w in NAME_PARTICLES for w in words) or {words[0], words[-1]} & NAME_PARTICLES:
        return None
    if not all(ch.isalpha() or ch in ".'’-/ " for ch in text):
        return None
    return text


def page_byline(tree) -> list[str]:
    """The writer a page's markup names: the first element marked as the author or byline whose text is a
    name, else the text after an author label."""
    for el in _MARKED(tree):
        if el.tag in ("script", "style", "meta", "link", "body", "html"):
            continue
        mark = " ".join(el.get(a) or "" for a in ("class", "id", "rel", "itemprop"))
        if not AUTHOR_MARK.search(mark) and not AUTHOR_PAGE.search(el.get("href") or ""):
            continue
        name = writer_name(el.text_content())
        if name:
            return [name]
    for el in _LABELS(tree):
        if AUTHOR_LABEL.match(" ".join(el.text_content().split())) and (parent := el.getparent()) is not None:
            label, around = " ".join(el.text_content().split()), " ".join(parent.text_content().split())
            name = writer_name(around[around.find(label) + len(label):].strip())
            if name:
                return [name]
    return []


_BOLD_LEADS = etree.XPath("//body//p[count(*)=1][*[self::strong or self::b]]")
MIN_TEXT_AFTER_BYLINE = 150  # the paragraph after a bold byline is the story's first


def bold_lead_byline(tree) -> list[str]:
    """Writers set in bold as the story's first paragraph ('<p><strong>Ana Ruiz/Tom Leary</strong></p>' and
    the text after it), one name or several joined by '/'."""
    for p in _BOLD_LEADS(tree):
        text = " ".join(p.text_content().split())
        if text != " ".join(p[0].text_content().split()):
            continue  # more than the bold words
        following = p.getnext()
        if following is None or following.tag != "p" or len(following.text_content().strip()) < MIN_TEXT_AFTER_BYLINE:
            continue
        names = [writer_name(part) for part in text.split("/")]
        if names and all(names):
            return names
    return []


# The credit line of Chinese news pages: '(责编：牛某、岳某)', '【责任编辑：王某】', '作者：李某'; the first name.
CREDIT_LINE = re.compile(r"(?:责任编辑|责编|作者|记者)\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,5})(?=[、，,\s)）】\]]|$)")
_BODY_TEXT = etree.XPath("//body//text()[not(ancestor::script) and not(ancestor::style)]")


def credit_line(tree) -> list[str]:
    """The writer or editor a Chinese page credits in its text, when it declares no author."""
    for text in _BODY_TEXT(tree):
        if (m := CREDIT_LINE.search(text)):
            return [m["name"]]
    return []
