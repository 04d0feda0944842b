"""Korean quotations on sentences written for these tests: answers of a Q&A interview written without
quotation marks; a quotation running on over a paragraph that lost its full stop; a subject addressed by a
word after the name ('…(81) 할머니는'); an apposition choosing between two persons of one surname; a short
mention under another title; whose words a sentence after the quotation says they were; a headline's
quotation glued by '…'. Each kind with a negative.
"""

import pytest

from builder.rules import Context
from builder.rules.ko import person, quote


def found(body: str) -> list[tuple[str | None, str]]:
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    return [(q.speaker, q.text) for q in quote.find(body, ps, ms, ctx)]


def speaker_of(body: str, words: str) -> str | None:
    rows = [s for s, text in found(body) if text.startswith(words)]
    assert len(rows) == 1, found(body)
    return rows[0]


INTERVIEW = ("도예가 남궁현주(59)가 첫 개인전을 연다. 기획을 맡은 오태민 관장은 \"흙의 시간을 보여 주는 전시\"라고 말했다.\n"
             "전시장 2층에서 남궁 작가를 만났다.\n"
             "{q1}\n"
             "가마 앞에서 보낸 시간이 길었어요. 불은 매번 다른 색을 냅니다.\n"
             "{q2}\n"
             "손이 먼저 기억해요. 머리로 만들면 그릇이 굳어 버립니다.\n"
             "남궁 작가는 \"다음에는 바다 흙으로 빚어 보고 싶다\"며 웃었다.")


def test_unquoted_answers_after_question_lines_are_the_interviewee_s():
    body = INTERVIEW.format(q1="―30년 동안 흙만 만졌다. 힘들지 않았나.", q2="―작업의 비결은.")
    rows = found(body)
    assert ("남궁현주", "가마 앞에서 보낸 시간이 길었어요. 불은 매번 다른 색을 냅니다.") in rows
    assert ("남궁현주", "손이 먼저 기억해요. 머리로 만들면 그릇이 굳어 버립니다.") in rows


def test_q_marked_questions_and_a_marked_answers():
    body = INTERVIEW.format(q1="Q. 30년 동안 흙만 만졌다. 힘들지 않았나?", q2="Q. 작업의 비결은?").replace(
        "\n가마 앞에서", "\nA. 가마 앞에서")
    assert speaker_of(body, "가마 앞에서") == "남궁현주"


# A Q&A interview whose answers are quoted, as pages and text dumps lay it out: one line per paragraph, or a blank
# line between paragraphs; the question after any dash a page draws. The blank line is no break in the layout.
QUOTED_QA = ("여울가구 도해람 대표를 공방에서 만났다.{sep}"
             "{dash}올해 가장 달라진 점은.{sep}"
             "{open}주문이 두 배로 늘었습니다. 손이 모자랄 정도예요.{close}{sep}"
             "{dash}앞으로의 계획은.{sep}"
             "{open}내년 봄에 두 번째 공방을 엽니다.{close}")


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\n \n"])
@pytest.mark.parametrize("dash", ["-", "- ", "―", "—", "ㅡ"])
@pytest.mark.parametrize("marks", ['""', "“”"])
def test_quoted_answers_of_a_qa_interview_with_or_without_blank_lines(sep, dash, marks):
    body = QUOTED_QA.format(sep=sep, dash=dash, open=marks[0], close=marks[1])
    assert speaker_of(body, "주문이 두 배로") == "도해람"
    assert speaker_of(body, "내년 봄에") == "도해람"


def test_a_question_line_then_a_blank_line_then_a_headline_quote_is_no_answer():
    body = "여울가구 도해람 대표는 신제품을 내놨다.\n\n- 관련 기사\n\n\"가구는 오래 쓰는 물건\"\n\n가구 시장이 커지고 있다."
    assert [s for s, t in found(body) if t.startswith("가구는")] in ([], [None])


def test_one_dash_line_is_no_interview():
    body = INTERVIEW.format(q1="―30년 동안 흙만 만졌다. 힘들지 않았나.", q2="전시는 다음 달까지 열린다.")
    assert not [t for _, t in found(body) if t.startswith(("가마 앞에서", "손이 먼저"))]


def test_quotation_whose_paragraph_lost_its_full_stop_runs_on():
    body = ("한빛페이 서도윤 대표는 12일 기자회견을 열고 사고 경위를 밝혔다.\n"
            "서 대표는 \"먼저 불편을 드려 죄송하다. 밀린 정산은 이번 주 안에 끝내겠다\n"
            "\"다만 새 시스템을 시험하는 데는 열흘이 걸릴 것\"이라고 말했다.")
    rows = found(body)
    texts = [t for _, t in rows]
    assert "먼저 불편을 드려 죄송하다. 밀린 정산은 이번 주 안에 끝내겠다" in texts
    assert all(s == "서도윤" for s, _ in rows)


def test_unclosed_mark_with_no_mark_reopening_is_no_quotation():
    body = ("한빛페이 서도윤 대표는 12일 기자회견을 열고 사고 경위를 밝혔다.\n"
            "서 대표는 \"먼저 불편을 드려 죄송하다. 밀린 정산은 이번 주 안에 끝내겠다\n"
            "결제는 열흘 뒤 다시 열린다.")
    assert found(body) == []


def test_name_and_age_then_an_address_word_is_the_person():
    body = ("산불이 마을을 덮쳤다. 모경진 군수는 \"주민 대피를 모두 마쳤다\"고 밝혔다.\n"
            "집을 잃은 주민 하순례(83) 할머니는 대피소에서 \"소 두 마리를 잃었다\"며 울먹였다.")
    assert speaker_of(body, "소 두 마리를") == "하순례"


def test_an_address_word_without_a_name_before_it_is_not_the_last_speaker():
    body = ("산불이 마을을 덮쳤다. 모경진 군수는 \"주민 대피를 모두 마쳤다\"고 밝혔다.\n"
            "대피소에서 만난 이웃 할머니는 \"소 두 마리를 잃었다\"며 울먹였다.")
    assert speaker_of(body, "소 두 마리를") != "모경진"


TWO_OF_ONE_SURNAME = (
    "개정안을 처음 제안한 탁수연 의원은 \"청년이 떠나지 않게 하겠다\"고 말했다.\n"
    "소관 위원회 간사인 탁민규 의원도 \"지원 기간이 너무 짧다\"고 거들었다.\n"
    "{apposition} 탁 의원은 표결이 끝난 뒤 \"예산 심사 때 더 챙기겠다\"고 말했다.")


def test_apposition_echoing_the_first_introduction_decides():
    body = TWO_OF_ONE_SURNAME.format(apposition="처음 제안자인")
    assert speaker_of(body, "예산 심사 때") == "탁수연"


def test_apposition_echoing_the_second_introduction_decides():
    body = TWO_OF_ONE_SURNAME.format(apposition="위원회 간사인")
    assert speaker_of(body, "예산 심사 때") == "탁민규"


def test_short_mention_under_another_title_is_the_one_bearer_of_the_surname():
    body = ("검토위원장인 옹재석 가온대 교수는 \"교육과정에 충실하게 냈다\"고 밝혔다.\n"
            "옹 위원장은 \"어려운 문항은 올해도 뺐다\"고 강조했다.")
    assert speaker_of(body, "어려운 문항은").startswith("옹재석")


def test_short_mention_of_a_surname_two_persons_bear_is_not_guessed():
    body = ("검토위원장인 옹재석 가온대 교수는 \"교육과정에 충실하게 냈다\"고 밝혔다.\n"
            "검토위원인 옹미라 교사도 \"현장 의견을 들었다\"고 말했다.\n"
            "옹 위원장은 \"어려운 문항은 올해도 뺐다\"고 강조했다.")
    assert speaker_of(body, "어려운 문항은") == "옹 위원장"


def test_owner_of_the_words_named_after_a_quotation_closed_on_its_full_stop():
    body = ("국정감사에서 오경태 의원은 \"인력이 부족하다\"고 지적했다.\n"
            "\"위원장이 바뀌어도 계획서 제목만 달라졌습니다. 이번에는 날짜로 답해 주십시오.\" 마지막 질의에 나선 "
            "남윤서 의원(무소속)의 요구였다. 이에 사장은 \"연말까지 계획을 내겠다\"고 약속했다.")
    assert speaker_of(body, "위원장이 바뀌어도") == "남윤서"


def test_sentence_after_a_closed_quotation_naming_no_owner_leaves_it_to_the_frame():
    body = ("국정감사에서 오경태 의원은 \"인력이 부족하다\"고 지적했다.\n"
            "그는 \"위원장이 바뀌어도 계획서 제목만 달라졌습니다. 이번에는 날짜로 답해 주십시오.\" 회의장은 조용해졌다.")
    assert speaker_of(body, "위원장이 바뀌어도") == "오경태"


def test_headline_quotations_glued_by_an_ellipsis_are_not_speech():
    body = ("가온제약 3분기 매출 2천억…\"신약 수출 두 배로\" \"내년 공장 증설\"…주가는 주춤\n"
            "가온제약이 3분기 실적을 발표했다. 서지완 부사장은 \"신약 수출이 두 배로 늘 것\"이라고 말했다.")
    texts = [t for _, t in found(body)]
    assert texts == ["신약 수출이 두 배로 늘 것"]


def test_quotation_after_an_ellipsis_with_a_quotative_ending_is_speech():
    body = "가온제약이 3분기 실적을 발표했다. 서지완 부사장은 잠시 멈춘 뒤…\"신약 수출이 두 배로 늘 것\"이라고 말했다."
    assert speaker_of(body, "신약 수출이") == "서지완"


# -- transcript turns: '▲이름 직함=…' ----------------------------------------------------------------
ROUNDTABLE = ("하늘포럼은 지난 3일 서울 본사에서 농촌 인력 좌담회를 열었다. 좌담회에는 봉기수 한빛농업연구원 연구위원, "
              "주해람 나루청년센터장, 다니엘레 모레티 이탈리아 파도바대 교수가 참석했다. 다음은 발언 요지.\n"
              "{l1}=농촌의 일손 부족은 이제 계절의 문제가 아닙니다. 일 년 내내 사람이 모자랍니다.\n"
              "{l2}=청년이 농촌에 오려면 집부터 있어야 합니다. 빈집을 고쳐 빌려주는 사업이 효과가 컸습니다.\n"
              "{l3}=우리 지역도 같은 길을 걸었습니다. 작은 협동조합이 젊은 농부를 붙잡았습니다.\n"
              "{l1}=결국 사람에게 투자해야 한다는 얘기입니다.\n")


def test_roundtable_turns_are_quotations_of_their_labelled_speakers():
    rows = found(ROUNDTABLE.format(l1="▲봉기수 연구위원", l2="▲주해람 센터장", l3="▲모레티 교수"))
    assert ("봉기수", "농촌의 일손 부족은 이제 계절의 문제가 아닙니다. 일 년 내내 사람이 모자랍니다.") in rows
    assert ("주해람", "청년이 농촌에 오려면 집부터 있어야 합니다. 빈집을 고쳐 빌려주는 사업이 효과가 컸습니다.") in rows
    assert ("다니엘레 모레티", "우리 지역도 같은 길을 걸었습니다. 작은 협동조합이 젊은 농부를 붙잡았습니다.") in rows
    assert ("봉기수", "결국 사람에게 투자해야 한다는 얘기입니다.") in rows


def test_labelled_lines_of_no_person_are_no_turns():
    body = ("하늘포럼은 지난 3일 서울 본사에서 농촌 인력 좌담회를 열었다.\n"
            "주제=농촌의 일손 부족은 이제 계절의 문제가 아닙니다. 일 년 내내 사람이 모자랍니다.\n"
            "장소=청년이 농촌에 오려면 집부터 있어야 합니다. 빈집을 고쳐 빌려주는 사업이 효과가 컸습니다.\n"
            "정리=봉기수 기자\n")
    assert found(body) == []


def test_a_single_labelled_line_is_no_transcript():
    body = ("좌담회에는 봉기수 한빛농업연구원 연구위원이 참석했다.\n"
            "봉기수 연구위원=농촌의 일손 부족은 이제 계절의 문제가 아닙니다. 일 년 내내 사람이 모자랍니다.\n")
    assert found(body) == []


# -- a Q&A interview whose answers name another person ------------------------------------------------
QA = ("첼리스트 차서온(26)이 첫 독주회를 마쳤다.\n"
      "공연 이틀 뒤 한 연습실에서 그를 만났다. 그는 \"무대에서 내려오면 늘 다시 켜고 싶어진다\"고 했다.\n"
      "이날 공연장에는 작곡가 반도진 교수도 찾았다. 반 교수는 \"드문 연주였다\"고 평가했다.\n"
      "―연습은 하루에 얼마나 하나.\n"
      "보통 다섯 시간이에요. 다만 한 시간은 악기 없이 악보만 봅니다.\n"
      "―요즘 달라진 점은.\n"
      "공연 요청이 많이 늘었어요. 매니지먼트사 마루아트의 구다온 대표가 일정을 많이 줄여 줬어요.\n"
      "인터뷰를 마치며 그는 \"관객이 조용히 집에 가고 싶어지는 음악회를 만들고 싶다\"고 말했다.")


def test_qa_answers_are_the_person_met_s_and_a_name_in_an_answer_is_no_subject():
    rows = found(QA)
    assert ("차서온", "보통 다섯 시간이에요. 다만 한 시간은 악기 없이 악보만 봅니다.") in rows
    assert speaker_of(QA, "관객이 조용히") == "차서온"


# '▶ 인터뷰 : 이름(나이) / 직책 - "…"': a broadcast caption with the age glossed and a dash before the sound bite
@pytest.mark.parametrize("line, name, words", [
    ('▶ 인터뷰 : 배예순(78) / 담솔시 원덕읍 주민 - "불길이 산을 넘어오는 게 보여서 나왔어요"', "배예순", "불길이"),
    ('▶ 인터뷰 : 여도훈 / 산림청 산불방지과장 - "바람이 불면서 헬기 투입이 어렵습니다"', "여도훈", "바람이"),
    ('▶ 인터뷰 : 여도훈 / 산림청 산불방지과장 : "바람이 불면서 헬기 투입이 어렵습니다"', "여도훈", "바람이"),
])
def test_a_caption_with_an_age_and_a_dash_gives_its_sound_bite_a_speaker(line, name, words):
    body = "어제 오후 담솔시 야산에서 불이 났습니다.\n" + line + "\n주민들은 대피소에서 밤을 보냈습니다."
    assert speaker_of(body, words) == name


def test_a_dash_inside_a_caption_s_words_is_no_caption_end():
    body = "어제 노선이 열렸습니다.\n▶ 인터뷰 : 서울-부산 노선 \"좋아졌어요\"\n승객이 늘었습니다."
    assert all(s not in ("서울", "부산") for s, _ in found(body))


def test_a_dashed_caption_gives_the_post_and_the_body():
    body = "어제 오후 담솔시 야산에서 불이 났습니다.\n▶ 인터뷰 : 여도훈 / 산림청 산불방지과장 - \"바람이 불면서 어렵습니다\"\n"
    found, _ = person.find(body, Context(None))
    assert {(p.name, p.title, p.organization) for p in found} == {("여도훈", "산불방지과장", "산림청")}


# -- a broadcast caption whose line break was lost runs on into its bite: 'name / body post "…"' ---------------
RUN_ON_CAPTION = ("가온철도는 이달 초부터 시험 운행 중입니다. 표가윤 기자가 타 봤습니다.\n"
                  "[인터뷰] 육다온 / 가온철도 전력설비부 차장 \"역마다 안전문을 새로 달았습니다.\"\n"
                  "[인터뷰] 봉하결 / 서울 은평구 주민 \"출근 시간이 줄 것 같아요.\"\n"
                  "가온TV 뉴스 표가윤입니다.")


def test_a_caption_run_on_into_its_bite_names_the_speaker_and_his_post():
    assert speaker_of(RUN_ON_CAPTION, "역마다") == "육다온"
    assert speaker_of(RUN_ON_CAPTION, "출근 시간") == "봉하결"
    found_persons = {p.name: (p.title, p.organization) for p in person.find(RUN_ON_CAPTION, Context(None))[0]}
    assert found_persons["육다온"] == ("차장", "가온철도 전력설비부")
    assert found_persons["봉하결"][0] == "주민"


def test_a_caption_word_and_a_bare_word_before_a_quotation_is_no_caption():
    body = "인터뷰 도중 \"다음 질문은 받지 않겠다\"는 말이 나왔다.\n기획을 맡은 육다온 관장은 \"전시는 길다\"고 말했다."
    assert "도중" not in {p.name for p in person.find(body, Context(None))[0]}


# A Q&A interview whose lead-in says the reporter met the interviewee by surname and post after an event
# ('행사 뒤 현 감독을 만났다'): a noun of time ('뒤', '후', '중') before the surname is no body's word, so
# '현 감독' is the short mention of the director named before, not 'the current director'; the answers are the
# director's, though an actor was quoted last.
@pytest.mark.parametrize("when", ["상영회 뒤", "상영회 후", "상영회 도중", "상영회가 끝난 뒤"])
@pytest.mark.parametrize("surname, full", [("현", "현비담"), ("방", "방하윤")])
def test_qa_answers_are_the_one_met_by_surname_and_post_after_an_event(when, surname, full):
    body = (f"신작을 연출한 {full} 감독은 \"파도 소리로 편집을 했다\"고 말했다. 주연 배우 채라윤도 무대에 섰다. "
            "채라윤은 \"바람 소리가 대사보다 컸다\"며 웃었다.\n"
            f"{when} {surname} 감독을 대기실에서 만났다.\n"
            "―첫 장편이 상영됐다.\n"
            "\"꿈만 같아 잠을 설쳤다.\"\n"
            "―다음 작품은.\n"
            "\"산골 마을 이야기를 찍고 싶다.\"\n")
    assert speaker_of(body, "꿈만 같아") == full
    assert speaker_of(body, "산골 마을") == full
    assert speaker_of(body, "바람 소리가") == "채라윤"


def test_a_body_word_before_hyeon_and_a_post_is_the_current_holder_not_a_short_mention():
    body = ("신작을 연출한 현비담 감독은 \"파도 소리로 편집을 했다\"고 말했다.\n"
            "가람시네마 현 감독은 상영관을 두 곳 더 열겠다고 했다.\n")
    _, mentions = person.find(body, Context(None))
    assert [m.start for m in mentions if m.person == "현비담"] == [body.index("현비담")]


# The lead-in may name the talk rather than the meeting ('다음은 X와의 일문일답.', 'X와 나눈 일문일답이다.'): the person it
# names is the interviewee all the same; a lead-in naming nobody leaves the answers to the one quoted last.
@pytest.mark.parametrize("lead", ["다음은 방 감독과의 일문일답.", "방 감독과 나눈 일문일답이다.", "상영회 뒤 방 감독과 마주 앉았다.",
                                  "방하윤 감독과의 인터뷰를 간추렸다."])
def test_qa_answers_after_a_lead_in_naming_the_talk(lead):
    body = ("신작을 연출한 방하윤 감독은 \"파도 소리로 편집을 했다\"고 말했다. 주연 배우 채라윤도 무대에 섰다. "
            "채라윤은 \"바람 소리가 컸다\"며 웃었다.\n"
            f"{lead}\n―첫 장편이 상영됐다.\n\"꿈만 같아 잠을 설쳤다.\"\n―다음 작품은.\n\"산골 마을 이야기를 찍고 싶다.\"\n")
    assert speaker_of(body, "꿈만 같아") == "방하윤"
    assert speaker_of(body, "산골 마을") == "방하윤"


def test_qa_answers_after_a_lead_in_naming_nobody_stay_with_the_one_quoted_last():
    body = ("신작을 연출한 방하윤 감독은 \"파도 소리로 편집을 했다\"고 말했다. 주연 배우 채라윤도 무대에 섰다. "
            "채라윤은 \"바람 소리가 컸다\"며 웃었다.\n"
            "다음은 일문일답.\n―첫 장편이 상영됐다.\n\"꿈만 같아 잠을 설쳤다.\"\n―다음 작품은.\n\"산골 마을 이야기를 찍고 싶다.\"\n")
    assert speaker_of(body, "꿈만 같아") == "채라윤"
