"""A page saved by a text browser (lynx -dump, w3m with link numbers): each link's number glued before its text, the
page's <link>s on a '#' line and its menu as a line of links above the headline, the numbered addresses at the end.
The numbers, the menu and the addresses are no text; the rest is read as any dump. Every name here is invented."""

from __future__ import annotations

import pytest

from builder.extract.text import browser_dump_lines, extract_text
from builder.document import refined

HEADLINE = "다온섬 주민이 직접 치운다…바닷가 쓰레기 첫 달 9t 수거"
PARA = ["   다온섬 주민들이 해안에 밀려드는 쓰레기와 폐어구를 직접 치우는 '바닷가 지킴이' 활동을",
        "   시작했다. 주민 40여 명이 매주 화요일과 토요일 두 차례 해안을 나눠 맡아 쓰레기를 줍는다."]
PARA2 = ["   첫 달 동안 거둔 쓰레기는 9t에 이른다. 절반 이상이 스티로폼 부표와 버려진 그물 같은",
         "   폐어구였고, 외국어가 적힌 페트병도 적지 않았다고 군은 설명했다."]


def _dump(heading: str = "References", marks: bool = True) -> str:
    m = (lambda n: f"[{n}]") if marks else (lambda n: "")
    lines = [f"   #{m(1)}다온바다신문 RSS {m(2)}alternate", "",
             f"   {m(3)}다온바다신문 {m(4)}전체기사 {m(5)}지역 {m(6)}해양 {m(7)}로그인", "", HEADLINE, "",
             f"   {m(8)}나루솔 기자 | 입력 2025.04.15 17:52 | 수정 2025.04.16 09:10", "", *PARA, "", *PARA2, "",
             f"   나루솔 기자 {m(9)}narusol@daon.example", "", "   저작권자 © 다온바다신문 무단전재 및 재배포 금지", "",
             f"   {m(10)}이전기사 다온항 물동량 반등", "", heading, ""]
    lines += [f"   {n}. https://daon.example/{n}" for n in range(1, 9)] + ["   9. mailto:narusol@daon.example",
                                                                         "  10. https://daon.example/10"]
    return "\n".join(lines)


@pytest.mark.parametrize("heading", ["References", "References:", "Visible links"])
def test_a_text_browsers_dump_is_read_without_its_links(heading):
    ex, _lang, _rules = refined(extract_text(_dump(heading), "daon_1.lynx.txt"))
    assert (ex.title, ex.authors, ex.author_emails, ex.published[:10]) == (HEADLINE, ["나루솔"], ["narusol@daon.example"],
                                                                             "2025-04-15")
    assert ex.outlet == "다온바다신문"
    for left in ("[", "References", "https://", "mailto:", "전체기사", "alternate", "이전기사", "무단전재"):
        assert left not in ex.body
    assert "적지 않았다고 군은 설명했다." in ex.body


def test_numbers_in_brackets_without_a_list_of_addresses_stay():
    """Near miss: a text citing its sources by number ('[1]') with no list of addresses after it is no browser's
    dump: its lines stay as they are."""
    lines = ["교수는 이 방식이 비용을 줄인다고 밝혔다[1]. 다른 연구[2][3]도 같은 결론이다.", "", "References", "",
             "1. 다온대 해양연구소 보고서(2024)"]
    assert browser_dump_lines(lines) == lines


def test_a_line_with_one_link_keeps_its_words():
    """Near miss: a line holding one link among words is text, its number taken off."""
    lines = ["   다온군은 [3]누리집에 신청 양식을 올렸다.", "", "References", "", "   1. https://a.example/", "   2. https://b.example/",
             "   3. https://c.example/"]
    assert browser_dump_lines(lines) == ["   다온군은 누리집에 신청 양식을 올렸다.", ""]


# -- two columns side by side (a scanned page's OCR, a print layout copied as text): the left one, then the right --

LEFT = ["모아시가 구도심 골목길 가로등 400개를", "발광다이오드 등으로 바꾸고 밤길 안전", "순찰을 늘리기로 했다고 15일 밝혔다.",
        "", "시 관계자는 주민 요청이 많았던 구간", "부터 공사를 시작한다고 설명했다. 교", "체 비용은 모두 12억원이다."]
RIGHT = ["시는 공사를 가을 안에 마치고 주민 의", "견을 들어 순찰 시간대를 정할 계획이", "라고 덧붙였다.", "",
         "모아시의회는 다음 달 임시회에서 추가", "예산안을 심사한다. 의회는 주민 설명", "회도 두 차례 열기로 했다."]


def _side_by_side(gap: int, left=LEFT, right=RIGHT) -> list[str]:
    from builder.extract.text import _cells
    width = max(_cells(ln) for ln in left) + gap
    return [ln + " " * (width - _cells(ln)) + r if r else ln for ln, r in zip(left, right)]


@pytest.mark.parametrize("gap", [3, 5, 12])
def test_two_columns_side_by_side_are_read_left_then_right(gap):
    from builder.extract.text import side_by_side_columns
    lines = ["헤드라인 한 줄", ""] + _side_by_side(gap) + ["", "──────────", "[광고] 모아마트 봄맞이 할인"]
    out = side_by_side_columns(lines)
    assert out[:2] == ["헤드라인 한 줄", ""] and out[-2:] == ["──────────", "[광고] 모아마트 봄맞이 할인"]
    body = [ln for ln in out[2:-3]]
    assert body[:len(LEFT)] == LEFT and [ln for ln in body[len(LEFT):] if ln] == [ln for ln in RIGHT if ln]


def test_a_right_column_line_beside_a_blank_left_one_stays_in_its_column():
    from builder.extract.text import side_by_side_columns
    left = LEFT[:3] + [""] + LEFT[4:]
    lines = _side_by_side(4, left, RIGHT[:3] + ["의회는 이를 환영했다."] + RIGHT[4:])
    out = side_by_side_columns(lines)
    assert "의회는 이를 환영했다." in out[len(left):] and "의회는 이를 환영했다." not in out[:len(left)]


@pytest.mark.parametrize("lines", [
    # a table aligned with spaces: short cells, several gaps a line
    ["선수      타석   안타   타점", "나래온       4      2      1", "하솔비       3      1      0", "모아진       4      0      0",
     "다온솔       4      3      2", "가람들       2      1      1", "새누리       3      0      0"],
    # a single column whose lines now and then hold a double space
    [ln.replace(" ", "   ", 1) for ln in LEFT * 2],
    # a poem indented stanza by stanza
    ["  봄이 오면 모아천에", "        꽃이 피고", "  여름이 오면 모아천에", "        물이 불고"] * 2,
])
def test_aligned_text_that_is_no_two_columns_is_left_as_it_is(lines):
    from builder.extract.text import side_by_side_columns
    assert side_by_side_columns(lines) == lines
