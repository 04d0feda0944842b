# Makes benchmarks/devset/ko-heldout49/pages and gold (stdlib only). Run from the set folder's parent's parent.
import html, json, os, sys

SET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PAGES = os.path.join(SET, "pages")
GOLD = os.path.join(SET, "gold")
os.makedirs(PAGES, exist_ok=True)
os.makedirs(GOLD, exist_ok=True)

A = []  # articles

# 1 health: ministry briefing --------------------------------------------------------------
A.append(dict(
    file="onsoom_health_20261127_6612.html", form="html_full",
    outlet="온숨헬스", title="복지부 \"밤에 아이 열나도 갈 곳 있어야\"…달빛어린이병원 140곳으로 확대",
    author="견소담", email="gyeon.sd@onsoomhealth.kr", published="2026-11-27", time="11:38",
    section="정책",
    paras=[
        "보건복지부는 27일 정부세종청사에서 정례 브리핑을 열고 겨울철 인플루엔자와 호흡기세포융합바이러스(RSV) 유행에 대비해 야간·휴일에 소아 환자를 보는 달빛어린이병원을 현재 112곳에서 내년 2월까지 140곳으로 늘리겠다고 밝혔다.",
        "질병관리청 표본감시 결과 이달 셋째 주(15~21일) 외래환자 1000명당 인플루엔자 의사환자는 18.4명으로 한 주 전(11.2명)보다 64% 늘었다. 7~12세는 1000명당 46.1명으로 연령대 가운데 가장 높았다.",
        "브리핑에 나선 염도겸 보건복지부 공공보건정책관은 \"밤 시간과 주말에 아이가 열이 나도 응급실 말고 갈 곳이 있어야 한다\"며 \"달빛어린이병원이 한 곳도 없는 시·군부터 먼저 지정하겠다\"고 말했다.",
        "복지부는 새로 지정되는 병원이 평일 밤 11시까지, 주말과 공휴일에는 오후 6시까지 진료하도록 하고 야간 가산 수가를 내년 2월 말까지 한시적으로 30% 올려주기로 했다. 현재 달빛어린이병원이 없는 시·군은 전국 41곳이다.",
        "현장에서는 돈보다 사람이 문제라는 목소리가 나온다. 경기 평택시에서 3년째 달빛어린이병원을 운영하는 도유찬 새봄아이소아청소년과의원 원장은 \"수가보다 급한 건 밤에 함께 일할 간호 인력\"이라고 말했다.",
        "도 원장은 \"야간 근무를 하겠다는 간호사를 구하지 못해 진료 시간을 줄인 동료 병원이 여럿\"이라며 \"인건비를 직접 지원하는 방안도 함께 검토해 달라\"고 요청했다.",
        "전문가들은 올겨울 인플루엔자와 RSV가 함께 유행할 가능성을 경고했다. 모승찬 솔뫼대병원 소아청소년과 교수는 \"두 바이러스가 동시에 돌면 영유아 입원이 한꺼번에 몰릴 수 있다\"며 \"생후 6개월 이상 아이와 65세 이상 어르신은 지금이라도 백신을 맞아야 한다\"고 당부했다.",
        "예방접종률은 지난해보다 낮은 편이다. 질병관리청 관계자는 \"65세 이상 접종률이 지난 25일 기준 71.3%로 지난해 같은 때보다 2.1%포인트 낮다\"고 말했다.",
        "복지부는 오는 2일 시·도 보건국장 회의를 열어 지역별 추가 지정 계획을 확정할 예정이다.",
        "염 정책관은 \"겨울 한철 대책으로 끝나지 않도록 내년 예산에 상시 운영비를 반영하겠다\"고 덧붙였다.",
    ],
    persons=[
        dict(name="염도겸", title="공공보건정책관", organization="보건복지부"),
        dict(name="도유찬", title="원장", organization="새봄아이소아청소년과의원"),
        dict(name="모승찬", title="교수", organization="솔뫼대병원"),
    ],
    optional_persons=["견소담"],
    quotes=[
        dict(speaker="염도겸", text="밤 시간과 주말에 아이가 열이 나도 응급실 말고 갈 곳이 있어야 한다 달빛어린이병원이 한 곳도 없는 시·군부터 먼저 지정하겠다"),
        dict(speaker="도유찬", text="수가보다 급한 건 밤에 함께 일할 간호 인력"),
        dict(speaker="도유찬", text="야간 근무를 하겠다는 간호사를 구하지 못해 진료 시간을 줄인 동료 병원이 여럿 인건비를 직접 지원하는 방안도 함께 검토해 달라"),
        dict(speaker="모승찬", text="두 바이러스가 동시에 돌면 영유아 입원이 한꺼번에 몰릴 수 있다 생후 6개월 이상 아이와 65세 이상 어르신은 지금이라도 백신을 맞아야 한다"),
        dict(speaker=None, text="65세 이상 접종률이 지난 25일 기준 71.3%로 지난해 같은 때보다 2.1%포인트 낮다"),
        dict(speaker="염도겸", text="겨울 한철 대책으로 끝나지 않도록 내년 예산에 상시 운영비를 반영하겠다"),
    ],
    optional_quotes=["밤에 아이 열나도 갈 곳 있어야"],
    events=[
        dict(name="정례 브리핑", kind="press_conference", location="정부세종청사", date_text="27일", start_date="2026-11-27"),
        dict(name="시·도 보건국장 회의", kind="meeting", location=None, date_text="오는 2일", start_date="2026-12-02"),
    ],
    must_not=dict(person_names=["달빛어린이병원", "질병관리청", "새봄아이"], quote_substrings=[]),
    note="Health desk, ministry briefing. HTML with full og, article:published_time and JSON-LD, nav, related list, footer. "
         "Official `X 보건복지부 공공보건정책관` then `염 정책관은`; clinic head `X 의원 원장` then `도 원장은` with `\"…\"이라며 \"…\"고`; "
         "professor `X 솔뫼대병원 소아청소년과 교수` (organisation the hospital; the department is part of the title phrase, my choice); "
         "a nameless 관계자 (speaker null); headline quote optional. Events: the briefing held (`정례 브리핑을 열고`, 27일 at 정부세종청사) "
         "and a meeting `오는 2일`. A 표본감시 week range is no event.",
))

# 2 education: 교육청, EUC-KR -------------------------------------------------------------
A.append(dict(
    file="dodam_edu_20261126_0417.html", form="html_euckr",
    outlet="도담교육신문", title="경남교육청, 내년 3월부터 초등 1·2학년 늘봄 오후 5시까지 무상",
    author="구예솔", email="yesol9@dodamedu.co.kr", published="2026-11-26", time="16:05",
    section="교육청",
    paras=[
        "경상남도교육청은 26일 도교육청 브리핑룸에서 기자회견을 열고 내년 3월부터 도내 초등학교 1·2학년 모든 학생에게 오후 5시까지 늘봄학교 프로그램을 무상으로 제공한다고 밝혔다.",
        "지금은 1학년만 하루 2시간 무상 프로그램을 받고 2학년은 희망자가 비용을 내고 있다. 교육청은 이를 위해 내년 본예산에 412억원을 편성했고, 늘봄 전담 강사 1300명을 새로 뽑는다.",
        "석윤호 경상남도교육감은 \"맞벌이 가정의 아이가 학원을 돌며 부모 퇴근을 기다리는 일이 없게 하겠다\"고 말했다.",
        "석 교육감은 이어 \"학교마다 사정이 다른 만큼 교실이 부족한 학교에는 인근 공공시설을 함께 쓰도록 하겠다\"고 설명했다.",
        "실무를 맡은 탁승엽 도교육청 초등교육과장은 \"농어촌 소규모 학교는 통학버스 시간을 늘봄 종료 시각에 맞춰 조정하겠다\"고 밝혔다.",
        "교원단체는 교사 업무 부담을 우려했다. 지응호 경남교사노동조합 정책실장은 \"늘봄 운영이 다시 담임교사 몫으로 돌아와서는 안 된다\"며 \"전담 인력이 학교에 제때 배치되는지 끝까지 지켜보겠다\"고 말했다.",
        "학부모들은 대체로 반기는 분위기다. 창원시 의창구에 사는 학부모 엄보늬(38)씨는 \"둘째가 내년에 2학년이 되는데 오후 돌봄 비용을 한 달에 20만원 넘게 아낄 수 있게 됐다\"고 말했다.",
        "교육청은 다음 달 10일 오후 2시 도교육청 본관 대강당에서 학부모 설명회를 열고 프로그램 구성과 신청 방법을 안내한다. 강사 채용 공고는 다음 달 중순 낸다.",
    ],
    persons=[
        dict(name="석윤호", title="교육감", organization="경상남도교육청"),
        dict(name="탁승엽", title="초등교육과장", organization="경상남도교육청"),
        dict(name="지응호", title="정책실장", organization="경남교사노동조합"),
        dict(name="엄보늬", title="학부모", organization=None),
    ],
    optional_persons=["구예솔"],
    quotes=[
        dict(speaker="석윤호", text="맞벌이 가정의 아이가 학원을 돌며 부모 퇴근을 기다리는 일이 없게 하겠다"),
        dict(speaker="석윤호", text="학교마다 사정이 다른 만큼 교실이 부족한 학교에는 인근 공공시설을 함께 쓰도록 하겠다"),
        dict(speaker="탁승엽", text="농어촌 소규모 학교는 통학버스 시간을 늘봄 종료 시각에 맞춰 조정하겠다"),
        dict(speaker="지응호", text="늘봄 운영이 다시 담임교사 몫으로 돌아와서는 안 된다 전담 인력이 학교에 제때 배치되는지 끝까지 지켜보겠다"),
        dict(speaker="엄보늬", text="둘째가 내년에 2학년이 되는데 오후 돌봄 비용을 한 달에 20만원 넘게 아낄 수 있게 됐다"),
    ],
    optional_quotes=[],
    events=[
        dict(name="기자회견", kind="press_conference", location="도교육청 브리핑룸", date_text="26일", start_date="2026-11-26"),
        dict(name="학부모 설명회", kind="meeting", location="도교육청 본관 대강당", date_text="다음 달 10일 오후 2시", start_date="2026-12-10"),
    ],
    must_not=dict(person_names=["늘봄학교", "경상남도교육감"], quote_substrings=[]),
    note="Education desk (교육청). HTML saved in EUC-KR (real bytes, charset meta), old table layout, little meta (title, charset, description). "
         "`X 경상남도교육감` (title 교육감, organisation the 교육청 the title names: my reading, the article ties him to it by `경상남도교육청은 … 밝혔다`), "
         "`X 도교육청 초등교육과장` (도교육청 points back to 경상남도교육청, the ko/ rule), a union officer with `\"…\"며 \"…\"고`, "
         "`학부모 X(38)씨` (title 학부모), `석 교육감은 이어 \"…\"`. Events: 기자회견 held 26일 at 도교육청 브리핑룸; 설명회 다음 달 10일. "
         "A programme starting in March and a hiring notice are no events.",
))

# 3 weather: heavy snow, portal text dump ---------------------------------------------------
A.append(dict(
    file="haechansol_20261128_snow.txt", form="txt_portal",
    outlet="해찬솔일보", title="강원 산지 올겨울 첫 대설경보…미시령·진부령 차량 통제",
    author="문채영", email="chaeyoung.m@haechansol.com", published="2026-11-28", time="오전 10:42",
    section="사회",
    paras=[
        "28일 강원 산지에 올겨울 첫 대설경보가 내려지면서 고갯길 곳곳의 차량 운행이 통제됐다.",
        "기상청에 따르면 이날 오전 7시 기준 적설량은 향로봉 31.5㎝, 미시령 24.8㎝, 진부령 19.2㎝를 기록했다. 강원 북부 산지와 중부 산지에는 대설경보가, 강원 북부 동해안에는 대설주의보가 발효 중이다.",
        "강원경찰청은 이날 새벽 5시부터 미시령 옛길과 진부령 구간 차량 운행을 전면 통제했다. 인제와 고성을 잇는 국도에서는 밤사이 승용차 3대가 눈길에 미끄러지는 사고가 났지만 다친 사람은 없었다.",
        "인제군 북면에서 황태 덕장을 하는 용팔석(61)씨는 \"11월에 이만큼 쌓인 건 몇 년 만\"이라며 \"덕장 지붕이 무너질까 봐 새벽부터 눈을 치웠다\"고 말했다.",
        "하겸재 기상청 예보분석관은 \"동풍이 산지에 부딪히며 눈구름이 계속 만들어지고 있다\"며 \"내일 오후까지 산지에 10~20㎝가 더 내릴 수 있다\"고 설명했다.",
        "강원특별자치도는 이날 오전 도청에서 재난안전대책회의를 열고 비상 1단계를 가동했다. 제설 장비 1100여 대와 인력 2300여 명이 투입됐다.",
        "육재현 강원특별자치도 재난안전실장은 회의에서 \"쌓인 눈이 얼어붙는 밤사이가 가장 위험하다\"며 \"산간 도로를 지날 때는 반드시 월동 장구를 갖춰 달라\"고 당부했다.",
        "한편 행정안전부는 다음 달 3일 강원·경북 등 9개 시·도와 함께 겨울철 대설 대응 합동훈련을 진행한다. 실제 제설 차량이 출동해 고립 차량을 구조하는 상황을 점검한다.",
    ],
    persons=[
        dict(name="용팔석", title=None, organization=None),
        dict(name="하겸재", title="예보분석관", organization="기상청"),
        dict(name="육재현", title="재난안전실장", organization="강원특별자치도"),
    ],
    optional_persons=["문채영"],
    quotes=[
        dict(speaker="용팔석", text="11월에 이만큼 쌓인 건 몇 년 만 덕장 지붕이 무너질까 봐 새벽부터 눈을 치웠다"),
        dict(speaker="하겸재", text="동풍이 산지에 부딪히며 눈구름이 계속 만들어지고 있다 내일 오후까지 산지에 10~20㎝가 더 내릴 수 있다"),
        dict(speaker="육재현", text="쌓인 눈이 얼어붙는 밤사이가 가장 위험하다 산간 도로를 지날 때는 반드시 월동 장구를 갖춰 달라"),
    ],
    optional_quotes=[],
    events=[
        dict(name="재난안전대책회의", kind="meeting", location="도청", date_text="이날 오전", start_date="2026-11-28"),
        dict(name="겨울철 대설 대응 합동훈련", kind="other", location=None, date_text="다음 달 3일", start_date="2026-12-03"),
    ],
    must_not=dict(person_names=["향로봉", "미시령", "진부령", "강원경찰청"], quote_substrings=[]),
    note="Weather/disaster desk (heavy snow). Portal text dump: menu lines, outlet and `2026.11.28. 오전 10:42` line, byline with e-mail, "
         "reaction line, copyright, most-read list. A resident with age only (`황태 덕장을 하는 X(61)씨`: no title, no body); "
         "`X 기상청 예보분석관`; `X 강원특별자치도 재난안전실장은 회의에서`. Events: the 대책회의 held `이날 오전` at 도청 (→ 28일); "
         "a drill `진행한다` 다음 달 3일. The snow itself, the road closures and a crash are the story's incidents, no events.",
))

# 4 entertainment: drama press event -----------------------------------------------------
A.append(dict(
    file="banjjakdam_star_20261125_3307.html", form="html_og",
    outlet="반짝담스타", title="예린휘·남궁로한 \"서로의 등대 같은 이야기\"…'바람섬의 겨울' 제작발표회",
    author="채온비", email="onbi@banjjakdamstar.com", published="2026-11-25", time="15:20",
    section="방송",
    paras=[
        "배우 예린휘와 남궁로한이 2년 만에 다시 호흡을 맞췄다.",
        "KBS2 새 수목드라마 '바람섬의 겨울' 제작발표회가 25일 오후 서울 강남구 청담동 누리온홀에서 열렸다. 이날 행사에는 예린휘, 남궁로한, 배우 하재이와 연출을 맡은 심재욱 감독이 참석했다.",
        "'바람섬의 겨울'은 폐쇄를 앞둔 남해 외딴섬 등대에 발령받은 신입 항로표지관리원과 섬에 남은 마지막 등대지기가 함께 겨울을 나는 이야기다.",
        "신입 관리원 한겨울 역을 맡은 예린휘는 \"대본을 읽으면서 서로가 서로의 등대가 되어 주는 이야기라는 생각이 들었다\"고 말했다.",
        "남궁로한은 \"촬영 석 달 동안 실제로 섬에서 지냈다\"며 \"배가 끊기는 날이 많아 배우와 스태프가 한 식구처럼 지냈다\"고 전했다.",
        "섬마을 분교 교사로 나오는 하재이는 \"두 선배의 호흡을 옆에서 보는 것만으로도 공부가 됐다\"고 했다.",
        "심재욱 감독은 \"요즘 드라마가 빠른 전개에 익숙하지만 이 작품은 천천히 스며드는 이야기\"라며 \"겨울밤에 가족이 함께 보기 좋은 드라마가 될 것\"이라고 자신했다.",
        "예린휘와 남궁로한은 2024년 영화 '봄날의 우체국'에서 처음 만났다. 예린휘의 소속사 해담엔터테인먼트는 \"두 배우가 다시 만나는 작품이라 출연을 결정하는 데 오래 걸리지 않았다\"고 밝혔다.",
        "'바람섬의 겨울'은 오는 2일 오후 9시 50분 첫 방송된다. 모두 12부작이다.",
    ],
    persons=[
        dict(name="예린휘", title="배우", organization=None),
        dict(name="남궁로한", title="배우", organization=None),
        dict(name="하재이", title="배우", organization=None),
        dict(name="심재욱", title="감독", organization=None),
    ],
    optional_persons=["채온비", "한겨울"],
    quotes=[
        dict(speaker="예린휘", text="대본을 읽으면서 서로가 서로의 등대가 되어 주는 이야기라는 생각이 들었다"),
        dict(speaker="남궁로한", text="촬영 석 달 동안 실제로 섬에서 지냈다 배가 끊기는 날이 많아 배우와 스태프가 한 식구처럼 지냈다"),
        dict(speaker="하재이", text="두 선배의 호흡을 옆에서 보는 것만으로도 공부가 됐다"),
        dict(speaker="심재욱", text="요즘 드라마가 빠른 전개에 익숙하지만 이 작품은 천천히 스며드는 이야기 겨울밤에 가족이 함께 보기 좋은 드라마가 될 것"),
        dict(speaker="해담엔터테인먼트", text="두 배우가 다시 만나는 작품이라 출연을 결정하는 데 오래 걸리지 않았다"),
    ],
    optional_quotes=["서로의 등대 같은 이야기"],
    events=[
        dict(name="'바람섬의 겨울' 제작발표회", kind="press_conference", location="서울 강남구 청담동 누리온홀", date_text="25일 오후", start_date="2026-11-25"),
    ],
    must_not=dict(person_names=["바람섬의 겨울", "봄날의 우체국", "누리온홀"], quote_substrings=[]),
    note="Entertainment desk (drama press event). HTML with og tags (no JSON-LD), breadcrumb, photo caption, popular list, footer. "
         "`배우 X` three times, `연출을 맡은 X 감독` (no body beside the name: organisation null), a character name `한겨울 역` (optional: "
         "it is a role, and also a common word), an agency speaking (`소속사 X는 \"…\"고 밝혔다`; it is tied to 예린휘 only, so no person "
         "row takes it), headline quote optional. Event: the 제작발표회 held 25일 오후 (name with the title as written before it). "
         "The premiere `오는 2일 … 첫 방송된다` is no event (ko/ convention).",
))

# 5 transport: browser text dump ---------------------------------------------------------
A.append(dict(
    file="dalgureum_motor_20261129.txt", form="txt_browser",
    outlet="달구름모터스", title="수도권 광역버스 출퇴근 입석 없앤다…다음 달부터 전세버스 86대 투입",
    author="봉예담", email="yedam.bong@dalgureum.kr", published="2026-11-29", time="14:10",
    section="교통",
    paras=[
        "국토교통부 대도시권광역교통위원회(대광위)는 다음 달 1일부터 경기·인천과 서울을 잇는 광역버스 27개 노선에 출퇴근 시간 전세버스 86대를 추가로 투입한다고 29일 밝혔다.",
        "대상은 입석 승객이 하루 평균 20명이 넘는 노선이다. 대광위는 지난달 교통카드 자료를 분석해 경기 용인·화성·김포와 인천 송도 등에서 출발하는 노선을 골랐다.",
        "추가 버스는 평일 오전 6시 30분부터 8시 30분까지, 오후 6시부터 8시까지 운행한다. 대광위는 이번 조치로 출근 시간대 입석 승객이 하루 3200명가량 줄 것으로 내다봤다.",
        "봉석찬 대광위 광역교통정책국장은 \"고속도로를 서서 달리는 일은 있어서는 안 된다\"며 \"운전기사 확보가 되는 대로 정규 노선 증차로 바꾸겠다\"고 말했다.",
        "운수업계는 기사 부족을 가장 큰 걸림돌로 꼽는다. 경기 남부에서 광역버스 9개 노선을 운행하는 한누리운수의 온기석 대표는 \"버스는 살 수 있어도 대형면허 기사를 구하기가 어렵다\"고 했다.",
        "이용객들은 반기면서도 실제 효과를 지켜봐야 한다는 반응이다. 용인 수지에서 서울 강남역으로 출근하는 직장인 채민서(31)씨는 \"매일 아침 두세 대를 그냥 보내는데 한 대라도 더 오면 다행\"이라고 말했다.",
        "대광위는 오는 4일 경기도청 북부청사 대회의실에서 운수업체를 대상으로 전세버스 운영 설명회를 연다.",
        "정부는 내년 상반기까지 2층 전기버스 120대를 광역 노선에 추가로 배치할 계획이다.",
    ],
    persons=[
        dict(name="봉석찬", title="광역교통정책국장", organization="대광위"),
        dict(name="온기석", title="대표", organization="한누리운수"),
        dict(name="채민서", title="직장인", organization=None),
    ],
    optional_persons=["봉예담"],
    quotes=[
        dict(speaker="봉석찬", text="고속도로를 서서 달리는 일은 있어서는 안 된다 운전기사 확보가 되는 대로 정규 노선 증차로 바꾸겠다"),
        dict(speaker="온기석", text="버스는 살 수 있어도 대형면허 기사를 구하기가 어렵다"),
        dict(speaker="채민서", text="매일 아침 두세 대를 그냥 보내는데 한 대라도 더 오면 다행"),
    ],
    optional_quotes=[],
    events=[
        dict(name="전세버스 운영 설명회", kind="meeting", location="경기도청 북부청사 대회의실", date_text="오는 4일", start_date="2026-12-04"),
    ],
    must_not=dict(person_names=["대광위", "한누리운수", "강남역"], quote_substrings=[]),
    note="Transport desk. Browser text dump: skip link, menu, section, headline, byline with e-mail, `입력 2026.11.29 14:10 | 수정 …` "
         "lines, share line, related list, footer. `X 대광위 광역교통정책국장` (organisation as written beside the name: 대광위, the "
         "short form the article gave for 대도시권광역교통위원회), `한누리운수의 X 대표` (a firm with 의), `직장인 X(31)씨` (title 직장인). "
         "Event: a 설명회 at a named hall `오는 4일`. The extra buses running `다음 달 1일부터` are a service starting: no event.",
))

# 6 diplomacy: 외교부 briefing -----------------------------------------------------------
A.append(dict(
    file="neoulgil_times_20261126_90114.html", form="html_jsonld",
    outlet="너울길타임즈", title="외교부 \"한·베트남 외교장관회담 다음 달 8일 하노이서 개최\"",
    author="은도경", email="dokyung@neoulgiltimes.com", published="2026-11-26", time="17:02",
    section="외교·안보",
    paras=[
        "추명완 외교부 장관이 다음 달 7일부터 9일까지 베트남을 방문해 레 탄 호아 베트남 외교부 장관과 회담한다.",
        "윤해든 외교부 대변인은 26일 정례 브리핑에서 \"한·베트남 외교장관회담이 다음 달 8일 하노이에서 열린다\"며 \"공급망과 인프라, 인적 교류 확대 방안을 폭넓게 논의할 것\"이라고 밝혔다.",
        "이번 회담은 내년 수교 35주년을 앞두고 열린다. 두 장관은 회담 뒤 양국 외교부 간 청년 교류 프로그램 신설에 관한 양해각서(MOU)에 서명할 예정이다.",
        "윤 대변인은 베트남 내 한국 기업 지원 문제도 의제에 오르느냐는 질문에 \"우리 기업이 겪는 전력 공급과 통관 애로를 충분히 전달할 것\"이라고 답했다.",
        "추 장관은 방문 기간 하노이에 있는 한국 기업인들과 만나 현장 의견을 듣고, 9일에는 호찌민으로 이동해 재외국민 간담회를 한다.",
        "전문가들은 이번 방문이 내년 정상 간 교류로 이어질지 주목한다. 마동휘 국립외교원 교수는 \"베트남은 우리의 3대 교역국\"이라며 \"외교장관 회담에서 정상회담 의제까지 미리 다듬어 둘 필요가 있다\"고 말했다.",
        "한편 외교부는 이날 다음 달 중 재외공관장 회의를 서울에서 여는 방안도 검토하고 있다고 밝혔다. 구체적인 날짜는 정해지지 않았다.",
    ],
    persons=[
        dict(name="추명완", title="장관", organization="외교부"),
        dict(name="레 탄 호아", title="장관", organization="베트남 외교부"),
        dict(name="윤해든", title="대변인", organization="외교부"),
        dict(name="마동휘", title="교수", organization="국립외교원"),
    ],
    optional_persons=["은도경"],
    quotes=[
        dict(speaker="윤해든", text="한·베트남 외교장관회담이 다음 달 8일 하노이에서 열린다 공급망과 인프라, 인적 교류 확대 방안을 폭넓게 논의할 것"),
        dict(speaker="윤해든", text="우리 기업이 겪는 전력 공급과 통관 애로를 충분히 전달할 것"),
        dict(speaker="마동휘", text="베트남은 우리의 3대 교역국 외교장관 회담에서 정상회담 의제까지 미리 다듬어 둘 필요가 있다"),
    ],
    optional_quotes=["한·베트남 외교장관회담 다음 달 8일 하노이서 개최"],
    events=[
        dict(name="한·베트남 외교장관회담", kind="meeting", location="하노이", date_text="다음 달 8일", start_date="2026-12-08"),
        dict(name="재외국민 간담회", kind="meeting", location="호찌민", date_text="9일", start_date="2026-12-09"),
    ],
    must_not=dict(person_names=["하노이", "호찌민", "국립외교원"], quote_substrings=[]),
    note="Diplomacy desk (외교부 briefing). HTML with JSON-LD NewsArticle only (no og), `<time datetime>`, nav, related list, footer. "
         "`X 외교부 장관`, a Vietnamese name in Hangul in Vietnamese order (`레 탄 호아 베트남 외교부 장관`), `X 외교부 대변인` "
         "then `윤 대변인은`, `X 국립외교원 교수` with `\"…\"이라며 \"…\"고`. Events: the ministers' meeting in the spokesperson's quote "
         "(`다음 달 8일 하노이에서 열린다`); the 재외국민 간담회 `9일에는 호찌민으로 이동해 … 간담회를 한다` (9일 of the visit month, "
         "December: my reading; a 간담회 with a day and a place). Not events: the visit range itself (a trip, not a gathering; debatable), "
         "the `26일 정례 브리핑에서` setting (a quotation's setting, ko/ round-27 rule), a meeting with no date.",
))

# 7 fisheries: text dump ------------------------------------------------------------------
A.append(dict(
    file="gaetnon_20261124.txt", form="txt_tag",
    outlet="갯논신문", title="해남 물김 첫 위판…\"수온 높아 작황 지켜봐야\"",
    author="변소연", email=None, published="2026-11-24", time="13:55",
    section="수산",
    paras=[
        "올해산 물김 첫 위판이 24일 전남 해남군 송지면 어란항 위판장에서 열렸다.",
        "이날 위판에는 어선 42척이 물김 312t을 내놓았다. 120㎏들이 한 포대 평균 위판가는 21만6000원으로 지난해 첫 위판(24만8000원)보다 13%가량 낮았다.",
        "위판을 주관한 땅끝바다수협의 변상훈 조합장은 \"첫물 김은 빛깔과 향이 좋아 상인들 반응이 나쁘지 않다\"면서도 \"물량이 한꺼번에 몰리면서 값이 조금 내려갔다\"고 말했다.",
        "어민들은 높은 바다 수온을 걱정한다. 해남 앞바다에서 30년째 김 양식을 하는 석두만(64)씨는 \"물이 늦게 차가워져 김발에 병이 돌까 봐 매일 나가서 살핀다\"고 했다.",
        "국립수산과학원에 따르면 이달 중순 해남·진도 해역 표층 수온은 15.8도로 평년보다 1.4도 높았다. 김은 수온이 15도 아래로 내려가야 잘 자란다.",
        "길소라 국립수산과학원 해조류연구센터 연구관은 \"수온이 높은 상태가 이어지면 황백화나 갯병이 생기기 쉽다\"며 \"채취 주기를 평소보다 짧게 가져가는 것이 좋다\"고 조언했다.",
        "지난해 김 수출액은 10억 달러를 넘어 수산물 가운데 처음으로 단일 품목 10억 달러를 돌파했다. 업계는 올해도 수출 수요가 이어질 것으로 보고 있다.",
        "해양수산부는 다음 달 9일 목포에서 김 산업 발전 토론회를 개최해 양식 시설 확대와 가격 안정 방안을 논의한다.",
    ],
    persons=[
        dict(name="변상훈", title="조합장", organization="땅끝바다수협"),
        dict(name="석두만", title=None, organization=None),
        dict(name="길소라", title="연구관", organization="국립수산과학원 해조류연구센터"),
    ],
    optional_persons=["변소연"],
    quotes=[
        dict(speaker="변상훈", text="첫물 김은 빛깔과 향이 좋아 상인들 반응이 나쁘지 않다 물량이 한꺼번에 몰리면서 값이 조금 내려갔다"),
        dict(speaker="석두만", text="물이 늦게 차가워져 김발에 병이 돌까 봐 매일 나가서 살핀다"),
        dict(speaker="길소라", text="수온이 높은 상태가 이어지면 황백화나 갯병이 생기기 쉽다 채취 주기를 평소보다 짧게 가져가는 것이 좋다"),
    ],
    optional_quotes=["수온 높아 작황 지켜봐야"],
    events=[
        dict(name="물김 첫 위판", kind="other", location="전남 해남군 송지면 어란항 위판장", date_text="24일", start_date="2026-11-24"),
        dict(name="김 산업 발전 토론회", kind="meeting", location="목포", date_text="다음 달 9일", start_date="2026-12-09"),
    ],
    must_not=dict(person_names=["땅끝바다수협", "어란항", "첫물"], quote_substrings=[]),
    note="Agriculture/fisheries desk. Text dump with a `[매체명]` tag line, `기사입력 2026-11-24 13:55` line, byline without e-mail, "
         "menu, related list and copyright. `땅끝바다수협의 X 조합장은` (a body with 의 before the title), a fisherman with age only "
         "(no title, no body), `X 국립수산과학원 해조류연구센터 연구관` (organisation the centre as written, the whole phrase), "
         "`\"…\"면서도 \"…\"고`. Events: the first auction held 24일 at the 위판장 (`올해산 물김 첫 위판이 … 열렸다`; named without "
         "올해산, my choice) and a 토론회 `다음 달 9일` in 목포. The headline quote (optional) is a paraphrase, not said by anyone.",
))

# 8 국회 committee ---------------------------------------------------------------------
A.append(dict(
    file="narae_politics_20261125_7741.html", form="html_tags",
    outlet="나래정치", title="환노위 소위, 주 4.5일제 지원법 첫 심사…여야 \"취지 공감\" 속 재원 이견",
    author="반소이", email="soi@naraepolitics.kr", published="2026-11-25", time="18:47",
    section="국회",
    paras=[
        "국회 환경노동위원회는 25일 국회에서 고용노동법안심사소위원회를 열고 주 4.5일제 도입 기업을 지원하는 '실근로시간 단축 지원법' 제정안을 처음 심사했다.",
        "제정안은 임금을 깎지 않고 주 소정근로시간을 36시간 이하로 줄인 중소기업에 3년간 노동자 1인당 월 최대 30만원을 지원하는 내용을 담고 있다.",
        "소위원장인 더불어민주당 탁정례 의원은 \"장시간 노동 국가라는 꼬리표를 떼려면 중소기업이 먼저 움직일 수 있게 해야 한다\"며 \"연내 처리를 목표로 하겠다\"고 말했다.",
        "국민의힘 간사인 반석현 의원은 \"근로시간 단축 취지에는 공감한다\"면서도 \"한 해 1조원이 넘게 들 수 있는 사업을 재원 대책 없이 법으로 못 박는 것은 곤란하다\"고 지적했다.",
        "정부는 단계적 도입을 제안했다. 맹준오 고용노동부 차관은 \"첫해에는 제조업 중심의 시범사업으로 시작해 효과를 본 뒤 대상을 넓히는 것이 현실적\"이라고 밝혔다.",
        "경영계는 신중론을 폈다. 명재희 한국경영자총협회 노동정책본부장은 \"인력난을 겪는 중소 제조업체에는 근로시간 단축이 곧 생산 차질\"이라고 말했다.",
        "여야는 지원 대상과 기간을 두고 이견을 좁히지 못해 이날 의결은 하지 않았다. 소위는 오는 2일 회의를 다시 열어 수정안을 논의하기로 했다.",
        "환노위는 소위에서 합의안이 나오면 오는 9일 전체회의를 열어 의결할 방침이다.",
    ],
    persons=[
        dict(name="탁정례", title="의원", organization="더불어민주당"),
        dict(name="반석현", title="의원", organization="국민의힘"),
        dict(name="맹준오", title="차관", organization="고용노동부"),
        dict(name="명재희", title="노동정책본부장", organization="한국경영자총협회"),
    ],
    optional_persons=["반소이"],
    quotes=[
        dict(speaker="탁정례", text="장시간 노동 국가라는 꼬리표를 떼려면 중소기업이 먼저 움직일 수 있게 해야 한다 연내 처리를 목표로 하겠다"),
        dict(speaker="반석현", text="근로시간 단축 취지에는 공감한다 한 해 1조원이 넘게 들 수 있는 사업을 재원 대책 없이 법으로 못 박는 것은 곤란하다"),
        dict(speaker="맹준오", text="첫해에는 제조업 중심의 시범사업으로 시작해 효과를 본 뒤 대상을 넓히는 것이 현실적"),
        dict(speaker="명재희", text="인력난을 겪는 중소 제조업체에는 근로시간 단축이 곧 생산 차질"),
    ],
    optional_quotes=["취지 공감"],
    events=[
        dict(name="고용노동법안심사소위원회", kind="meeting", location="국회", date_text="25일", start_date="2026-11-25"),
        dict(name="소위 회의", kind="meeting", location=None, date_text="오는 2일", start_date="2026-12-02"),
        dict(name="전체회의", kind="meeting", location=None, date_text="오는 9일", start_date="2026-12-09"),
    ],
    must_not=dict(person_names=["환노위", "실근로시간 단축 지원법"], quote_substrings=[]),
    note="국회 committee desk. HTML with og, article:published_time and article:section (no JSON-LD), tag list, share bar, related list, footer. "
         "`소위원장인 더불어민주당 X 의원` (title 의원, organisation the party named for him), `국민의힘 간사인 X 의원` (간사인 → 의원, "
         "ko/ convention), `X 고용노동부 차관`, `X 한국경영자총협회 노동정책본부장`; `\"…\"면서도 \"…\"고`; headline words `\"취지 공감\"` "
         "optional. Events: the 소위 sitting 25일 at 국회; `소위는 오는 2일 회의를 다시 열어` (a bare 회의, named by the body holding it, "
         "`소위 회의`, round-30 convention); `오는 9일 전체회의를 열어` (planned on a condition; listed, a doubt).",
))

# 9 local council / 시청 ----------------------------------------------------------------
A.append(dict(
    file="marubeol_20261127_2290.html", form="html_min",
    outlet="마루벌신문", title="전주시의회 행정위, 시청 별관 리모델링 예산 38억 놓고 공방",
    author="설은겸", email=None, tip="eungyeom@marubeol.co.kr", published="2026-11-27", time="17:30",
    section="지방의회",
    paras=[
        "전주시의회 행정위원회는 27일 시의회 3층 위원회실에서 2027년도 본예산 예비심사를 진행하고 시청 별관 리모델링 사업비 38억원을 두고 집행부와 공방을 벌였다.",
        "전주시는 1989년 지은 시청 별관이 낡아 누수와 배관 고장이 잦다며 내년부터 2년에 걸쳐 전면 리모델링하겠다고 밝혔다. 총사업비는 64억원으로, 내년 예산에 38억원을 올렸다.",
        "설동규 전주시 기획조정국장은 \"별관에서 일하는 직원 260여 명이 비 오는 날마다 양동이를 받쳐 두고 일한다\"며 \"더 미루면 보수 비용이 더 커진다\"고 말했다.",
        "의원들은 시기를 문제 삼았다. 행정위원회 국지운 의원은 \"세수가 줄어 복지 예산까지 깎는 상황에서 청사부터 고치는 것은 시민 눈높이에 맞지 않는다\"고 지적했다.",
        "같은 위원회 봉하늬 의원도 \"시민이 쓰는 공간을 얼마나 늘리는지 설계안조차 나오지 않았다\"며 \"설계부터 하고 공사비는 다음 해에 세우는 게 맞다\"고 했다.",
        "이에 대해 설 국장은 \"1층 민원실과 2층 시민 회의실을 넓히는 방향으로 설계를 준비하고 있다\"고 답했다.",
        "시민단체도 목소리를 냈다. 여석균 전주시민예산감시단 공동대표는 \"낡은 청사를 고치는 것 자체를 반대하지는 않는다\"면서 \"우선순위와 비용을 시민에게 먼저 설명해야 한다\"고 말했다.",
        "행정위원회는 다음 달 2일 예비심사를 마무리한다. 전주시의회는 다음 달 16일 제4차 본회의를 열어 내년도 예산안을 최종 의결한다.",
    ],
    persons=[
        dict(name="설동규", title="기획조정국장", organization="전주시"),
        dict(name="국지운", title="의원", organization="전주시의회"),
        dict(name="봉하늬", title="의원", organization="전주시의회"),
        dict(name="여석균", title="공동대표", organization="전주시민예산감시단"),
    ],
    optional_persons=["설은겸"],
    quotes=[
        dict(speaker="설동규", text="별관에서 일하는 직원 260여 명이 비 오는 날마다 양동이를 받쳐 두고 일한다 더 미루면 보수 비용이 더 커진다"),
        dict(speaker="국지운", text="세수가 줄어 복지 예산까지 깎는 상황에서 청사부터 고치는 것은 시민 눈높이에 맞지 않는다"),
        dict(speaker="봉하늬", text="시민이 쓰는 공간을 얼마나 늘리는지 설계안조차 나오지 않았다 설계부터 하고 공사비는 다음 해에 세우는 게 맞다"),
        dict(speaker="설동규", text="1층 민원실과 2층 시민 회의실을 넓히는 방향으로 설계를 준비하고 있다"),
        dict(speaker="여석균", text="낡은 청사를 고치는 것 자체를 반대하지는 않는다 우선순위와 비용을 시민에게 먼저 설명해야 한다"),
    ],
    optional_quotes=[],
    events=[
        dict(name="2027년도 본예산 예비심사", kind="meeting", location="시의회 3층 위원회실", date_text="27일", start_date="2026-11-27"),
        dict(name="제4차 본회의", kind="meeting", location="전주시의회", date_text="다음 달 16일", start_date="2026-12-16"),
    ],
    must_not=dict(person_names=["행정위원회", "전주시민예산감시단"], quote_substrings=[]),
    note="Local council / 시청 desk. HTML with title and charset only, a Korean site's `등록일 2026.11.27 17:30 | 조회수` line, comment box, "
         "footer. `X 전주시 기획조정국장` then `설 국장은`; `행정위원회 X 의원` and `같은 위원회 X 의원` (organisation the council the "
         "member sits in, 전주시의회, as this round's convention says; the committee is part of it); `X 시민단체 공동대표` with "
         "`\"…\"면서 \"…\"고`. Events: the 예비심사 `진행하고` 27일 in the 위원회실 (round-30 convention: object of 진행하다); the "
         "plenary 다음 달 16일 held by 전주시의회. `다음 달 2일 예비심사를 마무리한다` is the same 심사 ending, not a new row.",
))

# 10 interview/profile: weekly text dump ------------------------------------------------
A.append(dict(
    file="sosodam_weekly_20261127.txt", form="txt_weekly",
    outlet="소소담위클리", title="[사람과 사람] \"빵은 새벽 네 시의 약속\"…올해 제과 명장 어태복 씨",
    author="엄하람", email="haram@sosodam.kr", published="2026-11-27", time="09:00",
    section="인터뷰",
    paras=[
        "\"빵은 새벽 네 시의 약속이에요. 하루라도 어기면 손님이 먼저 압니다.\"",
        "지난 20일 대전 중구 대흥동 '밀담제과'에서 만난 어태복(57) 제과 명장은 이렇게 말했다. 그는 올해 고용노동부가 선정한 대한민국 명장 가운데 제과 부문에 이름을 올렸다.",
        "열일곱 살에 서울 을지로의 작은 빵집에서 일을 배우기 시작한 그는 1998년 고향 대전으로 내려와 밀담제과를 열었다. 28년 동안 문을 닫은 날은 손에 꼽는다.",
        "그는 \"처음 10년은 매일 밀가루 포대를 나르며 이 길이 맞나 고민했다\"며 \"버틸 수 있었던 건 아침마다 빵을 사러 오던 동네 어르신들 덕분\"이라고 회상했다.",
        "어 명장이 가장 아끼는 빵은 우리밀 통밀 식빵이다. 충남 논산의 농가와 계약해 받은 우리밀로 72시간 저온 숙성 반죽을 만든다.",
        "이어 \"수입 밀보다 다루기 까다롭지만 지역 농가와 함께 가야 동네 빵집도 오래 간다\"고 강조했다.",
        "가게에는 그에게 일을 배우는 제자가 다섯 명 있다. 4년째 함께 일하는 제자 윤다겸(29)씨는 \"선생님은 레시피보다 반죽 상태를 손으로 느끼는 법을 먼저 가르친다\"고 말했다.",
        "명장 인증서는 지난 12일 서울 여의도에서 열린 2026 대한민국 명장 인증식에서 받았다. 어 명장은 \"상은 제가 받았지만 새벽마다 같이 일한 직원들 것\"이라며 웃었다.",
        "그는 다음 달 19일 가게 2층 작업실에서 지역 청소년 20명을 대상으로 무료 제빵 교실을 연다. 그는 \"기술은 혼자 쥐고 있으면 사라진다\"며 \"빵 굽는 즐거움을 아이들에게 나눠 주고 싶다\"고 말했다.",
    ],
    persons=[
        dict(name="어태복", title="명장", organization="밀담제과"),
        dict(name="윤다겸", title="제자", organization=None),
    ],
    optional_persons=["엄하람"],
    quotes=[
        dict(speaker="어태복", text="빵은 새벽 네 시의 약속이에요. 하루라도 어기면 손님이 먼저 압니다."),
        dict(speaker="어태복", text="처음 10년은 매일 밀가루 포대를 나르며 이 길이 맞나 고민했다 버틸 수 있었던 건 아침마다 빵을 사러 오던 동네 어르신들 덕분"),
        dict(speaker="어태복", text="수입 밀보다 다루기 까다롭지만 지역 농가와 함께 가야 동네 빵집도 오래 간다"),
        dict(speaker="윤다겸", text="선생님은 레시피보다 반죽 상태를 손으로 느끼는 법을 먼저 가르친다"),
        dict(speaker="어태복", text="상은 제가 받았지만 새벽마다 같이 일한 직원들 것"),
        dict(speaker="어태복", text="기술은 혼자 쥐고 있으면 사라진다 빵 굽는 즐거움을 아이들에게 나눠 주고 싶다"),
    ],
    optional_quotes=["빵은 새벽 네 시의 약속"],
    events=[
        dict(name="2026 대한민국 명장 인증식", kind="ceremony", location="서울 여의도", date_text="지난 12일", start_date="2026-11-12"),
        dict(name="무료 제빵 교실", kind="other", location="가게 2층 작업실", date_text="다음 달 19일", start_date="2026-12-19"),
    ],
    must_not=dict(person_names=["밀담제과", "대한민국 명장"], quote_substrings=[]),
    note="Interview/profile desk. Weekly text dump: menu, breadcrumb, `승인 2026.11.27 09:00` line, `글·사진 X 기자` byline, "
         "this-issue list, copyright. A stand-alone quote lede answered by `… 만난 X(57) 제과 명장은 이렇게 말했다` (speaker 어태복), "
         "`그는 \"…\"며 \"…\"고`, a paragraph opening `이어 \"…\"` whose speaker is two paragraphs back (the 명장; the paragraph "
         "between is about him), `어 명장은 \"…\"이라며 웃었다`, `제자 X(29)씨` (title 제자, no body). Organisation of 어태복: "
         "밀담제과, the bakery the article says he opened and runs and where he was met (my reading of this round's convention; "
         "`제과 명장` is a title, the award is no body). Events: the 인증식 held 지난 12일 in 서울 여의도; the 제빵 교실 held (`연다`) "
         "다음 달 19일 at the bakery's workroom. The interview meeting 지난 20일 is no event.",
))


# ---------------------------------------------------------------- rendering
def esc(s):
    return html.escape(s, quote=True)


def ptags(paras):
    return "\n".join("<p>%s</p>" % esc(p) for p in paras)


def render(a):
    f = a["form"]
    t, o, au, em, d, tm = a["title"], a["outlet"], a["author"], a["email"], a["published"], a["time"]
    y, m, dd = d.split("-")
    boiler = []
    if f == "html_full":
        nav = ["홈", "정책", "병원·의료", "제약·바이오", "건강생활", "오피니언"]
        related = ["소아 응급실 야간 공백 여전…지방 12곳 '무휴' 못 지켜", "RSV 백신 접종 지원 대상 확대 검토", "겨울철 독감, 손 씻기만 잘해도 절반 줄인다"]
        foot = "온숨헬스 | 서울특별시 중구 세종대로 길 12, 5층 | 등록번호 서울 아 5xxxx | 발행인 겸 편집인 오진솔"
        copy = "Copyright © 2026 온숨헬스. All rights reserved."
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
              "datePublished": "%sT%s:00+09:00" % (d, tm), "dateModified": "%sT12:05:00+09:00" % d,
              "author": {"@type": "Person", "name": au + " 기자"}, "publisher": {"@type": "Organization", "name": o}}
        page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(t)} - {o}</title>
<meta name="description" content="{esc(a['paras'][0][:90])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(t)}">
<meta property="og:site_name" content="{o}">
<meta property="og:url" content="https://www.onsoomhealth.kr/news/articleView.html?idxno=6612">
<meta property="article:published_time" content="{d}T{tm}:00+09:00">
<meta property="article:modified_time" content="{d}T12:05:00+09:00">
<meta name="author" content="{au} 기자">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<header><div class="logo"><a href="/">{o}</a></div>
<nav><ul>{''.join('<li><a href="#">%s</a></li>' % n for n in nav)}</ul></nav></header>
<main>
<div class="article-head"><span class="section">{a['section']}</span>
<h1 class="headline">{esc(t)}</h1>
<ul class="info"><li>{au} 기자</li><li>입력 {y}.{m}.{dd} {tm}</li><li>수정 {y}.{m}.{dd} 12:05</li></ul></div>
<article id="article-view-content-div">
{ptags(a['paras'])}
<p class="byline">{au} 기자 {em}</p>
</article>
<div class="share">공유하기 페이스북 카카오톡 링크복사</div>
<section class="related"><h3>관련기사</h3><ul>{''.join('<li><a href="#">%s</a></li>' % esc(r) for r in related)}</ul></section>
</main>
<footer><p>{foot}</p><p>{copy}</p></footer>
</body></html>
"""
        boiler = [related[0], related[1], copy, "발행인 겸 편집인 오진솔", "링크복사"]
    elif f == "html_euckr":
        menu = ["교육청", "학교", "대학·입시", "교원", "평생교육"]
        others = ["창원교육지원청, 겨울방학 돌봄교실 신청 접수", "경남 고교 무상급식 단가 내년 8% 인상", "진주 초등학교 통학로 보행로 확충"]
        copy = "Copyright (c) 2026 도담교육신문 무단전재 및 재배포 금지"
        page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{esc(t)}</title>
<meta name="description" content="{esc(a['paras'][0][:80])}">
</head>
<body>
<table width="980" align="center"><tr><td><a href="/"><img src="/img/logo.gif" alt="도담교육신문"></a></td>
<td>{' | '.join(menu)}</td></tr></table>
<table width="980" align="center"><tr><td class="view_title"><b>{esc(t)}</b></td></tr>
<tr><td class="view_info">{au} 기자 | 입력 : {y}-{m}-{dd} {tm}</td></tr>
<tr><td class="view_body">
{ptags(a['paras'])}
<p>{au} 기자 {em}</p>
</td></tr>
<tr><td class="others"><b>이 기사와 함께 많이 본 기사</b><br>{'<br>'.join(esc(x) for x in others)}</td></tr>
</table>
<table width="980" align="center"><tr><td class="copy">도담교육신문 | 경남 창원시 성산구 중앙대로 길 8 | 대표전화 055-2xx-xxxx<br>{copy}</td></tr></table>
</body></html>
"""
        boiler = [others[0], others[2], copy, "대표전화"]
    elif f == "html_og":
        pop = ["그룹 구름다솜, 연말 단독 콘서트 전석 매진", "배우 하재이, 첫 팬미팅 개최 확정", "'바람섬의 겨울' OST 첫 주자 공개"]
        copy = "ⓒ 반짝담스타, 무단 전재 및 재배포 금지"
        page = f"""<!doctype html>
<html lang="ko"><head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(t)} | {o}</title>
<meta property="og:title" content="{esc(t)}">
<meta property="og:description" content="{esc(a['paras'][1][:90])}">
<meta property="og:image" content="https://img.banjjakdamstar.com/2026/11/25/3307_1.jpg">
<meta property="og:site_name" content="{o}">
</head>
<body>
<div id="gnb"><a href="/">{o}</a> <a href="#">방송</a> <a href="#">가요</a> <a href="#">영화</a> <a href="#">포토</a></div>
<div class="breadcrumb">홈 &gt; 연예 &gt; {a['section']}</div>
<div class="view-top"><h2 class="tit">{esc(t)}</h2>
<div class="byline">{au} 기자 <span class="date">승인 {y}.{m}.{dd} {tm}</span></div></div>
<div class="view-cont">
<figure><img src="https://img.banjjakdamstar.com/2026/11/25/3307_1.jpg" alt=""><figcaption>배우 예린휘(왼쪽)과 남궁로한이 25일 오후 제작발표회에서 포즈를 취하고 있다. 사진=해담엔터테인먼트 제공</figcaption></figure>
{ptags(a['paras'])}
<p class="reporter">{au} 기자 {em}</p>
</div>
<aside class="popular"><h4>많이 본 뉴스</h4><ol>{''.join('<li>%s</li>' % esc(x) for x in pop)}</ol></aside>
<footer>반짝담스타 | 서울 마포구 월드컵북로 길 40 | 청소년보호책임자 채온비<br>{copy}</footer>
</body></html>
"""
        boiler = [pop[0], pop[1], copy, "사진=해담엔터테인먼트 제공", "청소년보호책임자"]
    elif f == "html_jsonld":
        rel = ["북한, 동해상으로 단거리 탄도미사일 2발 발사", "외교부, 재외국민 안전 점검회의 개최", "한·아세안 FTA 개선 협상 연내 타결 목표"]
        copy = "© 2026 너울길타임즈 All Rights Reserved."
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t,
              "datePublished": "%sT%s:00+09:00" % (d, tm), "author": [{"@type": "Person", "name": au}],
              "publisher": {"@type": "Organization", "name": o, "logo": {"@type": "ImageObject", "url": "https://www.neoulgiltimes.com/logo.png"}}}
        page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(t)}</title>
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
</head>
<body>
<nav class="top"><a href="/">너울길타임즈</a> · 정치 · 외교·안보 · 경제 · 사회 · 국제</nav>
<article>
<p class="kicker">{a['section']}</p>
<h1>{esc(t)}</h1>
<div class="meta"><span class="author">{au} 기자</span> <time datetime="{d}T{tm}:00+09:00">{y}년 {int(m)}월 {int(dd)}일 {tm}</time></div>
<div class="body">
{ptags(a['paras'])}
</div>
<p class="email">{em}</p>
</article>
<section class="more"><h2>외교·안보 많이 본 기사</h2><ul>{''.join('<li>%s</li>' % esc(x) for x in rel)}</ul></section>
<footer>{copy} 제보 tip@neoulgiltimes.com</footer>
</body></html>
"""
        boiler = [rel[0], rel[2], copy, "제보 tip@neoulgiltimes.com"]
    elif f == "html_tags":
        rel = ["여야, 예산안 처리 시한 앞두고 원내대표 회동", "노란봉투법 후속 시행령 입법예고", "국회 예결위, 감액 심사 착수"]
        copy = "저작권자 © 나래정치 무단전재 및 재배포 금지"
        page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(t)} - 나래정치</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(t)}">
<meta property="og:site_name" content="나래정치">
<meta property="article:published_time" content="{d}T{tm}:00+09:00">
<meta property="article:section" content="{a['section']}">
</head>
<body>
<header><a class="logo" href="/">나래정치</a><ul class="menu"><li>국회</li><li>정당</li><li>청와대·총리실</li><li>선거</li><li>여론조사</li></ul></header>
<div class="article">
<h1>{esc(t)}</h1>
<div class="writer">{au} 기자 | 기사입력 {y}-{m}-{dd} {tm}</div>
<div id="articleBody">
{ptags(a['paras'])}
</div>
<div class="reporter-box">{au} 기자 {em}</div>
<div class="tags">#환경노동위원회 #주4.5일제 #근로시간단축</div>
<div class="share">페이스북 트위터 카카오스토리 URL복사</div>
<div class="related"><strong>관련 기사</strong><ul>{''.join('<li>%s</li>' % esc(x) for x in rel)}</ul></div>
</div>
<footer>나래정치 | 서울 영등포구 의사당대로 길 3 | {copy}</footer>
</body></html>
"""
        boiler = [rel[0], rel[1], copy, "#환경노동위원회", "URL복사"]
    elif f == "html_min":
        copy = "Copyright ⓒ 마루벌신문. All rights reserved."
        page = f"""<html>
<head>
<meta charset="utf-8">
<title>마루벌신문</title>
</head>
<body>
<div class="top"><a href="/">마루벌신문</a> 전주 | 완주 | 익산 | 군산 | 지방의회 | 사람들</div>
<div class="sub_title">{a['section']}</div>
<div class="news_title">{esc(t)}</div>
<div class="news_info">{au} 기자 | 등록일 {y}.{m}.{dd} {tm} | 조회수 1,284</div>
<div class="news_body">
{ptags(a['paras'])}
<p>{au} 기자</p>
</div>
<div class="comment"><b>댓글 0</b><br>로그인 후 댓글을 남길 수 있습니다.<br><textarea></textarea><button>등록</button></div>
<div class="bottom">마루벌신문 | 전북특별자치도 전주시 완산구 팔달로 길 21 | 발행·편집인 설은겸 | 기사제보 {a['tip']}<br>{copy}</div>
</body></html>
"""
        boiler = ["로그인 후 댓글을 남길 수 있습니다.", "조회수 1,284", copy, "기사제보"]
    elif f == "txt_portal":
        pop = ["폭설에 설악산 탐방로 전면 통제", "영동고속도로 대관령 구간 체인 장착 권고", "강릉 한파특보…수도관 동파 주의"]
        copy = "Copyright ⓒ 해찬솔일보. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지."
        lines = ["뉴스", "홈", "정치", "경제", "사회", "생활/문화", "세계", "IT/과학", "", "사회", "",
                 t, "", "해찬솔일보 | 2026.11.28. 오전 10:42", "문채영 기자", "", "공감 좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0", ""]
        for p in a["paras"]:
            lines += [p, ""]
        lines += ["문채영 기자(%s)" % em, "", copy, "", "해찬솔일보 주요뉴스", ""] + pop + ["", "해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다."]
        page = "\n".join(lines) + "\n"
        boiler = [pop[0], pop[2], copy, "공감 좋아요 0", "아웃링크"]
    elif f == "txt_browser":
        rel = ["전기차 충전요금 내년부터 할인 폐지", "GTX-A 운정~서울역 출퇴근 열차 증편", "고속도로 휴게소 수소충전소 12곳 추가"]
        copy = "ⓒ 달구름모터스. 무단전재·재배포 금지"
        lines = ["본문 바로가기", "달구름모터스", "신차 | 시승기 | 교통 | 모빌리티 | 정책 | 오피니언", "", "교통", "", t, "",
                 "봉예담 기자 %s" % em, "입력 2026.11.29 14:10 | 수정 2026.11.29 15:02", "", "페이스북 공유 카카오톡 공유 링크 복사 글자크기", ""]
        for p in a["paras"]:
            lines += [p, ""]
        lines += ["관련기사"] + rel + ["", copy, "달구름모터스 | 서울 성동구 왕십리로 길 7 | 대표 봉예담 | 청소년보호책임자 온다해"]
        page = "\n".join(lines) + "\n"
        boiler = [rel[0], rel[1], copy, "링크 복사", "청소년보호책임자 온다해", "본문 바로가기"]
    elif f == "txt_tag":
        rel = ["완도 전복 가격 석 달째 하락", "쌀 목표가격 20만원대 재설정 논의", "고흥 유자 수확 한창"]
        copy = "<저작권자 © 갯논신문, 무단전재 및 재배포 금지>"
        lines = ["갯논신문", "농업 | 수산 | 축산 | 유통 | 농촌 | 정책", "", t, "", "기사입력 2026-11-24 13:55", "",
                 "[갯논신문 변소연 기자]", ""]
        for p in a["paras"]:
            lines += [p, ""]
        lines += [copy, "", "이 기사와 관련된 기사"] + rel
        page = "\n".join(lines) + "\n"
        boiler = [rel[0], rel[2], copy, "이 기사와 관련된 기사"]
    elif f == "txt_weekly":
        issue = ["[현장] 폐교가 마을 도서관으로", "[칼럼] 골목 빵집이 사라지는 이유", "[사람과 사람] 40년 구두 수선공의 손"]
        copy = "소소담위클리의 모든 콘텐츠는 저작권법의 보호를 받습니다. Copyright © 소소담위클리"
        lines = ["소소담위클리", "전체기사 | 사람과 사람 | 현장 | 칼럼 | 동네 | 구독신청", "", "홈 > 인터뷰 > 사람과 사람", "", t, "",
                 "승인 2026.11.27 09:00", "글·사진 엄하람 기자", ""]
        for p in a["paras"]:
            lines += [p, ""]
        lines += ["엄하람 기자 %s" % em, "", "이번 호 다른 기사"] + issue + ["", copy]
        page = "\n".join(lines) + "\n"
        boiler = [issue[0], issue[1], copy, "구독신청", "이번 호 다른 기사"]
    else:
        raise ValueError(f)
    return page, boiler


def main():
    for a in A:
        page, boiler = render(a)
        path = os.path.join(PAGES, a["file"])
        if a["form"] == "html_euckr":
            with open(path, "wb") as fh:
                fh.write(page.encode("euc-kr"))
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(page)
        art = {"title": a["title"], "author": a["author"]}
        if a["email"]:
            art["author_email"] = a["email"]
        art.update({"published": a["published"], "outlet": a["outlet"], "language": "ko",
                    "body": "\n\n".join(a["paras"]), "body_must_not_contain": boiler})
        gold = {"source": a["file"], "note": a["note"], "article": art,
                "persons": a["persons"], "optional_persons": a["optional_persons"],
                "quotes": a["quotes"], "optional_quotes": a["optional_quotes"],
                "events": a["events"], "must_not": a["must_not"]}
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    check()


def check():
    import re
    bad = 0
    for a in A:
        stem = os.path.splitext(a["file"])[0]
        g = json.load(open(os.path.join(GOLD, stem + ".expected.json"), encoding="utf-8"))
        raw = open(os.path.join(PAGES, a["file"]), "rb").read()
        text = raw.decode("euc-kr" if a["form"] == "html_euckr" else "utf-8")
        text = html.unescape(text)
        need = [g["article"][k] for k in ("title", "author", "outlet")] + ([g["article"]["author_email"]] if "author_email" in g["article"] else [])
        need += a["paras"] + g["article"]["body_must_not_contain"]
        for p in g["persons"]:
            need += [v for v in p.values() if v]
        need += g["optional_persons"] + g["optional_quotes"]
        for q in g["quotes"]:
            if q["speaker"]:
                need.append(q["speaker"])
        for e in g["events"]:
            need += [e["date_text"]] + ([e["location"]] if e["location"] else [])
        need += g["must_not"]["person_names"] + g["must_not"]["quote_substrings"]
        for s in need:
            if s not in text:
                print("MISSING", a["file"], repr(s)); bad += 1
        # quotation parts: every quoted span on the page of the paragraphs, joined, equals some gold quote
        body = "\n".join(a["paras"])
        golds = {q["text"] for q in g["quotes"]} | set(g["optional_quotes"])
        for q in g["quotes"]:
            for part in re.split(r"(?<=[다것만여라인이족덕분실])\s(?=[^\s])", q["text"]):
                pass
        parts = re.findall(r"\"([^\"]+)\"", body)
        joined_pool = " ".join(parts)
        for q in g["quotes"]:
            if q["text"] not in joined_pool:
                print("QUOTE NOT FROM PARTS", a["file"], q["text"][:40]); bad += 1
        # every quoted span is in some gold quote (or is a title in single quotes, not double)
        for p in parts:
            if not any(p in gq for gq in golds):
                print("UNGOLDED QUOTE", a["file"], p[:40]); bad += 1
        y, m, d = a["published"].split("-")
        if a["form"].startswith("txt"):
            if not (y + "." + m + "." + d in text or a["published"] in text):
                print("NO DATE", a["file"]); bad += 1
    print("check done, problems:", bad)
    return bad


if __name__ == "__main__":
    main()
