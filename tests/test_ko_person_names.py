"""Korean persons nobody titled, found by what the word does in its sentence (clause.py and
Finder.predicated_names and its neighbours), on sentences written for these tests.

Each kind has its negative: a firm, a place, a team or a common noun in the same position must
not become a person.
"""

import pytest

from builder.rules import Context
from builder.rules.ko import clause, morph, person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p.found_by for p in found}


# -- reading the sentence ----------------------------------------------------------------------
@pytest.mark.parametrize("text, lemma", [
    ("그는 지난해 결혼했다.", "결혼"),
    ("그는 공항에서 체포됐다.", "체포되"),
    ("그는 후반에 골을 넣었다.", "골 넣"),
    ("그녀는 어젯밤 숨졌다.", "숨지"),
])
def test_predicates_are_read_as_lemmas(text, lemma):
    assert lemma in clause.predicates(morph.morphs_in(text, 0, len(text)))


def test_an_active_arrest_is_not_a_passive_one():
    text = "경찰은 용의자를 체포했다."
    found = clause.predicates(morph.morphs_in(text, 0, len(text)))
    assert "체포" in found and "체포되" not in found


def test_the_own_clause_stops_at_the_next_subject():
    text = "베서니는 남편이 잠든 사이 세상을 떠났다고 말했다."
    start = text.index("는") + 1
    own = clause.own_clause(clause.rest_of_sentence(text, start))
    assert [m.form for m in own][-1] == "남편"


def test_quotations_are_left_out_of_the_sentence():
    text = '그는 "아들을 낳았다"고 전했다.'
    rest = clause.rest_of_sentence(text, text.index("는") + 1)
    assert "낳" not in clause.predicates(rest)


def test_the_complement_of_a_copula():
    text = "로저스는 미국 출신의 기업인이다."
    assert clause.complement(clause.rest_of_sentence(text, text.index("는") + 1)) == "기업인"


# -- a particle only people take ---------------------------------------------------------------
def test_a_person_particle_makes_a_person():
    assert persons("어제 경기에서 로드리게스에게 홈런을 맞았다.") == {"로드리게스": "person_particle"}


def test_a_place_the_article_uses_as_a_place_is_not_a_person():
    body = "행사는 그린빌에서 열렸다. 주최 측은 그린빌에게 감사를 전했다."
    assert "그린빌" not in persons(body)


# -- a predicate only people do ----------------------------------------------------------------
def test_the_subject_of_a_person_predicate_is_a_person():
    assert persons("브리트니는 지난달 아들을 출산했다.") == {"브리트니": "predicate"}


@pytest.mark.parametrize("text, name", [
    ("모해준은 검문을 피해 도주했지만 결국 붙잡혔다.", "모해준"),  # flight and capture: a person's
    ("사승도는 2사 후 상대 선발의 직구를 받아쳤다.", "사승도"),  # a batter's swing; 도 ends places too
])
def test_the_subject_of_what_only_a_person_does_in_a_game_or_a_chase(text, name):
    assert persons(text).get(name) == "predicate"


@pytest.mark.parametrize("text", [
    "한빛맥주는 고의성을 부인했다.",  # '부인' here is denial, not a wife
    "성서경찰서는 용의자를 체포했다.",  # the police arrest; the arrested are the persons
    "한빛전자는 지난해 신제품을 공개했다.",  # firms present products
])
def test_firms_doing_what_firms_do_are_not_persons(text):
    assert persons(text) == {}


def test_a_topic_said_to_be_a_person_is_a_person():
    assert persons("로저스는 미국 출신의 기업인이다.") == {"로저스": "predicate"}
    assert persons("에어비앤비는 숙박 공유 기업이다.") == {}


# -- a noun only people have -------------------------------------------------------------------
def test_a_spouse_makes_a_person():
    assert persons("마르티네스의 아내는 그 소식을 듣고 울었다.") == {"마르티네스": "kin_noun"}
    assert persons("파리의 모습은 크게 달라졌다.") == {}


# -- a role before it, a title only people hold after it -------------------------------------
def test_an_occupation_before_a_stage_name():
    assert persons("가수 레오나(본명 김하나)의 신곡이 나왔다.").get("레오나") == "occupation"


def test_a_foreign_word_before_a_personal_title():
    assert persons("존슨 할아버지는 110년을 살았다.") == {"존슨": "personal_title"}
    assert persons("사우디아라비아 시장 진출 계획을 세웠다.") == {}


def test_a_leader_after_an_adverb():
    assert persons("또 하르트만 총리가 난민 문제를 거론했다.") == {"하르트만": "leader_surname_title"}


# -- joined to a person, glossed after one ---------------------------------------------------
def test_joined_to_a_person_by_wa():
    assert persons("박지훈 씨와 루세트가 함께 공원을 걸었다.").get("루세트") == "joined_to_person"
    assert persons("김하늘 교수와 로페즈가 함께 연구했다.").get("로페즈") == "joined_to_person"
    assert "서울시" not in persons("박지훈 씨와 서울시가 협약을 맺었다.")


def test_a_name_glossed_after_a_person():
    assert "송지헌" in persons("강도윤 중위(송지헌)와 한서윤 팀장이 만났다.")
    assert "더불어민주당" not in persons("한지윤(더불어민주당) 의원은 말했다.")


def test_a_stage_name_with_an_age_is_glossed():
    found = persons("걸그룹 멤버 정유나(미르·25) 씨가 글을 남겼다.")
    assert found.get("미르") == "glossed_name"


# -- foreign given names -----------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("올리비아 하퍼는 지난 5월 무대에 섰다.", "올리비아 하퍼"),
    ("재스민 윤은 28일 공연을 열었다.", "재스민 윤"),
    ("딕 하딩은 지난해까지 회사를 이끌었다.", "딕 하딩"),
    ("토니 리는 3차 연장에서 버디를 잡았다.", "토니 리"),
])
def test_a_common_given_name_starts_a_foreign_name(text, name):
    assert persons(text).get(name) == "given_name"


def test_a_city_and_a_plural_is_a_team():
    body = "지난 13일 휴스턴 팰컨스와 덴버 레이븐스의 경기가 열렸다."
    assert persons(body) == {}


# -- Kiwi's guesses ----------------------------------------------------------------------------
def test_a_name_kiwi_guessed_with_its_particle():
    assert "오채린" in persons("배우 오채린이 소송에서 패소했다.")


# -- what the clause before it says of it ------------------------------------------------------
def test_a_modifying_clause_with_a_person_predicate():
    assert persons("지난해 결혼한 하니는 최근 새 앨범을 냈다.") == {"하니": "predicate"}
    assert persons("최근 새 앨범을 낸 하니는 무대에 섰다.") == {}  # labels release albums too


def test_a_modifying_clause_with_its_own_subject_says_nothing_of_the_word():
    assert persons("각국 정상이 참석하는 한중일 정상회의가 열렸다.") == {}


def test_a_relative_before_a_name():
    assert persons("그녀는 지난 3월 아들 루카스를 낳았다.").get("루카스") == "kin_noun"


# -- a player's plays, a country's doings, one honorific for a list ---------------------------
def test_a_players_play_makes_a_person():
    assert persons("후반 12분 벨로시의 왼발 크로스가 골문을 갈랐다.").get("벨로시") == "kin_noun"


def test_a_country_scoring_is_not_a_person():
    assert "아르헨티나" not in persons("아르헨티나는 후반 12분 골을 넣었다.")


def test_one_honorific_after_a_list_of_given_names():
    found = persons("밴드는 서윤, 하은, 지아, 다인 씨로 구성됐다.")
    assert {"서윤", "하은", "지아", "다인"} <= set(found)
    assert "사과" not in persons("그는 사과, 배를 샀다고 다인 씨가 말했다.")


def test_an_incorporated_firm_is_not_a_person():
    assert persons("정씨는 (주)플로섬한테 건물을 임대받았다.").get("플로섬") is None


def test_a_given_name_with_a_middle_initial():
    assert persons("또 조지 T. 하퍼 전 대사 부부도 케냐로 향한다.").get("조지 T. 하퍼") == "given_name"


def test_names_written_apart_share_the_title_after_them():
    found = persons("한도윤 오태경 정민호 전 국무총리가 지지를 선언했다.")
    assert {"한도윤", "오태경", "정민호"} <= set(found)
    assert "서울" not in persons("서울 정민호 전 국무총리가 지지를 선언했다.")


def test_a_title_before_a_word_with_a_particle_is_the_name_before_it():
    assert "오태경" in persons("행정안전부는 오태경 1차관 주재로 회의를 열었다.")


def test_joined_in_a_marriage():
    found = persons("배우 한서아가 오태구와의 결혼 문제로 누리꾼들을 고소했다.")
    assert found.get("오태구") == "predicate"
    assert "한국" not in persons("일본은 한국과의 교역을 늘렸다.")


def test_a_foreign_name_ending_like_an_island_takes_a_person_particle():
    assert persons("선발 투수는 5회 리카르도에게 2루타를 허용했다.").get("리카르도") == "person_particle"
    assert persons("그것은 덕수궁에게는 불행의 시작이었다.") == {}


def test_a_surname_with_its_honorific_is_not_a_new_name():
    assert "김씨" not in persons("김씨는 지난해 결혼했다.")


@pytest.mark.parametrize("body, firm", [
    ("한빛소프트는 22일 새 게임을 선보였다.", "한빛소프트"),
    ("라온전자가 태풍으로 큰 피해를 입었다.", "라온전자"),
    ("누리텍은 해외 시장 진출을 기도했다.", "누리텍"),
    ("김민수 대표는 가온이 \"시장을 지배하고 있다\"고 말했다.", "가온"),
])
def test_what_firms_do_too_makes_no_person(body, firm):
    assert firm not in persons(body)


def test_a_word_of_a_full_name_found_before_is_no_second_person():
    body = "3번 타자 케빈 하워드는 홈런을 쳤다. 케빈은 경기 뒤 활짝 웃었다."
    assert "케빈 하워드" in persons(body) and "케빈" not in persons(body)


def test_a_list_item_may_carry_a_group_before_the_name_or_a_title_after_it():
    found = persons("하객으로는 배우 한지운, 오세린, 정다겸 감독, 블루웨이브 리안과 시온, 문태오 등이 참석했다.")
    assert found.get("리안") == "list_of_persons"
    assert found.get("시온") == "joined_to_person"
    assert "블루웨이브" not in found


def test_a_longer_phrase_after_a_list_is_no_list_item():
    found = persons("하객으로는 한지운, 오세린, 정다겸 감독, 대한 무용협회 회원들이 참석했다.")
    assert {"대한", "무용협회", "회원"}.isdisjoint(found)



def test_a_foreign_given_name_and_a_common_word_before_a_title_are_one_name():
    assert persons("미국 한 대학의 로버트 파이 박사는 새 연구 결과를 발표했다.").get("로버트 파이") == "given_name"
    assert "케이트 김은" not in persons("케이트 김은 심사위원 점수로 1위에 올랐다.")


def test_a_foreign_given_name_kiwi_splits_is_still_a_given_name():
    assert "아리아나 벨스키" in persons("참가자는 빠른 템포가 특징인 아리아나 벨스키의 곡을 골랐다.")


def test_a_name_glossed_before_its_honorific():
    found = persons("이에 따라 인질 사토 겐지(佐藤健二·47) 씨의 석방을 요구했다.")
    assert found.get("사토 겐지") == "name_ssi"
    assert not any(name.startswith("인질") for name in found)


@pytest.mark.parametrize("body, place", [
    ("그 당시 화천군 송덕리는 마을 전체가 격리됐다.", "송덕리"),
    ("북한은 평안남도 온천군 장산리 발사장에서 로켓을 쐈다.", "장산리"),
    ("차량은 강서구 올림픽대로 갓길에서 발견됐다.", "강서구"),
])
def test_a_unit_of_an_address_is_no_name(body, place):
    assert place not in persons(body)


def test_a_name_ending_like_a_place_beside_a_title_is_still_a_name():
    assert "조영동" in persons("이날 행사에는 조영동 마포구청장이 참석했다.")


def test_a_proper_noun_glossed_with_its_club_and_taking_a_particle_is_a_person():
    found = persons("후반 30분 마르티노(FC포르투)가 올린 크로스를 동료가 머리로 받아 넣었다.")
    assert found.get("마르티노") == "glossed_name"


def test_the_last_word_of_a_team_glossed_with_its_country_is_no_person():
    found = persons("이번 대회에는 요미우리 자이언츠(일본)를 비롯해 6개 팀이 참가했다.")
    assert "이글스" not in found and "골든 이글스" not in found


def test_a_group_before_a_listed_name_is_its_organisation_and_its_partners():
    body = "하객으로는 배우 한지운, 오세린, 정다겸 감독, 블루웨이브 리안과 시온, 문태오 등이 참석했다."
    found = {p.name: p.organization for p in person.find(body, Context(published=None))[0]}
    assert found["리안"] == "블루웨이브" and found["시온"] == "블루웨이브"
    assert found["오세린"] is None


# -- a ceremony or a meeting is held; a person never is ------------------------------------------------
@pytest.mark.parametrize("body, word", [
    ("사제 서품식이 다음 달 2일 누리성당에서 거행된다.", "서품식"),
    ("인수합병 서명식은 양사 대표의 인사말로 진행됐으며 임직원 50여 명이 지켜봤다.", "서명식"),
    ("지역 인사회는 매년 1월 누리시청에서 열린다.", "인사회"),
])
def test_the_subject_of_a_verb_of_holding_is_no_person(body, word):
    assert word not in persons(body)


def test_a_person_before_a_held_meeting_is_still_a_person():
    assert "금하별" in persons("금하별은 지난 3일 열린 회의에서 \"서두르겠다\"고 말했다.")


# -- 'which is a …': a common noun with the copula's modifier before a body is no name ----------------
@pytest.mark.parametrize("body", [
    "보이스피싱 피해자 모임인 사단법인 새날의 변아솔 대표는 \"환수가 먼저\"라고 말했다.",
    "산재 유가족 모임인 누리함께의 변아솔 대표는 \"진상 규명이 먼저\"라고 말했다.",
])
def test_a_noun_with_the_copula_modifier_is_no_name(body):
    found = persons(body)
    assert "모임인" not in found and "변아솔" in found


def test_a_name_ending_in_in_after_a_relation_is_still_a_name():
    assert "채다은" in persons("그의 팀 동료인 채다은이 사진을 올렸다.")


def test_a_person_before_another_subjects_held_event_keeps_the_title():
    found, _ = person.find("가수 겸 배우 한도율과 배우 이다솜이 화촉을 밝힌 가운데, 비공개 예식이 진행됐다.", Context(None))
    assert {p.name: p.title for p in found}.get("이다솜") == "배우"


# -- a given name that is a word for a person ('소령', '수석'), glued to its surname ----------------
def titled(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


@pytest.mark.parametrize("body, name, title, org", [
    ("근로자위원 측 간사인 탁중위 누리솔노동연대 부위원장은 기자들과 만나 이렇게 말했다.", "탁중위", "부위원장", "누리솔노동연대"),
    ("노조 간사인 탁경위 부위원장은 퇴장 직후 말했다.", "탁경위", "부위원장", "노조"),
    ("구명인 씨는 이날 법정에 나와 증언했다.", "구명인", None, None),
])
def test_a_surname_glued_to_a_rank_before_a_title_is_a_name(body, name, title, org):
    assert titled(body).get(name) == (title, org)


@pytest.mark.parametrize("body, word", [
    ("탁 중위는 부대로 복귀했다.", "탁중위"),
    ("여교사 부장은 학교를 떠났다.", "여교사"),
    ("이사장 직무대행은 회의를 열었다.", "이사장"),
    ("박사무장 일행은 공항에 내렸다.", "박사무장"),
])
def test_a_surname_and_a_rank_without_a_title_after_is_no_name(body, word):
    assert word not in titled(body)


# -- a pen or stage name that is a common word, framed by its occupation ---------------------------
@pytest.mark.parametrize("body, name, title", [
    ("원작자인 그림책 작가 바람개비도 영상 메시지를 보냈다. 바람개비 작가는 \"신기하다\"고 했다.", "바람개비", "그림책 작가"),
    ("가수 조약돌은 이날 무대에 섰다. 조약돌 씨는 \"고맙다\"고 말했다.", "조약돌", "가수"),
    ("같은 그룹 멤버 모래알이 응원했다. 모래알 멤버는 눈물을 보였다.", "모래알", "멤버"),
])
def test_a_common_word_after_and_before_its_occupation_is_a_name(body, name, title):
    assert titled(body).get(name, (None,))[0] == title


@pytest.mark.parametrize("body, word", [
    ("그림책 작가 바람개비도 영상 메시지를 보냈다.", "바람개비"),  # once, after the occupation only
    ("배우 출신 정치인이 늘었다. 출신 배우들은 말을 아꼈다.", "출신"),
    ("가수 겨울잠은 길었다. 겨울잠 가수들이 돌아왔다.", "겨울잠"),  # a plural: a kind of singer, no name
])
def test_a_word_framed_once_or_by_a_plural_is_no_name(body, word):
    assert word not in titled(body)


def test_a_two_syllable_occupation_the_tokens_split_is_still_one():
    assert titled("작가 위서담은 새 책을 냈다.").get("위서담") == ("작가", None)
    assert titled("화가 옥채운은 전시회를 열었다.").get("옥채운") == ("화가", None)
    assert titled("화가 나서 옥채운은 자리를 떴다.").get("옥채운", (None,))[0] != "화가"


def test_a_name_with_a_particle_is_cut_where_it_stands_alone_before_a_title():
    found = titled("웹툰 작가 탁서우도 메시지를 보냈다. 탁서우 작가는 \"기쁘다\"고 했다.")
    assert found.get("탁서우") == ("웹툰 작가", None)
    body = "웹툰 작가 마루결도 메시지를 보냈다. 마루결 작가는 \"기쁘다\"고 했다."
    assert "마루결도" not in titled(body)


# -- headlines of other stories under the body ---------------------------------------------------
@pytest.mark.parametrize("heading", ["실시간 인기 연예", "많이 본 뉴스", "관련 기사", "오늘의 화제"])
def test_nobody_is_found_in_a_box_of_headlines(heading):
    body = f"가수 옥채운은 무대에 섰다.\n{heading}\n배우 위서담 결혼 발표\n가수 탁서우, 데뷔 10주년 콘서트 매진"
    found = titled(body)
    assert "옥채운" in found and "위서담" not in found and "탁서우" not in found and "데뷔" not in found


def test_short_lines_without_a_box_heading_keep_their_persons():
    body = "누리솔재단은 인사를 냈다.\n◇ 승진\n▲ 사무국장 위서담\n▲ 기획팀장 탁서우"
    found = titled(body)
    assert "위서담" in found and "탁서우" in found


def test_a_box_heading_word_in_a_sentence_opens_no_box():
    body = "인기 가수 옥채운은 무대에 섰다.\n배우 위서담은 \"기쁘다\"고 말했다."
    assert "위서담" in titled(body)


def test_a_count_after_a_list_item_ends_the_list():
    assert "데뷔" not in titled("가수 탁서우, 데뷔 10주년 단독 콘서트를 연다.")


# -- what stands before or after a name and is no part of its title ------------------------------
def test_a_part_taken_for_the_day_leaves_the_grade_after_the_name():
    assert titled("이날 해설을 맡은 옥채운 8단은 \"놀라운 수\"라고 말했다.")["옥채운"][0] == "8단"
    assert titled("해설위원 옥채운 7단은 \"놀라운 수\"라고 말했다.")["옥채운"][0] == "해설위원"


@pytest.mark.parametrize("body, title", [
    ("승부를 가른 건 미드 라이너 '번개' 위서담(20)이었다. 위서담은 MVP에 뽑혔다.", "미드 라이너"),
    ("결승 MVP는 정글러 '제로' 위서담이었다.", "정글러"),
])
def test_the_position_before_a_nickname_is_the_title_of_the_name_after_it(body, title):
    found = titled(body)
    assert found["위서담"][0] == title and "라이너" not in found


def test_a_surname_and_a_title_where_something_is_done_is_a_place():
    assert "이 의원" not in titled("이 의원에서 독감 주사를 맞은 옥채운(71)씨는 \"든든하다\"고 말했다.")
    assert "탁 의원" in titled("탁 의원은 \"다시 살피겠다\"고 말했다. 탁 의원에 따르면 예산은 늘었다.")


def test_a_count_of_things_between_a_word_and_a_title_is_no_body():
    assert titled("지부에는 마루결 3개 선석 조합원 870여 명이 가입했다.") == {}
    assert titled("지부에는 위서담 누리솔항운 조합원이 속해 있다.").get("위서담") == ("조합원", "누리솔항운")


def test_an_unknown_noun_once_as_an_object_in_speech_is_no_name():
    assert titled("선사 측은 \"노선 두 곳은 물너울항으로 기항지를 옮기는 안을 살피고 있다\"고 전했다.") == {}


# -- a Chinese name in Hangul with a pinyin syllable spelled in two ('하오', '웨이') ----------------------
@pytest.mark.parametrize("body, name, title", [
    ("탁서우는 결승에서 중국의 왕하오천(24) 9단에게 반집을 졌다. 왕하오천은 웃었다.", "왕하오천", "9단"),
    ("중국 상무부 쑨웨이린 대변인은 \"유감\"이라고 밝혔다.", "쑨웨이린", "대변인"),
])
def test_a_chinese_name_with_a_two_syllable_pinyin_unit(body, name, title):
    assert titled(body).get(name, (None,))[0] == title


def test_a_korean_word_with_such_syllables_and_no_title_is_no_chinese_name():
    assert titled("가게 앞에 하오하오 간판이 걸렸다.") == {}


def test_a_title_the_table_glues_spelled_apart_is_no_two_word_name():
    found = titled("우승의 주역은 브라질 출신 아포짓 스파이커 카밀라 소우자(27)였다. 소우자는 34점을 올렸다.")
    assert "아포짓 스파이커" not in found and found["카밀라 소우자"][0] == "아포짓 스파이커"


# -- a temple's or a church's lay title after the name ---------------------------------------------------
@pytest.mark.parametrize("body, title", [
    ("등을 만든 가온사 신도회 옥순덕(78) 보살은 \"손이 아프다\"며 웃었다.", "보살"),
    ("가온교회 옥순덕 집사는 \"함께 기도했다\"고 말했다.", "집사"),
])
def test_a_lay_religious_title_after_the_name_is_its_title(body, title):
    assert titled(body)["옥순덕"][0] == title


def test_a_bodhisattva_in_a_compound_is_no_person():
    assert titled("관세음보살을 모신 법당에서 기도회가 열렸다.") == {}


# -- a loanword's syllable ('앱', '웹') is in no Korean given name -----------------------------------------
def test_a_word_ending_in_app_before_an_occupation_is_no_name():
    assert titled("대리운전 호출앱 대리기사도 근로자라는 판단이 나왔다.") == {}
    assert titled("누리콜 호출앱 대리기사 옥순덕 씨는 \"환영한다\"고 말했다.").get("옥순덕", (None,))[0] == "대리기사"


def test_a_noun_and_its_suffix_after_an_occupation_is_no_name():
    assert "최고가" not in titled("그림은 34억원에 팔려 작가 최고가를 새로 썼다. 종전 작가 최고가는 19억원이었다.")


def test_a_name_kiwi_reads_as_a_proper_noun_after_an_occupation_stays():
    assert titled("가수 겸 배우 위서담은 '별빛'을 불렀다.").get("위서담", (None,))[0] == "가수 겸 배우"


# -- round 21: names the rules cut or glued -----------------------------------------------------------
def titled(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


@pytest.mark.parametrize("body, name, title, org", [
    # a surname and two syllables ending in 률, the first two no word ('취업률' is a rate, '위하률' a name)
    ("위하률 대한치과협회 회장은 29일 기자회견을 열었다.", "위하률", "회장", "대한치과협회"),
    ("변소율 누리전자 대표는 29일 기자회견을 열었다.", "변소율", "대표", "누리전자"),
    # a compound surname Kiwi cuts into pieces, before a body and a post, quote first or not
    ("\"한 해를 잃을까 걱정\"이라고 남궁도하 담솔대 학장은 말했다.", "남궁도하", "학장", "담솔대"),
    ("제갈서온 담솔대 총장은 29일 말했다.", "제갈서온", "총장", "담솔대"),
])
def test_a_name_kiwi_misreads_before_a_body_and_a_post(body, name, title, org):
    assert titled(body) == {name: (title, org)}


@pytest.mark.parametrize("body", [
    "청년 취업률 집계는 29일 발표됐다.", "올해 고용률 상승은 둔화됐다.",
    "서문 작성자는 밝히지 않았다.",  # a compound surname that is also a word
])
def test_a_rate_or_a_word_shaped_so_is_no_name(body):
    assert titled(body) == {}


@pytest.mark.parametrize("body, name", [
    ("배송팀에서 일해 온 소예담(34)씨는 \"통보를 받았다\"고 말했다.", "소예담"),  # 오/VX ᆫ/ETM: the verb's modifier
    ("공장에서 일한 응우옌 반 안(29)씨는 말했다.", "응우옌 반 안"),
    ("베트남 국적 선원 쩐 반 꾸엉(31)씨는 말했다.", "쩐 반 꾸엉"),  # '반' is the name's, no modifier
])
def test_a_modifier_before_an_aged_name_is_no_word_of_it(body, name):
    assert set(titled(body)) == {name}


@pytest.mark.parametrize("body, name", [
    ("한편 구단은 내야수 추하진(28), 외야수 라미한(25)과도 협상을 이어 가고 있다.", "라미한"),  # 과 after a closed syllable
    ("구단은 외야수 서유나와는 계약하지 않았다.", "서유나"),  # 와 after an open one
])
def test_a_comitative_and_a_second_particle_leave_the_name(body, name):
    assert name in titled(body) and not any(n.endswith(("과", "와")) for n in titled(body))


@pytest.mark.parametrize("body", ["동네 정형외과도 문을 닫았다.", "대학 사회학과는 정원을 줄였다."])
def test_a_department_ending_in_gwa_is_no_name_and_comitative(body):
    assert titled(body) == {}  # 과 after an open syllable ('외과') is no comitative; '사회학' is no name


@pytest.mark.parametrize("body, name", [
    ("외국인 투수 라이언 헤일스워스도 올겨울 계약했다.", "라이언 헤일스워스"),  # five syllables, a Korean-shaped given name
    ("외국인 투수 데릭 하웰도 올겨울 계약했다.", "데릭 하웰"),
])
def test_a_foreign_name_with_a_korean_shaped_given_name_stays_whole(body, name):
    assert set(titled(body)) == {name}


@pytest.mark.parametrize("body, name, title, org", [
    ("누리대 화학과 추하진 교수팀은 새 촉매를 개발했다.", "추하진", "교수", "누리대 화학과"),  # the team the holder leads
    ("누리대 화학과 추하진 교수연구팀은 새 촉매를 개발했다.", "추하진", "교수", "누리대 화학과"),
    ("연구팀이 누리대 신소재공학과 추하진 교수팀, 담솔대 변소율 교수팀과 함께 개발했다.", "변소율", "교수", "담솔대"),
])
def test_a_title_glued_to_the_team_it_leads_titles_the_name(body, name, title, org):
    assert titled(body)[name] == (title, org)


@pytest.mark.parametrize("body", ["누리전자 감사팀은 회계 자료를 넘겼다.", "누리전자 홍보팀은 입장을 냈다."])
def test_a_team_with_no_name_before_it_is_no_one(body):
    assert titled(body) == {}


@pytest.mark.parametrize("body, members, group", [
    ("보이그룹 담솔별(시엘, 채루, 파르엔, 엘루)은 20일 기자간담회를 열었다. 엘루는 \"떨린다\"고 했다.",
     {"시엘", "채루", "파르엔", "엘루"}, "담솔별"),
    ("담솔별 멤버 시엘은 \"떨린다\"고 했다. 담솔별(시엘, 채루, 엘루)은 20일 간담회를 열었다.",
     {"시엘", "채루", "엘루"}, "담솔별"),  # the group named with a member, not after its kind
])
def test_a_bracketed_member_list_names_the_group_s_members(body, members, group):
    found = titled(body)
    assert set(found) == members and {org for _, org in found.values()} == {group}


@pytest.mark.parametrize("body", [
    "조사단(시엘, 채루, 엘루)은 20일 회의를 열었다.",  # no group of performers named so anywhere
    "그룹 담솔별은 3개국(미국, 일본, 중국)에서 공연한다.",  # places in parentheses
    "그룹 담솔별(대표, 감독, 작가)은 회의를 열었다.",  # titles, no names
])
def test_a_bracketed_list_that_is_no_group_s_members_names_no_one(body):
    assert not any(f == "bracketed_member" for f in {p.found_by for p in person.find(body, Context(None))[0]})


def test_a_bracketed_member_s_later_mention_speaks():
    from builder.rules.ko import quote
    body = ("보이그룹 담솔별(시엘, 채루, 파르엔, 엘루)은 20일 기자간담회를 열었다. 담솔별은 2023년 데뷔했다. "
            "엘루는 이날 \"다섯 명이 함께 서는 무대가 가장 큰 힘\"이라고 말했다.")
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    assert [q.speaker for q in quote.find(body, ps, ms, ctx)] == ["엘루"]


@pytest.mark.parametrize("post", ["연출감독", "조명감독", "음악감독"])
def test_a_production_post_after_a_short_foreign_name_speaks_for_the_full_one(post):
    from builder.rules.ko import quote
    body = ("연출은 캐나다 공연 연출가 케이든 하웰스가 맡았다. 시엘은 \"떨린다\"고 했다.\n"
            f"\"조명 하나까지 도시마다 다르게 설계했다\"고 하웰스 {post}은 설명했다.")
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    assert [q.speaker for q in quote.find(body, ps, ms, ctx)] == ["시엘", "케이든 하웰스"]


def test_a_five_syllable_firm_after_a_korean_name_is_no_foreign_surname():
    body = "탁도윤 하랑소프트 대표이사 사장은 인사말에서 \"모든 것을 쏟아부었다\"고 말했다."
    assert titled(body) == {"탁도윤": ("대표이사 사장", "하랑소프트")}


def test_the_quotative_ending_after_a_closing_mark_is_no_word_of_a_name():
    body = "연출은 캐나다 공연 연출가 케이든 하웰스가 맡았다. \"조명 하나까지 다르게 설계했다\"고 하웰스 연출감독은 설명했다."
    assert set(titled(body)) == {"케이든 하웰스"}


# A given name opening with a Sino-Korean syllable loanwords share ('휘', '돌', '본') and closing with one no loanword
# has, after a surname or a compound one ('남궁', '황보', '제갈', '선우', '독고'), is a Korean name in the slot
# 'body의 NAME post'; a dictionary word so shaped ('지휘자', '장본인') stays none.
@pytest.mark.parametrize("name", ["남궁휘윤", "황보휘정", "제갈휘윤", "선우휘정", "독고휘윤", "탁휘윤"])
def test_name_with_a_loanword_syllable_after_a_unit_of_a_body(name):
    body = f"국토교통부 도로정책국의 {name} 도로관리과장은 \"보수 계획을 내놓겠다\"고 설명했다."
    ps, _ = person.find(body, Context(None))
    assert [(p.name, p.title) for p in ps] == [(name, "도로관리과장")]


@pytest.mark.parametrize("word", ["지휘자", "지휘관", "지휘부", "장본인", "기본권", "휘트니"])
def test_dictionary_words_with_a_loanword_syllable_are_no_names(word):
    assert not person.is_korean_name(word)
