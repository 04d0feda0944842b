"""Round 59 persons and organisations (affiliation.own_name_as_body, owning_country, kind_in_apposition,
person.republics_unspaced, Finder.body_then_given_name, foreign given names), on sentences written for these tests:
one positive and one negative per kind."""

from builder.rules import Context
from builder.rules.ko import affiliation, person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


# -- a word of the person's own name is no body ------------------------------------------------------------
def test_a_word_of_the_own_name_is_no_body():
    assert affiliation.own_name_as_body("라우라 페냐", "페냐")
    assert not affiliation.own_name_as_body("라우라 페냐", "통상부")
    assert not affiliation.own_name_as_body("도하윤", "도하")


def test_a_foreign_given_name_and_surname_before_a_post_make_one_name():
    found = persons("회의에는 페루 측에서 라우라 페냐 통상차관이 배석했다.")
    assert found.get("라우라 페냐", (None, None))[0] == "통상차관"
    assert "라우라" not in found


# -- a country with 의 before a name with no post -----------------------------------------------------------
def test_a_country_with_its_possessive_before_a_runner_is_where_the_runner_is_from():
    found = persons("에티오피아의 다윗 테세마(27)가 누리강마라톤에서 정상에 올랐다.")
    assert found["다윗 테세마"] == (None, None)


def test_a_country_before_a_minister_keeps_its_body():
    found = persons("에티오피아의 다윗 테세마 외무장관은 회견에서 입장을 밝혔다.")
    assert found["다윗 테세마"] == ("외무장관", "에티오피아")


# -- republics Korean writes in one word ---------------------------------------------------------------------
def test_a_republic_written_in_one_word_is_a_country():
    assert "도미니카공화국" in person.COUNTRY_NAMES
    assert "공화국" not in person.COUNTRY_NAMES


def test_a_pitcher_glossed_with_a_republic_has_no_body():
    found = persons("3회 등판한 외국인 투수 안헬 로사리오(도미니카공화국)는 7이닝을 막았다.")
    assert found["안헬 로사리오"][1] is None


# -- a kind of firm with the copula is no word of the body ---------------------------------------------------
def test_a_kind_of_firm_with_the_copula_opens_no_body():
    assert affiliation.without_openers("시공사인 가온토건") == "가온토건"
    assert affiliation.without_openers("법무법인 가온") == "법무법인 가온"
    found = persons("시공사인 가온토건의 석도담 대표는 즉각 해명했다.")
    assert found["석도담"] == ("대표", "가온토건")


def test_a_word_ending_in_in_that_is_no_kind_stays():
    assert affiliation.without_openers("사단법인 가온") == "사단법인 가온"
    assert not affiliation.kind_in_apposition("외국인")


# -- a body, then a foreign given name and its surname -------------------------------------------------------
def test_a_party_before_a_foreign_given_name_is_the_body():
    found = persons("영국 자유당 마이클 피셔 의원은 성명을 냈다.")
    assert found["마이클 피셔"] == ("의원", "영국 자유당")


def test_a_given_name_kiwi_reads_as_korean_still_opens_the_name():
    found = persons("오스트리아 녹색당 라우라 피셔 의원은 성명을 냈다.")
    assert found["라우라 피셔"][0] == "의원"
    assert "피셔" not in found and "라우라" not in found


def test_a_korean_name_after_a_body_is_not_read_as_a_foreign_name():
    found = persons("가온전자 금시훈 부사장은 성명을 냈다.")
    assert found["금시훈"] == ("부사장", "가온전자")


def test_a_new_foreign_given_name_opens_a_subject():
    found = persons("가온시는 아이작 로블레스가 25점으로 분전했지만 졌다.")
    assert "아이작 로블레스" in found


# -- clubs of match reports: named short before a club's plural name, signed with, announced as starter ------
def test_a_common_word_before_a_clubs_plural_name_is_that_club_named_short():
    found = persons("누리는 해안 코브라스와의 홈경기에서 4-3으로 이겼다. 반면 해안의 도경진 감독은 \"내 탓\"이라고 말했다.")
    assert found["도경진"] == ("감독", "해안")


def test_a_common_word_with_no_club_after_it_is_no_body():
    found = persons("누리는 해안 지대에서 4-3으로 이겼다. 반면 해안의 도경진 감독은 \"내 탓\"이라고 말했다.")
    assert found["도경진"][1] is None


def test_a_player_signing_with_a_club_is_of_that_club():
    found = persons("외국인 투수 에릭 하우스먼도 올겨울 가온펠리컨스와 2년 계약을 맺었다.")
    assert found["에릭 하우스먼"] == ("투수", "가온펠리컨스")


def test_a_signing_with_no_club_gives_no_body():
    found = persons("외국인 투수 에릭 하우스먼도 올겨울 구단과 계약했다.")
    assert found["에릭 하우스먼"][1] is None


def test_the_side_announcing_its_starter_is_the_starters():
    found = persons("두 팀의 5차전은 내일 열린다. 누리는 좌완 변하윤을, KT는 우완 탁이본을 5차전 선발로 예고했다.")
    assert found["변하윤"] == ("좌완", "누리")
    assert found["탁이본"] == ("우완", "KT")


def test_a_side_facing_a_pitcher_is_not_the_pitchers():
    found = persons("누리는 우완 탁이본을 상대로 3점을 뽑았다.")
    assert found["탁이본"][1] is None


# -- a title right before an aged or honoured name is that name's -----------------------------------------------
def test_a_former_post_right_before_an_aged_name_is_that_names():
    found = persons("군수의 측근인 솔매군 전 비서실장 하동윤(55)씨도 함께 기소됐다.")
    assert "솔매군" not in found
    assert found["하동윤"][0] in ("비서실장", "전 비서실장")


def test_a_name_then_a_former_post_stays_a_person():
    found = persons("하동윤 전 비서실장은 입장을 내지 않았다.")
    assert found["하동윤"] == ("전 비서실장", None)


# -- a title with a clause-joining copula -------------------------------------------------------------------------
def test_a_title_with_the_copula_joining_clauses_names_the_person():
    found = persons("공동 연구자는 남도율 누리대 박사과정생이고, 석 교수가 책임을 맡았다.")
    assert found["남도율"] == ("박사과정생", "누리대")


def test_a_common_noun_with_the_copula_joining_clauses_is_no_title():
    found = persons("그곳은 원래 작은 창고이고, 석 교수가 책임을 맡았다.")
    assert "창고" not in {t for t, _ in found.values()}
