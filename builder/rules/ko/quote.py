"""Korean direct quotations and who said them.

Patterns (quote.toml holds the words):
  X는 "…"고 말했다 / X는 "…"라며 "…"고 강조했다   speaker before, one speaker for the chain
  "…"라고 X는 말했다                                  speaker after
  그는 "…" / 이 대표는 "…"                             pronoun or short mention: resolved by the person rules
  그러면서 "…" (no subject)                            the speaker carries over from the last subject
  회사 측은 "…" / 업계 관계자는 "…"                    an organisation, or a source without a name
  "…" ⏎ X는 이같이 말했다 / X는 이 말을 하고 …       a quotation on its own line, attributed after it
  "…" ⏎ … X의 첫마디였다 / X가 남긴 말이다            … or by the owner of a word for what was said
  [인터뷰] X/직책 : "…"                                a broadcast sound bite with its caption on one line
  X 역시 "…" / X에 따르면 "…"                          a subject marked by an adverb, a source
  X가 … Y가 제안한 안에 대해 "…"                       Y's clause modifies a noun: X speaks
  고인은 생전 "…" / 회사 측은 "…"                      the deceased; the body the article is about
  "…" ⏎ … X 이사가 내놓은 답이다 / X의 진단이다         the owner of the answer or diagnosis
  X는 … 이유를 묻자 "…"고 답했다                       a topic before a -자 clause speaks, not the asker
  A 등 12개 단체는 "…" / A와 B는 "…"                   speaking together: the first named is the speaker
  "… ⏎ …"                                              a quotation may run over into the next paragraph
  X는 이렇게 답했다. "…" / "…"(한빛증권 X 연구원)는    announced before it; named in parentheses after it
  그는 짧게 답했다. "…" / 그는 입을 열었다. ⏎ "…"      how its subject answered, before a frameless quotation
  "…" X 작가의 목소리가 높아졌다                       the owner of the voice after it
  X는 입장문을 내고 "…" / X 노조는 성명에서 "…"        a body issuing a statement
  <p>딸 역의 X는</p><p>"…"고 말했다.</p>               a speaker line broken off before its paragraph
  X는 … 설명했다. ⏎ "…."                               a full sentence alone after its speaker's reporting verb
  X는 … ⏎ "…" ⏎ X는 …                                  a quotation alone between two paragraphs about X
  스승 Y는 그를 "…" … ⏎ 그는 "…"                         그 is the person the story follows, not Y beside them
  "…." 수료식을 마친 X 씨는 손사래를 쳤다           the next sentence's subject, when it reports speech or manner
  "…." 이에 대해 X는 "…"고 반박했다                    … but not when it answers the quotation
  "…" ⏎ … 도예가 X(45)씨는 … ⏎ … 그는 "…"               an article's opening words: the person introduced next
  X씨가 … 스무 살 때다. "…."                           a bare quotation going on about the paragraph's one person
  권 할머니는 / 길군은 (after 권옥례(88) 할머니, 길한솔(18)군)   a surname and a word of address or kinship
  버르거 총리는 (after 헝가리의 버르거 졸탄 총리)    the full name given before with that title
  X Y 아이다호 주지사는 "…"                              the full name, not the place between it and the title
  그가 조용히 말을 꺼냈다. ⏎ "…" / 그에게 … 묻자 … 답했다. ⏎ "…"   a profile's person beginning to speak, or asked
  … 그는 열 살에 …. ⏎ "…" ⏎ 이장 권모(62)씨는 …         a lone quotation after a paragraph about the person followed
  탁 CP는 (after 탁은서 CP) / 파로 상무는 (after 앙투안 파로 … 상무)   the name given before with the same word, known or not
  FC누리는 / 누리엔터테인먼트는 공식 SNS를 통해 "…"          a body spelled with Latin letters or a firm's ending; its channel
  ―질문. ⏎ 답. ⏎ 답의 다음 문단.                           an interview answer over several paragraphs
  봉하진 누리특별자치도 경제부지사는 "…"                   a name no person rule took before a body and a post: the name
  …당의 마루 겐지 대표는 / …당의 아베 신지 대표는           a foreign name between a body's 의 and a title
  "…." 반 센터장의 목소리가 떨렸다                          a short quotation whose speaker's voice is the next subject
  "…"라며 "…" / "…"면서도 "…" / "…"이라며 ⏎ "…"          one quotation in parts, a concessive or a line break between
  ⏎"…." X는 공을 동료들에게 돌렸다. 그는 "…"            a paragraph opening with a quotation: the next sentence's subject
  "…." 이 말을 들은 X는 웃었다                           … but not the listener named after it
  X는 "…"며 웃었다. ⏎ "…." ⏎ 그의 …                      a lone quotation between X's words and a paragraph about X
  "…" ⏎ X는 … 이 같은 구상을 내놓았다                     the words named after it as what its subject set out
  공대 권 교수는 (after 공과대학 권해온 교수, 의과대학 권지섭 교수)   two of a surname told apart by their body, written short
  X 씨의 전망은 한층 비관적이다. 그는 "…"                  the owner of a sentence's topic is the next pronoun's person
  할머니는 (after 주인공은 모윤선(101) 할머니다)            a word of address alone: the one person introduced with it
  "…." ⏎ 할머니의 밥상은 소박하다.                          a lone quotation, then a thing of a person named before
  X는 "…"며 울먹였다. ⏎ "…." ⏎ Y씨도 이날 …                 a lone quotation closing X's part, Y brought in beside
  뒤발레 바리스타는 (after 바리스타 앙리 뒤발레가)             a foreign last name and the calling given with the full name
  하씨에게 비결을 묻자 "…"라며 웃었다                        the one asked answers
  … 공방에서 하씨를 만났다. ⏎ "…."                           the person the reporter met
A quotation's text never includes its marks, and body[start:end] == text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, replace

from builder.rules import Context
from builder.rules.ko import membership, morph
from builder.rules.ko.person import (is_firm_kind, LOCALITIES, CAPTION_AFTER, caption_rule, CAPTION_INLINE, CAPTION_LINE, CAPTION_SPACED, caption_names_person, CAPTION_QUOTE, FIRM_ENDINGS, FORMER_MARKERS, HONORIFIC, INTERVIEW, INTERVIEW_QUOTE,
                                     COUNTRY_NAMES, JOINING_PARTICLES, ORG_ENDINGS, ORG_WORDS, PERSON_NOUNS, caption_body, caption_person, is_korean_name, is_surname,
                                     title_of)
from builder.rules.ko.text import (HANGUL, SUBJECT_PARTICLES, Tok, followed_within, quote_spans, sentence_bounds,
                                   strip_particle, tokenize)
from builder.rules.model import Mention, Person, Quote
from builder.rules.tables import alternation, load

RULES = load("ko", "quote")
CLUB_NAME_ENDINGS = tuple(RULES["club_name_endings"])  # '… 레인저스', '… 자이언츠': a club's nickname in English plural
CONTINUATIONS = frozenset(RULES["continuations"])
ENDING = re.compile(r"^[\"”’']?\s?(?:%s)" % alternation(RULES["quotative_endings"]))
SPEECH_ENDING = re.compile(r"^[\"”’']?(?:%s)(?![\uac00-\ud7a3])" % alternation(RULES["speech_endings"]))
# '"…"이라며 "…"', '「…」이라며 「…」': the gap between two parts of one quotation, in double quotes or in brackets
CONNECTOR = re.compile(r"^[\"”%s]\s*(?:%s)?\s*[,.]?\s*[\"“%s]$" % (
    re.escape("".join(pair[1] for pair in RULES["bracket_quote_marks"])), alternation(RULES["chain_connectors"]),
    re.escape("".join(pair[0] for pair in RULES["bracket_quote_marks"]))))
VERB = re.compile(r"(?<![\uac00-\ud7a3])(%s)(?=[.!?\s]|$)" % alternation(RULES["reporting_verbs"]))
CLAUSE_BREAK = re.compile("|".join(RULES["clause_breaks"]))
TOPIC_BREAKS = tuple(RULES["topic_governed_breaks"])
# '"…"(채수련 지부장)', '"…" - 채수련 지부장' and '채수련 지부장 : "…"': a label beside the quotation on its line, with nothing
# else there, names its speaker (a name, or a name and a title).
LABEL_AFTER = re.compile(r"[\"”]\s?(?:\((?P<paren>[^()\n\"“”]{2,30})\)|[ \t]+[-–—―][ \t]*(?P<dash>[^\n\"“”()]{2,30}?))[ \t.]*(?=\n|$)")
LABEL_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<label>[\uac00-\ud7a3][^\n\"“”:()\[\]]{1,30}?)[ \t]*:[ \t]*$")
INDIRECT_SPEECH = re.compile(r"[\uac00-\ud7a3](?:%s)\s" % alternation(RULES["indirect_speech_endings"]))
COLLECTIVE_BODIES = tuple(RULES["collective_bodies"])
COUNTED = re.compile(RULES["counted_bodies"])
LIST_END = "등"
GROUP_LEADS = frozenset(RULES["group_leads"]) | {LIST_END}
# Morpheme tags that end a clause (a connective or a final ending): the verb of that clause reports.
CLAUSE_END_TAGS = frozenset(RULES["clause_end_tags"])
# '… 강조한 바 있다': a modifier verb before one of these nouns is the clause's verb all the same.
BOUND_PREDICATE = re.compile(r"\s+(?:%s)\s" % alternation(RULES["bound_predicate_nouns"]))
BACK_REFERENCE = re.compile(r"(?:%s)\s*(?:\S+\s+)?(?:%s)|(?<![\uac00-\ud7a3])(?:%s)" % (
    "|".join(RULES["back_reference_verbs"]), alternation(RULES["reporting_verbs"]), "|".join(RULES["back_reference_words"])))
ANONYMOUS = frozenset(RULES["anonymous_speakers"])
NOT_SOURCE_MODIFIERS = frozenset(RULES["not_source_modifiers"])
ATTRIBUTION_NOUNS = tuple(sorted(RULES["attribution_nouns"], key=len, reverse=True))
VOICE_NOUNS = frozenset(RULES["voice_nouns"])
VOICE_PARTICLES = frozenset(RULES["voice_particles"])
# '… 반 센터장의 목소리가 떨렸다': a possessive and a voice noun as subject, in the sentence after a quotation.
VOICED = re.compile(r"의\s(?:%s)(?:%s)\s" % (alternation(RULES["voice_nouns"]), alternation(RULES["voice_particles"])))
STATEMENT_NOUNS = frozenset(RULES["statement_nouns"])
STATEMENT_PARTICLES = frozenset(p.split()[0] for p in RULES["statement_particles"])
MIN_WORDS = RULES["min_words_without_ending"]
SAYING_APART_WORDS = RULES["max_words_of_a_saying_apart"]
SAYING_APART_SHARE = RULES["max_share_of_a_saying_apart"]
SAID_THUS_THEN_MORE = re.compile(RULES["said_thus_then_more"])
BRACKET_PAIRS = [(m[0], m[1]) for m in RULES["bracket_quote_marks"]]
MIN_BRACKET_WORDS = RULES["min_words_in_brackets"]
_CLAUSE_WORDS = r"(?:\s+[^\s.!?\n\"“”‘’「」『』《》']+){0,3}?\s+"  # up to three words before the verb, none ending a sentence
BRACKET_SPEECH = re.compile(r"(?:%s)(?![\uac00-\ud7a3])(?P<between>%s)(?P<verb>%s)(?=[.!?,\s]|$)" % (
    alternation(RULES["bracket_speech_endings"]), _CLAUSE_WORDS,
    alternation(RULES["reporting_verbs"] + RULES["written_reporting_verbs"])))
# The linking ending between two parts of one quotation in brackets, up to the next part's opening mark
BRACKET_PART_LINK = re.compile(r"(?:%s)\s*(?=[%s])" % (alternation(RULES["chain_connectors"]),
                                                         re.escape("".join(pair[0] for pair in RULES["bracket_quote_marks"]))))
BRACKET_STATEMENT = re.compile(r"(?:%s)\s+(?:%s)(?:을|를|도|만)?(?P<between>%s)(?P<verb>%s)(?=[.!?,\s]|$)" % (
    alternation(RULES["bracket_statement_endings"]), alternation(RULES["bracket_statement_nouns"]),
    r"(?:\s+[^\s.!?\n\"“”‘’「」『』《》']+){0,2}?\s+", alternation(RULES["bracket_statement_verbs"])))
# '… 이렇게 답했다.' / '다음과 같이 말했다:' right before a quotation: the words that follow were said.
ANNOUNCING = re.compile(r"(?:%s)\s*(?:\S+\s+)?(?:%s)[.:]?\s*$" % (
    "|".join(RULES["announcing_words"]), alternation(RULES["reporting_verbs"])))
OPENING = r"(?:%s)|(?<![\uac00-\ud7a3])(?:%s)(?:을|를)?\s+(?:%s)" % (
    alternation(RULES["opening_verbs"]), alternation(RULES["opening_objects"]), alternation(RULES["opening_actions"]))
MANNER_ANNOUNCING = re.compile(r"(?:(?<![\uac00-\ud7a3])(?:%s|%s)\s+(?:%s)|%s)[.:]?\s*$" % (
    RULES["manner_words"], RULES["announcing_subjects"], alternation(RULES["manner_announcing_verbs"]), OPENING))
# '그에게 비결을 묻자 … 답했다': the person a question is put to (with 에게, 께, 한테) answers it.
QUESTION_CLAUSE = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]+[을를] (?:%s)\s" % alternation(RULES["question_clauses"]))
QUESTION_PUT = re.compile(r"\s*(?:[^.!?\n\"“”]*?\s)?(?:%s)(?![\uac00-\ud7a3])" % alternation(RULES["question_clauses"]))
FORWARD_ONLY = re.compile("|".join(RULES["forward_announcing_words"]))
# '… 박 감독의 첫마디였다.': a sentence that says whose words the quotation before it were.
ATTRIBUTED = re.compile(r"(?<=\s)(?:%s)(?:%s)[.!]?\s*$" % (alternation(RULES["attribution_nouns"]),
                                                         alternation(RULES["attribution_copulas"])))
NOT_SUBJECTS = frozenset(RULES["not_subjects"])
SUBJECT_ADVERBS = frozenset(RULES["subject_adverbs"])
SOURCE_MARKERS = frozenset(RULES["source_markers"])
GENERIC_BODIES = frozenset(RULES["generic_bodies"])
FIRM_PARTS = frozenset(RULES["firm_parts"])
AFFILIATION_MARKERS = frozenset(RULES["affiliation_markers"])
# The last syllables of a verb that ends a sentence ('…했다', '…해요', '…일까'): a line ending so is whole.
FINAL_ENDINGS = tuple(RULES["final_endings"])
BROKEN_LINE_ADVERBS = frozenset(RULES["broken_line_adverbs"])
INSTITUTIONS = frozenset(RULES["institutions"])
MEMBERS_BODY_ENDINGS = tuple(RULES["members_body_endings"])
BITE_CAPTION_LINE = caption_rule(RULES["bite_caption_line"], re.M)
BITE_CAPTION_INLINE = re.compile(RULES["bite_caption_inline"], re.M)
WHOLE_QUOTED_LINE = re.compile(RULES["whole_quoted_line"])
MAX_BITE_LINES = RULES["max_bite_lines"]
CLAUSE_OR_QUOTE = re.compile(r"[\"“”,]")  # a quotation, or a clause of its own, before the person
MEMBERS_BODY_WORDS = frozenset(RULES["members_body_words"])
ALIAS_GLOSS = re.compile(r"(?:%s)\s?$" % alternation(RULES["alias_glosses"]))
FIRM_NAME_ENDINGS = tuple(RULES["firm_name_endings"]) + FIRM_ENDINGS
# Generic nouns for a firm that, written right before a word, introduce it as the firm's name ('소재 기업 X가').
FIRM_KIND_NOUNS = tuple(RULES["firm_kind_nouns"])
PLURAL_SUFFIX = "들"
# Endings of a body that a generic word for a firm ('회사는') cannot stand for: a school, a ministry, a party.
PUBLIC_BODY_ENDINGS = tuple(RULES["public_body_endings"])
DECEASED = frozenset(RULES["deceased_anaphors"])
DEATH = re.compile("|".join(RULES["death_words"]))
LATE = re.compile(r"(?:%s)\s?$" % "|".join(RULES["late_marks"]))
# '"…"라는 반응이 나왔다': the quotation names what a subject noun is; nobody's words carry over to it.
# ('"…"라는 것이 X의 설명이다' is X's words: 것 only stands for them.)
_QUOTED_SUBJECT = re.compile(r"[\"”’']\s?(?:이라는|라는|이란|란|는)\s+(?!것이)[\uac00-\ud7a3]+(?:이|가)\s")
_SPEECH_NOUN = re.compile(r"[\"”]\s?는\s(?:%s)(?:을|를|이|가|은|는|도|만|에|에는|에도|으로|로)?(?![\uac00-\ud7a3])"
                          % alternation(RULES["quoted_speech_nouns"]))
# '모 대표는 "너무 늦었다"는 지적에 "…"고 답했다': words the subject answers are not the subject's
_ANSWERED = re.compile(r"[\"”]\s?(?:이라는|라는|는)\s(?:%s)(?:에|에는|에도)(?![\uac00-\ud7a3])" % alternation(RULES["quoted_speech_nouns"]))
# '"…"라는 질문', '"…"는 발언': the quotation named after it as someone's words
NAMED_WORDS = re.compile(r"[\"”]\s?(?:이라는|라는|이란|란|는)\s(?:%s)(?:은|는|이|가|을|를|에|에는|으로|로|도|과|와)?(?![\uac00-\ud7a3])"
                         % alternation(RULES["attribution_nouns"] + RULES["quoted_speech_nouns"]))
PLACE_PARTICLES = frozenset(["에", "에는", "엔", "에도"])
_NOUN_USE = re.compile(r"^[\"”]\s?(?:을|를|이|가|은|는|의|에|와|과|로|으로|도)(?![\uac00-\ud7a3])")
ORGANIZATION_KINDS = frozenset(RULES["organization_kinds"])
LINE_BULLETS = " \t" + "".join(RULES["line_bullets"])
QUESTION_LINE = re.compile(RULES["question_line"])
RECIPIENT_PARTICLES = frozenset(RULES["recipient_particles"])
MET_PARTICLES = frozenset(RULES["met_particles"])
ADDRESS_NOUNS = frozenset(RULES["address_nouns"])
GLUED_ADDRESS_NOUNS = frozenset(RULES["glued_address_nouns"])
ANY_BEARER_NOUNS = frozenset(RULES["glued_any_bearer"])
BARE_ADDRESS_NOUNS = frozenset(RULES["bare_address_nouns"])
PERSON_RELATIONS = frozenset(RULES["person_relations"])
SPEECH_OWNED = frozenset(RULES["attribution_nouns"])  # '… 씨의 전망은', '… 씨의 설명은': what a person thinks or says
ATTRIBUTION_COPULAS = tuple(sorted(RULES["attribution_copulas"], key=len, reverse=True))
# '… 반 센터장은 손사래를 쳤다.': a verb of gesture or manner ending the sentence after a quotation.
MANNER_VERB = re.compile(r"(?<![\uac00-\ud7a3])(?:%s)[.!]?\s*$" % alternation(RULES["manner_verbs"]))
PRONOUN_WORD = r"^(?:%s)" % alternation(RULES["third_person_pronouns"])  # '그를' is 그 + 를
PRONOUN_OPENING = re.compile(r"[\"”.\s]*\n\s*(?:%s)(?:는|은|의|가|이|도|에게|를|와|과)\s" % alternation(RULES["third_person_pronouns"]))
HEARD = re.compile(r"\s*(?:[^\s.!?\"“”]+\s+){0,3}?(?:%s)(?:%s)(?=\s)" % (alternation(RULES["heard_words"]),
                                                                         alternation(RULES["heard_after"])))
RESPONSE = re.compile(r"\s*(?:%s)(?![\uac00-\ud7a3])" % alternation(RULES["response_openers"]))
OBJECT_WORD = re.compile(r"[\uac00-\ud7a3](?:을|를)\s")  # '… 증설 계획을 밝혔다': a word marked as the verb's object
FINAL_VERB = re.compile(r"(?<![\uac00-\ud7a3])(?:%s)[.!]?\s*$" % alternation(RULES["reporting_verbs"]))
# '… 보호자 X씨는 "…"고 하소연했다': a quotation of its own closed by a speech ending, whatever verb follows.
OWN_QUOTATION = re.compile(r"[\"”](?:%s)(?![\uac00-\ud7a3])" % alternation(RULES["speech_endings"]))
HEADLINE_GLUE = re.compile("[%s]" % "".join(RULES["headline_glue"]))
APPOSITION_ENDINGS = tuple(RULES["apposition_endings"])
MEETING_VERB = re.compile(r"[^.!?\n]*?(?<![\uac00-\ud7a3])(?:%s)" % alternation(RULES["meeting_verbs"]))
ANSWER_MARK = re.compile(RULES["answer_mark"])
TURN_LINE = re.compile(r"^[ \t]*(?:[%s][ \t]*)?(?P<label>[\uac00-\ud7a3A-Za-z][^\n=:>\"“”]{0,40}?)[ \t]*(?<!\d)(?:%s)[ \t]*(?P<text>[^\n]+)$"
                       % ("".join(RULES["turn_bullets"]), alternation(RULES["turn_separators"])), re.M)
SENTENCE_CLOSE = (".", "?", "!", "…", "요", "다")
RECIPIENT_VERB = re.compile(r"\s*(?:%s)[.!]?\s*$" % alternation(RULES["recipient_verbs"]))
AGE_GLOSS = re.compile(r"[\uac00-\ud7a3]\(\d{1,3}\)$")  # '사공덕만(78)': an age glossed on a word proves it a person's name
AGE_SUBJECT = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,5})\(\d{1,3}\)\s?(?:[\uac00-\ud7a3]{1,6})?(?:은|는|이|가)(?=\s)")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9&.\-]+$")
# 'FC누리', 'KB누리은행', '누리FC': Latin capitals glued to a Hangul name of two syllables or more spell a firm or club.
_MIXED_NAME = re.compile(r"^(?:[A-Z][A-Za-z&]{0,4}[\uac00-\ud7a3]{2,}[\uac00-\ud7a30-9]*|[\uac00-\ud7a3]{2,}[A-Z]{1,4})$")
NUMBERED_RANK = re.compile(RULES["numbered_rank"])
_WORD_AFTER_NAME = re.compile(r"^(?:[\uac00-\ud7a3]{2,}|[A-Za-z]{2,})$|%s" % RULES["numbered_rank"])
_NAME_WORD = re.compile(r"^(?:[\uac00-\ud7a3]|[A-Z])[\uac00-\ud7a3A-Za-z0-9&.\-]*$")  # '한빛소프트', 'KB국민은행'
# A generic noun for a body ('재판부는') and the endings of the bodies of that kind it stands for.
BODY_KINDS = RULES["body_kinds"]
BENCH_POSTS: dict[str, frozenset[str]] = {word: frozenset(posts) for word, posts in RULES["bench_posts"].items()}
_BODY_WORD = re.compile(r"^[\uac00-\ud7a3][\uac00-\ud7a30-9]*$")  # '국방부', '민사2부'
BODY_KIND_ENDINGS = tuple(sorted({e for kinds in BODY_KINDS.values() for e in kinds}))
# A paragraph that is one quotation and nothing else: '"불이 꺼지면 하루가 끝나요."'.
LONE_QUOTATION = re.compile(r"[ \t]*[\"“][^\"“”\n]+[\"”][ \t.]*(?=\n|$)")
_SUBJECT_AFTER_GLOSS = re.compile(r"\([^)\n]*\)\s?(?:은|는|이|가)(?![\uac00-\ud7a3])")

# What may stand right before a foreign given name that opens 'given family title' (the text's start, punctuation,
# 의, a particle, a date, a body): anything else ('미국' in '클라인 미국 부통령') makes the word a place, not a name.
AFTER_PARTICLE = re.compile(r"[\uac00-\ud7a3](?:%s)\s*$" % alternation(RULES["particles_before_name"]))
BOUNDARY_BEFORE_GIVEN = re.compile(r"(?:^|[\n(\[\"“'‘,.·]|의|[와과은는을를]|\d[\uac00-\ud7a3]*|(?:%s))\s*$" % alternation(ORG_WORDS))

# Patterns built from a short mention's word and title, kept for the next article that writes the same pair:
# compiling one with Hangul classes costs milliseconds, and the same pairs ('김', '대표') come back all the time.
PATTERNS_KEPT = 4096


@lru_cache(maxsize=PATTERNS_KEPT)
def _group_pattern(word: str, title: str) -> re.Pattern:
    """'word given (one more word) title' or 'title given word' + a particle: a foreign name around its title."""
    return re.compile(r"(?<![\uac00-\ud7a3])(?:%s ([\uac00-\ud7a3]{2,6})(?: [\uac00-\ud7a3]{2,8})? %s|%s ([\uac00-\ud7a3]{2,6}) %s(?=[은는이가도의\s]))"
                      % (re.escape(word), re.escape(title), re.escape(title), re.escape(word)))


@lru_cache(maxsize=PATTERNS_KEPT)
def _country_group_pattern(word: str, title: str) -> re.Pattern:
    """'word (one or two words) country (one more word) title' + a particle: a name a country closes."""
    return re.compile(r"(?<![\uac00-\ud7a3])%s((?: [\uac00-\ud7a3]{1,6}){1,2}) ([\uac00-\ud7a3]{2,8})(?: [\uac00-\ud7a3]{2,10})? %s(?=[은는이가도의과와\s])"
                      % (re.escape(word), re.escape(title)))

@dataclass
class Speaker:
    name: str | None  # Person.key, organisation or anonymous phrase
    kind: str | None  # person | organization


NOBODY = Speaker(None, None)
TOPIC_PARTICLES = ("은", "는")
NOMINATIVE_PARTICLES = ("이", "가")


def _candidates(body: str) -> list[tuple[int, int, bool]]:
    """(start, end, standalone) of quotation texts worth considering: outermost only, trimmed."""
    spans = []
    last_end = -1
    bracketed = bracket_quote_spans(body)
    for s, e in sorted(quote_spans(body) + bracketed):
        if s < last_end:
            continue  # nested inside the previous quotation
        last_end = e
        if (s, e) in bracketed:
            spans.append((s + len(body[s:e]) - len(body[s:e].lstrip()), e - len(body[s:e]) + len(body[s:e].rstrip()), False))
            continue  # reported by its ending and verb (bracket_quote_spans)
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e - s < 2 and not (HANGUL.match(body[s:e]) and SPEECH_ENDING.match(body[e:e + 8])):
            continue  # '"네"라고 답했다': one syllable is a word said only with a quotative ending after it
        line_start = body.rfind("\n", 0, s) + 1
        line_end = body.find("\n", e)
        line_end = len(body) if line_end == -1 else line_end
        standalone = not _line_head(body, line_start, s - 1) and not body[e + 1:line_end].strip(" .\"”")
        after = body[e:e + 8]
        words = len(body[s:e].split())
        run_on = body[e:e + 1] in ("\n", "")  # '… "끝내겠다 ⏎ "다만 …"': its paragraph ends it, the next goes on
        if not standalone and not run_on and not _said_thus(body, e) and not announced(body, s, e) and inline_caption(body, s) is None \
                and _label(body, s, e) is None:
            ending = ENDING.match(after) or _SPEECH_NOUN.match(body, e)
            if _NOUN_USE.match(after) and words < MIN_WORDS and not (ending and ending.group().endswith(("게", "것이"))) \
                    and not _SPEECH_NOUN.match(body, e):
                continue
            if words < MIN_WORDS and not ending:
                continue
            if not ending and HEADLINE_GLUE.search(body[max(0, s - 2):s - 1] + body[e + 1:e + 2]) \
                    and not re.search(r"[.!?]$", body[s:e]):
                continue  # '매출 2천억…"신약 수출 두 배로"', '"공장 증설"…주가 주춤': a headline's quotation, glued by '…'

            if not ending and not body[line_start:s].strip(" \"“").endswith(":") and not body[e + 1:line_end].strip(" \"”") \
                    and not re.search(r"[.!?…]$", body[s:e]) and not re.search(r"[.!?]\s", body[line_start:s]):
                continue  # '지방 사립대 절반 "등록금 인상 검토"': a headline that ends in a quotation
            if words < 2 and not SPEECH_ENDING.match(after) and not _SPEECH_NOUN.match(body, e):
                continue
        elif words < 2 and not (re.search(r"[.!?]$", body[s:e]) and (_said_thus(body, e) or announced(body, s, e))):
            continue  # but '"죄송합니다." 박 감독은 고개를 숙였다': one word, a whole sentence, said by the next
        spans.append((s, e, standalone))
    return spans


def bracket_quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of the words in single quotes or brackets ('‘…’', '「…」', '『…』', '《…》', "'…'") that a quotative
    ending and a verb of saying or writing report as said ('‘…’고 말했다', '「…」이라는 입장을 냈다'); not those set in
    double quotes, where they are a quotation inside the quotation."""
    double = quote_spans(body)
    spans = []
    for opening, closing in BRACKET_PAIRS:
        if opening not in body:
            continue
        inner = "[^%s%s\n]{2,400}?" % (re.escape(opening), re.escape(closing))
        lead = r"(?:^|(?<=[\s(\[]))" if opening == "'" else ""  # a straight mark opens after a space, never in a word
        found = [m for m in re.finditer(r"%s%s(%s)%s" % (lead, re.escape(opening), inner, re.escape(closing)), body, re.M)
                 if len(m.group(1).split()) >= MIN_BRACKET_WORDS and not any(a <= m.start(1) < b for a, b in double)]
        reported_next = None  # the start of the next quotation in these marks when it is reported
        for m in reversed(found):
            said = BRACKET_SPEECH.match(body, m.end()) or BRACKET_STATEMENT.match(body, m.end())
            if said is not None and morph.predicate_words(body, said.start("between"), said.start("verb")):
                said = None  # another verb before the verb of saying ('‘…’고 쓴 팻말을 흔들며 말했다')
            linked = BRACKET_PART_LINK.match(body, m.end())
            # '「…」이라며 「…」고 말했다': a part joined by a linking ending to a reported part after it is said too
            if said is None and not (linked and reported_next == linked.end()):
                reported_next = None
                continue
            spans.append(m.span(1))
            reported_next = m.start()
    return sorted(spans)


def _line_head(body: str, line_start: int, quote_mark: int) -> str:
    """What stands on a quotation's line before its opening mark, but a bullet ('- "…"') or a Q&A interview's
    answer mark ('A. "…"', '답) "…"'), which say nothing of the speaker."""
    head = body[line_start:quote_mark]
    mark = ANSWER_MARK.match(head.lstrip(LINE_BULLETS))
    return (head.lstrip(LINE_BULLETS)[mark.end():] if mark else head).strip(LINE_BULLETS)


def _label(body: str, quote_start: int, quote_end: int) -> tuple[str, int] | None:
    """The label beside a quotation on its line ('"…"(채수련 지부장)', '"…" - 채수련 지부장', '채수련 지부장 : "…"') and where
    it starts; None when there is none."""
    if (after := LABEL_AFTER.match(body, quote_end)) is not None:
        group = "paren" if after.group("paren") else "dash"
        found = after.group(group).strip(), after.start(group)
    elif (before := LABEL_BEFORE.match(body[:quote_start - 1], body.rfind("\n", 0, quote_start) + 1)) is not None:
        found = before.group("label").strip(), before.start("label")
    else:
        return None
    return found if _name_shaped(found[0].split()) else None


def _name_shaped(words: list[str]) -> bool:
    """'채수련 지부장', '채 지부장', '채수련 한빛대 교수': a word of a name's shape (a surname, or a surname and one to three
    syllables) then up to two more words, the last a title; not '(사진)', '(2019)', '(公正)'."""
    name = words[0] if words else ""
    return 2 <= len(words) <= 4 and bool(title_of(words[-1])) and not title_of(name) and bool(HANGUL.match(name)) \
        and len(name) <= 4 and (is_korean_name(name) or is_surname(name[0]) or is_surname(name[:2]))


def _frameless(body: str, quote_end: int) -> bool:
    """Nothing but a full stop follows the quotation on its line."""
    line_end = body.find("\n", quote_end)
    return not body[quote_end + 1:len(body) if line_end == -1 else line_end].strip(" .\"”")


def _said_thus(body: str, quote_end: int) -> bool:
    """'"올해는 우승하겠다." 박 감독은 이같이 밝혔다.', '"준비는 끝났다." 박 감독이 내놓은 답이다.': the next
    sentence says the quotation was said, or whose words it was."""
    if not body.startswith(('."', '.”', '!"', '!”', '?"', '?”'), quote_end - 1):
        return False
    line_end = body.find("\n", quote_end)
    tail = body[quote_end + 1:len(body) if line_end == -1 else line_end]
    first = re.split(r"(?<=[.!?])\s", tail, maxsplit=1)[0]
    return _reports(first)


def _reports(sentence: str) -> bool:
    """The sentence after a quotation says it was said: '… 이같이 밝혔다', '… 박 회장이 내놓은 답이다', '… 반 센터장이
    웃으며 말했다', '… 반 센터장은 손사래를 쳤다' (a reporting verb, or one of gesture or manner, ending it), '… 반 센터장의
    목소리가 떨렸다' (the speaker's voice its subject), '… 보호자 X씨는 "…"고 하소연했다' (its subject quoted in it, by
    whatever verb)."""
    return bool(BACK_REFERENCE.search(sentence) or ATTRIBUTED.search(sentence) or MANNER_VERB.search(sentence)
                or FINAL_VERB.search(sentence) or VOICED.search(sentence) or OWN_QUOTATION.search(sentence))



def announced(body: str, quote_start: int, quote_end: int | None = None) -> tuple[int, int] | None:
    """'김 대표는 이유를 묻자 이렇게 답했다. "…"': the sentence right before the quotation (on its line or
    the line before) says what follows was said; its bounds, or None. Given where the quotation ends and
    nothing follows it on its line, a sentence saying how its subject answered will do ('그는 짧게 답했다.')."""
    head = body[:quote_start - 1].rstrip(" ")
    if head.endswith("\n"):
        head = head.rstrip()
    if not head.endswith((".", ":")):
        return None
    s0, s1 = sentence_bounds(body, len(head) - 1)
    if not ANNOUNCING.search(body[s0:s1]) and not (quote_end is not None and _frameless(body, quote_end)
                                                    and MANNER_ANNOUNCING.search(body[s0:s1])):
        return None
    if body[:s0].rstrip().endswith(('"', "”")) and not FORWARD_ONLY.search(body[s0:s1]):
        return None  # '"…" ⏎ 윤 대표는 이같이 말했다.': it points back to the quotation before it
    return s0, s1


def _opened_before(body: str, line_start: int) -> int:
    """Where the sentence of a quotation opening its line starts: on the line before when that line breaks
    off after its subject ('<p>딸 역의 민서준은</p><p>"…"고 말했다.</p>', '<p>김 감독은 이날 기자회견에서</p><p>"…"'),
    a paragraph whose last sentence has a word with a subject particle and ends with neither a full stop nor
    a final verb ending, in a word with a particle or an adverb of time (not a caption's noun: '김 대표가
    발언하는 모습'); else line_start."""
    if line_start < 2 or body[line_start - 1] != "\n":
        return line_start
    prev_end = len(body[:line_start - 1].rstrip())
    if prev_end == 0 or "\n" in body[prev_end:line_start - 1] or body[prev_end - 1] in ".!?…\"”’':)]":
        return line_start
    s0 = sentence_bounds(body, prev_end - 1)[0]
    words = body[s0:prev_end].split()
    if words[-1].endswith(FINAL_ENDINGS) or not any(strip_particle(w)[1] in SUBJECT_PARTICLES for w in words) \
            or not (strip_particle(words[-1])[1] or words[-1] in BROKEN_LINE_ADVERBS):
        return line_start
    return s0


def _after_block(body: str, line_end: int) -> int:
    """Where the first line after a run of quotations standing alone on their lines starts (the run following the
    line that ends at line_end); -1 when no such run follows or the text ends in it."""
    pos, run = line_end, 0
    while pos != -1 and (line := LONE_QUOTATION.match(body, pos + 1)) is not None and line.end() > pos + 1:
        pos, run = body.find("\n", line.end()), run + 1
        while pos != -1 and body.startswith("\n", pos + 1):
            pos += 1
    return pos + 1 if run and pos != -1 and body[pos + 1:pos + 2].strip() else -1


def _chains(body: str, spans: list[tuple[int, int, bool]]) -> list[list[tuple[int, int, bool]]]:
    chains: list[list[tuple[int, int, bool]]] = []
    for s, e, standalone in spans:
        if chains and not standalone and not chains[-1][-1][2]:
            pe = chains[-1][-1][1]
            gap = body[pe:s]
            # '"…"이라며 ⏎ "…"고 강조했다': a line broken after a connective ending, which ends no paragraph, joins too
            if len(gap) <= 12 and CONNECTOR.match(gap) and ("\n" not in gap or re.match(r"[\"”]\s*[\uac00-\ud7a3]", gap)):
                chains[-1].append((s, e, standalone))
                continue
        chains.append([(s, e, standalone)])
    return chains


def _reporting_verb(body: str, after: int, sentence_end: int) -> str | None:
    """A listed reporting verb after the quotation; else the first verb after its quotative ending
    that ends its clause ('"…"라고 응수해 웃음을 자아냈다' → 응수해), or the verb of '…한 바 있다'
    (강조한); else the sentence's last word, unless another quotation comes first. A verb modifying a
    noun ('… 패권을 잡는 것의 중요성을 피력했다') is not the one; nor one after the next quotation."""
    # the next quotation has its own frame: '"…"라고 묻자 X는 "…"고 답했다'
    next_quote = min([a - 1 for a, _ in quote_spans(body) if after < a <= sentence_end], default=None)
    if next_quote is not None:
        sentence_end = next_quote
    tail = body[after:sentence_end]
    m = VERB.search(tail)
    if m:
        return m.group(1)
    ending = re.match(r"\S*", tail).end()  # the quotative ending glued to the closing mark
    for k, (w0, w1, last_tag) in enumerate(morph.predicate_words(body, after + ending, sentence_end)):
        word = re.match(r"[\uac00-\ud7a3]+", body[w0:w1])
        if not word:
            continue
        # '"…"고 반박한 김 대표는 …': a modifier verb right after the quotative ending reports it, whatever it modifies
        right_after = k == 0 and ending > 0 and not body[after + ending:w0].strip()
        if last_tag in CLAUSE_END_TAGS or (last_tag == "ETM" and (right_after or BOUND_PREDICATE.match(body, w1))):
            return word.group()
    if next_quote is not None:
        return None  # '"…"라는 질문에 X는 "…"': no verb of its own before the next quotation
    words = re.findall(r"[\uac00-\ud7a3]+(?=[.!?]?\s*$)", tail)
    return words[-1] if words else None


class Attributor:
    """Finds the speaker of a quotation from the subjects around it."""

    def __init__(self, body: str, mentions: list[Mention], persons: list[Person] = ()):
        self.body = body
        self.article_body: str | None = None  # the one body the article is about (membership.topic_of_article)
        self.titles = {p.name: re.sub(r"\([^)]*\)", "", p.title or "") for p in persons}
        self.organizations = {p.name: p.organization for p in persons if p.organization}
        self.reporters = {p.name for p in persons if p.role == "reporter"}
        self.toks = [t for t in tokenize(body) if not t.in_quote and not t.sep]
        alias = self.aliases(mentions)
        mentions = [replace(m, person=alias[m.person]) if m.person in alias else m for m in mentions]
        given = self.by_given_name(mentions, persons)
        covered = {(m.start, m.person) for m in given}
        mentions = [m for m in mentions if not any(m.start == a and m.person and m.person.startswith(name[-2:])
                                                    for a, name in covered)] + given
        mentions = [self.with_word_after(self.not_given_named(m, mentions), mentions) for m in mentions]
        mentions = [self.by_post(m) for m in mentions]
        mentions += self.addressed(mentions, persons)
        self.mentions = _one_reading(sorted(mentions + self.bare_addressed(mentions, persons), key=lambda m: m.start))
        self.last = NOBODY
        self.last_at = 0
        self.beside: dict[str, str] = {}  # a person introduced beside the one the story follows → that one
        self.followed: dict[str, None] = {}  # the persons a subject pronoun has stood for, in the order it did
        self.deceased = self.whose_death(persons)
        self.name_words = {w for name in self.titles for w in name.split()}
        self.first_at: dict[str, int] = {}  # where each person is first named in full
        for m in sorted(mentions, key=lambda m: m.start):
            if m.person and m.kind == "full":
                self.first_at.setdefault(m.person, m.start)

    def by_given_name(self, mentions: list[Mention], persons: list[Person]) -> list[Mention]:
        """'세린씨는', '한솔 군은' after '설세린(31)씨', '길한솔(18)군': a given name and a word of address (the way a
        feature calls a younger person, or one of two sharing a surname) is a short mention of the one Korean
        name named in full before it that ends with that given name; a person the name rules made of the given
        name itself ('세린씨') gives way to it."""
        reporters = {p.name for p in persons if p.role == "reporter"}
        full = [m for m in mentions if m.person and m.kind == "full" and m.person not in reporters
                and " " not in m.person and HANGUL.match(m.person)]
        found = []
        for k, t in enumerate(self.toks):
            if t.stem in ADDRESS_NOUNS and k and not self.toks[k - 1].particle \
                    and self.toks[k - 1].end + 1 == t.start:
                given, start = self.toks[k - 1].text, self.toks[k - 1].start
            elif len(t.stem) == 3 and t.stem[-1] in GLUED_ADDRESS_NOUNS:
                given, start = t.stem[:-1], t.start
            else:
                continue
            if len(given) != 2 or not HANGUL.match(given) or is_surname(given):
                continue
            end = t.start + len(t.stem)
            bearers = {m.person for m in full if m.start < start and m.person.endswith(given)
                       and is_surname(m.person[:-len(given)])}
            if len(bearers) == 1:
                found.append(Mention(bearers.pop(), start, end, t.particle, "short"))
        self.given_named = {m.person for m in found}
        return found

    def with_word_after(self, m: Mention, mentions: list[Mention]) -> Mention:
        """'설옥분(81) 약초꾼은', '탁은서 CP가': a full name with no particle, then one word carrying a subject particle that no
        rule took: the word is the person's title or calling, whether a table knows it or not, and the name is the
        subject. Not a body's word ('… 정부는', '… 재단은'): the body speaks."""
        if m.kind != "full" or not m.person or m.particle:
            return m
        nxt = next((t for t in self.toks if t.start > m.end), None)
        if nxt is None or nxt.start != m.end + 1 or nxt.particle not in SUBJECT_PARTICLES or not _WORD_AFTER_NAME.match(nxt.stem) \
                or len(nxt.stem) > 5 or nxt.stem in ORG_WORDS or nxt.stem in INSTITUTIONS or nxt.stem.endswith(ORG_ENDINGS) \
                or any(o.start <= nxt.start < o.end for o in mentions):
            return m
        return replace(m, end=nxt.end, particle=nxt.particle)

    def by_post(self, m: Mention) -> Mention:
        """'봉 차장은' read as 봉재민 의원 when 봉하은 산림청 차장 was named too; '사공 사장은' read as the one 사공 the
        person rules found when the name given with 사장 was another: a short mention repeats the post that followed
        the full name, so the one name given before with that post (named_with) is the person, whatever the person
        rules chose. Kept when the chosen person's own title holds the post, or no name was given with it."""
        if m.kind != "short" or not m.person:
            return m
        words = self.body[m.start:m.end].split()
        if len(words) == 3 and words[1] in FORMER_MARKERS:
            words = [words[0], words[2]]  # '단 전 부지사는'
        if len(words) != 2 or not m.person.startswith(words[0]) or not 1 <= len(words[0]) <= 2:
            return m
        post = strip_particle(words[1])[0] if m.particle else words[1]
        if post in self.titles.get(m.person, "") or not HANGUL.match(post):
            return m
        named = self.named_with(words[0], post, m.start, by_shape=True)
        return replace(m, person=named) if named and named != m.person else m

    def not_given_named(self, m: Mention, mentions: list[Mention]) -> Mention:
        """'석씨는' read as 석도윤 when the article calls 석도윤 '도윤씨': the one other 석 named in full before it."""
        if m.kind != "short" or m.person not in self.given_named:
            return m
        word = self.body[m.start:m.end].split()[0]
        surname = m.person[:len(m.person) - 2]
        if not word.startswith(surname) or strip_particle(word[len(surname):])[0] not in ADDRESS_NOUNS | {""}:
            return m
        others = {x.person for x in mentions if x.kind == "full" and x.person and x.start < m.start
                  and x.person != m.person and x.person not in self.given_named and " " not in x.person
                  and x.person.startswith(surname) and len(x.person) - len(surname) in (1, 2)}
        return replace(m, person=others.pop()) if len(others) == 1 else m

    def addressed(self, mentions: list[Mention], persons: list[Person]) -> list[Mention]:
        """'권 할머니는', '길군은', '석 옹은' after '권옥례(88) 할머니', '길한솔(18)군', '석다올(102)옹': a surname and a word
        of address or kinship the person rules leave, as a short mention of the one person of that surname named in
        full before it; of two, the one first named with the same word ('권민호(12)군' for '권군은')."""
        full = sorted((m for m in mentions if m.person and m.kind == "full"), key=lambda m: m.start)
        reporters = {p.name for p in persons if p.role == "reporter"}
        taken = {(m.start, m.end) for m in mentions}
        found = []
        for k, t in enumerate(self.toks):
            if t.stem in ADDRESS_NOUNS and k and not self.toks[k - 1].particle and self.toks[k - 1].end + 1 == t.start \
                    and is_surname(self.toks[k - 1].text):
                surname, start, word, glued = self.toks[k - 1].text, self.toks[k - 1].start, t.stem, False
            elif len(t.stem) in (2, 3) and t.stem[-1] in GLUED_ADDRESS_NOUNS and is_surname(t.stem[:-1]):
                surname, start, word, glued = t.stem[:-1], t.start, t.stem[-1], True
            else:
                continue
            end = t.start + len(t.stem)
            if any(a < end and start < b for a, b in taken if (a, b) != (start, end)) or (start, end) in taken:
                continue
            bearers = {}
            for m in full:
                name = m.person
                if m.start < start and name not in reporters and " " not in name and HANGUL.match(name) \
                        and name.startswith(surname) and 2 <= len(name) - len(surname) + 1 <= 4:
                    bearers.setdefault(name, m)
            if len(bearers) > 1 and len(rest := [n for n in bearers if n not in self.given_named]) == 1:
                found.append(Mention(rest[0], start, end, t.particle, "short"))
                continue  # '석씨는' when the other 석 is called by given name ('도윤씨는'): the one who is not
            same_word = [n for n, m in bearers.items() if self.addressed_as(m) == word]
            # '설씨는' after '설옥분(81) 약초꾼': glued 씨 is never a common noun's tail after a surname, so the one bearer
            chosen = same_word if len(same_word) == 1 or glued and word not in ANY_BEARER_NOUNS else list(bearers)
            if len(chosen) == 1:
                found.append(Mention(chosen[0], start, end, t.particle, "short"))
        return found

    def bare_addressed(self, mentions: list[Mention], persons: list[Person]) -> list[Mention]:
        """'할머니는 지금도 …' after '주인공은 모윤선(101) 할머니다': a word of address standing alone (no surname, no
        modifier or possessive before it: not '우리 할머니는', '그의 할머니는') is a short mention of the one person named
        in full before it with that word."""
        full = [m for m in mentions if m.person and m.kind == "full"]
        reporters = {p.name for p in persons if p.role == "reporter"}
        found = []
        for k, t in enumerate(self.toks):
            if t.stem not in BARE_ADDRESS_NOUNS:
                continue
            prev = self.toks[k - 1] if k else None
            if prev is not None and prev.end + 1 == t.start and prev.particle in ("", "의") \
                    and not re.search(r"[.!?]", self.body[prev.end:t.start]):
                continue  # '우리 할머니는', '그의 할머니는', '권 할머니는': someone else's, or a name's word
            end = t.start + len(t.stem)
            if any(m.start < end and t.start < m.end for m in mentions):
                continue
            bearers = {m.person for m in full if m.start < t.start and m.person not in reporters
                       and self.addressed_as(m) == t.stem}
            if len(bearers) == 1:
                found.append(Mention(bearers.pop(), t.start, end, t.particle, "short"))
        return found

    def addressed_as(self, m: Mention) -> str:
        """The word of address right after a full name, past an age gloss: '권옥례(88) 할머니' → 할머니, also ending a
        sentence with the copula ('주인공은 모윤선(101) 할머니다')."""
        text = self.body[m.start:m.end + 30]
        after = re.match(r"%s(?:\([^()\n]{0,20}\))?\s?([\uac00-\ud7a3]+)" % re.escape(m.person), text)
        if after is None:
            return ""
        word = strip_particle(after.group(1))[0]
        if word not in ADDRESS_NOUNS:
            word = next((word[:-len(c)] for c in ATTRIBUTION_COPULAS if word.endswith(c) and word[:-len(c)] in ADDRESS_NOUNS), word)
        return word if word in ADDRESS_NOUNS else ""

    def whose_death(self, persons: list[Person]) -> str | None:
        """The person whose death the article reports: the one named right after 故 ('故 김현 화백'), or
        else the one named last before the first word of dying in its sentence ('조각가 김현이 28일
        별세했다', '김 대표는 이 회장의 별세 소식에'). '고인은' stands for them."""
        reporters = {p.name for p in persons if p.role == "reporter"}
        named = sorted((m for m in self.mentions if m.person and m.person not in reporters), key=lambda m: m.start)
        for m in named:
            if LATE.search(self.body, max(0, m.start - 6), m.start):
                return m.person
        for death in DEATH.finditer(self.body):
            sent_start, _ = sentence_bounds(self.body, death.start())
            before = [m for m in named if sent_start <= m.start and m.end <= death.start()]
            if before:
                return before[-1].person
        return None

    def mention_at(self, tok: Tok) -> Mention | None:
        """The mention the word ends; of two ('한빛 석민구 감독은' read as 한빛 감독 and 석민구 감독), the one
        that starts nearest: the name right before a title is the person's, the word before it their team's."""
        found = None
        for m in self.mentions:
            if m.start <= tok.start < m.end and tok.end <= m.end + 1 and (found is None or m.start > found.start
                                                                          or m.start == found.start and _longer(m, found)):
                found = m  # (of two read at one place, '하산' and '하산 칸', the whole name)
        if found is not None and found.person and " " not in found.person \
                and not (len(found.person) == 3 and is_korean_name(found.person)
                         and all(x.oov for x in morph.morphs_in(self.body, found.start, found.start + 3))):
            # '노라 벨트런 아이다호 주지사는': a full name of two words or more right before the word taken with the
            # title is the person; that word is their place or body (never a Korean name no dictionary knows: '동해
            # 레드팰컨스 편도훈 감독은' is the coach, the words before it his club; '시애틀' is a place all the same)
            for m in self.mentions:
                if m.kind == "full" and m.person and " " in m.person and m.start < found.start \
                        and self.body.startswith(m.person + " ", m.start) and m.start + len(m.person) + 1 == found.start:
                    return m
        return found

    def by_apposition(self, m: Mention) -> str | None:
        """'처음 제안자인 탁 의원은' when two 탁 의원 were named: the one whose first mention a word of the
        apposition before the short mention echoes ('개정안을 처음 제안한 탁수연 의원'); None when that does not
        decide between them."""
        if m.kind != "short" or " " not in self.body[m.start:m.end]:
            return None
        surname = self.body[m.start:m.end].split()[0]
        same = sorted({p for p in self.first_at if p.startswith(surname) and len(p) > len(surname)})
        if len(same) < 2 or m.person not in same:
            return None
        s0 = sentence_bounds(self.body, m.start)[0]
        words = re.findall(r"[\uac00-\ud7a3]{2,}", self.body[max(s0, m.start - 16):m.start])
        if not words or not self.body[:m.start].rstrip().endswith(APPOSITION_ENDINGS):
            return None
        stems = {w[:2] for w in words}
        def echoes(p: str) -> int:
            at = self.first_at[p]
            before = self.body[max(sentence_bounds(self.body, at)[0], at - 16):at]
            return sum(st in before for st in stems)
        scores = {p: echoes(p) for p in same}
        best = max(scores.values())
        winners = [p for p, v in scores.items() if v == best]
        return winners[0] if best and len(winners) == 1 else None

    def by_affiliation(self, m: Mention) -> str | None:
        """'공대 권 교수는' when '공과대학 권해온 교수' and '의과대학 권지섭 교수' were named: the one of the surname whose
        first mention stands right after the word before the short mention, written whole or abbreviated ('공대' of
        '공과대학', '시의회' of '누리시의회', '사범대' of '사범대학'); None when that does not decide between them."""
        if m.kind != "short" or " " not in self.body[m.start:m.end]:
            return None
        surname = self.body[m.start:m.end].split()[0]
        same = sorted({p for p in self.first_at if p.startswith(surname) and len(p) > len(surname)})
        before = re.search(r"(?:^|\s)([\uac00-\ud7a3]{2,})\s+$", self.body[max(0, m.start - 12):m.start])
        if len(same) < 2 or m.person not in same or before is None:
            return None
        word = before.group(1)
        def affiliated(p: str) -> bool:
            at = self.first_at[p]
            prev = re.search(r"([\uac00-\ud7a3]{2,})\s+$", self.body[max(0, at - 16):at])
            return prev is not None and (prev.group(1).endswith(word) or prev.group(1).startswith(word)
                                         or _abbreviates(word, prev.group(1)))  # ('사범대' opens '사범대학')
        fits = [p for p in same if affiliated(p)]
        return fits[0] if len(fits) == 1 else None

    def speaker_of(self, tok: Tok, i: int) -> Speaker | None:
        """Who a subject word stands for; None when it is a subject that cannot speak ('조례가')."""
        m = self.mention_at(tok)
        if m is None and (rest := self.name_rest(tok, i)) is not None:
            return Speaker(rest, "person")  # '에이전트 파비우 헤젠지는' with only '파비우' taken: the person so named
        if m is None and tok.particle in TOPIC_PARTICLES + NOMINATIVE_PARTICLES and (lead := self.led_by(i)) is not None:
            return lead  # '모 대표를 비롯한 임원들은 "…"': the person named leads the group speaking
        if tok.particle not in SUBJECT_PARTICLES and not (
                m is not None and m.end >= tok.end and m.particle in SUBJECT_PARTICLES):
            return None  # '김철수(한빛대 교수)는': the particle after the gloss is the name's ('보라는': the name's
            # own reading, not the word's '-라는')
        if m is None and tok.stem in DECEASED and self.deceased:
            return Speaker(self.deceased, "person")  # '고인은 생전 "…"': the person whose death is reported
        if m is not None:
            if m.person is None:  # a pronoun: the person last named as subject, or the one the story follows
                return self.pronoun_referent(tok.start)
            words = m.person.split()
            if len(words) == 2 and (whole := self.titled_whole(words[0], words[1], m.start)) is not None:
                return Speaker(whole, "person")  # '뒤발레 소믈리에' read as a name after '소믈리에 앙리 뒤발레'
            if m.kind != "full" or " " not in m.person:
                # '산도르 총리는' after '산도르 벨라 총리', '베르진스 총리는' after '총리 일제 베르진스는': the whole name
                words = self.body[m.start:tok.start + len(tok.stem)].split()
                if len(words) == 2 and (whole := self.group_name(words[0], words[1], m.start)):
                    return Speaker(whole, "person")
            if m.kind == "full" and (family := self.family_before(m)) is not None:
                return Speaker(family, "person")  # '…당의 아베 신지 대표는' with '신지' alone taken
            return Speaker(self.by_apposition(m) or self.by_affiliation(m) or self.first_of_pair(m), "person")
        stem = tok.stem
        if NUMBERED_RANK.match(stem):
            return self.ranked(i)
        if (listed := self.first_listed(tok, i)) is not None:
            return listed
        before = self.toks[i - 1] if i > 0 else None
        if before is not None and not before.particle and before.end + 1 == tok.start \
                and (is_surname(before.text) or len(before.text) == 1 and HANGUL.match(before.text)) \
                and (named := self.named_with(before.text, stem, before.start) or self.titled_by(before.text, stem, before.start)) is not None:
            return Speaker(named, "person")  # '탁 CP는' after '탁은서 CP': the name given before with that word
        # (the word whole, whatever particle the tokenizer read in it: '파로' is no 파 + 로 here)
        if before is not None and before.end + 1 == tok.start and not is_surname(before.text) \
                and HANGUL.match(before.text) and self.mention_at(before) is None \
                and (named := self.named_with(before.text, stem, before.start, foreign=True)) is not None:
            return Speaker(named, "person")  # '파로 상무는' after '앙투안 파로 디자인 총괄 상무'
        if before is not None and before.end + 1 == tok.start and not before.particle and self.mention_at(before) is None \
                and (whole := self.titled_whole(before.text, stem, before.start)) is not None:
            return Speaker(whole, "person")  # '뒤발레 바리스타는' after '바리스타 앙리 뒤발레가'
        if len(stem) >= 2 and stem.endswith(HONORIFIC) and (whole := self.whole_name(stem[:-1])) is not None:
            return Speaker(whole, "person")  # '투씨는' after '레티 투(33)씨': a foreign name's last word and 씨
        if stem.endswith(HONORIFIC) and is_surname(stem[:-1]) and (whole := self.honoured_before(stem, tok.start)):
            return Speaker(whole, "person")  # '탁씨는' after '마을 토박이 탁서우(63)씨가', a name no person rule took
        if stem.endswith(HONORIFIC) and is_surname(stem[:-1]):
            return Speaker(stem, "person")  # '김씨는' and no 김 named before: a person all the same
        if " " not in stem and (whole := self.whole_name(stem)) is not None and whole.split()[-1] == stem:
            return Speaker(whole, "person")  # '웹은' after '리처드 웹': a one-syllable surname the name finder leaves
        prev = self.toks[i - 1] if i > 0 else None
        if stem in ADDRESS_NOUNS and prev is not None and not prev.particle and prev.end + 1 == tok.start \
                and (named := self.mention_at(prev)) is not None and named.person:
            return Speaker(named.person, "person")  # '김복례(90) 할머니는': the word addresses the person named
        if prev is not None and not prev.particle and prev.end + 1 == tok.start and prev.text in ORGANIZATION_KINDS \
                and morph.reading(self.body, tok.start, tok.start + len(stem)) == "proper":
            return Speaker(stem, "organization")  # '소속사 라온엔터테인먼트도 "…"': a company's statement
        # '업계 관계자는', '한 야당 의원는': a source the article describes but does not name
        if stem in ANONYMOUS or stem.split()[-1] in ANONYMOUS or (HANGUL.match(stem) and title_of(stem)):
            prev = self.toks[i - 1] if i > 0 else None
            last_title = self.titles.get(self.last.name or "", "")
            if self.last.kind == "person" and last_title and last_title.endswith(stem) \
                    and (prev is None or prev.particle or prev.end + 1 != tok.start or prev.text in CONTINUATIONS):
                return self.last  # '실장은' right after 박민호 예산실장: the same person
            if (prev is None or prev.particle or prev.end + 1 != tok.start) and stem not in ANONYMOUS \
                    and (titled := self.titled_before(stem, tok.start)) is not None:
                return titled  # '후보자는' in an article about 남궁 장관 후보자: the one person of that title
            if (given := self.given_name_between(i)) is not None and stem not in ANONYMOUS:
                return given  # '하야카와 신지 관방장관은' with only '하야카와' taken: the person so named
            if (pair := self.foreign_pair(i)) is not None and stem not in ANONYMOUS:
                return Speaker(pair, "person")  # '연구소의 프리야 나이르 선임연구원은': the two words between 의 and the title
            if (former := self.formerly_named(i)) is not None:
                return Speaker(former, "person")  # '단 전 부지사는' after '단미래(58) 전 도 행정부지사'
            if stem not in ANONYMOUS and (unnamed := self.name_before_body(i)) is not None:
                return Speaker(unnamed, "person")  # '봉하진 누리특별자치도 경제부지사는': the name, not the post
            named = self.mention_at(prev) if prev is not None and not prev.particle else None
            if named is not None and named.person and prev.end + 1 == tok.start and named.end >= prev.end:
                return Speaker(named.person, "person")  # '한덕수 대통령 권한대행 국무총리는': the name's own title
            if prev and not prev.particle and prev.end + 1 == tok.start and prev.text not in NOT_SOURCE_MODIFIERS:
                if (whole := self.whole_name(prev.text)) is not None:
                    return Speaker(whole, "person")  # '메타 교수는' after '아닐 메타 교수가': the full name
                if (bearer := self.surname_bearer(prev.text, prev.start)) is not None:
                    return Speaker(bearer, "person")  # '옹 위원장은' after '위원장인 옹재석 교수': the one 옹
                if (whole := self.group_name(prev.text, stem, prev.start)) is not None:
                    return Speaker(whole, "person")  # '버르거 총리는' after '버르거 졸탄 총리는'
                stem = f"{prev.text} {stem}"
            return Speaker(stem, "person")
        if stem == "측" and i > 0 and not self.toks[i - 1].particle:  # '한빛자동차 측은'
            return self.camp_of(i - 1) or Speaker(self.toks[i - 1].text, "organization")
        if tok.particle.startswith("측") or stem.endswith("측"):
            return Speaker(stem.removesuffix("측").strip() or stem, "organization")
        if morph.ends_modifier(self.body, tok.start, tok.end):
            return None  # '밭을 일구는 X씨': a verb modifying the name after it (일구+는), no '…구' district
        if (stem.endswith(ORG_ENDINGS) and len(stem) >= 2) or _LATIN_NAME.match(stem) or _MIXED_NAME.match(stem) \
                or any(stem.endswith(e) and len(stem) >= len(e) + 2 for e in FIRM_ENDINGS):
            return Speaker(stem, "organization")  # '누리엔터테인먼트는': a name before a firm's ending
        return None

    def led_by(self, i: int) -> Speaker | None:
        """'모 대표를 비롯한 임원들은', '모 대표 등 임원 5명은': a group a person is named first in (before 비롯한,
        포함한 or 등, a few words before the subject with no particle between) speaks by that person."""
        for k in range(i - 1, max(-1, i - 4), -1):
            t = self.toks[k]
            if t.text in GROUP_LEADS and k > 0:
                named = self.mention_at(self.toks[k - 1])
                lead = self.toks[k - 1].particle in ("을", "를") if t.text != LIST_END else not self.toks[k - 1].particle
                return Speaker(named.person, "person") if lead and named is not None and named.person else None
            if t.particle or t.sep:
                return None
        return None

    def camp_of(self, j: int) -> Speaker | None:
        """'채수련 후보 측은', '채씨 측은', '채 후보 측은': a person's camp (their lawyers, aides, agency) speaks for them; the
        person the words before '측' name, as a name, a name and a title, a surname and the word given with the name, or
        a surname and 씨."""
        prev = self.toks[j]
        if (m := self.mention_at(prev)) is not None and m.person and m.kind != "pronoun":
            return Speaker(m.person, "person")
        word = prev.text
        if len(word) >= 2 and word.endswith(HONORIFIC) and is_surname(word[:-1]):
            whole = self.honoured_before(word, prev.start) or self.whole_name(word[:-1])
            return Speaker(whole or word, "person")
        before = self.toks[j - 1] if j > 0 else None
        if before is None or before.particle or before.end + 1 != prev.start:
            return None
        if (m := self.mention_at(before)) is not None and m.person and m.kind != "pronoun" and title_of(word):
            return Speaker(m.person, "person")  # '채수련 후보 측은'
        if is_surname(before.text) and (named := self.named_with(before.text, word, before.start)) is not None:
            return Speaker(named, "person")  # '채 후보 측은' after '채수련 후보'
        return None

    def name_rest(self, tok: Tok, i: int) -> str | None:
        """'파비우 헤젠지는' where the person rules took only '파비우': a subject word Kiwi reads as proper, no title, body
        or source word, right after a one-word foreign name taken with no particle, is that name's last word; after a
        proper word no rule took, itself after a relation or a title ('에이전트 실바노 모레이라는'), the two words are
        the name."""
        prev = self.toks[i - 1] if i > 0 else None
        word = tok.text[:-1]  # the word before its subject particle, however the tokenizer split it ('피헤' + '이라는')
        if prev is None or prev.particle or prev.end + 1 != tok.start or tok.text[-1:] not in TOPIC_PARTICLES + NOMINATIVE_PARTICLES \
                or not HANGUL.match(word) or len(word) < 2:
            return None
        if title_of(word) or word in ANONYMOUS or word in ADDRESS_NOUNS or word in ORG_WORDS \
                or word.endswith(ORG_ENDINGS) or _firm_shaped(word) \
                or morph.reading(self.body, tok.start, tok.start + len(word)) != "proper":
            return None
        named = self.mention_at(prev)
        if named is None:
            # '…의 에이전트 실바노 모레이라는': two proper words no rule took, after a relation or a title
            head = self.toks[i - 2] if i > 1 else None
            if head is None or head.particle or head.end + 1 != prev.start or not HANGUL.match(prev.text) \
                    or len(prev.text) < 2 or title_of(prev.text) or prev.text in ORG_WORDS \
                    or not (head.stem in PERSON_RELATIONS or title_of(head.stem)) \
                    or morph.reading(self.body, prev.start, prev.end) != "proper":
                return None
            return f"{prev.text} {word}"
        if not named.person or " " in named.person or named.end != prev.end \
                or len(named.person) == 3 and is_korean_name(named.person):  # '홍길동 동해는': a Korean name whole
            return None
        return named.person

    def ranked(self, i: int) -> Speaker | None:
        """'탁수아 7단은', '탁 7단은' after '탁수아 7단': a numbered rank is the person's whose name stands right before
        it (in full, or a surname repeating the name given before with the rank); no one otherwise."""
        tok, prev = self.toks[i], self.toks[i - 1] if i > 0 else None
        if prev is None or prev.particle or prev.end + 1 != tok.start:
            return None
        m = self.mention_at(prev)
        if m is not None and m.person:
            return Speaker(m.person, "person")
        if is_surname(prev.text) and (named := self.named_with(prev.text, tok.stem, prev.start, by_shape=True)):
            return Speaker(named, "person")
        word = prev.text
        if HANGUL.match(word) and not title_of(word) and word not in ORG_WORDS and any(
                is_surname(word[:k]) and 1 <= len(word) - k <= 2 for k in (1, 2)):
            return Speaker(word, "person")  # '오은별 5단은' though no rule took the name: the rank proves it one
        return None

    def aliases(self, mentions: list[Mention]) -> dict[str, str]:
        """'나하연(34·본명 나미소)', '데이비드 한(한국명 한세오)': a name glossed in brackets as the real or Korean name of
        the one before it; the article calls the person by the outer name, so its short forms ('나씨', '한 교수')
        stand for that one."""
        out: dict[str, str] = {}
        for m in mentions:
            if m.kind != "full" or not m.person:
                continue
            opening = self.body.rfind("(", 0, m.start)
            if opening == -1 or ")" in self.body[opening:m.start] or not ALIAS_GLOSS.search(self.body, opening + 1, m.start):
                continue
            outer = [o.person for o in mentions if o.person and o.person != m.person and o.kind == "full"
                     and o.start < opening and opening - o.start <= len(o.person) + 1]
            if outer and m.person not in outer[0]:
                out[m.person] = outer[0]
        return out

    def honoured_before(self, short: str, pos: int) -> str | None:
        """The one name written before pos, outside quotations, as this surname, one or two syllables, an age in
        brackets and the same word of address ('탁서우(63)씨' for '탁씨'): the person the short form calls."""
        surname, word = short[:-1], short[-1]
        spans = quote_spans(self.body)
        pattern = re.compile(r"(?<![\uac00-\ud7a3])(%s[\uac00-\ud7a3]{1,2})\(\d{1,3}\)\s?%s"
                             % (re.escape(surname), re.escape(word)))
        names = {g.group(1) for g in pattern.finditer(self.body, 0, pos)
                 if not any(a <= g.start() < b for a, b in spans) and g.group(1) not in self.reporters}
        return names.pop() if len(names) == 1 else None

    def named_with(self, surname: str, word: str, pos: int, foreign: bool = False, by_shape: bool = False) -> str | None:
        """'탁 CP는' after '탁은서 CP', '변 부지사는' after '변하율 도 행정부지사': the one name of this surname given before pos
        (outside quotations) with this word after it, alone or as the tail of a word up to two words on. A short mention
        repeats the word that followed the full name, whether or not any table knows it as a title; the name is one the
        person rules took or Kiwi reads as proper, never a title or a body word ('이번 회사' is no 이 + 회사). With foreign,
        the 'surname' is a foreign name's last word and the name the word before it with it ('앙투안 파로' for '파로 상무').
        With by_shape (the surname is known to be one: the short mention is a person's), a word of three syllables that
        starts with the surname is the name however Kiwi reads it ('봉수련 산림청 차장' for '봉 차장')."""
        if not _WORD_AFTER_NAME.match(word):
            return None
        spans = quote_spans(self.body)
        found = set()
        at = self.body.find(word, 0, pos)
        while at != -1:
            after = self.body[at + len(word):at + len(word) + 1]
            line_start = self.body.rfind("\n", 0, at) + 1
            window = max(line_start, at - 60)
            words = [(window + w.start(), w.group()) for w in re.finditer(r"\S+", self.body[window:at])]
            if words and not self.body[at - 1].isspace():
                words.pop()  # '경제부지사' for '부지사': the word is the tail of a longer one
            if not (after.isascii() and after.isalpha()) and not any(a <= at < b for a, b in spans):
                for j in range(3):  # the name, then up to two words before the word
                    if len(words) < j + 1 or any(re.search(r"[.!?,\"“”]", w) for _, w in words[len(words) - j:]):
                        break
                    head = re.sub(r"\([^()]{0,20}\)$", "", words[-1 - j][1])
                    aged = bool(AGE_GLOSS.search(words[-1 - j][1]))
                    if foreign:
                        offset, given = words[-2 - j] if len(words) >= j + 2 else (0, "")
                        name, first = f"{given} {surname}", given
                        if head != surname or not HANGUL.match(given) or not 2 <= len(given) <= 6:
                            continue
                    else:
                        offset, name, first = words[-1 - j][0], head, head
                        if not (HANGUL.match(head) and head.startswith(surname) and 1 <= len(head) - len(surname) <= 2):
                            continue
                    shaped = by_shape and not foreign and len(head) - len(surname) == 2 and not title_of(first) \
                        and first not in ORG_WORDS
                    if name not in self.reporters and (name in self.titles or (aged or shaped) and not foreign or (
                            not title_of(first) and first not in ORG_WORDS
                            and morph.reading(self.body, offset, offset + len(first)) == "proper")):
                        found.add(name)
            at = self.body.find(word, at + 1, pos)
        return found.pop() if len(found) == 1 else None

    def titled_by(self, surname: str, word: str, pos: int) -> str | None:
        """'모 선장은' after '선장 모일환(57)씨': the one person of this surname named before pos whose title the person rules
        took is this word, wherever it stood (before the name, in a gloss), though no table knows it as a title."""
        if not HANGUL.match(word):
            return None
        found = {name for name, title in self.titles.items()
                 if title and (title == word or title.endswith(" " + word)) and name.startswith(surname) and " " not in name
                 and 1 <= len(name) - len(surname) <= 2 and -1 < self.body.find(name) < pos and name not in self.reporters}
        return found.pop() if len(found) == 1 else None

    def formerly_named(self, i: int) -> str | None:
        """'단 전 부지사는': a surname, the mark of a former post and the post, standing for the name given before with
        that post (named_with), as '단 부지사는' would; a foreign name's word so ('A 전 재무상은' after 'A B 전 재무상'):
        the full name (group_name), never the post alone."""
        if i < 2:
            return None
        sur, mark, tok = self.toks[i - 2], self.toks[i - 1], self.toks[i]
        if mark.text not in FORMER_MARKERS or sur.particle or mark.particle or sur.end + 1 != mark.start \
                or mark.end + 1 != tok.start or not HANGUL.match(sur.text):
            return None
        if is_surname(sur.text) or len(sur.text) == 1:
            return self.named_with(sur.text, tok.stem, sur.start)
        return self.group_name(sur.text, tok.stem, sur.start)  # 'A 전 재무상은': a foreign name's short mention

    def name_before_body(self, i: int) -> str | None:
        """'봉하진 누리특별자치도 경제부지사는', '탁보람 가람시 행정부시장은': the subject phrase 'name body post' that no
        person rule took (a province's '도' read as a particle, a body no table knows). The word opening the phrase, of a
        Korean name's shape, no city or county of the country ('진주 한빛병원 원장은': where the body is) and no title or
        body word, then one word read as a proper name or ending like a body: the name speaks, never the post alone."""
        if i < 2:
            return None
        name, owner, post = self.toks[i - 2], self.toks[i - 1], self.toks[i]
        if name.particle or name.end + 1 != owner.start or owner.end + 1 != post.start or owner.particle not in ("", "도") \
                or len(name.text) < 2 or name.text in LOCALITIES or not is_korean_name(name.text) or title_of(name.text) or name.text in ORG_WORDS \
                or name.text.endswith(ORG_ENDINGS) or self.mention_at(name) is not None or title_of(owner.text):
            return None
        if i >= 3 and not self.toks[i - 3].particle and self.toks[i - 3].end + 1 == name.start \
                and self.toks[i - 3].text not in NOT_SOURCE_MODIFIERS:
            return None  # '한빛 봉하진 …': the name does not open the phrase
        if not (owner.text.endswith(ORG_ENDINGS) or owner.particle == "도" and len(owner.stem) >= 2
                or morph.reading(self.body, owner.start, owner.end) == "proper"):
            return None
        if morph.reading(self.body, name.start, name.end) not in ("proper", "nouns"):
            return None  # '오정석' may read as 오정 + 석: pieces of nouns, never a word Kiwi knows whole
        return name.text

    def titled_before(self, title: str, pos: int) -> Speaker | None:
        """The one person named before pos whose title ends with this bare title word ('후보자' of '장관
        후보자'); None when there is none or more than one. The article's reporter is nobody's '기자는'."""
        named = {m.person for m in self.mentions if m.person and m.start < pos and m.person not in self.reporters
                 and self.titles.get(m.person, "").endswith(title)}
        named -= {n for n in named if any(o != n and o.split()[0] == n for o in named)}  # '하산' read within '하산 칸'
        if not named:
            # '형사21부(재판장 모태윤 부장판사)' then '재판장은': the word written as a title right before a name
            named = {m.person for m in self.mentions if m.person and m.kind == "full" and m.start < pos
                     and m.person not in self.reporters and self.body.startswith(m.person, m.start)
                     and self.body[max(0, m.start - len(title) - 1):m.start] == title + " "}
        return Speaker(named.pop(), "person") if len(named) == 1 else None

    def first_listed(self, tok: Tok, i: int) -> Speaker | None:
        """'낙동강시민연대 등 12개 단체는 "…"', 'A노조·B노조 등 노동단체들은 "…"': bodies speaking together
        under a collective noun; the first one listed speaks for them (the quotation has one speaker)."""
        if tok.stem == LIST_END:
            j = i  # '환경연합 등은 "…"': the list with no collective noun after it
        elif tok.stem.removesuffix("들").endswith(COLLECTIVE_BODIES):
            j = next((k for k in range(i - 1, max(-1, i - 4), -1) if self.toks[k].text == LIST_END), None)
            if not j or not COUNTED.match(self.body[self.toks[j].end:tok.start].strip()):
                return None  # '12개', '30여 개', '여러': a count between '등' and the noun, or nothing
        else:
            return None
        j -= 1
        first = None
        while j >= 0 and (HANGUL.match(self.toks[j].stem) or _LATIN_NAME.match(self.toks[j].stem)) \
                and (not self.toks[j].particle or (first is not None and self.toks[j].particle in JOINING_PARTICLES)):
            first = self.toks[j]
            if j >= 1 and (self.body[self.toks[j - 1].end:self.toks[j].start].strip() in ("·", ",", "ㆍ")
                           or self.toks[j - 1].particle in JOINING_PARTICLES and self.toks[j - 1].end + 1 == self.toks[j].start):
                j -= 1  # 'A노조·B노조 등', 'A노조와 B노조 등'
                continue
            break
        if first is not None and first.particle:
            first = replace(first, text=first.stem)
        if first is None or self.mention_at(first) is not None or first.text.endswith("들") or title_of(first.text):
            return None  # '교사들 등 여러 단체는': people, not bodies
        return Speaker(first.text, "organization")

    def first_of_pair(self, m: Mention) -> str:
        """'김 대표와 박 사장은 "…"고 입을 모았다': two (or more) people joined by 와/과 or a comma say the
        words together; a quotation has one speaker, and the first named speaks for them, as the first
        body listed does for '… 등 12개 단체는'."""
        person = m.person
        start = m.start
        while True:
            before = [t for t in self.toks if t.end < start and t.end >= start - 2]
            if not before:
                return person
            t = before[-1]
            gap = self.body[t.end:start]
            joined = t.particle in JOINING_PARTICLES and gap == " " or not t.particle and gap.strip() in (",", "·")
            other = self.mention_at(t) if joined else None
            if other is None or not other.person or other.person == person:
                return person
            person, start = other.person, other.start

    def announcer(self, s0: int, s1: int) -> Speaker:
        """The subject of a sentence announcing the quotation after it ('김 대표는 이렇게 말했다.')."""
        self.subjects_until(s0)
        return self.before(s0, s1) or self.asked(s0, s1) or self.carried_over()

    def asked(self, s0: int, s1: int) -> Speaker | None:
        """'그에게 비결을 묻자 한참 생각하다 답했다.': the person a question is put to in the sentence (a name or pronoun
        with 에게, 께 or 한테 before a word of asking) answers it; a short mention no person rule took ('하 선장에게') stands
        for whom it would as a subject."""
        for m in self.mentions:
            particle = m.particle or next((p for p in RECIPIENT_PARTICLES if self.body.endswith(p, m.start, m.end)), "")
            if s0 <= m.start < s1 and particle in RECIPIENT_PARTICLES and QUESTION_PUT.match(self.body, m.end, s1):
                return Speaker(m.person, "person") if m.person else self.pronoun_referent(m.start)
        for i, t in enumerate(self.toks):
            if s0 <= t.start < s1 and t.particle in RECIPIENT_PARTICLES and self.mention_at(t) is None \
                    and QUESTION_PUT.match(self.body, t.end, s1) \
                    and (found := self.speaker_of(replace(t, particle=TOPIC_PARTICLES[0]), i)) is not None \
                    and found.kind == "person" and found.name in self.titles:
                return found
        return None

    def glossed(self, quote_end: int) -> Speaker | None:
        """'"…"(한빛증권 김민수 연구원)는 분석': the person named in parentheses right after the quotation."""
        m = re.match(r"[\"”]\(([^()\n]{2,40})\)", self.body[quote_end:quote_end + 44])
        if m is None:
            return None
        a, b = quote_end + m.start(1), quote_end + m.end(1)
        named = {x.person for x in self.mentions if a <= x.start < b and x.person}
        return Speaker(named.pop(), "person") if len(named) == 1 else None

    def titled_whole(self, word: str, calling: str, pos: int) -> str | None:
        """'뒤발레 바리스타' after '부르고뉴 출신 바리스타 앙리 뒤발레가' (or '앙리 뒤발레 바리스타는'): a foreign name's last
        word and a word that stood right beside the full name before pos (outside quotations), a calling whether or not
        a table knows it, stand for that full name; never a body ('뒤발레 재단')."""
        if is_surname(word) or not HANGUL.match(word) or not HANGUL.match(calling) or calling in ORG_WORDS \
                or calling.endswith(ORG_ENDINGS) or any(calling.endswith(e) for e in FIRM_ENDINGS):
            return None
        wholes = [n for n in self.titles if " " in n and n.split()[-1] == word and n != f"{word} {calling}"]
        if len(wholes) != 1:
            return None
        whole = wholes[0]
        spans = quote_spans(self.body)
        for g in re.finditer(r"(?<![\uac00-\ud7a3])(?:%s %s|%s %s)" % (
                re.escape(calling), re.escape(whole), re.escape(whole), re.escape(calling)), self.body[:pos]):
            if not any(a <= g.start() < b for a, b in spans):
                return whole
        return None

    def whole_name(self, word: str) -> str | None:
        """The one multi-word name the article gives whose first or last word this is ('메타' of '아닐 메타')."""
        whole = [name for name in self.titles if " " in name and word in (name.split()[0], name.split()[-1])]
        whole = [name for name in whole if name.removesuffix(HONORIFIC) == name or name.removesuffix(HONORIFIC) not in whole]
        return whole[0] if len(whole) == 1 else None  # ('응우옌 반 꾸옥씨' beside '응우옌 반 꾸옥': one person)

    def given_name_between(self, i: int) -> Speaker | None:
        """A title at token i right after a foreign name whose first word alone was taken for a person
        ('하야카와 신지 관방장관은', the second word read as something else): that person."""
        if i < 2:
            return None
        first, second, title = self.toks[i - 2], self.toks[i - 1], self.toks[i]
        if first.particle or first.end + 1 != second.start or second.end + 1 != title.start \
                or not HANGUL.match(second.text) or self.mention_at(second) is not None:
            return None
        m = self.mention_at(first)
        if m is None or not m.person or m.end != first.end or " " in m.person or is_surname(m.person[:1]) and len(m.person) <= 3:
            return None
        return Speaker(m.person, "person")

    def foreign_pair(self, i: int) -> str | None:
        """'…연구소의 프리야 나이르 선임연구원은': two bare words between a body's 의 and a title at token i, neither a title nor
        a body word, none read as a common noun and one as a proper noun, are a foreign name no person rule took."""
        if i < 3:
            return None
        owner, first, second, title = self.toks[i - 3], self.toks[i - 2], self.toks[i - 1], self.toks[i]
        if owner.particle != "의" or owner.end + 1 != first.start or first.end + 1 != second.start \
                or second.end + 1 != title.start:
            return None
        words = (first, second)
        # each word whole, whatever particle the tokenizer read in it ('벨로' is no 벨 + 로 here)
        if any(not HANGUL.match(w.text) or not 2 <= len(w.text) <= 5 or title_of(w.text) or w.text in ORG_WORDS
               or w.text.endswith(ORG_ENDINGS) or self.mention_at(w) is not None for w in words):
            return None
        readings = [morph.reading(self.body, w.start, w.end) for w in words]
        if readings.count("common") == 2 or "proper" not in readings or readings[1] == "common" and is_korean_name(second.text):
            return None  # ('마루 겐지': a family name may be a common word too, one of the pair read as a name is enough)
        return f"{first.text} {second.text}"

    def family_before(self, m: Mention) -> str | None:
        """'…당의 사토 유이 대표는', '…당의 아베 신지 대표는' with only the given name taken for a person: the bare word between
        the body's 의 and the name is the family name, when Kiwi reads it as a proper noun, or the name taken is no Korean
        name's shape ('…의 마루 겐지 대표'); a modifier before a Korean name ('…당의 신임 김도윤 대표') is none."""
        k = next((k for k, t in enumerate(self.toks) if t.start == m.start), None)
        if k is None or k < 2 or " " in (m.person or " "):
            return None
        owner, family = self.toks[k - 2], self.toks[k - 1]
        if owner.particle != "의" or owner.end + 1 != family.start or family.end + 1 != m.start or family.particle \
                or not HANGUL.match(family.text) or not 2 <= len(family.text) <= 5 or title_of(family.text) \
                or family.text in ORG_WORDS or family.text.endswith(ORG_ENDINGS) or self.mention_at(family) is not None:
            return None
        reading = morph.reading(self.body, family.start, family.end)
        if reading == "proper" or reading == "common" and not is_korean_name(m.person) \
                and morph.reading(self.body, m.start, m.start + len(m.person)) == "proper":
            return f"{family.text} {m.person}"
        return None

    def group_name(self, word: str, title: str, pos: int) -> str | None:
        """The full name a foreign short mention 'word title' stands for, where the article first gave it with the
        same title, outside quotations: surname first before the title ('버르거 졸탄 총리' for '버르거 총리', '모리타 유키
        일본 총리' for '모리타 총리' with the country between; the surname opening the group, after a country, a date, a
        mark or a particle ending the word before (의, 와/과, 은/는, 을/를), not after a given name: '에이미 클라인 미국 부통령'), or
        given name first after it ('총리 일제 베르진스' for '베르진스 총리'); the one multi-word person of that
        first or last word failing that ('산도르 벨라' for '산도르'). None for a Korean surname (its own rules)."""
        if not HANGUL.match(word) or not title_of(title):
            return None
        if (grouped := self.country_group(word, title, pos)) is not None:
            return grouped  # '도 차관' after '도 티 란 베트남 보건부 차관': a Korean surname's spelling, a foreign name
        if is_surname(word):
            return None
        if not (followed_within(self.body, word, title, 18, pos) or followed_within(self.body, title, word, 8, pos)):
            return self.whole_name(word)  # neither 'word given title' nor 'title given word' before pos
        spans = quote_spans(self.body)
        for g in _group_pattern(word, title).finditer(self.body, 0, pos):
            if any(a <= g.start() < b for a, b in spans):
                continue
            given = g.group(1) or g.group(2)
            if title_of(given) or given in ORG_WORDS or _firm_shaped(given) or given in self.organizations.get(word, ""):
                continue  # '클라인 미국 부통령': a country between the name and the title ('모태윤 가온화학 대표': the
                # body of a Korean name given whole)
            if g.group(1) and not BOUNDARY_BEFORE_GIVEN.search(self.body[max(0, g.start() - 20):g.start()]):
                continue  # '에이미 클라인 미국 부통령', '노라 벨트런 아이다호 주지사': a given name before, a place after
            return f"{word} {given}" if g.group(1) else f"{given} {word}"
        return self.whole_name(word)

    def country_between(self, word: str, title: str, pos: int) -> bool:
        """Whether some `word` before pos has a country's name and then `title` in the next words: what
        `country_group`'s pattern needs, checked before the pattern is compiled."""
        at = self.body.find(word, 0, pos)
        while at != -1:
            window = self.body[at + len(word):at + len(word) + 36 + len(title)]
            if title in window and any(w in COUNTRY_NAMES for w in window.split()):
                return True
            at = self.body.find(word, at + 1, pos)
        return False

    def country_group(self, word: str, title: str, pos: int) -> str | None:
        """'레 장관' after '레 반 쭝 베트남 산업부 장관': a name of up to three words (a one-syllable middle name
        among them, as Vietnamese names have) whose end a country right after it marks, then at most one word
        of the body, then the title; first given outside quotations, after a boundary or a particle."""
        if not self.country_between(word, title, pos):
            return None  # no 'word … country … title' before pos that the pattern could match
        spans = quote_spans(self.body)
        for g in _country_group_pattern(word, title).finditer(self.body, 0, pos):
            given = g.group(1).split()
            if any(a <= g.start() < b for a, b in spans) or g.group(2) not in COUNTRY_NAMES \
                    or any(title_of(w) or w in ORG_WORDS or w in COUNTRY_NAMES for w in given):
                continue
            before = self.body[max(0, g.start() - 20):g.start()]
            if BOUNDARY_BEFORE_GIVEN.search(before) or AFTER_PARTICLE.search(before):
                return " ".join([word, *given])
        return None

    def surname_bearer(self, word: str, pos: int) -> str | None:
        """The one Korean name the article gives before pos with this surname ('옹' of '옹재석'), for a short
        mention whose title is not the one the person was given in full ('검토위원장인 옹재석 교수' … '옹 위원장은')."""
        if not (is_surname(word) or (len(word) == 1 and HANGUL.match(word))):
            return None
        named = [n for n in self.titles if n.split()[0].startswith(word) and 2 <= len(n.split()[0]) <= 4
                 and HANGUL.match(n.split()[0]) and n not in self.reporters]
        if any(self.first_at.get(n, pos) >= pos for n in named):
            return None  # never a person named only later
        return named[0] if len(named) == 1 else None

    def named_body(self, tok: Tok) -> Speaker | None:
        """'노바칩은 성명에서 "…"', '백악관은 "…"': a topic Kiwi reads as a proper noun (or a country,
        a government) that no person rule took is a firm or an institution speaking."""
        if tok.particle not in TOPIC_PARTICLES or not HANGUL.match(tok.stem) or len(tok.stem) < 2:
            return None
        whole = [name for name in self.titles if " " in name and tok.stem in (name.split()[0], name.split()[-1])]
        if len(whole) == 1:  # '유이는' after '다카하시 유이', '오스틴은' after '오스틴 딘': the full name
            return Speaker(whole[0], "person")
        if tok.stem in ORG_WORDS or tok.stem in INSTITUTIONS or _firm_shaped(tok.stem) \
                or morph.reading(self.body, tok.start, tok.start + len(tok.stem)) == "proper":
            return Speaker(tok.stem, "organization")
        return self.body_referred(tok.stem, tok.start) or self.members_body(tok)

    def members_body(self, tok: Tok) -> Speaker | None:
        """'전국화학노동조합은', '가온화학 노조는', '온결시장 상인회는': a body of members speaking as one, by a word ending
        like one, longer than its ending or after a name (a proper noun or a body's) that it belongs to."""
        ending = next((e for e in MEMBERS_BODY_ENDINGS if tok.stem.endswith(e)), None)
        if ending is None:
            return None
        k = self.toks.index(tok) if tok in self.toks else -1
        prev = self.toks[k - 1] if k > 0 else None
        if prev is not None and not prev.particle and prev.end + 1 == tok.start and self.mention_at(prev) is None \
                and (self.is_body_word(prev) or _firm_shaped(prev.stem)):
            return Speaker(f"{prev.stem} {tok.stem}", "organization")
        return Speaker(tok.stem, "organization") if len(tok.stem) > len(ending) or tok.stem in MEMBERS_BODY_WORDS else None

    def bodies_before(self, pos: int) -> list[tuple[str, bool]]:
        """(name, named as subject) of the bodies named before pos, nearest first: a word ending like a body
        ('공정거래위원회', '국방부', '민사2부') or one Kiwi reads as a proper noun ('가람중앙통신'), outside
        quotations and no person's name; a body word right before it is part of the name ('서울고법 민사2부')."""
        if self._bodies is None:
            self._bodies = []
            for k, t in enumerate(self.toks):
                if not self.is_body_word(t):
                    continue
                name = t.stem
                prev = self.toks[k - 1] if k else None
                if prev is not None and not prev.particle and prev.end + 1 == t.start \
                        and (prev.stem.endswith(ORG_ENDINGS + BODY_KIND_ENDINGS) and self.is_body_word(prev)
                             or name in BODY_KIND_ENDINGS and _BODY_WORD.match(prev.stem) and len(prev.stem) >= 2
                             and self.mention_at(prev) is None):
                    name = f"{prev.stem} {name}"  # '서울고법 민사2부'; '누리케미칼 노동조합': a bare kind word is the name's
                subject = t.particle in SUBJECT_PARTICLES or bool(_SUBJECT_AFTER_GLOSS.match(self.body, t.end))
                self._bodies.append((t.start, name, subject))
        return [(name, subject) for start, name, subject in reversed(self._bodies) if start < pos]

    def is_body_word(self, t: Tok) -> bool:
        if not _BODY_WORD.match(t.stem) or len(t.stem) < 2 or self.mention_at(t) is not None:
            return False
        return t.stem.endswith(ORG_ENDINGS + BODY_KIND_ENDINGS) \
            or morph.reading(self.body, t.start, t.start + len(t.stem)) == "proper"

    def body_referred(self, word: str, pos: int) -> Speaker | None:
        """The body a short reference stands for, named before it: its first word ('새솔은' after '새솔 호크스'),
        the kind word it ends with ('통신은' after '가람중앙통신'), its abbreviation by first syllables ('공정위는' after
        '공정거래위원회'), or a generic noun for a body of that kind named as a subject ('재판부는' after '서울고법 민사2부는')."""
        if not HANGUL.match(word) or len(word) < 2:
            return None
        kinds = tuple(BODY_KINDS.get(word, ()))
        bodies = self.bodies_before(pos)
        if kinds:
            return next((Speaker(name, "organization") for name, subject in bodies  # not '노조는' again: the word
                         if subject and name != word and any(w.endswith(kinds) for w in name.split())), None) \
                or self.one_bench(word)
        told_short = {org for org in [name for name, _ in bodies] + list(self.organizations.values())
                      if len(org.split()) == 2 and org.split()[0] == word and org.endswith(CLUB_NAME_ENDINGS)
                      and 0 <= self.body.find(org) < pos}
        if len(told_short) == 1:
            return Speaker(told_short.pop(), "organization")  # '새솔은' after '새솔 호크스가': a club told by its first word
        fits = [(name, subject) for name, subject in bodies if len(name.split()[-1]) > len(word)
                and (name.split()[-1].endswith(word) or _abbreviates(word, name.split()[-1]))]
        # '박물관 측은' after '한빛시립박물관은 …' and '가람국립박물관에서': the one named as a subject
        chosen = next((name for name, subject in fits if subject), fits[0][0] if fits else None)
        return Speaker(chosen, "organization") if chosen else None

    def one_bench(self, word: str) -> Speaker | None:
        """'재판부는 "…"' where the article names one judge's bench ('가람지법 형사2단독 X 판사'): that bench."""
        posts = BENCH_POSTS.get(word)
        if not posts:
            return None
        benches = {org for name, org in self.organizations.items() if self.titles.get(name, "").split()[-1:] and
                   self.titles[name].split()[-1] in posts}
        return Speaker(benches.pop(), "organization") if len(benches) == 1 else None

    def subject_at(self, i: int) -> tuple[Tok, int]:
        """The word at i, or the word it marks as subject: '김 교수 역시 "…"' is 김 교수도, and the source
        of '김 교수에 따르면 "…"' speaks as 김 교수는 would."""
        t = self.toks[i]
        if t.text in SUBJECT_ADVERBS and i > 0:
            prev = self.toks[i - 1]
            if not prev.sep and not prev.particle and prev.end + 1 == t.start:
                return replace(prev, particle="도"), i - 1
        if t.text in SUBJECT_PARTICLES and i > 0 and self.body[t.start - 1] == ")":
            # '마준혁 씨(내과 3년 차)는': the particle after a gloss of several words is the word's before it
            opening = self.body.rfind("(", 0, t.start)
            prev = next((k for k in range(i - 1, -1, -1) if self.toks[k].end <= opening), None)
            if prev is not None and self.toks[prev].end == opening and not self.toks[prev].particle:
                return replace(self.toks[prev], particle=t.text), prev
        if t.text in SOURCE_MARKERS and i > 0:  # '김 교수에 따르면 "…"': the source speaks
            prev = self.toks[i - 1]
            if not prev.sep and prev.particle == "에" and prev.end + 1 == t.start:
                return replace(prev, particle="는"), i - 1
        return t, i

    def before(self, sent_start: int, quote_start: int, modifying_too: bool = True) -> Speaker | None:
        """The subject before the quotation in its sentence; a named body only when no person is; the
        subject of a clause modifying a noun only with modifying_too."""
        idx = [i for i, t in enumerate(self.toks) if sent_start <= t.start < quote_start]
        modifying = None
        for find in (self.speaker_of, lambda t, i: self.named_body(t), lambda t, i: self.issuer(t, i, quote_start)):
            for k in reversed(idx):
                t, i = self.subject_at(k)
                sp = find(t, i)
                if sp is None:
                    continue
                if CLAUSE_BREAK.search(self.body[t.end:quote_start - 1]) and not self.governs(t, quote_start):
                    continue  # the subject of another clause ('… 요구한 데 대해 "…"')
                if self.reported_subject(t, idx[:idx.index(k)], quote_start):
                    continue  # '채씨는 회사가 … 한다며 "…"': the subject of the words reported, the topic speaks
                if sp.kind == "organization":
                    sp = self.body_referred(sp.name, t.start) or sp  # '재판부는', '공정위는', '통신은'
                if sp.kind == "organization" and sp.name in GENERIC_BODIES:
                    sp = self.body_introduced_by_kind(sp.name, t.start) or self.body_named_before(t.start) \
                        or self.article_body_speaker() or sp  # '회사 측은': the firm the article is about
                if self.in_modifier_clause(t, i, quote_start):
                    modifying = modifying or sp  # '야당이 제안한 법안에 대해 "…"': the subject of 제안한
                    continue
                return sp
        return modifying if modifying_too else None  # '김 대표가 발표한 자료에서 "…"': no other subject, so the same person

    def reported_subject(self, tok: Tok, earlier: list[int], quote_start: int) -> bool:
        """'노조 위원장 채씨는 회사가 교섭에 나와야 한다며 "…"': a subject marked 이/가 whose clause ends in indirect speech
        before the quotation, after a subject of the same sentence who can speak (a topic, or one marked 이/가 with no
        clause break between: '채 위원장이 회사가 … 한다며'): that first subject is the speaker."""
        m = self.mention_at(tok)
        particle = m.particle if m is not None and m.end > tok.end else tok.particle
        if particle not in NOMINATIVE_PARTICLES or not INDIRECT_SPEECH.search(self.body, tok.end, quote_start):
            return False
        for k in earlier:
            t, i = self.subject_at(k)
            tm = self.mention_at(t)
            marked = tm.particle if tm is not None and tm.end > t.end else t.particle
            if (marked in TOPIC_PARTICLES or marked in NOMINATIVE_PARTICLES
                    and not CLAUSE_BREAK.search(self.body[t.end:tok.start])) and self.speaker_of(t, i) is not None:
                return True
        return False

    def governs(self, tok: Tok, quote_start: int) -> bool:
        """'맹주혁 전무는 … 이유를 묻자 "…"고 답했다': a topic (은/는) before a clause ending in -자 is the
        subject of the sentence's main verb, which reports the quotation; the asker goes unnamed. (A
        subject marked 이/가 is the -자 clause's own: '기자가 묻자 "…"'.)"""
        m = self.mention_at(tok)
        particle = m.particle if m is not None and m.end > tok.end else tok.particle
        if particle not in TOPIC_PARTICLES:
            return False
        between = self.body[tok.end:quote_start - 1]
        breaks = list(CLAUSE_BREAK.finditer(between))
        return all(b.group().strip().endswith(TOPIC_BREAKS) for b in breaks) \
            and not any(t.particle in TOPIC_PARTICLES + NOMINATIVE_PARTICLES and self.mention_at(t) is not None
                        for t in self.toks if tok.end < t.start < quote_start)

    def issuer(self, tok: Tok, i: int, until: int) -> Speaker | None:
        """'그린마켓은 즉각 입장문을 내고 "…"', '새빛반도체 노조는 성명에서 "…"', '"…"라고 그린마켓은 입장문에서
        밝혔다': a subject no person rule took, followed (before the quotation, or before the end of the sentence
        after it) by a word for a statement a body issues, is that body (with the bare word right before it:
        '새빛반도체 노조')."""
        if tok.particle not in SUBJECT_PARTICLES or tok.stem in NOT_SUBJECTS or tok.stem in ANONYMOUS \
                or not _NAME_WORD.match(tok.stem) or len(tok.stem) < 2 \
                or self.mention_at(tok) is not None or title_of(tok.stem):
            return None
        between = [t for t in self.toks[i + 1:] if t.start < until]
        if not any(t.stem in STATEMENT_NOUNS and t.particle in STATEMENT_PARTICLES for t in between):
            return None
        if any(t.particle in SUBJECT_PARTICLES for t in between):
            return None  # another subject comes between: its clause, not this one
        name = tok.stem
        prev = self.toks[i - 1] if i > 0 else None
        if prev is not None and not prev.particle and prev.end + 1 == tok.start and self.mention_at(prev) is None \
                and _NAME_WORD.match(prev.stem) and prev.text not in NOT_SOURCE_MODIFIERS \
                and not self.body[max(0, prev.start - 1):prev.start].strip():  # not '"…"고 X는'
            name = f"{prev.stem} {name}"
        return Speaker(name, "organization")

    def article_body_speaker(self) -> Speaker | None:
        """The one body the headline and the lede are about ('누리셈, …' over '누리셈은 …'), for a generic word standing
        for it when no body is named as a subject before it."""
        return Speaker(self.article_body, "organization") if self.article_body else None

    def body_introduced_by_kind(self, kind: str, pos: int) -> Speaker | None:
        """'소속사 가온엔터는 …. (the group) …. 소속사는 "…"': the body last brought in before pos as the subject right after
        the same word for its kind; the word alone later points back to it, not to the subject named last."""
        before = [t for t in self.toks if t.start < pos]
        for k in range(len(before) - 2, -1, -1):
            t, named = before[k], before[k + 1]
            if t.stem == kind and not t.particle and named.start == t.end + 1 and named.particle in SUBJECT_PARTICLES \
                    and len(named.stem) >= 2 and named.stem not in GENERIC_BODIES and named.stem not in self.name_words \
                    and self.mention_at(named) is None and not title_of(named.stem):
                return Speaker(named.stem, "organization")
        return None

    def body_named_before(self, pos: int) -> Speaker | None:
        """The last organisation named as a subject before pos ('한빛전자는 … 공시했다'), or heading one
        ('한빛전자 노사가 … 합의했다'), or employing the people of one ('한빛전자 소속 연구원들이'), for a generic word standing for it ('회사 측은'): a proper noun Kiwi reads
        as one, that no person rule took."""
        before = [t for t in self.toks if t.start < pos]
        for k in range(len(before) - 1, -1, -1):
            t = before[k]
            heads = not t.particle and k + 1 < len(before) and before[k + 1].start == t.end + 1 \
                and before[k + 1].stem in FIRM_PARTS and before[k + 1].particle in SUBJECT_PARTICLES
            employs = not t.particle and k + 1 < len(before) and before[k + 1].start == t.end + 1 \
                and before[k + 1].stem in AFFILIATION_MARKERS  # '누리엔터테인먼트 소속 배우들이 …. 소속사는 "…"'
            if not (t.particle in SUBJECT_PARTICLES or heads or employs) or not HANGUL.match(t.stem) or len(t.stem) < 2 \
                    or t.stem in GENERIC_BODIES or self.mention_at(t) is not None \
                    or t.stem in self.name_words:
                continue  # '로페스는' after '카를로스 로페스': a person, even where no mention was taken
            if (_firm_shaped(t.stem) or self.introduced_as_firm(t.stem)) and self.mention_at(t) is None:
                return Speaker(t.stem, "organization")  # '청운산업은 … 회사 측은': a firm Kiwi splits into common nouns
            if morph.reading(self.body, t.start, t.start + len(t.stem)) == "proper":
                prev = before[k - 1] if k else None
                if prev is not None and not prev.particle and prev.end + 1 == t.start and HANGUL.match(prev.stem) \
                        and self.mention_at(prev) is None and not title_of(prev.stem) and prev.stem not in ORG_WORDS \
                        and morph.reading(self.body, prev.start, prev.end) == "proper":
                    return Speaker(f"{prev.stem} {t.stem}", "organization")  # '가람 이글스는': a place and a team
                return Speaker(t.stem, "organization")
        return self.employer_named_before(pos)

    def introduced_as_firm(self, word: str) -> bool:
        """'소재 기업 가온소재가', '배송 스타트업 다온링크는': the article brings the word in right after a noun for a kind
        of firm, so it is a firm's name wherever it stands as a subject, however Kiwi splits it."""
        return any(t.stem == word and k > 0 and not self.toks[k - 1].particle and not self.toks[k - 1].sep
                   and self.toks[k - 1].end + 1 == t.start and is_firm_kind_word(self.toks[k - 1].stem)
                   and morph.reading(self.body, t.start, t.start + len(t.stem)) in ("proper", "nouns")
                   and not t.stem.endswith(PLURAL_SUFFIX)
                   for k, t in enumerate(self.toks))  # not '투자회사 동료들이': a plural or a common word names no firm

    def employer_named_before(self, pos: int) -> Speaker | None:
        """'박도윤 한빛조선 대표이사는 … 회사는 "…"': with no firm named as a subject, the generic word stands
        for the one-word body of the person last named before it."""
        for m in reversed([m for m in self.mentions if m.end <= pos and m.person]):
            org = self.organizations.get(m.person)
            if org and " " not in org and HANGUL.match(org) and not org.endswith(PUBLIC_BODY_ENDINGS):
                return Speaker(org, "organization")
            return None
        return None

    def in_modifier_clause(self, tok: Tok, i: int, quote_start: int) -> bool:
        """Is a subject marked 이/가 the subject of a clause that modifies a noun, its verb ending in a
        modifier ending ('야당이 제안한 특검법에 대해')? No other subject comes between it and that verb."""
        m = self.mention_at(tok)
        end, particle = (m.end, m.particle) if m is not None and m.end > tok.end else (tok.end, tok.particle)
        if particle not in NOMINATIVE_PARTICLES:
            return False  # '구태현 대표가': the particle is the mention's
        verbs = morph.predicate_words(self.body, end, quote_start - 1, auxiliaries=True)
        if not verbs or verbs[0][2] != "ETM":
            return False
        return not any(t.particle in SUBJECT_PARTICLES for t in self.toks[i + 1:] if end <= t.start < verbs[0][0])

    def nameless_subject(self, sent_start: int, quote_start: int) -> bool:
        """'차기 대통령은 "…"', '국민의힘은 논평을 내고 "…"', '한빛반도체 노조는 성명을 내고 "…"': the quotation
        has a subject the article does not name (right before it, or the noun phrase opening its sentence);
        nobody's earlier words carry over to it."""
        idx = [i for i, t in enumerate(self.toks) if sent_start <= t.start < quote_start]
        opening = next((i for i in idx if self.toks[i].particle), None)
        for i in sorted({opening, idx[-1]} - {None}) if idx else ():
            t = self.toks[i]
            if t.particle in TOPIC_PARTICLES and HANGUL.match(t.stem) is not None and t.stem not in NOT_SUBJECTS \
                    and self.speaker_of(t, i) is None and not CLAUSE_BREAK.search(self.body[t.end:quote_start - 1]) \
                    and morph.reading(self.body, t.start, t.start + len(t.stem)) != "other":
                return True  # (not a verb's clause with 는: '제자들에게 넘기면서는 "…"' has no subject of its own)
        return False

    def after(self, quote_end: int, sent_end: int) -> Speaker | None:
        """The first subject after the quotation in its sentence, or the first owner of its words or voice
        ('"…" 김 작가의 목소리가 높아졌다'), whichever comes first."""
        for i, t in enumerate(self.toks):
            if quote_end < t.start < sent_end:
                nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
                if t.particle == "의" and nxt is not None and nxt.stem in VOICE_NOUNS and nxt.particle in VOICE_PARTICLES \
                        and (m := self.mention_at(t)) is not None \
                        and (voice := Speaker(m.person, "person") if m.person else self.pronoun_referent(m.start)):
                    return voice
                if t.particle == "의" and i + 1 < len(self.toks) and self.toks[i + 1].stem.startswith(ATTRIBUTION_NOUNS):
                    m = self.mention_at(t)  # '…라는 게 김 교수의 설명이다'
                    if m is not None and m.person:
                        return Speaker(m.person, "person")
                sp = self.speaker_of(t, i) or self.named_body(t) or self.issuer(t, i, sent_end)
                if sp is not None and not self.in_modifier_clause(t, i, sent_end):
                    return sp  # not '"…" 수업이 끝난 뒤 …': the subject of a clause modifying a noun
        return None

    def sentence_after_opening_quote(self, quote_start: int, quote_end: int) -> int | None:
        """Where the sentence after a quotation starts, when the quotation opens its paragraph and that sentence
        goes on in it without answering or turning from it ('그러자 …', '한편 …'); None otherwise."""
        line_start = self.body.rfind("\n", 0, quote_start) + 1
        if _line_head(self.body, line_start, quote_start - 1):
            return None
        s0 = quote_end + 1
        while s0 < len(self.body) and self.body[s0] == " ":
            s0 += 1
        if s0 >= len(self.body) or self.body[s0] == "\n" or RESPONSE.match(self.body, s0):
            return None
        return s0

    def opening_subject(self, quote_start: int, quote_end: int) -> Speaker | None:
        """'"형들이 다 해 줘서 …." 반서진은 공을 동료들에게 돌렸다.': a quotation closed on its own full stop opens its
        paragraph and the next sentence opens with a person as its subject, whatever it says of them; the paragraph is
        theirs and so are its words (not when that sentence answers or turns from them: '그러자 …', '한편 …')."""
        s0 = self.sentence_after_opening_quote(quote_start, quote_end)
        if s0 is None:
            return None
        m = next((m for m in self.mentions if m.start == s0), None) or self.introduced_subject(s0)
        if m is None or not m.person or not m.is_subject or m.kind == "pronoun":
            return None
        return Speaker(m.person, "person") if m.person != self.deceased else None

    def introduced_subject(self, s0: int) -> Mention | None:
        """'"…." 새섬을 드나드는 어민 길봉수(58)씨는 …': after a quotation opening its paragraph, the sentence's first
        person, named in full there for the first time as its subject after the words describing them (no clause of its
        own before), is the one the paragraph brings in to say it."""
        _, s1 = sentence_bounds(self.body, s0)
        m = next((m for m in sorted(self.mentions, key=lambda m: m.start) if s0 <= m.start < s1), None)
        if m is None or m.kind != "full" or not m.is_subject or CLAUSE_OR_QUOTE.search(self.body, s0, m.start) \
                or any(o.person == m.person and o.start < s0 for o in self.mentions):
            return None
        return m

    def said_thus_after(self, quote_start: int, quote_end: int) -> Speaker | None:
        """'"운영비는 … 뺐습니다." 답변에 나선 도윤찬 과장은 이렇게 설명한 뒤 "…"고 했다': a quotation closed on its own full
        stop opening its paragraph, then a sentence saying its subject said it thus: that subject."""
        s0 = self.sentence_after_opening_quote(quote_start, quote_end)
        if s0 is None:
            return None
        s0, s1 = sentence_bounds(self.body, s0)
        said = BACK_REFERENCE.search(self.body, s0, s1)
        return self.before(s0, said.start()) if said else None

    def said_next(self, pos: int, quote_start: int, quote_end: int) -> Speaker | None:
        """'"…." ⏎ 김 대표는 웃으며 말했다.', '"…." ⏎ 김 대표는 손사래를 쳤다.': a quotation closed on its full stop alone on its
        line, then a sentence of no quotation of its own, turning neither from it nor to a listener, that ends with a
        gesture or with a reporting verb taking no object ('… 증설 계획을 밝혔다' tells news of its own): its subject."""
        if not re.search(r"[.!?…]$", self.body[quote_start:quote_end]):
            return None  # a heading
        s0, s1 = sentence_bounds(self.body, pos)
        sentence = self.body[s0:s1]
        if any(s0 <= a < s1 for a, _ in quote_spans(self.body)) or RESPONSE.match(sentence) or self.heard(s0 - 1, s1):
            return None
        if not (MANNER_VERB.search(sentence) or FINAL_VERB.search(sentence) and not OBJECT_WORD.search(sentence)):
            return None
        self.subjects_until(s0)
        return self.before(s0, s1)

    def heard(self, quote_end: int, sent_end: int) -> bool:
        """'"…." 이 말에 반서진은 고개를 끄덕였다', '"…." 이 말을 들은 반서진은 웃었다': the sentence after a quotation opens
        by naming its words as what its subject heard or answered; that subject is the listener, not the speaker."""
        m = HEARD.match(self.body, quote_end + 1, sent_end)
        return m is not None and any(x.person and x.is_subject for x in self.mentions if m.end() <= x.start < sent_end)

    def paragraph_subject(self, quote_start: int) -> Speaker | None:
        """'채씨가 물레를 처음 돌린 건 스무 살 때다. "흙을 만지면 …."': a quotation with no frame right after a sentence of
        its paragraph about one person (the one person it names as subject or owner, or the one its pronoun stands
        for) goes on about them in their words."""
        head = self.body[:quote_start - 1].rstrip(" ")
        if not head.endswith((".", "!", "?")) or head.endswith("\n"):
            return None
        s0, s1 = sentence_bounds(self.body, len(head) - 1)
        if any(s0 <= a < s1 for a, _ in quote_spans(self.body)):
            return None
        subjects = [m for m in self.mentions if s0 <= m.start < s1 and (m.is_subject or m.particle == "의")]
        named = {m.person for m in subjects if m.person}
        if len(named) == 1:
            person = named.pop()  # not the person whose death the article reports: a mourner speaks of them
            return Speaker(person, "person") if person != self.deceased else None
        if not named and any(m.person is None for m in subjects):
            self.subjects_until(s0)
            return self.pronoun_referent(s0)
        return None

    def voice_owner(self, start: int, end: int) -> Mention | None:
        """'"…" 김 작가의 목소리가 높아졌다', '"…" ⏎ 그의 어조는 단호했다': the person (or pronoun) whose voice or
        manner of speaking is a subject in the sentence: they said the quotation before it."""
        words = [t for t in self.toks if start <= t.start < end]
        for t, nxt in zip(words, words[1:]):
            if nxt.stem in VOICE_NOUNS and nxt.particle in VOICE_PARTICLES:
                return self.mention_at(t) if t.particle == "의" else None
        return None

    def voiced(self, start: int, end: int) -> Speaker | None:
        """The speaker voice_owner names; a pronoun stands for the person last named as subject."""
        m = self.voice_owner(start, end)
        if m is None:
            return None
        if m.person:
            return Speaker(m.person, "person")
        self.subjects_until(start)
        return self.pronoun_referent(m.start)

    def possessive(self, tok: Tok) -> bool:
        """The word is a name's possessive: '김 교수의', or '김 의원(무소속)의' where 의 stands after the gloss."""
        if tok.particle == "의":
            return True
        m = self.mention_at(tok) if tok.stem == "의" else None
        return m is not None and m.particle == "의" and m.end >= tok.end

    def possessed(self, quote_start: int, quote_end: int) -> Speaker | None:
        """'편 장관은 모 의원의 "…"라는 질문에 "…"고 답했다', '김 대표의 "…"는 발언이 논란을 불렀다': a person's
        possessive right before a quotation named as their words after it owns it, whoever the sentence's subject."""
        if not NAMED_WORDS.match(self.body, quote_end):
            return None
        before = [t for t in self.toks if t.end <= quote_start - 1]
        if not before or self.body[before[-1].end:quote_start - 1].strip() or not self.possessive(before[-1]):
            return None
        m = self.mention_at(before[-1])
        if m is not None and m.person is None and m.kind == "pronoun":
            return self.pronoun_referent(before[-1].start)  # '그의 "…"라는 말에'
        return Speaker(m.person, "person") if m is not None and m.person else None

    def posted_by(self, quote_start: int, quote_end: int) -> Speaker | None:
        """'길씨의 SNS에는 "…"는 글이 올라왔다': words posted on a person's own page (a statement noun with 에 right
        before the quotation, named as written words after it) are that person's."""
        if not NAMED_WORDS.match(self.body, quote_end):
            return None
        before = [t for t in self.toks if t.end <= quote_start - 1]
        if len(before) < 2 or self.body[before[-1].end:quote_start - 1].strip():
            return None
        place, owner = before[-1], before[-2]
        if not any(place.text[:-len(p)] in STATEMENT_NOUNS for p in PLACE_PARTICLES if place.text.endswith(p)) \
                or not self.possessive(owner):
            return None
        m = self.mention_at(owner)
        return Speaker(m.person, "person") if m is not None and m.person else None

    def owner_after(self, quote_end: int) -> Speaker | None:
        """'"… 날짜로 답해 주십시오." 마지막 질의에 나선 김 의원의 요구였다.': a quotation closed after its own full
        stop, its sentence after it saying whose words they were."""
        if not self.body.startswith(('."', '.”', '!"', '!”', '?"', '?”'), quote_end - 1):
            return None
        line_end = self.body.find("\n", quote_end)
        s0 = quote_end + 1
        while s0 < len(self.body) and self.body[s0] == " ":
            s0 += 1
        if s0 >= len(self.body) or s0 == line_end:
            return None
        s1 = sentence_bounds(self.body, s0)[1]
        return self.attributed_to(s0, s1)

    def attributed_to(self, start: int, end: int) -> Speaker | None:
        """The person a sentence ending '… X의 첫마디였다', '… X씨의 말이다', '… X가 남긴 말이다' gives the
        words before it to."""
        m = ATTRIBUTED.search(self.body, start, end)
        if m is None:
            return None
        words = [t for t in self.toks if start <= t.start and t.end < m.start()]
        owner = words[-1:] if words and self.possessive(words[-1]) else [t for t in words if t.particle in SUBJECT_PARTICLES]
        # '… 박 감독이 남긴 말이다', '… 묻는 말에 나혜원 이사가 내놓은 답이다': the one subject that names a person
        named = {m.person for m in map(self.mention_at, owner) if m is not None and m.person}
        return Speaker(named.pop(), "person") if len(named) == 1 else None

    def introduced_speaker(self, para_start: int, quote_start: int) -> Speaker | None:
        """A quotation alone in its paragraph, its speaker introduced by the next: the one person named as a
        subject in that paragraph's first sentence, who is quoted again later in that paragraph (by name or
        as 그는), or whom the paragraph before the quotation was about (its last subject) as well; a paragraph
        opening with 그는 after a paragraph about someone goes on about them. Opening an article (no person named
        before it), the quotation, and any quotation paragraphs after it, are the words of the one person the next
        paragraph's first sentence names, when that person is quoted again later."""
        opening = not any(m.person and m.start < quote_start for m in self.mentions)
        while True:
            while para_start < len(self.body) and self.body[para_start].isspace():
                para_start += 1  # past a blank line
            line = LONE_QUOTATION.match(self.body, para_start)
            if not opening or line is None:
                break
            para_start = line.end()  # '"…" ⏎ "…" ⏎ 도예가 채은결(45)씨는': opening words in several paragraphs
        s0, s1 = sentence_bounds(self.body, para_start)
        para_end = self.body.find("\n", para_start)
        para_end = len(self.body) if para_end == -1 else para_end
        if any(a < s1 for a, _ in quote_spans(self.body) if s0 <= a):
            return None
        named = {m.person for m in self.mentions if s0 <= m.start < s1 and m.person and m.is_subject}
        everyone = {m.person for m in self.mentions if s0 <= m.start < s1 and m.person}
        if opening and len(everyone) == 1 \
                and all(m.is_subject or m.particle in ("의", "") for m in self.mentions if s0 <= m.start < s1 and m.person) \
                and self.quoted_later(next(iter(everyone)), s1):
            # '"…" ⏎ … 도예가 채은결(45)씨는 …': an article's opening words, their speaker its subject, or their
            # owner ('채은결(45)씨의 하루는'), or bare before a word of address or title ('권옥례(88) 할머니는')
            return Speaker(everyone.pop(), "person")
        if opening and not everyone and (glossed := self.age_glossed_subject(s0, s1)) \
                and (self.quoted_later(glossed, s1) or self.quoted_in_paragraph(glossed, s1, para_end)):
            return Speaker(glossed, "person")  # '"…" ⏎ … 사공만수(67) 사장은 …' with the name no rule took: the age proves it
        self.subjects_until(self.body.rfind("\n", 0, quote_start) + 1)
        prev_para = self.body.rfind("\n", 0, max(0, self.body.rfind("\n", 0, quote_start)))
        about = self.pronoun_referent(quote_start) if self.last_at >= prev_para else None
        if not named and about is not None and any(
                m.person is None and m.is_subject for m in self.mentions if s0 <= m.start < s1):
            return about  # '… 그는 대상을 받았다. ⏎ "…" ⏎ 그는 …'
        if (owner := self.topic_owner(s0, s1, quote_start)) is not None:
            return owner  # '"…." ⏎ 할머니의 밥상은 소박하다.': the paragraph after goes on about the speaker's things
        # '… 염씨는 "…"며 울먹였다. ⏎ "…." ⏎ 뚜언씨의 형 흥씨도 이날 건너왔다.': a person brought in with 도 ('also'), in a
        # sentence saying nothing of speech, stands beside the one quoted before; the quotation is still theirs
        also = bool(named) and not _reports(self.body[s0:s1]) and all(
            m.particle == "도" for m in self.mentions if s0 <= m.start < s1 and m.person in named and m.is_subject)
        if (followed := self.told_before(quote_start, quoted=also)) is not None and followed.name not in named:
            return followed  # '… 아버지는 그가 열 살 무렵 눕게 됐다. ⏎ "…" ⏎ 이장 권모(62)씨는 …': still the person before
        if len(named) != 1:
            return None
        person = named.pop()
        if about == Speaker(person, "person"):
            return about  # the paragraph before was about them too
        later = [m for m in self.mentions if s1 <= m.start < para_end and m.is_subject
                 and (m.person == person or m.person is None and not any(
                     o.person not in (None, person) and o.is_subject for o in self.mentions if s1 <= o.start < m.start))]
        if not later or not any(later[0].end <= a < para_end for a, _ in quote_spans(self.body)):
            return None
        return Speaker(person, "person")

    def age_glossed_subject(self, s0: int, s1: int) -> str | None:
        """The one word of a name's shape glossed with an age and standing as its sentence's subject, alone or before
        one word of post or address ('사공만수(67) 사장은', '남궁두리(41)씨가'), however the name rules read it."""
        found = {g.group(1) for g in AGE_SUBJECT.finditer(self.body, s0, s1)}
        return found.pop() if len(found) == 1 else None

    def quoted_in_paragraph(self, person: str, pos: int, para_end: int) -> bool:
        """Is the person the subject of a quotation's sentence after pos in the same paragraph, however named
        ('사공 사장은 "…"' after '사공만수(67) 사장은', no name rule having taken the name)?"""
        for a, _ in quote_spans(self.body):
            if not pos <= a < para_end:
                continue
            s0 = sentence_bounds(self.body, a)[0]
            for k, t in enumerate(self.toks):
                if s0 <= t.start < a and t.particle in SUBJECT_PARTICLES \
                        and (found := self.speaker_of(t, k)) is not None and found.name == person:
                    return True
        return False

    def topic_owner(self, s0: int, s1: int, quote_start: int) -> Speaker | None:
        """'"…국은 늘 맑게 끓여 먹어." ⏎ 할머니의 밥상은 소박하다.', '"….", ⏎ 여 셰프의 코스는 아홉 접시다.': a full
        sentence quoted alone, then a paragraph whose first sentence opens with a thing of a person named before the
        quotation as its subject (owns_topic): the paragraph goes on about the speaker."""
        line = LONE_QUOTATION.match(self.body, self.body.rfind("\n", 0, quote_start) + 1)
        if line is None or not re.search(r"[.!?…][\"”][ \t.]*$", line.group()) or RESPONSE.match(self.body, s0):
            return None
        owner = next((m for m in self.mentions if s0 <= m.start < s1 and (m.is_subject or m.particle in ("의", ""))), None)
        if owner is None or not owner.person or owner.person == self.deceased or owner.person in self.reporters \
                or not self.owns_topic(owner) or not any(m.person == owner.person and m.start < quote_start for m in self.mentions):
            return None
        return Speaker(owner.person, "person")

    def told_before(self, quote_start: int, quoted: bool = False) -> Speaker | None:
        """The person the last sentence of the paragraph before a lone quotation tells of as its subject (by name or
        pronoun, in a sentence with no quotation of its own): a profile's bare quotation goes on in their words. With
        quoted (the paragraph after brings another person in beside them), also the person that sentence quotes, when
        it ends in a verb of speech or manner: the quotation closes their part."""
        prev_end = self.body.rfind("\n", 0, quote_start)
        line = LONE_QUOTATION.match(self.body, prev_end + 1)
        if line is None or not re.search(r"[.!?…][\"”][ \t.]*$", line.group()):
            return None  # a heading's quotation ('"올해는 버티는 해"') goes on about nobody
        after = sentence_bounds(self.body, line.end() + 1) if line.end() + 1 < len(self.body) else (0, 0)
        words = [t for t in self.toks if after[0] <= t.start < after[1]]
        if any(a.particle == "의" and b.stem in VOICE_NOUNS and b.particle in VOICE_PARTICLES for a, b in zip(words, words[1:])):
            return None  # '"…" ⏎ 객석의 목소리는 잦아들었다': the sentence after says whose voice it was
        prev_end = len(self.body[:max(0, prev_end)].rstrip())
        if prev_end == 0 or self.body[prev_end - 1] not in ".!?":
            return None
        s0, s1 = sentence_bounds(self.body, prev_end - 1)
        if "\n" in self.body[s0:s1].strip():
            return None
        if any(s0 <= a < s1 for a, _ in quote_spans(self.body)):
            # '염씨는 "…"며 울먹였다. ⏎ "…." ⏎ 흥씨도 …': the person quoted in it goes on speaking
            if not quoted or not (FINAL_VERB.search(self.body, s0, s1) or MANNER_VERB.search(self.body, s0, s1)):
                return None
            self.subjects_until(s1)
            return self.last if self.last.kind == "person" and s0 <= self.last_at < s1 else None
        self.subjects_until(s1)
        if self.last_told < s0 or self.last.kind != "person":
            return None
        return self.pronoun_referent(quote_start)

    def quoted_later(self, person: str, pos: int) -> bool:
        """Is the person quoted after pos, as the subject before a quotation in its sentence (by name, or as 그/그녀
        with nobody else named as subject since pos)?"""
        for a, _ in quote_spans(self.body):
            if a < pos:
                continue
            s0 = sentence_bounds(self.body, a)[0]
            for m in self.mentions:
                if s0 <= m.start < a and m.is_subject and (m.person == person or m.person is None and not any(
                        o.person not in (None, person) and o.is_subject for o in self.mentions if pos <= o.start < m.start)):
                    return True
        return False

    def said_before(self, line_start: int, quote_start: int, quote_end: int) -> tuple[Speaker, str] | None:
        """'김 대표는 창업 당시를 회상했다. ⏎ "그때는 …였습니다."': a full sentence quoted alone in its paragraph
        (it ends with a full stop, as a heading does not) right after a paragraph whose last sentence has a
        person as subject and ends in a reporting verb: that person goes on speaking. The speaker and verb."""
        if not re.search(r"[.!?…]$", self.body[quote_start:quote_end]) or self.body[line_start - 1] != "\n":
            return None
        prev_end = line_start - 1
        if prev_end < 1 or self.body[prev_end - 1] not in ".!":
            return None
        s0, s1 = sentence_bounds(self.body, prev_end - 1)
        verb = next(reversed(list(VERB.finditer(self.body, s0, s1))), None)
        if any(s0 <= a < s1 for a, _ in quote_spans(self.body)):
            # '… 만난 봉하늘은 "…"며 웃었다. ⏎ "…." ⏎ 그의 이름을 알린 건 …': the person quoted in that sentence, which ends
            # in a verb of speech or of manner, goes on speaking when the paragraph after goes on about them by pronoun
            said = (verb is not None and not self.body[verb.end():s1].strip(" .!")) or MANNER_VERB.search(self.body, s0, s1)
            if said and self.last.kind == "person" and s0 <= self.last_at < s1 \
                    and PRONOUN_OPENING.match(self.body, quote_end + 1):
                return self.last, verb.group(1) if verb is not None else None
            return None
        if verb is None or self.body[verb.end():s1].strip(" .!"):
            return None
        self.subjects_until(s0)
        speaker = self.before(s0, verb.start(), modifying_too=False) or self.asked(s0, verb.start())
        return (speaker, verb.group(1)) if speaker is not None and speaker.kind == "person" else None

    def subjects_until(self, pos: int) -> None:
        """Carry over the last person named as subject before pos (outside quotations); a pronoun as
        subject carries over the person it stands for."""
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.start < self._seen:
                continue
            if self.answers and m.start >= self.answers[0][0] and self.qa_interviewee is None:
                self.qa_interviewee = self.interviewee_before(self.answers[0][0])
            if any(s <= m.start < e for _, s, e in self.answers):
                if self.qa_interviewee is not None and self.qa_interviewee.name:
                    self.set_last(self.qa_interviewee, m.start)  # a person named in an answer is no subject of the story
                continue
            if m.person is None and (m.particle or re.sub(PRONOUN_WORD, "", self.body[m.start:m.end], count=1)) in MET_PARTICLES \
                    and MEETING_VERB.match(self.body, m.end, sentence_bounds(self.body, m.start)[1]) \
                    and (referent := self.pronoun_referent(m.start)) is not None:
                self.met_pronoun = (m.start, referent.name)  # '… 연습실에서 그를 만났다': the one the story follows
            owned = self.owned_topic(m) if m.person and not m.is_subject else None
            if m.person and (m.is_subject or self.receives(m) or owned is not None):
                self.note_side_person(m)
                self.set_last(Speaker(m.person, "person"), m.start)
                self.last_told = m.start
                # '피도형 씨의 전망은 한층 비관적이다. "…"며': a sentence about what the person thinks or said reports their words
                self.last_says = bool(VERB.search(self.body[slice(*sentence_bounds(self.body, m.start))])) \
                    or owned is not None and owned.stem in SPEECH_OWNED
            elif m.person is None and m.is_subject and (referent := self.pronoun_referent(m.start)) is not None:
                self.followed.pop(referent.name, None)
                self.followed[referent.name] = None
                if referent.name != self.last.name:
                    self.set_last(referent, m.start)
                self.last_told = m.start  # where the story last spoke of its person as subject
        self._seen = max(self._seen, pos)

    def set_last(self, speaker: Speaker, pos: int) -> None:
        self.last, self.last_at = speaker, pos

    def note_side_person(self, m: Mention) -> None:
        """'그는 … 대상을 받았다. … 스승인 국 선생은 그를 "…"라고 소개했다': a person named as subject in a
        sentence whose pronoun (not a subject) stands for the person the story follows (one it has called
        그는 before) is introduced beside them; a pronoun in a later paragraph still stands for the person
        the story follows, not for them."""
        if self.last.kind != "person" or self.last.name == m.person or m.person in self.beside \
                or self.beside.get(self.last.name, self.last.name) not in self.followed:
            return
        s0, s1 = sentence_bounds(self.body, m.start)
        if any(o.person is None and not o.is_subject and s0 <= o.start < s1 for o in self.mentions):
            self.beside[m.person] = self.beside.get(self.last.name, self.last.name)

    def pronoun_referent(self, pos: int) -> Speaker | None:
        """Who 그/그녀 at pos stands for: the person last named as subject, unless that person was introduced
        beside the one the story follows and the pronoun opens a later paragraph than where they last spoke
        or were named."""
        if self.last.kind != "person":
            return None
        if (answering := self.asked_by_reporter(pos)) is not None:
            return answering
        followed = self.beside.get(self.last.name)
        if followed and "\n" in self.body[self.last_at:pos]:
            return Speaker(followed, "person")
        return self.last

    def asked_by_reporter(self, pos: int) -> Speaker | None:
        """'향후 일정을 묻자 그는 "…"': a question clause with no one named as asking or asked, then the pronoun: the
        reporter asked the person the story follows (the one its subject pronouns last stood for), who answers, even
        when another person was named as subject since."""
        if not self.followed or self.last.name in self.followed:
            return None
        s0 = sentence_bounds(self.body, pos)[0]
        if not QUESTION_CLAUSE.search(self.body, s0, pos) or any(s0 <= m.start < pos for m in self.mentions):
            return None
        return Speaker(next(reversed(self.followed)), "person")

    def owns_topic(self, m: Mention) -> bool:
        return self.owned_topic(m) is not None

    def owned_topic(self, m: Mention) -> Tok | None:
        """'… 중도매인 피도형(63) 씨의 전망은 한층 비관적이다. 그는 "…"': a person's possessive right before the first subject of
        its sentence, a thing of theirs (their outlook, day, voice), puts them in the story's focus as a subject would;
        not a person of theirs ('김 대표의 아들은'), who is the subject, nor a possessive after the sentence's subject."""
        end = m.end
        if not m.particle:  # '모금순 할머니의 하루는', '하도율 대표의 셈법은': the name's word of address or title
            word = next((t for t in self.toks if t.start == end + 1), None)
            if word is None or word.particle != "의" or not (word.stem in ADDRESS_NOUNS or title_of(word.stem)):
                return None
            end = word.end
        elif m.particle != "의":
            return None
        s0 = sentence_bounds(self.body, m.start)[0]
        nxt = next((t for t in self.toks if t.start >= end), None)
        if nxt is None or not re.fullmatch(r"(?:의)? ", self.body[end:nxt.start]) or nxt.particle not in SUBJECT_PARTICLES \
                or not HANGUL.match(nxt.stem) or nxt.stem in PERSON_NOUNS or nxt.stem in PERSON_RELATIONS or nxt.stem in ANONYMOUS \
                or nxt.stem in ADDRESS_NOUNS or title_of(nxt.stem) or any(o.start == nxt.start for o in self.mentions):
            return None
        return None if any(t.particle in SUBJECT_PARTICLES for t in self.toks if s0 <= t.start < m.start) else nxt

    def receives(self, m: Mention) -> bool:
        """'신인상은 박하늘에게 돌아갔다.': the one person named in a sentence that says something went to them
        is who the next pronoun stands for, as a subject would be."""
        if m.particle not in RECIPIENT_PARTICLES:
            return False
        s0, s1 = sentence_bounds(self.body, m.start)
        if not RECIPIENT_VERB.match(self.body, m.end, s1):
            return False
        return all(o.person in (None, m.person) for o in self.mentions if s0 <= o.start < s1)

    def interviewee_before(self, pos: int) -> Speaker:
        """The interviewee of a Q&A whose first question is at pos, from what was read before it: the person met
        (named, or a pronoun '그를 만났다'), else the one the last subject carries over."""
        if met := self.met_before(pos):
            return Speaker(met, "person")
        if self.met_pronoun is not None and self.met_pronoun[0] < pos:
            return Speaker(self.met_pronoun[1], "person")
        return self.carried_over()

    def interviewee_at(self, pos: int) -> Speaker:
        """Who answers a Q&A interview whose first question is at pos: the person the last subject or the
        last quotation carries over, or else the person named last before it ('곽도현 감독을 … 만났다')."""
        self.subjects_until(pos)
        if met := self.met_before(pos):
            return Speaker(met, "person")
        if (carried := self.carried_over()).name:
            return carried
        named = [m.person for m in self.mentions if m.person and m.end <= pos]
        return Speaker(named[-1], "person") if named else NOBODY

    def met_just_before(self, line_start: int, quote_start: int, quote_end: int) -> Speaker | None:
        """'지난 3일 공방에서 하씨를 만났다. ⏎ "흙은 거짓말을 안 해요."': a full sentence quoted alone right after a paragraph
        whose last sentence says the reporter met a person (met_before): the person met says it."""
        if not re.search(r"[.!?…]$", self.body[quote_start:quote_end]):
            return None  # a heading
        prev_end = len(self.body[:max(0, line_start - 1)].rstrip())
        if prev_end == 0 or self.body[prev_end - 1] not in ".!":
            return None
        s0 = sentence_bounds(self.body, prev_end - 1)[0]
        if any(s0 <= a < prev_end for a, _ in quote_spans(self.body)):
            return None
        in_sentence = [m for m in self.mentions if s0 <= m.start < prev_end]
        if any(m.is_subject for m in in_sentence):
            return None  # '구씨는 하씨를 만나러 갔다': someone of the story met them, not the reporter
        met = self.met_before(line_start)
        return Speaker(met, "person") if met and any(m.person == met for m in in_sentence) else None

    def asked_just_before(self, quote_start: int, quote_end: int) -> Speaker | None:
        """'반 센터장에게 비결을 물었다. "골목이 살아야 동네가 산다."': a full sentence quoted right after a sentence putting
        a question to someone (asked) answers it; not a question itself, nor after a sentence whose subject, a person of
        the story, asks (the quotation may be that question)."""
        text = self.body[quote_start:quote_end]
        if not re.search(r"[.!…]$", text) or text.endswith("?"):
            return None
        prev_end = len(self.body[:max(0, quote_start - 1)].rstrip())
        if prev_end == 0 or self.body[prev_end - 1] not in ".!":
            return None
        s0 = sentence_bounds(self.body, prev_end - 1)[0]
        if any(s0 <= a < prev_end for a, _ in quote_spans(self.body)) \
                or any(m.is_subject and m.person for m in self.mentions if s0 <= m.start < prev_end):
            return None
        return self.asked(s0, prev_end)

    def met_before(self, pos: int) -> str | None:
        """'… 작업실에서 민 작가를 만났다.' right before an interview: the person met (object of a verb of
        meeting in the paragraph before pos) is the interviewee, whoever was quoted before."""
        para_start = self.body.rfind("\n", 0, max(0, pos - 1)) + 1
        for m in reversed([m for m in self.mentions if m.person and para_start <= m.start < pos]):
            if m.particle in MET_PARTICLES and MEETING_VERB.match(self.body, m.end, sentence_bounds(self.body, m.start)[1]):
                return m.person
        return None

    def carried_over(self) -> Speaker:
        """The speaker of a quotation with no subject: the last person named as subject, unless
        that sentence reports no speech ('오태경 사무총장이 맡으며') and someone was quoted before."""
        if self.last_speaker.name and not self.last_says and self.last.name != self.last_speaker.name:
            return self.last_speaker
        return self.last

    _seen = 0
    answers: list[tuple[int, int, int]] = []  # a Q&A interview's (question, answer start, answer end)
    qa_interviewee: Speaker | None = None
    met_pronoun: tuple[int, str] | None = None
    last_told = -1
    _bodies: list[tuple[int, str, bool]] | None = None
    last_says = True
    last_speaker = NOBODY


def _one_reading(mentions: list[Mention]) -> list[Mention]:
    """Two persons the name rules read at one place are one: '제갈온' and '제갈온씨', '하산' and '하산 칸', '선우' (a surname
    read alone) and '선우미래' at '선우 전 부지사는'. The reading with the honorific, or the one that only opens the other, is
    dropped, so that a paragraph naming one person names one."""
    at: dict[int, set[str]] = {}
    for m in mentions:
        if m.person:
            at.setdefault(m.start, set()).add(m.person)
    def shadowed(m: Mention) -> bool:
        others = at.get(m.start, set()) - {m.person}
        return bool(m.person) and any(m.person == o + HONORIFIC or " " in o and o.split()[0] == m.person
                                      or " " not in o and len(o) > len(m.person) and o.startswith(m.person)
                                      and o != m.person + HONORIFIC for o in others)
    return [m for m in mentions if not shadowed(m)]


def is_firm_kind_word(word: str) -> bool:
    """A noun for a kind of firm written before a firm's name: the person table's kinds ('스타트업', '제조사') and the
    generic '기업', '회사', alone or after the field ('소재기업')."""
    return is_firm_kind(word) or word.endswith(FIRM_KIND_NOUNS)


def _firm_shaped(word: str) -> bool:
    """'청운산업', '누리중공업', '한빛제약': one word of two syllables or more and the kind of business a firm's name ends
    with; Kiwi may read it as two common nouns, but as a topic it is a firm."""
    return bool(HANGUL.match(word)) and any(word.endswith(e) and len(word) >= len(e) + 2 for e in FIRM_NAME_ENDINGS)


def _longer(m: Mention, other: Mention) -> bool:
    """Two persons read at one place, the one the other's name opens: '하산 칸' over '하산'."""
    return bool(m.person and other.person and " " in m.person and m.person.split()[0] == other.person)


def _abbreviates(short: str, name: str) -> bool:
    """'금감원' of '금융감독원', '공정위' of '공정거래위원회': the short word opens the name and its other
    syllables follow in it in order."""
    if short[0] != name[0] or len(short) > 4 or len(name) < len(short) + 2:
        return False
    at = 0
    for ch in short[1:]:
        at = name.find(ch, at + 1)
        if at == -1:
            return False
    return True


def inline_caption(body: str, quote_start: int, names: frozenset[str] = frozenset()) -> Speaker | None:
    """'[다카하시 유이/일본 바둑 기사 : "…"]', '[인터뷰] 김민서/서울 마포구 : "…"': the caption that opens
    the quotation names its speaker (a person the article names, when the caption runs on into a title)."""
    line_start = body.rfind("\n", 0, quote_start) + 1
    for m in INTERVIEW_QUOTE.finditer(body, line_start, quote_start):
        if m.end() != quote_start - 1:
            continue
        words = m.group("name").split()
        known = [" ".join(words[:k]) for k in range(len(words), 0, -1) if " ".join(words[:k]) in names]
        if known:
            return Speaker(known[0], "person")
        if caption_body(m.group("name")):
            return Speaker(m.group("name").strip(), "organization")
        if caption_person(m.group("name")) or words[-1] in ANONYMOUS:
            return Speaker(m.group("name").strip(), "person")  # a name, or '서울시 관계자': a source left unnamed
    for m in CAPTION_INLINE.finditer(body, line_start, quote_start + 1):
        if body[m.end():quote_start].strip():
            continue
        name = m.group("name").strip()
        if caption_person(name):
            return Speaker(name, "person")
        return Speaker(name.split()[0], "organization")
    bare = BITE_CAPTION_LINE.match(body[line_start:max(line_start, quote_start - 1)])
    if bare and bare.group("name") in names:
        return Speaker(bare.group("name"), "person")  # '[모예린 / 상인] "…"': a bare caption of a person named
    return spaced_caption(body, line_start, quote_start, names)


def spaced_caption(body: str, caption_start: int, quote_start: int, names: frozenset[str]) -> Speaker | None:
    """'〈김민서 한빛대 교수〉 ⏎ "…"', '〈한빛대 교수 김민서〉 "…"': a caption parted by a space alone, starting at
    caption_start and ending at the quotation's opening mark, names its speaker when the person rules took its name
    for a person (Finder.spaced_captions)."""
    for rule in CAPTION_SPACED:
        m = rule.match(body, caption_start)
        if m and m.end() == quote_start - 1 and m.group("name") in names:
            return Speaker(m.group("name"), "person")
    return None


def caption_below(body: str, quote_end: int) -> Speaker | None:
    """'"…" ⏎ - 김민서 / 상인': a broadcast caption under a bite names its speaker, under one quoted line or under the
    last of a run of them ('"…" ⏎ "…" ⏎ - 김민서 / 상인')."""
    close = quote_end
    for _ in range(MAX_BITE_LINES):
        if (m := CAPTION_AFTER.match(body, close)) and caption_names_person(m):
            return Speaker(m.group("name").strip(), "person")
        nl = body.find("\n", close)
        nxt = WHOLE_QUOTED_LINE.match(body, nl + 1) if nl != -1 else None
        if nxt is None:
            return None
        close = nxt.start("close")
    return None


def _said_thus_then_more(body: str, before: Quote, quote_start: int, speaker: str | None) -> bool:
    """'"…." 김 대표는 이렇게 말하며 "…"고 덧붙였다': the quotation goes on with the words of the closed one before it, when
    the clause between says its speaker said that one thus and runs on to this one."""
    closed = body.startswith(('."', '.”', '!"', '!”', '?"', '?”'), before.end - 1)
    return closed and speaker is not None and speaker == before.speaker \
        and SAID_THUS_THEN_MORE.match(body[before.end + 1:quote_start - 1]) is not None


def _saying_apart(part: str, before: str) -> bool:
    """A short later part after a long one ('"…"며 "이것이 대응이냐"고'): the reporter sets it apart as a saying of its own."""
    return len(part.split()) <= SAYING_APART_WORDS and len(part) <= SAYING_APART_SHARE * len(before)


def labelled(body: str, quote_start: int, quote_end: int, att: "Attributor") -> Speaker | None:
    """The person a label beside the quotation names: a name the article gives (alone or before a title), a short
    mention ('채 지부장'), or a Korean name before a title no person rule took; None for any other label ('(사진)')."""
    found = _label(body, quote_start, quote_end)
    if found is None:
        return None
    label, pos = found
    words = label.split()
    if (named := turn_speaker(label, pos, att)) is not None:
        return Speaker(named, "person")
    return Speaker(words[0], "person") if len(words[0]) >= 2 else None  # a name no person rule took


def find(body: str, persons: list[Person], mentions: list[Mention], ctx: Context) -> list[Quote]:
    att = Attributor(body, [m for m in mentions if not any(a <= m.start < b for a, b in quote_spans(body))], persons)
    att.article_body = membership.topic_of_article(ctx.title or "", body, membership.name_words(persons))
    att.answers = [(q, s, e) for q, s, e in qa_pairs(body)]
    quotes: list[Quote] = []
    names = frozenset(p.name for p in persons)
    interviewee = NOBODY  # who answers the questions of a Q&A interview, once one is answered
    answer_line = -1  # where the paragraph of the last quoted answer ends
    bite = (NOBODY, -1)  # the speaker a broadcast caption named, and where the line of their last quotation ends
    for chain in _chains(body, _candidates(body)):
        first_s, last_e, standalone = chain[0][0], chain[-1][1], chain[0][2]
        if quotes and "\n" in body[quotes[-1].end:first_s] and not body[quotes[-1].end:first_s - 1].strip() and (
                standalone or body[quotes[-1].end:quotes[-1].end + 1] == "\n"):
            # '… 이렇게 설명했다. "…볼 수 있습니다. ⏎ "마지막 … 놓았습니다."': the quotation left open at the end of
            # the paragraph before goes on; the same speaker says it
            head = quotes[-1].continues if quotes[-1].continues is not None else len(quotes) - 1
            quotes += [replace(quotes[head], text=body[s:e], start=s, end=e, continues=head) for s, e, _ in chain]
            continue
        if standalone:
            # "…" on its own line: a heading, unless an interview caption stands above it or
            # the next sentence says who said it.
            line_start = body.rfind("\n", 0, first_s) + 1
            # the line above, past the blank lines a text dump leaves between paragraphs ('- 왜 필요한가. ⏎ ⏎ "…"')
            prev_end = len(body[:max(0, line_start - 1)].rstrip())
            prev_start = body.rfind("\n", 0, prev_end) + 1
            prev_line = body[prev_start:prev_end]
            caption = (INTERVIEW.match(prev_line) or CAPTION_LINE.match(body, prev_start)) if line_start else None
            if caption and caption.re is CAPTION_LINE and not caption_names_person(caption):
                caption = None  # '■ 쌀값, 다시 오를까 ⏎ "…"': a heading, no speaker's caption
            nxt_start = body.find("\n", last_e)
            while nxt_start != -1 and body.startswith("\n", nxt_start + 1):
                nxt_start += 1  # '"…" ⏎ ⏎ 김 대표는 이렇게 말했다': a text dump's blank line between paragraphs
            sent_end = last_e
            spaced = spaced_caption(body, prev_start, first_s, names) if line_start and not caption else None
            if caption:
                speaker, verb = Speaker(caption.group("name"), "person"), None
                bite = (speaker, body.find("\n", last_e))
            elif spaced:
                speaker, verb = spaced, None  # '〈한빛대 교수 김민서〉 ⏎ "…"': a caption parted by a space alone
                bite = (speaker, body.find("\n", last_e))
            elif below := caption_below(body, last_e):
                speaker, verb = below, None  # '"…" ⏎ - 김민서 / 상인': the caption under the bite
            elif line_start and bite[1] != -1 and not body[bite[1]:line_start].strip():
                speaker, verb = bite[0], None  # '◀ 인터뷰 ▶ 이름 / 직책 ⏎ "…" ⏎ "…"': the sound bite's next line
                bite = (speaker, body.find("\n", last_e))
            elif line_start and QUESTION_LINE.match(prev_line) and (
                    interviewee := interviewee if interviewee.name else att.interviewee_at(prev_start)).name:
                speaker, verb = interviewee, None  # '- 왜 필요한가. ⏎ "…"': the interviewee answers
                answer_line = body.find("\n", last_e)
            elif line_start and answer_line != -1 and body[answer_line:line_start].strip() == "" and interviewee.name:
                speaker, verb = interviewee, None  # '- 왜 필요한가. ⏎ "…" ⏎ "…"': the answer's next paragraph
                answer_line = body.find("\n", last_e)
            elif nxt_start != -1 and BACK_REFERENCE.search(body[slice(*sentence_bounds(body, nxt_start + 1))]):
                s0, s1 = sentence_bounds(body, nxt_start + 1)
                att.subjects_until(s0)
                speaker = att.before(s0, s1) or NOBODY
                verb = _reporting_verb(body, s0, s1)
                sent_end = s1
            elif nxt_start != -1 and (owner := att.attributed_to(*sentence_bounds(body, nxt_start + 1))):
                s0, s1 = sentence_bounds(body, nxt_start + 1)  # '"…" ⏎ 경기 뒤 만난 박 감독의 첫마디였다.'
                att.subjects_until(s0)
                speaker, verb, sent_end = owner, _reporting_verb(body, s0, s1), s1
            elif nxt_start != -1 and att.voice_owner(*sentence_bounds(body, nxt_start + 1)):
                s0, s1 = sentence_bounds(body, nxt_start + 1)  # '"…" ⏎ 박 감독의 목소리가 떨렸다.'
                speaker, verb, sent_end = att.voiced(s0, s1) or NOBODY, _reporting_verb(body, s0, s1), s1
            elif bounds := announced(body, first_s, last_e):
                speaker, verb = att.announcer(*bounds), _reporting_verb(body, bounds[0], bounds[1])
                sent_end = last_e  # '김 대표는 이렇게 말했다. ⏎ "…"'
            elif nxt_start != -1 and (told := att.said_next(nxt_start + 1, first_s, last_e)) is not None:
                s0, s1 = sentence_bounds(body, nxt_start + 1)  # '"…." ⏎ 김 대표는 웃으며 말했다.'
                speaker, verb, sent_end = told, _reporting_verb(body, s0, s1), s1
            elif line_start and (met := att.met_just_before(line_start, first_s, last_e)) is not None:
                speaker, verb = met, None  # '… 공방에서 하씨를 만났다. ⏎ "흙은 거짓말을 안 해요."': the person met speaks
            elif nxt_start != -1 and (owner := att.introduced_speaker(nxt_start + 1, first_s)):
                speaker, verb = owner, None  # '"오늘의 주인공은 …" ⏎ … 허 수석코치가 꼽은 … 허 코치는 "…"고 설명했다.'
            elif line_start and (said := att.said_before(line_start, first_s, last_e)) is not None:
                speaker, verb = said  # '김 대표는 당시를 회상했다. ⏎ "그때는 …였습니다."'
            elif line_start and (answering := att.asked_just_before(first_s, last_e)) is not None:
                speaker, verb = answering, None  # '… 반 센터장에게 비결을 물었다. ⏎ "…."': the one asked answers
            elif not body[first_s:last_e].endswith("?") and (block_end := _after_block(body, nxt_start)) != -1 and (
                    BACK_REFERENCE.search(body[slice(*sentence_bounds(body, block_end))])
                    or att.attributed_to(*sentence_bounds(body, block_end))):
                # '"…." ⏎ "…." ⏎ 김 대표는 간담회 내내 이렇게 강조했다.': a block of quotations on lines of their own, the
                # sentence after the block saying whose they were (a question in the block may be the reporter's)
                s0, s1 = sentence_bounds(body, block_end)
                att.subjects_until(s0)
                speaker = att.attributed_to(s0, s1) or att.before(s0, s1) or NOBODY
                verb, sent_end = _reporting_verb(body, s0, s1), last_e
                if not speaker.name:
                    continue
            else:
                continue
        else:
            sent_start, sent_end = sentence_bounds(body, first_s)
            if sent_start >= first_s - 1 and att.after(last_e, sent_end) is None:
                sent_start = _opened_before(body, sent_start)
            att.subjects_until(sent_start)
            bounds = announced(body, first_s, last_e) if sent_start >= first_s - 1 else None
            closed = body.startswith(('."', '.”', '!"', '!”', '?"', '?”'), last_e - 1) and body[last_e + 1:last_e + 2] in ("", " ", "\n")
            # '… 주민 나씨는 막막함을 털어놨습니다. "어디서도 안내를 못 받았어요" ⏎': a quotation ending its line with no frame is a
            # sentence of its own though its full stop is left out (as broadcast scripts and captions leave it)
            ends_line = body[last_e + 1:last_e + 2] in ("", "\n")
            # '"…." 이에 대해 반 센터장은 "…"고 반박했다': the subject of a sentence answering the quotation is not its speaker
            # (nor that of one saying nothing of speech: '"…." 한편 반 센터장은 다음 달 설명회를 연다')
            said_after = not closed or not RESPONSE.match(body, last_e + 1) and not att.heard(last_e, sent_end) and (
                _reports(body[last_e + 1:sent_end]) or att.voice_owner(last_e + 1, sent_end) is not None)
            # '일부 후보가 요구한 … 에 대해서는 "…"고 도 위원장은 잘라 말했다': the subject after the quotation
            # before the subject of a clause modifying a noun before it
            speaker = inline_caption(body, first_s, names) or labelled(body, first_s, last_e, att) \
                or att.possessed(first_s, last_e) or att.posted_by(first_s, last_e) \
                or (NOBODY if _ANSWERED.match(body, last_e) else None) \
                or att.before(sent_start, first_s, modifying_too=False) \
                or (att.announcer(*bounds) if bounds else None) or att.glossed(last_e) \
                or (NOBODY if _QUOTED_SUBJECT.match(body, last_e) else None) \
                or (att.after(last_e, sent_end) if said_after else None) \
                or (att.said_thus_after(first_s, last_e) if closed else None) \
                or att.owner_after(last_e) \
                or (att.opening_subject(first_s, last_e) if closed else None) \
                or att.asked(sent_start, first_s) \
                or (att.asked_just_before(first_s, last_e) if closed else None) \
                or att.before(sent_start, first_s) \
                or (att.paragraph_subject(first_s) if closed or ends_line else None) \
                or (NOBODY if att.nameless_subject(sent_start, first_s) else att.carried_over())
            verb = _reporting_verb(body, last_e + 1, sent_end)
        first = len(quotes)
        # '"…." 김 대표는 이렇게 말하며 "…"고 덧붙였다': the chain goes on with the statement of the quotation before it
        goes_on = not standalone and bool(quotes) and _said_thus_then_more(body, quotes[-1], first_s, speaker.name) \
            and not _saying_apart(body[first_s:chain[0][1]], quotes[-1].text)
        if goes_on:
            first = quotes[-1].continues if quotes[-1].continues is not None else len(quotes) - 1
        for k, (s, e, _) in enumerate(chain):
            # '"…"며 "…"고 말했다': one quotation in parts; each later part continues the first, but a short one after
            # a long one is a saying of its own ('"…(a long statement)…"며 "죄질이 무겁다"고 밝혔다')
            apart = k and _saying_apart(body[s:e], body[chain[k - 1][0]:chain[k - 1][1]])
            quotes.append(Quote(body[s:e], s, e, speaker.name, speaker.kind, verb, "direct",
                                continues=first if (k or goes_on) and not apart else None))
        att.subjects_until(sent_end)
        if speaker.name:
            att.set_last(speaker, first_s)
            att.last_says = True
            if speaker.kind == "person":
                att.last_speaker = speaker
    quotes += captioned_quotes(body, quotes)
    quotes += unquoted_bites(body, quotes, names)
    quotes += transcript_turns(body, quotes, att)
    return quotes + interview_answers(body, quotes, att)


def turn_speaker(label: str, pos: int, att: "Attributor") -> str | None:
    """The person a transcript turn's label names: '노가윤 선임연구위원' (a name the article gives, then a title),
    '벨리니 교수' (a foreign name's last word, for the full name), '노 위원' (a surname and the word given with the name)."""
    words = re.sub(r"\([^)]*\)", " ", label).split()
    if not words or len(words) > 4:
        return None
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]) in att.titles:
            name = " ".join(words[:k])
            return None if name in att.reporters else name
    if len(words) == 2:
        return att.whole_name(words[0]) or att.named_with(words[0], words[1], pos, by_shape=True) \
            or att.named_with(words[0], words[1], pos, foreign=True)
    return None


def transcript_turns(body: str, found: list[Quote], att: "Attributor") -> list[Quote]:
    """'▲노가윤 선임연구위원=일자리의 숫자보다 질이 문제입니다.': a roundtable or hearing transcript gives each turn
    on its own line, the speaker's name (and title) labelled before '=' with no quotation marks; every turn of a
    person the article names is a quotation of theirs. Two such turns at least make a transcript."""
    turns = []
    for m in TURN_LINE.finditer(body):
        s, e = m.start("text"), m.start("text") + len(m.group("text").rstrip())
        text = body[s:e]
        if body[s] in "\"“" and body[e - 1] in "\"”" or not text.endswith(SENTENCE_CLOSE) or len(text.split()) < MIN_WORDS:
            continue
        if any(q.start <= s and e <= q.end or s <= q.start and q.end <= e and q.end - q.start > (e - s) // 2 for q in found):
            continue  # the turn is a quotation found already
        name = turn_speaker(m.group("label"), m.start(), att)
        if name:
            turns.append(Quote(text, s, e, name, "person", None, "direct"))
    return turns if len(turns) >= 2 else []


def qa_pairs(body: str) -> list[tuple[int, int, int]]:
    """(question start, answer start, answer end) of a Q&A interview's unquoted answers: two questions or more on
    lines of their own, each followed by a paragraph answering it."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    pairs = []
    for (qs, qe), (as_, ae) in zip(lines, lines[1:]):
        if not QUESTION_LINE.match(body[qs:qe]) or QUESTION_LINE.match(body[as_:ae]):
            continue
        mark = ANSWER_MARK.match(body[as_:ae])
        s = as_ + (mark.end() if mark else 0)
        e = as_ + len(body[as_:ae].rstrip())
        if body[s] in "\"“'‘" or not body[s:e].endswith((".", "?", "!", "…")) or len(body[s:e].split()) < MIN_WORDS:
            continue  # a quoted answer is found as a quotation already
        pairs.append((qs, s, e))
    return pairs if len(pairs) >= 2 else []


def interview_answers(body: str, found: list[Quote], att: "Attributor") -> list[Quote]:
    """'―힘들지 않았나. ⏎ 불은 매번 다른 색을 냅니다.': in a Q&A interview, an answer written without quotation marks is a
    quotation of the interviewee."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    pairs = qa_pairs(body)
    if not pairs:
        return []
    speaker = att.qa_interviewee or att.interviewee_at(pairs[0][0])
    if not speaker.name:
        return []
    out = []
    for _, s, e in pairs:
        if any(q.start <= s and e <= q.end for q in found):
            continue
        out.append(Quote(body[s:e], s, e, speaker.name, speaker.kind, None, "direct"))
        head = len(found) + len(out) - 1
        for ls, le in lines:  # '―왜 힘든가. ⏎ 코가 지쳐요. ⏎ 그래서 쉽니다.': the answer's next paragraphs, up to a question
            if ls <= e:
                continue
            text = body[ls:le].rstrip()
            if QUESTION_LINE.match(text) or body[ls] in "\"“'‘" or not text.endswith((".", "?", "!", "…")) \
                    or len(text.split()) < MIN_WORDS or any(ls <= m.start < le for m in att.mentions) or body[e:ls].strip():
                break  # narrative again: a person named (the interviewee in the third person), a quotation, a heading
            out.append(Quote(text, ls, ls + len(text), speaker.name, speaker.kind, None, "direct", continues=head))
            e = ls + len(text)
    return out


def unquoted_bites(body: str, found: list[Quote], names: frozenset[str]) -> list[Quote]:
    """'◀ 인터뷰 ▶ 모예린 / 상인 ⏎ 손님이 절반으로 줄었어요.': a broadcast script's sound bite written without quotation
    marks on the line under its caption is the captioned person's words (a line that is itself a caption, a mark of
    the script or no sentence is not); a bare caption in brackets ('[모예린 / 상인]', not '[사진 / 가온방송]') must name
    a person the article names."""
    out = []
    bare = list(BITE_CAPTION_LINE.finditer(body))
    for m in [*INTERVIEW.finditer(body), *bare, *BITE_CAPTION_INLINE.finditer(body)]:
        name = m.group("name")
        if m in bare and name not in names:
            continue
        s = m.start("text") if "text" in m.re.groupindex else m.end() + 1
        e = body.find("\n", s)
        e = len(body) if e == -1 else e
        text = body[s:e].strip()
        if not text or s >= len(body) or not caption_person(name) or caption_body(name) \
                or text[0] in "\"“'‘[<◀▶(〈" or not text.endswith(SENTENCE_CLOSE) or len(text.split()) < 2 \
                or INTERVIEW.match(text) or BITE_CAPTION_LINE.match(text) \
                or any(q.start < e and s < q.end for q in found + out):
            continue
        s = body.index(text, s)
        out.append(Quote(text, s, s + len(text), name, "person", None, "direct"))
    return out


def captioned_quotes(body: str, found: list[Quote]) -> list[Quote]:
    """'[김민서/한빛대 교수 : 금리를 내려야 합니다.]': a broadcast sound bite without quotation marks."""
    out = []
    for m in CAPTION_QUOTE.finditer(body):
        name = m.group("name").strip()
        s, e = m.span("text")
        if not caption_person(name) or any(q.start < e and s < q.end for q in found):
            continue
        out.append(Quote(body[s:e], s, e, name, "person", None, "direct"))
    return out
