"""Round 57 (helper h57p), on sentences written for these tests: a body before a name however it ends, a firm's trade
after a foreign given name, the body before a fused unit post, '양 <post>' for both holders, things named in quotes or
known to the dictionary, a kind of firm before a name, a glued portfolio, an apposition in Latin letters, a club told
short, a post closing a list with the copula, a Latin place glued to a fused post, and an age gloss before 양.

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person, quote


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


def quotes(body):
    found, mentions = person.find(body, Context(None))
    return quote.find(body, found, mentions, Context(None))


# -- a body's coined name before the name, ending as a verb's modifier does ---------------------------------------------
def test_a_proper_noun_body_ending_like_a_modifier_is_the_body():
    found = persons("거래소 한 곳이 해킹을 당했다.\n\n코인누리온 모태율 대표는 \"전액 보전하겠다\"고 말했다.")
    assert found["모태율"].title == "대표"
    assert found["모태율"].organization == "코인누리온"


def test_a_verb_s_modifier_before_the_name_is_no_body():
    found = persons("시즌이 끝났다.\n\n팀을 이끈 모태율 감독은 \"고맙다\"고 말했다.")
    assert found["모태율"].organization != "이끈"


# -- a foreign given name, the surname, then a firm named with its trade -------------------------------------------------
def test_a_firm_s_trade_after_a_foreign_name_is_the_body_not_a_surname():
    found = persons("리콜이 시작된다.\n\n올리비에 가숑 벨마르코리아 대표는 \"원인을 밝히겠다\"고 했다.")
    assert "올리비에 가숑" in found
    assert found["올리비에 가숑"].organization == "벨마르코리아"
    assert not any("벨마르코리아" in name for name in found)


def test_a_foreign_name_of_two_words_before_a_post_stays_whole():
    found = persons("리콜이 시작된다.\n\n줄리앙 마샬 대표는 \"원인을 밝히겠다\"고 했다.")
    assert "줄리앙 마샬" in found
    assert found["줄리앙 마샬"].organization is None


# -- a fused unit post after the name, the body before it ---------------------------------------------------------------
def test_the_body_before_a_fused_unit_post_is_the_person_s():
    found = persons("조사가 시작됐다.\n\n해양환경안전연구원 구태담 결함분석처장은 \"확인하겠다\"고 말했다.")
    assert found["구태담"].title == "결함분석처장"
    assert found["구태담"].organization == "해양환경안전연구원"


def test_a_short_form_of_a_government_body_before_a_unit_post():
    found = persons("조사가 시작됐다.\n\n공정위 구태담 시장감시국장은 \"엄정히 보겠다\"고 말했다.")
    assert found["구태담"].organization == "공정위"


def test_a_fused_unit_post_with_no_body_before_keeps_its_unit():
    found = persons("조사가 시작됐다.\n\n구태담 결함분석처장은 \"확인하겠다\"고 말했다.")
    assert found["구태담"].organization == "결함분석처"


def test_a_researcher_s_post_before_the_name_is_no_body():
    found = persons("조사가 시작됐다.\n\n수석연구원 구태담 박사는 \"확인하겠다\"고 말했다.")
    assert found["구태담"].organization != "수석연구원"


# -- '양 <post>': both holders, or a person of the surname 양 -------------------------------------------------------------
TALKS = ("두 나라 외교장관 회담이 열린다.\n\n"
         "나하늘 외교부 장관은 모레 온누리국의 다리오 세벨 외교부 장관과 만난다.\n\n"
         "양 장관은 회담에서 에너지 협력을 논의할 예정이다.")


def test_yang_before_a_post_two_holders_share_is_both_of_them():
    found = persons(TALKS)
    assert "나하늘" in found
    assert "양 장관" not in found


def test_yang_before_a_post_no_two_persons_hold_is_a_surname():
    found = persons("경기가 끝났다.\n\n양 감독은 \"선수들이 잘했다\"고 말했다.")
    assert "양 감독" in found


# -- things named in single quotes, or known to the dictionary -----------------------------------------------------------
def test_a_service_named_in_single_quotes_is_no_person_when_written_bare_later():
    body = ("시의 공공 자전거 '달리바이크'의 적자가 커졌다.\n\n"
            "달리바이크는 2020년 도입 이후 적자가 불었다.")
    assert "달리바이크" not in persons(body)


def test_a_dictionary_noun_shaped_like_a_name_is_no_person():
    body = ("승합차 900대가 무상 수리를 받는다. 운전석 안전띠 버클이 헐겁다.\n\n"
            "급정거하면 안전띠가 풀릴 우려가 있다.")
    assert "안전띠" not in persons(body)


def test_a_name_with_a_title_is_still_a_person():
    body = "차량 1만 대가 리콜된다.\n\n안치원 연구원은 \"결함이 있다\"고 말했다."
    assert "안치원" in persons(body)


# -- a kind of firm is no word of a foreign name --------------------------------------------------------------------------
def test_a_market_and_a_kind_of_firm_before_a_post_make_no_person():
    body = "코스닥 상장사 누리바이오텍 전 대표에게 실형이 선고됐다."
    assert not any("상장사" in name for name in persons(body))


def test_a_foreign_name_before_a_firm_and_a_post_is_still_found():
    found = persons("신제품이 나왔다.\n\n마르코 벨리니 솔가온모터스 대표는 \"기쁘다\"고 말했다.")
    assert "마르코 벨리니" in found
    assert found["마르코 벨리니"].organization == "솔가온모터스"


# -- a portfolio glued to its field, and 임원 -----------------------------------------------------------------------------
def test_a_glued_portfolio_before_an_executive_is_part_of_the_title():
    found = persons("판결이 나왔다.\n\n함께 기소된 영업담당 임원 석누리(49)씨는 집행유예를 받았다.")
    assert found["석누리"].title == "영업담당 임원"
    assert found["석누리"].organization is None


def test_a_firm_before_an_executive_is_the_body():
    found = persons("판결이 나왔다.\n\n가람물류 임원 석누리(49)씨는 집행유예를 받았다.")
    assert found["석누리"].title == "임원"
    assert found["석누리"].organization == "가람물류"


# -- an apposition in Latin letters with the copula -----------------------------------------------------------------------
def test_a_latin_word_with_the_copula_s_in_is_no_body():
    found = persons("협상이 이어진다.\n\n남은 FA인 투수 반도율(33)과도 협상한다.")
    assert found["반도율"].organization != "FA인"


# -- a club told by its first word ---------------------------------------------------------------------------------------
CLUB = ("프로야구 새솔 호크스가 내야수 문하결(29)을 붙잡았다.\n\n"
        "새솔은 3일 \"문하결과 4년 계약을 맺었다\"고 발표했다.\n\n"
        "마도현 새솔 호크스 단장은 \"핵심 전력\"이라고 말했다.")


def test_a_club_told_by_its_first_word_speaks_as_the_club():
    found = quotes(CLUB)
    first = next(q for q in found if q.text.startswith("문하결과"))
    assert first.speaker == "새솔 호크스"
    assert first.speaker_kind == "organization"


def test_a_word_that_opens_no_body_named_before_speaks_as_nobody_in_full():
    body = "계약이 끝났다.\n\n새솔은 3일 \"계약을 맺었다\"고 발표했다."
    found = quotes(body)
    assert all(q.speaker != "새솔 호크스" for q in found)


# -- a post with the copula closing a list sentence ----------------------------------------------------------------------
def test_a_post_with_the_copula_closing_the_sentence_is_the_title():
    body = ("조합장 선거가 열린다.\n\n후보는 기호 1번 탁미정(61) 가람농협 이사, 기호 2번 염도준(57) 가람농협 감사다.\n\n"
            "염도준 후보는 \"투명하게 하겠다\"고 밝혔다.")
    found = persons(body)
    assert found["염도준"].title == "감사"
    assert found["탁미정"].title == "이사"


def test_a_word_with_da_that_is_no_post_adds_no_title():
    found = persons("조합장 선거가 열린다.\n\n당선자는 염도준 후보였고 결과는 뜻밖이다.")
    assert found.get("염도준") is None or found["염도준"].title != "뜻밖"


# -- a place in Latin letters glued to a fused post ----------------------------------------------------------------------
def test_a_latin_place_glued_to_a_fused_post_names_the_body():
    found = persons("축제가 열렸다.\n\n앤드루 모(한국명 모태린) NY한인회장은 \"기쁘다\"고 말했다.")
    assert found["앤드루 모"].organization == "NY한인회"
    assert "회장" in found["앤드루 모"].title


def test_latin_letters_glued_to_a_plain_post_make_no_title():
    assert person.title_of("AB회장") is None or person.title_of("AB회장")[1] != "AB"


# -- an age gloss, then 양 or 군, after a foreign name --------------------------------------------------------------------
def test_the_honorific_after_an_age_gloss_is_no_syllable_of_a_foreign_name():
    found = persons("경연이 열렸다.\n\n1위를 한 고등학생 에밀리 하(16)양은 \"기쁘다\"며 웃었다.")
    assert "에밀리 하" in found
    assert "에밀리 하양" not in found
    assert found["에밀리 하"].title == "고등학생"


def test_a_foreign_surname_ending_in_yang_without_a_gloss_is_kept():
    found = persons("경연이 열렸다.\n\n에밀리 하양 교수는 \"기쁘다\"고 말했다.")
    assert "에밀리 하양" in found


def test_a_post_with_i_da_keeps_the_person_speaking_in_the_next_sentence():
    body = ("공장 지붕에 태양광을 깔자고 10년째 말해 온 사람이 있다. 모태경(52) 가람기후연구소 소장이다. "
            "그는 \"지붕만으로도 충분하다\"고 말했다.")
    assert persons(body)["모태경"].title == "소장"
    said = quotes(body)
    assert said and said[0].speaker == "모태경"
