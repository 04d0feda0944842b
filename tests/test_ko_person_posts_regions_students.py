"""Japanese names written surname first before a post, world regions before '시장', graduate students' titles and
loanword positions spelled apart, on sentences written for these tests (helper: Finder.japanese_names_before_posts,
the territories, the title table).

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


# -- Japanese names surname first, the given name a Korean word -------------------------------------
def test_a_japanese_minister_whose_given_name_is_a_korean_word():
    found = persons('모리쓰지 하늘 국토교통상은 "다리 보수를 서두르겠다"고 말했다.')
    assert "모리쓰지 하늘" in found
    assert found["모리쓰지 하늘"].title == "국토교통상"


def test_a_former_japanese_minister_with_a_korean_shaped_given_name():
    found = persons("당 총재 선거에서 하라다 보람 전 방위상을 제치고 당선됐다.")
    assert "하라다 보람" in found
    assert found["하라다 보람"].title == "전 방위상"


def test_a_japanese_given_name_ending_in_ko_after_a_party():
    found = persons("야당인 새물결당의 이시다 미나코 대표는 회담을 비판했다.")
    assert "이시다 미나코" in found
    assert found["이시다 미나코"].organization == "새물결당"


def test_a_korean_name_after_a_club_is_no_japanese_name():
    found = persons('"선수들이 잘해 줬다"고 가람에어스 도하람 감독은 말했다.')
    assert "가람에어스 도하람" not in found
    assert found["도하람"].organization == "가람에어스"


def test_a_body_after_a_foreign_name_is_no_given_name():
    found = persons("벨로니아 광업부 차관은 협상이 끝났다고 말했다.")
    assert not any(name.endswith("광업부") for name in found)


# -- world regions before '시장' ------------------------------------------------------------------------
def test_a_world_region_in_its_short_form_before_a_market_is_no_person():
    found = persons('노다온 가람식품 대표는 "동남아 시장과 중남미 시장을 함께 노리겠다"고 말했다.')
    assert "노다온" in found
    assert not {"동남아", "중남미"} & set(found)


def test_a_mayor_is_still_found_after_the_regions():
    found = persons("서하진 가람시장은 동북아 시장 개척단을 꾸렸다고 밝혔다.")
    assert "서하진" in found
    assert "동북아" not in found


# -- graduate students' titles -------------------------------------------------------------------------
def test_a_doctoral_student_after_an_apposition_with_in():
    found = persons('논문의 제1저자인 채보름 박사과정생은 "촉매 수명이 길어졌다"고 말했다.')
    assert found["채보름"].title == "박사과정생"


def test_a_masters_student_of_a_lab():
    assert persons("연구실의 채보름 석사과정생이 실험을 맡았다.")["채보름"].title == "석사과정생"


def test_a_course_without_a_student_is_no_title_after_a_name():
    assert "박사과정생" not in {p.title for p in persons("그는 박사과정을 마치고 귀국했다.").values()}


# -- loanword positions spelled apart -----------------------------------------------------------------------
def test_a_volleyball_position_in_two_loanwords_is_the_title():
    found = persons("가람에어스가 '해결사' 도하람의 활약으로 이겼다. 가람에어스 아포짓 스파이커 도하람(24)은 29점을 올렸다.")
    assert found["도하람"].title == "아포짓 스파이커"


def test_a_foreign_name_in_two_words_before_a_name_is_still_no_title():
    found = persons("라미로 에스테반 칠레 외교장관은 회담 뒤 귀국했다.")
    assert "라미로 에스테반" in found
    assert found["라미로 에스테반"].title == "외교장관"
