"""Korean page furniture on ordinary page shapes: a firm's legal footer in any spelling and separator, a box of
related stories headed by its section's name, a page's skip link above a dump's masthead."""

from __future__ import annotations

import pytest

from builder.extract.text import extract_text
from builder.rules.ko.article import business_footer, is_boilerplate, is_end_marker, legal_row_outlet, refine

PARA = ("군은 올해 하반기부터 마을버스 배차 간격을 15분으로 줄이고 정류장 40곳에 온열 의자를 놓기로 했다고 밝혔다. "
        "군 관계자는 이용객이 꾸준히 늘고 있다고 설명했다.")


@pytest.mark.parametrize("line", [
    "(주)새터울미디어 | 새터울광역시 중구 000 | 대표 도하늘",
    "㈜새터울미디어 · 대표이사 도하늘 · 사업자등록번호 123-45-67890",
    "새터울뉴스(주) / 대표 도하늘 / 전화 02-000-0000",
    "상호: (주)새터울미디어 | 대표: 도하늘 | 사업자등록번호: 123-45-67890",
    "새터울미디어㈜  서울특별시 중구 세종대로 1  대표자 도하늘  TEL 02-000-0000",
    "(주)새터울미디어 ㅣ 대표 도하늘 ㅣ 통신판매업신고 제2026-서울중구-0001호",
    "주식회사 새터울미디어 대표이사 도하늘 사업자등록번호 123-45-67890 서울 중구 세종대로 1",
])
def test_business_footer_in_its_spellings_and_separators(line):
    assert business_footer(line), line
    assert is_boilerplate(line), line


@pytest.mark.parametrize("line", [
    "㈜새터울전자 대표 도하늘은 15일 서울 중구 본사에서 새 공장 계획을 공개했다.",
    "도하늘 ㈜새터울전자 대표는 \"수출을 두 배로 늘리겠다\"고 말했다.",
    "협약식에 참석한 ㈜새터울전자 대표 도하늘(왼쪽)과 서울 중구청장 마로운",
    "(주)새터울전자 대표 도하늘",
    "대표 도하늘 | 사회 | 2026.03.05",
    "서울 중구 | 경제 | 사회",
    "도하늘 새터울전자 대표, 마로운 새터울물산 대표",
])
def test_a_sentence_or_caption_naming_a_firms_head_is_no_footer(line):
    assert not business_footer(line), line
    assert not is_boilerplate(line), line


@pytest.mark.parametrize("line", ["사업자등록번호 : 123-45-67890", "통신판매업신고 제2026-서울중구-0001호", "등록번호 서울 아00000",
                                  "인터넷신문 등록번호: 서울 아 00000"])
def test_a_numbered_registration_alone_on_its_line_is_furniture(line):
    assert business_footer(line), line


@pytest.mark.parametrize("line", ["등록일 2026.03.05", "사업자등록번호가 없는 업체가 늘었다",
                                  "등록번호 조회 서비스는 2026년부터 시행된다"])
def test_a_registration_date_or_a_sentence_about_registrations_is_kept(line):
    assert not business_footer(line), line


def test_copyright_cell_counts_on_a_register_row_but_a_firms_row_names_no_outlet():
    assert legal_row_outlet("새터울저널 | 등록번호 서울 아00000 | Copyright © 2026 새터울저널. All rights reserved.") == "새터울저널"
    assert legal_row_outlet("새터울저널 | 사회 | Copyright © 2026 새터울저널.") is None
    assert legal_row_outlet("(주)새터울미디어 | 새터울광역시 중구 | 대표 도하늘") is None


@pytest.mark.parametrize("line", ["사회 관련기사", "[경제] 관련 뉴스", "반도체·배터리 관련 기사 더보기", "이 기사 관련 뉴스", "관련 소식"])
def test_related_box_heading_named_for_its_section(line):
    assert is_end_marker(line), line


@pytest.mark.parametrize("line", ["경찰은 사건 관련 뉴스를 모두 확인했다.", "군은 관련 기사를 바로잡았다고 밝혔다.",
                                  "관련 기사에 따르면 버스 배차 간격이 줄었다."])
def test_a_sentence_about_related_stories_is_no_heading(line):
    assert not is_end_marker(line), line


@pytest.mark.parametrize("line", ["본문으로 건너뛰기", "주메뉴 바로가기", "[본문 바로가기]", "Skip to main content"])
def test_skip_links_are_furniture(line):
    assert is_boilerplate(line), line


def test_skip_link_sentence_is_kept():
    assert not is_boilerplate("본문으로 건너뛰기 전에 목차를 먼저 읽으라고 안내했다.")


def test_dump_of_a_whole_page_names_its_masthead_and_drops_the_related_box():
    text = "\n".join(["본문으로 건너뛰기", "새터울저널", "사회 | 경제 | 오피니언", "마을버스 배차 간격 15분으로…정류장 온열 의자도",
                      "입력 2026.11.28 16:47", "도하늘 기자 dohaneul@saeteoul.example", "", PARA, "", PARA, "",
                      "교통 관련기사", "시내버스 노선 개편안 공개", "공영주차장 요금 동결", "",
                      "새터울저널 | 등록번호 새터울 다00000 | Copyright © 2026 새터울저널. All rights reserved."])
    ex = refine(extract_text(text, "dump.txt"))
    assert ex.outlet == "새터울저널"
    assert ex.body_lines[-1].endswith("설명했다.")
    assert not any("노선 개편안" in ln or "관련기사" in ln for ln in ex.body_lines)


def test_dump_with_a_related_heading_inside_the_text_keeps_the_paragraphs_above():
    text = "\n".join(["새터울저널", "마을버스 배차 간격 15분으로…정류장 온열 의자도", "입력 2026.11.28 16:47", "", PARA, "",
                      "교통 관련기사", "시내버스 노선 개편안 공개"])
    ex = refine(extract_text(text, "dump.txt"))
    assert any("온열 의자" in ln for ln in ex.body_lines)
