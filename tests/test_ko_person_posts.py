"""Korean persons: the organisation before a titled name, posts written out in an apposition, foreign and
Japanese names before their country or title, glosses after a title, and words that are no person (a firm
after its kind, an art name). Sentences written for these tests, with a negative case for each kind."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


# -- a firm named after its kind ----------------------------------------------------------------------------
def test_a_firm_after_its_kind_is_no_person_and_owns_the_post_after_it():
    found = persons("이번 인수는 사모펀드 가람에쿼티파트너스가 이끌었다. 투자를 맡은 가람에쿼티파트너스의 모세린 전무는 "
                    "\"장기 투자\"라고 말했다.")
    assert not any("가람에쿼티" in name for name in found)
    assert found["모세린"] == ("전무", "가람에쿼티파트너스")


def test_a_firm_ending_in_ventures_is_no_person():
    assert persons("벤처캐피털 누리온벤처스가 50억원을 댔다.") == {}


# -- '같은 회사', '같은 팀' --------------------------------------------------------------------------------------
def test_the_same_company_is_the_firm_of_the_person_named_before():
    found = persons("라온바이오의 한지수 상무는 \"연내 출시\"라고 했다. 같은 회사 오태민 이사도 자리에 있었다.")
    assert found["오태민"] == ("이사", "라온바이오")


def test_the_same_team_with_a_role_before_the_name():
    found = persons("바다호크스 구재혁 감독은 웃었다. 같은 팀 주장 하도겸도 \"이긴다\"고 했다.")
    assert found["하도겸"][1] == "바다호크스"


def test_the_same_company_with_nobody_named_before_names_no_body():
    assert persons("같은 회사 오태민 이사도 자리에 있었다.")["오태민"] == ("이사", None)


# -- short forms of government bodies, proper nouns ending like verbs ----------------------------------------------
def test_a_short_ministry_name_before_a_post():
    assert persons("브리핑에 나선 산업부 차관 한서준은 \"수출이 늘었다\"고 했다.")["한서준"] == ("차관", "산업부")


def test_an_apposition_gives_the_full_post_and_its_body():
    found = persons("금감원 은행검사국장인 도하율 국장이 결과를 발표했다.")
    assert found["도하율"] == ("은행검사국장", "금감원")


def test_an_apposition_of_a_relation_leaves_the_post():
    assert persons("물리학과 지도교수인 한도윤 교수가 말했다.")["한도윤"][0] == "교수"


def test_a_heads_title_names_its_body_over_the_apposition():
    found = persons("행사추진위원회 위원장인 한도윤 가온쌀생산자협회장은 \"준비를 마쳤다\"고 전했다.")
    assert found["한도윤"][1] == "가온쌀생산자협회"


# -- foreign names: a clause before them, a country after them, Japanese given names of one syllable ---------------
def test_a_foreign_name_after_a_describing_clause_then_its_country_and_title():
    found = persons("조 장관은 이날 방한 중인 안드레아 로페스 페루 외교장관과 회담했다.")
    assert found["안드레아 로페스"] == ("외교장관", "페루")


def test_a_foreign_surname_ending_in_ga():
    found = persons("이날 회견한 파블로 오르베가 멕시코 재무장관은 \"협력\"을 강조했다.")
    assert found["파블로 오르베가"] == ("재무장관", "멕시코")


def test_a_japanese_surname_and_a_one_syllable_given_name():
    found = persons("후반 교체 투입된 일본인 공격수 니시무라 켄이 결승골을 넣었다.")
    assert found["니시무라 켄"][0] == "공격수"


def test_a_one_syllable_word_after_a_word_not_shaped_as_a_japanese_surname_is_no_given_name():
    assert "라온 켄" not in persons("라온 켄 감독은 웃었다.")


def test_a_japanese_member_of_the_upper_house():
    found = persons("야당인 새벽민주당의 모리타 겐 참의원 의원은 \"늦었다\"고 비판했다.")
    assert found["모리타 겐"] == ("참의원 의원", "새벽민주당")


# -- a gloss after the title, a body's words before the titled name -------------------------------------------
def test_a_party_in_brackets_after_the_title():
    assert persons("여당 간사인 한서윤 의원(더불어민주당)은 질의했다.")["한서윤"] == ("의원", "더불어민주당")


def test_a_constituency_in_brackets_is_no_organisation():
    assert persons("한서윤 의원(마포갑)은 질의했다.")["한서윤"] == ("의원", None)


def test_a_union_branch_before_its_head_keeps_the_name_and_the_body_apart():
    found = persons("전국공공운수노조 한빛병원지부 도한결 지부장은 \"합의했다\"고 말했다.")
    assert found["도한결"] == ("지부장", "전국공공운수노조 한빛병원지부")
    assert not any("지부" in name for name in found)


# -- an art name, a part taken on, a craft master, a diplomat --------------------------------------------------
def test_an_art_name_glossed_in_hanja_before_the_full_name_is_no_person():
    found = persons("서예가인 청암(靑巖) 도한결 선생이 별세했다.")
    assert "청암" not in found and found["도한결"][1] is None


def test_a_word_before_a_titled_name_without_hanja_stays_its_body():
    assert persons("한빛 김하늘 감독이 말했다.")["김하늘"] == ("감독", "한빛")


def test_a_part_taken_on_is_the_title():
    assert persons("안무를 맡은 도예슬은 \"석 달을 연습했다\"고 말했다.")["도예슬"][0] == "안무"


def test_a_case_taken_on_is_no_title():
    assert persons("사건을 맡은 김도윤 판사는 말했다.")["김도윤"][0] == "판사"


def test_a_craft_master_before_the_honorific():
    assert persons("옹기 장인 한도윤(80) 선생은 \"흙이 먼저\"라고 했다.")["한도윤"][0] == "옹기 장인"


def test_a_father_in_law_is_no_craft_master():
    assert persons("그의 장인 김도윤씨는 말했다.")["김도윤"][0] != "장인"


def test_an_embassy_abroad_and_a_diplomats_post():
    found = persons("주중 한국대사관의 정무공사 한도윤은 \"대화가 먼저\"라고 했다.")
    assert found["한도윤"] == ("정무공사", "주중 한국대사관")


def test_a_role_noun_ending_like_a_particle_before_a_name_with_ssi():
    assert persons("고인의 제자인 조각가 한서진(58)씨는 말했다.")["한서진"][0] == "조각가"


def test_a_party_in_brackets_the_article_names_again():
    found = persons("야당 간사인 한서윤 의원(새빛의미래)은 후보자 배우자의 주식 보유를 따졌다. 새빛의미래 소속 위원들은 반대했다.")
    assert found["한서윤"] == ("의원", "새빛의미래")


def test_the_same_university_skips_a_firm_named_in_between():
    found = persons("한빛대 한지수 교수는 말했다. 라온전자 오태민 상무는 반박했다. 같은 대학 도하율 교수도 거들었다.")
    assert found["도하율"] == ("교수", "한빛대")


def test_a_firm_ending_like_a_verb_before_a_post_and_an_aged_name():
    assert persons("사기 혐의로 기소된 코인나린지 대표 한도윤(51)에게 징역 7년이 선고됐다.")["한도윤"] == ("대표", "코인나린지")


def test_common_nouns_before_a_post_name_no_body():
    assert persons("기소된 가상자산 거래소 대표 한도윤(51)에게 징역 7년이 선고됐다.")["한도윤"] == ("대표", None)


# -- the local government a post heads, between the name and the post ----------------------------------
@pytest.mark.parametrize("body, name, title, org", [
    ("권한대행인 표정욱 가람군 부군수가 브리핑했다.", "표정욱", "부군수", "가람군"),
    ("이날 회의에는 감재석 가람군 군수가 참석했다.", "감재석", "군수", "가람군"),
    ("권한대행을 맡은 소태윤 누리시 부시장은 \"복구를 서두르겠다\"고 말했다.", "소태윤", "부시장", "누리시"),
])
def test_a_unit_the_post_heads_between_name_and_post_is_the_body(body, name, title, org):
    found = persons(body)
    assert found[name] == (title, org) and org not in found


# -- a city's district after the city is a place ----------------------------------------------------
@pytest.mark.parametrize("body, place", [
    ("대전 서구 누리대학교병원 간호사 정다올(41)씨는 말했다.", "서구"),
    ("부산 동구 누리구청 직원 하승연씨는 말했다.", "동구"),
])
def test_a_district_after_its_city_is_no_person(body, place):
    assert place not in persons(body)


def test_a_person_after_a_city_and_its_district_is_still_a_person():
    assert "표아림" in persons("광주 북구 누리동 주민 표아림(70)씨는 말했다.")


def test_a_county_whose_office_the_article_names_is_no_person():
    found = persons("검찰은 가람군청을 압수수색했다. 가람군 전 비서실장 곽현준(55)씨도 기소됐다. "
                    "권한대행을 맡은 표정욱 가람군 부군수는 \"행사는 치르겠다\"고 밝혔다.")
    assert "가람군" not in found and found["표정욱"] == ("부군수", "가람군") and "곽현준" in found
