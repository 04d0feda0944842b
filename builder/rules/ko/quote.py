"""Korean direct quotations and who said them.

Patterns (quote.toml holds the words):
  X는 "…"고 말했다 / X는 "…"라며 "…"고 강조했다   speaker before, one speaker for the chain
  "…"라고 X는 말했다                                  speaker after
  그는 "…" / 이 대표는 "…"                             pronoun or short mention: resolved by the person rules
  그러면서 "…" (no subject)                            the speaker carries over from the last subject
A quotation's text never includes its marks, and body[start:end] == text.
"""

from __future__ import annotations

import re

from builder.rules import Context
from builder.rules.ko.text import quote_spans, sentence_bounds
from builder.rules.model import Mention, Person, Quote
from builder.rules.tables import alternation, load

RULES = load("ko", "quote")
ENDING = re.compile(r"^[\"”’']?\s?(?:%s)(?![\uac00-\ud7a3])|^[\"”’']?\s?(?:%s)" % (
    alternation(["이라고", "라고", "고", "이라며", "라며", "며", "이라면서", "라면서", "면서", "하며", "하고"]),
    alternation(RULES["quotative_endings"])))
CONNECTOR = re.compile(r"^[\"”]\s*(?:%s)?\s*[,.]?\s*[\"“]$" % alternation(RULES["chain_connectors"]))
VERBS = sorted(RULES["reporting_verbs"], key=len, reverse=True)
VERB = re.compile(r"(?<![\uac00-\ud7a3])(%s)(?=[.!?\s]|$)" % alternation(VERBS))
CLAUSE_BREAK = re.compile("|".join(RULES["clause_breaks"]))
MIN_WORDS = RULES["min_words_without_ending"]
_NOUN_USE = re.compile(r"^[\"”]\s?(?:을|를|이|가|은|는|의|에|와|과|로|으로|도)(?![\uac00-\ud7a3])")


def _candidates(body: str) -> list[tuple[int, int]]:
    """Quotation spans worth considering: outermost only, trimmed, not a lone heading line."""
    spans = []
    last_end = -1
    for s, e in quote_spans(body):
        if s < last_end:
            continue  # nested inside the previous quotation
        last_end = e
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e - s < 2:
            continue
        line_start = body.rfind("\n", 0, s) + 1
        line_end = body.find("\n", e)
        line_end = len(body) if line_end == -1 else line_end
        if not body[line_start:s - 1].strip() and not body[e + 1:line_end].strip(" .\"”"):
            continue  # the whole line is a quotation: an in-body heading, not attributed speech
        after = body[e:e + 8]
        words = len(body[s:e].split())
        if _NOUN_USE.match(after) and words < MIN_WORDS:
            continue
        if words < MIN_WORDS and not ENDING.match(after):
            continue
        if words < 2:
            continue
        spans.append((s, e))
    return spans


def _chains(body: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    chains: list[list[tuple[int, int]]] = []
    for s, e in spans:
        if chains:
            ps, pe = chains[-1][-1]
            gap = body[pe:s]
            if len(gap) <= 12 and CONNECTOR.match(gap) and "\n" not in gap:
                chains[-1].append((s, e))
                continue
        chains.append([(s, e)])
    return chains


def _reporting_verb(body: str, after: int, sentence_end: int) -> str | None:
    tail = body[after:sentence_end]
    m = VERB.search(tail)
    if m:
        return m.group(1)
    words = re.findall(r"[\uac00-\ud7a3]+(?=[.!?]?\s*$)", tail)
    return words[-1] if words else None


def find(body: str, persons: list[Person], mentions: list[Mention], ctx: Context) -> list[Quote]:
    spans = _candidates(body)
    all_quotes = quote_spans(body)

    def outside(m: Mention) -> bool:
        return not any(a <= m.start < b for a, b in all_quotes)

    subject_mentions = [m for m in mentions if m.is_subject and outside(m)]
    quotes: list[Quote] = []
    last_subject: str | None = None
    mi = 0
    for chain in _chains(body, spans):
        first_s, last_e = chain[0][0], chain[-1][1]
        sent_start, sent_end = sentence_bounds(body, first_s)
        # people named as subject before this sentence carry over
        while mi < len(subject_mentions) and subject_mentions[mi].start < sent_start:
            m = subject_mentions[mi]
            if m.person:
                last_subject = m.person
            mi += 1
        speaker = None
        before = [m for m in subject_mentions if sent_start <= m.start < first_s]
        for m in reversed(before):
            if CLAUSE_BREAK.search(body[m.end:first_s - 1]):
                continue
            speaker = m.person or last_subject
            break
        if speaker is None:
            after = [m for m in subject_mentions if last_e < m.start < sent_end and m.person]
            if after:
                speaker = after[0].person
        if speaker is None:
            speaker = last_subject
        verb = _reporting_verb(body, last_e + 1, sent_end)
        for s, e in chain:
            quotes.append(Quote(body[s:e], s, e, speaker, "person" if speaker else None, verb, "direct"))
        # the sentence's own subjects were weighed above; only its speaker carries over
        while mi < len(subject_mentions) and subject_mentions[mi].start < sent_end:
            mi += 1
        if speaker:
            last_subject = speaker
    return quotes
