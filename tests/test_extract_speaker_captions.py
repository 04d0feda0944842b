"""A broadcast page marks the line naming a sound bite's speaker as a caption, under the quoted bite; extractors drop
captions as a photo's. Pages written for the test: an invented outlet, market and speaker."""

from __future__ import annotations

import pytest

from builder.extract.html import extract_html

NARRATIVE = ["장터 골목은 아침부터 한산했습니다. 상인들은 문을 열고도 손님을 기다리기만 했습니다. 점심때가 지나도 "
             "골목을 찾는 사람은 손에 꼽을 정도였고, 몇몇 가게는 일찍 문을 닫았습니다.",
             "정부는 다음 달 전통시장 지원 대책을 내놓을 예정이라고 밝혔습니다. 상인회는 실효성을 따져보겠다는 입장입니다. "
             "상인들은 임대료 부담을 덜어 줄 실질적인 지원이 필요하다고 입을 모았습니다."]
BITE = "\"손님이 절반으로 줄었어요. 버티기가 힘들어요.\""


def page(under_bite: str, bite: str = BITE) -> str:
    return ("<html lang='ko'><head><meta charset='utf-8'><meta property='og:title' content='장터 골목 한산'></head>"
            "<body><article><h1>장터 골목 한산</h1>"
            f"<p>{NARRATIVE[0]}</p>\n<p>{NARRATIVE[1]}</p>\n<p>{bite}</p>\n{under_bite}\n<p>{NARRATIVE[1]}</p>\n"
            f"<p>{NARRATIVE[0]}</p>\n"
            "</article></body></html>")


@pytest.mark.parametrize("tag", ["<p class='caption'>{}</p>", "<div class='bite-caption'>{}</div>",
                                 "<p id='caption1'>{}</p>"])
@pytest.mark.parametrize("caption", ["- 모예린 / 온결시장 상인회장", "- 모예린 / 상인", "— 모예린, 온결시장 상인회장"])
def test_a_speaker_s_caption_under_a_quoted_bite_stays_in_the_text(tag, caption):
    assert caption in extract_html(page(tag.format(caption))).body_lines


@pytest.mark.parametrize("caption", ["사진은 장터 골목의 모습. 가온방송 제공", "▲ 한산한 장터 골목의 모습 (사진=가온방송)"])
def test_a_photo_s_caption_is_still_dropped(caption):
    assert caption not in extract_html(page(f"<p class='caption'>{caption}</p>")).body_lines


def test_a_caption_under_a_paragraph_that_is_no_quotation_is_still_dropped():
    lines = extract_html(page("<p class='caption'>- 모예린 / 상인</p>", bite="손님이 절반으로 줄었다고 상인들은 말했습니다.")).body_lines
    assert "- 모예린 / 상인" not in lines
