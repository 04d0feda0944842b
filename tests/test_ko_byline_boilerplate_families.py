"""Korean bylines and boilerplate as families: a byline's label and its separators, bylines after a run of
labelled dates or in a list item beside the date, a story's closing mark '(끝)' and its kin, attachment lines,
subscription prompts, listening-tool notices, a most-read box after the copyright line, and a series tag the
meta title adds to the headline the page shows.

Every page, dump, outlet and person here is invented for the test."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import byline_node, clean_authors, is_boilerplate, is_end_marker, refine, reporter_box

PARA = ("군은 다음 달부터 읍내 전통시장 주차장을 두 배로 넓히고 장날에는 무료 셔틀버스를 운행하기로 했다고 밝혔다. "
        "군 관계자는 주말마다 주차 민원이 이어졌다고 설명했다.")
PARA2 = ("새 주차장은 시장 북쪽 공터에 들어서며 차량 180대를 세울 수 있다. 군은 공사를 6월 안에 마치고 "
         "상인회와 함께 운영 방식을 정할 계획이라고 덧붙였다.")
PARA3 = ("상인회는 이번 조치로 장날 손님이 늘어날 것으로 기대하고 있다. 상인회장은 주차 문제가 풀리면 "
         "외지 손님도 다시 찾을 것이라고 말했다.")
HEADLINE = "읍내 전통시장 주차장 두 배로…장날 무료 셔틀버스"


def _dump(text: str, name: str = "dump.txt"):
    return refine(extract_text(text, name))


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


# -- a byline's label, then a separator, then the name --

def test_writer_label_with_a_bar_or_an_equals_sign_names_the_reporter():
    for line, name in [("글 | 도담결 기자", "도담결"), ("글ㅣ도담결 기자", "도담결"), ("글｜ 도담결 객원기자", "도담결"),
                       ("정리=한가온 기자", "한가온"), ("정리 | 한가온 기자", "한가온"), ("기자명 | 한가온 기자", "한가온")]:
        ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10", line, "", PARA, "", PARA2]))
        assert ex.authors == [name], line
        assert line not in ex.body


def test_a_sentence_that_starts_with_the_word_for_writing_is_no_byline():
    ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10", "도담결 기자", "", PARA,
                          "", "글 쓰는 일을 좋아한다는 그는 시장 이야기를 책으로 엮을 계획이다.", "", PARA2]))
    assert ex.authors == ["도담결"]
    assert "글 쓰는 일을 좋아한다는 그는 시장 이야기를 책으로 엮을 계획이다." in ex.body


# -- a byline after the dates, or in a list item beside the date --

def test_byline_after_a_run_of_labelled_dates_on_one_line():
    assert byline_node(["입력 2024.06.03 08:10 | 수정 2024.06.03 09:45 기자명 도담결 기자"]) == \
        ("도담결", "2024-06-03T08:10:00+09:00")
    assert byline_node(["등록 2024-06-03 08:10 · 업데이트 2024-06-03 09:45 · 도담결 기자"]) == \
        ("도담결", "2024-06-03T08:10:00+09:00")
    assert byline_node(["기자명 도담결 기자 | 입력 2024.06.03 08:10 | 수정 2024.06.03 09:45"]) == \
        ("도담결", "2024-06-03T08:10:00+09:00")


def test_reporter_in_a_list_item_beside_the_date_item():
    assert byline_node(["도담결 기자", "승인 2024.06.03 08:10", "댓글 0"]) == ("도담결", "2024-06-03T08:10:00+09:00")
    assert byline_node(["입력 2024.06.03 08:10", "도담결 기자"]) == ("도담결", "2024-06-03T08:10:00+09:00")


def test_dates_alone_or_an_update_beside_a_name_give_no_byline():
    assert byline_node(["입력 2024.06.03 08:10", "수정 2024.06.03 09:45"]) == (None, None)
    assert byline_node(["도담결 기자", "수정 2024.06.03 09:45"]) == (None, None)


def test_page_byline_in_list_items_is_found():
    ex = _page("<title>%s</title>" % HEADLINE,
               "<h1>%s</h1><ul class='info'><li>한가온 기자</li><li>승인 2024.06.03 08:10</li><li>댓글 0</li></ul>"
               "<div class='article'><p>%s</p><p>%s</p><p>%s</p></div>" % (HEADLINE, PARA, PARA2, PARA3))
    assert ex.authors == ["한가온"] and ex.published.startswith("2024-06-03T08:10")


def test_reporter_box_with_its_links_and_a_label_before_the_date():
    assert reporter_box(["도담결 기자 damgyeol@nurisae.example  다른기사 보기"]) == "도담결"
    assert reporter_box(["도담결 기자 다른기사 보기를 눌러 주세요"]) is None
    assert clean_authors(["기자명 도담결 입력"], None) == ["도담결"]


def test_reporter_line_with_links_at_the_end_of_a_dump():
    ex = _dump("\n".join([HEADLINE, "2024.06.03 08:10", "", PARA, "", PARA2, "", "한가온 기자 다른기사 보기"]))
    assert ex.authors == ["한가온"] and "다른기사 보기" not in ex.body


# -- the closing mark of a story and what follows it --

def test_closing_mark_and_its_kin_end_the_text():
    for mark in ["(끝)", "<끝>", "〈끝〉", "/끝/", "[끝]", "-끝-", "= 끝 =", "끝.", "(끝) ⓒ 누리새뉴스"]:
        ex = _dump("\n".join([HEADLINE, "2024.06.03", "", PARA, "", PARA2, "", mark, "", "누리새뉴스 인기기사 바로가기"]))
        assert "끝" not in ex.body and "인기기사" not in ex.body, mark
        assert PARA2 in ex.body


def test_closing_mark_glued_to_the_last_paragraph_is_cut():
    ex = _dump("\n".join([HEADLINE, "2024.06.03", "", PARA, "", PARA2 + " (끝)"]))
    assert ex.body.endswith("덧붙였다.")
    ex = _dump("\n".join([HEADLINE, "2024.06.03", "", PARA, "", PARA2 + "/끝/"]))
    assert ex.body.endswith("덧붙였다.")


def test_words_that_say_end_inside_the_text_stay():
    assert not is_end_marker("끝까지 간다")
    assert not is_end_marker("협상은 끝내 결렬됐다.")
    ex = _dump("\n".join([HEADLINE, "2024.06.03", "", PARA, "", "줄다리기 끝에 협상은 끝내 타결됐다. (끝)", "", PARA2]))
    assert "줄다리기 끝에 협상은 끝내 타결됐다." in ex.body


# -- attachments, subscription prompts, listening tools, buttons --

def test_attachment_lines_are_boilerplate():
    for line in ["첨부파일: 시장주차장_안내.hwp (다운로드 12회)", "붙임 1. 신청서 양식.pdf", "[첨부] 셔틀버스 노선도.jpg",
                 "첨부파일 : 보도자료 (다운로드 7회)"]:
        assert is_boilerplate(line), line
    assert not is_boilerplate("신청서는 군 홈페이지에서 내려받아 읍사무소에 내면 된다.")
    assert not is_boilerplate("군은 첨부한 자료에서 주차장 이용객이 지난해 30% 늘었다고 밝혔다.")


def test_subscription_prompts_are_boilerplate():
    for line in ["누리새뉴스 뉴스레터를 구독하고 매주 월요일 지역 소식을 받아보세요",
                 "기자 구독을 누르시면 새 기사 알림을 받을 수 있습니다.", "뉴스레터 신청하고 아침 브리핑을 만나보세요!"]:
        assert is_boilerplate(line), line
    assert not is_boilerplate("유료 구독자는 지난해 2만 명을 넘어섰다.")
    assert not is_boilerplate("군은 주민들이 재난 문자 알림을 받을 수 있도록 앱을 새로 내놓았다고 밝혔다.")


def test_listening_tool_notices_are_boilerplate():
    for line in ["읽어주기 기능은 크롬기반의 브라우저에서만 사용하실 수 있습니다.",
                 "기사 듣기 서비스는 일부 브라우저에서 지원되지 않습니다."]:
        assert is_boilerplate(line), line
    assert not is_boilerplate("새 차의 음성 인식 기능은 운전 중에도 쓸 수 있다.")


def test_buttons_named_with_haki_are_a_button_row():
    for line in ["프린트하기 | 메일보내기 | 목록보기", "북마크하기", "글자크기 설정", "북마크 · 공유하기"]:
        assert is_boilerplate(line), line
    assert not is_boilerplate("주차장을 함께 공유하기로 했다")


# -- a page's furniture around the text --

def test_most_read_box_after_the_copyright_line_is_not_the_article():
    ex = _page("<title>%s - 누리새뉴스</title><meta property='og:site_name' content='누리새뉴스'>" % HEADLINE,
               "<h1>%s</h1><div class='art-body'><p>%s</p><p>%s</p><p>%s</p></div>"
               "<div class='copy'>Copyright © 누리새뉴스 무단전재 및 재배포금지</div>"
               "<div class='side'><b>많이 본 기사</b><p>읍내 다리 보수 공사 다음 주 착공</p></div>" % (HEADLINE, PARA, PARA2, PARA3))
    assert "다리 보수" not in ex.body and PARA3 in ex.body


def test_a_short_last_paragraph_without_a_marker_before_it_stays():
    last = "군은 오는 10일 주민 설명회를 연다."
    ex = _page("<title>%s - 누리새뉴스</title>" % HEADLINE,
               "<h1>%s</h1><div class='art-body'><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>"
               "<div class='copy'>Copyright © 누리새뉴스 무단전재 및 재배포금지</div>" % (HEADLINE, PARA, PARA2, PARA3, last))
    assert ex.body.endswith(last)


def test_menu_items_above_the_headline_and_the_byline_under_it_are_no_text():
    menu = "".join("<a>%s</a>" % w for w in ["정치", "경제", "국제", "사회", "문화", "연예", "스포츠", "여행", "건강"])
    ex = _page("<title>%s｜누리새뉴스</title><meta property='og:title' content='%s'>" % (HEADLINE, HEADLINE),
               "<div class='gnb'>%s</div><div class='article_title'><h3>%s</h3><span>한가온 특파원</span>"
               "<span>입력 2024-06-03 08:10</span><ul><li>북마크</li><li>글자크기 설정</li></ul></div>"
               "<div class='article_txt'>[파리=한가온 특파원] %s<br><br>%s<br><br>%s</div>" % (menu, HEADLINE, PARA, PARA2, PARA3))
    assert ex.authors == ["한가온"]
    assert not any(w in ex.subheadings for w in ("정치", "건강", "한가온 특파원"))
    assert ex.body.startswith(PARA[:20]) and "북마크" not in ex.body


# -- a series tag on the meta title --

def test_series_tag_the_shown_headline_leaves_out_is_dropped():
    ex = _page("<title>x</title><meta property='og:title' content='[골목에서] 시장 셔틀버스가 남긴 것'>",
               "<p class='series'>골목에서</p><h2 class='title'>시장 셔틀버스가 남긴 것</h2>"
               "<div><p>%s</p><p>%s</p><p>%s</p></div>" % (PARA, PARA2, PARA3))
    assert ex.title == "시장 셔틀버스가 남긴 것"


def test_tag_the_shown_headline_keeps_stays():
    ex = _page("<title>x</title><meta property='og:title' content='[단독] 시장 셔틀버스 노선 세 배로'>",
               "<p class='tag'>단독</p><h1>[단독] 시장 셔틀버스 노선 세 배로</h1>"
               "<div><p>%s</p><p>%s</p><p>%s</p></div>" % (PARA, PARA2, PARA3))
    assert ex.title == "[단독] 시장 셔틀버스 노선 세 배로"


def test_name_under_a_label_in_a_list_item_beside_the_date():
    assert byline_node(["기자명 도담결", "입력 2024.06.03 08:10", "댓글 0"]) == ("도담결", "2024-06-03T08:10:00+09:00")
    assert byline_node(["도담결 기자 ㅣ 입력 2024.06.03 08:10 ㅣ 수정 2024.06.03 09:45"]) == \
        ("도담결", "2024-06-03T08:10:00+09:00")


def test_a_lead_of_two_sentences_under_the_headline_is_text_not_a_subheading():
    lead = "원로 조각가 한가온 씨가 3일 별세했다. 향년 91세."
    ex = _page("<title>원로 조각가 한가온 별세 - 누리새뉴스</title>",
               "<h3>원로 조각가 한가온 별세</h3><div class='art-body'><p>%s</p><p>%s</p><p>%s</p></div>" % (lead, PARA, PARA2))
    assert lead in ex.body and lead not in ex.subheadings
    ex = _dump("\n".join([HEADLINE, "장날 셔틀버스 하루 여섯 번 운행", "", PARA, "", PARA2]))
    assert ex.subheadings == ["장날 셔틀버스 하루 여섯 번 운행"]


def test_reporter_node_looks_past_the_update_for_the_date_and_may_carry_an_address():
    assert byline_node(["입력 2024.06.03 08:10", "수정 2024.06.03 09:45", "기자명 도담결 기자"]) == \
        ("도담결", "2024-06-03T08:10:00+09:00")
    assert byline_node(["도담결 기자 damgyeol@nurisae.example | 입력 2024.06.03 08:10"]) == \
        ("도담결", "2024-06-03T08:10:00+09:00")


def test_writer_labels_at_the_end_of_a_dump():
    for tail in ["정리=도담결 기자", "[글 | 도담결 기자]", "글·사진 | 도담결 기자"]:
        ex = _dump("\n".join([HEADLINE, "2024.06.03 08:10", "", PARA, "", PARA2, "", tail]))
        assert ex.authors == ["도담결"] and tail not in ex.body, tail


def test_a_short_last_sentence_after_a_photo_credit_stays():
    last = "행사는 오는 10일까지 열린다."
    ex = _page("<title>%s - 누리새뉴스</title>" % HEADLINE,
               "<h1>%s</h1><div class='art-body'><p>%s</p><p>%s</p><p>%s</p>"
               "<figure><img src='a.jpg'><figcaption>ⓒ누리새뉴스</figcaption></figure><p>%s</p></div>"
               % (HEADLINE, PARA, PARA2, PARA3, last))
    assert ex.body.endswith(last)


def test_subscription_prompts_of_other_shapes_and_the_sentences_they_are_not():
    for line in ["네이버에서 누리새뉴스를 구독하세요", "카카오톡 채널을 추가하시면 주요 뉴스를 받아보실 수 있습니다.",
                 "무료 뉴스레터 받아보기", "도담결 기자의 다른 기사 보기", "기자 프로필"]:
        assert is_boilerplate(line), line
    for line in ["넷플릭스 구독료가 오르면서 시청자 부담이 커지고 있습니다.", '"구독해 주세요"라는 말이 유행이다.',
                 "유튜브 구독자 100만 명을 넘기며 화제가 됐다.", "정부는 국민들에게 재난 알림 설정을 확인해 달라고 당부했다."]:
        assert not is_boilerplate(line), line


def test_ranking_box_headings_end_the_text_but_a_sentence_starting_so_does_not():
    for line in ["실시간 인기기사", "오늘의 주요뉴스", "랭킹뉴스", "많이 본 뉴스 더보기", "이 기사와 함께 많이 본 기사"]:
        assert is_end_marker(line), line
    assert not is_end_marker("인기 기사 목록에 오른 글은 하루 만에 10만 회 넘게 읽혔다.")
    assert not is_end_marker("최신 기사 검색 기능은 다음 달부터 유료로 바뀐다.")


def test_a_ranking_boxs_now_heading_without_its_noun_ends_the_text():
    for line in ["실시간 인기", "지금 뜨는 기사", "이 시각 핫한 뉴스", "실시간 화제"]:
        assert is_end_marker(line), line
    for line in ["실시간 인기 검색어 서비스가 다음 달 문을 닫는다.", "지금 뜨는 해를 보러 사람들이 몰렸다.",
                 "실시간 인기 순위", "지금 뜨는 별"]:
        assert not is_end_marker(line), line


def test_a_share_buttons_sentence_with_the_networks_after_it_is_boilerplate():
    for line in ["이 기사를 공유합니다  페이스북  카카오스토리  밴드", "기사를 공유합니다 카카오톡 X 링크복사"]:
        assert is_boilerplate(line), line
    for line in ["군은 이 기사를 공유합니다 라는 문구를 없앴다.", "이 글을 공유합니다 누구나 읽을 수 있도록 했다."]:
        assert not is_boilerplate(line), line


@pytest.mark.parametrize("box", [["실시간 인기", "1. 읍내 장날 주차 대란", "2. 군청 앞 교차로 공사"],
                                 ["지금 뜨는 기사", "군 축제 일정 나왔다", "장터 국밥값 올라", "셔틀버스 노선 바뀐다"]])
def test_the_reporter_signing_under_a_ranking_box_and_the_copyright_line(box):
    """A dump whose reporter signs after the box of headlines and the copyright line: the box is cut, the sign-off read."""
    lines = [HEADLINE, "", PARA, "", PARA2, "", *box, "", "ⓒ 모아군민신문 무단 전재 금지", "", "하누리 기자 hanuri@moa.example"]
    ex = _dump("\n".join(lines))
    assert ex.authors == ["하누리"] and ex.author_emails == ["hanuri@moa.example"]
    assert PARA2 in ex.body and box[1] not in ex.body and box[0] not in ex.body


def test_a_dump_ending_in_its_sign_off_then_a_share_bar_and_a_now_box():
    lines = [HEADLINE, "글·사진 하누리 기자", "", PARA, "", PARA2, "", "하누리 기자 hanuri@moa.example", "",
             "이 기사를 공유합니다  페이스북  밴드", "", "지금 뜨는 기사", "군 축제 일정 나왔다", "장터 국밥값 올라"]
    ex = _dump("\n".join(lines))
    assert ex.authors == ["하누리"] and ex.author_emails == ["hanuri@moa.example"]
    assert ex.body.rstrip().endswith(PARA2[-20:]) and "공유합니다" not in ex.body and "국밥값" not in ex.body


def test_one_line_of_dates_then_the_byline_on_a_page_and_in_a_dump():
    ex = _page("<title>%s - 누리새뉴스</title>" % HEADLINE,
               "<h3 class='art-title'>%s</h3><div class='art-info'>입력 2024.06.03 08:10 | 수정 2024.06.03 09:45"
               " &nbsp; 기자명 도담결 기자</div><div class='art-body'><p>%s</p><p>%s</p><p>%s</p></div>"
               % (HEADLINE, PARA, PARA2, PARA3))
    assert ex.authors == ["도담결"] and ex.published.startswith("2024-06-03T08:10")
    ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10 ㅣ 수정 2024.06.03 09:45 ㅣ 도담결 기자", "", PARA, "", PARA2]))
    assert ex.authors == ["도담결"] and ex.published == "2024-06-03T08:10:00+09:00"
    assert ex.updated == "2024-06-03T09:45:00+09:00" and ex.body.startswith(PARA[:20]) and not ex.subheadings


# -- credits of other shapes: two roles joined by '=', a citizen reporter, a source line with its desk and reporter --

def test_interview_roles_joined_by_an_equals_sign_and_a_citizen_reporter():
    for line, name in [("대담=정리 한결내 기자 · 사진 도담결 기자", "한결내"), ("대담·정리 한결내 기자", "한결내"),
                       ("한결내 시민기자", "한결내"), ("글 한결내 명예기자", "한결내"), ("대담=한결내 논설위원, 정리=도담결 기자", "한결내")]:
        ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10", line, "", PARA, "", PARA2]))
        assert ex.authors == [name], line
        assert line not in ex.body
    ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10", "", PARA, "", "시민기자 교육은 다음 달 열린다.", "", PARA2]))
    assert ex.authors == [] and "시민기자 교육은 다음 달 열린다." in ex.body


def test_a_labelled_source_field_names_the_press_then_its_reporter():
    ex = _dump("\n".join(["제목: " + HEADLINE, "출처: 새봄일보 / 사회부 한결내 기자", "", PARA, "", PARA2]))
    assert ex.outlet == "새봄일보" and ex.authors == ["한결내"]
    ex = _dump("\n".join(["제목: " + HEADLINE, "출처: 새봄일보 사회부", "", PARA, "", PARA2]))
    assert ex.outlet == "새봄일보" and ex.authors == []


# -- boxes after the text: a share bar without its colon, a box of hot stories, a writer's other stories --

def test_share_bar_hot_box_and_more_by_boxes_end_the_text():
    for box in (["공유하기 페이스북 트위터 카카오톡 URL복사", "HOT 클릭", "[영상] 주말 장터 풍경 | 시장 상인 인터뷰"],
                ["이 셰프의 다른 이야기", "- 봄나물 비빔밥", "- [레시피] 들깨 칼국수"],
                ["이 작가의 다른 글", "겨울 골목 산책"], ["BEST 뉴스", "1 장날 셔틀버스 첫 운행"]):
        ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10", "", PARA, "", PARA2, "", *box]))
        assert ex.body.endswith(PARA2), box
    for line in ("이 셰프의 다른 이야기는 다음 주에 이어진다.", "HOT 클릭 수가 가장 많은 기사는 장날 소식이었다.",
                 "공유하기 버튼을 누르면 페이스북과 트위터로 보낼 수 있다."):
        assert not is_end_marker(line) and not is_boilerplate(line), line


def test_summary_notice_and_caption_source_are_no_text():
    assert is_boilerplate("자동 생성된 요약으로 전체 맥락을 반영하지 못할 수 있습니다.")
    assert not is_boilerplate("시는 자동 생성된 요금표가 전체 구간을 반영하지 못할 수 있다고 밝혔다.")
    ex = _dump("\n".join([HEADLINE, "입력 2024.06.03 08:10", "", PARA, "", "▲ 시장 북쪽 공터에 들어설 주차장 조감도 ⓒ 모아군 제공",
                          "", PARA2]))
    assert "ⓒ 모아군 제공" not in ex.body and "주차장 조감도" in ex.body



# -- a byline printed only at the end, after the copyright sign and the outlet's name --

@pytest.mark.parametrize("line", ["ⓒ 늘봄신문 | 차도하 기자", "© 늘봄신문 · 차도하 기자", "(c) 늘봄신문 / 차도하 기자",
                                  "저작권자 ⓒ 2024 늘봄신문 - 차도하 기자 doha@neulbom.example"])
def test_a_copyright_line_ending_in_the_credit_names_the_reporter(line):
    page = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1><div class='article'><p>{PARA}</p><p>{PARA2}</p>"
                 f"<p>{PARA3}</p><p class='end'>{line}</p></div><footer>늘봄신문 주소 | 사업자등록번호 000-00-00000</footer>")
    assert page.authors == ["차도하"]


@pytest.mark.parametrize("line", ["ⓒ 늘봄신문 | 무단 전재 및 재배포 금지", "ⓒ 늘봄신문 | 사진 차도하 기자"])
def test_a_copyright_line_with_no_writer_names_no_reporter(line):
    from builder.rules.ko.article import credit_line
    found = credit_line(line)
    assert found is None or found.author is None


# -- a broadcast caption behind a link's mark names the speaker of the quotation under it --

QUOTE_LINE = "\"장날마다 차를 댈 곳이 없어 손님이 발길을 돌립니다.\""


@pytest.mark.parametrize("caption", ["☞ 도담결 / 누리새시장 상인회장", "▶ 도담결 | 누리새시장 상인회장", "☞ 도담결(61) / 상인",
                                     "▶ 인터뷰 도담결 누리새시장 상인회장", "☞ 한가온, 누리새군 주민"])
def test_a_marked_caption_above_a_quotation_stays_in_the_text(caption):
    for paras in ([PARA, caption, QUOTE_LINE, PARA2, PARA3], [PARA, PARA2, PARA3, caption, QUOTE_LINE, PARA2 + " 또"]):
        ex = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in paras))
        assert caption in ex.body, caption


@pytest.mark.parametrize("link", ["☞ 관련기사 / 장날 셔틀버스 운행", "▶ 누리새군, 장날 셔틀버스 운행", "☞ 누리새뉴스 바로가기"])
def test_a_marked_link_is_boilerplate_even_above_a_quotation(link):
    ex = _page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1>" + "".join(
        f"<p>{p}</p>" for p in [PARA, link, QUOTE_LINE, PARA2, PARA3]))
    assert link not in ex.body and QUOTE_LINE in ex.body
