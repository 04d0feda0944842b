"""Korean organisations of heads whose post names only a unit (a union's chair, a firm's division, a festival's
committee), of a party's spokespeople and ranked candidates, and of the body a headline opens with; on sentences
written for these tests, each kind with its negative."""

from builder.rules import Context
from builder.rules.ko import affiliation, membership, person
from builder.rules.model import Person


def persons(body, title=None):
    found, _ = person.find(body, Context(None, title=title))
    return {p.name: (p.title, p.organization) for p in found}


# -- 'X 노조위원장': the union the article names, never a '노조위원회' ---------------------------
def test_a_union_chair_is_of_the_union_the_article_names():
    found = persons("솔바람운수노동조합은 12일 파업 찬반투표 결과를 발표했다.\n"
                    "도하결(49) 노조위원장은 \"더는 물러서지 않겠다\"고 말했다.", "솔바람운수 노조 파업 가결")
    assert found["도하결"] == ("노조위원장", "솔바람운수노동조합")


def test_a_union_chair_with_no_union_named_has_no_body():
    found = persons("버스 기사들이 12일 파업 찬반투표를 벌였다.\n"
                    "도하결(49) 노조위원장은 \"더는 물러서지 않겠다\"고 말했다.", "버스 파업 가결")
    assert found["도하결"][1] is None


def test_a_union_chair_with_two_unions_named_has_no_body():
    assert affiliation.union_named("솔바람운수노동조합과 가람교통노조가 함께 파업했다.", "", set()) is None
    assert affiliation.union_named("솔바람운수노동조합은 파업했다. 노조는 물러서지 않았다.", "", set()) == "솔바람운수노동조합"


# -- '독립영화제' of '가람독립영화제': the tail of the one body's name --------------------------
def test_the_tail_of_a_bodys_name_is_the_same_body():
    assert affiliation.one_body({"솔바람독립영화제", "독립영화제"}) == "솔바람독립영화제"
    assert affiliation.one_body({"솔바람독립영화제", "가람국제영화제"}) is None


# -- '영업본부장 X' in a story about one firm: the firm, not its unit -----------------------------
def test_a_firm_unit_read_from_a_post_gives_way_to_the_articles_body():
    found = persons("누리백화점이 3분기 영업이익이 늘었다고 5일 밝혔다. 식품관 매출이 크게 뛰었다.\n"
                    "설명회에 나선 도윤결 영업본부장(상무)은 \"연말 대목을 기대한다\"고 말했다.",
                    "누리백화점, 3분기 영업익 늘어…\"식품관 효자\"")
    assert found["도윤결"] == ("영업본부장", "누리백화점")


def test_a_firm_unit_stays_when_the_article_is_about_no_one_body():
    found = persons("백화점들의 3분기 영업이익이 늘었다. 식품관 매출이 크게 뛰었다.\n"
                    "설명회에 나선 도윤결 영업본부장(상무)은 \"연말 대목을 기대한다\"고 말했다.",
                    "백화점 3분기 영업익 늘어…\"식품관 효자\"")
    assert found["도윤결"][1] != "누리백화점"


def test_a_public_office_read_from_a_post_is_no_firm_unit():
    holder = Person(name="도윤결", title="교통국장", organization="교통국")
    assert not membership.unit_of_post(holder)
    holder = Person(name="도윤결", title="디자인센터장", organization="디자인센터")
    assert membership.unit_of_post(holder)


# -- the headline opening with a body the lede makes its subject -------------------------------
def test_the_headlines_first_word_is_the_articles_body_when_the_lede_opens_with_it():
    lede = "여자프로배구 가람 솔개들이 에이스의 활약을 앞세워 3연승을 달렸다.\n솔개들은 29일 경기에서 이겼다.\n"
    assert membership.topic_of_article("솔개들 도하늘 30점 폭발…3연승", lede, set()) == "솔개들"


def test_the_headlines_first_word_is_no_body_when_the_lede_opens_otherwise():
    lede = "여자프로배구 가람 솔개들이 에이스의 활약을 앞세워 3연승을 달렸다.\n"
    assert membership.topic_of_article("에이스 30점 폭발…3연승", lede, set()) is None


# -- a party's spokespeople and a ranked candidate ----------------------------------------------
def test_a_partys_deputy_spokesperson_is_of_the_one_party_named():
    found = persons("누리미래당 전당대회에 9명이 등록했다.\n청년최고위원 경선에는 도하람 전 청년위원장과 "
                    "서윤결 부대변인이 나섰다.", "누리미래당 전당대회 3파전")
    assert found["서윤결"] == ("부대변인", "누리미래당")


def test_a_deputy_spokesperson_of_a_story_naming_two_parties_has_no_party():
    found = persons("누리미래당과 가람개혁당이 토론회를 열었다.\n서윤결 부대변인이 사회를 맡았다.", "토론회")
    assert found["서윤결"][1] is None


def test_a_candidate_ranked_second_is_of_the_one_party_named():
    found = persons("누리미래당은 18일 전당대회를 열고 도하람 후보가 52.3%를 얻어 당대표에 당선됐다고 밝혔다. "
                    "2위 서윤결 후보(31.8%)와는 20%포인트 넘게 차이가 났다.", "누리미래당 새 당대표에 도하람")
    assert found["서윤결"][1] == "누리미래당"


def test_a_ranked_candidate_of_a_story_naming_two_parties_has_no_party():
    found = persons("누리미래당과 가람개혁당 후보가 맞붙은 선거에서 도하람 후보가 52.3%를 얻어 당선됐다. "
                    "2위 서윤결 후보(31.8%)와는 20%포인트 넘게 차이가 났다.", "가람시장에 도하람")
    assert found["서윤결"][1] is None


def test_a_firm_unit_held_in_a_clause_gives_way_to_the_articles_body():
    found = persons("솔빛은행이 21일 본점에서 피해 배상안을 발표했다. 배상 비율은 최대 절반이다.\n"
                    "디지털금융그룹을 이끄는 도윤결 부행장은 \"고객 부담을 덜겠다\"고 말했다.", "솔빛은행, 피해 배상안 발표")
    assert found["도윤결"] == ("부행장", "솔빛은행")


def test_a_unit_held_by_someone_else_is_not_the_persons():
    holder = Person(name="도윤결", title="부행장", organization="디지털금융그룹")
    assert membership.unit_of_post(holder, "디지털금융그룹을 이끄는 도윤결 부행장은 말했다.")
    assert not membership.unit_of_post(holder, "디지털금융그룹은 도윤결 부행장이 새로 맡았다.")
