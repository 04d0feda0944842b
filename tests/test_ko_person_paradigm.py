"""Paradigms of how Korean news names a person: every order and bracket of name, organisation and title,
untitled people glossed in brackets, foreign names in both orders, and name-shaped words that are no person.
Written from press style, one row per spelling, with invented names; negative rows are look-alikes."""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: (p.title, p.organization) for p in found}


SAID = ' "이번 일은 분명히 짚고 넘어가야 한다"고 말했다.'

# -- 1. name, organisation and title in every order and bracket ------------------------------------------
ORDERS = [
    ("한빛전자 사장 도윤재는" + SAID, "도윤재", "사장", "한빛전자"),
    ("도윤재 한빛전자 사장은" + SAID, "도윤재", "사장", "한빛전자"),
    ("한빛전자 도윤재 사장은" + SAID, "도윤재", "사장", "한빛전자"),
    ("한빛전자의 도윤재 사장도" + SAID, "도윤재", "사장", "한빛전자"),
    ("가람시청 대변인 도윤재가" + SAID, "도윤재", "대변인", "가람시청"),
    ("대변인 도윤재는" + SAID, "도윤재", "대변인", None),
    ("도윤재 사장(한빛전자)은" + SAID, "도윤재", "사장", "한빛전자"),
    ("도윤재(한빛전자 사장)는" + SAID, "도윤재", "사장", "한빛전자"),
    ("도윤재(52) 한빛전자 사장은" + SAID, "도윤재", "사장", "한빛전자"),
    ("도윤재(52·한빛전자 사장)는" + SAID, "도윤재", "사장", "한빛전자"),
    ("도윤재(가람FC)가 결승골을 넣었다.", "도윤재", None, "가람FC"),
    ("도윤재(28·가람FC)가 결승골을 넣었다.", "도윤재", None, "가람FC"),
    ("도윤재 의원(더불어민주당·마포갑)은" + SAID, "도윤재", "의원", "더불어민주당"),
    ("도윤재 의원(국민의힘·서초구을)은" + SAID, "도윤재", "의원", "국민의힘"),
    ("도윤재 시의원(국민의힘·연수동)은" + SAID, "도윤재", "시의원", "국민의힘"),
    ("도윤재 의원(국민의힘·가온동)은" + SAID, "도윤재", "의원", "국민의힘"),
    ("도윤재 구의원(더불어민주당·누리동)도" + SAID, "도윤재", "구의원", "더불어민주당"),
    ("도윤재 군의원(조국혁신당·가람군)이" + SAID, "도윤재", "군의원", "조국혁신당"),
    ("도윤재 도의원(개혁신당, 누리시 제2선거구)은" + SAID, "도윤재", "도의원", "개혁신당"),
    ("같은 위원회 소속 도윤재 의원(국민의힘·가온동)도" + SAID, "도윤재", "의원", "국민의힘"),
    ("가람시의회 교통위원회 도윤재 의원(더불어민주당·누리동)은" + SAID, "도윤재", "의원", "더불어민주당"),
    ("에이미 콜린스 네바다 주지사는" + SAID, "에이미 콜린스", "주지사", "네바다"),
    ("브라이언 웰스 콜로라도 주지사가" + SAID, "브라이언 웰스", "주지사", "콜로라도"),
    ("사토 다쿠야 가나가와현 지사는" + SAID, "사토 다쿠야", "지사", "가나가와현"),
    ("도윤재 가람시 시장은" + SAID, "도윤재", "시장", "가람시"),
    ("한빛전자 사장인 도윤재 씨는" + SAID, "도윤재", "사장", "한빛전자"),
    ("가람시 주민자치회 회장인 도윤재(67)씨는" + SAID, "도윤재", "회장", "가람시 주민자치회"),
    ("직원노조 위원장인 도윤재 씨는" + SAID, "도윤재", "위원장", "직원노조"),
    ("한빛증권의 반도체 담당 애널리스트인 도윤재 연구위원은" + SAID, "도윤재", "연구위원", "한빛증권"),
    ("한빛증권 반도체 담당 애널리스트인 도윤재 연구위원은" + SAID, "도윤재", "연구위원", "한빛증권"),
    ("누리재단의 이사장인 도윤재 씨가" + SAID, "도윤재", "이사장", "누리재단"),
    ("도윤재 한빛전자 공동창업자 겸 최고경영자(CEO)는" + SAID, "도윤재", "공동창업자 겸 최고경영자(CEO)",
     "한빛전자"),
    ("도윤재 의원(더불어민주당·비례대표)은" + SAID, "도윤재", "의원", "더불어민주당"),
    ("가람시의회 도윤재 의원(새빛당)은" + SAID, "도윤재", "의원", "새빛당"),
    ("국민의힘 도윤재 의원은" + SAID, "도윤재", "의원", "국민의힘"),
    ("더불어민주당 소속 도윤재 의원은" + SAID, "도윤재", "의원", "더불어민주당"),
    ("한빛전자 도윤재 부회장 겸 이사회 의장도" + SAID, "도윤재", "부회장 겸 이사회 의장", "한빛전자"),
    ("도윤재 한빛전자 부회장 겸 이사회 의장은" + SAID, "도윤재", "부회장 겸 이사회 의장", "한빛전자"),
    ("마이클 브라운 뉴욕 시장은" + SAID, "마이클 브라운", "시장", "뉴욕"),
    ("한빛전자 반도체사업부 도윤재 부사장은" + SAID, "도윤재", "부사장", "한빛전자 반도체사업부"),
    ("가람FC의 공격수 도윤재(28)는" + SAID, "도윤재", "공격수", "가람FC"),
    ("도윤재 의원(가온시 가온동)은" + SAID, "도윤재", "의원", None),
    ("도윤재 의원(마포갑)은" + SAID, "도윤재", "의원", None),
    ("도윤재(45·서울 강남구)씨는" + SAID, "도윤재", None, None),
]


@pytest.mark.parametrize("body, name, title, org", ORDERS)
def test_name_organisation_and_title_in_every_order(body, name, title, org):
    assert persons(body).get(name) == (title, org)


# -- 2. untitled people glossed with an age and an affiliation -------------------------------------------
GLOSSES = [
    ("여고생 궁사 도윤서(17·누리고)가 1위에 올랐다.", "도윤서", "누리고"),
    ("도윤서(17·누리고)가 1위, 구하람(31·가온시청)이 2위에 올랐다.", "구하람", "가온시청"),
    ("도윤서(17·누리고)가 1위, 구하람(31·가온시청)이 2위, 탁민서(24·한빛은행)가 3위로 뒤를 이었다.", "탁민서", "한빛은행"),
    ("도윤서(17·누리고)가 1위, 구하람(31·가온시청)이 2위에 올랐다.", "도윤서", "누리고"),
    ("남자부에서는 채도윤(19·한빛대)이 우승했다.", "채도윤", "한빛대"),
    ("남궁도현(27·가온군청)은 2관왕에 올랐다.", "남궁도현", "가온군청"),
    ("중학생 탁민결(15·가람중)도 결승에 올랐다.", "탁민결", "가람중"),
    ("누리여고 에이스 구서윤(16·누리여고)은 대회 신기록을 세웠다.", "구서윤", "누리여고"),
    ("1위는 도하늘(가온고)이 차지했다.", "도하늘", "가온고"),
    ("베테랑 반태오(33·국군체육부대)가 은메달을 땄다.", "반태오", "국군체육부대"),
    ("여자부 1위 하도윤(22·가람구청), 2위 여다인(20·누리체육회)이었다.", "여다인", "누리체육회"),
    ("탁민결(29·한빛스포츠)과 구하람(31·가온시청)이 나란히 결승에 올랐다.", "탁민결", "한빛스포츠"),
    ("여고생 궁사 남궁하늘(17·누리고)이 1위에 올랐다.", "남궁하늘", "누리고"),
    ("베테랑 명지수(31·가온시청)가 2위에 올랐다.", "명지수", "가온시청"),
    ("진하윤(24·한빛은행)이 3위로 뒤를 이었다.", "진하윤", "한빛은행"),
    ("사수 남궁새롬(22·가람시청)이 금메달을 땄다.", "남궁새롬", "가람시청"),
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
    ('"우리는 준비가 됐습니다." 핀란드 총리 안니카 살로는 회의장을 나서며 이렇게 말했다.', "안니카 살로", "총리", "핀란드"),
    ("핀란드의 안니카 살로 총리는" + SAID, "안니카 살로", "총리", "핀란드"),
    ("안니카 살로 핀란드 총리는" + SAID, "안니카 살로", "총리", "핀란드"),
    ("베트남의 응우옌 반 훙 총리는" + SAID, "응우옌 반 훙", "총리", "베트남"),
    ("일본의 사토 다쿠야 외무상은" + SAID, "사토 다쿠야", "외무상", "일본"),
    ("왕젠궈 중국 외교부장은" + SAID, "왕젠궈", "외교부장", "중국"),
    ("독일 총리 클라우스 베르너는" + SAID, "클라우스 베르너", "총리", "독일"),
    ("캐나다의 에밀리 브룩스 외교장관은" + SAID, "에밀리 브룩스", "외교장관", "캐나다"),
    ("체코의 노바크 토마시 대통령은" + SAID, "노바크 토마시", "대통령", "체코"),
    ("헝가리의 버르가 졸탄 총리는 서명을 미뤘다.", "버르가 졸탄", "총리", "헝가리"),
    ("스웨덴 총리 카이사 린드는 회의장을 나서며 이렇게 말했다.", "카이사 린드", "총리", "스웨덴"),
    ('"위기는 현실입니다." 스웨덴 총리 카이사 린드는 회의장을 나서며 이렇게 말했다.', "카이사 린드", "총리", "스웨덴"),
    ("이탈리아 총리 파올로 카를로는" + SAID, "파올로 카를로", "총리", "이탈리아"),
    ("미국의 트럼프 대통령은" + SAID, "트럼프", "대통령", "미국"),
]


@pytest.mark.parametrize("body, name, title, org", FOREIGN)
def test_a_foreign_name_with_its_country_and_title(body, name, title, org):
    assert persons(body).get(name) == (title, org)


SHORT_LATER = [
    ("헝가리의 서보 미클로시 총리는 서명을 미뤘다. 서보 총리는" + SAID, "서보 미클로시"),
    ("핀란드 총리 안니카 살로는 회의에 나왔다. 살로 총리는" + SAID, "안니카 살로"),
    ("체코의 노바크 토마시 대통령은 서명을 미뤘다. 노바크 대통령은" + SAID, "노바크 토마시"),
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
    ("하 감독은 지난해 백상예술대상 연출상 후보에 올랐다.", "연출상"),
    ("그는 지난해 영화제 각본상 후보에 올랐던 작가다.", "각본상"),
    ("그는 남우조연상 후보로 거론됐다.", "남우조연상"),
    ("에이미 콜린스 네바다 주지사는" + SAID, "네바다"),
    ("브라이언 웰스 콜로라도 주지사가" + SAID, "콜로라도"),
    ("네바다 주지사는 비상사태를 선포했다.", "네바다"),
    ("누리고 양궁부 반태희 코치는" + SAID, "누리고"),
    ("도윤서(17·누리고)가 1위에 올랐다.", "누리고"),
    ("물류 로봇 스타트업 다온링크가 상장 절차에 착수했다. 다온링크는 21일 증권신고서를 제출했다.", "다온링크"),
    ("회사는 다음 달 말 코스닥 시장에 상장할 예정이다.", "다음 달 말 코스닥"),
    ("회사는 내년 초 유가증권 시장에 상장할 계획이다.", "내년 초 유가증권"),
    ("회사는 이달 중순 나스닥 시장에 상장한다.", "이달 중순 나스닥"),
    ("그는 올해 신인상 수상자로 뽑혔다.", "신인상"),
    ("그 영화는 작품상 부문에 올랐다.", "작품상"),
    ("바이오 기업 한빛셀은 임상 결과를 냈다. 한빛셀은 21일 공시했다.", "한빛셀"),
]

NAMES_LIKE_THE_FALSE = [
    ("도민상 후보는" + SAID, "도민상"),
    ("구재상 후보에게 질문이 쏟아졌다. 구재상 후보는" + SAID, "구재상"),
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
