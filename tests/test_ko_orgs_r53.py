"""Round 53 (h53o): organisations and organisation speakers. A body of a place pointed back to, named in full before a
name and post ('이 단지 주민자치회 X 회장'); a body's coined name Kiwi opens with a verb's form; a civic body named by a
network's or an action's word speaking by its own name; the body a story is about before a name whose post heads a
unit of it; and match reports whose players are named with their post and no side, after sentences on one side.

Every sentence and name is invented; negatives beside each positive."""

from builder.rules import Context
from builder.rules.ko import person, quote

SAID = ' "약속을 꼭 지켜 달라"고 말했다.'


def rows(body: str) -> dict[str, tuple[str | None, str | None]]:
    found, _ = person.find(body, Context(None, title=None))
    return {p.name: (p.title, p.organization) for p in found}


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    found, mentions = person.find(body, Context(None))
    return [(q.speaker, q.speaker_kind) for q in quote.find(body, found, mentions, Context(None))]


# -- a determiner, the place pointed back to, then a body of it named in full -------------------------------------

def test_body_of_pointed_place_before_name_and_post():
    assert rows("그 아파트 노인회 표다온 회장은" + SAID).get("표다온") == ("회장", "노인회")
    assert rows("이 빌라 입주자대표회의 표다온 회장은" + SAID).get("표다온") == ("회장", "입주자대표회의")


def test_other_bodies_of_pointed_places():
    assert rows("그 마을 부녀회 표다온 회장은" + SAID).get("표다온") == ("회장", "부녀회")
    assert rows("이 학교 학부모회 표다온 회장은" + SAID).get("표다온") == ("회장", "학부모회")


def test_pointed_kind_alone_names_no_body():
    assert rows("이 회사 표다온 대표는" + SAID).get("표다온") == ("대표", None)


def test_pointed_place_and_a_post_is_no_body():
    assert rows("이 단지 경비원 표다온씨는" + SAID).get("표다온") == ("경비원", None)


# -- a coined name opening with what Kiwi reads as a verb's form ------------------------------------------------

def test_coined_body_name_opening_like_a_verb_stays_the_body():
    body = "한들농민회는 군청 앞에서 집회를 열었다.\n한들농민회 표다온 회장은 대회사에서" + SAID
    assert rows(body).get("표다온") == ("회장", "한들농민회")


def test_verb_form_before_a_name_stays_no_body():
    assert rows("집회를 이끈 표다온 의장은" + SAID).get("표다온") == ("의장", None)


# -- a civic body speaking by its own name ----------------------------------------------------------------------

def test_network_speaks_by_its_own_name():
    body = '가람전세피해시민네트워크는 20일 오전 가람지법 앞에서 기자회견을 열고 "엄하게 처벌해야 한다"고 밝혔다.'
    assert speakers(body) == [("가람전세피해시민네트워크", "organization")]


def test_joint_action_speaks_by_its_own_name():
    assert speakers('누리기후공동행동은 "약속을 꼭 지켜 달라"고 밝혔다.') == [("누리기후공동행동", "organization")]


def test_network_word_alone_is_no_speaker():
    assert speakers('네트워크는 "약속을 꼭 지켜 달라"고 밝혔다.') == [(None, None)]


# -- the body a story is about, before a name whose post heads a unit of it --------------------------------------

def test_story_body_before_name_and_unit_head():
    body = "가람전력은 다음 달부터 요금을 올린다고 밝혔다. 가람전력 채하람 재무관리처장은" + SAID
    assert rows(body).get("채하람") == ("재무관리처장", "가람전력")


def test_unit_head_keeps_its_unit_when_the_word_before_opens_no_sentence():
    assert rows("가람전력 채하람 재무관리처장은" + SAID).get("채하람") == ("재무관리처장", "재무관리처")


def test_place_opening_a_sentence_is_no_body_of_the_unit():
    body = "여울은 오늘 비가 많이 왔다. 여울 채하람 재무관리처장은" + SAID
    assert rows(body).get("채하람") == ("재무관리처장", "재무관리처")


# -- match reports: players named with their post, after the sentences on one side --------------------------------

MATCH = ("누리썬더는 8일 열린 여자부 경기에서 가온스톰을 세트 스코어 3-1로 꺾었다. 누리썬더 표다온 감독은"
         " \"선수들이 잘 버텼다\"고 말했다. 가온스톰 채하람 감독은 \"아쉽다\"고 했다.\n"
         "이로써 누리썬더는 승점 40을 쌓아 2위를 지켰다. 선두와의 차는 3으로 줄었다.\n")


def test_players_after_a_paragraph_on_one_side_are_of_that_side():
    got = rows(MATCH + "아웃사이드 히터 옹세린(24)이 26점을 올렸다. 외국인 선수 마리나 코렐도 19점을 보탰고,"
                       " 미들 블로커 탁유슬(21)은 블로킹 4개를 잡아냈다.")
    assert got.get("옹세린") == ("아웃사이드 히터", "누리썬더")
    assert got.get("탁유슬") == ("미들 블로커", "누리썬더")


def test_players_after_a_paragraph_naming_both_sides_as_subjects_get_no_side():
    both = MATCH.replace("이로써 누리썬더는 승점 40을 쌓아 2위를 지켰다.", "누리썬더가 앞섰지만 가온스톰도 끝까지 버텼다.")
    got = rows(both + "아웃사이드 히터 옹세린(24)이 26점을 올렸다.")
    assert got.get("옹세린") == ("아웃사이드 히터", None)


def test_story_body_shaped_as_a_name_before_a_unit_head():
    body = "심사원은 22일 점검 결과를 공개했다.\n심사원 채하람 주거점검국장은" + SAID
    assert rows(body).get("채하람") == ("주거점검국장", "심사원")
