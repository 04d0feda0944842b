"""Round 53 (helper h53p), on sentences written for these tests: a Vietnamese name whose middle word has two Hangul
syllables (Finder.vietnamese_run_start), a district or county written between a Korean name and its post
(Finder.local_government_after_name), and a foreign name after a nationality and a role a coach or player holds too
(Finder.nationality_role_names).

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


# -- a Vietnamese name of three words after a body, before a post ---------------------------------------------------
def test_vietnamese_name_with_a_long_middle_word_is_one_person():
    found = persons("가온성 교통국 호앙 쑤언 득 부국장은 \"새 노선이 늘어 반갑다\"고 말했다.")
    assert "호앙 쑤언 득" in found
    assert found["호앙 쑤언 득"].title == "부국장"
    assert "교통국" in (found["호앙 쑤언 득"].organization or "")
    assert not any("교통국" in name or name.startswith("득") for name in found)


def test_korean_name_after_a_body_is_not_read_as_vietnamese():
    found = persons("가온성 교통국 표다온 국장은 \"새 노선이 늘어 반갑다\"고 말했다.")
    assert "표다온" in found
    assert not any(" " in name for name in found)


# -- a district or county between a name and its post ---------------------------------------------------------------
def test_district_between_a_name_and_a_unit_head_is_the_body():
    found = persons("표하린 한솔구 복지정책과장은 \"겨울 난방비를 더 지원하겠다\"고 말했다.")
    assert "표하린" in found
    assert found["표하린"].organization == "한솔구"
    assert "한솔구" not in found


def test_city_written_again_on_its_own_is_the_body_before_any_post():
    found = persons("누리시는 대책을 내놨다. 표하린 누리시 대변인은 \"버스를 더 늘리겠다\"고 말했다.")
    assert "표하린" in found
    assert found["표하린"].organization == "누리시"
    assert "누리시" not in found


def test_name_ending_in_gu_after_a_firm_stays_a_name():
    found = persons("가온전자 모성구 과장은 \"물량이 늘었다\"고 말했다.")
    assert "모성구" in found
    assert found["모성구"].organization == "가온전자"


# -- a nationality and a role, then a foreign name -------------------------------------------------------------------
def test_foreign_name_after_a_nationality_and_a_director():
    found = persons("심사를 맡은 독일 감독 하이코 브란트는 \"조용한 힘이 있는 영화\"라고 말했다.")
    assert "하이코 브란트" in found
    assert found["하이코 브란트"].title == "감독"


def test_nationality_and_role_before_common_nouns_make_no_person():
    assert persons("일본 선수 경기 장면을 되풀이해 보며 익혔다고 한다.") == {}
    assert persons("한국 감독 이번 영화가 상을 받았다.") == {}


# -- a department ending in 과 before a titled name ------------------------------------------------------------------
def test_department_ending_in_gwa_is_no_person_joined_to_the_name():
    found = persons("군산시 돌봄지원과 모하늘 팀장은 \"신청이 작년보다 크게 늘었다\"고 말했다.")
    assert "모하늘" in found
    assert not any("돌봄지원" in name for name in found)


def test_foreign_name_joined_by_gwa_to_a_titled_name_stays_a_person():
    found = persons("마이클 조던과 모하늘 감독은 \"함께 뛰고 싶다\"고 말했다.")
    assert "마이클 조던" in found
    assert "모하늘" in found
