"""HTML pages: parse once, read the page's metadata, extract the main text with trafilatura.

When trafilatura returns nothing or too little we fall back instead of losing the page: first
trafilatura with recall favoured, then the chain of `fallback` (JSON-LD articleBody, the page's
script data, article containers, trafilatura's baseline). The title is the headline the reader
sees (<h1>) when a meta title confirms it, else the meta titles; a byline and date printed under
the headline fill what the meta tags lack.
"""

from __future__ import annotations

import html as html_entities
import json
from copy import deepcopy
import re
import tomllib
from dataclasses import replace
from pathlib import Path

import trafilatura
from lxml import etree
from htmldate import find_date
from trafilatura.metadata import (META_URL, examine_meta, extract_author, extract_meta_json, extract_sitename, extract_title,
                                  extract_url, set_date_params)
from trafilatura.settings import Document
from trafilatura.utils import load_html

from builder import dates, language
from builder.extract.byline import bold_lead_byline, credit_line, page_byline, writer_name
from builder.extract.fallback import chars, drop_leading, fallback_bodies, same_text, with_body
from builder.extract.docexport import (class_names, document_headline, without_comments, without_notebook_code,
                                      without_running_heads)
from builder.extract.wiki import article_name, wiki_article
from builder.extract.metadata import is_platform, page_metadata, without_companies
from builder.extract.model import Extracted
from builder.extract.editorform import editor_form_page
from builder.extract.scripted import inline_encoded_bodies, inline_flight_markup, inline_templates
from builder.extract.standfirst import without_standfirst
from builder.extract.text import without_reader_remarks

# Below this many characters a trafilatura result is treated as a miss and the next method is tried.
MIN_BODY_CHARS = 250
# A main text in fewer lines than this is re-checked with trafilatura's full ensemble.
MIN_PARAGRAPHS = 3
# ... and the ensemble's text is taken unless it is much shorter than the first one.
ENSEMBLE_MIN_SHARE = 0.8
# A main text shorter than this is re-checked too, and the ensemble's text taken when it is this many times longer.
MIN_CONFIDENT_CHARS = 1000
MIN_ENSEMBLE_GAIN = 2.0
# A menu taken for the text: at least MIN_MENU_LINES lines, less than this share of its characters in prose lines.
MIN_MENU_LINES = 10
MAX_MENU_PROSE_SHARE = 0.5
MIN_PROSE_LINE_CHARS = 40
TRAFILATURA = f"trafilatura {trafilatura.__version__}"
# (a bar may be a box-drawing, full-width or Hangul letter look-alike; a browser's or a CMS's '<title>' may part the
# outlet with a spaced underscore or bullet too: '… _ 한빛일보', '… • 한빛일보')
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||::|-|–|—|―|:|·|/|\*|│|｜|ㅣ|_|＿|•)\s+")
# The writer's side of a <title> that also names who wrote it ('Headline * Site * by Jane Doe').
_BYLINE_PART = re.compile(r"[Bb]y\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3}")
_URLISH = re.compile(r"^(?:https?://|www\.)|\.(?:com|net|org|co\.kr|kr)(?:/|$)", re.I)


# An <h1> inside these, or marked like these, is the site's furniture (logo, menu, breadcrumb), not the headline.
_FURNITURE_TAGS = ("nav", "footer", "li", "a", "button", "label")
_FURNITURE_MARKS = re.compile(r"logo|brand|masthead|site-?name|sitename|gnb|breadcrumb", re.I)
# A displayed headline has at least this many characters.
MIN_HEADLINE_CHARS = 8
MIN_HEADLINE_WORDS = 3
# Headings that may hold the headline shown just above the article's first paragraph.
_HEADINGS = ("h1", "h2", "h3")
# Distance, in elements of document order, from that heading to the first paragraph.
MAX_HEADING_GAP = 40
# Lines (a kicker, a section name) that may stand between that heading and the first paragraph.
MAX_KICKER_LINES = 2
# The site's side of a <title> that joins the headline to the site's name is no longer than this, nor than half the headline.
MAX_SITE_PART_CHARS = 20


# A table cell holding this many blocks of text (paragraphs, a heading, a list) lays out the page: it is no data.
MIN_LAYOUT_CELL_BLOCKS = 2
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "ul", "ol", "blockquote")
# A definition list whose answers run this long holds text (an interview's questions and answers), no fields.
MIN_TEXT_DD_CHARS = 40
MIN_TEXT_DL_CHARS = 100


# A table cell holding at least this many paragraphs, of this much text, lays out an article: the table is no data.
MIN_LAYOUT_PARAGRAPHS = 3


# A layout table's row: the article's cell and a column or two of links beside it.
MAX_LAYOUT_ROW_CELLS = 3


def _article_cell(cell) -> bool:
    """A cell holding an article's paragraphs (its own, perhaps inside a text box of the cell) beside another cell
    of its row (a column of links): trafilatura reads such a row as one table row. A row of one cell it reads as text
    (`layout_row`), but when the paragraphs stand in a text box of the cell, beside boxes of links, as one line, its
    paragraphs run together; a letter's paragraphs set right in its one cell it reads well. A one-cell table of
    blank-line paragraphs boxed inside the cell of such a row is read with that row (`_enclosing_layout_row`)."""
    row = cell.getparent()
    if row is None:
        return False
    paragraphs = [p for p in cell.iter("p") if next(p.iterancestors("td", "th"), None) is cell]  # (also in a div)
    if sum(c.tag in ("td", "th") for c in row) < 2:
        boxed = [p for p in paragraphs if p.getparent() is not cell]
        if len(boxed) >= MIN_LAYOUT_PARAGRAPHS and len({p.getparent() for p in boxed}) == 1 \
                and sum(len(p.text_content().strip()) for p in boxed) >= MIN_BODY_CHARS:
            return True
        return _enclosing_layout_row(cell) is not None and _blank_line_paragraphs(cell)
    if len(paragraphs) >= MIN_LAYOUT_PARAGRAPHS and sum(len(p.text_content().strip()) for p in paragraphs) >= MIN_BODY_CHARS:
        return True
    # (an old page parts its paragraphs by a blank line, two line breaks, not by <p>: '…했다.<br><br>…'; its layout
    # row holds the text and a column or two beside it, where a sheet's row of data holds many cells)
    if sum(c.tag in ("td", "th") for c in row) > MAX_LAYOUT_ROW_CELLS:
        return False
    return _blank_line_paragraphs(cell)


def _blank_line_paragraphs(cell) -> bool:
    """A cell whose own text is parted into paragraphs by blank lines (two line breaks), of an article's length."""
    breaks = [br for br in cell.iter("br") if next(br.iterancestors("td", "th"), None) is cell and _next_is_break(br)]
    return len(breaks) + 1 >= MIN_LAYOUT_PARAGRAPHS and len(" ".join(cell.text_content().split())) >= MIN_BODY_CHARS


def _enclosing_layout_row(cell):
    """The row of the layout cell a one-cell table stands in ('<td>headline, dateline <table><tr><td>text</td></tr>
    </table></td><td>latest news</td>'): an old page boxes its article's cell in a table of its own inside the
    page's column, and trafilatura reads the outer row, text and links beside it, as one table row."""
    outer = next(cell.iterancestors("table"), None)
    outer_cell = next(outer.iterancestors("td", "th"), None) if outer is not None else None
    row = outer_cell.getparent() if outer_cell is not None else None
    if row is None or not 2 <= sum(c.tag in ("td", "th") for c in row) <= MAX_LAYOUT_ROW_CELLS:
        return None
    return row


def _next_is_break(br) -> bool:
    """A line break right followed by another (only blank text between): a blank line, which parts two paragraphs."""
    after = br.getnext()
    return after is not None and after.tag == "br" and not (br.tail or "").strip()


def unwrap_layout(tree) -> None:
    """Definition lists that hold text, and the layout tables around them, as the blocks they are: trafilatura drops a
    <dl> whole and reads a layout table's cell as one line, so an interview set as <dt> questions and <dd> answers in
    an old table page lost its whole text. (Other layout tables are left to trafilatura, which reads them well enough.)"""
    for dl in list(tree.iter("dl")):
        answers = [" ".join(dd.text_content().split()) for dd in dl.iter("dd")]
        if sum(map(len, answers)) < MIN_TEXT_DL_CHARS or max(map(len, answers), default=0) < MIN_TEXT_DD_CHARS:
            continue  # a box of short fields ('기간' / '7월까지')
        for table in dl.iterancestors("table"):
            if any(sum(ch.tag in _TEXT_BLOCKS for ch in c) >= MIN_LAYOUT_CELL_BLOCKS for c in table.iter("td", "th")):
                for el in [table, *table.iter("thead", "tbody", "tfoot", "tr", "td", "th")]:
                    el.tag = "div"
        dl.tag = "div"
        for el in dl.iter("dt", "dd"):
            el.tag = "p"
    for table in list(tree.iter("table")):
        # an old page laid out in a table, its article's paragraphs in one cell beside a column of links: trafilatura
        # reads the row as one table row ('| headline dateline text… | links |'), so its blocks are made blocks
        if table.tag == "table" and any(_article_cell(c) for c in table.iter("td", "th")):
            for outer in [table, *table.iterancestors("table")]:  # (a letter's tables nest: every one lays it out)
                for el in [outer, *outer.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th")]:
                    el.tag = "div"


# In a block of preformatted text, a line at least this share of the block's longest line is a line the writer's width
# wrapped, not one that ends where its field ends.
MIN_WRAPPED_SHARE = 0.6
_RULER = re.compile(r"^[-=─━_*~·]{10,}$")


def _pre_blocks(text: str) -> list[str]:
    """A preformatted text's paragraphs: its blocks between blank lines, a block's lines joined when each but the
    last fills the width (a wrapped paragraph), else kept apart (a header of fields, a ruler)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(ln.split()) for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue
        width = max(map(len, lines))
        wrapped = len(lines) > 1 and not any(_RULER.match(ln) for ln in lines) \
            and all(len(ln) >= MIN_WRAPPED_SHARE * width for ln in lines[:-1])
        out += [" ".join(lines)] if wrapped else lines
    return out


def ruby_as_text(tree) -> None:
    """Write each <ruby> as its fallback reads without ruby support: the base, then its reading in brackets
    ('<ruby>公論<rp>(</rp><rt>공론</rt><rp>)</rp></ruby>' as '公論(공론)'); extractors drop <rt>, and with it the
    reading the page gave the Hanja."""
    headings = [(h, _reading_only(h)) for h in tree.iter("h1", "h2") if h.find(".//ruby") is not None]
    for ruby in list(tree.iter("ruby")):
        readings = "".join(" ".join(rt.text_content().split()) for rt in ruby.iter("rt"))
        for el in list(ruby.iter("rt", "rp")):
            el.drop_tree()
        base = " ".join(ruby.text_content().split())
        tail = ruby.tail
        ruby.clear()
        ruby.tag = "span"
        ruby.text = f"{base}({readings})" if readings and base else base or readings
        ruby.tail = tail
    for heading, reading in headings:  # the metadata's headline, which cannot carry a ruby, gives its reading only
        shown = " ".join(heading.text_content().split())
        for meta in _META_TITLE_ELEMENTS(tree):
            if " ".join((meta.get("content") or "").split()) == reading:
                meta.set("content", shown)


# A line naming the speaker of the quotation above it: '- 김민서 / 서울 마포구 (34세)', '— 김민서, 한빛대 교수'.
_SPEAKER_CAPTION = re.compile(r"^(?:[-–—―]\s*\S.{0,40}|\S{2,12}(?: \S{1,12}){0,2}\s?(?:\(\d{1,3}\D{0,2}\))?\s?[/|]\s?\S.{0,40})$")
_WHOLE_QUOTATION = re.compile(r'^["“][^"“”]{4,}["”]$')


# A reading app's export of highlights (Raindrop, Readwise, Kindle's web notebook, a reader's 'notes' page) lists the
# passages the reader marked, each item quoting one passage and adding the reader's own note, colour and the day it
# was marked. The quoted passages are the article's text; the rest of each item is the reader's.
MIN_HIGHLIGHT_ITEMS = 2


def highlights_as_text(tree) -> None:
    """Each list whose items all quote a passage (a <blockquote>) read as the passages alone, one paragraph each."""
    for listing in list(tree.iter("ol", "ul")):
        items = [li for li in listing if li.tag == "li"]
        quotes = [li.find(".//blockquote") for li in items]
        if len(items) < MIN_HIGHLIGHT_ITEMS or any(q is None for q in quotes):
            continue
        for li, quote in zip(items, quotes):
            passage = " ".join(quote.text_content().split())
            for child in list(li):
                li.remove(child)
            li.text, li.tag = passage, "p"
        listing.tag = "div"


def speaker_captions_as_text(tree) -> None:
    """A broadcast page marks the line naming the speaker under a quoted bite as a caption ('<p class="caption">- 김민서
    / 상인</p>'); extractors drop captions as a photo's, so a caption line right after a paragraph that is wholly a
    quotation, shaped like a name and a post, loses the class and stays in the text."""
    for el in tree.xpath(".//*[self::p or self::div or self::span][contains(@class, 'caption') or contains(@id, 'caption')]"):
        prev = el.getprevious()
        text = " ".join(el.text_content().split())
        if prev is None or len(el) or not _SPEAKER_CAPTION.match(text) \
                or not _WHOLE_QUOTATION.match(" ".join(prev.text_content().split())):
            continue
        for attr in ("class", "id"):
            if "caption" in (el.get(attr) or ""):
                del el.attrib[attr]


_PHOTO_CAPTIONS = etree.XPath("//figcaption | //*[self::p or self::div or self::span or self::em or self::dd]"
                             "[contains(@class, 'caption') or contains(@id, 'caption')]")
MAX_CAPTIONS = 20
MAX_CAPTION_CHARS = 400


def photo_captions(tree) -> list[str]:
    """The texts of the page's photo captions ('<figcaption>', class 'caption'). Extractors drop them, and they are no
    body text; but a caption may be the one place that names in full a person the body calls by surname and post."""
    found: list[str] = []
    for el in _PHOTO_CAPTIONS(tree):
        text = " ".join(el.text_content().split())
        if text and len(text) <= MAX_CAPTION_CHARS and text not in found:
            found.append(text)
        if len(found) >= MAX_CAPTIONS:
            break
    return found


_META_TITLE_ELEMENTS = etree.XPath("//meta[@property='og:title' or @name='twitter:title' or @property='twitter:title' "
                                   "or @name='title']")


def _reading_only(heading) -> str:
    """A heading's text with each ruby read as its reading alone ('公論' with the reading '공론' as '공론')."""
    copy = deepcopy(heading)
    for ruby in list(copy.iter("ruby")):
        reading = "".join(" ".join(rt.text_content().split()) for rt in ruby.iter("rt"))
        tail = ruby.tail
        ruby.clear()
        ruby.text, ruby.tail = reading, tail
    return " ".join(copy.text_content().split())


def unwrap_preformatted(tree) -> None:
    """A page whose text is a <pre> block (a wire copy shown as sent, a plain-text archive) as paragraphs: read as it
    stands, each line the writer's width wrapped would be a paragraph of its own."""
    for pre in list(tree.iter("pre")):
        text = pre.text_content()
        if len(text.strip()) < MIN_BODY_CHARS or pre.find(".//code") is not None:
            continue
        div = etree.Element("div")
        for para in _pre_blocks(text):
            etree.SubElement(div, "p").text = para
        div.tail = pre.tail
        pre.getparent().replace(pre, div)


class NoTree(Exception):
    """The page could not be parsed into an HTML tree."""


# A document's file name standing as a page's <title> (a converter's output: 'press_0714_final(2).pdf').
_FILE_NAME = re.compile(r"[^\s/\\]+(?:\s[^\s/\\]+){0,3}\.(?:pdf|hwpx?|docx?|pptx?|xlsx?|odt|rtf)", re.I)


def clean_title(title: str | None, outlet: str | None) -> str | None:
    """Strip outlet names that sites glue to headlines ('… | 한빛일보', '가온신문 모바일 :: …')."""
    if not title or _FILE_NAME.fullmatch(title.strip()):
        return None  # 'release_final(2).pdf': a converted document's file name, no headline
    title = without_section_path(re.sub(r"\s+", " ", title).strip())
    seps = list(_TITLE_SEPARATORS.finditer(title))
    if seps and _BYLINE_PART.fullmatch(title[seps[-1].end():]):
        title = title[:seps[-1].start()]  # 'Headline * Site * by Jane Doe': the writer is no part of the headline
    return without_outlet_part(title, outlet)


def without_outlet_part(title: str, outlet: str | None) -> str:
    """A headline without the parts of it that only name its outlet ('… _ 한빛일보', '한빛일보 :: …')."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and outlet:
        o = outlet.replace(" ", "").lower()
        kept = [p for p in parts if not (o in p.replace(" ", "").lower() or p.replace(" ", "").lower() in o)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return title


# 'headline < 산업 < 경제 < 기사본문 - 매체', '홈 > 경제 > headline': a CMS's section path beside the headline.
_PATH_SEPARATOR = re.compile(r"\s+[<>›»]\s+")
MAX_PATH_PART_CHARS = 20


def without_section_path(title: str) -> str:
    """The headline of a <title> that also prints the page's section path: the one long part, when every
    other part is as short as a section's name."""
    parts = _PATH_SEPARATOR.split(title)
    if len(parts) < 3:  # a path has two steps at least; 'x < y' alone may be the headline's own words
        return title
    longest = max(parts, key=len)
    others = [p for p in parts if p is not longest]
    if all(len(p) <= MAX_PATH_PART_CHARS and not any(ch.isdigit() for ch in p) for p in others) \
            and len(longest) > max(map(len, others)):
        return longest
    return title


def unescape(text: str | None) -> str | None:
    """Text with HTML entities resolved, also when a site escaped them twice ('&amp;#039;')."""
    if not text:
        return text
    for _ in range(2):
        if "&" not in text:
            break
        text = html_entities.unescape(text)
    return " ".join(text.split())


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def same_headline(a: str, b: str) -> bool:
    """The same headline, give or take punctuation, case, or a short addition (an outlet name)."""
    a, b = _squash(a), _squash(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.8 * len(long_)


# Elements that are cells of their own: their texts are words apart even when the markup joins them
# ('<dt>기자</dt><dd>홍길동</dd>' is '기자 홍길동', never '기자홍길동').
_CELL_TAGS = ("dt", "dd", "li", "td", "th", "p", "div", "br", "tr")


def _text(el) -> str:
    if next(el.iterdescendants(*_CELL_TAGS), None) is None:
        return " ".join(el.text_content().split())
    parts: list[str] = []
    _cell_texts(el, parts)
    return " ".join("".join(parts).split())


def _cell_texts(el, parts: list[str]) -> None:
    cell = el.tag in _CELL_TAGS
    if cell:
        parts.append(" ")
    if isinstance(el.tag, str) and el.text and el.tag not in ("script", "style"):
        parts.append(el.text)
    for child in el:
        _cell_texts(child, parts)
        if child.tail:
            parts.append(child.tail)
    if cell:
        parts.append(" ")


def _is_furniture(el, outlet: str | None) -> bool:
    text = _text(el)
    if len(text) < MIN_HEADLINE_CHARS or (outlet and _squash(text) in _squash(outlet)):
        return True
    chain = [el, *el.iterancestors()]
    if any(a.tag in _FURNITURE_TAGS for a in chain[1:]):
        return True
    return any(_FURNITURE_MARKS.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in chain[:4])


def displayed_headline(tree, outlet: str | None) -> str | None:
    """The <h1> a reader sees over the article: the first one inside <article>/<main>, else the page's first,
    leaving out the site's logo, menus and breadcrumbs."""
    found = [h for h in tree.iter("h1") if not _is_furniture(h, outlet)]
    if not found:
        return None
    inside = [h for h in found if any(a.tag in ("article", "main") for a in h.iterancestors())]
    return unescape(_text((inside or found)[0]))


def heading_above(tree, first_line: str | None, outlet: str | None) -> str | None:
    """The heading shown just above the article's first paragraph, for pages with no usable title elsewhere."""
    if not first_line:
        return None
    probe = _squash(first_line)[:30]
    last_heading = None
    gap = 0
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _HEADINGS and not _is_furniture(el, outlet):
            # a heading right under a heading of a higher rank is its sub-headline ('<h2>' headline, '<h3>' deck)
            if not (last_heading is not None and gap <= MAX_KICKER_LINES and last_heading.tag < el.tag):
                last_heading = el
            gap = 0
            continue
        gap += 1
        if el.tag in ("p", "div", "section", "article") and probe and _squash(el.text_content()[:200])[:30] == probe:
            return unescape(_text(last_heading)) if last_heading is not None and gap <= MAX_HEADING_GAP else None
    return None


_SEPARATOR_WORD = re.compile(r"\W+")


def _headline_like(text: str) -> bool:
    """A headline has a few words; a one-word <title> ('Document', 'Home') is a placeholder, and so is a site's
    name joined to a section ('Site :: World'): a separator standing alone is no word."""
    words = [w for w in text.split() if not _SEPARATOR_WORD.fullmatch(w)]
    return len(words) >= MIN_HEADLINE_WORDS or len(text) >= 20


_DATE_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-./년年]\s*(\d{1,2})\s*[-./월月]\s*(\d{1,2})(?!\d)\s*[.일日]?"
                           r"(?:\s*(?:\([^)]{1,3}\)\s*)?(?:(오전|오후|AM|PM|am|pm)\s*)?(\d{1,2}):(\d{2}))?")
# Lines right under the headline that may be its byline and dateline.
MAX_BYLINE_CHARS = 120
MAX_BYLINE_LINES = 3
MAX_AUTHOR_WORDS = 4


def headline_element(tree, title: str | None, outlet: str | None):
    """The element that shows the headline on the page, or None."""
    if not title:
        return None
    return next((h for h in tree.iter(*_HEADINGS) if not _is_furniture(h, outlet) and same_headline(_text(h), title)),
                None)


# Headings below the headline's rank that may set its standfirst (deck, longer than a byline) above the byline row
# (a short one may be the byline row itself).
_DECK_HEADINGS = ("h3", "h4", "h5", "h6")


def beside_headline(headline) -> list[str]:
    """Short lines printed right after the headline (byline, dateline), from its next siblings."""
    lines: list[str] = []
    el = headline
    while el is not None:
        for sib in el.itersiblings():
            if not isinstance(sib.tag, str) or sib.tag in ("script", "style"):
                continue
            text = _text(sib)
            if sib.tag in _DECK_HEADINGS and len(text) > MAX_BYLINE_CHARS and not lines:
                continue  # the standfirst set as a lower heading between the headline and its byline row
            if len(text) > MAX_BYLINE_CHARS or sib.tag in _HEADINGS[:2]:
                return lines  # the article text (or the next story) begins: a byline is never past it
            if text:
                lines.append(text)
            if len(lines) >= MAX_BYLINE_LINES:
                return lines
        if lines:
            return lines
        parent = el.getparent()
        el = parent if parent is not None and len(_text(parent)) <= 400 else None
    return lines


# A date written day first with dots, as most of Europe and Turkey print it ('05.04.2025', '5.4.2025 14:30'): the dots
# say the day leads (a month-first date is written with slashes).
_DAY_FIRST_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d.]\d)"
                             r"(?:,?\s*(?:um\s+|saat\s+|à\s+|kl\.?\s+)?(\d{1,2})[:.](\d{2})(?!\d))?")


with open(Path(__file__).with_name("months.toml"), "rb") as _fh:
    _MONTH_NAMES: list[list[str]] = tomllib.load(_fh)["months"]
MIN_MONTH_ABBREVIATION = 3

# A date with its month as a word, day first ('18 Dec 2026, 10:05', '3. März 2026', '3 de marzo de 2026') or month
# first ('Dec. 18, 2026 at 10:05 a.m.'), perhaps with its time; `month_number` says whether the word is a month.
_TIME_AFTER_WORDED = r"(?:,?\s*(?:at\s+|um\s+|à\s+|às\s+|a las\s+|alle\s+|[-–|·]\s*)?(\d{1,2})[:h](\d{2})(?!\d)(?:\s*([AaPp])\.?[Mm]\.?)?)?"
_DAY_MONTH_WORD_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})(?!\d)"
                                  + _TIME_AFTER_WORDED)
_MONTH_WORD_DAY_DATE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)"
                                  + _TIME_AFTER_WORDED)


def month_number(word: str) -> int | None:
    """The month a word names in one of the dateline languages: a whole name, or an abbreviation of three letters
    or more that only one month's names begin with ('Dec', 'Sept', 'juil'); None for any other word."""
    word = word.lower()
    if len(word) < MIN_MONTH_ABBREVIATION:
        return None
    found = {i for i, names in enumerate(_MONTH_NAMES, 1) if any(n.startswith(word) for n in names)}
    return found.pop() if len(found) == 1 else None


def _worded_date(line: str) -> tuple[re.Match, tuple] | None:
    """The first date of a line whose month is a word, and its (year, month, day, half of the day, hour, minute)."""
    found = []
    for m in _DAY_MONTH_WORD_DATE.finditer(line):
        if mo := month_number(m[2]):
            found.append((m, (m[3], str(mo), m[1], m[6] and m[6].upper() + "M", m[4], m[5])))
            break
    for m in _MONTH_WORD_DAY_DATE.finditer(line):
        if mo := month_number(m[1]):
            found.append((m, (m[3], str(mo), m[2], m[6] and m[6].upper() + "M", m[4], m[5])))
            break
    return min(found, key=lambda f: f[0].start(), default=None)


def _date_in_line(line: str) -> tuple[re.Match, tuple] | None:
    """The first full date of a line, year first ('2025-04-05', '2025년 4월 5일'), day first with dots, or with its
    month as a word ('18 Dec 2026', 'Dec. 18, 2026'), and its (year, month, day, half of the day, hour, minute)."""
    found = []
    if year_first := _DATE_IN_TEXT.search(line):
        found.append((year_first, year_first.groups()))
    if day_first := _DAY_FIRST_DATE.search(line):
        d, mo, y, hh, mm = day_first.groups()
        found.append((day_first, (y, mo, d, None, hh, mm)))
    if worded := _worded_date(line):
        found.append(worded)
    return min(found, key=lambda f: f[0].start(), default=None)


def dateline(lines: list[str]) -> tuple[str | None, str | None]:
    """(ISO date or datetime, the text before it) of the first full date in the lines under the headline."""
    for line in lines:
        found = _date_in_line(line)
        if not found:
            continue
        m, (y, mo, d, half, hh, mm) = found
        if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
            continue
        iso = f"{y}-{int(mo):02d}-{int(d):02d}"
        if hh is not None and int(hh) < 24:
            hour = int(hh) % 12 + (12 if half in ("오후", "PM", "pm") else 0) if half else int(hh)  # '오전 12:10' is 00:10
            iso += f"T{hour:02d}:{mm}"
        return iso, line[:m.start()].strip(" |·,-")
    return None, None


# The page's time stamp printed as a line of the text under the headline ('05.08.2024, 20:59 Uhr', '17:41 JST, October
# 13, 2024', 'sexta-feira, 22 de outubro de 2010 às 20:13'): a date, perhaps its time, and at most a weekday or a
# clock's word beside it; a sentence that names a date says more.
MAX_STAMP_CHARS = 60
MAX_STAMP_WORDS = 2


def time_stamp_line(line: str) -> bool:
    """A line that is only the article's date (and time), perhaps with a weekday or a clock's word ('Uhr', 'JST')."""
    if len(line) > MAX_STAMP_CHARS or not (found := _date_in_line(line)):
        return False
    m = found[0]
    return len(re.findall(r"[^\W\d_]+", f"{line[:m.start()]} {line[m.end():]}")) <= MAX_STAMP_WORDS


def without_time_stamp_line(lines: list[str]) -> list[str]:
    """The body without the page's time stamp left among its first lines."""
    for i, line in enumerate(lines[:MAX_KICKER_LINES]):
        if time_stamp_line(line):
            return lines[:i] + lines[i + 1:]
    return lines


def byline_name(text: str | None) -> str | None:
    """A reporter's name written before the date under the headline: a few words, no digits, and in a cased
    script only capitalised words, the first not a short particle ('By', 'Von'); the language rules clean it."""
    words = (text or "").split()
    if not words or any(ch.isdigit() for ch in text) or len(words) > MAX_AUTHOR_WORDS or len(text) > 40:
        return None
    if any(w[0].islower() for w in words) or (len(words) > 2 and words[0][0].isupper() and len(words[0]) <= 3):
        return None
    return " ".join(words)


def _title_tag(tree) -> str | None:
    el = tree.find(".//title")
    return el.text_content() if el is not None else None


_SCRIPT_TITLE = re.compile(r"""\bdocument\.title\s*=\s*(?P<q>["'])(?P<text>(?:\\.|(?!(?P=q)).)*)(?P=q)\s*[;\n<]""")


def script_title(tree) -> str | None:
    """The title a script sets as the page loads (`document.title = "…"`): what the browser shows, when it holds
    the <title>'s own words (the bare site name a server writes before the script names the article)."""
    for script in tree.iter("script"):
        code = script.text or ""
        if "document.title" not in code or not (m := _SCRIPT_TITLE.search(code)):
            continue  # (the plain test first: the pattern's search costs more on a page's long scripts)
        raw = m["text"] if m["q"] == '"' else m["text"].replace('\\\'', "'").replace('"', '\\"')
        try:
            text = " ".join(json.loads(f'"{raw}"').split())
        except ValueError:
            continue
        served = (_title_tag(tree) or "").split()
        if text and all(word in text for word in served) and len(text) > len(" ".join(served)):
            return text
    return None


def _set_title(tree, text: str) -> None:
    """Make `text` the page's <title>."""
    el = tree.find(".//title")
    if el is None:
        head = tree.find(".//head")
        if head is None:
            return
        el = etree.SubElement(head, "title")
    for child in list(el):
        el.remove(child)
    el.text = text


def shared_title_part(tree, meta_titles: list[str]) -> str | None:
    """The site's name where a page declares it nowhere but in its titles: the short part its <title> and a meta
    title both print beside other words ('매체 - 경제' and '헤드라인 : 매체')."""
    tag_parts = [p.strip() for p in _TITLE_SEPARATORS.split(" ".join((_title_tag(tree) or "").split()))]
    if not tag_parts[0]:
        return None  # (a <title> of the site's name alone shares it too: '모아일보' and 'headline | 모아일보')
    for meta_title in meta_titles:
        parts = [p.strip() for p in _TITLE_SEPARATORS.split(" ".join((unescape(meta_title) or "").split()))]
        if len(parts) < 2:
            continue
        shared = [p for p in parts if p in tag_parts and 2 <= len(p) <= MAX_SITE_PART_CHARS]
        if len(shared) == 1 and any(len(p) > 2 * len(shared[0]) for p in parts):  # beside a headline
            return shared[0]
    return None


def title_tag_headline(tree) -> str | None:
    """The headline side of a <title> that joins it to the site's name ('매체 - 헤드라인', 'Headline | Site'):
    the one part that reads like a headline when every other part is short."""
    parts = _TITLE_SEPARATORS.split(" ".join((_title_tag(tree) or "").split()))
    if len(parts) < 2:
        return None
    longest = max(parts, key=len)
    if _headline_like(longest) and all(len(p) <= MAX_SITE_PART_CHARS and 2 * len(p) <= len(longest)
                                       for p in parts if p is not longest):
        return unescape(longest)
    return None


def _title_without_meta(tree, found: str | None, first_lines: list[str], outlet: str | None) -> str | None:
    """For pages without meta titles: trafilatura's title (<title>, title classes) unless it is a placeholder
    and a heading stands right above the article text."""
    if found and _headline_like(found):
        return found
    for line in first_lines[:MAX_KICKER_LINES + 1]:  # a kicker or section line may stand between it and the text
        if shown := heading_above(tree, line, outlet):
            return shown
    return title_tag_headline(tree) or found


# What may join a headline to its quoted part ('…"a quote"', '... "a quote"', ' · "a quote"').
_QUOTE_JOINER = "…·.,:-–— "
_QUOTE_MARKS = "\"'“‘"


# A bracketed label opening a headline ('[인터뷰] …', '【단독】 …'): a site may word it otherwise in its meta title.
_OPENING_LABEL = re.compile(r"[\[【][^\[\]【】]{1,12}[\]】]\s*")


def cut_at_quote(meta: str, shown: str) -> bool:
    """A meta title that is the shown headline cut before its quoted part: where a quotation mark of the headline
    closed its attribute unescaped (content="Headline "a quote""), or where the site left the quotation out of it
    ('Headline' for 'Headline…"a quote"'). The shown headline starts with it and goes on at a quotation mark,
    perhaps after an ellipsis or a dot that joins the two; the two may open with labels worded apart ('[인터뷰] X' for
    '[일문일답] X "a quote"')."""
    meta, shown = " ".join(meta.split()), " ".join(shown.split())
    if (meta_label := _OPENING_LABEL.match(meta)) and (shown_label := _OPENING_LABEL.match(shown)):
        meta, shown = meta[meta_label.end():], shown[shown_label.end():]
    rest = shown[len(meta):].lstrip(_QUOTE_JOINER)
    return len(meta) < len(shown) and shown.startswith(meta) and rest[:1] in _QUOTE_MARKS and len(rest) > 2


def quoted_heading(tree, meta_titles: list[str], outlet: str | None) -> str | None:
    """On a page without an <h1>: the heading element that shows a meta title with its quoted part after it."""
    return next((text for h in tree.iter(*_HEADINGS) if not _is_furniture(h, outlet)
                 for text in [unescape(_text(h))] if any(cut_at_quote(m, text) for m in meta_titles)), None)


def choose_title(meta_titles: list[str], shown: str | None) -> str | None:
    """The displayed headline when a meta title confirms it; else the meta titles in order; else the displayed one.

    Sites often put a headline reworded for search in og:title or JSON-LD while the reader (and most
    references) see the article's <h1>; a meta title that matches the <h1> shows the <h1> is the headline.
    """
    if shown and any(same_headline(shown, m) or cut_at_quote(m, shown) for m in meta_titles):
        return shown
    return meta_titles[0] if meta_titles else shown


# A kicker (the topic line set over a headline inside the same heading element) is a few words.
MAX_KICKER_WORDS = 8


def _without_parts(heading, parts) -> str:
    """A heading's text without some of its elements (and without the parts hidden from readers: a separator)."""
    copy = deepcopy(heading)
    dropped = set(map(id, parts))
    doomed = [el for orig, el in zip(heading.iter(), copy.iter())
              if id(orig) in dropped or (el is not copy and el.get("aria-hidden") == "true")]
    for el in doomed:
        el.drop_tree()
    return unescape(_text(copy)) or ""


def kicker_headline(tree, meta_titles: list[str], outlet: str | None) -> str | None:
    """The headline of a heading that sets a kicker over it ('<h2><span>Topic</span><span>Headline</span></h2>'),
    when a meta title gives that headline without its kicker and none gives it with the kicker: the site's own
    metadata then says the kicker is no part of the headline (a heading whose words a meta title prints whole,
    kicker and all, is left to the other rules)."""
    squashed_metas = {_squash(m) for m in meta_titles if m}
    for heading in tree.iter("h1", "h2"):
        if _is_furniture(heading, outlet):
            continue
        whole = _squash(_text(heading))
        if whole in squashed_metas:
            return None  # the headline as the metadata gives it, kicker and all
        for el in heading.iterdescendants():
            if not isinstance(el.tag, str):
                continue
            part = _text(el)
            if not _squash(part) or not whole.startswith(_squash(part)) or len(part.split()) > MAX_KICKER_WORDS:
                continue
            rest = _without_parts(heading, [el])
            squashed = _squash(rest)
            if squashed and squashed != whole and squashed in squashed_metas:
                return rest
            if squashed != whole:
                break  # only the heading's first part may be its kicker
    return None


# What a meta title may set between a kicker and the headline ('Topic: Headline', 'Topic – Headline', 'Topic | Headline').
_KICKER_SEPARATOR = re.compile(r"\s*(?:[:|]|\s[-–—]\s)\s*")


def _heading_parts(heading) -> list[str]:
    """The texts of a heading's child elements, in order, leaving out a separator (hidden from readers or not)."""
    return [t for el in heading if isinstance(el.tag, str) and el.get("aria-hidden") != "true" and _squash(t := _text(el))]


def _given_after_kicker(headline: str, meta_titles: list[str]) -> bool:
    """A meta title gives the headline after a kicker and a separator ('Topic: Headline')."""
    wanted = _squash(headline)
    for meta in meta_titles:
        for sep in _KICKER_SEPARATOR.finditer(meta):
            kicker = meta[:sep.start()]
            if kicker.strip() and len(kicker.split()) <= MAX_KICKER_WORDS and _squash(meta[sep.end():]) == wanted:
                return True
    return False


def headline_beside_kicker(tree, meta_titles: list[str], outlet: str | None) -> str | None:
    """The headline of an article heading made of a kicker element and a headline element
    ('<h2><span>Topic</span><span>Headline</span></h2>'), when the first meta title to print it gives that headline
    alone, or none prints the heading whole and one gives the headline after another kicker ('Other topic: Headline'):
    the page then sets the kicker apart from its headline, whatever other headings (an SEO <h1>, a breadcrumb's) or
    the <title> print. When that meta title gives the headline behind this very kicker, the site counts the kicker
    in: that is left to the other rules."""
    for heading in tree.iter("h1", "h2"):
        if _is_furniture(heading, outlet):
            continue
        parts = _heading_parts(heading)
        if len(parts) != 2 or len(parts[0].split()) > MAX_KICKER_WORDS:
            continue
        headline = unescape(parts[1]) or ""
        if len(headline.split()) < MIN_HEADLINE_WORDS:
            continue
        alone, whole = _squash(headline), _squash(_text(heading))
        for meta in map(_squash, meta_titles):  # the first meta title (JSON-LD's before og:title's) to say decides
            if meta == alone:
                return headline
            if meta == whole:
                return None  # the metadata gives the headline with this kicker: the site counts it in
        if _given_after_kicker(headline, meta_titles):
            return headline
    return None


def kicker_headings(tree) -> set[str]:
    """The squashed texts of the headings set as a kicker element (a few words) and a headline element."""
    return {_squash(_text(h)) for h in tree.iter(*_HEADINGS)
            if len(parts := _heading_parts(h)) == 2 and len(parts[0].split()) <= MAX_KICKER_WORDS}


def without_kicker_heading_line(lines: list[str], tree) -> list[str]:
    """The body without a line among its first that is the article's heading read as text, its kicker element and
    headline element joined ('Topic Headline'): the headline is kept apart, and its kicker is the page's label. A
    paragraph, or a one-piece heading that opens with a topic and goes on with the headline's words, stays."""
    headings = kicker_headings(tree)
    for i, line in enumerate(lines[:MAX_KICKER_LINES]):
        if _squash(line) in headings:
            return lines[:i] + lines[i + 1:]
    return lines


def site_first(title: str, outlet: str | None) -> bool:
    """A title that opens with the site's name ('매체 - 슬로건', 'Site | Tagline'): the site's own title, which its
    templates print on every page, where an article's title puts its headline first."""
    parts = _TITLE_SEPARATORS.split(" ".join(title.split()))
    return bool(outlet) and len(parts) > 1 and _squash(parts[0]) == _squash(outlet)


# Words of at least this many characters are compared with the article's text (a Korean word keeps its particle:
# its first characters are compared).
MIN_COMPARED_CHARS = 2


# A site's slogan speaks of the site, not of the article: less than this share of its words are the text's (a
# headline reworded for search, even one printed after the site's name, keeps most of them).
MAX_SLOGAN_TEXT_SHARE = 0.5


def _text_share(title: str, text: str) -> float:
    """The share of a title's words whose stem (first characters) the article's text prints."""
    words = [w[:MIN_COMPARED_CHARS + 1] for w in (_squash(w) for w in title.split()) if len(w) >= MIN_COMPARED_CHARS]
    return sum(w in text for w in words) / len(words) if words else 0.0


def site_title_beaten(tree, title: str, meta_titles: list[str], lines: list[str], outlet: str | None) -> str | None:
    """The heading right above the article's first paragraph, when the meta title chosen is the site's own
    ('매체 - 슬로건', printed on every page) and speaks of the site: that heading is the headline if the text speaks of
    its words more than of the meta title's."""
    raws = [unescape(m) or "" for m in meta_titles]
    if not any(site_first(r, outlet) and same_headline(clean_title(r, outlet) or "", title) for r in raws):
        return None
    heading = next((h for line in lines[:MAX_KICKER_LINES + 1] if (h := heading_above(tree, line, outlet))), None)
    if not heading or not _headline_like(heading) or same_headline(heading, title):
        return None
    text = _squash(" ".join(lines))
    share = _text_share(title, text)
    return heading if share < MAX_SLOGAN_TEXT_SHARE and _text_share(heading, text) > share else None


# A copyright notice's lead before the site's name, read as the name from a copyright meta ('Copyright 2013 Site',
# '© 2010-2026 Site'): the sign, the word and the years are no part of the name.
_COPYRIGHT_LEAD = re.compile(r"^(?:(?:copyright\b|[ⓒⒸ©]|\(c\))\s*)+(?:(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)?\d{2,4})?\b[\s.,]*)?",
                             re.I)


def good_outlet(name: str | None) -> str | None:
    if not name:
        return None
    name = _COPYRIGHT_LEAD.sub("", name.strip()).strip() or name.strip()
    return None if _URLISH.search(name) or len(name) > 60 or is_platform(name) else name


def split_authors(value: str | list[str] | None) -> list[str]:
    """Author names from a meta value (an e-mail address is not a name; an outlet may sign as the author)."""
    if not value:
        return []
    items = value if isinstance(value, list) else re.split(r"\s*[;|]\s*", value)
    out = []
    for a in items:
        a = re.sub(r"\s+", " ", a or "").strip(" ,")
        if a and a not in out and not _URLISH.search(a) and "@" not in a:
            out.append(a)
    return out


# trafilatura writes a table row as '| cell | cell |' (a pipe inside a cell escaped as '\\|').
_TABLE_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def layout_row(line: str) -> str:
    """The text of a table row that holds one filled cell: a page laid out with a <table> puts its headline,
    its dateline and its whole text each in a cell of its own, and that cell is text, not a table."""
    if not (line.startswith("|") and line.endswith("|")):
        return line
    cells = [c.strip() for c in _TABLE_CELL_SPLIT.split(line[1:-1])]
    filled = [c for c in cells if c]
    return filled[0].replace("\\|", "|") if len(filled) == 1 else line


# trafilatura writes a list item as '- text'.
_LIST_ITEM = "- "


def without_link_items(lines: list[str], link_texts: frozenset[str]) -> list[str]:
    """The text without list items that are a link and nothing else: a list of other pages (related stories,
    a section's latest headlines, tags) kept inside the article's box, not its text."""
    return [ln for ln in lines
            if not (ln.startswith(_LIST_ITEM) and " ".join(ln[len(_LIST_ITEM):].split()) in link_texts)]


def _lines(text: str | None) -> list[str]:
    return [layout_row(ln.strip()) for ln in (text or "").splitlines() if ln.strip()]


def _main_text(tree, url: str | None) -> list[str]:
    """trafilatura's own algorithm alone, and its full ensemble (readability, jusText) only when
    that result looks wrong: too short, or run together into fewer than MIN_PARAGRAPHS lines
    (pages that break paragraphs with <br> inside one element)."""
    fast = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False, fast=True)
    lines = _lines(fast.text if fast else None)
    if len(lines) >= MIN_PARAGRAPHS and sum(map(len, lines)) >= MIN_BODY_CHARS:
        return _rechecked(tree, url, lines)
    full = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False)
    full_lines = _lines(full.text if full else None)
    return full_lines if sum(map(len, full_lines)) >= sum(map(len, lines)) * ENSEMBLE_MIN_SHARE else lines


def menu_like(lines: list[str]) -> bool:
    """A text of many lines, most of its characters in short ones: a site's menu or index, not an article."""
    total = sum(map(len, lines))
    prose = sum(len(ln) for ln in lines if len(ln) >= MIN_PROSE_LINE_CHARS)
    return len(lines) >= MIN_MENU_LINES and prose < MAX_MENU_PROSE_SHARE * total


def _rechecked(tree, url: str | None, lines: list[str]) -> list[str]:
    """trafilatura's own algorithm, checked against its full ensemble when its text is short or a menu.

    Its algorithm sometimes stops after the first paragraphs (an element it takes for the text's end) or
    takes a site's menu for the text; the ensemble's text is then taken when it holds MIN_ENSEMBLE_GAIN
    times as much text, or when it is prose where the first was a menu."""
    short, menu = sum(map(len, lines)) < MIN_CONFIDENT_CHARS, menu_like(lines)
    if not (short or menu):
        return lines
    full = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False)
    full_lines = _lines(full.text if full else None)
    if menu:
        return full_lines if not menu_like(full_lines) and sum(map(len, full_lines)) >= MIN_BODY_CHARS else lines
    return full_lines if sum(map(len, full_lines)) >= MIN_ENSEMBLE_GAIN * sum(map(len, lines)) else lines


# A personal name written without a space: Hangul ('탁새별', '남궁가람') or Han characters ('牛镛').
_UNSPACED_NAME = re.compile(r"[가-힣]{2,5}|[\u4e00-\u9fff]{2,4}")


def trafilatura_metadata(tree, url: str | None, missing: set[str]) -> tuple[Document, str | None]:
    """trafilatura's metadata search for the fields the page's <meta> and JSON-LD left open, and the
    page's address as the date search is to read it (before trimming).

    The steps of trafilatura.metadata.extract_metadata, minus what no column uses (categories,
    tags, licence) and minus the searches for fields already known: the author search is a costly
    one. The date search, the costliest, is `searched_date`, run later and only when needed.
    """
    doc = examine_meta(tree)
    if doc.author and " " not in doc.author and not _UNSPACED_NAME.fullmatch(doc.author):
        doc.author = None  # (trafilatura's own rule: one word is a handle, not a name; a Hangul or Han name has no space)
    try:
        doc = extract_meta_json(tree, doc)
    except Exception:  # trafilatura's JSON-LD reader has its own bugs; ours already ran
        pass
    if "title" in missing and not doc.title:
        doc.title = extract_title(tree)
    if "authors" in missing and not doc.author:
        doc.author = extract_author(tree)
    doc.url = date_url = doc.url or extract_url(tree, url)
    if "outlet" in missing and not doc.sitename:
        doc.sitename = extract_sitename(tree)
        if doc.sitename and not _DOMAIN_LIKE.search(doc.sitename):
            doc.sitename = None  # trafilatura takes a <title> part with a dot for a domain: '… 14.2% 유종의 미 | 모아연예'
    doc.sitename = (doc.sitename or "").lstrip("@") or None
    if doc.sitename and "." not in doc.sitename and not doc.sitename[0].isupper():
        doc.sitename = doc.sitename.title()
    elif not doc.sitename and doc.url and (site := META_URL.match(doc.url)):
        doc.sitename = site[1]
    doc.clean_and_trim()
    return doc, date_url


# What trafilatura's site name from the <title> must hold to be one: a domain ('moa.example'), not a number's point.
_DOMAIN_LIKE = re.compile(r"[^\s.]\.[A-Za-z]{2,}")


# A date that stands as a part of its own in a <title> ('Headline | Section | Site | 28.04.2023').
_TITLE_DATE_PART = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})|(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{2})-(?P<d2>\d{2})")


def title_date(tree) -> str | None:
    """The date a site prints as one part of the page's <title>: the page's own date, where a search of the whole
    page finds the dates of the other stories it lists."""
    for part in _TITLE_SEPARATORS.split(" ".join((_title_tag(tree) or "").split()))[1:]:
        if m := _TITLE_DATE_PART.fullmatch(part):
            y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
            if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
                return f"{y}-{int(mo):02d}-{int(d):02d}"
    return None


# htmldate drops every date after its `max_date`, which trafilatura sets to the day the build runs: the same page
# would then get its date or none (or a year's 1 January) depending on the machine's clock, and a release could not be
# rebuilt byte for byte. A fixed bound keeps the build a function of its inputs.
SEARCH_LATEST_DATE = "2099-12-31"  # htmldate itself reads no year after 2039


def searched_date(tree, url: str | None) -> str | None:
    """htmldate's search of the whole page for its date, for a page whose <meta>, JSON-LD and dateline under
    the headline give none. Only then: its extensive search is the costliest step of extraction (up to 80 ms
    a page) and may load dateparser, about 2 s in each worker that needs it. A first of a month the page does not
    print is no date: htmldate makes 1 January of a year alone (a copyright line's, a future dateline's year) and
    the 1st of a month of a month and year alone ('November 2025', an archive path '/2025/11/'), and a date the page
    does not give is none."""
    found = find_date(tree, **{**set_date_params(True), "max_date": SEARCH_LATEST_DATE}, url=url)
    if found and found[8:] == "01" and not prints_first_of_month(" ".join(tree.itertext()) + " " + (url or ""),
                                                                 found[:4], int(found[5:7])):
        return None
    return found


def prints_first_of_month(text: str, year: str, month: int) -> bool:
    """Whether the text prints the 1st of the month of the year as a date, in any form the dateline reader knows."""
    for line in text.splitlines():
        while line:
            found = _date_in_line(line)
            if not found:
                break
            m, (y, mo, d, *_rest) = found
            if y == year and int(mo) == month and int(d) == 1:
                return True
            line = line[m.end():]
    return False


_FRAMESET = re.compile(r"<frameset\b", re.I)
_FRAME_TAGS = re.compile(r"</?(?:frameset|frame|noframes)\b[^>]*>", re.I)


def without_frames(text: str) -> str:
    """A frameset page's own text is what it gives browsers without frames: the `<noframes>` part, which parsers
    and trafilatura drop. Unwrapped, it is read like any page; the frames' pages are other files."""
    if not _FRAMESET.search(text) or not re.search(r"<noframes\b", text, re.I):
        return text
    return _FRAME_TAGS.sub("", text)


# A table of fields (every row a label cell and its value, '<tr><th>작성자</th><td>…</td></tr>') has at least this
# many rows, and values no longer than this: it describes the page (a CMS export's properties), it is no text.
MIN_FIELD_ROWS = 3
MAX_FIELD_VALUE = 80
_TABLE_ROW_LINE = re.compile(r"^\|.*\|$")


def field_table_lines(tree) -> set[str]:
    """The lines trafilatura makes of a page's tables of fields: a row as '| label | value |', the rule under the
    first row, a label alone (its value a date element trafilatura drops)."""
    out: set[str] = set()
    for table in tree.iter("table"):
        rows = table.xpath(".//tr")
        pairs = []
        for row in rows:
            cells = row.xpath("./th|./td")
            if len(cells) != 2 or cells[0].tag != "th" or cells[1].tag != "td":
                break
            label, value = (" ".join(c.text_content().split()) for c in cells)
            if not label or len(value) > MAX_FIELD_VALUE:
                break
            pairs.append((label, value))
        else:
            if len(pairs) >= MIN_FIELD_ROWS:
                for label, value in pairs:
                    out |= {label, f"| {label} | {value} |"}
    return out


def without_field_rows(lines: list[str], fields: set[str]) -> list[str]:
    """Lines without those of the page's tables of fields (and the markdown rule under a table's first row)."""
    if not fields:
        return lines
    squashed = {_squash(f) for f in fields}
    return [ln for ln in lines if _squash(ln) not in squashed and not re.fullmatch(r"\|(?:\s*:?-{3,}:?\s*\|)+", ln)]


# A word processor's "save as web page" wraps every run of one language or font in its own <span>
# ('[신문] <span lang=EN-US>2026</span>년 …'), splitting a paragraph's text into pieces.
_WORD_PROCESSOR = re.compile(r"^\s*(?:Microsoft Word|LibreOffice|OpenOffice|Hancom|Haansoft|한컴|HWP)", re.I)
# Tools that turn a PDF into HTML by placing each printed line absolutely ('pdftohtml 0.86.1', 'pdf2htmlEX').
_PDF_CONVERTERS = re.compile(r"^\s*(?:pdftohtml|pdf2htmlex|pdftotext)\b", re.I)
_FONT_CLASS = re.compile(r"\.(?P<cls>[\w-]+)\s*\{[^}]*?font-size\s*:\s*(?P<px>\d+(?:\.\d+)?)px", re.I)
_TOP = re.compile(r"top\s*:\s*(?P<top>-?\d+(?:\.\d+)?)px", re.I)
_PAGE_NUMBER = re.compile(r"^[-–—(]?\s*\d{1,3}\s*[-–—)]?$")
# A printed line opening with a list's mark ('- 충북에 …', '○ …') starts an item of its own.
_LIST_MARK = re.compile(r"^(?:[-–·•○●□■▶▷※]|\d{1,2}[.)])\s")
# A gap between two printed lines wider than this many times the text's usual line step starts a new paragraph.
PARAGRAPH_GAP = 1.4


def _printed_lines(tree) -> list[tuple[str, float, str]]:
    """(class, top, text) of each line a PDF converter placed, in reading order, page numbers left out."""
    out = []
    for page, div in enumerate(tree.xpath("//body/div") or [tree]):
        for p in div.xpath(".//p[@style]"):
            text = " ".join(p.text_content().split())
            if (m := _TOP.search(p.get("style") or "")) and text and not _PAGE_NUMBER.match(text):
                out.append((p.get("class") or "", page * 100000 + float(m.group("top")), text))
    return out


def _joined(texts: list[str]) -> str:
    """Printed lines as one paragraph: a space where the line broke, none after a headline's '…' ('A…' / 'B')."""
    out = texts[0]
    for t in texts[1:]:
        out += t if out.endswith(("…", "·")) else " " + t
    return out


def pdf_layout(tree) -> str | None:
    """A PDF converted line by line (pdftohtml) as the article it prints: the <title> and the <meta> dates are the
    file's (its name, its creation), so the headline is the longest run of lines set larger than the text, and the
    text's lines, cut where the page was full, are joined into paragraphs at the wider gaps between them."""
    generator = " ".join(tree.xpath("//meta[@name='generator']/@content"))
    if not _PDF_CONVERTERS.match(generator):
        return None
    sizes = {m.group("cls"): float(m.group("px")) for css in tree.xpath("//style/text()") for m in _FONT_CLASS.finditer(css)}
    lines = _printed_lines(tree)
    if not lines or not sizes:
        return None
    weight: dict[str, int] = {}
    for cls, _top, text in lines:
        weight[cls] = weight.get(cls, 0) + len(text)
    text_class = max(weight, key=weight.get)
    steps = sorted(b[1] - a[1] for a, b in zip(lines, lines[1:]) if a[0] == b[0] == text_class and 0 < b[1] - a[1] < 1000)
    step = steps[len(steps) // 4] if steps else 0  # (a line step, not a paragraph gap: most gaps may be wide)
    runs: list[tuple[str, list[str]]] = []
    last_top = None
    for cls, top, text in lines:
        gap = PARAGRAPH_GAP * step * sizes.get(cls, 1) / sizes.get(text_class, 1)  # (larger type, wider steps)
        if runs and runs[-1][0] == cls and last_top is not None and top - last_top <= gap and not _LIST_MARK.match(text):
            runs[-1][1].append(text)
        else:
            runs.append((cls, [text]))
        last_top = top
    larger = [i for i, (cls, _) in enumerate(runs) if sizes.get(cls, 0) > sizes.get(text_class, 0)]
    headline = max(larger, key=lambda i: len(" ".join(runs[i][1])), default=None)
    parts = []
    for i, (_cls, texts) in enumerate(runs):
        joined = html_entities.escape(_joined(texts))
        parts.append(f"<h1>{joined}</h1>" if i == headline else f"<p>{joined}</p>")
    title = html_entities.escape(_joined(runs[headline][1])) if headline is not None else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article>{''.join(parts)}</article></body></html>")


# A chat's export (a channel's or a group's history) has at least this many messages.
MIN_CHAT_MESSAGES = 3
# The message carrying an article holds at least this share of all the messages' text.
MIN_CARRIED_SHARE = 0.5
# How the chat programs' HTML exports class a message and its text: Telegram Desktop's `message`/`text`, Element's
# (Matrix) `mx_EventTile`/`mx_EventTile_body`, DiscordChatExporter's `chatlog__message`/`chatlog__content`.
# A forum's comment thread is such a history too (Hacker News' `comment`/`commtext`, a board's `comment`/`comment-body`).
CHAT_EXPORT_CLASSES = (("message", "text"), ("mx_EventTile", "mx_EventTile_body"), ("chatlog__message", "chatlog__content"),
                       ("comment", "commtext"), ("comment", "comment-body"), ("comment", "comment-content"))


def _class_test(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_MESSAGE_TEXTS = " | ".join(f"//*[{_class_test(message)}]//*[{_class_test(text)}]" for message, text in CHAT_EXPORT_CLASSES)
_INSIDE_TEXT = "ancestor::*[" + " or ".join(_class_test(text) for _message, text in CHAT_EXPORT_CLASSES) + "]"


def carried_message(tree) -> str | None:
    """The one message of a chat's export (a history of elements classed 'message', each text in one classed 'text')
    that carries a whole article, as a page of its own: the export's <title> and the other messages (greetings,
    times, reactions) are the chat's. The message's bold opening line is the article's headline."""
    classes = class_names(tree)
    if not any(message in classes and text in classes for message, text in CHAT_EXPORT_CLASSES):
        return None  # (no page without both names of a pair is searched with the costly pattern)
    texts = [el for el in tree.xpath(_MESSAGE_TEXTS) if not el.xpath(_INSIDE_TEXT)]  # (the outermost text elements)
    if len(texts) < MIN_CHAT_MESSAGES:
        return None
    sizes = [len(el.text_content().strip()) for el in texts]
    best = max(range(len(texts)), key=sizes.__getitem__)
    if sizes[best] < MIN_BODY_CHARS or sizes[best] < MIN_CARRIED_SHARE * sum(sizes):
        return None
    page = sum(len(t.strip()) for t in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    if page - sum(sizes) > sizes[best]:
        return None  # an article page with a comment thread: its own text outweighs any message
    message = texts[best]
    if (quoted := quoted_article(message)) is not None:
        return quoted
    bold = message.xpath("./strong|./b")
    lead = (message.text or "").strip()
    headline = " ".join(bold[0].text_content().split()) if bold and len(re.sub(r"\W", "", lead)) <= 2 else ""
    if bold and headline:
        bold[0].drop_tree()
    inner = etree.tostring(message, encoding="unicode", method="html")
    title = html_entities.escape(headline)
    head = f"<h1>{title}</h1>" if title else ""
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article>{head}{inner}</article></body></html>"


# A message or comment that pastes an article quotes it as a mail does, each paragraph opening with '> '; the lines
# around the quote are the poster's (a lead-in naming where it is from, a translation, a remark). The quote's first
# paragraph set in bold alone is its headline. The lead-in stays above the headline: the date it gives of the original
# ('… 입력 2026.09.14 10:20') is read there as a dateline, and it is no text of the article.
_QUOTE_MARK = re.compile(r"^\s*>\s?")
MIN_QUOTED_PARAGRAPHS = 3


def quoted_article(message) -> str | None:
    """The article a message quotes paragraph by paragraph ('> …'), as a page of its own; None for any other."""
    paragraphs = [p for p in message if isinstance(p.tag, str) and p.tag in ("p", "div")]
    quoted = [p for p in paragraphs if _QUOTE_MARK.match(p.text_content())]
    if len(quoted) < MIN_QUOTED_PARAGRAPHS or sum(len(p.text_content()) for p in quoted) < MIN_CARRIED_SHARE * len(
            message.text_content()):
        return None
    lines = [_QUOTE_MARK.sub("", " ".join(p.text_content().split())) for p in quoted]
    bold = quoted[0].xpath("./b|./strong")
    headline = lines[0] if bold and same_text(" ".join(bold[0].text_content().split()), lines[0]) else ""
    lead_in = [" ".join(p.text_content().split()) for p in paragraphs[:paragraphs.index(quoted[0])]]
    title = html_entities.escape(headline)
    body = "".join(f"<p>{html_entities.escape(t)}</p>" for t in lines[1 if headline else 0:] if t)
    above = "".join(f"<p>{html_entities.escape(t)}</p>" for t in lead_in if t)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><header>{above}</header>"
            f"<article>{f'<h1>{title}</h1>' if title else ''}{body}</article></body></html>")


# An article clipped into a page of one's own (a wiki or intranet page, a team's monitoring report, a note exported
# from a knowledge tool) sits in a box (a panel, a quote, a section) that opens with its headline and, right under it,
# its byline line (a reporter's name and title, and a date). The page's <title> and heading name the page ('Team :
# 2026-08-05 monitoring'); its summary above and its own notes below the box are the page owner's, not the article's.
# A forum's re-post quotes the article so (a <blockquote> opening with the headline and byline line): the thread's
# title may repeat the headline, but its date, poster and comments are the thread's. Unquoted, a box is a clip only
# under a heading repeating the page's <title> (a news page may open its article so under its site's name, a hidden
# 'article body' label or a section's heading).
_CLIP_BOX_HEADINGS = ("h1", "h2", "h3", "h4")
MAX_BYLINE_LINE = 80


def _page_heading_above(tree, heading, page_title: str) -> bool:
    """The page names itself above the box, as an exported page does (a wiki page, a note, a report): a heading of
    plain text that repeats its <title> in more than one word. Not a logo (a link or an image, as a site's masthead is
    set), a site's one-word name or a section's label ('문자중계', '기사 본문')."""
    if " " not in page_title:
        return False
    for other in tree.iter(*_CLIP_BOX_HEADINGS):
        if other is heading:
            return False
        if not other.xpath(".//a|.//img") and _squash(" ".join(other.text_content().split())) == _squash(page_title):
            return True
    return False


def clipped_article(tree) -> str | None:
    """The box holding a clipped article (headline, byline line with a date, paragraphs) and most of a page whose
    <title> is not its headline, as a page of its own: the page's meta fields but its titles and summaries kept."""
    page = None  # the page's text size, counted only for a box that is a clip's in every other way
    page_title = " ".join((_title_tag(tree) or "").split())
    for heading in tree.iter(*_CLIP_BOX_HEADINGS):
        box, under = heading.getparent(), heading.getnext()
        if box is None or box.tag in ("body", "html") or under is None or heading.getprevious() is not None:
            continue
        byline = " ".join(under.text_content().split())
        if len(byline) > MAX_BYLINE_LINE or not _SIGNOFF.search(byline) or not _DATE_IN_TEXT.search(byline):
            continue
        headline = " ".join(heading.text_content().split())
        size = len(" ".join(box.text_content().split()))
        if not headline or size < MIN_BODY_CHARS:
            continue
        quoted = box.tag == "blockquote" or next(box.iterancestors("blockquote"), None) is not None
        if not quoted and not _page_heading_above(tree, heading, page_title):
            continue  # a news page whose article opens so under its site's name or a section's label: no clip
        if any(same_headline(headline, " ".join(a.text_content().split())) for a in tree.iter("a")):
            continue  # a board's list-and-view page: its list links the item it shows, a site's own page
        titled = bool(page_title) and same_headline(headline, clean_title(page_title, None) or page_title)
        if titled and not quoted:
            continue
        if page is None:
            page = sum(len(t.strip()) for t in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
        if size < MIN_CARRIED_SHARE * page:
            continue  # too small a part of the page, or the page is the article's own
        heading.tag = "h1"
        title = html_entities.escape(headline)
        kept = "".join(etree.tostring(m, encoding="unicode", method="html") for m in tree.xpath("//head/meta")
                       if m not in tree.xpath(_PAGE_TITLES) and (m.get("name") or m.get("property") or "").lower()
                       not in ("description", "og:description", "twitter:description"))
        return (f"<html><head><meta charset='utf-8'>{kept}<title>{title}</title></head>"
                f"<body><article>{_inner_markup(box)}</article></body></html>")
    return None


# A bookmark file (the Netscape format every browser and bookmarking service exports: a <DL> of <DT><A HREF ADD_DATE>
# entries, each optionally followed by a <DD> the saver wrote or pasted) carries an article when one entry's <DD> holds
# its text: that entry's link text is the headline, the <DD> (its blank-line paragraphs) the page. The file's <TITLE>
# and <H1> ('Bookmarks') are the file's, the other entries the saver's links.
_BOOKMARK_ENTRIES = etree.XPath("//dt/a[@href]")
_ENTRY_LINK = etree.XPath("preceding::a[@href][1]")


def annotated_bookmark(tree) -> str | None:
    """The one entry of a bookmark file whose note holds an article, as a page of its own."""
    if not _BOOKMARK_ENTRIES(tree):
        return None
    notes = [dd for dd in tree.iter("dd") if len((dd.text_content() or "").strip()) >= MIN_BODY_CHARS]
    if not notes:
        return None
    note = max(notes, key=lambda dd: len(dd.text_content()))
    page = sum(len(t.strip()) for t in tree.xpath("//body//text()"))
    link = next(iter(_ENTRY_LINK(note)), None)
    if link is None or link.getparent().tag != "dt" or len(note.text_content().strip()) < MIN_CARRIED_SHARE * page:
        return None
    headline = html_entities.escape(" ".join(link.text_content().split()))
    text = note.text_content()
    blocks = re.split(r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n", text)  # (a pasted page's paragraphs)
    paragraphs = "".join(f"<p>{html_entities.escape(' '.join(block.split()))}</p>" for block in blocks if block.strip())
    return (f"<html><head><meta charset='utf-8'><title>{headline}</title></head>"
            f"<body><article><h1>{headline}</h1>{paragraphs}</article></body></html>")


# An e-mail newsletter (an issue, or a letter forwarding one story) is laid out as table cells: the masthead,
# editor's note, 'also this week' links and its sign-off (unsubscribe, preferences, the sender's address) each in a
# cell of their own, the story in one. A letter is told by its sign-off or its 'view in browser' link.
_NEWSLETTER_LINKS = re.compile(r"unsubscribe|view (?:it )?in (?:your )?browser|update (?:your )?preferences|manage "
                               r"(?:your )?subscription|구독\s*(?:취소|해지|해제)|수신\s*거부|웹\s*(?:브라우저)?에서\s*보기",
                               re.I)
# The story's cell holds at least this share of the text of all the letter's innermost cells, and this many times the
# text of any other cell (a digest of several stories has no one story).
MIN_STORY_CELL_SHARE = 0.5
MIN_STORY_CELL_LEAD = 2
_INNERMOST_CELLS = etree.XPath("//td[not(.//td)]")


def _inner_markup(el) -> str:
    """An element's content as markup: its text and its children, without the element's own tag."""
    return html_entities.escape(el.text or "") + "".join(etree.tostring(child, encoding="unicode", method="html")
                                                         for child in el)


def newsletter_story(tree) -> str | None:
    """The one story of a newsletter letter, as a page of its own: the cell that holds a headline and most of the
    letter's text is its article; the letter's other cells are its header and footer (they may name the outlet), and
    its <title> is the story's only when it holds the story's headline."""
    if not any(_NEWSLETTER_LINKS.search(" ".join(a.text_content().split())) for a in tree.iter("a")):
        return None
    cells = _INNERMOST_CELLS(tree)
    sizes = [len(" ".join(c.text_content().split())) for c in cells]
    if len(cells) < 2:
        return None
    best = max(range(len(cells)), key=sizes.__getitem__)
    story = cells[best]
    heading = next(story.iter(*_HEADINGS), None)
    runner_up = max(size for i, size in enumerate(sizes) if i != best)
    if heading is None or sizes[best] < MIN_BODY_CHARS or sizes[best] < MIN_STORY_CELL_SHARE * sum(sizes) \
            or sizes[best] < MIN_STORY_CELL_LEAD * runner_up:
        return None
    headline = " ".join(heading.text_content().split())
    letter_title = " ".join((_title_tag(tree) or "").split())
    if _squash(headline) and _squash(headline) in _squash(letter_title):
        headline = letter_title  # a letter titled with its story ('[Outlet] headline'): the title says the outlet too
    inner = _inner_markup(story)
    for cell in cells[:best] + cells[best + 1:]:
        for h in cell.iter("h1", "h2", "h3", "h4", "h5", "h6"):
            h.tag = "div"  # the newsletter's name and its sections' heads: no headline of the story
    above, below = ("".join(f"<div>{_inner_markup(c)}</div>" for c in part) for part in (cells[:best], cells[best + 1:]))
    return (f"<html><head><meta charset='utf-8'><title>{html_entities.escape(headline)}</title></head>"
            f"<body><header>{above}</header><article>{inner}</article><footer>{below}</footer></body></html>")


# An <article>'s own <footer> holds what HTML calls information about its section: many templates set the writer's
# sign-off there ('글 X 기자 <mail>', 'X 특파원'), with the dates and the copyright. Such a footer signs the article: it
# is read as the article's last lines, not dropped with the page's footers.
_SIGNOFF = re.compile(r"[가-힣]{2,4}\s*(?:기자|특파원|선임기자|객원기자|논설위원|통신원)(?![가-힣])")
_WRITER_MARKED = etree.XPath(".//address|.//*[@rel='author' or contains(@class, 'author') or contains(@class, 'byline')"
                             " or contains(@class, 'reporter') or contains(@class, 'writer')]")


def signed_article_footers(tree) -> None:
    """Turn each <article> footer that holds the writer's sign-off (a reporter's name and title, or an element marked
    as the writer's) into a block of the article's own."""
    for article in tree.iter("article"):
        for foot in article.iter("footer"):
            if next(foot.iterancestors("article"), None) is not article:
                continue
            if _SIGNOFF.search(" ".join(foot.text_content().split())) or _WRITER_MARKED(foot):
                foot.tag = "div"
                etree.strip_tags(foot, "time")  # (its dates are lines of text: the extractor drops a <time> alone)


def _one_word_title(tree) -> str | None:
    """A shell's <title> of one word: the site's name."""
    title = " ".join((_title_tag(tree) or "").split())
    return title if title and " " not in title else None


def framed_document(tree) -> str | None:
    """The document an `<iframe srcdoc>` holds when it carries more text than the page around it: a shell that
    embeds its article so (a viewer, a sandbox) is read through the frame's own document, as a browser shows it."""
    frames = [f for f in tree.iter("iframe") if len(f.get("srcdoc") or "") > MIN_BODY_CHARS]
    if not frames:
        return None
    markup = max((f.get("srcdoc") for f in frames), key=len)
    inner = load_html(markup)
    if inner is None:
        return None
    own = sum(len(t.strip()) for t in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    framed = sum(len(t.strip()) for t in inner.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    return markup if framed > own else None


# A list item holding a whole article among items that are teasers: the listed items' texts are each at most this
# share of the opened item's, and all of them together no more than it.
MAX_TEASER_SHARE = 0.5
MIN_LISTED_ITEMS = 3
_ITEM_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PAGE_TITLES = "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' or @property='twitter:title' " \
               "or @name='title']"


def _paragraph_chars(el, memo: dict) -> int:
    """The characters of the element's paragraphs; memo keeps each element's count (headings share their ancestors)."""
    found = memo.get(el)
    if found is None:
        found = memo[el] = sum(len(" ".join(p.text_content().split())) for p in el.iter("p"))
    return found


def _same_kind(a, b) -> bool:
    """Two items of one list: list items or articles side by side, or blocks that share their first class."""
    if a.tag != b.tag:
        return False
    if a.tag in ("li", "article"):
        return True
    first = (a.get("class") or "").split()[:1]
    return bool(first) and first == (b.get("class") or "").split()[:1]


# An item opens with its heading: at most a date or a kicker stands above it.
MAX_ITEM_LEAD_CHARS = 60


def _text_before(container, el) -> int:
    """Characters of the container's text that come before `el`."""
    around = set(el.iterancestors())  # their tails come after it
    chars = 0
    for node in container.iter():
        if node is el:
            return chars
        if isinstance(node.tag, str) and node.tag not in ("script", "style"):
            chars += len((node.text or "").strip()) + (len((node.tail or "").strip()) if node not in around else 0)
    return chars


def opened_item(tree):
    """(item, heading) of a listing page that shows one item opened: a reporter's page, a section or tag page, a
    search result, whose list of headlines holds one whole article (its heading and paragraphs) among teasers (a
    link, a date, a snippet). The page's <title> and og:title name the list ('X 기자의 기사 목록'), not the article."""
    memo: dict = {}
    for heading in tree.iter(*_ITEM_HEADINGS):
        for item in heading.iterancestors():
            parent = item.getparent()
            if parent is None or item.tag in ("body", "html", "main"):
                break
            own = _paragraph_chars(item, memo)
            if own < MIN_BODY_CHARS:
                continue
            listed = [s for s in parent if s is not item and _same_kind(s, item)]
            if len(listed) + 1 < MIN_LISTED_ITEMS:
                continue
            sizes = [len(" ".join(s.text_content().split())) for s in listed]
            if max(sizes) <= MAX_TEASER_SHARE * own and sum(sizes) <= own \
                    and all(s.find(".//a") is not None for s in listed):
                return item, " ".join(heading.text_content().split())
            break
    return None


def open_listed_item(tree) -> bool:
    """A listing page with one item opened read as that item's article: the other items (their headlines and dates)
    dropped, the list's name in <title> and the meta titles replaced by the item's heading, which becomes the page's
    <h1>. The rest of the page (its owner's box: the reporter's name and address) stays. Nothing changes when the
    page's title already names the item. When the heading stands inside the item's text (a sub-heading of an article
    beside teaser boxes of its kind), only the teasers go: the page's titles are the article's own."""
    found = opened_item(tree)
    if found is None:
        return False
    item, headline = found
    declared = [m.get("content") or "" for m in tree.xpath(_PAGE_TITLES)] + [_title_tag(tree) or ""]
    if not headline or any(same_headline(headline, clean_title(t, None) or t) for t in declared if t.strip()):
        return False
    for other in [s for s in item.getparent() if s is not item and _same_kind(s, item)]:
        other.drop_tree()
    if _text_before(item, next(item.iter(*_ITEM_HEADINGS))) > MAX_ITEM_LEAD_CHARS:
        return False  # the heading is a sub-heading inside the article's text: the page's titles stay its own
    for m in tree.xpath(_PAGE_TITLES):
        m.drop_tree()
    title = tree.find(".//title")
    if title is not None:
        title.text = headline
        for child in list(title):
            title.remove(child)
    next(item.iter(*_ITEM_HEADINGS)).tag = "h1"
    return True


_HOST = re.compile(r"^(?:[a-z]+:)?//(?:www\.)?(?P<host>[^/:?#]+)", re.I)
_SITE_SUFFIX = re.compile(r"\s*\((?:https?://)?(?:www\.)?[\w.-]+\.[a-z]{2,}/?\)$|\.(?:com|de|net|org|co\.uk|fr|it|es|at|ch|nl|no)$",
                          re.I)


def outlet_names(meta: dict, url: str | None) -> list[str]:
    """The names a page gives itself: its site name, its publisher, and its host ('mdr.de', 'n-tv')."""
    names = [n for n in (meta.get("outlet"), *meta.get("publishers", [])) if isinstance(n, str) and n]
    if url and (m := _HOST.match(url)):
        host = m["host"].lower()
        names += [host, host.split(".")[0]]
    return names


def _writers(names: list[str], outlets: list[str]) -> list[str]:
    return [n for n in names if not signed_by_outlet(n, outlets)]


def printed_writers(tree, doc: Document | None, outlets: list[str]) -> list[str]:
    """For a page that declares the outlet as its author: the writer it prints, when that reads as a person's
    name (trafilatura's byline search, 'Capital Von Jemima Kelly' read as 'Jemima Kelly', or the page's byline
    markup); else the outlet stays the author."""
    found = [writer_name(n) for n in split_authors(doc.author if doc and doc.author else extract_author(tree))]
    return _writers([n for n in found if n], outlets) or _writers(page_byline(tree), outlets) \
        or _writers(bold_lead_byline(tree), outlets)


def signed_by_outlet(author: str, outlets: list[str]) -> bool:
    """An author that is the outlet itself ('Lesotho Times', 'STERN.de', 'Deutsche Welle (www.dw.com)', 'LTO' of
    'Legal Tribune Online', 'n-tv NACHRICHTEN' on n-tv.de): the page names no writer there."""
    own = [_squash(o) for o in outlets if _squash(o)]
    own += [_squash(_SITE_SUFFIX.sub("", o)) for o in outlets]
    own += ["".join(w[0] for w in o.split()).lower() for o in outlets if len(o.split()) >= 2]  # initials
    name = _squash(_SITE_SUFFIX.sub("", author))
    first = _squash(author.split()[0]) if author.split() else ""
    return bool(name) and (name in own or _squash(author) in own or (len(first) >= 3 and first in own and
                                                                     len(author.split()) <= 2))


def _site_name_title(tree, headline: str | None) -> str | None:
    """The <title> of a script-rendered shell when it is one word and the script data has the headline:
    such a <title> is the site's name."""
    page_title = " ".join((_title_tag(tree) or "").split())
    if headline and page_title and " " not in page_title and not same_text(page_title, headline):
        return page_title
    return None


# A box the page marks as written in another language than its article (`<div lang="en">` holding a summary in
# English atop a Korean story, a Japanese or Chinese digest, a translation teaser) is a service beside the article,
# not its text. A box holds at most this share of the page's text; the body is the rest.
# (Only the boxes with a language attribute are listed: `lang`, XHTML's `xml:lang` as an HTML parser or an XML one
# reads it.)
_BOXES = etree.XPath("//body//*[self::div or self::section or self::aside or self::details or self::figure or self::dl "
                     "or self::table][@*[local-name() = 'lang' or name() = 'xml:lang']]")
_LANG_ATTRIBUTES = ("lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang")
MAX_OTHER_LANGUAGE_SHARE = 0.34


def _marked_language(el) -> str:
    """The primary subtag of the language an element is marked with (`lang`, or XHTML's `xml:lang`), or ''."""
    tag = next((v for a in _LANG_ATTRIBUTES if (v := el.get(a))), "")
    return tag.strip().lower().replace("_", "-").split("-")[0]


def without_other_language_boxes(tree) -> None:
    """Drop the boxes written (and marked) in another language than the page's text around them; a box whose text
    is not in the language it is marked with (a template's stray `lang="en"`) stays."""
    body = next(tree.iter("body"), None)
    if body is None:
        return
    whole = None  # the page's text size, counted (before any box is dropped) only when a box is marked
    html_el = tree if tree.tag == "html" else tree.getroottree().getroot()
    declared = _marked_language(html_el)
    for box in _BOXES(tree):
        marked = _marked_language(box)
        if not marked or box.getparent() is None or any(_marked_language(a) for a in box.iterancestors()
                                                        if a.tag not in ("html", "body")):
            continue
        text = " ".join(box.text_content().split())
        if whole is None:
            whole = len(" ".join(body.text_content().split()))
        if not text or len(text) > MAX_OTHER_LANGUAGE_SHARE * whole or language.detect(text, marked) != marked:
            continue
        rest = " ".join(body.text_content().replace(box.text_content(), " ", 1).split())
        if (around := language.detect(rest, declared)) != marked and around != "und":
            box.drop_tree()


def extract_html(text: str, url: str | None = None) -> Extracted:
    tree = load_html(without_frames(text))
    if tree is None:
        raise NoTree("no HTML tree could be parsed")
    for name in [k for k in tree.attrib if k.startswith("xmlns")]:
        del tree.attrib[name]  # an XML namespace's address ('…/office/2004/12/omml') is no date of the page
    if shown := script_title(tree):
        _set_title(tree, shown)
    if (edited := editor_form_page(tree)) is not None:
        return extract_html(edited, url)  # a CMS's editor form: the article is in its fields
    if _WORD_PROCESSOR.match(" ".join(tree.xpath("//meta[@name='Generator' or @name='generator']/@content"))):
        if headline := document_headline(tree):
            _set_title(tree, headline)  # the export's <title> is the file's name, the headline its first bold paragraph
        without_running_heads(tree)
        etree.strip_tags(tree, "span", "font")  # a run of each language or font: one paragraph's text, not many
    if (printed := pdf_layout(tree)) is not None:
        return extract_html(printed, url)
    if (carried := carried_message(tree)) is not None:
        return extract_html(carried, url)
    if (story := newsletter_story(tree)) is not None:
        return extract_html(story, url)
    if (saved := annotated_bookmark(tree)) is not None:
        return extract_html(saved, url)
    if (clip := clipped_article(tree)) is not None:
        return extract_html(clip, url)
    if (framed := framed_document(tree)) is not None:
        inner = extract_html(framed, url)
        shell = good_outlet(page_metadata(tree)["outlet"]) or _one_word_title(tree)
        return replace(inner, outlet=inner.outlet or shell)
    open_listed_item(tree)
    inline_templates(tree)  # a lazily shown body, shipped as a template script's markup
    inline_flight_markup(tree)  # ... or as server-component rows (Next.js App Router) beside a skeleton
    inline_encoded_bodies(tree)  # ... or encoded (base64, percent) in a data- attribute or a script's string
    ruby_as_text(tree)
    speaker_captions_as_text(tree)
    captions = photo_captions(tree)
    highlights_as_text(tree)
    meta = page_metadata(tree)
    without_other_language_boxes(tree)
    without_comments(tree)
    without_notebook_code(tree)
    signed_article_footers(tree)
    wiki = wiki_article(tree)
    unwrap_layout(tree)
    unwrap_preformatted(tree)
    link_texts = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))
    page_url = url or meta["url"]

    lines, method = _main_text(tree, page_url), TRAFILATURA
    if sum(map(len, lines)) < MIN_BODY_CHARS:
        retry = trafilatura.bare_extraction(tree, url=page_url, with_metadata=False, include_comments=False,
                                            favor_recall=True)
        retry_lines = _lines(retry.text if retry else None)
        if sum(map(len, retry_lines)) > sum(map(len, lines)):
            lines, method = retry_lines, f"trafilatura-recall {trafilatura.__version__}"
    fallback = None
    if chars(lines) < MIN_BODY_CHARS:
        headline = clean_title(unescape(next(iter(meta["titles"]), None) or _title_tag(tree)),
                               good_outlet(meta["outlet"]))
        for body in fallback_bodies(tree, headline):
            if chars(body.lines) > chars(fallback.lines if fallback else lines):
                fallback = body
            if chars(body.lines) >= MIN_BODY_CHARS:
                break
    if fallback is not None and (script := fallback.script) is not None:  # the data beside the text is the page's own
        meta = {**meta, "title": meta["title"] or script.title,
                "titles": meta["titles"] or [t for t in [script.title] if t], "published": meta["published"] or script.published,
                "updated": meta["updated"] or script.updated, "authors": meta["authors"] or script.authors,
                "outlet": meta["outlet"] or _site_name_title(tree, script.title)}
    published = meta["published"] if dates.normalise(meta["published"]) else None  # else searched for below
    meta_outlet = good_outlet(meta["outlet"])
    outlets = outlet_names(meta, page_url)
    declared = [a for a in split_authors(meta["authors"]) if any(ch.isalpha() for ch in a)]  # '105092' is no name
    authors = [a for a in declared if not signed_by_outlet(a, outlets)]
    missing = {name for name, value in (("title", meta["title"]), ("published", published),
                                         ("authors", declared), ("outlet", meta_outlet))
               if not value}
    doc, date_url = trafilatura_metadata(tree, page_url, missing) if missing else (None, None)
    outlet = meta_outlet or good_outlet(doc.sitename if doc else None) or shared_title_part(tree, meta["titles"])
    metas = [t for t in (clean_title(unescape(v), outlet) for v in meta["titles"])
             if t and not (outlet and _squash(t) == _squash(outlet))]  # a meta title with the site's name only
    title = headline_beside_kicker(tree, metas, outlet) or kicker_headline(tree, metas, outlet) or choose_title(
        metas, displayed_headline(tree, outlet) or quoted_heading(tree, metas, outlet))
    if title and (heading := site_title_beaten(tree, title, meta["titles"], lines, outlet)):
        title = heading
    if not title:
        title = _title_without_meta(tree, clean_title(unescape(doc.title if doc else None), outlet), lines, outlet)
    if wiki:
        title = article_name(title)  # '"…"의 판 역사': the engine's name for the page, around the article's
    if outlet and not meta_outlet and title and _squash(outlet) == _squash(title):
        outlet = None  # a site's name guessed from the <title> that is its headline
    shown_date = shown_author = None
    if not published or not declared:
        headline = headline_element(tree, title, outlet)
        if headline is not None:
            shown_date, before = dateline(beside_headline(headline))
            shown_author = byline_name(before)
    lines = without_field_rows(lines, field_table_lines(tree))
    subheads = [h for h in meta["subheadings"] if not title or same_text(h, title) is False]
    lines = drop_leading(lines, ([title] if title else []) + subheads)
    lines = without_time_stamp_line(without_kicker_heading_line(lines, tree))
    lines = without_standfirst(lines, tree, meta["description"])
    lines = without_reader_remarks(without_link_items(lines, link_texts))
    ex = Extracted(
        body_lines=lines,
        extractor=method,
        title=title,
        authors=authors or ((printed_writers(tree, doc, outlets) or _writers(meta["meta_authors"], outlets) or declared)
                            if declared else
                            without_companies(split_authors(doc.author if doc else None)) or _writers(page_byline(tree), outlets)
                            or split_authors(meta["microdata_authors"]) or credit_line(tree)),
        author_emails=list(meta.get("author_emails") or []),
        shown_author=shown_author,
        published=published or shown_date or title_date(tree) or (searched_date(tree, date_url) if doc else None)
        or meta["published"],
        updated=meta["updated"],
        url=page_url or (doc.url if doc else None),
        outlet=outlet,
        language_hint=meta["language"],
        description=meta["description"],
        page_tree=tree,
        subheadings=subheads,
        link_texts=link_texts,
        captions=captions,
    )
    return with_body(ex, fallback) if fallback is not None else ex
