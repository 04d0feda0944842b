"""A messenger's chat saved as text (`time<TAB>speaker<TAB>message`, a message of several lines in double quotes with
inner quote marks doubled) where one message is an article pasted whole: the article is that message, unquoted.
Every name here is invented."""

from __future__ import annotations

import pytest

from builder.document import process_bytes
from builder.extract.chatexport import pasted_chat_message
from builder.inputs import Source

HEADLINE = "제방길 자전거도로 새로 깐다…주민 의견 반영"
ARTICLE = [HEADLINE, "미르숲뉴스 변솔아 기자 2026.04.02 09:30", "",
           "다솜골시가 늘솔천 제방길 자전거도로를 새로 깔기로 했다. 시는 2일 동네 간담회에서 모은 건의를 받아들여 노면을 넓히고 "
           "가로등 40개를 더 세운다고 밝혔다.",
           "공사는 다음 달 시작해 석 달 동안 이어진다. 사업비는 12억원이다. 시는 공사 기간 우회로를 안내하고 "
           "야간 공사는 하지 않기로 했다.",
           '시 관계자는 ""주민들이 가장 많이 요청한 것이 밝은 길이었다""고 말했다.', "",
           "변솔아 기자 solah.byeon@mirsoop.example", "ⓒ 미르숲뉴스 무단전재 및 재배포 금지"]


def chat(times: tuple[str, str, str, str], paste: list[str]) -> str:
    return "\n".join(["[LINE] 제방길 모임의 대화", "저장한 날짜：2026/04/03 21:00", "", "2026/04/02(목)",
                      f"{times[0]}\t콩돌이\t오늘 모임 몇 시죠?", f"{times[1]}\t여울새\t이 기사 보셨어요?",
                      f'{times[2]}\t여울새\t"' + "\n".join(paste) + '"', f"{times[3]}\t콩돌이\t와 좋네요!!", ""])


@pytest.mark.parametrize("times", [("18:52", "19:03", "19:04", "19:06"), ("오후 6:52", "오후 7:03", "오후 7:04", "오후 7:06"),
                                   ("6:52 PM", "7:03 PM", "7:04 PM", "7:06 PM")])
def test_the_pasted_message_is_the_article(times):
    text = pasted_chat_message(chat(times, ARTICLE))
    assert text.splitlines()[0] == HEADLINE
    assert '"주민들이 가장 많이 요청한 것이 밝은 길이었다"고' in text  # the doubled quote marks undone
    assert "콩돌이" not in text and "저장한 날짜" not in text and "와 좋네요" not in text


def test_the_export_gives_the_articles_fields():
    data = chat(("18:52", "19:03", "19:04", "19:06"), ARTICLE).encode()
    res = process_bytes(Source("[LINE] 제방길 모임.txt", kind="text", data=data), data, "0" * 64)
    row = res.article[0]
    assert (row["title"], list(row["authors"]), row["outlet"]) == (HEADLINE, ["변솔아"], "미르숲뉴스")
    assert list(row["author_emails"]) == ["solah.byeon@mirsoop.example"]
    assert row["published_at"].startswith("2026-04-02")
    assert "여울새" not in row["body"] and "저작권" not in row["body"]


@pytest.mark.parametrize("text", [
    chat(("18:52", "19:03", "19:04", "19:06"), ["내일 준비물", "물통이랑 모자", "돗자리도요"]),  # a short message of lines
    "\n".join(ARTICLE).replace('""', '"'),  # the article alone, no chat around it
    "이름\t나이\t메모\n가람\t31\t\"첫 줄\n둘째 줄\"\n",  # a table with tabs, no message times
])
def test_no_pasted_message(text):
    assert pasted_chat_message(text) is None
