"""Page shapes of round 51: a newsletter's lead story under a bracketed section label with only its dated line under
the headline; a series' label a meta title puts before the headline the page shows; a metadata publication time later
than the update the page prints; a reader view's address line and its reading-time estimate; a portal app's outlet line
over the story's date; an outlet's follow button ('X 구독').

Every page and dump here is written for the test; outlets and people are invented."""

from __future__ import annotations

import json

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (is_boilerplate, mail_frame, mail_sender, outlet_over_date, refine, series_label_before,
                                      shown_before_metadata)

HEADLINE = "물빛시 노선버스 전기차로 모두 바꾼다…내년 말까지 180대"
PARA = ("물빛시는 시내 노선버스 180대를 내년 말까지 모두 전기버스로 바꾸겠다고 4일 밝혔다. "
        "교체 비용 가운데 절반은 국비로 충당한다.")
PARA2 = ("시는 차고지 네 곳에 급속 충전기 60기를 새로 설치한다. 운전기사 교육은 다음 달부터 "
         "차례로 진행할 계획이라고 덧붙였다.")


def _dump(text: str, name: str = "dump.txt"):
    return refine(extract_text(text, name))


def _page(head: str, body: str):
    ex, _lang, _rules = refined(extract_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"))
    return ex


# -- a newsletter mailed as text: its lead story under a bracketed label, dated under its headline --

def _letter(label: str, dated: str) -> str:
    return "\n".join([
        "물빛 저녁편지 제57호", "받은편지함", "", "보낸사람: 금빛일보 뉴스레터 <letter@seolmu.example>", "받는사람: 나",
        "2027년 3월 5일 (금) 오후 6:00", "", "반가운 저녁입니다. 오늘 저녁편지는 버스 소식으로 엽니다.", "",
        label, "", HEADLINE, "", dated, "", PARA, "", PARA2, "", "설무진 기자 mujin@seolmu.example", "",
        "이 메일은 금빛일보 뉴스레터 수신에 동의하신 분께 발송됩니다."])


def test_letter_lead_story_under_a_bracketed_label_is_the_article():
    for label in ("[오늘의 기사]", "【주요 뉴스】", "오늘의 기사"):
        ex = _dump(_letter(label, "기사입력 : 2027년 3월 4일 17:20"), "seolmu_letter_20270305.txt")
        assert ex.title == HEADLINE, label
        assert ex.published == "2027-03-04T17:20:00+09:00", label  # the story's date, not the day the mail went
        body = "\n".join(ex.body_lines)
        assert "반가운 저녁" not in body and "오늘의 기사" not in body and "주요 뉴스" not in body
        assert ex.authors == ["설무진"]


def test_letter_with_no_label_greeting_and_sent_time_are_no_article():
    text = _letter("", "기사입력 : 2027년 3월 4일 17:20")
    ex = _dump(text, "seolmu_letter_20270305.txt")
    assert ex.title == HEADLINE and ex.published == "2027-03-04T17:20:00+09:00"
    assert "반가운 저녁" not in "\n".join(ex.body_lines)
    assert ex.outlet == "금빛일보"  # the outlet the sender field names before its letter's name


def test_sender_field_of_a_letter_frame():
    assert mail_sender(["받은편지함", "보낸사람: 금빛일보 뉴스레터 <letter@seolmu.example>", "받는사람: 나"]) == "금빛일보 뉴스레터"
    assert mail_sender(["From: \"금빛일보\" <letter@seolmu.example>"]) == "금빛일보"
    assert mail_sender(["받은편지함", "받는사람: 나"]) is None  # no sender field


def test_webmail_subject_above_the_fields_is_the_letter_frame():
    subject, rest = mail_frame(_letter("", "기사입력 : 2027년 3월 4일 17:20").split("\n"))
    assert subject is None and "받은편지함" not in rest and "2027년 3월 5일 (금) 오후 6:00" not in rest
    assert "물빛 저녁편지 제57호" not in rest
    # near miss: a text whose first line is a sentence of its own, not a subject over a client's fields
    lines = ["설무진 기자가 보낸 메일을 옮깁니다.", "받은편지함", "보낸사람: 설무진 <mujin@seolmu.example>", "받는사람: 나"]
    assert mail_frame(lines) == (None, lines)


def test_letter_greeting_that_names_the_day_issue():
    for line in ("반가운 저녁입니다. 오늘 저녁편지는 버스 소식으로 엽니다.", "좋은 아침이에요. 이번 호에서는 세 가지 이야기를 준비했습니다."):
        assert is_boilerplate(line), line
    # near miss: a paragraph that opens with the greeting and goes on with the story
    assert not is_boilerplate("좋은 아침입니다. 오늘 물빛시는 버스 노선을 새로 발표했다.")


def test_bracketed_label_over_a_teaser_is_no_lead_story():
    # near miss: the label heads a headline and its teaser with no dated or credit line between: not the article
    text = "\n".join([HEADLINE, "", "입력 2027.03.04 17:20", "", PARA, "", PARA2, "", "설무진 기자", "",
                      "[주요 뉴스]", "", "물빛천 산책로 다음 달 다시 열려", "",
                      "물빛천 산책로가 정비를 마치고 다음 달 다시 열린다고 시가 밝혔다. 야간 조명도 새로 달았다."])
    ex = _dump(text)
    assert ex.title == HEADLINE and "산책로" not in "\n".join(ex.body_lines)


# -- a series' label in the meta title, printed apart over the page's headline --

def test_series_label_before_the_shown_headline_is_left_out():
    shown = "\"새벽 물길을 여는 사람들\""
    for label in ("[연재] 물길 따라 ⑵", "[기획] 물길 따라 ②", "<연재> 물길 따라 (2)", "[시리즈] 물길 따라 2회"):
        head = f"<title>{label} {shown} - 금빛일보</title><meta property='og:title' content='{label} {shown}'>"
        ex = _page(head, f"<p class='series'>{label}</p><h1>{shown}</h1><p>{PARA}</p><p>{PARA2}</p>")
        assert ex.title == shown, label


def test_other_text_before_the_headline_stays():
    assert series_label_before("[연재] 물길 따라 ⑵ 새벽 물길을 여는 사람들", "새벽 물길을 여는 사람들") == "[연재] 물길 따라 ⑵"
    # near misses: a tag of another kind (no series, no part), or a title that is no label plus the headline
    assert series_label_before("[인터뷰] 설무진 대표 새벽 물길을 여는 사람들", "새벽 물길을 여는 사람들") is None
    assert series_label_before("[연재] 물길 따라 ⑵ 새벽 물길을 여는 사람들", "물길을 여는 사람들 이야기") is None
    shown = "[단독] 새벽 물길을 여는 사람들"
    ex = _page(f"<title>{shown}</title>", f"<h1>{shown}</h1><p>{PARA}</p><p>{PARA2}</p>")
    assert ex.title == shown


# -- a metadata publication time later than the update the page prints --

def _dated_page(ld_published: str, shown: str) -> object:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
                     "datePublished": ld_published, "dateModified": ld_published}, ensure_ascii=False)
    return _page(f"<title>{HEADLINE}</title><script type='application/ld+json'>{ld}</script>",
                 f"<h1>{HEADLINE}</h1><div class='info'>설무진 기자 {shown}</div><p>{PARA}</p><p>{PARA2}</p>")


def test_metadata_time_after_the_shown_update_yields_to_the_shown_dates():
    ex = _dated_page("2027-03-06T09:00:00+09:00", "<span>입력 2027.03.04 07:10</span> <span>수정 2027.03.04 15:45</span>")
    assert ex.published == "2027-03-04T07:10:00+09:00" and ex.updated == "2027-03-04T15:45:00+09:00"


def test_metadata_time_before_the_shown_update_stays():
    # near misses: the metadata's time before the shown update, or no update shown to contradict it
    ex = _dated_page("2027-03-04T08:00:00+09:00", "<span>입력 2027.03.04 07:10</span> <span>수정 2027.03.04 15:45</span>")
    assert ex.published == "2027-03-04T08:00:00+09:00"
    ex = _dated_page("2027-03-06T09:00:00+09:00", "<span>입력 2027.03.04 07:10</span>")
    assert ex.published == "2027-03-06T09:00:00+09:00"
    assert shown_before_metadata("2027-03-04", ["입력 2027.03.01 07:10", "수정 2027.03.02 15:45"]) is None


# -- a reader view saved as text: the site's address and name over the headline, a reading-time estimate --

def test_reader_view_dump_headline_under_the_site_address():
    for address in ("seolmu.example", "https://www.seolmu.example/"):
        ex = _dump("\n".join([address, "금빛소식", "", HEADLINE, "", "설무진 기자", "", "읽는 데 3~4분 걸림", "",
                              "2027-03-04 14:20:00", "", PARA, "", PARA2, "", "Copyright © 금빛소식 무단전재 및 재배포 금지"]))
        assert ex.title == HEADLINE, address
        assert not any("걸림" in ln for ln in ex.body_lines)


def test_reading_time_lines():
    for line in ("읽는 데 3~4분 걸림", "읽는 시간 2분", "예상 읽기 시간 약 5-6분", "3분 읽기", "약 4분 분량"):
        assert is_boilerplate(line), line
    # near misses: a sentence of the text that tells minutes
    for line in ("시청까지 걸어서 3~4분 걸림을 확인했다.", "책을 읽는 데 30분 넘게 걸렸다고 말했다."):
        assert not is_boilerplate(line), line


# -- a portal app's dump: the outlet's name alone under the headline, over the story's date --

def test_portal_dump_outlet_line_over_the_date():
    ex = _dump("\n".join(["뉴스 홈  정치  경제  랭킹", "", HEADLINE, "", "금빛일보", "기사입력 2027.03.04 11:03", "",
                          PARA, "", PARA2, "", "설무진 기자(mujin@seolmu.example)"]))
    assert ex.outlet == "금빛일보" and "금빛일보" not in "\n".join(ex.body_lines)


def test_outlet_over_date_needs_an_outlet_name_and_a_date():
    assert outlet_over_date("금빛일보", ["기사입력 2027.03.04 11:03"])
    assert not outlet_over_date("교통 정책", ["기사입력 2027.03.04 11:03"])  # no outlet's name
    assert not outlet_over_date("금빛일보", ["설무진 기자"])  # no date under it
    assert not outlet_over_date("금빛일보", ["수정 2027.03.04 11:03"])  # an update's line


# -- an outlet's or a reporter's follow button --

def test_follow_buttons():
    for line in ("금빛일보 구독", "금빛일보 구독하기", "금빛일보 구독 +", "설무진 기자 구독"):
        assert is_boilerplate(line), line
    for line in ("금빛일보 구독자가 지난해 두 배로 늘었다.", "구독료를 올린 금빛일보"):
        assert not is_boilerplate(line), line
