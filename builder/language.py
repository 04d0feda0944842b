"""Tell the body's language: Hangul share first, then what the page declares, then a stopword test."""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[a-z']+")
ENGLISH_STOPWORDS = frozenset("the of and to in a is that for on with as was said by it he his at from are be has have".split())
# Share of English function words that makes a text English whatever the page declares ...
ENGLISH_SHARE = 0.15
# ... and the lower share that does when the page declares no language (a text dump): short reports
# that are mostly names and figures ('Scorers: Sam Hollis (5th) ...') have few function words,
# while other languages written in Latin letters stay well under it.
ENGLISH_SHARE_UNDECLARED = 0.08


def detect(text: str, hint: str | None = None) -> str:
    sample = text[:5000]
    letters = len(_LETTER.findall(sample)) or 1
    if len(_HANGUL.findall(sample)) / letters > 0.3:
        return "ko"
    if len(_KANA.findall(sample)) / letters > 0.1:
        return "ja"
    if len(_HAN.findall(sample)) / letters > 0.3:
        return "zh"
    words = _WORD.findall(sample.lower())
    share = sum(w in ENGLISH_STOPWORDS for w in words) / len(words) if len(words) >= 20 else 0.0
    if share > ENGLISH_SHARE:
        return "en"
    declared = (hint or "").strip().lower().replace("_", "-").split("-")[0]
    if re.fullmatch(r"[a-z]{2,3}", declared or ""):
        return declared
    return "en" if share > ENGLISH_SHARE_UNDECLARED else "und"
