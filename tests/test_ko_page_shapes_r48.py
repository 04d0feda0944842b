"""Page shapes of round 48: a newsletter's issue line holding the year before a weekday date, an English subtitle
under a Korean headline, a columnist's profile box above the text, a list of other stories after a page's end mark,
and a button's label ('후원하기') set before the link to the reporter's other stories.

Every page, dump, outlet and person here is invented for the test."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import _head_line_limit, credit_line, is_boilerplate, is_end_marker, joined_year, refine

PARA = ("군은 다음 달부터 읍내 버스정류장 스무 곳에 온열 의자를 새로 놓는다고 밝혔다. "
        "군 관계자는 겨울철 이른 아침 통학생이 많다고 설명했다.")
PARA2 = ("의자는 기온이 영상 10도 아래로 내려가면 저절로 켜지고 밤 11시에 꺼진다. 군은 설치 뒤 "
         "이용 실태를 살펴 내년에 더 늘릴 계획이라고 덧붙였다.")
HEADLINE = "읍내 버스정류장 스무 곳에 온열 의자"


def _dump(*lines: str):
    return refine(extract_text("\n".join(lines), "dump.txt"))


def _html(body: str, title: str = HEADLINE):
    return refined(extract_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>"))[0]


def _text(*paragraphs: str) -> str:
    return "<div class='article'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


# --- the year in the issue line, before a weekday date -------------------------------------------------------------

@pytest.mark.parametrize("row, when", [
    ("제12호 · 2025 | 3월 3일(월) 오전 7시", "2025.3.3 (월) 07:00"),
    ("제7호 · 2025년 | 3월 3일(월) 오후 3시 20분", "2025.3.3 (월) 15:20"),
    ("2025 · 3.3(월) 18:05", "2025.3.3 (월) 18:05"),
    ("2025 | 3월 3일(월)", "2025.3.3 (월)"),
])
def test_a_year_in_the_cell_before_a_weekday_date_is_joined_to_it(row, when):
    assert when in joined_year(row)


@pytest.mark.parametrize("row", [
    "2025 | 3월 4일(월) 오전 7시",  # the 4th of March 2025 was a Tuesday: the year is not that date's
    "2025/3/3(월) 오전 7시",  # a whole date already
    "제12호 | 3월 3일(월) 오전 7시",  # no year
])
def test_no_year_is_joined_where_the_row_gives_none_or_the_weekday_disagrees(row):
    assert joined_year(row) == row


def test_a_newsletter_page_takes_its_date_from_the_issue_line():
    ex = _html("<table><tr><td>다온레터 제12호 · 2025 | 3월 3일(월) 오전 7시</td></tr>"
               f"<tr><td><h1>{HEADLINE}</h1><p>글 하예봄</p>" + "".join(f"<p>{p}</p>" for p in (PARA, PARA2))
               + "</td></tr></table>")
    assert ex.published == "2025-03-03T07:00:00+09:00"


# --- an English subtitle under the headline --------------------------------------------------------------------------

def test_an_english_subtitle_under_the_headline_is_no_text():
    subtitle = "Heated benches arrive at twenty rural bus stops before the winter"
    ex = _html(f"<h2>{HEADLINE}</h2><p class='en'>{subtitle}</p><div class='byline'>하예봄 기자</div>"
               + _text(PARA, PARA2))
    assert subtitle not in "\n".join(ex.body_lines)
    assert ex.body_lines[0] == PARA
    assert ex.title == HEADLINE


def test_the_head_line_limit_is_wider_only_for_a_latin_line_that_is_no_sentence():
    korean, subtitle = "읍내 정류장", "Heated benches arrive at twenty rural bus stops before the winter"
    assert _head_line_limit(subtitle) > len(subtitle) > _head_line_limit(korean)
    sentence = "The county said the benches would switch on below ten degrees and off at night."
    assert _head_line_limit(sentence) < len(sentence)


# --- a columnist's profile box above the text ------------------------------------------------------------------------

BIO = "사회부장과 논설위원을 지냈고 지금은 교통과 지역 행정을 맡고 있다."


def _column(box: str, *paragraphs: str):
    return _html(f"<h2>{HEADLINE}</h2><div class='info'><span>하예봄 논설위원</span> <span>2025. 3. 3. 09:10</span></div>"
                 + box + _text(*paragraphs))


def test_the_note_in_a_columnists_profile_box_above_the_text_is_no_text():
    ex = _column(f"<div class='profile'><img src='/p/h.jpg' alt='하예봄 논설위원'><p>{BIO}</p></div>", PARA, PARA2)
    assert ex.authors == ["하예봄"]
    assert ex.body_lines[0] == PARA and BIO not in ex.body_lines


@pytest.mark.parametrize("box", [
    f"<div class='profile'><img src='/p/h.jpg' alt='정류장 온열 의자'><p>{BIO}</p></div>",  # a photo of something else
    f"<div class='lead'><p>{BIO}</p></div>",  # no photo of the writer
])
def test_a_first_line_beside_no_photo_of_the_writer_stays_text(box):
    ex = _column(box, PARA, PARA2)
    assert BIO in ex.body_lines


def test_an_only_paragraph_beside_the_writers_photo_stays_text():
    only = f"{PARA} {PARA2}"
    ex = _column(f"<div class='profile'><img src='/p/h.jpg' alt='하예봄 논설위원'><p>{only}</p></div>")
    assert ex.body_lines == [only]


# --- a list of other stories after a page's end mark ---------------------------------------------------------------

OTHER_STORIES = ["항구 등대 새 단장 마쳐", "해변 산책로 야간 개방"]


def test_a_list_after_the_pages_more_link_is_no_text():
    ex = _html(f"<h1>{HEADLINE}</h1><div class='meta'>하예봄 기자 · 2025-03-03 오후 3:52</div>"
               f"<div class='view'><div class='txt'><p>{PARA} {PARA2}</p></div>"
               "<div class='nav'><a>이전 사진</a> <a>다음 사진</a> <a>포토뉴스 더보기</a></div></div>"
               "<div class='more'><ul>" + "".join(f"<li>{t}</li>" for t in OTHER_STORIES) + "</ul></div>")
    assert ex.body_lines == [f"{PARA} {PARA2}"]


def test_a_list_inside_the_text_stays():
    items = ["신청 기간은 3월 한 달", "대상은 군내 초등학생 가정"]
    ex = _html(f"<h1>{HEADLINE}</h1><div class='byline'>하예봄 기자</div><div class='article'><p>{PARA}</p>"
               "<ul>" + "".join(f"<li>{t}</li>" for t in items) + f"</ul><p>{PARA2}</p></div>")
    body = "\n".join(ex.body_lines)
    assert all(t in body for t in items)


# --- a button's label before the reporter's link ---------------------------------------------------------------------

@pytest.mark.parametrize("line", ["후원하기 기자", "응원하기 기자의 글 더 보기", "응원하기 기자"])
def test_a_buttons_label_before_the_reporters_title_names_no_one(line):
    found = credit_line(line)
    assert found is None or found.author is None


def test_a_reporters_credit_still_names_the_reporter():
    assert credit_line("하예봄 기자").author == "하예봄"


def test_a_dumps_button_row_under_the_byline_adds_no_reporter():
    ex = _dump(HEADLINE, "", "입력 2025.03.03 09:10", "하예봄 기자", "", PARA, "", PARA2, "",
               "하예봄 기자 yesol@daon.example", "응원하기 기자의 다른 기사")
    assert ex.authors == ["하예봄"]


# --- a reader app's frame under the saved text -----------------------------------------------------------------------

def test_a_reader_apps_lines_under_the_link_to_the_original_are_no_text():
    ex = _dump("읽기 모드", HEADLINE, "", "다온소식 · 충북", "등록 2025년 3월 3일", "", "글 하예봄 객원기자", "",
               PARA, "", PARA2, "", "원문 보기: https://www.daon.example/news/12",
               "저장한 날: 2025년 3월 5일", "하이라이트 2개 · 메모 1개", "", "추천 글", "· 호숫가 둘레길 새 단장")
    assert ex.body_lines[-1] == PARA2


@pytest.mark.parametrize("line", ["추천 글", "인기 글", "관련 글 더보기", "원문 보기: https://www.daon.example/news/12"])
def test_reader_app_headings_and_the_original_link_end_the_text(line):
    assert is_end_marker(line)


@pytest.mark.parametrize("line", ["최신 글로벌 공급망 동향", "추천 글이 많을수록 노출이 늘었다.", "원문 보기"])
def test_headlines_and_sentences_that_start_so_end_nothing(line):
    assert not is_end_marker(line)


@pytest.mark.parametrize("line", ["하이라이트 2개 · 메모 1개", "댓글 3 · 좋아요 12", "북마크 4 | 공유 2"])
def test_a_row_of_reader_counters_is_no_text(line):
    assert is_boilerplate(line)


def test_a_sentence_with_counts_is_text():
    assert not is_boilerplate("메모 3개와 하이라이트 2개를 남긴 독자가 많았다.")
