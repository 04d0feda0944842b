"""Text dumps: pages that were already extracted to plain text (like the seed article).

No HTML extraction is needed; the dump is split into lines and handed to the language rules,
which find the headline block, byline and boilerplate exactly as they do for HTML pages.
A Markdown export is a dump too, once its front matter is read as metadata and its markup is taken off.
"""

from __future__ import annotations

import re

from builder.dates import normalise
from builder.extract.filename import name_hints
from builder.extract.markdown import front_matter, plain
from builder.extract.model import Extracted

# Markdown image links (`![alt](url)`) that dumps keep from the page's teaser grids.
_IMAGE_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".md.gz", ".markdown.gz")


def extract_text(text: str, path: str = "") -> Extracted:
    """A dump's lines, with what its file name (`path`, relative to RAW) says about it."""
    raw_lines = text.splitlines()
    fields: dict[str, object] = {}
    markdown = path.lower().endswith(MARKDOWN_SUFFIXES)
    if markdown:
        fields, raw_lines = front_matter(raw_lines)
    lines = []
    for raw in raw_lines:
        line = plain(raw) if markdown else _IMAGE_LINK.sub("", raw).strip()
        if line:
            lines.append(line)
        elif lines and lines[-1] != "":
            lines.append("")  # keep paragraph breaks: the headline block ends at the first blank line
    while lines and lines[-1] == "":
        lines.pop()
    authors = fields.get("authors") or []
    # a front-matter date the build cannot read is left to the rules, which then look for the text's own
    published, updated = (v if normalise(v) else None for v in (fields.get("published"), fields.get("updated")))
    return Extracted(body_lines=lines, extractor="text-dump", name_hints=name_hints(path) if path else None,
                     title=fields.get("title"), published=published, updated=updated,
                     authors=list(authors), url=fields.get("url"), outlet=fields.get("outlet"))
