"""Korean organisations resolved from the document, after the person rules.

The person rules read the body written beside a name ('여울전자 X 상무', '여울전자의 X 상무', '상무인 X').
A reader also resolves the body the article gives away from the name:
  a word pointing back      '같은 회사 한국지사의 X 이사', '이 회사 X 전무', '해당 병원 X 과장' → the body named before
  a post heading a kind     '… 여울병원지부는 …. X 지부장은', '병원장인 X 교수' → the one body of that kind named before
                            ('여울지법 솔매지원은 …. X 부장판사', '‘한들숲 도서관’ … X 관장': a court and its branch, a
                            name and the kind's word spaced)
  a team as the topic       '반면 누리썬더스는 주전 세터 X가' → that team (its town too when named so: '인천 누리썬더스')
  the headline              '우승 이끈 X 여울팔콘 감독' over a body whose lede has '팀을 이끈 X 감독'
  a unit held               '주차관리과를 맡고 있는 X 과장' → that unit
  a group introduced        '그룹 별무리가 …. 멤버 X는' → the one body so introduced
  a list                    '누리체인 대표이사 X(47)씨와 부사장 Y(44)씨' → Y shares the body written before X
  officials listed          'X 여울시 미래전략실장과 Y 문화관광국장, Z 대변인' → Y and Z hold posts of 여울시 too
  a body that spoke         '누리레일 측은 "…"고 밝혔다. 이 회사 X 대표는' → the body speaking or acting before
  a school studied at       '누리음악원에서 X 교수를 사사했다' → the school
  a unit named alone        '경북도는 …. 도 대변인 X 씨는' → the one government of that unit named in full
  the topic before          '…조사위원회는 감식을 벌였다. X 조사관은' → a post opening the sentence after a body's topic
  an appointment            '가람농협 신임 조합장으로 선출된 X 조합장' → the body of the post appointed to (also with
                            the occupation before the name: '솔빛합창단의 신임 상임지휘자로 부임한 작곡가 X')
  a branch office           'X 가람지점장', '하늘빛은행 가람지점은 …. X 지점장' → the branch, with the body written before it
  a party in an apposition  '미국 민주당의 유력 대선 후보인 X 상원의원' → that party
  the one party named       '누리미래당 당대표 선출 토론회 … 기호 2번 X 의원' → a lawmaker's, when the article names no other
  a body glossed after      'X 교수(라온대 경제학과)', 'X씨(라온대 4학년)' → the body in the brackets (not a field, a town)
  a body with its short form '전국민주노동조합총연맹(민주노총) X 위원장' → the body before the name, its gloss dropped
  a holder qualified        '가람호크스 외국인 투수 X', '가람물산 신임 대표 X' → the body before the qualifying word
  a clause of serving       '가람호크스에서 뛰는 X', '누리화학에 근무하는 X 연구원' → that body (not a place or a league)
  a quoted group            '공식 팬클럽 '달빛나래' 회장 X' → the group named after its kind
  a tenure                  '4선의 X 의원', '라온대병원 외과 전공의 3년차 X씨' → no body; the post and body around it
  a vessel                  '어선 '가람호'가 나포됐다. 선장 X씨' → the one ship named
  a post glued to its body   '국회의장인 X 의장' → 국회 (not a committee's word: '집행위원장인 X 위원장')
  a later mention            'X 감독은 …. 가람화재 X 감독은' → the body written beside the name there
and, where the person rules leave a name without one, a body right before it ('바다운송의 니코스 파파스 CEO',
'여울지검 X 2차장검사', '솔매면 갈골마을 X(71) 이장'); and a word the person rules took for a body that is none: a
word of a person's own name, a verb's form or a conjunction ('팀을 이끈 X 감독', '그러자 X 의원이'), a nationality
('일본인 멤버 X'), a noun of a person ('미생물학자 X 연구원'), a quantifier ('나머지 멤버 X'), a duty ('X 영장전담
부장판사'), a word of a quotation before the name; a country before or after an occupation practised anywhere
('프랑스 감독 X', 'X(이탈리아)', '한국계 배우 X'; a player's country, or one the article sets as a side, is the national
team); a place a resident lives in ('솔매읍 주민 X씨': the title 주민, no body); a field before a nameless body ('여론조사
기관 대표인 X'); and a unit the person rules read off the title gives way to
the firm with 의 before the name ('누리게임즈의 X 해외사업본부장': the unit stays in the title).
Only what the text says: a word pointing back with nothing of its kind before names no body, nor does a body named
only inside a quotation; a post whose kind the article names twice names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from builder.rules import Context
from builder.rules.ko import morph, person
from builder.rules.ko.text import HANGUL, may_end_with, sentence_bounds, strip_particle
from builder.rules.model import Mention, Person
from builder.rules.tables import alternation, load

LEX = load("ko", "affiliation")
ANAPHORS = tuple(LEX["anaphors"])
GLUED_ANAPHORIC_KINDS: dict[str, str] = LEX["glued_anaphoric_kinds"]
KINDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in LEX["kinds"].items()}
UNIT_ENDINGS = tuple(LEX["unit_endings"])
HEADED_UNIT_ENDINGS = UNIT_ENDINGS + tuple(LEX["headed_unit_endings"])
UNIT_KINDS = frozenset(LEX["unit_kinds"])
HEADS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in LEX["heads"].items()}
MEMBERS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in LEX["members"].items()}
MEMBER_POSTS_OF_HEADS: dict[str, str] = dict(LEX["member_posts_of_heads"])  # '조합원': of the body a '조합장' heads
MEMBER_LIST_TITLE = LEX["member_list_title"]
MEMBER_LIST = re.compile(r"(?:\([^()]{1,20}\))?(?:, ?[가-힣A-Za-z]{1,6}(?:\([^()]{1,20}\))?)*(?: 등)? (?:%s|\d{1,2}명의) %s" % (
    alternation(LEX["member_list_counts"]), MEMBER_LIST_TITLE))
COMMON_KINDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in LEX["common_kinds"].items()}
NOT_FIRM_NAME_ENDINGS = tuple(LEX["not_firm_name_endings"])
COMMITTEE_PARENT_KINDS = tuple(LEX["committee_parent_kinds"])
LOCAL_POSTS: dict[str, str] = LEX["local_posts"]
PROVINCES = frozenset(LEX["provinces"])
NOT_LOCALITY_PREFIXES = tuple(LEX["not_locality_prefixes"])
PRIVATE_GROUP_KINDS = frozenset(LEX["private_group_kinds"])
LOCAL_UNITS = tuple(LEX["local_units"])
PRIVATE_GROUP_ENDINGS = tuple(LEX["private_group_endings"])
LOCAL_GOVERNMENT_LONGEST = LEX["local_government_longest"]
COMMITTEE_ENDINGS = tuple(LEX["committee_endings"])
COMMITTEE_OWNER_ENDINGS = tuple(LEX["committee_owner_endings"])
STARTER_ANNOUNCEMENTS = tuple(LEX["starter_announcements"])
SIGNING = re.compile("|".join(r"(?<![가-힣])(?P<club%d>[가-힣A-Za-z]{2,10})(?:%s) (?:[가-힣0-9]+ ){0,2}?%s" % (
    n, alternation(particles), noun) for n, (noun, particles) in enumerate(LEX["signing_nouns"].items())))
HOLDING = re.compile(r"(?:^|\s)(?:(?P<body>[가-힣A-Za-z0-9]{2,20}) )?(?P<unit>[가-힣A-Za-z0-9]{2,20})[을를] (?:%s) $"
                     % alternation(LEX["holding_clauses"]))
POINTER = re.compile(r"(?:^|[\s(])(?:(?P<ana>%s) (?P<kind>%s)|(?P<glued>%s))(?:의)?(?P<rest>(?: [^\s.,\"]+){0,3}) $" % (
    alternation(list(ANAPHORS)), alternation(list(KINDS)), alternation(list(GLUED_ANAPHORIC_KINDS))))
LISTED_BEFORE_WORD = re.compile(r"(?:와|과|,| 및) ?$")  # 'X와 Y가': a subject of two bodies, no one of them
POINTER_IN_TITLE = re.compile(r"^(?:%s) (?:%s)(?:의)? " % (alternation(list(ANAPHORS)), alternation(list(KINDS))))
WORD = re.compile(r"[가-힣A-Za-z0-9&]+")
APPOINTED = re.compile(r"(?:^|\s)(?P<body>(?:[^\s'\"‘’“”]+ )??[^\s'\"‘’“”]+?)(?:의)? (?:(?:%s) )?(?P<post>[가-힣]{2,12}?)(?:으로|로) (?:%s) (?:(?P<role>[가-힣]{2,6}) )?$" % (
    alternation(LEX["appointment_modifiers"]), alternation(LEX["appointment_verbs"])))
POST_GIVEN_BEFORE = re.compile(r"(?:^|\s)(?P<body>[^\s'\"‘’“”]+?)(?:의)? (?:(?:%s) )?(?P<post>[가-힣]{2,12}?)(?:으로|로|에) (?:\S+ ){0,2}$" % (
    alternation(LEX["appointment_modifiers"])))
POST_TAKEN_AFTER = re.compile(r"(?:\(\d{1,3}\))?(?: [가-힣]{1,8})?(?:이|가|은|는|씨가|씨는) (?:\S+ ){0,3}?(?:%s)(?:했|됐|되었|한다|된다|하게|되게)" % (
    alternation(LEX["appointment_stems"])))
APPOSED = [re.compile(r"(?:^|\s)(?P<body>[가-힣A-Za-z0-9&]{2,20}) (?P<post>%s[가-힣]{1,10})인 (?P<roles>(?:[가-힣]+ ){0,2})$" % words)
           for words in ("", r"(?:[가-힣]+ )")]  # a post of one word, else of two ('누리온담 공동 창업자인 X')
ACRONYM_GLOSSED = re.compile(r"(?P<name>[가-힣A-Za-z0-9&]{2,25})\((?:[가-힣]{2,8}|[A-Za-z][A-Za-z0-9&.-]{1,9})\)")
GLOSS_AFTER_TITLE = re.compile(r"(?: ?씨| (?P<title>[가-힣]{1,8})) ?\((?P<gloss>[가-힣A-Za-z][^()·,]{1,30}?)(?:[·,][^()]*)?\)")
PLACE_GLOSS_ENDINGS = tuple(LEX["place_gloss_endings"])
LEAGUE_ENDINGS = tuple(LEX["league_endings"])
MEMBER_QUALIFIERS = frozenset(LEX["member_qualifiers"])
SERVING = re.compile(r"(?:^|\s)(?P<body>[가-힣A-Za-z0-9&]{2,25})(?:에서|에) (?:%s) (?P<between>(?:[가-힣]+ ){0,2})$" % alternation(
    LEX["serving_clauses"]))
SCHOOL_YEAR = re.compile(r"\d학년")
GLOSS_AFTER_NAME = re.compile(r"^\s*\([^()]{1,20}\)")
ORIGIN_GLOSS = r"(?:[가-힣]+ (?:%s)(?:의|인)? )?" % alternation(LEX["origin_words"])
OWNER = re.compile(r"(?:^|\s)(?P<owner>(?:[^\s'\"‘’“”]+ )?[^\s'\"‘’“”]+)의 " + ORIGIN_GLOSS + r"(?:(?P<people>[가-힣]{1,6})인 )?(?P<roles>(?:[가-힣]+ ){0,2})(?:['‘][^'’]{1,15}['’] )?$")
TOPIC_OPENERS = frozenset(LEX["topic_openers"])
STANCE_WORDS = frozenset(LEX["stance_words"])
SPACED_KIND_LENGTH = 3  # '도서관', '박물관': a kind's word long enough to be a body's own last word after its name
TOPIC_OWNER = re.compile(r"(?:^|\s)(?P<owner>[가-힣A-Za-z0-9&]{2,20})(?:%s) (?P<roles>(?:[가-힣]+ ){1,2})$" % alternation(
    LEX["topic_particles"]))
NATIONALITY = "인"  # '일본인 멤버': a country's people, no body
FOREIGN_PEOPLE = frozenset({"외국"})  # '외국인 투수': a people that is no country's
TEAM = "팀"
COPULA_MODIFIER = "인"  # '유력 대선 후보인 X': who is …
GENITIVE = "의"
APPOSITION_REACH = 7  # words of an apposition before a name
PARTISAN_TITLES = tuple(LEX["partisan_titles"])
PARTY_MEMBER_TITLES = frozenset(LEX["party_member_titles"])
PARTY_NAMES = frozenset(LEX["party_names"])
PARTY_KIND = "당"
NOT_PARTIES = frozenset(LEX["not_parties"])
PARTYLESS_WORDS = tuple(LEX["partyless_words"])
PLACE_UNIT_ENDINGS = tuple(LEX["place_unit_endings"])
PLACE_ABOVE_ENDINGS = tuple(LEX["place_above_endings"])
VILLAGE_POSTS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in LEX["village_posts"].items()}
VILLAGE_POST = re.compile(r"(?:^|\s)(?P<place>[가-힣]{2,8}) (?P<units>(?:\d+(?:통|반) )*)(?P<post>%s) $" % alternation(
    list(VILLAGE_POSTS)))
PERSON_NOUN_ENDINGS = tuple(LEX["person_noun_endings"])
FIRM_KINDS = frozenset(LEX["firm_kinds"])
INTRODUCING_FIRM_KINDS = frozenset(LEX["introducing_firm_kinds"])
NOT_FIRM_ENDINGS = tuple(LEX["public_body_endings"]) + tuple(e for k, ends in KINDS.items() if k not in FIRM_KINDS for e in ends)
LEGAL_FORMS = frozenset(LEX["legal_forms"])
TRADE_ENDINGS = tuple(LEX["trade_endings"])
SECTION_ENDINGS = tuple(LEX["section_endings"])
PUBLIC_BODY_ENDINGS = tuple(LEX["public_body_endings"]) + tuple(LEX["local_government_endings"])
EPITHETS = frozenset(LEX["epithets"])
DETERMINERS = frozenset(LEX["determiners"])
DUTY_ENDINGS = tuple(LEX["duty_endings"])
OWNERSHIP_WORDS = frozenset(LEX["ownership_words"])
STANDING_WORDS = frozenset(LEX["standing_words"])
STANDING = r"(?:(?:%s) )?" % alternation(LEX["standing_words"])
QUALIFIER = r"(?:(?:%s) )?" % alternation(LEX["member_qualifiers"] + LEX["epithets"] + LEX["appointment_modifiers"])
INITIALS = re.compile(r"[A-Z][A-Z&]{1,7}")  # a body named by its initials ('KAIST')
# '여울시립관현악단의 새 음악감독인 핀란드 출신 지휘자 X': a body with 의, the post it gives (after an appointment's word),
# the copula's 인, an origin, then roles before the name: the person is of that body.
APPOSED_OWNED = re.compile(r"(?:^|\s)(?P<body>[가-힣A-Za-z0-9&]{2,20})의 " + QUALIFIER + r"(?P<post>[가-힣]{2,12})인 "
                           + ORIGIN_GLOSS + r"(?P<roles>(?:[가-힣]+ ){0,2})$")
TENURE = re.compile(r"(?:%s|\d+ ?(?:%s))" % (alternation(LEX["tenure_words"]), alternation(LEX["tenure_counters"])))
QUOTED_BODY = re.compile(r"(?:^|\s)[가-힣]{0,4}(?:%s) ['‘\"“](?P<name>[^'’\"”]{2,20})['’\"”] (?P<post>(?:[가-힣]+ ){1,2})$" % alternation(
    LEX["quoted_body_kinds"]))
TENURED = re.compile(r"(?:^|\s)(?P<body>(?:\S+ ){0,2})(?:(?P<post>[가-힣]{2,8}) %s|%s (?P<post2>[가-힣]{2,8})) $" % (
    (TENURE.pattern,) * 2))
BRANCH_AFTER = re.compile(r" (?P<branch>[가-힣]{1,6}?(?:%s))(?:[은는이가의을를에과와도]|에서)?(?![가-힣])" % alternation(
    LEX["branch_endings"]))
UNION_HEAD_POSTS = tuple(LEX["union_head_posts"])
UNION_ENDINGS = tuple(LEX["union_endings"])
PARENT_UNION_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<parent>[가-힣]{2,14}(?:%s)) $" % alternation(LEX["parent_union_endings"]))
STANDALONE_BODY_ENDINGS = tuple(LEX["standalone_body_endings"])  # '방위사업청장': heads its own body

BRANCH_OFFICE_ENDINGS = tuple(LEX["branch_office_endings"])  # '가람지사', '솔내지점': a branch of the body before it
LEGAL_FORM_PREFIXES = frozenset(LEX["legal_form_prefixes"])  # '도서출판 X', '재단법인 X': one body
HANGUL_WORD = re.compile(r"[가-힣]{2,12}")
COMPANY_OFFICER_POSTS = frozenset(LEX["company_officer_posts"])
STORY_FIRM_POSTS = frozenset(LEX["story_firm_posts"])
ENSEMBLE_POSTS = frozenset(LEX["ensemble_posts"])
ENSEMBLE_NAME_ENDINGS = tuple(LEX["ensemble_name_endings"])
FIRM_HEAD_POSTS = frozenset(LEX["firm_head_posts"])
FIRM_POINTED_BEFORE = re.compile(r"(?:^|(?<=\s))회사(?:를|의 [가-힣]+[을를]) $")  # '회사를 이끈', '회사의 성장을 이끈'
FIRM_WORKED_AT = re.compile(r"(?:^|(?<=\s))회사에서 (?:[가-힣]+[을를] )?$")  # '회사에서 개발을 총괄한'
FIRM_OF_POST = re.compile(r"(?:^|(?<=\s))회사의? (?:\S+ )?$")  # '회사 연구개발(R&D) 본부장인'
INDEFINITE_WORDS = frozenset(LEX["indefinite_words"])
RANK_GLOSS = re.compile(r" (?P<post>[가-힣]{2,12})\((?P<rank>[가-힣]{2,5})\)")  # ' 북미법인장(전무)': a post, its rank
ISSUED_IN_NAME = re.compile(r" (?P<post>[가-힣]{1,8}) 명의(?:의|로) (?:[가-힣]+ )?(?:%s)" % alternation(LEX["issued_papers"]))
ISSUER_TOPIC = re.compile(r"(?:(?:%s) )?(?P<body>[가-힣A-Za-z0-9&]{2,20})(?:%s) $" % (
    alternation(LEX["topic_openers"]), alternation(LEX["topic_particles"])))
BARE_FIRM_SUBJECT = re.compile(r"(?:^|(?<=[\s\"“]))회사(?:가|는|도|측은| 측은| 측이)\s")
AGE_DECADE = re.compile(r"[이삼사오육칠팔구]?십대")  # '이십대의 X': the age, written in words
LEAD_FIRM = re.compile(r"(?:[가-힣]+ ){0,2}(?P<kind>[가-힣]+) (?P<firm>[가-힣A-Za-z0-9&]{2,20})(?:이|가|은|는)\s")  # '석유화학 업체 X가 '
LIST_DOT = "·"
LISTED_BEFORE = re.compile(r"([가-힣]{2,4})%s$" % LIST_DOT)  # the item right before, however long the list
MEMBER_OF = re.compile(r"(?:^|\s)(?P<body>[가-힣A-Za-z0-9]{2,25}) (?:%s) (?P<between>(?:[가-힣]+ ){1,2})$" % alternation(LEX["membership_words"]))
BODY_BEFORE_LIST = re.compile(r"(?:^|[\s,])(?P<body>[가-힣A-Za-z0-9]{2,20}) (?:%s )?" % alternation(LEX["membership_words"]))
HELD_POST = re.compile(r"(?:^|\s)(?P<body>(?:[^\s'\"‘’“”]+ ){0,2})(?P<post>[가-힣]{1,8})[을를] (?:%s) $" % alternation(LEX["holding_clauses"]))
HEADING_MARKS = "".join(LEX["list_heading_marks"])
ITEM_MARKS = "".join(LEX["list_item_marks"])
LIST_HEADING = re.compile(r"^[%s] ?(?P<body>[^\s%s<>()]{2,25})$" % (re.escape(HEADING_MARKS), re.escape(ITEM_MARKS)))
ITEM_BEFORE = re.compile(r"[%s](?P<post>[^%s]{0,30}?) ?$" % (re.escape(ITEM_MARKS), re.escape(ITEM_MARKS)))
GATHERING_ENDINGS = tuple(LEX["gathering_endings"])
SIDE_BEFORE = re.compile(r"(?:^|\s)(?P<body>[가-힣A-Za-z0-9]{2,20})(?:%s) (?P<between>[^.,\"“”]{0,50})$" % alternation(LEX["side_particles"]))
GLOSSED_BEFORE = re.compile(r"(?:^|\s)(?P<name>[가-힣]{1,5})\([^()]{1,20}\), $")
DEPUTY_PREFIXES = tuple(LEX["deputy_prefixes"])
PARTY_IN_BRACKETS = re.compile(r"(?: [가-힣]{1,8}){0,2} ?\((?P<party>[가-힣]{2,15})[·,)]")
PARTY_BEFORE_TITLE = re.compile(r" (?P<party>[가-힣]{2,15}) (?:%s)" % alternation(LEX["partisan_titles"]))
TITLE_TABLES = load("ko", "titles")
LIST_POSTS = frozenset(w for table in LEX["list_post_tables"] for w in TITLE_TABLES[table])
PRACTICE_TITLES = frozenset(w for table in LEX["practice_title_tables"] for w in TITLE_TABLES[table])
DESCENT_ENDINGS = tuple(LEX["descent_endings"])
GRADE = re.compile(LEX["grade_pattern"])
HOME_COUNTRIES = frozenset(LEX["home_country_names"])
NAMELESS_KINDS = frozenset(LEX["nameless_kind_words"])
RESIDENT_NOUNS = frozenset(LEX["resident_nouns"])
AFTER_EVENT_NOUNS = frozenset(LEX["after_event_nouns"])
SIDE_PARTICLES = list(LEX["side_of_match_particles"])
GLUED_HEAD_GLOSS = re.compile(r"(?:^|(?<=\s))(?P<post>[가-힣]{3,15})인 $")  # '가람대병원장인 X 교수'
GLUED_APPOSITION = re.compile(r"(?:^|\s)(?P<word>[가-힣]{3,15})인 (?:[가-힣]+ )?$")  # '국회의장인 X 의장'
QUOTED_SPAN = re.compile(r'"[^"\n]*"|“[^”\n]*”')
LIST_JOIN = re.compile(r" (?P<words>[^\s,.\"“”()]+(?: [^\s,.\"“”()]+){0,2})(?:과|와|,| 및|,? 그리고) ")
LIST_REACH = 6  # names of one list
PREVIOUS_TOPIC = re.compile(r"\s*(?P<body>[가-힣A-Za-z0-9&·]{2,25}?)(?:은|는) ")
TAUGHT = re.compile(r"(?:을|를|에게서|에게|께|으로부터|로부터|의)(?:\s[^.]{0,20}?)?(?:%s)" % alternation(LEX["learning_verbs"]))
SPEAKING_BODY = re.compile(r"(?:^|(?<=[\s\"“(]))(?P<body>[가-힣A-Za-z0-9&]{2,20}?)(?:(?P<side> ?측)(?:은|는|이|도|에서는)|은|는|이|가)(?=\s)")
KINDS_BEFORE_MEMBER_TITLES = tuple(LEX["kinds_before_member_titles"])  # '지부 조합원 X씨': the branch named before
KIND_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(]))(?P<kind>%s) $" % alternation(list(COMMON_KINDS)))
ADVERBS = frozenset({"MAG", "MAJ"})  # '그러자', '반면': an adverb or a conjunction


def resolve(persons: list[Person], mentions: list[Mention], body: str, ctx: Context) -> None:
    """Fill or correct the organisations of the persons found, from the whole document."""
    names = {w for p in persons for w in p.name.split()} | {
        p.organization for p in persons if p.organization and " " not in p.organization + p.name and p.first_offset >= 0
        and body.startswith(f"{p.name} {p.organization}", p.first_offset) and person.has_foreign_syllable([p.name])
        and person.has_foreign_syllable([p.organization]) and p.organization not in person.ORG_WORDS
        and not person.body_word_after_name(p.organization)
        and not p.organization.endswith(person.ORG_ENDINGS)}
    # (a foreign given name alone, '마커스' of '마커스 벨린 전 의원': the word after it is its surname, no body)
    firsts = first_mentions(mentions)
    untitled = {p.name: not p.title and not p.organization for p in persons}
    in_names = {w for p in persons if " " in p.name for w in p.name.split()}  # '벨린' of '마커스 벨린'
    firms = frozenset(p.name for p in persons if untitled[p.name] and p.role != "reporter" and p.name not in in_names
                      and not person.is_korean_name(p.name.replace(" ", "")) and not has_given_name(p.name))
    heading = bodies_heading_names(persons, body)
    names -= heading
    firms |= heading
    for p in persons:
        if p.role == "reporter":
            continue
        starts = [m.start for m in mentions if m.person == p.name and m.kind == "full"] or [p.first_offset]
        if p.organization and " " in p.organization and TENURE.fullmatch(p.organization.split()[-1]):
            p.organization = p.organization.rsplit(" ", 1)[0]  # '가람당 3선 X 의원': the party; '3선' is a tenure
        if p.organization in LEGAL_FORMS or p.organization in person.COUNTING_NUMERALS:
            p.organization = None  # '재단법인 누리 X 이사장' read as '재단법인': the form alone names no body; nor does
            # a count ('멤버 두 명인 X와 Y' read as '두')
        if p.organization and any(quoted_only(p.organization, body, at) for at in starts):
            p.organization = None  # '"… 삭감과 증액의 되풀이뿐"이라고 국회의장인 X 의장은': a word of the quotation, no body
        party = next((found for found in (party_between(p, at, body) for at in starts) if found), None)
        if party and p.organization != party:
            p.organization = party  # '국회 교육위원회 소속 X 누리당 의원': the lawmaker's party, not the committee
        member_of = next((found for found in (body_of_members(p, at, body, names) for at in starts) if found), None)
        if member_of:
            p.organization = member_of  # '…학회 소속 신경과 전문의 X 씨': the body the person belongs to, not the unit after
        if p.organization and p.organization == person.headed_body(p.title) and p.organization.endswith(COMMITTEE_ENDINGS) \
                and not re.search(re.escape(p.organization), (ctx.title or "") + "\n" + body):
            p.organization = committee_parent(p, starts[0], body, ctx.title or "", names) or p.organization
        if p.organization and p.organization == person.headed_body(p.title) and p.title.endswith(UNION_HEAD_POSTS):
            p.organization = union_named(body, ctx.title or "", names)  # 'X 노조위원장': the union, not a '노조위원회'
        if p.organization and p.organization == person.headed_body(p.title) and deputised_post(p.title):
            p.organization = None  # '부지회장' read as the head of a '부지회': a deputy of a 지회, its body named elsewhere
        beside = names - {p.organization} if p.organization and any(
            body.startswith(f"{p.organization} {p.name}", at - len(p.organization) - 1) for at in starts) else names
        if p.organization and p.organization not in firms and any(not_a_body(p.organization, body, beside, at) for at in starts):
            p.organization = None  # ('한울화재 X 감독' keeps its body, though '한울화재 스톰윙스' was read as a name)
        elif p.organization and " " not in p.organization and any(
                body.startswith(f"{p.name} {p.organization} ", at) for at in starts):
            owner = next((o for o in (owner_before(p, at, body, names) for at in starts) if o), None)
            if owner:
                p.organization = owner  # '…센터의 마리아 페레스 활동가': the word after the name is the name's own
        elif p.organization and p.organization == person.headed_body(p.title) and p.organization.endswith(HEADED_UNIT_ENDINGS):
            owner = next((o for o in (owner_before(p, at, body, names, firms) or body_before(p, at, body, names, firms, unit_head=True)
                                      or previous_topic_body(p, at, body, names) for at in starts) if o), None)
            if owner:
                p.organization = owner  # '누리게임즈의 X 해외사업본부장', '가람자산운용 X 채권운용본부장': the firm; the unit is in the title
        elif p.organization and " " not in p.organization and p.organization.endswith(UNIT_ENDINGS):
            above = next((a for a in (body_above_unit(p, at, body, names) or listed_unit_body(p, at, persons, body)
                                      for at in starts) if a), None)
            if above:
                p.organization = f"{above} {p.organization}"  # '콜린대 약학대학원의 X 교수': the body, then its unit
    for p in persons:
        village = village_post(firsts.get(p.name, p.first_offset), body) if p.role != "reporter" and not p.organization else None
        if village:
            p.title, p.organization = p.title or village[0], village[1]  # '갈골리 이장 X(71)씨': the village's post
    for p in persons:
        local = local_body(p.title) if p.role != "reporter" else None
        if local and (not p.organization or p.organization in PROVINCES):
            p.organization = local  # 'X 경남 솔매군수', 'X 여울시의원': the county, the city's council (whatever is found as a name)
    for p in persons:
        if p.role != "reporter" and (not p.organization or p.organization[0] in ITEM_MARKS + HEADING_MARKS):
            listed = next((found for found in (appointment_list_body(m.start, body, names) for m in mentions
                                               if m.person == p.name and m.kind == "full") if found), None)
            if listed:
                heading, post, unit = listed
                p.organization = f"{heading} {unit}" if unit else heading  # '◇가람물산 … ▷자금팀장 X': the heading's body
                p.title = p.title or post
    for p in persons:
        if p.role == "reporter":
            if p.organization in (None, ctx.outlet):
                p.organization = owner_before(p, firsts.get(p.name, p.first_offset), body, names) or p.organization
            continue  # '미국 가람헤럴드의 X 특파원': a correspondent of the paper written before, not of this outlet
        at = firsts.get(p.name, p.first_offset)
        pointed = pointed_body(p, at, persons, mentions, body, ctx)
        if pointed is not None:
            p.organization = pointed or (None if p.organization in KINDS and points_to_nameless(at, body) else p.organization)
            if p.title:
                p.title = POINTER_IN_TITLE.sub("", p.title) or p.title  # '이 회사 엔지니어 X씨': the post is 엔지니어
            else:
                p.title = pointed_post(at, body)  # '이 공연장의 수석지휘자인 오스트리아 출신 X': the post in the apposition
            continue
        tenured = bool(p.organization) and any(TENURE.fullmatch(w) for w in p.organization.split())
        found = tenured_post(at, body, names, p.title) if tenured or not p.organization else None
        if found:
            p.title, p.organization = p.title or found[0], found[1]  # '라온대병원 외과 전공의 3년차 X씨'
        elif tenured:
            p.organization = None
        if not p.title and not p.organization:
            p.title, p.organization = held_post(at, body, names)  # '세입자 모임 대표를 맡은 X(56)씨': the post and its body
        if p.organization:
            continue
        p.organization = (appointed_body(p, at, body, names) or appointed_subject(p, at, body, names) or party_in_apposition(p, at, body, names)
                          or glued_apposed_body(p, at, body) or apposed_body(p, at, body, names, firms) or held_unit(p, at, body) or quoted_body(p, at, body) or serving_body(p, at, body, names) or headed_kind(p, at, body) or introduced_body(p, at, body, ctx.title or "", names)
                          or listed_after(p, at, persons, mentions, body) or dotted_list_body(p, at, persons, body, names)
                          or glossed_list_body(p, at, persons, body) or side_body(p, at, body, names)
                          or issuer_of_paper(p, at, body, names)
                          or in_full(owner_before(p, at, body, names, firms) or topic_owner(p, at, body, names, firms),
                                     body, ctx.title or "")
                          or body_before_title(p, at, body, names, firms)
                          or body_before(p, at, body, names, firms) or glossed_after(p, at, body, names) or headline_body(p, ctx.title or "", names, untitled)
                          or glued_head_body(p.title) or taught_at(p, at, body, names) or unit_post_before(p, at, body)
                          or previous_topic_body(p, at, body, names))
    for p in persons:
        if p.role != "reporter":
            p.organization = with_parent_body(p.organization, body, names)  # '한국농어촌공사 가람지사 X 가람지사장'
    for p in persons:
        if p.role != "reporter" and not p.organization:
            p.organization = firm_spoken_of_before(p, firsts.get(p.name, p.first_offset), persons, mentions, body,
                                                   ctx.title or "") \
                or firm_worked_at_before(p, firsts.get(p.name, p.first_offset), persons, mentions, body, ctx.title or "")
    firm = None
    for p in persons:
        if p.role != "reporter" and not p.organization and p.title and (p.title.split()[-1] in STORY_FIRM_POSTS or (
                p.title.split()[-1] in FIRM_HEAD_POSTS and firm_pointed_before(firsts.get(p.name, p.first_offset), body))):
            firm = firm if firm is not None else (lead_firm(body, names) or "")
            p.organization = firm or None  # '석유화학 업체 가람케미칼이 … X 부사장을 내정했다': the story's one firm
    ensemble = None
    for p in persons:
        if p.role != "reporter" and not p.organization and p.title and p.title.split()[-1] in ENSEMBLE_POSTS:
            ensemble = ensemble if ensemble is not None else (story_ensemble(body, ctx.title or "", names) or "")
            p.organization = ensemble or None  # '가람필하모닉은 … 상임지휘자 X의 지휘로': the story's one orchestra
    for p in persons:
        if p.role != "reporter" and not p.organization:
            later = sorted(m.start for m in mentions if m.person == p.name and m.kind == "full"
                           and m.start != firsts.get(p.name, p.first_offset))
            p.organization = next((o for o in (beside_name(p, at, body, names, firms, ctx.title or "") for at in later)
                                   if o), None)  # '탁 감독은 …. 한울화재 탁무진 감독은': the body written at a later mention
    for p in persons:
        if p.role != "reporter" and heads_own_body(p.title):
            p.organization = p.organization or p.title.split()[-1][:-1]  # '… 장관과 Y 경찰청장': the agency
            continue
        if p.role != "reporter" and (not p.organization or p.organization == person.headed_body(p.title)):
            at = firsts.get(p.name, p.first_offset)
            shared = shared_list_body(p, at, persons, mentions, body) or (
                listed_after(p, at, persons, mentions, body) if p.organization else None)  # '… 실장 X와 문화관광국장 Y'
            p.organization = shared or p.organization  # 'X 여울시 미래전략실장과 Y 문화관광국장': the city, for Y too
    members = [p for p in persons if not p.organization and p.role != "reporter" and p.title
               and p.title.split()[-1] in PARTY_MEMBER_TITLES]
    party = only_party(body, ctx.title or "", names) if members else None  # read only when someone may need it
    for p in members:
        if party and not left_a_party(firsts.get(p.name, p.first_offset), body):
            p.organization = party  # '누리미래당 당대표 선출을 위한 토론회 … 기호 2번 X 의원': the one party the article names
    kinds_named = [p for p in persons if p.role != "reporter" and p.organization and p.organization.split()[0] in COMMON_KINDS]
    for p in kinds_named:  # after the lists: '노조 측 X 사무처장과 Y 교섭위원' share the noun, then the body
        at = firsts.get(p.name, p.first_offset)
        p.organization = kind_named_before(p.organization, at, body, ctx.title or "", persons, names) or p.organization
    for p in persons:
        at = firsts.get(p.name, p.first_offset)
        kind = kind_word_before(at, body) if p.role != "reporter" and not p.organization and p.title else None
        if kind:
            p.organization = kind_named_before(kind, at, body, ctx.title or "", persons, names)  # '소속사 X 대표'
    for p in persons:
        at = firsts.get(p.name, p.first_offset)
        kind = kind_before_title(p.title, at, body) if p.role != "reporter" and not p.organization and p.title else None
        if kind:
            p.organization = kind_named_before(kind, at, body, ctx.title or "", persons, names)  # '지부 조합원 X씨'
    for p in persons:
        if p.organization and person_reference(p.organization):
            p.organization = None  # 'A씨 측 변호인인 X 변호사', '채씨의 변호인인 X': the client, a person, no body
    for p in persons:
        if p.role != "reporter" and p.organization and p.organization.split()[0] in AFTER_EVENT_NOUNS:
            p.organization = p.organization.partition(" ")[2] or None  # '경기 뒤 X 감독은': a time, no body
    for p in persons:
        if p.role != "reporter" and resident_of_places(p.title, p.organization):
            p.title, p.organization = p.title.split()[-1], None  # '솔매읍 주민 X씨': the title 주민, the home no body
        elif p.role != "reporter" and p.organization and p.organization not in COMMON_KINDS and (
                p.organization in person.FIRM_KINDS or p.organization in INTRODUCING_FIRM_KINDS):
            p.organization = None  # '가람읍의 중소기업을 경영하는 X 대표': a kind of firm with no name, no body
        elif p.role != "reporter" and not p.title and p.organization and all(is_place(w) for w in p.organization.split()) \
                and f"{p.organization}의 {p.name}" in body:
            p.organization = None  # '서울 마포구의 X(34)씨': where someone with no post lives, no body
    for p in persons:
        starts = [m.start for m in mentions if m.person == p.name and m.kind == "full"] or [p.first_offset]
        if p.role != "reporter" and country_of_practitioner(p, body, starts):
            p.organization = None  # '프랑스 감독 X', '외국인 주포 X(이탈리아)': where the person is from, no body
    for p in persons:
        if p.role != "reporter" and military_duty(p.title, p.organization):
            p.title, p.organization = f"{p.organization} {p.title}", None  # '통신병 X 상병': the duty and rank, no body
    for p in persons:
        if p.role != "reporter" and p.organization and (p.organization == p.title or modifier_read_as_body(p.organization, body)):
            p.organization = None  # '선원 X(29)씨' read as the body 선원; '구조된 등산객 X' read as the body 구조된
    for p in persons:
        if p.role != "reporter" and p.organization and " " in p.organization:
            p.organization = without_leading_modifier(p.organization, body)  # '참석한 누리중공업 법인' → '누리중공업 법인'
    for p in persons:
        if p.role != "reporter" and own_name_as_body(p.name, p.organization):
            p.organization = None  # '… 마르타 솔레르 차관' read with '솔레르' as the body: a word of the name, no body
    for p in persons:
        if p.role != "reporter" and p.organization:
            starts = [m.start for m in mentions if m.person == p.name and m.kind == "full"] or [p.first_offset]
            p.organization = committee_with_owner(p.organization, starts[0], body) or p.organization
    for p in persons:
        if p.role != "reporter":
            p.organization = with_legal_form(without_openers(p.organization), body)


def signed_clubs(persons: list[Person], mentions: list[Mention], body: str) -> None:
    """Last, for players no resolver gave a body: the club the article has them sign with or join, or announce as its
    starter (after the resolvers, which give a club in full)."""
    names = {w for p in persons for w in p.name.split()}
    firsts = first_mentions(mentions)
    for p in persons:
        if p.role == "reporter" or p.organization or not p.title or p.title.split()[-1] not in person.PLAYER_ROLES:
            continue
        at = firsts.get(p.name, p.first_offset)
        signings = (signed_with(p, m.start, body, names) for m in mentions if m.person == p.name) \
            if p.title.split()[-1] in person.CLUB_ROLES else iter(())
        p.organization = next((c for c in signings if c), None) or announced_starter(p, at, body, names)


def signed_with(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'외국인 투수 X도 올겨울 가람과 계약했다', 'X는 누리에 입단했다': the club a player signs with, moves to or joins in
    a sentence naming the player (after the name), when the club is one body word and no person."""
    if at < 0:
        return None
    _, end = sentence_bounds(body, at)
    m = SIGNING.search(body, at + len(p.name), end)
    club = next((v for v in m.groupdict().values() if v), None) if m else None
    if not club or club in names or person.title_like(club) or person.is_korean_name(club) or club in person.COUNTRY_NAMES:
        return None
    return club if morph.reading(body, m.start(), m.start() + len(club)) in ("proper", "nouns") or not HANGUL.match(club) else None


def announced_starter(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'가람은 좌완 X를, 누리는 우완 Y를 3차전 선발로 예고': the side written as the topic right before a player (and the
    player's hand or position) whom the sentence announces as a starter."""
    if at < 0:
        return None
    start, end = sentence_bounds(body, at)
    if not any(a in body[at:end] for a in STARTER_ANNOUNCEMENTS) or body[at + len(p.name):at + len(p.name) + 1] not in ("을", "를"):
        return None
    m = re.search(r"(?:^|[\s,])(?P<club>[가-힣A-Za-z]{2,10})(?:은|는) (?:%s )?$" % re.escape(p.title or "-"), body[start:at])
    club = m.group("club") if m else None
    if not club or club in names or person.title_like(club) or club in person.COUNTRY_NAMES:
        return None
    return club


def own_name_as_body(name: str, org: str | None) -> bool:
    """Is the organisation a word of the person's own (spaced, foreign) name? A given name or surname read apart from
    the rest of the name ('파블로 루이스 감독' giving '파블로' as the body of '루이스') names no body."""
    return bool(org) and " " in name and org in name.split()


def modifier_read_as_body(org: str, body: str) -> bool:
    """'구조된 등산객 X씨' read as the body 구조된: one word that, wherever the body writes it before a space, Kiwi reads
    as a verb's modifier form ('구조된', '숨진'); a body's name is a noun."""
    if " " in org or not HANGUL.match(org):
        return False
    ats = [m.start() for m in re.finditer(re.escape(org) + r"(?= )", body)]
    return bool(ats) and all(morph.ends_modifier(body, at, at + len(org)) for at in ats)


VERB_MAKING_TAGS = frozenset({"VV", "VA", "VX", "XSV", "XSA"})


def without_leading_modifier(org: str, body: str) -> str:
    """'간담회에 참석한 누리중공업 바르샤바 법인의 X 법인장' read with the body '참석한 누리중공업 바르샤바 법인': a first
    word that Kiwi reads, wherever the body writes the organisation, as a verb's modifier form ('참석한': 참석/NNG 하/XSV
    ᆫ/ETM, '준우승한') belongs to the clause describing the person; a body's name opens with a noun."""
    first, rest = org.split(" ", 1)
    if not HANGUL.match(first) or not first.endswith(person.MODIFIER_ENDINGS):
        return org
    ats = [m.start() for m in re.finditer(re.escape(org), body)]
    for at in ats:
        ms = morph.analysed(body).within(at, at + len(first))
        if not (ms and ms[-1].tag == "ETM" and ms[0].tag != "NNP" and any(m.tag in VERB_MAKING_TAGS for m in ms)):
            return org
    return rest if ats else org


def military_duty(title: str | None, org: str | None) -> bool:
    """'작전장교 X 대위' read as the body 작전장교: one word ending like a soldier's duty, before a service rank alone."""
    return bool(title and org) and title in person.SERVICE_RANKS and " " not in org and len(org) > 2 \
        and org.endswith(person.MILITARY_DUTY_ENDINGS)


def without_openers(org: str | None) -> str | None:
    """'반면 경로당' → '경로당', '2022년', '이십대', '찬성' → None: a connective opening the sentence, a date, an age or
    the side of a vote is no word of a body; nor is a kind of body said of it with the copula ('협력사인 누리테크')."""
    words = (org or "").split()
    while words and words[0] in TOPIC_OPENERS:
        words.pop(0)
    if len(words) > 1 and kind_in_apposition(words[0]):
        words.pop(0)  # '시행사인 누리개발의 X 대표': the kind of firm the body is, said with the copula, no word of it
    if len(words) == 1 and (person._DATE_WORD.match(words[0]) or AGE_DECADE.fullmatch(words[0])
                            or words[0] in STANCE_WORDS):
        return None
    return " ".join(words) or None


def kind_in_apposition(word: str) -> bool:
    """A kind of firm or body with the copula's modifier ending ('시행사인', '협력사인', '운영사인', '단체인')."""
    kind = word[:-1]
    return word.endswith("인") and len(kind) >= 2 and (person.is_firm_kind(kind) or kind in KINDS) \
        and not kind.endswith("법")


def with_legal_form(org: str | None, body: str) -> str | None:
    """'도서출판 솔잎마루 …의 X 대표': a body the article writes after one legal form ('도서출판', '재단법인') is named with it."""
    if not org or " " in org:
        return org
    # the plain substring test first: a pattern built per form and body overflows re's cache and is compiled anew
    forms = {f for f in LEGAL_FORM_PREFIXES if f"{f} {org}" in body
             and re.search(r"(?:^|[^가-힣])%s %s(?![가-힣]{3})" % (re.escape(f), re.escape(org)), body)}
    return f"{forms.pop()} {org}" if len(forms) == 1 else org


def national_team_roles() -> frozenset[str]:
    """Players' roles (person.toml), after which a country is the national team ('브라질 수비수 X')."""
    return frozenset(person.LEX["player_roles"])


def country_of_practitioner(p: Person, body: str, starts: list[int]) -> bool:
    """A country taken as the body of an occupation practised anywhere ('프랑스 감독 X', '일본 프로듀서 X'): where the
    person is from, unless the article sets the country against another as a side ('파라과이와의 평가전 … 파라과이
    공격수 X': its national team). A descent ('한국계 배우 X') or a country glossed after the name ('X(이탈리아)') is
    never a side, and is where the person is from when the article gives no post at all ('X(미국)와 동타를 이룬',
    '케냐의 X').
    A state's post ('총리', '장관', '대변인') keeps its country."""
    org, title = p.organization, p.title
    if not org:
        return False
    if not title:
        return (org in person.COUNTRY_NAMES or org in HOME_COUNTRIES) and (
            glossed_after_name(org, p, body, starts) or owning_country(org, p, body, starts))
    post = title.split()[-1]
    if GRADE.fullmatch(post):
        return org in person.COUNTRY_NAMES or org in HOME_COUNTRIES
    if not (post in PRACTICE_TITLES or person.is_person_noun(post)):
        return False
    if any(org.endswith(DESCENT_ENDINGS) and org[:-1] in c for c in (person.COUNTRY_NAMES, HOME_COUNTRIES)):
        return True
    if org not in person.COUNTRY_NAMES and org not in HOME_COUNTRIES:
        return False
    if glossed_after_name(org, p, body, starts):
        return True
    if post in national_team_roles():
        return False  # '브라질 수비수 X': a player's role after a country, the national team
    return re.search(r"(?<![가-힣])%s(?:%s)(?=\s|$)" % (re.escape(org), alternation(SIDE_PARTICLES)), body) is None


def owning_country(org: str, p: Person, body: str, starts: list[int]) -> bool:
    """'케냐의 X(29)가 정상에 올랐다': a country with 의 right before a name with no post is where the person is from."""
    return any(at >= len(org) + 2 and body.startswith(f"{org}의 ", at - len(org) - 2) for at in starts)


def glossed_after_name(org: str, p: Person, body: str, starts: list[int]) -> bool:
    """'X(이탈리아)', 'X(24·브라질)': the body written in the bracket right after the person's name."""
    return any(re.match(r"\(\s*(?:\d+[·,]\s*)?%s\s*[)·,]" % re.escape(org), body[at + len(p.name):]) for at in starts if at >= 0)


def resident_of_places(title: str | None, org: str | None) -> bool:
    """A resident's noun with only places before it, in the title or taken as the body ('가람시 새터동 상인', '통영
    어민' with 통영)."""
    words = (title or "").split()
    if not words or words[-1] not in RESIDENT_NOUNS:
        return False
    places = words[:-1] + (org or "").split()
    return bool(places) and all(is_place(w) for w in places)


def is_place(word: str) -> bool:
    """A town, a district, a village or a province by its name or its last syllable ('통영', '새터동', '갈골마을')."""
    return word in person.LOCALITIES or word in PROVINCES or (
        len(word) >= 2 and HANGUL.match(word) is not None and word.endswith(PLACE_GLOSS_ENDINGS + PLACE_UNIT_ENDINGS))


def quoted_only(org: str, body: str, at: int) -> bool:
    """Is the body found for a name written before it in its paragraph only inside quotation marks (a word of what
    someone said: '"… 삭감과 증액의 되풀이뿐"이라고 국회의장인 X 의장은')?"""
    if at < 0:
        return False
    before = body[body.rfind("\n", 0, at) + 1:at]
    return org in before and org not in QUOTED_SPAN.sub(" ", before)


def glued_apposed_body(p: Person, at: int, body: str) -> str | None:
    """'국회의장인 X 의장', '시의회의장인 X 의장': an apposition of the person's own post glued to its body's name
    (a name with a body's ending), the body; not a committee's word ('집행위원장인 X 위원장': 집행 names no body)."""
    if at < 0 or not p.title:
        return None
    start, _ = sentence_bounds(body, at)
    m = GLUED_APPOSITION.search(body[start:at])
    post = p.title.split()[-1]
    if m is None or not m.group("word").endswith(post):
        return None
    rest = m.group("word")[:-len(post)]
    return rest if len(rest) >= 2 and rest.endswith(NOT_FIRM_NAME_ENDINGS) and not rest.endswith(DEPUTY_PREFIXES) else None


def beside_name(p: Person, at: int, body: str, names: set[str], firms: frozenset[str], title: str) -> str | None:
    """The body written right beside one mention of the name (before it, as its apposition, or as the sentence's topic)."""
    return (party_in_apposition(p, at, body, names) or glued_apposed_body(p, at, body) or apposed_body(p, at, body, names, firms)
            or in_full(owner_before(p, at, body, names, firms) or topic_owner(p, at, body, names, firms), body, title)
            or body_before_title(p, at, body, names, firms) or body_before(p, at, body, names, firms))


def short_form(short: str, full: str) -> bool:
    """'물너울영화제' of '물너울국제영화제': the same body's name with words left out (same opening, letters in order)."""
    letters = iter(full)
    return short[:2] == full[:2] and all(c in letters for c in short)


def committee_with_owner(org: str, at: int, body: str) -> str | None:
    """'…스 재단 선정위원회의 X 위원장', '…문화재단 심사위원회 X 위원장': a committee written as one word right before the
    name, after the body it is part of, is given with that body (a name and its spaced kind, or one word with a
    body's ending). None when nothing of the kind stands before it."""
    if at <= 0 or " " in org or not org.endswith(COMMITTEE_ENDINGS):
        return None
    start, _ = sentence_bounds(body, at)
    words = [(m.group(), m.start() + start, m.end() + start) for m in re.finditer(r"\S+", body[start:at])]
    if not words or words[-1][0] not in (org, org + GENITIVE):
        return None
    before = words[:-1]
    if not before or not before[-1][0].endswith(COMMITTEE_OWNER_ENDINGS) or strip_particle(before[-1][0])[1]:
        return None
    owner = before[-1][0]
    if owner in COMMITTEE_OWNER_ENDINGS:  # the kind spaced after its name: '…스 재단', never '팀을 이끈 협회'
        if len(before) < 2 or not re.fullmatch(r"[가-힣A-Za-z]{2,12}", before[-2][0]) \
                or morph.reading(body, before[-2][1], before[-2][2]) != "proper":
            return None
        owner = f"{before[-2][0]} {owner}"
    return f"{owner} {org}"


def one_body(found: set[str]) -> str | None:
    """The one body among the names found, its short forms counted as the same body, and so the tail of its name
    ('독립영화제' of '가람독립영화제': the kind of body, said of the one named)."""
    if not found:
        return None
    full = max(found, key=len)
    return full if all(w == full or short_form(w, full) or full.endswith(w) for w in found) else None


def union_named(body: str, title: str, names: set[str]) -> str | None:
    """The one union the article names in one word ('여울운수노동조합', '가람공사노조'), in its headline or text."""
    return one_body({w for text in (title, body) for w in kind_words(text, len(text), UNION_ENDINGS, names)})


def body_of_members(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'한국수면연구학회 소속 신경과 전문의 X 씨': a body before 소속, then only a unit and a post right before the name:
    the person rules took the unit (a field, a department) for the body, or none; the body of membership is the one named."""
    if at < 0 or (p.organization and (" " in p.organization or not p.organization.endswith(UNIT_ENDINGS))):
        return None
    start, _ = sentence_bounds(body, at)
    m = MEMBER_OF.search(body[start:at])
    between = m.group("between").split() if m else []
    if m is None or (p.organization and p.organization not in between) or not all(
            w.endswith(UNIT_ENDINGS) or person.title_like(w) for w in between):
        return None
    word = m.group("body")
    if word.endswith(UNIT_ENDINGS) or not body_word(body, start + m.start("body"), word, names, titled=True):
        return None  # '정치외교학과 소속 X 교수': a unit above the unit names no more
    return word


def local_body(title: str | None) -> str | None:
    """'솔매군수' → 솔매군, '가람시장' → 가람시, '여울시의원' → 여울시의회: the locality a local post glued to its name heads
    or sits for (a name of two syllables or more before the post; never a deputy's '정무부시장')."""
    word = title.split()[-1] if title else ""
    for post, unit in sorted(LOCAL_POSTS.items(), key=lambda kv: -len(kv[0])):
        place = word[:-len(post)]
        if word.endswith(post) and len(place) >= 2 and HANGUL.match(word) and not place.endswith(DEPUTY_PREFIXES) \
                and not place.startswith(NOT_LOCALITY_PREFIXES):
            return place + unit
    return None


def committee_parent(p: Person, at: int, body: str, title: str, names: set[str]) -> str | None:
    """'영화제 집행위원장인 X 씨', '집행위원장 X는', 'KLPGA 투어 X 경기위원장': the head of a committee the article never
    names is of the body the committee belongs to: one with Latin letters written right before the name, else the one
    festival (영화제, 축제 …) the article names, of the kind written before the post when one is."""
    if at < 0:
        return None
    start, _ = sentence_bounds(body, at)
    before = body[start:at].split()[-2:]
    latin = [w for w in before if re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", w)]
    if latin:
        return latin[0]  # 'KLPGA 투어 X 경기위원장': the body's initials before the name
    written = re.search(r"(?:^|[^가-힣])(%s) (?:[가-힣]+ )?$" % alternation(list(COMMITTEE_PARENT_KINDS)), body[start:at])
    kinds = (written.group(1),) if written else COMMITTEE_PARENT_KINDS
    found = {w for text, end in ((title, len(title)), (body, len(body))) for w in kind_words(text, end, kinds, names)}
    return one_body(found)  # '물너울국제영화제 … 물너울영화제': one festival


def bodies_heading_names(persons: list[Person], body: str) -> frozenset[str]:
    """'운영사 누리웨이브 대표 구하준(47)씨': a word found as a titled person with no Korean name's shape, written right
    before the same title and another person's name, is that person's body (the title is the other's)."""
    found = set()
    others = [q.name for q in persons if q.role != "reporter"]
    for q in persons:
        if not q.title or " " in q.name or q.role == "reporter" or person.is_korean_name(q.name) or q.organization:
            continue
        then = [re.escape(n) for n in others if n != q.name]
        if then and re.search(r"(?<![가-힣])%s %s (?:%s)" % (re.escape(q.name), re.escape(q.title), "|".join(then)), body):
            found.add(q.name)
    return frozenset(found)


def body_before_title(p: Person, at: int, body: str, names: set[str], firms: frozenset[str]) -> str | None:
    """'누리웨이브 대표 구하준(47)씨', '솔매사 주지 청오 스님': a body with a body's ending (or a firm found as a person)
    written right before words of the person's own title and the name; with a standing or a word saying which of the
    body's holders between ('가람물산 전 대표 X', '가람호크스 외국인 투수 X', '가람물산 신임 대표 X'), any body's word
    (a place, a field or a kind takes no standing: '요가 강사 X', never '요가 전 강사 X'); a body's initials ('KAIST
    박사과정 X'), not a field's before a noun of a person ('AI 전문가 X')."""
    if at < 0 or not p.title:
        return None
    start, _ = sentence_bounds(body, at)
    for count in (1, 2):
        m = re.search(r"(?:^|\s)(?P<body>\S+) (?P<standing>%s)(?P<qualifier>%s)(?P<post>(?:\S+ ){%d})%s$" % (
            STANDING, QUALIFIER, count, STANDING), body[start:at])
        if m is None or not all(w in p.title.split() for w in m.group("post").split()):
            continue
        word = m.group("body")
        if word in p.title.split():
            continue  # '영업담당 임원 X': a word of the person's own title ('영업담당', the portfolio), no body
        if person.is_contract_status(word):
            continue  # '자유계약선수(FA) 내야수 X': the player's status on the market, no body
        ends = word.endswith(person.BODY_ENDINGS + person.LONG_ORG_ENDINGS + person.FIRM_ENDINGS) or (
            INITIALS.fullmatch(word) is not None and not m.group("post").split()[-1].endswith(PERSON_NOUN_ENDINGS))
        qualified = bool(m.group("qualifier")) and (not HANGUL.match(word) or word.endswith(
            person.LONG_ORG_ENDINGS + person.FIRM_ENDINGS) or morph.reading(
            body, start + m.start("body"), start + m.end("body")) == "proper")  # not '프로야구 신인 투수 X': a sport
        if m.group("qualifier") and not qualified:
            continue
        if word in firms or ((ends or m.group("standing") or qualified) and word not in person.LOCALITIES
                             and body_word(body, start + m.start("body"), word, names, titled=True)):
            return word  # not '뉴욕 시민 X', '하청업체 직원 X', '요가 강사 X': a place, a kind, a field
    return None


def deputised_post(title: str | None) -> str | None:
    """'부지회장' → 지회장, '부위원장' → 위원장: the post a deputy's title deputises (a post alone after the prefix)."""
    post = title.split()[-1] if title else ""
    for prefix in DEPUTY_PREFIXES:
        rest = post[len(prefix):]
        if post.startswith(prefix) and (rest in HEADS or rest in person.TITLES):
            return rest
    return None


def first_mentions(mentions: Iterable[Mention]) -> dict[str, int]:
    """Where each person is first named in full."""
    firsts: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind == "full" and m.person:
            firsts.setdefault(m.person, m.start)
    return firsts


PERSON_REFERENCE = re.compile(r"(?P<who>[A-Z]|[가-힣]{1,2}) ?씨")  # 'A씨', '채씨', '남궁씨': a person, a client or a kin


def person_reference(org: str) -> bool:
    """'A씨', '채씨': an anonymised person or a surname with 씨, as a lawyer's client is written; never '엔씨'."""
    m = PERSON_REFERENCE.fullmatch(org)
    return m is not None and (m.group("who").isascii() or m.group("who") in person.SURNAMES)
CLAUSE_ENDING_TAGS = ("EC", "EF")
TENSE_OR_VERB_MAKER_TAGS = ("EP", "XSA", "XSV")
LONGEST_POST_BEFORE_NAME = 16  # characters of the post words between a body and the name ('아포짓 스파이커 ')


def not_a_body(org: str, body: str, names: set[str], at: int) -> bool:
    """A word taken for a body that is none: a word of a person's name ('페레스' of '마리아 페레스'), a verb's form
    right before the name ('팀을 이끈 X 감독', '그러자 X 의원이'), a nationality ('일본인 멤버 X'), a quantifier or a
    determiner ('나머지 멤버 X', '일부 위원 X'), a duty ('X 영장전담 부장판사'), a tenure ('4선의 X 의원')."""
    if org in names or org in DETERMINERS or (org.endswith(DUTY_ENDINGS) and HANGUL.match(org) and " " not in org) \
            or TENURE.fullmatch(org):
        return True  # '4선의 X 의원', '초선 X 의원': how long or how often, no body
    if " " in org or not HANGUL.match(org):
        return False
    if person_noun(org) and not named_after_kind(org, body):
        return True
    if org.endswith(NATIONALITY) and org[:-1] in person.COUNTRY_NAMES:
        return True
    where = at - len(org) - 1
    if where < 0 or body[where:at] != org + " ":
        return clause_end_before_post(org, body, at)
    end = where + len(org)
    ms = morph.morphs_in(body, where, end)
    return (bool(morph.predicate_words(body, where, end)) and not morph.coined_of_words(body, where, end)
            and not ends_in_compound_noun(ms, end)) \
        or (bool(ms) and all(m.tag in ADVERBS for m in ms))


NOUN_TAGS = ("NNG", "NNP")


def ends_in_compound_noun(ms: list[morph.Morph], end: int) -> bool:
    """'한들농민회' (하/VV ᆫ들/EC 농민회/NNG): one word ending in a noun of two syllables or more after what Kiwi reads
    as a verb's form, glued as Korean never glues a clause to a noun, is a name coined of words (a body's), not a verb's
    form before the name; a verb's form ends in an ending ('이끈', '그러자')."""
    return len(ms) >= 3 and ms[-1].end == end and ms[-1].tag in NOUN_TAGS and len(ms[-1].form) >= 2


@lru_cache(maxsize=1)
def kind_before_name() -> re.Pattern:
    """A kind of firm written right before a word ('출판사 X', '스타트업 X'): Korean names a body so, its kind first.
    (Built on first use: person.py, which lists kinds too, imports this module.)"""
    kinds = person.FIRM_KINDS | FIRM_KINDS | INTRODUCING_FIRM_KINDS
    return re.compile(r"(?:%s) $" % alternation(sorted(kinds, key=len, reverse=True)))  # a compound too: '유통업체 X'


def named_after_kind(word: str, body: str) -> bool:
    """Does the article write the word right after a kind of firm ('출판사 솔빛서가의'), so naming a firm whatever it
    ends with ('…서가' ends as '작가' does)? An occupation the tables list ('작가', '투자자') never names one."""
    if person.is_person_noun(word) or word in EPITHETS:
        return False
    return any(kind_before_name().search(body, 0, m.start()) for m in re.finditer(
        r"(?<![가-힣])%s(?![가-힣]{2})" % re.escape(word), body))


def clause_end_before_post(org: str, body: str, at: int) -> bool:
    """'관중석은 조용했고 주장 X', '… 앞섰지만 주장 X': the word before the post words ending a clause, no body. Only a
    clear one: a connective or final ending after a tense or a verb-making suffix (했고), or an ending of two syllables
    or more (앞서지만); a school's '고' Kiwi may read as an ending ('너울고 교사 X') is no clause."""
    where = body.rfind(org + " ", max(0, at - len(org) - 1 - LONGEST_POST_BEFORE_NAME), at)
    if where < 0 or (where and not body[where - 1].isspace()) or len(body[where + len(org):at].split()) > 2:
        return False
    ms = morph.morphs_in(body, where, where + len(org))
    if not ms or ms[-1].tag not in CLAUSE_ENDING_TAGS:
        return False
    return ms[-1].end - ms[-1].start > 1 or any(m.tag in TENSE_OR_VERB_MAKER_TAGS for m in ms[:-1])


def pointed_body(p: Person, at: int, persons: list[Person], mentions: list[Mention], body: str, ctx: Context) -> str | None:
    """'같은 회사 한국지사의 X 이사', '이 회사 X 전무', '이 단체의 X 국장', '동사 X 상무': the body of that kind named before, with the unit
    written after the kind. None when no such word points back right before the name; '' when one does but nothing of
    its kind comes before (the unit alone, if any, is then the body)."""
    if at < 0:
        return None
    start, _ = sentence_bounds(body, at)
    m = POINTER.search(body[max(start, at - 50):at])
    if m is None:
        return None
    kind = m.group("kind") or GLUED_ANAPHORIC_KINDS[m.group("glued")]
    units = unit_words(m.group("rest"))
    pointed_at = at - len(m.group(0)) + m.start(0)
    if kind in UNIT_KINDS and not units and (unit := unit_named_before(pointed_at, persons, mentions)):
        return unit  # '국립여울박물관 미술부 X 학예연구관은 …. 같은 과 Y 학예연구사는': X's department, in full
    antecedent = antecedent_of(kind, pointed_at, persons, mentions, body, ctx.title or "")
    if antecedent is None:
        return " ".join(units)
    return " ".join([antecedent, *units])


def unit_named_before(before: int, persons: list[Person], mentions: list[Mention]) -> str | None:
    """'같은 과', '같은 팀': a unit inside a body points back to the unit of the person named last before it, whose
    organisation ends with a unit's word ('한빛대병원 소화기내과'): that organisation in full, the body it is in kept.
    Writers name the unit loosely ('미술부 …. 같은 과'), so any unit's word will do. None when the last person named
    with an organisation has no unit."""
    orgs = {q.name: q.organization for q in persons if q.organization and q.role != "reporter"}
    last = max((m for m in mentions if m.person in orgs and m.start < before and m.kind != "pronoun"),
               key=lambda m: m.start, default=None)
    if last is None or not orgs[last.person].split()[-1].endswith(UNIT_ENDINGS):
        return None
    return orgs[last.person]


def pointed_post(at: int, body: str) -> str | None:
    """'이 공연장의 수석지휘자인 오스트리아 출신 X', '이 회사 대표인 X': the post of an apposition after the pointing words."""
    start, _ = sentence_bounds(body, at)
    m = POINTER.search(body[max(start, at - 50):at])
    posts = [w[:-1] for w in (m.group("rest").split() if m else []) if w.endswith(COPULA_MODIFIER) and person.title_like(w[:-1])]
    return posts[0] if posts else None


def points_to_nameless(at: int, body: str) -> bool:
    """'한 중견 기업이 만들었다. 이 회사 대표인 X': a word pointing back, right before the name, to a body of its kind
    named with no name."""
    start, _ = sentence_bounds(body, at)
    m = POINTER.search(body[max(start, at - 50):at])
    if m is None:
        return False
    kind = m.group("kind") or GLUED_ANAPHORIC_KINDS[m.group("glued")]
    return nameless_kind_at(kind, at - len(m.group(0)) + m.start(0), body) >= 0


def kind_named_before(org: str, at: int, body: str, title: str, persons: list[Person], names: set[str]) -> str | None:
    """'노조 측 X 사무처장', '회사의 X 대표', '학회 강원지부 X': the common noun of a kind standing alone before the name
    is the one body of that kind the article names before (headline and body; a firm, with no ending of its own, in
    the body only: a headline's proper nouns are many), with the unit written after it. None
    when the kind is not so written before the name, or the article names two bodies of the kind, or none."""
    kind, *units = org.split()
    if at < 0:
        return None
    start, _ = sentence_bounds(body, at)
    if not re.search(r"(?:^|[^가-힣])%s(?: ?측| ?의)? " % re.escape(kind), body[start:at]):
        return None  # '금속노조 X 위원장': the kind glued to a name is that name's
    introduced = introduced_by_kind(kind, body, at, names)
    if len(introduced) == 1:
        return " ".join([introduced.pop(), *units])  # '소속사 솔가람엔터는 …. 소속사 X 대표': the body so introduced
    endings = COMMON_KINDS[kind]
    found = {w for w, _ in firm_words(body, at, names)} if not endings else {
        w for text, end in ((title, len(title)), (body, at)) for w in kind_words(text, end, endings, names)}
    if endings and not found:
        found = spaced_kind_bodies(kind, body, at, names)  # '한빛물산 노조는 …. 노조 측 X': the firm's union
    for q in persons:
        head = q.organization.split()[0] if q.organization and q.role != "reporter" else ""
        if head and head not in COMMON_KINDS and (head.endswith(endings) if endings else is_firm_name(head, names)) \
                and 0 <= q.first_offset < at:
            found.add(head)
    return " ".join([found.pop(), *units]) if len(found) == 1 else None


def kind_word_before(at: int, body: str) -> str | None:
    """'소속사 X 대표', '구단 X 단장': a kind's common noun written alone right before the name, as a body's would be."""
    m = KIND_WORD_BEFORE.search(body, max(0, at - 12), at) if at > 0 else None
    return m.group("kind") if m else None


def kind_before_title(title: str, at: int, body: str) -> str | None:
    """'지부 조합원 X씨', '노조 대의원 X씨': a union's or branch's common noun written alone before the person's title,
    before the name: the member's body, as the kind right before a name is ('구단 X 단장')."""
    window = body[max(0, at - len(title) - 14):at]
    if at <= 0 or not may_end_with(window, tuple(f"{kind} {title} " for kind in KINDS_BEFORE_MEMBER_TITLES)):
        return None  # the plain test first: the pattern is built per title
    m = re.search(r"(?:^|(?<=[\s\"“(]))(?P<kind>%s) %s $" % (alternation(list(KINDS_BEFORE_MEMBER_TITLES)), re.escape(title)),
                  window)
    return m.group("kind") if m else None


def introduced_by_kind(kind: str, body: str, end: int, names: set[str]) -> set[str]:
    """'소속사 솔가람엔터는', '구단 가람팰컨스가', '시공사 누리건설은': the names body[:end] introduces right after the
    kind's common noun, as a new body is put in apposition to its kind; the noun alone later points back to it."""
    found = set()
    for m in re.finditer(r"(?:^|(?<=[\s\"“(]))%s (?P<name>[가-힣A-Za-z0-9&]{2,25})(?=[\s,.]|$)" % re.escape(kind), body[:end]):
        word, _ = strip_particle(m.group("name"))
        if word != m.group("name") and word not in names and is_firm_name(word, names) \
                and not person.title_like(word) and m.end() < end - 1:
            found.add(word)
    return found


def spaced_kind_bodies(kind: str, body: str, end: int, names: set[str]) -> set[str]:
    """'한빛물산 노조', '가람시 공무원노조': a body's name, then the kind's word spaced, in body[:end] (the body of
    that kind, named by whose it is)."""
    found = set()
    for m in re.finditer(r"(?<![가-힣])(?P<owner>[가-힣A-Za-z0-9&]{2,20}) %s(?=[은는이가의을를와과도에]|\s|측)" % re.escape(kind),
                         body[:end]):
        owner = m.group("owner")
        if owner not in names and owner not in COMMON_KINDS and owner not in KINDS and not person.title_like(owner) \
                and not person.is_korean_name(owner) and owner not in person.LOCALITIES and (len(owner) >= 3 or not HANGUL.match(owner)) \
                and morph.reading(body, m.start("owner"), m.end("owner")) in ("proper", "nouns"):
            found.add(f"{owner} {kind}")
    return found


def kind_words(text: str, end: int, endings: tuple[str, ...], names: set[str]) -> set[str]:
    """Names of text[:end] ending with a kind's word: a named body (body_words), or a compound of two syllables or more
    before an ending of two or more ('한국별보기학회', '여울운수노동조합'), whatever Kiwi makes of the invented part."""
    found = {w for w, _ in body_words(text, 0, end, endings)}
    for m in WORD.finditer(text, 0, end):
        word, _ = strip_particle(m.group())
        ending = max((e for e in endings if word.endswith(e)), key=len, default="")
        if len(ending) >= 2 and len(word) - len(ending) >= 2 and HANGUL.match(word) and word not in names \
                and word not in KINDS and word not in COMMON_KINDS and not person.title_like(word):
            found.add(word)
    return found


def firm_words(text: str, end: int, names: set[str]) -> list[tuple[str, int]]:
    """Proper nouns of text[:end] that may name a firm: no person's name, no place, no public body, no body of a kind
    with its own ending ('경기남부경찰청', '화성시', '소방재난본부')."""
    out = []
    for m in WORD.finditer(text, 0, end):
        word, _ = strip_particle(m.group())
        if is_firm_name(word, names) and morph.reading(text, m.start(), m.start() + len(word)) == "proper":
            out.append((word, m.start()))
    return out


def is_firm_name(word: str, names: set[str]) -> bool:
    return len(word) >= 3 and word not in names and not word.endswith(NOT_FIRM_NAME_ENDINGS) \
        and word not in person.LOCALITIES and word not in person.COUNTRY_NAMES and not person.is_korean_name(word) \
        and not person.title_like(word) and not person_noun(word) and word not in KINDS and word not in COMMON_KINDS


def unit_words(rest: str) -> list[str]:
    """The words of a unit after the kind ('한국지사의', '의생명과학과'), without titles or roles after them."""
    units = []
    for w in rest.split():
        owner = w.endswith("의") and len(w) > 2
        stem = w[:-1] if owner else w
        if stem.endswith(UNIT_ENDINGS) and (owner or not person.title_like(stem)) and HANGUL.match(stem):
            units.append(stem)
        else:
            break
    return units


def antecedent_of(kind: str, before: int, persons: list[Person], mentions: list[Mention], body: str,
                  title: str) -> str | None:
    """The body of that kind named before. First a person's: in the last sentence before that names someone with a
    body of the kind, the first so named (the sentence's subject: '여울대 X 교수 연구팀은 미국 콜린대 Y 교수팀과 …. 같은
    대학 Z' is 여울대), or the one introduced there as of the kind ('탐사선은 민간 기업인 솔담에어가 …. 이 회사 X').
    Else, for a kind with its own endings ('대학': '…대'), the word so ending the article names most, then the nearest.
    None too when the kind's last mention before is nameless ('프랑스 부품업체와 공동 개발한 …. 이 업체의 X').
    A body the article names short and in full is given in full ('가람대병원장' and '가람대학교병원': 가람대학교병원)."""
    found = named_antecedent(kind, before, persons, mentions, body, title)
    endings = KINDS[kind]
    full = {w for w, _ in body_words(body, 0, before, endings)} if found and endings else set()
    return next((w for w in full if len(w) > len(found) and short_form(found, w)), found)  # '가람대병원' of '가람대학교병원'


def named_antecedent(kind: str, before: int, persons: list[Person], mentions: list[Mention], body: str,
                     title: str) -> str | None:
    """antecedent_of, as the article names it there (maybe short)."""
    endings = KINDS[kind]
    heads = {q.name: head_of(q.organization, endings) for q in persons if q.organization and q.role != "reporter"}
    if kind in PRIVATE_GROUP_KINDS:
        heads = {n: h for n, h in heads.items() if h and not local_government_name(h)}
    if kind in FIRM_KINDS:
        regional = {q.name for q in persons if q.title and q.title.split()[-1] in person.REGIONAL_POSTS}
        heads = {n: h for n, h in heads.items() if h and not h.endswith(NOT_FIRM_ENDINGS + NOT_FIRM_NAME_ENDINGS)
                 and n not in regional}  # not the state a governor heads ('X 테네시주 주지사')
    named = sorted([(m.start, heads[m.person], 1) for m in mentions
                    if m.person and heads.get(m.person) and m.start < before and m.kind != "pronoun"]
                   + speaking_bodies(kind, before, persons, body))
    if kind in LEGAL_FORMS:
        return legal_form_named_before(kind, before, body)
    nameless = nameless_kind_at(kind, before, body)
    if named and named[-1][0] > nameless:
        sentence, _ = sentence_bounds(body, named[-1][0])
        last = [(head, sureness) for at, head, sureness in named if at >= sentence]
        return max(last, key=lambda c: c[1])[0]  # the surest, then the first
    if nameless >= 0:
        return None
    found: dict[str, int] = {}
    if endings:
        for word, w_at in body_words(body, 0, before, endings):
            found[word] = max(found.get(word, -1), w_at)
    if not found:
        return None
    text = title + "\n" + body[:before]
    return max(found, key=lambda w: (text.count(w), found[w]))


def legal_form_named_before(form: str, before: int, body: str) -> str | None:
    """'법무법인 다온을 대리인으로 … 이 법무법인의 X 변호사': a legal form pointed back to is the last body the article
    names after that form, with the form ('법무법인 다온')."""
    names = [strip_particle(m.group("name"))[0] for m in re.finditer(
        r"(?<![가-힣])%s (?P<name>[가-힣A-Za-z0-9&]{2,15})" % re.escape(form), body[:before])]
    names = [n for n in names if len(n) >= 2 and n not in KINDS and not person.title_like(n)]
    return f"{form} {names[-1]}" if names else None


def nameless_kind_at(kind: str, before: int, body: str) -> int:
    """Where the sentence before the pointing word, or its own sentence, last names a body of the kind with no name, or
    -1: the kind's word glued to a common noun ('프랑스 부품업체와') or after the indefinite 한 ('한 중견 기업이'), then a
    particle (a bare '회사는' is the firm named before; '가람그룹은' is a name)."""
    start, _ = sentence_bounds(body, before)
    previous = sentence_bounds(body, start - 2)[0] if start >= 2 else start
    words = FIRM_KINDS | INTRODUCING_FIRM_KINDS if kind in FIRM_KINDS else {kind}
    found = -1
    for m in re.finditer(r"(?<![가-힣])(?P<one>한 (?:[가-힣]+ )?)?(?P<field>[가-힣]*?)(?P<kind>%s)(?:%s)(?=\s)" % (
            alternation(sorted(words)), alternation(LEX["nameless_kind_particles"])), body[previous:before]):
        field_at = previous + m.start("field")
        common = bool(m.group("field")) and morph.reading(body, field_at, field_at + len(m.group("field"))) == "common"
        if m.group("one") or (common and not owned_by_name(body, previous + m.start())):
            found = previous + m.start("kind")
    return found


def owned_by_name(body: str, at: int) -> bool:
    """'솔바람아트센터 소극장': a name with no particle right before the word at `at` owns it (a country does not:
    '프랑스 부품업체')."""
    m = re.search(r"(?:^|\s)(?P<word>[가-힣A-Za-z0-9&]{2,25}) $", body[max(0, at - 30):at])
    if m is None:
        return False
    word, particle = strip_particle(m.group("word"))
    word_at = at - len(m.group(0)) + m.start("word") - m.start(0)
    return not particle and word not in person.COUNTRY_NAMES and word not in person.LOCALITIES \
        and morph.reading(body, word_at, word_at + len(word)) == "proper"


def speaking_bodies(kind: str, before: int, persons: list[Person], body: str) -> list[tuple[int, str, int]]:
    """'누리레일 측은 "…"고 밝혔다. 이 회사 X 대표는': bodies of the kind that speak or act as the subject of a sentence
    before (the body's word, then 측 and a subject particle, or a topic particle alone), where they stand, and how surely:
    2 when the sentence introduces them as of the kind ('감시 단체인 X는', '민간 기업인 X가', '중견기업 X가': a firm's
    kind for a firm's), 1 as the topic or the side, 0 as a subject inside the sentence right before ('제품은 다온랩스가
    만들었다. 이 회사 X')."""
    endings = KINDS[kind]
    names = {w for q in persons for w in q.name.split()}
    kinds = FIRM_KINDS | INTRODUCING_FIRM_KINDS if kind in FIRM_KINDS else {kind}
    governments = {q.organization for q in persons if q.title and q.title.split()[-1] in person.REGIONAL_POSTS}
    start, _ = sentence_bounds(body, before)
    previous = sentence_bounds(body, start - 2)[0] if start >= 2 else start
    out = []
    quoted = [q.span() for q in QUOTED_SPAN.finditer(body, 0, before)]
    for m in SPEAKING_BODY.finditer(body, 0, before):
        word = m.group("body")
        if any(q_start < m.start("body") < q_end for q_start, q_end in quoted):
            continue  # '"예결위가 …"고 이 단체의 X': a body in a quotation is the speaker's word, no antecedent
        if endings:
            fits = word.endswith(endings) and is_named_body(body, m.start("body"), word, endings)
        elif kind in PRIVATE_GROUP_KINDS and local_government_name(word):
            continue  # '가람시는 … 발표했다. 이 단체 X 대표': the city the story is about is no group
        elif kind in FIRM_KINDS:
            fits = word not in governments and is_firm_name(word, names) and morph.reading(body, m.start("body"), m.end("body")) in (
                ("proper", "nouns") if m.group("side") else ("proper",))
        else:
            fits = body_word(body, m.start("body"), word, names, titled=bool(m.group("side"))) \
                or (kind in PRIVATE_GROUP_KINDS and private_group_name(word, names))
        introduced = word not in names and any(body.endswith((f"{k}인 ", f"{k} "), 0, m.start("body")) for k in kinds)
        subject = m.group(0).endswith(("이", "가")) and not m.group("side") and m.start() >= previous \
            and thing_as_topic(body, m.start("body")) and not LISTED_BEFORE_WORD.search(body, previous, m.start("body"))
        if introduced:
            out.append((m.start("body"), word, 2))
        elif fits and (m.group("side") or at_sentence_start(body, m.start("body"))):
            out.append((m.start("body"), word, 1))
        elif fits and subject:
            out.append((m.start("body"), word, 0))
    return out


def local_government_name(word: str) -> bool:
    """'가람시', '솔매군', '경기도': a word shaped as a city's, a county's, a district's or a province's name (a short
    name, then the unit), which a private group's name is not."""
    return word in PROVINCES or (HANGUL.match(word) is not None and 2 <= len(word) <= LOCAL_GOVERNMENT_LONGEST
                                 and word.endswith(LOCAL_UNITS))


def private_group_name(word: str, names: set[str]) -> bool:
    """'가람강지킴이모임', '솔내시민연대': a compound of two syllables or more before a private group's last word."""
    ending = max((e for e in PRIVATE_GROUP_ENDINGS if word.endswith(e)), key=len, default="")
    return bool(ending) and len(word) - len(ending) >= 2 and HANGUL.match(word) is not None and word not in names \
        and not person.title_like(word)


def thing_as_topic(body: str, at: int) -> bool:
    """'제품은 다온랩스가 만들었다': the sentence of the word at `at` opens with a common noun as its topic (or with no
    topic), so the subject after it is the one acting; '누리레일은 가람물산이 낸 소송에 …' is the topic's sentence."""
    start, _ = sentence_bounds(body, at)
    m = PREVIOUS_TOPIC.match(body, start, at)
    return m is None or morph.reading(body, m.start("body"), m.end("body")) == "common"


def at_sentence_start(body: str, at: int) -> bool:
    """A word opening its sentence, or after a connective opening it ('한편 누리레일은')."""
    start, _ = sentence_bounds(body, at)
    before = body[start:at].split()
    return not before or (len(before) == 1 and before[0].rstrip(",") in TOPIC_OPENERS)


def head_of(org: str, endings: tuple[str, ...]) -> str | None:
    """The body an organisation names first: '여울대 의대 신경과' → '여울대' for a university; its first word when the
    kind has no endings of its own ('한빛바이오 연구소' → '한빛바이오')."""
    words = org.split()
    if not endings:
        return words[0]
    for w in words:
        if w.endswith(endings) and len(w) > max(len(e) for e in endings if w.endswith(e)) and w not in KINDS:
            return w
        if endings == KINDS[PARTY_KIND] and w in PARTY_NAMES:
            return w  # '국민의힘 소속 X 의원도 …. 같은 당 Y 의원은': a party named otherwise than by its ending
    return None


def body_words(text: str, start: int, end: int, endings: tuple[str, ...]) -> list[tuple[str, int]]:
    """Words of text[start:end] (particles off) that end with one of the endings and name a body: a compound or a
    proper noun of two syllables more than the ending, never a general kind ('의대', '병원')."""
    out = []
    for m in WORD.finditer(text, start, end):
        word, _ = strip_particle(m.group())
        if word.endswith(endings) and is_named_body(text, m.start(), word, endings):
            out.append((word, m.start()))
    return out


def is_named_body(text: str, at: int, word: str, endings: tuple[str, ...]) -> bool:
    ending = max((e for e in endings if word.endswith(e)), key=len)
    if len(word) - len(ending) < 2 or word in KINDS or word in person.NOT_NAMES or person.title_like(word):
        return False
    return morph.reading(text, at, at + len(word)) in ("proper", "nouns")


def held_unit(p: Person, at: int, body: str) -> str | None:
    """'주차관리과를 맡고 있는 X 과장': the unit a titled person holds, glossed in the clause before the name."""
    if at < 0 or not p.title:
        return None
    m = HOLDING.search(body[max(0, at - 60):at])
    if m and m.group("unit").endswith(UNIT_ENDINGS) and not person.title_like(m.group("unit")):
        owner = m.group("body")
        if owner and owner.endswith(person.ORG_ENDINGS) and not person.title_like(owner) and owner not in person.NOT_NAMES:
            return f"{owner} {m.group('unit')}"  # '솔뫼은행 디지털전략그룹을 이끄는 X': the body beside its unit, as written
        return m.group("unit")  # the unit alone when its body is named only in another sentence: as written
    return None


def quoted_body(p: Person, at: int, body: str) -> str | None:
    """'공식 팬클럽 '달빛나래' 회장 X(26)씨', '독서 동아리 '솔바람' 대표 X씨': a group's name in quotation marks after the
    word of its kind, then the person's post: the group (a work's title after '영화', '작품' names no body)."""
    if at < 0 or not p.title:
        return None
    start, _ = sentence_bounds(body, at)
    m = QUOTED_BODY.search(body[start:at])
    if m is None or not all(w in p.title.split() for w in m.group("post").split()):
        return None
    return m.group("name").strip()


def serving_body(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'가람호크스에서 뛰는 X', '누리화학에 근무하는 X 연구원', '라온대에 재학 중인 X(21)씨': the body a clause of working,
    playing or studying there puts the person in, written right before the name (and a post); never a place, a
    country or a league ('서울에서 일하는 X', 'J리그에서 뛰는 X')."""
    if at < 0:
        return None
    start, _ = sentence_bounds(body, at)
    m = SERVING.search(body[start:at])
    if m is None:
        return None
    word, word_at = m.group("body"), start + m.start("body")
    if word in person.LOCALITIES or word in PROVINCES or word.endswith(PLACE_GLOSS_ENDINGS + LEAGUE_ENDINGS) \
            or not body_word(body, word_at, word, names, titled=True):
        return None
    between = m.group("between").split()
    return word if all(person.title_like(w) or person_noun(w) or w in MEMBER_QUALIFIERS for w in between) else None


def appointment_list_body(at: int, body: str, names: set[str]) -> tuple[str, str | None, str | None] | None:
    """'◇가람물산 ⏎ <전무 승진> ▷자금팀장 X ▷품질팀장 Y': a name listed after an item mark under a heading that names
    a body on its own line belongs to that body; the words after the mark are the post (and a unit before it)."""
    line_start = body.rfind("\n", 0, at) + 1
    item = ITEM_BEFORE.search(body, line_start, at)
    if item is None:
        return None
    end = line_start - 1
    while end > 0:
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end].strip()
        heading = LIST_HEADING.match(line)
        if heading:
            word = heading.group("body")
            w_at = start + body[start:end].index(word)
            ending = max((e for e in person.ORG_ENDINGS + NOT_FIRM_ENDINGS if word.endswith(e)), key=len, default="")
            if not ((ending and len(word) - len(ending) >= 2) or traded_firm(word)
                    or body_word(body, w_at, word, names, titled=True)):
                return None  # '◇ 승진': a kind of move, no body
            words = item.group("post").split()
            post = words[-1] if words and person.title_like(words[-1]) else None
            unit = words[0] if len(words) == 2 and post and words[0].endswith(UNIT_ENDINGS) else None
            return word, post or (" ".join(words) if len(words) == 1 else None), unit
        if line and not line.startswith(("<", *ITEM_MARKS)) and not any(mark in line for mark in ITEM_MARKS):
            return None  # prose between: the list ended
        end = start - 1
    return None


def glued_head_body(title: str | None) -> str | None:
    """'마을돌봄센터장', '가람병원장': a head's post glued to the name of the body it heads names that body (a post of
    heads whose body ends with the post less its 장: 센터장 → …센터); a deputy's ('수석부지회장') heads no '수석부지회'."""
    if not title or " " in title or deputised_post(title):
        return None
    for post, endings in HEADS.items():
        if title.endswith(post) and post[:-1] in endings and len(title) - len(post) >= 2 and HANGUL.match(title):
            return title[:-1]
    return None


def with_parent_body(branch: str | None, body: str, names: set[str]) -> str | None:
    """'한국농어촌공사 가람지사는 …. X 가람지사장은': a branch office with the body the article writes right before it
    (no particle between), when it writes one such body; a place before it ('강원 가람지사') is no parent."""
    if not branch or " " in branch or not branch.endswith(BRANCH_OFFICE_ENDINGS) or branch in BRANCH_OFFICE_ENDINGS:
        return branch  # a bare '지점' names no branch of its own
    parents = set()
    for m in re.finditer(r"(?:^|(?<=[\s(\"“‘']))(?P<parent>[가-힣A-Za-z0-9&]{2,20}) %s" % re.escape(branch), body):
        word = m.group("parent")
        if strip_particle(word)[1] or word in names or word in KINDS or word in DETERMINERS or word in ANAPHORS:
            continue
        public = word.endswith(STANDALONE_BODY_ENDINGS + NOT_FIRM_ENDINGS) and len(word) > 2  # '한국농어촌공사', '여울지검'
        firm = is_firm_name(word, names) and morph.reading(body, m.start("parent"), m.end("parent")) in ("proper", "nouns")
        if public or firm:
            parents.add(word)
    return f"{parents.pop()} {branch}" if len(parents) == 1 else branch


def side_body(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'가람물산에서는 X 사장과 Y 전무가, 선주 측에서는 …': people named right after a body put first as a side (에서는),
    with nothing but other names and posts between, are of that body."""
    if at < 0 or not p.title or p.title.split()[-1] in PARTY_MEMBER_TITLES:
        return None  # '국회에서는 X 의원이': a lawmaker's body is the party
    start, _ = sentence_bounds(body, at)
    m = SIDE_BEFORE.search(body[start:at])
    if m is None:
        return None
    for w in m.group("between").split():
        w = re.sub(r"(?:\(\d{1,3}\))?(?:씨)?(?:과|와)?$", "", w)
        if w not in names and not person.title_like(w):
            return None  # a verb, an object, a place between: the body is not the side of this name
    word = m.group("body")
    if word in person.LOCALITIES or word in person.COUNTRY_NAMES or word.endswith(GATHERING_ENDINGS):
        return None  # '서울에서는 X 사장이', '주주총회에서는 X 대표의': where, not whose
    return word if body_word(body, start + m.start("body"), word, names, titled=True) else None


def tenured_post(at: int, body: str, names: set[str], title: str | None = None) -> tuple[str, str | None] | None:
    """'라온대병원 외과 전공의 3년차 X(31)씨', '라온대병원 외과 3년차 전공의 X씨': a post with its tenure before or after it,
    right before the name, and the body (and its unit) written before the post: the tenure is neither."""
    if at < 0:
        return None
    start, _ = sentence_bounds(body, at)
    m = TENURED.search(body[start:at])
    if m is None:
        return None
    post = m.group("post") or m.group("post2")
    if not (person.title_like(post) or person.is_person_noun(post) or post == title):
        return None
    kept: list[str] = []
    for w in reversed(list(re.finditer(r"\S+", m.group("body")))):
        w_at = start + m.start("body") + w.start()
        unit = w.group().endswith(UNIT_ENDINGS) and HANGUL.match(w.group()) and not person.title_like(w.group())
        if not (body_word(body, w_at, w.group(), names, titled=True) or unit and kept == [] and m.group("body").count(" ") > 1):
            break
        kept.insert(0, w.group())
    return post, " ".join(kept) or None


def held_post(at: int, body: str, names: set[str]) -> tuple[str | None, str | None]:
    """'세입자 모임 대표를 맡은 X(56)씨', '누리협회 회장을 맡고 있는 X씨': an untitled person holds the post glossed in the
    clause before the name, of the body named by the nouns right before the post (none when a particle or a verb's
    form comes first: '행사 진행을 맡은 X' holds a task, no post)."""
    if at < 0:
        return None, None
    m = HELD_POST.search(body[max(0, at - 50):at])
    if m is None or not person.title_like(m.group("post")) or person.is_person_noun(m.group("post")):
        return None, None
    base = at - len(m.group(0)) + m.start("body") - m.start(0)
    words = [(w.group(), base + w.start()) for w in re.finditer(r"\S+", m.group("body"))]
    kept: list[str] = []
    for w, w_at in reversed(words):
        if w in names or not HANGUL.match(w) or not WORD.fullmatch(w) \
                or morph.reading(body, w_at, w_at + len(w)) not in ("proper", "nouns", "common"):
            break
        kept.insert(0, w)
    if not kept or person.is_person_noun(kept[-1]) or person.title_like(kept[-1]):
        return m.group("post"), None
    return m.group("post"), " ".join(kept)


def appointed_body(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'가람농협 신임 조합장으로 선출된 X 조합장', '누리재단 이사장으로 선임된 X 이사장': the body named in the clause of
    appointment right before the name, to the post the person holds; or, with the person's occupation between the
    clause and the name ('솔빛합창단의 신임 상임지휘자로 부임한 작곡가 X'), to a post that makes the person of that body."""
    if at < 0 or not p.title:
        return None
    m = APPOINTED.search(body[max(0, at - 60):at])
    held = p.title.split()[-1]
    if m is None or not person.title_like(m.group("post")):
        return None
    if m.group("role") != held and not (m.group("role") is None and (m.group("post").endswith(held) or held.endswith(m.group("post")))):
        return None
    base = at - len(m.group(0)) + m.start("body") - m.start(0)
    words = [(w.group(), base + w.start()) for w in re.finditer(r"\S+", m.group("body"))]
    last, last_at = words[-1]
    if last in HEADS.get(held, ()) or last in COMMON_KINDS:
        named = {w for w, _ in body_words(body, 0, at, (last,)) if w != last}
        return named.pop() if len(named) == 1 else last  # '박물관 신임 관장으로 취임한 X 관장': the kind's noun, as written
    if not body_word(body, last_at, last, names, titled=True):
        return None
    if len(words) == 2 and body_word(body, words[0][1], words[0][0], names, second=True):
        return f"{words[0][0]} {last}"
    return last


def appointed_subject(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'국립여울무용단의 새 단장으로 안무가 X(48)가 취임했다', '가람당의 새 당대표에 4선의 X 의원이 선출됐다': a post
    of a body given with 으로/에 before the name, taken up by the subject after it: the person is now of that body."""
    if at < 0:
        return None
    start, end = sentence_bounds(body, at)
    m = POST_GIVEN_BEFORE.search(body[start:at])
    if m is None or not (person.title_like(m.group("post")) or person.is_person_noun(m.group("post"))) \
            or not POST_TAKEN_AFTER.match(body[at + len(p.name):end]):
        return None
    word = m.group("body")
    word_at = start + m.start("body")
    return word if body_word(body, word_at, word, names, titled=True) else None


def party_in_apposition(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'미국 민주당의 유력 대선 후보인 X 상원의원': a lawmaker's or a candidate's party, named inside the apposition
    with the copula's 인 right before the name (no verb, no particle between)."""
    if at < 0 or not p.title or not p.title.split()[-1].endswith(PARTISAN_TITLES):
        return None
    start, _ = sentence_bounds(body, at)
    words = [(w.group(), start + w.start()) for w in re.finditer(r"\S+", body[start:at])][-APPOSITION_REACH:]
    if not words or not words[-1][0].endswith(COPULA_MODIFIER) or not morph.ends_modifier(body, words[-1][1], words[-1][1] + len(words[-1][0])):
        return None
    for w, w_at in reversed(words[:-1]):
        owner = w[:-1] if w.endswith(GENITIVE) else w  # '민주당의 유력 대선 후보인': the party whose candidate
        if owner.endswith(tuple(person.PARTY_ENDINGS)) and len(owner) >= 3 and body_word(body, w_at, owner, names, titled=True):
            return owner
        if not WORD.fullmatch(w) or morph.predicate_words(body, w_at, w_at + len(w)) or morph.is_inflected(body, w_at, w_at + len(w)):
            return None  # the apposition begins after a verb's form or a word with its particle
    return None


def apposed_body(p: Person, at: int, body: str, names: set[str], firms: frozenset[str]) -> str | None:
    """'블루펄스 주장인 세터 X(31)', '누리온담 공동 창업자인 X 최고기술책임자': a body, then the post or role it gives the
    person with the copula's 인, then only roles before the name: the person is of that body."""
    if at < 0:
        return None
    start, _ = sentence_bounds(body, at)
    for apposed in [*APPOSED, APPOSED_OWNED]:
        m = apposed.search(body[start:at])
        found = apposed_in(p, m, start, body, names, firms) if m else None
        if found:
            return found
    return None


def apposed_in(p: Person, m: re.Match[str], start: int, body: str, names: set[str], firms: frozenset[str]) -> str | None:
    """The body of an apposition matched before the name, if its post and roles are a person's."""
    post = m.group("post").split()[-1]
    roles = [r for r in m.group("roles").split() if r not in STANDING_WORDS]
    own = (p.title or "").split()
    if not (person.title_like(post) or person.is_person_noun(post)) or not all(
            r in own or person.title_like(r) or person.is_person_noun(r) for r in roles):
        return None  # '서울에 사는 … 인 X', a verb's clause: no apposition of a post
    word = m.group("body")
    if m.group("post").split()[0] in NAMELESS_KINDS:
        return None  # '도내 여론조사 기관 대표인 X씨': a nameless body; the field before is none
    if word in firms or body_word(body, start + m.start("body"), word, names, titled=True):
        return word
    return None


def party_between(p: Person, at: int, body: str) -> str | None:
    """'X 누리당 의원', 'X 국민의힘 후보', 'X 의원(누리당·비례)': a party written between a lawmaker's or a candidate's name and the title is
    their party, whatever body the sentence gave them before the name ('국회 교육위원회 소속')."""
    if at < 0 or not p.title or not p.title.split()[-1].endswith(PARTISAN_TITLES):
        return None
    m = PARTY_BEFORE_TITLE.match(body, at + len(p.name)) or PARTY_IN_BRACKETS.match(body, at + len(p.name))
    if m is None:
        return None  # ('X 의원(누리당·여울3)': the party, then the district, in brackets after the title)
    party = m.group("party")
    if party in PARTY_NAMES or (party.endswith(tuple(person.PARTY_ENDINGS)) and len(party) >= 3
                                and party not in NOT_PARTIES):
        return party
    return None


def only_party(body: str, title: str, names: set[str]) -> str | None:
    """The one party the article (headline and body) names, if it names exactly one: a word with a party's ending read as a
    body's name ('누리미래당'), or a party named otherwise (party_names)."""
    found = set()
    for text in (title, body):  # each read as it is: the body's analysis is the one the person rules already made
        for m in WORD.finditer(text):
            word, _ = strip_particle(m.group())
            if word in PARTY_NAMES:
                found.add(word)
            elif word.endswith(tuple(person.PARTY_ENDINGS)) and len(word) >= 3 and word not in names and HANGUL.match(word) \
                    and word not in NOT_PARTIES and morph.reading(text, m.start(), m.start() + len(word)) in ("proper", "nouns"):
                found.add(word)
    return found.pop() if len(found) == 1 else None


def left_a_party(at: int, body: str) -> bool:
    """Does the sentence naming the person say they are of no party or left one ('새빛당을 탈당한 무소속 X 의원')?"""
    if at < 0:
        return False
    start, end = sentence_bounds(body, at)
    return any(w in body[start:end] for w in PARTYLESS_WORDS)


def firm_spoken_of_before(p: Person, at: int, persons: list[Person], mentions: list[Mention], body: str,
                          title: str) -> str | None:
    """'회사가 내놓은 설명은 …. 품질부문장인 X 전무는': a firm's officer with no body, in or right after a sentence whose
    subject is the bare word 회사 in the same paragraph, is at the firm that word points back to (never '한 회사가')."""
    if at < 0 or not p.title or not (p.title.split()[-1] in COMPANY_OFFICER_POSTS or officer_rank_glossed(p, at, body)):
        return None
    start, _ = sentence_bounds(body, at)
    before, _ = sentence_bounds(body, max(0, start - 2))
    found = [m for m in BARE_FIRM_SUBJECT.finditer(body, before, at)]
    if not found:
        return None
    if "\n" in body[found[-1].start():at]:
        return None  # the firm is spoken of in the same paragraph, never above a list or a new paragraph
    word_before = body[max(0, found[-1].start() - 4):found[-1].start()].split()
    if word_before and (word_before[-1] in DETERMINERS or word_before[-1] in ANAPHORS or word_before[-1] in INDEFINITE_WORDS):
        return None
    return antecedent_of("회사", found[-1].start(), persons, mentions, body, title)


def officer_rank_glossed(p: Person, at: int, body: str) -> bool:
    """'X 북미법인장(전무)은': the post glossed in brackets with the officer's rank at a firm."""
    m = RANK_GLOSS.match(body, at + len(p.name))
    return m is not None and m.group("post").endswith(p.title.split()[-1]) and m.group("rank") in COMPANY_OFFICER_POSTS


def issuer_of_paper(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'한벌항공은 X 대표 명의의 사과문을 내고': a paper issued in the name of a post, with the body as the sentence's
    topic right before the name: the post is held in that body (not '검찰은 X 회장 명의의 부동산': no paper)."""
    if at < 0 or not p.title:
        return None
    m = ISSUED_IN_NAME.match(body, at + len(p.name))
    if m is None or not m.group("post").endswith(p.title.split()[-1]):
        return None
    start, _ = sentence_bounds(body, at)
    topic = ISSUER_TOPIC.fullmatch(body, start, at)
    word = topic.group("body") if topic else None
    return word if word and is_firm_name(word, names) and word not in DETERMINERS else None


def story_ensemble(body: str, title: str, names: set[str]) -> str | None:
    """The one orchestra or choir the headline and the text name ('가람필하모닉오케스트라' and '가람필하모닉' are one),
    by a coined word of two syllables or more before an ensemble's last word; None when none or two."""
    found = set()
    for text in (title, body):
        for m in WORD.finditer(text):
            word, _ = strip_particle(m.group())
            ending = max((e for e in ENSEMBLE_NAME_ENDINGS if word.endswith(e)), key=len, default="")
            if ending and len(word) - len(ending) >= 2 and HANGUL.match(word) and word not in names:
                found.add(word)
    return one_body(found)


def lead_firm(body: str, names: set[str]) -> str | None:
    """The firm a story is about: its lead sentence opens with a kind of firm and the firm's name as the subject
    ('석유화학 업체 가람케미칼이 …', '중견기업 누리소재는 …'), and no other firm is introduced by a kind after it."""
    start = len(body) - len(body.lstrip())
    _, end = sentence_bounds(body, start)
    m = LEAD_FIRM.match(body, start, end)
    if m is None or not m.group("kind").endswith(tuple(FIRM_KINDS | INTRODUCING_FIRM_KINDS)):  # '설비업체' too
        return None
    firm = m.group("firm")
    if not is_firm_name(firm, names):
        return None
    others = {w for k in FIRM_KINDS | INTRODUCING_FIRM_KINDS for w in introduced_by_kind(k, body, len(body), names)}
    return firm if others <= {firm} else None


def firm_pointed_before(at: int, body: str) -> bool:
    """'6년간 회사를 이끈 X 사장': the clause right before the name ends in a modifier and has the bare noun 회사 as its
    object, which points back to the firm the story is about."""
    return bare_firm_in_clause_before(at, body, FIRM_POINTED_BEFORE) >= 0


def bare_firm_in_clause_before(at: int, body: str, pattern: re.Pattern) -> int:
    """Where the bare noun 회사 stands, as the pattern places it, in the clause ending in a modifier right before the
    name; -1 when it does not, or another firm is meant ('다른 회사를 다니던', '새 회사를 차린')."""
    if at < 2 or body[at - 1] != " ":
        return -1
    w0 = max(body.rfind(" ", 0, at - 1), body.rfind("\n", 0, at - 1)) + 1
    if w0 <= 0 or not morph.ends_modifier(body, w0, at - 1):
        return -1
    m = pattern.search(body, max(0, w0 - 30), w0)
    if m is None:
        return -1
    before = morph.morphs_in(body, max(0, m.start() - 8), m.start())
    another = before and before[-1].end == m.start() - 1 and (before[-1].tag in ("MM", "ETM") or before[-1].form in INDEFINITE_WORDS)
    return -1 if another else m.start()


def post_apposed_before(at: int, body: str) -> bool:
    """'본부장인 X': the word right before the name is a post with the copula's modifier."""
    w0 = max(body.rfind(" ", 0, at - 1), body.rfind("\n", 0, at - 1)) + 1
    word = body[w0:at - 1]
    return word.endswith(COPULA_MODIFIER) and len(word) > 2 and person.title_like(word[:-1]) is not None


def firm_worked_at_before(p: Person, at: int, persons: list[Person], mentions: list[Mention], body: str,
                          title: str) -> str | None:
    """'회사에서 개발을 총괄한 X 프로듀서', '회사 연구개발 본부장인 X 전무': a post held where the clause right before
    the name says the person works, or whose apposed post is of, the bare noun 회사, is at the firm it points back to."""
    if at < 0 or not p.title:
        return None
    where = bare_firm_in_clause_before(at, body, FIRM_WORKED_AT)
    if where < 0 and post_apposed_before(at, body):
        where = bare_firm_in_clause_before(at, body, FIRM_OF_POST)
    return antecedent_of("회사", where, persons, mentions, body, title) if where >= 0 else None


def heads_own_body(title: str | None) -> bool:
    """'방위사업청장', '경찰청장': a post glued to an agency heads that agency, never a unit of a body a list shares."""
    post = (title or "").split()[-1] if title else ""
    return post.endswith("장") and len(post) >= 4 and post[:-1].endswith(STANDALONE_BODY_ENDINGS)


def headed_kind(p: Person, at: int, body: str) -> str | None:
    """'… 여울병원지부는 …. X 지부장은', '병원장인 X 교수': a post heading a kind of body, with no body beside the name,
    heads the one body of that kind the article names before; a member of that kind ('조합원 X씨') belongs to it."""
    if at < 0:
        return None
    member_of = MEMBER_POSTS_OF_HEADS.get(p.title or "")
    if member_of and kind_before_title(p.title, at, body):
        return None  # '지부 조합원 X씨': the kind written before the title names the member's body (the branch)
    post = p.title if p.title in HEADS else (member_of or deputised_post(p.title))
    post = post if post in HEADS else None  # '부지회장': the deputy of the one 지회 named before
    glued = GLUED_HEAD_GLOSS.search(body, max(0, at - 24), at)
    if glued and (own := glued_head_body(glued.group("post"))):
        return own  # '가람대병원장인 X 교수': the post glued to the body it heads names that body
    glossed = re.search(r"(?:^|\s)(%s)인 $" % alternation(list(HEADS)), body[max(0, at - 12):at])
    if glossed:
        post = glossed.group(1)
    if post is None:
        return None
    endings = HEADS[post]
    words = body_words(body, 0, at, endings)
    named = {w for w, _ in words}
    for word, w_at in words:
        branch = BRANCH_AFTER.match(body, w_at + len(word))
        if branch and branch.end("branch") <= at:
            named.add(f"{word} {branch.group('branch')}")  # '여울지법 솔매지원': a body and its branch, one body
        parent = PARENT_UNION_BEFORE.search(body, max(0, w_at - 16), w_at)
        if parent and parent.group("parent") != word:
            named.add(f"{parent.group('parent')} {word}")  # '전국금속노동조합 X지부': the union and its branch, one body
    named |= spaced_bodies(body, at, endings)
    named = {w for w in named if not any(w != o and w.replace(" ", "") in o.replace(" ", "") for o in named)}  # the longest
    return named.pop() if len(named) == 1 else None


def spaced_bodies(body: str, end: int, kinds: tuple[str, ...]) -> set[str]:
    """'‘한들숲 도서관’', '한들숲 도서관이': a name, then the kind's word alone, read as one body (the name a proper noun
    or a compound, or the two in quotation marks); never '구립 도서관', '이 도서관', '동네 도서관', '2일 도서관', nor a
    kind's word of two syllables, which after a noun reads as the kind ('재개발 조합', '노동 조합', '초등 학교')."""
    found = set()
    spaced_kinds = [k for k in kinds if len(k) >= SPACED_KIND_LENGTH]
    if not spaced_kinds:
        return found
    for m in re.finditer(r"(?P<open>['‘\"“]?)(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,9}) (?P<kind>%s)(?=['’\"”]|[가-힣]{0,2}(?![가-힣]))" % alternation(
            spaced_kinds), body[:end]):
        name, n_at = m.group("name"), m.start("name")
        if name in DETERMINERS or name in ANAPHORS or name in OWNERSHIP_WORDS or person.title_like(name) \
                or name in person.LOCALITIES:
            continue
        quoted = bool(m.group("open")) and body[m.end("kind"):m.end("kind") + 1] in "'’\"”"
        if quoted or morph.reading(body, n_at, n_at + len(name)) in ("proper", "nouns"):
            found.add(f"{name} {m.group('kind')}")
    return found


def headline_body(p: Person, title: str, names: set[str], untitled: dict[str, bool]) -> str | None:
    """'… 반서준 여울팔콘 감독 "…"' in the headline: the body the headline gives the name, before or after it, before
    the person's own title (a word found as a person with no title, no Korean name's shape, may be that body)."""
    if not title or not p.title or p.name not in title:
        return None
    post = re.escape(p.title.split()[-1])
    name = re.escape(p.name)
    m = re.search(r"%s (?P<body>[^\s\"'“”‘’]+(?: [^\s\"'“”‘’]+)?) %s" % (name, post), title) \
        or re.search(r"(?:^|\s)(?P<body>[^\s\"'“”‘’]+) %s %s" % (name, post), title)
    if m is None:
        return None
    words = m.group("body").split()
    at = m.start("body")
    for w in words:
        w_at = title.find(w, at)
        if (w in names and not untitled.get(w)) or person.is_korean_name(w) or person.title_like(w) \
                or not WORD.fullmatch(w) or not (HANGUL.match(w) or re.search(r"[A-Za-z]", w)) or (
                HANGUL.match(w) and morph.reading(title, w_at, w_at + len(w)) not in ("proper", "nouns")):
            return None
    return m.group("body")


def owner_before(p: Person, at: int, body: str, names: set[str], firms: frozenset[str] = frozenset()) -> str | None:
    """'바다운송의 니코스 파파스 최고경영자', '여울 게이밍의 원거리 딜러 \'별빛\' X': a body of one or two words with 의
    before the name, a role or a nickname in quotation marks between."""
    if at < 0:
        return None
    m = OWNER.search(body[max(0, at - 60):at])
    if m and m.group("people") and m.group("people") not in person.COUNTRY_NAMES and m.group("people") not in FOREIGN_PEOPLE:
        m = None  # '솔매팔콘스의 브라질인 미들 블로커 X': a player's country between the team and the position, nothing else
    roles = m.group("roles").split() if m else []
    if m is None or (roles and " ".join(roles) != p.title and not (person.title_like(roles[-1]) or person.is_person_noun(roles[-1]))):
        return None
    base = at - len(m.group(0).lstrip())
    words = m.group("owner").split()
    if not roles and p.title:
        for owner in (m.group("owner"), words[-1]):
            if owner in firms:
                return owner  # '해람리테일의 X 상품본부장': a firm found as a person with nothing of a person's
    if len(words) == 2 and words[0] in LEGAL_FORM_PREFIXES and words[1] not in names and HANGUL_WORD.fullmatch(words[1]):
        return " ".join(words)  # '도서출판 솔잎마루의 X 대표': a legal form, then the body's name (Kiwi may split it)
    offsets = [base, base + len(words[0]) + 1] if len(words) == 2 else [base]
    first = len(words) == 2 and body_word(body, offsets[0], words[0], names, second=True)
    if not (body_word(body, offsets[-1], words[-1], names, titled=bool(p.title))
            or glued_genitive(body, offsets[-1], words[-1], names)
            or (roles and person.is_person_noun(roles[-1]) and team_word(body, offsets[-1], words[-1], names))
            or (first and kind_word(body, offsets[-1], words[-1]))
            or (first and section_of(body, offsets[-1], words[-1]))  # '솔매시 관광진흥과의 X 주무관'
            or club_town(body, words[-1], names)):
        return None  # '카리나 해운의': a proper name, then the common noun of its kind
    return " ".join(words if first else words[-1:])


def topic_owner(p: Person, at: int, body: str, names: set[str], firms: frozenset[str]) -> str | None:
    """'반면 누리썬더스는 주전 세터 X(29)가 다쳤다': a body as the sentence's topic right before the post and the name
    (a proper name, or a firm found as a person): the post is held in it; never a title's or a common noun's topic
    ('감독은 주전 세터 X를', '경기는 주장 X가')."""
    if at < 0 or not p.title:
        return None
    start, _ = sentence_bounds(body, at)
    m = TOPIC_OWNER.search(body[start:at])
    roles = m.group("roles").split() if m else []
    if m is None or not (" ".join(roles).endswith(p.title) or p.title.endswith(roles[-1])) or not (
            person.title_like(roles[-1]) or person.is_person_noun(roles[-1])):
        return None
    word = m.group("owner")
    if word in firms:
        return word
    if word in DETERMINERS or word in person.LOCALITIES or not HANGUL.match(word) and not re.search(r"[A-Za-z]", word):
        return None
    w_at = start + m.start("owner")
    opening = body[start:w_at].split()
    if opening and not (all(w in TOPIC_OPENERS for w in opening)
                        or all(t.tag in ADVERBS for t in morph.morphs_in(body, start, w_at))):
        return None  # '쇼의 오프닝과 피날레는 모델 X가': the topic is the sentence's first word, an adverb ('반면') aside
    return word if morph.reading(body, w_at, w_at + len(word)) == "proper" and body_word(body, w_at, word, names, titled=True) else None


def in_full(org: str | None, body: str, title: str) -> str | None:
    """'인천 누리썬더스가 이겼다. … 누리썬더스의 X 감독': a body named by its town and its name, then by its name alone,
    is the body named in full (one town so written in the article)."""
    if not org or " " in org:
        return org
    towns = {m.group("town") for text in (title, body) for m in re.finditer(
        r"(?:^|[^가-힣])(?P<town>[가-힣]{2,4}) (?P<word>%s[가-힣]{0,2})(?![가-힣A-Za-z0-9])" % re.escape(org), text)
        if m.group("word") == org or strip_particle(m.group("word"))[0] == org}
    towns = {t for t in towns if t in person.LOCALITIES}
    return f"{towns.pop()} {org}" if len(towns) == 1 else org


def body_before(p: Person, at: int, body: str, names: set[str], firms: frozenset[str] = frozenset(),
                unit_head: bool = False) -> str | None:
    """'여울지검 X 2차장검사', '솔매면 갈골마을 X(71) 이장': one or two body words right before a name its title
    follows (any body's word before the head of a unit: '가람자산운용 X 채권운용본부장'); a word found as a person with nothing of a person's ('한솔윙스 X 감독'); a body's legal form and its name
    ('법무법인 다온 X 변호사'); a public body and its section ('동구청 보육정책과 X 과장')."""
    if at < 0:
        return None
    after = body[at + len(p.name):at + len(p.name) + 30]
    after = after[GLOSS_AFTER_NAME.match(after).end():] if GLOSS_AFTER_NAME.match(after) else after
    following = after.split()[0] if after.strip() else ""
    if not (following.startswith(p.title.split()[0]) if p.title
            else after.startswith(" ") and titled_team(strip_particle(following)[0])):
        return None  # the title right after the name: '에밀리 포터 교수는', found without it
    start, _ = sentence_bounds(body, at)
    words = [(w.group(), w.start()) for w in re.finditer(r"\S+", body[start:at])][-2:]
    glossed = bool(words) and ACRONYM_GLOSSED.fullmatch(words[-1][0]) is not None  # a body named with its short form
    words = [(w if i < len(words) - 1 else unglossed(w), start + w_at) for i, (w, w_at) in enumerate(words)]
    if words and words[-1][0] in firms:
        return words[-1][0]  # '한솔윙스 X 감독': a team found as a person with no title, no person's name
    if len(words) == 2 and words[0][0] in LEGAL_FORMS and WORD.fullmatch(words[-1][0]) and words[-1][0] not in names \
            and not person.title_like(words[-1][0]):
        return f"{words[0][0]} {words[-1][0]}"  # '법무법인 라온': whatever Kiwi makes of the name (a name's shape too)
    if len(words) == 2 and section_of(body, words[-1][1], words[-1][0]) and (
            body_word(body, words[0][1], words[0][0], names, second=True) or words[0][0].endswith(PUBLIC_BODY_ENDINGS)):
        return f"{words[0][0]} {words[-1][0]}"
    if len(words) == 2 and unit_of_named_body(body, words, names):
        return f"{words[0][0]} {words[-1][0]}"  # '세계기상기구(WMO) 사무국 X 국장': the body, then its common unit
    if not words or not body_word(body, words[-1][1], words[-1][0], names) or not (
            unit_head or glossed or words[-1][0].endswith(person.ORG_ENDINGS + NOT_FIRM_ENDINGS + UNIT_ENDINGS + PLACE_UNIT_ENDINGS)
            or re.search(r"[A-Za-z]", words[-1][0])):
        return None  # '부산 X 교수': a city, no body; '여울지검 X 2차장검사', '…마을 X 이장' are
    if len(words) == 2 and (body_word(body, words[0][1], words[0][0], names, second=True) or (
            words[-1][0].endswith(PLACE_UNIT_ENDINGS) and words[0][0].endswith(PLACE_ABOVE_ENDINGS)
            and HANGUL.match(words[0][0]) and len(words[0][0]) >= 2)):
        return f"{words[0][0]} {words[-1][0]}"  # '솔매면 갈골마을': the township above the village, known or not
    return words[-1][0]


def glossed_after(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'X 교수(라온대 경제학과)는', 'X씨(라온대 4학년)': the body written in brackets right after the name and its
    title, a body's name (by its ending, Latin letters, or a unit or a post after it), not a field ('X 교수(경제학)')."""
    if at < 0:
        return None
    after = body[at + len(p.name):at + len(p.name) + 60]
    m = GLOSS_AFTER_TITLE.match(after)
    if m is None or (m.group("title") and not (p.title and m.group("title") in p.title.split())):  # '구하준(요셉) 신부'
        return None
    first, *rest = m.group("gloss").split()
    word_at = at + len(p.name) + m.start("gloss")
    if first in STANDING_WORDS or first in PROVINCES or first in person.LOCALITIES or first.endswith(PLACE_GLOSS_ENDINGS) \
            or not body_word(body, word_at, first, names):
        return None  # 'X 의원(너울시 너울동)': a lawmaker's constituency, a resident's town
    named = first.endswith(person.ORG_ENDINGS + NOT_FIRM_ENDINGS) or traded_firm(first) or re.search(r"[A-Za-z]", first)
    return first if named or (rest and (rest[0].endswith(UNIT_ENDINGS) or person.title_like(rest[0])
                                        or SCHOOL_YEAR.fullmatch(rest[0]))) else None


def unglossed(word: str) -> str:
    """'전국민주노동조합총연맹(민주노총)', '세계보건기구(WHO)': a body's name with its short form glossed in brackets
    right after it is the name; the gloss is only how the article will name it next."""
    m = ACRONYM_GLOSSED.fullmatch(word)
    return m.group("name") if m else word


def body_above_unit(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'미국 콜린대 약학대학원의 X 교수', '여울대병원 신경과 X 교수': the body a unit is of, written right before the unit
    (a word with a body's ending, read as a name): the person rules took the unit alone."""
    if at < 0 or not p.organization:
        return None
    window = body[max(0, at - 50):at]
    m = re.search(r"(?:^|\s)(?P<above>[가-힣A-Za-z0-9]{2,20}) %s(?:의)? $" % re.escape(p.organization), window) \
        if may_end_with(window, (f" {p.organization} ", f" {p.organization}의 ")) else None
    if m is None:
        return None
    above = m.group("above")
    above_at = at - len(m.group(0)) + m.start("above") - m.start(0)
    owned = m.group(0).endswith("의 ")  # '누리캐피털 리서치센터의 X 연구원': the unit owned, so the word before is its body
    if above.endswith(UNIT_ENDINGS) or is_place(above) or not (owned or above.endswith(person.ORG_ENDINGS + NOT_FIRM_ENDINGS)):
        return None  # '정치외교학과 국제관계 X': a unit above a unit; '부산 X 교수': a city
    if body_word(body, above_at, above, names, titled=True):
        return above
    named_body = above.endswith(person.LONG_ORG_ENDINGS) and len(above) >= 4 and above not in names
    return above if named_body and morph.reading(body, above_at, above_at + len(above)) in ("proper", "nouns") else None
    # ('갈매금융연구원 산업분석실의 X': a body whose ending is also a title, '연구원', read as one)


def listed_unit_body(p: Person, at: int, persons: list[Person], body: str) -> str | None:
    """'라온대병원 신경과 X 교수와 약리학교실 Y 연구교수': a unit joined by 와/과 to a person of a body and its unit is
    a unit of that same body."""
    before = body[max(0, at - 60):at]
    for q in persons:
        if q is p or q.role == "reporter" or not q.organization or " " not in q.organization:
            continue
        own = r"(?: %s)?" % re.escape(q.title) if q.title else ""
        if re.search(r"(?:^|\s)%s(?:\(\d{1,3}\))?%s ?(?:씨)?(?:와|과) %s $" % (
                re.escape(q.name), own, re.escape(p.organization or "")), before):
            head, *_, unit = q.organization.split()
            return head if unit.endswith(UNIT_ENDINGS) and not head.endswith(UNIT_ENDINGS) else None  # the body, not its units
    return None


def section_of(body: str, at: int, word: str) -> bool:
    """'보육정책과', '관광진흥과': a section of a public body (nouns, then 과), which Kiwi may read with 과 as a
    conjunction; never a title ('장관과') or a word of a person."""
    if not word.endswith(SECTION_ENDINGS) or len(word) < 4 or not HANGUL.match(word) or person.title_like(word) \
            or person.title_like(word[:-1]) or person_noun(word[:-1]):
        return False
    return morph.reading(body, at, at + len(word) - 1) in ("proper", "nouns")


INSTITUTE_MIN_STEM = 3  # '자동차안전|연구원': a name of three syllables or more before the ending; a grade has two ('수석')


def named_institute(body: str, at: int, word: str) -> bool:
    """'해양환경안전연구원', '도로교통정책연구원': a word Kiwi reads as one proper noun or as nouns glued, ending as a body
    does with an ending that is a post too ('연구원'), after a name of three syllables or more: the institute, not its
    researcher ('수석연구원', '책임연구원': a grade of two syllables before the post)."""
    ending = next((e for e in person.LONG_ORG_ENDINGS if word.endswith(e)), None)
    if ending is None or len(word) - len(ending) < INSTITUTE_MIN_STEM:
        return False
    return morph.reading(body, at, at + len(word)) in ("proper", "nouns")


def abbreviated_body_word(body: str, at: int, word: str) -> bool:
    """'공정위', '산업부': a body's short form of three syllables ending as a body's does, which Kiwi's dictionary
    holds as one common noun; shaped like a Korean name, yet no name is a dictionary's common noun."""
    if len(word) != 3 or not word.endswith(person.ABBREVIATED_BODY_ENDINGS):
        return False
    ms = morph.morphs_in(body, at, at + len(word))
    return len(ms) == 1 and ms[0].tag == "NNG" and ms[0].start == at and ms[0].end == at + len(word)


def body_word(body: str, at: int, word: str, names: set[str], second: bool = False, titled: bool = False) -> bool:
    """A word of a body's name: a proper noun or a compound (Kiwi's reading), a word with Latin letters, or a word
    with a body's ending; never a person's name, a title, a country, a particle's or a verb's form, a common noun."""
    if word in names or word in person.COUNTRY_NAMES or person_noun(word):
        return False
    if person.title_like(word) and not named_institute(body, at, word):
        return False
    if person.is_korean_name(word) and not abbreviated_body_word(body, at, word):
        return False
    if not re.fullmatch(r"[가-힣A-Za-z0-9&]+", word):
        return False
    if not HANGUL.match(word):
        return bool(re.search(r"[A-Za-z]", word))
    read = morph.reading(body, at, at + len(word))
    if read == "other" and not second and traded_firm(word):
        return True  # '하온자산운용 X 본부장': an invented name Kiwi splits into a verb's form, then the firm's trade
    if read == "proper" or (read == "nouns" and not second and (
            titled or word.endswith(person.ORG_ENDINGS + UNIT_ENDINGS + PLACE_UNIT_ENDINGS))):
        return True  # '이주민인권센터', '바다운송의 X 대표', not '옆자리의 X씨' or '미생물학자 X 연구원' 
    if read == "other" and len(word) >= 4 and word.endswith(person.DEPARTMENT_ENDINGS) and not second:
        return morph.reading(body, at, at + len(word) - 1) in ("proper", "nouns", "common")  # '지구과학/과': the unit's ending read as a particle
    return read in ("nouns", "common") and len(word) >= 3 and word.endswith(person.LONG_ORG_ENDINGS + person.ABBREVIATED_BODY_ENDINGS)


def team_word(body: str, at: int, word: str, names: set[str]) -> bool:
    """'한숲의 외국인 타자 X': a word with 의 that owns a player's position is the team's name, even one shaped like a
    Korean name ('한숲'), when no one is so named and Kiwi reads it as nouns (a name would be one proper noun)."""
    return word not in names and HANGUL.match(word) is not None and 2 <= len(word) <= 6 and not person.title_like(word) \
        and word not in person.COUNTRY_NAMES and not person_noun(word) and morph.reading(body, at, at + len(word)) == "nouns"


def club_town(body: str, word: str, names: set[str]) -> bool:
    """'가람 라쿤스와의 경기 … 가람의 X 감독': a word the article writes before a club's plural name is that club
    named short, even a common noun ('내륙', '해안'); no person's name, title or country."""
    if word in names or word in person.COUNTRY_NAMES or person.title_like(word) or not HANGUL_WORD.fullmatch(word):
        return False
    clubs = (strip_particle(m.group(1))[0] for m in re.finditer(r"(?<![가-힣])%s ([가-힣]{3,9})" % re.escape(word), body))
    return any(len(c) >= 3 and c.endswith(person.TEAM_PLURAL_ENDINGS) and person.has_foreign_syllable([c]) for c in clubs)


def traded_firm(word: str) -> bool:
    """'하온자산운용', '누리건설': a name of two syllables or more, then the trade of a firm."""
    ending = next((e for e in sorted(TRADE_ENDINGS, key=len, reverse=True) if word.endswith(e)), None)
    return ending is not None and len(word) - len(ending) >= 2 and HANGUL.match(word) is not None


def glued_genitive(body: str, at: int, word: str, names: set[str]) -> bool:
    """'게이밍의' read by Kiwi as one noun: an unknown word with its 의, a body's name."""
    ms = morph.morphs_in(body, at, at + len(word) + 1)
    return len(ms) == 1 and ms[0].form == word + "의" and (ms[0].tag == "NNP" or ms[0].oov) and word not in names \
        and not person.title_like(word)


def introduced_body(p: Person, at: int, body: str, title: str, names: set[str]) -> str | None:
    """'그룹 별무리가 돌아왔다. … 일본인 멤버 X는': a member belongs to the one body the article introduces before by
    its kind's word ('그룹 별무리', '걸그룹 별무리', '록밴드 별무리', in the headline or the body)."""
    kinds = MEMBERS.get(p.title or "") or (MEMBERS[MEMBER_LIST_TITLE] if counted_member(p, at, body) else None)
    if not kinds or at < 0:
        return None
    named = set()
    for text, end in ((title, len(title)), (body, at)):
        for m in re.finditer(r"(?:^|\s)[가-힣]{0,2}(?:%s) (?P<name>[가-힣A-Za-z0-9]+)" % alternation(list(kinds)), text[:end]):
            word, _ = strip_particle(m.group("name"))
            if word not in names:
                named.add((word, text, m.start("name")))
    if len({w for w, _, _ in named}) != 1:
        return None  # two bodies so introduced, or none: no one's
    word, text, w_at = named.pop()
    named_so = not HANGUL.match(word) or morph.reading(text, w_at, w_at + len(word)) in ("proper", "nouns")
    return word if named_so and not person.title_like(word) else None  # '그룹 노바' may look like a Korean name


def counted_member(p: Person, at: int, body: str) -> bool:
    """'하람, 다인, 세온, 류아 네 멤버가 무대에 올랐다', 'A, B 등 5명의 멤버': a name in a comma list the count of members
    closes is a member, though no title stands beside it."""
    return at >= 0 and MEMBER_LIST.match(body, at + len(p.name)) is not None


def titled_team(word: str) -> bool:
    """A title, or the team of one ('교수팀'): '콜린대 에이든 카터 교수팀과 함께'."""
    return bool(person.title_like(word) or (word.endswith(TEAM) and len(word) > len(TEAM) and person.title_like(word[:-len(TEAM)])))


def kind_word(body: str, at: int, word: str) -> bool:
    """A common noun read whole, after a proper name in a body's name ('카리나 해운'): no title, no verb's form."""
    return HANGUL.match(word) is not None and not person.title_like(word) and word not in person.RELATION_TO_BODY_NOUNS \
        and morph.reading(body, at, at + len(word)) == "common"  # '새빛당 출신의': how one relates to a body, none


def listed_after(p: Person, at: int, persons: list[Person], mentions: list[Mention], body: str) -> str | None:
    """'누리체인 대표이사 권도헌(47)씨와 부사장 구하준(44)씨': a titled person joined by 와/과 to the person named right
    before, with no body of its own, shares that person's body."""
    if at < 0 or not p.title:
        return None
    others = {q.name: q for q in persons if q.organization and q.role != "reporter" and q.name != p.name}
    for m in mentions:
        q = others.get(m.person or "")
        name_end = m.start + len(m.person or "")
        if q is None or m.kind != "full" or not at - 40 < name_end < at:
            continue
        own = r"(?: %s)?" % re.escape(q.title) if q.title else ""
        joins = "와|과|,| 및" if list_post(p.title) else "와|과"  # a comma lists anyone: '대표 X, 변호사 Y, 시민 Z'
        joined = r"(?:\(\d{1,3}\))?%s ?(?:씨)?(?:%s) (?:%s )?" % (own, joins, re.escape(p.title.split()[-1]))
        if re.fullmatch(joined, body[name_end:at]) and re.search(
                r"%s(?: [^\s]+){0,2} $" % re.escape(q.organization), body[max(0, m.start - 40):m.start]):
            return q.organization  # the body before the first name is the list's ('…의 대표 X씨와 부사장 Y씨')
    return None


def dotted_list_body(p: Person, at: int, persons: list[Person], body: str, names: set[str]) -> str | None:
    """'외교통일위원회 소속 구하준·서이슬 의원', '가람당 구하준·남궁설, 새빛당 …': the names of a list joined by '·'
    share the body written before the first of them (or found for the first)."""
    if at < 0:
        return None
    start = at
    while (m := LISTED_BEFORE.search(body[:start], max(0, start - 12))) and (
            m.group(1) in names or person.is_korean_name(m.group(1))):
        start = m.start(1)
    if start == at and not body.startswith(f"{p.name}{LIST_DOT}", at):
        return None  # no list around the name
    first = next((q for q in persons if q is not p and q.organization and q.role != "reporter"
                  and body.startswith(q.name, start) and start != at), None)
    if first is not None:
        return first.organization
    m = BODY_BEFORE_LIST.search(body, max(0, start - 30), start)
    if m is None or m.end() != start:
        return None
    word, word_at = m.group("body"), m.start("body")
    return word if word in PARTY_NAMES or body_word(body, word_at, word, names, titled=True) else None


def glossed_list_body(p: Person, at: int, persons: list[Person], body: str) -> str | None:
    """'그룹 은하별 멤버 A(본명 …), B(본명 …), C(본명 …)': names listed by commas, each glossed in brackets, share the
    body written before the first (its body and title are the apposition of the whole list)."""
    if at < 0:
        return None
    start = at
    while m := GLOSSED_BEFORE.search(body, max(0, start - 40), start):
        start = m.start("name")
    if start == at:
        return None
    first = next((q for q in persons if q is not p and q.organization and q.role != "reporter" and q.title
                  and body.startswith(q.name + "(", start)), None)
    if first is None or not re.search(r"%s %s $" % (re.escape(first.organization), re.escape(first.title)),
                                      body[max(0, start - 40):start]):
        return None  # the first's body is its own, not written before the list
    aliases = all(g.split()[0] in person.ALIAS_GLOSS_WORDS for g in re.findall(r"\(([^()]+)\)", body[start:at]))
    return first.organization if aliases or first.title in MEMBERS else None  # '대표 X(55), Y(48)씨': maybe not one firm's


def person_noun(word: str) -> bool:
    """An occupation or a noun of a person ('투수', '미생물학자', '활동가'), no body ('…전자' is one)."""
    return person.is_person_noun(word) or word in EPITHETS or (
        len(word) >= 3 and word.endswith(PERSON_NOUN_ENDINGS) and not word.endswith(person.LONG_ORG_ENDINGS))


def has_given_name(name: str) -> bool:
    """A foreign name of a given name and a surname ('에이든 카터'), never a firm: two or three words, none with a
    body's ending."""
    words = name.split()
    return 2 <= len(words) <= 3 and not any(w.endswith(person.LONG_ORG_ENDINGS) for w in words) and person.caption_person(name)


def shared_list_body(p: Person, at: int, persons: list[Person], mentions: list[Mention], body: str) -> str | None:
    """'X 여울시 미래전략실장과 Y 문화관광국장, Z 일자리정책관': officials listed name first, the body written only
    for the first, all hold posts of that body (a unit's head too: the unit is in the title). Each later name has its
    post right after it and no body of its own; the list is joined by 과/와, a comma, 및 or 그리고. A profession held
    anywhere ('Y 교수', 'Y 변호사') shares no body. A body's officers listed after its head, named again by surname
    and post ('…노조 X 위원장은 … X' 위원장과 Y 부위원장, Z 사무국장이'), hold the head's body."""
    if at < 0 or not p.title or not body.startswith(f"{p.name} {p.title}", at) or not list_post(p.title):
        return None
    named = sorted((m.start, m.person, len(m.person) if m.kind == "full" else body.find(" ", m.start) - m.start)
                   for m in mentions if m.kind in ("full", "short") and m.person and m.person != p.name)
    by_name = {q.name: q for q in persons if q.role != "reporter"}
    cur, seen = at, 0
    while seen < LIST_REACH:
        seen += 1
        prev = next(((start, by_name[name], size) for start, name, size in reversed(named)
                     if name in by_name and 0 < size and start + size < cur and LIST_JOIN.fullmatch(body[start + size:cur])),
                    None)
        if prev is None:
            return None
        start, q, size = prev
        words = LIST_JOIN.fullmatch(body[start + size:cur]).group("words")
        if not q.title or not words.endswith(q.title):
            return None
        written = words[:-len(q.title)].strip()
        if not written:
            if not list_post(q.title):
                return None
            org = q.organization or ""
            if org and org != person.headed_body(q.title) and size < len(q.name):
                return org  # '탁 위원장과 Y 부위원장': the head, named before with the body, leads its officers
            if org and org != person.headed_body(q.title) and body[:start].rstrip().endswith(org):
                return org  # '경북도 X 기획정책실장과 Y 관광진흥국장': the body written before the first name
            cur = start  # a member before with no body of its own: the list goes on before it
            continue
        org = q.organization or ""
        return org if org and written == org and org != person.headed_body(q.title) else None
    return None


def list_post(title: str) -> bool:
    """A post held in a body (a civil servant's, a local government's, a firm's, or a unit's head: '…국장', '…정책관'),
    not a profession practised anywhere ('교수', '변호사')."""
    post = title.split()[-1]
    return post in LIST_POSTS or post.endswith(person.SUFFIX_TITLES)


def taught_at(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'누리음악원에서 X 교수를 사사했다', '여울대에서 X 교수에게 배웠다': the school where one studied under a teacher,
    written with 에서 right before the teacher's name, is the teacher's (the nearest of two: 'A와 B에서')."""
    if at < 0 or not p.title:
        return None
    start, end = sentence_bounds(body, at)
    m = re.search(r"(?:^|\s|와|과)(?P<body>[가-힣A-Za-z0-9]{2,20})에서 $", body[start:at])
    after = body[at + len(p.name):end]
    if m is None or not after.startswith(f" {p.title}") or not TAUGHT.match(after[len(p.title) + 1:]):
        return None
    word = m.group("body")
    if not word.endswith(person.ORG_ENDINGS) or word in person.LOCALITIES \
            or not body_word(body, start + m.start("body"), word, names, titled=True):
        return None  # '서울에서 X 교수를 사사했다': a city
    return word


def unit_of_named_body(body: str, words: list[tuple[str, int]], names: set[str]) -> bool:
    """'세계기상기구(WMO) 사무국', '기후협약 사무국': a common noun of a unit ('사무국', '사무처', '본부') after a body's
    name, the name glossed by its Latin initials in brackets or a compound Kiwi reads as a name or nouns."""
    (first, first_at), (unit, unit_at) = words
    if not unit.endswith(UNIT_ENDINGS) or morph.reading(body, unit_at, unit_at + len(unit)) != "common" \
            or person.title_like(unit):
        return False
    if re.fullmatch(r"[가-힣]{2,20}\([A-Z][A-Za-z0-9&]{1,9}\)", first):
        return True
    return len(first) >= 4 and body_word(body, first_at, first, names, titled=True)


def village_post(at: int, body: str) -> tuple[str, str] | None:
    """'갈골리 이장 X(71)씨', '새터동 3통 통장 X씨': the post of a village, a ward or a township written after its place,
    right before the name; the post and the place (its body), or None."""
    if at < 0:
        return None
    m = VILLAGE_POST.search(body[max(0, at - 40):at])
    if m is None or not m.group("place").endswith(VILLAGE_POSTS[m.group("post")]):
        return None
    return m.group("units") + m.group("post"), m.group("place")


def unit_post_before(p: Person, at: int, body: str) -> str | None:
    """'도 대변인 X 씨', '시 감사관 X 씨': a post of a local government named by its unit alone, before the name, is
    of the one government of that unit the article names in full ('경북도는 …'), as after the name ('X 도 대변인')."""
    if at < 0 or not p.title:
        return None
    m = re.search(r"(?:^|\s)(?P<unit>%s) (?P<post>[가-힣]{1,10}) $" % alternation(sorted(person.UNIT_BACK_REFERENCES)),
                  body[max(0, at - 20):at])
    if m is None or m.group("post") != p.title.split()[-1]:
        return None
    full = {w.group(1) for w in re.finditer(r"(?<![가-힣])([가-힣]{1,4}%s)(?=[은는이가의도와과 ]|청)" % m.group("unit"), body[:at])
            if w.group(1) in person.PROVINCIAL_GOVERNMENTS or (
                w.group(1) not in person.NOT_NAMES and morph.reading(body, w.start(1), w.end(1)) == "proper")}
    return full.pop() if len(full) == 1 else None


def previous_topic_body(p: Person, at: int, body: str, names: set[str]) -> str | None:
    """'항공해양사고조사위원회는 오늘 현장 감식을 벌였다. X 조사관은 "…"': a sentence opening with a name and a post of a
    body (no profession: '교수', '변호사'), right after one whose topic is a body, holds the post in that body."""
    if at < 0 or not p.title or not list_post(p.title):
        return None
    start, _ = sentence_bounds(body, at)
    if body[start:at].strip() or not re.match(r" %s(?:은|는|이|가|도) " % re.escape(p.title), body[at + len(p.name):]):
        return None
    before = body[:start].rstrip()
    if not before.endswith((".", "다")):
        return None
    prev_start, _ = sentence_bounds(body, len(before) - 1)
    m = PREVIOUS_TOPIC.match(body, prev_start)
    if m is None:
        return None
    word = m.group("body")
    last = word.split(LIST_DOT)[-1]  # '항공·해양사고조사위원회': the fields joined by '·', then the body's own word
    last_at = m.end("body") - len(last)
    if word in names or word in person.COUNTRY_NAMES or word in person.LOCALITIES or person.is_korean_name(word) \
            or not last.endswith(person.ORG_ENDINGS + NOT_FIRM_ENDINGS):
        return None
    long_named = len(last) >= 4 and last.endswith(person.LONG_ORG_ENDINGS) and HANGUL.match(last) is not None
    return word if long_named or body_word(body, last_at, last, names, titled=True) else None  # '…사고조사위원회': whatever Kiwi reads
