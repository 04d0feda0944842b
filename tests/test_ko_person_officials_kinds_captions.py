"""Korean naming conventions of ordinary articles (round 36, helper h36p), on sentences written for these tests with
invented names: a country's official named before the ministry and post, a given name inside a full name found
before, a noun pair that is no name, the second head in 'X 시장과 Y 대 총장', a body named after its kind
('출판사 X의 Y 편집장'), '회사 측은' for a firm brought in after its kind, and a full name given only in a photo
caption. Each kind has its positive and its negative."""

from __future__ import annotations

import sys
from pathlib import Path

from builder.extract.html import extract_html
from builder.rules import Context
from builder.rules.ko import person

sys.path.insert(0, str(Path(__file__).parent))
from ko_quote_helpers import speakers  # noqa: E402


def persons(body: str, captions: tuple[str, ...] = ()) -> dict[str, person.Person]:
    found, _ = person.find(body, Context(None, captions=captions))
    return {p.name: p for p in found}


# -- a country's official: '국가의 이름 이름 부처 장관' ----------------------------------------------------
def test_a_country_s_official_whose_given_name_is_a_korean_word_is_found_with_the_ministry():
    found = persons("태국의 부디 프라세티오 교통부 장관은 회견에서 말했다.")
    assert "부디 프라세티오" in found
    assert (found["부디 프라세티오"].title, found["부디 프라세티오"].organization) == ("장관", "교통부")


def test_without_the_country_the_korean_adverb_opens_no_name():
    assert "부디 프라세티오" not in persons("그는 부디 프라세티오 교통부 장관에게 안부를 전해 달라고 했다.")


def test_a_country_before_a_nameless_post_gives_no_person():
    assert persons("인도네시아의 신임 통상산업부 장관은 회견에서 말했다.") == {}


# -- a given name inside a full name found before -------------------------------------------------------
def test_a_given_name_inside_a_full_name_opens_no_second_name_and_the_ministry_stays():
    found = persons("칠레의 마르타 안토니오 광업부 장관도 말했다.")
    assert "안토니오 광업부" not in found
    assert found["마르타 안토니오"].organization == "광업부"


def test_a_given_name_then_a_surname_alone_is_still_a_name():
    assert "헤더 하트먼" in persons("헤더 하트먼은 말했다.")


# -- a given name that is also a noun, then a compound of nouns ------------------------------------------
def test_a_noun_then_a_compound_of_nouns_is_no_name():
    assert "헤더 결승골" not in persons("그는 헤더 결승골로 팀을 구했다.")


# -- the second head of 'X 시장과 Y 대 총장' -------------------------------------------------------------
def test_the_second_head_joined_by_gwa_keeps_her_own_body_and_post():
    found = persons("협약식에는 구하람 솔매시장과 모해련 가람바이오대 총장이 참석했다.")
    assert (found["모해련"].title, found["모해련"].organization) == ("총장", "가람바이오대")
    assert found["구하람"].title == "솔매시장"


def test_a_name_joined_to_a_titled_person_with_no_post_gets_none():
    found = persons("행사에는 구하람 의원과 모해련 씨가 참석했다.")
    assert found["모해련"].title is None


# -- a body named after its kind, with 의 ------------------------------------------------------------------
def test_a_body_named_after_its_kind_is_the_organisation_of_the_post_after_it():
    found = persons("출판사 솔나무의 모하늘 편집장은 말했다.")
    assert found["모하늘"].organization == "솔나무"
    assert "솔나무" not in found


def test_a_club_named_after_its_kind_likewise():
    assert persons("동호회 푸른길의 모하늘 회장은 말했다.")["모하늘"].organization == "푸른길"


def test_a_korean_name_after_a_kind_is_no_body():
    found = persons("그는 출판사 직원 모하늘의 동생 모하람 편집장을 만났다.")
    assert found["모하람"].organization != "모하늘"


# -- '회사 측은' after a firm brought in after its kind ----------------------------------------------------
def test_the_firm_brought_in_after_its_kind_speaks_for_hoesa():
    body = ('반도체 부품 기업 바람소재가 실적을 냈다. 바람소재는 27일 공시를 통해 영업이익이 늘었다고 밝혔다. '
            '회사 측은 "수주가 회복됐다"고 설명했다.')
    assert speakers(body) == [("바람소재", "수주가 회복됐다")]


def test_with_no_firm_brought_in_hoesa_stays_the_generic_word():
    body = '바람소재는 27일 공시를 통해 영업이익이 늘었다고 밝혔다. 회사 측은 "수주가 회복됐다"고 설명했다.'
    assert speakers(body) == [("회사", "수주가 회복됐다")]


# -- a full name given only in a photo caption ------------------------------------------------------------
BODY = '구조대는 들것을 쓰기 어려웠다고 전했다. 마 대장은 "경사가 급해 옮기는 데만 40분이 걸렸다"고 말했다.'
CAPTION = "17일 오후 솔매군 리조트에서 마도윤 솔매소방서 구조대장(오른쪽)이 상황을 설명하고 있다."


def test_a_surname_and_post_take_the_full_name_the_caption_gives():
    found = persons(BODY, (CAPTION,))
    assert "마 대장" not in found
    assert (found["마도윤"].title, found["마도윤"].organization) == ("구조대장", "솔매소방서")


def test_without_a_caption_the_surname_and_post_stay_the_row():
    assert "마 대장" in persons(BODY)


def test_a_caption_of_another_post_names_nobody_of_the_body():
    found = persons(BODY, ("마도윤 솔매소방서 구조팀장이 설명하고 있다.",))
    assert "마 대장" in found and "마도윤" not in found


def test_two_captioned_names_that_fit_name_nobody():
    found = persons(BODY, ("마도윤 솔매소방서 구조대장이 설명하고 있다.", "마하람 가람소방서 구조대장이 돕고 있다."))
    assert "마 대장" in found


def page(caption_html: str) -> str:
    paragraphs = "".join(f"<p>{BODY} 현장은 오후 늦게까지 통제됐고 구조대는 장비를 정리했다.</p>" for _ in range(3))
    return ("<html lang='ko'><head><meta charset='utf-8'><meta property='og:title' content='리조트 사고'></head>"
            f"<body><article><h1>리조트 사고</h1><div class='photo'>{caption_html}</div>{paragraphs}</article></body></html>")


def test_the_html_reader_hands_a_figcaption_to_the_rules():
    assert extract_html(page(f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>")).captions == [CAPTION]


def test_the_html_reader_hands_a_caption_span_to_the_rules():
    assert extract_html(page(f"<img src='a.jpg'><br><span class='caption'>{CAPTION}</span>")).captions == [CAPTION]


def test_a_page_without_captions_hands_none():
    assert extract_html(page("<img src='a.jpg'>")).captions == []


def test_a_plural_after_a_kind_of_firm_is_no_firm_for_the_generic_word():
    body = ('배우 한지솔의 소속사 가온엔터테인먼트는 "두 사람은 만났다"며 밝혔다. 투자회사 직원들이 축하했다. '
            '소속사는 "내년 봄 떠날 예정"이라고 덧붙였다.')
    assert [s for s, _ in speakers(body)] == ["가온엔터테인먼트", "가온엔터테인먼트"]


def test_a_country_s_official_named_before_a_ministry_gets_the_ministry_not_a_split_name():
    found = persons("태국의 도니 프라세티오 교통부 장관은 말했다.")
    assert (found["도니 프라세티오"].title, found["도니 프라세티오"].organization) == ("장관", "교통부")
    assert "도니" not in found


def test_a_country_s_post_with_no_name_between_gives_no_person():
    assert persons("태국의 교통부 장관은 말했다.") == {}
