"""Page shapes of round 52: a footer row with the site's address and its registration date under an article that
only shows an update time; a radio station's name ending in its band ('FM') read from its footer; a broadcaster's
tip box listing its phone and messenger channel after the label.

Every page here is written for the test; outlets and people are invented."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.rules.ko.article import is_boilerplate, legal_row_outlet, looks_like_outlet, printed_dates

HEADLINE = "물빛시 노선버스 전기차로 모두 바꾼다…내년 말까지 180대"
PARA = ("물빛시는 시내 노선버스 180대를 내년 말까지 모두 전기버스로 바꾸겠다고 4일 밝혔다. "
        "교체 비용 가운데 절반은 국비로 충당한다.")
PARA2 = ("시는 차고지 네 곳에 급속 충전기 60기를 새로 설치한다. 운전기사 교육은 다음 달부터 "
         "차례로 진행할 계획이라고 덧붙였다.")


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


# -- a footer row: the site, its address, its registration date --

@pytest.mark.parametrize("footer", ["물결일보 | 강원도 물빛시 중앙구 | 등록일 2014.05.20",
                                    "물결일보 · 충청남도 물빛군 · 등록 2014.05.20",
                                    "물결일보 | 주소: 경기도 물빛시 동구 | 등록일자 2014년 5월 20일"])
def test_registration_date_beside_site_address_is_not_the_article_date(footer):
    text = "\n".join([HEADLINE, "설무진 기자", "업데이트 2027.03.04 17:20", PARA, footer])
    published, _updated, _said = printed_dates(text)
    assert published == "2027-03-04T17:20:00+09:00"


def test_registration_date_on_a_board_row_stays_the_article_date():
    text = "\n".join([HEADLINE, "작성자 설무진 | 등록일 2027.03.04", PARA, "물빛시 중앙구 소식"])
    assert printed_dates(text)[0] == "2027-03-04"


def test_page_with_footer_registration_takes_its_shown_update():
    ex = _page('<title>물빛시 노선버스 - 물결일보</title>'
               '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2027-03-04T17:20:00+09:00"}</script>',
               f'<article><h1>{HEADLINE}</h1><div class="meta"><span>설무진 기자</span> '
               f'<time datetime="2027-03-04T17:20:00+09:00">업데이트 2027.03.04 17:20</time></div>'
               f'<p>{PARA}</p><p>{PARA2}</p></article>'
               '<footer>물결일보 | 강원도 물빛시 중앙구 | 등록일 2014.05.20</footer>')
    assert ex.published.startswith("2027-03-04")


# -- a radio station named by its band --

@pytest.mark.parametrize("name", ["물결FM", "금빛fm"])
def test_station_ending_in_its_band_looks_like_an_outlet(name):
    assert looks_like_outlet(name)


@pytest.mark.parametrize("name", ["FM", "라디오", "물결"])
def test_band_alone_or_plain_word_is_no_outlet(name):
    assert not looks_like_outlet(name)


def test_station_footer_row_names_the_outlet():
    assert legal_row_outlet("물결FM | 대표전화 051-000-0000 | Copyright 2016 MULGYEOL FM.") == "물결FM"


# -- a tip box: the label and its channels --

@pytest.mark.parametrize("line", ["제보하기 ☎ 02-000-0000 · 카카오톡 채널 '물결제보'",
                                  "기사 제보 ☏ 1588-0000 | tip@mulgyeol.example",
                                  "제보 전화 031-000-0000 / 카톡 ID mulgyeol_tip",
                                  "제보하기: 텔레그램 @mulgyeoltip"])
def test_tip_box_with_its_channels_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["제보하기 버튼을 누르면 02-000-0000으로 연결된다.",
                                  "제보는 031-000-0000으로 들어왔다고 경찰은 밝혔다.",
                                  "제보 전화 02-000-0000 에는 하루 수십 통의 신고가 걸려 왔다."])
def test_sentence_about_tips_stays(line):
    assert not is_boilerplate(line)


# -- a dump's menu opened by its link home --

def _dump(text: str, name: str = "dump.txt"):
    from builder.extract.text import extract_text
    from builder.rules.ko.article import refine
    return refine(extract_text(text, name))


@pytest.mark.parametrize("menu", ["뉴스홈 교통 행정 문화 스포츠", "HOME 정치 경제 사회 지역", "처음으로 시정 의회 동네소식"])
def test_menu_opened_by_home_link_is_no_headline(menu):
    ex = _dump("\n".join([menu, "", HEADLINE, "", "입력 2027.03.04. 17:20", "설무진 기자", "", PARA, "", PARA2]),
               "mulgyeol_20270304.txt")
    assert ex.title == HEADLINE


@pytest.mark.parametrize("line", ["뉴스홈 정치", "홈 개막전 앞둔 물결FC 감독 각오", "뉴스홈 개편으로 구독자가 늘었다."])
def test_short_or_sentence_line_after_home_word_is_no_menu(line):
    from builder.rules.ko.article import _menu_line
    assert not _menu_line(line)


# -- a broadcast transcript's quoting notice --

@pytest.mark.parametrize("line", ["※ 인터뷰 내용을 인용 보도할 때는 물결FM 저녁 광장 인터뷰임을 밝혀주십시오.",
                                  "방송 내용 인용 보도 시 프로그램명을 명시해 주시기 바랍니다.",
                                  "* 대담 내용을 인용 보도하실 때는 출처를 밝혀 주세요"])
def test_transcript_quoting_notice_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["인터뷰 내용을 인용 보도할 때는 맥락을 밝혀야 한다고 그는 말했다.",
                                  "위원회는 방송 내용을 인용 보도할 때 출처를 밝히도록 권고했다."])
def test_sentence_about_quoting_stays(line):
    assert not is_boilerplate(line)
