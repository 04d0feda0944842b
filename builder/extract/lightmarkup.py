"""Articles kept as lightweight markup or a record format: a text whose header says what the article is.

Note-taking apps, documentation tools and crawlers save an article as plain text with a header of fields, each
format by its own convention: reStructuredText's over/underlined title and `:Field: value` docinfo list, Org-mode's
`#+KEY: value` lines, `:PROPERTIES:` drawer and `term :: value` items, AsciiDoc's `= Title` and `:attr: value`
lines, Pandoc's `% title` block, YAML or TOML front matter (`---`/`+++` fenced) or a whole YAML/TOML mapping whose
body is a `|` block, and the `Key: value` header lines of MultiMarkdown or an exported record. Each convention is
read into one record ({field name: value, "body": text}); which field holds what is then decided by the record
table (`records.toml`), as for a JSON or CSV record, so the same names mean the same in every format.

The conventions are data (`CONVENTIONS`): a reader returns None when the text is not in its format, and the text
is then a plain dump. A convention's furniture (directives, drawers, comments, a capture's trailing notes) is no body.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from datetime import date, datetime

import yaml
from lxml import etree

from builder.extract.markdown import plain, without_templates
from builder.extract.records import _field_keys, _key, _value, json_document, table

# -- shared ------------------------------------------------------------------------------------------------------
# A field's name: ASCII words or Hangul (`Author`, `site_name`, `기자`, `작성 일시`), short.
_FIELD_NAME = r"[A-Za-z가-힣][\w가-힣 .\-]{0,30}"
_HEADER_LINE = re.compile(rf"(?P<key>{_FIELD_NAME}?)\s*[:：]\s+(?P<value>\S.*)|(?P<bare>{_FIELD_NAME}?)\s*[:：]\s*$")
# Header lines make a header only when at least this many of them name fields the record table knows.
MIN_KNOWN_FIELDS = 2
# A header is looked for in the first lines only.
MAX_HEADER_LINES = 60


def _known(key: str) -> bool:
    """A field name the record table (`records.toml`) maps to an article's field, or names as a fetch date."""

    k = _key(key)
    return any(k in keys for keys in _field_keys().values()) or k in {_key(n) for n in table()["fields"]["not_article_dates"]}


def _plain_value(value: object) -> object:
    """A value JSON can hold: a YAML/TOML date or time as ISO text, containers walked."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    return value


def _paragraphs(lines: list[str]) -> str:
    """Lines as paragraphs: a blank line ends one, lines wrapped inside one are joined."""
    out: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    return "\n".join(out)


def _drop_title(lines: list[str], title: str | None) -> list[str]:
    """The body without a heading that repeats the title (it is the page's headline, not a line of the text)."""
    if not title:
        return lines
    return [ln for ln in lines if ln.strip() != title.strip()]


# -- YAML / TOML: a whole mapping, or front matter over a text -----------------------------------------------------
def _mapping(text: str, kind: str) -> dict | None:
    try:
        if kind == "toml":
            value = tomllib.loads(text)
        else:
            value = yaml.safe_load(text)
    except Exception:  # noqa: BLE001  any parse error: not in this format
        return None
    return value if isinstance(value, dict) else None


def whole_mapping(text: str) -> dict | None:
    """A YAML or TOML file that is one mapping of an article's fields, its text in a field (`body: |`)."""
    if not re.search(rf"^{_FIELD_NAME}\s*[:=]", text, re.M):
        return None
    for kind in ("yaml", "toml"):
        record = _mapping(text, kind)
        if record and sum(_known(str(k)) for k in record) >= MIN_KNOWN_FIELDS and _has_text_field(record):
            return record
    return None


def _has_text_field(record: dict) -> bool:

    body = _value(record, "body")
    return isinstance(body, str) and bool(body.strip())


_FENCES = {"---": "yaml", "+++": "toml"}


def front_matter(text: str) -> dict | None:
    """YAML (`---`) or TOML (`+++`) front matter over the article's text (a static-site generator's source)."""
    lines = text.splitlines()
    fence = lines[0].strip() if lines else ""
    if fence not in _FENCES:
        return None
    end = next((i for i, ln in enumerate(lines[1:MAX_HEADER_LINES + 1], 1) if ln.strip() in (fence, "...")), None)
    if end is None:
        return None
    record = _mapping("\n".join(lines[1:end]), _FENCES[fence])
    if not record or sum(_known(str(k)) for k in record) < 1:
        return None

    record = dict(record)
    credits, text_lines = mdx_parts(without_templates("\n".join(lines[end + 1:])).splitlines())
    if credits.pop("_byline", None):
        record = {k: v for k, v in record.items() if _key(str(k)) not in _CREDIT_KEYS}  # (the CMS user who filed it)
    for key, value in credits.items():
        record.setdefault(key, value)
    body = [plain(ln) for ln in text_lines]
    record["body"] = _paragraphs(_drop_title(body, str(record.get("title") or "")))
    return record


# -- MDX: Markdown with JavaScript module lines and JSX components ---------------------------------------------------
# A post in MDX (`.mdx`) imports components and exports values (`import { Byline } from '…'`, `export const meta =
# { outlet: '…' }`) and sets components among its paragraphs: a credit component whose attributes are the byline
# (`<Byline name="…" email="…" outlet="…" />`: it names the writer the page shows, over the front matter's author,
# the CMS user who filed it), and widgets (figures, ads, sign-up boxes, related lists) that are no text. A component's
# name is capitalised, an HTML element's is not.
_ESM_LINE = re.compile(r"(?:import|export)\s+(?:\{|\*|default\b|const\b|let\b|var\b|function\b|[A-Za-z_$][\w$]*\s*(?:,|from\b))|import\s+['\"]")
_COMPONENT_OPEN = re.compile(r"\s*<(?P<name>[A-Z][\w.]*)(?=[\s/>]|$)")
_ATTRIBUTE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|\{\s*[\"'](?P<braced>[^\"']*)[\"']\s*\})")
_OBJECT_PAIR = re.compile(r"(?P<key>[A-Za-z_][\w]*)\s*:\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')")
# Components that carry the byline, and their attributes as record fields (names compared lower-cased).
_CREDIT_COMPONENTS = {"byline", "author", "authorcard", "authorbox", "authorinfo", "writer", "reporter", "credit",
                      "credits", "reporterbox"}
_CREDIT_ATTRIBUTES = {"name": "authors", "author": "authors", "reporter": "authors", "writer": "authors",
                      "email": "emails", "mail": "emails", "outlet": "outlet", "publication": "outlet",
                      "publisher": "outlet", "press": "outlet", "published": "published", "date": "published"}
_CREDIT_KEYS = frozenset({"author", "authors", "byline", "by", "writer", "writers", "reporter", "reporters",
                          "creator", "author_name"})
# Fields an exported object may give the post (`export const meta = { outlet: '…' }`).
_EXPORTED_FIELDS = {"outlet": "outlet", "publication": "outlet", "publisher": "outlet", "press": "outlet",
                    "author": "authors", "email": "emails"}


def _balanced_end(lines: list[str], i: int, opening: str = "{[(", closing: str = "}])") -> int:
    """The index of the line where the statement opening at lines[i] closes its brackets (at most 40 lines on)."""
    depth = 0
    for j in range(i, min(len(lines), i + 40)):
        depth += sum(lines[j].count(c) for c in opening) - sum(lines[j].count(c) for c in closing)
        if depth <= 0:
            return j
    return i


def _attribute_value(m: re.Match) -> str:
    return next(v for v in (m.groupdict().get(k) for k in ("dq", "sq", "braced")) if v is not None)


def mdx_parts(lines: list[str]) -> tuple[dict, list[str]]:
    """(the byline fields a post's components and exports give, the text lines without its module lines and
    components); a post with neither as it is. `_byline` is set when a credit component named the writer."""
    fields: dict = {}
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _ESM_LINE.match(line):
            end = _balanced_end(lines, i)
            for m in _OBJECT_PAIR.finditer(" ".join(lines[i:end + 1])):
                if field := _EXPORTED_FIELDS.get(m.group("key").lower()):
                    fields.setdefault(field, [] if field in ("authors", "emails") else _attribute_value(m))
                    if field in ("authors", "emails"):
                        fields[field].append(_attribute_value(m))
            i = end + 1
            continue
        if m := _COMPONENT_OPEN.match(line):
            name = m.group("name")
            closing = re.compile(rf"/>\s*$|</{re.escape(name)}\s*>")
            end = next((j for j in range(i, min(len(lines), i + 40)) if closing.search(lines[j])), i)
            element = " ".join(lines[i:end + 1])
            if name.lower() in _CREDIT_COMPONENTS:
                for a in _ATTRIBUTE.finditer(element[:element.find(">") + 1] if ">" in element else element):
                    field = _CREDIT_ATTRIBUTES.get(a.group("key").lower())
                    value = _attribute_value(a).strip()
                    if not field or not value:
                        continue
                    if field in ("authors", "emails"):
                        fields.setdefault(field, [])
                        if value not in fields[field]:
                            fields[field].append(value)
                        fields["_byline"] = fields.get("_byline") or field == "authors"
                    else:
                        fields[field] = value
            i = end + 1
            continue
        kept.append(line)
        i += 1
    return fields, kept


# -- Org-mode ------------------------------------------------------------------------------------------------------
_ORG_KEYWORD = re.compile(r"#\+(?P<key>\w+)\s*:\s*(?P<value>.*)")
_ORG_HEADING = re.compile(r"(?P<stars>\*+)\s+(?P<text>.*?)(?:\s+:[\w@#%:]+:)?\s*$")
_ORG_PROPERTY = re.compile(r"\s*:(?P<key>[\w-]+):\s*(?P<value>.*)")
_ORG_DESCRIPTION = re.compile(rf"\s*[-+]\s+(?P<key>{_FIELD_NAME}?)\s+::\s+(?P<value>.+)")
_ORG_LINK = re.compile(r"\[\[(?P<target>[^\]]+)\](?:\[(?P<text>[^\]]+)\])?\]")
_ORG_BLOCK = re.compile(r"\s*#\+begin_(?P<kind>\w+)", re.I)
_ORG_LIST_ITEM = re.compile(r"\s*(?:[-+]|\d+[.)])\s+")
# Blocks whose content is no article text: code, examples, comments.
_ORG_DROPPED_BLOCKS = {"src", "example", "comment"}


def _org_link_text(value: str) -> str:
    return _ORG_LINK.sub(lambda m: m["text"] or m["target"], value).strip()


def org(text: str) -> dict | None:
    """An Org-mode file: `#+KEY:` lines, heading, `:PROPERTIES:` drawer, `term :: value` items, the text.

    A capture's trailing subtree that holds only list items (the user's own to-dos and notes) is no body.
    """
    lines = text.splitlines()
    if sum(bool(_ORG_KEYWORD.match(ln)) for ln in lines[:MAX_HEADER_LINES]) < MIN_KNOWN_FIELDS \
            and not any(ln.strip().upper() == ":PROPERTIES:" for ln in lines[:MAX_HEADER_LINES]):
        return None
    record: dict[str, object] = {}
    body: list[str] = []
    sections: list[tuple[int, list[str]]] = [(0, body)]
    in_drawer = False
    dropped_block = None
    for line in lines:
        stripped = line.strip()
        if dropped_block:
            if stripped.lower().startswith(f"#+end_{dropped_block}"):
                dropped_block = None
            continue
        if in_drawer:
            if stripped.upper() == ":END:":
                in_drawer = False
            elif m := _ORG_PROPERTY.match(line):
                record.setdefault(m["key"].lower(), _org_link_text(m["value"]))
            continue
        if re.fullmatch(r":[\w-]+:", stripped):  # a drawer opens (:PROPERTIES:, :LOGBOOK:)
            in_drawer = True
            continue
        if m := _ORG_BLOCK.match(line):
            if m["kind"].lower() in _ORG_DROPPED_BLOCKS:
                dropped_block = m["kind"].lower()
            continue
        if m := _ORG_KEYWORD.match(line):
            record.setdefault(m["key"].lower(), _org_link_text(m["value"]))
            continue
        if stripped.startswith("#") and (stripped == "#" or stripped[1:2] == " "):
            continue  # a comment line
        if m := _ORG_HEADING.fullmatch(line):
            level = len(m["stars"])
            record.setdefault("title", _org_link_text(m["text"]))
            sections.append((level, [_org_link_text(m["text"])]))
            continue
        if (m := _ORG_DESCRIPTION.fullmatch(line)) and _known(m["key"]):
            record.setdefault(m["key"].strip(), _org_link_text(m["value"]))
            continue
        sections[-1][1].append(_org_link_text(line))
    while len(sections) > 1 and sections[-1][0] > 1 and _only_list_items(sections[-1][1][1:]):
        sections.pop()  # the capture's notes: a sub-heading over list items only
    text_lines = [ln for _level, section in sections for ln in section]
    record["body"] = _paragraphs(_drop_title(text_lines, str(record.get("title") or "")))
    return record


def _only_list_items(lines: list[str]) -> bool:
    filled = [ln for ln in lines if ln.strip()]
    return bool(filled) and all(_ORG_LIST_ITEM.match(ln) for ln in filled)


# -- reStructuredText ----------------------------------------------------------------------------------------------
# A section adornment: one punctuation character repeated (at least 3 times) over and/or under the title.
_RST_ADORNMENT = re.compile(r"([=\-~^*#\"+'`:.<>_])\1{2,}\s*")
_RST_FIELD = re.compile(r":(?P<key>[^:`]{1,40}):\s*(?P<value>.*)")
_RST_DIRECTIVE = re.compile(r"\.\.\s+(?:[\w:-]+::|_[^:]*:|\[[^\]]*\]|\|[^|]*\|)?")
_RST_INLINE = (
    (re.compile(r"`(?P<text>[^`<]+?)\s*<[^>]+>`_{1,2}"), "text"),
    (re.compile(r"``(?P<text>[^`]+)``"), "text"),
    (re.compile(r"\*\*(?P<text>[^*]+)\*\*"), "text"),
    (re.compile(r"(?<![\w*])\*(?P<text>[^*]+)\*(?![\w*])"), "text"),
    (re.compile(r"`(?P<text>[^`]+)`_{0,2}"), "text"),
)


def _rst_inline(line: str) -> str:
    for pattern, group in _RST_INLINE:
        line = pattern.sub(lambda m: m[group], line)
    return line


def rst(text: str) -> dict | None:
    """A reStructuredText file: the over/underlined title, the docinfo field list under it, the text; directives,
    comments and link targets (`.. name::` with their indented block) are no body."""
    lines = text.splitlines()
    title = None
    start = 0
    for i, line in enumerate(lines[:MAX_HEADER_LINES]):
        if not line.strip():
            continue
        if _RST_ADORNMENT.fullmatch(line) and i + 1 < len(lines) and lines[i + 1].strip() \
                and i + 2 < len(lines) and _RST_ADORNMENT.fullmatch(lines[i + 2]):
            title, start = lines[i + 1].strip(), i + 3  # overline, title, underline
        elif i + 1 < len(lines) and _RST_ADORNMENT.fullmatch(lines[i + 1]) and not _RST_ADORNMENT.fullmatch(line):
            title, start = line.strip(), i + 2  # title, underline
        break
    record: dict[str, object] = {}
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and (m := _RST_FIELD.fullmatch(lines[i].strip())) and not lines[i][:1].isspace():
        record.setdefault(m["key"].strip().lower(), _rst_inline(m["value"].strip()))
        i += 1
    if title is None:
        return None
    record["title"] = _rst_inline(title)
    body: list[str] = []
    in_directive = False
    for line in lines[i:]:
        if in_directive:
            if not line.strip() or line[:1].isspace():
                continue
            in_directive = False
        if _RST_DIRECTIVE.match(line):
            in_directive = True
            continue
        if _RST_ADORNMENT.fullmatch(line):
            body.append("")  # a section's adornment: its title stays a line of its own
            continue
        body.append(_rst_inline(line))
    record["body"] = _paragraphs(body)
    return record


# -- AsciiDoc ------------------------------------------------------------------------------------------------------
_ADOC_TITLE = re.compile(r"=\s+(?P<title>\S.*)")
_ADOC_ATTRIBUTE = re.compile(r":(?P<key>[\w-]+):\s*(?P<value>.*)")
_ADOC_AUTHOR = re.compile(r"(?P<name>[^<>:=\d][^<>:]*?)\s*(?:<(?P<email>[^>]+)>)?")
_ADOC_REVISION = re.compile(r"v?[\d.]+\s*,\s*(?P<date>[^:]+?)(?::.*)?|(?P<bare>\d{4}-\d{2}-\d{2}.*)")


def asciidoc(text: str) -> dict | None:
    """An AsciiDoc file: `= Title`, then the author line (`Name <email>`), the revision line (`v1, date`) and
    `:attribute: value` lines, then the text; block delimiters, attribute lists and `//` comments are no body."""
    lines = text.splitlines()
    first = next((i for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("//")), None)
    if first is None or not (m := _ADOC_TITLE.fullmatch(lines[first].strip())):
        return None
    record: dict[str, object] = {"title": m["title"].strip()}
    i = first + 1
    header_lines = 0
    while i < len(lines) and lines[i].strip():
        line = lines[i].strip()
        if a := _ADOC_ATTRIBUTE.fullmatch(line):
            record.setdefault(a["key"].lower(), a["value"].strip())
        elif header_lines == 0 and (a := _ADOC_AUTHOR.fullmatch(line)):
            record.setdefault("author", a["name"].strip())
            if a["email"]:
                record.setdefault("email", a["email"].strip())
        elif header_lines == 1 and (r := _ADOC_REVISION.fullmatch(line)):
            record.setdefault("date", (r["date"] or r["bare"]).strip())
        header_lines += 1
        i += 1
    if len(record) < 1 + MIN_KNOWN_FIELDS - 1 or not any(_known(k) for k in record if k != "title"):
        return None
    body = [ln for ln in lines[i:] if not re.fullmatch(r"\s*(?://.*|\[[^\]]*\]|[=\-.*_+]{4,}|:[\w-]+:.*)", ln)]
    record["body"] = _paragraphs([re.sub(r"^=+\s+", "", ln) for ln in body])
    return record


# -- LaTeX and other TeX-like manuscripts -------------------------------------------------------------------------
_TEX_PREAMBLE = re.compile(r"\\(?:documentclass|begin\{document\}|title\{|maketitle)\b")
_TEX_FIELDS = ("title", "author", "date", "subtitle")
_TEX_DROPPED = re.compile(r"\\(?:thanks|footnote|label|index|marginpar|vspace|hspace)\*?\{")
_TEX_QUOTES = (("``", "\u201c"), ("''", "\u201d"), ("`", "\u2018"), ("\\\\", "\n"), ("\\&", "&"),
               ("\\%", "%"), ("\\$", "$"), ("\\#", "#"), ("\\_", "_"), ("--", "\u2013"))


_TEX_SMALL_PRINT = re.compile(r"\s*(?:\\noindent\s*)?\\(?:small|footnotesize|scriptsize|tiny)\b")
_COPYRIGHT_HOLDER = re.compile(r"(?:ⓒ|©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?P<holder>[^\s.,(]{2,30})", re.I)


def _braced(text: str, start: int) -> tuple[str, int]:
    """The group opening at text[start] ('{'): its content and the index after its closing brace."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif text[i] == "}" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
    return text[start + 1:], len(text)


def _tex_plain(text: str) -> str:
    """TeX source as the words it prints: notes (`\\thanks`, `\\footnote`) dropped, a command's argument kept
    (`\\textbf{x}` → x, `\\href{url}{x}` → x), other commands and braces dropped, TeX quotes as quote marks."""
    while m := _TEX_DROPPED.search(text):
        _, end = _braced(text, m.end() - 1)
        text = text[:m.start()] + text[end:]
    text = re.sub(r"\\href\{[^{}]*\}", "", text)
    text = re.sub(r"\\(?:[A-Za-z]+\*?)(?:\[[^\]]*\])?", "", text)
    for tex, shown in _TEX_QUOTES:
        text = text.replace(tex, shown)
    text = re.sub(r"(?<!\d)~|~(?!\d)", " ", text)  # a tie is a space; between numbers '~' is a range (3~4)
    return re.sub(r"[{}]", "", text)


def latex(text: str) -> dict | None:
    """A LaTeX (or XeLaTeX, kotex) manuscript: `\\title{}`, `\\author{}`, `\\date{}` in the preamble, the text
    between `\\begin{document}` and `\\end{document}`. Comments, commands, environments' markers, footnotes,
    `\\thanks{}` notes and layout lines are no body; the e-mail in the author's note is the author's, and the
    holder named in the small-print colophon is the outlet."""
    source = "\n".join(re.sub(r"(?<!\\)%.*", "", ln) for ln in text.splitlines())
    if not _TEX_PREAMBLE.search(source):
        return None
    record: dict[str, object] = {}
    for key in _TEX_FIELDS:
        if m := re.search(rf"\\{key}(?:\[[^\]]*\])?\{{", source):
            value, _ = _braced(source, m.end() - 1)
            if key == "author":
                emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
                if emails:
                    record["email"] = emails[0]
            if plain := " ".join(_tex_plain(value).split()):
                record[key] = plain
    if "title" not in record:
        return None
    begin = source.find("\\begin{document}")
    end = source.find("\\end{document}")
    body = source[begin + len("\\begin{document}"):end if end > begin else None] if begin >= 0 else source
    lines = []
    for line in body.splitlines():
        if re.fullmatch(r"\s*\\(?:maketitle|vfill|newpage|tableofcontents|(?:begin|end)\{\w+\*?\})\s*", line):
            continue  # layout, no text
        if _TEX_SMALL_PRINT.match(line):
            if m := _COPYRIGHT_HOLDER.search(_tex_plain(line)):
                record.setdefault("outlet", m["holder"])
            continue  # the colophon set in small type: the holder's name, no body
        if m := re.match(r"\s*\\(?:sub)*section\*?\{", line):
            heading, _ = _braced(line, m.end() - 1)
            line = heading
        lines.append(_tex_plain(line).strip())
    record["body"] = _paragraphs(lines)
    return record


# -- a troff manuscript (groff `-ms`, `-mm`) --------------------------------------------------------------------------
# A manuscript set with troff macros: request lines open with a dot (`.TL` title, `.AU` writer, `.AI` the writer's
# institution, here the outlet, `.ND`/`.DA` the date to print, `.AB`…`.AE` the abstract, `.PP`/`.LP`/`.P` a paragraph,
# `.SH`/`.NH`/`.H` a heading); `.\"` and `\"` start comments; escapes set fonts (`\fI…\fP`) and characters (`\(em`).
# Layout requests (`.sp`, `.bp`, `.ds`, `.nr`, …) print nothing.
_ROFF_REQUEST = re.compile(r"[.'](?P<name>[A-Za-z][A-Za-z0-9]?)(?:\s+(?P<args>.*))?")
_ROFF_COMMENT = re.compile(r"^[.']\s*\\[\"#].*$|(?<!\\)\\[\"#].*$")
_ROFF_FIELDS = {"TL": "title", "AU": "author", "AI": "outlet", "AB": "subtitle"}
_ROFF_DATES = ("ND", "DA")
_ROFF_PARAGRAPHS = frozenset({"PP", "LP", "P", "IP", "QP", "XP"})
_ROFF_HEADINGS = frozenset({"SH", "NH", "H", "HU"})
_ROFF_ENDS = frozenset({"AE"})
_ROFF_TEXT_ARGS = frozenset({"B", "I", "R", "BI", "IB", "BR", "RB", "IR", "RI", "SM", "LG", "UL"})
_ROFF_SPECIALS = {"em": "\u2014", "en": "\u2013", "lq": "\u201c", "rq": "\u201d", "oq": "\u2018", "cq": "\u2019",
                  "bu": "\u2022", "hy": "-", "mi": "-", "aq": "'", "dq": '"', "co": "\u00a9", "de": "\u00b0"}
_ROFF_ESCAPE = re.compile(r"\\(?:f(?:\[[^\]]*\]|\(..|.)|s[+-]?\d+|\*(?:\[[^\]]*\]|\(..|.)|\((?P<special>..)|\[(?P<named>[^\]]+)\]"
                          r"|(?P<char>[-&e~ c|^0%!]))")
MIN_ROFF_MACROS = 3


def _roff_plain(line: str) -> str:
    """A troff text line as it prints: font and size changes and string calls dropped, special characters shown."""
    def shown(m: re.Match) -> str:
        if m["special"] or m["named"]:
            return _ROFF_SPECIALS.get(m["special"] or m["named"], "")
        return {"-": "-", "e": "\\", "~": " ", " ": " ", "0": " "}.get(m["char"] or "", "")
    return _ROFF_ESCAPE.sub(shown, line).strip()


def _roff_args(args: str | None) -> str:
    return _roff_plain((args or "").strip().strip('"'))


def _roff_field(record: dict, field: str, value: str, first_line: bool) -> None:
    """A macro's line into its field: each `.AU` is one more writer; a title's or an abstract's later lines go on it;
    an institution's later lines (an address) are not its name."""
    if field == "author":
        if first_line:
            record.setdefault("author", []).append(value)
    elif field not in record:
        record[field] = value
    elif not first_line and field in ("title", "subtitle"):
        record[field] = f"{record[field]} {value}"


def troff(text: str) -> dict | None:
    """A troff (`-ms`/`-mm`) manuscript: title, writer, institution and date from their macros, the paragraphs as the
    text; comments, layout requests and escapes are no text."""
    lines = [_ROFF_COMMENT.sub("", ln) if ln.lstrip().startswith((".", "'")) or "\\\"" in ln else ln
             for ln in text.splitlines()]
    requests = [m["name"] for ln in lines if (m := _ROFF_REQUEST.fullmatch(ln.strip()))]
    macros = set(requests) & (set(_ROFF_FIELDS) | set(_ROFF_DATES) | _ROFF_PARAGRAPHS | _ROFF_HEADINGS)
    if len(macros) < MIN_ROFF_MACROS or not macros & _ROFF_PARAGRAPHS or not macros & {"TL", "AU", "NH", "SH", "H"}:
        return None
    record: dict[str, object] = {}
    body: list[str] = []
    field: str | None = None
    seen = set()
    for raw in lines:
        line = raw.strip()
        if request := _ROFF_REQUEST.fullmatch(line):
            name = request["name"]
            field = _ROFF_FIELDS.get(name)
            seen: set[str] = set()
            if name in _ROFF_DATES and (date := _roff_args(request["args"])):
                record.setdefault("date", date)
            elif field and request["args"] and (value := _roff_args(request["args"])):
                _roff_field(record, field, value, first_line=True)
                field = None
            elif name in _ROFF_PARAGRAPHS or name in _ROFF_HEADINGS or name in _ROFF_ENDS:
                body.append("")
            elif name in _ROFF_TEXT_ARGS and request["args"]:
                body.append(_roff_args(request["args"]))
            continue
        if line.startswith((".", "'")):
            continue  # a request with no name we know (`.\\}`, `..`): layout
        if field:
            if plain := _roff_plain(line):
                _roff_field(record, field, plain, first_line=field not in seen)
                seen.add(field)
            continue
        body.append(_roff_plain(line))
    if "title" not in record:
        return None
    record["body"] = _paragraphs(body)
    return record


# -- Pandoc title block --------------------------------------------------------------------------------------------
def pandoc_title_block(text: str) -> dict | None:
    """Pandoc's title block: `% title`, `% author(s)`, `% date` as the first lines."""
    lines = text.splitlines()
    head = []
    for line in lines:
        if not line.startswith("%"):
            break
        head.append(line[1:].strip())
    if len(head) < 2:
        return None
    record: dict[str, object] = dict(zip(("title", "author", "date"), head))
    body = lines[len(head):]

    record["body"] = _paragraphs([plain(ln) for ln in body])
    return record


# -- Gemini gemtext -------------------------------------------------------------------------------------------------
# Gemtext (a Gemini capsule's page, `.gmi`): `#`/`##`/`###` headings, `=> address text` link lines (the capsule's
# navigation: never text), `* ` list items, `> ` quotes and ``` toggles around preformatted text. A news capsule
# heads every page with its name as the `#` heading, links under it, then the article's headline as `##`.
_GEM_LINK = re.compile(r"=>\s*\S+")
_GEM_HEADING = re.compile(r"(?P<level>#{1,3})\s*(?P<text>\S.*)")
_GEM_MARK = re.compile(r"(?:[*>]\s+|>)")


def gemtext(text: str) -> dict | None:
    """A gemtext page: its headline, the capsule's name when a `#` heading stands over it with only links between,
    and its text without the link lines and markers."""
    lines = text.splitlines()
    if not any(_GEM_LINK.match(ln) for ln in lines) or not any(_GEM_HEADING.match(ln) for ln in lines):
        return None
    kept: list[str] = []
    headings: list[tuple[int, int, str]] = []  # (index in kept, level, text)
    preformatted = False
    for line in lines:
        if line.startswith("```"):
            preformatted = not preformatted
            continue
        if preformatted or _GEM_LINK.match(line):
            continue
        if m := _GEM_HEADING.match(line):
            headings.append((len(kept), len(m["level"]), m["text"].strip()))
            kept.append(m["text"].strip())
        else:
            kept.append(_GEM_MARK.sub("", line, count=1) if _GEM_MARK.match(line) else line)
    if not headings:
        return None
    record: dict[str, object] = {}
    (first_at, first_level, first), rest = headings[0], headings[1:]
    title_at, title = first_at, first
    if first_level == 1 and rest and rest[0][1] == 2 and not any(ln.strip() for ln in kept[first_at + 1:rest[0][0]]):
        record["outlet"] = first  # the capsule's name over the headline, only links between them
        title_at, title = rest[0][0], rest[0][2]
    record["title"] = title
    record["body"] = _paragraphs(kept[title_at + 1:])
    return record


# -- FictionBook ---------------------------------------------------------------------------------------------------
# FictionBook 2 (`.fb2`), the XML e-book a converter makes of an article: `<title-info>` holds the headline
# (`<book-title>`), the standfirst (`<annotation>`), the writers (`<author>`: names, a nickname, an e-mail) and the
# article's date; `<document-info>` is the converter's (its program, its date, its own author: never the article's);
# `<publish-info><publisher>` is the outlet. The first `<body>` is the text; a `<body name="notes">` (or comments,
# footnotes) is the converter's notes.
_FB2_ROOT = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:\w+:)?FictionBook\b", re.S)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _fb2_text(el) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _fb2_author(el) -> str:
    """A writer's nickname when the converter put the byline there ('X 기자'), else the name from its parts."""
    parts = {child: _fb2_text(el.find(child)) for child in ("first-name", "middle-name", "last-name", "nickname")}
    if parts["nickname"]:
        return parts["nickname"]
    given = " ".join(p for p in (parts["first-name"], parts["middle-name"]) if p)
    family = parts["last-name"]
    hangul = re.search("[가-힣]", given + family)
    return (family + given) if hangul else " ".join(p for p in (given, family) if p)


def fictionbook(text: str) -> dict | None:
    """A FictionBook file: its title-info's fields and its main body's paragraphs (the notes bodies left out)."""
    if not _FB2_ROOT.match(text):
        return None

    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", text, count=1).encode("utf-8"),
                                etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = etree.QName(el).localname
    info = root.find("description/title-info")
    record: dict[str, object] = {}
    if info is not None:
        record["title"] = _fb2_text(info.find("book-title"))
        record["subtitle"] = _fb2_text(info.find("annotation"))
        record["author"] = [a for a in (_fb2_author(el) for el in info.findall("author")) if a]
        record["author_email"] = [e for e in (_fb2_text(el.find("email")) for el in info.findall("author")) if e]
        if (when := info.find("date")) is not None:
            record["date"] = when.get("value") or _fb2_text(when)
        record["language"] = _fb2_text(info.find("lang"))
    record["publisher"] = _fb2_text(root.find("description/publish-info/publisher"))
    bodies = [b for b in root.findall("body") if not b.get("name")] or root.findall("body")[:1]
    lines: list[str] = []
    for body in bodies[:1]:
        for el in body.iter("p", "subtitle", "v", "text-author"):
            if not any(a.tag == "title" and a.getparent() is body for a in el.iterancestors()):
                lines.extend([_fb2_text(el), ""])
    record = {k: v for k, v in record.items() if v}
    record["body"] = _paragraphs(_drop_title(lines, str(record.get("title") or "")))
    return record


# -- Key: value header lines ---------------------------------------------------------------------------------------
# A wiki's or notes app's page record names the accounts that made and last edited the page (TiddlyWiki's `creator:`
# and `modifier:`, `created_by:`/`modified_by:`, `last_edited_by:`): when the header names an editing account, its
# creator is the page's account too (the reader who clipped the article), not the article's writer.
_EDITING_ACCOUNT = frozenset({"modifier", "modified_by", "modifiedby", "last_modified_by", "last_edited_by",
                              "last_editor", "updated_by", "edited_by", "editor_account"})
_PAGE_CREATOR = frozenset({"creator", "created_by", "createdby"})


def header_lines(text: str) -> dict | None:
    """A header of `Key: value` lines (MultiMarkdown metadata, an exported record, a clipper's header) over the
    text: the block up to the first blank line, each of its lines a field, enough of them fields the record
    table knows. A line starting with space continues the field above it."""
    lines = text.splitlines()
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].lstrip().startswith("#")):
        start += 1
    record: dict[str, object] = {}
    i = start
    key = None
    while i < len(lines) and lines[i].strip() and not _HEADER_RULE.fullmatch(lines[i].strip()) \
            and i - start < MAX_HEADER_LINES:
        line = lines[i]
        if key and line[:1].isspace():
            record[key] = f"{record[key]} {line.strip()}".strip()
        elif m := _HEADER_LINE.fullmatch(line.strip()):
            key = (m["key"] or m["bare"]).strip()
            record.setdefault(key, (m["value"] or "").strip())
        else:
            return None
        i += 1
    if sum(_known(k) for k in record) < MIN_KNOWN_FIELDS or i >= len(lines):
        return None

    if _value(record, "body"):
        return None  # a text field in the header: this is a record format of its own (YAML), read whole
    if any(k.lower() in _EDITING_ACCOUNT for k in record):
        record = {k: v for k, v in record.items() if k.lower() not in _PAGE_CREATOR}
    record["body"] = _paragraphs(lines[i + bool(_HEADER_RULE.fullmatch(lines[i].strip())):])
    return record


# -- a boxed info file (a scene-style `.nfo`, a release's `README`) ----------------------------------------------------
# Under a banner (ASCII art, a group's line) closed by a rule, a block of `Key : value` lines names the article; the text
# follows, and a rule closes it before the file's footer (greetings, a plea to keep the file whole). The banner's and
# footer's lines are the packer's, and so are their dates.
_BOX_RULE = re.compile(r"\s*(?:={3,}|-{3,}|~{3,}|\*{3,}|_{3,})\s*")
MAX_BANNER_LINES = 40


def boxed_header(text: str) -> dict | None:
    """The article of a boxed info file: the field block under the banner's rule, the text up to the next rule."""
    lines = text.splitlines()
    rules = [n for n, ln in enumerate(lines[:MAX_BANNER_LINES]) if _BOX_RULE.fullmatch(ln)]
    for rule in rules:
        start = next((n for n in range(rule + 1, len(lines)) if lines[n].strip()), None)
        if start is None:
            return None
        record: dict[str, object] = {}
        end = start
        while end < len(lines) and (m := _HEADER_LINE.fullmatch(lines[end].strip())) and m["key"]:
            record.setdefault(m["key"].strip(), m["value"].strip())
            end += 1
        if sum(_known(k) for k in record) < MIN_KNOWN_FIELDS or _value(record, "body"):
            continue
        body: list[str] = []
        for line in lines[end:]:
            if _BOX_RULE.fullmatch(line):
                if any(b.strip() for b in body):
                    break
                continue  # the rule under the field block
            body.append(line)
        record["body"] = "\n".join(b.strip() for b in body if b.strip())  # (a box's text is set a paragraph a line)
        return record
    return None


# -- logs: a program's log or a chat log that carries an article ----------------------------------------------------
# A logging line: a timestamp, then a level (Python's logging, log4j, Go's log, syslog with a level) ('2026-04-14
# 03:12:07,882 INFO  crawler.fetch …', '[2026-04-14T03:12:07Z] [WARN] …', '14:02:11.120 DEBUG …').
_LOG_LINE = re.compile(
    r"\s*\[?(?:\d{4}[-/.]\d{2}[-/.]\d{2}[ T])?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?\]?\s+"
    r"\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL|SEVERE)\]?\b.*")
# A marker a scraper writes around the text it took ('===== BEGIN ARTICLE no=5 =====', '-----END ARTICLE-----',
# '>>> BEGIN BODY', '<<< END'): the article is what lies between.
_BEGIN_MARK = re.compile(r".*?(?:={3,}|-{3,}|>{3}|#{3,})\s*BEGIN\b.*", re.I)
_END_MARK = re.compile(r"\s*(?:={3,}|-{3,}|<{3}|#{3,})\s*END\b.*", re.I)
# A header ends at a blank line or at a rule under it ('---').
_HEADER_RULE = re.compile(r"-{3,}|={3,}")
# The fewest logging lines that make a text a log.
MIN_LOG_LINES = 3


def program_log(text: str) -> dict | None:
    """A program's log (a scraper's, a crawler's) carrying the article it took: its logging lines are the program's;
    the lines between its BEGIN and END markers (else all lines that are no logging line) are the article, perhaps
    under a header of `Key: value` lines. The log's own times are when it ran, never the article's date."""
    lines = text.splitlines()
    filled = [ln for ln in lines if ln.strip()]
    logged = [bool(_LOG_LINE.fullmatch(ln)) for ln in lines]
    begins = [i for i, ln in enumerate(lines) if _BEGIN_MARK.fullmatch(ln)]
    ends = [i for i, ln in enumerate(lines) if _END_MARK.fullmatch(ln) and begins and i > begins[0]]
    marked = bool(begins and ends)  # (the article between markers: the log's share is of the lines around it)
    opens = bool(filled) and _LOG_LINE.fullmatch(filled[0]) is not None  # a log file opens with a logging line
    if sum(logged) < MIN_LOG_LINES or not (marked or opens):
        return None
    inside = range(begins[0] + 1, ends[0]) if marked else range(len(lines))
    payload = [lines[i] for i in inside if not logged[i] and not _BEGIN_MARK.fullmatch(lines[i])
               and not _END_MARK.fullmatch(lines[i])]
    if not any(ln.strip() for ln in payload):
        return None
    return header_lines("\n".join(payload)) or {"body": _paragraphs(payload)}


# A chat log's line: a time, then the speaker's nick in angle brackets (irssi, WeeChat, HexChat, ZNC, mIRC:
# '09:05 <nick> text', '[09:05:12] <@nick> text', '2026-07-16 09:05 <nick> text') or a system line (joins, quits,
# topic, the log's open/close: '09:02 -!- nick [~u@host] has joined #chan', '* nick has quit', '--- Log opened …').
_CHAT_TIME = r"\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]?"
_CHAT_LINE = re.compile(rf"\s*{_CHAT_TIME}\s+<[@+%~&]?\s*(?P<nick>[^>\s]{{1,30}})>\s?(?P<message>.*)")
_CHAT_SYSTEM = re.compile(rf"\s*(?:{_CHAT_TIME}\s+(?:-!-|\*{{1,3}}|-->|<--|--)\s.*|-{{3}}\s+(?:Log|Day)\b.*)")
# A labelled line of a manuscript pasted into a chat ('[제목] …', '[부제] …', '[출고] 2026.07.16 11:00').
_CHAT_LABEL = re.compile(r"\[(?P<label>[가-힣A-Za-z ]{1,10})\]\s*(?P<value>\S.*)")
# A chat line too short to be an article's paragraph ('네 붙입니다', 'ok'): the chat before or after the paste.
MIN_PASTED_LINE = 20
# The share of a text's lines that makes it a chat log.
MIN_CHAT_SHARE = 0.6


def chat_log(text: str) -> dict | None:
    """A chat log where one speaker pasted an article: the article is the longest run of one speaker's lines
    (less the short chat lines at its ends), labelled lines its fields; the rest is chat, joins and quits."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    said = [_CHAT_LINE.fullmatch(ln) for ln in lines]
    system = sum(bool(_CHAT_SYSTEM.fullmatch(ln)) for ln in lines)
    if sum(map(bool, said)) < MIN_LOG_LINES or sum(map(bool, said)) + system < MIN_CHAT_SHARE * len(lines):
        return None
    runs: list[list[str]] = []
    last = None
    for m in said:
        if m is None:
            continue
        if m["nick"] != last:
            runs.append([])
            last = m["nick"]
        runs[-1].append(m["message"].strip())
    run = max(runs, key=lambda r: sum(map(len, r)))
    while run and len(run[0]) < MIN_PASTED_LINE and not _CHAT_LABEL.fullmatch(run[0]):
        run = run[1:]
    while run and len(run[-1]) < MIN_PASTED_LINE and not _CHAT_LABEL.fullmatch(run[-1]):
        run = run[:-1]
    record: dict[str, object] = {}
    body = []
    for message in run:
        if (m := _CHAT_LABEL.fullmatch(message)) and _known(m["label"]):
            record.setdefault(m["label"].strip(), m["value"].strip())
        elif message:
            body.append(message)
    if not body:
        return None
    record["body"] = "\n\n".join(body)
    return record


# -- MediaWiki markup ------------------------------------------------------------------------------------------------
# A manuscript in a wiki's markup: an infobox template of fields ('{{기사 정보 | 기자 = … | 날짜 = …}}'), the headline as
# a level-1 heading ('= … ='), bold in triple quotes, [[links]], sections ('== … =='), citation templates, categories.
_WIKI_HEADING = re.compile(r"(?P<marks>={1,6})\s*(?P<text>[^=].*?)\s*(?P=marks)\s*")
_WIKI_FIELD = re.compile(r"\s*\|\s*(?P<key>[^=|]{1,30}?)\s*=\s*(?P<value>.*?)\s*(?:}})?\s*")
_WIKI_CATEGORY = re.compile(r"\s*\[\[\s*(?:분류|Category|카테고리)\s*:[^\]]*\]\]\s*", re.I)
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?(?P<text>[^\]]*)\]\]")
_WIKI_EXTERNAL = re.compile(r"\[(?:https?:)?//\S+\s+(?P<text>[^\]]+)\]")
_WIKI_REF = re.compile(r"<ref\b[^>]*/>|<ref\b.*?</ref>", re.S)
_WIKI_EMPHASIS = re.compile(r"'{2,5}")
_WIKI_TEMPLATE_LINE = re.compile(r"\s*(?:[*#]\s*)?\{\{.*\}\}\s*")
# Sections after the article that are the wiki's apparatus: related links, sources, notes, categories.
_WIKI_APPARATUS = re.compile(r"(?:관련\s*(?:기사|문서|항목)|출처|참고\s*(?:문헌|자료)?|각주|주석|같이\s*보기|외부\s*(?:링크|고리)"
                             r"|See also|References|External links|Sources|Notes|Related(?:\s+articles)?)", re.I)


def _wiki_inline(line: str) -> str:
    line = _WIKI_REF.sub("", line)
    line = _WIKI_LINK.sub(lambda m: m["text"], line)
    line = _WIKI_EXTERNAL.sub(lambda m: m["text"], line)
    return _WIKI_EMPHASIS.sub("", line).strip()


def _wiki_infobox(lines: list[str], i: int, record: dict) -> int:
    """Read the template that opens the text (one `| key = value` a line) into the record; the line after it."""
    if i >= len(lines) or not lines[i].lstrip().startswith("{{") or "}}" in lines[i]:
        return i
    i += 1
    while i < len(lines) and not lines[i].strip().startswith("}}"):
        if m := _WIKI_FIELD.fullmatch(lines[i]):
            record.setdefault(m["key"], _wiki_inline(m["value"]))
        if lines[i].rstrip().endswith("}}"):
            break
        i += 1
    return i + 1


def wikitext(text: str) -> dict | None:
    """A manuscript in MediaWiki markup: the infobox's fields, the level-1 heading as the title, the text up to the
    first apparatus section (related articles, sources) without templates, categories or markup."""
    lines = text.splitlines()
    record: dict[str, object] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    i = _wiki_infobox(lines, i, record)
    titles = [(n, m) for n, ln in enumerate(lines[i:], i)
              if (m := _WIKI_HEADING.fullmatch(ln)) and len(m["marks"]) == 1]
    markup = sum(bool(_WIKI_LINK.search(ln) or "'''" in ln) for ln in lines)
    categories = any(_WIKI_CATEGORY.fullmatch(ln) for ln in lines)
    if not titles or markup < 2 or not (record or categories):
        return None
    start, title = titles[0]
    record.setdefault("title", _wiki_inline(title["text"]))
    body: list[str] = []
    for line in lines[start + 1:]:
        heading = _WIKI_HEADING.fullmatch(line)
        if heading and _WIKI_APPARATUS.fullmatch(heading["text"].strip()):
            break
        if not (_WIKI_CATEGORY.fullmatch(line) or _WIKI_TEMPLATE_LINE.fullmatch(line)):
            body.append(_wiki_inline(heading["text"] if heading else line))
    record["body"] = _paragraphs(body)
    return record


# -- an outliner's page (Logseq, Obsidian outlines) -----------------------------------------------------------------
# An outliner keeps a page as `- ` blocks nested by indent; a block's properties are `key:: value` lines under it
# (`title::`, `publisher::`, `author::`, `published:: [[2026-03-03]]`, `saved::`), its children the article's
# paragraphs. The clipped article is the block whose properties name it; the journal's other blocks (the day's
# heading, a memo, a TODO) are the reader's.
_OUTLINE_BLOCK = re.compile(r"(?P<indent>\s*)-\s+(?P<text>.*)")
_OUTLINE_PROPERTY = re.compile(rf"\s*(?:-\s+)?(?P<key>{_FIELD_NAME}?)::\s*(?P<value>.*)")
_OUTLINE_LINK = re.compile(r"\[\[(?P<text>[^\]]+)\]\]")
_OUTLINE_BOLD = re.compile(r"\*\*(?P<text>\S(?:.*?\S)?)\*\*")  # a block set in bold: the clipped article's headline
MIN_OUTLINE_PROPERTIES = 2


def _outline_depth(line: str) -> int:
    return len(line.expandtabs(2)) - len(line.expandtabs(2).lstrip())


def _outline_value(value: str) -> str:
    return _OUTLINE_BOLD.sub(lambda m: m["text"], _OUTLINE_LINK.sub(lambda m: m["text"], value)).strip()


def outline(text: str) -> dict | None:
    """The article an outliner's page clips: the properties of the block that names it and its child blocks as
    the text; the page's other blocks left out."""
    lines = text.splitlines()
    for at, line in enumerate(lines):
        block = _OUTLINE_BLOCK.fullmatch(line)
        if not block or _OUTLINE_PROPERTY.fullmatch(line):
            continue
        depth, record, body = _outline_depth(line), {}, []
        for child in lines[at + 1:]:
            if not child.strip():
                continue
            if _outline_depth(child) <= depth:
                break
            if (prop := _OUTLINE_PROPERTY.fullmatch(child)) and not body:
                record.setdefault(prop["key"].strip(), _outline_value(prop["value"]))
            else:
                body.append(_outline_value(_OUTLINE_BLOCK.sub(lambda m: m["text"], child, count=1)))
        if sum(_known(k) or k.lower() in EITHER_KEYS for k in record) >= MIN_OUTLINE_PROPERTIES and body:
            record.setdefault("title", _outline_value(block["text"]))
            record["body"] = "\n".join(b for b in body if b)
            return record
    return None


# An outliner's JSON export (Roam Research: a list of pages, each a `title` and nested `children` blocks whose text is
# `string`; Logseq: `blocks` whose text is `content`) is the same outline as data: it is written out as the page's
# `- ` lines and read so. The page's own title (a journal's date) is the reader's, as its heading is.
_OUTLINE_TEXT_KEYS = ("string", "content")
_OUTLINE_CHILD_KEYS = ("children", "blocks")
MAX_OUTLINE_DEPTH = 40


def _outline_lines(node: object, depth: int, out: list[str]) -> None:
    """The `- ` lines of an exported outline's blocks, indented by depth (two spaces a level)."""
    if depth > MAX_OUTLINE_DEPTH:
        return
    if isinstance(node, list):
        for child in node:
            _outline_lines(child, depth, out)
        return
    if not isinstance(node, dict):
        return
    text = next((node[k] for k in _OUTLINE_TEXT_KEYS if isinstance(node.get(k), str)), None)
    if text is not None:
        for n, line in enumerate(text.splitlines() or [""]):
            out.append("  " * depth + ("- " if n == 0 else "  ") + line)
    for key in _OUTLINE_CHILD_KEYS:
        if isinstance(node.get(key), list):
            _outline_lines(node[key], depth + (text is not None), out)


def outline_export(text: str) -> dict | None:
    """The article an outliner's JSON export clips: its blocks as the outline they are, read by `outline`."""
    doc = json_document(text)
    if doc is None:
        return None
    lines: list[str] = []
    _outline_lines(doc, 0, lines)
    return outline("\n".join(lines)) if lines else None


# -- an e-reader's clippings file (Kindle `My Clippings.txt`) --------------------------------------------------------
# Clips one after another, each closed by a line of ten equals signs: the document's title line (`제목 (출처)`: a
# sent-to-Kindle article names its site in the brackets), the clip's line (`- 위치 1-4의 하이라이트 | 추가된 날짜: …`,
# `- Your Highlight on Location 1-4 | Added on …`), a blank line, the clipped text. The article is the document with
# the most highlights; notes and bookmarks are the reader's, the added date the reader's day.
_CLIP_SEPARATOR = re.compile(r"^={10}\s*$", re.M)
_CLIP_LINE = re.compile(r"-\s.*?(?P<kind>하이라이트|메모|북마크|Highlight|Note|Bookmark)\b.*\|\s*(?:추가된\s*날짜|Added\s+on)\b.*", re.I)
_CLIP_TITLE = re.compile(r"(?P<title>.+?)\s*(?:\((?P<source>[^()]+)\))?\s*")
# A highlight drawn from the top of the page runs the byline row into the lede ('홍길동 기자 · 2026년 3월 3일 오전
# 9:30 군은 …'): the row is its own line.
_RUN_IN_BYLINE = re.compile(r"(?P<byline>[가-힣]{2,4}\s*기자\s*[·|]\s*\d{4}\s*(?:[.\-/]|년)\s*\d{1,2}\s*(?:[.\-/]|월)\s*\d{1,2}일?"
                            r"\.?\s*(?:(?:오전|오후)\s*)?\d{1,2}:\d{2})\s+(?=\S)")
MIN_CLIPS = 2


def clippings(text: str) -> dict | None:
    """The article an e-reader's clippings file holds most highlights of: its title, the site in brackets, and its
    highlights in order as the text."""
    clips = [c.strip().splitlines() for c in _CLIP_SEPARATOR.split(text) if c.strip()]
    parsed = [(c[0].strip(), m["kind"].lower(), "\n".join(ln.strip() for ln in c[2:] if ln.strip()))
              for c in clips if len(c) >= 2 and (m := _CLIP_LINE.fullmatch(c[1].strip()))]
    if len(parsed) < MIN_CLIPS or len(parsed) < len(clips):
        return None
    highlights = [(title, clip) for title, kind, clip in parsed if kind in ("하이라이트", "highlight") and clip]
    if not highlights:
        return None
    titles = [t for t, _ in highlights]
    chosen = max(dict.fromkeys(titles), key=titles.count)
    head = _CLIP_TITLE.fullmatch(chosen)
    record: dict[str, object] = {"title": head["title"]}
    if head["source"]:
        record["outlet"] = head["source"].strip()
    record["body"] = _RUN_IN_BYLINE.sub(r"\g<byline>\n", "\n".join(clip for t, clip in highlights if t == chosen), count=1)
    return record


# -- DokuWiki --------------------------------------------------------------------------------------------------------
# DokuWiki pages (`.dokuwiki.txt`, a wiki's export): headings in equals signs, six for the top level
# (`====== headline ======`), `//em//`, `**bold**`, `__under__`, `''mono''`, links `[[target|text]]`, media and plugin
# calls in braces (`{{ns:img.jpg?400|caption}}`, `{{tag>…}}`), macros `~~DISCUSSION~~`, boxes `<WRAP …>…</WRAP>`
# (a tip or an ad beside the text). A heading naming the wiki's apparatus or the site's lists ends the article.
_DOKU_HEADING = re.compile(r"(?P<marks>={2,6})\s*(?P<text>[^=].*?)\s*(?P=marks)\s*")
_DOKU_LINK = re.compile(r"\[\[(?P<target>[^\]|]*)(?:\|(?P<text>[^\]]*))?\]\]")
_DOKU_MEDIA = re.compile(r"\{\{[^}]*\}\}")
_DOKU_MACRO = re.compile(r"~~[A-Z]+(?::[^~]*)?~~")
_DOKU_BOX_OPEN = re.compile(r"\s*<(?P<tag>WRAP|wrap|note|box|html|HTML)\b[^>]*>\s*")
_DOKU_FEATURES = (re.compile(r"(?<!:)//\S.*?\S//"), _DOKU_LINK, _DOKU_MEDIA, _DOKU_MACRO, _DOKU_BOX_OPEN, re.compile(r"\*\*\S"))
_DOKU_LIST_ITEM = re.compile(r"^\s{2,}[*-]\s+")
_DOKU_EMPHASIS = re.compile(r"(?<!:)(//|\*\*|__|'')(?P<text>\S(?:.*?\S)?)\1")
MIN_DOKU_FEATURES = 2


# The heading of the note-taker's own part under a clipped article ('메모', '내 메모', '팀 검토 의견', 'My notes'): it ends
# the article.
_NOTE_PART = re.compile(r"(?:(?:내|나의|우리|팀|개인)\s*)?(?:메모|검토\s*(?:의견|메모))|(?i:my\s+notes?|notes?|to-?do)")


def _doku_inline(line: str) -> str:
    line = _DOKU_MACRO.sub("", _DOKU_MEDIA.sub("", line))
    line = _DOKU_LINK.sub(lambda m: (m["text"] if m["text"] is not None else m["target"]).strip(), line)
    return _DOKU_EMPHASIS.sub(lambda m: m["text"], line).strip()


def dokuwiki(text: str) -> dict | None:
    """A DokuWiki page: its top heading as the headline and the text without markup, media, macros, boxes and the
    apparatus sections after it."""
    lines = text.splitlines()
    headings = [(n, m) for n, ln in enumerate(lines) if (m := _DOKU_HEADING.fullmatch(ln.strip()))]
    if not headings:
        return None
    start, top = min(headings, key=lambda h: (-len(h[1]["marks"]), h[0]))
    if len(top["marks"]) < 5 or sum(any(f.search(ln) for ln in lines) for f in _DOKU_FEATURES) < MIN_DOKU_FEATURES:
        return None
    body: list[str] = []
    box: str | None = None
    for line in lines[start + 1:]:
        if box:
            box = None if re.search(rf"</{box}>", line, re.I) else box
            continue
        if m := _DOKU_BOX_OPEN.match(line):
            box = None if re.search(rf"</{m['tag']}>", line, re.I) else m["tag"]
            continue
        heading = _DOKU_HEADING.fullmatch(line.strip())
        if heading and (_WIKI_APPARATUS.fullmatch(heading["text"].strip()) or _SITE_LISTS.search(heading["text"])
                        or _NOTE_PART.fullmatch(heading["text"].strip())):
            break
        body.append(_doku_inline(heading["text"] if heading else _DOKU_LIST_ITEM.sub("", line, count=1)))
    return {"title": _doku_inline(top["text"]), "body": _paragraphs(body)}


# -- Textile -------------------------------------------------------------------------------------------------------
# Textile (`.textile`, Redmine and old CMS manuscripts): a block opens with its signature and a dot (`h1.`, `p.`,
# `p(byline).`, `bq.`, `notextile.`), `*bold*` and `_em_` inline, links as `"text":url`, images as `!src(alt)!`.
# `h1.` is the headline; a `notextile.` block is raw HTML (an ad slot), an image and its `p(caption).` are no text,
# and a heading naming the site's lists (most read, related) ends the article.
_TEXTILE_BLOCK = re.compile(r"(?P<tag>h[1-6]|p|bq|bc|pre|notextile|fn\d+)(?P<attrs>(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=]+)*)"
                            r"\.\s+(?P<text>.*)")
_TEXTILE_IMAGE = re.compile(r"!(?:[<>=]|\([^)]*\))*[^!\s]+(?:\([^)]*\))?!(?::\S+)?")
_TEXTILE_MAILTO = re.compile(r'"[^"]*":mailto:(?P<address>\S+?)(?=[\s,.)]|$)')
_TEXTILE_LINK = re.compile(r'"(?P<text>[^"]+)":(?:https?://|/|#)\S*?(?=[\s,)]|$)')
_TEXTILE_PHRASE = re.compile(r"(?<![\w*_])([*_]{1,2})(?P<text>\S(?:.*?\S)?)\1(?![\w*_])")
_TEXTILE_LIST_ITEM = re.compile(r"^\s*[*#]+\s+")
_TEXTILE_DROPPED = re.compile(r"notextile|fn\d+")
_TEXTILE_DROPPED_CLASSES = re.compile(r"\((?:caption|ad|ads|advert|related|share)\)")
# Headings of a site's lists that close the article ('많이 본 기사', '인기 기사', 'Most read').
_SITE_LISTS = re.compile(r"(?:많이\s*본|인기|주요|추천|최신)\s*(?:기사|뉴스)|most\s+(?:read|popular)|trending", re.I)
MIN_TEXTILE_BLOCKS = 2


def _textile_inline(line: str) -> str:
    line = _TEXTILE_IMAGE.sub("", line)
    line = _TEXTILE_MAILTO.sub(lambda m: m["address"], line)
    line = _TEXTILE_LINK.sub(lambda m: m["text"], line)
    return _TEXTILE_PHRASE.sub(lambda m: m["text"], line).strip()


def textile(text: str) -> dict | None:
    """A manuscript in Textile: the `h1.` headline and the text without block signatures, inline marks, images,
    captions, raw-HTML blocks and the site's lists after it."""
    lines = text.splitlines()
    blocks = [m for ln in lines if (m := _TEXTILE_BLOCK.fullmatch(ln.strip()))]
    titles = [m for m in blocks if m["tag"] == "h1"]
    if len(blocks) < MIN_TEXTILE_BLOCKS or not titles:
        return None
    record: dict[str, object] = {"title": _textile_inline(titles[0]["text"])}
    body: list[str] = []
    dropping = False
    for line in lines:
        block = _TEXTILE_BLOCK.fullmatch(line.strip())
        if block:
            if block["tag"] == "h1" and block["text"] == titles[0]["text"]:
                dropping = False
                continue
            if block["tag"].startswith("h") and _SITE_LISTS.search(block["text"]):
                break
            dropping = bool(_TEXTILE_DROPPED.fullmatch(block["tag"]) or _TEXTILE_DROPPED_CLASSES.search(block["attrs"]))
            if not dropping:
                body.append(_textile_inline(block["text"]))
            continue
        if not line.strip():
            dropping = False
            body.append("")
        elif not dropping:
            body.append(_textile_inline(_TEXTILE_LIST_ITEM.sub("", line, count=1)))
    record["body"] = _paragraphs(body)
    return record


# -- a press release -------------------------------------------------------------------------------------------------
# A release as firms and agencies send it: perhaps under a vCard of its press contact (the contact, not a writer),
# a label ('보 도 자 료', '보도자료', 'PRESS RELEASE'), a release line of the issuer, the date and the embargo
# ('모아전자 | 2026년 5월 3일 | 즉시 보도 가능 | 총 2매'), the headline and its '- ' subheads, the text, an end mark
# ('###', '-30-', '- 끝 -', '<끝>') and the contact lines after it.
_VCARD = re.compile(r"^\s*BEGIN:VCARD\s*$.*?^\s*END:VCARD\s*$", re.M | re.S | re.I)
_RELEASE_LABEL = re.compile(r"\s*(?:보\s*도\s*자\s*료|(?:PRESS|NEWS|MEDIA)\s+RELEASE|보도\s*참고\s*자료)\s*", re.I)
_EMBARGO = re.compile(r"즉시\s*보도|보도\s*(?:가능|시점|일시|해제)|엠바고|for\s+immediate\s+release|embargo", re.I)
_RELEASE_DATE = re.compile(r"\d{4}\s*(?:년|[.\-/])\s*\d{1,2}\s*(?:월|[.\-/])\s*\d{1,2}\s*일?")
_RELEASE_END = re.compile(r"\s*(?:#{3}|-\s*30\s*-|-\s*끝\s*-|<\s*끝\s*>|\(\s*끝\s*\))\s*")


def press_release(text: str) -> dict | None:
    """A press release: the issuer and date from its release line, the headline under it, '- ' lines as subheads,
    the text up to the end mark. Its press contact (a vCard, the lines after the end mark) is no writer."""
    lines = _VCARD.sub("", text).splitlines()
    filled = [(n, ln.strip()) for n, ln in enumerate(lines) if ln.strip()][:8]
    release = next(((n, ln) for n, ln in filled if "|" in ln and _EMBARGO.search(ln)), None)
    labelled = any(_RELEASE_LABEL.fullmatch(ln) for _, ln in filled)
    if release is None or not (labelled or _VCARD.search(text)):
        return None
    cells = [c.strip() for c in release[1].split("|")]
    record: dict[str, object] = {}
    if date := next((m.group(0) for c in cells if (m := _RELEASE_DATE.search(c))), None):
        record["date"] = date
    if issuer := next((c for c in cells if c and not _RELEASE_DATE.search(c) and not _EMBARGO.search(c)
                       and not re.search(r"\d+\s*매|쪽|page", c, re.I)), None):
        record["publisher"] = issuer
    rest = lines[release[0] + 1:]
    body: list[str] = []
    subtitles: list[str] = []
    for line in rest:
        if _RELEASE_END.fullmatch(line):
            break
        if "title" not in record:
            if line.strip():
                record["title"] = line.strip()
            continue
        if not body and re.match(r"\s*[-–]\s+\S", line):
            subtitles.append(re.sub(r"^\s*[-–]\s+", "", line).strip())
            continue
        body.append(line)
    if subtitles:
        record["subtitle"] = " / ".join(subtitles)
    record["body"] = _paragraphs(body)
    return record


# The conventions, most particular first: the first that reads the text gives its record.
CONVENTIONS: tuple[tuple[str, Callable[[str], dict | None]], ...] = (
    ("FictionBook", fictionbook),
    ("front matter", front_matter),
    ("Org-mode", org),
    ("reStructuredText", rst),
    ("AsciiDoc", asciidoc),
    ("LaTeX", latex),
    ("troff manuscript", troff),
    ("Pandoc title block", pandoc_title_block),
    ("gemtext", gemtext),
    ("MediaWiki markup", wikitext),
    ("DokuWiki markup", dokuwiki),
    ("outliner export", outline_export),
    ("outliner page", outline),
    ("clippings file", clippings),
    ("Textile", textile),
    ("press release", press_release),
    ("program log", program_log),
    ("chat log", chat_log),
    ("YAML or TOML record", whole_mapping),
    ("header lines", header_lines),
    ("boxed header", boxed_header),
)


# A field that holds either the outlet or the article's address, told by its value ('Source: 모아일보', 'source: https://…',
# a scraper's 'site: 모아일보').
EITHER_KEYS = ("source", "site")


def read_markup(text: str, only: tuple[str, ...] | None = None) -> tuple[str, dict] | None:
    """(the convention's name, the article's record) of a text in one of the conventions (or of those named in
    `only`); None for a text in none."""
    text = text.lstrip("\ufeff")
    for name, reader in CONVENTIONS:
        if only is not None and name not in only:
            continue
        record = reader(text)
        if record is not None and str(record.get("body") or "").strip():
            for key in [k for k in record if str(k).lower() in EITHER_KEYS]:
                value = str(record.pop(key))
                record.setdefault("url" if re.match(r"https?://", value) else "outlet", value)
            return name, record
    return None


def as_record(text: str) -> bytes | None:
    """The text's record as a JSON object (the bytes a record of a data file is), or None for a text in no convention."""
    found = read_markup(text)
    if found is None:
        return None
    return json.dumps(_plain_value(found[1]), ensure_ascii=False).encode("utf-8")


# Conventions no plain dump follows by chance: an Org file's `#+KEY:` lines, a reST title over a docinfo field list, a
# wiki's infobox and markup, a release line with its embargo, a log's logging or chat lines.
# A file named as a text dump (`.txt`) that follows one is read by it too.
UNMISTAKABLE = ("Org-mode", "reStructuredText", "LaTeX", "troff manuscript", "MediaWiki markup", "DokuWiki markup", "outliner export", "outliner page",
                "clippings file", "press release", "program log", "chat log")


def unmistakable_record(text: str) -> bytes | None:
    """The record of a text in an unmistakable convention (a reST file only with a docinfo field the record table
    knows: a title over prose is also a plain dump's look), or None."""
    found = read_markup(text, UNMISTAKABLE)
    if found is None:
        return None
    name, record = found
    if name == "reStructuredText" and not any(_known(str(k)) for k in record if k not in ("title", "body")):
        return None
    return json.dumps(_plain_value(record), ensure_ascii=False).encode("utf-8")
