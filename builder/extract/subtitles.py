"""A broadcast story's subtitles (SubRip `.srt`, WebVTT `.vtt`, SAMI `.smi`) read as the text of what was said.

Subtitles are the only text some broadcast items leave: cue numbers, timings, styling and positioning are not
the story. Cues are joined into sentences (one cue often holds half of one), a paragraph ending where a
sentence does. Subtitles print no headline, writer or date in their cues, so none is taken from what is said: a
title taken from the first spoken line would be invented. A file may say them in its own header, out of the cues:
WebVTT's header lines and `NOTE` blocks ('제목: …', 'Title: …', '방송일: 2025-11-07', a line dating the broadcast
'모아방송 뉴스 | 2025-11-07 (토) 20:12 방송'), SAMI's <title>; those are read as a page's metadata.
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


# A header or note line naming the story's title or its date by a label ('제목: …', 'Title: …', '방송일: …').
_TITLE_LINE = re.compile(r"^\s*(?:제목|기사\s*제목|타이틀|title|x-title)\s*[:：=]\s*(?P<v>\S.*)$", re.I)
_DATE_LABEL = re.compile(r"^\s*(?:방송\s*(?:일시|일자|일|날짜)?|날짜|일시|일자|date|air\s*date|broadcast)\s*[:：=]", re.I)
# A date with its year first (ISO, dotted, Korean), perhaps a weekday in brackets and a time after it.
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-./년]\s*(?P<m>\d{1,2})\s*[-./월]\s*(?P<d>\d{1,2})\s*일?\.?"
                   r"(?:\s*\([^)]{1,4}\))?(?:\s*(?:T|\s)\s*(?P<H>\d{1,2}):(?P<M>\d{2}))?")
# A line dating the broadcast itself ('… | 2025-11-07 (토) 20:12 방송', '2025.11.07 방송분'), not a date it talks of.
_BROADCAST_WORD = re.compile(r"방송|방영|송출|aired|broadcast", re.I)


def _header_lines(text: str) -> list[str]:
    """The lines of a WebVTT file's header (below 'WEBVTT') and of its NOTE blocks: what the file says of itself."""
    lines: list[str] = []
    inside = False
    for i, line in enumerate(text.splitlines()):
        if not line.strip():
            inside = False
            continue
        if (i == 0 and line.lstrip("\ufeff").startswith("WEBVTT")) or line.startswith("NOTE"):
            inside = True
            rest = line.lstrip("\ufeff").removeprefix("WEBVTT").removeprefix("NOTE").strip(" -")
            if rest:
                lines.append(rest)
            continue
        if inside:
            lines.append(line.strip())
    return lines


def _iso(m: re.Match) -> str | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}" + (f"T{int(m['H']):02d}:{m['M']}:00" if m["H"] else "")


def subtitle_header(text: str) -> tuple[str | None, str | None]:
    """(title, published) a subtitle file states of itself out of its cues: a WebVTT header or NOTE line labelled as
    the title or date, or a line dating the broadcast; SAMI's <title>."""
    lines = _header_lines(text)
    if re.search(r"<sami\b", text[:4000], re.I) and (t := re.search(r"<title[^>]*>(.*?)</title>", text[:8000], re.I | re.S)):
        lines.append("title: " + html.unescape(t.group(1)))
    title = next((" ".join(m["v"].split()) for ln in lines if (m := _TITLE_LINE.match(ln))), None)
    published = next((iso for ln in lines if (_DATE_LABEL.match(ln) or _BROADCAST_WORD.search(ln))
                      and not _TITLE_LINE.match(ln) and (m := _DATE.search(ln)) and (iso := _iso(m))), None)
    return title, published


def as_subtitle_page(text: str) -> bytes:
    """The subtitles as a page: no headline, writer or date taken from the cues, only what the file's header says."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in spoken_text(text))
    title, published = subtitle_header(text)
    return as_page(Item(title=title, url=None, authors=(), emails=(), published=published, updated=None,
                        body_html=body, outlet=None, language=None))
