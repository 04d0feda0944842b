"""Page shapes of round 53: a clipping service's text dump whose header names the press ('매체명 : …') and whose last
line is the service's own copyright; a paper whose meta tags name its media group while its <title> and its
copyright line name the paper; a dump's photo caption printed as a line of its own, its credit at its end.

Every page here is written for the test; outlets and people are invented."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import dump_caption, without_dump_captions

HEADLINE = "바람골시 공공자전거 두 배로…내년 봄까지 대여소 120곳"
PARA = ("바람골시는 공공자전거를 내년 봄까지 지금의 두 배인 1200대로 늘리겠다고 9일 밝혔다. "
        "대여소도 120곳을 새로 만든다.")
PARA2 = ("시는 대여 요금을 한 시간에 천원으로 묶어 두기로 했다. 끊어진 자전거길은 "
         "내년 예산으로 잇는다고 덧붙였다.")


def _dump(text: str):
    ex, _lang, _rules = refined(extract_text(text, "clip.txt"))
    return ex


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


# -- a clipping service's dump: its header's press field over its own copyright line at the end --

CLIP_HEADS = [
    ["━━━━━━━━━━━━━━━━", "[누리스크랩 기사 모음]", "매체명 : 솔바람일보", "게재일 : 2027-02-09 (화)", "면 : 8면 (사회)",
     "━━━━━━━━━━━━━━━━"],
    ["■ 스크랩 서비스 누리클립", "언론사: 솔바람일보", "보도일: 2027.02.09", "스크랩 일시: 2027.02.09 10:00"],
    ["[오늘의 기사]", "", "출처 : 솔바람일보", "게재일 : 2027년 2월 9일"],
    ["[오늘의 기사]", "출처 : 솔바람일보 https://solbaram.example/news/1", "게재일 : 2027년 2월 9일"],
]


@pytest.mark.parametrize("head", CLIP_HEADS)
def test_a_clippings_press_field_is_the_outlet_not_the_services_copyright(head):
    text = "\n".join([*head, "", HEADLINE, "", "도재현 기자", "", PARA, "", PARA2, "",
                      "※ 이 스크랩은 누리클립 회원 열람용으로만 제공됩니다.", "ⓒ 누리클립 2020"])
    ex = _dump(text)
    assert ex.outlet == "솔바람일보"
    assert PARA in ex.body


def test_a_banner_over_the_sheets_own_fields_gives_no_outlet_field():
    """Near miss: a banner and only the sheet's own fields (who made it, when): no press named, so the copyright
    line at the end still names the outlet."""
    text = "\n".join(["■ 주간 보도 모음", "스크랩 일시: 2027.02.09 10:00", "분류: 교통", "", HEADLINE, "", "도재현 기자",
                      "", PARA, "", PARA2, "", "ⓒ 솔바람일보"])
    assert _dump(text).outlet == "솔바람일보"


def test_a_dump_with_no_header_field_keeps_its_copyright_outlet():
    text = "\n".join([HEADLINE, "입력 2027.02.09 09:00", "", PARA, "", PARA2, "", "도재현 기자", "ⓒ 솔바람일보 무단전재 금지"])
    assert _dump(text).outlet == "솔바람일보"


# -- a paper of a media group: og:site_name names the group, the page names the paper --

GROUP_HEAD = ("<title>{h} - 솔바람일보</title><meta property='og:site_name' content='누리솔미디어그룹'>"
              "<meta name='copyright' content='누리솔미디어그룹'>")
BODY = ("<header><a href='/'>솔바람일보</a></header><h2 class='tit'>{h}</h2><div class='info'>도재현 기자 · 2027/02/09 09:00</div>"
        "<div class='txt'><p>{p}</p><p>{p2}</p></div><div class='cp'>{cp}</div>")


@pytest.mark.parametrize("cp", ["ⓒ 솔바람일보 &amp; solbaram.example, 무단 전재 및 재배포 금지",
                                "Copyright ⓒ 솔바람일보. All rights reserved.",
                                "저작권자 © 솔바람일보 무단전재 및 재배포 금지"])
def test_the_papers_own_name_over_its_groups_site_name(cp):
    ex = _page(GROUP_HEAD.format(h=HEADLINE), BODY.format(h=HEADLINE, p=PARA, p2=PARA2, cp=cp))
    assert ex.outlet == "솔바람일보"
    assert ex.title == HEADLINE


def test_the_groups_name_stays_when_the_copyright_names_the_group():
    """Near miss: the page's copyright line names the group too; the <title> alone does not outweigh the site's meta."""
    cp = "ⓒ 누리솔미디어그룹 무단 전재 및 재배포 금지"
    ex = _page(GROUP_HEAD.format(h=HEADLINE), BODY.format(h=HEADLINE, p=PARA, p2=PARA2, cp=cp))
    assert ex.outlet == "누리솔미디어그룹"


def test_a_desk_in_the_title_is_no_outlet():
    """Near miss: the <title>'s part is the section, not a paper; og:site_name stays the outlet."""
    head = f"<title>{HEADLINE} - 사회</title><meta property='og:site_name' content='솔바람일보'>"
    ex = _page(head, BODY.format(h=HEADLINE, p=PARA, p2=PARA2, cp="ⓒ 솔바람일보"))
    assert ex.outlet == "솔바람일보"


# -- a dump's photo caption: a line of its own ending in the photo's credit --

CAPTIONS = ["하늘마루 선수들이 골을 넣은 뒤 기뻐하고 있다. 바람골연맹 제공",
            "소설가 도재현. 솔바람출판 제공",
            "배우 도재현(왼쪽)과 감나린이 9일 오전 서울에서 열린 제작발표회에서 손을 흔들고 있다. /사진=솔바람일보 DB",
            "연극 '먼 바다의 집'의 한 장면. [사진=극단 물결 제공]",
            "새로 문을 연 바람골 도서관 전경. (사진=바람골시 제공)"]
NOT_CAPTIONS = [PARA,
                "시는 이 사업에 국비 20억원을 받았다. 나머지는 시비로 충당한다. 바람골시 제공",
                "바람골시는 시민에게 자전거 안전모를 무료로 제공",
                "시는 자전거 대여 정보를 누리집에서 제공한다.",
                "사진 동호회 회원들이 9일 바람골 호수 둘레길에서 철새를 찍고 있다."]


@pytest.mark.parametrize("line", CAPTIONS)
def test_a_dump_line_ending_in_a_photo_credit_is_a_caption(line):
    assert dump_caption(line)


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_a_paragraph_of_the_text_is_no_caption(line):
    assert not dump_caption(line)


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_dumps_caption_under_the_byline_leaves_the_body(caption):
    text = "\n".join(["솔바람일보", "", HEADLINE, "입력 2027.02.09 09:00", "도재현 기자", "", caption, "", PARA, "", PARA2,
                      "", "도재현 기자 dojh@solbaram.example"])
    ex = _dump(text)
    assert caption.split(".")[0] not in ex.body
    assert PARA in ex.body and PARA2 in ex.body


def test_a_photo_storys_only_text_stays():
    """Near miss: a photo story whose text is its caption keeps it; nothing else would be left."""
    lines = ["", CAPTIONS[0], "", "바람골연맹 제공 사진 모음"]
    assert without_dump_captions(lines) == lines


# -- a reporter's page link and a font-size toggle under the byline of a dump --

@pytest.mark.parametrize("button", ["기자 페이지", "기자 홈", "글자크기 조정", "글자 크기 조정"])
def test_a_button_under_the_byline_leaves_the_dump(button):
    text = "\n".join(["솔바람일보", "", HEADLINE, "입력 2027.02.09 09:00", "도재현 기자", button, "", PARA, "", PARA2])
    ex = _dump(text)
    assert button not in ex.body and PARA in ex.body


def test_a_sentence_about_a_reporters_page_stays():
    """Near miss: the words in a sentence of the text are no button."""
    line = "시는 누리집의 기자 페이지 메뉴를 없애고 보도자료 게시판으로 합쳤다고 밝혔다."
    ex = _dump("\n".join([HEADLINE, "입력 2027.02.09 09:00", "", PARA, "", line, "", PARA2]))
    assert line in ex.body
