"""Korean persons in items printed as lists (lists.py): 인사 lists under headings, rosters, 부고 and family
entries, on bodies written for these tests (invented names and firms)."""

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


PERSONNEL = """해담물산은 2일 정기 임원 인사를 했다. 회사는 "현장 경험을 중시했다"고 밝혔다.

◇해담물산

<전무 승진> ▷생산본부장 석도훈 ▷경영기획실장 모하율

<상무 승진> ▷구매팀장 빈서후

◇보람시청

<과장급 전보> ▷도시계획과장 엄태이 ▷안전총괄실 재난대응과장 육다슬

◇여울일보

▷편집국 경제부장 표세진 ▷사진부장 견우람
"""


def test_heading_gives_the_organisation_and_the_promotion_its_rank():
    found = persons(PERSONNEL)
    assert found["석도훈"] == ("전무 생산본부장", "해담물산")
    assert found["모하율"] == ("전무 경영기획실장", "해담물산")  # a second item under the same move
    assert found["빈서후"] == ("상무 구매팀장", "해담물산")


def test_unit_before_the_post_is_dropped_and_a_grade_is_no_rank():
    found = persons(PERSONNEL)
    assert found["엄태이"] == ("도시계획과장", "보람시청")  # '과장급 전보' names no rank
    assert found["육다슬"] == ("재난대응과장", "보람시청")
    assert found["표세진"] == ("경제부장", "여울일보")
    assert found["견우람"] == ("사진부장", "여울일보")


def test_headings_and_moves_are_no_persons():
    found = persons(PERSONNEL)
    assert not any(n in found for n in ("해담물산", "보람시청", "여울일보", "전무 승진", "과장급 전보", "편집국"))


def test_line_rosters_under_a_heading_and_a_move_heading():
    body = "■ 청솔화학\n◇ 부장급 전보\n대표이사 탁시온\n감사 국예담\n"
    found = persons(body)
    assert found["탁시온"] == ("대표이사", "청솔화학")
    assert found["국예담"] == ("감사", "청솔화학")
    assert "부장급 전보" not in found


def test_prose_ends_the_heading_and_unmarked_lines_outside_a_list_are_no_items():
    body = "◇해담물산\n▷구매팀장 빈서후\n회사는 이번 인사의 배경을 설명하지 않았다.\n▷생산본부장 석도훈\n대표이사 탁시온\n"
    found = persons(body)
    assert found["빈서후"] == ("구매팀장", "해담물산")
    assert found["석도훈"][1] != "해담물산"  # the heading's organisation ended with the prose
    assert "탁시온" not in found or found["탁시온"][1] != "해담물산"


def test_bulleted_prose_makes_no_person():
    body = ("◇보람시청\n시는 ▷위원장 선출 절차 개선 ▷대표 공약 점검을 추진한다.\n"
            "개편안의 골자는 ▲노선 확대 ▲위원장 선출 ▲감사 강화다.\n▶이사 선임 ▶감사 보고\n")
    found = persons(body)
    assert not any(n in found for n in ("선출", "절차", "개선", "점검", "확대", "강화", "보고", "선임"))
    assert not found


OBITUARY = """■ 부고
▲노영수씨 별세, 노이담(솔빛소프트 상무)·노새롬(가온여고 교사)씨 부친상, 탁윤결(변호사)씨 빙부상 = 7일, 소담병원 장례식장 12호실, 발인 9일 오전 6시
▲곽순임씨 별세, 진서겸 솔내대 교수 모친상 = 6일, 소담병원 장례식장 3호실, 발인 8일 오전 7시
▲모은정(하늘재단 이사장)씨 남편상 = 5일, 소담병원 장례식장 17호실, 발인 7일
"""


def test_obituary_the_deceased_and_the_mourners_with_their_posts():
    found = persons(OBITUARY)
    assert found["노영수"] == (None, None)
    assert found["곽순임"] == (None, None)
    assert found["노이담"] == ("상무", "솔빛소프트")
    assert found["노새롬"] == ("교사", "가온여고")
    assert found["탁윤결"][0] == "변호사"
    assert found["모은정"] == ("이사장", "하늘재단")
    assert found["진서겸"] == ("교수", "솔내대")


def test_obituary_relations_halls_and_times_are_no_persons():
    found = persons(OBITUARY)
    assert not any(n in found for n in ("부친상", "빙부상", "모친상", "남편상", "소담병원", "발인", "별세", "부고"))
    assert len(found) == 7


def test_family_entries_with_a_one_syllable_kin_word_and_a_compound_post():
    found = persons("유족으로는 부인 경태오씨와 딸 석윤하(솔내대 교수)씨, 아들 석주안(청솔문화연구소장)씨가 있다.")
    assert found["석윤하"] == ("교수", "솔내대")
    assert found["석주안"] == ("청솔문화연구소장", "청솔문화연구소")
    assert "경태오" in found


def test_age_glosses_and_nameless_deaths_are_left_to_the_sentence_rules():
    found = persons("주민 A씨 별세 소식에 마을이 슬퍼했다. 그는 사고 당시 현장에 있던 시민 탁시온(58·회사원)씨를 도왔다.")
    assert "A" not in found and "주민" not in found
    assert found["탁시온"][0] in ("회사원", "시민")


def test_personal_news_items_glued_to_their_mark():
    body = ("■ 동정\n◇석도훈 해담물산 대표는 5일 소담호텔에서 열린 물류포럼에 참석했다.\n"
            "▷표세진 여울일보 경제부장=12일 오후 2시 솔내대 강연\n◇모하율 청솔화학 상무\n")
    found = persons(body)
    assert found["석도훈"] == ("대표", "해담물산")
    assert found["표세진"] == ("경제부장", "여울일보")
    assert found["모하율"] == ("상무", "청솔화학")  # a heading mark before a person's item makes no heading
    assert not any(n in found for n in ("동정", "해담물산", "여울일보", "석도훈 해담물산 대표는"))


def test_a_heading_or_common_word_after_a_mark_is_no_personal_news_item():
    body = "◇해담물산 경영지원본부\n▷구매팀장 빈서후\n▷신규 노선 운영 계획은 다음 달 나온다.\n◇물류 대표는 말했다.\n"
    found = persons(body)
    assert found["빈서후"] == ("구매팀장", "해담물산 경영지원본부")
    assert not any(n in found for n in ("신규", "물류", "노선"))


def test_a_section_heading_names_no_organisation():
    found = persons("■ 출연진\n▲감독 석도훈 ▲작가 모하율\n■ 주요 일정\n▲사회 빈서후\n")
    assert found["석도훈"] == ("감독", None)
    assert found["모하율"] == ("작가", None)
    assert found["빈서후"][1] is None


def test_a_post_glossing_a_listed_name_is_no_title_of_its_own():
    found = persons("■ 청솔화학\n◇ 승진 ▲상무보 석도훈(물류연구소 분석팀장) 모하율(재무팀장)\n▲원장 빈서후(솔내대 교수)\n")
    assert found["석도훈"] == ("상무보", "청솔화학")
    assert found["모하율"] == ("상무보", "청솔화학")
    assert found["빈서후"] == ("원장", "청솔화학")
    assert "물류연구소" not in found and "분석팀장" not in found


def test_name_before_title_items_under_a_heading():
    found = persons("◇해담물산\n▲석도훈 전무 ▲모하율 상무\n▷탁시온 생산본부 전무\n")
    assert found["석도훈"] == ("전무", "해담물산")
    assert found["모하율"] == ("상무", "해담물산")
    assert found["탁시온"] == ("전무", "해담물산")  # the unit between name and title is dropped
    found = persons("개편안은 ▲이사 선임 ▲감사 보고 ▲회장 선출로 이뤄진다.\n")
    assert not found


def test_a_former_post_in_the_gloss_and_the_death_word_after_a_list():
    found = persons("▲경태오(전 해담물산 부사장)씨 별세, 경소윤(여울일보 기자)씨 부친상\n")
    assert found["경태오"] == ("전 부사장", "해담물산")
    assert found["경소윤"][1] == "여울일보"
    assert set(found) == {"경태오", "경소윤"}


def test_names_joined_by_a_middle_dot_share_the_title():
    found = persons("■ 청솔화학\n▲상무 석도훈·모하율 ▲이사 빈서후\n")
    assert found["석도훈"] == ("상무", "청솔화학")
    assert found["모하율"] == ("상무", "청솔화학")
    assert found["빈서후"] == ("이사", "청솔화학")
    assert "석도훈·모하율" not in found
