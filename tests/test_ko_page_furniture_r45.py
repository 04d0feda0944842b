"""Page furniture and metadata of Korean pages: a site's slogan is no headline, a section no outlet; a portal's
notice, a photo's credit line and a layout table's side column are no text; both reporters of a shared byline.

Every page and dump here is written for the test; outlets and people are invented."""

from __future__ import annotations

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import _section_path, _strip_credits, co_reporters, is_boilerplate, refine, site_own_title

PARA = ("구는 다음 달부터 공영주차장 열두 곳의 야간 요금을 절반으로 낮추기로 했다고 밝혔다. "
        "구 관계자는 야간 주차 수요가 꾸준히 늘어 요금을 조정하게 됐다고 설명했다.")
PARA2 = ("요금 인하는 석 달 동안 시범 운영한 뒤 이용 실적을 보고 다른 주차장으로 넓힐지 정한다. "
         "구는 주차장 안내판과 누리집에 바뀐 요금을 알릴 계획이다.")
PARA3 = "주민들은 늦은 시간 귀가하는 가족이 많아 부담이 줄 것이라며 반겼다고 구는 전했다."
HEADLINE = "공영주차장 야간 요금 절반으로…다음 달부터 시범 운영"


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


def _dump(text: str):
    return refine(extract_text(text, "dump.txt"))


def _article(body_top: str = "") -> str:
    return (f"{body_top}<div class='view-con'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>"
            "<div id='footer'>Copyright © 2011 보람마루. All rights reserved.</div>")


# -- a site's own title and a section in og:site_name --

def test_site_name_and_slogan_in_meta_titles_give_way_to_the_shown_headline():
    head = ("<title>보람마루 - 이웃을 비추는 창</title><meta property='og:title' content='보람마루 - 이웃을 비추는 창'>"
            "<meta property='og:site_name' content='사회'>")
    body = ("<div><span class='logo'>보람마루</span><span>이웃을 비추는 창</span></div>"
            "<div class='section-title'>사회 &gt; 교통·주차</div>"
            f"<div class='view-title'>{HEADLINE}</div><div class='view-info'>곽나루 기자 승인 2026.03.02 09:10</div>")
    ex = _page(head, _article(body))
    assert ex.title == HEADLINE
    assert ex.outlet == "보람마루"


def test_a_headline_after_the_site_name_in_the_title_is_kept():
    head = f"<title>보람마루 - {HEADLINE}</title><meta property='og:title' content='보람마루 - {HEADLINE}'>"
    body = f"<div class='view-title'>{HEADLINE}</div><div>곽나루 기자 승인 2026.03.02 09:10</div>"
    assert _page(head, _article(body)).title == HEADLINE


def test_site_own_title_needs_a_site_name_and_a_second_part():
    assert site_own_title("보람일보 - 이웃을 비추는 창", [])
    assert site_own_title("보람마루 | 이웃을 비추는 창", ["Copyright © 보람마루. All rights reserved."])
    assert not site_own_title("보람마루 | 이웃을 비추는 창", ["다른 줄"])
    assert not site_own_title(HEADLINE, [])


def test_a_section_path_is_no_headline():
    assert _section_path("사회 > 교통·주차")
    assert _section_path("홈 › 경제 › 금융")
    assert not _section_path(HEADLINE)
    assert not _section_path("수출 3년 만에 반등 > 전망은 여전히 흐림이라는 분석이 나왔다")


def test_a_site_name_in_og_site_name_stays_the_outlet():
    head = f"<title>{HEADLINE}</title><meta property='og:title' content='{HEADLINE}'><meta property='og:site_name' content='보람마루'>"
    assert _page(head, _article(f"<h1>{HEADLINE}</h1>")).outlet == "보람마루"


# -- a text dump's slogan under the site's name --

def test_dump_slogan_under_the_site_name_above_the_menu_is_no_headline():
    text = "\n".join(["보람신문", "이웃과 마을을 잇는 생활 정보 신문", "", "홈  생활  교통  교육  문화  오피니언", "검색", "",
                      "교통", "", HEADLINE, "", "등록 2026.03.02 06:30", "", PARA, "", PARA2, "", "곽나루 기자"])
    ex = _dump(text)
    assert ex.title == HEADLINE
    assert not any("생활  교통" in ln for ln in ex.body_lines)


def test_dump_headline_right_under_the_site_name_is_still_the_headline():
    text = "\n".join(["보람신문", "", HEADLINE, "", "등록 2026.03.02 06:30", "", PARA, "", PARA2, "", "곽나루 기자"])
    assert _dump(text).title == HEADLINE


# -- a portal's notice, a photo's credit --

def test_portal_notice_on_provided_articles_is_boilerplate():
    assert is_boilerplate("모아모아 뉴스에서 제공하는 기사는 언론사가 작성한 것으로, 모아모아 뉴스의 편집 방향과 무관합니다.")
    assert is_boilerplate("본 콘텐츠의 저작권은 제공처에 있으며, 이를 무단 이용하는 경우 법적 책임을 질 수 있습니다.")
    assert not is_boilerplate("구는 주민들이 제공하는 의견을 모아 다음 달 언론사 간담회에서 공개하기로 했다.")


def test_photo_credit_after_a_caption_is_cut_and_the_caption_kept():
    assert _strip_credits("선수들이 결승골을 넣은 뒤 환호하고 있다. 모아배구연맹 제공") == "선수들이 결승골을 넣은 뒤 환호하고 있다."
    assert _strip_credits("시인 곽나루. 너울출판 제공") == "시인 곽나루."
    kept = "구는 올해부터 야간 주차 요금을 깎아 주고 셔틀버스를 무료로 제공한다."
    assert _strip_credits(kept) == kept
    assert _strip_credits(PARA) == PARA


def test_dump_caption_line_loses_its_credit():
    text = "\n".join(["보람신문", "", HEADLINE, "", "곽나루 기자", "입력 2026.03.02 10:00", "",
                      "주차장 입구에 새 요금 안내판이 붙어 있다. 보람구 제공", "", PARA, "", PARA2])
    assert not any("보람구 제공" in ln for ln in _dump(text).body_lines)


# -- a table page's side column --

def test_side_column_of_a_table_page_with_break_parted_paragraphs_is_no_text():
    head = f"<title>{HEADLINE} :: 보람마루</title><meta property='og:title' content='{HEADLINE}'>"
    body = (f"<table width='980'><tr><td width='680'><b>{HEADLINE}</b><br>기사입력 2026-03-02 오후 7:20 | 곽나루 기자<hr>"
            f"<div id='news_body'>{PARA}<br><br>{PARA2}<br><br>{PARA3}</div><p>곽나루 기자 knaru@boram.example</p></td>"
            "<td valign='top'><b>생활 많이 본 기사</b><br>동네 빵집 지도 나왔다<br>주말 장터 다시 연다</td></tr></table>")
    ex = _page(head, body)
    text = " ".join(ex.body_lines)
    assert PARA3[:20] in text
    assert "많이 본 기사" not in text and "동네 빵집 지도" not in text


# -- two reporters of one byline --

def test_both_reporters_of_a_shared_byline_are_kept():
    assert co_reporters("곽나루", ["곽나루·편도담 기자"]) == ["편도담"]
    assert co_reporters("곽나루", ["곽나루, 편도담 기자 입력 2026.03.02"]) == ["편도담"]
    assert co_reporters("곽나루", ["곽나루 기자 · 편도담 기자"]) == ["편도담"]
    assert co_reporters("곽나루", ["곽나루 기자 입력 2026.03.02 사진 편도담 기자"]) == []
    assert co_reporters("곽나루", ["곽나루 기자"]) == []
    assert co_reporters("편도담", ["곽나루·편도담 기자"]) == []


def test_dump_with_a_shared_byline_has_both_authors():
    text = "\n".join(["보람신문", "", HEADLINE, "", "곽나루·편도담 기자", "입력 2026.03.02 10:00", "", PARA, "", PARA2])
    assert _dump(text).authors[:2] == ["곽나루", "편도담"]
