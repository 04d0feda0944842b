# -*- coding: utf-8 -*-
"""Texts and gold rows of ko-heldout66 (written blind by helper w66)."""

A = []

# 1. civil damages ruling -- text dump
A.append(dict(
    file="songsajournal_20260316.txt", form="txt1", outlet="송사저널", author="변태율", email="ty.byeon@songsajournal.kr",
    published="2026-03-16", date_line="입력 2026.03.16 15:42 | 수정 2026.03.16 16:05",
    title='법원 "시공사, 입주민에 하자 보수비 38억 배상하라"',
    paras=[
        '대구 수성구의 한 대단지 아파트 입주민들이 외벽 균열과 지하주차장 누수를 이유로 시공사를 상대로 낸 손해배상 소송에서 1심 법원이 입주민 손을 들어줬다.',
        '대구지법 민사11부(재판장 국성환 부장판사)는 16일 리버하임수성 입주자대표회의가 서담종합건설을 상대로 낸 손해배상 청구 소송에서 "피고는 원고에게 38억2000만원과 지연손해금을 지급하라"며 원고 일부 승소로 판결했다.',
        '입주자대표회의는 2022년 입주 직후부터 외벽과 주차장 천장에서 물이 새고 금이 가는 하자가 잇따르자 보수를 요구했으나 받아들여지지 않자 2023년 5월 소송을 냈다. 청구액은 52억원이었다.',
        '재판부는 "법원 감정 결과 외벽 균열과 지하주차장 누수 등 하자 312건이 확인됐고 대부분 설계도서와 다르게 시공한 데서 비롯된 것으로 보인다"고 밝혔다.',
        '다만 재판부는 "입주 뒤 관리 소홀로 커진 부분까지 시공사에 모두 책임을 지우기는 어렵다"며 피고의 책임을 70%로 제한했다.',
        '원고 측을 대리한 법무법인 해든솔의 편시훈 변호사는 선고 직후 "감정 과정에서 드러난 하자 대부분이 인정된 판결"이라며 "입주민들이 3년 넘게 겪은 불편을 법원이 확인했다는 데 의미가 있다"고 말했다.',
        '반면 서담종합건설 측 소송대리인인 법무법인 가람솔의 길도해 변호사는 "하자 상당수는 사용 승인 이후 발생한 것으로 시공과 인과관계가 없다"며 "판결문을 받아 검토한 뒤 항소 여부를 정하겠다"고 밝혔다.',
        '리버하임수성 입주자대표회의 감은채 회장은 "비가 올 때마다 주차장에 양동이를 받쳐 놓고 살았다"며 "배상금이 확정되면 곧바로 보수 공사에 들어갈 것"이라고 말했다.',
        '서담종합건설은 이날 입장문을 내고 "판결 내용을 존중하지만 일부 하자의 원인에 대해서는 다툴 여지가 있다"고 밝혔다.',
        '이 아파트는 지상 29층, 12개 동, 1180가구 규모로 2022년 2월 준공됐다.',
    ],
    persons=[
        dict(name="국성환", title="부장판사", organization="대구지법 민사11부"),
        dict(name="편시훈", title="변호사", organization="법무법인 해든솔"),
        dict(name="길도해", title="변호사", organization="법무법인 가람솔"),
        dict(name="감은채", title="회장", organization="리버하임수성 입주자대표회의"),
    ],
    optional_persons=["변태율"],
    quotes=[
        dict(speaker="대구지법 민사11부", text="피고는 원고에게 38억2000만원과 지연손해금을 지급하라"),
        dict(speaker="대구지법 민사11부", text="법원 감정 결과 외벽 균열과 지하주차장 누수 등 하자 312건이 확인됐고 대부분 설계도서와 다르게 시공한 데서 비롯된 것으로 보인다"),
        dict(speaker="대구지법 민사11부", text="입주 뒤 관리 소홀로 커진 부분까지 시공사에 모두 책임을 지우기는 어렵다"),
        dict(speaker="편시훈", text="감정 과정에서 드러난 하자 대부분이 인정된 판결 입주민들이 3년 넘게 겪은 불편을 법원이 확인했다는 데 의미가 있다"),
        dict(speaker="길도해", text="하자 상당수는 사용 승인 이후 발생한 것으로 시공과 인과관계가 없다 판결문을 받아 검토한 뒤 항소 여부를 정하겠다"),
        dict(speaker="감은채", text="비가 올 때마다 주차장에 양동이를 받쳐 놓고 살았다 배상금이 확정되면 곧바로 보수 공사에 들어갈 것"),
        dict(speaker="서담종합건설", text="판결 내용을 존중하지만 일부 하자의 원인에 대해서는 다툴 여지가 있다"),
    ],
    optional_quotes=["시공사, 입주민에 하자 보수비 38억 배상하라"],
    events=[
        dict(name="선고", kind="trial", location="대구지법", date_text="16일", start_date="2026-03-16"),
    ],
    must_not=dict(person_names=["리버하임수성", "서담종합건설"], quote_substrings=[]),
    menu=["송사저널", "홈 | 법원 | 검찰 | 법조인 | 판결 | 오피니언", "법원 > 민사"],
    tail=["변태율 기자 ty.byeon@songsajournal.kr", "", "관련기사", "· 아파트 하자소송 급증…감정비 부담에 입주민 '이중고'", "· 대법 \"공용부분 하자 청구권, 입주자대표회의에 있다\"",
          "", "송사저널 | 서울 서초구 법원로 77 | 등록번호 서울 아 05521 | 발행·편집인 위도현", "Copyright ⓒ 송사저널 All rights reserved. 무단 전재·재배포 금지"],
    note="Civil damages ruling at a 지방법원: `대구지법 민사11부(재판장 X 부장판사)` (org the bench, as written), the 재판부 speaking twice (speaker the bench) and once in the lede's `\"…지급하라\"며 … 판결했다`, both sides' 변호사 with their 법무법인 (`원고 측을 대리한 법무법인 X의 Y 변호사`, `X 측 소송대리인인 법무법인 Y의 Z 변호사`), an 입주자대표회의 회장, a firm's 입장문 `이날`; the ruling `16일` is the event 선고 at the court (round-20 convention); the suit filed `2023년 5월` and the completion are no events. Text dump with menu, byline/e-mail tail, related list and footer.",
))

# 2. V-League women's game -- HTML sports site
A.append(dict(
    file="netnball_20260119_3301.html", form="html_sports", outlet="네트앤볼", author="변하솜", email="byeonhs@netnball.co.kr",
    published="2026-01-19", pubtime="2026-01-19T06:30:00+09:00",
    title='카르도주 32점 폭발…도원스톰, 푸르미에이스 꺾고 3연승',
    paras=[
        '대전 도원스톰이 외국인 선수 마리아 카르도주의 32점 활약을 앞세워 김천 푸르미에이스를 꺾고 3연승을 달렸다.',
        '도원스톰은 18일 대전 충무체육관에서 열린 2025-2026 V리그 여자부 4라운드 홈 경기에서 푸르미에이스를 세트 스코어 3-1(25-21 23-25 25-19 25-22)로 이겼다.',
        '이로써 도원스톰은 승점 41(14승 7패)을 쌓아 2위 자리를 지켰다. 푸르미에이스는 2연패에 빠지며 4위에 머물렀다.',
        '브라질 출신 아포짓 스파이커 카르도주는 공격 성공률 51.6%를 기록하며 양 팀 최다인 32점을 올렸다. 도원스톰 세터 구하윤은 서브 에이스 3개를 곁들이며 공격을 고르게 배분했다.',
        '푸르미에이스는 아웃사이드 히터 염가빈이 19점으로 분전했지만 고비마다 나온 범실 27개에 발목이 잡혔다.',
        '도원스톰 탁지성 감독은 경기 뒤 "2세트를 내준 뒤 선수들이 스스로 분위기를 다시 잡았다"고 말했다. 이어 "카르도주가 어려운 공을 끝까지 책임져 줬다. 리시브만 조금 더 버텨주면 선두 추격도 가능하다"고 덧붙였다.',
        '카르도주는 "한국에 온 뒤 가장 많은 팬이 찾아온 경기라 힘이 났다"며 "하윤 언니의 토스가 정말 좋았다"고 웃었다.',
        '"범실이 너무 많았다. 이길 수 없는 경기였다"라고 푸르미에이스 명재우 감독은 아쉬워했다.',
        '명 감독은 "염가빈이 혼자 짐을 지고 있다. 미들 블로커 쪽 공격 비중을 늘려야 한다"며 "다음 경기까지 서브 리시브를 집중적으로 보완하겠다"고 말했다.',
        '도원스톰은 오는 22일 김천실내체육관에서 푸르미에이스와 다시 맞붙는다.',
    ],
    persons=[
        dict(name="마리아 카르도주", title="외국인 선수", organization="도원스톰"),
        dict(name="구하윤", title="세터", organization="도원스톰"),
        dict(name="염가빈", title="아웃사이드 히터", organization="푸르미에이스"),
        dict(name="탁지성", title="감독", organization="도원스톰"),
        dict(name="명재우", title="감독", organization="푸르미에이스"),
    ],
    optional_persons=["변하솜"],
    quotes=[
        dict(speaker="탁지성", text="2세트를 내준 뒤 선수들이 스스로 분위기를 다시 잡았다"),
        dict(speaker="탁지성", text="카르도주가 어려운 공을 끝까지 책임져 줬다. 리시브만 조금 더 버텨주면 선두 추격도 가능하다"),
        dict(speaker="마리아 카르도주", text="한국에 온 뒤 가장 많은 팬이 찾아온 경기라 힘이 났다 하윤 언니의 토스가 정말 좋았다"),
        dict(speaker="명재우", text="범실이 너무 많았다. 이길 수 없는 경기였다"),
        dict(speaker="명재우", text="염가빈이 혼자 짐을 지고 있다. 미들 블로커 쪽 공격 비중을 늘려야 한다 다음 경기까지 서브 리시브를 집중적으로 보완하겠다"),
    ],
    optional_quotes=[],
    events=[
        dict(name="2025-2026 V리그 여자부 4라운드 홈 경기", kind="sports", location="대전 충무체육관", date_text="18일", start_date="2026-01-18"),
        dict(name="푸르미에이스와 경기", kind="sports", location="김천실내체육관", date_text="오는 22일", start_date="2026-01-22"),
    ],
    must_not=dict(person_names=["도원스톰", "푸르미에이스", "하윤 언니"], quote_substrings=[]),
    note="V리그 women's match report between two invented clubs: the game in its results sentence `18일` (one row named as written, round-20 convention), the rematch `오는 22일` (named by what it is; its name is not scored strictly); a foreign player `외국인 선수 마리아 카르도주` in the lede (title the apposition on the full name, ko/ convention), later `브라질 출신 아포짓 스파이커 카르도주`, `도원스톰 세터 X`, both 감독 quoted (`X 감독은 경기 뒤 \"…\"고 말했다. 이어 \"…\"`, a quote before its speaker, `명 감독은 \"…\"며 \"…\"고`); `하윤 언니` inside a quote is no person. Coaches' and players' organisation: the team the article ties them to. HTML of a sports site with og, article:published_time, JSON-LD, score box, tags, related list.",
))

# 3. apartment model house -- HTML full meta
A.append(dict(
    file="jipteo_20260410_5127.html", form="html_full", outlet="집터뉴스", author="추다경", email="dakyung.chu@jipteonews.com",
    published="2026-04-10", pubtime="2026-04-10T14:20:00+09:00", section="분양",
    title='미르채건설 \'평택 고덕 미르채 파크원\' 견본주택 개관…첫날 1만명 몰려',
    paras=[
        '미르채건설이 경기 평택시 고덕국제신도시에 짓는 \'평택 고덕 미르채 파크원\'의 견본주택을 10일 열고 본격 분양에 나섰다.',
        '이 단지는 지하 2층~지상 29층, 9개 동, 전용면적 59~99㎡ 1024가구 규모다. 분양가는 3.3㎡당 평균 1890만원으로 책정됐다.',
        '견본주택 개관 첫날인 이날 오전 평택시 고덕동 견본주택에서 열린 개관식에는 회사 임직원과 지역 주민 등 200여명이 참석했다. 회사 측은 오후 6시까지 1만여명이 다녀간 것으로 집계했다.',
        '미르채건설 이도훈 분양소장은 "고덕국제신도시에서 드물게 중소형부터 대형까지 고른 평형을 갖춘 단지"라며 "인근 시세보다 분양가를 낮게 잡은 만큼 실수요자들의 관심이 높다"고 말했다.',
        '그는 "단지 안에 초등학교 부지가 붙어 있어 어린 자녀를 둔 30~40대 방문객이 특히 많았다"고 덧붙였다.',
        '청약은 오는 20일 특별공급, 21일 1순위, 22일 2순위 순으로 진행된다. 당첨자는 28일 발표하고 정당계약은 다음 달 11일부터 사흘간 진행한다.',
        '회사는 오는 14일 견본주택에서 청약 설명회를 열어 자금 조달 계획과 가점 계산법 등을 안내할 예정이다.',
        '현장을 찾은 평택 시민 하모(38)씨는 "삼성전자 평택캠퍼스가 가까워 출퇴근이 편할 것 같다"며 "특별공급에 넣어볼 생각"이라고 말했다.',
        '인근 고덕솔길공인중개사 남궁태한 대표는 "최근 고덕 일대 신축 아파트 시세가 3.3㎡당 2000만원을 넘어선 만큼 가격 경쟁력은 있는 편"이라고 했다.',
        '부동산정보업체 집다움리서치 설규담 팀장은 "평택 지역 미분양 물량이 줄어드는 추세여서 청약 성적이 하반기 분양 시장의 가늠자가 될 것"이라고 내다봤다.',
    ],
    persons=[
        dict(name="이도훈", title="분양소장", organization="미르채건설"),
        dict(name="남궁태한", title="대표", organization="고덕솔길공인중개사"),
        dict(name="설규담", title="팀장", organization="집다움리서치"),
    ],
    optional_persons=["추다경", "하모"],
    quotes=[
        dict(speaker="이도훈", text="고덕국제신도시에서 드물게 중소형부터 대형까지 고른 평형을 갖춘 단지 인근 시세보다 분양가를 낮게 잡은 만큼 실수요자들의 관심이 높다"),
        dict(speaker="이도훈", text="단지 안에 초등학교 부지가 붙어 있어 어린 자녀를 둔 30~40대 방문객이 특히 많았다"),
        dict(speaker="하모", text="삼성전자 평택캠퍼스가 가까워 출퇴근이 편할 것 같다 특별공급에 넣어볼 생각"),
        dict(speaker="남궁태한", text="최근 고덕 일대 신축 아파트 시세가 3.3㎡당 2000만원을 넘어선 만큼 가격 경쟁력은 있는 편"),
        dict(speaker="설규담", text="평택 지역 미분양 물량이 줄어드는 추세여서 청약 성적이 하반기 분양 시장의 가늠자가 될 것"),
    ],
    optional_quotes=[],
    events=[
        dict(name="개관식", kind="ceremony", location="평택시 고덕동 견본주택", date_text="이날 오전", start_date="2026-04-10"),
        dict(name="청약 설명회", kind="meeting", location="견본주택", date_text="오는 14일", start_date="2026-04-14"),
    ],
    must_not=dict(person_names=["미르채 파크원", "미르채건설"], quote_substrings=[]),
    note="Apartment 분양: a builder opens its 견본주택 `10일` (a place opening to the public: no event, round-20 convention) with an 개관식 `이날 오전` at the 견본주택 (event), a 청약 설명회 `오는 14일` (a 설명회 is a meeting); the 청약 schedule (`오는 20일 특별공급, 21일 1순위…`, 당첨자 발표, 정당계약) is a sales schedule like `정식 출시`, so no event (ko/ convention; a doubt). `미르채건설 X 분양소장` quoted with `\"…\"라며 \"…\"고` and `그는 \"…\"고 덧붙였다`, an anonymised visitor `하모(38)씨` (optional person, its quotation linked to it), a 공인중개사 대표 and a research firm's 팀장 (`부동산정보업체 X Y 팀장`: org X). HTML with full og, article:published_time, JSON-LD, nav, breadcrumb, related list, footer.",
))

# 4. forest fire -- text dump local paper
A.append(dict(
    file="taebaeknuri_20260322.txt", form="txt2", outlet="태백누리신문", author="봉은재", email="ej.bong@taebaeknuri.kr",
    published="2026-03-22", date_line="승인 2026.03.22 11:08",
    title='정선 산불 16시간 만에 꺼져…산림 8㏊ 피해',
    paras=[
        '강원 정선군 남면의 야산에서 난 불이 16시간 만에 꺼졌다.',
        '산림청과 강원 정선소방서에 따르면 지난 21일 오후 2시 10분께 정선군 남면 무릉리 한 야산에서 불이 나 22일 오전 6시 20분께 주불이 잡혔다. 이 불로 산림 8㏊가 탄 것으로 추정된다.',
        '산림청은 헬기 12대와 산불진화대원, 소방대원, 공무원 등 인력 420여명을 투입해 진화에 나섰다. 해가 진 뒤에는 헬기가 뜨지 못해 지상 인력이 밤새 방화선을 구축했다.',
        '불이 마을 쪽으로 번지자 정선군은 전날 오후 무릉리와 인근 2개 마을 주민 86명을 남면복지회관으로 대피시켰다. 인명 피해는 없었다.',
        '정선군 산불전문진화대 엄기백 대장은 "초속 7m 안팎의 바람이 계속 방향을 바꿔 밤새 방화선을 세 번이나 다시 쳤다"며 "대원들이 물 한 모금 제대로 못 마시고 버텼다"고 말했다.',
        '정선소방서 석진웅 서장은 "민가 20여 채가 몰린 마을 입구까지 불이 내려왔지만 소방차 14대를 배치해 주택으로 옮겨붙는 것을 막았다"고 설명했다.',
        '전상일 정선군수는 이날 오전 현장을 찾아 "잔불 정리가 끝날 때까지 감시 인력을 현장에 두겠다"고 밝혔다.',
        '대피소에서 밤을 보낸 주민 명모(71)씨는 "불길이 뒷산을 타고 내려오는 걸 보고 몸만 빠져나왔다"고 말했다.',
        '산림청은 농사 부산물을 태우다 불이 번졌을 가능성에 무게를 두고 있다. 산림청과 경찰은 오는 24일 발화 지점인 무릉리 야산에서 합동감식을 벌여 정확한 원인을 조사할 계획이다.',
        '산림청 관계자는 "봄철에는 작은 불씨도 대형 산불로 번질 수 있다"며 "산림 인접지에서 소각을 삼가 달라"고 당부했다.',
    ],
    persons=[
        dict(name="엄기백", title="대장", organization="정선군 산불전문진화대"),
        dict(name="석진웅", title="서장", organization="정선소방서"),
        dict(name="전상일", title="군수", organization="정선군"),
    ],
    optional_persons=["봉은재", "명모"],
    quotes=[
        dict(speaker="엄기백", text="초속 7m 안팎의 바람이 계속 방향을 바꿔 밤새 방화선을 세 번이나 다시 쳤다 대원들이 물 한 모금 제대로 못 마시고 버텼다"),
        dict(speaker="석진웅", text="민가 20여 채가 몰린 마을 입구까지 불이 내려왔지만 소방차 14대를 배치해 주택으로 옮겨붙는 것을 막았다"),
        dict(speaker="전상일", text="잔불 정리가 끝날 때까지 감시 인력을 현장에 두겠다"),
        dict(speaker="명모", text="불길이 뒷산을 타고 내려오는 걸 보고 몸만 빠져나왔다"),
        dict(speaker=None, text="봄철에는 작은 불씨도 대형 산불로 번질 수 있다 산림 인접지에서 소각을 삼가 달라"),
    ],
    optional_quotes=[],
    events=[
        dict(name="합동감식", kind="other", location="무릉리 야산", date_text="오는 24일", start_date="2026-03-24"),
    ],
    must_not=dict(person_names=["산림청 관계자"], quote_substrings=[]),
    note="Forest fire put out by 산림청 and 소방: the fire itself is the incident the story reports (no event, round-20 convention), nor the evacuation told by a verb; the 합동감식 `오는 24일` at the 발화 지점 is the one event. `정선군 산불전문진화대 X 대장` (the brief's 산불진화대장, written with its body), `정선소방서 X 서장`, a fused post `X 정선군수` (title 군수, org 정선군), an anonymised resident `명모(71)씨` (optional, linked), a nameless 산림청 관계자 (speaker null). `지난 21일` and `전날` both point at the 21st. Local-paper text dump: region menu, `X 기자 | 승인 …` line, `다른기사 보기`, most-read list, footer.",
))

# 5. KDCA flu warning -- HTML little meta
A.append(dict(
    file="geonganitda_20261120_0381.html", form="html_little", outlet="건강잇다", author="봉나래", email="nr.bong@geonganitda.com",
    published="2026-11-20", date_line="기사입력 2026-11-20 11:45",
    title='독감 유행주의보 발령…"고위험군 서둘러 예방접종해야"',
    paras=[
        '질병관리청이 20일 전국에 인플루엔자(독감) 유행주의보를 발령했다. 지난해보다 약 3주 이른 것이다.',
        '질병관리청에 따르면 이달 9~15일 전국 300개 표본감시 의료기관을 찾은 외래환자 1000명당 인플루엔자 의사환자는 12.4명으로, 올해 유행 기준인 8.6명을 넘어섰다.',
        '연령별로는 7~12세가 1000명당 31.2명으로 가장 많았고, 13~18세가 22.7명으로 뒤를 이었다. 검출된 바이러스는 대부분 A형(H3N2)이었다.',
        '남궁혜린 질병관리청장은 이날 충북 오송 청사에서 열린 브리핑에서 "학교를 중심으로 환자가 빠르게 늘고 있어 12월 중순 정점에 이를 것으로 보인다"며 "어르신과 어린이, 임신부는 아직 접종하지 않았다면 서둘러 달라"고 강조했다.',
        '이어 "손 씻기와 기침 예절만 지켜도 전파를 상당 부분 줄일 수 있다"고 말했다.',
        '석경민 질병관리청 감염병정책국장은 "현재 65세 이상 어르신 접종률은 68% 수준으로 지난해 같은 기간보다 4%포인트 낮다"고 설명했다.',
        '의료 현장에서는 벌써 소아 환자가 몰리고 있다. 세림대병원 감염내과 탁이솔 교수는 "고열이 48시간 넘게 이어지거나 숨이 차면 바로 병원을 찾아야 한다"며 "항바이러스제는 증상이 나타난 지 이틀 안에 먹어야 효과가 크다"고 조언했다.',
        '서울 노원구에서 소아청소년과 의원을 운영하는 하지혁 원장은 "이번 주 들어 하루 외래환자의 절반 가까이가 독감 의심 환자"라고 말했다.',
        '질병관리청은 오는 24일 오송 청사에서 시도 감염병 담당자 회의를 열고 학교와 요양시설 집단발생 대응 방안을 점검할 예정이다.',
        '무료 예방접종은 내년 4월 30일까지 가까운 지정 의료기관과 보건소에서 받을 수 있다.',
    ],
    persons=[
        dict(name="남궁혜린", title="청장", organization="질병관리청"),
        dict(name="석경민", title="감염병정책국장", organization="질병관리청"),
        dict(name="탁이솔", title="교수", organization="세림대병원 감염내과"),
        dict(name="하지혁", title="원장", organization=None),
    ],
    optional_persons=["봉나래"],
    quotes=[
        dict(speaker="남궁혜린", text="학교를 중심으로 환자가 빠르게 늘고 있어 12월 중순 정점에 이를 것으로 보인다 어르신과 어린이, 임신부는 아직 접종하지 않았다면 서둘러 달라"),
        dict(speaker="남궁혜린", text="손 씻기와 기침 예절만 지켜도 전파를 상당 부분 줄일 수 있다"),
        dict(speaker="석경민", text="현재 65세 이상 어르신 접종률은 68% 수준으로 지난해 같은 기간보다 4%포인트 낮다"),
        dict(speaker="탁이솔", text="고열이 48시간 넘게 이어지거나 숨이 차면 바로 병원을 찾아야 한다 항바이러스제는 증상이 나타난 지 이틀 안에 먹어야 효과가 크다"),
        dict(speaker="하지혁", text="이번 주 들어 하루 외래환자의 절반 가까이가 독감 의심 환자"),
    ],
    optional_quotes=["고위험군 서둘러 예방접종해야"],
    events=[
        dict(name="시도 감염병 담당자 회의", kind="meeting", location="오송 청사", date_text="오는 24일", start_date="2026-11-24"),
    ],
    must_not=dict(person_names=["질병관리청장"], quote_substrings=[]),
    note="질병관리청 flu warning: the 유행주의보 발령 `20일` is an announcement like a rule taking effect (no event; a doubt), the briefing `이날` that sets the 청장's quotation is no event (round-27 convention); one meeting `오는 24일` at the 오송 청사. A fused post `X 질병관리청장` (title 청장, org 질병관리청), `X 질병관리청 감염병정책국장` (post after the body), `X 청장은 \"…\"며 \"…\"고 강조했다` then `이어 \"…\"`, a professor `세림대병원 감염내과 X 교수` (org as written before the name), a clinic 원장 described by a clause only (`…의원을 운영하는 X 원장`: no body named, org null). HTML with `<title>` and description only, `기사입력` line, nav, most-read list, footer.",
))

# 6. BoK rate decision -- HTML full og/JSON-LD
A.append(dict(
    file="econoflow_20260226_8812.html", form="html_econ", outlet="이코노플로우", author="금보라", email="bora.geum@econoflow.kr",
    published="2026-02-26", pubtime="2026-02-26T13:05:00+09:00",
    title='한은, 기준금리 연 2.25% 동결…여도현 "인하 시점은 물가 보고 판단"',
    paras=[
        '한국은행 금융통화위원회가 기준금리를 연 2.25%로 동결했다. 지난해 11월 이후 네 차례 연속 동결이다.',
        '한은 금통위는 26일 서울 중구 한은 본관에서 통화정책방향 결정회의를 열고 기준금리를 현 수준에서 유지하기로 했다.',
        '수도권 집값 상승세가 꺾이지 않은 데다 원·달러 환율이 1450원 안팎에서 움직이고 있어 금리를 내리기에는 부담이 크다고 판단한 것으로 풀이된다.',
        '여도현 한은 총재는 회의 직후 기자간담회에서 "성장세가 여전히 약하지만 환율과 가계부채를 함께 보지 않을 수 없었다"며 "인하 시점은 다음 달 물가 흐름을 보고 판단하겠다"고 말했다.',
        '그는 "금통위원 6명 가운데 5명은 3개월 내 인하 가능성을 열어둬야 한다는 의견이었다"고 전했다.',
        '이날 회의에서는 신지온 금통위원이 0.25%포인트 인하 소수의견을 냈다.',
        '여 총재는 부동산 시장에 대해 "서울 일부 지역의 거래가 다시 늘고 있어 금융 여건을 너무 빨리 완화하면 집값을 자극할 수 있다"고 경계했다.',
        '한은은 이날 올해 경제성장률 전망치를 1.8%에서 1.6%로 낮췄다.',
        '누리벨증권 금서진 수석연구원은 "소수의견이 나오고 성장률 전망이 내려간 만큼 4월 인하 가능성이 커졌다"고 분석했다.',
        '다음 통화정책방향 결정회의는 오는 4월 9일 열린다.',
    ],
    persons=[
        dict(name="여도현", title="총재", organization="한은"),
        dict(name="신지온", title="금통위원", organization="금통위"),
        dict(name="금서진", title="수석연구원", organization="누리벨증권"),
    ],
    optional_persons=["금보라"],
    quotes=[
        dict(speaker="여도현", text="성장세가 여전히 약하지만 환율과 가계부채를 함께 보지 않을 수 없었다 인하 시점은 다음 달 물가 흐름을 보고 판단하겠다"),
        dict(speaker="여도현", text="금통위원 6명 가운데 5명은 3개월 내 인하 가능성을 열어둬야 한다는 의견이었다"),
        dict(speaker="여도현", text="서울 일부 지역의 거래가 다시 늘고 있어 금융 여건을 너무 빨리 완화하면 집값을 자극할 수 있다"),
        dict(speaker="금서진", text="소수의견이 나오고 성장률 전망이 내려간 만큼 4월 인하 가능성이 커졌다"),
    ],
    optional_quotes=["인하 시점은 물가 보고 판단"],
    events=[
        dict(name="통화정책방향 결정회의", kind="meeting", location="서울 중구 한은 본관", date_text="26일", start_date="2026-02-26"),
        dict(name="다음 통화정책방향 결정회의", kind="meeting", location=None, date_text="오는 4월 9일", start_date="2026-04-09"),
    ],
    must_not=dict(person_names=["금통위원"], quote_substrings=[]),
    note="한국은행 금통위 rate decision: the 결정회의 `26일` at the 한은 본관 and the next one `오는 4월 9일` are events; the 총재's 기자간담회 `회의 직후` sets his quotations (no event, round-27 convention). `X 한은 총재` (org as written, 한은), `그는 \"…\"고 전했다`, `여 총재는 … \"…\"고 경계했다`, a 금통위원 with no body beside the name (`X 금통위원`: a post fused with its body, so org 금통위 as the article abbreviates it), an analyst `X증권 Y 수석연구원`; headline quote optional. HTML with full og, article:published_time, JSON-LD NewsArticle, ticker bar, related list, footer.",
))

# 7. university president election -- text dump portal
A.append(dict(
    file="haklimdaily_20260605.txt", form="txt3", outlet="학림데일리", author="채미루", email="mr.chae@haklimdaily.com",
    published="2026-06-05", date_line="입력 2026.06.05. 오전 9:14  수정 2026.06.05. 오전 10:02",
    title='세은대 총장 선거 위상현 교수 1위…이사회 선임 절차만 남아',
    paras=[
        '세은대학교 차기 총장 후보 선거에서 위상현 기계공학부 교수가 1위를 차지했다.',
        '세은대 총장추천위원회는 지난 4일 교내 세은홀에서 교원과 직원, 학생 대표 등 선거인단 612명이 참여한 총장 후보자 선출 투표를 진행한 결과 위상현 교수가 결선에서 과반을 얻었다고 5일 밝혔다.',
        '2위는 독고은비 경영학부 교수였다. 투표율은 91.3%였다.',
        '위 교수는 "구성원 모두가 학교의 위기를 함께 느끼고 있다는 뜻으로 받아들인다"며 "학생 수 감소에 맞서 학과 구조 개편을 임기 첫해에 마무리하겠다"고 소감을 밝혔다.',
        '독고 교수는 "결과를 겸허히 받아들이고 새 총장이 학교를 잘 이끌도록 돕겠다"고 말했다.',
        '앞서 후보 5명은 지난달 28일 세은홀에서 열린 합동연설회에서 등록금 동결, 기숙사 확충, 지역 기업 연계 학과 신설 등을 공약으로 내놨다.',
        '반도규 총장추천위원회 위원장은 "선거 기간 내내 큰 잡음 없이 절차가 진행됐다"며 "1·2위 후보를 순위와 함께 이사회에 추천하겠다"고 말했다.',
        '학교법인 세은학원은 이달 중 이사회를 열어 두 후보 가운데 총장을 선임한다. 새 총장 임기는 9월 1일부터 4년이다.',
        '총학생회 관계자는 "학생 투표 반영 비율이 여전히 낮다"며 "다음 선거에서는 반영 비율을 높여야 한다"고 지적했다.',
    ],
    persons=[
        dict(name="위상현", title="교수", organization="기계공학부"),
        dict(name="독고은비", title="교수", organization="경영학부"),
        dict(name="반도규", title="위원장", organization="총장추천위원회"),
    ],
    optional_persons=["채미루"],
    quotes=[
        dict(speaker="위상현", text="구성원 모두가 학교의 위기를 함께 느끼고 있다는 뜻으로 받아들인다 학생 수 감소에 맞서 학과 구조 개편을 임기 첫해에 마무리하겠다"),
        dict(speaker="독고은비", text="결과를 겸허히 받아들이고 새 총장이 학교를 잘 이끌도록 돕겠다"),
        dict(speaker="반도규", text="선거 기간 내내 큰 잡음 없이 절차가 진행됐다 1·2위 후보를 순위와 함께 이사회에 추천하겠다"),
        dict(speaker=None, text="학생 투표 반영 비율이 여전히 낮다 다음 선거에서는 반영 비율을 높여야 한다"),
    ],
    optional_quotes=[],
    events=[
        dict(name="총장 후보자 선출 투표", kind="election", location="교내 세은홀", date_text="지난 4일", start_date="2026-06-04"),
        dict(name="합동연설회", kind="meeting", location="세은홀", date_text="지난달 28일", start_date="2026-05-28"),
    ],
    must_not=dict(person_names=["세은학원", "총학생회 관계자"], quote_substrings=[]),
    note="University 총장 election: the vote `지난 4일` at 교내 세은홀 (told by `투표를 진행한 결과`) and the 합동연설회 `지난달 28일` are events; the 이사회 `이달 중` is a generic meeting with no day (no event); the term starting `9월 1일` is no event. `X 기계공학부 교수` (post after the body: org 기계공학부, as written beside the name, not 세은대학교, following the ko/ rule that the organisation is what the article gives; a doubt), the two-syllable surname 독고 (`독고 교수는`), `X 총장추천위원회 위원장` (post after the body), a nameless 총학생회 관계자 (speaker null). Portal text dump: menu, `입력 … 수정 …` line, `글자크기 공유` line, byline at the end, related list, footer.",
))

# 8. K-pop world tour -- HTML EUC-KR
A.append(dict(
    file="dalmunui_20260813_2290.html", form="html_euckr", outlet="달무늬연예", author="모세아", email="moseah@dalmunui.co.kr",
    published="2026-08-13", date_line="2026년 08월 13일 (목) 10:32:17",
    title='엘리오스, 10월 서울서 첫 월드투어 \'STARDRIFT\' 시작…18개 도시',
    paras=[
        '그룹 엘리오스(ELIOS)가 데뷔 후 첫 월드투어에 나선다.',
        '소속사 루멘시아엔터테인먼트는 13일 엘리오스가 오는 10월 3일과 4일 서울 송파구 KSPO돔에서 열리는 공연을 시작으로 월드투어 \'STARDRIFT\'(오르빗)을 연다고 밝혔다.',
        '엘리오스는 서울 공연에 이어 11월 로스앤젤레스, 뉴욕, 시카고 등 북미 8개 도시와 내년 1월 방콕, 자카르타, 마닐라 등 아시아 6개 도시, 내년 2월 도쿄와 오사카를 포함한 일본 4개 도시를 돈다. 모두 18개 도시, 26회 공연이다.',
        '소속사는 "데뷔 3년 만에 처음 여는 월드투어인 만큼 무대 구성과 세트리스트를 모두 새로 준비했다"며 "팬들이 가까이에서 호흡할 수 있도록 돌출 무대를 크게 넓혔다"고 밝혔다.',
        '리더 한지온은 소속사를 통해 "연습생 때부터 꿈꾸던 무대라 아직도 실감이 나지 않는다"라고 전했다.',
        '그는 "멤버들과 매일 밤늦게까지 안무를 맞추고 있다. 세계 곳곳의 팬들을 직접 만날 생각에 설렌다"고 덧붙였다.',
        '엘리오스는 한지온, 도유겸, 이결, 채운비, 아린느로 이뤄진 5인조 그룹으로 2023년 데뷔했다. 지난 6월 낸 두 번째 미니앨범 \'블루 시그널\'은 초동 판매량 62만 장을 기록했다.',
        '루멘시아엔터테인먼트 감재헌 대표는 "북미 공연 대부분이 2만 석 이상 대형 공연장"이라며 "엘리오스가 글로벌 그룹으로 자리 잡는 분기점이 될 것"이라고 말했다.',
        '서울 공연 티켓은 다음 달 2일 오후 8시 팬클럽 선예매를 시작으로 판매된다.',
    ],
    persons=[
        dict(name="한지온", title="리더", organization="엘리오스"),
        dict(name="도유겸", title=None, organization="엘리오스"),
        dict(name="이결", title=None, organization="엘리오스"),
        dict(name="채운비", title=None, organization="엘리오스"),
        dict(name="아린느", title=None, organization="엘리오스"),
        dict(name="감재헌", title="대표", organization="루멘시아엔터테인먼트"),
    ],
    optional_persons=["모세아"],
    quotes=[
        dict(speaker="루멘시아엔터테인먼트", text="데뷔 3년 만에 처음 여는 월드투어인 만큼 무대 구성과 세트리스트를 모두 새로 준비했다 팬들이 가까이에서 호흡할 수 있도록 돌출 무대를 크게 넓혔다"),
        dict(speaker="한지온", text="연습생 때부터 꿈꾸던 무대라 아직도 실감이 나지 않는다"),
        dict(speaker="한지온", text="멤버들과 매일 밤늦게까지 안무를 맞추고 있다. 세계 곳곳의 팬들을 직접 만날 생각에 설렌다"),
        dict(speaker="감재헌", text="북미 공연 대부분이 2만 석 이상 대형 공연장 엘리오스가 글로벌 그룹으로 자리 잡는 분기점이 될 것"),
    ],
    optional_quotes=[],
    events=[
        dict(name="월드투어 'STARDRIFT' 서울 공연", kind="concert", location="서울 송파구 KSPO돔", date_text="오는 10월 3일과 4일", start_date="2026-10-03"),
    ],
    must_not=dict(person_names=["엘리오스", "루멘시아엔터테인먼트", "블루 시그널"], quote_substrings=[]),
    note="K-pop world tour announced by the agency `13일`: the first stop, two nights `오는 10월 3일과 4일` at KSPO돔, is the one event (named by the tour, start the first night); the other legs have months only (`11월`, `내년 1월`) and the ticket sale `다음 달 2일` is a sales schedule: no events. The agency's statement (speaker the agency, `소속사는 \"…\"며 \"…\"고 밝혔다`), `리더 X은 소속사를 통해 \"…\"라고 전했다` then `그는 \"…\"고 덧붙였다`, a member list `엘리오스는 X, Y, Z…로 이뤄진 5인조 그룹` (no title given, so title null; org the group the sentence states; stage names `이결`, `채운비`, `아린느` that do not read as surname + given name), the agency's 대표. The group's full name `엘리오스(ELIOS)`. HTML in EUC-KR (real bytes, charset meta), table layout, `<title>` only, date `2026년 08월 13일 (목) 10:32:17` in the byline row.",
))

# 9. earthquake abroad -- text dump wire style
A.append(dict(
    file="neutiwire_20260904.txt", form="txt4", outlet="느티통신", author="옥다현", email="okdh@neutiwire.co.kr",
    published="2026-09-04", date_line="송고시간 2026-09-04 14:37",
    title='인도네시아 술라웨시 규모 6.8 지진…"한국인 피해 아직 없어"',
    paras=[
        '(서울=느티통신) 옥다현 기자 = 인도네시아 술라웨시섬에서 규모 6.8의 강진이 발생해 최소 40명이 숨진 가운데 현지 교민 피해는 아직 접수되지 않았다고 외교부가 4일 밝혔다.',
        '미국 지질조사국(USGS)에 따르면 지진은 현지시간 3일 오전 10시 12분 남술라웨시주 마카사르에서 북동쪽으로 약 60㎞ 떨어진 지점에서 일어났다. 진원 깊이는 10㎞로 비교적 얕았다.',
        '인도네시아 국가재난관리청(BNPB)은 4일 오전까지 사망자 42명, 부상자 310여명이 확인됐다고 밝혔다. 무너진 건물에 갇힌 사람이 있어 사상자는 더 늘어날 것으로 보인다.',
        '주인도네시아 대사관 윤해담 영사는 느티통신과의 통화에서 "마카사르와 인근 지역에 사는 교민 약 350명과 모두 연락이 닿았다"며 "현재까지 한국인 사망자나 부상자는 확인되지 않았다"고 말했다.',
        '그는 "여진이 이어지고 있어 교민들에게 건물 밖 안전한 곳에 머물라고 안내하고 있다"고 덧붙였다.',
        '술라웨시 한인회 채명진 회장은 "식당과 봉제공장 몇 곳의 유리창과 벽이 깨졌지만 다친 사람은 없다"며 "한인회관을 임시 대피소로 열어 교민 30여명이 머물고 있다"고 전했다.',
        '마카사르에서 무역업을 하는 교민 김모(52)씨는 "건물이 1분 가까이 흔들려 직원들과 함께 거리로 뛰쳐나왔다"고 말했다.',
        '외교부는 4일 오전 서울 종로구 외교부 청사에서 재외국민보호 대책회의를 열고 신속대응팀을 현지에 보내기로 했다.',
        '금하진 외교부 대변인은 "현지 공관과 긴밀히 협조해 우리 국민 안전 확인에 만전을 기하겠다"고 밝혔다.',
    ],
    persons=[
        dict(name="윤해담", title="영사", organization="주인도네시아 대사관"),
        dict(name="채명진", title="회장", organization="술라웨시 한인회"),
        dict(name="금하진", title="대변인", organization="외교부"),
    ],
    optional_persons=["옥다현", "김모"],
    quotes=[
        dict(speaker="윤해담", text="마카사르와 인근 지역에 사는 교민 약 350명과 모두 연락이 닿았다 현재까지 한국인 사망자나 부상자는 확인되지 않았다"),
        dict(speaker="윤해담", text="여진이 이어지고 있어 교민들에게 건물 밖 안전한 곳에 머물라고 안내하고 있다"),
        dict(speaker="채명진", text="식당과 봉제공장 몇 곳의 유리창과 벽이 깨졌지만 다친 사람은 없다 한인회관을 임시 대피소로 열어 교민 30여명이 머물고 있다"),
        dict(speaker="김모", text="건물이 1분 가까이 흔들려 직원들과 함께 거리로 뛰쳐나왔다"),
        dict(speaker="금하진", text="현지 공관과 긴밀히 협조해 우리 국민 안전 확인에 만전을 기하겠다"),
    ],
    optional_quotes=["한국인 피해 아직 없어"],
    events=[
        dict(name="재외국민보호 대책회의", kind="meeting", location="서울 종로구 외교부 청사", date_text="4일 오전", start_date="2026-09-04"),
    ],
    must_not=dict(person_names=["마카사르", "술라웨시"], quote_substrings=[]),
    note="Earthquake abroad: the quake `현지시간 3일` is the incident the story reports (no event, round-20 convention); one meeting `4일 오전` at the 외교부 청사. `주인도네시아 대사관 X 영사는 …와의 통화에서 \"…\"며 \"…\"고` then `그는 \"…\"고 덧붙였다`, `술라웨시 한인회 X 회장` (the brief's 한인회장, written with its body), an anonymised 교민 `김모(52)씨` (optional, linked), `X 외교부 대변인` (post after the body). Wire-style text dump: `(서울=…) X 기자 =` lede, bare e-mail line after the text (boilerplate), related lines, copyright and 송고 line.",
))

# 10. National Assembly committee passes a bill -- HTML little meta
A.append(dict(
    file="yeouidobrief_20261125_6604.html", form="html_politics", outlet="여의도브리프", author="표재민", email="jm.pyo@yeouidobrief.kr",
    published="2026-11-25", date_line="등록 2026.11.25 17:48",
    title='복지위, \'간병비 부담 완화법\' 의결…野 "재원 대책 없다" 반발',
    paras=[
        '간병비 일부를 건강보험으로 지원하는 내용의 \'간병비 부담 완화법\'이 국회 상임위원회 문턱을 넘었다.',
        '국회 보건복지위원회는 25일 전체회의를 열고 국민건강보험법 일부개정법률안을 재석 위원 22명 가운데 찬성 14명, 반대 8명으로 의결했다.',
        '개정안은 요양병원과 급성기 병원 입원 환자의 간병비를 단계적으로 건강보험 급여에 포함하고, 본인부담률을 30% 안팎으로 정하는 내용이 뼈대다.',
        '법안을 대표발의한 더불어민주당 설해원 의원은 "간병비가 한 달에 400만원을 넘는 상황에서 가족이 일을 그만두는 간병 파산이 이어지고 있다"며 "이제는 국가가 책임을 나눠야 한다"고 말했다.',
        '그는 "시범사업에서 효과가 확인된 만큼 속도를 내야 한다"고 강조했다.',
        '국민의힘은 표결에 앞서 재원 마련 방안이 부족하다며 반대 의견을 냈다. 복지위 국민의힘 간사인 탁준열 의원은 "연간 5조원이 넘게 드는 사업을 보험료 인상 계획도 없이 밀어붙이고 있다"며 "건강보험 재정이 버틸 수 없다"고 비판했다.',
        '이어 "정부가 재정 추계를 다시 내놓을 때까지 법사위에서 충분히 따져야 한다"고 말했다.',
        '보건복지부 용지헌 제1차관은 이날 회의에서 "재정 부담을 줄일 수 있도록 시행령에서 대상과 속도를 조절하겠다"고 답했다.',
        '간병시민연대 봉미정 대표는 "10년 넘게 요구해 온 제도가 첫발을 뗐다"고 환영했다.',
        '개정안은 법제사법위원회 체계·자구 심사와 본회의 의결을 거쳐야 한다. 법사위는 오는 30일 전체회의를 열어 개정안을 심사할 예정이다.',
    ],
    persons=[
        dict(name="설해원", title="의원", organization="더불어민주당"),
        dict(name="탁준열", title="의원", organization="국민의힘"),
        dict(name="용지헌", title="제1차관", organization="보건복지부"),
        dict(name="봉미정", title="대표", organization="간병시민연대"),
    ],
    optional_persons=["표재민"],
    quotes=[
        dict(speaker="설해원", text="간병비가 한 달에 400만원을 넘는 상황에서 가족이 일을 그만두는 간병 파산이 이어지고 있다 이제는 국가가 책임을 나눠야 한다"),
        dict(speaker="설해원", text="시범사업에서 효과가 확인된 만큼 속도를 내야 한다"),
        dict(speaker="탁준열", text="연간 5조원이 넘게 드는 사업을 보험료 인상 계획도 없이 밀어붙이고 있다 건강보험 재정이 버틸 수 없다"),
        dict(speaker="탁준열", text="정부가 재정 추계를 다시 내놓을 때까지 법사위에서 충분히 따져야 한다"),
        dict(speaker="용지헌", text="재정 부담을 줄일 수 있도록 시행령에서 대상과 속도를 조절하겠다"),
        dict(speaker="봉미정", text="10년 넘게 요구해 온 제도가 첫발을 뗐다"),
    ],
    optional_quotes=["재원 대책 없다"],
    events=[
        dict(name="국회 보건복지위원회 전체회의", kind="meeting", location="국회", date_text="25일", start_date="2026-11-25"),
        dict(name="법사위 전체회의", kind="meeting", location=None, date_text="오는 30일", start_date="2026-11-30"),
    ],
    must_not=dict(person_names=["간병비 부담 완화법"], quote_substrings=[]),
    note="국회 상임위 passes a bill: the 복지위 전체회의 `25일` (held by the committee of the 국회: location 국회, round-27 convention) and the 법사위 전체회의 `오는 30일` (a committee carrying out a sitting on a day, round-30 convention) are events; the 본회의 with no day is none. The sponsor `대표발의한 더불어민주당 X 의원` (`\"…\"며 \"…\"고 말했다`, `그는 \"…\"고 강조했다`), the opposing `복지위 국민의힘 간사인 X 의원` (title the apposition on the name, 의원; org the party, round-41 convention) with `이어 \"…\"`, a 차관 `보건복지부 X 제1차관`, a civic group's 대표; headline quote `野 \"재원 대책 없다\"` optional. HTML with `<title>`, description and og:title only, `등록` line, nav, politics sidebar, footer.",
))
