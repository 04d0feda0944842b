"""Korean morphology (Kiwi): which words Kiwi reads as proper nouns, for the person rules.

Kiwi is loaded once per process, on the first Korean document that needs it, and each body
is analysed once, whole. Its CoNg model without the typo and multi-word dictionaries loads in
about 2 s instead of 4.6 s (about 300 MiB resident) and tags names the same way; the analysis
costs about 25 µs per character (50-70 ms per 3,000), about what trafilatura spends on a page.

Measured and left as it is (kiwipiepy 0.24, the bodies of ko, ko-more and ko-klue):
- analysing lazily, only the lines or sentences a rule asks about: the person rules ask about
  99% of the text (89% of it even without the rules that read every word), so nothing is saved;
- analysing line by line instead of the whole body: the same cost, and quotation marks paired
  differently across lines;
- other models: the 'knlm' and 'sbg' files no longer ship with kiwipiepy_model 0.24 (nor 0.22),
  'cong' is the only one installed; kiwipiepy 0.20.4 with its knlm and sbg models, measured on 30
  ko-klue dumps, costs 49 and 70 µs per character against CoNg's 21 in 0.24.1, so an older
  release buys nothing;
- options: without URL/e-mail/hashtag/mention matching or z_coda, a lower cut-off (5 or 3) or
  a shorter unknown-word limit save 10-25% but change tokens (12 to 437 of 58,000) and so maybe
  the persons found; allomorphs kept apart save nothing and change 2,860; so none is used;
- each distinct word (eojeol) analysed alone, once per worker, its morphemes kept in a cache
  shared by all the worker's documents (benchmarks/kiwi_words.py, 81 distinct bodies of ko-klue,
  ko-more, ko, ko-text and the seed): a word alone costs more per character than in its body
  (29-30 ms/doc whole, 31-39 batched per word, no cache), and Korean words repeat too little for
  the cache to make up for it: after 40 documents 43-44% of words but only 34% of characters are
  hits, and a cold cache costs 21-33 ms/doc, as much as the whole body. Only text that repeats
  pages (benchmarks/throughput.py) gets near the floor (1 ms/doc; CPU ratio 0.32-0.40 -> 0.47-0.56).
  And Kiwi reads a word differently alone than in its sentence: 3,057 of 26,059 eojeols, 611 of
  them gaining or losing a proper noun (a three-syllable Korean name read as one NNP in its
  sentence comes apart alone, as a determiner, a noun and a particle): persons R fell 0.912 -> 0.875 on ko-more (title 1.00 -> 0.98,
  attribution 1.00 -> 0.98) and P/R 0.946/0.602 -> 0.938/0.585 on ko-klue. A hybrid, words alone
  and whole sentences where a word is new, saves nothing: no sentence had every word cached.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from typing import NamedTuple

from builder.timelimit import untimed

MODEL_TYPE = "cong"
NOUN_TAGS = frozenset({"NNP", "NNG", "NNB"})
# Tags that make a word a verb or an adjective form. Anything else may be a piece of an unknown
# name: Kiwi cuts '강재환' into 강재/NNG 환/XR and '한미숙' into 한/MM 미숙/NNG.
VERB_MAKERS = frozenset({"XSV", "XSA", "VCP", "VCN"})


class Morph(NamedTuple):
    """A morpheme and its offsets in the body. A named tuple, not a dataclass: a body has
    hundreds, made anew for every document, and a tuple is several times cheaper to build."""

    form: str
    tag: str
    start: int
    end: int
    oov: bool  # not in Kiwi's dictionary: a word Kiwi guessed


@cache
def kiwi():  # noqa: ANN201 - kiwipiepy is imported only when a Korean page needs it
    """The analyser, loaded (and warmed up: its first analysis loads the rest of the model) the
    first time a Korean page needs it.

    The few seconds this takes are the worker process's set-up, not the document's: a
    per-document timeout (an interval timer, see builder/execute.py) is paused meanwhile.
    """
    with untimed():
        from kiwipiepy import Kiwi

        k = Kiwi(num_workers=-1, model_type=MODEL_TYPE, load_typo_dict=False, load_multi_dict=False)
        k.tokenize("모델을 불러온다.")
    return k


class Analysis:
    """One body's morphemes, and the answers already given about its spans.

    The person rules ask about the same words again and again (a word is read by the rule that
    finds names, by the foreign-name rule, by the list rule ...): a span's morphemes and its
    reading are worked out once per body, and a span's morphemes are found by bisection.
    """

    __slots__ = ("morphs", "starts", "_within", "_reading")

    def __init__(self, morphs: tuple[Morph, ...]):
        self.morphs = morphs
        self.starts = [m.start for m in morphs]
        self._within: dict[tuple[int, int], tuple[Morph, ...]] = {}
        self._reading: dict[tuple[int, int], str] = {}

    def starting_in(self, start: int, end: int) -> tuple[Morph, ...]:
        """The morphemes that start inside [start, end)."""
        i = bisect_left(self.starts, start)
        return self.morphs[i:bisect_left(self.starts, end, i)]

    def within(self, start: int, end: int) -> tuple[Morph, ...]:
        """The morphemes that start inside [start, end) and end by `end`."""
        key = (start, end)
        found = self._within.get(key)
        if found is None:
            found = self._within[key] = tuple(m for m in self.starting_in(start, end) if m.end <= end)
        return found

    def reading(self, start: int, end: int) -> str:
        key = (start, end)
        found = self._reading.get(key)
        if found is None:
            found = self._reading[key] = _reading(self.within(start, end), start, end)
        return found


@lru_cache(maxsize=4)
def analysed(body: str) -> Analysis:
    """The body analysed by Kiwi (once per body: the rules of one document all ask about the same body)."""
    return Analysis(tuple(Morph(t.form, t.tag, t.start, t.end, bool(t.oov)) for t in kiwi().tokenize(body)))


def analyse(body: str) -> tuple[Morph, ...]:
    """The body's morphemes with their offsets in the body."""
    return analysed(body).morphs


def morphs_in(body: str, start: int, end: int) -> list[Morph]:
    """The morphemes that start inside body[start:end]."""
    return list(analysed(body).starting_in(start, end))


def reading(body: str, start: int, end: int) -> str:
    """How Kiwi reads body[start:end]: 'other' (an ending, a particle or a verb-making suffix in it:
    '제치고', '지명된'), 'proper' (a proper noun or a guessed word in it: '김정석' is 김정/NNP 석/NNG,
    '류현우' one unknown NNG), 'common' (one common noun from the dictionary: '정부', '사고') or
    'nouns' (pieces without a proper noun: '오정석' as 오정/NNG 석/NNG)."""
    return analysed(body).reading(start, end)


def _reading(ms: tuple[Morph, ...], start: int, end: int) -> str:
    if not ms or ms[0].start != start or ms[-1].end != end:
        return "other"
    if any(m.tag.startswith(("E", "J")) or m.tag in VERB_MAKERS for m in ms):
        return "other"
    if any(m.tag == "NNP" or m.oov for m in ms):
        return "proper"
    return "common" if len(ms) == 1 else "nouns"


def predicate_words(body: str, start: int, end: int, auxiliaries: bool = False) -> list[tuple[int, int, str]]:
    """The words of body[start:end] that Kiwi reads as verbs (a verb, or a noun with a verb-making
    suffix: '강조한', '밝힌', '높였다'), with the tag of each word's last morpheme ('EC', 'EF', 'ETM' ...).
    With auxiliaries, an auxiliary verb right after a verb is one word with it ('제기해 온': ending ETM)."""
    words: list[tuple[int, int, str]] = []
    for m in analysed(body).starting_in(start, end):
        if words and m.start < words[-1][1]:
            if not m.tag.startswith("S"):  # '말했고,': the comma is no ending
                words[-1] = (words[-1][0], words[-1][1], m.tag)
            continue
        if auxiliaries and m.tag == "VX" and words and not body[words[-1][1]:m.start].strip():
            w1 = next((i for i in range(m.end, end) if body[i].isspace()), end)
            words[-1] = (words[-1][0], w1, m.tag)
            continue
        if m.tag.startswith("VV") or m.tag == "XSV":
            w0 = max(body.rfind(" ", start, m.start), body.rfind("\n", start, m.start)) + 1 or start
            w1 = next((i for i in range(m.end, end) if body[i].isspace()), end)
            words.append((max(w0, start), w1, m.tag))
    return words


def coined_of_words(body: str, start: int, end: int) -> bool:
    """'구름보라' (구름/NNG 보/VV 라/EC): a word opening with a noun of two syllables or more and a verb's stem written
    on as one word, ending in no modifier or final ending: a name coined of Korean words (a club, a brand), not a
    clause's verb ('치러', '이끈') nor a noun with a verb-making suffix ('강조한')."""
    ms = list(analysed(body).starting_in(start, end))
    return len(ms) >= 2 and ms[0].start == start and ms[0].tag in ("NNG", "NNP") and len(ms[0].form) >= 2 \
        and ms[1].tag in ("VV", "VA") and ms[-1].tag not in ("ETM", "EF")


def is_inflected(body: str, start: int, end: int) -> bool:
    """Does body[start:end] end, as Kiwi reads it, with a connective or final ending or a particle
    ('제치고', '하면')? A modifier ending is left alone: '정해진' may be a name."""
    ms = analysed(body).within(start, end)
    return bool(ms) and (ms[-1].tag in ("EC", "EF") or ms[-1].tag.startswith("J"))


def ends_modifier(body: str, start: int, end: int) -> bool:
    """Does body[start:end] end, as Kiwi reads it, with a modifier ending ('기소된', '탈당한')?"""
    ms = analysed(body).within(start, end)
    return bool(ms) and ms[-1].tag == "ETM"


@lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """Does Kiwi read the word, on its own, as one common noun of its dictionary, or a noun and a suffix
    ('정책', '비서실', '지역별')? (Asked of single words, apart from the body's analysis.)"""
    ms = kiwi().tokenize(word)
    if len(ms) == 1:
        return ms[0].tag == "NNG" and not ms[0].oov
    return len(ms) == 2 and ms[1].tag == "XSN" and ms[0].tag == "NNG" and not ms[0].oov


@lru_cache(maxsize=4096)  # a pure function of the word: the person rules ask it of the same words on every page
def known_word(word: str) -> bool:
    """Does Kiwi read the word, on its own, as one noun of its dictionary, common or proper ('지중해', '백일해'), not
    a guess? (Asked of single words, apart from the body's analysis.)"""
    ms = kiwi().tokenize(word)
    return len(ms) == 1 and ms[0].tag in ("NNG", "NNP") and not ms[0].oov and ms[0].form == word


@lru_cache(maxsize=4096)
def derived_noun(word: str) -> bool:
    """Can Kiwi read the word, on its own, as a dictionary common noun of two syllables or more and a noun-making
    suffix ('지명권': 지명+권, '복호화': 복호+화, '소장가': 소장+가), in one of its three best analyses? A Korean name
    never splits so: its surname is one syllable, and Kiwi tags a name's pieces as proper nouns.
    (Asked of single words, apart from the body's analysis.)"""
    for tokens, _ in kiwi().analyze(word, top_n=3):
        if len(tokens) == 2 and tokens[0].tag == "NNG" and not tokens[0].oov and len(tokens[0].form) >= 2 \
                and tokens[1].tag == "XSN" and tokens[1].end == len(word):
            return True
    return False


@lru_cache(maxsize=4096)
def noun_compound(word: str) -> bool:
    """Can Kiwi read the word, on its own, as dictionary common nouns of two syllables or more each ('도시철도':
    도시+철도), in one of its three best analyses? A name with a particle glued on never reads so."""
    return any(len(tokens) >= 2 and all(t.tag == "NNG" and not t.oov and len(t.form) >= 2 for t in tokens)
               and tokens[-1].end == len(word) for tokens, _ in kiwi().analyze(word, top_n=3))


@lru_cache(maxsize=4096)
def bare_common_nouns(word: str) -> bool:
    """Does Kiwi read the word, on its own, as nothing but common nouns of its dictionary ('속보', '뉴스홈' as 뉴스+홈):
    no particle, no ending, no proper noun, no guess? A menu's item reads so; a headline's predicate does not."""
    tokens = kiwi().tokenize(word)
    return bool(tokens) and all(t.tag == "NNG" and not t.oov for t in tokens) and tokens[-1].end == len(word)


def unknown(body: str, start: int, end: int) -> bool:
    """Is a word of body[start:end] missing from Kiwi's dictionary ('코스톨로')? Places and teams mostly are in it."""
    return any(m.oov for m in analysed(body).within(start, end))

