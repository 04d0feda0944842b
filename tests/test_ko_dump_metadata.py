"""Korean article metadata and boilerplate of text dumps: masthead lines, wire datelines, sign-offs."""

from __future__ import annotations

import pytest

from builder.extract.text import extract_text
from builder.rules.ko.article import is_boilerplate, is_end_marker, masthead_line, refine

PARA = ("시는 올해 하반기부터 공공자전거 대여 요금을 절반으로 낮추고 대여소를 200곳 늘리기로 했다고 밝혔다. "
        "시 관계자는 이용자가 꾸준히 늘고 있다고 설명했다.")


def _dump(*head: str, first: str = PARA, tail: tuple[str, ...] = ()) -> object:
    text = "\n".join([*head, "", first, "", PARA, *(["", *tail] if tail else [])])
    return refine(extract_text(text, "dump.txt"))


def test_masthead_line_outlet_beside_date_or_section():
    assert masthead_line("바람일보 | 2024.03.05 09:10") == ("바람일보", "2024-03-05T09:10:00+09:00")
    assert masthead_line("2024-03-05 16:40 누리뉴스1") == ("누리뉴스1", "2024-03-05T16:40:00+09:00")
    assert masthead_line("주간누리 2024.03.05") == ("주간누리", "2024-03-05")
    assert masthead_line("바람일보 | 사회") == ("바람일보", None)
    assert masthead_line("송고 2024.03.05 11:32") == (None, "2024-03-05T11:32:00+09:00")


def test_masthead_line_rejects_other_lines():
    assert masthead_line("홍길동 기자 2024.03.05") is None
    assert masthead_line("바람일보 | 자전거 요금 절반으로") is None
    assert masthead_line("시민들 2024.03.05 광장에 모여 자전거 대여 요금 인하를 환영했다") is None


def test_dump_masthead_gives_outlet_date_and_leaves_quoted_headline():
    ex = _dump('"요금 절반" 공공자전거 대여소 200곳 늘린다…하반기부터', "바람일보 | 사회", tail=("나들이 기자 nadeuli@baram.example",))
    assert ex.outlet == "바람일보"
    assert ex.title.startswith('"요금 절반"')
    assert ex.subheadings == []
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "2024-03-05 16:40 바람일보")
    assert ex.outlet == "바람일보" and ex.published == "2024-03-05T16:40:00+09:00"


def test_wire_label_and_dateline_with_digit_outlet():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "송고 2024.03.05 11:32",
               first="(대전=누리뉴스1) 나들이 한마루 기자 = " + PARA)
    assert ex.published == "2024-03-05T11:32:00+09:00"
    assert ex.authors[:1] == ["나들이"] and ex.outlet == "누리뉴스1"
    assert not ex.body_lines[0].startswith("(대전")


def test_correspondent_dateline_inside_bracket_names_the_outlet_not_the_city():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", first="[파리=바람일보 나들이 특파원] " + PARA)
    assert ex.outlet == "바람일보" and ex.authors == ["나들이"]


def test_signoffs_menus_and_press_release_furniture_are_boilerplate():
    for line in ("◎바른언론 누리통신 nadeuli@nuri.example", "회원가입", "|", "※ 붙임: 행사 안내문 1부. 끝.", "끝.",
                 "바람시 교통정책과 (담당: 주무관 나들이, 042-000-0000)"):
        assert is_boilerplate(line), line
    for line in ("◎ 시는 올해 하반기부터 대여소 200곳을 늘리고 요금을 절반으로 낮춘다고 밝혔다. 시 관계자는 이용자가 늘었다고 했다.",
                 "회원가입 절차가 간소해지면서 이용자가 늘었다고 시는 설명했다.", "자세한 사항은 교통정책과(042-000-0000)로 문의하면 된다."):
        assert not is_boilerplate(line), line


def test_related_articles_heading_ends_the_article():
    assert is_end_marker("이 기사와 관련된 기사")
    assert is_end_marker("관련 기사")
    assert not is_end_marker("이 기사와 관련해 시는 해명 자료를 냈다.")



def test_event_dated_by_its_days_not_by_a_year_word_between():
    from builder.rules import Context
    from builder.rules.ko.event import find
    body = "시의회는 오는 12~13일 올해 마지막 정례회를 연다. 의원들은 예산안을 심사한다."
    events = find(body, Context("2024-03-05T09:00:00+09:00"))
    # the body holding it names it too: 시의회 마지막 정례회
    assert [(e.name, str(e.start_date), str(e.end_date)) for e in events][:1] == [("시의회 마지막 정례회", "2024-03-12", "2024-03-13")]


def _events(body: str, published: str = "2024-03-05T09:00:00+09:00") -> list[tuple]:
    from builder.rules import Context
    from builder.rules.ko.event import find
    return [(e.name, e.kind, e.location, str(e.start_date)) for e in find(body, Context(published))]


def test_funeral_rite_alone_with_its_day_and_place_is_an_event_not_a_comparison():
    got = _events("발인은 7일 오전 8시, 영결식은 같은 날 오전 10시 시청 대강당에서 치러진다.")
    assert ("영결식", "ceremony", "시청 대강당", "2024-03-07") in got
    assert _events("행사장은 마치 시상식 같은 분위기였다.") == []


def test_place_phrase_before_a_summit_held_with_hada():
    got = _events("대통령은 5일 부산 벡스코에서 방한한 총리와 정상회담을 하고 교역 확대에 합의했다.")
    assert got == [("정상회담", "summit", "부산 벡스코", "2024-03-05")]


def test_quoted_agreement_and_awards_names_but_not_a_prize_or_a_bare_agreement():
    got = _events("시는 지난 3일 지역 대학과 '청년 일자리 연계 업무협약'을 맺고 인턴십을 늘리기로 했다.")
    assert [(n, k) for n, k, _l, _d in got] == [("청년 일자리 연계 업무협약", "ceremony")]
    assert _events("은행은 지난 3일 핀테크 기업과 업무협약을 체결했다.") == []
    got = _events("그는 지난 2일 서울 한 공연장에서 열린 '제5회 누리웹툰어워즈'에서 대상을 받았다.")
    assert [k for _n, k, _l, _d in got] == ["awards"]
    assert _events("배우는 데뷔 15년 만에 드라마 시상식 대상을 품었다.") == []


def test_official_dinner_held_and_dated_is_new_but_an_official_event_after_one_refers_back():
    got = _events("총리는 이날 저녁 영빈관에서 열리는 공식 만찬에 참석한다.")
    assert got == [("공식 만찬", "other", "영빈관", "2024-03-05")]
    got = _events("시는 8일 기념식을 열었다. 공식 행사는 이날 오후 끝났다.")
    assert [n for n, *_ in got] == ["기념식"]


def test_place_before_the_verb_that_holds_the_event_later_in_the_sentence():
    got = _events("시가 '2024 청년 창업 지원사업 설명회'를 오는 28일 오후 2시 시청 대회의실에서 연다.")
    assert got == [("2024 청년 창업 지원사업 설명회", "meeting", "시청 대회의실", "2024-03-28")]
    got = _events("영결식은 7일 오전 10시 도청 대강당에서 도민장으로 치러진다.")
    assert got == [("영결식", "ceremony", "도청 대강당", "2024-03-07")]
    got = _events("영결식은 7일 오전 10시 열린다. 유족은 도청 대강당에서 조문객을 맞는다.")
    assert got == [("영결식", "ceremony", None, "2024-03-07")]


_PAGE = """<html><head><meta charset="utf-8"><title>바람스포츠 :: 누리FC, 연장 끝 한울 꺾고 4연승…나들이 결승골</title></head>
<body><div id="top"><a href="/">BARAM SPORTS</a> 야구 | 축구 | 농구</div>
<div class="cate">축구 &gt; K리그</div>
<h3 class="tit">누리FC, 연장 끝 한울 꺾고 4연승…나들이 결승골</h3>
<div class="info">바람스포츠 한마루 기자 | 승인 2024-03-05 21:40</div>
<div class="cont">누리FC가 연장 접전 끝에 한울을 꺾고 4연승을 달렸다.<br><br>
누리FC는 5일 누리종합운동장에서 열린 K리그 3라운드 홈경기에서 한울을 2-1로 이겼다. 연장 후반 나들이가 결승골을 넣었다.<br><br>
감독은 경기 뒤 선수들이 끝까지 버텨 줬다고 평가했다. 누리FC는 오는 9일 원정에서 선두와 맞붙는다.<br><br>
한마루 기자 hanmaru@baram.example</div>
<div class="copyright">Copyright 2010 바람스포츠. All Rights Reserved.</div></body></html>"""


def test_page_headline_without_site_name_and_menu_or_byline_no_subheading():
    from builder.extract.html import extract_html
    ex = refine(extract_html(_PAGE))
    assert ex.outlet == "바람스포츠"
    assert ex.title == "누리FC, 연장 끝 한울 꺾고 4연승…나들이 결승골"
    assert ex.authors == ["한마루"]
    assert ex.published.startswith("2024-03-05T21:40")
    assert not any("BARAM" in s or "승인" in s or "K리그" in s for s in ex.subheadings)
    assert not any("BARAM" in ln or "축구 >" in ln for ln in ex.body_lines)


def test_event_right_after_a_dated_one_takes_its_day():
    got = _events("시장은 4일 시청에서 청년 정책 간담회를 열었다. 시장은 간담회 직후 기자회견을 열고 계획을 설명했다.")
    assert ("기자회견", "press conference", "시청", "2024-03-04") in got  # held where the meeting was (round 25)
    got = _events("시장은 간담회 직후 기자회견을 열고 계획을 설명했다.")
    assert ("기자회견", "press conference", None, "None") in got


def test_dateline_as_a_dumps_first_line_gives_outlet_and_date_not_the_title():
    ex = _dump("[바람데일리] 2024.03.05 (화) 18:05", "", "공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반")
    assert ex.title.startswith("공공자전거") and ex.outlet == "바람데일리"
    assert ex.published == "2024-03-05T18:05:00+09:00"
    ex = _dump("누리인사이트 | 2024년 3월 5일 화요일", "", "공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반")
    assert ex.title.startswith("공공자전거") and ex.outlet == "누리인사이트" and ex.published == "2024-03-05"
    ex = _dump("코트누리 | 입력 2024.03.05 21:40", "", "공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반")
    assert ex.title.startswith("공공자전거") and ex.outlet == "코트누리"
    # a headline that starts the dump stays the headline
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "바람일보 | 2024.03.05 09:10")
    assert ex.title.startswith("공공자전거") and ex.outlet == "바람일보"


def test_outlet_beside_its_desk_and_spelled_out_weekday():
    assert masthead_line("바람신문 사회부") == ("바람신문", None)
    assert masthead_line("바람일보 | 경제부") == ("바람일보", None)
    assert masthead_line("시민들 사회부") is None  # no outlet's name
    assert masthead_line("바람일보 | 2024년 3월 5일 화요일") == ("바람일보", "2024-03-05")


def test_issue_date_label_and_writer_id_and_outlet_with_latin_letters():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "발행일 2024-03-05 07:00")
    assert ex.published == "2024-03-05T07:00:00+09:00"
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "글: 나들이(nadeuli)", "2024.03.05 09:10")
    assert ex.authors == ["나들이"]
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "KBC바람뉴스 나들이 기자", "2024.03.05 09:10")
    assert ex.authors == ["나들이"]


def test_labelled_header_fields_give_title_outlet_and_date():
    ex = _dump("제목: 공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "매체: 바람포스트", "날짜: 2024년 3월 5일 화요일")
    assert ex.title == "공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반"
    assert ex.outlet == "바람포스트" and ex.published == "2024-03-05"
    ex = _dump("제목: 공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "분류: 사회", "작성자: 나들이 기자",
               "일시: 2024.03.05 (화요일) 09:10")
    assert ex.authors == ["나들이"] and ex.published == "2024-03-05T09:10:00+09:00"
    assert not any("분류" in ln for ln in ex.body_lines)
    # a labelled line inside the text is no header
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", first="날짜: 미정. " + PARA)
    assert ex.title.startswith("공공자전거") and ex.outlet is None


def test_menu_of_section_words_between_spaces_is_no_headline():
    ex = _dump("바람뉴스", "정치 사회 경제 국제 전국 스포츠 연예 오피니언 바람TV", "",
               "공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "2024-03-05 05:00")
    assert ex.title.startswith("공공자전거")
    # a headline that names two sections is still a headline
    ex = _dump("정치 사회 갈등에 경제 회복 늦어진다…공공자전거 예산도 깎여", "2024-03-05 05:00")
    assert ex.title.startswith("정치 사회 갈등")


def test_unlabelled_date_before_the_labelled_update_is_published():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "24.03.05 10:12 최종 업데이트 24.03.05 14:05")
    assert ex.published == "2024-03-05T10:12:00+09:00" and ex.updated == "2024-03-05T14:05:00+09:00"
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "2024.03.05 10:12 | 수정 2024.03.05 14:05")
    assert ex.published == "2024-03-05T10:12:00+09:00"
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "24.03.05 최종 업데이트 24.03.05")
    assert ex.published is None  # a two-digit year without its time may be a score or a code


def test_korean_copyright_name_before_a_latin_rendering():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", tail=("ⓒ 2024 Baram News", "Copyright ⓒ 바람뉴스. All rights reserved."))
    assert ex.outlet == "바람뉴스"


def test_tail_links_counters_and_copyright_sentences_without_the_sign():
    for line in ("기사 더보기 | 구독하기", "댓글 0 공유 글씨크기 조절 인쇄", "추천 12 댓글 3 원고료로 응원", "배포 안내 >",
                 "본 기사는 투자 참고용이며, 투자 판단의 책임은 투자자 본인에게 있습니다.", "기사목록", "메일로 보내기"):
        assert is_boilerplate(line), line
    for line in ("추천 도서는 모두 12권이다.", "그는 댓글 3개를 달았다.", "기사 더보기 버튼을 없앤 뒤 체류 시간이 늘었다고 밝혔다."):
        assert not is_boilerplate(line), line
    assert is_end_marker("바람일보의 모든 콘텐츠(기사)는 저작권법의 보호를 받으며, 무단 전재·복사·배포 등을 금합니다.")
    assert is_end_marker("모든 기사는 무단 전재 및 재배포를 금합니다.")
    assert not is_end_marker("법원은 이 작품이 저작권법의 보호를 받는다고 판단했다.")


@pytest.mark.parametrize("line", ["바람일보에서 기사 보기 →", "원문 읽기 ➜", "전체 기사 보기 ›", "목록으로 ▸", "구독하기 ➔"])
def test_a_link_printed_with_any_arrow_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["요금은 1,250원 → 1,400원으로 오른다.", "서울 → 부산 노선은 그대로 다닌다고 밝혔다.",
                                  "그는 \"다음은 없다\"고 말했다 →"])
def test_an_arrow_inside_a_sentence_is_no_link(line):
    assert not is_boilerplate(line)

def test_call_to_support_the_writer_is_boilerplate():
    assert is_boilerplate("이 기사를 응원해주세요 : 원고료로 응원하기")
    assert is_boilerplate("좋은 기사를 후원해 주세요")
    assert not is_boilerplate("시민들은 기자를 응원하기 위해 모였다고 말했다.")


def test_two_digit_year_line_with_time_and_outlet_of_a_copyright_sentence_and_a_signoff():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "24.03.05 10:12")
    assert ex.published == "2024-03-05T10:12:00+09:00"
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "24.03.05")
    assert ex.published is None
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "2024.03.05 09:10",
               tail=("나들이 기자", "바람일보의 모든 기사는 저작권법의 보호를 받습니다."))
    assert ex.outlet == "바람일보"
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "2024.03.05 09:10", tail=("바람뉴스 나들이입니다.",))
    assert ex.outlet == "바람뉴스" and ex.authors == ["나들이"]
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "2024.03.05 09:10", tail=("KBS 뉴스 나들이입니다.",))
    assert ex.authors == ["나들이"] and ex.outlet and ex.outlet.startswith("KBS")


def test_a_wire_date_line_with_its_label_after_the_date():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "2024-03-05 11:32 송고",
               first="[대전=누리뉴스1] 나들이 기자 = " + PARA)
    assert ex.published == "2024-03-05T11:32:00+09:00"
    assert "송고" not in " ".join(ex.body_lines)


def test_a_date_line_followed_by_other_words_is_no_wire_date_line():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", "2024-03-05 11:32 송고 지연 안내")
    assert ex.published != "2024-03-05T11:32:00+09:00"


def test_a_reporters_id_between_outlet_and_name_in_a_bracket_byline():
    ex = _dump("공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반", first="[바람일보 nadeuli 나들이 기자] " + PARA)
    assert ex.outlet == "바람일보" and ex.authors == ["나들이"]
    assert not ex.body_lines[0].startswith("[")


def test_outlet_and_desk_in_one_cell_of_a_manuscripts_head_row():
    from builder.rules.ko.article import dateline_row
    assert dateline_row("바람일보 사회부 | 송고 2024.03.05 16:30")[:2] == ("바람일보", "2024-03-05T16:30:00+09:00")
    assert dateline_row("바람일보 경제부 | 2024.03.05 16:30 | 차도하 기자") == (
        "바람일보", "2024-03-05T16:30:00+09:00", "차도하")
    assert dateline_row("시민들 사회부 | 2024.03.05 16:30") is None  # no outlet's name before the desk
    assert dateline_row("차도하 기자 사회부 | 2024.03.05") is None
    ex = _dump("바람일보 사회부 | 송고 2024.03.05 16:30", "", "공공자전거 대여소 200곳 늘린다…하반기부터 요금 절반",
               "", "차도하 기자")
    assert ex.outlet == "바람일보" and ex.title.startswith("공공자전거")


# A notes app's raw export writes its record of the note after the text (one lower-case machine field a line, some
# snake_case, values perhaps empty): the app's, not the writer's. Near misses: a writer's few labelled lines, and
# Korean labels, stay.
APP_BLOCK = ["id: 0a1b2c3d4e5f60718293a4b5c6d7e8f9", "parent_id: 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
             "created_time: 2026-02-01T01:02:03.000Z", "updated_time: 2026-02-02T01:02:03.000Z", "is_conflict: 0",
             "latitude: 36.10000000", "author: ", "source_url: https://moa.example/news/1", "is_todo: 0", "type_: 1"]


@pytest.mark.parametrize("block", [APP_BLOCK, APP_BLOCK[:6], [ln.replace(": ", ":") for ln in APP_BLOCK]])
def test_a_notes_apps_metadata_block_is_no_text(block):
    ex = refine(extract_text("\n".join(["구도심 골목길 가로등 교체", "", PARA, "", *block, ""]), "0a1b2c3d4e5f60718293a4b5c6d7e8f9.md"))
    assert ex.title == "구도심 골목길 가로등 교체"
    body = "\n".join(ex.body_lines)
    for furniture in ("parent_id", "created_time", "source_url", "type_", "latitude"):
        assert furniture not in body
    assert ex.published is None  # created_time is the note's, not the article's


@pytest.mark.parametrize("tail", [["tags: 가로등", "source: 모아일보"], ["note: a", "from: b", "via: c", "tags: d", "lang: ko",
                                                                          "kind: e"]])
def test_a_writers_few_labelled_lines_stay(tail):
    from builder.extract.text import without_app_metadata
    lines = ["구도심 골목길 가로등 교체", "", PARA, "", *tail]
    assert without_app_metadata(lines) == lines
