"""Paradigms of people a Korean news sentence names without a full name the rules can read: a surname and a
post or an occupation that no full name resolves ('윤 감독은'), and the look-alikes that are no one ('한 의원은':
one member; '이 선수는': this player; '전 대표는': the former head). Invented sentences, one row per spelling."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.found_by) for p in found}


# -- 1. a surname and a post (or an occupation), nobody of that surname named -----------------------------
SURNAME_AND_POST = [
    ("표 감독은 경기가 끝난 뒤 취재진과 만나 웃었다.", "표 감독", "감독"),
    ("남궁 의원은 이날 국회에서 기자회견을 열었다.", "남궁 의원", "의원"),
    ("설 총장의 퇴임식은 오전 대강당에서 열렸다.", "설 총장", "총장"),
    ("채 경위에게 흉기를 휘두른 혐의로 40대가 붙잡혔다.", "채 경위", "경위"),
    ("탁 당선인은 이날 첫 인선을 발표했다.", "탁 당선인", "당선인"),
    ("맹 경장의 혈중알코올농도는 0.06%였다.", "맹 경장", "경장"),
    ("변 서장은 범행 당일 직원이 한 명뿐이었다고 말했다.", "변 서장", "서장"),
    ("도 선수 대신 다른 선수가 토론회에 나왔다.", "도 선수", "선수"),
    ("구 지청장에 대한 징계는 미뤄졌다.", "구 지청장", "지청장"),
    ("마 아나운서 대신 새 진행자가 발탁됐다.", "마 아나운서", "아나운서"),
    ("여울시 음식점 직원이 방 시장에게 폭언을 들었다고 신고했다.", "방 시장", "시장"),
    ("염 실장의 방미는 다음 주로 미뤄졌다.", "염 실장", "실장"),
]


@pytest.mark.parametrize("body,name,title", SURNAME_AND_POST)
def test_a_surname_and_a_post_nobody_resolves_is_a_person_named_so(body, name, title):
    found = persons(body)
    assert found.get(name) == (title, "surname_title")


NO_SURNAME = [
    "한 의원은 이날 회의에서 반대 의견을 냈다.",  # one member
    "이 선수는 올 시즌 10골을 넣었다.",  # this player
    "전 대표는 이날 기자들과 만났다.",  # the former head
    "현 시장은 재선에 도전한다.",  # the sitting mayor
    "각 선수는 번호표를 달았다.",  # each player
    "고 선수의 빈소는 병원에 차려졌다.",  # the late player
    "두 선수는 나란히 결승에 올랐다.",  # two players
]


@pytest.mark.parametrize("body", NO_SURNAME)
def test_a_determiner_before_a_post_is_no_surname(body):
    assert persons(body) == {}


SAME_PERSON = [
    ("표서율 감독은 웃었다. 표 감독은 이어 말했다.", "표서율"),
    ("표 감독은 웃었다. 표서율 감독은 이어 말했다.", "표서율"),
    ("표서율 아나운서가 진행했다. 표 아나운서는 웃었다.", "표서율"),
    ("표서율(41)씨는 웃었다. 표씨는 이어 말했다.", "표서율"),
]


@pytest.mark.parametrize("body,full", SAME_PERSON)
def test_a_short_mention_of_someone_named_in_full_is_no_second_row(body, full):
    assert list(persons(body)) == [full]


@pytest.mark.parametrize("body", ["표 감독은 웃었다. 표서율 의원이 이어 말했다.", "표 감독은 웃었다. 표서율은 이어 말했다."])
def test_a_later_name_of_the_same_surname_without_that_post_is_another_person(body):
    assert set(persons(body)) == {"표서율", "표 감독"}


@pytest.mark.parametrize("body", [
    "조 전 부사장은 이사직에서 물러났다.",
    "성 전회장 측으로부터 자금을 받았다는 의혹이 나왔다.",
])
def test_a_surname_and_a_former_post_is_a_description_not_a_row(body):
    assert persons(body) == {}


# -- 2. a foreign name Kiwi guesses, opening its clause after a sentence adverb ---------------------------
AFTER_AN_ADVERB = [
    ("그러나 하트먼은 끝내 입을 열지 않았다.", "하트먼"),
    ("또 크로이첸은 경기 뒤 팬들에게 손을 흔들었다.", "크로이첸"),
    ("하지만 벨린스키가 곧바로 동점골을 넣었다.", "벨린스키"),
]


@pytest.mark.parametrize("body,name", AFTER_AN_ADVERB)
def test_a_guessed_foreign_name_after_a_sentence_adverb_is_a_person(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body", [
    "한편 벨로시닷컴은 지난해 매출이 늘었다고 밝혔다.",  # a firm by its ending
    "하지만 누리테크가 곧바로 반박했다.",
])
def test_a_firm_after_a_sentence_adverb_is_no_person(body):
    assert persons(body) == {}


# -- 3. a word ranked like the persons around it in a ranked list is a stage name ------------------------
RANKED = [
    ("순위에 오른 인물은 한서윤 13위, 하늘 33위, 진하람 40위였다.", "하늘"),
    ("투표 결과는 도겸 2위, 바다 5위, 한서윤 8위, 진하람 11위 순이었다.", "바다"),
    ("이밖에 배우 중에서는 한서윤 13위, 태양 33위, 진하람 40위를 기록했다.", "태양"),
]


@pytest.mark.parametrize("body,name", RANKED)
def test_a_common_word_ranked_among_persons_is_a_stage_name(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body,word", [
    ("인기 검색어 순위는 한서윤 3위, 김치 5위, 날씨 7위였다.", "김치"),  # one person only: no list of persons
    ("판매 순위는 한빛전자 3위, 가온식품 5위, 누리제약 7위였다.", "가온식품"),
])
def test_a_ranked_list_without_persons_around_the_word_names_no_one(body, word):
    assert word not in persons(body)
