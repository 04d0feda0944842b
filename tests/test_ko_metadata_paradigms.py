"""Korean article metadata as paradigms: every spelling Korean news uses for a convention, one row each, with
look-alikes that must not match. Written from Korean press style (wire, broadcast, regional, sports, portal,
magazine, newsletter), not from any page of the corpus.

1. credit lines: who wrote, who photographed, with labels, places, desks, titles, separators and addresses;
2. a dump's header row: outlet, section, date and byline in cells, one cell perhaps holding two fields;
3. the carried press on a portal or aggregator page;
4. page furniture a Korean page prints, as kinds.

Every name, outlet and address here is invented."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (address_after_text, credit_line, dateline_row, is_boilerplate, node_credit,
                                      _menu_line, outlet_from_copyright, printed_dates, refine)

PARA = ("시는 다음 달부터 구도심 골목길 가로등 400개를 발광다이오드 등으로 바꾸고 밤길 안전 순찰을 늘리기로 했다고 "
        "밝혔다. 시 관계자는 주민 요청이 많았던 구간부터 공사를 시작한다고 설명했다.")
PARA2 = ("교체 비용은 모두 12억원으로 시비와 도비로 나눠 낸다. 시는 공사를 가을 안에 마치고 주민 의견을 들어 "
         "순찰 시간대를 정할 계획이라고 덧붙였다.")
HEADLINE = "구도심 골목길 가로등 400개 교체…밤길 순찰도 늘린다"


# -- 1. credit lines: (line, the writer named, the writer's address) --

CREDITS = [
    ("나래온 기자", "나래온", None),
    ("나래온기자", "나래온", None),
    ("나래온 기자 naraeon@moa.example", "나래온", "naraeon@moa.example"),
    ("나래온 기자 (naraeon@moa.example)", "나래온", "naraeon@moa.example"),
    ("나래온 기자 [naraeon@moa.example]", "나래온", "naraeon@moa.example"),
    ("나래온 기자 <naraeon@moa.example>", "나래온", "naraeon@moa.example"),
    ("나래온 기자 / naraeon@moa.example", "나래온", "naraeon@moa.example"),
    ("나래온 선임기자", "나래온", None),
    ("나래온 기자 배구·농구 담당 naraeon@moa.example", "나래온", "naraeon@moa.example"),
    ("나래온 기자 (국회 출입)", "나래온", None),
    ("나래온 기자 / 정리 하누리 전문기자", "나래온", None),
    ("나래온 특파원", "나래온", None),
    ("워싱턴=나래온 특파원", "나래온", None),
    ("(워싱턴=나래온 특파원)", "나래온", None),
    ("파리 = 나래온 특파원 naraeon@moa.example", "나래온", "naraeon@moa.example"),
    ("경제부 나래온 기자", "나래온", None),
    ("사회부 나래온 기자 naraeon@moa.example", "나래온", "naraeon@moa.example"),
    ("모아일보 나래온 기자", "나래온", None),
    ("[더 모아타임즈 나래온 기자]", "나래온", None),
    ("나래온·하누리 기자", "나래온", None),
    ("나래온, 하누리 기자", "나래온", None),
    ("나래온 기자 · 하누리 기자", "나래온", None),
    ("나래온 기자ㅣ하누리 기자", "나래온", None),
    ("취재 나래온 기자 / 정리 하누리 기자", "나래온", None),
    ("취재=나래온 기자 | 정리=하누리 기자", "나래온", None),
    ("취재·정리 나래온 기자", "나래온", None),
    ("진행·정리=나래온 기자", "나래온", None),
    ("대담·정리 나래온 기자 naraeon@moa.example", "나래온", "naraeon@moa.example"),
    ("글·사진 나래온 기자", "나래온", None),
    # the words before the name are the fewest that leave a name and a whole title ('객원기자' is no '객원' + '기자')
    ("Written by 나래온 객원기자", "나래온", None),
    ("Words by 나래온 수습기자", "나래온", None),
    ("모아일보 나래온 객원기자", "나래온", None),
    ("모아일보 문화부 나래온 인턴기자", "나래온", None),
    ("글/사진 나래온 기자", "나래온", None),
    ("글 · 사진 = 나래온 기자", "나래온", None),
    ("사진·글 나래온 기자", "나래온", None),
    ("글 나래온 기자 · 사진 하누리 기자", "나래온", None),
    ("글=나래온 기자, 사진=하누리 기자", "나래온", None),
    ("사진 하누리 기자 / 글 나래온 기자", "나래온", None),
    ("정리=나래온 기자 / 사진=하누리 기자", "나래온", None),
    ("정리=나래온", "나래온", None),
    ("정리 나래온", "나래온", None),
    ("글 | 나래온 기자", "나래온", None),
    ("글ㅣ나래온", "나래온", None),
    ("글: 나래온 객원기자", "나래온", None),
    ("에디터 나래온", "나래온", None),
    ("에디터 나래온 · 포토그래퍼 하누리", "나래온", None),
    ("에디터 나래온 naraeon@moa.example", "나래온", "naraeon@moa.example"),
    ("기자명 나래온", "나래온", None),
    ("by 나래온", "나래온", None),
    ("나래온 기자 naraeon@moa.example · 하누리 기자 hanuri@moa.example", "나래온", "naraeon@moa.example"),
    ("모아일보 = 나래온 기자", "나래온", None),
    ("/나래온 기자", "나래온", None),
    ("- 나래온 기자", "나래온", None),
    ("기사 작성: 나래온 기자", "나래온", None),
    ("나래온 논설위원", "나래온", None),
    ("사진=하누리 기자", None, None),
    ("사진 하누리", None, None),
    ("영상취재 하누리 / 영상편집 도가람", None, None),
    # round 8: more brackets, places, desks, guests, fields after the credit, sign-offs
    ("【워싱턴=나래온 특파원】", "나래온", None),
    ("【모아일보 나래온 기자】", "나래온", None),
    ("〔파리=나래온 특파원〕", "나래온", None),
    ("<워싱턴=나래온 특파원>", "나래온", None),
    ("[더 모아 스포츠=나래온 객원기자]", "나래온", None),
    ("[모아 데일리 뉴스=나래온 기자]", "나래온", None),
    ("[디지털뉴스팀] 나래온 기자", "나래온", None),
    ("[경제부] 나래온 기자 naraeon@moa.example", "나래온", "naraeon@moa.example"),
    ("디지털뉴스팀 나래온 기자", "나래온", None),
    ("사회부 나래온 기자", "나래온", None),
    ("나래온 객원기자", "나래온", None),
    ("나래온 기자(naraeon@moa.example) · 발행일 2025.04.15 · 제842호", "나래온", "naraeon@moa.example"),
    ("나래온 기자 | 승인 2025.04.15 09:30", "나래온", None),
    ("나래온 기자 · 입력 2025.04.15 · 조회수 311", "나래온", None),
    ("By 나래온 · Updated 2025.04.15", "나래온", None),
    ("by 나래온 | 2025.04.15", "나래온", None),
    ("지금까지 모아시청 앞에서 모아방송 뉴스 나래온입니다.", "나래온", None),
    ("지금까지 사고 현장에서 MBS 나래온입니다.", "나래온", None),
    ("모아방송 뉴스 나래온입니다.", "나래온", None),
    ("모아뉴스 나래온 기자입니다.", "나래온", None),
    ("에디터 나래온 드림", "나래온", None),
    ("나래온 드림", "나래온", None),
    ("ⓒ 모아뉴스 나래온 기자", "나래온", None),
    ("ⓒ모아뉴스 나래온 기자", "나래온", None),
    ("출처: 모아일보 (나래온 기자)", "나래온", None),
    ("출처 : 모아일보(나래온 기자)", "나래온", None),
]


@pytest.mark.parametrize("line, author, email", CREDITS)
def test_credit_lines(line, author, email):
    found = credit_line(line)
    assert found is not None, line
    assert found.author == author
    assert found.email == email


# Co-reporters of one byline without role words: both are writers, in the byline's order.
CO_REPORTERS = {"나래온·하누리 기자", "나래온, 하누리 기자", "나래온 기자 · 하누리 기자", "나래온 기자ㅣ하누리 기자",
                "나래온 기자 naraeon@moa.example · 하누리 기자 hanuri@moa.example"}


# Credits of those who share the writing, the one who reported and the one who wrote it up: both are writers too.
CO_WRITERS = {"나래온 기자 / 정리 하누리 전문기자", "취재 나래온 기자 / 정리 하누리 기자", "취재=나래온 기자 | 정리=하누리 기자"}


@pytest.mark.parametrize("line, author, email", CREDITS)
def test_credit_lines_at_the_end_of_a_dump(line, author, email):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", PARA2, "", line]), "dump.txt"))
    assert ex.authors == ([author, "하누리"] if line in CO_REPORTERS | CO_WRITERS else [author] if author else [])
    assert ex.author_emails == ([email] if email else [])
    assert line not in ex.body


@pytest.mark.parametrize("line", ["나래온 기자 배구·농구 담당 naraeon@moa.example 구독", "정리=나래온 기자 / 사진=하누리 기자 기자 구독",
                                  "경제부 나래온 기자 naraeon@moa.example 다른 기사 보기"])
def test_a_credit_line_with_its_boxs_buttons_at_the_end_of_a_dump(line):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", PARA2, "", line]), "dump.txt"))
    assert ex.authors == ["나래온"]
    assert "나래온" not in ex.body


NOT_CREDITS = [
    "나래온 기자가 취재한 내용을 정리했다.",
    "나 기자는 현장에서 이렇게 말했다",
    "시장은 기자회견을 열었다",
    "정리해고 반대 집회",
    "에디터 추천 기사",
    "글로벌 시장 전망",
    "사진 속 인물은 누구",
    "취재진이 몰렸다",
    "모아일보 기사 더보기",
    "2025.04.15 09:30",
    "기획 연재",
    "구성 요소",
    "진행 상황",
    "글씨크기",
    "글씨크기 공유하기",
    "지금까지 모아방송 뉴스였습니다.",
    "지금까지 모아시청 앞에서 전해 드렸습니다.",
    "나래온 기자입니다만 잘 모르겠습니다.",
    "출처: 모아일보",
    "ⓒ 모아뉴스",
    "By the way",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_lines_that_are_no_credit(line):
    assert credit_line(line) is None


# -- 2. a dump's header row: (row, outlet, date, reporter) --

ROWS = [
    ("모아신문 | 2025.04.15 | 글·사진 나래온 기자", "모아신문", "2025-04-15", "나래온"),
    ("[모아인사이트] 2025년 5월 22일 | 워싱턴=나래온 특파원", "모아인사이트", "2025-05-22", "나래온"),
    ("모아일보 | 입력 2025.04.15 09:30 | 나래온 기자", "모아일보", "2025-04-15T09:30:00+09:00", "나래온"),
    ("모아일보 ㅣ 2025.04.15 ㅣ 나래온 기자", "모아일보", "2025-04-15", "나래온"),
    ("모아일보 · 2025.04.15 · 나래온 기자", "모아일보", "2025-04-15", "나래온"),
    ("모아일보\t2025.04.15\t나래온 기자", "모아일보", "2025-04-15", "나래온"),
    ("모아일보    2025.04.15    나래온 기자", "모아일보", "2025-04-15", "나래온"),
    ("모아일보 | 사회 | 2025-04-15 | 취재 나래온 기자 / 정리 하누리 기자", "모아일보", "2025-04-15", "나래온"),
    ("모아일보 | 경제부 나래온 기자 | 2025.04.15", "모아일보", "2025-04-15", "나래온"),
    ("2025.04.15 | 모아일보 | 정리=나래온 기자", "모아일보", "2025-04-15", "나래온"),
    ("[모아일보] 2025.04.15 09:30 | 나래온 기자 naraeon@moa.example", "모아일보",
     "2025-04-15T09:30:00+09:00", "나래온"),
    ("모아일보 2025.04.15 | 나래온 기자", "모아일보", "2025-04-15", "나래온"),
    ("등록 2025.04.15 | 문화 | 에디터 나래온", None, "2025-04-15", "나래온"),
    ("모아일보 | 2025년 4월 15일(화) | 사진=하누리 기자", "모아일보", "2025-04-15", None),
    ("모아일보 | 25.04.15 09:30 | 나래온 기자", "모아일보", "2025-04-15T09:30:00+09:00", "나래온"),
    ("입력 2025.04.15 09:30 | 수정 2025.04.16 10:00 | 나래온 기자", None, "2025-04-15T09:30:00+09:00", "나래온"),
    ("모아일보 / 2025-04-15 / 나래온 기자", "모아일보", "2025-04-15", "나래온"),
    ("2025.04.15 (화) 09:30 · 모아일보 · 나래온 기자", "모아일보", "2025-04-15T09:30:00+09:00", "나래온"),
    ("모아일보 | 2025. 4. 15. 오후 3:20 | 나래온 기자", "모아일보", "2025-04-15T15:20:00+09:00", "나래온"),
    ("2025-04-15 09:30 송고 | 모아뉴스 | 나래온 기자", "모아뉴스", "2025-04-15T09:30:00+09:00", "나래온"),
    ("모아스포츠 | 야구 | 2025.04.15 | 잠실=나래온 기자", "모아스포츠", "2025-04-15", "나래온"),
]


@pytest.mark.parametrize("row, outlet, date, reporter", ROWS)
def test_dateline_rows(row, outlet, date, reporter):
    assert dateline_row(row) == (outlet, date, reporter)


NOT_ROWS = [
    "모아일보 | 구도심 가로등 교체 나선다 | 2025.04.15",
    "시는 2025.04.15 가로등 교체를 마쳤다",
    "정치 | 경제 | 사회 | 문화",
]


@pytest.mark.parametrize("row", NOT_ROWS)
def test_lines_that_are_no_dateline_row(row):
    assert dateline_row(row) is None


@pytest.mark.parametrize("row, outlet, date, reporter", [ROWS[0], ROWS[1], ROWS[7]])
def test_a_dump_under_such_a_row(row, outlet, date, reporter):
    ex = refine(extract_text("\n".join([HEADLINE, row, "", PARA, "", PARA2]), "dump.txt"))
    co_writer = ["하누리"] if "/ 정리 하누리" in row else []  # '취재 나래온 기자 / 정리 하누리 기자': both write
    assert (ex.outlet, ex.published, ex.authors) == (outlet, date, [reporter, *co_writer])
    assert row not in ex.body


@pytest.mark.parametrize("head, outlet, date, author", [
    (["모아일보", HEADLINE, "2025.04.15 09:30", "나래온 기자"], "모아일보", "2025-04-15T09:30:00+09:00", "나래온"),
    ([HEADLINE, "나래온 기자 | 2025.04.15"], None, "2025-04-15", "나래온"),
    ([HEADLINE, "입력 2025.04.15 09:30  수정 2025.04.15 10:00", "글·사진 나래온 기자"], None,
     "2025-04-15T09:30:00+09:00", "나래온"),
    ([HEADLINE, "2025.04.15 | 모아일보 문화부 나래온 기자"], "모아일보", "2025-04-15", "나래온"),
    ([HEADLINE, "모아일보 나래온 기자 | 승인 2025.04.15 09:30"], "모아일보", "2025-04-15T09:30:00+09:00", "나래온"),
    ([HEADLINE, "2025년 4월 15일 화요일 | 나래온 기자"], None, "2025-04-15", "나래온"),
    ([HEADLINE, "등록 2025.04.15 09:30:12 | 나래온 기자"], None, "2025-04-15T09:30:12+09:00", "나래온"),
    # a board's labelled fields with a two-digit year; a month-first date after its label
    (["제목: " + HEADLINE, "작성자: 나래온 기자", "등록일: 25.04.15 09:30", "조회수: 88"], None,
     "2025-04-15T09:30:00+09:00", "나래온"),
    ([HEADLINE, "나래온 기자 | 등록 04/15/2025 09:30"], None, "2025-04-15T09:30:00+09:00", "나래온"),
    # a site's menu whose links the dump keeps apart by runs of spaces, above the headline
    (["모아타임즈 홈  뉴스  정치  경제  포토  영상", "", HEADLINE, "나래온 기자 | 2025.04.15"], None, "2025-04-15", "나래온"),
    (["모아타임즈  |  지역  교육  문화  인물", "", HEADLINE, "나래온 기자 | 2025.04.15"], "모아타임즈", "2025-04-15", "나래온"),
])
def test_dump_heads_of_other_shapes(head, outlet, date, author):
    ex = refine(extract_text("\n".join([*head, "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.outlet, ex.published, ex.authors[:1], ex.title) == (outlet, date, [author], HEADLINE)
    assert "나래온" not in ex.body


@pytest.mark.parametrize("line", ["구도심 골목길  가로등 400개 교체", "시의회  예산안  통과  외  3건 처리 완료 소식",
                                  "2025년 4월 15일 (화) 오전 9:30   나래온 기자"])
def test_lines_with_gaps_that_are_no_menu(line):
    """A headline or a dateline row with wide gaps is no menu: too few cells, or cells too long."""
    assert not _menu_line(line)


@pytest.mark.parametrize("text, published", [
    ("나래온 기자등록 04/15/2025 09:30", "2025-04-15T09:30:00+09:00"),  # byline spans glued together
    ("작성일: 25.04.15 09:30", "2025-04-15T09:30:00+09:00"),
    ("입력 04/15/2025", "2025-04-15"),
    ("성적 04/15/2025 기준 발표", None),  # no date label: neither form is read
    ("조회 25.04.15", None),
    ("등록 13/45/2025 09:30", None),  # no such month
    # the month in English, as an English-template CMS prints it: abbreviated, whole, day first, 12-hour clock
    ("By 누리결 기자 | Posted : Mar. 4, 2027 7:45 PM | Updated : Mar. 5, 2027 9:10 AM", "2027-03-04T19:45:00+09:00"),
    ("Posted on September 9, 2027", "2027-09-09"),
    ("입력 Sept. 9, 2027 12:05 a.m.", "2027-09-09T00:05:00+09:00"),
    ("Published 9 Sep 2027 08:30", "2027-09-09T08:30:00+09:00"),
    ("Published: Jan 31st, 2027, 14:20", "2027-01-31T14:20:00+09:00"),
    ("Posted : Tue. 4, 2027", None),  # a weekday, no month
    ("Oct. 28, 2027 7:45 PM 공연 시작", None),  # no date label: an English date in the text is not read
    ("Posted Feb. 30, 2027", None),  # no such day
])
def test_dates_only_a_label_makes_readable(text, published):
    assert printed_dates(text)[0] == published


# -- 3. the carried press on a portal or an aggregator --

def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


PORTAL_HEAD = "<title>구도심 골목길 가로등 교체 : 줌 뉴스</title><meta property='og:site_name' content='줌 뉴스'>"
HUB_HEAD = "<title>구도심 골목길 가로등 교체 - 모아뉴스허브</title><meta property='og:site_name' content='모아뉴스허브'>"
ARTICLE = f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>"

PRESS = [
    (PORTAL_HEAD, f"{ARTICLE}<p>출처 : 모아경제</p>", "모아경제"),
    (PORTAL_HEAD, f"{ARTICLE}<p>출처: 모아경제 | 이 기사는 모아경제의 제공으로 게재되었습니다.</p>", "모아경제"),
    (PORTAL_HEAD, f"<div class='info'><span class='press'>모아경제</span><span class='date'>2025.04.15 09:30</span></div>"
                  f"{ARTICLE}", "모아경제"),
    (PORTAL_HEAD, f"{ARTICLE}<p>기사제공 모아경제</p>", "모아경제"),
    (PORTAL_HEAD, f"{ARTICLE}<p>[출처: 모아경제]</p>", "모아경제"),
    (HUB_HEAD, f"<div class='source'><span class='press-name'>모아도민일보</span></div>{ARTICLE}"
               f"<a href='https://moa.example/1'>기사 원문 보기</a>", "모아도민일보"),
    ("<title>구도심 골목길 가로등 교체</title>", f"{ARTICLE}<p>원문: 모아도민일보</p>", "모아도민일보"),
    (PORTAL_HEAD, f"{ARTICLE}<p>이 기사는 모아경제의 제공으로 게재되었습니다.</p>", "모아경제"),
    (PORTAL_HEAD, f"{ARTICLE}<p>본 기사는 모아경제에서 제공한 기사입니다.</p>", "모아경제"),
    (PORTAL_HEAD, f"<div class='media'><em class='media_name'>모아경제</em></div>{ARTICLE}", "모아경제"),
    (PORTAL_HEAD, f"{ARTICLE}<p>제공: 모아경제</p>", "모아경제"),
    (HUB_HEAD, f"<div class='press_logo'><img alt='모아도민일보' src='p.png'></div>{ARTICLE}"
               f"<a href='https://moa.example/1'>원문보기</a>", "모아도민일보"),
    (HUB_HEAD, f"{ARTICLE}<p>[출처: 모아도민일보]</p><a href='https://moa.example/1'>원문 기사 보기</a>", "모아도민일보"),
    # the press's name only in its logo link's title (the logo an image with no alt text)
    (HUB_HEAD, f"<div class='press_logo'><a href='https://moa.example/' title='모아도민일보'><img src='p.png'></a></div>"
               f"{ARTICLE}<a href='https://moa.example/1'>기사원문</a>", "모아도민일보"),
    # the link to the original names the press ('모아경제 원문 보기'), the syndication note under the text too
    (HUB_HEAD, f"<a class='link_origin' href='https://moa.example/1'>모아경제 원문 보기</a>{ARTICLE}"
               "<p>이 기사는 모아경제에서 제공한 기사입니다.</p>", "모아경제"),
    (HUB_HEAD, f"<a href='https://moa.example/1'>모아경제 기사 원문</a>{ARTICLE}<p>Copyright © 모아경제. 무단전재 금지.</p>"
               "<p>본 기사는 모아경제에서 제공한 기사입니다.</p>", "모아경제"),
]


@pytest.mark.parametrize("lede, outlet", [
    ("[더 모아타임즈 나래온 기자] ", "더 모아타임즈"),
    ("[모아일보 나래온 기자] ", "모아일보"),
    ("(모아일보=나래온 기자) ", "모아일보"),
    ("[모아일보=나래온 기자] ", "모아일보"),
    ("[모아일보 | 나래온 기자] ", "모아일보"),
    ("【모아일보 나래온 기자】 ", "모아일보"),
    ("【모아일보=나래온 기자】 ", "모아일보"),
    ("〔모아일보=나래온 기자〕 ", "모아일보"),
    ("【워싱턴=모아일보 나래온 특파원】 ", "모아일보"),
])
def test_bracket_bylines_opening_a_dump(lede, outlet):
    ex = refine(extract_text("\n".join([HEADLINE, "2025.04.15 09:30", "", lede + PARA, "", PARA2]), "dump.txt"))
    assert (ex.outlet, ex.authors) == (outlet, ["나래온"])
    assert not ex.body.startswith(("[", "(", "【", "〔"))


@pytest.mark.parametrize("lede", ["【워싱턴=나래온 특파원】 ", "〔파리=나래온 특파원〕 ", "[워싱턴=나래온 특파원] ", "(워싱턴=나래온 특파원) "])
def test_a_correspondents_bracket_opening_the_text_names_a_place_not_an_outlet(lede):
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1><div class='date'>입력 2025.04.15 09:30</div>"
               f"<div class='article'><p>{lede}{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["나래온"]
    assert ex.outlet not in ("워싱턴", "파리")


@pytest.mark.parametrize("node, who", [
    ("글 나래온", "나래온"), ("글=나래온", "나래온"), ("글: 나래온", "나래온"), ("글ㅣ나래온", "나래온"),
    ("기자명 나래온", "나래온"), ("by 나래온", "나래온"),
    ("글씨크기", None), ("글자크기", None), ("글꼴선택", None), ("사진보기", None), ("기자명단", None),
])
def test_a_label_is_a_word_of_its_own(node, who):
    assert node_credit([node], 0) == who


@pytest.mark.parametrize("line, outlet", [
    ("ⓒ 모아일보", "모아일보"),
    ("ⓒ 모아일보, 무단 전재 및 재배포 금지", "모아일보"),
    ("저작권자 ⓒ 모아일보, 무단전재 및 재배포 금지", "모아일보"),
    ("Copyright ⓒ 모아방송. All rights reserved.", "모아방송"),
    ("ⓒ 세상을 여는 창, 종합일간지 모아일보", "모아일보"),
    ("ⓒ 내일을 읽는 신문, 모아일보", "모아일보"),
    ("Copyright ⓒ 새벽을 여는 눈, 경제 전문 미디어 모아경제", "모아경제"),
    ("ⓒ 모아뉴스 나래온 기자", "모아뉴스"),
    ("[ⓒ 더 모아 스포츠, 무단전재 및 재배포 금지]", "더 모아 스포츠"),
])
def test_the_outlet_a_copyright_line_names(line, outlet):
    assert outlet_from_copyright([line]) == outlet


@pytest.mark.parametrize("head, tail", [
    ([HEADLINE, "다음뉴스 | 모아경제 | 2025.04.15 09:30"], []),
    ([HEADLINE, "모아경제 | 네이버 뉴스 | 2025.04.15 09:30"], []),
    (["네이버 뉴스", HEADLINE, "2025.04.15 09:30"], ["나래온 기자 naraeon@moa.example", "기사제공 모아경제"]),
    (["줌 뉴스", HEADLINE, "2025.04.15 09:30"], ["출처 : 모아경제 | 이 기사는 모아경제의 제공으로 게재되었습니다."]),
])
def test_a_portal_page_saved_as_text_names_its_press(head, tail):
    ex = refine(extract_text("\n".join([*head, "", PARA, "", PARA2, "", *tail]), "dump.txt"))
    assert ex.outlet == "모아경제"
    assert ex.published == "2025-04-15T09:30:00+09:00"


def test_a_photo_credit_naming_a_press_is_no_carried_press():
    assert _page(PORTAL_HEAD, f"{ARTICLE}<p>[모아경제 제공]</p><p>출처 : 모아경제</p>").outlet == "모아경제"
    assert _page(PORTAL_HEAD, f"{ARTICLE}<p>사진=모아통신 제공</p>").outlet != "모아통신"


@pytest.mark.parametrize("head, body, outlet", PRESS)
def test_carried_press(head, body, outlet):
    assert _page(head, body).outlet == outlet


def test_a_publishers_own_page_naming_a_source_keeps_its_name():
    head = "<title>구도심 골목길 가로등 교체 - 모아일보</title><meta property='og:site_name' content='모아일보'>"
    assert _page(head, f"{ARTICLE}<p>출처: 모아시청</p>").outlet == "모아일보"


def test_the_portals_press_label_before_the_date_is_no_author():
    ex = _page(PORTAL_HEAD, f"<h1>{HEADLINE}</h1><div class='info'><span class='press'>모아투데이</span> "
                            f"<span class='date'>2025.04.15 09:30</span></div><div class='article'><p>{PARA}</p>"
                            f"<p>{PARA2}</p></div><div class='byline'>나래온 기자 naraeon@moa.example</div>"
                            f"<p>출처 : 모아투데이</p>")
    assert ex.outlet == "모아투데이"
    assert ex.authors == ["나래온"]


def test_name_and_title_in_two_elements():
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1><div class='byline'><span class='name'>나래온</span> 기자 · "
               f"<span>모아 8시 뉴스</span></div><div class='date'>2025.04.15 09:30</div>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["나래온"]


@pytest.mark.parametrize("byline", [
    "<div class='byline'><em>나래온</em><em>기자</em></div>",
    "<div class='author'><strong>나래온</strong> 객원기자 <span>naraeon@moa.example</span></div>",
    "<p class='byline'>[모아일보 나래온 기자]</p>",
    "<p class='byline'>글·사진=나래온 기자</p>",
    "<p class='byline'>경제부 나래온 기자</p>",
    "<p class='byline'>워싱턴=나래온 특파원</p>",
    "<p class='byline'>정리=나래온 기자 / 사진=하누리 기자</p>",
    "<p class='byline'>사진 하누리 기자 · 글 나래온 기자</p>",
    "<ul class='info'><li>에디터 나래온</li><li>포토그래퍼 하누리</li></ul>",
])
def test_byline_elements_above_the_text(byline):
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1>{byline}<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors[:1] == ["나래온"]


@pytest.mark.parametrize("row", [
    "모아일보 | 나래온 기자 | 2025.04.15 09:30",
    "글·사진 나래온 기자 | 입력 2025.04.15 09:30",
    "2025.04.15 09:30 · 워싱턴=나래온 특파원",
    "입력 2025.04.15 09:30 | 취재 나래온 기자 / 정리 하누리 기자",
    "[모아일보] 2025년 4월 15일 09:30 | 경제부 나래온 기자",
])
def test_header_row_elements_on_a_page(row):
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1><div class='info'>{row}</div><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors[:1] == ["나래온"]
    assert ex.published.startswith("2025-04-15T09:30")


@pytest.mark.parametrize("credit", [
    "<p class='credit'>정리=나래온 기자 / 사진=하누리 기자</p>",
    "<div class='reporter'>나래온 기자 naraeon@moa.example</div>",
    "<p class='credit'>글 나래온 편집장 / 사진 하누리</p>",
    "<div class='box'><span>나래온</span> 기자</div>",
])
def test_credit_elements_after_the_text(credit):
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1><div class='date'>2025.04.15 09:30</div><div class='article'><p>{PARA}</p>"
               f"<p>{PARA2}</p></div>{credit}<footer>모아일보 대표전화 02-000-0000</footer>")
    assert ex.authors[:1] == ["나래온"]


def test_two_credits_in_one_element_under_the_headline():
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1><div class='byline'>취재 나래온 기자 / 정리 하누리 기자</div>"
               f"<div class='date'>입력 2025.04.15 09:30</div><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors[:1] == ["나래온"]  # the one who reported first; the one who edited may follow


@pytest.mark.parametrize("after, email", [
    ("<p class='mail'>naraeon@moa.example</p>", "naraeon@moa.example"),
    ("<div class='byline'>나래온 기자</div><p>naraeon@moa.example</p>", "naraeon@moa.example"),
    ("<p class='mail'>[naraeon@moa.example]</p>", "naraeon@moa.example"),
    ("<p>제보: tips@moa.example</p>", None),
])
def test_the_reporters_address_after_the_text(after, email):
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title>",
               f"<h1>{HEADLINE}</h1><div class='date'>입력 2025.04.15 09:30 나래온 기자</div>"
               f"<article><p>{PARA}</p><p>{PARA2}</p></article>{after}<footer>모아일보 대표전화 02-000-0000</footer>")
    assert ex.author_emails == ([email] if email else [])


def test_an_address_alone_right_after_the_text_but_not_far_below_it():
    nodes = [HEADLINE, "나래온 기자", PARA, PARA2, "naraeon@moa.example", "관련기사"]
    assert address_after_text(nodes, [PARA, PARA2]) == "naraeon@moa.example"
    far = [HEADLINE, PARA, PARA2, *[f"많이 본 뉴스 {k}" for k in range(10)], "tips@moa.example"]
    assert address_after_text(far, [PARA, PARA2]) is None
    assert address_after_text([HEADLINE, PARA, PARA2, "제보 tips@moa.example"], [PARA, PARA2]) is None


# -- 4. page furniture, by kind --

FURNITURE = [
    # a portal's toolbar
    "요약보기", "번역 설정", "음성 재생", "글자 크기 변경", "공유 하기", "요약봇", "자동요약",
    # more of one press
    "모아경제 기사 더보기", "모아경제 기사 더 보기 >", "모아경제의 다른 기사", "모아경제 뉴스 더보기", "언론사 홈 바로가기",
    # print edition and syndication notes
    "이 기사는 2025년 4월 15일 자 모아일보 지면에 실렸습니다.",
    "이 기사는 모아일보 4월 15일자 A12면에 게재됐습니다.",
    "※ 이 기사는 모아일보 지면 기사입니다.",
    "이 기사는 모아경제의 제공으로 게재되었습니다.",
    "이 기사는 모아경제와의 콘텐츠 제휴에 따라 게재되었습니다.",
    "본 기사는 모아경제에서 제공한 기사입니다.",
    # a newsletter's furniture
    "웹에서 보기 | 수신거부", "웹에서 보기", "수신거부", "구독 취소", "뉴스레터 수신을 원하지 않으시면 여기를 눌러 주세요.",
    "이번 레터가 도움이 되셨나요?", "오늘 뉴스레터는 어떠셨나요?", "친구에게 추천하기: https://moa.example/letter",
    "이 레터를 친구에게 공유해 주세요", "모아레터 제58호 · 발행일 2025.04.15", "제58호 | 2025년 4월 15일",
    # an e-mail client's header around a forwarded letter
    "받은편지함", "보낸사람: 모아레터 <letter@moa.example>", "받는사람: reader@moa.example",
    "보낸 날짜: 2025-04-15 07:00", "---------- Forwarded message ---------",
    # a public office's page around its release: the table of fields and the survey
    "담당부서 모아정책국 모아과 담당자 사무관 나래온 (044-000-0000)", "조회수 1,582 작성일 2025-04-15",
    "| 담당부서 | 모아정책국 모아과 | 담당자 | 사무관 나래온 (044-000-0000) |",
    "이 페이지에서 제공하는 정보에 대하여 만족하십니까?", "매우만족 만족 보통 불만족 평가하기",
    # a summary tool, a note on how the story was made
    "요약봇이 자동으로 요약한 내용입니다.",
    "자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 제외될 수 있어, 전체 맥락을 이해하기 위해서는 "
    "기사 본문 전체보기를 권장합니다.",
    "※ 이 기사는 AI의 도움을 받아 작성되었습니다.", "이 기사는 모아타임스 기사를 번역한 것입니다.",
    # a portal's press box and a reader's mode
    "언론사 선정", "이 언론사의 다른 기사", "읽기 모드", "본문 바로가기",
    # counters, replays, a site's notices to its reader
    "구독자 1,024명", "응원 12", "다시보기", "영상 보기 | 공유하기",
    "이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.", "이 기사는 유료 회원 전용입니다.",
    "로그인 후 전체 기사를 볼 수 있습니다.",
    # a gallery's pager, a comment box, a blog's furniture
    "1 / 3 ▶ 다음 사진", "2/5 이전 사진 | 다음 사진", "다음 사진", "이 기사에 대한 댓글", "댓글 12개", "독자 의견 3",
    "이웃추가", "공감 12", "이 블로그 맛집 기록 카테고리 글", "블로그 홈",
    # a font-size toggle and a share bar, in Korean and in English
    "스크랩 | 프린트 | 글자크기 크게 | 글자크기 작게", "글자크기 크게", "Copy link", "Share · Copy link",
    "Subscribe to Moa Weekly", "Sign up for our newsletter",
    # a broadcaster's transcript note, a newsletter's invitation and closing notes
    "아래 텍스트는 실제 방송 내용과 차이가 있을 수 있습니다.", "※ 위 내용은 실제 방송과 다를 수 있습니다.",
    "매주 화요일 지역 소식을 메일로 받아보세요", "이 메일은 뉴스레터 구독에 동의하신 분께 발송됩니다.",
    "지난 레터 모아보기", "친구에게 모아레터 추천하기", "이번 레터, 어떠셨나요?",
    "Subscribe to Moa Weekly — 매주 화요일 지역 소식을 메일로 받아보세요. 구독하기", "Share: Facebook · X · Copy link",
    "공유: 페이스북 · 카카오톡 · 링크 복사", "이 기사에 대한 댓글 (2)", "* 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있습니다.",
    # a toolbar whose cells are each furniture ('공감 12 | 댓글 3 | 공유하기 | 이 블로그 … 카테고리 글 | 이웃추가')
    "공감 12 | 댓글 3 | 공유하기 | 이 블로그 맛집 기록 카테고리 글 | 이웃추가",
    "1 / 3 ▶ 다음 사진 | 공유하기",
    # a blog repost citing its source and its address
    "출처 : 모아일보 https://moa.example/article/1234",
    # an article-tools table, as a text extraction writes its row; a size toggle's sign after its button
    "| 인쇄 | 스크랩 | 메일보내기 | 글자크기 + |",
    "인쇄 | 스크랩 | 메일 보내기 | 글자크기 + -",
    "｜ 프린트 ｜ 이메일 ｜ 공유하기 ｜",
    "| 목록 | 인쇄하기 | 글자 크게 | 글자 작게 |",
    "글자크기 + - | 인쇄 | 스크랩",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture(line):
    assert is_boilerplate(line)


NOT_FURNITURE = [
    "시는 요약보기 기능을 시범 도입했다고 밝혔다.",
    "이 기사는 독자 제보로 시작됐다.",
    "보낸 사람이 누구인지는 밝혀지지 않았다.",
    "구독자 수는 지난해보다 30% 늘었다.",
    "수신거부 의사를 밝힌 주민은 12명이었다.",
    "모아경제 기사에 따르면 공사는 가을에 끝난다.",
    "담당자는 현장을 다시 점검하겠다고 말했다.",
    "주민 만족도는 지난해보다 높았다.",
    "작성일 기준으로 신청자는 120명이다.",
    "모아전자는 AI 요약 기능을 새 단말기에 넣었다고 밝혔다.",
    "이 기사는 지난달 처음 보도됐다.",
    "언론사 대표들이 한자리에 모였다.",
    "버터 쿠키를 굽는 시간은 12분이다.",
    "구독자 전용 혜택을 늘리겠다고 밝혔다.",
    "다음 사진은 복원 전 모습이다.",
    "댓글 12개가 달렸고 대부분 항의였다.",
    "공감 능력은 교사의 필수 자질이다.",
    "이 블로그는 10년째 운영되고 있다.",
    "실제 방송 내용과 달리 사고 원인은 밝혀지지 않았다.",
    "메일로 받아 본 자료에는 오류가 있었다.",
    "Subscribers in Seoul grew by 12 percent last year, the company said in a statement.",
    "친구에게 돈을 빌려준 뒤 연락이 끊겼다.",
    "공감 12 | 시는 공사를 가을 안에 마치겠다고 밝혔다.",
    "출처가 불분명한 자료는 https://moa.example 에서 확인할 수 없다.",
    "| 인쇄 | 2026년 본예산 | 12억원 |",  # a table row with one tool-like word among data cells
    "인쇄 비용은 모두 3천만원이다.",
    "| 구분 | 스크랩 건수 | 증감 |",
]


@pytest.mark.parametrize("line", NOT_FURNITURE)
def test_text_that_is_no_furniture(line):
    assert not is_boilerplate(line)


def test_a_forwarded_newsletter_reads_its_letter_not_the_mail_header():
    text = "\n".join(["받은편지함", "보낸사람: 모아레터 <letter@moa.example>", "제목: [모아레터] 골목길이 밝아진다",
                      "웹에서 보기 | 수신거부", "", "모아레터 제58호 · 발행일 2025.04.15", "", "골목길이 밝아진다", "",
                      "에디터 나래온", "", PARA, "", PARA2, "", "이번 레터가 도움이 되셨나요?"])
    ex = refine(extract_text(text, "letter.txt"))
    assert ex.title == "골목길이 밝아진다"
    assert ex.authors == ["나래온"]
    for furniture in ("받은편지함", "보낸사람", "웹에서 보기", "제58호", "에디터 나래온", "도움이 되셨나요"):
        assert furniture not in ex.body, furniture


# -- 5. round 9: dates in other scripts and shapes, credits with more roles, names only a page's frame gives --

# (line under the headline, the date it gives)
DATE_SHAPES = [
    ("2025年4月15日", "2025-04-15"),
    ("2025年 4月 15日 (火)", "2025-04-15"),
    ("2025年4月15日(火) 09:30", "2025-04-15T09:30"),
    ("입력 2025年4月15日 09:30", "2025-04-15T09:30"),
    ("나래온 기자 | 2025年4月15日", "2025-04-15"),
    ("Posted 2025.04.15 07:10", "2025-04-15T07:10"),
    ("Posted 2025.04.15 07:10 · Updated 2025.04.17 16:45", "2025-04-15T07:10"),
    ("Posted on 2025.04.15", "2025-04-15"),
    ("Published 2025-04-15 09:30", "2025-04-15T09:30"),
    ("Updated 2025.04.17 16:45 · Posted 2025.04.15 07:10", "2025-04-15T07:10"),
    # a date whose year stands apart, in the row's last cell
    ("나래온 기자 | 4.15(화) 09:30 | 2025년", "2025-04-15T09:30"),
    ("[온라인뉴스팀] 나래온 기자 | 4.15(화) 09:30 | 2025년", "2025-04-15T09:30"),
    ("4월 15일(화) 09:30 | 2025년", "2025-04-15T09:30"),
    ("4.15(화) | 2025", "2025-04-15"),
    # an issue line: the issue's date is the article's
    ("제842호 | 2025년 4월 15일 (화)", "2025-04-15"),
    ("사회 | 제842호 | 2025년 4월 15일 (화)", "2025-04-15"),
    ("제842호 2025.04.15", "2025-04-15"),
    ("통권 842호 · 2025년 4월 15일 발행", "2025-04-15"),
    ("모아레터 #87 · 2025. 4. 15. (화) 발행", "2025-04-15"),
    ("Vol. 87 · 2025. 4. 15. 발행", "2025-04-15"),
]


@pytest.mark.parametrize("line, date", DATE_SHAPES)
def test_date_shapes_under_a_dumps_headline(line, date):
    ex = refine(extract_text("\n".join([HEADLINE, line, "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.published or "").startswith(date), ex.published
    assert ex.title == HEADLINE


@pytest.mark.parametrize("line, date", DATE_SHAPES)
def test_date_shapes_under_a_pages_headline(line, date):
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1><div class='info'>{line}</div><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert (ex.published or "").startswith(date), ex.published


@pytest.mark.parametrize("line", [
    "올해 4.15(화) 열린 회의에서 2025년 예산안이 나왔다는 말이 돌았다",
    "4월 15일 | 모아시청 | 시민 공청회",
    "제842호 안건 | 의결",
    "2025年",
])
def test_lines_that_give_no_date(line):
    ex = refine(extract_text("\n".join([HEADLINE, line, "", PARA, "", PARA2]), "dump.txt"))
    assert ex.published is None


# credit lines with more roles than two: the writer is named whatever the others are
MORE_ROLES = [
    ("글 나래온 · 사진 하누리 · 에디터 도가람", "나래온"),
    ("글 나래온 / 사진 하누리 / 디자인 도가람", "나래온"),
    ("글 나래온 기자 · 사진 하누리 기자 · 편집 도가람", "나래온"),
    ("글=나래온, 사진=하누리, 일러스트=도가람", "나래온"),
    ("사진 하누리 · 글 나래온 · 에디터 도가람", "나래온"),
    ("에디터 나래온 · 포토그래퍼 하누리 · 스타일리스트 도가람", "나래온"),
    ("글 나래온 | 사진 하누리 | 디자인 도가람 | 일러스트 마루한", "나래온"),
    ("취재 나래온 · 사진 하누리 · 영상 도가람", "나래온"),
]


@pytest.mark.parametrize("line, author", MORE_ROLES)
def test_credit_lines_with_three_roles_or_more(line, author):
    found = credit_line(line)
    assert found is not None and found.author == author


@pytest.mark.parametrize("line, author", MORE_ROLES)
def test_credit_elements_with_three_roles_on_a_page(line, author):
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아매거진</title>",
               f"<h1>{HEADLINE}</h1><p class='credit'>{line}</p><div class='date'>2025.04.15</div>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors[:1] == [author]


# A page whose <title> is its site's name alone: the headline is the heading-like line right above the byline and
# date (or above the sub-headline over them), whatever element holds it; the site's name is the <title> the page
# prints again (its logo, its copyright line).
LOGO = "<div id='top'><a href='/' class='logo'>모아시민일보</a> | <a href='/s/1'>행정</a> | <a href='/s/2'>복지</a></div>"
SITE_ONLY_PAGES = [
    f"{LOGO}<table><tr><td class='v_info'>행정 | 2025/04/15 [09:30]</td></tr>"
    f"<tr><td class='v_head'>{HEADLINE}</td></tr><tr><td class='v_lead'>시비 12억 투입…가을까지 공사</td></tr>"
    f"<tr><td class='v_info'>모아시민일보 나래온 기자 | 기사입력 2025/04/15 [09:30]</td></tr>"
    f"<tr><td><p>{PARA}</p><p>{PARA2}</p></td></tr></table>",
    f"{LOGO}<div class='hd'>{HEADLINE}</div><div class='date'>나래온 기자 | 입력 2025.04.15 09:30</div>"
    f"<div id='news_body'>{PARA}<br><br>{PARA2}</div>",
    f"{LOGO}<div class='hd'>{HEADLINE}</div><div class='lead'>시비 12억 투입…가을까지 공사</div>"
    f"<div class='date'>나래온 기자 | 입력 2025.04.15 09:30</div><div id='news_body'>{PARA}<br><br>{PARA2}</div>",
    f"{LOGO}<table><tr><td><font size='4'>{HEADLINE}</font></td></tr><tr><td>나래온 기자 | 2025.04.15 09:30</td></tr>"
    f"<tr><td>{PARA}<br><br>{PARA2}</td></tr></table>",
    f"{LOGO}<div class='cate'>농업</div><h3>{HEADLINE}</h3><p class='writer'>나래온 기자 | 등록 2025년 4월 15일(화) 09:30</p>"
    f"<div><p>{PARA}</p><p>{PARA2}</p></div>",
]


@pytest.mark.parametrize("body", SITE_ONLY_PAGES)
def test_a_title_of_the_site_name_alone(body):
    ex = _page("<title>모아시민일보</title>", body + "<div class='foot'>모아시민일보 | 대표전화 02-000-0000</div>")
    assert (ex.title, ex.outlet, ex.authors[:1]) == (HEADLINE, "모아시민일보", ["나래온"])


@pytest.mark.parametrize("head, body, outlet", [
    ("<title>모아로컬</title>", f"<div id='header'><a href='/' class='logo'>모아로컬</a></div><h1>{HEADLINE}</h1>"
                              f"<p class='writer'>나래온 기자 | 등록 2025.04.15 09:30</p><div><p>{PARA}</p><p>{PARA2}</p></div>",
     "모아로컬"),
    ("<title>모아로컬</title>", f"<h1>{HEADLINE}</h1><p class='writer'>나래온 기자 | 등록 2025.04.15 09:30</p>"
                              f"<div><p>{PARA}</p><p>{PARA2}</p></div><div id='footer'>모아로컬 | 모아시 모아로 1</div>",
     "모아로컬"),
    # a <title> that is a short headline, no site's name: no outlet from it
    ("<title>가로등 400개 교체</title>", f"<div class='logo'>모아로컬</div><h1>가로등 400개 교체</h1>"
                                   f"<p class='writer'>나래온 기자 | 등록 2025.04.15 09:30</p><div><p>{PARA}</p><p>{PARA2}</p></div>",
     "모아로컬"),
])
def test_the_site_name_a_title_gives_alone(head, body, outlet):
    assert _page(head, body).outlet == outlet


def test_a_title_that_is_the_headline_is_no_site_name():
    ex = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1><p class='writer'>나래온 기자 | 등록 2025.04.15 09:30</p>"
                                           f"<div><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.outlet != HEADLINE and ex.title == HEADLINE


# A dump's first line that names the site beside its section ('매체 | 섹션'), and a site's Latin name line above its
# Korean one: the Korean name is the outlet.
@pytest.mark.parametrize("head, outlet", [
    (["모아사람 | 인물", "", HEADLINE], "모아사람"),
    (["모아사람 | 사회", "", HEADLINE], "모아사람"),
    (["모아사람 | 오피니언", HEADLINE], "모아사람"),
    (["모아사람 > 인물", "", HEADLINE], "모아사람"),
    (["MOA PEOPLE", "모아 사람들", "NEWS", "LIFE", HEADLINE], "모아 사람들"),
    (["THE MOA KOREA", "더 모아 코리아", "뉴스", "기술", "로그인", HEADLINE], "더 모아 코리아"),
])
def test_the_site_a_dumps_first_lines_name(head, outlet):
    ex = refine(extract_text("\n".join([*head, "입력 2025.04.15 09:30", "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.outlet, ex.title) == (outlet, HEADLINE)


@pytest.mark.parametrize("first", ["정치 | 경제", "속보 | 사회", "2025.04.15 | 사회"])
def test_a_first_line_of_sections_names_no_site(first):
    ex = refine(extract_text("\n".join([first, "", HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", PARA2]), "dump.txt"))
    assert ex.outlet is None


# A dump printed from a browser: every printed page has the print's date, the headline and the site's name at its
# top, and the address and the page number at its foot. They repeat and break the text; the print's date is not
# the article's.
PRINT_HEADERS = [
    ("2025. 4. 17. 오전 10:48", " - 모아일보"),
    ("2025. 4. 17. 15:12", " | 모아일보"),
    ("25. 4. 17. 오전 10:48", " - 모아일보"),
    ("2025-04-17 15:12", " :: 모아일보"),
]


@pytest.mark.parametrize("when, site", PRINT_HEADERS)
@pytest.mark.parametrize("footer", ["https://www.moa.example/news/view/20250415001{gap}{n}/2",
                                    "https://moa.example/a/1?page=2{gap}{n} / 2", "{n}/2"])
def test_a_dump_printed_from_a_browser(when, site, footer):
    header = f"{when}{' ' * 12}{HEADLINE}{site}"
    lines = [header, "모아일보", "뉴스 오피니언 스포츠 연예", "사회", HEADLINE, "나래온 기자 입력 2025-04-15 09:30:00",
             PARA, footer.format(gap=" " * 12, n=1), "", header, PARA2, "나래온 기자 naraeon@moa.example",
             footer.format(gap=" " * 12, n=2)]
    ex = refine(extract_text("\n".join(lines), "print.txt"))
    assert (ex.title, ex.outlet, ex.published, ex.authors) == (HEADLINE, "모아일보", "2025-04-15T09:30:00+09:00", ["나래온"])
    for left in ("오전 10:48", "15:12", "1/2", "2/2", "1 / 2", "https://", "스포츠 연예"):
        assert left not in ex.body, left
    assert "밤길 안전 순찰" in ex.body and "순찰 시간대" in ex.body


# A board's repost: the board's name, the post's title and its row (poster, date, counters) above the article it
# quotes, the poster's own words, votes, replies and the board's buttons below it. The article is what is quoted.
@pytest.mark.parametrize("top", [
    ["자유게시판", "[펌] 골목길 가로등 다 바꾼다네요", "밤산책러 | 2025.04.16 22:05 | 조회 311 | 추천 9"],
    ["모아동네 카페 > 우리동네 소식", "[퍼온글] 가로등 교체 소식", "작성자 밤산책러 | 작성일 2025.04.16 | 조회수 88"],
    ["커뮤니티 | 정보 공유", "가로등 교체한대요 (펌)", "밤산책러 · 2025-04-16 23:14 · 조회 1204 · 추천 3 · 댓글 12"],
])
@pytest.mark.parametrize("source", ["출처 : 모아일보", "출처: 모아일보 https://moa.example/1"])
def test_a_boards_repost_of_an_article(top, source):
    lines = [*top, source, HEADLINE, "나래온 기자 입력 2025.04.15 09:30", PARA, PARA2,
             "나래온 기자 naraeon@moa.example", "--------------------", "우리 동네도 얼른 바꿔 줬으면 좋겠네요",
             "추천 12 비추천 3", "댓글 7", "ㄴ 밤산책러님 저도 같은 생각입니다", "목록 | 이전글 | 다음글"]
    ex = refine(extract_text("\n".join(lines), "board.txt"))
    assert (ex.title, ex.outlet, ex.authors, ex.published) == (HEADLINE, "모아일보", ["나래온"], "2025-04-15T09:30:00+09:00")
    for left in ("밤산책러", "얼른 바꿔", "비추천", "같은 생각", "이전글", "골목길 가로등 다 바꾼다네요"):
        assert left not in ex.body, left


# Round 9 furniture, by kind: reading time, newsletter forms, donation calls, a newsroom's press contact, a note's
# link, a tip line, a box of related stories, a note that the story is on another site too, a column's disclaimer
# opened by a bullet, a board's votes, replies and buttons.
FURNITURE_9 = [
    "읽는 시간 4분", "읽는 데 3분", "예상 읽기 시간 4분", "이 글을 읽는 데 걸리는 시간 5분",
    "이메일 주소 입력", "이메일 주소를 입력하세요", "이메일 주소를 입력해 주세요",
    "모아체크는 독자 여러분의 후원으로 운영됩니다. 후원하기", "모아뉴스는 회원들의 회비로 만들어집니다.",
    "좋은 기사는 독자의 후원으로 만들어집니다", "후원하기",
    "언론 문의 | 모아전자 커뮤니케이션팀 02-000-0000 · media@moa.example", "미디어 문의 press@moa.example",
    "보도 문의: 홍보팀 press@moa.example", "언론 문의 모아전자 홍보팀 press@moa.example",
    "※ 이 기사는 외신 보도를 우리말로 번역·요약했습니다. 원문 보기",
    "기사제보 031-000-0000", "기사제보 tips@moa.example", "기사 제보: 02-000-0000", "제보하기 02-000-0000",
    "기사제보 및 보도자료 news@moa.example",
    "※ 이 기사는 모아주간 누리집에서도 볼 수 있습니다.", "이 기사는 모아주간 홈페이지에서도 보실 수 있습니다.",
    "※ 이 기사는 모아일보 앱에서도 읽을 수 있습니다.",
    "· 이 칼럼의 내용은 본지 논조와 다를 수 있습니다.", "- 이 칼럼은 본지의 편집 방향과 다를 수 있습니다.",
    "추천 12 비추천 3", "이전글 | 목록 | 다음글", "이전글 | 다음글", "ㄴ 밤산책러님 저도 같은 생각입니다",
    "더 이상 받고 싶지 않으시면 수신거부", "레터를 원하지 않으시면 여기", "모아타임스 | 모아시 모아로 1 | letter@moa.example",
    "모아레터 | 발행 모아타임스 | 모아시 모아구 | letter@moa.example",
]


@pytest.mark.parametrize("line", FURNITURE_9)
def test_page_furniture_of_round_9(line):
    assert is_boilerplate(line)


NOT_FURNITURE_9 = [
    "읽는 시간이 하루 평균 20분 줄었다는 조사 결과가 나왔다.",
    "시민단체는 독자 후원으로 만들어지는 언론이 늘어야 한다고 말했다.",
    "기사제보를 받은 경찰은 곧바로 현장에 출동했다.",
    "언론 문의가 빗발치자 회사는 입장문을 냈다.",
    "이 기사와 관련된 문의는 시청 홍보과로 하면 된다고 시는 밝혔다.",
    "추천 수가 많은 글이 먼저 보인다.",
    "이전글에서 다룬 내용을 보충하면 다음과 같다.",
    "이 글은 모아시의 편집 방향을 두고 쓴 것이다.",
    "더 이상 받고 싶지 않다면 거절해도 된다고 시는 안내했다.",
    "문의는 시청 민원실 | 평일 9시부터 | help@moa.example 로 하면 된다고 밝혔다.",
]


@pytest.mark.parametrize("line", NOT_FURNITURE_9)
def test_text_that_is_no_furniture_of_round_9(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("heading", ["이 기사와 관련된 기사", "이 기사와 관련된 뉴스", "오피니언 인기기사", "사회 많이 본 뉴스",
                                     "경제 주요 기사"])
def test_a_box_of_other_stories_ends_the_article(heading):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", PARA2, "", heading,
                                        "- 모아시 야간 순찰 늘린다", "- 가로등 교체 예산 통과"]), "dump.txt"))
    assert "야간 순찰 늘린다" not in ex.body and heading not in ex.body


# A date alone in the element right above or under the headline is the article's, though no label says so.
@pytest.mark.parametrize("date, iso", [("2025年4月15日 (火)", "2025-04-15"), ("2025.04.15", "2025-04-15"),
                                       ("2025년 4월 15일 화요일", "2025-04-15"), ("2025-04-15 09:30", "2025-04-15T09:30")])
@pytest.mark.parametrize("above", [True, False])
def test_a_date_alone_beside_the_headline(date, iso, above):
    rows = [f"<tr><td class='when'>{date}</td></tr>", f"<tr><td><font size='4'><b>{HEADLINE}</b></font></td></tr>"]
    ex = _page("<title>모아 타임즈</title>", f"<table>{''.join(rows if above else rows[::-1])}"
                                          f"<tr><td><p>{PARA}</p><p>{PARA2}</p><p>(나래온 記者)</p></td></tr></table>"
                                          f"<div class='foot'>모아 타임즈 | 모아시 모아로 1</div>")
    assert (ex.published or "").startswith(iso)
    assert ex.title == HEADLINE and ex.authors == ["나래온"]


# A table cell whose headline, byline, paragraphs and box of related stories an extractor ran into one line: the
# lines are parted where the page parts its blocks, so the byline and the box are found.
def test_a_cell_run_together_is_parted_where_the_page_parts_it():
    cell = (f"<div class='tt'>{HEADLINE}</div><div class='dd'>나래온 기자 | 승인 2025.04.15 09:30</div>"
            f"<div id='body'>{PARA}<br><br>{PARA2}<br><br>나래온 기자 naraeon@moa.example</div>"
            f"<div class='copy'>ⓒ 모아신문 기사제보 02-000-0000 / 무단전재 및 재배포 금지</div>"
            f"<div class='rel'><b>이 기사와 관련된 기사</b><br>- 모아시 야간 순찰 늘린다<br>- 가로등 교체 예산 통과</div>")
    ex = _page("<title>모아신문</title>", f"<table><tr><td>{cell}</td></tr></table>")
    assert (ex.title, ex.authors, ex.outlet) == (HEADLINE, ["나래온"], "모아신문")
    assert ex.body.startswith(PARA[:20]) and ex.body.rstrip().endswith(PARA2[-20:])


@pytest.mark.parametrize("meta", ["<meta name='author' content='모아 스포츠피플'>",
                                  "<meta name='author' content='모아 스포츠피플'><meta property='og:site_name' content='모아 스포츠피플'>"])
def test_an_author_field_holding_the_sites_name_is_no_author(meta):
    ex = _page(f"<title>모아 스포츠피플 - {HEADLINE}</title>{meta}",
               f"<h1>{HEADLINE}</h1><div class='byline'>[모아 스포츠피플=나래온 객원기자]</div><div>2025-04-15T09:30:00+09:00</div>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div><div class='foot'>나래온 객원기자 naraeon@moa.example</div>")
    assert ex.authors == ["나래온"]


# A post (a blog's scrap, a board's 펌, a café's share) quoting an article whole: the poster's words, then the article's
# headline right above its byline and labelled date, the article, and a source line naming its press. The article
# is the quoted one: its headline, reporter, date and press, not the post's.
REPOST_INTROS = [["동네 소식이라 공유합니다."], ["우리 동네 얘기라 스크랩해 둡니다.", "퍼가실 때 출처 남겨 주세요."],
                 ["(펌) 밤길이 좀 밝아지겠네요"]]
REPOST_SOURCES = ["출처 : 모아일보 https://moa.example/article/1", "출처: 모아일보", "원문: 모아일보 https://moa.example/a/1"]


@pytest.mark.parametrize("intro", REPOST_INTROS)
@pytest.mark.parametrize("source", REPOST_SOURCES)
def test_a_blog_post_quoting_an_article(intro, source):
    ex = _page("<title>[스크랩] 골목길 가로등 교체 : 모아 블로그</title><meta property='og:site_name' content='모아 블로그 | 밤산책'>",
               "<div class='top'>밤산책 | 프롤로그 | 블로그 | 이웃추가</div><h3>[스크랩] 골목길 가로등 교체</h3>"
               "<div class='meta'><span>밤산책러</span> <span>2025. 4. 17. 21:37</span></div><div class='main'>"
               + "".join(f"<p>{p}</p>" for p in intro)
               + f"<p>{HEADLINE}</p><p>시비 12억 투입…가을까지 공사</p><p>나래온 기자 | 입력 2025.04.15 09:30</p>"
               f"<p>{PARA}</p><p>{PARA2}</p><p>{source}</p></div><div>공감 5 | 댓글 1 | 공유하기</div>"
               "<div class='cmt'>밤길러: 우리 동네도 바꿔 주세요!</div>")
    assert (ex.title, ex.outlet, ex.authors) == (HEADLINE, "모아일보", ["나래온"])
    assert ex.published.startswith("2025-04-15")
    for left in (intro[0][:8], "밤산책러", "출처", "우리 동네도"):
        assert left not in ex.body, left


@pytest.mark.parametrize("intro", REPOST_INTROS)
def test_a_post_saved_as_text_quoting_an_article(intro):
    ex = refine(extract_text("\n".join(["[스크랩] 골목길 가로등 교체", "밤산책러 2025. 4. 17. 21:37", "", *intro, "", HEADLINE,
                                        "나래온 기자 | 입력 2025.04.15 09:30", "", PARA, "", PARA2, "",
                                        REPOST_SOURCES[0]]), "post.txt"))
    assert (ex.title, ex.outlet, ex.authors) == (HEADLINE, "모아일보", ["나래온"])
    assert ex.published.startswith("2025-04-15")


@pytest.mark.parametrize("source", ["출처: 모아시청", "출처 : 통계청 https://stat.example/1", "자료 출처: 모아연구원"])
def test_an_article_citing_a_source_is_no_repost(source):
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title><meta property='og:site_name' content='모아일보'>",
               f"<h1>{HEADLINE}</h1><p class='byline'>나래온 기자 | 입력 2025.04.15 09:30</p>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p><p>{source}</p></div>")
    assert (ex.title, ex.outlet, ex.authors) == (HEADLINE, "모아일보", ["나래온"])


# A post quoting an article under its own headline, credited in full after its text by a source line (the press,
# the reporter, perhaps the date and the address): that line names the article's press, writer and date, not the
# blog's name, the blogger or the post's time; the headline is the one above the quoted paragraphs.
CREDITED_SOURCES = [
    ("출처: 모아일보 나래온 기자 (2025.04.15) — 원문: https://moa.example/news/1", "2025-04-15"),
    ("[출처] 모아일보 | 나래온 기자 | 2025-04-15", "2025-04-15"),
    ("원문: 모아일보(나래온 기자) 2025년 4월 15일자", "2025-04-15"),
    ("기사 출처 : 모아일보 나래온 기자 https://moa.example/news/1", None),
    ("출처: 모아일보 나래온 기자, 2025.4.15 / https://moa.example/news/1", "2025-04-15"),
]


@pytest.mark.parametrize("source, date", CREDITED_SOURCES)
def test_a_blog_post_crediting_its_quoted_article_after_it(source, date):
    ex = _page("<title>[스크랩] 밤길이 밝아진대요 :: 밤산책 일기</title><meta property='og:site_name' content='밤산책 일기'>"
               "<meta name='author' content='밤산책러'><meta property='article:published_time' content='2025-04-17T21:37:00+09:00'>",
               "<div class='cat'>스크랩</div><h2>[스크랩] 밤길이 밝아진대요</h2><div class='meta'>밤산책러 · 2025. 4. 17. 21:37</div>"
               f"<div class='main'><p>산책 모임 단톡방에 올라온 뉴스라 여기 붙여 놓아요. 우리 골목도 바뀌면 좋겠네요.</p><h3>{HEADLINE}</h3>"
               f"<p>{PARA}</p><p>{PARA2}</p><p>{source}</p><p>※ 문제가 되면 댓글로 알려 주세요.</p></div>"
               "<div>공감 5 · 댓글 1</div>")
    assert (ex.title, ex.outlet, ex.authors) == (HEADLINE, "모아일보", ["나래온"])
    if date:
        assert ex.published == date
    assert "붙여 놓아요" not in ex.body and "출처" not in ex.body and "원문" not in ex.body


@pytest.mark.parametrize("line", [
    "출처: 모아일보",  # the press alone (no reporter): a source line of the quoted kind, read elsewhere
    "출처: 모아시청 보도자료 (2025.04.15)",  # an agency's release, no reporter
    "사진 출처: 모아일보 나래온 기자",  # a picture's credit, not the article's
    "모아일보 나래온 기자 (2025.04.15)",  # no label: the page's own byline
    "출처: 밤산책러 님의 블로그 https://blog.example/1",  # a blogger, no press
])
def test_no_credited_source(line):
    from builder.rules.ko.article import source_credit
    assert source_credit(line) is None


def test_a_news_page_with_a_crosshead_keeps_its_headline_under_a_credited_source():
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title><meta property='og:site_name' content='모아일보'>",
               f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p><h4>주민 반응은</h4>"
               f"<p>{PARA2}</p><p>출처: 모아일보 나래온 기자 (2025.04.15)</p></div>")
    assert (ex.title, ex.outlet, ex.authors) == (HEADLINE, "모아일보", ["나래온"])


def test_a_quotation_parted_by_the_cells_layout_stays_one_paragraph():
    said = '"출항하던 날에도 금방 오겠다고 했어요. 그 말이 자꾸 떠올라요.<br><br>제발 무사히만 돌아오면 좋겠어요."'
    cell = (f"<div class='tt'>{HEADLINE}</div><div class='dd'>나래온 기자 | 승인 2025.04.15 09:30</div>"
            f"<div id='body'>{PARA}<br><br>{said}<br><br>{PARA2}<br><br>나래온 기자 naraeon@moa.example</div>"
            f"<div class='copy'>ⓒ 모아신문 무단전재 및 재배포 금지</div>")
    ex = _page("<title>모아신문</title>", f"<table><tr><td>{cell}</td></tr></table>")
    assert "떠올라요. 제발 무사히만" in ex.body


@pytest.mark.parametrize("first", ["모아 뉴스", "MBS 뉴스"])
def test_a_first_line_of_a_name_and_a_word_is_no_site_and_section_row(first):
    ex = refine(extract_text("\n".join([first, "뉴스 9", HEADLINE, "입력 2025.04.15 (21:14)", "", PARA, "", PARA2]), "dump.txt"))
    assert ex.title == HEADLINE


@pytest.mark.parametrize("heading", ["함께 읽으면 좋은 기사", "같이 보면 좋은 뉴스", "관련 기사", "이 기사와 관련된 기사"])
def test_another_storys_teaser_under_a_box_heading_and_its_byline_is_cut(heading):
    ex = _page(f"<title>{HEADLINE} - 모아일보</title>",
               f"<div class='art'><h1>{HEADLINE}</h1><div class='by'>나래온 기자 | 입력 2025.04.15 09:30</div>"
               f"<div class='text'><p>{PARA}</p><p>{PARA2}</p></div></div><div class='box'><h3>{heading}</h3>"
               "<h4>모아시 야간 순찰 인력 두 배로</h4><span>하누리 기자 | 2025-04-02</span>"
               "<p>모아시가 야간 순찰 인력을 두 배로 늘리기로 했다. 시는 주민 요청에 따른 것이라고 밝혔다.</p></div>")
    assert "야간 순찰 인력을" not in ex.body and PARA2[-15:] in ex.body


# A photo's credit closing its caption is no text; one that credits a reporter names the author of a photo story.
@pytest.mark.parametrize("caption, credit", [
    ("▲ 공사를 마친 골목길의 새 가로등. ⓒ모아투데이", "ⓒ모아투데이"),
    ("새로 바꾼 가로등이 골목을 비추고 있다. 2025.4.15/모아뉴스 ⓒ MoaNews 나래온 기자", "ⓒ MoaNews 나래온 기자"),
    ("주민들이 새 가로등 아래를 걷고 있다. © 모아일보", "© 모아일보"),
])
def test_a_photo_credit_closing_a_caption(caption, credit):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", caption, "", PARA, "", PARA2]), "dump.txt"))
    assert credit not in ex.body and caption.lstrip("▲ ")[:10] in ex.body
    assert ex.authors == (["나래온"] if "기자" in credit else [])


@pytest.mark.parametrize("line", ["정리 = 나래온 PD", "정리=나래온 PD", "진행·정리 나래온 PD", "글 나래온 PD · 사진 하누리"])
def test_a_producers_credit(line):
    found = credit_line(line)
    assert found is not None and found.author == "나래온"


@pytest.mark.parametrize("line", ["나래온 PD가 연출을 맡았다", "PD 수첩", "모아방송 PD 연합회"])
def test_lines_naming_a_producer_that_are_no_credit(line):
    assert credit_line(line) is None


# A column's writer box after the text repeats the writer's name and affiliation, perhaps with its links; an author
# field holding the box is the name.
@pytest.mark.parametrize("box", ["나래온 모아대 교수·행정학 다른 기사 보기", "나래온 모아대 교수 다른 기사 보기", "나래온 모아연구소 연구위원",
                                 "나래온 모아대 교수·행정학"])
def test_a_columns_writer_box_after_the_text(box):
    ex = _page("<title>[시론] 골목길이 밝아야 하는 이유 - 모아일보</title><meta name='author' content='" + box + "'>",
               f"<h1>[시론] 골목길이 밝아야 하는 이유</h1><div class='date'>입력 2025.04.15 09:30</div>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p><p>{box}</p></div>")
    assert ex.authors == ["나래온"] and "모아대" not in ex.body and "모아연구소" not in ex.body


# A row under a dump's headline naming the site and crediting the writer, with no date.
@pytest.mark.parametrize("row, outlet", [("월간 모아 | 글·사진 나래온", "월간 모아"), ("모아매거진 | 에디터 나래온", "모아매거진"),
                                         ("모아매거진 · 글 나래온 · 사진 하누리", "모아매거진"), ("모아매거진 ㅣ 나래온 기자", "모아매거진"),
                                         ("월간 모아 | 글 나래온 / 사진 하누리", "월간 모아")])
def test_a_row_of_the_site_and_the_writer_under_a_dumps_headline(row, outlet):
    ex = refine(extract_text("\n".join([HEADLINE, row, "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.authors[:1], ex.title, ex.outlet) == (["나래온"], HEADLINE, outlet)
    assert "나래온" not in ex.body


@pytest.mark.parametrize("row", ["사회 | 글 나래온", "정치 | 경제", "작성자 | 나래온 기자", "글쓴이 | 나래온 기자", "기자명 | 나래온 기자"])
def test_a_row_of_a_section_or_a_field_label_names_no_site(row):
    ex = refine(extract_text("\n".join([HEADLINE, row, "", PARA, "", PARA2]), "dump.txt"))
    assert ex.outlet is None


def test_a_text_logo_on_a_page_with_photos():
    ex = _page(f"<title>{HEADLINE}</title>", "<div class='logo'>모아로컬</div><h1>" + HEADLINE + "</h1>"
               "<p class='writer'>나래온 기자 | 등록 2025.04.15 09:30</p><div><img src='a.jpg' alt='새 가로등'>"
               f"<p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.outlet == "모아로컬"


@pytest.mark.parametrize("heading", ["추천기사", "함께 읽으면 좋은 기사", "많이 본 뉴스"])
def test_other_stories_ledes_under_a_box_heading_are_cut(heading):
    ex = _page(f"<title>{HEADLINE} - 모아일보</title>",
               f"<div class='art'><h1>{HEADLINE}</h1><div class='by'>나래온 기자 | 입력 2025.04.15 09:30</div>"
               f"<div class='text'><p>{PARA}</p><p>{PARA2}</p></div></div><div class='copy'>ⓒ 모아일보 무단전재 금지</div>"
               f"<div class='box'><h4>{heading}</h4><div><a>모아시 야간 순찰 인력 두 배로</a>"
               "<p>모아시가 야간 순찰 인력을 두 배로 늘리기로 했다. 시는 주민 요청에 따른 것이라고 밝혔다.</p></div></div>")
    assert "야간 순찰 인력을" not in ex.body and PARA2[-15:] in ex.body


def test_a_photo_credit_inside_the_text_does_not_end_it():
    ex = _page(f"<title>{HEADLINE} - 모아일보</title>",
               f"<h1>{HEADLINE}</h1><div class='by'>나래온 기자 | 입력 2025.04.15 09:30</div><div class='text'><p>{PARA}</p>"
               "<figure><img src='a.jpg'><figcaption>새 가로등 ⓒ 모아일보</figcaption></figure><h4>■ 남은 과제</h4>"
               f"<p>{PARA2}</p></div>")
    assert PARA2[-15:] in ex.body


# -- round 10: what structure tells the field, whatever the words --

# A meta title whose attribute the headline's own quotation mark closed (content="… "quote"") is cut there: the
# shown headline that goes on at a quotation mark is the whole one. Rows: (meta title as the attribute gives it,
# the <h1>, the title expected).
CUT_META_TITLES = [
    ("'빛의 정원' 나래온 ", "'빛의 정원' 나래온 \"'막내' 벗고 주연으로\"", "'빛의 정원' 나래온 \"'막내' 벗고 주연으로\""),
    ("모아시 가로등 400개 교체…하누리 시장 ", "모아시 가로등 400개 교체…하누리 시장 \"밤길 지키겠다\"",
     "모아시 가로등 400개 교체…하누리 시장 \"밤길 지키겠다\""),
    ("모아병원 전공의 업무 중단…", "모아병원 전공의 업무 중단…\"의료 무너진다\" vs \"볼모 잡지 마라\"",
     "모아병원 전공의 업무 중단…\"의료 무너진다\" vs \"볼모 잡지 마라\""),
    ("모아구 주민 ", "모아구 주민 '층간소음 조정' 첫 성과", "모아구 주민 '층간소음 조정' 첫 성과"),
    # look-alikes: a meta title reworded for search, or a shorter one that the <h1> goes on from without a quote
    ("모아시 가로등 교체 사업 총정리", "모아시 가로등 400개 교체…밤길 순찰도 늘린다", "모아시 가로등 교체 사업 총정리"),
    ("모아시 가로등 교체", "모아시 가로등 교체…밤길 순찰도 늘린다", "모아시 가로등 교체"),
]


@pytest.mark.parametrize("meta, shown, title", CUT_META_TITLES)
def test_a_meta_title_cut_at_a_quotation_mark_yields_to_the_shown_headline(meta, shown, title):
    from html import escape
    ex = _page(f"<meta property='og:title' content=\"{escape(meta)}\"><meta property='og:site_name' content='모아일보'>",
               f"<h1>{escape(shown, quote=False)}</h1><div class='by'>나래온 기자 | 입력 2025.04.15 09:30</div>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == title


# A dump's date row with only the desk beside the date ('2025.04.15 09:30 | 사회'); a row with a headline-like cell
# is no date row.
@pytest.mark.parametrize("row, date", [("2025.04.15 09:30 | 사회", "2025-04-15T09:30"), ("2025-04-15 09:30 | 국제", "2025-04-15T09:30"),
                                       ("입력 2025.04.15 09:30 | 경제", "2025-04-15T09:30"), ("2025년 4월 15일 | 정치", "2025-04-15"),
                                       ("사회 | 2025.04.15 09:30", "2025-04-15T09:30")])
def test_a_date_row_with_only_a_desk(row, date):
    found = dateline_row(row)
    assert found is not None and found[1].startswith(date)
    ex = refine(extract_text("\n".join(["모아경제", HEADLINE, row, "", PARA, "", PARA2]), "dump.txt"))
    assert ex.published.startswith(date) and row not in ex.body


@pytest.mark.parametrize("row", ["2025.04.15 | 모아시 가로등 교체 발표에 주민 환영", "2025.04.15 09:30", "사회 | 경제"])
def test_rows_that_are_no_date_row_with_a_desk(row):
    assert dateline_row(row) is None


# A dump's last line signing it with the outlet beside a date or a credit ('모아포스트 | 입력 …', '글·사진 … / 모아일보').
FOOT_ROWS = [
    ("모아포스트 | 입력 2025-04-15 15:30", "모아포스트", None),
    ("모아포스트 | 2025.04.15 15:30", "모아포스트", None),
    ("모아포스트 · 등록 2025.04.15", "모아포스트", None),
    ("글·사진 나래온 기자 / 모아일보", "모아일보", "나래온"),
    ("나래온 기자 | 모아신문", "모아신문", "나래온"),
    ("모아신문 | 나래온 기자 | 2025.04.15", "모아신문", "나래온"),
]


@pytest.mark.parametrize("row, outlet, author", FOOT_ROWS)
def test_a_dumps_last_row_signing_it(row, outlet, author):
    ex = refine(extract_text("\n".join([HEADLINE, "", PARA, "", PARA2, "", row]), "dump.txt"))
    assert ex.outlet == outlet
    assert (author is None or author in ex.authors) and row not in ex.body


@pytest.mark.parametrize("row", ["시는 이를 모아일보에 알렸다 / 모아일보", "나래온 기자", "사진 제공 모아시청", "정치 | 2025.04.15",
                                 "나래온/하누리 기자 naraeon@moa.example", "나래온 / 하누리 기자"])
def test_last_lines_that_name_no_outlet(row):
    from builder.rules.ko.article import foot_row
    assert foot_row(row) is None


# A tag opening a dump's first paragraph ('[모아스코어] 나래온(22)이 …') names the outlet whatever word ends it; a
# script's cue, a region, a section or a kind of story is no outlet.
@pytest.mark.parametrize("tag, outlet", [("[모아스코어]", "모아스코어"), ("[모아플러스]", "모아플러스"), ("[모아랩]", "모아랩"),
                                         ("[MoaWire]", "MoaWire"), ("[앵커]", None), ("[모아시]", None), ("[모아군]", None),
                                         ("[단독]", None), ("[속보]", None), ("[인터뷰]", None), ("[사진]", None),
                                         ("[신년 인터뷰]", None)])
def test_a_tag_opening_the_lede(tag, outlet):
    ex = refine(extract_text("\n".join([HEADLINE, "", f"{tag} {PARA}", "", PARA2, "", "나래온 기자"]), "dump.txt"))
    assert ex.outlet == outlet


# A site name that is the page's social handle ('@moailbo') yields to the Hangul name its copyright line prints;
# an acronym handle whose copyright prints the same Latin name stays.
@pytest.mark.parametrize("handle, copyright, outlet", [("@moailbo", "ⓒ 모아일보 무단전재 및 재배포 금지", "모아일보"),
                                                       ("@moashinmun", "Copyright ⓒ 모아신문. All rights reserved.", "모아신문"),
                                                       ("@MBS", "ⓒ MBS", "MBS")])
def test_a_social_handle_is_no_site_name(handle, copyright, outlet):
    ex = _page(f"<meta name='twitter:site' content='{handle}'><title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><div class='by'>나래온 기자 | 입력 2025.04.15 09:30</div>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div><div class='foot'>{copyright}</div>")
    assert ex.outlet == outlet


# A date given as digits only in a meta element ('20250415', '202504150930').
@pytest.mark.parametrize("value, iso", [("20250415", "2025-04-15"), ("202504150930", "2025-04-15T09:30"),
                                        ("20251315", None), ("2025041", None), ("tel 20250415", None)])
def test_a_compact_meta_date(value, iso):
    from builder import dates
    found = dates.normalise(value, "+09:00")
    assert (found[0][:len(iso)] if found else None) == iso


# A contributor's label with a name and an affiliation names the writer, before an editor's credit ('정리=…').
@pytest.mark.parametrize("label", ["기고 | 나래온 모아대 교수", "기고 나래온 모아연구원 선임연구위원", "기고자: 나래온 모아대 명예교수",
                                   "필자 나래온 모아법률사무소 변호사"])
def test_a_contributors_byline_before_an_editors_credit(label):
    ex = _page(f"<title>[기고] {HEADLINE} | 모아일보</title>",
               f"<h1>[기고] {HEADLINE}</h1><ul class='info'><li>{label}</li><li>정리=하누리 기자</li>"
               f"<li>등록일 2025-04-15</li></ul><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["나래온"]


@pytest.mark.parametrize("label", ["기고 모음 | 오피니언", "기고 | 사설 | 칼럼"])
def test_a_contributions_menu_names_no_writer(label):
    from builder.rules.ko.article import contributor
    assert contributor([label]) is None


# Round 10 furniture: a board's buttons under a post, a share row of networks' names, a site's policy links, the
# prompt to log in and comment.
FURNITURE_10 = [
    "목록 | 수정 | 삭제 | 답글", "수정 | 삭제 | 목록", "목록 수정 삭제", "페이스북 카카오톡 링크복사", "페이스북 트위터 카카오스토리 밴드",
    "카카오톡 | 페이스북 | 링크 복사", "개인정보처리방침 | 이용약관 | 사이트맵", "이용약관 · 개인정보 처리방침 · 청소년보호정책",
    "로그인하고 댓글을 남겨보세요", "로그인해서 댓글을 달아 주세요", "로그인 후 댓글을 남길 수 있습니다",
]


@pytest.mark.parametrize("line", FURNITURE_10)
def test_page_furniture_of_round_10(line):
    assert is_boilerplate(line)


NOT_FURNITURE_10 = [
    "시는 이용약관을 고쳐 다음 달부터 적용한다고 밝혔다.",
    "페이스북과 카카오톡으로 퍼진 글이 논란이 됐다.",
    "구청은 게시물을 수정하고 일부를 삭제했다.",
    "로그인하고 댓글을 남기는 주민이 늘었다고 구는 설명했다.",
]


@pytest.mark.parametrize("line", NOT_FURNITURE_10)
def test_text_that_is_no_furniture_of_round_10(line):
    assert not is_boilerplate(line)


# The link to a neighbouring post ends the text: its label, then its title ('▲ 윗글 …', '이전글 …').
@pytest.mark.parametrize("link", ["▲ 윗글  모아시 봄꽃 축제 안내", "▼ 아랫글 군립도서관 독서교실 모집", "이전글 모아전자, 보고서 발간",
                                  "다음글 모아전자 사내 벤처 출범", "다음 기사 : 모아시 야간 순찰 확대", "이전 게시물 모아구 공지",
                                  "[이전기사] 모아시 신규 공무원 58명 임용 [다음기사] 시립도서관 열람실 연장",
                                  "[다음 기사] 모아시 야간 순찰 확대", "【이전 글】 모아구 공지", "◀ [이전뉴스] 모아전자 사내 벤처 출범"])
def test_a_link_to_the_neighbouring_post_ends_the_text(link):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", PARA2, "", link,
                                        "모아시 모아로 12 | 등록번호 모아 아00000"]), "dump.txt"))
    assert PARA2[-15:] in ex.body and link.split()[-1] not in ex.body


@pytest.mark.parametrize("text", ["다음 기사에서 이어서 다룬다.", "이전 글에서 본 것처럼 시는 예산을 늘렸다.",
                                  "(다음 기사에 계속) 시는 예산을 늘려 가로등을 바꾸기로 했다.",
                                  "[이전 기사에서 보듯] 시는 예산을 늘려 가로등을 바꾸기로 했다."])
def test_a_sentence_naming_a_neighbouring_story_stays(text):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", text, "", PARA2]), "dump.txt"))
    assert PARA2[-15:] in ex.body and text in ex.body


# A dump's first heading line that opens with a quotation is the headline when a clause of its own follows the
# quotation; a kicker names its quoted topic with a word or two and stays a subheading.
@pytest.mark.parametrize("first, second, title", [
    ("'5이닝 무실점' 모아FC 신인, 개막 선발 경쟁에 불 붙였다", "감독 \"구위만 보면 이미 1군\"", "'5이닝 무실점' 모아FC 신인, 개막 선발 경쟁에 불 붙였다"),
    ("\"밤길이 무섭다\" 모아시 주민들, 가로등 교체 요구", "시 \"연내 마무리\"", "\"밤길이 무섭다\" 모아시 주민들, 가로등 교체 요구"),
    ("'막내의 반란' 모아FC가 라온을 꺾었다", "\"끝까지 뛰었다\"", "'막내의 반란' 모아FC가 라온을 꺾었다"),
    ("'모아 골목길 안전 포럼' 토론", "\"가로등부터 바꿔야\"", None),
    ("'모아 미래 교통 포럼' 현장 토론", "\"노선은 주민이 정해야\"", None),
])
def test_a_quotation_opening_a_dumps_headline(first, second, title):
    ex = refine(extract_text("\n".join([first, second, "", PARA, "", PARA2]), "dump.txt"))
    assert ex.title == title


# A firm's or a body's own publishing site on a dump's first line, above its menu ('모아제약 뉴스룸' / '보도자료' / …).
@pytest.mark.parametrize("site, outlet", [("모아제약 뉴스룸", "모아제약 뉴스룸"), ("모아시 웹진", "모아시 웹진"), ("모아전자 매거진", "모아전자 매거진"),
                                          ("보도자료", None)])
def test_a_firms_newsroom_heading_a_dumps_menu(site, outlet):
    ex = refine(extract_text("\n".join([site, "보도자료", "기업소식", "미디어", "ESG", "", HEADLINE, "2025.04.15", "", PARA, "",
                                        PARA2]), "dump.txt"))
    assert ex.outlet == outlet


# -- round 11: where a field stands, and what a block of furniture looks like --

# Reporters of several shapes: two- and three-syllable names, compound surnames, given names that are common nouns,
# names with and without a final consonant.
REPORTERS = ["나래온", "한솔", "남궁가람", "선우람", "제갈하늘", "노을", "황보결", "서나래"]

# The page's date under its label, then the byline on the same line after a separator: the label may be spaced
# ('게재 일자', '입력 일시'), the title may carry a grade, the address may follow the title.
DATE_THEN_BYLINE = [
    ("게재 일자 : 2025년 4월 15일 | {who} 기자 {mail}", "2025-04-15"),
    ("게재일자 : 2025년 4월 15일 | {who} 기자", "2025-04-15"),
    ("입력 일시 2025.04.15 09:30 | {who} 기자 {mail}", "2025-04-15T09:30"),
    ("등록 일자: 2025-04-15 · {who} 선임기자", "2025-04-15"),
    ("발행 일자 2025.04.15 ㅣ {who} 기자 ({mail})", "2025-04-15"),
    ("작성 일시 2025/04/15 09:30 / {who} 객원기자 {mail}", "2025-04-15T09:30"),
    ("2025.04.15 09:30 | {who} 기자 [{mail}]", "2025-04-15T09:30"),
    ("승인 2025.04.15 09:30 | {who} 기자 {mail}", "2025-04-15T09:30"),
]


def _mail(who: str) -> str:
    return f"r{len(who)}{sum(map(ord, who)) % 997}@moa.example"


@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("row, date", DATE_THEN_BYLINE)
def test_a_date_then_a_byline_on_one_info_line_of_a_page(row, date, who):
    line = row.format(who=who, mail=_mail(who))
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title>",
               f"<h2 class='title'>{HEADLINE}</h2><p class='info'>{line}</p>"
               f"<div class='text'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == [who]
    assert ex.published.startswith(date)


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("row, date", DATE_THEN_BYLINE)
def test_a_date_then_a_byline_on_one_line_under_a_dumps_headline(row, date, who):
    line = row.format(who=who, mail=_mail(who))
    ex = refine(extract_text("\n".join(["모아일보", HEADLINE, line, "", PARA, "", PARA2]), "dump.txt"))
    assert ex.authors == [who]
    assert ex.published.startswith(date)
    assert who not in ex.body


# Look-alikes: a date beside a desk or a site's registration is no byline.
@pytest.mark.parametrize("row", ["게재 일자 : 2025년 4월 15일 | 사회", "게재 일자 : 2025년 4월 15일 | 지면 A12면",
                                 "등록 일자 2011.03.02 | 발행인 나래온"])
def test_a_dated_info_line_without_a_reporter_names_no_author(row):
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title>",
               f"<h2 class='title'>{HEADLINE}</h2><p class='info'>{row}</p>"
               f"<div class='text'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == []


# Furniture after the last paragraph, as a block: a row of short cells between bars of which one is a known button
# (the others are buttons too, whatever their words); short lines that stand between such lines, or after them at
# the very end (a ranked list of other headlines, the site's name with a subscribe button, an app's menu).
TAIL_BLOCKS = [
    ["이 기사 인쇄하기 | 이메일 보내기 | 목록"],
    ["{who} 객원기자의 다른 기사 | 이 기사를 SNS로 보내기"],
    ["{who} 기자의 다른 기사 보기 | 기사 모아두기 | 맨 위로"],
    ["앱 설정 | 알림 | 로그아웃"],
    ["글씨 키우기 | 글씨 줄이기 | 인쇄하기"],
    ["많이 본 기사", "1 모아시 봄꽃 축제 언제까지", "2 모아구 주차장 요금 달라진다", "댓글 0", "앱 설정 | 알림 | 로그아웃"],
    ["인기 기사", "1 모아전자 새 공장 착공", "2 모아시 버스 노선 개편", "3 모아대 등록금 동결", "댓글 2"],
    ["이 글이 도움이 되셨나요? 좋아요 | 싫어요", "목록 | 이전글 | 다음글", "모아소식 웹진 구독 신청"],
    ["목록 | 이전글 | 다음글", "모아동네 소식지 받아보기"],
    ["공유하기", "모아 주간 알림 설정"],
    # named like buttons (a verb's -기 form), a section menu, a ranked list with its heading
    ["모아일보 앱 설치하기", "새 소식 알림 받기"],
    ["독자 의견 보내기 | 정정 보도 요청"],
    ["뉴스 홈 | 정치 | 경제 | 사회 | 국제 | 문화"],
    ["인기 검색어", "1 가로등", "2 봄꽃", "3 주차장"],
    ["실시간 인기", "1 모아시 봄꽃 축제 개막", "2 모아구 주차장 요금 인상"],
]


@pytest.mark.parametrize("who", REPORTERS[:3])
@pytest.mark.parametrize("block", TAIL_BLOCKS)
def test_a_block_of_furniture_after_a_dumps_last_paragraph(block, who):
    tail = [ln.format(who=who) for ln in block]
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", f"{who} 기자", "", PARA, "", PARA2, "",
                                        f"{who} 기자 {_mail(who)}", *tail]), "dump.txt"))
    assert PARA2[-15:] in ex.body
    for ln in tail:
        assert ln not in ex.body, ln
    assert ex.authors == [who]


@pytest.mark.parametrize("who", REPORTERS[:3])
@pytest.mark.parametrize("block", [b for b in TAIL_BLOCKS if len(b) == 1])
def test_a_row_of_buttons_after_a_pages_last_paragraph(block, who):
    row = block[0].format(who=who)
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title>",
               f"<h1>{HEADLINE}</h1><p class='by'>{who} 기자 | 입력 2025.04.15 09:30</p>"
               f"<div class='text'><p>{PARA}</p><p>{PARA2}</p><p>{row}</p></div>")
    assert PARA2[-15:] in ex.body and row not in ex.body


# Look-alikes after the last paragraph that stay: a table's row of figures, a sentence with bars in it, a closing
# line after the text with no furniture around it.
TAIL_TEXT = [
    ["구분 | 2024년 | 2025년", "가로등 | 1200개 | 1600개"],
    ["구분 | 서울 | 부산 | 대구", "가로등 | 120개 | 80개 | 60개"],
    ["신청 방법", "1. 누리집 접속", "2. 서류 내려받기", "3. 주민센터 제출"],
    ["▲ 신청서 내려받기: 모아시 누리집", "▲ 문의: 모아시 도로과"],
    ["문의는 시청 민원실 | 평일 9시부터 | 전화로 하면 된다고 밝혔다."],
    ["■ 교체 구간 안내"],
    ["※ 공사 기간에는 우회 도로를 이용해 달라고 시는 당부했다."],
]


@pytest.mark.parametrize("block", TAIL_TEXT)
def test_lines_after_the_last_paragraph_that_are_no_furniture(block):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", PARA2, "", *block]), "dump.txt"))
    for ln in block:
        assert ln.lstrip("▲ ") in ex.body, ln  # (a dump's bullet is dropped, its text kept)


# Furniture between the byline and the first paragraph: a portal's tool whose name is unknown, standing between
# lines that are furniture, is furniture too.
HEAD_TOOLS = ["본문 요약봇", "AI 요약 듣기", "기사 음성 듣기", "원문 번역", "요약 펼치기"]


@pytest.mark.parametrize("who", REPORTERS[:3])
@pytest.mark.parametrize("tool", HEAD_TOOLS)
def test_a_portal_tool_between_furniture_above_the_first_paragraph(tool, who):
    ex = refine(extract_text("\n".join(["모아일보", HEADLINE, "입력2025.04.15. 오전 9:30  기사원문", f"{who} 기자", "추천 3",
                                        "댓글 1", tool, "글자 크기 변경하기", "공유하기", PARA, PARA2]), "dump.txt"))
    assert tool not in ex.body and ex.body.startswith(PARA[:15])
    assert (ex.title, ex.authors) == (HEADLINE, [who])


# Look-alike: a short headline under a menu of furniture is the headline, not furniture; a subheading under the
# headline stays out of the body and in the subheadings.
@pytest.mark.parametrize("headline", ["물가 또 올랐다", "모아시 가로등 교체"])
def test_a_short_headline_between_furniture_lines_stays_the_headline(headline):
    ex = refine(extract_text("\n".join(["모아일보", "로그인", headline, "공유하기", "2025.04.15 09:30", "", PARA, "", PARA2]),
                             "dump.txt"))
    assert ex.title == headline


# The shown headline goes on after the meta title with an ellipsis and a quotation ('…"마지막 무대일지도"'): the meta
# title is the headline cut before its quoted part.
@pytest.mark.parametrize("meta, shown", [
    ("모아시 가로등 400개 교체", "모아시 가로등 400개 교체…\"밤길 지키겠다\""),
    ("명창 나래온, 소리 50년 완창", "명창 나래온, 소리 50년 완창…'마지막 무대일지도'"),
    ("모아FC 한솔, 시즌 10호 골", "모아FC 한솔, 시즌 10호 골... \"팀이 먼저\""),
    ("모아구 층간소음 조정 첫 성과", "모아구 층간소음 조정 첫 성과 · \"대화가 답\""),
])
def test_a_meta_title_cut_before_an_ellipsis_and_a_quotation(meta, shown):
    from html import escape
    ex = _page(f"<meta property='og:title' content=\"{escape(meta)}\"><meta property='og:site_name' content='모아일보'>",
               f"<h3 class='heading'>{escape(shown, quote=False)}</h3><div class='by'>나래온 기자 | 입력 2025.04.15 09:30</div>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == shown


# A copyright line after the furniture at the end stays to end the text and name the outlet, short as it is.
@pytest.mark.parametrize("above", [["※ 외부 필자의 기고는 본지의 편집 방향과 다를 수 있습니다."], ["공유하기", "댓글 0"],
                                   ["이 기사를 공유합니다", "페이스북 카카오톡 링크복사"]])
@pytest.mark.parametrize("line, outlet", [("ⓒ 모아 타임즈, 무단 전재 및 재배포 금지", "모아 타임즈"),
                                          ("<저작권자 ⓒ 모아의소리 무단전재 및 재배포금지>", "모아의소리")])
def test_a_short_copyright_line_after_furniture_names_the_outlet(above, line, outlet):
    ex = refine(extract_text("\n".join([HEADLINE, "", PARA, "", PARA2, "", *above, line]), "dump.txt"))
    assert ex.outlet == outlet and PARA2[-15:] in ex.body


# An info box of labelled cells under the headline ('<dt>기자</dt><dd>…</dd><dt>등록</dt><dd>…</dd>'): each cell a word
# of its own, the name exactly; an English label before a Hangul name is no part of it ('Reporter 나래온').
INFO_BOXES = [
    "<dl class='info'><dt>기자</dt><dd>{who}</dd><dt>등록</dt><dd>2025.04.15 09:30</dd><dt>수정</dt><dd>2025.04.16 10:00</dd></dl>",
    "<dl class='info'><dt>기자명</dt><dd>{who}</dd><dt>입력</dt><dd>2025.04.15 09:30</dd></dl>",
    "<table class='info'><tr><th>기자</th><td>{who}</td><th>등록</th><td>2025.04.15 09:30</td></tr></table>",
    "<div class='info'><span class='label'>Reporter</span> <span>{who}</span> <span>2025.04.15 09:30</span></div>",
    "<div class='info'><span class='label'>Writer</span> <span>{who}</span> · <span>Posted 2025.04.15 09:30</span></div>",
    "<div class='info'><span class='label'>Editor</span><span>{who}</span><span>2025.04.15 09:30</span></div>",
]


@pytest.mark.parametrize("who", REPORTERS[:5])
@pytest.mark.parametrize("box", INFO_BOXES)
def test_an_info_box_of_labelled_cells_names_the_reporter_exactly(box, who):
    ex = _page(f"<title>{HEADLINE} - 모아일보</title>",
               f"<h3 class='tit'>{HEADLINE}</h3>{box.format(who=who)}<div class='text'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == [who]
    assert ex.published.startswith("2025-04-15T09:30")


# A site's name read from its copyright meta keeps no copyright sign.
@pytest.mark.parametrize("content", ["ⓒ 모아한라뉴스", "© 모아한라뉴스", "Copyright ⓒ 모아한라뉴스", "(c) 모아한라뉴스", "ⓒ모아한라뉴스"])
def test_a_copyright_meta_names_the_site_without_its_sign(content):
    ex = _page(f"<meta name='copyright' content='{content}'><title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><p class='by'>나래온 기자 | 입력 2025.04.15 09:30</p>"
               f"<div class='text'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.outlet == "모아한라뉴스"


# Look-alike: a broadcast reporter's sign-off after the credits of the camera and the edit is no loose line; it
# names the author.
@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("sign_off", ["지금까지 시청 앞에서 모아방송 {who}입니다", "모아뉴스 {who} 기자입니다", "MBS 뉴스 {who}입니다"])
def test_a_sign_off_after_the_credits_of_a_script(sign_off, who):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 21:14", "", PARA, "", PARA2, "",
                                        "(영상취재: 하누리 / 영상편집: 노을)", sign_off.format(who=who)]), "dump.txt"))
    assert ex.authors == [who] and PARA2[-15:] in ex.body


# Where the byline stands relative to the headline and the date in a dump's head, every order and separator: the
# byline is the short line naming a reporter between the headline and the first paragraph (or the text's last line).
HEAD_ORDERS = [
    ([HEADLINE, "{who} 기자", "입력 2025.04.15 09:30"], "2025-04-15T09:30"),
    ([HEADLINE, "입력 2025.04.15 09:30 | 수정 2025.04.15 10:02", "{who} 기자 {mail}"], "2025-04-15T09:30"),
    (["모아일보", HEADLINE, "시비 12억 투입…가을까지 공사", "{who} 기자 · 2025.04.15 09:30"], "2025-04-15T09:30"),
    ([HEADLINE, "{who} 기자 입력 2025.04.15 09:30"], "2025-04-15T09:30"),
    ([HEADLINE, "2025.04.15 09:30 {who} 기자"], "2025-04-15T09:30"),
    ([HEADLINE, "기사입력 2025.04.15 09:30 최종수정 2025.04.15 10:02", "{who} 기자"], "2025-04-15T09:30"),
    ([HEADLINE, "{who} 선임기자 | 사진 하누리 기자 | 2025.04.15"], "2025-04-15"),
    ([HEADLINE, "등록 2025.04.15 09:30 · 조회 1,234", "{who} 기자"], "2025-04-15T09:30"),
    ([HEADLINE, "[모아일보] {who} 기자", "2025년 4월 15일 09:30"], "2025-04-15T09:30"),
    ([HEADLINE, "2025.04.15(화) 09:30", "글 {who} / 사진 하누리"], "2025-04-15T09:30"),
    ([HEADLINE, "모아일보 | {who} 기자 | 승인 2025.04.15 09:30"], "2025-04-15T09:30"),
    ([HEADLINE, "{who} 기자 ({mail}) | 2025-04-15 09:30"], "2025-04-15T09:30"),
]


@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("head, date", HEAD_ORDERS)
def test_the_byline_beside_the_headline_and_the_date_in_a_dump(head, date, who):
    lines = [ln.format(who=who, mail=_mail(who)) for ln in head]
    ex = refine(extract_text("\n".join([*lines, "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.title, ex.authors[:1]) == (HEADLINE, [who])
    assert ex.published.startswith(date)
    assert who not in ex.body and "2025" not in ex.body


@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("head, date", HEAD_ORDERS)
def test_the_byline_beside_the_headline_and_the_date_on_a_page(head, date, who):
    lines = [ln.format(who=who, mail=_mail(who)) for ln in head]
    info = "".join(f"<p class='info'>{ln}</p>" for ln in lines if ln != HEADLINE and ln != "모아일보")
    ex = _page(f"<title>{HEADLINE} - 모아일보</title>",
               f"<h1>{HEADLINE}</h1>{info}<div class='text'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors[:1] == [who]
    assert ex.published.startswith(date)
    assert who not in ex.body


# -- a dump that opens with labelled fields, one a line: the value's shape tells the date whatever its label --

HEADER_DATES = [
    ("작성일: 2025-04-15", "2025-04-15"), ("등록일: 2025.04.15 09:30", "2025-04-15T09:30"),
    ("입력: 2025년 4월 15일", "2025-04-15"), ("게재일 : 2025.04.15", "2025-04-15"), ("발행일：2025-04-15", "2025-04-15"),
    ("송고시간: 2025-04-15 09:30", "2025-04-15T09:30"), ("보도일자: 2025. 4. 15.", "2025-04-15"),
    ("기사입력: 2025/04/15 09:30", "2025-04-15T09:30"), ("게시: 2025-04-15", "2025-04-15"),
]
HEADER_OUTLETS = [
    ("출처: 모아일보", "모아일보"), ("출처: 모아일보 정치부", "모아일보"), ("언론사: 새벽경제", "새벽경제"),
    ("출처: 한빛뉴스 사회팀", "한빛뉴스"), ("매체: 모아일보 편집국", "모아일보"), ("출처: 누리TV 보도국", "누리TV"),
]


@pytest.mark.parametrize("field, date", HEADER_DATES)
@pytest.mark.parametrize("title_first", [True, False])
def test_a_labelled_date_field_among_a_dumps_header(field, date, title_first):
    head = [f"제목: {HEADLINE}", field, "출처: 모아일보"] if title_first else [f"제목: {HEADLINE}", "출처: 모아일보", field]
    ex = refine(extract_text("\n".join([*head, "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.title, ex.outlet) == (HEADLINE, "모아일보")
    assert ex.published.startswith(date)
    assert "2025" not in ex.body


@pytest.mark.parametrize("field, outlet", HEADER_OUTLETS)
def test_the_outlet_field_of_a_dumps_header_without_its_desk(field, outlet):
    ex = refine(extract_text("\n".join([f"제목: {HEADLINE}", "작성일: 2025-04-15", field, "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.outlet, ex.published) == (outlet, "2025-04-15")


def test_an_update_field_is_no_publication_date_and_a_date_in_the_text_is_no_field():
    head = [f"제목: {HEADLINE}", "수정일: 2025-04-16 10:00", "작성일: 2025-04-15 09:00"]
    ex = refine(extract_text("\n".join([*head, "", PARA, "", PARA2]), "dump.txt"))
    assert ex.published.startswith("2025-04-15")
    ex = refine(extract_text("\n".join([HEADLINE, "", "공사 시작: 2025-05-02", "", PARA, "", PARA2]), "dump.txt"))
    assert ex.published is None


# -- furniture told by its shape: bracketed tool rows, an address alone, English credits and list headings --

SHAPED_FURNITURE = [
    "[기사목록] [인쇄하기] [메일보내기] [스크랩]", "[목록] [프린트] [글자크게] [글자작게]", "［이전글］ ［다음글］ ［목록보기］",
    "[공유] [저장] [신고하기] [댓글쓰기]",
    "/ haneul@moa.example.com", "minsu.kim@dawn-news.example", "— gaon_lee@moa.example.co.kr", "| j.park@moa.example",
    "EDITOR 나래온 · PHOTOGRAPHER 제갈하늘 · STYLIST 한솔", "WORDS 선우람 / PHOTOS 황보결",
    "TEXT 노을 | ILLUSTRATION 남궁가람", "ART DIRECTOR 서나래 · EDITOR 윤하",
    "정기구독 신청", "정기구독",
    "모아일보 뉴스레터 구독 신청은 누리집에서", "정기구독 문의는 고객센터로", "새벽경제 뉴스레터 구독 안내는 앱에서",
]
NOT_SHAPED_FURNITURE = [
    "[단독] [속보] 구도심 골목길 가로등 400개 교체…밤길 순찰도 늘린다",
    "[인터뷰] 나래온 모아재단 이사장",
    "문의는 haneul@moa.example.com 으로 보내면 된다고 시는 밝혔다.",
    "EDITOR 나래온",
    "시는 [인쇄] [배포] [회수] 세 단계를 거친다고 설명했다.",
    "BTS와 NCT가 나란히 무대에 올랐다.",
    "구독 신청은 다음 달부터 홈페이지에서 받는다.", "나래온 기자 / 사진 제공 모아재단",
    "신문 구독 신청은 줄었고 온라인 유료 독자는 늘었다.",
]


@pytest.mark.parametrize("line", SHAPED_FURNITURE)
def test_furniture_told_by_its_shape(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", NOT_SHAPED_FURNITURE)
def test_lines_shaped_like_text_are_no_furniture(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("heading", ["YOU MAY ALSO LIKE", "Related Articles", "More Stories", "MOST READ", "Read Next"])
def test_an_english_heading_over_other_stories_ends_the_text(heading):
    text = "\n".join([HEADLINE, "2025-04-15 09:30", "", PARA, "", PARA2, "", heading, "", "봄맞이 책상 정리 요령 다섯 가지",
                      "", "주말에 걷기 좋은 강변 산책로"])
    ex = refine(extract_text(text, "dump.txt"))
    assert "산책로" not in ex.body and heading not in ex.body and "순찰 시간대" in ex.body


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("after", ["/ 모아저널 뉴스레터 구독 신청은 누리집에서", "/ 정기구독 문의는 고객센터로", "/ 구독하기"])
def test_a_last_line_signing_the_dump_then_a_prompt_is_cut_and_its_writer_kept(who, after):
    text = "\n".join([HEADLINE, "2025-04-15 09:30", "", PARA, "", PARA2, "", f"{who} 기자 {after}"])
    ex = refine(extract_text(text, "dump.txt"))
    assert ex.authors[:1] == [who] and "구독" not in ex.body


# -- a lede bracket naming the press, then the place, a comma and the reporter ('[매체=장소, 이름 기자]') --

@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("lede, outlet", [
    ("[모아일보=잠실, {who} 기자] ", "모아일보"), ("[MOA=고척, {who} 기자] ", "MOA"), ("(모아스포츠=부산, {who} 기자) ", "모아스포츠"),
    ("【모아통신=런던, {who} 특파원】 ", "모아통신"), ("[모아뉴스=인천공항 , {who} 기자] ", "모아뉴스"),
])
def test_a_lede_bracket_with_the_press_a_place_and_a_comma(lede, outlet, who):
    ex = refine(extract_text("\n".join([HEADLINE, "2025.04.15 09:30", "", lede.format(who=who) + PARA, "", PARA2]), "dump.txt"))
    assert (ex.outlet, ex.authors) == (outlet, [who])
    assert not ex.body.startswith(("[", "(", "【"))


@pytest.mark.parametrize("lede", ["[모아일보=잠실, 두산·엘지전] ", "[잠실, 주말 경기] "])
def test_a_bracket_with_a_place_and_a_comma_but_no_reporter_names_no_one(lede):
    ex = refine(extract_text("\n".join([HEADLINE, "2025.04.15 09:30", "", lede + PARA, "", PARA2]), "dump.txt"))
    assert ex.authors == []


# -- an info box whose label cell precedes the bare name ('<dt>기자</dt><dd>이름</dd>') --

LABEL_CELL_BOXES = [
    "<dl class='info'><dt>기자</dt><dd>{who}</dd><dt>이메일</dt><dd>desk@moa.example</dd></dl>",
    "<dl class='info'><dt>기자명</dt><dd>{who}</dd></dl>", "<table><tr><th>기자</th><td>{who}</td></tr></table>",
    "<dl class='info'><dt>글</dt><dd>{who}</dd></dl>", "<dl class='info'><dt>작성자 :</dt><dd>{who}</dd></dl>",
    "<div class='info'><span class='label'>기자</span> <span>{who}</span></div>",
]


@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("box", LABEL_CELL_BOXES)
def test_a_label_cell_then_the_bare_name(box, who):
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title>",
               f"<h1>{HEADLINE}</h1>{box.format(who=who)}<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == [who] and who not in ex.body


@pytest.mark.parametrize("box", ["<dl class='info'><dt>분류</dt><dd>사회</dd></dl>",
                                 "<dl class='info'><dt>지면</dt><dd>A12면</dd></dl>",
                                 "<dl class='info'><dt>기자</dt><dd>사회부</dd></dl>"])
def test_a_label_cell_of_another_field_names_no_writer(box):
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title>",
               f"<h1>{HEADLINE}</h1>{box}<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == []


# -- the date in the element of a bracketed byline ('【도시=이름 특파원】 2025년 4월 15일(화) 주소') --

@pytest.mark.parametrize("who", REPORTERS[:5])
@pytest.mark.parametrize("cell, date", [
    ("【베를린={who} 특파원】 2025년 4월 15일(화) &nbsp; {mail}", "2025-04-15"),
    ("[모아일보 {who} 기자] 2025.04.15 09:30", "2025-04-15T09:30"),
    ("(파리={who} 특파원) 2025-04-15 | {mail}", "2025-04-15"),
    ("〔도쿄={who} 특파원〕 2025. 4. 15.", "2025-04-15"),
])
def test_a_bracketed_byline_then_the_date_in_one_element(cell, date, who):
    ex = _page("<title>구도심 골목길 가로등 교체 - 모아일보</title>",
               f"<h1>{HEADLINE}</h1><table><tr><td class='byline'>{cell.format(who=who, mail=_mail(who))}</td></tr></table>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div><p>Copyright 1998 모아일보</p>")
    assert ex.published and ex.published.startswith(date)
    assert who in ex.authors



# -- a page whose <title> is a placeholder or the site's furniture ('인쇄하기', '보도자료 상세 - 기관', '다시보기'):
# the headline is the element the page shows where a headline stands, whatever element it is: the value of a cell
# labelled 제목, an element classed as the subject or title, a bold cell, the heading that repeats a part of the
# <title>; the topmost of a heading run (a headline, then its sub-headline) --

INFO = "<p class='info'>입력 2025.04.15 09:30</p>"
PARA3 = ("주민들은 어두운 골목이 밝아지면 밤늦게 귀가하는 학생과 상인들이 한결 안심할 수 있을 것이라며 반겼다. 일부 "
         "주민은 불빛이 창문으로 들어올 수 있다며 조명 방향을 조정해 달라고 요청했다.")
BODY = f"<div class='text'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>"
SCOREBOARD = ("<section class='scoreboard'><div class='state'>경기종료 · 시범경기 · 2025.04.15(화) 13:00</div><table>"
              "<tr><th>팀</th><th>1</th><th>R</th></tr><tr><td>모아 이글스</td><td>0</td><td>3</td></tr>"
              "<tr><td>누리 돌핀스</td><td>1</td><td>4</td></tr></table></section>")
PLACEHOLDER_PAGES = [
    ("<title>인쇄하기</title>", "<div class='btns'><a href='#'>인쇄하기</a> | <a href='#'>닫기</a></div>"
     "<table><tr><td class='p-title'>{h}</td></tr><tr><td class='p-info'>기사전송 2025/04/15 09:30</td></tr>"
     f"<tr><td class='p-body'>{PARA}<br><br>{PARA2}</td></tr></table>"),
    ("<title>보도자료 상세 - 모아해양연구원</title>", "<table class='view'><tr><th>제목</th><td>{h}</td></tr>"
     "<tr><th>배포일시</th><td>2025. 4. 15.(화) 09:30</td><th>담당부서</th><td>해양정책과</td></tr></table>" + BODY),
    ("<title>우리동네 뉴스 VOD</title>", "<div class='vod'><dl><dt>방송일</dt><dd>2025-04-15</dd></dl>"
     "<p class='vod-subject'>{h}</p><p class='reporter'>취재기자 : 나래온</p></div>" + BODY),
    ("<title>게시물 보기</title>", "<dl class='view'><dt>제목</dt><dd>{h}</dd><dt>작성일</dt><dd>2025-04-15</dd></dl>" + BODY),
    ("<title>뉴스 상세보기 | 모아시청</title>", "<div class='board-view'><div class='view-subject'><strong>{h}</strong></div>"
     "<div class='view-info'>작성일 2025-04-15 09:30</div></div>" + BODY),
    ("<title>모아일보 :: 사회</title>", "<table><tr><td>홈 | 정치 | 사회</td></tr><tr><td><font size='5'><b>{h}</b></font></td></tr>"
     "<tr><td>2025년 4월 15일</td></tr><tr><td>" + PARA + "<br><br>" + PARA2 + "</td></tr></table>"),
    ("<title>모아일보 - 사람들 - {h}</title>", "<div class='menu'>뉴스 | 사람들 | 부고</div><h2>{h}</h2>" + INFO + BODY),
    ("<title>모아일보 - 사람들 - {h}</title>", "<div class='menu'>뉴스 | 사람들 | 부고</div>" + INFO + BODY),
    ("<title>지면보기 | 모아일보</title>", "<div class='layer'><h2 class='art-tit'>{h}</h2><h3 class='art-sub'>시비 12억 투입…가을까지 "
     "공사</h3>" + INFO + BODY + "</div>"),
    ("<title>기사 본문</title>", "<div id='article'><div class='headline'>{h}</div>" + INFO + BODY + "</div>"),
] + [(f"<title>{name} | 모아 이글스 vs 누리 돌핀스 - 모아스포츠</title>", SCOREBOARD + "<section><h3>" + name.split()[0]
      + "</h3><ul><li>9회말 2사 2루 · 중전 안타 · 경기 종료</li></ul></section><article><h2>{h}</h2>" + INFO + BODY + "</article>")
     for name in ("문자중계", "문자 중계", "실시간 중계", "경기 결과", "경기 기록", "라이브 스코어", "박스스코어", "매치센터")]
TITLED_PAGES = [  # look-alikes: the <title> is the headline, a box elsewhere is classed as a title
    ("<title>{h} - 모아스포츠</title>", SCOREBOARD + "<section><h3>문자중계</h3><ul><li>9회말 2사 2루 · 중전 안타</li></ul>"
     "</section><article><h2>{h}</h2>" + INFO + BODY + "</article>"),
    ("<title>{h} - 모아일보</title>", "<h1>{h}</h1>" + INFO + BODY + "<div class='box'><p class='box-title'>오늘의 날씨 전국 맑음</p></div>"),
    ("<title>{h}</title>", INFO + BODY + "<table><tr><th>제목</th><td>다음 주 구청 문화행사 일정표</td></tr></table>"),
    ("<title>{h} | 모아일보</title>", "<h2>{h}</h2>" + INFO + BODY + "<table><tr><td><b>주간 인기 기사 모음 다시 보기</b></td></tr></table>"),
]
OTHER_HEADLINES = [HEADLINE, "[부고] 전 모아시 교육장 남궁한결 씨 별세", "강변 산책로 야간 조명 켠다", "\"주말 정체 풀릴까\" 시장 주차장 84면 증설"]


@pytest.mark.parametrize("h", OTHER_HEADLINES)
@pytest.mark.parametrize("head, body", PLACEHOLDER_PAGES)
def test_a_placeholder_title_gives_way_to_the_headline_the_page_shows(head, body, h):
    ex = _page(head.format(h=h), body.format(h=h))
    assert ex.title == h


@pytest.mark.parametrize("h", OTHER_HEADLINES)
@pytest.mark.parametrize("head, body", TITLED_PAGES)
def test_a_title_the_page_confirms_or_nothing_contradicts_stays(head, body, h):
    ex = _page(head.format(h=h), body.format(h=h))
    assert ex.title == h


# -- a dump that wraps an article in a frame of its own (a chat export, a clipping sheet, a board's repost): the
# article's headline is the line right above its byline and date block, not the frame's first line; the frame's
# own line prefix and lines are no part of it --

CHAT_FRAMES = [  # (frame head, the prefix of a chat line, frame tail)
    (["모아 동네 엄마들 님과 카카오톡 대화", "저장한 날짜 : 2025-04-16 08:15:22", "",
      "--------------- 2025년 4월 15일 화요일 ---------------", "[하늘맘] [오후 9:58] 이거 보셨어요?"],
     "[하늘맘] [오후 9:58] ", ["[결이아빠] [오후 10:03] 저희도 신청해야겠네요"]),
    (["모아 반상회 단톡방 카카오톡 대화", "저장한 날짜 : 2025-04-16 08:15:22", "", "2025년 4월 15일 화요일",
      "2025. 4. 15. 오후 9:58, 하늘맘 : 이거 보셨어요?"],
     "2025. 4. 15. 오후 9:59, 하늘맘 : ", ["2025. 4. 15. 오후 10:03, 결이아빠 : 저희도 신청해야겠네요"]),
    (["[모아 학부모회] 단체방 대화 내보내기", "", "[관리자] [오전 7:12] 공지 확인 부탁드려요"],
     "[관리자] [오전 7:13] ", ["[관리자] [오전 7:20] 회의는 목요일입니다"]),
]


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("head, prefix, tail", CHAT_FRAMES)
@pytest.mark.parametrize("tag", ["[모아일보] ", ""])
def test_an_article_pasted_into_a_chat_export(head, prefix, tail, tag, who):
    article = [prefix + tag + HEADLINE, "시비 12억 투입…가을까지 공사", "입력 2025.04.14 21:40", "수정 2025.04.15 07:05",
               f"{who} 기자", "", PARA, "", PARA2, "", "ⓒ 모아일보, 무단 전재 및 재배포 금지", "https://moa.example/news/1"]
    ex = refine(extract_text("\n".join([*head, *article, *tail]), "chat.txt"))
    assert (ex.title, ex.authors[:1], ex.published[:10]) == (HEADLINE, [who], "2025-04-14")
    assert ex.outlet == "모아일보"
    assert "카카오톡" not in ex.body and "신청해야겠네요" not in ex.body and "보셨어요" not in ex.body


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("head, prefix, tail", CHAT_FRAMES)
def test_an_article_pasted_below_a_chat_message_with_its_press_on_the_date_line(head, prefix, tail, who):
    """The link's message, a blank line, then the article: its headline, '모아일보 | 입력 …' and its reporter. The
    article's own date beats the export's save date; the chat lines around it are no text."""
    article = [prefix + "[모아일보] " + HEADLINE, "https://moa.example/news/1", "", HEADLINE,
               "모아일보 | 입력 2025.04.14 21:40", f"{who} 기자", "", PARA, "", PARA2, "",
               f"{who} 기자 reporter@moa.example", "Copyright ⓒ 모아일보. All rights reserved."]
    ex = refine(extract_text("\n".join([*head, *article, *tail]), "chat.txt"))
    assert (ex.title, ex.authors[:1], ex.published[:10], ex.outlet) == (HEADLINE, [who], "2025-04-14", "모아일보")
    assert "저장한 날짜" not in ex.body and "신청해야겠네요" not in ex.body and "보셨어요" not in ex.body
    assert "저장한 날짜" not in " ".join(ex.subheadings)


EXPORTED_CHAT_FRAMES = [  # (frame head, the header over the article's message, frame tail): the exporter writes
    # the time and the speaker on a line of their own over each message's lines
    (["=" * 40, "Guild: 솔숲동 주민모임", "Channel: 소식 / #기사", "=" * 40, "", "[2025-04-15 오후 9:58] 초록별",
      "이거 보셨어요? 전문 붙여요", ""], "[2025-04-15 오후 9:59] 초록별", ["", "[2025-04-15 오후 10:03] 새벽달",
      "저희도 신청해야겠네요", "", "=" * 40, "Exported 3 message(s)", "=" * 40]),
    (["Guild: 솔숲동 주민모임", "", "[4/15/2025 9:58 PM] chorok", "이거 보셨어요?", ""], "[4/15/2025 9:59 PM] chorok",
     ["", "[4/15/2025 10:03 PM] haneul_dal", "저희도 신청해야겠네요"]),
]


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("head, header, tail", EXPORTED_CHAT_FRAMES)
def test_an_article_pasted_under_an_exported_messages_header_line(head, header, tail, who):
    """The headline is the first line of the message under its header line, '모아일보 | 입력 …' under it; the export's
    head, the header lines and the other messages are no text, and their times are not the article's date."""
    article = [header, HEADLINE, "모아일보 | 입력 2025.04.14 21:40", PARA, PARA2, f"{who} 기자 reporter@moa.example",
               "Copyright ⓒ 모아일보. All rights reserved."]
    ex = refine(extract_text("\n".join([*head, *article, *tail]), "export.txt"))
    assert (ex.title, ex.authors[:1], ex.published[:10], ex.outlet) == (HEADLINE, [who], "2025-04-14", "모아일보")
    assert PARA2 in ex.body and "Guild" not in ex.body and "보셨어요" not in ex.body and "신청해야겠네요" not in ex.body


WORKSPACE_FRAMES = [  # (frame head, frame tail) of a workspace export: '[date time] speaker: message' a line
    (["채널: #동네-소식  (내보내기: 2025-04-16 08:15, 워크스페이스 모아연구소)", "=" * 40, "",
      "[2025-04-15 21:58] 하늘맘: 이거 보셨어요?", "[2025-04-15 21:59] 하늘맘: (붙여넣기)"],
     ["", "[2025-04-15 22:03] 결이아빠: 저희도 신청해야겠네요", "[2025-04-15 22:04] 봇: 하늘맘 님이 이 메시지를 고정했습니다."]),
    (["채널: #동네-소식", "", "[2025-04-15 21:58] 하늘맘: 오늘 회의 전에 꼭 읽어 보세요. 중요한 내용입니다.",
      "[2025-04-15 21:59] 하늘맘: 전문은 아래에 붙입니다."],
     ["", "[2025-04-15 22:03] 결이아빠: 저희도 신청해야겠네요. 감사합니다."]),
]


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("head, tail", WORKSPACE_FRAMES + [(h, t) for h, _, t in EXPORTED_CHAT_FRAMES])
@pytest.mark.parametrize("press_line", ["모아일보", "모아경제신문"])
def test_an_article_pasted_with_its_press_line_above_its_headline(head, tail, press_line, who):
    """The copied article keeps its masthead (the press's name alone on a line) over its headline: the headline is
    the line under it, the press is the article's outlet, and the chat's lines are no text."""
    article = [press_line, HEADLINE, "입력 2025.04.14 21:40 | 수정 2025.04.15 07:05", f"{who} 기자 reporter@moa.example",
               "", PARA, PARA2, "", f"ⓒ {press_line} 무단전재 및 재배포 금지"]
    ex = refine(extract_text("\n".join([*head, *article, *tail]), "export.txt"))
    assert (ex.title, ex.authors[:1], ex.published[:10], ex.outlet) == (HEADLINE, [who], "2025-04-14", press_line)
    assert PARA2 in ex.body and "보셨어요" not in ex.body and "신청해야겠네요" not in ex.body and "채널" not in ex.body
    assert press_line not in ex.subheadings


@pytest.mark.parametrize("kicker", ["시비 12억 투입…가을까지 공사", "밤길 안전 예산 12억"])
def test_a_pasted_headline_under_a_kicker_that_is_no_press_keeps_the_top_line(kicker):
    """Near miss: the line above the pasted headline is a sub-headline, not a press's name: the top line stays the
    headline as before."""
    head, tail = WORKSPACE_FRAMES[0]
    article = [HEADLINE, kicker, "입력 2025.04.14 21:40", "하누리 기자", "", PARA, PARA2, "", "ⓒ 모아일보 무단전재 및 재배포 금지"]
    ex = refine(extract_text("\n".join([*head, *article, *tail]), "export.txt"))
    assert (ex.title, ex.outlet) == (HEADLINE, "모아일보")


def test_a_time_in_brackets_before_a_sentence_is_no_message_header():
    """Near miss: a dump's own article whose lines open with a time in brackets and go on as sentences (a live blog)
    is no chat export: its headline stays the first line."""
    lines = [HEADLINE, "모아일보 | 입력 2025.04.14 21:40", "", "[2025-04-14 오후 9:40] 시는 오늘 밤 가로등 교체를 시작했다.",
             "", PARA, "", PARA2]
    ex = refine(extract_text("\n".join(lines), "live.txt"))
    assert (ex.title, ex.outlet, ex.published[:10]) == (HEADLINE, "모아일보", "2025-04-14") and PARA in ex.body


def test_a_dump_with_its_press_on_the_date_line_and_no_chat_is_its_own_article():
    """Near miss: the same headline block opening a dump with no frame above is the dump's own article."""
    ex = refine(extract_text("\n".join([HEADLINE, "모아일보 | 입력 2025.04.14 21:40", "하누리 기자", "", PARA, "", PARA2]),
                             "a.txt"))
    assert (ex.title, ex.outlet, ex.published[:10]) == (HEADLINE, "모아일보", "2025-04-14") and PARA in ex.body


BLOG_SCRAP = ("<title>{h} : 모아 블로그</title><meta property='og:site_name' content='모아 블로그 | 골목 산책 일기'>",
              "<div class='blog-title'>골목 산책 일기</div><h3>{h}</h3><div><span class='nick'>산책러</span> "
              "<span class='date'>2025. 4. 16. 22:41</span></div>"
              "<div class='post'><p>우리 골목 이야기가 나왔네요. 기사 그대로 옮겨 둡니다.</p><blockquote>"
              "<p>출처 : 모아일보 <a href='https://moa.example/news/1'>https://moa.example/news/1</a></p>"
              "<p>입력 2025.04.15 06:00</p><p>{p1}</p><p>{p2}</p><p>{who} 기자 reporter@moa.example</p></blockquote>"
              "<p>밤에 걸을 때 무서웠는데 잘됐어요 ㅎㅎ 얼른 바뀌면 좋겠네요.</p><p>#골목길 #가로등</p></div>")


@pytest.mark.parametrize("who", REPORTERS[:4])
def test_a_blogs_scrap_opening_with_its_source_line(who):
    """A blog re-post: '출처 : press' heads the quotation, its '입력' date and its reporter's credit follow; the
    press, the date and the text are the quoted article's, the blogger's lines and post time are not."""
    head, body = BLOG_SCRAP
    ex = _page(head.format(h=HEADLINE), body.format(h=HEADLINE, p1=PARA, p2=PARA2, who=who))
    assert (ex.title, ex.outlet, ex.published[:10], ex.authors[:1]) == (HEADLINE, "모아일보", "2025-04-15", [who])
    assert PARA in ex.body and "옮겨 둡니다" not in ex.body and "무서웠는데" not in ex.body and "#가로등" not in ex.body


def test_a_data_source_line_over_a_date_line_is_no_scrap():
    """Near miss: a source line naming no press ('출처 : 통계청', a chart's credit) over a date line: the page's own article."""
    ex = _page(f"<title>{HEADLINE} - 들바람일보</title><meta property='og:site_name' content='들바람일보'>",
               f"<h1>{HEADLINE}</h1><p>출처 : 통계청</p><p>입력 2025.04.15 06:00</p><p>{PARA}</p><p>{PARA2}</p>"
               "<p>하누리 기자 hanuri@dul.example</p><p>많이 본 기사</p>")
    assert ex.outlet == "들바람일보" and PARA2 in ex.body


CLIPPING_SHEETS = [
    ["■ 오늘의 언론 스크랩 (홍보팀 배포용)", "스크랩 일자: 2025-04-16", "분류: 업계 동향 / 중요도: 상", "",
     "매체명 : 모아경제", "게재일 : 2025-04-15 (화)", "게재면 : A12면 (기업)", "기자 : {who}, 하누리", "제목 : {h}"],
    ["[언론 모니터링] 2025년 4월 16일", "", "제목: {h}", "매체: 모아경제", "게재일: 2025.04.15", "게재면: 12면", "기자: {who}"],
    ["◆ 주간 보도 모음 ◆", "배포: 대외협력실", "", "언론사 : 모아경제", "보도일 : 2025-04-15", "제목 : {h}", "작성자 : {who} 기자"],
]


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("sheet", CLIPPING_SHEETS)
def test_labelled_fields_under_a_clipping_sheets_banner(sheet, who):
    head = [ln.format(who=who, h=HEADLINE) for ln in sheet]
    tail = ["", "※ 이 스크랩 자료는 내부 공유용으로만 쓰며 무단 배포를 금합니다. 기사 저작권은 각 매체에 있습니다.", "담당: 홍보팀 대리 한솔 (내선 2417)"]
    ex = refine(extract_text("\n".join([*head, "", PARA, "", PARA2, *tail]), "clip.txt"))
    assert (ex.title, ex.outlet, ex.authors[:1], ex.published[:10]) == (HEADLINE, "모아경제", [who], "2025-04-15")
    assert "게재면" not in ex.body and "스크랩" not in ex.body and "내선" not in ex.body


@pytest.mark.parametrize("who", REPORTERS[:4])
def test_a_reposts_source_line_after_the_text_is_cut(who):
    text = "\n".join(["자유게시판 | 정치 | 유머 | 글쓰기", "[펌] 강변 산책로 조명 켠다네요",
                      "작성자: 산책러 | 조회 1,204 | 추천 31 | 2025.04.16 13:07", "", HEADLINE, "입력 2025.04.15 06:00",
                      f"{who} 기자", "", PARA, "", PARA2, "", "출처: 모아일보", "", "댓글 (12)", "ㄴ 좋네요", "목록 | 이전글 | 다음글"])
    ex = refine(extract_text(text, "post.txt"))
    assert (ex.title, ex.outlet, ex.authors[:1]) == (HEADLINE, "모아일보", [who])
    assert "출처" not in ex.body and "댓글" not in ex.body


# -- a writer named after a label and a colon on a page ('보낸 사람: 모아레터 에디터 이름', '취재기자 : 이름 / 영상취재 : 이름'),
# two reporters with no separator ('사회부 이름 이름 기자': the first), a writer before a translator --

LABELLED_WRITERS = [
    "<p class='from'>보낸 사람: 모아레터 에디터 {who}</p>", "<p class='reporter'>취재기자 : {who} / 영상취재 : 하누리</p>",
    "<p class='reporter'>취재 : {who} | 촬영 : 하누리</p>", "<p class='by'>글쓴이: {who}</p>",
    "<p class='reporter'>취재기자: {who}</p>", "<p class='by'>에디터 : {who}</p>",
    "<p class='by'>사회부 {who} 하누리 기자</p>",
    "<p class='by'>글 {who} · 번역 하누리 객원에디터</p>",
]


@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("line", LABELLED_WRITERS)
def test_a_writer_after_a_label_on_a_page(line, who):
    ex = _page(f"<title>{HEADLINE} - 모아일보</title>", f"<h1>{HEADLINE}</h1>{line.format(who=who)}{INFO}{BODY}")
    assert ex.authors[:1] == [who]


@pytest.mark.parametrize("first, second", [("루카스 엥겔", "하누리"), ("엠마 클라크", "서나래"), ("마리 뒤부아", "한솔")])
def test_a_foreign_writer_before_the_translator(first, second):
    ex = _page(f"<title>{HEADLINE} - 모아매거진</title>",
               f"<h1>{HEADLINE}</h1><div class='byline'>글 {first}(Lukas Weber) · 번역 {second} 객원에디터</div>{INFO}{BODY}")
    assert ex.authors[:1] == [first]


@pytest.mark.parametrize("shown, date", [("2025·04·15 16:05", "2025-04-15T16:05"), ("2025·4·15", "2025-04-15"),
                                         ("2025 · 04 · 15 16:05", "2025-04-15T16:05")])
def test_a_middle_dot_date_beside_the_byline(shown, date):
    ex = _page(f"<title>{HEADLINE} - 모아일보</title>",
               f"<div class='top'>최종편집 2025-04-16 18:40</div><h1>{HEADLINE}</h1>"
               f"<ul class='info'><li>모아일보</li><li>{shown}</li></ul>{BODY}")
    assert ex.published[:10] == date[:10]  # (not the site's 최종편집 date)


@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("affiliation", ["모아시 ○○대 사회학과 교수", "○○연구소 선임연구위원", "모아대 도시공학과 교수"])
def test_a_writer_box_keeps_the_name_not_the_affiliation(affiliation, who):
    ex = _page(f"<title>[세상읽기] {HEADLINE} - 모아신문</title>",
               f"<h1>[세상읽기] {HEADLINE}</h1><div class='writer-box'><strong>{who}</strong><span>{affiliation}</span></div>"
               f"{INFO}{BODY}")
    assert ex.authors == [who]


# look-alikes of a framed dump: a dump of the article alone, a site's menu or name above its headline and its own
# copyright or source line after the text, is no frame (its first heading line stays the headline, its outlet the site's)
PLAIN_DUMPS = [
    ["모아일보 | 정치 | 경제 | 사회 | 문화", HEADLINE, "입력 2025.04.15 09:30", "{who} 기자", "", PARA, "", PARA2, "",
     "ⓒ 모아일보, 무단 전재 및 재배포 금지"],
    ["모아방송 | 뉴스 | 다시보기 | 편성표", HEADLINE, "{who} 기자 입력 2025.04.15 21:14", "", PARA, "", PARA2, "", "Copyright ⓒ 모아방송. All rights reserved."],
    [HEADLINE, "입력 2025.04.15 09:30", "{who} 기자", "", PARA, "", PARA2, "", "출처: 모아일보"],
]


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("dump", PLAIN_DUMPS)
def test_a_dump_of_the_article_alone_is_no_frame(dump, who):
    ex = refine(extract_text("\n".join(ln.format(who=who) for ln in dump), "dump.txt"))
    assert (ex.title, ex.authors[:1], ex.published[:10]) == (HEADLINE, [who], "2025-04-15")


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("credit", ["글: {who} 기자", "글 {who} 기자", "취재·정리 {who} 기자", "{who} 기자"])
def test_a_credit_line_among_the_fields_under_a_sites_name(credit, who):
    text = "\n".join(["모아스포츠", f"제목: {HEADLINE}", credit.format(who=who), "", PARA, "", PARA2, "",
                      "<저작권자 모아스포츠, 무단 전재 및 재배포 금지>"])
    ex = refine(extract_text(text, "dump.txt"))
    assert (ex.title, ex.authors[:1]) == (HEADLINE, [who]) and who not in ex.body


def _card_page(cards: str, date_line: str = "기사승인 2025.04.15 09:30") -> str:
    return (f"<html lang='ko'><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>"
            f"<h1>{HEADLINE}</h1><div class='date'>{date_line}</div><div class='text'><p>{PARA}</p><p>{PARA2}</p></div>"
            f"{cards}</body></html>")


@pytest.mark.parametrize("cards, author", [
    ("<div class='card'><img src='/r/1.jpg' alt='나래온 기자'><a href='/r/1'>기자의 다른 기사</a></div>", ["나래온"]),
    ("<div class='card'><img src='/r/1.jpg' alt='사진 나래온 기자'></div>", []),  # a photographer's credit
    ("<img src='/p/1.jpg' alt='나래온 기자가 골목길을 걷고 있다'>", []),  # a caption, not a byline
    ("<img src='/r/1.jpg' alt='나래온 기자'><img src='/r/2.jpg' alt='하누리 기자'>", []),  # two writers' cards: no one
])
def test_a_reporter_named_only_in_an_image_alt(cards, author):
    """A page whose reporter is only in the card's photo; its date label ('기사승인') is no author."""
    ex = refine(extract_html(_card_page(cards)))
    assert ex.authors == author and ex.published.startswith("2025-04-15T09:30")


@pytest.mark.parametrize("after", [
    ["[관련 기사]", "- 골목길 보안등 고장 신고 한 달째", "- 구도심 순찰 인력 두 배로"],
    ["많이 본 뉴스", "1. 시내버스 노선 다음 달 바뀐다", "2. 주말 도심 행사 교통 통제"],
    ["- [현장] 밤길 걸어보니"],
])
def test_lists_after_the_closing_credit_of_a_dump(after):
    """A site's lists after the writer's credit are no text; the credit's e-mail and the copyright's name are read."""
    dump = [HEADLINE, "", PARA, "", PARA2, "", "나래온 기자 naraeon@moa.example", "", *after, "",
            "Copyright ⓒ 모아타임즈 무단전재 및 재배포 금지"]
    ex = refine(extract_text("\n".join(dump), "dump.txt"))
    assert ex.authors == ["나래온"] and ex.author_emails == ["naraeon@moa.example"] and ex.outlet == "모아타임즈"
    assert not any(item.lstrip("- ") in ex.body for item in after) and ex.body.endswith(PARA2[-10:])


def test_a_paragraph_after_the_closing_credit_keeps_what_follows():
    """A note written after the credit ('정정' or a postscript) is text: nothing after the credit goes."""
    note = "바로잡습니다. 지난 기사에서 교체 비용을 10억원으로 잘못 적었기에 12억원으로 고칩니다."
    dump = [HEADLINE, "", PARA, "", "나래온 기자 naraeon@moa.example", "", "[정정 보도]", note]
    ex = refine(extract_text("\n".join(dump), "dump.txt"))
    assert "12억원으로 고칩니다" in ex.body


@pytest.mark.parametrize("end, outlet", [
    (" 모아타임즈 나래온 기자 naraeon@moa.example", "모아타임즈"),  # the press's name before the reporter's
    (" 나래온 기자 naraeon@moa.example", None),
])
def test_a_credit_glued_to_the_last_paragraph(end, outlet):
    """A table cell's <br><br> lost in extraction glues the credit to the text's end: it is read and cut off."""
    page = (f"<html lang='ko'><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
            f"<table><tr><td class='text'>{PARA} {PARA2}{end}</td></tr></table></body></html>")
    ex = refine(extract_html(page))
    assert ex.authors == ["나래온"] and ex.author_emails == ["naraeon@moa.example"]
    assert "naraeon@" not in ex.body and "모아타임즈 나래온" not in ex.body and ex.body.endswith(PARA2[-10:])
    assert outlet is None or ex.outlet == outlet


# -- a bilingual page: the byline's English half ('Written by Hong Gil-dong, Reporter') and the dateline's zone and
# English date ('2025-04-15 21:30 KST · Published Apr. 15, 2025') --

BILINGUAL_BYLINES = ["글 {who} 기자 · Written by Na Rae-on, Reporter", "{who} 기자 / By Na Rae-on", "{who} 기자 · Reported by Na Rae-on, Staff Reporter"]
BILINGUAL_DATELINES = ["2025-04-15 21:30 KST · Published Apr. 15, 2025", "2025.04.15 21:30 KST", "2025-04-15 21:30 UTC+9"]


@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("byline", BILINGUAL_BYLINES)
@pytest.mark.parametrize("dateline", BILINGUAL_DATELINES)
def test_a_bilingual_byline_and_dateline(byline, dateline, who):
    ex = _page(f"<title>{HEADLINE} - 모아일보 Moa Daily</title><meta property='og:site_name' content='모아일보'>",
               f"<h1>{HEADLINE}</h1><h2 lang='en'>Old town to replace 400 street lights</h2>"
               f"<p class='byline'>{byline.format(who=who)}</p><p class='dateline'>{dateline}</p>{BODY}")
    assert ex.authors == [who]
    assert ex.published == "2025-04-15T21:30:00+09:00"
    assert dateline not in ex.subheadings


def test_a_date_with_other_words_after_it_is_no_dateline_node():
    """Near miss: a date followed by more than a zone and its English rendering is a sentence's, not a dateline."""
    from builder.rules.ko.article import _date_node
    assert _date_node("2025-04-15 21:30 KST 기준 전국 미세먼지 농도") is None
    assert _date_node("2025-04-15 21:30 KST · Updated Apr. 16, 2025") is None


# -- a credit with a role, the title and the address in brackets ('글 홍길동 기자 (hong@…)'), told from a foreign name
# with its Latin rendering in brackets ('글 루카 베르디(Luca Verdi)') --

@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("form", ["글 {who} 기자 (reporter@moa.example)", "글·사진 {who} 기자 (reporter@moa.example)",
                                  "취재 {who} 기자 <reporter@moa.example>"])
def test_a_role_credit_with_its_address_in_brackets(form, who):
    found = credit_line(form.format(who=who))
    assert found and (found.author, found.email) == (who, "reporter@moa.example")


def test_a_foreign_writer_with_a_latin_rendering_stays_one_name():
    found = credit_line("글 루카 파렌티(Luca Parenti) · 번역 하누리")
    assert found and found.author == "루카 파렌티"


def test_a_newsletters_call_for_opinion_is_boilerplate_and_a_sentence_about_it_is_not():
    assert is_boilerplate("📮 오늘 레터 어떠셨나요? 좋았어요 · 아쉬워요 친구에게 추천해 주세요.")
    assert is_boilerplate("이번 호는 어떠셨나요?")
    assert not is_boilerplate("독자들에게 오늘 레터가 어떠셨느냐고 물었더니 절반이 좋았다고 답했다.")


# -- a site's register row in the footer, the publisher named after its date ('등록일자 2011년 3월 2일 | 발행인 …'):
# not the article's date, which the info row gives --

@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("footer", ["모아일보 | 모아시 중앙로 00 | 등록일자 2011년 3월 2일 | 발행인 겸 편집인 하누리",
                                    "모아일보 · 등록일 2011.03.02 · 발행·편집인 하누리", "등록일 2011-03-02 | 청소년보호책임자 하누리"])
def test_a_footers_register_date_with_the_publisher_after_it_is_not_the_articles(footer, who):
    ex = _page("<title>모아일보 - 구도심 골목길 가로등 교체</title>",
               f"<table><tr><td class='title'>{HEADLINE}</td></tr><tr><td class='view_info'>[모아일보] 2025년 04월 15일 (화) "
               f"09:30:12 &nbsp; {who} 기자</td></tr><tr><td><p>{PARA}</p><p>{PARA2}</p></td></tr></table>"
               f"<table><tr><td class='copyright'>{footer}</td></tr></table>")
    assert ex.published.startswith("2025-04-15T09:30")


def test_a_labelled_date_with_a_desk_after_it_stays_the_articles():
    """Near miss: '입력 … | 사회부' names the article's date; only a register word after it makes it the site's."""
    ex = _page(f"<title>{HEADLINE} - 모아일보</title>",
               f"<h1>{HEADLINE}</h1><p class='info'>입력 2025.04.15 09:30 | 사회부</p><div><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.published.startswith("2025-04-15T09:30")


# -- a page with no meta at all whose byline and date stand under the text ('홍길동 기자 hong@… 2025년 04월 15일 09:30') --

@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("sign", ["{who} 기자 reporter@moa.example &nbsp; 2025년 04월 15일 09:30",
                                  "{who} 기자 | 2025.04.15 09:30", "{who} 기자 (reporter@moa.example) 2025-04-15 09:30"])
def test_a_signature_with_its_date_under_the_text_dates_the_article(sign, who):
    ex = _page("", f"<div class='menu'><a>홈</a> <a>사회</a></div><h1>{HEADLINE}</h1><div class='txt'><p>{PARA}</p>"
                   f"<p>{PARA2}</p></div><div class='byline'>{sign.format(who=who)}</div>"
                   "<div class='side'><h4>최신기사</h4><ul><li>시청 앞 광장 주말 장터 연다</li></ul></div>")
    assert ex.published == "2025-04-15T09:30:00+09:00" and ex.authors == [who]


def test_a_dated_item_of_a_list_under_the_text_is_no_signature():
    """Near miss: a list of other stories with their dates under the text dates nothing."""
    ex = _page("", f"<h1>{HEADLINE}</h1><div class='txt'><p>{PARA}</p><p>{PARA2}</p></div>"
                   "<ul class='list'><li>시청 앞 광장 주말 장터 연다 2025.04.10 09:30</li></ul>")
    assert not (ex.published or "").startswith("2025-04-10T09:30")


# -- the byline only in the page's <meta name="byl"> (the New York Times' field, 'By …'): a Korean name has no
# space in it, and it is the author all the same --

BYL_PAGE = ("<title>{h} - 모아일보</title><meta property='og:site_name' content='모아일보'>"
            "<meta name='byl' content='{byl}'><meta property='article:published_time' content='2025-04-15T09:30:00+09:00'>")


@pytest.mark.parametrize("who", REPORTERS)
@pytest.mark.parametrize("byl", ["By {who}", "by {who}", "{who}"])
def test_a_korean_name_in_the_byl_meta_is_the_author(byl, who):
    ex = _page(BYL_PAGE.format(h=HEADLINE, byl=byl.format(who=who)), f"<h1>{HEADLINE}</h1>" + BODY)
    assert ex.authors == [who]


@pytest.mark.parametrize("byl", ["By moaeditor", "By admin"])
def test_a_one_word_handle_in_the_byl_meta_is_no_author(byl):
    """Near miss: a Latin handle of one word is a login, not a name (trafilatura's rule holds for it)."""
    ex = _page(BYL_PAGE.format(h=HEADLINE, byl=byl), f"<h1>{HEADLINE}</h1>" + BODY)
    assert ex.authors == []


# -- a tip line that sends the reader to a channel, alone or after the reporter's credit on the same line --

TIP_LINES = ["· 검증 요청은 제보 게시판으로", "기사 제보는 카카오톡 채널에서 받습니다", "팩트체크 의뢰는 누리집 양식으로 보내 주세요",
             "▶ 제보는 이메일로", "취재 요청은 모아일보 앱에서 가능합니다"]


@pytest.mark.parametrize("tip", TIP_LINES)
def test_a_tip_line_is_furniture(tip):
    assert is_boilerplate(tip)


@pytest.mark.parametrize("tip", TIP_LINES)
@pytest.mark.parametrize("who", REPORTERS[:3])
def test_a_tip_line_beside_the_credit_goes_and_the_credit_is_read(tip, who):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", PARA2, "",
                                        f"{who} 기자 reporter@moa.example · {tip.lstrip('·▶ ')}"]), "dump.txt"))
    assert ex.authors == [who] and PARA2 in ex.body and tip.lstrip("·▶ ")[:6] not in ex.body


@pytest.mark.parametrize("text", ["검증 요청은 지난달에만 300건이 넘었다.", "제보는 주로 이메일로 들어온다고 그는 말했다.",
                                  "시민들의 검증 요청은 게시판으로 몰렸고 담당자들이 밤늦게까지 답했다."])
def test_a_sentence_about_tips_is_text(text):
    assert not is_boilerplate(text)


# -- a relative canonical under <base href>: the address a browser would go to --

@pytest.mark.parametrize("link, url", [
    ("<link rel='canonical' href='articleView.html?idxno=12'>", "https://www.moa.example/news/articleView.html?idxno=12"),
    ("<link rel='canonical' href='/news/articleView.html?idxno=12'>", "https://www.moa.example/news/articleView.html?idxno=12"),
    ("<link rel='canonical' href='../amp/12'>", "https://www.moa.example/amp/12"),
    ("<meta property='og:url' content='view.php?no=12'>", "https://www.moa.example/news/view.php?no=12"),
    ("<link rel='canonical' href='https://moa.example/n/12'>", "https://moa.example/n/12"),
])
def test_a_relative_canonical_is_read_against_the_base(link, url):
    ex = _page(f"<title>{HEADLINE} - 모아뉴스</title><base href='https://www.moa.example/news/'>{link}", f"<h1>{HEADLINE}</h1>" + BODY)
    assert ex.url == url


@pytest.mark.parametrize("base", ["", "<base href='/news/'>", "<base target='_blank'>"])
def test_a_relative_canonical_without_an_absolute_base_stays_as_written(base):
    ex = _page(f"<title>{HEADLINE} - 모아뉴스</title>{base}<link rel='canonical' href='articleView.html?idxno=12'>",
               f"<h1>{HEADLINE}</h1>" + BODY)
    assert ex.url == "articleView.html?idxno=12"


# -- the info list under the headline ('<ul class="info"><li>기자</li><li>승인 …</li><li>댓글 0</li></ul>'): its items
# are dates and counters, no sub-headlines --

@pytest.mark.parametrize("items", [["승인 2025.04.15 09:30", "댓글 0"], ["입력 2025.04.15 09:30", "조회수 12", "댓글 3"],
                                   ["2025.04.15 09:30", "공감 4"]])
def test_the_info_lists_items_are_no_subheadings(items):
    info = "<ul class='info'><li>하누리 기자</li>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    ex = _page(f"<title>{HEADLINE} - 모아뉴스</title>", f"<article><h1>{HEADLINE}</h1>{info}" + BODY + "</article>")
    assert ex.subheadings == [] and ex.published[:10] == "2025-04-15"


def test_a_sub_headline_list_under_the_headline_stays():
    """Near miss: a list of sub-headlines ('- 시비 12억 투입…가을까지 공사') is the article's."""
    subs = "<ul class='summary'><li>시비 12억 투입…가을까지 공사</li><li>밤길 순찰도 주 3회로 늘려</li></ul>"
    ex = _page(f"<title>{HEADLINE} - 모아뉴스</title>", f"<article><h1>{HEADLINE}</h1>{subs}{INFO}" + BODY + "</article>")
    assert any("시비 12억" in h for h in ex.subheadings)


# -- the reporter only in the row that signs the text at its end ('등록 … | 홍길동 기자 hong@…') --

@pytest.mark.parametrize("who", REPORTERS[:4])
@pytest.mark.parametrize("row", ["등록 2025.04.15 09:30 | {who} 기자 reporter@moa.example", "입력 2025.04.15 09:30 | {who} 기자",
                                 "2025.04.15 09:30 | 사회부 {who} 기자 reporter@moa.example"])
def test_the_reporter_in_the_row_under_the_text_is_the_author(row, who):
    ex = _page(f"<title>{HEADLINE} - 모아뉴스</title>", f"<article><h1>{HEADLINE}</h1><div class='text'><p>{PARA}</p>"
               f"<p>{PARA2}</p><p>{PARA3}</p><p class='by'>{row.format(who=who)}</p></div></article>")
    assert ex.authors == [who] and ex.published[:10] == "2025-04-15" and "reporter@" not in ex.body


def test_a_row_under_the_text_with_no_reporter_names_no_author():
    """Near miss: the row holds the date and the section only."""
    ex = _page(f"<title>{HEADLINE} - 모아뉴스</title>", f"<article><h1>{HEADLINE}</h1><div class='text'><p>{PARA}</p>"
               f"<p>{PARA2}</p><p>{PARA3}</p><p class='by'>등록 2025.04.15 09:30 | 사회</p></div></article>")
    assert ex.authors == []


# -- a dump's list of other stories under its heading after the counters ('추천 0 | 댓글 0' / '많이 본 뉴스' / '· …') --

@pytest.mark.parametrize("heading", ["많이 본 뉴스", "실시간 인기기사", "사회 많이 본 뉴스", "관련기사"])
@pytest.mark.parametrize("counters", ["추천 0 | 댓글 0", ""])
def test_a_dumps_list_under_its_heading_ends_the_text(heading, counters):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", PARA2, "", counters, "", heading,
                                        "· 모아시 야간 순찰 확대", "· 군립도서관 독서교실 모집", "· 모아구 봄꽃 축제 개막", "",
                                        "Copyright ⓒ 모아일보. All rights reserved."]), "dump.txt"))
    assert PARA2 in ex.body and "순찰 확대" not in ex.body and "봄꽃 축제" not in ex.body


def test_a_sentence_opening_like_a_lists_heading_stays():
    """Near miss: a paragraph that opens with the heading's words is text."""
    text = "많이 본 뉴스 목록에는 가로등 교체 소식이 하루 종일 올라 있었다."
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2025.04.15 09:30", "", PARA, "", text, "", PARA2]), "dump.txt"))
    assert text in ex.body and PARA2 in ex.body


@pytest.mark.parametrize("link", ["모아시청 누리집 보기", "모아동 소식 더 보기", "관련 기사 원문 보기"])
def test_a_link_naming_no_press_before_its_words_leaves_the_site_its_name(link):
    """Near miss: a publisher's own page with a link whose words are not a press's name before the link words keeps
    the site's name, even with a syndication-like sentence about a press release."""
    head = "<title>구도심 골목길 가로등 교체 - 모아일보</title><meta property='og:site_name' content='모아일보'>"
    assert _page(head, f"{ARTICLE}<a href='https://moa.example/1'>{link}</a>").outlet == "모아일보"


# -- a contribution's writer only in the bio box under the text, a note of the paper's after it --

@pytest.mark.parametrize("who", ["남궁가람", "선우람", "나래온"])
@pytest.mark.parametrize("bio", ["<p><strong>{who}</strong> 모아대 도시계획학과 교수</p>",
                                 "<p><b>{who}</b></p><p>모아연구원 선임연구위원</p>", "<p>{who} 모아대 사회학과 교수</p>"])
def test_the_writer_in_a_bio_box_inside_the_texts_span_is_the_author(bio, who):
    head = ("<title>[기고] 골목길이 밝아야 동네가 산다 - 모아시사</title><meta property='og:site_name' content='모아시사'>"
            "<meta name='author' content='모아시사'>")
    body = (f"<article><h1>[기고] 골목길이 밝아야 동네가 산다</h1><div class='meta'>입력 2025-04-15 07:00</div>"
            f"<div class='content'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>"
            f"<div class='author-bio'><img src='/bio/1.jpg'>{bio.format(who=who)}<p>도시 재생을 연구한다.</p></div>"
            "<p class='disclaimer'>※ 외부 필진의 기고는 본지의 편집 방향과 다를 수 있습니다.</p></article>")
    assert _page(head, body).authors == [who]


def test_a_reporters_byline_beats_a_quoted_experts_box():
    """Near miss: a news story with its reporter's byline keeps the reporter, whatever box follows."""
    head = "<title>골목길 가로등 교체 - 모아일보</title><meta property='og:site_name' content='모아일보'>"
    body = (f"<article><h1>{HEADLINE}</h1><div class='meta'>입력 2025-04-15 07:00 | 나래온 기자</div>"
            f"<div class='content'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>"
            "<div class='expert'><p><strong>남궁가람</strong> 모아대 도시계획학과 교수</p></div>"
            "<p class='disclaimer'>※ 이 기사는 모아시의 지원을 받아 작성됐습니다.</p></article>")
    assert _page(head, body).authors == ["나래온"]


# -- a dump's site named only in its legal footer row, unlabelled, first among the registration fields --

@pytest.mark.parametrize("row, outlet", [("모아바다신문 | 등록번호 경북 아00000 | 발행인 나래온", "모아바다신문"),
                                         ("모아일보 | 등록번호 서울 아00000 | 등록일 2019.01.02 | 편집인 하누리", "모아일보"),
                                         ("모아뉴스 · 등록번호 서울 아00000 · 발행·편집인 하누리", "모아뉴스")])
def test_a_footer_row_of_registration_fields_names_the_site(row, outlet):
    from builder.rules.ko.article import outlet_from_legal_footer
    assert outlet_from_legal_footer([row]) == outlet
    ex = refine(extract_text("\n".join([HEADLINE, "", "입력 2025.04.15 09:30", "", PARA, "", PARA2, "", "하누리 기자 hanuri@moa.example",
                                        "", row]), "dump.txt"))
    assert ex.outlet == outlet


@pytest.mark.parametrize("row", ["모아일보 | 사회 | 2025.04.15", "하누리 | 등록번호 경북 아00000 | 발행인 나래온",
                                 "모아일보 | 등록번호 서울 아00000"])
def test_a_row_that_is_no_registration_footer_names_no_site(row):
    """Near miss: a dateline row, a person's name first, or a single registration field."""
    from builder.rules.ko.article import outlet_from_legal_footer
    assert outlet_from_legal_footer([row]) is None


@pytest.mark.parametrize("line", ["글자크기  인쇄  기사 URL 복사", "인쇄   스크랩   공유", "URL 복사  글자크기"])
def test_a_toolbar_with_spaces_between_its_buttons_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["시는  예산을 늘려 가로등을 바꾸기로 했다.", "인쇄  공장 증설 계획이 나왔다"])
def test_a_line_with_a_double_space_is_not_a_toolbar(line):
    assert not is_boilerplate(line)


# -- a translated foreign column: the writer's name in Hangul, its parts spaced, the affiliation in brackets --

@pytest.mark.parametrize("node, who", [
    ("글=마르타 린드홀름 (스웨덴 일간 노르드포스텐 논설위원)", "마르타 린드홀름"),
    ("글 존 모아필드 (미국 모아대 정치학과 교수)", "존 모아필드"),
    ("마르타 린드홀름 (노르웨이 모아연구소 선임연구원)", "마르타 린드홀름"),
    ("탁지숙 (한결대 의대 교수)", "탁지숙"),
])
def test_a_foreign_writers_spaced_name_before_the_affiliation(node, who):
    from builder.rules.ko.article import column_author
    assert column_author([node]) == who


@pytest.mark.parametrize("node", ["하누리 기자 (모아일보 사회부)", "모아시 관계자 (익명 요청)", "오늘의 칼럼 (주간 연재)"])
def test_a_bracket_after_words_that_are_no_writer_names_none(node):
    from builder.rules.ko.article import column_author
    assert column_author([node]) is None


@pytest.mark.parametrize("who", ["마르타 린드홀름", "존 모아필드"])
def test_the_foreign_writer_in_the_info_row_is_the_author_not_the_translator(who):
    head = "<title>[해외 칼럼] 겨울 도시의 밤길 - 모아인사이트</title><meta property='og:site_name' content='모아인사이트'>"
    body = (f"<article><h1>[해외 칼럼] 겨울 도시의 밤길</h1><div class='info'>글={who} (스웨덴 일간 노르드포스텐 논설위원) | "
            f"번역: 하누리 기자 | 게재 2025-04-15 07:00</div><div class='content'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div></article>")
    ex = _page(head, body)
    assert ex.authors == [who] and ex.published[:10] == "2025-04-15"


@pytest.mark.parametrize("line", [
    "여울저널의 기사는 환경을 생각해 종이 인쇄 없이 온라인으로만 발행됩니다.",
    "본지의 모든 기사는 온라인으로만 제공됩니다",
    "※ 달무리신문 기사는 매주 월요일 발행합니다.",
])
def test_an_outlets_note_on_how_it_publishes_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "여울저널의 기사는 사실과 달랐다고 군은 밝혔다.",  # the text's past tense, about a story
    "군청의 소식지는 내년부터 온라인으로만 발행된다.",
    "그 기사는 내일 발행됩니다 라고 말했다.",
])
def test_a_sentence_about_publishing_is_text(line):
    assert not is_boilerplate(line)


# -- round 22: the conventions of Korean news pages in general, row by row (every name, outlet and address invented) --

# (a date line as a Korean CMS prints it under the headline, the publication date it gives)
DATE_LINES_22 = [
    ("입력 2026.11.03 09:30", "2026-11-03T09:30"),
    ("기사입력 : 2026-11-03 오전 9:30", "2026-11-03T09:30"),
    ("기사입력 2026-11-03 오후 3:05", "2026-11-03T15:05"),
    ("입력 2026.11.03 오후 12:05", "2026-11-03T12:05"),
    ("입력 2026.11.03 오전 12:10", "2026-11-03T00:10"),
    ("승인 2026.11.03", "2026-11-03"),
    ("기사승인 2026.11.03 09:30:12", "2026-11-03T09:30"),
    ("등록 2026-11-03 09:30", "2026-11-03T09:30"),
    ("등록일 2026.11.03", "2026-11-03"),
    ("송고시간 2026-11-03 09:30", "2026-11-03T09:30"),
    ("송고시간2026-11-03 09:30", "2026-11-03T09:30"),
    ("최종수정 2026.11.04 10:00 | 입력 2026.11.03 09:30", "2026-11-03T09:30"),
    ("수정 2026-11-04 10:00 입력 2026-11-03 09:30", "2026-11-03T09:30"),
    ("입력 2026.11.03(화) 09:30", "2026-11-03T09:30"),
    ("2026년 11월 3일 (화) 09:30", "2026-11-03T09:30"),
    ("입력 : 2026년 11월 03일(화) 09시 30분", "2026-11-03T09:30"),
    ("입력 26.11.03 09:30", "2026-11-03T09:30"),
    ("승인 26.11.03", "2026-11-03"),
    ("2026. 11. 3. 오전 9:30", "2026-11-03T09:30"),
    ("2026/11/03 09:30", "2026-11-03T09:30"),
    ("작성일 2026-11-03", "2026-11-03"),
    ("발행일 2026.11.03", "2026-11-03"),
    ("게재 일자 2026년 11월 3일", "2026-11-03"),
    ("기사전송 2026-11-03 09:30", "2026-11-03T09:30"),
    ("업데이트 2026.11.04 10:00 | 입력 2026.11.03 09:30", "2026-11-03T09:30"),
    ("나래온 기자 입력 2026.11.03 09:30", "2026-11-03T09:30"),
    ("나래온 기자 | 승인 2026.11.03 오후 4:20", "2026-11-03T16:20"),
    ("지면 2026년 11월 3일 A12면", "2026-11-03"),
    ("2026-11-03T09:30:00+09:00", "2026-11-03T09:30"),
    ("2026-11-03 09:30 KST", "2026-11-03T09:30"),
    ("송고 2026-11-03T09:30:00+09:00", "2026-11-03T09:30"),
    ("[2026-11-03 09:30]", "2026-11-03T09:30"),
    ("2026년 11월 3일 화요일 오후 3시 5분", "2026-11-03T15:05"),
    ("2026.11.03 15:05 | 조회 312", "2026-11-03T15:05"),
    ("2026.11.03 15:05 · 댓글 4 · 공감 12", "2026-11-03T15:05"),
]


@pytest.mark.parametrize("line, date", DATE_LINES_22)
def test_date_lines_of_korean_cmss_under_a_dumps_headline(line, date):
    ex = refine(extract_text("\n".join([HEADLINE, line, "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.published or "").startswith(date), ex.published


@pytest.mark.parametrize("line, date", DATE_LINES_22)
def test_date_lines_of_korean_cmss_under_a_pages_headline(line, date):
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1><div class='info'>{line}</div><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert (ex.published or "").startswith(date), ex.published


@pytest.mark.parametrize("line, date", [
    ("나래온 기자 naraeon@moa.example 2026.11.03 09:30", "2026-11-03T09:30"),
    ("입력 2026.11.03 09:30 / 나래온 기자", "2026-11-03T09:30"),
])
def test_a_date_after_the_text_dates_an_undated_dump(line, date):
    ex = refine(extract_text("\n".join([HEADLINE, "", PARA, "", PARA2, "", line]), "dump.txt"))
    assert (ex.published or "").startswith(date), ex.published


# an event's day in the text is no publication date
@pytest.mark.parametrize("text", [
    "시의회는 2026년 11월 3일 오후 2시 본회의를 열어 조례안을 처리한다.",
    "개정된 조례는 2026.11.03부터 시행된다.",
    "입찰 마감은 2026-11-03 18:00이다.",
])
def test_a_day_in_the_text_is_no_publication_date(text):
    ex = refine(extract_text("\n".join([HEADLINE, "", text + " " + PARA, "", PARA2]), "dump.txt"))
    assert ex.published is None, ex.published


# (a byline in any position and form, the writer)
BYLINES_22 = [
    ("나래온 기자", "나래온"),
    ("글 나래온", "나래온"),
    ("나래온 선임기자", "나래온"),
    ("나래온 전문기자", "나래온"),
    ("나래온 대기자", "나래온"),
    ("나래온 특파원", "나래온"),
    ("나래온 통신원", "나래온"),
    ("나래온 편집위원", "나래온"),
    ("나래온 기자 naraeon@moa.example", "나래온"),
    ("[모아일보=나래온 기자]", "나래온"),
    ("모아뉴스 나래온·여다온·도가람 기자", "나래온"),
    ("나래온 기자, 여다온 기자", "나래온"),
    ("나래온 기자 사진 여다온 기자", "나래온"),
    ("정치부 나래온 기자 naraeon@moa.example", "나래온"),
    ("나래온 인턴기자", "나래온"),
    ("나래온 수습기자", "나래온"),
    ("나래온 칼럼니스트", "나래온"),
    ("글 나래온 객원칼럼니스트", "나래온"),
    ("나래온 논설실장", "나래온"),
    ("나래온 논설주간", "나래온"),
]


@pytest.mark.parametrize("lede", ["(모아시=모아뉴스) 나래온 기자 = ", "[모아시=모아뉴스] 나래온 기자 = ", "【모아시=모아뉴스】 나래온 기자 = ",
                                  "(모아시=모아뉴스) 나래온 여다온 기자 = "])
def test_a_wire_ledes_reporter_and_press(lede):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2026.11.03 09:30", "", lede + PARA, "", PARA2]), "dump.txt"))
    assert ex.authors[:1] == ["나래온"] and ex.outlet == "모아뉴스" and ex.body.startswith(PARA[:10]), (ex.authors, ex.outlet)


@pytest.mark.parametrize("line, who", BYLINES_22)
def test_bylines_of_every_desk(line, who):
    found = credit_line(line)
    assert found is not None and found.author == who, found


@pytest.mark.parametrize("line, who", BYLINES_22)
def test_bylines_of_every_desk_as_a_dumps_last_line(line, who):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2026.11.03 09:30", "", PARA, "", PARA2, "", line]), "dump.txt"))
    assert ex.authors[:1] == [who], ex.authors
    assert line not in ex.body


@pytest.mark.parametrize("line, who", BYLINES_22)
def test_bylines_of_every_desk_under_a_pages_headline(line, who):
    ex = _page("<title>구도심 골목길 가로등 교체</title>",
               f"<h1>{HEADLINE}</h1><div class='byline'>{line}</div><div class='date'>입력 2026.11.03 09:30</div>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors[:1] == [who], ex.authors


# a quoted or named person is no byline
@pytest.mark.parametrize("line", [
    "나래온 교수는 \"골목이 밝아지면 범죄가 준다\"고 말했다.",
    "나래온 기자회견 열어 입장 밝혀",
    "모아시 출입기자단 간담회",
    "기자들의 질문이 이어졌다",
    "나래온 전 기자는 지난해 퇴사했다.",
    "사진 제공 모아시",
])
def test_lines_naming_someone_that_are_no_byline(line):
    assert credit_line(line) is None or credit_line(line).author is None


# (a copyright line in any of its shapes, the outlet it names)
COPYRIGHTS_22 = [
    ("Copyright ⓒ 모아일보 All rights reserved.", "모아일보"),
    ("<저작권자 © 모아일보, 무단 전재 및 재배포 금지>", "모아일보"),
    ("ⓒ 모아일보 무단전재-재배포 금지", "모아일보"),
    ("ⓒ모아일보 무단전재 및 재배포 금지", "모아일보"),
    ("(c) 2026 모아일보", "모아일보"),
    ("이 콘텐츠의 저작권은 모아일보에게 귀속됩니다.", "모아일보"),
    ("저작권자(c) 모아일보. 무단전재-재배포금지", "모아일보"),
    ("Copyrights ⓒ 모아일보 & moa.example, 무단 전재 및 재배포 금지", "모아일보"),
    ("Copyright © 2026 모아일보. All rights reserved.", "모아일보"),
    ("© 모아일보 (www.moa.example)", "모아일보"),
    ("[ⓒ 모아일보, 무단전재 및 재배포 금지]", "모아일보"),
    ("Copyright by 모아일보 Corp. All rights reserved.", "모아일보"),
    ("<ⓒ모아일보(https://moa.example), 무단전재 및 재배포금지>", "모아일보"),
    ("본 기사의 저작권은 모아일보에 있습니다", "모아일보"),
]


@pytest.mark.parametrize("line, outlet", COPYRIGHTS_22)
def test_copyright_lines_of_every_shape_name_the_outlet(line, outlet):
    assert outlet_from_copyright([line]) == outlet


@pytest.mark.parametrize("line, outlet", COPYRIGHTS_22)
def test_copyright_lines_of_every_shape_are_cut(line, outlet):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2026.11.03 09:30", "", PARA, "", PARA2, "", "나래온 기자", line]),
                             "dump.txt"))
    assert ex.outlet == outlet and line not in ex.body


# (a <title> with the site's name beside the headline, whatever the separator)
TITLE_SEPARATORS_22 = [
    f"{HEADLINE} | 모아일보",
    f"{HEADLINE} - 모아일보",
    f"{HEADLINE} : 모아일보",
    f"{HEADLINE} :: 모아일보",
    f"{HEADLINE} < 사회 < 기사본문 - 모아일보",
    f"{HEADLINE} - 사회 - 모아일보",
    f"모아일보 - {HEADLINE}",
    f"모아일보 | {HEADLINE}",
    f"{HEADLINE} ― 모아일보",
    f"{HEADLINE} ｜ 모아일보",
    f"{HEADLINE} │ 모아일보",
]


@pytest.mark.parametrize("title", TITLE_SEPARATORS_22)
def test_the_sites_name_beside_the_headline_in_the_title(title):
    ex = _page(f"<title>{title}</title>", f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == HEADLINE and ex.outlet == "모아일보", (ex.title, ex.outlet)


@pytest.mark.parametrize("title", TITLE_SEPARATORS_22)
def test_the_sites_name_beside_the_headline_in_og_title(title):
    ex = _page(f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='모아일보'>",
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == HEADLINE, ex.title


@pytest.mark.parametrize("tag", ["[단독]", "[포토]", "[속보]", "[기획]", "[르포]", "<인터뷰>"])
def test_a_story_tag_stays_in_the_title_and_names_no_outlet(tag):
    ex = _page(f"<title>{tag} {HEADLINE} - 모아일보</title>", f"<h1>{tag} {HEADLINE}</h1>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == f"{tag} {HEADLINE}" and ex.outlet == "모아일보", (ex.title, ex.outlet)


# (boilerplate a Korean article page prints around the text, by kind: share bars, font controls, related articles,
# reporter boxes, subscription and app prompts, copyright lines, ad slots, counters)
FURNITURE_22 = [
    "페이스북 트위터 카카오톡 카카오스토리 밴드 URL복사",
    "공유하기 닫기",
    "글자크기 설정 가장작게 작게 보통 크게 가장크게",
    "가 가 가 가 가",
    "기사 스크랩 프린트 메일보내기",
    "이 기사를 추천합니다",
    "기자 구독하기",
    "구독하고 매일 아침 뉴스레터 받기",
    "모아일보 앱에서 더 많은 기사를 보세요",
    "카카오톡 채널을 추가하세요",
    "본 기사의 저작권은 모아일보에 있습니다.",
    "무단 전재 및 재배포 금지",
    "AD",
    "[광고]",
    "댓글 0",
    "좋아요 12 싫어요 0",
    "모아일보 | 모아시 모아로 1 | Copyright (c) 모아일보",
    " | Copyright (c) ",
]
# (the reporter box's link named after the writer: the box is cut, its writer and address read)
# (the link alone too: the box heading ends the text, and the writer is read from it below the end)
@pytest.mark.parametrize("line", ["나래온 기자의 다른 기사 보기 · naraeon@moa.example", "나래온 기자의 다른 기사 보기",
                                  "나래온 특파원의 최신 기사 naraeon@moa.example", "나래온 기자 다른기사 보기"])
def test_the_reporter_boxs_link_named_after_the_writer(line):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2026.11.03 09:30", "", PARA, "", PARA2, "", line]), "dump.txt"))
    assert ex.authors == ["나래온"] and line not in ex.body and "다른" not in ex.body[-30:], (ex.authors, ex.body[-40:])
    assert ex.author_emails == (["naraeon@moa.example"] if "@" in line else [])


# (a box's heading that ends the article: what follows it is other stories)
END_BOXES_22 = ["관련기사", "많이 본 뉴스", "나래온 기자의 다른 기사 보기", "이 기자의 다른 기사"]


@pytest.mark.parametrize("line", [ln for ln in FURNITURE_22 if "저작권" not in ln and "무단" not in ln])
def test_page_furniture_of_every_kind_is_boilerplate(line):
    assert is_boilerplate(line), line


@pytest.mark.parametrize("line", FURNITURE_22)
@pytest.mark.parametrize("where", ["above", "below"])
def test_page_furniture_of_every_kind_is_cut_from_a_dump(line, where):
    lines = [HEADLINE, "입력 2026.11.03 09:30", "", PARA, "", PARA2, "", "나래온 기자"]
    lines.insert(2 if where == "above" else len(lines), line)
    ex = refine(extract_text("\n".join(lines), "dump.txt"))
    assert line not in ex.body and PARA2 in ex.body and ex.authors == ["나래온"], ex.body


@pytest.mark.parametrize("heading", END_BOXES_22)
def test_a_box_heading_ends_the_text_with_its_items(heading):
    ex = refine(extract_text("\n".join([HEADLINE, "입력 2026.11.03 09:30", "", PARA, "", PARA2, "", "나래온 기자", heading,
                                         "모아시 청년 창업 지원금 두 배로 늘린다", "모아군 농촌 빈집 정비 사업 시작"]), "dump.txt"))
    assert "빈집" not in ex.body and PARA2 in ex.body


@pytest.mark.parametrize("line", [
    "광고 시장이 얼어붙으면서 지역 신문사들의 매출도 줄었다.",
    "구독자들은 종이 신문보다 모바일 앱을 더 자주 찾는다고 답했다.",
    "시는 공유 자전거 200대를 추가로 배치한다.",
    "무단 투기가 늘어 단속을 강화한다.",
    "앱에서 신청하면 지원금을 받을 수 있다고 시는 설명했다.",
    "저작권은 창작자에게 있다는 판결이 나왔다.",
    "나래온 기자의 다른 기사들은 모두 지역 경제를 다뤘다.",
    "시장 | 군수 | 구청장 선거에서 저작권 공약이 나왔다.",
])
def test_sentences_about_such_things_are_text(line):
    assert not is_boilerplate(line), line


# the site's name only as the part its <title> and its og:title share ('모아일보 - 사회' / 'headline : 모아일보')
@pytest.mark.parametrize("tag, og", [("모아일보 - 사회", f"{HEADLINE} : 모아일보"), ("사회 | 모아일보", f"{HEADLINE} - 모아일보"),
                                     ("모아일보 :: 지역", f"모아일보 :: {HEADLINE}")])
def test_the_part_the_title_and_og_title_share_is_the_site(tag, og):
    ex = _page(f"<title>{tag}</title><meta property='og:title' content='{og}'>",
               f"<div class='subject'>{HEADLINE}</div><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == HEADLINE and ex.outlet == "모아일보", (ex.title, ex.outlet)


def test_titles_sharing_no_short_part_name_no_site():
    ex = _page(f"<title>{HEADLINE}</title><meta property='og:title' content='{HEADLINE}'>",
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.outlet is None


def test_the_author_and_address_a_json_ld_reference_points_to():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "%s", "author": {"@id": "#p1"},'
          ' "publisher": {"@id": "#org"}, "datePublished": "2026-11-03T09:30:00+09:00"}</script>'
          '<script type="application/ld+json">[{"@type": "Person", "@id": "#p1", "name": "나래온", "email": "naraeon@moa.example"},'
          ' {"@type": "NewsMediaOrganization", "@id": "#org", "name": "모아일보"}]</script>') % HEADLINE
    ex = _page(ld, f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["나래온"] and ex.author_emails == ["naraeon@moa.example"] and ex.outlet == "모아일보"


def test_a_zero_width_break_hint_is_no_part_of_the_headline(tmp_path):
    from builder.document import process
    from builder.inputs import Source, discover
    page = (f"<html><head><meta charset='utf-8'><title>{HEADLINE[:4]}\u200b{HEADLINE[4:]} - 모아일보</title></head>"
            f"<body><h1>{HEADLINE[:4]}\u200b{HEADLINE[4:]}</h1><p>입력 2026.11.03 09:30</p><p>{PARA}</p><p>{PARA2}</p></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    row = [process(s) for s in discover(tmp_path) if isinstance(s, Source)][0].article[0]
    assert row["title"] == HEADLINE


# a dump's masthead: a site name that reads like no outlet's, its menu row (cut as furniture) and its search box
@pytest.mark.parametrize("masthead", [
    ["모아등대 MOADEUNGDAE", "IT | 통신 | 보안 | 게임", "[검색어를 입력하세요]"],
    ["모아등대", "정치 | 경제 | 사회 | 문화", "검색어 입력"],
    ["모아등대 MOADEUNGDAE", "홈 | 뉴스 | 오피니언 | 포토", "통합검색"],
    ["모아등대", "전체 | 지역 | 교육 | 환경"],
])
def test_a_dumps_masthead_with_its_menu_and_search_box_above_the_headline(masthead):
    ex = refine(extract_text("\n".join([*masthead, "", HEADLINE, "", "기자 나래온", "", PARA, "", PARA2]), "dump.txt"))
    assert ex.title == HEADLINE and ex.authors == ["나래온"], (ex.title, ex.authors)
    assert not any(m in ex.body for m in masthead)


@pytest.mark.parametrize("line", ["[검색어를 입력하세요]", "검색어를 입력해 주세요", "통합검색", "Search"])
def test_a_search_box_is_furniture(line):
    assert is_boilerplate(line)


def test_a_sentence_about_searching_is_text():
    assert not is_boilerplate("검색어를 입력하면 관련 판례가 나온다고 법원은 설명했다.")


def test_a_title_of_the_site_alone_shares_it_with_the_og_title():
    ex = _page(f"<title>모아일보</title><meta property='og:title' content='{HEADLINE} | 모아일보'>",
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == HEADLINE and ex.outlet == "모아일보", (ex.title, ex.outlet)


@pytest.mark.parametrize("content", ["나래온 기자 naraeon@moa.example", "나래온 기자 (naraeon@moa.example)"])
def test_an_address_written_into_the_author_meta(content):
    ex = _page(f"<title>{HEADLINE}</title><meta name='author' content='{content}'>",
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["나래온"] and ex.author_emails == ["naraeon@moa.example"], (ex.authors, ex.author_emails)


def test_an_author_field_with_the_address_keeps_the_name():
    from builder.rules.ko.article import clean_authors
    assert clean_authors(["나래온 기자 naraeon@moa.example"], "모아일보") == ["나래온"]
    assert clean_authors(["naraeon@moa.example"], "모아일보") == []


@pytest.mark.parametrize("first", ["모아등대 MOADEUNGDAE", "모아등대 MOA DEUNGDAE"])
def test_a_first_line_of_a_one_word_name_and_its_capitals_is_the_sites(first):
    ex = refine(extract_text("\n".join([first, "", HEADLINE, "입력 2026.11.03 09:30", "", PARA, "", PARA2]), "dump.txt"))
    assert ex.title == HEADLINE and first not in ex.body


@pytest.mark.parametrize("first", [f"{HEADLINE} OLED", "모아전자, OLED 라인 증설에 4조원 투자한다"])
def test_a_headline_with_capitals_is_no_site_line(first):
    ex = refine(extract_text("\n".join([first, "입력 2026.11.03 09:30", "", PARA, "", PARA2]), "dump.txt"))
    assert ex.title == first


# -- a meta date in ISO 8601's basic format: no separators, the time after a 'T', the offset without a colon --
@pytest.mark.parametrize("value, iso", [
    ("20261103T093000+0900", "2026-11-03T09:30:00+09:00"),
    ("20261103T0930+09:00", "2026-11-03T09:30:00+09:00"),
    ("20261103T003000Z", "2026-11-03T00:30:00+00:00"),
    ("20261103T093000", "2026-11-03T09:30:00+09:00"),  # no offset: the outlet's zone
    ("20261103093000", "2026-11-03T09:30:00+09:00"),
    ("20261103", "2026-11-03"),
])
def test_a_compact_iso_date_keeps_its_time_and_offset(value, iso):
    from builder.dates import normalise
    assert normalise(value, "+09:00")[0] == iso


@pytest.mark.parametrize("value", ["20261399T093000+0900", "2026110", "20261103T9930"])
def test_a_compact_value_that_is_no_date_or_time_is_not_read_as_one(value):
    from builder.dates import normalise
    found = normalise(value, "+09:00")
    assert found is None or "T99" not in found[0]


# -- 5. a page's marked times, epoch times, a card's label/value pairs, a network handle (round 24) --

SIGNED_BODY = f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p><p>나래온 기자</p></div>"


@pytest.mark.parametrize("marks", [
    # Facebook Instant Articles: published first or second, the modified time printed too
    "<time class='op-published' datetime='2025-04-15T09:10:00+09:00'>2025년 4월 15일 오전 9:10</time>"
    "<time class='op-modified' datetime='2025-04-16T18:02:00+09:00'>2025년 4월 16일 오후 6:02</time>",
    "<time class='op-modified' datetime='2025-04-16T18:02:00+09:00'>2025년 4월 16일 오후 6:02</time>"
    "<time class='op-published' datetime='2025-04-15T09:10:00+09:00'>2025년 4월 15일 오전 9:10</time>",
    # WordPress / hAtom
    "<time class='entry-date published' datetime='2025-04-15T09:10:00+09:00'>4월 15일</time>"
    "<time class='updated' datetime='2025-04-16T18:02:00+09:00'>4월 16일</time>",
    "<abbr class='published' title='2025-04-15T09:10:00+09:00'>4월 15일</abbr>"
    "<abbr class='updated' title='2025-04-16T18:02:00+09:00'>4월 16일</abbr>",
    # HTML5's pubdate attribute beside a modified time
    "<time pubdate datetime='2025-04-15T09:10:00+09:00'>2025.04.15 09:10</time>"
    "<time class='date-modified' datetime='2025-04-16T18:02:00+09:00'>2025.04.16 18:02</time>",
    # a script fills the text from epoch seconds or milliseconds in a data attribute
    "<span class='date-published' data-timestamp='1744675800'></span><span class='modified' data-timestamp='1744794120'></span>",
    "<span class='pubdate' data-time='1744675800000'></span><span class='updated' data-time='1744794120000'></span>",
])
def test_a_marked_publication_time_wins_over_the_marked_modified_one(marks):
    ex = _page("<title>가로등</title>", marks + SIGNED_BODY)
    assert ex.published.startswith("2025-04-15"), ex.published


@pytest.mark.parametrize("head", [
    "<meta name='pubdate' content='1744675800'>",  # epoch seconds, 2025-04-15 09:10 KST (00:10 UTC)
    "<meta name='pubdate' content='1744675800000'>",  # milliseconds
    "<meta property='article:published_time' content='1744675800'><meta name='lastmod' content='1744794120'>",
    "<meta name='date' content='1744675800'>",
])
def test_an_epoch_publication_time_is_read_in_the_outlets_zone(head):
    ex = _page("<title>가로등</title>" + head, SIGNED_BODY)
    assert ex.published == "2025-04-15T09:10:00+09:00", ex.published


@pytest.mark.parametrize("value", ["20250415", "202504150910", "12345", "0744675800", "1744675800123456"])
def test_values_that_are_no_epoch_time_are_left_as_written(value):
    from builder.dates import from_epoch
    assert from_epoch(value, "+09:00") == value


@pytest.mark.parametrize("label, data", [
    ("작성자", "나래온 기자"), ("기자", "나래온"), ("글", "나래온 기자"), ("Written by", "나래온 기자"),
    ("필자", "나래온"), ("Author", "나래온 기자"),
])
def test_a_cards_writer_label_names_the_author(label, data):
    head = (f"<title>가로등</title><meta name='twitter:label1' content='{label}'>"
            f"<meta name='twitter:data1' content='{data}'>"
            "<meta name='twitter:label2' content='입력'><meta name='twitter:data2' content='2025-04-15 09:10'>")
    ex = _page(head, f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["나래온"] and ex.published.startswith("2025-04-15")


@pytest.mark.parametrize("label", ["읽는 시간", "Est. reading time", "분야", "조회수"])
def test_a_cards_other_labels_name_no_author(label):
    head = (f"<title>가로등</title><meta name='twitter:label1' content='{label}'>"
            "<meta name='twitter:data1' content='3분'>")
    ex = _page(head, f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == []


@pytest.mark.parametrize("title, footer", [
    ("<title>모아별통신</title>", "<footer>ⓒ 모아별통신. 무단 전재 및 재배포 금지</footer>"),
    ("<title>가로등 교체</title>", "<footer>Copyright © 모아별통신 All rights reserved.</footer>"),
    ("<title>가로등 교체</title>", "<footer>저작권자 © 모아별통신 무단전재 및 재배포금지</footer>"),
])
def test_a_network_handle_is_no_outlet_where_the_page_prints_its_name(title, footer):
    head = title + "<meta name='twitter:site' content='@moabyeol_news'><meta name='twitter:card' content='summary'>"
    ex = _page(head, SIGNED_BODY + footer)
    assert ex.outlet == "모아별통신", ex.outlet


# -- 6. notices and citation lines around a story: boilerplate; the story's own sentences about them are not --

NOTICES = [
    "[바로잡습니다]", "【정정보도】", "[정정 및 반론보도]", "<반론보도문>", "[추후보도]", "(정정합니다)", "[사과 및 정정]",
    "2025년 3월 4일자 「구립 체육관 착공 늦어져」 기사에서 사업비 '24억 원'은 '42억 원'의 잘못이기에 바로잡습니다. "
    "독자 여러분께 사과드립니다.",
    "본지는 지난 2월 7일자 2면 「모아시 하수처리장 악취 민원」 제목의 기사에서 처리장 가동률을 60%로 보도했으나 "
    "실제로는 80%이기에 바로잡습니다.",
    "본보는 지난 1월 12일 '모아건설, 협력사 대금 체불' 보도와 관련해 모아건설 측은 \"대금은 모두 지급했다\"고 알려왔습니다.",
    "모아방송은 지난 5일 방송에서 모아물산이 폐수를 무단 방류했다고 보도했습니다. 이에 대해 모아물산은 허가받은 시설로 "
    "처리했다고 알려왔습니다. 이 보도는 언론중재위원회의 조정에 따른 것입니다.",
    "이 보도는 언론중재위원회의 조정에 따른 것입니다.",
    "지난 3일자 「모아시장 선거」 기사 중 후보 득표율이 잘못 표기돼 정정합니다.",
    "인용하기: 나래온, 「구도심 골목길 가로등 교체」, 모아학술신문, 2025.",
    "이 기사 인용하기 : 나래온(2025). 구도심 골목길 가로등 교체. 모아학술신문.",
    "Cite this article: Naraeon, 'Streetlights replaced', Moa Science Weekly, 2025.",
]
NOT_NOTICES = [
    # the story's own sentences: plain 해라체, or a notice quoted in a sentence that goes on
    "시는 지난 보도와 관련해 \"사실과 다르다\"고 밝혔다.",
    "모아건설은 보도에서 대금을 모두 지급했다고 알려왔다.",
    "나래온 대표는 \"기사에서 잘못된 부분을 바로잡습니다\"라고 말했다.",
    "언론중재위원회는 지난해 정정보도 청구 건수가 1천200건으로 늘었다고 밝혔다.",
    "정정보도 청구가 받아들여졌다.",
    "인용 보도가 잇따르자 시는 해명 자료를 냈다.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_notices_and_citation_lines_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", NOT_NOTICES)
def test_a_storys_sentences_about_corrections_are_not(line):
    assert not is_boilerplate(line)


def test_a_correction_box_above_the_story_is_dropped_and_the_story_kept():
    box = ("<div class='correction'><strong>[바로잡습니다]</strong><p>" + NOTICES[7] + "</p><p>2025.03.07 10:15</p></div>")
    ex = _page(f"<title>{HEADLINE}</title>", box + SIGNED_BODY)
    assert "바로잡습니다" not in "\n".join(ex.body_lines) and ex.body_lines[0].startswith(PARA[:10])


# -- 7. print pages, their clippings and archives: nameplate, issue date, dateline place, 국한문 (round 24) --

CLIP_TEXT = [PARA, "", PARA2]


@pytest.mark.parametrize("plate, head, outlet", [
    ("모 아 일 보                    MOA ILBO", "1999년 4월 17일 토요일   제8742호        (3)", "모아일보"),
    ("모 아 신 문", "1999년 4월 17일 (토)  제8742호  3면", "모아신문"),
    ("모아일보     THE MOA ILBO", "1999.04.17 토요일 A3", "모아일보"),
    ("모 아 경 제 신 문", "1999년 4월 17일 제 12,345 호 (3)", "모아경제신문"),
])
def test_a_clippings_nameplate_over_its_date_line_names_the_paper_not_the_headline(plate, head, outlet):
    text = "\n".join([plate, head, "─" * 40, "", HEADLINE, "", "【모아=나래온기자】 " + PARA, "", PARA2])
    ex = refine(extract_text(text, "clip_ocr.txt"))
    assert (ex.title, ex.outlet, ex.authors) == (HEADLINE, outlet, ["나래온"])
    assert ex.published.startswith("1999-04-17")


@pytest.mark.parametrize("plate", ["모 아 시 청", "구 도 심 골 목", "오늘의 날씨"])
def test_a_spaced_line_that_is_no_paper_is_no_nameplate(plate):
    from builder.rules.ko.article import nameplate
    assert nameplate(plate) is None


@pytest.mark.parametrize("lede", ["【솔내=나래온기자】 ", "【솔내=나래온 기자】 ", "〔솔내=나래온기자〕 ", "【淸原=河泰植기자】 "])
def test_a_print_datelines_word_before_the_equals_is_a_place(lede):
    ex = refine(extract_text("\n".join([HEADLINE, "1996.10.12 09:30", "", lede + PARA, "", PARA2]), "dump.txt"))
    assert ex.outlet is None and len(ex.authors) == 1 and ex.authors[0] in ("나래온", "河泰植")


@pytest.mark.parametrize("head, published", [
    ("<div class='archive-head'><b>모아新報</b> 옛 신문 보기 | 1996년 10월 12일 (土) 제7면 社會</div>", "1996-10-12"),
    ("<div class='paper'>모아일보 지면보기 1996.10.12 A7면</div>", "1996-10-12"),
    ("<p>1996년 10월 12일자 7면</p>", "1996-10-12"),
])
def test_a_print_storys_issue_and_page_date_it(head, published):
    ex = _page("<title>모아新報 옛 신문 보기</title>",
               head + f"<h3>{HEADLINE}</h3><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert (ex.published or "").startswith(published), ex.published


def test_a_date_with_a_number_that_is_no_page_is_no_issue_date():
    from builder.rules.ko.article import print_issue_date
    assert print_issue_date(["1996년 10월 12일 7명이 참석했다"]) is None
    assert print_issue_date(["1996년 10월 12일 (土) 제7면"]) == "1996-10-12"


@pytest.mark.parametrize("line, outlet", [
    ("원문은 종이 신문에 실렸다. 저작권 ⓒ 모아新報 · 자료실 archive@moa.example", "모아新報"),
    ("저작권 ⓒ 嶺湖日報 · 무단 전재 금지", "嶺湖日報"),
    ("ⓒ 모아일보 · 무단 전재 및 재배포 금지", "모아일보"),
])
def test_a_copyright_line_naming_a_paper_in_hanja_or_before_a_dot(line, outlet):
    assert outlet_from_copyright([line]) == outlet


# -- 8. a dump's toolbars of boxed buttons, a closing note naming the outlet, bylines between slashes (round 24) --

@pytest.mark.parametrize("line", [
    "[프린트] [메일] [스크랩] 가 가", "[ 페이스북 ] [ 엑스 ] [ 밴드 ] [ URL 복사 ]", "【인쇄】【메일】【스크랩】",
    "<페이스북> <X> <링크 복사>", "[인쇄하기] | [목록] | [댓글 3]", "(인쇄) (공유)", "[카카오톡] [페이스북] [링크드인]",
])
def test_rows_of_boxed_buttons_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["[속보] 모아시 가로등 400개 교체", "[사진] 모아시청 전경", "[인터뷰] 나래온 모아시장",
                                  "X 기자가 취재했다."])
def test_a_tag_before_words_is_no_toolbar(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line, outlet", [
    ("<모아로앤 무단전재·재배포 금지>", "모아로앤"),
    ("[모아로앤, 무단 전재 및 재배포 금지]", "모아로앤"),
    ("〈모아로앤 무단 복제 금지〉", "모아로앤"),
    ("<저작권자(c) 모아로앤, 무단 전재-재배포 금지>", "모아로앤"),
    ("<기사 무단 전재 금지>", None), ("(본 기사 무단 전재 금지)", None), ("<무단전재 금지>", None),
])
def test_a_closing_note_in_brackets_names_the_outlet_before_it(line, outlet):
    assert outlet_from_copyright([line]) == outlet


def test_a_dumps_menu_line_names_the_site_its_footer_prints_again():
    text = "\n".join(["모아로앤 | 학교 | 법원 | 진학 | 칼럼", "", HEADLINE, "", "나래온 기자", "",
                      "[프린트] [메일] [스크랩] 가 가", "", PARA, "", PARA2, "", "<모아로앤 무단전재·재배포 금지>"])
    ex = refine(extract_text(text, "dump.txt"))
    assert (ex.title, ex.outlet, ex.authors) == (HEADLINE, "모아로앤", ["나래온"])
    assert "프린트" not in ex.body and "무단전재" not in ex.body


@pytest.mark.parametrize("lede, outlet", [
    ("/모아바다일보 나래온 기자/ ", "모아바다일보"), ("/나래온 기자/ ", None), ("<모아바다일보 나래온 기자> ", "모아바다일보"),
    ("〈나래온 기자〉 ", None), ("《모아바다일보 나래온 기자》 ", "모아바다일보"),
])
def test_a_byline_between_slashes_or_angle_brackets_opening_the_text(lede, outlet):
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><div class='date'>입력 2025.04.15 09:30</div>"
               f"<div class='article'><p>{lede}{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["나래온"] and ex.body.startswith(PARA[:10])
    if outlet:
        assert ex.outlet == outlet


@pytest.mark.parametrize("lede", ["/ 2025년 예산안 / ", "<모아시 가로등> "])
def test_slashes_or_brackets_around_no_reporter_are_no_byline(lede):
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><div class='article'><p>{lede}{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == []


# -- 9. a headline set as an image, a web story's own declarations, a blog's scrap cited under its quotation --

@pytest.mark.parametrize("holder", [
    "<div class='title-banner'><img src='t.png' alt='{h}'></div>",
    "<div class='news_title'><img src='t.png' alt='{h}'></div>",
    "<p class='headline'><img src='t.png' alt='{h}'></p>",
])
def test_a_headline_set_as_an_image_is_read_by_its_alt_text(holder):
    ex = _page("<title>모아가람신문</title>",
               "<header><img src='logo.png' alt='모아가람신문'></header>" + holder.format(h=HEADLINE)
               + f"<div class='article'><p>{PARA}</p><p>{PARA2}</p><p>나래온 기자</p></div><footer>ⓒ 모아가람신문</footer>")
    assert ex.title == HEADLINE


def test_a_logo_image_is_no_headline():
    ex = _page(f"<title>{HEADLINE} - 모아가람신문</title>",
               "<div class='logo'><img src='logo.png' alt='모아가람신문 로고 이미지입니다'></div>"
               f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.title == HEADLINE


@pytest.mark.parametrize("title", [f"{HEADLINE} | 웹스토리", "웹스토리"])
def test_a_web_storys_publisher_is_its_outlet(title):
    story = (f"<amp-story standalone title='{HEADLINE}' publisher='모아은하경제' publisher-logo-src='l.png'>"
             f"<amp-story-page id='c1'><amp-story-grid-layer><h1>{HEADLINE}</h1><p>나래온 기자 · 2025.04.15 09:30</p>"
             f"</amp-story-grid-layer></amp-story-page><amp-story-page id='c2'><amp-story-grid-layer><p>{PARA}</p>"
             f"</amp-story-grid-layer></amp-story-page><amp-story-page id='c3'><amp-story-grid-layer><p>{PARA2}</p>"
             "</amp-story-grid-layer></amp-story-page></amp-story>")
    ex = _page(f"<title>{title}</title>", story)
    assert ex.outlet == "모아은하경제" and ex.title == HEADLINE


@pytest.mark.parametrize("cite, published", [
    ("출처: 모아별내뉴스 2025년 4월 15일자 「{h}」 (https://www.moa.example/news/1)", "2025-04-15"),
    ("출처 : 모아별내뉴스 2025.04.15 '{h}' https://www.moa.example/news/1", "2025-04-15"),
    ("출처: 모아별내뉴스 「{h}」", None),
    ("기사 출처: 모아별내뉴스, 2025-04-15, <https://www.moa.example/news/1>", "2025-04-15"),
])
def test_a_scrap_cited_under_its_quotation_is_the_articles(cite, published):
    page = ("<div class='category'>퍼온 기사</div><h1>[스크랩] " + HEADLINE + "</h1>"
            "<div class='entry-content'><p>우리 마을 소식이라 옮겨 둡니다. 산책길이 환해져서 반갑네요.</p>"
            f"<blockquote><p>{PARA}</p><p>{PARA2}</p><p>나래온 기자</p></blockquote>"
            f"<p class='source'>{cite.format(h=HEADLINE)}</p></div>"
            "<div class='another_category'><h4>'퍼온 기사' 카테고리의 다른 글</h4><ul><li>모아천 산책로 조명 설치</li></ul></div>")
    ex = _page("<title>[스크랩] 가로등 :: 모아산책 기록장</title><meta property='og:site_name' content='모아산책 기록장'>"
               "<meta property='article:published_time' content='2025-04-17T22:05:13+09:00'><meta name='by' content='산책러'>",
               page)
    assert ex.outlet == "모아별내뉴스" and ex.authors == ["나래온"] and ex.title == HEADLINE
    assert (ex.published or "")[:10] == (published or "")  # the citation's date, never the re-post's
    assert "옮겨 둡니다" not in ex.body and "카테고리" not in ex.body and "출처" not in ex.body


def test_a_blockquote_in_a_storys_own_text_makes_no_scrap():
    ex = _page(f"<title>{HEADLINE} - 모아일보</title><meta property='og:site_name' content='모아일보'>",
               f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><blockquote>시민의 목소리를 듣겠다</blockquote>"
               f"<p>{PARA2}</p><p>출처: 모아시청</p><p>나래온 기자</p></div>")
    assert ex.outlet == "모아일보" and PARA2[:10] in ex.body


# -- 10. a newsletter laid out in one table cell, and its sender row (round 24) --

@pytest.mark.parametrize("row, outlet", [
    ("모아타임스 | 모아시 중앙로 41 | 문의 letter@moatimes.example", "모아타임스"),
    ("모아일보 · 모아시 시청로 12-3 · 대표전화 02-000-0000", "모아일보"),
    ("모아뉴스 | 모아구 큰길 7 3층 | 제보 tip@moanews.example | 수신거부", "모아뉴스"),
])
def test_a_sender_row_is_boilerplate_and_names_the_outlet(row, outlet):
    from builder.rules.ko.article import outlet_from_legal_footer
    assert is_boilerplate(row) and outlet_from_legal_footer([row]) == outlet


@pytest.mark.parametrize("line", ["시는 중앙로 41 일대 도로를 넓힌다 | 2025년 완공", "모아시 | 중앙로 41 | 공사 중",
                                  "나래온 대표는 모아시 중앙로 41에 가게를 열었다고 밝혔다."])
def test_a_line_naming_a_street_is_no_sender_row(line):
    assert not is_boilerplate(line)


def test_a_letter_laid_out_in_one_table_cell_is_read_block_by_block():
    letter = ("<table><tr><td><p>모아 아침편지 · 2025년 4월 16일 수요일 · 제12호</p>"
              "<p>구독자님, 안녕하세요. 이번 호는 가로등 소식으로 엽니다.</p>"
              f"<h1>{HEADLINE}</h1><p>나래온 기자 · 2025.04.15 17:42</p><p>{PARA}</p><p>{PARA2}</p>"
              "<p>나래온 기자 naraeon@moatimes.example</p><hr><p>이 메일은 모아타임스 뉴스레터 수신에 동의하신 분께 발송됩니다. "
              "더 이상 받지 않으려면 <a href='u'>수신거부</a>를 눌러 주세요.<br>"
              "모아타임스 | 모아시 중앙로 41 | 문의 letter@moatimes.example</p></td></tr></table>")
    ex = _page("", letter)
    assert ex.title == HEADLINE and ex.authors == ["나래온"] and ex.outlet == "모아타임스"
    assert ex.body_lines[0].startswith(PARA[:10]) and ex.body_lines[-1].endswith(PARA2[-10:])


# -- 11. the outlet in an unbracketed closing note or a slogan masthead; a signature after the text, date first --

@pytest.mark.parametrize("line, outlet", [
    ("모아솔길일보 무단 전재 및 재배포 금지", "모아솔길일보"), ("모아솔길일보 무단전재 및 재배포금지", "모아솔길일보"),
    ("모아솔길일보, 무단 복제 금지", "모아솔길일보"),
    ("기사 무단 전재 금지", None), ("시민단체 무단 전재 반대", None), ("무단전재 금지", None),
])
def test_an_unbracketed_closing_note_names_the_outlet(line, outlet):
    assert outlet_from_copyright([line]) == outlet


@pytest.mark.parametrize("plate", ["모아나루 - 의약·헬스케어 전문 매체", "모아나루 | 바이오 산업의 모든 것", "모아나루 : 의료 전문 매체"])
def test_a_dumps_masthead_with_a_slogan_names_the_site_the_footer_prints(plate):
    text = "\n".join([plate, "뉴스 | 신약 | 병원 | 헬스케어 | 제도 | 사람 | 로그인", "", HEADLINE, "", "나래온 기자", "",
                      PARA, "", PARA2, "", "모아나루 | 솔내시 중앙로 | 등록번호 | Copyright 2025 MOANARU"])
    ex = refine(extract_text(text, "dump.txt"))
    assert (ex.title, ex.outlet) == (HEADLINE, "모아나루")


@pytest.mark.parametrize("foot", ["2025/04/15 15:04 · 선우하랑 기자", "2025.04.15 15:04 | 나래온 기자", "나래온 기자 · 2025.04.15 15:04",
                                  "2025-04-15 15:04 나래온 기자"])
def test_a_signature_only_under_the_text_names_the_author(foot):
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p></div><div class='view-foot'>{foot}</div>"
               "<footer>ⓒ 모아일보</footer>")
    assert ex.authors and ex.authors[0] in ("나래온", "선우하랑") and ex.published.startswith("2025-04-15")


def test_a_commenters_name_and_date_under_the_text_is_no_signature():
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p></div>"
               "<div class='comments'><p>2025.04.16 10:00 · 나래온</p><p>좋은 소식이네요</p></div>")
    assert ex.authors == []


@pytest.mark.parametrize("line", ["- 입력 2025.04.15 09:30", "- 댓글 0", "· 조회수 12", "• 수정 2025-04-16 10:00",
                                  "- 2025.04.15 09:30", "- 공유하기"])
def test_an_info_lists_bulleted_field_is_furniture(line):
    from builder.rules.ko.article import _bulleted_field
    assert _bulleted_field(line)


@pytest.mark.parametrize("line", ["- 2025년 4월 15일 접수 시작", "- 가로등 400개 교체", "- 4월 15일: 설명회",
                                  "- 시는 2025.04.15 09:30부터 접수를 받는다고 밝혔다."])
def test_a_bulleted_item_of_the_text_is_no_field(line):
    from builder.rules.ko.article import _bulleted_field
    assert not _bulleted_field(line)


def test_a_pages_info_list_above_the_text_is_dropped():
    ex = _page(f"<title>{HEADLINE}</title>",
               f"<h1>{HEADLINE}</h1><ul class='info'><li>입력 2025.04.15 09:30</li><li>댓글 0</li></ul>"
               f"<div class='article'><p>{PARA}</p><p>{PARA2}</p><p>나래온 기자</p></div>")
    assert ex.body_lines[0].startswith(PARA[:10]), ex.body_lines[:2]


@pytest.mark.parametrize("ld", ['"datePublished": 1744675800', '"datePublished": "1744675800"', '"datePublished": 1744675800000'])
def test_an_epoch_in_json_ld_is_read_in_the_outlets_zone(ld):
    head = f'<title>가로등</title><script type="application/ld+json">{{"@type": "NewsArticle", {ld}}}</script>'
    ex = _page(head, SIGNED_BODY)
    assert ex.published == "2025-04-15T09:10:00+09:00", ex.published


@pytest.mark.parametrize("text, published", [
    ("2027-03-04 19:45 KST · Published Mar. 4, 2027", "2027-03-04T19:45:00+09:00"),  # the English half of one dateline
    ("Posted Mar. 4, 2027 | Updated 2027-03-04 21:10", "2027-03-04"),  # the same day's time is the update's: not taken
    ("Posted Mar. 4, 2027 · 2027-03-05 08:00 조간", "2027-03-04"),  # another day's time
])
def test_an_english_month_date_takes_its_time_only_from_the_same_days_korean_date(text, published):
    assert printed_dates(text)[0] == published


# -- round 29: a dump's date line with its counters; a dateline cell naming its press; a masthead's slogan after any
# dash; a dateline bracket with the press first; a broadcast script's reporter named only in speech --

@pytest.mark.parametrize("line, published", [
    ("2027.03.04 (목) 10:12   조회 1,382", "2027-03-04T10:12:00+09:00"),  # the row's cells kept apart by spaces
    ("2027-03-04 10:12  조회수 12  댓글 3", "2027-03-04T10:12:00+09:00"),
    ("2027.03.04(목) 10:12 ㅣ 조회 1382", "2027-03-04T10:12:00+09:00"),
    ("2027년 3월 4일 목요일 오전 10시 12분 조회수 1382회", "2027-03-04T10:12:00+09:00"),
    ("[2027-03-04 10:12] 조회 5", "2027-03-04T10:12:00+09:00"),
    ("2027.03.04 (목) 10:12 | 조회 1,382 | 추천 4", "2027-03-04T10:12:00+09:00"),
])
def test_a_date_line_with_the_pages_counters_is_a_date_line(line, published):
    from builder.rules.ko.article import _date_line, _iso
    assert (m := _date_line(line)) and _iso(m) == published


@pytest.mark.parametrize("line", [
    "2027.03.04 (목) 10:12 조회 요청이 잇따랐다",  # a sentence goes on after the date
    "2027.03.04 10:12 조회수 조작 의혹",  # a counter's word with no figure
    "2027.03.04 10:12 모아구 조회 12건",  # words between the date and the counter
])
def test_a_date_followed_by_words_is_no_date_line(line):
    from builder.rules.ko.article import _date_line
    assert _date_line(line) is None


@pytest.mark.parametrize("dateline", [
    "2027.03.04 (목) 10:12   조회 1,382", "2027-03-04 10:12  조회수 12  댓글 3", "입력 2027.03.04 (목) 10:12   조회 1,382",
    "등록 2027.03.04 10:12 · 조회수 55", "승인 2027.03.04 10:12", "송고 2027.03.04 10:12 조회 3",
    "기사승인 2027.03.04 (목) 10:12 | 조회 1,382 | 댓글 0",
])
def test_a_dumps_date_line_under_its_headline_dates_the_article(dateline):
    text = "\n".join(["모아경제 | 금융 | 증권 | 부동산", "", HEADLINE, "", dateline, "", "온새결 기자", "", PARA, "", PARA2])
    ex, _lang, _rules = refined(extract_text(text, "dump.txt"))
    assert ex.published == "2027-03-04T10:12:00+09:00", ex.published


@pytest.mark.parametrize("cell", ["[모아일보] 2027-03-04 15:05", "모아일보 | 2027.03.04 15:05", "【모아뉴스】 2027.03.04 (목) 15:05",
                                  "모아일보 2027-03-04 15:05"])
def test_a_dateline_cell_naming_its_press_beside_the_headline_dates_the_article(cell):
    ex = _page("<title>모아 - 뉴스</title>",
               f"<table><tr><td class='subject'>{HEADLINE}</td></tr><tr><td class='date'>{cell}</td></tr>"
               f"<tr><td class='content'>{PARA}<br><br>{PARA2}<br><br>온새결 기자</td></tr></table>")
    assert ex.published == "2027-03-04T15:05:00+09:00", ex.published


@pytest.mark.parametrize("cell", ["[단독] 2027-03-04 15:05 공개", "모아 대표 2027-03-04 15:05 사임"])
def test_a_cell_with_a_date_among_words_beside_the_headline_does_not_date_the_article(cell):
    ex = _page("<title>모아 - 뉴스</title>",
               f"<table><tr><td class='subject'>{HEADLINE}</td></tr><tr><td class='info'>{cell}</td></tr>"
               f"<tr><td class='content'>{PARA}<br><br>{PARA2}<br><br>온새결 기자</td></tr></table>")
    # Not a dateline: the cell gives no date and time. The whole-page date search may still find the day (it once
    # seemed to give none only because it dropped dates after the day the test ran).
    assert not (ex.published or "").startswith("2027-03-04T"), ex.published


@pytest.mark.parametrize("plate", ["모아나루 ― 섬과 바다의 소식", "모아나루 — 섬과 바다의 소식", "모아나루 ─ 섬과 바다의 소식",
                                   "모아나루 ~ 섬과 바다의 소식", "모아나루 / 섬과 바다의 소식"])
def test_a_dumps_masthead_with_a_slogan_after_any_dash_is_no_headline(plate):
    text = "\n".join([plate, "[ 홈 ] [ 수산 ] [ 섬마을 ] [ 사람들 ]", "", HEADLINE, "",
                      "기사입력 : 2027년 03월 04일 (목) 09:30 | 최종수정 : 2027년 03월 04일 (목) 11:15", "", "온새결 기자", "",
                      PARA, "", PARA2, "", "<ⓒ모아나루 무단전재 및 재배포금지>"])
    ex = refine(extract_text(text, "dump.txt"))
    assert ex.title == HEADLINE, ex.title


def test_a_headline_with_a_dash_between_clauses_stays_the_headline():
    headline = "구도심 골목길 가로등 교체 ― 밤길 순찰도 늘린다"
    text = "\n".join([headline, "", "온새결 기자", "", PARA, "", PARA2])
    ex = refine(extract_text(text, "dump.txt"))
    assert ex.title == headline, ex.title


@pytest.mark.parametrize("byline, author", [
    ("[모아뉴스=신안] 온새결 기자", "온새결"),  # the press first, then the place
    ("(모아일보=부산) 온새결 기자", "온새결"),
    ("【모아신문=광주】 온새결·하누리 기자", "온새결"),
    ("[신안=모아뉴스] 온새결 기자", "온새결"),  # the wire's way round, alone on its line
    ("<모아통신=대전> 온새결 특파원", "온새결"),
])
def test_a_dateline_bracket_then_the_reporter_under_the_date_line_names_the_author(byline, author):
    text = "\n".join(["모아나루 | 뉴스 | 사람들", "", HEADLINE, "",
                      "기사입력 : 2027년 03월 04일 (목) 09:30 | 최종수정 : 2027년 03월 04일 (목) 11:15", "", byline, "",
                      PARA, "", PARA2])
    ex = refine(extract_text(text, "dump.txt"))
    assert ex.authors[:1] == [author], ex.authors


@pytest.mark.parametrize("line", [
    "[사진=모아뉴스] 온새결 기자",  # a picture's credit in brackets, then a name: no dateline
    "[정리=모아일보] 온새결 기자",
    "[모아뉴스=신안] 온새결 기자회견에서 군수는 말했다",  # the text goes on: no reporter closes the line
    "[모아뉴스=신안] 군은 올해 축제를 연다",
])
def test_a_bracket_that_is_no_dateline_names_no_reporter_by_the_dateline_rules(line):
    from builder.rules.ko.article import BYLINES
    rules = {name: pattern for name, _where, pattern, _strip in BYLINES}
    assert not any(rules[name].search(line) for name in ("outlet_place_then_reporter", "dateline_then_reporter"))


BROADCAST_LEDE = "구도심 골목길 가로등 교체 공사가 오늘 시작됐습니다. 주민들은 밤길이 밝아진다며 반겼습니다."
BROADCAST_END = "시는 공사를 가을 안에 마칠 계획입니다."


@pytest.mark.parametrize("handover", ["온새결 기자가 보도합니다.", "온새결 기자가 전해 드립니다.", "온새결 기자의 보도입니다.",
                                      "온새결 특파원이 취재했습니다.", "온새결 기자가 현장에 나가 있습니다."])
def test_the_reporter_the_anchor_hands_over_to_writes_a_broadcast_script(handover):
    ex = _page("<title>다울방송 뉴스</title>",
               f"<h1>{HEADLINE}</h1><p>입력 2027-03-04 20:31</p><div class='script'><p>◀ 앵커 ▶</p>"
               f"<p>{BROADCAST_LEDE} {handover}</p><p>◀ 리포트 ▶</p><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == ["온새결"], ex.authors


@pytest.mark.parametrize("signoff", ["다울방송 뉴스 온새결입니다.", "다울뉴스 온새결입니다.", "다울방송 온새결 기자입니다.",
                                     "지금까지 시청 앞에서 다울방송 뉴스 온새결입니다."])
def test_the_reporter_who_signs_off_after_the_last_sentence_writes_a_broadcast_script(signoff):
    ex = _page("<title>다울방송 뉴스</title>",
               f"<h1>{HEADLINE}</h1><p>입력 2027-03-04 20:31</p><div class='script'><p>◀ 앵커 ▶</p>"
               f"<p>{BROADCAST_LEDE}</p><p>◀ 리포트 ▶</p><p>{PARA}</p><p>{BROADCAST_END} {signoff}</p>"
               "<p>(영상취재: 하누리 / 영상편집: 마루솔)</p></div>")
    assert ex.authors == ["온새결"], ex.authors


@pytest.mark.parametrize("sentence", [
    "온새결 기자가 보도한 내용은 사실과 달랐습니다.",  # the reporter's report told of, no hand-over
    "시청 대변인이 보도합니다.",  # no reporter's title
    "모아일보가 보도합니다.",  # a press, not a reporter
])
def test_a_sentence_like_a_hand_over_names_no_reporter(sentence):
    ex = _page("<title>다울방송 뉴스</title>",
               f"<h1>{HEADLINE}</h1><p>입력 2027-03-04 20:31</p><div class='script'>"
               f"<p>{BROADCAST_LEDE} {sentence}</p><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.authors == [], ex.authors


# -- a byline printed only in the article's foot, its name perhaps in an element of its own --

@pytest.mark.parametrize("foot, email", [
    ("<p>글 <b>온새결</b> 기자 &lt;saegyeol@moa.example&gt;</p>", "saegyeol@moa.example"),
    ("<p><strong>온새결</strong> 기자 saegyeol@moa.example</p>", "saegyeol@moa.example"),
    ("<p>온새결 기자 (saegyeol@moa.example)</p>", "saegyeol@moa.example"),
    ("<p>/온새결 기자</p>", None),
    ("<p>취재 <a href='/r/1'>온새결</a> 기자</p>", None),
])
def test_a_byline_only_in_the_articles_foot_names_the_author(foot, email):
    ex = _page("<title>모아농민신문 :: 기사 보기</title><meta property='og:site_name' content='모아농민신문'>",
               f"<article><h2>{HEADLINE}</h2><p>{PARA}</p><p>{PARA2}</p><footer class='art-foot'>{foot}"
               "<p>ⓒ 모아농민신문 · 무단전재 및 재배포 금지</p></footer></article>")
    assert ex.authors == ["온새결"], ex.authors
    assert email is None or ex.author_emails == [email], ex.author_emails


@pytest.mark.parametrize("foot", [
    "<p>사진 <b>온새결</b> 기자</p>",  # a picture's credit: no writer
    "<p>온새결 기자의 다른 기사 보기</p>",  # a link to the reporter's page
    "<p>이 기사를 쓴 기자에게 제보하기</p>",
])
def test_a_line_under_the_text_that_is_no_credit_names_no_author(foot):
    ex = _page("<title>모아농민신문 :: 기사 보기</title><meta property='og:site_name' content='모아농민신문'>",
               f"<article><h2>{HEADLINE}</h2><p>{PARA}</p><p>{PARA2}</p><footer class='art-foot'>{foot}</footer></article>")
    assert ex.authors == [], ex.authors


# -- a source row under the headline whose press stands in an element of its own --

@pytest.mark.parametrize("row", ["<p><strong>모아데이터뉴스</strong> | 온새결 기자 | 2027.03.04</p>",
                                 "<p><b>모아데이터뉴스</b> · 2027.03.04 · 온새결 기자</p>",
                                 "<p><a href='/'>모아데이터뉴스</a> | 2027-03-04 09:30 | 온새결 기자</p>"])
def test_a_source_row_with_the_press_in_its_own_element_names_the_outlet(row):
    ex = _page("<title>analysis_final</title>",
               f"<main><h1>{HEADLINE}</h1>{row}<p>{PARA}</p><p>{PARA2}</p></main>")
    assert ex.outlet == "모아데이터뉴스", ex.outlet


def test_a_section_in_its_own_element_beside_the_date_is_no_outlet():
    ex = _page("<title>analysis_final</title>",
               f"<main><h1>{HEADLINE}</h1><p><strong>사회</strong> | 2027.03.04</p><p>{PARA}</p><p>{PARA2}</p></main>")
    assert ex.outlet != "사회", ex.outlet


# -- a writer's address in script data beside the writer's name --

@pytest.mark.parametrize("key", ["writerEmail", "author_email", "reporterMail", "authorEmail"])
def test_a_writers_address_beside_the_writers_name_in_script_data_is_read(key):
    from builder.extract.scripted import _beside
    found = _beside([{"title": HEADLINE, "writer": "온새결", key: "saegyeol@moa.example", "date": "2027-03-04"}])
    assert found.get("emails") == ["saegyeol@moa.example"], found


@pytest.mark.parametrize("key", ["contactEmail", "editorEmail", "siteMail"])
def test_an_address_of_no_writer_in_script_data_is_not_the_writers(key):
    from builder.extract.scripted import _beside
    found = _beside([{"title": HEADLINE, "writer": "온새결", key: "desk@moa.example", "date": "2027-03-04"}])
    assert "emails" not in found, found


# -- a date under the label a broadcaster's page gives it: the day the story went on air --
# (the convention: a Korean page names which date it prints by a label; a broadcaster's says 방송/방영, and the
# label may carry 일, 일시 or 일자, a colon and the weekday after the date)

@pytest.mark.parametrize("line, published", [
    ("방송일 : 2027-03-04 (목) | 나래온 기자", "2027-03-04"),
    ("방송일시 2027.03.04 19:40", "2027-03-04T19:40:00+09:00"),
    ("방송 일자: 2027년 3월 4일", "2027-03-04"),
    ("방영일 2027.03.04 (목)", "2027-03-04"),
    ("방영 일시 : 2027-03-04 08:10", "2027-03-04T08:10:00+09:00"),
])
def test_a_broadcast_date_label_gives_the_publication_date(line, published):
    text = "\n".join(["솔바람방송 뉴스 | 다시보기 | 편성표", HEADLINE, line])
    assert printed_dates(text)[:2] == (published, None), printed_dates(text)
    assert printed_dates(text)[2], "the label says which date it is"


@pytest.mark.parametrize("line", ["재방송 일시 2027-03-09 (화)", "다음 방송일 : 2027-03-11 (목)", "다음방송일 2027.03.11"])
def test_a_rerun_or_next_episode_date_is_no_label_of_the_page(line):
    assert not printed_dates("\n".join(["솔바람방송 뉴스", HEADLINE, line]))[2]


def test_a_broadcast_page_dump_reads_its_air_date_and_reporter():
    ex = refine(extract_text("\n".join(["솔바람방송 뉴스 | 다시보기 | 편성표", HEADLINE, "방송일 : 2027-03-04 (목) | 나래온 기자",
                                        "", PARA, "", PARA2]), "dump.txt"))
    assert (ex.published, ex.authors) == ("2027-03-04", ["나래온"]), (ex.published, ex.authors)


# -- a bracketed credit closing the text, the picture's source after it --
# (the convention: entertainment and sports pages close the text with the credit in brackets, the outlet before the
# name, and print the source of the photos right after it on the same line)

@pytest.mark.parametrize("line", [
    "[모아연예 나래온 기자] 사진=모아엔터 제공",
    "[나래온 기자] 사진 제공=모아엔터",
    "(모아연예 나래온 기자) 영상=모아TV",
    "【모아연예 나래온 기자】 사진 출처=모아DB",
    "&lt;모아연예 나래온 기자&gt; 자료사진",
    "[모아스포츠 나래온 기자] 사진=모아스포츠",
    "[모아연예 나래온 기자]",
])
def test_a_bracketed_credit_under_the_text_names_its_reporter(line):
    ex = _page("<title>x</title>", f"<article><h1>{HEADLINE}</h1><div class='body'><p>{PARA}</p><p>{PARA2}</p></div>"
                                   f"<p class='byline'>{line}</p></article>")
    assert ex.authors == ["나래온"], ex.authors


@pytest.mark.parametrize("line", ["[모아연예 나래온 기자] 사진=모아엔터 제공", "(나래온 기자) 사진 제공=모아시"])
def test_a_bracketed_credit_with_a_picture_source_is_a_credit_line(line):
    found = credit_line(line)
    assert found is not None and found.author == "나래온", found


@pytest.mark.parametrize("line", [
    "[모아연예 나래온 기자] 다음 회에서 계속됩니다",  # text after the bracket, no picture's source
    "[사진=모아엔터 제공] 나래온",  # a picture's credit in the bracket
    "(나래온 기자) 사진 속 인물은 본문과 관계없음",
])
def test_a_bracket_followed_by_anything_but_a_picture_source_is_no_credit_line(line):
    found = credit_line(line)
    assert found is None or found.author != "나래온", found


# -- the site's name in the <title>: the side that is not the headline --
# (the convention: a <title> joins the headline and the site's name with a separator; a view page of a board or a CMS
# joins the site's name with the kind of page instead, the same for every story)

@pytest.mark.parametrize("title, outlet", [
    (f"{HEADLINE} | 모아연예", "모아연예"),
    ("'모아 세탁소' 14.2% 유종의 미 | 모아연예", "모아연예"),  # a number's point in the headline is no domain
    ("모아연예 | '모아 세탁소' 3.8%에서 출발", "모아연예"),
    ("모아타임스 - 뉴스 상세", "모아타임스"),
    ("모아일보 - 기사 보기", "모아일보"),
    ("모아신문 :: 기사보기", "모아신문"),
    ("기사 본문 | 모아뉴스", "모아뉴스"),
    ("모아데일리 - 상세보기", "모아데일리"),
])
def test_the_site_name_is_the_title_part_that_is_not_the_headline(title, outlet):
    headline = title.split(" | ")[0] if "%" in title and title.index("|") > 5 else HEADLINE
    if title.startswith("모아연예 | "):
        headline = title.split(" | ")[1]
    ex = _page(f"<title>{title}</title>", f"<article><h1>{headline}</h1><div class='body'><p>{PARA}</p><p>{PARA2}</p></div></article>")
    assert ex.outlet == outlet, ex.outlet


@pytest.mark.parametrize("title", ["뉴스 상세 - 기사 보기", "모아 세탁소 3.8%에서 출발 - 상상 이상의 결말 예고편"])
def test_a_title_with_no_site_part_names_no_outlet(title):
    ex = _page(f"<title>{title}</title>", f"<article><h1>{HEADLINE}</h1><div class='body'><p>{PARA}</p><p>{PARA2}</p></div></article>")
    assert ex.outlet is None, ex.outlet


# -- a copyright line whose mark stands before a year alone names no outlet --

@pytest.mark.parametrize("line, outlet", [
    ("Moa Journal, 00 Haean-ro · © 2027", None),
    ("Copyright © 2026-2027", None),
    ("ⓒ 2027.", None),
    ("© 2027 모아일보", "모아일보"),
    ("Copyright ⓒ 모아신문. All rights reserved.", "모아신문"),
])
def test_a_copyright_year_alone_is_no_outlet(line, outlet):
    assert outlet_from_copyright([line]) == outlet


def test_a_copyright_line_outranks_the_word_beside_a_page_kind_in_the_title():
    ex = _page("<title>뉴스상세 | 지역채널</title>",
               f"<article><h1>{HEADLINE}</h1><div class='body'><p>{PARA}</p><p>{PARA2}</p></div></article>"
               "<footer><p>모아시 모아로 00 | 대표전화 000-000-0000 Copyright 2027 모아방송. All rights reserved.</p></footer>")
    assert ex.outlet == "모아방송", ex.outlet


@pytest.mark.parametrize("button", ["글씨키우기", "글씨크기", "글자크기"])
def test_a_font_size_button_names_no_writer(button):
    """'글씨키우기' opens with the writer's label '글' but no space or separator follows it: a page's font-size button,
    no writer called '씨키우기'."""
    text = "\n".join([HEADLINE, "입력 2025.04.15 09:30", "공유", button, "", PARA, "", PARA2, "", "나래온 기자"])
    assert refine(extract_text(text, "dump.txt")).authors == ["나래온"]
