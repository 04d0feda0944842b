"""Paradigms of the organisation a reader resolves from the whole document (builder/rules/ko/affiliation.py): a word
pointing back to a body named before, a post heading the one body of its kind, the headline's body, a unit held, a
body with 의 before a foreign name, and words the person rules took for bodies that are none. Every row is run with
names of several shapes; negative rows are look-alikes where the text names no body, or two. Invented throughout."""

import pytest

from builder.rules import Context
from builder.rules.ko import affiliation, person
from builder.rules.model import Person

SAID = ' "올해는 반드시 결과로 보여드리겠다"고 말했다.'
NAMES = ["구하준", "남궁설", "제갈온", "서이슬", "황보은솔"]
FOREIGN = ["에이든 카터", "한스 베버", "요나스 브렘"]


def organisation(body: str, name: str, headline: str | None = None) -> str | None:
    found, _ = person.find(body, Context(None, title=headline))
    rows = sorted((p for p in found if p.name in name or name in p.name), key=lambda p: p.name != name)
    assert rows, f"{name} not found in {body!r}: {[p.name for p in found]}"
    return rows[0].organization  # the row of the name, else one of a part of it (as the scorer matches names)


def squeezed(org: str | None) -> str:
    return (org or "").replace(" ", "")


# -- 1. a word pointing back to a body named before: '같은 회사', '이 회사', '해당 병원', '동사' ------------------------
POINTED = [
    ("한빛바이오의 오태윤 상무는 신약 일정을 설명했다. 같은 회사 한국지사의 {N} 이사도" + SAID, ["한빛바이오", "한국지사"]),
    ("누리화학 대표 권도헌(55)씨가 구속됐다. 이 회사 재무담당 이사 {N}(31)씨도 함께 기소됐다.", ["누리화학"]),
    ("라온대 의대 신경과 노은결 교수 연구팀은 새 치료법을 내놨다. 논문 제1저자는 같은 대학 의생명과학과 박사과정생 {N} 씨다.",
     ["라온대", "의생명과학과"]),
    ("라온대 연구팀이 성과를 냈다. 라온대 노은결 교수는 미국 콜린대 에이든 카터 교수팀과 함께 실험했다. 같은 대학 생명과학과 {N} 교수도"
     + SAID, ["라온대"]),
    ("여울투자증권의 한지수 연구원은 목표가를 올렸다. 같은 증권사 {N} 연구원도" + SAID, ["여울투자증권"]),
    ("다온물산 대표 권도헌 씨는 계약을 맺었다. 동사 {N} 상무는" + SAID, ["다온물산"]),
    ("새터대학교병원이 진료를 줄였다. 해당 병원 응급의학과 {N} 과장은" + SAID, ["새터대학교병원", "응급의학과"]),
    ('화학공학과 3학년 권도헌씨는 "좋다"고 했고, 같은 과 동기 {N}씨는' + SAID, ["화학공학과"]),
    ('누리대 국어국문학과 권도헌 교수는 "좋다"고 했다. 같은 과 {N} 교수도' + SAID, ["누리대", "국어국문학과"]),
    # '같은 과', '같은 팀': the unit of the person named last, in full with the body it is in (any unit's word will do)
    ('국립여울박물관 미술부 권도헌 학예연구관은 "좋다"고 설명했다. 같은 과 {N} 학예연구사는' + SAID, ["국립여울박물관", "미술부"]),
    ('전시를 맡은 국립여울박물관 고고부 권도헌 학예연구관은 "좋다"고 했다. 같은 과 {N} 학예연구사도' + SAID,
     ["국립여울박물관", "고고부"]),
    ('새터대병원 소화기내과 권도헌 교수는 "좋다"고 했다. 같은 과 {N} 교수도' + SAID, ["새터대병원", "소화기내과"]),
    ('여울시청 교통정책과 권도헌 주무관은 "좋다"고 했다. 같은 과 {N} 팀장은' + SAID, ["여울시청", "교통정책과"]),
    ('다온전자 배터리개발팀 권도헌 책임연구원은 "좋다"고 했다. 같은 팀 {N} 선임연구원도' + SAID, ["다온전자", "배터리개발팀"]),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,parts", POINTED)
def test_a_word_pointing_back_takes_the_body_named_before(body, parts, name):
    org = squeezed(organisation(body.replace("{N}", name), name))
    assert all(part in org for part in parts), org


@pytest.mark.parametrize("name", NAMES)
def test_a_word_pointing_back_with_nothing_before_keeps_only_the_unit(name):
    assert organisation(f"같은 병원 정형외과 {name} 교수는" + SAID, name) == "정형외과"


@pytest.mark.parametrize("name", NAMES)
def test_a_word_pointing_back_with_no_body_before_names_none(name):
    assert organisation(f"행사장에는 시민 200여 명이 모였다. 같은 회사 {name} 이사는" + SAID, name) is None
    assert organisation(f"누리대 권도헌 교수는 \"좋다\"고 했다. 같은 과 {name} 교수는" + SAID, name) != "누리대"
    assert organisation(f"행사장에는 시민 200여 명이 모였다. 같은 과 동기 {name}씨는" + SAID, name) is None


@pytest.mark.parametrize("name", NAMES[:2])
@pytest.mark.parametrize("body,org", [
    ("국내 출판사인 도서출판 솔잎마루의 {N} 대표는" + SAID, "도서출판 솔잎마루"),
    ("도서출판 솔잎마루의 {N} 편집장은" + SAID, "도서출판 솔잎마루"),
    ("주식회사 솔잎마루의 {N} 대표는" + SAID, "주식회사 솔잎마루"),
    ("사단법인 솔잎마루의 {N} 사무국장은" + SAID, "사단법인 솔잎마루"),
])
def test_a_legal_form_before_a_bodys_name_is_part_of_the_owner(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", NAMES)
def test_a_kind_of_body_with_its_own_endings_skips_a_firm_named_between(name):
    body = f"누리대 연구팀은 다온물산과 협약을 맺었다. 다온물산 권도헌 대표가 참석했다. 같은 대학 화학과 {name} 교수는" + SAID
    org = squeezed(organisation(body, name))
    assert "누리대" in org and "다온물산" not in org


@pytest.mark.parametrize("name", NAMES)
def test_same_day_is_no_body(name):
    assert organisation(f"다온물산 권도헌 대표는 계약을 맺었다. 같은 날 {name} 씨는" + SAID, name) is None


# -- 2. a post heading a kind of body: the one body of that kind named before --------------------------------
HEADED = [
    ("여울병원 노조는 파업에 들어갔다. 전국보건의료산업노동조합 여울병원지부는 결의대회를 열었다.\n{N} 지부장은" + SAID, "여울병원지부"),
    ("새터대학교병원은 진료를 줄였다.\n병원장인 {N} 교수는" + SAID, "새터대학교병원"),
    ("여울구의회 안전건설위원회가 감사를 벌였다.\n위원장인 {N} 의원은" + SAID, "안전건설위원회"),
    ("한빛기계 노동조합 한빛기계지회가 집회를 열었다.\n{N} 지회장은" + SAID, "한빛기계지회"),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,org", HEADED)
def test_a_post_heads_the_one_body_of_its_kind_named_before(body, org, name):
    assert squeezed(organisation(body.replace("{N}", name), name)).endswith(org)


UNION_BRANCHES = [
    ("전국금속노동조합 누리솔모터스지부는 파업을 가결했다.\n{N} 지부장은" + SAID, "전국금속노동조합 누리솔모터스지부"),
    ("금속노조 한결버스지회는 집회를 열었다.\n{N} 지회장은" + SAID, "금속노조 한결버스지회"),
    ("전국화학섬유식품산업노동조합 솔내화학분회는 교섭을 요구했다.\n{N} 분회장은" + SAID,
     "전국화학섬유식품산업노동조합 솔내화학분회"),
]


@pytest.mark.parametrize("name", NAMES[:2])
@pytest.mark.parametrize("body,org", UNION_BRANCHES)
def test_a_union_written_before_its_branch_is_part_of_the_branch_the_post_heads(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("body,org", UNION_BRANCHES + [
    ("전국공공운수노조 바로스지역본부는 총파업을 선언했다.\n{N} 지역본부장은" + SAID, "전국공공운수노조 바로스지역본부")])
def test_a_union_and_its_branch_are_no_person(body, org):
    found, _ = person.find(body.replace("{N}", "구하준"), Context(None))
    assert {p.name for p in found} == {"구하준"}


@pytest.mark.parametrize("name", NAMES[:2])
def test_a_branch_with_no_union_before_it_is_the_branch_alone(name):
    body = f"누리솔모터스지부는 파업을 가결했다.\n{name} 지부장은" + SAID
    assert organisation(body, name) == "누리솔모터스지부"


@pytest.mark.parametrize("name", NAMES)
def test_two_bodies_of_the_kind_name_no_one(name):
    body = f"여울병원지부와 새터병원지부가 함께 파업했다.\n{name} 지부장은" + SAID
    assert organisation(body, name) is None


@pytest.mark.parametrize("name", NAMES)
def test_a_post_with_no_body_of_its_kind_before_names_none(name):
    assert organisation(f"시민 단체들이 모였다.\n위원장인 {name} 의원은" + SAID, name) is None


# -- 3. the headline's body for a name the lede gives without one ------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("headline", ["[인터뷰] 우승 이끈 {N} 여울팔콘 감독 \"팀이 먼저다\"", "여울팔콘 {N} 감독 \"팀이 먼저다\""])
def test_the_headline_gives_the_body(headline, name):
    body = f"여울팔콘이 정상에 올랐다. 팀을 이끈 {name}(43) 감독을 만났다." + SAID
    assert organisation(body, name, headline.replace("{N}", name)) == "여울팔콘"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("headline", ["여울팔콘, 새터스타 꺾고 정상", "{N} 감독 \"팀이 먼저다\"", "정상 오른 {N} 감독 \"팀이 먼저다\""])
def test_a_headline_without_the_persons_body_gives_none(headline, name):
    body = f"여울팔콘이 정상에 올랐다. 팀을 이끈 {name}(43) 감독을 만났다." + SAID
    assert organisation(body, name, headline.replace("{N}", name)) is None


# -- 4. a unit held, glossed before the name -------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("verb", ["맡고 있는", "맡은", "총괄하는"])
def test_a_unit_held(verb, name):
    assert organisation(f"주차관리과를 {verb} {name} 과장은" + SAID, name) == "주차관리과"


@pytest.mark.parametrize("name", NAMES)
def test_a_task_held_is_no_unit(name):
    assert organisation(f"행사 진행을 맡은 {name} 과장은" + SAID, name) is None


# -- 5. bodies right before a name the person rules leave: 의 before a foreign name, a numbered title, a village ---
@pytest.mark.parametrize("name", FOREIGN)
@pytest.mark.parametrize("owner", ["바다운송", "펠라고스 해운"])
def test_a_body_with_its_genitive_before_a_foreign_name(owner, name):
    assert organisation(f"{owner}의 {name} 최고경영자(CEO)는" + SAID, name) == owner


@pytest.mark.parametrize("name", NAMES)
def test_a_body_before_a_numbered_title(name):
    assert organisation(f"이날 여울지검 {name} 2차장검사는" + SAID, name) == "여울지검"


@pytest.mark.parametrize("name", NAMES)
def test_a_village_before_an_aged_name(name):
    assert squeezed(organisation(f"기자회견에 참석한 솔매면 갈골마을 {name}(71) 이장은" + SAID, name)) == "솔매면갈골마을"


@pytest.mark.parametrize("name", NAMES)
def test_a_ministry_before_a_unit_head_is_the_body_as_written(name):
    assert organisation(f"농림부 {name} 식량정책실장은" + SAID, name) == "농림부"


@pytest.mark.parametrize("name", NAMES)
def test_a_persons_genitive_is_no_body(name):
    assert organisation(f"권도헌 대표의 아들 {name} 씨는" + SAID, name) is None


# -- 6. words taken for bodies that are none ---------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_a_verbs_form_before_the_name_is_no_body(name):
    assert organisation(f"팀을 이끈 {name}(43) 감독을 만났다." + SAID, name) is None


@pytest.mark.parametrize("name", NAMES)
def test_a_conjunction_before_the_name_is_no_body(name):
    body = f"토론회가 열렸다. 한 후보가 먼저 말했다. 그러자 {name} 의원이 맞섰다. {name[0]} 의원은" + SAID
    assert organisation(body, name) is None


@pytest.mark.parametrize("name", NAMES)
def test_a_nationality_is_no_body(name):
    assert organisation(f"그룹 별무리가 돌아왔다. 일본인 멤버 {name}는" + SAID, name) != "일본인"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("determiner", ["나머지", "다른", "일부", "모든"])
def test_a_quantifier_or_determiner_before_the_post_is_no_body(determiner, name):
    body = f"그룹 별무리가 돌아왔다. 멤버 하늘은 팀을 떠났다. {determiner} 멤버 {name}(21)는" + SAID
    assert organisation(body, name) == "별무리"  # which members, not a body: the group introduced before


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("determiner", ["나머지", "다른"])
def test_a_determiner_with_two_groups_named_keeps_no_body(determiner, name):
    body = f"그룹 별무리와 그룹 은하수가 나란히 돌아왔다. {determiner} 멤버 {name}(21)는" + SAID
    assert organisation(body, name) is None


# -- 7. a member of the one group the article introduces ----------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("headline", [None, "그룹 별무리, 2년 만의 컴백"])
def test_a_member_belongs_to_the_group_introduced_before(headline, name):
    body = f"그룹 별무리가 2년 만에 돌아왔다. 일본인 멤버 {name}는" + SAID
    assert organisation(body, name, headline) == "별무리"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("kind", ["보이그룹", "걸그룹", "록밴드", "혼성그룹"])
def test_a_member_belongs_to_the_group_introduced_by_a_compound_kind(kind, name):
    body = f"5인조 {kind} 별무리(BYEOL) 멤버 3명이 소속사를 떠났다. 나머지 멤버 {name}(21)는 남았다."
    assert organisation(body, name) == "별무리"


@pytest.mark.parametrize("name", NAMES)
def test_a_member_among_two_groups_belongs_to_none(name):
    body = f"그룹 별무리와 그룹 은하수가 나란히 돌아왔다. 멤버 {name}는" + SAID
    assert organisation(body, name) is None


@pytest.mark.parametrize("name", FOREIGN)
def test_a_university_and_department_before_a_foreign_professor(name):
    org = squeezed(organisation(f"공동 연구를 이끈 콜린대 지구과학과 {name} 교수도" + SAID, name))
    assert org == "콜린대지구과학과"


@pytest.mark.parametrize("name", FOREIGN)
def test_a_university_before_a_professors_team(name):
    org = squeezed(organisation(f"연구팀은 미국 콜린대 공중보건대학원 {name} 교수팀과 함께 논문을 냈다.", name))
    assert org in ("콜린대공중보건대학원", "미국콜린대공중보건대학원")  # the country before it, as after '교수와'/'교수는'; no name word


@pytest.mark.parametrize("name", NAMES)
def test_a_conjunction_before_a_later_mention_is_no_body(name):
    body = f"토론에는 기호 1번 {name} 의원이 나섰다. 그러자 {name} 의원이 맞섰다. {name[0]} 의원은" + SAID
    assert organisation(body, name) is None


# -- 8. a titled person joined to one named with a body ---------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("listed", ["누리체인 대표이사 권도헌(47)씨와 부사장 {N}(44)씨", "누리체인 대표이사 권도헌 사장과 {N} 부사장",
                                    "누리체인 대표이사 권도헌(47)씨와 부사장 {N}"])
def test_a_titled_person_joined_to_one_with_a_body_shares_it(listed, name):
    body = "검찰은 가상자산 발행사 " + listed.replace("{N}", name) + " 등 4명을 기소했다."
    assert organisation(body, name) == "누리체인"


@pytest.mark.parametrize("name", NAMES)
def test_a_person_joined_to_one_with_no_body_gets_none(name):
    body = f"재판부는 권도헌(47)씨와 부사장 {name}(44)씨에게 징역형을 선고했다."
    assert organisation(body, name) is None


# -- 9. look-alikes of a body before a name -------------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before", ["옆자리의 {N}(79)씨는", "시료 분석을 맡은 미생물학자 {N} 선임연구원은"])
def test_a_place_or_an_occupation_before_a_name_is_no_body(before, name):
    assert organisation(before.replace("{N}", name) + SAID, name) is None


@pytest.mark.parametrize("name", NAMES)
def test_a_rival_joined_to_one_whose_body_follows_the_name_shares_none(name):
    body = f"청년최고위원 자리를 두고는 권도헌 전 중앙청년위원장과 {name} 부대변인이 맞붙는다."
    assert organisation(body, name) is None


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("court", ["여울지법 형사3부(재판장 권도헌 부장판사)는", "여울지검 형사2부(부장검사 권도헌)는"])
def test_a_firm_pointed_back_to_is_no_court_named_in_between(court, name):
    body = court + f" 사기 혐의로 기소된 누리에셋 대표 한지오(52)씨에게 징역 5년을 선고했다. 이 회사 재무이사 {name}(29)씨에게는 징역 2년이 선고됐다."
    assert organisation(body, name) == "누리에셋"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before", ["방송인 권도헌과 {N} 피디가", "권 대통령과 {N} 여사는", "이 사건 관계자들과 {N} 변호사는"])
def test_a_name_or_a_title_joined_by_gwa_is_no_body(before, name):
    assert organisation(before.replace("{N}", name) + " 함께 무대에 올랐다.", name) is None


@pytest.mark.parametrize("name", NAMES)
def test_a_number_before_the_name_in_the_headline_is_no_body(name):
    body = f"가야금 명인 {name}(68)은 열일곱 살에 처음 무대에 올랐다." + SAID
    assert organisation(body, name, f"[인터뷰] 가야금 인생 50년 {name} 명인 \"소리는 숨에서 나온다\"") is None


@pytest.mark.parametrize("name", NAMES)
def test_a_head_of_the_only_word_ending_like_a_school_is_no_schools_head(name):
    body = f"청와대는 이날 인사를 발표했다. {name[0]} 총장은 퇴임식에서" + SAID
    found, _ = person.find(body, Context(None))
    assert all(p.organization != "청와대" for p in found)


@pytest.mark.parametrize("name", NAMES)
def test_a_firm_found_without_a_title_owns_the_titled_name_after_it(name):
    body = f"편의점을 운영하는 해솔마트가 값을 올린다. 해솔마트의 {name} 상품본부장은 기자들과 만나" + SAID
    assert organisation(body, name) == "해솔마트"


@pytest.mark.parametrize("name", NAMES)
def test_the_surname_of_a_foreign_person_named_before_owns_no_one(name):
    body = f"에이든 카터 전 의원이 출석했다. 카터의 {name} 변호사는 항소를 예고했다."
    assert organisation(body, name) is None


@pytest.mark.parametrize("country", ["일본", "미국"])
def test_a_country_after_a_one_word_foreign_name_stays_its_body(country):
    body = f"아베 {country} 총리는 이날 회견에서" + SAID
    found, _ = person.find(body, Context(None))
    assert any(p.organization == country for p in found)


@pytest.mark.parametrize("name", FOREIGN)
def test_a_country_glossed_after_a_name_without_a_post_is_where_they_are_from(name):
    body = f"채다은은 마지막 날 {name}(스웨덴)와 나란히 12언더파로 마친 뒤 연장에서 이겼다. 채다은은 \"꿈 같다\"고 말했다."
    assert organisation(body, name) is None
    body = f"회견에는 {name} 스웨덴 총리가 함께했다. {name.split()[-1]} 총리는 \"협력하겠다\"고 말했다."
    assert organisation(body, name) == "스웨덴"


# -- the clause of appointment before the name, a club one plays for, a party in an apposition -------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,org", [
    ("지난달 천주교 바다교구 보좌주교로 임명된 {N}(세례명 요셉) 주교가 첫 미사를 집전했다.", "바다교구"),
    ("누리문화재단 이사장으로 선임된 {N} 이사장은 취임식에서" + SAID, "누리문화재단"),
    ("오스트리아 리그 로젠하임에서 뛰는 미드필더 {N}는 대표팀에 처음 뽑혔다.", "로젠하임"),
    ("해외 사업은 누리게임즈의 {N} 해외사업본부장이 맡는다. {N} 본부장은 기자들과 만나" + SAID, "누리게임즈"),
    ("수영 대표팀의 막내 {N}(16·가온고)은 자유형 200m에서 은메달을 땄다.", "가온고"),
])
def test_a_body_given_by_the_clause_before_the_name(body, org, name):
    assert squeezed(organisation(body.replace("{N}", name), name)) == squeezed(org)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", [
    "지난달 대표로 선임된 {N} 대표는 취임식에서" + SAID,  # appointed, no body named
    "서울에서 뛰는 미드필더 {N}는 대표팀에 처음 뽑혔다.",  # a city, no club
    "대회에서 뛰는 선수 {N}는 대표팀에 처음 뽑혔다.",
    "새빛당을 탈당한 무소속인 {N} 의원은 회견에서" + SAID,  # the party left, behind a verb
])
def test_no_body_from_a_clause_that_names_none(body, name):
    assert organisation(body.replace("{N}", name), name) is None


@pytest.mark.parametrize("name", FOREIGN)
def test_a_party_named_in_the_apposition_before_a_lawmaker(name):
    body = f"미국 민주당의 유력 대선 후보인 {name} 상원의원이 오하이오주에서 유세를 열었다."
    assert organisation(body, name) == "민주당"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("gloss,title", [("바오로", "주교"), ("요셉", "신부"), ("아녜스", "수녀")])
def test_a_name_in_religion_glossed_before_a_clergy_title_is_no_body(gloss, title, name):
    body = f"성탄 미사는 {name}({gloss}) {title}가 집전했다."
    assert organisation(body, name) is None


@pytest.mark.parametrize("name", NAMES)
def test_a_party_glossed_before_a_lawmakers_title_stays_the_body(name):
    assert organisation(f"토론회에는 {name}(새빛당) 의원이 참석했다.", name) == "새빛당"


@pytest.mark.parametrize("name", FOREIGN)
def test_a_country_then_a_club_in_the_gloss_gives_the_club(name):
    body = f"{name}(튀르키예·한결크루즈)가 3쿠션 대회에서 첫 우승을 차지했다. {name.split()[-1]}는 \"기쁘다\"고 말했다."
    assert organisation(body, name) == "한결크루즈"


@pytest.mark.parametrize("name", NAMES)
def test_a_quoted_body_of_a_kind_owns_the_post_between(name):
    body = f"숙박 예약 플랫폼 '한결스테이'의 상담원 {name}(29)씨는 회견에서" + SAID
    assert organisation(body, name) == "한결스테이"


@pytest.mark.parametrize("name", NAMES)
def test_a_quoted_body_before_another_post_owns_no_one(name):
    body = f"배달대행 플랫폼 '한결배달'의 배달기사들이 모였다. 노무사 {name}(41)씨는 회견에서" + SAID
    assert organisation(body, name) != "한결배달"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("post", ["대표인", "대표"])
def test_a_body_of_common_nouns_before_a_post_with_or_without_the_copula(name, post):
    body = f"통학버스 노선이 줄었다. 가온초 학부모 모임 {post} {name}(44)씨는 \"아이들이 한 시간을 걷는다\"고 말했다."
    assert organisation(body, name) == "학부모 모임"


@pytest.mark.parametrize("name", NAMES)
def test_a_name_in_religion_after_the_age_leaves_the_body_before_the_name(name):
    body = f"가람본당 성가대원 {name}(62·아녜스)씨는 \"성당이 마을의 쉼터\"라고 말했다."
    assert organisation(body, name) == "가람본당"


@pytest.mark.parametrize("name", NAMES)
def test_a_lawmaker_with_no_body_belongs_to_the_one_party_the_article_names(name):
    body = f"누리미래당 당대표 선출을 위한 첫 TV토론회가 12일 열렸다. 토론에는 기호 1번 {name} 의원이 나섰다. {name[0]} 의원은" + SAID
    assert organisation(body, name) == "누리미래당"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", [
    "누리미래당과 한결당은 예산안을 두고 맞섰다. 토론에는 {N} 의원이 나섰다.",  # two parties: no one's
    "국민의힘과 누리미래당이 합의했다. 토론에는 {N} 의원이 나섰다.",  # a party whose name has no party's ending
    "성당에서 미사가 열렸다. 이날 {N} 의원이 참석했다.",  # a church, no party
])
def test_no_party_for_a_lawmaker_when_the_article_names_none_or_two(body, name):
    assert organisation(body.replace("{N}", name), name) is None


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,org", [
    ("가람미술관에서 도자기를 연구하는 {N} 학예사는 개막식에서" + SAID, "가람미술관"),
    ("누리대에서 일하는 {N} 교수는 회견에서" + SAID, "누리대"),
])
def test_the_body_where_the_person_works_on_something(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", NAMES)
def test_a_city_where_the_person_teaches_is_no_body(name):
    assert organisation(f"부산에서 미술을 가르치는 {name} 교사는 회견에서" + SAID, name) is None


# -- 9. a body before a name its title follows, whatever Kiwi reads it as -------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body_words", ["여울구청 청소년정책과", "가람시 문화예술과", "솔매군 산림녹지과"])
def test_a_public_body_and_its_section_before_the_name(body_words, name):
    body = f"답변에 나선 {body_words} {name} 과장은 이렇게 설명했다." + SAID
    assert squeezed(organisation(body, name)) == body_words.replace(" ", "")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before", ["보건복지부 장관과", "학생과", "시민단체 회원과"])
def test_a_conjunction_before_the_name_is_no_section(before, name):
    assert organisation(f"이날 {before} {name} 차관이 만났다." + SAID, name) in (None, "보건복지부")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("firm", ["법무법인 새터", "회계법인 라온", "재단법인 누리"])
def test_a_legal_form_and_the_name_after_it(firm, name):
    body = f"피고인 측은 혐의를 부인했다. 피고인의 변호인인 {firm} {name} 변호사는" + SAID
    assert squeezed(organisation(body, name)) == firm.replace(" ", "")


def test_a_team_found_as_a_person_is_the_body_before_a_coach():
    """A team read as a person with nothing of a person's (no title, no Korean name) is still a body before a name."""
    body = '"팀을 믿었다"고 가람스파크스 구하준 감독은 말했다.'
    coach = Person(name="구하준", title="감독", first_offset=body.index("구하준"))
    assert affiliation.body_before(coach, coach.first_offset, body, {"가람스파크스"}, frozenset({"가람스파크스"})) == "가람스파크스"
    assert affiliation.body_before(coach, coach.first_offset, body, {"가람스파크스"}) is None


# -- 10. '같은 당' after a lawmaker of a party named otherwise than by its ending ----------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("party", ["국민의힘", "더불어민주연합"])
def test_same_party_after_a_party_named_without_its_ending(party, name):
    body = (f'가람당 권도헌 의원은 "장관은 답하라"고 따져 물었다.\n{party} 소속 오태윤 의원도 "대응이 늦었다"고 지적했다.\n'
            f"같은 당 {name} 의원은" + SAID)
    assert organisation(body, name) == party


# -- 11. names joined by '·' share the body written before the first ---------------------------------------------------
@pytest.mark.parametrize("first,second", [("구하준", "서이슬"), ("남궁설", "제갈온"), ("황보은솔", "구하준")])
def test_a_dotted_list_shares_the_body_before_it(first, second):
    body = f"국회 행정안전위원회 소속 {first}·{second} 의원도 이번 방문에 함께했다." + SAID
    assert organisation(body, second) == "행정안전위원회"


@pytest.mark.parametrize("first,second", [("구하준", "서이슬"), ("남궁설", "제갈온")])
def test_two_dotted_lists_each_share_their_own_party(first, second):
    body = f"가람당 도하늬·{first}, 새빛당 탁리온·{second} 의원 등 여야 의원 7명은 공동 성명을 냈다."
    assert organisation(body, first) == "가람당"
    assert organisation(body, second) == "새빛당"


@pytest.mark.parametrize("first,second", [("구하준", "서이슬"), ("남궁설", "제갈온")])
def test_a_dotted_list_with_nothing_before_has_no_body(first, second):
    body = f"이날 회의에는 {first}·{second} 의원이 참석했다." + SAID
    assert organisation(body, second) is None


# -- 12. a unit read off the title gives way to the firm right before the name; an epithet is no body -------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("firm,title", [("가람자산운용", "채권운용본부장"), ("솔매증권", "주식전략본부장")])
def test_a_firm_before_a_unit_heads_name(firm, title, name):
    assert organisation(f"{firm} {name} {title}은" + SAID, name) == firm


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("epithet", ["레전드", "베테랑", "에이스"])
def test_an_epithet_before_the_post_is_no_body(epithet, name):
    body = f"이날 가람스파크스의 {epithet} 세터 {name}(35)의 은퇴식이 열렸다." + SAID
    assert affiliation.not_a_body(epithet, body, set(), body.index(name))
    assert not affiliation.not_a_body("가람스파크스", body, set(), body.index(name))
    assert organisation(body, name) != epithet


# -- 13. a body written right before the unit the person rules took alone; a unit listed after one of a body ---------
@pytest.mark.parametrize("name", FOREIGN)
def test_a_university_before_a_graduate_school_with_its_genitive(name):
    assert squeezed(organisation(f"논문 공저자로는 미국 콜린대 약학대학원의 {name} 교수도 이름을 올렸다." + SAID, name)) == "콜린대약학대학원"


@pytest.mark.parametrize("name", FOREIGN)
def test_a_kind_word_before_a_unit_is_no_body(name):
    assert organisation(f"논문 공저자로는 한 대학 약학대학원의 {name} 교수도 이름을 올렸다." + SAID, name) == "약학대학원"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("first,unit,expected", [
    ("라온대병원 신경과 권도헌 교수와", "약리학교실", "라온대병원약리학교실"),
    ("솔빛전자 영업팀 권도헌 팀장과", "개발팀", "솔빛전자개발팀"),
    ("솔매시청 도로과 권도헌 과장과", "녹지과", "솔매시청녹지과"),
])
def test_a_unit_joined_to_one_of_a_body_and_its_unit_is_of_that_body(first, unit, expected, name):
    title = first.split()[-1][:-1]
    body = f"{first} {unit} {name} {title} 연구팀은 결과를 발표했다."
    assert squeezed(organisation(body, name)) == expected


@pytest.mark.parametrize("name", NAMES)
def test_a_unit_joined_to_one_with_no_body_stays_alone(name):
    assert organisation(f"권도헌 교수와 약리학교실 {name} 교수 연구팀은 결과를 발표했다.", name) == "약리학교실"


# -- 14. a firm's trade after an invented name Kiwi reads as a verb's form ------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("firm", ["하온자산운용", "너른자산운용"])
def test_a_firm_named_by_its_trade_before_a_unit_head(firm, name):
    body = f'"변동성이 클 수밖에 없다." {firm} {name} 주식운용본부장의 말이다.'
    assert organisation(body, name) == firm


@pytest.mark.parametrize("name", NAMES)
def test_a_trade_alone_is_no_firm(name):
    assert not affiliation.traded_firm("자산운용")
    assert not affiliation.traded_firm("증권")
    assert organisation(f"오늘 아침 {name} 주식운용본부장은" + SAID, name) != "오늘 아침"


# -- 15. a team with 의 owning a player's position ------------------------------------------------------------------------
@pytest.mark.parametrize("name", FOREIGN)
@pytest.mark.parametrize("team", ["한숲", "온빛", "새솔"])
def test_a_team_owning_a_players_position(team, name):
    body = f"{team}의 외국인 타자 {name}는 트레이드 소식에 아쉬움을 드러냈다." + SAID
    assert organisation(body, name) == team


@pytest.mark.parametrize("name", FOREIGN)
@pytest.mark.parametrize("owner", ["올해의 신인", "한 팀의 외국인", "권도헌 감독은 웃었다. 권도헌의 제자"])
def test_a_time_a_vague_team_or_a_person_owning_a_position_is_no_team(owner, name):
    body = f"{owner} 타자 {name}는 트레이드 소식에 아쉬움을 드러냈다." + SAID
    assert organisation(body, name) is None


# -- 16. a correspondent of another paper, written with 의 before the name -------------------------------------------------
@pytest.mark.parametrize("name", FOREIGN)
@pytest.mark.parametrize("paper", ["시카고헤럴드", "토론토헤럴드"])
def test_a_correspondent_of_another_paper_is_not_of_this_outlet(paper, name):
    found, _ = person.find(f"이어 미국 {paper}의 {name} 특파원은 북한 문제를 물었다.", Context(None, outlet="가람통신"))
    assert next(p.organization for p in found if p.name == name) == paper


@pytest.mark.parametrize("name", NAMES)
def test_the_outlets_own_correspondent_keeps_the_outlet(name):
    found, _ = person.find(f"[워싱턴=가람통신] {name} 특파원 = 미국 정부가 관세를 올렸다.", Context(None, outlet="가람통신"))
    rows = [p for p in found if p.name == name]
    assert not rows or "가람통신" in (rows[0].organization or "")


# -- 17. stage names listed with their real names in brackets share the group written before the first -----------------
@pytest.mark.parametrize("first,second", [("구하준", "서이슬"), ("남궁설", "제갈온")])
def test_glossed_stage_names_share_the_group_before_the_list(first, second):
    body = f"그룹 은하별 멤버 솔아(본명 {first}), 주노(본명 {second}), 니아(본명 권도헌)이 새 소속사와 손을 잡았다."
    assert organisation(body, "주노") == "은하별"
    assert organisation(body, "니아") == "은하별"


@pytest.mark.parametrize("first,second", [("구하준", "서이슬"), ("남궁설", "제갈온")])
def test_aged_names_listed_after_a_firms_head_share_no_firm(first, second):
    body = f"누리화학 대표 {first}(55), {second}(48)씨가 구속됐다."
    assert organisation(body, second) is None


# -- 18. an untitled person holding a post glossed before the name ('… 대표를 맡은 X씨') -----------------------------------
def row(body: str, name: str) -> Person:
    found, _ = person.find(body, Context(None))
    return next(p for p in found if p.name == name)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("clause,title,org", [
    ("세입자 모임 대표를 맡은 {N}(56)씨는", "대표", "세입자 모임"),
    ("누리협회 회장을 맡고 있는 {N}씨는", "회장", "누리협회"),
])
def test_a_post_held_in_a_clause_before_the_name(clause, title, org, name):
    p = row("주민들은 보상을 요구했다. " + clause.replace("{N}", name) + SAID, name)
    assert (p.title, p.organization) == (title, org)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("clause", ["사건을 맡은 {N}씨는", "그는 회장을 맡은 {N}씨를 만났다. 그는"])
def test_a_task_or_a_post_with_no_body_before_names_no_body(clause, name):
    assert row("주민들은 보상을 요구했다. " + clause.replace("{N}", name) + SAID, name).organization is None


# -- 19. a list of appointments: everyone listed under a heading that names a body belongs to it ------------------------
APPOINTMENTS = ("솔빛물산은 13일 임원 인사를 했다. {N} 신임 전무는 1995년 입사했다. {B} 팀장도 자리를 옮겼다.\n\n◇솔빛물산\n\n<전무 승진> ▷경영기획실장 {A} ▷해외마케팅본부장 {N}\n\n"
                "◇한결생명\n\n<전보> ▷고객상담실 민원팀장 {B}\n\n한편 솔빛물산은 교육을 연다.")


@pytest.mark.parametrize("a,n,b", [("구하준", "서이슬", "남궁설"), ("제갈온", "황보은솔", "구하준")])
def test_names_listed_under_a_heading_belong_to_its_body(a, n, b):
    found, _ = person.find(APPOINTMENTS.format(A=a, N=n, B=b), Context(None))
    rows = {p.name: p for p in found}
    assert rows[n].organization == "솔빛물산"
    # a unit before the post in an item is part of the post's place in the body, not the organisation
    assert (rows[b].title, rows[b].organization) == ("민원팀장", "한결생명")


@pytest.mark.parametrize("name", NAMES)
def test_a_heading_of_a_kind_of_move_names_no_body(name):
    body = f"누리식품이 인사를 했다.\n\n◇ 승진 ▲상무 {name}(품질팀장)\n\n◇신규\n\n▷상무보 권도헌\n"
    found, _ = person.find(body, Context(None))
    assert all(p.organization in (None, "누리식품") for p in found if p.name in (name, "권도헌"))


# -- 20. a head's post glued to the body it heads; a body put first as the side its people speak for -------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("post,org", [("마을돌봄센터장", "마을돌봄센터"), ("솔빛노동자지원센터장", "솔빛노동자지원센터")])
def test_a_heads_post_glued_to_its_body(post, org, name):
    assert organisation(f"토론에는 {name} {post}이 나왔다." + SAID, name) == org


@pytest.mark.parametrize("name", NAMES)
def test_a_deputys_post_names_no_body(name):
    assert organisation(f"토론에는 {name} 부센터장이 나왔다." + SAID, name) is None


@pytest.mark.parametrize("name", NAMES)
def test_people_named_after_a_body_put_first_as_a_side_are_of_it(name):
    body = f"서명식이 열렸다. 가람조선에서는 권도헌 사장과 선박설계본부장 {name} 전무가, 선주 측에서는 야니스 코스타스 회장이 참석했다."
    assert organisation(body, name) == "가람조선"
    assert organisation(body, "권도헌") == "가람조선"
    assert organisation(body, "야니스 코스타스") is None


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before", ["서울에서는 {N} 사장이", "가람조선에서는 공장을 찾은 {N} 사장이", "현장에서는 {N} 사장이",
                                    "국회에서는 {N} 의원이"])
def test_a_place_or_a_clause_between_is_no_side(before, name):
    assert organisation(before.replace("{N}", name) + " 인사말을 했다.", name) in (None, "국회")


# -- a deputy's post ('부' + a post): the prefix is no part of a body's name ----------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,org", [
    ("한빛기계 노동조합 한빛기계지회가 집회를 열었다.\n{N} 부지회장은" + SAID, "한빛기계지회"),
    ("여울구의회 안전건설위원회가 감사를 벌였다.\n{N} 부위원장은" + SAID, "안전건설위원회"),
])
def test_a_deputy_heads_with_the_one_body_of_the_post_deputised(body, org, name):
    assert squeezed(organisation(body.replace("{N}", name), name)).endswith(org)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("post", ["부지회장", "부지부장", "부센터장"])
def test_a_deputy_post_names_no_body_of_its_prefix(post, name):
    body = f"한빛기계 노조가 집회를 열었다. 집회에는 {name} {post}도 함께했다."
    assert not squeezed(organisation(body, name)).startswith("부")


@pytest.mark.parametrize("name", NAMES)
def test_a_post_glued_to_a_body_starting_like_the_prefix_keeps_its_body(name):
    assert organisation(f"{name} 부산센터장은" + SAID, name) == "부산센터"


# -- a party between a lawmaker's name and the title: the party, not the committee before the name ---------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("party", ["누리미래당", "국민의힘", "더불어민주당"])
@pytest.mark.parametrize("title", ["의원은", "후보는"])
def test_a_party_between_name_and_title_is_the_lawmakers(party, title, name):
    body = f"국회 교육위원회 소속 {name} {party} {title} \"실태를 점검해야 한다\"고 말했다."
    assert organisation(body, name) == party


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("between", ["", "식당 ", "여당 "])
def test_no_party_between_keeps_the_committee(between, name):
    body = f"국회 교육위원회 소속 {name} {between}의원은 \"실태를 점검해야 한다\"고 말했다."
    assert organisation(body, name) == "교육위원회"



# -- the common noun of a kind standing for the one body of that kind named before ('노조 측', '회사의') ----------------
KIND_NAMED_BEFORE = [
    ("여울운수노동조합은 파업을 예고했다. 협상에는 노조 측 {N} 사무처장이 참석했다.", "여울운수노동조합"),
    ("솔매버스사업자협의회는 요금 인상을 요구했다. 협의회 측 {N} 상무는" + SAID, "솔매버스사업자협의회"),
    ("가람시민소환운동본부가 서명부를 냈다. 운동본부 공동대표 {N} 씨는" + SAID, "가람시민소환운동본부"),
    ("한국별보기학회 회원들이 관측회를 연다. 학회 강원지부 {N} 지부장은" + SAID, "한국별보기학회 강원지부"),
    ("다온모빌리티는 입장문을 내고 사과했다. 회사의 {N} 대표는 공장 앞에서 고개를 숙였다.", "다온모빌리티"),
    ("여울교통공사는 전동차 고장 원인을 발표했다. 공사 차량본부 {N} 처장은" + SAID, "여울교통공사 차량본부"),
    ("여울교통공사는 원인을 발표했다. 공사 {N} 사장은" + SAID, "여울교통공사"),
    ("가람연금공단은 수익률을 발표했다. 공단 기금운용본부 {N} 본부장은" + SAID, "가람연금공단 기금운용본부"),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,org", KIND_NAMED_BEFORE)
def test_a_kind_standing_alone_takes_the_one_body_of_that_kind_named_before(body, org, name):
    assert squeezed(organisation(body.replace("{N}", name), name)) == squeezed(org)


@pytest.mark.parametrize("name", NAMES[:3])
def test_a_kind_standing_alone_lends_its_body_to_the_names_listed_with_it(name):
    body = f"여울운수노동조합은 파업을 예고했다. 협상에는 노조 측 황보은솔 사무처장과 {name} 교섭위원이 참석했다."
    assert squeezed(organisation(body, name)) == "여울운수노동조합"


KIND_NOT_RESOLVED = [
    ("협상에는 노조 측 {N} 사무처장이 참석했다.", "노조"),  # none named
    ("여울운수노동조합과 솔매교통노동조합이 함께 파업을 예고했다. 협상에는 노조 측 {N} 사무처장이 참석했다.", "노조"),  # two
    ("다온모빌리티와 가람테크는 공급 계약을 맺었다. 회사의 {N} 대표는" + SAID, "회사"),  # two firms
    ("여울교통공사와 누리도시공사는 원인을 발표했다. 공사 차량본부 {N} 처장은" + SAID, "공사 차량본부"),  # two corporations
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body,org", KIND_NOT_RESOLVED)
def test_a_kind_standing_alone_keeps_its_noun_unless_one_body_of_it_is_named(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


# -- the head of a committee the article never names is of the body the committee belongs to --------------------------
COMMITTEE_HEADS = [
    ("제5회 솔바람국제영화제가 개막했다. 영화제 집행위원장인 {N} 씨는" + SAID, None, "솔바람국제영화제"),
    ("올해 관객이 늘었다. 집행위원장 {N}는" + SAID, "솔바람국제영화제 폐막", "솔바람국제영화제"),
    ("가람별빛축제가 열렸다. 축제 조직위원장인 {N} 씨는" + SAID, None, "가람별빛축제"),
    ("대회는 바람 속에 치러졌다. KLPGA 투어 {N} 경기위원장은" + SAID, None, "KLPGA"),
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body,headline,org", COMMITTEE_HEADS)
def test_the_head_of_a_committee_never_named_is_of_its_parent_body(body, headline, org, name):
    assert organisation(body.replace("{N}", name), name, headline) == org


@pytest.mark.parametrize("name", NAMES[:3])
def test_a_committee_head_keeps_the_committee_with_two_festivals_or_the_committee_named(name):
    two = "솔바람국제영화제와 누리단편영화제가 함께 열렸다. 집행위원장 {N}는" + SAID
    assert organisation(two.replace("{N}", name), name) == "집행위원회"
    named = "솔바람국제영화제 운영위원회는 새 규정을 냈다. 운영위원장 {N}는" + SAID
    assert organisation(named.replace("{N}", name), name) != "솔바람국제영화제"


# -- a body, then the post it gives the person with the copula's 인, then the name ('블루펄스 주장인 세터 X') ---------------
APPOSED_BODIES = [
    ("블루펄스가 우승했다. 블루펄스 주장인 세터 {N}(31)도 경기 조율에서 빛났다.", "블루펄스"),
    ("누리온담은 감원을 확정한다. 누리온담 공동 창업자인 {N} 최고기술책임자도 스톡옵션을 포기했다.", "누리온담"),
]


@pytest.mark.parametrize("name", NAMES[:3] + FOREIGN[:2])
@pytest.mark.parametrize("body,org", APPOSED_BODIES)
def test_a_body_before_an_apposition_of_a_post_is_the_persons(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", NAMES[:3])
def test_a_clause_ending_in_in_before_a_name_gives_no_body(name):
    body = f"서울에서 가장 오래된 가게인 {name} 씨의 가게는 문을 닫았다."
    assert organisation(body, name) is None


# -- a local post glued to its locality ('솔매군수', '여울시의원'): the county, the city's council, not the province --------
LOCAL_POSTS = [
    ("혐의를 받는 {N}(63) 경남 솔매군수가 재판에 넘겨졌다.", "솔매군"),
    ("{N} 경기 가람시장은" + SAID, "가람시"),
    ("지역구 시의원인 {N} 여울시의원은" + SAID, "여울시의회"),
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body,org", LOCAL_POSTS)
def test_a_local_post_glued_to_its_locality_names_the_locality(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", NAMES[:3])
def test_a_deputy_or_a_party_keeps_its_body(name):
    assert organisation(f"{name} 가람시 정무부시장은" + SAID, name) == "가람시"
    assert organisation(f"{name} 국민의힘 여울시의원은" + SAID, name) == "국민의힘"


@pytest.mark.parametrize("name", NAMES[:3])
def test_a_firm_found_as_a_titled_person_before_the_same_title_and_a_name_is_that_persons_body(name):
    body = (f"검찰은 운영사 누리웨이브 대표 {name}(47)씨를 기소했다.\n"
            "누리웨이브는 서울 성수동에 본사를 두고 광고를 해 왔다.")
    assert organisation(body, name) == "누리웨이브"



# -- a team as the topic, with an origin gloss, or by its name alone after its town and name --------------------------
TOPIC_TEAM = [
    "반면 누리썬더스는 주전 세터 {N}(29)이 1세트 도중 발목을 다쳐 교체됐다.",
    "가람윙스는 주장 {N}(31)이 부상으로 빠졌다.",
    "이날 누리썬더스는 주전 세터 {N}(29)이 빠진 채 경기를 치렀다.",  # a connective before the topic
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", TOPIC_TEAM)
def test_a_team_as_the_topic_before_a_post_and_name_is_the_body(body, name):
    assert organisation(body.replace("{N}", name), name) in ("누리썬더스", "가람윙스")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", [
    "반면 감독은 주전 세터 {N}(29)을 선발에서 뺐다.",  # a title as the topic
    "이날 경기는 주전 세터 {N}(29)이 빠진 채 치러졌다.",  # a common noun as the topic
    "올해는 주장 {N}(31)이 팀을 이끈다.",  # a time as the topic
    "부산은 주장 {N}(31)이 팀을 이끈다.",  # a city
    "이날 쇼의 오프닝과 피날레는 모델 {N}(24)이 맡았다.",  # no topic first in the sentence: a list of things
])
def test_a_topic_that_names_no_body_gives_none(body, name):
    assert organisation(body.replace("{N}", name), name) is None


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("origin", ["부산 출신", "브라질 출신의", "미국 출신인"])
def test_an_origin_gloss_between_the_team_and_the_post(origin, name):
    body = f"이날 가람윙스의 {origin} 공격수 {name}(27)은 34점을 올렸다."
    assert organisation(body, name) == "가람윙스"


@pytest.mark.parametrize("name", NAMES)
def test_a_team_by_its_name_alone_is_the_team_named_with_its_town(name):
    body = f"인천 파이터스가 3-1로 이겼다. 파이터스의 브라질 출신 공격수 {name}(27)은 34점을 올렸다."
    assert organisation(body, name) == "인천 파이터스"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before", [
    "여울 파이터스가 이겼다.",  # no town: the word before is no locality
    "인천 파이터스와 수원 파이터스가 맞붙었다.",  # two towns: which is unsaid
])
def test_a_team_with_no_one_town_keeps_its_name(before, name):
    body = f"{before} 파이터스의 공격수 {name}(27)은 34점을 올렸다."
    assert organisation(body, name) == "파이터스"


# -- a post held in the one body of its kind named before: a judge's court (and its branch), a library's head ----------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,court", [
    ("앞서 여울지법 솔매지원은 지난달 구속영장을 발부했다. 심사를 맡은 {N} 영장전담 부장판사는" + SAID, "여울지법 솔매지원"),
    ("여울지법은 지난달 구속영장을 발부했다. 심사를 맡은 {N} 부장판사는" + SAID, "여울지법"),
    ("여울지법 솔매지원은 영장을 발부했다. 여울지법 솔매지원 형사1부가 재판을 맡는다. {N} 판사는" + SAID, "여울지법 솔매지원"),
])
def test_a_judge_sits_in_the_one_court_named_before(body, court, name):
    assert organisation(body.replace("{N}", name), name) == court


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", [
    "여울지법과 가람지법이 각각 영장을 발부했다. {N} 부장판사는" + SAID,  # two courts
    "{N} 소년전담 판사는" + SAID,  # a duty, and no court named
    "청년 창업지원 사업이 시작됐다. 심사를 맡은 {N} 부장판사는" + SAID,  # a branch's ending with no court before
])
def test_a_judge_with_no_one_court_named_has_none(body, name):
    assert organisation(body.replace("{N}", name), name) is None


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,library", [
    ("서울 마포구에 들어선 구립 ‘한들숲 도서관’이 문을 연다. 도서관 1층에서 만난 {N}(49) 관장은" + SAID, "한들숲 도서관"),
    ("마포구에 한들숲 도서관이 문을 연다. 1층에서 만난 {N}(49) 관장은" + SAID, "한들숲 도서관"),
    ("가람시립미술관이 문을 연다. {N}(49) 관장은" + SAID, "가람시립미술관"),
])
def test_a_head_of_a_library_or_museum_heads_the_one_named_before(body, library, name):
    assert organisation(body.replace("{N}", name), name) == library


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", [
    "마포구에 구립 도서관이 문을 연다. 도서관 1층에서 만난 {N}(49) 관장은" + SAID,  # who runs it, no name
    "동네 도서관이 문을 연다. {N}(49) 관장은" + SAID,  # a common noun
    "다음 달 2일 도서관 앞에서 개관식이 열린다. {N}(49) 관장은" + SAID,  # a date
    "‘한들숲 도서관’과 ‘가온뜰 박물관’이 문을 연다. {N}(49) 관장은" + SAID,  # two of the kind
])
def test_a_head_with_no_one_library_named_has_none(body, name):
    assert organisation(body.replace("{N}", name), name) is None


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,kind", [
    ("정기총회에서 재개발 조합 안건이 가결됐다. {N}(63) 조합장은" + SAID, "조합"),
    ("지난달 30일 학교 강당에서 설명회가 열렸다. 교장 {N}(59)씨는" + SAID, "학교"),
])
def test_a_kind_of_two_syllables_after_a_noun_is_no_named_body(body, kind, name):
    assert organisation(body.replace("{N}", name), name) in (None, kind)


# -- a standing (former, current, late) between the body, its post and the name ---------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", [
    "누리물산 전 대표 {N}(55)씨도 함께 기소됐다.",
    "누리물산 현 대표 {N}(55)씨는 혐의를 부인했다.",
    "이 상은 누리물산 창업주인 고 {N} 회장의 기부로 제정됐다.",
    "이 상은 섬유기업 누리물산 창업주인 고 {N} 회장의 기부로 제정됐다.",  # the kind before the name, then the post
])
def test_a_standing_between_the_body_and_the_name_keeps_the_body(body, name):
    assert organisation(body.replace("{N}", name), name) == "누리물산"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", [
    "이날 전 대표 {N}(55)씨도 참석했다.",  # a time
    "한편 전 대표 {N}(55)씨는 혐의를 부인했다.",  # an adverb
    "부산 전 시의원 {N}(55)씨도 참석했다.",  # a city
])
def test_a_standing_after_no_body_gives_none(body, name):
    assert organisation(body.replace("{N}", name), name) is None


# -- officials listed name first with the body written once: 'X 여울시 미래전략실장과 Y 문화관광국장, Z 대변인' -------
LISTED_OFFICIALS = [
    "이날 회견에는 권도헌 여울시 미래전략실장과 {N} 문화관광국장이 배석했다.",
    "이날 회견에는 권도헌 여울시 미래전략실장과 선우다온 농업기술국장, {N} 일자리경제정책관이 배석했다.",
    "권도헌 여울시 미래전략실장 및 {N} 대변인이 브리핑을 맡았다.",
    "협약식에는 권도헌 한들모빌리티 대표와 {N} 부사장이 참석했다.",
    "권도헌 여울시 미래전략실장, {N} 교통정책실장 그리고 선우다온 주무관이 현장을 점검했다.",
    "이날 회견에는 여울시 권도헌 미래전략실장과 {N} 문화관광국장이 배석했다.",  # the body before the first name
    "이날 회견에는 여울시 미래전략실장 권도헌, 문화관광국장 {N}이 배석했다.",  # titles before the names
    "이날 회견에는 여울시 미래전략실장 권도헌 씨와 문화관광국장 {N} 씨가 배석했다.",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", LISTED_OFFICIALS)
def test_officials_listed_name_first_share_the_body_written_for_the_first(body, name):
    assert organisation(body.replace("{N}", name), name) in ("여울시", "한들모빌리티")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,org", [
    ("간담회에는 권도헌 여울시 미래전략실장과 {N} 교수가 참석했다.", None),  # a profession held anywhere
    ("간담회에는 권도헌 여울시 미래전략실장과 {N} 가람시 문화관광국장이 참석했다.", "가람시"),  # a body of its own
    ("권도헌 여울시 미래전략실장은 {N} 국장과 따로 만났다.", None),  # no list: the topic, then an object
    ("이날 회견에는 권도헌 실장과 {N} 문화관광국장이 배석했다.", "문화관광국"),  # no body written for the first
    ("참석자는 한들모빌리티 대표 권도헌, 변호사 {N} 등이다.", None),  # a comma lists anyone: a profession
])
def test_no_shared_body_for_a_profession_an_own_body_or_no_list(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", NAMES[:2])
@pytest.mark.parametrize("body,org", [
    ("서명식에는 권도헌 국토교통부 장관, {N} 방위사업청장이 참여했다.", "방위사업청"),
    ("서명식에는 권도헌 기획재정부 차관과 {N} 조달청장이 참여했다.", "조달청"),
    ("서명식에는 권도헌 국토교통부 장관, 선우다온 해양수산부 차관, {N} 법제처장이 참여했다.", "법제처"),
    ("협약식에는 권도헌 한들모빌리티 대표와 {N} 전장사업부장이 참석했다.", "한들모빌리티"),  # a division, shared
    ("위헌 의견은 {N} 헌법재판소장과 권도헌 재판관 등 여섯 명이 냈다.", "헌법재판소"),  # a court heads itself
    ("행사에는 {N} 하람고등법원장과 권도헌 변호사가 참석했다.", "하람고등법원"),
])
def test_a_listed_post_glued_to_an_agency_heads_that_agency_not_the_body_before(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


FIRM_STORY = "한결모바일 지태호 대표는 1일 사과했다. "


@pytest.mark.parametrize("name", NAMES[:2])
@pytest.mark.parametrize("body,org", [
    (FIRM_STORY + "회사가 내놓은 설명은 설정 오류다. 품질부문장인 {N} 전무는" + SAID, "한결모바일"),
    (FIRM_STORY + "회사 측은 원인을 설정 오류로 봤다. {N} 상무는" + SAID, "한결모바일"),
    (FIRM_STORY + "회사는 보상안을 내놨다. 고객부문장인 {N} 부사장은" + SAID, "한결모바일"),
    (FIRM_STORY + "한 회사가 원인을 밝혔다. {N} 전무는" + SAID, None),  # some firm, not the story's
    (FIRM_STORY + "회사가 내놓은 설명은 설정 오류다. {N} 교수는" + SAID, None),  # a post held anywhere
    (FIRM_STORY + "보상은 다음 달부터다. {N} 전무는" + SAID, None),  # no sentence speaking of the firm
    (FIRM_STORY + "회사가 내놓은 설명은 설정 오류다.\n{N} 전무는" + SAID, None),  # a new paragraph
])
def test_a_firm_officer_after_a_sentence_about_the_firm_is_at_that_firm(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


# -- '이 회사 X 대표' after a body that spoke or acted as the subject of a sentence before ('누리레일 측은', '가람솔루션은')
SPOKEN_THEN_POINTED = [
    ('누리레일 측은 "운행 준비를 마쳤다"고 밝혔다. 이 회사 {N} 대표는' + SAID, "누리레일"),
    ('개통식에는 권도헌 여울시 교통정책실장이 참석했다. 노선을 운영하는 누리레일 측은 "준비를 마쳤다"고 밝혔다. '
     '이 회사 {N} 대표는' + SAID, "누리레일"),  # a city official named before is no firm
    ("가람솔루션은 15일 새 서비스를 공개했다. 이 회사 {N} 부사장은" + SAID, "가람솔루션"),
    ("한편 가람솔루션은 15일 새 서비스를 공개했다. 해당 기업 {N} 부사장은" + SAID, "가람솔루션"),
    ('누리레일 측은 "운행 준비를 마쳤다"고 밝혔다. 같은 회사 {N} 상무도' + SAID, "누리레일"),
    ('누리환경연합 측은 "개발에 반대한다"고 밝혔다. 이 단체 {N} 사무국장은' + SAID, "누리환경연합"),
    ('솔매중앙병원 측은 "경위를 조사 중"이라고 밝혔다. 이 병원 {N} 원장은' + SAID, "솔매중앙병원"),
    ("가람예술고는 올해 개교 50주년을 맞았다. 이 학교 {N} 교사는" + SAID, "가람예술고"),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,org", SPOKEN_THEN_POINTED)
def test_a_word_pointing_back_to_a_body_that_spoke_before(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before", ["정부는 15일 대책을 발표했다.", "시민들은 불편을 호소했다.", "여울시는 15일 대책을 발표했다."])
def test_a_word_pointing_back_to_no_firm_that_spoke_names_none(before, name):
    assert organisation(before + f" 이 회사 {name} 대표는" + SAID, name) is None


# -- the school where one studied under a teacher: '누리음악원에서 X 교수를 사사했다' --------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body,org", [
    ("그는 가람예술학교와 누리음악원에서 {N} 교수를 사사했다.", "누리음악원"),  # two schools: the one before the name
    ("그는 여울대에서 {N} 교수에게 작곡을 배웠다.", "여울대"),
    ("그는 누리음악원에서 {N} 교수의 지도를 받았다.", "누리음악원"),
])
def test_the_school_where_one_studied_under_the_teacher(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("body", ["그는 누리음악원에서 {N} 교수를 만났다.", "그는 서울에서 {N} 교수를 사사했다."])
def test_no_school_for_a_teacher_met_there_or_a_city(body, name):
    assert organisation(body.replace("{N}", name), name) is None


# -- a long body's word between a foreign name and the title: the body, not a word of the name ---------------------------
@pytest.mark.parametrize("name", FOREIGN)
@pytest.mark.parametrize("org", ["수출통제국", "국제협력국", "국토안보부", "해양경비대"])
def test_a_long_body_word_after_a_foreign_name_is_its_body(org, name):
    found, _ = person.find(f"{name} {org} 차관은" + SAID, Context(None))
    rows = [p for p in found if name in p.name]
    assert rows and rows[0].name == name and rows[0].organization == org


# -- a clinic before the name, whatever Kiwi makes of its first word: '…과의원', '…한의원' end as 의원 does, no title -----
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("clinic", ["늘봄가정의학과의원", "흠뻑소아과의원", "소망내과의원", "새봄한의원"])
def test_a_clinic_before_the_name_is_the_body_not_a_lawmakers_title(clinic, name):
    org = organisation(f"물너울시 가온동 {clinic} {name} 원장은" + SAID, name)
    assert clinic in squeezed(org), org


@pytest.mark.parametrize("word", ["국회의원", "시의원", "상원의원"])
def test_a_lawmakers_title_stays_a_title(word):
    assert person.title_like(word)


# -- a named body and its common unit before a foreign name whose title heads another unit: '세계기상기구(WMO) 사무국 X
# 예산국장' is of the secretariat, not of a '예산국' read off the title (names Kiwi reads as nouns: '음악테') ---------------
@pytest.mark.parametrize("name", ["오비 음악테", "아모스 사진테", "오비 사진테", "에이든 카터"])
@pytest.mark.parametrize("org", ["세계기상기구(WMO) 사무국", "국제습지협약 사무국"])
def test_a_named_body_and_its_common_unit_before_a_foreign_name(org, name):
    assert organisation(f"{org} {name} 예산국장은 \"기금이 모자란다\"고 말했다.", name) == org


# -- a local government named by its unit alone before a post and the name: '도 대변인 X 씨' ------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before,unit_post,org", [
    ("경북도는 15일 대책을 발표했다.", "도 대변인", "경북도"),
    ("다온시는 15일 대책을 발표했다.", "시 감사관", "다온시"),
])
def test_a_post_of_a_unit_named_alone_before_the_name(before, unit_post, org, name):
    assert organisation(f"{before} {unit_post} {name} 씨는" + SAID, name) == org


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before", ["다온시와 솔매시는 15일 협약을 맺었다.", "행사에는 시민 100명이 모였다."])
def test_a_post_of_a_unit_with_two_or_no_governments_named_names_none(before, name):
    assert organisation(f"{before} 시 감사관 {name} 씨는" + SAID, name) is None


# -- the kind's word standing for a body named with it spaced: '한빛물산 노조는 …. 노조 측 X 사무국장' ----------------------
@pytest.mark.parametrize("name", NAMES)
def test_a_union_named_by_its_firm_then_by_its_kind(name):
    body = f"한빛물산 노조는 파업에 들어갔다. 노조 측 {name} 사무국장은" + SAID
    assert squeezed(organisation(body, name)) == "한빛물산노조"


@pytest.mark.parametrize("name", NAMES)
def test_two_unions_named_by_their_firms_give_no_one_body(name):
    body = f"한빛물산 노조와 누리화학 노조가 함께 파업했다. 노조 측 {name} 사무국장은" + SAID
    assert organisation(body, name) == "노조"


# -- a post named at a sentence's opening right after a sentence whose topic is a body: '…위원회는 감식을 벌였다. X 조사관은'
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before,post,org", [
    ("항공안전조사위원회는 오늘 오전 현장에서 합동 감식을 벌였습니다.", "조사관", "항공안전조사위원회"),
    ("항공·해양사고조사위원회는 오늘 오전 현장에서 합동 감식을 벌였습니다.", "조사관", "항공·해양사고조사위원회"),  # fields by '·'
    ("누리조사위원회는 오늘 현장 감식을 벌였다.\n", "조사관", "누리조사위원회"),  # a script's line break between
    ("여울시는 15일 교통 대책을 발표했다.", "교통정책실장", "여울시"),  # a unit's head: the body, not the unit
    ("한들전자는 15일 신제품을 공개했다.", "부사장", "한들전자"),
])
def test_a_post_opening_the_sentence_after_a_bodys_topic_is_held_there(before, post, org, name):
    assert organisation(f"{before} {name} {post}은 \"최선을 다하겠다\"고 말했다.", name) == org


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("before,post", [
    ("공정거래위원회는 15일 과징금을 부과했다.", "변호사"),  # a profession, held anywhere
    ("서울은 15일 첫눈이 내렸다.", "과장"),  # a city's weather, no body
    ("시민들은 불편을 호소했다.", "과장"),
])
def test_no_body_for_a_profession_or_after_a_topic_that_is_no_body(before, post, name):
    assert organisation(f"{before} {name} {post}은 \"최선을 다하겠다\"고 말했다.", name) is None


# -- '이 단체의 X 사무국장': the pointer with 의, back to a body introduced as one of the kind ('감시 단체인 Y는') ----------
@pytest.mark.parametrize("body, org", [
    ("지역 예산 감시 단체인 솔빛예산감시모임은 이날 성명을 냈다. \"회의록을 공개해야 한다\"고 이 단체의 소하늘 사무국장은 말했다.",
     "솔빛예산감시모임"),
    ("환경 단체인 솔빛모임이 이날 성명을 냈다. 이 단체 소하늘 사무국장은 \"공개하라\"고 말했다.", "솔빛모임"),
    ("누리전자는 이날 신제품을 발표했다. 이 회사의 소하늘 상무는 \"잘 팔릴 것\"이라고 말했다.", "누리전자"),
])
def test_a_pointer_with_its_genitive_names_the_body_introduced_before(body, org):
    assert organisation(body, "소하늘") == org


@pytest.mark.parametrize("body", [
    "이 단체의 소하늘 사무국장은 \"공개하라\"고 말했다.",  # no body named before
    "환경 단체인 솔빛모임과 누리연대가 성명을 냈다. 이 단체의 소하늘 사무국장은 말했다.",  # two: which one is not said
])
def test_a_pointer_with_no_single_body_before_names_none(body):
    assert organisation(body, "소하늘") is None


# -- a kind's noun put before a new body's name ('소속사 X엔터는'), then written alone before a person's ('소속사 Y 대표'):
# the one body so introduced (or, for a kind with its own ending, the one body of that kind named before) ------------
KIND_INTRODUCED = [
    ('소속사 솔빛엔터테인먼트는 24일 "팬미팅을 연다"고 밝혔다. 솔빛엔터테인먼트 측은 "아니다"라고 했다. 소속사 {N} 대표는' + SAID,
     "솔빛엔터테인먼트"),
    ("기획사 누리뮤직은 24일 데뷔 일정을 밝혔다. 기획사 {N} 대표는" + SAID, "누리뮤직"),
    ("구단 솔매팔콘스는 24일 새 감독을 발표했다. 구단 {N} 단장은" + SAID, "솔매팔콘스"),
    ("시공사 누리건설은 24일 사과문을 냈다. 시공사 {N} 대표는" + SAID, "누리건설"),
    ("제작사 다온픽처스는 24일 개봉 일정을 밝혔다. 제작사 {N} 대표는" + SAID, "다온픽처스"),
    ("여울새벽병원은 24일 응급실 운영을 줄였다. 병원 {N} 원장은" + SAID, "여울새벽병원"),
    ("솔매고등학교는 24일 졸업식을 열었다. 학교 {N} 교장은" + SAID, "솔매고등학교"),
]
KIND_INTRODUCED_NONE = [
    "소속사 {N} 대표는" + SAID,  # nothing introduced
    "소속사 솔빛엔터테인먼트와 소속사 누리뮤직은 24일 합병을 밝혔다. 소속사 {N} 대표는" + SAID,  # two
    "구단 솔매팔콘스와 구단 가람호크스가 24일 트레이드에 합의했다. 구단 {N} 단장은" + SAID,  # two
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body,org", KIND_INTRODUCED)
def test_a_kind_written_alone_before_a_name_points_to_the_one_body_it_introduced(body, org, name):
    assert squeezed(organisation(body.replace("{N}", name), name)) == org


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body", KIND_INTRODUCED_NONE)
def test_a_kind_written_alone_names_no_body_unless_one_was_introduced(body, name):
    assert organisation(body.replace("{N}", name), name) in (None, "소속사", "구단")


def test_two_hospitals_leave_the_kind_as_written():
    body = "여울새벽병원과 가람병원은 24일 응급실을 닫았다. 병원 구하준 원장은" + SAID
    assert organisation(body, "구하준") == "병원"


# -- a post taken up in a clause before the name ('박물관 신임 관장으로 취임한 X 관장'): the body of the post; a kind's noun
# with one body of that kind named before is that body, with none the noun as written -----------------------------------
TAKEN_UP = [
    ("지난달 박물관 신임 관장으로 취임한 {N} 관장은" + SAID, "박물관"),
    ("솔매박물관은 유물 도록을 냈다. 지난달 박물관 신임 관장으로 취임한 {N} 관장은" + SAID, "솔매박물관"),
    ("지난달 가람시립도서관 관장으로 부임한 {N} 관장은" + SAID, "가람시립도서관"),
    ("누리복지재단은 공모를 열었다. 지난달 재단 새 이사장으로 선임된 {N} 이사장은" + SAID, "누리복지재단"),
    ("올해 누리건설 상무로 승진한 {N} 상무는" + SAID, "누리건설"),
    ("지난해 솔매팔콘스 새 감독으로 부임한 {N} 감독은" + SAID, "솔매팔콘스"),
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body,org", TAKEN_UP)
def test_a_post_taken_up_before_the_name_names_its_body(body, org, name):
    assert squeezed(organisation(body.replace("{N}", name), name)) == org


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body", [
    "지난달 신임 관장으로 취임한 {N} 관장은" + SAID,  # no body in the clause
    "지난달 박물관 신임 관장으로 취임한 {N} 교수는" + SAID,  # another post than the one taken up
])
def test_a_post_taken_up_with_no_body_or_another_post_names_none(body, name):
    assert organisation(body.replace("{N}", name), name) is None


# -- a broadcast caption naming a lawmaker and a party whose name has no '당' ('[인터뷰] X / 국민의힘 의원'): the party is
# the member's organisation, never a person of its own -------------------------------------------------------------
PARTY_CAPTIONS = [
    '[인터뷰] {N} / 국민의힘 의원\n"보고를 받고도 손을 놓고 있었습니다."',
    '[인터뷰] {N} (국민의힘 의원)\n"보고를 받고도 손을 놓고 있었습니다."',
    '▶ 인터뷰 : {N} / 국민의힘 의원\n"보고를 받고도 손을 놓고 있었습니다."',
    '국회 행정안전위원회 청문회장. 고성이 오갔습니다.\n[인터뷰] {N} / 국민의힘 의원\n"보고를 받고도 손을 놓고 있었습니다."',
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body", PARTY_CAPTIONS)
def test_a_party_in_a_caption_is_the_members_and_no_person(body, name):
    found, _ = person.find(body.replace("{N}", name), Context(None))
    assert "국민의힘" not in [p.name for p in found]
    assert organisation(body.replace("{N}", name), name) == "국민의힘"


@pytest.mark.parametrize("name", NAMES[:3])
def test_a_party_named_with_its_members_in_a_caption_names_no_person(name):
    found, _ = person.find(f'[인터뷰] {name} / 시민\n"국민의힘 의원들은 답하지 않았습니다."', Context(None))
    assert [p.name for p in found] == [name]


# -- a player's country between the team's 의 and a two-word position ('솔매팔콘스의 일본인 미들 블로커 X'): the team ----
OWNER_WITH_PEOPLE = [
    ("솔매팔콘스의 브라질인 미들 블로커 {N}는 블로킹 5개를 잡아냈다.", "솔매팔콘스"),
    ("솔매팔콘스의 외국인 원거리 딜러 {N}는 결승에서 부진했다.", "솔매팔콘스"),
    ("솔매팔콘스의 미국인 포인트 가드 {N}는 결승골을 넣었다.", "솔매팔콘스"),
]


@pytest.mark.parametrize("name", FOREIGN)
@pytest.mark.parametrize("body,org", OWNER_WITH_PEOPLE)
def test_a_country_between_the_team_and_the_position_keeps_the_team(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", FOREIGN)
def test_a_word_in_in_between_that_is_no_people_gives_no_team(name):
    assert organisation(f"솔매팔콘스의 고인 미들 블로커 {name}는 17점으로 분전했다.", name) is None  # '고인': the late, no people


# -- a body the article names short and in full is pointed back to in full ('이 병원' after '가람대학교병원' and
# '가람대병원장'); a short form alone stays as written, and another body's short form is no short form of it -----------
@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("before,org", [
    ("여울대학교병원이 야간 응급실을 닫는다. 표담율 여울대병원장은 사과했다.", "여울대학교병원"),
    ("여울대병원 응급실이 멈췄다. 표담율 여울대병원장은 사과했다.", "여울대병원"),
    ("여울대학교병원과 누리대병원이 응급실을 줄였다. 표담율 누리대병원장은 사과했다.", "누리대병원"),
])
def test_a_body_pointed_back_to_is_given_in_full_when_the_article_writes_it_so(before, org, name):
    body = f'{before} 이 병원 외상외과 {name} 교수는 "버틸 수 없다"고 말했다.'
    assert squeezed(organisation(body, name)) == org + "외상외과"


# -- a branch office's head ('가람지점장', '지점장'): the branch, with the body written right before it when the article
# writes one ('하늘빛은행 가람지점' → both); a place before it, or two bodies, leave the branch alone ----------------------
BRANCH_HEADS = [
    ("한국농어촌공사 솔내지사는 이날 저수지 방류를 시작했다. {N} 솔내지사장은" + SAID, "한국농어촌공사 솔내지사"),
    ("하늘빛은행 가람지점은 이날 고객 행사를 열었다. {N} 가람지점장은" + SAID, "하늘빛은행 가람지점"),
    ("하늘빛은행 가람지점은 이날 고객 행사를 열었다. {N} 지점장은" + SAID, "하늘빛은행 가람지점"),
    ("국민건강보험공단 솔바다사업소는 점검을 마쳤다. {N} 솔바다사업소장은" + SAID, "국민건강보험공단 솔바다사업소"),
    ("{N} 가람지점장은" + SAID, "가람지점"),  # no body written before it: the branch its post is glued to
    ("강원 솔내지사는 이날 방류를 시작했다. {N} 솔내지사장은" + SAID, "솔내지사"),  # a place is no parent body
    ("한국농어촌공사 솔내지사와 다온공단 솔내지사가 함께 점검했다. {N} 솔내지사장은" + SAID, "솔내지사"),  # two: no parent
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body,org", BRANCH_HEADS)
def test_a_branch_offices_head_is_of_the_branch_with_the_body_written_before_it(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


@pytest.mark.parametrize("name", NAMES[:3])
def test_two_branches_of_the_kind_name_no_branch_for_a_bare_head(name):
    body = f"하늘빛은행 가람지점과 다온은행 솔내지점이 행사를 열었다. {name} 지점장은" + SAID
    assert organisation(body, name) is None


# -- a body named inside a quotation is what someone said, not the body a pointing word goes back to ('"구의회가 …"고
# 이 단체의 X 국장': the civic group the narrative introduced, not the council quoted) -------------------------------
QUOTED_NOT_ANTECEDENT = [
    ('지역 환경 감시 단체인 누리환경연대는 이날 성명을 냈다. "구의회가 밀실에서 결정한다"고 이 단체의 {N} 사무국장은 말했다.',
     "누리환경연대"),
    ('구의회 운영위원회는 회의를 열었다. 환경 단체인 누리환경연대는 성명을 냈다. "운영위가 숨긴다"고 이 단체의 {N} 국장은 말했다.',
     "누리환경연대"),
    ('가람물산은 이날 계약을 맺었다. "다온랩스가 먼저 제안했다"고 이 회사 {N} 상무는 말했다.', "가람물산"),
    ('가람물산은 이날 계약을 맺었다. 다온랩스는 "먼저 제안한 건 우리"라고 반박했다. 이 회사 {N} 상무는' + SAID, "다온랩스"),
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body,org", QUOTED_NOT_ANTECEDENT)
def test_a_body_in_a_quotation_is_no_antecedent(body, org, name):
    assert organisation(body.replace("{N}", name), name) == org


# -- an appointment with the person's occupation between it and the name ('X의 신임 상임지휘자로 부임한 작곡가 Y'): the
# body appointed to; no body in the clause, or a clause of no appointment, gives none -------------------------------
APPOINTED_WITH_ROLE = [
    ('솔빛합창단의 신임 상임지휘자로 부임한 작곡가 {N}은 15일 "화음부터 다지겠다"고 말했다.', "솔빛합창단"),
    ('한결오케스트라의 새 음악감독으로 선임된 지휘자 {N}은 15일 "소리를 바꾸겠다"고 말했다.', "한결오케스트라"),
    ('누리재단의 새 이사장으로 선임된 {N} 이사장은 15일 "채우겠다"고 말했다.', "누리재단"),
]


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body,org", APPOINTED_WITH_ROLE)
def test_an_appointment_before_the_occupation_gives_the_body(body, org, name):
    assert org in squeezed(organisation(body.replace("{N}", name), name))


@pytest.mark.parametrize("name", NAMES[:3])
@pytest.mark.parametrize("body", [
    '신임 상임지휘자로 부임한 작곡가 {N}은 15일 "화음부터 다지겠다"고 말했다.',
    '올해 가장 많이 팔린 음반으로 꼽힌 가수 {N}은 15일 "채우겠다"고 말했다.',
])
def test_an_appointment_without_a_body_or_no_appointment_gives_none(body, name):
    assert organisation(body.replace("{N}", name), name) is None


# -- round 39: a clause's end before the post words, a client with 씨, a party and its place in a gloss -------------

def test_a_clause_ending_before_the_post_is_no_body():
    body = "가람시티는 전반 12분 선제골을 내줬다. 관중석은 조용했고 주장 엄소결이 다시 공을 잡았다."
    assert organisation(body, "엄소결") != "조용했고"


@pytest.mark.parametrize("client", ["B씨 측 변호인인", "채씨의 변호인인"])
def test_the_client_of_a_lawyer_is_no_body(client):
    body = f"{client} 한도윤 변호사는 \"혐의를 다투겠다\"고 말했다."
    assert organisation(body, "한도윤") is None


@pytest.mark.parametrize("gloss,org", [("공화·텍사스", "공화"), ("공화ᆞ오하이오", "공화"), ("새빛당ㆍ다래울", "새빛당"),
                                       ("무소속·다래울", None)])
def test_a_party_and_its_place_in_a_members_gloss(gloss, org):
    body = f"토머스 브렌틀리({gloss}) 상원의원은 3일 법안에 반대했다."
    assert organisation(body, "토머스 브렌틀리") == org
