"""The body an article ties a member post to away from the name (builder/rules/ko/membership.py): the clause's topic,
the topic carried over from the sentence before, the possessor, the one body the headline and lede are about; and
the look-alikes where nothing decides (a trade, two bodies of the kind, a post anyone holds). Invented throughout."""

from builder.rules import Context
from builder.rules.ko import membership, person
from builder.rules.model import Person


def organisation(body: str, name: str, headline: str | None = None) -> str | None:
    found, _ = person.find(body, Context(None, title=headline))
    rows = [p for p in found if p.name == name]
    assert rows, f"{name} not found in {body!r}: {[p.name for p in found]}"
    return rows[0].organization


MATCH = ("가람시티는 7일 가람종합운동장에서 열린 리그 10라운드 홈경기에서 누리FC를 2-1로 이겼다. "
         "누리FC 도한별 감독은 \"졌지만 배웠다\"고 말했다.\n")


def test_clause_topic_gives_its_player():
    body = MATCH + "가람시티는 후반 30분 미드필더 윤채겸(27)의 중거리 슛으로 앞서갔다. 가람시티 변도율 감독은 \"좋았다\"고 말했다."
    assert organisation(body, "윤채겸") == "가람시티"


def test_topic_carried_over_to_a_sentence_without_its_own():
    body = MATCH + ("가람시티는 전반 12분 선제골을 내줬다. 하지만 후반 9분 주장 엄소결의 헤더로 균형을 맞췄다.\n"
                    "가람시티 변도율 감독은 \"끝까지 뛰었다\"고 말했다.")
    assert organisation(body, "엄소결") == "가람시티"


def test_sentence_with_its_own_subject_takes_nothing_from_before():
    body = MATCH + ("가람시티는 전반 12분 선제골을 내줬다. 관중석은 조용했고 주장 엄소결이 다시 공을 잡았다.\n"
                    "가람시티 변도율 감독은 \"끝까지 뛰었다\"고 말했다.")
    assert organisation(body, "엄소결") != "가람시티"  # '관중석은': a topic of its own


def test_research_post_under_an_institute_as_topic():
    body = "한빛해양연구원은 탁세윤 책임연구원 연구진이 새 해류 모델을 만들었다고 3일 밝혔다."
    assert organisation(body, "탁세윤") == "한빛해양연구원"


def test_a_post_anyone_holds_is_not_given_the_topic():
    body = "가람지방검찰청은 3일 누리물산 대표 권소담(52)씨를 횡령 혐의로 구속 기소했다. 검찰은 권씨가 회삿돈을 빼돌렸다고 봤다."
    assert organisation(body, "권소담") != "가람지방검찰청"


def test_trade_sentence_ties_no_player():
    body = ("가람시티와 누리FC가 1대1 트레이드를 단행했다.\n"
            "가람시티는 2일 수비수 하도운(29)을 누리FC에 보내고 공격수 연바름(25)을 받았다고 발표했다. "
            "가람시티 변도율 감독은 \"필요한 선수\"라고 말했다.")
    assert organisation(body, "하도운") is None
    assert organisation(body, "연바름") is None


def test_the_article_body_gives_its_members():
    headline = "솔매FC, 감독 경질…\"분위기 쇄신\""
    body = ("솔매FC가 연패 끝에 사령탑을 교체했다.\n"
            "\"모두의 책임입니다.\" 주장 설다온은 이렇게 말했다. 올 시즌 타선을 이끈 3루수 표하겸도 인사를 남겼다.")
    assert organisation(body, "설다온", headline) == "솔매FC"


def test_the_article_body_not_given_when_another_body_holds_the_kind():
    headline = "누리셈바이오, 상장 첫 거래일 두 배"
    body = ("누리셈바이오가 상장 첫 거래일에 두 배로 올라 장을 마쳤다.\n"
            "주관사인 가온투자증권 최고재무책임자(CFO) 변하솔 씨는 \"수요가 컸다\"고 했다. "
            "공동 창업자인 여지안 최고기술책임자(CTO)도 기념식에 함께했다.")
    assert organisation(body, "여지안", headline) is None


def test_topic_of_article_needs_the_lede_subject():
    assert membership.topic_of_article("누리셈바이오, 새 공장 착공", "누리셈바이오가 새 공장을 짓는다.", set()) == "누리셈바이오"
    assert membership.topic_of_article("누리셈바이오, 새 공장 착공", "가온전자가 새 공장을 짓는다.", set()) is None
    # a person heading the headline ('진소율, 첫 우승'): no body
    assert membership.topic_of_article("진소율, 첫 우승", "진소율이 첫 우승을 차지했다.", set()) is None


def test_name_words_drop_a_body_glued_to_a_name():
    words = membership.name_words([Person("탁다온 누리셈바이오텍"), Person("마커스 벨린")])
    assert "누리셈바이오텍" not in words and {"탁다온", "마커스", "벨린"} <= words


# -- round 39: the body written before the post words, a person's body as the topic, the one council --------------

VOLLEY = "가람시티 변도율 감독은 \"수비가 살아났다\"고 말했다.\n"


def test_body_written_before_two_post_words():
    body = "가람시티는 3일 홈경기에서 이겼다. 가람시티 아포짓 스파이커 윤채겸(27)은 양 팀 최다 득점을 올렸다.\n" + VOLLEY
    assert organisation(body, "윤채겸") == "가람시티"


def test_a_word_ending_like_a_body_before_the_post_is_no_body():
    body = "관중은 유격수 한도윤과 투수 엄소결을 번갈아 연호했다.\n" + VOLLEY
    assert organisation(body, "엄소결") is None  # '한도윤과': a name with 과, not a department


def test_subject_phrase_of_a_person_carries_the_body():
    body = ("가람시티 세터 윤채겸(27)은 토스 40개를 성공했다. 미들블로커 표하겸(25)도 블로킹 5개를 보탰다.\n" + VOLLEY)
    assert organisation(body, "표하겸") == "가람시티"


def test_two_sides_in_the_sentence_before_carry_nothing():
    body = ("누리FC 도한별 감독은 \"아쉽다\"고 말했다.\n"
            "가람시티 세터 윤채겸(27)이 올린 공을 누리FC 공격수 변소담이 가로챘다. 리베로 표하겸(25)도 몸을 날렸다.\n"
            + VOLLEY)
    assert organisation(body, "표하겸") is None


def test_bare_city_councillor_gets_the_one_city_council():
    body = ("탁윤겸 가람시장은 3일 새 청사 계획을 밝혔다.\n"
            "의회에서도 의견이 갈렸다. 연소담 시의원은 \"재검토가 필요하다\"고 말했다.")
    assert organisation(body, "연소담") == "가람시의회"


def test_bare_councillor_with_two_cities_named_gets_nothing():
    body = ("탁윤겸 가람시장과 변채온 누리시장은 3일 협약을 맺었다.\n"
            "의회에서도 의견이 갈렸다. 연소담 시의원은 \"재검토가 필요하다\"고 말했다.")
    assert organisation(body, "연소담") is None


def test_a_body_named_but_not_as_a_subject_does_not_stop_the_carry():
    body = MATCH + ("가람시티는 전반 12분 누리FC 공격수 변소담에게 선제골을 내줬다. 하지만 후반 9분 주장 엄소결의 헤더로 "
                    "균형을 맞췄다.\n가람시티 변도율 감독은 \"끝까지 뛰었다\"고 말했다.")
    assert organisation(body, "엄소결") == "가람시티"


def test_name_first_subject_phrase_carries_its_body_to_a_firm_post():
    body = ("변채온 누리셈텍 대표는 \"새 제품을 내놓겠다\"고 말했다. 설계를 이끈 탁윤겸 최고기술책임자(CTO)는 "
            "\"전력을 줄였다\"고 설명했다.")
    assert organisation(body, "탁윤겸") == "누리셈텍"


PARTIES = ("새빛당 지도부가 3일 누리당에 합의를 촉구했다.\n"
           "새빛당 나은결 대표는 회의에서 \"누리당은 답하라\"고 말했다.\n"
           "원내대표인 도하람 의원은 \"시한을 지키겠다\"고 밝혔다.\n"
           "\"정쟁은 안 된다\"라고 여민채 최고위원은 말했다.\n"
           "누리당은 곧바로 맞섰다. 누리당 한솔비 원내대변인은 \"답이 없다\"고 비판했다.\n"
           "누리당 예결위 간사인 차운결 의원도 \"책임 회피\"라고 말했다.\n")


def test_party_member_takes_the_party_of_the_passage():
    assert organisation(PARTIES, "도하람") == "새빛당"
    assert organisation(PARTIES, "여민채") == "새빛당"  # not 누리당, written only in a quotation or acted on


def test_party_before_a_committee_is_the_members_body():
    assert organisation(PARTIES, "차운결") == "누리당"


def test_former_lawmaker_takes_no_party_from_the_passage():
    body = PARTIES + "지난 총선에서 낙선한 설하진 전 의원도 \"아쉽다\"고 말했다.\n"
    assert organisation(body, "설하진") is None


def test_contract_status_is_no_body():
    body = "누리 호크스가 자유계약선수(FA) 내야수 방도윤(30)을 붙잡았다. 계약을 마친 방도윤은 \"기쁘다\"고 말했다."
    assert organisation(body, "방도윤") == "누리 호크스"
    bare = "FA 투수 여민결(31)은 아직 새 팀을 찾지 못했다."
    assert organisation(bare, "여민결") is None


def test_body_led_by_the_pronouns_person_and_its_kind_after():
    body = ("성당 무대 뒤에서 마주친 지휘자 모라온(44)은 짧게 답했다. 그가 이끄는 하늬심포니오케스트라는 봄마다 "
            "순회 공연을 한다.\n오케스트라 악장인 첼리스트 채보늬(31)는 \"악보를 새로 짰다\"며 웃었다.")
    assert organisation(body, "모라온") == "하늬심포니오케스트라"
    assert organisation(body, "채보늬") == "하늬심포니오케스트라"


def test_body_a_pronoun_left_is_not_given():
    body = "지휘자 모라온(44)은 짧게 답했다. 그가 떠난 하늬심포니오케스트라는 봄마다 순회 공연을 한다."
    assert organisation(body, "모라온") is None


def test_lede_describing_its_firm_in_four_words():
    body = ("국내 인공지능(AI) 반도체 스타트업 누리칩이 새 칩을 공개했다.\n라온결 누리칩 대표는 \"승부하겠다\"고 말했다.\n"
            "개발을 이끈 도새별 최고기술책임자(CTO)는 \"핵심\"이라고 설명했다.")
    assert organisation(body, "도새별", "AI 반도체 스타트업 누리칩, 새 칩 공개") == "누리칩"


PARTY_LEDE = "새빛당 도한결 대표는 8일 국회에서 기자회견을 열고 \"법안을 이번 회기에 처리하겠다\"고 말했다.\n"


def test_lawmakers_listed_after_a_party_member_get_no_party_the_sentence_does_not_name():
    body = PARTY_LEDE + "이 자리에는 법안을 같이 낸 마서린, 나기훈 의원과 누리당 소속 하도윤 의원이 함께했다."
    assert organisation(body, "마서린") is None
    assert organisation(body, "나기훈") is None
    assert organisation(body, "하도윤") == "누리당"


def test_a_lawmaker_in_the_sentence_naming_the_party_gets_it():
    body = "새빛당은 9일 의원총회를 열고 탁세윤 의원을 협상 대표로 정했다. 탁 의원은 \"서두르지 않겠다\"고 말했다."
    assert organisation(body, "탁세윤") == "새빛당"


def test_party_posts_take_the_party_of_the_passage():
    body = PARTY_LEDE + ("회의에 나온 마서린, 나기훈 최고위원은 말을 아꼈다.\n"
                         "원내대표인 하도윤 의원은 \"심사가 남았다\"고 밝혔다.")
    assert organisation(body, "마서린") == "새빛당"
    assert organisation(body, "하도윤") == "새빛당"


def test_lawmakers_elected_to_a_party_post_take_the_party():
    body = "새빛당은 8일 전당대회를 열었다. 이번 최고위원 선거에서 마서린·나기훈 의원이 나란히 당선됐다."
    assert organisation(body, "나기훈") == "새빛당"


def test_a_role_in_a_paper_is_no_body():
    body = ("가람대 연구팀이 새 촉매를 개발했다고 9일 밝혔다. 연구를 이끈 하도윤 교수는 \"기쁘다\"고 말했다. "
            "논문 제1저자인 마서린 박사과정생은 \"보호층이 핵심\"이라고 설명했다. "
            "교신저자인 박사후연구원 나기훈 씨는 \"다음 단계는 실증\"이라고 말했다.")
    assert organisation(body, "마서린") is None
    assert organisation(body, "나기훈") is None
    assert membership.is_work_role("논문 제1저자인") and not membership.is_work_role("가람인재개발원")


COUNCIL_STORY = ("하람시의회 복지위원회는 4일 위원회실에서 내년도 예산안 예비심사를 벌였다. "
                 "예산 규모를 놓고 의원들의 질의가 이어졌다.\n")


def test_a_committee_member_sits_in_the_council_written_before_the_committee():
    body = COUNCIL_STORY + "복지위원회 채누리 의원은 \"돌봄 예산부터 늘려야 한다\"고 말했다."
    assert organisation(body, "채누리") == "하람시의회 복지위원회"


def test_a_bare_council_word_before_a_committee_takes_the_one_council_of_that_kind():
    body = ("누리군의회도 별도 조사를 촉구했다. 군의회 해안특위 간사인 탁가온 의원은 "
            "\"주민 설명회부터 열어야 한다\"고 지적했다.")
    assert organisation(body, "탁가온") == "누리군의회 해안특위"


def test_a_committee_no_council_is_written_before_stays_as_it_is():
    body = ("국회 복지위원회는 4일 전체회의를 열었다. 예산 규모를 놓고 질의가 이어졌다.\n"
            "복지위원회 채누리 의원은 \"돌봄 예산부터 늘려야 한다\"고 말했다.")
    assert "의회" not in (organisation(body, "채누리") or "")
    assert membership.named_council("시의회", "가람시의회와 누리시의회가 함께 열렸다") is None
    assert membership.named_council("하람시의회", "") == "하람시의회"
    assert membership.named_council("지방의회", "") is None


def test_a_post_held_once_ties_to_no_body():
    body = "이날 출마 회견에는 염도윤 전 하람시의원이 캠프 대변인으로 함께했다. 염 전 의원은 \"시민만 보겠다\"고 말했다."
    assert organisation(body, "염도윤") is None
    body = "이날 출마 회견에는 염도윤 하람시의원이 함께했다. 염 의원은 \"시민만 보겠다\"고 말했다."
    assert organisation(body, "염도윤") == "하람시의회"


def test_a_former_post_holder_put_up_for_a_party_post_takes_the_party():
    body = PARTY_LEDE + ("새빛당은 8일 임시 전당대회에서 새 지도부를 선출했다. "
                         "최고위원 경선에서는 마서린 의원과 나기훈 전 대학생위원장이 나란히 당선됐다.")
    assert organisation(body, "나기훈") == "새빛당"
    body = PARTY_LEDE + ("새빛당은 8일 임시 전당대회에서 새 지도부를 선출했다. "
                         "행사장 밖에서는 나기훈 전 대학생위원장이 지지자들과 인사를 나눴다.")
    assert organisation(body, "나기훈") is None


def test_the_partys_own_committee_gives_the_party():
    body = PARTY_LEDE + ("새빛당은 8일 지도부 경선 공고를 냈다. "
                         "당 윤리위 간사인 하도윤 의원은 \"토론회를 여섯 차례 열겠다\"고 말했다.")
    assert organisation(body, "하도윤") == "새빛당"
    body = PARTY_LEDE + "국회 윤리위 간사인 하도윤 의원은 \"토론회를 여섯 차례 열겠다\"고 말했다."
    assert organisation(body, "하도윤") != "새빛당"


def test_a_rank_is_no_body():
    body = PARTY_LEDE + ("새빛당은 8일 전당대회를 열었다. 마서린 후보가 52%로 당선됐다. "
                         "2위 나기훈 후보(31%)는 결과에 승복했다.")
    assert organisation(body, "나기훈") in (None, "새빛당")
    assert membership.RANK.fullmatch("12위") and not membership.RANK.fullmatch("위원회")


def test_a_word_of_the_persons_own_name_is_no_body():
    assert membership.own_name(Person(name="라일라 하메드", title="장관", organization="라일라"))
    assert membership.own_name(Person(name="응우옌 반 키엠", title=None, organization="반 키엠"))
    assert not membership.own_name(Person(name="라일라 하메드", title="장관", organization="가람청"))


def test_a_vice_captain_and_a_head_coach_are_posts_of_the_team():
    body = MATCH + "가람시티는 후반 30분 부주장 여은솔의 헤더로 앞서갔다. 가람시티 변도율 감독은 \"좋았다\"고 말했다."
    assert organisation(body, "여은솔") == "가람시티"
    headline = "누리FC, 감독 교체…수석코치 대행 체제"
    body = "누리FC가 3일 감독 교체를 발표했다. 남은 시즌은 하은결(44) 수석코치가 이끈다."
    assert organisation(body, "하은결", headline) == "누리FC"
    body = "누리FC가 3일 감독 교체를 발표했다. 남은 시즌은 하은결(44) 변호사가 돕는다."
    assert organisation(body, "하은결", headline) is None


def test_a_bare_kind_after_an_adverb_is_no_topic():
    body = MATCH + "가람시티는 3일 감독과 결별했다. 당분간 팀은 하은결(44) 수석코치가 이끈다."
    assert organisation(body, "하은결") != "당분간 팀"
    assert not membership.is_body("당분간 팀", set(), set()) and membership.is_body("가람 유나이티드", {"가람 유나이티드"}, set())


def test_bare_department_belongs_to_the_institute_the_sentence_opens_with():
    body = ("누리별과학기술원은 기계공학과 탁온새 교수와 물리학과 변시울 교수 공동 연구팀이 새 냉각 소자를 만들었다고 "
            "4일 밝혔다. 탁 교수는 \"열을 절반으로 줄였다\"고 말했다.")
    assert organisation(body, "탁온새") == "누리별과학기술원 기계공학과"
    assert organisation(body, "변시울") == "누리별과학기술원 물리학과"


def test_bare_department_keeps_itself_without_an_institute_as_topic():
    body = ("연구를 이끈 기계공학과 탁온새 교수는 \"열을 절반으로 줄였다\"고 말했다. "
            "가람물산은 이 소자를 내년에 쓸 계획이다.")
    assert organisation(body, "탁온새") == "기계공학과"
    body = "누리별시는 기계공학과 탁온새 교수를 자문위원으로 위촉했다고 4일 밝혔다."
    assert organisation(body, "탁온새") != "누리별시 기계공학과"
