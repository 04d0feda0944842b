"""Korean persons of round 42, on sentences written for these tests: a master of a craft titled after the name
('X(57) 제과 명장은'), given names ending in 휘, a Vietnamese name of three words, and words of events and
documents that stand where a name would ('명장 인증식에서', "'… 지원법' 제정안을")."""

from builder.rules import Context
from builder.rules.ko import person
from ko_quote_helpers import speakers


def found(body):
    ps, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in ps}


# -- a craft master titled after the name --------------------------------------------------------
def test_craft_master_after_the_name_is_the_title():
    got = found("지난주 공방에서 만난 하소률(61) 한지 장인은 이렇게 말했다.")
    assert got["하소률"][0] == "한지 장인"


def test_craft_master_glued_craft_read_whole():
    got = found("골목 끝 가게에서 만난 구태담(54) 제과 명장은 새벽마다 반죽을 한다.")
    assert got["구태담"][0] == "제과 명장"


def test_craft_master_title_lets_the_interview_lede_have_its_speaker():
    body = ("\"반죽은 속이지 않아요. 손이 먼저 알죠.\"\n\n"
            "지난 3일 골목 가게에서 만난 구태담(54) 제과 장인은 이렇게 말했다. 그는 올해 장인에 뽑혔다.\n\n"
            "그는 \"처음에는 실패만 거듭했다\"며 \"손님들이 버티게 해 줬다\"고 회상했다.")
    assert [s for s, _ in speakers(body)] == ["구태담"] * 3


def test_a_relative_is_no_craft():
    got = found("하소률(61)씨와 그의 장인은 함께 웃었다.")
    assert "하소률" in got and got["하소률"][0] is None


# -- given names ending in 휘 ---------------------------------------------------------------------
def test_given_name_ending_hwi_before_body_and_title():
    got = found("전망은 엇갈린다. 노재휘 한솔정책연구원 연구위원은 \"신중해야 한다\"고 말했다.")
    assert got.get("노재휘", (None, None))[0] == "연구위원"
    assert not any(" " in name for name in got)


# -- a Vietnamese name of three words --------------------------------------------------------------
def test_vietnamese_name_of_three_words_kept_whole():
    body = "장관은 다음 주 하노이를 찾아 팜 꽝 빈 베트남 산업부 장관과 만난다. 빈 장관은 \"환영한다\"고 말했다."
    got = found(body)
    assert "팜 꽝 빈" in got and "빈" not in got
    assert ("팜 꽝 빈", "환영한다") in speakers(body)


def test_an_adverb_and_a_determiner_are_no_vietnamese_name():
    got = found("그는 또 새 위원장으로 선출된 하도경 위원장을 만났다.")
    assert not any(name.startswith("또 ") for name in got)


# -- events and documents are no names --------------------------------------------------------------
def test_event_taking_a_locative_particle_is_no_person():
    got = found("메달은 지난 5일 열린 국가대표 선발식에서 받았다.")
    assert "선발식" not in got


def test_a_titled_name_taking_a_subject_particle_is_still_a_person():
    got = found("대한민국 명장 탁윤소는 수여식 뒤 공방으로 돌아갔다.")
    assert "탁윤소" in got


def test_document_after_a_quoted_law_is_no_person():
    got = found("위원회는 '청년 주거 지원법' 제정안을 처음으로 다뤘다.")
    assert "제정안" not in got


def test_name_after_a_quoted_nickname_is_a_person():
    got = found("결승의 주인공은 '번개 손' 석하율이었다.")
    assert "석하율" in got
