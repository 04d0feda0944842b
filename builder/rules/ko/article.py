"""Korean article rules: bylines, dates, outlet, headline block and boilerplate.

The patterns live in article.toml; this module only applies them in order.
"""

from __future__ import annotations

import re

from builder.extract.model import Extracted
from builder.rules.tables import compile_all, compiled, load

RULES = load("ko", "article")
BOILERPLATE = compile_all(RULES["boilerplate_lines"], re.I)
END_MARKERS = compile_all(RULES["end_markers"], re.I)
OUTLET_FROM_COPYRIGHT = compile_all(RULES["outlet_from_copyright"], re.I)
CREDITS = compile_all(RULES["credit_fragments"])
BYLINES = [(b["name"], b["where"], compiled(b["pattern"]), b.get("strip", True)) for b in RULES["byline"]]
DATES = RULES["dates"]
DATETIME = compiled(DATES["datetime"])
PUBLISHED_LABEL = compiled(r"(?:%s)\s*[:：]?\s*" % "|".join(DATES["published_labels"]))
UPDATED_LABEL = compiled(r"(?:%s)\s*[:：]?\s*" % "|".join(DATES["updated_labels"]))
HEAD = RULES["headline_block"]
SENTENCE_END = compiled(HEAD["sentence_end"])
# Trailing photo credit of a caption line: '... 조원영 SW정책연구소 실장. 이성민 기자'
CAPTION_CREDIT = compiled(r"(?<=[.)\]])\s*(?:[가-힣]{2,8}\s+)?[가-힣]{2,4}\s*기자\s*$")
TAIL_LINES = 4
QUOTE_OR_TAG = ('"', "“", "'", "‘", "[", "<", "(")
# An end marker is a line of its own; a longer line is text that may merely end with a notice.
MAX_MARKER_LINE = 150
_TRAILING_COPYRIGHT = compiled(r"\s*[<\[(]?\s*(?:저작권자|Copyright|ⓒ|©)[^<>\[\]]{0,80}?(?:금지|reserved\.?)\s*[>\])]?\s*$", re.I)
MIN_ARTICLE_CHARS = RULES["min_article_chars"]
DEFAULT_OFFSET = DATES["utc_offset"]
# Korean outlets print local times without an offset: (zone name, offset) to assume.
DEFAULT_TIMEZONE = (DATES["timezone"], DATES["utc_offset"])


def is_boilerplate(line: str) -> bool:
    return any(p.search(line) for p in BOILERPLATE)


def is_end_marker(line: str) -> bool:
    return any(p.search(line) for p in END_MARKERS)


def outlet_from_copyright(lines: list[str]) -> str | None:
    for line in lines:
        for p in OUTLET_FROM_COPYRIGHT:
            m = p.search(line)
            if m and len(m.group(1)) >= 2:
                return m.group(1)
    return None


def _apply_byline(line: str, where: str, ex: Extracted) -> str | None:
    """Record any byline found in the line; return the line without it (None if nothing is left)."""
    for _name, place, pattern, strip in BYLINES:
        if place != where:
            continue
        m = pattern.search(line)
        if not m:
            continue
        for name in m.group("names").split():
            if name not in ex.authors:
                ex.authors.append(name)
        groups = m.groupdict()
        if groups.get("email") and groups["email"] not in ex.author_emails:
            ex.author_emails.append(groups["email"])
        if groups.get("outlet") and not ex.outlet:
            ex.outlet = groups["outlet"]
        if strip:
            rest = (line[: m.start()] + line[m.end():]).strip()
            return rest or None
        return line
    return line


def clean_authors(authors: list[str], outlet: str | None) -> list[str]:
    """'한국일보; 박준석 기자 외' → ['박준석']: drop outlet names, job words and '외'."""
    out = []
    for a in authors:
        a = re.sub(r"\s*(?:기자|특파원|선임기자|논설위원|객원기자|인턴기자)\b|\s+외$|^by\s+", "", a.strip(), flags=re.I).strip(" ,·")
        if not a or (outlet and (a in outlet or outlet in a)) or re.search(r"(?:일보|신문|뉴스|방송|경제|미디어)$", a):
            continue
        if a not in out:
            out.append(a)
    return out


def split_headline_block(lines: list[str], has_title: bool) -> tuple[str | None, list[str], list[str]]:
    """(title, subheadings, body lines): short non-sentence lines above the first paragraph."""
    head: list[str] = []
    i = 0
    while i < len(lines) and len(head) < HEAD["max_lines"]:
        line = lines[i]
        if line == "":
            if head:
                i += 1
                break
            i += 1
            continue
        if len(line) > HEAD["max_line_chars"] or SENTENCE_END.search(line):
            break
        head.append(line)
        i += 1
    body = [ln for ln in lines[i:] if ln != ""]
    if not body:
        return None, [], [ln for ln in lines if ln != ""]
    title = None
    # A text dump has no <title>: its first heading line is the headline when it reads like one;
    # one that opens with a quote mark or a tag ("'X' 패널토론", "[단독]") is a kicker and stays a subheading.
    if not has_title and len(head) >= 2 and len(head[0]) >= 15 and not head[0].startswith(QUOTE_OR_TAG):
        title, head = head[0], head[1:]
    return title, head, body


def find_dates(text: str) -> tuple[str | None, str | None]:
    """Labelled dates printed around the article ('입력 2025.10.28 10:15', '수정 …')."""
    published = updated = None
    for label, slot in ((PUBLISHED_LABEL, "p"), (UPDATED_LABEL, "u")):
        for m in label.finditer(text):
            d = DATETIME.match(text, m.end())
            if d:
                iso = _iso(d)
                if iso:
                    if slot == "p" and not published:
                        published = iso
                    elif slot == "u" and not updated:
                        updated = iso
                    break
    if not published:
        d = DATETIME.search(text)
        published = _iso(d) if d else None
    return published, updated


def _iso(m: re.Match) -> str | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m.group("H"):
        H = int(m.group("H"))
        if m.group("ampm") == "오후" and H < 12:
            H += 12
        return f"{y:04d}-{mo:02d}-{d:02d}T{H:02d}:{m.group('M')}:00{DEFAULT_OFFSET}"
    return f"{y:04d}-{mo:02d}-{d:02d}"


def refine(ex: Extracted) -> Extracted:
    """Clean a Korean page's extraction in place and return it."""
    lines = [ln for ln in ex.body_lines if ln == "" or not is_boilerplate(ln)]
    # Cut at the first end marker that follows some real text.
    # An end marker before any text is a stray line of furniture: dropped on its own.
    seen_text = 0
    kept: list[str] = []
    for i, line in enumerate(lines):
        if len(line) > MAX_MARKER_LINE:  # a paragraph that ends in a copyright notice keeps its text
            line = lines[i] = _strip_trailing_copyright(line)
        if line and len(line) <= MAX_MARKER_LINE and is_end_marker(line):
            if seen_text:
                ex.tail_lines = lines[i:]
                break
            continue
        if line and len(line) > 40:
            seen_text += 1
        kept.append(line)
    lines = kept
    # Bylines at the head (wire datelines) and at the tail (reporter, e-mail).
    for i in range(min(HEAD["max_lines"] + 3, len(lines))):
        if lines[i]:
            lines[i] = _apply_byline(lines[i], "head", ex) or ""
    nonblank = [i for i, ln in enumerate(lines) if ln]
    for i in nonblank[-TAIL_LINES:]:
        if len(lines[i]) <= 80:
            lines[i] = _apply_byline(lines[i], "tail", ex) or ""
    for line in ex.tail_lines[:6]:
        _apply_byline(line, "tail", ex)
    lines = [CAPTION_CREDIT.sub("", ln) if len(ln) > 80 else ln for ln in lines]
    lines = [_strip_credits(ln) for ln in lines]
    title, subheadings, body = split_headline_block(lines, has_title=bool(ex.title))
    ex.title = ex.title or title
    ex.subheadings = [_unquote(h) for h in ex.subheadings or subheadings]
    ex.body_lines = body
    if not ex.outlet:
        ex.outlet = outlet_from_copyright(ex.tail_lines + body[-3:])
    ex.authors = clean_authors(ex.authors, ex.outlet)
    if not ex.published or len(ex.published) <= 10 or not ex.updated:
        published, updated = find_dates(ex.header_text)
        # a page time on the same day is more precise than a date-only metadata value
        if published and (not ex.published or (len(ex.published) <= 10 and published.startswith(ex.published))):
            ex.published = published
        ex.updated = ex.updated or updated
    return ex


def _strip_trailing_copyright(line: str) -> str:
    return _TRAILING_COPYRIGHT.sub("", line)


def _unquote(line: str) -> str:
    """A sub-headline in double quotes is a quotation used as a heading: keep the words."""
    m = re.fullmatch(r'["“](.+)["”]', line)
    return m.group(1) if m and '"' not in m.group(1) and "“" not in m.group(1) else line


def _strip_credits(line: str) -> str:
    if not line:
        return line
    for p in CREDITS:
        line = p.sub("", line)
    return line.strip()
