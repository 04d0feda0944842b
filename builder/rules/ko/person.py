"""Korean persons: names with the title and organisation the article gives them.

Every title word (person.toml) anchors a look to its left for a name and an organisation in
the orders Korean news uses:
  name org title      백준호 퓨리오사AI 대표, 서하린 라온전자 AI 랩 상무
  org name title      한빛시체육회 오태경 회장, 무소속 한지윤 의원
  org(name title)     라온산업㈜(정민호 대표)
  org name·org name·org name title   (one title shared by a list)
  foreign name org title   마틴 레이 홀랜드 세라픽(Seraphic) 최고경영자(CEO)
  surname title       백 대표, 이 후보, 김 전 대통령 (a short mention of someone already named)
plus `이름씨` and the reporters of the byline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from builder.rules import Context
from builder.rules.ko import affiliation, clause, lists, membership, morph
from builder.rules.ko.text import (HANGUL, SUBJECT_PARTICLES, Tok, every_occurrence, is_syllable, may_end_with, occurrences,
                                    sentence_bounds, strip_particle, tokenize)
from builder.rules.model import Mention, Person, count_mentions, record
from builder.rules.tables import Endings, compiled, load

LEX = load("ko", "person")
# titles.toml: the lexicon of titles by domain; its careful table holds words that are common nouns too.
TITLE_LEXICON = load("ko", "titles")
UNIT_ENDINGS = tuple(load("ko", "affiliation")["unit_endings"])  # '거시경제실', '해외영업팀': a body's unit
LONG_UNIT_ENDINGS = tuple(e for e in UNIT_ENDINGS if len(e) >= 2)  # '온산공장', '서울지사': no foreign name ends so
CAREFUL_TITLES = frozenset(TITLE_LEXICON["careful_titles"])
TITLES = frozenset(LEX["titles"]) | frozenset(LEX["japanese_minister_titles"]) | frozenset(LEX["team_titles"]) \
    | frozenset(LEX["local_heads"]) | frozenset(LEX["service_ranks"]) | frozenset(LEX["curator_titles"]) | frozenset(LEX["loan_titles"]) \
    | frozenset(LEX["place_head_titles"]) \
    | frozenset(w for table, words in TITLE_LEXICON.items() if table not in ("careful_titles", "foreign_bodies") for w in words)
SERVICE_RANKS = frozenset(LEX["service_ranks"])
MILITARY_DUTY_ENDINGS = tuple(LEX["military_duty_endings"])
FIRM_KINDS = frozenset(LEX["firm_kinds"])
FIRM_KIND_ENDINGS = tuple(k for k in FIRM_KINDS if len(k) >= 2)
FIRM_KINDS_BEFORE_NAMES = tuple(LEX["firm_kinds_before_names"])
FIRM_NAME_FINAL_PARTICLES = ("로", "으로")  # a firm's name may end in a syllable Kiwi reads as the particle ('…하이드로')
CHINESE_SURNAMES = tuple(sorted(LEX["chinese_surnames"], key=len, reverse=True))
CHINESE_GIVEN_SYLLABLES = frozenset(LEX["chinese_given_syllables"].split())
CHINESE_GIVEN_DIGRAPHS = tuple(LEX["chinese_given_digraphs"])
ROUTE_KINDS = tuple(LEX["route_kinds"])
COUNTING_NUMERALS = frozenset(LEX["counting_numerals"])
PERSON_COUNTERS = frozenset(LEX["person_counters"])
TIME_UNITS = frozenset(LEX["time_units"])
NUMBERED_NOUN = re.compile(r"\d+[가-힣]+")  # '3라운드', '2단계': a number and the noun it counts
DAY_SPAN = re.compile(LEX["day_span"])  # '이틀간', '사흘째': how long, never a name
STORM_KINDS = tuple(LEX["storm_kinds"])  # "태풍 '가람'": the storm the word names
SPONSOR_FIRM_ENDINGS = tuple(LEX["sponsor_firm_endings"])  # '○○화재 스톰윙스': a club's sponsoring firm
THING_KINDS = tuple(LEX["thing_kinds"])  # '소방장', '경사', '중령': a title, never a name ('소' + '방장')
TITLE_BOUND_SUFFIXES = tuple(LEX["title_bound_suffixes"])
RANKED = re.compile(LEX["ranked_or_counted"])
NAMING_PREDICATES = frozenset(LEX["naming_predicates"])
NAMED_AS_PARTICLES = frozenset({"으로", "로"})
# Particles that are also the last syllable of many given names ('하은', '서이'): a three-syllable name
# Kiwi guesses whole as one proper noun keeps it.
NAME_FINAL_PARTICLES = frozenset({"은", "이"})
INNER_GLOSS = re.compile(r"([가-힣]+)\([\u4e00-\u9fff]{1,4}\)([가-힣]+)")  # '광둥(廣東)성의'
GLOSSED_HONORIFIC = re.compile(r"[가-힣]{1,4}\([^()]{1,30}\) ?씨")  # '탁윤(61)씨': a name, its gloss, the honorific
PERSON_SUFFIXES = tuple(LEX["person_suffixes"])
NOT_ROLES = frozenset(LEX["not_roles"])
MARKET_KINDS = tuple(LEX["market_kinds"])
REPRESENTED_GROUPS = frozenset(LEX["represented_groups"])
REPRESENTATIVE = "대표"
REPORTER_TITLES = frozenset(LEX["reporter_titles"])
TITLE_PREFIXES = frozenset(LEX["title_prefixes"])
COMPOUND_TITLES = LEX["compound_titles"]
_BRACKETED = re.compile(r"\([^)]*\)")  # a gloss in brackets, left out of a word asked about as a title
_LATIN_INITIAL = re.compile(r"[A-Z]\.?")  # 'J', 'J.': an initial of a foreign name
COMPOUND_TITLE_SUFFIXES = tuple(COMPOUND_TITLES)  # all at once for str.endswith: most words end in none
MULTIWORD_TITLES = frozenset(LEX["multiword_titles"])
NOT_COMPOUND_PREFIXES = frozenset(LEX["not_compound_prefixes"])
SUFFIX_TITLES = tuple(sorted(LEX["suffix_titles"], key=len, reverse=True))
SUFFIX_TITLE_ENDINGS = Endings(SUFFIX_TITLES)
COMPOUND_SURNAMES = tuple(LEX["compound_surnames"])
SURNAMES = frozenset(LEX["surnames"].split())
RARE_SURNAMES = (frozenset(LEX["rare_surnames"].split()) | frozenset(LEX["dprk_surnames"])) - SURNAMES
MINISTRY_POSTS = frozenset(LEX["ministry_posts"])
GOVERNMENT_BODY_ENDINGS = tuple(LEX["government_body_endings"])
DPRK_SURNAMES = frozenset(LEX["dprk_surnames"])
FOREIGN = frozenset(LEX["foreign_syllables"].split())
KOREAN_NAME_SYLLABLES = frozenset(LEX["korean_name_syllables"])
GIVEN_NAME_FINAL_SYLLABLES = frozenset(LEX["given_name_final_syllables"])
PROVINCIAL_GOVERNMENTS = frozenset(LEX["provincial_governments"].split())
FOREIGN_BODIES = frozenset(TITLE_LEXICON["foreign_bodies"])
ASSEMBLY_COMMITTEES = frozenset(LEX["assembly_committees"].split())
BODY_SHORT_NAMES = frozenset(LEX["body_short_names"].split())
NOT_NAMES = frozenset(LEX["not_names"].split()) | PROVINCIAL_GOVERNMENTS | FOREIGN_BODIES | ASSEMBLY_COMMITTEES \
    | BODY_SHORT_NAMES \
    | frozenset(LEX["holder_nouns"].split()) | frozenset(LEX["stage_cues"].split()) \
    | frozenset(LEX["weather_terms"].split()) | frozenset(LEX["urban_area_words"].split())
MODIFIER_ENDINGS = tuple(LEX["modifier_endings"])
CLAUSE_CONNECTIVES = MODIFIER_ENDINGS + tuple(LEX["clause_connectives"])
MODIFIER_ONLY_ENDINGS = tuple(LEX["modifier_only_endings"])
PORTFOLIO_WORDS = frozenset(LEX["portfolio_words"])
ORG_ENDINGS = tuple(LEX["organization_endings"]) + tuple(LEX["more_organization_endings"])
NOT_NAME_ENDINGS = tuple(LEX["not_name_endings"]) + tuple(LEX["heritage_not_name_endings"]) \
    + tuple(LEX["class_not_name_endings"])
GIVEN_NAME_BODY_ENDINGS = tuple(LEX["given_name_body_endings"])
COMPOUND_THING_ENDINGS = tuple(LEX["compound_thing_endings"])
KNOWN_WORD_THING_ENDINGS = tuple(LEX["known_word_thing_endings"])
KNOWN_WORD_BODY_ENDINGS = tuple(LEX["known_word_body_endings"])
SCHOOL_ENDINGS = tuple(LEX["school_not_name_endings"])  # '너울고', '새터여고': no Korean given name ends so
SCHOOL_SHORT_ENDINGS = tuple(LEX["school_short_endings"])
SCHOOL_FULL_ENDINGS = ("학교",)  # '새빛중학교', '가람초등학교'
GROUP_OR_PART_ENDINGS = tuple(LEX["group_or_part_endings"])
SIDE_STANDINGS = frozenset(LEX["side_standings"])  # '가온고', '누리중', '새터초': a school's short name
TWO_SYLLABLE_NOT_NAME_ENDINGS = tuple(LEX["two_syllable_not_name_endings"])


def cldr_territories(common_too: bool = False) -> frozenset[str]:
    """Countries and world regions as CLDR names them in Korean ('몰디브', '시리아', '아시아', '동유럽'),
    one word each ('마카오(중국 특별행정구)' is 마카오); a common word that is also one ('세계', '미국') is left
    out unless common_too."""
    from babel import Locale

    names = (re.sub(r"\(.*?\)", "", n) for n in Locale("ko").territories.values())
    return frozenset(n for n in names if " " not in n and HANGUL.match(n) and (common_too or n not in NOT_NAMES))


def republics_unspaced() -> frozenset[str]:
    """Republics CLDR names in two words, as Korean news writes them in one ('도미니카공화국', '중앙아프리카공화국')."""
    from babel import Locale

    return frozenset(n.replace(" ", "") for n in Locale("ko").territories.values() if n.endswith(" 공화국"))


HOME_NATIONS = frozenset(LEX["home_nations"])  # '잉글랜드', '스코틀랜드': countries CLDR lists under one state
TERRITORIES = cldr_territories() | HOME_NATIONS | frozenset(LEX["world_regions"].split())  # with '동남아', '중남미'
COUNTRY_NAMES = cldr_territories(common_too=True) | HOME_NATIONS | republics_unspaced()  # with '미국', '중국': a country beside a post and a foreign name
ORG_WORDS = frozenset(LEX["organization_words"].split()) | TERRITORIES | FOREIGN_BODIES | ASSEMBLY_COMMITTEES | BODY_SHORT_NAMES
LEADER_TITLES = frozenset(LEX["leader_titles"])
PERSONAL_TITLES = frozenset(LEX["personal_titles"])
NOT_LEADER_NAMES = frozenset(LEX["not_leader_names"].split())
FORMER_MARKERS = frozenset(LEX["former_markers"])
DEPUTY = "부"  # '부지사', '부시장': the deputy of the post
JOINT_TITLE = "겸"  # 부총리 겸 장관: one person holding two posts
LIST_OPENERS = frozenset(LEX["list_openers"])
ADVERBIAL_NOUNS = frozenset(LEX["adverbial_nouns"])
PRONOUNS = tuple(LEX["pronouns"])
PRONOUN_PATTERNS = tuple((p, re.compile(rf"(?<![\uac00-\ud7a3]){p}(?![\uac00-\ud7a3])")) for p in PRONOUNS)
CAPTION_OPENS = "".join(pair[0] for pair in LEX["caption_brackets"])
CAPTION_CLOSES = "".join(pair[1] for pair in LEX["caption_brackets"])


def caption_rule(pattern: str, flags: int = 0) -> re.Pattern:
    """A broadcast caption rule written against the one table of brackets and separators (person.toml), so every
    caption form (above the bite, under it, run into it) takes the same brackets, separators, name and age."""
    def chars(cs: str) -> str:
        return "".join(re.escape(c) for c in cs)
    fills = {"@OPEN@": f"[{chars(CAPTION_OPENS)}]", "@CLOSE@": f"[{chars(CAPTION_CLOSES)}]",
             "@CLOSE_CHARS@": chars(CAPTION_CLOSES), "@SPLIT@": "|".join(map(re.escape, LEX["caption_separators"])),
             "@NAME@": LEX["caption_name"], "@AFTER_NAME@": LEX["caption_after_name"]}
    for token, regex in fills.items():
        pattern = pattern.replace(token, regex)
    return re.compile(pattern, flags)


INTERVIEW = re.compile(LEX["interview_line"], re.M)
CAPTION_LINE = caption_rule(LEX["caption_line"], re.M)
CAPTION_RUN_IN = caption_rule(LEX["caption_run_in"], re.M)
CAPTION_INLINE = re.compile(LEX["caption_inline"])
CAPTION_SPACED = (caption_rule(LEX["caption_spaced"], re.M), caption_rule(LEX["caption_post_first"], re.M))
CAPTION_QUOTE = re.compile(LEX["caption_quote"], re.M)
CAPTION_AFTER = caption_rule(LEX["caption_after_line"])
INTERVIEW_QUOTE = re.compile(LEX["interview_quote_line"], re.M)
CAPTION_TRAILING_GLOSS = re.compile(LEX["caption_trailing_gloss"])
HEADS_OF = sorted(LEX["heads_of"].items(), key=lambda kv: len(kv[0]), reverse=True)
COMMITTEE_MEMBER_POSTS = LEX["committee_member_posts"]
BODY_FUSED_POSTS = LEX["body_fused_posts"]
NAME_PARTICLES = frozenset(LEX["name_particles"])
NAME_PARTICLES_LONGEST_FIRST = sorted(NAME_PARTICLES, key=len, reverse=True)
TEAM_POSITIONS = frozenset(LEX["team_positions"])
PERSON_NOUNS = frozenset(LEX["person_nouns"] + LEX["stage_occupations"] + LEX["workplace_roles"] + LEX["player_roles"]
                         + LEX["ring_roles"]) \
    | TEAM_POSITIONS
PLACE_ENDINGS = tuple(LEX["place_endings"])
LATIN_TITLE = re.compile(LEX["latin_titles"])
NUMBERED_RANK = re.compile(LEX["numbered_ranks"])
NUMBERED_ORDER = re.compile(LEX["numbered_order"])
SCHOOL_YEAR = re.compile(LEX["school_year"])
SCHOOL_GRADE_OR_CLASS = re.compile(LEX["school_grade_or_class"])
GRADED_PUPIL_NOUNS = frozenset(LEX["graded_pupil_nouns"])
AGE_AFFILIATION_GLOSS = re.compile(LEX["age_affiliation_gloss"])
TROUPE_KINDS = tuple(LEX["troupe_kinds"])
TROUPE_MEMBERS = frozenset(LEX["troupe_members"])
DISCIPLINE_HEADS = tuple(LEX["discipline_heads"])
EPITHETS = frozenset(LEX["epithets"])
CONTRACT_STATUSES = frozenset(LEX["contract_statuses"])
PLACE_PARTICLES = frozenset(LEX["place_particles"])
COUNT_WORD = re.compile(r"\d[\d,.]*여?(?:개|곳|척|가지|군데|개소|개사|개국)")  # '4개', '20여 곳': a count of things
SINGLE_OPENERS = frozenset("'‘")  # single quotation marks: news marks off the name of a thing so
SINGLE_CLOSERS = frozenset("'’")
COPULA_AFTER = re.compile(r"이?(?:라|다|었|였)")  # "'X'이라면서", "'X'였다": the copula after a quoted word
PLACE_PARTICLE = "에"  # the particle of where, never a person's alone ('에게' is)
WHERE_DONE = "에서"  # the particle of where something is done ('병원에서'), never said of a person
BUILDING_ENDINGS = tuple(LEX["building_endings"])
ADMINISTRATION_NOUNS = frozenset(LEX["administration_nouns"])
PERSON_HEADED = frozenset(LEX["person_headed_nouns"]) | frozenset(LEX["appositive_person_nouns"])
COUNTED_OTHERS = re.compile(LEX["counted_others"])
NAME_HONORIFICS = frozenset(LEX["name_honorifics"])
MISREAD_NAME_PARTICLES = frozenset(LEX["misread_name_particles"])
SUBJECT_CUT_PARTICLES = frozenset(LEX["subject_cut_particles"])
CONTRACTED_PARTICLES = frozenset({"ᆫ", "ᆯ"})  # Kiwi's reading of a name's final ㄴ/ㄹ as a spoken '는'/'를'
DHARMA_HONORIFICS = frozenset(LEX["dharma_honorifics"])
DHARMA_NAME = re.compile(r"[가-힣]{2}")  # a dharma name: two syllables, never a surname before them
POSTED_NAME = re.compile(r" (?P<post>[가-힣]{1,10}) (?=[가-힣A-Za-z])")  # a post after a word, then the next word
PERSON_PARTICLES = frozenset(LEX["person_particles"])
KIN_NOUNS = frozenset(LEX["kin_nouns"])
WORKS_NOUNS = frozenset(LEX["works_nouns"] + LEX["authored_works"] + LEX["mourning_nouns"])
AUTHORED_WORKS = frozenset(LEX["authored_works"])
LIKENESS_NOUNS = frozenset(LEX["likeness_nouns"])
ROLES_BEFORE_NAMES_ONLY = tuple(LEX["roles_before_names_only"])
# Last syllables of particles the table leaves out, which Kiwi reads: '나' ('아나운서나'), the vocative '아', '야', '여'.
UNTABLED_PARTICLE_ENDS = frozenset("나아야여")
# "유튜버 '하늘빛'님은": a role, then the name someone goes by in quotation marks, honoured with '님'.
QUOTED_HONOURED = re.compile(r"(?<![가-힣])(?P<role>[가-힣]{2,6}) [‘'](?P<name>[가-힣A-Za-z0-9]{2,10})[’']님(?P<particle>[가-힣]{0,2})")
ARTWORKS = "작품"
ARTWORK_COUNT = re.compile(r"\d[\d,]*(?:여)? ?점(?:[과와을이은도](?![가-힣])|(?![가-힣]))")  # '200여 점', '30점을': pieces of art
HOLDING_VERBS = frozenset(LEX["holding_verbs"])
PLAIN_PERSON_COMPLEMENTS = frozenset(LEX["plain_person_complements"])
PARTNER_PREDICATES = frozenset(LEX["partner_predicates"])
PERSONS_ONLY_RELATIONS = frozenset(LEX["persons_only_relations"])
YOUNG_HONORIFICS = frozenset({"양", "군"})  # 'Miss' and 'Master' after a child's or a student's name
APPOSED_PERSON_NOUNS = frozenset(LEX["apposed_person_nouns"])
BATTER_OUTCOMES = frozenset(LEX["batter_outcomes"])
NAME_ONLY_TITLES = frozenset(LEX["name_only_titles"])
PERSON_WORDS = TITLES | PERSON_NOUNS | KIN_NOUNS  # words for a person: a given name is never one
PAIR_NOUNS = frozenset(LEX["pair_nouns"])
BOTH_DETERMINERS = frozenset(LEX["both_determiners"])
GIVEN_NAME_PLACE_ENDINGS = tuple(LEX["given_name_place_endings"])
LOCALITIES = frozenset(LEX["localities"])
ADDRESS_ENDINGS = tuple(LEX["address_endings"])
FIRM_MARKS = tuple(LEX["firm_marks"])
SHARED_FINAL_SYLLABLES = tuple(LEX["shared_final_syllables"])
PERSON_PREDICATES = frozenset(LEX["person_predicates"] + LEX["career_predicates"])
# A topic's sentence going on to a quotation closed by a quotative ending ('X는 취재진에게 "…"고 말했다', 'X는 이렇게
# 말한 뒤 "…"며'): the topic is the one who speaks, with no title needed.
FRAMED_QUOTATION = re.compile(r"[^.?!\n\"“”]{0,40}[\"“][^\"“”\n]{2,400}[\"”](?:%s)(?=[\s,.])" % "|".join(
    sorted(load("ko", "quote")["speech_endings"], key=len, reverse=True)))
REFLEXIVES = frozenset(LEX["reflexives"])
PERSONAL_NOUNS = frozenset(LEX["personal_nouns"])
ACQUAINTANCE_NOUNS = frozenset(LEX["acquaintance_nouns"])
RELATION_NOUNS = frozenset(LEX["relation_nouns"])
HELD_PREDICATES = frozenset(LEX["held_predicates"])
LATIN_APPOSITION = re.compile(r"[A-Za-z]{2,6}(?:인|이자)")  # 'FA인', 'CEO이자': a Latin word with the copula's modifier or 'and'
LATIN_PLACE_PREFIX = re.compile(r"[A-Z]{2,4}(?=[가-힣]{3})")  # 'LA', 'NY' glued before a Hangul post ('NY한인회장')
AGED_HONORIFIC = re.compile(r"\(\d{1,3}\)(?P<honorific>양|군|씨)")  # '조(17)양': the age, then the honorific glued
POST_COPULA_ENDINGS = ("였다", "다")  # '… 이사다.', '… 감사였다.': the copula after a post's open syllable ('소장이다' reads
# as the post and the particle 이, as other rules take it)
COPULA_MODIFIER = "인"  # '총무인 X씨': 'who is the 총무', the copula's modifier glued to the post
PERSON_OBJECT_PREDICATES = frozenset(LEX["person_object_predicates"])
POSSESSIVE_PRONOUNS = frozenset({"그의", "그녀의"})
QUOTE_MARKS = frozenset("'‘’\"“”")
CRAFT_NAME = re.compile(r"['‘\"“]([^'‘’\"“”\n]{1,20})['’\"”]호(?![텔수박흡황응소감평출])")  # "'X'호의": a craft ('호텔' and the like are other words)
HANDLE_OPENERS, HANDLE_CLOSERS = frozenset("'‘"), frozenset("'’")  # single quotes around a handle or a nickname
WORLD_REGIONS = frozenset(LEX["world_regions"].split())
FACTION_SUFFIXES = tuple(LEX["faction_suffixes"])
TO_OR_WITH = frozenset({"에게", "한테", "에게서", "한테서", "와", "과"})
PERSON_COMPLEMENTS = frozenset(LEX["person_complements"])
FOREIGN_GIVEN_NAMES = frozenset(LEX["foreign_given_names"].split())
TEAM_PLURAL_ENDINGS = ("스", "츠", "즈")  # the English plural of a club's name: '이글스', '자이언츠', '타이거즈'
PREVIOUS_CLUB = re.compile(r"(?:^|(?<=\s))(?P<club>[가-힣]{2,4} [가-힣]{2,8}) (?:[가-힣]{2,5} )?$")  # the club, a role, then a name
CITY_TEAM = re.compile(r"(?<![가-힣A-Za-z])(?P<city>[가-힣]{2,4}) (?P<team>[가-힣]{2,8}(?:%s))(?![가-힣]{3})" % "|".join(TEAM_PLURAL_ENDINGS))
INITIAL = re.compile(r"[A-Z]")
SPELLED_SURNAMES = frozenset(LEX["spelled_surnames"])
# after a word in single quotes: a post, then a name ("'솔빛결' 회장 여다솜(26)씨"), so the quoted word is the post's body
QUOTED_POST_AND_NAME = re.compile(r" (?P<post>[\uac00-\ud7a3]{1,8}) (?P<name>[\uac00-\ud7a3]{2,4})(?=[(\s]|씨|[은는이가의도])")
# Japanese surname endings of two syllables or more ('카와', '야마', '모토'), and those in 와 (川, 沢), which Kiwi cuts
LIST_ITEM_ENDS = frozenset([",", "·", "ㆍ", "등", "및"])  # what ends a list's item after a name with no particle
JAPANESE_LONG_ENDINGS = tuple(e for e in LEX["japanese_surname_endings"] if len(e) >= 2)
JAPANESE_WA_ENDINGS = tuple(e for e in LEX["japanese_surname_endings"] if e.endswith("와"))
# a given name of one to three syllables after the surname, then its particle, or 씨 or a title as the next word
JAPANESE_GIVEN_AFTER = re.compile(r" [\uac00-\ud7a3]{1,3}?(?P<rest>(?:[은는이가을를의도]|과|와|에게)?(?= |[.,]|$)| [\uac00-\ud7a3]{1,8}(?= |[.,]|$))")
# or the given name, a body (maybe glossed: '일본은행(BOJ)') and then the post with its particle
JAPANESE_GIVEN_BODY_POST = re.compile(
    r" [\uac00-\ud7a3]{1,3} [\uac00-\ud7a3A-Za-z]{2,12}(?:\([^()\s]{1,20}\))? (?P<post>[\uac00-\ud7a3]{1,8})(?= |[.,]|$)")
VIETNAMESE_SURNAMES = frozenset(LEX["vietnamese_surnames"])
JOINING_WORD = "및"
ORIGIN = "출신"  # '베트남 출신 …': from the country before it
# A name in parentheses after a person's: '(송지헌)', '(미르·25)', '(이하 라킴)'.
GLOSSED_NAME = re.compile(r"\((?P<short>이하 )?(?P<name>[가-힣]{2,6})(?P<age>·\d{1,3})?\)")
TOPIC_OR_SUBJECT = frozenset({"은", "는", "이", "가"})
MAX_QUOTED_GROUP_WORDS = 5  # words of a group's name in single quotes before a name and its post
CLOSED_SYLLABLE_PARTICLES = ("을", "은", "과")  # particles written only after a closed syllable (를, 는, 와 after an open one)
# A guessed word ending like an organisation, a place or a building is not a name; '스' ends
# foreign names ('칼브레스') too often to count, the firms and outlets ending so are listed.
GUESSED_NOT_NAME_ENDINGS = tuple(e for e in ORG_ENDINGS if e != "스") + PLACE_ENDINGS + BUILDING_ENDINGS \
    + tuple(LEX["firm_endings"]) + tuple(LEX["event_endings"]) + tuple(LEX["ensemble_venue_endings"])
ENSEMBLE_VENUE_ENDINGS = tuple(LEX["ensemble_venue_endings"])
CANDIDATE_NOT_NAME_ENDINGS = GUESSED_NOT_NAME_ENDINGS + NOT_NAME_ENDINGS
# Those of two syllables or more ('협회', not '계'): a word so ending is no name unless Korean-shaped (name_candidate).
LONG_CANDIDATE_NOT_NAME_ENDINGS = tuple(e for e in CANDIDATE_NOT_NAME_ENDINGS if len(e) > 1)
# After a given name one syllable is a name's ('코스톨로', '로브렌'), not a road's or a city's.
LONG_NOT_NAME_ENDINGS = tuple(e for e in GUESSED_NOT_NAME_ENDINGS if len(e) > 1)
# A person's gloss after a name: an age, or one or two proper nouns (a country, a club).
# '마르티노(FC포르투)가': a player's club in parentheses, then the particle the name takes.
TEAM_GLOSS = re.compile(r"\((?:(?P<country>[가-힣]{2,8})·)?(?P<team>[A-Za-z]{0,4}[가-힣]{2,}(?: [가-힣]{2,})?)\)(?P<particle>[가-힣]{1,3})(?![가-힣])")
AGE_OR_TEAM_GLOSS = re.compile(r"\((?:\d{1,3}(?=[)·,])|(?P<country>[가-힣]{2,8}·)?(?P<team>[가-힣]{2,}(?: [가-힣]{2,})?)\))")
AGE_GLOSS = re.compile(r"\(\d{1,3}[)·,]")
AGE_ONLY = re.compile(r"\(\d{2,3}\)")  # '고수 서문강(54)': an age alone proves a name as 씨 does (a role noun before it is its title)
FOREIGN_NAME_COPULAS = ("이었다", "였다")  # '… 하비에르 로사였다.': the past copula closing a sentence on a foreign name
OPEN_SYLLABLE_COPULA = "였다"
PREVIOUS_WORD = re.compile(r"(?:^|(?<=\s))([가-힣]{2,4}) $")  # the Hangul word before a space, searched up to a position
NEXT_WORD = re.compile(r" ([가-힣]{2,12})")  # the Hangul word after a space, matched at a given position
NEXT_NAME_WORD = re.compile(r" ([가-힣]{2,4}) ")  # a word of a Korean name's length between spaces
AGE_OF_NAME = re.compile(r"\(\d{2,3}[)·,]")  # '(78)', '(45·회사원)': the age of two or three digits news glosses a name with
# '걸그룹 '미라클' 멤버 ', '미라클의 멤버 ': a group, maybe quoted, then '멤버', right before a name.
MEMBER = "멤버"
# '그룹 라온별(하루, 소이, 미르)은': a group's name, a Latin gloss maybe, then its members in parentheses, comma-separated.
BRACKETED_MEMBERS = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<group>[가-힣A-Za-z0-9]{2,15})(?:\([A-Za-z0-9 ]+\))?"
    r"\((?P<members>[가-힣]{1,4}(?:, ?[가-힣]{1,4}){2,11})\)")
# '라온별은 하루, 소이, 미르로 이뤄진 3인조 그룹': a group as the topic, its members listed, then 'made up of' and the
# line-up's size before the kind of group. The last name is taken shortest first, so its 으로/로 stays out of it.
MADE_OF_MEMBERS = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<group>[가-힣A-Za-z0-9]{2,15})(?:은|는|이|가) "
    r"(?P<members>(?:[가-힣]{1,5}, ?){2,11}[가-힣]{1,5}?)(?:으로|로) (?:이뤄진|이루어진|구성된|구성돼) "
    r"\d{1,2}인조 (?:%s)" % "|".join(map(re.escape, sorted(LEX["group_nouns"], key=len, reverse=True))))
GROUP_MEMBER = re.compile(r"(?:^|[\s'‘\"“])(?P<group>[가-힣A-Za-z0-9]{2,15})['’\"”]?(?:의)? 멤버 $")
# '마이크(조명수·35)', '토니(본명 안승호)': a word, then a Korean name with an age or after '본명'.
STAGE_NAME_GLOSS = re.compile(
    r"(?<![가-힣])(?P<stage>[가-힣]{2,6})\((?P<real_name>본명:? ?)?(?P<real>[가-힣]{2,4})(?P<age>[·,] ?\d{1,3})?\)")
# '다카다 료(高田亮·47) 씨': one or two words, a gloss in parentheses (another script, an age), then 씨.
GLOSSED_SSI = re.compile(r"(?<![가-힣])(?:(?P<given>[가-힣]{2,5}) )?(?P<last>[가-힣]{1,5})\([^()\n]{1,30}\) ?씨(?![가-힣]{2})")
NOT_TITLES_AFTER_NAME = frozenset(LEX["not_titles_after_name"])
QUANTITY_SUFFIXES = frozenset(LEX["quantity_suffixes"])
RELATION_TO_BODY_NOUNS = frozenset(LEX["relation_to_body_nouns"])
UNIT_BACK_REFERENCES = frozenset(LEX["unit_back_references"])
SPELLING_VERBS = tuple(LEX["spelling_verbs"])
VERB_MODIFIER_ENDINGS = tuple(LEX["verb_modifier_endings"])
MARKET_TITLE = LEX["market_title"]
MARKET_SCOPE_WORDS = tuple(LEX["market_scope_words"])  # '글로벌 X 시장': a market's reach, so X 시장 is a market
# '여울학교노동조합(여학노)': a body's full name, ending like one, then its short form in brackets.
ABBREVIATED_BODY = re.compile(r"(?P<full>[가-힣]{4,20})\((?P<short>[가-힣]{2,5})\)")
# '바셰 상무는': a one-word foreign surname, then a title and its particle.
SURNAME_TITLE = re.compile(r"(?<![가-힣])(?P<last>[가-힣]{2,5}) (?P<title>[가-힣]{1,10}?)(?P<particle>[은는이가도])(?![가-힣])")
# "'파란늑대'의 ", '‘별빛’의 ': a body named in quotation marks, in the possessive, right before a name.
QUOTED_OWNER = re.compile(r"(?P<kind>[가-힣]+) ['‘\"“](?P<owner>[^'‘’\"“”\s]{1,15}(?: [^'‘’\"“”\s]{1,15}){0,2})['’\"”]의 "
                          r"(?:(?P<post>[가-힣]{2,10}) )?$")  # "플랫폼 '한결배달'의 (배달기사) X"
# '누리전자 최고재무책임자(CFO)인 ', '여울시장 권한대행인 ': a post held, as an apposition, right before a name.
CLAUSE_BODY = re.compile(  # '…를 운영하는 (대표) ', '…에서 일하는 (간호사) ', '…에서는 (행정부지사) ' before a name
    r"(?:^|[\s(])(?:['‘\"“](?P<quoted>[^'‘’\"“”\n]{2,20})['’\"”]|(?P<word>[^\s'‘’\"“”(),.]{2,20}?))"
    r"(?:(?:을|를) (?:%s)|(?P<work>(?:에서|에) (?:[가-힣]{1,10}(?:을|를) )?(?:%s))|(?P<play>에서 (?:%s))|(?P<opener>에서는|에서도|에선))"
    r"(?: (?P<role>[가-힣]{2,8})(?:\([A-Za-z]{2,5}\))?)? $"
    % ("|".join(LEX["running_verbs"]), "|".join(LEX["working_verbs"]), "|".join(LEX["club_playing_verbs"])))
POST_APPOSITION = re.compile(r"(?:(?<=\s)|^)(?P<words>(?:[^\s()]+ ){0,3})(?P<post>[가-힣]{2,12})(?:\([A-Za-z]{2,5}\))?(?:인|이자) $")
# '오태경 CP', '모순덕(78) 해녀는': a Korean name, maybe an age, then a word that may be a title no table lists.
# (A lookahead after the name, so that the word after one name may be the next match's name: '만난 모순덕(78) 해녀는'.)
NAME_THEN_WORD = re.compile(r"(?<![가-힣A-Za-z])(?P<name>[가-힣]{2,4})(?=(?P<gloss>\(\d{1,3}\))? (?P<word>[가-힣]{2,5}?|[A-Z]{2,4})"
                            r"(?P<particle>[은는이가도의와과]?)(?![가-힣A-Za-z]))")
# '쩐 반 꾸엉(31)씨', '라이 비크람(34) 씨': Hangul words, an age alone in brackets, then 씨.
GLUED_SSI_WORD = re.compile(r" ([가-힣]{1,6})씨(?:[은는이가의도와과를을]|에게)?(?![가-힣])")  # ' 뒤부아씨는'
AGED_SSI = re.compile(r"(?<![가-힣])(?P<words>[가-힣]{1,5}(?: [가-힣]{1,5}){1,3})%s ?씨" % LEX["age_before_ssi"])
AGED_YOUNG = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\(\d{1,2}\) ?(?:양|군)(?=[은는이가을를의과와도]?(?![가-힣]))")
LIST_SEPARATORS = frozenset({",", "·", "ㆍ"})
# '후카이타오(胡凱濤) 국가주석이', '왕다밍(王大明·54) 주석-', '나카타 히데오(中田英夫) 일본 총리': one or
# two Hangul words, the Hanja spelling (and maybe an age) in parentheses, then the next two words.
HANJA_GLOSSED_TITLE = re.compile(r"(?<![가-힣])(?:(?P<first>[가-힣]{1,5}) )?(?P<name>[가-힣]{2,5})\([\u4e00-\u9fff]{2,4}(?:[·,] ?\d{1,3})?\)"
                                 r" ?(?P<w1>[가-힣]{1,12})(?: (?P<w2>[가-힣]{1,12}))?")
MAX_LIST_ITEM_WORDS = 3  # '한빛밴드 도윤 씨': a group, a name and a title
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
GUESSED_NAME_PARTICLE_TAGS = frozenset({"JX", "JKS"})  # Kiwi's topic and subject particles
LONG_ORG_ENDINGS = tuple(e for e in ORG_ENDINGS if len(e) >= 2 and HANGUL.match(e))  # '병원', '위원회'
BODY_ENDINGS = tuple(e for e in ORG_ENDINGS if HANGUL.match(e) and len(e) == 1 and e != "스")  # '더불어민주당', not '루미스'
UNIT_ENDINGS_LONG = tuple(LEX["unit_endings_long"])
SITE_ENDINGS = tuple(LEX["site_endings"])
WORK_TITLE_MARKS = frozenset("'‘’「」『』《》〈〉<>")
TITLE_SUFFIXES = tuple(sorted((t for t in TITLES if len(t) >= 2 and " " not in t), key=len, reverse=True))
TITLE_SUFFIX_ENDINGS = Endings(TITLE_SUFFIXES)  # looked up by length, not tried one by one: asked of every new word
PERSON_NOUN_ENDINGS = Endings([n for n in PERSON_NOUNS if len(n) >= 2])
HONORIFIC = "씨"
ANONYMIZED = re.compile(r"^(?:[A-Z]|[가-힣]모)씨$")
_DATE_WORD = re.compile(r"^\d+(?:일|월|년|시|분|세|대|명|개|곳|차|회|%)")
MAX_ORG_WORDS = 3
VILLAGE_ENDINGS = tuple(LEX["village_endings"])
VILLAGE_PARENT = re.compile(r"[가-힣](?:%s) $" % "|".join(LEX["village_parent_endings"]))
DIPLOMATIC_MISSIONS = tuple(LEX["diplomatic_missions"])
STATIONED = "주"
MAX_SPACED_NAME_WORDS = 4  # 'Nguyễn Thị Minh Khai': a Vietnamese name has up to four words
MAX_UNKNOWN_NAME_WORDS = 2  # '굴나라 토흐타시노바': without short words, a given name and a surname
ORIGIN_WORDS = frozenset(LEX["origin_words"])
AND_PARTICLES = frozenset(LEX["and_particles"])
MAX_CUT_GIVEN_NAME = 4  # '자비네', '베티나': a given name Kiwi cuts in pieces, no longer than given names run
CUT_NAME_TAILS = frozenset({"XSN", "JC", "JX", "NNG", "NNB"})  # '자비' + '네' (suffix), '베티' + '나' (particle)
NOT_SPACED_NAME_WORDS = frozenset(LEX["not_spaced_name_words"]) | frozenset(LEX["time_words"])
AWARD_AFTER = re.compile(LEX["award_after"])
AWARD_ENDING = LEX["award_ending"]
PRIZE_DIVISION_ENDING = LEX["prize_division_ending"]
PRIZE_GIVEN = re.compile(LEX["prize_given_verbs"])
# Particles that also end nouns ('경제학과', '분과'): Kiwi tells which a word ends with.
JOINING_PARTICLES = ("과", "와")
PASSING_MODIFIERS = frozenset(LEX["passing_title_modifiers"])
SITUATIONAL_ROLES = tuple(LEX["situational_roles"])
GENERIC_TITLES = frozenset(LEX["generic_titles"])
PARTY_POSTS = frozenset(LEX["party_posts"])
AFFILIATION_MARKERS = frozenset(LEX["affiliation_markers"])
CLAUSE_NOUNS = frozenset(LEX["clause_nouns"])
SAME_PARTY = frozenset(LEX["same_party"])
ACTING_WORDS = frozenset(LEX["acting_words"])
ACTING_WORD_ENDINGS = tuple(ACTING_WORDS)  # all at once for str.endswith: most words end in none
OWN_ORGANIZATION_NOUNS = frozenset(LEX["own_organization_nouns"])
FIELD_OCCUPATIONS = frozenset(LEX["field_occupations"])
WORK_FIELDS = frozenset(LEX["work_fields"])
# The endings of government units and bodies ('…국', '…처', '…청', '…부', '…실', '…위원회'): see unit_of_words.
UNIT_WORD_ENDINGS = ("위원회", "국", "처", "청", "부", "실", "원", "단", "과", "팀", "소")
LAYPERSON_NOUNS = frozenset(LEX["layperson_nouns"])
STORY_BOX_HEADING = re.compile(LEX["story_box_heading"])
# A line that ends as a sentence does ('…했다.', '…요?', '…"라고 말했다'): no headline of a box of other stories.
SENTENCE_LINE_END = re.compile(r"(?:[.!?…]|[.!?…]?[\"”’'])\s*$")
MEMBER_NOUNS = frozenset(LEX["member_nouns"])
PREDICATE_TITLE = re.compile(LEX["predicate_title"])
FIRM_ENDINGS = tuple(LEX["firm_endings"])
BODY_FINAL_WORDS = tuple(LEX["body_final_words"])
POSTED_BODY_ENDINGS = tuple(LEX["posted_body_endings"])
PARTICLE_WORDS = frozenset(LEX["particles"])
AGE_WORD = re.compile(r"^\d{1,3}(?:살|세)?$")
NAME_GLOSS = re.compile(r"\((?P<gloss>[^()\n]{1,40})\)(?P<particle>[가-힣]{0,3})")
OCCUPATION_SUFFIXES = tuple(LEX["occupation_suffixes"])
ALIAS_GLOSS_WORDS = frozenset(LEX["alias_gloss_words"])
FOREIGN_ARTICLES = frozenset(LEX["foreign_articles"])
RELIGIOUS_NAME_TITLES = tuple(LEX["religious_name_titles"])
CHARACTER_NOUNS = frozenset(LEX["character_nouns"])
IN_WORK = re.compile(r"(?:%s) (?:[가-힣]{1,4}(?<![을를은는이가의도에와과]) )?$" % "|".join(map(re.escape, LEX["in_work_markers"])))
PLAYED_PART = re.compile(r"(?:을|를|으로|로) (?:%s)" % "|".join(map(re.escape, LEX["playing_verbs"])))
CHARACTER_NOUN = re.compile(r" (?:%s)(?:을|를|은|는|이|가|으로|로|에|의|도)?(?![가-힣])" % "|".join(map(re.escape, LEX["character_nouns"])))
POSTED_CHARACTER = re.compile(r" (?P<post>[가-힣]{1,8}) (?:%s)(?:을|를|은|는|이|가|으로|로|에|의|도)?(?![가-힣])" % "|".join(
    map(re.escape, LEX["post_character_nouns"])))
GROUP_NOUNS = frozenset(LEX["group_nouns"])
MEMBER_ROLES = frozenset(LEX["member_roles"])
NOT_MEMBER_NAMES = frozenset(LEX["not_member_names"])
TEAM_TITLES = frozenset(LEX["team_titles"])
WORKING_AS = frozenset(LEX["working_as_verbs"])
WORKING_AS_LAST = frozenset(v.split()[-1] for v in WORKING_AS)
TAKEN_PARTS = frozenset(LEX["taken_parts"])
STATIONED_PREFIXES = frozenset(LEX["stationed_prefixes"])
CRAFT_MASTERS = frozenset(LEX["craft_masters"])
TAKING_VERBS = frozenset(LEX["taking_verbs"])
TAKING_LAST = frozenset(v.split()[-1] for v in TAKING_VERBS)
BODY_KINDS = frozenset(LEX["body_kinds"])
LATIN_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$")
BODY_KIND_WORDS = frozenset(LEX["body_kind_words"])
COPULA_ENDINGS = tuple(sorted(LEX["copula_endings"], key=len, reverse=True))
CLAUSE_COPULAS = tuple(sorted(LEX["clause_copulas"], key=len, reverse=True))
DEPARTMENT_ENDINGS = tuple(LEX["department_endings"])
FACULTY_UNIT_ENDINGS = tuple(LEX["faculty_unit_endings"])
CHINESE_PLACE_ENDINGS = tuple(LEX["chinese_place_endings"])  # '양저우': a city  # '신문방송학과': a university's unit, no name's word
CHINESE_DIVISION_ENDINGS = PLACE_ENDINGS + CHINESE_PLACE_ENDINGS + tuple(LEX["chinese_division_endings"])  # '장쑤성', '양쯔강'
LIST_COPULAS = tuple(sorted(LEX["list_copulas"], key=len, reverse=True))
COLLECTIVE_NOUNS = frozenset(LEX["collective_nouns"])
QUOTED_BODY_KINDS = frozenset(LEX["quoted_body_kinds"]) | GROUP_NOUNS | COLLECTIVE_NOUNS
ACTOR_SUBJECT_PARTICLES = ("은", "는", "이", "가", "도")  # the subject opening a sentence: what the story is about
POINTED_PLACE_BODY_ENDINGS = tuple(sorted(set(LONG_ORG_ENDINGS) | COLLECTIVE_NOUNS | set(LEX["pointed_place_body_endings"]), key=len, reverse=True))
DETERMINERS = frozenset(LEX["determiners"])
FAMILY_WORDS = frozenset(LEX["family_nouns"]) | KIN_NOUNS | PERSONAL_NOUNS
COUNTRY_DERIVED_SUFFIXES = frozenset(LEX["country_derived_suffixes"])
# A university, a city, a province or a district, guessed by Kiwi, before a title: '한빛대 교수'.
GUESSED_BODY_ENDINGS = ("대", *PLACE_ENDINGS, *LEX["school_not_name_endings"])  # "가온고 교사": a school
TITLE_MODIFIERS = frozenset(LEX["title_modifiers"])
GENERIC_BODY_TAILS = tuple(LEX["generic_body_tails"])
COPULA = "이다"
NAME_COMPLEMENT = re.compile(r"(?:\(\d{1,3}\))? ?(?:씨)?(?:이)?(?:다|였다|이었다)[.]")  # '… X(35) 씨다.', '… X다.'
ROLE_TOPIC = re.compile(r"(?<!\S)(?P<role>[가-힣]{2,10})(?:은|는)(?= )")  # a topic: '요리사는 ' (the last one before the name)
MAX_TOPIC_REACH = 6  # words between the role as the topic and the name it is ('부산 출신', '영국 출신의 베테랑')
APPOSITION_NOT_ROLES = frozenset(LEX["apposition_not_roles"])  # '어제 X(31)씨': a time, not what X is
PERSON_NOUN_SUFFIX = "인"  # 人: '간병인', '청과도매인'
BODY_NOUNS_AFTER = frozenset(LEX["body_nouns_after"])
PLAYER_ROLES = frozenset(LEX["player_roles"]) | TEAM_POSITIONS | TEAM_TITLES  # '브라질 수비수': the national team
CLUB_ROLES = frozenset(LEX["player_roles"]) | TEAM_TITLES  # a club's players and staff, not a band's parts
RIVAL_SIDE_WORDS = tuple(LEX["rival_side_words"])
CLUB_OFFICER_POSTS = frozenset(LEX["club_officer_posts"])
FOREIGN_ORIGIN_WORDS = frozenset(LEX["foreign_origin_words"])  # '외국인 선수 A B': a foreign player's name follows
SUBJECT_ONLY = frozenset({"이", "가"})
JAPANESE_MINISTERS = frozenset(LEX["japanese_minister_titles"])
JAPANESE_SHORT_GIVEN_NAMES = frozenset(LEX["japanese_short_given_names"])
JAPANESE_SURNAME_ENDINGS = tuple(LEX["japanese_surname_endings"])
JAPANESE_GIVEN_NAME_ENDINGS = tuple(LEX["japanese_given_name_endings"])
# Kiwi's tags of the pieces of a name coined of Korean words ('은빛파도': nouns; '구름보라': a noun, a verb's stem and
# a connective ending): no proper noun, particle, verb-making suffix or modifier ending (native_word).
NATIVE_NAME_TAGS = frozenset({"NNG", "VV", "VA", "EC"})
JAPAN_WORDS = frozenset({"일본", "일본인", "일본계"})  # the nationality before a Japanese name
STATE_POST_ENDINGS = tuple(LEX["state_post_endings"])
CHINESE_MINISTERS = frozenset(LEX["chinese_minister_titles"])
OBJECT_PARTICLES = frozenset({"을", "를"})
FOUNDING_VERBS = frozenset(LEX["founding_verbs"])
TOWNSHIP_ENDINGS = tuple(LEX["township_endings"])
COMPOUND_BODY_TAGS = frozenset({"NNG", "NNP", "MAG", "SL"})  # the pieces of an invented body's name ('한결/MAG 바이오/NNG', '청솔FC')
DEPARTMENT_POSSESSIVE = frozenset({"과의"})  # '경제학과의': a department's (Kiwi tells it from '…과의', 'with …')
AFFILIATION_LINKS = frozenset({"으로", "로", "인"})  # 'X 소속으로 … 하는 NAME TITLE', 'X 소속인 …'
MAX_AFFILIATION_REACH = 10  # words between '소속으로' and the name: one clause
SAME = "같은"  # '같은 증권사': the body of that kind named before
GENERIC_BODY_KINDS = frozenset(LEX["generic_body_kinds"])
GENERIC_BODY_KIND_ENDINGS = {kind: tuple(ends) for kind, ends in LEX["generic_body_kind_endings"].items()}
CONSTITUENCY_ENDINGS = tuple(LEX["constituency_endings"])  # '마포갑', '수원을'
MEMBER_TITLE = LEX["member_title"]
PARTY_ENDINGS = tuple(LEX["party_endings"])
SEAT_WORDS = tuple(LEX["seat_words"])  # '제2선거구', '비례대표'
PARTYLESS_WORDS = frozenset(LEX["partyless_words"])  # '무소속'
PARTY_SHORT_WORDS = frozenset(LEX["party_short_words"])  # '공화', '민주'
GLOSS_PART_SEPARATORS = r"[·ㆍᆞ,]"  # '(28·가온고)', '(공화ㆍ오하이오)': the middle dot and the letters written for it
NAME_SHAPED_BODY_ENDINGS = tuple(LEX["name_shaped_body_endings"])  # '한인회', '새빛당'
CLINIC_ENDINGS = tuple(LEX["clinic_endings"])
LONG_BODY_WORD = 4  # syllables: '수출통제국', '국토안보부' end as bodies do and are longer than a name's word
UNION_ENDINGS = tuple(LEX["union_endings"])  # '교직원노조 위원장인 …'
ASSOCIATION_ENDINGS = tuple(LEX["association_endings"]) + LONG_ORG_ENDINGS  # '전국금속노동조합 X지부': bodies, no name
GLOSS_BODY_ENDINGS = tuple(LEX["gloss_body_endings"])  # '누리고', '가람중': schools glossing an athlete's name
REGIONAL_POSTS = frozenset(LEX["regional_posts"])  # '주지사', '시장': posts heading a place
UNIT_POSTS = LEX["unit_posts"]  # '군수' → '군': the unit of local government a post heads or sits for
CITY_DISTRICTS = ("구", "군")  # '서구', '달성군': the districts and counties of a metropolitan city
LOCAL_UNITS = ("시", "군", "구", "도")  # the units of local government, whose office is the unit and 청: '가람군청'
OFFICE = "청"
CHARGE_WORDS = frozenset(LEX["charge_words"])  # '반도체 담당 애널리스트': the field a post covers
PROVINCE_LEVEL_ENDINGS = tuple(LEX["province_level_endings"])  # '가람시', '누리군', '경기도'
ABBREVIATED_BODY_ENDINGS = tuple(LEX["abbreviated_body_endings"])
CONSONANT_PARTICLES = frozenset(LEX["consonant_particles"])
VERB_FROM_NOUN = frozenset({"XSV", "XSA"})  # '지명/NNG 되/XSV ㄴ': a verb made of a common noun


def is_party_word(word: str) -> bool:
    """'새빛당', '무소속', '공화': a party, or standing for none, as a member's gloss gives it."""
    return (word.endswith(PARTY_ENDINGS) and len(word) > 1) or word in PARTY_SHORT_WORDS or word in PARTYLESS_WORDS


def glossed_body(words: list[str], aged: bool) -> bool:
    """'(17·누리고)', '(31·가온시청)', '(가온고)': the school, team or employer in the gloss after a name, known by its
    ending whatever Kiwi reads it as; after an age a one-syllable body ending will do ('…청', '…회'), but not an
    address's ('(45·서울 강남구)': where the person lives)."""
    last = words[-1]
    if not re.fullmatch(r"[가-힣A-Za-z]{2,15}", last) or title_of(last) or is_person_noun(last):
        return False
    if last.endswith(LONG_ORG_ENDINGS + GLOSS_BODY_ENDINGS):
        return True
    return aged and last.endswith(BODY_ENDINGS) and not last.endswith(ADDRESS_ENDINGS)


def in_name_gloss(body: str, start: int, name: str) -> bool:
    """Is the word at start the body glossing the name before it ('남궁도현(27·가온군청)', '도하늘(가온고)'), never a
    person of its own? After an age always; without one, when it ends as a school or a body does."""
    before = body[max(0, start - 6):start]
    if not body.startswith(")", start + len(name)) or not re.search(r"[가-힣]\((?:\d{1,3} ?[·,] ?)?$", before):
        return False
    return bool(re.search(r"\(\d", before)) or name.endswith(LONG_ORG_ENDINGS + GLOSS_BODY_ENDINGS)


def is_surname(word: str) -> bool:
    """A Korean surname on its own: one syllable ('김') or a compound one ('남궁', '선우')."""
    return (len(word) == 1 and word in SURNAMES) or word in COMPOUND_SURNAMES


def standalone_ends(body: str, word: str) -> Iterator[int]:
    """Where each mention of the word not glued after a syllable ends, left to right and not overlapping: the ends of
    re.finditer(r"(?<![가-힣])WORD"), found by string search (a pattern built per word is compiled anew on each page)."""
    if not word:
        yield from (m.end() for m in re.finditer(r"(?<![가-힣])", body))
        return
    at = body.find(word)
    while at != -1:
        if at == 0 or not is_syllable(body[at - 1]):
            yield at + len(word)
            at = body.find(word, at + len(word))
        else:
            at = body.find(word, at + 1)


@lru_cache(maxsize=16384)  # a pure function of the word, asked about the same words again and again
def is_korean_name(word: str) -> bool:
    """A surname and one or two syllables (two or three after a compound surname), not a common word."""
    if not HANGUL.match(word or "") or word in NOT_NAMES or word in SERVICE_RANKS or (word.endswith(NOT_NAME_ENDINGS + SCHOOL_ENDINGS) and not (
            word.endswith(KNOWN_WORD_BODY_ENDINGS) and named_despite_body_ending(word))):
        return False  # (a foreign name may end so: '링고'; a surname and '다해' is a name: '변다해')
    if word.endswith(GIVEN_NAME_BODY_ENDINGS) and not named_despite_body_ending(word):
        return False
    if len(word) == 3 and word.endswith(COMPOUND_THING_ENDINGS) and not named_despite_body_ending(word):
        return False  # '조리복' (조리 + 복), '안내문': a noun and a suffix; not '하태봉'
    if len(word) == 2 and word.endswith(TWO_SYLLABLE_NOT_NAME_ENDINGS):
        return False
    if word.endswith(HONORIFIC) and is_surname(word[:-1]):
        return False  # '김씨', '남궁씨': the short form of a name given before, no name of its own
    if len(word) == 3 and word[1:] in PERSON_WORDS:
        return False  # '여교사', '박사무장': a prefix or a surname glued to a title or a role
    if word.startswith(COMPOUND_SURNAMES) and 3 <= len(word) <= 4:
        given = word[2:]
    elif 2 <= len(word) <= 3 and word[0] in SURNAMES:
        given = word[1:]
    else:
        return False
    if len(given) == 2 and given[0] not in FOREIGN and (
            given[1] in GIVEN_NAME_FINAL_SYLLABLES and closed_syllable(given[1]) or given[1] in KOREAN_NAME_SYLLABLES):
        return word not in FOREIGN_GIVEN_NAMES and not morph.common_word(word) and not morph.common_word(given)
        # '김은샘', '박다올': a surname glued before a Korean first syllable, then a closed one loanwords share ('샘
        # 해리스' stands apart, one syllable); a loanword that looks so ('서비스') ends open or is a dictionary word; a
        # Sino-Korean reading given names end with ('노동휘', '탁재휘') after a syllable of no loanword's is one too
    if len(given) == 2 and given[0] in KOREAN_NAME_SYLLABLES and given[1] not in FOREIGN:
        return not morph.common_word(word) and not morph.common_word(given)
        # '남궁휘윤', '탁휘정': a Sino-Korean first syllable loanwords share, then a syllable no loanword's, in a full-length name
    return not any(ch in FOREIGN for ch in given)


@lru_cache(maxsize=4096)
def long_korean_name(word: str) -> bool:
    """'탁온새봄': a one-syllable surname and a three-syllable native given name, none of it a dictionary word
    nor a loanword's syllable; a name only where its place in the phrase proves one (see party_member_long_name)."""
    if len(word) != 4 or not HANGUL.match(word) or word[0] not in SURNAMES or word.startswith(COMPOUND_SURNAMES) \
            or word in NOT_NAMES or word.endswith(NOT_NAME_ENDINGS + ORG_ENDINGS + PLACE_ENDINGS):
        return False
    given = word[1:]
    return not any(ch in FOREIGN for ch in given) and not morph.common_word(word) and not morph.common_word(given) \
        and not morph.common_word(word[:2]) and not morph.common_word(word[2:])


def compound_surnamed(word: str) -> bool:
    """'남궁하솔', '제갈하온': a Korean name opening with a compound surname that is no word of the dictionary (not '서문',
    '동방'), which Kiwi may still cut into pieces: before a post it is a name however Kiwi reads it."""
    return word.startswith(COMPOUND_SURNAMES) and is_korean_name(word) and not morph.common_word(word[:2])


def closed_syllable(ch: str) -> bool:
    """Does the Hangul syllable end in a consonant (a 받침)?"""
    return "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0


@lru_cache(maxsize=4096)
def named_despite_body_ending(word: str) -> bool:
    """A word ending as a body or a suffix does and as given names do too ('국', '실', '별'): a name when it is
    a compound surname and one or two syllables ('남궁국', '독고별'), or a surname and two syllables whose first
    two are no word of the dictionary ('박재국', '표은실', '변은별'; not '정책국', '비서실', '지역별')."""
    if word.startswith(COMPOUND_SURNAMES) and 3 <= len(word) <= 4:
        return True
    if len(word) != 3 or word[0] not in SURNAMES:
        return False
    if word.endswith(KNOWN_WORD_BODY_ENDINGS) and morph.known_word(word):
        return False  # '지중해', '백일해': a sea or a disease the dictionary has
    return not morph.common_word(word[:2]) and not morph.common_word(word)


@lru_cache(maxsize=16384)  # a pure function of the word, asked about the same words again and again
def korean_shaped(word: str) -> bool:
    """A surname and two syllables, whatever the last one: a name the dictionary may know although
    its given name ends like a body ('장영실') or has a syllable that loanwords use too ('신돌석',
    '이휘소': 돌, 휘 are Sino-Korean readings Korean given names have)."""
    if len(word) != 3 or not HANGUL.match(word) or word[0] not in SURNAMES or word in NOT_NAMES or word in ORG_WORDS \
            or word in SERVICE_RANKS:
        return False
    return not any(ch in FOREIGN and ch not in KOREAN_NAME_SYLLABLES for ch in word[1:])


def name_score(word: str) -> int:
    """How strongly a word reads as a Korean name: three syllables beat two, a verb-like ending loses."""
    if not is_korean_name(word):
        return 0
    return (2 if len(word) >= 3 else 1) - (1 if word.endswith(MODIFIER_ENDINGS) else 0)


@lru_cache(maxsize=4096)
def unit_of_words(word: str) -> bool:
    """'에너지안보국', '예산관리처', '식품의약청', '국제무역위원회': dictionary common nouns, then the ending of a
    government unit or body. A foreign name's word may end in such a syllable ('알폰소'), never after such nouns."""
    ending = next((e for e in UNIT_WORD_ENDINGS if word.endswith(e) and len(word) - len(e) >= 2), None)
    if ending is None or not HANGUL.match(word):
        return False
    stem = word[:-len(ending)]
    return morph.common_word(stem) or morph.noun_compound(stem)


def is_foreign_word(word: str) -> bool:
    return bool(HANGUL.match(word or "")) and 1 <= len(word) <= 6 and word not in NOT_NAMES


def is_open_syllable(ch: str) -> bool:
    """A Hangul syllable with no final consonant ('네', '나'; not '린'), as loanwords spell most of theirs."""
    return "가" <= ch <= "힣" and (ord(ch) - ord("가")) % 28 == 0


def has_foreign_syllable(words: list[str]) -> bool:
    return any(ch in FOREIGN for w in words for ch in w)


def is_firm_kind(word: str) -> bool:
    """A noun for a kind of firm ('운영사'), or a compound ending in one ('법무법인', '회계법인'): written before the
    firm's name, it is no word of a person's name."""
    return word in FIRM_KINDS or (len(word) > 2 and word.endswith(FIRM_KIND_ENDINGS))


@lru_cache(maxsize=16384)  # a pure function of the word, asked of most words of a body
def chinese_shaped(word: str, longest_given: int = 3) -> bool:
    """'탕쉐펑', '쑨옌칭': one word, a Chinese surname as spelled from Mandarin (one syllable or two), then a
    given name with a syllable no Korean given name uses. Two Mandarin syllables may take four Hangul ones
    ('쑨자오웨이': 자오+웨이); only where the place proves a person is so long a given name allowed."""
    if not 3 <= len(word) <= 2 + longest_given or not HANGUL.match(word) or word.endswith(ORG_ENDINGS):
        return False
    surname = next((s for s in CHINESE_SURNAMES if word.startswith(s) and 2 <= len(word) - len(s) <= longest_given), None)
    given = word[len(surname):] if surname is not None else ""
    return surname is not None and (any(ch in CHINESE_GIVEN_SYLLABLES for ch in given)
                                    or any(d in given for d in CHINESE_GIVEN_DIGRAPHS))


LOCATIVE_PARTICLES = frozenset(LEX["locative_particles"])
PLACE_MARKS = "|".join(LEX["place_marks"])
SUBJECT_NAME_PLACE_ENDINGS = tuple(LEX["subject_name_place_endings"])
_VIETNAMESE_HEAD = re.compile(r"(?:^|(?<=[\s(\"'“‘·,]))(?P<family>[가-힣]{1,3}) (?P<middle>[가-힣]) $")


def vietnamese_shaped(names: list[str]) -> bool:
    """'응우옌 반 록', '보 티 란': a Vietnamese family name, a middle word of one syllable (반, 티, 딘 …), then the given
    name, whose one syllable may be a Korean dictionary word ('록', '안', '남') and still the name's last word."""
    return len(names) in (3, 4) and names[0] in VIETNAMESE_SURNAMES and len(names[1]) == 1


def is_org_word(tok: Tok) -> bool:
    """Could this word be (part of) an organisation name? No particle, no verb form, no date."""
    w = tok.text
    if not tok.sep and w in PROVINCIAL_GOVERNMENTS:
        return True  # '강원특별자치도': a province, whose 도 is no particle
    if not tok.sep and not tok.particle and (w in ORG_WORDS or w in BODY_KINDS):
        return True  # '법무법인' ends like a modifier ('…인') but opens a body's name
    if not any(ch.isalnum() for ch in w) or w in PARTICLE_WORDS or w.endswith(("-", "–")):
        return False  # '=' of a wire lede, a dash; a particle cut off by a quote mark ('‘기생충’의'); 'A 주석- B 총리
    if tok.sep or tok.particle or not w or w in NOT_NAMES or w in LIST_OPENERS or _DATE_WORD.match(w) or COUNT_WORD.fullmatch(w):
        return False  # ('마루결 3개 선석 조합원': a count of things is no word of a body's name)
    if w in ADVERBIAL_NOUNS:
        return False  # '개표 결과 새빛당 X 후보가': the clause's head, used as an adverb, before the body
    if LATIN_APPOSITION.fullmatch(w):
        return False  # '남은 FA인 투수 X', 'CEO이자 창업자인 X': 'who is the FA', an apposition, no body
    if (w.endswith(ORG_ENDINGS) and w not in TITLES) or not HANGUL.match(w):  # '대표이사' is a post
        return True
    return not w.endswith(MODIFIER_ENDINGS) and title_of(w) is None


@lru_cache(maxsize=16384)  # a pure function of the word, asked about the same words again and again
def spaced_title_length(name: str) -> int:
    """'아포짓 스파이커 X' → len('아포짓 스파이커'): the characters of two or more leading words that, glued, make a
    title (positions the table writes in one word, news in two), when a name follows them; else 0."""
    words = name.split(" ")
    for count in range(len(words) - 1, 1, -1):
        if not is_surname(words[0]) and title_of("".join(words[:count])) is not None:
            return len(" ".join(words[:count]))
    return 0


@lru_cache(maxsize=32768)  # a pure function of the word, asked over a million times in a build of 1,500 pages
def title_of(stem: str) -> tuple[str, str | None] | None:
    """(title, organisation implied by a compound) when the word is a title, else None. A dash after
    it joins the next titled person ('A 주석- B 총리 체제'), it is not part of the title."""
    stem = stem.rstrip("-–") if len(stem) > 2 else stem
    bare = _BRACKETED.sub("", stem) if "(" in stem else stem
    if bare in TITLES or LATIN_TITLE.match(bare) or NUMBERED_RANK.match(bare):
        return stem, None
    if bare.endswith(MARKET_KINDS):
        return None  # '별빛야시장': a market, not the mayor of a '별빛야시'
    if bare.endswith(ACTING_WORD_ENDINGS) \
            and any(bare.endswith(w) and len(bare) > len(w) and title_of(bare[: -len(w)]) for w in ACTING_WORDS):
        return stem, None  # '감독대행', '사장직무대행': the post held in acting
    for suffix, org_suffix in COMPOUND_TITLES.items() if bare.endswith(COMPOUND_TITLE_SUFFIXES) else ():
        if bare.endswith(suffix) and len(bare) > len(suffix):
            prefix = bare[: -len(suffix)]
            if prefix.endswith(DEPUTY) and len(prefix) > len(DEPUTY):
                return stem, None  # '경제부지사', '행정부시장': a deputy's portfolio before the post, not a place
            if HANGUL.match(prefix) and 1 <= len(prefix) <= 4 and prefix not in NOT_COMPOUND_PREFIXES:
                org = prefix if prefix.endswith(org_suffix) else prefix + org_suffix
                return stem, org
    if bare.endswith(CLINIC_ENDINGS):
        return None  # '가람내과의원', '누리한의원': a clinic, whose name ends as a lawmaker's title does
    for suffix in SUFFIX_TITLE_ENDINGS.all(bare):
        if HANGUL.match(bare) and 1 <= len(bare) - len(suffix) <= 10 and bare not in NOT_NAMES:
            return stem, None
    latin = LATIN_PLACE_PREFIX.match(bare)
    rest = bare[latin.end():] if latin else ""
    if latin and title_of(rest) and (headed := headed_body(rest)):
        return stem, latin.group() + headed  # 'NY한인회장': a place in Latin letters glued to a post fused with its body
    return None


@lru_cache(maxsize=16384)  # a pure function of the word, asked about the same words again and again
def title_like(stem: str) -> tuple[str, str | None] | None:
    """A title, or a longer word that ends with one ('원내수석부대표', '1차장', '상원의원').

    Only asked about the word after a name, where a compound ending in a title is a title.
    """
    found = title_of(stem) or (title_of(stem[:-1]) if stem.endswith("님") and len(stem) > 2 else None)
    if found:
        return found
    bare = (_BRACKETED.sub("", stem) if "(" in stem else stem).removesuffix("님")
    if bare.endswith(CLINIC_ENDINGS + MARKET_KINDS):
        return None
    if TITLE_SUFFIX_ENDINGS.all(bare, 1, 8) and re.match(r"^[\uac00-\ud7a30-9]+$", bare) and bare not in NOT_NAMES:
        return stem, None
    return None


def bound_title(stem: str) -> str | None:
    """The title in a title glued to a bound noun or a suffix that makes it a place or a relation
    of the holder's: '의원실' (the 의원's office), '후보간' (between the candidates) → 의원, 후보."""
    if not stem.endswith(TITLE_BOUND_SUFFIXES):
        return None  # most words: one test of all the suffixes at once, asked of every word
    for suffix in TITLE_BOUND_SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix) and title_of(stem[: -len(suffix)]):
            return stem[: -len(suffix)]
    return None


@lru_cache(maxsize=4096)  # a pure function of the word; Kiwi is asked once per distinct prefix
def proper_on_its_own(word: str) -> bool:
    """Does Kiwi read the word alone as one proper noun of two or more syllables ('부산', '수원')?"""
    ms = morph.kiwi().tokenize(word)
    return len(word) >= 2 and len(ms) == 1 and ms[0].tag == "NNP" and ms[0].form == word


@lru_cache(maxsize=16384)  # a pure function of the word, asked about the same words again and again
def body_word_after_name(word: str) -> bool:
    """'해솔외교포럼', '가람테크': a word ending as a body's name does ('…포럼', '…학회', '…테크'), of three syllables or
    more, which no name's word ends with."""
    return len(word) >= 3 and word.endswith(BODY_FINAL_WORDS + FIRM_ENDINGS + LONG_ORG_ENDINGS)


def trade_word(word: str) -> bool:
    """Does the word end in a firm's or a team's trade of three syllables or more ('…이스포츠', '…게이밍', '…홀딩스')?
    '중국의 A 이스포츠를' is a team, no foreign name; shorter endings ('…넷') close surnames too ('버넷')."""
    return any(word.endswith(e) and len(e) >= 3 for e in FIRM_ENDINGS)


@lru_cache(maxsize=16384)  # a pure function of the word, asked about the same words again and again
def is_person_noun(word: str) -> bool:
    """An occupation or role: '투수', or a compound ending in one: '2루주자', '3루심'."""
    return word in PERSON_NOUNS or bool(PERSON_NOUN_ENDINGS.all(word, 1, 3))


@lru_cache(maxsize=16384)  # a pure function of the word, asked of nearly every word of a body
def foreign_shaped_word(word: str) -> bool:
    """A word in Hangul that no table makes a body, a firm's kind, a title, an occupation or a Korean name (bare or
    with 씨): what a word of a foreign name must be before Kiwi is asked how it reads it (Finder.foreign_word)."""
    return bool(HANGUL.match(word)) and word not in ORG_WORDS and word not in NOT_NAMES \
        and not is_firm_kind(word) \
        and not title_like(word) and not is_person_noun(word) and not is_korean_name(word) \
        and not (word.endswith(HONORIFIC) and is_korean_name(word[:-1]))


def caption_person(name: str) -> bool:
    """Is a caption's name a person's ('다카하시 유이') rather than a programme's or an outlet's ('NHK 뉴스')?"""
    words = name.split()
    return all(HANGUL.match(w) for w in words) and 1 <= len(words) <= 3 and not any(title_of(w) for w in words) \
        and not any(w in NOT_NAMES for w in words)


def caption_names_person(m: re.Match) -> bool:
    """Does a caption name a person? A name split from the rest by '|' or ',' ('김민서 | 상인') must be shaped like a
    Korean name or a foreign one, since a heading splits so too ('■ 쌀값, 다시 오를까')."""
    name = m.group("name").strip()
    if not caption_person(name) or caption_body(name):
        return False
    if (m.groupdict().get("split") or "/") == "/":
        return True
    words = name.split()
    return is_korean_name(name) or korean_shaped(name) if len(words) == 1 else Finder.foreign_list_name(words)


def unit_name(word: str) -> bool:
    """'거시경제실', '근현대미술팀', '디지털전략본부': a word of four syllables or more ending like a unit of a body,
    longer than any Korean name; with a loanword in it ('글로벌경제실') only by an ending no foreign name has."""
    return len(word) >= 4 and HANGUL.match(word) is not None and word.endswith(BODY_ENDINGS + UNIT_ENDINGS_LONG) \
        and (not has_foreign_syllable([word]) or word.endswith(("실", "팀") + UNIT_ENDINGS_LONG))


def caption_body(name: str) -> bool:
    """Is a caption's name one word ending like an organisation and no Korean name ('서울시', '한빛전자')?"""
    name = name.strip()
    return " " not in name and name.endswith(ORG_ENDINGS) and not is_korean_name(name)


def headed_body(title: str | None) -> str | None:
    """The organisation a compound head title names: '질병관리청장' → 질병관리청."""
    if not title:
        return None
    title = title.split()[-1]
    for suffix, org_suffix in HEADS_OF:
        if title.endswith(suffix) and len(title) - len(suffix) >= 2 and title not in TITLES:
            return title[: -len(suffix)] + org_suffix
    return None


def committee_of_member(title: str | None) -> str | None:
    """The committee a member's fused post names: '금통위원' → 금통위 ('신임 금통위원' too)."""
    return COMMITTEE_MEMBER_POSTS.get(title.split()[-1]) if title else None


def body_of_fused_post(title: str | None) -> str | None:
    """The one body a post of the title list is fused with: '국회의장' → 국회 ('전 국회부의장' too)."""
    return BODY_FUSED_POSTS.get(title.split()[-1]) if title else None


def unit_of_post(word: str, title: str) -> bool:
    """Does the word end in the unit of local government the post heads or sits for ('가람군' before '부군수')?"""
    post = title.removeprefix(DEPUTY) if len(title) > 2 else title
    unit = UNIT_POSTS.get(post)
    return unit is not None and len(word) > len(unit) and word.endswith(unit)


def held_title(title: str | None) -> str | None:
    """The post without the words that only say when it is held: '신임 법원행정처장' → 법원행정처장."""
    if not title:
        return title
    words = title.split()
    while len(words) > 1 and words[0] in PASSING_MODIFIERS:
        words = words[1:]
    return " ".join(words)


def post_of(title: str | None) -> str | None:
    """The post a title names: none for a relation to someone ('그의 동료 X씨', '아들 X씨'), and the post without the
    copula glued on in an apposition ('보존회 총무인 X씨' → 총무); a title ending in 인 'person' ('대변인') stays."""
    if not title:
        return title
    if title in RELATION_NOUNS:
        return None
    if title.endswith(COPULA_MODIFIER) and len(title) >= 3 and not title_like(title) and not is_person_noun(title) \
            and title_like(title[:-1]):
        return title[:-1]
    return title


def is_situational(title: str | None) -> bool:
    """A role of one moment of a game ('2루주자', '3루 주자'), not a position."""
    return bool(title) and title.replace(" ", "").endswith(SITUATIONAL_ROLES)


def is_contract_status(word: str) -> bool:
    """A player's status on the market ('자유계약선수(FA)', 'FA'), glossed or not: no body the player belongs to."""
    return re.sub(r"\([^()]*\)$", "", word) in CONTRACT_STATUSES


def is_party_post(title: str | None) -> bool:
    """A post inside a political party ('사무총장', '전 원내대표')."""
    words = re.sub(r"\([^)]*\)", "", title or "").split()
    return bool(words) and words[-1] in PARTY_POSTS


def is_state_post(title: str | None) -> bool:
    """A post of a state's government ('외무장관', '총리', '대통령', '외무상'): the country before its holder is theirs."""
    last = re.sub(r"\([^)]*\)", "", title or "").split()[-1:] or [""]
    return last[0] in LEADER_TITLES or last[0] in JAPANESE_MINISTERS or last[0] in CHINESE_MINISTERS \
        or last[0].endswith(STATE_POST_ENDINGS)


_TITLE_AFTER_GLOSS = re.compile(r" ([\uac00-\ud7a3]{2,6}?)(은|는|이|가|의|도|에게)?(?![\uac00-\ud7a3])")
_ACTOR_GLOSS = re.compile(r"\(([\uac00-\ud7a3]{2,4})\)")
# '한가을(여하나 분)', '(톰 하디 분)': the actor who plays the part, then 분 (扮, 'played by'), glossing the part's name.
_PLAYED_BY_GLOSS = re.compile(r"\((?P<actor>[\uac00-\ud7a3A-Za-z]{1,10}(?: [\uac00-\ud7a3A-Za-z]{1,10}){0,2}) ?분\)")
_LATIN_GLOSSED = re.compile(r"([\uac00-\ud7a3]{2,4})\(([A-Za-z][A-Za-z0-9 .&'-]*)\)")


class Finder:
    """Walks the tokens of one body and collects persons and their mentions."""

    def __init__(self, body: str, ctx: Context):
        self.body = body
        self.ctx = ctx
        self.toks = self.cut_as_elsewhere([self.unglued(t) for w in tokenize(body) for t in self.dash_joined(w)])
        self._positions: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None  # token_positions()
        self.persons: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self.caption_persons: list[Person] | None = None  # the full names photo captions give (captioned_full_name)
        self.group_names = self.named_groups()
        self.teams = self.city_teams()  # '춘천 아이스비버스' and then '아이스비버스는': a club, never a person
        self.characters: set[str] = set()  # parts actors play ('노하린 역', '노하린(채서윤)'): never persons
        self.firms: set[str] = set()  # names written after a kind of firm ('운영사 X'): never a person's
        self.craft = self.named_craft()  # "'X 스타'호": a ship, an aircraft, a train or a satellite, never a person
        self.abbreviations = self.body_abbreviations()  # '여학노' of '여울학교노동조합(여학노)': a body, never a person
        self.latin_glosses: dict[str, str] = {}  # a Latin-letter name → its Hangul spelling ('Daniel Cho(조다니엘)')
        self.untold: list[tuple[str, str, int, int, str]] = []  # '표 감독은' nobody named before: (surname, title, span, particle)
        self.unlisted_surnames: list[tuple[str, str, int, int, str]] = []  # '단 전 부지사': one syllable no table lists, a title
        self.story_box = self.story_box_start()  # '실시간 인기 연예' and the headlines under it: nobody there is the article's

    @staticmethod
    def cut_as_elsewhere(toks: list[Tok]) -> list[Tok]:
        """'도하로는' cut as 도하 + 로는 where the article also writes '도하로가', '도하로를': a word shaped like a
        Korean name ending in a syllable a particle may open with (로, 와, 나, 도 ...) keeps that syllable wherever the
        article proves it a word of its own, written with a particle that cannot follow the shorter cut ('로가')."""
        whole = {t.stem for t in toks if not t.sep and t.particle in NAME_PARTICLES and len(t.stem) == 3
                 and t.stem[-1] in SUBJECT_CUT_PARTICLES and is_korean_name(t.stem)
                 and not t.particle.startswith(t.stem[-1])}
        if not whole:
            return toks
        out = []
        for t in toks:
            if not t.sep and len(t.particle) >= 2 and t.stem + t.particle[0] in whole and t.particle[1:] in NAME_PARTICLES:
                t = replace(t, stem=t.stem + t.particle[0], particle=t.particle[1:])
            out.append(t)
        return out

    def named_craft(self) -> set[str]:
        """Names a body writes in quotation marks right before '호' ("운반선 '바다 누리'호", '"솔빛 1"호의 발사'): the
        press's way to name a ship, an aircraft, a train or a satellite. Kept without spaces, bare and with '호', as
        later mentions drop the marks ('바다 누리호는'); its last word too, which Kiwi may cut off ('누리호')."""
        quoted = [m.group(1).strip() for m in CRAFT_NAME.finditer(self.body)]
        names = {n.replace(" ", "") for n in quoted} | {n.split()[-1] for n in quoted if n}
        return names | {n + "호" for n in names}

    def story_box_start(self) -> int:
        """Where a box of other stories' headlines begins under the body: a heading line (STORY_BOX_HEADING) followed,
        to the end of the body, only by short lines none of which ends as a sentence; else the body's length."""
        lines = self.body.split("\n")
        at, starts = 0, []
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        for x in range(len(lines) - 2, -1, -1):
            rest = [ln.strip() for ln in lines[x + 1:] if ln.strip()]
            if not rest or any(len(ln) > 60 or SENTENCE_LINE_END.search(ln) for ln in rest):
                break
            if STORY_BOX_HEADING.match(lines[x].strip()):
                return starts[x]
        return len(self.body)

    @staticmethod
    def dash_joined(tok: Tok) -> list[Tok]:
        """'대통령-제인': a title, a dash and the next titled name's first word, written as one word
        ('A 전 대통령-B 전 국무장관 부부'): the title, the dash as a separator, and the word after it."""
        head, dash, rest = tok.text.partition("-")
        if tok.sep or not dash or not rest or not HANGUL.match(rest) or title_of(head) is None:
            return [tok]
        at = tok.start + len(head)
        stem, particle = strip_particle(rest)
        return [Tok(head, tok.start, at, head, "", False, tok.in_quote), Tok("-", at, at + 1, "-", "", True, tok.in_quote),
                Tok(rest, at + 1, tok.end, stem, particle, False, tok.in_quote)]

    @staticmethod
    def joined_name(tok: Tok) -> Tok | None:
        """'외야수 석다윤(25)과도', '서유나와는': a Korean name, then the comitative 과/와 (과 after a closed syllable, 와
        after an open one) and a second particle, which the particle table, longest first, leaves on the stem
        ('석다윤과' + '도'): the name is the stem, both particles the particle. A noun ending so ('결과도') is no name.
        A post so followed ('변 위원장과는') splits the same way."""
        stem = tok.stem
        if not tok.particle or len(stem) != 4 or stem[-1] not in "과와" \
                or not (is_korean_name(stem[:-1]) or title_of(stem[:-1])):
            return None
        if (stem[-1] == "과") != closed_syllable(stem[-2]):
            return None
        return replace(tok, stem=stem[:-1], particle=stem[-1] + tok.particle)

    def name_before_post(self, tok: Tok) -> bool:
        """'탁영만 소방서장은', '허연도 누리대 교수': a surname and two syllables whose last is 'only', 'also', 'or' or 'and'
        (misread_name_particles), right before a post or a body and a post: those particles are seldom written before
        a bare post, a name's last syllable is; a dictionary word so ending is no name ('가족도 대표는') unless the page
        later calls the person by surname and the same post, as news does after a full name ('석영만 감독은 … 석 감독은')."""
        if tok.particle not in MISREAD_NAME_PARTICLES or len(tok.text) != 3 or not is_korean_name(tok.text) \
                or proper_on_its_own(tok.stem) or tok.stem in LOCALITIES:
            return False
        if morph.common_word(tok.stem):
            post = self.post_after(tok.end, 2)
            return post is not None and f"{tok.text[0]} {post}" in self.body[tok.end:]
        return self.post_follows(tok.end, 2)

    def post_follows(self, at: int, words: int) -> bool:
        """Is the word after at a post taking a particle, or (words=2) the word after the next one?"""
        return self.post_after(at, words) is not None

    def post_after(self, at: int, words: int) -> str | None:
        """The post taking a particle right after at, or (words=2) after the next word."""
        for _ in range(words):  # the post, or a body and then the post
            nxt = NEXT_WORD.match(self.body, at)
            if nxt is None:
                return None
            stem, particle = strip_particle(nxt.group(1))
            if particle and title_like(stem) is not None:
                return stem
            at = nxt.end()
        return None

    def unglued(self, tok: Tok) -> Tok:
        """A word whose last syllable looks like a particle but that Kiwi knows as one proper noun
        ('서울메트로', '코레일로' is not): keep it whole; a proper noun whose particle Kiwi reads
        shorter than the particle table ('한보라는': 한보라+는, not 한보+라는): split it as Kiwi does."""
        if "(" in tok.stem and (glossed := _LATIN_GLOSSED.fullmatch(tok.stem)) and is_korean_name(glossed.group(1)):
            return replace(tok, stem=glossed.group(1))  # '주장 하태온(FCB)은': a name, then its club in Latin letters
        if tok.sep or not HANGUL.match(tok.text):
            return tok
        if tok.particle and is_korean_name(tok.text) and AGE_OF_NAME.match(self.body, tok.start + len(tok.text)):
            return replace(tok, stem=tok.text, particle="")  # '남궁만덕(66)': no particle comes before an age's gloss
        if (joined := self.joined_name(tok)) is not None:
            return joined
        if (copulated := self.foreign_surname_with_copula(tok)) is not None:
            return copulated
        if self.japanese_surname_in_wa(tok):
            return replace(tok, stem=tok.text, particle="")  # '오가와 유키 감독': no 오가 and 유키, a surname ending in 와(川, 沢)
        if self.name_before_post(tok):
            return replace(tok, stem=tok.text, particle="")  # '탁영만 소방서장은': 만 is the given name's, no 'only'
        if tok.particle in CONSONANT_PARTICLES and tok.stem and "가" <= tok.stem[-1] <= "힣" \
                and (ord(tok.stem[-1]) - 0xAC00) % 28 == 0:
            return replace(tok, stem=tok.text, particle="")  # '순환기내과', '소아과': 과 after a vowel is no particle (와 is)
        if not tok.particle and tok.text[-1] not in UNTABLED_PARTICLE_ENDS:
            return tok
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.end) if m.end <= tok.end]
        if not tok.particle:
            titled = self.title_with_particle(tok, ms)
            return titled if titled is not tok else self.kiwi_particles(tok, ms)
        if len(ms) == 1 and ms[0].tag == "NNP" and ms[0].form == tok.text and (
                not ms[0].oov or (tok.particle in NAME_FINAL_PARTICLES and len(tok.text) == 3 and is_korean_name(tok.text))
                or self.body.startswith("(", tok.end)
                or (tok.particle in MISREAD_NAME_PARTICLES and has_foreign_syllable([tok.text]) and self.post_follows(tok.end, 1))):
            # and '이하은': a name Kiwi guesses whole, ending as a particle; a guess too when a gloss
            # follows: no particle comes before one; nor before a post ('페르난도 벨라스케도 수석코치와', '니콜라스
            # 카르도나 코치가': 'also' and 'or' are never written between a foreign word and the post after it)
            return replace(tok, stem=tok.text, particle="")
        if len(ms) == 1 and ms[0].tag == "NNP" and ms[0].form == tok.text and not is_korean_name(tok.stem) \
                and (before := PREVIOUS_WORD.search(self.body, max(0, tok.start - 6), tok.start)) and is_korean_name(before.group(1)) \
                and (after := NEXT_WORD.match(self.body, tok.end)) and title_like(strip_particle(after.group(1))[0]) is not None:
            return replace(tok, stem=tok.text, particle="")  # '표서율 솔마루페이 대표는': between a name and a post, the firm
            # Kiwi guesses whole ('솔마루페이'), no particle: a subject never stands between a name and its post
        if len(ms) == 1 and ms[0].tag == "NNP" and ms[0].form == tok.text and tok.text.endswith(PROVINCE_LEVEL_ENDINGS) \
                and (after := NEXT_WORD.match(self.body, tok.end)) \
                and title_like(strip_particle(after.group(1))[0]) is not None:
            return replace(tok, stem=tok.text, particle="")  # '강원특별자치도 경제부지사': a province Kiwi guesses whole, then a post
        if tok.particle in JOINING_PARTICLES and tok.text.endswith(DEPARTMENT_ENDINGS) \
                and (after := NEXT_WORD.match(self.body, tok.end)) and title_like(strip_particle(after.group(1))[0]) is not None:
            return replace(tok, stem=tok.text, particle="")  # '치의학과 교수': a department Kiwi may guess whole, then a post
            # ('과' of a list never joins a field to a post)
        if tok.particle in JOINING_PARTICLES and ms and ms[-1].end == tok.end and ms[-1].tag == "NNG" \
                and all(m.tag.startswith("NN") for m in ms):
            return replace(tok, stem=tok.text, particle="")  # '경제학과 교수': a department, no '과' of a list
        if len(tok.text) >= 3 and len(ms) >= 2 and ms[0].start == tok.start and ms[-1].end == tok.end \
                and ms[-1].start < tok.end - len(tok.particle) and len(ms[-1].form) >= 2 \
                and all(m.tag in ("NNG", "NNP") for m in ms):
            return replace(tok, stem=tok.text, particle="")  # '솔바람마을': the particle's syllable ends a noun Kiwi reads whole
        if len(ms) >= 2 and ms[0].tag == "NNP" and ms[0].start == tok.start and len(ms[0].form) > len(tok.stem) \
                and tok.text.startswith(ms[0].form) and all(m.tag.startswith("J") for m in ms[1:]):
            return replace(tok, stem=ms[0].form, particle=tok.text[len(ms[0].form):])  # '한보라는' is 한보라+는
        if tok.particle in DEPARTMENT_POSSESSIVE and len(ms) >= 2 and ms[-1].end == tok.end and ms[-1].tag == "JKG" \
                and ms[-2].tag == "NNG" and ms[-2].form.endswith("과") and all(m.tag.startswith("NN") for m in ms[:-1]):
            return replace(tok, stem=tok.text[:-1], particle="의")  # '재료공학과의': a department's, not '재료공학+과의'
        if tok.particle == "과" and ms and ms[-1].end == tok.end and ms[-1].tag == "NNG" \
                and ((ms[-1].form == "과" and len(ms) >= 2) or (ms[-1].form.endswith("과") and len(ms[-1].form) >= 3)):
            return replace(tok, stem=tok.text, particle="")  # '경제학과', '신경외과': a department, not '경제학+과'
        return self.kiwi_particles(tok, ms)

    def foreign_surname_with_copula(self, tok: Tok) -> Tok | None:
        """'… 공격수 하비에르 로사였다.': the last word of a foreign name in Hangul ending its sentence with the past copula
        (였다 after an open syllable, 이었다 after a closed one) is the name's word, the copula its particle, when the
        bare word before it is a foreign name's first (a syllable loanwords spell). A word a dictionary knows
        ('주인공이었다', '하비에르는 영웅이었다') is left as it is."""
        if tok.particle or tok.in_quote or not tok.text.endswith(FOREIGN_NAME_COPULAS):
            return None
        copula = next(c for c in FOREIGN_NAME_COPULAS if tok.text.endswith(c))
        stem = tok.text[:-len(copula)]
        if len(stem) < 2 or (copula == OPEN_SYLLABLE_COPULA) != is_open_syllable(stem[-1]) \
                or not self.body.startswith(".", tok.end) or morph.common_word(stem) \
                or title_like(stem) is not None or is_person_noun(stem):
            return None
        before = PREVIOUS_WORD.search(self.body, max(0, tok.start - 6), tok.start)
        if before is None or not has_foreign_syllable([before.group(1)]) or strip_particle(before.group(1))[1] \
                or morph.common_word(before.group(1)) \
                or title_like(before.group(1)) is not None or is_person_noun(before.group(1)):
            return None
        return replace(tok, stem=stem, particle=copula)

    def japanese_surname_in_wa(self, tok: Tok) -> bool:
        """'오가와 유키 감독', '요시카와 미호 씨': a word ending as Japanese surnames in 川/沢 do (가와, 카와, 사와, 자와),
        neither it nor what precedes 와 a word a dictionary knows ('국가와', '회사와' are), before a short bare word
        and then a title, 씨 or a particle: the surname, then the given name, not two words joined by 와. Before a
        given name of one or two syllables, a body and a post, a stem Kiwi reads as one proper noun is the surname
        even when it ends as a post or a firm does ('아오지사와 료타 중앙은행 총재': 아오지사 is no 지사)."""
        if tok.particle != "와" or not 3 <= len(tok.text) <= 5 or not tok.text.endswith(JAPANESE_WA_ENDINGS) \
                or morph.common_word(tok.stem) or morph.common_word(tok.text) or is_person_noun(tok.stem):
            return False
        if self.wa_surname_before_body(tok):
            return True  # '아오지사와 료타 중앙은행(BOJ) 총재는': the given name, the body, then the post
        if title_like(tok.stem) is not None or tok.stem.endswith(ORG_ENDINGS):
            return False  # ('행정부지사와 서태음 경제부지사': a post, and the next name)
        after = JAPANESE_GIVEN_AFTER.match(self.body, tok.end)
        return after is not None and (after.group("rest") in (HONORIFIC, "") or after.group("rest") in NAME_PARTICLES
                                      or title_like(strip_particle(after.group("rest"))[0]) is not None)

    def wa_surname_before_body(self, tok: Tok) -> bool:
        """A stem Kiwi reads as one proper noun, '와', a given name of one or two syllables, a body and its post
        ('아오지사와 료타 중앙은행 총재는'); two names joined by 와 before one post ('X와 Y 외무상') have no body."""
        if tok.particle != "와" or (post := JAPANESE_GIVEN_BODY_POST.match(self.body, tok.end)) is None \
                or len(post.group(0).split()[0]) > 2:
            return False
        stem, particle = strip_particle(post.group("post"))
        ms = morph.morphs_in(self.body, tok.start, tok.start + len(tok.stem))
        return bool(particle) and title_like(stem) is not None and len(ms) == 1 and ms[0].tag == "NNP" \
            and ms[0].end == tok.start + len(tok.stem)

    def wa_surname_at(self, start: int, word: str) -> bool:
        """Is the word at start a Japanese surname in 와 before a given name, a body and a post (wa_surname_before_body)
        that Kiwi reads as a noun and '와'?"""
        return word.endswith("와") and self.japanese_surname_in_wa(Tok(word, start, start + len(word), word[:-1], "와")) \
            and self.wa_surname_before_body(Tok(word, start, start + len(word), word[:-1], "와"))

    @staticmethod
    def kiwi_particles(tok: Tok, ms: list[morph.Morph]) -> Tok:
        """'마르켈과도', '하윤아': a proper noun (or a word Kiwi guessed) and particles the table does not
        strip together (와도) or at all (the vocative 아/야): split where Kiwi's particles begin."""
        j = next((x for x, m in enumerate(ms) if m.tag.startswith("J")), None)
        if not j or ms[0].start != tok.start or ms[-1].end != tok.end or not all(m.tag.startswith("J") for m in ms[j:]) \
                or not all(m.tag.startswith("NN") for m in ms[:j]) or not any(m.tag == "NNP" or m.oov for m in ms[:j]):
            return tok
        stem = tok.text[:ms[j].start - tok.start]
        if len(stem) >= len(tok.stem) or (not tok.particle and ms[-1].tag != "JKV") or "(" in tok.text:
            return tok  # '몰리나': a name's last syllable Kiwi may read as a particle; only a vocative ends a bare word
        return replace(tok, stem=stem, particle=tok.text[len(stem):])

    @staticmethod
    def title_with_particle(tok: Tok, ms: list[morph.Morph]) -> Tok:
        """'아나운서나': a title or a role followed by a particle the table leaves out (a one-syllable '나' ends
        too many words), which Kiwi reads as one: the title, and its particle."""
        if len(ms) < 2 or not ms[-1].tag.startswith("J") or ms[-1].end != tok.end or ms[-2].tag.startswith("J"):
            return tok
        stem = tok.text[:ms[-1].start - tok.start]
        if (title_of(stem) is None and not is_person_noun(stem)) or not all(m.tag.startswith("NN") for m in ms[:-1]):
            return tok
        return replace(tok, stem=stem, particle=ms[-1].form)

    # -- recording ---------------------------------------------------------------------------
    def add(self, name: str, title: str | None, org: str | None, rule: str, start: int, end: int, particle: str) -> None:
        if start >= self.story_box:
            return  # a headline of another story under the body ('배우 X 결혼 발표'): nobody of this article
        if name.endswith(HONORIFIC) and len(name) >= 3 and rule != "anonymized" and not ANONYMIZED.match(name) \
                and GLOSSED_HONORIFIC.match(self.body, start) \
                and self.body.startswith(name[:-1] + "(", start):
            name = name[:-1]  # '탁윤(61)씨': the honorific after the age's gloss, never the name's last syllable
        if org is not None:
            name, org = self.name_out_of_country_body(name, org, start)
        if rule == "morphology" and name not in self.persons and " " not in name and particle in LOCATIVE_PARTICLES:
            return  # '지역 명인 인증식에서 상을 받았다': where something happens (an event, a place), never a person
        if rule == "morphology" and name not in self.persons and self.particle_after_open_syllable(name, start):
            return  # '한울마을 7단지': 을 never follows an open syllable, so the word is whole (a village), not 한울마 + 을
        if rule == "morphology" and (whole := self.vietnamese_name_ending(name, start)) is not None:
            name, start = whole  # '응우옌 반 남 베트남 재무부 장관': the last word of a Vietnamese name, not a Korean one
        first = name.split()[0]
        if " " in name and len(first) >= 2 and not is_surname(first) and title_of(name.replace(" ", "")) is not None:
            return  # '아포짓 스파이커', '미드 라이너': a title the table glues, spelled apart, no name
        if rule == "morphology" and (spaced := spaced_title_length(name)):
            self.add(name[spaced:].lstrip(), title, org, rule, start + spaced + 1, end, particle)
            return  # '아포짓 스파이커 X': a title the table glues, spelled apart before the name, is no part of it
        if org is not None and NUMBERED_ORDER.match(org):
            org = None  # '기호 1번 채하람 의원': a ballot number before the name, not the body it belongs to
        if name in TERRITORIES or self.country_derived(name):
            return  # '몰디브 대통령', '아시아의 동료': a country or a region; '한국어 대사': its language, never a person
        if any(w.endswith("인") and w[:-1] in CLAUSE_NOUNS for w in name.split()):
            return  # '정당 소속인 단 전 부지사', '벨기에 출신인 X Y': 'who belongs to / comes from', never part of a name
        if start > 0 and self.body[start - 1] in "'‘" and self.body.startswith(name, start) \
                and self.body[start + len(name):start + len(name) + 1] in ("'", "’") and name not in self.persons \
                and self.body[:start - 1].rstrip().endswith(THING_KINDS):
            return  # "식사 브랜드 '가온상'을", "새 좌석 '물결'": a word in single quotes after a kind of thing names it
        if self.seat_in_bracket(name, start):
            return  # 'X 의원(새빛당·다래울갑)은', '(무소속·서울 다래울을)': where the member was elected, never a person
        if DAY_SPAN.match(name.split()[0]):
            return  # '오는 7일부터 이틀간 솔매읍 운동장에서': how long something lasts, never a name
        if name not in self.persons and name.replace(" ", "") in self.craft:
            return  # "'바다 누리'호의 명명식", '바다 누리호는': a craft named in quotes before '호'
        if name not in self.persons and self.body[max(0, start - 12):start].rstrip(" '‘\"“").endswith(STORM_KINDS):
            return  # "제5호 태풍 '가람'이", '허리케인 엘사가': the storm named after its kind
        if name not in self.persons and title is None and self.quoted_body_before_post(name, start):
            return  # "팬클럽 '솔빛결' 회장 여다솜(26)씨": the word in quotes before a post and a name is the post's body
        if name not in self.persons and title is None and self.quoted_item(name, start):
            return  # "'춘향가'와 '적벽가' 완창": works named in quotation marks side by side, no persons
        if " " in name and name not in self.persons and self.body_word_opening(first, start):
            return  # '연합총회 일반토의 자리': a body's word, then a word Kiwi guesses, no name
        if start > 0 and self.body[start - 1] in QUOTE_MARKS and self.body.startswith(name, start) \
                and self.body[start + len(name):start + len(name) + 1] in QUOTE_MARKS and name not in self.persons \
                and self.body[:start - 1].rstrip().endswith(tuple(GROUP_NOUNS)) \
                and self.body[start + len(name) + 1:].lstrip().startswith(tuple(MEMBER_ROLES)):
            return  # "걸그룹 '라온별' 멤버 …": a group named in quotation marks after its kind, before its member
        if title is None and self.after_firm_kind(name):
            self.firms.add(name)  # '배송 스타트업 다온링크가' (then '다온링크는'): a firm named after its kind
        if name not in self.persons and self.award(name, start):
            return  # '연출상 후보에 올랐다': a prize, not a person
        if title in FIRM_KINDS or name in self.firms \
                or (title in FIRM_KINDS_BEFORE_NAMES and self.body[:start].rstrip().endswith(title)):
            self.firms.add(name)
            return  # '운영사 달림로지스를', '그리스 선사 X Y와' (then '피고 달림로지스는'): a firm named after its kind, not a person
        if name.endswith(HONORIFIC) and is_surname(name[:-1]) and any(p.startswith(name[:-1]) for p in self.persons):
            return  # '원고 노씨는' after 노준혁(39)씨: the short mention of a name given before, no person of its own
        if " " in name and any(w.endswith(LONG_ORG_ENDINGS) for w in name.split()):
            return  # '한빛대 부속병원': a body's words, not a name's
        if name not in self.persons and name.split()[-1].endswith(ENSEMBLE_VENUE_ENDINGS):
            return  # '라이프치히 가온필하모닉이': a town, then an orchestra's coined name, no foreign name
        if " " in name and name.split()[0] in TITLE_PREFIXES:
            return  # '전 한빛건설 대표': 'former', then the body, not a name
        if name not in self.persons and in_name_gloss(self.body, start, name):
            return  # '도윤서(17·누리고)가': the school glossing the name, not a person
        inner = INNER_GLOSS.match(self.body, start)
        if inner and len(inner.group(1)) < len(name) and (inner.group(1) + inner.group(2)).startswith(name):
            return  # '광둥(廣東)성': a gloss of the name's part, then a suffix (a province), not a person
        if name not in self.persons and self.body.startswith(name, start) and (
                self.character(start + len(name)) or self.posted_character(start + len(name))):
            self.characters.add(name)
            return  # '식물원 원장 한여름 역을', '민 박사 역의': a part an actor plays, not a person of the article
        if name not in self.persons and self.played_elsewhere(name):
            self.characters.add(name)
            return  # '한여름을 쫓는 형사' after '… 한여름 역으로 출연했다': the part, named again, is still no person
        if name not in self.persons and rule == "morphology" and self.school_short_name(name, start):
            return  # '우승 후보 가람고를 꺾었다': a high school's short name, the team, no person
        if name not in self.persons and self.body.startswith(name, start) and IN_WORK.search(self.body, max(0, start - 12), start):
            self.characters.add(name)
            return  # '극 중 X의 동생': a name inside the story a work tells, a part, not a person of the article
        if any(c != name and c.endswith(name) and len(name) >= 2 and is_surname(c[:-len(name)]) for c in self.characters):
            return  # '하린이가' after the part 노하린: the part's given name
        if name not in self.persons and len(name) == 2 and self.art_name_before(start):
            return  # '청암(靑巖) 도한결 화백': an art name before the full name, not a person of its own
        if name not in self.persons and name in self.group_names:
            return  # '그룹 노바틱이', '밴드 새벽세시': a group of performers, not a person
        if name not in self.persons and self.body.startswith(first, start) and self.copula_modifier(start, start + len(first)):
            return  # '피해자 모임인 사단법인 …': 'which is a 모임', a clause's word before the body it describes
        if self.local_government(name):
            return  # '가람군 전 비서실장 X씨' where the article names '가람군청': the county, not a person
        if name not in self.persons and " " not in name and particle in TOPIC_OR_SUBJECT and self.held(end, particle):
            return  # '공급 계약 서명식은 … 본사에서 열렸다': a ceremony is held, a person never is
        if name in self.teams:
            self.firms.add(name)
            return  # '춘천 아이스비버스' … '아이스비버스는 주장 X의 두 골로': the club named with its city, not a person
        if name not in self.persons and (known := self.pet_name_of(name)) is not None:
            self.mentions.append(Mention(known, start, end, particle, "short"))
            return  # '주장 태양이가' after '봉태양': a given name with the familiar 이
        listed = (rule == "list_shared_title" and title is not None) or (rule == "list_of_persons" and " " in name)
        # '멤버 제하, 류빈': the role says they are people; '…, 지나 모리슨 등': a foreign name beside persons, however Kiwi reads its first word
        if name not in self.persons and rule not in ("byline", "name_ssi", "aged_foreign_name", "honoured_name", "pen_name", "role_framed", "appointment_list", "spaced_foreign_name", "ranked_list", "surname_proved", "country_named", "foreign_player", "interview_caption", "group_member", "actor_gloss", "japanese_name") and not listed and HANGUL.match(first) and first not in FOREIGN_GIVEN_NAMES \
                and not (first in VIETNAMESE_SURNAMES and len(name.split()) >= 3) \
                and not (rule == "foreign_name_org_title" and self.after_country_possessive(start)) \
                and self.body.startswith(first, start) and not self.aged_korean_name(name, start) \
                and (morph.reading(self.body, start, start + len(first)) == "common"
                     or (morph.is_inflected(self.body, start, start + len(first)) and not self.contracted_name(start, first)
                         and not self.wa_surname_at(start, first)
                         and not (rule == "predicate" and self.cut_subject_at(start))
                         and not (rule == "name_org_title" and self.name_read_as_connective(start, start + len(first)))
                         and not (title and is_korean_name(first) and self.copula_connective(start, start + len(first)))
                         and not (is_korean_name(first) and self.opens_with_ending_across_space(start, first))
                         and not (rule in ("name_title", "name_org_title", "org_name_title", "morphology") and title
                                  and self.name_misread_opening(name, start))
                         and not (rule == "morphology" and org and (k := self.tok_at(start)) is not None
                                  and (self.named_before_body_and_post(k) or self.owned_name_before_post(k, self.toks[k]))))):
            return  # Kiwi reads the word as a common noun or an inflected verb: '유족', '제치고'
        if name not in self.persons and name in LOCALITIES and org and rule in ("name_org_title", "morphology"):
            return  # '진주 한빛병원 원장': the town the body is in, before the body and its post
        if name not in self.persons and self.stationed_mission(name, start):
            return  # '주호찌민 총영사관 직원': the consulate in a city, not a person
        if name not in self.persons and " " not in name and self.in_address(start, start + len(name)):
            return  # '철산군 동창리', '서초구 경부고속도로': a place in an address
        if name not in self.persons and rule != "byline" and self.verb_form(start, start + len(first)) \
                and not self.titled_subject(name, title, start, end):
            return  # '지명된 대법관': a verb made of a noun is never a name
        if " " in name and name not in self.persons and self.body.startswith(first, start) \
                and self.verb_modifier(start, start + len(first)):
            return  # '주택이 몰린 김단 의원': a verb's modifier form before a name is the clause's, not a given name
        if title is None and self.team_name(name, start):
            return
        if name not in self.persons and (self.quantity_noun(name, start) or self.cited_word(name, start)) \
                and not (rule == "morphology" and org and (k := self.tok_at(start)) is not None
                         and self.named_before_body_and_post(k)):
            return  # (a quantity never stands bare before a body and its post: a given name ending so does)
        if title == MARKET_TITLE and (self.market(org, end) or self.scoped_market(start)):
            return
        if title == HONORIFIC:
            title = None
        k = next((x for x, t in enumerate(self.toks) if t.start == start), 0) if org and len(org) == 2 else 0
        if k > 0 and self.toks[k - 1].text == org and self.art_name_before(self.toks[k - 1].start):
            org = None  # '청암(靑巖) 도한결 화백': the art name before the name is the person's own, no body
        if org and " " in org and org.split()[0] in GROUP_NOUNS:
            org = org.split(" ", 1)[1]  # '보이그룹 라온스타 멤버 하진': the group's name, not the kind of group
        if org and title and org.split()[0] in FORMER_MARKERS:  # '전 산업부 장관': a former post
            first, _, rest = org.partition(" ")
            title, org = f"{first} {title}", rest or None
        title = post_of(held_title(title))
        org = self.verb_free(org, start)
        if name in self.abbreviations:
            if not (org and (is_korean_name(org) or korean_shaped(org)) and self.body.startswith(f"{name} {org}", start)):
                return
            name, org, start = org, name, start + len(name) + 1  # '여학노 오태경 위원장': the union, then its chair
        if org and " " not in org and " " not in name and name in FOREIGN_GIVEN_NAMES and has_foreign_syllable([org]) \
                and not org.endswith(ORG_ENDINGS) and org not in ORG_WORDS and self.body.startswith(f"{name} {org} ", start) \
                and not self.stands_alone(org):
            name, org = f"{name} {org}", None  # '케빈 달튼 감독': a foreign given name and a surname, no body between
        if org and title and " " not in name and self.surname_run_into_body(name, org, title, start):
            surname, org = org.split(" ", 1)
            name = f"{name} {surname}"  # '그레타 A B C 미술관 관장' … 'A 관장은': the surname, then a body of other names
        whole = self.whole_name_of(name, start)
        if whole is not None:
            known = self.persons[whole]
            known.title = known.title or title
            known.organization = known.organization or org
            self.mentions.append(Mention(whole, start, end, particle, "short"))
            return  # '마르쿠스 렌츠' … '음악감독인 렌츠는': the surname of the person named in full before
        known = self.persons.get(name)
        if known is not None and title and is_situational(known.title) and not is_situational(title):
            known.title = title  # '2루주자 정우석' … '라온 좌익수 정우석': the position, not the moment
        implied = None if is_party_post(title) else headed_body(title) or committee_of_member(title) or body_of_fused_post(title)
        p = record(self.persons, name, title, org or implied, rule, start)
        if title and re.sub(r"\([^)]*\)", "", title) in REPORTER_TITLES:
            p.role = "reporter"
            p.organization = p.organization or self.ctx.outlet
        self.mentions.append(Mention(name, start, end, particle, "full"))

    def particle_after_open_syllable(self, name: str, start: int) -> bool:
        """Is a name shaped like a Korean one written on with a particle only a closed syllable takes (을, 은, 과)
        though it ends open ('…마을'), the whole a noun to Kiwi? Korean writes 를, 는, 와 there: what follows is the
        word's own last syllable. (A foreign name a page misspells so, '…오이은', Kiwi cuts at the particle.)"""
        at = start + len(name)
        if " " in name or not korean_shaped(name) or not self.body.startswith(name, start) or closed_syllable(name[-1]):
            return False
        return any(self.body.startswith(p, at) and morph.reading(self.body, start, at + len(p)) in ("proper", "common", "nouns")
                   for p in CLOSED_SYLLABLE_PARTICLES)  # and Kiwi reads the whole as nouns, no particle in it

    def after_country_possessive(self, start: int) -> bool:
        """'인도네시아의 부디 X 에너지부 장관': a country with 의 before a foreign name and its ministry's post says
        whose official the name is; its first word stays a name even when Kiwi knows it as a Korean word."""
        before = self.body[max(0, start - 20):start]
        m = re.search(r"([가-힣]+)의\s$", before)
        return m is not None and m.group(1) in COUNTRY_NAMES

    def seat_in_bracket(self, name: str, start: int) -> bool:
        """'X 의원(새빛당, 다래울갑)', 'X 후보(다래울을)', 'X(무소속·서울 다래울병)': the last part of a bracket after a
        post or a party, a place with 갑/을/병/정 (the numbered halves of one place that elect one member each),
        is the constituency; Kiwi guesses it as a name."""
        if " " in name or not re.fullmatch(r"[가-힣]{3,12}", name) or not name.endswith(CONSTITUENCY_ENDINGS) \
                or not self.body.startswith(name, start) or not re.match(r"\s*\)", self.body[start + len(name):]):
            return False
        opening = self.body.rfind("(", 0, start)
        if opening < 0 or ")" in self.body[opening:start] or "\n" in self.body[opening:start]:
            return False
        inside = self.body[opening + 1:start]
        party, sep, place = (inside.rpartition("·") if "·" in inside else inside.rpartition(","))
        if not re.fullmatch(r"(?:[가-힣]{1,6}\s)?", place.lstrip()):
            return False  # only a province or a city before the seat: '(새빛당·서울 다래울갑)'
        if sep and (party.strip().endswith(PARTY_ENDINGS) or party.strip() in PARTYLESS_WORDS):
            return True
        before = self.body[:opening].split()
        return bool(before) and (before[-1] == MEMBER_TITLE or title_like(before[-1]) is not None) \
            and (not sep or re.fullmatch(r"[가-힣]{2,15}", party.strip()) is not None)

    def quoted_item(self, name: str, start: int) -> bool:
        """A word wholly in single quotation marks that is joined to another such word ("'춘향가'와 '적벽가'",
        "'적벽가', '수궁가'"): a list of named things (works, songs, products), never of persons."""
        end = start + len(name)
        if start == 0 or self.body[start - 1] not in "'‘" or not self.body.startswith(name, start) or self.body[end:end + 1] not in ("'", "’"):
            return False
        before = self.body[max(0, start - 30):start - 1]
        after = self.body[end + 1:end + 30]
        return bool(re.search(r"['’](?:와|과|,|및| 및) ?$", before) or re.match(r"(?:와|과|,| 및) ?['‘]", after))

    def body_word_opening(self, first: str, start: int) -> bool:
        """The first word of a spaced 'name' read as a body's word: a proper noun and a dictionary noun of two syllables
        or more ending like a body ('유엔총회', '여울시의회'); a foreign given name is never so read."""
        if not HANGUL.match(first) or len(first) < 3 or not first.endswith(ORG_ENDINGS) or not self.body.startswith(first, start):
            return False
        ms = morph.morphs_in(self.body, start, start + len(first))
        return len(ms) >= 2 and ms[-1].end == start + len(first) and ms[-1].tag == "NNG" and not ms[-1].oov \
            and len(ms[-1].form) >= 2 and all(m.tag in ("NNP", "NNG") for m in ms)

    def aged_korean_name(self, name: str, start: int) -> bool:
        """'사공만덕(78) 사장': a word shaped like a Korean name glossed with an age is a name, however Kiwi cuts it
        (a compound surname and a given name it reads as nouns and a particle)."""
        return is_korean_name(name) and self.body.startswith(name, start) \
            and AGE_OF_NAME.match(self.body, start + len(name)) is not None

    def body_abbreviations(self) -> frozenset[str]:
        """Short forms the article gives a body in brackets after its full name: the short form's syllables are the
        full name's, in order, from its first ('여울학교노동조합(여학노)'), and the article has not used it before."""
        found = set()
        for m in ABBREVIATED_BODY.finditer(self.body):
            full, short = m.group("full"), m.group("short")
            if short[0] != full[0] or short in self.body[:m.start()] or is_korean_name(full):
                continue
            rest = iter(full[1:])
            if all(ch in rest for ch in short[1:]):
                found.add(short)
        return frozenset(found)

    def quantity_noun(self, name: str, start: int) -> bool:
        """'예상치', '전망치': a common noun and a suffix of amounts, as Kiwi reads the word; no name."""
        if " " in name or not self.body.startswith(name, start):
            return False
        ms = [m for m in morph.morphs_in(self.body, start, start + len(name)) if m.end <= start + len(name)]
        return len(ms) == 2 and ms[0].tag == "NNG" and not ms[0].oov and len(ms[0].form) >= 2 and ms[1].tag == "XSN" \
            and ms[1].form in QUANTITY_SUFFIXES and ms[1].end == start + len(name)

    def cited_word(self, name: str, start: int) -> bool:
        """"'오태겅'으로 적힌 표", "'오태겅'이라고 쓴": a word in single quotation marks cited as a spelling (with 으로
        or 라고 and a verb of writing), that the article never writes outside quotation marks, is a word, not a person."""
        if start == 0 or self.body[start - 1] not in "'‘" or not self.body.startswith(name, start):
            return False
        after = self.body[start + len(name):start + len(name) + 12]
        cited = re.match(r"['’](?:으로|로|이라고|라고) (?P<verb>[가-힣]+)", after)
        if cited is None or not cited.group("verb").startswith(SPELLING_VERBS):
            return False
        return not re.search(r"(?<!['‘가-힣])%s(?!['’])" % re.escape(name), self.body)

    def market(self, org: str | None, end: int) -> bool:
        """Is '시장' a market here: after an abbreviation's gloss ('자유계약선수(FA) 시장') or a word Kiwi reads as a
        common noun ('반도체 시장'), not after a place it would head?"""
        at = self.body.rfind(MARKET_TITLE, 0, end)
        before = self.body[:at].rstrip() if at > 0 else ""
        if before.endswith(")"):
            return True
        word = re.search(r"([가-힣]+)$", before)
        if word is None or not org or org.split()[-1] != word.group(1):
            return False
        return morph.reading(self.body, word.start(1), word.end(1)) in ("common", "nouns") \
            and not word.group(1).endswith(PLACE_ENDINGS)

    def scoped_market(self, start: int) -> bool:
        """'글로벌 전구체 시장에서', '국내 X 시장은': a market's reach right before the word, so the word and '시장' are a
        market of a good, not a name and a mayor."""
        word = re.search(r"([가-힣]+)\s+$", self.body[max(0, start - 8):start])
        return word is not None and word.group(1) in MARKET_SCOPE_WORDS

    def titled_subject(self, name: str, title: str | None, start: int, end: int) -> bool:
        """'옥해진 대변인은 "…': a word shaped as a Korean name right before a table's title that takes the topic or
        subject particle of a clause quoting someone is a name, however Kiwi reads it ('옥/NNG 해지/VV ㄴ')."""
        if not title or title_of(title) is None or not is_korean_name(name) or len(name) != 3 \
                or (name.endswith(VERB_MODIFIER_ENDINGS) and not self.copula_connective(start, start + len(name))) \
                or not self.body.startswith(name, start) or re.match(r"[은는이가]\s", self.body[end - 1:end + 1]) is None:
            return False
        nxt = NEXT_NAME_WORD.match(self.body, start + len(name))
        if nxt and is_korean_name(nxt.group(1)) and morph.reading(self.body, nxt.start(1), nxt.end(1)) == "proper":
            return False  # '이끄는 탁윤 대표는': a name Kiwi reads as one stands between: the word before is the clause's verb
        return re.match(r"[^.?!\n]{0,40}[\"“]", self.body[end:]) is not None  # the quotation of the clause follows

    def copula_connective(self, start: int, end: int) -> bool:
        """'탁이든', '윤이든': a surname and a given name Kiwi reads as a noun, the copula and a connective ending
        (채/NNB 이/VCP 든/EC, 'whether it be') or a noun and the particle of the same sense (윤/NNP 이든/JX); no verb's
        modifier ('만든' 만들/VV ᆫ/ETM) that would end a clause."""
        ms = morph.analysed(self.body).within(start, end)
        return (len(ms) >= 3 and ms[-2].tag == "VCP" and ms[-1].tag == "EC") \
            or (len(ms) == 2 and ms[0].tag.startswith("NN") and ms[1].tag == "JX" and ms[1].form.startswith("이"))

    def surname_run_into_body(self, name: str, org: str, title: str, start: int) -> bool:
        """'그레타 A B C 미술관 관장은 … A 관장은': a foreign given name, then the first word of what was read as the body.
        That word is the surname when the article writes it alone before the post elsewhere and the body without it
        (a body named after other people: 'B C 미술관')."""
        surname, _, rest = org.partition(" ")
        if not rest or not HANGUL.fullmatch(surname) or surname in ORG_WORDS or surname in NOT_NAMES \
                or is_korean_name(surname) or korean_shaped(surname) or not self.body.startswith(f"{name} {org}", start):
            return False
        post = title.split()[0]
        alone_before_post = re.search(rf"(?<![가-힣]){re.escape(surname)} {re.escape(post)}", self.body[start + len(name):])
        return alone_before_post is not None and self.body.count(rest) > self.body.count(f"{surname} {rest}")

    def verb_free(self, org: str | None, start: int) -> str | None:
        """'선거를 치러 국민의힘 오태경 의원', '책임을 물어 오태경 감독과': a verb's connective form Kiwi reads
        before the name ends the clause before it; it and the words before it are no part of the organisation."""
        if not org or " " not in org and not HANGUL.match(org):
            return org
        at = self.body.rfind(org, max(0, start - len(org) - 40), start)
        if at < 0:
            return org
        words = [(w.group(), at + w.start()) for w in re.finditer(r"\S+", org)]
        cut = max((x + 1 for x, (w, s) in enumerate(words)
                   if HANGUL.fullmatch(w) and not w.endswith(ORG_ENDINGS + SCHOOL_ENDINGS)
                   and not (x == 0 and w in FOREIGN_ARTICLES and len(words) >= 3)  # '라 메종 블뢰': no verb '이라'
                   and morph.is_inflected(self.body, s, s + len(w)) and not morph.coined_of_words(self.body, s, s + len(w))), default=0)
        return " ".join(w for w, _ in words[cut:]) or None

    def common_derivative(self, i: int) -> bool:
        """A three-syllable word Kiwi can read as a common noun and a noun-making suffix ('지명권', '복호화',
        '소장가'), with nothing but a particle after it, in speech or at the head of a compound noun ('개인 소장가',
        '드래프트 3라운드 지명권'): a word of the language, not a name. A name can split so too ('이상화'), but
        the article then writes it alone or in a list of names, not in a quotation or after a noun modifying it."""
        word = self.toks[i].stem
        if len(word) != 3 or word in self.persons or not morph.derived_noun(word):
            return False
        k = i
        while k > 0 and NUMBERED_NOUN.fullmatch(self.toks[k - 1].text):
            k -= 1  # '3라운드': a counted noun between the compound's nouns
        return self.toks[i].in_quote or self.compound_head(k)

    def after_kind(self, name: str, kinds: tuple[str, ...]) -> bool:
        """Does the article write the name right after one of the kinds ('도시철도 서부선')? The Hangul word right
        before ' name' (no three Hangul syllables after it), each found as re.finditer would find
        '([가-힣]+) name(?![가-힣]{3})', but by string search: compiling that pattern for each name cost more
        than the rest of the rule."""
        body, key, pos = self.body, f" {name}", 0
        at = body.find(key)
        while at != -1:
            end = at + len(key)
            if at > pos and is_syllable(body[at - 1]) and not (len(after := body[end:end + 3]) == 3 and all(map(is_syllable, after))):
                start = at - 1
                while start > pos and is_syllable(body[start - 1]):
                    start -= 1
                if body[start:at].endswith(kinds):
                    return True
                pos = end  # the next match starts after this one, as finditer's do
                at = body.find(key, pos)
            else:
                at = body.find(key, at + 1)
        return False

    def headed_elsewhere(self, word: str) -> bool:
        """Is the word the body a head's post written elsewhere in the article names ('마루들상인회는' beside a caption's
        '마루들상인회장', '해솔조합은' beside '해솔조합장')? A name takes its title as a word of its own."""
        post = word + "장"
        if post not in self.body and re.escape(post) == post:
            return False  # the plain test first: the pattern is built per word
        return (headed_body(post) == word or title_of(post) is not None) and any(
            strip_particle(w)[0] == post for w in re.findall(rf"(?<![가-힣]){post}[가-힣]*", self.body))

    def closes_single_quoted(self, i: int) -> bool:
        """Does the word at i end a span of up to four words in single quotation marks, with no title or role next to
        it? News marks off so the names of things (a shop, a kiln, a firm, a work); a nickname so marked stands
        beside a person's name, not in its place; an actor's part is the character rules' to judge."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i + 1].text not in SINGLE_CLOSERS or toks[i].particle or self.character(toks[i].end) \
                or self.body.startswith(tuple(CHARACTER_NOUNS), toks[i + 1].end) or COPULA_AFTER.match(self.body, toks[i + 1].end):
            return False  # "'한여름'을 연기했다", "'한여름'역": an actor's part, left to the rules for parts; "이름이
            # '노하람'이라면서": the copula says what the word is, and the sentence whose name it is
        for k in range(i - 1, max(-1, i - 5), -1):
            if toks[k].text in SINGLE_OPENERS:
                return True
            if toks[k].sep or toks[k].particle:
                return False
        return False

    def glued_syllables(self, at: int, n: int) -> bool:
        """Are the n characters from `at` on all Hangul syllables (what [가-힣]{n} matches there)?"""
        part = self.body[at:at + n] if at >= 0 else ""
        return len(part) == n and all(is_syllable(ch) for ch in part)

    def glued_to_body_elsewhere(self, word: str) -> bool:
        """Does the article write the word glued before a body's word or its head's post ('…코리아' after a firm's
        name, '…무역관장' after a city's)? That is a place's or a firm's name; a person's stands apart from them."""
        if word and not any((at == 0 or not is_syllable(self.body[at - 1])) and self.glued_syllables(at + len(word), 2)
                            for at in every_occurrence(self.body, word)):
            return False  # the plain test first (two syllables glued after it): the pattern is built per word
        for m in re.finditer(rf"(?<![가-힣]){re.escape(word)}([가-힣]{{2,}})", self.body):
            rest = strip_particle(m.group(1))[0]
            if rest in FIRM_ENDINGS or rest.endswith(LONG_ORG_ENDINGS + DIPLOMATIC_MISSIONS + SITE_ENDINGS) \
                    or (title_of(rest) is not None and headed_body(rest) not in (None, rest)):
                return True
        return False

    def compound_head_elsewhere(self, word: str) -> bool:
        """Does the article write the word elsewhere glued after a dictionary common noun, as the head of a compound
        noun ('급식배달원' beside '배달원이')? That is a common noun Kiwi does not know; a name stands apart from
        the nouns before it."""
        if not any(at >= 2 and self.glued_syllables(at - 2, 2) for at in every_occurrence(self.body, word)):
            return False  # the plain test first (two syllables glued before it): the pattern is built per word
        for m in re.finditer(rf"(?<![가-힣])([가-힣]{{2,}}){re.escape(word)}", self.body):
            if morph.common_word(m.group(1)):
                return True
        return False

    def short_form_of_body(self, word: str, start: int) -> bool:
        """Is the word a short form of a body the article named before it, unbracketed: its syllables are the body's,
        in order, its last one in the body's ending ('지노위' after '서울지방노동위원회', '중노위' after
        '중앙노동위원회')? A name's syllables are not picked so from one long word."""
        if len(word) < 2 or not HANGUL.fullmatch(word):
            return False
        for m in re.finditer(r"[가-힣]{%d,}" % (2 * len(word)), self.body[:start]):
            full = strip_particle(m.group())[0]
            ending = next((e for e in LONG_ORG_ENDINGS if full.endswith(e)), None)
            if ending is None or word[-1] not in ending or full.startswith(word):
                continue
            rest = iter(full)
            if all(ch in rest for ch in word):
                return True
        return False

    def after_firm_kind(self, name: str) -> bool:
        """Does the article write the name after a kind of firm ('스타트업 다온링크', '제약사 한빛바이오'), or after a
        compound ending in one ('법무법인 가온누리', '회계법인 한마루': a kind of 법인)?"""
        kinds = tuple(FIRM_KINDS) + FIRM_KINDS_BEFORE_NAMES
        at = self.body.find(f" {name}")
        while at != -1:  # the Hangul word right before ' name', when no three Hangul syllables follow the name
            start = at
            while start > 0 and "가" <= self.body[start - 1] <= "힣":
                start -= 1
            after = self.body[at + 1 + len(name):at + 4 + len(name)]
            if start < at and self.body[start:at].endswith(kinds) and not (len(after) == 3 and all("가" <= ch <= "힣" for ch in after)):
                return True
            at = self.body.find(f" {name}", at + 1)
        return False

    def named_firm(self, tok: Tok) -> bool:
        """'해운사 윤슬마린은 …' then '윤슬마린 X 대표': a bare word the article writes after a kind of firm is that firm
        wherever it stands, however it ends ('…마린' ends as a modifier does; '…하이드로' as if with the particle 로)."""
        return not tok.sep and (not tok.particle or tok.particle in FIRM_NAME_FINAL_PARTICLES) \
            and HANGUL.match(tok.text) is not None and len(tok.text) >= 2 and self.after_firm_kind(tok.text)

    def award(self, name: str, start: int) -> bool:
        """'연출상 후보', '남우조연상 수상자': a word ending in 상 whose front is a common noun ('연출', '남우조연'), before
        a word that says it is a prize; a name ending in 상 ('도민상') has no common noun before its 상."""
        if " " in name or len(name) < 3 or not name.endswith(AWARD_ENDING) or not self.body.startswith(name, start):
            return False
        if not AWARD_AFTER.match(self.body, start + len(name)):
            return False
        return morph.reading(self.body, start, start + len(name) - 1) in ("common", "nouns")

    def whole_name_of(self, word: str, start: int) -> str | None:
        """The one person named before in several words whose last or first word this new one-word name is: a later
        mention by the surname ('렌츠' of '마르쿠스 렌츠', '노바크' of '노바크 파벨', a name written surname first),
        not a second person. None if none or several."""
        if " " in word or word in self.persons:
            return None
        inside = {m.person for m in self.mentions if m.kind == "full" and m.start <= start < m.end and m.person
                  and " " in m.person and word in m.person.split()}
        if len(inside) == 1:
            return inside.pop()  # '레' of '레 티 투 씨' read again: a word of the name found there
        before = {m.person for m in self.mentions if m.start < start and m.kind == "full"}
        wholes = [p.name for p in self.persons.values() if " " in p.name and p.name in before
                  and word in (p.name.split()[-1], p.name.split()[0])]
        return wholes[0] if len(wholes) == 1 else None

    def character(self, at: int) -> bool:
        """Does a noun for an actor's part follow body[at:] ('한여름 역을', '한여름(역)은'), or a verb of playing one
        ('한여름을 연기했다')?"""
        if self.body.startswith(("'", "’", '"', "”"), at):
            at += 1  # "'강노을' 역을": the part's name in quotes, then the noun for a part
        return bool(CHARACTER_NOUN.match(self.body, at)) or self.body.startswith(tuple(f"({n})" for n in CHARACTER_NOUNS), at) \
            or self.played_by(at) or bool(PLAYED_PART.match(self.body, at))

    def posted_character(self, at: int) -> bool:
        """Does a post, then a noun for an actor's part, follow body[at:] ('민 박사 역의 배우', '한 형사 역을 맡은')?
        The name before is the part's surname or name."""
        m = POSTED_CHARACTER.match(self.body, at)
        return m is not None and title_like(m.group("post")) is not None

    def played_elsewhere(self, name: str) -> bool:
        """Does the article, anywhere, write the name as a part an actor plays ('한여름 역으로 출연했다')?"""
        if len(name) < 2 or not CHARACTER_NOUN.search(self.body):
            return False
        return any(self.character(end) for end in standalone_ends(self.body, name))

    def played_by(self, at: int) -> bool:
        """'제빵사 노하린(채서윤)이': in an article that speaks of parts ('… 역을 맡았다'), a name glossed with a
        Korean name and nothing else is the part, the gloss the actor playing it; '한가을(여하나 분)', with 분
        ('played by') after the actor, in any article."""
        if _PLAYED_BY_GLOSS.match(self.body, at):
            return True
        gloss = _ACTOR_GLOSS.match(self.body, at)
        return bool(gloss and is_korean_name(gloss.group(1)) and CHARACTER_NOUN.search(self.body))

    def pet_name_of(self, word: str) -> str | None:
        """The person already found whose given name the word is, with the familiar suffix 이
        that Korean adds to a given name ending in a consonant ('태양이' of 봉태양)."""
        if len(word) < 3 or not word.endswith("이") or not HANGUL.match(word):
            return None
        given = word[:-1]
        for p in self.persons.values():
            if " " in p.name or not is_korean_name(p.name):
                continue
            own = p.name[2:] if p.name.startswith(COMPOUND_SURNAMES) and len(p.name) >= 4 else p.name[1:]
            if own == given and (ord(given[-1]) - 0xAC00) % 28:
                return p.name
        return None

    def pet_names(self) -> None:
        """A given name with the familiar 이 found as a person before the rule that found the full name ran
        ('새론이의 서브' and '세터 남궁새론(24)', found by another rule): a short mention of that person, no one else."""
        for name in [n for n, p in self.persons.items() if not p.title and not p.organization]:
            if len(name) < 3 or not name.endswith("이") or not HANGUL.match(name) or not (ord(name[-2]) - 0xAC00) % 28:
                continue
            known = next((q.name for q in self.persons.values() if q.name != name and HANGUL.match(q.name)
                          and 3 <= len(q.name) <= 4 and is_surname(q.name[:len(q.name) - 2]) and q.name.endswith(name[:-1])), None)
            if known is None:
                continue
            del self.persons[name]
            self.mentions = [replace(m, person=known, kind="short") if m.person == name else m for m in self.mentions]

    def role_words_in_bodies(self) -> None:
        """'청솔FC 사령탑 X 감독': the last of several words before a name, one common noun of the dictionary that names
        no body (no body's ending, no body word), is a word for the person's role ('사령탑', '수장'), not the body's."""
        for p in self.persons.values():
            org = p.organization
            if not org or " " not in org or p.role == "reporter":
                continue
            rest, last = org.rsplit(" ", 1)
            at = self.body.find(f"{org} {p.name}")
            if at < 0 or not HANGUL.match(last) or not 2 <= len(last) <= 3 or last in ORG_WORDS or last in COLLECTIVE_NOUNS \
                    or last in BODY_KINDS or last.endswith(ORG_ENDINGS + UNION_ENDINGS + BUILDING_ENDINGS) or title_like(last):
                continue
            w_at = at + len(rest) + 1
            if morph.reading(self.body, w_at, w_at + len(last)) == "common":
                p.organization = rest

    def bodies_before_titled_names(self) -> None:
        """'여울 타이탄스 사령탑 루카 펠리니 감독은': words read as a name whose 'organisation' ends with another person's
        name holding the same title are that person's body: the title is the name's right before it."""
        for name in list(self.persons):
            p = self.persons[name]
            if not p.title or not p.organization or is_korean_name(name) or korean_shaped(name):
                continue
            holder = next((q for q in self.persons.values() if q.name != name and q.title == p.title
                           and p.organization.endswith(" " + q.name) and len(q.name) >= 3), None)
            if holder is None:
                continue
            self.drop_body(name)
            holder.organization = holder.organization or name

    def bodies_before_posted_names(self) -> None:
        """'한빛종 총무원장 가람 스님은', '가온재단 이사장 나하람 목사는': a word taken for a name whose every mention
        is followed by a post and then by another person's name is that person's body, not a person."""
        starts: dict[int, set[str]] = {}
        for m in self.mentions:
            if m.person is not None:
                starts.setdefault(m.start, set()).add(m.person)
        for name in list(self.persons):
            own = [m for m in self.mentions if m.person == name]
            holders: set[str] = set()
            for m in own:
                if not self.body.startswith(name + " ", m.start):
                    break  # '연화종은', '연화종의': a particle after it, used as a person is
                after = POSTED_NAME.match(self.body, m.start + len(name))
                post = after.group("post") if after else None
                if post is None or (title_of(post) is None and post not in CAREFUL_TITLES):
                    continue  # '연화종 총무원 대회의실': a body's word before a noun, no person's
                held = (starts.get(after.start("post"), set()) | starts.get(after.end("post") + 1, set())) - {name}
                if not held:
                    break
                holders |= held
            else:
                if own and len(holders) == 1:
                    holder = self.persons.get(next(iter(holders)))
                    self.drop_body(name)
                    if holder is not None and holder.organization is None:
                        holder.organization = name

    def schools_before_staff(self) -> None:
        """'다온중 하진표 교장은', '누리고 석 감독': news writes a school's short name right before its staff's names; a
        word so ending taken for a person ('우승 후보 누리고를') that the page writes before another titled person is
        the school, and that person's organisation."""
        for name in list(self.persons):
            if not name.endswith(SCHOOL_SHORT_ENDINGS) or " " in name or not HANGUL.fullmatch(name):
                continue
            staff = [q for q in self.persons.values() if q.name != name and q.title and len(q.name) >= 2
                     and f"{name} {q.name}" in self.body]
            if not staff:
                continue
            self.drop_body(name)
            for q in staff:
                q.organization = q.organization or name
        for q in self.persons.values():
            if q.title and not q.organization and q.role != "reporter":
                q.organization = self.school_right_before(q.name)

    def school_right_before(self, name: str) -> str | None:
        """'가람 솔빛고 X 2학년 담임교사': a school's short name written bare right before a titled name, however Kiwi
        cuts the invented part ('솔/빛/고'), with no verb or ending in it ('했다고 X 교수'); with the town before it
        when the article so writes it."""
        if not any(self.body.endswith(SCHOOL_ENDINGS, 0, at) for at in every_occurrence(self.body, f" {name}")):
            return None  # the plain test first (a school's ending right before ' X'): the pattern is built per name
        for m in re.finditer(r"(?:^|(?<=\s))(?:(?P<town>[가-힣]{2,4}) )?(?P<school>[가-힣]{3,7}) %s(?![가-힣])" % re.escape(name),
                             self.body):
            school = m.group("school")
            if not self.school_short_name(school, m.start("school")):
                continue
            ms = morph.morphs_in(self.body, m.start("school"), m.end("school"))
            if any(x.tag[0] in "EVJ" or x.tag in ("MAG", "MAJ") for x in ms):
                continue
            town = m.group("town")
            return f"{town} {school}" if town and town in LOCALITIES else school
        return None

    def groups_and_parts_as_names(self) -> None:
        """'상인회는', '최종회는': a dictionary noun and 회 (a members' association, or an episode or a round) that Kiwi
        cuts as a surname and a given name; one with no post after it and no 씨 anywhere is the group or the part
        ('가온시장 상인회': the market's, no mayor's), while a given name so ending keeps its post ('임종회 의원') or its 씨."""
        for name in list(self.persons):
            p = self.persons[name]
            if len(name) != 3 or not HANGUL.fullmatch(name) or not name.endswith(GROUP_OR_PART_ENDINGS) \
                    or (p.title and f"{name} {p.title}" in self.body) or p.found_by == "name_ssi" or not morph.common_word(name[:2]) or name + HONORIFIC in self.body \
                    or name + " " + HONORIFIC in self.body:
                continue
            self.drop_body(name)

    def first_words_of_known_names(self) -> None:
        """'배우 A, B, 다카세 미즈키가': a word a list took for a name that is, everywhere the page writes it, the first
        word of another person's foreign name of several words is that person, not a second one."""
        for name in list(self.persons):
            whole = next((q.name for q in self.persons.values() if q.name.startswith(name + " ")), None)
            if " " in name or whole is None or self.body.count(name) != self.body.count(whole):
                continue
            del self.persons[name]
            self.mentions = [m for m in self.mentions if m.person != name]

    def in_address(self, start: int, end: int) -> bool:
        """Does the word at body[start:end] end like a unit of an address and stand right after or
        before another word that does, as proper nouns or guesses of Kiwi's ('순창군 장덕리')?"""
        if not self.body[start:end].endswith(ADDRESS_ENDINGS):
            return False
        if self.village(self.body[start:end]):
            return True
        before = re.search(r"(?:^|\s)([\uac00-\ud7a3]{2,8}) $", self.body[max(0, start - 10):start])
        if before and before.group(1) in LOCALITIES and end - start == 2 and self.body[start:end].endswith(CITY_DISTRICTS):
            return True  # '대전 서구', '부산 동구': a city's district by its direction, after the city
        after = re.match(r" ([\uac00-\ud7a3]{2,12})(?=[\s,.]|$)", self.body[end:end + 14])
        for m, at in ((before, max(0, start - 10)), (after, end)):
            if m is None:
                continue
            word = m.group(1)
            if not word.endswith(ADDRESS_ENDINGS):
                word = strip_particle(word)[0]
            implied = (title_of(word) or ("", None))[1]
            if implied and implied.endswith(ADDRESS_ENDINGS) and word.startswith(implied):
                word = implied  # '하동군 화개면장': the head of the township, the county before it
            s = at + m.start(1)
            if word.endswith(ADDRESS_ENDINGS) and morph.reading(self.body, s, s + len(word)) == "proper":
                return True
        return False

    def village(self, word: str) -> bool:
        """'소산리': a village written after its township somewhere in the body ('풍산읍 소산리')."""
        return len(word) >= 2 and word.endswith(VILLAGE_ENDINGS) and any(
            VILLAGE_PARENT.search(self.body, max(0, m.start() - 8), m.start())
            for m in re.finditer(rf"(?<![가-힣]){re.escape(word)}", self.body))

    def stationed_mission(self, name: str, start: int) -> bool:
        """'주호찌민 총영사관': 'stationed in' and a place before a diplomatic mission, not a name."""
        return name.startswith(STATIONED) and len(name) >= 3 and self.body.startswith(name, start) \
            and self.body[start + len(name):].lstrip(" ").startswith(DIPLOMATIC_MISSIONS)

    def verb_form(self, start: int, end: int) -> bool:
        """Does Kiwi read body[start:end] as a common noun made a verb ('지명된': 지명/NNG 되/XSV ㄴ)?"""
        ms = [m for m in morph.morphs_in(self.body, start, end) if m.end <= end]
        return bool(ms) and ms[0].start == start and ms[0].tag == "NNG" and not ms[0].oov \
            and any(m.tag in VERB_FROM_NOUN for m in ms) and not any(m.tag == "NNP" for m in ms)

    def verb_modifier(self, start: int, end: int) -> bool:
        """Does Kiwi read body[start:end] as a verb or adjective stem and a modifier ending only ('몰린': 몰리/VV ㄴ/ETM)?"""
        ms = [m for m in morph.morphs_in(self.body, start, end) if m.end <= end]
        return len(ms) >= 2 and ms[0].start == start and ms[0].tag in ("VV", "VA") and not ms[0].oov \
            and ms[-1].tag == "ETM" and all(m.tag in ("VV", "VA", "EP", "ETM") for m in ms)

    def copula_modifier(self, start: int, end: int) -> bool:
        """Does Kiwi read body[start:end] as a dictionary common noun and the copula's modifier ('모임인': 모임/NNG 이/VCP
        ᆫ/ETM, 'which is a 모임'), after a bare noun it compounds with ('피해자 모임인') and before no post? A clause's
        word then, not a name; a name Kiwi reads so opens its phrase or comes before its post ('기민인 질병관리청장은')."""
        ms = [m for m in morph.morphs_in(self.body, start, end) if m.end <= end]
        if not (len(ms) == 3 and ms[0].start == start and ms[0].tag == "NNG" and not ms[0].oov and len(ms[0].form) >= 2
                and ms[1].tag == "VCP" and ms[2].tag == "ETM" and ms[2].end == end):
            return False
        before = PREVIOUS_WORD.search(self.body, max(0, start - 6), start)
        after = NEXT_WORD.match(self.body, end)
        return before is not None and morph.reading(self.body, before.start(1), before.end(1)) == "common" \
            and not (after and title_like(strip_particle(after.group(1))[0]))

    def team_name(self, name: str, start: int) -> bool:
        """'피츠버그 파이어리츠', '시카고 불스': a city Kiwi knows and a plural ('-s' spelled 스/츠)
        is a team, not a person; a given name in front ('톰 하딩') makes it a person again."""
        words = name.split()
        if len(words) < 2 or not words[-1].endswith(TEAM_PLURAL_ENDINGS) or words[0] in FOREIGN_GIVEN_NAMES \
                or not self.body.startswith(words[0], start):
            return False
        if words[0].endswith(SPONSOR_FIRM_ENDINGS) and len(words[0]) > 2 and not has_foreign_syllable(words[:1]) \
                and words[-1] not in FOREIGN_GIVEN_NAMES:
            return True  # '한울화재 스톰윙스': the sponsoring firm, then the club's nickname (not '… 토마스', a name)
        ms = [m for m in morph.morphs_in(self.body, start, start + len(words[0])) if m.end <= start + len(words[0])]
        return len(ms) == 1 and ms[0].tag == "NNP" and not ms[0].oov

    def alias(self, surname: str, title: str, start: int, end: int, particle: str) -> bool:
        """A short mention such as '백 대표' or '데이비스 CEO': the closest earlier person who fits.
        False when nobody named before fits."""
        fits = [p for p in self.persons.values() if p.name.startswith(surname) or p.name.split()[-1] == surname
                or self.latin_glosses.get(p.name, "").startswith(surname)]
        named_before = {m.person for m in self.mentions if m.start < start and m.person}
        fits = [p for p in fits if p.name in named_before]  # a short mention never refers forward
        if not fits:
            return False
        bare = re.sub(r"\([^)]*\)", "", title)
        titled = [p for p in fits if p.title and (bare in p.title or re.sub(r"\([^)]*\)", "", p.title) in bare
                                                  or bare in (p.title or ""))]
        exact = [p for p in titled if re.sub(r"\([^)]*\)", "", p.title) == bare]
        post = bare.split()[-1] if bare.split() else bare
        if not titled and title != HONORIFIC and self.named_in_full_before(surname, post, start) \
                and self.proved_by_short_mention(surname, post, start, end, particle):
            return True  # '탁지후 의원 … 탁수련 누리청 차장 … 탁 차장은': the one named before with that post
        chosen = exact or titled or fits  # '피 선임연구원' after 피재원 선임연구원 and 피지호 연구원: the one with that title
        if len(chosen) > 1:
            last_seen = {m.person: m.start for m in self.mentions if m.start < start}
            chosen = sorted(chosen, key=lambda p: last_seen.get(p.name, -1), reverse=True)
        person = chosen[0]
        person.aliases.add(f"{surname} {title}")
        if person.title is None and len(fits) == 1 and title != HONORIFIC:
            person.title = held_title(title)  # '윤서진 정부' … '윤 대통령': the title the short mention gives
        self.mentions.append(Mention(person.name, start, end, particle, "short"))
        return True

    # -- patterns ---------------------------------------------------------------------------
    def title_at(self, i: int) -> tuple[int, str, str | None] | None:
        """(index where the title starts, title text, implied organisation) for a title ending at i."""
        tok = self.toks[i]
        if tok.sep:
            return None
        start = i
        found = None
        if i > 0 and not self.toks[i - 1].sep and not self.toks[i - 1].particle:
            two = f"{self.toks[i - 1].text} {tok.stem}"
            if two in MULTIWORD_TITLES or two.replace(" ", "") in MULTIWORD_TITLES:
                found, start = (two, None), i - 1
        found = found or title_of(tok.stem) or self.predicate_title(i) or self.title_after_name(i) \
            or self.post_after_ministry(i) or self.compound_post_after_name(i)
        if not found:
            return None
        title, org = found
        if start > 0 and self.toks[start - 1].text in TITLE_PREFIXES and not self.toks[start - 1].sep:
            start -= 1
            title = f"{self.toks[start].text} {title}"
        return start, title, org

    def title_after_name(self, i: int) -> tuple[str, str | None] | None:
        """A word of titles.toml's careful table ('연출', '담당', '보유자') is a title only right after a name
        ('한서윤 연출은'); elsewhere it is the common noun it also is ('연출이 돋보였다')."""
        tok, prev = self.toks[i], self.toks[i - 1] if i > 0 else None
        if tok.stem not in CAREFUL_TITLES or prev is None or prev.sep or prev.particle:
            return None
        return (tok.stem, None) if is_korean_name(prev.text) or prev.text in self.persons else None

    def compound_post_after_name(self, i: int) -> tuple[str, str | None] | None:
        """'X 평가이사', 'X 입시전략실장': a compound ending in a post the title table lacks is a title right after a
        Korean name found already (so the body before the name is the person's); elsewhere it may be a common noun or
        a body ('유성구 누리우주연구원')."""
        tok, prev = self.toks[i], self.toks[i - 1] if i > 0 else None
        if prev is None or prev.sep or prev.particle or not is_korean_name(prev.text) or prev.text not in self.persons:
            return None  # a word shaped like a name that no rule found as one: a common noun, a district ('…구')
        return title_like(tok.stem)

    def post_after_ministry(self, i: int) -> tuple[str, str | None] | None:
        """'X 국방성 부상', 'X 북한 외무성 제1부상': a DPRK post (person.toml's ministry_posts) is a title right after a
        ministry, a word ending in 성 (省), with a word before it; elsewhere '부상' is an injury or a rise."""
        tok, prev = self.toks[i], self.toks[i - 1] if i > 0 else None
        if tok.stem not in MINISTRY_POSTS or prev is None or prev.sep or prev.particle or i < 2:
            return None
        holder = self.toks[i - 2]  # the name or the country before the ministry: not '안전성 부상' opening a sentence
        if holder.sep or holder.particle:
            return None
        return (tok.stem, None) if len(prev.stem) >= 3 and prev.stem.endswith("성") and HANGUL.match(prev.stem) else None

    def predicate_title(self, i: int) -> tuple[str, str | None] | None:
        """'… 사람이 있다. 김하늘(52) 한빛연구소 소장이다.': a title with the copula that ends its sentence (or its
        clause, before a comma: '… 소장이고,') names the person the sentence is about."""
        tok = self.toks[i]
        if tok.particle or i + 1 >= len(self.toks):
            return None
        if self.toks[i + 1].text == ",":
            ending = next((e for e in CLAUSE_COPULAS if tok.stem.endswith(e) and len(tok.stem) > len(e)), None)
            return title_of(tok.stem[:-len(ending)]) if ending else None  # '… 박사과정생이고, …': a clause joined after
        if self.toks[i + 1].text != ".":
            return None
        for ending in COPULA_ENDINGS:
            if tok.stem.endswith(ending) and len(tok.stem) > len(ending):
                return title_of(tok.stem[:-len(ending)])
        return None

    def township(self, tok: Tok) -> bool:
        """A township, a village or a ward Kiwi knows as one proper noun ('화개면', '봉평읍', '청학동'): with
        the county before it, the body a local post belongs to ('하동군 화개면 이장')."""
        return not tok.sep and not tok.particle and len(tok.text) >= 3 and bool(HANGUL.match(tok.text)) \
            and tok.text.endswith(TOWNSHIP_ENDINGS) and proper_on_its_own(tok.text)

    def body_words_before(self, k: int) -> str | None:
        """The body written before a foreign name in 'body NAME TITLE' ('유타대 보건대학원 마이클 하트 교수'):
        the organisation words before token k, without the country that opens them, the last ending like a body."""
        _, org = self.left_org(k)
        words = org.split() if org else []
        while words and (words[0] in COUNTRY_NAMES or self.country_derived(words[0])):
            words.pop(0)
        return " ".join(words) if words and words[-1].endswith(ORG_ENDINGS) else None

    def left_org(self, j: int) -> tuple[int, str | None]:
        """Organisation words right before index j (exclusive): (first index, text or None)."""
        k = j
        while k > 0 and j - k < MAX_ORG_WORDS and (is_org_word(self.toks[k - 1]) or self.township(self.toks[k - 1])
                                                    or self.compound_word(self.toks[k - 1]) or self.named_firm(self.toks[k - 1])
                                                    or self.proper_body(self.toks[k - 1])) \
                and self.toks[k - 1].text not in FAMILY_WORDS and self.toks[k - 1].text not in DETERMINERS:
            k -= 1  # '장남 김도현 부사장': a son is no organisation
        if k < j and k > 0 and self.toks[k - 1].text in DETERMINERS and not self.toks[k - 1].sep:
            if not self.named_after_pointed(k, j):
                return j, None  # '이 회사 김태민 대표': the firm named before, not a name
            k += 1  # '이 빌라 입주자대표회의 X 회장': the pointed place, then the body of it named in full
        if k == j:
            if j >= 2 and self.toks[j - 1].text == "(" and is_org_word(self.toks[j - 2]):
                return j - 2, self.toks[j - 2].text
            return j, None
        if k > 0 and self.toks[k - 1].text == SAME:
            return k, self.same_body(k, " ".join(t.text for t in self.toks[k:j]))  # '같은 학과 박사과정 표나은 연구원'
        while k < j and (self.toks[k].text in EPITHETS
                         or morph.ends_modifier(self.body, self.toks[k].start, self.toks[k].end)):
            k += 1  # '사령탑 X 감독': what the person is; '연구를 이끈 …': the clause's verb, no word of a body
        if k < j and self.toks[j - 1].text in PORTFOLIO_WORDS \
                and not any(t.text.endswith(ORG_ENDINGS) or t.text in ORG_WORDS for t in self.toks[k:j - 1]):
            return j, None  # '하드웨어 총괄 X 상무': the person's portfolio, no body ('누리증권 유통 담당' keeps its body)
        if k == j:
            return j, None
        return k, " ".join(t.text for t in self.toks[k:j])

    def named_after_pointed(self, k: int, j: int) -> bool:
        """'이 빌라 입주자대표회의 X 회장', '그 마을 청년회 X 회장': the word after the determiner is the place or body
        pointed back to, and the last word before the name a body of it named by its own ending (a name before the
        ending), so the body; '이 회사 X 대표' and '이 회사 노조 X' name nothing but the kind."""
        last = self.toks[j - 1].text
        ending = next((e for e in POINTED_PLACE_BODY_ENDINGS if last.endswith(e)), None)
        return j - k >= 2 and ending is not None and len(last) >= len(ending) + 2 and HANGUL.fullmatch(last) is not None \
            and title_like(last) is None and not self.toks[k].particle

    def joint_title_end(self, i: int, tok: Tok) -> tuple[int, str]:
        """'경제부총리 겸 기획재정부 장관은': a second post joined by 겸; its particle is the person's."""
        toks = self.toks
        if not tok.particle and title_of(tok.stem) is None and self.predicate_title(i) is not None:
            return tok.end, "이"  # '… 소장이다': the sentence is about the person, as a subject would be
        if not tok.particle and i + 1 < len(toks) and toks[i + 1].text == "(" and toks[i + 1].start == tok.end:
            close = next((k for k in range(i + 2, min(len(toks), i + 9)) if toks[k].text == ")"), None)
            if close is not None and close + 1 < len(toks) and toks[close + 1].start == toks[close].end \
                    and toks[close + 1].text in SUBJECT_PARTICLES:
                return toks[close].end, toks[close + 1].text  # '… 총학생회장(경영학과 4학년)은': the gloss is the title's
        if tok.particle or i + 2 >= len(toks) or toks[i + 1].text != JOINT_TITLE:
            return tok.end, tok.particle
        for k in range(i + 2, min(len(toks), i + 2 + MAX_ORG_WORDS + 1)):
            if toks[k].sep:
                break
            if title_of(toks[k].stem):
                return toks[k].end, toks[k].particle
            if not is_org_word(toks[k]):
                break
        return tok.end, tok.particle

    def scan(self) -> None:
        toks = self.toks
        for i, tok in enumerate(toks):
            if tok.sep:
                continue
            if ANONYMIZED.match(tok.stem):  # 'A씨', '김모씨': a person the article does not name
                self.add(tok.stem, None, None, "anonymized", tok.start, tok.end, tok.particle)
                continue
            if tok.stem.endswith(HONORIFIC) and is_surname(tok.stem[:-1]) and not tok.in_quote:
                self.alias(tok.stem[:-1], HONORIFIC, tok.start, tok.end, tok.particle)  # '맹씨는': 맹준기(41)씨 named before
                if self.mentions and self.mentions[-1].start == tok.start:
                    continue
            if tok.stem.endswith(HONORIFIC) and len(tok.stem) >= 3:
                name = tok.stem[:-1]
                if HANGUL.match(name) and name[0] in SURNAMES and 2 <= len(name) <= 5 and name not in NOT_NAMES \
                        and not name.endswith(HONORIFIC) and not self.owns_titled_name(i):
                    # not '…피씨씨': an acronym spelling C; not '…이앤씨의 X 대표': a firm (E&C) whose head is named
                    title, org = self.role_before_ssi(i)  # '미술평론가 어윤희씨는'
                    self.add(name, title, org, "name_ssi", tok.start, tok.end, tok.particle)
                    continue
            if i + 1 < len(toks) and not toks[i + 1].sep and f"{tok.text} {toks[i + 1].stem}" in MULTIWORD_TITLES:
                continue  # the longer title that ends on the next word wins
            hit = self.title_at(i)
            if hit is None or self.post_held(i):
                continue  # '한빛상사 상무를 맡고 있는': the body's post someone holds
            ts, title, implied_org = hit
            after = toks[i + 1] if i + 1 < len(toks) else None
            then = toks[i + 2] if i + 2 < len(toks) else None
            if not tok.particle and after is not None and not after.sep \
                    and (after.particle or then is None or then.sep or not title_like(then.stem)) and (self.foreign_word(after) or (
                    is_korean_name(after.stem) and morph.reading(self.body, after.start, after.start + len(after.stem)) == "proper")
                    or self.aged_or_honoured_name(after)):
                continue  # '시리아 외무장관 타리크 알마흐문은': the title is the next name's
            j = ts - 1
            if j >= 1 and self.latin_name_title(i, j, title, implied_org):
                continue
            if j < 0 or toks[j].sep or (toks[j].particle and not is_korean_name(toks[j].text)
                                        and toks[j].text not in PROVINCIAL_GOVERNMENTS):
                continue  # (a province's name ends in 도, read as a particle: '전북특별자치도 미래산업국장')
            if toks[j].particle in JOINING_PARTICLES and morph.common_word(toks[j].stem):
                continue  # '신자와 사제 등': a common noun joined to the title's noun, no name ending in 와
            if any(t.text == JOINT_TITLE for t in toks[max(0, j - 1):j + 1]):
                continue  # the second of two posts ('부총리 겸 기획재정부 장관'): the first one's rule takes both
            end, particle = self.joint_title_end(i, tok)
            joint = self.joint_post(i)
            if joint is not None:
                title, implied_org = f"{title} {joint[1]}", implied_org or joint[2]
            left = toks[j].text
            if title == HONORIFIC and left in self.persons:
                continue  # '광희 씨': the name is the word before 씨, found already
            if left in UNIT_BACK_REFERENCES and j > 0 and not toks[j - 1].sep and not toks[j - 1].particle \
                    and (is_korean_name(toks[j - 1].text) or korean_shaped(toks[j - 1].text)) and self.unit_named(left):
                self.add(toks[j - 1].text, title, left, "name_org_title", toks[j - 1].start, end, particle)
                continue  # '공서윤 도 경제부지사': a name, then the province named before by its unit alone
            # surname + title: a short mention of someone named before ('김 대표', '남궁 의원')
            if is_surname(left):
                if not self.alias(left, title, toks[j].start, end, particle):
                    self.untold.append((left, title, toks[j].start, end, particle))
                continue
            if len(left) == 1 and HANGUL.match(left) and not toks[j].particle:
                self.unlisted_surnames.append((left, title, toks[j].start, end, particle))
            if INITIAL.fullmatch(left) and title != HONORIFIC and not toks[j].particle:
                self.add(f"{left} {title}", title, None, "anonymized", toks[j].start, end, particle)
                continue  # 'A 경장은': a person the article names by an initial and the post
            if j > 0 and self.known_name_ending_at(j - 1):
                continue  # '타리크 마흐문 시리아 외무장관': the word before the title is the named person's organisation
            if title in REGIONAL_POSTS and j > 0 and not toks[j - 1].sep and not toks[j - 1].particle \
                    and self.foreign_word(toks[j - 1]):
                continue  # '에밀리 웰스 유타 주지사': the place after a foreign name, before the post heading it
            known = self.known_name_ending_at(j)
            if known:
                name, k = known
                org = implied_org or self.body_words_before(k)
                self.add(name, title, org, "known_name_title", toks[k].start, end, particle)
                continue
            if left in {p.name.split()[-1] for p in self.persons.values() if " " in p.name}:
                self.alias(left, title, toks[j].start, end, particle)
                continue
            # 'name org title' or 'org name title'? Weigh how name-like and how organisation-like each word is.
            prev = toks[j - 1] if j > 0 and not toks[j - 1].sep else None
            # a word with a particle ('주심은') is a name only when Kiwi reads it whole as one ('오정만은' is not 오정+만은)
            prev_score = name_score(prev.text) if prev and (not prev.particle or (
                is_korean_name(prev.text) and morph.reading(self.body, prev.start, prev.end) == "proper")) else 0
            org_like_left = (left.endswith(ORG_ENDINGS) and not is_korean_name(left)) or unit_of_post(left, title)
            score_b = name_score(left) + (1 if prev and prev.text.endswith(ORG_ENDINGS) else 0)
            score_a = prev_score + (1 if org_like_left else 0)
            if self.local_government_after_name(j, title):
                score_a = max(score_a, score_b + 1)  # '정하린 가람구 …과장': the name first, then the district it serves
            if prev is not None and not prev.particle and prev.text in FOREIGN_GIVEN_NAMES and left not in ORG_WORDS \
                    and not morph.common_word(left) and self.foreign_name_org_title(j, title, end, particle):
                continue  # '녹색당 자비네 피셔 의원': a foreign given name and its surname, whatever the surname looks like
            if self.club_after_name(prev, left):
                self.add(prev.text, title, left, "name_org_title", prev.start, end, particle)
                continue  # '마상국 한밭 감독은' … '한밭은 이겼다': the club the article names on its own
            if len(left) == 2 and prev is not None and not prev.particle and has_foreign_syllable([prev.text]) \
                    and not is_korean_name(prev.text) and self.foreign_name_org_title(j, title, end, particle):
                continue  # '리사 몰리나 연준 이사': a foreign name, then a two-syllable short form of its body
            if title in SERVICE_RANKS and not is_korean_name(left) and korean_shaped(left) and not toks[j].particle \
                    and morph.reading(self.body, toks[j].start, toks[j].end) == "proper":
                score_b = 2  # '채윤성 소방장': before a rank, a surname and two syllables is a name whatever its ending
            title_shaped = self.title_shaped_name(j)
            if title_shaped:
                score_b = 2  # '나소위 부위원장은': a surname glued to a rank, then a post, is a name
            if left.endswith(MODIFIER_ONLY_ENDINGS) and morph.reading(self.body, toks[j].start, toks[j].end) == "other":
                continue  # '빠짐없이 나오는 선수': a verb's modifier form describes the person, no name
            if self.party_member_long_name(j, title):
                score_b = 2  # '새빛당 탁온새봄 의원': a party, a surname and three syllables, then the member's post
            if self.apposition_word(left) and morph.reading(self.body, toks[j].start, toks[j].end) == "other":
                continue  # '팀 주장인 포수 X': a role with the copula's 인 says what the person is, no name
            if (is_korean_name(left) or score_b == 2 and (title in SERVICE_RANKS or title_shaped or long_korean_name(left))) \
                    and score_b >= score_a \
                    and not (prev and prev.text in BODY_KINDS):
                if self.family_name_first(j):
                    name, owner = f"{toks[j - 1].text} {left}", self.owner_of_family_name(j - 1)
                    self.add(name, title, owner, "foreign_name_title", toks[j - 1].start, end, particle)
                    continue
                k, org = self.left_org(j)
                org = org or self.affiliated(j, titled=False) or self.possessor_before(j)  # '… 구조대 소속 채윤성 소방장은'
                if NUMBERED_RANK.match(title) and org and (role := self.left_role(j)) is not None:
                    title, org = role  # '해설위원 오서진 7단': the post the article gives before the name, not the grade
                elif title == HONORIFIC and (role := self.left_role(j, suffixed=True, apposed=True)) is not None:
                    title, org = role[0], role[1] or org  # '생명공학과 박사과정생 X 씨다': the role before the name
                # two syllables and nothing else around it ('조합 회장', '노조 위원장') is a common noun
                # far more often than a two-syllable name: it needs an organisation or a caption list
                if len(left) > 2 or org or implied_org or (j > 0 and toks[j - 1].text in LIST_OPENERS | {","}):
                    self.add(left, title, org or implied_org, "org_name_title" if org else "name_title",
                             toks[j].start, end, particle)
                    self.shared_title(k, title)
                    continue
            if self.name_org_title(j, title, implied_org, end, particle):
                continue
            if not self.foreign_name_org_title(j, title, end, particle):
                self.leader_surname(j, title, end, particle)

    def owns_titled_name(self, i: int) -> bool:
        """Does the word at i, with 의, stand before a name and its title ('가람이엔씨의 도하늬 대표')? A person's
        name with 씨 is not written so; a body is, whose post the title is."""
        toks = self.toks
        return toks[i].particle == "의" and i + 2 < len(toks) and not toks[i + 1].sep and not toks[i + 1].particle \
            and is_korean_name(toks[i + 1].stem) and not toks[i + 2].sep and title_of(toks[i + 2].stem) is not None

    def tok_at(self, offset: int) -> int | None:
        return next((x for x, t in enumerate(self.toks) if t.start == offset), None)

    def rename(self, old: str, new: str, start: int) -> Person:
        """The person found as `old` is `new`, first named at `start` (a foreign name found in part): one person,
        the mentions of both kept."""
        p = self.persons.pop(old)
        known = self.persons.get(new)
        if known is None:
            known = self.persons[new] = Person(new, p.title, None, p.role, p.found_by, start)
        else:
            known.title = known.title or p.title
        self.mentions = [replace(m, person=new, start=min(m.start, start)) if m.person == old and m.start == p.first_offset
                         else replace(m, person=new) if m.person == old else m for m in self.mentions]
        return known

    def possessor_bodies(self) -> None:
        """'청솔그룹 A 회장과 노바텍의 피터 한센 최고경영자가': a word with 의 right before a titled name is that person's
        body, however it is shaped (a name never stands so before another's name and post); found untitled as a
        person ('노바텍', and the list's '과' before it), it is none, and it is the organisation of the name."""
        starts = {m.start: m.person for m in self.mentions if m.kind == "full"}
        for name, p in list(self.persons.items()):
            if p.title or p.organization or " " in name:
                continue
            own = [m for m in self.mentions if m.person == name]
            if not own or any(m.particle != "의" for m in own):
                continue
            after = [self.persons.get(starts.get(m.end + 1, "")) for m in own]
            if not all(q is not None and q.title and q.name != name for q in after):
                continue
            self.drop_body(name)
            for q in after:
                q.organization = q.organization or name

    def japanese_surname_before(self, name: str, org: str | None, at: int) -> str | None:
        """The Japanese surname written right before a given name found alone ('하야카와 신지 교수' read as 신지 of a body
        하야카와): a bare word of three syllables or more ending as Japanese surnames do in two syllables (카와, 야마,
        모토, 사키 …), no word a dictionary or the body tables know, either unclaimed or taken as the name's body."""
        if " " in name or not 2 <= len(name) <= 3 or at <= 0 or (len(name) == 3 and is_korean_name(name)):
            return None  # ('한빛모토 신지호 대표': a Korean name in full, its firm before it)
        before = PREVIOUS_WORD.search(self.body, max(0, at - 8), at)
        word = before.group(1) if before is not None else None
        if word is None or len(word) < 3 or not word.endswith(JAPANESE_LONG_ENDINGS) or not self.body.startswith(f"{word} {name}", at - len(word) - 1) \
                or (org is not None and org != word) or word in ORG_WORDS or word in self.persons or morph.common_word(word) \
                or word.endswith(LONG_ORG_ENDINGS):
            return None
        return word

    def foreign_name_parts(self) -> None:
        """A given-first foreign name found in two parts: '에밀리 브론 교수' read as the name 브론 of a body 에밀리, or
        '마리아 페레스 활동가' as 마리아 of a body 페레스. A common foreign given name right before or after the
        name with no particle between is the other half of one name; the body of the whole is the one before it
        ('유타대 해양학과 에밀리 하퍼 교수', '센터의 마리아 페레스 활동가')."""
        for name, p in list(self.persons.items()):
            if name not in self.persons or " " in name or p.first_offset < 0 or not self.body.startswith(name, p.first_offset):
                continue
            glued = GLUED_SSI_WORD.match(self.body, p.first_offset + len(name))
            if glued and not p.organization and self.glued_surname(glued.group(1)):
                self.rename(name, f"{name} {glued.group(1)}", p.first_offset)
                self.given_name_mentions(f"{name} {glued.group(1)}", glued.end())
                continue  # '도예가 마리 뒤부아씨는': the surname, with 씨 glued to it, ends the name ('뒤부아씨가' later)
            org = p.organization
            at = p.first_offset
            if (surname := self.japanese_surname_before(name, org, at)) is not None:
                q = self.rename(name, f"{surname} {name}", at - len(surname) - 1)
                q.organization = None if q.organization == surname else q.organization
                continue  # '하야카와 신지 교수', '요시카와 미호 씨': a Japanese surname, then a given name shaped as Korean
            if not org or " " in org:
                continue
            if len(org) == 1 and len(name) >= 2 and org not in ORG_WORDS and HANGUL.match(org) and p.title \
                    and org not in ORG_ENDINGS + ADDRESS_ENDINGS and org not in UNIT_BACK_REFERENCES \
                    and self.body.startswith(f"{name} {org} ", at) and morph.reading(self.body, at, at + len(name)) == "proper":
                q = self.rename(name, f"{name} {org}", at)  # '하산 칸 센터장': no body is one syllable; a surname is
                # (Kiwi reads the first word whole as a proper noun: not '라온 켄 감독', a club's two nouns)
                k = self.tok_at(at)
                q.organization = (self.body_before(k) or self.possessor_before(k)) if k else None
                continue
            if org in FOREIGN_GIVEN_NAMES and self.body.startswith(f"{org} {name}", at - len(org) - 1):
                whole, start = f"{org} {name}", at - len(org) - 1
            elif len(name) == 2 and self.body.startswith(f"{name} {org} ", at) and self.foreign_surname_after(org, at + 3) \
                    and (len(org) > 1 or morph.reading(self.body, at, at + len(name)) == "proper"):
                whole, start = f"{name} {org}", at  # '마리 뒤부아 센터장': a word Kiwi does not know is no body
            elif name in FOREIGN_GIVEN_NAMES and self.body.startswith(f"{name} {org} ", at) and org not in ORG_WORDS \
                    and not org.endswith(LONG_ORG_ENDINGS) and has_foreign_syllable([org]) | (not morph.common_word(org)):
                whole, start = f"{name} {org}", at
            else:
                continue
            q = self.rename(name, whole, start)
            k = self.tok_at(start)
            if k is not None and not q.organization:
                q.organization = self.body_before(k) or self.possessor_before(k)

    def foreign_surname_after(self, word: str, at: int) -> bool:
        """Is the word at `at`, after a two-syllable name and before its title, a foreign surname rather than a
        body: none of a body's endings or words (nor a firm's trade, '…코리아', '…모터스'), unknown to Kiwi or with a
        loanword's syllable?"""
        return not word.endswith(ORG_ENDINGS + PLACE_ENDINGS) and word not in ORG_WORDS and word not in COUNTRY_NAMES \
            and not body_word_after_name(word) and self.glued_surname(word) and (has_foreign_syllable([word]) or morph.unknown(self.body, at, at + len(word))
                                              or morph.reading(self.body, at, at + len(word)) == "proper")

    @staticmethod
    def glued_surname(word: str) -> bool:
        """The second word of a foreign name written with 씨 glued to it ('뒤부아씨'): not a Korean name, a title, a
        role or a word ending in 씨 of the dictionary ('아저씨', '솜씨')."""
        return not is_korean_name(word) and not korean_shaped(word) and not is_surname(word) and word not in NOT_NAMES \
            and not title_like(word) \
            and not is_person_noun(word) and not morph.common_word(word + HONORIFIC) \
            and (len(word) == 1 or not morph.common_word(word))  # '칸씨': one syllable is no word of its own here

    def foreign_bodies_before(self) -> None:
        """'유타대 해양학과 에밀리 하퍼 교수', '센터의 피터 한센 대표': a body right before a titled foreign name (two
        words or more) the title rules left without one."""
        for name, p in self.persons.items():
            if " " not in name or not p.title or p.organization or p.first_offset < 0 or p.role == "reporter":
                continue
            k = self.tok_at(p.first_offset)
            if k is not None and k > 0:
                p.organization = self.body_before(k) or self.possessor_before(k) or self.department_before(k)

    def department_before(self, k: int) -> str | None:
        """'한빛공대 기계공학과 X Y 교수': the department right before the name (Kiwi reads its 과 as 'and' before a
        name it does not know), with the school's words before it."""
        t = self.toks[k - 1]
        if t.sep or t.particle not in JOINING_PARTICLES or not t.text.endswith(DEPARTMENT_ENDINGS):
            return None
        first = self.left_org(k - 1)[0]
        while first < k - 1 and (morph.ends_modifier(self.body, self.toks[first].start, self.toks[first].end)
                                 or morph.is_inflected(self.body, self.toks[first].start, self.toks[first].end)):
            first += 1  # '연구를 이끈 …': the clause before the school is none of it
        return " ".join(x.text for x in self.toks[first:k])

    def firms_in_ssi(self) -> None:
        """'가람이엔씨는 …' and later '도하늬 가람이엔씨 대표': a word ending in 씨 that is someone's organisation is a
        firm (E&C, C&C), so the person found in it ('가람이엔' and 씨) is none; nor is the whole word, untitled,
        when no Korean name is shaped so."""
        bodies = {p.organization for p in self.persons.values() if p.organization}
        for name, p in list(self.persons.items()):
            if p.found_by == "name_ssi" and name + HONORIFIC in bodies:
                self.drop_body(name)
                self.firms.add(name + HONORIFIC)
            elif name.endswith(HONORIFIC) and name in bodies and not p.title and not is_korean_name(name):
                self.drop_body(name)

    def latin_name_title(self, i: int, j: int, title: str, implied_org: str | None) -> bool:
        """'Daniel Cho(조다니엘) 최고기술책임자가': a name in Latin letters, two or three capitalised words, with
        its Hangul spelling in brackets or not, before a title. '조 CTO' later is a short mention of it."""
        toks, k, gloss = self.toks, j, None
        if toks[k].text == ")" and k >= 3 and toks[k - 2].text == "(" and HANGUL.match(toks[k - 1].text):
            gloss, k = toks[k - 1].text, k - 3
        words = []
        while k >= 0 and len(words) < 3 and LATIN_NAME_WORD.match(toks[k].text) and not toks[k].particle:
            words.insert(0, toks[k])
            k -= 1
        if len(words) < 2:
            return False
        name = " ".join(t.text for t in words)
        end, particle = self.joint_title_end(i, toks[i])
        self.add(name, re.sub(r"\([^)]*\)", "", title), implied_org, "latin_name_title", words[0].start, end, particle)
        if gloss and name in self.persons:
            self.latin_glosses[name] = gloss
        return True

    def club_after_name(self, prev: Tok | None, left: str) -> bool:
        """'마상국 한밭 감독': a three-syllable proper noun with a surname in front, then a two-syllable
        word the article writes on its own as a subject or topic ('한밭은 이겼다'), as a club or a firm
        is and a person named in full is not, before a title: name, organisation, title."""
        if prev is None or prev.sep or prev.particle or len(prev.text) != 3 or prev.text[0] not in SURNAMES \
                or not HANGUL.match(prev.text) or prev.text in NOT_NAMES or len(left) != 2 or left in self.persons:
            return False
        return morph.reading(self.body, prev.start, prev.end) == "proper" and self.stands_alone(left)

    def known_name_ending_at(self, j: int) -> tuple[str, int] | None:
        """A multi-word name already found that ends at token j ('마틴 레이 홀랜드 CEO는')."""
        for p in self.persons.values():
            parts = p.name.split()
            if len(parts) > 1 and j - len(parts) + 1 >= 0:
                k = j - len(parts) + 1
                if [t.text for t in self.toks[k:j + 1]] == parts:
                    return p.name, k
        return None

    def party_member_long_name(self, j: int, title: str) -> bool:
        """'새빛당 탁온새봄 의원은': a surname and a three-syllable given name, outside the name shape in open text, is a
        name between a party (one ending in 당, or named otherwise: party_names) and a member's post (or a party's
        post), where nothing but a name stands."""
        left = self.toks[j]
        prev = self.toks[j - 1] if j > 0 else None
        return long_korean_name(left.text) and not left.particle and prev is not None and not prev.sep \
            and not prev.particle and (prev.text.endswith(PARTY_ENDINGS) or prev.text in affiliation.PARTY_NAMES) \
            and (title == MEMBER_TITLE or is_party_post(title))

    def name_org_title(self, j: int, title: str, implied_org: str | None, end: int, particle: str) -> bool:
        """name org… title: a Korean name one to three organisation words before the title."""
        for k in range(j - 1, max(-1, j - 1 - MAX_ORG_WORDS), -1):
            if self.toks[k].sep or (self.toks[k].particle and not is_korean_name(self.toks[k].text)
                                    and self.toks[k].text not in PROVINCIAL_GOVERNMENTS):
                return False
            word = self.toks[k].text
            if self.japanese_given_name(k):
                return False  # '아오지사와 료타 … 총재': the second word of a Japanese name, the foreign name rule's
            if (is_korean_name(word) or self.unit_shaped_name(k, j) or self.title_shaped_name(k)
                    or (long_korean_name(word) and self.opening_at(self.toks[k].start))) \
                    and all(is_org_word(t) for t in self.toks[k + 1:j + 1]) \
                    and not (len(word) == 2 and word.endswith(PLACE_ENDINGS)) \
                    and (not morph.ends_modifier(self.body, self.toks[k].start, self.toks[k].end)
                         or self.titled_subject(word, title, self.toks[k].start, end)) \
                    and (not morph.is_inflected(self.body, self.toks[k].start, self.toks[k].end)  # '사실은'
                         or self.name_read_as_connective(self.toks[k].start, self.toks[k].end)
                         or self.name_misread_opening(word, self.toks[k].start)):
                org = " ".join(t.text for t in self.toks[k + 1:j + 1])
                self.add(self.toks[k].text, title, org, "name_org_title", self.toks[k].start, end, particle)
                return True
            if not is_org_word(self.toks[k]) and not is_foreign_word(self.toks[k].text):
                return False
        return False

    def unit_shaped_name(self, k: int, j: int) -> bool:
        """'주효국 누리전자 대표': a surname and two syllables ending as a unit does ('…국', '…실'), its first two a word,
        right before a body's name and a title: a unit stands after the body it belongs to ('누리방송 보도국'), never
        before another body, so the word is a name."""
        t = self.toks[k]
        return k < j and not t.particle and korean_shaped(t.text) and t.text.endswith(GIVEN_NAME_BODY_ENDINGS) \
            and t.text not in ORG_WORDS and t.text not in NOT_NAMES and not morph.common_word(t.text) \
            and (k == 0 or self.toks[k - 1].sep or bool(self.toks[k - 1].particle))

    def title_shaped_name(self, k: int) -> bool:
        """'나소위 부위원장은', '문대위 씨', '나소위 전국노조연맹 위원장': a surname glued to a word for a person ('소위',
        '수석', '명인'), which Kiwi reads as the surname and that noun, before a title (right after it or past the body's
        words). News writes a surname and a rank apart ('나 소위') and never puts a second title after a first, so the
        glued word is a name whose given name is also a word for a person. A word that is a title whole ('이사장',
        '부회장') or a compound Kiwi knows as a common noun ('여교사') is no name."""
        t = self.toks[k]
        word = t.text
        if t.sep or t.particle or len(word) != 3 or word[0] not in SURNAMES or word[1:] not in PERSON_WORDS \
                or word in NOT_NAMES or title_of(word) is not None or not HANGUL.match(word):
            return False
        ms = morph.analysed(self.body).within(t.start, t.end)
        return (len(ms) == 2 and ms[0].tag == "NNP" and ms[0].form == word[0] and ms[1].form == word[1:]) \
            or (len(ms) == 1 and ms[0].tag == "NNP" and ms[0].form == word)  # ('탁중위': one proper noun to Kiwi)

    def name_read_as_connective(self, start: int, end: int) -> bool:
        """'팽하나 누리전자 단장은': a name Kiwi reads as a verb with a connective ending (팽/MAG 하/VV 나/EC), but no
        ending news joins clauses with ('…하며', '…하고', '…하자'): before a body and a title, a name."""
        ms = morph.analysed(self.body).within(start, end)
        return bool(ms) and ms[-1].tag == "EC" and not self.body[start:end].endswith(CLAUSE_CONNECTIVES)

    def name_misread_opening(self, name: str, start: int) -> bool:
        """'추하나 시의원은', '유진은 교수는': a surname and two syllables right before a title, which Kiwi reads as a
        word and a particle or a connective ending (추하/VA 나/EC, 유진/NNP 은/JX), opening its clause: at a sentence's
        start, or after a bare word with no particle. A clause's own predicate ('값은 비싸나 X 대표는') has its
        subject before it, with a particle."""
        if len(name) != 3 or not is_korean_name(name) or name.endswith(CLAUSE_CONNECTIVES):
            return False
        ms = morph.analysed(self.body).within(start, start + len(name))
        if self.last_syllable_read_as_particle(name, ms, start):
            return True
        if ms and ms[-1].tag == "JX" and ms[-1].form in CONTRACTED_PARTICLES and all(m.tag in ("NNG", "NNP") for m in ms[:-1]):
            return self.opening_at(start)  # '감사훈': 감사/NNG 후/NNG ᆫ/JX, a spoken 는 news never writes: the name's last consonant
        if not ms or ms[-1].tag not in ("EC", "JX", "JC") or name[:ms[-1].start - start] in NOT_NAMES \
                or (ms[-1].tag == "JX" and (ms[-1].form not in ("은", "는") or morph.common_word(name[:ms[-1].start - start])
                                            or morph.reading(self.body, start, ms[-1].start) == "common")):
            return False  # not '이번에', '사실은': a word and the particle of an adverb; not '한빛도': 'also'
        return self.opening_at(start)

    @staticmethod
    def last_syllable_read_as_particle(name: str, ms: tuple[morph.Morph, ...], start: int, modifier: bool = False) -> bool:
        """'허연도 한결대 교수', '하사랑 점장이', '상하나 비서실장': a surname and two syllables right before a post, which Kiwi
        cuts into a word of two syllables and, on the last one, a particle or the copula ('허연/NNP 도/JX', '하사/NNG 랑/JC',
        '오주/NNP 이/VCP ᆫ/ETM'), the two no word of the dictionary, common or proper. 'Also', 'or' and 'and' (misread_name_particles) are
        seldom written straight before a bare post after a word no dictionary has, a name is; a dictionary word may take
        them ('가족도 대표는', '지도나 대표를'), a case particle is the word's own ('사람이 대표') and a topic is
        name_misread_opening's to weigh ('사실은 대표는'). A copula's modifier ('동문인 대표') is a name's misreading only
        with modifier."""
        cut = start + len(name) - 1
        tail = [m for m in ms if m.start >= cut]
        if not tail or tail[0].start != cut or not any(m.end == cut for m in ms) \
                or not (tail[0].tag == "VCP" or (tail[0].tag.startswith("J") and tail[0].form in MISREAD_NAME_PARTICLES)) \
                or not all(m.tag.startswith(("J", "E", "VCP")) for m in tail):
            return False  # a case particle ('사람이 대표', '사태의 경위', '진천의 대표') is the word's own
        if tail[0].tag == "VCP" and tail[-1].tag == "ETM" and not modifier:
            return False
        stem = name[:-1]
        if morph.common_word(stem) or proper_on_its_own(stem) or stem in LOCALITIES:
            return False  # '가족도 대표는': 'the family, too'; '지도나 대표를': 'a map or'; '진보 성향인 정부'; '김해도 누리대
            # 교수가 많다': a place Kiwi knows, 'too'
        return stem not in NOT_NAMES and stem not in ORG_WORDS and title_like(stem) is None and not is_person_noun(stem)

    def opening_at(self, start: int) -> bool:
        """Does the word at start open its clause (at a sentence's start, after a bare word with no particle, or
        after a body with 의), where a name before a title stands?"""
        k = self.tok_at(start)
        if k is None:
            return False
        prev = self.toks[k - 1] if k > 0 else None
        if prev is not None and prev.particle == "의" and not prev.sep and prev.stem not in self.persons \
                and prev.stem not in FAMILY_WORDS and prev.stem not in DETERMINERS and prev.stem not in NOT_NAMES:
            return True  # '법무법인 솔빛의 유진은 변호사는': the body whose post it is, with 의
        return prev is None or prev.sep or (not prev.particle and not morph.is_inflected(self.body, prev.start, prev.end)
                                             and not is_korean_name(prev.text))  # not 'A 한빛도 실장': A's body

    def particle_in_name(self, tok: Tok) -> bool:
        """Does a foreign word only seem to end in a particle ('모리카와' is no 모리카 + 와)? Kiwi reads it whole as a name."""
        return bool(tok.particle) and is_foreign_word(tok.text) and morph.reading(self.body, tok.start, tok.end) == "proper"

    def surname_ending_ga(self, k: int) -> bool:
        """'파블로 오르베가 멕시코 재무장관': a foreign surname ending in 가, which Kiwi cuts as a subject particle, between a
        bare foreign given name and a bare word: a subject is not followed by the words of another titled name."""
        toks = self.toks
        t = toks[k]
        return t.particle == "가" and 0 < k < len(toks) - 1 and len(t.text) >= 3 and has_foreign_syllable([t.stem]) \
            and is_foreign_word(t.text) and not is_korean_name(t.stem) and not toks[k + 1].sep and not toks[k + 1].particle \
            and not toks[k - 1].sep and not toks[k - 1].particle and self.foreign_word(toks[k - 1])

    def foreign_name_org_title(self, j: int, title: str, end: int, particle: str) -> bool:
        """A Hangul-spelled foreign name followed by its organisation, from the start of a list item."""
        b = j
        while b > 0 and not self.toks[b - 1].sep and (not self.toks[b - 1].particle or self.particle_in_name(self.toks[b - 1])
                                                       or self.surname_ending_ga(b - 1)) \
                and j - b < 5 and self.toks[b - 1].text not in LIST_OPENERS:
            b -= 1
        if self.body_then_given_name(b, j, title, end, particle):
            return True
        words = self.toks[b:j + 1]
        names = [t.text for t in words]
        starts_item = b == 0 or self.toks[b - 1].sep or self.toks[b - 1].text in LIST_OPENERS
        if 2 <= len(words) <= 4 and starts_item and names[0] in TERRITORIES and is_state_post(title) \
                and all(is_foreign_word(n) and any(ch in FOREIGN for ch in n) for n in names[1:]):
            self.add(" ".join(names[1:]), title, names[0], "foreign_name_title", words[1].start, end, particle)
            return True  # '러시아 라브로프 외무장관': the country, then its minister's name
        if 2 <= len(words) <= 4 and starts_item and all(is_foreign_word(n) and any(ch in FOREIGN for ch in n) for n in names) \
                and not any(is_korean_name(n) or is_firm_kind(n) for n in names) and names[-1] not in TERRITORIES:
            self.add(" ".join(names), title, None, "foreign_name_title", words[0].start, end, particle)
            return True
        # '방한 중인 안드레아 로페스 페루 외교장관': the name may also begin after the clause describing it, or after a
        # clause joined before it ('하노이를 찾아 레 반 록 베트남 재무부 장관과')
        firsts = [b] + [x for x in range(b + 1, j - 1) if morph.ends_modifier(self.body, self.toks[x - 1].start, self.toks[x - 1].end)
                        or morph.is_inflected(self.body, self.toks[x - 1].start, self.toks[x - 1].end)]
        for first in firsts:
            words = self.toks[first:j + 1]
            for cut in range(len(words) - 1, 1, -1):
                name_words, org_words = words[:cut], words[cut:]
                names = [t.text if self.particle_in_name(t) or (t.particle and self.surname_ending_ga(first + x)) else t.bare
                         for x, t in enumerate(name_words)]
                if len(names) > 2 and morph.common_word(names[-1]) and org_words[0].text not in COUNTRY_NAMES \
                        and not vietnamese_shaped(names):
                    continue  # '하비에르 로살레스 배구 국가대표팀 감독': the field of the body, no third word of the name
                if names[-1] in COUNTRY_NAMES or any(t.text in COUNTRY_NAMES for t in org_words[1:]):
                    continue  # '올가 페트로바 러시아 외무부 대변인', '응우옌 반 탄 베트남 총리': the country opens the body
                if any(n.endswith(FACULTY_UNIT_ENDINGS) for n in names):
                    continue  # '한빛대 신문방송학과 X 교수': a university and its department, no foreign name
                if org_words[-1].text in CHARGE_WORDS:
                    if len(org_words) != 2 or not all(is_foreign_word(n) for n in names) or not has_foreign_syllable(names) \
                            or any(is_korean_name(n) for n in names):
                        continue  # '… 서아프리카 담당 국장': the field goes with the charge, both with the post
                    post = f"{org_words[0].text} {org_words[1].text} {title}"
                    self.add(" ".join(names), post, None, "foreign_name_title", name_words[0].start, end, particle)
                    return True
                if all(is_foreign_word(n) for n in names) and (has_foreign_syllable(names) or vietnamese_shaped(names)) \
                        and all(is_org_word(t) for t in org_words) and not any(is_korean_name(n) for n in names) \
                        and not any(is_firm_kind(n) for n in names):  # '코스닥 상장사 X 대표': a market and a kind of firm
                    org = " ".join(t.text for t in org_words)
                    self.add(" ".join(names), title, org, "foreign_name_org_title", name_words[0].start, end, particle)
                    return True
        return False

    def aged_or_honoured_name(self, tok: Tok) -> bool:
        """'군 전 비서실장 X(55)씨': a Korean name with its age in brackets or 씨 right after a title: the title is that
        name's, however Kiwi reads the name."""
        name = re.match(r"[가-힣]+", self.body[tok.start:tok.end])
        name = name.group() if name else ""
        name = name[:-len(HONORIFIC)] if name.endswith(HONORIFIC) and not is_korean_name(name) else name
        return is_korean_name(name) and re.match(
            r"\((?:\d{1,3}|\d{1,3}[·,][^()]{1,12})\)|씨", self.body[tok.start + len(name):]) is not None

    def body_then_given_name(self, b: int, j: int, title: str, end: int, particle: str) -> bool:
        """'독일 녹색당 마이클 피셔 의원', '미국 국무부 로라 베커 대변인': body words, then a foreign given name and one or
        two more words right before the title: the name opens at the given name, the words before it are its body
        (whatever Kiwi makes of the surname: '피셔' as a verb form)."""
        for first in range(b + 1, j):
            name_words, org_words = self.toks[first:j + 1], self.toks[b:first]
            if name_words[0].text not in FOREIGN_GIVEN_NAMES or len(name_words) > 3 or any(t.particle for t in name_words):
                continue
            last = org_words[-1].text
            if not (last in ORG_WORDS or last in COUNTRY_NAMES or last in affiliation.PARTY_NAMES
                    or (last.endswith(ORG_ENDINGS) and not has_foreign_syllable([last]))) \
                    or not all(is_org_word(t) for t in org_words) \
                    or not all(is_foreign_word(t.text) and t.text not in ORG_WORDS and title_of(t.text) is None
                               and not morph.common_word(t.text) for t in name_words[1:]):
                continue
            self.add(" ".join(t.text for t in name_words), title, " ".join(t.text for t in org_words),
                     "foreign_name_org_title", name_words[0].start, end, particle)
            return True
        return False

    def leader_surname(self, j: int, title: str, end: int, particle: str) -> None:
        """'푸틴 대통령은', '시진핑 중국 국가주석은': a foreign leader named by one word, at the start of a clause."""
        org = None
        if self.toks[j].text in ORG_WORDS and j > 0 and not self.toks[j - 1].sep and not self.toks[j - 1].particle:
            org, j = self.toks[j].text, j - 1
        word = self.toks[j].text
        prev = self.toks[j - 1] if j > 0 else None
        starts = prev is None or prev.sep or prev.particle or prev.text in ORG_WORDS \
            or (prev.text.endswith(MODIFIER_ENDINGS) and morph.ends_modifier(self.body, prev.start, prev.end)) \
            or self.opens_phrase(j)
        personal = (title.split()[-1] in PERSONAL_TITLES or bool(NUMBERED_RANK.fullmatch(title.split()[-1]))) and (  # '천하오린 9단'
            has_foreign_syllable([word]) or morph.unknown(self.body, self.toks[j].start, self.toks[j].end))
        if (title.split()[-1] in LEADER_TITLES or personal) and starts and HANGUL.match(word) and 2 <= len(word) <= 5 \
                and word not in NOT_NAMES and word not in NOT_LEADER_NAMES and word not in ORG_WORDS \
                and word not in affiliation.PARTY_NAMES \
                and not is_korean_name(word) and not word.endswith(ORG_ENDINGS) and title_of(word) is None \
                and (not word.endswith(MODIFIER_ENDINGS) or has_foreign_syllable([word[:-1]])
                     or morph.reading(self.body, self.toks[j].start, self.toks[j].end) == "proper"):
            org = org or (self.toks[j - 1].text if j > 0 and self.toks[j - 1].text in ORG_WORDS else None)
            self.add(word, title, org, "leader_surname_title", self.toks[j].start, end, particle)

    def opens_phrase(self, j: int) -> bool:
        """Does token j open a noun phrase: first on its line, after a dash, or after a word that is
        not a noun as Kiwi reads it ('또 베르만 총리가', '앞서 칼드웰 부통령은')?"""
        if j == 0 or "\n" in self.body[self.toks[j - 1].end:self.toks[j].start]:
            return True
        prev = self.toks[j - 1]
        if prev.text.endswith(("-", "–")):
            return True  # 'A 주석- B 총리': a dash closes the phrase before
        ms = [m for m in morph.morphs_in(self.body, prev.start, prev.end) if m.end <= prev.end]
        return bool(ms) and ms[-1].tag.startswith(("MA", "E"))

    def shared_title(self, k: int, title: str) -> None:
        """'A당 홍길동·B당 김철수 원내대표': earlier list items joined by '·' share the title."""
        toks = self.toks
        while k >= 2 and toks[k - 1].text in "·ㆍ":
            j = k - 2
            if toks[j].sep or toks[j].particle or not is_korean_name(toks[j].text):
                return
            k, org = self.left_org(j)
            self.add(toks[j].text, title, org, "list_shared_title", toks[j].start, toks[j].end, "")

    # -- morphology -------------------------------------------------------------------------
    def post_with_copula(self, tok: Tok) -> tuple[str, str | None] | None:
        """'기호 2번 X(57) 가람농협 이사다.': a post with the copula glued, closing the sentence that says who someone is
        (a list of candidates, of members): the post is the title."""
        if tok.sep or tok.particle or self.body[tok.end:tok.end + 1] not in (".", ""):
            return None
        ending = next((e for e in POST_COPULA_ENDINGS if tok.text.endswith(e) and len(tok.text) > len(e) + 1), None)
        return title_of(tok.text[:-len(ending)]) if ending else None

    def right_title(self, i: int, after_foreign: bool = False) -> tuple[int, str, str | None] | None:
        """(index of the title word, title, organisation) of 'NAME [(gloss)] [org…] TITLE' after token i."""
        toks = self.toks
        k = i + 1
        if k < len(toks) and toks[k].text == "(":
            close = next((x for x in range(k + 1, min(len(toks), k + 8)) if toks[x].text == ")"), None)
            if close is None:
                return None
            k = close + 1
        x, stop = k - 1, k + MAX_ORG_WORDS + 2
        while x + 1 < min(len(toks), stop):
            x += 1
            t = toks[x]
            if self.joins_title_words(x):
                stop += 2  # '인공지능(AI)·크립토 차르': fields joined by '·' before one title
                continue
            if t.sep:
                return None
            nxt = toks[x + 1] if x + 1 < len(toks) else None
            if x == k and nxt is not None and self.craft_master_after(x):
                return x + 1, f"{t.text} {nxt.stem}", None  # '하도윤(57) 제과 명장은': the craft is the master's title
            if nxt is not None and not t.particle and not nxt.sep and title_of(t.bare) is None \
                    and title_like(t.stem) and title_like(nxt.stem) and t.bare.endswith(ORG_ENDINGS) \
                    and f"{t.text} {nxt.stem}" not in MULTIWORD_TITLES:
                continue  # '한국개발연구원(KDI) 경제전망실장': a body named like a title, before the title
            two = f"{t.text} {bound_title(nxt.stem) or nxt.stem}" if nxt is not None else ""
            if nxt is not None and not t.particle and not nxt.sep and two in MULTIWORD_TITLES:
                hit, last = (two, None), x + 1  # '대선 후보', '대선 후보간'
            else:
                hit, last = title_like(t.stem), x
                if hit is None and (bound := bound_title(t.stem)):
                    hit = (bound, None)  # '의원실은': the office of the 의원 named before it
                hit = hit or self.post_after_ministry(x) or self.post_with_copula(t)  # '북한 국방성 부상'; '… 이사다.'
            if hit is None and is_person_noun(t.stem) and not t.stem.endswith(ROLES_BEFORE_NAMES_ONLY):
                hit = (t.stem, None)  # not '… 세단 모델을': a car's
            after = toks[last + 1] if last + 1 < len(toks) else None
            if hit and not toks[last].particle and after is not None and not after.sep \
                    and (self.foreign_word(after) or (is_korean_name(after.stem) and morph.reading(
                        self.body, after.start, after.start + len(after.stem)) not in ("other", "common"))):
                return None  # '라온 좌익수 정우석': the title belongs to the name after it ('주재로' is a word)
            if hit:
                words = [w.text for w in toks[k:x]]
                joined: list[str] = []
                if len(words) >= 3 and words[-2] in "·ㆍ":
                    joined, words = words[-1:], words[:-1]
                    while len(words) >= 2 and words[-1] in "·ㆍ":
                        joined, words = words[-2:] + joined, words[:-2]
                joined = ["".join(joined)] if joined else []
                prefix = []
                if len(words) >= 2 and words[-1] in CHARGE_WORDS and not joined:
                    prefix, words = words[-2:], words[:-2]  # '아시아 담당 국장': the field the post covers is the title's
                while words and (words[-1] in TITLE_PREFIXES or (words[-1] in TITLE_MODIFIERS and not joined)
                                 or (not joined and all(SCHOOL_GRADE_OR_CLASS.match(w) for w in words))):
                    prefix.insert(0, words.pop())  # '전 대표', '총괄 프로듀서', 'X 3학년 부장교사': part of the title
                    # (a grade after the school, 'X 청솔고 3학년 담임교사', stays with the school)
                title = " ".join(prefix + joined + [hit[0]])
                while not toks[last].particle and last + 1 < len(toks) and not toks[last + 1].sep:
                    if is_person_noun(toks[last + 1].stem) or title_of(toks[last + 1].stem) or toks[last + 1].stem in ACTING_WORDS:
                        last += 1  # '수석 과학자는', '대표 변호사는', '대통령 권한대행 국무총리는'
                        title = f"{title} {toks[last].stem}"
                    elif (joint := self.joint_post(last)) is not None:
                        last, title = joint[0], f"{title} {joint[1]}"  # '공동창업자 겸 최고경영자(CEO)'
                        hit = (hit[0], hit[1] or joint[2])
                    else:
                        break
                return last, title, " ".join(words) or hit[1]
            y = x + 1
            while y < len(toks) and toks[y].text in TITLE_PREFIXES:
                y += 1
            if not after_foreign and is_korean_name(t.stem) and y < len(toks) and title_like(toks[y].stem) \
                    and (morph.reading(self.body, t.start, t.start + len(t.stem)) == "proper" or (
                        len(t.stem) == 3 and morph.reading(self.body, t.start, t.start + 3) == "nouns")):
                return None  # '사퇴한 정병철 전 회장': the title is the name's right before it (Kiwi may cut it: '강/NNG 동수/NNG')
            if t.particle or COUNT_WORD.fullmatch(t.text) or not (t.text in TITLE_PREFIXES or is_org_word(t) or (
                    not t.sep and morph.reading(self.body, t.start, t.end) != "other")):
                return None  # ('마루결 3개 선석 조합원': a count of things stands in no body's name)
        return None

    def vietnamese_name_ending(self, name: str, start: int) -> tuple[str, int] | None:
        """(whole name, its start) when a word shaped like a Korean name is the last of a Vietnamese one: right after a
        family name of Vietnam's and a middle word of one syllable, each standing apart ('레 탄 호아', '보 티 란')."""
        if " " in name or not 1 <= len(name) <= 2 or not self.body.startswith(name, start):
            return None  # (a Korean name of three syllables stands on its own: '또 새 X 대표')
        m = _VIETNAMESE_HEAD.search(self.body, max(0, start - 12), start)
        if m is None or m.group("family") not in VIETNAMESE_SURNAMES or m.group("middle") in DETERMINERS | TITLE_PREFIXES \
                or m.group("middle") in COUNTING_NUMERALS or m.group("middle") in NOT_NAMES \
                or any(x.tag in ("MAG", "MAJ", "MM") for x in morph.analysed(self.body).within(m.start(), start)):
            return None  # not an adverb or a determiner before the name ('또', '새', '한')
        return f"{m.group('family')} {m.group('middle')} {name}", m.start("family")

    def craft_master_after(self, x: int) -> bool:
        """'X(57) 제과 명장은', 'X 옹기 장인이': a master of a craft (person.toml's craft_masters) right after the one
        common noun naming the craft, itself right after the name, is the person's title; Kiwi may read the
        craft's last syllable as a particle ('제과' as 제+과), so the word is read whole; '나전칠기' is two nouns."""
        toks = self.toks
        craft, master = toks[x], toks[x + 1] if x + 1 < len(toks) else None
        if master is None or master.sep or master.stem not in CRAFT_MASTERS or craft.sep or craft.in_quote \
                or not HANGUL.fullmatch(craft.text) or craft.text in NOT_NAMES or craft.text in KIN_NOUNS | PERSONAL_NOUNS:
            return False
        return craft.text in WORK_FIELDS or morph.reading(self.body, craft.start, craft.end) in ("common", "nouns") \
            or morph.common_word(craft.text)  # ('한지' misread in its sentence as 하+ㄴ+지: the word on its own)

    def suffixed_role(self, t: Tok) -> bool:
        """Is the word a noun for a role or a post the tables may lack, known to Kiwi's dictionary
        whole and ending with a Sino-Korean suffix for a person ('소방장', '점주', '보호사'), with
        a subject or topic particle or none? Places, buildings and things ending so are left out."""
        st = t.stem
        if t.sep or not HANGUL.match(st) or not 2 <= len(st) <= 5 or not st.endswith(PERSON_SUFFIXES) \
                or st.endswith(PLACE_ENDINGS + BUILDING_ENDINGS) or st in NOT_NAMES or st in NOT_ROLES \
                or (t.particle and t.particle not in TOPIC_OR_SUBJECT):
            return False
        ms = [m for m in morph.morphs_in(self.body, t.start, t.start + len(st)) if m.end <= t.start + len(st)]
        if len(ms) == 2 and ms[0].tag == "NNG" and ms[1].tag == "XSN" and ms[1].form in PERSON_SUFFIXES \
                and ms[0].start == t.start and ms[1].end == t.start + len(st):
            return True  # '소리꾼', '춤꾼': a noun and Kiwi's suffix for the one who does it
        return len(ms) == 1 and ms[0].tag in ("NNG", "NNP") and not ms[0].oov and ms[0].form == st

    def joint_post(self, last: int) -> tuple[int, str, str | None] | None:
        """(index of its title, text from 겸, its organisation) of a second post joined by 겸 after
        token last: '공동창업자 겸 최고경영자(CEO)', '경제부총리 겸 기획재정부 장관'."""
        toks = self.toks
        if toks[last].particle or last + 2 >= len(toks) or toks[last + 1].text != JOINT_TITLE:
            return None
        for k in range(last + 2, min(len(toks), last + 3 + MAX_ORG_WORDS)):
            t = toks[k]
            if t.sep:
                return None
            if title_like(t.stem):
                org = " ".join(w.text for w in toks[last + 2:k]) or None
                if org and f"{org} {t.stem}" in TITLES | MULTIWORD_TITLES:
                    org = None  # '부회장 겸 이사회 의장': a title of two words, no body of its own
                return k, " ".join([JOINT_TITLE] + [w.text for w in toks[last + 2:k]] + [t.stem]), org
            if t.particle or not is_org_word(t):
                return None
        return None

    def joins_title_words(self, x: int) -> bool:
        """Is token x a '·' joining two fields of one title ('인공지능(AI)·크립토 차르'), not two names?"""
        toks = self.toks
        if toks[x].text not in "·ㆍ" or x < 1 or x + 2 >= len(toks):
            return False
        before, after = toks[x - 1], toks[x + 1]
        return not before.sep and not before.particle and not after.sep and not after.particle \
            and not is_korean_name(after.stem) and not is_korean_name(before.stem) \
            and title_like(toks[x + 2].stem) is not None

    def school(self, tok: Tok) -> bool:
        """'너울고', '새터여고': a word of three syllables or more ending as a high school's short name; not a verb
        form ('만들고': a verb stem of two syllables) or a conjunction ('그리고')."""
        w = tok.text
        if tok.sep or tok.particle or not HANGUL.match(w) or not 3 <= len(w) <= 7 or not w.endswith(SCHOOL_ENDINGS) \
                or w in NOT_NAMES:
            return False
        ms = morph.morphs_in(self.body, tok.start, tok.end)
        return not any(m.tag in ("MAJ", "MAG") or (m.tag in ("VV", "VA") and len(m.form) >= 2) for m in ms)

    def school_short_name(self, word: str, start: int) -> bool:
        """'가람고', '누리여고': one word of three syllables or more, ending as a high school's short name, with no
        loanword's syllable (not '디에고', '산티아고') and no verb or adverb in Kiwi's reading (not '만들고')."""
        if not self.body.startswith(word, start) or not HANGUL.fullmatch(word) or not 3 <= len(word) <= 7 \
                or not word.endswith(SCHOOL_ENDINGS) or word in NOT_NAMES or has_foreign_syllable([word]):
            return False
        ms = morph.morphs_in(self.body, start, start + len(word))
        return not any(m.tag in ("MAJ", "MAG") or (m.tag in ("VV", "VA") and len(m.form) >= 2) for m in ms)

    def named_body(self, tok: Tok) -> bool:
        """Is this word (its stem, before a possessive 의) a body's name: three syllables or more, no name's
        shape (but '한인회', '새빛당': a name's shape with a body's ending), and an organisation's ending, a body
        word, or one proper noun ('새빛당', '교직원노조', '누리재단')?"""
        w = tok.stem if tok.particle == "의" else tok.text
        if tok.sep or (tok.particle and tok.particle != "의") or not re.fullmatch(r"[가-힣]+[A-Z]*", w) or len(w) < 3 \
                or (is_korean_name(w) and not w.endswith(NAME_SHAPED_BODY_ENDINGS)) \
                or not (is_org_word(replace(tok, text=w, particle="")) or self.compound_word(replace(tok, text=w, particle=""))):
            return False
        return w.endswith(ORG_ENDINGS + UNION_ENDINGS + BUILDING_ENDINGS) or w in ORG_WORDS or bool(re.search(r"[A-Z]{2}", w)) \
            or morph.reading(self.body, tok.start, tok.start + len(w)) == "proper" or self.named_compound(tok.start, w)

    def place_before_body(self, tok: Tok) -> bool:
        """'가람시 주민자치회', '경기도 체육회': a city, county or province written before a body it is of."""
        w = tok.text
        return not tok.sep and not tok.particle and bool(HANGUL.match(w)) and len(w) >= 2 \
            and (w.endswith(PROVINCE_LEVEL_ENDINGS) or w in TERRITORIES or w in PROVINCIAL_GOVERNMENTS) \
            and not is_korean_name(w) and title_of(w) is None

    def glued_portfolio(self, tok: Tok) -> bool:
        """'영업담당', '해외영업총괄': a field with a word of charge glued after it, written before a post: what the
        holder covers, part of the title, never a body's name (the field is a common noun of the dictionary)."""
        word = tok.text
        charge = next((w for w in PORTFOLIO_WORDS if word.endswith(w)), None)
        if tok.sep or tok.particle or charge is None or len(word) < len(charge) + 2 or not HANGUL.fullmatch(word):
            return False
        field = word[:-len(charge)]
        return morph.common_word(field) or morph.noun_compound(field)

    def portfolio_before(self, i: int) -> tuple[str, str | None] | None:
        """'하산무역의 구매 담당 X', '가람전자 해외영업 총괄 X': a field and a word of charge right before a name, with
        no post after it, are what the person does (title); the body before them, possessed or bare, is theirs."""
        toks = self.toks
        if i < 2 or toks[i - 1].sep or toks[i - 1].particle or toks[i - 1].text not in PORTFOLIO_WORDS:
            return None
        for k in range(i, min(len(toks), i + MAX_SPACED_NAME_WORDS + 2)):
            if k > i and title_like(toks[k].stem):
                return None  # '가람증권 유통 담당 X 연구원': the post after the name is the title, the portfolio the body's part
            if toks[k].particle or (toks[k].sep and toks[k].text != "."):
                break
        field = toks[i - 2]
        if field.sep or field.particle or field.in_quote or not HANGUL.fullmatch(field.text) or field.text in self.persons \
                or morph.reading(self.body, field.start, field.end) != "common":
            return None
        title = f"{field.text} {toks[i - 1].text}"
        owner = toks[i - 3] if i >= 3 else None
        if owner is None or owner.sep:
            return title, None
        if owner.particle == "의" and self.possessive_body(owner):
            return title, self.owner_words(i - 3)
        if not owner.particle and (is_org_word(owner) or self.proper_body(owner)):
            return title, owner.text
        return title, None

    def left_role(self, i: int, suffixed: bool = False, apposed: bool = False) -> tuple[str, str | None] | None:
        """(title, organisation) of 'org ROLE NAME' before token i: '라온 투수 강태민', 'SBS 아나운서 한지윤'.
        suffixed: the word at i is a name for sure (with 씨, or a foreign name of two words), so a role noun
        the tables lack, of a Sino-Korean suffix (suffixed_role: '편집자', '강사', '촌장'), is its title too;
        before a word merely shaped like a name such nouns are mostly other nouns' ('노조원 서너명').
        apposed: the name has 씨 or an age after it, so a common noun right before it is what the person is
        (apposed_role: '간병인 X(61)씨'); before a foreign name it may be a team's ('프로농구팀 …')."""
        toks = self.toks
        working = self.working_as(i)
        if working is not None:
            return working
        if i >= 4 and toks[i - 1].text in HANDLE_CLOSERS and toks[i - 3].text in HANDLE_OPENERS and not toks[i - 2].sep \
                and toks[i - 1].end == toks[i].start - 1:  # ("'제로'": what looks like a particle is the handle's own)
            return self.left_role(i - 3, suffixed)  # "미드라이너 '별빛' 한서윤": the handle a player goes by, between
        if i >= 4 and toks[i - 1].text in ALIAS_GLOSS_WORDS and toks[i - 2].text == "(" and not toks[i - 3].in_quote:
            # "정글러 '별빛'(본명 한서윤)", '가수 별빛(본명 한서윤)': the role before the alias is the real name's
            alias = i - 3
            if toks[alias].text in HANDLE_CLOSERS and toks[alias - 2].text in HANDLE_OPENERS and not toks[alias - 1].sep:
                return self.left_role(alias - 2, suffixed)
            return None if toks[alias].sep else self.left_role(alias, suffixed)
        if i == 0 or toks[i - 1].sep or toks[i - 1].text.endswith(("-", "–")):
            return None  # 'A 주석- B 총리': a title closed by a dash is the name's before it
        if self.line_break_between(i - 1, i):
            return None  # '… 누리책방 제공' closing a credit line: no role of the name opening the next line
        if not toks[i - 1].particle and self.after_demonstrative(i - 1):
            return None  # '이 시장 최고가를': 'this market' (or 'this mayor', named before), no title of the next word
        if i >= 2 and not toks[i - 2].sep and not toks[i - 2].particle and not toks[i - 1].particle \
                and HANGUL.match(toks[i - 2].text) and HANGUL.match(toks[i - 1].text) \
                and title_of(toks[i - 1].text) is None and title_of(toks[i - 2].text + toks[i - 1].text) is not None:
            return f"{toks[i - 2].text} {toks[i - 1].text}", None  # '원거리 딜러 X': a title the table glues, spelled apart
        portfolio = self.portfolio_before(i)
        if portfolio is not None:
            return portfolio
        occupation = self.occupation_word(toks[i - 1]) or (
            suffixed and toks[i - 1].particle and not toks[i - 1].in_quote and is_person_noun(toks[i - 1].text)) or (
            apposed and not is_person_noun(toks[i - 1].stem) and not title_of(toks[i - 1].stem) and self.apposed_role(toks[i - 1])
            and not (toks[i - 1].text in CRAFT_MASTERS and (i < 2 or toks[i - 2].sep or bool(toks[i - 2].particle))))
        # ('그의 장인 X씨': a master of a craft only with the craft before it, else a father-in-law)
        if apposed and not toks[i - 1].particle and SCHOOL_YEAR.match(toks[i - 1].text):
            school = toks[i - 2] if i >= 2 and self.school(toks[i - 2]) else None
            return toks[i - 1].text, school.text if school is not None else None  # '가람초 3학년 X(9)양'
        if toks[i - 1].particle and not occupation:
            return None  # but '조각가 한서진(58)씨': before a sure name, a role noun whose end reads as a particle
        if i >= 2 and toks[i - 2].text in COUNTING_NUMERALS and toks[i - 1].text[:-1] in PERSON_COUNTERS \
                and toks[i - 1].text.endswith("인"):
            return self.left_role(i - 2, suffixed, apposed)  # '멤버 두 명인 X와 Y': how many they are ('who are two'),
            # not the title 명인; the role is the one before the count
        role = toks[i - 1].text if occupation else toks[i - 1].stem
        if role in CRAFT_MASTERS and not toks[i - 1].particle and i >= 2 and not toks[i - 2].particle \
                and self.field_word(toks[i - 2]) and toks[i - 2].text not in KIN_NOUNS | PERSONAL_NOUNS:
            return f"{toks[i - 2].text} {role}", None  # '옹기 장인 채하람(80) 선생'
        if role.endswith("인") and (is_person_noun(role[:-1]) or title_like(role[:-1])) \
                and morph.ends_modifier(self.body, toks[i - 1].start, toks[i - 1].end):
            owner = toks[i - 2] if i >= 2 and toks[i - 2].particle == "의" else None
            org = owner.stem if owner is not None and morph.reading(
                self.body, owner.start, owner.start + len(owner.stem)) == "proper" else None
            if org and i >= 3 and not toks[i - 3].sep and not toks[i - 3].particle \
                    and morph.reading(self.body, toks[i - 3].start, toks[i - 3].end) == "proper":
                org = f"{toks[i - 3].text} {org}"
            elif owner is not None and self.named_body(owner):
                org = owner.stem  # '누리재단의 이사장인 …': a body Kiwi cuts in two, known by its ending
            k = i - 2
            if owner is None and k >= 2 and toks[k].text in CHARGE_WORDS and not toks[k - 1].sep and not toks[k - 1].particle:
                k -= 2  # '한빛증권(의) 반도체 담당 애널리스트인 …': the field the post covers stands between
                if toks[k].particle == "의" and self.named_body(toks[k]):
                    org = toks[k].stem
            if org or owner is not None or k < 0 or toks[k].particle:
                pass
            elif self.abbreviated_body(toks[k], role[:-1]):
                org = toks[k].text  # '금감원 은행검사국장인 도하율 국장'
            elif self.named_body(toks[k]):
                org = toks[k].text  # '국토부 주택정책관인 도하늬 국장', '새빛당 간사인 …': the body of the post
                if k >= 1 and self.place_before_body(toks[k - 1]):
                    org = f"{toks[k - 1].text} {org}"  # '가람시 주민자치회 회장인 …': the body of that place
            elif title_of(role[:-1]) and not toks[k].sep and toks[k].text in COLLECTIVE_NOUNS:
                org = self.collective_body(k)  # '학부모 모임 대표인 X(44)씨'
            return role[:-1], org  # '노스브릿지 캐피털의 회장인 마이크 윤': 'who is chairman of'
        if role in TROUPE_MEMBERS and not toks[i - 1].particle and (troupe := self.troupe_before(i - 1)):
            return role, troupe  # '극단 솔새 단원 X': a member of the company named before
        if not is_person_noun(role) and not title_of(role) and not occupation and not self.role_noun(toks[i - 1], suffixed):
            return None
        org = None
        if i >= 2 and not toks[i - 2].sep and not toks[i - 2].particle and re.fullmatch(r"\d+[가-힣]", toks[i - 2].text) \
                and toks[i - 2].text[-1] not in TIME_UNITS and "\n" not in self.body[toks[i - 2].end:toks[i - 1].start]:
            return f"{toks[i - 2].text} {role}", self.team_before(i - 2, role)  # '3루 주자', '4번 타자': a position
        head = i - 1
        if head >= 2 and toks[head - 1].text == JOINT_TITLE and self.is_role(toks[head - 2]):
            head -= 2  # '가수 겸 배우 채하람': two occupations held at once
            role = f"{toks[head].stem} {JOINT_TITLE} {role}"
        if role.split()[-1] in FIELD_OCCUPATIONS:
            while head >= 1 and i - head < 3 and self.field_word(toks[head - 1]):
                head -= 1  # '한복 디자이너', '프로 바둑 기사': the craft is part of the occupation
                role = f"{toks[head].text} {role}"
        elif " " not in role and self.occupation_word(toks[head]) and head >= 2 and self.field_of_named_body(head - 1):
            head -= 1  # '새빛당 정책 전략가 X': the field between the body and an occupation of a suffix is part of it
            role = f"{toks[head].text} {role}"
        head, role = self.posts_before(head, role)
        if head >= 1 and self.glued_portfolio(toks[head - 1]):
            head -= 1  # '영업담당 임원 X(49)씨': the charge glued to its field says which of the body's holders, no body
            role = f"{toks[head].text} {role}"
        while head < i - 1 and " " in role and self.line_break_between(head, i - 1):
            head, role = head + 1, role.split(" ", 1)[1]  # a word of the line before is none of the role's
        k = -1 if head >= 1 and self.line_break_between(head - 1, head) else self.past_epithet(head) - 1
        if k >= 1 and toks[k].text in AFFILIATION_MARKERS and not toks[k].sep and not toks[k].particle:
            first, words = self.left_org(k)  # '금융감독원 대구경북지원 소속 강사 윤채린씨'
            if words:
                return role, self.same_body(first, words)
        if k >= 0 and toks[k].particle == "의" and self.possessive_body(toks[k]):
            return role, self.owner_words(k)  # '해담출판사의 편집자 감누리씨': the body whose post it is
        if k >= 1 and self.same_generic_kind(k):
            return role, self.same_body(k, toks[k].text)  # '같은 회사 상무 오태윤'
        if k >= 0 and not toks[k].sep and not toks[k].particle and self.school(toks[k]):
            org = toks[k].text  # '너울고 교사 …': a high school, whatever Kiwi reads it as ('너/NP 울/VV 고/EC')
        elif k >= 0 and not toks[k].sep and not toks[k].particle and self.joined_stem(toks[k]) is None \
                and (is_org_word(toks[k]) or self.township(toks[k]) or self.proper_body(toks[k])
                     or self.named_compound(toks[k].start, toks[k].text)) \
                and toks[k].text not in PERSON_NOUNS and not is_contract_status(toks[k].text) and (not HANGUL.match(toks[k].text) or self.abbreviated_body(toks[k], role)
                                                          or morph.reading(self.body, toks[k].start, toks[k].end) in ("proper", "nouns")):
            org = toks[k].text
            before = toks[k - 1] if k >= 1 else None
            if before is not None and not before.sep and not before.particle and is_org_word(before) \
                    and not is_korean_name(before.text) and before.text not in ORG_WORDS \
                    and morph.reading(self.body, before.start, before.end) == "proper":
                org = f"{before.text} {org}"  # '롯데 자이언츠 투수 박세웅': a club's two words
            elif before is not None and not before.sep and not before.particle and before.text in STATIONED_PREFIXES:
                org = f"{before.text} {org}"  # '주일 한국대사관 정무공사'
            elif before is not None and before.text == SAME:
                org = self.same_body(k, org)  # '같은 증권사 허다연 연구원': the firm named before
            elif self.township(toks[k]):
                org = self.left_org(k + 1)[1] or org  # '하동군 화개면 이장': the county and the township
        if org is None and title_of(role) and k >= 0 and not toks[k].sep and not toks[k].particle and toks[k].text in COLLECTIVE_NOUNS:
            org = self.collective_body(k)  # '피해자 모임 대표 …': a body named by common nouns
        if (org is None or org == toks[k].text) and title_of(role) and k >= 1 and (troupe := self.troupe_before(k + 1)) \
                and " " in troupe:
            org = troupe  # '극단 솔새 대표 X': the word after a company's kind is its name, a common noun or not
        if org is None and role in MEMBER_ROLES and k >= 2 and toks[k].text in QUOTE_MARKS and toks[k - 2].text in QUOTE_MARKS \
                and not toks[k - 1].sep and not toks[k - 1].particle \
                and (self.glued_proper(k - 1) or not HANGUL.match(toks[k - 1].text)):
            org = toks[k - 1].text  # "걸그룹 '라온' 멤버 김하늘": the group named in quotation marks
        if org and role in MEMBER_NOUNS:
            return f"{org} {role}", None  # '뉴욕 시민 그레고리 윌슨': where or whom someone belongs to, no employer
        if org in TERRITORIES and org not in NOT_NAMES and not title_of(role.split()[-1]) and role not in PLAYER_ROLES:
            return role, None  # '독일 지휘자 마르쿠스 렌츠': a nationality before an occupation, no employer
        return role, org or self.team_before(self.past_epithet(head), role)

    def line_break_between(self, a: int, b: int) -> bool:
        """Does a line break stand between tokens a and b (a < b)? A role, a body and a name go on one line; a word
        ending the line before (a photo credit's '… 제공') is none of the next line's."""
        return "\n" in self.body[self.toks[a].end:self.toks[b].start]

    def epithet_before(self, i: int, tok: Tok) -> tuple[str, None] | None:
        """'신인 X는', '베테랑 X가': an epithet right before a Korean name that is the subject or topic of its clause
        says what the person is, as an occupation does; its (title, no organisation), or None."""
        before = self.toks[i - 1] if i > 0 else None
        if before is None or before.sep or before.particle or before.text not in EPITHETS \
                or tok.particle not in TOPIC_OR_SUBJECT or not is_korean_name(tok.stem) or morph.common_word(tok.stem):
            return None
        return before.text, None

    def epithet_titles(self) -> None:
        """'신예 X가': an epithet right before a full name says what the person is in the story; it is the title of a
        person left with none (after a name, '신예 X 3단', the post wins). A competitor glossed with age and club
        ('에이스 X(16·새터고)') stays untitled."""
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or p.title is not None or m.kind != "full":
                continue
            k = self.tok_at(m.start)
            if k is None or k < 1:
                continue
            before = self.toks[k - 1]
            if before.sep or before.particle or before.text not in EPITHETS or before.end + 1 != m.start \
                    or AGE_AFFILIATION_GLOSS.match(self.body, m.start + len(p.name)):
                continue
            p.title = before.text

    def troupe_before(self, k: int) -> str | None:
        """The performing company written before token k: its kind and its name ('극단 솔새'), or one word ending in
        its kind ('가람시립교향악단')."""
        toks = self.toks
        w = toks[k - 1] if k >= 1 else None
        if w is None or w.sep or w.particle or not HANGUL.match(w.text):
            return None
        if w.text.endswith(TROUPE_KINDS) and w.text not in TROUPE_KINDS:
            return w.text
        kind = toks[k - 2] if k >= 2 else None
        if kind is not None and not kind.sep and not kind.particle and kind.text in TROUPE_KINDS:
            return f"{kind.text} {w.text}"
        return None

    def collective_body(self, k: int) -> str:
        """A body named by common nouns at token k ('모임'), with whose body it is before it ('피해자', '주민', '학부모')."""
        toks = self.toks
        w = toks[k - 1] if k >= 1 else None
        if w is not None and not w.sep and not w.particle and (is_person_noun(w.text) or w.text in MEMBER_NOUNS):
            return f"{w.text} {toks[k].text}"
        return toks[k].text

    def apposed_role(self, tok: Tok) -> bool:
        """Is the word, written right before a sure name (glossed with an age, or with 씨), what that person is, a role
        the tables need not list: a common noun read whole ('간병인 X(61)씨', '농가 X(58) 씨'), common nouns glued
        ('택시기사', '선임검사역 X 씨', '박사과정생'), or nouns with 인 'person' that Kiwi reads as the copula's ('청과도매인':
        청과/NNG 도매/NNG 이/VCP ㄴ/ETM)? Not a relative, a time, a country or place, a body, or a clause's word."""
        w = tok.text
        if tok.sep or tok.in_quote or not HANGUL.match(w) or not 2 <= len(w) <= 7 or w in APPOSITION_NOT_ROLES \
                or (w in NOT_NAMES and w not in MEMBER_NOUNS) or w in FAMILY_WORDS or w in COUNTRY_NAMES or w in NOT_ROLES \
                or w in AFFILIATION_MARKERS or w in DETERMINERS or w.endswith(BUILDING_ENDINGS) \
                or w.endswith(LONG_ORG_ENDINGS):
            return False
        ms = morph.morphs_in(self.body, tok.start, tok.end)
        if not ms or ms[0].start != tok.start or ms[-1].end != tok.end:
            return False
        if len(ms) == 1 and ms[0].oov:
            return morph.common_word(w) or (w.endswith(PERSON_SUFFIXES) and morph.bare_common_nouns(w))
            # ('춤꾼' guessed whole beside an unknown name: Kiwi knows it alone; '임대업자' guessed whole after a
            # clause, common nouns on its own and ending in a suffix for a person: a role)
        tags = [m.tag for m in ms]
        if tags[-2:] == ["VCP", "ETM"] and w.endswith(PERSON_NOUN_SUFFIX):
            tags = tags[:-2]  # '청과도매인': the noun of a person, not 'who is 청과도매'
        elif len(ms) >= 2 and tags[-1] == "JKS" and ms[-1].form in OCCUPATION_SUFFIXES and len(ms[-2].form) >= 2:
            tags = tags[:-1]  # '도예가 X(34)은': the suffix for a person (家) read as a subject's particle before a sure name
        return bool(tags) and all(t in ("NNG", "NNB", "XSN") for t in tags) and "NNG" in tags and not any(m.oov for m in ms)

    def field_of_named_body(self, k: int) -> bool:
        """Is token k a common noun of a field ('선거', '경제'; not a time: '이날') right after a body's name ('새빛당')?"""
        t, body = self.toks[k], self.toks[k - 1]
        return not t.sep and not t.particle and bool(HANGUL.match(t.text)) and t.text not in APPOSITION_NOT_ROLES \
            and not self.is_role(t) and morph.reading(self.body, t.start, t.end) == "common" \
            and not body.sep and not body.particle and self.named_body(body)

    def compound_word(self, tok: Tok) -> bool:
        """An invented body's name that ends like a verb's modifier ('솔바람마을'): a named compound, no particle."""
        return not tok.sep and not tok.particle and tok.text.endswith(MODIFIER_ENDINGS) and self.named_compound(tok.start, tok.text)

    def named_compound(self, start: int, word: str) -> bool:
        """'한결바이오', '꿈나무어린이집', '솔바람마을': a word of three syllables or more that Kiwi reads as nouns
        glued together (no suffix, ending or particle), ending in a noun of two syllables or more, and that is no
        name, title or role: an invented body's name, which the dictionary cannot know, before a post or with 의."""
        if not re.fullmatch(r"[가-힣]{2,}[A-Z]{0,4}", word) or len(word) < 3 or word in NOT_NAMES or is_korean_name(word) \
                or title_like(word) is not None or is_person_noun(word) or word in self.persons:
            return False
        ms = morph.morphs_in(self.body, start, start + len(word))
        return len(ms) >= 2 and ms[0].start == start and ms[-1].end == start + len(word) and len(ms[-1].form) >= 2 \
            and all(m.tag in COMPOUND_BODY_TAGS for m in ms) and ms[-1].tag in ("NNG", "SL")

    def proper_body(self, tok: Tok) -> bool:
        """A word Kiwi reads whole as one proper noun, of three syllables or more, that is no Korean name, title or
        person found, before a post: a body's name however it ends ('루미지 대표': 지 ends verbs too)."""
        st = tok.text
        return bool(HANGUL.match(st)) and len(st) >= 3 and not tok.particle and not is_korean_name(st) \
            and st not in self.persons and st not in NOT_NAMES and title_like(st) is None and not is_person_noun(st) \
            and morph.reading(self.body, tok.start, tok.end) == "proper"

    def abbreviated_body(self, tok: Tok, role: str) -> bool:
        """'산업부 차관', '금감원 은행검사국장': the short form of a government body, one common noun of Kiwi's
        dictionary (so no name, though '공정위' is shaped like one), before a post."""
        return 3 <= len(tok.text) <= 5 and bool(HANGUL.match(tok.text)) and tok.text.endswith(ABBREVIATED_BODY_ENDINGS) \
            and not tok.particle and not tok.sep and title_of(role.split()[-1]) is not None and tok.text not in COLLECTIVE_NOUNS \
            and morph.reading(self.body, tok.start, tok.end) == "common"

    def role_noun(self, tok: Tok, suffixed: bool) -> bool:
        """A noun for a post the tables lack, before a name: a compound ending in a title ('타격코치'; not a market,
        '자본시장'), or, before a sure name (suffixed), a role noun of a Sino-Korean suffix ('편집자', '강사', '촌장')."""
        compound = title_like(tok.stem) is not None and not tok.stem.endswith(tuple(COMPOUND_TITLES))
        suffixed_noun = suffixed and self.suffixed_role(tok)
        if not compound and not suffixed_noun:
            return False
        read = morph.reading(self.body, tok.start, tok.end)
        return read == "common" or ((compound or suffixed_noun) and read == "nouns")

    def posts_before(self, head: int, role: str) -> tuple[int, str]:
        """A post written before a title (token head) that is part of it: a second post ('대표이사 사장
        로랑 베르티에') or a word that grades the post ('총괄 프로듀서', '수석 연구원'). A post with a name
        before it is that name's ('김도현 대표 오서진 사장')."""
        toks = self.toks
        if not title_of(role.split()[0]):
            return head, role
        while head >= 1 and not toks[head - 1].sep and not toks[head - 1].particle and (
                toks[head - 1].text in TITLE_MODIFIERS or (title_of(toks[head - 1].text) and toks[head - 1].text != HONORIFIC)):
            if head >= 2 and not toks[head - 2].sep and is_korean_name(toks[head - 2].stem):
                break
            head -= 1
            role = f"{toks[head].text} {role}"
        return head, role

    def possessor_before(self, i: int) -> str | None:
        """The body in '한빛마트의 X 상품본부장': the word right before the name, with 의, read as a body."""
        t = self.toks[i - 1] if i > 0 else None
        if t is not None and t.particle == "의" and self.named_after_body_kind(i - 1):
            return self.owner_words(i - 1)  # '출판사 바람결의 X 편집장': a body's kind, then its name with 의, however Kiwi reads it
        if t is None or t.particle != "의" or not self.possessive_body(t) or t.stem in OWN_ORGANIZATION_NOUNS \
                or (morph.reading(self.body, t.start, t.start + len(t.stem)) == "common" and t.stem not in FOREIGN_BODIES):
            return None  # '회사의 X 본부장': a common noun for the firm, no name of a body ('외무성의' is one, read common)
        return self.owner_words(i - 1)  # '법무법인 솔빛의': with the legal form written before the name

    def named_after_body_kind(self, k: int) -> bool:
        """Is the word at k written right after a noun for a kind of body ('출판사', '스타트업', '동호회'), with no
        particle or break between? Korean names a body so, its kind first: the word is that body's name."""
        toks = self.toks
        if k < 1 or toks[k].sep or not HANGUL.match(toks[k].stem) or len(toks[k].stem) < 2 \
                or toks[k].stem in self.persons or is_korean_name(toks[k].stem):
            return False
        kind = toks[k - 1]
        return not kind.sep and not kind.particle and kind.end + 1 == toks[k].start \
            and (kind.stem in QUOTED_BODY_KINDS or is_firm_kind(kind.stem))

    def possessive_body(self, tok: Tok) -> bool:
        """Is the word before '의' a body whose post the next title is ('해담출판사의', '블루웨이브의'): ending like
        a body or read as a proper noun, and neither a person found nor shaped like a Korean name?"""
        st = tok.stem
        if tok.sep or not st or st in self.persons or is_korean_name(st) or (st in NOT_NAMES and st not in ORG_WORDS) \
                or st in DETERMINERS or st in FAMILY_WORDS:
            return False
        return st.endswith(ORG_ENDINGS) or st in ORG_WORDS or not HANGUL.match(st) \
            or morph.reading(self.body, tok.start, tok.start + len(st)) == "proper" or self.named_compound(tok.start, st)

    def same_body(self, k: int, org: str) -> str | None:
        """The organisation words at token k, or, after '같은' ('같은 증권사', '같은 학과'), the organisation of that
        kind given last to someone named before; None when there is none: the kind alone names no body."""
        if k < 1 or self.toks[k - 1].text != SAME:
            return org
        kind = org.split()[0]
        if kind in SAME_PARTY:
            return org  # '같은 당': the party of posts is found after every person (party_of_posts)
        start = self.toks[k].start
        stems = (kind,) + tuple(kind[: -len(g)] for g in GENERIC_BODY_TAILS if kind.endswith(g) and len(kind) > len(g) + 1)
        for p in sorted(self.persons.values(), key=lambda p: -p.first_offset):
            o = (p.organization or "").replace(" ", "")
            if p.first_offset < start and len(o) > len(kind) and o.endswith(stems):
                return p.organization
        named = [t.stem for t in self.toks[:k - 1] if not t.sep and HANGUL.match(t.stem) and len(t.stem) > len(kind)
                 and t.stem.endswith(stems) and t.stem not in NOT_NAMES]
        return named[-1] if named else None  # '누리증권은 …. 같은 증권사 허다연 연구원': the body named last

    def working_as(self, i: int) -> tuple[str, str | None] | None:
        """'음식점 CEO로 일하는 사토 겐이치씨': the post someone is said to work in, right before the name."""
        toks = self.toks
        for n in (1, 2) if i >= 2 and toks[i - 1].text in TAKING_LAST else ():  # '안무를 맡은 도예슬은': the part taken on
            part = toks[i - n - 1] if i - n - 1 >= 0 else None
            if part is not None and not any(t.sep for t in toks[i - n - 1:i]) \
                    and " ".join(t.text for t in toks[i - n:i]) in TAKING_VERBS \
                    and part.particle in OBJECT_PARTICLES and part.stem in TAKEN_PARTS:
                return part.stem, None
        if i < 2 or toks[i - 1].text not in WORKING_AS_LAST:
            return None
        for n in (1, 2):
            if i - n - 1 < 0 or any(t.sep for t in toks[i - n - 1:i]):
                continue
            if " ".join(t.text for t in toks[i - n:i]) not in WORKING_AS:
                continue
            post = toks[i - n - 1]
            if post.particle not in ("로", "으로") or not (title_like(post.stem) or is_person_noun(post.stem)):
                return None
            return post.stem, None
        return None

    def occupation_word(self, tok: Tok) -> bool:
        """A noun made an occupation by its suffix ('조각가', '미술평론가', '칼럼니스트'), as Kiwi reads
        it: nouns only, the last one at least two syllables longer than the suffix ('국가' is none)."""
        return not tok.sep and not tok.in_quote and self.occupation_at(tok.start, tok.end)  # '조각가': no particle 가

    def occupation_at(self, start: int, end: int) -> bool:
        """Is body[start:end] one occupation made by its suffix, as Kiwi reads it (see occupation_word)?"""
        st = self.body[start:end]
        if not st.endswith(OCCUPATION_SUFFIXES) or not HANGUL.match(st) or st in NOT_NAMES:
            return False
        ms = [m for m in morph.morphs_in(self.body, start, end) if m.end <= end]
        suffix = next(x for x in OCCUPATION_SUFFIXES if st.endswith(x))
        if len(ms) == 1 and ms[0].tag == "NNP" and ms[0].start == start and ms[0].end == end \
                and len(st) - len(suffix) >= 3 and morph.common_word(st[-len(suffix) - 2:-len(suffix)]):
            return True  # '설치미술가': Kiwi may read a compound occupation whole as a proper noun (설치 + 미술 + 가)
        if not ms or ms[-1].end != end or any(m.tag != "NNG" or m.oov for m in ms):
            return False
        if len(ms) == 1 and ms[0].form == st and st in PERSON_WORDS:
            return True  # '작가', '화가': one dictionary word for a person whose suffix the tokens took for a particle
        return ms[-1].form.endswith(suffix) and len(ms[-1].form) - len(suffix) >= 2

    def past_epithet(self, k: int) -> int:
        """Token k, or the epithet right before it ('가람 신인 공격수', '가람 베테랑 수비수'): what the player is in the
        story stands between the club and the post and names no club itself. Only before a club the article writes by
        its short name (alone as a subject, or glued to its Latin tail: '가람FC'), not a league or a sport ('프로야구')."""
        t = self.toks[k - 1] if k >= 1 else None
        if t is None or t.sep or t.particle or t.text not in EPITHETS or k < 2:
            return k
        club = self.toks[k - 2]
        if club.sep or club.particle or not HANGUL.match(club.text):
            return k
        short_name = self.stands_alone(club.text) or re.search(rf"(?<![가-힣]){re.escape(club.text)}[A-Z]{{2,}}", self.body)
        return k - 1 if short_name else k

    def team_before(self, k: int, role: str) -> str | None:
        """A club named by its city or short name before a player's or a coach's post, token k being
        the post's first word: '인천 4번 타자', '인천 선발'. Only for a club's posts."""
        toks = self.toks
        if k < 1 or role in MEMBER_NOUNS or (role.split()[-1] not in TEAM_TITLES and not is_person_noun(role.split()[-1])):
            return None
        t = toks[k - 1]
        if t.sep or t.particle or not HANGUL.match(t.text) or len(t.text) > 4 or t.text in PARTICLE_WORDS \
                or "\n" in self.body[t.end:toks[k].start] or not (toks[k - 2].sep or toks[k - 2].particle or self.opens_phrase(k - 1)
                                                                 or toks[k - 2].text in NOT_NAMES):  # '반면 인천 …'
            return None
        return t.text if self.glued_proper(k - 1) and self.stands_alone(t.text) else None

    def stands_alone(self, word: str) -> bool:
        """Does the article write the word on its own as the subject or topic of a clause ('인천은',
        '한밭이'), as a club or a firm is, and a person's given name is not?"""
        return re.search(rf"(?<![가-힣]){re.escape(word)}(?:은|는|이|가|의|도)\s", self.body) is not None

    def is_role(self, tok: Tok) -> bool:
        """An occupation or a title, as a whole word without a particle."""
        return not tok.sep and not tok.particle and (is_person_noun(tok.stem) or title_of(tok.stem) is not None)

    def field_word(self, tok: Tok) -> bool:
        """A common noun before an occupation naming its field ('한복', '바둑'); not a time word ('이날')."""
        if not tok.sep and not tok.particle and tok.text in WORK_FIELDS:
            return True  # '웹툰 작가': a kind of work, which Kiwi may read as a proper noun
        return not tok.sep and bool(HANGUL.match(tok.text)) and tok.text not in NOT_NAMES \
            and tok.text not in TITLE_PREFIXES and not self.is_role(tok) \
            and morph.reading(self.body, tok.start, tok.end) == "common"  # whole: '프로' is no 프+로

    def family_name_first(self, j: int) -> bool:
        """'새빛당의 다나카 유리 대표': a foreign family name, then a given name shaped like a Korean one, after a body
        with 의 (or a foreign ministry): the body is already named, so the foreign word is the name's, not a body."""
        toks = self.toks
        fam = toks[j - 1] if j >= 2 else None
        if fam is None or toks[j].particle or fam.sep or fam.particle or fam.in_quote or not HANGUL.match(fam.stem) \
                or len(fam.stem) < 2 or fam.stem in ORG_WORDS or fam.stem in NOT_NAMES or fam.stem.endswith(ORG_ENDINGS) \
                or title_like(fam.stem) or is_person_noun(fam.stem) or is_korean_name(fam.stem) \
                or not has_foreign_syllable([fam.stem]) or len(fam.stem) > 5 or self.holds_post(fam.stem) \
                or morph.reading(self.body, fam.start, fam.end) in ("common", "nouns"):
            return False  # '마케팅총괄 서율 상무': a field and a post before the name, Kiwi's common nouns
        return self.owner_of_family_name(j - 1) is not None

    @staticmethod
    def holds_post(word: str) -> bool:
        """'본부장인', '대표인': a post, bare or with the copula's 인, is no family name."""
        return title_of(word) is not None or (word.endswith("인") and title_of(word[:-1]) is not None)

    def owner_of_family_name(self, i: int) -> str | None:
        """The body before a family name at token i: with 의, named ('새터은행의') or read as a proper noun, or a
        foreign body of the table right before it ('재무성')."""
        t = self.toks[i - 1]
        if t.particle == "의" and not t.sep and t.stem not in OWN_ORGANIZATION_NOUNS \
                and (self.possessor_before(i) is not None or (t.stem.endswith(ORG_ENDINGS) and not is_korean_name(t.stem)
                                                              and morph.reading(self.body, t.start, t.start + len(t.stem)) == "proper")):
            return t.stem
        return self.body_before(i)

    def body_before(self, i: int) -> str | None:
        """'재무성 다나카 유리 보도관': a foreign body of the table, with no particle, right before token i."""
        t = self.toks[i - 1] if i > 0 else None
        return t.text if t is not None and not t.sep and not t.particle and t.text in FOREIGN_BODIES else None

    def foreign_word(self, tok: Tok) -> bool:
        """A word of a foreign name as Kiwi reads it: a proper noun in Hangul that is not a Korean
        name, a country or a title ('에마뉘엘', '댈리'), or a Latin initial ('J')."""
        if tok.sep or tok.in_quote:
            return False
        if _LATIN_INITIAL.fullmatch(tok.stem):
            return True
        return foreign_shaped_word(tok.stem) \
            and (morph.reading(self.body, tok.start, tok.start + len(tok.stem)) == "proper"
                 or self.determiner_read_surname(tok)
                 or (not tok.particle and tok.text.endswith("와")
                     and self.japanese_surname_in_wa(wa := replace(tok, stem=tok.text[:-1], particle="와"))
                     and self.wa_surname_before_body(wa)))

    def determiner_read_surname(self, tok: Tok) -> bool:
        """'이토 하야토': a bare two-syllable word ending as Japanese surnames do that Kiwi reads as a determiner and a
        one-syllable noun ('이' + '토'), right before a foreign-shaped proper noun: news never glues a determiner to
        its noun, so the word is a surname and the next its given name."""
        if tok.particle or len(tok.stem) != 2 or not tok.stem.endswith(JAPANESE_SURNAME_ENDINGS):
            return False
        ms = morph.morphs_in(self.body, tok.start, tok.end)
        if len(ms) != 2 or ms[0].tag != "MM" or not ms[1].tag.startswith("NN"):
            return False
        nxt = NEXT_WORD.match(self.body, tok.end)
        if nxt is None:
            return False
        given = strip_particle(nxt.group(1))[0]
        return len(given) >= 2 and has_foreign_syllable([given]) and not title_like(given) \
            and morph.reading(self.body, nxt.start(1), nxt.start(1) + len(given)) == "proper"

    def name_between(self, j: int, right: tuple[int, str, str | None]) -> bool:
        """Is the one word between the words ending at token j and the title (right_title) a Korean name, Kiwi's proper
        noun, after a word ending like a body ('…한빛병원지부 도한결 지부장')? Then that name holds the title."""
        last, _, org = right
        toks = self.toks
        return bool(org) and last == j + 2 and org == toks[j + 1].text and len(org) == 3 and is_korean_name(org) \
            and toks[j].stem.endswith(ORG_ENDINGS) and not has_foreign_syllable([org]) \
            and morph.reading(self.body, toks[j + 1].start, toks[j + 1].end) != "common"  # '사무국 지부장': a unit

    def named_after_body(self, j: int, right: tuple[int, str, str | None]) -> bool:
        """Is the one word between the bare word at token j and the title a full Korean name (a surname and two
        syllables), Kiwi's proper noun ('새빛당 오태경 의원' after an apposition)? Then the word at j is the name's
        body, whatever its ending, and the name holds the title."""
        last, _, org = right
        toks = self.toks
        return bool(org) and last == j + 2 and org == toks[j + 1].text and len(org) >= 3 and is_korean_name(org) \
            and not has_foreign_syllable([org]) and not toks[j].particle \
            and morph.reading(self.body, toks[j + 1].start, toks[j + 1].end) == "proper"

    def japanese_given_name(self, k: int) -> bool:
        """'니시무라 켄이', '모리타 겐 의원': a one-syllable Japanese given name right after a bare foreign word ending
        as Japanese surnames do; Kiwi reads the syllable as anything but a name. So too a two-syllable given name
        shaped as a Korean one ('신야', '신지') that Kiwi reads alone as a proper noun (not '아이', a word of its own),
        after a surname of three syllables or more ending so ('…사와', '…무라')."""
        toks = self.toks
        t, before = toks[k], toks[k - 1] if k > 0 else None
        if before is None or t.sep or t.in_quote:
            return False
        korean_shaped_given = len(t.stem) == 2 and len(before.stem) >= 3 and before.stem.endswith(JAPANESE_SURNAME_ENDINGS) \
            and HANGUL.match(t.stem) is not None and title_like(t.stem) is None and not is_person_noun(t.stem) \
            and proper_on_its_own(t.stem) and t.stem not in NOT_NAMES and t.stem not in ORG_WORDS
        return (t.stem in JAPANESE_SHORT_GIVEN_NAMES or korean_shaped_given) \
            and (not t.particle or t.particle in NAME_PARTICLES) and not before.particle \
            and len(before.stem) >= 2 and before.stem.endswith(JAPANESE_SURNAME_ENDINGS) and (
                self.foreign_word(before) or morph.reading(self.body, before.start, before.end) == "proper")

    def japanese_surname(self, i: int) -> bool:
        """'기무라 다카시', '나카무라 히로토': a word shaped like a Korean name ('기' + '무라') that ends as Japanese
        surnames do in two syllables or more, right before a bare foreign word: a Japanese surname, then the given name."""
        toks = self.toks
        if i + 1 >= len(toks):
            return False
        t, nxt = toks[i], toks[i + 1]
        return not t.sep and not t.particle and not t.in_quote and len(t.stem) >= 3 and is_korean_name(t.stem) \
            and t.stem.endswith(tuple(e for e in JAPANESE_SURNAME_ENDINGS if len(e) >= 2)) \
            and morph.reading(self.body, t.start, t.end) == "proper" and self.foreign_word(nxt)

    def misread_given_name(self, i: int) -> bool:
        """'재료공학과의 아닐 메타 교수가': a foreign given name Kiwi reads as a Korean word ('아닐': 아니+ㄹ), spelled
        with a loanword syllable, right before a proper noun and a title only a person holds. No Korean word is
        followed so; a modifier before a name and a personal title makes no sense."""
        toks = self.toks
        if i + 2 >= len(toks):
            return False
        tok, nxt, title = toks[i], toks[i + 1], toks[i + 2]
        return not tok.sep and not tok.particle and not tok.in_quote and bool(HANGUL.match(tok.text)) \
            and 2 <= len(tok.text) <= 4 and tok.text not in NOT_NAMES and any(ch in FOREIGN for ch in tok.text) \
            and not nxt.particle and self.foreign_word(nxt) and not title.sep \
            and (title_of(title.stem) or ("", ""))[0] in PERSONAL_TITLES

    def listed_before(self, i: int, title: str | None, last: int) -> None:
        """'고아름, 조윤서 씨', '이승만, 박정희 전 대통령': names listed before a titled one share its title,
        when it closes the list. In a list that goes on after it ('…, 오미란, 정태수 감독, 하준과 은호')
        or whose earlier items carry titles of their own ('채하람 PD, 서예린, …') each title is one item's."""
        toks = self.toks
        shared = not (last + 1 < len(toks) and toks[last + 1].text in LIST_SEPARATORS)
        k = i
        listed = []
        apart = True  # every name written apart, with no separator
        while k >= 1:
            if k >= 2 and toks[k - 1].text in LIST_SEPARATORS:
                t, step = toks[k - 2], 2
            elif self.bare_korean_name(toks[k - 1]):
                t, step = toks[k - 1], 1  # '채하람 오태경 정민호 전 국무총리': names written apart
            else:
                break
            if t.sep or t.particle or not (is_korean_name(t.text) or self.known_korean_name(t, any_ending=True)) \
                    or t.text.endswith(PLACE_ENDINGS) or morph.reading(self.body, t.start, t.end) not in ("proper", "nouns"):
                if step == 2 and not t.sep and (title_like(t.stem) or is_person_noun(t.stem)):
                    shared = False  # an earlier item with its own title
                break
            if step == 1 and self.after_firm_kind(t.text):
                break  # '법무법인 가온 X 변호사': the firm named after its kind, before the name
            if step == 1 and title and title.split()[-1] in SERVICE_RANKS and t.text.endswith(MILITARY_DUTY_ENDINGS):
                break  # '정비병 X(21) 일병': the soldier's duty before the name and rank ('정비병' as 정 + 비병), no name
            listed.append(t)
            apart = apart and step == 1
            k -= step
        if apart and all(len(t.text) < 3 for t in listed):
            return  # '원주 한빛 강동수 감독', '파리 오서진 특파원': two-syllable words alone before a name are a place, a body
        for t in listed:
            self.add(t.text, title if shared else None, None, "list_shared_title" if shared else "list_of_persons",
                     t.start, t.end, "")

    def known_korean_name(self, tok: Tok, any_ending: bool = False) -> bool:
        """A three-syllable word shaped like a Korean name (korean_shaped) that Kiwi's dictionary knows
        as one proper noun ('신돌석', '이휘소'); its last syllable must be one a given name ends with,
        unless any_ending ('장영실' listed before a titled name: '…, 장영실, 정약용 선생')."""
        st = tok.stem
        if not korean_shaped(st) or (not any_ending and st.endswith(NOT_NAME_ENDINGS)):
            return False
        if st.endswith(KNOWN_WORD_THING_ENDINGS) and morph.common_word(st[:2]):
            return False  # '상륙함' (상륙 + 함): a warship the dictionary lists, never a known name
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.start + len(st)) if m.end <= tok.start + len(st)]
        return len(ms) == 1 and ms[0].tag == "NNP" and not ms[0].oov and ms[0].form == st

    def titled_guess(self, i: int) -> bool:
        """'하영국 점장이': a word shaped like a Korean name whatever its last syllable (korean_shaped),
        that Kiwi reads whole as one proper noun it guessed, right before a title: a name (a place or
        a body Kiwi would know, or cut at its suffix)."""
        toks = self.toks
        tok = toks[i]
        if tok.particle or i + 1 >= len(toks) or toks[i + 1].sep or not korean_shaped(tok.stem) \
                or title_of(toks[i + 1].stem) is None or tok.stem.endswith(GUESSED_BODY_ENDINGS):
            return False
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and not prev.sep and not prev.particle and morph.reading(self.body, prev.start, prev.end) == "proper":
            return False  # '탁문영 한빛대 교수': the body of the name before it
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.end) if m.end <= tok.end]
        return len(ms) == 1 and ms[0].tag == "NNP" and ms[0].oov and ms[0].form == tok.stem

    def bare_korean_name(self, tok: Tok) -> bool:
        """A word shaped like a Korean name that Kiwi knows as one proper noun ('김구', '안중근')."""
        if tok.sep or tok.particle or not is_korean_name(tok.text):
            return False
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.end) if m.end <= tok.end]
        return len(ms) == 1 and ms[0].tag == "NNP" and ms[0].form == tok.text

    def foreign_given_name(self, i: int) -> bool:
        """'신시아 벨린': a given name shaped like a Korean name, before a foreign surname; a surname of five syllables
        ('라이언 헤일스워스') only after a given name known as foreign (not '마루겸 벼리소프트': the firm after a name)."""
        toks = self.toks
        return i + 1 < len(toks) and not toks[i].particle and is_korean_name(toks[i].stem) \
            and morph.reading(self.body, toks[i].start, toks[i].end) == "proper" \
            and self.foreign_word(toks[i + 1]) and any(ch in FOREIGN for ch in toks[i + 1].stem) \
            and (len(toks[i + 1].stem) <= 4 or (len(toks[i + 1].stem) == 5 and toks[i].stem in FOREIGN_GIVEN_NAMES)) \
            and not toks[i + 1].stem.endswith(BODY_ENDINGS + FIRM_ENDINGS) \
            and not (is_korean_name(toks[i].stem) and len(toks[i].stem) == 3 and self.known_body(toks[i + 1]))

    def known_body(self, tok: Tok) -> bool:
        """Is the word one proper noun Kiwi knows as a whole ('카카오', '네이버'), where foreign surnames
        are mostly unknown to it or cut in pieces ('루미스': 루/NNP 미스/NNG)? After a full Korean name
        such a word is the firm ('김도현 라온톡 창업자')."""
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.start + len(tok.stem)) if m.end <= tok.start + len(tok.stem)]
        return len(ms) == 1 and ms[0].tag == "NNP" and not ms[0].oov

    def glossed(self, tok: Tok) -> bool:
        """Is the word followed by a person's gloss in parentheses: an age ('올리버(25)', '(25·회사원)')
        or the country or club a player or contestant stands for ('(프랑스)', '(워싱턴 내셔널스)')?"""
        at = tok.start + len(tok.stem)
        if tok.particle and not self.body.startswith("(", at):
            at = tok.end
        m = AGE_OR_TEAM_GLOSS.match(self.body, at)
        if m is None:
            return False
        inner = m.group("team")
        if m.group("country") and m.group("country")[:-1] not in COUNTRY_NAMES:
            return False  # '(튀르키예·모래톱크루즈)': the country, then the club
        return inner is None or morph.reading(self.body, m.start("team"), m.end("team")) == "proper"

    def used_alone(self, word: str, then: str) -> bool:
        """Does the article write the word on its own, not followed by the next one, elsewhere?"""
        alone = re.compile(rf"(?<![\uac00-\ud7a3]){re.escape(word)}(?! {re.escape(then)})(?=[\uac00-\ud7a3]{{0,2}}[\s.,!?]|$)")
        return any(True for _ in alone.finditer(self.body))

    def written_apart(self, word: str, before: str, until: int) -> bool:
        """Does the article write the word before the name without the word before it ('춘천 윈드호크스를' before
        '한스 베버 윈드호크스 감독'): a body named on its own, not the last word of a name (a surname alone comes
        after the full name: '홀랜드는 이어')?"""
        alone = re.compile(rf"(?<![\uac00-\ud7a3])(?<!{re.escape(before)} ){re.escape(word)}(?=[\uac00-\ud7a3]{{0,2}}[\s.,!?]|$)")
        return any(True for _ in alone.finditer(self.body, 0, until))

    def foreign_names(self) -> None:
        """'잭 칼드웰 미국 대통령은', '맷 콜린스 노스브릿지 캐피털 CEO도': two or three words Kiwi reads
        as proper nouns, at the start of a clause, before an organisation and a title."""
        toks = self.toks
        foreign = [self.foreign_word(t) for t in toks]  # asked once a word (a pure test of the word where it stands)
        i = 0
        while i < len(toks):
            prev = toks[i - 1] if i > 0 else None
            if prev is not None and not prev.sep and not prev.particle and HANGUL.match(prev.text) and HANGUL.match(toks[i].stem) \
                    and title_of(toks[i].stem) is None and title_of(prev.text + toks[i].stem) is not None:
                i += 1
                continue  # '미들 블로커 X': the second word of a title spelled apart opens no name
            if toks[i].stem in self.persons or not (
                    foreign[i] or (i + 1 < len(toks) and foreign[i + 1] and (  # each of the three needs a foreign word next
                        self.foreign_given_name(i) or self.misread_given_name(i) or self.japanese_surname(i)))
                    or (i + 1 < len(toks) and self.japanese_given_name(i + 1))):
                i += 1
                continue  # (asked first: few words are foreign, and the role before a word costs more to find)
            left = self.left_role(i)
            starts = prev is None or prev.sep or prev.particle or left is not None or prev.text in ORG_WORDS \
                or morph.reading(self.body, prev.start, prev.end) != "proper"
            if not starts or (toks[i].particle and left is None):
                i += 1
                continue
            j = i
            while j + 1 < len(toks) and j - i < 2 and not toks[j].particle and (
                    foreign[j + 1] or self.japanese_given_name(j + 1) or self.sandwiched(j + 1)):
                j += 1
            names = [t.stem for t in toks[i:j + 1]]
            if len(names[-1]) == 1 and any(p.startswith(names[-1]) for p in self.persons):
                j -= 1  # '라온 조 감독': a short mention of 조민혁, not a foreign name
                names = names[:-1]
                if not names:
                    i += 1
                    continue
            if len(names) >= 3 and not toks[j].particle and j + 1 < len(toks) and toks[j + 1].text in CHARGE_WORDS:
                j -= 1  # '올리버 그랜트 서아프리카 담당 국장': the field the post covers, not a word of the name
                names = names[:-1]
            while len(names) >= 2 and not toks[j].particle and len(names[-1]) >= 3 and (
                    ((names[-1].endswith(NAME_SHAPED_BODY_ENDINGS)
                      or (len(names[-1]) >= LONG_BODY_WORD and names[-1].endswith(BODY_ENDINGS)))
                     and not has_foreign_syllable(names[-1:])) or unit_of_words(names[-1])
                    or names[-1].endswith(LONG_UNIT_ENDINGS)
                    or self.school_short_name(names[-1], toks[j].start)):
                # '누리케미칼 온산공장 X 공장장': a firm's plant; '가람 새빛고 X 교사': a high school's short name
                j -= 1  # '계하람 청솔대 사학과 교수', '에이든 카터 수출통제국 차관': a body's word after the name opens
                names = names[:-1]  # its organisation (a long word with a body's ending, or a unit named by common nouns)
            if len(names) >= 2 and is_firm_kind(names[0]):
                self.firms.add(" ".join(names[1:]))
                i = j + 1
                continue  # '벤처캐피털 누리온벤처스가': the kind of firm, then the firm's name
            right = None if toks[j].particle else self.right_title(j, after_foreign=True)
            opens = prev is None or prev.particle or prev.text in ".\"“”" or "\n" in self.body[prev.end:toks[i].start]
            says = opens and toks[j].particle in TOPIC_OR_SUBJECT and re.match(r"[^.\n]*?[\"“]", self.body[toks[j].end:])
            inner = {toks[x].stem for x in range(i + 1, j) if self.sandwiched(x)}  # '유세프 하산 카말': 산 is no mountain
            named_then_body = right is not None and len(names) == 2 and len(names[0]) == 3 and is_surname(names[0][0]) \
                and names[0] not in FOREIGN_GIVEN_NAMES and not names[0].endswith(BODY_ENDINGS) \
                and body_word_after_name(names[1])  # '도하르 해솔테크 대표'; not '여울대 가람병원 X 교수'
            unknown_surname = self.unknown_foreign_surname(names, j, right)
            if any(n.endswith(PLACE_ENDINGS) and n not in inner and n != unknown_surname for n in names) \
                    or (names[-1].endswith(FIRM_ENDINGS + LONG_ORG_ENDINGS) and not named_then_body and not (
                        right is not None and len(names) == 3 and has_foreign_syllable(names[:2]) and body_word_after_name(names[2]))):
                pass  # '서울 강남구 보건소장': places before a title; '파트너 윤슬랩스의': a firm
            elif right is not None and right[1] in REGIONAL_POSTS and self.name_between(j, right):
                pass  # '에밀리 웰스 유타 주지사': the word between is the place the post heads, not a name
            elif len(names) >= 2 and right is not None and self.name_between(j, right):
                last, title, org = right
                self.add(org, title, " ".join(names), "org_name_title", toks[last - 1].start, toks[last].end, toks[last].particle)
                i = last + 1
                continue  # '전국공공운수노조 한빛병원지부 도한결 지부장': the body's words, then the titled Korean name
            elif len(names) >= 2 and right is not None and self.spaced_name_within(toks[i].start, toks[right[0]].end):
                pass  # '교통국 호앙 쑤언 득 부국장': the foreign name found whole before the post, no body's words in it
            elif len(names) >= 2 and right is not None:
                last, title, org = right
                body_words = []
                while len(names) > 1 and len(names[0]) >= 3 and (names[0].endswith(LONG_ORG_ENDINGS) or (
                        names[0].endswith(BODY_ENDINGS) and not has_foreign_syllable([names[0]]))):
                    body_words.append(names.pop(0))  # '대한의사협회 탁성률 대변인': the body, then the name
                    i += 1
                if not org and not body_words and prev is not None and not prev.sep and not prev.particle \
                        and prev.text in TERRITORIES and is_state_post(title):
                    org = prev.text  # '러시아 이반 소콜로프 외무장관': the country the minister serves
                if not org and not body_words and i >= 2 and prev is not None and not prev.sep and not prev.particle \
                        and prev.text in AFFILIATION_MARKERS:
                    org = self.left_org(i - 1)[1]  # '새터국 반군 측 유세프 하산 카말 대변인': the side they speak for
                if org and len(org) == 3 and is_korean_name(org) and not has_foreign_syllable([org]) and org not in TERRITORIES \
                        and org not in LOCALITIES and not body_words and names[-1].endswith(SITE_ENDINGS) \
                        and not any(is_korean_name(n) or korean_shaped(n) for n in names):
                    # '다솔화학 여수공장 표영만 공장장': the firm and its plant, then the titled Korean name
                    self.add(org, title, " ".join(names), "org_name_title", toks[last - 1].start, toks[last].end, toks[last].particle)
                    i = last + 1
                    continue
                if body_words:
                    org = " ".join(body_words + ([org] if org else []))
                    if len(names) == 1 and names[0].endswith(BODY_ENDINGS):
                        i = j + 1
                        continue  # '대구경찰청 반부패경제범죄수사대 진태곤 대장': two bodies, then the titled name
                if len(names) >= 2 and len(names[0]) == 3 and (
                        (is_korean_name(names[0]) and not has_foreign_syllable(names[:1]))
                        or named_then_body  # '도하르 해솔외교포럼 대표': a surname and a given name, then the body
                        or (korean_shaped(names[0]) and not names[0].endswith(JAPANESE_SURNAME_ENDINGS) and len(names[1]) >= 2)) \
                        and not any(is_korean_name(n) for n in names[1:]) and not self.japanese_given_name(i + 1) \
                        and not self.japanese_surname(i):
                    # '구본서': 본 is a Korean given name's too; not '모리타 겐': a Japanese surname and given name
                    org = " ".join(names[1:] + ([org] if org else []))  # '함지윤 리얼뷰 수석연구원': a name, then the firm
                    names = names[:1]
                if len(names) == 3 and not org and title in REGIONAL_POSTS and all(len(n) >= 2 for n in names):
                    org = names[2]  # '에이미 콜린스 네바다 주지사': the place the governor or mayor heads
                    names = names[:2]
                elif len(names) == 3 and self.body.count(names[0]) > self.body.count(" ".join(names)):
                    org = names[0] if not org else f"{names[0]} {org}"  # '노바칩 빌 하퍼': the firm named on its own elsewhere
                    names = names[1:]
                    i += 1
                elif len(names) == 3 and org and self.body.count(f"{names[-1]} {org}") > self.body.count(" ".join(names)):
                    org = f"{names[-1]} {org}"  # '맷 콜린스 노스브릿지 캐피털 CEO': the firm's first word
                    names = names[:-1]
                elif len(names) == 3 and not org and self.used_alone(names[1], names[2]):
                    org = names[2]  # '일론 머스크 테슬라 CEO' … '머스크는': the surname is the second word
                    names = names[:-1]
                elif len(names) == 3 and not org and (body_word_after_name(names[2])
                                                      or self.written_apart(names[2], names[1], toks[i].start)):
                    org = names[2]  # '한스 베버 윈드호크스 감독' … '춘천 윈드호크스를': the team, written without the name
                    names = names[:-1]
                self.add(" ".join(names), title, org, "morphology", toks[i].start, toks[last].end, toks[last].particle)
            elif len(names) >= 2 and any(ch in FOREIGN for n in names for ch in n) \
                    and not any(n.endswith(ASSOCIATION_ENDINGS) for n in names) and (says or self.glossed(toks[j]) or (
                    starts and toks[j].particle in NAME_PARTICLES and morph.unknown(self.body, toks[j].start, toks[j].start + len(names[-1])))):
                if toks[j].particle == "의" and any(
                        p.organization and f" {p.organization}".endswith(f" {' '.join(names)}") for p in self.persons.values()):
                    i = j + 1
                    continue  # '스텔라 포지의 A B 대표': the body whose post the next name holds, found with it
                if self.department_before_titled_name(j):
                    i = j + 1
                    continue  # '가람시 돌봄지원과 X 팀장': a department ending in 과, read as 'and', the next name's body
                title, org = left or self.left_role(i, suffixed=True) or (None, None)
                self.add(" ".join(names), title, org, "morphology", toks[i].start, toks[j].end, toks[j].particle)
            elif left is not None and len(names) == 1 and right is not None and self.named_after_body(j, right):
                last, title, org = right
                self.add(org, title, names[0], "org_name_title", toks[last - 1].start, toks[last].end, toks[last].particle)
                i = last + 1
                continue  # '위원장인 새빛당 오태경 의원': after the apposition, the body, then the titled Korean name
            elif left is not None and right is not None and right[2] and len(names) == 1 \
                    and names[0].endswith(BODY_ENDINGS) and (is_korean_name(right[2].split()[-1]) or (
                        korean_shaped(right[2].split()[-1]) and right[2].split()[0].endswith(FACULTY_UNIT_ENDINGS))):
                pass  # '사회를 맡은 한빛대 신문방송학과 X 교수': the body and its department, then the name
            elif left is not None and len(names) == 1 and len(names[0]) >= 4 and names[0].endswith(UNIT_ENDINGS) \
                    and toks[j].particle == "의":
                pass  # '솔가온경제연구원 산업동향실의 X 연구위원': a body's unit owning the post after, no name
            elif left is not None and len(names) == 1 and unit_name(names[0]):
                pass  # '…연구원 산업동향실의 X 연구위원': a unit of the body before it (its '연구원' no title), no name
            elif left is not None and right is not None and self.title_of_next_name(right[0]):
                pass  # '운영사 누리웨이브 대표 X(47)씨': the firm and the post of the name right after them
            elif left is not None and (toks[j].particle in NAME_PARTICLES or right is not None):
                end, particle = (toks[right[0]].end, toks[right[0]].particle) if right else (toks[j].end, toks[j].particle)
                title, org = (right[1], right[2] or left[1]) if right else left  # '심사위원장인 X 청솔대 교수': the post after
                self.add(" ".join(names), title, org, "morphology", toks[i].start, end, particle)
            i = j + 1

    def title_of_next_name(self, last: int) -> bool:
        """Does the title ending at token `last`, with no particle, stand right before a Korean name with an age or
        씨 ('… 대표 탁서윤(47)씨')? Then the title is that name's, and the words before it its body, no name."""
        toks = self.toks
        if toks[last].particle or last + 1 >= len(toks) or toks[last + 1].sep:
            return False
        nxt = toks[last + 1]
        stem = nxt.stem[:-1] if nxt.stem.endswith(HONORIFIC) and len(nxt.stem) >= 3 else nxt.stem
        return is_korean_name(stem) and (bool(AGE_ONLY.match(self.body, nxt.start + len(stem)))
                                         or self.body.startswith(HONORIFIC, nxt.start + len(stem))
                                         or self.body.startswith(" " + HONORIFIC, nxt.start + len(stem)))

    def unknown_foreign_surname(self, names: list[str], j: int, right: tuple[int, str, str | None] | None) -> str | None:
        """'에스테반 몰레도 수석코치': the last word of a foreign name before a title may end like a place ('도',
        '로', '산') when it is a surname, spelled with a loanword's syllable, that Kiwi does not know at all; the
        places that end so are in its dictionary ('콜로라도', '올랜도'). That word, or None."""
        last = names[-1]
        if right is None or len(names) < 2 or not has_foreign_syllable([last]) or last in COUNTRY_NAMES:
            return None
        at = self.toks[j].start
        return last if morph.unknown(self.body, at, at + len(last)) else None

    def misread_foreign_pairs(self) -> None:
        """'재단의 엘비라 라오 교수는': a foreign given name and surname right before a title, where Kiwi
        reads the given name as a proper noun and glues the surname to it as a copula's ending ('라오': 이+라오),
        so the foreign name rule sees one word. A bare word Kiwi reads as nothing but endings is no word of its
        own: after a foreign proper noun (after a clause's opening or a body with 의) and right before a post, it
        is the surname of the post holder."""
        toks = self.toks
        for i in range(len(toks) - 2):
            first, second = toks[i], toks[i + 1]
            if first.particle or second.particle or first.sep or second.sep or second.in_quote \
                    or first.stem in self.persons or not self.foreign_word(first) \
                    or first.stem.endswith(BODY_ENDINGS + LONG_ORG_ENDINGS + FIRM_ENDINGS + PLACE_ENDINGS) \
                    or not self.read_as_endings(second):
                continue
            prev = toks[i - 1] if i > 0 else None
            if prev is not None and not prev.sep and not prev.particle and self.left_role(i) is None \
                    and morph.reading(self.body, prev.start, prev.end) == "proper":
                continue  # '…테크 엘비라 라오 대표': a proper noun before may be a word of the same name or body
            right = self.right_title(i + 1, after_foreign=True)
            if right is None or right[0] != i + 2 or right[2] is not None:
                continue  # the title right after the two words, nothing between
            last, title, _ = right
            if not toks[last].particle and last + 1 < len(toks) and not toks[last + 1].sep:
                continue  # '… 대표 X': the title heads the next name, the two words are its body
            org = self.possessor_before(i) or self.body_before(i)
            self.add(f"{first.stem} {second.stem}", title, org, "morphology", first.start, toks[last].end,
                     toks[last].particle)

    def read_as_endings(self, tok: Tok) -> bool:
        """Is the bare Hangul word of two or three syllables read by Kiwi as nothing but a copula and endings
        ('라오' after '후아니타': 이/VCP 라오/EF), the tail of an inflected word before it rather than a word?"""
        if not re.fullmatch(r"[가-힣]{2,3}", tok.stem) or tok.stem in NOT_NAMES or title_like(tok.stem):
            return False
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.end) if m.end > tok.start]
        return bool(ms) and all(m.tag.startswith(("E", "VCP")) for m in ms)

    def chinese_names(self) -> None:
        """'중국 상무부 탕쉐펑 대변인은', '해룡그룹의 쑨옌칭 한국법인 대표도': a Chinese name written as one word
        (chinese_shaped), that Kiwi reads as a proper noun, right before [a unit and] a title: that titled person,
        of the body named before it. Untitled ('대만 영화 …의 류샤오첸이 받았다'), such a word the article writes again
        and makes a clause's subject is that person too."""
        toks = self.toks
        spans = [(m.start, m.end) for m in self.mentions if m.kind == "full"]
        for i, tok in enumerate(toks):
            if tok.particle and not tok.sep and not tok.in_quote and tok.particle in TOPIC_OR_SUBJECT \
                    and tok.stem not in self.persons and chinese_shaped(tok.stem) \
                    and (self.body.count(tok.stem) >= 2 or self.member_of_possessor(i)) \
                    and not tok.stem.endswith(CHINESE_PLACE_ENDINGS) and tok.stem not in NOT_NAMES and tok.stem not in ORG_WORDS \
                    and morph.reading(self.body, tok.start, tok.start + len(tok.stem)) == "proper":
                self.add(tok.stem, None, None, "morphology", tok.start, tok.end, tok.particle)
            if tok.sep or tok.particle or tok.in_quote or tok.stem in self.persons or tok.stem in NOT_NAMES \
                    or tok.stem in ORG_WORDS or not chinese_shaped(tok.stem) \
                    or any(a <= tok.start < b for a, b in spans) \
                    or morph.reading(self.body, tok.start, tok.end) not in ("proper", "nouns"):
                continue  # and not '탁재민 한강 X 단장': a word of the body a name found before holds the title in
                # (Kiwi may cut one it does not know into nouns: '천/NNG 하오위/NNG')
            right = self.right_title(i, after_foreign=True)
            if right is None:
                continue
            last, title, org = right
            before = self.body_before(i) or self.possessor_before(i) or self.parent_body_before(i)
            if before and org and " " not in title:
                title = f"{org} {title}"  # '한빛유통의 X 한국법인 대표': the unit between is the post's
            org = before or org
            self.add(tok.stem, title, org, "morphology", tok.start, toks[last].end, toks[last].particle)

    def rare_surnamed_in_post_slot(self) -> None:
        """'해양수산부 어촌복지정책과 견하율 과장', '전북도 도시주택국 빈도윤 건축과장': between a body (with its units) and a
        post stands the holder's name, whatever its surname; a word of a rarer surname and two syllables there, which
        the dictionary does not know, is that name."""
        for i, tok in enumerate(self.toks):
            st = tok.stem
            if tok.sep or tok.particle or tok.in_quote or len(st) != 3 or not HANGUL.match(st) or st[0] not in RARE_SURNAMES \
                    or st in self.persons or st in NOT_NAMES or st in ORG_WORDS or title_like(st) or is_person_noun(st) \
                    or st.endswith(ORG_ENDINGS) or any(ch in FOREIGN for ch in st[1:]) or morph.common_word(st) \
                    or morph.reading(self.body, tok.start, tok.end) == "common":
                continue
            right = self.right_title(i)
            if right is None:
                continue
            last, title, org = right
            if st[0] in DPRK_SURNAMES and org and org.split()[0] in COUNTRY_NAMES:
                self.add(st, title, org, "morphology", tok.start, self.toks[last].end, self.toks[last].particle)
                continue  # '리명철 북한 국방성 부상': a DPRK spelling, then the country, the body and the post
            if org and not all(w.endswith(ORG_ENDINGS + UNIT_ENDINGS_LONG) for w in org.split()) \
                    and not self.short_mention_after(st, title, tok.end):
                continue  # '가람당의 미도리 하루카 대표': a second word of the name, no unit of the body
            before = self.body_before(i) or self.parent_body_before(i) or self.possessor_before(i)
            if before is None and not self.short_mention_after(st, title, tok.end) \
                    and not self.opening_fused_local_post(i, last, title):
                continue
            org = " ".join(w for w in (before, org) if w) or None
            self.add(st, title, org, "morphology", tok.start, self.toks[last].end, self.toks[last].particle)

    def graded_pupils(self) -> None:
        """'같은 학교 3학년 X 학생은', '가람중 2학년 3반 X 학생이': a school year or class, a Korean name, then a noun for a
        pupil: the pupil, titled by the noun; the school before the year, if any, is the organisation (a pointing
        '같은 학교' is resolved with the others, affiliation.pointed_body)."""
        toks = self.toks
        for i in range(1, len(toks) - 1):
            tok, year, nxt = toks[i], toks[i - 1], toks[i + 1]
            if tok.sep or tok.particle or tok.in_quote or year.sep or year.particle or nxt.sep \
                    or not SCHOOL_GRADE_OR_CLASS.match(year.text) or nxt.stem not in GRADED_PUPIL_NOUNS \
                    or not is_korean_name(tok.stem) or tok.stem in self.persons or morph.common_word(tok.stem):
                continue
            k = i - 1
            while k > 0 and not toks[k - 1].sep and not toks[k - 1].particle and SCHOOL_GRADE_OR_CLASS.match(toks[k - 1].text):
                k -= 1  # '2학년 3반'
            school = toks[k - 1] if k > 0 and (self.school(toks[k - 1]) or self.school_of_any_level(toks[k - 1])) else None
            self.add(tok.stem, nxt.stem, school.text if school is not None else None, "morphology", tok.start, nxt.end,
                     nxt.particle)

    def school_of_any_level(self, tok: Tok) -> bool:
        """'새빛중', '가람초', '누리초등학교': a bare word of three syllables or more ending as a school of any level does,
        which Kiwi reads as a name or nouns."""
        w = tok.text
        return not tok.sep and not tok.particle and HANGUL.fullmatch(w) is not None and 3 <= len(w) <= 9 \
            and w.endswith(SCHOOL_SHORT_ENDINGS + SCHOOL_FULL_ENDINGS) and not has_foreign_syllable([w]) \
            and morph.reading(self.body, tok.start, tok.end) in ("proper", "nouns")

    def opening_fused_local_post(self, i: int, last: int, title: str) -> bool:
        """'X 솔매군수는 "…"', 'X 가람시장이': the word opens its sentence and a local post fused with its place follows it
        right away (affiliation.local_body) as the sentence's topic or subject, which proves the slot a name's as a
        body before it would. Not inside a list of guests ('협약식에는 X 순천시장과 …'): a later mention proves those."""
        prev = self.toks[i - 1] if i > 0 else None
        return last == i + 1 and " " not in title and affiliation.local_body(title) is not None \
            and self.toks[last].particle in TOPIC_OR_SUBJECT \
            and (prev is None or prev.sep or self.opening_at(self.toks[i].start))

    def short_mention_after(self, name: str, title: str, pos: int) -> bool:
        """'계하진 코인다리 대표는 … 계 대표는': the article calls the person later by the surname and the post, which proves
        the first syllable a surname and the word a name. A post fused with its place or body ('순천시장', '…상인회장')
        comes back as the post alone ('탄 시장', '탄 회장')."""
        post = title.split()[-1]
        head = TITLE_SUFFIX_ENDINGS.longest(post, 1)
        posts = "|".join(re.escape(p) for p in (post, head) if p and len(p) >= 2)
        return re.search(r"(?<![가-힣])%s (?:%s)" % (re.escape(name[0]), posts), self.body[pos:]) is not None

    def member_of_possessor(self, i: int) -> bool:
        """'중국 대표팀의 X는', '상대 팀의 X가': a word right after a noun with '의' belongs to what that noun names, a
        member of a team or a body, as a name does; a common noun there would be a thing of it."""
        prev = self.toks[i - 1] if i > 0 else None
        return prev is not None and not prev.sep and prev.particle == "의" and HANGUL.match(prev.stem) is not None \
            and not is_korean_name(prev.stem) and prev.stem not in self.persons

    def sandwiched(self, k: int) -> bool:
        """'유세프 하산 카말': a bare word shaped like a Korean name ('하산') between two words of a foreign name
        is a word of that name."""
        toks = self.toks
        return 0 < k < len(toks) - 1 and not toks[k].sep and not toks[k].particle and is_korean_name(toks[k].stem) \
            and morph.reading(self.body, toks[k].start, toks[k].end) == "proper" and self.foreign_word(toks[k + 1]) \
            and not toks[k - 1].particle and self.foreign_word(toks[k - 1])

    def ministry_before_post(self, j: int) -> bool:
        """Is the word at j a government body ('교통부', '외무성', '관세청'), bare, right before a post of a state?"""
        toks = self.toks
        return j + 1 < len(toks) and not toks[j].sep and not toks[j].particle and not toks[j + 1].sep \
            and len(toks[j].stem) >= 3 and toks[j].stem.endswith(GOVERNMENT_BODY_ENDINGS) \
            and is_state_post(toks[j + 1].stem) and title_of(toks[j + 1].stem) is not None

    def ministry_before_any_post(self, j: int) -> bool:
        """Is the word at j a government body ('외교부', '외무성'), bare, right before any title? Every post of a state's
        ministry is the state's ('외교부 대변인', '외교부 차관'), not only a minister's."""
        toks = self.toks
        return j + 1 < len(toks) and not toks[j].sep and not toks[j].particle and not toks[j + 1].sep \
            and len(toks[j].stem) >= 3 and toks[j].stem.endswith(GOVERNMENT_BODY_ENDINGS) \
            and title_of(toks[j + 1].stem) is not None

    def country_word(self, tok: Tok) -> bool:
        """A word of a foreign name beside a country and a post: a proper noun in Hangul (Kiwi's reading; or
        pieces with a loanword's syllable, '린드'), no country, body, title or role, whatever its shape ('서보',
        '살로' look Korean or short; '레이사' ends like a post but Kiwi knows no such word)."""
        w = tok.stem
        if tok.sep or tok.in_quote or not re.fullmatch(r"[가-힣]{1,6}", w) or w in ORG_WORDS or w in NOT_NAMES \
                or w in COUNTRY_NAMES or w in TITLES or is_person_noun(w) or w.endswith(LONG_ORG_ENDINGS + BUILDING_ENDINGS) \
                or trade_word(w):
            return False
        if len(w) == 1:
            return True
        read = morph.reading(self.body, tok.start, tok.start + len(w))
        return read == "proper" or (read == "nouns" and has_foreign_syllable([w]) and not title_like(w))  # '린/NNG 드/NNG'

    def last_foreign_word(self, tok: Tok, announced: bool = False) -> bool:
        """The last word of a foreign name after its first one, with a particle: a short Hangul word that is no
        country, body, title, role or common noun as Kiwi reads it (with its particle Kiwi may read it whole).
        Announced by a country of origin and an occupation ('프랑스 출신 평론가 A 모로가'), Kiwi's pieces
        ('모/MM 로/NNG') are no reason to doubt it; only one whole dictionary word is."""
        w = tok.stem
        doubted = ("common",) if announced else ("common", "nouns")
        if trade_word(w):
            return False
        return not tok.sep and not tok.in_quote and bool(re.fullmatch(r"[가-힣]{1,4}", w)) and w not in ORG_WORDS \
            and w not in NOT_NAMES and w not in COUNTRY_NAMES and title_of(w) is None and not is_person_noun(w) \
            and morph.reading(self.body, tok.start, tok.start + len(w)) not in doubted

    def country_named(self, words: list[Tok]) -> bool:
        """Are these words one foreign name: two to four (one syllable words of a Vietnamese name included), not all
        shaped like Korean names ('버르가 졸탄'), or one word foreign in its syllables ('왕샤오밍')?"""
        stems = [t.stem for t in words]
        if not stems or len(stems) > MAX_SPACED_NAME_WORDS:
            return False
        if len(stems) >= 2:
            return not all(is_korean_name(w) for w in stems)
        return has_foreign_syllable(stems) and len(stems[0]) >= 3 and not is_korean_name(stems[0])

    def country_titled_names(self) -> None:
        """'헝가리의 서보 미클로시 총리는', '핀란드 총리 안니카 살로는', '왕샤오밍 중국 외교부장은': a country, a post of
        its government and a foreign name in any order; the words between are the name, surname first or last,
        whatever their shape, and the country is the organisation ('미국 존 스미스 교수': no post of a state)."""
        toks = self.toks
        n = len(toks)
        for k, tok in enumerate(toks):
            if tok.sep or tok.stem not in COUNTRY_NAMES or tok.particle not in ("", "의"):
                continue
            side = k + 1 < n and not tok.particle and toks[k + 1].stem in AFFILIATION_MARKERS  # '폴란드 측(에서) …'
            post = not side and k + 1 < n and not tok.particle and not toks[k + 1].sep and not toks[k + 1].particle \
                and is_state_post(toks[k + 1].stem) and title_of(toks[k + 1].stem) is not None
            origin = k + 1 < n and not tok.particle and not toks[k + 1].particle and toks[k + 1].stem == ORIGIN
            occupation = not post and not side and not origin and k + 1 < n and not tok.particle \
                and not toks[k + 1].particle and not toks[k + 1].sep and not is_state_post(toks[k + 1].stem) \
                and (title_like(toks[k + 1].stem) is not None or is_person_noun(toks[k + 1].stem)) \
                and toks[k + 1].stem not in SIDE_STANDINGS | PLAYER_ROLES  # '브라질 수비수 A B': a national side's
            j = k + 2 if post or side or origin or occupation else k + 1
            position = toks[k + 1].stem if occupation else None  # '일본 배우 A B도': a nationality, then what one does
            if origin and j + 1 < n and not toks[j].sep and not toks[j].particle and not toks[j + 1].sep \
                    and not toks[j + 1].particle and title_of(toks[j].text + toks[j + 1].text):
                position, j = f"{toks[j].text} {toks[j + 1].text}", j + 2  # '브라질 출신 아포짓 스파이커 X Y': the position
            elif origin and j + 1 < n and not toks[j].sep and not toks[j].particle and not toks[j + 1].sep \
                    and title_like(toks[j].stem) is not None and self.country_word(toks[j + 1]):
                position, j = toks[j].text, j + 1  # '벨기에 출신 영화평론가 X Y': the occupation, then the name
            words: list[Tok] = []
            while j < n and len(words) < MAX_SPACED_NAME_WORDS:
                whole = replace(toks[j], stem=toks[j].text, particle="")
                if toks[j].particle and j + 1 < n and not toks[j + 1].sep and self.country_word(whole) and (
                        self.country_word(toks[j + 1]) or title_of(toks[j + 1].stem)):
                    words.append(whole)  # '버르가 졸탄': a name's word whose end reads as a particle, mid-name
                elif self.country_word(toks[j]):
                    words.append(toks[j])
                else:
                    break
                j += 1
                if words[-1].particle:
                    break
            if post and words and words[-1].particle in NAME_PARTICLES | {"의"} and self.country_named(words):
                self.add(" ".join(t.stem for t in words), toks[k + 1].stem, tok.stem, "country_titled_name",
                         words[0].start, words[-1].end, words[-1].particle)
                continue  # '핀란드 총리 안니카 살로는'
            if not post and not side and (tok.particle == "의" or origin) and len(words) == 1 and j < n and not toks[j].sep \
                    and (cop := next((c for c in LIST_COPULAS if toks[j].text.endswith(c)), None)) \
                    and self.country_word(bare := replace(toks[j], stem=toks[j].text[:-len(cop)], particle=cop)):
                words.append(bare)  # '일본의 A B였고': the name's last word, then the copula closing the clause
            elif not post and not side and (tok.particle == "의" or origin) and len(words) == 1 and not words[0].particle and j < n \
                    and toks[j].particle in NAME_PARTICLES and self.last_foreign_word(toks[j], origin and position is not None):
                words.append(toks[j])  # '폴란드의 A B이': the last word, whatever Kiwi makes of it with its particle
            chinese_one_word = len(words) == 1 and words[0].particle in NAME_PARTICLES \
                and chinese_shaped(words[0].stem, longest_given=4) and not words[0].stem.endswith(CHINESE_DIVISION_ENDINGS)
            # '중국의 쑨자오웨이가': a Chinese name is one word; '중국의 양쯔강은', '장쑤성이' are places
            if not post and not side and (tok.particle == "의" or origin or (occupation and len(words) >= 2)) \
                    and ((len(words) >= 2 and self.country_named(words)) or chinese_one_word) \
                    and (words[-1].particle in NAME_PARTICLES | PERSON_PARTICLES | set(LIST_COPULAS) or j >= n or toks[j].sep):
                self.add(" ".join(t.stem for t in words), position, None, "country_named", words[0].start, words[-1].end,
                         words[-1].particle)  # '2위는 일본의 A B, 3위는 …', '베트남 출신 A B C는': a country's person, no post
                continue
            if post or not words or words[-1].particle or j >= n or toks[j].sep:
                continue
            body = tok.stem
            if tok.particle == "의" and len(words) >= 2 and self.ministry_before_post(j):
                body, j = toks[j].stem, j + 1  # '태국의 A B 교통부 장관은': the country's ministry, then its post
            title = title_of(toks[j].stem)
            if title is None or not is_state_post(toks[j].stem) or not self.country_named(words) \
                    or (len(words) == 1 and tok.particle != "의"):
                continue  # not '미국 텍사스 법무장관': one word between a country and a post may be a state's
            self.add(" ".join(t.stem for t in words), toks[j].stem, body, "country_titled_name",
                     words[0].start, toks[j].end, toks[j].particle)  # '헝가리의 서보 미클로시 총리는'
            while toks[j].particle in JOINING_PARTICLES and j + 3 < n:
                nxt = [toks[j + 1], toks[j + 2]]  # '… 국방장관과 C D 기후장관이': the next minister of the same side
                if not all(self.country_word(t) and not t.particle for t in nxt) or not self.country_named(nxt) \
                        or toks[j + 3].sep or not is_state_post(toks[j + 3].stem) or title_of(toks[j + 3].stem) is None:
                    break
                j += 3
                self.add(" ".join(t.stem for t in nxt), toks[j].stem, tok.stem, "country_titled_name",
                         nxt[0].start, toks[j].end, toks[j].particle)
        for k in range(1, n - 1):
            tok, prev = toks[k], toks[k - 1]
            ministry = self.ministry_before_any_post(k + 1)  # '… 베트남 외교부 대변인은': the country's ministry, then its post
            at = k + 2 if ministry else k + 1
            if tok.sep or tok.particle or tok.stem not in COUNTRY_NAMES or prev.particle or not self.country_word(prev) \
                    or (k >= 2 and not toks[k - 2].sep and not toks[k - 2].particle) or toks[at].sep \
                    or title_of(toks[at].stem) is None or not (ministry or is_state_post(toks[at].stem)) \
                    or not self.country_named([prev]):
                continue
            body = f"{tok.stem} {toks[k + 1].stem}" if ministry else tok.stem
            self.add(prev.stem, toks[at].stem, body, "country_titled_name", prev.start, toks[at].end,
                     toks[at].particle)  # '왕샤오밍 중국 외교부장은': one foreign word at a clause's start

    def foreign_players(self) -> None:
        """'외국인 선수 A B도', '외인 공격수 A B가', '용병 A B의': a word saying a player comes from abroad, a player's role
        or none, then two to four words of a foreign name in Hangul, the last with a name's particle. A position
        ('세터', '주포') is the title; '선수' says no more than the player is one. Announced so, a word is doubted only
        when Kiwi reads it as one dictionary word."""
        toks = self.toks
        n = len(toks)
        for k, tok in enumerate(toks):
            if tok.sep or tok.particle or tok.stem not in FOREIGN_ORIGIN_WORDS or k + 2 >= n:
                continue
            j, position = k + 1, None
            role = toks[j]
            if not role.sep and not role.particle and (role.stem in PLAYER_ROLES or is_person_noun(role.stem)):
                position, j = (role.stem if role.stem in TEAM_POSITIONS else None), j + 1
            elif j + 1 < n and not role.sep and not role.particle and not toks[j + 1].particle \
                    and toks[j + 1].stem not in PLAYER_ROLES and title_of(role.text + toks[j + 1].text):
                position, j = f"{role.text} {toks[j + 1].text}", j + 2  # '외국인 아포짓 스파이커 A B'
            words: list[Tok] = []
            while j < n and len(words) < MAX_SPACED_NAME_WORDS and (
                    self.country_word(toks[j]) or self.last_foreign_word(toks[j], announced=True)
                    or (words and toks[j].particle and self.loanword_shaped(toks[j]))):
                words.append(toks[j])  # (the last word may be one a loanword shares: '제롬 바넷의')
                j += 1
                if words[-1].particle:
                    break
            if len(words) < 2 or not self.country_named(words) \
                    or not any(has_foreign_syllable([t.stem]) or morph.unknown(self.body, t.start, t.end) for t in words) \
                    or not (words[-1].particle in NAME_PARTICLES | PERSON_PARTICLES | {"의"} or j >= n or toks[j].sep):
                continue
            self.add(" ".join(t.stem for t in words), position, None, "foreign_player", words[0].start, words[-1].end,
                     words[-1].particle)

    def department_before_titled_name(self, j: int) -> bool:
        """'가람시 돌봄지원과 X 팀장': a word of three syllables or more ending in a common noun Kiwi knows, glued to 과
        (Kiwi's 'and') right before a name found with its post, is the department the person works in ('…정책과',
        '…복지과'), not a person joined to the next one."""
        toks = self.toks
        tok = toks[j]
        if tok.particle != "과" or j + 2 >= len(toks) or toks[j + 1].sep or toks[j + 1].stem not in self.persons \
                or toks[j + 1].particle or title_of(toks[j + 2].stem) is None:
            return False
        return len(tok.stem) >= 3 and not is_korean_name(tok.stem) and morph.common_word(tok.stem[-2:])  # '…정책', '…복지'

    def nationality_role_names(self) -> None:
        """'독일 감독 A B는', '브라질 수비수 A B가': a country, a role a side's player or coach holds too, then two to four
        words of a foreign name with a name's particle, left by the rules before (a first word Kiwi reads as Korean
        pieces, an interjection and an adverb). The role and any side come as the role before a name gives them
        (left_role)."""
        toks = self.toks
        n = len(toks)
        for k, tok in enumerate(toks[:-3]):
            role = toks[k + 1]
            if tok.sep or tok.particle or tok.stem not in COUNTRY_NAMES or role.sep or role.particle \
                    or role.stem not in PLAYER_ROLES or role.stem in SIDE_STANDINGS:
                continue
            j, words = k + 2, []
            while j < n and len(words) < MAX_SPACED_NAME_WORDS and self.country_word(toks[j]):
                words.append(toks[j])
                j += 1
                if words[-1].particle:
                    break
            if len(words) < 2 or not self.country_named(words) or not has_foreign_syllable([t.stem for t in words]) \
                    or words[-1].particle not in NAME_PARTICLES | PERSON_PARTICLES \
                    or self.spaced_name_within(tok.start, words[-1].end) \
                    or any(t.stem in self.persons for t in words):
                continue
            title, org = self.left_role(k + 2) or (role.stem, None)
            self.add(" ".join(t.stem for t in words), title, org, "country_named", words[0].start, words[-1].end,
                     words[-1].particle)

    def loanword_shaped(self, tok: Tok) -> bool:
        """A Hangul word with a syllable of loanwords ('리드', '코트') and no title, body or country: after a foreign name's
        first word, its last, though Kiwi knows a loanword so spelled."""
        w = tok.stem
        return not tok.sep and not tok.in_quote and bool(re.fullmatch(r"[가-힣]{2,5}", w)) and has_foreign_syllable([w]) \
            and title_like(w) is None and not is_person_noun(w) and w not in ORG_WORDS and w not in COUNTRY_NAMES \
            and w not in NOT_NAMES and not trade_word(w)

    def spaced_foreign_names(self) -> None:
        """'인민위원회 쩐 반 끼엔 부위원장은', '위원회의 굴나라 토흐타시노바 부위원장', '가이드 레 티 투 씨':
        two to four bare words before a title, one of them unknown to Kiwi (or two of one syllable, as a
        Vietnamese name's are), none shaped like a Korean name ('서은하 가온생명 대표') or a body's
        word, after a body, a role or a particle: one foreign name, however short its words."""
        toks = self.toks
        for x, tok in enumerate(toks):
            post = tok.stem if title_of(tok.stem) else bound_title(tok.stem)  # '… 교수팀과': the team the 교수 leads
            if tok.sep or x < 2 or not (post or tok.stem == HONORIFIC) \
                    or (tok.stem in COMPOUND_TITLES and toks[x - 1].stem in NOT_COMPOUND_PREFIXES):
                continue  # '코스닥 시장에': a market, not a mayor
            i = x
            while i > 0 and x - i < MAX_SPACED_NAME_WORDS and self.spaced_name_word(toks[i - 1]) \
                    and self.body[toks[i - 1].start - 1:toks[i - 1].start] not in ('"', "”", "’", "'"):
                i -= 1  # not '"…"고 로크웰 연출감독은': the quotative ending glued to the closing mark
            glued_given = x - i == 1 and i > 0 and self.particle_ended_given_name(toks[i - 1], toks[i])
            if glued_given:
                i -= 1  # '잉에 슈타이너 씨': the given name's last syllable read as a particle ('잉' + '에')
            short = sum(len(t.stem) == 1 for t in toks[i:x]) >= 2
            vietnamese = self.vietnamese_run_start(x)
            if vietnamese is not None:
                i, short = vietnamese, True  # '호앙 쑤언 득 부국장': the family name opens it, its middle word may be long
            if not short:
                i = max(i, x - MAX_UNKNOWN_NAME_WORDS)
            team = None
            if not short and x - i >= 2 and self.native_word(toks[i]) \
                    and (i == 0 or toks[i - 1].sep or bool(toks[i - 1].particle)):
                team, i = toks[i].stem, i + 1  # '구름보라 토마르 감독': a club or brand in Korean words opening the
                # phrase, then the name (not '도하진 누리 스팅즈 단장': the club's words after a name)
            cut_given = not team and x - i == 2 and (glued_given or self.cut_given_name(toks[i], toks[i + 1]))
            if x - i < (1 if team else 2) or not (short or cut_given or any(morph.unknown(self.body, t.start, t.end) for t in toks[i:x])) \
                    or any(korean_shaped(t.stem) or self.rare_surnamed(t.stem, post or "", tok.end) for t in toks[i:x]) \
                    or not (vietnamese is not None or any(has_foreign_syllable([t.text if glued_given else t.stem]) for t in toks[i:x])):
                continue
            prev = toks[i - 1] if i > 0 else None
            title, org = (None if tok.stem == HONORIFIC else post), None
            if team is not None:
                org = team
            elif prev is not None and not prev.sep and not prev.particle and (is_person_noun(prev.stem) or title_of(prev.stem)):
                title = title or prev.stem  # '가이드 레 티 투 씨'
            elif prev is not None and not prev.sep and prev.stem.endswith(ORG_ENDINGS) and prev.particle in ("", "의") \
                    and not (not prev.particle and prev.stem in FOREIGN_GIVEN_NAMES):  # '한스 베버 가온스톰즈 감독': no body '한스'
                before = None if prev.particle else self.left_org(i - 1)[1]  # '한빛공대 기계공학과의': the possessor alone
                org = f"{before} {prev.stem}" if before else prev.stem
            elif prev is not None and not prev.sep and not prev.particle and not self.ends_a_clause(prev) \
                    and prev.stem not in ORIGIN_WORDS:  # '베트남 출신 X 씨': where the person is from, then the name
                continue  # a longer phrase than a name: the words are not where a name begins
            elif prev is not None and prev.particle == "의" and (body := self.foreign_body_before(i - 1)):
                org = body  # '배급사 라 메종 블뢰의 A B 대표': a foreign body named in words, all of them
            name = " ".join(t.text if glued_given and k == i else (self.particle_cut_surname(t) or t.stem)
                            for k, t in enumerate(toks[i:x], start=i))
            self.add(name, title, org, "spaced_foreign_name", toks[i].start, tok.end, tok.particle)

    def ends_a_clause(self, tok: Tok) -> bool:
        """'(언론에) 따르면', '(…) 밝혔고': a verb's form ending in a connective ending; a name may begin after it."""
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.end) if m.end <= tok.end]
        return len(ms) >= 2 and ms[0].tag.startswith("V") and ms[-1].tag == "EC"

    def cut_given_name(self, given: Tok, surname: Tok) -> bool:
        """'자비네 호프 의원', '베티나 로트 교수': a foreign given name Kiwi knows no better than to cut into Korean pieces (a
        noun and a suffix, a noun and a particle: '자비' + '네', '베티' + '나'), its syllables after the first open as
        loanwords' are, right before a surname Kiwi reads as a
        proper noun with a loanword's syllable; no Korean phrase sets a bare noun so before a name and its title."""
        w = given.stem
        if not (2 <= len(w) <= MAX_CUT_GIVEN_NAME) or not foreign_shaped_word(w) or any(not is_open_syllable(ch) for ch in w[1:]) \
                or not has_foreign_syllable([surname.stem]) or not foreign_shaped_word(surname.stem) \
                or morph.reading(self.body, surname.start, surname.start + len(surname.stem)) == "common":
            return False  # (the surname Kiwi may cut too: '로트' as '로' + '트')
        ms = [m for m in morph.morphs_in(self.body, given.start, given.end) if m.end <= given.end]
        return len(ms) == 2 and not any(m.oov for m in ms) and ms[0].tag in ("NNG", "NNP") \
            and ms[-1].tag in CUT_NAME_TAILS and ms[-1].form not in AND_PARTICLES  # '다나카와 스즈키': two names

    def particle_ended_given_name(self, given: Tok, surname: Tok) -> bool:
        """'잉에 슈타이너 씨': a word whose last syllable was taken for a particle ('잉' + '에') that Kiwi reads whole as one
        unknown proper noun, right before a foreign surname: the whole word is the given name. Not a particle joining two
        names ('다나카와 스즈키 외무상': two persons)."""
        if given.sep or given.in_quote or not given.particle or given.particle in JOINING_PARTICLES or len(given.text) < 2 \
                or not foreign_shaped_word(given.text) or not has_foreign_syllable([given.text, surname.stem]) \
                or morph.reading(self.body, surname.start, surname.start + len(surname.stem)) != "proper":
            return False
        ms = [m for m in morph.morphs_in(self.body, given.start, given.end) if m.end <= given.end]
        return len(ms) == 1 and ms[0].oov and ms[0].form == given.text

    def spaced_name_within(self, start: int, end: int) -> bool:
        """Has a person of several spaced words been found in full within start..end already ('호앙 쑤언 득')?"""
        return any(m.kind == "full" and m.person and " " in m.person and start <= m.start < end
                   for m in self.mentions)

    def vietnamese_run_start(self, x: int) -> int | None:
        """Where a Vietnamese name of three or four words opens in the bare words before the post at token x: a family
        name of Vietnam's of two syllables or more ('응우옌', '호앙', '부이': shaped like a Korean name or not), then words
        of which one is a single syllable ('빈', '득'). The middle word of such a name is often two Hangul syllables
        ('쑤언', '꾸옥'), so the cut to two words for unknown names does not apply. Two one-syllable words after the
        family name make the name Vietnamese although Kiwi knows each word ('부이 반 탄': Korean strings no such run
        of bare syllables before a title)."""
        toks = self.toks
        i = x
        while i > 0 and x - i < MAX_SPACED_NAME_WORDS and (self.spaced_name_word(toks[i - 1]) or (
                (toks[i - 1].stem in VIETNAMESE_SURNAMES or (len(toks[i - 1].stem) == 1 and HANGUL.match(toks[i - 1].stem)))
                and not toks[i - 1].sep and not toks[i - 1].particle and not toks[i - 1].in_quote)
                or (x - i >= 2 and self.particle_cut_surname(toks[i - 1]))):
            # ('반', '탄': a bare syllable a table keeps from names elsewhere, a time word, is a word of such a name)
            i -= 1
            if toks[i].particle:
                break
        for j in range(i, x - 2):
            words = [self.particle_cut_surname(t) or t.stem for t in toks[j:x]]
            if words[0] in VIETNAMESE_SURNAMES and len(words[0]) >= 2 and 3 <= len(words) <= MAX_SPACED_NAME_WORDS \
                    and any(len(w) == 1 for w in words[1:]) and (has_foreign_syllable(words) or any(
                        morph.unknown(self.body, t.start, t.end) for t in toks[j:x])
                        or sum(len(w) == 1 for w in words[1:]) >= 2):  # '부이 반 탄': two one-syllable words after it
                return j
        return None

    @staticmethod
    def particle_cut_surname(tok: Tok) -> str | None:
        """'부이 반 탄 씨': a family name of Vietnam's whose last syllable was taken for a subject particle ('부' + '이');
        the whole word, when the words after it are the rest of a name."""
        return tok.text if tok.particle and not tok.sep and not tok.in_quote and tok.text in VIETNAMESE_SURNAMES \
            and len(tok.text) >= 2 else None

    def native_word(self, tok: Tok) -> bool:
        """A word Kiwi reads as several Korean dictionary words opening with a common noun ('은빛파도': 은빛 + 파도; '구름보라',
        a noun and a verb's stem) with no loanword syllable: no word of a foreign name, which Kiwi reads as a proper noun
        or leaves unknown. Not a clause's word: no particle, no verb-making suffix, no modifier ending ('구속기소된')."""
        if len(tok.stem) < 2 or has_foreign_syllable([tok.stem]) or morph.unknown(self.body, tok.start, tok.end):
            return False
        ms = morph.morphs_in(self.body, tok.start, tok.end)
        return len(ms) >= 2 and ms[0].start == tok.start and ms[-1].end == tok.end and ms[0].tag == "NNG" \
            and len(ms[0].form) >= 2 and all(m.tag in NATIVE_NAME_TAGS for m in ms)

    def foreign_body_word(self, tok: Tok) -> bool:
        """A word of a foreign body's name before its last: a name's word, or one Kiwi reads as a proper noun only
        ('오로라': shaped like a Korean name by chance, 오 + 로라); no common noun ('기업', '발사체')."""
        w = tok.stem
        if len(w) < 2 or w.endswith(ORG_ENDINGS) or morph.is_inflected(self.body, tok.start, tok.end):
            return False  # '책을 낸 누리출판사의': a verb's form before a Korean body, no word of a name
        if self.spaced_name_word(tok):
            return True
        return not tok.sep and not tok.particle and bool(HANGUL.fullmatch(w)) and 2 <= len(w) <= 6 and w not in ORG_WORDS \
            and w not in NOT_NAMES and w not in self.persons and morph.reading(self.body, tok.start, tok.end) == "proper"

    def foreign_body_before(self, k: int) -> str | None:
        """'라 메종 블뢰의', '스텔라 포지의' (token k with 의): a foreign body's name of two to four bare words written in
        Hangul, one with a loanword's syllable, after a kind of body, a stop or nothing ('배급사 …', '기업 …'): the
        whole name, not its last word. None for one word or for words no foreign name's."""
        toks = self.toks
        if toks[k].stem.endswith(ORG_ENDINGS):
            return None  # '누리출판사의': a Korean body's name, one word
        j = k
        while j > 0 and k - j < MAX_SPACED_NAME_WORDS - 1 and not toks[j - 1].sep and not toks[j - 1].particle \
                and not toks[j - 1].in_quote and self.foreign_body_word(toks[j - 1]) and toks[j - 1].stem not in BODY_KINDS \
                and not title_like(toks[j - 1].stem) and not is_person_noun(toks[j - 1].stem) \
                and toks[j - 1].stem not in COUNTRY_NAMES and toks[j - 1].stem not in TERRITORIES:
            j -= 1
        if j > 0 and not toks[j - 1].sep and not toks[j - 1].particle and toks[j - 1].stem in FOREIGN_ARTICLES:
            j -= 1  # '라 메종 블뢰': the article opens the name
        words = [toks[j].stem for j in range(j, k + 1)]
        if len(words) < 2 or not all(HANGUL.match(w) for w in words) or any(korean_shaped(w) for w in words[1:]) \
                or not any(has_foreign_syllable([w]) for w in words) or any(w in self.persons for w in words):
            return None
        return " ".join(words)

    def rare_surnamed(self, word: str, post: str, pos: int) -> bool:
        """'계하진 코인다리 대표 … 계 대표': a word of a rarer surname and two Korean syllables that the article later
        calls by its surname and the post: a Korean name, no word of a foreign one."""
        return len(word) == 3 and word[0] in RARE_SURNAMES and bool(post) and not any(ch in FOREIGN for ch in word[1:]) \
            and self.short_mention_after(word, post, pos)

    @staticmethod
    def spaced_name_word(tok: Tok) -> bool:
        w = tok.stem
        return not tok.sep and not tok.particle and not tok.in_quote and bool(HANGUL.match(w)) and len(w) <= 6 \
            and w not in ORG_WORDS and w not in NOT_NAMES and w not in PROVINCIAL_GOVERNMENTS and title_of(w) is None \
            and not is_person_noun(w) and not is_korean_name(w) and not w.endswith(ORG_ENDINGS + PLACE_ENDINGS) \
            and w not in NOT_SPACED_NAME_WORDS and not Finder.apposition_word(w)

    @staticmethod
    def apposition_word(w: str) -> bool:
        """'검토위원인 X 교사', '주장인 X': a role (or a compound ending in one) with the copula's 인
        before a name says what the person is; it is never a word of the name."""
        role = w[:-1]
        return len(w) > 2 and w.endswith("인") and any(title_of(role[k:]) or is_person_noun(role[k:]) for k in range(len(role) - 1))

    def morphology(self) -> None:
        """Names nobody titled: words Kiwi reads as proper nouns, shaped like a Korean name, in a
        person's context ('류현우는 7이닝을 던졌고', '투수 강태민의 폭투', '한지윤 더불어민주당 원내수석부대표는')."""
        toks = self.toks
        for i, tok in enumerate(toks):
            if tok.particle and is_korean_name(tok.text) and (morph.reading(self.body, tok.start, tok.end) == "proper"
                                                              or self.contracted_name(tok.start, tok.text)) \
                    and not self.titled_elsewhere(tok.stem):
                tok = replace(tok, stem=tok.text, particle="")  # '오정만': 만 is not the particle here; nor 도 in '허연도 …'
            tok = self.particle_cut_short(tok)
            tok = self.before_copula(tok)
            if tok.sep or not (is_korean_name(tok.stem) or self.known_korean_name(tok) or self.titled_guess(i)
                               or self.named_before_body_and_post(i)):
                continue
            known = self.persons.get(tok.stem)
            if known is not None and known.title and known.organization:
                continue
            if self.country_derived(tok.stem):
                continue  # '한국어 모델', '중국인 관광객': a language or a people, not a name
            read = self.read_word(tok)
            if read == "other" and not self.split_name_after_role(i, tok) and not self.misread_before_post(i, tok) \
                    and not self.misread_before_administration(i, tok) and not self.named_before_body_and_post(i) \
                    and not self.owned_name_before_post(i, tok):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if self.foreign_given_name(i) or self.japanese_surname(i):
                continue  # '신시아 벨린 미국 상원의원', '기무라 다카시 이사': the foreign name rule's
            before = toks[i - 1] if i > 0 else None
            if before is not None and i >= 2 and not before.sep and not before.particle and self.foreign_word(before) \
                    and self.foreign_word(toks[i - 2]) and title_of(toks[i - 2].stem + before.stem) is None \
                    and not self.school_short_name(before.stem, before.start):
                continue  # '타리크 알마흐문 시리아 외무장관': the organisation of the name before it (not '아포짓 스파이커
                # X': a position the title table glues, spelled apart)
            if before is not None and not before.sep and not before.particle and self.foreign_word(before) \
                    and not tok.particle and nxt is not None and nxt.stem in REGIONAL_POSTS:
                continue  # '에밀리 웰스 유타 주지사': the place after a foreign name, before the post heading it
            if self.after_demonstrative(i):
                continue  # '이 고문서는': 'this …' points at a thing or a kind, not at a name
            if before is not None and not before.sep and not before.particle and HANGUL.match(before.text) \
                    and title_of(before.text + tok.stem) is not None:
                continue  # '미드 라이너', '원거리 딜러': the second word of a title the table glues, spelled apart
            if not tok.particle and i + 1 < len(toks) and self.japanese_given_name(i + 1):
                continue  # '모리타 겐 의원': a Japanese surname shaped like a Korean name, the foreign name rule's
            if self.japanese_given_name(i):
                continue  # '아오지사와 료타 총재': a given name shaped like a Korean one after a Japanese surname, likewise
            if before is not None and not before.sep and not before.particle and is_korean_name(before.stem) \
                    and self.suffixed_role(tok):
                continue  # '김서연 소방장은': the title of the name before it
            right = None if tok.particle else self.right_title(i)
            if right is not None and self.spaced_name_within(tok.end, toks[right[0]].end):
                continue  # '가온성 교통국 응우옌 쑤언 득 부국장': the post is the foreign name's found whole before it
            sure = bool(AGE_ONLY.match(self.body, tok.start + len(tok.stem))) or (
                not tok.particle and nxt is not None and not nxt.sep and nxt.stem == HONORIFIC)  # '… 선임검사역 X 씨는'
            left = self.left_role(i, suffixed=sure, apposed=sure) or self.epithet_before(i, tok)
            honoured = not tok.particle and nxt is not None and not nxt.sep and nxt.stem in NAME_HONORIFICS
            headed = honoured or (not tok.particle and nxt is not None and not nxt.sep
                                  and (nxt.stem in PERSON_HEADED or self.head_noun(nxt) in PERSON_HEADED
                                       or bool(COUNTED_OTHERS.match(self.body, tok.end))))
            if right is None and left is None:
                # nothing but the word itself: Kiwi must read it as a proper noun, and a two-syllable
                # one ('호주', '조선', '한화') is a place or a firm far more often than a name
                if (read != "proper" and not self.misread_before_administration(i, tok)) or (len(tok.stem) < 3 and not honoured) \
                        or (tok.stem.endswith(PLACE_ENDINGS + BUILDING_ENDINGS) and not self.subject_never_a_place(tok)):
                    continue
                if self.common_derivative(i) or self.after_kind(tok.stem, ROUTE_KINDS) \
                        or self.common_noun_elsewhere(tok.stem, tok.start) or self.single_quoted_elsewhere(tok.stem) \
                        or self.short_form_of_body(tok.stem, tok.start) or self.headed_elsewhere(tok.stem) \
                        or self.glued_to_body_elsewhere(tok.stem) or self.compound_head_elsewhere(tok.stem):
                    continue  # '지명권도', '도시철도 서부선', '지노위와' after '…지방노동위원회': a common word, a line, a body
                glossed = nxt is not None and nxt.text in "’'\"”" and i + 2 < len(toks) and toks[i + 2].text == "("
                if glossed:
                    continue  # '‘어대윤’(어차피 대표는 윤서진)': a coined abbreviation spelled out after it
                if self.closes_single_quoted(i):
                    continue  # "'달빛요'를 열었다", '‘가람 디지털 마이닝’과': a thing's name marked off, no person's
                if self.compound_head(i) and (tok.in_quote or (
                        tok.particle in TOPIC_OR_SUBJECT | OBJECT_PARTICLES and self.guessed_common_noun(tok))):
                    continue  # '"산지 위판가는 …"', '대게 금어기가': in speech, or a word Kiwi guesses a common noun as the
                    # subject or object, the head of a compound noun, no name (not '작년 X으로 개명했다': a time before)
                if tok.in_quote and self.body.count(tok.stem) == 1 and tok.particle in OBJECT_PARTICLES:
                    continue  # '"물너울항으로 기항지를 옮기는"': in speech, a word the article never writes again, the
                    # object of a verb, with nothing of a person about it: a noun Kiwi does not know
                if tok.particle:
                    if tok.particle not in NAME_PARTICLES and not self.named_as(i):
                        continue
                elif nxt is not None and not nxt.sep and not headed and not RANKED.match(self.body, tok.end) \
                        and not self.life_event_after(i):
                    continue  # a noun modifying the next one: '창원 시청', '서해 대교'
            if right is not None and left is None and not right[2] and right[1] != HONORIFIC \
                    and ((len(tok.stem) < 3 and not self.possessed(i))
                         or (tok.stem.endswith(PLACE_ENDINGS) and not self.guessed_name_ending_as_place(tok)) or (
                        tok.stem.endswith(BUILDING_ENDINGS) and before is not None and before.text in ORG_WORDS)):
                continue  # '노타 대표', '미국 백악관 … 차르': a firm or a country's institution as often as a name
            if right is not None and left is None and i > 0 and not toks[i - 1].sep and not toks[i - 1].particle \
                    and is_korean_name(toks[i - 1].text) and tok.stem.endswith(PLACE_ENDINGS + ORG_ENDINGS) \
                    and (not is_korean_name(tok.stem) or (not tok.particle and self.local_government_after_name(i, right[1]))):
                continue  # '참석한 추다해 여울시 정무부시장은': between a Korean name and its post, the body it serves
            if right is None and left is not None and self.suffixed_noun_here(tok):
                continue  # '작가 최고가를': a noun and its suffix (최고+가, 'record price') after the occupation, no name
            if right is not None and left is None and self.post_held(right[0]):
                continue  # '한빛상사 상무를 맡고 있는': the body's post someone holds
            if right is not None and left is None and self.prefixed_noun_here(tok):
                continue  # '고소득 유튜버', '저소득 가구주': a prefix and a noun describing the role's holders, no name
            affiliation = self.affiliated(i, titled=right is not None or left is not None)
            if right is not None:
                last, title, org = right
                if not org and left is None:
                    org = self.team_before(i, title)  # '인천 구재혁 감독은'
                elif not org and left is not None and (headed_body(title) is None or is_party_post(title)):
                    org = left[1]  # '국토부 주택정책관인 도하늬 국장은': the body named with the post before
                    # (not before '가온쌀생산자협회장': the title names the body it heads)
                if (title == HONORIFIC or title in NAME_HONORIFICS) and left is not None:
                    title, org = left  # and '옹기 장인 채하람(80) 선생': the role before the name, not the honorific
                elif (title in GENERIC_TITLES or NUMBERED_RANK.match(title)) and left is not None \
                        and left[0] not in TAKEN_PARTS:  # ('해설을 맡은 X 8단': a part taken for the day, the grade stays)
                    title, org = left[0], left[1] or org  # '3루심 최도훈 심판', '해설위원 X 7단': the precise role before the name
                elif title in SERVICE_RANKS and left is not None and title_of(left[0]) and i > 0 \
                        and toks[i - 1].text == left[0].split()[-1]:
                    title, org = f"{left[0]} {title}", left[1] or org  # '공보실장 X 대령': the post held and the rank
                elif left is not None and left[0].endswith(title) and len(left[0]) > len(title) and " " not in title \
                        and headed_body(left[0]) is not None:
                    title = left[0]  # '은행검사국장인 도하율 국장': the full post (the head of a unit) the apposition gives
                if not org and left is None and title != HONORIFIC:
                    org = self.body_before(i) or self.possessor_before(i) or self.kind_named_before(i) \
                        or self.quoted_group_before(i) or (self.parent_body_before(i) or self.actor_before(i)
                                                           if headed_body(title) else None)
                    # '한빛은행 정하린 부행장', '한빛마트의 정하린 상품본부장': the body named before the name
                elif org and left is None and org == headed_body(title):
                    org = self.body_before(i) or self.possessor_before(i) or self.parent_body_before(i) \
                        or self.actor_before(i) or org
                    # '강원도 X 재난안전실장', '한빛마트의 X 상품본부장': the body written out, not the unit the post heads
                self.add(tok.stem, title, affiliation or org, "morphology", tok.start, toks[last].end, toks[last].particle)
                self.listed_before(i, None if title == HONORIFIC else title, last)
            elif left is not None:
                self.add(tok.stem, left[0], affiliation or left[1], "morphology", tok.start, tok.end, tok.particle)
            elif known is None:
                self.add(tok.stem, None, affiliation, "morphology", tok.start, tok.end, tok.particle)

    def titled_elsewhere(self, stem: str) -> bool:
        """'웹툰 작가 하람도 … 하람 작가는': the word without its particle stands elsewhere on its own before a title or
        씨, so that is the name and the last syllable here a particle."""
        for m in re.finditer(rf"(?<![\uac00-\ud7a3]){re.escape(stem)} ([\uac00-\ud7a3]+)", self.body):
            after = strip_particle(m.group(1))[0]
            if after == HONORIFIC or m.group(1) == HONORIFIC or title_of(after) is not None:
                return True
        return False

    def suffixed_noun_here(self, tok: Tok) -> bool:
        """Does Kiwi read the word, in its sentence, as a dictionary noun of two syllables or more and a noun-making
        suffix ('최고가': 최고/NNG 가/XSN, 'record price')? A name it reads as a proper noun there ('이승기')."""
        ms = morph.analysed(self.body).within(tok.start, tok.start + len(tok.stem))
        return len(ms) == 2 and ms[0].tag == "NNG" and not ms[0].oov and len(ms[0].form) >= 2 and ms[1].tag == "XSN"

    def prefixed_noun_here(self, tok: Tok) -> bool:
        """Does Kiwi read the word, in its sentence, as a prefix and a dictionary noun ('고소득': 고/XPN 소득/NNG, 'high
        income'; '저소득', '고학력')? A description of whoever holds the role after it; a name it reads whole ('고소영')."""
        ms = morph.analysed(self.body).within(tok.start, tok.start + len(tok.stem))
        return len(ms) == 2 and ms[0].tag == "XPN" and ms[1].tag == "NNG" and not ms[1].oov and len(ms[1].form) >= 2

    def named_before_body_and_post(self, i: int) -> bool:
        """'X 가람과기대 총장도', 'X 물결영화제 사무국장은': a surname and two syllables opening its clause, bare, then
        a body's name and a post with a particle, is the post's holder however the dictionary reads the given name
        (a common noun, or a syllable a rate or a suffix ends with): a Korean phrase names the person, the body and the
        post in this order. A word the dictionary knows whole ('지역민') is no name, nor one before a common noun."""
        toks = self.toks
        tok = toks[i]
        if tok.sep or tok.particle or tok.in_quote or len(tok.stem) != 3 \
                or not (korean_shaped(tok.stem) or self.rare_surnamed_proper(tok)) or tok.stem in self.persons or tok.stem in ORG_WORDS or title_like(tok.stem) or is_person_noun(tok.stem) \
                or tok.stem.endswith(ORG_ENDINGS + PLACE_ENDINGS + BUILDING_ENDINGS) or morph.known_word(tok.stem):
            return False
        ms = morph.morphs_in(self.body, tok.start, tok.end)
        if not ms or not all(m.tag.startswith("N") or m.tag in ("XSN", "XPN", "SL") for m in ms):
            return False  # '제자인', '태어난', '마치며': a noun with the copula, a verb's form, never a name
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or nxt.sep or nxt.particle or is_surname(nxt.stem) \
                or is_korean_name(nxt.stem) or not (
                nxt.stem.endswith(ORG_ENDINGS + BODY_FINAL_WORDS + POSTED_BODY_ENDINGS)
                or morph.reading(self.body, nxt.start, nxt.end) == "proper"):
            return False  # the body: a word ending as one does ('…과기대', '…영화제', '…추진위'), or a proper noun
        prev = toks[i - 1] if i > 0 else None
        if not (prev is None or prev.sep or (prev.particle and prev.particle != "의") or self.opening_at(tok.start)
                or self.relative_clause_before(i)):
            return False
        right = self.right_title(i)
        if right is None or not right[2] or toks[right[0]].particle not in NAME_PARTICLES:
            return False
        return not title_like(nxt.stem) or (right[0] > i + 1 and right[2].replace(" ", "").startswith(nxt.stem))
        # a body named as a post may be ('…연구원': an institute, and a researcher) when the post after it heads the phrase

    def relative_clause_before(self, i: int) -> bool:
        """'투자를 이끈 X 새길벤처스 상무는', '회의에 참석한 X …': a verb's modifier (a relative clause) right before the
        word, which then opens the noun phrase it modifies, as a name before its body and post does."""
        prev = self.toks[i - 1] if i > 0 else None
        return prev is not None and not prev.sep and not prev.particle and self.verb_modifier(prev.start, prev.end)

    def owned_name_before_post(self, i: int, tok: Tok) -> bool:
        """'출판사 바람결의 X 편집자는': a surname and two syllables, bare, between a body written with 의 and a post, however
        Kiwi cuts it (a noun, a verb's stem, an ending): Korean names the body, its member, then the post."""
        return not tok.particle and is_korean_name(tok.stem) and not morph.common_word(tok.stem) \
            and self.right_title(i) is not None and self.possessor_before(i) is not None

    def rare_surnamed_proper(self, tok: Tok) -> bool:
        """A rarer surname and two Korean syllables ('탁' is common, '탄' rare), which Kiwi reads as a proper noun here
        and does not know as a common word: shaped like a name where the slot after it proves one."""
        st = tok.stem
        return len(st) == 3 and bool(HANGUL.match(st)) and st[0] in RARE_SURNAMES and not any(ch in FOREIGN for ch in st[1:]) \
            and st not in NOT_NAMES and not morph.common_word(st) \
            and morph.reading(self.body, tok.start, tok.end) == "proper"

    def misread_before_post(self, i: int, tok: Tok) -> bool:
        """'송하나 국가안보실 1차장은': a Korean name with no particle that Kiwi cuts into a word and a particle
        (송/NNP 하/NNG 나/JC), right before [a body and] a post: the post decides (name_misread_opening)."""
        return not tok.particle and self.right_title(i) is not None \
            and (self.name_misread_opening(tok.stem, tok.start) or compound_surnamed(tok.stem))

    def misread_before_administration(self, i: int, tok: Tok) -> bool:
        """'오주인 정부의 정책': a Korean name Kiwi cuts into a word and a copula or a particle (오주/NNP 이/VCP ᆫ/ETM),
        right before the administration it heads ('정부', '정권'): news names a government after its president."""
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if tok.particle or nxt is None or nxt.sep or nxt.stem not in ADMINISTRATION_NOUNS \
                or len(tok.stem) != 3 or not is_korean_name(tok.stem):
            return False
        ms = morph.analysed(self.body).within(tok.start, tok.start + 3)
        return self.last_syllable_read_as_particle(tok.stem, ms, tok.start, modifier=True)

    def guessed_name_ending_as_place(self, tok: Tok) -> bool:
        """'기병동 서울중앙지검장', '홍성도 부사장': a surname and two syllables ending as given names and places both
        do ('…동', '…도'), which Kiwi does not know (a place it would: '제주도', '역삼동'), before a title: a name."""
        return len(tok.stem) == 3 and tok.stem.endswith(GIVEN_NAME_PLACE_ENDINGS) and is_korean_name(tok.stem) \
            and morph.unknown(self.body, tok.start, tok.start + len(tok.stem))

    def subject_never_a_place(self, tok: Tok) -> bool:
        """'도하로는 … 털어놨다': a word shaped like a Korean name ending as a road's name and given names both do ('…로':
        아로, 이로), which Kiwi does not know, as the subject or topic of its clause, that the article never writes as
        a place (with '에서', '에', '으로', '까지' …) nor bare before a noun, and makes its subject twice or more: a name.
        (Not '…구', '…군': a district speaks as its office does.)"""
        st = tok.stem
        if tok.particle not in TOPIC_OR_SUBJECT or len(st) != 3 or not st.endswith(SUBJECT_NAME_PLACE_ENDINGS) \
                or not is_korean_name(st) or not morph.unknown(self.body, tok.start, tok.start + len(st)):
            return False
        subjects = len(re.findall(rf"(?<![가-힣]){re.escape(st)}(?:은|는|이|가)(?![가-힣])", self.body))
        # ('…로 개통', '…로 구간': a road's name goes bare before the noun it names; a name takes its particle)
        return subjects >= 2 and not re.search(rf"{re.escape(st)}(?:{PLACE_MARKS}|\s)", self.body)

    def guessed_common_noun(self, tok: Tok) -> bool:
        """'대게 금어기가', '컨테이너 반출입이': a word Kiwi does not know and guesses, in its sentence, to be a common noun
        (NNG), not a proper one; after a bare common noun it is the head of a compound noun. (A name after a noun of
        kin or standing, '동생 X과', '우승자 X과', Kiwi guesses a proper noun.)"""
        ms = morph.morphs_in(self.body, tok.start, tok.start + len(tok.stem))
        return bool(ms) and any(m.oov for m in ms) and all(m.tag == "NNG" for m in ms)

    def compound_head(self, i: int) -> bool:
        """Does the word at i follow a bare common noun (no particle, no role, title or body) that modifies it, as
        the head of a compound noun ('산지 위판가', '국내 출고가')? A name untitled is not written so."""
        t = self.toks[i - 1] if i > 0 else None
        return t is not None and not t.sep and not t.particle and bool(HANGUL.fullmatch(t.text)) \
            and t.text not in NOT_NAMES and title_like(t.text) is None and not is_person_noun(t.text) \
            and not t.text.endswith(ORG_ENDINGS) and morph.reading(self.body, t.start, t.end) == "common"

    def art_name_before(self, start: int) -> bool:
        """Is the two-syllable word at body[start:] an art name (호) written, with its Hanja, before a titled full name
        ('청암(靑巖) 도한결 화백이'): no particle, the Hanja in brackets, then a three-syllable Korean name and a title?
        (Without the Hanja, '청암 도한결 화백' reads as '한빛 김하늘 감독': a club, then the name.)"""
        toks = self.toks
        i = next((x for x, t in enumerate(toks) if t.start == start), None)
        if i is None or toks[i].particle or len(toks[i].stem) != 2:
            return False
        j = i + 1  # the tokens leave a Hanja gloss inside the word's span: '청암(靑巖)'
        if not re.fullmatch(r"\([\u4e00-\u9fff]{1,4}\)", self.body[toks[i].start + len(toks[i].text):toks[i].end]):
            return False
        if j + 1 >= len(toks) or toks[j].sep or toks[j].particle or len(toks[j].text) != 3 or not is_korean_name(toks[j].text):
            return False
        nxt = toks[j + 1]
        return not nxt.sep and title_of(nxt.stem) is not None and morph.reading(self.body, toks[j].start, toks[j].end) != "other"

    def post_held(self, last: int) -> bool:
        """Is the title at token last the object of a verb of holding a post ('상무를 맡고', '대표를 역임한')?"""
        toks = self.toks
        if toks[last].particle not in OBJECT_PARTICLES or last + 1 >= len(toks) or toks[last + 1].sep:
            return False
        nxt = toks[last + 1]
        return bool(clause.predicates(morph.morphs_in(self.body, nxt.start, nxt.end)) & HOLDING_VERBS)

    def life_event_after(self, i: int) -> bool:
        """Does a noun phrase that ends in a person's life event or kin follow the word at i ('한서윤
        UFC 무대 데뷔에': the name's debut), up to four bare words on?"""
        for t in self.toks[i + 1:i + 5]:
            if t.sep:
                return False
            if clause.particles_after(self.body, t.start, t.end):  # Kiwi's particles: '프로' ends in no '로'
                return self.head_noun(t) in KIN_NOUNS
        return False
    def nicknamed_names(self) -> None:
        """"결승 MVP는 '번개' 석유담이었다", "'국민 타자' 한승범은": a word shaped like a three-syllable Korean
        name right after a nickname in single quotes, taking a particle or the copula, is the person's name."""
        toks = self.toks
        for i, tok in enumerate(toks):
            if i < 2 or tok.sep or tok.in_quote or toks[i - 1].text not in ("'", "’") or toks[i - 1].end + 1 != tok.start:
                continue
            if not any(t.sep and t.text in ("'", "‘") for t in toks[max(0, i - 5):i - 2]):
                continue  # the mark before it must close a quotation opened a few words before
            stem, particle = tok.stem, tok.particle
            copula = next((c for c in COPULA_ENDINGS if not particle and stem.endswith(c)), None)
            if copula:
                stem, particle = stem[:-len(copula)], copula
            if len(stem) != 3 or not is_korean_name(stem) or (stem in self.persons and self.persons[stem].title) \
                    or not (particle in NAME_PARTICLES or copula) or morph.reading(self.body, tok.start, tok.start + 3) == "other":
                continue
            if morph.common_word(stem) and morph.reading(self.body, tok.start, tok.start + 3) != "proper":
                continue  # "'X 지원법' 제정안을": a dictionary noun after a quoted name is the named thing's kind
            left = self.left_role(i)  # "서포터 '바람' 여하율": the position before the nickname
            self.add(stem, held_title(left[0]) if left else None, left[1] if left else None, "nicknamed",
                     tok.start, tok.start + 3, particle)

    def before_copula(self, tok: Tok) -> Tok:
        """'협연자는 피아니스트 은하솔(31)이다.': a name with the copula that ends the sentence (a gloss may stand
        between them) is the name, as Kiwi reads it, with the copula for its particle."""
        st = tok.stem
        if tok.particle or tok.sep or is_korean_name(st) or not st.endswith(COPULA) or not is_korean_name(st[:-2]):
            return tok
        if morph.reading(self.body, tok.start, tok.start + len(st) - 2) != "proper":
            return tok
        return replace(tok, stem=st[:-2], particle=COPULA)

    def body_before(self, i: int) -> str | None:
        """The body named right before the name at i, in 'org NAME TITLE' ('한빛은행 정하린 부행장'): its
        last word ends like a body ('…은행', '…증권', '…당') and is not a country, a place or a common word."""
        if i == 0:
            return None
        t = self.toks[i - 1]
        if self.same_generic_kind(i - 1):
            return self.same_body(i - 1, t.text)  # '같은 회사 오태윤 이사'
        if not t.sep and not t.particle and t.text in PROVINCIAL_GOVERNMENTS:
            return t.text  # '강원도 X 실장': the province's government
        if t.sep or t.particle or not HANGUL.match(t.text) or t.text in NOT_NAMES or t.text in ORG_WORDS \
                or t.text in TITLE_PREFIXES or is_korean_name(t.text) or not (t.text.endswith(ORG_ENDINGS) or self.township(t)) \
                or title_like(t.text) or morph.reading(self.body, t.start, t.end) not in ("proper", "nouns") \
                or self.after_demonstrative(i - 1):
            return None  # '그 결과 채도윤 교수': after a determiner, a common noun, no body
        first, words = self.left_org(i)  # '원주 한빛 …': the body's earlier words too
        if first >= 1 and self.toks[first - 1].text == SAME:
            return self.same_body(first, words or t.text)
        return words if words and words.endswith(t.text) else t.text

    def actor_before(self, i: int) -> str | None:
        """'가람전력은 …고 밝혔다. 가람전력 X 재무관리처장은': before a name whose post heads a unit, a bare word the article
        writes elsewhere as the subject opening a sentence is the body the story is about, the unit's body, whatever
        it ends with (a firm's name, one Kiwi reads as common nouns); never a place, a title or a person."""
        t = self.toks[i - 1] if i > 0 else None
        if t is None or t.sep or t.particle or not HANGUL.fullmatch(t.text) or len(t.text) < 2 or t.text in NOT_NAMES \
                or t.text in DETERMINERS or t.text in ORG_WORDS or title_like(t.text) \
                or (is_korean_name(t.text) and not t.text.endswith(ORG_ENDINGS)) \
                or is_person_noun(t.text) or t.text in LOCALITIES or t.text in COUNTRY_NAMES \
                or t.text.endswith(PLACE_ENDINGS) or self.after_demonstrative(i - 1):
            return None  # (a body's ending keeps a word shaped as a name is: '감사원')
        opening = re.compile(r"(?:^|(?<=[.!?\n]) ?)%s(?:%s) " % (re.escape(t.text), "|".join(ACTOR_SUBJECT_PARTICLES)), re.M)
        return t.text if any(m.start() != t.start for m in opening.finditer(self.body)) else None

    def parent_body_before(self, i: int) -> str | None:
        """'농식품부 X 식량정책실장': before a name whose post heads a unit ('…실', '…국'), a word ending like a body is
        the body the unit belongs to, even one Kiwi reads as a common noun (a ministry's short name)."""
        t = self.toks[i - 1] if i > 0 else None
        if t is None or t.sep or t.particle or not HANGUL.match(t.text) or len(t.text) < 2 or t.text in NOT_NAMES \
                or t.text in DETERMINERS or not t.text.endswith(BODY_ENDINGS) or title_like(t.text) \
                or is_korean_name(t.text) or is_person_noun(t.text) or self.after_demonstrative(i - 1):
            return None
        return t.text

    def same_generic_kind(self, k: int) -> bool:
        """Is token k a general kind of body after '같은' ('같은 회사', '같은 팀'), a reference to a body named before?"""
        t = self.toks[k]
        return k >= 1 and not t.sep and not t.particle and t.text in GENERIC_BODY_KINDS and self.toks[k - 1].text == SAME

    def named_as(self, i: int) -> bool:
        """Is token i, ending with '(으)로', what someone is called or spelled as: '오서진으로 잘못
        표기됐다', '채하람으로 개명했다' (a naming verb within the next two words, as Kiwi reads them)?"""
        toks = self.toks
        if toks[i].particle not in NAMED_AS_PARTICLES:
            return False
        for t in toks[i + 1:i + 3]:
            if t.sep:
                return False
            if any(m.form in NAMING_PREDICATES for m in morph.morphs_in(self.body, t.start, t.end)):
                return True
        return False

    def possessed(self, i: int) -> bool:
        """Does a body in the possessive stand right before token i ('KBS의 한결 아나운서'): a Latin name
        or a proper noun with '의'? Then a short word before a title is the body's titled member."""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        if prev.sep or prev.particle != "의":
            return False
        return not HANGUL.match(prev.stem) or morph.reading(self.body, prev.start, prev.start + len(prev.stem)) == "proper"

    def after_demonstrative(self, i: int) -> bool:
        """Is token i right after a demonstrative determiner as Kiwi reads it ('이/MM', '그/MM')?"""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        if prev.sep or prev.particle or prev.text not in DETERMINERS:
            return False
        ms = morph.morphs_in(self.body, prev.start, prev.end)
        return len(ms) == 1 and ms[0].tag == "MM"

    def particle_cut_short(self, tok: Tok) -> Tok:
        """'탁유라는': the word splits as 탁유 + the quotative 라는 ('called'), where Kiwi reads one noun of three
        syllables and the topic particle (탁유라/NNG 는/JX). A Korean name ending in the particle's first syllable
        ('…라' before 는, 도, 고) keeps that syllable, and the rest is its particle."""
        if len(tok.particle) < 2 or tok.sep:
            return tok
        stem, particle = tok.stem + tok.particle[0], tok.particle[1:]
        if particle not in NAME_PARTICLES or not is_korean_name(stem):
            return tok
        ms = morph.morphs_in(self.body, tok.start, tok.end)
        if len(ms) != 2 or ms[0].form != stem or ms[0].start != tok.start or not ms[0].tag.startswith("NN") \
                or ms[1].form != particle or not ms[1].tag.startswith("J"):
            return tok
        return replace(tok, stem=stem, particle=particle)

    def split_name_after_role(self, i: int, tok: Tok) -> bool:
        """'윙어 어세찬이': a three-syllable word shaped like a Korean name, right after an occupation or
        a position (not a title), that Kiwi cuts into pieces that are not nouns (어/IC 세/MM 찬/NNG):
        the role says a person follows, so the name stands however Kiwi reads it."""
        if len(tok.stem) != 3 or (tok.particle and tok.particle not in NAME_PARTICLES) or i == 0:
            return False
        before = self.toks[i - 1]
        return not before.sep and not before.particle and (before.stem in PERSON_NOUNS or self.occupation_word(before))

    @staticmethod
    def country_derived(word: str) -> bool:
        """A country's or a language's word with a suffix ('한국어', '중국인', '일본산'), not a name."""
        return len(word) == 3 and word[-1] in COUNTRY_DERIVED_SUFFIXES and word[:2] in ORG_WORDS

    def affiliated(self, i: int, titled: bool) -> str | None:
        """The organisation the article says the name at i belongs to: '민주당 소속 한지윤 법사위원장';
        '물너울지법 형사합의4부(재판장 한성진 부장판사)', the body whose gloss names its titled
        member ('비명(이재명)계' spells out a word, it names no member)."""
        toks = self.toks
        if i >= 2 and not toks[i - 1].sep and not toks[i - 1].particle and toks[i - 1].text in AFFILIATION_MARKERS:
            return self.left_org(i - 1)[1]  # '가람소방서 구조대 소속 채윤성 소방장': every body word before 소속
        if i >= 3 and self.is_role(toks[i - 1]) and not toks[i - 2].sep and not toks[i - 2].particle \
                and toks[i - 2].text in AFFILIATION_MARKERS:
            t = toks[i - 3]  # '한빛엔터테인먼트 소속 배우 김태민'
            return t.text if not t.sep and not t.particle and is_org_word(t) else None
        if not titled:
            return None
        k = i - 1
        if k >= 0 and self.is_role(toks[k]):
            k -= 1
        if k < 1 or toks[k].text != "(":
            return self.affiliated_earlier(i)
        b = k
        while b > 0 and k - b < MAX_ORG_WORDS and not toks[b - 1].particle and is_org_word(toks[b - 1]):
            b -= 1
        return " ".join(t.text for t in toks[b:k]) or None

    def affiliated_earlier(self, i: int) -> str | None:
        """'…연합회 소속으로 서울 관악구에서 치킨집을 하는 천봉수(56) 부회장은': the clause before a titled name
        opens with the body it belongs to ('X 소속으로', 'X 소속인'), and names no one else on the way."""
        toks = self.toks
        for k in range(i - 1, max(0, i - 1 - MAX_AFFILIATION_REACH), -1):
            t = toks[k]
            if t.sep or t.in_quote or t.stem in self.persons or (t.stem.endswith(HONORIFIC) and is_korean_name(t.stem[:-1])) \
                    or (is_korean_name(t.stem) and self.read_word(t) == "proper"):
                return None  # another person named on the way: the body may be theirs
            if t.stem in AFFILIATION_MARKERS and t.particle in AFFILIATION_LINKS:
                first, words = self.left_org(k)
                return words if words and first == k - len(words.split()) else None
        return None

    def guessed_names(self) -> None:
        """'벨린스키는 …', '하트먼이 …': one word Kiwi does not know and guesses to be a proper
        noun, spelled with the syllables of foreign names, as the subject or topic of a sentence it
        opens (maybe after an adverb: '하지만 하트먼이') or after a clause that describes it ('증인으로 나온 라이언킴은': a person's doings).
        Kiwi knows the countries, cities and large firms; a guessed word that ends like an
        organisation or a place ('체조협회', '광산구청') is not taken."""
        toks = self.toks
        for i, tok in enumerate(toks):
            if tok.sep or tok.in_quote or tok.stem in self.persons or not HANGUL.match(tok.stem) \
                    or not 2 <= len(tok.stem) <= 6 or tok.stem in NOT_NAMES or tok.stem in ORG_WORDS \
                    or not any(ch in FOREIGN for ch in tok.stem) \
                    or tok.stem.endswith(GUESSED_NOT_NAME_ENDINGS) or title_like(tok.stem):
                continue  # '질병관리청장은': a post (after a name Kiwi misread as a verb), no guessed name
            ms = [m for m in morph.morphs_in(self.body, tok.start, tok.end) if m.end <= tok.end]
            if len(ms) != 2 or ms[0].form != tok.stem or ms[0].tag != "NNP" or not ms[0].oov \
                    or ms[1].tag not in GUESSED_NAME_PARTICLE_TAGS or ms[1].form not in TOPIC_OR_SUBJECT:
                continue
            prev = toks[i - 1] if i > 0 else None
            opens = prev is None or "\n" in self.body[prev.end:tok.start] or prev.text in SENTENCE_ENDS \
                or self.opens_phrase(i)  # '하지만 벨린스키가': after a sentence adverb, the clause opens all the same
            if not opens and (prev.sep or prev.particle or not morph.ends_modifier(self.body, prev.start, prev.end)):
                continue  # after a noun ('브랜드 핏비트가', '중국 중신넷이') a firm or an outlet as often as not
            if self.body_of_a_titled_name(tok.stem) or self.glued_to_body_elsewhere(tok.stem) or self.closes_single_quoted(i) \
                    or self.single_quoted_elsewhere(tok.stem):
                continue
            self.add(tok.stem, None, None, "morphology", tok.start, tok.end, ms[1].form)

    def single_quoted_elsewhere(self, word: str) -> bool:
        """Does the article mark the word off in single quotation marks elsewhere, with no title or role beside it
        ("공공 자전거 '달리바이크'의 적자")? News so names a thing (a service, a product, a shop), and a later bare
        mention is that thing, not a person."""
        written, stems = self.token_positions()
        return any(self.closes_single_quoted(k) for k in written.get(word, []) + stems.get(word, []))

    def common_noun_elsewhere(self, word: str, start: int) -> bool:
        """Does Kiwi read the word, written alone elsewhere in the article, as one common noun of its dictionary
        ('운전석 안전띠 버클')? A word shaped like a Korean name ('안' + '전띠') that the dictionary holds as a
        noun is that noun wherever Kiwi is unsure of it; a name is never a dictionary's common noun."""
        if not morph.known_word(word):
            return False
        for m in re.finditer(r"(?<![가-힣])%s" % re.escape(word), self.body):
            if m.start() == start:
                continue
            ms = morph.morphs_in(self.body, m.start(), m.end())
            if len(ms) == 1 and ms[0].tag == "NNG" and ms[0].start == m.start() and ms[0].end == m.end() and not ms[0].oov:
                return True
        return False

    def body_of_a_titled_name(self, word: str) -> bool:
        """'청운FC는 …' and elsewhere '설태민 청운FC 감독': the word stands between a Korean name and its title,
        where a person's organisation is written: a club or a firm, not a person."""
        toks = self.toks
        written, stems = self.token_positions()
        return any(0 < k < len(toks) - 1 and not toks[k - 1].sep and not toks[k - 1].particle
                   and len(toks[k - 1].text) == 3
                   and (is_korean_name(toks[k - 1].text) or toks[k - 1].text in self.persons) and not toks[k + 1].sep
                   and title_of(toks[k + 1].stem) is not None for k in written.get(word, ())) \
            or any(toks[k].particle in ("", "의") and self.before_titled_name(k) for k in stems.get(word, ())) \
            or any(k + 1 < len(toks) and not toks[k + 1].sep and toks[k + 1].stem in BODY_NOUNS_AFTER
                   for k in written.get(word, ()))  # '…호크스 구단은', '…모터스 임직원': what only a body has

    def token_positions(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Where each word and each stem stands among the tokens, in order, worked out once per body: a rule that
        asks this of every candidate word would otherwise walk all the tokens for each (quadratic in the body)."""
        if self._positions is None:
            written: dict[str, list[int]] = {}
            stems: dict[str, list[int]] = {}
            for k, t in enumerate(self.toks):
                written.setdefault(t.text, []).append(k)
                stems.setdefault(t.stem, []).append(k)
            self._positions = (written, stems)
        return self._positions

    def before_titled_name(self, k: int) -> bool:
        """Does the word at k stand before a titled person as their body: 'X 변정태 감독' (a Korean name, then its
        title) or 'X 수석코치 모건 헤이스', 'X 대표이사 사장 로랑 베르티에' (titles, then a name)? A person is not
        written so before another one."""
        toks = self.toks
        nxt = toks[k + 1:k + 4]
        if not nxt or toks[k].particle not in ("", "의") or any(t.sep for t in nxt[:2]):
            return False
        if len(nxt) >= 2 and not nxt[0].particle and len(nxt[0].text) == 3 and is_korean_name(nxt[0].text) \
                and title_of(nxt[1].stem) is not None:
            return True  # and 'X의 모경석 회장': the body, possessing the post
        if toks[k].particle:
            return False
        x = k + 1
        while x < len(toks) and x - k <= 2 and not toks[x].sep and not toks[x].particle and title_of(toks[x].text) \
                and toks[x].text != HONORIFIC:
            x += 1
        return x > k + 1 and x < len(toks) and not toks[x].sep and (
            (len(toks[x].stem) == 3 and is_korean_name(toks[x].stem)) or self.foreign_word(toks[x]))

    def word_of_known_name(self, word: str) -> bool:
        """Is the one word a word of a multi-word name already found ('케빈' of '케빈 하워드')? Then it
        is that person's short mention, not a second person."""
        return " " not in word and any(word in whole.split() for whole in self.persons if " " in whole)

    def predicated_names(self) -> None:
        """'노라는 … 말했다', '벨러미에게', '올리비아 하퍼의 아들', '가수 토니(본명 …)': a proper noun
        nobody titled, of one word or a foreign name of two, is a person when its sentence says so
        (person_signal). A word the article also uses as a place ('…에서') is not taken."""
        toks = self.toks
        for i, tok in enumerate(toks):
            tok = self.before_gloss(tok)
            if tok.stem in WORLD_REGIONS or not self.name_candidate(tok):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if not tok.particle and nxt is not None and not nxt.sep and nxt.stem not in PERSONAL_TITLES \
                    and (self.foreign_word(nxt) or title_like(nxt.stem) or is_person_noun(nxt.stem)):
                continue  # not the name's last word, or a title the other rules weigh
            if not tok.particle and nxt is not None and not nxt.sep \
                    and any(p.first_offset == nxt.start and p.found_by == "name_ssi" for p in self.persons.values()):
                continue  # '임대업자 X(51)씨': the bare word right before a name with 씨 says what the person is
            first = i
            if i > 0 and not toks[i - 1].particle and self.foreign_word(toks[i - 1]) \
                    and any(ch in FOREIGN for t in toks[i - 1:i + 1] for ch in t.stem) \
                    and not (i >= 2 and not toks[i - 2].particle and self.glued_proper(i - 2)) \
                    and not (i >= 2 and not toks[i - 2].sep and not toks[i - 2].particle and HANGUL.match(toks[i - 2].text)
                             and title_of(toks[i - 2].text + toks[i - 1].stem) is not None):  # not '미들 블로커 X
                first = i - 1  # '올리비아 하퍼는': a foreign given name and surname
            name = " ".join(t.stem for t in toks[first:i + 1])
            if name in self.persons or tok.stem + "에서" in self.body:
                continue
            if first > 0 and not toks[first - 1].sep and not toks[first - 1].particle and toks[first - 1].stem in self.persons:
                continue  # '나카타 히데오가' with '나카타' found: the word ends that name, it is no second person
            if self.word_of_known_name(name):
                continue  # '케빈은' after '케빈 하워드': a short mention of someone already found
            if first == i and (self.body_of_a_titled_name(name) or self.headed_elsewhere(name)):
                continue  # '…윙스는 … 꺾었다' and elsewhere '…윙스 X 감독' or '…회장': a body, whatever its doings
            reason = self.person_signal(first, i, tok)
            if reason == "occupation" and first == i and self.suffixed_noun_here(tok):
                continue  # '작가 최고가는': a noun and its suffix after the occupation, no name
            if reason == "personal_title" and not nxt.particle and self.name_at(i + 2):
                continue  # '누리 파이터스 감독 반서결은': the title is the next name's, the words before it its team
            if reason == "personal_title":  # '매닝 일병에게': the title is the person's, and so is its particle
                self.add(name, nxt.stem, None, reason, toks[first].start, nxt.end, nxt.particle)
            elif reason == "occupation":  # '일본인 센터백 X는': the occupation that proves the name is its title
                title, _ = self.left_role(first) or (None, None)  # the body, if any, is the document's to resolve
                self.add(name, title, None, reason, toks[first].start, tok.end, tok.particle)
            elif reason:  # '일러스트레이터 X도 참석한다': an occupation or a post right before the name is its title
                role = self.left_role(first) if first > 0 and self.is_role(toks[first - 1]) else None
                self.add(name, role[0] if role else None, None, reason, toks[first].start, tok.end, tok.particle)

    def name_at(self, k: int) -> bool:
        """Is token k a person found, or a Korean name Kiwi reads as a proper noun?"""
        if k >= len(self.toks) or self.toks[k].sep:
            return False
        t = self.toks[k]
        stem = t.stem[:-1] if t.stem.endswith(HONORIFIC) and len(t.stem) >= 3 else t.stem
        return stem in self.persons or (is_korean_name(stem) and morph.reading(self.body, t.start, t.start + len(stem)) == "proper")

    def dharma_names(self) -> None:
        """'청운사 주지 범해 스님은', '월담 스님은': a monk goes by a dharma name of two syllables with no surname,
        before an honorific only monks take (dharma_honorifics). After a post the word is the name however Kiwi
        reads it ('도반' is also a common noun), the title both words ('주지 스님'); with no post before it, Kiwi
        must find no one dictionary word in it ('원로 스님', '주지 스님', '여러 스님': a kind of monk)."""
        toks = self.toks
        for i in range(len(toks) - 1):
            tok, honorific = toks[i], toks[i + 1]
            if tok.sep or tok.particle or tok.in_quote or honorific.sep or honorific.stem not in DHARMA_HONORIFICS \
                    or not DHARMA_NAME.fullmatch(tok.stem) or tok.stem in PERSON_WORDS or tok.stem in NOT_NAMES \
                    or tok.stem in DETERMINERS or tok.stem in self.firms or title_like(tok.stem):
                continue
            before = toks[i - 1] if i > 0 else None
            post = before.stem if before is not None and not before.sep and not before.particle \
                and (title_of(before.stem) is not None or before.stem in CAREFUL_TITLES) \
                and before.stem not in DHARMA_HONORIFICS else None
            if post is None and morph.reading(self.body, tok.start, tok.end) not in ("proper", "nouns"):
                continue
            if post is None and any(m.tag == "XSN" for m in morph.morphs_in(self.body, tok.start, tok.end)):
                continue  # '학인 스님': a noun made with a suffix, a kind of monk
            known = self.persons.get(tok.stem)
            if known is not None and (known.title or post is None):
                continue
            title = f"{post} {honorific.stem}" if post else honorific.stem
            body = toks[i - 2] if post and i >= 2 else None
            org = body.stem if body is not None and not body.sep and not body.particle and HANGUL.match(body.stem) \
                and morph.reading(self.body, body.start, body.end) in ("proper", "nouns", "common") \
                and title_like(body.stem) is None else None  # '청운사 주지 범해 스님': the temple the post is of
            self.add(tok.stem, title, org, "dharma_name", before.start if post else tok.start, honorific.end,
                     honorific.particle)

    def names_before_name_only_titles(self) -> None:
        """'아웅산 수지 여사가', '레이 하퍼 왕자는': two words before a title that follows only a person's
        name (name_only_titles) are that person's name when the first is a proper noun that is no
        Korean name, country or title, however Kiwi reads the second ('수지' as a common noun)."""
        toks = self.toks
        for i in range(len(toks) - 2):
            a, b, t = toks[i], toks[i + 1], toks[i + 2]
            if a.sep or b.sep or t.sep or a.particle or b.particle or t.stem not in NAME_ONLY_TITLES \
                    or not self.foreign_word(a) or not (self.surname_before_title(b) or self.foreign_word(b)) \
                    or not (self.opens_phrase(i) or (i > 0 and (toks[i - 1].sep or toks[i - 1].particle
                                                                 or morph.ends_modifier(self.body, toks[i - 1].start, toks[i - 1].end)))):
                continue
            name = f"{a.stem} {b.stem}"
            if b.stem in self.persons and is_korean_name(b.stem):
                continue  # '통신병 나우람(21) 상병': a Korean name found, the role before it no part of it
            if name not in self.persons and a.start not in {m.start for m in self.mentions}:
                self.add(name, t.stem, None, "personal_title", a.start, t.end, t.particle)

    def glued_name_only_titles(self) -> None:
        """'태종황제가': a Korean name Kiwi reads as a proper noun and a title that follows only a
        person's name (name_only_titles), written as one word."""
        for tok in self.toks:
            if tok.sep or tok.in_quote or not HANGUL.match(tok.text) or not tok.stem.endswith(tuple(NAME_ONLY_TITLES)):
                continue
            ms = [m for m in morph.morphs_in(self.body, tok.start, tok.end) if m.end <= tok.end]
            if len(ms) < 2 or ms[0].tag != "NNP" or ms[0].start != tok.start or len(ms[0].form) < 2 \
                    or ms[1].form not in NAME_ONLY_TITLES or ms[1].start != ms[0].end \
                    or not all(m.tag.startswith("J") for m in ms[2:]) or ms[0].form in self.persons \
                    or not is_korean_name(ms[0].form) or ms[0].form in ORG_WORDS:
                continue  # '로마황제', '조선왕비': a place's ruler; '태종황제': a name
            self.add(ms[0].form, ms[1].form, None, "personal_title", tok.start, tok.end, tok.particle)

    def quoted_honoured_names(self) -> None:
        """"유튜버 '하늘빛'님은": a name someone goes by, in quotation marks after a role and honoured with
        '님' (a suffix for persons only), is that person's name."""
        for m in QUOTED_HONOURED.finditer(self.body):
            if not is_person_noun(m.group("role")) or m.group("name") in self.persons:
                continue
            self.add(m.group("name"), m.group("role"), None, "honoured_name", m.start("name"), m.end(), m.group("particle"))

    def listed_foreign_names(self) -> None:
        """'할리우드 스타 제나로즈, 타냐 벨로티 등이': in a list joined by commas or middle dots, an
        item of two words, the second a proper noun spelled like a foreign name and the first no
        Korean name, title or common word, next to an item that is a person already found, is a
        foreign name (listed_with_persons takes items of one word). Beside a foreign name of two words
        found, the second word may be one Kiwi cuts into common nouns ('헨더슨 실바': 실/NNG 바/NNG)."""
        toks = self.toks
        found = set(self.persons) | {p.name.split()[-1] for p in self.persons.values()}
        pairs = {w for p in self.persons for w in (p.split()[0], p.split()[-1]) if len(p.split()) == 2}
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.particle or a.sep or b.sep:
                continue
            before = toks[i - 2] if i >= 2 and toks[i - 1].text in LIST_SEPARATORS else None
            after = toks[i + 3] if i + 3 < len(toks) and not b.particle and toks[i + 2].text in LIST_SEPARATORS else None
            beside = [t for t in (before, after) if t is not None and not t.sep]
            among_pairs = any(t.stem in pairs for t in beside) and has_foreign_syllable([a.stem]) and self.foreign_word(a) \
                and not b.in_quote and HANGUL.match(b.stem) is not None and 2 <= len(b.stem) <= 4 \
                and morph.reading(self.body, b.start, b.start + len(b.stem)) in ("proper", "nouns")
            if not any(t.stem in found or t.stem in pairs for t in beside) \
                    or not (among_pairs or (has_foreign_syllable([b.stem]) and self.foreign_word(b))) \
                    or not (self.foreign_word(a) or self.first_name_word(a)) \
                    or f"{a.stem} {b.stem}" in self.persons or self.word_of_known_name(a.stem):
                continue
            if not (before is not None or i == 0 or toks[i - 1].sep or toks[i - 1].particle or self.is_role(toks[i - 1])):
                continue  # the item must begin at the first word
            self.add(f"{a.stem} {b.stem}", None, None, "list_of_persons", a.start, b.end, b.particle)

    def joined_foreign_names(self) -> None:
        """'그림책 작가 A B와 출판인 C D가': a role, then a foreign name of two words joined by 와/과 to a person
        found with a role of their own is a person too, with the first role. Kiwi often keeps the particle on a
        foreign word ('셀린과'), so the glued joiner is read off the word itself."""
        toks = self.toks
        for i in range(1, len(toks) - 2):
            a, b = toks[i], toks[i + 1]
            last = self.joined_stem(b)
            if a.sep or a.particle or b.sep or last is None or not self.role_word(toks[i - 1]) \
                    or not (self.foreign_word(a) or (self.first_name_word(a) and has_foreign_syllable([a.stem]))) \
                    or not has_foreign_syllable([a.stem, last]) or f"{a.stem} {last}" in self.persons:
                continue
            k = i + 3 if self.role_word(toks[i + 2]) and i + 3 < len(toks) else i + 2
            if not any(p.split()[0] == toks[k].stem and len(p.split()) == 2 for p in self.persons):
                continue
            role = self.left_role(i, suffixed=True)  # a foreign name of two words is a name for sure
            self.add(f"{a.stem} {last}", role[0] if role else None, None, "list_of_persons", a.start, b.end, "")

    def role_word(self, tok: Tok) -> bool:
        """An occupation or a title as a whole word, also one whose end Kiwi reads as a particle ('작가': 작 + 가)."""
        return self.is_role(tok) or (not tok.sep and is_person_noun(tok.text)) or self.occupation_word(tok)

    def joined_stem(self, tok: Tok) -> str | None:
        """The word before 와/과 joining it to the next item: the particle split off, or glued to a foreign word that
        Kiwi reads whole ('셀린과')."""
        if tok.particle in JOINING_PARTICLES:
            return tok.stem
        w = tok.text
        if not tok.particle and len(w) >= 3 and w.endswith(JOINING_PARTICLES) and HANGUL.match(w) \
                and has_foreign_syllable([w[:-1]]) and not is_korean_name(w[:-1]):
            return w[:-1]
        return None

    def first_name_word(self, tok: Tok) -> bool:
        """Can the word begin a foreign name however Kiwi reads it ('지나' as a verb's stem): a short
        Hangul word that is not a common word, a title, a role, a country or a full Korean name (two
        syllables may be either: '지나', '조')?"""
        st = tok.stem
        return bool(HANGUL.match(st)) and 1 <= len(st) <= 5 and st not in NOT_NAMES and st not in ORG_WORDS \
            and not title_like(st) and not is_person_noun(st) and not (len(st) > 2 and is_korean_name(st))

    def glued_given_names(self) -> None:
        """'토니킴이', '존킴 셰프가': a common foreign given name with a Korean surname as spelled abroad
        (spelled_surnames) glued to it is one person's name, as Kiwi reads it (proper nouns)."""
        named = {m.start for m in self.mentions}
        for i, tok in enumerate(self.toks):
            st = tok.stem
            if tok.sep or tok.in_quote or tok.start in named or len(st) < 2 or st in FOREIGN_GIVEN_NAMES \
                    or st[-1] not in SPELLED_SURNAMES or st[:-1] not in FOREIGN_GIVEN_NAMES or st in self.persons \
                    or morph.reading(self.body, tok.start, tok.start + len(st)) != "proper":
                continue
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            if not tok.particle and nxt is not None and not nxt.sep and (title_like(nxt.stem) or is_person_noun(nxt.stem)):
                self.add(st, nxt.stem, None, "given_name", tok.start, nxt.end, nxt.particle)  # '존킴 셰프가'
            else:
                self.add(st, None, None, "given_name", tok.start, tok.end, tok.particle)

    def given_names(self) -> None:
        """'올리비아 하퍼는', '케빈 로이 하트먼에게', '재스민 윤는': a common foreign given name
        before one or two words that can end a name (a proper noun, or a Korean surname) is a
        foreign name, wherever it stands."""
        toks = self.toks
        named = {m.start for m in self.mentions}
        inner = [(m.start, m.end) for m in self.mentions if m.person and " " in m.person]
        for i in range(len(toks) - 1):
            tok = toks[i]
            if tok.particle and tok.text in FOREIGN_GIVEN_NAMES:
                tok = replace(tok, stem=tok.text, particle="")  # '아리아나': 나 is not the particle here
            if tok.sep or tok.particle or tok.in_quote or tok.start in named:
                continue
            if tok.stem not in FOREIGN_GIVEN_NAMES and not self.initial_follows(i):
                continue  # (asked before the mentions are scanned: few words are given names)
            if any(a < tok.start < b for a, b in inner):
                continue  # '로잘린 다비드 통상부 장관': a given name inside a full name found before opens no name
            if i > 0 and not toks[i - 1].sep and not toks[i - 1].particle and is_firm_kind(toks[i - 1].stem):
                continue  # '법무법인 로이 X 변호사': after a kind of firm, the firm's name, not a given name
            last = i + 1
            if last + 2 < len(toks) and INITIAL.fullmatch(toks[last].text) and toks[last + 1].text == ".":
                last += 2  # '조지 W. 부시'
            elif not toks[last].particle and last + 1 < len(toks) and self.foreign_word(toks[last + 1]) \
                    and self.foreign_word(toks[last]) and not (
                        not toks[last + 1].particle and last + 2 < len(toks) and toks[last + 2].stem in REGIONAL_POSTS):
                last += 1  # '케빈 로이 하트먼'; not '브라이언 웰스 콜로라도 주지사': the place of the post
            words = [tok, *toks[i + 1:last + 1]]
            titled = last + 1 < len(toks) and not toks[last + 1].sep \
                and (title_like(toks[last + 1].stem) or toks[last + 1].stem in NAME_HONORIFICS | PERSONAL_TITLES)
            if (young := AGED_HONORIFIC.search(self.body, words[-1].start, words[-1].end)) and len(words[-1].stem) > 1 \
                    and words[-1].stem.endswith(young.group("honorific")):
                words[-1] = replace(words[-1], stem=words[-1].stem[:-1])  # '에밀리 하(16)양은': 양 after the age, no syllable
                titled = True  # of the name; the honorific proves it a person's
            if titled and words[-1].particle and len(morph.morphs_in(self.body, words[-1].start, words[-1].end)) == 1:
                words[-1] = replace(words[-1], stem=words[-1].text, particle="")  # '파이 박사': one noun, no particle
            if not all(self.family_name_word(t) or (titled and t is words[-1] and self.surname_before_title(t))
                       for t in words[1:] if not INITIAL.fullmatch(t.text) and t.text != "."):
                continue
            if not titled and len(words) == 2 and self.common_noun_pair(tok, words[1]):
                continue  # '헤더 동점골로': a given name that is also a Korean noun, then a compound of nouns
            last_word = words[-1]
            if len(words) > 2 and last_word.particle.startswith(PLACE_PARTICLE) and last_word.particle != PLACE_PARTICLE \
                    and not last_word.particle.startswith("에게"):
                words[-1] = replace(last_word, stem=last_word.stem + PLACE_PARTICLE, particle=last_word.particle[1:])
                # '로잘린 K. 모레티에는': '에는' is a place's particle, never a person's, so the name ends in 에 (a bare
                # '에' stays the particle: '… 모레티에 대한')
            name = " ".join(t.stem for t in words).replace(" .", ".")
            right = None if words[-1].particle else self.right_title(last, after_foreign=True)
            sure = young is not None  # a name with its age and honorific: a common noun before it is what the person is
            title, org = (right[1], right[2]) if right else (self.left_role(i, suffixed=sure, apposed=sure) or (None, None))
            if right and not org and title in REGIONAL_POSTS and right[0] == last + 2 and not toks[last + 1].particle:
                org = toks[last + 1].text  # '에밀리 웰스 유타 주지사': the place the governor heads
            end, particle = (toks[right[0]].end, toks[right[0]].particle) if right else (words[-1].end, words[-1].particle)
            if name in self.persons and title:
                self.add(name, title, org, "given_name", tok.start, end, particle)  # '공동창업자 로건 파크(…)'
            elif name not in self.persons and not name + "에서" in self.body:
                self.add(name, title, org, "given_name", tok.start, end, particle)  # '마크 델가도 칼럼니스트는'

    def common_noun_pair(self, first: Tok, second: Tok) -> bool:
        """Does Kiwi read the first word as one dictionary noun and the second as dictionary nouns joined ('동점골')?
        A foreign surname is a guessed or proper word; two such nouns side by side are a phrase, no name."""
        return morph.reading(self.body, first.start, first.start + len(first.stem)) == "common" \
            and morph.reading(self.body, second.start, second.start + len(second.stem)) == "nouns"

    def initial_follows(self, i: int) -> bool:
        """'마틸드 R. 뒤마레': a Hangul word, a Latin initial with its full stop, then a word that can end a foreign
        name: the initial of a middle name marks the first word a given name, whether or not it is a common one."""
        toks = self.toks
        return i + 3 < len(toks) and self.first_name_word(toks[i]) and len(toks[i].stem) >= 2 \
            and INITIAL.fullmatch(toks[i + 1].text) is not None and toks[i + 2].text == "." \
            and self.family_name_word(toks[i + 3])

    def surname_before_title(self, tok: Tok) -> bool:
        """'앤드류 벨 박사': between a foreign given name and a title, a word Kiwi reads as a common
        noun is the surname all the same; a role or an organisation's word is not."""
        st = tok.stem
        return HANGUL.match(st) is not None and 1 < len(st) <= 4 and st not in NOT_NAMES and st not in ORG_WORDS \
            and not title_like(st) and not is_person_noun(st) and not st.endswith(LONG_NOT_NAME_ENDINGS) \
            and morph.reading(self.body, tok.start, tok.start + len(st)) in ("common", "proper", "nouns")

    def family_name_word(self, tok: Tok) -> bool:
        """Can the word end a foreign name: a Hangul word that is not a title, a role, a common
        word or an organisation's, or a Korean surname ('재스민 윤', '토니 리')?"""
        st = tok.stem
        if tok.sep or not HANGUL.match(st) or st in NOT_NAMES or st in ORG_WORDS or title_like(st) or is_person_noun(st):
            return False
        if len(st) == 1:
            return st in SURNAMES or st in SPELLED_SURNAMES
        if len(st) > 6 or st.endswith(LONG_NOT_NAME_ENDINGS):
            return False
        if morph.reading(self.body, tok.start, tok.start + len(st)) in ("proper", "nouns"):
            return True
        ms = morph.morphs_in(self.body, tok.start, tok.end)  # '그란데의': a guess with its particle glued on
        return len(ms) == 1 and ms[0].tag.startswith("NN") and ms[0].oov and ms[0].end == tok.end and bool(tok.particle)

    def titled_pair(self) -> None:
        """'김단 의원과 추경원 의원': the word before the first of two posts joined by '와/과', when the second
        post is a person's of the same title, is a name too, even one the ending tables doubt ('…단')."""
        toks = self.toks
        for i in range(len(toks) - 3):
            if toks[i + 1].particle[:1] not in JOINING_PARTICLES:
                continue  # (asked first: few words end in 과/와, and the other tests are pure)
            a, t1, b, t2 = toks[i:i + 4]
            if any(t.sep for t in (a, t1, b, t2)) or a.particle or b.particle:
                continue
            if t1.stem != t2.stem or t1.stem not in PERSONAL_TITLES or b.text not in self.persons or a.text in self.persons:
                continue
            word = a.text
            if HANGUL.match(word) and 2 <= len(word) <= 3 and word[0] in SURNAMES and word not in NOT_NAMES \
                    and word not in ORG_WORDS and morph.reading(self.body, a.start, a.end) == "proper":
                self.add(word, t1.stem, None, "titled_pair", a.start, t1.end, t1.particle)

    def prize_winners(self) -> None:
        """'신인상은 여자부 A와 남자부 B가 차지했다', '세터상은 C, 리베로상은 D에게 돌아갔다': a prize list names its
        winners by name alone, so the surname-shaped word after a prize as topic (or after its division) is a name,
        though it reads as common words ('기도' + '헌'); only when the sentence gives the prize away."""
        toks = self.toks
        for i, prize in enumerate(toks):
            if prize.sep or prize.particle not in ("은", "는") or len(prize.stem) < 2 \
                    or not prize.stem.endswith(AWARD_ENDING) or not HANGUL.match(prize.stem):
                continue
            stop = self.body.find(".", prize.end)
            if not PRIZE_GIVEN.search(self.body, prize.end, stop if stop > 0 else len(self.body)):
                continue
            k = i + 1
            while k < len(toks):
                if self.prize_division(toks[k]):
                    k += 1
                if k >= len(toks) or not self.winner_shaped(toks[k]):
                    break
                w = toks[k]
                if w.stem not in self.persons:
                    self.add(w.stem, None, None, "prize_winner", w.start, w.end, w.particle)
                if w.particle not in JOINING_PARTICLES:
                    break
                k += 1

    def prize_division(self, tok: Tok) -> bool:
        """'여자부', '일반부', '고등부': the section of a field a prize is given in, before its winner."""
        return not tok.sep and not tok.particle and 2 <= len(tok.stem) <= 3 and HANGUL.match(tok.stem) is not None \
            and tok.stem.endswith(PRIZE_DIVISION_ENDING)

    def winner_shaped(self, tok: Tok) -> bool:
        """A word that may be a Korean name as a prize list writes it: a surname and one or two syllables, ending
        as a winner's word does (a particle of subject, recipient or joining, or a comma), no body or place."""
        st = tok.stem
        if tok.sep or tok.in_quote or not HANGUL.match(st) or st in NOT_NAMES or st in ORG_WORDS:
            return False
        if tok.particle not in ("이", "가", "에게", "와", "과", "") or (tok.particle == "" and not self.body.startswith(",", tok.end)):
            return False
        if st.endswith(ORG_ENDINGS + PLACE_ENDINGS) or morph.common_word(st):
            return False
        given = st[2:] if st.startswith(COMPOUND_SURNAMES) and 3 <= len(st) <= 4 else st[1:] if st[0] in SURNAMES else ""
        return 1 <= len(given) <= 2

    def joined_to_persons(self) -> None:
        """'하린과 도윤 측은', '마커스 벨린과 소피아 렌츠가': a proper noun joined by '와/과' or '및' to
        a person already found is a person too (commas and middle dots are listed_with_persons')."""
        toks = self.toks
        for _ in range(2):  # a chain of three: the middle one found first
            for i in range(len(toks) - 1):
                a, b = toks[i], toks[i + 1]
                if a.sep or b.sep:
                    continue
                k = i + 1  # (b's index: tokens are told apart by their offsets, so no search of the list)
                if b.text == JOINING_WORD and i + 2 < len(toks):
                    b, k = toks[i + 2], i + 2
                elif a.particle[:1] not in JOINING_PARTICLES or not self.joins(a):
                    continue
                last = k + 1 if not b.particle and k + 1 < len(toks) and self.foreign_word(toks[k + 1]) \
                    and (toks[k + 1].particle or k + 2 >= len(toks) or toks[k + 2].sep) else k
                second = " ".join(t.stem for t in toks[k:last + 1])
                first = self.name_ending_at(i)
                if last + 1 < len(toks) and not toks[last].particle and toks[last + 1].text in AFFILIATION_MARKERS:
                    continue  # '…의원과 국민의힘 소속 선우진 의원': the word before 소속 is a body
                if last + 1 < len(toks) and not toks[last].particle and not toks[last + 1].sep \
                        and (ANONYMIZED.match(toks[last + 1].stem) or toks[last + 1].stem in self.persons):
                    continue  # '총책 A씨와 관리책 B씨': the word before a person's name is their role
                if first in self.persons and second not in self.persons and self.name_candidate(toks[last]) \
                        and all(self.foreign_word(t) for t in toks[k:last]):
                    known = self.persons[first]
                    group = known.organization if known.title is None else None  # '한빛밴드 도윤과 서진': one group's
                    right = self.right_title(last) if known.title and not toks[last].particle else None
                    if right:  # '구하람 솔매시장과 도해련 가람대 총장': the second person's own body and post
                        self.add(second, right[1], right[2], "joined_to_person", b.start, toks[right[0]].end,
                                 toks[right[0]].particle)
                        continue
                    self.add(second, None, group, "joined_to_person", b.start, toks[last].end, toks[last].particle)
                elif second in self.persons and first and first not in self.persons and self.name_candidate(a):
                    if self.unit_before_name(i) or self.department_before_name(a):
                        continue  # '환경부 물관리정책과 위다솜 과장': the '과' ends the person's unit, no joined name
                    start = toks[i - 1].start if " " in first else a.start
                    self.add(first, None, None, "joined_to_person", start, a.end, a.particle)
            self.glossed_joined_to_persons()

    def unit_before_name(self, i: int) -> bool:
        """'환경부 물관리정책과 위다솜 과장', '서울시 도시계획과 X 주무관': a body, then a word ending in 과 and a name
        with its post is the body's department (a 과), not a name joined by '과' to the next."""
        toks = self.toks
        if i == 0 or i + 2 >= len(toks) or toks[i].particle != "과":
            return False
        body, name, post = toks[i - 1], toks[i + 1], toks[i + 2]
        return not body.sep and not body.particle and body.text.endswith(ORG_ENDINGS) and not name.particle \
            and not post.sep and title_like(post.stem) is not None

    def department_before_name(self, tok: Tok) -> bool:
        """'기계공학과 X(59) 교수': a discipline written with 과 before a name is the person's department (학과); a
        surname and a discipline's head ('김철학과 X') stay a name."""
        stem = tok.stem
        return tok.particle == "과" and any(stem.endswith(h) and len(stem) - len(h) != 1 for h in DISCIPLINE_HEADS)

    def glossed_joined_to_persons(self) -> None:
        """'채하람(라온FC)과 김서진은': a name glossed in parentheses and joined by '와/과' to a person
        already found is a person too (the particle stands alone after the gloss)."""
        toks = self.toks
        for k in range(3, len(toks) - 1):
            if toks[k].text not in JOINING_PARTICLES or toks[k - 1].text != ")" or toks[k + 1].sep \
                    or toks[k + 1].stem not in self.persons:
                continue
            o = next((x for x in range(k - 2, max(0, k - 8), -1) if toks[x].text == "("), None)
            if o is None or o == 0:
                continue
            t = toks[o - 1]
            if not t.sep and not t.particle and t.stem not in self.persons and self.name_candidate(t):
                self.add(t.stem, None, None, "joined_to_person", t.start, t.end, toks[k].text)

    def person_at(self, tok: Tok) -> str | None:
        """The person already found whose name the word is, with or without what looks like a particle."""
        if tok.sep:
            return None
        return tok.text if tok.text in self.persons else tok.stem if tok.stem in self.persons else None

    def listed_after_role(self) -> None:
        """'배우 하세린, 봉준우, 윤가을', '배우 여시온(22)과 강다율(25)', '멤버 제하, 류빈, 도겸우': a role
        before the first name of a list is every name's, up to an item with a role or a title of its own.
        One of the items must be a person found already; the others may be any name-shaped noun."""
        toks = self.toks
        for i, tok in enumerate(toks):
            if tok.sep or tok.in_quote or i == 0 or toks[i - 1].sep:
                continue
            name = self.person_at(tok)
            if name is None and not (HANGUL.match(tok.stem) and 2 <= len(tok.stem) <= 4):
                continue
            if name is None and not self.item_name(tok):
                continue  # (asked before the role: the cheaper question)
            if not ((tok.particle in JOINING_PARTICLES and i + 1 < len(toks))
                    or (not tok.particle and i + 2 < len(toks) and toks[i + 1].text in LIST_SEPARATORS)
                    or self.item_gloss_end(i) is not None):
                continue  # no second item can follow (the first step of the walk below), so no list: the role is not asked
            left = self.left_role(i)
            if left is None or (name is not None and self.persons[name].title not in (None, held_title(left[0]))
                                and self.persons[name].title not in EPITHETS):
                continue
            items, k = [i], i
            while True:
                t = toks[k]
                if t.particle in JOINING_PARTICLES and k + 1 < len(toks):
                    nxt = k + 1
                elif not t.particle and k + 2 < len(toks) and toks[k + 1].text in LIST_SEPARATORS:
                    nxt = k + 2
                elif (close := self.item_gloss_end(k)) is not None:
                    nxt = close + 2  # '멤버 보늬(본명 이보늬), 채아(본명 모채아)': an item glossed in brackets
                else:
                    break
                n = toks[nxt]
                if n.sep or n.in_quote or (not n.particle and nxt + 1 < len(toks) and not toks[nxt + 1].sep
                                           and (title_like(toks[nxt + 1].stem) or self.is_role(toks[nxt + 1]))):
                    break  # '…, 정태수 감독': an item with a title of its own
                if not n.particle and self.person_at(n) is None and (title_like(n.stem) or self.is_role(n) or n.stem in GROUP_NOUNS):
                    break  # '포수 X(27)과 내야수 Y(24)', '피아니스트 X(34), 밴드 …': an item with a role or kind of its own
                if self.person_at(n) is None and not (self.list_name(n) if nxt == k + 1 else self.item_name(n)):
                    break  # after '와/과' a common noun is what the name is joined to ('허씨와 시비'), not a name
                if self.person_at(n) is None and not n.particle and nxt + 1 < len(toks) and toks[nxt + 1].text[:1].isdigit():
                    break  # '가수 X, 데뷔 10주년 …': a noun a count follows opens what is said of X, no name
                items.append(nxt)
                k = nxt
            if len(items) < 2 or not any(self.person_at(toks[x]) for x in items):
                continue
            title = held_title(left[0])
            for x in items:
                found = self.person_at(toks[x])
                if found is None:
                    self.add(toks[x].stem, title, left[1] if x == i else None, "list_shared_title",
                             toks[x].start, toks[x].end, toks[x].particle)
                elif self.persons[found].title is None or self.persons[found].title in EPITHETS:
                    self.persons[found].title = title  # '배우 X, Y, Z가 …. 막내 Z는': the role, not what Z is among them

    def item_gloss_end(self, k: int) -> int | None:
        """The closing bracket of a short gloss right after the list item at k ('보늬(본명 이보늬), …'), when a list
        separator and a further item follow it; else None."""
        toks = self.toks
        if toks[k].particle or k + 1 >= len(toks) or toks[k + 1].text != "(" or toks[k + 1].start != toks[k].end:
            return None
        close = next((x for x in range(k + 2, min(k + 6, len(toks))) if toks[x].text == ")"), None)
        if close is None or close + 2 >= len(toks) or toks[close + 1].text not in LIST_SEPARATORS:
            return None
        return close

    def roles_listed(self) -> None:
        """'배우 하세린, 개그맨 봉준우, 가수 노을이 출연했다': in a list of items that each give a role and a
        name, the word after a role is a name however Kiwi reads it (a stage name is often a common word),
        when the item before it is a person found with its own role and the word is the subject of what
        only people do or opens the next such item."""
        toks = self.toks
        for i in range(3, len(toks)):
            tok = toks[i]
            if tok.sep or toks[i - 2].text not in LIST_SEPARATORS or self.person_at(tok) is not None \
                    or not (is_person_noun(toks[i - 1].stem) or self.occupation_word(toks[i - 1])):
                continue
            left = self.left_role(i)
            if left is None:
                continue
            before = self.person_at(toks[i - 3])
            if before is None or self.persons[before].title is None:
                continue
            ps = clause.particles_after(self.body, tok.start, tok.end)  # '노을,': Kiwi's reading, not the table's 을
            particle = self.body[ps[0].start:tok.end] if ps and ps[0].start > tok.start else ""
            stem = tok.text[:len(tok.text) - len(particle)]
            if not self.item_name(replace(tok, stem=stem, particle=particle)):
                continue
            if particle and particle in TOPIC_OR_SUBJECT:
                own = clause.own_clause(clause.rest_of_sentence(self.body, tok.end), subject=particle in SUBJECT_ONLY)
                if not clause.predicates(own) & PERSON_PREDICATES:
                    continue
            elif particle or i + 3 >= len(toks) or toks[i + 1].text not in LIST_SEPARATORS \
                    or self.left_role(i + 3) is None or self.person_at(toks[i + 3]) is None:
                continue
            self.add(stem, held_title(left[0]), left[1], "list_shared_title", tok.start, tok.end, particle)

    def item_name(self, tok: Tok) -> bool:
        """Could a list item after a role ('멤버 제하, 류빈') be a name: one Hangul noun of two to four
        syllables, as Kiwi reads it, that is no title, role, country or word ending like a body or a place?"""
        st = tok.stem
        if tok.sep or tok.in_quote or not HANGUL.match(st) or not 2 <= len(st) <= 4 or st in NOT_NAMES \
                or st in ORG_WORDS or title_like(st) or is_person_noun(st) or st in self.group_names \
                or (st.endswith(GUESSED_NOT_NAME_ENDINGS) and not is_korean_name(st)):
            return False
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.start + len(st)) if m.end <= tok.start + len(st)]
        return len(ms) == 1 and ms[0].tag in ("NNP", "NNG")

    def local_government_after_name(self, j: int, title: str) -> bool:
        """'X 가람구 안전총괄과장은': between a Korean name and a post, a word ending in a unit of local government
        (시, 군, 구, 도) is the body the person works for, when the post heads a unit of it or the article writes the
        place again on its own ('가람구는 …', '가람구청'). Korean phrases give the name first, then the body and post."""
        toks = self.toks
        left = toks[j].text
        if j == 0 or toks[j].particle or not HANGUL.fullmatch(left) or len(left) < 2 or not left.endswith(LOCAL_UNITS):
            return False
        prev = toks[j - 1]
        if prev.sep or prev.particle or not is_korean_name(prev.text):
            return False
        elsewhere = re.search(rf"(?<![가-힣]){left}(?:{OFFICE})?(?:[은는이가의에도와과]|에서|으로|로)?(?![가-힣])",
                              self.body[:toks[j].start] + " " * (toks[j].end - toks[j].start) + self.body[toks[j].end:])
        post = title.split()[-1]
        unit_head = len(post) >= 3 and post.endswith("장") and post[:-1].endswith(UNIT_WORD_ENDINGS)  # '…과장', '…국장'
        return elsewhere is not None or unit_head

    def local_government(self, name: str) -> bool:
        """Is the word a city, county or district whose office the article names ('가람군' beside '가람군청')?"""
        return " " not in name and len(name) >= 2 and name.endswith(LOCAL_UNITS) and name + OFFICE in self.body

    def held(self, end: int, particle: str) -> bool:
        """Is the subject ending at `end` something held ('열리다', '거행되다'), a predicate of its own clause? A topic's
        clause runs to the next subject ('서명식은 지난 3일 … 열렸다'). Not a verb modifying a noun ('열린 회의에서'),
        which says what the noun is, nor another subject's predicate ('… 밝힌 가운데, 예식이 진행됐다')."""
        own = clause.own_clause(clause.rest_of_sentence(self.body, end), subject=particle in SUBJECT_ONLY)
        for k, m in enumerate(own):
            if k + 1 < len(own) and own[k + 1].tag == "ETM":
                continue
            lemma = own[k - 1].form + m.form if m.tag == "XSV" and k and own[k - 1].tag == "NNG" else m.form
            if m.tag in ("VV", "XSV") and lemma in HELD_PREDICATES:
                return True
        return False

    def city_teams(self) -> set[str]:
        """Clubs the article names after their home town ('춘천 아이스비버스', '속초 실버씰즈가'): a Korean town, then a
        word ending in a plural spelled in Hangul; the club in full and the plural alone, which later sentences use
        for it. Not a given name before a surname ('니나 로페즈', '루카 알바레즈'): no town."""
        teams = set()
        for m in CITY_TEAM.finditer(self.body):
            team = m.group("team")
            if m.group("city") in LOCALITIES and not title_like(team) and not is_person_noun(team):
                teams.update({f"{m.group('city')} {team}", team})
        return teams

    def named_groups(self) -> set[str]:
        """Names the article writes after a noun for a group of performers ('그룹 노바틱(NOVATIC)이',
        '밴드 새벽세시'): a proper noun as Kiwi reads it, or Latin letters."""
        named = set()
        for m in re.finditer(r"(?<![가-힣])(?:%s) (?P<g>[가-힣A-Za-z0-9]{2,12})" % "|".join(map(re.escape, GROUP_NOUNS)), self.body):
            ms = [x for x in morph.morphs_in(self.body, m.start("g"), m.end("g")) if x.end <= m.end("g")]
            if ms and ms[0].start == m.start("g") and ms[0].tag in ("NNP", "SL") and ms[0].form not in NOT_NAMES:
                named.add(ms[0].form if ms[0].tag == "NNP" and len(ms[0].form) >= 2 else m.group("g"))
        return named

    def groups(self) -> None:
        """'그룹 노바틱(NOVATIC)이 … 리더 강유온을 비롯해 멤버 제하, 류빈': when the article names one group
        of performers, the members it titles by their part in a group, with no organisation, are its."""
        if len(self.group_names) != 1:
            return
        group = next(iter(self.group_names))
        for p in self.persons.values():
            if p.title and p.title.split()[-1] in MEMBER_ROLES and not p.organization and p.name != group \
                    and any(m.person == p.name and group in self.paragraph_at(m.start) for m in self.mentions):
                p.organization = group  # named in a paragraph of the member's: '한빛밴드의 멤버 도윤' beside '걸그룹 미라클' is not

    def paragraph_at(self, offset: int) -> str:
        """The line of the body that holds the offset."""
        start = self.body.rfind("\n", 0, max(offset, 0)) + 1
        end = self.body.find("\n", max(offset, 0))
        return self.body[start:end if end >= 0 else len(self.body)]

    def listed_before_honorific(self) -> None:
        """'서윤, 하은, 지아, 다인 씨로': one '씨' after a list of given names is every name's."""
        toks = self.toks
        for k in range(2, len(toks) - 1):
            if toks[k + 1].stem != HONORIFIC or toks[k].stem not in self.persons:
                continue
            j = k
            while j >= 2 and toks[j - 1].text in LIST_SEPARATORS:
                t = toks[j - 2]
                if t.particle and not clause.particles_after(self.body, t.start, t.end):
                    t = replace(t, stem=t.text, particle="")  # '예은': Kiwi reads no particle in it
                if t.sep or t.particle or t.in_quote or not HANGUL.match(t.stem) or not 2 <= len(t.stem) <= 4 \
                        or t.stem in NOT_NAMES or title_like(t.stem) or is_person_noun(t.stem) \
                        or morph.reading(self.body, t.start, t.end) == "other":
                    break
                self.add(t.stem, None, None, "list_shared_title", t.start, t.end, "")
                j -= 2

    def joins(self, tok: Tok) -> bool:
        """Does the word end with '와/과' joining it to the next noun, as Kiwi reads it?"""
        ps = clause.particles_after(self.body, tok.start, tok.end)
        return len(ps) == 1 and ps[0].form in JOINING_PARTICLES and ps[0].tag in ("JC", "JKB")

    def name_ending_at(self, i: int) -> str:
        """The name (one word, or two when the first is a foreign word) whose last word is token i."""
        one = self.toks[i].stem
        if i > 0 and (one in NAME_HONORIFICS or title_like(one)) and not self.toks[i - 1].sep:
            i, one = i - 1, self.toks[i - 1].stem  # '박지훈 씨와', '김 교수와'
        if i > 0 and not self.toks[i - 1].sep and not self.toks[i - 1].particle and self.foreign_word(self.toks[i - 1]):
            two = f"{self.toks[i - 1].stem} {one}"
            if two in self.persons or one not in self.persons:
                return two
        return one

    def glossed_names(self) -> None:
        """'한서윤 팀장(송지헌)', '정유나(미르·25)씨', '라이언킴(이하 라킴)': a name in parentheses right
        after a person, the actor who plays them, a stage or a real name, is a person too: a
        Korean name, a proper noun with an age, or one the article abbreviates to ('이하')."""
        for m in GLOSSED_NAME.finditer(self.body):
            name = m.group("name")
            before = self.body[max(0, m.start() - 30):m.start()]
            if name in self.persons or name in NOT_NAMES or name in ORG_WORDS or not any(
                    before.endswith(p.name) or before.rstrip().endswith(tuple(f"{p.name} {p.title}" for p in [p] if p.title))
                    for p in self.persons.values()):
                continue
            read = morph.reading(self.body, m.start("name"), m.end("name"))
            aged = m.group("age") is not None
            if (aged or m.group("short")) and read == "proper" or (len(name) == 3 and is_korean_name(name) and read in ("proper", "nouns")):
                self.add(name, None, None, "glossed_name", m.start("name"), m.end("name"), "")

    def hanja_glossed_names(self) -> None:
        """'왕다밍(王大明) 국가주석', '후카이타오(胡凱濤) 주석-': a Hangul word glossed with its Hanja
        spelling (Chinese and Japanese names, and Korean ones in older prose) right before a title is
        that titled person. A place glossed so takes a title that heads a place ('선전(深圳) 시장'),
        or is the article's place elsewhere ('…에서'), and is left alone."""
        for m in HANJA_GLOSSED_TITLE.finditer(self.body):
            name, org, (title, word, end) = m.group("name"), None, self.title_word(m, "w1")
            if title is None and m.group("w2") and (m.group("w1") in ORG_WORDS or morph.reading(
                    self.body, m.start("w1"), m.end("w1")) == "proper"):
                org, (title, word, end) = m.group("w1"), self.title_word(m, "w2")  # '… 중국 외교부장'
            first = m.group("first")
            start = m.start("name")
            if first and first not in NOT_NAMES and first not in ORG_WORDS and not title_like(first) \
                    and not is_person_noun(first) and morph.reading(self.body, m.start("first"), m.end("first")) == "proper":
                name, start = f"{first} {name}", m.start("first")  # '나카타 히데오(中田英夫)': a given name and a surname
            if self.word_of_known_name(name):
                continue
            if title is None or title in COMPOUND_TITLES or name in self.persons or name in NOT_NAMES \
                    or name in ORG_WORDS or (name.endswith(GUESSED_NOT_NAME_ENDINGS) and not is_korean_name(name)) \
                    or morph.reading(self.body, m.start("name"), m.end("name")) == "other" \
                    or re.search(re.escape(name) + "(?:에서|에|으로|로)(?![가-힣])", self.body):
                continue
            if " " in name:
                self.drop_first_found(m.group("name"), m.start("name"))
            self.add(name, title, org, "glossed_name", start, end, word[len(title):])

    def title_word(self, m: re.Match, group: str) -> tuple[str | None, str, int]:
        """(title, word as written, end) of the word of a match that is a title, with its particle cut off."""
        word = m.group(group)
        if word is None:
            return None, "", m.end()
        stem, _ = strip_particle(word)
        return (stem if title_like(stem) else word if title_like(word) else None), word, m.end(group)

    def clubs_of_staff(self) -> None:
        """'삼척 아이스베어스 사령탑 시노다 료 감독은', '목포 돌고래즈 엄태린 감독': the club named with its town right before
        a person, or before one word for the role and the person, is that person's organisation when nothing else gave one."""
        if not self.teams:
            return
        for p in self.persons.values():
            if p.organization is not None:
                continue
            for m in self.mentions:
                if m.person != p.name or m.kind != "full":
                    continue
                before = PREVIOUS_CLUB.search(self.body, max(0, m.start - 40), m.start)
                if before and before.group("club") in self.teams and " " in before.group("club"):
                    p.organization = before.group("club")
                    break

    def sole_club_staff(self) -> None:
        """'X 가온 단장은 "…" … 투수 Y와의 계약도 … Z 감독도 웃었다': when the staff the article ties to a club are all
        one club's and nothing in it tells of a game against another side or of a move between clubs, the players
        and coaches it names with no club, near a mention of it, are that club's (the only side the story has); its
        officers ('X 대표이사') too, whatever the story tells of games and moves."""
        clubs = {p.organization for p in self.persons.values()
                 if p.organization and p.title and p.title.split()[-1] in CLUB_ROLES}
        if len(clubs) != 1:
            return
        roles = CLUB_OFFICER_POSTS if any(w in self.body for w in RIVAL_SIDE_WORDS) else CLUB_ROLES | CLUB_OFFICER_POSTS
        club = next(iter(clubs))
        # a club of two words is told short by its first ('새솔 호크스' … '새솔은'), as news calls a club by its town or owner
        told = re.compile(r"(?<![가-힣A-Za-z])%s(?![가-힣A-Za-z]{3})" % re.escape(club.split()[0])) if " " in club \
            else re.compile(re.escape(club))
        for p in self.persons.values():
            if p.organization is None and p.title and p.title.split()[-1] in roles and p.role != "reporter" \
                    and any(m.person == p.name and told.search(self.paragraph_and_previous(m.start)) for m in self.mentions):
                p.organization = club  # the club told near the person, not only in another story of a digest

    def paragraph_and_previous(self, offset: int) -> str:
        """The line of the body that holds the offset, and the nonblank line before it."""
        start = self.body.rfind("\n", 0, max(offset, 0)) + 1
        before = self.body[:start].rstrip("\n")
        return before[before.rfind("\n") + 1:] + "\n" + self.paragraph_at(offset)

    def surname_mentions(self) -> None:
        """A one-word person that is the last or first word of one person named in several words at or before it
        ('오웬 캐슬다인(29)이 … 캐슬다인은', '쿠로사와 다이키 사장 … 쿠로사와 사장은') is that person's later mention
        by the surname, however the rules found it first: one person, the mentions of both kept."""
        for name, p in list(self.persons.items()):
            if " " in name or len(name) < 2 or p.role == "reporter" or p.found_by == "anonymized":
                continue
            wholes = [q for q in self.persons.values() if " " in q.name and name in (q.name.split()[0], q.name.split()[-1])
                      and 0 <= q.first_offset <= p.first_offset and not any(
                          w.endswith(COPULA_MODIFIER) or title_like(w) or is_person_noun(w) for w in q.name.split() if w != name)]
            # not '검토위원장인 옹재석', a post misread into the name of 옹재석
            if len(wholes) != 1:
                continue
            whole = wholes[0]
            whole.title = whole.title or p.title
            whole.organization = whole.organization or p.organization
            whole.aliases.add(name)
            del self.persons[name]
            spans = [(m.start, m.end) for m in self.mentions if m.person == whole.name and m.kind == "full"]
            self.mentions = [replace(m, person=whole.name, kind="short") if m.person == name else m for m in self.mentions
                             if m.person != name or not any(a <= m.start < b for a, b in spans)]

    def drop_first_found(self, word: str, at: int) -> None:
        """Forget a person found as the one word at `at` that is the last word of a longer name found
        there now ('아베 신조(安倍晋三) 일본 총리': not '신조')."""
        p = self.persons.get(word)
        if p is not None and p.first_offset == at:
            del self.persons[word]
            self.mentions = [x for x in self.mentions if x.person != word]

    def stage_names(self) -> None:
        """'마이크(조명수·35)가', '토니(본명 안승호)는': a word glossed with a Korean name and an age, or
        with '본명' (real name), is the stage name or nickname of that person; both are persons."""
        for m in STAGE_NAME_GLOSS.finditer(self.body):
            stage, real = m.group("stage"), m.group("real")
            if not (m.group("age") and len(real) >= 3 or m.group("real_name")) or not is_korean_name(real) \
                    or stage in NOT_NAMES or stage in ORG_WORDS or title_like(stage) or is_person_noun(stage) \
                    or (stage.endswith(GUESSED_NOT_NAME_ENDINGS) and not is_korean_name(stage)) \
                    or (morph.reading(self.body, m.start("stage"), m.end("stage")) != "proper" and not m.group("real_name")):
                continue  # with '본명' the word is a name whatever Kiwi reads it as ('반달(본명 하서아)': 반달 is a word too)
            titled = _TITLE_AFTER_GLOSS.match(self.body, m.end())
            title = titled and title_of(titled.group(1))
            if title and stage not in self.persons:
                # '반달(본명 하서아) 작가는': the name the article uses is the person's, with the title after the gloss;
                # the real name is another name of theirs
                self.add(stage, title[0], title[1], "pen_name", m.start("stage"), titled.end(1), titled.group(2) or "")
            for name, at in ((stage, m.start("stage")), (real, m.start("real"))):
                if name not in self.persons and not self.word_of_known_name(name):
                    rule = "pen_name" if name == stage and m.group("real_name") else "glossed_name"
                    self.add(name, None, None, rule, at, at + len(name), "")

    def actors_of_parts(self) -> None:
        """'한가을(여하나 분)': the name before 분 ('played by') in a part's gloss is the actor's, a person of the
        article however the dictionary reads it; the part itself is none (see played_by)."""
        for m in _PLAYED_BY_GLOSS.finditer(self.body):
            actor, at = m.group("actor"), m.start("actor")
            words = actor.split()
            if actor in self.persons or any(w in NOT_NAMES or w in ORG_WORDS or title_like(w) or is_person_noun(w)
                                            for w in words):
                continue
            if len(words) == 1 and not is_korean_name(actor):
                continue  # '(미상 분)': one word is a Korean name or nothing; a foreign actor has two words
            self.add(actor, None, None, "actor_gloss", at, at + len(actor), "")

    def role_framed_names(self) -> None:
        """'웹툰 작가 물결도 … 물결 작가는', '가수 노을은 … 노을 씨는': a word the article writes right after an
        occupation and, elsewhere, right before the same occupation (or 씨) is a name, whatever the dictionary says
        of it: a pen or stage name is often a common word ('물결', '노을'), and only a name stands in both places."""
        toks = self.toks
        for i, tok in enumerate(toks):
            known = self.person_at(tok)
            if i == 0 or tok.sep or tok.in_quote or toks[i - 1].sep or not self.framed_word(tok) \
                    or (known is not None and self.persons[known].title is not None):
                continue
            if f"{tok.stem} " not in self.body:
                continue  # never written before a role or 씨 (named_before_role), so the role before it is not asked
            left = self.left_role(i)
            if left is None:
                continue
            role = left[0].split()[-1]
            if not (is_person_noun(role) or title_of(role)) or not self.named_before_role(tok.stem, role):
                continue
            self.add(tok.stem, held_title(left[0]), left[1] if left[1] not in WORK_FIELDS else None, "role_framed",
                     tok.start, tok.end, tok.particle)

    def framed_word(self, tok: Tok) -> bool:
        """Could the word stand for a name between two occupations: one to four Hangul syllables Kiwi reads as
        nouns, no title, role, body, kind of group or word of a clause ('출신', '대행')?"""
        st = tok.stem
        if not HANGUL.match(st) or not 1 <= len(st) <= 4 or st in NOT_NAMES or st in ORG_WORDS or st in PERSON_WORDS \
                or title_like(st) or is_person_noun(st) or st in GROUP_NOUNS or st in CLAUSE_NOUNS or st in WORK_FIELDS \
                or st in self.group_names or st.endswith(GUESSED_NOT_NAME_ENDINGS):
            return False
        return morph.reading(self.body, tok.start, tok.start + len(st)) in ("proper", "common", "nouns")

    def named_before_role(self, word: str, role: str) -> bool:
        """Does the article write the word on its own right before the role (or 씨), with a particle or a stop
        after that ('물결 작가는', '노을 씨가'), not a plural ('출신 선수들')?"""
        if f"{word} {role}" not in self.body and f"{word} {HONORIFIC}" not in self.body:
            return False  # the plain test first: the pattern, built per word and role, is compiled anew on each call
        then = rf"(?:{re.escape(role)}|{HONORIFIC} ?)"
        return re.search(rf"(?<![\uac00-\ud7a3]){re.escape(word)} {then}(?:[은는이가도와과의을를]|에게|\s|[,.!?])",
                         self.body) is not None

    def group_members(self) -> None:
        """'걸그룹 '미라클' 멤버 한서아(25)씨', '미라클의 멤버 서아': the group a member is named with is
        the member's organisation, and '멤버' the title. The group itself is no person: the person table
        is for people (a band, a team or a duo named alone is left out)."""
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or m.kind != "full" or p.organization:
                continue
            g = GROUP_MEMBER.search(self.body, max(0, m.start - 40), m.start)
            if g is None:
                continue
            group, at = g.group("group"), g.start("group")
            if group.endswith("의") and morph.reading(self.body, at, at + len(group) - 1) == "proper":
                group = group[:-1]  # '미라클의 멤버'
            if group in self.persons or group in NOT_NAMES or (HANGUL.match(group[-1]) and morph.reading(
                    self.body, at, at + len(group)) not in ("proper", "nouns", "common")):
                continue  # '옥에 티를 멤버 …': no group named
            p.organization = group
            p.title = p.title or MEMBER

    def named_group_members(self) -> None:
        """'그룹 루나틱 멤버 해온과', '밴드 새벽세시 멤버 진은': after a kind of group, the group and '멤버' comes a member's
        name, however short and whatever the dictionary reads it as (a stage name is often a common word). A word Kiwi
        reads as a common noun must come back on its own elsewhere ('해온은 …'): '멤버 교체가' is no member."""
        toks = self.toks
        for i in range(2, len(toks) - 1):
            role, group, kind, tok = toks[i], toks[i - 1], toks[i - 2], toks[i + 1]
            st = tok.stem
            if role.stem != MEMBER or role.particle or role.sep or group.particle or group.sep or kind.particle \
                    or kind.stem not in GROUP_NOUNS or tok.sep or tok.in_quote or not HANGUL.match(st) or not 1 <= len(st) <= 4 \
                    or st in self.persons or st in NOT_NAMES or st in ORG_WORDS or st in NOT_MEMBER_NAMES or st in MEMBER_ROLES \
                    or st in GROUP_NOUNS or st in ADVERBIAL_NOUNS or title_like(st) or is_person_noun(st) \
                    or st.endswith(GUESSED_NOT_NAME_ENDINGS):
                continue
            if morph.reading(self.body, tok.start, tok.start + len(st)) == "common" and not self.stands_alone_again(st, tok.end):
                continue
            self.add(st, MEMBER, group.stem, "group_member", tok.start, tok.end, tok.particle)

    def stands_alone_again(self, word: str, after: int) -> bool:
        """Does the article write the word again after `after`, on its own with a subject or topic particle ('해온은')?"""
        return re.search(rf"(?<![가-힣]){re.escape(word)}(?:은|는|이|가)(?![가-힣])", self.body[after:]) is not None

    def bracketed_members(self) -> None:
        """'그룹 라온별(하루, 소이, 미르)은': a group, named after its kind ('그룹 라온별') or with its members
        ('라온별 멤버') elsewhere in the article, then its members in parentheses: each one a person of the group,
        however Kiwi reads the stage names. A list of places or titles in parentheses ('3개국(미국, 일본, 중국)') is none."""
        for m in BRACKETED_MEMBERS.finditer(self.body):
            group = m.group("group")
            kinds = "|".join(map(re.escape, GROUP_NOUNS))
            if not re.search(rf"(?:{kinds}) {re.escape(group)}|{re.escape(group)}(?:의)? (?:{MEMBER}|{'|'.join(MEMBER_ROLES)})",
                             self.body):
                continue
            names = [(w.group(), m.start("members") + w.start()) for w in re.finditer(r"[가-힣]+", m.group("members"))]
            if any(n in TERRITORIES or n in NOT_NAMES or title_like(n) or is_person_noun(n) for n, _ in names):
                continue
            for name, at in names:
                known = self.persons.get(name)
                if known is None:
                    self.add(name, None, group, "bracketed_member", at, at + len(name), "")
                elif not known.organization:
                    known.organization = group

    def made_of_members(self) -> None:
        """'라온별은 하루, 소이, 미르로 이뤄진 3인조 그룹': the names of the line-up a sentence says the group is made of,
        each a person of the group however Kiwi reads the stage names. A list with a title, a role or a place in it is
        no line-up of persons."""
        for m in MADE_OF_MEMBERS.finditer(self.body):
            group = m.group("group")
            if group in self.persons:
                continue
            names = [(w.group(), m.start("members") + w.start()) for w in re.finditer(r"[가-힣]+", m.group("members"))]
            if any(n in TERRITORIES or n in NOT_NAMES or n in ORG_WORDS or title_like(n) or is_person_noun(n) for n, _ in names):
                continue
            for name, at in names:
                known = self.persons.get(name)
                if known is None:
                    self.add(name, None, group, "group_member", at, at + len(name), "")
                elif not known.organization:
                    known.organization = group

    def name_candidate(self, tok: Tok) -> bool:
        """One word that may be (the last word of) a name: a proper noun in Hangul as Kiwi reads
        it, or a three-syllable Korean name Kiwi cuts into common nouns ('이/MM 수/NNB 민/NNG');
        not a title, a role, a country or a word ending like a firm or a place."""
        st = tok.stem
        if tok.sep or (tok.in_quote and not self.called(tok)) or not HANGUL.match(st) or not 2 <= len(st) <= 7 or st in NOT_NAMES \
                or st in ORG_WORDS or st in self.persons or st.endswith(HONORIFIC):
            return False  # '김씨': a surname and its honorific, the article's own short form; in a quotation, only whom the speaker calls
        head = morph.morphs_in(self.body, tok.start, tok.start + 1)
        if not (head and (head[0].tag == "NNP" or head[0].oov)) and not (len(st) == 3 and is_korean_name(st)):
            return False  # most words: Kiwi does not begin them with a proper noun
        if self.body[max(0, tok.start - 4):tok.start].rstrip().endswith(FIRM_MARKS) \
                or self.body.startswith(FIRM_MARKS, tok.start + len(st)):
            return False  # '(주)플로섬한테': a firm
        if st.endswith(FACTION_SUFFIXES) and (st[:-1] in COUNTRY_NAMES or st[:-1] in WORLD_REGIONS or morph.common_word(st[:-1])):
            return False  # '유럽파', '해외파', '강경파': those of a place or a side, no name
        ends_not_name = st.endswith(CANDIDATE_NOT_NAME_ENDINGS)  # (two tuple tests, not a list of every ending matched)
        known = self.known_korean_name(tok)  # one proper noun of Kiwi's dictionary, ending as a given name may
        korean = len(st) == 3 and (is_korean_name(st) or known) and (
            not st.endswith(PLACE_ENDINGS + BUILDING_ENDINGS)
            or (st.endswith(GIVEN_NAME_PLACE_ENDINGS)
                and (known or self.bare_korean_name(replace(tok, text=st, particle="", end=tok.start + 3)))))
        if not korean and not st.endswith(GUESSED_NOT_NAME_ENDINGS) and self.known_korean_name(tok, any_ending=True):
            korean = True  # '정도전도': a name Kiwi's dictionary knows whole, however it ends; the sentence decides
        if not korean and self.subject_name_cut_at_particle(tok):
            korean = True  # '표아로는': a name opening its sentence, cut at a particle Kiwi reads in it; the predicate decides
        if ends_not_name and not korean:
            if st.endswith(LONG_CANDIDATE_NOT_NAME_ENDINGS):
                return False  # '체조협회', '비박계'
            foreign = has_foreign_syllable([st[:-1]]) if len(st) == 2 else morph.unknown(self.body, tok.start, tok.start + len(st))
            if not (foreign or (has_foreign_syllable([st[:-1]]) and self.person_particle(tok)) or self.shared_final(tok)
                    or self.relation_after(tok)):
                return False  # but '노라', '벨로시', '리카르도에게': a name, not a city; '…산의 제자': a person's
        read = self.read_word(tok)
        if not (read == "proper" or (read == "nouns" and korean)) or title_like(st) or is_person_noun(st):
            return False
        return not any(m.start <= tok.start < m.end for m in self.mentions)  # '한서윤씨가': found already

    def relation_after(self, tok: Tok) -> bool:
        """Is the word, with '의', followed by a relation nobody says of a place ('…의 제자', '…의 아내')?"""
        if tok.particle != "의":
            return False
        k = next((x for x, t in enumerate(self.toks) if t.start == tok.start), None)
        nxt = self.toks[k + 1] if k is not None and k + 1 < len(self.toks) else None
        return nxt is not None and not nxt.sep and self.head_noun(nxt) in PERSONS_ONLY_RELATIONS

    def called(self, tok: Tok) -> bool:
        """Does the word end with the vocative particle ('민후야', as Kiwi reads it): someone called by name?"""
        ps = clause.particles_after(self.body, tok.start, tok.end)
        return bool(ps) and ps[-1].tag == "JKV"

    def shared_final(self, tok: Tok) -> bool:
        """'레시', '바르시', '알폰소': one proper noun Kiwi knows, ending in a syllable that closes
        names and places alike, where the part before it is no place of its own ('부산시', '수원시')."""
        st = tok.stem
        return 2 <= len(st) <= 5 and st.endswith(SHARED_FINAL_SYLLABLES) and self.known_body(tok) \
            and not proper_on_its_own(st[:-1])

    def person_particle(self, tok: Tok) -> bool:
        """Does the word end with a particle only people take ('에게', '께서'), as Kiwi reads it?"""
        ps = clause.particles_after(self.body, tok.start, tok.end)
        return bool(ps) and ps[0].form in PERSON_PARTICLES

    def role_before_ssi(self, i: int) -> tuple[str | None, str | None]:
        """(role, organisation) before a name with 씨 at token i; an organisation word Kiwi reads as common nouns
        only ('하청업체 직원 김하늘씨') is a kind of firm, not a named one; a body of people ('모임') is one all the same."""
        title, org = self.left_role(i, suffixed=True, apposed=True) or (None, None)
        k = i - 2
        if org and k >= 0 and self.toks[k].text == org and org not in ORG_WORDS and org not in COLLECTIVE_NOUNS \
                and not org.endswith(ORG_ENDINGS) and not (title and title_of(title) and self.named_compound(self.toks[k].start, org)) \
                and morph.reading(self.body, self.toks[k].start, self.toks[k].end) in ("common", "nouns"):
            org = None
        return title, org

    def quoted_group_before(self, i: int) -> str | None:
        """"'가람 주민 연대' X 대표": a group's name in single quotes, ending in a word a body ends with, right before the
        name and its post: the body the post is of (a quoted name is a group's far more often than a thing's here)."""
        toks = self.toks
        if i < 3 or toks[i - 1].text not in ("'", "’"):
            return None
        j = next((x for x in range(i - 2, max(0, i - 2 - MAX_QUOTED_GROUP_WORDS) - 1, -1) if toks[x].text in ("'", "‘")), None)
        if j is None or j == i - 2:
            return None
        words = toks[j + 1:i - 1]
        if any(t.sep or t.particle or not HANGUL.match(t.text) for t in words):
            return None
        last = words[-1].text
        if not (last.endswith(BODY_FINAL_WORDS + ORG_ENDINGS) or last in COLLECTIVE_NOUNS):
            return None
        return " ".join(t.text for t in words)

    def kind_named_before(self, i: int) -> str | None:
        """'한빛혁신센터와 협약을 맺었다. 센터의 정하린 센터장은': the kind of body with 의 before a name stands for
        the body of that kind named last before it, a longer word ending in it."""
        toks = self.toks
        if i == 0 or toks[i - 1].particle != "의" or toks[i - 1].stem not in BODY_KIND_WORDS:
            return None
        kind = toks[i - 1].stem
        named = [t.stem for t in toks[:i - 1] if not t.sep and len(t.stem) > len(kind) and t.stem.endswith(kind)
                 and HANGUL.match(t.stem)]
        return named[-1] if named else None

    def read_word(self, tok: Tok) -> str:
        """morph.reading of the word's stem; a word Kiwi guessed whole with its particle glued on
        ('오채린이', '아슬란이' as one unknown proper noun) reads as a proper noun."""
        read = morph.reading(self.body, tok.start, tok.start + len(tok.stem))
        if read == "other" and tok.particle in NAME_PARTICLES and self.glued_guess(tok) and not morph.noun_compound(tok.text):
            return "proper"  # not '도시철도 서부선': common nouns Kiwi guessed as one word, no name and particle
        if read == "other" and not tok.particle and self.contracted_name(tok.start, tok.stem):
            return "proper"  # '장민환 노조위원장': 장/NNP 민화/NNG ᆫ/JX
        if read == "other" and self.subject_name_cut_at_particle(tok):
            return "nouns"  # '표아로는 … 버디를 잡았다': 표/NNG 아/NNG 로/JKB 는/JX, a name the sentence proves or not
        if read == "other" and is_korean_name(tok.stem) and self.opens_with_ending_across_space(tok.start, tok.stem):
            return "proper"  # '화학과 라하진 교수팀': 과/NNG 이/VCP 라/EC 하진/NNP, the surname read as the ending before
        if read == "nouns" and self.compound_surname_read_common(tok):
            return "proper"
        return read

    def compound_surname_read_common(self, tok: Tok) -> bool:
        """'서문결이 맡았다' (서문/NNG 결/NNG), '사공윤을': a compound surname that is also a common noun ('preface',
        'boatman') and one or two syllables, which Kiwi reads as that noun and another: the dictionary holds no such
        compound (it may know the name: a novel's character), so the word is the name."""
        st = tok.stem
        if not st.startswith(COMPOUND_SURNAMES) or not 3 <= len(st) <= 4 or not is_korean_name(st) \
                or morph.common_word(st) or (len(st) == 4 and morph.common_word(st[2:])):
            return False  # not '동방예의' (동방 + 예의): two words of the dictionary
        ms = morph.morphs_in(self.body, tok.start, tok.start + len(st))
        return bool(ms) and ms[0].form == st[:2] and ms[0].tag == "NNG" and ms[-1].end == tok.start + len(st)

    def opens_with_proper_noun(self, tok: Tok) -> bool:
        """Does Kiwi open the word with a proper noun ('변다로': one NNP; '…아로는': …아/NNP 로/JKB 는/JX, the name's last
        syllable read as a particle)?"""
        ms = morph.morphs_in(self.body, tok.start, tok.start + len(tok.stem))
        return bool(ms) and ms[0].start == tok.start and ms[0].tag == "NNP" and len(ms[0].form) >= 2

    def opens_with_ending_across_space(self, start: int, word: str) -> bool:
        """Does Kiwi open the word with an ending, a particle or the copula of the word before the space ('공학과 라…':
        과 이/VCP 라도/EC; '학과 나…': (이)나/JC)? Korean never writes an ending after a space: the syllable is the word's."""
        if start == 0 or not self.body[start - 1].isspace() or len(word) != 3:
            return False  # (two syllables, '아니타 라오': more often a word of a foreign name than a Korean one)
        ms = morph.morphs_in(self.body, start, start + len(word))
        return bool(ms) and ms[0].start == start and (ms[0].tag.startswith(("E", "J")) or ms[0].tag == "VCP")

    def cut_subject_at(self, start: int) -> bool:
        """Is the word at start a name opening its sentence whose last syllable Kiwi reads as a particle?"""
        k = self.tok_at(start)
        return k is not None and self.subject_name_cut_at_particle(self.toks[k])

    def subject_name_cut_at_particle(self, tok: Tok) -> bool:
        """A Korean name opening its sentence as the topic or subject, whose last syllable Kiwi reads as a particle
        ('표아로는': 로/JKB; '탁온와는': 와/JKB; '금소나는': 나/JC). Two particles in a row after a
        word no dictionary has is a name's misreading; whether it is a person is the predicate's to say."""
        if tok.particle not in TOPIC_OR_SUBJECT | {"도"} or len(tok.stem) != 3 or not is_korean_name(tok.stem) \
                or not self.opening_at(tok.start):
            return False
        ms = tuple(morph.morphs_in(self.body, tok.start, tok.end))
        cut = tok.start + 2
        tail = [m for m in ms if m.start >= cut]
        if not tail or tail[0].start != cut or tail[0].form not in SUBJECT_CUT_PARTICLES or not tail[0].tag.startswith("J") \
                or not all(m.tag.startswith("J") for m in tail) or not any(m.end == cut for m in ms):
            return False
        stem = tok.stem[:-1]
        return not (morph.common_word(stem) or proper_on_its_own(stem) or stem in LOCALITIES or stem in NOT_NAMES
                    or stem in ORG_WORDS or title_like(stem) is not None or is_person_noun(stem))

    def contracted_name(self, start: int, word: str) -> bool:
        """A Korean name with no particle that Kiwi reads as nouns and a spoken, contracted particle ('장민환': 장/NNP
        민화/NNG ᆫ/JX, as '민화는': written news spells particles out, so the last consonant is the name's), or as a
        modifier with a particle glued on ('허연도')."""
        if not is_korean_name(word) or not self.body.startswith(word + " ", start):
            return False
        ms = [m for m in morph.morphs_in(self.body, start, start + len(word)) if m.end <= start + len(word)]
        if len(ms) >= 3 and ms[-2].tag == "ETM" and ms[-1].tag.startswith("J") and ms[0].start == start:
            return True  # '허연도': 허옇/VA ᆫ/ETM 도/JX, a modifier with a particle and no noun, which Korean never writes
        return len(ms) >= 2 and ms[-1].form in CONTRACTED_PARTICLES and all(m.tag in ("NNP", "NNG") for m in ms[:-1]) \
            and (any(m.tag == "NNP" for m in ms[:-1]) or len(word) == 3)
        # '육성훈': 육성/NNG 후/NNG ᆫ/JX, common nouns and a spoken 는 no three-syllable word of written news takes

    def glued_guess(self, tok: Tok) -> bool:
        """Did Kiwi guess the whole word, particle and all, as one unknown proper noun ('오채린이')?"""
        ms = morph.morphs_in(self.body, tok.start, tok.end)
        return len(ms) == 1 and ms[0].tag == "NNP" and ms[0].oov and ms[0].start == tok.start and ms[0].end == tok.end

    def before_gloss(self, tok: Tok) -> Tok:
        """'두웨이펑이(50. 杜偉鵬)가': no particle comes before a gloss in parentheses, the word is the
        name whole, and the particle is the one after the gloss."""
        if tok.sep or not self.body.startswith("(", tok.end):
            return tok
        g = NAME_GLOSS.match(self.body, tok.end)
        if g is None or g.group("particle") not in NAME_PARTICLES:
            return replace(tok, stem=tok.text, particle="")
        return replace(tok, stem=tok.text, particle=g.group("particle"), end=g.end())

    def quoted_work_title(self, start: int, end: int) -> bool:
        """'피가로의 결혼', 《어느 화가의 딸》: the name and the kin noun make the whole title of a work between its
        marks; the name is a character's, or the title's words, no person of the story."""
        opened = self.body[start - 1:start] in WORK_TITLE_MARKS
        closed = self.body[end:end + 1] in WORK_TITLE_MARKS
        return opened and closed

    def person_signal(self, first: int, i: int, tok: Tok | None = None) -> str | None:
        """Why the word at i (a name from token first) is a person's, or None: a particle only
        people take ('에게'), a noun only people have after it ('의 아들', '커플'), a predicate only
        people do in the sentence it is the subject of, or an occupation before it ('가수 토니').
        tok is token i as the caller reads it, when it reads it otherwise (before_gloss)."""
        tok = tok or self.toks[i]
        ps = clause.particles_after(self.body, tok.start, tok.end)
        if ps and self.subject_name_cut_at_particle(tok):
            ps = [m for m in ps if m.start >= tok.start + len(tok.stem)]  # '금소나는': 는, not the name's 나
        particle = ps[0].form if ps else ""
        if not ps and tok.particle in NAME_PARTICLES and self.glued_guess(tok):
            particle = tok.particle  # '키로슬란이': a guess Kiwi made with the particle inside it
        if particle in PERSON_PARTICLES:
            return "person_particle"
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if particle in JOINING_PARTICLES and nxt is not None and not nxt.sep and self.head_noun(nxt) in PAIR_NOUNS:
            return "predicate"  # '오태구와의 결혼', '하윤과 열애'
        if particle in JOINING_PARTICLES and nxt is not None and nxt.text in POSSESSIVE_PRONOUNS:
            return "kin_noun"  # '조던과 그의 등번호': 'his' or 'her' joined to the word is that person's
        if particle in JOINING_PARTICLES and self.pair_subject(tok):
            return "predicate"  # '하윤과 도진 측은 교제 사실을 인정했다'
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if particle in ("의", "") and nxt is not None and not nxt.sep \
                and self.head_noun(nxt) in (KIN_NOUNS | WORKS_NOUNS if particle else KIN_NOUNS) \
                and not self.quoted_work_title(tok.start, nxt.end):
            return "kin_noun"
        if not particle and nxt is not None and not nxt.sep and nxt.stem in LIKENESS_NOUNS:
            return "kin_noun"  # '가르시아 닮은꼴'
        if not particle and i + 2 < len(self.toks) and nxt is not None and nxt.text in ("이", "그", "저") \
                and not self.toks[i + 2].sep and self.toks[i + 2].stem in APPOSED_PERSON_NOUNS \
                and self.after_demonstrative(i + 2):
            return "kin_noun"  # '한서윤 이 분은': the name, then 'this person' in apposition

        then = self.toks[i + 2] if i + 2 < len(self.toks) else None
        if particle == "의" and nxt is not None and then is not None and not nxt.sep and not nxt.particle \
                and not then.sep and self.head_noun(then) in KIN_NOUNS | WORKS_NOUNS:
            return "kin_noun"  # '벨로시의 왼발 크로스'
        if particle == "의" and self.titled_work_after(i):
            return "kin_noun"  # "토레스의 '새벽길' 등의 히트곡"
        if particle == "의" and nxt is not None and then is not None and not nxt.sep and nxt.stem == ARTWORKS \
                and ARTWORK_COUNT.match(self.body, then.start) and morph.unknown(self.body, tok.start, tok.start + len(tok.stem)):
            return "kin_noun"  # '벨로시의 작품 200여 점': an artist's works, counted in pieces (a museum Kiwi knows)
        if particle in TOPIC_OR_SUBJECT or particle == "도":
            rest = clause.rest_of_sentence(self.body, tok.end)
            own = clause.own_clause(rest, subject=particle in SUBJECT_ONLY)
            done = clause.predicates(own)
            if particle in ("은", "는"):
                done |= clause.predicates(clause.last_predicate(rest))
            if done & PERSON_PREDICATES or clause.nouns(own) & (REFLEXIVES | PERSONAL_NOUNS):
                return "predicate"
            if particle in SUBJECT_ONLY and any(m.form in ACQUAINTANCE_NOUNS and n.form in TO_OR_WITH for m, n in zip(own, own[1:])):
                return "predicate"  # '토레스가 지인에게 …': what one does to or with one's friends (a topic's
                # clause may be a feature's: '한빛톡은 지인에게 추천하는 기능을')
            said = clause.complement(rest) if particle in ("은", "는") else None
            if said and (said in PERSON_COMPLEMENTS or is_person_noun(said) or title_like(said)):
                return "predicate"
            if particle in ("은", "는") and clause.copula_complements(own) & PLAIN_PERSON_COMPLEMENTS:
                return "predicate"  # '… 그런 사람이 아니었다는 것은 …': what the topic's own clause says it is
            if particle in ("은", "는") and is_korean_name(tok.stem) and FRAMED_QUOTATION.match(self.body, tok.end) \
                    and self.opens_with_proper_noun(tok):
                return "predicate"  # '한서윤은 잠시 뒤 "…"고 말했다': the topic of a quotation's frame speaks
        if particle in OBJECT_PARTICLES and self.done_to_person(tok):
            return "predicate"
        comitative = ps[0].tag == "JKB" if ps else (nxt is not None and not nxt.sep and morph.reading(self.body, nxt.start, nxt.end) != "proper")
        if particle in JOINING_PARTICLES and comitative and self.done_with(tok):
            return "predicate"  # '벨라와 호텔에 묵은': one does with a person what only people do
        if ps and ps[-1].tag == "JKV":
            return "person_particle"  # '하윤아,': one calls a person by name
        described = clause.modifier_clause(self.body, self.toks[first].start)
        if clause.predicates(described) & PERSON_PREDICATES or clause.nouns(described) & REFLEXIVES:
            return "predicate"
        left = self.left_role(first)
        if left is not None and (is_person_noun(left[0].split()[-1]) or is_person_noun(left[0].replace(" ", ""))) \
                and particle not in PLACE_PARTICLES:
            return "occupation"  # and '미들 블로커 X': an occupation the table glues, spelled apart
        before = self.toks[first - 1] if first > 0 else None
        if before is not None and before.text in QUOTE_MARKS and first >= 3 and self.toks[first - 3].text in QUOTE_MARKS:
            before = self.toks[first - 2]  # "그의 '연인' 조시가": a kin noun in quotation marks
        elif before is not None and first >= 2 and not before.sep and not before.particle and HANGUL.match(before.stem) \
                and self.toks[first - 2].stem in PERSONAL_NOUNS and not self.toks[first - 2].particle:
            before = self.toks[first - 2]  # '첫 딸 해피 로즈 하퍼를': the name's first word between
        if before is not None and not before.sep and not before.particle \
                and (before.stem in PERSONAL_NOUNS or (before.stem.endswith("인") and before.stem[:-1] in PERSONAL_NOUNS)):
            return "kin_noun"  # '아들 루카스를', '두 아들인 헨리와'
        if not particle and nxt is not None and not nxt.sep and nxt.stem in PERSONAL_TITLES \
                and (self.opens_phrase(first) or (first > 0 and self.toks[first - 1].particle == "의")) \
                and (has_foreign_syllable([tok.stem]) or morph.unknown(self.body, tok.start, tok.end) or nxt.stem in NAME_ONLY_TITLES):
            return "personal_title"  # '존슨 할아버지는', '미셸 여사에게'
        return None

    def titled_work_after(self, i: int) -> bool:
        """After 'X의', a title in quotation marks, maybe '등의', then a work only a person makes:
        "토레스의 '새벽길' 등의 히트곡"."""
        toks = self.toks
        k = i + 1
        if k >= len(toks) or toks[k].text not in QUOTE_MARKS:
            return False
        close = next((x for x in range(k + 1, min(len(toks), k + 10)) if toks[x].text in QUOTE_MARKS), None)
        if close is None or close + 1 >= len(toks):
            return False
        head = toks[close + 1]
        if head.text == "등의" and close + 2 < len(toks):
            head = toks[close + 2]
        return not head.sep and head.stem in AUTHORED_WORKS

    def pair_subject(self, tok: Tok) -> bool:
        """Is the word joined to the next one as the subject or topic of a clause about what two people
        do together ('하윤과 도진 측은 교제 사실을 인정했다')?"""
        rest = clause.rest_of_sentence(self.body, tok.end)
        head = clause.own_clause(rest)
        if len(head) >= len(rest) or len(head) > 3 or rest[len(head)].tag not in ("JKS", "JX"):
            return False  # the next word (and '측') must be the subject, right after
        return bool(clause.nouns(clause.own_clause(rest[len(head) + 1:])) & PAIR_NOUNS)

    def done_with(self, tok: Tok) -> bool:
        """Is the word, with the comitative '와/과' (Kiwi's JKB, not the JC of a list), the partner in a
        clause whose own predicate one does only with a person ('벨라와 호텔에 묵은', '…와도 성관계를 맺은')?"""
        own = clause.own_clause(clause.rest_of_sentence(self.body, tok.end))
        k = next((x for x, m in enumerate(own) if m.tag in ("EC", "EF", "ETM")), len(own))
        return bool(clause.predicates(own[:k + 1]) & (PARTNER_PREDICATES | PAIR_NOUNS))

    def done_to_person(self, tok: Tok) -> bool:
        """Is the object word followed by a verb done only to people ('토레스를 체포했다', '… 구속 기소했다'),
        or put out as only a batter is ('토레스를 삼진으로 돌려세웠다')?"""
        if any(o in self.body[tok.end:tok.end + 40] for o in BATTER_OUTCOMES):  # a look at the words before Kiwi's reading
            own = clause.own_clause(clause.rest_of_sentence(self.body, tok.end))
            k = next((x for x, m in enumerate(own) if m.tag in ("EC", "EF", "ETM")), len(own))
            if any(m.form in BATTER_OUTCOMES and n.tag == "JKB" for m, n in zip(own[:k], own[1:k])):
                return True
        nouns = []
        for m in morph.morphs_in(self.body, tok.end, min(len(self.body), tok.end + 20)):
            if m.tag == "NNG":
                nouns.append(m.form)
            elif m.tag == "XSV" and nouns:
                return bool(set(nouns) & PERSON_OBJECT_PREDICATES)
            else:
                return False
        return False

    def aged_names(self) -> None:
        """'엘레나(24)', '카르멘(31·회사원)': one word Kiwi reads as a proper noun, glossed with an age.
        Firms and places have no age. The post written after the age is the name's, whatever syllables the name has
        ('단미숙(58) 전 누리도 행정부지사')."""
        toks = self.toks
        for i, tok in enumerate(toks):
            if tok.sep or tok.in_quote or tok.stem in self.persons or not HANGUL.match(tok.stem) \
                    or not 2 <= len(tok.stem) <= 6 or tok.stem in NOT_NAMES or tok.stem in ORG_WORDS \
                    or tok.stem.endswith(GUESSED_NOT_NAME_ENDINGS) \
                    or not AGE_GLOSS.match(self.body, tok.start + len(tok.stem)) \
                    or (morph.reading(self.body, tok.start, tok.start + len(tok.stem)) not in (
                        ("proper", "nouns") if is_korean_name(tok.stem) else ("proper",))
                        and not (len(tok.stem) >= 3 and self.aged_korean_name(tok.stem, tok.start))):
                continue  # a Korean name with an age, however Kiwi cuts it ('명/NNG 지수/NNG(31·…)', '인/NNG 이/VCP ᆫ지/EC(100)');
                # two syllables so glossed may be a count ('가격(30)')
            prev = toks[i - 1] if i > 0 else None
            if prev is not None and not prev.sep and not prev.particle and self.foreign_word(prev) \
                    and not (is_korean_name(tok.stem) or tok.stem.startswith(COMPOUND_SURNAMES)):
                continue  # the last word of a longer name: the foreign name rule's; not '궁사 남궁다온(16)'
            right = self.right_title(i) if not tok.particle else None
            if right is not None:
                last, title, org = right  # '단미숙(58) 전 누리도 행정부지사가': the post after the age is the name's
                self.add(tok.stem, title, org, "morphology", tok.start, toks[last].end, toks[last].particle)
                continue
            left = self.left_role(i, suffixed=True, apposed=True)  # '배우 편도겸(29·본명 편민재)이': the role before the name
            self.add(tok.stem, left[0] if left else None, left[1] if left else None, "morphology", tok.start, tok.end, tok.particle)

    def team_glossed_names(self) -> None:
        """'마르티노(FC포르투)가', '하비에르(우루과이)가': one word Kiwi reads as a proper noun, glossed
        with a proper noun in parentheses (the club or country a player stands for) and then taking
        a particle as a name does. A word the article also uses as a place ('…에서') is not taken."""
        for i, tok in enumerate(self.toks):
            found = self.persons.get(tok.stem)
            if tok.sep or tok.particle or tok.in_quote or (found is not None and (found.title or found.organization)) \
                    or not HANGUL.match(tok.stem) \
                    or not 2 <= len(tok.stem) <= 6 or tok.stem in NOT_NAMES or tok.stem in ORG_WORDS \
                    or (tok.stem.endswith(GUESSED_NOT_NAME_ENDINGS) and not is_korean_name(tok.stem)):
                continue
            m = TEAM_GLOSS.match(self.body, tok.end)
            if m is None or m.group("particle") not in NAME_PARTICLES or tok.stem + "에서" in self.body \
                    or (m.group("country") and m.group("country") not in COUNTRY_NAMES):
                continue
            given = self.toks[i - 1] if i > 0 else None
            if given is not None and not given.sep and not given.particle and self.foreign_word(given) \
                    and has_foreign_syllable([given.stem, tok.stem]) and self.opens_noun_phrase(i - 1) \
                    and not is_korean_name(tok.stem) and (m.group("country") or m.group("team") in COUNTRY_NAMES):
                # '에민 칼라(튀르키예·모래톱크루즈)가', '아나 벨루치(이탈리아)는': a foreign name of two words glossed
                # with the country (and club) an athlete stands for; a firm is glossed with its country alone
                org = m.group("team") if m.group("country") else None
                if found is not None:  # its surname found first, untitled ('… 벨루치는 웃었다')
                    whole = self.rename(tok.stem, f"{given.stem} {tok.stem}", given.start)
                    whole.organization = whole.organization or org
                    whole.first_offset = min(whole.first_offset, given.start)
                    self.mentions.append(Mention(whole.name, given.start, m.end(), m.group("particle"), "full"))
                else:
                    self.add(f"{given.stem} {tok.stem}", None, org, "glossed_name", given.start, m.end(), m.group("particle"))
                continue
            if found is not None:
                continue
            if not self.opens_noun_phrase(i) or morph.reading(self.body, m.start("team"), m.end("team")) != "proper" \
                    or morph.reading(self.body, tok.start, tok.end) != "proper":
                continue
            self.add(tok.stem, None, m.group("team") if m.group("country") else None, "glossed_name", tok.start, m.end(),
                     m.group("particle"))

    def opens_noun_phrase(self, i: int) -> bool:
        """Does token i begin its noun phrase: nothing before it, or a separator, a particle, a
        modifier's ending, a title or a role ('공격수 하비에르')? After another bare noun it is the
        last word of a longer name ('요미우리 자이언츠')."""
        prev = self.toks[i - 1] if i > 0 else None
        return prev is None or prev.sep or bool(prev.particle) or title_like(prev.stem) or is_person_noun(prev.stem) \
            or morph.ends_modifier(self.body, prev.start, prev.end) or not HANGUL.match(prev.stem)

    def listed_with_persons(self) -> None:
        """'박서하, 한유진, 오보라는', '오태경 감독, 밴드명 도윤과 …': in a list joined by commas or
        middle dots, the proper nouns beside a person already found are persons too. An item may
        be up to three words: a group or an affiliation before the name, a title after it."""
        toks = self.toks
        i = 0
        while i < len(toks):
            items = [(i, self.list_item(i))]
            while items[-1][1] is not None and items[-1][1][1] + 2 < len(toks) and not toks[items[-1][1][1]].particle \
                    and toks[items[-1][1][1] + 1].text in LIST_SEPARATORS and not toks[items[-1][1][1] + 2].sep:
                nxt = items[-1][1][1] + 2
                items.append((nxt, self.list_item(nxt)))
            if items[-1][1] is None:
                items.pop()
            if not items:
                i += 1
                continue
            i = items[-1][1][1] + 1
            if len(items) < 2:
                continue
            names = [item[0] for _, item in items]
            if not any(toks[k].stem in self.persons for k in names):
                continue
            for x, (start, (k, _)) in enumerate(items):
                t = toks[k]
                group = toks[start].stem if start < k and is_org_word(toks[start]) else None  # '한빛밴드 도윤'
                if t.stem in self.persons or t.in_quote \
                        or not (self.list_name(t) or self.between_persons(names, x) or self.ranked_among_persons(names, x)
                                or self.one_syllable_item(names, x)):
                    continue
                if (k == names[0] and self.glued_proper(k - 1)) or (k == names[-1] and not t.particle and self.glued_proper(k + 1)):
                    continue  # a word of a longer name: '…, 마커스 벨린가'
                if self.word_of_known_name(t.stem):
                    continue  # a word of a name already found whole
                if self.body_of_a_titled_name(t.stem):
                    continue  # '…, 가온힐스 대회' and elsewhere '가온힐스의 X 회장': the body a person heads
                ranked = self.ranked_among_persons(names, x) and not self.list_name(t)
                self.add(t.stem, None, group, "ranked_list" if ranked else "list_of_persons", t.start, t.end, t.particle)

    def ranked_among_persons(self, names: list[int], x: int) -> bool:
        """'가수 순위는 한서윤 3위, 도겸 13위, 진하람 40위': in a list of names each given a rank, a word
        ranked like two or more persons of the list is a name however Kiwi reads it, a common noun too ('하늘
        21위': a stage name is often a word)."""
        t = self.toks[names[x]]
        if t.particle or not RANKED.match(self.body, t.end) or not HANGUL.match(t.stem) or not 1 <= len(t.stem) <= 4 \
                or t.stem in ORG_WORDS or t.stem.endswith(GUESSED_NOT_NAME_ENDINGS) \
                or morph.reading(self.body, t.start, t.end) not in ("proper", "nouns", "common"):
            return False
        ranked = [y for y in names if y != names[x] and self.toks[y].stem in self.persons
                  and RANKED.match(self.body, self.toks[y].start + len(self.toks[y].stem))]
        return len(ranked) >= 2

    def one_syllable_item(self, names: list[int], x: int) -> bool:
        """'하온·진·루아·케이 네 명', '멤버 결, 시온, 다겸': a stage name is often one syllable; in a list of three or more
        whose every other item is a person or a name-shaped proper noun, a bare Hangul syllable is one more name."""
        toks = self.toks
        t = toks[names[x]]
        if len(names) < 3 or len(t.stem) != 1 or not HANGUL.match(t.stem) or t.stem in NOT_NAMES or t.in_quote:
            return False
        return all(toks[k].stem in self.persons or self.list_name(toks[k]) or self.item_name(toks[k])
                   for y, k in enumerate(names) if y != x)

    def between_persons(self, names: list[int], x: int) -> bool:
        """'…, 한민재, 김청, 진서윤, …': a surname and one syllable that Kiwi reads as one proper noun,
        between two persons of a list, is a name whatever its last syllable ('국' may end a country)."""
        if not 0 < x < len(names) - 1:
            return False
        t = self.toks[names[x]]
        if len(t.stem) != 2 or t.particle or t.stem[0] not in SURNAMES or t.stem in NOT_NAMES or t.stem in ORG_WORDS \
                or any(self.toks[names[y]].stem not in self.persons for y in (x - 1, x + 1)):
            return False
        ms = morph.morphs_in(self.body, t.start, t.end)
        return len(ms) == 1 and ms[0].tag == "NNP" and ms[0].form == t.stem

    def list_item(self, i: int) -> tuple[int, int] | None:
        """The list item that starts at token i, as (its name's token, its last token): a name with a
        title after it ('오태경 감독'), a group's or an affiliation's word before it ('한빛밴드 도윤'),
        or else the one word at i; None when token i is a separator."""
        toks = self.toks
        if toks[i].sep:
            return None
        last = i
        while last - i < MAX_LIST_ITEM_WORDS - 1 and not toks[last].particle and last + 1 < len(toks) \
                and not toks[last + 1].sep and toks[last + 1].text not in LIST_SEPARATORS:
            last += 1
        ends = toks[last].particle or last + 1 >= len(toks) or toks[last + 1].sep or toks[last + 1].text in LIST_SEPARATORS
        if last == i or not ends:
            return i, i
        titled = title_like(toks[last].stem) or is_person_noun(toks[last].stem) or toks[last].stem in NAME_HONORIFICS
        if last - i == 1 and RANKED.match(self.body, toks[i].end):
            return i, last  # '도겸 13위, …': a name and its rank
        if last - i == 2:
            return (i + 1, last) if titled else (i, i)
        if titled:
            return i, last
        return (last, last) if self.list_name(toks[last]) else (i, i)  # '박서하 등이': the list ends on the name

    def glued_proper(self, k: int) -> bool:
        """Is token k a word that Kiwi reads as a proper noun?"""
        if not 0 <= k < len(self.toks):
            return False
        t = self.toks[k]
        return not t.sep and morph.reading(self.body, t.start, t.start + len(t.stem)) == "proper"

    def list_name(self, tok: Tok) -> bool:
        """Could this list item be a person's name: one proper noun in Hangul, not a country or an
        organisation, not ending like a firm or a place (a Korean name may: '정태구')?"""
        st = tok.stem
        if not HANGUL.match(st) or not 2 <= len(st) <= 6 or st in NOT_NAMES or st in ORG_WORDS:
            return False
        if st.endswith(GUESSED_NOT_NAME_ENDINGS) and not (len(st) == 3 and is_korean_name(st)):
            return False
        ms = [m for m in morph.morphs_in(self.body, tok.start, tok.start + len(st)) if m.end <= tok.start + len(st)]
        return len(ms) == 1 and ms[0].tag == "NNP"

    def glossed_ssi(self) -> None:
        """'다카다 료(高田亮·47) 씨': the words before a gloss that '씨' follows are a person's name;
        a word that is a title, a role or a verb's form is not part of it."""
        for m in GLOSSED_SSI.finditer(self.body):
            parts = [g for g in ("given", "last") if m.group(g)]
            ok = [g for g in parts if self.ssi_word(m.group(g), m.start(g), last=g == "last")]
            if "last" not in ok:
                continue
            start = m.start("given") if m.group("given") and ok == parts else m.start("last")
            if m.group("given") and len(m.group("last")) >= 3 and is_korean_name(m.group("last")) and (
                    not has_foreign_syllable([m.group("given")])
                    or self.apposed_role(Tok(m.group("given"), m.start("given"), m.end("given"), m.group("given"), ""))):
                start = m.start("last")  # '소리꾼 임보람(50)씨': a Korean name is one word, the word before is its role
            name = self.body[start:m.end("last")]
            words = name.split()
            if len(name.replace(" ", "")) < 2 or ANONYMIZED.match(words[-1] + HONORIFIC) \
                    or any(w in self.persons for w in [name, *words]) or any(p.endswith(" " + name) for p in self.persons):
                continue  # and '꾸옥 빈' of '팜 꾸옥 빈(27)씨', found whole before: the name's tail
            k = next((x for x, t in enumerate(self.toks) if t.start == start), None)
            title, org = self.role_before_ssi(k) if k is not None else (None, None)
            self.add(name, title, org, "name_ssi", start, m.end(), "")  # '한빛건설 대표 김도윤(54)씨': the role before it

    def aged_foreign_names(self) -> None:
        """'베트남 국적 선원 쩐 반 꾸엉(31)씨': two to three Hangul words glossed with an age and followed by 씨 are one
        name whatever its script of origin; the name begins after the role, nationality or clause before it (a word
        Kiwi reads as a common noun, a title, a word with a particle). A later '꾸엉씨' is the same person."""
        for m in AGED_SSI.finditer(self.body):
            words = [(w.group(), m.start("words") + w.start()) for w in re.finditer(r"[가-힣]+", m.group("words"))]
            k = len(words)
            while k > 0 and self.aged_name_word(*words[k - 1]):
                k -= 1
            words = words[k:]
            monosyllables = len(words) == 3 and all(len(w) == 1 for w, _ in words)  # '팜 반 득': Vietnamese order
            if not 2 <= len(words) <= 3 or not (monosyllables or any(self.foreign_word_reading(*w) for w in words)) \
                    or (len(words) == 2 and is_korean_name(words[0][0] + words[1][0])) or is_korean_name(words[-1][0]):
                continue  # '포도농가 구하준(61)씨', '일해 온 감서율(34)씨': a Korean name after a word, the name rules'
            name, start = " ".join(w for w, _ in words), words[0][1]
            i = next((x for x, t in enumerate(self.toks) if t.start == start), None)
            if name in self.persons or i is None or self.toks[i].in_quote:
                continue
            title, org = self.role_before_ssi(i)
            self.add(name, title, org, "aged_foreign_name", start, m.end(), "")
            self.given_name_mentions(name, m.end())

    def aged_name_word(self, w: str, at: int) -> bool:
        """Can the word be part of a foreign name before an age gloss: no title, role, kin word, country or word Kiwi
        reads as one common noun of two syllables or more ('국적', '선원', '운전자')?"""
        if w in NOT_NAMES or w in TERRITORIES or w in FAMILY_WORDS or title_like(w) or is_person_noun(w) \
                or self.occupation_at(at, at + len(w)):
            return False
        end = at + len(w)
        if len(w) == 1:
            return not morph.ends_modifier(self.body, at, end)  # '일해 온 감서율(34)씨': the verb's modifier (오/VX ᆫ/ETM)
        if morph.ends_modifier(self.body, at, end) or morph.is_inflected(self.body, at, end):
            return False  # '관장인': a title with the copula's modifier ending
        return has_foreign_syllable([w]) or morph.reading(self.body, at, end) not in ("common", "nouns")

    def foreign_word_reading(self, w: str, at: int) -> bool:
        """A word of a foreign name: a loanword's syllable in it, or Kiwi does not know it as a common noun."""
        return has_foreign_syllable([w]) or (len(w) >= 2 and morph.reading(self.body, at, at + len(w)) == "proper")

    def given_name_mentions(self, name: str, after: int) -> None:
        """'꾸엉씨는' after '쩐 반 꾸엉(31)씨': the name's last word with 씨, glued or spaced, mentions that person."""
        last = name.split()[-1]
        for m in re.finditer(r"(?<![가-힣])%s ?씨(?P<particle>[가-힣]{0,2})(?![가-힣])" % re.escape(last), self.body[after:]):
            self.mentions.append(Mention(name, after + m.start(), after + m.end(), m.group("particle"), "short"))

    def unlisted_titles(self) -> None:
        """A title no table lists, known by where it stands: a word right after a Korean name (maybe glossed with an
        age) that the article also writes after the surname alone ('오태경 CP' … '오 CP는') or right before the
        name ('해녀 모순덕'), that takes a topic particle right before a quotation ('오태경 도선사는 "…'), or that
        follows the name's age gloss as the subject ('모순덕(78) 해녀는'). The name is that titled person; '오 CP' a
        short mention of them."""
        for m in NAME_THEN_WORD.finditer(self.body):
            name, word = m.group("name"), m.group("word")
            if not is_korean_name(name) or word in NOT_TITLES_AFTER_NAME:
                continue
            known = self.persons.get(name)
            if known is not None and known.title:
                continue
            surname = name[:2] if name.startswith(COMPOUND_SURNAMES) and len(name) == 4 else name[0]
            # the cheap evidence first (plain substrings), Kiwi and the exact patterns only for what may hold
            said_later = f"{surname} {word}" in self.body[m.end("word"):]
            said_before = f"{word} {name}" in self.body
            quoted = m.group("particle") in ("은", "는") and self.body.startswith(('"', "“"), m.end("particle") + 1)
            aged = known is not None and bool(m.group("gloss")) and m.group("particle") in ("은", "는", "이", "가")
            if not (said_later or said_before or quoted or aged) or (known is None and not said_later and not quoted) \
                    or not self.unlisted_title_word(word, m.start("word")):
                continue
            later = [s for s in re.finditer(r"(?<![가-힣])%s %s(?P<particle>[은는이가도의와과]?)(?![가-힣A-Za-z])"
                                            % (re.escape(surname), re.escape(word)), self.body) if s.start() > m.start()] \
                if said_later else []
            before_name = said_before and re.search(r"(?<![가-힣A-Za-z])%s %s(?![가-힣])" % (re.escape(word), re.escape(name)),
                                                    self.body) is not None
            aged = aged and morph.reading(self.body, m.start("word"), m.end("word")) == "common"  # '모순덕(78) 해녀는'
            proper_name = len(name) == 3 and morph.reading(self.body, m.start("name"), m.end("name")) == "proper"
            if not (later or before_name or quoted or aged) or (known is None and not later and not (quoted and proper_name)):
                continue  # a name found by no other rule needs its short mention, or Kiwi's reading as a name
            if known is not None:
                known.title = word
            else:
                i = next((x for x, t in enumerate(self.toks) if t.start == m.start("name")), None)
                if i is None or self.toks[i].in_quote:
                    continue
                self.add(name, word, None, "unlisted_title", m.start("name"), m.end("particle"), m.group("particle"))
            for s in later:
                self.alias(surname, word, s.start(), s.end(), s.group("particle"))

    def surnamed_foreign_names(self) -> None:
        """'로랑 바셰 디자인 총괄 상무가' … '바셰 상무는': a foreign surname with a title later proves the two words
        written before, with that title after them (maybe with the field it covers), are one person's name."""
        for m in SURNAME_TITLE.finditer(self.body):
            last, title = m.group("last"), m.group("title")
            if f" {last} " not in self.body[:m.start()] or title_of(title) is None or last in self.persons or is_surname(last) or (len(last) > 2 and is_korean_name(last)) \
                    or last in NOT_NAMES or last in TERRITORIES or title_like(last) \
                    or not (has_foreign_syllable([last]) or morph.reading(self.body, m.start(), m.start() + len(last)) == "proper"):
                continue
            before = self.body[:m.start()]
            full = re.search(r"(?<![가-힣])(?P<first>[가-힣]{2,5}) %s (?P<field>(?:[가-힣]{1,6} ){0,2})%s(?P<particle>[은는이가]?)(?![가-힣])"
                             % (re.escape(last), re.escape(title)), before) \
                if title in before[before.find(f" {last} ") + len(last) + 2:] else None  # else no match: spare compiling
            if full is None or not self.foreign_first_word(full.group("first"), full.start("first")) \
                    or is_korean_name(full.group("first")) or any(p.organization == last for p in self.persons.values()):
                continue  # '채명수 노타 대표' … '노타 대표는': a Korean name, then the firm
            known = self.persons.get(f"{full.group('first')} {last}")
            field = full.group("field").strip()
            if known is not None and field and known.organization == field and title not in REGIONAL_POSTS \
                    and not field.endswith(LONG_ORG_ENDINGS + BODY_ENDINGS) \
                    and all(morph.reading(self.body, full.start("field") + w.start(), full.start("field") + w.end())
                            in ("common", "nouns") for w in re.finditer(r"\S+", field)):
                known.title, known.organization = f"{full.group('field')}{title}", None  # the field, no body ('국가대표팀' is one)
            if any(last in p.name.split() for p in self.persons.values()):
                continue
            self.add(f"{full.group('first')} {last}", f"{full.group('field')}{title}", None, "foreign_name_title",
                     full.start("first"), full.end(), full.group("particle"))
            self.alias(last, title, m.start(), m.end(), m.group("particle"))

    def foreign_first_word(self, word: str, at: int) -> bool:
        """A foreign given name's word: a loanword's syllable in it, Kiwi's proper noun, no title, role or country."""
        if word in NOT_NAMES or word in TERRITORIES or title_like(word) or is_person_noun(word) or word in FAMILY_WORDS:
            return False
        read = morph.reading(self.body, at, at + len(word))
        return read != "other" and (has_foreign_syllable([word]) or read == "proper" or word in FOREIGN_GIVEN_NAMES)

    def unlisted_title_word(self, word: str, at: int) -> bool:
        """Could the word after a name be a title no table lists: a Latin acronym, or nouns as Kiwi reads them, common
        or proper (not a verb's form, a kin word, a side or a time: '측', '부부', '당시')?"""
        if word in NOT_TITLES_AFTER_NAME or word in FAMILY_WORDS or word in NOT_NAMES or title_like(word):
            return False
        if re.fullmatch(r"[A-Z]{2,4}", word):
            return True
        ms = [x for x in morph.morphs_in(self.body, at, at + len(word)) if x.end <= at + len(word)]
        return bool(ms) and ms[0].start == at and ms[-1].end == at + len(word) and all(x.tag in ("NNG", "NNP") for x in ms)

    def aged_young_names(self) -> None:
        """'임하늘(18)양은', '서도윤(17)군은': a name, the age, and 'Miss' or 'Master' (not '가평(加平)군': no age)."""
        for m in AGED_YOUNG.finditer(self.body):
            name = m.group("name")
            if (is_korean_name(name) or korean_shaped(name)) and title_of(name) is None and not is_person_noun(name):
                k = self.tok_at(m.start())  # '초등학생 X(9)양': what the child is, as before an aged name with 씨
                title, org = self.role_before_ssi(k) if k is not None else (None, None)
                self.add(name, title, org, "name_ssi", m.start(), m.end(), "")

    def ssi_word(self, word: str, at: int, last: bool) -> bool:
        """Can the word be part of a name glossed before '씨': not a title or a role; the word before
        the last one not a common word or a verb's form either (the last one, right before the gloss
        and '씨', is the name however Kiwi reads it: '겐지' is no '것이ㄴ지' here)."""
        return word not in NOT_NAMES and not title_like(word) and not is_person_noun(word) \
            and (last or morph.reading(self.body, at, at + len(word)) in ("proper", "nouns"))

    def spaced_ssi(self) -> None:
        """'광희 씨가', '우드 씨는', '세린 양의': a word in Hangul written apart before '씨' (or the '양', '군'
        of the young) is a person's name, even one Kiwi does not read as a name, and after a role even a
        common word ('작가 하루 씨'); an anonymised '김모 씨' is left to its own rule."""
        toks = self.toks
        for i in range(len(toks) - 1):
            tok, nxt = toks[i], toks[i + 1]
            if tok.sep or tok.particle or tok.in_quote or nxt.sep or not (
                    nxt.stem == HONORIFIC or (nxt.text.startswith(HONORIFIC) and nxt.text[len(HONORIFIC):] in COPULA_ENDINGS)
                    or self.young_honorific(nxt)):
                continue
            role_before = i > 0 and not toks[i - 1].sep and (
                self.is_role(toks[i - 1]) or is_person_noun(toks[i - 1].text) or self.occupation_word(toks[i - 1]))
            if not HANGUL.match(tok.stem) or not 2 <= len(tok.stem) <= 5 or (tok.stem in NOT_NAMES and not role_before) \
                    or ANONYMIZED.match(tok.stem + HONORIFIC) or title_like(tok.stem) or is_person_noun(tok.stem) \
                    or (len(tok.stem) >= 3 and is_korean_name(tok.stem)):
                continue  # a full Korean name is the morphology rule's, with the role before it
            self.add(tok.stem, None, None, "name_ssi", tok.start, nxt.end, nxt.particle)

    def young_honorific(self, tok: Tok) -> bool:
        """'양', '군' after a young person's name, which Kiwi reads as a bound noun ('세린 양이': 양/NNB),
        not the noun of an amount ('일정 양의': 양/NNG) or a sheep."""
        if tok.stem not in YOUNG_HONORIFICS:
            return False
        ms = morph.morphs_in(self.body, tok.start, tok.start + len(tok.stem))
        return len(ms) == 1 and ms[0].tag == "NNB"

    def head_noun(self, tok: Tok) -> str | None:
        """The noun a word starts with, as Kiwi reads it: '영상인데요' → 영상; not the first noun of a
        compound ('가족묘원' is a cemetery, not a family: 가족/NNG 묘원/NNG)."""
        ms = morph.morphs_in(self.body, tok.start, tok.end)
        if len(ms) >= 2 and ms[1].tag in ("NNG", "NNP") and ms[1].end <= tok.end:
            return None
        return ms[0].form if ms and ms[0].start == tok.start and ms[0].tag == "NNG" else None

    def short_mentions(self) -> None:
        """'박 원내수석부대표는': a surname before a compound title is the person of that surname named before."""
        toks = self.toks
        starts = {m.start for m in self.mentions}
        for i in range(1, len(toks)):
            s, t = toks[i - 1], toks[i]
            if s.sep or t.sep or s.particle or s.start in starts or not is_surname(s.text):
                continue
            if (i < 2 or toks[i - 2].sep or toks[i - 2].particle or not is_org_word(toks[i - 2])) and title_like(t.stem) \
                    and not self.alias(s.text, t.stem, s.start, t.end, t.particle):
                self.untold.append((s.text, t.stem, s.start, t.end, t.particle))

    def surname_titles(self) -> None:
        """'표 감독은 …', '계 트레이너를 두고': a surname, then a title or an occupation, where nobody of that surname
        was named before: the surname and the post are all the article gives of that person, and the row is named
        so ('표 감독'): the surname and the word one calls the person by, not a description by a past post ('표 전
        단장'). Kiwi must read the surname as a proper noun ('한 의원은', '이 선수는': 'one', 'this' are
        determiners). A short mention never refers forward (alias), but someone of that surname found later with that
        title ('표 감독은 … 표서율 감독은') is the one the lead named short: no second row then."""
        for surname, title, start, end, particle in self.unlisted_surnames:
            if self.first_syllable_of_titled(surname, title, start):
                self.alias(surname, title, start, end, particle)  # '단미숙(58) 전 행정부지사 … 단 전 부지사는'
        for surname, title, start, end, particle in self.untold + self.surname_roles():
            name = f"{surname} {title}"
            bare = re.sub(r"\([^)]*\)", "", title).split()[-1]
            if title.split()[0] in TITLE_PREFIXES or (bare.startswith(tuple(FORMER_MARKERS)) and title_of(bare[1:])):
                continue  # '표 전 단장': a description by a past post, not the word one calls the person by
            if title == HONORIFIC or any(p.name.startswith(surname) and p.title and bare in p.title
                                         for p in self.persons.values() if p.name != name):
                continue
            if particle.startswith(WHERE_DONE):
                continue  # '이 의원에서 접종을 마친': 'at this clinic', a place; nothing is done 'at' a person
            if self.both_of_post(surname, bare, start):
                continue
            ms = morph.morphs_in(self.body, start, start + len(surname))
            if len(ms) != 1 or ms[0].tag != "NNP" or ms[0].form != surname:
                continue
            if self.named_in_full_before(surname, bare, start):
                self.proved_by_short_mention(surname, bare, start, end, particle)
                continue
            captioned = self.captioned_full_name(surname, bare)
            if captioned is not None:  # '맹 대장은' under a photo of 'X Y 구조대장(오른쪽)': the caption's full name
                self.add(captioned.name, captioned.title, captioned.organization, "caption_named", start, end, particle)
                continue
            self.add(name, title, None, "surname_title", start, end, particle)

    def both_of_post(self, word: str, post: str, start: int) -> bool:
        """'양 장관은' after two ministers are named: 양 is 'both' (兩), the pair of them, no person of that surname."""
        if word not in BOTH_DETERMINERS:
            return False
        holders = {p.name for p in self.persons.values() if p.title and 0 <= p.first_offset < start
                   and re.sub(r"\([^)]*\)", "", p.title).split()[-1].endswith(post)}
        return len(holders) >= 2

    def captioned_full_name(self, surname: str, post: str) -> Person | None:
        """The one person a photo caption names in full with this surname and a post ending in this one ('X Y
        구조대장' for '맹 대장'): the body calls the person by surname and post, the caption alone gives the name."""
        if not self.ctx.captions:
            return None
        if self.caption_persons is None:
            self.caption_persons = [p for caption in self.ctx.captions for p in find(caption, Context(None))[0]
                                    if p.title and is_korean_name(p.name)]
        fits = {p.name: p for p in self.caption_persons
                if p.name.startswith(surname) and re.sub(r"\([^)]*\)", "", p.title).endswith(post)}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def first_syllable_of_titled(self, word: str, title: str, start: int) -> bool:
        """Is the one syllable the first of a full name found before, whose post ends as this title does
        ('단미숙 전 행정부지사' … '단 전 부지사')? Then it is that name's surname, whether a table lists it or not."""
        if len(word) != 1 or not HANGUL.match(word):
            return False
        post = re.sub(r"\([^)]*\)", "", title).split()[-1:] or [""]
        return any(p.name.startswith(word) and len(p.name) >= 3 and " " not in p.name and p.title and p.first_offset < start
                   and re.sub(r"\([^)]*\)", "", p.title).split()[-1].endswith(post[0]) for p in self.persons.values())

    def proved_by_short_mention(self, surname: str, title: str, start: int, end: int, particle: str) -> bool:
        """'탁수련 누리청 차장이 … 탁 차장은': the short mention proves the word of the surname's shape before the same
        title a full name, whatever its syllables (a given name ending like a common noun, '수련', '제국'): that word
        is the person, titled as the words after it say, and the short mention is theirs. True when it is."""
        full = compiled(r"(?<![가-힣])%s[가-힣]{1,2}(?=\s)" % re.escape(surname))
        for m in full.finditer(self.body, 0, start):
            k = next((x for x, t in enumerate(self.toks) if t.start == m.start()), None)
            if k is None or self.toks[k].particle or self.toks[k].text != m.group() or not korean_shaped(m.group()):
                continue
            right = self.right_title(k)
            if right is None or not right[1].endswith(title):
                continue
            last, held, org = right
            if m.group() not in self.persons:
                self.add(m.group(), held, org, "surname_proved", m.start(), self.toks[last].end, self.toks[last].particle)
            if m.group() in self.persons:
                self.mentions.append(Mention(m.group(), start, end, particle, "short"))
                return True
            return False
        return False

    def named_in_full_before(self, surname: str, title: str, start: int) -> bool:
        """'표경민 누리시장이 … 표 시장 측은': a word of the surname's shape (the surname and one or two syllables)
        before the same title, maybe with a body between, is the full name the short mention points back to, even
        when no rule took it for a person; the short mention then gives no row of its own. (Only when the title
        follows the surname before `start`: compiling the pattern is the costly part.)"""
        first = self.body.find(surname, 0, start)
        if first == -1 or self.body.find(title, first + len(surname), start) == -1:
            return False
        full = compiled(r"(?<![가-힣])%s[가-힣]{1,2}\s+(?:[가-힣A-Za-z]+\s+)?[가-힣A-Za-z]*%s" % (
            re.escape(surname), re.escape(title)))
        return bool(full.search(self.body, 0, start))

    def surname_roles(self) -> list[tuple[str, str, int, int, str]]:
        """'계 트레이너', '표 디자이너': a surname before an occupation no title table lists, the short mention of
        someone named before, or else a candidate for surname_titles."""
        toks, found = self.toks, []
        covered = {m.start for m in self.mentions}
        for s, t in zip(toks, toks[1:]):
            if s.sep or t.sep or s.particle or s.start in covered or not is_surname(s.text) \
                    or not is_person_noun(t.stem) or title_like(t.stem):
                continue
            if not self.alias(s.text, t.stem, s.start, t.end, t.particle):
                found.append((s.text, t.stem, s.start, t.end, t.particle))
        return found

    # -- after the scan ---------------------------------------------------------------------
    def japanese_given_names(self) -> None:
        """'일본인 센터백 요시다 나리는': a Japanese person introduced with the nationality is named surname first,
        then the given name, which is often a Korean word too ('아이', '하나'); found as the surname alone, the
        word right after it with a particle is the rest of the name (no title, role, kin or side: '나카무라 감독')."""
        for name, p in list(self.persons.items()):
            if " " in name or len(name) < 3 or not name.endswith(tuple(e for e in JAPANESE_SURNAME_ENDINGS if len(e) >= 2)) \
                    or p.first_offset < 0 or not self.body.startswith(name + " ", p.first_offset):
                continue
            k = self.tok_at(p.first_offset)
            if k is None or k + 1 >= len(self.toks) or not any(
                    t.stem in JAPAN_WORDS for t in self.toks[max(0, k - 3):k] if not t.sep):
                continue
            given = self.toks[k + 1]
            after = self.toks[k + 2] if k + 2 < len(self.toks) else None
            listed = not given.particle and after is not None and (after.text in LIST_ITEM_ENDS)  # '…, 일본 감독 아라카와 료, …'
            if given.sep or given.in_quote or not (listed or given.particle in NAME_PARTICLES) \
                    or not re.fullmatch(r"[가-힣]{2,3}", given.stem) or title_like(given.stem) or is_person_noun(given.stem) \
                    or given.stem in FAMILY_WORDS or given.stem in NOT_TITLES_AFTER_NAME or given.stem in PERSON_WORDS \
                    or f"{name} {given.stem}" in self.persons:
                continue
            whole = self.rename(name, f"{name} {given.stem}", p.first_offset)
            whole.organization = whole.organization or p.organization

    def japanese_names_before_posts(self) -> None:
        """'A B 후생노동상은', '입헌민주당의 A B 대표는', 'A B 전 방위상을': a Japanese name, surname first, then the given
        name, each one bare word, right before a post (after 전 for a former one). Korean news spells the given name in
        Hangul, often as a Korean word ('유리', '하나') or a Korean-shaped name ('신지'), so the other rules pass it by.
        The first word ends as Japanese surnames do, and something says Japan: a post only Japan has ('…상', 相),
        Japan named just before, a given name ending in 코 (子), or a surname of three syllables or more ending as
        Japanese ones do in two ('…무라', '…사와') with both words proper nouns to Kiwi."""
        toks = self.toks
        for x, post in enumerate(toks):
            held = title_of(post.stem)
            if held is None or x < 2 or post.sep or post.in_quote:
                continue
            j = x - 1 if toks[x - 1].stem in FORMER_MARKERS and not toks[x - 1].particle else x
            if j < 2:
                continue
            sur, given = self.word_ending_in_i(toks[j - 2]), toks[j - 1]
            if given.particle == "에" and given.text == given.stem + "에":
                given = replace(given, stem=given.text, particle="")  # '유키에' (恵): no place particle before a post
            if any(t.sep or t.particle or t.in_quote for t in (sur, given)) \
                    or not self.japanese_name_words(j - 2, held[0], sur, given):
                continue
            name = f"{sur.stem} {given.stem}"
            if name in self.persons:
                continue
            title = post.stem if j == x else f"{toks[j].stem} {post.stem}"
            parts = [w for w, at in ((sur.stem, sur.start), (given.stem, given.start))
                     if w in self.persons and self.persons[w].first_offset == at]
            for part in parts:  # each word found as a person of its own is the one person so named
                self.rename(part, name, sur.start)
            if not parts:
                self.add(name, title, self.body_before(j - 2) or self.possessor_before(j - 2), "japanese_name",
                         sur.start, post.end, post.particle)
                continue
            found = self.persons[name]
            found.title = found.title or title
            if found.organization in (None, sur.stem, given.stem):
                found.organization = self.body_before(j - 2) or self.possessor_before(j - 2)

    @staticmethod
    def word_ending_in_i(tok: Tok) -> Tok:
        """'모리이' cut as 모리 + 이: the subject particle 이 follows a closed syllable only (after an open one it is 가),
        so after an open syllable the 이 is the word's own last syllable (井 of a Japanese surname)."""
        if tok.particle == "이" and tok.text == tok.stem + "이" and tok.stem and not closed_syllable(tok.stem[-1]):
            return replace(tok, stem=tok.text, particle="")
        return tok

    def japanese_name_words(self, k: int, post: str, sur: Tok | None = None, given: Tok | None = None) -> bool:
        """Are the bare words at k and k + 1, before the post, a Japanese surname and given name
        (japanese_names_before_posts)? `sur` and `given` are the tokens at k and k + 1 read whole ('…이', '…에')."""
        sur, given = sur or self.toks[k], given or self.toks[k + 1]
        if not (2 <= len(sur.stem) <= 5 and 1 <= len(given.stem) <= 4) or not HANGUL.match(sur.stem + given.stem) \
                or (len(given.stem) == 1 and given.stem not in JAPANESE_SHORT_GIVEN_NAMES) \
                or (len(given.stem) == 4 and (compound_surnamed(given.stem) or not has_foreign_syllable([given.stem])
                                              and any(closed_syllable(ch) for ch in given.stem))) \
                or (korean_given := len(given.stem) == 3 and is_korean_name(given.stem)) \
                and (any(closed_syllable(ch) for ch in given.stem) or not self.japan_named_before(k)) \
                or given.stem.endswith(ORG_ENDINGS + PLACE_ENDINGS) and not (
                    len(given.stem) >= 3 and has_foreign_syllable([given.stem])) \
                or sur.stem.endswith("와"):
            return False  # ('구단 도하람 감독': a Korean name in full after a body's word, unless the story says Japan and
            # every syllable is open as Japanese ones are: '마사오'; a given name ending as a body or a place does, unless
            # spelled with a loanword's syllable: '다카히로'; 'A와 B 외무상': two persons joined, the surnames in 와 being
            # japanese_surname_in_wa's to tell)
        for w in (sur.stem, given.stem):
            if w in ORG_WORDS or w in COUNTRY_NAMES or w in NOT_NAMES or w in TITLES or title_like(w) or is_person_noun(w) \
                    or w.endswith(LONG_ORG_ENDINGS) or w in FAMILY_WORDS or w in JAPAN_WORDS:
                return False
        sur_read = morph.reading(self.body, sur.start, sur.start + len(sur.stem))
        if post in JAPANESE_MINISTERS:
            return sur.stem.endswith(JAPANESE_SURNAME_ENDINGS) \
                or (len(sur.stem) >= 3 and sur_read == "proper" and not korean_shaped(sur.stem))
            # (only Japan has the post: '…쓰지' (辻) ends as no table does, a proper noun no Korean name is shaped as)
        if not sur.stem.endswith(JAPANESE_SURNAME_ENDINGS):
            return False
        if any(t.stem in JAPAN_WORDS for t in self.toks[max(0, k - 3):k] if not t.sep) \
                or (len(given.stem) >= 2 and given.stem.endswith(JAPANESE_GIVEN_NAME_ENDINGS)):
            return True
        given_read = morph.reading(self.body, given.start, given.start + len(given.stem))
        if sur_read != "proper" or given_read != "proper" or (korean_given and len(sur.stem) < 3):
            return False
        return (len(sur.stem) >= 3 and sur.stem.endswith(JAPANESE_LONG_ENDINGS)) or self.japan_named_before(k)

    def japan_named_before(self, k: int) -> bool:
        """Does the story say Japan before token k (the country, its people, or a post only Japan has)? A story from
        or about Japan names Japanese people surname first in two words, whatever the surname's ending."""
        return any(not t.sep and (t.stem in JAPAN_WORDS or t.stem in JAPANESE_MINISTERS) for t in self.toks[:k])

    def given_name_short_forms(self) -> None:
        """'도현우(38)씨는 … 현우씨는', '남궁하린 씨 … 하린 씨가': a feature or a family story calls someone named in
        full by the given name alone (with or without 씨); that given name is the same person, not another one."""
        for short in list(self.persons):
            p = self.persons[short]
            given = short[:-len(HONORIFIC)] if short.endswith(HONORIFIC) and len(short) >= 3 else short
            if p.title or p.organization or not HANGUL.match(given) or not 1 < len(given) <= 3 or " " in given:
                continue
            full = next((q for q in self.persons.values() if q is not p and q.first_offset < p.first_offset
                         and q.name.endswith(given) and " " not in q.name
                         and is_surname(q.name[:-len(given)])), None) \
                or (self.persons.get(given) if given != short else None)  # '하린씨' glued, and '하린' before 씨
            if full is None:
                continue
            del self.persons[short]
            for m in self.mentions:
                if m.person == short:
                    m.person, m.kind = full.name, "short"
            full.aliases.add(given)

    def bare_mentions(self) -> None:
        """Every later occurrence of a full name counts as a mention too."""
        seen = {(m.start, m.person) for m in self.mentions}
        covered = [(m.start, m.end) for m in self.mentions]
        for p in self.persons.values():
            for s in occurrences(self.body, p.name):
                s_end = s + len(p.name)
                if s > 0 and re.match(r"[\uac00-\ud7a3]", self.body[s - 1]):
                    continue
                if (s, p.name) in seen or any(a <= s < b for a, b in covered):
                    continue
                rest = re.match(r"[\uac00-\ud7a3]*", self.body[s_end:]).group()
                _, particle = strip_particle("가" + rest) if rest else ("", "")
                if rest and not particle:
                    continue
                self.mentions.append(Mention(p.name, s, s_end + len(rest), particle, "full"))

    @staticmethod
    def listed_korean_name(word: str) -> bool:
        return (is_korean_name(word) or korean_shaped(word)) and title_of(word) is None

    @staticmethod
    def foreign_list_name(words: list[str]) -> bool:
        """'라울 페레스': a foreign name of two or three words written in Hangul, no title or common word in it."""
        return 2 <= len(words) <= 3 and has_foreign_syllable(words) and all(
            HANGUL.match(w) and len(w) <= 5 and w not in NOT_NAMES and title_of(w) is None for w in words)

    def interviews(self) -> None:
        """'[인터뷰] 김민서 / 서울 마포구': the person whose words the next line quotes."""
        for m in [*INTERVIEW.finditer(self.body), *CAPTION_LINE.finditer(self.body), *CAPTION_INLINE.finditer(self.body),
                  *CAPTION_QUOTE.finditer(self.body), *INTERVIEW_QUOTE.finditer(self.body),
                  *CAPTION_AFTER.finditer(self.body), *CAPTION_RUN_IN.finditer(self.body)]:
            if not caption_names_person(m):
                continue
            title, aff = self.caption_affiliation(m)
            name = m.group("name").strip()
            self.add(name, title, aff, "interview_caption", m.start("name"), m.start("name") + len(name), "subject")

    def spaced_captions(self) -> None:
        """'〈김민서 한빛대 교수〉', '〈한빛대 교수 김민서〉' above or before a bite: a caption parted by a space alone names
        the speaker when its name is shaped like a Korean name and the word beside the name is a post or a role."""
        for rule in CAPTION_SPACED:
            for m in rule.finditer(self.body):
                name = m.group("name")
                words = m.group("affiliation").split()
                if not words or not is_korean_name(name) or not (title_of(words[-1]) or is_person_noun(words[-1])
                                                                 or words[-1] in MEMBER_NOUNS or words[-1] in LAYPERSON_NOUNS):
                    continue  # the caption's last word before the name or the bracket is the post or the role
                title, aff = self.caption_affiliation(m)
                self.add(name, title, aff, "interview_caption", m.start("name"), m.end("name"), "subject")

    def caption_affiliation(self, m: re.Match) -> tuple[str | None, str | None]:
        """(title, organisation) of a caption's affiliation: '한빛대 교수' is a post at a body; '바둑 기사'
        a craft ('일본 바둑 기사': 일본 is left as the organisation); '뉴욕 시민', '트럼프 지지자' say whom
        or where someone belongs to, no employer; '부산 금정구' where someone lives."""
        aff = (m.group("affiliation") or "").strip()
        aff = CAPTION_TRAILING_GLOSS.sub("", aff).strip() or aff
        if not aff:
            return None, None
        placed = list(zip(aff.split(), self.word_starts(m.start("affiliation") + m.group("affiliation").index(aff), aff)))
        placed = [(w, s) for w, s in placed if not AGE_WORD.match(w)] or placed  # '일본 바둑 기사 14살', '45세'
        words, starts = [w for w, _ in placed], [s for _, s in placed]
        last = words[-1]
        aff = " ".join(words)
        if last in MEMBER_NOUNS or last in LAYPERSON_NOUNS:
            return aff, None  # '서울 마포구 주민', '직장인': what the person is, no employer
        if not (title_of(last) or is_person_noun(last)):
            if len(words) >= 2 and self.post_word(last, starts[-1]):
                return last, " ".join(words[:-1])  # '산림과학연구원 연구사': a caption names the body, then the post
            return None, (None if last.endswith(PLACE_ENDINGS) else aff)
        k = len(words) - 1
        if last in FIELD_OCCUPATIONS:
            while k >= 1 and words[k - 1] not in NOT_NAMES and HANGUL.match(words[k - 1]) \
                    and morph.reading(self.body, starts[k - 1], starts[k - 1] + len(words[k - 1])) == "common":
                k -= 1
        return " ".join(words[k:]), " ".join(words[:k]) or None

    def post_word(self, word: str, at: int) -> bool:
        """Can the last word of a caption's affiliation be a post ('연구사', '수급운영팀장'): a Hangul
        common noun, or a compound ending in a title, that does not end like a place or a body?"""
        if not HANGUL.match(word) or word in NOT_NAMES or word.endswith(PLACE_ENDINGS + LONG_ORG_ENDINGS):
            return False
        return title_like(word) is not None or morph.reading(self.body, at, at + len(word)) in ("common", "nouns")

    def group_representatives(self) -> None:
        """'세입자 대표 X(34)씨', '주민 대표 X씨': a group of people before '대표' is part of the title (the one who speaks
        for them), no body."""
        ends = {t.end: k for k, t in enumerate(self.toks) if not t.sep}
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or m.kind != "full" or p.title != REPRESENTATIVE or p.organization:
                continue
            k = ends.get(m.start - 1) if self.body[m.start - 1:m.start] == " " else None
            if k is None or k < 1 or self.toks[k].text != REPRESENTATIVE:
                continue
            group = self.toks[k - 1]
            if not group.sep and not group.particle and group.text in REPRESENTED_GROUPS \
                    and self.body[group.end:self.toks[k].start] == " ":
                p.title = f"{group.text} {REPRESENTATIVE}"

    def organisations(self) -> None:
        """Organisations the title rules cannot see, after every person is found."""
        self.glosses()
        self.title_glosses()
        self.appositions()
        self.predicate_titles()
        self.role_subjects()
        self.own_organisations()
        self.possessors()
        self.apposition_bodies()
        self.clause_bodies()
        self.founded_bodies()
        self.party_of_posts()
        self.same_kind_bodies()
        self.bodies_of_posts()
        self.unit_back_references()
        self.role_words_in_bodies()
        self.firms_in_ssi()
        names = set(self.persons) | {p.name.split()[-1] for p in self.persons.values()}
        for p in self.persons.values():
            if p.organization in names and not self.team_found_as_name(p):
                p.organization = None  # '벨린 변호사' is Belin's lawyer: a person is no organisation

    def team_found_as_name(self, p: Person) -> bool:
        """'한스 베버 윈드호크스 감독' … '윈드호크스는 주장 X의 두 골로': a body written between a foreign name and its
        title, found elsewhere as a name with nothing of a person's (no title, no Korean name's shape)."""
        q = self.persons.get(p.organization or "")
        return q is not None and not q.title and not q.organization and not is_korean_name(q.name) and " " in p.name \
            and re.search(r"(?<![가-힣])%s %s " % (re.escape(p.name), re.escape(q.name)), self.body) is not None

    def apposition_bodies(self) -> None:
        """The body inside an apposition before a titled name that has none yet: a body in quotation marks with 의,
        after the kind of body it is ("서포터스 '파란늑대'의 오태경 회장"); a post held '인' before the name, whose body is the words before the post or
        the place the post heads ('누리전자 최고재무책임자(CFO)인 …', '여울시장 권한대행인 오태경 부시장'). And a
        body named before a post that heads a part of it ('너울어촌계 해녀회장 …'): the body named, not the part."""
        firsts: dict[str, int] = {}
        for m in self.mentions:
            if m.kind == "full" and m.person in self.persons:
                firsts.setdefault(m.person, m.start)
        for name, at in firsts.items():
            p = self.persons[name]
            if not p.title or p.role == "reporter":
                continue
            before = self.body[max(0, at - 60):at]
            if p.organization and p.organization == headed_body(p.title):
                named = re.search(r"(?:^|\s)(?P<org>(?P<body>[가-힣]{3,15})(?:\([A-Z]{2,5}\))?) %s(?:인)? $" % re.escape(p.title), before) \
                    if may_end_with(before, (f" {p.title} ", f" {p.title}인 ")) else None
                at_body = at - len(before) + named.start("body") if named else 0
                if named and title_of(named.group("body")) is None and named.group("body") not in self.persons and (
                        named.group("body").endswith(ORG_ENDINGS)
                        or morph.reading(self.body, at_body, at_body + len(named.group("body"))) in ("proper", "nouns")):
                    p.organization = named.group("org")
                continue
            if p.organization:
                continue
            quoted = QUOTED_OWNER.search(before)
            if quoted and quoted.group("kind") in QUOTED_BODY_KINDS and (
                    quoted.group("post") is None or quoted.group("post") == (p.title or "").split()[-1]):
                p.organization = quoted.group("owner")
                continue
            owner = re.search(r"(?:^|\s)(?P<owner>(?P<first>[^\s]{1,15}) (?P<second>[^\s]{1,15}))의 $", before)
            first_at = at - len(before) + owner.start("first") if owner else 0
            if owner and (self.apposition_body_word(owner.group("first"), first_at) or (
                    len(owner.group("first")) >= 2 and HANGUL.match(owner.group("first"))
                    and morph.reading(self.body, first_at, first_at + len(owner.group("first"))) == "nouns")) \
                    and self.second_body_word(owner.group("second"), at - len(before) + owner.start("second")):
                p.organization = owner.group("owner")  # '여울 게이밍의 오태경 감독': a body of two words
                continue
            post = POST_APPOSITION.search(before)
            if post is None:
                continue
            base = at - len(before) + post.start("words")
            words = [(w.group(), base + w.start()) for w in re.finditer(r"\S+", post.group("words"))]
            held = post.group("post")
            if held in ACTING_WORDS and words:
                held = words.pop()[0]  # '여울시장 권한대행인': the post acted in
            held = title_of(held)
            if held is None:
                continue
            for x in range(len(words) - 1, -1, -1):
                w, w_at = words[x]
                if w in AFFILIATION_MARKERS:
                    words = words[:x]  # '교육청 측 교섭 대표인': the side the post is on
                    break
                if w.endswith("의") and len(w) > 2 and self.apposition_body_word(w[:-1], w_at):
                    words = words[:x] + [(w[:-1], w_at)]  # '물결엔터테인먼트의 프로듀서 겸 이사인': the owner of the posts
                    break
            run: list[str] = []
            for w, w_at in reversed(words):
                if not self.apposition_body_word(w, w_at):
                    break
                run.insert(0, w)
            p.organization = " ".join(run) or held[1]

    def clause_bodies(self) -> None:
        """A body named in the clause that opens a person's first mention and has none yet: the object of a verb
        of running it ("협력사 '한결테크'를 운영하는 X 대표"), the place of a verb of working there ('한빛병원에서
        일하는 간호사 X씨'), or the body a clause opens with 에서는 right before a post and the name ('여울도에서는
        행정부지사 X가'). Only a body's name (a proper noun, an organisation's ending, an invented compound or a
        word in quotation marks): '회사를 운영하는', '현장에서는' name none."""
        firsts: dict[str, int] = {}
        for m in self.mentions:
            if m.kind == "full" and m.person in self.persons:
                firsts.setdefault(m.person, m.start)
        for name, at in firsts.items():
            p = self.persons[name]
            if p.organization or p.role == "reporter":
                continue
            before = self.body[max(0, at - 80):at]
            m = CLAUSE_BODY.search(before)
            if m is None or (m.group("role") and title_like(m.group("role")) is None and not is_person_noun(m.group("role"))):
                continue
            if m.group("opener") and not (m.group("role") and title_like(m.group("role"))):
                continue  # '여울도에서는 …': only before the post of the name
            if m.group("quoted"):
                p.organization = m.group("quoted")
                continue
            word, w_at = m.group("word"), at - len(before) + m.start("word")
            if m.group("work") and not (word.endswith(ORG_ENDINGS + BUILDING_ENDINGS) or self.named_compound(w_at, word)):
                continue  # '여울에서 일하는': where someone works may be a town, not a body
            if m.group("play") and not (m.group("role") and m.group("role") in PLAYER_ROLES):
                continue  # '…에서 뛰는 공격수 X': where a player plays is the club, even one named by its town
            if word not in self.persons and self.clause_body_word(word, w_at):
                p.organization = word

    def clause_body_word(self, word: str, at: int) -> bool:
        """A body's name in a clause: no common noun of the dictionary ('회사', '현장'), no name or title; a proper
        noun, a word in Latin letters, a word with an organisation's ending or an invented compound."""
        if word in PROVINCIAL_GOVERNMENTS:
            return True  # '충남도에서는 행정부지사 …'
        if word in NOT_NAMES or is_korean_name(word) or title_like(word) is not None or word in TERRITORIES:
            return False
        if not HANGUL.match(word):
            return bool(re.fullmatch(r"[가-힣]*[A-Za-z][A-Za-z0-9&]*", word))
        read = morph.reading(self.body, at, at + len(word))
        return read == "proper" or (read == "nouns" and (word.endswith(LONG_ORG_ENDINGS + PROVINCE_LEVEL_ENDINGS)
                                                         or self.named_compound(at, word))) \
            or (read == "common" and len(word) >= 3 and word.endswith(ABBREVIATED_BODY_ENDINGS))  # '환경부', '국토부'


    def bodies_of_posts(self) -> None:
        """'누리카드가 … 밝혔다' and '누리카드 최고재무책임자(CFO)인 안드레아 콜리니 부사장': a word found as an
        untitled person that the article also writes as the body of another person's post, right before the post
        and that person's name, is a firm or a body, never a person; so is a multi-word 'name' whose last word stands
        between another person's name and title ('한서윤 스타즈 단장')."""
        for name in [n for n, p in self.persons.items() if not p.title and " " not in n]:
            holders = [q for q in self.persons.values() if q.organization == name and q.name != name]
            if any(re.search(r"(?<![가-힣])%s [^\s]+ %s" % (re.escape(name), re.escape(q.name)), self.body) for q in holders):
                self.drop_body(name)
        for name in [n for n in self.persons if " " in n and not is_korean_name(n.split()[0])]:
            last = name.split()[-1]
            holders = [q for q in self.persons.values() if q.name != name and q.title and " " not in q.name
                       and self.body.find(f"{q.name} {last} {q.title}") >= 0]
            if holders:
                self.drop_body(name)  # '충주 스타즈는 …' and '한서윤 스타즈 단장': a city and a club, not a person
                for q in holders:
                    q.organization = q.organization or last

    def names_with_particle(self) -> None:
        """'멤버 루아와 진이' where '루아' is a person of the article: Kiwi read the name and its particle as one word;
        the row is the named person's, its title and organisation kept where the person has none."""
        for name in [n for n in self.persons if " " not in n and HANGUL.match(n)]:
            stem = next((name[:-len(pt)] for pt in NAME_PARTICLES_LONGEST_FIRST
                         if name.endswith(pt) and name[:-len(pt)] in self.persons), None)
            if stem is None or name not in self.persons:
                continue
            glued = self.persons[name]
            known = self.rename(name, stem, glued.first_offset)
            known.organization = known.organization or glued.organization
            known.first_offset = min(known.first_offset, glued.first_offset)

    def drop_body(self, name: str) -> None:
        """A body found as a person: no person, its mentions none."""
        del self.persons[name]
        self.mentions = [m for m in self.mentions if m.person != name]
        self.firms.add(name)

    def second_body_word(self, word: str, at: int) -> bool:
        """The second word of a two-word body with 의 ('공익재단 나눔의'): no noun saying how someone relates to a body
        ('공화당 출신의'), no title, no verb's form."""
        if not re.fullmatch(r"[가-힣A-Za-z0-9]+", word):
            return False
        if not HANGUL.match(word):
            return True
        return word not in RELATION_TO_BODY_NOUNS and not title_like(word) and not morph.is_inflected(self.body, at, at + len(word))

    def unit_back_references(self) -> None:
        """'오태경 도 대변인', '한서윤 도 경제부지사': a local government named by its unit alone is the one of that
        unit the article names in full, when it names one only ('충북도는 …')."""
        for p in self.persons.values():
            if p.organization in UNIT_BACK_REFERENCES:
                p.organization = self.unit_named(p.organization) or p.organization

    def unit_named(self, unit: str) -> str | None:
        """The one local government of that unit the article names in full ('충북도는', '새터시의'), if one."""
        full = {m.group(1) for m in re.finditer(r"(?<![가-힣])([가-힣]{1,4}%s)(?=[은는이가의도와과 ]|청)" % unit, self.body)
                if m.group(1) in PROVINCIAL_GOVERNMENTS or (
                    m.group(1) not in NOT_NAMES and morph.reading(self.body, m.start(1), m.end(1)) == "proper")}
        return full.pop() if len(full) == 1 else None

    def apposition_body_word(self, word: str, at: int) -> bool:
        """A word of a body's name before a post: no particle, verb form or common noun on its own."""
        if is_korean_name(word) or not re.fullmatch(r"[가-힣A-Za-z0-9&·]+", word):
            return False
        if not HANGUL.match(word):
            return True
        read = morph.reading(self.body, at, at + len(word))
        if read == "other" or title_like(word):
            return False  # '회장과', '대표인': a title, a particle or an ending
        return word.endswith(ORG_ENDINGS) or word in ORG_WORDS or read == "proper"

    def same_kind_bodies(self) -> None:
        """'라온바이오의 한지수 상무는 …. 같은 회사 오태윤 이사도': a general kind of body after '같은', right
        before a name (or its role), is the body of the person named last before who has one; else none."""
        ends = {t.end: k for k, t in enumerate(self.toks) if not t.sep}
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            k = ends.get(m.start - 1)
            if p is None or m.kind != "full" or p.organization or p.role == "reporter" or k is None:
                continue
            if k >= 1 and self.is_role(self.toks[k]) and not self.same_generic_kind(k):
                k -= 1  # '같은 회사 상무 오태윤'
            if not self.same_generic_kind(k):
                continue
            kind_ends = GENERIC_BODY_KIND_ENDINGS.get(self.toks[k].text)
            before = [q for q in self.persons.values() if q.first_offset < m.start and q.organization and q.role != "reporter"
                      and (kind_ends is None or q.organization.replace(" ", "").endswith(kind_ends))]
            if before:
                p.organization = max(before, key=lambda q: q.first_offset).organization

    def title_glosses(self) -> None:
        """'한서윤 의원(새빛의미래)은': a body in parentheses after the title of a name (one to three proper nouns, no
        Latin spelling of the title such as '(CEO)') is the person's organisation; the particle after it is the name's."""
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or m.kind != "full" or p.role == "reporter" or m.end <= m.start + len(p.name):
                continue
            head_end, covered = m.end, bool(m.particle)
            if covered:  # the title rule took the gloss and its particle in already ('… 의원(새빛당·마포갑)은')
                head_end = self.body.rfind("(", m.start + len(p.name), m.end)
                if head_end < 0 or self.body[m.end - 1] != ")":
                    continue
            g = NAME_GLOSS.match(self.body, head_end)
            if g is None or (covered and g.end("gloss") + 1 != m.end) \
                    or not title_like(self.body[m.start:head_end].split()[-1]):
                continue
            parts = [x.strip() for x in re.split(GLOSS_PART_SEPARATORS, g.group("gloss"))]
            gloss = parts[0]  # '(새빛당·서울 마포갑)': the party, then the constituency
            at = g.start("gloss")
            if self.party_and_seat(parts) or (len(parts) == 1 and p.organization and p.title and p.title.endswith(MEMBER_TITLE)
                                              and re.fullmatch(r"[가-힣]{2,15}", gloss) and gloss.endswith(PARTY_ENDINGS)):
                p.organization = gloss  # the member's party, before any council or committee named outside the bracket
            elif len(parts) == 1 and self.kind_and_name(gloss):
                pass  # '(법무법인 새터)', '(새터 회계법인)': the kind of body and its name, the whole its name
            elif " " in gloss or not re.fullmatch(r"[가-힣]{2,15}", gloss) or title_like(gloss) or gloss in TERRITORIES \
                    or gloss.endswith(CONSTITUENCY_ENDINGS + PLACE_ENDINGS + ADDRESS_ENDINGS) \
                    or not (morph.reading(self.body, at, at + len(gloss)) in ("proper", "nouns") or gloss.endswith(LONG_ORG_ENDINGS)
                            or self.body.count(gloss) >= 2):
                continue  # not '(서울 마포갑)', '(부산)': where the member was elected; a body Kiwi cuts ('새빛/의/미래')
                # when the article names it again
            if covered:
                p.organization = p.organization or gloss
                continue
            _, particle = strip_particle("가" + g.group("particle")) if g.group("particle") else ("", "")
            if g.group("particle") and particle != g.group("particle"):
                continue
            m.particle, m.end = particle, g.end()
            p.organization = p.organization or gloss

    @staticmethod
    def kind_and_name(gloss: str) -> bool:
        """'법무법인 새터', '새터 회계법인': two words in a title's gloss, one a legal kind of body (body_kinds),
        the other a bare name: one body, written with its kind."""
        words = gloss.split()
        return len(words) == 2 and sum(w in BODY_KINDS for w in words) == 1 \
            and all(re.fullmatch(r"[가-힣A-Za-z0-9&]{1,15}", w) for w in words)

    @staticmethod
    def party_and_seat(parts: list[str]) -> bool:
        """'(새빛당·마포갑)', '(새빛당·누리동)', '(새빛당, 가람시 제2선거구)', '(새빛당·비례대표)': a one-word body,
        then where the member was elected: the body is the member's party, however Kiwi cuts it."""
        if len(parts) != 2 or not re.fullmatch(r"[가-힣]{2,15}", parts[0]) or not parts[1] or title_like(parts[0]):
            return False
        seat = parts[1].split()[-1]
        return bool(re.fullmatch(r"[가-힣0-9]{2,15}", seat)) and seat.endswith(CONSTITUENCY_ENDINGS + ADDRESS_ENDINGS + SEAT_WORDS)

    def glosses(self) -> None:
        """'김철수(한빛대 경제학과 교수)는', '채하람(라온FC)은', '김민재(28·바이에른 뮌헨)는': a gloss in
        parentheses after a name gives the post and the body, or the club; the particle after it is
        the name's."""
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or m.kind != "full" or p.role == "reporter" or not self.body.startswith(p.name, m.start):
                continue
            g = NAME_GLOSS.match(self.body, m.start + len(p.name))
            if g is None:
                continue
            rest = g.group("particle").removeprefix(HONORIFIC)  # '이영희(32·회사원)씨도'
            if rest and not m.particle and rest not in COPULA_ENDINGS:  # '2위 여시윤(20·새터체육회)이었다'
                _, particle = strip_particle("가" + rest)
                if particle != rest:
                    continue
                m.particle, m.end = particle, g.end()
            aged = bool(AGE_GLOSS.match(self.body, g.start()))
            parts = [x.strip() for x in re.split(GLOSS_PART_SEPARATORS, g.group("gloss")) if x.strip() and not _DATE_WORD.match(x.strip())
                     and not x.strip().isdigit()]
            if len(parts) == 2 and is_party_word(parts[0]) and len(parts[1].split()) <= 2:
                if parts[0] not in PARTYLESS_WORDS:  # '(공화·오하이오)': the party, then the place it elected the member in
                    p.organization = p.organization or parts[0]
                continue
            if len(parts) == 2 and parts[0] in COUNTRY_NAMES and parts[1] not in COUNTRY_NAMES:
                parts = parts[1:]  # 'X(튀르키예·한결크루즈)': the player's country, then the club
            if len(parts) != 1 or not re.match(r"[가-힣A-Za-z]", parts[0]):
                continue
            words = parts[0].split()
            if words[0] in ALIAS_GLOSS_WORDS or self.latin_glosses.get(p.name) == parts[0]:
                continue  # '(한국명 박로건)', '(본명 채다온)': another name of the person, no organisation
            if len(words) == 1 and not aged and p.title and p.title.split()[-1].endswith(RELIGIOUS_NAME_TITLES) \
                    and not title_like(words[0]) and not words[0].endswith(LONG_ORG_ENDINGS):
                continue  # 'X(바오로) 주교': the name taken in religion
            at = g.start("gloss") + g.group("gloss").index(parts[0])
            last_at = self.word_starts(at, parts[0])[-1]
            if title_like(words[-1]) or is_person_noun(words[-1]) or self.occupation_at(last_at, last_at + len(words[-1])):
                prefix = [w for w in words[:-1] if w in TITLE_PREFIXES]  # '(전 한빛대 교수)'
                org = " ".join(w for w in words[:-1] if w not in TITLE_PREFIXES)
                p.title = p.title or held_title(" ".join(prefix + words[-1:]))
                p.organization = p.organization or org or None
            elif aged and words[-1].endswith(ADDRESS_ENDINGS) and not glossed_body(words, aged):
                continue  # '김모(45·서울 강남구)씨': where the person lives, no organisation
            elif len(words) <= 3 and (glossed_body(words, aged) or all(
                    not HANGUL.match(w) or morph.reading(self.body, s, s + len(w)) == "proper"
                    for w, s in zip(words, self.word_starts(at, parts[0])))):
                p.organization = parts[0] if aged and words[-1].endswith(LONG_ORG_ENDINGS + GLOSS_BODY_ENDINGS) \
                    else p.organization or parts[0]
                # '대표팀의 막내 X(17·가온고)': a school or a body glossed with the age is the person's own

    def appositions(self) -> None:
        """'올해 열다섯 살의 프로 바둑 기사, 다카하시 유이가': an occupation set before a name by a comma
        is the untitled person's, unless it closes an item of a list ('정태수 감독, 하준')."""
        ends = {t.end: k for k, t in enumerate(self.toks)}
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or m.kind != "full" or p.role == "reporter":
                continue
            k = ends.get(m.start - 1) if self.body[m.start - 1:m.start] == " " else None
            if k is None or k < 2 or self.toks[k].text != ",":
                continue
            role_tok, before = self.toks[k - 1], self.toks[k - 2]
            if not self.is_role(role_tok) or self.is_name_word(before):
                continue
            role, head = role_tok.stem, k - 1
            if role in FIELD_OCCUPATIONS:
                while head >= 1 and k - head < 3 and self.field_word(self.toks[head - 1]):
                    head -= 1
                    role = f"{self.toks[head].text} {role}"
            if p.title is None or (role.endswith(p.title) and len(role) > len(p.title)):
                p.title = held_title(role)  # or a fuller form of the title it has ('바둑 기사')

    def is_name_word(self, tok: Tok) -> bool:
        """Is the token (the end of) a person's name: a person found, or a word shaped like a Korean name?"""
        return not tok.sep and (tok.stem in self.persons or any(q.name.split()[-1] == tok.stem for q in self.persons.values())
                                or (is_korean_name(tok.stem) and morph.reading(self.body, tok.start, tok.start + len(tok.stem)) == "proper"))

    def predicate_titles(self) -> None:
        """'마커스 벨린은 노스브릿지 캐피털의 최고전략책임자(CSO)다.': a sentence saying what its topic is."""
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or m.kind != "full" or m.particle not in ("은", "는") or (p.title and p.organization):
                continue
            said = PREDICATE_TITLE.match(self.body, m.end)
            if said is None or not title_like(said.group("title")):
                continue
            org, title = said.group("org"), held_title(said.group("title"))
            if org and any(w in NOT_NAMES or not self.nouns_only(s, s + len(w))
                           for w, s in zip(org.split(), self.word_starts(said.start("org"), org))):
                continue  # '우리의 …', '이 회사의 …', '노력한 끝의 …': not an organisation named
            p.title = p.title or title
            if p.title == title:
                p.organization = p.organization or org

    def role_subjects(self) -> None:
        """'… 골프백을 멘 캐디는 부산 출신 X(35) 씨다.', '… 주방을 지키는 요리사는 X(52) 씨다.': a sentence saying who holds
        a role, the role its topic, the name (with its gloss and 씨) its copula's complement: the untitled person's title."""
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or m.kind != "full" or p.title or p.role == "reporter" or not self.body.startswith(p.name, m.start):
                continue
            if not NAME_COMPLEMENT.match(self.body, m.start + len(p.name)):
                continue
            start, _ = sentence_bounds(self.body, m.start)
            topic = next(reversed(list(ROLE_TOPIC.finditer(self.body, start, m.start))), None)
            if topic is None or len(self.body[topic.end():m.start].split()) > MAX_TOPIC_REACH:
                continue
            role = topic.group("role")
            if title_like(role) or is_person_noun(role) or self.occupation_at(topic.start("role"), topic.end("role")):
                p.title = held_title(role)

    def nouns_only(self, start: int, end: int) -> bool:
        """Is body[start:end] nouns, Latin letters or digits only, as Kiwi reads it (no '이' of '이 회사')?"""
        ms = [m for m in morph.morphs_in(self.body, start, end) if m.end <= end]
        return bool(ms) and all(m.tag in morph.NOUN_TAGS or m.tag in ("SL", "SN", "SH") for m in ms)

    @staticmethod
    def word_starts(at: int, text: str) -> list[int]:
        return [at + m.start() for m in re.finditer(r"\S+", text)]

    def own_organisations(self) -> None:
        """'윤서아 소속사 라온엔터테인먼트': the organisation named as a person's own; and a word the
        article uses as someone's organisation, right before a name ('라온 좌익수 정우석' … '라온 서민혁이')."""
        toks = self.toks
        orgs = {p.organization for p in self.persons.values() if p.organization and " " not in p.organization}
        for i, tok in enumerate(toks):
            p = self.persons.get(tok.stem)
            if p is None or tok.sep or p.organization:
                continue
            if not tok.particle and i + 2 < len(toks) and not toks[i + 1].particle \
                    and toks[i + 1].text in OWN_ORGANIZATION_NOUNS and not toks[i + 2].sep and is_org_word(replace(toks[i + 2], text=toks[i + 2].stem, particle="")):
                p.organization = toks[i + 2].stem
            elif i > 0 and not toks[i - 1].sep and not toks[i - 1].particle and toks[i - 1].text in orgs:
                p.organization = toks[i - 1].text

    def possessors(self) -> None:
        """'오픈AI의 샘 올트먼 CEO', '한빛전자의 김민수 대표': a firm or a body in the possessive right before
        a titled person is the organisation of the post; before an untitled one, only a body the article
        already gives someone as theirs ('라온 좌익수 정우석' … '라온의 서민혁이')."""
        ends = {t.end: k for k, t in enumerate(self.toks) if not t.sep}
        known = {p.organization for p in self.persons.values() if p.organization}
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            if p is None or m.kind != "full" or p.organization or p.role == "reporter":
                continue
            k = ends.get(m.start - 1)
            if k is not None and self.body[m.start - 1] == " " and k >= 1 and self.is_role(self.toks[k]) \
                    and p.title and self.toks[k].stem in p.title and self.body[self.toks[k - 1].end:self.toks[k].start] == " ":
                k = k - 1  # '윤슬랩스의 공동창업자 로건 파크': the post between the owner and the name
            elif k is None or self.body[m.start - 1] != " ":
                continue
            if self.toks[k].particle != "의":
                continue
            owner = self.toks[k]
            if not p.title and owner.stem not in known:
                continue
            kind_named = " " in self.owner_words(k)  # '법무법인 솔빛의': the kind of body says it is one
            if owner.stem in self.persons or (owner.stem in NOT_NAMES and owner.stem not in ORG_WORDS and not (
                    p.title and p.title.split()[-1] in TEAM_TITLES and self.stands_alone(owner.stem))) or not (
                    owner.stem.endswith(ORG_ENDINGS) or owner.stem in ORG_WORDS or kind_named
                    or (p.title and len(owner.stem) >= 3 and owner.stem.endswith(BUILDING_ENDINGS))  # '…박물관의 X 학예과장'
                    or morph.reading(self.body, owner.start, owner.start + len(owner.stem)) == "proper"
                    or (p.title and p.title.split()[-1] in TEAM_TITLES and HANGUL.match(owner.stem)
                        and morph.reading(self.body, owner.start, owner.start + len(owner.stem)) == "nouns"
                        and self.stands_alone(owner.stem))):  # '블루웨이브의 백승기 감독대행': a club written as a subject
                continue  # '전북의 다니엘 코흐 감독': a region is a club's name only for a club's post
            p.organization = self.owner_words(k)

    def founded_bodies(self) -> None:
        """'오서진 대표는 2015년 대학 동기와 함께 한빛랩스를 세웠다': the body the subject of a clause founded
        ('세우다', '창업하다', '설립하다', '차리다', its object right before the verb) is that person's."""
        starts = {t.start: k for k, t in enumerate(self.toks)}
        for m in self.mentions:
            p = self.persons.get(m.person or "")
            k = starts.get(m.start)
            if p is None or p.organization or p.role == "reporter" or m.particle not in TOPIC_OR_SUBJECT or k is None:
                continue
            x = k + 1
            while x < len(self.toks) and self.toks[x].start < m.end:
                x += 1  # past the title of the mention
            for y in range(x, min(len(self.toks) - 1, x + MAX_AFFILIATION_REACH)):
                t = self.toks[y]
                if t.sep or t.in_quote or t.stem in self.persons:
                    break
                read = morph.reading(self.body, t.start, t.start + len(t.stem))
                if t.particle not in OBJECT_PARTICLES or not (not HANGUL.match(t.stem) or read == "proper" or (
                        t.stem.endswith(LONG_ORG_ENDINGS + FIRM_ENDINGS) and read != "common")):
                    continue  # '식당을 차렸다': a kind of place, no body named
                if self.founding_verb(self.toks[y + 1]):
                    p.organization = t.stem
                break
            if not p.organization and m.particle in SUBJECT_ONLY:
                p.organization, joined = self.founded_topic(k, x)
                for q in (self.persons[n] for n in joined):
                    q.organization = q.organization or p.organization  # '… X 대표와 Y CTO가 함께 세웠다': both founders

    def founding_verb(self, tok: Tok) -> bool:
        """Is the word a form of a verb of founding ('세웠다', '창업한', '설립했다'), as Kiwi reads it?"""
        return not tok.sep and any(v.form in FOUNDING_VERBS and v.start == tok.start
                                   for v in morph.morphs_in(self.body, tok.start, tok.end))

    def founded_topic(self, k: int, x: int) -> tuple[str | None, list[str]]:
        """'한빛랩스는 2015년 오서진 대표가 대학 동기와 함께 세웠다': the topic of the sentence, a body, is what the
        subject between it and a verb of founding (from token x on) founded; so did the persons joined to that subject
        by 와/과 ('… 오서진 대표와 Y CTO가 함께 세웠다'), returned with it."""
        toks = self.toks
        if not any(self.founding_verb(t) for t in toks[x:x + MAX_AFFILIATION_REACH] if not t.sep) \
                or any(t.sep for t in toks[x:next((y for y in range(x, min(len(toks), x + MAX_AFFILIATION_REACH))
                                                    if self.founding_verb(toks[y])), x)]):
            return None, []
        joined: list[str] = []
        nxt = k  # where the person joined last (the subject first) begins
        for y in range(k - 1, max(-1, k - 1 - MAX_AFFILIATION_REACH), -1):
            t = toks[y]
            if t.stem in self.persons and not t.sep and not t.in_quote and y <= nxt - 1 < y + 3 \
                    and toks[nxt - 1].particle[:1] in JOINING_PARTICLES and not toks[nxt - 1].sep:
                joined.append(t.stem)  # '오서진 대표와 Y CTO가': the name, its title with 와, then the next name
                nxt = y
                continue
            if t.sep or t.in_quote or t.stem in self.persons:
                return None, []
            if t.particle in ("은", "는"):
                read = morph.reading(self.body, t.start, t.start + len(t.stem))
                body = not HANGUL.match(t.stem) or read == "proper" or (
                    t.stem.endswith(LONG_ORG_ENDINGS + FIRM_ENDINGS) and read != "common")
                found = body and (y == 0 or toks[y - 1].sep or "\n" in self.body[toks[y - 1].end:t.start])
                return (t.stem, joined) if found else (None, [])
        return None, []

    def quoted_body_before_post(self, name: str, start: int) -> bool:
        """Is the name a word in single quotes followed by a post and a Korean name ("'솔빛결' 회장 여다솜씨")? A person is
        never written so before another's post; the quoted word is the club, group or shop whose post it is."""
        end = start + len(name)
        if start == 0 or self.body[start - 1] not in "'‘" or not self.body.startswith(name, start) or self.body[end:end + 1] not in ("'", "’"):
            return False
        after = QUOTED_POST_AND_NAME.match(self.body, end + 1)
        return after is not None and title_like(after.group("post")) is not None and is_korean_name(after.group("name"))

    def name_out_of_country_body(self, name: str, org: str, start: int) -> tuple[str, str]:
        """'마리아 곤살레스 멕시코 대통령', '팜 민 찐 베트남 총리': a country opens the body it heads, so foreign words
        read before the country in the organisation are the name's last words."""
        words = org.split()
        at = next((k for k, w in enumerate(words) if w in COUNTRY_NAMES), 0)
        moved = words[:at]
        if not moved or (" " not in name and any(morph.common_word(w) for w in moved)) \
                or not self.body.startswith(f"{name} {' '.join(moved)} ", start) \
                or not all(is_foreign_word(w) and w not in ORG_WORDS and w not in STATIONED_PREFIXES and w not in TITLE_PREFIXES
                           and title_of(w) is None for w in moved):
            return name, org
        return f"{name} {' '.join(moved)}", " ".join(words[at:])

    def owner_words(self, k: int) -> str:
        """The possessor ending at token k, with the legal form before it that is part of its name ('법무법인 솔빛의')."""
        owner = self.toks[k]
        before = self.toks[k - 1] if k >= 1 else None
        if before is not None and not before.sep and not before.particle and before.text in BODY_KINDS | STATIONED_PREFIXES:
            return f"{before.text} {owner.stem}"  # and '주중 한국대사관의': the embassy's post abroad
        if owner.particle == "의" and (foreign := self.foreign_body_before(k)):
            return foreign  # '스텔라 포지의 A B 대표': a foreign body's name in words, not its last one
        return owner.stem

    def party_of_posts(self) -> None:
        """'한지윤 더불어민주당 원내수석부대표 … 오태경 사무총장': a party post with no organisation of its
        own belongs to the party named last before it; so does '같은 당 김기현 의원'."""
        party = None
        for p in sorted(self.persons.values(), key=lambda p: p.first_offset):
            if p.organization in SAME_PARTY:
                p.organization = party  # '같은 당 김기현 의원': the party named last
            elif p.organization and (is_party_post(p.title) or p.organization.endswith("당")):
                party = p.organization
            elif party and not p.organization and is_party_post(p.title):
                p.organization = party

    def pronoun_mentions(self) -> None:
        for pron, pattern in PRONOUN_PATTERNS:
            for m in pattern.finditer(self.body):
                particle = pron[-1] if pron[-1] in "는가도의" else ""
                self.mentions.append(Mention(None, m.start(), m.end(), particle, "pronoun"))

    def reporters(self) -> None:
        for name in self.ctx.authors:
            if name not in self.persons:
                pos = self.body.find(name)
                self.persons[name] = Person(name, "기자", self.ctx.outlet, "reporter", "byline", pos)
            else:
                self.persons[name].role = "reporter"
                self.persons[name].organization = self.persons[name].organization or self.ctx.outlet

    def result(self) -> tuple[list[Person], list[Mention]]:
        seen: set[tuple[str | None, int]] = set()
        unique = []
        for m in sorted(self.mentions, key=lambda m: (m.start, -m.end)):
            if (m.person, m.start) not in seen:
                seen.add((m.person, m.start))
                unique.append(m)
        self.mentions = unique
        persons = list(self.persons.values())
        count_mentions(persons, self.mentions)
        return persons, self.mentions


def find(body: str, ctx: Context) -> tuple[list[Person], list[Mention]]:
    f = Finder(body, ctx)
    lists.read(f)  # 인사 lists, rosters and 부고 first: their headings and glosses give the organisations
    f.interviews()
    f.spaced_captions()
    f.aged_foreign_names()
    f.spaced_ssi()
    f.glossed_ssi()
    f.aged_young_names()
    f.spaced_foreign_names()
    f.country_titled_names()
    f.foreign_players()
    f.dharma_names()
    f.morphology()
    f.rare_surnamed_in_post_slot()
    f.graded_pupils()
    f.foreign_names()
    f.nationality_role_names()
    f.misread_foreign_pairs()
    f.chinese_names()
    f.scan()
    f.firms_in_ssi()
    f.guessed_names()
    f.aged_names()
    f.given_names()
    f.glued_given_names()
    f.names_before_name_only_titles()
    f.glued_name_only_titles()
    f.quoted_honoured_names()
    f.predicated_names()
    f.team_glossed_names()
    f.glossed_names()
    f.hanja_glossed_names()
    f.stage_names()
    f.actors_of_parts()
    f.role_framed_names()
    f.nicknamed_names()
    f.prize_winners()
    f.joined_to_persons()
    f.titled_pair()
    f.listed_before_honorific()
    f.listed_with_persons()
    f.listed_foreign_names()
    f.joined_foreign_names()
    f.joined_to_persons()  # '…, 한빛밴드 도윤과 서진': the list's item joined to the next name
    f.listed_after_role()
    f.roles_listed()
    f.named_group_members()
    f.made_of_members()
    f.bracketed_members()  # before the passes that find the later, bare mentions of the names known
    f.short_mentions()
    f.unlisted_titles()
    f.surnamed_foreign_names()
    f.given_name_short_forms()
    f.japanese_given_names()
    f.japanese_names_before_posts()
    f.surname_titles()
    f.bare_mentions()
    f.pet_names()
    f.bodies_before_titled_names()
    f.bodies_before_posted_names()
    f.schools_before_staff()
    f.groups_and_parts_as_names()
    f.first_words_of_known_names()
    f.possessor_bodies()
    f.foreign_name_parts()
    f.foreign_bodies_before()
    f.organisations()
    f.group_representatives()
    f.group_members()
    f.groups()
    f.epithet_titles()
    f.pronoun_mentions()
    f.reporters()
    f.surname_mentions()
    f.clubs_of_staff()
    f.names_with_particle()
    persons, mentions = f.result()
    affiliation.resolve(persons, mentions, body, ctx)
    membership.resolve(persons, mentions, body, ctx)  # what the article ties a post to, away from the name
    f.sole_club_staff()  # last: the club in the full form the resolvers give it ('LG 트윈스', not 'LG')
    affiliation.signed_clubs(persons, mentions, body)  # players still with no body: the club they sign with or start for
    return persons, mentions
