"""A letter that carries an article (a reporter mails a source the published piece, a desk forwards it): the mail's
subject names the letter, not the article, and the note above the article (greeting, why it is sent) is no body.
The header fields come in each mail client's words. Near misses: a wire copy's labelled '제목:' stays its headline;
a letter with no headline of its own keeps its text. All names and outlets are invented."""

import pytest

from builder.document import process_bytes
from builder.inputs import Source, sha256

HEADLINE = "잔물결구, 경로당 난방비 지원 두 배로 늘린다"
PARAGRAPHS = [
    "잔물결구는 올겨울 관내 경로당 120곳의 난방비 지원을 지난해의 두 배로 늘린다고 24일 밝혔다. 한 곳당 월 지원액은 30만 원에서 60만 원이 된다.",
    "구는 지난겨울 난방비 부담 때문에 오후 일찍 문을 닫는 경로당이 많았다는 조사 결과에 따라 이번 대책을 마련했다. 지원은 다음 달부터 내년 2월까지 이어진다.",
    "구는 또 노후 보일러를 쓰는 경로당 15곳의 설비를 연말까지 바꿀 계획이다. 교체 비용은 모두 구 예산으로 충당한다.",
    "구 관계자는 \"어르신들이 추위 걱정 없이 경로당을 이용하실 수 있도록 하겠다\"고 말했다.",
]
NOTE = ["나도윤 팀장님, 안녕하세요. 잔물결신문 소해담 기자입니다.",
        "보내 주신 통계 덕분에 기사를 잘 마무리했습니다. 오늘 자 지면 기사 전문을 함께 옮깁니다."]
SIGN_OFF = ["감사합니다.", "소해담 드림", "잔물결신문 사회부 | so.haedam@janmulgyeol-news.example"]

HEADERS = {
    "outlook_ko": ["보낸 사람: 소해담 &lt;so.haedam@janmulgyeol-news.example&gt;", "보낸 날짜: 2026년 11월 25일 수요일 오전 9:10",
                   "받는 사람: 나도윤 &lt;doyun.na@gu.example&gt;", "제목: 기사 보내 드립니다"],
    "outlook_en": ["From: 소해담 &lt;so.haedam@janmulgyeol-news.example&gt;", "Sent: Wednesday, November 25, 2026 9:10 AM",
                   "To: 나도윤", "Subject: 기사 보내 드립니다"],
    "webmail_ko": ["보낸사람 소해담 &lt;so.haedam@janmulgyeol-news.example&gt;".replace("보낸사람 ", "보낸사람: "),
                   "받는사람: 나도윤 &lt;doyun.na@gu.example&gt;", "제목: 기사 보내 드립니다"],
}


def _mail(header: list[str], note: list[str], headline: str | None) -> str:
    paras = [f"<p>{ln}</p>" for ln in note] + ([f"<p><b><span style='font-size:14.0pt'>{headline}</span></b></p>",
                                               "<p><span style='color:gray'>입력 2026.11.24 16:00 | 잔물결신문 소해담 기자</span></p>"]
                                              if headline else [])
    paras += [f"<p>{p}</p>" for p in PARAGRAPHS] + [f"<p>{ln}</p>" for ln in SIGN_OFF]
    return ("<html><head><meta charset='utf-8'><meta name=Generator content='Microsoft Word 15 (filtered medium)'>"
            "<title>기사 보내 드립니다</title></head><body><div class=WordSection1>"
            f"<div><p>{'<br>'.join(header)}</p></div>" + "".join(paras) + "</div></body></html>")


def _row(page: str) -> dict:
    data = page.encode("utf-8")
    res = process_bytes(Source("mail.htm", 0, "html"), data, sha256(data))
    assert res.article, res.quarantine
    return res.article[0]


@pytest.mark.parametrize("client", list(HEADERS))
def test_a_letter_carrying_an_article_is_read_as_the_article(client):
    row = _row(_mail(HEADERS[client], NOTE, HEADLINE))
    assert row["title"] == HEADLINE
    assert row["published_at"].startswith("2026-11-24")
    assert row["body"].startswith(PARAGRAPHS[0][:20]), row["body"][:200]
    for letter in ("안녕하세요", "붙여 드립니다", "기사 보내 드립니다", "보낸", "Subject", "Sent"):
        assert letter not in row["body"], letter


def test_a_letter_with_no_note_is_read_the_same():
    row = _row(_mail(HEADERS["outlook_ko"], [], HEADLINE))
    assert row["title"] == HEADLINE and row["body"].startswith(PARAGRAPHS[0][:20])


def test_a_letter_that_prints_no_headline_keeps_its_text():
    row = _row(_mail(HEADERS["outlook_ko"], NOTE, None))
    assert PARAGRAPHS[0][:20] in row["body"]


def test_a_wire_copys_labelled_title_is_still_its_headline():
    page = ("<html><head><meta charset='utf-8'><title>송고 목록</title></head><body>"
            f"<p>제목: {HEADLINE}</p><p>분류: 사회</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    assert _row(page)["title"] == HEADLINE
