"""Round 63 (helper h63b), on sentences written for these tests: a court's session is held at the court its sentence
names with '에서' though the judge stands between ('…지법에서 X 판사 심리로 열린다'); a scene named by the words before
'현장' is the place of an event held there, further off than the words a place phrase is looked for in; a quoted
title named as the event, with its kind word after the closing quote, is held at the '…에서' phrase before it; the bare noun 회사 before a name points back to the firm; wire and subscription lines are boilerplate.
"""

from builder.rules import Context
from builder.rules.ko import person

from tests.ko_event_helpers import named


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


# -- a court's session at the court written with 에서 ------------------------------------------------------------------
def test_a_warrant_hearing_sits_at_the_court_before_its_judge():
    body = ("경찰은 전날 회삿돈을 빼돌린 혐의로 나씨에 대한 구속영장을 신청했다. 나씨에 대한 영장실질심사는 오는 "
            "13일 오후 벼리지법에서 여문강 영장전담 판사 심리로 열린다.")
    ev = named(body, "영장실질심사")
    assert ev is not None and ev.location == "벼리지법"


# -- a named scene further off -----------------------------------------------------------------------------------------
def test_a_dig_site_named_before_hosts_its_briefing():
    body = "산들고을과 한누리문화재연구원은 10일 산들 청석동 옛무덤 발굴 현장에서 출토 유물을 소개하는 현장 설명회를 열었다."
    ev = named(body, "현장 설명회")
    assert ev is not None and ev.location == "산들 청석동 옛무덤 발굴 현장"


# -- a quoted title and its kind word ----------------------------------------------------------------------------------
def test_a_showcase_named_by_its_quoted_title_is_held_at_the_hall_before():
    body = ("모바일 게임사 솔빛플레이가 10일 서울 마포구 윤슬홀에서 신작 역할수행게임(RPG) '물빛항로: 잊힌 섬' "
            "쇼케이스를 열고 시연 영상을 처음 선보였다.")
    ev = named(body, "물빛항로: 잊힌 섬")
    assert ev is not None and ev.location == "서울 마포구 윤슬홀"


# -- the bare noun 회사 in the clause or apposition before the name ------------------------------------------------------
def test_a_producer_who_led_work_at_the_company_is_at_the_firm_named_before():
    found = persons("빛고래게임즈는 9일 새 퍼즐 게임을 내놨다. 빛고래게임즈 계도윤 대표는 \"3년을 준비했다\"고 말했다. "
                    "회사에서 기획을 맡은 도운결 프로듀서는 \"누구나 쉽게 즐기도록 만들었다\"고 설명했다.")
    assert found["도운결"].organization == "빛고래게임즈"


def test_an_officer_apposed_to_a_post_of_the_company_is_at_the_firm_named_before():
    found = persons("하람제약이 개발한 치료제가 허가를 받았다. 하람제약 계도윤 대표는 \"수출을 늘리겠다\"고 밝혔다. "
                    "회사 품질보증(QA) 본부장인 문하겸 전무는 \"공장 증설을 서두르겠다\"고 말했다.")
    assert found["문하겸"].organization == "하람제약"


# -- a wire's filing time line ----------------------------------------------------------------------------------------
def test_a_wires_filing_time_line_is_boilerplate():
    from builder.rules.ko.article import is_boilerplate

    assert is_boilerplate("2027/02/03 08:47 송고")
    assert is_boilerplate("2027.02.03 08:47 송고")
    assert not is_boilerplate("통신사는 2027/02/03 08:47 송고한 기사를 고쳐 다시 내보냈다.")


# -- a subscription notice under the outlet's name ---------------------------------------------------------------------
def test_a_subscription_notice_under_the_outlets_name_is_boilerplate():
    from builder.rules.ko.article import is_boilerplate

    assert is_boilerplate("[물너울신보] 구독신청 안내")
    assert not is_boilerplate("구독 신청은 다음 달 말까지 받는다.")
