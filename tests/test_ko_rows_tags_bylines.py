"""Korean metadata conventions: a dump's dateline row with its beat, an outlet's tag on a dump's headline, two
reporters on one line, labelled names beside dates, a date before its label, a year alone is no date."""

from __future__ import annotations

import pytest

from builder.extract.text import extract_text
from builder.rules.ko.article import (CAPTION_CREDIT, REPORTER_LINE, byline_node, copyright_year_only, dateline_row,
                                      dump_tag_outlet, is_boilerplate, is_end_marker, outlet_from_copyright,
                                      printed_dates, refine, short_year_misread)

PARA = ("군은 올해 하반기부터 마을버스 요금을 절반으로 낮추고 정류장을 40곳 늘리기로 했다고 밝혔다. "
        "군 관계자는 이용자가 꾸준히 늘고 있다고 설명했다.")


def _dump(*head: str, tail: tuple[str, ...] = ()) -> object:
    text = "\n".join([*head, "", PARA, "", PARA, *(["", *tail] if tail else [])])
    return refine(extract_text(text, "dump.txt"))


def test_dateline_row_with_a_beat_or_a_posted_correspondent():
    assert dateline_row("들녘스포츠 | 야구 | 2024.03.05 14:27") == ("들녘스포츠", "2024-03-05T14:27:00+09:00", None)
    assert dateline_row("등록일 2024.03.05 | 교육 | 나들이 기자") == (None, "2024-03-05", "나들이")
    assert dateline_row("들녘뉴스 | 2024-03-05 (화) 11:20 | 파리=나들이 특파원") == (
        "들녘뉴스", "2024-03-05T11:20:00+09:00", "나들이")


def test_dateline_row_rejects_a_sentence_beside_a_date():
    assert dateline_row("들녘스포츠 | 마을버스 요금 절반으로 | 2024.03.05") is None


def test_dump_whose_first_line_is_its_dateline_row():
    ex = _dump("들녘스포츠 | 야구 | 2024.03.05 14:27", "마을버스 요금 절반으로…정류장 40곳 늘린다")
    assert ex.outlet == "들녘스포츠"
    assert ex.published == "2024-03-05T14:27:00+09:00"
    assert ex.title == "마을버스 요금 절반으로…정류장 40곳 늘린다"


def test_outlet_tag_on_a_dumps_headline():
    assert dump_tag_outlet("[들녘플러스] 마을버스 요금 절반으로…정류장 40곳 늘린다") == "들녘플러스"
    assert dump_tag_outlet("[주간들녘 인터뷰] 마을버스 기사 30년 \"손님이 길을 가르쳐 줬다\"") == "주간들녘"
    for line in ("[기자수첩] 마을버스 요금, 절반이 답일까", "[신년 인터뷰] 군수 \"버스가 마을을 살린다\"",
                 "[들녘리포트] 마을버스의 진화", "[단독] 마을버스 요금 절반으로", "[보도자료] 마을버스 요금 인하",
                 "[시론] 버스가 끊기면 마을도 끊긴다", "[들녘플러스]"):
        assert dump_tag_outlet(line) is None, line


def test_dump_with_an_outlet_tag_and_a_signoff():
    ex = _dump("[들녘플러스] 마을버스 요금 절반으로…정류장 40곳 늘린다", "2024.03.05 09:30",
               tail=("나들이 기자 nadeuli@deulnyeok.example",))
    assert ex.outlet == "들녘플러스"
    assert ex.authors == ["나들이"]


def test_two_reporters_each_with_a_title_and_a_title_glued_to_its_kind():
    m = REPORTER_LINE.fullmatch("나들이 기자 · 마루한 기자")
    assert m and m.group("outlet") is None and "나들이" in m.group("names") and "마루한" in m.group("names")
    m = REPORTER_LINE.fullmatch("나들이 객원기자")
    assert m and m.group("outlet") is None and m.group("names") == "나들이"
    m = REPORTER_LINE.fullmatch("들녘일보 나들이 선임기자 nadeuli@deulnyeok.example")
    assert m and m.group("outlet") == "들녘일보" and m.group("names") == "나들이"


def test_labelled_name_after_dates_and_credits_beside_the_writer():
    assert byline_node(["기사입력 : 2024년 03월 05일 16시05분 | 최종수정 : 2024년 03월 05일 18시31분 | 기자명 : 나들이"]) == (
        "나들이", "2024-03-05T16:05:00+09:00")
    assert byline_node(["등록 2024-03-05 21:48:12 · 글 나들이 기자 · 사진 마루한 기자"]) == (
        "나들이", "2024-03-05T21:48:12+09:00")
    assert byline_node(["글·구성 나들이 / 디자인 마루한 · 2024.03.05"]) == ("나들이", "2024-03-05")
    assert byline_node(["입력 2024.03.05 09:10 | 수정 2024.03.05 10:02"]) == (None, None)


def test_issue_date_before_its_published_label():
    assert printed_dates("제812호 · 2024년 3월 5일 발행 · 보도")[::2] == ("2024-03-05", True)
    assert printed_dates("2024.03.05 등록번호 서울 아00000")[2] is False


def test_register_date_after_a_footers_phone_is_the_sites():
    published, _, said = printed_dates("들녘신문 | 대표전화 043-000-0000 | 등록일 2009.05.02")
    assert not (said and published == "2009-05-02")


def test_january_first_from_a_year_alone_is_no_date_on_a_page():
    text = "2020년 운영을 멈춘 지 5년 만이다."
    assert copyright_year_only("2020-01-01", text, any_year=True)
    assert not copyright_year_only("2020-01-01", text)
    assert not copyright_year_only("2020-01-01", "신년 행사는 2020년 1월 1일 열렸다.", any_year=True)
    assert not copyright_year_only("2020-03-05", text, any_year=True)


def test_caption_credit_after_a_slash_is_cut():
    line = ("5일 군청 앞 정류장에서 주민들이 새로 들여온 마을버스에 오르고 있다. 군은 이달 말까지 정류장 40곳에 "
            "비가림 시설을 세우고 노선 안내판도 새로 단다. /나들이 기자")
    assert CAPTION_CREDIT.sub("", line).endswith("새로 단다.")
    kept = "군은 정류장 40곳에 비가림 시설을 세우고 노선 안내판도 새로 단다고 밝혔다. 나들이 기자는 현장을 둘러봤다."
    assert CAPTION_CREDIT.sub("", kept) == kept


def test_boxes_of_other_stories_and_more_links():
    assert is_end_marker("많이 본 포토")
    assert is_end_marker("ㆍ이 기자의 다른 기사")
    assert is_end_marker("ㆍ이 기자의 다른 기사 - 마을버스 노선 개편 - 정류장 비가림 시설")
    assert not is_end_marker("이 기자의 다른 기사에서 다룬 노선 개편은 다음 달 시행된다.")
    assert is_boilerplate("포토 더보기")
    assert not is_boilerplate("버스 더 보내라")


def test_a_sites_footer_row_is_boilerplate_but_a_sentence_with_a_bar_is_not():
    assert is_boilerplate("들녘신문 | 들녘군 들녘로 12 | 대표전화 043-000-0000 | 등록일 2009.05.02")
    assert is_boilerplate("발행인 나들이 | 등록번호 충북 아00000")
    assert not is_boilerplate("군은 노선을 둘로 나눈다 | 군 관계자는 요금은 그대로라고 밝혔다.")


def test_copyright_by_names_the_outlet():
    assert outlet_from_copyright(["들녘피플 | 제보 tip@deulnyeok.example | Copyright by 들녘피플. All rights reserved."]) == "들녘피플"
    # a domain after 'by' is no name: the page's Korean name is found elsewhere
    assert outlet_from_copyright(["Copyright by deulnyeok.example All rights reserved."]) is None


def _page(head: str) -> object:
    from builder.extract.html import extract_html
    body = "".join(f"<p>{PARA}</p>" for _ in range(3))
    html = (f"<html><head><meta charset='utf-8'><title>들녘군 마을버스 요금 절반으로 | 들녘신문</title></head><body>"
            f"<nav><a href='/'>홈</a><a href='/p'>정책</a></nav><div class='head'><h3>들녘군 마을버스 요금 절반으로</h3>"
            f"{head}</div><div class='body'>{body}</div></body></html>")
    return refine(extract_html(html))


def test_a_pages_byline_above_its_text_with_credits_and_date():
    ex = _page("<p class='info'>글·구성 나들이 / 디자인 마루한 · 2024.03.05</p>")
    assert ex.authors == ["나들이"] and ex.published == "2024-03-05"
    ex = _page("<p class='info'>등록 2024-03-05 21:48:12 · 글 나들이 기자 · 사진 마루한 기자</p>")
    assert ex.authors == ["나들이"] and ex.published.startswith("2024-03-05T21:48")


def test_a_two_digit_year_is_never_read_day_first():
    # a generic date reader takes '24.11.05' for 2005-11-24; the page means 2024-11-05
    ex = _page("<p class='date'>24.11.05 14:10 | 최종수정 24.11.06 08:30</p>")
    assert ex.published.startswith("2024-11-05T14:10") and ex.updated.startswith("2024-11-06T08:30")
    ex = _page("<p class='date'>24.11.05 14:10</p>")
    assert ex.published.startswith("2024-11-05T14:10")
    # a date the metadata gives right is left alone
    assert short_year_misread("2024-11-05", "발행 24.11.05 14:10") is None
    assert short_year_misread("2005-11-24", "발행 24.11.05 14:10") == "2024-11-05T14:10:00+09:00"


@pytest.mark.parametrize("row, expected", [
    ("달무리신문 2025년 4월 15일자 | 사회부 표나린 기자", ("달무리신문", "2025-04-15", "표나린")),  # a print edition's date
    ("달무리신문 2025.04.15자 12면 | 표나린 기자", ("달무리신문", "2025-04-15", "표나린")),
    ("달무리신문 | 2025.04.15 | 표나린 기자", ("달무리신문", "2025-04-15", "표나린")),
])
def test_dateline_row_with_an_edition_date(row, expected):
    assert dateline_row(row) == expected


@pytest.mark.parametrize("row", [
    "달무리신문 2025년 4월 15일자 기사 정정 | 표나린 기자",  # a correction's notice, no row of fields
    "2025년 4월 15일자 자료 | 사회부",
])
def test_dateline_row_edition_near_misses(row):
    assert dateline_row(row) is None


@pytest.mark.parametrize("byline", [
    "**들녘타임스** · 나들이 기자 · 2024년 3월 5일",  # Markdown bold
    "''들녘타임스'' | 나들이 기자 | 입력 2024.03.05 14:27",  # TiddlyWiki bold
    "'''들녘타임스''' | 나들이 기자 | 2024.03.05",  # MediaWiki bold
    "__들녘타임스__ | **나들이 기자** | 2024.03.05",  # both runs marked
    "*들녘타임스* · 나들이 특파원 · 2024년 3월 5일",  # AsciiDoc, Org or Textile bold
    "//들녘타임스// · 나들이 기자 · 2024년 3월 5일",  # DokuWiki or TiddlyWiki italic
])
def test_a_byline_in_light_markup_is_read_without_its_emphasis(byline):
    ex = _dump("마을버스 요금 절반으로…정류장 40곳 늘린다", "", byline)
    assert ex.authors == ["나들이"] and ex.outlet == "들녘타임스", (ex.authors, ex.outlet)
    assert ex.published and ex.published.startswith("2024-03-05")
    assert not any("**" in ln or "''" in ln for ln in ex.body_lines)


@pytest.mark.parametrize("line", [
    "군은 **올해 하반기부터** 마을버스 요금을 절반으로 낮추고 정류장을 40곳 늘리기로 했다.",  # prose: no reporter
    "**들녘타임스** · 2024년 3월 5일",  # no reporter's title on the line
    "자세한 내용은 https://saemteo.example/a/b//c 참조 나들이 기자",  # slashes of an address, no emphasis
    "**들녘타임스** · 나들이 기자 · " + "마을버스 요금을 절반으로 낮추고 정류장을 40곳 늘리기로 했다" * 2,  # too long
])
def test_emphasis_outside_a_short_byline_stays(line):
    from builder.rules.ko.article import plain_byline

    assert plain_byline(line) == line


@pytest.mark.parametrize("title, expected", [
    ("[들녘타임스] 마을버스 요금 절반으로 내린다 (나들이 기자)", ("들녘타임스", "마을버스 요금 절반으로 내린다", "나들이")),
    ("[들녘타임스] 마을버스 요금 절반으로 내린다 [나들이 특파원]", ("들녘타임스", "마을버스 요금 절반으로 내린다", "나들이")),
    ("마을버스 요금 절반으로 내린다 / 나들이 기자", (None, "마을버스 요금 절반으로 내린다", "나들이")),
    ("[들녘타임스] 마을버스 요금 절반으로 내린다 - 나들이 기자", ("들녘타임스", "마을버스 요금 절반으로 내린다", "나들이")),
])
def test_a_shared_headline_carries_its_outlet_and_reporter(title, expected):
    from builder.rules.ko.article import shared_headline

    assert shared_headline(title) == expected


@pytest.mark.parametrize("title", [
    "[들녘타임스] 마을버스 요금 절반으로 내린다",  # a tag, no credit
    "마을버스 요금 절반으로 내린다 (종합)",  # a story's kind in brackets
    "마을버스 요금 절반으로 내린다 (2보)",
    "[단독] 기자 (나들이 기자)",  # too short a headline
    "시장 만난 (청년 기자)",  # no name in the credit
])
def test_near_misses_are_no_shared_headline(title):
    from builder.rules.ko.article import shared_headline

    assert shared_headline(title) is None


@pytest.mark.parametrize("name, expected", [
    ("[들녘방송] 마을버스 요금 절반으로 내린다 [a1B2c3D4e5F].description", "[들녘방송] 마을버스 요금 절반으로 내린다"),
    ("마을버스 요금 절반으로 내린다-a1B2c3D4e_F.description", "마을버스 요금 절반으로 내린다"),  # youtube-dl's name
    ("raw/영상/마을버스 요금 절반으로 [a1B2c3D4e5F].description", "마을버스 요금 절반으로"),
])
def test_a_downloaded_video_descriptions_title_is_in_its_name(name, expected):
    from builder.extract.text import video_title

    assert video_title(name) == expected


@pytest.mark.parametrize("name", [
    "마을버스 요금 절반으로 [a1B2c3].description",  # no video id's length
    "마을버스 요금 절반으로 [a1B2c3D4e5F].txt",  # not a description
    "[a1B2c3D4e5F].description",  # an id and no title
])
def test_near_misses_are_no_video_description_name(name):
    from builder.extract.text import video_title

    assert video_title(name) is None


def test_a_video_descriptions_programme_line_dates_it_and_the_name_gives_the_headline():
    text = "\n".join(["2024년 3월 5일 들녘방송 저녁 뉴스", "", PARA, "", PARA, "", "들녘방송 나들이입니다."])
    ex = refine(extract_text(text, "영상/[들녘방송] 마을버스 요금 절반으로 내린다 [a1B2c3D4e5F].description"))
    assert ex.title == "마을버스 요금 절반으로 내린다" and ex.outlet == "들녘방송"
    assert ex.published == "2024-03-05" and not ex.subheadings


@pytest.mark.parametrize("lines, expected", [
    (["2024년 3월 5일 들녘방송 저녁 뉴스"], "2024-03-05"),
    (["2024.03.05 들녘방송 뉴스데스크"], "2024-03-05"),
    (["2024년 3월 5일 다른방송 저녁 뉴스"], None),  # another channel's
    (["들녘방송 저녁 뉴스 2024년 3월 5일 재방송 안내와 함께 드리는 긴 소식"], None),  # no date first
])
def test_programme_date_near_misses(lines, expected):
    from builder.rules.ko.article import programme_date

    assert programme_date(lines, "들녘방송") == expected


WIKI_HEADER = ["<!--", "title: 정류장 자료 (스크랩)", "description: 팀 참고", "published: true",
               "date: 2024-03-09T01:02:03.000Z", "editor: markdown", "-->", ""]


@pytest.mark.parametrize("head", [
    [*WIKI_HEADER, "# 마을버스 요금 절반으로 내린다", "", "> 들녘타임스 | 나들이 기자 | 2024-03-05 14:30", "{.is-info}"],
    [*WIKI_HEADER, "# 마을버스 요금 절반으로 내린다", "", "들녘타임스 | 나들이 기자 | 2024-03-05 14:30", "{: .note}"],
])
def test_a_wiki_pages_comment_header_and_attribute_lists_are_no_text(head):
    ex = refine(extract_text("\n".join([*head, "", PARA, "", PARA]), "wiki/bus-fare.md"))
    assert ex.title == "마을버스 요금 절반으로 내린다" and ex.authors == ["나들이"] and ex.outlet == "들녘타임스"
    assert ex.published.startswith("2024-03-05")
    assert not any(("{" in ln or "editor:" in ln or "-->" in ln) for ln in ex.body_lines + ex.subheadings)


@pytest.mark.parametrize("lines", [
    ["<!-- 메모: 나중에 고칠 것 -->", "본문 첫 줄"],  # a one-line remark, no header
    ["<!--", "이 글은 초안이다", "-->", "본문"],  # a comment of prose
    ["<!--", "title: 정류장", "-->", "본문"],  # too few fields
])
def test_near_misses_are_no_comment_header(lines):
    from builder.extract.text import without_comment_header

    assert without_comment_header(lines) == lines


def _community_page(tag_line: str, byline: str) -> object:
    from builder.extract.html import extract_html

    html = ("<html><head><title>들녘마을 주민 모임 | 모임방</title></head><body><h1>들녘마을 주민 모임</h1>"
            "<div class='post'><p>나들이 (총무) 2024년 3월 6일 오후 7:10</p><p>우리 동네 소식이 실렸네요~</p>"
            f"<p>{tag_line}</p><p>{byline}</p><p>{PARA}</p><p>{PARA}</p><p>가온결 기자 gaon@deulnyeok-times.example</p>"
            "</div></body></html>")
    return refine(extract_html(html, None))


def test_a_pasted_articles_tagged_headline_over_its_byline_is_the_title():
    ex = _community_page("[들녘타임스] 마을버스 요금 절반으로 내린다", "가온결 기자 | 승인 2024.03.05 16:40")
    assert ex.title == "마을버스 요금 절반으로 내린다" and ex.outlet == "들녘타임스" and ex.authors == ["가온결"]


@pytest.mark.parametrize("tag_line, byline", [
    ("[단독] 마을버스 요금 절반으로 내린다", "가온결 기자 | 승인 2024.03.05 16:40"),  # a story's kind, no outlet
    ("[들녘타임스] 마을버스 요금 절반으로 내린다", "다음 주 간담회에서 이야기 나눠요."),  # no byline under it
])
def test_near_misses_keep_the_pages_title(tag_line, byline):
    from builder.rules.ko.article import tagged_pasted_headline

    nodes = ["들녘마을 주민 모임", tag_line, byline, PARA]
    assert tagged_pasted_headline(nodes, "들녘타임스") is None


ARTICLE_LINES = ["[들녘타임스] 마을버스 요금 절반으로 내린다", "가온결 기자 | 2024년 3월 5일 화요일", "", PARA, "", PARA, "", PARA, "",
                 "가온결 기자 gaon@deulnyeok-times.example"]


@pytest.mark.parametrize("first, sender_line, after", [
    ("Tue, Mar 05 2024, 09:12 - @sora:chat.example: 안녕하세요", "Tue, Mar 05 2024, 09:15 - @minu:chat.example: ",
     "Tue, Mar 05 2024, 09:20 - @sora:chat.example: 고마워요"),  # Matrix/Element
    ("05/03/2024, 09:12 - 새하: 안녕하세요", "05/03/2024, 09:15 - 라온비: ", "05/03/2024, 09:20 - 새하: 고마워요"),  # WhatsApp
    ("[05.03.24, 09:12:01] 새하: 안녕하세요", "[05.03.24, 09:15:30] 라온비: ", "[05.03.24, 09:20:00] 새하: 고마워요"),
    ("2024년 3월 5일 오전 9:12, 새하 : 안녕하세요", "2024년 3월 5일 오전 9:15, 라온비 : ", "2024년 3월 5일 오전 9:20, 새하 : 고마워요"),  # KakaoTalk
])
def test_an_article_pasted_in_a_chat_export_after_time_and_sender(first, sender_line, after):
    from builder.extract.chatexport import prefixed_chat_message

    export = "\n".join(["채팅 내보내기", "", first, sender_line + ARTICLE_LINES[0], *ARTICLE_LINES[1:], after])
    pasted = prefixed_chat_message(export)
    assert pasted is not None and pasted.splitlines()[0] == ARTICLE_LINES[0] and "고마워요" not in pasted
    ex = refine(extract_text(pasted, "chat.txt"))
    assert ex.title == "마을버스 요금 절반으로 내린다" and ex.outlet == "들녘타임스" and ex.authors == ["가온결"]


@pytest.mark.parametrize("text", [
    "\n".join(["05/03/2024, 09:12 - 새하: 안녕하세요", "05/03/2024, 09:15 - 라온비: 네 반가워요"]),  # no pasted article
    "\n".join(ARTICLE_LINES),  # an article, no chat
    "\n".join(["회의록", "09:00 - 참석자: 열 명", *ARTICLE_LINES]),  # one timed line is no chat
])
def test_near_misses_are_no_prefixed_chat_export(text):
    from builder.extract.chatexport import prefixed_chat_message

    assert prefixed_chat_message(text) is None
