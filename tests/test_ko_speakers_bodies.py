"""Korean speakers and persons of a second writer's kinds, on sentences written for these tests."""

from builder.rules import Context
from builder.rules.ko import person, quote

SAID = '"올해는 반드시 매출을 두 배로 늘리겠다"고 말했다.'


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


def speakers(body):
    ps, ms = person.find(body, Context(None))
    return [(q.speaker, q.speaker_kind) for q in quote.find(body, ps, ms, Context(None))]


def test_legal_form_opens_the_organisation_after_a_compound_surname():
    body = f"남궁서진 법무법인 다온 변호사는 {SAID}"
    assert persons(body) == {"남궁서진": ("변호사", "법무법인 다온")}
    assert speakers(body) == [("남궁서진", "person")]


def test_legal_form_without_a_name_before_it_is_no_person():
    assert "다온" not in persons(f"법무법인 다온 변호사는 {SAID}")


def test_foreign_name_before_a_short_form_of_its_institution():
    body = f"캐서린 몰턴 연준 이사는 {SAID} 그는 \"고용 지표가 식고 있다는 신호가 보인다\"고 덧붙였다."
    assert persons(body) == {"캐서린 몰턴": ("이사", "연준")}
    assert speakers(body) == [("캐서린 몰턴", "person")] * 2


def test_korean_name_before_an_organisation_is_not_read_as_foreign():
    assert persons(f"김태오 한빛 이사는 {SAID}")["김태오"] == ("이사", "한빛")


def test_generic_firm_word_stands_for_the_employer_named_before():
    body = f"박도윤 가람중공업 대표이사는 입장문을 내고 {SAID} 회사는 \"노조와의 대화 창구는 언제든 열려 있다\"고 덧붙였다."
    assert speakers(body)[-1] == ("가람중공업", "organization")


def test_generic_firm_word_does_not_stand_for_a_university():
    body = f"박도윤 한빛대 교수는 {SAID} 회사는 \"노조와의 대화 창구는 언제든 열려 있다\"고 덧붙였다."
    assert speakers(body)[-1] != ("한빛대", "organization")


def test_title_with_copula_names_the_person_the_pronoun_refers_to():
    body = "지붕에 태양광을 깔자고 주장해 온 사람이 있다. 윤서결(52) 한빛에너지연구소 소장이다. " \
           "그는 \"땅을 새로 깎지 않고도 전기를 만들 수 있다\"고 말한다."
    assert persons(body) == {"윤서결": ("소장", "한빛에너지연구소")}
    assert speakers(body) == [("윤서결", "person")]


def test_copula_after_a_title_without_a_name_makes_no_person():
    assert persons("그 주인공은 한빛대 교수다. 모두가 놀랐다.") == {}


QA = ("태양광을 깔자고 주장해 온 윤서결 한빛에너지연구소 소장은 \"지붕이 가장 싼 발전소\"라고 말한다.\n\n"
      "- 지붕 태양광이 왜 필요한가.\n\"산업단지 지붕 면적을 다 합치면 여의도의 60배가 넘는다.\"\n\n"
      "- 계기가 있나.\n지도교수였던 하태준 박사가 \"기후는 숫자로 말해야 설득된다\"고 한 말이 출발점이었다.\n\n"
      "- 정부에 바라는 점은.\n\"계약을 20년간 유지하게 해 주는 법이 필요하다.\"\n")


def test_answers_after_question_lines_are_the_interviewee_s():
    assert speakers(QA) == [("윤서결", "person"), ("윤서결", "person"), ("하태준", "person"), ("윤서결", "person")]


def test_quotation_alone_on_a_line_without_a_question_before_it_is_a_heading():
    body = QA.replace("- 지붕 태양광이 왜 필요한가.\n", "지붕 태양광이 왜 필요한가에 대한 이야기가 이어졌다\n")
    assert len(speakers(body)) == 3


def test_gloss_after_the_title_leaves_the_particle_to_the_person():
    body = (f"개편을 맡은 정도윤 학생처장은 {SAID} 정 처장은 \"졸업 요건 학점은 그대로 둔다\"고 덧붙였다. "
            "정미래 총학생회장(경영학과 4학년)은 \"선택권이 넓어지는 것은 환영하지만 강의가 줄어들 수 있다\"고 우려했다.")
    assert speakers(body) == [("정도윤", "person"), ("정도윤", "person"), ("정미래", "person")]


def test_gloss_after_the_title_then_no_particle_changes_nothing():
    body = f"정미래 총학생회장(경영학과 4학년) 등 학생 대표들이 모였다. 정도윤 학생처장은 {SAID}"
    assert speakers(body) == [("정도윤", "person")]


AWARD = ("최우수상은 표하진과 나혜온이 나란히 받았다. 표하진은 \"스태프의 이름을 다 부르고 싶다\"고 했다. "
         "신인상은 오세준에게 {verb}. 첫 주연작에서 호평받은 그는 \"아직 배울 게 너무 많은 배우\"라고 소감을 밝혔다.")


def test_pronoun_after_a_prize_went_to_someone_is_the_recipient():
    assert speakers(AWARD.format(verb="돌아갔다"))[-1] == ("오세준", "person")


def test_pronoun_after_someone_only_spoken_to_is_the_last_subject():
    assert speakers(AWARD.format(verb="축하 인사를 건넸다"))[-1] == ("표하진", "person")


def test_latin_name_with_hangul_spelling_and_its_short_mention():
    body = ("한빛랩스는 2021년 김하율 대표와 Daniel Park(박다니엘) 최고기술책임자(CTO)가 함께 세웠다. "
            "박 CTO는 \"전문 용어 인식 정확도를 97%까지 끌어올렸다\"고 설명했다.")
    assert persons(body)["Daniel Park"] == ("최고기술책임자", "한빛랩스")  # a founder joined to the other: its body
    assert speakers(body) == [("Daniel Park", "person")]


def test_one_latin_word_before_a_title_is_no_person():
    assert persons(f"Google 한국 대표는 {SAID}").keys().isdisjoint({"Google", "Google 한국"})


def test_korean_name_then_a_foreign_looking_firm_before_a_title():
    body = "함지윤 리얼뷰 수석연구원은 \"역세권 대단지에 수요가 몰리는 쏠림 현상\"이라고 말했다."
    assert persons(body) == {"함지윤": ("수석연구원", "리얼뷰")}


def test_two_foreign_words_before_a_title_stay_one_name():
    body = "마커스 벨린 노바칩 CEO는 \"가나다라 마바사 아자차 카타파\"라고 말했다."
    assert "마커스 벨린" in persons(body)


TEAM = ("인천 {team}가 풀세트 접전 끝에 수원을 꺾고 6연승을 달렸다. {team}는 14일 홈경기에서 이겼다. "
        "설태민 {team} 감독은 \"4세트를 쉽게 내줘 분위기가 넘어갈 뻔했다\"고 말했다.")


def test_guessed_word_written_between_a_name_and_its_title_is_the_club():
    assert persons(TEAM.format(team="청람스파크스")) == {"설태민": ("감독", "청람스파크스")}


def test_guessed_word_never_between_a_name_and_a_title_can_be_a_person():
    body = "증인으로 나온 라이언킴은 혐의를 부인했다. 설태민 감독은 \"4세트를 쉽게 내줘 분위기가 넘어갈 뻔했다\"고 말했다."
    assert "라이언킴" in persons(body)


def test_role_word_before_an_anonymised_person_is_no_person():
    assert set(persons("경찰은 총책 A(41)씨와 관리책 B(36)씨 등 12명을 검거했다.")) == {"A씨", "B씨"}


def test_name_joined_to_a_person_is_still_a_person():
    assert set(persons("하린과 도윤 측은 교제 소식을 인정했다.")) == {"하린", "도윤"}


def test_party_of_a_committee_post_with_the_copula_is_the_organisation():
    body = "여당에서도 비판이 이어졌다. 새빛당 간사인 조하늘 의원은 \"신고가 너무 늦게 들어왔다\"고 말했다."
    assert persons(body)["조하늘"] == ("의원", "새빛당")


def test_committee_post_without_a_body_gives_no_organisation():
    body = "회의에서 오랫동안 간사인 조하늘 의원은 \"신고가 너무 늦게 들어왔다\"고 말했다."
    assert persons(body)["조하늘"] == ("의원", None)


def test_kind_of_body_with_genitive_stands_for_the_body_named_before():
    body = "김해시는 한빛창업혁신센터와 업무협약을 맺었다. 센터의 모하진 센터장은 \"청년 기업을 돕겠다는 약속\"이라고 말했다."
    assert persons(body)["모하진"] == ("센터장", "한빛창업혁신센터")


def test_kind_of_body_with_genitive_and_none_named_gives_no_organisation():
    body = "업무협약을 맺었다. 센터의 모하진 센터장은 \"청년 기업을 돕겠다는 약속\"이라고 말했다."
    assert persons(body)["모하진"] == ("센터장", None)


def test_line_ending_in_a_quotation_without_a_verb_is_a_headline():
    body = "학생은 \"입학할 때 이런 제도가 있었다면 좋았을 것\"이라고 말했다.\n지방 사립대 절반 \"내년 등록금 인상 검토\"\n"
    assert [q[1] for q in speakers_and_texts(body)] == ["입학할 때 이런 제도가 있었다면 좋았을 것"]


def test_quoted_sentence_closing_its_line_without_a_verb_is_still_a_quotation():
    body = "그는 \"모든 것이 이제 끝났다.\"\n"
    assert speakers_and_texts(body) == [(None, "모든 것이 이제 끝났다.")]


def test_role_at_work_before_a_name_with_ssi_and_a_kind_of_firm():
    body = "도장 작업을 해 온 하청업체 직원 옥승민(47)씨는 \"쉬는 시간도 제대로 없다\"고 말했다."
    assert persons(body) == {"옥승민": ("직원", None)}


def test_role_at_work_before_a_name_with_ssi_and_a_named_firm():
    body = "한빛전자 직원 옥승민(47)씨는 \"쉬는 시간도 제대로 없다\"고 말했다."
    assert persons(body) == {"옥승민": ("직원", "한빛전자")}


def speakers_and_texts(body):
    ps, ms = person.find(body, Context(None))
    return [(q.speaker, q.text) for q in quote.find(body, ps, ms, Context(None))]


DEBATE = ("{first}윤 교수는 이어 \"금리를 내려야 한다\"고 덧붙였다.\n\n"
          "다음 토론자인 윤하늘 가람대 교수는 \"반대로 올려야 한다\"고 말했다.")


def test_short_mention_resolves_to_the_person_named_before():
    body = DEBATE.format(first="윤서진 한빛대 교수는 \"물가가 먼저 잡혀야 한다\"고 말했다. ")
    assert speakers(body) == [("윤서진", "person")] * 2 + [("윤하늘", "person")]


def test_short_mention_never_resolves_forward():
    assert speakers(DEBATE.format(first="회의에서 "))[0] != ("윤하늘", "person")
