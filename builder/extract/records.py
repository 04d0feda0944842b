"""Articles carried as records of a data file: JSON lines (`.jsonl`, `.ndjson`) that a crawler or an extractor
wrote, and CSV or TSV exports of a newsroom system or a spreadsheet (`.csv`, `.tsv`).

A data file is a container like a feed: each record is one article and one unit of work, whose bytes are the
record alone (a JSON object), so each has its own checksum and id. A record that holds the fetched page
(`html`) is that page; one that holds the article's fields (title, text, writers, dates, outlet) becomes a small
page whose head says what the record says (`feed.as_page`), read like any other. Which field holds what is a
table (`records.toml`); a date that says when the record was fetched or exported is never the article's.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import tomllib
import zipfile
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

from builder.decode import DecodeError, decode
from builder.extract.feed import Item, _date as feed_date, as_page

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".json", ".csv", ".tsv", ".xlsx")
# Caps that keep one record from taking a worker: a field's characters, and records in one file.
MAX_RECORDS = 100_000
csv.field_size_limit(16 * 1024 * 1024)


class NotRecord(Exception):
    """A record that is not an article: unreadable, or with no field that holds an article's text or page."""


@cache
def table() -> dict:
    with open(Path(__file__).with_name("records.toml"), "rb") as fh:
        return tomllib.load(fh)


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]", "", str(name)).lower()


@cache
def _field_keys() -> dict[str, tuple[str, ...]]:
    return {what: tuple(_key(n) for n in names) for what, names in table()["fields"].items()}


def records(data: bytes, name: str) -> list[bytes]:
    """Every record of a data file, in order, as its own bytes (a JSON object, or the line that failed to be one).
    Raises NotRecord when the file cannot be split at all."""
    low = name.lower().removesuffix(".gz")
    if low.endswith(".xml"):
        return [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in xml_records(data)][:MAX_RECORDS]
    if low.endswith(".xlsx"):
        return [json.dumps(row, ensure_ascii=False).encode("utf-8") for row in joined_passages(sheet_rows(data))][:MAX_RECORDS]
    if low.endswith((".csv", ".tsv")):
        try:
            text, _ = decode(data, html=False)
        except DecodeError as e:
            raise NotRecord(str(e)) from None
        text = text.lstrip("\ufeff")
        dialect = "excel-tab" if low.endswith(".tsv") else "excel"
        rows = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        if not rows.fieldnames:
            raise NotRecord("a table with no heading row")
        found = []
        for row in rows:
            fields = {k: v for k, v in row.items() if k and isinstance(v, str) and v.strip()}
            if fields:
                found.append(fields)
        return [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in joined_passages(found)][:MAX_RECORDS]
    if low.endswith(".json") and (whole := _json_records(data)) is not None:
        return whole[:MAX_RECORDS]
    lines = [line.strip() for line in data.removeprefix(b"\xef\xbb\xbf").splitlines()]
    return [line for line in lines if line][:MAX_RECORDS]


def _json_records(data: bytes) -> list[bytes] | None:
    """The records of a `.json` file: the object itself, each object of a list, or of the list an API's answer
    wraps them in (`{"articles": […]}`, `{"data": {"items": […]}}`). None when the file is no one JSON document
    (JSON lines saved as `.json` are read line by line)."""
    try:
        doc = json.loads(data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    for _ in range(MAX_WRAPPERS):
        inner = next((doc[k] for k in table()["containers"]["keys"] if isinstance(doc, dict)
                      and isinstance(doc.get(k), (list, dict)) and not _value(doc, "body") and not _value(doc, "html")), None)
        if inner is None:
            break
        doc = inner
    found = doc if isinstance(doc, list) else [doc]
    if not any(_is_post(r) for r in found) and (posts := export_posts(doc)):
        found = posts  # a CMS's export: its table of posts, deeper than an API's wrappers, with writers joined in
    return [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in found if r not in (None, "", [], {})]


MAX_WRAPPERS = 3  # '{"response": {"data": {"items": […]}}}'


_CELL_REF = re.compile(r"([A-Z]+)\d+")
MAX_SHEET_BYTES = 32 * 1024 * 1024


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def xml_records(data: bytes) -> list[dict[str, str]]:
    """The articles of an XML export (`<articles><article><title>…</title><body>…</body></article>…`): each element
    whose own child elements hold a title and a text (by the field names of `records.toml`), as {field: text}, its
    attributes too ('<article date="…">'). A text field holding markup keeps it (its paragraphs). Raises NotRecord
    when no element holds an article."""
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False))
    except etree.XMLSyntaxError as e:
        raise NotRecord(f"unreadable XML: {str(e)[:120]}") from None
    if root is None:
        raise NotRecord("unreadable XML: no root element")
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        record = {_local(k): v for k, v in el.attrib.items()}
        for child in el:
            if isinstance(child.tag, str) and _local(child.tag) not in record:
                inner = "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in child)
                record[_local(child.tag)] = ((child.text or "") + inner).strip() if len(child) else (child.text or "").strip()
        if _value(record, "body") and _value(record, "title"):
            found.append({k: v for k, v in record.items() if isinstance(v, str) and v})
    if not found:
        raise NotRecord("an XML file with no element holding an article's title and text")
    return found


def sheet_rows(data: bytes) -> list[dict[str, str]]:
    """The rows of a spreadsheet's (`.xlsx`) first sheet as {heading: cell}, the first row holding the headings:
    a CMS export saved by a spreadsheet. Raises NotRecord when the file is no workbook."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        sheets = sorted((n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)),
                        key=lambda n: int(re.search(r"(\d+)\.xml$", n).group(1)))
        if not sheets:
            raise NotRecord("a zip that is no spreadsheet (no xl/worksheets/sheet1.xml)")
        if any(z.getinfo(n).file_size > MAX_SHEET_BYTES for n in [sheets[0], "xl/sharedStrings.xml"] if n in names):
            raise NotRecord(f"a sheet over the cap of {MAX_SHEET_BYTES} bytes")
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in etree.fromstring(z.read("xl/sharedStrings.xml"), parser):
                shared.append("".join(t.text or "" for t in si.iter() if _local(t.tag) == "t"))
        grid = []
        for row in etree.fromstring(z.read(sheets[0]), parser).iter():
            if _local(row.tag) != "row":
                continue
            cells = {}
            for c in row:
                if _local(c.tag) != "c":
                    continue
                col = m.group(1) if (m := _CELL_REF.fullmatch(c.get("r", ""))) else str(len(cells))
                kind = c.get("t", "")
                value = next((v.text for v in c if _local(v.tag) == "v"), None)
                if kind == "s" and value is not None and value.strip().isdigit() and int(value) < len(shared):
                    value = shared[int(value)]
                elif kind == "inlineStr":
                    value = "".join(t.text or "" for t in c.iter() if _local(t.tag) == "t")
                if value is not None and str(value).strip():
                    cells[col] = str(value)
            grid.append(cells)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, etree.XMLSyntaxError) as e:
        raise NotRecord(f"not a readable spreadsheet: {str(e)[:120]}") from None
    if not grid:
        raise NotRecord("a spreadsheet with no rows")
    headings = grid[0]
    return [{headings[col]: v for col, v in cells.items() if col in headings} for cells in grid[1:]
            if any(col in headings for col in cells)]


def _reader_value(record: dict, what: str):
    """The first filled field of a reader's kind `what` (`records.toml` [reader]: passage, tags)."""
    by_key = {_key(k): v for k, v in record.items()}
    return next((by_key[k] for k in map(_key, table()["reader"][what]) if by_key.get(k) not in (None, "", [], {})), None)


def joined_passages(found: list[dict]) -> list[dict]:
    """Records as articles: a run of records that name the same article (title, and address when they give one) and
    each hold one passage of it (a highlights export's rows) is one article, its passages in order as its text. A
    reader's note beside a passage is no text of it."""
    out: list[dict] = []
    for record in found:
        passage = _reader_value(record, "passage")
        same = bool(out) and isinstance(passage, str) and out[-1].get("\x00passages") is not None and \
            _value(record, "title") == _value(out[-1], "title") and _value(record, "url") == _value(out[-1], "url")
        if same:
            out[-1]["\x00passages"].append(passage)
            continue
        out.append(dict(record, **{"\x00passages": [passage]}) if isinstance(passage, str) and _value(record, "title")
                   else record)
    for record in out:
        passages = record.pop("\x00passages", None)
        if passages and len(passages) > 1:
            key = next(k for k in record if _key(k) in map(_key, table()["reader"]["passage"]) and record[k] == passages[0])
            record[key] = "\n".join(p.strip() for p in passages)
    return out


def _value(record: dict, what: str):
    """The first filled field of the kind `what` (`records.toml`), matched by normalised name."""
    by_key = {_key(k): v for k, v in record.items()}
    for key in _field_keys()[what]:
        value = by_key.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _texts(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [str(value).strip()] if str(value).strip() else []


@cache
def _role() -> re.Pattern:
    roles = "|".join(re.escape(r) for r in sorted(table()["byline"]["roles"], key=len, reverse=True))
    return re.compile(rf"^(?:by\s+)?(.+?)(?:\s*(?:{roles}))?$", re.I)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A field's name that says it holds a mail address, in any language's spelling of it.
_MAIL_FIELD = re.compile(r"(?:e?mail|메일|전자우편)(?:address|주소)?$")


def writers(value) -> tuple[list[str], list[str]]:
    """Writers' names and addresses from a byline field: a list, or `X 기자, Y 기자` / `X 기자 (x@…)` text."""
    names, emails = [], []
    for text in _texts(value):
        emails += _EMAIL.findall(text)
        for part in re.split(r"\s*[,·/;|]\s*|\s+및\s+|\s+and\s+", _EMAIL.sub("", text).strip(" ()<>[]")):
            part = part.strip(" ()<>[]=")
            m = _role().match(part)
            if m and m.group(1).strip():
                names.append(m.group(1).strip())
    return list(dict.fromkeys(names)), list(dict.fromkeys(emails))


_NUMERIC_DATE = re.compile(r"(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?:\s*일)?\.?"
                           r"(?:[T\s]+(?:(오전|오후|AM|PM)\s*)?(\d{1,2})\s*[:시]\s*(\d{1,2})\s*분?"
                           r"(?:\s*[:]\s*(\d{1,2})(?:[.,]\d{1,9})?)?)?"  # seconds, and a fraction of one
                           r"\s*(Z|[+-]\d{2}:?\d{2})?", re.I)


_COMPACT_DATE = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})(?:([01]\d|2[0-3])([0-5]\d)([0-5]\d)?)?")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_NAME = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
# An English date with the month's name: 'November 9th, 2026' (a note app's daily page), 'Nov. 9, 2026', '9 November 2026'.
_NAMED_MONTH_DATE = re.compile(rf"\b(?:{_MONTH_NAME}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?"
                               rf"\s+(?:of\s+)?{_MONTH_NAME.replace('month', 'month2')},?)\s+(?P<year>(?:19|20)\d{{2}})\b", re.I)


def named_month_date(text: str) -> str | None:
    """ISO day of an English date that names its month ('November 9th, 2026'), or None."""
    m = _NAMED_MONTH_DATE.search(text)
    if not m:
        return None
    month = next(n for n, name in enumerate(_MONTHS, 1) if name.startswith((m["month"] or m["month2"]).lower()))
    day = int(m["day"] or m["day2"])
    return f"{m['year']}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def record_date(value) -> str | None:
    """ISO 8601 from a record's date: ISO or dotted (`2026.11.21 09:30`), Korean (`2026년 11월 21일 오후 3시 5분`),
    RFC 822, or a Unix time in seconds or milliseconds. None when it reads as no date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) or re.fullmatch(r"\d{10}(?:\d{3})?", str(value).strip()):
        seconds = float(value) / (1000 if float(value) > 1e11 else 1)
        try:
            return datetime.fromtimestamp(seconds, timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if c := _COMPACT_DATE.fullmatch(text):  # '20261103', '20261103093000': a Korean CMS's or archive's date column
        y, mo, d, hh, mm, ss = c.groups()
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            return f"{y}-{mo}-{d}" + (f"T{hh}:{mm}:{ss or '00'}" if hh else "")
    m = _NUMERIC_DATE.search(text)
    if m:
        y, mo, d, half, hh, mm, ss, zone = m.groups()
        day = f"{y}-{int(mo):02d}-{int(d):02d}"
        if hh is None:
            return day
        hour = int(hh) % 12 + 12 if half and half.lower() in ("오후", "pm") else int(hh) % 12 if half else int(hh)
        zone = "" if not zone else "+00:00" if zone.upper() == "Z" else f"{zone[:3]}:{zone[-2:]}"
        return f"{day}T{hour:02d}:{int(mm):02d}:{int(ss or 0):02d}{zone}"
    return feed_date(text) or named_month_date(text)


def _paragraphs(text: str) -> str:
    if re.search(r"<\s*(?:p|br|div)\b", text, re.I):
        return text  # the field holds markup already
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\r?\n", text) if p.strip())


def parser_output(text: str) -> bytes | None:
    """A text that is one JSON object with an article's fields: an article parser's output saved under a text name
    (Mercury/Postlight's title, author, date_published, content; Readability's title, byline, siteName, content,
    textContent; newspaper's or trafilatura's JSON), as its record; None for any other text."""
    stripped = text.strip().lstrip("\ufeff")
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return None
    try:
        record = json.loads(stripped)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    text_field = _value(record, "body") or _value(record, "html")
    if not isinstance(text_field, str) or not any(_value(record, what) for what in ("title", "url", "published")):
        return None
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


# A writer's field that names the outlet in brackets after the name ('계은호 (모래톱뉴스)'); a desk in the brackets
# ('경제부', '사회팀') or a place and outlet ('서울=…') is not the outlet alone.
_NAME_AND_OUTLET = re.compile(r"(?P<name>[^()]+?)\s*\((?P<outlet>[^()=@]*[^()=@\s부팀국과실])\)")
# A tag that is a day: '2026-09-30', '2026.09.30'.
_TAG_DAY = re.compile(r"(?<![\d.\-/])((?:19|20)\d{2})[.\-/](\d{1,2})[.\-/](\d{1,2})(?![\d.\-/:])")


def _tagged_day(tags) -> str | None:
    """The day a reader's tags give the article (one tag that is a date), or None."""
    days = {f"{y}-{int(m):02d}-{int(d):02d}" for t in _texts(tags) for y, m, d in _TAG_DAY.findall(t)}
    return days.pop() if len(days) == 1 else None


# -- a blogging CMS's JSON export (Ghost: {"db": [{"meta": …, "data": {"posts": […], "users": […], "posts_authors": […],
# "settings": [{"key": "title", "value": …}]}}]}) -----------------------------------------------------------------------
# The posts are one table of the export; who wrote a post is told by a join table (a post's id beside a writer's id)
# over the table of writers, and the site's name by the settings table's `title` row. The export's own time
# (`exported_on`), the writers' profiles (bio, slug) and the settings' other rows are the CMS's, not an article's.
MAX_EXPORT_DEPTH = 6
_JOIN_POST = ("post_id", "postid", "article_id", "articleid")
_JOIN_WRITER = ("author_id", "authorid", "user_id", "userid", "writer_id")
_WRITER_TABLES = ("users", "authors", "writers", "members")
_SITE_NAME_KEYS = ("title", "site_title", "sitename", "site_name", "blogname")


def _is_post(item: object) -> bool:
    return isinstance(item, dict) and bool(_value(item, "title")) and \
        isinstance(_value(item, "html") or _value(item, "body"), str)


def _post_tables(node: object, depth: int = 0) -> list[tuple[dict, list[dict]]]:
    """(the table's parent, the table) of every list of posts in an export, outermost first."""
    if depth > MAX_EXPORT_DEPTH:
        return []
    found: list[tuple[dict, list[dict]]] = []
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        if isinstance(node, dict) and isinstance(child, list) and child and any(_is_post(i) for i in child):
            found.append((node, [i for i in child if _is_post(i)]))
        elif isinstance(child, (dict, list)):
            found += _post_tables(child, depth + 1)
    return found


def _rows(parent: dict, names: tuple[str, ...]) -> list[dict]:
    return next(([r for r in v if isinstance(r, dict)] for k, v in parent.items()
                 if _key(k) in names and isinstance(v, list)), [])


def _joined_writers(post: dict, parent: dict) -> list[dict]:
    """The writers a join table of the export gives the post, in its order (the one writer when there is no join
    table and one writer)."""
    writers_table = _rows(parent, _WRITER_TABLES)
    by_id = {str(w.get("id")): w for w in writers_table if w.get("id") is not None}
    joins = [r for k, v in parent.items() if isinstance(v, list) for r in v
             if isinstance(r, dict) and any(_key(j) in map(_key, _JOIN_POST) for j in r)]
    if not joins:
        return writers_table if len(writers_table) == 1 else []
    post_id = str(post.get("id"))
    found = []
    for join in joins:
        keys = {_key(k): v for k, v in join.items()}
        if str(next((keys[j] for j in _JOIN_POST if j in keys), None)) == post_id:
            writer = by_id.get(str(next((keys[j] for j in map(_key, _JOIN_WRITER) if j in keys), None)))
            if writer is not None and writer not in found:
                found.append(writer)
    return found


def _site_name(parent: dict) -> str | None:
    """The site's name in an export's settings table (`{"key": "title", "value": …}` rows, or one mapping)."""
    for key, value in parent.items():
        if _key(key) not in ("settings", "options", "site"):
            continue
        rows = value if isinstance(value, list) else [value]
        for row in rows:
            if not isinstance(row, dict):
                continue
            if _key(str(row.get("key", ""))) in _SITE_NAME_KEYS and isinstance(row.get("value"), str):
                return row["value"].strip() or None
            if name := next((row[k] for k in row if _key(k) in _SITE_NAME_KEYS and isinstance(row[k], str)), None):
                return name.strip() or None
    return None


def export_posts(doc: object) -> list[dict]:
    """The articles of a CMS's JSON export, each a record with its own writers, their addresses and the site's
    name joined in from the export's other tables. Empty when the document holds no table of posts."""
    out = []
    for parent, posts in _post_tables(doc)[:1]:
        outlet = _site_name(parent)
        for post in posts:
            record = {"title": _value(post, "title"), "body": _value(post, "html") or _value(post, "body")}
            for what in ("url", "published", "updated", "subtitle", "authors", "outlet"):
                if (value := _value(post, what)) is not None:
                    record[what] = value
            if "authors" not in record and (joined := _joined_writers(post, parent)):
                record["authors"] = [w["name"] for w in joined if isinstance(w.get("name"), str)]
                record["author_email"] = [w["email"] for w in joined if isinstance(w.get("email"), str)]
            if outlet and "outlet" not in record:
                record["outlet"] = outlet
            out.append(record)
    return out


def json_document(text: str) -> dict | list | None:
    """The JSON object or array a text holds whole (an app's export saved under a text name); None for other text."""
    stripped = text.strip().lstrip("\ufeff")
    if not stripped.startswith(("{", "[")):
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        return None


def cms_export(text: str) -> bytes | None:
    """A CMS's JSON export of one post saved under a text name, as the post's record; None for any other text."""
    doc = json_document(text)
    if doc is None:
        return None
    posts = export_posts(doc)
    return json.dumps(posts[0], ensure_ascii=False).encode("utf-8") if len(posts) == 1 else None


def unpack(data: bytes) -> tuple[bytes, str | None]:
    """The page of one record and the address it gives. Raises NotRecord when the record holds no article."""
    try:
        record = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise NotRecord(f"not a JSON object: {str(e)[:120]}") from None
    if not isinstance(record, dict):
        raise NotRecord(f"a JSON {type(record).__name__}, not an object with an article's fields")
    url = next(iter(_texts(_value(record, "url"))), None)
    page = _value(record, "html")
    if isinstance(page, str) and page.strip():
        return page.encode("utf-8"), url
    body = _value(record, "body")
    if not isinstance(body, str) or not body.strip():
        raise NotRecord("no field holds the article's text or page (fields: "
                        + ", ".join(list(record)[:12]) + ")")
    byline = _value(record, "authors")
    outlet = next(iter(_texts(_value(record, "outlet"))), None)
    if len(_texts(byline)) == 1 and (named := _NAME_AND_OUTLET.fullmatch(_texts(byline)[0])):
        byline, outlet = named["name"], outlet or named["outlet"]  # 'X (매체)': a highlights export's 'author'
    names, emails = writers(byline)
    emails += [e for e in _texts(_value(record, "emails")) if _EMAIL.fullmatch(e) and e not in emails]
    if not emails:  # a column named for whose mail it is ('작성자메일', 'reporter_e-mail'): an address in it is the writer's
        emails = [e for k, v in record.items() if _MAIL_FIELD.search(_key(k)) for e in _texts(v) if _EMAIL.fullmatch(e)][:1]
    subtitle = next(iter(_texts(_value(record, "subtitle"))), None)
    published = record_date(_value(record, "published")) or _tagged_day(_reader_value(record, "tags"))
    updated = record_date(_value(record, "updated"))
    item = Item(title=next(iter(_texts(_value(record, "title"))), None), url=url, authors=tuple(names),
                emails=tuple(emails), published=published, updated=updated if updated != published else None,
                body_html=(f"<h2>{html.escape(subtitle)}</h2>" if subtitle else "") + _paragraphs(body),
                outlet=outlet,
                language=next(iter(_texts(_value(record, "language"))), None))
    return as_page(item), url
