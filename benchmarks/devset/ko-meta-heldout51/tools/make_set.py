"""Writes ko-meta-heldout51 pages and gold (stdlib only) and checks gold strings occur on the pages."""
import json, os, html
D = os.path.join(os.path.dirname(__file__), '..')
P = lambda ps: '\n'.join('<p>%s</p>' % html.escape(p) for p in ps)
pages = []

def add(name, text, gold, note, enc='utf-8'):
    pages.append((name, text, gold, note, enc))

# 1 regional daily, [경남] tag, full og, 입력
t1 = '[경남] 진주 남강 둔치 겨울 야시장 내일 개장…푸드트럭 40대 참여'
b1 = ['진주시가 남강 둔치에서 여는 겨울 야시장이 19일 문을 연다. 시는 올해 처음으로 푸드트럭 40대와 공예 판매대 25곳을 한자리에 모았다고 18일 밝혔다.',
 '야시장은 내년 2월 28일까지 금·토·일요일 오후 5시부터 10시까지 운영된다. 둔치 산책로 1.2㎞ 구간에는 조명 터널과 포토존이 설치됐다.',
 '시는 참가 상인을 공개 모집해 지역 청년 창업자에게 우선 자리를 배정했다. 판매 품목은 어묵과 군고구마 같은 겨울 간식부터 수제 도자기까지 다양하다.',
 '교통 혼잡을 줄이기 위해 진주종합경기장 주차장과 둔치를 잇는 셔틀버스가 20분 간격으로 다닌다. 시는 운영 기간 안전요원 30명을 배치한다.',
 '시 관계자는 "겨울철 원도심 상권에 사람이 모이도록 하는 것이 목표"라며 "방문객 반응을 보고 내년 운영 기간을 늘릴지 검토하겠다"고 말했다.',
 '개장 첫날에는 오후 6시 남강 수상무대에서 지역 국악단 공연과 불꽃놀이가 열린다.']
h1 = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t1} - 물빛고을일보</title>
<meta property="og:title" content="{t1}">
<meta property="og:site_name" content="물빛고을일보">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-18T21:30:00+09:00">
<meta property="article:modified_time" content="2026-12-18T22:05:00+09:00">
<meta name="description" content="진주시가 남강 둔치에서 여는 겨울 야시장이 19일 문을 연다.">
</head><body>
<div id="gnb"><a href="/">물빛고을일보</a> <a>경남</a> <a>부산</a> <a>울산</a> <a>로그인</a></div>
<div class="article-head">
<span class="section">지역 &gt; 진주</span>
<h1 class="headline">{t1}</h1>
<ul class="info"><li>탁유겸 기자</li><li>입력 2026.12.18 21:30</li><li>수정 2026.12.18 22:05</li></ul>
<div class="share">페이스북 트위터 카카오톡 URL복사</div>
</div>
<div id="article-body">
<figure><img src="/photo/night.jpg"><figcaption>지난해 시범 운영 당시 남강 둔치 야시장 모습. 진주시 제공</figcaption></figure>
{P(b1)}
<p class="byline">탁유겸 기자 ygtak@mulbitgoeul.kr</p>
</div>
<div class="copyright">저작권자 © 물빛고을일보 무단전재 및 재배포 금지</div>
<div class="related"><h3>관련기사</h3><ul><li>창원 마산항 해상 불꽃축제 취소</li><li>김해 가야테마파크 겨울 할인</li></ul></div>
<footer>물빛고을일보 | 경남 진주시 | 등록번호 경남 아01234 | Copyright © 2026 물빛고을일보. All rights reserved.</footer>
</body></html>'''
add('mulbitgoeul_news_articleView_40211.html', h1,
 dict(title=t1, author='탁유겸', author_email='ygtak@mulbitgoeul.kr', published='2026-12-18T21:30:00+09:00', outlet='물빛고을일보',
      body_must_not_contain=['페이스북 트위터 카카오톡', '무단전재 및 재배포 금지', '관련기사', '창원 마산항 해상 불꽃축제 취소', '등록번호 경남']),
 'regional CMS page with the region tag [경남] in the headline (kept in the title), og and article:published_time agree with 입력 2026.12.18 21:30, 수정 later; end byline with e-mail; share, copyright, related, footer not body')

# 2 sports paper, score box above the body, 2026-12-18 21:30:00, X 기자 x@
t2 = '한빛들 FC, 연장 끝 2-1 역전승…컵대회 4강 진출'
b2 = ['한빛들 FC가 18일 안방에서 열린 코리아컵 8강전에서 연장 접전 끝에 푸른항 유나이티드를 2-1로 꺾고 4강에 올랐다.',
 '선제골은 원정팀이 가져갔다. 푸른항은 전반 27분 코너킥 상황에서 수비수 변석훈가 머리로 골망을 흔들었다.',
 '한빛들은 후반 들어 공격수 두 명을 동시에 투입하며 반격에 나섰고, 후반 38분 미드필더 여곤필의 중거리 슛으로 균형을 맞췄다.',
 '승부는 연장 후반에 갈렸다. 연장 후반 9분 교체 투입된 차무열이 왼쪽 측면을 돌파한 뒤 낮게 깔아 찬 공이 골문 구석에 꽂혔다.',
 '한빛들 모태석 감독은 경기 뒤 "선수들이 끝까지 포기하지 않았다"며 "4강에서도 우리 색깔대로 싸우겠다"고 말했다.',
 '한빛들은 오는 23일 원정에서 결승 진출을 다툰다.']
h2 = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>스포츠너울마루 - 대한민국 대표 스포츠 미디어</title>
<meta property="og:title" content="{t2}">
<meta property="og:site_name" content="스포츠너울마루">
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":t2,"datePublished":"2026-12-18T21:30:00+09:00","author":{"@type":"Person","name":"하윤겸"},"publisher":{"@type":"Organization","name":"스포츠너울마루"}}, ensure_ascii=False)}</script>
</head><body>
<header><a class="logo" href="/">스포츠너울마루</a> 야구 축구 농구 배구 골프 e스포츠</header>
<main>
<div class="cat">축구 &gt; K리그</div>
<h2 class="tit">{t2}</h2>
<div class="date">2026-12-18 21:30:00</div>
<table class="scorebox"><tr><th>팀</th><th>전반</th><th>후반</th><th>연장</th><th>합계</th></tr>
<tr><td>한빛들 FC</td><td>0</td><td>1</td><td>1</td><td>2</td></tr>
<tr><td>푸른항 유나이티드</td><td>1</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td colspan="5">득점: 변석훈(전27) 여곤필(후38) 차무열(연후9) · 관중 1만2천304명</td></tr></table>
<div class="view_text">
{P(b2)}
<p>하윤겸 기자 ygha@neoulmaru.kr</p>
</div>
<div class="tags">#한빛들FC #코리아컵 #차무열</div>
<div class="more"><h4>이 시각 인기 기사</h4><ol><li>겨울 이적시장 첫 영입 발표</li><li>대표팀 1월 전지훈련 명단</li></ol></div>
</main>
<footer>ⓒ 스포츠너울마루. 무단 전재 및 재배포 금지 | 청소년보호책임자</footer>
</body></html>'''
add('sportsneoulmaru_match_20261218_0931.html', h2,
 dict(title=t2, author='하윤겸', author_email='ygha@neoulmaru.kr', published='2026-12-18T21:30:00+09:00', outlet='스포츠너울마루',
      body_must_not_contain=['득점: 변석훈(전27)', '관중 1만2천304명', '#한빛들FC', '이 시각 인기 기사', '겨울 이적시장 첫 영입 발표', '청소년보호책임자']),
 'sports paper match report: score box table (halves, scorers, crowd) between the date and the body; <title> is the site slogan; date 2026-12-18 21:30:00; JSON-LD agrees; end byline X 기자 e-mail')

# 3 economy paper: ticker widget, 관련 종목 box, 업데이트 only, site-wide description
t3 = '석규담 대표의 도담바이오, 내년 상반기 코스닥 상장 추진'
b3 = ['바이오 벤처 도담바이오가 내년 상반기 코스닥 상장을 목표로 이달 중 한국거래소에 상장 예비심사를 청구한다.',
 '도담바이오는 17일 서울 여의도에서 간담회를 열고 공모 규모를 약 600억원으로 잡았다고 밝혔다. 대표 주관사는 여울증권이 맡았다.',
 '회사는 조직 재생용 하이드로겔 소재를 개발해 왔다. 올해 3분기까지 누적 매출은 118억원으로 지난해 같은 기간보다 64% 늘었다.',
 '석규담 대표는 "공모 자금은 대부분 충북 오송 생산시설 증설에 쓰겠다"며 "2028년 흑자 전환이 목표"라고 말했다.',
 '시장에서는 최근 바이오 공모주의 수익률이 엇갈린 만큼 공모가 산정이 흥행을 가를 것으로 본다.',
 '한 증권사 연구원은 "기술 수출 계약 실적이 아직 없다는 점은 투자자가 따져볼 대목"이라고 말했다.']
h3 = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t3} | 옥돌경제</title>
<meta name="description" content="옥돌경제 - 돈의 흐름을 읽는 경제 전문 미디어. 증권, 부동산, 산업, 금융 뉴스를 가장 빠르게 전합니다.">
<meta property="og:title" content="{t3}">
<meta property="og:site_name" content="옥돌경제">
</head><body>
<div class="ticker">코스피 2,981.44 ▲12.30 (+0.41%) | 코스닥 902.17 ▼3.08 (-0.34%) | 원/달러 1,388.50 ▲2.10 | WTI 71.22 ▼0.45</div>
<nav>옥돌경제 증권 산업 부동산 금융 글로벌 오피니언</nav>
<article>
<div class="kicker">증권 · IPO</div>
<h1>{t3}</h1>
<div class="meta">석찬율 기자 · 업데이트 2026.12.17 16:40</div>
<aside class="stocks"><strong>관련 종목</strong><ul><li>여울증권 8,450 ▲1.20%</li><li>새솔제약 23,100 ▼0.86%</li></ul><a>종목 더보기</a></aside>
<div id="articleBody">
{P(b3)}
</div>
<p class="reporter">석찬율 기자 chanyul.seok@okdol.co.kr</p>
<div class="cp">Copyright ⓒ 옥돌경제. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지</div>
<div class="rank"><h3>증권 많이 본 기사</h3><ol><li>배당주 막차 언제까지</li><li>2차전지 소재주 반등</li></ol></div>
</article>
<footer>옥돌경제 서울 영등포구 · Since 2008</footer>
</body></html>'''
add('okdol_econ_view_20261217_8812.html', h3,
 dict(title=t3, author='석찬율', author_email='chanyul.seok@okdol.co.kr', published='2026-12-17T16:40:00+09:00', outlet='옥돌경제',
      body_must_not_contain=['코스피 2,981.44', '관련 종목', '새솔제약 23,100', '종목 더보기', 'AI 학습 및 활용 금지', '증권 많이 본 기사', '배당주 막차 언제까지']),
 'economy paper: index ticker widget above the nav, 관련 종목 box with prices beside the body, site-wide meta description; only date is 업데이트 2026.12.17 16:40 (taken as published); the headline names another person (석규담) than the reporter (석찬율); end byline')

# 4 two reporters, two e-mails at end, X·Y 기자
t4 = '부산 북항 재개발 2단계 착공 또 미뤄져…상가 공실 우려'
b4 = ['부산 북항 재개발 2단계 사업의 착공이 또 늦어진다. 사업 시행자 선정 절차가 해를 넘기게 되면서 착공 시점이 2027년 하반기로 밀렸다.',
 '부산시와 부산항만공사는 16일 2단계 사업 일정을 조정한다고 밝혔다. 공모에 참여한 컨소시엄 두 곳 가운데 한 곳이 자격 요건을 채우지 못한 것이 원인이다.',
 '1단계 구역 상인들은 속이 탄다. 친수공원 인근 상가의 1층 공실률은 올해 3분기 기준 31%에 이른다.',
 '상인회 봉말순 회장은 "2단계가 들어서야 유동 인구가 생긴다고 해서 버텼는데 또 기다리라는 말뿐"이라고 했다.',
 '전문가들은 공공 기관 이전과 교통망 확충을 먼저 확정해야 한다고 지적한다. 부산 지역 한 대학의 도시계획학과 교수는 "앵커 시설 없이는 민간 투자가 붙지 않는다"고 말했다.',
 '시는 내년 3월까지 재공모 지침을 확정할 계획이다.']
h4 = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{t4} &lt; 지역 &lt; 기사본문 - 솔부엉이일보</title>
<meta property="og:title" content="{t4} - 솔부엉이일보">
<meta property="article:published_time" content="2026-12-16T19:12:00+09:00">
</head><body>
<div class="top">솔부엉이일보 | 2026년 12월 17일 목요일 | 구독신청</div>
<div class="article-header"><h3 class="heading">{t4}</h3>
<ul class="infomation"><li><i class="icon-user"></i> 길도헌·표은솔 기자</li><li><i class="icon-clock"></i> 입력 2026.12.16 19:12</li></ul></div>
<article id="article-view-content-div">
{P(b4)}
<p>길도헌 기자 dhgil@solbueongi.com<br>표은솔 기자 es.pyo@solbueongi.com</p>
</article>
<div class="article-copy">&lt;저작권자 © 솔부엉이일보, 무단 전재 및 재배포 금지&gt;</div>
<div class="writer-list">길도헌 기자 다른기사 보기</div>
<footer>솔부엉이일보 · 부산광역시 동구 · 등록일 2009.05.11</footer>
</body></html>'''
add('solbueongi_articleView_77102.html', h4,
 dict(title=t4, author='길도헌, 표은솔', published='2026-12-16T19:12:00+09:00', outlet='솔부엉이일보',
      body_must_not_contain=['구독신청', '저작권자 © 솔부엉이일보', '다른기사 보기', '등록일 2009.05.11']),
 'two reporters: header 길도헌·표은솔 기자, the body ends with two lines X 기자 e-mail; og:title with the outlet suffix; top bar shows today (12월 17일) not the article date; author both (no author_email in gold: two e-mails)')

# 5 편집자주 box
t5 = '[사라지는 골목 책방] ③ 손님보다 주인이 먼저 늙었다'
note5 = '편집자주 동네 책방이 하나둘 문을 닫고 있습니다. 본지는 다섯 차례에 걸쳐 골목 책방의 오늘을 기록합니다.'
b5 = ['대전 대흥동 골목의 헌책방 주인 방칠용(71)씨는 매일 오전 10시에 셔터를 올린다. 40년 가까이 지켜 온 습관이다.',
 '책방 안은 천장까지 책이 쌓여 있지만 하루 찾아오는 손님은 열 명 남짓이다. 그마저도 절반은 사진만 찍고 나간다.',
 '"요즘은 책을 사러 오는 게 아니라 구경하러 와요. 그래도 불을 켜 두면 누군가는 들어오니까." 방씨가 웃으며 말했다.',
 '대전시에 따르면 원도심 헌책방은 2010년 23곳에서 올해 7곳으로 줄었다. 남은 곳의 주인도 대부분 60대 이상이다.',
 '시는 내년부터 책방 임대료 일부를 지원하는 사업을 시작한다. 다만 지원 대상이 연 매출 기준으로 정해져 영세 책방이 빠질 수 있다는 지적이 나온다.',
 '방씨는 "가게를 물려받겠다는 사람이 있으면 좋겠다"며 "책은 남는데 사람이 없다"고 했다.']
h5 = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>한밭글빛신문</title>
<meta property="og:title" content="{t5}">
<meta property="og:site_name" content="한밭글빛신문">
</head><body>
<div id="header">한밭글빛신문 정치 경제 사회 문화 기획</div>
<div id="news_title"><h2>{t5}</h2>
<div class="info">기사입력 : 2026년 12월 15일 06:00 | 여승휘 기자</div></div>
<div class="editor_note" style="border:1px solid #ccc">{html.escape(note5)}</div>
<div id="news_content">
{P(b5)}
</div>
<div class="series"><b>연재 순서</b><br>① 마지막 손님을 기다리며<br>② 책 대신 커피를 팔다<br>③ 손님보다 주인이 먼저 늙었다<br>④ 책방이 학교가 될 때</div>
<div>Copyright © 한밭글빛신문 All rights reserved.</div>
<footer>한밭글빛신문 대전광역시 중구 | 발행인 | 편집인 | 2012</footer>
</body></html>'''
add('hanbatgeulbit_news_view_5120.html', h5,
 dict(title=t5, author='여승휘', published='2026-12-15T06:00:00+09:00', outlet='한밭글빛신문',
      body_must_not_contain=['연재 순서', '② 책 대신 커피를 팔다', '④ 책방이 학교가 될 때', 'Copyright © 한밭글빛신문']),
 'series page with a 편집자주 box between the info line and the body; date `기사입력 : 2026년 12월 15일 06:00`; <title> only the outlet; series list and copyright not body (the 편집자주 itself left unscored)')

# 6 기자 프로필 hover card, 인턴기자, og:title with label not shown
t6 = '수원 광교호수 둘레길 야간 조명 내년 3월까지 연장'
b6 = ['수원시가 광교호수공원 둘레길의 야간 경관 조명 운영을 내년 3월까지 연장한다고 16일 밝혔다.',
 '조명은 원래 이달 말 끄기로 했지만 저녁 산책객이 늘면서 연장을 요청하는 민원이 300건 넘게 접수됐다.',
 '시는 전력 사용을 줄이기 위해 밤 11시 이후에는 조도를 절반으로 낮춘다. 조명은 모두 고효율 LED로 교체됐다.',
 '인근 주민 육서담(34)씨는 "퇴근 뒤 아이와 걷기 좋은 길이 생겼다"고 말했다.',
 '시는 둘레길 구간 안전 점검을 매주 한 차례 하고, 결빙 구간에는 미끄럼 방지 매트를 깔 계획이다.']
h6 = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>[영상] {t6} - 청개구리뉴스</title>
<meta property="og:title" content="[영상] {t6}">
<meta property="og:site_name" content="청개구리뉴스">
<meta property="og:description" content="수원시가 광교호수공원 둘레길의 야간 경관 조명 운영을 연장한다.">
<meta property="article:published_time" content="2026-12-16T11:20:00+09:00">
</head><body>
<header>청개구리뉴스 | 경기·인천</header>
<div class="view-head"><h1>{t6}</h1>
<div class="byline"><a class="reporter" href="/reporter/188">남궁재희 인턴기자</a>
<div class="profile-card" role="tooltip"><strong>기자 프로필</strong><p>남궁재희 인턴기자</p><p>경기 남부 생활 뉴스를 씁니다.</p><span>구독 1,024</span><a>기자 구독하기</a><a>이 기자의 다른 기사</a></div>
<span class="date">입력 2026.12.16 11:20</span></div></div>
<div class="view-body">
{P(b6)}
</div>
<div class="sub">청개구리뉴스 구독하고 메인에서 만나보세요!</div>
<footer>© 2026 청개구리뉴스</footer>
</body></html>'''
add('cheonggaeguri_view_20261216_3051.html', h6,
 dict(title=t6, author='남궁재희', published='2026-12-16T11:20:00+09:00', outlet='청개구리뉴스',
      body_must_not_contain=['기자 프로필', '경기 남부 생활 뉴스를 씁니다', '기자 구독하기', '이 기자의 다른 기사', '구독하고 메인에서 만나보세요']),
 '기자 프로필 hover card (tooltip div) right after the byline link; byline X 인턴기자 with a 남궁 surname; og:title and <title> carry a [영상] label the page headline does not show (title without it)')

# 7 headline with subheading list
t7 = '내년 국가장학금 소득 9구간까지 확대…다자녀 지원도 늘린다'
subs7 = ['- 교육부, 2027학년도 학자금 지원 계획 발표', '- 셋째 이상 등록금 전액 지원 유지', '- 근로장학생 1만명 추가 선발']
b7 = ['교육부는 18일 2027학년도 대학 학자금 지원 계획을 발표했다. 국가장학금 지원 대상이 현재 소득 8구간에서 9구간까지 넓어진다.',
 '이에 따라 약 15만명이 새로 국가장학금을 받을 수 있게 된다. 9구간 학생은 연간 최대 100만원을 지원받는다.',
 '다자녀 가구 지원도 늘어난다. 둘째 자녀의 지원 한도는 연 450만원에서 500만원으로 오르고, 셋째 이상은 지금처럼 등록금 전액을 지원받는다.',
 '교육부는 근로장학생을 1만명 더 뽑아 지역 중소기업과 공공기관 근무 기회를 넓힐 계획이다.',
 '교육부 관계자는 "중산층 가구의 등록금 부담을 덜어 주는 데 초점을 맞췄다"고 설명했다.',
 '신청은 내년 1월 2일부터 한국장학재단 누리집에서 받는다.']
h7 = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>버들내일보</title>
</head><body>
<div class="gnb">버들내일보 홈 | 사회 | 교육 | 전체기사</div>
<div class="title_area">
<h1 class="title">{t7}</h1>
<div class="subtitle">{'<br>'.join(html.escape(s) for s in subs7)}</div>
<p class="write">어태민 기자 | 2026/12/18 10:00</p>
</div>
<div class="article_txt">
{P(b7)}
</div>
<div class="btn">목록 인쇄 스크랩 메일</div>
<div>ⓒ 버들내일보 (무단전재 및 재배포금지)</div>
<footer>Copyright 2016 버들내일보</footer>
</body></html>'''
add('beodeulnae_read_31904.html', h7,
 dict(title=t7, author='어태민', published='2026-12-18T10:00:00+09:00', outlet='버들내일보',
      body_must_not_contain=['교육부, 2027학년도 학자금 지원 계획 발표', '근로장학생 1만명 추가 선발', '목록 인쇄 스크랩 메일', '무단전재 및 재배포금지']),
 'no meta, <title> only the outlet; headline followed by a subheading list of three `- …` lines (not title, not body); `X 기자 | 2026/12/18 10:00`; old copyright 2016 in the footer')

# 8 Korean-words date only, EUC-KR, byline at end
t8 = '대구 서문시장 상인들, 화재 예방 자율소방대 꾸렸다'
b8 = ['대구 서문시장 상인 50여명이 화재 예방을 위한 자율소방대를 꾸렸다. 겨울철 난방기구 사용이 늘면서 시장 안 화재 위험이 커졌기 때문이다.',
 '자율소방대는 점포 영업이 끝난 뒤 두 명씩 조를 짜 구역별로 전기 배선과 난방기구를 점검한다.',
 '대구 중부소방서는 대원들에게 소화기와 옥내소화전 사용법을 교육했다. 시장 곳곳에는 투척용 소화기 120개가 새로 배치됐다.',
 '소방대장을 맡은 상인 소말자씨는 "시장을 지키는 건 결국 여기서 장사하는 우리"라고 말했다.',
 '서문시장에서는 과거 대형 화재로 점포 수백 곳이 피해를 입은 적이 있어 상인들의 경각심이 크다.']
h8 = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>감내신문 :: 사회</title></head>
<body>
<table width="100%"><tr><td>감내신문</td><td>사회 | 경제 | 문화</td></tr></table>
<table><tr><td class="date">2026년 12월 18일 금요일</td></tr>
<tr><td class="subject"><b>{t8}</b></td></tr>
<tr><td class="content">
{P(b8)}
<p>구석환 기자</p>
</td></tr></table>
<p>[ 이전기사 ] 수성못 겨울 분수 운영 중단<br>[ 다음기사 ] 동성로 차 없는 거리 주말 확대</p>
<p>Copyright (c) 2005 감내신문 All rights reserved.</p>
</body></html>'''
add('gamnae_article_20261218.html', h8,
 dict(title=t8, author='구석환', published='2026-12-18', outlet='감내신문',
      body_must_not_contain=['이전기사', '수성못 겨울 분수 운영 중단', '동성로 차 없는 거리 주말 확대', 'Copyright (c) 2005']),
 'EUC-KR table page with a charset meta: date only in Korean words `2026년 12월 18일 금요일` (no time); byline X 기자 only at the end; <title> `매체 :: 사회`; prev/next links and 2005 copyright not body', enc='euc-kr')

# 9 og:site_name the group, 정리=X 기자
t9 = '"농사도 데이터로"…청년 농부 스마트팜 교육 현장 가보니'
b9 = ['전북 김제의 한 스마트팜 교육장. 20~30대 교육생 24명이 태블릿으로 온실의 온도와 습도 그래프를 살피고 있었다.',
 '이 과정은 전라북도와 농업기술원이 함께 운영하는 청년 창농 교육이다. 교육생들은 6개월 동안 재배 실습과 경영 수업을 받는다.',
 '교육생 소목현(29)씨는 "부모님 농사를 돕다가 감으로만 짓는 농사에 한계를 느껴 지원했다"고 말했다.',
 '수료생의 절반 이상은 실제 창업으로 이어졌다. 다만 초기 시설 투자비가 수억원에 이르러 대출 부담을 호소하는 경우가 많다.',
 '농업기술원은 내년부터 임대형 스마트팜을 늘려 초기 부담을 낮출 방침이다.']
h9 = f'''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t9} - 은하숲일보</title>
<meta property="og:site_name" content="참솔누리미디어그룹">
<meta property="og:title" content="{html.escape(t9)}">
<meta property="og:url" content="https://www.eunhasup.co.kr/news/20261218_2207">
<meta name="copyright" content="참솔누리미디어그룹">
</head><body>
<div class="family">참솔누리미디어그룹 | 은하숲일보 | 은하숲TV | 참솔누리매거진</div>
<header><a href="/">은하숲일보</a></header>
<h2 class="art_tit">{html.escape(t9)}</h2>
<div class="art_info">정리=변주헌 기자 · 2026/12/18 22:07</div>
<div class="art_txt">
{P(b9)}
</div>
<div class="cp">ⓒ 은하숲일보 &amp; eunhasup.co.kr, 무단 전재 및 재배포 금지</div>
<footer>참솔누리미디어그룹 계열사 바로가기</footer>
</body></html>'''
add('eunhasup_news_20261218_2207.html', h9,
 dict(title=t9, author='변주헌', published='2026-12-18T22:07:00+09:00', outlet='은하숲일보',
      body_must_not_contain=['참솔누리미디어그룹 | 은하숲일보', '무단 전재 및 재배포 금지', '계열사 바로가기']),
 'og:site_name and copyright meta are the media group (참솔누리미디어그룹), the paper is 은하숲일보 (<title> suffix, logo, copyright line); byline `정리=X 기자 · 2026/12/18 22:07`; headline in quotation marks')

# 10 poll widget and 많이 본 뉴스 inside the article column, no meta
t10 = '청주 오송역 환승주차장 유료화 내달 시행…첫 1시간 무료'
b10 = ['청주시가 오송역 환승주차장을 다음 달 5일부터 유료로 운영한다. 장기 주차 차량 때문에 정작 열차 이용객이 자리를 찾지 못한다는 민원이 이어진 데 따른 것이다.',
 '요금은 첫 1시간 무료, 이후 30분마다 500원이며 하루 최대 1만원이다. 열차 승차권을 제시하면 요금의 절반을 깎아 준다.',
 '시가 지난달 조사한 결과 주차장 800면 가운데 3일 이상 세워 둔 차량이 170대에 달했다.',
 '시민 반응은 엇갈린다. 세종으로 출퇴근하는 한 직장인은 "매일 세우는 사람에겐 부담"이라고 말했다.',
 '시는 정기권 도입도 검토하고 있다고 밝혔다.']
h10 = f'''<html><head><meta charset="utf-8"><title>미루나무일보 - 뉴스 상세</title></head>
<body>
<div id="wrap"><div id="top">미루나무일보 | 충북 | 세종 | 대전</div>
<div id="container"><div id="article_column">
<h2>{t10}</h2>
<div class="byl">모은재 기자 eunjae@mirunamu.kr &nbsp; 입력 2026.12.17 08:45</div>
<div class="body">
{P(b10[:3])}
<div class="poll"><b>독자 투표</b> 환승주차장 유료화, 어떻게 보십니까? <br>○ 찬성 ○ 반대 ○ 잘 모르겠다 <button>투표하기</button> <a>결과보기</a></div>
{P(b10[3:])}
</div>
<div class="box_most"><h4>많이 본 뉴스</h4><ol><li>충북도 내년 예산 8조 돌파</li><li>청주 공항로 교통 통제 안내</li><li>제천 한파 쉼터 운영</li></ol></div>
</div></div>
<div id="foot">미루나무일보 · Copyright ⓒ 2013 All Rights Reserved</div></div>
</body></html>'''
add('mirunamu_view_88120.html', h10,
 dict(title=t10, author='모은재', author_email='eunjae@mirunamu.kr', published='2026-12-17T08:45:00+09:00', outlet='미루나무일보',
      body_must_not_contain=['독자 투표', '투표하기', '결과보기', '많이 본 뉴스', '충북도 내년 예산 8조 돌파', 'Copyright ⓒ 2013']),
 'no meta; a poll widget between body paragraphs and a 많이 본 뉴스 list inside the article column; byline `X 기자 e-mail  입력 2026.12.17 08:45`; 2013 copyright')

# 11 mobile browser dump with share sheet
t11 = '광주 도심 첫 공공 실내 빙상장 문 열어…입장료 3천원'
b11 = ['광주 북구에 도심형 공공 실내 빙상장이 19일 문을 열었다. 광주에서 사계절 운영되는 공공 빙상장은 이번이 처음이다.',
 '빙상장은 국제 규격의 절반 크기로, 한 번에 150명이 이용할 수 있다. 입장료는 2시간에 3천원이며 스케이트 대여는 무료다.',
 '북구는 평일 오전에는 인근 초등학교의 체육 수업에 빙상장을 개방한다.',
 '개장 첫날 가족과 함께 온 초등학생 김노을(10)양은 "넘어져도 재밌다"며 웃었다.',
 '구 관계자는 "주말 예약이 이미 3주 치가 찼다"며 운영 시간 연장을 검토하겠다고 말했다.']
t11txt = '\n'.join([
 '꽃여울뉴스', '메뉴', '검색', '', '사회', '', t11, '', '이벤트 대신 독자가 직접 뽑은 오늘의 뉴스', '',
 '꽃여울뉴스 소단아 인턴기자', '입력 2026.12.19 14:05', '', '공유', '', ''] + sum([[p, ''] for p in b11], []) + [
 '소단아 인턴기자 yedam.so@kkotyeoul.kr', '', '',
 '공유하기', '카카오톡', '메시지', '메일', '링크 복사', '더 보기', '취소', '',
 '저작권자 © 꽃여울뉴스 무단전재 및 재배포 금지', '', '앱으로 보기', 'PC버전', '맨위로'])
add('kkotyeoul_mobile_share_20261219.txt', t11txt,
 dict(title=t11, author='소단아', author_email='yedam.so@kkotyeoul.kr', published='2026-12-19T14:05:00+09:00', outlet='꽃여울뉴스',
      body_must_not_contain=['이벤트 대신 독자가 직접 뽑은', '카카오톡', '링크 복사', '앱으로 보기', 'PC버전', '맨위로']),
 'text copied from a mobile browser: menu/search lines, a promo line under the headline, byline `매체 X 인턴기자`, 입력 line, then after the end byline the phone share sheet (공유하기, 카카오톡, 메시지, 메일, 링크 복사, 더 보기, 취소) and mobile footer')

# 12 clipping service dump with header block
t12 = '강원 폐광지역 관광열차 내년 증편…정선~태백 하루 4회'
b12 = ['강원 폐광지역을 잇는 관광열차가 내년부터 하루 4회로 늘어난다. 지금은 하루 2회 운행한다.',
 '강원도와 한국철도공사는 16일 정선~태백 구간 관광열차 증편 협약을 맺었다고 밝혔다.',
 '관광열차는 올해 11월까지 승객 9만8천명을 태워 지난해보다 22% 늘었다. 주말에는 좌석이 일주일 전에 매진되는 일이 잦다.',
 '도는 열차와 연계한 탄광 체험 프로그램과 지역 식당 할인권을 함께 내놓을 계획이다.',
 '정선 지역 숙박업계의 한 관계자는 "당일치기 관광객이 하룻밤 묵어 가도록 하는 게 관건"이라고 말했다.',
 '강원도는 증편 효과를 본 뒤 영월 구간까지 노선을 늘릴지 검토한다.']
t12txt = '\n'.join([
 '━━━━━━━━━━━━━━━━━━━━━━━━', '[클립모아 기사 스크랩]', '매체명 : 들국화일보', '게재일 : 2026-12-17 (목)', '면 : 12면 (지역)',
 '기사입력 : 2026년 12월 17일 05:30', '스크랩 일시 : 2026-12-17 09:12', '키워드 : 관광열차, 폐광지역', '━━━━━━━━━━━━━━━━━━━━━━━━', '',
 t12, '', '윤가온 기자', ''] + sum([[p, ''] for p in b12], []) + [
 '윤가온 기자 gaon.yoon@deulgukhwa.kr', '',
 '※ 본 자료는 클립모아가 저작권자와의 계약에 따라 제공하는 것으로 무단 복제·배포를 금합니다.', 'ⓒ 클립모아 2019'])
add('clipmoa_deulgukhwa_20261217_p12.txt', t12txt,
 dict(title=t12, author='윤가온', author_email='gaon.yoon@deulgukhwa.kr', published='2026-12-17T05:30:00+09:00', outlet='들국화일보',
      body_must_not_contain=['클립모아 기사 스크랩', '게재일 : 2026-12-17', '12면 (지역)', '스크랩 일시', '키워드 : 관광열차', '무단 복제·배포를 금합니다']),
 'clipping-service dump: header block (매체명, 게재일, 면, 기사입력 : 2026년 12월 17일 05:30, 스크랩 일시 later, 키워드), headline, byline, end byline with e-mail, service notice and 2019 copyright; outlet the paper, not the service; published from 기사입력, not the scrap time')

ok = True
for name, text, gold, note, enc in pages:
    path = os.path.join(D, 'pages', name)
    with open(path, 'wb') as f:
        f.write(text.encode(enc))
    dec = open(path, 'rb').read().decode(enc)
    g = {'source': name, 'note': note, 'article': dict(gold, language='ko')}
    checks = [gold['title'], gold['outlet']] + gold['author'].split(', ') + ([gold['author_email']] if 'author_email' in gold else []) + gold['body_must_not_contain']
    plain = html.unescape(dec)
    for c in checks:
        if c not in plain:
            print('MISSING', name, c); ok = False
    base = os.path.splitext(name)[0]
    with open(os.path.join(D, 'gold', base + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
print('ok' if ok else 'FAIL', len(pages))
