"""Korean organisations of group members named by their part or counted in a list, of a party's chapter and
convention posts, of a board-game player's grade, and of a club written after words saying what it is; on sentences
written for these tests, each kind with its negative."""

from builder.rules import Context
from builder.rules.ko import affiliation, membership, person
from builder.rules.model import Person

SHOWCASE = "그룹 별무리(BYULMURI)가 첫 정규앨범을 냈다.\n별무리는 7일 서울에서 쇼케이스를 열었다.\n"


def persons(body, title=None):
    found, _ = person.find(body, Context(None, title=title))
    return {p.name: (p.title, p.organization) for p in found}


# -- a member's part in the group ('메인보컬 X', '막내 X') ---------------------------------------
def test_a_part_in_the_introduced_group_is_a_member_of_it():
    found = persons(SHOWCASE + "메인보컬 도하람은 \"다시 불렀다\"고 털어놨다. 막내 유세온은 눈시울을 붉혔다.", "별무리, 첫 정규앨범")
    assert found["도하람"] == ("메인보컬", "별무리")
    assert found["유세온"] == ("막내", "별무리")


def test_a_part_with_no_group_introduced_is_no_ones():
    found = persons("가수 도하람은 새 앨범을 냈다. 메인보컬 유세온은 \"다시 불렀다\"고 했다. 막내 김하늘은 눈시울을 붉혔다.")
    assert found["유세온"][1] is None and found["김하늘"][1] is None


# -- 'A, B, C, D 네 멤버가': a list closed by the count of members ------------------------------
def test_names_listed_before_a_count_of_members_are_the_groups():
    found = persons(SHOWCASE + "이날 하람, 도윤, 세온, 류아 네 멤버가 함께 노래했다.\n리더 하람은 \"고맙다\"고 말했다.",
                    "별무리, 첫 정규앨범")
    assert found["도윤"][1] == "별무리"


def test_names_listed_with_no_count_of_members_are_no_ones():
    found = persons(SHOWCASE + "이날 무대에는 하람, 도윤, 세온, 류아 등이 올랐다.\n리더 하람은 \"고맙다\"고 말했다.",
                    "별무리, 첫 정규앨범")
    assert found["도윤"][1] is None


def test_a_count_read_as_a_body_gives_way_to_the_group():
    body = "그룹 별무리가 돌아왔다. 멤버 두 명인 김세온과 표도윤은 불참했다."
    counted = Person("김세온", title="멤버", organization="두", first_offset=body.index("김세온"))
    affiliation.resolve([counted], [], body, Context(None))
    assert counted.organization == "별무리"


def test_a_real_name_glossed_after_a_stage_name_is_of_the_same_group():
    found = persons("그룹 별무리 멤버 하람(본명 김하람), 도윤(본명 서도윤)이 소속사에 계약 해지를 통보했다.")
    assert found["서도윤"][1] == "별무리"


def test_a_real_name_glossed_after_a_name_of_no_body_has_none():
    found = persons("가수 하람(본명 김하람)이 새 앨범을 냈다. 도윤(본명 서도윤)도 참여했다.")
    assert found["서도윤"][1] is None


# -- a party's chapter and convention -----------------------------------------------------------
def test_a_chapter_chair_and_a_convention_post_are_the_partys():
    found = persons("새빛당은 18일 전당대회를 열었다. 최고위원에는 가도윤 의원과 나세온 가람시당위원장이 뽑혔다. "
                    "전당대회 선거관리위원장인 마류아 의원은 결과를 발표했다.")
    assert found["나세온"] == ("가람시당위원장", "새빛당")
    assert found["마류아"] == ("의원", "새빛당")


def test_a_chapter_chair_with_no_party_named_keeps_the_chapter():
    found = persons("나세온 가람시당위원장은 이날 시청 앞에서 기자회견을 열었다.")
    assert found["나세온"][1] == "가람시당위원회"


def test_a_regional_bloc_is_no_body():
    body = "같은 충청권의 김도윤 의원도 출마를 저울질하고 있다."
    bloc = Person("김도윤", title="의원", organization="충청권", first_offset=body.index("김도윤"))
    council = Person("김도윤", title="의원", organization="가람시의회", first_offset=body.index("김도윤"))
    membership.resolve([bloc], [], body, Context(None))
    membership.resolve([council], [], body, Context(None))
    assert bloc.organization is None
    assert council.organization == "가람시의회"


# -- a board-game player's grade ------------------------------------------------------------------
def test_the_country_before_a_graded_player_is_no_body():
    found = persons("가도윤 9단이 중국의 리하오란 9단을 꺾었다. 한국은 이번 대회에서 중국에 앞섰다.")
    assert found["리하오란"] == ("9단", None)


def test_the_country_of_a_coach_set_against_another_stays():
    found = persons("중국의 리하오란 감독은 \"졌다\"고 말했다. 중국은 이번 대회에서 한국에 앞섰다.")
    assert found["리하오란"] == ("감독", "중국")


# -- a club written after words saying what it is, the lede's fuller name, a bare '구단' -------------
def test_a_subject_after_words_saying_what_it_is_is_a_known_body():
    text = "프로축구 K리그1 누리FC가 파블로 로페스 감독을 경질했다."
    assert membership.described_topic(text, {"누리FC"}, set()) == "누리FC"
    assert membership.described_topic(text, set(), set()) is None  # a body the article ties no one to
    assert membership.described_topic("지난 시즌 우승팀 도윤이 다시 나섰다.", {"도윤"}, {"도윤"}) is None  # a person


def test_the_coach_a_described_club_dismisses_is_its():
    found = persons("프로축구 K리그1 누리FC가 개막 9경기에서 1승에 그친 책임을 물어 파블로 로페스(51·스페인) 감독을 경질했다.\n"
                    "누리FC 나도윤 단장은 \"아쉽다\"고 말했다.", "누리FC, 로페스 감독 경질")
    assert found["파블로 로페스"] == ("감독", "누리FC")


def test_the_lede_may_write_the_headlines_body_in_full():
    lede = "NR 호크스가 내야수 옥도윤(30)을 붙잡았다."
    assert membership.topic_of_article("NR, FA 내야수 계약", lede, set(), frozenset({"NR"})) == "NR"
    assert membership.topic_of_article("NR, FA 내야수 계약", lede, set()) is None  # no one of the article is NR's


def test_a_bare_club_word_is_the_club_the_story_is_about():
    found = persons("프로축구 K리그1 누리FC가 배도윤(52) 감독과 결별했다.\n누리FC는 12일 구단 공식 채널을 통해 결별을 발표했다.\n"
                    "구단 대표이사인 표하람 사장은 \"어려운 결정이었다\"고 말했다.", "누리FC, 배도윤 감독과 결별")
    assert found["표하람"] == ("사장", "누리FC")
