"""Who said a Korean quotation, on sentences written for these tests: one test per kind of
attribution the dev set showed missing, each with its negative.

Kinds: a short later mention with a compound surname or a bare surname and 씨; a broadcast sound
bite with its caption on the same line; a speaker named after the quotation as the owner of a word
for what was said (첫마디, 말); a subject marked with 역시/또한; a subject inside a clause modifying
a noun; 고인 in an obituary; a quotation alone on its line taken up by the next sentence.
"""

import pytest

from builder.rules import Context
from builder.rules.ko import person, quote
from builder.rules.model import Mention, Person
from ko_quote_helpers import speaker_of, speakers


# -- short mentions ----------------------------------------------------------------------------
@pytest.mark.parametrize("surname, full", [("황보", "황보선미"), ("남궁", "남궁도윤"), ("선우", "선우태린")])
def test_compound_surname_and_title_is_the_person_named_before(surname, full):
    body = (f"{full} 정의당 의원은 3일 법안을 냈다. 오세경 국민의힘 의원도 함께했다.\n"
            f"{surname} 의원은 \"상임위에서 빨리 다뤄 달라\"고 요청했다.")
    assert speaker_of(body, "상임위에서") == full


def test_one_syllable_surname_is_not_a_compound_ones_person():
    body = ("황보선미 정의당 의원은 3일 법안을 냈다. 오세경 국민의힘 의원도 함께했다.\n"
            "오 의원은 \"여야가 따로 없다\"고 말했다.")
    assert speaker_of(body, "여야가") == "오세경"


def test_compound_surname_nobody_has_is_no_one_else():
    body = ("오세경 국민의힘 의원은 3일 법안을 냈다.\n"
            "서문 의원은 \"절차부터 지켜야 한다\"고 반박했다.")
    assert speaker_of(body, "절차부터") != "오세경"


def test_surname_and_ssi_is_the_person_named_before():
    body = ("서울남부지법은 3일 횡령 혐의를 받은 편지후(38)씨에게 징역 5년을 선고했다. 공범 구태현(41)씨는 "
            "징역 2년을 받았다.\n"
            "편씨는 투자자들에게 \"원금은 무조건 지켜 주겠다\"고 속인 혐의를 받는다.")
    assert speaker_of(body, "원금은") == "편지후"


def test_surname_and_ssi_with_no_such_person_is_not_another():
    body = ("서울남부지법은 3일 횡령 혐의를 받은 편지후(38)씨에게 징역 5년을 선고했다.\n"
            "석씨는 \"억울하다는 말밖에 할 수 없다\"고 말했다.")
    assert speaker_of(body, "억울하다는") != "편지후"


# -- broadcast sound bites on one line ---------------------------------------------------------
def test_interview_caption_and_quotation_on_one_line():
    body = ("도하진 기자가 보도합니다.\n"
            "[리포트]\n"
            "시장 골목은 한산했습니다.\n"
            "[인터뷰] 모예린/상인 : \"손님이 절반으로 줄었어요. 버티기가 힘들어요.\"\n"
            "정부는 다음 달 대책을 내놓습니다.\n"
            "[녹취] 나서율/한빛연구원 연구위원 : \"소비 심리가 살아나려면 시간이 걸릴 것으로 보입니다.\"")
    got = speakers(body)
    assert [s for s, _ in got] == ["모예린", "나서율"]
    found = {p.name: (p.title, p.organization) for p in person.find(body, Context(None))[0]}
    assert found["나서율"] == ("연구위원", "한빛연구원")


@pytest.mark.parametrize("caption", ["◀ 인터뷰 ▶ 모예린/상인 :", "[인터뷰:모예린(상인)]", "<녹취> 모예린, 상인 :"])
def test_interview_caption_forms(caption):
    body = f"시장 골목은 한산했습니다.\n{caption} \"손님이 절반으로 줄었어요.\"\n"
    assert speaker_of(body, "손님이") == "모예린"


def test_interview_caption_without_slash_names_the_known_person():
    body = ("윤채봉 한빛대 교수는 금리 인하를 주장해 왔다.\n"
            "▶ 인터뷰 : 윤채봉 한빛대 교수 : \"지금 내리지 않으면 늦습니다.\"")
    assert speaker_of(body, "지금") == "윤채봉"


def test_caption_of_a_firm_is_no_person():
    body = ("도하진 기자가 보도합니다.\n"
            "[녹취] 한빛전자 : \"리콜 계획은 현재로서는 없습니다.\"")
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    got = [(q.speaker, q.speaker_kind) for q in quote.find(body, ps, ms, ctx)]
    assert got == [("한빛전자", "organization")]
    assert "한빛전자" not in {p.name for p in ps}


def test_reporter_line_is_not_a_caption():
    body = ("도하진 기자가 보도합니다.\n"
            "인터뷰를 마친 주민들은 \"다시는 이런 일이 없어야 한다\"고 입을 모았습니다.")
    assert speaker_of(body, "다시는") != "도하진"


# -- the speaker after the quotation -----------------------------------------------------------
def test_owner_of_first_words_after_the_quotation():
    body = ("골키퍼 진보람은 선방쇼를 펼쳤다.\n"
            "\"오늘은 선수들이 이긴 경기다.\" 경기 뒤 취재진 앞에 선 한빛FC 석민구 감독의 첫마디였다.")
    assert speaker_of(body, "오늘은") == "석민구"


def test_quotation_alone_on_its_line_then_whose_words():
    body = ("수해 마을은 아직 복구가 끝나지 않았다.\n"
            "\"집에 돌아갈 날만 기다리고 있어요.\"\n"
            "임시 대피소에서 만난 주민 방지원(72)씨의 말이다.")
    assert speaker_of(body, "집에") == "방지원"


def test_quotation_alone_on_its_line_then_an_explanation_is_a_heading():
    body = ("\"올해는 다르다\"\n"
            "시장은 여전히 얼어붙어 있다는 것이 업계의 설명이다.")
    assert speakers(body) == []


def test_quotation_alone_on_its_line_taken_up_by_this_saying():
    body = ("\"이 동네에서 삼십 년을 살았는데 이런 물난리는 처음이에요.\"\n"
            "지난주 만난 수재민 마수철씨는 이 말을 하고 한동안 말을 잇지 못했다.")
    assert speaker_of(body, "이 동네에서") == "마수철"


# -- the subject of the quotation ---------------------------------------------------------------
@pytest.mark.parametrize("marker", ["역시", "또한"])
def test_subject_marked_with_also(marker):
    body = ("오세경 한빛연구원 연구위원은 \"공급을 늘려야 한다\"고 말했다. "
            f"여민재 한빛대 교수 {marker} \"규제를 풀어야 한다\"고 지적했다.")
    assert speaker_of(body, "규제를") == "여민재"


def test_adverb_alone_does_not_make_a_subject():
    body = ("오세경 한빛연구원 연구위원은 \"공급을 늘려야 한다\"고 말했다. "
            "그는 역시 \"규제도 풀어야 한다\"고 덧붙였다.")
    assert speaker_of(body, "규제도") == "오세경"


def test_subject_of_a_modifying_clause_is_not_the_speaker():
    body = ("한빛당 구태현 대표가 3일 야당이 발의한 '항만 특검법'에 대해 "
            "\"수사 중인 사건에 특검은 맞지 않는다\"라며 반대 입장을 밝혔다.")
    assert speaker_of(body, "수사 중인") == "구태현"


def test_modifying_clause_of_the_only_subject_is_still_the_speaker():
    body = "나서율 한빛연구원 연구위원이 지난해 발표한 보고서에서 \"집값은 이미 정점을 지났다\"고 썼다."
    assert speaker_of(body, "집값은") == "나서율"


# -- the deceased --------------------------------------------------------------------------------
def test_the_deceased_is_the_person_whose_death_is_reported():
    body = ("원로 화가 윤채봉이 3일 서울 자택에서 별세했다. 향년 91세.\n"
            "1933년 전남 목포에서 태어난 고인은 평생 바다를 그렸다.\n"
            "고인은 생전 인터뷰에서 \"바다는 매일 다른 얼굴을 보여 준다\"고 말하곤 했다.\n"
            "제자인 방지원 한빛대 교수는 \"선생님은 붓보다 눈을 먼저 가르치셨다\"고 회고했다.")
    assert speaker_of(body, "바다는") == "윤채봉"
    assert speaker_of(body, "선생님은") == "방지원"


def test_no_death_reported_no_one_is_the_deceased():
    body = ("원로 화가 윤채봉이 3일 개인전을 열었다.\n"
            "고인은 생전 인터뷰에서 \"바다는 매일 다른 얼굴을 보여 준다\"고 말하곤 했다.")
    assert speaker_of(body, "바다는") != "윤채봉"


# -- sources -------------------------------------------------------------------------------------
def test_source_of_according_to():
    body = ("오세경 한빛연구원 연구위원은 3일 보고서를 냈다.\n"
            "나서율 한빛대 교수에 따르면 \"하반기에는 수출이 회복될 가능성이 크다\"고 한다.")
    assert speaker_of(body, "하반기에는") == "나서율"


def test_place_with_according_to_is_no_speaker():
    body = ("오세경 한빛연구원 연구위원은 3일 보고서를 냈다. "
            "보고서에 따르면 \"하반기에는 수출이 회복될 가능성이 크다\"는 것이다.")
    assert speaker_of(body, "하반기에는") != "보고서"


def test_reporters_asking_are_not_the_last_speaker():
    body = ("구태현 한빛당 대표는 3일 기자간담회를 열었다. "
            "기자들이 \"출마할 생각이 있느냐\"고 묻자 구 대표는 \"아직 생각해 본 적 없다\"고 답했다.")
    assert speaker_of(body, "출마할") != "구태현"
    assert speaker_of(body, "아직") == "구태현"


def test_department_before_title_is_not_a_list():
    body = ("석하윤 한빛대 경제학과 교수는 \"집행 속도가 더 중요하다\"고 조언했다. "
            "석 교수는 \"지난해에도 집행률이 60%에 그쳤다\"고 덧붙였다.")
    assert [s for s, _ in speakers(body)] == ["석하윤", "석하윤"]


def test_noun_and_noun_joined_by_gwa_stay_two():
    found = {p.name for p in person.find("노동조합과 회사는 3일 임금 협상을 타결했다.", Context(None))[0]}
    assert found == set()


def test_quotation_naming_a_subject_noun_has_no_speaker_carried_over():
    body = ("배우 모재현은 \"현장 분위기가 정말 좋았다\"고 전했다. "
            "팬들 사이에서는 \"역대급 캐스팅\"이라는 반응이 나왔다.")
    assert speaker_of(body, "역대급") is None


def test_quotation_as_object_keeps_the_speaker():
    body = ("배우 모재현은 \"현장 분위기가 정말 좋았다\"고 전했다. "
            "그러면서 \"다음 작품도 함께하고 싶다\"는 바람을 밝혔다.")
    assert speaker_of(body, "다음 작품도") == "모재현"


def test_quotation_alone_on_its_line_then_what_someone_left():
    body = ("도은서 한빛시장은 협약식에 참석했다.\n"
            "\"이번 협약은 시작에 불과합니다.\"\n"
            "마재훈 한빛전자 대표가 협약식을 마치며 남긴 말이다.")
    assert speaker_of(body, "이번 협약은") == "마재훈"


def test_compound_surname_and_ssi_is_no_new_person():
    body = ("서울남부지법은 3일 횡령 혐의를 받은 남궁도윤(41)씨에게 징역 2년을 선고했다.\n"
            "남궁씨는 선고 직후 \"항소하겠다\"고 말했다.")
    ps, _ = person.find(body, Context(None))
    assert [p.name for p in ps] == ["남궁도윤"]
    assert speaker_of(body, "항소하겠다") == "남궁도윤"


def test_surname_and_ssi_nobody_named_is_a_person_speaking():
    ctx = Context(None)
    body = "경찰에 붙잡힌 석씨는 \"모르는 일\"이라고 했다."
    ps, ms = person.find(body, ctx)
    assert [(q.speaker, q.speaker_kind) for q in quote.find(body, ps, ms, ctx)] == [("석씨", "person")]


def test_team_name_before_name_and_title_is_not_the_speaker():
    body = ("한빛 위너스가 3일 홈경기에서 5-2로 이겼다.\n"
            "한빛 석민구 감독은 \"선발이 에이스 역할을 해줬다\"고 칭찬했다.")
    assert speaker_of(body, "선발이") == "석민구"


def test_the_deceased_is_the_one_whose_death_a_speaker_mourns():
    body = ("구태현 한빛그룹 회장은 3일 석하윤 명예회장의 별세 소식에 애도를 표했다.\n"
            "고인은 생전 \"기업은 사람을 남겨야 한다\"는 말을 자주 했다.")
    assert speaker_of(body, "기업은") == "석하윤"


def test_the_deceased_marked_before_the_name():
    body = ("故 석하윤 명예회장의 1주기 추도식이 3일 열렸다. 구태현 한빛그룹 회장이 추도사를 읽었다.\n"
            "고인은 생전 \"기업은 사람을 남겨야 한다\"고 말하곤 했다.")
    assert speaker_of(body, "기업은") == "석하윤"


def test_unnamed_body_opening_its_sentence_takes_no_earlier_speaker():
    body = ("진보람 새빛투자 대표는 \"장기적으로 보면 싼 값\"이라고 말했다.\n"
            "새빛반도체 노조는 성명을 내고 \"고용 승계를 보장하라\"고 요구했다.")
    assert speaker_of(body, "고용 승계를") != "진보람"


def test_adverb_opening_the_sentence_keeps_the_speaker():
    body = ("진보람 새빛투자 대표는 \"장기적으로 보면 싼 값\"이라고 말했다.\n"
            "이어 \"시장은 곧 이 결정을 이해할 것\"이라고 덧붙였다.")
    assert speaker_of(body, "시장은 곧") == "진보람"


def test_the_company_speaks_again_under_a_generic_word():
    body = ("한빛전자는 3일 이사회를 열고 새빛반도체 인수를 의결했다고 공시했다.\n"
            "회사 측은 \"인공지능 반도체 경쟁력을 단숨에 끌어올릴 것\"이라고 설명했다.")
    assert speaker_of(body, "인공지능") == "한빛전자"


def test_generic_word_with_no_body_named_before_stays_itself():
    body = "노조원들이 3일 파업에 들어갔다. 회사 측은 \"대화의 문은 열려 있다\"고 밝혔다."
    assert speaker_of(body, "대화의") == "회사"


def test_institution_named_by_a_common_noun_speaks():
    body = ("석하윤 전 한빛시장은 3일 징역 5년을 선고받았다.\n"
            "검찰은 \"구형량에 못 미치는 판결\"이라며 항소 방침을 밝혔다.")
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    assert [(q.speaker, q.speaker_kind) for q in quote.find(body, ps, ms, ctx)] == [("검찰", "organization")]


def test_common_noun_that_is_no_institution_does_not_speak():
    body = ("석하윤 전 한빛시장은 3일 징역 5년을 선고받았다.\n"
            "판결은 \"공직자의 청렴 의무를 저버렸다\"는 판단에서 내려진 것이다.")
    assert speaker_of(body, "공직자의") != "판결"


def test_body_speaking_about_what_a_person_announced():
    body = "한빛전자는 구태현 대표가 발표한 감산 계획에 대해 \"시장 상황을 고려한 결정\"이라고 설명했다."
    assert speaker_of(body, "시장 상황을") == "한빛전자"


def test_criticism_quoted_before_a_reply_is_not_the_replier_s():
    body = ("구태현 한빛당 대표는 3일 기자회견을 열었다. \"대표가 당을 사실상 사유화하고 있다\"는 비판이 나오자 "
            "구 대표는 \"당원들이 판단할 일\"이라고 반박했다.")
    assert speaker_of(body, "대표가 당을") is None
    assert speaker_of(body, "당원들이") == "구태현"


def test_quoted_thing_then_whose_explanation_keeps_the_speaker():
    body = "\"올해 수출은 회복세로 돌아설 것\"이라는 것이 나서율 한빛대 교수의 설명이다."
    assert speaker_of(body, "올해 수출은") == "나서율"


# -- a firm Kiwi reads as common nouns, speaking as the subject ----------------------------------
@pytest.mark.parametrize("firm", ["누리중공업", "해솔건설", "청람식품"])
def test_firm_named_by_its_business_speaks(firm):
    body = (f"{firm}은 12일 정기 임원 인사를 했다. {firm}은 \"현장을 잘 아는 인재를 앞에 세웠다\"고 밝혔다.\n"
            f"{firm}은 조직도 바꿨다. 회사 측은 \"해외 영업을 키우기 위한 조치\"라고 설명했다.")
    assert speaker_of(body, "현장을") == firm
    assert speaker_of(body, "해외 영업") == firm


def test_a_business_word_alone_is_no_firm():
    body = "정부는 12일 대책을 냈다. 산업은 \"이번 대책으로 숨통이 트일 것\"이라고 업계가 전했다."
    assert all(s != "산업" for s, _ in speakers(body))


# -- the name the article uses, not the real or Korean name glossed in brackets ------------------
def test_short_form_stands_for_the_stage_name_not_the_real_name():
    body = ("가수 채도담(31·본명 채미연)이 새 앨범을 냈다. 채씨는 12일 쇼케이스에서 \"오래 기다린 노래\"라고 말했다.\n"
            "채씨는 \"다음 달부터 전국 투어를 시작한다\"고 덧붙였다.")
    assert speaker_of(body, "다음 달부터") == "채도담"


def test_short_form_stands_for_the_foreign_name_not_the_korean_one():
    body = ("올해 의학상은 재미 과학자 스티븐 박(한국명 박민혁) 미국 해든대 교수가 받았다. "
            "박 교수는 영상 메시지로 \"후배들과 함께 연구를 이어가겠다\"고 전했다.")
    assert speaker_of(body, "후배들과") == "스티븐 박"


def test_a_bracket_without_an_alias_word_changes_nothing():
    body = ("가수 채도담(31)과 채미연(29)이 무대에 올랐다. 채미연은 12일 쇼케이스에서 \"오래 기다린 무대였다\"고 말했다.")
    assert speaker_of(body, "오래 기다린") == "채미연"


# -- a club before its coach, an agent speaking for a player ---------------------------------------
def test_club_before_the_coach_s_name_is_not_the_speaker():
    body = ("프로축구 누리 펠리컨즈가 공격수 마테우스(24)를 영입했다고 15일 밝혔다.\n"
            "누리 펠리컨즈 편도훈 감독은 \"마테우스는 공간을 찾는 눈이 좋은 선수\"라고 말했다.")
    assert speaker_of(body, "마테우스는 공간을") == "편도훈"
    # the club read as a person too (as the name rules may): the coach's name before his title still speaks
    at = body.index("누리 펠리컨즈 편도훈")
    ps = [Person("누리 펠리컨즈"), Person("편도훈", "감독")]
    ms = [Mention("누리 펠리컨즈", 5, 13, "가"), Mention("누리 펠리컨즈", at, at + 17, "은"), Mention("편도훈", at + 8, at + 17, "은")]
    assert [q.speaker for q in quote.find(body, ps, ms, Context(None))] == ["편도훈"]


def test_a_foreign_name_before_a_place_and_title_is_still_the_person():
    body = "헝가리의 노라 벨트런 아이다호 주지사는 \"협정을 지키겠다\"고 말했다."
    ps = [Person("노라 벨트런"), Person("아이다호", "주지사")]
    ms = [Mention("노라 벨트런", 5, 11, ""), Mention("아이다호", 12, 21, "는")]
    assert [q.speaker for q in quote.find(body, ps, ms, Context(None))] == ["노라 벨트런"]


def test_agent_with_a_foreign_name_speaks_not_the_player():
    body = ("프로축구 누리 펠리컨즈가 공격수 마테우스(24)를 영입했다.\n"
            "마테우스는 지난 시즌 12골을 넣었다. 마테우스의 에이전트 실바노 모레이라는 \"유럽 구단의 제안도 있었지만 "
            "선수가 출전 시간을 택했다\"고 밝혔다.")
    assert speaker_of(body, "유럽 구단의") in ("실바노 모레이라", "실바노")


def test_the_player_s_own_words_stay_his():
    body = ("프로축구 누리 펠리컨즈가 공격수 마테우스(24)를 영입했다.\n"
            "마테우스는 구단을 통해 \"빨리 팬들 앞에서 골을 넣고 싶다\"고 말했다.")
    assert speaker_of(body, "빨리 팬들") == "마테우스"


# -- a foreign name's first word and 씨 -------------------------------------------------------------
def test_first_word_of_a_foreign_name_with_ssi_is_the_full_name():
    body = ("올해 수확에는 베트남 출신 계절근로자 팜 반 롱(29)씨와 보 티 란(26)씨가 힘을 보탰다. "
            "팜씨는 \"고향에서도 논일을 해서 손에 익었다\"고 말했다.")
    assert speaker_of(body, "고향에서도") == "팜 반 롱"


# -- no subject of its own: a verb's clause with 는 before the quotation ------------------------------
def test_clause_with_topic_marker_before_the_quotation_carries_the_speaker_over():
    body = ("옹기장 모윤호씨가 3일 별세했다. 향년 90세.\n"
            "모씨는 생전에 \"흙은 서두르는 사람을 싫어한다\"는 말을 자주 했다. 공방을 아들에게 넘기면서는 "
            "\"이제 불은 네가 지켜라\"라고 했다.")
    assert speaker_of(body, "이제 불은") == "모윤호"


def test_a_nameless_subject_still_stops_the_carry_over():
    body = ("옹기장 모윤호씨는 생전에 \"흙은 서두르는 사람을 싫어한다\"는 말을 자주 했다.\n"
            "공방의 새 주인은 \"가마를 지키겠다\"고 말했다.")
    assert speaker_of(body, "가마를") is None


# -- a quotation opening its paragraph, then '… 이렇게 설명한 뒤 "…"' --------------------------------
def test_quotation_before_a_sentence_saying_who_said_it_thus():
    body = ("반대 토론에 나선 길도준 의원은 \"예산 추계가 빠져 있다\"고 지적했다.\n"
            "\"관리비는 운영 방식에 따라 달라져 이번 추계에서는 뺐습니다.\" 답변에 나선 구청 복지정책과 석하율 과장은 "
            "이렇게 설명한 뒤 \"다음 회기 전까지 따로 계산해 내겠다\"고 했다.")
    assert speaker_of(body, "관리비는") == "석하율"


def test_quotation_before_an_answering_sentence_is_not_the_answerer_s():
    body = ("반대 토론에 나선 길도준 의원은 \"예산 추계가 빠져 있다\"고 지적했다.\n"
            "\"관리비는 운영 방식에 따라 달라져 이번 추계에서는 뺐습니다.\" 이에 대해 석하율 과장은 "
            "이렇게 설명한 뒤 \"다음 회기 전까지 따로 계산해 내겠다\"고 했다.")
    assert speaker_of(body, "관리비는") != "석하율"


# -- a verb modifying the name after a quotation: no body ending in a body's last syllable -----------------------
@pytest.mark.parametrize("clause", ["5천㎡ 규모 밭을 일구는", "30년째 논을 일구는", "고향에서 땅을 일구는"])
@pytest.mark.parametrize("name", ["남궁설", "제갈온", "구하준"])
def test_a_verb_before_the_name_is_no_speaker(clause, name):
    body = (f"“올해 같은 봄은 처음 봅니다.” {clause} {name}(58)씨는 시든 잎을 들어 보이며 말했다. "
            "그는 “밤새 불을 피웠는데도 소용이 없었다”고 했다.")
    assert speaker_of(body, "올해 같은") == name
    assert speaker_of(body, "밤새 불을") == name


def test_a_district_so_ending_still_speaks_after_the_quotation():
    body = "“주민 안전이 무엇보다 먼저입니다.” 여울구는 이날 입장문을 내고 이렇게 밝혔다."
    assert speaker_of(body, "주민 안전이") == "여울구"


@pytest.mark.parametrize("unit", ["신문방송학과", "언론홍보학과", "경영학부"])
def test_a_university_and_its_department_before_the_speaker_are_not_the_speaker(unit):
    body = ("토론 중간 사회자가 제한 시간을 넘긴 후보에게 경고를 하기도 했다. "
            f"사회를 맡은 한빛대 {unit} 모서휘 교수는 토론 뒤 \"두 후보 모두 공약의 재원 대책이 분명하지 않았다\"고 평가했다.")
    assert speaker_of(body, "두 후보") == "모서휘"


# -- a name alone, untitled, as the topic of a quotation's frame ('X는 … "…"고 말했다', 'X는 이렇게 말한 뒤 "…"') ------
# Where Kiwi reads the word as a proper noun, the frame says it is a person; a body's name or a topic with no
# quotation after it is not taken.
@pytest.mark.parametrize("body, name", [
    ('"실감이 안 나요." 변다로는 인터뷰에서 이렇게 말한 뒤 "첫 시즌이 떠올랐다"고 했다.', "변다로"),
    ('변다로가 우승했다.\n\n"아직 실감이 안 나요." 변다로는 인터뷰에서 이렇게 말한 뒤 "첫 시즌이 떠올랐다"고 했다.', "변다로"),
    ('변다로가 우승했다. 변다로는 "다시 뛰겠다"고 말했다.', "변다로"),
])
def test_an_untitled_name_framing_a_quotation_is_a_person_and_its_speaker(body, name):
    found, _ = person.find(body, Context(None))
    assert name in {p.name for p in found}, [(p.name, p.found_by) for p in found]
    assert speakers(body)[-1][0] == name, speakers(body)


@pytest.mark.parametrize("body", [
    "변다로는 잠시 뒤 자리를 떴다.",  # no quotation in the topic's sentence
    '누리온테크는 "신제품을 내놓겠다"고 밝혔다.',  # a firm's name, no Korean name's shape
])
def test_no_person_from_a_frame_without_a_quotation_or_a_name(body):
    found, _ = person.find(body, Context(None))
    assert not found, [(p.name, p.found_by) for p in found]


# Two persons of one surname in one story, a governor and a professor of a department Kiwi guesses whole
# ('수의학과' as one unknown proper noun, its '과' taken for 'and'): the professor is a person too, with the
# department in his body, and '김 교수' after him is his short mention (the post decides), not the governor's.
@pytest.mark.parametrize("dept", ["수의학과", "치의학과", "한의학과", "경제학과"])
def test_second_person_of_a_surname_with_a_department_before_his_post(dept):
    body = ("김도래 경남도지사는 3일 \"방역에 모든 힘을 쏟겠다\"고 말했다. 김 지사는 거점소독소를 찾았다.\n"
            f"김서결 솔뫼대 {dept} 교수는 \"철새가 떠나기 전까지 마음을 놓으면 안 된다\"고 말했다. "
            "김 교수는 \"농장 출입을 줄여야 한다\"고 덧붙였다.\n")
    ps, _ = person.find(body, Context(None))
    assert "김서결" in {p.name for p in ps}
    assert speaker_of(body, "철새가 떠나기") == "김서결"
    assert speaker_of(body, "농장 출입을") == "김서결"
    assert speaker_of(body, "방역에 모든") == "김도래"


def test_field_and_field_with_no_post_after_keeps_its_and():
    body = "솔뫼대는 내년부터 수의학과 약학을 함께 가르친다.\n"
    ps, _ = person.find(body, Context(None))
    assert not ps
