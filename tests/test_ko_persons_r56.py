"""Round 56, persons and organisations, on sentences written for these tests (invented names):

- the side of a player a match report names in a side's clause: the player's play the side rides on ('가람이 X의
  결승골을 앞세워', '누리는 7회말 X의 2점 홈런으로'), or the subject under the side's topic at a time of the match ('가람은 후반
  22분 X가'); never where the side concedes, nor past the word for the opponent;
- foreign given names Kiwi cuts into Korean pieces ('자비+네', '베티+나') or whose last syllable the tokens took for a
  particle ('잉+에', a Vietnamese family name '부+이'), before a foreign surname and a title.
"""

from builder.rules import Context
from builder.rules.ko import person


def persons(body, title=None):
    found, _ = person.find(body, Context(title))
    return {p.name: p for p in found if p.role != "reporter"}


MATCH = ("솔매 이글스가 선발 탁정후의 호투를 앞세워 4연승을 달렸다.\n\n"
         "솔매는 12일 안방에서 열린 경기에서 바람골 타이거즈를 5-2로 꺾었다.\n\n"
         "바람골은 8회초 남궁다원의 솔로 홈런으로 한 점을 따라붙었지만 거기까지였다.\n\n"
         "경기 뒤 봉치수 솔매 감독은 \"선발이 제 몫을 했다\"고 말했다. 국태산 바람골 감독은 \"타선이 아쉬웠다\"고 했다.")


def test_a_player_whose_play_the_side_rides_on_is_of_that_side():
    found = persons(MATCH)
    assert found["탁정후"].organization and found["탁정후"].organization.startswith("솔매")


def test_a_player_whose_homer_the_topic_side_scores_by_is_of_that_side():
    assert persons(MATCH)["남궁다원"].organization == "바람골"


def test_the_side_conceding_by_a_players_play_gives_him_no_side():
    body = MATCH.replace("한 점을 따라붙었지만 거기까지였다", "두 점을 내줬다")
    body = body.replace("바람골은 8회초 남궁다원의", "바람골은 8회초 남궁다원의")
    assert persons(body)["남궁다원"].organization is None


def test_a_subject_under_a_sides_topic_at_a_match_time_is_of_that_side():
    body = ("하늬FC는 15일 원정 경기에서 돌섬FC를 2-1로 이겼다.\n\n"
            "하늬FC는 후반 31분 모재헌이 머리로 역전골을 뽑았다.\n\n"
            "옥진구 하늬FC 감독은 \"끝까지 버텼다\"고 말했다. 설하진 돌섬FC 감독은 \"아쉽다\"고 했다.")
    assert persons(body)["모재헌"].organization == "하늬FC"


def test_no_side_past_the_word_for_the_opponent():
    body = ("하늬FC는 15일 원정 경기에서 돌섬FC를 2-1로 이겼다.\n\n"
            "하늬FC는 후반 31분 상대 수비수 모재헌이 걷어낸 공을 밀어 넣었다.\n\n"
            "옥진구 하늬FC 감독은 \"끝까지 버텼다\"고 말했다. 설하진 돌섬FC 감독은 \"아쉽다\"고 했다.")
    found = persons(body)
    assert "모재헌" not in found or found["모재헌"].organization != "하늬FC"


def test_no_side_for_a_subject_with_no_time_of_the_match_in_a_story_of_no_sport():
    body = "누리시는 지난달 도서관을 새로 열었다. 누리시는 주민 탁정후가 낸 기부금으로 책을 샀다고 밝혔다."
    found = persons(body)
    assert "탁정후" not in found or found["탁정후"].organization is None


def test_a_given_name_kiwi_cuts_into_a_noun_and_a_suffix_before_a_foreign_surname():
    found = persons("연방의회의 자비네 로트 의원은 이날 성명을 냈다.")
    assert "자비네 로트" in found and found["자비네 로트"].title == "의원"


def test_a_given_name_kiwi_reads_with_a_particle_after_a_connective_verb_form():
    found = persons("현지 언론에 따르면 베티나 베버 교수는 조사를 이끌었다.")
    assert "베티나 베버" in found


def test_a_given_name_whose_last_syllable_was_taken_for_a_particle():
    found = persons("빈 출신으로, 오스트리아의 잉에 레르히 씨는 \"처음 보는 광경\"이라고 말했다.")
    assert "잉에 레르히" in found


def test_a_vietnamese_family_name_whose_last_syllable_was_taken_for_a_particle():
    found = persons("공장에서 부이 반 꽝 씨는 야간 조로 일한다.")
    assert "부이 반 꽝" in found


def test_a_cut_word_before_a_korean_word_and_a_title_is_no_name():
    found = persons("현지 언론에 따르면 자비네 방앗간 사장은 문을 닫았다.")
    assert not any(name.startswith("자비네") for name in found)


def test_a_time_word_before_a_korean_name_and_honorific_is_no_vietnamese_name():
    found = persons("이날 오후 한 시 반 김 씨는 출근했다.")
    assert not any(" 반" in name or name.startswith("시 ") for name in found)


CARRIED = ("물결 스파이크스가 안방에서 산들 썬더스를 3-1로 꺾었다.\n\n"
           "산들은 서브 범실이 잦아 끌려다녔다.\n\n"
           "고아름은 양 팀 최다인 29점을 올렸다. 레프트 공격수 편세담이 14점을 거들었다.\n\n"
           "육태윤 물결 감독은 \"서브가 좋았다\"고 말했다. 채소담 산들 감독은 \"리시브가 흔들렸다\"고 했다.")


def test_a_player_named_after_a_sentence_on_a_player_of_a_side_is_of_that_side():
    body = CARRIED.replace("물결 스파이크스가 안방에서", "물결 스파이크스가 새 외국인 공격수 고아름의 활약을 앞세워 안방에서")
    found = persons(body)
    assert found["고아름"].organization and found["고아름"].organization.startswith("물결")
    assert found["편세담"].organization and found["편세담"].organization.startswith("물결")


def test_a_place_made_the_topic_before_a_players_post_sets_no_subject():
    body = ("물결 스파이크스가 고아름의 활약을 앞세워 안방에서 산들 썬더스를 3-1로 꺾었다.\n\n"
            "고아름은 양 팀 최다인 29점을 올렸다.\n\n"
            "후위에서는 리베로 편세담이 몸을 던졌다.\n\n"
            "육태윤 물결 감독은 \"서브가 좋았다\"고 말했다. 채소담 산들 감독은 \"리시브가 흔들렸다\"고 했다.")
    found = persons(body)
    assert found["편세담"].organization and found["편세담"].organization.startswith("물결")


def test_a_place_made_the_topic_before_a_word_that_is_no_post_carries_nothing():
    body = ("개막식 진행위원회는 배우 두 사람을 사회자로 정했다. 개막 상영작으로는 새내기 편세담 감독의 영화가 상영됐다.")
    found = persons(body)
    assert "편세담" not in found or found["편세담"].organization is None


def test_a_vietnamese_name_after_the_word_saying_where_the_person_is_from():
    found = persons("하이퐁 출신 부이 반 꽝 씨는 야간 조로 일한다.")
    assert "부이 반 꽝" in found and "부이" not in found
