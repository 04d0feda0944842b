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


# -- names Kiwi's dictionary knows whole, with a syllable loanwords use too -------------------------
def test_a_known_name_with_a_sino_korean_syllable_loanwords_share():
    assert "이세돌" in persons("그러나 이세돌은 중앙에서 세력을 쌓으며 반격에 나섰다.")


def test_a_known_name_joined_to_a_found_one():
    found = persons("결승에 올라온 구본길과 김정환은 끝까지 명승부를 펼쳤다.")
    assert {"구본길", "김정환"} <= set(found)


def test_foreign_places_and_firms_are_still_no_names():
    found = persons("오사카는 이날 비가 내렸다. 노키아는 새 휴대폰을 내놓았다.")
    assert not {"오사카", "노키아"} & set(found)


def test_a_one_word_list_item_known_as_a_name_may_end_like_a_body():
    found = persons("복당 대상은 유승민, 주호영, 윤상현, 강길부, 안상수 의원이다.")
    assert "강길부" in found


def test_a_university_in_a_list_of_titled_people_is_no_name():
    found = persons("패널로는 이재교 변호사, 이호중 서강대 교수, 이택광 경희대 교수가 출연한다.")
    assert not {"서강대", "경희대"} & set(found)
    assert found["이호중"].organization == "서강대"
