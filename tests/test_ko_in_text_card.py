"""A related-story card set between an article's paragraphs ('관련 기사' and one headline) does not end the text;
a box of other stories after the article's byline or copyright still does. A byline box's next label is no name."""

from __future__ import annotations

from builder.extract.html import extract_html
from builder.rules.ko.article import cut_after_page_end, in_text_card, refine

PARAS = [
    "물빛군은 내년부터 읍내 순환버스를 하루 스무 차례로 늘리기로 했다고 3일 밝혔다.",
    "군은 정류장 서른 곳에 바람막이 대기실을 새로 짓는다.",
    "운행 시간은 오전 여섯 시부터 밤 열 시까지로 두 시간 늘어난다.",
    "군 관계자는 어르신 이용객이 해마다 늘고 있다고 설명했다.",
    "버스 요금은 지금처럼 천 원으로 유지된다.",
    "군은 다음 달 주민 설명회를 열 계획이다.",
]


def _page(middle: str, tail: str = "") -> str:
    ps = ["<p>%s</p>" % p for p in PARAS]
    return ("<html><head><meta charset='utf-8'><title>순환버스 늘린다</title></head><body>"
            "<h1>물빛군, 읍내 순환버스 하루 스무 차례로</h1><p class='by'>모새결 기자</p><div id='body'>"
            + "".join(ps[:3]) + middle + "".join(ps[3:]) + "</div>" + tail + "</body></html>")


def test_a_card_between_paragraphs_keeps_the_text_after_it():
    card = ("<div class='related-card'><strong>관련 기사</strong><a href='/n/1'><img src='/t/1.jpg'>"
            "<span>물빛군 버스 노선 개편 착수</span></a></div>")
    ex = refine(extract_html(_page(card, "<div class='copy'>ⓒ 물빛신문 무단전재 및 재배포금지</div>"), None))
    assert ex.body_lines[-1] == PARAS[-1]
    assert len(ex.body_lines) == len(PARAS)


def test_in_text_card_needs_one_headline_and_finished_paragraphs_after_it():
    assert in_text_card(["관련 기사", "물빛군 버스 노선 개편 착수"], PARAS[3:])
    assert not in_text_card(["관련 기사", "물빛군 버스 노선 개편 착수"], PARAS[3:4])  # one line: a teaser's lede
    assert not in_text_card(["관련 기사", "물빛군 버스 노선 개편 착수"], ["읍내 장터 주차장 넓힌다", PARAS[4]])
    assert not in_text_card(["ⓒ 물빛신문 무단전재 및 재배포금지", "관련 기사", "물빛군 버스 노선 개편 착수"], PARAS[3:])
    assert not in_text_card(["관련 기사", "물빛군 버스 노선 개편 착수", "읍내 장터 주차장 넓힌다"], PARAS[3:])


def test_a_box_after_the_copyright_line_is_still_cut():
    nodes = [*PARAS[:3], "ⓒ 물빛신문 무단전재 및 재배포금지", "많이 본 기사", "읍내 장터 주차장 넓힌다", "물빛천 산책로 새단장"]
    body = [*PARAS[:3], "물빛천 산책로 새단장"]
    assert cut_after_page_end(body, nodes) == PARAS[:3]


def test_a_byline_box_field_label_after_the_name_is_no_part_of_it():
    from builder.rules.ko.article import clean_authors
    assert clean_authors(["모새결 이메일"], None) == ["모새결"]
    assert clean_authors(["모새결 기자 연락처:"], None) == ["모새결"]
    assert clean_authors(["모새결"], None) == ["모새결"]
    assert clean_authors(["한메일"], None) == ["한메일"]  # a name ending in the word is kept whole


def _series_page(og_title: str, heading: str) -> str:
    return ("<html><head><meta charset='utf-8'><meta property='og:title' content='%s'><title>물빛신문 :: 기획</title>"
            "<meta property='og:site_name' content='물빛신문'></head><body><div class='head'><p class='kicker'>%s</p>"
            "<h2 class='title'>%s</h2><p>글·사진 모새결 | 등록 2026년 3월 4일</p></div><div class='text'>%s</div>"
            "</body></html>" % (og_title, og_title, heading, "".join("<p>%s</p>" % p for p in PARAS)))


def test_a_series_banner_with_its_part_number_yields_to_the_parts_headline():
    page = _series_page("[연재] 물빛천 따라 걷기 ⑤", "물빛천 하류 갈대밭에 돌아온 철새들")
    assert refine(extract_html(page, None)).title == "물빛천 하류 갈대밭에 돌아온 철새들"
    page = _series_page("[기획] 물빛천 따라 걷기 (5)", "물빛천 하류 갈대밭에 돌아온 철새들")
    assert refine(extract_html(page, None)).title == "물빛천 하류 갈대밭에 돌아온 철새들"


def test_a_bracketed_headline_without_a_part_number_is_kept():
    page = _series_page("[기획] 물빛천 하류 갈대밭에 돌아온 철새들", "물빛천 하류 갈대밭에 돌아온 철새들")
    assert "갈대밭에 돌아온 철새들" in refine(extract_html(page, None)).title
