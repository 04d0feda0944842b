"""Round 60, Korean page shapes: a Hangul headline over a Latin og:title, a print page's section word above its
headline, a newsletter's sender row, a dump's menu over the section it is opened at, other stories' headlines under a
dump's sign-off, a box heading run on with its headlines in a table cell, and a columnist's writer line that gives the
title before the workplace. Every outlet, person and place here is invented."""

from __future__ import annotations

import pytest

from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (_affiliation, box_heading_run_on, boxes_run_on, dated_page_foot,
                                      latin_title_over_hangul_headline, legal_row_outlet, menu_over_its_item,
                                      is_boilerplate, name_before_affiliation, refine,
                                      without_headlines_after_signoff)

PARAS = ("초록내군은 다음 달부터 읍내 버스 정류장 스무 곳에 발열 벤치를 놓는다고 3일 밝혔다. 설치비는 군비로 충당한다.",
         "군 관계자는 겨울철 어르신 승객이 몰리는 곳부터 먼저 설치하겠다고 설명했다.",
         "군은 봄에 이용 실태를 조사해 설치 지역을 늘릴지 결정한다.")


COLUMN = ("승강장에서 차를 기다리는 동안은 누구에게나 같지만 추위를 견디는 힘은 같지 않다. 의자 하나가 그 차이를 줄인다.",
          "발열 벤치는 값비싼 시설이 아니다. 전기 요금과 관리 인력만 마련하면 어느 군이든 설치할 수 있다.",
          "남은 과제는 관리다. 고장 난 의자를 제때 고치지 못하면 설치하지 않은 것만 못하다는 말이 나온다.")


def _page(head: str, body: str) -> str:
    return f"<html lang=\"ko\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>"


# --- a Hangul headline over a Latin og:title --------------------------------------------------------------------

def test_latin_title_gives_way_to_the_hangul_headline_shown():
    html = _page('<title>County adds heated benches at bus stops - Choroknae Times</title>'
                 '<meta property="og:title" content="County adds heated benches at bus stops">',
                 '<div class="wrap"><h2 class="post-title">초록내군, 버스 정류장 스무 곳에 발열 벤치 설치</h2>'
                 '<div class="by">탁누리 기자</div><div class="txt">'
                 + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div>")
    assert refine(extract_html(html)).title == "초록내군, 버스 정류장 스무 곳에 발열 벤치 설치"


@pytest.mark.parametrize("title, headline, body, expected", [
    ("County adds heated benches", "초록내군, 정류장에 발열 벤치", list(PARAS), True),
    ("초록내군, 정류장에 발열 벤치", "초록내군, 정류장에 발열 벤치 설치", list(PARAS), False),  # a Hangul title stays
    ("County adds heated benches", "County adds heated benches at stops", list(PARAS), False),
    ("County adds heated benches", "초록내군, 정류장에 발열 벤치", ["The county said the benches arrive next month."], False),
])
def test_latin_title_over_hangul_headline(title, headline, body, expected):
    assert latin_title_over_hangul_headline(title, headline, body) is expected


# --- a print page's section word -----------------------------------------------------------------------------

def test_print_page_section_word_is_no_headline():
    text = ("2027년 3월 9일 화요일 A8\n사회\n\n초록내군 정류장 발열 벤치, 겨울 오기 전 모두 설치\n\n"
            "탁누리 기자\n\n" + "\n".join(PARAS) + "\n")
    ex = refine(extract_text(text, "choroknae_print_A8.txt"))
    assert ex.title == "초록내군 정류장 발열 벤치, 겨울 오기 전 모두 설치"
    assert "사회" not in ex.body_lines


# --- a newsletter's sender row ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("초록내일보 | 서울특별시 마포구 | 문의 letter@choroknae.example", "초록내일보"),
    ("초록내일보 | 부산광역시 중구 | 대표전화 051-000-0000", "초록내일보"),
    ("(주)초록내미디어 | 부산광역시 중구 | 대표전화 051-000-0000", None),  # the publisher's firm, not the paper
    ("초록내일보 | 서울특별시 마포구 | 오늘의 날씨", None),  # no way to reach the sender
])
def test_sender_row_names_the_paper(line, expected):
    assert legal_row_outlet(line) == expected


# --- a dump's menu over its crumb -------------------------------------------------------------------------------

@pytest.mark.parametrize("line, below, expected", [
    ("분양 재건축·재개발 청약 정책 칼럼", "재건축·재개발", True),
    ("여행 맛집 숙소 축제 캠핑", "캠핑", True),
    ("초록내군 정류장 발열 벤치 설치 완료", "발열 벤치 스무 곳 먼저", False),  # a sub-headline, not an item alone
    ("초록내군, 정류장 스무 곳에 발열 벤치", "초록내군 관계자는 설명했다.", False),
    ("분양 재건축 청약", "청약", False),  # too few items
])
def test_menu_over_its_item(line, below, expected):
    assert menu_over_its_item(line, below) is expected


def test_dump_menu_row_over_its_crumb_is_no_headline():
    text = ("초록내경제\n분양 재건축·재개발 청약 정책 칼럼\n\n재건축·재개발\n\n"
            "초록내 은행나무단지 재건축 첫발\n\n등록 2026.05.04 10:05\n탁누리 기자\n\n"
            + "\n\n".join(PARAS) + "\n")
    assert refine(extract_text(text, "choroknae_0504.txt")).title == "초록내 은행나무단지 재건축 첫발"


# --- other stories' headlines under a dump's sign-off -----------------------------------------------------------

def test_headlines_after_signoff_go_footer_stays():
    lines = [*PARAS, "", "nuri.tak@choroknae.example", "", "[인사] 초록내그룹 부장급 전보 명단",
             "읍내 상가 공실률 석 달째 내림세…회복 신호", "", "<저작권자(c) 초록내일보, 무단 전재-재배포 금지>"]
    kept = without_headlines_after_signoff(lines)
    assert "[인사] 초록내그룹 부장급 전보 명단" not in kept and "읍내 상가 공실률 석 달째 내림세…회복 신호" not in kept
    assert kept[-1].startswith("<저작권자") and "nuri.tak@choroknae.example" in kept


@pytest.mark.parametrize("after", [
    ["정정보도문: 지난 기사에서 설치 장소를 잘못 적었기에 바로잡습니다."],  # a sentence after the sign-off
    ["읍내 상가 공실률 석 달째 내림세…회복 신호"],  # one line alone proves no box
    ["좋아요 12  응원해요 3", "관련기사 더보기", "읍내 상가 공실률 석 달째 내림세…회복 신호"],  # the box's own heading
])
def test_lines_after_signoff_kept(after):
    lines = [*PARAS, "nuri.tak@choroknae.example", *after]
    assert without_headlines_after_signoff(lines) == lines


# --- a box heading run on with its headlines ---------------------------------------------------------------------

def test_box_heading_run_on_with_its_headlines():
    html = _page("", '<table><tr><td><b>지역 주요뉴스</b><br>읍내 상가 공실률 석 달째 내림세<br>초록내역 임시열차 증편</td></tr></table>')
    tree = extract_html(html).page_tree
    assert box_heading_run_on("지역 주요뉴스 읍내 상가 공실률 석 달째 내림세 초록내역 임시열차 증편", tree) == "지역 주요뉴스"
    assert box_heading_run_on("지역 주요뉴스가 늘었다고 군은 3일 밝혔다.", tree) is None
    assert box_heading_run_on(PARAS[0], tree) is None


def test_box_above_the_text_does_not_end_it():
    html = _page("", '<table><tr><td><b>많이 본 기사</b><br>읍내 상가 공실률 석 달째 내림세<br>초록내역 임시열차 증편</td></tr></table>')
    tree = extract_html(html).page_tree
    box = "많이 본 기사 읍내 상가 공실률 석 달째 내림세 초록내역 임시열차 증편"
    assert boxes_run_on([box, *PARAS], tree) == [box, *PARAS]
    assert boxes_run_on([*PARAS, box], tree) == [*PARAS, "많이 본 기사"]


# --- a columnist's writer line, the title first ----------------------------------------------------------------

@pytest.mark.parametrize("author, name", [
    ("탁누리 교수·초록내대학교 건축학과", "탁누리"),
    ("탁누리 연구위원·초록내연구원", "탁누리"),
    ("탁누리 초록내대 사회학과 교수", "탁누리"),
    ("탁누리", "탁누리"),
    ("초록내 교수·연구진", "초록내 교수·연구진"),  # no name first
])
def test_name_before_a_title_first_affiliation(author, name):
    assert name_before_affiliation(author) == name


def test_title_first_affiliation_reads_as_one():
    assert _affiliation("교수·초록내대학교 건축학과")
    assert not _affiliation("초록내군 버스 정류장")


def test_column_writer_line_leaves_the_body():
    html = _page("<title>정류장 발열 벤치가 남긴 것 : 오피니언 : 초록내일보</title>",
                 '<article><h1>정류장 발열 벤치가 남긴 것</h1>'
                 '<div class="writer"><strong>탁누리</strong> 교수·초록내대학교 건축학과</div>'
                 '<div class="date">입력 2026.12.04 18:30</div>'
                 '<div class="body">' + "".join(f"<p>{p}</p>" for p in PARAS + COLUMN)
                 + '<p class="writer-end">탁누리 교수·초록내대학교 건축학과</p></div></article>')
    ex = refine(extract_html(html))
    assert ex.authors == ["탁누리"]
    assert ex.body_lines[-1] == COLUMN[-1]


# --- a print page whose foot names the paper, and cuts a paragraph ----------------------------------------------

def test_print_page_foot_names_the_paper_and_the_cut_paragraph_goes_on():
    text = ("2027년 3월 9일 화요일 A8\n사회\n\n초록내군 정류장 발열 벤치, 겨울 오기 전 모두 설치\n\n탁누리 기자\n\n"
            "초록내군은 다음 달부터 읍내 승강장 스무 곳에\n발열 벤치를 들인다고 3일 밝혔다. 설치비는\n"
            "군비로 충당하고 관리는 읍사무소가\n맡는다. 군 관계자는 겨울철 어르신\n\n"
            "초록내신보                           2027년 3월 9일 화요일 A8\n\n"
            "승객이 몰리는 곳부터 먼저 설치하겠다고\n설명했다. 군은 봄에 이용 실태를 조사해\n"
            "설치 지역을 늘릴지 결정한다.\n")
    ex = refine(extract_text(text, "choroknae_print_A8.txt"))
    assert ex.outlet == "초록내신보"
    assert not any("2027년 3월 9일" in ln for ln in ex.body_lines)
    assert any("군 관계자는 겨울철 어르신 승객이 몰리는 곳부터" in ln for ln in ex.body_lines), ex.body_lines


@pytest.mark.parametrize("line, expected", [
    ("초록내신보 2027년 3월 9일 화요일 A8", "초록내신보"),
    ("초록내신보 2027년 3월 10일 수요일 A8", None),  # another day's page
    ("사회 2027년 3월 9일 화요일 A8", None),  # a section, not a paper
    ("초록내신보 2027년 3월 9일 화요일", None),  # no page mark
])
def test_dated_page_foot(line, expected):
    assert dated_page_foot(line, "2027-03-09") == expected


# --- a newsletter's greeting that says what it sends -------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("안녕하세요, 오늘 밤 챙겨 볼 기사 두 편을 보내드립니다.", True),
    ("안녕하세요, 초록내레터입니다. 이번 주 동네 이야기를 전합니다.", True),
    ("안녕하세요, 초록내방송 뉴스 탁누리입니다.", False),  # an anchor's greeting opens the broadcast's text
    ("안녕하세요, 저는 초록내군 이장입니다. 정류장 벤치가 생겨 반갑다고 말했다.", False),
])
def test_letter_greeting_naming_what_it_sends(line, expected):
    assert is_boilerplate(line) is expected


def test_print_note_alone_above_the_foot_is_not_carried_on():
    text = ("A8 2027년 3월 9일 화요일 사회 초록내일보\n\n초록내군 정류장 발열 벤치\n겨울 오기 전 모두 설치\n\n"
            "탁누리 기자 nuri.tak@choroknae.example\n\n"
            "초록내군은 다음 달부터 읍내 승강장\n스무 곳에 발열 벤치를 들인다고\n3일 밝혔다. 설치비는 군비로\n"
            "충당하고 관리는 읍사무소가 맡\n는다고 군은 덧붙였다.\n\n"
            "▶관련 기사 A9면 : 버스 배차 간격 줄어\n\n초록내일보 A8 면       광고\n"
            " 군 관계자는 겨울철 어르신 승객이\n몰리는 곳부터 먼저 설치하겠다\n고 설명했다.\n")
    ex = refine(extract_text(text, "choroknae_a8_pdf.txt"))
    assert "군 관계자는 겨울철 어르신 승객이 몰리는 곳부터 먼저 설치하겠다고 설명했다." in ex.body_lines, ex.body_lines
