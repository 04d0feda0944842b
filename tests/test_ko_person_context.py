"""Korean-shaped names the sentence makes a person's, and words that are no person, on sentences
written for these tests (helper kluectx: Finder.morphology, the list rules, the country and
organisation guards, title lookup).

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


# -- countries and regions (CLDR, through babel) ---------------------------------------------------
def test_cldr_gives_countries_and_regions_in_korean():
    assert {"몰디브", "시리아", "아시아", "동유럽"} <= person.TERRITORIES
    assert "세계" not in person.TERRITORIES  # a common word, listed among the not-names


def test_a_country_before_a_leader_title_is_no_person():
    found = persons("몰디브 대통령이 비상사태를 선포하자 몰디브로 가는 항공편이 끊겼다.")
    assert "몰디브" not in found


def test_a_region_before_a_kin_noun_is_no_person():
    assert "아시아" not in persons("그들은 일본을 아시아의 동료라고 불렀다.")


def test_a_country_as_subject_is_no_person():
    assert "시리아" not in persons("시리아가 화학무기를 국제 감시에 맡기기로 했다.")


def test_a_leader_named_by_one_word_before_the_title_is_still_found():
    assert "푸틴" in persons("푸틴 대통령은 이날 회견에서 제재를 비판했다.")


# -- an initial before a title ---------------------------------------------------------------------
def test_an_initial_before_a_post_is_an_anonymised_person():
    found = persons("경찰 조사 결과 B 경위는 당시 근무지를 벗어난 것으로 확인됐다.")
    assert "B 경위" in found and found["B 경위"].title == "경위"


def test_an_initial_without_a_post_is_not():
    assert not any(n.startswith("B ") for n in persons("B 구역에는 아무도 없었다."))
