"""Korean organisations the article gives away from the name, after the affiliation reader.

The person rules and `affiliation` read a body written beside the name or pointed back to. A person they leave
without one, who holds a post kept inside one body (a team's player or coach, an institute's researcher, a firm's
CTO, an orchestra's conductor, a spokesperson), belongs to the body the article ties the clause to:
  the clause's topic       '가람은 막판 미드필더 X의 발끝으로 앞섰다' → 가람 (the topic that opens the sentence)
  the topic carried over   '누리FC는 …. 그러나 주장 X의 골로 따라붙었다' → 누리FC, when the sentence sets no
                           topic or subject of its own before the name (same paragraph, the sentence right before)
  the possessor            '가람의 외국인 선수 X도' → 가람
  the article's one body   headline '누리호크스, …' and lede '누리호크스가 …' → its 주장, 3루수 …, when no person
                           of the article holds a post of the same kind in another body
  the body before the post '가람 호크스 주장 X', '가람 아포짓 스파이커 X' → 가람 호크스, 가람 (a body the article
                           knows, written right before the post words)
  a person's body as topic '가람 세터 X는 …. 미들블로커 Y도 …' → 가람: the subject phrase of the sentence before
                           opens with the body of a person written there
  the body it leads         '지휘자 X는 …. 그가 이끄는 가람필하모닉은 …' → 가람필하모닉 (the person named last before
                           the pronoun); then '오케스트라 악장인 Y' → the one body of that kind the article names
  the one council          a bare '시의원' → the council of the one city the article names ('가람시장' → 가람시의회)
  the party of the passage  '새빛당 X 대표는 …. 원내대표인 Y 의원은 …', 'Z 최고위원은' → 새빛당: a lawmaker or a party
                           post with no body of its own belongs to the party last made a side of a clause before the
                           name (outside quotations); '새빛당 예결위 간사인 Y 의원' → 새빛당, not the committee.
                           A lawmaker with no party post gets it only from the sentence naming them ('새빛당은 …
                           X 의원을 앞세웠다'); a list of lawmakers after another party's member is named keeps none
  the council of a committee '가람시의회 복지위는 …. 복지위 X 의원은' → 가람시의회 복지위: a council member
                           the rules gave a committee sits in the council written before that committee
  the party of a race      '새빛당 … 최고위원 경선에서 X 전 청년위원장이 당선됐다' → 새빛당: a former post-holder the
                           sentence puts up for a party post
  the institution of a      '가람대는 신소재공학과 X 교수와 …' → 가람대 신소재공학과 (the sentence's topic); '…대학교병원이
  department               수술에 성공했다. 수술은 흉부외과 X 교수팀이' → …대학교병원 흉부외과 (the story's one hospital)
A role in a work is no body: '논문 제1저자인 X 박사과정생' leaves X without one. Nor is a post once held: '전 가람시의원'
is not a member of 가람시의회 now. Nor is a rank ('2위 X 후보'), nor a word of the person's own name.
A topic or possessor counts as a body only when the article already ties someone to it, or it ends as a body's name
does ('…연구원', '…위원회'). Nothing is given when the post is one a body's head or an outsider holds (대표, 교수).
"""

from __future__ import annotations

import re
from functools import cache

from builder.rules import Context
from builder.rules.ko import affiliation, person
from builder.rules.ko.text import every_occurrence, is_syllable, sentence_bounds
from builder.rules.model import Mention, Person
from builder.rules.tables import alternation, load

LEX = load("ko", "membership")
MEMBER_POSTS: dict[str, frozenset[str]] = {kind: frozenset(posts) for kind, posts in LEX["member_posts"].items()}
ALL_POSTS = frozenset().union(*MEMBER_POSTS.values())
NOT_BY_ARTICLE_BODY = frozenset(LEX["not_by_article_body"])
COUNCIL_SEATS: dict[str, str] = LEX["council_seats"]
COUNCIL = "의회"
LONGEST_TOWN = 5  # '가람시', '서귀포시': a town's name, not a longer body ending alike
LONGEST_LEDE_DESCRIPTION = 4  # '국내 인공지능(AI) 반도체 스타트업 누리칩이': words saying what the body is
PLAYER_POSTS = MEMBER_POSTS["team"]
CARRY_REACH = 4  # sentences looked back over for the side a player is of
SIDE_PARTICLES = list(LEX["side_particles"])
LONGEST_SUBJECT_PHRASE = 5  # words of a subject phrase: body, posts, name with its particle
TRANSFER = re.compile(alternation(LEX["transfer_stems"]))
OPENERS = r"(?:(?:%s),? )?" % alternation(LEX["sentence_openers"])
SUBJECT = alternation(LEX["subject_particles"])
# What may follow the head of a headline where the lede opens with it: a gloss, a subject particle, or a space before
# the rest of a fuller name (a plain test run before the patterns built per head).
AFTER_LEDE_HEAD = tuple({"(", " "} | {p[0] for p in LEX["subject_particles"]})
TOPIC = re.compile(r"^%s(?P<body>[^\s\"“”'‘’]+(?: [^\s\"“”'‘’]+)?)(?:\([^()\s]{1,15}\))?(?:%s) " % (OPENERS, SUBJECT))
ONE_WORD_TOPIC = re.compile(r"^%s(?P<body>[^\s\"“”'‘’]+?)(?:\([^()\s]{1,15}\))?(?:%s) " % (OPENERS, SUBJECT))
ADVERBIAL_TOPIC = re.compile(r"(?:%s)$" % alternation(LEX["adverbial_topic_endings"]))  # '타선에서는': no subject
SUBJECT_WORD = re.compile(r"[가-힣A-Za-z0-9)](?:%s)$" % SUBJECT)
DEPARTMENT = re.compile(r"[가-힣A-Za-z]+(?:%s)" % alternation(LEX["department_endings"]))
INSTITUTION_ENDINGS = tuple(LEX["institution_endings"])
CLINICAL_DEPARTMENT_ENDINGS = tuple(LEX["clinical_department_endings"])
HOSPITAL_KIND_WORDS = frozenset(LEX["hospital_kind_words"])
HOSPITAL_ENDINGS = frozenset(LEX["hospital_endings"])
HOSPITAL_NAME = re.compile(r"(?<![가-힣A-Za-z])(?P<name>[가-힣A-Za-z]{1,14}(?:%s))(?![가-힣]{0,1}장)(?=[가-힣]{0,2}(?:[\s,.·)\"'”’]|$))"
                           % alternation(LEX["hospital_endings"]))
UNIVERSITY_HOSPITAL = tuple(LEX["university_hospital_forms"])  # long form, short form
HEADLINE_HEAD = re.compile(r"^[^,…]{2,30}?(?=,|…)")
GLOSS = re.compile(r"\([^()]*\)")
LONGEST_SURNAME_AFTER_NAME = 5  # a word this long after a three-syllable name is a body glued to it, no surname
QUOTED_NICKNAME = re.compile(r"['‘][^'’]{1,15}['’] $")
COMMITTEE_ENDINGS = tuple(LEX["committee_endings"])
ENSEMBLE_KINDS = tuple(LEX["ensemble_kinds"])
LED_BY = re.compile(r"(?<![가-힣])(?:%s)가 (?:%s) (?P<body>[^\s\"“”'‘’(]+?)(?:\([^()]{1,15}\))?(?:%s|의|에서|와|과|로|도)?(?=[\s,.])" % (
    alternation(LEX["led_by_pronouns"]), alternation(LEX["led_by_verbs"]), SUBJECT))
LONGEST_COMMITTEE = 12  # a standing committee's name, full or shortened ('보건복지위원회'); not a sentence's worth
PARTY_SIDE = alternation(LEX["party_side_particles"])
QUOTATION = re.compile(r"[\"“][^\"“”\n]*[\"”]")
WORK_ROLES = frozenset(LEX["work_roles"])
FORMER_MARKERS = frozenset(LEX["former_markers"])
SAME_PARTY = frozenset(LEX["same_party"])
RANK = re.compile(LEX["rank_pattern"])
COUNCIL_MEMBER_TITLES = frozenset(LEX["council_member_titles"]) | frozenset(COUNCIL_SEATS)
PARTY_CHAPTER = re.compile(LEX["party_chapter_pattern"])
PARTY_GATHERINGS = frozenset(LEX["party_gatherings"])
REGIONAL_BLOCS = frozenset(LEX["regional_blocs"])
BARE_CLUB_WORDS = frozenset(LEX["bare_club_words"])
FIRM_UNIT_ENDINGS = tuple(LEX["firm_unit_endings"])
COPULA_MODIFIER = "인"  # '제1저자인 X': 'who is the first author'
MATCH_TIME = re.compile(LEX["match_time_pattern"])
CONCEDING = re.compile(alternation(LEX["conceding_stems"]))
OWN_PLAY = re.compile(r"^의 (?:[^\s,.]+ ){0,5}?(?:[^\s,.]+(?:으로|로)(?=[\s,])|[^\s,.]+[을를] (?:%s))" % alternation(LEX["own_play_verbs"]))
SIDE_TOPIC = re.compile(r"(?:^|(?<=[\s,]))(?P<body>[^\s,\"“”'‘’()]+)(?:\([^()]{1,15}\))?(?:%s) " % SUBJECT)
OPPONENT_WORDS = frozenset(LEX["opponent_words"])
LONGEST_SIDE_CLAUSE = 14  # words from a side's topic to a player of it ('대전은 후반 22분 X가 … 나갔고 … Y가')


def is_work_role(org: str | None) -> bool:
    """'논문 제1저자인', '교신저자': a role in a paper or a work, with the copula or without, read as a body."""
    words = (org or "").split()
    return bool(words) and (words[-1] in WORK_ROLES or (
        words[-1].endswith(COPULA_MODIFIER) and words[-1][:-len(COPULA_MODIFIER)] in WORK_ROLES))


def once_held_body(p: Person) -> bool:
    """'전 가람시의원', '전 누리청년위원장': the body read off a post the person held once; they sit in it no more."""
    words = GLOSS.sub("", p.title or "").split()
    return len(words) > 1 and words[0] in FORMER_MARKERS and p.organization is not None and \
        p.organization in (person.headed_body(p.title), affiliation.local_body(p.title))


def own_name(p: Person) -> bool:
    """'파르히드 나자리' with the body '파르히드', '응우옌 안 투' with '안 투': words of the person's own name, no body."""
    words = (p.organization or "").split()
    return bool(words) and set(words) <= set(p.name.split())


def of_party(org: str | None) -> bool:
    """'가람시당위원회', '전당대회': a party's chapter or gathering, read as the body of a post in it; the person is the
    party's."""
    return bool(org) and (PARTY_CHAPTER.fullmatch(org) is not None or org in PARTY_GATHERINGS)


def glossed_names(persons: list[Person], body: str) -> None:
    """'세온(본명 김세온)': the other name a person is glossed with names the same person, of the same body."""
    tied = {q.name: q.organization for q in persons if q.organization and q.role != "reporter"}
    for p in persons:
        if p.organization or p.role == "reporter" or f" {p.name})" not in body:
            continue  # the plain test first: the pattern is built per name
        for m in re.finditer(r"(?P<name>[^\s(),]+)\((?:%s) %s\)" % (
                alternation(list(person.ALIAS_GLOSS_WORDS)), re.escape(p.name)), body):
            if m.group("name") in tied:
                p.organization = tied[m.group("name")]
                break


def is_former(p: Person) -> bool:
    words = GLOSS.sub("", p.title or "").split()
    return len(words) > 1 and words[0] in FORMER_MARKERS


def full_mention_starts(p: Person, mentions: list[Mention]) -> list[int]:
    """Where the article writes the person's full name, in order; else where the person was first found."""
    return sorted(m.start for m in mentions if m.person == p.name and m.kind == "full") or [p.first_offset]


def resolve(persons: list[Person], mentions: list[Mention], body: str, ctx: Context) -> None:
    """Give the persons left without an organisation the body the article ties their post to."""
    ranked = [p for p in persons if p.role != "reporter" and RANK.fullmatch(p.organization or "")]
    for p in persons:
        if is_work_role(p.organization) or once_held_body(p) or RANK.fullmatch(p.organization or "") or own_name(p) \
                or p.organization in REGIONAL_BLOCS:
            p.organization = None
    party_of_ranked(ranked, persons, mentions, body, ctx.title or "")
    glossed_names(persons, body)
    party_of_members(persons, mentions, body)
    council_of_committees(persons, body)
    institution_of_departments(persons, mentions, body)
    led_bodies(persons, mentions, body)
    bodies = known_bodies(persons, body)
    names = name_words(persons)
    article_body = topic_of_article(ctx.title or "", body, names, frozenset(
        p.organization for p in persons if p.organization and p.role != "reporter"))
    if article_body:
        bodies.add(article_body)
        for p in persons:
            if p.role != "reporter" and p.organization in BARE_CLUB_WORDS:
                p.organization = article_body  # '구단 대표이사인 X 사장' in a story about one club: that club
            elif p.role != "reporter" and unit_of_post(p, body):
                p.organization = article_body  # '가람백화점, …' then 'X 영업본부장': the store, not its unit
    for p in persons:
        if p.role == "reporter" or p.organization:
            continue
        starts = full_mention_starts(p, mentions)
        starts = [at for at in starts if at >= 0]
        ensemble = kind_of_named_body(starts, body, bodies)
        if ensemble:
            p.organization = ensemble
            continue
        kinds = post_kinds(p, starts, body)
        if not kinds:
            p.organization = one_council(p, persons, body)
            continue
        posted = [at for at in starts if posted_at(p, at, body)]
        p.organization = next((found for found in (clause_body(at, body, bodies, names, players_of(persons)) for at in posted)
                               if found), None) \
            or (by_article_body(p, kinds, article_body, persons) if posted and not moved(posted[0], body) else None)
    if any(set(GLOSS.sub(" ", p.title or "").split()) & PLAYER_POSTS for p in persons if p.role != "reporter"):
        for p in persons:
            if p.role != "reporter" and not p.organization:
                p.organization = side_in_play(p, mentions, body, bodies, names)
        for p in persons:  # the sides just read carry to the players named after them ('X는 …. 3번 타자 Y가 …')
            if p.role != "reporter" and not p.organization and post_kinds(p, full_mention_starts(p, mentions), body) & {"team"}:
                posted = [at for at in full_mention_starts(p, mentions) if at >= 0 and posted_at(p, at, body)]
                p.organization = next((found for found in (
                    clause_body(at, body, bodies, names, players_of(persons)) for at in posted) if found), None)


def players_of(persons: list[Person]) -> dict[str, str]:
    """The side of each person the rules tied to a body, by name and by the last word of a name in several words
    ('파올로 마르티넬리' … '마르티넬리는')."""
    sides: dict[str, str] = {}
    for p in persons:
        if p.organization and p.role != "reporter":
            sides[p.name] = p.organization
            sides.setdefault(p.name.split()[-1], p.organization)
    return sides


def name_words(persons: list[Person]) -> set[str]:
    """Words of the persons' names; not a body a misread row glued to a three-syllable name ('X 누리셈바이오텍')."""
    words = set()
    for p in persons:
        parts = p.name.split()
        if len(parts) == 2 and len(parts[0]) == 3 and len(parts[1]) >= LONGEST_SURNAME_AFTER_NAME:
            parts = parts[:1]
        words.update(parts)
    return words


def known_bodies(persons: list[Person], body: str) -> set[str]:
    """Bodies the article ties someone to, their words ('가람 호크스' → 가람, 호크스), and a town written right before
    one ('부산 시호크스' → 부산)."""
    orgs = {p.organization for p in persons if p.organization and p.role != "reporter"}
    found = set(orgs) | {w for o in orgs for w in o.split() if len(w) >= 2}
    for org in orgs:
        found.update(words_right_before(org, body))
    return found


def words_right_before(org: str, body: str) -> list[str]:
    """The words of two to four syllables written alone right before the body's name, as
    re.finditer(r"(?:^|(?<=\\s))(?P<town>[가-힣]{2,4}) ORG(?![가-힣])") finds them, left to right and not overlapping,
    found by string search: a pattern built per body costs a compilation on every page."""
    words, resume = [], 0
    for space in every_occurrence(body, f" {org}"):
        start = space
        while start > 0 and space - start < 5 and is_syllable(body[start - 1]):
            start -= 1
        end = space + 1 + len(org)
        if start < resume or not 2 <= space - start <= 4 or (start > 0 and not body[start - 1].isspace()) \
                or (end < len(body) and is_syllable(body[end])):
            continue
        words.append(body[start:space])
        resume = end
    return words


def is_body(word: str, bodies: set[str], names: set[str]) -> bool:
    """A body: one the article ties someone to, or a word ending as a body's name does; never a person's name, nor a
    bare kind after another word ('당분간 팀은': 'for now, the team')."""
    word = GLOSS.sub("", word)
    if not word or any(w in names for w in word.split()):
        return False
    if word in bodies:
        return True
    return len(word) > 3 and word.endswith(person.ORG_ENDINGS) and word.split()[-1] not in person.ORG_ENDINGS


def word_before(at: int, body: str) -> str | None:
    """The word right before a name, past a quoted nickname ('서포터 '카이' X')."""
    before = QUOTED_NICKNAME.sub("", body[max(0, at - 40):at])
    words = before.split()
    return words[-1] if words and before.endswith(" ") else None


def posted_at(p: Person, at: int, body: str) -> bool:
    """The mention at `at` is written with a member post, before the name or after it ('주장 X', 'X 책임연구원'), not
    a bare name in a quoted title ('‘X 회고전’')."""
    if word_before(at, body) in ALL_POSTS or "".join(GLOSS.sub(" ", p.title or "").split()) in ALL_POSTS \
            and body[max(0, at - len(p.title or "") - 1):at] == f"{p.title} ":
        return True  # and '아웃사이드 히터 X': the post in two words right before the name
    after = GLOSS.sub("", body[at + len(p.name):at + len(p.name) + 40]).split()
    return bool(after) and any(after[0].startswith(post) for post in ALL_POSTS)


def post_kinds(p: Person, starts: list[int], body: str) -> set[str]:
    """Kinds of the member posts the person holds: in the title, or the word right before the name."""
    words = set(GLOSS.sub(" ", p.title or "").split())
    words |= {"".join(GLOSS.sub(" ", p.title or "").split())}  # '아웃사이드 히터': a position written in two words
    words |= {w for w in (word_before(at, body) for at in starts) if w}
    return {kind for kind, posts in MEMBER_POSTS.items() if words & posts}


def sentence_topic(start: int, end: int, body: str, bodies: set[str], names: set[str]) -> str | None:
    """The body that opens the sentence as its topic or subject ('반면 가람은 …', 'EU 집행위원회는 …'), or opens the
    subject phrase of a person of it ('가람 세터 X(25)는 …', '가람 X 감독은 …')."""
    text = body[start:end]
    for pattern in (TOPIC, ONE_WORD_TOPIC):
        m = pattern.match(text)
        if m and is_body(m.group("body"), bodies, names):
            return GLOSS.sub("", m.group("body"))
    return person_subject_body(text, bodies, names) or described_topic(text, bodies, names)


def described_topic(text: str, bodies: set[str], names: set[str]) -> str | None:
    """'프로축구 K리그1 가람 유나이티드가 …': the subject opens the sentence after words saying what it is; a body only
    when the article ties someone to it (no word ending as a body does)."""
    words = GLOSS.sub("", re.sub(r"^%s" % OPENERS, "", text)).split()
    for k in range(1, LONGEST_LEDE_DESCRIPTION + 1):
        for n in (2, 1):
            if k + n > len(words) or not SUBJECT_WORD.search(words[k + n - 1]):
                continue
            candidate = " ".join(words[k:k + n - 1] + [words[k + n - 1][:-1]])
            if candidate in bodies and not any(w in names for w in candidate.split()):
                return candidate
    return None


def is_post_or_name(word: str, names: set[str]) -> bool:
    return word in ALL_POSTS or word in names


def person_subject_body(text: str, bodies: set[str], names: set[str]) -> str | None:
    """'가람 아포짓 스파이커 X(25)는 …', 'X 가람 대표는 …': the subject is a person written with a body the article
    knows (the body first, then posts and the name; or the name, the body and a post); the sentence is about that
    body."""
    words = re.sub(r"^%s" % OPENERS, "", text).split()[:LONGEST_SUBJECT_PHRASE]
    for i, word in enumerate(words):
        if not SUBJECT_WORD.search(GLOSS.sub("", word)):
            continue
        head = GLOSS.sub("", word)[:-1]
        for n in (2, 1):
            phrase = words[n:i] + [head]
            if i >= n and " ".join(words[:n]) in bodies and all(is_post_or_name(w, names) for w in phrase) \
                    and any(w in names for w in phrase):
                return " ".join(words[:n])
            if i == n + 1 and words[0] in names and " ".join(words[1:i]) in bodies and head not in names:
                return " ".join(words[1:i])  # '가람전자 X 대표는' written name first: 'X 가람전자 대표는'
        return None
    return None


def body_before_post(before: str, bodies: set[str], names: set[str]) -> str | None:
    """'가람 호크스 주장 X', '가람 아포짓 스파이커 X': the body the article knows, written right before the post words of
    the name (not any word ending as a body does: '유격수 X과 투수 Y')."""
    words = QUOTED_NICKNAME.sub("", before).split()
    posts = 0
    while words and words[-1] in ALL_POSTS:
        words.pop()
        posts += 1
    if not posts:
        return None
    for n in (2, 1):
        candidate = " ".join(words[-n:])
        if len(words) >= n and candidate in bodies and not any(w in names for w in candidate.split()):
            return candidate
    return None


def one_council(p: Person, persons: list[Person], body: str) -> str | None:
    """A bare council seat ('시의원') where the article names one town of that kind: a member of its council
    ('가람시장 …' or '가람시의회' → 가람시의회)."""
    ending = COUNCIL_SEATS.get(GLOSS.sub("", p.title or "").strip())
    if not ending:
        return None
    councils = {m.group(1) + COUNCIL for m in re.finditer(
        r"(?<![가-힣])([가-힣]{1,%d}%s)%s" % (LONGEST_TOWN - 1, ending, COUNCIL), body)}
    councils |= {o + COUNCIL for o in (q.organization for q in persons if q.organization and q.role != "reporter")
                 if re.fullmatch(r"[가-힣]{1,%d}%s" % (LONGEST_TOWN - 1, ending), o)}
    return councils.pop() if len(councils) == 1 else None


def moved(at: int, body: str) -> bool:
    """The sentence at `at` moves a person between bodies or bargains with one ('… X를 보내고 Y를 받는 트레이드')."""
    start, end = sentence_bounds(body, at)
    return bool(TRANSFER.search(body, start, end))


def clause_body(at: int, body: str, bodies: set[str], names: set[str], players: dict[str, str] | None = None) -> str | None:
    """The body of the clause naming the person at `at`: its sentence's topic, the possessor right before the name,
    or the topic of the sentence before when this one sets no subject before the name."""
    if moved(at, body):
        return None  # whose body the person is of, the sentence does not say
    start, _ = sentence_bounds(body, at)
    before = body[start:at]
    if named_as_opponent(before):
        return None
    written = body_before_post(before, bodies, names)
    if written:
        return written
    possessor = re.search(r"(?:^|\s)(?P<body>[^\s]+)의 (?:[^\s]+ ){0,2}$", before)
    if possessor and is_body(possessor.group("body"), bodies, names):
        return possessor.group("body")
    topic = sentence_topic(start, at, body, bodies, names)
    if topic:
        return topic
    if any(SUBJECT_WORD.search(w) and not (ADVERBIAL_TOPIC.search(w) and opens_with_post(before)) for w in before.split()) \
            or start == 0:  # ('타선에서는 3번 타자 X가': a place made the topic before a player's post sets no subject)
        return None
    if body[start - 1] == "\n":
        return carried_topic(start, body, bodies, names, players) if opens_with_post(before) else None
    prev_start, _ = sentence_bounds(body, start - 2)
    topic = sentence_topic(prev_start, start, body, bodies, names)
    if topic and other_body_named(body[prev_start:start], topic, bodies, names):
        return None  # '가람은 … 뽑았지만, 후반 들어 누리가 …': two sides in the sentence before, nothing carried
    return topic or (carried_topic(start, body, bodies, names, players) if opens_with_post(before) else None)


def side_in_play(p: Person, mentions: list[Mention], body: str, bodies: set[str], names: set[str]) -> str | None:
    """A player the match report names in a clause of one side, with no post to read a side from: the side is the
    topic or subject the clause opens with, when the player's play is how that side did it ('가람이 X의 결승골을
    앞세워 …', '누리는 7회말 X의 2점 홈런으로 쫓아갔다') or the player is the subject under it at a time of the match ('가람은
    후반 22분 X가 헤더로 앞서 나갔다'). Never where the side concedes ('… X의 홈런으로 3점을 내줬다') nor where another
    body or the word for the opponent stands between; every mention so read must give the same side (written in full
    or short: '가람하나FC' and '가람'), the fullest kept."""
    sides = {side for side in (side_at(m.start, name_end(m, body), body, bodies, names)
                               for m in mentions if m.person == p.name and m.kind in ("full", "short")) if side}
    longest = max(sides, key=len, default=None)
    return longest if longest and all(s.replace(" ", "") in longest.replace(" ", "") for s in sides) else None


def name_end(m: Mention, body: str) -> int:
    """Where the name of a mention ends, before the particle the mention may hold ('X의' → after X)."""
    return m.end - len(m.particle) if m.particle and body[:m.end].endswith(m.particle) else m.end


def side_at(at: int, end: int, body: str, bodies: set[str], names: set[str]) -> str | None:
    """The side of the clause naming a player at `at` (see side_in_play), or None."""
    if moved(at, body):
        return None
    start, stop = sentence_bounds(body, at)
    before, after = body[start:at], body[end:stop]
    if before.count("\"") % 2 or before.count("“") > before.count("”"):
        return None  # inside a quotation
    topics = list(SIDE_TOPIC.finditer(before))
    for m in reversed(topics):
        side = side_named(m, before, bodies, names)
        if not side:
            continue
        between = before[m.end():].split()
        if len(between) > LONGEST_SIDE_CLAUSE or any(GLOSS.sub("", w).rstrip(",") in OPPONENT_WORDS or any(
                b in w for b in bodies if len(b) >= 2) for w in between) or CONCEDING.search(after):
            return None
        if OWN_PLAY.match(after) and len(between) <= 3:
            return side
        if re.match(r"^(?:\([^()]{1,15}\))?[이가] ", after) and MATCH_TIME.search(" ".join(between)):
            return side
        return None
    return None


def side_named(m: re.Match[str], before: str, bodies: set[str], names: set[str]) -> str | None:
    """The body a subject or topic names, as written: one the article ties someone to, a fuller name opening with one
    ('가람하나FC' of 가람), or one's name in two words after a town or before a nickname ('가람 호크스')."""
    word = m.group("body")
    if word in names or word in OPPONENT_WORDS or not re.match(r"[가-힣A-Za-z]", word):
        return None
    if word in bodies or any(len(b) >= 2 and word.startswith(b) and b not in names for b in bodies):
        return word
    previous = before[:m.start()].split()
    if previous and previous[-1] in bodies and previous[-1] not in names:
        return f"{previous[-1]} {word}"
    return None


def named_as_opponent(before: str) -> bool:
    """'상대 수비수 X', '상대 X': the word for the other side right before the name or its post words; whatever side the
    clause is of, the person is not of it."""
    words = QUOTED_NICKNAME.sub("", GLOSS.sub("", before)).split()
    while words and words[-1] in ALL_POSTS:
        words.pop()
    return bool(words) and words[-1] in OPPONENT_WORDS


def opens_with_post(before: str) -> bool:
    """'아웃사이드 히터 ', '외국인 선수 ': a player's post (in one word or two) right before the name, as a match report
    names the players of the side it speaks of."""
    words = GLOSS.sub("", before).split()
    return bool(words) and ("".join(words[-2:]) in PLAYER_POSTS or words[-1] in PLAYER_POSTS)


def carried_topic(start: int, body: str, bodies: set[str], names: set[str], players: dict[str, str] | None = None) -> str | None:
    """'이날 승리로 누리는 선두를 지켰다.' then, a paragraph on, '세터 X(24)가 …. 외국인 선수 Y도 …': in a match report the
    players named with their post and no side, after the sentences on one side, are that side's. The nearest sentence
    before (over one paragraph break at most, a few sentences) whose topic is a body the article knows gives it, when
    no sentence on the way makes another body a subject: the other side, never named so, cannot be the answer. A
    sentence opening with a player the article already ties to a side as its subject ('X는 32점을 올렸다.' then
    '공격수 Y가 15점') is about that side (`players`: the persons' sides by name)."""
    breaks = 0
    at = start
    for _ in range(CARRY_REACH):
        if at <= 0:
            return None
        if body[at - 1] == "\n":
            breaks += 1
            if breaks > 1:
                return None
        prev_start, _ = sentence_bounds(body, max(0, at - 2))
        topic = sentence_topic(prev_start, at, body, bodies, names)
        sentence = body[prev_start:at]
        topic = topic or player_subject_side(sentence, players or {})
        if other_body_named(sentence, topic or "", bodies, names) or other_side(sentence, topic or "", bodies, names):
            return None
        if topic:
            return topic
        at = prev_start
    return None


def player_subject_side(sentence: str, players: dict[str, str]) -> str | None:
    """The side of the player whose bare name with a subject's particle opens the sentence ('X(24)는 …', '반면 X가 …')."""
    m = re.match(r"^%s(?P<name>[^\s(]+(?: [^\s(]+)?)(?:\([^()]{1,15}\))?(?:%s) " % (OPENERS, SUBJECT), sentence.lstrip())
    if not m:
        return None
    return players.get(m.group("name")) or players.get(m.group("name").split()[-1])


def other_side(sentence: str, topic: str, bodies: set[str], names: set[str]) -> bool:
    """'… 가온도 끝까지 버텼다', '누리와 가온은': another body the article knows, besides the topic, with a particle of a
    subject, of 'too' or of 'and' (a side of the sentence as much as the topic); a body as an object ('가온을 꺾었다') is
    none."""
    own = set(topic.split()) | {topic}
    return any(b not in own and len(b) >= 2 and not any(w in names for w in b.split()) and re.search(
        r"(?<![가-힣])%s(?:%s) " % (re.escape(b), alternation(SIDE_PARTICLES)), sentence) for b in bodies)


def other_body_named(sentence: str, topic: str, bodies: set[str], names: set[str]) -> bool:
    """Does the sentence make another body the article knows a subject besides its topic ('…지만, 누리가 …'), or
    the body of a person who is one ('가람 X가 친 공을 누리 유격수 Y가 잡았다')? A body named otherwise ('누리
    공격수 Z에게', '누리은행에') is no side of the sentence."""
    own = set(topic.split()) | {topic}
    words = GLOSS.sub("", sentence).split()
    for i, word in enumerate(words):
        if not SUBJECT_WORD.search(word):
            continue
        k = i
        bare = word[:-1]
        while k > 0 and is_post_or_name(bare, names):
            k -= 1
            bare = words[k]
        for n in (2, 1):
            if k + 1 >= n:
                candidate = " ".join(words[k + 1 - n:k + 1]) if k < i else " ".join(words[k + 1 - n:k] + [bare])
                if candidate not in own and candidate in bodies:
                    return True
    return False


def unit_of_post(p: Person, body: str = "") -> bool:
    """Is the person's organisation only the firm's unit their post heads, no body named: read from the post
    ('영업본부장' → 영업본부) or from the clause holding it before the name ('영업본부를 이끄는 X 전무')?"""
    if not p.organization or " " in p.organization or not p.organization.endswith(FIRM_UNIT_ENDINGS):
        return False
    if p.organization in (person.headed_body(p.title), affiliation.glued_head_body(p.title)):
        return True
    return bool(p.title) and re.search(r"(?:^|\s)%s[을를] (?:%s) %s" % (
        re.escape(p.organization), alternation(affiliation.LEX["holding_clauses"]), re.escape(p.name)), body) is not None


def party_of_ranked(ranked: list[Person], persons: list[Person], mentions: list[Mention], body: str, title: str) -> None:
    """'2위 X 후보(31.8%)': a rank read as the body hides no body of its own; a candidate or lawmaker so ranked is of the
    one party the article names, as one with no body written is (affiliation.only_party)."""
    members = [p for p in ranked if p.title and p.title.split()[-1] in affiliation.PARTY_MEMBER_TITLES]
    party = affiliation.only_party(body, title, name_words(persons)) if members else None
    for p in members:
        at = next((m.start for m in mentions if m.person == p.name and m.kind == "full"), p.first_offset)
        if party and not affiliation.left_a_party(at, body):
            p.organization = party


def topic_of_article(title: str, body: str, names: set[str], orgs: frozenset[str] = frozenset()) -> str | None:
    """The one body the article is about: the head of the headline before its comma ('누리호크스, …'), when the lede's
    first sentence opens with it as the subject, or with a fuller name of a body the article ties a person to
    (headline '가람, …', lede '가람 호크스가 …', a person of 가람 → 가람); else the headline's first word, so read."""
    m = HEADLINE_HEAD.match(title.strip())
    if not m:
        return None
    words = m.group().split()
    lede = body.lstrip()[:300]
    heads = [" ".join(words[-n:]) for n in (2, 1) if len(words) >= n and not (n == 2 and words[-2] in person.FIRM_KINDS)]
    # ('반도체 스타트업 누리칩': the kind of firm is no part of its name)
    if len(words) >= 2:
        heads.append(words[0])  # '누리호크스 진아름 30점 폭발…': a headline opening with the body, then what it did
    for candidate in heads:
        if any(w in names for w in candidate.split()) or not re.match(r"[가-힣A-Za-z]", candidate) \
                or person.is_korean_name(candidate):  # '진아름, 첫 우승': a player the rules may have missed
            continue
        if not any((at == 0 or lede[at - 1] == " ") and lede.startswith(AFTER_LEDE_HEAD, at + len(candidate))
                   and "." not in lede[:at] and lede[:at].count(" ") <= LONGEST_LEDE_DESCRIPTION
                   for at in every_occurrence(lede, candidate)):
            continue  # the plain test first (the candidate within the lede's first words): the patterns are built per candidate
        if re.match(r"^(?:[^\s.]+ ){0,%d}%s(?:\([^()]{1,15}\))?(?:%s) " % (LONGEST_LEDE_DESCRIPTION, re.escape(candidate), SUBJECT), lede) \
                and not re.search(r"%s\(\d{1,3}" % re.escape(candidate), body):  # '…(22)가': an age, a person
            return candidate
        fuller = re.match(r"^(?:[^\s.]+ ){0,%d}%s (?P<rest>[^\s.()]+?)(?:\([^()]{1,15}\))?(?:%s) " % (
            LONGEST_LEDE_DESCRIPTION, re.escape(candidate), SUBJECT), lede)
        if fuller and (candidate in orgs or f"{candidate} {fuller.group('rest')}" in orgs):
            return candidate
    return None


def by_article_body(p: Person, kinds: set[str], article_body: str | None, persons: list[Person]) -> str | None:
    """The article's one body, for a post of a kind no person of another body holds in the article."""
    if not article_body:
        return None
    words = set(GLOSS.sub(" ", p.title or "").split())
    if words & NOT_BY_ARTICLE_BODY and not (words & ALL_POSTS) - NOT_BY_ARTICLE_BODY:
        return None
    posts = frozenset().union(*(MEMBER_POSTS[k] for k in kinds))
    for other in persons:
        if other is p or not other.organization or other.role == "reporter":
            continue
        if set(GLOSS.sub(" ", other.title or "").split()) & posts and not (
                article_body in other.organization or other.organization in article_body):
            return None  # '늘품증권 상무' beside the firm's CTO: two bodies of that kind, nothing decides
    return article_body


def is_party_word(word: str) -> bool:
    """A party's name: one the press writes otherwise than by its ending ('국민의힘'), or a word ending as a party's
    does that names no hall or common thing ('새빛당', not '정당', '식당')."""
    return word in affiliation.PARTY_NAMES or (
        len(word) >= 3 and word.endswith(tuple(person.PARTY_ENDINGS)) and word not in affiliation.NOT_PARTIES
        and bool(re.fullmatch(r"[가-힣]+", word)))


def is_party_member(p: Person) -> bool:
    """A sitting lawmaker, a candidate or the holder of a party post ('의원', '최고위원', '원내대표'); not a former one
    ('전 의원'), whose party then may not be the one the article is about now."""
    words = GLOSS.sub("", p.title or "").split()
    if not words or any(w in person.FORMER_MARKERS for w in words):
        return False
    return words[-1] in affiliation.PARTY_MEMBER_TITLES or person.is_party_post(p.title)


def parties_named(persons: list[Person], body: str) -> dict[str, str]:
    """The parties of the article, each word it writes them by mapped to the fullest form ('민주당' → '더불어민주당'
    when the article gives both), from the persons' bodies and the party names the press writes otherwise."""
    full = {p.organization for p in persons if p.organization and p.role != "reporter" and is_party_word(p.organization)}
    full |= {name for name in affiliation.PARTY_NAMES if name in body}
    words = {w: w for w in full}
    for m in re.finditer(r"(?<![가-힣])([가-힣]{2,8}당)", body):
        short = m.group(1)
        longer = [w for w in full if w.endswith(short) and w != short]
        if len(longer) == 1 and is_party_word(short):
            words[short] = longer[0]
    return words


def party_sides(body: str, parties: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, party) of each party written as a side of a clause ('새빛당은', '새빛당 X 대표'), outside quotations."""
    quoted = [m.span() for m in QUOTATION.finditer(body)]
    sides = []
    for word, party in parties.items():
        for m in re.finditer(r"(?<![가-힣])%s(?:%s)?(?=\s)" % (re.escape(word), PARTY_SIDE), body):
            if not any(a <= m.start() < b for a, b in quoted):
                sides.append((m.start(), party))
    return sorted(sides)


def party_of_members(persons: list[Person], mentions: list[Mention], body: str) -> None:
    """Lawmakers and party posts with no party of their own: the party written right before the committee the rules
    took for their body ('새빛당 예결위 간사인 X 의원'), else the party last made a side of a clause before the name."""
    parties = parties_named(persons, body)
    if not parties:
        return
    sides = party_sides(body, parties)
    for p in persons:
        candidate = not p.organization and is_former(p)
        if p.role == "reporter" or not (is_party_member(p) or candidate or of_party(p.organization)):
            continue
        starts = full_mention_starts(p, mentions)
        at = next((s for s in starts if s >= 0), -1)
        if at < 0 or affiliation.left_a_party(at, body):
            continue
        earlier = [(offset, party) for offset, party in sides if offset < at]
        if of_party(p.organization):
            before = re.search(r"(?:^|\s)(\S+) %s(?![가-힣])" % re.escape(p.organization), body[max(0, at - 60):at])
            written = before.group(1) if before and before.group(1) in parties else None
            p.organization = parties[written] if written else earlier[-1][1] if earlier else p.organization
            continue
        if p.organization:
            if len(p.organization) <= LONGEST_COMMITTEE and p.organization.endswith(COMMITTEE_ENDINGS):
                before = re.search(r"(?:^|\s)(\S+) %s(?![가-힣])" % re.escape(p.organization), body[max(0, at - 60):at])
                if before and before.group(1) in parties:
                    p.organization = parties[before.group(1)]
                elif before and before.group(1) in SAME_PARTY and earlier:
                    p.organization = earlier[-1][1]  # '당 윤리위 간사인 X 의원': the party of the passage
            continue
        if not earlier:
            continue
        offset, party = earlier[-1]
        if candidate:
            if party_post_in_sentence(at, body):
                p.organization = party  # '최고위원 경선에서 … X 전 청년위원장이 당선됐다'
        elif holds_party_post(p, at, body) or offset >= sentence_bounds(body, at)[0]:
            p.organization = party


def holds_party_post(p: Person, at: int, body: str) -> bool:
    """A party post: in the title ('최고위원'), written before the name ('사무총장인 X 의원'), or the post the sentence
    puts the person up for or in ('이번 최고위원 선거에서 X·Y 의원이 당선됐다', 'X 의원도 원내대표에 도전한다').
    A plain lawmaker's party is not the one last named before: '새빛당 A 의원은 …. B, C 의원은' says nothing of B's."""
    return person.is_party_post(p.title) or party_post_in_sentence(at, body)


def party_post_in_sentence(at: int, body: str) -> bool:
    """The sentence at `at` names a party post as a word of its own ('최고위원 경선에서', '원내대표인 X 의원')."""
    start, end = sentence_bounds(body, at)
    return bool(party_post_word().search(body, start, end))


@cache
def party_post_word() -> re.Pattern[str]:
    """A party post as a word of its own, with its particle ('최고위원에', not '최고위원회의'); built on first use, as
    the person rules that hold the posts import this module."""
    return re.compile(r"(?<![가-힣])(?:%s)(?:%s)?(?![가-힣])" % (
        alternation(list(person.PARTY_POSTS)), alternation(LEX["post_particles"])))


def led_bodies(persons: list[Person], mentions: list[Mention], body: str) -> None:
    """'지휘자 X는 …. 그가 이끄는 가람필하모닉은 …': the body a pronoun's person leads or belongs to, given to the person
    named last before the pronoun (in its paragraph), when the rules gave them none."""
    names = name_words(persons)
    by_name = {p.name: p for p in persons if p.role != "reporter"}
    for m in LED_BY.finditer(body):
        found = m.group("body")
        if any(w in names for w in found.split()) or not (
                found.endswith(person.ORG_ENDINGS + ENSEMBLE_KINDS) and len(found) > 3):
            continue
        paragraph = body.rfind("\n", 0, m.start()) + 1
        before = [x for x in mentions if x.person in by_name and paragraph <= x.start < m.start()]
        if not before:
            continue
        p = by_name[max(before, key=lambda x: x.start).person]
        if not p.organization:
            p.organization = found


def kind_of_named_body(starts: list[int], body: str, bodies: set[str]) -> str | None:
    """'오케스트라 악장인 X', '오케스트라 단원 X': an ensemble's kind written bare before the person's posts points to the
    one body of that kind the article ties someone to ('가람필하모닉오케스트라')."""
    for at in starts:
        words = QUOTED_NICKNAME.sub("", body[max(0, at - 40):at]).split()
        while words and (words[-1] in ALL_POSTS or words[-1].rstrip("인") in ALL_POSTS or person.is_person_noun(words[-1])):
            words.pop()
        if not words or words[-1] not in ENSEMBLE_KINDS:
            continue
        of_kind = {b for b in bodies if b.endswith(words[-1]) and b != words[-1]}
        if len(of_kind) == 1:
            return of_kind.pop()
    return None


def is_committee(org: str | None) -> bool:
    """A standing committee's name alone ('행정위원회', '예결위'), not a body above it ('가람시의회 행정위원회')."""
    return bool(org) and " " not in org and len(org) <= LONGEST_COMMITTEE and org.endswith(COMMITTEE_ENDINGS) \
        and COUNCIL not in org


def council_of_committees(persons: list[Person], body: str) -> None:
    """A council member the rules gave a committee alone sits in the council the article writes before that committee
    ('가람시의회 복지위는 …. 복지위 X 의원은' → 가람시의회 복지위; '군의회 해안특위 간사 X 의원' with
    '누리군의회' named → 누리군의회 해안특위)."""
    for p in persons:
        words = GLOSS.sub("", p.title or "").split()
        if p.role == "reporter" or not words or words[-1] not in COUNCIL_MEMBER_TITLES or not is_committee(p.organization):
            continue
        councils = {found for found in (named_council(m.group(1), body) for m in re.finditer(
            r"(?:^|(?<=\s))(\S+) %s(?:%s)?(?![가-힣])" % (re.escape(p.organization), alternation(LEX["post_particles"])),
            body)) if found}
        if len(councils) == 1:
            p.organization = f"{councils.pop()} {p.organization}"


def institution_of_departments(persons: list[Person], mentions: list[Mention], body: str) -> None:
    """A person given a department written alone belongs to the institution it is part of: the university, institute
    or hospital the sentence naming the person opens with as its topic ('가람대는 신소재공학과 X 교수와 화학과 Y 교수
    연구팀이 …', '누리대병원은 신경과 X 교수팀이 …'), else, for a clinical department, the one hospital the story names
    ('…대학교병원이 수술에 성공했다. 수술은 흉부외과 X 교수팀이'). The sentence's own topic is nearer than the story's
    hospital, and it still says which one when the story names two."""
    for p in persons:
        org = p.organization or ""
        if p.role == "reporter" or not org or " " in org:
            continue
        clinical = org.endswith(CLINICAL_DEPARTMENT_ENDINGS)
        institution = topic_institution_of(p, mentions, body) if clinical or DEPARTMENT.fullmatch(org) else None
        if institution is None and clinical:
            institution = one_hospital(body)
        if institution:
            p.organization = f"{institution} {org}"


def topic_institution_of(p: Person, mentions: list[Mention], body: str) -> str | None:
    """The institution opening, as its topic, a sentence where the article writes the person's full name."""
    for at in full_mention_starts(p, mentions):
        if at < 0:
            continue
        start, _ = sentence_bounds(body, at)
        institution = topic_institution(body[start:at])
        if institution:
            return institution
    return None


def one_hospital(body: str) -> str | None:
    """The one hospital the story names (its full and short forms counted once, the full one given); None when it
    names none or more than one. A kind of hospital ('대형병원', '각 요양병원') is no hospital's name."""
    hospitals: dict[str, str] = {}
    for m in HOSPITAL_NAME.finditer(body):
        name = m.group("name")
        if name in HOSPITAL_KIND_WORDS or any(name.endswith(kind) and len(name) - len(kind) <= 1
                                              for kind in HOSPITAL_KIND_WORDS - HOSPITAL_ENDINGS):
            continue
        key = name.replace(UNIVERSITY_HOSPITAL[0], UNIVERSITY_HOSPITAL[1])
        hospitals[key] = max(hospitals.get(key, name), name, key=len)
    return next(iter(hospitals.values())) if len(hospitals) == 1 else None


def topic_institution(before: str) -> str | None:
    """The university, institute or hospital opening the text as its topic ('가람과학기술원은 …'), with its gloss."""
    m = ONE_WORD_TOPIC.match(before)
    if not m:
        return None
    word = m.group("body")
    bare = GLOSS.sub("", word)
    if len(bare) < 2 or not bare.endswith(INSTITUTION_ENDINGS) or bare in INSTITUTION_ENDINGS:
        return None
    return word


def named_council(word: str, body: str) -> str | None:
    """The council a word before a committee names: a council by name ('가람시의회'), or the one council of that kind
    the article names for a bare '시의회', '군의회'."""
    word = GLOSS.sub("", word)
    town = word[:-len(COUNCIL)]
    if not word.endswith(COUNCIL) or not town or not re.fullmatch(r"[가-힣]+", town) \
            or not town.endswith(tuple(COUNCIL_SEATS.values())):
        return None
    if len(town) > 1:
        return word
    named = set(re.findall(r"(?<![가-힣])([가-힣]{1,%d}%s%s)" % (LONGEST_TOWN - 1, town, COUNCIL), body))
    return named.pop() if len(named) == 1 else None
