"""Text dumps: pages that were already extracted to plain text (like the seed article).

No HTML extraction is needed; the dump is split into lines and handed to the language rules,
which find the headline block, byline and boilerplate exactly as they do for HTML pages.
"""

from __future__ import annotations

import re

from builder.extract.filename import name_hints
from builder.extract.model import Extracted

# Markdown image links (`![alt](url)`) that dumps keep from the page's teaser grids.
_IMAGE_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def extract_text(text: str, path: str = "") -> Extracted:
    """A dump's lines, with what its file name (`path`, relative to RAW) says about it."""
    lines = []
    for raw in text.splitlines():
        line = _IMAGE_LINK.sub("", raw).strip()
        if line:
            lines.append(line)
        elif lines and lines[-1] != "":
            lines.append("")  # keep paragraph breaks: the headline block ends at the first blank line
    while lines and lines[-1] == "":
        lines.pop()
    return Extracted(body_lines=lines, extractor="text-dump", name_hints=name_hints(path) if path else None)
