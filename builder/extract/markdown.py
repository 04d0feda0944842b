"""Markdown exports (`.md`): a text dump with front matter and inline markup.

Note-taking apps, static-site generators and clipping tools save an article as Markdown: a
front-matter block (`---` … `---`, YAML `key: value` lines) holding its title, date, author and
address, then the text with `#` headings, `**emphasis**` and `[links](…)`. The front matter is the
page's own metadata, read like an HTML page's `<meta>`; the markup is taken off so the rules read
the words a reader sees, as in any other dump.
"""

from __future__ import annotations

import re
from html import escape

# Front-matter keys by the field they fill; the first key present wins. Keys are compared in lower case.
FRONT_MATTER_KEYS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "published_at", "pubdate", "date_published", "created"),
    "updated": ("updated", "modified", "lastmod", "date_modified", "updated_at"),
    "authors": ("author", "authors", "byline", "writer"),
    "url": ("url", "source_url", "canonical", "canonical_url", "link", "original_url"),
    "outlet": ("outlet", "publisher", "site", "site_name", "source_name", "media", "press", "newspaper"),
}
# A key that holds either the outlet or the article's address, told by its value ('source: 모아일보', 'source: https://…').
EITHER_KEYS = ("source",)
_FENCE = re.compile(r"-{3}\s*")
_KEY_VALUE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)")
_LIST_ITEM = re.compile(r"\s+-\s+(?P<value>.+)|-\s+(?P<top>.+)")
MAX_FRONT_MATTER_LINES = 60

# Inline and line markup, outermost first: an image, a link's text, emphasis, code, a heading's or quote's marks.
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?P<text>\S(?:.*?\S)?)\1|(?<![\w*])\*(?P<single>\S(?:[^*]*?\S)?)\*(?![\w*])")
_CODE = re.compile(r"`(?P<text>[^`]+)`")
_LINE_MARK = re.compile(r"^(?:#{1,6}\s+|>\s?)+")
_HEADING_CLOSE = re.compile(r"\s+#+\s*$")
_RULE = re.compile(r"\s*(?:[-*_]\s*){3,}")


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def front_matter(lines: list[str]) -> tuple[dict[str, object], list[str]]:
    """({field: value}, the lines after the block) of a Markdown file opening with `---` front matter; a file
    with none is returned as it is. `authors` is a list (`author: A`, `authors: [A, B]` or `- A` items)."""
    if not lines or not _FENCE.fullmatch(lines[0]):
        return {}, lines
    end = next((i for i, ln in enumerate(lines[1:MAX_FRONT_MATTER_LINES + 1], 1) if _FENCE.fullmatch(ln)), None)
    if end is None:
        return {}, lines
    raw: dict[str, list[str]] = {}
    key = None
    for line in lines[1:end]:
        if (m := _KEY_VALUE.fullmatch(line)) and not line[:1].isspace():
            key = m["key"].lower()
            value = m["value"].strip()
            if value.startswith("[") and value.endswith("]"):
                raw[key] = [_scalar(v) for v in value[1:-1].split(",") if _scalar(v)]
            else:
                raw[key] = [_scalar(value)] if _scalar(value) else []
        elif key and (m := _LIST_ITEM.fullmatch(line)):
            raw[key].append(_scalar(m["value"] or m["top"]))
    fields: dict[str, object] = {}
    for field, keys in FRONT_MATTER_KEYS.items():
        values = next((raw[k] for k in keys if raw.get(k)), None)
        if values:
            fields[field] = values if field == "authors" else values[0]
    for key in EITHER_KEYS:
        if value := next(iter(raw.get(key) or []), None):
            fields.setdefault("url" if re.match(r"https?://", value) else "outlet", value)
    return fields, lines[end + 1:]


# A static-site generator's template code among the text: Liquid (Jekyll) tags `{% include … %}` and outputs
# `{{ page.date | date: … }}`, a loop over the site's posts `{% for … %}…{% endfor %}` (a related-posts list), Hugo
# shortcodes `{{< figure … >}}`, `{{% notice %}}…{{% /notice %}}` (a box of the site's: a repost note, a tip), HTML
# comments (`<!--more-->`). None is the article's text; a box's or a loop's content is the site's too.
_BOX_SHORTCODES = ("alert", "notice", "callout", "admonition", "aside", "note", "tip", "hint", "warning", "info", "box",
                   "details", "ad", "ads", "related", "newsletter", "subscribe")
_SHORTCODE_BOX = re.compile(r"\{\{[<%%]\s*(?P<name>%s)\b[^}]*?[>%%]\}\}.*?\{\{[<%%]\s*/\s*(?P=name)\s*[>%%]\}\}"
                            % "|".join(_BOX_SHORTCODES), re.S | re.I)
_LIQUID_LOOP = re.compile(r"\{%-?\s*for\b.*?%\}.*?\{%-?\s*endfor\s*-?%\}", re.S)
_TEMPLATE_CODE = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}|\{\{.*?\}\}|<!--.*?-->", re.S)


def without_templates(text: str) -> str:
    """A page source's text without its generator's template code (tags, outputs, shortcodes, comments), the site's
    boxes and loops with their contents."""
    if "{{" not in text and "{%" not in text and "<!--" not in text:
        return text
    return _TEMPLATE_CODE.sub("", _LIQUID_LOOP.sub("", _SHORTCODE_BOX.sub("", text)))  # (an emptied line: a break)


def plain(line: str) -> str:
    """A Markdown line as a reader sees it: no heading or quote marks, link texts without their targets,
    no emphasis or code marks; a horizontal rule is an empty line."""
    if _RULE.fullmatch(line):
        return ""
    line = _LINE_MARK.sub("", line.strip())
    line = _HEADING_CLOSE.sub("", line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m["text"], line)
    line = _CODE.sub(lambda m: m["text"], line)
    line = _EMPHASIS.sub(lambda m: m["text"] or m["single"], line)
    return line.strip()


# -- a page saved as Markdown (html2text, a browser's 'copy as Markdown', a reader-mode export) ---------------------
# Such a dump keeps the page's furniture as Markdown: the menu as a list of links, the breadcrumb as links, the
# headline as `# `, the byline in `**…**`, a related-news list after a rule. Rendered back to markup it is read as
# the page it was, so the page reader's conventions (menus and link lists, headings, credit lines) apply to it.
_MD_HEADING = re.compile(r"(?P<marks>#{1,6})\s+(?P<text>.+?)(?:\s+#+)?\s*")
_MD_ITEM = re.compile(r"\s*(?:[*+-]|\d+[.)])\s+(?P<text>.+)")
_MD_LINK_TARGET = re.compile(r"\]\((?:https?://|/)[^)]*\)")
# A dump is a page saved as Markdown when this many of its lines hold link syntax and one is a `# ` headline.
MIN_LINK_LINES = 3


def _inline(text: str) -> str:
    """One Markdown line's inline markup as HTML: images dropped, links as anchors, emphasis as <strong>/<em>."""
    text = escape(_IMAGE.sub("", text), quote=False)
    text = re.sub(r"\[(?P<text>[^\]]+)\]\((?P<href>[^)\s]*)[^)]*\)", lambda m: f'<a href="{m["href"]}">{m["text"]}</a>', text)
    text = re.sub(r"(\*\*|__)(\S(?:.*?\S)?)\1", r"<strong>\2</strong>", text)
    return _CODE.sub(lambda m: m["text"], text)


def markdown_page(text: str) -> str | None:
    """The page a Markdown save of a web page renders to, or None for a text that is no such save (a Markdown
    note without link lists, a dump with a stray bracket)."""
    lines = text.splitlines()
    if front_matter(lines)[0] or sum(bool(_MD_LINK_TARGET.search(ln)) for ln in lines) < MIN_LINK_LINES:
        return None
    if not any(_MD_HEADING.fullmatch(ln.strip()) and ln.startswith("#") for ln in lines):
        return None
    out: list[str] = []
    in_list = False
    for line in lines:
        item = _MD_ITEM.fullmatch(line) if not _RULE.fullmatch(line) else None
        if in_list and not item:
            out.append("</ul>")
            in_list = False
        if not line.strip():
            continue
        if _RULE.fullmatch(line):
            out.append("<hr>")
        elif heading := _MD_HEADING.fullmatch(line.strip()) if line.startswith("#") else None:
            level = len(heading["marks"])
            out.append(f"<h{level}>{_inline(heading['text'])}</h{level}>")
        elif item:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_inline(item['text'])}</li>")
        else:
            out.append(f"<p>{_inline(line.strip())}</p>")
    if in_list:
        out.append("</ul>")
    body = "\n".join(out)
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
