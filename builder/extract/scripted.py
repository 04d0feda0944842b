"""Article text that a page carries only in its script data (pages rendered by JavaScript).

Next.js (`__NEXT_DATA__`, flight chunks `self.__next_f.push([1, "..."])`), Nuxt (`__NUXT__`,
`__NUXT_DATA__`), Arc Fusion (`Fusion.globalContent = {...}`), Apollo (`__APOLLO_STATE__`) and
plain `application/json` / `application/ld+json` scripts all hold the article as data: a string
of HTML paragraphs, a long prose string, or a list of typed content elements. Nothing here names
a framework's keys as a requirement: every JSON structure found in the scripts is walked, and the
longest value that reads as article text wins. Key names only help to read the metadata found
beside it. This is a fallback: it runs only when the visible HTML gave no article text.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import unquote_to_bytes

from lxml import html as lxml_html
from lxml.etree import ParserError

from builder.extract.hydration import attribute_states

# A script shorter than this cannot hold an article worth the parse.
MIN_SCRIPT_CHARS = 200
# A candidate article text needs this many characters ...
MIN_TEXT_CHARS = 250
# ... in at least this many paragraphs, or one paragraph of MIN_SINGLE_CHARS.
MIN_PARAGRAPHS = 2
MIN_SINGLE_CHARS = 400
# Prose: sentences with spaces between words; markup, code and URLs are not prose.
MIN_SPACE_SHARE = 0.08
MAX_CODE_SHARE = 0.04
# Content elements whose type says they hold running text.
TEXT_ELEMENT_TYPES = ("text", "paragraph", "para", "p", "body", "richtext", "html", "raw_html", "header", "heading",
                      "subhead", "quote", "blockquote", "list")
MAX_WALK_NODES = 200_000
MAX_WALK_DEPTH = 100
_NOT_TEXT_KEYS = ("type", "_type", "__typename", "kind", "_id", "id", "url")

_NEXT_FLIGHT = re.compile(r'self\.__next_f\.push\(\[\s*1\s*,\s*("(?:[^"\\]|\\.)*")\s*\]\)', re.S)
_FLIGHT_TEXT_ROW = re.compile(r"(?:^|\n)[0-9a-f]{1,8}:T([0-9a-f]{1,8}),")
_ASSIGNED = re.compile(r"(?:=|\(|JSON\.parse\()\s*(?=[\[{\"'])")
_STRING_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.){%d,})"' % MIN_TEXT_CHARS)
_TAG = re.compile(r"<(p|br|div|h[1-6]|li|blockquote|figure|figcaption|section)\b", re.I)
_CODE = re.compile(r"[{};=<>]|function\s*\(|=>")
_SENTENCE_END = re.compile(r"[.!?。다요죠\"'”’)]\s")
_URL = re.compile(r"https?://\S+")
_HAS_WORD = re.compile(r"\w")  # lines of bare punctuation ('-', '|') are separators, not text
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "tr", "div", "section",
           "article", "header", "footer", "figure", "ul", "ol", "table")

# Metadata beside the article text: normalised key → field.
_TITLE_KEYS = ("headline", "title", "headlines", "articletitle", "newstitle")
_SUBTITLE_KEYS = ("subtitle", "subheadline", "subheadlines", "subhead", "dek", "deck", "standfirst", "kicker",
                  "summarytitle")
_DATE_HINTS = ("firstpublish", "publish", "deploy", "release", "display", "service", "issued", "created", "regdate",
               "regdt", "input", "date")  # most telling first
_UPDATE_HINTS = ("update", "modif", "lastmod", "edited", "revised")
_AUTHOR_KEYS = ("author", "authors", "byline", "writer", "writers", "reporter", "reporters", "by", "credits")
_DATE_VALUE = re.compile(r"^((?:19|20)\d{2})[-./]?(\d{2})[-./]?(\d{2})(?:[T ]?(\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?"
                         r"(Z|[+-]\d{2}:?\d{2})?)?$")
# Epoch timestamps in seconds or milliseconds that fall in these ranges are dates (2001 to 2096).
EPOCH_SECONDS = (1_000_000_000, 4_000_000_000)


@dataclass
class ScriptArticle:
    """The article text found in a page's script data and what was said about it there."""

    lines: list[str]
    source: str  # how it was found: 'html-string', 'prose-string', 'content-elements'
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def _loads(raw: str):
    try:
        return json.loads(raw)
    except RecursionError:
        return None
    except ValueError:
        try:  # trailing commas and raw control characters are common in hand-built JSON
            return json.loads(re.sub(r",\s*([}\]])", r"\1", re.sub(r"[\x00-\x1f]", " ", raw)))
        except (ValueError, RecursionError):
            return None


def _decode_at(text: str, start: int, decoder=json.JSONDecoder()):
    try:
        return decoder.raw_decode(text, start)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than any article's data
        return None, start


def _embedded_values(text: str) -> list:
    """JSON values embedded in JavaScript: right after `=`, `(` or `JSON.parse(`."""
    out = []
    pos = 0
    while (m := _ASSIGNED.search(text, pos)) is not None:
        value, end = _decode_at(text, m.end())
        if end > m.end():
            if isinstance(value, str) and value[:1] in "{[":
                value = _loads(value)  # JSON.parse("{...}")
            if isinstance(value, (dict, list)):
                out.append(value)
            pos = end
        else:
            pos = m.end()
    return out


# A state written as a JavaScript literal, not JSON: keys unquoted (`{title:"…"}`), values that are a function's
# parameters (Nuxt 2's `window.__NUXT__=(function(a,b,…){return {…}}("IT",…))`, where the arguments hold the
# repeated values: a section, a date, the reporter's name), `void 0`, `!0`, `!1`. Read into JSON with its
# parameters bound; a state assigned as a literal (`window.__INITIAL_STATE__={article:{…}}`) is read alike.
_IIFE = re.compile(r"\(\s*function\s*\(\s*([\w$]+(?:\s*,\s*[\w$]+)*)?\s*\)\s*\{\s*return\s*(?=\{)")
_LITERAL_STATE = re.compile(r"(?:window\.)?__[A-Z][A-Z0-9_]*__\s*=\s*(?=\{)")
_JS_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|void\s+0\b|![01]\b|[A-Za-z_$][\w$]*|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?'
                       r'|[{}\[\]:,()]|\s+|.', re.S)
MAX_LITERAL_CHARS = 5_000_000


def _js_json(text: str, start: int, bound: dict[str, str]) -> tuple[str, int] | None:
    """The JSON text of the JavaScript literal (object or array) at `start`, names in `bound` put in as their JSON
    values, and where the literal ends; None when it holds what JSON cannot say (a function, an expression)."""
    out: list[str] = []
    depth = 0
    pos = start
    end = min(len(text), start + MAX_LITERAL_CHARS)
    last = ""  # the last token that is no space: a name after '{' or ',' and before ':' is a key
    while pos < end:
        m = _JS_TOKEN.match(text, pos)
        tok = m.group()
        pos = m.end()
        if not tok.isspace():
            before, last = last, tok
        if tok[0] in "{[":
            depth += 1
            out.append(tok)
        elif tok[0] in "}]":
            depth -= 1
            out.append(tok)
            if depth == 0:
                return "".join(out), pos
        elif tok[0] == '"':
            out.append(tok)
        elif tok[0] == "'":
            out.append(json.dumps(tok[1:-1].replace("\\'", "'").replace('\\"', '"')))
        elif tok.isspace() or tok in (":", ","):
            out.append(tok)
        elif tok.startswith("void"):
            out.append("null")
        elif tok[0] == "!":
            out.append("true" if tok == "!0" else "false")
        elif tok[0].isdigit() or tok[0] == "-":
            out.append(tok)
        elif re.fullmatch(r"[A-Za-z_$][\w$]*", tok):
            if before in ("{", ",") and re.match(r"\s*:", text[pos:pos + 50]):
                out.append(json.dumps(tok))  # an unquoted key
            elif tok in ("true", "false", "null"):
                out.append(tok)
            elif tok in bound:
                out.append(bound[tok])
            elif tok == "undefined":
                out.append("null")
            else:
                return None
        else:
            return None
    return None


def _call_arguments(text: str, start: int) -> str | None:
    """The text of a call's arguments from `start` up to the bracket that closes the call; None when none does."""
    depth = 0
    pos = start
    end = min(len(text), start + MAX_LITERAL_CHARS)
    while pos < end:
        tok = _JS_TOKEN.match(text, pos).group()
        if tok in ("(", "[", "{"):
            depth += 1
        elif tok in (")", "]", "}"):
            if depth == 0:
                return text[start:pos]
            depth -= 1
        pos += len(tok)
    return None


def literal_states(text: str) -> list:
    """The states a script writes as JavaScript literals (an IIFE with its arguments bound, or an assigned object)."""
    out = []
    for m in _IIFE.finditer(text):
        params = [p.strip() for p in (m.group(1) or "").split(",") if p.strip()]
        body = _js_json(text, m.end(), {})
        if params:
            close = re.compile(r"\s*\}\s*\)?\s*\(")  # '}}(' or '}})(' after the returned object: the call
            found = _js_json(text, m.end(), {p: "null" for p in params})
            if found is None or not (c := close.match(text, found[1])):
                continue
            given = _call_arguments(text, c.end())
            args = _js_json("[" + given + "]", 0, {}) if given is not None else None
            values = _loads(args[0]) if args else None
            if not isinstance(values, list):
                continue
            bound = {p: json.dumps(values[i] if i < len(values) else None, ensure_ascii=False) for i, p in enumerate(params)}
            body = _js_json(text, m.end(), bound)
        if body and (value := _loads(body[0])) is not None:
            out.append(value)
    for m in _LITERAL_STATE.finditer(text):
        if (body := _js_json(text, m.end(), {})) and (value := _loads(body[0])) is not None:
            out.append(value)
    return out


def _flight_values(payload: str) -> tuple[list, list[str]]:
    """JSON rows and raw text rows of a Next.js flight payload (`id:{...}`, `id:T<hex length>,<text>`)."""
    values, texts = [], []
    for m in _FLIGHT_TEXT_ROW.finditer(payload):
        size = int(m.group(1), 16)
        texts.append(payload[m.end():m.end() + size].encode("utf-8")[:size].decode("utf-8", "ignore"))
    pos = 0
    while True:
        starts = [i for i in (payload.find("{", pos), payload.find("[", pos)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        value, end = _decode_at(payload, start)
        if end > start:
            if isinstance(value, (dict, list)):
                values.append(value)
            pos = end
        else:
            pos = start + 1
    return values, texts


def script_values(tree: lxml_html.HtmlElement) -> tuple[list, list[str]]:
    """Every JSON structure found in the page's scripts, and loose strings (flight text rows, long JS literals)."""
    values: list = []
    strings: list[str] = []
    flight: list[str] = []
    for s in tree.iter("script"):
        text = s.text or ""
        if s.get("src") or len(text) < MIN_SCRIPT_CHARS:
            continue
        kind = (s.get("type") or "").lower()
        if "json" in kind:
            if (value := _loads(text.strip())) is not None:
                values.append(value)
            continue
        if kind and "javascript" not in kind and "ecmascript" not in kind and kind != "module":
            continue  # templates and other non-code scripts
        chunks = _NEXT_FLIGHT.findall(text)
        if chunks:
            for c in chunks:
                try:
                    flight.append(json.loads(c))
                except ValueError:
                    continue
            continue
        values.extend(_embedded_values(text))
        values.extend(literal_states(text))
        for lit in _STRING_LITERAL.findall(text):  # object literals that are not JSON (Nuxt's function payload)
            value, _ = _decode_at(f'"{lit}"', 0)
            if isinstance(value, str):
                strings.append(value)
    if flight:
        more, texts = _flight_values("".join(flight))
        values.extend(more)
        strings.extend(texts)
    values.extend(attribute_states(tree))  # a component's props serialised in its element's attribute (Astro, Inertia)
    return values, strings


def html_lines(markup: str) -> list[str]:
    """The paragraphs of an HTML fragment, one line each."""
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return []
    return element_lines(root)


def element_lines(root) -> list[str]:
    """The paragraphs of an element, one line each; the element is changed (pass a copy)."""
    for bad in root.xpath(".//script|.//style|.//noscript|.//iframe|.//figcaption|.//button|.//nav|.//aside|.//form"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    text = root.text_content()
    return [ln for ln in (" ".join(x.split()) for x in text.splitlines()) if _HAS_WORD.search(ln)]


def _is_prose(text: str) -> bool:
    if not text or _URL.fullmatch(text.strip()):
        return False
    n = len(text)
    return (text.count(" ") / n >= MIN_SPACE_SHARE and len(_CODE.findall(text)) / n <= MAX_CODE_SHARE
            and _SENTENCE_END.search(text + " ") is not None)


def text_lines(value: str) -> tuple[list[str], str] | None:
    """A string as article lines, if it is HTML with paragraphs or long prose."""
    if len(value) < MIN_TEXT_CHARS:
        return None
    if _TAG.search(value):
        lines = html_lines(value)
        source = "html-string"
    elif re.search(r"&lt;(?:p|br)\b", value):  # escaped markup
        return text_lines(html.unescape(value))
    else:
        lines = [" ".join(x.split()) for x in value.splitlines() if x.strip()]
        source = "prose-string"
    prose = [ln for ln in lines if _is_prose(ln)]
    chars = sum(map(len, prose))
    if chars < MIN_TEXT_CHARS or not (len(prose) >= MIN_PARAGRAPHS or chars >= MIN_SINGLE_CHARS):
        return None
    return lines, source


def _norm_key(key: str) -> str:
    return re.sub(r"[^a-z]", "", key.lower())


def _element_type(d: dict) -> str:
    for k in ("type", "_type", "__typename", "kind", "blockType", "nodeType", "tag"):
        v = d.get(k)
        if isinstance(v, str):
            return _norm_key(v)
    return ""


def _element_text(d: dict, depth: int = 0) -> str:
    """The text one content element holds: its longest string, or the texts of its children."""
    best = ""
    if depth > MAX_WALK_DEPTH:
        return best
    for k, v in d.items():
        if isinstance(v, str) and k not in _NOT_TEXT_KEYS and len(v) > len(best):
            best = v
        elif isinstance(v, dict) and not best:
            inner = _element_text(v, depth + 1)
            best = inner if len(inner) > len(best) else best
        elif isinstance(v, list) and all(isinstance(x, dict) for x in v) and v:
            joined = "".join(_element_text(x, depth + 1) for x in v)
            best = joined if len(joined) > len(best) else best
    return best


def _element_lines(items: list) -> list[str] | None:
    """A list of typed content elements (Arc's content_elements, block editors) joined in order."""
    typed = [d for d in items if isinstance(d, dict) and _element_type(d)]
    if len(typed) < MIN_PARAGRAPHS:
        return None
    texts = [d for d in typed if _element_type(d) in TEXT_ELEMENT_TYPES]
    if len(texts) < MIN_PARAGRAPHS:
        return None
    lines: list[str] = []
    for d in texts:
        value = _element_text(d)
        if _TAG.search(value) or "<" in value and ">" in value:
            lines.extend(html_lines(value))
        else:
            lines.extend(ln for ln in (" ".join(x.split()) for x in value.splitlines()) if ln)
    prose = [ln for ln in lines if _is_prose(ln)]
    chars = sum(map(len, prose))
    if chars < MIN_TEXT_CHARS or len(prose) < MIN_PARAGRAPHS:
        return None
    return lines


@dataclass
class _Candidate:
    lines: list[str]
    source: str
    holder: dict | None
    parents: list


def _walk(value, parents: list, out: list[_Candidate], budget: list[int], depth: int = 0) -> None:
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_WALK_DEPTH:
        return
    if isinstance(value, dict):
        for v in value.values():
            if isinstance(v, str) and (inner := _json_in_string(v)) is not None:
                _walk(inner, parents + [value], out, budget, depth + 1)  # an API response's body kept as its text
            elif isinstance(v, str):
                if (found := text_lines(v)) is not None:
                    out.append(_Candidate(found[0], found[1], value, parents))
            else:
                _walk(v, parents + [value], out, budget, depth + 1)
    elif isinstance(value, list):
        if (lines := _element_lines(value)) is not None:
            out.append(_Candidate(lines, "content-elements", parents[-1] if parents else None, parents[:-1]))
        elif (lines := _string_paragraphs(value)) is not None:
            out.append(_Candidate(lines, "paragraph-strings", parents[-1] if parents else None, parents[:-1]))
        for v in value:
            if isinstance(v, str):
                if (found := text_lines(v)) is not None:
                    out.append(_Candidate(found[0], found[1], parents[-1] if parents else None, parents[:-1]))
            else:
                _walk(v, parents, out, budget, depth + 1)


def _json_in_string(value: str):
    """The object or array a string holds as JSON text (SvelteKit's fetched responses, a cached API body), or None."""
    value = value.strip()
    if len(value) < MIN_TEXT_CHARS or value[:1] not in "{[" or value[-1:] not in "}]":
        return None
    parsed = _loads(value)
    return parsed if isinstance(parsed, (dict, list)) else None


def _string_paragraphs(items: list) -> list[str] | None:
    """A list of plain strings that are the article's paragraphs in order (`paragraphs: ["…", "…"]`), as lines."""
    if len(items) < MIN_PARAGRAPHS or not all(isinstance(x, str) for x in items):
        return None
    found = text_lines("\n".join(items))
    return found[0] if found is not None and found[1] == "prose-string" else None


def _first_string(v) -> str | None:
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, dict):
        for k in ("basic", "main", "default", "text", "name", "value"):
            if isinstance(v.get(k), str) and v[k].strip():
                return v[k].strip()
        return next((x.strip() for x in v.values() if isinstance(x, str) and x.strip()), None)
    if isinstance(v, list) and v:
        return _first_string(v[0])
    return None


def _names(v) -> list[str]:
    if isinstance(v, str):  # credits written 'Outlet = Name' keep the name
        v = v.rsplit("=", 1)[-1].strip()
        return [v] if v else []
    if isinstance(v, list):
        return [n for x in v for n in _names(x)]
    if isinstance(v, dict):
        for k in ("name", "byline", "by", "displayName", "fullName"):
            if k in v:
                return _names(v[k])
    return []


_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _emails(v) -> list[str]:
    """E-mail addresses held in an author value (`{"name": ..., "email": ...}` or a list of them)."""
    if isinstance(v, list):
        return [e for x in v for e in _emails(x)]
    if isinstance(v, dict):
        return [x.strip() for k, x in v.items() if "mail" in _norm_key(k) and isinstance(x, str)
                and _EMAIL.match(x.strip())]
    return []


def iso_date(value) -> str | None:
    """A date value of script data as ISO 8601 text: '2026-01-15 10:30', '20260115103000', epoch seconds or ms."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > EPOCH_SECONDS[1] else value
        if not EPOCH_SECONDS[0] <= seconds <= EPOCH_SECONDS[1]:
            return None
        return datetime.fromtimestamp(seconds, timezone.utc).isoformat(timespec="seconds")
    if not isinstance(value, str) or not (m := _DATE_VALUE.match(value.strip())):
        return None
    y, mo, d, hh, mm, ss, tz = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    out = f"{y}-{mo}-{d}"
    if hh is not None:
        out += f"T{hh}:{mm}:{ss or '00'}"
        if tz:
            out += "+00:00" if tz == "Z" else f"{tz[:3]}:{tz[-2:]}"
    return out


def _with_grouped_dates(d: dict):
    """The object's fields, and the fields of an object that groups its dates (`"dates": {"created": …,
    "updated": …}`, `"timestamps": {…}`): a group of scalars only, read as if they stood beside the text."""
    for k, v in d.items():
        if isinstance(v, dict) and v and all(isinstance(x, (str, int, float)) for x in v.values()) \
                and any(iso_date(x) for x in v.values()):
            yield from v.items()
        else:
            yield k, v


def _author_email_key(key: str) -> bool:
    """A field naming the writer's address beside the writer's name ('writerEmail', 'author_email', 'reporterMail')."""
    stem = key.removesuffix("email") if key.endswith("email") else key.removesuffix("mail")
    return stem != key and stem in _AUTHOR_KEYS


def _beside(holders: list[dict]) -> dict:
    """Title, subtitle, dates and authors in the object that holds the article text (or its parents)."""
    out: dict = {}
    for d in holders:
        if not isinstance(d, dict):
            continue
        for k, v in _with_grouped_dates(d):
            key = _norm_key(k)
            if "title" not in out and key in _TITLE_KEYS and (s := _first_string(v)) and len(s) <= 300:
                out["title"] = s
            elif "subtitle" not in out and key in _SUBTITLE_KEYS and (s := _first_string(v)) and len(s) <= 500:
                out["subtitle"] = s
            elif "authors" not in out and key in _AUTHOR_KEYS and (names := [n for n in _names(v) if len(n) <= 80]):
                out["authors"] = names
                if emails := _emails(v):
                    out["emails"] = emails
            elif "emails" not in out and _author_email_key(key) and isinstance(v, str) and _EMAIL.match(v.strip()):
                out["emails"] = [v.strip()]  # '"writer": "홍길동", "writerEmail": "hong@…"': the address beside the name
            elif (when := iso_date(v)) is not None:
                if any(h in key for h in _UPDATE_HINTS):
                    out.setdefault("updated", when)
                elif (rank := next((i for i, h in enumerate(_DATE_HINTS) if h in key), None)) is not None:
                    if rank < out.get("published_rank", len(_DATE_HINTS)):
                        out["published"], out["published_rank"] = when, rank
        if len(out.keys() - {"emails"}) >= 4:
            break
    return out


# A normalised client cache (Apollo, Relay, urql's graphcache, Redux with normalizr) keeps each record once under its
# key and writes every nested record as a reference to that key: `{"__ref": "Reporter:7"}` (Apollo 3, Relay),
# `{"__refs": [...]}` (Relay lists), `{"type": "id", "id": "Reporter:7"}` (Apollo 2), or, under normalizr's
# `entities` tables, the bare id in the field (`"author": "7"` with the record in `entities.authors["7"]`).
# The writer, the section and the tags of an article are such references; they are read through them.
_REF_KEYS = ("__ref", "__refs")
MAX_RESOLVE_DEPTH = 12


def _records(value, out: dict, budget: list[int], depth: int = 0) -> None:
    """Every object of the value that sits under a key, by that key (the records a reference can name)."""
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_WALK_DEPTH:
        return
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for k, v in items:
        if isinstance(v, dict) and isinstance(k, str):
            out.setdefault(k, v)
        if isinstance(v, (dict, list)):
            _records(v, out, budget, depth + 1)


def _reference(d: dict) -> str | list | None:
    """The key(s) a reference object names, or None when the object is a record of its own."""
    for k in _REF_KEYS:
        if k in d and len(d) <= 2 and isinstance(d[k], (str, list)):
            return d[k]
    if d.get("type") == "id" and isinstance(d.get("id"), str) and set(d) <= {"type", "id", "generated", "typename"}:
        return d["id"]
    return None


def _entity_tables(value) -> dict | None:
    """normalizr's `entities`: a dict of tables, each a dict of records by id."""
    if isinstance(value, dict):
        ent = value.get("entities")
        if isinstance(ent, dict) and ent and all(isinstance(t, dict) for t in ent.values()) \
                and any(isinstance(r, dict) for t in ent.values() for r in t.values()):
            return ent
    return None


def _entity_table_for(field: str, ids: list[str], tables: dict, own: str | None, by_name_only: bool) -> dict | None:
    """The table a field's bare ids name: by the field's name (`author` → `authors`), else (string ids only: a
    number may be a count) the one other table holding every id."""
    key = _norm_key(field)
    for name, table in tables.items():
        n = _norm_key(name)
        if n in (key, key + "s", key + "es") or (key.endswith("s") and n == key[:-1]):
            if all(i in table for i in ids):
                return table
    if by_name_only:
        return None
    holding = [t for name, t in tables.items() if name != own and all(i in t for i in ids)]
    return holding[0] if len(holding) == 1 else None


def resolve_references(value):
    """The value with the references of a normalised client cache replaced by the records they name."""
    records: dict = {}
    _records(value, records, [MAX_WALK_NODES])
    return _resolved(value, records, [MAX_WALK_NODES], 0, None, None)


def _resolved(value, records: dict, budget: list[int], depth: int, tables: dict | None, own: str | None):
    budget[0] -= 1
    if depth > MAX_RESOLVE_DEPTH or budget[0] < 0 or not isinstance(value, (dict, list)):
        return value
    if isinstance(value, list):
        return [_resolved(v, records, budget, depth + 1, tables, own) for v in value]
    if (ref := _reference(value)) is not None:
        found = [records[k] for k in (ref if isinstance(ref, list) else [ref]) if isinstance(k, str) and k in records]
        if not found:
            return value
        found = [_resolved(r, records, budget, depth + 1, tables, own) for r in found]
        return found if isinstance(ref, list) else found[0]
    if (ent := _entity_tables(value)) is not None:
        return {k: ({name: {i: _resolved(r, records, budget, depth + 1, ent, name) for i, r in table.items()}
                     for name, table in ent.items()} if k == "entities"
                    else _resolved(v, records, budget, depth + 1, tables, own)) for k, v in value.items()}
    out = {}
    for k, v in value.items():
        if tables is not None and k not in _NOT_TEXT_KEYS and (ids := _bare_ids(v)) \
                and (table := _entity_table_for(k, ids, tables, own, by_name_only=not isinstance(v, str))) is not None:
            rows = [_resolved(table[i], records, budget, depth + 1, tables, own) for i in ids]
            out[k] = rows if isinstance(v, list) else rows[0]
        else:
            out[k] = _resolved(v, records, budget, depth + 1, tables, own)
    return out


def _bare_ids(v) -> list[str] | None:
    """A field value that can be normalizr's id(s): a string or number, or a non-empty list of them."""
    items = v if isinstance(v, list) else [v]
    if items and all(isinstance(x, (str, int)) and not isinstance(x, bool) for x in items):
        return [str(x) for x in items]
    return None


def script_article(tree: lxml_html.HtmlElement) -> ScriptArticle | None:
    """The article text held in the page's script data, with the metadata beside it; None when none reads as one."""
    values, strings = script_values(tree)
    found: list[_Candidate] = []
    budget = [MAX_WALK_NODES]
    for v in values:
        _walk(resolve_references(v), [], found, budget)
    for s in strings:
        if (hit := text_lines(s)) is not None:
            found.append(_Candidate(hit[0], hit[1], None, []))
    if not found:
        return None
    best = max(found, key=lambda c: sum(len(ln) for ln in c.lines if _is_prose(ln)))
    holders = ([best.holder] if best.holder is not None else []) + list(reversed(best.parents))[:2]
    meta = _beside(holders)
    return ScriptArticle(lines=best.lines, source=best.source, title=meta.get("title"), subtitle=meta.get("subtitle"),
                         published=meta.get("published"), updated=meta.get("updated"), authors=meta.get("authors", []),
                         emails=meta.get("emails", []))


# Script types that hold markup for a script to put into the page (client-side templates), not code or data.
_CODE_TYPES = ("javascript", "ecmascript", "module", "json", "importmap", "speculationrules")


def _visible_chars(tree: lxml_html.HtmlElement) -> int:
    return sum(len(t.strip()) for t in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))


def inline_templates(tree: lxml_html.HtmlElement) -> bool:
    """Put a lazily shown article body where the reader will see it: a page that ships its article as markup in a
    template script (`text/template`, `text/x-template`, `text/html`, `text/x-handlebars-template`,
    `text/ng-template`, ...) shows only a 'loading' line until its script copies the markup in. A template whose
    markup holds more prose than the whole visible page is that body; it replaces its script element. Smaller
    templates (a comment widget, a card) stay scripts. True when one was put in."""
    done = False
    for s in list(tree.iter("script")):
        kind = (s.get("type") or "").lower()
        text = s.text or ""
        if not kind or any(k in kind for k in _CODE_TYPES) or s.get("src") or len(text) < MIN_SCRIPT_CHARS:
            continue
        if not _TAG.search(text) or (found := text_lines(text)) is None:
            continue
        lines = found[0]
        if sum(len(ln) for ln in lines if _is_prose(ln)) <= _visible_chars(tree):
            continue
        try:
            fragment = lxml_html.fragment_fromstring(text, create_parent="div")
        except (ParserError, ValueError):
            continue
        fragment.tail = s.tail
        s.getparent().replace(s, fragment)
        done = True
    return done


# A body shipped encoded for a script to decode and show (`el.innerHTML = atob(el.dataset.article)`,
# `decodeURIComponent(escape(atob("…")))`, `decodeURIComponent("%EC%…")`): base64 (plain or URL-safe) or
# percent-encoded UTF-8, in a `data-` attribute of the element it fills or in a script's string literal.
MIN_ENCODED_CHARS = 200
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}|[\w.~!*'()+/ -])+")
_ENCODED_LITERAL = re.compile(r"""(["'`])([A-Za-z0-9+/_%%.~!*()=\s-]{%d,})\1""" % MIN_ENCODED_CHARS)


def decoded_text(value: str) -> str | None:
    """The UTF-8 text a base64 or percent-encoded value holds, or None when it holds none (a hash, an image)."""
    value = "".join(value.split())
    if len(value) < MIN_ENCODED_CHARS:
        return None
    raw = None
    if "%" in value and _PERCENT.fullmatch(value):
        raw = unquote_to_bytes(value)
    elif _BASE64.fullmatch(value):
        try:
            raw = base64.b64decode(value.replace("-", "+").replace("_", "/") + "=" * (-len(value) % 4), validate=True)
        except (binascii.Error, ValueError):
            return None
    if raw is None:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def inline_encoded_bodies(tree: lxml_html.HtmlElement) -> bool:
    """Put an encoded article body where its script would show it: a `data-` attribute's value, or a script's string
    literal, that decodes to more prose than the whole visible page (a page without script shows a 'turn on
    JavaScript' line and nothing else). The body goes into the element whose attribute held it, or in place of the
    script. True when one was put in."""
    done = False
    visible = None
    for el in list(tree.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "script":
            texts = [m.group(2) for m in _ENCODED_LITERAL.finditer(el.text or "")] if not el.get("src") else []
        else:
            texts = [v for k, v in el.attrib.items() if k.startswith("data-") and len(v) >= MIN_ENCODED_CHARS]
        for value in texts:
            if (decoded := decoded_text(value)) is None or (found := text_lines(decoded)) is None:
                continue
            visible = _visible_chars(tree) if visible is None else visible
            if sum(len(ln) for ln in found[0] if _is_prose(ln)) <= visible:
                continue
            try:
                fragment = lxml_html.fragment_fromstring(decoded, create_parent="div")
            except (ParserError, ValueError):
                continue
            if el.tag == "script":
                fragment.tail = el.tail
                el.getparent().replace(el, fragment)
            else:
                for child in list(el):
                    if child.tag in ("script", "noscript"):
                        el.remove(child)
                el.insert(0, fragment)
            done = True
            visible = None
            break
    return done


# A React server component payload (Next.js App Router's `self.__next_f.push([1, "…"])` rows, and any stream of
# `id:value` rows in that wire format): elements are arrays `["$", type, key, props]`, `props.children` their
# content; a type that is a tag name is an HTML element, `$L<id>` / `L<id>` a reference to another row (a lazy
# part, or a client component whose string props are what it shows: '입력' and the time beside it).
_FLIGHT_ROW = re.compile(r"(?:^|\n)([0-9a-f]{1,8}):(?=[\[{\"])")
_ROW_REFERENCE = re.compile(r"\$?L?([0-9a-f]{1,8})")
_HTML_TAG_NAME = re.compile(r"[a-z][a-z0-9]*")
_NOT_RENDERED = ("script", "style", "noscript", "template", "link", "meta")
MAX_RENDER_DEPTH = 60


def _flight_rows(tree: lxml_html.HtmlElement) -> dict[str, object]:
    """The JSON rows of the page's server-component payload, by row id."""
    chunks = []
    for s in tree.iter("script"):
        for c in _NEXT_FLIGHT.findall(s.text or ""):
            try:
                chunks.append(json.loads(c))
            except ValueError:
                continue
    payload = "".join(chunks)
    rows: dict[str, object] = {}
    for m in _FLIGHT_ROW.finditer(payload):
        value, end = _decode_at(payload, m.end())
        if end > m.end():
            rows[m.group(1)] = value
    return rows


def _rendered(value, rows: dict[str, object], depth: int = 0) -> str:
    """A server-component value as the markup it renders to."""
    if depth > MAX_RENDER_DEPTH:
        return ""
    if isinstance(value, str):
        if value.startswith("$") and (m := _ROW_REFERENCE.fullmatch(value)) and m.group(1) in rows:
            return _rendered(rows[m.group(1)], rows, depth + 1)
        return "" if value.startswith("$") else html.escape(value)
    if not isinstance(value, list):
        return ""
    if len(value) == 4 and value[0] == "$" and isinstance(value[1], str):
        kind, props = value[1], value[3] if isinstance(value[3], dict) else {}
        if _HTML_TAG_NAME.fullmatch(kind):
            if kind in _NOT_RENDERED:
                return ""
            cls = props.get("className")
            attr = f' class="{html.escape(cls)}"' if isinstance(cls, str) else ""
            return f"<{kind}{attr}>{_rendered(props.get('children'), rows, depth + 1)}</{kind}>"
        if (m := _ROW_REFERENCE.fullmatch(kind)) and m.group(1) in rows and rows[m.group(1)] is not value:
            return _rendered(rows[m.group(1)], rows, depth + 1)
        shown = [html.escape(v) for k, v in props.items() if isinstance(v, str) and k != "className"]
        inner = _rendered(props.get("children"), rows, depth + 1)
        return f"<span>{' '.join(shown)}{inner}</span>"  # a client component: the strings it is given to show
    return "".join(_rendered(v, rows, depth + 1) for v in value)


def inline_flight_markup(tree: lxml_html.HtmlElement) -> bool:
    """Put a server-rendered article where the reader sees it: an App Router page streams its article as
    component rows in scripts while its HTML holds only a skeleton ('불러오는 중'). The rendered row with the most
    prose, when it holds more than the whole visible page, takes the place of the page's <main> content (or joins
    the body). True when one was put in."""
    rows = _flight_rows(tree)
    best, best_chars = None, 0
    for value in rows.values():
        if not (isinstance(value, list) and value[:1] == ["$"]):
            continue
        markup = _rendered(value, rows)
        found = text_lines(markup) if _TAG.search(markup) else None
        chars = sum(len(ln) for ln in found[0] if _is_prose(ln)) if found else 0
        if chars > best_chars:
            best, best_chars = markup, chars
    if best is None or best_chars <= _visible_chars(tree):
        return False
    try:
        fragment = lxml_html.fragment_fromstring(best, create_parent="div")
    except (ParserError, ValueError):
        return False
    holder = next(iter(tree.xpath("//main")), None)
    if holder is not None:
        for child in list(holder):
            holder.remove(child)
        holder.text = None
        holder.append(fragment)
    elif (body := tree.find(".//body")) is not None:
        body.append(fragment)
    else:
        return False
    return True
