"""Korean rule tables, one pattern at a time, on sentences written for these tests."""

from datetime import date

import lxml.html
import pytest

from builder.extract.model import Extracted
from builder.extract.text import extract_text
from builder.rules import Context
from builder.rules.ko import article, event, person, quote
from builder.rules.ko.person import is_korean_name, title_of
from builder.rules.ko.text import followed_within, strip_particle


def persons(body, authors=(), outlet=None):
    found, _ = person.find(body, Context(None, tuple(authors), outlet))
    return {p.name: (p.title, p.organization, p.role) for p in found}


def quotes(body, published=None):
    ctx = Context(published)
    ps, ms = person.find(body, ctx)
    return [(q.speaker, q.text, q.reporting_verb) for q in quote.find(body, ps, ms, ctx)]


def events(body, published=None):
    return {e.name: e for e in event.find(body, Context(published))}


# -- names, titles, particles ----------------------------------------------------------------
@pytest.mark.parametrize("word", ["김민준", "이서연", "남궁민수", "박하", "제갈공명"])
def test_korean_names(word):
    assert is_korean_name(word)


@pytest.mark.parametrize("word", ["이번", "정부", "한국당", "제러드", "사무국", "무소속", "이날"])
def test_not_korean_names(word):
    assert not is_korean_name(word)


@pytest.mark.parametrize("text, first, second, gap, end, expected", [
    ("보 반 띠엔 베트남 공안부 차관은", "보", "차관", 18, None, True),
    ("보 반 띠엔 베트남 공안부 차관은", "보", "차관", 10, None, False),  # the title starts 14 characters after '보' ends
    ("차관 띠엔 보는", "차관", "보", 8, None, True),
    ("보 반 띠엔 베트남 공안부 차관은", "보", "차관", 18, 0, False),  # no '보' starts before `end`
    ("공안부 차관과 보 반 띠엔", "보", "차관", 18, None, False),  # the second word only before the first
])
def test_followed_within_is_the_cheap_test_before_a_pattern_is_built(text, first, second, gap, end, expected):
    assert followed_within(text, first, second, gap, end) is expected


def test_particles_are_stripped():
    assert strip_particle("대표는") == ("대표", "는")
    assert strip_particle("경주에서") == ("경주", "에서")
    assert strip_particle("회장") == ("회장", "")


def test_titles_plain_compound_and_suffix():
    assert title_of("장관") == ("장관", None)
    assert title_of("부산시장") == ("부산시장", "부산시")
    assert title_of("문화체육국장") == ("문화체육국장", None)
    assert title_of("최고경영자(CEO)") == ("최고경영자(CEO)", None)
    assert title_of("시장을") is None


# -- person patterns -------------------------------------------------------------------------
def test_name_org_title():
    assert persons("윤하준 미래모빌리티 대표는 신차를 공개했다.")["윤하준"] == ("대표", "미래모빌리티", "subject")


def test_org_name_title_with_latin_org():
    got = persons("행사에는 LG AI연구원 구민서 상무가 참석했다.")
    assert got["구민서"] == ("상무", "LG AI연구원", "subject")


def test_org_paren_name_title():
    assert persons("서해건설㈜(임도현 대표)이 성금을 냈다.")["임도현"] == ("대표", "서해건설㈜", "subject")


def test_list_shares_one_title():
    got = persons("국민의힘 강민재·더불어민주당 송지우 원내수석부대표는 합의문에 서명했다.".replace("원내수석부대표", "원내대표"))
    assert got["강민재"] == ("원내대표", "국민의힘", "subject")
    assert got["송지우"] == ("원내대표", "더불어민주당", "subject")


def test_caption_list_with_foreign_name():
    body = "왼쪽부터 하은수 한빛대 교수, 마커스 브라운 오로라랩스(Aurora Labs) 최고경영자(CEO), 최윤 서울시 정책관."
    got = persons(body)
    assert got["하은수"] == ("교수", "한빛대", "subject")
    assert got["마커스 브라운"] == ("최고경영자(CEO)", "오로라랩스(Aurora Labs)", "subject")
    assert got["최윤"][0] == "정책관"


def test_former_title_and_city_mayor():
    got = persons("박지훈 전 인천시장과 오세라 전 의원이 만났다.")
    assert got["박지훈"] == ("전 인천시장", None, "subject")  # a fused post held once: no body now (round 42)
    assert got["오세라"][0] == "전 의원"


def test_ssi_and_reporters():
    got = persons("주부 한소라씨는 장을 보러 나왔다.", authors=["김하늘"], outlet="테크일보")
    assert got["한소라"] == ("주부", None, "subject")  # a role noun right before a name with 씨 is its title
    assert got["김하늘"] == ("기자", "테크일보", "reporter")


def test_short_mention_is_not_a_new_person():
    got = persons("윤하준 미래모빌리티 대표는 웃었다. 윤 대표는 말을 아꼈다. 데이비스 CEO는 없었다.")
    assert list(got) == ["윤하준"]


@pytest.mark.parametrize("body", [
    "새로운 시장을 열겠다는 대표 기업들의 의지가 강하다.",
    "더불어민주당과 국민의힘은 회의를 열었다.",
    "국내 스타트업 대표들이 모였다.",
    "부산 해운대구 그랜드 오션 부산에서 열렸다.",
])
def test_no_person_from_organisations_places_or_plain_words(body):
    assert persons(body) == {}


# -- quote patterns --------------------------------------------------------------------------
def test_speaker_before_two_quotes_one_chain():
    body = '윤하준 미래모빌리티 대표는 "전기차 수요가 살아나고 있다"며 "내년에는 생산을 두 배로 늘리겠다"고 강조했다.'
    assert quotes(body) == [("윤하준", "전기차 수요가 살아나고 있다", "강조했다"),
                            ("윤하준", "내년에는 생산을 두 배로 늘리겠다", "강조했다")]


def test_pronoun_and_carry_over_and_speaker_after():
    body = ('윤하준 미래모빌리티 대표는 "공장을 새로 짓겠다"고 말했다.\n'
            '그는 "부지는 이미 확보했다"고 덧붙였다.\n'
            '그러면서 "지역 인재를 먼저 뽑겠다"고 약속했다.\n'
            '"협력사와 상생하는 것이 목표"라고 윤 대표는 설명했다.')
    got = quotes(body)
    assert [g[0] for g in got] == ["윤하준"] * 4
    assert [g[2] for g in got] == ["말했다", "덧붙였다", "약속했다", "설명했다"]


def test_subject_inside_another_clause_is_not_the_speaker():
    body = ('최다은 장관은 현장을 둘러봤다. 김도윤 의원이 예산 증액을 요구한 데 대해 '
            '"재정 여건을 보며 검토하겠다"고 답했다.')
    assert quotes(body)[0][0] == "최다은"


def test_curly_and_straight_quotes_and_offsets():
    body = "송민재 교수는 “규제가 혁신을 막는다”고 지적했다. 송 교수는 \"제도 개선이 먼저\"라고 말했다."
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    found = quote.find(body, ps, ms, ctx)
    assert [q.text for q in found] == ["규제가 혁신을 막는다", "제도 개선이 먼저"]
    assert all(body[q.start:q.end] == q.text for q in found)


def test_organisation_and_anonymous_speakers():
    body = ('윤하준 미래모빌리티 대표는 "증설을 서두르겠다"고 말했다.\n'
            '이에 대해 한빛자동차 측은 "아직 정해진 것이 없다"고 밝혔다.\n'
            '업계 관계자는 "두 회사의 협상이 길어질 것"이라고 내다봤다.\n'
            '국토교통부는 "안전 기준을 먼저 따지겠다"고 설명했다.')
    ctx = Context(None)
    ps, ms = person.find(body, ctx)
    got = [(q.speaker, q.speaker_kind) for q in quote.find(body, ps, ms, ctx)]
    assert got == [("윤하준", "person"), ("한빛자동차", "organization"), ("업계 관계자", "person"),
                   ("국토교통부", "organization")]


def test_quotation_on_its_own_line_attributed_by_the_next_sentence():
    body = ('"배터리 가격이 내년에는 더 내려갈 것입니다."\n'
            '윤하준 미래모빌리티 대표는 12일 기자간담회에서 이같이 말했다.\n'
            '"올해는 버티는 해"\n'
            '시장은 여전히 얼어붙어 있다.')
    got = quotes(body)
    assert got == [("윤하준", "배터리 가격이 내년에는 더 내려갈 것입니다.", "말했다")]


@pytest.mark.parametrize("body", [
    "회사는 '차세대 모빌리티 혁신 컨퍼런스'를 열었다.",  # single quotes name things
    "그는 “빨갱이”라는 말을 들었다.",  # a one-word scare quote
    "“지역끼리 다투는 정치 끝내겠다”\n이 후보는 유세를 이어갔다.",  # a quotation that is a heading line
])
def test_not_quotations(body):
    assert quotes(body) == []


# -- events and dates --------------------------------------------------------------------------
def test_event_name_place_and_date_resolved():
    body = "협회는 12일 서울 강남구 코엑스에서 '2025 스마트 물류 포럼'을 열었다."
    e = events(body, "2025-09-15T10:00:00+09:00")["2025 스마트 물류 포럼"]
    assert (e.kind, e.location, e.date_text, e.start_date) == ("forum", "서울 강남구 코엑스", "12일", date(2025, 9, 12))


def test_relative_dates_resolve_against_publication():
    pub = "2025-01-20T09:00:00+09:00"
    got = events("시는 다음달 3일 시청 대회의실에서 신년 설명회를 연다. "
                 "앞서 지난달 28일부터 이달 5일까지 겨울 축제가 열렸다.", pub)
    assert got["신년 설명회"].start_date == date(2025, 2, 3)
    fest = got["겨울 축제"]
    assert (fest.start_date, fest.end_date) == (date(2024, 12, 28), date(2025, 1, 5))


def test_without_publication_date_nothing_is_invented():
    e = events("시는 다음달 3일 시청 대회의실에서 신년 설명회를 연다.", None)["신년 설명회"]
    assert e.date_text == "다음달 3일" and e.start_date is None and e.end_date is None


def test_night_desk_previous_day():
    e = events("후보는 전일 광장에서 열린 마지막 유세에서 지지를 호소했다.", "2025-06-04T02:30:00+09:00")
    assert next(iter(e.values())).start_date == date(2025, 6, 2)


def test_back_reference_is_not_a_new_event():
    assert events("이번 행사는 사흘간 이어진다. 이날 회의는 짧았다.") == {}


# -- article rules ---------------------------------------------------------------------------
def test_wire_dateline_byline_and_copyright():
    ex = extract_text("(광주=한빛통신) 정다은 김도현 기자 = 광주시가 새 버스 노선을 발표했다. 시는 이달 말부터 운행한다고 밝혔다.\n"
                      "<저작권자(c) 한빛통신, 무단 전재-재배포 금지>\n관련기사\n버스 요금 오른다")
    ex = article.refine(ex)
    assert ex.authors == ["정다은", "김도현"] and ex.outlet == "한빛통신"
    assert ex.body.startswith("광주시가") and "관련기사" not in ex.body and "무단" not in ex.body


def test_tail_byline_with_email_and_headline_block():
    ex = extract_text("'스마트 물류' 포럼 개막\n\"자동화가 답\"\n"
                      "물류 업계가 자동화 투자를 늘려야 한다는 목소리가 나왔다. 포럼에는 300여명이 참석했다.\n"
                      "정다은 기자 daeun@hanbit.example\n마스크영역\n꼭 봐야할 주요뉴스")
    ex = article.refine(ex)
    assert ex.subheadings == ["'스마트 물류' 포럼 개막", "자동화가 답"]
    assert ex.authors == ["정다은"] and ex.author_emails == ["daeun@hanbit.example"]
    assert ex.body == "물류 업계가 자동화 투자를 늘려야 한다는 목소리가 나왔다. 포럼에는 300여명이 참석했다."


def test_printed_dates_are_found():
    page = lxml.html.fromstring("<html><body><div class='info'><span>기사입력 2024.03.07 오후 2:15</span>"
                                "<span>최종수정 2024.03.07 15:02</span></div><script>var d='2020.01.01 00:00';</script>"
                                "<p>본문입니다.</p></body></html>")
    ex = Extracted(body_lines=["본문입니다."], extractor="x", page_tree=page)
    ex = article.refine(ex)
    assert ex.published == "2024-03-07T14:15:00+09:00" and ex.updated == "2024-03-07T15:02:00+09:00"


def test_a_paragraph_ending_in_a_copyright_notice_keeps_its_text():
    line = ("라온군은 4일 군청 회의실에서 성금 전달식을 열었다. 정민호 군수는 \"투명하게 쓰겠다\"고 말했다. " * 3
            + "오태경 기자 <저작권자ⓒ한빛일보사. 무단전재-재배포 금지>")
    ex = article.refine(extract_text(line))
    assert ex.body.startswith("라온군은 4일") and "저작권자" not in ex.body and "무단" not in ex.body


def test_broadcast_script_markers_interview_and_signoff():
    script = ("[앵커]\n독감 환자가 빠르게 늘고 있습니다.\n정유진 기자가 보도합니다.\n[리포트]\n"
              "서울의 한 소아청소년과 의원입니다. 대기 환자가 스무 명을 넘었습니다.\n"
              "[인터뷰] 김민서 / 서울 마포구\n\"아이가 밤새 열이 나서 아침 일찍 왔어요.\"\n"
              "지영미 질병관리청장은 \"예방접종을 서둘러 달라\"고 말했습니다.\nKBS 뉴스 정유진입니다.")
    ex = article.refine(extract_text(script))
    assert "[앵커]" not in ex.body and "[리포트]" not in ex.body and "정유진입니다" not in ex.body
    assert ex.authors == ["정유진"] and ex.outlet == "KBS"
    got = dict((s, t) for s, t, _ in quotes(ex.body))
    assert got["김민서"] == "아이가 밤새 열이 나서 아침 일찍 왔어요."
    assert got["지영미"] == "예방접종을 서둘러 달라"
    assert persons(ex.body)["지영미"] == ("질병관리청장", "질병관리청", "subject")


def test_outlet_tag_and_spaced_month_words():
    ex = article.refine(extract_text("삼성전자, 3분기 영업익 9조…반도체 회복세\n\"HBM 공급 늘린다\"\n\n"
                                     "[서울경제] 삼성전자가 3분기 시장 기대를 웃도는 실적을 냈다. 반도체 부문이 회복세를 보였다."))
    assert ex.outlet == "서울경제" and ex.title == "삼성전자, 3분기 영업익 9조…반도체 회복세"
    assert ex.body.startswith("삼성전자가")
    e = events("회사는 다음 달 20일 경기 수원 본사에서 임시 주주총회를 연다.", "2025-10-31T09:00:00+09:00")["임시 주주총회"]
    assert e.start_date == date(2025, 11, 20)


def test_age_and_hanja_glosses_anonymised_people_and_one_word_quotes():
    body = ('김철수(45) 한빛상사 대표는 "매출이 다시 늘었다"고 말했다. 윤서진(尹瑞振) 대표는 "협치하겠다"고 말했다. '
            '회사원 A씨는 "출근길이 두렵다"고 했다. 김모(52)씨는 "버스가 너무 늦게 온다"고 했다.')
    got = persons(body)
    assert got["김철수"] == ("대표", "한빛상사", "subject") and "윤서진" in got
    assert "A씨" in got and "김모씨" in got
    assert [q[0] for q in quotes(body)] == ["김철수", "윤서진", "A씨", "김모씨"]


def test_speaker_named_after_as_owner_of_the_explanation():
    body = '"메모리 수요가 살아나고 있다"는 게 이민희 BNK투자증권 연구원의 설명이다.'
    assert quotes(body) == [("이민희", "메모리 수요가 살아나고 있다", "설명이다")]


def test_day_ranges_with_a_tilde():
    e = events("협회는 다음달 2∼4일 부산 벡스코에서 '2025 스마트 해양 엑스포'를 연다.", "2025-09-15T10:00:00+09:00")
    expo = e["2025 스마트 해양 엑스포"]
    assert (expo.date_text, expo.start_date, expo.end_date) == ("다음달 2∼4일", date(2025, 10, 2), date(2025, 10, 4))
    assert expo.location == "부산 벡스코"


@pytest.mark.parametrize("body", ["노조 위원장은 파업을 예고했다.", "조합 회장이 사퇴했다.", "고객 대표들이 모였다."])
def test_two_syllable_common_nouns_before_a_title_are_not_names(body):
    assert persons(body) == {}


def test_two_syllable_names_with_an_organisation_are_kept():
    assert persons("한빛전자 최윤 사장은 웃었다.")["최윤"] == ("사장", "한빛전자", "subject")


def test_given_names_ending_like_common_words_are_names():
    # '용' ends words such as 이용·비용, but only a two-syllable word is ruled out by it
    assert persons('이태용 한빛전자 회장은 "위기일수록 투자를 늘려야 한다"고 강조했다.')["이태용"][:2] == ("회장", "한빛전자")
    assert not is_korean_name("이용") and not is_korean_name("비용")


def test_a_country_is_the_organisation_of_a_foreign_official():
    body = '로버트 필드 미국 국무장관은 "동맹과의 협의를 이어가겠다"고 말했다.'
    assert persons(body)["로버트 필드"][:2] == ("국무장관", "미국")
    assert quotes(body)[0][0] == "로버트 필드"


def test_one_person_holding_two_posts_joined_by_gyeom():
    body = '정해진 부총리 겸 재정경제부 장관은 "내수 회복에 총력을 다하겠다"고 말했다.'
    assert "정해진" in persons(body)
    assert quotes(body) == [("정해진", "내수 회복에 총력을 다하겠다", "말했다")]


def test_foreign_leader_named_by_one_word():
    body = ('카렐린 대통령은 "휴전 협상에 나서겠다"고 말했다. 왕리밍 중국 국가주석은 "협력을 넓히자"고 답했다. '
            '차기 대통령은 "개헌이 필요하다"고 말했다.')
    found = persons(body)
    assert found["카렐린"][:2] == ("대통령", None) and found["왕리밍"][:2] == ("국가주석", "중국")
    assert "차기" not in found
    # a described subject speaks for itself; the last named speaker does not carry over to it
    assert [q[0] for q in quotes(body)] == ["카렐린", "왕리밍", "차기 대통령"]


def test_latin_gloss_and_former_post():
    body = ('팀 브룩(Tim Brook) 한빛소프트 CEO는 "한국 시장이 중요하다"고 말했다. '
            '김도현 전 산업통상자원부 장관은 "수출이 회복될 것"이라고 전망했다.')
    found = persons(body)
    assert found["팀 브룩"][:2] == ("CEO", "한빛소프트")
    assert found["김도현"][:2] == ("전 장관", "산업통상자원부")
    assert [q[0] for q in quotes(body)] == ["팀 브룩", "김도현"]


def test_described_sources_and_a_bare_title_for_the_last_speaker():
    body = ('박민호 재정부 예산실장은 "사실과 다르다"고 말했다. 이어 실장은 "다시 설명하겠다"고 말했다.\n'
            '한 야당 의원은 "부자 감세를 위한 예산"이라고 비판했다.')
    assert [q[0] for q in quotes(body)] == ["박민호", "박민호", "야당 의원"]


@pytest.mark.parametrize("body, verb", [
    ('한소율 대표는 지난달 "내년에는 해외 매출이 절반을 넘을 것"이라고 강조한 바 있다.', "강조한"),
    ('한소율 대표는 "올해 흑자 전환이 목표다"며 목소리를 높였다.', "높였다"),
    ('한소율 대표는 "올해 흑자 전환이 목표다"라고 말하며 웃었다.', "말하며"),
    ('한소율 대표는 "올해 흑자 전환이 목표다"고 설명했다.', "설명했다"),
    ('한소율 대표는 "시장이 바뀐다"면서 회사가 기회를 잡는 것의 중요성을 피력했다.', "피력했다"),
    ('한소율 대표는 "시장이 바뀐다"고 토로했고, 직원들은 고개를 끄덕였다.', "토로했고"),
    ('진행자가 "누가 먼저 연락했나"라고 묻자 한소율은 "제가 먼저 전화를 건 사람"이라고 응수해 웃음이 터졌다.', "묻자 응수해"),
    # a modifier verb right after the quotative ending reports it, whatever noun it modifies
    ('"시장이 바뀐다"고 반박한 한소율 대표는 다음 날 해명 자료를 냈다.', "반박한"),
    ('"시장이 바뀐다"라고 말한 한소율 대표는 곧 자리를 떴다.', "말한"),
    ('"시장이 바뀐다"고 지적한 한소율 대표의 발언이 화제가 됐다.', "지적한"),
    # ... but not one further on, with words between
    ('한소율 대표는 "시장이 바뀐다"며 변화를 이끄는 회사를 칭찬했다.', "칭찬했다"),
])
def test_reporting_verb_is_the_verb_after_the_quotative_ending(body, verb):
    assert [v for _, _, v in quotes(body)] == verb.split()


def test_a_role_noun_as_subject_speaks_unnamed():
    got = quotes('진행자가 "누가 먼저 연락했나"라고 묻자 한소율은 "제가 먼저 전화를 건 사람"이라고 답했다.')
    assert [(speaker, verb) for speaker, _, verb in got] == [("진행자", "묻자"), ("한소율", "답했다")]


@pytest.mark.parametrize("title", ["CISO", "CHRO", "GIO", "CMO"])
def test_latin_executive_titles_by_pattern(title):
    assert persons(f"문하람 한빛전자 {title}는 새 보안 정책을 소개했다.")["문하람"] == (title, "한빛전자", "subject")


def test_a_latin_acronym_that_is_no_title_is_not_one():
    assert title_of("NATO") is None and title_of("CJ") is None


def test_a_nominee_is_titled_and_its_short_mention_speaks():
    body = ('국회는 5일 선우도현 환경부 장관 후보자에 대한 청문회를 열었다.\n'
            '선우 후보자는 "규제를 먼저 살피겠다"고 답했다.')
    assert persons(body)["선우도현"][0] == "장관 후보자"
    assert [s for s, _, _ in quotes(body)] == ["선우도현"]


def test_nominee_as_a_plain_noun_names_no_one():
    assert persons('선관위는 후보자 토론회를 5일 연다. 김도현 위원장은 "공정하게 하겠다"고 말했다.') == {
        "김도현": ("위원장", None, "subject")}


def test_a_one_syllable_foreign_surname_alone_speaks_for_the_full_name():
    body = '안무가 토머스 벨이 내한했다. 벨은 "무대가 좁다"며 웃었다.'
    assert [s for s, _, _ in quotes(body)] == ["토머스 벨"]


def test_a_one_syllable_word_no_name_ends_with_is_no_one():
    body = '안무가 토머스 벨이 내한했다. 팀은 "무대가 좁다"며 웃었다.'
    assert "토머스 벨" not in [s for s, _, _ in quotes(body)]


def test_a_japanese_surname_ending_like_a_particle_is_whole_before_country_and_title():
    assert persons("요시카와 겐타 일본 방위상은 회견을 열었다.").get("요시카와 겐타") == ("방위상", "일본", "subject")


def test_two_foreign_names_joined_by_wa_are_not_one_name():
    assert not any(" " in n for n in persons("다나카와 스즈키 외무상이 만났다."))


def test_the_first_of_two_titled_names_joined_by_gwa_is_a_person():
    body = '박단 의원과 홍서윤 의원이 법안을 냈다. 박 의원은 "피해가 크다"고 말했다.'
    assert persons(body)["박단"][0] == "의원"
    assert [s for s, _, _ in quotes(body)] == ["박단"]


def test_a_body_before_the_first_of_two_titles_is_no_person():
    assert "봉사단" not in persons("봉사단 의원과 홍서윤 의원이 법안을 냈다.")


def test_a_verb_modifier_before_a_name_is_not_its_first_word():
    found = persons("피해가 몰린 오가람 의원과 홍서윤 의원이 참석했다.")
    assert not any(n.startswith("몰린") for n in found)
