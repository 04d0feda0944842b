"""Korean page furniture of kinds real news prints around a text: a note that a fund paid for the reporting, card
news's swipe hint and team credit, a video player's text and clock, a link to all of a press's stories, a photo
caption opened by its credit. Sentences of a text that use the same words stay.

Lines written for the test (an invented outlet, 모아일보, and invented names).
"""

from __future__ import annotations

import pytest

from builder.rules.ko.article import is_boilerplate


@pytest.mark.parametrize("line", [
    "※ 이 보도는 모아도 지역언론 육성기금을 지원받아 취재했습니다.",
    "본 기획은 모아재단의 후원을 받아 제작되었습니다",
    "◀ 넘겨서 다음 장면 보기 ▶",
    "옆으로 넘겨 보세요 ▶",
    "기획·제작 모아일보 디지털팀",
    "구성·디자인 = 모아일보 뉴스랩",
    "▶ 버튼을 클릭하시면 인터뷰 영상이 나옵니다 00:00 / 02:14",
    "00:00 / 02:14",
    "[모아일보 전체기사 보기]",
    "스포츠 전체 기사 보기 >",
    "[사진=모아스포츠] 역전골을 넣고 두 팔을 든 탁새온",
    "(사진=모아시) 새로 문을 연 모아천 산책로",
])
def test_furniture_line(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "이 기사는 독자들의 제보를 받아 취재를 시작했다고 편집국장은 설명했다.",
    "모아시는 청년 창업자 20명이 지원을 받아 가게를 열었다고 밝혔다.",
    "기획과 제작을 모두 맡은 홍길순 감독은 다음 달 새 작품을 내놓는다.",
    "재생 버튼이 자주 고장 난다는 민원이 잇따랐다.",
    "모아시는 누리집의 전체 기사 보기 기능을 없앴다.",
    "[사진=모아시] 탁새온 선수가 역전골을 넣고 기뻐하고 있다.",
    "경기는 2:1로 끝났다.",
    "취재·글 탁새온 시민기자",
    "구성·글 홍길국",
])
def test_text_line_stays(line):
    assert not is_boilerplate(line)
