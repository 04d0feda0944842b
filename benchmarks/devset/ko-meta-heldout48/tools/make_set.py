"""Make ko-meta-heldout48 pages and gold (stdlib only). Run from the set folder."""
import json, os
P, G = "pages", "gold"
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def paras(ps): return "\n".join(f"<p>{esc(p)}</p>" for p in ps)
def write(name, text, gold, enc="utf-8"):
    with open(os.path.join(P, name), "wb") as f: f.write(text.encode(enc))
    g = {"source": name, "article": gold["article"], "note": gold["note"]}
    with open(os.path.join(G, name.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
def art(title, author, email, pub, outlet, bmnc, lang="ko"):
    return {"title": title, "author": author, "author_email": email, "published": pub, "outlet": outlet,
            "language": lang, "body_must_not_contain": bmnc}

# 1 live blog
items = [("오후 4시 40분", "[속보] 서울시, 제설 2단계 비상근무 돌입…인력 6천여 명 투입", "서울시는 적설량이 5㎝를 넘어서자 제설 대책을 2단계로 올리고 자치구 인력과 장비를 주요 간선도로에 배치했다고 밝혔다. 시는 퇴근 시간대 버스 배차 간격을 줄이겠다고 덧붙였다."),
         ("오후 3시 55분", "인천국제공항 출발편 12편 지연", "인천국제공항공사에 따르면 이날 오후 3시 현재 항공기 제빙 작업으로 출발편 12편이 30분에서 1시간가량 늦게 떠났다. 결항은 아직 없는 것으로 집계됐다."),
         ("오후 3시 20분", "경기 북부 대설경보로 격상", "기상청은 연천과 포천, 가평에 내려진 대설주의보를 대설경보로 올렸다. 이 지역에는 시간당 3㎝ 안팎의 강한 눈이 내리고 있다."),
         ("오후 2시 45분", "서울 시내 곳곳 교통 정체", "서울 강변북로와 내부순환로 일부 구간에서 차량들이 시속 20㎞ 안팎으로 서행하고 있다. 서울경찰청은 교통경찰을 추가로 배치했다."),
         ("오후 2시 10분", "[속보] 수도권 대설주의보 발효", "기상청은 이날 오후 2시를 기해 서울과 인천, 경기 대부분 지역에 대설주의보를 발효했다. 밤까지 3~8㎝의 눈이 더 내릴 것으로 예보됐다."),
         ("오후 1시 30분", "행정안전부, 중대본 1단계 가동", "행정안전부는 중앙재난안전대책본부 1단계를 가동하고 지방자치단체에 취약 지역 사전 점검을 요청했다.")]
li = "\n".join(f'<li class="live-item"><span class="live-time">{t}</span><h3 class="live-head">{esc(h)}</h3><p>{esc(b)}</p></li>' for t, h, b in items)
html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>수도권 대설 실시간 상황 | 잔물결소식</title>
<meta property="og:title" content="수도권 대설 실시간 상황"><meta property="og:site_name" content="잔물결소식">
<meta property="article:published_time" content="2026-12-18T13:05:00+09:00"></head>
<body><div class="gnb"><a href="/">잔물결소식</a> <a href="/society">사회</a> <a href="/live">라이브</a></div>
<div class="live-wrap"><span class="badge">LIVE</span><h1>수도권 대설 실시간 상황</h1>
<div class="live-meta">한다솜·배윤결 기자 · 입력 2026.12.18 13:05 · 업데이트 2026.12.18 16:40</div>
<button class="refresh">새로고침</button> <span class="auto">자동 업데이트 켜짐</span>
<ul class="live-list">
{li}
</ul></div>
<div class="other-live"><h4>다른 라이브 보기</h4><ul><li>연말 귀성길 교통 상황</li></ul></div>
<footer>잔물결소식 | 서울시 중구 세종대로 000 | 발행인 사공기륜 | Copyright © 잔물결소식. All rights reserved.</footer></body></html>"""
write("jmgsosik_live_20261218_snow.html", html, {"article": art("수도권 대설 실시간 상황", "한다솜, 배윤결", None, "2026-12-18T13:05:00+09:00", "잔물결소식", ["새로고침", "자동 업데이트 켜짐", "다른 라이브 보기", "발행인 사공기륜"]),
 "note": "live blog: the article is the whole list of timed updates (오후 4시 40분 … 오후 1시 30분, `[속보]` items); two reporters `X·Y 기자`; 입력 not 업데이트; refresh button, other-live list and footer not body"})

# 2 Q&A interview
qa = ["서울 성수동에서 15년째 수제화 공방을 운영하는 변지우(52) 대표를 만났다. 그는 올해 청년 장인 다섯 명을 새로 받아들였다.",
      "- 올해 청년 장인을 다섯 명이나 받은 이유는.",
      "\"가죽을 자르고 꿰매는 손기술은 책으로 배울 수 없습니다. 제가 현장을 떠나기 전에 한 사람이라도 더 가르쳐야 한다고 생각했어요.\"",
      "- 수제화 업계 사정은 어떤가.",
      "\"주문은 늘었는데 일할 사람이 없어요. 성수동 공방 가운데 절반은 사장 혼자 일합니다. 임대료도 해마다 오르고 있고요.\"",
      "- 구청 지원은 도움이 되나.",
      "\"재료비 일부를 지원받고 있어 숨통이 트였습니다. 다만 교육 기간에 청년들이 받는 수당이 적어 중간에 그만두는 경우가 많아요.\"",
      "- 앞으로의 계획은.",
      "\"내년에는 공방 두 곳과 함께 공동 작업장을 열 생각입니다. 청년들이 자기 이름을 건 구두를 내놓는 날까지 돕고 싶어요.\""]
html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>휘늘일보</title>
<meta property="og:title" content="[인터뷰] &quot;손기술은 책으로 못 배워…한 명이라도 더 가르쳐야&quot;">
<meta name="description" content="휘늘일보는 독자와 함께 성장하는 정론지입니다."></head>
<body><header><a href="/">휘늘일보</a> 전국 | 경제 | 사람들</header>
<section class="article"><div class="cate">사람들 &gt; 인터뷰</div>
<h2 class="tit">"손기술은 책으로 못 배워…한 명이라도 더 가르쳐야"</h2>
<h3 class="subtit">성수동 수제화 공방 15년 변지우 대표</h3>
<p class="date">2026-12-18 21:30:00</p>
<div class="txt">
{paras(qa)}
<p class="by">정리=옹다래 기자</p>
</div>
<div class="share">페이스북 트위터 카카오톡 URL복사</div>
<div class="copy">저작권자 © 휘늘일보 무단전재 및 재배포 금지</div></section>
<aside><h4>많이 본 뉴스</h4><ol><li>올겨울 첫 한파특보</li><li>지역 축제 결산</li></ol></aside>
<footer>휘늘일보 | 등록번호 서울 아00000 | Copyright © 2008 휘늘일보</footer></body></html>"""
write("hwineul_interview_88412.html", html, {"article": art("\"손기술은 책으로 못 배워…한 명이라도 더 가르쳐야\"", "옹다래", None, "2026-12-18T21:30:00+09:00", "휘늘일보", ["정리=옹다래", "URL복사", "무단전재 및 재배포 금지", "많이 본 뉴스", "등록번호 서울"]),
 "note": "Q&A interview: `- 질문` lines and quoted answers, byline `정리=X 기자` after the body; og:title carries `[인터뷰]` the page does not show; site-wide description; `<title>` only the outlet; date `2026-12-18 21:30:00`; subtitle not title"})

# 3 table in body
tb = ["올해 3분기 충청권 아파트 매매가격이 지역별로 엇갈린 흐름을 보였다.",
      "한국부동산원 자료를 벼리길경제가 분석한 결과, 대전은 전 분기보다 0.8% 올랐지만 충북과 충남은 각각 0.3%, 0.5% 내렸다.",
      "대전의 상승은 유성구와 서구의 신축 단지가 이끌었다. 반면 충남은 천안 서북구의 입주 물량이 몰리며 가격이 약세를 보였다.",
      "세종은 0.2% 오르며 세 분기 만에 상승으로 돌아섰다. 정부세종청사 인근 단지를 중심으로 거래가 늘어난 영향이다.",
      "업계에서는 내년 상반기 충남 지역에 1만 가구 넘는 입주가 예정돼 있어 당분간 약세가 이어질 것으로 보고 있다."]
table = """<table class="data"><caption>충청권 아파트 매매가격 변동률(%)</caption>
<tr><th>지역</th><th>2분기</th><th>3분기</th></tr>
<tr><td>대전</td><td>0.1</td><td>0.8</td></tr><tr><td>세종</td><td>-0.4</td><td>0.2</td></tr>
<tr><td>충북</td><td>0.0</td><td>-0.3</td></tr><tr><td>충남</td><td>-0.2</td><td>-0.5</td></tr></table>
<p class="src">자료: 한국부동산원</p>"""
ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "충청권 집값 엇갈려…대전 0.8% 오를 때 충남 0.5% 내려",
      "datePublished": "2026-12-17T06:00:00+09:00", "dateModified": "2026-12-17T09:12:00+09:00",
      "author": {"@type": "Person", "name": "나예결"}, "publisher": {"@type": "Organization", "name": "벼리길경제"}}
html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>충청권 집값 엇갈려…대전 0.8% 오를 때 충남 0.5% 내려 - 벼리길경제</title>
<meta property="og:title" content="충청권 집값 엇갈려…대전 0.8% 오를 때 충남 0.5% 내려 - 벼리길경제">
<meta property="og:description" content="경제를 읽는 새로운 길, 벼리길경제">
<meta property="og:site_name" content="벼리길경제">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><nav>홈 | 부동산 | 금융 | 산업</nav>
<article><h1 class="headline">충청권 집값 엇갈려…대전 0.8% 오를 때 충남 0.5% 내려</h1>
<ul class="infomation"><li>나예결 기자 yegyeol.na@byeorigil.kr</li><li>입력 2026.12.17 06:00</li><li>수정 2026.12.17 09:12</li></ul>
<div id="article-view-content">
<p>{esc(tb[0])}</p><p>{esc(tb[1])}</p>
{table}
{paras(tb[2:])}
</div>
<div class="tags">#아파트 #충청권 #집값</div>
<div class="related"><h4>관련기사</h4><ul><li>수도권 전셋값 20주째 상승</li></ul></div></article>
<footer>벼리길경제 Copyright © 2026 All rights reserved.</footer></body></html>"""
write("byeorigil_articleView_40231.html", html, {"article": art("충청권 집값 엇갈려…대전 0.8% 오를 때 충남 0.5% 내려", "나예결", "yegyeol.na@byeorigil.kr", "2026-12-17T06:00:00+09:00", "벼리길경제", ["#아파트", "관련기사", "수도권 전셋값 20주째 상승", "All rights reserved"]),
 "note": "a table of figures (caption, rows, 자료 line) inside the body between paragraphs; JSON-LD and og agree; og:description site-wide; og:title/<title> with ` - 매체`; `X 기자 e-mail`, 입력 not 수정"})

# 4 footnotes, EUC-KR
fn = ["충북 옥천군이 내년부터 65세 이상 주민에게 시내버스 요금을 받지 않는다.",
      "옥천군은 16일 이런 내용을 담은 '어르신 버스 무료 이용 조례'가 군의회를 통과했다고 밝혔다.",
      "대상은 옥천에 주소를 둔 65세 이상 주민 1만4천여 명이다. 교통카드를 발급받아 군내 버스를 탈 때 요금이 자동으로 면제된다.",
      "군은 이 사업에 한 해 약 9억 원이 들 것으로 내다봤다. 군 관계자는 병원과 시장을 오가는 어르신들의 부담이 줄어들 것이라고 말했다.",
      "교통카드는 내년 1월 2일부터 읍·면 행정복지센터에서 신청할 수 있다.",
      "인근 보은군과 영동군도 비슷한 제도 도입을 검토하고 있는 것으로 알려졌다."]
notes = ["※ 이 기사는 지역신문발전기금을 지원받아 작성됐습니다.", "※ 제보와 보도자료는 이메일로 보내주시기 바랍니다."]
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>옥빛내신문</title></head>
<body><table width="100%"><tr><td><a href="/">옥빛내신문</a></td><td>지역 | 행정 | 교육</td></tr></table>
<table class="view"><tr><td class="title"><b>옥천군, 65세 이상 시내버스 무료…내년 1월부터</b></td></tr>
<tr><td class="info">기사입력 : 2026년 12월 16일 09:40 | 심새롬 인턴기자</td></tr>
<tr><td class="body">
{paras(fn)}
<p class="note">{esc(notes[0])}<br>{esc(notes[1])}</p>
</td></tr></table>
<div class="btns">[인쇄] [목록] [메일보내기]</div>
<div class="foot">옥빛내신문 | 충북 옥천군 옥천읍 000 | Copyright(c) 2010 옥빛내신문 All rights reserved.</div></body></html>"""
write("okbitnae_news_view_7719.html", html, {"article": art("옥천군, 65세 이상 시내버스 무료…내년 1월부터", "심새롬", None, "2026-12-16T09:40:00+09:00", "옥빛내신문", ["지역신문발전기금", "제보와 보도자료", "[인쇄]", "메일보내기", "All rights reserved"]),
 "note": "old table CMS in EUC-KR with a charset meta, no og; `<title>` only the outlet; `기사입력 : 2026년 12월 16일 09:40 | X 인턴기자`; two `※` notes after the body (funding, 제보) not body; 2010 copyright"}, enc="euc-kr")

# 5 [단독]
ex = ["지방의 한 국립대학교 병원이 의료기기 구매 과정에서 특정 업체에 유리하도록 입찰 조건을 바꾼 정황이 드러났다.",
      "17일 새말뉴스 취재를 종합하면, 이 병원은 지난 6월 영상진단 장비 입찰 공고를 내면서 '최근 3년 납품 실적 5건 이상'이라는 조건을 새로 넣었다.",
      "이 조건을 충족한 업체는 한 곳뿐이었고, 결국 이 업체가 42억 원 규모의 계약을 따냈다. 다른 업체들은 입찰에 참여하지도 못했다.",
      "병원 내부 문서에는 장비 담당 부서가 공고 직전 조건을 추가하자고 요청한 기록이 남아 있다.",
      "병원 측은 \"장비의 안정성을 확인하기 위한 조건이었다\"며 특혜 의혹을 부인했다.",
      "교육부는 관련 자료를 받아 사실관계를 확인하겠다는 입장이다."]
html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>[단독] 국립대병원, 장비 입찰 직전 조건 추가…한 업체만 통과 | 새말뉴스</title>
<meta property="og:title" content="[단독] 국립대병원, 장비 입찰 직전 조건 추가…한 업체만 통과">
<meta property="og:site_name" content="새말뉴스"><meta property="article:published_time" content="2026-12-17T05:00:00+09:00"></head>
<body><div class="top"><a href="/">새말뉴스</a> 정치 사회 경제 국제</div>
<div class="art_head"><h1><span class="exclusive">[단독]</span> 국립대병원, 장비 입찰 직전 조건 추가…한 업체만 통과</h1>
<div class="byline">표다율 기자 <span class="date">입력 2026.12.17 05:00</span></div></div>
<div class="art_body">
{paras(ex)}
</div>
<div class="tipoff">새말뉴스는 여러분의 제보를 기다립니다. 제보하기</div>
<div class="copyright">ⓒ 새말뉴스, 무단 전재 및 재배포 금지</div>
<footer>새말뉴스 | 청소년보호책임자 000</footer></body></html>"""
write("saemal_exclusive_20261217_0500.html", html, {"article": art("[단독] 국립대병원, 장비 입찰 직전 조건 추가…한 업체만 통과", "표다율", None, "2026-12-17T05:00:00+09:00", "새말뉴스", ["제보를 기다립니다", "제보하기", "무단 전재", "청소년보호책임자"]),
 "note": "headline with a `[단독]` label in a span (kept: the page shows it); og and published_time agree; `<title>` with ` | 매체`; tip-off box and copyright not body"})

# 6 reporter box above body
rb = ["부산 영도구 흰여울마을 골목에 작은 책방 세 곳이 잇따라 문을 열었다.",
      "지난 10월 문을 연 '바다책방'을 시작으로 그림책 전문점과 독립출판물 서점이 골목 안쪽에 자리를 잡았다.",
      "책방 주인들은 함께 '골목 책방 지도'를 만들어 관광객에게 나눠주고 있다. 주말에는 세 곳을 모두 둘러보는 방문객이 하루 200명을 넘는다.",
      "영도구는 빈집을 고쳐 책방에 싸게 빌려주는 사업을 내년에 두 곳 더 늘리기로 했다.",
      "그림책 전문점을 운영하는 한 주민은 \"관광객이 사진만 찍고 가던 골목에 머무는 사람이 생겼다\"고 했다."]
html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>노을섶타임스 - 부산 흰여울마을 골목에 책방 세 곳</title>
<meta property="og:title" content="부산 흰여울마을 골목에 책방 세 곳"><meta name="copyright" content="Copyright © 2012 노을섶타임스"></head>
<body><header>노을섶타임스 | 부산·경남</header>
<div class="view"><h2 class="title">부산 흰여울마을 골목에 책방 세 곳</h2>
<div class="reporter-box"><img src="/photo/rep_gilyun.jpg" alt="길윤아 기자"><strong>길윤아 기자</strong>
<p class="bio">부산의 골목과 사람을 기록합니다. 문화부와 사회부를 거쳤습니다.</p><a href="/reporter/221">기자 구독</a> <span>기사 더보기</span></div>
<div class="date">업데이트 2026.12.18 07:20</div>
<div class="content">
{paras(rb)}
</div></div>
<footer>노을섶타임스 | Copyright © 2012 노을섶타임스. All rights reserved.</footer></body></html>"""
write("noeulseop_view_30518.html", html, {"article": art("부산 흰여울마을 골목에 책방 세 곳", "길윤아", None, "2026-12-18T07:20:00+09:00", "노을섶타임스", ["골목과 사람을 기록합니다", "기자 구독", "기사 더보기", "All rights reserved"]),
 "note": "reporter photo, name and bio box ABOVE the body; the only date `업데이트 2026.12.18 07:20`; `<title>` `매체 - headline`; 2012 copyright meta; bio and subscribe links not body"})

# 7 video + transcript
vt = ["[앵커]", "겨울철 전기장판과 난방기구 사용이 늘면서 주택 화재도 잇따르고 있습니다. 소방당국은 특히 노후 전열기구를 조심해야 한다고 당부했습니다.",
      "[기자]", "오늘 새벽 광주 북구의 한 단독주택에서 불이 나 1시간 만에 꺼졌습니다. 집 안에 있던 70대 남성은 스스로 대피해 다치지 않았습니다.",
      "소방당국은 안방에서 쓰던 전기장판에서 불이 시작된 것으로 보고 있습니다.",
      "광주소방본부에 따르면 최근 3년 동안 겨울철 전열기구 화재는 해마다 100건 넘게 일어났습니다.",
      "소방당국은 10년 넘은 전열기구는 교체하고, 외출할 때는 반드시 전원을 꺼 달라고 당부했습니다.",
      "다온방송 금서하입니다."]
html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>전기장판 화재 잇따라…"10년 넘은 전열기구 교체해야" | 다온방송 뉴스</title>
<meta property="og:title" content="전기장판 화재 잇따라…&quot;10년 넘은 전열기구 교체해야&quot;">
<meta property="og:type" content="video.other"><meta property="og:site_name" content="다온방송"></head>
<body><div class="gnb">다온방송 뉴스 | 다시보기 | 편성표</div>
<div class="news-view"><h1>전기장판 화재 잇따라…"10년 넘은 전열기구 교체해야"</h1>
<div class="info"><span>2026/12/17 19:45</span> <span>조회 1,204</span></div>
<div class="player"><video src="/vod/20261217_fire.mp4" controls></video><p class="vod-msg">재생 버튼을 누르면 영상이 재생됩니다. 00:00 / 01:52</p><button>자막</button> <button>전체화면</button></div>
<div class="script">
{paras(vt)}
</div>
<p class="reporter">금서하 기자 seoha.geum@daontv.kr</p>
<div class="copyright">Copyright © 다온방송. 무단 전재, 재배포 및 AI학습 이용 금지</div></div>
<footer>다온방송 | 시청자센터</footer></body></html>"""
write("daon_tv_news_51203.html", html, {"article": art("전기장판 화재 잇따라…\"10년 넘은 전열기구 교체해야\"", "금서하", "seoha.geum@daontv.kr", "2026-12-17T19:45:00+09:00", "다온방송", ["재생 버튼을 누르면", "전체화면", "AI학습 이용 금지", "시청자센터"]),
 "note": "broadcast page: video player with its controls text, then the transcript ([앵커]/[기자], ends `매체 X입니다`); `X 기자 e-mail` after it; date `2026/12/17 19:45`; `<title>` with ` | 매체 뉴스`; og:type video"})

# 8 English edition
en = ["Seoul's metropolitan government will open twenty new public rental homes for young artists in Mullae-dong next March, officials said on Thursday.",
      "The homes, built on the site of a former machine shop, will be offered at about half the market rent to painters, musicians and craft makers under the age of 39.",
      "Applicants must show at least two years of activity, such as exhibitions or performances, the city said.",
      "The ground floor will house shared studios and a small gallery that neighbours can use free of charge.",
      "\"Young artists keep leaving the neighbourhood because of rising rents,\" said a city official in charge of the project.",
      "Applications open on Jan. 5 on the city's housing website."]
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Seoul to open rental homes for young artists in Mullae-dong - The Haneulbit Daily</title>
<meta property="og:title" content="Seoul to open rental homes for young artists in Mullae-dong">
<meta property="og:site_name" content="The Haneulbit Daily"><meta property="og:locale" content="en_US"></head>
<body><div class="top"><a href="/">The Haneulbit Daily</a> | National | Business | Culture | <a href="https://www.haneulbit.co.kr">한국어</a></div>
<article><h1>Seoul to open rental homes for young artists in Mullae-dong</h1>
<p class="byline">By Bang Ha-seul</p><p class="dt">Published : 18 Dec 2026, 10:05</p>
<div class="body">
{paras(en)}
</div>
<p class="contact">haseul.bang@haneulbit.co.kr</p>
<div class="more"><h4>Most Popular</h4><ul><li>Winter festival opens in Pyeongchang</li></ul></div></article>
<footer>The Haneulbit Daily | Copyright © The Haneulbit Daily. All rights reserved.</footer></body></html>"""
write("haneulbit_en_view_2207.html", html, {"article": art("Seoul to open rental homes for young artists in Mullae-dong", "Bang Ha-seul", "haseul.bang@haneulbit.co.kr", "2026-12-18T10:05:00+09:00", "The Haneulbit Daily", ["Most Popular", "Winter festival opens", "All rights reserved"], lang="en"),
 "note": "English edition of a Korean outlet (language en): `By X`, `Published : 18 Dec 2026, 10:05` (Korean time), e-mail after the body, 한국어 link, Most Popular list not body"})

# 9 og:url canonical other domain, og:title label
cn = ["전남 여수시가 섬 주민의 생활 물품 배송을 드론으로 하는 시범 사업을 시작했다.",
      "여수시는 16일 화정면 개도와 제도 두 섬에서 드론 배송 시범 운영을 시작했다고 밝혔다.",
      "주민이 전화나 앱으로 생필품을 주문하면 여객선터미널 인근 거점에서 드론이 물건을 싣고 20분 안에 섬 마을 회관까지 나른다.",
      "한 번에 실을 수 있는 무게는 5㎏이다. 약품과 우편물도 배송 대상에 포함됐다.",
      "시는 석 달 동안 시범 운영한 뒤 다른 섬으로 사업을 넓힐지 결정할 계획이다.",
      "개도 이장은 \"배가 하루 두 번밖에 안 다녀 급한 약을 구하기 어려웠는데 한결 나아질 것 같다\"고 했다."]
html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>여수 섬마을에 드론이 생필품 나른다 : 자갈내일보</title>
<link rel="canonical" href="https://www.jagalnae.co.kr/news/articleView.html?idxno=9931">
<meta property="og:url" content="https://www.jagalnae.co.kr/news/articleView.html?idxno=9931">
<meta property="og:title" content="[종합] 여수 섬마을에 드론이 생필품 나른다">
<meta property="og:site_name" content="자갈내일보"></head>
<body><!-- served from m2.jagalnae-news.net mirror -->
<div class="head"><a href="https://m2.jagalnae-news.net/">자갈내일보</a> 전체기사 | 지역 | 오피니언</div>
<div class="article-head"><h1>여수 섬마을에 드론이 생필품 나른다</h1>
<p class="writer">여수=탁지율·남궁초롱 기자</p><p class="time">입력 2026.12.16 17:12</p></div>
<div class="article-body">
{paras(cn)}
</div>
<div class="ad">광고 문의 02-000-0000</div>
<div class="copy">&lt;저작권자 © 자갈내일보, 무단 전재 및 재배포 금지&gt;</div>
<footer>자갈내일보 | 사업자등록번호 000-00-00000</footer></body></html>"""
write("jagalnae_articleView_9931.html", html, {"article": art("여수 섬마을에 드론이 생필품 나른다", "탁지율, 남궁초롱", None, "2026-12-16T17:12:00+09:00", "자갈내일보", ["광고 문의", "무단 전재", "사업자등록번호"]),
 "note": "page served from a mirror domain with og:url and canonical on another (www) domain; og:title carries `[종합]` the page does not show; `<title>` ` : 매체`; `여수=X·Y 기자` with a 남궁 name; 입력 only"})

# 10 card news
cards = [("버려지는 우산 한 해 4천만 개", "우리나라에서 한 해 버려지는 우산은 4천만 개가 넘는 것으로 추산됩니다."),
         ("우산은 왜 재활용이 어려울까", "천과 철, 플라스틱이 한데 붙어 있어 분리하기 어렵기 때문입니다."),
         ("고쳐 쓰는 우산 수리점", "경기 안양시의 한 우산 수리점은 살이 부러진 우산을 하루 30개 넘게 고칩니다."),
         ("공유 우산도 늘었다", "지하철역과 도서관에 공유 우산을 두는 지자체도 늘고 있습니다."),
         ("우산 천은 가방으로", "방수가 되는 우산 천은 장바구니와 파우치로 다시 태어납니다."),
         ("작은 실천부터", "우산 하나를 오래 쓰는 것, 그것이 가장 쉬운 실천입니다.")]
cl = "\n".join(f'<figure class="card"><img src="/card/umb_{i+1}.jpg" alt="{esc(a)}"><figcaption>{esc(c)}</figcaption></figure>' for i, (a, c) in enumerate(cards))
html = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>[카드뉴스] 한 해 4천만 개 버려지는 우산, 어디로 갈까 - 보랏결뉴스</title>
<meta property="og:title" content="[카드뉴스] 한 해 4천만 개 버려지는 우산, 어디로 갈까"><meta property="og:site_name" content="보랏결뉴스">
<meta property="og:image" content="/card/umb_1.jpg"></head>
<body><div class="gnb">보랏결뉴스 | 카드뉴스 | 영상</div>
<div class="card-view"><span class="cate">카드뉴스</span><h2>한 해 4천만 개 버려지는 우산, 어디로 갈까</h2>
<div class="meta">육다은 기자 · 입력 2026.12.15 10:00</div>
<div class="cards">
{cl}
</div>
<div class="swipe">← 밀어서 다음 카드 보기 →</div>
<div class="credit">기획·제작 보랏결뉴스 디지털팀</div></div>
<footer>보랏결뉴스 ⓒ All rights reserved.</footer></body></html>"""
write("boratgyeol_cardnews_1204.html", html, {"article": art("한 해 4천만 개 버려지는 우산, 어디로 갈까", "육다은", None, "2026-12-15T10:00:00+09:00", "보랏결뉴스", ["밀어서 다음 카드 보기", "디지털팀", "All rights reserved"]),
 "note": "card news: six images with alt text and one caption each (the body is the captions); `카드뉴스` label above the h2 and `[카드뉴스]` in og:title/<title> (title without it); `X 기자 · 입력`; swipe hint and credit not body"})

# 11 browser text dump
bd = ["대구 수성못 둘레길에 겨울 야간 조명이 켜졌다.",
      "대구 수성구는 17일부터 내년 2월 말까지 수성못 둘레 2㎞ 구간에 빛 조형물 40여 점을 설치해 운영한다고 18일 밝혔다.",
      "조형물은 오후 5시 30분부터 밤 11시까지 켜진다. 주말에는 버스킹 공연도 함께 열린다.",
      "구는 산책객 안전을 위해 둘레길 곳곳에 안전요원을 배치하고, 얼음이 얼기 쉬운 구간에는 미끄럼 방지 매트를 깔았다.",
      "수성구 관계자는 \"겨울에도 많은 시민이 수성못을 찾을 수 있도록 볼거리를 마련했다\"고 말했다."]
txt = "\n".join(["본문 바로가기", "로그인 | 회원가입", "돋을볕뉴스", "전체 | 정치 | 사회 | 지역 | 문화 | 스포츠", "지역",
  "수성못 둘레길, 겨울 밤 밝히는 빛 조형물 40점", "도건휘 기자 geonhwi@dodeulbyeot.kr", "입력 2026.12.18 11:30", "좋아요 12   댓글 3   공유", "",
  *sum(([p, ""] for p in bd), []),
  "도건휘 기자 다른기사 보기", "좋아요 12", "댓글 3", "이 기사와 관련된 기사", "동성로 크리스마스 거리 축제 개막", "팔공산 눈꽃 산행 주의보",
  "많이 본 기사", "1 대구 지하철 막차 연장", "2 달성군 딸기 축제",
  "회사소개 | 광고안내 | 개인정보처리방침 | 청소년보호정책", "돋을볕뉴스 | 대구시 중구 000 | 등록일 2014.03.02 | Copyright © 돋을볕뉴스"])
with open(os.path.join(P, "dodeulbyeot_20261218_suseongmot.txt"), "w", encoding="utf-8") as f: f.write(txt + "\n")
g = {"source": "dodeulbyeot_20261218_suseongmot.txt", "article": art("수성못 둘레길, 겨울 밤 밝히는 빛 조형물 40점", "도건휘", "geonhwi@dodeulbyeot.kr", "2026-12-18T11:30:00+09:00", "돋을볕뉴스", ["본문 바로가기", "회원가입", "다른기사 보기", "좋아요 12", "댓글 3", "이 기사와 관련된 기사", "많이 본 기사", "개인정보처리방침", "등록일 2014.03.02"]),
     "note": "browser text dump: skip link, login, outlet, menu, section word, headline, `X 기자 e-mail`, `입력 2026.12.18 11:30`, 좋아요/댓글 counters before and after the body, related and most-read lists, footer with 등록일 2014"}
write.__defaults__  # noqa
with open(os.path.join(G, "dodeulbyeot_20261218_suseongmot.expected.json"), "w", encoding="utf-8") as f: json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")

# 12 portal app dump
pd = ["경남 통영의 굴 양식장에서 올겨울 첫 수확이 시작됐다.",
      "통영 굴수하식수협은 18일 첫 경매를 열고 생굴 10㎏ 한 상자를 평균 13만 원에 거래했다. 지난해 첫 경매보다 약 8% 높은 값이다.",
      "올해는 여름철 고수온 피해가 적어 알이 굵고 생산량도 늘 것으로 예상된다.",
      "수협은 내년 4월까지 모두 1만2천t을 생산할 계획이다.",
      "한 양식 어민은 \"작년보다 씨알이 좋아 기대가 크다\"고 말했다.",
      "통영시는 다음 달 굴 축제를 열어 소비 촉진에 나설 예정이다."]
txt = "\n".join(["꽃다지 뉴스", "홈  뉴스  연예  스포츠", "마루턱경제", "구독", "통영 굴 첫 경매…10㎏ 13만 원, 작년보다 8% 올라",
  "입력 2026.12.18 21:30  수정 2026.12.18 22:05  기사원문", "공감 24  댓글 5", "요약봇  공유하기  글자크기 설정", "",
  *sum(([p, ""] for p in pd), []),
  "염소담 기자 ysodam@marutbiz.kr", "", "Copyright ⓒ 마루턱경제. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.",
  "좋아요 18  훈훈해요 2  슬퍼요 0  화나요 1  후속기사 원해요 3", "마루턱경제 주요뉴스", "해수부, 수산물 할인 행사 연장", "조선업 수주 3년 만에 최대",
  "꽃다지 뉴스 이용약관 | 개인정보처리방침 | 고객센터", "© 꽃다지 Corp."])
with open(os.path.join(P, "kkotdaji_app_marutbiz_20261218.txt"), "w", encoding="utf-8") as f: f.write(txt + "\n")
g = {"source": "kkotdaji_app_marutbiz_20261218.txt", "article": art("통영 굴 첫 경매…10㎏ 13만 원, 작년보다 8% 올라", "염소담", "ysodam@marutbiz.kr", "2026-12-18T21:30:00+09:00", "마루턱경제", ["기사원문", "공감 24", "글자크기 설정", "훈훈해요", "마루턱경제 주요뉴스", "이용약관", "꽃다지 Corp"]),
     "note": "portal-app text dump (꽃다지 뉴스 carrying 마루턱경제): `입력 … 수정 … 기사원문` on one line, 공감/댓글 counters, tool line, end byline with e-mail, copyright, reactions, the outlet's top news, portal footer; outlet the original, not the portal"}
with open(os.path.join(G, "kkotdaji_app_marutbiz_20261218.expected.json"), "w", encoding="utf-8") as f: json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
