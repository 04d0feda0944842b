"""Make ko-meta-heldout50 pages and gold (stdlib only). Run from the worktree root."""
import json, os, html as H

SET = "benchmarks/devset/ko-meta-heldout50"
PAGES = os.path.join(SET, "pages"); GOLD = os.path.join(SET, "gold")
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
DOCS = []

def ps(paras):
    return "\n".join(f"<p>{H.escape(p, quote=False)}</p>" for p in paras)

def add(name, text, gold, note, enc="utf-8"):
    with open(os.path.join(PAGES, name), "wb") as f:
        f.write(text.encode(enc))
    art = {k: v for k, v in gold.items()}
    art["language"] = "ko"
    stem = os.path.splitext(name)[0]
    with open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"source": name, "note": note, "article": art}, f, ensure_ascii=False, indent=1)
    DOCS.append((name, enc, gold))

# 1 TV news page ------------------------------------------------------------
t1 = "동해안 밤새 40㎝ 폭설…미시령 옛길 통제에 차량 고립 잇따라"
b1 = [
 "[앵커] 강원 동해안에 밤사이 최고 40㎝가 넘는 눈이 쏟아졌습니다. 산간 도로 곳곳이 통제되면서 차량 고립 신고도 잇따랐는데요. 현장에 탁윤겸 기자가 나가 있습니다.",
 "[기자] 네, 저는 지금 속초시 노학동 제설 전진기지에 나와 있습니다. 오늘 오후부터 굵어진 눈발은 밤이 깊어지면서 더 거세지고 있습니다.",
 "[리포트] 제설차 수십 대가 쉴 새 없이 드나들지만, 도로에 쌓인 눈은 좀처럼 줄지 않습니다. 미시령 옛길은 오후 6시부터 차량 통행이 전면 통제됐습니다.",
 "통제 직전 고갯길에 들어선 승용차 석 대가 눈길에 미끄러져 멈춰 섰고, 출동한 소방대원들이 운전자 다섯 명을 구조했습니다.",
 "인터뷰 맹주완 / 속초소방서 구조대장 \"차량이 옆으로 미끄러지면서 오도 가도 못하는 상황이었습니다. 체인 없이 산길에 오르는 건 정말 위험합니다.\"",
 "주민들은 지붕 위 눈이 무너져 내릴까 밤잠을 설치고 있습니다.",
 "인터뷰 옥채령 / 속초시 노학동 주민 \"비닐하우스 두 동이 벌써 주저앉았어요. 내일 아침까지 더 온다니까 걱정이 큽니다.\"",
 "기상청은 내일 오전까지 동해안에 10에서 20㎝의 눈이 더 내리겠다고 예보했습니다. 지금까지 속초 노학동에서 새누결 뉴스 탁윤겸입니다.",
]
p1 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{H.escape(t1)} | 새누결방송</title>
<meta property="og:site_name" content="새누결방송">
<meta property="og:title" content="{H.escape(t1)}">
<meta property="og:type" content="video.other">
<meta property="og:description" content="강원 동해안에 밤사이 최고 40㎝가 넘는 눈이 쏟아졌습니다.">
<meta property="article:published_time" content="2026-12-18T21:30:00+09:00">
</head><body>
<header class="gnb"><a href="/" class="logo">새누결방송</a><nav><a href="/news">뉴스</a><a href="/vod">다시보기</a><a href="/live">온에어</a><a href="/report">제보하기</a></nav></header>
<main id="newsView">
<div class="vod-player" data-vid="NB20261218_0417"><button>재생</button><span class="dur">02:14</span></div>
<div class="news-tit">
<span class="prog">새누결 뉴스 9</span>
<h2 class="tit">{H.escape(t1)}</h2>
<div class="info"><span class="reporter"><a href="/reporter/tak">탁윤겸 기자</a></span>
<span class="date">입력 2026.12.18 21:30</span><span class="date">수정 2026.12.18 22:04</span></div>
</div>
<div class="news-script" id="scriptArea">
{ps(b1)}
</div>
<div class="credit">영상취재: 변새롬 / 영상편집: 인새아</div>
<div class="report-box">제보하기 ☎ 02-6090-1100 · 카카오톡 채널 '새누결제보'</div>
<div class="share"><a>카카오톡 공유</a><a>URL 복사</a></div>
<section class="hot-vod"><h3>많이 본 영상</h3><ol><li><a>성탄 연휴 고속도로 정체 예상…귀성길 오후 2시 절정</a></li><li><a>아파트 승강기 멈춤 사고 잇따라…점검 강화</a></li></ol></section>
</main>
<footer>Copyright ⓒ 새누결방송. 무단 전재, 재배포 및 AI 학습 이용 금지</footer>
</body></html>"""
add("saenugyeol_news_view_NB20261218_0417.html", p1,
 {"title": t1, "author": "탁윤겸", "published": "2026-12-18T21:30:00+09:00", "outlet": "새누결방송",
  "body_must_not_contain": ["많이 본 영상", "제보하기 ☎", "카카오톡 공유", "무단 전재", "성탄 연휴 고속도로 정체 예상"]},
 "TV news page: anchor's lead, [기자]/[리포트] marks, `인터뷰 X / 직함` captions; `<title>` with ` | 새누결방송`; `입력` before `수정`; credit, 제보 box, 많이 본 영상 after the script")

# 2 radio interview ---------------------------------------------------------
t2 = '염해진 교수 "겨울 가뭄, 상수원 관리 방식부터 바꿔야"'
b2 = [
 "◇ 진행자 > 남부 지방에 석 달째 비다운 비가 내리지 않으면서 일부 섬 지역은 제한 급수까지 시작했습니다. 수자원 전문가 한 분 모셔서 이야기 나눠 보겠습니다. 교수님, 안녕하십니까.",
 "◆ 염해진 > 네, 안녕하세요.",
 "◇ 진행자 > 지금 상황이 어느 정도로 심각한 겁니까?",
 "◆ 염해진 > 남부 지역 주요 댐의 저수율이 평년의 절반 수준까지 내려왔습니다. 겨울은 원래 비가 적은 계절이지만, 가을 강수량까지 부족했던 게 문제입니다. 봄 영농철이 오기 전에 비가 충분히 오지 않으면 농업용수도 빠듯해질 수 있습니다.",
 "◇ 진행자 > 섬 지역은 왜 더 힘든 건가요?",
 "◆ 염해진 > 섬은 대부분 작은 저수지나 지하수에 기대고 있어서 여유분이 거의 없습니다. 해수 담수화 시설이 있어도 용량이 관광객이 몰리는 여름에 맞춰져 있는 경우가 많고요.",
 "◇ 진행자 > 그럼 대책은 뭐가 있을까요?",
 "◆ 염해진 > 댐 물을 나눠 쓰는 연계 운영을 미리 시작해야 합니다. 가뭄이 닥친 뒤에 움직이면 늦습니다. 그리고 노후 상수관에서 새는 물만 줄여도 상당한 양을 아낄 수 있습니다.",
 "◇ 진행자 > 오늘 말씀 고맙습니다. 지금까지 한빛공과대학교 환경공학과 염해진 교수였습니다.",
]
p2 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>소리샘FM 아침의 창 - 인터뷰 전문</title>
<meta name="description" content="청취자와 함께하는 소리샘FM, 아침을 여는 시사 프로그램">
</head><body>
<div id="wrap"><div class="top"><a href="/">소리샘FM</a> <a href="/program/achim">아침의 창</a> <a href="/onair">온에어</a> <a href="/podcast">팟캐스트 구독</a></div>
<div class="board-view">
<div class="board-head"><span class="cate">인터뷰 전문</span>
<h3 class="subject">{H.escape(t2)}</h3>
<ul class="meta"><li>정리=방규린 기자</li><li>등록일 2026-12-17 08:40:00</li><li>조회 1,207</li></ul></div>
<div class="board-body">
<p>■ 방송 : 소리샘FM 아침의 창 (07:10~09:00)<br>■ 진행 : 편우재 앵커<br>■ 대담 : 염해진 한빛공과대학교 환경공학과 교수</p>
{ps(b2)}
</div>
<p class="notice">※ 인터뷰 내용을 인용 보도할 때는 소리샘FM 아침의 창 인터뷰 내용임을 밝혀주십시오.</p>
<div class="btns"><a href="/program/achim/replay">다시듣기</a> <a href="/program/achim/list">목록</a></div>
<ul class="prevnext"><li>이전글 <a>[아침의 창] 연말 택배 물량 최대…배송 기사 휴게권은</a></li><li>다음글 <a>[아침의 창] 전세 사기 피해 주택 경매 유예 연장</a></li></ul>
</div></div>
<footer>소리샘FM | 대표전화 051-700-2000 | Copyright 2016 SORISAEM FM.</footer>
</body></html>"""
add("sorisaemfm_board_view_achim_3318.html", p2,
 {"title": t2, "author": "방규린", "published": "2026-12-17T08:40:00+09:00", "outlet": "소리샘FM",
  "body_must_not_contain": ["다시듣기", "이전글", "다음글", "대표전화 051-700-2000", "연말 택배 물량 최대"]},
 "radio interview transcript in a board CMS: `◇ 진행자 >`/`◆ X >` turns, `정리=X 기자` byline, `등록일 2026-12-17 08:40:00`; `<title>` the program not the headline; site-wide description; prev/next and replay links not body")

# 3 ministry press release --------------------------------------------------
t3 = "겨울철 김 양식장 수온 관측 부이 40곳으로 늘린다"
b3 = [
 "해양수산부는 겨울철 이상 수온에 따른 김 양식 피해를 줄이기 위해 실시간 수온 관측 부이를 현재 24곳에서 내년 1월까지 40곳으로 늘린다고 16일 밝혔다.",
 "새로 설치되는 부이 16기는 최근 3년간 김 황백화와 갯병 피해가 집중된 전남 서남해안과 충남 서해안 양식 어장에 배치된다.",
 "관측 자료는 10분 간격으로 수집돼 어업인이 휴대전화 앱과 문자로 바로 받아볼 수 있다. 수온이 급변하면 지역 수산기술지원센터가 현장 지도에 나선다.",
 "해양수산부는 또 김 양식 어가의 재해보험 가입을 늘리기 위해 보험료 지원 비율을 현행 50%에서 60%로 높이는 방안도 관계 부처와 협의하고 있다.",
 "해양수산부 관계자는 \"김은 우리 수산식품 수출의 효자 품목인 만큼 기후 변화에 대응한 생산 기반을 탄탄히 하겠다\"고 말했다.",
]
p3 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>보도자료 상세 | 해양수산부</title>
<meta property="og:site_name" content="해양수산부">
<meta property="og:title" content="{H.escape(t3)}">
<meta name="description" content="해양수산부 대표 누리집입니다.">
</head><body>
<div id="header"><a href="/" class="logo">해양수산부</a><ul class="gnb"><li>정책정보</li><li>알림·소식</li><li>정보공개</li><li>국민참여</li></ul></div>
<div class="location">홈 &gt; 알림·소식 &gt; 보도자료</div>
<div class="bbs_view">
<h4 class="view_tit">{H.escape(t3)}</h4>
<table class="view_info"><tr><th>담당 부서</th><td>어촌양식정책과</td><th>등록일</th><td>2026.12.16</td></tr>
<tr><th>전화번호</th><td>044-200-5614</td><th>조회수</th><td>388</td></tr></table>
<div class="view_cont">
<p>- 전남·충남 주요 김 양식 어장에 부이 16기 추가 설치 -</p>
{ps(b3)}
</div>
<div class="file"><strong>첨부파일</strong> <a>1216_김양식장_수온관측_확대(어촌양식정책과).hwpx</a> <a>[미리보기]</a></div>
<div class="kogl">공공누리 제1유형: 출처표시</div>
<div class="list_btn"><a>목록</a></div>
</div>
<div id="footer">(30110) 세종특별자치시 다솜2로 94 정부세종청사 5동 | 대표전화 044-200-5555</div>
</body></html>"""
add("mof_press_view_20261216_0912.html", p3,
 {"title": t3, "author": None, "published": "2026-12-16", "outlet": "해양수산부",
  "body_must_not_contain": ["담당 부서", "첨부파일", "공공누리", "미리보기", "정부세종청사 5동"]},
 "a ministry's 보도자료 page: table of 담당 부서/등록일 2026.12.16/전화번호/조회수, no byline, site-wide description, `<title>` `보도자료 상세 | 부처`, attachment and 공공누리 lines; author null, date only")

# 4 infinite scroll ---------------------------------------------------------
t4 = "수원 광교 중앙도서관 야간 개관 주 3회로 늘린다"
b4 = [
 "경기 수원시 광교 중앙도서관이 내년 1월부터 야간 개관을 주 1회에서 3회로 늘린다.",
 "수원시는 화·목·금요일 오후 10시까지 종합자료실과 열람실을 열기로 했다고 14일 밝혔다. 야간에는 사서 2명과 안전요원 1명이 근무한다.",
 "시가 지난 10월 도서관 이용자 1천200명을 대상으로 한 설문에서 응답자의 64%가 퇴근 뒤 이용 시간을 늘려 달라고 답했다.",
 "야간 개관 시간에는 직장인을 위한 독서 모임과 글쓰기 강좌도 열린다. 강좌는 도서관 누리집에서 선착순으로 신청할 수 있다.",
 "편효담 광교 중앙도서관장은 \"낮에 도서관을 찾기 어려운 시민들에게 저녁 시간의 서재가 되겠다\"고 말했다.",
 "시는 이용 실적을 살펴 내년 하반기 다른 공공도서관으로 야간 개관을 넓힐지 정하기로 했다.",
]
t4n = "팔달문 시장 성탄 장터 20일 개막…소상공인 40곳 참여"
b4n = ["수원 팔달문 시장 일대에서 오는 20일부터 나흘간 성탄 장터가 열린다.",
       "장터에는 시장 상인과 청년 소상공인 40곳이 참여해 수공예품과 먹거리를 판다."]
p4 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{H.escape(t4)} - 너른골신문</title>
<meta property="og:title" content="{H.escape(t4)}">
<meta property="og:site_name" content="너른골신문">
<meta property="og:url" content="https://www.neoreungol.kr/news/20261214/51207">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json.dumps(t4, ensure_ascii=False)},"datePublished":"2026-12-14T10:20:00+09:00","author":{{"@type":"Person","name":"봉라희"}},"publisher":{{"@type":"Organization","name":"너른골신문"}}}}</script>
</head><body>
<header><a href="/" class="logo">너른골신문</a><nav><a>정치</a><a>경제</a><a>사회</a><a>경기·인천</a></nav></header>
<div id="infinite-list">
<article class="story" data-id="51207" data-url="/news/20261214/51207">
<h1 class="story-title">{H.escape(t4)}</h1>
<div class="story-meta"><span class="by">봉라희 기자</span> <time datetime="2026-12-14T10:20:00+09:00">업데이트 2026.12.14 10:20</time></div>
<div class="story-body">
{ps(b4)}
</div>
<div class="story-copy">ⓒ 너른골신문, 무단전재 및 재배포 금지</div>
</article>
<div class="next-label">다음 기사</div>
<article class="story story-next" data-id="51199" data-url="/news/20261214/51199">
<h1 class="story-title">{H.escape(t4n)}</h1>
<div class="story-meta"><span class="by">구다인 기자</span> <time datetime="2026-12-14T09:05:00+09:00">업데이트 2026.12.14 09:05</time></div>
<div class="story-body">
{ps(b4n)}
</div>
<div class="loading">다음 기사 불러오는 중…</div>
</article>
</div>
<footer>너른골신문 | 경기도 수원시 팔달구 | 등록일 2017.03.02</footer>
</body></html>"""
add("neoreungol_news_20261214_51207.html", p4,
 {"title": t4, "author": "봉라희", "published": "2026-12-14T10:20:00+09:00", "outlet": "너른골신문",
  "body_must_not_contain": [t4n, "성탄 장터가 열린다", "다음 기사 불러오는 중", "구다인 기자", "무단전재"]},
 "infinite scroll: the next article's headline, byline, date and lead already in the markup below the first; `업데이트 2026.12.14 10:20` the only date; JSON-LD agrees; the second article not body")

# 5 breadcrumb and tags -----------------------------------------------------
t5 = "청주 오송 바이오 기업 3곳, 연구 인력 120명 채용"
b5 = [
 "충북 청주 오송생명과학단지에 입주한 바이오 기업 3곳이 내년 상반기까지 연구 인력 120명을 새로 뽑는다.",
 "충북도는 지난 14일 도청에서 세움바이오텍, 라온셀팜, 다봄진단 등 3개 기업과 지역 인재 채용 협약을 맺었다고 밝혔다.",
 "협약에 따라 기업들은 채용 인원의 30% 이상을 도내 대학 졸업생으로 채우고, 도는 1인당 월 50만원의 주거비를 1년간 지원한다.",
 "세움바이오텍은 항체 의약품 생산 설비 증설에 맞춰 공정 연구원 60명을, 라온셀팜과 다봄진단은 세포치료제와 진단 키트 분야에서 각각 30명을 채용할 계획이다.",
 "지상현 세움바이오텍 대표는 \"오송에서 공부한 인재가 오송에서 일하는 구조를 만들고 싶다\"고 말했다.",
 "충북도는 내년 2월 오송에서 바이오 기업 합동 채용 설명회를 열 예정이다.",
]
p5 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{H.escape(t5)} &lt; 경제 &lt; 기사본문 - 청벼리일보</title>
<meta name="description" content="충청의 아침을 여는 정론지 청벼리일보">
<meta property="og:description" content="충청의 아침을 여는 정론지 청벼리일보">
<meta property="og:title" content="{H.escape(t5)} - 청벼리일보">
</head><body>
<div class="header"><a class="logo" href="/">청벼리일보</a></div>
<nav class="breadcrumb"><a href="/">홈</a> &gt; <a href="/economy">경제</a> &gt; <a href="/economy/industry">산업·기업</a></nav>
<div class="article-head">
<h1 class="headline">{H.escape(t5)}</h1>
<p class="byline">모하율 기자 mohayul@cheongbyeori.kr</p>
<p class="dateline">기사입력 : 2026년 12월 15일 07:10</p>
</div>
<div id="article-view-content-div">
{ps(b5)}
</div>
<div class="tag-list"><span>태그</span> <a href="/tag/오송">#오송</a> <a href="/tag/바이오">#바이오</a> <a href="/tag/지역인재">#지역인재</a> <a href="/tag/채용">#채용</a></div>
<div class="related"><h4>관련기사</h4><ul><li><a>오송 제3생명과학단지 부지 보상 착수</a></li></ul></div>
<footer>청벼리일보 | 충북 청주시 상당구 | 청소년보호책임자 | Copyright 2018 청벼리일보. All rights reserved.</footer>
</body></html>"""
add("cheongbyeori_articleView_88140.html", p5,
 {"title": t5, "author": "모하율", "author_email": "mohayul@cheongbyeori.kr", "published": "2026-12-15T07:10:00+09:00", "outlet": "청벼리일보",
  "body_must_not_contain": ["#오송", "#지역인재", "관련기사", "부지 보상 착수", "청소년보호책임자"]},
 "breadcrumb (홈 > 경제 > 산업·기업) and tag links; `X 기자 e-mail`; `기사입력 : 2026년 12월 15일 07:10`; site-wide description; og:title and `<title>` with suffixes; related list not body")

# 6 WordPress small outlet --------------------------------------------------
t6 = "제주 구좌 당근밭에 청년 농부 열두 명이 모인 이유"
b6 = [
 "제주시 구좌읍의 한 당근밭. 지난 12일 오후, 20~30대 청년 열두 명이 흙 묻은 장갑을 낀 채 수확한 당근을 상자에 담고 있었다.",
 "이들은 올해 봄 꾸려진 청년 농업 공동체 '밭담두레' 회원들이다. 각자 작은 밭을 빌려 농사를 짓다가, 혼자서는 감당하기 어려운 수확철에 서로의 밭을 돌며 일손을 나누기로 했다.",
 "공동체를 처음 제안한 함소담 씨는 서울에서 디자이너로 일하다 4년 전 구좌로 내려왔다. 함씨는 \"첫해에는 수확을 제때 못 해 절반을 버렸다\"며 \"같이 하니까 버리는 게 거의 없다\"고 말했다.",
 "밭담두레는 못난이 당근을 모아 주스와 잼으로 만들어 온라인으로 파는 일도 시작했다. 지난달 첫 판매분 600병은 사흘 만에 다 팔렸다.",
 "회원들은 내년에 마을 빈 창고를 빌려 공동 선별장을 만들 계획이다. 구좌읍 주민자치회도 창고 임대료 일부를 보태기로 했다.",
]
p6 = f"""<!DOCTYPE html>
<html lang="ko-KR"><head><meta charset="UTF-8">
<title>{H.escape(t6)} &#8211; 섬노을저널</title>
<meta name="generator" content="WordPress 6.7.1">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all">
<meta property="og:locale" content="ko_KR">
<meta property="og:site_name" content="섬노을저널">
<meta property="og:title" content="{H.escape(t6)} &#8211; 섬노을저널">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","name":"섬노을저널","copyrightYear":"2015"}},{{"@type":"Article","headline":{json.dumps(t6, ensure_ascii=False)},"datePublished":"2026-12-13T16:45:00+09:00","dateModified":"2026-12-13T16:45:00+09:00"}}]}}</script>
</head><body class="post-template-default single single-post postid-2214">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">섬노을저널</a></p><p class="site-description">제주의 작은 목소리를 기록합니다</p></header>
<main id="primary" class="site-main">
<article id="post-2214" class="post-2214 post type-post status-publish">
<header class="entry-header"><span class="cat-links"><a href="/category/people/" rel="category tag">사람</a></span>
<h1 class="entry-title">{H.escape(t6)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-12-13T16:45:00+09:00">2026/12/13 16:45</time></span></div></header>
<div class="entry-content">
{ps(b6)}
<p>글·사진 국예람 기자</p>
</div>
<footer class="entry-footer"><span class="tags-links">태그: <a rel="tag">구좌</a>, <a rel="tag">청년농부</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a rel="prev">이전 글 애월 해안도로 자전거길 정비 마무리</a></div></nav>
<div id="comments" class="comments-area"><h3 id="reply-title">답글 남기기</h3><p>이메일 주소는 공개되지 않습니다.</p></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2>최근 글</h2><ul><li><a>서귀포 감귤 출하 조절 회의</a></li></ul></section></aside>
<footer id="colophon"><div class="site-info">© 2015 섬노을저널 · Proudly powered by WordPress</div></footer>
</div></body></html>"""
add("seomnoeul_2026_12_13_gujwa-carrot.html", p6,
 {"title": t6, "author": "국예람", "published": "2026-12-13T16:45:00+09:00", "outlet": "섬노을저널",
  "body_must_not_contain": ["답글 남기기", "최근 글", "이전 글", "Proudly powered by WordPress", "이메일 주소는 공개되지 않습니다"]},
 "WordPress small outlet: `<title>`/og:title with ` – 매체` (&#8211;), Yoast graph with copyrightYear 2015, `2026/12/13 16:45`, the only byline `글·사진 X 기자` at the body's end; comments, prev-post and widget not body")

# 7 photo story -------------------------------------------------------------
t7 = "첫얼음 언 광한루원 연못…발길 멈춘 관광객들"
b7 = [
 "19일 전북 남원 광한루원 연못에 올겨울 첫얼음이 얼어 있다.",
 "이날 남원의 아침 최저기온은 영하 7.2도까지 떨어졌다. 오작교 위에 선 관광객들은 하얗게 언 연못을 배경으로 사진을 찍었다.",
 "남원시는 얼음 위에 올라가지 말라는 안내판을 연못 둘레 여섯 곳에 세웠다.",
 "기상청은 주말까지 전북 내륙에 한파가 이어지겠다고 내다봤다.",
 "광한루원 관리사무소는 한파 기간 관람 시간을 오후 8시까지로 한 시간 줄인다.",
]
p7 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>[포토] {H.escape(t7)} : 갈대밭타임즈</title>
<meta property="og:title" content="[포토] {H.escape(t7)}">
<meta property="og:image" content="https://img.galdaebat.co.kr/photo/2026/12/19/ice_0101.jpg">
<meta property="og:site_name" content="갈대밭타임즈">
</head><body>
<div class="top-bar"><a class="logo" href="/">갈대밭타임즈</a></div>
<div class="photo-view">
<div class="section-badge">포토뉴스</div>
<h2 class="photo-title">{H.escape(t7)}</h2>
<div class="photo-info">명소윤 인턴기자 | 입력 2026.12.19 14:02</div>
<figure><img src="/photo/2026/12/19/ice_0101.jpg" alt="광한루원 첫얼음"><figcaption>광한루원 연못의 첫얼음 / 사진=명소윤 인턴기자</figcaption></figure>
<div class="photo-text">
{ps(b7)}
</div>
<div class="photo-more"><h4>포토 더보기</h4><ul><li><a>지리산 노고단 상고대</a></li><li><a>섬진강 철새 떼</a></li></ul></div>
</div>
<footer>갈대밭타임즈 © All rights reserved.</footer>
</body></html>"""
add("galdaebat_photo_view_20261219_0101.html", p7,
 {"title": t7, "author": "명소윤", "published": "2026-12-19T14:02:00+09:00", "outlet": "갈대밭타임즈",
  "body_must_not_contain": ["포토 더보기", "노고단 상고대", "All rights reserved", "포토뉴스"]},
 "`[포토]` photo story: a photo, caption and five short lines; `[포토]` only in og:title and `<title>` (the h2 does not show it); `X 인턴기자 | 입력 2026.12.19 14:02`; more-photos list not body")

# 8 date with weekday ------------------------------------------------------
t8 = "대전 도시철도 2호선 트램 시운전 차량 첫 반입"
b8 = [
 "대전 도시철도 2호선 트램의 시운전 차량이 처음으로 차량기지에 들어왔다.",
 "대전시는 18일 밤 경남 창원 제작 공장에서 출발한 트램 1편성이 대형 화물차에 실려 유성구 차량기지에 도착했다고 밝혔다.",
 "반입된 차량은 5칸 한 편성으로 길이 35m, 정원 246명이다. 배터리로 달리는 무가선 방식이어서 도심 구간에 전선을 설치하지 않아도 된다.",
 "시는 차량기지 안 시험선에서 내년 3월까지 제동과 충전 성능을 확인한 뒤 본선 시운전에 들어갈 계획이다.",
 "심도훈 대전시 트램건설과장은 \"남은 차량도 매달 두세 편성씩 차례로 들여올 것\"이라며 \"개통 일정에는 차질이 없다\"고 말했다.",
 "2호선은 순환선 38㎞ 구간에 정거장 45곳을 두며, 2028년 말 개통이 목표다.",
]
p8 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>한밭투데이</title>
</head><body>
<table width="100%" class="top"><tr><td><a href="/"><img src="/img/logo.gif" alt="한밭투데이"></a></td><td class="menu">사회 | 경제 | 교육 | 문화</td></tr></table>
<div class="view-wrap">
<div class="view-title"><h1>{H.escape(t8)}</h1></div>
<div class="view-info"><span class="writer">길재온 기자</span><span class="bar">|</span><span class="regdate">2026.12.18 (금) 21:30</span><span class="bar">|</span><span class="hit">조회 642</span></div>
<div class="font-tools">글자크기 <a>크게</a> <a>작게</a> <a>인쇄</a></div>
<div class="view-content">
{ps(b8)}
</div>
<div class="sns">페이스북 트위터 카카오스토리 밴드</div>
</div>
<div class="bottom">한밭투데이 | 대전광역시 중구 | Copyright ⓒ 2012 한밭투데이. All rights reserved.</div>
</body></html>"""
add("hanbattoday_view_20261218_2130.html", p8,
 {"title": t8, "author": "길재온", "published": "2026-12-18T21:30:00+09:00", "outlet": "한밭투데이",
  "body_must_not_contain": ["글자크기", "카카오스토리", "조회 642", "All rights reserved"]},
 "date written `2026.12.18 (금) 21:30`; no meta at all, `<title>` only the outlet, outlet also as logo alt; 2012 copyright; font and SNS tool lines not body")

# 9 reporter box at bottom ---------------------------------------------------
t9 = "부산 영도 폐조선소, 해양 스타트업 공유 작업장으로"
b9 = [
 "부산 영도구 대평동의 문을 닫은 소형 조선소가 해양 스타트업들의 공유 작업장으로 다시 태어난다.",
 "부산시와 영도구는 17일 옛 조선소 부지 4천800㎡를 리모델링해 해양 장비를 시험하고 만들 수 있는 공유 작업장을 내년 9월 연다고 밝혔다.",
 "작업장에는 수중 드론과 소형 선박 부품을 시험할 수 있는 수조, 3D 프린터와 레이저 절단기를 갖춘 시제품 제작실이 들어선다. 입주 기업은 내년 6월 공모로 15곳을 뽑는다.",
 "옛 조선소의 골리앗 크레인과 선대는 철거하지 않고 남겨 전시 공간으로 활용한다.",
 "영도구 관계자는 \"깡깡이 마을의 조선 산업 기억을 지키면서 새 일자리를 만드는 사업\"이라고 설명했다.",
 "총사업비 86억원은 국비와 시비, 구비로 나눠 부담한다.",
]
p9 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{H.escape(t9)} | 파도결뉴스</title>
<meta property="og:title" content="[단독] {H.escape(t9)}">
<meta property="og:site_name" content="파도결뉴스">
<meta property="article:published_time" content="2026-12-17T11:35:00+09:00">
<meta name="author" content="파도결뉴스">
</head><body>
<header><a class="logo" href="/">파도결뉴스</a><nav>부산 | 울산 | 경남 | 해양</nav></header>
<section class="article">
<p class="section">해양·수산</p>
<h1 class="art-title">{H.escape(t9)}</h1>
<div class="art-date">입력 2026.12.17 11:35 | 수정 2026.12.17 15:10</div>
<div class="art-body" itemprop="articleBody">
{ps(b9)}
</div>
<div class="reporter-box">
<img src="/reporter/ydb_0412.jpg" alt="윤다빈 기자">
<div class="rb-info"><strong class="rb-name">윤다빈 기자</strong> <span class="rb-mail">yoondb@padogyeol.kr</span>
<p class="rb-intro">바다와 항구의 사람들을 취재합니다.</p></div>
<div class="rb-more"><h5>기자의 다른 기사</h5><ul><li><a>북항 재개발 2단계 사업자 공모 연기</a></li><li><a>감천항 냉동창고 화재 원인 조사</a></li></ul></div>
<a class="rb-sub">기자 구독</a>
</div>
</section>
<footer>파도결뉴스 | Copyright © 2014 파도결뉴스</footer>
</body></html>"""
add("padogyeol_article_20261217_40815.html", p9,
 {"title": t9, "author": "윤다빈", "author_email": "yoondb@padogyeol.kr", "published": "2026-12-17T11:35:00+09:00", "outlet": "파도결뉴스",
  "body_must_not_contain": ["기자의 다른 기사", "북항 재개발 2단계", "기자 구독", "바다와 항구의 사람들을 취재합니다"]},
 "reporter box at the bottom (photo, name, e-mail, intro, `기자의 다른 기사`, 구독) the only byline; og:title with `[단독]` the page does not show; `<meta name=\"author\">` the outlet; 입력 not 수정")

# 10 sidebar inside container, EUC-KR ---------------------------------------
t10 = "광주 송정역 앞 공영주차장 500면 증설…내년 7월 완공"
b10 = [
 "광주 송정역 앞 공영주차장이 500면 늘어난다.",
 "광주시 광산구는 송정역 북쪽 옛 철도 관사 부지에 지상 5층 규모의 공영주차장을 짓는 공사를 이달 착공했다고 17일 밝혔다.",
 "새 주차장은 내년 7월 완공되면 기존 주차장 320면을 더해 모두 820면 규모가 된다. 전기차 충전 구역 40면과 장애인 전용 구역 25면도 들어선다.",
 "송정역은 고속철도 이용객이 해마다 늘면서 주말마다 주차난이 되풀이돼 왔다. 역 주변 이면도로 불법 주차 민원만 한 해 2천 건이 넘었다.",
 "광산구 관계자는 \"주차장 이용 요금은 기존 주차장과 같게 하고, 철도 이용객에게는 할인을 적용할 계획\"이라고 말했다.",
]
p10 = f"""<!DOCTYPE html>
<html lang="ko"><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>빛솔포커스 - {H.escape(t10)}</title>
<meta property="og:title" content="{H.escape(t10)}">
<meta property="og:site_name" content="빛솔포커스">
</head><body>
<div id="top"><a href="/"><img src="/images/logo.png" alt="빛솔포커스"></a></div>
<div id="container">
<div class="left-col">
<h1 class="news-title">{H.escape(t10)}</h1>
<div class="news-writer">채령서·설주아 기자 | 입력 2026.12.17 15:00</div>
<div class="news-body">
{ps(b10)}
</div>
<div class="copyright">&lt;저작권자 ⓒ 빛솔포커스 무단전재 및 재배포금지&gt;</div>
</div>
<div class="right-col">
<div class="best-box"><h3>많이 본 기사</h3><ol><li><a>광주 도시철도 2호선 1단계 개통 앞두고 시운전</a></li><li><a>무등산 증심사 입구 주차 요금 인상</a></li><li><a>첨단3지구 분양 일정 확정</a></li></ol></div>
<div class="ad-box">광고</div>
</div>
</div>
<div id="footer">빛솔포커스 | 광주광역시 서구 | 발행인 | Copyright 2013</div>
</body></html>"""
add("bitsol_news_read_20261217_7730.html", p10,
 {"title": t10, "author": "채령서, 설주아", "published": "2026-12-17T15:00:00+09:00", "outlet": "빛솔포커스",
  "body_must_not_contain": ["많이 본 기사", "증심사 입구 주차 요금", "첨단3지구 분양", "무단전재 및 재배포금지"]},
 "EUC-KR page (real bytes, http-equiv charset) with a sidebar of popular articles inside the article container; `X·Y 기자 | 입력 2026.12.17 15:00` (gold `X, Y`); `<title>` `매체 - headline`", enc="euc-kr")

# 11 portal text dump -------------------------------------------------------
t11 = "인천 송도 센트럴파크 스케이트장 20일 개장"
b11 = [
 "인천 연수구 송도 센트럴파크 야외 스케이트장이 오는 20일 문을 연다.",
 "인천경제자유구역청은 센트럴파크 잔디광장에 가로 60m, 세로 30m 크기의 스케이트장을 설치해 내년 2월 22일까지 운영한다고 18일 밝혔다.",
 "운영 시간은 오전 10시부터 오후 9시까지이며, 이용료는 스케이트 대여료를 포함해 1회 2천원이다. 초등학생 이하 어린이는 보호자와 함께 입장해야 한다.",
 "올해는 스케이트장 옆에 썰매 언덕과 온실 휴게소를 새로 만들었다. 매주 토요일 저녁에는 작은 음악회도 열린다.",
 "경제청은 안전요원 12명을 배치하고, 기온이 영상 10도를 넘는 날에는 빙질 관리를 위해 운영을 멈출 수 있다고 설명했다.",
]
p11 = "\n".join([
 "본문 바로가기", "엮음뉴스", "뉴스홈  정치  경제  사회  생활/문화  IT/과학  세계", "",
 "새벽놀경제", "새벽놀경제 구독", "",
 t11, "",
 "입력2026.12.18. 오후 4:12  기사원문", "",
 "남궁윤서 기자", "", "좋아요 12  댓글 3", "요약봇", "본문 요약봇", "공유하기", "글자크기 변경", "", 
 *b11, "",
 "남궁윤서 기자 ysnamgung@saebyeoknol.kr", "",
 "Copyright ⓒ 새벽놀경제. All rights reserved. 무단 전재 및 재배포 금지.", "",
 "기사 섹션 분류 안내", "이 기사는 언론사에서 사회 섹션으로 분류했습니다.", "",
 "이 기사를 추천합니다", "쏠쏠정보 4  흥미진진 2  공감백배 1  분석탁월 0  후속강추 5", "",
 "새벽놀경제 주요뉴스", "송도 바이오 클러스터 입주 기업 연말 채용 박람회", "청라 국제도시 광역버스 2개 노선 증차", "",
 "엮음뉴스 이용약관  개인정보처리방침  ⓒ YEOKKEUM Corp.", ""])
add("yeokkeum_saebyeoknol_20261218_skate.txt", p11,
 {"title": t11, "author": "남궁윤서", "author_email": "ysnamgung@saebyeoknol.kr", "published": "2026-12-18T16:12:00+09:00", "outlet": "새벽놀경제",
  "body_must_not_contain": ["본문 요약봇", "좋아요 12", "쏠쏠정보", "이 기사를 추천합니다", "주요뉴스", "기사 섹션 분류 안내", "청라 국제도시 광역버스"]},
 "portal text dump (엮음뉴스 carrying 새벽놀경제): outlet and 구독 line above the headline, `입력2026.12.18. 오후 4:12  기사원문`, reaction counters, 요약봇 button, 공유/글자크기, end byline with e-mail, 추천 reactions, outlet's 주요뉴스, portal footer")

# 12 messenger share dump ---------------------------------------------------
t12 = "춘천 의암호 둘레길 야간 조명 설치 마무리"
b12 = [
 "강원 춘천 의암호 둘레길에 야간 조명 설치가 마무리됐다.",
 "춘천시는 의암호 둘레길 가운데 삼천동에서 송암동까지 4.2㎞ 구간에 경관 조명과 보안등 310개를 설치했다고 16일 밝혔다.",
 "조명은 오후 5시부터 자정까지 켜지며, 동작 감지 센서가 달려 사람이 없을 때는 밝기를 절반으로 낮춘다.",
 "둘레길 곳곳에는 비상벨 14개와 폐쇄회로(CC)TV 20대도 함께 설치됐다.",
 "시 관계자는 \"겨울 해가 짧아 퇴근 뒤 산책하는 시민들이 어두운 길을 걱정했다\"며 \"호숫가 야경도 새 볼거리가 될 것\"이라고 말했다.",
 "춘천시는 내년에 나머지 구간 3.8㎞에도 조명을 설치할 예정이다.",
]
p12 = "\n".join([
 "[호반투데이] " + t12,
 "https://www.hobantoday.kr/news/articleView.html?idxno=23391", "",
 t12, "",
 "심아린 인턴기자", "2026/12/16 07:12", "",
 *b12, "",
 "<저작권자 © 호반투데이, 무단 전재 및 재배포 금지>", "",
 "오후 7:41", "카카오톡으로 공유됨", ""])
add("kakao_share_hobantoday_20261216.txt", p12,
 {"title": t12, "author": "심아린", "published": "2026-12-16T07:12:00+09:00", "outlet": "호반투데이",
  "body_must_not_contain": ["https://www.hobantoday.kr", "카카오톡으로 공유됨", "무단 전재 및 재배포 금지", "[호반투데이]"]},
 "messenger share dump: `[매체] headline` and link above the text, then the headline again, `X 인턴기자`, `2026/12/16 07:12`, copyright, the chat's time stamp and share note")

# check -----------------------------------------------------------------------
bad = 0
for name, enc, g in DOCS:
    raw = open(os.path.join(PAGES, name), "rb").read().decode(enc)
    txt = H.unescape(raw)
    for k in ("title", "outlet", "author_email"):
        if g.get(k) and g[k] not in txt:
            print("MISSING", name, k, g[k]); bad += 1
    if g.get("author"):
        for a in g["author"].split(", "):
            if a not in txt: print("MISSING author", name, a); bad += 1
    for s in g["body_must_not_contain"]:
        if s not in txt: print("MISSING bmnc", name, s); bad += 1
print(len(DOCS), "docs,", bad, "problems")
