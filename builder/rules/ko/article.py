"""Korean article rules: bylines, dates, outlet, headline block and boilerplate.

The patterns live in article.toml; this module only applies them in order.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache

from lxml import etree

from builder import dates
from builder.extract.authors import split_joined_names, tidy_authors
from builder.extract.html import clean_title, without_outlet_part
from builder.extract.metadata import meta_tags
from builder.extract.model import MAX_PAGE_TEXT_NODES, Extracted
from builder.rules.ko import morph
from builder.rules.ko.columns import unwrapped, without_running_heads
from builder.rules.ko.person import (CAPTION_LINE, INTERVIEW, TITLES as PERSON_TITLES, caption_names_person,
                                     caption_person, is_korean_name)
from builder.rules.tables import alternation, compile_all, compiled, load

RULES = load("ko", "article")
OUTLETS = load("ko", "outlets")
# '{reporter}' in a pattern of the table stands for the titles a byline gives the writer.
REPORTER = alternation(RULES["reporter_titles"])
REPORTER_TITLES = frozenset(RULES["reporter_titles"])


# '{outlet_ending}' stands for the last words of outlets' names ('일보', '뉴스', …).
OUTLET_ENDING = alternation(RULES["makers"]["outlet_name_endings"])


# '{end_mark}' stands for a story's closing mark ('(끝)', '/끝/'); '{label_separator}' for what follows a byline's label.
END_MARK = RULES["end_mark"]
LABEL_SEPARATOR = RULES["makers"]["label_separator"]


def _expand(pattern: str) -> str:
    return pattern.replace("{reporter}", REPORTER).replace("{outlet_ending}", OUTLET_ENDING) \
        .replace("{end_mark}", END_MARK).replace("{label_separator}", LABEL_SEPARATOR)


BOILERPLATE = compile_all([_expand(p) for p in RULES["boilerplate_lines"]], re.I)
CLOSING_LINE = compiled(_expand(RULES["closing_line"]), re.I)
PRESS_CONTACT_HEADING = compiled(RULES["press_contact_heading"])
END_MARKERS = compile_all([_expand(p) for p in RULES["end_markers"]], re.I) + [CLOSING_LINE, PRESS_CONTACT_HEADING]
OUTLET_FROM_COPYRIGHT = compile_all(RULES["outlet_from_copyright"], re.I)
CREDITS = compile_all([_expand(p) for p in RULES["credit_fragments"]])
BYLINES = [(b["name"], where, compiled(_expand(b["pattern"])), b.get("strip", True)) for b in RULES["byline"]
           for where in ([b["where"]] if isinstance(b["where"], str) else b["where"])]
DATES = RULES["dates"]
DATETIME = compiled(DATES["datetime"])
SHORT_YEAR_DATETIME = compiled(DATES["short_year_datetime"])
MONTH_FIRST_DATETIME = compiled(DATES["month_first_datetime"])
ENGLISH_MONTH_DATETIMES = (compiled(DATES["english_month_datetime"]), compiled(DATES["english_day_first_datetime"]))
PUBLISHED_LABEL = compiled(r"(?:%s)\s*[:：]?\s*" % "|".join(DATES["published_labels"]))
UPDATED_LABEL = compiled(r"(?:%s)\s*[:：]?\s*" % "|".join(DATES["updated_labels"]))
BYLINE_DATE = compiled(_expand(DATES["byline_prefix"]) + "(?:" + DATES["datetime"] + ")")
# '홍길동 기자 2023.11.01 09:33', '모아일보 홍길동 기자 | 승인 2023.11.01 09:33' (an outlet only before a reporter).
# Labels before a byline's name ('기자명', '글', 'by'); '·' in one may have spaces around it.
_BYLINE_LABEL = "|".join(r"\s*·\s*".join(map(re.escape, w.split("·")))
                         for w in sorted(RULES["makers"]["byline_labels"], key=len, reverse=True))
_PUBLISHED = "|".join(DATES["published_labels"])
# Further dates a byline may print after the first, each with its label ('… | 수정 2023.11.01 10:02').
_MORE_DATES = r"(?:(?:\s*[|｜ㅣ·/]\s*|\s+)(?:%s|%s)\s*[:：]?\s*(?:%s))*" % (
    _PUBLISHED, "|".join(DATES["updated_labels"]), DATES["datetime"].replace("?P<", "?P<more_"))
# '글 홍길동 / 사진 김철수 | 2023년 11월 1일(수)': a writer's label before the name, a photographer's credit after it.
BYLINE_NODE = compiled(r"(?:(?:%s)\s*%s?\s*)?(?:[가-힣A-Za-z]{2,12}\s+(?=[가-힣]{2,4}\s*(?:기자|특파원)))?"
                       r"(?P<who>[가-힣]{2,4})(?:\s*(?:%s)(?:\s*[\[(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])]?)?)?"
                       r"(?:\s*[/|·,]\s*(?:사진|촬영|디자인|그래픽|일러스트)\s*[:=：]?\s*[가-힣]{2,4}(?:\s*기자)?)?"
                       r"\s*[|｜ㅣ·/]?\s*(?:(?:%s)\s*[:：]?\s*)?(?:%s)%s" % (_BYLINE_LABEL, LABEL_SEPARATOR, REPORTER, _PUBLISHED,
                                                                         DATES["datetime"], _MORE_DATES), re.I)
# '기사입력 2023/11/01 [09:33] 홍길동 기자', '입력 2023.11.01 09:33 | 수정 2023.11.01 10:02 기자명 홍길동 기자':
# the dates first, the reporter after them, perhaps under a label.
# The name under its label needs no title ('… | 기자명 : 홍길동'); a photographer's credit may follow ('· 사진 김철수 기자').
DATE_THEN_REPORTER = compiled(r"(?:(?:%s)\s*[:：]?\s*)?(?:%s)%s\s*[|｜ㅣ·/]?\s*(?:(?:(?:%s)\s*%s?\s*)?(?P<who>[가-힣]{2,4})\s*(?:%s)"
                              r"|(?:%s)\s*%s?\s*(?P<labelled>[가-힣]{2,4}))"
                              r"(?:\s*[/|·,]\s*(?:사진|촬영|디자인|그래픽|일러스트)\s*[:=：]?\s*[가-힣]{2,4}(?:\s*기자)?)?" % (
    _PUBLISHED, DATES["datetime"], _MORE_DATES, _BYLINE_LABEL, LABEL_SEPARATOR, REPORTER, _BYLINE_LABEL, LABEL_SEPARATOR), re.I)
# A reporter's name and a date in two elements side by side ('<span>홍길동 기자</span><span>2023.11.01 09:33</span>',
# '<li>홍길동 기자</li><li>승인 2023.11.01 09:33</li>').
# The name may stand under a byline's label instead ('<li>기자명 홍길동</li><li>입력 2023.11.01 09:33</li>').
REPORTER_NODE = compiled(r"(?:(?:%s)\s*%s?\s*)?(?P<who>[가-힣]{2,4})\s*(?:%s)|(?:%s)(?:\s*%s\s*|\s+)(?P<labelled>[가-힣]{2,4})" % (
    _BYLINE_LABEL, LABEL_SEPARATOR, REPORTER, _BYLINE_LABEL, LABEL_SEPARATOR), re.I)  # a label is a word of its own
MAX_BYLINE_NODE = 80
# How far down a page's text its byline (and its headline) is looked for.
MAX_HEAD_NODES = 60
# '입력 2023.11.01 09:33 수정 2023.11.01 10:02': a line of labelled dates only, perhaps with the issue's number after them
# ('발행일 : 2023년 11월 1일 (제488호)').
LABELLED_DATE_LINE = compiled(r"(?:(?:%s|%s)\s*[:：]?\s*(?:%s)(?:\s*[|｜ㅣ·/]\s*|\s+|$))+(?:[(\[]?\s*(?:%s)\s*[)\]]?)?" % (
    "|".join(DATES["published_labels"]), "|".join(DATES["updated_labels"]), DATES["datetime"].replace("?P<", "?P<x"),
    DATES["issue_mark"]))
NOT_REPORTERS = frozenset(DATES["not_reporters"])
ORIGINAL_PRESS = compile_all(RULES["original_press"], re.I | re.M)
CONTACT_WORDS = compiled("|".join(map(re.escape, RULES["contact_words"])), re.I)
EMAIL = compiled(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NEWSROOM_MAILBOXES = frozenset(RULES["newsroom_mailboxes"])


def newsroom_mailbox(address: str) -> bool:
    """Whether an address is a newsroom's shared box ('jebo@moa.example', 'newsletter@…'), no reporter's."""
    return address.split("@", 1)[0].lower() in _NEWSROOM_MAILBOXES
HEAD = RULES["headline_block"]
SENTENCE_END = compiled(HEAD["sentence_end"])
# A sentence that ends and another that follows on the same line ('… 별세했다. 향년 89세.'): a paragraph, no heading.
SENTENCE_INSIDE = compiled(HEAD["sentence_end"].rstrip("$") + r"\s+\S")
# Trailing photo credit of a caption line: '... 한지윤 라온정책연구소 실장. 오태경 기자'
CAPTION_CREDIT = compiled(r"(?<=[.)\]])\s*/?\s*(?:[가-힣]{2,8}\s+)?[가-힣]{2,4}\s*기자\s*$")  # '… 밝혔다. /홍길동 기자' too
# A photo's credit closing its caption: '… 훼손지. ⓒ모아의소리', '… 2025.7.14/모아뉴스 ⓒ MoaNews 홍길동 기자'.
CAPTION_COPYRIGHT = compiled(r"(?<=[.)\]\d가-힣])\s+(?:ⓒ|©)\s*[가-힣A-Za-z0-9]{2,12}(?:\s+(?P<who>[가-힣]{2,4})\s*기자)?\s*$")
TAIL_LINES = 4
# the lines after the end of the text where its reporter may still sign: a short box of headlines
# and the copyright line may come first ('실시간 인기' / two headlines / 'ⓒ 모아뉴스' / '홍길동 기자 hong@…')
MAX_SIGNOFF_BELOW_END = 6
# A dump's last lines where a row signs it with the outlet's name ('모아포스트 | 입력 2023.11.01 15:30').
FOOT_ROW_LINES = 2
# A body line this long that the <title> begins or ends with is the headline shown on the page.
MIN_SHOWN_HEADLINE = 15
QUOTE_OR_TAG = ('"', "“", "'", "‘", "[", "<", "(")
# An end marker is a line of its own; a longer line is text that may merely end with a notice.
MAX_MARKER_LINE = 150
_TRAILING_COPYRIGHT = compiled(r"\s*[<\[(]?\s*(?:저작권자|Copyright|ⓒ|©)[^<>\[\]]{0,80}?(?:금지|reserved\.?)\s*[>\])]?\s*$", re.I)
MIN_ARTICLE_CHARS = RULES["min_article_chars"]
MAKERS = RULES["makers"]
_ROLE = alternation(MAKERS["credit_roles"])
# A line of credits and nothing else: '촬영기자:홍길동 김철수/영상편집:박서윤', '[영상취재: 홍길동]',
# '촬영기자 홍길동 / 영상편집 김철수'.
_NAMES = r"[가-힣A-Za-z]{2,10}(?:[\s,·]+[가-힣A-Za-z]{2,10})*"
# A line of a page's buttons and links only ('인쇄하기 이메일보내기 목록보기'); the spaces in a button's name are optional.
_BUTTON = "(?:%s)(?:\\s*하기)?" % "|".join(r"\s*".join(map(re.escape, b.split()))
                                      for b in sorted(RULES["page_buttons"], key=len, reverse=True))
_COUNT = r"(?:\s*\d[\d,]*|\s*[+\-＋－](?:\s*[+\-＋－])?)?"  # a button may show its counter ('댓글 0', '추천 12'):
# a digit, so no second run of spaces; or a size toggle its sign ('글자크기 +', '글자 + -')
# (each button perhaps boxed as a dump shows it: '[프린트] [메일] [스크랩] 가 가', '[ 페이스북 ] [ 엑스 ] [ URL 복사 ]')
_BOXED_BUTTON = r"(?:[\[【〔<(]\s*(?:%s)%s\s*[\]】〕>)]|(?:%s)%s)" % (_BUTTON, _COUNT, _BUTTON, _COUNT)
# (the row perhaps a table's, as a text extraction writes it: '| 인쇄 | 스크랩 | 메일보내기 | 글자크기 + |')
BUTTON_LINE = compiled(r"(?:[|｜]\s*)?%s(?:(?:\s*[|·/｜]\s*|\s+|(?<=[\]】〕>)])(?=[\[【〔<(]))%s)*(?:\s*[|｜])?"
                       % (_BOXED_BUTTON, _BOXED_BUTTON), re.I)
CREDIT_LINE = compiled(r"[\[(]?\s*(?:(?:(?:%s)\s*[:：]\s*%s\s*[/|,]?\s*)+|(?:%s)\s+%s(?:\s*[/|]\s*(?:%s)\s+%s)+)\s*[\])]?"
                       % (_ROLE, _NAMES, _ROLE, _NAMES, _ROLE, _NAMES))
OUTLET_NAME_ENDINGS = tuple(MAKERS["outlet_name_endings"])
SECTION_TAGS = frozenset(MAKERS["section_tags"])
# A button's label: a verbal noun and the nominal '-하기' ('구독하기', '응원하기', '공유하기'), printed beside the
# reporter's name and its link ('후원하기 기자의 글 더 보기'); no name ends so.
BUTTON_LABEL = compiled(r"[가-힣]{2,}하기")
BULLETIN_TAGS = frozenset(MAKERS["bulletin_tags"])
NOT_AUTHOR_WORDS = frozenset(MAKERS["not_author_words"]) | frozenset(DATES["published_labels"]) | frozenset(DATES["updated_labels"])
# A reporter named inside a longer author field: '[별빛연예 | 홍길동 기자] 기사입력', '도쿄=홍길동 특파원 ·'.
REPORTER_IN_FIELD = compiled(r"(?<![가-힣])((?:[가-힣]{2,4}\s*[·,/]\s*)*[가-힣]{2,4})\s*(?:%s)(?![가-힣])" % REPORTER)
MAX_SITE_NAME_CHARS = MAKERS["max_site_name_chars"]
# Titles a column's writer signs with: a person's titles, less the ones of a newsroom ('기자' is a byline's).
_WRITER_TITLES = tuple(sorted((t for t in PERSON_TITLES | frozenset(MAKERS["writer_titles"]) if len(t) >= 2 and t != "기자"),
                              key=len, reverse=True))
DEFAULT_OFFSET = DATES["utc_offset"]
# Korean outlets print local times without an offset: (zone name, offset) to assume.
DEFAULT_TIMEZONE = (DATES["timezone"], DATES["utc_offset"])


# The page's text when it has no <body> (a fragment that lxml parsed without one).
# (Scripts, styles and titles hold no elements, so testing a text node's parent is enough, and cheap.)
_ALL_TEXT = etree.XPath("//*[not(self::script or self::style or self::noscript or self::title)]/text()",
                        smart_strings=False)
_HEADINGS = (etree.XPath("//h1"), etree.XPath("//h2|//h3"))
_FURNITURE = {"nav", "header", "footer", "aside"}
_LOGO_HINT = compiled("|".join(map(re.escape, RULES["original_press_logo"])), re.I)
# Second-level labels of .kr domains that belong to no outlet (government, schools, organisations).
_NON_PRESS_SLD = {"go", "ac", "or", "re", "mil", "hs", "ms", "es", "kg", "sc"}
_KR_SLD = {"co", "ne", "pe"} | _NON_PRESS_SLD


_SPACE_RUN = re.compile(r"\s+")  # compiled once: _key is asked of every word of a menu line (re.sub looks it up each call)


def _key(name: str) -> str:
    return _SPACE_RUN.sub("", name).lower()


_OUTLET_NAMES = {_key(alias): o["name"] for o in OUTLETS["outlets"] for alias in [o["name"], *o["aliases"]]}
_OUTLET_DOMAINS = {d: o["name"] for o in OUTLETS["outlets"] for d in o["domains"]}
_PORTALS = {_key(p) for p in OUTLETS["portals"]}
_PORTAL_DOMAINS = set(OUTLETS["portal_domains"])


# A copyright sign before a site's name (a copyright meta read as the site's name: 'ⓒ 모아일보', 'Copyright © 모아일보').
# The years the notice gives after its sign are no part of the name either ('Copyright 2013 모아뉴스', 'ⓒ 2010-2026 모아뉴스').
_LEADING_COPYRIGHT = compiled(r"^(?:Copyright\s*)?(?:[ⓒⒸ©]|\([cC]\))?\s*"
                              r"(?:(?<=\S\s)(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)?\d{2,4})?\b[\s.,]*|(?<=[ⓒⒸ©)])(?:19|20)\d{2}\b\s*)?(?=\S)", re.I)


def canonical_outlet(name: str | None) -> str | None:
    """One outlet, one name: '매일방송' and 'MBN뉴스' are MBN; an outlet not in the table keeps its name; a copyright
    sign is no part of it."""
    if not name:
        return name
    name = _LEADING_COPYRIGHT.sub("", name.strip()) or name
    name = _RIGHTS_TAIL.sub("", name) or name  # 'ⓒ 모아일보 All rights reserved.': a copyright meta's whole notice
    if (m := _NAME_THEN_TAGLINE.fullmatch(name)) and m.group("name").endswith(OUTLET_NAME_ENDINGS):
        name = m.group("name")  # '모아일보 - 세상을 밝히는 신문': the site's name, then its slogan
    name = _SITE_VERSION_TAIL.sub("", name) or name  # '모아일보 모바일', '모아일보 인쇄하기': the page's view, not the name
    return _OUTLET_NAMES.get(_key(name), name)


_SITE_VERSION_TAIL = compiled(r"\s+[-|]?\s*(?:%s)\s*$" % alternation(MAKERS["site_version_words"]), re.I)


# What follows a site's name in a copyright notice read as the name ('… All rights reserved.', '… 무단 전재 금지').
_RIGHTS_TAIL = compiled(r"[\s.,]*(?:All\s+rights\s+reserved|무단\s*(?:전재|복제|배포)).*$", re.I)
# A site's name with its slogan after a separator ('모아일보 - 세상을 밝히는 신문', '모아뉴스 | 지역의 목소리').
_NAME_THEN_TAGLINE = compiled(r"(?P<name>[^|:\-–—―ㅣ]{2,20}?)\s+[|:\-–—―ㅣ]\s+\S.*")


# '더 리포트 THE REPORT': a site's Korean name with its Latin rendering after it.
_HANGUL_SYLLABLE = compiled(r"[가-힣]")
_HANGUL_THEN_LATIN = compiled(r"([가-힣][가-힣0-9 ]*?)\s+([A-Za-z][A-Za-z0-9 .&'’-]*)")
MIN_LATIN_RENDERING = 4


def hangul_site_name(name: str | None) -> str | None:
    """The Korean name of a site name that prints both ('코리아 그린 리포트 Korea Green Report'); a short
    Latin word is part of the name ('한빛경제 TV')."""
    name = _COMPANY_FORM.sub("", name).strip() or name if name else name  # '(주)모아뉴스': the firm, not the title
    m = _HANGUL_THEN_LATIN.fullmatch(name or "")
    if m and len(m.group(2).replace(" ", "")) >= MIN_LATIN_RENDERING:
        return m.group(1).strip()
    return name


_COMPANY_FORM = compiled(r"^\s*(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)\s*$")


def domain_label(host: str) -> str | None:
    """The registrable label of a host: 'hankyung' of news.hankyung.com, 'kbs' of kbs.co.kr."""
    parts = [p for p in host.lower().strip(".").split(".") if p]
    if len(parts) >= 3 and parts[-1] == "kr" and parts[-2] in _KR_SLD:
        return None if parts[-2] in _NON_PRESS_SLD else parts[-3]
    return parts[-2] if len(parts) >= 2 else None


def outlet_from_emails(emails: list[str]) -> str | None:
    """The outlet whose domain the reporter's e-mail address is on."""
    for e in emails:
        label = domain_label(e.rsplit("@", 1)[-1])
        if label in _OUTLET_DOMAINS:
            return _OUTLET_DOMAINS[label]
    return None


def outlet_from_labels(labels: tuple[str, ...]) -> str | None:
    """The outlet a dump's file name starts with ('lawtimes_…' → 법률신문), by the table's domain labels.

    Only the first word counts: that is where a site's name goes in a saved file's name, while a
    later word may be any word of a slug."""
    return _OUTLET_DOMAINS.get(labels[0]) if labels else None


def is_portal(outlet: str | None, url: str | None) -> bool:
    if outlet and _key(outlet) in _PORTALS:
        return True
    host = re.match(r"(?:https?:)?//([^/:]+)", url or "")
    return bool(host) and domain_label(host.group(1)) in _PORTAL_DOMAINS


def page_nodes(ex: Extracted) -> list[str]:
    """The page's visible text nodes, also of a page parsed without a <body> (all text outside the head)."""
    if ex.page_tree is None:
        return []
    return [joined_year(plain_byline(t.strip())) for t in _ALL_TEXT(ex.page_tree)[:MAX_PAGE_TEXT_NODES] if t.strip()]


def _open_quotation(text: str) -> bool:
    """A text whose last double quotation mark opens a quotation it does not close."""
    marks = [c for c in text if c in '"“”']
    return bool(marks) and (marks[-1] == "“" or (marks[-1] == '"' and marks.count('"') % 2 == 1))


# An extraction of this few lines this long, among no more than this many lines in all (a menu row, a date, a footer
# row beside them), may have flattened a table cell's blocks into one line.
MAX_FLATTENED_LINES = 2
MAX_FLATTENED_EXTRACTION = 8
MIN_FLATTENED_CHARS = 300
_BLOCK_TAGS = frozenset({"div", "p", "td", "th", "tr", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                         "ul", "ol", "dl", "section", "article", "header", "footer", "blockquote", "center", "br"})
_TEXTS = etree.XPath("//body//text()")


def block_lines(line: str, tree) -> list[str]:
    """A long line that is the text of several of the page's blocks run together (a table cell's headline, byline,
    paragraphs parted by <br>, copyright and related links, extracted as one line): the line parted where the
    page parts its blocks. A line the page's text does not compose is kept whole."""
    one = " ".join(line.split())
    if len(one) < MIN_FLATTENED_CHARS:
        return [line]
    pieces: list[str] = []
    block = None
    for t in _TEXTS(tree):
        el = t.getparent()
        if el is None or el.tag in ("script", "style", "title"):
            continue
        # the block a text belongs to: its element's nearest block (for a tail, its element's parent's)
        start = el.getparent() if t.is_tail else el
        here = next((a for a in ([start] if start is not None else []) + list(start.iterancestors() if start is not None else [])
                     if a.tag in _BLOCK_TAGS), None)
        breaks = here is not block or (t.is_tail and el.tag in _BLOCK_TAGS) \
            or (not t.is_tail and (before := el.getprevious()) is not None and before.tag == "br")  # '<br><font>…'
        block = here
        if breaks or not pieces:
            pieces.append([str(t)])
        else:
            pieces[-1].append(str(t))
    out: list[str] = []
    pos = 0
    for fragments in pieces:
        # the block's texts joined with a space between elements, or run on as written ('<a>수신거부</a>를')
        spaced, run_on = (" ".join(glue.join(fragments).split()) for glue in (" ", ""))
        if not spaced:
            continue
        piece = run_on if not one.startswith(spaced, pos) and one.startswith(run_on, pos) else spaced
        while pos < len(one) and one[pos] in _CELL_BARS and not one.startswith(piece, pos):
            pos += 1  # the bars an extractor draws between a layout table's cells ('| headline … | sidebar |')
            piece = run_on if not one.startswith(spaced, pos) and one.startswith(run_on, pos) else spaced
        if one.startswith(piece, pos):
            if out and _open_quotation(out[-1]):
                out[-1] += " " + piece  # a break inside an open quotation is the layout's, not the text's
            else:
                out.append(piece)
            pos += len(piece)
            while pos < len(one) and one[pos] == " ":
                pos += 1
        elif out:
            break
    while pos < len(one) and one[pos] in _CELL_BARS:
        pos += 1
    return out if pos == len(one) and len(out) > 1 else [line]


_CELL_BARS = " |"
# A box's heading is a few words ('지역 주요뉴스', '이 시각 많이 본 기사').
MAX_BOX_HEADING_WORDS = 4
_HEADING_CELLS = etree.XPath("//body//*[self::b or self::strong or self::h2 or self::h3 or self::h4 or self::h5 "
                             "or self::dt or self::th or self::span or self::em or self::p or self::div]")


def box_heading_run_on(line: str, tree) -> str | None:
    """The heading of a box of other stories run on with the box's headlines as one line ('지역 주요뉴스 헤드라인 …'
    from '<td><b>지역 주요뉴스</b><br>헤드라인<br>…</td>'): the heading alone, an element of its own on the page, so
    that it ends the text as its box does. None for any other line."""
    words = line.split()
    for n in range(min(MAX_BOX_HEADING_WORDS, len(words) - 1), 0, -1):
        heading = " ".join(words[:n])
        rest = " ".join(words[n:])
        if SENTENCE_END.search(rest) or EMAIL.search(rest) or DATETIME.search(rest):
            continue
        if is_end_marker(heading) and any(" ".join(el.text_content().split()) == heading for el in _HEADING_CELLS(tree)):
            return heading
    return None


def boxes_run_on(lines: list[str], tree) -> list[str]:
    """The lines with each box run on with its headlines cut to its heading (`box_heading_run_on`), once the article's
    text has begun: a most-read box the extractor kept above the text is trimmed with the page's top, and cutting the
    text at its heading would leave none of the article."""
    start = next((i for i, ln in enumerate(lines) if SENTENCE_END.search(ln)), len(lines))
    return lines[:start + 1] + [box_heading_run_on(ln, tree) or ln for ln in lines[start + 1:]]


_SPLIT_YEAR = compiled(DATES["split_year_date"])
_YEAR_BEFORE_DATE = compiled(DATES["year_before_date"])
_WEEKDAYS = "월화수목금토일"


def clock_hour(hour: int, half: str | None) -> int:
    """A 12-hour clock's hour on the 24-hour clock: '오후 3' is 15, and '오전 12:10' (or '12:10 a.m.') ten past midnight."""
    half = (half or "").replace(".", "").lower()
    if half in ("오후", "pm") and hour < 12:
        return hour + 12
    if half in ("오전", "am") and hour == 12:
        return 0
    return hour


def _year_before_date(m: re.Match) -> str | None:
    """'2026 | 12월 14일(월) 오전 6시' → '2026.12.14 (월) 06:00', or None when no such day is that weekday."""
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if _WEEKDAYS[day.weekday()] != m.group("wd"):
        return None
    when = f"{day.year}.{day.month}.{day.day} ({m.group('wd')})"
    if m.group("H") is None:
        return when
    hour = clock_hour(int(m.group("H")), m.group("ampm"))
    minute = int(m.group("M") or m.group("Mk") or 0)
    return f"{when} {hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


_ERA_YEARS: dict[str, int] = DATES["era_years"]
_ERA_YEAR = compiled(r"(?P<era>%s)\s*(?P<y>\d{4})\s*년(?:\s*[(\[]\s*(?:서기|西紀)?\s*(?P<common>\d{4})\s*년?\s*[)\]])?"
                     % "|".join(map(re.escape, _ERA_YEARS)))
_LUNAR_DATE = compiled(DATES["lunar_date"])


def common_era_year(line: str) -> str:
    """A dateline counted in another era, in the Common one: '단기 4359년 (서기 2026년) 11월 7일 · 음력 9월 29일' →
    '2026년 11월 7일'. The year in brackets, when given, is the one taken."""
    def common(m: re.Match) -> str:
        return f"{m.group('common') or int(m.group('y')) - _ERA_YEARS[m.group('era')]}년"
    return _LUNAR_DATE.sub("", _ERA_YEAR.sub(common, line))


_EMPHASIS_MARK = "|".join(re.escape(m) for m in RULES["emphasis_marks"])
# A run wrapped in the same mark on both sides, the mark glued to neither a space inside nor a word outside.
_EMPHASIZED = re.compile(rf"(?<![\w*_'/:])(?P<mark>{_EMPHASIS_MARK})(?=[^\s*_'/])(?P<run>[^*_'/\n]{{1,40}}?)(?<=[^\s*_'/])"
                         rf"(?P=mark)(?![\w*_'/])")
_NAMES_REPORTER = compiled(rf"[가-힣]{{2,4}}\s*(?:{REPORTER})(?![가-힣])")


def plain_byline(line: str) -> str:
    """A byline line without a light markup's emphasis: '**모아일보** · 홍길동 기자' → '모아일보 · 홍길동 기자'. Only a
    short line naming a reporter's title is read (prose keeps its marks)."""
    if len(line) > MAX_BYLINE_NODE or not _NAMES_REPORTER.search(line) or not _EMPHASIZED.search(line):
        return line
    return _EMPHASIZED.sub(lambda m: m.group("run"), line)


def joined_year(line: str) -> str:
    """A row's date with its year in the next cell, written whole: '홍길동 기자 | 4.15(화) 09:30 | 2025년' →
    '홍길동 기자 | 2025.4.15 (화) 09:30'. Only a short line (a byline row) is read; an era's year is made Common."""
    if len(line) <= MAX_BYLINE_NODE and _ERA_YEAR.search(line):
        line = common_era_year(line)
    if len(line) <= MAX_BYLINE_NODE and (y := _YEAR_BEFORE_DATE.search(line)) and (when := _year_before_date(y)):
        return line[:y.start()] + when + line[y.end():]
    if len(line) > MAX_BYLINE_NODE or not (m := _SPLIT_YEAR.search(line)):
        return line
    when = f"{m.group('y')}.{m.group('m')}.{m.group('d')} {m.group('wd')}" + (f" {m.group('time')}" if m.group("time") else "")
    return line[:m.start()] + when + line[m.end():]


# A labelled date in brackets before the reporter ('[입력일: 2023년 11월 1일 09시 33분] 홍길동 기자'): read without them.
_BRACKETED_DATE = compiled(r"^[\[(【]\s*(?P<date>(?:%s)\s*[:：]?\s*(?:%s))\s*[\])】]" % (_PUBLISHED, DATES["datetime"].replace("?P<", "?P<b")))


def unbracketed_date(text: str) -> str:
    return _BRACKETED_DATE.sub(lambda m: m.group("date"), text, count=1)


def byline_node(nodes: list[str]) -> tuple[str | None, str | None]:
    """(reporter, date) of a page element that holds just the two: '홍길동 기자  2023. 11. 1. 09:33'."""
    nodes = [unbracketed_date(n.strip()) for n in nodes]
    for i, node in enumerate(nodes):
        one = " ".join(node.split())
        if len(one) <= MAX_BYLINE_NODE and (row := dateline_row(node)) and row[1] and row[2]:
            return row[2], row[1]  # a header row in one element ('[모아일보] 2023년 11월 1일 | 경제부 홍길동 기자')
        if len(one) <= MAX_BYLINE_NODE and (m := BYLINE_NODE.fullmatch(one) or DATE_THEN_REPORTER.fullmatch(one)):
            who = m.group("who") or m.groupdict().get("labelled")
            if PUBLISHED_LABEL.match(who) or UPDATED_LABEL.match(who) or who in NOT_REPORTERS:
                continue  # '입력 2023.11.01', '송고 …': a labelled date, not a byline
            if _section_beside_date(who, one):
                continue
            return who, _iso(m)
        if who := node_credit(nodes, i):
            # the date after the reporter or before it, the nearest first, past an update's date
            for j in (i + 1, i - 1, i + 2, i - 2):
                if 0 <= j < len(nodes) and not _other_label_cell(nodes, j) and (d := _date_node(" ".join(nodes[j].split()))):
                    return who, _iso(d)
    return None, None


_LABEL_WORD = compiled(r"(?P<word>[가-힣]{2,4})\s*[:：]?")


# What stands between two reporters' credits on one byline: a joiner or a bar ('홍길동 기자 · 김철수 기자', '홍길동 기자ㅣ
# 김철수 기자'), perhaps with the next one's share of the writing ('취재 홍길동 기자 / 정리 김철수 기자').
_CO_CREDIT_GAP = compiled(r"\s*(?:[·ㆍ,/|｜ㅣ]\s*)?(?:(?:%s)\s*[:=：]?\s*)?" % alternation(RULES["credits"]["co_writer_roles"]))


def handles_only(authors: list[str], who: str) -> bool:
    """Whether every author found so far is what the authors' tidying drops beside the byline's Korean name: a lone
    Latin word ('R' cut from a byline cell's 'r3365@…', a handle), so the byline's name is the writer, not none."""
    return bool(authors) and not set(authors) & set(tidy_authors([*authors, who]))


def co_reporters(who: str, nodes: list[str]) -> list[str]:
    """The reporters a byline names beside the one read from it ('홍길동·김철수 기자', '홍길동, 김철수 기자 입력 …',
    '홍길동 기자 · 김철수 기자', '홍길동 기자ㅣ김철수 기자', '취재 홍길동 기자 / 정리 김철수 기자'): a story written by two
    signs with both names joined before the one title, or each name with its title, the credits joined."""
    for node in nodes:
        one = " ".join(node.split())
        if len(one) > MAX_BYLINE_NODE or _OTHER_WORK_CREDIT.search(one):
            continue  # (a host's, an editor's credit beside the writer's: '대담=홍길동 논설위원, 정리=김철수 기자')
        names: list[str] = []
        end = None
        for m in REPORTER_IN_FIELD.finditer(one):
            if names and not (_CO_CREDIT_GAP.fullmatch(gap := one[end:m.start()]) and gap.strip()):
                break  # (another credit further on the line: a photographer's, an editor's)
            names += split_joined_names(m.group(1))
            end = m.end()
        if len(names) > 1 and names[0] == who and all(is_korean_name(n) for n in names):
            return names[1:]
    return []


def _other_label_cell(nodes: list[str], j: int) -> bool:
    """A date in the cell after a label cell that names another date than the article's ('<dt>업로드</dt><dd>…</dd>',
    '<dt>수정</dt>'); a press's or a reporter's name before the date is no label."""
    label = " ".join(nodes[j - 1].split()) if j > 0 else ""
    return bool(m := _LABEL_WORD.fullmatch(label)) and not PUBLISHED_LABEL.fullmatch(label) \
        and not looks_like_outlet(m.group("word")) and not is_korean_name(m.group("word"))


# How many page elements from the headline a date alone may stand and still be the article's.
MAX_DATE_FROM_HEADLINE = 2


def date_beside_headline(nodes: list[str], title: str | None) -> str | None:
    """The date of an element that holds a date and nothing else right above or under the headline
    ('<td class="date">2025年3月4日 (火)</td>' over the headline's cell), or a date beside the press that prints it
    ('<td>[모아일보] 2025-03-04 15:05</td>', '모아일보 | 2025.03.04') or its counter and desk between bars: the
    article's, though no label says so."""
    at = next((i for i, n in enumerate(nodes[:MAX_HEAD_NODES]) if title and _same(n, title)), None)
    if at is None:
        return None
    for k in range(1, MAX_DATE_FROM_HEADLINE + 1):
        for j in (at - k, at + k):
            near = nodes[j] if 0 <= j < len(nodes) else ""
            if near and len(near) <= MAX_BYLINE_NODE and not _other_label_cell(nodes, j) \
                    and (m := _date_line(" ".join(near.split()))):
                return _iso(m)
            if near and len(near) <= MAX_BYLINE_NODE and not _other_label_cell(nodes, j) \
                    and (row := dateline_row(" ".join(near.split()))) and row[1]:
                return row[1]  # the date in a row with its counter or desk ('2025-03-04 오후 3:05 | 조회수 41 | 사회')
            if near and not _other_label_cell(nodes, j) and (found := masthead_line(near)) and found[0] and found[1]:
                return found[1]
    return None


# How many page elements after the text's last line the reporter's signature with its date may stand.
MAX_SIGNATURE_GAP = 2


def signed_date_after_text(nodes: list[str], body: list[str]) -> str | None:
    """The date of the reporter's signature right under the text ('홍길동 기자 hong@… 2025년 4월 15일 09:30'), when the
    page prints its byline there and not above the text; a name and a date without a reporter's title is a comment's."""
    return signature_after_text(nodes, body)[1]


def signature_after_text(nodes: list[str], body: list[str]) -> tuple[str | None, str | None]:
    """(reporter, date) of the signature right under the text, the name before the date or after it ('홍길동 기자
    2025.04.15 09:30', '2025/04/15 09:30 · 홍길동 기자')."""
    end = _body_end(nodes, body, 0)
    if end <= 0:
        return None, None
    for j in range(end + 1, min(len(nodes), end + 1 + MAX_SIGNATURE_GAP)):
        one = " ".join(nodes[j].split())
        if len(one) <= MAX_BYLINE_NODE and _REPORTER_WORD.search(one) \
                and (m := BYLINE_NODE.fullmatch(one) or DATE_THEN_REPORTER.fullmatch(one)):
            who = m.group("who") or ""
            if who and not (PUBLISHED_LABEL.match(who) or UPDATED_LABEL.match(who) or who in NOT_REPORTERS):
                return who, _iso(m)
    return None, None


def credit_after_text(nodes: list[str], body: list[str]) -> CreditLine | None:
    """The credit line of an element right under the text ('<footer><p>글 <b>홍길동</b> 기자 &lt;hong@…&gt;</p>',
    '<div class="byline">홍길동 기자 hong@…</div>'): a page that prints its byline only in the article's foot. Only a
    line of credits and nothing else, with a reporter's title or a writer's label, counts; its name may stand in an
    element of its own (`<b>`), so the next few short elements are read together."""
    end = _body_end(nodes, body, 0)
    if end <= 0:
        return None
    for k in range(MAX_FOOT_CREDIT_NODES, 0, -1):
        one = " ".join(" ".join(nodes[end + 1:end + 1 + k]).split())
        if one and len(one) <= MAX_BYLINE_NODE and (found := credit_line(one)) and found.author and found.sure \
                and found.author not in NOT_REPORTERS:
            return found
    return None


# How many page elements under the text a credit line may be cut into ('글', '<b>홍길동</b>', '기자 <mail>').
MAX_FOOT_CREDIT_NODES = 3


def _section_beside_date(who: str, node: str) -> bool:
    """'농업 | 2023/11/01 [09:33]': a section's name beside the date, no reporter (no title, and no name)."""
    return not _REPORTER_WORD.search(node) and (_key(who) in SECTION_TAGS or not is_korean_name(who))


_DATE_ZONE_TAIL = compiled(DATES["date_zone_tail"])


def programme_date(lines: list[str], outlet: str) -> str | None:
    """The date of a broadcast's programme line above its report: the day, then the channel and the programme
    ('2026년 3월 3일 모아방송 저녁 뉴스', '2026.03.03 모아방송 뉴스데스크'); None when no line is one."""
    for line in lines:
        if len(line) <= MAX_BYLINE_NODE and (m := DATETIME.match(line.strip())) \
                and _squashed(outlet) in _squashed(line.strip()[m.end():]):
            return _iso(m)
    return None


def _date_node(text: str) -> re.Match | None:
    """The date of an element that holds a date and nothing else, perhaps under labels ('승인 2023.11.01 09:33'),
    perhaps with its zone and its English rendering after it ('2023-11-01 21:30 KST · Published Nov. 1, 2023')."""
    if m := DATETIME.fullmatch(text):
        return m
    if (m := DATETIME.match(text)) and m.group("H") and _DATE_ZONE_TAIL.fullmatch(text, m.end()):
        return m
    return DATETIME.search(text) if len(text) <= MAX_BYLINE_NODE and LABELLED_DATE_LINE.fullmatch(text) \
        and not UPDATED_LABEL.match(text) else None


def _body_start(nodes: list[str], body: list[str], title: str | None = None) -> int:
    """How many page nodes come before the article text: a byline stands above it; a name and a
    date further down belong to comments or other articles. The headline or the byline the text starts with is
    above it too, and so are a menu or the headline run together with its deck that the extractor kept: the text
    starts at its first line holding a sentence, else (a line the page's nodes do not hold) at its first line. A
    letter's greeting above all that is furniture too ('안녕하세요, 구독자님. …'): the source row under it is the head's."""
    lines = (ln for ln in body if len(ln) >= 20 and not (title and _same(ln, title)) and not _is_byline_node(ln)
             and not is_boilerplate(ln))
    first_line = next(lines, None)
    sentence = next((ln for ln in itertools.chain([first_line] if first_line else [], lines)
                     if not _menu_line(ln) and (SENTENCE_END.search(ln) or SENTENCE_INSIDE.search(ln))), None)
    for first in [ln for ln in (sentence, first_line) if ln]:
        for i, node in enumerate(nodes):
            if first[:20] in node:
                return i
    return len(nodes)


def _body_end(nodes: list[str], body: list[str], start: int) -> int:
    """The page node that holds the article's last line (the start when it is not found)."""
    last = next((ln[:20] for ln in reversed(body) if len(ln) >= 20), None)
    if last:
        for i in range(len(nodes) - 1, start - 1, -1):
            if last in nodes[i]:
                return i
    return start


# A most-read or related list the extractor kept after the article: its lines are headlines (short, few, no
# sentence), and the page prints them after its copyright line or the list's heading, which the extractor dropped.
MAX_AFTER_END_LINES = 6
MAX_AFTER_END_CHARS = 80


# The mark an extractor writes before a list item's text ('- 다른 기사 제목'); the page's node holds the text alone.
_ITEM_MARK = compiled(r"^[-*•]\s+(?=\S)")


def _node_of(line: str, nodes: list[str], start: int) -> int | None:
    """The first page node from `start` on that holds the line (its first or last words), a list item's
    without its mark."""
    line = _ITEM_MARK.sub("", line)
    keys = {line[:20], line[-20:]}
    return next((k for k in range(start, len(nodes)) if any(key in nodes[k] for key in keys)), None)


# A copyright notice among the end markers: it may caption a photo inside the text, unlike a box's heading.
_COPYRIGHT_MARK = compiled(r"ⓒ|©|\(c\)|저작권|Copyright|무단", re.I)


# The fewest paragraphs that, going on after a related-story card, show the card sits inside the text.
MIN_PARAGRAPHS_AFTER_CARD = 2


def in_text_card(between: list[str], after: list[str]) -> bool:
    """A related-story card set between two paragraphs ('관련 기사' and one headline), not a box after the text.

    Nothing closes the article before it (no byline, no copyright line), it holds one headline only, and the
    lines after it are paragraphs: at least MIN_PARAGRAPHS_AFTER_CARD, every one a finished sentence, where a
    box's teasers are headlines or ledes cut short."""
    markers = [n for n in between if len(n) <= MAX_MARKER_LINE and is_end_marker(n)]
    if not markers or any(_COPYRIGHT_MARK.search(n) or _is_byline_node(n) for n in between):
        return False
    return (len(between) - len(markers) <= 1 and len(after) >= MIN_PARAGRAPHS_AFTER_CARD
            and all(SENTENCE_END.search(ln) for ln in after))


def cut_after_page_end(body: list[str], nodes: list[str]) -> list[str]:
    """The body without the short lines at its end that the page prints after an end marker (a copyright
    line, '많이 본 뉴스'): a side box of other stories, not the article."""
    if len(body) < 2 or not nodes:
        return body
    pos: list[int | None] = []
    at = 0
    for line in body:
        k = _node_of(line, nodes, at)
        pos.append(k)
        at = k if k is not None else at
    first_tail = max(1, len(body) - MAX_AFTER_END_LINES)
    for i in range(first_tail, len(body)):
        before = next((p for p in reversed(pos[:i]) if p is not None), None)
        if before is None or pos[i] is None or pos[i] - before < 2:
            continue
        box = any(is_end_marker(nodes[k]) and len(nodes[k]) <= MAX_MARKER_LINE and not _COPYRIGHT_MARK.search(nodes[k])
                  for k in range(before + 1, pos[i]))
        title = nodes[pos[i] - 1]
        if box and in_text_card(nodes[before + 1:pos[i]], body[i:]):
            continue
        if box and (any(_is_byline_node(nodes[k]) for k in range(before + 1, pos[i]))
                    or (len(title) <= MAX_AFTER_END_CHARS and not SENTENCE_END.search(title))):
            return body[:i]  # another story's teaser: under a box's heading, its own title or byline and date
    for i in range(first_tail, len(body)):
        if any(len(ln) > MAX_AFTER_END_CHARS or SENTENCE_END.search(ln) for ln in body[i:]) or pos[i] is None:
            continue  # a sentence after a photo's 'ⓒ' credit is the article's last paragraph
        before = next((p for p in reversed(pos[:i]) if p is not None), None)
        if before is not None and any(len(nodes[k]) <= MAX_MARKER_LINE and is_end_marker(nodes[k])
                                      for k in range(before + 1, pos[i])):
            return body[:i]
    return body


# Nodes after the text that a writer's box may take (a name, an affiliation, an address, links).
MAX_BOX_NODES = 8
# A reporter's box after the text: the name and title alone, perhaps with an address ('홍길동 기자 hong@…').
# and the box's links ('홍길동 기자 hong@… 다른기사 보기').
REPORTER_BOX = compiled(r"(?:(?P<who>[가-힣]{2,4})\s*(?:%s)|(?:%s)\s+(?P<after>[가-힣]{2,4}))(?:\s*[\[(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])]?)?"
                        r"(?:\s+(?:%s))?" % (REPORTER, REPORTER, BUTTON_LINE.pattern))
# A column's author box: a name, then the writer's affiliation and title ('한결대 의대 소아청소년과 교수').
MAX_AFFILIATION_CHARS = 40
_AFFILIATION = compiled(r"[가-힣A-Za-z0-9·()&○ ]{2,%d}" % MAX_AFFILIATION_CHARS)  # (○: a name the press masks, '○○대')


def reporter_box(nodes: list[str]) -> str | None:
    """The reporter a box after the article names ('홍길동 기자' with the address and '기자의 다른 기사')."""
    for node in nodes:
        one = " ".join(node.split())
        if len(one) <= MAX_BYLINE_NODE and (m := REPORTER_BOX.fullmatch(one)) \
                and (who := m.group("who") or m.group("after")) not in NOT_REPORTERS:
            return who
        if (found := credit_line(one)) and found.author and found.sure:
            return found.author  # '정리=홍길동 기자 / 사진=김철수 기자'
    return None


# Elements right above the text where its reporter's element stands (below the headline and the dates).
MAX_ABOVE_NODES = 6


def profile_credit(nodes: list[str]) -> str | None:
    """The reporter a box anywhere above the text names, the first from the top: a reporter's page opens with the
    profile of the one whose article it shows ('<h2>홍길동 기자</h2>', '<strong>홍길동</strong> 기자')."""
    return next((who for i in range(len(nodes)) if (who := node_credit(nodes, i))), None)


def reporter_above(nodes: list[str]) -> str | None:
    """The reporter an element right above the text names, with no date beside it ('<span>홍길동</span> 기자 · …')."""
    for i in range(len(nodes) - 1, max(-1, len(nodes) - 1 - MAX_ABOVE_NODES), -1):
        if who := node_credit(nodes, i):
            return who
    return None


def _affiliation(text: str) -> bool:
    """'한결대 의대 소아청소년과 교수', '모아연구소 선임연구위원': words that end in a title a writer holds."""
    if not _AFFILIATION.fullmatch(text) or SENTENCE_END.search(text):
        return False
    last = text.split()[-1].strip("()").split("·")[0]  # '교수·사회학': the title, then the field
    return any(last.endswith(t) for t in _WRITER_TITLES) or title_before_workplace(text)


def title_before_workplace(text: str) -> bool:
    """'교수·모아대학교 사회학과', '연구위원·모아연구원': a writer's title first, then after a middle dot where they hold it."""
    head, dot, rest = text.strip().partition("·")
    return bool(dot and rest.strip()) and " " not in head.strip() and head.strip() in _WRITER_TITLES


_BOX_MARKS = compiled(r"[()\[\]|/,]")
_CONTRIBUTOR = compiled(r"^[\[(]?\s*(?:%s)(?:\s*%s\s*|\s+)" % ("|".join(map(re.escape, MAKERS["contributor_labels"])),
                                                                LABEL_SEPARATOR))


def contributor(nodes: list[str]) -> str | None:
    """The writer a contribution's label names with an affiliation ('기고 | 홍길동 모아대 교수'): the text is
    theirs, and an editor's credit beside it ('정리=김철수 기자') names who took it down, not its author."""
    for node in nodes:
        if (m := _CONTRIBUTOR.match(" ".join(node.split()))) and len(node) <= MAX_AFFILIATION_CHARS + 10:
            if who := column_author([" ".join(node.split())[m.end():]]):
                return who
    return None


# A foreign writer's name in Hangul, its parts spaced, then the affiliation in brackets (an outlet or a school and a
# title: at least two words, so '탁지숙 한결대 (교수)' is no such name).
_FOREIGN_WRITER = compiled(r"(?P<name>[가-힣]{1,8}(?: [가-힣]{1,8}){1,2})\s*\((?P<affiliation>[^()\s]+(?:\s[^()\s]+){1,5})\)")


_COLUMN_TAG_WRITER = compiled(MAKERS["column_tag_writer"])


def tag_writer(title: str | None) -> str | None:
    """The writer a column's standing tag names at the head of its headline ('[홍길동의 시선] …', '[홍길동 논설위원 칼럼]'):
    a name of three syllables, or of two or four with the writer's title after it."""
    m = _COLUMN_TAG_WRITER.match(title or "")
    if not m or not is_korean_name(name := m.group("name")) or _key(name) in SECTION_TAGS or name in NOT_REPORTERS:
        return None
    said = m.group("title")
    if said and not (said in REPORTER_TITLES or said.endswith(_WRITER_TITLES)):
        return None  # '[모아 경제의 창]': words, no name and title
    return name if said or len(name) == 3 else None


def column_author(nodes: list[str]) -> str | None:
    """The writer of a column or contribution, whose box gives a name and an affiliation but no 기자:
    '탁지숙' + '한결대 의대 소아청소년과 교수' in two elements, or '탁지숙 한결대 교수' in one."""
    for i, node in enumerate(nodes):
        if (m := _FOREIGN_WRITER.fullmatch(" ".join(_WRITER_LABEL.sub("", node.strip()).split()))) \
                and _affiliation(m.group("affiliation")):
            return m.group("name")  # '글=소피아 린드크비스트 (스웨덴 일간 노르드포스텐 논설위원)': a foreign name in Hangul, spaced
        one = " ".join(_BOX_MARKS.sub(" ", _WRITER_LABEL.sub("", node.strip())).split())  # '글 탁지숙(한결대 교수)'
        words = one.split()
        if not words or not is_korean_name(words[0]) or len(node) > MAX_AFFILIATION_CHARS + 10:
            continue
        if len(words) == 1 and i + 1 < len(nodes) and _affiliation(" ".join(nodes[i + 1].split())):
            return words[0]
        if len(words) >= 2 and len(one) <= MAX_AFFILIATION_CHARS and _affiliation(" ".join(words[1:])):
            return words[0]
    return None


def headline_from_page(tree) -> str | None:
    """A page that declares no title: its first headline element outside the navigation."""
    for xpath in _HEADINGS:
        for h in xpath(tree):
            if any(a.tag in _FURNITURE for a in h.iterancestors()):
                continue
            text = " ".join(h.text_content().split())
            if 8 <= len(text) <= 200:
                return text
    return classed_headline(tree) or bold_headline(tree)


MAX_HEADLINE_RUN = 3


def tagged_pasted_headline(nodes: list[str], outlet: str) -> str | None:
    """The headline of an article pasted into a post (a community's board, a group's feed), as the paste prints it
    right above its byline with its outlet's tag ('[모아일보] 헤드라인' / '홍길동 기자 | 승인 …'): without the tag."""
    for i, node in enumerate(nodes[:MAX_HEAD_NODES * 2]):
        one = " ".join(node.split())
        if (m := _OUTLET_TAG.match(one)) and _same(m.group(1), outlet) and 8 <= len(one) - m.end() <= 200 \
                and not SENTENCE_END.search(one) and i + 1 < len(nodes) and _is_byline_node(nodes[i + 1]):
            return one[m.end():]
    return None


def headline_above_byline(nodes: list[str], site: str | None = None) -> str | None:
    """The headline of a page that marks it by no element: the heading-like lines stand right above the byline
    and date (a headline, perhaps a sub-headline under it); the topmost of them. A section's name, the site's name,
    a menu or a date line above them ends the run."""
    at = next((i for i, n in enumerate(nodes[:MAX_HEAD_NODES]) if _is_byline_node(n)), None)
    run: list[str] = []
    for node in reversed(nodes[:at] if at else []):
        one = " ".join(node.split())
        if len(run) == MAX_HEADLINE_RUN or not 8 <= len(one) <= 200 or SENTENCE_END.search(one) \
                or DATETIME.search(one) or _menu_line(one) or is_boilerplate(one) or (site and _same(one, site)):
            break
        run.append(one)
    return run[-1] if run else None


_LEADING_TAG = compiled(r"\[[^\[\]]{1,16}\]\s*(?P<rest>\S.*)")
_SERIES_LABEL_OPENING = compiled(r"[\[【<〈]")  # (a series' label opens with its tag: '[연재]', '<기획>', '【시리즈】')


def untagged_headline(tree, title: str | None) -> str | None:
    """'[아침을 열며] 헤드라인' in the meta title while the page's headline shows '헤드라인' alone (the column's or
    series' name printed apart): the headline as shown. A tag the shown headline keeps ('[단독] …') stays."""
    m = _LEADING_TAG.fullmatch(title or "")
    if not m and not _SERIES_LABEL_OPENING.match(title or ""):
        return title
    shown = headline_from_page(tree)
    if shown and series_label_before(title, shown):
        return shown  # '[연재] 갯마을 이야기 ⑤ 헤드라인': the series' label, printed apart over the part's headline
    return shown if m and shown and _same(shown, m.group("rest")) else title


def series_label_before(title: str, headline: str) -> str | None:
    """The series' label a meta title puts before the headline the page shows ('[연재] 갯마을 이야기 ⑤' + ' 헤드라인'):
    a tag naming a series, its name and the part's number; None when the title holds anything else before it."""
    one, shown = " ".join(title.split()), " ".join(headline.split())
    if not shown or len(one) <= len(shown) or not one.endswith(shown):
        return None
    label = one[:-len(shown)].rstrip(" :-|·")
    return label if _SERIES_PART_TITLE.fullmatch(label) else None


# The number of a series' part in a headline's tag ('[갯벌을 걷다③]', '[기획 3]', '[연속기획 (2)]', '[상]').
_SERIES_PART = compiled(r"[①-⑳]|\d|\((?:상|중|하)\)|[\s\[](?:상|중|하)\]")


def tagged_headline(tree, title: str | None) -> str | None:
    """The mirror case: the meta titles leave out the tag of a series' part the page's headline shows ('[갯벌을 걷다③]
    헤드라인' over og:title '헤드라인'): the headline as shown, the part it is of with it. A report's kind ('[단독]',
    '[포토]') the meta title leaves out stays out."""
    if not title or _LEADING_TAG.fullmatch(title):
        return title
    shown = headline_from_page(tree)
    m = _LEADING_TAG.fullmatch(shown or "")
    part = m and _SERIES_PART.search(shown[:m.start("rest")])
    return shown if part and _same(m.group("rest"), title) else title


_MARKED = etree.XPath("//*[@class or @id]")
_HEADLINE_CLASS = compiled(r"title|headline|subject|(?:^|[\s_-])tit(?:$|[\s_-])", re.I)  # ('tit', 'view_tit')
_NOT_HEADLINE_CLASS = compiled(r"sub(?!ject)|site|logo|menu|nav|list|relat|popular|rank|footer|header", re.I)


# A step of the path to a page ('경제', '조선·해운', 'IT/과학'): a few characters between arrows.
MAX_PATH_STEP = 12
_PATH_ARROW = compiled(r"\s*[>›»]\s*")


def _section_path(text: str) -> bool:
    """The path to the page, its sections between arrows ('홈 > 경제 > 조선·해운'), which no headline is."""
    steps = _PATH_ARROW.split(text.strip())
    return len(steps) >= 2 and all(1 <= len(step) <= MAX_PATH_STEP for step in steps)


def classed_headline(tree) -> str | None:
    """A page that marks its headline by class instead of a heading ('<div class="newsTitle">'): the first
    such element whose text is one line long enough, no sentence and no date."""
    for el in _MARKED(tree):
        mark = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag in ("title", "meta", "script", "style", "body", "html") or not _HEADLINE_CLASS.search(mark) \
                or _NOT_HEADLINE_CLASS.search(mark) or any(a.tag in _FURNITURE for a in el.iterancestors()):
            continue
        # (a headline set as an image, a banner or a lettered title, is read by its alternative text)
        text = " ".join(el.text_content().split()) or " ".join(" ".join(i.get("alt") or "" for i in el.iter("img")).split())
        if 8 <= len(text) <= 200 and not SENTENCE_END.search(text) and not DATETIME.search(text) \
                and not _section_path(text):  # ('<div class="section-title">산업 > 조선·해운</div>': the page's path)
            return text
    return None


_LABEL_CELLS = etree.XPath("//th|//dt|//td|//span|//strong|//b|//label|//em")
_TITLE_LABEL = compiled(r"(?:%s)\s*[:：]?" % "|".join(MAKERS["header_fields"]["title"]))


def labelled_headline(tree) -> str | None:
    """The headline in the cell a label cell names ('<th>제목</th><td>헤드라인</td>', '<dt>제목</dt><dd>…</dd>'):
    a board's or an agency's view page, whose <title> names the page, not the article."""
    for cell in _LABEL_CELLS(tree):
        if not _TITLE_LABEL.fullmatch(" ".join(cell.text_content().split())):
            continue
        value = cell.getnext()
        text = " ".join(value.text_content().split()) if value is not None else ""
        if 8 <= len(text) <= 200 and not SENTENCE_END.search(text) and not DATETIME.search(text):
            return text
    return None


_FIELD_LABEL_CELLS = etree.XPath("//th|//dt")
_OUTLET_LABEL = compiled(r"(?:%s)\s*[:：]?" % "|".join(MAKERS["header_fields"]["outlet"]))


def labelled_outlet(tree) -> str | None:
    """The press a page's table of fields names ('<th>매체</th><td>모아일보</td>'): an export of a newsroom's draft,
    a clipping page. Only a value named like an outlet."""
    for cell in _FIELD_LABEL_CELLS(tree):
        if not _OUTLET_LABEL.fullmatch(re.sub(r"^\W+", "", " ".join(cell.text_content().split()))):
            continue
        value = cell.getnext()
        text = " ".join(value.text_content().split()) if value is not None else ""
        if text and (looks_like_outlet(text) or _key(text) in _OUTLET_NAMES):
            return text
    return None


MIN_SHOWN_PART = 4  # a <title>'s part this short ('국제', '홈') may be any menu item; it must be shown alone


def shown_on_page(title: str, nodes: list[str], link_texts: frozenset[str] = frozenset()) -> bool:
    """Whether the page prints the title (or one part of a '매체 - 헤드라인' <title>) as text of its own: a
    <title> printed nowhere, or only as a link or button ('인쇄하기'), names the page, not its article."""
    keys = {k for part in [title, *_SITE_SEPARATORS.split(title)] if len(k := _squashed(part)) >= MIN_SHOWN_PART}
    for node in nodes:
        if node in link_texts:
            continue
        sq = _squashed(node)
        if any(k == sq or (len(k) >= MIN_SHOWN_HEADLINE and k in sq) for k in keys):
            return True
    return False


_META_TITLES = etree.XPath("//meta[@property='og:title' or @name='og:title' or @name='twitter:title' "
                           "or @property='twitter:title' or @name='title'][@content != '']|//script[@type='application/ld+json']"
                           "[contains(., '\"headline\"')]")


_PAGE_NAME = compiled(RULES["headline_block"]["page_name"])
# A menu's path to the page ('홈 > 뉴스 > 사회', '사회 > 지역'): short steps between arrows.
_MENU_PATH = compiled(r"[가-힣A-Za-z0-9 ]{1,10}(?:\s*[>›»]\s*[가-힣A-Za-z0-9 ]{1,10})+")


_BOARD_NAME = compiled(RULES["headline_block"]["board_name"])
_FEED_NAME = compiled(RULES["headline_block"]["feed_name"])
_FULL_TEXT_MARK = compiled(RULES["headline_block"]["full_text_mark"])
MAX_PREVIEW_LINES = 8  # a link preview: a headline, a lede, a domain, a link, a time
MAX_FEED_HEADLINE = 120  # a headline under a feed's name is one line, never a paragraph
_ITEM_HEADINGS = etree.XPath("//h1|//h2|//h3|//h4|//*[contains(@class, 'view-title') or contains(@class, 'view_title') "
                             "or contains(@class, 'subject') or contains(@class, 'tit_view')]")
MAX_BOARD_HEADLINE = 200


# A title printed after its field's label ('제목: 헤드라인', '기사 제목 : …', a board's field row '제목 | 헤드라인'); what
# follows must be a headline's length.
_TITLE_FIELD = compiled(r"^\s*(?:기사\s*)?(?:제목|Title)\s*(?:[:：]|\s[|｜]\s)\s*", re.I)
MIN_TITLE_AFTER_LABEL = 8


def labelled_title_line(lines: list[str]) -> str | None:
    """The headline a line at the head of the text labels ('제목: 헤드라인'), as a wire copy's header gives it; not
    the subject among an e-mail's header fields ('보낸 사람: …' / '제목: …'), which names the letter."""
    for i, line in enumerate(lines):
        one = " ".join(line.split())
        if (label := _TITLE_FIELD.match(one)) and len(one) - label.end() >= MIN_TITLE_AFTER_LABEL \
                and not any(_MAIL_FIELD.fullmatch(" ".join(ln.split())) for ln in lines[max(0, i - 1):i + 2]):
            return one[label.end():]
    return None


# A letter that carries an article: the note above it (greeting, why it is sent) ends at the article's headline,
# looked for this many lines below the letter's header fields.
MAX_LETTER_NOTE_LINES = 8


def below_letter_note(lines: list[str], title: str | None) -> list[str]:
    """The lines below the article's headline in a letter whose header fields ('보낸 사람', 'From', '제목') open the
    text and whose note to its reader comes before the article; the lines as they are for any other text."""
    if not title:
        return lines
    head = [i for i, ln in enumerate(lines[:MAX_MAIL_HEADER_LINES * 2]) if _MAIL_FIELD.fullmatch(" ".join(ln.split()))
            or _MAIL_SUBJECT.fullmatch(" ".join(ln.split()))]
    if len(head) < MIN_LETTER_FIELDS:
        return lines
    after = head[-1] + 1
    for i in range(after, min(len(lines), after + MAX_LETTER_NOTE_LINES + 1)):
        if _same(lines[i], title):
            return lines[i + 1:]
    return lines


def board_item_headline(tree, title: str) -> str | None:
    """The opened item's headline on a board's or a notice column's page whose declared title is the board's name
    ('부고 게시판' over '[부고] …', '바로잡습니다' over '[바로잡습니다] 3월 9~11일자 기사 정정'): the first heading
    that is not that name and reads as a headline. A name the heading opens with as its tag is the same case for any
    short name."""
    name = re.split(r"\s*(?:[|>›»:·]|::)\s*|\s+-\s+", title.strip())[0]
    board = bool(_BOARD_NAME.fullmatch(name))
    for h in _ITEM_HEADINGS(tree):
        if any(a.tag in _FURNITURE for a in h.iterancestors()):
            continue
        text = " ".join(h.text_content().split())
        if not (MIN_SHOWN_HEADLINE <= len(text) <= MAX_BOARD_HEADLINE) or _same(text, name) \
                or SENTENCE_END.search(text) or is_boilerplate(text):
            continue
        tagged = (tag := _CELL_TAG.match(text)) and _squashed(tag.group(0).strip("[]【】<>《》 ")) == _squashed(name)
        if board or tagged:
            return text
    return None


_ACCOUNT_CARD = compiled(RULES["headline_block"]["account_card"])
_COUNTER_END = compiled(RULES["headline_block"]["thread_counter_end"])
_COUNTER_START = compiled(RULES["headline_block"]["thread_counter_start"])
_THREAD_RELAY = compiled(RULES["headline_block"]["thread_relay"])
_NAMED_DATE = compiled(r"(?:%s)\s*자(?![가-힣])" % RULES["dates"]["datetime"])
_NOT_NAME_CHARS = compiled(r"[^\w\s·&.-]")
MIN_THREAD_COUNTERS = 2


_CARD_COUNTER = compiled(RULES["headline_block"]["card_counter"])
_PLATFORM_POST_KINDS = frozenset(RULES["headline_block"]["platform_post_kinds"])
_CHANNEL_COUNT = compiled(RULES["headline_block"]["channel_count"])


def _counter(line: str) -> bool:
    m = _CARD_COUNTER.match(line.strip())
    return bool(m) and 1 <= int(m.group("n")) <= int(m.group("total")) and int(m.group("total")) >= 2


def opened_card(lines: list[str]) -> list[str] | None:
    """A card reader's dump as the opened card's article: the board's title above the card's counter ('1/3') and the
    counter go, the card's headline under it heads the text, and the next card's counter and what follows it (its
    button, the board's own buttons) end it. None for a dump with no counter over a headline and its text."""
    for i, line in enumerate(lines[:HEAD["max_lead_lines"]]):
        if not _counter(line):
            continue
        rest = [j for j in range(i + 1, len(lines)) if lines[j]]
        if len(rest) < 2:
            return None
        head, first = rest[0], rest[1]
        if len(lines[head]) > HEAD["max_line_chars"] or SENTENCE_END.search(lines[head]) \
                or not SENTENCE_END.search(lines[first]):
            return None
        end = next((j for j in rest[1:] if _counter(lines[j])), len(lines))
        if any(len(ln) >= MIN_ITEM_PARAGRAPH_CHARS and SENTENCE_END.search(ln) for ln in lines[end:]):
            return None  # a card-news post: every card is text, the counters are the cards' own
        top = i
        while top > 0 and not lines[top - 1]:
            top -= 1
        while top > 0 and lines[top - 1]:
            top -= 1  # the board's title: the block of lines right above the counter
        return lines[:top] + lines[head:end]
    return None


_DIGEST_RULER = compiled(RULES["headline_block"]["digest_ruler"])
_DIGEST_ITEM_NUMBER = compiled(RULES["headline_block"]["digest_item_number"])
MIN_DIGEST_ITEMS = 3
MIN_ITEM_PARAGRAPHS = 3  # sentences-ending paragraphs of the one full item
MAX_TEASER_PARAGRAPHS = 1
MIN_ITEM_PARAGRAPH_CHARS = 40


def digest_item(lines: list[str]) -> tuple[str, list[str], list[str]] | None:
    """(headline, lines, foot) of a letter or digest whose items, parted by rulers, are teasers (a headline, a line, a
    link) but one, which carries a whole article: that article, its number off its headline, and the letter's foot (the
    last part: its copyright names the outlet). None for any other dump."""
    rulers = [i for i, ln in enumerate(lines) if _DIGEST_RULER.match(ln.strip())]
    parts = [lines[a + 1:b] for a, b in zip(rulers, rulers[1:])]
    if len(parts) < MIN_DIGEST_ITEMS:
        return None
    sizes = [sum(len(ln) >= MIN_ITEM_PARAGRAPH_CHARS and bool(SENTENCE_END.search(ln)) for ln in part) for part in parts]
    full = [i for i, n in enumerate(sizes) if n >= MIN_ITEM_PARAGRAPHS]
    if len(full) != 1 or any(n > MAX_TEASER_PARAGRAPHS for i, n in enumerate(sizes) if i != full[0]):
        return None
    item = [ln for ln in parts[full[0]]]
    while item and not item[0]:
        item.pop(0)
    if not item:
        return None
    headline = _DIGEST_ITEM_NUMBER.sub("", item[0]).strip()
    return headline, [headline, *item[1:]], [ln for ln in lines[rulers[-1] + 1:] if ln]


def channel_header(lines: list[str]) -> tuple[str, list[str]] | None:
    """(name, the rest) of a dump saved from a platform's channel: its name on the first line over its readers' count
    ('누리봄' / '구독자 2.4만 · 뉴스'): the channel is the outlet, and neither line is text."""
    filled = [i for i, ln in enumerate(lines) if ln][:2]
    if len(filled) == 2 and _CHANNEL_COUNT.match(lines[filled[1]]) and _masthead_name(name := lines[filled[0]].strip()):
        return name, lines[filled[1] + 1:]
    return None


def without_thread_counters(lines: list[str]) -> list[str]:
    """A thread's posts without their counters ('… (1/6)', '2/6 …'): taken off only when two posts or more carry
    one of the same total, none past it."""
    found = [m for ln in lines if ln and (m := _COUNTER_END.search(ln) or _COUNTER_START.match(ln))]
    totals = {m.group("total") for m in found}
    if len(found) < MIN_THREAD_COUNTERS or len(totals) != 1 or any(int(m.group("n")) > int(m.group("total")) for m in found):
        return lines
    return [_COUNTER_START.sub("", _COUNTER_END.sub("", ln)) if ln else ln for ln in lines]


def read_thread(ex: Extracted) -> None:
    """A social account's thread that carries an article ('모아일보 (@moailbo@social.example)'): the first post's first
    line is the headline, the relay line under it names the article's date, the account's display name is the press
    when it reads as one (the server's name is no outlet)."""
    card = _ACCOUNT_CARD.fullmatch(ex.title or "")
    if not card:
        return
    name = " ".join(_NOT_NAME_CHARS.sub(" ", card.group("name")).split())
    if name and looks_like_outlet(name) and (not ex.outlet or "." in ex.outlet or not looks_like_outlet(ex.outlet)):
        ex.outlet = name
    shown_name = _squashed(card.group("name"))
    ex.body_lines = [ln for ln in ex.body_lines if _squashed(ln) != shown_name]  # each post's header: the account's name
    lines = [ln for ln in ex.body_lines if ln]
    if lines and not SENTENCE_END.search(lines[0]) and len(lines[0]) >= MIN_SHOWN_HEADLINE:
        ex.title = lines[0]
        ex.body_lines = ex.body_lines[ex.body_lines.index(lines[0]) + 1:]
    for i, ln in enumerate(ex.body_lines[:3]):
        if ln and _THREAD_RELAY.search(ln):
            if (d := _NAMED_DATE.search(ln)) and (iso := _iso(d)):
                ex.published = iso
            ex.body_lines = ex.body_lines[:i] + ex.body_lines[i + 1:]
            break


def site_own_title(title: str, nodes: list[str]) -> bool:
    """A page title that is the site's own, the same on every page: the site's name (as outlets' names end, or as
    the page's copyright line names it), a separator, then its slogan ('모아경제 - 경제를 읽는 창')."""
    parts = _SITE_SEPARATORS.split(" ".join(title.split()))
    return len(parts) == 2 and (_outlet_like(parts[0]) or signs_copyright(parts[0], nodes)) \
        and not DATETIME.search(parts[1])


# Words of a title whose first characters are compared with the article's text (a Korean word keeps its particle).
_COMPARED_STEM = 3


def _speaks_of(title: str, lines: list[str]) -> float:
    """The share of a title's words (of two characters or more) whose first characters the article's text prints:
    a headline's words come back in its story, a slogan's speak of the site."""
    text = _key(" ".join(lines))
    words = [_key(w)[:_COMPARED_STEM] for w in re.split(r"[\s…·,]+", title) if len(_key(w)) >= 2]
    return sum(w in text for w in words) / len(words) if words else 0.0


def names_the_page(title: str) -> bool:
    """A <title> that opens with the name of the kind of page ('보도자료 상세 | 알림소식', '기사보기 > 지역뉴스'):
    a board's or an agency's view page, whatever menu it is filed under."""
    return bool(_PAGE_NAME.fullmatch(re.split(r"\s*(?:[|>›»:·]|::)\s*|\s+-\s+", title.strip())[0]))


def declares_title(tree) -> bool:
    """Whether the page declares its headline in metadata (og:title, twitter:title, meta title, JSON-LD headline): a title
    reworded for search there is the page's word, printed or not."""
    return bool(_META_TITLES(tree))


# A Korean story's text: most of its letters are Hangul.
MIN_HANGUL_SHARE = 0.5


def _hangul_share(text: str) -> float:
    """The share of a text's letters that are Hangul syllables."""
    letters = [c for c in text if c.isalpha()]
    return sum("가" <= c <= "힣" for c in letters) / len(letters) if letters else 0.0


def latin_title_over_hangul_headline(title: str | None, headline: str | None, body: list[str]) -> bool:
    """A Korean story whose metadata declares a title in Latin letters only (an English rendering for sharing
    abroad, 'Webtoon platform tops …') while the page shows a Hangul headline: the headline readers see is the
    story's title."""
    return bool(title and headline) and not _HANGUL_SYLLABLE.search(title) \
        and _hangul_share(headline) >= MIN_HANGUL_SHARE and _hangul_share(" ".join(body)) >= MIN_HANGUL_SHARE


def shown_headline(tree, nodes: list[str]) -> str | None:
    """The headline a page shows where a headline stands, by structure: the cell labelled 제목, a heading, an
    element classed as the title or subject, the heading-like line right above the byline and date, a bold cell."""
    return labelled_headline(tree) or headline_from_page(tree) or headline_above_byline(nodes)


_BOLD = etree.XPath("//b|//strong")
_BLOCKS = {"td", "th", "div", "p", "li", "center"}


def bold_headline(tree) -> str | None:
    """A table-laid page's headline: the first bold text that fills its cell or block alone
    ('<td><font size="4"><b>헤드라인</b></font></td>'), long enough and no sentence."""
    for b in _BOLD(tree):
        if any(a.tag in _FURNITURE for a in b.iterancestors()):
            continue
        block = next((a for a in b.iterancestors() if a.tag in _BLOCKS), None)
        text = " ".join(b.text_content().split())
        if block is None or " ".join(block.text_content().split()) != text:
            continue
        if 8 <= len(text) <= 200 and not SENTENCE_END.search(text) and not DATETIME.search(text):
            return text
    return None


_ORIGINAL_PRESS_LABELLED = compile_all(RULES["original_press_labelled"], re.M)
_ORIGINAL_LINK_WORDS = frozenset(_key(w) for w in RULES["original_link_words"])
_PRESS_TEXT_HINT = compiled("|".join(map(re.escape, RULES["original_press_text"])), re.I)


def links_to_original(ex: Extracted) -> bool:
    """The page links to the article on its press's own site ('기사 원문 보기', '모아경제 원문 보기'): it carries
    another press's article."""
    return any(_key(t) in _ORIGINAL_LINK_WORDS or _press_then_link_word(t) for t in ex.link_texts or ())


def _press_then_link_word(text: str) -> bool:
    """'모아경제 원문 보기': a press's name, then the words of a link to its original."""
    words = text.split()
    return any(looks_like_outlet(" ".join(words[:k])) and _key(" ".join(words[k:])) in _ORIGINAL_LINK_WORDS
               for k in range(1, min(len(words), 3)))


def original_press(ex: Extracted, text: str) -> str | None:
    """The outlet whose article a portal or aggregator page carries, as the page itself names it."""
    for p in ORIGINAL_PRESS:
        m = p.search(text)
        if m:
            return m.group(1).strip()
    for p in _ORIGINAL_PRESS_LABELLED:
        for m in p.finditer(text):
            if looks_like_outlet(m.group(1)) and not is_portal(m.group(1), None):
                return m.group(1)
    if ex.page_tree is None or not (is_portal(ex.outlet, ex.url) or links_to_original(ex)):
        return None
    for el in ex.page_tree.iter():
        if not isinstance(el.tag, str) or len(el) or not _PRESS_TEXT_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            continue
        name = " ".join((el.text or "").split())
        if 2 <= len(name) <= MAX_SITE_NAME_CHARS and looks_like_outlet(name) and not is_portal(name, None):
            return name  # '<span class="press">모아경제</span>'
    return _portal_press(ex, portal=is_portal(ex.outlet, ex.url))


def supplied_by(text: str) -> str | None:
    """The press a page says supplied its story, under a bracketed source tag or a supply label ('[출처: 모아경제]',
    '기사 제공 모아스포츠')."""
    return next((m.group(1).strip() for p in ORIGINAL_PRESS if (m := p.search(text))), None)


def signs_byline(press: str, nodes: list[str]) -> bool:
    """Whether the byline names the press beside its reporter ('모아스포츠 | 홍길동 기자', the lede's
    '[모아스포츠=홍길동 기자]')."""
    signed = compiled(r"[(\[【〔［]?\s*%s\s*[=|｜ㅣ·/]?\s*[가-힣]{2,4}\s*(?:%s)(?![가-힣])" % (re.escape(press), REPORTER))
    return any(signed.match(n) for n in nodes)


def heads_press_box(press: str, nodes: list[str]) -> bool:
    """Whether a box of the press's other stories is headed by its name ('모아경제 주요뉴스', '모아경제의 다른 기사')."""
    name = _key(press)
    return any((key := _key(n)).startswith(name) and key[len(name):].removeprefix("의") in _PRESS_BOX_HEADINGS
               for n in nodes if len(n) <= MAX_SITE_NAME_CHARS + 12)


_PRESS_BOX_HEADINGS = frozenset(_key(h) for h in RULES["press_box_headings"])


def named_press(ex: Extracted, nodes: list[str], site: str | None, carried: bool = False) -> str | None:
    """The press a page carries when its site's name is not the article's: a name its metadata (the article's author
    or publisher field, the writer's account name) or its logo gives, other than the site's, that the page prints
    again as the press's own (the byline's or the lede's credit, the copyright line, the heading of its box of other
    stories). One sign alone may be the site's group or a partner; two agreeing are the page's press. On a page
    that links to its press's original (carried), a name not shaped as outlets' are ('모아스타') counts when two
    of those fields give it and a copyright notice signs it: a line the notice opens ('ⓒ 모아스타. 무단 전재 금지'),
    not a partner's credit after a caption's words ('시청 앞 광장. ⓒ모아스타') or behind a label ('제휴사 ⓒ 모아스타')."""
    meta = meta_tags(ex.page_tree)
    named = [re.split(r"\s*[|｜]\s*", meta.get(key, ""))[0].strip() for key in [*RULES["original_press_meta"], *RULES["press_account_meta"]]]
    named += [(img.get("alt") or img.get("title") or "").strip() for img in ex.page_tree.iter("img")]
    for name in named:
        if not (2 <= len(name) <= MAX_SITE_NAME_CHARS) or name.startswith("@") or EMAIL.search(name) \
                or is_portal(name, None) or (site and _same(name, site)):
            continue
        if not looks_like_outlet(name):
            if carried and named.count(name) >= 2 and " " not in name and not is_korean_name(name) \
                    and not credit_line(name) and signs_copyright(name, [n for n in nodes if COPYRIGHT_NOTICE.match(n)]):
                return name
            continue
        if signs_byline(name, nodes) or signs_copyright(name, nodes) or heads_press_box(name, nodes):
            return name
    return None


# A line that a copyright notice opens ('ⓒ 모아경제', '[Copyright © 모아경제]', '저작권자 © 모아경제'), not one it closes.
COPYRIGHT_NOTICE = compiled(RULES["copyright_notice"])


def signs_copyright(press: str, nodes: list[str]) -> bool:
    """Whether a copyright line on the page names the press ('Copyright ⓒ 모아경제. All rights reserved.')."""
    return any((name := outlet_from_copyright([n])) and _same(name, press) for n in nodes)


def _portal_press(ex: Extracted, portal: bool) -> str | None:
    """The press a portal names in its metadata or by its logo's alt text; on another page that carries a press's
    article (an aggregator's), only a logo whose alt text reads as an outlet's name."""
    meta = meta_tags(ex.page_tree) if portal else {}
    for key in RULES["original_press_meta"]:
        name = re.split(r"\s*[|｜]\s*", meta.get(key, ""))[0].strip()
        if 2 <= len(name) <= 30 and _key(name) not in _PORTALS and not EMAIL.search(name):
            return name
    for el in ex.page_tree.iter("img"):
        link = el.getparent() if el.getparent() is not None and el.getparent().tag == "a" else None
        alt = (el.get("alt") or el.get("title") or (link.get("title") if link is not None else None) or "").strip()
        if not (2 <= len(alt) <= 30) or _key(alt) in _PORTALS or not (portal or looks_like_outlet(alt)):
            continue
        if any(_LOGO_HINT.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in [el, *el.iterancestors()][:4]):
            return alt
    return None


def email_beside_author(ex: Extracted, text: str) -> str | None:
    """The reporter's address printed or linked beside the reporter's name on the page (the name under the headline
    when the text names no one: it becomes the author after these rules)."""
    names = ex.authors or (clean_authors([ex.shown_author], ex.outlet) if ex.shown_author else [])
    for name in names:
        if name not in text or "@" not in text:
            continue  # the plain test first: the pattern is built per name
        m = re.search(re.escape(name) + r"\s*(?:기자|특파원)?[^@\n]{0,40}?(" + EMAIL.pattern + ")", text)
        if m and not CONTACT_WORDS.search(m.group(0)):
            return m.group(1)
    if ex.page_tree is None or not names:
        return None
    for a in ex.page_tree.iter("a"):
        href = a.get("href") or ""
        m = EMAIL.search(href) if ("mailto:" in href or "mail=" in href) else None
        if not m:
            continue
        parent = a.getparent()
        around = href + " " + " ".join((parent.text_content() if parent is not None else a.text_content()).split())[:300]
        if any(name in around for name in names):
            return m.group(0)
    return None


def address_after_text(nodes: list[str], body: list[str]) -> str | None:
    """An address alone in an element right after the article text ('<p class="mail">hong@…</p>'): the reporter's."""
    start = _body_start(nodes, body)
    if start >= len(nodes):
        return None
    end = _body_end(nodes, body, start)
    return next((n.strip() for n in nodes[end + 1:end + 1 + MAX_BOX_NODES] if EMAIL.fullmatch(n.strip())), None)


def closing_email(lines: list[str]) -> str | None:
    """An address alone on the line right after the text's last sentence ('<p>hong@moa.example</p>'): the reporter's,
    whose name the lede or the byline gave. The text ends where the page's end marks it (a copyright line under the
    text, then the site's boxes: their lines are none of the article's)."""
    first = next((i for i, ln in enumerate(lines) if SENTENCE_END.search(ln)), len(lines))
    lines = lines[:next((i for i in range(first + 1, len(lines)) if is_end_marker(lines[i])), len(lines))]
    last = next((i for i in range(len(lines) - 1, -1, -1) if SENTENCE_END.search(lines[i])), None)
    after = lines[last + 1].strip() if last is not None and last + 1 < len(lines) else ""
    return after if EMAIL.fullmatch(after) and not CONTACT_WORDS.search(after) else None


def above_press_contact(lines: list[str]) -> list[str]:
    """The lines above a press release's contact block at the text's end ('[보도자료 문의]' / '모아전자 홍보팀 홍길동
    과장 02-000-0000 / press@…'): its staff's addresses are none of the reporter's."""
    at = next((i for i in range(len(lines) - 1, -1, -1) if PRESS_CONTACT_HEADING.search(lines[i].strip())), None)
    return lines if at is None else lines[:at]


def lone_email(lines: list[str]) -> str | None:
    """A signature line's only address ('☞공감언론 뉴시스 hong@newsis.com'); not a newsroom contact."""
    for line in lines:
        found = EMAIL.findall(line)
        if len(found) == 1 and len(line) <= 80 and not CONTACT_WORDS.search(line):
            return found[0]
    return None


def copyright_year_only(published: str | None, text: str, any_year: bool = False) -> bool:
    """'2023-01-01' read off a copyright notice's year is no publication date; on a page (`any_year`), neither is
    one read off a year alone in its text ('2020년 운영을 멈춘 …'): a date comes from a date line, so the page
    must print 1 January of that year."""
    if not published or len(published) != 10 or not published.endswith("-01-01"):
        return False
    y = published[:4]
    if not any_year and not re.search(r"(?:ⓒ|©|Copyright|\(c\))[^\n]{0,40}?" + y + "|" + y + r"[^\n]{0,40}?(?:rights|ⓒ|©)",
                                      text, re.I):
        return False
    return not re.search(y + r"\s*[.\-/년]\s*0?1\s*[.\-/월]\s*0?1(?!\d)", text)


# A toolbar's cells: between bars, or apart by a run of spaces where a dump kept the gaps between its buttons
# ('글자크기  인쇄  기사 URL 복사').
_TOOLBAR_CELL = compiled(r"\s+[|｜]\s+|\s{2,}")


# A notice and the link that follows it on one line ('… 독자 후원으로 만들어집니다. 후원하기', '… 번역한 것입니다. 원문 기사 보기').
_NOTICE_THEN_BUTTON = compiled(r"(?P<notice>.+?[.!?])\s*(?:%s)\s*[>›»]?" % _BUTTON, re.I)


# An info list's item as an extractor writes it, its bullet kept ('- 입력 2025.04.15 09:30', '- 댓글 0', '· 조회수 12').
_LIST_BULLET = compiled(r"^[-–·•∙▪◦]\s+")
MAX_BULLETED_FIELD = 40


def _bulleted_field(line: str) -> bool:
    """A short bulleted item that is a page field without its bullet: a date, a byline, a counter or a button."""
    if len(line) > MAX_BULLETED_FIELD or not (m := _LIST_BULLET.match(line)):
        return False
    bare = line[m.end():].strip()
    return bool(bare) and (is_boilerplate(bare) or _is_byline_node(bare) or bool(_date_node(bare) and len(bare) <= 30
                                                                                and not SENTENCE_END.search(bare)))


@lru_cache(maxsize=8192)  # a pure function of the line; a site's furniture repeats on its every page
def is_boilerplate(line: str) -> bool:
    """A line of page furniture; a toolbar too, whose cells are each furniture ('공감 12 | 공유하기 | 이웃추가'); a
    notice followed by its button."""
    if _furniture(line):
        return True
    if (m := _NOTICE_THEN_BUTTON.fullmatch(line.strip())) and _furniture(m.group("notice")):
        return True
    cells = _TOOLBAR_CELL.split(line.strip())
    return len(cells) > 1 and all(_furniture(c) for c in cells)


# The boilerplate patterns searched as one alternation (about half the cost of 130 searches of every line), but
# for those an alternation would change: global flags ('(?i)…' only opens a pattern) or groups (numbered anew).
_JOINABLE = [p for p in BOILERPLATE if not p.groups and not re.match(r"\(\?[aiLmsux]+\)", p.pattern)]
_BOILERPLATE_ANY = compiled("|".join(f"(?:{p.pattern})" for p in _JOINABLE) or "(?!)", re.I)
_BOILERPLATE_REST = [p for p in BOILERPLATE if p not in _JOINABLE]


def _furniture(line: str) -> bool:
    return bool(_BOILERPLATE_ANY.search(line)) or any(p.search(line) for p in _BOILERPLATE_REST) \
        or bool(CREDIT_LINE.fullmatch(line.strip())) \
        or bool(BUTTON_LINE.fullmatch(line.strip())) or bool(CLOSING_LINE.match(line.strip())) \
        or business_footer(line)


FURNITURE_BLOCK = RULES["furniture_block"]
_BAR_CELLS = compiled(FURNITURE_BLOCK["cell_separator"])
_LETTER = compiled(r"[가-힣A-Za-z]")


_LIST_MARK = compiled(r"^(?:\d|[^\w\s])")
_BUTTON_FORM = compiled(r"(?:%s)$" % "|".join(FURNITURE_BLOCK["button_forms"]))
_RANKED_ITEM = compiled(FURNITURE_BLOCK["ranked_item"])


def _button_line(line: str) -> bool:
    """A short line named like a button ('앱 설치하기', '새 소식 알림 받기'); a list's item ('2. 서류 내려받기',
    '▲ 신청서 받기') is none."""
    return bool(_BUTTON_FORM.search(line)) and _loose_line(line) and not _LIST_MARK.match(line)


def button_row(line: str, neighbours: list[str] = ()) -> bool:
    """A row of short cells between bars of which one is a known button or named like one ('이 기사 인쇄하기 | 이메일
    보내기 | 목록'): the others are buttons too, whatever their words; or a row of many one-word cells, a menu. A cell
    is a word or a few, never a sentence nor a figure."""
    if "|" not in line and "｜" not in line:
        return False
    cells = _BAR_CELLS.split(line.strip())
    if len(cells) < 2 or not all(0 < len(c) <= FURNITURE_BLOCK["max_cell_chars"] and _LETTER.search(c)
                                 and not SENTENCE_END.search(c) for c in cells):
        return False
    if len(cells) >= FURNITURE_BLOCK["min_menu_cells"] and \
            all(len(c) <= FURNITURE_BLOCK["max_menu_cell_chars"] and not re.search(r"\d", c) for c in cells) and \
            not any(len(_BAR_CELLS.split(n.strip())) == len(cells) for n in neighbours):
        return True  # (a row beside another of as many cells is a table's)
    return any(_furniture(c) or _BUTTON_FORM.search(c) for c in cells)


def _ranked_list(lines: list[str], region: list[int]) -> set[int]:
    """A ranked list of other stories in the lines after the text: two items or more numbered 1, 2, 3… in a row,
    each short and no sentence, with the loose line right above them (the list's heading)."""
    found: set[int] = set()
    for k, i in enumerate(region):
        if not ((m := _RANKED_ITEM.match(lines[i])) and m.group("n") == "1"):
            continue
        items = [i]
        for j in region[k + 1:]:
            m = _RANKED_ITEM.match(lines[j])
            if not (m and int(m.group("n")) == len(items) + 1 and _loose_line(lines[j])):
                break
            items.append(j)
        if len(items) >= 2 and _loose_line(lines[i]):
            found.update(items)
            if k and _loose_line(lines[region[k - 1]]):
                found.add(region[k - 1])
    return found


def _paragraph(line: str) -> bool:
    return len(line) > FURNITURE_BLOCK["min_paragraph_chars"] or bool(SENTENCE_END.search(line))


def _loose_line(line: str) -> bool:
    """A short line that says nothing of who wrote the text, when, or whose it is: a button's or a list's words (an
    end marker and a copyright line stay, to end the text and name the outlet below)."""
    return len(line) <= FURNITURE_BLOCK["max_loose_chars"] and not SENTENCE_END.search(line) \
        and not (_REPORTER_WORD.search(line) or EMAIL.search(line) or DATETIME.search(line) or CLOSING_LINE.match(line)
                 or _COPYRIGHT_MARK.search(line) or is_end_marker(line))


def _head_anchor(line: str) -> bool:
    """The byline or the date under the headline: what stands above the first paragraph below it is no headline."""
    return bool(DATETIME.search(line) or REPORTER_LINE.fullmatch(line) or _is_byline_node(line) or credit_line(line))


def _marked(i: int, furniture: list[bool], found: set[int]) -> bool:
    return furniture[i] or i in found


_QUOTE_OPENS = compiled(r"^\s*(?:[-–—]\s*)?[\"“]")


def speaker_caption(lines: list[str], i: int) -> bool:
    """A broadcast caption behind a link's mark ('☞ 김민서 / 상인', '▶ 인터뷰 김민서 솔내대 교수') above a line that opens
    with a quotation: it names the quotation's speaker, no link to another story."""
    line = (lines[i] or "").strip()
    nxt = next((ln for ln in lines[i + 1:i + 3] if ln and ln.strip()), "")
    if not line or not _QUOTE_OPENS.match(nxt):
        return False
    if (m := CAPTION_LINE.match(line + "\n" + nxt.strip())) and caption_names_person(m):
        return True
    return bool((m := INTERVIEW.match(line)) and caption_person(m.group("name")))


def furniture_around_text(lines: list[str], furniture: list[bool]) -> set[int]:
    """Lines before the first paragraph or after the last one that are furniture by where they stand: a row of
    buttons; short lines between two lines of furniture (a portal's tool under the byline, a ranked list of other
    headlines under its heading), or after one at the very end (the site's name with a subscribe button).
    Above the text only lines under the byline or the date count: the headline stands above them."""
    filled = [i for i, ln in enumerate(lines) if ln]
    paragraphs = [i for i in filled if not furniture[i] and _paragraph(lines[i])]
    if not paragraphs:
        return set()
    first, last = paragraphs[0], paragraphs[-1]
    found = set()
    for k, i in enumerate(filled):
        if first <= i <= last or furniture[i]:
            continue
        neighbours = [lines[j] for j in filled[max(k - 1, 0):k] + filled[k + 1:k + 2]]
        if (button_row(lines[i], neighbours) or _button_line(lines[i])) \
                and not ((credit := credit_line(lines[i])) and credit.author):  # '에디터 X | 사진 Y': the credits
            found.add(i)
    above = [i for i in filled if i < first]
    anchor = next((i for i in reversed(above) if _head_anchor(lines[i])), None)
    head = [i for i in above if anchor is not None and i > anchor]
    tail = [i for i in filled if i > last]
    found |= _ranked_list(lines, tail)
    for region, open_end in ((head, False), (tail, True)):
        run: list[int] = []
        for k, i in enumerate(region):
            if furniture[i] or i in found:
                if run and k > len(run) and _marked(region[k - len(run) - 1], furniture, found):
                    found.update(run)
                run = []
            elif _loose_line(lines[i]):
                run.append(i)
            else:
                run = []  # a line of another kind: the run before it stood beside no furniture below
        if open_end and run and len(region) > len(run) and _marked(region[-len(run) - 1], furniture, found):
            found.update(run)
    return found


_COPYRIGHT_AFTER = compiled(r"\s+(?=(?:ⓒ|©|\(c\)|Copyright\b|저작권자)\s*\S)", re.I)


def credit_then_copyright(line: str) -> list[str]:
    """A line holding the byline and then the copyright line, run together where the page set them apart in one
    block ('안동=홍길동 기자 hong@… ⓒ 모아신문 - www…'): the two lines; any other line as it is."""
    if len(line) > MAX_MARKER_LINE or not (m := _COPYRIGHT_AFTER.search(line)):
        return [line]
    credit, notice = line[:m.start()], line[m.end():]
    return [credit, notice] if credit_line(credit) and is_end_marker(notice) else [line]


MAX_BIO_CHARS = 200


def writer_bio(line: str, author: str) -> bool:
    """Whether the text's last line is the note on its writer a column prints under it: the author's name, perhaps
    the title, as the topic ('홍길동 교수는 모아학회 이사로 활동하고 있으며 …')."""
    name = author.split()[0] if author else ""
    return len(name) >= 2 and len(line) <= MAX_BIO_CHARS and line.startswith(name) and bool(re.match(
        r"%s\s*(?:[가-힣A-Za-z]{1,12}\s+){0,2}?[가-힣A-Za-z]{0,10}(?<=[가-힣A-Za-z])(?:은|는)\s" % re.escape(name), line)
        # or its name and post as a heading, then a sentence ('홍길동 모아일보 논설위원. 지역 …을 취재했다.')
        or re.match(r"%s\s+(?:[가-힣A-Za-z·]{1,15}\s+){0,3}[가-힣A-Za-z]{1,12}(?<![다요])\.\s+\S" % re.escape(name), line))


# A writer's card under a post (a blog's or an essay platform's): the name set apart (a heading, a bold or linked
# name), perhaps a job, a line about them, counters and buttons. The box holds little besides that line.
MAX_CARD_DEPTH = 2
MAX_CARD_EXTRA_CHARS = 80
_CARD_ROLE = compiled(r"\s*(?:기자|작가|에세이스트|칼럼니스트|필자|에디터|님)?$")


def in_writer_card(tree, line: str, authors: list[str]) -> bool:
    """Whether the text's last line is the note in the writer's card under a post: it stands in a small box that
    names a writer of the text apart, before it (a byline signed under the last paragraph comes after it)."""
    if not authors:
        return False
    for el, box in _small_boxes_around(tree, line, ("p", "div", "span", "dd", "li", "em")):
        for named in box.iter("strong", "b", "a", "h2", "h3", "h4", "h5", "dt", "span"):
            if named is el or named in el.iterancestors() or el in named.iterancestors():
                continue
            name = _CARD_ROLE.sub("", " ".join(named.text_content().split()))
            if any(name and _same(name, a) for a in authors) and _precedes(named, el):
                return True
    return False


def _small_boxes_around(tree, line: str, tags: tuple[str, ...]):
    """Each element whose whole text is the line (a short note, at most MAX_BIO_CHARS), with each box around it up
    to MAX_CARD_DEPTH levels that holds little more than the line: where a writer's card or profile box would be."""
    target = " ".join(line.split())
    if len(target) > MAX_BIO_CHARS:
        return
    for el in tree.iter(*tags):
        if " ".join(el.text_content().split()) != target:
            continue
        box = el
        for _ in range(MAX_CARD_DEPTH):
            box = box.getparent()
            if box is None or box.tag in ("body", "html", "article", "main"):
                break
            if len(" ".join(box.text_content().split())) > len(target) + MAX_CARD_EXTRA_CHARS:
                break
            yield el, box


def _names_writer(text: str, authors: list[str]) -> bool:
    """Whether a label names one of the writers, perhaps with their title ('홍길동', '홍길동 논설위원')."""
    words = " ".join(text.split()).split(" ", 1)
    title = words[1] if len(words) > 1 else ""
    return any(_same(words[0], a) for a in authors) and (
        not title or title in REPORTER_TITLES or title in _WRITER_TITLES or not _CARD_ROLE.sub("", title))


def in_profile_box(tree, line: str, authors: list[str]) -> bool:
    """Whether the text's first line is the note in a columnist's profile box above the text: a small box with the
    writer's photo, its alt naming the writer ('<img alt="홍길동 논설위원">'), and that one line beside it."""
    if not authors:
        return False
    return any(_names_writer(img.get("alt") or "", authors)
               for _el, box in _small_boxes_around(tree, line, ("p", "div", "span", "dd", "em")) for img in box.iter("img"))


def _precedes(a, b) -> bool:
    """Whether element a comes before element b in the document."""
    for el in a.getroottree().iter():
        if el is a:
            return True
        if el is b:
            return False
    return False


_ABOUT_HEADING = compiled(RULES["about_heading"])


def about_box(line: str, below: list[str]) -> bool:
    """The heading of a press release's box about its issuer, with the box's first line under it ('모아전자 개요' /
    '모아전자는 2017년 설립된 …'): the release's text has ended."""
    if not (m := _ABOUT_HEADING.fullmatch(line.strip())) or not below:
        return False
    return re.match(r"%s(?:은|는|\s*\()" % re.escape(m.group("name") or m.group("name2")), below[0].strip()) is not None


# A list under the reporter's sign-off: its items are short and none is a sentence ('- ① 첫 회의 제목', '② 둘째 회').
_LIST_ITEM = compiled(r"^(?:[-•ㆍ·▶]\s*)?(?:[①-⑳]|\d{1,2}\s*[.)]|\(\d{1,2}\))\s*\S.*$")
MIN_LIST_BELOW_SIGNOFF = 2


def without_footer_below_signoff(lines: list[str], signed: list[int]) -> list[str]:
    """A dump's lines without the site's footer under the reporter's sign-off that closes the text: lines that are no
    sentence (the site's name, its address and phone row, a pledge badge: 'Tel 02-000-0000  Fax …'). A sentence
    below the sign-off (an editor's note, a correction) keeps everything below it."""
    if not signed or not any(SENTENCE_END.search(ln) for ln in lines[:signed[-1]]):
        return lines
    after = [i for i in range(signed[-1] + 1, len(lines)) if lines[i]]
    if not after or any(SENTENCE_END.search(lines[i]) or SENTENCE_INSIDE.search(lines[i]) for i in after):
        return lines
    return [ln if i <= signed[-1] else "" for i, ln in enumerate(lines)]


def without_list_below_signoff(lines: list[str], signed: list[int]) -> list[str]:
    """The lines without a numbered list standing after the reporter's sign-off at the text's end (a series' parts,
    a box of headlines whose heading the extraction lost): the text ended with the sign-off. `signed`: where the
    bylines read stood. A list that holds a sentence, or one with no sign-off above it, stays."""
    if not signed or not any(SENTENCE_END.search(ln) for ln in lines[:signed[-1]]):
        return lines
    after = [i for i in range(signed[-1] + 1, len(lines)) if lines[i]]
    if len(after) < MIN_LIST_BELOW_SIGNOFF or not all(
            _LIST_ITEM.match(lines[i]) and len(lines[i]) <= HEAD["max_line_chars"] and not SENTENCE_END.search(lines[i])
            and not SENTENCE_INSIDE.search(lines[i]) for i in after):
        return lines
    return [ln if i <= signed[-1] else "" for i, ln in enumerate(lines)]


_BREADCRUMB = compiled(RULES["breadcrumb"])


def without_breadcrumb(lines: list[str]) -> list[str]:
    """A page's lines without its path to itself above the first paragraph ('모아일보 > 사회 > 복지' over a clipped
    page's text); the same shape below the text is left alone."""
    first = next((i for i, ln in enumerate(lines) if SENTENCE_END.search(ln)), len(lines))
    return [ln for i, ln in enumerate(lines) if i >= first or not _BREADCRUMB.fullmatch(ln.strip())]


@lru_cache(maxsize=4096)  # a pure function of the line; a site's furniture repeats on its every page
def is_end_marker(line: str) -> bool:
    return any(p.search(line) for p in END_MARKERS)


_COPYRIGHT_SLOGAN = compiled(RULES["credits"]["copyright_slogan"], re.I)
_COPYRIGHT_RIGHTS = compiled(RULES["credits"]["copyright_rights"], re.I)
_COPYRIGHT_CREDIT_TAIL = compiled(RULES["credits"]["copyright_credit_tail"])


_FIGURES_ONLY = compiled(r"[\d\s.,\-–~]+")
# The year or years a notice prints after the name it gives the rights to ('ⓒ 모아경제 2026', '© 모아 2010-2026'); a
# figure glued to the name is part of it ('모아뉴스24').
_TRAILING_YEAR = compiled(r"\s+(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)?\d{2,4})?$")  # '© 2026' at a line's end: a year, and no name after it


def outlet_from_copyright(lines: list[str]) -> str | None:
    """The outlet a copyright line names; its Korean name before a Latin rendering another line gives
    ('ⓒ 2023 MOA NEWS' above 'Copyright ⓒ 모아뉴스')."""
    names = []
    for line in lines:
        for p in OUTLET_FROM_COPYRIGHT:
            m = p.search(line)
            name = _COPYRIGHT_CREDIT_TAIL.sub("", m.group(1)) if m else ""
            if (sl := _COPYRIGHT_SLOGAN.search(line)) and not _COPYRIGHT_RIGHTS.search(sl.group("named")) \
                    and not _COPYRIGHT_RIGHTS.search(sl.group("slogan")) and looks_like_outlet(last := sl.group("named").split()[-1]):
                name = last  # 'ⓒ 세상을 여는 창, 종합일간지 모아일보'
            name = _TRAILING_YEAR.sub("", name) or name  # '© 모아경제 2026 무단 전재 금지': the year after the name
            if m and 2 <= len(name) and (" " not in name or len(name) <= MAX_SITE_NAME_CHARS) and not _FIGURES_ONLY.fullmatch(name) \
                    and not _COPYRIGHT_RIGHTS.match(name):  # '© 2026 무단전재 금지': the rights, the name before the sign
                names.append(name)
                break
    return next((n for n in names if re.search(r"[가-힣]", n)), names[0] if names else None)


def _copyright_by_address(name: str, lines: list[str]) -> bool:
    """Whether a copyright line names the site by its web address, the name read from it its host's first label
    ('Copyright ⓒ 2008 moailbo.co.kr' → 'moailbo')."""
    address = compiled(r"(?:ⓒ|©|\(c\)|Copyright)\s*(?:ⓒ|©|\(c\))?\s*(?:(?:19|20)\d{2}\s+)?(?:https?://)?(?:www\.)?%s"
                       r"(?:\.[a-z]{2,6}){1,2}\b" % re.escape(name), re.I)
    return any(address.search(ln) for ln in lines)


def footer_name_over_address(outlet: str, lines: list[str]) -> str | None:
    """The paper's Korean name its footer registers or signs ('모아일보 | 모아시 중앙로 7 | TEL …'), for an outlet read
    from a copyright line that gives only the site's address: the address spells the name in Latin letters for the
    web, the footer prints the paper's own. None for any other outlet (a Latin name of its own, 'MBC', stays)."""
    if not _LATIN_ONLY.fullmatch(outlet) or not _copyright_by_address(outlet, lines):
        return None
    named = _not_portal(outlet_from_legal_footer(lines))
    return named if named and re.search("[가-힣]", named) else None


LEGAL_FOOTER = RULES["legal_footer"]
_LEGAL_NAME = compiled(r"(?:^|[|｜ㅣ·]\s*)(?:%s)\s*[:：]\s*(?P<name>[^|｜ㅣ:：]+?)\s*(?=$|[|｜ㅣ])" % alternation(LEGAL_FOOTER["name_labels"]))
_LEGAL_OTHER = compiled(r"(?:%s)\s*[:：]?" % alternation(LEGAL_FOOTER["other_labels"]))


def outlet_from_legal_footer(lines: list[str]) -> str | None:
    """The name a site's legal footer registers it under ('제호 : 모아일보 | 등록번호 : …'): the field beside another
    registration field on its line, or alone on a line near one, so a '제호' in the text is never read."""
    for i, line in enumerate(lines):
        if (m := _LEGAL_NAME.search(line)) and len(name := m.group("name").strip()) <= MAX_SITE_NAME_CHARS \
                and any(_LEGAL_OTHER.search(ln) for ln in [line[:m.start()] + line[m.end():], *lines[max(0, i - 2):i + 3]]):
            return name
    # the name unlabelled, first on the row of registration fields ('모아일보 | 등록번호 … | 발행인 …')
    return next((name for line in lines if (name := legal_row_outlet(line))), None)


def legal_row_outlet(line: str) -> str | None:
    """The outlet first on a footer's row of registration fields or of its address and contacts ('모아일보 | 등록번호 …
    | 발행인 …', a sender row '모아타임스 | 모아시 중앙로 41 | 문의 letter@…', '(주)모아신문 · 모아시 중앙로 9 · 고객센터
    02-000-0000', '모아일보 | 등록번호 … | Copyright © 모아일보'); None for any other line. A firm's row naming only its
    head and its region ('(주)모아미디어 | 모아시 중구 | 대표 홍길동') is furniture (`business_footer`) but names the
    publisher's firm, not the paper its masthead names."""
    cells = [c.strip() for c in _LEGAL_CELLS.split(line.strip())]
    firm = bool(_COMPANY_FORM.search(cells[0]))
    cells[0] = _COMPANY_FORM.sub("", cells[0]).strip()  # '(주)모아신문', '모아신문(주)', '주식회사 모아신문'
    if len(cells) >= 3 and looks_like_outlet(cells[0]) \
            and (sum(bool(_LEGAL_OTHER.match(c) or _ADDRESS_OR_CONTACT.fullmatch(c) or _COPYRIGHT_CELL.match(c)) for c in cells[1:]) >= 2
                 or (not firm and sender_row(cells[1:]))):  # ('(주)모아미디어 | 모아시 중구 | …': the publisher's firm)
        return cells[0]
    return None


def sender_row(cells: list[str]) -> bool:
    """The cells after a sender's name in a letter's foot that give its city and district alone, not its street, and
    a way to reach it ('모아시 중구 | 문의 letter@…'): the address a newsletter prints under what it sends."""
    return any(_REGION_ADDRESS.fullmatch(c) for c in cells) and any(_ADDRESS_OR_CONTACT.fullmatch(c) for c in cells)


_COMPANY_CELL = compiled(LEGAL_FOOTER["company_cell"])
_HEAD_CELL = compiled(r"%s\s*[:：]?\s*[가-힣]{2,4}(?:\s*[,·ㆍ]\s*[가-힣]{2,4})?" % LEGAL_FOOTER["head_label"])
_REGISTRATION_CELL = compiled(r"%s\s*[:：]?\s*\S.{0,40}" % LEGAL_FOOTER["registration_label"])
# an address led by its province or city, then a city, county or district ('모아광역시 중구 000', '서울 중구 세종대로 1')
_REGION_ADDRESS = compiled(r"(?:주\s*소\s*[:：]?\s*)?%s\s+[가-힣]{1,6}(?:시|군|구)(?=\s|\d|$).{0,40}" % LEGAL_FOOTER["region"])
# a registration and its number, never its date ('등록일 2026.03.05' is a date line)
_REGISTRATION_NUMBER = compiled(r"(?:사업자\s*(?:등록\s*)?번호|법인\s*(?:등록\s*)?번호|통신\s*판매\s*업?\s*신고(?:\s*번호)?"
                                r"|(?:정기간행물\s*|인터넷\s*신문\s*)?등록\s*번호)\s*[:：]?\s*(?:제\s*)?[가-힣\d\s-]{0,25}\d{4,}[\d-]*\s*호?")
_COPYRIGHT_CELL = compiled(r"(?:ⓒ|©|\(c\)|Copyright|저작권자)", re.I)
_FOOTER_CELLS = compiled(LEGAL_FOOTER["footer_separator"])
# The same fields found in a line with no separators, as a business footer kept on one line ('주식회사 모아미디어 대표이사
# 홍길동 사업자등록번호 000-00-00000'): each kind once.
_BUSINESS_KINDS = [compiled(r"(?:^|\s)(?:%s)(?=\s|$)" % LEGAL_FOOTER["company_cell"]),
                   compiled(r"(?:^|\s)%s\s*[:：]?\s*[가-힣]{2,4}(?=\s|$|[,|])" % LEGAL_FOOTER["head_label"]),
                   compiled(r"%s\s*[:：]?\s*(?:제?\s*)?[\d가-힣]{0,6}\s*[\d-]{5,}" % LEGAL_FOOTER["registration_label"]),
                   compiled(r"(?:^|\s)%s\s+[가-힣]{1,6}(?:시|군|구)(?=\s|\d)" % LEGAL_FOOTER["region"]),
                   compiled(r"(?:전화|TEL|팩스|FAX|대표\s*전화)\s*[:：.]?\s*\(?0\d{1,2}\)?[-.\s]?\d{3,4}[-.\s]\d{4}", re.I)]
MAX_BUSINESS_CELL = 60
MAX_BUSINESS_LINE = 300
MIN_BUSINESS_KINDS_UNSEPARATED = 3


def _business_field(cell: str) -> bool:
    """A footer cell that is one field of a firm's legal footer: its name under its legal form, its head, a
    registration, an address or a contact."""
    return any(p.fullmatch(cell) for p in (_COMPANY_CELL, _HEAD_CELL, _REGISTRATION_CELL, _REGION_ADDRESS,
                                           _ADDRESS_OR_CONTACT))


def business_footer(line: str) -> bool:
    """A firm's legal footer on one line, whatever its separators ('(주)모아미디어 | 모아광역시 중구 000 | 대표 홍길동',
    '주식회사 모아미디어 · 대표이사 홍길동 · 사업자등록번호 000-00-00000'): two of its fields between separators, every
    cell short, or three kinds of them in a line with none. A sentence naming a firm's head ('㈜모아전자 대표 홍길동은
    … 밝혔다.') ends as a sentence and is never one."""
    one = line.strip()
    if not one or len(one) > MAX_BUSINESS_LINE or SENTENCE_END.search(one):
        return False
    if len(one) <= MAX_BUSINESS_CELL and _REGISTRATION_NUMBER.fullmatch(one):
        return True  # a footer's fields one a line: the numbered registration alone ('사업자등록번호 : 000-00-00000')
    cells = [c for c in _FOOTER_CELLS.split(one) if c]
    if len(cells) >= 2:
        fields = sum(bool(_business_field(c) or _LEGAL_OTHER.match(c)) for c in cells)
        return fields >= 2 and 2 * fields >= len(cells) and all(len(c) <= MAX_BUSINESS_CELL for c in cells) \
            and any(_business_field(c) for c in cells)
    return sum(bool(p.search(one)) for p in _BUSINESS_KINDS) >= MIN_BUSINESS_KINDS_UNSEPARATED


# A footer's cell that is a street address ('모아시 중앙로 41') or a contact ('문의 letter@…', '대표전화 02-000-0000').
_ADDRESS_OR_CONTACT = compiled(r"[가-힣0-9 ]{2,30}?(?:로|길|대로)\s*\d{1,4}(?:-\d{1,4})?(?:\s*[가-힣0-9 ]{0,12})?"
                               r"|(?:(?:문의|전화|대표\s*전화|연락처|제보|이메일|e-?mail|tel|팩스|fax|(?:고객|독자)\s*(?:센터|상담실))\s*[:：]?\s*)?"
                               r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?0\d{1,2}\)?[-.\s]?\d{3,4}[-.\s]\d{4}|1\d{3}-\d{4})", re.I)


# A company's legal form beside its name in a footer: '(주)', '㈜', '주식회사', '(유)'.
_COMPANY_FORM = compiled(r"^(?:\(\s*[주유]\s*\)|㈜|주식회사\s*)|(?:\(\s*[주유]\s*\)|㈜|\s*주식회사)$")

_LEGAL_CELLS = compiled(r"\s*[|｜ㅣ]\s*|\s+·\s+")


_TITLE_TAG = etree.XPath("//title")
_SITE_SEPARATORS = compiled(r"\s+(?:\||::|-|–|—|―|│|｜|:|·|/|ㅣ)\s+")


def site_name_of_title(tree, headline: str | None) -> str | None:
    """The site's name a page's <title> puts beside its headline ('헤드라인 - 매체명', '매체명 | 헤드라인'):
    the part at the other end from the headline, when it is short; never a portal's."""
    if not headline:
        return None
    found = _TITLE_TAG(tree)
    parts = _SITE_SEPARATORS.split(" ".join(found[0].text_content().split())) if found else []
    if len(parts) < 2:
        return None
    squash = re.sub(r"\W+", "", headline)
    for head, site in ((parts[0], parts[-1]), (parts[-1], parts[0])):
        head_key = re.sub(r"\W+", "", head)
        if head_key and (head_key in squash or squash in head_key) and len(head_key) >= 0.5 * len(squash):
            site = site.strip()
            if 2 <= len(site) <= MAX_SITE_NAME_CHARS and len(site.split()) <= 3 and not _same(site, headline) \
                    and _key(site) not in SECTION_TAGS:
                return _not_portal(site)
    return None


def own_name_over_site_name(tree, headline: str | None, site_name: str, tail: list[str], nodes: list[str]) -> str | None:
    """The name a page gives itself where a reader sees it, over the og:site_name its metadata gives: a paper of a
    media group whose meta tags name the group ('모아미디어그룹') while its <title> beside the headline and its own
    copyright line agree on the paper ('헤드라인 - 모아일보', 'ⓒ 모아일보'). None when the page does not agree
    with itself, or when the <title>'s part is a section or a portal (site_name_of_title never gives those)."""
    named = site_name_of_title(tree, headline)
    if not named or _same(named, site_name) or not looks_like_outlet(named):
        return None
    printed = outlet_from_copyright(tail) or outlet_from_copyright(nodes[::-1])
    return named if printed and _same(named, printed) else None


def site_name_beside_page_kind(tree) -> str | None:
    """The site's name a <title> gives beside the kind of page it is, not a headline ('모아타임스 - 뉴스 상세',
    '기사보기 | 모아일보', '모아신문 :: 기사 본문'): a board's or a CMS's view page titled the same for every story."""
    found = _TITLE_TAG(tree)
    parts = _SITE_SEPARATORS.split(" ".join(found[0].text_content().split())) if found else []
    if len(parts) != 2:
        return None
    for kind, site in ((parts[1], parts[0]), (parts[0], parts[1])):
        if _PAGE_NAME.fullmatch(kind.strip()) and not _PAGE_NAME.fullmatch(site.strip()) and _site_name_like(site.strip()):
            return _not_portal(site.strip())
    return None


def _site_name_like(name: str) -> bool:
    return 2 <= len(name) <= MAX_SITE_NAME_CHARS and len(name.split()) <= 3 and _key(name) not in SECTION_TAGS \
        and not DATETIME.search(name)


def site_name_alone(tree, headline: str | None, nodes: list[str]) -> str | None:
    """A <title> that is the site's name alone ('<title>모아로컬</title>'): short, not the headline, and printed
    again on the page as a line of its own or at the head of one (its logo, its footer's '모아로컬 | 주소 …')."""
    found = _TITLE_TAG(tree)
    name = " ".join(found[0].text_content().split()) if found else ""
    if not _site_name_like(name) or _SITE_SEPARATORS.search(name):
        return None
    headings = {_squashed(h.text_content()) for xpath in _HEADINGS for h in xpath(tree)}
    if _squashed(name) in headings:
        return None  # a short headline shown as the page's heading
    printed = compiled(r"(?:(?:ⓒ|©|\(c\)|Copyright)\s*(?:ⓒ|©|\(c\))?\s*(?:(?:19|20)\d{2}\s+)?)?%s(?:$|[\s.,|])" % re.escape(name), re.I)
    if any(printed.match(n) for n in nodes):
        return _not_portal(name)
    return None


def hangul_title_part(tree, nodes: list[str]) -> str | None:
    """The Hangul name a <title> gives beside a slogan or a section ('모아스타 - 스타들의 모든 이야기') when the page prints
    it again at the head of a line of its own (its menu's first link, its byline's bracket)."""
    found = _TITLE_TAG(tree)
    for part in _SITE_SEPARATORS.split(" ".join(found[0].text_content().split()) if found else ""):
        if re.search("[가-힣]", part) and _site_name_like(part) \
                and any(re.match(r"[\[(]?%s(?:$|[\s.,|\]])" % re.escape(part), n) for n in nodes):
            return _not_portal(part)
    return None


_SITE_LOGO = compiled(r"logo", re.I)
_LOGO_MARKED = etree.XPath("//*[contains(translate(@class, 'LOGO', 'logo'), 'logo') or contains(translate(@id, 'LOGO', 'logo'), 'logo')]")
# A site's name written as text in its masthead under the class the page's template gives the brand ('<span
# class="brand">', Bootstrap's 'navbar-brand'), a class token of its own, not a word inside another ('brandstory').
_BRAND_MARKED = etree.XPath("//body//*[contains(concat(' ', normalize-space(translate(@class, 'BRAND', 'brand')), ' '), ' brand ')"
                            " or contains(concat(' ', normalize-space(translate(@class, 'BRAND', 'brand')), ' '), '-brand ')]")
# The first cell of a footer row that names the site before its contacts or copyright ('모아 · 문의 … · © 2026').
_FOOTER_ROW_HEAD = compiled(r"(?P<name>[가-힣A-Za-z0-9]{2,12}(?:\s[가-힣A-Za-z0-9]{1,12})?)\s*(?:[|｜ㅣ·]|\s(?:ⓒ|©|\(c\)))\s*\S")


def site_logo(tree) -> str | None:
    """The site's name as its logo's alt text: the first image marked as a logo (by its class or id, or
    its parents' up to three levels) whose alt text reads like a name; else a logo written as text
    ('<a class="logo">모아로컬</a>')."""
    for el in tree.iter("img"):
        alt = re.sub(r"\s*(?:로고|logo|CI)$", "", " ".join((el.get("alt") or "").split()), flags=re.I)
        if any(_SITE_LOGO.search(f"{a.get('class') or ''} {a.get('id') or ''} {el.get('src') or ''}")
               for a in [el, *el.iterancestors()][:4]):
            ok = 2 <= len(alt) <= MAX_SITE_NAME_CHARS and len(alt.split()) <= 3 and _key(alt) not in SECTION_TAGS
            return _not_portal(alt) if ok else None
    for el in _LOGO_MARKED(tree):  # no logo image: a logo written as text
        text = " ".join(el.text_content().split())
        if _site_name_like(text):
            return _not_portal(text)
    return None


def brand_name(tree, nodes: list[str]) -> str | None:
    """The site's name its masthead prints under the template's brand class ('<span class="brand">모아 웹진</span>');
    when the brand adds the kind of site to a name its footer row opens with ('모아 웹진' over '모아 · 문의 … · © 2026'),
    the footer's name, the one the site signs with."""
    for el in _BRAND_MARKED(tree):
        text = " ".join(el.text_content().split())
        if not _site_name_like(text) or _key(text) in SECTION_TAGS:
            continue
        for node in nodes[::-1]:
            if (m := _FOOTER_ROW_HEAD.match(node)) and (name := m.group("name")) != text \
                    and text.startswith(name + " ") and _key(text[len(name):]) in _SITE_KINDS:
                return _not_portal(name)
        return _not_portal(text)
    return None


def signed_name(outlet: str, lines: list[str]) -> str:
    """The name a site signs its copyright with when its metadata adds the kind of service to it ('모아방송 뉴스' in
    og:site_name and the <title>, 'ⓒ 모아방송' in the footer): the name the page itself holds the rights under."""
    words = outlet.split()
    if len(words) < 2 or _key(words[-1]) not in _SITE_KINDS:
        return outlet
    stem = " ".join(words[:-1])
    printed = outlet_from_copyright(lines)
    return stem if printed and _same(printed, stem) else outlet


# Words a masthead prints after a site's name for the kind of site it is ('모아 웹진', '모아 매거진'), when the site signs
# its footer with the name alone.
_SITE_KINDS = frozenset(_key(w) for w in MAKERS["site_kind_words"])


def _not_portal(name: str | None) -> str | None:
    return None if not name or is_portal(name, None) else name


CREDIT_RULES = RULES["credits"]
_WRITER_ROLES = frozenset(CREDIT_RULES["writer_roles"])
_NAME_LABELS = frozenset(CREDIT_RULES["name_labels"])
_VAGUE_ROLES = frozenset(CREDIT_RULES["vague_roles"])
_IMAGE_TITLES = frozenset(CREDIT_RULES["image_titles"])
_ROLE_WORD = alternation(CREDIT_RULES["writer_roles"] + CREDIT_RULES["image_roles"] + CREDIT_RULES["text_roles"])
_CREDIT_ROLE = r"(?:%s)(?:%s(?:%s))*" % (_ROLE_WORD, CREDIT_RULES["role_joiner"], _ROLE_WORD)
# (names joined by '·' or ',', a role's word after the mark being the next credit's: '글 홍길동 · 사진 김철수')
_CREDIT_NAMES = r"[가-힣]{2,4}(?:\s*[·,]\s*(?!(?:%s)(?:\s|[=:：|｜ㅣ]))[가-힣]{2,4})*" % _ROLE_WORD
_CREDIT_EMAIL = r"[\[(<]?\s*(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[\])>]?"
# One credit: a role, its separator (a label's mark, or the dot a card's credit sets: '글 · 홍길동 에디터') or a space, perhaps a place, the names and perhaps a title; or, without a role,
# perhaps a desk or an outlet (up to three words: '더 모아 타임즈'), perhaps a place, the names and their title.
# A foreign writer's name in Hangul words, told by its Latin rendering in brackets ('글 루카 베르디(Luca Verdi)').
_FOREIGN_NAME = r"[가-힣]{1,6}(?:\s[가-힣]{1,6}){1,2}(?=\s*\([A-Za-z][A-Za-z .'-]{1,40}\))"  # (not '(hong@…)')
_LATIN_RENDERING = r"(?:\s*(?P<latin>\([A-Za-z][A-Za-z .'-]{1,40}\)))?"
CREDIT = compiled(r"(?:(?P<role>%s)(?:\s*(?P<rsep>%s|[·ㆍ])\s*|\s+)(?:[가-힣]{1,6}\s*=\s*)?(?P<rnames>%s|%s)%s(?:\s*(?P<rtitle>%s))?"
                  r"|(?:(?P<prefix>[가-힣A-Za-z0-9]+(?:\s[가-힣A-Za-z0-9]+){0,2}?)\s+)??(?:(?P<place>[가-힣]{1,6})\s*=\s*)?"
                  r"(?P<names>%s)\s*(?P<title>%s))(?![가-힣])(?:%s)?(?:\s*%s)?"
                  % (_CREDIT_ROLE, LABEL_SEPARATOR, _FOREIGN_NAME, _CREDIT_NAMES, _LATIN_RENDERING, REPORTER, _CREDIT_NAMES, REPORTER,
                     CREDIT_RULES["credit_beat"], _CREDIT_EMAIL))
CREDIT_SEPARATOR = compiled(CREDIT_RULES["credit_separator"])
LONE_CREDIT_EMAIL = compiled(_CREDIT_EMAIL)
MAX_CREDIT_CHARS = CREDIT_RULES["max_chars"]
_CREDIT_LEAD = compiled(CREDIT_RULES["credit_lead"])
_CREDIT_BRACKETS: dict[str, str] = CREDIT_RULES["credit_brackets"]
_CREDIT_DESK_TAG = compiled(CREDIT_RULES["credit_desk_tag"])
_CREDIT_PICTURE_SOURCE = compiled(CREDIT_RULES["credit_picture_source"])
_CREDIT_COPYRIGHT = compiled(CREDIT_RULES["credit_copyright_mark"])
_CREDIT_AFTER_COPYRIGHT = compiled(CREDIT_RULES["credit_after_copyright"])
_CREDIT_TRAILING = compiled(CREDIT_RULES["credit_trailing_fields"])
_CREDIT_SOURCE = compiled(CREDIT_RULES["credit_source"])
_CREDIT_SIGN_OFF = compiled(CREDIT_RULES["credit_sign_off"])
_ANCHOR_HANDOVER = compiled(CREDIT_RULES["anchor_handover"])
_LAST_SENTENCE = compiled(r"(?<=[.!?。\"”’])\s+(?=\S[^.!?。]*[.!?。]?$)")
_CREDIT_RAN_IN = compiled(CREDIT_RULES["credit_ran_in"])
_CREDIT_LETTER_CLOSE = compiled(CREDIT_RULES["credit_letter_close"])
_BROADCASTER_END = compiled(CREDIT_RULES["broadcast_outlet_end"])
_ROLE_SPLIT = compiled(CREDIT_RULES["role_joiner"])


@dataclass
class CreditLine:
    """What a credit line says: the writer (None when only pictures are credited), the writer's address, every
    name it credits, and the words before the first name that may be the outlet ('[모아일보 홍길동 기자]')."""
    author: str | None
    email: str | None
    names: list[str]
    prefix: str | None
    # the writer's credit has a title, a label's sign ('정리=홍길동') or a label said only of a name ('에디터 홍길동'),
    # not a role and a word only ('기획 연재')
    sure: bool = True
    # every writer it names, in order (co-reporters, the one who reported and the one who edited)
    writers: tuple[str, ...] = ()


def credit_line(text: str) -> CreditLine | None:
    """The credits of a line that holds credits and nothing else ('취재 홍길동 기자 / 정리 김철수 기자',
    '(워싱턴=홍길동 특파원)', '글·사진 홍길동 기자 hong@…'); None for any other line."""
    one = " ".join(text.split())
    if len(one) > MAX_CREDIT_CHARS:
        return None
    if one[:1] in _CREDIT_BRACKETS and (close := one.find(_CREDIT_BRACKETS[one[:1]])) > 0 \
            and _CREDIT_PICTURE_SOURCE.fullmatch(one[close + 1:].strip()):
        one = one[:close + 1]  # '[모아연예 홍길동 기자] 사진=모아엔터 제공': the picture's source after the credit
    if one[:1] in _CREDIT_BRACKETS and one[-1:] == _CREDIT_BRACKETS[one[:1]]:
        one = one[1:-1].strip()  # '[모아일보 홍길동 기자]', '【워싱턴=홍길동 특파원】'
    if src := _CREDIT_SOURCE.match(one):  # '출처: 모아일보 (홍길동 기자)'
        found = credit_line(src.group("credit"))
        return replace(found, prefix=found.prefix or src.group("outlet")) if found and found.author else None
    if (signed := _CREDIT_AFTER_COPYRIGHT.match(one)) and looks_like_outlet(signed.group("outlet")) \
            and (found := credit_line(signed.group("credit"))) and found.author:
        return replace(found, prefix=found.prefix or signed.group("outlet"))  # 'ⓒ 모아일보 | 홍길동 기자'
    if (ran := _CREDIT_RAN_IN.match(one)) and looks_like_outlet(ran.group("outlet")) \
            and (found := credit_line(ran.group("credit"))) and found.author:
        return replace(found, prefix=found.prefix or ran.group("outlet"))  # '… 기자 · 모아일보 2025년 3월 7일 보도'
    if off := _CREDIT_SIGN_OFF.match(one):  # '지금까지 … 에서 모아방송 뉴스 홍길동입니다'
        name = off.group("name")
        said = (off.group("title") or one.startswith("지금까지") or looks_like_outlet(off.group("outlet"))
                or _BROADCASTER_END.search(off.group("outlet")))
        return CreditLine(author=name, email=None, names=[name], prefix=off.group("outlet"), writers=(name,)) \
            if said and name not in NOT_REPORTERS and is_korean_name(name) else None
    one = _CREDIT_LEAD.sub("", _CREDIT_COPYRIGHT.sub("", one))  # '/홍길동 기자', '- 홍길동 기자', 'ⓒ 모아뉴스 홍길동 기자'
    one = _CREDIT_DESK_TAG.sub(lambda m: m.group("desk") + " ", one)  # '[디지털뉴스팀] 홍길동 기자'
    if (closed := _CREDIT_LETTER_CLOSE.sub("", one)) != one:  # '에디터 홍길동 드림', '홍길동 드림'
        one = closed
        if _BARE_NAME.fullmatch(one) and is_korean_name(one) and one not in NOT_REPORTERS:
            return CreditLine(author=one, email=None, names=[one], prefix=None, writers=(one,))
    credits: list[tuple[bool, list[str], str | None, bool]] = []
    prefix = email = None
    pos = 0
    while pos < len(one):
        if credits and _CREDIT_TRAILING.match(one, pos):
            break  # '… 기자(mail) · 발행일 2025.04.15 · 제842호': the row's other fields
        if credits and (sep := CREDIT_SEPARATOR.match(one, pos)):
            pos = sep.end()
        m = CREDIT.match(one, pos)
        if m is None and credits and (e := LONE_CREDIT_EMAIL.match(one, pos)) and e.group("email"):
            email = email or e.group("email")  # '홍길동 기자 / hong@…': the address after its credit
            pos = e.end()
            continue
        if m is None or m.end() == pos:
            return None
        if m.group("role"):
            roles = _ROLE_SPLIT.split(m.group("role"))
            writes = any(r in _WRITER_ROLES for r in roles) and m.group("rtitle") not in _IMAGE_TITLES
            names = m.group("rnames")
            sure = bool(m.group("rtitle") or m.group("rsep") or m.group("latin") or any(r in _NAME_LABELS for r in roles))
            if not sure and all(r in _VAGUE_ROLES for r in roles):
                return None  # '기획 연재', '진행 상황': a word that names a role only before a title or a sign
        else:
            prefix = prefix if credits else m.group("prefix")
            names = m.group("names")
            words = (prefix or "").split()
            if not credits and len(words) >= 2 and is_desk(words[-2]) and is_korean_name(words[-1]) \
                    and words[-1] not in NOT_REPORTERS:
                prefix, names = " ".join(words[:-1]), f"{words[-1]}·{names}"  # '사회부 홍길동 김철수 기자': two reporters
            if not credits and not prefix and m.group("place") and looks_like_outlet(m.group("place")):
                prefix = m.group("place")  # '(모아일보=홍길동 기자)': the outlet before '=', where a city may stand
            if _key(prefix or "") in _ROLE_KEYS:
                return None  # a role the grammar reads otherwise
            writes = m.group("title") not in _IMAGE_TITLES
            sure = True
        names_found = split_joined_names(names)
        if any(n in NOT_REPORTERS or looks_like_outlet(n) or BUTTON_LABEL.fullmatch(n) for n in names_found):
            return None  # '송고 기자', '보도 기자', '모아일보 · 홍길동 기자', '후원하기 기자': a button
        if _SPACED_NAME_DOT.search(names) and not all(is_korean_name(n) for n in names_found):
            return None  # '모아문화 · 홍길동 기자 · 2023.11.01': a row's cells, the outlet's name before the reporter's
        credits.append((writes, names_found, m.group("email"), sure))
        pos = m.end()
    if not credits:
        return None
    writer = next((c for c in credits if c[0]), None)
    if writer and not writer[3] and not is_korean_name(writer[1][0]):
        return None  # a role and a word that is no name ('기획 연재', '구성 요소')
    if writer and not writer[3] and len(credits) >= 2:
        writer = (*writer[:3], True)  # '글 홍길동 · 사진 김철수 · 에디터 박서윤': a row of credits names people
    email = (writer[2] if writer else None) or (email if writer else None)
    return CreditLine(author=writer[1][0] if writer else None, email=email,
                      names=[n for c in credits for n in c[1]], prefix=prefix, sure=writer[3] if writer else True,
                      writers=tuple(n for c in credits if c[0] for n in c[1]))


# A middle dot with spaces on both sides between names: co-reporters are joined tight ('홍길동·김철수 기자'), a row's
# cells are set apart ('모아문화 · 홍길동 기자 · …'), so a word there that is no person's name is the row's outlet.
_SPACED_NAME_DOT = compiled(r"\s[·ㆍ]\s")


# A reporter's title opening an element, after the element with the name ('<span>홍길동</span> 기자 · …').
_TITLE_HEAD = compiled(r"(?:%s)(?![가-힣])" % REPORTER)
_BARE_NAME = compiled(r"[가-힣]{2,4}")


_SENDER_FIELD = compiled(r"(?:%s)\s*[:：]\s*(?P<value>\S.*)" % "|".join(MAKERS["sender_labels"]), re.I)
MAX_SITE_WORDS = 2  # a letter's or a site's name before the credit in a sender field


def broadcast_reporter(lines: list[str]) -> str | None:
    """The reporter of a broadcast script with no byline: the one who signs off in the last sentence of one of the last
    paragraphs ('… 예정입니다. 모아방송 뉴스 홍길동입니다'), else the one the anchor hands over to at the end of a first
    paragraph ('… 떠넘겼습니다. 홍길동 기자가 보도합니다')."""
    filled = [ln.strip() for ln in lines if ln and ln.strip()]
    for para in reversed(filled[-CREDIT_RULES["max_signoff_paragraph"]:]):
        last = _LAST_SENTENCE.split(para)[-1]
        if last != para and (found := credit_line(last)) and found.author and _CREDIT_SIGN_OFF.match(" ".join(last.split())):
            return found.author
    for para in filled[:CREDIT_RULES["max_handover_paragraph"]]:
        if (m := _ANCHOR_HANDOVER.search(para)) and is_korean_name(name := m.group("name") or m.group("name2")) \
                and name not in NOT_REPORTERS:
            return name
    return None


def sender_credit(text: str) -> str | None:
    """The writer a sender field credits ('보낸 사람: 모아레터 에디터 홍길동', 'From: 홍길동 기자'), past the letter's name."""
    if not (m := _SENDER_FIELD.fullmatch(text)):
        return None
    words = m.group("value").split()
    for k in range(min(MAX_SITE_WORDS, len(words) - 1) + 1):
        if (found := credit_line(" ".join(words[k:]))) and found.author and found.sure:
            return found.author
    return None


# The English half of a bilingual byline after the Korean one ('· Written by Hong Gil-dong, Reporter', '/ By Hong Gil-dong').
_ENGLISH_CREDIT_AFTER = compiled(r"\s*[·|/]\s*(?:[Ww]ritten\s+by|[Bb]y|[Rr]eported\s+by)\s+[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Za-z ]{2,30})?$")


def node_credit(nodes: list[str], i: int) -> str | None:
    """The writer a page element names: '홍길동 기자', '기자명 홍길동', a credit line ('취재 홍길동 기자 / 정리 김철수 기자'),
    or a name whose title stands in the next element ('<span>홍길동</span> 기자 · <span>…</span>')."""
    one = _ENGLISH_CREDIT_AFTER.sub("", " ".join(nodes[i].split()))  # '홍길동 기자 · Written by Hong Gil-dong, Reporter'
    if (m := REPORTER_NODE.fullmatch(one)) and (who := m.group("who") or m.group("labelled")) not in NOT_REPORTERS:
        return who
    if (found := credit_line(one)) and found.author and found.sure:
        return found.author
    if who := sender_credit(one):
        return who
    if _BARE_NAME.fullmatch(one) and i + 1 < len(nodes) and (t := _TITLE_HEAD.match(nodes[i + 1].strip())):
        found = credit_line(f"{one} {t.group(0)}")
        return found.author if found and found.author not in NOT_REPORTERS else None
    if _LABEL_CELL.fullmatch(one) and i + 1 < len(nodes) and _BARE_NAME.fullmatch(name := " ".join(nodes[i + 1].split())) \
            and is_korean_name(name) and name not in NOT_REPORTERS:
        return name  # a label cell, then the name alone in the next ('<dt>기자</dt><dd>홍길동</dd>')
    return None


# A cell that is only a byline's label or a reporter's title, perhaps with a colon ('기자', '기자명 :', '작성자').
_LABEL_CELL = compiled(r"(?:%s|%s)\s*[:：]?" % ("|".join(map(re.escape, MAKERS["byline_labels"])), REPORTER))
_ROLE_KEYS = frozenset(_key(r) for r in CREDIT_RULES["writer_roles"] + CREDIT_RULES["image_roles"] + CREDIT_RULES["text_roles"])


BYLINE_LABELS = frozenset(_key(w) for w in MAKERS["byline_labels"])


def prefix_outlet(prefix: str | None) -> str | None:
    """The outlet the words before a credit's names give ('모아일보', '모아일보 경제부' → 모아일보, '더 모아타임즈'):
    none when they are only a desk, a section or a label ('경제부', '기자명')."""
    words = (prefix or "").split()
    while words and (_section_or_desk(words[-1]) or _key(words[-1]) in BYLINE_LABELS):
        words = words[:-1]  # '모아일보 경제부': the desk after the outlet
    name = " ".join(words)
    if not name or _section_or_desk(name) or _key(name) in BYLINE_LABELS or name in NOT_REPORTERS:
        return None
    return name


def _apply_credit(found: CreditLine, ex: Extracted, every_writer: bool = False) -> None:
    """Record a credit line's writer (or, with `every_writer`, each writer it names: a lede's bracket signs its
    co-reporters alike, '[매체=홍길동·김철수 기자]'), address and outlet (the words before the names, when no desk or
    section)."""
    for writer in (found.writers or (found.author,)) if every_writer else (found.author,):
        if writer and writer not in ex.authors:
            ex.authors.append(writer)
    if found.email and found.email not in ex.author_emails:
        ex.author_emails.append(found.email)
    if (outlet := prefix_outlet(found.prefix)) and (not ex.outlet or is_portal(ex.outlet, None)):
        ex.outlet = outlet


_LEADING_BRACKET = compiled(r"^[\[(]([^\[\]()]{2,%d})[\])]\s*" % MAX_CREDIT_CHARS)


# '[매체=잠실, 홍길동 기자]': the word between '=' and the comma is the place, so the credit grammar (which would read a
# list of names there) does not read this bracket; its own byline rule does.
_PRESS_PLACE_REPORTER = next(pattern for name, _where, pattern, _strip in BYLINES if name == "outlet_place_reporter")


# Bylines whose form alone does not tell a name from a word: read only when the name reads as a Korean name.
NAME_CHECKED_BYLINES = frozenset({"reporter_label_first", "bare_signoff"})


# The brackets a print page (and its archive or OCR copy) sets its dateline in: '【진평=홍길동기자】'.
PRINT_DATELINE_BRACKETS = ("【", "〔")


# Role words of a credit line for other work than the writing ('글 홍길동 · 에디터 이영희', '진행 홍길동 · 구성 김철수',
# an interview's host: '대담=홍길동 논설위원, 정리=김철수 기자'): its other names are no writers'.
_OTHER_WORK_CREDIT = compiled(r"(?:^|[\s·/|])(?:에디터|편집|진행|구성|대담)\s*[:=：]?\s*[가-힣]")


def _apply_byline(line: str, where: str, ex: Extracted) -> str | None:
    """Record any byline found in the line; return the line without it (None if nothing is left).
    A line of credits and nothing else is read by the credit grammar ('취재 홍길동 기자 / 정리 김철수 기자'); so is a
    bracket of credits that opens the text ('[더 모아타임즈 홍길동 기자] …')."""
    if where == "tail" and (found := credit_line(line)):
        _apply_credit(found, ex, every_writer=not _OTHER_WORK_CREDIT.search(line))  # '홍길동·김철수 기자': both write
        return None
    if where == "head" and (m := _LEADING_BRACKET.match(line)) and not _PRESS_PLACE_REPORTER.match(line) \
            and (found := credit_line(m.group(1))) and found.author:
        _apply_credit(found, ex, every_writer=True)
        return line[m.end():].strip() or None
    for _name, place, pattern, strip in BYLINES:
        if place != where:
            continue
        m = pattern.search(line)
        if not m or _key(m.groupdict().get("outlet") or "") in SECTION_TAGS:
            continue  # '[포토뉴스]': a kind of story, not an outlet's tag
        groups = m.groupdict()
        if _name in NAME_CHECKED_BYLINES and not all(is_korean_name(n) for n in re.split(r"[\s/·,]+", groups["names"]) if n):
            continue  # '기자 회견': the word before a noun, no label before a name
        if any(BUTTON_LABEL.fullmatch(n) for n in re.split(r"[\s/·,]+", groups["names"])):
            continue  # '후원하기 기자의 글 더 보기': the box's buttons, no name
        if _key(groups.get("outlet") or "") in BYLINE_LABELS | BULLETIN_TAGS:
            groups["outlet"] = None  # '기자명 홍길동 기자': a label, not an outlet; '[메인뉴스]': a programme
        if _name == "outlet_equals_reporter" and line.lstrip().startswith(PRINT_DATELINE_BRACKETS) \
                and groups.get("outlet") and not looks_like_outlet(groups["outlet"]):
            groups["outlet"] = None  # '【진평=홍길동기자】': a print page's dateline names the place the story is from
        for name in re.split(r"[\s/·,]+", groups["names"]):
            if name and name not in ex.authors:
                ex.authors.append(name)
        if groups.get("email") and groups["email"] not in ex.author_emails:
            ex.author_emails.append(groups["email"])
        if groups.get("outlet") and not groups.get("posted") and (not ex.outlet or is_portal(ex.outlet, None)):
            ex.outlet = groups["outlet"]
        if strip:
            rest = (line[: m.start()] + line[m.end():]).strip()
            return rest or None
        return line
    return line


# '[단독] 모아전자, 배터리 공장 증설 추진': a tag and a headline's worth of words after it.
_TAGGED_HEADLINE = compiled(r"\[[^\[\]]{1,12}\]\s*\S.{9,}")
_OUTLET_TAG = compiled(r"^\[\s*([^\[\]=]{2,16}?)\s*\]\s*")


def looks_like_outlet(name: str) -> bool:
    """An outlet's name: one in the table, or a word ending as outlets' names do ('한빛스포츠나우',
    '모아일보'), longer than the ending and not a kind of story ('[포토뉴스]')."""
    key = _key(name)
    if key in _OUTLET_NAMES:
        return True
    if " " in name.strip() or key in SECTION_TAGS or key in BULLETIN_TAGS or key in _PORTALS:
        return False
    return any(key.endswith(e) and len(key) >= len(e) + 2 for e in OUTLET_NAME_ENDINGS)


_STORY_KINDS = tuple(sorted(MAKERS["story_kinds"], key=len, reverse=True))
_STORY_KIND_OPENERS = frozenset(MAKERS["story_kind_openers"])
_TAG_NAME = compiled(r"[가-힣A-Za-z][가-힣A-Za-z0-9]{2,11}")


# A headline shared in a post or a message carries its outlet's tag before it and its reporter after it, in
# brackets or after a dash or slash: '[모아일보] 헤드라인 (홍길동 기자)', '[모아일보] 헤드라인 / 홍길동 기자'.
_TRAILING_CREDIT = compiled(rf"\s*(?:[(\[]\s*(?P<b>[가-힣]{{2,4}})\s*(?:{REPORTER})\s*[)\]]|[-–/]\s*(?P<d>[가-힣]{{2,4}})\s*(?:{REPORTER}))\s*$")


def shared_headline(title: str | None) -> tuple[str | None, str, str] | None:
    """(outlet or None, headline, reporter) of a headline shared with its reporter's credit after it (and perhaps
    its outlet's tag before it); None for any other title (a tag alone is a section's or a series')."""
    if not title or not (credit := _TRAILING_CREDIT.search(title)):
        return None
    name = credit.group("b") or credit.group("d")
    outlet = dump_tag_outlet(title)
    headline = title[_OUTLET_TAG.match(title).end() if outlet else 0:credit.start()].strip()
    if not is_korean_name(name) or len(headline) < 8:
        return None
    return outlet, headline, name


def dump_tag_outlet(line: str) -> str | None:
    """The outlet a dump's headline line names in its leading tag ('[모아플러스] 헤드라인', '[주간모아 인터뷰] …'):
    a name of one word that is no section and no kind of story ('[기자수첩]', '[신년 인터뷰]', '[모아리포트]'),
    perhaps followed by the kind of story. A dump prints no other masthead, so its tag is where it names itself."""
    m = _OUTLET_TAG.match(line)
    if not m or not line[m.end():].strip():
        return None
    words = m.group(1).split()
    if len(words) == 2 and _key(words[1]) in {_key(k) for k in _STORY_KINDS} | SECTION_TAGS:
        words = words[:1]
    if len(words) != 1:
        return None
    name = words[0]
    key = _key(name)
    if not _TAG_NAME.fullmatch(name) or key in SECTION_TAGS or key in _PORTALS or key in _STORY_KIND_OPENERS \
            or key.endswith(_STORY_KINDS) or name in NOT_REPORTERS:
        return None
    return name


_SCRIPT_CUES = frozenset(MAKERS["script_cues"])
_PLACE_ENDINGS = tuple(MAKERS["place_endings"])


def lede_tag_outlet(line: str) -> str | None:
    """The outlet a dump names in a tag opening its first paragraph ('[모아스코어] 홍길동(22)이 …'), as wires
    sign their lede: a name as dump_tag_outlet reads one, that is no script's cue ('[앵커]') and no region
    ('[모아시]', '[모아군]'), whatever word it ends with."""
    name = dump_tag_outlet(line)
    if not name or name in _SCRIPT_CUES or name.endswith(_PLACE_ENDINGS):
        return None
    return name


_HANDLES = etree.XPath("//meta[@name='twitter:site' or @property='twitter:site' or @name='twitter:creator']/@content")


def social_handles(tree) -> set[str]:
    """The site's accounts on a social network ('twitter:site' = '@moailbo'), as keys: a handle spells the
    name in Latin letters for a network, the copyright line and the logo print it."""
    return {_key(h.strip().lstrip("@")) for h in _HANDLES(tree) if h.strip().startswith("@")}


def _outlet_tag(line: str, ex: Extracted) -> str | None:
    """'[뉴시스] 삼성전자가 …': a leading tag that is an outlet's name."""
    m = _OUTLET_TAG.match(line)
    if not m or not looks_like_outlet(m.group(1)):
        return line
    if not ex.outlet or is_portal(ex.outlet, None):
        ex.outlet = m.group(1)
    return line[m.end():].strip() or None


REPORTER_LINE = next(p for name, _w, p, _s in BYLINES if name == "reporter_email")


def _is_byline_node(line: str) -> bool:
    """A body line that holds only a reporter and a date, or only a labelled date: page furniture."""
    if len(line) > MAX_BYLINE_NODE:
        return False
    one = unbracketed_date(" ".join(line.split()))
    if LABELLED_DATE_LINE.fullmatch(one) or ((m := DATETIME.fullmatch(one)) and m.group("H")) or DATE_THEN_REPORTER.fullmatch(one):
        return True
    m = BYLINE_NODE.fullmatch(one)
    if m and not (PUBLISHED_LABEL.match(m.group("who")) or UPDATED_LABEL.match(m.group("who"))
                  or m.group("who") in NOT_REPORTERS or _section_beside_date(m.group("who"), one)):
        return True
    if sender_credit(one):
        return True  # '보낸 사람: 모아레터 에디터 홍길동': a letter's sender field
    return bool((row := dateline_row(line)) and row[2])  # a header row with its reporter


def _reporters_in(field: str) -> list[str]:
    """The reporters a longer author field names ('[매체 | 홍길동·김철수 기자] 기사입력'), else the field."""
    m = REPORTER_IN_FIELD.search(field)
    return re.split(r"\s*[·,/]\s*", m.group(1)) if m else [field]


# A field's label ('입력 :', '배포일시:'), the photographer's credit, and the writer's label before a name.
_LABEL = compiled(r"[:：]\s*$")
_PHOTO_CREDIT = compiled(r"(?:사진|촬영|영상|그래픽|일러스트)(?:\s*[:=]\s*|\s+)[가-힣]")
_WRITER_LABEL = compiled(r"^(?:%s)(?:\s*%s\s*|\s+)(?=[가-힣A-Za-z])" % (_BYLINE_LABEL, LABEL_SEPARATOR), re.I)


_TRAILING_DATE_LABEL = compiled(r"\s+(?:%s|%s)\s*[:：]?$" % (_PUBLISHED, "|".join(DATES["updated_labels"])))
# The next field's label read with a byline box's name ('<dd>홍길동</dd><dt>이메일</dt>'): a contact field, no part of it.
_TRAILING_CONTACT_LABEL = compiled(r"\s+(?:%s)\s*[:：]?$" % "|".join(RULES["credits"]["contact_labels"]), re.I)
_NON_WORD = compiled(r"\W+")
_REPORTER_WORD = compiled(REPORTER)


def _box_without_links(line: str) -> str:
    """A writer's box without the links printed after it ('홍길동 한결대 교수 다른 기사 보기')."""
    for gap in re.finditer(r"\s+", line):
        if BUTTON_LINE.fullmatch(line[gap.end():]):
            return line[:gap.start()]
    return line


# The reporter box's link to the writer's other stories, named after the writer ('홍길동 기자의 다른 기사 보기 · hong@…').
_OTHER_STORIES_LINK = compiled(r"^(?P<who>[가-힣]{2,4}\s*(?:%s))의\s*(?:다른|최신|관련)\s*기사(?:\s*(?:더\s*)?보기)?\s*[·|/]?\s*"
                               r"(?=[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|$)" % REPORTER)


def _without_buttons(line: str) -> str:
    """A reporter's line without the box's links or other furniture printed after it ('홍길동 기자 다른기사 보기',
    '홍길동 기자 / 모아일보 뉴스레터 구독 신청은 누리집에서'); any other line as it is."""
    if not _REPORTER_WORD.search(line) or BUTTON_LINE.fullmatch(line):
        return line  # '구독하기 기자의 다른 기사 보기': a row of buttons, the word before '기자' one of them, no name
    line = _OTHER_STORIES_LINK.sub(r"\g<who> ", line).strip()  # '홍길동 기자의 다른 기사 보기 · hong@…': a credit
    for gap in re.finditer(r"\s+", line):
        rest = line[gap.end():]
        if (REPORTER_LINE.fullmatch(line[:gap.start()]) or credit_line(line[:gap.start()])) \
                and (BUTTON_LINE.fullmatch(rest) or (rest[:1] in "/|" and _furniture(rest[1:].strip()))):
            return line[:gap.start()]
    return line


_DESK_ENDINGS = tuple(MAKERS["desk_endings"])
_DESK_WORDS = compiled("|".join(map(re.escape, MAKERS["desk_words"])))


def is_desk(name: str) -> bool:
    """A newsroom's desk signing the article ('온라인뉴스팀', '디지털뉴스부', '사회부', '편집국'), not a person."""
    key = _key(name)
    if key.endswith(_DESK_ENDINGS) and len(key) >= 3:
        return True
    return len(key) >= 3 and key[-1] in "부국" and (key[:-1] in SECTION_TAGS or bool(_DESK_WORDS.search(key[:-1])))


_LATIN_LABEL = compiled(r"^[A-Za-z][A-Za-z.]*(?:\s+[A-Za-z][A-Za-z.]*)*\s*[:：|]?\s*(?=[가-힣]{2,4}$|[가-힣]{2}\s[가-힣]{1,2}$)")


MAX_IMAGE_CREDIT_CHARS = 30


def reporter_in_image(tree) -> str | None:
    """The reporter a page names only in its reporter card's photo (`<img alt="홍길동 기자">`): an alt text that is
    a byline and nothing else, naming one writer across the page (a photographer's credit is none)."""
    names = {credit.author for img in tree.iter("img")
             if (alt := " ".join((img.get("alt") or "").split())) and len(alt) <= MAX_IMAGE_CREDIT_CHARS
             and REPORTER_LINE.fullmatch(alt) and (credit := credit_line(alt)) and credit.author}
    return names.pop() if len(names) == 1 else None


def clean_authors(authors: list[str], outlet: str | None) -> list[str]:
    """'한국일보; 박준석 기자 외' → ['박준석']: drop outlet names, job words and '외'; of a field that
    holds more ('[매체 | 홍길동 기자] 기사입력', '도쿄=홍길동 특파원'), the reporter; page furniture
    ('입력', '댓글 0') and portals are no author."""
    out = []
    named = []
    for a in authors:
        if EMAIL.search(a) and EMAIL.sub("", a).strip(" ()<>[]"):
            a = EMAIL.sub("", a).strip(" ()<>[]/|·")  # '홍길동 기자 hong@…': the field's address is no part of the name
        found = credit_line(a)
        named += list(found.writers) if found else _reporters_in(a)  # '사진 김철수 기자 · 글 홍길동 기자': the writer
    for a in named:
        if _LABEL.search(a) or _PHOTO_CREDIT.match(a.strip()) or PUBLISHED_LABEL.fullmatch(a.strip()) \
                or UPDATED_LABEL.fullmatch(a.strip()) or _CREDIT_PICTURE_SOURCE.fullmatch(a.strip()):
            continue  # '입력 :', '배포일시:' (a field's label), '사진 홍길동' (the photographer), '자료사진' (the source)
        a = _TRAILING_DATE_LABEL.sub("", _WRITER_LABEL.sub("", a.strip()))  # '기자명 홍길동 입력': the date's label after it
        a = _TRAILING_CONTACT_LABEL.sub("", a)  # '홍길동 이메일': the address's label after it
        a = re.sub(r"\s*(?:%s)\b|\s+외$" % REPORTER, "", a, flags=re.I).strip(" ,·|[]()")
        a = _LATIN_LABEL.sub("", a)  # 'Reporter 홍길동': a Latin word before a Hangul name is its label
        if not a or (outlet and (a in outlet or outlet in a)) or re.search(r"(?:일보|신문|뉴스|방송|경제|미디어)$", a) \
                or looks_like_outlet(a):  # a portal's press label shown where a byline stands ('모아투데이')
            continue
        if _key(a) in NOT_AUTHOR_WORDS or _key(a) in _PORTALS or re.search(r"\d|[=@]", a) or is_desk(a):
            continue
        a = name_before_affiliation(a)
        if a not in out:
            out.append(a)
    if any(re.search("[가-힣]", a) for a in out):  # 'Hong Gil-dong': the romanised name of a Hangul byline's writer
        out = [a for a in out if not _ROMANISED_KOREAN_NAME.fullmatch(a)]
    return out


def name_before_affiliation(author: str) -> str:
    """The name of a columnist's byline that adds where the writer works and the post ('홍길동 모아대학교 사회학과
    교수', '홍길동 모아연구원 연구위원'): a Korean name first, a person's title last, no name between."""
    words = re.split(r"\s+[·|]\s+", author, maxsplit=1)[0].split()  # (a note may follow: '… 교수 · 이 글은 …')
    if len(words) >= 2 and len(words[0]) >= 3 and is_korean_name(words[0]) and words[-1] in PERSON_TITLES \
            and not any(is_korean_name(w) and w not in PERSON_TITLES and len(w) <= 4 for w in words[1:-1]):
        return words[0]
    if len(words) >= 2 and len(words[0]) >= 3 and is_korean_name(words[0]) and title_before_workplace(" ".join(words[1:])):
        return words[0]  # '홍길동 교수·모아대학교 사회학과': the title first, then where the writer holds it
    return author


# A Korean name romanised as a bilingual byline gives it: the surname, then the given name's syllables hyphenated.
_ROMANISED_KOREAN_NAME = compiled(r"[A-Z][a-z]{0,5}\s+[A-Z][a-z]{0,6}-[a-z]{1,6}")


_BRACKETED = compiled(r"\s*\([^()]*\)")


def credit_element(author: str, nodes: list[str]) -> str | None:
    """The page element an author field was read from, whole, when the field left its brackets out ('글 루카 베르디 ·
    번역 …' from '글 루카 베르디(Luca Verdi) · 번역 …'): the Latin rendering in them tells a foreign name."""
    if len(author.split()) < 3 or "(" in author:
        return None
    key = _squashed(author)
    return next((n for n in nodes if "(" in n and len(n) <= MAX_CREDIT_CHARS and _squashed(_BRACKETED.sub("", n)) == key),
                None)


def _head_lines(lines: list[str]) -> list[str]:
    """The lines above a dump's first paragraph: short lines that do not end like a sentence (a site's
    name and menu, the headline, its date lines and share buttons)."""
    head = []
    for ln in lines[:MAX_LEAD_LINES]:
        if len(ln) > HEAD["max_line_chars"] or SENTENCE_END.search(ln):
            break
        head.append(ln)
    return head


# A dump saved from a browser starts with the site's name and menu above the headline: at most this many lines.
MAX_LEAD_LINES = HEAD["max_lead_lines"]
# A line of a site's menu or section path: short items between bars or arrows ('리뷰 | 칼럼 | 인터뷰', '홈 > 의료 > 병원').
# (a middle dot or a slash between spaces: one without spaces joins names in a headline, '가람전자·다온화학 합병')
_MENU_SEPARATOR = compiled(r"\s*(?:\||>|›|»)\s*|\s+[·/]\s+")
_JOINED_ITEMS = compiled(r"\s*[·/]\s*")
MAX_MENU_ITEM_CHARS = 12
# A menu whose links each stand in brackets, as a text browser or a copy of the page keeps them; so many links at least
# (a headline's one or two tags before its words, '[단독] [속보] …', are no menu: they have words after them).
_BOXED_ITEM = compiled(r"[\[【〔<]\s*[^\[\]【】〔〕<>]{1,%d}?\s*[\]】〕>]" % MAX_MENU_ITEM_CHARS)
_BOXED_ITEMS = compiled(r"(?:\s*[\[【〔<]\s*[^\[\]【】〔〕<>]{1,%d}?\s*[\]】〕>])+" % MAX_MENU_ITEM_CHARS)
MIN_BOXED_ITEMS = 3
# A menu printed one item a line: short single words ('정치', '경제', '오피니언').
MAX_MENU_ITEM_WORD = 6
_LATIN_ONLY = compiled(r"[A-Za-z0-9 .&'’-]+")


# A menu with its items between spaces ('정치 사회 경제 국제 오피니언'): so many words, most of them sections.
MIN_SPACED_MENU_SECTIONS = 3


# A site's link home, first in its menu ('뉴스홈 입시 교육 …', 'HOME 정치 경제 …'): a word no headline opens with.
_HOME_LINKS = frozenset(_key(w) for w in FURNITURE_BLOCK["home_links"])


# A dump keeps the gaps between a menu's links as runs of spaces ('모아뉴스 홈  정치  경제  사회'): so many such cells.
_MENU_GAP = compiled(r"\s*(?:\||>|›|»|·|/)\s*|\s{2,}")
MIN_GAP_MENU_CELLS = FURNITURE_BLOCK["min_menu_cells"]


def _menu_line(line: str) -> bool:
    items = _MENU_SEPARATOR.split(line.strip(" |>"))
    if len(items) >= 2 and all(1 <= len(i) <= MAX_MENU_ITEM_CHARS for i in items):
        return True
    if (boxed := _BOXED_ITEMS.fullmatch(line.strip())) and len(_BOXED_ITEM.findall(boxed.group(0))) >= MIN_BOXED_ITEMS:
        return True  # links a text browser saved in brackets ('[홈] [정치] [경제] [지역별 보기]', '【홈】【사회】【문화】')
    joined = _JOINED_ITEMS.split(line.strip())
    if len(joined) >= 2 and all(_key(i) in SECTION_TAGS for i in joined):
        return True  # sections joined by dots or slashes ('정치·경제·사회', '생활/문화')
    cells = _MENU_GAP.split(line.strip(" |>"))
    if len(cells) >= MIN_GAP_MENU_CELLS and all(1 <= len(c) <= MAX_MENU_ITEM_CHARS and not re.search(r"\d", c)
                                                for c in cells):  # (a menu's links hold no figures)
        return True
    if _desk_row(line):
        return True
    words = line.split()
    if len(words) >= MIN_SPACED_MENU_SECTIONS + 1 and _key(words[0]) in _HOME_LINKS \
            and all(len(w) <= MAX_DESK_WORD_CHARS + 1 and not re.search(r"\d", w) for w in words[1:]) \
            and not SENTENCE_END.search(line):
        return True  # a menu opened by its link home ('뉴스홈 정치 경제 사회'), whatever its sections' names
    sections = sum(1 for w in words if _key(w) in SECTION_TAGS)
    return sections >= MIN_SPACED_MENU_SECTIONS and 2 * sections > len(words)


# A row of a site's desks with its items between spaces ('전체 뉴스 지역 경제 문화/여행 국제'): so many items, each a
# short word or two joined by a slash; the slashed pair of desks sharing one link marks the row as a menu (a headline of
# nouns alone, '모아시 도심 하천 조명 확대', joins none so). A pair joined by a middle dot ('정치 국회·정당 외교·안보')
# is a headline's way too ('정부 대출·세제 규제 강화 발표'): it marks a menu only in a row that names sections.
MIN_DESK_ROW_ITEMS = 5
MAX_DESK_WORD_CHARS = 4
_DESK_PAIR = compiled(r"[^\s/]+/[^\s/]+")
_DOTTED_DESK_PAIR = compiled(r"[^\s/·ㆍ]+[·ㆍ][^\s/·ㆍ]+")
MIN_DOTTED_ROW_SECTIONS = 3
_DESK_WORD = compiled(r"[가-힣]{1,%d}|[A-Za-z]{1,%d}" % (MAX_DESK_WORD_CHARS, MAX_DESK_WORD_CHARS))


def _desk_row(line: str) -> bool:
    """A menu row of desks: no figure, no mark of a sentence, no particle or ending, no name; every word a bare
    common noun of a few syllables, a section's name or a Latin short form ('IT'), and at least one pair of them joined by a slash (or by
    a middle dot, in a row naming sections)."""
    items = line.split()
    if len(items) < MIN_DESK_ROW_ITEMS:
        return False
    words = [w for i in items for w in re.split(r"[/·ㆍ]", i)]
    if not any(_DESK_PAIR.fullmatch(i) for i in items) and not (
            any(_DOTTED_DESK_PAIR.fullmatch(i) for i in items)
            and sum(_key(w) in SECTION_TAGS for w in words) >= MIN_DOTTED_ROW_SECTIONS):
        return False
    return all(_DESK_WORD.fullmatch(w) and (w.isascii() or _key(w) in SECTION_TAGS or morph.bare_common_nouns(w))
               for w in words)  # (a section's name is a menu's word though a proper noun: '북한')


def _mostly_figures(line: str) -> bool:
    """A widget's line of figures, not words: a ticker's index and its change ('코스피 2,650.12 ▲12.34'), a rate board."""
    shown = "".join(line.split())
    return 3 * sum(ch.isalpha() for ch in shown) < len(shown)  # (letters of any script, decomposed Hangul too)


def _reads_like_headline(line: str) -> bool:
    """A dump's line long enough to be its headline, and none of a site's name, menu, section path, date or widget."""
    return len(line) >= HEAD["min_headline_chars"] and not _menu_line(line) and not _LATIN_ONLY.fullmatch(line) \
        and not DATETIME.search(line) and not _mostly_figures(line) and not _SITE_ADDRESS_LINE.fullmatch(line.strip())


def strip_masthead(lines: list[str], tail: list[str] = (), raw: list[str] = ()) -> tuple[list[str], list[str], str | None]:
    """(lines from the headline on, the masthead lines above it, a short headline) of a dump that starts
    with its site's name, menu and section path ('모아일보' / '정치' / '경제' / … / headline): short lines and
    menu lines, then the first line that reads like a headline. A headline shorter than that ('尹, 거부권
    행사') is the last line above the text that is none of the site's name, menu, dates or byline. Nothing
    is taken when the first line is the headline, or when the lines above it are not a masthead (a menu, an
    outlet's name, or a name the copyright or sign-off lines in `tail` print again). `raw` holds the dump's lines
    before its furniture was dropped: a search box, a login line or a menu above the headline is a masthead's too."""
    filled = [i for i, ln in enumerate(lines) if ln]

    def evidence(above: list[str], headline: str) -> bool:
        return _masthead_evidence(above, tail) or _furniture_above(raw, headline)

    for k, i in enumerate(filled[:MAX_LEAD_LINES]):
        line = lines[i]
        if k and question_headline(line, lines[i + 1:]) and evidence(above := [lines[j] for j in filled[:k]], line):
            return lines[i + 1:], above, line  # '균형발전법, 본회의 넘을까?' under the site's menu
        if len(line) > HEAD["max_line_chars"] or SENTENCE_END.search(line):
            short = [j for j in filled[1:k] if _short_headline(lines[j])]
            above = [lines[j] for j in filled if short and j < short[-1]]
            if not short or not evidence(above, lines[short[-1]]):
                return lines, [], None
            return lines[short[-1] + 1:], above, lines[short[-1]]
        if k == 0 and (_site_with_slogan(line, tail) or _slogan_then_site(line, tail) or _site_with_latin_name(line, tail)):
            continue  # '모아경제 - 빠르고 정확한 경제뉴스', '모아뉴스 MOA NEWS': the site's name heads the masthead
        if k == 0 and len(filled) > 1 and _site_with_desks(line, tail) and _dated_below(raw, lines[filled[1]]):
            continue  # '모아뉴스 정치 경제 사회 문화' over the headline and its dateline: the masthead, in one row
        if k == 0 and len(filled) > 1 and _desk_words_row(line) and _site_tagged(lines[filled[1]], tail):
            return lines[filled[1]:], [line], None  # '정치 경제 사회 문화 스포츠' over '[모아뉴스] 헤드라인': the site's desks
        if _reads_like_headline(line):
            if k and k + 1 < len(filled) and menu_over_its_item(line, lines[filled[k + 1]]):
                continue  # '부동산 재건축·재개발 청약 칼럼' / '재건축·재개발': the menu, then the section it is opened at
            if k and _masthead_line_above_path(lines, filled[k + 1:]):
                continue  # '모아시의 아침을 여는 신문' under the site's name, its path and the headline below
            above = [lines[j] for j in filled[:k]]
            if k == 0 and len(filled) > 1:  # a ticker's line of another story above the site's masthead
                rest, masthead, short = strip_masthead(lines[filled[1]:], tail, raw)
                if masthead and (_outlet_like(masthead[0]) or _site_with_latin_name(masthead[0], tail)
                                 or _latin_rendering(masthead[0])) and any(map(_menu_line, masthead[1:])):
                    return rest, masthead, short
            return (lines[i:], above, None) if k and evidence(above, line) else (lines, [], None)
    return lines, [], None


def menu_over_its_item(line: str, below: str) -> bool:
    """A row of a site's sections between spaces with, on the line under it, one of its own items alone: the menu and
    the section the page is filed under, printed again as the page's crumb. A headline's words never come back alone
    under it."""
    words, item = line.split(), below.strip()
    return len(words) >= MIN_SPACED_MENU_SECTIONS + 1 and item in words and 2 <= len(item) <= MAX_MENU_ITEM_CHARS \
        and not SENTENCE_END.search(line) and not re.search(r"\d", line) \
        and all(len(w) <= MAX_MENU_ITEM_CHARS for w in words)


def _masthead_line_above_path(lines: list[str], below: list[int]) -> bool:
    """A line under a site's name is its slogan, not the headline, when the path to the page ('홈 > 뉴스 > 지역') or
    the site's menu ('홈  정치  경제  사회') comes next and a line that reads like a headline, not yet the text, stands
    under it (past the search box and the section's one word): a masthead holds the name, the slogan and the menu, and
    the headline comes after them."""
    if len(below) < 2 or not (_MENU_PATH.fullmatch(first := lines[below[0]].strip()) or _menu_line(first)):
        return False
    after = next((lines[j] for j in below[1:MAX_LEAD_LINES] if not _masthead_furniture(lines[j])), "")
    return _reads_like_headline(after) and len(after) <= HEAD["max_line_chars"] and not SENTENCE_END.search(after)


def _masthead_furniture(line: str) -> bool:
    """A line of a masthead between its menu and the headline: another menu or path, a search box's or a login's
    word, or the section's one word ('유통', '사회')."""
    one = line.strip()
    return not one or _menu_line(one) or bool(_MENU_PATH.fullmatch(one)) or is_boilerplate(one) \
        or (len(one) <= MAX_MENU_ITEM_WORD and " " not in one and not SENTENCE_END.search(one))


MAX_QUESTION_HEADLINE = 40
_QUESTION_END = compiled(r"[?？]\s*$")


def question_headline(line: str, below: list[str]) -> bool:
    """A headline asked as a question ('반도체 겨울 끝날까?', '왜 지금인가?'): one short clause ending in a question mark,
    alone in its block, text or a byline below it; it ends like a sentence but stands above the text."""
    after = next((ln for ln in below if ln), "")
    return bool(_QUESTION_END.search(line)) and len(line) <= MAX_QUESTION_HEADLINE and not SENTENCE_INSIDE.search(line) \
        and not line.startswith(QUOTE_OR_TAG[:4]) and bool(below) and below[0] == "" \
        and (len(after) > len(line) or _byline_only(after) or bool(DATETIME.search(after)))


def _furniture_above(raw: list[str], headline: str) -> bool:
    """A line of a site's furniture (a search box, a login or skip link, a menu) above a dump's headline."""
    at = next((i for i, ln in enumerate(raw[:MAX_LEAD_LINES]) if ln == headline), None)
    return at is not None and any(ln and (is_boilerplate(ln) or _menu_line(ln)) for ln in raw[:at])


_SLOGAN_SEPARATOR = compiled(r"\s+[-|｜ㅣ│:·–—―─~～/／]\s+")  # (ㅣ: the Hangul letter typed as a bar, set apart by spaces)


def _site_with_slogan(line: str, tail: list[str] = ()) -> bool:
    """A site's name, a separator, then its slogan ('모아경제 - 빠르고 정확한 경제뉴스', '모아교육신문 | 교육이 바뀌면 …'):
    the name reads as an outlet's (or the last lines print it again), the rest holds no date."""
    parts = _SLOGAN_SEPARATOR.split(line.strip(), maxsplit=1)
    return len(parts) == 2 and (_outlet_like(parts[0]) or any(parts[0] in ln for ln in tail)) \
        and not DATETIME.search(parts[1]) and not _menu_line(parts[1])


_SLOGAN_THEN_NAME = compiled(r"(?P<slogan>\S.*?\S)(?:\s{2,}|\s+[-|｜ㅣ│:·–—―─~～/／]\s+)(?P<name>[가-힣][가-힣0-9]{1,11})")


def _slogan_then_site(line: str, tail: list[str] = ()) -> bool:
    """A logo's slogan, then the site's name, set apart by a wide space or a separator ('이웃을 잇는 신문  모아소식'):
    the name reads as an outlet's (or the last lines print it again), the slogan holds no date and is no menu."""
    m = _SLOGAN_THEN_NAME.fullmatch(line.strip())
    if m is None or DATETIME.search(m.group("slogan")) or _menu_line(m.group("slogan")) or " " not in m.group("slogan"):
        return False
    name = m.group("name")
    return _outlet_like(name) or any(name in ln for ln in tail)


_SITE_THEN_LATIN = compiled(r"(?P<name>[가-힣][가-힣0-9]{1,11})\s+(?P<latin>[A-Za-z][A-Za-z0-9.&' ]{1,40})")


def _site_with_latin_name(line: str, tail: list[str] = ()) -> bool:
    """A site's Korean name and its Latin rendering on one line ('모아뉴스 MOA NEWS', '모아일보 The Moa Ilbo'): the
    Korean part reads as an outlet's name (or the last lines print it again), or is one word rendered in capitals
    as a logo prints it."""
    m = _SITE_THEN_LATIN.fullmatch(line.strip())
    return bool(m) and (_outlet_like(m.group("name")) or any(m.group("name") in ln for ln in tail)
                        or (" " not in m.group("name") and _LOGO_CAPITALS.fullmatch(m.group("latin")) is not None))


# A logo's Latin rendering of the site's one-word Korean name, in capitals ('모아등대 MOADEUNGDAE', '모아뉴스 MOA NEWS').
_LOGO_CAPITALS = compiled(r"[A-Z][A-Z .&'-]{3,}")


def _latin_rendering(line: str) -> bool:
    """A site's Korean name beside its name in capitals ('모아 MOA', '모아뉴스 MOANEWS'): a masthead's first line."""
    m = _SITE_THEN_LATIN.fullmatch(line.strip())
    return bool(m) and len(letters := re.sub(r"[^A-Za-z]", "", m.group("latin"))) >= MIN_LATIN_RENDERING and letters.isupper()


# A site's desks in one row after its name, between spaces ('모아뉴스 정치 경제 사회 문화'): so many words, each a short
# bare noun or a section's name (a coined or loanword desk may fail the noun test: one such word is let through).
MIN_SITE_DESKS = 4
MAX_UNREAD_DESKS = 1


def _desk_words(words: list[str]) -> bool:
    """Words that are all a menu's desks: short Hangul or Latin words with no figure, bare nouns or sections' names
    but for one loanword."""
    if not words or not all(_DESK_WORD.fullmatch(w) for w in words):
        return False
    unread = sum(1 for w in words if not (w.isascii() or _key(w) in SECTION_TAGS or morph.bare_common_nouns(w)))
    return unread <= MAX_UNREAD_DESKS and unread < len(words) - 1


def _desk_words_row(line: str) -> bool:
    """A row of a site's desks with no name before them ('농업 어촌 관광 축제 육아'): as many words as a desk row."""
    words = line.split()
    return len(words) >= MIN_DESK_ROW_ITEMS and _desk_words(words)


def _site_with_desks(line: str, tail: list[str] = ()) -> bool:
    """A dump's first line holding the site's name and then its desks ('모아뉴스 정치 경제 사회 문화'): the name reads as
    an outlet's and the last lines (its copyright, its footer) print it again; the rest is a row of desks."""
    words = line.split()
    return len(words) > MIN_SITE_DESKS and _outlet_like(words[0]) and _masthead_name(words[0]) \
        and any(words[0] in ln for ln in tail if ln != line) and _desk_words(words[1:])


def _dated_below(raw: list[str], headline: str) -> bool:
    """Whether the dump's next line under the headline gives its date ('기사입력 2026-04-02 10:31'): a headline's."""
    at = next((i for i, ln in enumerate(raw[:MAX_LEAD_LINES]) if ln == headline), None)
    below = next((ln for ln in raw[at + 1:] if ln), "") if at is not None else ""
    return bool(DATETIME.search(below))


def _site_tagged(line: str, tail: list[str] = ()) -> bool:
    """A headline tagged with the site's name in brackets ('[모아뉴스] 헤드라인'), a name the last lines print again."""
    m = _OUTLET_TAG.match(line)
    return bool(m) and len(line) > m.end() and any(m.group(1) in ln for ln in tail)


# A site's address alone on a line ('moailbo.kr', 'www.moa.co.kr', 'https://moa.kr/'): a reader view (a browser's or
# a read-later app's) prints it first, over the site's name and the headline.
_SITE_ADDRESS_LINE = compiled(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/?", re.I)


def _masthead_evidence(above: list[str], tail: list[str] = ()) -> bool:
    """Lines that are a site's masthead: a menu line, an outlet's name first (or a name the last lines print
    again, or the site's address), or menu items one a line."""
    return bool(above) and (any(map(_menu_line, above)) or _outlet_like(above[0]) or _site_with_slogan(above[0], tail)
                            or bool(_SITE_ADDRESS_LINE.fullmatch(above[0].strip()))
                            or _site_with_latin_name(above[0], tail) or _latin_rendering(above[0])
                            or _site_with_desks(above[0], tail)
                            or any(above[0].strip() in ln for ln in tail)
                            or sum(1 for ln in above if len(ln) <= MAX_MENU_ITEM_WORD and " " not in ln) >= 2)


def _outlet_like(name: str) -> bool:
    key = _key(name.strip("[]【】<>《》 "))
    return key in _OUTLET_NAMES or any(key.endswith(e) and len(key) >= len(e) + 2 for e in OUTLET_NAME_ENDINGS)


def _short_headline(line: str) -> bool:
    return len(line) >= HEAD["min_short_headline_chars"] and not _menu_line(line) and not _LATIN_ONLY.fullmatch(line) \
        and not DATETIME.search(line) and not _byline_only(line) and not is_boilerplate(line)


def _byline_only(line: str) -> bool:
    """A line that is a byline and nothing else ('홍길동 기자', 'by 홍길동', '[모아일보 홍길동 기자]')."""
    one = line.strip()
    return bool(REPORTER_LINE.fullmatch(one)) or any(
        (m := p.search(one)) and m.start() == 0 and m.end() == len(one) for _n, _w, p, _s in BYLINES)


def masthead_outlet(masthead: list[str], tail: list[str]) -> str | None:
    """The site's name on a dump's first line, above its menu: a name as outlets' names end ('모아일보',
    '코리아 그린 리포트'), or one the copyright or sign-off lines print again."""
    if not masthead:
        return None
    if (korean := korean_beside_latin(masthead)) is not None:
        return korean
    name = masthead[0].strip("[]【】<>《》 ")
    if (both := _SITE_THEN_LATIN.fullmatch(name)) and _site_with_latin_name(name, tail):
        return both.group("name")  # '모아뉴스 MOA NEWS': the Korean name
    if _site_with_slogan(name, tail):
        name = _SLOGAN_SEPARATOR.split(name.strip(), maxsplit=1)[0]  # '모아나루 - 의약·헬스케어 전문 매체': the name
    elif _site_with_desks(name, tail):
        name = name.split()[0]  # '모아뉴스 정치 경제 사회 문화': the name before its desks
    if _menu_line(name) and (_outlet_like(first := _MENU_SEPARATOR.split(name)[0].strip())
                             or _site_name_like(first) and any(first in ln for ln in tail if ln != masthead[0])):
        name = first  # '모아일보 > 사회': the site's name heads its section path (or its footer prints it again)
    words = name.split()
    if not (2 <= len(name) <= MAX_SITE_NAME_CHARS and len(words) <= 3) or _menu_line(name) or DATETIME.search(name) \
            or _key(name) in SECTION_TAGS or _key(name) in _PORTALS or name in NOT_REPORTERS:
        return None
    if _outlet_like(name):
        return name
    return name if any(name in ln for ln in tail) else None


def korean_beside_latin(masthead: list[str]) -> str | None:
    """A site's Latin name on a dump's first line and its Korean name on the next ('THE MOA KOREA' / '더 모아 코리아'):
    the Korean one, as a page printing both on one line is read (`hangul_site_name`)."""
    if len(masthead) < 2 or not _LATIN_ONLY.fullmatch(masthead[0]) or not re.search(r"[A-Za-z]", masthead[0]):
        return None
    name = masthead[1].strip()
    ok = re.fullmatch(r"[가-힣][가-힣A-Za-z0-9 ]*", name) and _site_name_like(name) and not _menu_line(name) \
        and _key(name) not in _PORTALS and name not in NOT_REPORTERS
    return name if ok else None


_MASTHEAD_NAME = compiled(r"[가-힣A-Za-z0-9]{2,15}")


def masthead_line(line: str) -> tuple[str | None, str | None] | None:
    """(outlet, date) of a dump's line under its headline that names the outlet beside a date or a
    section ('모아일보 | 2023.11.01 09:33', '2023-11-01 16:40 모아뉴스', '모아일보 | 사회'), or beside
    nothing but a label ('송고 2023.11.01 11:32': no outlet); None for any other line."""
    one = " ".join(line.split())
    if len(one) > MAX_BYLINE_NODE:
        return None
    d = DATETIME.search(one)
    if d:
        before = PUBLISHED_LABEL.sub("", one[: d.start()]).strip()  # '모아일보 | 입력 2023.11.01'
        rest = (before + " " + one[d.end():]).strip(" |·/")
        if not rest:  # a date alone is no masthead; a labelled date is the article's
            return (None, _iso(d)) if before != one[: d.start()].strip() else None
        rest = rest.strip("[]【】<>《》 ")  # '[모아일보] 2023.11.01 (수) 09:33'
        if rest in _PLATFORM_POST_KINDS:
            return None, _iso(d)  # '보드 · 2023.11.01': the platform's kind of post, then its date
        name = rest if _masthead_name(rest) else None
        return (name, _iso(d)) if name else None
    parts = [p.strip() for p in _SITE_AND_SECTION.split(one)]
    if len(parts) == 2 and (_section_or_desk(parts[1]) or _story_kind(parts[1])) and _masthead_name(parts[0]):
        return parts[0], None  # '모아일보 | 사회', '모아사람 > 인물': the site and the section its story is filed in
    parts = [p.strip() for p in _SITE_DOT_DESK.split(one)]
    if len(parts) == 2 and (_section_or_desk(parts[1]) or _REGION_DESK.fullmatch(parts[1])) \
            and _masthead_name(parts[0]) and not _REGION_DESK.fullmatch(parts[0]):
        return parts[0], None  # '모아소식 · 강원': a reader view's source line, the site and the desk or region filed in
    parts = one.split()
    if len(parts) == 2 and _section_or_desk(parts[1]) and _outlet_like(parts[0]) and _masthead_name(parts[0]):
        return parts[0], None  # '모아신문 사회부': the outlet and its desk
    return None


_SITE_AND_SECTION = compiled(r"\s*[|｜>›»]\s*")
# A reader view (a browser's or a read-later app's) prints the site under the headline beside its desk after a spaced
# middle dot ('모아소식 · 강원', '모아일보 · 사회'); a site's regional desk is named for its province or city.
_SITE_DOT_DESK = compiled(r"\s+[·ㆍ•]\s+")
_REGION_DESK = compiled(LEGAL_FOOTER["region"])


def outlet_over_date(line: str, below: list[str]) -> bool:
    """A dump's line under its headline that is an outlet's name alone, the article's dated line under it ('모아신문' /
    '기사입력 2023.11.01 09:33'), as a portal's app prints the press of the story it carries."""
    one = line.strip()
    return bool(below) and _outlet_like(one) and _masthead_name(one) and not is_portal(one, None) \
        and len(below[0]) <= MAX_BYLINE_NODE and bool(DATETIME.search(below[0])) and not UPDATED_LABEL.match(below[0].strip())


def _story_kind(word: str) -> bool:
    return any(_key(word) == _key(k) for k in _STORY_KINDS)


def _site_and_section(line: str) -> bool:
    """A dump's first line that names the site and the section above the headline ('모아사람 | 인물')."""
    found = _SITE_AND_SECTION.search(line) and masthead_line(line)
    return bool(found) and found[0] is not None and found[1] is None


def _section_or_desk(word: str) -> bool:
    """A section ('사회') or a desk named for one ('사회부', '온라인뉴스팀')."""
    return _key(word) in SECTION_TAGS or is_desk(word) or (word.endswith("부") and _key(word[:-1]) in SECTION_TAGS)


# The cells of a dump's header row: bars of every width, tabs, runs of spaces ('모아일보 | 2023.11.01 | 홍길동 기자',
# '모아일보ㅣ2023.11.01', '모아일보    2023.11.01'); within a cell, a dot or a slash may part two fields ('모아일보 · 2023.11.01'),
# but not inside a byline's label ('글·사진 홍길동 기자'), which is why a cell is first read whole.
_ROW_SEPARATOR = compiled(r"\s*[|｜ㅣ¦]\s*|\t+|\s{2,}")
_CELL_SEPARATOR = compiled(r"\s*[·ㆍ/]\s*")
# The place a correspondent files from, before the name ('도쿄=홍길동 특파원').
_POSTED_AT = compiled(r"^[가-힣]{1,6}\s*=\s*")
# A labelled field beside the date in such a row ('출처: 모아전자').
_ROW_LABEL = compiled(r"(?:%s)\s*[:：]\s*\S" % "|".join(map(re.escape, RULES["makers"]["row_labels"])))
_FILING_WORD = compiled(r"\s+(?:%s)$" % "|".join(map(re.escape, RULES["makers"]["filing_words"])))
_COPY_LENGTH = compiled(RULES["makers"]["copy_length"])
_FILED_COPY_HEAD = compiled(RULES["makers"]["filed_copy_head"])


def filed_copy_outlet(nodes: list[str]) -> str | None:
    """The outlet a filed manuscript's head names ('모아일보 사회부 송고 원고'), over its desk's lines; the outlet may be set
    in an element of its own ('<strong>모아일보</strong> 사회부 송고 원고')."""
    for i, node in enumerate(nodes):
        for text in (node, " ".join(nodes[i:i + 2])):
            if (m := _FILED_COPY_HEAD.match(" ".join(text.split()))) and looks_like_outlet(m.group("outlet")):
                return m.group("outlet")
    return None
# A weekday or a time left beside a date in its own cell ('(화)', '09:30'), or the print edition's mark after it
# ('2026년 11월 18일자', '2026.11.18자 5면': the day the paper printed it).
_DATE_REST = compiled(r"\(?[월화수목금토일](?:요일)?\)?|(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?|자(?:\s*[A-Z]?\d{1,2}\s*면)?")


class _Row:
    """The fields a header row has given so far."""

    def __init__(self) -> None:
        self.outlet: str | None = None
        self.date: str | None = None
        self.reporter: str | None = None
        self.credited = self.labelled = self.sectioned = False


def _row_date(text: str) -> re.Match | None:
    d = DATETIME.search(text)
    if d:
        return d
    d = SHORT_YEAR_DATETIME.search(text)
    return d if d and d.group("H") and (d.start() == 0 or not text[d.start() - 1].isdigit()) else None


def _row_field(cell: str, row: _Row, depth: int = 0) -> bool:
    """Read one cell of a header row into `row`: a date (perhaps with the outlet's tag or a label beside it:
    '[모아일보] 2023.11.01', '입력 2023.11.01 09:33'), a credit line, a section or desk, the outlet, a labelled field.
    False when the cell is none of them (a headline, a sentence)."""
    cell = cell.strip()
    if not cell:
        return True
    if (d := _row_date(cell)) and depth < 2:
        before, after = cell[:d.start()].strip(), cell[d.end():].strip()
        if before and UPDATED_LABEL.fullmatch(before):
            return not after  # '수정 2023.11.02': the update, beside the date that counts
        rest = PUBLISHED_LABEL.sub("", before, count=1).strip() if PUBLISHED_LABEL.match(before) else before
        if after and not (_DATE_REST.fullmatch(after) or PUBLISHED_LABEL.fullmatch(after)
                          or _row_field(after, row, depth + 1)):
            return False
        if rest and not _row_field(rest, row, depth + 1):
            return False
        row.date = row.date or _iso(d)
        return True
    if _DATE_REST.fullmatch(cell):
        return True
    if found := credit_line(cell):
        row.credited = True
        row.reporter = row.reporter or found.author
        row.outlet = row.outlet or prefix_outlet(found.prefix)  # '모아일보 문화부 홍길동 기자'
        return True
    if (m := REPORTER_NODE.fullmatch(_POSTED_AT.sub("", cell))) and (who := m.group("who") or m.group("labelled")) \
            not in NOT_REPORTERS:
        row.reporter = row.reporter or who
        return True
    name = cell.strip("[]【】<>《》 ")
    if is_portal(name, None):
        return True  # the portal the page was saved from ('다음뉴스 | 모아경제 | …'): never the outlet
    if _key(name) in SECTION_TAGS or _section_or_desk(name) \
            or (row.outlet and _MASTHEAD_NAME.fullmatch(name) and len(name) <= MAX_MENU_ITEM_WORD):
        row.sectioned = True
        return True  # the desk or beat beside the outlet ('모아일보 | 야구 | 2023.11.01')
    if not row.outlet and _masthead_name(name):
        row.outlet = name
        return True
    filed = _FILING_WORD.sub("", name)  # '[모아일보 송고]': the outlet that filed the copy
    if filed != name and not row.outlet and _masthead_name(filed):
        row.outlet = filed
        return True
    if _POST_COUNTER.fullmatch(cell):  # '조회 412': a board view's counter beside its date and writer
        return True
    if _EMAIL_CELL.fullmatch(cell):  # '홍길동 기자 | hong@… | 2023.11.01': the reporter's address in a cell of its own
        return True
    if _COPY_LENGTH.fullmatch(cell):  # '분량 원고지 6매': the filed copy's length
        row.labelled = True
        return True
    if _ROW_LABEL.match(cell):
        row.labelled = True  # '출처: 모아전자', '분류: 보도자료'
        return True
    return False


_CELL_TAG = compiled(r"^\s*[\[【<《][^\]】>》]{2,30}[\]】>》]")
# A header row's cell holding the reporter's e-mail address, perhaps under its label ('e-mail: hong@moa.example').
_EMAIL_CELL = compiled(r"(?:(?:e-?mail|이메일|메일)\s*[:：]?\s*)?[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?", re.I)
# A cell parted into more pieces than this is a menu, not fields (and its readings would be too many to try).
MAX_CELL_PARTS = 8


def _row_cell(cell: str, row: _Row) -> bool:
    """A cell read whole, else as fields parted by a dot or a slash, each run of parts read together when it
    is one field ('글 · 사진 홍길동 기자 · 2023.11.01')."""
    trial = _Row()
    trial.__dict__.update(row.__dict__)
    if _row_field(cell, trial):
        row.__dict__.update(trial.__dict__)
        return True
    if (tag := _CELL_TAG.match(cell)) and cell[tag.end():].strip():  # '[모아일보 송고] 경제부': the tag, then a field
        trial = _Row()
        trial.__dict__.update(row.__dict__)
        if _row_field(tag.group(0), trial) and _row_cell(cell[tag.end():].strip(), trial):
            row.__dict__.update(trial.__dict__)
            return True
    words = cell.split()
    if len(words) == 2 and _section_or_desk(words[1]) and _outlet_like(words[0]):  # '모아일보 사회부': outlet, desk
        trial = _Row()
        trial.__dict__.update(row.__dict__)
        if _row_field(words[0], trial) and trial.outlet == words[0] and _row_field(words[1], trial):
            row.__dict__.update(trial.__dict__)
            return True
    cuts = [(m.start(), m.end()) for m in _CELL_SEPARATOR.finditer(cell)]
    if not cuts or len(cuts) >= MAX_CELL_PARTS:
        return False
    bounds = [0] + [c for cut in cuts for c in cut] + [len(cell)]
    starts, ends = bounds[0::2], bounds[1::2]  # part k is cell[starts[k]:ends[k]]
    n = len(starts)

    def solve(k: int, state: _Row) -> _Row | None:
        if k == n:
            return state
        for j in range(n - 1, k - 1, -1):  # the longest run of parts first
            trial = _Row()
            trial.__dict__.update(state.__dict__)
            if _row_field(cell[starts[k]:ends[j]], trial) and (done := solve(j + 1, trial)):
                return done
        return None

    done = solve(0, row)
    if done is None:
        return False
    row.__dict__.update(done.__dict__)
    return True


def _read_row(line: str) -> _Row | None:
    """The fields of a row of cells between bars, or None when a cell is no field."""
    if len(" ".join(line.split())) > MAX_BYLINE_NODE:
        return None
    row = _Row()
    for cell in _ROW_SEPARATOR.split(line.strip()):
        if not _row_cell(" ".join(cell.split()), row):
            return None
    return row


def dateline_row(line: str) -> tuple[str | None, str | None, str | None] | None:
    """(outlet, date, reporter) of a dump's line under its headline that puts them side by side between bars
    ('모아일보 | 입력 2023.11.01 09:33 | 홍길동 기자', '[모아일보] 2023년 11월 1일 | 워싱턴=홍길동 특파원',
    '모아신문 | 2023.11.01 | 글·사진 홍길동 기자', '2023.11.01 09:33 | 국제'): a date and at least one other
    field (the desk too), nothing else."""
    if not _row_date(line) or not (row := _read_row(line)):
        return None
    return (row.outlet, row.date, row.reporter) if row.date and (row.outlet or row.reporter or row.credited
                                                                 or row.labelled or row.sectioned) else None


def row_outlet(nodes: list[str]) -> str | None:
    """The press a page's source row under its headline names beside the date ('모아일보 | 2023.11.01 | 홍길동 기자':
    a clipping kept in a document, a page that prints no site name of its own). The press may stand in an element of
    its own, the row's other cells after it ('<p><strong>모아일보</strong> | 홍길동 기자 | 2023.11.01</p>')."""
    for i, node in enumerate(nodes):
        for k in range(1, MAX_ROW_NODES + 1):
            one = " ".join(" ".join(nodes[i:i + k]).split())
            if len(one) > MAX_BYLINE_NODE:
                break
            if (row := dateline_row(one)) and row[0] and row[1] and looks_like_outlet(row[0]):
                return row[0]
    return None


# How many page elements a source row may be cut into ('<strong>모아일보</strong>', '| 홍길동 기자 | 2023.11.01').
MAX_ROW_NODES = 2


def foot_row(line: str) -> tuple[str, str | None, str | None] | None:
    """(outlet, date, reporter) of a dump's last line that signs it with the outlet's name beside a date or a
    credit ('모아포스트 | 입력 2023.11.01 15:30', '글·사진 홍길동 기자 / 모아일보'): the row a page prints under
    its text, with the site's name; None without the name or without a second field."""
    row = _read_row(line)
    if not row or not row.outlet or not (row.date or row.reporter or row.credited) \
            or (is_korean_name(row.outlet) and not looks_like_outlet(row.outlet)):
        return None  # '홍길동/김철수 기자': a co-reporter's name before the slash, no site
    return row.outlet, row.date, row.reporter


def date_then_update(line: str) -> tuple[str | None, str | None] | None:
    """(published, updated) of a dump's line that prints a date unlabelled, then the update's after its label
    ('2023.11.01 10:12 최종 업데이트 2023.11.01 14:05', '23.11.01 10:12 | 수정 23.11.01 14:05'): the first is
    the article's. A two-digit year counts only with its time."""
    one = " ".join(line.split())
    first = _date_at(one, 0)
    if not first:
        return None
    rest = one[first.end():].lstrip(" |·/")
    label = UPDATED_LABEL.match(rest)
    second = _date_at(rest, label.end()) if label else None
    if not second or rest[second.end():].strip():
        return None
    return _iso(first), _iso(second)


# '2023-11-01 09:33 송고': a published label after the date it names.
_TRAILING_PUBLISHED_LABEL = compiled(r"(?<=\d)\s+(?:%s)$" % "|".join(DATES["published_labels"]))


# A date line's own frame: brackets around it ('[2023-11-01 09:33]'), the page's counters after it ('| 조회 312'), set
# apart by a bar or by spaces alone as a dump keeps the cells of its row ('2023.11.01 (수) 10:12   조회 1,382').
_BRACKETS_AROUND = compiled(r"^[\[(【]\s*([^\[\]()【】]*?)\s*[\])】]$")
_COUNTER_CELLS_AFTER = compiled(r"(?:(?:\s*[|｜ㅣ·]\s*|\s+)(?:조회\s*수?|댓글|공감|추천|좋아요|읽음|[Vv]iews?)\s*[:：]?\s*[\d,]+\s*(?:회|개|건)?)+$")
_BUTTON_CELLS_AFTER = compiled(r"\s*[|｜]\s*([^|｜\d][^\d]*)$")
_SEPARATOR_BARS = compiled(r"\s*[|｜]\s*")


def _date_line(line: str) -> re.Match | None:
    """A line that is a date and nothing else; one with a two-digit year ('23.11.01 09:33') only with its time.
    A wire may print its label after the date ('2023-11-01 09:33 송고')."""
    one = _TRAILING_PUBLISHED_LABEL.sub("", _BRACKETS_AROUND.sub(r"\1", _COUNTER_CELLS_AFTER.sub("", line.strip())))
    if (cells := _BUTTON_CELLS_AFTER.search(one)) and all(is_boilerplate(c) for c in _SEPARATOR_BARS.split(cells.group(1)) if c):
        one = one[:cells.start()].strip()  # '2023-11-01 09:33 | 기사 URL 복사': the page's buttons beside the date
    d = DATETIME.fullmatch(one) or SHORT_YEAR_DATETIME.fullmatch(one)
    if not d and (d := DATETIME.match(one)) and not _DATE_ZONE_TAIL.fullmatch(one, d.end()):
        d = None  # '2023-11-01T09:33:00+09:00', '2023-11-01 09:33 KST': the zone the time is in, nothing else
    return d if d and (len(d.group("y")) == 4 or d.group("H")) else None


def _date_at(text: str, pos: int) -> re.Match | None:
    d = DATETIME.match(text, pos)
    if d:
        return d
    d = SHORT_YEAR_DATETIME.match(text, pos)
    return d if d and d.group("H") else None


_HEADER_FIELD = compiled(r"(?P<label>%s)\s*[:：]\s*(?P<value>\S.*)" % "|".join(
    "(?P<%s>%s)" % (field, "|".join(labels)) for field, labels in MAKERS["header_fields"].items()))


_FIELD_LABEL = compiled("|".join(label for labels in MAKERS["header_fields"].values() for label in labels))
_MAIL_FIELD = compiled(r"(?:%s)\s*[:：]\s*\S.*" % "|".join(MAKERS["mail_fields"]), re.I)
_MAIL_SUBJECT = compiled(r"(?:%s)\s*[:：]\s*(?P<subject>\S.*)" % "|".join(MAKERS["mail_subject"]), re.I)
MAX_MAIL_HEADER_LINES = 8
MIN_LETTER_FIELDS = 2  # header fields that make the head of a text a letter's ('보낸 사람' and '제목', 'From' and 'Sent')


def mail_frame(lines: list[str]) -> tuple[str | None, list[str]]:
    """(the letter's subject, the lines below the frame) of a letter saved from an e-mail client: its first lines
    are the client's boxes and header fields ('받은편지함' / '보낸사람: …' / '제목: …'); nothing for any other dump.
    The subject without its tag ('[모아레터] 헤드라인') is the headline the letter prints again."""
    filled = [i for i, ln in enumerate(lines[:MAX_MAIL_HEADER_LINES * 2]) if ln.strip()][:MAX_MAIL_HEADER_LINES]
    fields = [i for i in filled if _MAIL_FIELD.fullmatch(lines[i].strip())]
    if not fields:
        return None, lines
    subject = None
    end = fields[-1]
    if len(filled) > 1 and filled[0] < fields[0] and not _MAIL_SUBJECT.fullmatch(lines[filled[0]].strip()) \
            and all(is_boilerplate(lines[i]) for i in filled[1:] if i < fields[0]) \
            and len(lines[filled[0]]) <= HEAD["max_line_chars"] and not SENTENCE_END.search(lines[filled[0]]):
        # a letter printed or saved from a webmail: its subject set apart above the folder's name and the fields
        # ('모아레터 제12호' / '받은편지함' / '보낸사람: …'); the subject names the letter, its headline is in it
        filled = filled[1:]
        if (after := next((i for i in range(end + 1, min(len(lines), end + 3)) if lines[i].strip()), None)) is not None \
                and len(lines[after]) <= MAX_BYLINE_NODE and _date_line(lines[after].strip()):
            end = after  # the time the mail was sent, printed under its fields
    for i in filled:
        if (m := _MAIL_SUBJECT.fullmatch(lines[i].strip())) and i <= end + 1:
            subject, end = m.group("subject").strip(), max(end, i)
    if any(not (is_boilerplate(lines[i]) or _MAIL_SUBJECT.fullmatch(lines[i].strip())) for i in filled if i <= end
           and not (i == end and i != fields[-1] and _date_line(lines[i].strip()))):
        return None, lines  # a field among text: no client's frame
    if subject and (m := _LEADING_TAG.fullmatch(subject)):
        subject = m.group("rest")
    return subject, lines[end + 1:]


_ADDRESS_IN_ANGLES = compiled(r"\s*<[^<>@\s]+@[^<>\s]+>\s*$")


def mail_sender(frame: list[str]) -> str | None:
    """The sender's name a letter's frame gives in its sender field ('보낸사람: 모아일보 뉴스레터 <letter@…>' → '모아일보
    뉴스레터'), without the address; None when it has none."""
    for line in frame:
        if (m := _SENDER_FIELD.fullmatch(line.strip())) and (name := _ADDRESS_IN_ANGLES.sub("", m.group("value")).strip()):
            return name.strip("\"'")
    return None


MAX_BANNER_LINES = 4  # a clipping sheet's banner and its own fields ('스크랩 일자', '분류') above the article's fields


def header_fields(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """({field: value}, the lines after them) of a dump that starts with labelled fields, one a line
    ('제목: 헤드라인' / '매체: 모아일보' / '날짜: 2023년 11월 1일'); nothing when its first line is no such field."""
    found: dict[str, str] = {}
    banner = 0
    for i, line in enumerate(lines[:MAX_LEAD_LINES]):
        if not line.strip():
            continue
        m = _HEADER_FIELD.fullmatch(line.strip())
        if not m and found and (credit := credit_line(line)) and credit.author:
            found.setdefault("author", credit.author)  # '글: 홍길동 기자', '취재·정리 홍길동 기자' among the fields
            continue
        if not m and found and (other := _OTHER_FIELD.fullmatch(line.strip())):
            label = other.group("label") + ":"
            if (when := _whole_date(other.group("value"), bool(PUBLISHED_LABEL.fullmatch(label)))) \
                    and not UPDATED_LABEL.fullmatch(label):
                found.setdefault("published", when)  # a date whatever its label ('작성일: …', '송고시간: …')
            continue  # another field of the header ('분류: 사회')
        if not m and not found and banner < MAX_BANNER_LINES and len(line.strip()) <= HEAD["max_line_chars"] \
                and not SENTENCE_END.search(line.strip()):
            banner += 1  # a sheet's banner and its own fields above the article's ('■ 오늘의 스크랩', '스크랩 일자: …')
            continue
        if not m:
            break
        field = next(f for f in MAKERS["header_fields"] if m.group(f))
        value = m.group("value").strip()
        if field == "outlet" and len(cells := _SOURCE_CELLS.split(value, maxsplit=1)) == 2 \
                and (credit := credit_line(cells[1])) and credit.author:
            value = cells[0]  # '출처: 모아일보 / 문화부 홍길동 기자': the press, then its reporter's credit
            found.setdefault("author", credit.author)
        if field == "outlet" and (link := _LINK_AFTER_OUTLET.search(value)) and link.start() > 0:
            value = value[:link.start()]  # '출처: 모아일보 https://…': the press, then the link to its article
        if field == "outlet" and (desk := _DESK_AFTER_OUTLET.fullmatch(value)):
            value = desk.group("outlet")  # '모아일보 정치부': the press, not its desk
        found.setdefault(field, value)
    else:
        i = min(len(lines), MAX_LEAD_LINES)
    if not found or (banner and not {"title", "outlet"} & found.keys()):
        return {}, lines  # (under a banner only a field giving the headline or the press shows the header is the article's)
    return found, lines[i:]


# Any other labelled field among them: a short label, a short value.
FRAME = RULES["dump_frame"]
_PRINT_FOOTER = compiled(FRAME["print_footer"])
_POST_COUNTER = compiled(FRAME["post_counter"], re.I)
_POST_SOURCE = compiled(FRAME["post_source"])
_RULE_LINE = compiled(FRAME["rule_line"])
_URL_LINE = compiled(r"https?://\S+")
_POST_CELLS = compiled(r"\s*[|｜·ㆍ]\s*|\s{2,}|\t+")


def print_header(line: str) -> tuple[str, str | None] | None:
    """(headline, site) of the line a browser prints at the top of every page: the print's date and time, a gap,
    then the page's <title> ('2025. 4. 17. 오후 3:12      헤드라인 - 모아일보'); None for any other line."""
    m = DATETIME.match(line) or SHORT_YEAR_DATETIME.match(line)
    if not m or not m.group("H") or not re.match(r"\s{2,}|\t", line[m.end():]):
        return None
    parts = _SITE_SEPARATORS.split(line[m.end():].strip())
    if len(parts) < 2:
        return None
    site = parts[-1].strip()
    return " - ".join(parts[:-1]).strip(), site if _site_name_like(site) else None


def _print_footer(line: str) -> bool:
    m = _PRINT_FOOTER.fullmatch(line.strip())
    return bool(m) and 0 < int(m.group("n")) <= int(m.group("of"))


def _post_row(line: str) -> bool:
    """'닉네임 | 2025.06.03 23:14 | 조회 1,204 | 추천 37': a board post's row (a date cell, a counter cell and the poster's);
    a date with counters only ('2025.06.03 23:14  조회 1,204  추천 37') is an article's own date line."""
    cells = [c for c in _POST_CELLS.split(line.strip()) if c]
    dated = [bool(DATETIME.search(c) or SHORT_YEAR_DATETIME.fullmatch(c)) for c in cells]
    counted = [bool(_POST_COUNTER.fullmatch(c)) for c in cells]
    return 3 <= len(cells) <= 8 and any(dated) and any(counted) and not all(d or n for d, n in zip(dated, counted))


# The closing credit of a dump is looked for among its last this many lines.
MAX_LINES_AFTER_CREDIT = 12
# An item of a list of other stories: a dash, a bullet or a number before it ('- 제목', '· 제목', '1. 제목').
_LIST_ITEM = compiled(r"(?:[-·•▶▷►]|\d{1,2}[.)])\s*\S")


def without_lists_after_credit(lines: list[str]) -> list[str]:
    """A dump's lines without the lists a site prints after the writer's closing credit ('홍길동 기자 hong@…' /
    '[관련 기사]' / '- 다른 기사 제목' / '실시간 인기' / '1. …'): headings and items that end no sentence, when one is a
    list's item. The site's footer (copyright, links), a dateline row and a line naming the carried press are kept
    for what they say; nothing goes when a paragraph follows the credit."""
    filled = [i for i, ln in enumerate(lines) if ln]
    credit = next((i for i in reversed(filled[-MAX_LINES_AFTER_CREDIT:])
                   if (c := credit_line(lines[i])) and c.author and c.email), None)
    if credit is None:
        return lines
    after = [i for i in filled if i > credit]
    if any(SENTENCE_END.search(lines[i]) or len(lines[i]) > HEAD["max_line_chars"] for i in after) \
            or not any(_LIST_ITEM.match(lines[i]) for i in after):
        return lines
    drop = {i for i in after if not (is_boilerplate(lines[i]) or outlet_from_copyright([lines[i]])
                                     or DATETIME.search(lines[i]) or any(p.search(lines[i]) for p in ORIGINAL_PRESS))}
    return [ln for i, ln in enumerate(lines) if i not in drop]


# Other stories' headlines a dump keeps under its closing sign-off, unbulleted ('재계 인사 마무리…세대교체' one a line).
MIN_HEADLINES_AFTER_SIGNOFF = 2


def _sign_off(line: str) -> bool:
    """A line that signs a text off and says nothing else: the writer's address alone, or the writer's credit."""
    one = line.strip()
    return bool(EMAIL.fullmatch(one)) or _byline_only(one) or bool((c := credit_line(one)) and c.author and c.email)


def footer_or_box_line(line: str) -> bool:
    """A line that opens a site's box or footer under a text: a box's heading, a copyright or footer row, a button."""
    return is_end_marker(line) or is_boilerplate(line) or bool(outlet_from_copyright([line])) \
        or bool(legal_row_outlet(line)) or business_footer(line) or button_row(line)


def without_headlines_after_signoff(lines: list[str]) -> list[str]:
    """A dump's lines without the headlines of other stories a site prints, one a line and unbulleted, between the
    sign-off right under the text's last paragraph and its footer ('hong@…' / '다른 기사 제목' / '또 다른 제목' /
    'ⓒ 모아일보'): lines that end no sentence and hold none. The footer stays for what it names; nothing goes when a
    sentence follows the sign-off."""
    filled = [i for i, ln in enumerate(lines) if ln]
    tail = filled[-MAX_LINES_AFTER_CREDIT:]
    signed = next((i for k, i in enumerate(tail) if k and _sign_off(lines[i]) and SENTENCE_END.search(lines[tail[k - 1]])), None)
    if signed is None:
        return lines
    after = list(itertools.takewhile(lambda i: not footer_or_box_line(lines[i]), (i for i in filled if i > signed)))
    if len(after) < MIN_HEADLINES_AFTER_SIGNOFF or any(
            SENTENCE_END.search(lines[i]) or SENTENCE_INSIDE.search(lines[i]) or len(lines[i]) > HEAD["max_line_chars"]
            or len(lines[i]) < HEAD["min_headline_chars"] or _sign_off(lines[i]) or DATETIME.search(lines[i])
            for i in after):
        return lines
    drop = set(after)
    return [ln for i, ln in enumerate(lines) if i not in drop]


_PRINT_VIEW_TITLE = compiled(FRAME["print_view_title"].replace("{words}", "|".join(
    sorted((r"\s*".join(map(re.escape, w.split())) for w in FRAME["print_view_words"]), key=len, reverse=True))), re.I)
_PRINT_TIME_LABEL = compiled(FRAME["print_time_label"])


def _print_view_mark(line: str) -> bool:
    """The print window's title ('모아일보 - 인쇄하기') or the time the view was printed ('인쇄일시 : 2026-12-11 08:47')."""
    one = " ".join(line.split())
    if _PRINT_VIEW_TITLE.fullmatch(one):
        return True
    label = _PRINT_TIME_LABEL.match(one)
    return bool(label and (d := DATETIME.match(one[label.end():])) and not one[label.end() + d.end():].strip())


def print_view_head(lines: list[str]) -> tuple[list[str], str | None]:
    """(lines, site) of a dump of a site's print view without the window's head above its masthead: its title naming
    the view, the printed page's address, its buttons and the time it was printed, when one of them names the print
    view (an address or a button alone above a headline proves nothing); the site the title names beside the view."""
    filled = [i for i, ln in enumerate(lines) if ln]
    head: list[int] = []
    for i in filled[:MAX_LEAD_LINES]:
        one = lines[i].strip()
        if not (_print_view_mark(one) or _URL_LINE.fullmatch(one) or is_boilerplate(one) or button_row(one)):
            break
        head.append(i)
    if not any(_print_view_mark(lines[i]) for i in head):
        return lines, None
    titles = [m for i in head if (m := _PRINT_VIEW_TITLE.fullmatch(" ".join(lines[i].split())))]
    site = next(((m.group("site") or m.group("tag")).strip() for m in titles if m.group("site") or m.group("tag")), None)
    rest = lines[head[-1] + 1:]
    while rest and not rest[0]:
        rest = rest[1:]
    return rest, site if site and _site_name_like(site) else None


def dump_frame(lines: list[str]) -> tuple[list[str], str | None]:
    """(lines, site) of a dump without the frame around its article, and the site the frame names:
    - a site's print view: the window's head above the masthead (`print_view_head`);
    - a browser's print: the header every printed page starts with (its <title> names the site) and the foot
      (address, page number), wherever a page break put them;
    - a board's repost: the board's name, the post's title and its row (poster, date, counters) above the quoted
      article (proved by a byline under the row), the source line naming its press, and the poster's own words
      under a rule drawn after the article."""
    lines, site = print_view_head(lines)
    if site is not None:
        return lines, site
    filled = [i for i, ln in enumerate(lines) if ln]
    if filled and (header := print_header(lines[filled[0]])):
        site = header[1]
        lines = [ln for ln in lines if not (ln and (print_header(ln) or _print_footer(ln) or _URL_LINE.fullmatch(ln)))]
        return lines, site
    row = next((i for i in filled[:FRAME["max_post_row_line"]] if _post_row(lines[i])), None)
    if row is None or not any(_byline_only(ln) or _is_byline_node(ln) or credit_line(ln) or _credit_then_date(ln)
                              for ln in lines[row + 1:row + 1 + FRAME["max_byline_below_post"]]):
        return lines, None
    lines = lines[row + 1:]
    for i, ln in enumerate(lines[:3]):
        if m := _POST_SOURCE.match(ln):
            site = m.group("name").strip()
            lines = lines[:i] + lines[i + 1:]
            break
    seen_text = False
    for i, ln in enumerate(lines):
        if seen_text and _RULE_LINE.match(ln):
            return lines[:i], site
        seen_text = seen_text or len(ln) > 40
    return lines, site


PRINT_PAGE = RULES["print_columns"]
_PAGE_MARK = compiled(PRINT_PAGE["page_mark"])
_PAGE_CONTINUED = compiled(PRINT_PAGE["continued"])
_PAGE_FOOT_WORDS = frozenset(PRINT_PAGE["page_foot_words"])


# A print story's issue: its date and the page it ran on ('1996년 10월 12일 (土) 제7면', '2025.03.04 A12면',
# '2025년 3월 4일자 12면'), as a paper's archive or a clipping heads it: the day the story was published.
_ISSUE_DATE = compiled(r"(?:%s)\s*자?\s*(?:[|·,/]\s*)?(?:제\s*)?[A-Z]?\d{1,2}\s*면(?![가-힣])" % DATES["datetime"])


def print_issue_date(nodes: list[str]) -> str | None:
    """The date of the issue and page a print story ran on, from the first node that names both."""
    return next((_iso(m) for node in nodes if (m := _ISSUE_DATE.search(node))), None)


def print_page_head(line: str, masthead: str | None = None) -> tuple[str, str] | None:
    """(paper, date) of a print copy's page head: a page mark, a full date, the paper's name (or '' when the head
    leaves it to the foot) and at most a weekday, an issue number and a section beside them ('A12 2025년 3월 4일
    화요일 사회 모아일보', '2025년 3월 4일 화요일 제8742호 (3)'); None for any other line. Under the paper's
    nameplate (`masthead`, a line of its own above) a bare page number is the page's mark."""
    d = DATETIME.search(line)
    if not d or len(line) > MAX_BYLINE_NODE:
        return None
    words = [w.strip("()") if _PAGE_MARK.fullmatch(w.strip("()")) else w
             for w in _ISSUE_NUMBER.sub(" ", line[:d.start()] + " " + line[d.end():]).split() if not _DATE_REST.fullmatch(w)]
    marks = [w for w in words if _PAGE_MARK.fullmatch(w)]
    names = [w for w in words if looks_like_outlet(w)]
    rest = [w for w in words if w not in marks and w not in names]
    if len(marks) != 1 or len(names) > 1 or len(rest) > 1 or (rest and not _section_or_desk(rest[0])) \
            or (not names and not masthead and marks[0].isdigit()):  # (a bare number and a date alone may be a list's item)
        return None
    return (names[0] if names else masthead or ""), (_iso(d) or "")


# An issue's number beside a print page's date ('제8742호', '제 12,345 호').
_ISSUE_NUMBER = compiled(r"(?<!\S)제\s*[\d,]{1,7}\s*호(?!\S)")
# A nameplate's letters set apart ('모 아 일 보'), and its Latin rendering beside it ('MOA ILBO').
_LETTER_SPACED = compiled(r"(?:[가-힣] +){2,}[가-힣]")
_NAMEPLATE = compiled(r"(?P<name>[가-힣][가-힣 ]*?)(?:\s{2,}|\s+(?=[A-Z]))(?P<latin>[A-Z][A-Za-z .&'-]+)?|(?P<alone>[가-힣][가-힣 ]*)")
# A ruler a print copy (or its OCR) draws between the head and the text, and above an advertisement.
_RULER = compiled(r"[─━═―—–\-=_~·•]{8,}")


def nameplate(line: str) -> str | None:
    """The paper's name on a print copy's first line, alone or beside its Latin rendering, its letters perhaps set
    apart as a nameplate spaces them ('모 아 일 보     MOA ILBO' → '모아일보'); None unless it reads as an outlet's."""
    m = _NAMEPLATE.fullmatch(line.strip())
    if not m:
        return None
    name = (m.group("name") or m.group("alone") or "").strip()
    if _LETTER_SPACED.fullmatch(name):
        name = name.replace(" ", "")
    return name if " " not in name and looks_like_outlet(name) else None


def dated_page_foot(line: str, when: str) -> str | None:
    """The paper a print page's foot names beside the issue's date and the page mark ('모아신보  2025년 3월 4일 화요일
    A5'), any name of one word: the date and the mark are the head's own. None for any other line."""
    d = DATETIME.search(line)
    if not d or _iso(d) != when or len(line) > MAX_BYLINE_NODE:
        return None
    words = [w for w in (line[:d.start()] + " " + line[d.end():]).split() if not _DATE_REST.fullmatch(w)]
    marks = [w for w in words if _PAGE_MARK.fullmatch(w)]
    names = [w for w in words if w not in marks]
    return names[0] if len(marks) == 1 and len(names) == 1 and re.fullmatch(r"[가-힣]{2,10}", names[0]) \
        and not _section_or_desk(names[0]) else None


def _page_foot(line: str, paper: str) -> bool:
    """'모아일보 A12 면   광고': the paper's name again with the page mark, and nothing of the text."""
    words = line.split()
    return paper in words and any(_PAGE_MARK.fullmatch(w) for w in words) \
        and all(w == paper or _PAGE_MARK.fullmatch(w) or w in _PAGE_FOOT_WORDS for w in words)


def print_page(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """({field: value}, the lines without the page's frame) of a dump copied from a print page: the page head
    gives the paper and the date, the first block under it (a headline set over two or three lines) the
    headline; page feet and notes sending the reader to another page go. Nothing for any other dump."""
    filled = [i for i, ln in enumerate(lines) if ln and not _RULER.fullmatch(ln.strip())]
    first = filled[0] if filled else None
    if filled and len(filled) > 1 and (plate := nameplate(lines[filled[0]])) \
            and (under := print_page_head(" ".join(lines[filled[1]].split()), plate)):
        head, first = under, filled[1]  # the nameplate on a line of its own, the date line under it
    elif not filled or not (head := print_page_head(lines[filled[0]])):
        return {}, lines
    paper, when = head
    if not paper and when:  # a head that leaves the paper's name to the foot ('모아신보   2025년 3월 4일 화요일 A5')
        paper = next((name for ln in lines[first + 1:] if ln and (name := dated_page_foot(" ".join(ln.split()), when))), "")
    kept: list[str] = []
    carried = False  # a paragraph the page's foot cut goes on under it ('… 설비는' / foot / '불이 나면 …')
    for ln in lines[first + 1:]:
        if ln and ((paper and _page_foot(ln, paper)) or _PAGE_CONTINUED.match(ln)
                   or print_page_head(" ".join(ln.split()))
                   or (paper and dated_page_foot(" ".join(ln.split()), when) == paper)):  # (the next page's head, or a foot with the date)
            while kept and not kept[-1]:
                kept.pop()
            carried = len(kept) >= 2 and all(kept[-2:]) and not SENTENCE_END.search(kept[-1]) \
                and len(kept[-1]) <= HEAD["max_line_chars"]  # (the last line of a column's run, not a note alone)
            if not carried:
                kept.append("")
            continue
        if carried and not ln:
            continue
        carried = False
        kept.append(ln)
    while kept and not kept[0]:
        kept.pop(0)
    if kept and _section_or_desk(kept[0].strip()):
        kept.pop(0)  # the page's section printed alone under its head ('사회'), over the headline
        while kept and not kept[0]:
            kept.pop(0)
    block = next((i for i, ln in enumerate(kept) if not ln), len(kept))
    fields = {k: v for k, v in (("outlet", paper), ("published", when)) if v}
    if 1 < block <= HEAD["max_lines"] // 2 and not any(SENTENCE_END.search(ln) for ln in kept[:block]):
        fields["title"] = " ".join(kept[:block])
        kept = kept[block:]
    return fields, kept


@dataclass
class Repost:
    """An article quoted whole in a post (a blog's scrap, a board's 펌): where its headline, its byline and its
    source line stand among the post's lines, and the press the source line names."""
    headline: int
    byline: int
    source: int
    press: str


MAX_REPOST_HEADLINE_RUN = 2  # a headline and its sub-headline


_CHAT_PREFIXES = compile_all(FRAME["chat_prefixes"])
_CHAT_HEADERS = compile_all(FRAME["chat_headers"])
MAX_BYLINE_BLOCK = 4  # a byline block's lines: its dates (입력, 수정) and its reporter's line


def _source_line(line: str, copyright_too: bool) -> str | None:
    """The press a line closing a quoted article names: a source line ('출처: 모아일보'), or its copyright line
    ('ⓒ 모아일보, 무단 전재 및 재배포 금지') when the frame proved the quotation otherwise (a dump's own article ends so)."""
    if m := _POST_SOURCE.match(line):
        return m.group("name").strip()
    if copyright_too and len(line) <= MAX_MARKER_LINE and _COPYRIGHT_MARK.search(line) and is_end_marker(line):
        return outlet_from_copyright([line])
    return None


def _block_start(line: str) -> bool:
    """The first line of a byline block: a labelled date ('입력 2025.06.02 14:30'), a reporter and a date, or the
    press and a labelled date ('모아일보 | 입력 2025.06.02 14:30'; a poster's name and a date alone is no press's)."""
    return len(line) <= MAX_BYLINE_NODE and bool(LABELLED_DATE_LINE.fullmatch(" ".join(line.split()))) \
        or _credit_then_date(line) \
        or (len(line) <= MAX_BYLINE_NODE and bool(masthead_line(line)) and bool(PUBLISHED_LABEL.search(line)))


def without_chat_prefix(line: str, above: str) -> str:
    """A line without the chat export's prefix (speaker, time) when the frame's line above opens with the same kind."""
    for p in _CHAT_PREFIXES:
        if (m := p.match(line)) and p.match(above):
            return line[m.end():]
    return line


def repost(lines: list[str]) -> Repost | None:
    """A post quoting an article (a blog's scrap, a board's 펌, a message in a chat export): the frame's own words,
    then the article's headline (perhaps a sub-headline) right above its byline block (its dates and its reporter),
    the article, and a line after it naming its press (a source line '출처 : 모아일보', or its copyright line). None when
    the lines hold no such quotation (the headline must have the frame's words above it, and the line after the
    article must name a press)."""
    filled = [i for i, ln in enumerate(lines) if ln]
    if not any(_POST_SOURCE.match(lines[i]) or any(p.match(lines[i]) for p in _CHAT_PREFIXES + _CHAT_HEADERS)
               for i in filled):
        return None  # neither a source line nor a chat's message: no frame to look into
    byline = next((i for i in filled if _block_start(lines[i])), None)
    if byline is None:
        return None
    above = [i for i in filled if i < byline]
    run: list[int] = []
    chat = any(p.match(lines[i]) for i in above for p in _CHAT_PREFIXES + _CHAT_HEADERS)  # pasted under a chat's messages
    for i in range(byline - 1, -1, -1):
        ln = lines[i]
        if not ln:
            if run:
                break  # a blank line ends the headline block
            continue
        if run and any(p.match(ln) for p in _CHAT_HEADERS):
            chat = True  # the message's header line: the article was pasted under it, its headline first
            break
        unprefixed = without_chat_prefix(ln, _line_above(lines, i))
        if len(run) == MAX_REPOST_HEADLINE_RUN or len(unprefixed) > HEAD["max_line_chars"] \
                or SENTENCE_END.search(ln) or SENTENCE_INSIDE.search(ln) or is_boilerplate(ln):
            break
        run.append(i)
        if unprefixed != ln:
            chat = True  # the message the article was pasted into: its first line is the headline
            break
    if not run or not any(i < run[-1] for i in above):
        return None  # no headline, or no words of the post's own above it: the page's own article
    src = press = None
    for i in reversed(filled):
        if i > byline and (name := _source_line(lines[i], chat)) and (looks_like_outlet(name) or _key(name) in _OUTLET_NAMES):
            src, press = i, name
            break
    if src is None:
        return None
    if len(run) > 1 and _pasted_press_line(lines[run[-1]], press):
        run.pop()  # the press's name pasted above its headline ('모아일보' / the headline / '입력 …')
    return Repost(headline=run[-1], byline=byline, source=src, press=press)


def _pasted_press_line(line: str, press: str) -> bool:
    """A line that is only a press's name: the masthead a copied article keeps above its headline."""
    name = " ".join(line.split())
    return _same(name, press) or looks_like_outlet(name)


# A quotation that opens with its source line stands this near the top of the post.
MAX_SOURCE_FIRST_LINE = 4


@dataclass
class SourcedQuote:
    """An article a post quotes under a source line that opens it ('출처 : 모아일보 https://…' / '입력 2025.06.02 14:30' /
    the text / '홍길동 기자 hong@…'): the press named, the date line and the reporter's closing credit."""
    press: str
    start: int
    credit: int


@dataclass
class CitedQuote:
    """An article a post quotes in a block quotation, cited on the line under it ('출처: 모아일보 2025년 4월 15일자
    「헤드라인」 (https://…)'): the press and date the citation gives, and the body lines the quotation holds."""
    press: str
    published: str | None
    lines: list[int]


_CITE_LINE = compiled(r"^(?:출처|원문|기사\s*출처|퍼온\s*곳|인용)\s*[:：]\s*(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{0,20}?)"
                      r"(?:\s*[,|·]?\s*(?:%s)\s*(?:자|일자|보도)?)?\s*[,|·]?\s*(?:[「『《〈<\"'“‘][^」』》〉>\"'”’]{2,150}[」』》〉>\"'”’])?"
                      r"\s*(?:[(\[<]?\s*https?://[^\s)\]>]+\s*[)\]>]?)?\s*$" % DATES["datetime"])
_BLOCKQUOTES = etree.XPath("//blockquote")
_SCRAP_TAG = compiled(r"^\s*[\[(【]\s*(?:스크랩|펌|퍼옴|퍼온\s*글|기사\s*스크랩)\s*[\])】]\s*")


@dataclass
class CreditedSource:
    """An article a post quotes whole, credited after its text by a source line naming its press, reporter and
    perhaps date: the press, the reporter, the date, and where the headline and the source line stand."""
    press: str
    author: str
    published: str | None
    headline: int | None
    source: int


_CREDITED_LABEL = compiled(FRAME["credited_source_label"])
_CREDITED_ADDRESS = compiled(FRAME["credited_source_address"])
# The word a date carries right after it ('2026년 7월 3일자', '2026.07.03 보도'), not the end of a title after it ('… 홍길동 기자').
_DATED_SUFFIX = compiled(r"^(?:자|일자|보도|기사)(?![가-힣])")


# The reporter's address in a source line's credit, right after the reporter ('… 홍길동 기자 (hong@…)').
_CREDITED_EMAIL = compiled(r"(?:%s)\s*[(<\[]?\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)" % REPORTER)


def source_credit(line: str) -> tuple[str, str, str | None] | None:
    """(press, reporter, date) of a source line that credits an article in full ('출처: 모아일보 홍길동 기자 (2026.07.03)
    — 원문: https://…'); None for a line without its label, its press or its reporter."""
    one = " ".join(line.split())
    if not (label := _CREDITED_LABEL.match(one)):
        return None
    rest = _CREDITED_ADDRESS.sub("", one[label.end():])
    published = None
    if m := DATETIME.search(rest):
        published = _iso(m)
        head, tail = rest[:m.start()].rstrip(), _DATED_SUFFIX.sub("", rest[m.end():].strip())
        if head.endswith(("(", "[", ",")) and tail.startswith((")", "]")):
            head, tail = head[:-1].rstrip(), tail[1:].strip()
        rest = " ".join(p for p in (head.rstrip(",|·"), tail.lstrip(",|·").strip()) if p)
    rest = rest.strip(" |·,")
    for candidate in (rest, re.sub(r"[|·()]", " ", rest)):  # ('모아일보 | 홍길동 기자', '모아일보(홍길동 기자)')
        found = credit_line(candidate)
        if found and found.author and found.prefix and looks_like_outlet(found.prefix.strip("() ")):
            return found.prefix.strip("() "), found.author, published
    return None


def credited_source(lines: list[str], furniture_after: bool = False) -> CreditedSource | None:
    """A post quoting an article under its own headline, the poster's remark above it and its full source credit
    after it (a blog's scrap): the credit's line near the end of the text and the headline above the quoted
    paragraphs. The headline is the first heading-like line above the paragraphs, with no more paragraphs above it
    than a poster's remark (a crosshead has the article's own above it); None when no line near the end credits an
    article. A dump of the post (furniture_after) keeps the blog's furniture under the credit (tags, counters, a list of
    other posts): the credit may stand further up, under short lines only."""
    filled = [i for i, ln in enumerate(lines) if ln]
    window = FRAME["max_credited_source_from_dump_end"] if furniture_after else FRAME["max_credited_source_from_end"]
    for i in reversed(filled[-window:]):
        if not (credit := source_credit(lines[i])):
            continue
        if furniture_after and any(len(lines[k]) > FRAME["max_furniture_line_chars"] for k in filled if k > i):
            return None  # a paragraph under the credit: the post's own text goes on
        above = [k for k in filled if k < i]
        headline = None
        for n, k in enumerate(reversed(above)):
            ln = " ".join(lines[k].split())
            if n and len(ln) <= HEAD["max_line_chars"] and not SENTENCE_END.search(ln) and not is_boilerplate(ln):
                remark = [j for j in above if j < k and SENTENCE_END.search(lines[j])]  # (the post's own heading kept)
                headline = k if len(remark) <= FRAME["max_remark_lines"] else None
                break
        return CreditedSource(*credit, headline=headline, source=i)
    return None


def cited_quote(ex: Extracted) -> CitedQuote | None:
    """A post (a blog's scrap) quoting an article in a `<blockquote>` with the citation under it: the poster's words
    around the quotation, the blog's name and time, are the post's, not the article's. None unless the quotation
    holds most of the text above the citation and the citation names a press."""
    quoted = [_squashed(" ".join(q.itertext())) for q in _BLOCKQUOTES(ex.page_tree)]
    if not quoted:
        return None
    for i, line in enumerate(ex.body_lines):
        m = _CITE_LINE.match(line.strip())
        if not m or not (looks_like_outlet(name := m.group("name").strip()) or _key(name) in _OUTLET_NAMES):
            continue
        inside = [j for j in range(i) if (key := _squashed(ex.body_lines[j])) and any(key in q for q in quoted)]
        above = sum(len(ex.body_lines[j]) for j in range(i))
        if inside and sum(len(ex.body_lines[j]) for j in inside) >= 0.5 * above:
            return CitedQuote(name, _iso(m) if m.group("y") else None, inside)
    return None


def sourced_quote(lines: list[str]) -> SourcedQuote | None:
    """A post quoting an article whose source line heads the quotation (a blog's scrap): the source line near the
    top, the quoted article's byline block right under it, and the reporter's credit closing it. The poster's own
    words stand around it. None unless all three are there."""
    filled = [i for i, ln in enumerate(lines) if ln]
    for k, i in enumerate(filled[:MAX_SOURCE_FIRST_LINE]):
        m = _POST_SOURCE.match(lines[i])
        if not m or not (looks_like_outlet(name := m.group("name").strip()) or _key(name) in _OUTLET_NAMES):
            continue
        start = next(iter(filled[k + 1:k + 2]), None)
        if start is None or not _block_start(lines[start]):
            return None
        credit = next((j for j in filled if j > start and (c := credit_line(lines[j])) and c.author and c.email), None)
        return SourcedQuote(press=name, start=start, credit=credit) if credit is not None else None
    return None


def _line_above(lines: list[str], i: int) -> str:
    return next((lines[k] for k in range(i - 1, -1, -1) if lines[k]), "")


def quoted_headline(lines: list[str], quoted: Repost) -> str:
    """The quoted article's headline, without the chat's prefix and without a tag naming its press ('[모아일보] …')."""
    line = without_chat_prefix(lines[quoted.headline], _line_above(lines, quoted.headline))
    if (m := _OUTLET_TAG.match(line)) and len(line) > m.end() and (_same(m.group(1), quoted.press) or looks_like_outlet(m.group(1))):
        line = line[m.end():]
    return line


def quoted_reporters(lines: list[str]) -> list[str]:
    """The reporter a quoted article's byline block names ('입력 …' / '수정 …' / '홍길동 기자')."""
    for ln in lines[:MAX_BYLINE_BLOCK]:
        if (found := credit_line(ln)) and found.author:
            return [found.author]
        if m := REPORTER_IN_FIELD.search(ln):
            return re.split(r"\s*[·,/]\s*", m.group(1))[:1]
    return []


def headline_under_feed_name(title: str | None, body: list[str]) -> tuple[str | None, list[str]]:
    """A reader's dump titled by its feed's name and count ('전체기사 (24)'): the opened item's headline is the
    first line below it, when that line is no sentence and a sentence follows it; otherwise the title stands."""
    if not title or not _FEED_NAME.fullmatch(title.strip()) or len(body) < 2:
        return title, body
    first = body[0].strip()
    if not first or SENTENCE_END.search(first) or len(first) > MAX_FEED_HEADLINE or not SENTENCE_END.search(body[1]):
        return title, body
    return first, body[1:]


def without_share_preview(body: list[str], title: str | None) -> list[str]:
    """The full text below a mark ('----- 전문 -----') without the shared link's preview above it, when the preview's
    lede is told again below the mark (a chat's share of an article pasted with its text); the headline repeated
    right under the mark goes too. Any other body is returned as it is."""
    mark = next((i for i, ln in enumerate(body[:MAX_PREVIEW_LINES + 1]) if _FULL_TEXT_MARK.fullmatch(ln.strip())), None)
    if mark is None:
        return body
    below = {_squashed(ln) for ln in body[mark + 1:] if SENTENCE_END.search(ln)}
    if not any(SENTENCE_END.search(ln) and _squashed(ln) in below for ln in body[:mark]):
        return body
    rest = body[mark + 1:]
    while rest and (not rest[0].strip() or (title and _squashed(rest[0]) == _squashed(title))):
        rest = rest[1:]
    return rest


def site_then_credit(line: str) -> tuple[str, str] | None:
    """(site, writer) of a row under a dump's headline that names the site and credits the writer, no date
    ('월간 모아 | 글·사진 홍길동', '모아매거진 · 에디터 홍길동'); None for any other line."""
    cells = [c.strip() for c in re.split(r"\s*[|｜ㅣ]\s*|\s+·\s+", line.strip(), maxsplit=1) if c.strip()]
    if len(cells) != 2 or len(line) > MAX_BYLINE_NODE or DATETIME.search(line):
        return None
    site, credit = cells
    found = credit_line(credit)
    if not (found and found.author and (found.sure or is_korean_name(found.author))) or credit_line(site) \
            or not _site_name_like(site) or _key(site) in SECTION_TAGS or _key(site) in BYLINE_LABELS \
            or _FIELD_LABEL.fullmatch(site):
        return None  # '작성자 | 홍길동 기자': a board's field label before the credit, not the site
    return site, found.author


def _credit_then_date(line: str) -> bool:
    """'홍길동 기자 입력 2025.06.02 14:30': a reporter and a labelled date on one line."""
    return len(line) <= MAX_BYLINE_NODE and bool(REPORTER_IN_FIELD.search(line)) and bool(DATETIME.search(line))


_OTHER_FIELD = compiled(r"(?P<label>[가-힣]{1,6})\s*[:：]\s*(?P<value>\S.{0,60})")
# A desk named after its press in a source field ('모아일보 정치부', '누리TV 보도국'): its last word ends as a desk does.
_SOURCE_CELLS = compiled(r"\s*[/|｜ㅣ]\s*")
_LINK_AFTER_OUTLET = compiled(r"\s+(?:https?://|www\.)\S*$")
_DESK_AFTER_OUTLET = compiled(r"(?P<outlet>\S.*?)\s+[가-힣]{1,8}(?:%s)" % "|".join(MAKERS["source_desk_endings"]))


def labelled_date(text: str, pos: int = 0) -> re.Match | None:
    """The date right after a date label: a full one, or the forms only a label makes safe to read
    (a two-digit year '25.07.14 10:32', month first with the year last '04/12/2026 08:47')."""
    return DATETIME.match(text, pos) or SHORT_YEAR_DATETIME.match(text, pos) or MONTH_FIRST_DATETIME.match(text, pos) \
        or next((m for p in ENGLISH_MONTH_DATETIMES if (m := p.match(text, pos)) and _month_number(m)), None)


def _month_number(m: re.Match) -> int | None:
    """The month a date's match gives: its digits, or its English name or abbreviation ('Oct.', 'Sept', 'October')."""
    groups = m.groupdict()
    if groups.get("m"):
        return int(groups["m"])
    name = (groups.get("mon") or "").lower()
    return next((i for i, full in enumerate(DATES["english_months"], 1) if len(name) >= 3 and full.startswith(name)), None)


def _whole_date(value: str, labelled: bool = False) -> str | None:
    """The value of a field when it is a date and nothing more ('2025-04-15', '2025년 4월 15일 09:30');
    under a date label ('등록일:') also the forms `labelled_date` reads."""
    v = value.strip()
    d = labelled_date(v) if labelled else DATETIME.match(v)
    return v if d and not v[d.end():].strip(" .") else None


def _masthead_name(name: str) -> bool:
    return bool(_MASTHEAD_NAME.fullmatch(name)) and name not in NOT_REPORTERS and _key(name) not in SECTION_TAGS \
        and not UPDATED_LABEL.fullmatch(name) and not name.endswith(("기자", "특파원"))


# Words after an opening quotation that make the line a headline of its own rather than a kicker.
MIN_CLAUSE_WORDS = 3
_OPENING_QUOTE = compiled(r"""^(['‘"“])[^'‘’"“”]{1,30}['’"”]\s*(?P<rest>.*)$""")


def _clause_after_quote(line: str) -> bool:
    """"'…' 신인 좌완, 개막 선발 경쟁에 불 붙였다": a quoted phrase, then a clause of several words."""
    m = _OPENING_QUOTE.match(line)
    return bool(m) and len(m.group("rest").split()) >= MIN_CLAUSE_WORDS


_SHARE_NOTE = compiled(r"^\s*[\[(【]\s*(?:" + "|".join(r"\s*".join(map(re.escape, t.split())) for t in HEAD["share_note_tags"])
                       + r")\s*[\])】]\s*\S")


def without_share_note(lines: list[str]) -> list[str]:
    """A dump's lines without the sharer's tagged note that opens them as a paragraph of its own ('[공유] 읽어 보세요'
    over a blank line, then the article's headline); as many lines, the note's blanked (lines are matched by index)."""
    first = next((i for i, ln in enumerate(lines) if ln), None)
    if first is None or first + 2 >= len(lines) or lines[first + 1] or not lines[first + 2] \
            or len(lines[first]) > HEAD["max_line_chars"] or not _SHARE_NOTE.match(lines[first]):
        return lines
    return [*lines[:first], "", *lines[first + 1:]]


def headline_block_above_byline(lines: list[str], unsigned: list[str], lede: int | None) -> list[str]:
    """A dump's headline and its subheads copied a block each ('헤드라인' / '' / '부제' / '' / '홍길동 기자'): the
    heading lines above the byline, above the text, are one headline block."""
    signed = next((i for i, (ln, was) in enumerate(zip(lines, unsigned)) if was and not ln), None)
    if signed is None or lede is None or signed > lede:
        return lines
    above = [ln for ln in lines[:signed] if ln]
    if not 2 <= len(above) <= HEAD["max_lines"] or any(len(ln) > HEAD["max_line_chars"] or SENTENCE_END.search(ln)
                                                       for ln in above):
        return lines
    return above + [""] * (signed - len(above)) + lines[signed:]  # (as many lines: they are matched by index below)


# A kicker: a series' or a desk's tag in brackets and a few words, above the headline ('[연중기획] 지방소멸 시대 ③').
_KICKER = compiled(r"[\[<【〈《][^\]>】〉》]{1,16}[\]>】〉》]\s*.{0,14}")


_FLASH_TAGS = frozenset(_key(t) for t in HEAD["headline_flash_tags"])
_BANNER_TAG = compiled(r"^[\[<【〈《]\s*([^\]>】〉》]{1,16}?)\s*[\]>】〉》]")


def _banner_over_headline(head: list[str]) -> bool:
    """'[모아리포트] 자전거 도시의 조건' over '공공자전거 대여소 200곳 늘린다…요금 절반': a short line under a tag that is no
    flash tag of the item ('[단독]', '[속보]'), above a longer untagged headline line, is the series' banner."""
    if len(head) < 2 or not _KICKER.fullmatch(head[0]) or not (tag := _BANNER_TAG.match(head[0])):
        return False
    first = tag.group(1).split()[0]
    return _key(first) not in _FLASH_TAGS and len(head[1]) >= HEAD["min_headline_chars"] and len(head[1]) > len(head[0]) \
        and not head[1].startswith(QUOTE_OR_TAG)


def _head_line_limit(line: str) -> int:
    """The longest a heading line may be: an English subtitle printed under a Korean headline ('Closed mill becomes
    a studio') spends more letters on the same words than Hangul does."""
    if _HANGUL_SYLLABLE.search(line) or re.search(r"[.!?]['\"”’]?$", line):
        return HEAD["max_line_chars"]  # (an English sentence is text, whatever its length)
    return HEAD["max_latin_line_chars"]


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
        if len(line) > _head_line_limit(line) or SENTENCE_END.search(line) or SENTENCE_INSIDE.search(line):
            break
        head.append(line)
        i += 1
    body = [ln for ln in lines[i:] if ln != ""]
    if not body:
        return None, [], [ln for ln in lines if ln != ""]
    title = None
    if not has_title and not head and question_headline(body[0], lines[i + 1:]):
        return body[0], [], body[1:]  # a clean dump's headline asked as a question, alone above the text
    # A text dump has no <title>: its first heading line is the headline when it reads like one,
    # alone above the first paragraph or followed by sub-headlines;
    # one that opens with a quote mark ("'X' 패널토론") above other heading lines is a kicker and stays a
    # subheading; alone, it is the headline ("'주장' …"); a section tag opens a headline ("[단독] …"); so does a
    # quotation followed by a clause of its own ("'…' 신인 좌완, 개막 선발 경쟁에 불 붙였다": a kicker names its
    # quoted topic with a word or two, "'…' 토론").
    if not has_title and _banner_over_headline(head):
        title, head = head[1], [head[0], *head[2:]]  # a series' banner above the story's own headline
    elif not has_title and head and len(head[0]) >= 15 and (len(head) == 1 or not head[0].startswith(QUOTE_OR_TAG)
                                                          or _TAGGED_HEADLINE.match(head[0])
                                                          or _clause_after_quote(head[0])):
        title, head = head[0], head[1:]
    elif not has_title and len(head) >= 2 and _KICKER.fullmatch(head[0]) and len(head[1]) >= 15 \
            and not head[1].startswith(QUOTE_OR_TAG):
        title, head = head[1], [head[0], *head[2:]]  # the kicker above the headline ('[연중기획] 지방소멸 시대 ③')
    elif not has_title and len(head) == 1 and _short_headline(head[0]) and not _outlet_like(head[0]):
        title, head = head[0], []  # a clean dump's short headline alone above its text ('누리FC, 연장 끝 4연승')
    return title, head, body


_TABLE_ROW = compiled(r"^\s*\|.*\|\s*$")


def below_item_list(lines: list[str], title: str | None) -> list[str]:
    """The lines below a list of items that holds the page's own headline as one of its rows (a board's list
    printed above the opened item): the list, and what stands above it, are no text."""
    if not title or len(_squashed(title)) < MIN_SHOWN_HEADLINE:
        return lines
    key = _squashed(title)
    for i, ln in enumerate(lines[:MAX_LEAD_LINES]):
        if SENTENCE_END.search(ln) and not _TABLE_ROW.match(ln) and not is_boilerplate(ln):
            return lines  # the text began before any list
        if _TABLE_ROW.match(ln) and key in _squashed(ln):
            end = i
            while end + 1 < len(lines) and _TABLE_ROW.match(lines[end + 1]):
                end += 1
            rest = lines[end + 1:]
            return rest if any(SENTENCE_END.search(r) for r in rest) else lines
    return lines


def _row_outlet_of(line: str) -> str | None:
    """The press a credit row names beside its date ('글 홍길동 기자 · hong@… · 모아신문 2023.11.01')."""
    row = dateline_row(" ".join(line.split())) if len(line) <= MAX_BYLINE_NODE else None
    return row[0] if row and row[0] and looks_like_outlet(row[0]) else None


_DESK_ROW = compiled(r"\s*[|｜ㅣ│·]\s*|\s+[>›/\-–—]\s+")  # (a feed's title: '모아일보 - 사회')


def letter_sender_outlet(sender: str | None) -> str | None:
    """The outlet a newsletter's sender names before the letter's own name ('모아일보 저녁브리핑', '모아일보 뉴스레터',
    '모아일보'); None for a person's name or a name no outlet's."""
    first = (sender or "").split()[:1]
    return first[0] if first and looks_like_outlet(first[0]) and not is_portal(first[0], None) else None


def desk_row_outlet(lines: list[str]) -> str | None:
    """The outlet a short row above a headline names beside its desk ('경제 | 모아저널', '모아일보 · 사회'), as a
    newsletter, a shared story's card or a feed reader (its feed's title, '모아일보 - 사회') prints its source; None
    when no such row is there."""
    for line in lines:
        cells = [c.strip() for c in _DESK_ROW.split(line.strip())] if len(line) <= MAX_SITE_NAME_CHARS + 12 else []
        if len(cells) == 2 and sum(_key(c) in SECTION_TAGS for c in cells) == 1:
            name = next(c for c in cells if _key(c) not in SECTION_TAGS)
            if looks_like_outlet(name) and not is_portal(name, None):
                return name
    return None


MAX_STORY_LABEL_REACH = 10  # lines, blank ones counted, in which a section label's headline, credit and text follow


def story_label(line: str) -> bool:
    """A heading that ends the text (a list's, or a newsletter's section label over its lead story), bare or in brackets
    ('오늘의 기사', '[주요 뉴스]', '【많이 본 뉴스】')."""
    if not line or len(line) > MAX_MARKER_LINE:
        return False
    return is_end_marker(line) or bool((m := _BRACKETS_AROUND.fullmatch(line.strip())) and m.group(1) and is_end_marker(m.group(1)))


def labelled_story(lines: list[str], i: int) -> int | None:
    """Where the story under a newsletter's section label starts ('오늘의 기사' / '주요 뉴스', then the headline,
    the credit line and paragraphs): the index of its credit line; None when the label heads a list of links or
    teasers (no credit line between a title and its text). The credit line may be the story's dated line ('기사입력 :
    …'), its byline then signing the text's end; a dump's blank lines between them do not count."""
    below = [j for j in range(i + 1, min(len(lines), i + MAX_STORY_LABEL_REACH)) if lines[j]]
    if len(below) < 3:
        return None
    head, credit, text = below[:3]
    if not (MIN_SHOWN_HEADLINE <= len(lines[head]) <= HEAD["max_line_chars"]) or SENTENCE_END.search(lines[head]):
        return None
    if not (credit_line(lines[credit]) or _is_byline_node(lines[credit]) or REPORTER_LINE.search(lines[credit])):
        return None
    paragraphs = [lines[j] for j in below[2:4] if SENTENCE_END.search(lines[j])]
    return credit if SENTENCE_END.search(lines[text]) and any(len(p) > 40 for p in paragraphs) else None


def below_headline(lines: list[str], title: str | None) -> list[str]:
    """The lines after the headline when the body prints it again near its top: a site's menu and
    section path above it are no text. The <title> may carry the site's name beside it ('매체 :: …')."""
    if not title:
        return lines
    seen = 0
    key = _squashed(title)
    for i, ln in enumerate(lines):
        if not ln:
            continue
        if _squashed(_TITLE_FIELD.sub("", ln)) == key \
                or (len(ln) >= MIN_SHOWN_HEADLINE and (title.endswith(ln) or title.startswith(ln))):
            return lines[i + 1:]
        if i >= MAX_LEAD_LINES:
            break
        if len(ln) > MAX_MENU_ITEM_CHARS or " " in ln:  # a menu's items, one a line, do not count
            seen += 1
        if seen > HEAD["max_lines"] + 2:
            break
    return lines


# '2023년 11월 1일 발행', '2023.11.01 09:33 송고': a published label after the date it names, ending its field
# ('… 송고 지연 안내' is no such label).
DATE_THEN_LABEL = compiled(r"(?:%s)\s*(?:%s)(?=\s*(?:$|\n|[|｜·/)\]]))" % (DATES["datetime"], _PUBLISHED))
ISSUE_DATE = compiled(r"(?:%s)(?:\s*[|｜·ㆍ,/]\s*|\s+)(?:(?:발행|발송)(?:일|일자)?\s*[:：]?\s*)?(?:%s)" % (DATES["issue_mark"], DATES["datetime"]))
# A print edition's date and page ('2025년 4월 15일자 12면', '2025.04.15자 A3면'): the day the article was printed.
EDITION_DATE = compiled(r"(?:%s)\s*자\s*(?:[A-Z]?\d{1,2}\s*면)" % DATES["datetime"])
_SITE_REGISTER = compiled("|".join(map(re.escape, DATES["site_register_words"])))
_SITE_FOOTER_AFTER_DATE = compiled("|".join(map(re.escape, DATES["site_register_words"] + DATES["site_footer_marks_after_date"])), re.I)
SITE_REGISTER_REACH = 40


def _line_end(text: str, pos: int, reach: int) -> int:
    """Where the line holding `pos` ends, at most `reach` characters on."""
    end = text.find("\n", pos)
    return min(end if end >= 0 else len(text), pos + reach)


def _beside_site_address(text: str, pos: int) -> bool:
    """Whether the label at `pos` stands in a footer's row with the site's address in a cell of its own before it
    ('모아신문 | 모아도 모아시 중구 | 등록일 2017.03.02'): the site's registration, not the article's date."""
    start = text.rfind("\n", 0, pos) + 1
    return any(_REGION_ADDRESS.fullmatch(cell.strip()) for cell in _LEGAL_CELLS.split(text[start:pos]) if cell.strip())


def printed_dates(text: str) -> tuple[str | None, str | None, bool]:
    """(published, updated, said): `said` when the page says which date it is, by a label
    ('입력'), by printing it beside the byline or an issue's number; otherwise the first date on the page.
    `text` holds the page's lines or elements one a line."""
    published = updated = None
    for label, slot in ((PUBLISHED_LABEL, "p"), (UPDATED_LABEL, "u")):
        for m in label.finditer(text):
            if _SITE_REGISTER.search(text, max(0, m.start() - SITE_REGISTER_REACH), m.start()) or _beside_site_address(text, m.start()):
                continue
            d = labelled_date(text, m.end())
            if d and _SITE_FOOTER_AFTER_DATE.search(text, d.end(), _line_end(text, d.end(), SITE_REGISTER_REACH)):
                continue  # '등록일자 2009년 5월 12일 | 발행인 …', '등록일 2011.03.02 | Copyright ©': the site's footer row
            if d:
                iso = _iso(d)
                if iso and "mon" in d.re.groupindex and len(iso) == 10:
                    iso = _same_day_with_time(text, iso) or iso  # 'KST 21:30 · Published Apr. 15': the English half
                if iso:
                    if slot == "p" and not published:
                        published = iso
                    elif slot == "u" and not updated:
                        updated = iso
                    break
    if published:
        return published, updated, True
    d = BYLINE_DATE.search(text) or DATE_THEN_LABEL.search(text) or ISSUE_DATE.search(text) or EDITION_DATE.search(text)
    if d and (iso := _iso(d)):
        return iso, updated, True
    d = DATETIME.search(text)
    return (_iso(d) if d else None), updated, False


def _instant(value: str | None) -> datetime | None:
    """An ISO time as an instant to compare (Korean time when it names no offset); None for a date alone."""
    if not value or len(value) <= 10:
        return None
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dates.parse_offset(DEFAULT_OFFSET))


def shown_before_metadata(published: str | None, nodes: list[str]) -> tuple[str, str] | None:
    """(published, updated) as the page prints them under its labels ('입력 …', '수정 …') when its metadata's published
    time comes after the update it prints: no article is published after its last update, so the metadata's time is a
    later save of the page (a CMS re-stamping it), not its publication; None otherwise."""
    meta = _instant(published)
    if meta is None:
        return None
    shown, updated, said = printed_dates("\n".join(nodes))
    first, last = _instant(shown), _instant(updated)
    if said and first and last and first <= last < meta and (meta - last).total_seconds() >= 60:
        return shown, updated
    return None


def _same_day_with_time(text: str, day: str) -> str | None:
    """The same day printed with its time elsewhere on the page, not as an update: an English-month date is often the
    English half of a bilingual dateline that restates the Korean date without its time."""
    for m in DATETIME.finditer(text):
        if m.group("H") and (iso := _iso(m)) and iso[:10] == day \
                and not _UPDATE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return iso
    return None


_UPDATE_BEFORE = compiled(r"(?:%s)\s*[:：]?\s*$" % "|".join(DATES["updated_labels"]))


def _iso(m: re.Match) -> str | None:
    y, mo, d = int(m.group("y")), _month_number(m) or 0, int(m.group("d"))
    y += 2000 if y < 100 else 0  # '23-11-01' after a label
    if dates.build(y, mo, d) is None:
        return None  # no such day ('Feb. 30')
    if m.group("H"):
        H = clock_hour(int(m.group("H")), m.group("ampm"))
        seconds = int(m.groupdict().get("S") or 0)  # '14:20:11': the seconds a CMS prints are the time's too
        return f"{y:04d}-{mo:02d}-{d:02d}T{H:02d}:{int(m.group('M')):02d}:{seconds if seconds < 60 else 0:02d}{DEFAULT_OFFSET}"
    return f"{y:04d}-{mo:02d}-{d:02d}"


def korean_time(value: str | None) -> str | None:
    """A page's time given in UTC ('2023-10-31T16:30:00Z', often JSON-LD's) as the Korean time it means: the
    day a Korean reader saw is the next one after 15:00 UTC. Any other value is left as it is."""
    found = dates.normalise(value) if value else None
    if not found or found[1] is None or dates.parse_offset(found[0][19:]) != dates.timezone.utc:
        return value
    local = found[1].astimezone(dates.parse_offset(DEFAULT_OFFSET))
    return local.replace(tzinfo=None).isoformat(timespec="seconds") + DEFAULT_OFFSET


_ITEM_MARK = compiled(r"^[-•·*]\s+")


def _info_item(line: str) -> bool:
    """An item of the info list under a headline, with the list's mark ('- 승인 2025.04.15 09:30', '- 댓글 0',
    '· 조회수 12'): a date or a counter, no sub-headline."""
    m = _ITEM_MARK.match(line)
    if not m:
        return False
    item = " ".join(line[m.end():].split())
    return is_boilerplate(item) or (len(item) <= MAX_BYLINE_NODE and bool(_date_node(item)))


def _info_row(line: str) -> bool:
    """The page's info row under a headline, its cells between bars: dates under their labels, counters, the section
    ('등록 2025/04/15 09:30 | 수정 2025/04/15 10:02 | 조회수 31', '2025-04-15 오후 3:05 | 조회 12 | 사회'); a
    sub-headline has words the row has not."""
    cells = [c for c in _SEPARATOR_BARS.split(" ".join(line.split())) if c]
    dated = False
    for cell in cells:
        if (d := _row_date(cell)) and not _DATE_REST.sub("", cell[d.end():]).strip():
            label = cell[:d.start()].strip()
            if label and not (PUBLISHED_LABEL.fullmatch(label) or UPDATED_LABEL.fullmatch(label)):
                return False
            dated = True
        elif not (is_boilerplate(cell) or all(_section_or_desk(w) for w in _CELL_SEPARATOR.split(cell) if w)):
            return False
    return dated and len(cells) >= 2


def _unsigned_rest(rest: str | None, line: str) -> str:
    """What a signed line leaves once its credit is read, unless that is furniture too ('홍길동 기자 hong@… · 제보는
    게시판으로': the tip line the credit shared its line with)."""
    return "" if not rest or (rest != line and is_boilerplate(rest.strip())) else rest


_SERIES_PART_TITLE = compiled(RULES["series_part_title"])


def refine(ex: Extracted) -> Extracted:
    """Clean a Korean page's extraction in place and return it."""
    if ex.outlet and _section_or_desk(ex.outlet):
        ex.outlet = None  # og:site_name '산업', '사회부': the section the page is filed under, not the site
    meta_outlet = ex.outlet
    ex.published, ex.updated = korean_time(ex.published), korean_time(ex.updated)
    ex.body_lines = [joined_year(plain_byline(ln)) for ln in ex.body_lines]
    if ex.page_tree is not None and ex.authors and (site := meta_outlet or site_name_of_title(ex.page_tree, ex.title)):
        ex.authors = [a for a in ex.authors if not _same(a, site)]  # '<meta name="author" content="(the site)">'
    if ex.page_tree is not None and len(ex.body_lines) <= MAX_FLATTENED_EXTRACTION \
            and sum(len(ln) >= MIN_FLATTENED_CHARS for ln in ex.body_lines) <= MAX_FLATTENED_LINES:
        ex.body_lines = [part for ln in ex.body_lines for part in block_lines(ln, ex.page_tree)]
    if ex.page_tree is not None:
        ex.body_lines = boxes_run_on(ex.body_lines, ex.page_tree)
    shown = page_nodes(ex)  # (the page's text nodes; none for a dump)
    if ex.page_tree is not None and ex.title and not declares_title(ex.page_tree) \
            and (not shown_on_page(ex.title, shown, ex.link_texts) or names_the_page(ex.title)) \
            and (headline := shown_headline(ex.page_tree, shown)) and not _same(headline, ex.title) \
            and shown_on_page(headline, shown[:_body_start(shown, [ln for ln in ex.body_lines if SENTENCE_END.search(ln)],
                                                           headline) + 1]):
        ex.title = headline  # '<title>인쇄하기</title>', '보도자료 상세 - 기관': the page's name, not the article's
    elif ex.page_tree is not None and ex.title and site_own_title(ex.title, shown) \
            and (headline := shown_headline(ex.page_tree, shown)) and not _same(headline, ex.title) \
            and _speaks_of(headline, ex.body_lines) > _speaks_of(ex.title, ex.body_lines):
        ex.title = headline  # '모아경제 - 경제를 읽는 창': the site's name and slogan, on every page of the site
    elif ex.page_tree is not None and ex.title and _SERIES_PART_TITLE.fullmatch(ex.title) \
            and (headline := shown_headline(ex.page_tree, shown)) and not _same(headline, ex.title) \
            and not _SERIES_PART_TITLE.fullmatch(headline) and ex.title.rstrip(" ①②③④⑤⑥⑦⑧⑨⑩") not in headline:
        ex.title = headline  # '[연재] 갯마을 이야기 ⑦': the series' banner over the part's own headline
    elif ex.page_tree is not None and ex.title and (headline := shown_headline(ex.page_tree, shown)) \
            and latin_title_over_hangul_headline(ex.title, headline, ex.body_lines):
        ex.title = headline  # og:title 'Webtoon platform tops …' over the Hangul headline the page prints
    elif ex.page_tree is not None and _ACCOUNT_CARD.fullmatch(ex.title or ""):
        ex.body_lines = without_thread_counters(ex.body_lines)
        read_thread(ex)
    elif ex.page_tree is not None and ex.title and (item := board_item_headline(ex.page_tree, ex.title)):
        ex.title = item  # '부고 게시판': the board's name declared as the title of the item it opens
    if ex.page_tree is not None and (labelled := labelled_title_line(ex.subheadings + ex.body_lines[:HEAD["max_lines"]])) \
            and not (ex.title and _same(ex.title, labelled)):
        ex.title = labelled  # '제목: 헤드라인' in a wire copy's header set in a <pre>: the page's <title> names the list
    if ex.title and (label := _TITLE_FIELD.match(ex.title)) and len(ex.title) - label.end() >= MIN_TITLE_AFTER_LABEL:
        ex.title = ex.title[label.end():]  # '제목: 헤드라인': a text-only edition's labelled line
    if ex.page_tree is not None:
        ex.body_lines = below_letter_note(ex.body_lines, ex.title)  # a letter carrying an article: its note is no body
    if ex.page_tree is not None and not ex.outlet and (named := labelled_outlet(ex.page_tree)):
        ex.outlet = meta_outlet = named
    quoted_date = None  # the date a quotation's source line gives: the page's own dates are the post's
    if quoted := repost(ex.body_lines):  # the article a post quotes is the one the page holds
        ex.title = quoted_headline(ex.body_lines, quoted)
        ex.body_lines = [ex.title, *ex.body_lines[quoted.headline + 1:quoted.source]]
        ex.outlet = meta_outlet = quoted.press
        ex.authors = quoted_reporters(ex.body_lines[quoted.byline - quoted.headline:])
        ex.published, ex.updated, ex.subheadings = None, None, []
    elif ex.page_tree is not None and (quoted_below := sourced_quote(ex.body_lines)):
        # (a page's headline stands apart from its text; the blog's own time and name are the post's, not the article's)
        block = ex.body_lines[quoted_below.start]
        ex.published = _iso(d) if (d := DATETIME.search(block)) else None
        ex.updated = None
        ex.outlet = meta_outlet = quoted_below.press
        ex.body_lines = ex.body_lines[quoted_below.start:quoted_below.credit + 1]
    elif ex.page_tree is not None and (cited := cited_quote(ex)):
        ex.published, ex.updated = cited.published, None  # (the blog's time is the re-post's)
        ex.outlet = meta_outlet = cited.press
        ex.authors = []  # the poster is no writer of the article; its byline is in the quotation
        ex.title = _SCRAP_TAG.sub("", ex.title or "") or ex.title  # '[스크랩] 헤드라인': the poster's tag
        ex.body_lines = [ex.body_lines[j] for j in cited.lines]
    elif ex.page_tree is None and not ex.outlet and (credited := credited_source(ex.body_lines, furniture_after=True)):
        # a dump of a blog's scrap: its source line names the article's press, and the reporter's address after the name
        ex.outlet = meta_outlet = credited.press
        if not ex.author_emails and (mail := _CREDITED_EMAIL.search(ex.body_lines[credited.source])):
            ex.author_emails = [mail.group(1)]
    elif ex.page_tree is not None and (credited := credited_source(ex.body_lines)):
        # (the blog's name, poster and time are the re-post's; the source line names the article's)
        ex.outlet = meta_outlet = credited.press
        ex.authors = [credited.author]
        if credited.published:
            ex.published = quoted_date = credited.published
            ex.updated = None
        if credited.headline is not None:
            ex.title = " ".join(ex.body_lines[credited.headline].split())
            ex.body_lines = ex.body_lines[credited.headline + 1:credited.source]
        else:
            ex.title = _SCRAP_TAG.sub("", ex.title or "") or ex.title  # '[스크랩] 헤드라인': the poster's tag
            ex.body_lines = ex.body_lines[:credited.source]
    fields: dict[str, str] = {}
    labelled_press = None  # a dump's header field naming the press ('매체명 : 모아일보')
    if ex.page_tree is None:
        ex.body_lines = opened_card(ex.body_lines) or ex.body_lines
        channel, ex.body_lines = channel_header(ex.body_lines) or (None, ex.body_lines)
        fields, ex.body_lines = print_page(ex.body_lines)
        # a print page's columns, cut inside words, back into paragraphs; its running head once
        ex.body_lines = without_running_heads(unwrapped(ex.body_lines, print_copy="published" in fields))
        framed = ex.body_lines
        subject, ex.body_lines = mail_frame(ex.body_lines)
        ex.sender = ex.sender or mail_sender(framed[:len(framed) - len(ex.body_lines)])
        if item := digest_item(ex.body_lines):
            subject, ex.body_lines, ex.tail_lines = item  # the one whole article of a digest of teasers
        ex.title = ex.title or subject
        if not fields:
            fields, ex.body_lines = header_fields(ex.body_lines)
            labelled_press = fields.get("outlet")
        ex.body_lines, frame_site = dump_frame(ex.body_lines)
        ex.body_lines = without_headlines_after_signoff(without_lists_after_credit(ex.body_lines))
        if (frame_site or channel) and not fields.get("outlet"):
            fields["outlet"] = frame_site or channel
        ex.title = ex.title or fields.get("title")
        if who := fields.get("author"):  # '기자: 홍길동', '작성자: 홍길동 기자'
            ex.authors += [a for a in _reporters_in(who + " 기자") if a not in ex.authors]
    nonblank_raw = [ln for ln in ex.body_lines if ln]
    signature = above_press_contact(nonblank_raw)[-TAIL_LINES:]
    closing_address = closing_email(nonblank_raw)
    # A text dump has no page around its body: its first and last lines are where dates are printed.
    head = _head_lines(nonblank_raw)
    nodes = shown if ex.page_tree is not None else \
        nonblank_raw[:max(HEAD["max_lines"] + 2, len(head))] + signature
    text = " ".join(nodes)
    head_nodes = nodes[:_body_start(nodes, nonblank_raw, ex.title)] if ex.page_tree is not None else nodes
    who, byline_date = byline_node(head_nodes)
    if ex.page_tree is None and not byline_date:
        # a dump's head line that is only a date and time is the article's ('2023.11.01 09:33',
        # '2023년 11월 1일 오후 3시 20분'); a date alone ('2023. 11. 1.') only above the first paragraph
        byline_date = next((_iso(m) for ln in nonblank_raw[:max(HEAD["max_lines"], len(head))]
                            if len(ln) <= MAX_BYLINE_NODE and (m := _date_line(ln))
                            and (m.group("H") or ln in head)), None)
    if not byline_date and (d := DATETIME.search(fields.get("published", "")) or labelled_date(fields.get("published", ""))):
        byline_date = _iso(d)
    # (a closing mark is no text, but stays to end the article below)
    # (an end marker stays for the cut below: a list's heading ('많이 본 뉴스') ends the text, its items with it)
    story_labels = {ln: ex.body_lines[credit] for i, ln in enumerate(ex.body_lines)
                    if story_label(ln) and (credit := labelled_story(ex.body_lines, i)) is not None}
    furniture = [bool(ln) and not CLOSING_LINE.match(ln) and (is_boilerplate(ln) or _is_byline_node(ln) or _bulleted_field(ln))
                 and not (len(ln) <= MAX_MARKER_LINE and is_end_marker(ln)) and not speaker_caption(ex.body_lines, i)
                 for i, ln in enumerate(ex.body_lines)]
    # (a row dropped so that names the reporter beside the date signs the text: '등록 2025.04.15 | 홍길동 기자 hong@…')
    row_reporter = next((row[2] for ln in ex.body_lines if ln and len(ln) <= MAX_BYLINE_NODE and _is_byline_node(ln)
                         and (row := dateline_row(ln)) and row[2]), None)
    around = furniture_around_text(ex.body_lines, furniture)
    lines = [ln for i, ln in enumerate(ex.body_lines) if not (furniture[i] or i in around)]
    masthead_outlet_name = fields.get("outlet") or (dump_tag_outlet(nonblank_raw[0])
                                                    if ex.page_tree is None and nonblank_raw else row_outlet(head_nodes))
    if ex.page_tree is None:  # a dump's date line under its headline is no sub-headline ('2023. 11. 1.')
        head_dates = {ln for ln in head if _date_line(ln)}
        # the first line is the headline, unless it is a dateline above it ('[모아일보] 2023.11.01 (수) 09:33')
        # (or the site and its section: '모아사람 | 인물')
        for k, ln in enumerate(head):
            if k and outlet_over_date(ln, head[k + 1:k + 2]):
                masthead_outlet_name = masthead_outlet_name or ln.strip()
                head_dates.add(ln)
        for ln in head[0 if head and (DATETIME.search(head[0]) or (len(head) > 1 and _site_and_section(head[0]))) else 1:]:
            if found := masthead_line(ln):
                masthead_outlet_name = masthead_outlet_name or found[0]
                byline_date = byline_date or found[1]
                head_dates.add(ln)
            elif found := date_then_update(ln):
                byline_date = byline_date or found[0]
                ex.updated = ex.updated or found[1]
                head_dates.add(ln)
            elif found := site_then_credit(ln):
                masthead_outlet_name = masthead_outlet_name or found[0]
                if found[1] not in ex.authors:
                    ex.authors.append(found[1])
                head_dates.add(ln)
            elif found := dateline_row(ln):
                masthead_outlet_name = masthead_outlet_name or found[0]
                byline_date = byline_date or found[1]
                if found[2] and found[2] not in ex.authors:
                    ex.authors.append(found[2])
                head_dates.add(ln)
        for ln in nonblank_raw[-FOOT_ROW_LINES:]:  # the row that signs the dump under its text
            if found := foot_row(ln):
                masthead_outlet_name = masthead_outlet_name or found[0]
                byline_date = byline_date or found[1]
                if found[2] and found[2] not in ex.authors:
                    ex.authors.append(found[2])
                head_dates.add(ln)
        lines = [ln for ln in lines if ln not in head_dates]
    lines = [part for ln in lines for part in credit_then_copyright(ln)]
    # Cut at the first end marker that follows some real text.
    # An end marker before any text is a stray line of furniture: dropped on its own.
    seen_text = 0
    kept: list[str] = []
    for i, line in enumerate(lines):
        if len(line) > MAX_MARKER_LINE:  # a paragraph that ends in a copyright notice keeps its text
            line = lines[i] = _strip_trailing_copyright(line)
        if line and line in story_labels and (headline := next((ln for ln in lines[i + 1:] if ln), None)):
            kept, seen_text = [], 0  # '오늘의 기사' over a letter's lead story: the letter's greeting above is no text
            ex.title = headline
            credit = story_labels[line]
            masthead_outlet_name = _row_outlet_of(credit) or masthead_outlet_name  # the paper its credit row names
            if story_date := _date_node(" ".join(credit.split())) or dateline_row(credit) and DATETIME.search(credit):
                byline_date = _iso(story_date)  # the story's own date, not the letter's (its mail sent it the day after)
            continue
        if line and len(line) <= MAX_MARKER_LINE and (story_label(line) or about_box(line, lines[i + 1:i + 2])):
            if seen_text:
                ex.tail_lines = lines[i:]
                break
            continue
        if line and len(line) > 40:
            seen_text += 1
        kept.append(line)
    lines = kept
    if ex.page_tree is None and not ex.title:
        tail = ex.tail_lines + nonblank_raw[-TAIL_LINES:]
        lines, masthead, short_headline = strip_masthead(lines, tail, ex.body_lines)
        ex.title = short_headline
        masthead_name = masthead_outlet(masthead, tail)
        masthead_outlet_name = masthead_outlet_name or masthead_name
    headline_seen = ex.page_tree is not None and bool(ex.title)
    if headline_seen:  # a page's menu and headline kept above the text: the byline follows them
        lines = below_headline(lines, ex.title)
    if ex.page_tree is not None:
        lines = below_item_list(lines, ex.title)
    if ex.page_tree is not None:
        lines = without_breadcrumb(lines)
    # Bylines at the head (wire datelines) and at the tail (reporter, e-mail).
    lede = next((i for i, ln in enumerate(lines) if ln and SENTENCE_END.search(ln)), None) \
        if ex.page_tree is None else None  # the first paragraph (its first sentence), not the headline above it
    lede_outlet = None
    unsigned = list(lines)
    for i in range(min(HEAD["max_lines"] + 3, len(lines))):
        if i == lede and (lede_outlet := lede_tag_outlet(lines[i])):
            lines[i] = _OUTLET_TAG.sub("", lines[i], count=1)
        if lines[i]:
            lines[i] = _apply_byline(lines[i], "head", ex) or ""
            lines[i] = _outlet_tag(lines[i], ex) or ""
            if lines[i] and (_is_byline_node(lines[i]) or is_boilerplate(lines[i])) and not speaker_caption(lines, i):
                lines[i] = ""  # '기사입력 2023-11-01 15:12' left of '[매체 | 홍길동 기자] 기사입력 …' ('등록일 … 조회수 412')
            if lines[i] and len(lines[i]) <= MAX_BYLINE_NODE and (REPORTER_LINE.fullmatch(lines[i]) or credit_line(lines[i])):
                lines[i] = _apply_byline(lines[i], "tail", ex) or ""  # a reporter's line under the headline
    nonblank = [i for i, ln in enumerate(lines) if ln]
    for i in nonblank[-TAIL_LINES:]:
        if len(lines[i]) <= 80:
            lines[i] = _unsigned_rest(_apply_byline(_without_buttons(lines[i]), "tail", ex), lines[i])
    lines = without_list_below_signoff(lines, [i for i, ln in enumerate(unsigned) if ln and not lines[i]])
    if ex.page_tree is None:
        lines = without_footer_below_signoff(lines, [i for i, ln in enumerate(unsigned) if ln and not lines[i]])
    if ex.page_tree is None:
        lines = headline_block_above_byline(without_share_note(lines), unsigned, lede)
    below_end = [ln for ln in above_press_contact(ex.tail_lines) if ln][:MAX_SIGNOFF_BELOW_END]
    for line in below_end:  # (a dump's box heading names its reporter: '홍길동 기자의 다른 기사 보기'; a page's is a link)
        _apply_byline(_without_buttons(line) if ex.page_tree is None else line, "tail", ex)
    last = nonblank[-1] if nonblank else None
    if last is not None and lines[last]:
        lines[last] = _unsigned_rest(_apply_byline(lines[last], "last", ex), lines[last])
    lines = [CAPTION_CREDIT.sub("", ln) if len(ln) > 80 else ln for ln in lines]
    caption_reporters = [m.group("who") for ln in lines if (m := CAPTION_COPYRIGHT.search(ln)) and m.group("who")]
    lines = [CAPTION_COPYRIGHT.sub("", ln) for ln in lines]
    if ex.page_tree is None:
        lines = without_dump_captions(lines)
    lines = ["" if credited_caption(ln) else _strip_credits(ln) for ln in lines]
    if not ex.author_emails and (email := lone_email(signature + below_end)):
        ex.author_emails.append(email)
    if not ex.author_emails and ex.page_tree is not None and (email := address_after_text(nodes, nonblank_raw)):
        ex.author_emails.append(email)
    if not ex.author_emails and closing_address:
        ex.author_emails.append(closing_address)  # an address alone closing the text: the reporter's (the lede named them)
    lines = ["" if EMAIL.fullmatch(ln) else ln for ln in lines]
    if caption_reporters and not ex.authors and not who and len(set(caption_reporters)) == 1:
        ex.authors.append(caption_reporters[0])  # a photo story whose captions credit one reporter
    if who and (not (found := clean_authors(ex.authors, ex.outlet)) or handles_only(found, who)):
        ex.authors.append(who)  # (over a meta author that is no person: a newsroom PC's account, '편집국 공용PC3')
    if who and who in ex.authors:
        ex.authors += [a for a in co_reporters(who, head_nodes) if a not in ex.authors]  # '홍길동·김철수 기자'
    if row_reporter and not ex.authors:
        ex.authors.append(row_reporter)
    if not clean_authors(ex.authors + ([ex.shown_author] if ex.shown_author else []), ex.outlet) \
            and (anchored := broadcast_reporter(lines)):
        ex.authors.append(anchored)  # a broadcast script: the reporter the anchor hands over to and who signs off
    if not clean_authors(ex.authors + ([ex.shown_author] if ex.shown_author else []), ex.outlet):
        found = None
        # the writer's line as the text's last line, or (in a dump) under the headline: '반다온 | 한결대 교수'
        filled = [i for i, ln in enumerate(lines) if ln]
        near_head = filled[1:HEAD["max_lines"] + 1] if ex.page_tree is None else []
        for i in [i for i in near_head if len(lines[i]) <= MAX_AFFILIATION_CHARS + 10] + filled[-1:]:
            if found := column_author([lines[i]]):
                lines[i] = ""
                break
        if not found and ex.page_tree is not None:  # a box beside the text
            start = _body_start(nodes, nonblank_raw)
            end = _body_end(nodes, nonblank_raw, start)
            text_lines = set(nonblank_raw)
            found = reporter_box(nodes[start:end + 1 + MAX_BOX_NODES]) or reporter_above(nodes[:start]) \
                or column_author(nodes[:start]) \
                or column_author([c for n in nodes[:start] for c in _SOURCE_CELLS.split(n) if len(n) <= MAX_BYLINE_NODE]) \
                or column_author(nodes[end + 1:end + 1 + MAX_BOX_NODES]) \
                or column_author([n for n in nodes[start:end + 1] if n not in text_lines]) \
                or reporter_in_image(ex.page_tree) \
                or profile_credit(nodes[:start]) \
                or tag_writer(ex.title)  # (a reporter's page: the profile box above the article it opens; a column's tag)
        if not found and ex.page_tree is None:
            found = tag_writer(ex.title)  # '[홍길동의 시선] …': the column's writer in its tag
        if found:
            ex.authors.append(found)
    if ex.page_tree is not None and (writer := contributor(nodes[:_body_start(nodes, nonblank_raw, ex.title)])):
        ex.authors = [writer]
    if not ex.title and ex.page_tree is not None:
        ex.title = headline_from_page(ex.page_tree)
    if not headline_seen:
        lines = below_headline(lines, ex.title)
    title, subheadings, body = split_headline_block(lines, has_title=bool(ex.title))
    ex.title = ex.title or title
    ex.subheadings = [_unquote(h) for h in ex.subheadings or subheadings
                      if not (is_boilerplate(h) or names_the_page(h) or _MENU_PATH.fullmatch(h) or not re.search(r"\w", h)
                              or (len(h) <= MAX_BYLINE_NODE and _date_node(" ".join(h.split())))  # a dateline
                              or _info_item(h) or _info_row(h) or _key(h) in SECTION_TAGS)]  # (a section word alone)
    if body and ex.title and _same(body[0], ex.title):
        body = body[1:]
    if ex.page_tree is not None:
        body = cut_after_page_end(body, nodes)
    if body and len(body[-1]) <= MAX_AFFILIATION_CHARS + 10 and (writer := column_author([_box_without_links(body[-1])])) \
            and any(a.startswith(writer) for a in ex.authors):
        body = body[:-1]  # the writer's box under a column: the author's name, affiliation and links again
    if body and ex.authors and (body[-1].strip() in REPORTER_TITLES or body[-1].strip() in _WRITER_TITLES):
        body = body[:-1]  # the writer's title alone under a column ('논설위원'): the box that names them
    if body and any(writer_bio(body[-1], a) for a in ex.authors):
        body = body[:-1]  # the writer's note under a column ('홍길동 교수는 … 활동하고 있다')
    elif body and ex.page_tree is not None and in_writer_card(ex.page_tree, body[-1], ex.authors):
        body = body[:-1]  # the note in the writer's card under a post ('작은 것들을 기록합니다')
    if len(body) >= 2 and ex.page_tree is not None and in_profile_box(ex.page_tree, body[0], ex.authors):
        body = body[1:]  # the note in a columnist's profile box above the column ('… 논설위원을 거쳐 …을 맡고 있다')
    while body and legal_row_outlet(body[-1]):
        signature = [*signature, body[-1]]  # the company's row under a letter: its name, address and contacts
        body = body[:-1]
    ex.body_lines = body
    press = None
    if not meta_outlet or is_portal(meta_outlet, ex.url) or links_to_original(ex):
        press = original_press(ex, "\n".join([text, *ex.tail_lines, *body[-3:]]))
        if not press and ex.page_tree is not None and links_to_original(ex):
            press = named_press(ex, nodes, meta_outlet, carried=True)  # a portal we do not know, its press named twice
    elif ex.page_tree is not None and (found := supplied_by(text) or _portal_press(ex, portal=False)) \
            and not _same(found, meta_outlet) and (signs_byline(found, nodes) or signs_copyright(found, nodes)):
        press = found  # a hub carrying a press's story: '기사 제공 모아스포츠' or its logo, and its byline or copyright
    elif ex.page_tree is not None and (found := named_press(ex, nodes, meta_outlet)):
        press = found  # a site carrying a press's story with no link back: its metadata names the press, its text again
    if press:
        ex.outlet = press
    elif is_portal(ex.outlet, ex.url):
        ex.outlet = None
    if not ex.outlet and labelled_press:
        ex.outlet = labelled_press  # a clipping's '매체명 :' field, not the service's copyright line at its end
    if not ex.outlet:
        ex.outlet = _not_portal(outlet_from_copyright(ex.tail_lines + body[-3:])) \
            or _not_portal(outlet_from_legal_footer(ex.tail_lines + body[-3:] + signature))
    if not ex.outlet or (masthead_outlet_name and _LATIN_ONLY.fullmatch(ex.outlet) and re.search("[가-힣]", masthead_outlet_name)
                         and ex.outlet != meta_outlet):
        ex.outlet = masthead_outlet_name or lede_outlet  # the masthead's Korean name before a copyright line's Latin one
    if not ex.outlet and ex.page_tree is not None:
        ex.outlet = filed_copy_outlet(head_nodes) or desk_row_outlet(head_nodes) \
            or site_name_of_title(ex.page_tree, ex.title) or site_name_alone(ex.page_tree, ex.title, nodes) \
            or _not_portal(outlet_from_copyright(nodes[::-1])) \
            or _not_portal(outlet_from_legal_footer(nodes[::-1])) or site_name_beside_page_kind(ex.page_tree) \
            or site_logo(ex.page_tree) or brand_name(ex.page_tree, nodes)
    if ex.outlet and ex.outlet != meta_outlet \
            and (named := footer_name_over_address(ex.outlet, ex.tail_lines + body[-3:] + signature + nodes[::-1])):
        ex.outlet = named  # 'Copyright ⓒ moailbo.co.kr': the site's address; its footer row names the paper
    if ex.page_tree is not None and ex.outlet and _LATIN_ONLY.fullmatch(ex.outlet) \
            and _key(ex.outlet) in social_handles(ex.page_tree):
        named = _not_portal(outlet_from_copyright(ex.tail_lines + body[-3:])) \
            or _not_portal(outlet_from_copyright(nodes[::-1])) or site_logo(ex.page_tree)
        ex.outlet = named if named and re.search("[가-힣]", named) else ex.outlet  # '@moailbo': an account, not the name
    if ex.page_tree is not None and ex.outlet and ex.outlet == meta_outlet and _LATIN_ONLY.fullmatch(ex.outlet) \
            and (named := site_name_of_title(ex.page_tree, ex.title)) and re.search("[가-힣]", named) \
            and (printed := outlet_from_copyright(ex.tail_lines + body[-3:]) or outlet_from_copyright(nodes[::-1])) \
            and _same(named, printed):
        ex.outlet = named  # 'The Moa Times' in og:site_name; '모아 타임즈' in the <title> and in the copyright line
    if ex.page_tree is not None and ex.outlet and ex.outlet == meta_outlet \
            and (own := own_name_over_site_name(ex.page_tree, ex.title, ex.outlet, ex.tail_lines + body[-3:], nodes)):
        ex.outlet = own  # og:site_name naming the paper's group; its <title> and its copyright line naming the paper
    if ex.page_tree is not None and ex.outlet and ex.outlet != meta_outlet and _LATIN_ONLY.fullmatch(ex.outlet) \
            and (named := site_name_alone(ex.page_tree, ex.title, nodes) or hangul_title_part(ex.page_tree, nodes)) \
            and re.search("[가-힣]", named):
        ex.outlet = named  # '(c) MOANEWS' in the footer, '<title>모아뉴스</title>' printed again: the site's own name
    if ex.page_tree is not None and ex.outlet and not re.search("[가-힣]", ex.outlet) \
            and _key(ex.outlet) in social_handles(ex.page_tree) \
            and (named := site_name_alone(ex.page_tree, ex.title, nodes) or hangul_title_part(ex.page_tree, nodes)
                 or outlet_from_copyright(ex.tail_lines + body[-3:]) or outlet_from_copyright(nodes[::-1])) \
            and re.search("[가-힣]", named):
        ex.outlet = named  # a network handle ('@moa_news' → 'Moa_News') is an account's name, the footer the site's
    ex.outlet = ex.outlet or letter_sender_outlet(ex.sender)  # (a dump's sender: its mail frame's field)
    ex.outlet = (canonical_outlet(hangul_site_name(ex.outlet)) or outlet_from_emails(ex.author_emails)
                 or outlet_from_labels(ex.name_hints.labels if ex.name_hints else ()) or release_issuer(body[:1]))
    if not ex.authors and (shared := shared_headline(ex.title)) \
            and (not (ex.outlet and shared[0]) or _same(ex.outlet, shared[0])):
        ex.outlet = ex.outlet or shared[0]  # a post sharing the article's headline, with its credit
        ex.title, ex.authors = shared[1], [shared[2]]
    if ex.page_tree is None and ex.outlet:  # a portal mirror's press line under the headline ('모아일보' / '입력 …')
        lede = next((i for i, ln in enumerate(ex.body_lines) if SENTENCE_END.search(ln)), 0)
        ex.body_lines = [ln for i, ln in enumerate(ex.body_lines) if i >= lede or not _same(ln, ex.outlet)]
    if ex.page_tree is None:  # a section path kept between the headline and the text ('HOME > 뉴스 > 정치')
        lede = next((i for i, ln in enumerate(ex.body_lines) if SENTENCE_END.search(ln)), 0)
        ex.body_lines = [ln for i, ln in enumerate(ex.body_lines) if i >= lede or not _MENU_PATH.fullmatch(ln)]
        if ex.title:  # a headline copied with its page's outlet ('title: "… | 모아신문"' in a post's front matter)
            ex.title = without_outlet_part(ex.title, ex.outlet)
        ex.title, ex.body_lines = headline_under_feed_name(ex.title, ex.body_lines)
        ex.body_lines = without_share_preview(ex.body_lines, ex.title)
    if ex.page_tree is not None:
        ex.title = without_section_tags(clean_title(ex.title, ex.outlet))  # '매체 :: 헤드라인', '헤드라인 | 정치'
        if ex.title and ex.outlet and (m := _OUTLET_TAG.match(ex.title)) and _same(m.group(1), ex.outlet) \
                and len(ex.title) > m.end():
            ex.title = ex.title[m.end():]  # '[모아일보] 헤드라인'
        ex.title = tagged_headline(ex.page_tree, untagged_headline(ex.page_tree, ex.title))
        if ex.title and ex.outlet and _same(ex.title, ex.outlet):  # a <title> or og:title with the site's name only
            shown = headline_from_page(ex.page_tree) or headline_above_byline(nodes, ex.outlet)
            ex.title = shown if shown and not _same(shown, ex.outlet) else ex.title
    if ex.page_tree is not None and ex.outlet:
        ex.outlet = signed_name(ex.outlet, ex.tail_lines + body[-3:] + nodes[::-1])
    if ex.page_tree is None and ex.title and ex.outlet and (m := _OUTLET_TAG.match(ex.title)) \
            and _same(m.group(1), ex.outlet) and len(ex.title) > m.end():
        ex.title = ex.title[m.end():]  # a dump's headline given by its file name: '[모아방송] 헤드라인'
    if not ex.published and ex.outlet and (aired := programme_date(ex.subheadings, ex.outlet)):
        ex.published, ex.subheadings = aired, [h for h in ex.subheadings if not programme_date([h], ex.outlet)]
    if ex.page_tree is not None and ex.outlet and ex.title and (pasted := tagged_pasted_headline(nodes, ex.outlet)) \
            and not _same(pasted, ex.title):
        ex.title = pasted  # a post carrying an article: the group's or board's name is the page's, not the headline
    if ex.title and (label := _TITLE_FIELD.match(ex.title)) and len(ex.title) - label.end() >= MIN_TITLE_AFTER_LABEL:
        ex.title = ex.title[label.end():]  # a dump's board row '제목 | 헤드라인', found as its headline line
    if ex.page_tree is not None:  # an author field cut from a credit element, without what was in brackets
        ex.authors = [credit_element(a, nodes) or a for a in ex.authors]
    # an author field holding the writer's box ('홍길동 한결대 교수·사회학 다른 기사 보기'): the name
    ex.authors = [(column_author([_box_without_links(a)]) or a) if len(a.split()) > 2 else a for a in ex.authors]
    ex.authors = clean_authors(ex.authors, ex.outlet)
    if not ex.author_emails and text and (email := email_beside_author(ex, text)):
        ex.author_emails.append(email)
    if ex.page_tree is not None and not ex.authors and (signer := signature_after_text(nodes, body)[0]):
        ex.authors = clean_authors([signer], ex.outlet)  # the byline printed only under the text, after its date
    if ex.page_tree is not None and not ex.authors and (foot := credit_after_text(nodes, body)):
        ex.authors = clean_authors([foot.author], ex.outlet)  # the byline printed only in the article's foot
        if foot.email and not ex.author_emails:
            ex.author_emails.append(foot.email)
    ex.author_emails = [e for e in ex.author_emails if not newsroom_mailbox(e)]
    if copyright_year_only(ex.published, text, any_year=ex.page_tree is not None):
        ex.published = None
    if ex.page_tree is not None and not byline_date:
        byline_date = date_beside_headline(nodes, ex.title) or signed_date_after_text(nodes, body)
    byline_date = byline_date or print_issue_date(nodes[:MAX_HEAD_NODES])
    if ex.page_tree is not None and not quoted_date and (shown := shown_before_metadata(ex.published, nodes)):
        ex.published, ex.updated = shown
    if not quoted_date and (not ex.published or len(ex.published) <= 10 or not ex.updated):
        published, updated, said = printed_dates("\n".join(nodes))
        if byline_date and not (said and published):
            published, said = byline_date, True
        if not said:
            published = None  # the first date anywhere on the page is a guess, not the article's date
        # a date the page prints as the article's, or a page time on the same day, is more
        # precise than a date-only metadata value
        if published and (not ex.published or (len(ex.published) <= 10 and (said or published.startswith(ex.published)))):
            ex.published = published
        elif published and said and updated and ex.published and _same_minute(ex.published, updated) \
                and not _same_minute(published, updated):
            ex.published = published  # the time printed first under the headline was the 수정 one
        ex.updated = ex.updated or updated
    if ex.published and len(ex.published) == 10 and (printed := short_year_misread(ex.published, text)):
        ex.published = printed
    if (embargo := embargo_date(nodes[:MAX_HEAD_NODES])) and not (ex.published or "").startswith(embargo[:10]):
        ex.published = embargo  # (the board's 등록일 is when the release was posted under embargo)
    return ex


# A press release opens with its issuer and the issuer's head in brackets ('모아전자(대표 홍길동)는 …').
_ISSUER_OPENING = compiled(MAKERS["release_issuer"])


def release_issuer(first: list[str]) -> str | None:
    """The firm a press release is issued by, when no outlet is named: the subject of its first sentence with its
    head in brackets after it, as releases open."""
    m = _ISSUER_OPENING.match(first[0]) if first else None
    return m.group("firm") if m else None


_EMBARGO = compiled(r"(?:^|[\s|])%s(?:%s)" % (DATES["embargo_label"], DATES["datetime"]))


def embargo_date(lines: list[str]) -> str | None:
    """The date a release's embargo line gives ('보도시점: 2025. 3. 7.(금) 조간'): when it may be printed, its publication."""
    for line in lines:
        if len(line) <= MAX_BYLINE_NODE and (m := _EMBARGO.search(" ".join(line.split()))):
            return _iso(m)
    return None


def short_year_misread(published: str, text: str) -> str | None:
    """The date the page prints with a two-digit year when `published` is that date read day first
    ('24.11.05 14:10' taken for 2005-11-24 by a generic date reader); None when it is not."""
    for m in SHORT_YEAR_DATETIME.finditer(text):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if published == f"{2000 + d:04d}-{mo:02d}-{y:02d}" and (iso := _iso(m)) and iso[:10] != published:
            return iso
    return None


def _same_minute(a: str, b: str) -> bool:
    return a[:16].replace(" ", "T") == b[:16].replace(" ", "T")


def without_section_tags(title: str | None) -> str | None:
    """A title without the desk a <title> names beside the headline ('헤드라인 | 정치', '경제 - 헤드라인')."""
    if not title:
        return title
    parts = _SITE_SEPARATORS.split(title)
    kept = [p for p in parts if _key(p) not in SECTION_TAGS]
    return " - ".join(kept) if kept and len(kept) < len(parts) else title


def _squashed(text: str) -> str:
    return _NON_WORD.sub("", text).lower()


def _same(a: str, b: str) -> bool:
    return _squashed(a) == _squashed(b)


def _strip_trailing_copyright(line: str) -> str:
    return _TRAILING_COPYRIGHT.sub("", line)


def _unquote(line: str) -> str:
    """A sub-headline in double quotes is a quotation used as a heading: keep the words."""
    m = re.fullmatch(r'["“](.+)["”]', line)
    return m.group(1) if m and '"' not in m.group(1) and "“" not in m.group(1) else line


_CAPTION_CREDIT_TAILS = compile_all(RULES["caption_credit_tails"])
_CAPTION_WORDS = compiled(RULES["caption_words"])
_CAPTION_SENTENCE_END = compiled(r"[.!?](?=\s|$)")
MIN_PROSE_BESIDE_CAPTIONS = 2


def credited_caption(line: str, in_dump: bool = False) -> bool:
    """A photo's caption left as a line of its own, a photo's credit closing it ('시청 앞 광장의 모습. 사진=홍길동 기자',
    '선수들이 기뻐하고 있다. 모아연맹 제공'): no paragraph of the text, which does not end on a credit. Before the credit
    stand a caption's words (a noun phrase, or one sentence in the progressive); in a dump, which prints a page's
    captions as lines of their own, any one sentence."""
    text = " ".join(line.split())
    if not text or len(text) > RULES["max_caption_chars"]:
        return False
    m = next((m for p in _CAPTION_CREDIT_TAILS if (m := p.search(text))), None)
    if not m or m.start() == 0:
        return False
    words = text[:m.start()].strip()
    return bool(_CAPTION_WORDS.fullmatch(words)) or (
        in_dump and len(_CAPTION_SENTENCE_END.findall(words)) <= RULES["caption_sentences"])


def dump_caption(line: str) -> bool:
    """A dump's paragraph that is a photo's caption (`credited_caption` as a dump prints it)."""
    return credited_caption(line, in_dump=True)


def without_dump_captions(lines: list[str]) -> list[str]:
    """A dump's lines without its photo captions, when the text keeps enough prose beside them (a photo story's only
    text is its caption)."""
    captions = {i for i, ln in enumerate(lines) if dump_caption(ln)}
    prose = sum(1 for i, ln in enumerate(lines) if i not in captions and SENTENCE_END.search(ln))
    if not captions or prose < MIN_PROSE_BESIDE_CAPTIONS:
        return lines
    return ["" if i in captions else ln for i, ln in enumerate(lines)]


def _strip_credits(line: str) -> str:
    if not line:
        return line
    for p in CREDITS:
        line = p.sub("", line)
    return line.strip()
