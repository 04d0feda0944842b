"""The authors list as users see it: every entry a writer's name (rules in authors.toml).

A byline reader keeps what stands where a byline does; some of it is no name: a link to the writer's other
stories, a blog's tagline, a site's address or a handle, the byline's date or agency glued to the name, an
author label. Those are cut off a name or dropped, in every language; a name the list already holds with a
middle initial more or less is said once. A news agency alone stays: the page credits it as the author.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from builder.extract.byline import NAME_PARTICLES

with open(Path(__file__).with_name("authors.toml"), "rb") as _fh:
    RULES = tomllib.load(_fh)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DATE_WORD = re.compile(rf"(?:^|\s+)(?:{_alternation(RULES['date_words'])})$", re.I)
_AGENCY_AFTER_NAME = re.compile(rf"^(?P<name>\S+(?:\s+\S+)+?)\s+(?:{_alternation(RULES['agencies'])})$")
_LABEL = re.compile(rf"^(?:{_alternation(RULES['labels'])})\s*:?\s+(?=\S)", re.I)
_ADDRESS_END = re.compile(rf"[\s.](?:{_alternation(RULES['address_ends'])})$", re.I)
_KO_LINK = re.compile(_alternation(RULES["ko_link_words"]))
_KO_TAGLINE_WORD = re.compile(rf"[가-힣](?:{_alternation(RULES['ko_tagline_endings'])})$")
_HANGUL = re.compile("[가-힣]")
_AGENCIES = frozenset(a.casefold() for a in RULES["agencies"])
_PARTS = re.compile(r"\s+[·|]\s+")
_MIDDLE_INITIAL = re.compile(r"\s[A-Z]\.?(?=\s)")
# The marks that join co-writers' names before their one title ('홍길동·김철수 기자', '홍길동, 김철수', '홍길동/김철수').
NAME_JOINER = re.compile(r"\s*[·ㆍ,/]\s*")


def split_joined_names(joined: str) -> list[str]:
    """The names of a run joined by a middle dot, a comma or a slash ('홍길동·김철수' → both), the empty ones
    dropped: the one splitting step of a byline's and a credit line's co-writers."""
    return [name for name in NAME_JOINER.split(joined) if name]


def _reads_as_name(text: str) -> bool:
    """Capitalised words of a cased script, lower-case only for particles inside ('Luis de Ruiz')."""
    words = text.split()
    return not _HANGUL.search(text) and words[-1] not in NAME_PARTICLES \
        and all(w[0].isupper() or w in NAME_PARTICLES for w in words)


def _is_tagline(text: str) -> bool:
    """Korean words that say something ('먹고 마시는 모든 것을 씁니다'), or a link's text: no name."""
    if _KO_LINK.search(text):
        return True
    words = text.split()
    return len(words) >= 1 and bool(_HANGUL.search(text)) and any(_KO_TAGLINE_WORD.search(w) for w in words) \
        and (len(words) >= 2 or text.endswith(("니다", "하게")))


def tidy_name(text: str) -> str | None:
    """One entry cleaned ('Autor Jana Muster' → 'Jana Muster', 'Jane Roe Monday' → 'Jane Roe'), or None
    when nothing of it is a name (a tagline, a link, a date word, a site's address)."""
    text = " ".join(text.split())
    if _is_tagline(text) or _ADDRESS_END.search(text):
        return None
    text = _LABEL.sub("", text)
    while (cut := _DATE_WORD.sub("", text)) != text:
        text = cut
    if (m := _AGENCY_AFTER_NAME.match(text)) and _reads_as_name(m["name"]):
        text = m["name"]  # 'Jane Roe Associated Press'; not 'Le Monde et AFP' (two credits joined)
    return text.strip(" ,;") or None


def _key(name: str) -> str:
    return _MIDDLE_INITIAL.sub("", f" {name} ").strip().casefold()


def _tidy_entry(entry: str) -> str | None:
    """An entry of parts joined by ' · ' or ' | ' loses the parts that are no name ('홍길동 교수 · 이 글은 …입니다');
    the parts left stay one entry (a name and its post, a translator's credit)."""
    parts = _PARTS.split(entry)
    if len(parts) == 1:
        return tidy_name(entry)
    kept = [name for part in parts if (name := tidy_name(part))]
    return " · ".join(kept) if len(kept) < len(parts) else tidy_name(entry)


def tidy_authors(authors: list[str]) -> list[str]:
    """The list with every entry a name: junk dropped (unless nothing would be left: an only entry stays as it
    is), a name said twice kept once, and a lone Latin word beside Hangul names (a handle: 'Sprout') dropped."""
    out: list[str] = []
    for entry in authors:
        name = _tidy_entry(entry)
        if name and _key(name) not in {_key(a) for a in out}:
            out.append(name)
    if any(_HANGUL.search(a) for a in out):
        out = [a for a in out if _HANGUL.search(a) or len(a.split()) > 1 or a.casefold() in _AGENCIES]
    return out or authors[:1]
