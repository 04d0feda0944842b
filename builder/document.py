"""One document, raw bytes to rows: the pure function every executor runs.

`process(source)` never raises for a bad document: whatever goes wrong becomes a quarantine
row with the stage and the reason. Nothing here touches the network or the output folder, so
the same function runs in one process, a pool, or a cluster.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace

from builder.decode import DecodeError, decode, repair_mojibake
from builder.extract.feed import NotFeed, unpack as unpack_feed
from builder.extract.fallback import fallback_bodies, snapshot, with_body
from builder.extract.filename import name_hints
from builder.extract.html import NoTree, extract_html
from builder.extract.lightmarkup import as_record as markup_record, unmistakable_record
from builder.extract.sniff import describe as describe_bytes, looks_like_html
from builder.extract.transfer import undo_transfer_encoding
from builder.extract.archive import unpack_archive
from builder.extract.authors import tidy_authors
from builder.extract.mime import NoArticlePart, unpack, unpack_har, unpack_mbox, unpack_webarchive
from builder.extract.records import NotRecord, cms_export, parser_output, unpack as unpack_record
from builder.extract.subtitles import as_subtitle_page
from builder.extract.model import Extracted
from builder.extract.rtf import read_rtf
from builder.extract.package import NotPackage, epub_page, read_package
from builder.extract.sourceview import page_source
from builder.extract.markdown import markdown_page
from builder.extract.terminal import strip_terminal_codes, wire_message
from builder.extract.calendar import calendar_notes
from builder.extract.chatexport import headed_chat_message, link_preview, pasted_chat_message, prefixed_chat_message
from builder.extract.postarchive import thread_record
from builder.extract.text import extract_text
from builder.extract.wap import is_wml, wml_as_html
from builder.inputs import ReadProblem, Source, load, sha256
from builder.language import detect
from builder.rules import Context, for_language
from builder.rules.model import Findings
from builder import dates

# An article body shorter than this is not an article (a stub, a gallery, a login wall).
MIN_ARTICLE_CHARS = 150
# A page whose body is mostly short link-like lines is an index or list page.
MIN_MEAN_LINE_CHARS = 28
# ... and so is one where most lines of the "body" are the texts of links.
MAX_LINK_LINE_SHARE = 0.6
# The main text: a run of at least this many prose lines (sentences of MIN_PROSE_LINE_CHARS or more) between
# links, of MIN_MAIN_CHARS or more, makes a page an article whatever its line count.
MIN_MAIN_PARAGRAPHS = 3
MIN_MAIN_CHARS = 400
MIN_PROSE_LINE_CHARS = 40
# A fallback's text replaces a failed extraction only when its main text is most of it (not a page dump
# in which a footer's paragraphs happen to make a run of prose).
MIN_FALLBACK_MAIN_SHARE = 0.5
_SENTENCE_END = re.compile(r"[.!?。…](?:[\"'”’)\]]*)\s*$|[다요죠까][.\"'”’]*\s*$")
_CONJOINING_JAMO = re.compile("[\u1100-\u11ff]")  # Hangul decomposed into its letters
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# Units of work that carry an article as one item of a container (a feed's item, a data file's record): how its
# page is made, what says the item holds none, and the quarantine reason then.
# Containers a page was saved in, each with the reader that takes the page (or letter) out, its charset and address.
SAVED_PAGES = {"mime": unpack, "mbox": unpack_mbox, "webarchive": unpack_webarchive, "har": unpack_har, "archive": unpack_archive}
CONTAINED_PAGES = {
    "feed": (unpack_feed, NotFeed, "not_a_feed"),
    "records": (unpack_record, NotRecord, "not_an_article_record"),
    "epub": (epub_page, NotPackage, "not_a_document"),
}


@dataclass
class Result:
    """Rows for every table from one source (an article and its findings, or one quarantine row)."""

    article: list[dict] = field(default_factory=list)
    person: list[dict] = field(default_factory=list)
    quote: list[dict] = field(default_factory=list)
    event: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)


def short_hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _normalise(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "").lower()


def person_id(name: str, organization: str | None) -> str:
    """Same normalised name and organisation → same id, in every article."""
    return short_hash("person", _normalise(name), _normalise(organization))


def quarantined(source: Source, digest: str, stage: str, reason: str, detail: str = "") -> Result:
    return Result(quarantine=[{
        "source_path": source.path, "source_record": source.record, "source_sha256": digest,
        "stage": stage, "reason": reason, "detail": detail[:500] or None,
    }])


class NotArticle(Exception):
    def __init__(self, reason: str, detail: str):
        self.reason = reason
        super().__init__(detail)


def _is_prose_line(line: str) -> bool:
    return len(line) >= MIN_PROSE_LINE_CHARS and (len(line) >= 120 or _SENTENCE_END.search(line) is not None)


def main_text(lines: list[str], link_texts: frozenset[str] = frozenset()) -> list[str]:
    """The longest run of lines that are not link texts, holding the most prose: where the article is.

    Link lists around an article (menus, related stories) break the run; an index page's teasers,
    one link and one blurb each, never make a long one.
    """
    best: list[str] = []
    best_chars = 0
    run: list[str] = []
    for line in lines + [None]:
        if line is not None and " ".join(line.split()) not in link_texts:
            run.append(line)
            continue
        prose = sum(len(ln) for ln in run if _is_prose_line(ln))
        if prose > best_chars:
            best, best_chars = run, prose
        run = []
    return [ln for ln in best if _is_prose_line(ln)]


def check_article(lines: list[str], link_texts: frozenset[str] = frozenset(),
                  min_chars: int = MIN_ARTICLE_CHARS) -> None:
    """NotArticle unless the lines hold an article: enough text, and not only a list of short lines or links.

    The list tests look at the main text (the run of prose lines that are not links), not at the
    page's line count: an article with long link lists around it is still an article.
    """
    body_chars = sum(map(len, lines))
    if body_chars == 0:
        raise NotArticle("no_text", "no article text found on the page")
    if body_chars < min_chars:
        raise NotArticle("too_short", f"only {body_chars} characters of text")
    main = main_text(lines, link_texts)
    if len(main) >= MIN_MAIN_PARAGRAPHS and sum(map(len, main)) >= max(min_chars, MIN_MAIN_CHARS):
        return
    if len(lines) >= 8 and body_chars / len(lines) < MIN_MEAN_LINE_CHARS and max(map(len, lines)) < 120:
        raise NotArticle("not_article",
                         f"{len(lines)} short lines and no run of prose: an index or list page, not an article")
    if link_texts and len(lines) >= 5:
        linked = sum(1 for ln in lines if " ".join(ln.split()) in link_texts)
        if linked / len(lines) > MAX_LINK_LINE_SHARE:
            raise NotArticle("not_article",
                             f"{linked} of {len(lines)} lines are links: an index or list page, not an article")


def refined(ex: Extracted):
    """The language rules' cleaning of an extraction, checked to be an article (NotArticle if not)."""
    language = detect("\n".join(ex.body_lines), ex.language_hint)
    rules = for_language(language)
    offset = getattr(rules.article, "DEFAULT_TIMEZONE", (None, None))[1]
    ex.published, ex.updated = dates.from_epoch(ex.published, offset), dates.from_epoch(ex.updated, offset)
    ex = rules.refine(ex)
    if not ex.authors and ex.shown_author:  # the name under the headline, when the page and its text name no one
        clean = getattr(rules.article, "clean_authors", None)
        ex.authors = clean([ex.shown_author], ex.outlet) if clean else [ex.shown_author]
    ex.authors = tidy_authors(ex.authors)
    if not ex.published and ex.sent:
        ex.published = ex.sent  # a newsletter that prints no date: it is published when it is sent
    if not ex.published and ex.name_hints and ex.name_hints.date:
        ex.published = ex.name_hints.date  # a dump that prints no full date: the date it was saved under
    check_article(ex.body_lines, ex.link_texts, getattr(rules.article, "MIN_ARTICLE_CHARS", MIN_ARTICLE_CHARS))
    return ex, language, rules


def checked(ex: Extracted):
    """An article from the extraction, or from the first fallback that gives one before the page is given up.

    A fallback's text must pass the same test, with its main text most of it. Raises the first
    NotArticle when no method finds an article on the page.
    """
    first = snapshot(ex)
    try:
        return refined(ex)
    except NotArticle as problem:
        if first.page_tree is None:
            raise
        tried = [first.body_lines]
        for body in fallback_bodies(first.page_tree, first.title):
            if not body.lines or body.lines in tried:
                continue
            tried.append(body.lines)
            try:
                found = refined(with_body(first, body))
            except NotArticle:
                continue
            main = sum(map(len, main_text(found[0].body_lines, found[0].link_texts)))
            if main >= MIN_FALLBACK_MAIN_SHARE * sum(map(len, found[0].body_lines)):
                return found
        raise problem


def _markup_record(source: Source, data: bytes) -> tuple[Source, bytes]:
    """A text in a lightweight markup or record format: its header's record (read as a data file's record), or the
    text as a plain dump when it follows no convention after all."""
    try:
        text, _encoding = decode(data, source.http_charset, html=False)
    except DecodeError:
        return replace(source, kind="text"), data  # the dump's reading says what is wrong with it
    record = markup_record(text)
    if record is None:
        return replace(source, kind="text"), data
    return replace(source, kind="records"), record


def process(source: Source) -> Result:
    """Raw bytes of one source to rows; every failure becomes a quarantine row."""
    try:
        data = load(source)
    except ReadProblem as p:
        return quarantined(source, p.sha256, "read", p.reason, str(p))
    return process_bytes(source, data, sha256(data))


def process_bytes(source: Source, data: bytes, digest: str) -> Result:
    """The pure part: a document's bytes (and their SHA-256) to rows."""
    if not data.strip():
        return quarantined(source, digest, "read", "empty_file", "the file has no content")
    if source.kind == "unknown":
        return quarantined(source, digest, "read", "unsupported_type", f"{describe_bytes(data)}: "
                           "not an HTML page (or a WAP page: .wml, .chtml), a text dump, a Rich Text (.rtf) or word-processor (.docx, .odt, .hwpx, or one XML file: .fodt, .hml, Word 2003 XML) "
                           "copy, an e-book (.epub, .fb2), a Gemini page (.gmi), a saved page or letter (MHTML, .webarchive, .har, .eml, .mbox, or zipped or tarred), "
                           "an RSS or Atom feed, wire copy (NITF, NewsML), an Evernote export, "
                           "records (JSON, JSON lines, CSV, TSV, .xlsx), subtitles (.srt, .vtt, .smi) or a WARC file")
    if source.kind in ("html", "text") and (undone := undo_transfer_encoding(data)) is not data:
        data = undone  # a page saved quoted-printable or base64 with no mail header: its bytes
        if source.kind == "text" and looks_like_html(data[:4096]):
            source = replace(source, kind="html")
    if source.kind == "markup":
        source, data = _markup_record(source, data)
    sent = sender = None
    if source.kind in SAVED_PAGES:
        try:
            part = SAVED_PAGES[source.kind](data)
        except NoArticlePart as e:
            return quarantined(source, digest, "read", "no_article_part", str(e))
        source = replace(source, kind=part.kind, http_charset=part.charset or source.http_charset,
                         url=source.url or part.url)
        data, sent, sender = part.data, part.sent, part.sender
    if source.kind in CONTAINED_PAGES:
        unpack_page, refusal, reason = CONTAINED_PAGES[source.kind]
        try:
            data, url = unpack_page(data)
        except refusal as e:
            return quarantined(source, digest, "read", reason, str(e))
        source = replace(source, kind="html", http_charset="utf-8", url=source.url or url)
    if source.kind == "subtitles":
        try:
            text, _encoding = decode(data, source.http_charset, html=False)
        except DecodeError as e:
            return quarantined(source, digest, "decode", e.reason, str(e))
        data = as_subtitle_page(text)
        source = replace(source, kind="html", http_charset="utf-8")
        saved_as = name_hints(source.path)  # subtitles print no date: the name they were saved under, as a dump's
    else:
        saved_as = None
    rtf_heading = None
    if source.kind == "rtf":
        rtf = read_rtf(data)  # RTF carries its own code page: its text is decoded as it is read
        text, rtf_heading = rtf.text, rtf.heading
    elif source.kind == "package":
        try:
            document = read_package(data)  # zipped XML in UTF-8: its paragraphs are read as a text dump's lines
        except NotPackage as e:
            return quarantined(source, digest, "read", "not_a_document", str(e))
        text, rtf_heading = document.text, document.heading
    else:
        try:
            text, _encoding = decode(data, source.http_charset, html=source.kind == "html")
        except DecodeError as e:
            return quarantined(source, digest, "decode", e.reason, str(e))
    if source.kind == "text" and (markup := page_source(text)) is not None:
        text, source = markup, replace(source, kind="html")  # a page's source saved as text ('view-source:'): the page
    elif source.kind == "text" and (markup := markdown_page(text)) is not None:
        text, source = markup, replace(source, kind="html")  # a page saved as Markdown (html2text): the page again
    elif source.kind == "text" and (record := unmistakable_record(text) or parser_output(text)
                                    or cms_export(text) or thread_record(text)) is not None:
        try:  # an Org or reST file, a parser's JSON output or a CMS's export, saved as `.txt`: read as under its own name; a thread of posts
            page, url = unpack_record(record)
            text, source = page.decode("utf-8"), replace(source, kind="html", url=source.url or url)
        except NotRecord:
            pass
    preview = None
    if source.kind == "text":
        text = strip_terminal_codes(text)  # before the control bytes go: an escape's ESC tells its end
        text = wire_message(text)  # ... and a wire message's SOH/STX tell its header from its text
        text = calendar_notes(text) or text  # a calendar file: the notes of its events, not the meeting's lines
        # a chat export: the article pasted whole as one message (quoted, or after its time and sender)
        preview = link_preview(text)  # a shared link's card: its headline and outlet, which the pasted text may lack
        text = pasted_chat_message(text) or prefixed_chat_message(text) or headed_chat_message(text) or text
    if source.kind == "html" and is_wml(text):
        text = wml_as_html(text)
    text = repair_mojibake(_CONTROL.sub("", text))  # Hangul mis-read as Western letters and saved so: read again
    if _CONJOINING_JAMO.search(text):
        text = unicodedata.normalize("NFC", text)  # a macOS copy writes Hangul decomposed (NFD): syllables again
    try:
        ex = extract_html(text, source.url) if source.kind == "html" else extract_text(text, source.path)
    except NoTree as e:
        return quarantined(source, digest, "extract", "unparseable_html", str(e))
    ex.title = ex.title or rtf_heading
    if preview is not None:
        ex.outlet = ex.outlet or preview[1]
    ex.name_hints = ex.name_hints or saved_as
    ex.sent, ex.sender = sent, sender
    try:
        ex, language, rules = checked(ex)
    except NotArticle as e:
        return quarantined(source, digest, "extract", e.reason, str(e))
    return rows(source, digest, ex, language, rules)


# Characters that show nothing: a page's line-break hints (zero-width space, word joiner, soft hyphen) and a stray BOM.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def _visible(text: str | None) -> str | None:
    """A field as a reader sees it: a headline's zero-width break hint ('한별\u200b정밀') is no character of it."""
    return _INVISIBLE.sub("", text) if text else text


def rows(source: Source, digest: str, ex, language: str, rules) -> Result:
    body = ex.body
    zone_name, default_offset = getattr(rules.article, "DEFAULT_TIMEZONE", (None, None))
    published = dates.normalise(ex.published, default_offset)
    updated = dates.normalise(ex.updated, default_offset)
    article_id = digest[:16]
    timezone = None
    if published and published[1] is not None:
        timezone = zone_name if published[2] else published[0][19:]
    res = Result(article=[{
        "article_id": article_id, "source_path": source.path, "source_record": source.record,
        "source_sha256": digest, "url": ex.url, "outlet": _visible(ex.outlet), "title": _visible(ex.title),
        "subheadings": ex.subheadings, "authors": [_visible(a) for a in ex.authors], "author_emails": ex.author_emails,
        "published_at": published[0] if published else None, "updated_at": updated[0] if updated else None,
        "published_utc": published[1] if published else None, "timezone": timezone,
        "language": language, "body": body, "extractor": ex.extractor,
    }])
    ctx = Context(published[0] if published else None, tuple(ex.authors), ex.outlet, ex.title, tuple(ex.captions))
    found = rules.find(body, ctx)
    add_findings(res, article_id, found)
    return res


def add_findings(res: Result, article_id: str, found: Findings) -> None:
    ids = {}
    for p in found.persons:
        pid = person_id(p.name, p.organization)
        if pid in ids.values():
            continue
        ids[p.key] = pid
        res.person.append({
            "person_id": pid, "article_id": article_id, "name": p.name, "title": p.title,
            "organization": p.organization, "role": p.role, "mention_count": p.mention_count,
            "first_offset": p.first_offset, "found_by": p.found_by,
        })
    quote_ids = [short_hash("quote", article_id, q.start, q.end) for q in found.quotes]
    for q, qid in zip(found.quotes, quote_ids):
        pid = ids.get(q.speaker) if q.speaker_kind == "person" else None
        res.quote.append({
            "quote_id": qid, "article_id": article_id,
            "person_id": pid, "speaker_name": q.speaker, "speaker_kind": q.speaker_kind if q.speaker else None,
            "text": q.text, "reporting_verb": q.reporting_verb, "quote_type": q.quote_type,
            "start": q.start, "end": q.end, "continues": quote_ids[q.continues] if q.continues is not None else None,
        })
    event_ids = {}
    for e in found.events:
        eid = short_hash("event", article_id, e.name, e.offset)
        event_ids.setdefault(e.name, eid)
    for e in found.events:
        res.event.append({
            "event_id": short_hash("event", article_id, e.name, e.offset), "article_id": article_id,
            "parent_event_id": event_ids.get(e.parent) if e.parent else None,
            "name": e.name, "kind": e.kind, "location": e.location, "date_text": e.date_text,
            "start_date": e.start_date, "end_date": e.end_date, "organizer": e.organizer, "offset": e.offset,
        })

