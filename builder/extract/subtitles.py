"""A broadcast story's subtitles (SubRip `.srt`, WebVTT `.vtt`, SAMI `.smi`) read as the text of what was said.

Subtitles are the only text some broadcast items leave: cue numbers, timings, styling and positioning are not
the story. Cues are joined into sentences (one cue often holds half of one), a paragraph ending where a
sentence does. Subtitles print no headline, writer or date, so the page made of them declares none: a title
taken from the first spoken line would be invented.
"""

from __future__ import annotations

import html
import re

from builder.extract.feed import Item, as_page

_TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}.*$")
_CUE_NUMBER = re.compile(r"^\s*\d+\s*$")
_VTT_BLOCK = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b")
_TAGS = re.compile(r"<[^>]{0,200}>|\{\\[^}]{0,80}\}")  # <i>, <font …>, <c.yellow>, <v Speaker>, {\an8}
_SAMI_SYNC = re.compile(r"<sync\b[^>]*>", re.I)
_SAMI_BREAK = re.compile(r"<br\s*/?>", re.I)
# A cue that credits the captioning or claims copyright ('[자막 제공: … / 무단 복제 금지]', '(Captions by …)'): no speech.
_CREDIT = re.compile(r"^[\[(【<]?\s*(?:자막\s*(?:제공|제작|협찬)|폐쇄\s*자막|무단\s*(?:복제|전재)|저작권|ⓒ|©|copyright|"
                     r"(?:subtitles?|captions?|captioning)\s+(?:by|provided))", re.I)
_SENTENCE_END = re.compile(r"(?:[.!?。…]|[다요죠까])[\"'”’)\]]*$")


def _cue_lines(text: str) -> list[str]:
    """The spoken lines of SubRip or WebVTT text, one per cue."""
    cues: list[str] = []
    block: list[str] = []
    skip = False
    for line in text.splitlines() + [""]:
        if not line.strip():
            if block and not skip:
                cues.append(" ".join(block))
            block, skip = [], False
            continue
        if _VTT_BLOCK.match(line) and not block:
            skip = True  # a header, note or style block: no speech
            continue
        if _TIMING.match(line):
            block = []  # what stood before the timing was the cue's number or id
            continue
        if not block and _CUE_NUMBER.match(line):
            continue
        block.append(line.strip())
    return cues


def _sami_lines(text: str) -> list[str]:
    """The spoken lines of SAMI: each SYNC's text; `&nbsp;` alone clears the screen and says nothing."""
    body = re.split(r"<body\b[^>]*>", text, maxsplit=1, flags=re.I)[-1]
    lines = []
    for chunk in _SAMI_SYNC.split(body)[1:]:
        spoken = html.unescape(_TAGS.sub(" ", _SAMI_BREAK.sub(" ", chunk)))
        spoken = " ".join(spoken.replace("\xa0", " ").split())
        if spoken:
            lines.append(spoken)
    return lines


def spoken_text(text: str) -> list[str]:
    """Paragraphs of what the subtitles say, cues joined into sentences; a cue repeated on screen counts once."""
    raw = _sami_lines(text) if re.search(r"<sami\b|<sync\b", text[:4000], re.I) else _cue_lines(text)
    paragraphs: list[str] = []
    sentence: list[str] = []
    for cue in raw:
        cue = " ".join(html.unescape(_TAGS.sub("", cue)).split())
        if not cue or (sentence and cue == sentence[-1]) or _CREDIT.match(cue):
            continue
        sentence.append(cue)
        if _SENTENCE_END.search(cue):
            paragraphs.append(" ".join(sentence))
            sentence = []
    if sentence:
        paragraphs.append(" ".join(sentence))
    return paragraphs


def as_subtitle_page(text: str) -> bytes:
    """The subtitles as a page with no headline, writer or date of its own."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in spoken_text(text))
    return as_page(Item(title=None, url=None, authors=(), emails=(), published=None, updated=None,
                        body_html=body, outlet=None, language=None))
