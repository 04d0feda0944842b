"""Page shapes of round 56: an article heading set as a kicker element and a headline element (the title, and the
heading's joined line at the body's top); the page's time stamp left as a line at the body's top; one caption rule over one table of photo credits, a dump's captions read
more freely than a page's; a carried press signed by a partner's credit rather than by a copyright notice.

Every page and dump here is written for the test; outlets and people are invented."""

from __future__ import annotations

import json

import pytest

from builder.document import refined
from builder.extract.html import extract_html, time_stamp_line, without_kicker_heading_line, without_time_stamp_line
from builder.extract.text import extract_text
from builder.rules.ko.article import COPYRIGHT_NOTICE, credited_caption, dump_caption, refine

HEADLINE = "Harbour ferry timetable doubles for the winter season"
KICKER = "Island transport"
LEDE = ("The harbour authority of Quillmouth will run twice as many ferries between the mainland and Dunmere from "
        "December, its director Orla Penhallow said on Tuesday.")
PARA = ("Boats will leave every twenty minutes at peak hours, and a late service will be added on Fridays and "
        "Saturdays. Fares stay as they are until the spring.")
PARA2 = ("Penhallow said the extra crossings were paid for by the regional fund and would be reviewed after one "
         "year of service on the route.")


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(
        f"<html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


def _article(heading: str, *, og: str, ld: str | None = None, seo_h1: str | None = None):
    ld_tag = (f"<script type='application/ld+json'>{json.dumps({'@type': 'NewsArticle', 'headline': ld})}</script>"
              if ld else "")
    h1 = f"<nav><h1>{seo_h1}</h1></nav>" if seo_h1 else ""
    return _page(f"<title>{og} - Quillmouth Courier</title><meta property='og:title' content='{og}'>"
                 "<meta property='og:site_name' content='Quillmouth Courier'>" + ld_tag,
                 f"{h1}<main><article>{heading}<p>{LEDE}</p><p>{PARA}</p><p>{PARA2}</p></article></main>")


KICKER_HEADING = f"<h2><span class='kicker'>{KICKER}</span><span class='headline'>{HEADLINE}</span></h2>"


# -- a heading set as a kicker element and a headline element --

def test_headline_given_alone_by_the_metadata_drops_the_kicker():
    ex = _article(KICKER_HEADING, og=HEADLINE, seo_h1=f"{KICKER}: {HEADLINE}")
    assert ex.title == HEADLINE


def test_headline_given_after_another_kicker_is_the_title():
    ex = _article(f"<h1><span>{KICKER}</span><span aria-hidden='true'> - </span><span>{HEADLINE}</span></h1>",
                  og=f"Winter on the coast: {HEADLINE}")
    assert ex.title == HEADLINE


def test_metadata_giving_the_headline_behind_this_kicker_keeps_it():
    """Near miss: JSON-LD, read first, prints the kicker in the headline: the site counts it in."""
    ex = _article(KICKER_HEADING, ld=f"{KICKER}: {HEADLINE}", og=HEADLINE)
    assert ex.title == f"{KICKER}: {HEADLINE}"


def test_one_piece_heading_is_not_split():
    ex = _article(f"<h1>{KICKER}: {HEADLINE}</h1>", og=f"Winter on the coast: {HEADLINE}")
    assert ex.title != HEADLINE


def test_kicker_heading_line_leaves_the_body_top():
    ex = _article(KICKER_HEADING, og=f"{KICKER} - {HEADLINE}", ld=f"{HEADLINE} from December")
    assert ex.body_lines[0] == LEDE


def test_a_heading_line_of_two_parts_goes_a_one_piece_heading_or_a_paragraph_stays():
    from lxml import html as lxml_html
    tree = lxml_html.fromstring(f"<html><body>{KICKER_HEADING}<h3>Ferries at night</h3><p>{LEDE}</p></body></html>")
    joined = f"{KICKER} {HEADLINE}"
    assert without_kicker_heading_line([joined, LEDE, PARA], tree) == [LEDE, PARA]
    assert without_kicker_heading_line(["Ferries at night", LEDE], tree) == ["Ferries at night", LEDE]
    assert without_kicker_heading_line([LEDE, PARA, joined], tree) == [LEDE, PARA, joined]  # only among the first


# -- one caption rule over one table of photo credits --

@pytest.mark.parametrize("line", ["솔밭마을 저수지 둑길을 걷는 주민들. 사진=한도겸 기자",
                                  "어린이들이 물수제비를 뜨고 있다. 누리강보존회 제공",
                                  "새로 단장한 나루터 매표소 (촬영=한도겸 기자)"])
def test_caption_with_either_credit_on_any_page(line):
    assert credited_caption(line) and dump_caption(line)


def test_a_dump_reads_any_one_sentence_before_a_credit_as_a_caption_a_page_does_not():
    line = "누리강보존회가 지난 주말 강변 쓰레기를 치웠다. 사진=누리강보존회"
    assert dump_caption(line)
    assert not credited_caption(line)


@pytest.mark.parametrize("line", ["보존회는 올해 두 차례 정화 활동을 벌였다. 내년에도 이어간다. 누리강보존회 제공",
                                  "사진=한도겸 기자"])
def test_prose_or_a_credit_alone_is_no_caption(line):
    assert not credited_caption(line) and not dump_caption(line)


def test_a_quotation_before_a_credit_is_no_caption_on_a_page():
    assert not credited_caption('한도겸 회장은 "강이 맑아졌다"고 말했다. 사진=누리강보존회')


def test_dump_caption_line_leaves_the_body():
    caption = "어린이들이 물수제비를 뜨고 있다. 누리강보존회 제공"
    lede = "누리강보존회는 여름 내내 강변 물놀이 교실을 열기로 했다고 3일 밝혔다."
    para = "교실은 토요일마다 두 차례 열리며, 구명조끼와 간식은 보존회가 마련한다. 참가비는 받지 않는다."
    ex = refine(extract_text("\n".join(["솔개소식", "", "강변 물놀이 교실 여름 내내 연다", "입력 2027.06.03 08:00",
                                         "한도겸 기자", "", caption, "", lede, "", para, ""]), "dump.txt"))
    assert "물수제비" not in ex.body
    assert lede in ex.body and para in ex.body


# -- a carried press signed by a copyright notice, not by a partner's credit --

def _portal(copyright_line: str):
    lede = "누리강보존회는 여름 내내 강변 물놀이 교실을 열기로 했다고 3일 밝혔다."
    para = "교실은 토요일마다 두 차례 열리며, 구명조끼와 간식은 보존회가 마련한다. 참가비는 받지 않는다."
    para2 = "보존회 관계자는 \"아이들이 강과 친해지는 계기가 되길 바란다\"고 말했다."
    ex, _lang, _rules = refined(extract_html(
        "<html><head><meta charset='utf-8'><title>강변 물놀이 교실 여름 내내 연다 : 여울 연예</title>"
        "<meta property='og:site_name' content='여울 연예'><meta property='og:article:author' content='물비늘스타'>"
        "<meta name='twitter:creator' content='물비늘스타'></head><body>"
        "<div class='press'><img src='/p.png' alt='물비늘스타'></div><h2>강변 물놀이 교실 여름 내내 연다</h2>"
        "<div>기사입력 2027.06.03. 오후 1:10 <a href='https://press.example/9' class='orig'>기사원문</a></div>"
        f"<div id='body'><p>{lede}</p><p>{para}</p><p>{para2}</p><p>{copyright_line}</p></div></body></html>"))
    return ex


def test_carried_press_signed_by_its_copyright_notice():
    assert _portal("&lt;ⓒ물비늘스타, 무단 복제 금지&gt;").outlet == "물비늘스타"


def test_a_partners_credit_after_a_captions_words_signs_nothing():
    assert _portal("강변에서 물놀이를 즐기는 아이들. ⓒ물비늘스타").outlet != "물비늘스타"


@pytest.mark.parametrize("line, notice", [("ⓒ 물비늘스타", True), ("[Copyright © 물비늘스타]", True),
                                          ("<저작권자 © 물비늘스타>", True), ("제휴사 ⓒ 물비늘스타", False),
                                          ("강변의 아이들. ⓒ물비늘스타", False)])
def test_copyright_notice_opens_its_line(line, notice):
    assert bool(COPYRIGHT_NOTICE.match(line)) is notice


# -- the page's time stamp as a line at the body's top --

@pytest.mark.parametrize("line", ["04.02.2027, 07:45 Uhr", "09:12 JST, March 4, 2027", "4. Februar 2027",
                                  "quinta-feira, 4 de fevereiro de 2027 às 07:45", "2027-02-04 07:45"])
def test_time_stamp_line(line):
    assert time_stamp_line(line)


@pytest.mark.parametrize("line", ["Am 4. Februar 2027 legte die erste Fähre in Dunmere an.",
                                  "The new timetable starts on March 4, 2027 at every pier",
                                  "Updated 07.45 | Published 06.10"])
def test_a_sentence_with_a_date_or_a_time_alone_is_no_time_stamp(line):
    assert not time_stamp_line(line)


def test_time_stamp_leaves_only_the_body_top():
    stamp = "04.02.2027, 07:45 Uhr"
    assert without_time_stamp_line([stamp, LEDE, PARA]) == [LEDE, PARA]
    assert without_time_stamp_line([LEDE, PARA, stamp]) == [LEDE, PARA, stamp]
