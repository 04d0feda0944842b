"""Korean appointment lists (인사 lists) and the families of g5p, on sentences written for these tests."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


APPOINTMENTS = """새봄제약은 3일 정기 임원 인사를 했다.
■ 새봄제약
◇ 승진 ▲대표이사 사장 하준서 ▲부사장(최고기술책임자·CTO) 문지아 ▲상무 어태민(구미공장장) 진소율(마케팅실장)
■ 가람상사
대표이사 방은호 ▲감사 서하늘 ▲해외영업본부장 전무 마이클 존슨
■ 전남도
◇ 4급 전보 ▲기획조정실 예산과장 명시우
"""


def test_rank_before_the_name_is_the_title_and_the_header_the_organisation():
    found = persons(APPOINTMENTS)
    assert found["하준서"] == ("대표이사 사장", "새봄제약")
    assert found["문지아"] == ("부사장", "새봄제약")
    assert found["어태민"] == ("상무", "새봄제약")  # the bracketed post is not the title
    assert found["진소율"] == ("상무", "새봄제약")  # a second name under the same rank
    assert found["방은호"] == ("대표이사", "가람상사")  # the item before the first ▲
    assert found["서하늘"] == ("감사", "가람상사")
    assert found["마이클 존슨"][1] == "가람상사"
    assert found["명시우"] == ("예산과장", "전남도")  # the department before the post is dropped


def test_policy_bullets_and_notice_sections_make_no_person():
    body = ("정부가 내놓은 대책은 ▲청년 일자리 확대 ▲주거 지원 강화 ▲대표 공약 발표다.\n"
            "■ 부고\n▲상무 도하람씨 별세\n")
    found = persons(body)
    assert not any(n in found for n in ("일자리 확대", "지원 강화", "공약 발표", "확대", "강화"))
    assert found.get("도하람", (None, None))[1] is None  # a notice section names no organisation


def test_header_organisation_ends_at_the_prose_after_the_list():
    body = "■ 새봄제약\n▲상무 하준서\n인사 배경을 두고 회사는 설명하지 않았다.\n▲전무 문지아\n"
    found = persons(body)
    assert found["하준서"] == ("상무", "새봄제약")
    assert found["문지아"] == ("전무", None)


def test_spaced_foreign_names_before_a_title_or_honorific():
    found = persons("호찌민시 인민위원회 쩐 반 끼엔 부위원장은 말했다. 현지 통역 가이드 레 티 투 씨는 웃었다.")
    assert found["쩐 반 끼엔"] == ("부위원장", "호찌민시 인민위원회")
    assert found["레 티 투"][0] == "가이드"
    assert "쩐" not in found and "레" not in found
    found = persons("우즈베키스탄 체육위원회의 굴나라 토흐타시노바 부위원장도 참석했다.")
    assert found["굴나라 토흐타시노바"] == ("부위원장", "체육위원회")


def test_known_places_and_firms_before_a_title_are_no_spaced_name():
    found = persons("미국 뉴욕 타임스 기자가 물었다. 이날 블룸버그 통신 기자도 물었다.")
    assert not any(" " in n for n in found)


def test_deputy_posts_and_provincial_bodies():
    found = persons("탁서진 충남도 경제부지사는 회의를 열었다. 강원도 길하람 재난안전실장은 설명했다.")
    assert found["탁서진"] == ("경제부지사", "충남도")
    assert found["길하람"] == ("재난안전실장", "강원도")
    assert "충남도" not in found and "강원도" not in found
    assert persons("진서율 행정부시장이 답했다.")["진서율"] == ("행정부시장", None)


def test_a_head_of_a_station_names_the_station():
    assert persons("탁지오 동부소방서장은 설명했다.")["탁지오"] == ("동부소방서장", "동부소방서")
    assert persons("도하린 가람미술관장은 설명했다.")["도하린"] == ("가람미술관장", "가람미술관")
    assert persons("관장 모은별은 설명했다.")["모은별"] == ("관장", None)  # the bare post names no body


def test_quoted_part_and_documents_are_no_persons():
    found = persons("극 중 편의점 사장 '나별하' 역을 맡은 추세윤은 웃었다. 새 대사는 국왕에게 신임장을 냈고 일왕에게 임명장을 받았다.")
    assert "나별하" not in found and "추세윤" in found
    assert not any(n in found for n in ("신임장", "임명장", "일왕", "국왕"))


def test_occupations_and_positions_before_a_name_are_titles():
    assert persons("공장에서 만난 배관공 봉태식(52)씨는 말했다.")["봉태식"][0] == "배관공"
    assert persons("연구실의 석사과정 기서윤 씨는 말했다.")["기서윤"][0] == "석사과정"
    assert persons("세터 하예솔이 토스를 올렸다.")["하예솔"][0] == "세터"


def test_villages_and_missions_abroad_are_no_persons():
    body = "경북 안동시 풍산읍 소산리 야산에서 불이 났다. 군수는 \"소산리와 하리 주민을 옮겼다\"고 말했다."
    assert "소산리" not in persons(body)
    assert "주호찌민" not in persons("\"주호찌민 총영사관 직원을 보냈다\"고 밝혔다.")
    assert persons("주하윤 대사는 말했다.")["주하윤"][0] == "대사"  # an envoy's name with the surname 주


def test_the_possessor_before_a_name_is_the_body_not_the_unit_the_post_heads():
    assert persons("가온리테일의 연소담 상품본부장은 말했다.")["연소담"] == ("상품본부장", "가온리테일")
    assert persons("회사의 연소담 영업본부장은 말했다.")["연소담"][1] != "회사"  # a common noun is no body


def test_short_words_of_a_phrase_make_no_spaced_name():
    found = persons("버티기 힘들었다는 게 이 의원의 회고다. 모리야마 전 외무상은 말했다.")
    assert not any(n.endswith((" 이", " 전")) or n.startswith("게 ") for n in found)


def test_a_name_with_an_age_and_miss_or_master_is_a_person():
    found = persons("시험장에서 나온 반서율(18)양은 말했다. 친구 하지후(17) 군은 웃었다.")
    assert "반서율" in found and "하지후" in found
    assert persons("강원 양구(楊口)군은 발표했다.") == {}  # a county glossed in Hanja has no age


def test_a_role_with_the_copula_before_a_name_is_no_word_of_a_spaced_name():
    found = persons("검토위원인 옹미라 교사도 \"현장 의견을 들었다\"고 말했다.")
    assert "옹미라" in found and not any(name.startswith("검토위원") for name in found)
    assert "쩐 반 끼엔" in persons("인민위원회 쩐 반 끼엔 부위원장은 \"협력하겠다\"고 말했다.")


# -- a title shared over a list, and what is no item of it ----------------------------------------------------------
# A firm written after its kind ('법무법인 X') before a titled name is the firm, not a name sharing the title; an item
# with a role of its own before its name ('포수 X(27)과 내야수 Y(24)') ends the list, and that role is no person; a date
# before a position is no numbered position ('7일 포수'); '두 명인' counts people ('who are two'), it is no title 명인.
import pytest  # noqa: E402


@pytest.mark.parametrize("body, name, title, org, not_persons", [
    ('법무법인 윤슬비 하예담 변호사는 "항소하겠다"고 말했다.', "하예담", "변호사", "법무법인 윤슬비", {"윤슬비"}),
    ('법무법인 한울림 하예담 변호사는 "항소하겠다"고 말했다.', "하예담", "변호사", "법무법인 한울림", {"한울림"}),
    ("여울은 9일 포수 탁윤재(26)와 외야수 모건우(23)를 새터 이글스에 내줬다.", "탁윤재", "포수", None, {"외야수"}),
    ("여울은 9일 포수 탁윤재(26)와 외야수 모건우(23)를 새터 이글스에 내줬다.", "모건우", "외야수", None, {"외야수"}),
    ("이번 공연에는 첼리스트 탁윤재(34), 밴드 ‘새벽바다’, 가수 모건우 등이 무대에 섰다.", "탁윤재", "첼리스트", None, {"밴드"}),
    ("나머지 멤버 두 명인 하린과 시율은 계약을 연장했다.", "하린", "멤버", None, set()),
    ("나머지 멤버 두 명인 하린과 시율은 계약을 연장했다.", "시율", "멤버", None, set()),
])
def test_a_shared_title_stops_at_a_firm_an_own_role_a_date_or_a_count(body, name, title, org, not_persons):
    found = persons(body)
    assert found.get(name) == (title, org), found
    assert not not_persons & set(found), found


@pytest.mark.parametrize("body, names, title", [
    ("배우 여은결(22)과 강다빈(25)이 출연한다.", ["여은결", "강다빈"], "배우"),
    ("7회 3루 주자 표하온이 홈을 밟았다.", ["표하온"], "3루 주자"),
    ("판소리 명인 표하온은 \"소리는 숨\"이라고 말했다.", ["표하온"], "명인"),
])
def test_a_shared_role_a_numbered_position_and_a_real_master_stay(body, names, title):
    found = persons(body)
    assert all(found.get(n, (None,))[0] == title for n in names), found


@pytest.mark.parametrize("name", ["하린", "시율", "비안"])
def test_a_role_before_a_list_of_stage_names_glossed_with_real_names_is_every_items(name):
    body = "걸그룹 새빛 멤버 하린(본명 표하린), 시율(본명 탁시율), 비안(본명 모비안)가 계약 해지를 통보했다."
    assert persons(body).get(name, (None,))[0] == "멤버"


# -- appointment lists with '▷' items under '◇<organisation>' headers ------------------------------------------------
APPOINTMENTS_POINTED = """가람화학은 10일 정기 임원 인사를 했다.

◇가람화학

<상무 승진> ▷재무팀장 탁윤재 ▷품질보증팀장 모건우

◇여울시

▷기획조정실장 하예담

◇ 4급 전보 ▷도시정책과장 표하온
"""


@pytest.mark.parametrize("name, title, org", [
    ("탁윤재", "상무 재무팀장", "가람화학"),  # promoted to 상무 (the move in brackets): the rank, then the post
    ("모건우", "상무 품질보증팀장", "가람화학"),
    ("하예담", "기획조정실장", "여울시"),
    ("표하온", "도시정책과장", "여울시"),
])
def test_pointed_items_under_an_organisation_header(name, title, org):
    assert persons(APPOINTMENTS_POINTED).get(name) == (title, org)


def test_a_kind_of_move_header_is_no_organisation():
    found = persons(APPOINTMENTS_POINTED)
    assert "4급 전보" not in {v[1] for v in found.values()}


# -- a body's officers listed after its head, the head named again by surname and post -------------------------
@pytest.mark.parametrize("body, officers, org", [
    ("전국가온노동조합 누리지회는 파업을 가결했다. 탁다온 지회장은 \"분명하다\"고 말했다. "
     "이날 회견에는 탁 지회장과 표진석 부지회장, 설우람 사무장이 자리했다.",
     ("표진석", "설우람"), "전국가온노동조합 누리지회"),
    ("가온노조 탁다온 위원장은 말했다. 이날 탁 위원장과 표진석 부위원장, 설우람 사무국장이 자리를 함께했다.",
     ("표진석", "설우람"), "가온노조"),
    ("다온상인회 탁다온 회장은 말했다. 이날 탁 회장과 표진석 총무, 설우람 간사가 자리를 함께했다.",
     ("표진석", "설우람"), "다온상인회"),
])
def test_officers_listed_after_their_head_by_surname_and_post_share_the_heads_body(body, officers, org):
    found = persons(body)
    for name in officers:
        assert found[name][1] == org


@pytest.mark.parametrize("body, other", [
    ("가온노조 탁다온 위원장은 말했다. 이날 탁 위원장과 표진석 교수, 설우람 변호사가 자리를 함께했다.", "표진석"),
    ("가온노조 탁다온 위원장은 말했다. 이날 탁 위원장과 표진석 교수가 자리를 함께했다.", "표진석"),
])
def test_a_profession_listed_after_a_head_shares_no_body(body, other):
    assert persons(body)[other][1] is None


# -- a prize list names its winners by name alone (Finder.prize_winners) ---------------------------------
@pytest.mark.parametrize("body, names", [
    ("최우수선수상은 일반부 기도란과 학생부 공사준이 나눠 가졌다.", ["기도란", "공사준"]),  # '기도' + '란' read as nouns
    ("세터상은 공사랑, 수비상은 조기현에게 돌아갔다.", ["공사랑", "조기현"]),
    ("감독상은 기도란이 받았다.", ["기도란"]),
])
def test_the_name_after_a_prize_given_away_is_its_winner(body, names):
    found = persons(body)
    assert all(n in found for n in names)


@pytest.mark.parametrize("body", [
    "감독상은 솔바람시가 차지했다.",  # a city
    "단체상은 누리고등학교가 받았다.",  # a school
    "특별상은 소방대가 받았다.",  # a common noun of a surname's shape
    "작품상은 연극 들빛강이 받았다.",  # a work named after its kind
    "우수상은 마을회가 받았다.",
])
def test_a_body_a_place_or_a_work_after_a_prize_is_no_winner(body):
    assert persons(body) == {}


# -- a stage name of one syllable in a list of members, and a name Kiwi reads with its particle -----------------
MEMBERS = ("벨루네는 솔가람엔터테인먼트가 내놓는 걸그룹으로, 시엘·{one}·티아·카야 네 명으로 구성됐다. "
           "리더 시엘은 \"무대가 떨렸다\"고 말했다.\n\n티아는 \"팬들이 고맙다\"고 말했다.")


@pytest.mark.parametrize("body, name", [
    (MEMBERS.format(one="콴"), "콴"),
    (MEMBERS.format(one="샤"), "샤"),
])
def test_a_one_syllable_stage_name_among_listed_members_is_a_person(body, name):
    found = persons(body)
    assert name in found and "티아" in found


@pytest.mark.parametrize("body, word", [
    ("리더 시엘은 \"무대가 떨렸다\"고 말했다. 시엘은 노래·춤·연기를 모두 맡는다.", "춤"),
    ("리더 시엘은 \"무대가 떨렸다\"고 말했다. 시엘과 티아는 한·일 두 나라에서 공연한다.", "한"),
    ("리더 시엘은 \"무대가 떨렸다\"고 말했다. 공연은 서울·광주·부산·대구·전주에서 열린다.", "광주"),
])
def test_a_one_syllable_word_in_a_list_of_things_is_no_person(body, word):
    assert word not in persons(body)


def test_a_name_read_with_its_particle_is_the_named_person():
    body = "걸그룹 벨루네의 리더 시엘은 \"떨렸다\"고 말했다. 멤버 티아와 시엘이 작사에 참여했다. 티아는 \"좋다\"고 했다."
    f = person.Finder(body, Context(None))
    at = body.index("티아와")
    f.persons["티아와"] = person.Person("티아와", "멤버", "벨루네", found_by="morphology", first_offset=at)
    f.persons["티아"] = person.Person("티아", None, None, found_by="list_of_persons", first_offset=body.index("티아는"))
    f.mentions.append(person.Mention("티아와", at, at + 3))
    f.names_with_particle()
    assert "티아와" not in f.persons
    assert f.persons["티아"].organization == "벨루네" and f.persons["티아"].first_offset == at
    assert all(m.person != "티아와" for m in f.mentions)


def test_a_name_ending_as_a_particle_with_no_shorter_person_is_kept():
    body = "한빛대 하유도 교수는 \"좋다\"고 말했다."
    f = person.Finder(body, Context(None))
    f.persons["하유도"] = person.Person("하유도", "교수", "한빛대", first_offset=4)
    f.names_with_particle()
    assert "하유도" in f.persons
