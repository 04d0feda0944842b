"""Page shapes of round 54: a magazine's subscribe box with its offer; a photo caption closed by a picture credit in a
dump of a page; a broadcaster's og:site_name adding the kind of service (' 뉴스') to the name it signs its copyright
with; a webzine named only by its masthead's brand class and its footer row; a copyright's year after the name; a
columnist's byline with the writer's affiliation and post, and a Latin label before a spaced compound surname.

Every page and dump here is written for the test; outlets and people are invented."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (canonical_outlet, clean_authors, credited_caption, is_boilerplate, name_before_affiliation,
                                      outlet_from_copyright, refine, signed_name)

HEADLINE = "물빛시 노선버스 전기차로 모두 바꾼다…내년 말까지 180대"
PARA = ("물빛시는 시내 노선버스 180대를 내년 말까지 모두 전기버스로 바꾸겠다고 4일 밝혔다. "
        "교체 비용 가운데 절반은 국비로 충당한다.")
PARA2 = ("시는 차고지 네 곳에 급속 충전기 60기를 새로 설치한다. 운전기사 교육은 다음 달부터 "
         "차례로 진행할 계획이라고 덧붙였다.")


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


def _dump(text: str, name: str = "dump.txt"):
    return refine(extract_text(text, name))


# -- a subscribe box --

@pytest.mark.parametrize("line", ["월간 물소리 정기구독 신청하기 — 1년 12권 10% 할인",
                                  "주간 들빛 정기구독 신청 | 첫 달 무료",
                                  "물결신문 구독 신청하기 ▶ 연간 구독 20% 할인",
                                  "정기구독하기"])
def test_subscribe_box_with_offer_is_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["정기구독 신청이 지난해보다 두 배로 늘었다.",
                                  "잡지 정기구독 신청자는 올해 3만 명을 넘어섰다고 출판사는 밝혔다.",
                                  "종이 신문 정기구독 줄어"])
def test_sentence_about_subscriptions_is_not_furniture(line):
    assert not is_boilerplate(line)


def test_magazine_page_drops_its_subscribe_box_under_the_text():
    ex = _page("<title>가로수 그늘 - 월간 물소리</title>",
               f"<main><h1>{HEADLINE}</h1><p>글 설무진</p><p>{PARA}</p><p>{PARA2}</p>"
               "<div class='subscribe'>월간 물소리 정기구독 신청하기 — 1년 12권 10% 할인</div></main>")
    assert ex.body_lines[-1] == PARA2


# -- a caption closed by a picture credit --

@pytest.mark.parametrize("line", ["물빛시 전기버스 차고지 전경. 사진=설무진 기자",
                                  "시민들이 새 버스에 오르고 있다. /사진=물빛시 제공",
                                  "왼쪽부터 설무진 대표, 국하랑 이사 (사진=물결일보)",
                                  "연극 '푸른 물결'의 한 장면. [사진=극단 물소리 제공]"])
def test_caption_with_picture_credit(line):
    assert credited_caption(line)


@pytest.mark.parametrize("line", ["시는 전기버스 180대를 새로 들였다. 사진=설무진 기자",
                                  '설무진 대표는 "좋다"고 말했다. 사진=물빛시 제공',
                                  "사진=설무진 기자",
                                  "물빛시 전기버스 차고지 전경."])
def test_sentence_or_credit_alone_is_no_credited_caption(line):
    assert not credited_caption(line)


def test_dump_drops_caption_and_keeps_paragraphs():
    text = "\n\n".join([HEADLINE, "설무진 기자", "승인 2027.03.04 11:20", PARA,
                        "물빛시 전기버스 차고지 전경. 사진=국하랑 기자", PARA2, "ⓒ 물결타임스 무단전재 및 재배포 금지"])
    ex = _dump(text)
    assert ex.body_lines == [PARA, PARA2]


# -- the name a site signs its copyright with --

def test_service_word_after_signed_name_goes():
    assert signed_name("물결방송 뉴스", ["Copyright ⓒ 물결방송. 무단 전재 및 재배포 금지"]) == "물결방송"


@pytest.mark.parametrize("outlet,lines", [("물결방송 뉴스", ["Copyright ⓒ 물결미디어그룹. 무단 전재 금지"]),
                                          ("물결방송 뉴스", []),
                                          ("물결 뉴스룸", ["ⓒ 물결 무단 전재 금지"]),
                                          ("물결뉴스", ["ⓒ 물결 무단 전재 금지"])])
def test_name_kept_unless_the_copyright_signs_the_stem(outlet, lines):
    assert signed_name(outlet, lines) == outlet


def test_broadcaster_page_outlet_is_its_signed_name():
    ex = _page('<title>물빛시 노선버스 | 물결방송 뉴스</title><meta property="og:site_name" content="물결방송 뉴스">',
               f"<div class='gnb'>물결방송 | 뉴스 | 라디오</div><article><h1>{HEADLINE}</h1><p>설무진 기자</p>"
               f"<p>{PARA}</p><p>{PARA2}</p></article><div class='copy'>Copyright ⓒ 물결방송. 무단 전재 및 재배포 금지</div>")
    assert ex.outlet == "물결방송"
    assert ex.title == HEADLINE


# -- a webzine's brand and its footer row --

def test_webzine_named_by_brand_and_footer_row():
    ex = _page(f"<title>{HEADLINE}</title>",
               "<div class='top'><span class='brand'>들빛과물결 웹진</span> <a href='/a'>소식</a> <a href='/b'>사람</a></div>"
               f"<div class='post'><h1>{HEADLINE}</h1><div class='meta'>글 설무진 · 2027.03.04 15:48</div>"
               f"<p>{PARA}</p><p>{PARA2}</p></div>"
               "<div class='foot'>들빛과물결 · 문의 webzine@deulbit.example · © 2027</div>")
    assert ex.outlet == "들빛과물결"


def test_brand_class_alone_names_the_site():
    ex = _page(f"<title>{HEADLINE}</title>",
               "<div class='top'><a class='navbar-brand' href='/'>들빛소식</a></div>"
               f"<div class='post'><h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.outlet == "들빛소식"


def test_brand_word_inside_another_class_is_no_masthead():
    ex = _page(f"<title>{HEADLINE}</title>",
               "<div class='brandstory'>물빛상회 특가전</div>"
               f"<div class='post'><h1>{HEADLINE}</h1><p>{PARA}</p><p>{PARA2}</p></div>")
    assert ex.outlet != "물빛상회 특가전"


# -- a copyright's year after the name --

@pytest.mark.parametrize("line,name", [("© 주간 들빛 2027. 무단 전재 및 재배포를 금합니다.", "주간 들빛"),
                                       ("ⓒ 물결경제 2027 무단 전재·재배포 금지", "물결경제"),
                                       ("ⓒ 물결뉴스24 무단전재 금지", "물결뉴스24"),
                                       ("Copyright ⓒ 2027 물결일보. All rights reserved.", "물결일보")])
def test_copyright_year_is_no_part_of_the_name(line, name):
    assert outlet_from_copyright([line]) == name


# -- a columnist's byline, a Latin label --

@pytest.mark.parametrize("field,name", [("설무진 물빛대학교 사회학과 교수", "설무진"),
                                        ("국하랑 물결연구원 연구위원", "국하랑"),
                                        ("Reporter 황보 하늘", "황보 하늘")])
def test_byline_gives_the_name(field, name):
    assert clean_authors([field], None) == [name]


@pytest.mark.parametrize("field", ["설무진 국하랑 교수", "루시아 벨로 사회학자", "설무진"])
def test_byline_left_whole(field):
    assert name_before_affiliation(field) == field


def test_byline_with_a_note_after_it_gives_the_name():
    assert clean_authors(["설무진 물빛대학교 사회학과 교수 · 이 글은 본지 편집 방향과 다를 수 있습니다"], None) == ["설무진"]


@pytest.mark.parametrize("name,outlet", [("Moa Bridge Times 한국어판", "Moa Bridge Times"), ("물결타임스 한글판", "물결타임스"),
                                         ("물결타임스", "물결타임스")])
def test_korean_edition_word_is_no_part_of_the_outlet(name, outlet):
    assert canonical_outlet(name) == outlet
