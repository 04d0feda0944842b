"""Text dumps: pages that were already extracted to plain text (like the seed article).

No HTML extraction is needed; the dump is split into lines and handed to the language rules,
which find the headline block, byline and boilerplate exactly as they do for HTML pages.
A Markdown export is a dump too, once its front matter is read as metadata and its markup is taken off.
"""

from __future__ import annotations

import re
import unicodedata

from builder.dates import normalise
from builder.extract.filename import name_hints
from builder.extract.markdown import front_matter, plain, without_templates
from builder.extract.model import Extracted
from builder.extract.terminal import strip_terminal_codes

# Markdown image links (`![alt](url)`) that dumps keep from the page's teaser grids.
_IMAGE_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# Hangul's conjoining letters: syllables written decomposed (NFD), as a Mac's copy saves them.
_CONJOINING_JAMO = re.compile("[\u1100-\u11ff]")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".md.gz", ".markdown.gz")
# A clipping tool's Markdown saved under a text name (`.txt`) is told by its front matter: a fenced block naming at least
# this many of the article's fields (title, author, date, address, outlet), which no plain dump opens with by chance.
MIN_FRONT_MATTER_FIELDS = 2


# A text browser's dump (lynx -dump, w3m with link numbers): each link's number glued before its text ('[3]모아일보'),
# the list of the numbered addresses under a heading at the end ('References' / '   1. https://…').
_REFERENCES_HEADING = re.compile(r"^\s*(?:References|Visible links|Hidden links|참조|링크)\s*:?\s*$")
_REFERENCE = re.compile(r"^\s*\d{1,4}\.\s+(?:https?|mailto|file|ftp):\S*\s*$")
_LINK_MARK = re.compile(r"\[\d{1,4}\]")
# A line of links only, at least this many: the page's menu ('[3]모아일보 [4]전체기사 [5]지역 …'), or its <link>s
# that lynx writes first after a '#' ('#[1]모아일보 RSS [2]alternate').
MIN_MENU_LINKS = 3
MIN_REFERENCES = 2


def browser_dump_lines(raw_lines: list[str]) -> list[str]:
    """A text browser's dump without its link numbers, its menu and <link> lines and its list of addresses; any
    other text as it is."""
    heading = next((i for i, ln in enumerate(raw_lines) if _REFERENCES_HEADING.match(ln)
                    and sum(bool(_REFERENCE.match(x)) for x in raw_lines[i + 1:i + 1 + 2 * MIN_REFERENCES]) >= MIN_REFERENCES),
                   None)
    if heading is None:
        return raw_lines
    out = []
    for ln in raw_lines[:heading]:
        links = _LINK_MARK.findall(ln)
        if links and (ln.strip().startswith("#") or len(links) >= MIN_MENU_LINKS
                      and len(_LINK_MARK.split(ln.strip())[0]) == 0 and all(len(part.split()) <= 2
                                                                            for part in _LINK_MARK.split(ln.strip())[1:])):
            continue
        out.append(_LINK_MARK.sub("", ln))
    return out


# A scanned page's OCR (or a print layout copied as text) keeps two columns side by side, the right one starting at
# the same display column on every line after a run of spaces: read line by line they interleave. Such a run is at
# least this many lines whose gap ends within COLUMN_TOLERANCE of one column, past MIN_COLUMN_START display cells.
MIN_COLUMN_LINES = 6
MIN_COLUMN_START = 20
COLUMN_TOLERANCE = 3
MIN_COLUMN_GAP = 3
_GAP = re.compile(r" {%d,}(?=\S)" % MIN_COLUMN_GAP)


def _cells(text: str) -> int:
    """Display width: a Hangul syllable or CJK character takes two cells of a fixed-width page."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _split_at(line: str, column: int) -> tuple[str, str] | None:
    """(left, right) of a line whose gap ends at the column (give or take the tolerance); None if it has none there."""
    for m in reversed(list(_GAP.finditer(line))):
        if abs(_cells(line[:m.end()]) - column) <= COLUMN_TOLERANCE and line[:m.start()].strip():
            return line[:m.start()].strip(), line[m.end():].strip()
    return None


def side_by_side_columns(raw_lines: list[str]) -> list[str]:
    """The lines of two columns set side by side, the left column's lines first, then the right one's, each column's
    paragraph breaks kept; any other text as it is."""
    ends = [_cells(ln[:m.end()]) for ln in raw_lines for m in _GAP.finditer(ln) if ln[:m.start()].strip()]
    counts = {c: sum(1 for e in ends if abs(e - c) <= COLUMN_TOLERANCE) for c in set(ends) if c >= MIN_COLUMN_START}
    if not counts or max(counts.values()) < MIN_COLUMN_LINES:
        return raw_lines
    column = max(counts, key=lambda c: (counts[c], -c))
    split = [i for i, ln in enumerate(raw_lines) if (parts := _split_at(ln, column))
             and all(re.search(r"[^\W\d_]", p) for p in parts) and _cells(parts[0]) >= MIN_COLUMN_START // 2]
    if len(split) < MIN_COLUMN_LINES:
        return raw_lines
    first, last = split[0], split[-1]
    left: list[str] = []
    right: list[str] = []
    for ln in raw_lines[first:last + 1]:
        parts = _split_at(ln, column)
        if parts is None:
            indent = _cells(ln) - _cells(ln.lstrip())
            if ln.strip() and abs(indent - column) <= COLUMN_TOLERANCE:
                parts = ("", ln.strip())  # the right column's line beside a left one that is blank
            elif _cells(ln.rstrip()) <= column + COLUMN_TOLERANCE:
                parts = (ln.strip(), "")  # the left column's line beside a right one that is blank
            else:
                return raw_lines  # a line across both: no columns side by side
        left.append(parts[0])
        right.append(parts[1])
    if sum(1 for ln in split if first <= ln <= last) < 0.5 * (last - first + 1):
        return raw_lines
    return raw_lines[:first] + left + [""] + right + raw_lines[last + 1:]


# A letter forwarded on (or replied to) and saved as text: the sender's note and sign-off come first, then the mail
# client's marker and the forwarded letter's header fields; the article is the letter below them. The markers of
# Gmail, Outlook, Apple Mail, Naver/Daum mail and Thunderbird, Korean and English; Outlook's rule of underscores
# counts only when a header field follows it.
_FORWARD_MARKER = re.compile(
    r"^\s*(?:-{3,}\s*(?:Forwarded message|Original Message|Forwarded Message|전달된\s*메시지|원본\s*메시지|전달\s*메일)\s*-{3,}"
    r"|Begin forwarded message\s*:|전달된\s*메일\s*:)\s*$", re.IGNORECASE)
_OUTLOOK_RULE = re.compile(r"^\s*_{20,}\s*$")
_HEADER_FIELD = re.compile(
    r"^\s*>?\s*(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To|보낸\s*사람|받는\s*사람|보낸\s*날짜|받은\s*날짜|날짜|제목|참조|숨은\s*참조)"
    r"\s*[:：]\s*\S.*$", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"^\s*>\s?")
# The forwarded letter must hold at least this many non-blank lines for the note above it to be dropped.
MIN_FORWARDED_LINES = 3


def forwarded_letter(raw_lines: list[str]) -> list[str]:
    """The forwarded letter's own lines, without the note above the marker, the marker, the header fields below it
    and the reply's `>` quote marks; a text with no forward marker as it is."""
    start = None
    for i, ln in enumerate(raw_lines):
        if _FORWARD_MARKER.match(ln) or (_OUTLOOK_RULE.match(ln) and i + 1 < len(raw_lines)
                                         and _HEADER_FIELD.match(raw_lines[i + 1])):
            start = i + 1
            break
    if start is None:
        return raw_lines
    while start < len(raw_lines) and (_HEADER_FIELD.match(raw_lines[start]) or not raw_lines[start].strip()
                                      and start + 1 < len(raw_lines) and _HEADER_FIELD.match(raw_lines[start + 1])):
        start += 1
    while start < len(raw_lines) and not raw_lines[start].strip():
        start += 1
    letter = raw_lines[start:]
    filled = [ln for ln in letter if ln.strip()]
    if len(filled) < MIN_FORWARDED_LINES:
        return raw_lines
    if sum(bool(_QUOTE_MARK.match(ln)) for ln in filled) > 0.8 * len(filled):
        letter = [_QUOTE_MARK.sub("", ln) for ln in letter]
    return letter


# A reader's own remark, added under an article pasted or clipped into a note (Keep, Evernote, Apple Notes, a memo
# app): an arrow, then a label of the reader's ('나중에 다시 읽기:', '메모:', '내 생각:', 'TODO:', 'note to self:') or
# any short 'label: remark', the labelled ones also set in brackets ('(내 메모: …)', '[소감: …]', '※ 메모: …'), or the
# label alone in brackets before the remark ('[메모] …', '[편집 메모] …': a desk's own note under a draft).
# Such lines at the end of the text are the reader's, not the writer's.
_REMARK_ARROW = r"(?:->|-->|→|⇒|=>|➡️?|➔)"
_REMARK_OPEN = r"[(\[【〔<※]?\s*"
_READER_REMARK = re.compile(
    rf"^\s*(?:{_REMARK_ARROW}\s*[^\s:：][^:：]{{0,24}}[:：]\s*\S.{{0,80}}"
    rf"|{_REMARK_OPEN}(?:내\s*)?(?:메모|생각|코멘트|소감|한\s*줄\s*평)\s*[:：]\s*\S.{{0,80}}"
    rf"|{_REMARK_OPEN}(?:TODO|Note to self|My note)\s*[:：]\s*\S.{{0,80}}"
    r"|[\[【〔]\s*(?:내|편집|데스크|작성자)?\s*(?:메모|코멘트)\s*[\]】〕]\s*\S.{0,80})$", re.I)


def without_reader_remarks(lines: list[str]) -> list[str]:
    """The lines without the reader's remarks at their end (blank lines between kept as they are)."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _READER_REMARK.match(lines[end - 1])):
        end -= 1
    if end == len(lines) or not any(_READER_REMARK.match(ln) for ln in lines[end:]):
        return lines
    return lines[:end]


# A notes app's record of a note, written after its text by a raw export (Joplin's: `id:`, `parent_id:`,
# `created_time:`, `source_url:`, …, `type_: 1`): one machine field a line, an identifier in lower case, perhaps with an
# empty value. A run of this many such lines ending the text is the app's, not the writer's.
_APP_FIELD = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]*)*\s*:.*$")
MIN_APP_FIELDS = 6


def without_app_metadata(raw_lines: list[str]) -> list[str]:
    """The lines without a notes app's metadata block at their end (a run of lower-case `field: value` lines, some
    of them snake_case names no writer's label has); the lines as they are when there is none."""
    end = len(raw_lines)
    while end and not raw_lines[end - 1].strip():
        end -= 1
    start = end
    while start and _APP_FIELD.match(raw_lines[start - 1].strip()):
        start -= 1
    block = [ln.split(":", 1)[0] for ln in raw_lines[start:end]]
    if end - start < MIN_APP_FIELDS or not any("_" in key for key in block):
        return raw_lines
    return raw_lines[:start]


# A video's description saved by yt-dlp (`--write-description`) is named `<video title> [<video id>].description`
# (youtube-dl: `<video title>-<video id>.description`); the title is in the name only, the text's first line is
# often the programme's ('<date> <channel> 저녁 뉴스'). The id is YouTube's: 11 letters, digits, '-' and '_'.
_VIDEO_DESCRIPTION = re.compile(r"(?P<title>.+?)(?:\s*\[(?P<bid>[A-Za-z0-9_-]{11})\]|-(?P<did>[A-Za-z0-9_-]{11}))\.description$")


def video_title(path: str) -> str | None:
    """The video's title a downloaded description's file name holds, or None for any other name."""
    m = _VIDEO_DESCRIPTION.fullmatch(path.rsplit("/", 1)[-1])
    return m.group("title").strip() if m and m.group("title").strip() else None


# A wiki's page saved with its header in an HTML comment (Wiki.js: `<!--` / `title: …` / `description: …` / `date: …`
# / `editor: markdown` / `-->`): the wiki's fields for its page (the page's name, its edit dates), not the article's.
_COMMENT_OPEN, _COMMENT_CLOSE = re.compile(r"\s*<!--\s*"), re.compile(r"\s*-->\s*")
_COMMENT_FIELD = re.compile(r"\s*[A-Za-z][\w-]*\s*:.*")
MIN_COMMENT_FIELDS = 3
# A Markdown attribute list on a line of its own (kramdown's and Wiki.js' `{.is-info}`, `{: .note}`, Pandoc's
# `{#id .class key=value}`): it styles the block above, it is no text.
_ATTRIBUTE_LIST = re.compile(r"\{:?\s*(?:[.#][\w-]+|[\w-]+=\S+)(?:\s+(?:[.#][\w-]+|[\w-]+=\S+))*\s*\}")


def without_comment_header(raw_lines: list[str]) -> list[str]:
    """The lines without a wiki's page header in an HTML comment at their top; the lines as they are when none."""
    start = next((i for i, ln in enumerate(raw_lines) if ln.strip()), None)
    if start is None or not _COMMENT_OPEN.fullmatch(raw_lines[start]):
        return raw_lines
    end = next((j for j in range(start + 1, min(len(raw_lines), start + 40)) if _COMMENT_CLOSE.fullmatch(raw_lines[j])), None)
    if end is None:
        return raw_lines
    fields = [ln for ln in raw_lines[start + 1:end] if ln.strip()]
    if len(fields) < MIN_COMMENT_FIELDS or not all(_COMMENT_FIELD.fullmatch(ln) for ln in fields):
        return raw_lines
    return raw_lines[:start] + raw_lines[end + 1:]


def is_markdown(raw_lines: list[str], path: str) -> bool:
    """Whether a dump is Markdown: by its file name, or by the front matter a clip saved as `.txt` opens with."""
    if path.lower().endswith(MARKDOWN_SUFFIXES):
        return True
    return bool(raw_lines) and raw_lines[0].startswith("---") and len(front_matter(raw_lines)[0]) >= MIN_FRONT_MATTER_FIELDS


def extract_text(text: str, path: str = "") -> Extracted:
    """A dump's lines, with what its file name (`path`, relative to RAW) says about it."""
    if _CONJOINING_JAMO.search(text):  # a Mac's copy keeps Hangul decomposed into its letters ('ᄒ'+'ᅡ'+'ᆫ')
        text = unicodedata.normalize("NFC", text)
    text = strip_terminal_codes(text)
    raw_lines = side_by_side_columns(browser_dump_lines(forwarded_letter(without_app_metadata(
        without_comment_header(text.expandtabs(8).splitlines())))))
    fields: dict[str, object] = {}
    markdown = is_markdown(raw_lines, path)
    if markdown:
        fields, raw_lines = front_matter(raw_lines)
        raw_lines = without_templates("\n".join(raw_lines)).split("\n")
    lines = []
    for raw in raw_lines:
        line = plain(raw) if markdown else _IMAGE_LINK.sub("", raw).strip()
        if markdown and _ATTRIBUTE_LIST.fullmatch(line):
            continue
        if line:
            lines.append(line)
        elif lines and lines[-1] != "":
            lines.append("")  # keep paragraph breaks: the headline block ends at the first blank line
    while lines and lines[-1] == "":
        lines.pop()
    lines = without_reader_remarks(lines)
    authors = fields.get("authors") or []
    # a front-matter date the build cannot read is left to the rules, which then look for the text's own
    published, updated = (v if normalise(v) else None for v in (fields.get("published"), fields.get("updated")))
    return Extracted(body_lines=lines, extractor="text-dump", name_hints=name_hints(path) if path else None,
                     title=fields.get("title") or video_title(path), published=published, updated=updated,
                     authors=list(authors), url=fields.get("url"), outlet=fields.get("outlet"))
