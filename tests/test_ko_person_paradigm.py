"""Paradigms of how Korean news names a person: every order and bracket of name, organisation and title,
untitled people glossed in brackets, foreign names in both orders, and name-shaped words that are no person.
Written from press style, one row per spelling, with invented names; negative rows are look-alikes."""

import pytest

from builder.rules import Context
from builder.rules.ko import person, quote


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


SAID = ' "이번 일은 분명히 짚고 넘어가야 한다"고 말했다.'

# -- 1. name, organisation and title in every order and bracket ------------------------------------------
ORDERS = [
    ("청솔전자 사장 표서율는" + SAID, "표서율", "사장", "청솔전자"),
    ("표서율 청솔전자 사장은" + SAID, "표서율", "사장", "청솔전자"),
    ("청솔전자 표서율 사장은" + SAID, "표서율", "사장", "청솔전자"),
    ("청솔전자의 표서율 사장도" + SAID, "표서율", "사장", "청솔전자"),
    ("여울시청 대변인 표서율가" + SAID, "표서율", "대변인", "여울시청"),
    ("대변인 표서율는" + SAID, "표서율", "대변인", None),
    ("표서율 사장(청솔전자)은" + SAID, "표서율", "사장", "청솔전자"),
    ("표서율(청솔전자 사장)는" + SAID, "표서율", "사장", "청솔전자"),
    ("표서율(52) 청솔전자 사장은" + SAID, "표서율", "사장", "청솔전자"),
    ("표서율(52·청솔전자 사장)는" + SAID, "표서율", "사장", "청솔전자"),
    ("표서율(여울FC)가 결승골을 넣었다.", "표서율", None, "여울FC"),
    ("표서율(28·여울FC)가 결승골을 넣었다.", "표서율", None, "여울FC"),
    ("표서율 의원(더불어민주당·마포갑)은" + SAID, "표서율", "의원", "더불어민주당"),
    ("표서율 의원(국민의힘·서초구을)은" + SAID, "표서율", "의원", "국민의힘"),
    ("표서율 시의원(국민의힘·연수동)은" + SAID, "표서율", "시의원", "국민의힘"),
    ("표서율 의원(국민의힘·너울동)은" + SAID, "표서율", "의원", "국민의힘"),
    ("표서율 구의원(더불어민주당·새터동)도" + SAID, "표서율", "구의원", "더불어민주당"),
    ("표서율 군의원(조국혁신당·여울군)이" + SAID, "표서율", "군의원", "조국혁신당"),
    ("표서율 도의원(개혁신당, 새터시 제2선거구)은" + SAID, "표서율", "도의원", "개혁신당"),
    ("같은 위원회 소속 표서율 의원(국민의힘·너울동)도" + SAID, "표서율", "의원", "국민의힘"),
    ("여울시의회 교통위원회 표서율 의원(더불어민주당·새터동)은" + SAID, "표서율", "의원", "더불어민주당"),
    ("에이미 콜린스 네바다 주지사는" + SAID, "에이미 콜린스", "주지사", "네바다"),
    ("브라이언 웰스 콜로라도 주지사가" + SAID, "브라이언 웰스", "주지사", "콜로라도"),
    ("사토 다쿠야 가나가와현 지사는" + SAID, "사토 다쿠야", "지사", "가나가와현"),
    ("에밀리 웰스 유타 주지사는" + SAID, "에밀리 웰스", "주지사", "유타"),
    ("제니퍼 콜린스 유타 주지사가" + SAID, "제니퍼 콜린스", "주지사", "유타"),
    ("표서율 여울시 시장은" + SAID, "표서율", "시장", "여울시"),
    ("청솔전자 사장인 표서율 씨는" + SAID, "표서율", "사장", "청솔전자"),
    ("여울시 주민자치회 회장인 표서율(67)씨는" + SAID, "표서율", "회장", "여울시 주민자치회"),
    ("교직원노조 위원장인 표서율 씨는" + SAID, "표서율", "위원장", "교직원노조"),
    ("청솔증권의 반도체 담당 애널리스트인 표서율 연구위원은" + SAID, "표서율", "연구위원", "청솔증권"),
    ("청솔증권 반도체 담당 애널리스트인 표서율 연구위원은" + SAID, "표서율", "연구위원", "청솔증권"),
    ("새터재단의 이사장인 표서율 씨가" + SAID, "표서율", "이사장", "새터재단"),
    ("새터복지관 관장인 표서율(58) 씨는" + SAID, "표서율", "관장", "새터복지관"),
    ("여울경찰서 형사계장인 표서율 경감은" + SAID, "표서율", "경감", "여울경찰서"),
    ("새터재단의 표서율 아시아 담당 국장은" + SAID, "표서율", "아시아 담당 국장", "새터재단"),
    ("표서율 청솔증권 반도체 담당 연구위원은" + SAID, "표서율", "반도체 담당 연구위원", "청솔증권"),
    ("너울전자 측 표서율 대변인은" + SAID, "표서율", "대변인", "너울전자"),
    ("너울전자 측 대변인 표서율씨는" + SAID, "표서율", "대변인", "너울전자"),
    ("심사위원장인 계하람 청솔대 사학과 교수는" + SAID, "계하람", "교수", "청솔대 사학과"),
    ("여울FC 주장인 표서율는" + SAID, "표서율", "주장", "여울FC"),
    ("너울고 교사 표서율(45)씨는" + SAID, "표서율", "교사", "너울고"),
    ("표서율(45·너울고 교사)씨는" + SAID, "표서율", "교사", "너울고"),
    ("새터시 한인회 회장인 표서율(61)씨는" + SAID, "표서율", "회장", "새터시 한인회"),
    ("표서율 청솔전자 공동창업자 겸 최고경영자(CEO)는" + SAID, "표서율", "공동창업자 겸 최고경영자(CEO)",
     "청솔전자"),
    ("표서율 의원(더불어민주당·비례대표)은" + SAID, "표서율", "의원", "더불어민주당"),
    ("여울시의회 표서율 의원(새빛당)은" + SAID, "표서율", "의원", "새빛당"),
    ("국민의힘 표서율 의원은" + SAID, "표서율", "의원", "국민의힘"),
    ("더불어민주당 소속 표서율 의원은" + SAID, "표서율", "의원", "더불어민주당"),
    ("청솔전자 표서율 부회장 겸 이사회 의장도" + SAID, "표서율", "부회장 겸 이사회 의장", "청솔전자"),
    ("표서율 청솔전자 부회장 겸 이사회 의장은" + SAID, "표서율", "부회장 겸 이사회 의장", "청솔전자"),
    ("마이클 브라운 뉴욕 시장은" + SAID, "마이클 브라운", "시장", "뉴욕"),
    ("청솔전자 반도체사업부 표서율 부사장은" + SAID, "표서율", "부사장", "청솔전자 반도체사업부"),
    ("여울FC의 공격수 표서율(28)는" + SAID, "표서율", "공격수", "여울FC"),
    ("표서율 의원(너울시 너울동)은" + SAID, "표서율", "의원", None),
    ("표서율 의원(마포갑)은" + SAID, "표서율", "의원", None),
    ("표서율(45·서울 강남구)씨는" + SAID, "표서율", None, None),
]


@pytest.mark.parametrize("body, name, title, org", ORDERS)
def test_name_organisation_and_title_in_every_order(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# -- 2. untitled people glossed with an age and an affiliation -------------------------------------------
GLOSSES = [
    ("고교생 궁사 표하린(18·새터고)가 정상에 올랐다.", "표하린", "새터고"),
    ("표하린(17·새터고)가 1위, 옹다겸(31·너울시청)이 2위에 올랐다.", "옹다겸", "너울시청"),
    ("표하린(18·새터고)가 1위, 옹다겸(30·너울시청)이 2위, 설지안(25·청솔은행)가 3위에 올랐다.", "설지안", "청솔은행"),
    ("표하린(17·새터고)가 1위, 옹다겸(31·너울시청)이 2위에 올랐다.", "표하린", "새터고"),
    ("남자부에서는 편도율(19·청솔대)이 우승했다.", "편도율", "청솔대"),
    ("남궁도율(27·너울군청)은 2관왕에 올랐다.", "남궁도율", "너울군청"),
    ("중학생 탁지후(15·여울중)도 결승에 올랐다.", "탁지후", "여울중"),
    ("새터여고 에이스 위서하(16·새터여고)은 대회 신기록을 세웠다.", "위서하", "새터여고"),
    ("1위는 하다율(너울고)이 차지했다.", "하다율", "너울고"),
    ("베테랑 반도겸(33·국군체육부대)가 은메달을 땄다.", "반도겸", "국군체육부대"),
    ("여자부 1위 추서온(22·여울구청), 2위 여시윤(20·새터체육회)이었다.", "여시윤", "새터체육회"),
    ("탁지후(29·청솔스포츠)과 옹다겸(31·너울시청)이 나란히 결승에 올랐다.", "탁지후", "청솔스포츠"),
    ("여고생 사수 남궁단비(16·새터고)이 1위에 올랐다.", "남궁단비", "새터고"),
    ("베테랑 명지오(34·너울시청)가 2위에 올랐다.", "명지오", "너울시청"),
    ("진하율(27·청솔은행)이 3위에 올랐다.", "진하율", "청솔은행"),
    ("사수 남궁새벽(22·여울시청)이 금메달을 땄다.", "남궁새벽", "여울시청"),
]


@pytest.mark.parametrize("body, name, org", GLOSSES)
def test_an_untitled_person_with_an_age_and_affiliation_gloss(body, name, org):
    assert persons(body).get(name) == (None, org)


@pytest.mark.parametrize("body, name, org", GLOSSES)
def test_the_affiliation_in_the_gloss_is_no_person(body, name, org):
    assert org not in persons(body)


# -- 3. foreign names: surname first and given name first, a country before or after ---------------------
FOREIGN = [
    ("헝가리의 서보 미클로시 총리는" + SAID, "서보 미클로시", "총리", "헝가리"),
    ("헝가리 총리 서보 미클로시는" + SAID, "서보 미클로시", "총리", "헝가리"),
    ("핀란드 총리 안니카 살로는" + SAID, "안니카 살로", "총리", "핀란드"),
    ('"우리는 준비가 됐습니다." 핀란드 총리 안니카 살로는 기자들에게 이렇게 말했다.', "안니카 살로", "총리", "핀란드"),
    ("핀란드의 안니카 살로 총리는" + SAID, "안니카 살로", "총리", "핀란드"),
    ("안니카 살로 핀란드 총리는" + SAID, "안니카 살로", "총리", "핀란드"),
    ("베트남의 응우옌 반 훙 총리는" + SAID, "응우옌 반 훙", "총리", "베트남"),
    ("일본의 사토 다쿠야 외무상은" + SAID, "사토 다쿠야", "외무상", "일본"),
    ("왕샤오밍 중국 외교부장은" + SAID, "왕샤오밍", "외교부장", "중국"),
    ("독일 총리 클라우스 베르너는" + SAID, "클라우스 베르너", "총리", "독일"),
    ("캐나다의 에밀리 브룩스 외교장관은" + SAID, "에밀리 브룩스", "외교장관", "캐나다"),
    ("체코의 노바크 파벨 대통령은" + SAID, "노바크 파벨", "대통령", "체코"),
    ("헝가리의 버르가 졸탄 총리는 서명을 미뤘다.", "버르가 졸탄", "총리", "헝가리"),
    ("스웨덴 총리 레이사 룬드는 기자들에게 이렇게 말했다.", "레이사 룬드", "총리", "스웨덴"),
    ('"위기는 끝나지 않았습니다." 스웨덴 총리 레이사 룬드는 기자들에게 이렇게 말했다.', "레이사 룬드", "총리", "스웨덴"),
    ("이탈리아 총리 파올로 카를로는" + SAID, "파올로 카를로", "총리", "이탈리아"),
    ("미국의 트럼프 대통령은" + SAID, "트럼프", "대통령", "미국"),
    ("일본 새터국립박물관의 사사키 히로토 학예과장은" + SAID, "사사키 히로토", "학예과장", "새터국립박물관"),
    ("새터국립박물관의 기무라 다카시 학예과장은" + SAID, "기무라 다카시", "학예과장", "새터국립박물관"),
    ("너울재단의 나카무라 히로토 이사는" + SAID, "나카무라 히로토", "이사", "너울재단"),
    ("새터국 반군 측 유세프 하산 카말 대변인은" + SAID, "유세프 하산 카말", "대변인", "새터국 반군"),
    ("회담에는 폴란드 측에서 미하우 소벨 국방장관과 알레크산드라 부친스카 기후장관이 배석했다.", "미하우 소벨", "국방장관",
     "폴란드"),
    ("회담에는 폴란드 측에서 미하우 소벨 국방장관과 알레크산드라 부친스카 기후장관이 배석했다.", "알레크산드라 부친스카", "기후장관",
     "폴란드"),
    ("헝가리의 서보 미클로시 총리와 체코의 노바크 파벨 대통령이 만났다.", "노바크 파벨", "대통령", "체코"),
]


@pytest.mark.parametrize("body, name, title, org", FOREIGN)
def test_a_foreign_name_with_its_country_and_title(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# A family name first, then a given name that Korean shares ('유리', '하나', '유나'), after the body whose post it is:
# the body is named with 의 (or is a foreign ministry right before), so the foreign word is the name's, not a body.
FAMILY_NAME_FIRST = [
    ("여울당의 다나카 유리 대표는" + SAID, "다나카 유리", "대표", "여울당"),
    ("제1야당인 새벽민주당의 다나카 유리 대표는" + SAID, "다나카 유리", "대표", "새벽민주당"),
    ("외무성의 다나카 유리 보도관도" + SAID, "다나카 유리", "보도관", "외무성"),
    ("너울전자의 야마모토 하나 사장은" + SAID, "야마모토 하나", "사장", "너울전자"),
    ("여울민주당의 오카다 미나 대표는" + SAID, "오카다 미나", "대표", "여울민주당"),
    ("외무성의 나카무라 다쿠야 보도관은" + SAID, "나카무라 다쿠야", "보도관", "외무성"),
    ("여울당의 사카이 료코 대표는" + SAID, "사카이 료코", "대표", "여울당"),
    # a Korean name after a body with 의 stays the one name it is
    ("청솔전자의 표서율 사장도" + SAID, "표서율", "사장", "청솔전자"),
    ("너울당의 도한결 대표는" + SAID, "도한결", "대표", "너울당"),
]


@pytest.mark.parametrize("body, name, title, org", FAMILY_NAME_FIRST)
def test_a_family_name_first_before_a_given_name_korean_shares(body, name, title, org):
    assert persons(body).get(name) == (title, org)


NOT_FAMILY_NAMES = [
    ("청솔전자의 마케팅총괄 서율 상무는" + SAID, "마케팅총괄 서율"),
    ("해람전자 국내영업본부장인 위서율 부사장은" + SAID, "국내영업본부장인 위서율"),
    ("회사의 다나카 유리 사장은" + SAID, "회사"),
]


@pytest.mark.parametrize("body, word", NOT_FAMILY_NAMES)
def test_a_field_a_post_or_a_common_noun_is_no_family_name_nor_body(body, word):
    found = persons(body)
    assert word not in found and word not in {o for _, o in found.values()}


@pytest.mark.parametrize("body, name, title, org", FAMILY_NAME_FIRST[:7])
def test_the_family_name_is_no_organisation(body, name, title, org):
    family, given = name.split()
    assert given not in persons(body) and family not in {o for _, o in persons(body).values()}


# A feature names someone in full once, then by the given name alone, glued to 씨 or spaced, or with a child's 군/양:
# one person, under the full name.
GIVEN_NAME_LATER = [
    ('공방 주인 표서율(34)씨는 도자기를 굽는다. 서율씨는 "흙이 말을 걸어온다"고 말했다.', "표서율", "서율"),
    ('공방 주인 표서율(34)씨는 도자기를 굽는다. 서율씨는 "흙이 말을 걸어온다"고 말했다.', "표서율", "서율씨"),
    ('아들 도현수 씨가 가게를 맡았다. 현수 씨는 "손님이 늘었다"고 말했다.', "도현수", "현수"),
    ('딸 남궁하린(29)씨도 거들었다. 하린씨는 "재밌다"고 말했다.', "남궁하린", "하린씨"),
    ('딸 남궁하린(29)씨도 거들었다. 하린씨는 "재밌다"고 말했다.', "남궁하린", "하린"),
    ('아들 표서율(12)군은 피아노를 친다. 서율군은 "매일 연습한다"고 말했다.', "표서율", "서율"),
    ('표서율 씨와 도하솔 씨가 가게를 연다. 하솔 씨는 "설렌다"고 말했다.', "도하솔", "하솔"),
    ('표서율(41)씨는 아내 도하솔(39)씨와 식당을 한다. 서율씨는 "든든하다"고 했다. 하솔씨는 "남편이 요리한다"고 했다.',
     "도하솔", "하솔씨"),
    ('표서율(41)씨는 아내 도하솔(39)씨와 식당을 한다. 서율씨는 "든든하다"고 했다. 하린씨는 "남편이 요리한다"고 했다.',
     "표서율", "서율씨"),
    ('가게 주인 하린씨는 "설렌다"고 말했다.', "하린", "하린씨"),
]


@pytest.mark.parametrize("body, full, short", GIVEN_NAME_LATER)
def test_a_given_name_alone_is_the_person_named_in_full(body, full, short):
    found = persons(body)
    assert full in found and short not in found


def test_two_people_sharing_no_given_name_stay_two():
    found = persons('표서율(41)씨는 아내 도하솔(39)씨와 식당을 한다. 하린씨는 "남편이 요리한다"고 했다.')
    assert {"표서율", "도하솔"} <= set(found)


SHORT_LATER = [
    ("헝가리의 서보 미클로시 총리는 서명을 미뤘다. 서보 총리는" + SAID, "서보 미클로시"),
    ("핀란드 총리 안니카 살로는 회의에 나왔다. 살로 총리는" + SAID, "안니카 살로"),
    ("체코의 노바크 파벨 대통령은 서명을 미뤘다. 노바크 대통령은" + SAID, "노바크 파벨"),
]


@pytest.mark.parametrize("body, name", SHORT_LATER)
def test_a_short_later_mention_of_a_foreign_name_is_the_same_person(body, name):
    assert set(persons(body)) == {name}


NOT_FOREIGN = [
    "미국 텍사스 법무장관은" + SAID,
    "미국 대통령 선거 결과는 다음 주에 나온다.",
    "일본 총리 관저는 성명을 냈다.",
    "미국 대통령 취임식은 20일 열린다.",
    "중국 외교부 대변인은" + SAID,
]


@pytest.mark.parametrize("body", NOT_FOREIGN)
def test_words_between_a_country_and_a_post_that_are_no_name(body):
    assert persons(body) == {}


# -- 4. words shaped like names that are no person -------------------------------------------------------
NOT_PERSONS = [
    # the Assembly's committees by their short names, and coasts: a surname's shape, no person
    ('국토위는 24일 종합감사를 연다.' + SAID, "국토위"),
    ('법사위는 이날 법안 심사를 미뤘다.' + SAID, "법사위"),
    ('여야는 과방위 전체회의에서 맞섰다. 과방위는 "일정을 다시 잡겠다"고 밝혔다.', "과방위"),
    ('농해수위가 현장 시찰에 나섰다.' + SAID, "농해수위"),
    ('14일 새벽 남해안이 태풍의 고비다. 기상청은 "남해안에 비가 내리겠다"고 예보했다.', "남해안"),
    ('서해안과 동해안에 비가 온다.' + SAID, "서해안"),
    ('서해안과 동해안에 비가 온다.' + SAID, "동해안"),
    ("그는 지난해 여울영화제 연출상 후보에 올랐다.", "연출상"),
    ("그는 지난해 영화제 각본상 후보에 올랐던 작가다.", "각본상"),
    ("그는 남우조연상 후보로 거론됐다.", "남우조연상"),
    ("에이미 콜린스 네바다 주지사는" + SAID, "네바다"),
    ("브라이언 웰스 콜로라도 주지사가" + SAID, "콜로라도"),
    ("네바다 주지사는 비상사태를 선포했다.", "네바다"),
    ("에밀리 웰스 유타 주지사는" + SAID, "유타"),
    ("새터고 사격부 변지오 코치는" + SAID, "새터고"),
    ("표하린(17·새터고)가 1위에 올랐다.", "새터고"),
    ("너울고 교사 표서율(45)씨는" + SAID, "너울고"),
    ("핀테크 스타트업 단비페이가 투자 유치에 나섰다. 단비페이는 3일 계획을 공개했다.", "단비페이"),
    ("회사는 다음 달 초 코스닥 시장 입성을 앞두고 있다.", "다음 달 초 코스닥"),
    ("회사는 내년 초 유가증권 시장에 상장할 계획이다.", "내년 초 유가증권"),
    ("회사는 이달 중순 나스닥 시장에 상장한다.", "이달 중순 나스닥"),
    ("그는 올해 신인상 수상자로 뽑혔다.", "신인상"),
    ("그 영화는 작품상 부문에 올랐다.", "작품상"),
    ("바이오 기업 청솔셀은 임상 결과를 냈다. 청솔셀은 21일 공시했다.", "청솔셀"),
    # 'belonging to' before a short mention: the copula's form of 소속/측, never a name
    ("단미래(61) 전 경남도 행정부지사가 출마를 선언했다.\n정의당 소속인 단 전 부지사는 오후 기자들과 만나" + SAID, "소속인"),
    ("디자인은 벨기에 출신인 로랑 바셰 디자인 총괄 상무가 맡았다. 바셰 상무는" + SAID, "출신인"),
]

COMMITTEE_MEMBERS = [
    ("국토위 소속 표서율 의원은" + SAID, "표서율", "의원", "국토위"),
    ("법사위 표서율 의원은" + SAID, "표서율", "의원", "법사위"),
]


@pytest.mark.parametrize("body, name, title, org", COMMITTEE_MEMBERS)
def test_a_committee_by_its_short_name_is_the_members_body(body, name, title, org):
    assert persons(body).get(name) == (title, org)


NAMES_LIKE_THE_FALSE = [
    ("도민상 후보는" + SAID, "도민상"),
    ("금재상 후보에게 질문이 쏟아졌다. 금재상 후보는" + SAID, "금재상"),
    ("하린 응우옌 시장은" + SAID, "하린 응우옌"),
]


@pytest.mark.parametrize("body, name", NAMES_LIKE_THE_FALSE)
def test_a_person_shaped_like_the_false_ones_is_still_found(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body, word", NOT_PERSONS)
def test_a_name_shaped_word_that_is_no_person(body, word):
    found = persons(body)
    assert word not in found
    assert not any(word in name.split() for name in found)


# -- 5. a foreign name spelled in Hangul, glossed with an age and followed by 씨 -------------------------
# Whatever the script of origin, one to three Hangul words glossed with an age and followed by 씨 are a name;
# a later mention by the last word (the given name in Vietnamese order) with 씨 is the same person.
AGED_FOREIGN = [
    ("베트남 국적 선원 쩐 반 꾸엉(31)씨는" + SAID, "쩐 반 꾸엉", "선원"),
    ("선장 모태수(58)씨와 베트남 국적 선원 쩐 반 꾸엉(31)씨다.", "쩐 반 꾸엉", "선원"),
    ("베트남 출신 근로자 레 티 투이(27)씨는" + SAID, "레 티 투이", "근로자"),
    ("결혼이주여성 응오 티 란(33)씨는" + SAID, "응오 티 란", None),
    ("캄보디아 국적 노동자 쏙 피룬(29)씨가" + SAID, "쏙 피룬", "노동자"),
    ("네팔 출신 노동자 라이 비크람(34)씨는" + SAID, "라이 비크람", "노동자"),
    ("필리핀 출신 마리아 산토스(38)씨는" + SAID, "마리아 산토스", None),
    ("우즈베키스탄 유학생 아지즈 카리모프(24)씨는" + SAID, "아지즈 카리모프", "유학생"),  # a role noun before a sure name
    ("형 팜 반 득(35)씨도 이날 현장에 왔다.", "팜 반 득", None),
    ("스리랑카 국적 선원 쿠마라 페레라(41)씨가 실종됐다.", "쿠마라 페레라", "선원"),
    ("베트남 국적 선원 쩐 반 꾸엉(31) 씨는" + SAID, "쩐 반 꾸엉", "선원"),
    ("인도네시아 선원 부디 산토소(26)씨 등 3명이 구조됐다.", "부디 산토소", "선원"),
]


@pytest.mark.parametrize("body, name, title", AGED_FOREIGN)
def test_a_foreign_name_glossed_with_an_age_and_ssi(body, name, title):
    found = persons(body)
    assert name in found and found[name][0] == title
    assert not any(other != name and other in name for other in found)


AGED_FOREIGN_LATER = [
    ('베트남 국적 선원 쩐 반 꾸엉(31)씨가 실종됐다. 꾸엉씨의 형은 "동생은 성실했다"고 말했다.', "쩐 반 꾸엉", "꾸엉"),
    ('형 팜 반 득(35)씨도 이날 왔다. 득씨는 통역을 통해 "동생을 찾고 싶다"고 말했다.', "팜 반 득", "득"),
    ('네팔 출신 노동자 라이 비크람(34)씨는 공장에서 일한다. 비크람씨는 "월급이 밀렸다"고 말했다.', "라이 비크람", "비크람"),
]


@pytest.mark.parametrize("body, full, short", AGED_FOREIGN_LATER)
def test_a_later_given_name_with_ssi_is_the_aged_foreign_name(body, full, short):
    found = persons(body)
    assert full in found and short not in found and f"{short}씨" not in found


NOT_AGED_FOREIGN = [
    ("택시 운전기사 A(52)씨는" + SAID, "운전기사"),
    ("피해 주민 대표(60)씨는" + SAID, "주민 대표"),
]


@pytest.mark.parametrize("body, word", NOT_AGED_FOREIGN)
def test_common_nouns_glossed_with_an_age_are_no_foreign_name(body, word):
    assert not any(word in name or name in word.split() for name in persons(body))


# -- 6. a title no table lists, found by where it stands -----------------------------------------------
# A word between a found name and a topic particle, in a clause that quotes or reports, is the person's title; so
# is a word that follows the name in one place and the surname later ('오 XYZ는').
UNLISTED_TITLES = [
    ('연출을 맡은 남궁도윤 PD와 제작을 총괄한 오태경 CP가 참석했다. 오 CP는 "섬을 다녔다"고 설명했다.', "오태경", "CP"),
    ('포구에서 만난 모순덕(78) 해녀는 올해로 물질 60년째다. 모 해녀는 "바다는 무섭다"고 말했다.', "모순덕", "해녀"),
    ('해녀 모순덕 "바다는 아직도 무섭지"\n포구에서 만난 모순덕(78) 해녀는 올해로 물질 60년째다.', "모순덕", "해녀"),
    ('오태경 도선사는 "파도가 높다"고 말했다.', "오태경", "도선사"),
    ('현장에서 만난 오태경 염전지기는 "소금이 줄었다"고 말했다.', "오태경", "염전지기"),
    ('오태경 QA는 "버그를 잡았다"고 말했다. 오 QA는 이어 "출시는 예정대로"라고 덧붙였다.', "오태경", "QA"),
    ('한서윤 큐레이터와 오태경 도슨트가 안내했다. 오 도슨트는 "그림을 천천히 보라"고 권했다.', "오태경", "도슨트"),
    ("제주 서귀포시 포구에서 만난 모순덕(78) 해녀는 올해로 물질 60년째다.", "모순덕", "해녀"),
    ("포구에서 새벽에 만난 모순덕(78) 해녀는 올해로 물질 60년째다.", "모순덕", "해녀"),
    ("마을 어귀에서 만난 모순덕(81) 이장은 올해로 일을 맡은 지 20년째다.", "모순덕", "이장"),
]


@pytest.mark.parametrize("body, name, title", UNLISTED_TITLES)
def test_a_title_no_table_lists_is_found_by_its_place(body, name, title):
    assert persons(body).get(name, (None,))[0] == title


NOT_UNLISTED_TITLES = [
    ('오태경 측은 "사실이 아니다"라고 반박했다.', "오태경", None),
    ('오태경 본인은 "몰랐다"고 말했다.', "오태경", None),
    ('오태경(45)씨 부부는 "집을 잃었다"고 말했다.', "오태경", None),
    ("오태경(45) 일행은 산에서 길을 잃었다.", "오태경", None),
    ("오태경(45) 등은 산에서 길을 잃었다.", "오태경", None),
    ("오태경(45)·한서윤(43) 부부는 산에서 길을 잃었다.", "오태경", None),
    ("급식소에서 봉사하는 모경순(92) 할머니는 올해도 국자를 든다.", "모경순", None),
]


@pytest.mark.parametrize("body, name, title", NOT_UNLISTED_TITLES)
def test_a_word_after_a_name_that_is_no_title(body, name, title):
    assert persons(body).get(name, (None,))[0] == title


# -- 7. the organisation inside an apposition --------------------------------------------------------------
APPOSITION_ORGS = [
    ("누리전자 최고재무책임자(CFO)인 안드레아 콜리니 부사장은" + SAID, "안드레아 콜리니", "부사장", "누리전자"),
    ("누리전자 최고재무책임자(CFO)인 오태경 부사장은" + SAID, "오태경", "부사장", "누리전자"),
    ("구단 서포터스 '파란늑대'의 오태경 회장은" + SAID, "오태경", "회장", "파란늑대"),
    ("팬클럽 '별빛'의 오태경 회장은" + SAID, "오태경", "회장", "별빛"),
    ("행사에는 여울시장 권한대행인 오태경 부시장과 주민 등이 참석했다.", "오태경", "부시장", "여울시"),
    ("너울군수 권한대행인 오태경 부군수는" + SAID, "오태경", "부군수", "너울군"),
    ("선거를 치러 국민의힘 오태경(54) 의원을 의장으로 뽑았다.", "오태경", "의원", "국민의힘"),
    ("너울어촌계 해녀회장 오태경(61)씨는" + SAID, "오태경", "해녀회장", "너울어촌계"),
    ("책임을 물어 오태경 감독과 계약을 해지했다. 오 감독은" + SAID, "오태경", "감독", None),
    ("누리온 게이밍의 오태경 감독은" + SAID, "오태경", "감독", "누리온 게이밍"),
    ("청구인을 대리한 여울인권재단 두레의 오태경 변호사는" + SAID, "오태경", "변호사", "여울인권재단 두레"),
    ("새벽단의 케빈 달튼 감독은 경기 뒤 인터뷰에 응하지 않았다.", "케빈 달튼", "감독", "새벽단"),
    ("한국토지주택공사(LH) 주거복지본부장인 오태경 씨가" + SAID, "오태경", "주거복지본부장", "한국토지주택공사(LH)"),
    ('충북도는 18일 계획을 발표했다. 회견이 끝난 뒤 오태경 도 대변인은' + SAID, "오태경", "대변인", "충북도"),
    ('새터시는 예산을 늘렸다. 배석한 오태경 시 경제부시장이' + SAID, "오태경", "경제부시장", "새터시"),
    ('충북도는 계획을 밝혔다. 질문에는 배석한 공서진 도 경제부지사가 답했다. 공 부지사는' + SAID, "공서진", "경제부지사", "충북도"),
    ('경남도는 대책을 냈다. 회의에 나온 공민결 도 재난안전실장이' + SAID, "공민결", "재난안전실장", "경남도"),
    ('여울학교공무직노동조합(여학노)은 파업에 들어갔다. 여학노 오태경 위원장은' + SAID, "오태경", "위원장", "여학노"),
    ('새터시청공무원노동조합(새공노)은 성명을 냈다. 새공노 한서윤 사무국장은' + SAID, "한서윤", "사무국장", "새공노"),
    ('여울학교공무직노동조합(여학노)은 출정식을 열었다. 여학노 맹서련 위원장은' + SAID, "맹서련", "위원장", "여학노"),
    ('충주 스타즈는 2일 "오태경과 계약했다"고 밝혔다. 한서윤 스타즈 단장은 "오태경은 리더"라며 "좋다"고 말했다.', "한서윤", "단장",
     "스타즈"),
    ("교육청 측 교섭 대표인 오태경 노사협력과장은" + SAID, "오태경", "노사협력과장", "교육청"),
    ("소속사 물결엔터테인먼트의 프로듀서 겸 이사인 오태경이 곡을 함께 만들었다.", "오태경", "이사", "물결엔터테인먼트"),
    ("새터전자 최고기술책임자(CTO)인 마르코 벨리니 전무가" + SAID, "마르코 벨리니", "전무", "새터전자"),
]


NOT_APPOSITION_ORGS = [
    ("지난 시즌의 오태경 감독은" + SAID, "오태경", "감독", None),
    ("새빛당 출신의 오태경 대통령 당시 협상이 시작됐다.", "오태경", "대통령", None),
    ("영화 '새벽길'의 오태경 감독도 참석했다.", "오태경", "감독", None),
    ("앨범 '푸른밤'의 오태경 프로듀서는" + SAID, "오태경", "프로듀서", None),
    ("검찰은 창업주인 한도겸(62) 회장과 재무본부장인 오태경 전무의 자택도 압수수색했다.", "오태경", "전무", None),
    ('충북도와 경기도가 협약을 맺었다. 오태경 도 대변인은' + SAID, "오태경", "대변인", "도"),
]


@pytest.mark.parametrize("body, name, title, org", NOT_APPOSITION_ORGS)
def test_no_organisation_where_the_apposition_names_none(body, name, title, org):
    assert persons(body).get(name) == (title, org)


@pytest.mark.parametrize("body, name, title, org", APPOSITION_ORGS)
def test_the_organisation_inside_an_apposition(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# -- 8. a post before the name and a service rank after it: both are the title ------------------------------
POST_AND_RANK = [
    ("여울해경 경비구조과장 오태경 경정은" + SAID, "오태경", "경비구조과장 경정", "여울해경"),
    ("합동참모본부 공보실장 오태경 대령은" + SAID, "오태경", "공보실장 대령", "합동참모본부"),
    ("너울경찰서 형사과장 오태경 경정은" + SAID, "오태경", "형사과장 경정", "너울경찰서"),
    ("새터소방서 구조대장 오태경 소방경은" + SAID, "오태경", "구조대장 소방경", "새터소방서"),
    ("여울경찰서 형사계장인 오태경 경감은" + SAID, "오태경", "경감", "여울경찰서"),
    ("너울경찰서 오태경 경정은" + SAID, "오태경", "경정", "너울경찰서"),
]


@pytest.mark.parametrize("body, name, title, org", POST_AND_RANK)
def test_a_post_before_the_name_and_a_rank_after(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# -- 9. more words shaped like names that are no person ----------------------------------------------------
NOT_PERSONS_MORE = [
    ("투표용지에 '오태경'이 아니라 '오태겅'으로 적힌 표를 무효로 처리했다.", "오태겅"),
    ("3분기 순이익은 시장 예상치를 소폭 밑돌았다.", "예상치"),
    ("순이익은 시장 전망치를 웃돌았다.", "전망치"),
    ('누리카드가 3분기 순이익을 발표했다. 누리카드는 "해외 결제가 늘었다"고 설명했다. 누리카드 최고재무책임자(CFO)인 '
     '안드레아 콜리니 부사장은' + SAID, "누리카드"),
    ('여울 비스타즈는 2일 "재계약했다"고 밝혔다. 오태경 비스타즈 단장은' + SAID, "여울 비스타즈"),
    ("올겨울 프로야구 자유계약선수(FA) 시장 최대어로 꼽힌 포수 오태경(30)이 남았다.", "올겨울 프로야구"),
    ('여울학교공무직노동조합(여학노)은 파업에 들어갔다. 여학노 오태경 위원장은' + SAID, "여학노"),
    ('충주 스타즈는 2일 "오태경과 계약했다"고 밝혔다. 한서윤 스타즈 단장은 "오태경은 리더"라며 "좋다"고 말했다.', "충주 스타즈"),
]


@pytest.mark.parametrize("body, word", NOT_PERSONS_MORE)
def test_more_name_shaped_words_that_are_no_person(body, word):
    assert word not in persons(body)


# -- 10. a name Kiwi reads as a verb's modifier form, before a title in a clause quoting someone --------------------
MISREAD_NAMES = [
    ('채해진 여울시청 대변인은' + SAID, "채해진", "대변인"),
    ('국해진 청와대 대변인은' + SAID, "국해진", "대변인"),
    ('편해진 대변인은' + SAID, "편해진", "대변인"),
    ('석해진 대변인은 기자들과 만나 "서두르지 않겠다"고 말했다.', "석해진", "대변인"),
    ('추해진 대통령실 대변인이' + SAID, "추해진", "대변인"),
]


@pytest.mark.parametrize("body, name, title", MISREAD_NAMES)
def test_a_name_kiwi_reads_as_a_verb_before_a_title(body, name, title):
    assert persons(body).get(name, (None,))[0] == title


NOT_MISREAD_NAMES = [
    ('지명된 대법관은' + SAID, "지명된"),
    ('알려진 대표는' + SAID, "알려진"),
]


@pytest.mark.parametrize("body, word", NOT_MISREAD_NAMES)
def test_a_verb_before_a_title_outside_a_quoting_clause_is_no_name(body, word):
    assert word not in persons(body)


# -- 11. a foreign name before a compound title, proved by the surname and the title later ----------------------
SURNAMED_FOREIGN = [
    pytest.param('디자인은 벨기에 출신인 로랑 바셰 디자인 총괄 상무가 맡았다. 바셰 상무는' + SAID, "로랑 바셰", "디자인 총괄 상무",
                 marks=pytest.mark.xfail(strict=True, reason="after '출신인' the rule holds only for names Kiwi reads one "
                                         "way; most give '로랑 바셰' with the title '총괄 상무', the field lost")),
    ('개발은 토비아스 렌크 소프트웨어 개발 전무가 이끈다. 렌크 전무는' + SAID, "토비아스 렌크", "소프트웨어 개발 전무"),
]


@pytest.mark.parametrize("body, name, title", SURNAMED_FOREIGN)
def test_a_foreign_name_before_a_compound_title_proved_by_its_short_mention(body, name, title):
    assert persons(body).get(name, (None,))[0] == title


SURNAMED_NOT_FOREIGN = [
    ('패널로 나선 한서윤 누타 대표는 "좋다"고 말했다. 누타 대표는' + SAID, "한서윤", "대표", "누타"),
    ('에이미 콜린스 네바다 주지사는 21일 "지원이 절실하다"고 밝혔다. 콜린스 주지사는' + SAID, "에이미 콜린스", "주지사", "네바다"),
]


@pytest.mark.parametrize("body, name, title, org", SURNAMED_NOT_FOREIGN)
def test_a_korean_name_and_a_firm_or_a_place_before_a_post_stay_apart(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# -- 12. the structure of the phrase decides, not a word list -------------------------------------------------
# After an apposition ('위원장인', '간사인') a bare word, then a full Korean name and a title: the word is the
# name's body, whatever its ending; a legal kind of body and a bare name in the title's gloss are one body.
BODY_BY_PLACE = [
    ("위원장인 새빛당 표서율 의원은" + SAID, "표서율", "의원", "새빛당"),
    ("위원장인 국민의힘 남궁도율 의원은" + SAID, "남궁도율", "의원", "국민의힘"),
    ("간사인 더불어민주당 탁지후 의원은" + SAID, "탁지후", "의원", "더불어민주당"),
    ("소위원장인 새빛당 탁지후 의원이" + SAID, "탁지후", "의원", "새빛당"),
    ("대표인 청솔전자 표서율 사장은" + SAID, "표서율", "사장", "청솔전자"),
    ("표서율 변호사(법무법인 새터)는" + SAID, "표서율", "변호사", "법무법인 새터"),
    ("표서율 변호사(새터 법무법인)는" + SAID, "표서율", "변호사", "새터 법무법인"),
    ("표서율 회계사(회계법인 청솔)는" + SAID, "표서율", "회계사", "회계법인 청솔"),
    ("표서율 변리사(특허법인 너울)가" + SAID, "표서율", "변리사", "특허법인 너울"),
    ("순환기내과 표서율 교수는" + SAID, "표서율", "교수", "순환기내과"),
    ("소아과 표서율 원장은" + SAID, "표서율", "원장", "소아과"),
    ("경제학과 표서율 교수는" + SAID, "표서율", "교수", "경제학과"),
]


@pytest.mark.parametrize("body, name, title, org", BODY_BY_PLACE)
def test_the_body_found_by_its_place_in_the_phrase(body, name, title, org):
    assert persons(body).get(name) == (title, org)


NOT_PERSONS_BY_PLACE = [
    ("위원장인 새빛당 표서율 의원은" + SAID, "새빛당"),
    ("간사인 더불어민주당 탁지후 의원은" + SAID, "더불어민주당"),
    ("순환기내과 표서율 교수는" + SAID, "순환기내"),
    ("소아과 표서율 원장은" + SAID, "소아"),
    ("한국어 대사를 외우느라 애를 먹었다.", "한국어"),
    ("일본어 대사가 많은 작품이다.", "일본어"),
    ("중국인 사장이 운영하는 식당이다.", "중국인"),
]


@pytest.mark.parametrize("body, word", NOT_PERSONS_BY_PLACE)
def test_a_body_a_department_or_a_language_before_a_title_is_no_person(body, word):
    assert word not in persons(body)


STILL_TWO_PEOPLE = [
    ("표서율과 탁지후는 함께 일했다.", {"표서율", "탁지후"}),
    ("탁지후와 표서율은 함께 일했다.", {"탁지후", "표서율"}),
    ("위원장인 표서율 의원과 탁지후 의원이 자리를 함께했다.", {"표서율", "탁지후"}),
]


@pytest.mark.parametrize("body, names", STILL_TWO_PEOPLE)
def test_a_joining_particle_after_a_name_still_joins_two_people(body, names):
    assert names <= set(persons(body))


# -- 13. a name proved by its structure when its syllables are those of common words --------------------------
# A later short mention (the surname and the same post) proves the word of the surname's shape before the post a
# full name; an age in brackets glosses a name whatever Kiwi cuts it into (a compound surname and '만덕').
PROVED_NAMES = [
    ("답변은 표수련 누리청 차장이 맡았다. 표 차장은" + SAID, "표수련", "차장", "누리청"),
    ("답변은 표수련 누리전자 사장이 맡았다. 표 사장은" + SAID, "표수련", "사장", "누리전자"),
    ("재선에 도전하는 연태국 여울시장이 출마를 밝힌다. 연 시장은" + SAID, "연태국", "여울시장", "여울시"),
    ("회의에는 탁수련 차장이 나왔다. 탁 차장은" + SAID, "탁수련", "차장", None),
    ("가게를 지키는 사공만덕(78) 사장은 인터뷰 내내 손을 떼지 않았다.", "사공만덕", "사장", None),
    ("식당을 운영하는 남궁만덕(66) 대표는" + SAID, "남궁만덕", "대표", None),
    ("가게를 지키는 표서율(61) 사장은" + SAID, "표서율", "사장", None),
    ("단미숙(58) 전 경남도 행정부지사가 3일 출마를 선언했다.", "단미숙", "전 행정부지사", "경남도"),
    ("새빛당 탁지후 의원은 문제를 꺼냈다. 답변은 탁수련 누리청 차장이 맡았다. 탁 차장은" + SAID, "탁수련", "차장", "누리청"),
    ("새빛당 탁지후 의원은 문제를 꺼냈다. 답변은 탁수련 누리청 차장이 맡았다. 탁 차장은" + SAID, "탁지후", "의원", "새빛당"),
    ("탁현숙(61) 누리전자 사장은" + SAID, "탁현숙", "사장", "누리전자"),
    ("마르코(31) 누리전자 이사는" + SAID, "마르코", "이사", "누리전자"),
    ("탁현숙(45) 씨가 3일 출마를 선언했다.", "탁현숙", None, None),
]


@pytest.mark.parametrize("body, name, title, org", PROVED_NAMES)
def test_a_name_proved_by_a_short_mention_or_an_age(body, name, title, org):
    assert persons(body).get(name) == (title, org)


NOT_PROVED_NAMES = [
    ("훈련 과정을 거쳤다. 표 감독은" + SAID, "표 감독"),
    ("수련 과정을 마친 표 원장은" + SAID, "표 원장"),
    ("그는 하루만(3) 쉬었다.", None),
    ("식당을 운영하는 남궁만덕(66) 대표는" + SAID, None),
]


@pytest.mark.parametrize("body, expected", NOT_PROVED_NAMES)
def test_no_name_is_made_of_a_common_word_or_a_cut_name(body, expected):
    found = set(persons(body))
    assert "하루만" not in found and "남궁만" not in found and "수련" not in found and "훈련" not in found
    if expected:
        assert expected in found


# -- 14. a name as the object of a verb of playing is a part, not a person of the article ----------------------
PLAYED_PARTS = [
    ("그는 신입 형사 '표서율'을 연기했다.", "표서율"),
    ("그는 신입 형사 표서율을 연기했다.", "표서율"),
    ("그는 '표서율'로 분해 호평을 받았다.", "표서율"),
    ("그는 시골 교사 탁지후를 열연했다.", "탁지후"),
]


@pytest.mark.parametrize("body, word", PLAYED_PARTS)
def test_a_part_an_actor_plays_is_no_person(body, word):
    assert word not in persons(body)


def test_the_actor_of_a_part_stays_a_person():
    assert persons("배우 표서율은 형사 역을 맡았다.").get("표서율") == ("배우", None)


# -- 14b. a name inside the scene a work tells ('극 중 X의 동생') is a part, found by no kin noun -------------------
IN_WORK_PARTS = [
    ("배우 반도율은 극 중 길채온의 동생 역을 맡았다.", "길채온", "반도율"),
    ("배우 반도율은 극중 길채온과 결혼하는 약사를 연기했다.", "길채온", "반도율"),
    ("작중 길채온의 아버지는 어부다. 배우 반도율은 웃었다.", "길채온", "반도율"),
    ("배우 반도율은 드라마 속 길채온의 딸로 나온다.", "길채온", "반도율"),
    ("극 중 약사 길채온의 언니는 떠났다. 배우 반도율은 울었다.", "길채온", "반도율"),
]


@pytest.mark.parametrize("body, part, actor", IN_WORK_PARTS)
def test_a_name_inside_a_works_scene_is_a_part(body, part, actor):
    found = persons(body)
    assert part not in found and actor in found


def test_a_name_after_the_scene_words_and_a_particle_is_the_articles():
    """'극 중 역할에 대해 배우 X는': the words of the scene end before the name; the actor is a person."""
    assert "반도율" in persons("극 중 역할에 대해 배우 반도율은 만족했다고 말했다.")
    assert "길채온" in persons("극 중 장면은 길채온 감독이 새로 썼다고 한다.")


# -- 15. a one-syllable surname no table lists, proved by the full name titled before --------------------------
def mentions_of(body):
    _, ms = person.find(body, Context(None))
    return [(m.person, m.kind) for m in ms]


def test_a_short_mention_with_a_surname_no_table_lists_is_the_titled_name_before():
    body = "단미숙(58) 전 경남도 행정부지사가 3일 출마를 선언했다. 단 전 부지사는" + SAID
    assert ("단미숙", "short") in mentions_of(body)


def test_a_syllable_that_opens_no_titled_name_before_is_no_short_mention():
    body = "단미숙(58) 전 경남도 행정부지사가 3일 출마를 선언했다. 단 한 명의 부지사도 오지 않았다."
    assert ("단미숙", "short") not in mentions_of(body)


# -- 16. how Korean news attaches a body to a person: every convention, several names and bodies --------------
# The organisation errors of every dev set's first (blind) score, by convention (about 75 rows, ko-heldout2 to 11):
# '<body>의 <name> <post>' / '<body>의 <post> <name>' ~13; a post held '인' before the name ~10; a party or a body
# in brackets after the post ~8; the body before the post and a name proved by '(age)씨' or an age ~7; the body
# between name and post ~5; list headers of an appointments page ~9 (one page); '같은 회사' ~2; a body fused
# into the post ~3; a relative clause or a clause opening with 에서는 ~3; a team and a role word before a name ~2.
# Kiwi reads most invented bodies as nouns glued together ('한결/MAG 바이오/NNG'), which the rules took for a
# common noun: the rows below vary the body's shape as much as the name's.
# Names of several shapes (three syllables, a compound surname with a given name that is a common noun, a given
# name ending without a final consonant, a rare surname); bodies of several kinds (a firm Kiwi cannot know, a
# village, a kindergarten, an association, a police station, a university, a club in Latin letters, a council,
# a ministry, a court). The particle after each word follows its last syllable, as Korean writes it.
ATTACH_NAMES = ["어윤슬", "남궁하늘", "서문강", "임보람", "변수아", "도가온", "예소담"]
ATTACH_BODIES = [("한결바이오", "대표"), ("솔바람마을", "이장"), ("꿈나무어린이집", "원장"), ("여울상인회", "회장"),
                 ("새터경찰서", "서장"), ("한빛대", "교수"), ("누리소프트", "최고경영자(CEO)"), ("청솔FC", "감독"),
                 ("여울시의회", "의장"), ("환경부", "장관"), ("여울지법", "부장판사")]
REPLY = ' "올해 안에 결론을 내겠다"고 말했다.'


def _final(word):
    last = word.rstrip(")")[-1] if not word.endswith(")") else "오"  # '(CEO)' is read '씨이오'
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0


def _p(word, with_final, without):
    return word + (with_final if _final(word) else without)


def _short(name):
    return name[:2] if name.startswith(("남궁", "서문")) else name[0]


ATTACH_CONVENTIONS = {
    "body, post, name, age and 씨": lambda n, b, t: f"{b} {t} {n}(61)씨는" + REPLY,
    "body, post, name": lambda n, b, t: f"{b} {t} {_p(n, '은', '는')}" + REPLY,
    "name, body, post": lambda n, b, t: f"{n} {b} {_p(t, '은', '는')}" + REPLY,
    "body, name, post": lambda n, b, t: f"{b} {n} {_p(t, '은', '는')}" + REPLY,
    "body with 의, name, post": lambda n, b, t: f"{b}의 {n} {_p(t, '은', '는')}" + REPLY,
    "body with 의, post, name": lambda n, b, t: f"{b}의 {t} {_p(n, '은', '는')}" + REPLY,
    "body with 소속, name, post": lambda n, b, t: f"{b} 소속 {n} {_p(t, '은', '는')}" + REPLY,
    "post held with 인 before the name": lambda n, b, t: f"{b} {t}인 {n} 씨는" + REPLY,
    "the object of a verb of running it": lambda n, b, t: f"{_p(b, '을', '를')} 운영하는 {n} {_p(t, '은', '는')}" + REPLY,
    "a kind, the body in quotes, a verb of leading it": lambda n, b, t:
        f"협력 기관 '{b}'{'을' if _final(b) else '를'} 이끄는 {n} {_p(t, '은', '는')}" + REPLY,
    "the body opening the clause with 에서는": lambda n, b, t:
        f"{b}에서는 {t} {_p(n, '이', '가')} 참석했다. {_short(n)} {_p(t, '은', '는')}" + REPLY,
}
# Rows the rules still miss, for a reason other than the body: Kiwi cuts '도가온은' after '…의 대표' into 도/가/온.
ATTACH_GAPS = {("body with 의, post, name", "도가온", "한결바이오"), ("body with 의, post, name", "도가온", "환경부")}
ATTACH_ROWS = [pytest.param(kind, f(n, b, t), n, t, b, marks=[pytest.mark.xfail(strict=True, reason="the name is cut")]
                            if (kind, n, b) in ATTACH_GAPS else [])
               for kind, f in ATTACH_CONVENTIONS.items()
               for x, (b, t) in enumerate(ATTACH_BODIES)
               for n in (ATTACH_NAMES[x % 7], ATTACH_NAMES[(x + 3) % 7], ATTACH_NAMES[(x + 5) % 7])]


@pytest.mark.parametrize("kind, body, name, title, org", ATTACH_ROWS)
def test_the_body_attached_to_a_person_by_each_convention(kind, body, name, title, org):
    assert persons(body).get(name) == (title, org)


# -- 17. an organisation word that is NOT the person's body -----------------------------------------------------
NOT_THE_BODY = [
    ("행사를 운영하는 {n} 대표는" + REPLY, "대표"),  # an event run, no body
    ("회사를 운영하는 {n} 대표는" + REPLY, "대표"),  # the kind alone names no body
    ("한결바이오를 비판한 {n} 의원은" + REPLY, "의원"),  # a body criticised
    ("한결바이오를 떠난 {n} 대표는" + REPLY, "대표"),  # a body left
    ("누리소프트를 상대로 소송을 낸 {n} 씨는" + REPLY, None),  # the other side of a suit
    ("한빛병원에 입원한 {n} 씨는" + REPLY, None),  # a hospital as a place
    ("현장에서는 소장 {n}이 작업을 지휘했다.", "소장"),  # a place opening the clause, no body
    ("회의에서는 의장 {n}이 안건을 올렸다.", "의장"),  # a meeting, no body
    ("여울에서 일하는 {n} 씨는" + REPLY, None),  # a town where someone works
]


@pytest.mark.parametrize("template, title", NOT_THE_BODY)
@pytest.mark.parametrize("name", ["어윤슬", "남궁하늘", "서문강", "예소담"])
def test_an_organisation_word_that_is_not_the_persons_body(template, title, name):
    body = template.replace("{n}이", _p(name, "이", "가")).replace("{n}", name)
    assert persons(body).get(name) == (title, None)


# -- 18. a place, a team and a role word before the name ---------------------------------------------------------
BODY_SHAPES = [
    ("{n} 강원특별자치도 경제부지사는" + REPLY, "경제부지사", "강원특별자치도"),  # a province Kiwi guesses whole
    ("{n} 제주특별자치도 행정부지사는" + REPLY, "행정부지사", "제주특별자치도"),
    ("참석한 곳은 다섯 곳이다. 충남도에서는 행정부지사 {n}이 나왔다.", "행정부지사", "충남도"),  # a province opening the clause
    ("새터 타이탄스 감독 {n}은" + REPLY, "감독", "새터 타이탄스"),  # a city and a club, not a person
    ("새터 이글스 사령탑 {n} 감독은" + REPLY, "감독", "새터 이글스"),  # a word for the role between
    ("청솔FC 사령탑 {n} 감독은" + REPLY, "감독", "청솔FC"),
    ("한빛병원에서 일하는 간호사 {n} 씨는" + REPLY, "간호사", "한빛병원"),  # the place of a verb of working
    ("새터대학교에 다니는 {n} 씨는" + REPLY, None, "새터대학교"),
    ("식당 '소담'을 운영하는 {n} 씨는" + REPLY, None, "소담"),  # a body in quotation marks
]


@pytest.mark.parametrize("template, title, org", BODY_SHAPES)
@pytest.mark.parametrize("name", ["남궁하늘", "서문강", "임보람", "예소담"])
def test_a_place_a_team_or_a_role_word_before_the_name(template, title, org, name):
    body = template.replace("{n}이", _p(name, "이", "가")).replace("{n}은", _p(name, "은", "는")).replace("{n}", name)
    found = persons(body)
    assert found.get(name) == (title, org)
    assert org not in found


# -- 19. a given name with the familiar 이 is the person's, whatever rule found the full name -------------------
# (a given name ending in 별 is no Korean name to is_korean_name, so the full name is found late, by another rule)
@pytest.mark.parametrize("full, pet", [("탁진별", "진별이"), ("임송별", "송별이"), ("남궁새론", "새론이"), ("모은솔", "은솔이"),
                                       ("석하늘", "하늘이")])
def test_a_given_name_with_the_familiar_i_is_no_other_person(full, pet):
    body = (f"세터 {full}(24)은 4세트 내내 서브로 흐름을 바꿨다. 여울 타이탄스 노경수 감독은 \"코스타가 끝내 줄 거라고 "
            f"봤다\"며 \"{pet}의 서브 덕분에 뒤집었다\"고 말했다.")
    found = persons(body)
    assert full in found and pet not in found


# -- 20. a verb's modifier before a name and a title is the clause's, never a name ---------------------------------
@pytest.mark.parametrize("verb", ["이끄는", "운영하는", "맡은"])
@pytest.mark.parametrize("name", ["탁윤", "임보람"])
def test_a_verb_before_a_name_and_a_title_makes_no_person(verb, name):
    found = persons(f"협력 기관 '한결바이오'를 {verb} {name} 대표는" + REPLY)
    assert verb not in found


# -- 21. works in quotation marks side by side, and a body's word opening a spaced 'name', are no persons ---------
NOT_PERSONS_QUOTED = [
    ("그는 '수궁가'와 '심청가'를 잇달아 불렀다.", "심청가"),
    ("그는 '적벽가', '심청가' 두 바탕을 완창했다.", "심청가"),
    ("극단은 '한여름'과 '임보람'을 차례로 무대에 올렸다.", "임보람"),
    ("그는 제12차 연합총회 일반토의 자리에 섰다.", "연합총회 일반토"),
]


@pytest.mark.parametrize("body, word", NOT_PERSONS_QUOTED)
def test_a_listed_quoted_work_or_a_bodys_word_is_no_person(body, word):
    assert word not in persons(body)


def test_a_handle_in_quotes_before_a_name_leaves_the_name():
    assert "서문강" in persons("원거리 딜러 '번개' 서문강(20)이 활약했다.")


# -- 22. a role noun before a name proved by an age alone, or by 씨 after a gloss ------------------------------
ROLES_BEFORE_PROVED_NAMES = [
    ("고수 {n}(54)이 북을 잡았다.", "고수"),
    ("소리꾼 {n}(35)이 무대에 올랐다.", "소리꾼"),
    ("춤꾼 {n}(41)이 나섰다.", "춤꾼"),
    ("장사꾼 {n}(50)씨는 웃었다.", "장사꾼"),
    ("나무꾼 {n}(62)씨는 웃었다.", "나무꾼"),
]


@pytest.mark.parametrize("template, title", ROLES_BEFORE_PROVED_NAMES)
@pytest.mark.parametrize("name", ["서문강", "임보람", "남궁하늘", "예소담"])
def test_a_role_noun_before_a_name_proved_by_its_age(template, title, name):
    body = template.replace("{n}(54)이", name + ("(54)이" if _final(name) else "(54)가")) \
        .replace("{n}(35)이", name + ("(35)이" if _final(name) else "(35)가")) \
        .replace("{n}(41)이", name + ("(41)이" if _final(name) else "(41)가")).replace("{n}", name)
    found = persons(body)
    assert found.get(name) == (title, None)
    assert not any(" " in n for n in found)


# -- 23. a title the table writes glued, spelled as two words before the name (and a handle between) -------------
@pytest.mark.parametrize("before", ["원거리 딜러 '번개'", "상대 원거리 딜러 '번개'", "원거리 딜러"])
@pytest.mark.parametrize("name", ["서문강", "임보람", "예소담"])
def test_a_glued_title_spelled_apart_before_the_name(before, name):
    body = f"결승에서는 {before} {name}(20)" + ("이" if _final(name) else "가") + \
        f" 활약했다. 감독은 \"{name} 선수가 잘해 줬다\"고 말했다."
    assert persons(body).get(name) == ("원거리 딜러", None)


# -- 24. what stands before a name and is no body: a ballot number, an epithet -----------------------------------
NUMBERED_BEFORE = [
    ("기호 1번 {n} 의원은" + SAID, "의원"),
    ("기호 2번 {n} 후보는" + SAID, "후보"),
    ("기호3번 {n} 후보가" + SAID, "후보"),
    ("토론에는 1번 {n} 후보와 2번 오다솜 후보가 나섰다.", "후보"),
    ("토론에는 기호 1번 모진솔 의원, 3번 {n} 의원이 나섰다.", "의원"),
]
EPITHETS_BEFORE = [
    ("사령탑 {n} 감독도" + SAID, "감독"),
    ("신예 {n} 3단이 결승에 올랐다.", "3단"),
    ("베테랑 {n} 선수는" + SAID, "선수"),
    ("노장 {n} 감독은" + SAID, "감독"),
]


@pytest.mark.parametrize("template, title", NUMBERED_BEFORE + EPITHETS_BEFORE)
@pytest.mark.parametrize("name", ["표서율", "남궁율", "옥다온", "선우하늘"])
def test_a_number_or_an_epithet_before_a_name_is_no_body(template, title, name):
    found = persons(template.replace("{n}", name))
    assert found.get(name) == (title, None)


@pytest.mark.parametrize("template, title", [("{b} 소속 {n} 선수는" + SAID, "선수"), ("{b} {n} 감독은" + SAID, "감독")])
@pytest.mark.parametrize("name", ["표서율", "남궁율", "옥다온"])
def test_a_body_before_a_name_stays_a_body(template, title, name):
    found = persons(template.replace("{b}", "여울FC").replace("{n}", name))
    assert found.get(name) == (title, "여울FC")


# -- 25. a graded rank written as a number and 단 after the name ------------------------------------------------
RANKS = [
    ("{n} 9단은 오서진 5단에게 반집승을 거뒀다.", "9단"),
    ("결승 1국에서 {n} 5단이 이겼다.", "5단"),
    ("{n} 초단은 첫 대국에서 졌다.", "초단"),
    ("{n} 7단과의 대국이 열렸다.", "7단"),
]


@pytest.mark.parametrize("template, rank", RANKS)
@pytest.mark.parametrize("name", ["표서율", "남궁율", "옥다온", "도하솔"])
def test_a_numbered_rank_after_a_name_is_its_title(template, rank, name):
    assert persons(template.replace("{n}", name)).get(name, (None,))[0] == rank


@pytest.mark.parametrize("body, word", [
    ("이 자전거는 3단 변속기를 달았다.", "3단"),
    ("여울FC는 9단계 훈련을 마쳤다.", "9단계"),
])
def test_a_number_and_dan_without_a_name_is_no_person(body, word):
    assert not any(word in n for n in persons(body))


# -- 26. a name after a compound kind of firm ('법무법인 X', '회계법인 X') is the firm, not a person -----------------
@pytest.mark.parametrize("kind", ["법무법인", "회계법인", "세무법인", "특허법인"])
@pytest.mark.parametrize("firm", ["새터돌", "한마루", "가람누리", "온빛"])
def test_a_firm_after_its_compound_kind_is_no_person(kind, firm):
    found = persons(f"원고를 대리한 {kind} {firm}의 표서율 변호사는" + SAID)
    assert firm not in found
    assert "표서율" in found


@pytest.mark.parametrize("body, title, org", [
    ("대국을 중계한 해설위원 {n} 7단은" + SAID, "해설위원", None),
    ("청솔방송 해설위원 {n} 9단은" + SAID, "해설위원", "청솔방송"),
])
@pytest.mark.parametrize("name", ["표서율", "남궁율", "옥다온", "도하솔"])
def test_a_post_before_the_name_outranks_the_grade_after_it(body, title, org, name):
    assert persons(body.replace("{n}", name)).get(name) == (title, org)


# -- 27. a body before a foreign name and its title; a country before them is no body -------------------------------
FOREIGN_BODY_ROWS = [("청솔전자 {n} 사장은" + SAID, "청솔전자"), ("미국 여울대 {n} 교수는" + SAID, "여울대"),
                     ("회담에는 미국 {n} 교수가 참석했다.", None)]
COUNTRY_KEPT = pytest.mark.xfail(strict=True, reason="the spaced-foreign-name rule keeps the country before such a name")


@pytest.mark.parametrize("body, org, name", [
    pytest.param(body, org, name, marks=COUNTRY_KEPT if name == "다니엘 오코예" and "미국" in body else ())
    for body, org in FOREIGN_BODY_ROWS for name in ["마이클 하트", "에밀리 웰스", "다니엘 오코예"]])
def test_a_body_before_a_foreign_name_and_title(body, org, name):
    assert persons(body.replace("{n}", name)).get(name, (None, "missed"))[1] == org


# -- 28. a rare surname the table lacked, before a school and a title -------------------------------------------------
@pytest.mark.parametrize("template, title, org", [
    ("국어를 가르치는 {n} 여울 새터고 교사는" + SAID, "교사", "여울 새터고"),
    ("{n} 새터중 교장은" + SAID, "교장", "새터중"),
    ("{n} 청솔고 3학년 담임교사는" + SAID, "담임교사", "청솔고 3학년"),
])
@pytest.mark.parametrize("name", ["계윤호", "계하람", "계서윤"])
def test_the_surname_gye_before_a_school_and_a_title(template, title, org, name):
    assert persons(template.replace("{n}", name)).get(name) == (title, org)


@pytest.mark.parametrize("body, word", [
    ("계약서 교사는 학교에 냈다.", "계약서"),
    ("계획안 초안은 다음 주에 나온다.", "계획안"),
])
def test_words_opening_with_gye_are_no_names(body, word):
    assert word not in persons(body)


# -- 29. a foreign name after a country's genitive, untitled, in a list of ranks or places ----------------------------
FOREIGN_PAIRS = [("일본", "스즈키 겐타"), ("독일", "마르쿠스 베버"), ("폴란드", "야나 코발스카"),
                 ("이탈리아", "루카 비안키"), ("스페인", "하비에르 로페스"), ("프랑스", "소피 마르탱")]
RANK_TEMPLATES = [
    "결선에서 2위는 {c}의 {n}, 3위는 {c2}의 {n2}가 차지했다.",
    "2위는 {c}의 {n}였고, 3위는 {c2}의 {n2}였다.",
    "준우승은 {c}의 {n}에게 돌아갔고 {c2}의 {n2}는 3위에 올랐다.",
    "공동 2위에는 {c}의 {n}와 {c2}의 {n2}가 이름을 올렸다.",
]


@pytest.mark.parametrize("template", RANK_TEMPLATES)
@pytest.mark.parametrize("k", range(len(FOREIGN_PAIRS)))  # ('하비에르 로페스' reads right since 하비에르 is a known given name)
def test_a_foreign_name_after_a_countrys_genitive_in_a_list_of_ranks(template, k):
    (c, n), (c2, n2) = FOREIGN_PAIRS[k], FOREIGN_PAIRS[(k + 1) % len(FOREIGN_PAIRS)]
    body = template.format(c=c, n=n, c2=c2, n2=n2)
    body = body.replace(f"{n}와", f"{n}과" if (ord(n[-1]) - 0xAC00) % 28 else f"{n}와")
    found = persons(body)
    assert n in found and n2 in found, found
    assert not any(w in found for w in (c, c2, n.split()[0], n2.split()[0]))


@pytest.mark.parametrize("name", ["쩐 티 마이", "스즈키 겐타", "마르쿠스 베버", "야나 코발스카"])
@pytest.mark.parametrize("template", ["베트남 출신 {n}{p} 첫날 홀인원을 기록했다.", "결선에는 독일 출신 {n}{p} 올랐다.",
                                      "지난해 우승자인 일본 출신 {n}{p} 공동 9위로 대회를 마쳤다."])
def test_a_foreign_name_after_a_country_and_chulsin(template, name):
    closed = (ord(name[-1]) - 0xAC00) % 28 != 0
    p = {"는": "은" if closed else "는", "가": "이" if closed else "가"}
    particle = p["는"] if "{p} 첫날" in template or "{p} 공동" in template else p["가"]
    found = persons(template.format(n=name, p=particle))
    assert name in found and not any(w in found for w in name.split()), found


@pytest.mark.parametrize("body, word", [
    ("미국 출신 선수들이 많았다.", "선수들"),
    ("판매 2위는 일본의 도요타, 3위는 독일의 폭스바겐이 차지했다.", "폭스바겐"),
    ("점유율 1위는 미국의 반도체 기업이 차지했다.", "반도체 기업"),
    ("2위는 독일의 자동차 부품 회사가 차지했다.", "자동차 부품"),
])
def test_a_countrys_firm_or_common_words_in_a_list_of_ranks_are_no_person(body, word):
    assert not any(word in n or n in word for n in persons(body))


# -- 30. a family-first foreign name with the age 'at the time' and 씨 -----------------------------------------------
@pytest.mark.parametrize("name", ["쩐 반 남", "응우옌 티 란", "팜 꾸옥 빈", "레 티 투", "마르쿠스 베버", "도하늬", "남궁하늘"])
@pytest.mark.parametrize("template", [
    "숨진 {n}(당시 27세)씨는 지난해 입국했다.",
    "사고로 숨진 {n}(당시 31세) 씨의 유족은 항소했다.",
    "피해자 {n}(당시 45세)씨는 귀가하던 길이었다.",
])
def test_a_name_glossed_with_its_age_at_the_time_and_ssi(template, name):
    found = persons(template.format(n=name))
    assert name in found, found
    assert len(found) == 1, found


# -- 31. a firm whose name ends in 씨 ('…이앤씨', E&C) is no 'X씨' ------------------------------------------------------
@pytest.mark.parametrize("firm", ["가람이엔씨", "누리씨앤씨", "청솔이앤씨", "한빛디앤씨", "여울건설이엔씨"])
@pytest.mark.parametrize("template, name", [
    ("공사를 맡은 {f}의 도하늬 대표이사 사장은" + SAID, "도하늬"),
    ("{f}의 표서율 대표는" + SAID, "표서율"),
    ("{f}는 지난해 매출 2천억원을 올렸다. 남궁하늘 {f} 대표는" + SAID, "남궁하늘"),
])
def test_a_firm_ending_in_ssi_is_no_person(firm, template, name):
    found = persons(template.format(f=firm))
    assert not any(firm.startswith(n) or n.startswith(firm[:-1]) for n in found if n != name), found
    assert found.get(name, (None, None))[1] == firm


# -- 32. a foreign firm with 의 before a foreign name in a list of guests: the person's body, no person --------------
@pytest.mark.parametrize("firm", ["노바텍", "루미나르", "케스트렐", "아르벤"])
@pytest.mark.parametrize("name, title", [("피터 한센", "최고경영자(CEO)"), ("안나 베르그", "사장"), ("다니엘 오코예", "부사장")])
def test_a_foreign_firm_before_a_foreign_name_in_a_list_is_the_body(firm, name, title):
    found = persons(f"행사에는 청솔그룹 남궁비오 회장과 {firm}의 {name} {title}가 참석했다.")
    assert firm not in found and name.split()[-1] not in found, found
    assert found.get(name) == (title, firm), found


# -- 33. a body, or a school and its department, before a given-first foreign name and a title ----------------------
@pytest.mark.parametrize("name", ["마리아 곤살레스", "에밀리 하퍼", "요나스 브렘", "아이샤 칸"])
@pytest.mark.parametrize("template, title, org", [
    ("이주민지원센터의 {n} 상임활동가는" + SAID, "상임활동가", "이주민지원센터"),
    ("연구를 이끈 유타대 해양학과 {n} 교수도" + SAID, "교수", "유타대 해양학과"),
    ("한빛공대 기계공학과 {n} 교수는" + SAID, "교수", "한빛공대 기계공학과"),
    ("국제난민기구의 {n} 대변인은" + SAID, "대변인", "국제난민기구"),
])
def test_a_body_before_a_given_first_foreign_name_and_a_title(template, title, org, name):
    found = persons(template.format(n=name))
    assert found.get(name) == (title, org), found
    assert not any(w in found for w in name.split()), found


# -- 34. a ministry before a name whose post heads a unit of it: the ministry is the body ----------------------------
@pytest.mark.parametrize("name", ["도경빈", "남궁하늘", "어윤슬", "표서율"])
@pytest.mark.parametrize("template, title, org", [
    ("농식품부 {n} 식량정책실장은" + SAID, "식량정책실장", "농식품부"),
    ("기재부 {n} 예산실장은" + SAID, "예산실장", "기재부"),
    ("환경부 {n} 기후탄소정책국장은" + SAID, "기후탄소정책국장", "환경부"),
    ("국토교통부 {n} 주택토지실장은" + SAID, "주택토지실장", "국토교통부"),
])
def test_a_ministry_before_a_name_and_the_post_heading_its_unit(template, title, org, name):
    assert persons(template.format(n=name)).get(name) == (title, org)


# -- 35. a common noun inside a quotation is no name -----------------------------------------------------------------
@pytest.mark.parametrize("body, word", [
    ('탁하람 상무는 "공장 납품가는 내려가는데 매장 가격은 그대로"라고 말했다.', "납품가"),
    ('도하늬 대표는 "도매가는 내려도 소매가는 그대로"라고 했다.', "소매가"),
    ('표서율 회장은 "출고가는 올해 동결한다"고 밝혔다.', "출고가"),
])
def test_a_common_noun_in_a_quotation_is_no_person(body, word):
    assert word not in persons(body)


# -- a city or county of the country before a body and a post is where the body is, not a person -------------------
@pytest.mark.parametrize("town", ["진주", "남양주", "포항", "춘천", "서귀포", "정선"])
def test_a_town_before_a_body_and_a_post_is_no_person(town):
    assert town not in persons(f"{town} 한빛병원 원장은" + SAID)


@pytest.mark.parametrize("name", ["김진주", "선우진주", "도춘천", "정선우"])
def test_a_full_name_holding_a_towns_syllables_before_a_body_and_a_post_is_a_person(name):
    assert persons(f"{name} 한빛병원 원장은" + SAID).get(name) == ("원장", "한빛병원")


# -- monks by a dharma name; bodies, factions and common nouns before a post; neighbours glued to a name ---
DHARMA_NAMES = [
    ("해솔종 총무원장 월정 스님은 1일 기자간담회에서" + SAID, "월정", "총무원장 스님", "해솔종"),
    ("행렬을 이끄는 청운사 주지 도송 스님은" + SAID, "도송", "주지 스님", "청운사"),
    ("누리재단 상임이사 휘운 스님은" + SAID, "휘운", "상임이사 스님", "누리재단"),
    ("청운사 회주 현오 큰스님은" + SAID, "현오", "큰스님", None),
    ("묘각 스님은" + SAID, "묘각", "스님", None),
]


@pytest.mark.parametrize("body, name, title, org", DHARMA_NAMES)
def test_a_monk_named_by_a_dharma_name_without_surname(body, name, title, org):
    found = persons(body)
    assert name in found and found[name][0] == title
    if org:
        assert found[name][1] == org
    assert not any(p != name and p in body.split(name)[0] for p in found)  # the temple or order is no person


@pytest.mark.parametrize("body", [
    "원로 스님은" + SAID, "주지 스님은" + SAID, "젊은 스님들이" + SAID, "여러 스님이" + SAID,
])
def test_a_kind_of_monk_is_no_dharma_name(body):
    assert persons(body) == {}


@pytest.mark.parametrize("body, body_word, name", [
    ("해솔종 총무원장 도하늬 목사는" + SAID, "해솔종", "도하늬"),
    ("누리재단 이사장 서하진 신부는 개회사에서" + SAID, "누리재단", "서하진"),
])
def test_a_body_before_a_post_and_a_titled_name_is_the_name_s_body(body, body_word, name):
    found = persons(body)
    assert body_word not in found and found[name][1] == body_word


def test_a_word_used_as_a_person_elsewhere_stays_one():
    body = "서하진 대표 도하늬 씨는" + SAID + " 서하진은 웃었다."
    assert {"서하진", "도하늬"} <= set(persons(body))


@pytest.mark.parametrize("body, word", [
    ("해외파도 대부분 이름을 올렸다. 공격수 도하늬이 승선했다.", "해외파"),
    ("유럽파는 모두 합류했다. 공격수 도하늬이 승선했다.", "유럽파"),
    ("공격수 도하늬과 스코틀랜드 리그 누리 시티의 수비수 서하진이 승선했다.", "스코틀랜드"),
    ("미사는 주교의 주례로 진행됐으며, 신자와 사제 등 3천여 명이 성당을 메웠다.", "신자와"),
    ("암소 한 마리가 1380만원에 낙찰돼 이 시장 최고가를 새로 썼다.", "최고가"),
])
def test_a_faction_a_home_nation_a_joined_noun_or_a_record_is_no_person(body, word):
    assert word not in persons(body)


@pytest.mark.parametrize("body, name, title", [
    ("와인은 프랑스 출신 소믈리에 뤼크 파르망티에가 맡는다. 파르망티에 소믈리에는" + SAID, "뤼크 파르망티에", "소믈리에"),
    ("커피는 바리스타 엘레나 루소가 내린다. 루소 바리스타는" + SAID, "엘레나 루소", "바리스타"),
])
def test_a_foreign_name_with_an_occupation_on_either_side(body, name, title):
    found = persons(body)
    assert set(found) == {name} and found[name][0] == title


@pytest.mark.parametrize("body, name", [
    ("혹한기 훈련에서 통신병 나우람(21) 상병은" + SAID, "나우람"),
    ("하비에르 로살레스 배구 국가대표팀 감독이 명단을 발표했다.", "하비에르 로살레스"),
])
def test_a_word_beside_a_name_makes_no_second_row(body, name):
    assert set(persons(body)) == {name}


def test_a_name_kiwi_reads_with_a_spoken_contracted_particle_is_still_a_name():
    # Kiwi reads '추민환' as 추/NNP 민화/NNG ᆫ/JX ('민화는'); written news spells its particles out
    found = persons('협상장을 나선 추민환 노조위원장은 "안을 바꾸지 않았다"며 비판했다.')
    assert "추민환" in found and found["추민환"][0] == "노조위원장"


def test_a_team_after_a_foreign_name_stays_its_body_when_a_short_mention_follows():
    body = "하비에르 로살레스 배구 국가대표팀 감독이 명단을 발표했다. 로살레스 감독은 웃었다."
    assert persons(body) == {"하비에르 로살레스": ("감독", "배구 국가대표팀")}


@pytest.mark.parametrize("body, name, org", [
    ("결승에서 벨루치(이탈리아·누리크루즈)가 우승했다.", "벨루치", "누리크루즈"),
    ("결승에서 리카르도 벨루치(이탈리아·누리크루즈)가 우승했다.", "리카르도 벨루치", "누리크루즈"),
])
def test_a_foreign_athlete_glossed_with_country_and_club(body, name, org):
    found = persons(body)
    assert name in found and found[name][1] == org


def test_a_place_glossed_with_its_country_is_no_athlete():
    assert persons("결승은 벨루치(이탈리아)에서 열렸다.") == {}


def test_a_post_after_a_name_kiwi_reads_as_a_copula_is_no_guessed_name():
    # Kiwi reads '기민인' as 기민/NNG 이/VCP ᆫ/ETM, then the post as a proper noun after a modifier
    body = '질병관리청이 주의보를 발령했다. 기민인 질병관리청장은 "환자가 늘었다"고 말했다.'
    assert set(persons(body)) == {"기민인"}


@pytest.mark.parametrize("occupation", ["전통공예가", "실험음악가", "공공미술가"])
def test_a_compound_occupation_glossing_a_name_is_its_title(occupation):
    # Kiwi may read the compound whole as a proper noun, however the name before it is spelled
    body = f"유족으로는 부인 모가윤씨와 아들 임도훈(누리대 건축학과 교수)·딸 표하린({occupation})씨가 있다."
    assert persons(body)["표하린"] == (occupation, None)


def test_a_foreign_athlete_glossed_with_country_and_club_then_shortened_is_one_row():
    body = "결승에서 리카르도 벨루치(이탈리아·누리크루즈)가 우승했다. 벨루치는 웃었다."
    assert persons(body) == {"리카르도 벨루치": (None, "누리크루즈")}


@pytest.mark.parametrize("body, name", [
    ("누리은행의 일본인 센터백 요시무라 아이는 팀 최다인 8골을 넣었다.", "요시무라 아이"),
    ("누리은행의 일본인 센터백 요시무라 감독은 웃었다.", "요시무라"),  # a title after the surname, no given name
    ("누리은행의 센터백 요시무라 아이는 팀 최다인 8골을 넣었다.", "요시무라"),  # no nationality: left as found
])
def test_a_japanese_given_name_that_is_also_a_korean_word(body, name):
    assert set(persons(body)) == {name}


def test_a_name_kiwi_reads_as_a_modifier_with_a_particle_is_still_a_name():
    # Kiwi reads '허연도' as 허옇/VA ᆫ/ETM 도/JX: a modifier with a particle and no noun, which Korean never writes
    assert persons("허연도 가온대 명예교수가 별세했다.") == {"허연도": ("명예교수", "가온대")}


@pytest.mark.parametrize("body", ["서울도 누리대 교수가 많다.", "김해도 누리대 교수가 많다."])
def test_a_city_with_the_particle_also_before_a_body_and_post_is_no_name(body):
    assert persons(body) == {}


def test_the_position_before_an_untitled_foreign_name_is_its_title():
    found = persons("누리은행의 일본인 센터백 요시무라 아이는 팀 최다인 8골을 넣었다.")
    assert found["요시무라 아이"] == ("센터백", "누리은행")


# -- 9. places, events and clubs shaped like a name ---------------------------------------------------------
# A river's bank ('…강변'), an edition of a touring event ('…편') or a week-long event ('…위크') after a place's name;
# a car park ('주차장') is no deputy manager ('차장'); a club that stands before a titled name ('X 탁경훈 감독',
# 'X의 모경석 회장') is that person's body, whatever its sentence says it did.
NOT_PERSONS_PLACES_EVENTS_CLUBS = [
    ("벚꽃이 진 한강변을 따라 1만여 명이 달렸다.", "한강변"),
    ("벚꽃이 진 남강변을 따라 1만여 명이 달렸다.", "남강변"),
    ("학부모를 위한 '누리 진학 설명회 부산편'은 오는 12일 열린다.", "부산편"),
    ("지난 5일 개막한 '2026 부산패션위크'가 열렸다. 부산패션위크는 올해 바이어를 늘렸다.", "부산패션위크"),
    ("형산강 둔치 주차장에 세워둔 차량 10여 대가 물에 잠겼다.", "형산강"),
    ("태화강 둔치 주차장에 세워둔 차량 10여 대가 물에 잠겼다.", "태화강"),
    ("반면 가람피닉스는 주전 세터 반서결(29)이 1세트 도중 발목을 다쳐 교체되는 악재 속에 개막 2연패에 빠졌다. "
     "가람피닉스 탁경훈 감독은" + SAID, "가람피닉스"),
    ("표서율, 해솔레이크 챔피언십 역전 우승\n대회를 주최한 해솔레이크의 모경석 회장은" + SAID, "해솔레이크"),
]


@pytest.mark.parametrize("body, word", NOT_PERSONS_PLACES_EVENTS_CLUBS)
def test_a_place_an_event_or_a_club_is_no_person(body, word):
    assert word not in persons(body)


TITLED_BESIDE_PLACES_AND_CLUBS = [
    ("누리은행 여신관리부 모서진 차장은" + SAID, "모서진", "차장", "누리은행 여신관리부"),
    ("반면 가람피닉스는 개막 2연패에 빠졌다. 가람피닉스 탁경훈 감독은" + SAID, "탁경훈", "감독", "가람피닉스"),
    ("대회를 주최한 해솔레이크의 모경석 회장은" + SAID, "모경석", "회장", "해솔레이크"),
]


@pytest.mark.parametrize("body, name, title, org", TITLED_BESIDE_PLACES_AND_CLUBS)
def test_the_person_beside_a_place_or_a_club_keeps_title_and_body(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# -- 10. a name whose last consonant Kiwi reads as a spoken topic particle ('감사/NNG 후/NNG ᆫ/JX') ------------
# Written news spells its particles out, so before a title a surname and two syllables read so are a name;
# a place word with a particle and the spoken ㄴ ('안에선') is not.
CONTRACTED_NAMES = [
    ("국토교통부 감사훈 과장은" + SAID, "감사훈", "과장", "국토교통부"),
    ("국토교통부 도전훈 과장은" + SAID, "도전훈", "과장", "국토교통부"),
    ("누리전자 정책훈 부장은" + SAID, "정책훈", "부장", "누리전자"),
]


@pytest.mark.parametrize("body, name, title, org", CONTRACTED_NAMES)
def test_a_name_read_with_a_spoken_particle_before_a_title(body, name, title, org):
    assert persons(body).get(name) == (title, org)


@pytest.mark.parametrize("body, word", [
    ("회사 안에선 회장이 물러날 것이란 말이 돈다.", "안에선"),
    ("교육부 주변엔 과장이 많다.", "주변엔"),
])
def test_a_place_word_with_a_spoken_particle_is_no_name(body, word):
    assert word not in persons(body)


# -- 11. words of the language Kiwi guesses as proper nouns, with nothing but a particle after them --------------
# A common noun and a noun-making suffix in speech ('배정권': 배정+권), a line written after its kind of route ('도시철도 X선'),
# the short form of a body the article named in full ('부산지방노동위원회' … '부노위'), and common nouns Kiwi
# guessed as one word whose last syllable looks like a particle ('도시철도': 도시철 + 도) are no persons;
# a name with only a particle after it still is one.
COMMON_WORDS_READ_AS_NAMES = [
    ("구단 측은 \"선수보다 배정권이 핵심\"이라고 밝혔다.", "배정권"),
    ("도시철도 가람선 1단계 구간이 개통한다. 가람선은 2019년 기본계획에 처음 반영됐다.", "가람선"),
    ("도시철도 새터선 1단계 구간이 개통한다. 새터선은 2019년 기본계획에 처음 반영됐다.", "도시철"),
    ("그는 부산지방노동위원회에 구제를 신청했고, 부노위는 그의 손을 들어줬다.", "부노위"),
]


@pytest.mark.parametrize("body, word", COMMON_WORDS_READ_AS_NAMES)
def test_a_common_word_kiwi_guesses_as_a_proper_noun_is_no_person(body, word):
    assert word not in persons(body)


@pytest.mark.parametrize("body, name", [
    ("표서율은 지난해 결혼했다.", "표서율"),
    ("표서율도 그 자리에 있었다고 말했다.", "표서율"),
    ("시상대 위에 오른 강성화가 손을 흔들었다.", "강성화"),
    ("그 자리에 표서율, 강성화, 노위정 세 사람이 모였다.", "강성화"),
    ("부산지방노동위원회에 구제를 신청한 노위정은 결국 복직했다.", "노위정"),
    ("지하철에서 표서율은 결국 자리를 양보했다.", "표서율"),
])
def test_a_name_with_only_a_particle_after_it_is_still_a_person(body, name):
    assert name in persons(body)


# -- 12b. a firm Kiwi guesses whole, ending like a particle, between a name and the post --------------------------
# '표서율 가온페이 대표는': nothing stands as a subject between a name and its post, so 이 is the firm's last syllable;
# a name with the subject particle before a post it takes ('표서율이 대표를 맡았다') keeps its particle.
@pytest.mark.parametrize("body, name, title, org", [
    ("모건우 가온페이 대표는 이날 고개를 숙였다.", "모건우", "대표", "가온페이"),
    ('탁윤재 가온페이 대표는 "사과한다"고 말했다.', "탁윤재", "대표", "가온페이"),
])
def test_a_firm_ending_like_a_particle_between_a_name_and_a_post(body, name, title, org):
    assert persons(body).get(name) == (title, org)


def test_a_name_with_the_subject_particle_before_a_post_keeps_it():
    assert persons("그는 표서율이 대표를 맡았다고 말했다.").get("표서율") == (None, None)


# -- 13. one invented name in every position a desk writes it: every particle, lists, glosses, roles, captions ----
# (round 22's wide paradigm; names invented). Each row: the body and the name the rules must find.
EVERY_POSITION = [
    # the particles a name takes in a clause
    ("우다겸은 이날 결승에 올랐다.", "우다겸"),
    ("결승에 오른 우다겸이 웃었다.", "우다겸"),
    ("관객들은 우다겸을 연호했다.", "우다겸"),
    ("우다겸의 동점골로 경기는 원점이 됐다.", "우다겸"),
    ("구단은 우다겸에게 주장 완장을 맡겼다.", "우다겸"),
    ("우다겸과 함께 훈련한 동료들이 축하했다.", "우다겸"),
    ("변서안과 우다겸도 대표팀에 뽑혔다.", "우다겸"),
    ("대표팀에는 우다겸만 남았다.", "우다겸"),
    ("우다겸 씨께서 직접 설명하셨다.", "우다겸"),
    ("우다겸 씨에 대한 재판이 열렸다.", "우다겸"),
    # lists: a middle dot, 및, commas and 등, a name and the others counted
    ("이날 회의에는 변서안·우다겸·편예담 의원이 참석했다.", "변서안"),
    ("이날 회의에는 변서안·우다겸·편예담 의원이 참석했다.", "편예담"),
    ("변서안 및 우다겸 위원이 반대했다.", "우다겸"),
    ("변서안, 우다겸, 편예담 등 세 명이 기소됐다.", "편예담"),
    ("변서안 대표와 우다겸 부대표가 만났다.", "우다겸"),
    ("변서안 등 5명이 입건됐다.", "변서안"),
    ("검찰은 변서안 외 3명을 기소했다.", "변서안"),
    ("편예담 등 2명이 다쳤다.", "편예담"),
    # glosses: an age, hanja, a romanisation; words of address
    ("우다겸(45) 씨는 사고 당시를 떠올렸다.", "우다겸"),
    ("우다겸(禹多謙) 교수는 논문을 냈다.", "우다겸"),
    ("우다겸(Woo Da-gyeom) 작가는 신작을 냈다.", "우다겸"),
    ("우다겸 군은 올해 수능을 치렀다.", "우다겸"),
    ("우다겸 양은 상을 받았다.", "우다겸"),
    ("우다겸 옹은 올해 100세를 맞았다.", "우다겸"),
    # two syllables, compound surnames
    ("탁슬 씨는 집을 나섰다.", "탁슬"),
    ("남궁윤슬 씨는 집을 나섰다.", "남궁윤슬"),
    ("선우예담 감독은" + SAID, "선우예담"),
    ("제갈서안 교수는" + SAID, "제갈서안"),
    ("황보다온 작가는" + SAID, "황보다온"),
    ("독고하진 선수는 은퇴를 선언했다.", "독고하진"),
    # roles and occupations before the name
    ("주연 배우 우다겸은 시사회에서" + SAID, "우다겸"),
    ("주장 우다겸은 경기 뒤" + SAID, "우다겸"),
    ("가해자 우다겸은 혐의를 부인했다.", "우다겸"),
    ("피해자 우다겸(31)씨는" + SAID, "우다겸"),
    ("담당 의사 우다겸 교수는" + SAID, "우다겸"),
    ("신인 가수 우다겸이 데뷔했다.", "우다겸"),
    ("소설가 우다겸의 신작이 나왔다.", "우다겸"),
    ("영화감독 우다겸은 새 작품을 찍는다.", "우다겸"),
    ("1번 타자 우다겸이 안타를 쳤다.", "우다겸"),
    # captions
    ("▲ 우다겸 여울시장이 5일 시청에서 브리핑하고 있다.", "우다겸"),
    ("우다겸 새터군수(오른쪽)가 주민과 인사하고 있다.", "우다겸"),
]


@pytest.mark.parametrize("body, name", EVERY_POSITION)
def test_a_name_in_every_position_a_desk_writes_it(body, name):
    assert name in persons(body)


# Foreign names of many origins before a country and its body: the country opens the body, so no name ends in it,
# and the words read before it are the name's (a Vietnamese name of three words, a Spanish one Kiwi cuts).
FOREIGN_BEFORE_COUNTRY = [
    ("올가 페트로바 러시아 외무부 대변인은" + SAID, "올가 페트로바", "대변인", "러시아 외무부"),
    ("타티아나 소콜로바 러시아 대통령은" + SAID, "타티아나 소콜로바", "대통령", "러시아"),
    ("루시아 페레이라 브라질 보건부 장관은" + SAID, "루시아 페레이라", "장관", "브라질 보건부"),
    ("레 반 끼엠 베트남 총리는" + SAID, "레 반 끼엠", "총리", "베트남"),
    ("팜 반 뚜언 베트남 총리는" + SAID, "팜 반 뚜언", "총리", "베트남"),
    ("마리아 곤살레스 멕시코 대통령은" + SAID, "마리아 곤살레스", "대통령", "멕시코"),
    ("카를로스 멘도사 콜롬비아 대통령은" + SAID, "카를로스 멘도사", "대통령", "콜롬비아"),
    ("아흐메드 카림 이집트 외무장관은" + SAID, "아흐메드 카림", "외무장관", "이집트"),
    ("나카무라 료헤이 일본 관방장관은" + SAID, "나카무라 료헤이", "관방장관", "일본"),
    ("마크 R. 템플턴 최고경영자(CEO)는" + SAID, "마크 R. 템플턴", "최고경영자(CEO)", None),
]


@pytest.mark.parametrize("body, name, title, org", FOREIGN_BEFORE_COUNTRY)
def test_a_foreign_name_before_its_country_and_body(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# Near misses: a Korean name before a post abroad keeps its body whole; places, firms, common words and products.
NOT_NAMES_R22 = [
    ("김도겸 주한 미국 대사는" + SAID, "김도겸 주한"),
    ("김도겸 당시 미국 대사는" + SAID, "김도겸 당시"),
    ("여울시와 새터군이 협약을 맺었다.", "여울시"),
    ("한국전력은 요금을 올렸다.", "한국전력"),
    ("한라봉 수확이 시작됐다.", "한라봉"),
    ("조정안이 통과됐다.", "조정안"),
    ("서울 등 5명이 참석했다.", "서울"),
    ("여울시 등 5곳이 선정됐다.", "여울시"),
    ("한국 등 3개국이 참여했다.", "한국"),
    ("장기적으로 보면 이익이다.", "장기"),
]


@pytest.mark.parametrize("body, word", NOT_NAMES_R22)
def test_a_near_miss_is_no_name(body, word):
    assert word not in persons(body)


# Japanese names: a surname ending in 와 (川, 沢) is no word and 와 ('오가와 유키' is no 오가 and 유키), and a given name
# shaped as a Korean one ('신지', '미호') after a surname ending as Japanese ones do is the name's second word.
JAPANESE_NAMES = [
    ("오가와 유키 감독은" + SAID, "오가와 유키", "감독"),
    ("요시카와 미호 씨는 도쿄에 산다.", "요시카와 미호", None),
    ("하야카와 신지 교수는" + SAID, "하야카와 신지", "교수"),
    ("야마모토 신지 감독은" + SAID, "야마모토 신지", "감독"),
    ("시상식에는 대만 배우 린하오, 일본 감독 아라카와 신지, 배우 우다겸 등이 참석했다.", "아라카와 신지", "감독"),
]


@pytest.mark.parametrize("body, name, title", JAPANESE_NAMES)
def test_a_japanese_surname_then_a_given_name(body, name, title):
    assert persons(body).get(name) == (title, None)


@pytest.mark.parametrize("body, name, org", [
    ("한빛모토 신지호 대표는" + SAID, "신지호", "한빛모토"),
    ("청솔전자 신지호 대표는" + SAID, "신지호", "청솔전자"),
])
def test_a_korean_name_after_a_firm_ending_as_a_japanese_surname(body, name, org):
    assert persons(body).get(name)[1] == org


@pytest.mark.parametrize("body", ["국가와 국민 모두 힘들다.", "회사와 직원 모두 힘들다.", "작가와 편집자는 만났다."])
def test_a_common_word_before_wa_is_no_japanese_surname(body):
    assert persons(body) == {}


# A word in single quotes right before a post and a name is the body the post belongs to (a fan club, a circle, a
# shop), never a person; a name in quotes with 씨 or a role before it stays one.
@pytest.mark.parametrize("body, word, name", [
    ("공식 팬클럽 '달빛길' 회장 우다겸(26)씨는 울었다.", "달빛길", "우다겸"),
    ("동호회 '솔빛회' 총무 우다겸 씨는 웃었다.", "솔빛회", "우다겸"),
    ("그는 '달빛길' 회장 우다겸씨를 만났다.", "달빛길", "우다겸"),
    ("시민단체 '푸른숲' 대표 우다겸 씨는" + SAID, "푸른숲", "우다겸"),
])
def test_a_quoted_body_before_a_post_and_a_name_is_no_person(body, word, name):
    found = persons(body)
    assert word not in found and name in found


# A broadcast caption gives the speaker's age after the name ('우다겸(74) / 여울동 주민'): the age is no title.
@pytest.mark.parametrize("body, name, title, org", [
    ("폭염이 이어졌다.\n[인터뷰]\n우다겸(74) / 여울동 주민\n\"밤에도 방이 너무 뜨거워서 잠을 못 자요.\"",
     "우다겸", "주민", None),  # the place lived in is neither title nor body (affiliation.resident_of_places)
    ("[인터뷰] 우다겸(74) / 여울시청 공무원\n\"밤에도 방이 너무 뜨거워서 잠을 못 자요.\"", "우다겸", "공무원", "여울시청"),
    ("폭염이 이어졌다.\n우다겸(52) / 여울시청 공무원\n\"밤에도 방이 너무 뜨거워서 잠을 못 자요.\"", "우다겸", "공무원", "여울시청"),
])
def test_a_broadcast_caption_with_an_age(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# A name glossed with an age and more ('(29·본명 …)') that only the age rule finds keeps the role written before it.
@pytest.mark.parametrize("body, name, title", [
    ("배우 옹다겸(29·본명 옹우진)이 입소했다.", "옹다겸", "배우"),
    ("그룹 멤버 옹다겸(29·본명 옹우진)이 입소했다.", "옹다겸", "멤버"),
    ("회사원 카르멘(31)은 웃었다.", "카르멘", "회사원"),
])
def test_an_aged_name_keeps_the_role_before_it(body, name, title):
    assert persons(body).get(name) == (title, None)


@pytest.mark.parametrize("body, name", [
    ("이날 본회의장에는 변서안 행정부지사와 편예담 경제부지사가 자리했다.", "변서안"),
    ("이날 변호사와 우다겸 교수가 만났다.", "우다겸"),
])
def test_a_post_ending_in_sawa_before_a_name_is_no_japanese_surname(body, name):
    assert name in persons(body) and not any(n.endswith(("사와", "가와")) for n in persons(body))


@pytest.mark.parametrize("body, name", [
    pytest.param("경찰은 우다겸로부터 진술을 받았다.", "우다겸", marks=pytest.mark.xfail(
        strict=True, reason="a bare name before 로부터/에 대해 (particles places take too) needs a person cue not yet read")),
    pytest.param("검찰은 우다겸에 대해 구속영장을 청구했다.", "우다겸", marks=pytest.mark.xfail(
        strict=True, reason="a bare name before 로부터/에 대해 (particles places take too) needs a person cue not yet read")),
])
def test_a_bare_name_before_a_particle_places_share(body, name):
    assert name in persons(body)


# -- words the morphology guesses as names: how long, a storm, a club, an office with its county --------------
@pytest.mark.parametrize("body, word", [
    ("다솔군은 오는 12일부터 사흘간 다솔읍 별빛공원 일대에서 '누리 고추축제'를 연다.", "사흘간"),
    ("바람재군은 오는 9일부터 이틀간 바람재읍 생활체육장 일대에서 축제를 연다.", "이틀간"),
    ("농성은 닷새째 다솔읍 별빛공원 앞에서 이어졌다.", "닷새째"),
    ("제14호 태풍 '가람솔'이 오늘(17일) 새벽 전남 솔매군 부근에 상륙했습니다. 태풍 '가람솔' 솔매 상륙…남해안 정전", "가람솔"),
    ("제5호 태풍 하늬결이 제주를 지나 북상 중이다.", "하늬결"),
    ("허리케인 도담별이 북상하자 주민들이 대피했다.", "도담별"),
    ("한울화재 스톰윙스가 챔피언결정전 2차전을 따냈다.", "한울화재 스톰윙스"),
    ("솔마루생명 핑크스완스는 홈에서 2연패를 당했다.", "솔마루생명 핑크스완스"),
    ("다솔군수 후보 TV토론회…'공단 유치' 놓고 공방", "다솔군수"),
    ("솔매시장 후보 초청 토론회가 지난 21일 열렸다.", "솔매시장"),
    ("다온구청장 후보들이 첫 토론회에서 맞붙었다.", "다온구청장"),
])
def test_a_span_a_storm_a_club_or_an_office_is_no_person(body, word):
    assert word not in persons(body)


# -- a craft named in quotation marks before '호' (a ship, an aircraft, a train, a satellite), then without them ---
CRAFT = "해운사 갈마루해운은 16일 새로 사들인 {kind} '{n}'호를 처음 공개했다.\n\n{n}호는 길이 299m다.\n\n{n}호는 이달 말 첫 항해에 나선다."


@pytest.mark.parametrize("body, word", [
    (CRAFT.format(kind="LNG 운반선", n="테살리아 스타"), "테살리아 스타호"),
    (CRAFT.format(kind="컨테이너선", n="칼리오나 스타"), "칼리오나 스타호"),
    (CRAFT.format(kind="유람선", n="미르카나 퀸"), "미르카나 퀸호"),
    (CRAFT.format(kind="탐사선", n="베르미온 노바"), "노바호"),
    (CRAFT.format(kind="여객선", n="로렌티아 드림"), "로렌티아 드림호"),
    ("관광열차 ‘카르멜라 호프’호가 첫 운행에 나섰다.\n\n카르멜라 호프호는 하루 두 번 다닌다.\n\n카르멜라 호프호는 만석이었다.",
     "카르멜라 호프호"),
    ("해군은 잠수함 \"이스메니아 스타\"호를 진수했다.\n\n이스메니아 스타호는 내년 배치된다.\n\n이스메니아 스타호는 3천t급이다.",
     "이스메니아 스타호"),
])
def test_a_craft_named_before_ho_is_no_person(body, word):
    assert word not in persons(body)


@pytest.mark.parametrize("body, name", [
    ("선장 곽무겸 씨는 '누리벨로'호에서 \"항해는 순조롭다\"고 말했다.", "곽무겸"),
    ("부산 '코르델리'호텔에서 곽무겸 대표가 \"객실이 찼다\"고 말했다.", "곽무겸"),
    (CRAFT.format(kind="LNG 운반선", n="테살리아 스타") + "\n\n배 이름은 선주의 딸 엘리사 비도스 씨가 지었다.", "엘리사 비도스"),
])
def test_the_people_around_a_named_craft_are_kept(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body, name, org", [
    ("사회를 맡은 한빛대 신문방송학과 모서휘 교수는 토론 뒤 \"재원 방안이 빠졌다\"고 평가했다.", "모서휘", "한빛대"),
    ("사회를 맡은 솔빛대 언론홍보학과 모서휘 교수는 토론 뒤 \"재원 방안이 빠졌다\"고 평가했다.", "모서휘", "솔빛대"),
    ("진행을 맡은 누리대 경영학부 탁서율 교수는 \"질문이 날카로웠다\"고 말했다.", "탁서율", "누리대"),
    ("심사를 맡은 다온대병원 소화기내과 여다겸 교수는 \"결과가 좋다\"고 말했다.", "여다겸", "다온대병원"),
    ("사흘간 열린 대회에서 정다림 선수가 우승했다.", "정다림", None),
    ("데릭 하워스 감독은 \"선수들이 잘 버텼다\"고 말했다.", "데릭 하워스", None),
])
def test_the_person_next_to_such_words_is_still_found(body, name, org):
    """The university's short name and its department before a titled name are the body, never a person."""
    found = persons(body)
    assert set(found) == {name}
    if org:
        assert org in (found[name][1] or "")


# -- a Chinese name in Hangul with no title, written again as a clause's subject ----------------------------
@pytest.mark.parametrize("body, name", [
    ("여우주연상은 대만 영화 '남쪽 섬의 등불'의 류샤오첸이 받았다. 통역사를 거쳐 수상 소감을 밝힌 류샤오첸은 "
     "\"서울 관객들의 환호를 오래 기억할 것\"이라고 말했다.", "류샤오첸"),
    ("남자배우상은 중국 영화 '남쪽 섬의 등불'의 왕하오란이 받았다. 무대에 오른 왕하오란은 \"감사하다\"고 말했다.", "왕하오란"),
    ("홍콩 가수 천쉐링이 내한 공연을 연다. 천쉐링은 다음 달 서울에서 두 차례 무대에 선다.", "천쉐링"),
])
def test_an_untitled_chinese_name_the_article_repeats_is_a_person(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body, word", [
    ("왕하오란 감독의 신작 '남쪽 섬의 등불'이 개봉했다.", "남쪽 섬의 등불"),
    ("자오멍치가 받았다.", "자오멍치"),  # written once, with nothing else of a person: left alone
])
def test_a_chinese_word_written_once_is_no_untitled_chinese_name(body, word):
    assert word not in persons(body)


def test_a_bare_day_count_can_still_be_a_stage_name():
    """Only the day count with its suffix ('이틀간') is never a name; '하루' alone may be one."""
    assert "하루" in persons("가수 하루 씨가 사흘간 다솔읍 별빛공원에서 공연했다.")


# A broadcast caption behind a pointing mark or bullet ('☞', '▶', '■'), the name split by '/', '|' or ',', names a person
# with a post; a heading so marked and split names none.
@pytest.mark.parametrize("caption, name, title, org", [
    ("☞ 우다겸 / 여울농민연대 의장", "우다겸", "의장", "여울농민연대"),
    ("▶ 우다겸 | 여울농민연대 의장", "우다겸", "의장", "여울농민연대"),
    ("■ 우다겸(67) / 여울농민연대 의장", "우다겸", "의장", "여울농민연대"),
    ("우다겸, 여울농민연대 의장", "우다겸", "의장", "여울농민연대"),
    ("☞ 하비에르 로사리오 / 다솔FC 수석코치", "하비에르 로사리오", "수석코치", "다솔FC"),
])
def test_a_marked_broadcast_caption(caption, name, title, org):
    assert persons(f"농민들이 모였다.\n{caption}\n\"약속한 수매가를 꼭 지켜 주십시오.\"")[name] == (title, org)


@pytest.mark.parametrize("heading", ["■ 쌀값, 다시 오를까", "▶ 현장 분위기 | 세종"])
def test_a_marked_heading_is_no_caption(heading):
    assert persons(f"농민들이 모였다.\n{heading}\n\"약속한 수매가를 꼭 지켜 주십시오.\"") == {}


# A firm's post written as an English job title in Hangul ('스페셜리스트', '코디네이터', '어드바이저'), after a name with or
# without the unit before it ('…팀의 X 스페셜리스트는'), is the person's title: the person is found and speaks.
@pytest.mark.parametrize("body, name, title", [
    ("다솔옥션 고미술부의 우다겸 스페셜리스트는" + SAID, "우다겸", "스페셜리스트"),
    ("다솔옥션 고미술부 우다겸 스페셜리스트는" + SAID, "우다겸", "스페셜리스트"),
    ("다솔옥션의 우다겸 스페셜리스트는" + SAID, "우다겸", "스페셜리스트"),
    ("다솔미술관 교육팀의 우다겸 코디네이터는" + SAID, "우다겸", "코디네이터"),
    ("다솔증권 자산관리센터의 우다겸 어드바이저는" + SAID, "우다겸", "어드바이저"),
    ("다솔전자 디자인센터의 우다겸 아트디렉터는" + SAID, "우다겸", "아트디렉터"),
    ("다솔백화점 식품부의 우다겸 머천다이저는" + SAID, "우다겸", "머천다이저"),
    ("스페셜리스트 우다겸 씨는" + SAID, "우다겸", "스페셜리스트"),
])
def test_a_loan_title_after_a_name(body, name, title):
    assert persons(body)[name][0] == title


# A given name Kiwi reads as the copula and a connective ending ('강이든': 강/NNG 이/VCP 든/EC) right before a title is a
# name; the same words in a clause ('안이든 밖이든') are none.
@pytest.mark.parametrize("body, name", [
    ("다솔옥션 고미술부의 강이든 스페셜리스트는" + SAID, "강이든"),
    ("가람대의 윤이든 교수는" + SAID, "윤이든"),
    ("윤이든 매니저는" + SAID, "윤이든"),
])
def test_a_given_name_read_as_a_connective_before_a_title(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body", ["안이든 밖이든 교수는 연구실을 지켰다.", "정이든 사랑이든 다 지나간다고 교수는 말했다."])
def test_a_connective_clause_before_a_title_names_nobody(body):
    assert persons(body) == {}


# A unit of a body written before a titled name with 의 ('…연구원 경제분석실의 X 연구위원'), its body's last word a title
# too ('연구원'): the unit is no person, whatever its ending (실, 팀, 부, 과, 센터, 본부).
@pytest.mark.parametrize("unit", ["미시경제실", "국제경제실", "금융시장실", "경제전망실", "글로벌경제실", "거시전략팀", "해외영업부",
                                  "기후대응과", "동향분석센터", "디지털전략본부"])
def test_a_unit_after_a_body_ending_like_a_title_is_no_person(unit):
    body = f"달러 강세가 이어진다. 솔가온금융연구원 {unit}의 우다겸 연구위원은 \"금리 차가 벌어질 수 있다\"고 내다봤다."
    assert set(persons(body)) == {"우다겸"}


# Who owns, holds, buys or gives a thing, and the parties of a contract ('어느 개인 소장가가', '소유자 X씨'): common nouns, no
# name, no title; the person named after one is found.
@pytest.mark.parametrize("body, name", [
    ("그림은 1970년대 말부터 어느 개인 소장가가 간직해 왔다. 소장가 우다겸(81)씨는 \"새 주인이 아껴 주길 바란다\"고 말했다.", "우다겸"),
    ("건물은 한 개인 소유자가 관리해 왔다. 소유자 우다겸(81)씨는 \"새 주인이 아껴 주길 바란다\"고 말했다.", "우다겸"),
    ("그림은 해외 구매자가 사들였다. 위탁자 우다겸(81)씨는 \"새 주인이 아껴 주길 바란다\"고 말했다.", "우다겸"),
    ("상속인이 모두 동의했다. 임차인 우다겸(41)씨는 \"보증금을 돌려받고 싶다\"고 말했다.", "우다겸"),
])
def test_a_holder_noun_is_no_name_and_no_title(body, name):
    assert persons(body) == {name: (None, None)}


# The head of a body named after a place of work ending in 장, or of a station ('극장장', '농장장', '역장'), after a
# name and the body: a title.
@pytest.mark.parametrize("body, name, title, org", [
    ("우다겸 솔바람씨어터 극장장은" + SAID, "우다겸", "극장장", "솔바람씨어터"),
    ("우다겸 누리아트센터 극장장은" + SAID, "우다겸", "극장장", "누리아트센터"),
    ("우다겸 극장장은" + SAID, "우다겸", "극장장", None),
    ("우다겸 누리농장 농장장은" + SAID, "우다겸", "농장장", "누리농장"),
])
def test_the_head_of_a_place_of_work(body, name, title, org):
    assert persons(body)[name] == (title, org)


# A foreign word and a kin or works noun making the whole title of a work between its marks ('피가로의 결혼',
# 《…의 딸》) name a character, no person of the story; written bare, the kin noun still says a person.
@pytest.mark.parametrize("body", ["2부는 도니체티의 '로웨나의 결혼' 아리아 두 곡이 채웠다.", "2부는 도니체티의 《로웨나의 결혼》 아리아 두 곡이 채웠다.",
                                  "그는 '로잘린의 딸'이라는 소설을 냈다."])
def test_a_name_inside_a_quoted_work_title_is_no_person(body):
    assert persons(body) == {}


def test_a_foreign_name_before_a_kin_noun_outside_a_title_is_a_person():
    assert "로잘린" in persons("로잘린의 딸이 태어났다.")


# A given name whose last syllable is also 'only' ('표영만': 표영/NNG 만/JX) right before a post, or a body and a post,
# is a name; a common noun taking 'only' before a role word in a clause is none.
@pytest.mark.parametrize("body, name", [
    ("표영만 누리소방서장은" + SAID, "표영만"),
    ("표영만 다솔대 교수는" + SAID, "표영만"),
    ("표영만 교수는" + SAID, "표영만"),
    ("시는 표영만 누리소방서장과 함께 점검에 나섰다.", "표영만"),
    ("시는 표영만 소방서장을 만났다.", "표영만"),
])
def test_a_given_name_ending_in_man_before_a_post(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body", ["회의에는 가족만 대표로 참석했다.", "이번에는 주민만 대표가 되었다.", "올해는 지역만 위원장이 바뀌었다."])
def test_a_noun_with_only_before_a_role_word_is_no_name(body):
    assert persons(body) == {}


# A firm and its plant or site, then a titled Korean name ('다솔화학 여수공장 표영만 공장장'): the two words are the body,
# never a foreign name; the Korean name is the person.
@pytest.mark.parametrize("body, org, title", [
    ("다솔화학 여수공장 표영만 공장장은" + SAID, "다솔화학 여수공장", "공장장"),
    ("다솔화학 울주공장 표영만 공장장은" + SAID, "다솔화학 울주공장", "공장장"),
    ("다솔제철 광양제철소 표영만 소장은" + SAID, "다솔제철 광양제철소", "소장"),
    ("다솔전자 구미사업장 표영만 상무는" + SAID, "다솔전자 구미사업장", "상무"),
    ("다솔케미칼 울주공장 표영만 공장장은" + SAID, "다솔케미칼 울주공장", "공장장"),
    ("다솔바이오 오송캠퍼스 표영만 소장은" + SAID, "다솔바이오 오송캠퍼스", "소장"),
])
def test_a_firm_and_its_plant_before_a_titled_korean_name(body, org, title):
    assert persons(body) == {"표영만": (title, org)}


@pytest.mark.parametrize("body, name, org", [
    ("다솔시를 방문한 그레고르 한스베리 뉴질랜드 국방장관과 만났다.", "그레고르 한스베리", "뉴질랜드"),
    ("다솔시를 방문한 하미드 알자비르 요르단 외무장관과 만났다.", "하미드 알자비르", "요르단"),
])
def test_a_foreign_name_and_a_country_before_a_post_stay_the_person_and_the_body(body, name, org):
    assert persons(body)[name][1] == org


# A firm named by its relation to another ('미국 파트너사 X', '경쟁사 X', '고객사 X'): the kind of firm is no title and the
# firm after it no person.
@pytest.mark.parametrize("kind", ["파트너사", "고객사", "경쟁사", "합작사", "공급사"])
def test_a_firm_named_by_its_relation_is_no_person(kind):
    body = f"미국 {kind} 노르다 테라퓨틱스의 알마 벤트 최고의학책임자(CMO)도 \"3상은 올해 시작한다\"고 밝혔다."
    assert "노르다 테라퓨틱스" not in persons(body)


# A member's bracket ends with where the member was elected: a place and 갑/을/병/정 (the halves of one place that elect one
# member each), a numbered 선거구, 비례대표 or 전국구. It is no person, after a party, after 무소속 or alone after the post.
@pytest.mark.parametrize("body, name, title, org", [
    ("표서율 의원(온빛미래당, 가솔갑)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 의원(무소속·모산을)은" + SAID, "표서율", "의원", "무소속"),
    ("표서율 의원(온빛미래당·서울 구담병)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 의원(온빛미래당·가솔시정)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 의원(온빛미래당·가솔시갑)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 의원(온빛미래당, 가솔 갑)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 의원(온빛미래당·비례대표)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 의원(온빛미래당·전국구)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 의원(온빛미래당, 구담갑)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 의원(온빛미래당·모산정)은" + SAID, "표서율", "의원", "온빛미래당"),
    ("표서율 후보(모산을)는" + SAID, "표서율", "후보", None),
    ("표서율(온빛미래당·구담병) 후보는" + SAID, "표서율", "후보", "온빛미래당"),
])
def test_a_constituency_in_a_members_bracket_is_no_person(body, name, title, org):
    assert persons(body) == {name: (title, org)}


# Near misses: persons in a bracket, or a name ending in 을 beside a member, stay persons.
@pytest.mark.parametrize("body, names", [
    ("두 사람(표서율·남하을)은" + SAID, {"표서율", "남하을"}),
    ("표서율 대표(온빛미래당)와 남하을 의원(무소속·너븐들을)은" + SAID, {"표서율", "남하을"}),
])
def test_a_name_ending_like_a_constituency_stays_a_person(body, names):
    assert set(persons(body)) == names


# A player named alone at a sentence's start as the subject of what only a player does, whose given name ends in a
# syllable Kiwi reads as a particle before the topic ('표아로는': 로 + 는; '탁온와는': 와 + 는; '금소나는': 나 + 는):
# the name is a person, and the quotation opening the paragraph before it is theirs.
@pytest.mark.parametrize("body, name", [
    ('"오늘은 바람이 많이 도와줬어요." 표아로는 18번 홀에서 버디를 잡았다.', "표아로"),
    ('"공이 손에 잘 붙었어요." 금소나는 7이닝을 던졌다.', "금소나"),
    ('"공이 손에 잘 붙었어요." 금소나는 결승골을 넣었다.', "금소나"),
    ('"공이 손에 잘 붙었어요." 탁온와는 7이닝을 막았다.', "탁온와"),
    ('"오늘은 퍼트가 정말 잘 들어갔어요." 표아로는 마지막 날 6타를 줄였다.', "표아로"),
])
def test_a_player_whose_name_kiwi_cuts_at_a_particle_is_the_subject(body, name):
    found, mentions = person.find(body, Context(None))
    assert {p.name for p in found} == {name}
    assert [q.speaker for q in quote.find(body, found, mentions, Context(None))] == [name]


# Near misses: a common word or a road with the same particles, or a cut name whose sentence says nothing only people do.
@pytest.mark.parametrize("body", [
    "새 방식으로는 어렵다. 정부로는 부담이다. 김치와는 다르다. 조사로는 부족하다.",
    "다래울로는 출근길마다 막힌다.",
    "표아로는 지난해 문을 열었다.",
])
def test_a_word_cut_at_a_particle_without_a_players_doing_is_no_person(body):
    assert persons(body) == {}


# A surname and a three-syllable native given name ('탁온새봄'): outside the name shape in open text, a name where the
# phrase proves one: before a post with a party bracket, between a party and a member's post, in an apposition with a
# title (and opening its clause before a body and a post), with 씨.
@pytest.mark.parametrize("body, name, title, org", [
    ("봉다래솔 의원(온빛미래당·다래울갑)은" + SAID, "봉다래솔", "의원", "온빛미래당"),
    ("육새롬결 의원(무소속·너븐들을)은" + SAID, "육새롬결", "의원", "무소속"),
    ("한별미래당 봉다래솔 의원은" + SAID, "봉다래솔", "의원", "한별미래당"),
    ("한별미래당 표보람찬 의원은" + SAID, "표보람찬", "의원", "한별미래당"),
    ("의원인 육새롬결 씨는" + SAID, "육새롬결", "의원", None),
    ("표보람찬 씨는" + SAID, "표보람찬", None, None),
    ("표보람찬(42) 씨는" + SAID, "표보람찬", None, None),
    ("표보람찬 솔뫼전자 사장은" + SAID, "표보람찬", "사장", "솔뫼전자"),
    ("봉다래솔 솔뫼전자 사장은" + SAID, "봉다래솔", "사장", "솔뫼전자"),
])
def test_a_surname_and_a_three_syllable_given_name_where_the_phrase_proves_it(body, name, title, org):
    assert persons(body) == {name: (title, org)}


# Near misses: four syllables in open text, or four syllables between a party and a post that are dictionary words.
@pytest.mark.parametrize("body", [
    "표보람찬은 어제 떠났다.",
    "한별미래당 원내대표단 의원은" + SAID,
    "새빛당 소속의원 의원은" + SAID,
    "해외영업 솔뫼전자 사장은" + SAID,
    "솔뫼그룹 솔뫼전자 사장은" + SAID,
    "올해 상반기 솔뫼전자 사장은" + SAID,
])
def test_four_syllables_the_phrase_does_not_prove_a_name_are_no_person(body):
    assert not {n for n in persons(body) if len(n) == 4}


# A unit the person heads, named in the clause before the name ('여신심사그룹을 이끄는 X 부행장'): the organisation is
# as written beside the name, the unit, with its body only when the body is written there too; a body the sentence
# before names is not joined to it.
@pytest.mark.parametrize("body, name, title, org", [
    ("솔뫼은행은 조직을 개편했다. 여신심사그룹을 이끄는 탁온새 부행장은" + SAID, "탁온새", "부행장", "여신심사그룹"),
    ("솔뫼전자는 실적을 냈다. 배터리사업부를 총괄하는 탁온새 사장은" + SAID, "탁온새", "사장", "배터리사업부"),
    ("솔뫼구청은 단속을 늘렸다. 공원녹지과를 맡고 있는 탁온새 과장도" + SAID, "탁온새", "과장", "공원녹지과"),
    ("솔뫼구청 공원녹지과를 맡고 있는 탁온새 과장도" + SAID, "탁온새", "과장", "솔뫼구청 공원녹지과"),
    ("여신심사그룹을 맡고 있는 탁온새 솔뫼은행 부행장은" + SAID, "탁온새", "부행장", "솔뫼은행"),
])
def test_a_unit_led_in_the_clause_before_the_name_is_the_organisation_as_written(body, name, title, org):
    assert persons(body) == {name: (title, org)}


# -- round 28: common nouns of closed kinds that Kiwi reads as a surname and a given name ------------------
@pytest.mark.parametrize("body, word", [
    ("도하랑은 씨름대회 백두급 결승에서 이겼다. 태백급과 금강급, 한라급 결승은 다음 날 열렸다.", "태백급"),
    ("도하랑은 유도 헤비급 결승에서 한판승을 거뒀다. 라이트급과 미들급도 열렸다.", "라이트급"),
    ("도하랑은 복싱 밴텀급 타이틀을 지켰다. 플라이급 경기는 다음 달 열린다.", "플라이급"),
    ("도하랑은 레슬링 남자 자유형 74㎏급에서 우승했다. 여자부 국화급과 매화급 결승도 열렸다.", "국화급"),
    ("정부는 장관급 회담을 열었다. 차관급 협의는 다음 주에 한다.", "장관급"),
    ("올겨울 라니냐가 이어지면서 한파가 잦을 것으로 보인다.", "라니냐"),
    ("엘니뇨와 라니냐가 번갈아 나타나며 소나기가 잦아졌다.", "소나기"),
    ("원도심 상권이 살아나고 있다. 구도심과 신도심을 잇는 트램도 놓인다.", "원도심"),
    ("구도심 인구가 줄었다고 시는 밝혔다.", "구도심"),
])
def test_classes_weather_and_city_parts_are_no_person(body, word):
    assert word not in persons(body)


@pytest.mark.parametrize("body, name", [
    ("백두급 도하랑은 결승에서 이겼다. 도하랑은 \"기쁘다\"고 말했다.", "도하랑"),
    ("라이트급 챔피언 한서겸은 \"타이틀을 지키겠다\"고 말했다.", "한서겸"),
    ("원도심 상인 모서겸 씨는 \"손님이 늘었다\"고 말했다.", "모서겸"),
])
def test_a_name_beside_a_class_or_city_word_stays(body, name):
    assert name in persons(body)


# -- round 28: a verb's modifier form before a role describes the person, it names nobody ----------------
@pytest.mark.parametrize("body, word", [
    ("감독은 \"그는 새벽 훈련에 빠짐없이 나오는 선수\"라고 칭찬했다.", "나오는"),
    ("코치는 \"팀에서 가장 오래 뛰었던 선수\"라고 말했다.", "뛰었던"),
    ("그는 \"올해 처음 지명된 선수\"라고 소개됐다.", "지명된"),
    ("그는 \"마지막까지 남아 연습하는 선수\"라고 했다.", "연습하는"),
])
def test_a_modifier_clause_before_a_role_is_no_name(body, word):
    assert word not in persons(body)


def test_a_name_before_a_role_stays_beside_a_modifier_clause():
    found = persons("마루빛 씨름단 길서담 선수는 \"새벽 훈련에 빠짐없이 나오는 선수가 되겠다\"고 말했다.")
    assert "길서담" in found and "나오는" not in found


# -- round 28: a body, then its department ending in 과 and a titled name: the 과 is no joining particle -----
@pytest.mark.parametrize("body, name, org", [
    ("복지부 보험정책과 길서담 과장은 \"협의를 이어가겠다\"고 말했다.", "길서담", "복지부 보험정책과"),
    ("과기정통부 우주정책과 길서담 과장은 \"발사를 돕겠다\"고 말했다.", "길서담", "과기정통부 우주정책과"),
    ("복지부 약제정책과 모서겸 과장은 \"대화 창구를 열어 두겠다\"고 말했다.", "모서겸", "복지부 약제정책과"),
    ("교육부 학생지원과 모서겸 사무관은 \"곧 발표하겠다\"고 말했다.", "모서겸", "교육부 학생지원과"),
    ("누리시 도시계획과 나윤재 주무관은 \"검토 중\"이라고 말했다.", "나윤재", "누리시 도시계획과"),
    ("청람교육청 체육지원과 탁하민 장학관은 \"점검하겠다\"고 말했다.", "탁하민", "청람교육청 체육지원과"),
])
def test_a_department_ending_in_gwa_before_a_titled_name(body, name, org):
    found = persons(body)
    assert found.get(name, (None, None))[1] == org
    assert len(found) == 1


@pytest.mark.parametrize("body, first, second", [
    ("배우 길서담과 모서겸 감독은 \"함께 찍겠다\"고 말했다.", "길서담", "모서겸"),
    ("나윤재 의원과 탁하민 의원은 법안을 냈다.", "나윤재", "탁하민"),
])
def test_two_names_joined_by_gwa_stay_two_persons(body, first, second):
    found = persons(body)
    assert first in found and second in found


# -- round 28: a province's full name ends in 도, which is no particle: the name before it heads the clause -----
@pytest.mark.parametrize("body, name, org", [
    ("나윤재 강원특별자치도 환경국장은 \"외출을 줄여달라\"고 당부했다.", "나윤재", "강원특별자치도"),
    ("탁하민 전북특별자치도 복지여성국장은 \"살피겠다\"고 말했다.", "탁하민", "전북특별자치도"),
    ("모서겸 충청남도 기획조정실장은 \"검토하겠다\"고 말했다.", "모서겸", "충청남도"),
    ("길서담 제주특별자치도 관광국장은 \"늘리겠다\"고 말했다.", "길서담", "제주특별자치도"),
])
def test_a_name_before_a_province_and_its_post(body, name, org):
    assert persons(body).get(name, (None, None))[1] == org


def test_a_name_ending_in_do_is_still_read_before_a_post():
    assert "모서겸" in persons("강원도도 대책을 냈다. 모서겸 국장은 \"점검하겠다\"고 말했다.")


# -- round 28: '<country> 출신 <occupation> A B': the origin announces a foreign name, whatever Kiwi makes of it ----
@pytest.mark.parametrize("body, name, title", [
    ("사회는 스위스 출신 미술평론가 파비앵 마레가 맡았다.", "파비앵 마레", "미술평론가"),
    ("벨기에 출신 영화감독 오렐리앵 소렐은 \"기쁘다\"고 말했다.", "오렐리앵 소렐", "영화감독"),
    ("캐나다 출신 작가 다미앵 보네가 책을 냈다.", "다미앵 보네", "작가"),
])
def test_an_origin_and_an_occupation_before_a_foreign_name(body, name, title):
    assert persons(body).get(name, (None, None))[0] == title


@pytest.mark.parametrize("body", ["벨기에 출신 영화평론가 모임이 열렸다.", "벨기에 출신 배우 두 명이 참석했다."])
def test_an_origin_and_an_occupation_before_common_words_name_nobody(body):
    assert persons(body) == {}


# -- round 28: a firm the article wrote after its kind ('해운사 X') is a body before a name and a post ----------------
@pytest.mark.parametrize("body, name, org", [
    ("해운사 한결마린은 배를 띄웠다. 한결마린 탁하민 대표는 \"기쁘다\"고 말했다.", "탁하민", "한결마린"),
    ("건설사 솔빛마린은 수주를 알렸다. 솔빛마린 모서겸 대표는 \"기쁘다\"고 말했다.", "모서겸", "솔빛마린"),
    ("스타트업 누리셀린은 투자를 받았다. 누리셀린 나윤재 대표는 \"기쁘다\"고 말했다.", "나윤재", "누리셀린"),
])
def test_a_firm_named_after_its_kind_before_a_titled_name(body, name, org):
    assert persons(body).get(name, (None, None))[1] == org


# -- round 28: '<field> 총괄/담당/전담/책임' before a name is the person's portfolio, no body -------------------------
@pytest.mark.parametrize("body, name", [
    ("칩 설계를 이끈 보안 총괄 모서겸 상무는 \"늘렸다\"고 말했다.", "모서겸"),
    ("마케팅 담당 나윤재 이사는 \"늘리겠다\"고 말했다.", "나윤재"),
    ("품질 전담 탁하민 팀장은 \"점검했다\"고 말했다.", "탁하민"),
])
def test_a_portfolio_before_a_name_is_no_organisation(body, name):
    assert persons(body).get(name, ("x", "x"))[1] is None


def test_a_body_before_a_name_stays_beside_a_portfolio_word():
    assert persons("솔바람전자 모서겸 상무는 \"늘렸다\"고 말했다.")["모서겸"][1] == "솔바람전자"


def test_a_body_before_a_field_and_a_portfolio_word_stays():
    assert persons("가람증권 유통 담당 나윤재 연구원은 \"늘렸다\"고 말했다.")["나윤재"][1] == "가람증권 유통 담당"


# -- round 29: a kind of firm written BEFORE a name ('노르웨이 선사 X Y와', '해운사 X Y가') makes X Y that firm -------
# '선사' after a name is a Zen master's title, and '기업인' a person: those stay people.
@pytest.mark.parametrize("body, firm", [
    ("조선사는 20일 노르웨이 선사 빈데르 라스모센과 운반선 4척 건조 계약을 맺었다.", "빈데르 라스모센"),
    ("핀란드 해운사 쿨타 메리와 계약을 맺었다. 쿨타 메리는 유럽 항로를 운항한다.", "쿨타 메리"),
    ("그리스 선주사 아르테니 칼로포스와 유조선 2척 계약을 맺었다.", "아르테니 칼로포스"),
    ("네덜란드 해운사 빈데르 라스모센이 부산항에 들어왔다.", "빈데르 라스모센"),
])
def test_a_firm_after_its_kind_is_no_person(body, firm):
    assert firm not in persons(body)


@pytest.mark.parametrize("body, name, title", [
    ("조계종 원로 도윤 선사는 \"마음을 비우라\"고 말했다.", "도윤", "선사"),
    ("기업인 표서율 씨는 \"좋다\"고 말했다.", "표서율", None),
    ("중소기업 대표 표서율 씨는 \"좋다\"고 말했다.", "표서율", "대표"),
])
def test_a_person_beside_a_firm_kind_word_stays(body, name, title):
    assert persons(body).get(name, ("x", "x"))[0] == title


# -- round 29: a Chinese name is one word; after '중국의' or '대만 출신' it is the country's person, with no post -----
@pytest.mark.parametrize("body, name", [
    ("1위는 한국의 표하린, 2위는 중국의 쑨하오밍이 차지했다.", "쑨하오밍"),
    ("대만의 천야오팅은 동메달을 땄다.", "천야오팅"),
    ("중국 출신 궈쯔웨이가 결승에 올랐다.", "궈쯔웨이"),
    ("중국의 류자오웨이가 금메달을 땄다.", "류자오웨이"),
])
def test_a_one_word_chinese_name_after_its_country(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body, word", [
    ("중국의 광저우가 새 공항을 열었다.", "광저우"),
    ("중국의 샤오미가 신제품을 냈다.", "샤오미"),
    ("중국의 바이두가 새 모델을 공개했다.", "바이두"),
    ("중국의 쿤산시가 공단을 세웠다.", "쿤산시"),
])
def test_a_chinese_place_or_firm_after_its_country_is_no_person(body, word):
    assert word not in persons(body)


# -- round 29: Kiwi reads a name's last consonant as a spoken 는 ('기록훈': 기록/NNG 후/NNG ᆫ/JX); news spells
# particles out, so before a post the word is the name whole, after a unit ending in 과 too ('교원정책과',
# which Kiwi reads as the particle 'and') ----------------
@pytest.mark.parametrize("body, name, org", [
    ("교육부 교원정책과 기록훈 과장은 \"혼란이 없도록 하겠다\"고 말했다.", "기록훈", "교육부 교원정책과"),
    ("교육부 학교정책과 기록훈 과장이 \"혼란이 없도록 하겠다\"고 말했다.", "기록훈", "교육부 학교정책과"),
    ("교육부 기록훈 과장은 \"혼란이 없도록 하겠다\"고 말했다.", "기록훈", "교육부"),
])
def test_a_name_read_with_a_contracted_particle_before_a_post(body, name, org):
    assert persons(body).get(name, (None, None))[1] == org


@pytest.mark.parametrize("body", [
    "\"회사는 어젠 좋았다\"고 말했다.",
    "\"이건 과장이 맡을 일\"이라고 말했다.",
])
def test_a_spoken_contraction_is_no_name(body):
    assert persons(body) == {}


# -- round 29: a Vietnamese name is a family name, a one-syllable middle word (반, 티) and a given name, which may be a
# Korean dictionary word ('록', '안'); with a city and a post after it, the three words are the name -----------------
@pytest.mark.parametrize("body, name, org", [
    ("표서율 한베교류협회 회장(58), 보 반 남 칸토시 부시장 등이 함께한다.", "보 반 남", "칸토시"),
    ("응우옌 반 록 칸토시 부시장 등이 함께한다.", "응우옌 반 록", "칸토시"),
    ("쩐 반 안 칸토시 부시장은 \"좋다\"고 말했다.", "쩐 반 안", "칸토시"),
    ("이 자리에는 팜 티 록 칸토시 부시장이 참석했다.", "팜 티 록", "칸토시"),
])
def test_a_vietnamese_name_ending_in_a_dictionary_word(body, name, org):
    assert persons(body).get(name, (None, None)) == ("부시장", org)


@pytest.mark.parametrize("body, name, org", [
    ("마르코 벨리 록 페스티벌 감독은 \"좋다\"고 말했다.", "마르코 벨리", "록 페스티벌"),  # no Vietnamese family name
    ("하비에르 로살레스 배구 국가대표팀 감독은 \"좋다\"고 말했다.", "하비에르 로살레스", "배구 국가대표팀"),
])
def test_a_field_word_after_another_foreign_name_opens_the_body(body, name, org):
    assert persons(body).get(name, (None, None))[1] == org
