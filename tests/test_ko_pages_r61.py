"""Round 61 page shapes: an old table page's article boxed in a one-cell table of its column, a phone chat's copy
headed by time and sender lines with a shared link's preview card, a weekly's registration footer and a box of
what readers read together."""

from builder.extract.chatexport import headed_chat_message, link_preview
from builder.extract.html import extract_html
from builder.rules.ko.article import business_footer, is_end_marker

_PARAGRAPHS = [
    "모아군 들판마을 저수지의 둑이 지난 주말 내린 폭우로 일부 무너져 인근 논 30헥타르가 물에 잠겼다.",
    "군청 재난안전과는 굴착기 네 대를 보내 임시 둑을 쌓는 작업을 벌였고 주민 스무 명은 마을회관으로 몸을 피했다.",
    "둑은 지은 지 40년이 넘은 흙둑으로, 군은 올해 안에 보강 설계를 마칠 계획이었다고 설명했다.",
    "군 관계자는 \"물이 빠지는 대로 피해 규모를 다시 조사하겠다\"고 말했다.",
    "들판마을 이장은 \"해마다 장마철이면 둑 아래 논을 가진 집들이 밤잠을 설친다\"며 빠른 복구를 요청했다.",
]


def _table_page(side_cells: int) -> str:
    body = "<br><br>\n".join(_PARAGRAPHS)
    sides = "".join(f"<td width='200'><b>많이 본 뉴스</b><br>다른 소식 {i}</td>" for i in range(side_cells))
    return ("<html><head><meta charset='utf-8'><title>폭우에 저수지 둑 무너져 논 침수</title></head><body>"
            "<table width='980'><tr><td colspan='2'><b>모아들뉴스</b></td></tr>"
            "<tr><td width='700' valign='top'><font size='5'><b>폭우에 저수지 둑 무너져 논 침수</b></font><br>"
            f"<table><tr><td class='view'>{body}</td></tr></table></td>{sides}</tr></table></body></html>")


def test_article_boxed_in_a_one_cell_table_beside_a_sidebar_keeps_its_paragraphs():
    lines = extract_html(_table_page(1)).body_lines
    for paragraph in _PARAGRAPHS:
        assert paragraph in lines  # each paragraph a line of its own, not the row read as one table line
    assert not any(paragraph in line and line != paragraph for line in lines for paragraph in _PARAGRAPHS)


def test_one_cell_table_in_a_row_of_many_cells_is_no_layout_row():
    lines = extract_html(_table_page(5)).body_lines
    assert _PARAGRAPHS[1] not in lines


_CHAT = """[오후 3:05] 홍길동
https://www.moailbo.co.kr/news/view.html?id=1234

들판마을 둑 보강 공사 이달 시작 - 모아일보
군이 무너진 흙둑을 콘크리트로 다시 쌓는다.
www.moailbo.co.kr

[오후 3:06] 홍길동
전문 여기 있어요

들판마을 둑 보강 공사 이달 시작

모아군은 지난 여름 폭우에 무너진 들판마을 저수지 둑을 콘크리트 구조로 다시 쌓는 공사를 이달 시작한다고 2일 밝혔다.

공사비는 12억원으로 국비 절반이 들어가며, 공사는 내년 봄 영농철 전에 끝낼 예정이다.

군은 공사 기간 저수지 물을 절반 수준으로 낮춰 관리하고 매주 둑의 상태를 점검하기로 했다.

새 둑은 높이를 1미터 올리고 물이 넘칠 때 빠져나갈 여수로를 따로 내며, 둑 위에는 주민이 걸을 수 있는 산책로도 만든다.

들판마을 주민들은 지난 여름 침수 피해를 겪은 뒤 군청에 여러 차례 보강을 요구해 왔으며, 군은 주민설명회를 두 차례 열어 설계안을 확정했다.

임꺽정 기자 lim@moailbo.co.kr

[오후 3:09] 성춘향
다행이네요
"""


def test_headed_chat_gives_the_pasted_article_from_the_shared_headline():
    text = headed_chat_message(_CHAT)
    assert text is not None
    assert text.splitlines()[0] == "들판마을 둑 보강 공사 이달 시작"
    assert "전문 여기 있어요" not in text and "다행이네요" not in text
    assert link_preview(_CHAT) == ("들판마을 둑 보강 공사 이달 시작", "모아일보")


def test_chat_without_header_lines_or_preview_suffix_gives_nothing():
    assert headed_chat_message("들판마을 둑 보강 공사 이달 시작\n\n모아군은 둑을 다시 쌓는다.") is None
    no_suffix = _CHAT.replace(" - 모아일보", "")
    assert link_preview(no_suffix) is None
    assert headed_chat_message(no_suffix).splitlines()[0] == "전문 여기 있어요"  # no headline to start at: kept whole


def test_periodical_registration_row_is_a_footer():
    assert business_footer("모아주보 | 정기간행물 등록 경남 다0012 | 구독료 월 2,000원")
    assert business_footer("모아일보 | 인터넷신문 등록 서울 아00999 | 발행인 홍길동")
    assert not business_footer("정기간행물 등록을 마친 모아주보는 구독료를 내년부터 올리기로 했다.")


def test_read_together_box_heading_ends_the_article_but_a_sentence_does_not():
    for heading in ("이 기사와 함께 읽은 기사", "함께 많이 본 뉴스", "이 기사를 읽은 독자들이 같이 본 기사"):
        assert is_end_marker(heading), heading
    assert not is_end_marker("이 기사와 함께 읽은 기사들은 대부분 농업 분야였다.")
    assert not is_end_marker("주민들이 함께 읽은 책은 마을 도서관에 기증됐다.")


def test_live_report_with_time_stamped_entries_is_no_chat():
    entries = "\n".join(f"[오후 {h}:00] 들판마을 현장 {h}보\n" + "\n".join(_PARAGRAPHS * 2) for h in (1, 2, 3))
    assert headed_chat_message(entries) is None


def test_send_to_a_friend_button_is_furniture():
    from builder.rules.ko.article import _furniture
    assert _furniture("이 기사를 친구에게") and _furniture("기사를 친구에게 보내기 | 인쇄하기")
    assert not _furniture("이 기사를 친구에게 보내자는 운동이 번졌다.")
