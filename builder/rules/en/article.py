"""English article rules: byline lines, page furniture and copyright lines (patterns in article.toml)."""

from __future__ import annotations

import re

from builder.extract.model import Extracted
from builder.rules.tables import compile_all, compiled, load

RULES = load("en", "article")
BOILERPLATE = compile_all(RULES["boilerplate_lines"], re.I)
END_MARKERS = compile_all(RULES["end_markers"], re.I)
BYLINE = compiled(RULES["byline"])
MIN_ARTICLE_CHARS = RULES["min_article_chars"]
HEAD_LINES = 4
EMAIL = compiled(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NEWSROOM_MAILBOXES = frozenset(RULES["newsroom_mailboxes"])


def byline_names(line: str) -> list[str] | None:
    m = BYLINE.match(line.strip())
    if not m:
        return None
    return [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names")) if n.strip()]


def closing_address(lines: list[str]) -> str | None:
    """The address alone on the text's last line ('hong.gildong@moa.example' under the last paragraph): the writer's,
    whom the byline names; a newsroom's shared box is none."""
    last = lines[-1].strip() if lines else ""
    if EMAIL.fullmatch(last) and last.split("@", 1)[0].lower() not in NEWSROOM_MAILBOXES:
        return last
    return None


def refine(ex: Extracted) -> Extracted:
    lines = [ln for ln in ex.body_lines if ln and not any(p.search(ln) for p in BOILERPLATE)]
    for i, line in enumerate(lines):
        if i > 0 and any(p.search(line) for p in END_MARKERS):
            ex.tail_lines = lines[i:]
            lines = lines[:i]
            break
    kept = []
    for i, line in enumerate(lines):
        names = byline_names(line) if i < HEAD_LINES and len(line) < 120 else None
        if names:
            for n in names:
                if n not in ex.authors and not any(n in a or a in n for a in ex.authors):
                    ex.authors.append(n)
            continue
        kept.append(line)
    if email := closing_address(kept):
        kept = kept[:-1]
        if not ex.author_emails:
            ex.author_emails.append(email)
    ex.body_lines = kept
    return ex
