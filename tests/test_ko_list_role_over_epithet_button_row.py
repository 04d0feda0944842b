"""Round 48 (h48o): a role written before a list is the title of a listed name that a later epithet
('막내 X는', '신예 X가') was read for first; a lone epithet stays the title of a name no list gives a role;
and a row of a page's buttons ending with the writer's box link ('구독하기 기자의 다른 기사 보기') names no
reporter, while the box's own link after a name still does; the side of a vote before a post ('찬성 측 주민 X씨')
is no body; nor is a soldier's duty before the name and rank ('통신병 X 상병'), which is part of the title.

Every name, outlet and sentence here is invented for the test."""

from __future__ import annotations

from builder.extract.text import extract_text
from builder.rules import Context
from builder.rules.ko import person
from builder.rules.ko.article import refine


def persons(body: str) -> dict[str, tuple[str | None, str | None]]:
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


def test_a_role_before_a_list_wins_over_an_epithet_said_later():
    found = persons("간담회에는 배우 편해담, 옹소결, 금라온가 참석했다. 막내 금라온는 \"긴장했지만 즐거웠다\"고 말했다.")
    assert {found[n][0] for n in ("편해담", "옹소결", "금라온")} == {"배우"}


def test_a_role_before_a_list_wins_when_the_epithet_comes_first():
    found = persons("신예 봉다엘이 주연을 맡았다. 무대에는 가수 봉다엘, 설가림, 남궁세올이 함께 올랐다.")
    assert found["봉다엘"][0] == "가수"


def test_an_epithet_stays_the_title_when_no_list_gives_a_role():
    found = persons("대표팀 막내 금라온는 \"형들에게 많이 배웠다\"고 말했다.")
    assert found["금라온"][0] == "막내"


def test_an_item_with_its_own_title_is_not_given_the_lists_role():
    found = persons("행사에는 배우 편해담, 옹소결 감독이 참석했다.")
    assert found["옹소결"][0] == "감독"


HEADLINE = "읍내 전통시장 주차장 두 배로…장날 무료 셔틀버스"
PARA = ("군은 다음 달부터 읍내 전통시장 주차장을 두 배로 넓히고 장날에는 무료 셔틀버스를 운행하기로 했다고 밝혔다. "
        "군 관계자는 주말마다 주차 민원이 이어졌다고 설명했다.")
PARA2 = ("새 주차장은 시장 북쪽 공터에 들어서며 차량 180대를 세울 수 있다. 군은 공사를 6월 안에 마치고 "
         "상인회와 함께 운영 방식을 정할 계획이라고 덧붙였다.")


def _authors(tail: list[str]) -> list[str]:
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2024.06.03 08:10", "", PARA, "", PARA2, ""] + tail), "dump.txt"))
    return ex.authors


def test_a_row_of_buttons_before_the_box_link_names_no_reporter():
    for button in ("구독하기", "공유하기", "스크랩"):
        authors = _authors(["도담결 기자 dodam@nurisae.kr", f"{button} 기자의 다른 기사 보기"])
        assert authors == ["도담결"], (button, authors)


def test_the_box_link_after_a_name_still_names_the_reporter():
    assert _authors(["도담결 기자의 다른 기사 보기"]) == ["도담결"]


def test_the_side_of_a_vote_before_a_resident_is_no_body():
    found = persons("찬성 측 주민 도하솔(63)씨는 \"다른 동네로 옮겨야 한다\"고 말했다.")
    assert found["도하솔"] == ("주민", None)


def test_a_body_before_side_keeps_it():
    found = persons("노조 측 도하솔 사무처장은 \"교섭은 계속된다\"고 말했다.")
    assert found["도하솔"] == ("사무처장", "노조")


def test_a_soldiers_duty_before_the_name_and_rank_is_part_of_the_title():
    for duty, rank in (("통신병", "상병"), ("작전장교", "대위"), ("취사병", "병장")):
        found = persons(f"{duty} 설가림(21) {rank}은 \"훈련 내내 자리를 지켰다\"고 말했다.")
        assert found["설가림"] == (f"{duty} {rank}", None), (duty, found)


def test_a_unit_or_a_station_before_a_rank_stays_the_body():
    assert persons("제9보병사단 설가림 중령은 \"준비를 마쳤다\"고 말했다.")["설가림"] == ("중령", "제9보병사단")
    assert persons("가람경찰서 설가림 경위는 \"조사 중\"이라고 말했다.")["설가림"] == ("경위", "가람경찰서")
