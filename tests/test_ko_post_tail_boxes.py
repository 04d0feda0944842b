"""Boxes under a post that are no text of it: the writer's card (name set apart, a job, a line about them, counters)
under an essay or blog post, and a series' list of its parts under one part. Near misses: a byline signed under the
last paragraph, a last paragraph in a box with the name far above it, a sentence that names a series. All names
and outlets are invented."""

import pytest

from builder.document import process_bytes
from builder.inputs import Source, sha256

WRITER = "모래결"
TITLE = "할머니의 낡은 축음기를 닦으며"
PARAGRAPHS = [
    "다락에서 할머니의 축음기를 꺼낸 건 지난 토요일 오후였다. 나팔 안쪽에는 먼지가 엉겨 있었고, 태엽 손잡이는 돌려도 헛돌기만 했다.",
    "골목 끝 시계방 주인은 축음기를 이리저리 돌려 보더니 태엽 하나만 갈면 된다고 했다. 맞는 태엽을 찾느라 열흘이 지나갔다.",
    "열흘 동안 나는 어머니에게 할머니가 즐겨 듣던 노래를 물었다. 어머니는 명절마다 마루에 울리던 민요 가락을 흥얼거렸다.",
    "바늘이 판 위를 다시 긁기 시작했을 때, 고친 것은 축음기가 아니라 우리 집 마루의 오래된 저녁이었다는 생각이 들었다.",
]
BIO = "오래된 살림살이에 남은 이야기를 모읍니다. 『다락방의 겨울』을 썼습니다."


def _post(after: str, by_top: bool = True) -> str:
    top = (f"<div class='cover'><h1>{TITLE}</h1><p>by <a href='/@w'>{WRITER}</a> · 2026년 10월 3일</p></div>"
           if by_top else f"<h1>{TITLE}</h1><p>2026년 10월 3일</p>")
    return ("<html><head><meta charset='utf-8'><title>" + TITLE + " | 글샘터</title></head><body>"
            "<div class='top'><a href='/'>글샘터</a></div>" + top
            + "<div class='body'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>" + after
            + "<div class='footer'>© 글샘터 이용약관</div></body></html>")


def _body(page: str) -> str:
    data = page.encode("utf-8")
    res = process_bytes(Source("post.html", 0, "html"), data, sha256(data))
    assert res.article, res.quarantine
    return res.article[0]["body"]


@pytest.mark.parametrize("card", [
    # a platform's card: picture, the name in bold, a job, the note, counters and buttons
    f"<div class='profile'><img src='p.jpg' alt=''><strong>{WRITER}</strong><span>에세이스트</span><p>{BIO}</p>"
    "<span>구독자 1,210</span><button>구독하기</button></div>",
    # the name as a heading over the note
    f"<div class='author-box'><h3>{WRITER} 작가</h3><p>{BIO}</p></div>",
    # the name as a link to the writer's page
    f"<section><div class='about-me'><a href='/@w'>{WRITER}</a><p>{BIO}</p></div></section>",
])
def test_the_note_in_the_writers_card_is_no_body(card):
    body = _body(_post(card))
    assert "다락방의 겨울" not in body and "구독" not in body
    assert body.rstrip().endswith(PARAGRAPHS[-1][-15:])


def test_a_byline_signed_under_the_last_paragraph_keeps_the_paragraph():
    page = _post(f"<div><p>{BIO}</p><p><strong>{WRITER}</strong></p></div>")
    assert "다락방의 겨울" in _body(page)  # the name comes after the line: a sign-off, not a card


def test_a_note_in_a_box_that_does_not_name_the_writer_stays():
    page = _post(f"<div class='box'><strong>편집자 주</strong><p>{BIO}</p></div>")
    assert "다락방의 겨울" in _body(page)


SERIES_HEADINGS = ["연속기획 목록", "기획연재 순서", "연속보도 전체 기사", "시리즈 모아보기", "연재 목록"]


@pytest.mark.parametrize("heading", SERIES_HEADINGS)
def test_a_series_list_under_one_part_is_no_body(heading):
    parts = "<ul><li>(1) 마을 수선집이 사라진다</li><li>(3) 수선 기술을 잇는 사람들</li></ul>"
    body = _body(_post(f"<div class='series'><h4>{heading}</h4>{parts}</div>"))
    assert heading not in body and "수선집이 사라진다" not in body


def test_a_sentence_that_names_the_series_is_text():
    line = "연속기획 목록에 오른 나머지 두 편은 다음 주에 차례로 싣는다."
    page = _post(f"<div class='body2'><p>{line}</p></div>")
    assert "다음 주에 차례로" in _body(page)
