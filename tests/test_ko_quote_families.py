"""Korean quotations of the kinds a blind dev set showed missing or misattributed: a quotation split
over two paragraphs, one alone in its paragraph whose speaker the next names as the owner of the
answer, a topic before an embedded question, bodies listed before '등 N개 단체', two people joined by
와/과, and a short mention of a multi-word name.

Every sentence is written for the test; people and bodies are invented. Each kind has a case it
must get and one it must leave alone.
"""

from __future__ import annotations

from builder.rules import Context
from builder.rules.ko import person, quote
from builder.rules.ko.text import quote_spans
from builder.rules.model import Person


def found(body: str) -> list[tuple[str | None, str]]:
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    return [(q.speaker, q.text) for q in quote.find(body, ps, ms, ctx)]


def speaker_of(body: str, words: str) -> str | None:
    hits = [s for s, text in found(body) if text.startswith(words)]
    assert len(hits) == 1, found(body)
    return hits[0]


# -- split over two paragraphs ---------------------------------------------------------------
def test_quotation_opened_in_one_paragraph_and_closed_in_the_next_is_one():
    body = ('무대에 오른 첼리스트 윤새봄은 "긴장했다"고 했다. 그는 이번에 바흐 모음곡을 연주한다. "어릴 때 처음 배운 곡이에요.\n'
            '이제야 이 곡을 이해하는 것 같아요."\n공연은 다음 달 열린다.')
    hits = [(s, t) for s, t in found(body) if t.startswith("어릴 때")]
    assert len(hits) == 1 and hits[0][1].endswith("같아요.") and hits[0][0] == "윤새봄"


def test_unclosed_mark_followed_by_a_normal_paragraph_spans_nothing():
    body = '그는 "다음에 보자.\n김 대표는 "계획대로 간다"고 말했다.'
    assert [body[a:b] for a, b in quote_spans(body)] == ["계획대로 간다"]


# -- speaker in the next paragraph, as owner of the answer -----------------------------------
def test_quotation_alone_then_whose_answer_it_was():
    body = ('한빛게임즈 대표 오세찬은 "올해 세 편을 낸다"고 말했다.\n'
            '"첫 달에는 매주 새 지도를 추가한다. 지루할 틈을 주지 않겠다."\n'
            '운영 계획을 묻는 말에 운영이사인 나서윤 이사가 내놓은 답이다.')
    assert speaker_of(body, "첫 달에는") == "나서윤"


def test_quotation_alone_then_a_sentence_naming_two_people_is_not_given_to_either():
    body = ('"첫 달에는 매주 새 지도를 추가한다. 지루할 틈을 주지 않겠다."\n'
            '오세찬 대표가 묻는 말에 나서윤 이사가 내놓은 답이다.')
    assert all(s is None for s, text in found(body) if text.startswith("첫 달에는"))  # two subjects: no owner


def test_short_quotation_then_whose_answer_it_was_on_the_same_line():
    body = '박정우 한빛협회장은 3일 총회를 열었다.\n"우리는 준비가 끝났다." 박 회장이 기자들에게 내놓은 답이다.'
    assert speaker_of(body, "우리는 준비가") == "박정우"
    assert not [t for _, t in found('박정우 한빛협회장은 3일 총회를 열었다.\n"다 끝났다." 그것이 전부였다.') if t.startswith("다 끝")]


def test_quotation_alone_then_the_owner_of_a_diagnosis():
    body = ('김민호 한빛연구소 연구위원은 3일 보고서를 냈다.\n"금리 인하가 늦어지면 내수가 더 식는다."\n'
            '보고서를 쓴 김민호 연구위원의 진단이다.')
    assert speaker_of(body, "금리 인하가") == "김민호"


# -- a topic before an embedded question -------------------------------------------------------
def test_topic_before_a_question_clause_answers():
    body = ('디자인을 맡은 서도현 상무는 "곡선을 살렸다"고 설명했다.\n'
            '개발을 이끈 맹지석 전무는 국내 업체를 택한 이유를 묻자 "겨울철 성능이 가장 좋았다"고 답했다.')
    assert speaker_of(body, "겨울철") == "맹지석"


def test_subject_of_the_question_clause_does_not_answer():
    body = '서도현 상무는 회의에 들어갔다. 맹지석 전무가 이유를 묻자 "겨울철 성능이 가장 좋았다"고 답했다.'
    assert speaker_of(body, "겨울철") != "맹지석"


# -- bodies speaking together ------------------------------------------------------------------
def test_bodies_listed_before_a_count_speak_by_the_first():
    body = '금강살리기시민모임 등 9개 단체는 이날 시청 앞에서 "보 개방을 미루지 말라"고 주장했다.'
    assert speaker_of(body, "보 개방을") == "금강살리기시민모임"
    body = '한빛노조·새벽노조 등 노동단체들은 "체불 임금부터 해결하라"고 요구했다.'
    assert speaker_of(body, "체불 임금부터") == "한빛노조"


    body = '한빛노조와 새벽노조 등 3개 단체는 "체불 임금부터 해결하라"고 요구했다.'
    assert speaker_of(body, "체불 임금부터") == "한빛노조"
    body = '금강환경연합 등은 "보 개방을 미루지 말라"고 주장했다.'
    assert speaker_of(body, "보 개방을") == "금강환경연합"


def test_people_listed_before_a_collective_noun_are_no_body():
    body = '교사들 등 여러 단체는 "체불 임금부터 해결하라"고 요구했다.'
    assert speaker_of(body, "체불 임금부터") != "교사들"
    body = '교사와 학부모 등 여러 단체는 "학교를 지켜 달라"고 호소했다.'
    assert speaker_of(body, "학교를") not in ("교사", "학부모")


# -- two people joined ---------------------------------------------------------------------------
def test_two_people_joined_speak_by_the_first_named():
    body = ('김도윤 한빛전자 대표와 박서연 라온화학 사장은 3일 만났다.\n'
            '김 대표와 박 사장은 "협력을 넓히겠다"고 입을 모았다.')
    assert speaker_of(body, "협력을") == "김도윤"


def test_person_met_by_the_speaker_is_not_joined():
    body = '최민수 교수는 박서연 라온화학 사장과 만난 뒤 "협력이 중요하다"고 말했다.'
    assert speaker_of(body, "협력이") == "최민수"


# -- a short mention of a multi-word name --------------------------------------------------------
def test_last_word_of_a_full_name_with_a_title_is_that_person():
    body = '메타 교수는 이메일 인터뷰에서 "공장 규모로 키우는 것이 숙제"라고 했다.'
    persons = [Person(name="아닐 메타", title="교수", organization="한빛공대")]
    att = quote.Attributor(body, [], persons)
    tok = next(i for i, t in enumerate(att.toks) if t.text == "교수는")
    assert att.speaker_of(att.toks[tok], tok).name == "아닐 메타"
    att = quote.Attributor(body, [], [Person(name="아닐 메타", title="교수"), Person(name="라지 메타", title="교수")])
    assert att.speaker_of(att.toks[tok], tok).name == "메타 교수"  # two of that name: left as written


# -- announced before, named in parentheses after --------------------------------------------------
def test_quotation_announced_by_the_sentence_before():
    body = '김민수 한빛증권 연구원은 이유를 묻자 이렇게 답했다. "수출이 꺾였기 때문이다."'
    assert speaker_of(body, "수출이") == "김민수"
    body = '이서진 라온대 교수는 다음과 같이 말했다.\n"소비가 살아나야 한다. 내수가 먼저다."'
    assert speaker_of(body, "소비가") == "이서진"


def test_sentence_pointing_back_announces_nothing_after_it():
    body = ('"배터리 값이 더 내려갈 것입니다."\n윤하준 한빛모빌리티 대표는 이같이 말했다.\n'
            '"올해는 버티는 해"\n시장은 얼어붙어 있다.')
    assert [t for _, t in found(body)] == ["배터리 값이 더 내려갈 것입니다."]


def test_person_in_parentheses_right_after_the_quotation_speaks():
    body = ('김민수 한빛증권 연구원은 보고서를 냈다.\n'
            '"금리 인하 전까지는 반등이 어렵다"(한빛증권 김민수 연구원)는 분석이 나온다.')
    assert speaker_of(body, "금리 인하") == "김민수"
    body = '"금리 인하 전까지는 반등이 어렵다"(2019년 보고서)는 분석이 다시 나온다.'
    assert all(s is None for s, t in found(body) if t.startswith("금리 인하"))


# -- a bench speaking as '재판부' where the article names one judge's bench -------------------------------------

def test_bench_word_stands_for_the_one_judges_bench():
    body = ("가람지법 형사5단독 탁윤겸 판사는 3일 피고인에게 징역 1년을 선고했다.\n"
            "재판부는 \"피해 회복이 이뤄지지 않았다\"고 밝혔다.")
    assert speaker_of(body, "피해 회복") == "가람지법 형사5단독"


def test_bench_word_with_two_benches_named_stays_itself():
    body = ("가람지법 형사5단독 탁윤겸 판사와 누리지법 형사2단독 변채온 판사는 같은 날 선고했다.\n"
            "재판부는 \"피해 회복이 이뤄지지 않았다\"고 밝혔다.")
    assert speaker_of(body, "피해 회복") == "재판부"
