"""Round 52 (helper h52p), on sentences written for these tests: a word the article also writes as the head of a
compound noun is no name (Finder.compound_head_elsewhere), and a story of one club gives that club to the players and
coaches it names with none (Finder.sole_club_staff).

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


# -- a common noun written glued after another noun elsewhere ------------------------------------------------------
def test_a_word_glued_after_a_common_noun_elsewhere_is_no_name():
    body = ("구립 급식조리원들이 다음 주 파업에 나선다.\n\n"
            "노조 간부 모하솔씨는 \"올겨울 손목을 다친 조리원만 우리 구에 다섯 명\"이라고 했다.")
    found = persons(body)
    assert "모하솔" in found
    assert "조리원" not in found


def test_a_name_never_glued_to_a_noun_is_still_found():
    body = ("가온 타이거즈가 개막전을 준비한다.\n\n"
            "함도율 감독은 \"어제 불펜에서 던진 도하결이 가장 좋았다\"고 말했다.")
    assert "도하결" in persons(body)


# -- one club's story ---------------------------------------------------------------------------------------------
ONE_CLUB = ("프로야구 가온 타이거즈가 자유계약선수(FA) 내야수 도하결(31)을 붙잡았다.\n\n"
            "도하결은 구단을 통해 \"계속 뛰게 돼 기쁘다\"고 소감을 밝혔다.\n\n"
            "표민준 가온 단장은 \"더그아웃의 맏형 같은 선수\"라고 말했다. 구단은 투수 엄솔태(29)와의 계약도 곧 마무리한다.\n\n"
            "함도율 감독도 웃었다. 함 감독은 \"한시름 놓았다\"고 말했다.")


def test_players_and_coach_of_a_one_club_story_get_the_club():
    found = persons(ONE_CLUB)
    assert found["표민준"].organization == "가온"
    assert found["도하결"].organization == "가온"
    assert found["엄솔태"].organization == "가온"
    assert found["함도율"].organization == "가온"


def test_a_game_against_another_side_gives_no_club():
    found = persons(ONE_CLUB.replace("웃었다.", "웃었다. 가온은 지난주 누리 베어스를 꺾고 올라왔다."))
    assert found["표민준"].organization == "가온"
    assert found["도하결"].organization is None
    assert found["함도율"].organization is None


def test_staff_of_two_clubs_give_no_club():
    found = persons(ONE_CLUB.replace("함도율 감독도", "한편 변시원 누리 단장도 반응했고 함도율 감독도"))
    assert found["함도율"].organization is None


def test_a_coach_far_from_the_club_in_a_digest_gets_no_club():
    body = ONE_CLUB + ("\n\n한편 주말 극장가에서는 새 영화가 개봉했다.\n\n"
                       "탁무혁 감독의 영화 '여름 끝'이 예매율 1위에 올랐다.")
    found = persons(body)
    assert found["도하결"].organization == "가온"
    assert found["탁무혁"].organization is None
