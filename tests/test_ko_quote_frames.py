"""Korean reporting frames, one paradigm each, on sentences written for these tests: broadcast captions above a
quotation ('◀ 인터뷰 ▶ 이름 / 직책', with or without quotation marks on the bite), written words posted or sent ('"…"는
글을 올렸다'), radio and roundtable transcripts whose turns are labelled with a colon ('◆이름: …'), Q&A interviews whose
questions and answers are labelled in brackets ('[질문]', '[답변]') or whose answers open with '▲', a possessor before
the quotation ('모 의원의 "…"라는 질문'), a block of quotations whose speaker the next line names, a headline line naming
the speaker before their body, and unions or committees speaking as one. Each frame with its near misses.
"""

import pytest

from builder.rules import Context
from builder.rules.ko import person

from ko_quote_helpers import speaker_of, speakers


# -- a broadcast caption on the line above the quotation ---------------------------------------------
CAPTIONED = ("장터 골목은 한산했습니다.\n"
             "{caption}\n"
             "\"손님이 절반으로 줄었어요. 버티기가 힘들어요.\"\n"
             "정부는 다음 달 대책을 내놓습니다.")


@pytest.mark.parametrize("caption", ["◀ 인터뷰 ▶ 모예린 / 온결시장 상인회장", "◀인터뷰▶ 모예린/온결시장 상인회장",
                                     "◀ SYNC ▶ 모예린 / 온결시장 상인회장", "◀ 녹취 ▶ 모예린 / 온결시장 상인회장",
                                     "<인터뷰> 모예린 / 온결시장 상인회장", "[인터뷰] 모예린 / 온결시장 상인회장",
                                     "〈인터뷰〉 모예린 / 온결시장 상인회장", "[인터뷰 : 모예린 / 온결시장 상인회장]"])
def test_caption_above_the_quotation_names_its_speaker_and_post(caption):
    body = CAPTIONED.format(caption=caption)
    assert speaker_of(body, "손님이") == "모예린"
    found = {p.name: (p.title, p.organization) for p in person.find(body, Context(None))[0]}
    assert found["모예린"] == ("상인회장", "온결시장")


def test_caption_of_a_passer_by_gives_the_title_alone():
    body = CAPTIONED.format(caption="◀ 인터뷰 ▶ 모예린 / 상인")
    assert speaker_of(body, "손님이") == "모예린"
    found = {p.name: (p.title, p.organization) for p in person.find(body, Context(None))[0]}
    assert found["모예린"] == ("상인", None)


def test_caption_glossing_the_post_in_brackets():
    body = CAPTIONED.format(caption="◀ 인터뷰 ▶ 모예린(온결시장 상인회장)")
    assert speaker_of(body, "손님이") == "모예린"
    found = {p.name: (p.title, p.organization) for p in person.find(body, Context(None))[0]}
    assert found["모예린"] == ("상인회장", "온결시장")


@pytest.mark.parametrize("caption", ["[인터뷰] 모예린 / 약사(서울 마포구)", "◀ 인터뷰 ▶ 모예린 / 상인(서울 마포구)"])
def test_caption_whose_post_has_a_place_in_brackets(caption):
    assert speaker_of(CAPTIONED.format(caption=caption), "손님이") == "모예린"


@pytest.mark.parametrize("caption", ["◀ 인터뷰 ▶ 모예린 / 상인", "[인터뷰] 모예린 / 상인", "<녹취> 모예린 / 상인"])
def test_a_sound_bite_without_quotation_marks_under_its_caption(caption):
    body = CAPTIONED.format(caption=caption).replace("\"", "")
    assert ("모예린", "손님이 절반으로 줄었어요. 버티기가 힘들어요.") in speakers(body)
    assert not [t for _, t in speakers(body) if t.startswith("정부는")]


def test_a_sound_bite_over_two_quoted_lines_is_all_the_captioned_speaker_s():
    body = CAPTIONED.format(caption="◀ 인터뷰 ▶ 모예린 / 상인").replace(" 버티기가", "\"\n\"버티기가")
    rows = speakers(body)
    assert ("모예린", "손님이 절반으로 줄었어요.") in rows and ("모예린", "버티기가 힘들어요.") in rows


def test_a_bare_caption_in_brackets_over_an_unquoted_bite():
    body = "장터 골목은 한산했습니다.\n[모예린 / 상인]\n손님이 절반으로 줄었어요. 버티기가 힘들어요.\n정부는 다음 달 대책을 내놓습니다."
    assert ("모예린", "손님이 절반으로 줄었어요. 버티기가 힘들어요.") in speakers(body)


def test_an_interview_caption_in_brackets_before_its_unquoted_bite_on_one_line():
    body = "장터 골목은 한산했습니다.\n[인터뷰: 모예린 / 상인] 손님이 절반으로 줄었어요. 버티기가 힘들어요.\n정부는 대책을 내놓습니다."
    assert speakers(body) == [("모예린", "손님이 절반으로 줄었어요. 버티기가 힘들어요.")]


@pytest.mark.parametrize("caption", ["[모예린 / 상인]", "<모예린 / 상인>", "[모예린 / 온결시장 상인회장]"])
def test_a_bare_caption_before_the_quotation_on_its_line(caption):
    body = f"장터 골목은 한산했습니다.\n{caption} \"손님이 절반으로 줄었어요. 버티기가 힘들어요.\""
    assert speaker_of(body, "손님이") == "모예린"


def test_a_credit_before_a_quotation_on_its_line_is_no_speaker():
    body = "장터 골목은 한산했습니다.\n[사진 / 가온방송] \"손님이 절반으로 줄었어요. 버티기가 힘들어요.\""
    assert speaker_of(body, "손님이") is None


@pytest.mark.parametrize("credit", ["[사진 / 가온방송]", "[영상취재 / 모예린]", "<그래픽 / 모예린>"])
def test_a_credit_in_brackets_gives_no_bite(credit):
    body = f"장터 골목은 한산했습니다.\n{credit}\n정부는 다음 달 대책을 내놓습니다."
    assert speakers(body) == []


def test_a_caption_then_a_script_mark_gives_no_bite():
    body = "장터 골목은 한산했습니다.\n[인터뷰] 모예린 / 상인\n◀ 리포트 ▶\n정부는 다음 달 대책을 내놓습니다."
    assert speakers(body) == []


def test_section_marks_of_a_script_are_no_caption():
    body = ("◀ 앵커 ▶\n장터 골목이 한산합니다.\n◀ 리포트 ▶\n"
            "\"손님이 절반으로 줄었어요. 버티기가 힘들어요.\"\n정부는 다음 달 대책을 내놓습니다.")
    assert not [s for s, _ in speakers(body) if s]
    assert not person.find(body, Context(None))[0]


# -- a broadcast caption on the line under the quotation ---------------------------------------------
UNDER = ("장터 골목은 한산했습니다.\n"
         "\"손님이 절반으로 줄었어요. 버티기가 힘들어요.\"\n"
         "{caption}\n"
         "정부는 다음 달 대책을 내놓습니다.")


@pytest.mark.parametrize("caption", ["- 모예린 / 온결시장 상인회장", "— 모예린 / 온결시장 상인회장", "― 모예린 | 온결시장 상인회장",
                                     "– 모예린, 온결시장 상인회장", "모예린 / 온결시장 상인회장", "(모예린 / 온결시장 상인회장)",
                                     "[모예린 / 온결시장 상인회장]", "- 모예린(52) / 온결시장 상인회장"])
def test_caption_under_the_quotation_names_its_speaker_and_post(caption):
    body = UNDER.format(caption=caption)
    assert speaker_of(body, "손님이") == "모예린"
    found = {p.name: (p.title, p.organization) for p in person.find(body, Context(None))[0]}
    assert found["모예린"] == ("상인회장", "온결시장")


@pytest.mark.parametrize("caption", ["- 모예린 / 상인", "- 모예린 / 경기 나루시 (34세)", "- 모예린 / 회사원"])
def test_caption_under_the_quotation_with_a_post_or_a_home_only(caption):
    assert speaker_of(UNDER.format(caption=caption), "손님이") == "모예린"


def test_caption_under_a_bite_of_two_quoted_lines_names_both():
    body = UNDER.format(caption="- 모예린 / 상인").replace(" 버티기가", "\"\n\"버티기가")
    rows = speakers(body)
    assert ("모예린", "손님이 절반으로 줄었어요.") in rows and ("모예린", "버티기가 힘들어요.") in rows


def test_a_bare_caption_between_two_quotations_heads_the_second():
    body = ("장터 골목은 한산했습니다.\n\"손님이 절반으로 줄었어요.\"\n모예린 / 상인\n\"버티기가 힘들어요.\"\n"
            "정부는 다음 달 대책을 내놓습니다.")
    assert speaker_of(body, "버티기가") == "모예린"
    assert ("모예린", "손님이 절반으로 줄었어요.") not in speakers(body)


@pytest.mark.parametrize("line", ["- 정부는 다음 달 대책을 내놓습니다.", "■ 쌀값, 다시 오를까", "- 쌀값, 다시 오를까",
                                  "(사진 / 가온방송)"])
def test_a_line_under_a_quotation_that_is_no_caption(line):
    body = UNDER.format(caption=line)
    assert not [p.name for p in person.find(body, Context(None))[0] if p.name in ("쌀값", "사진")]
    assert not [s for s, _ in speakers(body) if s in ("쌀값", "사진", "정부")]


@pytest.mark.parametrize("cue", ["[현장음]", "[효과음]", "<현장음>", "◀ 현장음 ▶", "[자료화면]"])
def test_a_script_s_stage_cue_is_no_person(cue):
    body = f"문이 열리자 손님들이 몰려 들어갑니다.\n{cue} \"밀지 마세요! 뒤로 가세요!\"\n다친 사람은 없습니다."
    assert not person.find(body, Context(None))[0]


# -- words written and posted, sent or left ----------------------------------------------------------
@pytest.mark.parametrize("frame", ["자신의 SNS에 \"{q}\"는 글을 올렸다", "팬카페에 \"{q}\"는 게시글을 남겼다",
                                   "동료들에게 \"{q}\"는 메시지를 보냈다", "\"{q}\"는 댓글을 달았다",
                                   "팬들에게 \"{q}\"는 내용의 편지를 썼다", "\"{q}\"는 문자를 보냈다"])
def test_a_short_quotation_written_and_posted_is_the_writer_s(frame):
    body = "배우 길하람도 촬영을 이어간다. 길하람은 " + frame.format(q="현장을 끝까지 지키겠다") + "."
    assert speaker_of(body, "현장을") == "길하람"


@pytest.mark.parametrize("frame", ["\"{q}\"는 글자가 적힌 티셔츠를 입었다", "\"{q}\"는 문구가 적힌 현수막을 걸었다",
                                   "\"{q}\"는 제목의 영화에 나온다"])
def test_a_short_quotation_naming_a_printed_phrase_is_no_speech(frame):
    body = "배우 길하람은 " + frame.format(q="끝까지 지키자") + "."
    assert not [t for _, t in speakers(body) if t.startswith("끝까지")]


# -- transcript turns labelled with a colon --------------------------------------------------------------
RADIO = ("■ 진행 : 국서린 앵커\n"
         "■ 출연 : 편도겸 한빛공과대 경제학과 교수\n\n"
         "{host}금리가 또 올랐습니다. 어떻게 보십니까?\n\n"
         "{guest}물가를 잡으려면 불가피한 선택이었다고 봅니다.\n\n"
         "{host}가계 부담은 어떻습니까?\n\n"
         "{guest}변동금리 대출자의 이자 부담이 한 달에 수십만 원 늘어납니다.")


@pytest.mark.parametrize("host, guest", [("◇국서린: ", "◆편도겸: "), ("◇ 국서린 : ", "◆ 편도겸 : "),
                                         ("◇ 국서린 > ", "◆ 편도겸 > "), ("국서린 앵커: ", "편도겸 교수: ")])
def test_radio_turns_are_quotations_of_their_labelled_guest(host, guest):
    rows = speakers(RADIO.format(host=host, guest=guest))
    assert ("편도겸", "물가를 잡으려면 불가피한 선택이었다고 봅니다.") in rows
    assert ("편도겸", "변동금리 대출자의 이자 부담이 한 달에 수십만 원 늘어납니다.") in rows


def test_colon_turns_of_a_guest_named_in_the_lede():
    body = ("가온화학 모태윤 대표가 3일 라디오에 출연했다.\n"
            "진행자: 감산 규모는 어느 정도입니까?\n"
            "모태윤: 공장 두 곳의 가동을 절반으로 줄입니다.\n"
            "진행자: 감원 계획은요?\n"
            "모태윤: 없습니다. 직원은 그대로 갑니다.")
    rows = speakers(body)
    assert ("모태윤", "공장 두 곳의 가동을 절반으로 줄입니다.") in rows
    assert ("모태윤", "없습니다. 직원은 그대로 갑니다.") in rows


def test_labels_of_no_person_and_scores_are_no_turns():
    body = ("가온화학 모태윤 대표가 3일 공장을 찾았다.\n"
            "사진: 모태윤 가온화학 대표가 3일 공장을 둘러보고 있다.\n"
            "자료: 가온화학 공장 가동률은 지난해 절반으로 떨어졌습니다.\n"
            "모태윤 2:1 판정승으로 끝난 토론은 세 시간 동안 이어졌습니다.\n"
            "일시: 12월 3일 오후 2시부터 서울 본사 강당에서 열립니다.")
    assert speakers(body) == []


def test_one_colon_line_is_no_transcript():
    body = ("가온화학 모태윤 대표가 3일 라디오에 출연했다.\n"
            "모태윤: 공장 두 곳의 가동을 절반으로 줄입니다.\n")
    assert speakers(body) == []


# -- Q&A interviews: questions and answers labelled in brackets, answers after '▲' ----------------------
QA = ("가온화학 모태윤 대표를 3일 서울 본사에서 만났다.\n"
      "{q}올해 목표는?\n"
      "{a}올해는 매출 2조원을 넘기는 게 목표입니다. 수출이 절반을 차지할 겁니다.\n"
      "{q}감원 계획은 있나.\n"
      "{a}없습니다. 직원은 그대로 갑니다.")


@pytest.mark.parametrize("q, a", [("-- ", "▲ "), ("[질문] ", "[답변] "), ("<질문> ", "<답변> "), ("(문) ", "(답) "),
                                  ("Q: ", "A: "), ("-- ", "")])
def test_answers_of_a_q_and_a_interview_without_their_marks(q, a):
    rows = speakers(QA.format(q=q, a=a))
    assert [s for s, _ in rows] == ["모태윤", "모태윤"]
    assert rows[0][1].startswith("올해는 매출") and rows[1][1].startswith("없습니다")


def test_lines_of_a_list_after_triangles_are_no_answers():
    body = ("가온화학 모태윤 대표는 3일 올해 계획을 내놨다.\n"
            "▲ 수출 두 배로 늘리기.\n"
            "정부는 이 계획을 돕기 위해 수출 보험을 늘린다고 밝혔습니다.\n"
            "▲ 공장 두 곳 새로 짓기.\n"
            "회사는 이 계획에 드는 돈을 내년 예산에 넣기로 했습니다.")
    assert speakers(body) == []


# -- a person's possessive right before the quotation, the words named after it -----------------------
HEARING = "국회 국정감사에서 모태윤 의원과 편도겸 장관이 맞섰다. "


@pytest.mark.parametrize("sentence", ["편 장관은 모 의원의 \"{q}\"는 질문에 \"보고를 받고 지휘했다\"고 답했다.",
                                      "편 장관은 모 의원의 \"{q}\"라는 지적에 대해 \"보고를 받고 지휘했다\"고 말했다.",
                                      "모 의원의 \"{q}\"는 발언이 논란을 불렀다."])
def test_the_possessor_before_a_quotation_named_as_words_owns_it(sentence):
    body = HEARING + sentence.format(q="현장에 왜 안 나갔느냐")
    assert speaker_of(body, "현장에") == "모태윤"
    if "보고를" in sentence:
        assert speaker_of(body, "보고를") == "편도겸"


def test_a_possessed_title_is_no_possessed_speech():
    body = HEARING + "편 장관은 모 의원의 \"재난 대응 매뉴얼\"을 읽은 뒤 \"보고를 받고 지휘했다\"고 말했다."
    assert speaker_of(body, "보고를") == "편도겸"
    assert not [t for _, t in speakers(body) if t.startswith("재난")]


@pytest.mark.parametrize("place", ["SNS에는", "인스타그램에", "블로그에도"])
def test_words_posted_on_a_person_s_own_page_are_theirs(place):
    body = f"배우 길하람도 촬영을 이어간다. 같은 날 길하람의 {place} \"끝까지 함께하겠다\"는 글이 올라왔다."
    assert speaker_of(body, "끝까지") == "길하람"


def test_words_posted_on_a_public_board_are_nobody_s():
    body = "배우 길하람도 촬영을 이어간다. 드라마 게시판에는 \"하차하라\"는 글이 수천 건 올라왔다."
    assert speaker_of(body, "하차하라") is None


# -- a block of quotations on lines of their own, its speaker named after it ---------------------------
BLOCK = ("가온화학 모태윤 대표는 3일 기자간담회를 열었다.\n"
         "\"감산이 불가피합니다. 공장 두 곳을 세웁니다.\"\n"
         "{sep}\"직원 감원은 없습니다.\"\n"
         "{sep}{after}")


@pytest.mark.parametrize("after", ["모 대표는 간담회 내내 이렇게 강조했다.", "모 대표가 간담회에서 남긴 말이다.",
                                   "모 대표가 간담회에서 밝힌 내용이다.", "간담회에서 만난 모 대표의 말이다."])
@pytest.mark.parametrize("sep", ["", "\n"])
def test_a_block_of_quotations_is_the_speaker_s_named_after_it(after, sep):
    rows = speakers(BLOCK.format(after=after, sep=sep))
    assert ("모태윤", "감산이 불가피합니다. 공장 두 곳을 세웁니다.") in rows
    assert ("모태윤", "직원 감원은 없습니다.") in rows


def test_a_block_of_quotations_before_a_sentence_on_something_else_is_no_one_s():
    rows = speakers(BLOCK.format(after="회사는 다음 달 구조조정안을 내놓는다.", sep=""))
    assert not [s for s, _ in rows if s]


def test_a_question_in_a_block_is_not_the_answerer_s():
    body = ("장터에서 만난 탁서준(72)씨는 한숨부터 쉬었다.\n"
            "\"요즘 장사는 어떠세요?\"\n"
            "\"말도 마세요. 손님이 절반으로 줄었어요.\"\n"
            "탁씨는 이렇게 말했다.")
    rows = speakers(body)
    assert ("탁서준", "말도 마세요. 손님이 절반으로 줄었어요.") in rows
    assert not [t for s, t in rows if t.startswith("요즘") and s == "탁서준"]


# -- a headline line naming the speaker with their body before the body's quotation --------------------
@pytest.mark.parametrize("org, title", [("가온화학", "대표"), ("한빛공과대", "교수"), ("국토교통부", "장관")])
def test_a_korean_name_before_its_body_in_a_headline_line_stays_whole(org, title):
    body = (f"모태윤 {org} {title} \"올해가 고비…끝까지 버틴다\"\n"
            f"{org} 모태윤 {title}{'은' if title == '장관' else '는'} 3일 \"올해가 가장 큰 고비\"라고 말했다.")
    assert speaker_of(body, "올해가 가장") == "모태윤"


# -- a body of members speaking as one ----------------------------------------------------------------
@pytest.mark.parametrize("subject, speaker", [("가온화학 노조는", "가온화학 노조"), ("가온화학 노동조합은", "가온화학 노동조합"),
                                              ("전국화학노동조합은", "전국화학노동조합"), ("노조는", "노조"),
                                              ("가온화학 비대위는", "가온화학 비대위")])
def test_a_union_or_committee_speaks_as_a_body(subject, speaker):
    body = f"가온화학은 3일 감산을 발표했다. {subject} \"일방적 결정은 받아들일 수 없다\"고 반발했다."
    assert speaker_of(body, "일방적") == speaker


def test_a_union_s_officer_speaks_as_a_person():
    body = "가온화학은 3일 감산을 발표했다. 가온화학 노조 편도겸 위원장은 \"일방적 결정은 받아들일 수 없다\"고 반발했다."
    assert speaker_of(body, "일방적") == "편도겸"


def test_members_of_a_union_are_no_body():
    body = "가온화학은 3일 감산을 발표했다. 조합원들은 \"일방적 결정은 받아들일 수 없다\"고 반발했다."
    assert speaker_of(body, "일방적") is None


# -- a short quotation named as a speech act; words the subject answers --------------------------------
@pytest.mark.parametrize("frame", ["\"{q}\"는 반응을 보였다", "\"{q}\"는 하소연을 했다", "\"{q}\"는 불만을 터뜨렸다"])
def test_a_short_quotation_named_as_a_speech_act_is_the_subject_s(frame):
    body = "가온화학 모태윤 대표는 " + frame.format(q="정말 어이없다") + "."
    assert speaker_of(body, "정말") == "모태윤"


def test_a_quoted_term_before_a_speech_act_noun_is_no_quotation():
    body = "가온화학 모태윤 대표의 행동에 \"갑질\"이라는 비판이 나왔다."
    assert not [t for _, t in speakers(body) if t.startswith("갑질")]


@pytest.mark.parametrize("question", ["왜 안 갔느냐", "현장에 왜 안 나갔느냐"])
def test_words_the_subject_answers_are_not_the_subject_s(question):
    body = f"편도겸 장관은 \"{question}\"는 질문에 \"보고를 받고 지휘했다\"고 답했다."
    assert speaker_of(body, question[:4]) is None
    assert speaker_of(body, "보고를") == "편도겸"


# -- a group a person leads; a pronoun's possessive before the quotation -------------------------------
@pytest.mark.parametrize("subject", ["모 대표를 비롯한 임원들은", "모 대표를 비롯한 회사 임원들은", "모 대표 등 임원 5명은",
                                     "모 대표를 포함한 경영진은"])
def test_a_group_led_by_a_named_person_speaks_by_that_person(subject):
    body = f"가온화학 모태윤 대표는 3일 간담회를 열었다. {subject} \"올해가 가장 큰 고비\"라고 입을 모았다."
    assert speaker_of(body, "올해가") == "모태윤"


def test_a_group_after_a_body_is_no_person_s():
    body = "가온화학 모태윤 대표는 3일 간담회를 열었다. 가온화학을 비롯한 업체들은 \"올해가 가장 큰 고비\"라고 입을 모았다."
    assert speaker_of(body, "올해가") != "모태윤"


def test_a_pronoun_s_possessive_before_words_named_as_theirs():
    body = ("가온화학 모태윤 대표는 3일 간담회를 열었다. 편도겸 노조위원장도 자리에 있었다.\n"
            "모 대표는 감산을 설명했다. 편 위원장은 그의 \"올해가 가장 큰 고비\"라는 말에 고개를 저었다.")
    assert speaker_of(body, "올해가") == "모태윤"


# -- a bare word the article wrote as a title right before a name --------------------------------------
COURT = "서울중앙지법 형사21부(재판장 모태윤 부장판사)는 3일 탁서준(45)씨에게 징역 2년을 선고했다.\n"


def test_the_presiding_judge_by_the_word_glossed_before_the_name():
    assert speaker_of(COURT + "재판장은 \"죄질이 매우 나쁘다\"고 밝혔다.", "죄질이") == "모태윤"


def test_the_bench_is_the_court_not_the_judge():
    assert speaker_of(COURT + "재판부는 \"죄질이 매우 나쁘다\"고 밝혔다.", "죄질이") != "모태윤"


@pytest.mark.parametrize("caption", ["〔인터뷰〕 모예린 | 온결시장 상인회장", "[인터뷰] 모예린 | 온결시장 상인회장",
                                     "(인터뷰) 모예린 | 온결시장 상인회장", "【녹취】 모예린 ｜ 온결시장 상인회장",
                                     "<인터뷰> 모예린 | 온결시장 상인회장", "「인터뷰」 모예린 / 온결시장 상인회장",
                                     "〔인터뷰〕 모예린 / 온결시장 상인회장"])
def test_caption_in_any_bracket_with_a_bar_or_slash_names_speaker_post_and_body(caption):
    body = CAPTIONED.format(caption=caption)
    assert speaker_of(body, "손님이") == "모예린"
    found = {p.name: (p.title, p.organization) for p in person.find(body, Context(None))[0]}
    assert found["모예린"] == ("상인회장", "온결시장")


@pytest.mark.parametrize("caption", ["〔인터뷰〕 모예린 | 관람객(경기 수원시)", "[인터뷰] 모예린 / 상인(서울 마포구)",
                                     "◀ 인터뷰 ▶ 모예린 / 주민(가명)"])
def test_a_place_or_note_in_brackets_after_a_caption_post_is_no_part_of_it(caption):
    body = CAPTIONED.format(caption=caption)
    found = {p.name: (p.title, p.organization) for p in person.find(body, Context(None))[0]}
    assert found["모예린"][0] in ("관람객", "상인", "주민") and found["모예린"][1] is None


@pytest.mark.parametrize("caption", ["〔리포트〕", "〔앵커〕 오늘 날씨 | 전국 맑음", "〔자막〕 드론 쇼 | 밤 9시"])
def test_a_bracketed_cue_that_names_nobody_is_no_caption(caption):
    body = CAPTIONED.format(caption=caption)
    assert person.find(body, Context(None))[0] == []
    assert all(s is None for s, _ in speakers(body))


# -- a quotation opening its paragraph, the person the next sentence brings in as its subject -----------------
OPENING = "누리대교가 30일 개통했다. 온결도는 개통식을 열었다.\n\"이제 밤에 아파도 배 시간을 따지지 않아도 된다.\" {rest}\n도는 다음 달 걷기대회를 연다."


@pytest.mark.parametrize("rest", ["누리섬에서 민박을 하는 모예린(63)씨는 개통식 뒤 맨 처음 차를 몰고 다리를 지났다.",
                                  "30년째 섬 장터를 지킨 상인 모예린(71)씨는 다리를 한참 바라봤다.",
                                  "개통식을 찾은 온결도 교통국 모예린 과장은 주민들과 악수했다."])
def test_the_person_brought_in_after_an_opening_quotation_said_it(rest):
    assert speaker_of(OPENING.format(rest=rest), "이제") == "모예린"


@pytest.mark.parametrize("rest", ["주민들은 민박 주인 모예린(63)씨에게 박수를 보냈다.",
                                  "주민들이 앞장서 다리를 걸었고, 민박 주인 모예린(63)씨는 뒤를 따랐다."])
def test_a_person_named_after_an_opening_quotation_but_not_its_subject_did_not_say_it(rest):
    assert ("모예린", "이제 밤에 아파도 배 시간을 따지지 않아도 된다.") not in speakers(OPENING.format(rest=rest))
