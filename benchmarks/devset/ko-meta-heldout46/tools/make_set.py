"""Make ko-meta-heldout46 pages and gold (stdlib only). Run from the set folder."""
import json, html, os
P = "pages"; G = "gold"
os.makedirs(P, exist_ok=True); os.makedirs(G, exist_ok=True)
GOLD = {}

def ps(paras):
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)

def save(name, text, gold, enc="utf-8"):
    with open(os.path.join(P, name), "wb") as f:
        f.write(text.encode(enc))
    gold = dict(gold); gold["source"] = name
    GOLD[name] = (gold, enc)
    stem = name.rsplit(".", 1)[0]
    with open(os.path.join(G, stem + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")

def art(title, author, published, outlet, bmnc, email=None):
    a = {"title": title, "author": author}
    if email: a["author_email"] = email
    a.update({"published": published, "outlet": outlet, "language": "ko", "body_must_not_contain": bmnc})
    return a

# 1 byline box under the body ------------------------------------------------
T1 = "구도심 빈 점포 40곳, 청년 공방으로 바뀐다…시 '골목 재생' 2차 사업"
B1 = [
 "전주시가 구도심 상가 골목의 빈 점포 40곳을 청년 공방과 소규모 작업실로 바꾸는 '골목 재생' 2차 사업을 내년 3월부터 시작한다.",
 "시는 9일 시청 브리핑룸에서 사업 계획을 발표하고 점포 한 곳당 리모델링비 최대 2천만 원과 2년간 임차료 절반을 지원한다고 밝혔다.",
 "1차 사업으로 문을 연 공방 22곳 가운데 19곳이 2년이 지난 지금도 영업을 이어가고 있다는 점이 2차 사업의 근거가 됐다.",
 "대상 골목은 중앙동과 풍남동 일대 세 곳으로, 시는 건물주와 임대료 동결 협약을 맺어 지원이 끝난 뒤 임대료가 급등하는 일을 막기로 했다.",
 "지원자는 만 19세 이상 39세 이하 청년으로, 1월 한 달간 시 누리집에서 신청을 받아 서류와 면접 심사를 거쳐 2월 말 선정한다.",
 "상인회 측은 유동 인구가 늘어날 것으로 기대하면서도 주차 공간 부족 문제가 먼저 풀려야 한다는 의견을 냈다.",
 "시 관계자는 \"공방이 모이면 체험 관광객이 따라온다\"며 \"주차장 확충도 내년 예산에 반영했다\"고 말했다.",
]
h1 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{html.escape(T1)} - 한울마루신문</title>
<meta property="og:title" content="{html.escape(T1)}">
<meta property="og:site_name" content="한울마루신문">
<meta name="copyright" content="Copyright 2012 한울마루신문">
</head><body>
<div id="gnb"><a href="/">한울마루신문</a> <a href="/news/list?sc=S1">정치</a> <a href="/news/list?sc=S2">경제</a> <a href="/news/list?sc=S3">사회</a> <a href="/news/list?sc=S4">지역</a></div>
<div class="article-head">
<p class="section">지역 &gt; 전주</p>
<h1 class="headline">{html.escape(T1)}</h1>
<ul class="info"><li>입력 2026.12.09 07:40</li><li>수정 2026.12.09 10:05</li><li>댓글 0</li></ul>
<div class="util"><button>글자크기</button> <button>인쇄</button> <button>공유</button></div>
</div>
<div id="article-view-content-div">
{ps(B1)}
</div>
<div class="writer-box">
<img src="/img/reporter/insolchan.jpg" alt="인솔찬 기자">
<dl><dt>기자명</dt><dd>인솔찬</dd><dt>이메일</dt><dd>in.solchan@hanulmaru.kr</dd></dl>
<a href="/news/reporter?id=118">다른 기사 보기</a>
</div>
<div class="copyright">저작권자 © 한울마루신문 무단전재 및 재배포 금지</div>
<div class="popular"><h3>많이 본 뉴스</h3><ol><li>전주역 앞 광장 야간 조명 교체</li><li>완산구 도서관 휴관 안내</li></ol></div>
<footer>한울마루신문 | 전북 전주시 완산구 | 등록번호 전북 아00123 | Copyright © 2012 한울마루신문. All rights reserved.</footer>
</body></html>"""
save("hanulmaru_articleView_58210.html", h1, {"note": "CMS page whose byline sits in a box under the body (기자명 / 이메일 / 다른 기사 보기), 입력 and later 수정, 2012 copyright meta: author and e-mail from the box, 입력 not 수정, box and footer not body",
 "article": art(T1, "인솔찬", "2026-12-09T07:40:00+09:00", "한울마루신문", ["기자명", "다른 기사 보기", "저작권자 © 한울마루신문", "많이 본 뉴스"], "in.solchan@hanulmaru.kr")})

# 2 date only in JSON-LD and a <time> ----------------------------------------
T2 = "도시철도 3호선 연장 구간, 시험운행 중 신호 오류로 개통 한 달 늦춰"
B2 = [
 "대구 도시철도 3호선 연장 구간 개통이 시험운행 중 발견된 신호 장치 오류로 한 달가량 늦어진다.",
 "대구교통공사는 10일 연장 구간 4개 역 가운데 두 곳에서 열차 위치 정보가 관제실에 늦게 전달되는 현상이 반복돼 설비를 점검하고 있다고 밝혔다.",
 "당초 공사는 이달 20일 개통을 목표로 했지만, 신호 납품업체인 세온시스템과 함께 소프트웨어를 다시 설치하고 200시간 무사고 시험운행을 새로 채워야 한다.",
 "공사는 시민 안전이 우선이라며 새 개통일은 내년 1월 중순으로 잡고 있다고 설명했다.",
 "연장 구간 주변 주민들은 출퇴근 버스 노선이 이미 줄어든 상태라 불편이 크다고 호소했다.",
 "시는 개통 전까지 임시 셔틀버스 6대를 출퇴근 시간에 투입하기로 했다.",
]
ld2 = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T2,
       "datePublished": "2026-12-10T11:20:00+09:00", "dateModified": "2026-12-10T15:02:00+09:00",
       "author": {"@type": "Person", "name": "왕지섭"}, "publisher": {"@type": "Organization", "name": "느티골일보"}}
h2 = f"""<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<title>{html.escape(T2)} | 느티골일보</title>
<script type="application/ld+json">{json.dumps(ld2, ensure_ascii=False)}</script>
</head><body>
<header><a class="logo" href="/">느티골일보</a><nav><a href="/society">사회</a><a href="/economy">경제</a><a href="/life">생활</a></nav></header>
<main><article>
<h1>{html.escape(T2)}</h1>
<div class="meta"><span class="by">왕지섭 기자 wangjs@neutigol.co.kr</span> <time datetime="2026-12-10T11:20:00+09:00">12.10 11:20</time></div>
<div class="body">
{ps(B2)}
</div>
</article>
<aside><h4>이 시각 주요 뉴스</h4><ul><li>수성구 학원가 불법 주정차 집중 단속</li><li>동대구역 환승센터 야간 운영 연장</li></ul></aside>
</main>
<footer>© 느티골일보. 무단 전재-재배포, AI 학습 및 활용 금지</footer>
</body></html>"""
save("neutigol_news_20261210_4471.html", h2, {"note": "no og or visible full date: the date only in JSON-LD datePublished (dateModified later) and a <time datetime> showing `12.10 11:20`; byline `X 기자 e-mail`",
 "article": art(T2, "왕지섭", "2026-12-10T11:20:00+09:00", "느티골일보", ["이 시각 주요 뉴스", "무단 전재-재배포"], "wangjs@neutigol.co.kr")})

# 3 many in-article ads and related cards ------------------------------------
T3 = "중소 제조업체 10곳 중 6곳 \"내년 설비투자 줄인다\""
B3 = [
 "고금리와 원자재 가격 부담이 이어지면서 중소 제조업체 열 곳 가운데 여섯 곳이 내년 설비투자를 올해보다 줄이겠다고 답했다.",
 "중소기업중앙회가 10일 발표한 '2027년 설비투자 계획 조사'에 따르면 응답 기업 800곳 중 61.4%가 투자 축소를 계획하고 있었다.",
 "투자를 늘리겠다는 곳은 12.1%에 그쳤고, 나머지는 올해 수준을 유지하겠다고 답했다.",
 "축소 이유로는 금융비용 부담(38.2%)이 가장 많았고 수요 감소(27.5%), 인력난(14.0%)이 뒤를 이었다.",
 "업종별로는 금속가공과 플라스틱 제품 업체의 축소 응답이 70%를 넘었다.",
 "경기 안산의 부품업체 대표 노태겸 씨는 \"기계를 바꿔야 할 때인데 대출 이자를 생각하면 엄두가 안 난다\"고 말했다.",
 "중기중앙회는 정책자금 금리 인하와 설비투자 세액공제 확대를 정부에 건의하겠다고 밝혔다.",
 "정부는 내년 1분기 중 중소기업 설비 자금 지원 방안을 내놓을 예정이다.",
]
ad = '<div class="ad-inarticle"><span>AD</span><iframe src="https://ads.example-adnet.kr/slot?id={0}"></iframe><p class="ad-label">광고</p></div>'
card = '<div class="related-card"><strong>관련 기사</strong><a href="/news/{0}"><img src="/thumb/{0}.jpg"><span>{1}</span></a></div>'
parts3 = []
for i, p in enumerate(B3):
    parts3.append(f"<p>{html.escape(p)}</p>")
    if i == 1: parts3.append(ad.format(1))
    if i == 2: parts3.append(card.format(88120, "中企 대출 연체율 3년 만에 최고"))
    if i == 4: parts3.append(ad.format(2))
    if i == 5: parts3.append(card.format(88004, "정책자금 조기 소진…신청 기업 발길 돌려"))
    if i == 6: parts3.append(ad.format(3))
h3 = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>마루결경제 - 빠르고 정확한 경제 뉴스</title>
<meta property="og:title" content="마루결경제 - 빠르고 정확한 경제 뉴스">
<meta property="og:description" content="마루결경제는 산업·금융·증권 소식을 가장 먼저 전합니다.">
<meta property="og:site_name" content="마루결경제">
</head><body>
<div class="top-banner"><a href="/event">마루결경제 구독하고 경품 받기</a></div>
<div class="breadcrumb">홈 &gt; 산업 &gt; 중기·벤처</div>
<div class="titleWrap"><h2 class="tit">{html.escape(T3)}</h2>
<p class="writer">황보세린 기자 | 2026-12-10 오후 7:40</p></div>
<div id="articleBody">
{chr(10).join(parts3)}
</div>
<div class="copy">ⓒ 마루결경제 무단전재 및 재배포금지</div>
<div class="recommend"><h3>함께 보면 좋은 기사</h3><a href="/news/88111">반도체 장비 수주 호조</a></div>
</body></html>"""
save("marugyeol_news_view_88215.html", h3, {"note": "site-wide og:title and og:description (slogan), <title> the same slogan; h2 headline; `X 기자 | 2026-12-10 오후 7:40`; three ad blocks and two `관련 기사` cards between paragraphs: title from the h2, 19:40 from 오후, ads and cards not body; four-syllable 황보 name",
 "article": art(T3, "황보세린", "2026-12-10T19:40:00+09:00", "마루결경제", ["관련 기사", "광고", "中企 대출 연체율 3년 만에 최고", "정책자금 조기 소진", "함께 보면 좋은 기사", "ⓒ 마루결경제"])})

# 4 next article prefetched below --------------------------------------------
T4 = "김장철 배추값 한 달 새 30% 내려…무·대파는 여전히 강세"
B4 = [
 "김장철을 맞아 배추 도매가격이 한 달 새 30% 가까이 떨어졌다.",
 "한국농수산식품유통공사에 따르면 10일 가락시장 배추 10㎏ 상품 평균 경매가는 9천800원으로 지난달 같은 날보다 29.6% 낮았다.",
 "가을배추 작황이 좋아 출하량이 늘어난 데다 김장 수요가 예년보다 일찍 몰린 뒤 잦아든 영향이다.",
 "반면 무와 대파는 지난여름 폭염 피해의 여파가 남아 평년보다 20% 안팎 높은 가격을 이어가고 있다.",
 "정부는 무 비축 물량 1천t을 이번 주부터 도매시장에 풀기로 했다.",
 "서울 마포구의 한 전통시장 상인 엄다래 씨는 \"배추는 싸졌는데 양념 채소가 비싸 손님들 체감은 크지 않다\"고 전했다.",
]
T4b = "수도권 아파트 입주 물량 내년 상반기 급감…전셋값 불안 우려"
B4b = [
 "내년 상반기 수도권 아파트 입주 물량이 올해 같은 기간의 절반 수준으로 줄어들 전망이다.",
 "부동산 업계는 입주 감소가 전셋값 상승 압력으로 이어질 수 있다고 내다봤다.",
 "정부는 공공임대 조기 공급 방안을 검토하고 있다.",
]
h4 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{html.escape(T4)} &lt; 경제 &lt; 기사본문 - 솟대뉴스</title>
<meta property="og:title" content="{html.escape(T4)}">
<meta property="og:url" content="https://www.sotdaenews.kr/news/articleView.html?idxno=30117">
</head><body>
<div class="gnb"><a href="/">솟대뉴스</a> <a>경제</a> <a>사회</a> <a>문화</a></div>
<article class="current" data-idx="30117">
<header><h3 class="heading">{html.escape(T4)}</h3>
<div class="byline">방슬기 기자 · 2026.12.10(목) 19:40</div></header>
<div class="article-body">
{ps(B4)}
</div>
<p class="copy">&lt;저작권자 © 솟대뉴스, 무단 전재 및 재배포 금지&gt;</p>
</article>
<div class="next-article-loading">다음 기사</div>
<article class="prefetched" data-idx="30118">
<header><h3 class="heading">{html.escape(T4b)}</h3>
<div class="byline">탕서후 기자 · 2026.12.10(목) 20:15</div></header>
<div class="article-body">
{ps(B4b)}
</div>
</article>
<footer>솟대뉴스 | 대표전화 02-000-0000 | Copyright © 솟대뉴스</footer>
</body></html>"""
save("sotdaenews_articleView_30117.html", h4, {"note": "page that prefetches the next article (another headline, reporter and time) below the first: only the first is the article; `X 기자 · 2026.12.10(목) 19:40`; <title> with `< 경제 < 기사본문 - 매체`",
 "article": art(T4, "방슬기", "2026-12-10T19:40:00+09:00", "솟대뉴스", ["다음 기사", "입주 물량", "탕서후", "저작권자 © 솟대뉴스"])})

# 5 entertainment with a photo gallery --------------------------------------
T5 = "배우 선우린, 첫 연극 무대 오른다…'겨울 정원' 주연 확정"
B5 = [
 "[꽃별스타=공가온 기자] 배우 선우린이 데뷔 9년 만에 처음으로 연극 무대에 선다.",
 "소속사 달그림엔터테인먼트는 11일 \"선우린이 내년 2월 개막하는 연극 '겨울 정원'의 주인공 해주 역을 맡았다\"고 밝혔다.",
 "'겨울 정원'은 문을 닫은 식물원을 지키는 세 자매의 이야기를 그린 작품으로, 연출가 도해랑이 5년 만에 새로 올리는 창작극이다.",
 "선우린은 이날 서울 종로구 대학로에서 열린 첫 대본 연습에 참석해 동료 배우들과 호흡을 맞췄다.",
 "그는 \"카메라가 없는 무대에서 관객과 직접 만나는 게 두려우면서도 설렌다\"고 소감을 전했다.",
 "공연은 2월 6일부터 3월 29일까지 대학로 한 소극장에서 열리며, 티켓은 다음 달 8일부터 판매된다.",
]
gal = "\n".join(f'<figure class="gallery-item"><img src="/photo/2026/12/11/sw{i}.jpg" alt="선우린 대본 연습 {i}"><figcaption>배우 선우린이 11일 서울 대학로에서 열린 연극 \'겨울 정원\' 첫 대본 연습에 참석하고 있다. ({i}/4) 사진=달그림엔터테인먼트</figcaption></figure>' for i in range(1, 5))
h5 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{html.escape(T5)} | 꽃별스타</title>
<meta property="og:title" content="{html.escape(T5)}">
<meta property="og:site_name" content="꽃별스타">
<meta property="article:published_time" content="2026-12-11T14:05:00+09:00">
</head><body>
<nav><a href="/">꽃별스타</a> <a>방송</a> <a>영화</a> <a>가요</a> <a>포토</a></nav>
<div class="art-top"><span class="cat">연예 &gt; 공연</span><h1>{html.escape(T5)}</h1>
<p class="date">입력 2026.12.11 14:05 | 수정 2026.12.11 16:30</p></div>
<div class="gallery"><div class="gallery-count">포토 4장</div>
{gal}
<button class="prev">이전 사진</button><button class="next">다음 사진</button></div>
<div class="article_txt">
{ps(B5)}
<p>gong.gaon@kkotbyeolstar.com</p>
</div>
<div class="tags">#선우린 #겨울정원 #연극</div>
<div class="copyright">Copyright ⓒ 꽃별스타 All rights reserved.</div>
<div class="photo-more"><h4>포토 더보기</h4><a>시상식 레드카펫 현장</a></div>
</body></html>"""
save("kkotbyeolstar_ent_20261211_7003.html", h5, {"note": "entertainment page with a four-photo gallery (captions, counter, prev/next) above the body; `[매체=X 기자]` lede, bare e-mail last line; 입력 not 수정: gallery not body",
 "article": art(T5, "공가온", "2026-12-11T14:05:00+09:00", "꽃별스타", ["포토 4장", "이전 사진", "포토 더보기", "Copyright ⓒ 꽃별스타"], "gong.gaon@kkotbyeolstar.com")})

# 6 sports with a score table; section name as og:site_name ------------------
T6 = "청주 하늘매, 연장 끝 역전승…3연패 탈출"
B6 = [
 "프로농구 청주 하늘매가 연장 접전 끝에 원주 바람곰을 꺾고 3연패에서 벗어났다.",
 "하늘매는 12일 청주체육관에서 열린 정규리그 3라운드 경기에서 바람곰을 91-87로 이겼다.",
 "4쿼터 종료 4초 전 78-80으로 뒤진 상황에서 가드 탁민후가 골밑 돌파로 동점을 만들어 승부를 연장으로 끌고 갔다.",
 "연장에서는 포워드 모재석이 3점슛 두 개를 포함해 8점을 몰아넣으며 승리를 이끌었다. 모재석은 이날 양 팀 최다인 27점을 기록했다.",
 "바람곰은 리바운드에서 44-36으로 앞섰지만 자유투 성공률이 58%에 그쳐 고개를 숙였다.",
 "하늘매 감독은 경기 뒤 \"선수들이 끝까지 포기하지 않았다\"며 \"연패 기간 흔들렸던 수비가 살아난 게 가장 반갑다\"고 말했다.",
 "하늘매는 9승 11패로 7위를 지켰고, 바람곰은 11승 9패로 4위에 머물렀다.",
]
h6 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{html.escape(T6)} - 버금스포츠</title>
<meta property="og:title" content="{html.escape(T6)}">
<meta property="og:site_name" content="농구">
<meta property="og:description" content="{html.escape(B6[0])}">
</head><body>
<div class="sports-nav"><a href="/">버금스포츠</a> <a>야구</a> <a>축구</a> <a class="on">농구</a> <a>배구</a> <a>골프</a></div>
<h2 class="news-title">{html.escape(T6)}</h2>
<div class="news-info">기사입력 2026.12.12 21:48 <span>|</span> 탁여울 객원기자</div>
<div class="news-body">
{ps(B6[:3])}
<table class="scoreboard"><caption>경기 결과</caption>
<tr><th>팀</th><th>1Q</th><th>2Q</th><th>3Q</th><th>4Q</th><th>OT</th><th>합계</th></tr>
<tr><td>원주 바람곰</td><td>22</td><td>19</td><td>21</td><td>18</td><td>7</td><td>87</td></tr>
<tr><td>청주 하늘매</td><td>17</td><td>24</td><td>18</td><td>21</td><td>11</td><td>91</td></tr>
</table>
{ps(B6[3:])}
</div>
<div class="rank-box"><h4>농구 순위</h4><ol><li>수원 노을범</li><li>부산 파도게</li></ol></div>
<footer>ⓒ 버금스포츠 | 청소년보호책임자 | 제보하기</footer>
</body></html>"""
save("beogeum_sports_bk_20261212_339.html", h6, {"note": "sports page with a quarter score table inside the body; og:site_name the section name `농구`; `기사입력 … | X 객원기자`: outlet not the section, author without 객원기자, table and standings not body",
 "article": art(T6, "탁여울", "2026-12-12T21:48:00+09:00", "버금스포츠", ["농구 순위", "청소년보호책임자", "경기 결과"])})

# 7 local weekly in EUC-KR (CP949) ------------------------------------------
T7 = "면 소재지 마지막 목욕탕 다시 문 열어…주민 출자 협동조합이 운영"
B7 = [
 "지난봄 문을 닫았던 면 소재지의 유일한 대중목욕탕이 주민들이 만든 협동조합의 손으로 다시 문을 열었다.",
 "옥천군 청산면 주민 140여 명은 한 사람당 10만 원에서 50만 원씩 모아 '청산 따순물 협동조합'을 꾸리고, 주인이 내놓은 목욕탕 건물을 빌렸다.",
 "보일러와 배관은 군의 작은 마을 시설 지원금 3천만 원으로 고쳤고, 타일 보수는 면내 건설업체들이 재능 기부로 맡았다.",
 "목욕탕은 화·목·토요일 주 3일 문을 열며, 요금은 어른 5천 원이다. 조합원은 1천 원을 할인받는다.",
 "조합 이사장 봉순례 씨는 \"버스로 40분 걸리는 읍내까지 목욕하러 다니던 어르신들이 가장 반긴다\"고 말했다.",
 "조합은 수익이 나면 목욕탕 옆 빈 방을 어르신 쉼터로 꾸밀 계획이다.",
]
h7 = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>청산골소식</title>
</head><body>
<table width="900" align="center"><tr><td class="masthead"><b>청산골소식</b> 제1234호 · 발행일 2026.12.08 · 매주 화요일 발행</td></tr>
<tr><td class="menu">지역소식 | 사람들 | 읍면소식 | 오피니언 | 지난호 보기</td></tr>
<tr><td class="title"><font size="5"><b>{html.escape(T7)}</b></font></td></tr>
<tr><td class="info">편석주 기자 | 제1234호 | 발행일 2026.12.08</td></tr>
<tr><td class="body">
{ps(B7)}
</td></tr>
<tr><td class="bottom">[이전기사] 청산면 김장 나눔 300포기 | [다음기사] 군의회 내년 예산 심사 시작</td></tr>
<tr><td class="footer">청산골소식 | 충북 옥천군 청산면 | Copyright (c) 2008 청산골소식</td></tr>
</table></body></html>"""
save("cheongsangol_1234_05.html", h7, {"note": "local weekly in EUC-KR with a charset meta (real bytes): `<title>` the outlet only, masthead `제1234호 · 발행일 2026.12.08`, table layout, prev/next line, 2008 copyright: decoded as EUC-KR, date only, 호 not date",
 "article": art(T7, "편석주", "2026-12-08", "청산골소식", ["지난호 보기", "[이전기사]", "[다음기사]", "Copyright (c) 2008"])}, enc="cp949")

# 8 기사승인/최종수정 with two reporters -------------------------------------------
T8 = "항만 하역 노동자 야간 휴게시설 절반이 '컨테이너 임시'"
B8 = [
 "부산항 하역 노동자들이 쓰는 야간 휴게시설 가운데 절반가량이 컨테이너를 개조한 임시 건물인 것으로 나타났다.",
 "부산항만공사가 국회 농림축산식품해양수산위원회에 낸 자료를 보면 부산항 부두 23곳의 휴게시설 61곳 중 29곳이 컨테이너형이었다.",
 "이들 시설 대부분은 냉난방기 한 대에 의자 몇 개만 갖춘 수준이었고, 샤워실을 갖춘 곳은 4곳뿐이었다.",
 "항운노조 관계자는 \"겨울 밤샘 작업 뒤 몸을 녹일 곳이 마땅치 않다\"며 상설 휴게동 건립을 요구했다.",
 "공사는 부두 운영사와 비용을 나눠 2028년까지 상설 휴게시설 12곳을 새로 짓겠다고 밝혔다.",
 "해양수산부도 내년 항만 노동자 안전 대책에 휴게시설 기준을 포함하는 방안을 검토하고 있다.",
 "다만 운영사들은 임대 기간이 짧은 부두에 시설을 짓는 부담이 크다며 정부 지원 확대를 요구하고 있다.",
]
h8 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{html.escape(T8)} - 들꽃재타임스</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(T8)}">
<meta property="og:site_name" content="들꽃재타임스">
</head><body>
<header class="site"><a href="/">들꽃재타임스</a><ul><li>뉴스</li><li>오피니언</li><li>기획</li></ul></header>
<section class="view-head">
<div class="kind">사회 · 노동</div>
<h1>{html.escape(T8)}</h1>
<div class="view-info"><span>어효린 기자</span><span>변주오 기자</span><span>기사승인 2026.12.10 19:40</span><span>최종수정 2026.12.11 09:12</span></div>
</section>
<div class="view-cont">
{ps(B8)}
</div>
<div class="view-copy">저작권자 © 들꽃재타임스 무단전재 및 재배포금지</div>
<div class="view-sns">페이스북 트위터 카카오톡 URL복사</div>
</body></html>"""
save("deulkkotjae_articleView_14092.html", h8, {"note": "`기사승인 2026.12.10 19:40` then `최종수정` a day later; two reporters in the info line: published from 기사승인, both reporters (gold joins them with `, `)",
 "article": art(T8, "어효린, 변주오", "2026-12-10T19:40:00+09:00", "들꽃재타임스", ["최종수정", "URL복사", "저작권자 © 들꽃재타임스"])})

# 9 series page with [연재] kicker -----------------------------------------------
T9 = "\"바다가 밭이에요\" 섬마을 할머니들의 겨울 김 양식"
B9 = [
 "새벽 다섯 시, 완도 노화도의 작은 선착장에 불이 켜진다. 일흔을 넘긴 할머니 여섯이 장화를 신고 배에 오른다.",
 "이 마을의 김 양식은 50년 넘게 여성들이 이어왔다. 남편을 먼저 보낸 뒤에도 바다를 떠나지 않은 이들이다.",
 "가장 나이가 많은 소복례 할머니는 올해 여든하나다. \"바다가 밭이에요. 밭을 놀리면 안 되지\"라며 웃는다.",
 "겨울 석 달 동안 할머니들은 하루 네 시간씩 김발을 살피고, 물때에 맞춰 채취를 한다.",
 "최근에는 귀촌한 젊은 부부 두 쌍이 일을 배우러 합류했다. 할머니들은 김발 매는 법부터 차근차근 가르친다.",
 "마을 어촌계는 내년부터 할머니들이 말린 김을 '노화 할매 김'이라는 이름으로 온라인에서 팔 계획이다.",
 "다음 회에서는 같은 섬의 전복 양식장을 찾는다.",
]
h9 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>솔섬신문 :: 기획·연재</title>
<meta property="og:title" content="[연재] 독고해슬의 섬마을 일기 ⑦">
<meta property="og:site_name" content="솔섬신문">
</head><body>
<div class="top"><a href="/">솔섬신문</a> <a>기획·연재</a> <a>사람</a></div>
<div class="series-head">
<p class="kicker"><a href="/series/islanddiary">[연재] 독고해슬의 섬마을 일기</a> ⑦</p>
<h2 class="title">{html.escape(T9)}</h2>
<p class="meta">글·사진 독고해슬 | 등록 2026년 12월 13일</p>
</div>
<div class="series-body">
{ps(B9)}
</div>
<div class="series-list"><h4>연재 목록</h4><ol><li>⑥ 등대지기의 마지막 겨울</li><li>⑤ 배 시간표가 달력인 마을</li></ol></div>
<div class="foot">솔섬신문 · 무단 전재 금지</div>
</body></html>"""
save("solseom_series_islanddiary_07.html", h9, {"note": "reporter's series page: `[연재] X의 Y ⑦` kicker above the headline (og:title and <title> carry only the series or the site), `글·사진 X | 등록 2026년 12월 13일`: title is the headline without the kicker, author X, date only",
 "article": art(T9, "독고해슬", "2026-12-13", "솔섬신문", ["연재 목록", "[연재] 독고해슬의 섬마을 일기", "등대지기의 마지막 겨울", "무단 전재 금지"])})

# 10 portal carrying another outlet ------------------------------------------
T10 = "지역 신용협동조합 연체율 5% 넘어…부동산 PF 부실 여파"
B10 = [
 "[새솔경제=사공재이 기자] 지역 신용협동조합의 연체율이 5%를 넘어서며 건전성 관리에 비상이 걸렸다.",
 "신협중앙회가 14일 공개한 3분기 경영 공시에 따르면 전국 신협의 평균 연체율은 5.12%로 1년 전보다 1.7%포인트 올랐다.",
 "부동산 프로젝트파이낸싱 관련 공동대출에서 부실이 커진 영향이 컸다.",
 "금융당국은 연체율이 10%를 넘는 조합 20여 곳에 대해 현장 점검에 나설 예정이다.",
 "업계에서는 부실 채권 매각 창구를 넓혀야 한다는 목소리가 나온다.",
]
h10 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>모아봄 뉴스</title>
<meta property="og:site_name" content="모아봄 뉴스">
<meta property="og:title" content="{html.escape(T10)}">
<meta name="twitter:creator" content="새솔경제">
<meta property="article:published_time" content="2026-12-14T01:30:00Z">
</head><body>
<div class="portal-gnb"><a href="/">모아봄 뉴스</a> <a>홈</a> <a>경제</a> <a>연예</a> <a>스포츠</a> <a>로그인</a></div>
<div class="press"><img src="/press/saesol.png" alt="새솔경제"> <a href="/press/saesol">구독</a></div>
<h2 class="end_tit">{html.escape(T10)}</h2>
<div class="info"><span>입력 2026.12.14. 오전 10:30</span> <span>수정 2026.12.14. 오후 3:10</span> <a href="https://www.saesoleco.kr/news/20261214-55">기사원문</a></div>
<div id="articleBodyContents">
{ps(B10)}
<p>sagong.jaei@saesoleco.kr</p>
</div>
<div class="reaction">좋아요 12 훈훈해요 0 슬퍼요 3 화나요 5</div>
<div class="press-more"><h4>새솔경제 주요 뉴스</h4><a>카드 대출 금리 일제히 인상</a></div>
<div class="portal-foot">모아봄 뉴스는 뉴스 제휴 언론사의 기사를 제공합니다. © 모아봄</div>
</body></html>"""
save("moabom_read_saesol_20261214_55.html", h10, {"note": "portal (모아봄 뉴스) carrying 새솔경제: <title> and og:site_name the portal, press logo alt, twitter:creator and 기사원문 the original; UTC published_time; `[매체=X 기자]` lede, bare e-mail last line; 입력 오전 10:30 not 수정",
 "article": art(T10, "사공재이", "2026-12-14T10:30:00+09:00", "새솔경제", ["좋아요 12", "주요 뉴스", "뉴스 제휴 언론사", "기사원문"], "sagong.jaei@saesoleco.kr")})

# 11 browser text dump, byline at the end ------------------------------------
T11 = "초등 돌봄교실 대기 아동 1천여 명…학부모 '방학이 더 걱정'"
B11 = [
 "겨울방학을 앞두고 광주 지역 초등 돌봄교실에 들어가지 못한 대기 아동이 1천 명을 넘은 것으로 집계됐다.",
 "광주시교육청이 9일 낸 자료에 따르면 내년 1월 방학 돌봄 신청 아동은 8천430명으로 이 가운데 1천62명이 대기 중이다.",
 "교실과 돌봄 전담사가 모자라 수요를 따라가지 못한다는 것이 교육청의 설명이다.",
 "맞벌이 학부모 주아름 씨는 \"학기 중에는 학원으로 버텼지만 방학에는 점심부터 걱정\"이라고 말했다.",
 "교육청은 지역아동센터와 도서관을 연계한 임시 돌봄 공간 30곳을 추가로 마련하겠다고 밝혔다.",
 "전담사 노조는 인력 충원 없이 공간만 늘리면 안전사고 위험이 커진다고 지적했다.",
]
t11 = "\n".join([
 "본문 바로가기", "로그인 | 회원가입 | 구독신청", "무돌데일리", "전체기사  정치  경제  사회  교육  문화  스포츠  오피니언",
 "교육", "", T11, "", "2026-12-09 오후 2:35", "", "가 가 | 인쇄 | 스크랩 | 공유", "",
 "\n\n".join(B11), "", "국보늬 기자 guk.bonui@mudol.kr", "",
 "<저작권자 © 무돌데일리, 무단 전재 및 재배포 금지>", "", "관련기사", "· 방과후 강사 계약 방식 바꾼다", "· 늘봄학교 참여율 지역별 격차", "",
 "가장 많이 본 기사", "1 무등산 탐방로 일부 통제", "2 첨단지구 상가 공실 늘어", "",
 "회사소개 | 광고안내 | 개인정보처리방침 | 청소년보호정책", "무돌데일리 | 광주광역시 동구 | 등록일 2014.03.02 | Copyright © 무돌데일리", ""])
save("mudol_20261209_dolbom.txt", t11, {"note": "browser text dump: skip link, login, outlet, menu, section word, headline, `2026-12-09 오후 2:35` with no 입력 label, tool line, byline `X 기자 e-mail` only after the body, copyright, related, most-read, footer 등록일 2014: 14:35 from 오후, author from the end byline",
 "article": art(T11, "국보늬", "2026-12-09T14:35:00+09:00", "무돌데일리", ["본문 바로가기", "관련기사", "가장 많이 본 기사", "개인정보처리방침", "가 가 | 인쇄"], "guk.bonui@mudol.kr")})

# 12 reader-app text dump -----------------------------------------------------
T12 = "폐교 활용 캠핑장, 겨울 비수기에도 예약 꽉 찼다"
B12 = [
 "강원 홍천의 한 폐교를 고쳐 만든 마을 캠핑장이 겨울 비수기에도 주말 예약이 모두 찼다.",
 "2019년 학생 수 감소로 문을 닫은 옛 분교 건물은 마을 주민 20여 명이 세운 영농조합이 군에서 빌려 2년 전 캠핑장으로 바꿨다.",
 "교실은 난방이 되는 실내 캠핑 공간으로, 운동장은 텐트 사이트로 쓰인다.",
 "겨울에는 마을 부녀회가 차리는 조식과 썰매장 체험이 인기를 끌며 12월 주말 예약이 한 달 전에 마감됐다.",
 "영농조합 사무장 맹사랑 씨는 \"수익의 일부를 마을 어르신 난방비로 쓰고 있다\"고 설명했다.",
 "군은 다른 폐교 두 곳도 비슷한 방식으로 활용할 주민 단체를 내년 상반기에 공모할 계획이다.",
]
t12 = "\n".join([
 "읽기 모드", "─────────────", T12, "", "산골소리 · 강원", "등록 2026년 12월 12일", "예상 읽기 시간 3분", "",
 "글 좌은별 객원기자", "", "\n\n".join(B12), "", "─────────────", "원문 보기: https://www.sangolsori.kr/news/7781",
 "이 글을 저장한 날: 2026년 12월 14일", "하이라이트 0개 · 메모 0개", "", "추천 글", "· 화천 산천어 축제 준비 한창", "· 인제 자작나무숲 겨울 탐방 안내", ""])
save("readlater_sangolsori_7781.txt", t12, {"note": "reader-app text dump: `읽기 모드`, headline, `매체 · 강원`, `등록 2026년 12월 12일`, reading time, `글 X 객원기자`, body, 원문 보기 link, saved date two days later, highlights line, recommended list: date from 등록 not the saved date, author without 객원기자",
 "article": art(T12, "좌은별", "2026-12-12", "산골소리", ["읽기 모드", "예상 읽기 시간", "원문 보기", "이 글을 저장한 날", "하이라이트 0개", "추천 글"])})

# check -----------------------------------------------------------------------
bad = 0
for name, (g, enc) in GOLD.items():
    text = open(os.path.join(P, name), "rb").read().decode(enc)
    plain = html.unescape(text)
    a = g["article"]
    for k in ("title", "outlet", "author_email"):
        if k in a and a[k] not in plain: print("MISSING", name, k, a[k]); bad += 1
    for au in a["author"].split(", "):
        if au not in plain: print("MISSING", name, "author", au); bad += 1
    for s in a["body_must_not_contain"]:
        if s not in plain: print("MISSING", name, "bmnc", s); bad += 1
    if not g.get("note"): print("NO NOTE", name); bad += 1
print("checked", len(GOLD), "bad", bad)
