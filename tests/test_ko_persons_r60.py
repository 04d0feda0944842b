"""Round 60 (helper h60a), on sentences written for these tests: a prefix and a noun before a role ('고소득 유튜버') is a
description, no name; a member of a kind of body ('조합원 X씨') belongs to the one body of that kind named before, as
its head would; an officer whose rank is glossed in brackets ('X 미주법인장(상무)') is at the firm the bare word 회사
points back to, never at the state whose governor the article quotes; a club's officer in a story of one club is its;
a paper issued in a head's name ('X 대표 명의의 사과문') ties the head to the sentence's topic body.

Each kind has its positive and its negative.
"""

from builder.rules import Context
from builder.rules.ko import person


def persons(body, title=None):
    found, _ = person.find(body, Context(None, title=title))
    return {p.name: p for p in found}


# -- a prefix and a noun before a role ----------------------------------------------------------------------------------
def test_a_prefixed_noun_before_a_role_is_no_person():
    found = persons("세무당국은 고소득 유튜버와 고액 자산가 40명을 조사한다고 밝혔다.")
    assert "고소득" not in found


def test_a_name_before_the_same_role_is_kept():
    found = persons("구독자 50만 명을 둔 고정민 유튜버는 \"영상마다 세금을 낸다\"고 말했다.")
    assert "고정민" in found and found["고정민"].title == "유튜버"


# -- a member of the one body of a kind ---------------------------------------------------------------------------------
MEMBER_STORY = ("누리마을2단지 재개발정비조합은 지난 3일 총회를 열고 계획안을 통과시켰다. "
                "반대하는 조합원도 적지 않았다. 조합원 진소래(72)씨는 \"분담금을 낼 돈이 없다\"고 말했다.")


def test_a_member_belongs_to_the_one_body_of_its_kind():
    found = persons(MEMBER_STORY)
    assert found["진소래"].title == "조합원"
    assert (found["진소래"].organization or "").endswith("재개발정비조합")


def test_a_member_with_no_body_of_its_kind_named_has_none():
    found = persons("재건축을 두고 주민 의견이 갈렸다. 조합원 진소래(72)씨는 \"분담금을 낼 돈이 없다\"고 말했다.")
    assert found["진소래"].organization is None


def test_a_member_after_the_branchs_kind_word_stays_with_the_branch():
    found = persons("전국화학노동조합 누리케미칼지부는 9일 임금협상 잠정합의안을 가결했다. "
                    "지부 조합원 채도윤(41)씨는 \"인상 폭이 아쉽다\"고 말했다.")
    assert found["채도윤"].organization and found["채도윤"].organization.endswith("누리케미칼지부")


# -- an officer's rank glossed after the post ---------------------------------------------------------------------------
OFFICER_STORY = ("라온셀텍이 미국 오하이오주에 공장을 짓는다.\n\n"
                 "라온셀텍은 8일 공장 기공식을 열었다고 밝혔다. 기공식에는 채민오 라온셀텍 대표와 그레고리 벤슨 오하이오주 "
                 "주지사가 참석했다.\n\n"
                 "벤슨 주지사는 \"좋은 일자리가 생길 것\"이라고 말했다. 오하이오주는 세금 감면을 제공하기로 했다.\n\n"
                 "회사 측은 새 공장에서 전력저장장치도 만들 계획이다. 여하비 미주법인장(상무)은 \"수요에 맞춰 늘리겠다\"고 말했다.")


def test_an_officer_glossed_with_a_rank_is_at_the_firm_the_bare_word_points_to():
    found = persons(OFFICER_STORY)
    assert found["여하비"].title == "미주법인장"
    assert found["여하비"].organization == "라온셀텍"


def test_a_post_glossed_with_no_officer_rank_takes_no_firm_from_the_bare_word():
    found = persons(OFFICER_STORY.replace("미주법인장(상무)", "미주법인장(54)"))
    assert found["여하비"].organization != "오하이오주"


# -- a club's officer in a story of one club ------------------------------------------------------------------------------
CLUB_HEADLINE = "반채율 레드팰컨스 감독 취임…\"뛰는 야구 하겠다\""
CLUB_STORY = ("프로야구 여울 레드팰컨스의 제9대 사령탑에 오른 반채율 감독이 취임식을 치렀다.\n"
              "레드팰컨스는 5일 여울체육관에서 반 감독의 취임식을 열었다. 이날 행사에는 탁경오 대표이사와 주장 석도담 등 "
              "선수단이 참석했다.\n"
              "반 감독은 현역 시절 레드팰컨스에서만 11시즌을 뛴 투수 출신이다.\n"
              "탁경오 대표이사는 \"팀을 가장 잘 아는 지도자\"라고 말했다.")


def test_a_clubs_officer_is_the_one_clubs_whatever_the_story_tells_of_moves():
    found = persons(CLUB_STORY, CLUB_HEADLINE)
    assert found["탁경오"].title == "대표이사"
    assert found["탁경오"].organization and "레드팰컨스" in found["탁경오"].organization


def test_a_clubs_officer_takes_no_club_when_the_story_ties_staff_to_two():
    two = CLUB_STORY.replace("주장 석도담 등 선수단이", "누리 팰컨스 주장 석도담 등이").replace(
        "반채율 감독이 취임식을", "반채율 감독이 누리 팰컨스 구자헌 감독 앞에서 취임식을")
    found = persons(two, CLUB_HEADLINE)
    assert found["탁경오"].organization is None


# -- a paper issued in the name of a body's head -------------------------------------------------------------------------
def test_a_paper_issued_in_a_heads_name_ties_the_head_to_the_topic_body():
    found = persons("한벌항공 여객기가 활주로에서 멈춰 섰다.\n"
                    "한벌항공은 차보겸 대표 명의의 사과문을 내고 \"깊이 사과드린다\"고 밝혔다.")
    assert found["차보겸"].organization == "한벌항공"


def test_a_thing_held_in_a_name_ties_no_one_to_the_topic():
    found = persons("검찰은 반지웅 회장 명의의 부동산 등 30억원을 동결했다.")
    assert found["반지웅"].organization is None
