# Builds pages/ and gold/ of ko-meta-heldout52 from texts.py (stdlib only).
import json, os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from texts import T
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES, GOLD = os.path.join(ROOT, "pages"), os.path.join(ROOT, "gold")
os.makedirs(PAGES, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
E = html.escape
def ps(key, tag="p"):
    return "\n".join(f"<{tag}>{E(p, quote=False)}</{tag}>" for p in T[key]["paras"])
OUT = []
def page(name, text, gold, note, enc="utf-8"):
    with open(os.path.join(PAGES, name), "wb") as f:
        f.write(text.encode(enc))
    g = {"source": name, "note": note, "article": dict(gold, language="ko")}
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    OUT.append((name, enc, g))

# 1. internet paper, two columns, right sidebar of 인기기사; site-wide description
k = T["neoulteo"]
side = ["[포토] 광교호수공원 얼음 분수 점등", "화성 동탄 아파트 관리비 분쟁 3년째", "용인 반도체 산단 보상 협의 난항", "수원FC 새 사령탑 선임 임박", "오산 전통시장 주차장 무료 개방"]
page("neoulteo_news_articleView_40218.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(k['title'])} - 너울터뉴스</title>
<meta name="description" content="경기 남부의 생활 뉴스, 너울터뉴스가 함께합니다">
<meta property="og:type" content="article">
<meta property="og:site_name" content="너울터뉴스">
<meta property="og:title" content="{E(k['title'])}">
<meta property="og:description" content="경기 남부의 생활 뉴스, 너울터뉴스가 함께합니다">
<meta property="article:published_time" content="2026-12-20T14:05:00+09:00">
<meta property="article:modified_time" content="2026-12-20T17:40:00+09:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{k['title']}","datePublished":"2026-12-20T14:05:00+09:00","dateModified":"2026-12-20T17:40:00+09:00","author":{{"@type":"Person","name":"견우담"}},"publisher":{{"@type":"Organization","name":"너울터뉴스"}}}}</script>
<link rel="stylesheet" href="/css/layout2col.css"></head>
<body>
<div id="top-bar"><a href="/member/login">로그인</a> | <a href="/member/join">회원가입</a> | <a href="/subscribe">구독신청</a></div>
<header id="header"><a href="/"><img src="/img/logo.png" alt="너울터뉴스"></a>
<nav><ul><li>정치</li><li>사회</li><li>경제</li><li>지역</li><li>오피니언</li></ul></nav></header>
<div id="wrap" class="two-col">
<div id="left-col">
<div class="breadcrumb">홈 &gt; 지역 &gt; 수원</div>
<div class="article-head">
<h1 class="headline">{E(k['title'])}</h1>
<h2 class="subhead">{E(k['sub'])}</h2>
<ul class="info"><li class="byline">견우담 객원기자</li><li>입력 2026.12.20 (일) 14:05</li><li>수정 2026.12.20 (일) 17:40</li><li>댓글 3</li></ul>
<div class="share"><a>페이스북 공유</a> <a>카카오톡 공유</a> <a>링크 복사</a> <a>기사 스크랩</a></div>
</div>
<div id="article-body">
{ps('neoulteo')}
</div>
<div class="copyright">저작권자 © 너울터뉴스 무단전재 및 재배포 금지</div>
<div class="tags">#수원바퀴 #공공자전거 #겨울철</div>
</div>
<aside id="right-col">
<div class="box popular"><h3>인기기사</h3><ol>
{chr(10).join(f'<li><a href="/news/articleView.html?idxno={40100+i}">{E(s)}</a></li>' for i, s in enumerate(side))}
</ol></div>
<div class="box banner"><a href="/ad/1"><img src="/ad/winter.jpg" alt="광고"></a></div>
</aside>
</div>
<footer>너울터뉴스 | 경기도 수원시 팔달구 | 등록번호 경기 아00000 | 발행·편집인 견우담 | Copyright © 2026 너울터뉴스. All rights reserved.</footer>
</body></html>
""", dict(title=k["title"], author="견우담", published="2026-12-20T14:05:00+09:00", outlet="너울터뉴스",
  body_must_not_contain=[k["sub"], "인기기사", side[1], side[3], "페이스북 공유", "무단전재 및 재배포 금지", "#수원바퀴", "등록번호"]),
 "internet paper in two columns (article left, right sidebar of 인기기사 and an ad); og and JSON-LD agree, meta description is the site-wide slogan; h2 subhead; `견우담 객원기자`, `입력 2026.12.20 (일) 14:05` / `수정`; tests author without 객원기자, 입력 not 수정, subhead and sidebar not body")

# 2. wire service
k = T["hanbaram"]
page("hanbaram_view_AKR20261221039500063.html", f"""<!doctype html>
<html lang="ko"><head><meta charset="UTF-8">
<title>{E(k['title'])} | 한바람통신</title>
<meta property="og:title" content="{E(k['title'])}">
<meta property="og:site_name" content="한바람통신">
<meta property="og:description" content="{E(k['paras'][0][:60])}">
<meta property="article:published_time" content="2026-12-21T09:30:00+09:00">
<meta name="byline" content="어승택">
</head><body>
<div class="gnb">한바람통신 | 뉴스 | 포토 | 영상 | 그래픽 | 전국 | 영문</div>
<div class="article-wrap">
<div class="section">전국 &gt; 대전·충남</div>
<h1 class="tit">{E(k['title'])}</h1>
<div class="info"><span class="date">등록 2026-12-21 09:30</span> <span class="upd">업데이트 2026-12-21 10:02</span></div>
<div class="tool">글자크기 조정 | 인쇄 | 공유</div>
<div class="story">
<div class="img"><img src="/photo/AKR20261221039500063_01.jpg"><p class="caption">대전 트램 시운전 차량 [대전시 제공. 재판매 및 DB 금지]</p></div>
{ps('hanbaram')}
<p>{k['email']}</p>
<p class="copy">&lt;저작권자(c) 한바람통신, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p>
<p class="sent">2026/12/21 09:30 송고</p>
</div>
<div class="related"><h3>관련 뉴스</h3><ul><li>대전 트램 차량 첫 반입…내년 시운전</li><li>세종~대전 광역버스 노선 조정</li></ul></div>
</div>
<footer>한바람통신 | 서울 종로구 | 대표전화 02-000-0000 | Copyright 한바람통신</footer>
</body></html>
""", dict(title=k["title"], author="어승택", author_email=k["email"], published="2026-12-21T09:30:00+09:00", outlet="한바람통신",
  body_must_not_contain=["재판매 및 DB 금지", "무단 전재-재배포", "2026/12/21 09:30 송고", "관련 뉴스", "글자크기 조정", "대표전화"]),
 "wire-service page: body opens `(대전=한바람통신) 어승택 기자 =`, bare e-mail line after the body, `<저작권자(c)…>` and `송고` lines, photo caption with `재판매 및 DB 금지`; `등록 2026-12-21 09:30` / `업데이트`; meta byline; tests author from the lede, e-mail, 등록 not 업데이트, wire furniture not body")

# 3. correction history line below the first date
k = T["seomgil"]
page("seomgil_news_view_20261221_7710.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>섬길일보</title>
<meta property="og:title" content="{E(k['title'])}">
<meta property="og:site_name" content="섬길일보">
<meta property="og:url" content="https://www.seomgil.kr/news/view/20261221_7710">
</head><body>
<div id="hd"><a href="/"><img src="/images/logo.gif" alt="섬길일보"></a> <span class="today">2026년 12월 21일 월요일</span></div>
<div id="menu">사회 | 경제 | 농수산 | 관광 | 오피니언</div>
<div class="view">
<div class="cate">농수산</div>
<h2 class="view-title">{E(k['title'])}</h2>
<div class="view-info">
<span class="writer">편다인 기자 {k['email']}</span>
<span class="date">입력 2026.12.21 07:40</span>
<div class="history">기사 수정 2026.12.21 09:10 (배정 인원 수치 정정)</div>
</div>
<div class="view-cont">
{ps('seomgil')}
</div>
<div class="view-btm">&lt;저작권자 © 섬길일보, 무단 전재 및 재배포 금지&gt;</div>
<div class="reply">댓글 0 | 로그인 후 댓글을 남길 수 있습니다</div>
</div>
<div id="ft">섬길일보 | 제주특별자치도 제주시 | 청소년보호책임자 편다인 | Copyright © 2026 섬길일보</div>
</body></html>
""", dict(title=k["title"], author="편다인", author_email=k["email"], published="2026-12-21T07:40:00+09:00", outlet="섬길일보",
  body_must_not_contain=["기사 수정 2026.12.21 09:10", "배정 인원 수치 정정", "무단 전재 및 재배포 금지", "로그인 후 댓글", "청소년보호책임자"]),
 "CMS page with a correction-history line `기사 수정 2026.12.21 09:10 (…정정)` below `입력 2026.12.21 07:40`; `<title>` is only the outlet, og:title the headline, no published meta; `편다인 기자 e-mail`; a masthead date line `2026년 12월 21일 월요일`; tests 입력 not the correction time, history line not body")

# 4. broadcaster with a video player and a transcript
k = T["kkotdeung"]
page("kkotdeung_news_NB20261219_0088.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(k['title'])} | 꽃등방송 뉴스</title>
<meta property="og:title" content="{E(k['title'])}">
<meta property="og:type" content="video.other">
<meta property="og:site_name" content="꽃등방송 뉴스">
<meta property="og:video" content="https://vod.kkotdeung.tv/news/NB20261219_0088.mp4">
<meta name="description" content="꽃등방송 뉴스 - 세상을 밝히는 뉴스">
</head><body>
<div class="gnb">꽃등방송 | 뉴스 | 시사교양 | 라디오 | 다시보기 | 편성표</div>
<div class="news-view">
<div class="program">뉴스데스크 &gt; 사회</div>
<h1>{E(k['title'])}</h1>
<div class="meta"><span class="reporter">소하결 기자</span> <span class="date">입력 2026.12.19. 오후 8:12</span> <span class="date">수정 2026.12.19. 오후 9:40</span></div>
<div class="player" data-vid="NB20261219_0088">
<div class="player-ui">동영상 재생 | 00:00 / 02:14 | 자막 켜기 | 화질 선택 | 전체 화면</div>
<p class="player-notice">광고 후 영상이 재생됩니다</p>
</div>
<div class="script">
{ps('kkotdeung')}
</div>
<div class="credit">영상취재: 엽태균 / 영상편집: 도해린</div>
<div class="jebo">꽃등방송 제보하기 ▷ 전화 02-000-0000 ▷ 카카오톡 '꽃등제보'</div>
<div class="copy">Copyright ⓒ 꽃등방송. 무단 전재 및 재배포, AI 학습 이용 금지</div>
</div>
<footer>꽃등방송 | 서울 마포구 | Copyright ⓒ 2026 Kkotdeung Broadcasting</footer>
</body></html>
""", dict(title=k["title"], author="소하결", published="2026-12-19T20:12:00+09:00", outlet="꽃등방송",
  body_must_not_contain=["동영상 재생", "자막 켜기", "광고 후 영상이 재생됩니다", "영상취재: 엽태균", "꽃등방송 제보하기", "AI 학습 이용 금지"]),
 "broadcaster's page: video player block (controls text, ad notice) above a transcript with [앵커]/[기자]/[인터뷰] marks and a sign-off `꽃등방송 소하결입니다.`; og:site_name `꽃등방송 뉴스`, site-wide description; `입력 2026.12.19. 오후 8:12` / `수정 … 오후 9:40`; tests outlet without ` 뉴스`, 20:12 from 오후, player, credits and 제보 not body")

# 5. photo gallery slideshow with numbered captions above the body
k = T["ttipul"]
caps = ["순천만 갈대밭 위로 흑두루미 무리가 날아오르고 있다.", "해 뜨기 전 잠자리에서 깨어난 흑두루미들.", "볏짚을 남겨 둔 농경지에서 먹이를 찾는 흑두루미.", "자원봉사자들이 구역별로 개체 수를 세고 있다."]
page("ttipul_gallery_view_51873.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>띠풀신문 :: {E(k['title'])}</title>
<meta property="og:title" content="{E(k['title'])}">
<meta property="og:site_name" content="띠풀신문">
<meta property="og:image" content="https://www.ttipul.kr/photo/51873_1.jpg">
</head><body>
<div class="top">띠풀신문 | 전남·광주 | 지면보기 | 구독</div>
<div class="article">
<p class="kicker">환경</p>
<h1>{E(k['title'])}</h1>
<p class="byline">글·사진=육서하 기자 <span class="date">승인 2026.12.19 16:30</span></p>
<div class="gallery slideshow">
<button class="prev">이전 사진</button>
{chr(10).join(f'<figure><img src="/photo/51873_{i+1}.jpg" alt=""><figcaption><span class="num">{i+1} / 4</span> {E(c)}</figcaption></figure>' for i, c in enumerate(caps))}
<button class="next">다음 사진</button>
<p class="auto">자동 재생 ▶</p>
</div>
<div class="body">
{ps('ttipul')}
</div>
<p class="copy">ⓒ 띠풀신문 무단전재·재배포 금지</p>
</div>
<div class="more-photo">포토뉴스 더보기 | 섬진강 재첩잡이 | 여수 밤바다 빛축제</div>
<footer>띠풀신문 | 전라남도 순천시 | Copyright © 2026 띠풀신문 All rights reserved.</footer>
</body></html>
""", dict(title=k["title"], author="육서하", published="2026-12-19T16:30:00+09:00", outlet="띠풀신문",
  body_must_not_contain=["이전 사진", "다음 사진", "1 / 4", caps[1], "자동 재생", "포토뉴스 더보기", "무단전재·재배포 금지"]),
 "photo gallery page: a slideshow of four figures with numbered captions `1 / 4` … and prev/next/autoplay buttons above the body; `글·사진=육서하 기자`, `승인 2026.12.19 16:30`; `<title>` `매체 :: headline`; tests author without 글·사진=, 승인 as published, gallery and captions not body")

# 6. AMP page, og:title with a label the page does not show
k = T["gubigang"]
page("gubigang_amp_article_20261218_8824.html", f"""<!doctype html>
<html amp lang="ko"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>[르포] {E(k['title'])} - 굽이강신문</title>
<link rel="canonical" href="https://www.gubigang.com/article/20261218_8824">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="[르포] {E(k['title'])}">
<meta property="og:site_name" content="굽이강신문">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"[르포] {k['title']}","datePublished":"2026-12-18T21:10:00+09:00","dateModified":"2026-12-19T06:00:00+09:00","author":[{{"@type":"Person","name":"궉민소 특파원"}}],"publisher":{{"@type":"Organization","name":"굽이강신문"}}}}</script>
<style amp-custom>.hd{{font-size:20px}}</style>
</head><body>
<header class="amp-hd"><a href="/">굽이강신문</a> <span>국제</span></header>
<article>
<h1 class="hd">{E(k['title'])}</h1>
<div class="by">도쿄=궉민소 특파원 · 입력 2026-12-18 21:10 · 수정 2026-12-19 06:00</div>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="kakaotalk"></amp-social-share>
<amp-img src="/photo/8824.jpg" width="640" height="400" layout="responsive" alt="신오쿠보 거리"></amp-img>
<p class="cap">18일 오후 일본 도쿄 신오쿠보 거리 ⓒ굽이강신문</p>
{ps('gubigang')}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/gubigang/amp_mid"></amp-ad>
<p class="cr">ⓒ 굽이강신문, 무단 전재 및 재배포 금지</p>
<a class="full" href="https://www.gubigang.com/article/20261218_8824">전체 기사 보기</a>
</article>
<amp-analytics type="gtag"><script type="application/json">{{"vars":{{"gtag_id":"G-GUBIGANG"}}}}</script></amp-analytics>
</body></html>
""", dict(title=k["title"], author="궉민소", published="2026-12-18T21:10:00+09:00", outlet="굽이강신문",
  body_must_not_contain=["[르포]", "ⓒ굽이강신문", "무단 전재 및 재배포 금지", "전체 기사 보기", "G-GUBIGANG"]),
 "AMP page (`<html amp>`): og:title, `<title>` and JSON-LD headline carry a `[르포]` label the h1 does not show; JSON-LD author `궉민소 특파원`; `도쿄=궉민소 특파원 · 입력 2026-12-18 21:10 · 수정`; `[도쿄=굽이강신문] 궉민소 특파원 =` lede; tests title as shown (no label), author without dateline and 특파원, 입력 not 수정, AMP scaffolding not body")

# 7. print view, EUC-KR with charset meta
k = T["solssi"]
page("solssi_print_php_idxno_30917.html", f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>인쇄하기</title>
<script>function doPrint(){{window.print();}}</script>
</head><body onload="doPrint()">
<table width="640"><tr><td><img src="/image/print_logo.gif" alt="솔씨경제"></td>
<td align="right"><a href="javascript:doPrint()">[인쇄하기]</a> <a href="javascript:window.close()">[창닫기]</a></td></tr></table>
<hr>
<p><b>{E(k['title'])}</b></p>
<p>옥태성 선임기자 {k['email']} | 발행일 2026년 12월 17일</p>
<hr>
{ps('solssi')}
<hr>
<p>출처 : 솔씨경제 (http://www.solssi.kr/news/articleView.html?idxno=30917)</p>
<p>Copyright ⓒ 솔씨경제. 무단전재 및 재배포금지</p>
</body></html>
""", dict(title=k["title"], author="옥태성", author_email=k["email"], published="2026-12-17", outlet="솔씨경제",
  body_must_not_contain=["[인쇄하기]", "[창닫기]", "출처 : 솔씨경제", "무단전재 및 재배포금지"]),
 "print-view pop-up in EUC-KR (real bytes, charset meta): `<title>` 인쇄하기, print/close links, outlet only as logo alt, 출처 and copyright; `옥태성 선임기자 e-mail | 발행일 2026년 12월 17일`; no meta; tests decoding, author without 선임기자, date-only 발행일, print chrome not body", enc="cp949")

# 8. magazine page with an author profile box at the bottom; old copyright year
k = T["supgyeol"]
page("supgyeol_magazine_feature_urban-shade.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>월간 숲결 | {E(k['title'])}</title>
<meta property="og:title" content="{E(k['title'])}">
<meta property="og:site_name" content="월간 숲결">
<meta name="copyright" content="Copyright 2014 월간 숲결">
<meta name="description" content="자연과 도시를 잇는 이야기, 월간 숲결">
</head><body>
<nav class="mag-nav">월간 숲결 · 이번 호 · 지난 호 · 정기구독 · 숲결 스토어</nav>
<main class="feature">
<p class="issue">2027년 1월호 · FEATURE</p>
<h1 class="feature-title">{E(k['title'])}</h1>
<p class="meta">Posted: 2026-12-16 · 글 부하연 · 사진 숲결 사진팀</p>
<div class="feature-body">
{ps('supgyeol')}
</div>
<aside class="author-box">
<img src="/authors/buh.jpg" alt="">
<p class="author-name">부하연 기자</p>
<p class="author-bio">도시와 생태를 취재한다. 가로수와 하천, 골목의 작은 정원을 기록하는 일을 좋아한다. 『그늘의 도시』 공저.</p>
<p class="author-more">이 기자의 다른 글 보기 →</p>
</aside>
<div class="subscribe">월간 숲결 정기구독 신청하기 — 1년 12권 10% 할인</div>
</main>
<footer>© 2014 월간 숲결. All rights reserved.</footer>
</body></html>
""", dict(title=k["title"], author="부하연", published="2026-12-16", outlet="월간 숲결",
  body_must_not_contain=["도시와 생태를 취재한다", "이 기자의 다른 글 보기", "정기구독 신청하기", "2027년 1월호"]),
 "magazine feature page: issue line `2027년 1월호 · FEATURE`, `Posted: 2026-12-16 · 글 부하연 · 사진 숲결 사진팀`, author profile box at the bottom (`부하연 기자`, bio, more-by link), subscribe box; copyright meta and footer 2014; tests date from Posted (not the issue month or 2014), author 부하연, outlet `월간 숲결`, profile box not body")

# 9. [단독] label in the headline
k = T["keunmul"]
page("keunmul_news_articleView_118204.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(k['title'])} - 큰물신문</title>
<meta property="og:title" content="{E(k['title'])}">
<meta property="og:site_name" content="큰물신문">
<meta property="article:published_time" content="2026-12-22T06:00:00+09:00">
<meta name="author" content="탁지환 기자">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{k['title'].replace('"', '')}","datePublished":"2026-12-22T06:00:00+09:00","author":{{"@type":"Person","name":"탁지환"}},"publisher":{{"@type":"Organization","name":"큰물신문"}}}}</script>
</head><body>
<div class="header">큰물신문 | 사회 | 경제 | 인천 | 경기 | 탐사</div>
<section class="article">
<p class="section-name">사회 &gt; 사건·사고</p>
<h1 class="heading">{E(k['title'])}</h1>
<div class="byline-info"><span>탁지환 기자</span> <span>입력 2026.12.22 (화) 06:00</span> <span>수정 2026.12.22 (화) 08:25</span></div>
<div class="sns">공유 | 페이스북 | 트위터 | 카카오스토리 | URL 복사</div>
<article id="article-view-content-div">
{ps('keunmul')}
<p>탁지환 기자 {k['email']}</p>
</article>
<div class="copyright">&lt;저작권자 © 큰물신문, 무단 전재 및 재배포 금지&gt;</div>
<div class="tip">큰물신문은 독자 여러분의 제보를 기다립니다. 제보하기</div>
</section>
<div class="most-read"><h4>많이 본 기사</h4><ol><li>송도 물류센터 화재 원인 조사 착수</li><li>인천 지하철 2호선 연장 예타 통과</li></ol></div>
<footer>큰물신문 | 인천광역시 남동구 | Copyright © 2026 큰물신문</footer>
</body></html>
""", dict(title=k["title"], author="탁지환", author_email=k["email"], published="2026-12-22T06:00:00+09:00", outlet="큰물신문",
  body_must_not_contain=["공유 | 페이스북", "무단 전재 및 재배포 금지", "제보를 기다립니다", "많이 본 기사", "인천 지하철 2호선 연장 예타 통과"]),
 "CMS page whose h1 (and og:title, `<title>`, JSON-LD) carries the label `[단독]`; title as shown keeps it; `<meta name=author>` `탁지환 기자`; `입력 2026.12.22 (화) 06:00` / `수정`; byline with e-mail repeated as the body's last line; tests title with the shown label, author without 기자, 입력 not 수정, share line, tip box and most-read not body")

# 10. byline area shows only a photo credit; author in another line
k = T["deulmaeul"]
page("deulmaeul_news_read_20261220_3351.html", f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>들마을신문</title>
</head><body>
<div id="masthead"><img src="/img/logo_deulmaeul.png" alt="들마을신문"> 강원의 눈과 귀</div>
<div id="nav">홈 | 춘천 | 원주 | 강릉 | 사회 | 문화 | 사람들</div>
<div id="content">
<h3 class="title">{E(k['title'])}</h3>
<div class="writer-line">사진=빙경란 기자 · 등록 2026-12-20 14:05</div>
<div class="article-text">
{ps('deulmaeul')}
<p>독고지아 기자 {k['email']}</p>
</div>
<div class="bottom">Copyright © 들마을신문 무단전재 재배포 금지</div>
<div class="list-nav">◀ 이전기사 | 목록 | 다음기사 ▶</div>
</div>
<div id="footer">들마을신문 | 강원특별자치도 춘천시 | 등록일 2012.03.05 | 발행인·편집인 빙경란</div>
</body></html>
""", dict(title=k["title"], author="독고지아", author_email=k["email"], published="2026-12-20T14:05:00+09:00", outlet="들마을신문",
  body_must_not_contain=["사진=빙경란 기자", "무단전재 재배포 금지", "이전기사", "등록일 2012.03.05"]),
 "CMS page with no meta (`<title>` only the outlet, outlet as logo alt): the line under the h3 holds only a photo credit `사진=빙경란 기자 · 등록 2026-12-20 14:05`; the writer `독고지아 기자 e-mail` is the body's last line; footer 등록일 2012 and a 발행인 with the photographer's name; tests author the writer, not the photographer, 등록 as published, not the footer's")

# 11. text dump shared from a portal's mobile app
k = T["nambit"]
body = "\n\n".join(k["paras"])
page("ieum_app_share_nambit_20261220.txt", f"""이음뉴스

남빛경제

{k['title']}

입력 2026.12.20. 오후 2:05  수정 2026.12.20. 오후 3:48  기사원문

좋아요 12  댓글 8

공유하기  글자크기 설정  요약봇

{body}

{k['author']} 기자 {k['email']}

Copyright ⓒ 남빛경제. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.

기사 추천
쏠쏠해요 3  후속기사 원해요 5  화나요 1

남빛경제 주요뉴스
해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.
· 연말 카드 포인트 소멸 주의보
· 전세대출 금리 석 달 만에 반등

이음뉴스 앱에서 보기
이음뉴스 | 이용약관 | 개인정보처리방침 | 고객센터
""", dict(title=k["title"], author="용하늘", author_email=k["email"], published="2026-12-20T14:05:00+09:00", outlet="남빛경제",
  body_must_not_contain=["기사원문", "좋아요 12", "글자크기 설정", "요약봇", "쏠쏠해요", "주요뉴스", "연말 카드 포인트 소멸 주의보", "이음뉴스 앱에서 보기"]),
 "text shared from a portal's mobile app (invented portal 이음뉴스 carrying 남빛경제): portal and outlet lines, headline, `입력 2026.12.20. 오후 2:05  수정 … 오후 3:48  기사원문`, counters, tool line, byline with e-mail at the end, reactions, the outlet's top news, portal footer; tests outlet the original, 14:05 from 오후, portal furniture not body")

# 12. text dump copied from a PC page with 글자크기 and share-icon text; photo credit 사진=Y 기자
k = T["gossaum"]
paras = list(k["paras"])
body = paras[0] + "\n\n" + "북구 어린이 그림책 도서관 내부 모습. 사진=왕재혁 기자\n\n" + "\n\n".join(paras[1:])
page("gossaum_times_20261221_picturebook.txt", f"""본문 바로가기
로그인  회원가입  구독신청
고싸움타임스
빛고을의 오늘을 씁니다
전체메뉴  정치  경제  사회  문화  교육  스포츠  오피니언
교육

{k['title']}

탄다온 기자
승인 2026.12.21 11:20
댓글 0
공유
페이스북
트위터
카카오톡
URL복사
글자크기
가
가
인쇄

{body}

탄다온 기자 다른기사 보기
저작권자 © 고싸움타임스 무단전재 및 재배포 금지

#어린이도서관 #그림책 #광주북구

관련기사
광주 작은도서관 30곳 야간 개방
북구, 아동친화도시 인증 추진

가장 많이 본 기사
1 광주 도시철도 2호선 2단계 착공
2 무등산 탐방로 겨울철 통제

고싸움타임스 | 광주광역시 북구 | 등록번호 광주 아00000 | 등록일 2016.05.02
Copyright © 2026 고싸움타임스. All rights reserved.
""", dict(title=k["title"], author="탄다온", published="2026-12-21T11:20:00+09:00", outlet="고싸움타임스",
  body_must_not_contain=["본문 바로가기", "카카오톡", "URL복사", "글자크기", "사진=왕재혁 기자", "다른기사 보기", "#어린이도서관", "가장 많이 본 기사", "등록번호"]),
 "text dump copied from a PC page: skip link, login line, outlet and slogan, menu, section, headline, `탄다온 기자`, `승인 2026.12.21 11:20`, share-icon words one a line (페이스북/트위터/카카오톡/URL복사), `글자크기`/`가`/`가`/`인쇄`; a photo caption `… 사진=왕재혁 기자` inside the body; `다른기사 보기`, copyright, tags, related, most-read, footer 등록일 2016; tests author the writer not the photographer, 승인 as published, furniture and caption not body")

# check
import re
for name, enc, g in OUT:
    raw = open(os.path.join(PAGES, name), "rb").read().decode(enc)
    txt = html.unescape(raw)
    a = g["article"]
    for key in ("title", "author", "author_email", "outlet"):
        if a.get(key) and a[key] not in txt:
            print("MISSING", name, key, a[key])
    for s in a["body_must_not_contain"]:
        if s not in txt: print("MISSING bmnc", name, s)
    d = a["published"][:10]
    y, m, dd = d.split("-")
    forms = [d, f"{y}.{m}.{dd}", f"{y}년 {int(m)}월 {int(dd)}일", f"{y}/{m}/{dd}"]
    if not any(f in txt for f in forms): print("MISSING date", name, d)
    if "T" in a["published"]:
        hm = a["published"][11:16]
        h, mi = int(hm[:2]), hm[3:]
        alt = f"{h-12 if h > 12 else h}:{mi}"
        if hm not in txt and alt not in txt: print("MISSING time", name, hm)
print(len(OUT), "pages checked")
