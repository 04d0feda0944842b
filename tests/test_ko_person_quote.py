"""Korean persons and quotations found with morphology (Kiwi), on sentences written for these tests.

One test per kind of miss: people named without a title, foreign names, names in lists and
parentheses, short later mentions, words before a title that are not names, the wire lede,
quotation frames and broadcast captions. Each has its negative: a verb, a place or a common
noun that looks like a name must not become a person.
"""

import pytest

from builder.rules import Context
from builder.rules.ko import article, morph, person, quote


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization, p.found_by) for p in found}


def speakers(body):
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    return [(q.speaker, q.text) for q in quote.find(body, ps, ms, ctx)]


# -- the analyser ----------------------------------------------------------------------------
def test_kiwi_is_loaded_once_and_shared():
    assert morph.kiwi() is morph.kiwi()


@pytest.mark.parametrize("text, word, reading", [
    ("배우 한서윤 씨가 웃었다.", "한서윤", "proper"),
    ("그는 경쟁자를 제치고 당선됐다.", "제치고", "other"),
    ("정부는 대책을 내놨다.", "정부", "common"),
])
def test_how_kiwi_reads_a_word(text, word, reading):
    start = text.index(word)
    assert morph.reading(text, start, start + len(word)) == reading


# -- people named without a title ------------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("선발 투수 노경민은 7이닝 동안 삼진 9개를 잡았다.", "노경민"),
    ("배우 한지윤 씨가 시상식 무대에 올랐다.", "한지윤"),
    ("한편 류현우는 이날 7이닝을 던졌고 팀은 3-1로 이겼다.", "류현우"),
])
def test_people_named_without_a_job_title(body, name):
    assert persons(body)[name][2] == "morphology"


def test_role_before_the_name_is_its_title_and_the_team_its_organisation():
    assert persons("롯데 유격수 문태오가 홈으로 공을 던졌다.")["문태오"][:2] == ("유격수", "롯데")


@pytest.mark.parametrize("body", [
    "창원 시청에서 서초구 주민들이 모였다.",
    "정부는 여수에서 열린 행사에 대표단을 보냈다.",
    "조수석에 앉은 승객이 다쳤고 유족이 사과를 요구했다.",
])
def test_places_and_common_nouns_are_not_people(body):
    assert persons(body) == {}


# -- foreign names ---------------------------------------------------------------------------
def test_foreign_name_before_organisation_and_title():
    found = persons("마틴 클라크 미국 국무장관은 동맹국을 방문했다. 존 스미스 칼럼니스트는 반대했다.")
    assert found["마틴 클라크"][:2] == ("국무장관", "미국")
    assert found["존 스미스"][0] == "칼럼니스트"


def test_a_country_before_a_title_and_a_foreign_name_is_not_a_person():
    found = persons("시리아 외무장관 타리크 마흐문은 회담을 마쳤다.")
    assert "시리아" not in found
    assert found["타리크 마흐문"][:2] == ("외무장관", "시리아")


def test_a_team_of_two_known_words_is_not_a_person():
    assert persons("레알 마드리드는 이날 3-0으로 이겼다.") == {}


# -- lists and parentheses -------------------------------------------------------------------
def test_names_in_a_list_and_in_parentheses():
    found = persons("이날 시사회에는 고아름, 조윤서 씨가 참석했다. 강도윤 중위(송지헌)는 극 중 주인공이다.")
    assert {"고아름", "조윤서", "송지헌"} <= set(found)


def test_a_name_that_ends_like_a_particle_keeps_it():
    assert "이승만" in persons("그는 이승만, 박정희 전 대통령 묘역을 참배했다.")


# -- a short later mention is the full name --------------------------------------------------
def test_short_mention_resolves_to_the_full_name_with_that_title():
    body = ('김영수 한빛연구소 센터장과 김철호 한빛대 학장이 토론했다. '
            '김 센터장은 "연구 인력이 부족하다"고 말했다. '
            '박 원내수석부대표는 "일정을 다시 잡겠다"고 밝혔다.')
    got = dict((t, s) for s, t in speakers(body))
    assert got["연구 인력이 부족하다"] == "김영수"


def test_surname_with_a_compound_title_is_the_person_named_before():
    body = ('정하윤 미래연합당 원내수석부대표는 1일 기자들과 만났다. '
            '정 원내수석부대표는 "일정을 다시 잡겠다"고 밝혔다.')
    assert speakers(body) == [("정하윤", "일정을 다시 잡겠다")]


# -- words before a title that are not names -------------------------------------------------
@pytest.mark.parametrize("body, not_name", [
    ("그는 경쟁자 셋을 제치고 당 대표로 뽑혔다.", "제치고"),
    ("회장직에서 사퇴한 손경태 전 회장은 말을 아꼈다.", "사퇴한"),
    ("횡령 혐의로 기소된 오태경 전 시장이 법원에 출석했다.", "기소된"),
])
def test_words_before_a_title_are_not_names(body, not_name):
    assert not_name not in persons(body)


def test_the_name_after_a_clause_gets_the_title():
    assert persons("회장직에서 사퇴한 손경태 전 회장은 말을 아꼈다.")["손경태"][0] == "전 회장"


# -- the wire lede ---------------------------------------------------------------------------
def test_wire_lede_person_keeps_his_quotations_after_a_list():
    body = ('[서울=뉴시스] 홍길동 기자 = 정하윤 미래연합당 원내수석부대표는 1일 기획단 인선에 대해 '
            '"늘 하던 대로 꾸린 것으로 본다"고 밝혔다.\n'
            '단장은 조민수 사무총장이 맡으며, 한도윤 전략위원장 등이 기획단에 들어간다.\n'
            '당내에서 반대 목소리를 낸 것에 대해 "공천은 시스템이 이미 구축돼 있다"라며 '
            '"걱정하실 필요 없다"고 설명했다.')
    found = persons(body)
    assert found["정하윤"][:2] == ("원내수석부대표", "미래연합당")
    assert [s for s, _ in speakers(body)] == ["정하윤", "정하윤", "정하윤"]


def test_a_subject_whose_sentence_reports_speech_still_carries_over():
    body = ('조민수 사무총장이 "선거를 준비하겠다"고 말했다.\n'
            '그러면서 "공정하게 하겠다"고 덧붙였다.')
    assert [s for s, _ in speakers(body)] == ["조민수", "조민수"]


# -- quotation frames ------------------------------------------------------------------------
def test_chained_quotation_and_pronoun():
    body = ('백서준 한빛모빌리티 대표는 "시장이 커지고 있다"며 "내년에 공장을 짓겠다"고 강조했다. '
            '그는 "투자를 늘리겠다"고 덧붙였다.')
    assert [s for s, _ in speakers(body)] == ["백서준", "백서준", "백서준"]


def test_foreign_name_opening_a_quotation():
    body = '마커스 벨린은 "반도체 기업들의 투자가 중요하다"며 "유럽이 함께 나서야 한다"고 말했다.'
    assert [s for s, _ in speakers(body)] == ["마커스 벨린", "마커스 벨린"]


# -- broadcast captions ----------------------------------------------------------------------
def test_captions_name_the_speaker():
    body = ('기자회견이 열렸습니다.\n'
            '[하나무라 유키/일본 바둑 기사/15살 : "더 높은 수준에서 공부하고 싶습니다."]\n'
            '[NHK 뉴스 : "일본 기사의 경쟁력이 약해졌다는 평가가 나옵니다."]\n'
            '법원 앞입니다.\n'
            '토드 밀러 / 피고인 변호사\n'
            '"무리한 기소입니다. 납득할 수 없습니다."\n')
    got = speakers(body)
    assert [s for s, _ in got] == ["하나무라 유키", "NHK", "토드 밀러"]
    assert persons(body)["토드 밀러"][0] == "변호사"


def test_speaker_named_after_the_quotation_as_owner_of_the_question():
    body = ('"누가 선물을 보냈냐?"라는 진행자 최도윤의 질문에 게스트 한서아가 '
            '"가장 먼저 보내준 사람이 선배였다"라고 답했다.')
    assert [s for s, _ in speakers(body)] == ["최도윤", "한서아"]


def test_a_topic_that_is_not_a_subject_keeps_the_last_speaker():
    body = ('경기가 끝난 뒤 최수혁 2루심은 "태그가 먼저 된 게 맞았다"고 설명했다.\n'
            '감독의 판독 요청이 받아들여지지 않은 것에 대해서는 "이미 시간이 지나 있었다"고 말했다.')
    assert [s for s, _ in speakers(body)] == ["최수혁", "최수혁"]


def test_apposition_with_copula_gives_title_and_owner():
    found = persons("행사에는 노스브릿지 캐피털의 회장인 마이크 윤과 다른 임원들이 참여했다.")
    assert found["마이크 윤"][:2] == ("회장", "노스브릿지 캐피털")


def test_a_firm_named_on_its_own_elsewhere_is_not_part_of_the_name():
    body = ('테라셀는 새 칩을 공개했다. 테라셀 빌 하퍼 수석 과학자는 "설계가 빨라졌다"고 말했다.')
    found = persons(body)
    assert found["빌 하퍼"][:2] == ("수석 과학자", "테라셀")
    assert speakers(body) == [("빌 하퍼", "설계가 빨라졌다")]


def test_a_later_mention_fills_the_organisation():
    body = "3루 주자 김재훈이 홈을 밟았다. 팬들이 두산 좌익수 김재훈에게 몰려갔다."
    assert persons(body)["김재훈"][1] == "두산"


def test_names_ending_in_kwon_are_names_but_two_syllable_words_are_not():
    found = persons('그는 "이정권 아나운서한테도 선물했다"고 말했다. 정권은 바뀌었다.')
    assert found["이정권"][0] == "아나운서"
    assert "정권" not in found


def test_organisation_words_kiwi_reads_as_nouns_before_a_compound_title():
    found = persons("윤정호 동부경찰서 형사과장이 수사 결과를 발표했다. 최근호 경장님이 현장에 나갔다.")
    assert found["윤정호"][:2] == ("형사과장", "동부경찰서")
    assert "최근호" in found


@pytest.mark.parametrize("body, name", [
    ("작년 5월 이효진 블로그에 식단이 소개됐다.", "이효진"),
    ("올봄 오태경 자서전이 나왔다.", "오태경"),
    ("맏딸 박가연 양이 상을 받았다.", "박가연"),
])
def test_nouns_a_person_owns_and_honorifics_after_a_name(body, name):
    assert name in persons(body)


def test_a_country_before_government_is_not_a_person():
    assert persons("호주 정부는 대책을 발표했다.") == {}


def test_a_country_after_a_foreign_name_is_its_organisation():
    found = persons("그는 서울을 찾은 타리크 마흐문 시리아 외무장관과 만났다.")
    assert found["타리크 마흐문"][:2] == ("외무장관", "시리아")
    assert "시리아" not in found


def test_a_chain_of_quotations_is_one_quotation_in_parts():
    body = '백서준 대표는 "시장이 커지고 있다"며 "내년에 공장을 짓겠다"고 강조했다.'
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    found = quote.find(body, ps, ms, ctx)
    assert [q.continues for q in found] == [None, 0]


def test_an_abbreviation_spelled_out_in_parentheses_is_not_a_name():
    body = "당내에선 ‘어대윤’(어차피 대표는 윤서진) 분위기가 퍼졌다. 극 중 ‘홍설’ 역의 배우가 웃었다."
    assert "어대명" not in persons(body)


@pytest.mark.parametrize("body, name", [
    ("칼브레스는 지난해 은퇴를 선언했다.", "칼브레스"),
    ("법정에 증인으로 출석한 모렐리트는 혐의를 부인했다.", "모렐리트"),
])
def test_a_foreign_word_kiwi_guesses_is_a_name_when_it_opens_the_sentence_or_follows_a_clause_about_it(body, name):
    assert persons(body)[name] == (None, None, "morphology")


@pytest.mark.parametrize("body, word", [
    ("패션 브랜드 클로비트가 새 상품을 내놨다.", "클로비트"),  # after a noun: a brand
    ("크로노스홀딩스는 지난해 상장했다.", "크로노스홀딩스"),  # a firm's ending
    ("이날 경기도 체조협회는 회의를 열었다.", "체조협회"),
])
def test_a_guessed_word_after_a_noun_or_ending_like_a_firm_is_not_a_name(body, word):
    assert word not in persons(body)


def test_a_proper_noun_ending_like_a_particle_is_kept_whole():
    """'서울메트로' ends in '로' but Kiwi knows it as one name: the organisation before the title."""
    assert persons("김도윤 한빛교통공사 사장은 지하철역을 둘러봤다.")["김도윤"][:2] == ("사장", "한빛교통공사")
    assert persons("김도윤 사장은 부산으로 자리를 옮겼다.")["김도윤"][:2] == ("사장", None)


@pytest.mark.parametrize("body, name", [
    ("결승에 나선 소피아 렌츠(25)는 금메달을 땄다.", "소피아 렌츠"),
    ("이날 경기에서는 루카스 벨러(라이프치히)의 골이 터졌다.", "루카스 벨러"),
])
def test_a_foreign_name_glossed_with_an_age_or_a_club_is_a_person(body, name):
    assert persons(body)[name][2] == "morphology"


def test_a_gloss_that_is_not_an_age_or_a_proper_noun_makes_no_person():
    assert "루카스 벨러" not in persons("이날 경기에서는 루카스 벨러(MF)의 골이 터졌다.")


def test_a_proper_noun_glossed_with_an_age_is_a_person():
    assert persons("이날 공개된 사진 속 카르멘(24)은 웃고 있었다.")["카르멘"] == (None, None, "morphology")
    assert "카르멘" not in persons("이날 공개된 사진 속 카르멘은 선명했다.")
    assert "노르웨이" not in persons("노르웨이(2위)가 뒤를 이었다.")


def test_a_proper_noun_listed_with_persons_is_a_person():
    found = persons("시상식에는 김도윤, 한예진, 박서하 등이 참석했다.")
    assert found["박서하"] == (None, None, "list_of_persons")
    assert set(persons("시상식에는 김도윤 대표, 한예진, 서울시 관계자가 참석했다.")) == {"김도윤", "한예진"}
    assert "마커스" not in persons("행사에는 김도윤 대표, 마커스 벨린이 참석했다.")  # the first word of a longer name


def test_a_name_ending_like_a_particle_is_split_as_kiwi_reads_it():
    """'한보라는' is 한보라 + 는, not 한보 + 라는."""
    assert "한보라" in persons("무대에 함께 선 박서하, 한보라는 서로의 앞날을 빌었다.")
    assert "한보" not in persons("무대에 함께 선 박서하, 한보라는 서로의 앞날을 빌었다.")


@pytest.mark.parametrize("body, name, title", [
    ("힙합 가수 릴제이크가 새 앨범을 냈다.", "릴제이크", "가수"),
    ("브라질 수비수 에드송의 발을 맞고 공이 굴절됐다.", "에드송", "수비수"),
])
def test_one_foreign_word_after_an_occupation_is_a_person(body, name, title):
    assert persons(body)[name][0] == title


def test_a_name_glued_to_its_honorific_is_not_a_foreign_name():
    assert set(persons("배우 한서윤씨가 시상식에 참석했다.")) == {"한서윤"}


@pytest.mark.parametrize("body, name", [
    ("예능 프로그램 멤버 하람 씨가 어색하게 웃었다.", "하람"),
    ("현지 주민 우드 씨는 탑승을 거부했다.", "우드"),
])
def test_a_word_written_apart_before_ssi_is_the_name(body, name):
    assert set(persons(body)) == {name}


def test_an_anonymised_name_before_ssi_is_not_a_named_person():
    assert persons("김모 씨는 혐의를 부인했다.").get("김모", (None, None, None))[2] != "name_ssi"


@pytest.mark.parametrize("body, name", [
    ("마을 입구에서 만난 정순례 할머니가 손을 흔들었다.", "정순례"),
    ("어제 공항에 나타난 한도윤 영상인데요.", "한도윤"),  # the noun glued to its copula
])
def test_a_name_before_a_noun_a_person_has_is_a_person(body, name):
    assert name in persons(body)


def test_a_place_before_such_a_noun_is_not_a_person():
    assert not persons("어제 공항에 나타난 부산항 영상인데요.")


# -- titles: what belongs to a title and what does not -------------------------------------------
def test_a_word_saying_when_a_post_is_held_is_not_part_of_the_title():
    assert persons("김도윤(사법연수원 25기) 신임 법원행정처장은 5일 국회에 출석했다.")["김도윤"][:2] == ("법원행정처장", "법원행정처")
    assert persons("2009년 최문석 당시 대통령은 이 법에 서명했다.")["최문석"][0] == "대통령"


def test_a_former_holder_keeps_former_in_the_title():
    assert persons("윤재석 전 대통령은 이날 재판에 출석했다.")["윤재석"][0] == "전 대통령"


def test_a_moment_of_the_game_yields_to_the_players_position():
    body = ("2루주자 박도현이 3루로 뛰었다. 이어 포수 강민재가 공을 던졌다. "
            "경기 뒤 팬들이 한빛 좌익수 박도현에게 몰려갔다.")
    assert persons(body)["박도현"][:2] == ("좌익수", "한빛")


def test_a_moment_of_the_game_is_kept_when_it_is_all_the_article_says():
    assert persons("유격수가 3루 주자 오민재를 홈에서 잡았다.")["오민재"][0] == "3루 주자"


def test_a_precise_role_before_the_name_beats_a_class_noun_after_it():
    assert persons("2루심 정하준 심판은 아웃을 선언했다.")["정하준"][0] == "2루심"
    assert persons("경기 뒤 정하준 심판은 판정을 설명했다.")["정하준"][0] == "심판"


@pytest.mark.parametrize("body, name, title, org", [
    ("가수 겸 배우 한서윤이 시상식에 참석했다.", "한서윤", "가수 겸 배우", None),
    ("김태오 한빛전자 공동창업자 겸 최고경영자(CEO)는 새 서비스를 공개했다.", "김태오",
     "공동창업자 겸 최고경영자(CEO)", "한빛전자"),
])
def test_two_posts_joined_by_gyeom_are_one_title(body, name, title, org):
    assert persons(body)[name][:2] == (title, org)


def test_a_firm_after_a_korean_name_is_its_organisation_not_a_foreign_surname():
    assert persons("김태오 한빛랩스 최고경영자(CEO)는 새 서비스를 공개했다.")["김태오"][:2] == ("최고경영자(CEO)", "한빛랩스")


def test_the_craft_before_an_occupation_is_part_of_it_but_a_modifier_of_a_position_is_not():
    assert persons("이날 패션 디자이너 이서윤이 식장을 찾았다.")["이서윤"][0] == "패션 디자이너"
    assert persons("상대 투수 조정민이 폭투를 던졌다.")["조정민"][0] == "투수"


def test_fields_joined_by_a_middle_dot_before_one_title_are_part_of_it():
    body = "김세훈 미국 백악관 인공지능(AI)·가상자산 차르는 이날 연설했다."
    assert persons(body)["김세훈"][:2] == ("인공지능(AI)·가상자산 차르", "미국 백악관")
    assert "백악관" not in persons(body)


def test_a_title_in_the_middle_of_a_list_is_that_items_own():
    body = ("이어 강호석과 나민수 PD, 이세라, 한효정, 유민석, 황선민 감독, 가수 오하늘 등 "
            "하객들의 발걸음이 이어졌다.")
    found = persons(body)
    assert found["황선민"][0] == "감독"
    assert found["유민석"][0] is None and found["이세라"][0] is None


def test_a_title_closing_a_list_is_shared():
    assert persons("묘역에는 이승민, 박정우 전 대통령이 잠들어 있다.")["이승민"][0] == "전 대통령"


def test_a_verb_made_of_a_noun_is_never_a_name():
    found = persons("추미숙 위원장은 \"국장으로 지명된 판사 때문에 선거가 흔들렸다\"고 말했다.")
    assert "지명된" not in found
    assert persons("조정한 대표는 회의를 열었다.")["조정한"][0] == "대표"


def test_a_short_mention_gives_its_title_to_a_person_named_without_one():
    body = "이재훈 정부의 첫 예산안이 나왔다. 이 대통령은 이날 국무회의를 주재했다."
    assert persons(body)["이재훈"][0] == "대통령"


def test_a_short_mention_that_could_be_two_people_gives_no_title():
    body = "이재훈 정부와 이수안 측이 만났다. 이 대통령은 이날 국무회의를 주재했다."
    assert persons(body)["이재훈"][0] is None


# -- organisations -----------------------------------------------------------------------------
def test_the_party_a_person_belongs_to_beats_the_committee_read_off_the_title():
    assert persons("새한국당 소속 추미정 법사위원장도 질타했다.")["추미정"][:2] == ("법사위원장", "새한국당")
    assert persons("추미정 법사위원장도 질타했다.")["추미정"][1] == "법사위원회"


def test_party_officials_named_by_their_post_belong_to_the_party_named_before():
    body = ("박준호 새한국당 원내수석부대표는 1일 기자들과 만났다. 단장은 조태식 사무총장이 맡으며, "
            "정민호 한국연구원장, 한병수 전략기획위원장 등이 기획단에 들어간다.")
    found = persons(body)
    assert found["조태식"][1] == "새한국당"
    assert found["한병수"][1] == "새한국당"
    assert found["정민호"][1] == "한국연구원"  # a body of its own


def test_a_party_post_without_a_party_in_the_article_has_no_organisation():
    assert persons("단장은 조태식 사무총장이 맡는다.")["조태식"][1] is None


def test_a_sentence_saying_what_someone_is_gives_title_and_organisation():
    body = "김도현 씨는 행사에 참석했다. 김도현 씨는 한빛테크의 최고기술책임자(CTO)다."
    assert persons(body)["김도현"][:2] == ("최고기술책임자(CTO)", "한빛테크")
    assert persons("김도현 씨는 행사에 참석했다. 김도현 씨는 우리의 영웅이다.")["김도현"][:2] == (None, None)
    assert persons("김도현 씨는 행사에 참석했다. 김도현 씨는 이 회사의 대표다.")["김도현"][1] is None


def test_the_organisation_named_as_a_persons_own():
    body = "배우 한서윤 소속사 별빛엔터테인먼트는 결혼 소식을 전했다."
    assert persons(body)["한서윤"][1] == "별빛엔터테인먼트"


def test_a_team_the_article_uses_as_an_organisation_before_a_bare_name():
    body = "한빛 좌익수 박도현이 공을 잡았다. 이어 한빛 김태준이 때린 땅볼을 유격수가 잡았다."
    assert persons(body)["김태준"][1] == "한빛"
    body = "한빛 좌익수 박도현이 공을 잡았다. 이어 서울 김태준이 때린 땅볼을 유격수가 잡았다."
    assert persons(body).get("김태준", (None, None))[1] is None


def test_a_person_is_not_an_organisation_and_a_member_of_the_public_has_no_employer():
    body = ("마커스 벨린 전 의원이 법원에 출석했다.\n토드 하퍼 / 벨린 변호사\n\"억울한 날입니다.\"\n"
            "그레고리 윌슨 / 뉴욕 시민\n\"누구도 법 위에 있을 수 없습니다.\"\n")
    found = persons(body)
    assert found["토드 하퍼"][:2] == ("변호사", None)
    assert found["그레고리 윌슨"][:2] == ("뉴욕 시민", None)


# -- quotations: captions and organisations ------------------------------------------------------
def test_an_interview_caption_of_a_broadcast_script_names_the_next_line_speaker():
    body = ("실사단이 부산역에 도착했습니다.\n시민들은 유치를 기원합니다.\n▶ 인터뷰 : 강다은 / 부산 금정구\n"
            "- \"저희가 힘을 모아서 꼭 유치됐으면 합니다.\"\n실사단은 내일 북항을 시찰합니다.")
    assert persons(body)["강다은"][1] is None  # where she lives, not an employer
    assert speakers(body) == [("강다은", "저희가 힘을 모아서 꼭 유치됐으면 합니다.")]


@pytest.mark.parametrize("line", ["인터뷰 도중 그는 창밖을 자주 내다봤다.", "녹취 내내 그는 말을 아꼈다."])
def test_a_sentence_opening_with_interview_is_no_caption(line):
    """A caption names a speaker and their affiliation; a line ending a sentence ('…다.') is running text."""
    assert persons("그는 웃었다.\n" + line + "\n") == {}


def test_a_broadcast_interview_caption_is_kept_in_the_body_but_a_teaser_link_is_not():
    assert not article.is_boilerplate("▶ 인터뷰 : 강다은 / 부산 금정구")
    assert article.is_boilerplate("▶ 관련기사 보러가기")


def test_a_dash_before_a_quotation_in_running_text_does_not_make_it_a_captioned_line():
    body = "실사단은 부산에 도착했습니다.\n- \"박람회가 오면 동네 가게들이 살아났으면 합니다.\"\n"
    assert speakers(body) == []


def test_a_company_introduced_by_its_kind_speaks_for_itself():
    ctx = Context(None)
    body = ("한편 한서윤은 지난달 결혼 소식을 발표했다. 한서윤 소속사 별빛엔터테인먼트도 "
            "\"두 사람에게 보내주시는 사랑에 감사드린다\"고 밝혔다.")
    ps, ms = person.find(body, ctx)
    qs = quote.find(body, ps, ms, ctx)
    assert [(q.speaker, q.speaker_kind) for q in qs] == [("별빛엔터테인먼트", "organization")]


def test_the_third_word_before_a_title_is_the_firm_when_the_second_is_used_alone_later():
    body = "일론 머스크 테슬라 최고경영자(CEO)는 새 로봇을 공개했다. 머스크는 이어 출시 일정을 밝혔다."
    assert persons(body)["일론 머스크"][:2] == ("최고경영자(CEO)", "테슬라")
    body = "마틴 레이 홀랜드 최고경영자(CEO)는 새 로봇을 공개했다. 홀랜드는 이어 출시 일정을 밝혔다."
    assert "마틴 레이 홀랜드" in persons(body)


def test_a_source_described_by_the_kind_of_its_employer_is_no_organisation():
    assert speakers("한편 구단 관계자는 \"감독의 뜻을 존중한다\"고 말했다.") == [("구단 관계자", "감독의 뜻을 존중한다")]


@pytest.mark.parametrize("caption", [
    "[한도윤/서울 마포구]",
    "[인터뷰:한도윤/서울 마포구]",
    "<인터뷰> 한도윤 / 서울 마포구",
    "[녹취] 한도윤 / 서울 마포구",
])
def test_broadcast_caption_formats_name_the_speaker_of_the_line_under_them(caption):
    body = f"시민들은 불편을 호소했습니다.\n{caption}\n\"출근길이 너무 힘들어요.\"\n전문가들은 대책을 주문합니다."
    assert speakers(body) == [("한도윤", "출근길이 너무 힘들어요.")]
    assert set(persons(body)) == {"한도윤"}


@pytest.mark.parametrize("caption", [
    "◀ 인터뷰 ▶ 탁서우 / 누리솔철도 안전처장",
    "■ 인터뷰 탁서우 / 누리솔철도 안전처장",
    "【녹취】 탁서우 / 누리솔철도 안전처장",
    "〈인터뷰〉 탁서우 / 누리솔철도 안전처장",
])
def test_a_caption_word_between_marks_of_any_kind_names_speaker_post_and_body(caption):
    body = f"열차가 멈춰 섰습니다.\n{caption}\n\"선로 설비를 전부 다시 살피겠습니다.\"\n복구는 새벽에 끝났습니다."
    assert speakers(body) == [("탁서우", "선로 설비를 전부 다시 살피겠습니다.")]
    assert persons(body)["탁서우"][:2] == ("안전처장", "누리솔철도")


@pytest.mark.parametrize("kind", ["직장인", "자영업자", "대학생", "입주민"])
def test_a_caption_giving_what_a_member_of_the_public_is_gives_the_title(kind):
    body = f"출근길 불편이 이어졌습니다.\n◀ 인터뷰 ▶ 옥채운 / {kind}\n\"40분은 더 걸렸어요.\"\n복구는 끝났습니다."
    assert persons(body)["옥채운"][:2] == (kind, None)


def test_a_report_marker_between_the_same_marks_is_no_caption():
    body = "열차가 멈춰 섰습니다.\n◀ 리포트 ▶\n\"쾅 하는 소리가 났어요.\"\n복구는 끝났습니다."
    assert persons(body) == {}


def test_a_quotation_under_a_line_that_is_no_caption_is_a_heading():
    body = "시민들은 불편을 호소했습니다.\n출근길 풍경\n\"출근길이 너무 힘들어요.\"\n전문가들은 대책을 주문합니다."
    assert speakers(body) == []


def test_a_second_post_after_gyeom_brings_its_organisation():
    body = "(서울=연합뉴스) 김현수 기자 = 최민호 경제부총리 겸 기획재정부 장관은 5일 회의를 주재했다."
    assert persons(body)["최민호"][:2] == ("경제부총리 겸 기획재정부 장관", "기획재정부")


def test_punctuation_and_a_side_are_no_organisation():
    found = persons("피고인 측 김철수 변호사는 항소 의사를 밝혔다.")
    assert found["김철수"][:2] == ("변호사", None)


def test_a_body_named_like_a_title_before_a_title_is_the_organisation():
    body = "김영수 한국개발연구원(KDI) 경제전망실장은 \"성장률이 둔화할 것\"이라고 말했다."
    assert persons(body)["김영수"][:2] == ("경제전망실장", "한국개발연구원(KDI)")
    assert persons("김영수 책임연구원은 실험을 마쳤다.")["김영수"][0] == "책임연구원"


def test_the_body_whose_gloss_names_the_person_is_the_organisation():
    body = "물너울지법 형사합의4부(재판장 한성진 부장판사)는 이날 선고 공판을 열었다."
    assert persons(body)["한성진"][:2] == ("부장판사", "물너울지법 형사합의4부")


def test_the_same_party_is_the_party_named_before():
    body = "새한국당 권민성 원내대표는 정부를 비판했다. 같은 당 김기훈 의원도 비판에 가세했다."
    assert persons(body)["김기훈"][1] == "새한국당"
    assert persons("같은 당 김기훈 의원도 비판에 가세했다.")["김기훈"][1] is None


def test_a_short_quotation_the_next_sentence_says_was_said_is_a_quotation():
    body = "\"올해는 반드시 우승하겠다.\" 한빛FC 박지훈 감독은 개막을 앞두고 이같이 밝혔다."
    assert speakers(body) == [("박지훈", "올해는 반드시 우승하겠다.")]
    assert speakers("\"올해는 반드시 우승.\" 한빛FC 박지훈 감독은 개막을 앞두고 훈련했다.") == []


def test_a_named_body_as_topic_speaks_for_itself():
    body = ("정부는 이날 대책을 발표했다. 한빛부는 \"재정 지원을 확대하겠다\"고 밝혔다. "
            "퀄리온은 성명에서 \"수출 규제를 준수하겠다\"고 했다.")
    assert speakers(body)[-1] == ("퀄리온", "수출 규제를 준수하겠다")


def test_a_person_in_the_clause_speaks_before_a_body_named_in_it():
    body = "김민수 대표는 구글이 \"검색 시장을 지배하고 있다\"고 말했다."
    assert speakers(body) == [("김민수", "검색 시장을 지배하고 있다")]


def test_a_sentence_opened_by_a_subject_nobody_names_takes_no_earlier_speaker():
    body = "박찬호 의원은 \"사퇴하지 않겠다\"고 말했다. 국민의힘은 논평을 내고 \"야당의 발목잡기\"라고 비판했다."
    assert speakers(body)[-1] == ("국민의힘", "야당의 발목잡기")  # the party's statement: the body speaks
    body = "박찬호 의원은 \"사퇴하지 않겠다\"고 말했다. 차기 대통령은 \"야당의 발목잡기\"라고 비판할지 모른다."
    assert speakers(body)[-1][0] != "박찬호"


@pytest.mark.parametrize("body, name, title, org", [
    ("김도현 라온소프트 창업자는 이날 법원에 출석했다.", "김도현", "창업자", "라온소프트"),
    ("이해진 네이버 글로벌투자책임자(GIO)는 연설했다.", "이해진", "글로벌투자책임자(GIO)", "네이버"),
    ("롯데 자이언츠 투수 박세웅은 이날 7이닝을 던졌다.", "박세웅", "투수", "롯데 자이언츠"),
])
def test_a_firm_or_club_between_a_korean_name_and_a_title_is_the_organisation(body, name, title, org):
    assert persons(body)[name][:2] == (title, org)


def test_a_particle_cut_off_by_a_quote_mark_is_no_organisation():
    assert persons("영화 ‘기생충’의 봉준호 감독도 참석했다.")["봉준호"][:2] == ("감독", None)


@pytest.mark.parametrize("body, name, title, org", [
    ("김철수(한빛대 경제학과 교수)는 연구 결과를 발표했다.", "김철수", "교수", "한빛대 경제학과"),
    ("김철수(전 한빛대 교수)는 연구 결과를 발표했다.", "김철수", "전 교수", "한빛대"),
    ("한도윤(라온FC)은 이날 멀티골을 터뜨렸다.", "한도윤", None, "라온FC"),
    ("김민재(28·바이에른 뮌헨)는 풀타임을 소화했다.", "김민재", None, "바이에른 뮌헨"),
])
def test_a_gloss_after_a_name_gives_post_body_or_club(body, name, title, org):
    assert persons(body)[name][:2] == (title, org)


def test_an_age_or_a_hanja_gloss_gives_no_organisation():
    assert persons("김도윤(金道允) 대통령은 이날 국무회의를 주재했다.")["김도윤"][:2] == ("대통령", None)
    assert persons("회사원 박민수(45) 씨는 출근길에 나섰다.").get("박민수", (None, None))[1] is None


def test_the_particle_after_a_gloss_makes_the_name_the_speaker():
    body = "박찬호 의원은 회의에 참석했다. 김철수(한빛대 경제학과 교수)는 \"금리를 내려야 한다\"고 말했다."
    assert speakers(body) == [("김철수", "금리를 내려야 한다")]


def test_a_word_spelled_out_in_parentheses_names_no_member():
    body = "비윤(윤서진)계에서 반대 목소리를 냈다. 윤서진 대표는 이날 회의를 주재했다."
    assert persons(body)["윤서진"][1] is None


def test_a_member_of_the_public_in_running_text_has_no_employer():
    body = "뉴욕 시민 그레고리 윌슨은 \"법 앞에 평등해야 한다\"고 말했다."
    assert persons(body)["그레고리 윌슨"][:2] == ("뉴욕 시민", None)


def test_a_broadcast_sound_bite_without_quotation_marks_is_its_speakers_quotation():
    body = ("정부가 새 대책을 내놨습니다.\n[김철수/국토교통부 장관 : 국민 불편을 최소화하겠습니다.]\n"
            "시민들의 반응은 엇갈렸습니다.\n[NHK 뉴스 : 일본 정부는 우려를 표명했습니다.]\n")
    assert speakers(body) == [("김철수", "국민 불편을 최소화하겠습니다.")]
    assert persons(body)["김철수"][:2] == ("장관", "국토교통부")


@pytest.mark.parametrize("body, name, title", [
    ("한덕수 대통령 권한대행 국무총리는 이날 \"국정 안정에 최선을 다하겠다\"고 말했다.", "한덕수", "대통령 권한대행 국무총리"),
    ("김철수 한빛당 대표 직무대행은 \"당을 추스르겠다\"고 밝혔다.", "김철수", "대표 직무대행"),
])
def test_an_acting_holder_keeps_acting_in_the_title_and_speaks_under_it(body, name, title):
    assert persons(body)[name][0] == title
    assert speakers(body)[0][0] == name


def test_a_background_is_no_organisation():
    body = "연출은 조감독 출신 정태수 감독이 맡는다. 이 감독은 \"기대해달라\"고 말했다."
    assert persons(body)["정태수"][:2] == ("감독", None)


def test_a_body_in_the_possessive_before_a_titled_person_is_the_organisation():
    assert persons("한빛전자의 김민수 대표는 협력을 약속했다.")["김민수"][:2] == ("대표", "한빛전자")
    body = "마커스 벨린 전 의원이 출석했다. 벨린의 김민수 변호사는 항소를 예고했다."
    assert persons(body)["김민수"][:2] == ("변호사", None)  # a person's lawyer, not an organisation's


def test_a_club_in_the_possessive_before_an_untitled_player_only_when_known_as_a_club():
    body = "한빛 좌익수 박도현이 공을 잡았다. 이어 한빛의 김태준이 땅볼을 쳤다."
    assert persons(body)["김태준"][1] == "한빛"
    assert persons("이어 한빛의 김태준이 땅볼을 쳤다.")["김태준"][1] is None


def test_an_occupation_set_before_a_name_by_a_comma_is_the_persons_title():
    body = "[다카하시 유이/일본 15살 : \"최선을 다하겠습니다.\"]\n올해 열다섯 살의 프로 바둑 기사, 다카하시 유이가 섰습니다."
    assert persons(body)["다카하시 유이"][0] == "프로 바둑 기사"
    body = "이어 한도윤 PD, 서예린 씨가 식장을 찾았다."
    assert persons(body)["서예린"][0] is None  # the title closes the item before it


def test_a_short_captioned_quotation_and_a_later_given_name_speak_for_the_full_name():
    body = ("[다카하시 유이/일본 바둑 기사/15살 : \"최선을 다하겠습니다.\"]\n"
            "다카하시 유이가 기자회견장에 섰습니다. 유이는 \"더 성장하고 싶다\"고 말했습니다.")
    assert speakers(body) == [("다카하시 유이", "최선을 다하겠습니다."), ("다카하시 유이", "더 성장하고 싶다")]


def test_a_foreign_first_name_alone_speaks_for_the_full_name():
    body = ("3번 타자 케빈 하워드는 결승 홈런을 포함해 4타수 3안타를 기록했다. "
            "하워드는 \"동료들이 만들어 준 기회였다\"고 말했다. 케빈은 \"내일도 이기겠다\"고 웃었다.")
    assert speakers(body) == [("케빈 하워드", "동료들이 만들어 준 기회였다"), ("케빈 하워드", "내일도 이기겠다")]
    body = ("케빈 하워드와 케빈 로저스가 나란히 홈런을 쳤다. 케빈은 \"기분이 좋다\"고 말했다.")
    assert ("케빈 하워드", "기분이 좋다") not in speakers(body)  # two 케빈s: the word alone is nobody's


# -- a broadcast caption is ONE class: any bracket pair or none, any separator, name with '씨' or an age ---------------
# (person.toml caption_brackets / caption_separators). Above the bite, under it, or in brackets run into it.
@pytest.mark.parametrize("caption", [
    "〈여승채 · 마루들상인연합 회장〉",
    "〈여승채(61) · 마루들상인연합 회장〉",
    "<여승채 | 마루들상인연합 회장>",
    "【여승채 / 마루들상인연합 회장】",
    "(여승채 / 마루들상인연합 회장)",
    "[여승채 씨 / 마루들상인연합 회장]",
    "여승채(61세) ㆍ 마루들상인연합 회장",
    "〔여승채 : 마루들상인연합 회장〕",
    "《여승채, 마루들상인연합 회장》",
])
def test_a_caption_of_any_bracket_and_separator_above_the_bite_names_speaker_post_and_body(caption):
    body = f"상인들이 가게 셔터를 다시 올렸습니다.\n\n{caption}\n\"손님이 다시 찾아와 주셔서 힘이 납니다.\"\n\n복구는 이어집니다."
    assert speakers(body) == [("여승채", "손님이 다시 찾아와 주셔서 힘이 납니다.")]
    assert persons(body)["여승채"][:2] == ("회장", "마루들상인연합")


@pytest.mark.parametrize("caption", ["〈봉이안 · 해솔군 주민〉", "- 봉이안 씨 / 해솔군 주민", "(봉이안(72) · 해솔군 주민)"])
def test_a_caption_of_any_bracket_and_separator_under_the_bite_names_its_speaker(caption):
    body = f"둑이 무너졌습니다.\n\"밤새 물이 차올라 한숨도 못 잤습니다.\"\n{caption}\n\n복구는 이어집니다."
    assert speakers(body) == [("봉이안", "밤새 물이 차올라 한숨도 못 잤습니다.")]
    assert "봉이안" in persons(body)


@pytest.mark.parametrize("caption", ["〈봉이안 · 해솔군 주민〉", "[봉이안 / 해솔군 주민]", "【봉이안 | 해솔군 주민】"])
def test_a_bracketed_caption_run_into_its_bite_names_its_speaker(caption):
    body = f"둑이 무너졌습니다.\n{caption} \"밤새 물이 차올라 한숨도 못 잤습니다.\"\n\n복구는 이어집니다."
    assert speakers(body) == [("봉이안", "밤새 물이 차올라 한숨도 못 잤습니다.")]
    assert "봉이안" in persons(body)


# A caption parted by a space alone, name first or post first, above its bite or run into it: the name's shape and
# the post or role beside it make it a caption (person.toml caption_spaced, caption_post_first).
@pytest.mark.parametrize("caption, title, org", [
    ("〈여승채 마루들상인연합 회장〉\n", "회장", "마루들상인연합"),
    ("〈마루들상인연합 회장 여승채〉\n", "회장", "마루들상인연합"),
    ("[마루들상인연합 회장 여승채] ", "회장", "마루들상인연합"),
    ("〈해솔군 주민 여승채〉\n- ", None, None),  # a resident: the name, whatever the role is read as
    ("【여승채 해솔군 주민】\n", None, None),
])
def test_a_caption_parted_by_a_space_alone_names_the_speaker(caption, title, org):
    body = f"상인들이 가게 셔터를 다시 올렸습니다.\n\n{caption}\"손님이 다시 찾아와 주셔서 힘이 납니다.\"\n\n복구는 이어집니다."
    found = persons(body)
    assert "여승채" in found
    if title:
        assert found["여승채"][:2] == (title, org)


@pytest.mark.parametrize("line", ["〈해솔군 소담천 둑〉", "〈겨울 편지 제2부〉", "〈마루들상인연합 회장실〉", "〈여승채 마루들상인연합〉",
                                  "〈새벽 시장 풍경〉"])
def test_a_place_title_or_body_in_brackets_with_spaces_names_no_speaker(line):
    body = f"둑이 무너졌습니다.\n{line}\n\"밤새 물이 차올라 한숨도 못 잤습니다.\"\n\n복구는 이어집니다."
    assert persons(body) == {}


# Near misses: a section label ('[앵커]', '〈리포트〉'), a place or date caption, a title in 〈〉, a heading split by '·'.
@pytest.mark.parametrize("line", ["[앵커]", "〈리포트〉", "〈해솔군 · 소담천〉", "〈12월 5일 · 국회〉", "〈겨울 편지〉",
                                  "〈겨울 편지 · 제2부〉", "■ 물가 · 금리 전망"])
def test_a_label_place_or_title_in_caption_brackets_names_no_speaker(line):
    body = f"둑이 무너졌습니다.\n{line}\n\"밤새 물이 차올라 한숨도 못 잤습니다.\"\n\n복구는 이어집니다."
    assert persons(body) == {}
    assert speakers(body) == []


# A body whose head's post the article writes as one word ('여울상인회장' in a caption or a title) is that body when it
# acts on its own ('여울상인회는 … 호소했다'), no person: a name takes its title as a word of its own.
@pytest.mark.parametrize("body_word, post", [("여울상인회", "여울상인회장"), ("가람번영회", "가람번영회장"),
                                             ("마루조합", "마루조합장"), ("소담어촌계", "소담어촌계장")])
def test_a_body_whose_head_s_post_the_article_writes_is_no_person(body_word, post):
    body = (f"{body_word}는 수리비를 자체적으로 충당해야 하는 처지라고 하소연합니다.\n\n〈봉이안 · {post}〉\n"
            "\"보상이 늦어지면 문을 닫을 수밖에 없습니다.\"\n\n복구는 이어집니다.")
    found = persons(body)
    assert body_word not in found
    assert "봉이안" in found


def test_a_name_before_its_post_written_apart_is_still_a_person():
    body = "도하원 원장은 새 병동을 열었다. 도하원은 환자를 더 받겠다고 말했다."
    assert "도하원" in persons(body)
