"""The Korean title lexicon (builder/rules/ko/titles.toml), domain by domain, in the three orders Korean news
writes a titled person: 'NAME TITLE은 "…"고 말했다', 'ORG TITLE NAME은 …', 'TITLE NAME 씨'. The words that are
common nouns too (the careful table) are titles right after a name only; in running text, or after a noun that
is no name, they give no person. Names, bodies and sentences are invented for these tests."""

import pytest

from builder.rules import Context
from builder.rules.ko import person
from builder.rules.tables import load

NAMES = ["한서윤", "오태경", "남도하", "채윤서", "편승우", "탁지훈", "모하람", "표은서", "곽도윤", "석하준",
         "여민채", "도경수", "육지안", "선우재", "봉하린", "우태오", "방서진", "변지율", "엄도현", "옥채원"]

# (domain, organisation, title): a sample of each table of titles.toml, with a body that holds the post.
SAMPLE = [
    ("civil_service", "행정안전부", "주무관"), ("civil_service", "기획재정부", "서기관"),
    ("civil_service", "외교부", "차관보"), ("civil_service", "고용노동부", "근로감독관"),
    ("civil_service", "질병관리청", "역학조사관"), ("civil_service", "법무부", "교정관"),
    ("research_series", "국립수산과학원", "연구사"), ("research_series", "농촌진흥청", "농업연구관"),
    ("research_series", "농업기술센터", "지도사"), ("research_series", "기상청", "예보관"),
    ("research_series", "국립중앙박물관", "학예연구관"), ("research_series", "보건환경연구원", "보건연구사"),
    ("public_safety", "한빛경찰서", "수사관"), ("public_safety", "가람소방서", "구조대원"),
    ("public_safety", "해양경찰청", "화재조사관"),
    ("military", "육군", "사단장"), ("military", "해군", "함장"), ("military", "공군", "비행단장"),
    ("prosecution_courts", "서울중앙지검", "차장검사"), ("prosecution_courts", "서울고법", "재판연구관"),
    ("prosecution_courts", "헌법재판소", "헌법연구관"),
    ("diplomacy", "주유엔대표부", "차석대사"), ("diplomacy", "외교부", "1등서기관"), ("diplomacy", "외교부", "교섭대표"),
    ("assembly_parties", "국회", "수석전문위원"), ("assembly_parties", "한빛당", "대의원"),
    ("assembly_parties", "국회", "입법조사관"),
    ("local_government", "가람군", "부군수"), ("local_government", "한빛도", "정무부지사"),
    ("corporate", "한빛은행", "부행장"), ("corporate", "라온전자", "수석부사장"), ("corporate", "가온상사", "전무대우"),
    ("corporate", "라온전자", "그룹장"), ("corporate", "가온화학", "최고인사책임자"),
    ("finance_research", "한빛자산운용", "펀드매니저"), ("finance_research", "라온증권", "스트래티지스트"),
    ("finance_research", "가온투자증권", "수석이코노미스트"), ("finance_research", "한빛벤처스", "심사역"),
    ("academia", "한빛대", "석좌교수"), ("academia", "라온대", "박사후연구원"), ("academia", "가온고", "교감"),
    ("medicine", "한빛병원", "전공의"), ("medicine", "라온대병원", "전문의"), ("medicine", "가온의료원", "수간호사"),
    ("law", "법무법인 한결", "대표변호사"), ("law", "한빛특허법인", "변리사"),
    ("religion", "한빛교회", "담임목사"), ("religion", "가온사", "주지스님"), ("religion", "라온성당", "수녀"),
    ("sports", "한빛FC", "수석코치"), ("sports", "라온골프단", "캐디"), ("sports", "한빛스포츠", "에이전트"),
    ("sports", "가온경마장", "조교사"), ("sports", "한빛구단", "전력분석관"),
    ("esports", "한빛게이밍", "미드라이너"), ("esports", "라온이스포츠", "정글러"), ("esports", "가온게이밍", "서포터"),
    ("culture", "한빛미술관", "도슨트"), ("culture", "라온오페라단", "예술감독"), ("culture", "가온극단", "무대감독"),
    ("culture", "한빛교향악단", "상임지휘자"),
    ("crafts", "한빛공예원", "전수조교"), ("crafts", "가온전통공방", "전승교육사"),
    ("foreign_posts", "일본 정부", "관방부장관"), ("foreign_posts", "미국", "연방하원의원"),
    ("foreign_posts", "중국", "외교부장"), ("foreign_posts", "미국 텍사스주", "주지사"),
    ("foreign_posts", "일본 외무성", "보도관"), ("foreign_posts", "미국 하원", "하원의장"),
    ("foreign_posts", "미국 백악관", "국가안보보좌관"),
]
CAREFUL = ["연출", "담당", "보유자", "이수자", "장인", "명장", "탑", "대리", "특보", "통역"]


def persons(body: str) -> dict[str, str | None]:
    found, _ = person.find(body, Context(None))
    return {p.name: p.title for p in found}


def topic(word: str) -> str:
    """The word with the topic particle its last syllable takes: '한서윤은', '채윤서는'."""
    return word + ("은" if (ord(word[-1]) - 0xAC00) % 28 else "는")


def rows(order: str) -> list:
    out = []
    for k, (domain, org, title) in enumerate(SAMPLE):
        name = NAMES[k % len(NAMES)]
        body = {
            "name_title": f'{name} {topic(title)} "일정대로 진행하겠다"고 말했다.',
            "org_title_name": f"{org} {title} {topic(name)} 이날 현장을 찾아 상황을 점검했다.",
            "title_name_ssi": f"{title} {name} 씨는 지난해부터 이 일을 맡고 있다.",
        }[order]
        out.append(pytest.param(body, name, title, id=f"{domain}-{title}"))
    return out


@pytest.mark.parametrize("body, name, title", rows("name_title"))
def test_name_then_title(body, name, title):
    assert persons(body).get(name) == title


@pytest.mark.parametrize("body, name, title", rows("org_title_name"))
def test_organisation_title_name(body, name, title):
    assert persons(body).get(name) == title


@pytest.mark.parametrize("body, name, title", rows("title_name_ssi"))
def test_title_name_ssi(body, name, title):
    assert persons(body).get(name) == title


@pytest.mark.parametrize("title", CAREFUL)
def test_a_careful_title_right_after_a_name(title):
    assert persons(f'공연을 마친 한서윤 {topic(title)} "관객에게 감사하다"고 말했다.').get("한서윤") == title


@pytest.mark.parametrize("body", [
    "이번 공연은 연출이 돋보였다는 평가를 받았다.",
    "담당 부서는 다음 달까지 대책을 내놓기로 했다.",
    "국가무형문화재 보유자와 이수자가 함께 시연했다.",
    "장인 어른을 모시고 고향을 찾았다.",
    "마을 입구의 돌탑 옆에 새 탑을 세웠다.",
    "폭염 특보가 내려진 가운데 통역 서비스도 중단됐다.",
    "대리 운전 기사를 부르는 사람이 늘었다.",
])
def test_careful_titles_in_running_text_name_nobody(body):
    assert persons(body) == {}


@pytest.mark.parametrize("body", [
    "무대 연출은 처음부터 다시 짰다.",
    "회사 담당은 바뀌지 않았다.",
    "기술 보유자는 전국에 몇 명 남지 않았다.",
    "도자기 명장의 작업실이 문을 열었다.",
    "해외 영업 대리는 아직 뽑지 못했다.",
])
def test_a_careful_title_after_a_noun_that_is_no_name(body):
    assert persons(body) == {}


@pytest.mark.parametrize("body", [
    "기상청 예보관들은 밤새 비상근무를 했다.",
    "병원을 떠난 전공의 복귀 여부가 관심이다.",
    "학과마다 전공의 선택 폭이 넓어졌다.",
    "구단 전력분석관 자리는 아직 비어 있다.",
    "미국 백악관 대변인실은 논평을 내지 않았다.",
])
def test_a_title_after_a_noun_that_is_no_name(body):
    assert persons(body) == {}


def lexicon_rows() -> list:
    """Every word of every title table of the lexicon (the foreign bodies are no titles)."""
    return [pytest.param(word, id=f"{table}-{word}") for table, words in load("ko", "titles").items()
            if table != "foreign_bodies" for word in words]


@pytest.mark.parametrize("title", lexicon_rows())
def test_every_title_of_the_lexicon_right_after_a_name(title):
    assert persons(f'한서윤 {topic(title)} "일정대로 하겠다"고 말했다.').get("한서윤") == title


# A player's handle in single quotes between the position and the name (e-sports, and nicknames in sport).
@pytest.mark.parametrize("body, name, title", [
    ("한빛게이밍 미드라이너 '별빛' 한서윤은 이날 MVP에 올랐다.", "한서윤", "미드라이너"),
    ("정글러 ‘새벽’ 오태경이 경기를 이끌었다.", "오태경", "정글러"),
    ("서포터 '하람' 남도하가 시야를 장악했다.", "남도하", "서포터"),
    ("탑라이너 '바위' 곽도윤은 \"다음 경기도 이기겠다\"고 말했다.", "곽도윤", "탑라이너"),
    ("라온이스포츠 원거리딜러 '은하' 석하준이 결승에 나선다.", "석하준", "원거리딜러"),
])
def test_a_position_then_a_handle_then_the_name(body, name, title):
    assert persons(body).get(name) == title


@pytest.mark.parametrize("body, name", [
    ("이번 앨범에 실린 '별빛' 한서윤의 노래가 인기다.", "한서윤"),
    ("팬들은 '새벽' 오태경을 외쳤다.", "오태경"),
])
def test_a_quoted_word_before_a_name_after_no_position_gives_no_title(body, name):
    assert persons(body).get(name) is None
