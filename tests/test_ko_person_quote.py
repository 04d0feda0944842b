"""Korean persons and quotations found with morphology (Kiwi), on sentences written for these tests.

One test per kind of miss: people named without a title, foreign names, names in lists and
parentheses, short later mentions, words before a title that are not names, the wire lede,
quotation frames and broadcast captions. Each has its negative: a verb, a place or a common
noun that looks like a name must not become a person.
"""

import pytest

from builder.rules import Context
from builder.rules.ko import morph, person, quote


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
    ("배우 이아현 씨가 웃었다.", "이아현", "proper"),
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
    found = persons("시리아 외무장관 왈리드 무알렘은 회담을 마쳤다.")
    assert "시리아" not in found
    assert found["왈리드 무알렘"][:2] == ("외무장관", "시리아")


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
    ("그는 경쟁자를 제치고 당 대표에 올랐다.", "제치고"),
    ("회장직에서 사퇴한 손경태 전 회장은 말을 아꼈다.", "사퇴한"),
    ("성추문 의혹으로 기소된 트럼프 전 대통령이 법원에 출석했다.", "기소된"),
])
def test_words_before_a_title_are_not_names(body, not_name):
    assert not_name not in persons(body)


def test_the_name_after_a_clause_gets_the_title():
    assert persons("회장직에서 사퇴한 손경태 전 회장은 말을 아꼈다.")["손경태"][0] == "전 회장"


# -- the wire lede ---------------------------------------------------------------------------
def test_wire_lede_person_keeps_his_quotations_after_a_list():
    body = ('[서울=뉴시스] 홍길동 기자 = 정하윤 미래연합당 원내수석부대표는 1일 기획단 인선에 대해 '
            '"통상적인 모습 정도인 것 같다"고 밝혔다.\n'
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
    body = '에릭 브라운은 "채굴 기업들의 투자가 중요하다"며 "미국이 중심이 돼야 한다"고 말했다.'
    assert [s for s, _ in speakers(body)] == ["에릭 브라운", "에릭 브라운"]


# -- broadcast captions ----------------------------------------------------------------------
def test_captions_name_the_speaker():
    body = ('기자회견이 열렸습니다.\n'
            '[하나무라 유키/일본 바둑 기사/15살 : "더 높은 수준에서 공부하고 싶습니다."]\n'
            '[NHK 뉴스 : "일본 기사의 경쟁력이 약해졌다는 평가가 나옵니다."]\n'
            '법원 앞입니다.\n'
            '토드 밀러 / 피고인 변호사\n'
            '"정치적 기소입니다. 실망스러운 날입니다."\n')
    got = speakers(body)
    assert [s for s, _ in got] == ["하나무라 유키", "NHK", "토드 밀러"]
    assert persons(body)["토드 밀러"][0] == "변호사"


def test_speaker_named_after_the_quotation_as_owner_of_the_question():
    body = ('"누가 선물을 보냈냐?"라는 진행자 최도윤의 질문에 게스트 한서아가 '
            '"가장 먼저 보내준 사람이 선배였다"라고 답했다.')
    assert [s for s, _ in speakers(body)] == ["최도윤", "한서아"]


def test_a_topic_that_is_not_a_subject_keeps_the_last_speaker():
    body = ('경기가 끝난 뒤 최수혁 2루심은 "포스 아웃 상황이 맞았다"고 설명했다.\n'
            '감독의 판독 요청이 받아들여지지 않은 것에 대해서는 "이미 시간이 지나 있었다"고 말했다.')
    assert [s for s, _ in speakers(body)] == ["최수혁", "최수혁"]


def test_apposition_with_copula_gives_title_and_owner():
    found = persons("행사에는 아메리칸 비트코인의 회장인 마이크 호와 다른 임원들이 참여했다.")
    assert found["마이크 호"][:2] == ("회장", "아메리칸 비트코인")


def test_a_firm_named_on_its_own_elsewhere_is_not_part_of_the_name():
    body = ('엔비디아는 새 칩을 공개했다. 엔비디아 빌 댈리 수석 과학자는 "설계가 빨라졌다"고 말했다.')
    found = persons(body)
    assert found["빌 댈리"][:2] == ("수석 과학자", "엔비디아")
    assert speakers(body) == [("빌 댈리", "설계가 빨라졌다")]


def test_a_later_mention_fills_the_organisation():
    body = "3루 주자 김재훈이 홈을 밟았다. 팬들이 두산 좌익수 김재훈에게 몰려갔다."
    assert persons(body)["김재훈"][1] == "두산"


def test_names_ending_in_kwon_are_names_but_two_syllable_words_are_not():
    found = persons('그는 "이인권 아나운서한테도 선물했다"고 말했다. 정권은 바뀌었다.')
    assert found["이인권"][0] == "아나운서"
    assert "정권" not in found


def test_organisation_words_kiwi_reads_as_nouns_before_a_compound_title():
    found = persons("윤정호 남부경찰서 형사과장은 수사 결과를 발표했다. 최근호 경장님이 현장에 나갔다.")
    assert found["윤정호"][:2] == ("형사과장", "남부경찰서")
    assert "최근호" in found


@pytest.mark.parametrize("body, name", [
    ("작년 5월 이효진 블로그에 식단이 소개됐다.", "이효진"),
    ("그는 영화에서 윤동주의 친구 송몽규 역을 맡았다.", "송몽규"),
    ("맏딸 박가연 양이 상을 받았다.", "박가연"),
])
def test_nouns_a_person_owns_and_honorifics_after_a_name(body, name):
    assert name in persons(body)


def test_a_country_before_government_is_not_a_person():
    assert persons("호주 정부는 대책을 발표했다.") == {}


def test_a_country_after_a_foreign_name_is_its_organisation():
    found = persons("그는 모스크바를 방문한 왈리드 무알렘 시리아 외무장관과 만났다.")
    assert found["왈리드 무알렘"][:2] == ("외무장관", "시리아")
    assert "시리아" not in found


def test_a_chain_of_quotations_is_one_quotation_in_parts():
    body = '백서준 대표는 "시장이 커지고 있다"며 "내년에 공장을 짓겠다"고 강조했다.'
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    found = quote.find(body, ps, ms, ctx)
    assert [q.continues for q in found] == [None, 0]


def test_an_abbreviation_spelled_out_in_parentheses_is_not_a_name():
    body = "당내에선 ‘어대명’(어차피 대표는 이재명) 분위기가 확산됐다. 극 중 ‘홍설’ 역의 배우가 웃었다."
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
    assert persons("김도윤 서울메트로 사장은 지하철 역을 찾았다.")["김도윤"][:2] == ("사장", "서울메트로")
    assert persons("김도윤 사장은 부산으로 자리를 옮겼다.")["김도윤"][:2] == ("사장", None)


@pytest.mark.parametrize("body, name", [
    ("결승에 오른 제니 올리버(25)는 금메달을 땄다.", "제니 올리버"),
    ("이날 경기에서는 마츠 후멜스(도르트문트)의 골이 터졌다.", "마츠 후멜스"),
])
def test_a_foreign_name_glossed_with_an_age_or_a_club_is_a_person(body, name):
    assert persons(body)[name][2] == "morphology"


def test_a_gloss_that_is_not_an_age_or_a_proper_noun_makes_no_person():
    assert "마츠 후멜스" not in persons("이날 경기에서는 마츠 후멜스(MF)의 골이 터졌다.")


def test_a_proper_noun_glossed_with_an_age_is_a_person():
    assert persons("이날 공개된 사진 속 카르멘(24)은 웃고 있었다.")["카르멘"] == (None, None, "morphology")
    assert "카르멘" not in persons("이날 공개된 사진 속 카르멘은 선명했다.")
    assert "노르웨이" not in persons("노르웨이(2위)가 뒤를 이었다.")


def test_a_proper_noun_listed_with_persons_is_a_person():
    found = persons("시상식에는 김도윤, 한예진, 박서하 등이 참석했다.")
    assert found["박서하"] == (None, None, "list_of_persons")
    assert set(persons("시상식에는 김도윤 대표, 한예진, 서울시 관계자가 참석했다.")) == {"김도윤", "한예진"}
    assert "에릭" not in persons("행사에는 김도윤 대표, 에릭 트럼프가 참석했다.")  # the first word of a longer name


def test_a_name_ending_like_a_particle_is_split_as_kiwi_reads_it():
    """'구하라는' is 구하라 + 는, not 구하 + 라는."""
    assert "구하라" in persons("무대에 함께 선 박서하, 구하라는 서로의 앞날을 빌었다.")
    assert "구하" not in persons("무대에 함께 선 박서하, 구하라는 서로의 앞날을 빌었다.")


@pytest.mark.parametrize("body, name, title", [
    ("힙합 가수 에미넴이 새 앨범을 냈다.", "에미넴", "가수"),
    ("브라질 수비수 마르셀루의 발을 맞고 공이 들어갔다.", "마르셀루", "수비수"),
])
def test_one_foreign_word_after_an_occupation_is_a_person(body, name, title):
    assert persons(body)[name][0] == title


def test_a_name_glued_to_its_honorific_is_not_a_foreign_name():
    assert set(persons("배우 채수빈씨가 시상식에 참석했다.")) == {"채수빈"}


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
