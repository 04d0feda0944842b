"""Korean persons whose names are not Korean-shaped: foreign names in Hangul, Chinese names glossed
in Hanja, mononyms and stage names, on sentences written for these tests.

Each kind has its negative: a place, a firm, a team or a group in the same position must not
become a person.
"""

from builder.rules import Context
from builder.rules.ko import clause, morph, person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


def own_forms(text, after):
    start = text.index(after) + len(after)
    return [m.form for m in clause.own_clause(clause.rest_of_sentence(text, start))]


# -- what the subject does -----------------------------------------------------------------------
def test_a_bound_noun_after_a_modifier_does_not_end_the_clause():
    assert "고백" in own_forms("라미레스는 그 메시지를 놓친 적이 있다고 고백하기도 했다.", "라미레스는")


def test_a_counted_subject_ends_the_clause():
    forms = own_forms("한빛일보는 참가자 3명이 자신의 소득을 밝혔다고 전했다.", "한빛일보는")
    assert "자신" not in forms


def test_an_admission_after_a_bound_noun_makes_a_person():
    assert "라미레스" in persons("라미레스는 그 메시지를 놓친 적이 있다고 고백하기도 했다.")


def test_a_noun_with_its_object_particle_before_hada_is_the_doing():
    text = "스트롬은 홈 송구를 했다."
    assert "송구" in clause.predicates(morph.morphs_in(text, 0, len(text)))


def test_the_subject_of_a_clause_modifying_a_noun_is_not_the_doer_of_the_sentence():
    found = persons("타이거스가 1-3으로 뒤진 4회초 스트롬이 홈 송구를 했다.")
    assert "스트롬" in found and "타이거스" not in found


def test_a_player_sent_off_is_a_person():
    assert persons("이번 대회에서 퇴장당한 알폰소는 고개를 숙였다.")["알폰소"].found_by == "predicate"


def test_a_degree_earned_makes_a_person_and_a_body_that_gives_money_is_not():
    assert "칼드웰" in persons("석사 학위를 받은 칼드웰은 매년 기부금을 냈다.")
    assert persons("그 대학은 매년 기부금을 냈다.") == {}


def test_a_guess_with_its_particle_glued_on_reads_the_particle():
    assert "키로슬란" in persons("업체 측과 가족은 키로슬란이 호텔에서 묵을지 협의 중이다.")


# -- a name ending like a place ------------------------------------------------------------------
def test_a_known_name_ending_like_a_city_is_a_person():
    assert "알폰소" in persons("알폰소는 이번 박람회에 참석했다.")


def test_a_city_with_its_unit_is_not_a_person():
    assert persons("수원시는 이번 박람회에 참석했다.") == {}


# -- a Hanja gloss between a name and its title ----------------------------------------------------
def test_a_hanja_glossed_name_before_a_title_is_that_titled_person():
    found = persons("지난 2005년 후카이타오(胡凱濤) 국가주석이 한국을 방문했다.")
    assert found["후카이타오"].title == "국가주석"


def test_two_glossed_leaders_joined_by_a_dash_keep_their_own_titles():
    found = persons("공식적으로 후카이타오(胡凱濤) 주석- 원자핑(溫家平) 총리 체제로 바뀐다.")
    assert (found["후카이타오"].title, found["원자핑"].title) == ("주석", "총리")
    assert found["원자핑"].organization is None


def test_a_dash_closes_the_title_of_the_name_before_it():
    found = persons("원자핑 주석- 쉬커창 총리 체제로 탈바꿈한다.")
    assert (found["원자핑"].title, found["쉬커창"].title) == ("주석", "총리")


def test_a_glossed_given_name_and_surname_stay_one_name():
    found = persons("앞서 정부 대변인인 나카타 히데오(中田英夫) 관방장관은 밝혔다.")
    assert set(found) == {"나카타 히데오"}


def test_a_glossed_place_before_a_title_that_heads_a_place_is_not_a_person():
    assert persons("선전(深圳) 시장이 급성장했다.") == {}


def test_a_glossed_word_the_article_uses_as_a_place_is_not_a_person():
    assert persons("사무실을 선전(深圳)에 두고 선전(深圳) 대표가 말했다.") == {}
