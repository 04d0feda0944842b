"""Page kinds of round 47: a press release's contact block under the text, a dump's menu row of desks joined by middle
dots, a footer's registration date after which the site's copyright stands, a feed reader's feed title naming the
outlet, and bylines naming two writers ('홍길동 기자ㅣ김철수 기자', '취재 홍길동 기자 / 정리 김철수 기자').

Every page, dump, outlet and person here is invented for the test."""

from __future__ import annotations

import pytest

from builder.document import refined
from builder.extract.authors import split_joined_names
from builder.extract.html import extract_html
from builder.extract.text import extract_text
from builder.rules.ko.article import (_desk_row, co_reporters, desk_row_outlet, is_end_marker, printed_dates,
                                      refine)

PARA = ("구는 다음 달부터 하천변 자전거길 4㎞ 구간에 야간 조명을 새로 달고 쉼터 여섯 곳을 만든다고 밝혔다. "
        "구 관계자는 저녁 운동 인구가 크게 늘었다고 설명했다.")
PARA2 = ("조명은 동물 서식지를 피해 낮은 높이로 설치하며 자정 이후에는 조도를 낮춘다. 구는 내년 봄 공사를 "
         "마치고 이용 실태를 살필 계획이라고 덧붙였다.")
HEADLINE = "하천변 자전거길 야간 조명 설치…쉼터 여섯 곳 새로"


def _dump(*lines: str):
    return refine(extract_text("\n".join(lines), "dump.txt"))


def _page(byline: str, *paragraphs: str, head: str = ""):
    html = (f"<html><head><title>{HEADLINE}</title></head><body>{head}<h1>{HEADLINE}</h1>"
            f"<div class='byline'>{byline}</div><div class='article'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></body></html>")
    return refined(extract_html(html))[0]


@pytest.mark.parametrize("heading", ["[보도자료 문의]", "<언론 문의>", "■ 보도 문의", "보도자료 문의 :", "연락처"])
def test_a_press_contact_heading_ends_the_text(heading):
    assert is_end_marker(heading)


@pytest.mark.parametrize("line", ["보도자료 문의가 하루 종일 이어졌다.", "[보도자료] 다솜전자, 새 공장 착공",
                                  "연락처를 남기면 담당자가 다시 전화한다."])
def test_a_sentence_about_contacts_ends_nothing(line):
    assert not is_end_marker(line)


def test_a_press_releases_contact_block_leaves_the_text_and_its_address_is_not_the_reporters():
    ex = _page("<ul><li>채누리 기자</li><li>nuri@boram.example</li><li>입력 2026-04-02 14:11</li></ul>",
               PARA, PARA2, "[보도자료 문의]", "다솜전자 홍보팀 반다온 과장 02-000-0000 / daon@dasom.example",
               "홍보대행 하루솔 대리 010-0000-0000")
    body = "\n".join(ex.body_lines)
    assert "보도자료 문의" not in body and "daon@dasom.example" not in body and "하루솔" not in body
    assert PARA2[:20] in body
    assert ex.author_emails == ["nuri@boram.example"]


def test_a_dump_closing_with_the_contact_block_keeps_the_reporters_address():
    ex = _dump(HEADLINE, "", "입력 2026.04.02 14:11", "", PARA, "", PARA2, "", "채누리 기자 nuri@boram.example", "",
               "[보도자료 문의]", "다솜전자 홍보팀 반다온 과장 02-000-0000 / daon@dasom.example")
    assert ex.author_emails == ["nuri@boram.example"]
    assert not any("daon@" in ln for ln in ex.body_lines)


@pytest.mark.parametrize("row", ["정치 국회·정당 대통령실 사회 외교·안보", "경제 금융·증권 부동산 산업 국제",
                                 "사회 경제 문화·여행 교육 스포츠"])
def test_a_row_of_sections_with_dotted_pairs_of_desks_is_a_menu(row):
    assert _desk_row(row)
    ex = _dump("보람신문", row, "", HEADLINE, "", "입력 2026.04.02 14:11", "", PARA, "", PARA2)
    assert ex.title == HEADLINE


@pytest.mark.parametrize("line", ["정부 대출·세제 규제 강화 발표", "외교 한미·한일 정상 회담 준비",
                                  "보람구 골목 공원·놀이터 그늘막 설치 확대"])
def test_a_headline_of_nouns_with_a_dotted_pair_is_no_menu(line):
    assert not _desk_row(line)


def test_a_footers_registration_date_before_the_copyright_is_not_the_articles():
    text = "\n".join([HEADLINE, "2026-04-02 오후 2:11", PARA, "보람신문 | 보람시 중앙로 | 등록일 2014.03.02 | Copyright © 보람신문"])
    assert not printed_dates(text)[0].startswith("2014")
    ex = _dump("보람신문", "", HEADLINE, "", "2026-04-02 오후 2:11", "", PARA, "", PARA2, "",
               "보람신문 | 보람시 중앙로 | 등록일 2014.03.02 | Copyright © 보람신문")
    assert ex.published.startswith("2026-04-02T14:11")


def test_a_labelled_date_with_other_words_after_it_stays_the_articles():
    assert printed_dates(f"{HEADLINE}\n등록일 2026.04.02 14:11 | 조회수 31\n{PARA}")[0].startswith("2026-04-02")


@pytest.mark.parametrize("row, outlet", [("보람일보 - 사회", "보람일보"), ("경제 - 다솜저널", "다솜저널")])
def test_a_feed_title_names_the_outlet_beside_its_section(row, outlet):
    assert desk_row_outlet([row]) == outlet


@pytest.mark.parametrize("row", ["보람일보 - 새 소식 모음", "하루 - 사회", "보람-사회"])
def test_a_dashed_row_without_an_outlet_and_a_section_names_none(row):
    assert desk_row_outlet([row]) is None


@pytest.mark.parametrize("byline", ["채누리 기자ㅣ반다온 기자", "채누리 기자 | 반다온 기자", "취재 채누리 기자 / 정리 반다온 기자",
                                    "채누리·반다온 기자", "채누리 기자 · 반다온 기자"])
def test_a_byline_naming_two_writers_gives_both(byline):
    assert co_reporters("채누리", [byline]) == ["반다온"]


@pytest.mark.parametrize("byline", ["채누리 기자 반다온 기자", "채누리 기자 · 사진 반다온 기자", "채누리 기자 | 2026.04.02"])
def test_a_byline_with_another_credit_or_field_gives_one_writer(byline):
    assert co_reporters("채누리", [byline]) == []


def test_a_head_byline_with_the_reporter_and_the_editor_of_the_text_gives_both():
    ex = _page("취재 채누리 기자 / 정리 반다온 기자 <span>입력 2026.04.02 14:11</span>", PARA, PARA2)
    assert ex.authors[:2] == ["채누리", "반다온"]


def test_a_closing_credit_of_the_reporter_and_the_editor_of_the_text_gives_both():
    ex = _dump(HEADLINE, "", "입력 2026.04.02 14:11", "", PARA, "", PARA2, "", "취재 채누리 기자 / 정리 반다온 기자")
    assert ex.authors == ["채누리", "반다온"]


def test_a_closing_credit_with_an_editor_gives_the_writer_only():
    ex = _dump(HEADLINE, "", "입력 2026.04.02 14:11", "", PARA, "", PARA2, "", "글 채누리 기자 · 에디터 반다온")
    assert ex.authors == ["채누리"]


@pytest.mark.parametrize("joined, names", [("채누리·반다온", ["채누리", "반다온"]), ("채누리, 반다온 / 하루솔", ["채누리", "반다온", "하루솔"]),
                                           ("채누리ㆍ반다온", ["채누리", "반다온"]), ("채누리", ["채누리"])])
def test_joined_names_split_into_each_writer(joined, names):
    assert split_joined_names(joined) == names


def _letter(sender: str) -> bytes:
    from email.header import Header
    from email.mime.text import MIMEText
    from email.utils import formataddr
    letter = MIMEText("\n\n".join([HEADLINE, "입력 2026.04.02 14:11", PARA, PARA2, "채누리 기자 nuri@boram.example"]),
                      "plain", "utf-8")
    letter["From"] = formataddr((str(Header(sender, "utf-8")), "letter@boram.example"))
    letter["Subject"] = Header(HEADLINE, "utf-8")
    letter["Date"] = "Thu, 02 Apr 2026 18:00:00 +0900"
    return letter.as_bytes()


def test_a_letters_sender_is_read_decoded_from_its_from_header():
    from builder.extract.mime import unpack
    assert unpack(_letter("보람일보 저녁편지")).sender == "보람일보 저녁편지"


@pytest.mark.parametrize("sender, outlet", [("보람일보 저녁편지", "보람일보"), ("다솜저널", "다솜저널"),
                                            ("채누리", None), ("저녁편지 모음", None), (None, None)])
def test_a_newsletters_sender_names_its_outlet(sender, outlet):
    from builder.rules.ko.article import letter_sender_outlet
    assert letter_sender_outlet(sender) == outlet


def test_a_newsletter_with_no_outlet_printed_takes_its_senders(tmp_path):
    from builder.pipeline import build
    import polars as pl
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "letter.eml").write_bytes(_letter("보람일보 저녁편지"))
    build(tmp_path / "raw", tmp_path / "out", jobs=1)
    article = pl.read_parquet(next((tmp_path / "out").rglob("article*.parquet")))
    assert article["outlet"].to_list() == ["보람일보"]


def test_an_interviews_host_and_its_writer_give_the_host_only():
    ex = _dump(HEADLINE, "", "입력 2026.04.02 14:11", "", PARA, "", PARA2, "", "대담=채누리 논설위원, 정리=반다온 기자")
    assert ex.authors == ["채누리"]
