"""Who said a Korean quotation when the frame is not '"…"고 말했다' in one sentence, on sentences written
for these tests, each family with its negative: a speaker line broken off before its quotation's paragraph;
the speaker's voice as the subject after the quotation; a body's written statement; 그 standing for the
person a profile follows; a sentence saying how its subject answered before a frameless quotation; a
quotation alone between two paragraphs about one person; a quotation split over paragraphs closed by a
quotative ending; a particle after a gloss of several words; a bare title; a firm heading a subject.
"""

import pytest

from builder.rules import Context
from builder.rules.ko import person, quote
from ko_quote_helpers import speaker_of, speakers
from builder.rules.ko.text import quote_spans


def found(body: str, words: str) -> bool:
    return any(text.startswith(words) for _, text in speakers(body))


# -- a speaker line broken off before the quotation's paragraph ---------------------------------
@pytest.mark.parametrize("speaker_line, who", [
    ("딸 역을 맡은 배우 추다온은", "추다온"),
    ("제작사 대표 마성호 씨도", "마성호"),
    ("딸 역을 맡은 배우 추다온은 이날 시사회에서", "추다온"),
])
def test_a_paragraph_ending_in_its_subject_opens_the_quotation_of_the_next(speaker_line, who):
    body = ("어머니 역을 맡은 배우 변지아는 \"촬영 내내 많이 울었다\"고 말했다.\n"
            f"{speaker_line}\n\"선배의 눈빛만 봐도 다음 대사가 떠올랐다\"고 말했다.")
    assert speaker_of(body, "선배의 눈빛") == who


def test_a_paragraph_ending_in_a_full_sentence_lends_no_subject():
    body = ("배우 변지아는 \"촬영 내내 많이 울었다\"고 말했다.\n딸 역은 신인 추다온이 맡았다.\n"
            "\"선배의 눈빛만 봐도 다음 대사가 떠올랐다\"고 연출을 맡은 석해담 감독이 말했다.")
    assert speaker_of(body, "선배의 눈빛") == "석해담"


# -- the speaker's voice after the quotation -----------------------------------------------------
@pytest.mark.parametrize("body", [
    "목공예가 탁세은(39)은 공방을 운영한다. \"젊은 작가들이 떠나는 걸 보면 마음이 아프다\" 탁 작가의 목소리가 높아졌다.",
    "목공예가 탁세은(39)은 공방을 운영한다.\n\"젊은 작가들이 떠나는 걸 보면 마음이 아프다.\"\n탁 작가의 어조는 단호했다.",
    "목공예가 탁세은(39)은 공방을 운영한다.\n\"젊은 작가들이 떠나는 걸 보면 마음이 아프다.\"\n그의 목소리가 떨렸다.",
    "목공예가 탁세은(39)은 공방을 운영한다. \"젊은 작가들이 떠나는 걸 보면 마음이 아프다\" 그의 목소리에 힘이 실렸다.",
    "목공예가 탁세은(39)은 공방을 운영한다.\n\"젊은 작가들이 떠나는 걸 보면 마음이 아프다.\"\n탁 작가의 대답은 짧았다.",
])
def test_the_owner_of_the_voice_after_the_quotation_said_it(body):
    assert speaker_of(body, "젊은 작가들이") == "탁세은"


def test_a_voice_owned_by_nobody_named_gives_no_speaker():
    body = ("목공예가 탁세은(39)은 공방을 운영한다.\n\"젊은 작가들이 떠나는 걸 보면 마음이 아프다.\"\n"
            "객석의 목소리는 잦아들었다.")
    assert not found(body, "젊은 작가들이")


# -- a body's written statement ------------------------------------------------------------------
@pytest.mark.parametrize("frame, body_name", [
    ("푸른장터는 즉각 입장문을 내고", "푸른장터"),
    ("다온물산 노조는 성명에서", "다온물산 노조"),
    ("누리소프트는 이날 보도자료를 통해", "누리소프트"),
    ("푸른장터는 공식 홈페이지에 사과문을 올리고", "푸른장터"),
    ("SK누리는 이날 보도자료를 내고", "SK누리"),
])
def test_a_subject_that_issues_a_statement_is_the_body_speaking(frame, body_name):
    body = f"공정위는 과징금을 부과했다.\n{frame} \"판단을 존중하지만 사실관계에 대해서는 견해가 다르다\"고 밝혔다."
    assert speaker_of(body, "판단을 존중") == body_name


def test_a_subject_without_a_statement_is_not_taken_for_a_body():
    body = "공정위는 과징금을 부과했다.\n푸른장터는 즉각 반발하며 \"판단을 존중하지만 사실관계에 대해서는 견해가 다르다\"고 밝혔다."
    assert speaker_of(body, "판단을 존중") is None


def test_a_person_reading_a_document_is_still_the_person():
    body = "차윤호 누리소프트 대표는 자료를 넘기며 \"아직 결론을 내리기는 이르다\"고 말했다."
    assert speaker_of(body, "아직 결론을") == "차윤호"


# -- 그 standing for the person a profile follows ------------------------------------------------
PROFILE = ("강원 평창의 작업실에서 만난 목공예가 탁세은(39)은 대패를 내려놓고 웃었다. 그는 올해 공예대전에서 대상을 받았다.\n"
           "스승인 소목장 국기백(71) 선생은 그를 \"고집이 센 제자\"라고 소개했다. 국 선생은 \"요즘 저만큼 버티는 사람은 드물다\"고 말했다.\n"
           "최근 그는 청년 공예가 모임을 이끌고 있다. 그는 \"작업실 임대료 지원이 필요하다\"고 했다.")


def test_a_pronoun_in_a_later_paragraph_stands_for_the_person_the_story_follows():
    assert speaker_of(PROFILE, "작업실 임대료") == "탁세은"
    assert speaker_of(PROFILE, "요즘 저만큼") == "국기백"


def test_a_pronoun_after_a_person_quoted_in_turn_stands_for_that_person():
    body = ("오민석 대표는 3일 기자회견을 열고 사퇴를 거부했다. 오 대표는 \"끝까지 책임지겠다\"고 말했다.\n"
            "이에 대해 길수진 의원은 그의 발언을 비판했다. 길 의원은 \"책임지는 길은 물러나는 것\"이라고 말했다.\n"
            "그는 또 \"당이 결단해야 한다\"고 덧붙였다.")
    assert speaker_of(body, "당이 결단") == "길수진"


# -- a sentence saying how its subject answered, before a frameless quotation ---------------------
@pytest.mark.parametrize("gap", [" ", "\n"])
@pytest.mark.parametrize("announcing", ["마지막으로 좌우명을 묻자 그는 짧게 답했다.", "그는 한참 망설이다 입을 열었다.",
                                        "그는 웃으며 말했다."])
def test_he_answered_briefly_announces_the_quotation_after_it(gap, announcing):
    body = PROFILE + f"\n{announcing}{gap}\"나무는 거짓말을 하지 않는다\""
    assert speaker_of(body, "나무는 거짓말을") == "탁세은"


def test_a_quotation_with_its_own_frame_is_not_announced_by_the_sentence_before():
    body = ("구태오 대표는 3일 간담회에서 담담하게 말했다. \"아직 끝난 게 아니다\"라고 맞선 이는 나해솔 의원이었다.\n"
            "오세빈 대표는 짧게 답했다. \"이번 결정은 되돌릴 수 없다\"고 조은재 의원이 반박했다.")
    assert speaker_of(body, "이번 결정은") == "조은재"


# -- a quotation alone between two paragraphs about one person ------------------------------------
def test_a_quotation_alone_between_two_paragraphs_about_one_person_is_theirs():
    body = ("작업실에서 만난 목공예가 탁세은(39)은 대패를 내려놓고 웃었다. 그는 올해 대상을 받았다.\n"
            "\"처음 공방을 열었을 때는 손님이 한 명도 없는 날이 더 많았다\"\n"
            "탁 작가는 건축을 전공한 뒤 서른둘에 나무를 잡았다.")
    assert speaker_of(body, "처음 공방을") == "탁세은"


def test_a_quotation_alone_before_a_paragraph_opening_with_he_is_theirs():
    body = ("작업실에서 만난 목공예가 탁세은(39)은 대패를 내려놓고 웃었다. 그는 올해 대상을 받았다.\n"
            "“처음 공방을 열었을 때는 손님이 한 명도 없는 날이 더 많았다”\n"
            "그는 건축을 전공한 뒤 서른둘에 나무를 잡았다.")
    assert speaker_of(body, "처음 공방을") == "탁세은"


def test_a_quotation_alone_after_a_paragraph_about_someone_else_is_a_heading():
    body = ("작업실에서 만난 목공예가 탁세은(39)은 대패를 내려놓고 웃었다. 심사위원 국기백 교수는 올해 그에게 대상을 줬다.\n"
            "\"처음 공방을 열었을 때는 손님이 한 명도 없는 날이 더 많았다\"\n"
            "탁 작가는 건축을 전공한 뒤 서른둘에 나무를 잡았다.")
    assert not found(body, "처음 공방을")


# -- a quotation split over two paragraphs, closed by a quotative ending --------------------------
def test_a_mark_glued_to_a_word_and_a_quotative_ending_closes_a_split_quotation():
    body = "후보자는 질의에 \"정원을 늘리는 것만으로는 부족하다.\n기업과 대학이 함께 가르치는 구조가 필요하다\"고 말했다."
    assert [body[a:b] for a, b in quote_spans(body)] == [
        "정원을 늘리는 것만으로는 부족하다.\n기업과 대학이 함께 가르치는 구조가 필요하다"]


def test_a_mark_glued_to_a_word_and_a_particle_closes_nothing():
    body = "후보자는 질의에 \"정원을 늘리는 것만으로는 부족하다.\n학위 구조\"를 바꾸자는 제안이 이어졌다."
    assert quote_spans(body) == []


# -- a particle after a gloss of several words; a bare title; a firm heading its subject ----------
def test_the_particle_after_a_gloss_of_several_words_belongs_to_the_name():
    body = "전공의협의회장인 엄태준 씨(내과 3년 차)는 출정식에서 \"환자 안전을 말할 수는 없다\"고 말했다."
    assert speaker_of(body, "환자 안전을") == "엄태준"


def test_a_bare_title_stands_for_the_one_person_named_with_it():
    body = ("국회는 23일 윤서하 환경부 장관 후보자의 청문회를 열었다. 여당 위원인 마도윤 의원은 \"전문성은 충분하다\"고 했다.\n"
            "후보자는 질의에 \"정원을 늘리는 것만으로는 부족하다\"고 말했다.")
    assert speaker_of(body, "정원을 늘리는") == "윤서하"


def test_a_bare_title_two_people_share_names_neither():
    body = ("국회는 23일 윤서하 환경부 장관 후보자와 곽이준 국방부 장관 후보자의 청문회를 열었다.\n"
            "후보자는 질의에 \"정원을 늘리는 것만으로는 부족하다\"고 말했다.")
    assert speaker_of(body, "정원을 늘리는") not in ("윤서하", "곽이준")


def test_a_generic_word_for_the_firm_stands_for_the_firm_heading_a_subject():
    body = ("다온모터스 노사가 임금협상 잠정합의안을 마련했다.\n사측 대표인 하지용 부사장은 \"가장 큰 과제였다\"고 설명했다.\n"
            "회사는 별도 입장문을 내고 \"협력사 피해를 막을 수 있게 돼 다행\"이라고 밝혔다.")
    assert speaker_of(body, "협력사 피해를") == "다온모터스"


@pytest.mark.parametrize("body,words,firm", [
    ("기획사 다온비엔터테인먼트 소속 배우들이 부당한 계약에 묶였다는 의혹이 제기됐다. 소속사는 \"사실이 아니다\"며 법적 대응을 "
     "예고했다.", "사실이 아니다", "다온비엔터테인먼트"),
    ("프로축구 가람유나이티드 소속 선수 두 명이 음주 운전으로 적발됐다. 구단은 \"무겁게 받아들인다\"고 밝혔다.",
     "무겁게 받아들인다", "가람유나이티드"),
    ("한울전자 소속 연구원 세 명이 기술 유출 혐의로 입건됐다. 회사는 \"수사에 협조하겠다\"고 밝혔다.",
     "수사에 협조하겠다", "한울전자"),
])
def test_a_generic_word_for_the_firm_stands_for_the_firm_whose_people_were_named(body, words, firm):
    """'X 소속 배우들이 …. 소속사는 "…"': the body named with 소속 before its people is the one the word stands for."""
    assert speaker_of(body, words) == firm


def test_a_generic_word_names_no_body_where_only_a_committee_had_members():
    body = "국회 교육위원회 소속 의원들이 현장을 찾았다. 회사는 \"성실히 설명하겠다\"고 밝혔다."
    assert speaker_of(body, "성실히 설명하겠다") != "교육위원회"


# -- a full sentence quoted alone after a paragraph ending in its speaker's reporting verb ---------
def test_a_full_sentence_alone_after_its_speakers_reporting_sentence_is_theirs():
    body = ("탁세은 대표는 창업 당시를 떠올리며 웃었다. 그는 그 시절의 어려움을 담담하게 설명했다.\n"
            "\"처음에는 손님이 한 명도 없었습니다. 그래도 버텼습니다.\"\n한편 회사는 올해 흑자를 냈다.")
    assert speaker_of(body, "처음에는 손님이") == "탁세은"


@pytest.mark.parametrize("alone", ["\"손님 없던 공방, 10년을 버티다\"", "\"처음에는 손님이 한 명도 없었다\""])
def test_a_heading_after_a_reporting_sentence_is_not_taken(alone):
    body = (f"탁세은 대표는 창업 당시를 떠올리며 웃었다. 그는 그 시절의 어려움을 담담하게 설명했다.\n{alone}\n"
            "한편 회사는 올해 흑자를 냈다.")
    assert not any(s == "탁세은" for s, _ in speakers(body))


def test_a_pronoun_in_the_sentence_introducing_a_person_beside_stands_for_the_one_followed():
    body = ("목공예가 탁세은(39)은 대패를 내려놓았다. 그는 올해 대상을 받았다.\n"
            "그의 스승 국기백 선생이 세상을 떠난 뒤 그는 \"이제 혼자 버텨야 한다\"고 다짐했다.")
    assert speaker_of(body, "이제 혼자") == "탁세은"


def test_a_subject_after_the_quotation_comes_before_a_voice_further_on():
    body = "공청회가 열렸다. \"이번 결정은 되돌릴 수 없다\"고 구태오 대표가 말하자 나해솔 의원의 목소리가 커졌다."
    assert speaker_of(body, "이번 결정은") == "구태오"


def test_a_bare_title_is_never_the_reporter_of_the_byline():
    body = ("(서울=한빛일보) 하지용 기자 = 김도현 대표는 3일 간담회를 열었다.\n"
            "기자가 \"흑자 전환은 언제인가\"라고 묻자 김 대표는 \"내년\"이라고 답했다.")
    ctx = Context(None, authors=("하지용",), outlet="한빛일보")
    ps, ms = person.find(body, ctx)
    assert [q.speaker for q in quote.find(body, ps, ms, ctx) if q.text.startswith("흑자")] != ["하지용"]


def test_a_line_broken_after_a_subject_lends_none_to_a_quotation_with_its_own():
    body = ("어머니 역을 맡은 배우 변지아는 \"촬영 내내 많이 울었다\"고 말했다.\n배우 변지아가 18일 서울 시사회에서\n"
            "\"선배의 눈빛만 봐도 다음 대사가 떠올랐다\"고 딸 역의 추다온은 말했다.")
    assert speaker_of(body, "선배의 눈빛") == "추다온"


@pytest.mark.parametrize("frame, body_name", [("푸른장터는 입장문에서", "푸른장터"), ("다온물산 노조는 성명을 내고", "다온물산 노조")])
def test_a_body_issuing_a_statement_after_the_quotation_speaks(frame, body_name):
    body = f"공정위는 과징금을 부과했다.\n\"판단을 존중하지만 견해가 다르다\"고 {frame} 밝혔다."
    assert speaker_of(body, "판단을 존중") == body_name
