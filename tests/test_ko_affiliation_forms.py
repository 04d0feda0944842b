"""Paradigm of the ways Korean news ties a person to a body and a post, desk by desk (politics, government, police and
fire, courts, the military, economy, academia, medicine, sports, entertainment, unions and civic bodies), with the
near misses that name no body of the person (a place, a product, a body that is the object, an origin). Every row is
invented; each is checked as the scorer reads it: the title by containment, the organisation by containment with
spaces ignored, None meaning the person has no organisation."""

import re
import unicodedata

import pytest

from builder.rules import Context
from builder.rules.ko import person

ANY = object()  # the title is not what the row is about
SAID = ' "끝까지 책임지겠다"고 말했다.'


def norm(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).lower()


def found(body: str, name: str, headline: str | None = None) -> tuple[str | None, str | None]:
    rows, _ = person.find(body, Context(None, title=headline))
    mine = [p for p in rows if p.name == name]
    assert mine, f"{name} not found: {[(p.name, p.title, p.organization) for p in rows]}"
    return mine[0].title, mine[0].organization


def check(body: str, name: str, title, org: str | None) -> None:
    got_title, got_org = found(body, name)
    if title is not ANY:
        assert title is None and not got_title or title and got_title and (
            norm(title) in norm(got_title) or norm(got_title) in norm(title)), (got_title, got_org)
    if org is None:
        assert got_org is None, (got_title, got_org)
    else:
        assert got_org and (norm(org) in norm(got_org) or len(norm(got_org)) >= 2 and norm(got_org) in norm(org)), (
            got_title, got_org)


POLITICS = [
    ("국회 법제사법위원회 소속 구하준 의원은 이날 개정안을 대표 발의했다.", "구하준", "의원", "법제사법위원회"),
    ("구하준 더불어민주당 의원은 이날 기자회견을 열고" + SAID, "구하준", "의원", "더불어민주당"),
    ("국민의힘 구하준 의원은 이날 국회 소통관에서" + SAID, "구하준", "의원", "국민의힘"),
    ("구하준 의원(국민의힘·솔매시갑)은 이날 국정감사에서 자료를 공개했다.", "구하준", "의원", "국민의힘"),
    ("구하준 전 국민의힘 원내대표는 이날 출마를 선언했다.", "구하준", "원내대표", "국민의힘"),
    ("조국혁신당 구하준 대변인은 논평을 내고" + SAID, "구하준", "대변인", "조국혁신당"),
    ("국민의힘 구하준 의원은 반대했다. 같은 당 서이슬 의원도" + SAID, "서이슬", "의원", "국민의힘"),
    ("국회 국토교통위원회 구하준 위원장은 회의를 열었다. 같은 위원회 소속 서이슬 의원(국민의힘·솔매시을)도" + SAID, "서이슬",
     "의원", "국민의힘"),
    ("개혁신당 구하준 최고위원은 이날 회의에서" + SAID, "구하준", "최고위원", "개혁신당"),
    ("구하준 국민의힘 당선인은 이날 첫 일정으로 시장을 찾았다.", "구하준", "당선인", "국민의힘"),
    ("구하준 더불어민주당 솔매시장 후보는 이날 공약을 발표했다.", "구하준", "후보", "더불어민주당"),
    ("솔매시의회 구하준 의장은 이날 본회의를 열었다.", "구하준", "의장", "솔매시의회"),
]

GOVERNMENT = [
    ("구하준 기획재정부 제1차관은 이날 비상경제회의를 주재했다.", "구하준", "차관", "기획재정부"),
    ("행정안전부 구하준 지방재정국장은 브리핑에서" + SAID, "구하준", "지방재정국장", "행정안전부"),
    ("구하준 국토교통부 장관 후보자는 이날 청문회에서" + SAID, "구하준", "후보자", "국토교통부"),
    ("구하준 보건복지부 장관 직무대행은 이날 병원을 찾았다.", "구하준", "직무대행", "보건복지부"),
    ("구하준 금융위원회 부위원장은 이날 간담회에서" + SAID, "구하준", "부위원장", "금융위원회"),
    ("구하준 통계청장은 이날 고용동향을 발표했다.", "구하준", "청장", "통계청"),
    ("솔매시 구하준 대변인은 이날 브리핑에서" + SAID, "구하준", "대변인", "솔매시"),
    ("구하준 솔매군 부군수는 이날 현장을 점검했다.", "구하준", "부군수", "솔매군"),
    ("구하준 전 솔매시장은 이날 법정에 출석했다.", "구하준", "시장", None),  # a fused post held once: no body now (round 42)
    ("구하준 산림청 산불방지과장은 이날 브리핑에서" + SAID, "구하준", "산불방지과장", "산림청"),
    ("한국개발연구원(KDI) 구하준 연구위원은 보고서에서" + SAID, "구하준", "연구위원", "한국개발연구원"),
    ("구하준 KDI 선임연구위원은 이날 토론회에서" + SAID, "구하준", "선임연구위원", "KDI"),
]

SAFETY_COURTS_MILITARY = [
    ("가람경찰서 구하준 수사과장은 이날 브리핑에서" + SAID, "구하준", "수사과장", "가람경찰서"),
    ("구하준 가람소방서 현장대응단장은 현장에서" + SAID, "구하준", "현장대응단장", "가람소방서"),
    ("서울경찰청 형사기동대 구하준 경감은 이날 취재진에게" + SAID, "구하준", "경감", "서울경찰청"),
    ("여울지법 형사합의12부(재판장 구하준 부장판사)는 이날 징역 3년을 선고했다.", "구하준", "부장판사", "여울지법"),
    ("서울중앙지검 반부패수사1부(부장검사 구하준)는 이날 전 대표를 구속기소했다.", "구하준", "부장검사", "서울중앙지검"),
    ("육군 제7보병사단 구하준 대령은 이날 훈련을 지휘했다.", "구하준", "대령", "제7보병사단"),
    ("구하준 합동참모본부 공보실장은 정례브리핑에서" + SAID, "구하준", "공보실장", "합동참모본부"),
    ("공군 제11전투비행단 소속 구하준 대위는 이날 비행을 마쳤다.", "구하준", "대위", "제11전투비행단"),
]

ECONOMY = [
    ("구하준 한빛전자 부사장은 이날 신제품을 소개했다.", "구하준", "부사장", "한빛전자"),
    ("HNB전자 구하준 상무는 설명회에서" + SAID, "구하준", "상무", "HNB전자"),
    ("누리에셋의 구하준 최고투자책임자(CIO)는 이날 전략을 밝혔다.", "구하준", "최고투자책임자", "누리에셋"),
    ("여울은행 구하준 수석이코노미스트는 보고서에서" + SAID, "구하준", "수석이코노미스트", "여울은행"),
    ("구하준 다온증권 리서치센터장은 이날" + SAID, "구하준", "리서치센터장", "다온증권"),
    ("구하준 한빛바이오 대표 내정자는 이날 주주총회에 참석했다.", "구하준", "대표", "한빛바이오"),
    ("누리화학은 이날 공장 증설을 발표했다. 이 회사 구하준 전무는" + SAID, "구하준", "전무", "누리화학"),
    ("가람물산은 이날 입장문을 냈다. 회사 측 구하준 상무는" + SAID, "구하준", "상무", "가람물산"),
    ("구하준 가람물산 전 대표는 이날 검찰에 출석했다.", "구하준", "대표", "가람물산"),
    ("가람물산 해외사업본부 구하준 본부장은 이날" + SAID, "구하준", "본부장", "가람물산"),
    ("가온모빌리티 대표이사 사장 구하준은 이날 첫 차를 공개했다.", "구하준", "사장", "가온모빌리티"),
    ("누리건설 구하준 대표이사 사장은 이날 수주 소식을 전했다.", "구하준", "사장", "누리건설"),
    ("구하준 누리건설 수석연구원은 이날 새 공법을 소개했다.", "구하준", "수석연구원", "누리건설"),
    ("여울은행 가람지점 구하준 지점장은 이날" + SAID, "구하준", "지점장", "여울은행"),
]

ACADEMIA_MEDICINE = [
    ("라온대 경영학과 구하준 교수는 이날 토론회에서" + SAID, "구하준", "교수", "라온대"),
    ("구하준 라온대 의대 교수는 이날" + SAID, "구하준", "교수", "라온대"),
    ("라온대학교 공과대학 기계공학부 구하준 교수 연구팀은 새 소재를 개발했다.", "구하준", "교수", "라온대학교"),
    ("라온대 구하준 총장은 이날 입학식에서" + SAID, "구하준", "총장", "라온대"),
    ("구하준 라온대 명예교수는 이날 강연에서" + SAID, "구하준", "명예교수", "라온대"),
    ("KAIST 박사과정 구하준(29)씨는 이날 수상 소감을 밝혔다.", "구하준", ANY, "KAIST"),
    ("새터대병원 소화기내과 구하준 교수는 이날" + SAID, "구하준", "교수", "새터대병원"),
    ("구하준 새터병원 응급의학과장은 이날" + SAID, "구하준", "응급의학과장", "새터병원"),
    ("새터병원은 이날 진료를 재개했다. 해당 병원 구하준 원장은" + SAID, "구하준", "원장", "새터병원"),
]

SPORTS_CULTURE = [
    ("구하준(가람호크스)은 이날 2골을 넣었다.", "구하준", ANY, "가람호크스"),
    ("구하준(24·가람호크스)은 이날 결승골을 터뜨렸다.", "구하준", ANY, "가람호크스"),
    ("가람호크스의 구하준은 이날 결승골을 터뜨렸다.", "구하준", ANY, "가람호크스"),
    ("구하준 가람호크스 감독은 경기 뒤" + SAID, "구하준", "감독", "가람호크스"),
    ("가람호크스 주장 구하준은 경기 뒤" + SAID, "구하준", "주장", "가람호크스"),
    ("가람호크스 외국인 투수 에이든 카터는 이날 7이닝을 던졌다.", "에이든 카터", "투수", "가람호크스"),
    ("소속사 별빛엔터테인먼트의 구하준 대표는 이날" + SAID, "구하준", "대표", "별빛엔터테인먼트"),
    ("그룹 은하수밴드 멤버 구하준은 이날 쇼케이스에서" + SAID, "구하준", "멤버", "은하수밴드"),
    ("별빛엔터테인먼트는 이날 입장을 냈다. 같은 소속사 배우 구하준도 응원 글을 올렸다.", "구하준", "배우", "별빛엔터테인먼트"),
]

CIVIC = [
    ("전국금속노동조합 가람지회 구하준 지회장은 이날" + SAID, "구하준", "지회장", "전국금속노동조합"),
    ("사단법인 누리나눔 구하준 이사장은 이날 기부금을 전달했다.", "구하준", "이사장", "누리나눔"),
    ("법무법인 바른길 구하준 변호사는 이날" + SAID, "구하준", "변호사", "바른길"),
    ("가람시민연대 구하준 사무국장은 이날 성명에서" + SAID, "구하준", "사무국장", "가람시민연대"),
    ("가람시민연대는 이날 성명을 냈다. 이 단체의 구하준 사무국장은" + SAID, "구하준", "사무국장", "가람시민연대"),
    ("가람시민연대는 이날 성명을 냈다. 같은 단체 구하준 공동대표도" + SAID, "구하준", "공동대표", "가람시민연대"),
]

NEAR_MISSES = [
    ("서울 강남구의 한 카페에서 만난 구하준(34)씨는" + SAID, "구하준", ANY, None),
    ("누리폰15를 산 구하준(29)씨는 배터리가 빨리 닳는다고 했다.", "구하준", ANY, None),
    ("구하준 대표는 이날 가람물산을 인수했다고 밝혔다.", "구하준", "대표", None),
    ("부산 출신 구하준 선수는 이날" + SAID, "구하준", "선수", None),
    ("대전에서 만난 구하준 교사는" + SAID, "구하준", "교사", None),
    ("40년 차 택시기사 구하준(62)씨는" + SAID, "구하준", ANY, None),
    ("가람마트에서 장을 보던 주부 구하준(45)씨는" + SAID, "구하준", ANY, None),
    ("구하준 대표는 누리화학과 손잡고 새 공장을 짓는다.", "구하준", "대표", None),
    ("행사에는 시민 300여 명이 모였다. 같은 회사 구하준 이사는" + SAID, "구하준", "이사", None),
    ("미국 출장을 다녀온 구하준 사장은" + SAID, "구하준", "사장", None),
]

MORE_FORMS = [
    ("누리화학의 구하준 상무는 이날 실적을 설명했다.", "구하준", "상무", "누리화학"),
    ("구하준 가람물산 경영지원실장은 이날" + SAID, "구하준", "경영지원실장", "가람물산"),
    ("구하준 전 라온대 총장은 이날 회고록을 냈다.", "구하준", "총장", "라온대"),
    ("구하준 한국교통연구원(KOTI) 선임연구위원은 토론회에서" + SAID, "구하준", "선임연구위원", "한국교통연구원"),
    ("서울시 구하준 도시계획국장은 이날 브리핑에서" + SAID, "구하준", "도시계획국장", "서울시"),
    ("구하준 대한상공회의소 회장은 이날" + SAID, "구하준", "회장", "대한상공회의소"),
    ("전국민주노동조합총연맹(민주노총) 구하준 위원장은 이날" + SAID, "구하준", "위원장", "전국민주노동조합총연맹"),
    ("솔매경찰서 소속 구하준 순경은 이날 표창을 받았다.", "구하준", "순경", "솔매경찰서"),
    ("가람소방서 119구조대 구하준 소방장은 이날" + SAID, "구하준", "소방장", "가람소방서"),
    ("해군 제2함대사령부 구하준 중령은 이날" + SAID, "구하준", "중령", "제2함대사령부"),
    ("여울고법 민사2부(부장판사 구하준)는 이날 원고 패소로 판결했다.", "구하준", "부장판사", "여울고법"),
    ("구하준 서울고법 부장판사는 이날 사직서를 냈다.", "구하준", "부장판사", "서울고법"),
    ("여울지검 솔매지청 형사1부 구하준 검사는 이날 공소장을 냈다.", "구하준", "검사", "여울지검"),
    ("가람호크스 구하준 단장은 이날 계약 사실을 알렸다.", "구하준", "단장", "가람호크스"),
    ("가람호크스 소속 구하준(27)은 이날 대표팀에 뽑혔다.", "구하준", ANY, "가람호크스"),
    ("별빛엔터테인먼트 소속 배우 구하준은 이날 시상식에 참석했다.", "구하준", "배우", "별빛엔터테인먼트"),
    ("한국가람공사는 이날 요금을 올렸다. 공사 측 구하준 본부장은" + SAID, "구하준", "본부장", "한국가람공사"),
    ("솔매쌀생산자협회는 이날 집회를 열었다. 협회 구하준(63) 회장은" + SAID, "구하준", "회장", "솔매쌀생산자협회"),
    ("가람초등학교는 이날 개교 100주년을 맞았다. 이 학교 구하준 교장은" + SAID, "구하준", "교장", "가람초등학교"),
    ("라온대는 이날 연구 성과를 발표했다. 이 대학 구하준 교수는" + SAID, "구하준", "교수", "라온대"),
    ("구하준 교수(라온대 경제학과)는 이날 토론회에서" + SAID, "구하준", "교수", "라온대"),
    ("구하준 신임 가람물산 사장은 이날 취임식에서" + SAID, "구하준", "사장", "가람물산"),
    ("한국전자통신연구원(ETRI) 구하준 책임연구원 연구팀은 새 칩을 개발했다.", "구하준", "책임연구원", "한국전자통신연구원"),
    ("가람생명과학연구소 구하준 박사는 이날" + SAID, "구하준", "박사", "가람생명과학연구소"),
    ("세계보건기구(WHO) 에이든 카터 사무총장은 이날" + SAID, "에이든 카터", "사무총장", "세계보건기구"),
    ("국립현대미술관 구하준 학예연구사는 이날 전시를 소개했다.", "구하준", "학예연구사", "국립현대미술관"),
    ("솔매문화재단 구하준 대표이사는 이날" + SAID, "구하준", "대표이사", "솔매문화재단"),
    ("솔매군 농업기술센터 구하준 소장은 이날" + SAID, "구하준", "소장", "솔매군"),
    ("솔매교육지원청 구하준 교육장은 이날" + SAID, "구하준", "교육장", "솔매교육지원청"),
    ("가람고 3학년 구하준(18)군은 이날 금메달을 땄다.", "구하준", ANY, "가람고"),
    ("서울 마포구 새솔내과의원 구하준 원장은 이날" + SAID, "구하준", "원장", "새솔내과의원"),
    ("구하준 경남 솔매군수는 이날 담화문을 냈다.", "구하준", "군수", "솔매군"),
    ("가람물산 노조 구하준 위원장은 이날 파업을 예고했다.", "구하준", "위원장", "가람물산"),
]

GLOSSES_QUALIFIERS_KINDS = [
    ("가람시민연대(가시연) 구하준 사무국장은 이날" + SAID, "구하준", "사무국장", "가람시민연대"),
    ("가람노동조합총연맹(가람노총) 구하준 위원장은 이날" + SAID, "구하준", "위원장", "가람노동조합총연맹"),
    ("구하준씨(라온대 4학년)는 이날 수상 소감을 밝혔다.", "구하준", ANY, "라온대"),
    ("구하준 씨(라온대 경제학과 4학년)는" + SAID, "구하준", ANY, "라온대"),
    ("구하준 대표(가람물산)는 이날" + SAID, "구하준", "대표", "가람물산"),
    ("가람호크스 신인 투수 구하준은 이날 7이닝을 던졌다.", "구하준", "투수", "가람호크스"),
    ("누리FC 외국인 공격수 에이든 카터는 이날 골을 넣었다.", "에이든 카터", "공격수", "누리FC"),
    ("가람물산 신임 대표 구하준은 이날 취임식에서" + SAID, "구하준", "대표", "가람물산"),
    ("가람호크스 베테랑 포수 구하준은 이날" + SAID, "구하준", "포수", "가람호크스"),
    ("한국가람공사는 요금을 올렸다. 이 공사 구하준 본부장은" + SAID, "구하준", "본부장", "한국가람공사"),
    ("육군 제7보병사단은 훈련을 마쳤다. 해당 부대 구하준 대령은" + SAID, "구하준", "대령", "제7보병사단"),
    ("가람교회는 바자회를 열었다. 이 교회 구하준 목사는" + SAID, "구하준", "목사", "가람교회"),
    ("별빛엔터테인먼트는 이날 입장을 냈다. 이 소속사 구하준 대표는" + SAID, "구하준", "대표", "별빛엔터테인먼트"),
    ("가람호크스에서 뛰는 구하준은 이날 결승골을 넣었다.", "구하준", ANY, "가람호크스"),
    ("가람호크스에서 뛰는 외국인 투수 에이든 카터는 이날" + SAID, "에이든 카터", "투수", "가람호크스"),
    ("누리화학에 근무하는 구하준 연구원은 이날" + SAID, "구하준", "연구원", "누리화학"),
    ("라온대에 재학 중인 구하준(21)씨는 이날" + SAID, "구하준", ANY, "라온대"),
    # near misses: a place, a workplace's common noun or a league before a clause of working or playing
    ("서울에서 일하는 구하준(31)씨는 이날" + SAID, "구하준", ANY, None),
    ("식당에서 일하는 구하준(45)씨는 이날" + SAID, "구하준", ANY, None),
    # near misses: a sport or a league before the qualified post, a field or a disease glossed in brackets
    ("프로야구 신인 투수 구하준은 이날 7이닝을 던졌다.", "구하준", "투수", None),
    ("여자배구 외국인 선수 구하준은 이날" + SAID, "구하준", "선수", None),
    ("구하준 교수(경제학)는 이날 토론회에서" + SAID, "구하준", "교수", None),
    ("구하준 교수(전 라온대 총장)는 이날" + SAID, "구하준", "교수", None),
    ("코로나바이러스감염증(코로나19) 구하준 교수는" + SAID, "구하준", "교수", None),
    ("같은 소속사 배우 구하준도 응원 글을 올렸다.", "구하준", "배우", None),
]

# A tenure before or after a post ('4선의', '초선', '3년차'), a vessel and its master, a group named in quotation marks
# after its kind.
TENURES_SHORT_NAMES_VESSELS = [
    ("여당인 여울미래당의 새 당대표에 4선의 구하준 의원이 선출됐다.", "구하준", "의원", "여울미래당"),
    ("여울미래당 3선 구하준 의원은 이날" + SAID, "구하준", "의원", "여울미래당"),
    ("여울미래당 초선 구하준 의원은 이날" + SAID, "구하준", "의원", "여울미래당"),
    ("라온대병원 외과 전공의 3년차 구하준(31)씨는" + SAID, "구하준", "전공의", "라온대병원"),
    ("라온대병원 외과 3년차 전공의 구하준(31)씨는" + SAID, "구하준", "전공의", "라온대병원"),
    ("가람물산 5년차 대리 구하준(31)씨는" + SAID, "구하준", "대리", "가람물산"),
    ("꽃게잡이 어선 '가람호'(29t)가 나포됐다. 선장 구하준(57)씨와 선원 8명은 이틀 만에 풀려났다.", "구하준", "선장", "가람호"),
    ("공식 팬클럽 '달빛나래' 회장 구하준(26)씨는" + SAID, "구하준", "회장", "달빛나래"),
    ("시민 모임 '은물결' 공동대표 구하준(56)씨는" + SAID, "구하준", "공동대표", "은물결"),
    # near misses: a tenure with no body, a work's title in quotation marks, a ship never named
    ("입사 5년차 구하준(31)씨는" + SAID, "구하준", ANY, None),
    ("초선 구하준 의원은 이날" + SAID, "구하준", "의원", None),
    ("영화 '은물결' 감독 구하준은 이날" + SAID, "구하준", "감독", None),
    ("그는 번호를 눌렀다. 선장 구하준(57)씨는" + SAID, "구하준", "선장", None),
]

MORE_NEAR_MISSES = [
    ("한국의 구하준(19) 7단은 이날 결승에 올랐다.", "구하준", ANY, None),  # a country before a player's grade: where from
    ("가람물산 제품을 10년째 써온 구하준(52)씨는" + SAID, "구하준", ANY, None),
]

# A country is the body of its state's posts only; before or glossed after an occupation practised anywhere it is
# where the person is from (a descent too).
NATIONALITIES = [
    ("프랑스 감독 에이든 카터는 이날" + SAID, "에이든 카터", "감독", None),
    ("캐나다 프로듀서 노아 벨몬트도 심사에 참여했다. 그는" + SAID, "노아 벨몬트", "프로듀서", None),
    ("외국인 공격수 마테오 베르디(브라질)가 이날 20점을 올렸다.", "마테오 베르디", ANY, None),
    # its state's posts keep it
    ("일본 외무상 스즈모리 다이키는 이날" + SAID, "스즈모리 다이키", "외무상", "일본"),
    ("프랑스 대사 에이든 카터는 이날" + SAID, "에이든 카터", "대사", "프랑스"),
    # a country set against another as a side of a match: its national team
    ("한국은 칠레와의 평가전에서 2-1로 이겼다. 전반 23분 칠레 공격수 마테오 베르디에게 선제골을 내줬다.", "마테오 베르디",
     "공격수", "칠레"),
]

# A word of a quotation before the name is no body; an apposition of the person's own post glued to its body's
# name gives the body ('국회의장인 X 의장'), a committee's word does not ('집행위원장인 X 위원장').
QUOTED_AND_GLUED = [
    ('"남은 것은 삭감과 증액의 되풀이뿐"이라고 국회의장인 구하준 의장은 밝혔다.', "구하준", "의장", "국회"),
    ('"남은 것은 삭감과 증액의 되풀이뿐"이라고 의장인 구하준 의원은 말했다.', "구하준", ANY, None),
    ('"관객이 늘었다"고 집행위원장인 구하준 위원장은 전했다.', "구하준", ANY, "집행위원회"),
]

# A festival named in full and by a short form is one body: its committee's head is of it; two festivals name none.
FESTIVAL = "하늬솔국제영화제가 16일 개막했다. 하늬솔영화제 측은 관객이 늘었다고 밝혔다. "
COMMITTEE_PARENTS = [
    (FESTIVAL + '"관객이 늘었다"고 영화제 집행위원장인 구하준 위원장은 밝혔다.', "구하준", ANY, "하늬솔국제영화제"),
    (FESTIVAL.replace("하늬솔영화제", "가람영화제") + '"관객이 늘었다"고 영화제 집행위원장인 구하준 위원장은 밝혔다.',
     "구하준", ANY, "집행위원회"),
]

# A body written at a later mention of the name, when the first gives none; a nameless body ('여론조사 기관') gives
# none, the field before it neither.
LATER_AND_NAMELESS = [
    ("서이슬의 공격이 막혔다. 반면 가람물산은 주포 서이슬(26)이 다쳤다.", "서이슬", "주포", "가람물산"),
    ("구하준 감독은 작전을 바꿨다. 그는 누리화학 선수들을 칭찬했다.", "구하준", "감독", None),
    ("도내 여론조사 기관 대표인 구하준씨는" + SAID, "구하준", "대표", None),
    ("누리리서치 대표인 구하준씨는" + SAID, "구하준", "대표", "누리리서치"),
    # a noun of time after an event is no body, nor part of one
    ("경기 뒤 구하준 감독은" + SAID, "구하준", "감독", None),
    ("회의 직후 구하준 의원은" + SAID, "구하준", "의원", None),
    ("경기 뒤 누리화학 구하준 감독은" + SAID, "구하준", "감독", "누리화학"),
]

# A resident's noun after places only is the title; the place where the person lives is no body (a village's 이장
# holds a post of it; a named estate is no place).
RESIDENTS = [
    ("통영 어민 구하준(60)씨는 이날" + SAID, "구하준", "어민", None),
    ("솔매읍 주민 구하준(70)씨는" + SAID, "구하준", "주민", None),
    ("<인터뷰> 구하준 / 가람시 새터동 상인\n\"밤새 빗물이 종아리까지 들어찼어요\"", "구하준", "상인", None),
    ("솔매면 갈골마을 구하준(71) 이장은" + SAID, "구하준", "이장", "갈골마을"),
]


# A unit of a body written with 의 before the name ('누리정책연구원 경제전망실의 X 연구위원'): the body and its unit are the
# person's, and the unit is no person.
UNITS_WITH_GENITIVE = [
    ("갈매연구원 경제전망실의 구하준 연구위원은" + SAID, "구하준", "연구위원", "갈매연구원"),
    ("새빛전자 해외영업팀의 구하준 과장은" + SAID, "구하준", "과장", "새빛전자"),
    ("라온대 경제학과의 구하준 교수는" + SAID, "구하준", "교수", "라온대"),
    ("누리캐피털 리서치센터의 구하준 연구원은" + SAID, "구하준", "연구원", "누리캐피털"),
    ("한결바이오 신약개발본부의 구하준 본부장은" + SAID, "구하준", "본부장", "한결바이오"),
    ("솔매시 관광진흥과의 구하준 주무관은" + SAID, "구하준", "주무관", "솔매시"),
    ("하진금융연구원 경제전망실의 구하준 연구위원은" + SAID, "구하준", "연구위원", "하진금융연구원"),
    # near misses: a place with 의 before the name
    ("서울 마포구의 구하준(34)씨는" + SAID, "구하준", ANY, None),
    ("솔매시 새터동의 구하준(61)씨는" + SAID, "구하준", ANY, None),
]

# The post of a village, a ward or a township written after its place ('갈골리 이장 X(71)씨', '새터동 통장 X씨',
# '솔매읍 읍장 X'): the place is the body of the post.
LOCAL_UNIT_POSTS = [
    ("가래울리 이장 구하준(71)씨는" + SAID, "구하준", "이장", "가래울리"),
    ("솔매군 가래울리 이장 구하준(71)씨는" + SAID, "구하준", "이장", "가래울리"),
    ("새터동 통장 구하준(58)씨는" + SAID, "구하준", "통장", "새터동"),
    ("마루동 동장 구하준씨는" + SAID, "구하준", "동장", "마루동"),
    ("여울면 면장 구하준씨는" + SAID, "구하준", "면장", "여울면"),
    ("솔매읍 읍장 구하준씨는" + SAID, "구하준", "읍장", "솔매읍"),
    ("갈골리 리장 구하준(66)씨는" + SAID, "구하준", "리장", "갈골리"),
    ("새터동 3통 5반 반장 구하준(63)씨는" + SAID, "구하준", "반장", "새터동"),
    # near misses: a resident of the same places; a post with no place
    ("가래울리 주민 구하준(71)씨는" + SAID, "구하준", "주민", None),
    ("이장 구하준(71)씨는" + SAID, "구하준", "이장", None),
]

# A word pointing back to a body named in the sentence before, with the post in an apposition ('이 회사 연구소장인
# X'): the body named before (a firm introduced by its kind: '민간 기업인 누리하늘에어가'), never a word of
# that sentence; a kind never named points to nothing.
POINTED_APPOSITIONS = [
    ("탐사선은 민간 기업인 솔담에어가 설계했다. 이 회사 연구소장인 구하준 박사는" + SAID, "구하준", ANY, "솔담에어"),
    ("시제품은 스타트업 다온랩스가 만들었다. 이 회사 대표인 구하준씨는" + SAID, "구하준", ANY, "다온랩스"),
    ("대출은 누리캐피털이 맡았다. 같은 회사 부사장인 구하준씨는" + SAID, "구하준", ANY, "누리캐피털"),
    ("가람시민연대는 이날 성명을 냈다. 이 단체 사무국장인 구하준씨는" + SAID, "구하준", ANY, "가람시민연대"),
    ("갈매연구원은 보고서를 냈다. 이 연구원 선임연구위원인 구하준 박사는" + SAID, "구하준", ANY, "갈매연구원"),
    ("새빛은행은 금리를 내렸다. 이 은행 부행장인 구하준씨는" + SAID, "구하준", ANY, "새빛은행"),
    ("제품은 다온랩스가 만들었다. 이 회사 대표 구하준씨는" + SAID, "구하준", "대표", "다온랩스"),
    ("평가는 한국가람평가원이 맡았다. 해당 기관 구하준 연구위원은" + SAID, "구하준", "연구위원", "한국가람평가원"),
    ("집회는 가람시민연대가 열었다. 이 단체 구하준 사무국장은" + SAID, "구하준", "사무국장", "가람시민연대"),
    ("조사는 가람환경연구소가 맡았다. 해당 연구소 소장인 구하준 박사는" + SAID, "구하준", "소장", "가람환경연구소"),
    ("대출은 새빛은행이 맡았다. 같은 은행 구하준 부행장은" + SAID, "구하준", "부행장", "새빛은행"),
    ("로켓은 스타트업인 솔담에어가 조립했다. 이 회사 엔지니어 구하준씨는" + SAID, "구하준", "엔지니어", "솔담에어"),
    ("발사체는 중견기업 솔담에어가 만들었다. 이 회사 구하준 대표는" + SAID, "구하준", "대표", "솔담에어"),
    # near misses: the kind is never named, only described; two bodies act together
    ("집회는 가람시민연대와 누리연대가 열었다. 이 단체 구하준 사무국장은" + SAID, "구하준", "사무국장", None),
    ("부품 일부는 프랑스 부품업체와 함께 만들었다. 이 업체의 수석 엔지니어 에이든 카터는" + SAID, "에이든 카터", ANY, None),
    ("부품은 한 중견 기업이 만들었다. 이 회사 대표인 구하준씨는" + SAID, "구하준", ANY, None),
]

# A house of the arts pointed back to by its kind ('이 공연장의 수석지휘자인 X'), a firm's plant before the name ('누리케미칼
# 온산공장 X 공장장'), and a gathering put first as where, not whose side ('주주총회에서는 X 대표의').
ARTS_PLANTS_GATHERINGS = [
    ("솔바람아트센터가 문을 연 지 7년이 됐다. 무대는 이 공연장의 수석지휘자인 오스트리아 출신 마르코 렌치니가 이끌었다.",
     "마르코 렌치니", "수석지휘자", "솔바람아트센터"),
    ("솔바람아트센터가 개원 7주년을 맞아 연 음악회가 끝났다. 6일 솔바람아트센터 소극장에서 열린 음악회는 이 공연장의 "
     "수석지휘자인 오스트리아 출신 마르코 렌치니가 이끌었다.", "마르코 렌치니", "수석지휘자", "솔바람아트센터"),
    ("가람시립미술관은 새 전시를 열었다. 이 미술관 학예실장인 구하준씨는" + SAID, "구하준", "학예실장", "가람시립미술관"),
    ("가람필하모닉오케스트라는 내한 공연을 마쳤다. 이 악단 악장인 구하준씨는" + SAID, "구하준", ANY, "가람필하모닉오케스트라"),
    ("누리케미칼 온산공장 구하준 공장장은" + SAID, "구하준", "공장장", "누리케미칼"),
    ("가람모빌리티 아산공장 서이슬 공장장은" + SAID, "서이슬", "공장장", "가람모빌리티"),
    ("에이든 카터 노바텍 서울지사장은" + SAID, "에이든 카터", ANY, "노바텍"),
    ("가람물산을 운영하는 구하준 대표는" + SAID, "구하준", "대표", "가람물산"),
    # near misses: a gathering before the name is no body; a kind of firm with no name
    ("가람읍의 중소기업을 경영하는 구하준 대표는" + SAID, "구하준", "대표", None),
    ("화성에서 중견기업을 운영하는 구하준 대표는" + SAID, "구하준", "대표", None),
    ("인천의 벤처기업을 이끄는 구하준 대표는" + SAID, "구하준", "대표", None),
    ("누리물산의 주주총회가 열렸다. 이번 주주총회에서는 구하준 대표의 해임 안건을 두고 맞섰다.", "구하준", "대표", None),
    ("공청회에서는 구하준 교수가 발제를 맡았다.", "구하준", "교수", None),
]

# An occupation before a name in a list of guests or performers ('트로트 가수 X, 싱어송라이터 Y가 게스트로'): the title.
LISTED_OCCUPATIONS = [
    ("가수 서이슬, 싱어송라이터 구하준이 찬조 출연한다.", "구하준", "싱어송라이터", None),
    ("싱어송라이터 구하준이 무대에 오른다.", "구하준", "싱어송라이터", None),
    ("배우 서이슬과 래퍼 구하준이 함께 출연한다.", "구하준", "래퍼", None),
    ("피아니스트 서이슬, 첼리스트 구하준이 협연한다.", "구하준", "첼리스트", None),
    ("코미디언 서이슬과 유튜버 구하준이 진행을 맡는다.", "구하준", "유튜버", None),
    ("뮤지컬 배우 서이슬, 기타리스트 구하준이 함께한다.", "구하준", "기타리스트", None),
    ("작곡가 서이슬, 색소포니스트 구하준이 게스트로 나온다.", "구하준", "색소포니스트", None),
]

# An appointment told with the person as its subject: the body's post with 으로/에 before the name, the verb of taking
# it up after ('…의 새 단장으로 안무가 X가 취임했다'); the person is of that body. Near misses: a post with 으로
# before a verb that is no appointment, a body that is the addressee.
APPOINTED_SUBJECTS = [
    ("시립솔빛합창단의 새 지휘자로 작곡가 나윤솔(52)이 취임했다." + SAID, "나윤솔", "작곡가", "시립솔빛합창단"),
    ("누리문화재단 신임 이사장으로 도하늬 교수가 10일 선임됐다." + SAID, "도하늬", "교수", "누리문화재단"),
    ("한별미래당의 새 원내대표에 3선의 고태빈 의원이 선출됐다." + SAID, "고태빈", "의원", "한별미래당"),
    ("가람국악단의 초대 단장으로 명창 하림솔(61)씨가 위촉됐다." + SAID, "하림솔", ANY, "가람국악단"),
    ("한울장학재단 차기 사무총장에 서이든 변호사가 내정됐다." + SAID, "서이든", "변호사", "한울장학재단"),
    ("가람대 교수로 재직하던 화가 민채솔(41)씨가 최근 은퇴했다." + SAID, "민채솔", "화가", None),
    ("한빛누리당 대표에게 보낸 편지에서 고태빈 의원이 탈당했다." + SAID, "고태빈", "의원", None),
    ("서울로 이사한 화가 민채솔(41)씨가 첫 전시를 열었다." + SAID, "민채솔", "화가", None),
]

# A lawmaker's party in brackets after the title, before the district ('X 의원(누리당·여울3)'): the party, whatever
# committee post the apposition before the name gave ('예결특위 위원장인').
PARTY_IN_BRACKETS = [
    ("예결특위 위원장인 고태빈 의원(한별미래당·여울3)은" + SAID, "고태빈", "의원", "한별미래당"),
    ("행정안전위원회 간사인 고태빈 의원(국민의힘·비례)은" + SAID, "고태빈", "의원", "국민의힘"),
    ("교육위원회 소속 고태빈 의원(한별미래당, 가람갑)은" + SAID, "고태빈", "의원", "한별미래당"),
    ("가람시의회 복지위원장인 고태빈 의원(가람동)은" + SAID, "고태빈", "의원", "가람시의회"),
    ("누리대 고태빈 교수(경제학)는" + SAID, "고태빈", "교수", "누리대"),
]

NEW27 = APPOINTED_SUBJECTS + PARTY_IN_BRACKETS
NEW24 = UNITS_WITH_GENITIVE + LOCAL_UNIT_POSTS + POINTED_APPOSITIONS + LISTED_OCCUPATIONS + ARTS_PLANTS_GATHERINGS
ROWS = NEW27 + NEW24 + RESIDENTS + NATIONALITIES + QUOTED_AND_GLUED + COMMITTEE_PARENTS + LATER_AND_NAMELESS + MORE_FORMS + GLOSSES_QUALIFIERS_KINDS + TENURES_SHORT_NAMES_VESSELS + MORE_NEAR_MISSES + POLITICS + GOVERNMENT + SAFETY_COURTS_MILITARY + ECONOMY + ACADEMIA_MEDICINE + SPORTS_CULTURE + CIVIC + NEAR_MISSES


@pytest.mark.parametrize("body,name,title,org", ROWS, ids=[f"{i}" for i in range(len(ROWS))])
def test_a_person_is_tied_to_the_body_and_post_the_text_gives(body, name, title, org):
    check(body, name, title, org)


def test_every_name_of_a_dotted_list_shares_the_body_before_the_first():
    """'가람당 구하준·서이슬·남궁설 의원': the third name too (the item right before each, however long the list);
    a name with no list around it shares nothing."""
    from builder.rules.ko import affiliation
    from builder.rules.model import Person
    body = "이날 회의에는 가람당 구하준·서이슬·남궁설·탁주연 의원 등 발의 의원들이 첫 줄에 앉았다. 옥다람 의원도 왔다."
    people = [Person("구하준", "의원", "가람당"), Person("서이슬", "의원"), Person("남궁설", "의원"), Person("탁주연", "의원"),
              Person("옥다람", "의원")]
    names = {p.name for p in people}
    for p in people[1:4]:
        assert affiliation.dotted_list_body(p, body.index(p.name), people, body, names) == "가람당", p.name
    assert affiliation.dotted_list_body(people[4], body.index("옥다람"), people, body, names) is None


@pytest.mark.parametrize("body", [row[0] for row in UNITS_WITH_GENITIVE[:7]])
def test_a_unit_owning_the_post_after_it_is_no_person(body: str) -> None:
    """'하진금융연구원 경제전망실의 X 연구위원': the unit with 의 is the body's, never a name titled by the body before."""
    rows, _ = person.find(body, Context(None, title=None))
    assert [p.name for p in rows] == ["구하준"], [(p.name, p.title, p.organization) for p in rows]


def test_a_pointing_word_is_no_part_of_the_post() -> None:
    """'이 회사 엔지니어 X씨': the title is the post; the words pointing back give the body."""
    assert found("로켓은 스타트업인 솔담에어가 조립했다. 이 회사 엔지니어 구하준씨는" + SAID, "구하준") == ("엔지니어", "솔담에어")


@pytest.mark.parametrize("kind", ["파트너사", "고객사", "협력사"])
def test_a_firm_after_its_kind_is_no_person(kind: str) -> None:
    """'캐나다 파트너사 솔벤트 바이오랩스의 X CMO': the words after a kind of firm are the firm's name, the person's body."""
    rows, _ = person.find(f"캐나다 {kind} 솔벤트 바이오랩스의 에이든 카터 최고의학책임자(CMO)도" + SAID, Context(None, title=None))
    assert [(p.name, bool(p.organization) and norm(p.organization) in norm("솔벤트 바이오랩스")) for p in rows] == [("에이든 카터", True)], [
        (p.name, p.title, p.organization) for p in rows]


@pytest.mark.parametrize("body,name,title,org", RESIDENTS[1:3])
def test_a_residents_title_is_the_noun_without_the_places(body, name, title, org):
    """'솔매읍 주민 X씨' → 주민: the places before the noun are where the person lives, neither title nor body."""
    assert found(body, name) == (title, org)


# A body written in a clause before the name, or pointed back to by its legal form: a legal form ('이 법무법인의 X',
# '해당 회계법인 X') is the body last named after that form; a head's post glued to the body it heads, in an apposition
# ('가람대병원장인 X 교수'), names that body though the title is another post; a body with 의 and the post it gives, after
# an appointment's word and before an origin ('여울시립관현악단의 새 음악감독인 핀란드 출신 지휘자 X'); a union's head
# with no body beside the name heads the one union, even one registered as a corporation ('…영농조합법인').
CLAUSES_AND_LEGAL_FORMS = [
    ("피해자들은 법무법인 솔결을 대리인으로 세웠다. 이 법무법인의 구하준 변호사는" + SAID, "구하준", "변호사", "법무법인 솔결"),
    ("피해자들은 법무법인 솔결에 사건을 맡겼다. 해당 법무법인 구하준 변호사는" + SAID, "구하준", "변호사", "법무법인 솔결"),
    ("회계법인 다온셈이 감사를 맡았다. 이 회계법인 구하준 회계사는" + SAID, "구하준", "회계사", "회계법인 다온셈"),
    ("가람대병원장인 구하준 교수는" + SAID, "구하준", "교수", "가람대병원"),
    ("누리돌봄센터장인 구하준 간호사는" + SAID, "구하준", "간호사", "누리돌봄센터"),
    ("여울시립관현악단의 새 음악감독인 핀란드 출신 지휘자 아르토 헬레니우스(52)가 취임했다.", "아르토 헬레니우스", "지휘자", "여울시립관현악단"),
    ("여울대의 신임 총장인 구하준 교수는" + SAID, "구하준", "교수", "여울대"),
    ("경북 솔매군 한울버섯영농조합법인은 12일 대책회의를 열었다. 구하준 조합장은" + SAID, "구하준", "조합장", "한울버섯영농조합법인"),
    # near misses: the form never names a body before; a committee's post names no body; a care worker no province
    ("이 법무법인의 구하준 변호사는" + SAID, "구하준", "변호사", None),
    ("집행위원장인 구하준 교수는" + SAID, "구하준", "교수", None),
    ("구하준 사회복지사는" + SAID, "구하준", "사회복지사", None),
]


@pytest.mark.parametrize("body,name,title,org", CLAUSES_AND_LEGAL_FORMS)
def test_a_body_in_a_clause_or_a_legal_form_pointed_back_to(body, name, title, org):
    check(body, name, title, org)


# Founders written as a joined subject of a verb of founding, the body the topic ('솔담랩스는 2021년 X 대표와 Y CTO가
# 함께 세웠다'): both founded it. Not a person met on the way ('X 대표와 만난 Y 교수가 세운').
@pytest.mark.parametrize("body,name,title,org", [
    ("솔담랩스는 2021년 구하준 대표와 채서겸 최고기술책임자(CTO)가 함께 세웠다.", "구하준", "대표", "솔담랩스"),
    ("솔담랩스는 2021년 구하준 대표와 채서겸 최고기술책임자(CTO)가 함께 세웠다.", "채서겸", ANY, "솔담랩스"),
    ("솔담랩스는 2021년 구하준과 채서겸 교수가 함께 세웠다.", "구하준", ANY, "솔담랩스"),
    ("솔담랩스는 구하준 대표와 만난 채서겸 교수가 세운 회사다.", "구하준", "대표", None),
])
def test_founders_joined_as_one_subject_share_the_body_they_founded(body, name, title, org):
    check(body, name, title, org)
