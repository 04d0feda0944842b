import json, html, os, re
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
P = lambda n, t, o: {"name": n, "title": t, "organization": o}
Q = lambda s, t: {"speaker": s, "text": t}
E = lambda n, k, l, d, s: {"name": n, "kind": k, "location": l, "date_text": d, "start_date": s}
A = []

A.append(dict(
 file="gyeoulsol_20261127_3381.html", form="html_full", outlet="겨울솔뉴스", section="정치", date="2026-11-27", time="17:42",
 author="홍채린", email="hcr.gyeoul@gyeoulsol.kr",
 title='국회 행안위, 지방교부세법 개정안 공청회…"재정 격차 더 벌어진다"',
 paras=[
 "국회 행정안전위원회는 27일 국회에서 지방교부세법 개정안에 대한 공청회를 열고 전문가 의견을 들었다.",
 "개정안은 보통교부세 산정 때 인구 가중치를 높이고 면적 기준을 줄이는 내용을 담고 있다. 정부는 지난 9월 이 개정안을 국회에 제출했다.",
 "이날 공청회에는 진술인으로 채무진 지방재정포럼 부회장과 모한석 솔뫼대 행정학과 교수 등 4명이 참석했다.",
 "채 부회장은 \"인구 기준을 강화하면 농어촌 군 지역의 교부세가 크게 줄어든다\"며 \"재정 격차가 더 벌어질 수 있다\"고 말했다.",
 "반면 모 교수는 \"현행 산정 방식은 20년 전 행정 수요를 전제로 하고 있다\"고 반박했다. 그는 \"인구가 몰린 도시의 복지 수요를 더는 외면할 수 없다\"고 덧붙였다.",
 "여야 의원들의 질의도 이어졌다. 국민의힘 간사인 봉재윤 의원은 \"지방의 목소리를 충분히 듣지 않은 개정안\"이라고 지적했다.",
 "더불어민주당 간사 탁윤희 의원은 \"공청회에서 나온 의견을 반영해 수정안을 마련하겠다\"고 밝혔다.",
 "\"교부세 총액을 늘리지 않으면 어떤 산식도 제로섬\"이라고 채 부회장은 공청회를 마치며 말했다.",
 "행안위는 오는 3일 법안심사소위원회를 열어 개정안을 심사할 예정이다.",
 ],
 persons=[P("채무진","부회장","지방재정포럼"),P("모한석","교수","솔뫼대 행정학과"),P("봉재윤","의원","국민의힘"),P("탁윤희","의원","더불어민주당")],
 opt_persons=["홍채린"],
 quotes=[Q("채무진","인구 기준을 강화하면 농어촌 군 지역의 교부세가 크게 줄어든다"),Q("채무진","재정 격차가 더 벌어질 수 있다"),
  Q("모한석","현행 산정 방식은 20년 전 행정 수요를 전제로 하고 있다"),Q("모한석","인구가 몰린 도시의 복지 수요를 더는 외면할 수 없다"),
  Q("봉재윤","지방의 목소리를 충분히 듣지 않은 개정안"),Q("탁윤희","공청회에서 나온 의견을 반영해 수정안을 마련하겠다"),
  Q("채무진","교부세 총액을 늘리지 않으면 어떤 산식도 제로섬")],
 opt_quotes=["재정 격차 더 벌어진다"],
 events=[E("지방교부세법 개정안 공청회","hearing","국회","27일","2026-11-27"),E("법안심사소위원회","meeting",None,"오는 3일","2026-12-03")],
 must_not={"person_names":["행안위"],"quote_substrings":[]},
 related=["여야, 예산안 처리 시한 앞두고 막판 협상","선관위, 지방선거 예비후보 등록 안내","국회 운영위, 대통령실 국정감사 일정 확정"],
 note="politics (국회 공청회): 진술인 list `X 단체 부회장과 Y 대학 학과 교수`; `채 부회장은` short reference; two-part quote `\"…\"며 \"…\"고`; `그는`; `간사인 X 의원` with party before; quote-first `\"…\"이라고 채 부회장은`; headline quote optional; 법안심사소위 `오는 3일` (no place: the committee holds it, location null). HTML with og, article:published_time, JSON-LD, nav, related list, footer.",
))

A.append(dict(
 file="semteo_econ_20261130.html", form="html_little", outlet="셈터경제", section="증권", date="2026-11-30", time="11:08",
 author="반서겸", email="bansg@semteo.co.kr",
 title='해로미푸드, 3분기 영업익 38% 급증…증권가 "목표가 상향"',
 paras=[
 "코스닥 상장사 해로미푸드가 가정간편식 수출 호조에 힘입어 3분기 시장 기대치를 웃도는 실적을 냈다.",
 "해로미푸드는 지난 27일 공시를 통해 3분기 연결 기준 영업이익이 142억원으로 지난해 같은 기간보다 38% 늘었다고 밝혔다. 매출은 1280억원으로 12% 증가했다.",
 "회사 측은 \"미국과 동남아 대형 유통망 입점이 늘면서 냉동 만두와 소스류 수출이 크게 증가했다\"고 설명했다.",
 "실적 발표 이후 증권가는 잇따라 목표주가를 올렸다. 결고운증권 길예솔 연구원은 \"해외 매출 비중이 처음으로 40%를 넘어섰다\"며 \"원가 부담이 줄어드는 내년에는 수익성이 더 좋아질 것\"이라고 분석했다.",
 "길 연구원은 목표주가를 3만2000원에서 3만9000원으로 올렸다.",
 "반면 누리벼리투자증권 석진후 연구원은 \"환율 효과를 빼면 성장 폭은 시장 예상 수준\"이라고 말했다. 그는 투자의견 '중립'을 유지했다.",
 "조한별 해로미푸드 대표는 이날 임직원에게 보낸 메시지에서 \"내년 상반기 베트남 공장이 가동되면 생산 능력을 두 배로 늘릴 수 있다\"고 밝혔다.",
 "회사는 다음 달 10일 서울 여의도 본사에서 기관투자자를 대상으로 기업설명회(IR)를 연다.",
 "해로미푸드 주가는 이날 오전 한때 11% 넘게 오르며 52주 신고가를 새로 썼다.",
 ],
 persons=[P("길예솔","연구원","결고운증권"),P("석진후","연구원","누리벼리투자증권"),P("조한별","대표","해로미푸드")],
 opt_persons=["반서겸"],
 quotes=[Q("해로미푸드","미국과 동남아 대형 유통망 입점이 늘면서 냉동 만두와 소스류 수출이 크게 증가했다"),
  Q("길예솔","해외 매출 비중이 처음으로 40%를 넘어섰다"),Q("길예솔","원가 부담이 줄어드는 내년에는 수익성이 더 좋아질 것"),
  Q("석진후","환율 효과를 빼면 성장 폭은 시장 예상 수준"),Q("조한별","내년 상반기 베트남 공장이 가동되면 생산 능력을 두 배로 늘릴 수 있다")],
 opt_quotes=["목표가 상향"],
 events=[E("기업설명회(IR)","meeting","서울 여의도 본사","다음 달 10일","2026-12-10")],
 must_not={"person_names":["해로미푸드","결고운증권"],"quote_substrings":["중립"]},
 related=["코스피, 외국인 매도에 2,900선 후퇴","식품株, 원재료 가격 하락에 일제히 강세","[마감시황] 코스닥 0.8% 상승"],
 note="economy (listed firm, analysts): the firm speaking (`회사 측은`) as speaker 해로미푸드; `증권사 X 연구원` twice, a two-part quote `\"…\"며 \"…\"이라고`, `이라고` ending; `X 해로미푸드 대표` (name before title); the 공시 on `지난 27일` is no event; IR `다음 달 10일`; single-quoted '중립' is no quotation. HTML with only title, charset and description, a market ticker, byline line, related list, footer.",
))

A.append(dict(
 file="sosom_20261128_5520.html", form="html_euckr", outlet="소솜일보", section="사회", date="2026-11-28", time="06:00",
 author="소민혁", email="mh.so@sosomilbo.com",
 title='전세사기 주범 징역 12년…법원 "서민 삶의 기반 무너뜨려"',
 paras=[
 "수도권 일대에서 빌라 180여 채를 이용해 전세보증금 수백억원을 가로챈 일당의 주범이 1심에서 중형을 선고받았다.",
 "인천지법 형사12부(재판장 권도형 부장판사)는 27일 사기 등 혐의로 구속기소된 임대업자 변상철(51)씨에게 징역 12년을 선고했다.",
 "함께 기소된 공인중개사 A(44)씨와 B(39)씨에게는 각각 징역 5년과 징역 3년이 선고됐다.",
 "변씨는 2021년부터 2년여 동안 인천과 경기 부천 일대 빌라를 자기 자본 없이 사들인 뒤 세입자 210여 명에게서 보증금 약 312억원을 돌려주지 않은 혐의를 받는다.",
 "재판부는 \"피해자 대부분이 사회 초년생과 신혼부부로 전 재산이나 다름없는 보증금을 잃었다\"며 \"서민 삶의 기반을 무너뜨린 범죄\"라고 밝혔다.",
 "이어 \"피고인은 법정에서도 책임을 중개인에게 돌리며 반성하지 않았다\"고 지적했다.",
 "변씨 측 변호인인 노재헌 변호사는 선고 직후 \"판결문을 검토한 뒤 항소 여부를 결정하겠다\"고 말했다.",
 "법정 밖에서 선고를 기다린 위정아 인천 전세사기 피해자대책위원회 위원장은 \"형량은 의미가 있지만 돌려받은 보증금은 한 푼도 없다\"고 말했다.",
 "검찰은 앞서 결심공판에서 변씨에게 징역 15년을 구형했다.",
 "대책위는 다음 달 4일 인천시청 앞에서 피해 구제 촉구 집회를 열 계획이다.",
 ],
 persons=[P("권도형","부장판사","인천지법 형사12부"),P("변상철","임대업자",None),P("노재헌","변호사",None),P("위정아","위원장","인천 전세사기 피해자대책위원회")],
 opt_persons=["소민혁","A","B","A씨","B씨"],
 quotes=[Q("인천지법 형사12부","피해자 대부분이 사회 초년생과 신혼부부로 전 재산이나 다름없는 보증금을 잃었다"),
  Q("인천지법 형사12부","서민 삶의 기반을 무너뜨린 범죄"),Q("인천지법 형사12부","피고인은 법정에서도 책임을 중개인에게 돌리며 반성하지 않았다"),
  Q("노재헌","판결문을 검토한 뒤 항소 여부를 결정하겠다"),Q("위정아","형량은 의미가 있지만 돌려받은 보증금은 한 푼도 없다")],
 opt_quotes=["서민 삶의 기반 무너뜨려"],
 events=[E("선고","trial","인천지법","27일","2026-11-27"),E("피해 구제 촉구 집회","protest","인천시청 앞","다음 달 4일","2026-12-04")],
 must_not={"person_names":["변씨","재판부"],"quote_substrings":[]},
 related=["음주운전 사고 낸 30대 구속…동승자도 입건","인천 남동구 공장 화재…인명 피해 없어","보이스피싱 수거책 20대 실형"],
 note="society (court): `형사12부(재판장 X 부장판사)` (title 부장판사, org the bench; a convention guess), the court speaking (`재판부는 \"…\"며 \"…\"라고`, then `이어 \"…\"`) as speaker 인천지법 형사12부; defendant `임대업자 X(51)씨`; A/B optional; `X 대책위원회 위원장` name-before-title; 결심공판 undated (no event); 선고 `27일`; 집회 `다음 달 4일`. HTML saved in EUC-KR (real bytes), table layout, `입력 :` line, little meta.",
))

A.append(dict(
 file="doldamgil_20261126_204.html", form="html_local", outlet="돌담길신문", section="자치행정", date="2026-11-26", time="15:20",
 author="용가을", email="yg.doldam@doldamgil.kr",
 title="광주 북구, 내년 예산 1조1240억 편성…복지 비중 67%",
 paras=[
 "광주 북구가 내년도 예산으로 올해보다 4.2% 늘어난 1조1240억원을 편성해 구의회에 제출했다고 26일 밝혔다.",
 "일반회계는 1조870억원, 특별회계는 370억원이다. 분야별로는 사회복지가 7530억원으로 전체의 67%를 차지했다.",
 "북구는 노인 일자리 확대에 182억원, 어린이 통학로 정비에 46억원을 새로 반영했다. 반면 축제와 행사 예산은 올해보다 15% 줄였다.",
 "문서연 북구청장은 \"세수 여건이 어렵지만 꼭 필요한 곳에 예산을 집중했다\"고 말했다.",
 "이어 \"경로당 냉난방비와 통학로 안전 예산은 한 푼도 줄이지 않았다\"고 강조했다.",
 "주민참여예산위원회 남기온 위원장은 \"주민이 제안한 사업 31건 가운데 24건이 반영됐다\"고 밝혔다.",
 "북구의회는 다음 달 1일부터 예산결산특별위원회를 열어 예산안을 심사한다.",
 "예산결산특별위원장인 편도하 구의원은 \"행사성 예산과 중복 사업은 꼼꼼히 들여다보겠다\"고 말했다.",
 "구의회는 다음 달 16일 본회의를 열어 예산안을 의결할 예정이다.",
 ],
 persons=[P("문서연","북구청장","광주 북구"),P("남기온","위원장","주민참여예산위원회"),P("편도하","구의원",None)],
 opt_persons=["용가을"],
 quotes=[Q("문서연","세수 여건이 어렵지만 꼭 필요한 곳에 예산을 집중했다"),Q("문서연","경로당 냉난방비와 통학로 안전 예산은 한 푼도 줄이지 않았다"),
  Q("남기온","주민이 제안한 사업 31건 가운데 24건이 반영됐다"),Q("편도하","행사성 예산과 중복 사업은 꼼꼼히 들여다보겠다")],
 opt_quotes=[],
 events=[E("예산결산특별위원회","meeting","북구의회","다음 달 1일","2026-12-01"),E("본회의","meeting","북구의회","다음 달 16일","2026-12-16")],
 must_not={"person_names":["북구청장"],"quote_substrings":[]},
 related=["북구, 겨울철 한파 쉼터 120곳 운영","광주 서구, 청년 월세 지원 대상 확대","동구의회, 행정사무감사 마무리"],
 note="local government (구 budget): `X 북구청장` (title as written, org the district: a guess, see errors file); `이어 \"…\"고 강조했다`; `위원회 X 위원장`; `예산결산특별위원장인 X 구의원` (title 구의원 by the apposition convention, no org beside); the 구의회 holds 예결특위 `다음 달 1일부터` and 본회의 `다음 달 16일` (location the house). HTML with title and charset only, Korean-form `입력` line, view count, comment box, footer.",
))

A.append(dict(
 file="bitgyeol_arts_20261129_77.html", form="html_og", outlet="빛결아트", section="미술", date="2026-11-29", time="09:30",
 author="하진슬", email="hjs.art@bitgyeol.com",
 title="여백의 색으로 쓴 30년…화가 연소희 개인전 '물의 문법'",
 paras=[
 "한지 위에 먹과 천연 안료를 겹겹이 쌓는 작업으로 알려진 화가 연소희(58)가 30년 화업을 돌아보는 개인전 '물의 문법'을 연다.",
 "전시는 다음 달 3일부터 내년 1월 18일까지 서울 종로구 갤러리 새벽담에서 열린다. 신작 24점과 1990년대 초기작 11점 등 모두 35점이 나온다.",
 "연 작가는 지난 27일 갤러리 새벽담에서 열린 기자간담회에서 \"물이 번지는 속도를 기다리는 것이 제 작업의 절반\"이라고 말했다.",
 "그는 \"처음엔 여백이 두려웠지만 이제는 여백이 그림을 완성한다는 걸 안다\"고 덧붙였다.",
 "이번 전시의 중심은 가로 6m에 이르는 대작 '밀물의 시간'이다. 작가는 이 작품 하나에 2년을 들였다.",
 "전시를 기획한 갤러리 새벽담 임세빛 큐레이터는 \"초기작과 신작을 마주 보게 걸어 시간의 흐름이 보이도록 했다\"고 설명했다.",
 "미술평론가 한재겸은 \"동양화의 재료로 추상의 언어를 밀어붙인 드문 작가\"라고 평했다.",
 "관람은 무료이며 월요일은 휴관한다. 다음 달 12일 오후 3시에는 갤러리 새벽담 2층 강의실에서 작가와의 대화가 열린다.",
 ],
 persons=[P("연소희","화가",None),P("임세빛","큐레이터","갤러리 새벽담"),P("한재겸","미술평론가",None)],
 opt_persons=["하진슬"],
 quotes=[Q("연소희","물이 번지는 속도를 기다리는 것이 제 작업의 절반"),Q("연소희","처음엔 여백이 두려웠지만 이제는 여백이 그림을 완성한다는 걸 안다"),
  Q("임세빛","초기작과 신작을 마주 보게 걸어 시간의 흐름이 보이도록 했다"),Q("한재겸","동양화의 재료로 추상의 언어를 밀어붙인 드문 작가")],
 opt_quotes=[],
 events=[E("개인전 '물의 문법'","exhibition","서울 종로구 갤러리 새벽담","다음 달 3일부터 내년 1월 18일까지","2026-12-03"),
  E("기자간담회","press_conference","갤러리 새벽담","지난 27일","2026-11-27"),
  E("작가와의 대화","other","갤러리 새벽담 2층 강의실","다음 달 12일 오후 3시","2026-12-12")],
 must_not={"person_names":["연 작가"],"quote_substrings":["물의 문법","밀물의 시간"]},
 related=["국립현대미술관, 내년 전시 라인업 공개","[전시 리뷰] 흙과 불의 시간","서울시립미술관 겨울 특별전 개막"],
 note="culture (exhibition): `화가 X(58)` then `연 작가는`, `그는`; a 기자간담회 with its own day and place (an event); `갤러리 X 큐레이터`; `미술평론가 X은 \"…\"라고 평했다`; exhibition `다음 달 3일부터 내년 1월 18일까지`; 작가와의 대화 `다음 달 12일 오후 3시`; single-quoted titles are no quotations. HTML with og and article:published_time, breadcrumb, photo caption, related list, footer.",
))

A.append(dict(
 file="rallytimes_20261130_4402.html", form="html_jsonld", outlet="랠리타임스", section="배구", date="2026-11-30", time="08:15",
 author="금서준", email="sjgeum@rallytimes.kr",
 title="하늘보라 진다래 30점 폭발…선두 추격 3연승",
 paras=[
 "여자프로배구 서해 하늘보라가 에이스 진다래의 30득점 활약을 앞세워 3연승을 달렸다.",
 "하늘보라는 29일 충남 아산 한누리체육관에서 열린 2026-2027 V-리그 여자부 2라운드 경기에서 은빛파도를 세트 스코어 3-1(25-21 22-25 25-19 25-23)로 꺾었다.",
 "이날 승리로 하늘보라는 승점 22(7승 3패)를 기록해 선두 은빛파도(승점 24)를 2점 차로 추격했다.",
 "아포짓 스파이커 진다래(26)은 공격 성공률 48%를 기록하며 양 팀 최다인 30점을 올렸다. 미들블로커 국다향(23)도 블로킹 5개를 포함해 13점을 보탰다.",
 "경기 후 진다래은 \"세터 언니가 끝까지 믿고 공을 올려줘서 자신 있게 때렸다\"고 말했다.",
 "하늘보라 도미르 감독은 \"2세트를 내준 뒤 서브 공략을 바꾼 게 주효했다\"며 \"아직 리시브가 흔들리는 만큼 보완하겠다\"고 밝혔다.",
 "은빛파도 구시현 감독은 \"범실 27개로는 이길 수 없다\"고 아쉬워했다.",
 "하늘보라는 다음 달 3일 한누리체육관에서 청록바람과 3라운드 첫 경기를 치른다.",
 ],
 persons=[P("진다래","아포짓 스파이커",None),P("국다향","미들블로커",None),P("도미르","감독","하늘보라"),P("구시현","감독","은빛파도")],
 opt_persons=["금서준"],
 quotes=[Q("진다래","세터 언니가 끝까지 믿고 공을 올려줘서 자신 있게 때렸다"),Q("도미르","2세트를 내준 뒤 서브 공략을 바꾼 게 주효했다"),
  Q("도미르","아직 리시브가 흔들리는 만큼 보완하겠다"),Q("구시현","범실 27개로는 이길 수 없다")],
 opt_quotes=[],
 events=[E("2026-2027 V-리그 여자부 2라운드 경기","game","충남 아산 한누리체육관","29일","2026-11-29"),
  E("3라운드 첫 경기","game","한누리체육관","다음 달 3일","2026-12-03")],
 must_not={"person_names":["하늘보라","은빛파도","청록바람"],"quote_substrings":[]},
 related=["남자부 선두 질주…6연승 행진","[V-리그 순위] 여자부 2라운드 종료 기준","프로농구 올스타 팬 투표 시작"],
 note="sports (volleyball): players `포지션 X(26)` with no club beside (org null: the brief's `as written beside the name`), coaches `팀 X 감독`; team names that are not persons; a game named with its competition on `29일` at the arena, the next game `다음 달 3일`. HTML with og, JSON-LD NewsArticle, score box, share bar, popular list, footer.",
))

A.append(dict(
 file="codenuri_20261127.txt", form="txt_portal", outlet="코드누리", section="과학", date="2026-11-27", time="14:05",
 author="이수안", email="lsa.code@codenuri.kr",
 title="국내 연구진, 물 분해 수소 촉매 수명 5배 늘렸다",
 paras=[
 "국내 연구진이 값싼 니켈과 철로 만든 수전해 촉매의 수명을 기존보다 5배 이상 늘리는 데 성공했다.",
 "늘솔과학기술원 신소재공학과 제연우 교수 연구팀은 이 같은 연구 결과를 국제 학술지 '에너지 머티리얼즈 리포트'에 게재했다고 27일 밝혔다.",
 "수전해는 물을 전기로 분해해 수소를 얻는 기술이다. 지금까지 니켈·철 촉매는 값이 싸지만 수백 시간만 지나도 성능이 급격히 떨어지는 한계가 있었다.",
 "연구팀은 촉매 표면에 두께 2나노미터의 산화물 보호층을 입혀 1000시간 연속 운전에서도 성능을 95% 이상 유지했다.",
 "제 교수는 \"귀금속 없이도 상용 수준의 내구성을 확보할 수 있음을 보여줬다\"며 \"2년 안에 실증 설비에 적용하는 것이 목표\"라고 말했다.",
 "논문 제1저자인 류새봄 박사과정생은 \"촉매 표면에 생기는 미세 균열을 막는 보호층이 핵심\"이라고 설명했다.",
 "국가녹색수소연구단 마상훈 단장은 \"그린수소 생산 단가를 낮추는 데 의미 있는 진전\"이라고 평가했다.",
 "연구팀은 다음 달 9일 대전컨벤션센터에서 열리는 추계 수소에너지 학술대회에서 연구 성과를 발표할 예정이다.",
 ],
 persons=[P("제연우","교수","늘솔과학기술원 신소재공학과"),P("류새봄","박사과정생",None),P("마상훈","단장","국가녹색수소연구단")],
 opt_persons=["이수안"],
 quotes=[Q("제연우","귀금속 없이도 상용 수준의 내구성을 확보할 수 있음을 보여줬다"),Q("제연우","2년 안에 실증 설비에 적용하는 것이 목표"),
  Q("류새봄","촉매 표면에 생기는 미세 균열을 막는 보호층이 핵심"),Q("마상훈","그린수소 생산 단가를 낮추는 데 의미 있는 진전")],
 opt_quotes=[],
 events=[E("추계 수소에너지 학술대회","conference","대전컨벤션센터","다음 달 9일","2026-12-09")],
 must_not={"person_names":["제 교수"],"quote_substrings":["에너지 머티리얼즈 리포트"]},
 related=["AI 반도체 스타트업, 300억 투자 유치","정부, 양자컴퓨터 로드맵 발표","우주항공청, 내년 위성 발사 일정 공개"],
 note="IT/science (research): `기관 학과 X 교수 연구팀`, `제 교수는 \"…\"며 \"…\"라고`; `제1저자인 X 박사과정생` (title by apposition, no org beside); `기관 X 단장`; the publication on `27일` is no event; 학술대회 `다음 달 9일` at 대전컨벤션센터 (the clause `…에서 열리는 X에서`). Portal text dump: menu, `매체 | 2026.11.27. 오후 2:05`, reactions, copyright, main-news list.",
))

A.append(dict(
 file="neoulmok_wire_20261129_tokyo.txt", form="txt_wire", outlet="너울목통신", section="국제", date="2026-11-29", time="09:12",
 author="표지훈", email="pjh.yeoul@neoulmok.co.kr",
 title='日 여당, 소비세 인하 놓고 내홍…총리 "재원 없는 감세 없다"',
 paras=[
 "(도쿄=너울목통신) 표지훈 특파원 = 일본 집권 자민당이 소비세 인하 문제를 둘러싸고 내부 갈등을 겪고 있다.",
 "아오야기 슌페이 일본 총리는 28일 도쿄 총리관저에서 기자들과 만나 \"재원 대책 없는 감세는 검토하지 않는다\"고 말했다.",
 "이는 당내 중진인 하시모토 레이카 전 재무상이 전날 \"식료품 소비세를 한시적으로 0%로 낮춰야 한다\"고 주장한 데 대한 반박으로 풀이된다.",
 "하시모토 전 재무상은 이날 한 방송 프로그램에 출연해 \"물가 대책이 늦어지면 다음 선거에서 심판받을 것\"이라고 재차 주장했다.",
 "제1야당인 입헌민주당의 무라세 가오루 대표는 \"여당 안에서조차 합의가 안 되는데 무슨 대책이 나오겠느냐\"고 비판했다.",
 "아사미경제연구소 후지이 노리타카 수석연구원은 \"감세 논쟁이 길어지면 내년도 예산 편성 일정에도 영향을 줄 수 있다\"고 내다봤다.",
 "자민당은 다음 달 2일 도쿄 자민당 본부에서 세제조사회 총회를 열어 소비세 문제를 논의할 예정이다.",
 "일본 언론은 이번 논쟁이 내년 여름 참의원 선거를 앞둔 당내 주도권 싸움으로 번질 수 있다고 전망했다.",
 ],
 persons=[P("아오야기 슌페이","총리","일본"),P("하시모토 레이카","전 재무상",None),P("무라세 가오루","대표","입헌민주당"),P("후지이 노리타카","수석연구원","아사미경제연구소")],
 opt_persons=["표지훈"],
 quotes=[Q("아오야기 슌페이","재원 대책 없는 감세는 검토하지 않는다"),Q("하시모토 레이카","식료품 소비세를 한시적으로 0%로 낮춰야 한다"),
  Q("하시모토 레이카","물가 대책이 늦어지면 다음 선거에서 심판받을 것"),Q("무라세 가오루","여당 안에서조차 합의가 안 되는데 무슨 대책이 나오겠느냐"),
  Q("후지이 노리타카","감세 논쟁이 길어지면 내년도 예산 편성 일정에도 영향을 줄 수 있다")],
 opt_quotes=["재원 없는 감세 없다"],
 events=[E("세제조사회 총회","meeting","도쿄 자민당 본부","다음 달 2일","2026-12-02")],
 must_not={"person_names":["자민당"],"quote_substrings":[]},
 related=["中, 내년 성장률 목표 '5% 안팎' 유지 전망","美 연준 이사 \"추가 금리 인하 신중해야\"","EU, 탄소국경세 적용 품목 확대"],
 note="international wire `(도쿄=매체) X 특파원 =`: Japanese names family-first (`X 일본 총리`: title 총리, org 일본, a guess), `당내 중진인 X 전 재무상` (title by apposition), `제1야당인 입헌민주당의 X 대표`, an institute researcher; a quote told as said `전날` (no event); 세제조사회 총회 `다음 달 2일`; 참의원 선거 with no day (no event). Wire text dump: menu, 송고시간 line, e-mail, tip line, copyright, related list.",
))

A.append(dict(
 file="pumsak_journal_20261128.txt", form="txt_browser", outlet="품삯저널", section="노동", date="2026-11-28", time="16:47",
 author="옥소담", email="ocd.sweat@pumsak.org",
 title='생활물류노조 "분류작업 인력 약속 지켜라"…내달 5일 결의대회',
 paras=[
 "전국생활물류노동조합(생활물류노조)이 택배업체 닿음로지스에 분류작업 전담 인력 투입 약속을 지키라고 요구했다.",
 "노조는 28일 서울 영등포구 닿음로지스 본사 앞에서 기자회견을 열고 \"지난해 노사 합의 이행률이 절반에도 못 미친다\"고 주장했다.",
 "엄도혁 생활물류노조 위원장은 \"합의 이후 1년이 지났지만 전담 인력이 배치된 터미널은 절반도 안 된다\"고 말했다.",
 "그는 \"새벽 분류작업 때문에 하루 14시간씩 일하는 기사가 여전히 많다\"고 강조했다.",
 "현장 발언에 나선 택배기사 방유찬(47)씨는 \"분류를 마치고 배송을 나서면 이미 오전 11시\"라고 말했다.",
 "닿음로지스는 이날 입장문을 내고 \"내년 상반기까지 전 터미널에 인력 배치를 완료하겠다\"고 밝혔다.",
 "한 물류업계 관계자는 \"인력 수급이 쉽지 않은 상황\"이라고 말했다.",
 "고용노동부 물류고용과 심지안 과장은 \"노사 합의 이행 상황을 점검하겠다\"고 밝혔다.",
 "노조는 다음 달 5일 서울 여의도에서 조합원 3000여 명이 참가하는 결의대회를 열 계획이다.",
 ],
 persons=[P("엄도혁","위원장","생활물류노조"),P("방유찬","택배기사",None),P("심지안","과장","고용노동부 물류고용과")],
 opt_persons=["옥소담"],
 quotes=[Q("전국생활물류노동조합","지난해 노사 합의 이행률이 절반에도 못 미친다"),Q("엄도혁","합의 이후 1년이 지났지만 전담 인력이 배치된 터미널은 절반도 안 된다"),
  Q("엄도혁","새벽 분류작업 때문에 하루 14시간씩 일하는 기사가 여전히 많다"),Q("방유찬","분류를 마치고 배송을 나서면 이미 오전 11시"),
  Q("닿음로지스","내년 상반기까지 전 터미널에 인력 배치를 완료하겠다"),Q(None,"인력 수급이 쉽지 않은 상황"),
  Q("심지안","노사 합의 이행 상황을 점검하겠다")],
 opt_quotes=["분류작업 인력 약속 지켜라"],
 events=[E("기자회견","press_conference","서울 영등포구 닿음로지스 본사 앞","28일","2026-11-28"),
  E("결의대회","protest","서울 여의도","다음 달 5일","2026-12-05")],
 must_not={"person_names":["닿음로지스","관계자"],"quote_substrings":[]},
 related=["최저임금위, 업종별 차등 논의 재개","플랫폼 노동자 산재보험 가입 40만 명 돌파","조선업 하청 노조, 임금협상 타결"],
 note="labour: a union speaking at its own 기자회견 (28일, at the firm's HQ: an event with day and place) as speaker 전국생활물류노동조합 (full name; short form 생활물류노조 beside the 위원장); `X 노조 위원장` name-before-title; `그는`; `택배기사 X(47)씨`; the firm's 입장문; nameless `한 물류업계 관계자` (speaker null); `부처 과 X 과장`; 결의대회 `다음 달 5일`. Browser text dump: skip link, menu, `입력`/`수정`, byline with e-mail, share line, related list, footer.",
))

A.append(dict(
 file="gyeotdeuri_weekly_1126.txt", form="txt_weekly", outlet="주간 곁들이", section="인터뷰", date="2026-11-26", time="10:00",
 author="설해든", email="shd.gyeot@gyeotdeuri.kr",
 title="[인터뷰] 세계대회 준우승 이끈 블루세이지 차무겸 감독 \"다음엔 꼭 들어 올린다\"",
 paras=[
 "\"준우승 메달은 아직 꺼내 보지도 못했어요. 보면 또 아플 것 같아서요.\"",
 "지난 21일 서울 마포구 블루세이지 연습실에서 만난 차무겸(38) 감독은 이렇게 말했다. 그가 이끄는 e스포츠팀 블루세이지는 이달 초 미국에서 열린 리그 오브 레전드 세계대회에서 준우승을 차지했다.",
 "결승 상대는 3년 연속 우승을 노리던 중국 팀이었다. 블루세이지는 2-2까지 따라붙었지만 마지막 5세트를 내줬다.",
 "차 감독은 \"5세트 밴픽에서 제가 욕심을 냈다\"며 \"선수들 탓은 하나도 없다\"고 강조했다.",
 "'뇌섬'이라는 별명으로 불리는 그는 데이터 분석을 중시하는 지도자로 알려져 있다. 그는 \"요즘 선수들은 피드백을 숫자로 받아야 납득한다\"고 말했다.",
 "이어 \"그래서 코치진이 매 경기 200쪽짜리 분석 보고서를 만든다\"고 덧붙였다.",
 "팀 주장인 미드라이너 '소란' 권태민(22)은 \"감독님이 결승이 끝나자마자 먼저 사과하셔서 오히려 더 미안했다\"고 말했다.",
 "블루세이지 운영사인 도르래인터랙티브의 육민재 대표는 \"내년 시즌에도 코칭스태프와 핵심 선수 전원과 재계약했다\"고 밝혔다.",
 "블루세이지는 다음 달 13일 서울 성동구 성수동 도르래아레나에서 팬미팅을 연다.",
 "인터뷰를 마치며 차 감독은 \"다음엔 꼭 트로피를 들어 올리겠다\"고 말했다.",
 ],
 persons=[P("차무겸","감독",None),P("권태민","미드라이너",None),P("육민재","대표","도르래인터랙티브")],
 opt_persons=["설해든"],
 quotes=[Q("차무겸","준우승 메달은 아직 꺼내 보지도 못했어요. 보면 또 아플 것 같아서요."),Q("차무겸","5세트 밴픽에서 제가 욕심을 냈다"),
  Q("차무겸","선수들 탓은 하나도 없다"),Q("차무겸","요즘 선수들은 피드백을 숫자로 받아야 납득한다"),
  Q("차무겸","그래서 코치진이 매 경기 200쪽짜리 분석 보고서를 만든다"),Q("권태민","감독님이 결승이 끝나자마자 먼저 사과하셔서 오히려 더 미안했다"),
  Q("육민재","내년 시즌에도 코칭스태프와 핵심 선수 전원과 재계약했다"),Q("차무겸","다음엔 꼭 트로피를 들어 올리겠다")],
 opt_quotes=["다음엔 꼭 들어 올린다"],
 events=[E("팬미팅","other","서울 성동구 성수동 도르래아레나","다음 달 13일","2026-12-13")],
 must_not={"person_names":["뇌섬","소란","블루세이지"],"quote_substrings":["뇌섬"]},
 related=["[이번 호] 골목 서점 10년의 기록","[이번 호] 겨울 산행, 이것만은 챙기자","[이번 호] 청년 농부들의 첫 수확"],
 note="interview (weekly, an e-sports coach): stand-alone quote lede, `…만난 X(38) 감독은 이렇게 말했다` (the interview meeting is no event); `차 감독은 \"…\"며 \"…\"고 강조했다`, `그는`, `이어`; nicknames in single quotes ('뇌섬', '소란') are no names and no quotes; `주장인 미드라이너 '소란' X(22)` (title by apposition); `운영사인 X의 Y 대표`; the world final with no day (no event); 팬미팅 `다음 달 13일`. Weekly text dump: menu, breadcrumb, `승인` line, `글 X 기자`, e-mail, copyright, this-issue list.",
))

def kdate(a):
    y, m, d = a["date"].split("-"); return y, m, d

def render(a):
    y, m, d = kdate(a); t = a["time"]; H = html.escape
    body_html = "\n".join(f"<p>{H(p)}</p>" for p in a["paras"])
    rel_html = "".join(f"<li><a href=\"/news/{i+1}\">{H(r)}</a></li>" for i, r in enumerate(a["related"]))
    f = a["form"]; o = a["outlet"]; bp = []
    if f == "html_full":
        jl = json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":a["title"],"datePublished":f"{y}-{m}-{d}T{t}:00+09:00",
              "author":{"@type":"Person","name":a["author"]},"publisher":{"@type":"Organization","name":o}}, ensure_ascii=False)
        foot = f"Copyright © {y} 겨울솔뉴스. All rights reserved. 무단전재 및 재배포 금지"
        bp = [foot, "정치 경제 사회 지역 국제 오피니언", "많이 본 뉴스"]
        s = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{H(a['title'])} - {o}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{H(a['title'])}"><meta property="og:site_name" content="{o}">
<meta property="og:description" content="{H(a['paras'][0][:60])}"><meta property="article:published_time" content="{y}-{m}-{d}T{t}:00+09:00">
<meta property="article:section" content="{a['section']}"><meta name="author" content="{a['author']}">
<script type="application/ld+json">{jl}</script></head><body>
<header><a href="/" class="logo">{o}</a><nav><ul><li>정치</li><li>경제</li><li>사회</li><li>지역</li><li>국제</li><li>오피니언</li></ul></nav></header>
<div class="gnb-sub">정치 경제 사회 지역 국제 오피니언</div>
<main><article><div class="sect">{a['section']} &gt; 국회·정당</div><h1 class="headline">{H(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">입력 {y}.{m}.{d} {t}</span></div>
<div id="article-body">{body_html}
<p class="email">{a['author']} 기자 {a['email']}</p></div></article>
<aside><h3>많이 본 뉴스</h3><ol>{rel_html}</ol></aside></main>
<footer><p>(주)겨울솔미디어 | 서울특별시 영등포구 국회대로 000 | 대표전화 02-000-0000</p><p>{foot}</p></footer></body></html>"""
    elif f == "html_little":
        foot = f"ⓒ 셈터경제 {y} 무단 전재·재배포 금지"
        bp = [foot, "코스피 2,915.32 ▼12.40", "관련기사"]
        s = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{H(a['title'])}</title>
<meta name="description" content="{H(a['paras'][0])}"></head><body>
<div id="top"><a href="/">셈터경제</a> | 증권 | 부동산 | 산업 | 금융</div>
<div class="ticker">코스피 2,915.32 ▼12.40 · 코스닥 871.05 ▲3.11</div>
<div class="view"><h2>{H(a['title'])}</h2>
<div class="byline">{a['author']} 기자 | 승인 {y}.{m}.{d} {t}</div>
<div class="txt">{body_html}</div>
<div class="reporter">{a['author']} 기자 ({a['email']})</div></div>
<div class="rel"><b>관련기사</b><ul>{rel_html}</ul></div>
<div id="foot">셈터경제 | 등록번호 서울 아00000 | 발행인 홍길순<br>{foot}</div></body></html>"""
    elif f == "html_euckr":
        foot = f"Copyright (c) {y} 소솜일보 All Rights Reserved."
        bp = [foot, "이 기사를 공유합니다", "사회 주요뉴스"]
        s = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>소솜일보 - {H(a['title'])}</title></head>
<body><table width="100%"><tr><td class="logo">소솜일보</td><td>홈 | 정치 | 사회 | 경제 | 지역</td></tr></table>
<table width="720"><tr><td><font size="4"><b>{H(a['title'])}</b></font></td></tr>
<tr><td class="date">입력 : {y}-{m}-{d} {t} | {a['author']} 기자</td></tr>
<tr><td id="news_body">{body_html}
<p>{a['author']} 기자 {a['email']}</p></td></tr>
<tr><td>이 기사를 공유합니다</td></tr></table>
<table><tr><td><b>사회 주요뉴스</b><ul>{rel_html}</ul></td></tr></table>
<div class="foot">{foot}</div></body></html>"""
    elif f == "html_local":
        foot = f"돌담길신문 © {y} 모든 권리 보유. 기사 무단 복제 금지"
        bp = [foot, "댓글 0", "조회수 1,284", "자치행정 다른 기사"]
        s = f"""<!doctype html><html><head><meta charset="utf-8"><title>돌담길신문 :: {H(a['title'])}</title></head><body>
<div class="top">돌담길신문 | 자치행정 | 교육 | 문화 | 사람들</div>
<div class="article"><h1>{H(a['title'])}</h1>
<p class="meta">입력 {y}년 {int(m)}월 {int(d)}일 {t} · {a['author']} 기자 · 조회수 1,284</p>
<div class="content">{body_html}</div>
<p class="by">{a['author']} 기자 &lt;{a['email']}&gt;</p></div>
<div class="cmt"><h4>댓글 0</h4><textarea placeholder="댓글을 입력하세요"></textarea></div>
<div class="more"><h4>자치행정 다른 기사</h4><ul>{rel_html}</ul></div>
<footer>광주광역시 북구 돌담길로 00 | 청소년보호책임자 용가을<br>{foot}</footer></body></html>"""
    elif f == "html_og":
        foot = f"© {y} 빛결아트. 이 콘텐츠의 저작권은 빛결아트에 있습니다."
        bp = [foot, "함께 읽으면 좋은 기사", "사진 제공 갤러리 새벽담"]
        s = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="UTF-8"><title>{H(a['title'])} | 빛결아트</title>
<meta property="og:title" content="{H(a['title'])}"><meta property="og:site_name" content="빛결아트">
<meta property="article:published_time" content="{y}-{m}-{d}T{t}:00+09:00"><meta property="article:author" content="{a['author']}"></head><body>
<header><div class="brand">빛결아트</div><nav>미술 · 공연 · 책 · 영화 · 사람</nav></header>
<div class="crumb">홈 &gt; 미술 &gt; 전시</div>
<article><h1>{H(a['title'])}</h1><div class="byline">{a['author']} 기자 · {y}.{m}.{d} {t}</div>
<figure><figcaption>연소희 작가의 신작 '밀물의 시간' 일부. 사진 제공 갤러리 새벽담</figcaption></figure>
<section class="body">{body_html}</section>
<p class="mail">{a['email']}</p></article>
<aside><h2>함께 읽으면 좋은 기사</h2><ul>{rel_html}</ul></aside>
<footer>{foot}</footer></body></html>"""
    elif f == "html_jsonld":
        jl = json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":a["title"],"datePublished":f"{y}-{m}-{d}T{t}:00+09:00",
              "dateModified":f"{y}-{m}-{d}T09:02:00+09:00","author":[{"@type":"Person","name":a["author"]}],
              "publisher":{"@type":"Organization","name":o}}, ensure_ascii=False)
        foot = f"랠리타임스의 모든 콘텐츠는 저작권법의 보호를 받습니다. Copyright {y} Rally Times."
        bp = [foot, "인기 기사", "이 기사 공유하기", "하늘보라 3 - 1 은빛파도"]
        s = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{H(a['title'])} : 랠리타임스</title>
<meta property="og:title" content="{H(a['title'])}"><meta property="og:site_name" content="랠리타임스"><meta property="og:type" content="article">
<meta property="article:published_time" content="{y}-{m}-{d}T{t}:00+09:00"><script type="application/ld+json">{jl}</script></head><body>
<nav class="gnb">배구 | 야구 | 농구 | 축구 | e스포츠</nav>
<div class="scorebox">하늘보라 3 - 1 은빛파도</div>
<article><h1>{H(a['title'])}</h1><p class="meta">{a['author']} 기자 | 입력 {y}-{m}-{d} {t}</p>
<div class="article-text">{body_html}</div>
<p class="writer-mail">{a['author']} 기자 {a['email']}</p></article>
<div class="share">이 기사 공유하기</div>
<section class="popular"><h3>인기 기사</h3><ol>{rel_html}</ol></section>
<footer>{foot}</footer></body></html>"""
    else:
        rel_txt = "\n".join(a["related"]); body_txt = "\n\n".join(a["paras"])
        if f == "txt_portal":
            foot = f"Copyright ⓒ 코드누리. All rights reserved. 무단 전재 및 재배포, AI 학습 및 활용 금지."
            bp = [foot, "뉴스 홈 정치 경제 사회 생활/문화 IT/과학 세계", "주요뉴스", "좋아요 0 훈훈해요 0 슬퍼요 0"]
            s = f"""뉴스 홈 정치 경제 사회 생활/문화 IT/과학 세계
본문 바로가기
코드누리
{a['title']}
코드누리 | {y}.{m}.{d}. 오후 2:05
{a['author']} 기자
글자크기 공유

{body_txt}

{a['author']} 기자 {a['email']}

좋아요 0 훈훈해요 0 슬퍼요 0
{foot}
주요뉴스
{rel_txt}
"""
        elif f == "txt_wire":
            foot = f"<저작권자(c) 너울목통신, 무단 전재-재배포, AI 학습 및 활용 금지>"
            bp = [foot, "제보는 카카오톡 neoulmok", "국제 | 정치 | 경제 | 사회 | 문화", "관련 뉴스"]
            s = f"""너울목통신
국제 | 정치 | 경제 | 사회 | 문화
{a['title']}
송고시간 {y}-{m}-{d} {t}
표지훈 기자 기자 페이지

{body_txt}

{a['email']}
제보는 카카오톡 neoulmok
{foot}
{y}/{m}/{d} {t} 송고

관련 뉴스
{rel_txt}
"""
        elif f == "txt_browser":
            foot = f"품삯저널 | 등록번호 서울 다00000 | Copyright © {y} 품삯저널. All rights reserved."
            bp = [foot, "본문으로 건너뛰기", "페이스북 트위터 카카오톡 URL복사", "노동 관련기사"]
            s = f"""본문으로 건너뛰기
품삯저널
노동 | 산업안전 | 정책 | 사람 | 오피니언
{a['title']}
입력 {y}.{m}.{d} {t}  수정 {y}.{m}.{d} 17:20
{a['author']} 기자 {a['email']}
페이스북 트위터 카카오톡 URL복사

{body_txt}

노동 관련기사
{rel_txt}

{foot}
"""
        elif f == "txt_weekly":
            foot = f"© 주간 곁들이 {y}. 무단 전재 및 재배포를 금합니다."
            bp = [foot, "홈 > 인터뷰 > 사람", "이번 호 다른 기사"]
            s = f"""주간 곁들이
홈 | 커버스토리 | 인터뷰 | 생활 | 지역
홈 > 인터뷰 > 사람
{a['title']}
승인 {y}.{m}.{d} {t} | 제512호
글 {a['author']} 기자

{body_txt}

{a['author']} 기자 {a['email']}

이번 호 다른 기사
{rel_txt}

{foot}
"""
    return s, bp

def main():
    for a in A:
        s, bp = render(a)
        path = os.path.join(ROOT, "pages", a["file"])
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(path, "wb") as fh: fh.write(s.encode(enc))
        bmnc = bp + [r for r in a["related"][:2]]
        g = {"source": a["file"], "note": a["note"],
             "article": {"title": a["title"], "author": a["author"], "author_email": a["email"], "published": a["date"],
                         "outlet": a["outlet"], "language": "ko", "body": "\n\n".join(a["paras"]), "body_must_not_contain": bmnc},
             "persons": a["persons"], "optional_persons": a["opt_persons"],
             "quotes": a["quotes"], "optional_quotes": a["opt_quotes"],
             "events": a["events"], "must_not": a["must_not"]}
        stem = a["file"].rsplit(".", 1)[0]
        with open(os.path.join(ROOT, "gold", stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1); fh.write("\n")
    # check
    bad = 0
    for a in A:
        raw = open(os.path.join(ROOT, "pages", a["file"]), "rb").read()
        txt = raw.decode("euc-kr" if a["form"] == "html_euckr" else "utf-8")
        txt = html.unescape(txt)
        stem = a["file"].rsplit(".", 1)[0]
        g = json.load(open(os.path.join(ROOT, "gold", stem + ".expected.json"), encoding="utf-8"))
        need = [g["article"]["title"], g["article"]["author"], g["article"]["author_email"], g["article"]["outlet"]] + a["paras"]
        need += [p["name"] for p in g["persons"]] + [p["title"] for p in g["persons"]] + [p["organization"] for p in g["persons"] if p["organization"]]
        need += [q["text"] for q in g["quotes"]] + g["optional_quotes"] + g["article"]["body_must_not_contain"]
        need += [e["date_text"] for e in g["events"]] + [e["location"] for e in g["events"] if e["location"]] + [e["name"] for e in g["events"]]
        need += g["must_not"]["person_names"] + g["must_not"]["quote_substrings"]
        for n in need:
            if n not in txt: print("MISSING", a["file"], n); bad += 1
        for q in g["quotes"]:
            if f"\"{q['text']}\"" not in txt and f"\"{q['text']}" not in txt: print("NOTQUOTED", a["file"], q["text"]); bad += 1
        for b in g["article"]["body_must_not_contain"]:
            if b in g["article"]["body"]: print("BP IN BODY", a["file"], b); bad += 1
    print("bad", bad, "files", len(A))
main()
