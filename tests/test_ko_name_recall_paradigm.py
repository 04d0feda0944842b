"""Paradigms of people a Korean news sentence names without a full name the rules can read: a surname and a
post or an occupation that no full name resolves ('윤 감독은'), and the look-alikes that are no one ('한 의원은':
one member; '이 선수는': this player; '전 대표는': the former head). Invented sentences, one row per spelling."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.found_by) for p in found}


# -- 1. a surname and a post (or an occupation), nobody of that surname named -----------------------------
SURNAME_AND_POST = [
    ("표 감독은 경기가 끝난 뒤 취재진과 만나 웃었다.", "표 감독", "감독"),
    ("남궁 대표는 주주총회에서 배당 확대를 약속했다.", "남궁 대표", "대표"),
    ("현장에 출동한 인 순경이 불을 끄다 연기를 들이마셨다.", "인 순경", "순경"),
    ("공판에서 빈 판사는 피고인에게 최후진술 기회를 줬다.", "빈 판사", "판사"),
    ("선발로 나선 함 투수는 5이닝 동안 1점만 내줬다.", "함 투수", "투수"),
    ("탁 교수 연구팀은 새 촉매를 개발했다고 발표했다.", "탁 교수", "교수"),
    ("여 총리는 취임 첫날 내각 회의를 소집했다.", "여 총리", "총리"),
    ("구단은 지난달 경질된 맹 감독의 후임을 아직 정하지 못했다.", "맹 감독", "감독"),
    ("빈 원장의 사표가 수리되면서 병원은 대행 체제로 바뀌었다.", "빈 원장", "원장"),
    ("함 트레이너는 훈련이 끝나자 선수들을 불러 모았다.", "함 트레이너", "트레이너"),  # an occupation, no title
    ("변 디자이너가 새로 내놓은 봄 컬렉션이 호평을 받았다.", "변 디자이너", "디자이너"),
    ("라디오 생방송 도중 변 리포터가 현장을 연결했다.", "변 리포터", "리포터"),
]


@pytest.mark.parametrize("body,name,title", SURNAME_AND_POST)
def test_a_surname_and_a_post_nobody_resolves_is_a_person_named_so(body, name, title):
    found = persons(body)
    assert found.get(name) == (title, "surname_title")


NO_SURNAME = [
    "한 의원은 상임위 회의에서 반대 의견을 냈다.",  # one member
    "이 선수는 구단이 가장 아끼는 유망주다.",  # this player
    "전 대표는 새 회사를 차려 독립했다.",  # the former head
    "현 시장은 재선 도전을 공식화했다.",  # the sitting mayor
    "각 선수는 경기 전 번호표를 달았다.",  # each player
    "고 선수의 발인은 내일 오전에 엄수된다.",  # the late player
    "두 선수는 나란히 결승에 올랐다.",  # two players
]


@pytest.mark.parametrize("body", NO_SURNAME)
def test_a_determiner_before_a_post_is_no_surname(body):
    assert persons(body) == {}


SAME_PERSON = [
    ("표서율 감독은 웃었다. 표 감독은 이어 말했다.", "표서율"),
    ("표 감독은 웃었다. 표서율 감독은 이어 말했다.", "표서율"),
    ("표서율 아나운서가 진행했다. 표 아나운서는 웃었다.", "표서율"),
    ("표서율(41)씨는 웃었다. 표씨는 이어 말했다.", "표서율"),
]


@pytest.mark.parametrize("body,full", SAME_PERSON)
def test_a_short_mention_of_someone_named_in_full_is_no_second_row(body, full):
    assert list(persons(body)) == [full]


@pytest.mark.parametrize("body", ["표 감독은 웃었다. 표서율 의원이 이어 말했다.", "표 감독은 웃었다. 표서율은 이어 말했다."])
def test_a_later_name_of_the_same_surname_without_that_post_is_another_person(body):
    assert set(persons(body)) == {"표서율", "표 감독"}


@pytest.mark.parametrize("body,short", [
    ("3선을 노리는 윤태국 청주시장이 이달 말 거취를 밝힌다. 윤 시장 측 관계자는 \"아직 이르다\"고 말했다.", "윤 시장"),
    ("3선을 노리는 윤태국 시장이 이달 말 거취를 밝힌다. 윤 시장은 \"아직 이르다\"고 말했다.", "윤 시장"),
])
def test_a_short_mention_after_a_full_name_of_its_shape_and_post_is_no_row_of_its_own(body, short):
    """The full name stands before with the same post, even where no rule reads it as a person: the short
    mention points back to it and is no person named by surname alone."""
    assert short not in persons(body)


def test_a_body_with_the_post_before_is_no_full_name_for_the_short_mention():
    assert "윤 시장" in persons("이번 누리시장 선거가 관심이다. 윤 시장은 \"이겼다\"고 말했다.")


@pytest.mark.parametrize("body", [
    "표 전 단장은 구단 고문직에서도 물러났다.",
    "맹 전회장 측은 의혹을 전면 부인했다.",
])
def test_a_surname_and_a_former_post_is_a_description_not_a_row(body):
    assert persons(body) == {}


# -- 2. a foreign name Kiwi guesses, opening its clause after a sentence adverb ---------------------------
AFTER_AN_ADVERB = [
    ("그러나 하트먼은 끝내 입을 열지 않았다.", "하트먼"),
    ("또 크로이첸은 경기 뒤 팬들에게 손을 흔들었다.", "크로이첸"),
    ("하지만 벨린스키가 곧바로 동점골을 넣었다.", "벨린스키"),
]


@pytest.mark.parametrize("body,name", AFTER_AN_ADVERB)
def test_a_guessed_foreign_name_after_a_sentence_adverb_is_a_person(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body", [
    "한편 벨로시닷컴은 지난해 매출이 늘었다고 밝혔다.",  # a firm by its ending
    "하지만 누리테크가 곧바로 반박했다.",
])
def test_a_firm_after_a_sentence_adverb_is_no_person(body):
    assert persons(body) == {}


# -- 3. a word ranked like the persons around it in a ranked list is a stage name ------------------------
RANKED = [
    ("팬 투표에서는 한서윤 2위, 하늘 7위, 진하람 9위가 뒤를 이었다.", "하늘"),
    ("투표 결과는 도겸 2위, 바다 5위, 한서윤 8위, 진하람 11위 순이었다.", "바다"),
    ("호감도 조사에서 한서윤 4위, 구름 6위, 진하람 12위로 집계됐다.", "구름"),
]


@pytest.mark.parametrize("body,name", RANKED)
def test_a_common_word_ranked_among_persons_is_a_stage_name(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body,word", [
    ("인기 검색어 순위는 한서윤 3위, 김치 5위, 날씨 7위였다.", "김치"),  # one person only: no list of persons
    ("판매 순위는 한빛전자 3위, 가온식품 5위, 누리제약 7위였다.", "가온식품"),
])
def test_a_ranked_list_without_persons_around_the_word_names_no_one(body, word):
    assert word not in persons(body)


# -- a given name ending as a body or a suffix does ('…국', '…실', '…별'), in every slot a title gives a name ----
# Renaming the people of the dev pages showed these names lost wherever the page's own names were found: the
# last syllable alone ruled them out. Several shapes: surname + two syllables, compound surname + one or two.
BODY_ENDING_NAMES = ["탁재국", "정민국", "한태국", "남궁국", "황보민국", "표은실", "여영실", "선우실", "독고별", "황보은별",
                     "추다해", "옥은해", "선우해"]  # 해 ends years and seas ('지난해', '동해') and native given names
SAID = ' "이번 일은 분명히 짚고 넘어가야 한다"고 말했다.'


def _topic(name):
    return "은" if (ord(name[-1]) - 0xAC00) % 28 else "는"


TITLED_SLOTS = [
    (lambda n: f"{n} 의원(국민의힘·여울시갑){_topic(n)}" + SAID, "의원", "국민의힘"),
    (lambda n: f"간담회에 참석한 {n} 여울시 정무부시장은" + SAID, "정무부시장", "여울시"),
    (lambda n: f"누리노조 {n} 위원장은" + SAID, "위원장", "누리노조"),
    (lambda n: f"{n} 누리전자 대표는" + SAID, "대표", "누리전자"),
    (lambda n: f"누리전자 대표 {n}{_topic(n)}" + SAID, "대표", "누리전자"),
    (lambda n: f"{n}(41) 씨는" + SAID, None, None),
]


@pytest.mark.parametrize("slot", range(len(TITLED_SLOTS)))
@pytest.mark.parametrize("name", BODY_ENDING_NAMES)
def test_a_given_name_ending_as_a_body_does_is_a_name_in_every_titled_slot(name, slot):
    make, title, org = TITLED_SLOTS[slot]
    found, _ = person.find(make(name), Context(None))
    assert {p.name: (p.title, p.organization) for p in found} == {name: (title, org)}


@pytest.mark.parametrize("body", ["정책국 국장은", "기획실 실장은", "방송국 관계자는", "사무국 관계자는", "홍보실 팀장은",
                                  "이민국 직원은", "상황실 실장은", "감사실 직원은", "보도국 기자는", "복지국 국장은",
                                  "연도별 대표는", "지역별 위원장은", "권역별 대표는", "부서별 담당자는",
                                  "지난해 대표는", "이듬해 위원장은", "올해 대표는", "새해 회장은", "발트해 대표는"])
def test_a_body_ending_so_is_no_name(body):
    assert persons(body + SAID) == {}


@pytest.mark.parametrize("body, name, org", [("정책국 나형준 국장은", "나형준", "정책국"),
                                             ("기획실 탁재민 실장은", "탁재민", "기획실"),
                                             ("누리방송 보도국 여태호 국장은", "여태호", "누리방송 보도국")])
def test_a_body_ending_so_before_a_name_is_its_organisation(body, name, org):
    found, _ = person.find(body + SAID, Context(None))
    assert {p.name: p.organization for p in found} == {name: org}


@pytest.mark.parametrize("body, group", [("밴드 '한별' 멤버 조하진이 말했다.", "한별"), ("그룹 '새별' 리더 조하진이 말했다.", "새별"),
                                         ("걸그룹 '라온실' 멤버 조하진이 말했다.", "라온실")])
def test_a_group_named_in_quotation_marks_after_its_kind_is_no_person(body, group):
    found, _ = person.find(body, Context(None))
    assert {p.name: p.organization for p in found} == {"조하진": group}


# -- a party and seat gloss after a titled name gives the party, whichever rule found the name ------------------
# Renaming showed the party lost for names found by the title rule that reads the gloss in ('…동', '…별', '…국'),
# and kept for names found by the morphology rule: the gloss is the title's either way.
PARTY_GLOSS_NAMES = ["손기동", "여태동", "황보영동", "독고별", "방성별", "탁재국", "변하늘", "선우솔", "모은찬", "길태호"]
PARTY_GLOSSES = [("의원", "(국민의힘·여울시갑)", "국민의힘"), ("시의원", "(더불어민주당·비례대표)", "더불어민주당"),
                 ("의원", "(새빛당, 여울시 제2선거구)", "새빛당")]
# Still lost: a surname and two syllables ending in 별 whose first two are a dictionary word ('방성'), before 시의원;
# before 의원 a surname rule finds it.
STILL_LOST = {("방성별", "시의원")}


@pytest.mark.parametrize("title, gloss, party", PARTY_GLOSSES)
@pytest.mark.parametrize("name", PARTY_GLOSS_NAMES)
def test_a_party_gloss_after_a_titled_name_is_the_party(name, title, gloss, party, request):
    if (name, title) in STILL_LOST:
        request.applymarker(pytest.mark.xfail(strict=True, reason="a name ending in 별 before 시의원 is not found"))
    found, _ = person.find(f"{name} {title}{gloss}{_topic(name)}" + SAID, Context(None))
    assert {p.name: (p.title, p.organization) for p in found} == {name: (title, party)}


# -- a name Kiwi reads as a verb with a connective ending, before a body and a title --------------------------
# '팽하나 누리전자 단장은': 팽/MAG 하/VV 나/EC. Renaming a page's club director so lost him and gave his quotes to the
# club; a clause joint news writes ('…하며', '…하고', '…하자') before a body and a title stays no name.
VERB_READ_NAMES = ["팽하나", "강하나", "모순자", "남기준"]
VERB_READ_BODIES = ["비올렛츠", "누리전자", "여울FC"]


@pytest.mark.parametrize("org", VERB_READ_BODIES)
@pytest.mark.parametrize("name", VERB_READ_NAMES)
def test_a_name_read_as_a_verb_before_a_body_and_a_title_is_a_name(name, org):
    found, _ = person.find(f"{name} {org} 단장은" + SAID, Context(None))
    assert {p.name: (p.title, p.organization) for p in found} == {name: ("단장", org)}


@pytest.mark.parametrize("body", ["소식을 전하며 누리전자 대표는", "이를 위해 노력하나 누리전자 대표는", "사업을 접으나 누리전자 대표는",
                                  "값은 비싸나 누리전자 대표는", "규모는 작아도 누리전자 대표는", "소식을 전하니 누리전자 대표는",
                                  "결과가 나오자 누리전자 대표는"])
def test_a_clause_joint_before_a_body_and_a_title_is_no_name(body):
    assert persons(body + SAID) == {}


# -- names the renaming benchmark lost: a given name ending in a syllable loanwords share, a name Kiwi reads as a word
# and a particle or an ending, a name ending as a unit does whose first two syllables are a word ----------------------
RENAMED_SHAPES = ["김은샘", "남궁은샘", "박다올", "빈소나", "유진은", "추하나", "강하나", "주효국", "정민국"]
RENAMED_SLOTS = [
    (lambda n: f"{n} 시의원은" + SAID, "시의원", None),
    (lambda n: f"{n} 누리전자 대표는" + SAID, "대표", "누리전자"),
    (lambda n: f"{n} 여울시의회 의원은" + SAID, "의원", "여울시의회"),
    (lambda n: f"{n} 교수는" + SAID, "교수", None),
    (lambda n: f"{n}(41)씨는" + SAID, None, None),
    (lambda n: f"변호인인 법무법인 가람의 {n} 변호사는" + SAID, "변호사", "법무법인 가람"),
]


@pytest.mark.parametrize("slot", range(len(RENAMED_SLOTS)))
@pytest.mark.parametrize("name", RENAMED_SHAPES)
def test_a_renamed_shape_is_a_name_in_every_titled_slot(name, slot):
    make, title, org = RENAMED_SLOTS[slot]
    found, _ = person.find(make(name), Context(None))
    assert {p.name: (p.title, p.organization) for p in found} == {name: (title, org)}


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(
    strict=True, reason="a name ending as a unit does, its first two syllables a word, is no name to the caption rule"))
    if n == "주효국" else n for n in RENAMED_SHAPES])
def test_a_renamed_shape_in_an_interview_caption_is_the_speaker(name):
    found = persons(f"[인터뷰] {name}/서울시 기후환경본부장 : \"쉼터를 밤까지 열겠습니다.\"")
    assert found.get(name, (None, None))[0] == "기후환경본부장"


@pytest.mark.parametrize("body, word", [
    ("샘 해리스 교수는" + SAID, "샘 해리스"),
    ("마이클 브라운 교수는" + SAID, "마이클 브라운"),
])
def test_a_foreign_name_sharing_those_syllables_stays_whole(body, word):
    assert set(persons(body)) == {word}


@pytest.mark.parametrize("body", [
    "값은 비싸나 누리전자 대표는" + SAID, "주가는 오르나 시의원은" + SAID, "사실은 누리전자 대표는" + SAID,
    "이번에 보도국 누리전자 대표는" + SAID, "정책국 누리전자 대표는" + SAID, "서비스 센터장은" + SAID,
    "고인은 대한지리학회 회장과 누리재단 이사를 지냈다.", "본인은 누리재단 이사장을 지냈다.",
])
def test_a_word_and_its_particle_or_ending_opening_a_clause_is_no_name(body):
    assert persons(body) == {}


# -- a rarer surname, proved by the slot between a body (and its units) and a post ----------------------------
SAID = ' "보완책은 연말까지 마련하겠다"고 말했다.'
RARE_SURNAME_SLOTS = [
    ("해양수산부 어촌복지정책과 탄가온 과장은" + SAID, "탄가온", "과장", "해양수산부 어촌복지정책과"),
    ("전북도 도시주택국 엽도하 건축과장은" + SAID, "엽도하", "건축과장", "전북도 도시주택국"),
    ("고용노동부 섭하람 과장은" + SAID, "섭하람", "과장", "고용노동부"),
    ("해솔전자의 판서윤 상무는" + SAID, "판서윤", "상무", "해솔전자"),
    ("누리청 옹다슬 대변인은" + SAID, "옹다슬", "대변인", "누리청"),
]


@pytest.mark.parametrize("body, name, title, org", RARE_SURNAME_SLOTS)
def test_a_rarer_surname_between_a_body_and_a_post_is_a_name(body, name, title, org):
    found, _ = person.find(body, Context(None))
    assert {p.name: (p.title, p.organization) for p in found}.get(name) == (title, org)


@pytest.mark.parametrize("body", [
    "해양수산부 어촌복지정책과 탄소중립 과장은" + SAID,  # a dictionary compound where a name would stand
    "고용노동부 단체교섭 과장은" + SAID,
    "탄가온 과장은" + SAID,  # no body before: nothing proves the rarer surname
    "공사 현장 판자벽 사이로 흙이 쏟아졌다. 현장소장은" + SAID,
])
def test_a_word_of_a_rarer_surname_s_shape_without_the_slot_is_no_name(body):
    found, _ = person.find(body, Context(None))
    assert not [p.name for p in found if p.name[0] in "탄단판"]


# -- a Chinese name after a body's possessive ---------------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("중국 대표팀의 린쉐팡은" + SAID, "린쉐팡"),
    ("상대 팀의 쑨옌칭이" + SAID, "쑨옌칭"),
    ("대만 구단의 자오밍위는" + SAID, "자오밍위"),
])
def test_a_chinese_name_after_a_possessive_is_a_member_of_that_body(body, name):
    found, _ = person.find(body, Context(None))
    assert name in {p.name for p in found}


@pytest.mark.parametrize("body", ["중국 대표팀의 주전력은" + SAID, "중국의 탁구 전력은" + SAID])
def test_a_common_noun_after_a_possessive_is_no_chinese_name(body):
    assert not person.find(body, Context(None))[0]


# -- a rarer surname before a firm's name and a post, proved by the short mention ---------------------------
FIRM = "가상자산 거래소 솔비트에서 해킹이 일어났다. 솔비트는 4일 기자회견을 열었다. "


@pytest.mark.parametrize("body, name, title", [
    (FIRM + "옹다슬 솔비트 대표는" + SAID + " 옹 대표는 고개를 숙였다.", "옹다슬", "대표"),
    (FIRM + "탄가온 솔비트 이사는" + SAID + " 탄 이사는 자리를 떴다.", "탄가온", "이사"),
])
def test_a_rarer_surname_proved_by_its_short_mention_is_a_name_and_the_firm_its_body(body, name, title):
    found, _ = person.find(body, Context(None))
    rows = {p.name: (p.title, p.organization) for p in found}
    assert rows.get(name) == (title, "솔비트") and "솔비트" not in rows, rows


def test_a_foreign_name_before_a_firm_stays_one_name():
    found, _ = person.find(FIRM + "테오도르 펠링거 솔비트 대표는" + SAID + " 펠링거 대표는 고개를 숙였다.", Context(None))
    assert "테오도르 펠링거" in {p.name for p in found}


# -- North Korean spellings: the DPRK keeps the initial ㄹ of a surname the South drops (리 for 이, 림 for 임) --------
# Such a word before the country, a body and a post is a name; a DPRK post ('부상', vice-minister) is a title only
# right after a ministry (성) with a word before it.
@pytest.mark.parametrize("body, name, title, org", [
    ('리명철 북한 국방성 부상은 "도발을 용납하지 않겠다"고 밝혔다.', "리명철", "부상", "북한 국방성"),
    ('림수광 북한 외무성 제1부상도 담화를 냈다. 림 부상은 "곧 알게 될 것"이라고 했다.', "림수광", "제1부상", "북한 외무성"),
    ('로경식 북한 외무성 대변인은 "대화의 문은 닫혔다"고 말했다.', "로경식", "대변인", "북한 외무성"),
    ('량은서 북한 조선중앙통신 기자는 "현장은 평온하다"고 전했다.', "량은서", "기자", "북한 조선중앙통신"),
    ('렴은혁 북한 체육성 국장은 "선수들이 잘 싸웠다"고 말했다.', "렴은혁", "국장", "북한 체육성"),
    ('련하늘 중국 상무부 대변인은 "협의는 계속된다"고 말했다.', "련하늘", "대변인", "중국 상무부"),
    ('한도윤 외무성 부상은 "물러서지 않겠다"고 밝혔다.', "한도윤", "부상", "외무성"),
])
def test_a_dprk_spelled_name_before_a_country_body_and_post(body, name, title, org):
    found, _ = person.find(body, Context(None))
    rows = {p.name: (p.title, p.organization) for p in found}
    assert rows.get(name) == (title, org), rows


@pytest.mark.parametrize("body", [
    "정부는 대안으로 부상한 안을 검토했다. 안전성 부상 문제도 있다.",  # '부상' a rise, a word ending in 성 opening
    '한도윤 북한 국방부 부상은 "물러서지 않겠다"고 밝혔다.',  # no ministry (성) before '부상': an injury
    "리본을 단 로봇이 무대에 올랐다. 암은 림프절로 번졌다.",  # loanwords and nouns opening with 리, 로, 림
    "리모컨 북한 제품 판매는 늘었다.",
])
def test_no_dprk_name_or_post_without_its_place(body):
    found, _ = person.find(body, Context(None))
    assert not any(p.title in ("부상", "제1부상") for p in found) and not any(
        p.name[0] in "리로림량" for p in found), [(p.name, p.title) for p in found]


# -- a name after a space whose opening syllables Kiwi glues to the word before as its ending -------------------
# ('외과 라도…': 과 이/VCP 라도/EC …). Korean never writes an ending after a space: the syllables open the name.
@pytest.mark.parametrize("body, name, title", [
    ("솔빛대 재료공학과 라도겸 교수팀과 함께 새 촉매를 개발했다.", "라도겸", "교수"),
    ("한솔병원 외과 라도훈 교수는 수술을 마쳤다.", "라도훈", "교수"),
    ("한솔병원 외과 라도은 교수는 수술을 마쳤다.", "라도은", "교수"),
    ('한솔병원 외과 라도겸 교수팀이 새 수술법을 냈다. 라 교수는 "회복이 빠르다"고 말했다.', "라도겸", "교수"),
])
def test_a_name_kiwi_reads_as_the_ending_of_the_word_before(body, name, title):
    found, _ = person.find(body, Context(None))
    assert {p.name: p.title for p in found}.get(name) == title, [(p.name, p.title) for p in found]


@pytest.mark.parametrize("body", [
    "간식은 사과 라도 괜찮다고 했다.",  # a misspaced ending on a common noun, nothing after it
    "한솔병원 외과 라운지에서 기다렸다.",  # a loanword opening with 라 after a unit
])
def test_no_name_from_a_misspaced_ending(body):
    found, _ = person.find(body, Context(None))
    assert not found, [(p.name, p.title) for p in found]
