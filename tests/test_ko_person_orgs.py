"""Korean titles written before names, the organisations around them, and bodies taken for persons
(Finder.left_role, posts_before, same_body, before_titled_name, affiliated_earlier …), on sentences
written for these tests: one positive and one negative per kind."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


# -- a post held in acting, a team's posts ----------------------------------------------------------------
def test_a_post_held_in_acting_is_a_title():
    found = persons("바다갈매기는 이날 졌다. 바다갈매기의 도윤재 감독대행은 \"수비가 무너졌다\"고 했다.")
    assert found["도윤재"] == ("감독대행", "바다갈매기")


def test_a_word_ending_in_acting_whose_front_is_no_post_is_no_title():
    assert "업무대행" not in {t for t, _ in persons("업무대행 도윤재는 서류를 냈다.").values()}


def test_a_team_post_before_a_foreign_name():
    found = persons("가람호크스 수석코치 데릭 모리슨은 \"이틀 쉰다\"고 밝혔다.")
    assert found["데릭 모리슨"] == ("수석코치", "가람호크스")


# -- two posts, and a word grading the post ---------------------------------------------------------------
def test_two_posts_before_a_name_are_one_title_with_the_body_before_them():
    found = persons("무대에 오른 가온모빌리티 대표이사 사장 피에르 몽탕은 \"첫 차\"라고 말했다.")
    assert found["피에르 몽탕"] == ("대표이사 사장", "가온모빌리티")
    assert "가온모빌리티" not in found


def test_a_post_with_its_own_name_before_it_is_not_joined_to_the_next():
    found = persons("회의에는 한빛전자 오서진 대표와 라온건설 사장 남궁도현씨가 나왔다.")
    assert found["남궁도현"][0] == "사장"


def test_a_grading_word_between_name_and_title_belongs_to_the_title():
    found = persons("개발을 이끈 탁민서 총괄 프로듀서는 \"배경이 바뀐다\"고 설명했다.")
    assert found["탁민서"] == ("총괄 프로듀서", None)


def test_a_body_between_name_and_title_stays_the_organisation():
    assert persons("탁민서 한빛게임즈 프로듀서는 말했다.")["탁민서"] == ("프로듀서", "한빛게임즈")


# -- a role noun before a name with 씨, and the body before the role ---------------------------------------
def test_a_role_noun_before_a_name_with_ssi_and_the_body_with_its_possessive():
    found = persons("책을 낸 누리출판사의 편집자 구하람씨는 \"절반을 덜어냈다\"고 전했다.")
    assert found["구하람"] == ("편집자", "누리출판사")


def test_a_person_with_a_possessive_is_no_body():
    found = persons("탁현우 의원은 말했다. 탁현우의 비서 구하람씨는 \"모른다\"고 했다.")
    assert found["구하람"][1] is None


def test_the_body_a_role_belongs_to_with_affiliation_marker():
    found = persons("설명회에는 한빛은행 대구지점 소속 강사 모나래씨가 나온다.")
    assert found["모나래"] == ("강사", "한빛은행 대구지점")


def test_a_role_noun_before_a_word_merely_shaped_like_a_name_makes_no_person():
    assert persons("노조원 서너명 가량이 차량에 나눠 타고 들어왔다.") == {}


def test_a_role_noun_before_a_foreign_name():
    assert persons("작은 마을 촌장 스즈키 료타는 \"예산은 보험료\"라고 했다.")["스즈키 료타"][0] == "촌장"


def test_a_firm_noun_before_a_name_is_no_role():
    assert "별빛엔터테인먼트" not in persons("배우 한서윤 소속사 별빛엔터테인먼트는 결혼 소식을 전했다.")


# -- '같은 증권사': the body named before, never the bare kind ----------------------------------------------
def test_the_same_kind_of_body_resolves_to_the_one_named_before():
    found = persons("한결증권 탁도윤 센터장은 말했다. 같은 증권사 모하린 연구원은 \"비중 축소\"라고 했다.")
    assert found["모하린"] == ("연구원", "한결증권")


def test_the_same_kind_of_body_with_nothing_named_before_is_left_empty():
    assert persons("같은 증권사 모하린 연구원은 \"비중 축소\"라고 했다.")["모하린"][1] is None


def test_the_same_department_drops_the_status_after_it():
    found = persons("한빛과학기술원 신소재공학과 탁도윤 교수가 이끌었다. 같은 학과 박사과정 모하린 연구원은 말했다.")
    assert found["모하린"][1] == "한빛과학기술원 신소재공학과"


def test_the_same_party_is_left_to_the_party_rule():
    found = persons("새빛당 탁도윤 원내대표는 말했다. 같은 당 모하린 의원도 거들었다.")
    assert found["모하린"][1] == "새빛당"


# -- a body written before a titled name is no person ------------------------------------------------------
def test_a_club_before_a_titled_name_is_its_body_not_a_person():
    found = persons("마루호크스는 6연승을 달렸다. 마루호크스 탁도윤 감독은 \"흐름을 내줄 뻔했다\"고 돌아봤다.")
    assert "마루호크스" not in found
    assert found["탁도윤"] == ("감독", "마루호크스")


def test_a_foreign_name_before_a_title_stays_a_person():
    found = persons("브라이슨은 이날 입국했다. 브라이슨 변호사 탁도윤씨는 \"억울하다\"고 했다.")
    assert "탁도윤" in found


def test_two_bodies_before_a_titled_name_make_no_person():
    found = persons("서울경찰청 사이버범죄수사대 탁민호 대장도 \"되찾기 어렵다\"며 말했다.")
    assert set(found) == {"탁민호"}
    assert found["탁민호"] == ("대장", "서울경찰청 사이버범죄수사대")


# -- a surname alone after the full name -------------------------------------------------------------------
def test_a_surname_after_the_full_name_is_its_short_mention_and_fills_its_organisation():
    found = persons("프랑스 지휘자 앙리 베르니에(58)는 인터뷰를 했다. 라온 체임버 필하모닉 음악감독인 베르니에는 "
                    "\"곡을 골랐다\"고 말했다.")
    assert "베르니에" not in found
    assert found["앙리 베르니에"] == ("지휘자", "필하모닉")


def test_a_surname_shared_by_two_full_names_is_left_alone():
    found = persons("피아니스트 앙리 베르니에와 첼리스트 마리 베르니에가 함께했다. 라온 필하모닉 음악감독인 베르니에는 "
                    "\"좋았다\"고 말했다.")
    assert found["앙리 베르니에"][1] is None and found["마리 베르니에"][1] is None


# -- the body a clause opens with --------------------------------------------------------------------------
def test_the_body_a_clause_opens_with_is_the_titled_names():
    found = persons("한국제과점주연합회 소속으로 서울 마포구에서 빵집을 하는 탁동철(56) 부회장은 \"가게가 사라졌다\"고 말했다.")
    assert found["탁동철"] == ("부회장", "한국제과점주연합회")


def test_the_body_of_a_clause_with_another_name_in_between_is_not_taken():
    found = persons("한국제과점주연합회 소속으로 탁동철씨와 함께 일하는 모세진 부회장은 말했다.")
    assert found["모세진"][1] is None


# -- a name with the copula, a misread foreign given name, a nationality, a position -----------------------
def test_a_name_with_the_copula_ending_its_sentence_takes_the_role_before_it():
    assert persons("협연자는 피아니스트 구하람(31)이다. 두 사람은 함께 녹음했다.")["구하람"][0] == "피아니스트"


def test_a_common_word_with_the_copula_is_no_name():
    assert persons("문제는 이정도이다. 그 뒤가 더 어렵다.") == {}


def test_a_foreign_given_name_read_as_a_verb_before_a_name_and_a_personal_title():
    found = persons("공동 연구에는 한빛공대 기계공학과의 아닐 샤르마 교수가 참여했다. 샤르마 교수는 \"숙제\"라고 했다.")
    assert found["아닐 샤르마"] == ("교수", "한빛공대 기계공학과")


def test_the_same_word_as_a_verb_before_a_common_noun_is_no_name():
    assert persons("그것이 아닐 경우 교수가 다시 설명한다.") == {}


def test_a_country_before_an_occupation_is_a_nationality():
    assert persons("독일 첼리스트 마리 베르니에가 무대에 올랐다.")["마리 베르니에"] == ("첼리스트", None)


def test_a_country_before_a_post_stays_its_organisation():
    assert persons("호주 외무장관 페니 웡트는 말했다.")["페니 웡트"][1] == "호주"


def test_a_position_on_the_court_before_a_foreign_name():
    assert persons("마루호크스는 주포 디몬테 해리슨이 발목을 다쳐 빠졌다.")["디몬테 해리슨"][0] == "주포"


# -- a township as a local post's body, a founder's firm, a minister's country ----------------------------
def test_a_county_and_a_township_before_a_local_head():
    found = persons("하동군 화개면 이장 탁만수씨는 \"차밭이 줄었다\"고 말했다.")
    assert found["탁만수"] == ("이장", "하동군 화개면")


def test_a_common_word_ending_like_a_township_is_no_body():
    assert persons("그는 반면 탁만수 이장과 만났다.")["탁만수"][1] is None


def test_the_firm_a_subject_founded_is_theirs():
    found = persons("오서진 대표는 2015년 대학 동기와 함께 한빛랩스를 세웠다.")
    assert found["오서진"] == ("대표", "한빛랩스")


def test_the_firm_a_sentence_is_about_is_its_founders():
    found = persons("가온푸드는 탁민호 대표가 2019년 창업한 회사다.")
    assert found["탁민호"] == ("대표", "가온푸드")
    assert "가온푸드" not in found


def test_a_kind_of_place_opened_is_no_body():
    assert persons("탁민호씨는 2019년 식당을 차렸다.")["탁민호"][1] is None


def test_the_country_before_a_ministers_name():
    assert persons("회담에는 러시아 이반 소콜로프 외무장관이 참석했다.")["이반 소콜로프"][1] == "러시아"
    assert persons("러시아 소콜로프 외무장관은 말했다.")["소콜로프"][1] == "러시아"


def test_a_country_before_a_professors_name_is_no_employer():
    assert persons("회담에는 미국 존 스미스 교수가 참석했다.")["존 스미스"][1] is None


def test_a_country_before_a_players_position_is_the_national_team():
    assert persons("브라질 수비수 마르셀로 산투스가 골을 넣었다.")["마르셀로 산투스"][1] == "브라질"


# -- compound posts before a name --------------------------------------------------------
def test_a_compound_post_before_a_name():
    assert persons("타격코치 오서진은 \"좋다\"고 말했다.")["오서진"][0] == "타격코치"


def test_a_market_is_no_mayor_before_a_word():
    assert persons("정부는 자본시장 선진화 방안을 발표했다.") == {}


def test_the_head_of_a_township_with_its_county_before_it():
    found = persons("하동군 화개면장 탁만수씨는 \"차밭이 줄었다\"고 말했다.")
    assert "하동군" not in found
    assert found["탁만수"] == ("화개면장", "하동군")


def test_a_word_written_before_a_noun_only_a_body_has_is_no_person():
    assert persons("가람호크스는 6연승을 달렸다. 가람호크스 구단은 기뻐했다.") == {}


def test_a_foreign_name_guessed_as_a_subject_stays_a_person():
    assert "브라이슨" in persons("브라이슨은 6연승을 이끌었다. 브라이슨은 \"기쁘다\"고 말했다.")


def test_a_national_player_is_no_organisation():
    assert persons("국가대표 가드 탁민우는 어시스트 12개를 배달했다.")["탁민우"] == ("가드", None)


def test_a_post_before_a_name_beats_the_degree_after_it():
    assert persons("가온제약 연구소장 탁도윤 박사는 말했다.")["탁도윤"] == ("연구소장", "가온제약")
    assert persons("탁도윤 박사는 말했다.")["탁도윤"] == ("박사", None)


# -- a body written between a name and its title ('X 해솔외교포럼 대표'), for Korean and foreign names -------------------

NAME_BODY_TITLE = [
    ("반면 {N} 해솔외교포럼 대표는 \"아직 멀었다\"며 신중론을 폈다.", "해솔외교포럼", "대표"),
    ("반면 {N} 해솔테크 대표는 \"아직 멀었다\"고 말했다.", "해솔테크", "대표"),
]
NAME_TEAM_TITLE = [
    ("{N} 누리정책연구소 연구위원은 \"아직 멀었다\"고 말했다.", "누리정책연구소", "연구위원"),
    ("가람시민단이 가온스톰즈를 꺾었다. {N} 가온스톰즈 감독은 \"아쉽다\"고 말했다.", "가온스톰즈", "감독"),
]


@pytest.mark.parametrize("name", ["구하준", "도하르", "염바다", "한스 베버", "요나스 브렘"])
@pytest.mark.parametrize("body,org,title", NAME_BODY_TITLE)
def test_a_body_between_a_name_and_its_title_is_cut_from_the_name(body, org, title, name):
    found = persons(body.replace("{N}", name))
    assert found.get(name) == (title, org), found


@pytest.mark.parametrize("name", ["구하준", "한스 베버", "요나스 브렘"])
@pytest.mark.parametrize("body,org,title", NAME_TEAM_TITLE)
def test_a_body_between_a_known_name_and_its_title_is_cut_from_the_name(body, org, title, name):
    found = persons(body.replace("{N}", name))
    assert found.get(name) == (title, org), found


def test_a_three_word_foreign_name_keeps_its_last_word_when_it_names_no_body():
    found = persons("가브리엘 가르시아 마르케스 작가는 \"아쉽다\"고 말했다.")
    assert found.get("가브리엘 가르시아 마르케스") == ("작가", None)


# -- the body of membership before 소속, not the unit after it ---------------------------------------------------------
@pytest.mark.parametrize("unit", ["응급의학과 전문의", "신경과 교수", "교수"])
def test_the_body_before_membership_is_the_organisation_not_the_unit_after(unit):
    found = persons(f"한국수면연구학회 소속 {unit} 구하준 씨는 주의를 당부했다.")
    assert found["구하준"][1] == "한국수면연구학회"


def test_membership_with_a_clause_between_gives_no_body():
    found = persons("그는 한국수면연구학회 소속 연구자들과 함께 온 구하준 교수를 만났다.")
    assert found["구하준"][1] is None


# -- a role in a lawsuit is what the person is, not a body ------------------------------------------------------------
@pytest.mark.parametrize("role", ["소송대리인", "법률대리인", "변호인"])
def test_a_legal_role_before_a_name_is_no_organisation(role):
    found = persons(f"병원 측 {role} 구하준 변호사는 \"항소하겠다\"고 말했다.")
    assert found["구하준"][0] == "변호사" and found["구하준"][1] != role


# -- a club named after its home town is no person, and is its staff's organisation -------------------
def test_a_club_named_with_its_town_and_then_alone_is_no_person():
    found = persons("결승전에서 원주 바다늑대스가 청주 불꽃이글스를 꺾었다. 바다늑대스는 주장 곽도현의 두 골로 앞섰다.")
    assert "바다늑대스" not in found and "원주 바다늑대스" not in found and "곽도현" in found


def test_the_club_before_a_role_and_a_titled_name_is_the_organisation():
    found = persons("목포 돌고래즈가 2연승을 달렸다. 목포 돌고래즈 사령탑 안드레스 코르도바 감독은 \"수비가 좋았다\"고 말했다.")
    assert found["안드레스 코르도바"] == ("감독", "목포 돌고래즈")


def test_a_given_name_before_a_plural_surname_is_no_club():
    found = persons("가장 주목받는 래퍼 니코 바레체즈와 티모 로스가 발표한 곡이다.")
    assert "니코 바레체즈" in found


@pytest.mark.parametrize("name", ["한스 베버", "요나스 브렘"])
def test_a_team_between_a_foreign_name_and_its_title_stays_its_body_when_also_read_as_a_name(name):
    found = persons("춘천 윈드호크스를 4-3으로 꺾었다. 윈드호크스는 주장 도경찬의 두 골로 앞서 갔지만 버티지 못했다. "
                    f"{name} 윈드호크스 감독은 \"아쉽다\"며 아쉬워했다.")
    assert found.get(name) == ("감독", "윈드호크스"), found


# -- a kind of firm, or a compound ending in one ('법무법인', '회계법인'), then the firm's name, then the titled name --
@pytest.mark.parametrize("body, name, title, firm", [
    ("피고인의 변호인인 법무법인 아토 도하진 변호사는 \"반성하고 있다\"고 말했다.", "도하진", "변호사", "법무법인 아토"),
    ("법무법인 해랑 도하진 변호사는 \"항소를 검토하겠다\"고 밝혔다.", "도하진", "변호사", "법무법인 해랑"),
    ("회계법인 해랑 주예람 회계사는 \"감사 의견을 냈다\"고 말했다.", "주예람", "회계사", "회계법인 해랑"),
    ("특허법인 아토 주예람 변리사는 \"출원을 마쳤다\"고 말했다.", "주예람", "변리사", "특허법인 아토"),
    ("법무법인 레오 도하진 변호사는 \"반성하고 있다\"고 말했다.", "도하진", "변호사", "법무법인 레오"),  # a given name's spelling
    ("법무법인 소피아 도하진 변호사는 \"반성하고 있다\"고 말했다.", "도하진", "변호사", "법무법인 소피아"),
    ("법무법인 엘리 도하진 변호사는 \"반성하고 있다\"고 말했다.", "도하진", "변호사", "법무법인 엘리"),
])
def test_the_firm_after_its_kind_is_the_titled_names_organisation(body, name, title, firm):
    found = persons(body)
    assert found[name][0] == title and firm.split()[-1] in found[name][1]
    assert not any(n.startswith(firm.split()[0]) for n in found)


def test_a_word_only_ending_like_a_firm_kind_opens_no_firm():
    # '법인' alone after a name's body is no kind of firm standing before a firm's name: the foreign name stays one
    assert "에밀리 웰스" in persons("에밀리 웰스 변호사는 \"합의는 없다\"고 말했다.")


# -- a shipping line named after '선사' (a kind of firm before a name; a Zen master's title after one) -----------
def test_a_firm_named_after_a_shipping_line_kind_is_no_person():
    found = persons("한빛중공업은 노르웨이 선사 노르달과 운반선 건조 계약을 맺었다. "
                    "한빛중공업 도하진 사장과 노르달의 잉에르 베르그 최고경영자(CEO)가 서명했다.")
    assert "노르달" not in found and found["도하진"] == ("사장", "한빛중공업")


def test_a_zen_masters_title_after_a_name_stays_a_title():
    assert persons("경허 선사는 \"마음을 비우라\"고 말했다.")["경허"][0] == "선사"


# -- a union's or association's short name before a post is the body, never a person ------------------------
@pytest.mark.parametrize("body", ["전교조", "전공노", "민주노총", "한국노총", "금속노조", "전농"])
def test_a_short_body_name_before_a_post_is_the_organisation(body):
    found = persons(f"무대에 오른 육다온 {body} 위원장은 \"법을 바꿔라\"고 말했다.")
    assert found["육다온"] == ("위원장", body)
    assert body not in found


def test_a_short_body_name_as_subject_is_no_person():
    assert "전교조" not in persons("전교조는 이날 성명을 냈다. 육다온 위원장은 \"늘고 있다\"고 말했다.")


def test_a_name_with_the_same_surname_syllable_is_still_a_person():
    assert "전대현" in persons("전대현 씨는 \"늘고 있다\"고 말했다.")


# -- a local council or its member, spelled with a surname syllable in front, is no person -----------------
@pytest.mark.parametrize("council", ["도의회", "구의회", "군의회"])
def test_a_local_council_before_its_hall_is_no_person(council):
    assert persons(f"한편 26일 {council} 본회의장 앞에서는 시위가 열렸다.") == {}


def test_a_council_member_word_before_a_name_is_his_title():
    assert persons("구의원 육다온 씨는 \"검토 중\"이라고 말했다.")["육다온"][0] == "구의원"


def test_a_name_with_a_council_surname_syllable_is_still_a_person():
    assert "도병철" in persons("도병철 의원은 \"검토 중\"이라고 말했다.")


# -- a school's short name before its staff, and a name Kiwi ends with a particle --------------------------
@pytest.mark.parametrize("body, name, title, org", [
    ("무명의 가람고가 우승 후보 다솔고를 꺾었다. 다솔고 표진석 감독은 \"졌다\"고 했다.", "표진석", "감독", "다솔고"),
    ("가람중 방석만 교장은 \"기쁘다\"고 했다. 방 교장은 \"고맙다\"고 했다.", "방석만", "교장", "가람중"),
    ("누리초 하진표 교감은 \"안전이 먼저\"라고 말했다.", "하진표", "교감", "누리초"),
    ("결승에 오른 새터고교 설우람 코치는 \"뛰겠다\"고 했다.", "설우람", "코치", "새터고교"),
])
def test_a_school_short_name_before_staff_is_their_organisation_and_no_person(body, name, title, org):
    found = persons(body)
    assert found[name] == (title, org)
    assert org not in found


@pytest.mark.parametrize("body, name", [
    ("가람고 방석만 감독은 \"좋다\"고 했다. 방 감독은 \"기쁘다\"고 말했다.", "방석만"),
    ("누리군 정석만 국장은 \"검토한다\"고 했다. 정 국장은 \"곧 낸다\"고 했다.", "정석만"),
])
def test_a_name_read_as_a_word_and_only_is_proved_by_its_later_surname_and_post(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body, word", [
    ("방석만 감독은 좋다고 했다.", "방석만"),  # no later '방 감독': the word and 'only' stay as Kiwi reads them
    ("방석만 감독은 좋다고 했다. 방 코치는 웃었다.", "방석만"),  # a later surname with another post
])
def test_a_word_and_only_before_a_post_without_its_surname_and_post_later_is_no_name(body, word):
    assert word not in persons(body)


# -- a dictionary noun and 회: a members' association or an episode, cut as a surname and a given name ------
@pytest.mark.parametrize("body, word", [
    ("가온시장 상인회는 피해가 크다고 호소했다.", "상인회"),
    ("누리마을 번영회는 대책을 요구했다.", "번영회"),
    ("지난 주말 방송된 드라마 '은하수 편의점' 최종회는 9.1%를 기록했다.", "최종회"),
    ("'은하수 편의점' 마지막회는 시청률 10%를 넘겼다.", "마지막회"),
])
def test_an_association_or_an_episode_ending_in_hoe_is_no_person(body, word):
    assert word not in persons(body)


@pytest.mark.parametrize("body, name", [
    ("임종회 의원은 \"검토한다\"고 말했다.", "임종회"),  # a given name ending in 회 keeps its post
    ("조영회 씨는 \"좋다\"고 말했다.", "조영회"),  # … or its 씨
])
def test_a_given_name_ending_in_hoe_with_a_post_or_ssi_stays_a_person(body, name):
    assert name in persons(body)


# -- a body in the possessive keeps the legal form written before its name ('법무법인 X의 Y 변호사') --------------
@pytest.mark.parametrize("body, org", [
    ("원고 측을 맡은 법무법인 솔바다의 모하결 변호사는 지난달 30일 소장을 냈다.", "법무법인 솔바다"),
    ("사회복지법인 솔바다의 모하결 이사장은 말했다.", "사회복지법인 솔바다"),
    ("주식회사 솔바다의 모하결 대표는 말했다.", "주식회사 솔바다"),
    ("솔바다의 모하결 변호사는 말했다.", "솔바다"),  # no legal form written: the name alone
])
def test_a_possessive_body_keeps_its_legal_form(body, org):
    assert person.find(body, Context(None))[0][0].organization == org


# -- a high school's short name ('가람고', '다온여고') is the team or the school, in any slot a name takes --------
@pytest.mark.parametrize("body, school", [
    ("지역 예선에서 솔빛고가 강호 가람고를 눌렀다.", "가람고"),
    ("우승 후보 다온여고는 8강에서 탈락했다.", "다온여고"),
    ("강호 라온고는 결승에서 새움여고에게 졌다.", "라온고"),
    ("복병 모래내고가 4강에 올랐다.", "모래내고"),
])
def test_a_high_schools_short_name_is_no_person(body, school):
    assert school not in persons(body)


@pytest.mark.parametrize("body, name", [
    ("공격수 디에고는 후반에 골을 넣었다.", "디에고"),  # a loanword's syllable: a foreign given name
    ("가람고 야구부 추영민 감독은 \"선수들이 잘했다\"고 말했다.", "추영민"),  # the school's coach stays a person
])
def test_a_name_ending_like_a_school_or_beside_one_stays_a_person(body, name):
    assert name in persons(body)


# -- a clause's head noun used as an adverb ('개표 결과', '창당 직후') is no word of the body written after it ------------
@pytest.mark.parametrize("body, name, org", [
    ("개표 결과 새빛당 곽무겸 후보가 342표 차이로 이겼다.", "곽무겸", "새빛당"),
    ("실사 결과 국민의힘 표서율 의원의 재산은 두 배 늘었다.", "표서율", "국민의힘"),
    ("여론조사 결과 더불어민주당 표서율 후보가 앞섰다.", "표서율", "더불어민주당"),
    ("창당 직후 새빛당 곽무겸 대표는 \"민생이 먼저\"라고 말했다.", "곽무겸", "새빛당"),
    ("협상 이후 다온전자 곽무겸 사장은 \"합의가 됐다\"고 말했다.", "곽무겸", "다온전자"),
    ("회의 도중 여울시청 표서율 대변인이 \"잠시 쉬겠다\"고 말했다.", "표서율", "여울시청"),
])
def test_an_adverbial_clause_head_is_left_out_of_the_body(body, name, org):
    assert persons(body)[name][1] == org


def test_a_body_named_with_no_clause_before_is_kept_whole():
    assert persons("다온전자 반도체사업부 곽무겸 사장은 \"합의가 됐다\"고 말했다.")["곽무겸"][1] == "다온전자 반도체사업부"


def test_a_publication_named_in_quotes_before_a_critic_is_the_critics_body():
    found = person.find("독일 음악 잡지 '디 노테 호이테'의 평론가 로잘린 K. 모레티에는 \"첫 악장이 좋았다\"고 말했다.",
                        Context(None))[0]
    p = next(p for p in found if p.name == "로잘린 K. 모레티에")
    assert (p.title, p.organization) == ("평론가", "디 노테 호이테")


def test_a_quoted_title_of_a_work_before_a_name_is_no_body():
    found = person.find("영화 '달의 노래'의 감독 도하윤은 \"촬영이 길었다\"고 말했다.", Context(None))[0]
    assert [p.organization for p in found if p.name == "도하윤"] == [None]
