# Builds pages/ and gold/ of ko-meta-heldout55 (stdlib only) and checks gold strings against the decoded pages.
import json, os, sys
from html import escape

sys.path.insert(0, os.path.dirname(__file__))
import texts as T

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
out = []  # (file name, content str, encoding, gold article, note)


def ps(paras, tag="p"):
    return "\n".join(f"<{tag}>{escape(p, quote=False)}</{tag}>" for p in paras)


def add(name, content, art, note, enc="utf-8"):
    art = dict(art)
    art.setdefault("language", "ko")
    out.append((name, content, enc, art, note))


# 1. print edition line, 선임기자, 등록 with seconds, og + JSON-LD that agree
t1 = "산골 빈집 5년 새 두 배…철거냐 리모델링이냐 기로에 선 군청"
ld1 = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t1,
                  "datePublished": "2026-12-07T05:00:11+09:00", "dateModified": "2026-12-07T09:12:40+09:00",
                  "author": {"@type": "Person", "name": "어태경"},
                  "publisher": {"@type": "Organization", "name": "윤슬마루일보"}}, ensure_ascii=False)
p1 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t1} - 윤슬마루일보</title>
<meta property="og:title" content="{t1}">
<meta property="og:site_name" content="윤슬마루일보">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-07T05:00:11+09:00">
<meta property="og:url" content="https://www.yunseulmaru.co.kr/news/articleView.html?idxno=208417">
<script type="application/ld+json">{ld1}</script>
</head><body>
<header class="gnb"><a href="/" class="logo"><img src="/img/logo.png" alt="윤슬마루일보"></a>
<ul class="menu"><li>정치</li><li>경제</li><li>사회</li><li>지역</li><li>오피니언</li></ul></header>
<div class="path">홈 &gt; 지역 &gt; 경북</div>
<article class="news-view">
<h1 class="headline">{t1}</h1>
<h2 class="sub">지붕 내려앉은 집 절반 넘어…소유주 연락 안 닿아 정비 더뎌</h2>
<div class="info"><span class="byline">어태경 선임기자</span> <span class="date">등록 2026-12-07 05:00:11</span> <span class="date">수정 2026-12-07 09:12:40</span></div>
<div class="paper-line">[A12면] 2026년 12월 7일자 지면기사</div>
<div class="tools">공유하기 | 스크랩 | 인쇄 | 글자크기</div>
<div id="article-body">
{ps(T.PRINT)}
<p class="writer">어태경 선임기자 tgeo@yunseulmaru.co.kr</p>
</div>
<div class="copy">저작권자 © 윤슬마루일보 무단전재 및 재배포 금지</div>
<div class="tags">#빈집 #경북 #농촌</div>
<section class="related"><h3>이 기사와 함께 많이 본 뉴스</h3><ul><li>청송 사과 농가 일손 부족 올해도</li><li>울진 해안 침식 복구 예산 확보</li></ul></section>
</article>
<footer>윤슬마루일보 | 대구광역시 중구 | 등록번호 대구 아00231 | Copyright © 2026 윤슬마루일보. All rights reserved.</footer>
</body></html>
"""
add("yunseulmaru_articleView_208417.html", p1,
    {"title": t1, "author": "어태경", "author_email": "tgeo@yunseulmaru.co.kr", "published": "2026-12-07T05:00:11+09:00",
     "outlet": "윤슬마루일보",
     "body_must_not_contain": ["[A12면] 2026년 12월 7일자 지면기사", "공유하기 | 스크랩", "저작권자 © 윤슬마루일보",
                               "이 기사와 함께 많이 본 뉴스", "청송 사과 농가 일손 부족", "#빈집 #경북"]},
    "CMS with og/JSON-LD that agree; h2 subtitle; `X 선임기자` and `등록 2026-12-07 05:00:11`/`수정`; print-edition line `[A12면] 2026년 12월 7일자 지면기사` above the text; end byline with e-mail; tags, related, footer")

# 2. reader comments below the article, 객원기자, 기사입력 yyyy/mm/dd, site-wide og:description
t2 = "순천만에 흑두루미 돌아왔다…겨울 철새 탐조 축제 개막"
p2 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t2} &lt; 지역 &lt; 기사본문 - 물꼬뉴스</title>
<meta name="description" content="물꼬뉴스는 남도의 오늘을 가장 먼저 전하는 지역 종합 인터넷 신문입니다.">
<meta property="og:description" content="물꼬뉴스는 남도의 오늘을 가장 먼저 전하는 지역 종합 인터넷 신문입니다.">
<meta property="og:title" content="{t2}">
<meta property="og:site_name" content="물꼬뉴스">
</head><body>
<div id="top"><a href="/"><img src="/logo.gif" alt="물꼬뉴스"></a> <span>로그인 | 회원가입</span></div>
<div class="article-head">
<p class="section">지역</p>
<h3 class="title">{t2}</h3>
<ul class="meta"><li>채서린 객원기자</li><li>기사입력 2026/12/08 14:20</li><li>조회수 1,204</li></ul>
</div>
<div class="article-text">
{ps(T.COMMENTS)}
</div>
<p class="byline-end">채서린 객원기자 srchae@mulkkonews.kr</p>
<div class="copyright">ⓒ 물꼬뉴스(https://www.mulkkonews.kr) 무단전재·재배포 금지</div>
<section id="comments">
<h4>독자 댓글 3개</h4>
<div class="comment-write">로그인 후 댓글을 남길 수 있습니다.</div>
<ul class="comment-list">
<li><span class="nick">갯벌산책</span><span class="cdate">2026-12-08 15:02</span><p>작년에 다녀왔는데 흑두루미 소리가 정말 장관이었어요. 올해도 가봐야겠네요.</p><span>추천 12 · 비추천 0</span></li>
<li><span class="nick">남도여행자</span><span class="cdate">2026-12-08 16:40</span><p>셔틀 운행 시간도 알려주시면 좋겠습니다.</p><span>추천 5 · 비추천 1</span></li>
<li><span class="nick">새보는아빠</span><span class="cdate">2026-12-08 18:11</span><p>아이랑 사전 예약했습니다. 망원경 대여도 되는지 궁금하네요.</p><span>추천 3 · 비추천 0</span></li>
</ul>
<a class="more">댓글 더보기</a>
</section>
<div class="popular"><h4>많이 본 기사</h4><ol><li>여수 밤바다 불꽃축제 취소</li><li>광양 제철소 협력업체 임금 체불</li></ol></div>
<footer>물꼬뉴스 | 전라남도 순천시 | 청소년보호책임자 | Copyright 2026 물꼬뉴스</footer>
</body></html>
"""
add("mulkkonews_view_20261208_4410.html", p2,
    {"title": t2, "author": "채서린", "author_email": "srchae@mulkkonews.kr", "published": "2026-12-08T14:20:00+09:00",
     "outlet": "물꼬뉴스",
     "body_must_not_contain": ["독자 댓글 3개", "로그인 후 댓글을 남길 수 있습니다", "흑두루미 소리가 정말 장관이었어요",
                               "셔틀 운행 시간도 알려주시면", "추천 12", "댓글 더보기", "많이 본 기사", "ⓒ 물꼬뉴스",
                               "남도의 오늘을 가장 먼저"]},
    "CMS with a reader-comments section (nicknames, comment dates, texts, 추천 counts) below the article; `<title>` `headline < section < 기사본문 - 매체`; site-wide og:description; `X 객원기자`, `기사입력 2026/12/08 14:20`; end byline with e-mail")

# 3. live coverage, X·Y 기자 (e-mail), 승인, timed entries
t3 = "[실시간] 서울 동북권·경기 북부 대설경보…출근길 곳곳 통제"
entries = "\n".join(f'<div class="live-entry"><span class="time">{tm}</span><p>{escape(tx, quote=False)}</p></div>'
                    for tm, tx in T.LIVE)
p3 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t3} | 해울림뉴스</title>
<meta property="og:title" content="{t3}">
<meta property="og:site_name" content="해울림뉴스">
<meta property="article:published_time" content="2026-12-09T06:20:00+09:00">
</head><body>
<nav class="top">해울림뉴스 · 전체메뉴 · 검색</nav>
<main>
<div class="live-badge">LIVE 업데이트 중</div>
<h1>{t3}</h1>
<div class="byline">범승호·맹다은 기자 (shbeom@haeullimnews.co.kr)</div>
<div class="dates">승인 2026.12.09 06:20 | 최종 업데이트 2026.12.09 10:15</div>
<div class="live-note">이 페이지는 새 소식이 들어오는 대로 갱신됩니다. 새로고침을 눌러 주세요.</div>
<div class="live-feed">
{entries}
</div>
</main>
<aside class="banner">해울림뉴스 앱에서 속보 알림 받기</aside>
<footer>해울림뉴스 | 서울특별시 마포구 | © 2026 해울림뉴스 All rights reserved.</footer>
</body></html>
"""
add("haeullimnews_live_20261209_snow.html", p3,
    {"title": t3, "author": "범승호, 맹다은", "author_email": "shbeom@haeullimnews.co.kr",
     "published": "2026-12-09T06:20:00+09:00", "outlet": "해울림뉴스",
     "body_must_not_contain": ["LIVE 업데이트 중", "이 페이지는 새 소식이 들어오는 대로", "앱에서 속보 알림 받기",
                               "최종 업데이트 2026.12.09 10:15", "전체메뉴"]},
    "live-coverage page: `[실시간]` headline (title keeps the label as shown), `X·Y 기자 (e-mail)` (gold `X, Y`, the one e-mail), `승인 2026.12.09 06:20 | 최종 업데이트`, timed entries 06:10…10:15 as the text, refresh note, app banner")

# 4. card news, 글·사진 X 기자, 2026.12.10. 오후 2:20, no og/JSON-LD
t4 = "[카드뉴스] 난방비 아끼는 겨울 습관 5가지"
slides = "\n".join(f'<div class="slide"><img src="/card/20261210/{n}.jpg" alt="카드뉴스 {n}"><p class="slide-text">{escape(tx, quote=False)}</p></div>'
                   for n, tx in T.CARD)
p4 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>마실온</title>
</head><body>
<div class="hd"><a href="/"><img src="/images/masilon_logo.svg" alt="마실온"></a></div>
<div class="cate">카드뉴스 &gt; 생활</div>
<div class="view-top">
<h2 class="tit">{t4}</h2>
<p class="info">글·사진 사민솔 기자 <span>2026.12.10. 오후 2:20</span></p>
</div>
<div class="card-wrap">
{slides}
<p class="slide-count">1 / 6 ◀ ▶</p>
</div>
<div class="sns">카카오톡 공유 · 페이스북 · 링크 복사</div>
<p class="copy">Copyright ⓒ 마실온. 무단 전재 및 재배포 금지</p>
<div class="morecard"><h4>다른 카드뉴스</h4><ul><li>[카드뉴스] 겨울철 수도관 동파 예방법</li><li>[카드뉴스] 연말정산 미리보기</li></ul></div>
<footer>마실온 | 세종특별자치시 | 대표전화 044-000-0000</footer>
</body></html>
"""
add("masilon_cardnews_20261210_112.html", p4,
    {"title": t4, "author": "사민솔", "published": "2026-12-10T14:20:00+09:00", "outlet": "마실온",
     "body_must_not_contain": ["1 / 6 ◀ ▶", "카카오톡 공유", "Copyright ⓒ 마실온", "다른 카드뉴스",
                               "겨울철 수도관 동파 예방법", "카드뉴스 &gt; 생활", "대표전화"]},
    "card-news page, no og/JSON-LD, `<title>` only the outlet: `[카드뉴스]` h2 headline, `글·사진 X 기자 2026.12.10. 오후 2:20`, slide texts under images as the article, slide counter, share line, other card news")

# 5. 속보, no byline, short text, update line after the text
t5 = "[속보] 한은, 기준금리 연 2.50% 동결…두 차례 연속"
p5 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t5} - 도담경제</title>
<meta property="og:title" content="{t5}">
<meta property="og:site_name" content="도담경제">
<meta name="description" content="{escape(T.BREAKING[0])}">
</head><body>
<div class="header">도담경제 · 증권 · 금융 · 부동산 · 산업</div>
<div class="article">
<h1>{t5}</h1>
<div class="date">입력 2026-12-11 10:04</div>
<div class="body">
{ps(T.BREAKING)}
</div>
<p class="updated">※ 이 기사는 2026-12-11 10:37 내용이 추가돼 업데이트됐습니다.</p>
<div class="copyright">© 도담경제, 무단 전재 및 재배포 금지</div>
</div>
<div class="ranking"><b>실시간 인기</b> 1. 코스피 장중 2%대 반등 2. 원·달러 환율 하락 출발</div>
</body></html>
"""
add("dodamecon_breaking_20261211_1004.html", p5,
    {"title": t5, "author": None, "published": "2026-12-11T10:04:00+09:00", "outlet": "도담경제",
     "body_must_not_contain": ["이 기사는 2026-12-11 10:37 내용이 추가돼", "© 도담경제", "실시간 인기",
                               "코스피 장중 2%대 반등"]},
    "`[속보]` page: short text, no byline (author null), `입력 2026-12-11 10:04`, an update line `※ 이 기사는 … 10:37 … 업데이트됐습니다` after the text; og:title, description = lede")

# 6. EUC-KR series page, 특파원, series box, 2010 copyright, no og
t6 = "지하 열수로 난방하는 리옹 아파트…가스 보일러 걷어낸 두 번째 겨울"
p6 = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>엿보리신문 :: 국제</title>
<meta name="copyright" content="Copyright (c) 2010 엿보리신문">
</head><body>
<table width="980"><tr><td><img src="/img/top_logo.gif" alt="엿보리신문"></td></tr></table>
<table width="980"><tr><td class="series-box">
<b>연재 : 유럽의 겨울, 에너지 전환 현장</b><br>
① 덴마크 마을 난방조합의 30년<br>
② 지하 열수로 난방하는 리옹 아파트<br>
③ 독일 북부 풍력 잉여전력 난방 (예정)
</td></tr>
<tr><td class="view_title"><font size="5"><b>{t6}</b></font></td></tr>
<tr><td class="view_info">파리=사공경민 특파원 | kmsagong@yeotbori.co.kr | 기사입력 2026-12-12 08:30</td></tr>
<tr><td class="view_body">
{"<br><br>".join(escape(p, quote=False) for p in T.SERIES)}
</td></tr>
<tr><td class="btns">[이전 회 보기] [목록] [인쇄] [메일]</td></tr>
</table>
<table width="980"><tr><td class="foot">Copyright (c) 2010 엿보리신문. All rights reserved. 무단전재 금지</td></tr></table>
</body></html>
"""
add("yeotbori_series_view_20261212_0830.html", p6,
    {"title": t6, "author": "사공경민", "author_email": "kmsagong@yeotbori.co.kr", "published": "2026-12-12T08:30:00+09:00",
     "outlet": "엿보리신문",
     "body_must_not_contain": ["연재 : 유럽의 겨울, 에너지 전환 현장", "덴마크 마을 난방조합의 30년", "독일 북부 풍력 잉여전력 난방 (예정)",
                               "[이전 회 보기]", "Copyright (c) 2010 엿보리신문"]},
    "EUC-KR table page with a charset meta, no og: series box `연재 : …` listing episodes ① ② ③ above the headline; `<title>` `매체 :: 국제`; `파리=X 특파원 | e-mail | 기사입력 2026-12-12 08:30`; `<br><br>` body; 2010 copyright meta", enc="euc-kr")

# 7. byline in <address>, og:title with a label the page does not show
t7 = "대전시의회, 트램 홍보예산 12억 전액 삭감…\"개통도 안 정해졌는데\""
ld7 = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "[단독] " + t7,
                  "datePublished": "2026-12-14T17:45:00+09:00", "publisher": {"@type": "Organization", "name": "잔솔가지뉴스"}},
                 ensure_ascii=False)
p7 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>[단독] {escape(t7)} : 잔솔가지뉴스</title>
<meta property="og:title" content="[단독] {escape(t7)}">
<meta property="og:site_name" content="잔솔가지뉴스">
<script type="application/ld+json">{ld7}</script>
</head><body>
<header><a class="brand" href="/">잔솔가지뉴스</a><nav>정치 | 행정 | 교육 | 문화</nav></header>
<article>
<header class="article-header">
<p class="kicker">대전 · 행정</p>
<h1>{escape(t7, quote=False)}</h1>
<address class="author"><a rel="author" href="/reporter/hayulpi">피하율 기자</a> <a href="mailto:hayulpi@jansolgaji.com">hayulpi@jansolgaji.com</a></address>
<time datetime="2026-12-14T17:45:00+09:00">2026.12.14 17:45</time>
</header>
<div class="article-body">
{ps(T.ADDRESS)}
</div>
<aside class="reporter-more">피하율 기자의 다른 기사 보기</aside>
<p class="copyright">Copyright © 잔솔가지뉴스. 무단전재-재배포, AI 학습 및 활용 금지</p>
</article>
<footer>잔솔가지뉴스 | 대전광역시 서구 | 발행·편집인</footer>
</body></html>
"""
add("jansolgaji_article_20261214_7781.html", p7,
    {"title": t7, "author": "피하율", "author_email": "hayulpi@jansolgaji.com", "published": "2026-12-14T17:45:00+09:00",
     "outlet": "잔솔가지뉴스",
     "body_must_not_contain": ["피하율 기자의 다른 기사 보기", "Copyright © 잔솔가지뉴스", "AI 학습 및 활용 금지", "대전 · 행정"]},
    "HTML5 article whose byline and mailto are in an `<address>` element; `<time datetime>`; og:title, `<title>` and JSON-LD headline carry `[단독]` the page's h1 does not show (title without it); kicker line")

# 8. two reporters, e-mails only in a footer box
t8 = "전세사기 피해자 경매 낙찰 대출 한도 5억으로…거주 기간 12년까지"
p8 = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{t8} | 보드레일보</title>
<meta property="og:title" content="{t8}">
<meta property="og:site_name" content="보드레일보">
<meta property="article:published_time" content="2026-12-15T11:00:00+09:00">
<meta property="article:modified_time" content="2026-12-15T15:32:00+09:00">
</head><body>
<div class="gnb">보드레일보 | 구독신청 | 지면보기</div>
<div class="art_head">
<span class="sec">경제 · 부동산</span>
<h2 class="art_tit">{t8}</h2>
<div class="art_info">옥본찬·은아린 기자 <em>입력 2026.12.15 11:00</em> <em>수정 2026.12.15 15:32</em></div>
</div>
<div class="art_txt">
{ps(T.FOOTER)}
</div>
<div class="reporter-box">
<h4>기자 정보</h4>
<ul><li>옥본찬 기자 <a href="mailto:bcok@bodeureilbo.com">bcok@bodeureilbo.com</a> 기자 구독</li>
<li>은아린 기자 <a href="mailto:arineun@bodeureilbo.com">arineun@bodeureilbo.com</a> 기자 구독</li></ul>
</div>
<div class="copyright">저작권자 © 보드레일보 무단전재 및 재배포 금지</div>
<footer>보드레일보 | 서울특별시 중구 | 1588-0000</footer>
</body></html>
"""
add("bodeureilbo_article_20261215_0321.html", p8,
    {"title": t8, "author": "옥본찬, 은아린", "author_email": "bcok@bodeureilbo.com", "published": "2026-12-15T11:00:00+09:00",
     "outlet": "보드레일보",
     "body_must_not_contain": ["기자 정보", "기자 구독", "저작권자 © 보드레일보", "구독신청 | 지면보기"]},
    "CMS with `X·Y 기자 입력 … 수정 …` and no e-mail in the byline; both reporters' e-mails only in a `기자 정보` box after the text (gold the first reporter's); og published/modified times agree with 입력/수정")

# 9. browser Save as (.htm), byline only at the end, old footer year
t9 = "광주 도시철도 2호선 첫차 출발…시청~백운광장 17㎞"
p9 = f"""<!DOCTYPE html>
<!-- saved from url=(0067)https://www.yeoubyeolnews.co.kr/news/articleView.html?idxno=88120 -->
<html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{t9} - 여우별신문</title>
<link rel="stylesheet" href="./{t9[:8]} - 여우별신문_files/style.css">
<script src="./{t9[:8]} - 여우별신문_files/jquery.min.js.다운로드"></script>
<meta property="og:title" content="{t9} - 여우별신문">
<meta property="og:description" content="여우별신문 - 빛고을의 내일을 여는 정론지">
</head><body>
<div id="header"><img src="./{t9[:8]} - 여우별신문_files/logo.png" alt="여우별신문"> 전체기사 | 정치 | 사회 | 광주전남</div>
<iframe src="./{t9[:8]} - 여우별신문_files/ad_top.html" width="728" height="90"></iframe>
<div id="article-view">
<div class="article-title">{t9}</div>
<div class="info-text"><span>입력 2026.12.16 05:30</span> <span>업데이트 2026.12.16 08:02</span></div>
<div id="article-view-content-div">
{ps(T.SAVEAS)}
<p>소재헌 기자 jhso@yeoubyeolnews.co.kr</p>
</div>
<div class="view-copyright">&lt;저작권자 © 여우별신문, 무단 전재 및 재배포 금지&gt;</div>
<div class="share">페이스북 트위터 카카오스토리 URL복사</div>
</div>
<div id="footer">여우별신문 | 광주광역시 동구 | 등록일 2014.03.02 | Copyright © 2014 여우별신문</div>
</body></html>
"""
add("광주 도시철도 2호선 첫차 출발 - 여우별신문.htm", p9,
    {"title": t9, "author": "소재헌", "author_email": "jhso@yeoubyeolnews.co.kr", "published": "2026-12-16T05:30:00+09:00",
     "outlet": "여우별신문",
     "body_must_not_contain": ["저작권자 © 여우별신문", "페이스북 트위터 카카오스토리", "등록일 2014.03.02",
                               "빛고을의 내일을 여는 정론지"]},
    "browser `Save as` (.htm, Hangul file name): `saved from url` comment, `_files/` and `.다운로드` references, ad iframe; og:title with ` - 매체`, site-wide og:description; headline in a div; `입력 2026.12.16 05:30`/`업데이트`; byline with e-mail only as the body's last paragraph; footer 등록일 2014")

# 10. Firefox reader-view save
t10 = "고려 금속활자부터 목판까지…국립중앙박물관 '찍고 새기다' 특별전"
p10 = f"""<!DOCTYPE html>
<html><head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta name="viewport" content="width=device-width; user-scalable=0">
<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">
<title>{t10}</title>
</head>
<body class="light sans-serif loaded" dir="ltr">
<div class="container" style="--font-size: 20px; --content-width: 30em;">
<div class="header reader-header reader-show-element">
<a class="domain reader-domain" href="https://news.raontimes.kr/article/2026121709150">news.raontimes.kr</a>
<div class="domain-border"></div>
<h1 class="reader-title">{t10}</h1>
<div class="credits reader-credits">방지유 기자</div>
<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time" data-l10n-args='{{"range":"3분","rangePlural":"other"}}'>3분</div></div>
</div>
<hr>
<div class="content"><div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>
<p>라온타임스 | 입력 2026.12.17 09:15</p>
{ps(T.READER)}
<p>방지유 기자 jybang@raontimes.kr</p>
</div></div></div></div>
<div><div class="reader-message"></div></div>
</div>
</body></html>
"""
add("고려 금속활자부터 목판까지 특별전 - 읽기 모드.html", p10,
    {"title": t10, "author": "방지유", "author_email": "jybang@raontimes.kr", "published": "2026-12-17T09:15:00+09:00",
     "outlet": "라온타임스",
     "body_must_not_contain": ["news.raontimes.kr", "라온타임스 | 입력 2026.12.17 09:15"]},
    "Firefox reader-view save: aboutReader.css, `reader-domain` line `news.raontimes.kr`, reader-title, reader-credits `X 기자`, estimated reading time `3분`; outlet only in the kept `매체 | 입력 2026.12.17 09:15` line and the e-mail domain; end byline with e-mail")

# 11. news-app text dump, 2026.12.18. 오전 7:05
t11 = "독감 의심환자 일주일 새 두 배…유행주의보 발령"
app_body = "\n\n".join(T.APP)
p11 = f"""나린뉴스
전체 메뉴
사회 > 보건·복지

{t11}

2026.12.18. 오전 7:05
표성랑 기자
공유하기
글자 크기
북마크

{app_body}

표성랑 기자 srpyo@narinnews.com

좋아요 42
댓글 7
이 기사를 추천합니다

ⓒ 나린뉴스. 무단 전재-재배포 금지

많이 본 뉴스
1 어린이집 통학차량 안전점검 결과
2 수도권 아침 영하 12도
나린뉴스 앱 설정 | 알림 켜기
"""
add("narinnews_app_20261218.txt", p11,
    {"title": t11, "author": "표성랑", "author_email": "srpyo@narinnews.com", "published": "2026-12-18T07:05:00+09:00",
     "outlet": "나린뉴스",
     "body_must_not_contain": ["공유하기", "글자 크기", "북마크", "좋아요 42", "이 기사를 추천합니다", "ⓒ 나린뉴스",
                               "많이 본 뉴스", "알림 켜기"]},
    "text copied from a news app: outlet, `전체 메뉴`, section path, headline, `2026.12.18. 오전 7:05`, `X 기자`, `공유하기`/`글자 크기`/`북마크` lines, text, end byline with e-mail, like/comment counts, copyright, most-read, app settings line")

# 12. blog repost with 출처 line, Posted on
t12 = "해맞이 인파 대비 동해안 해안도로 통제…셔틀버스 60대 운행"
blog_body = "\n\n".join(T.BLOG)
p12 = f"""달무리골 서재 | 여행·생활 기록
홈 | 카테고리 | 방명록

{t12}

Posted on 2026-12-28 by 달무리골지기
카테고리: 스크랩한 기사

새해 해돋이 보러 강릉 가실 분들 참고하세요. 기사 그대로 옮겨 둡니다.

{blog_body}

출처: 꽃가람일보 2026-12-28 제갈하람 기자 (haramjegal@kkotgaramilbo.co.kr)

태그: 해돋이, 강릉, 정동진, 새해
공감 18 · 댓글 2
이 블로그의 다른 글
- 정동진 겨울 바다 사진 모음
- 강릉 중앙시장 먹거리 정리
© 달무리골 서재. Powered by 블로그
"""
add("dalmurigol_repost_20261228_sunrise.txt", p12,
    {"title": t12, "author": "제갈하람", "author_email": "haramjegal@kkotgaramilbo.co.kr", "published": "2026-12-28",
     "outlet": "꽃가람일보",
     "body_must_not_contain": ["Posted on 2026-12-28", "카테고리: 스크랩한 기사", "기사 그대로 옮겨 둡니다",
                               "출처: 꽃가람일보", "태그: 해돋이", "공감 18", "이 블로그의 다른 글",
                               "Powered by 블로그", "방명록"]},
    "text copied from a blog that reposted the article: blog name and menu, headline, `Posted on 2026-12-28 by` blogger, category, blogger's intro line, article, source line `출처: 매체 2026-12-28 X 기자 (e-mail)` the only byline, tags, counts, other posts; outlet the original paper, not the blog")


def check():
    bad = 0
    for name, content, enc, art, note in out:
        raw = open(os.path.join(PAGES, name), "rb").read().decode(enc)
        from html import unescape
        txt = unescape(raw)
        for key in ("title", "author_email", "outlet"):
            v = art.get(key)
            if v and v not in txt:
                print("MISSING", name, key, v); bad += 1
        if art.get("author"):
            for a in art["author"].split(", "):
                if a not in txt:
                    print("MISSING author", name, a); bad += 1
        for b in art["body_must_not_contain"]:
            if b not in raw and b not in txt:
                print("MISSING boiler", name, b); bad += 1
        d = art["published"][:10]
        forms = [d, d.replace("-", "."), d.replace("-", "/"), f"{d[:4]}.{d[5:7]}.{d[8:10]}."]
        if not any(f in txt for f in forms):
            print("MISSING date", name, d); bad += 1
    print("check:", "ok" if not bad else f"{bad} problems")
    return bad


if __name__ == "__main__":
    os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for name, content, enc, art, note in out:
        with open(os.path.join(PAGES, name), "wb") as f:
            f.write(content.encode(enc))
        stem = name.rsplit(".", 1)[0]
        g = {"source": name, "article": art, "note": note}
        with open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    sys.exit(1 if check() else 0)
