# -*- coding: utf-8 -*-
"""Write pages/ and gold/ of ko-heldout66 from articles.py, then check them (stdlib only)."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import A  # noqa: E402

ROOT = os.path.dirname(HERE)
PAGES = os.path.join(ROOT, "pages")
GOLD = os.path.join(ROOT, "gold")
E = html.escape


def ps(a):
    return "\n".join("<p>%s</p>" % E(p) for p in a["paras"])


def t_txt1(a):
    lines = list(a["menu"]) + ["", a["title"], "", a["date_line"], "", "글자크기 가 가  |  인쇄  |  공유", ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += a["tail"]
    bp = ["홈 | 법원 | 검찰 | 법조인 | 판결 | 오피니언", "아파트 하자소송 급증", "등록번호 서울 아 05521", "Copyright ⓒ 송사저널 All rights reserved", "글자크기 가 가"]
    return "\n".join(lines) + "\n", bp


def t_txt2(a):
    lines = ["태백누리신문", "정선 | 영월 | 평창 | 태백 | 삼척 | 강원도政 | 사회 | 오피니언", "사회 > 사건·사고", "",
             a["title"], "", "%s 기자 | %s" % (a["author"], a["date_line"]), "다른기사 보기", ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += ["%s 기자 %s" % (a["author"], a["email"]), "", "이 기사를 공유합니다", "",
              "많이 본 뉴스", "1 정선 5일장 4월부터 야간 장터 연다", "2 영월 동강 래프팅 업체 안전점검 결과 공개", "3 태백 고원 자생식물원 봄맞이 무료 개방", "",
              "태백누리신문 | 강원특별자치도 정선군 정선읍 봉양로 41 | 발행인·편집인 용해석 | 청소년보호책임자 용해석",
              "Copyright © 2026 태백누리신문. All rights reserved."]
    bp = ["정선 | 영월 | 평창 | 태백 | 삼척", "다른기사 보기", "이 기사를 공유합니다", "많이 본 뉴스", "정선 5일장 4월부터 야간 장터 연다", "발행인·편집인 용해석", "All rights reserved"]
    return "\n".join(lines) + "\n", bp


def t_txt3(a):
    lines = ["학림데일리", "뉴스 | 대학 | 입시 | 교육정책 | 캠퍼스라이프 | 오피니언 | 구독", "대학 > 대학일반", "",
             a["title"], "", a["date_line"], "글자크기  공유  스크랩", ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += ["%s 기자(%s)" % (a["author"], a["email"]), "", "관련기사",
              "거점국립대 총장 선거 잇따라…학생 투표 비율 논란", "교육부, 사립대 총장 선임 절차 실태 점검", "",
              "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책 | 기사제보",
              "학림데일리 | 서울 마포구 신촌로 58 5층 | 대표전화 02-712-4480 | 발행인 노석훈",
              "ⓒ 학림데일리. 무단전재 및 재배포 금지"]
    bp = ["뉴스 | 대학 | 입시 | 교육정책", "글자크기  공유  스크랩", "관련기사", "학생 투표 비율 논란", "회사소개 | 광고문의", "무단전재 및 재배포 금지", "대표전화 02-712-4480"]
    return "\n".join(lines) + "\n", bp


def t_txt4(a):
    lines = [a["title"], "", "세계 | " + a["date_line"], "", "공유  댓글  글씨크게", ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += [a["email"], "", "관련 뉴스", "인도네시아 자바섬 화산 분화…항공편 결항 잇따라", "외교부, 동남아 여행 안전 공지 강화", "",
              "<저작권자(c) 느티통신, 무단 전재-재배포, AI 학습 및 활용 금지>", "2026/09/04 14:37 송고"]
    bp = ["공유  댓글  글씨크게", "관련 뉴스", "화산 분화", "저작권자(c) 느티통신", "2026/09/04 14:37 송고", a["email"]]
    return "\n".join(lines) + "\n", bp


def t_html_sports(a):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["pubtime"], "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": a["outlet"]}}
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} | {a['outlet']}</title>
<meta name="description" content="{E(a['paras'][0])}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="article:published_time" content="{a['pubtime']}">
<meta property="article:section" content="배구">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header class="gnb"><a class="logo" href="/">네트앤볼</a><ul><li>배구</li><li>농구</li><li>야구</li><li>축구</li><li>e스포츠</li></ul></header>
<main><div class="cate">배구 &gt; V리그 여자부</div>
<h1 class="tit">{E(a['title'])}</h1>
<div class="info"><span class="writer">{a['author']} 기자</span> <span class="date">입력 2026.01.19 06:30</span></div>
<div class="scorebox"><table><tr><th>팀</th><th>1</th><th>2</th><th>3</th><th>4</th><th>세트</th></tr>
<tr><td>도원스톰</td><td>25</td><td>23</td><td>25</td><td>25</td><td>3</td></tr>
<tr><td>푸르미에이스</td><td>21</td><td>25</td><td>19</td><td>22</td><td>1</td></tr></table></div>
<article id="article-body">
<figure><img src="/photo/2026/01/18/cardoso.jpg" alt=""><figcaption>18일 대전 충무체육관에서 스파이크를 때리는 도원스톰 카르도주. /사진=네트앤볼 DB</figcaption></figure>
{ps(a)}
<p class="byline">{a['author']} 기자 {a['email']}</p>
</article>
<div class="tags"><a>#V리그</a> <a>#도원스톰</a> <a>#카르도주</a></div>
<section class="related"><h3>관련 기사</h3><ul><li><a href="/news/3290">남자부 선두 경쟁 안갯속…3위까지 승점 4 차</a></li><li><a href="/news/3285">올스타 팬 투표 중간 집계 발표</a></li></ul></section>
</main>
<footer><p>네트앤볼 | 서울 송파구 올림픽로 300 | 등록번호 서울 아 06112 | 발행·편집인 봉세훈</p><p>Copyright © 2026 NETNBALL. All rights reserved.</p></footer>
</body></html>
"""
    bp = ["18일 대전 충무체육관에서 스파이크를 때리는", "#V리그", "관련 기사", "남자부 선두 경쟁 안갯속", "등록번호 서울 아 06112", "All rights reserved", "배구 > V리그 여자부"]
    return page, bp


def t_html_full(a):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["pubtime"], "dateModified": a["pubtime"],
          "author": [{"@type": "Person", "name": a["author"] + " 기자", "email": a["email"]}],
          "publisher": {"@type": "Organization", "name": a["outlet"], "logo": {"@type": "ImageObject", "url": "https://www.jipteonews.com/img/logo.png"}}}
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(a['title'])} - {a['outlet']}</title>
<meta name="description" content="{E(a['paras'][0])}">
<meta name="author" content="{a['author']}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{a['outlet']}">
<meta property="og:title" content="{E(a['title'])}"><meta property="og:url" content="https://www.jipteonews.com/news/articleView.html?idxno=5127">
<meta property="og:image" content="https://www.jipteonews.com/news/photo/202604/5127_1.jpg">
<meta property="article:published_time" content="{a['pubtime']}"><meta property="article:section" content="분양">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div id="top"><a href="/">집터뉴스</a> <nav><a>부동산</a> <a>분양</a> <a>재건축·재개발</a> <a>정책</a> <a>금융</a> <a>인테리어</a></nav></div>
<div class="breadcrumb">홈 &gt; 분양 &gt; 수도권</div>
<div id="article-view">
<h1 class="heading">{E(a['title'])}</h1>
<ul class="infomation"><li><i class="icon-user"></i> {a['author']} 기자</li><li><i class="icon-clock"></i> 입력 2026.04.10 14:20</li><li>댓글 0</li></ul>
<div class="sns">페이스북 트위터 카카오톡 URL복사</div>
<article id="article-view-content-div">
<figure><img src="/news/photo/202604/5127_1.jpg"><figcaption>10일 문을 연 \u2018평택 고덕 미르채 파크원\u2019 견본주택 내부. [사진=미르채건설]</figcaption></figure>
{ps(a)}
</article>
<div class="writer">{a['author']} 기자 <a href="mailto:{a['email']}">{a['email']}</a></div>
<div class="copy">저작권자 © 집터뉴스 무단전재 및 재배포 금지</div>
</div>
<aside><h3>이 기사와 관련된 기사</h3><ul><li>평택 고덕 \'분양 큰장\' 선다…연내 6000가구 공급</li><li>4월 전국 아파트 분양 3만 가구…전년보다 18% 증가</li></ul>
<h3>많이 본 기사</h3><ol><li>서울 아파트 전셋값 48주 연속 상승</li><li>청약통장 가입자 넉 달째 감소</li></ol></aside>
<footer>집터뉴스 | 서울 영등포구 국제금융로 20 | 대표전화 02-780-5127 | 발행인 겸 편집인 하태윤<br>Copyright by jipteonews.com All rights reserved.</footer>
</body></html>
"""
    bp = ["페이스북 트위터 카카오톡 URL복사", "견본주택 내부. [사진=미르채건설]", "저작권자 © 집터뉴스", "이 기사와 관련된 기사", "분양 큰장", "많이 본 기사", "청약통장 가입자 넉 달째 감소", "대표전화 02-780-5127"]
    return page, bp


def t_html_little(a):
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{E(a['title'])} : 건강잇다</title>
<meta name="description" content="건강잇다 - 믿을 수 있는 건강 의료 뉴스">
</head><body>
<div class="top_menu"><a href="/">건강잇다</a> | 뉴스 | 질환 | 의료정책 | 제약·바이오 | 병원 | 헬스라이프 | 로그인 | 회원가입</div>
<div class="con_wrap">
<div class="sub_title">의료정책</div>
<h2 class="article_title">{E(a['title'])}</h2>
<div class="article_info">{a['author']} 기자 | {a['date_line']} | 조회 1,284</div>
<div class="article_txt">
{ps(a)}
<p>{a['author']} 기자 {a['email']}</p>
</div>
<div class="btn_area">기사목록 | 인쇄하기 | 스크랩</div>
</div>
<div class="right_box"><strong>가장 많이 본 뉴스</strong><ul><li>겨울철 심근경색 주의…아침 운동 피해야</li><li>RSV 감염 영유아 입원 늘어</li><li>비타민D 과다복용 부작용 주의보</li></ul></div>
<div class="footer">회사소개 | 이용약관 | 개인정보취급방침 | 광고안내<br>건강잇다 | 서울 중구 서소문로 89 | 등록 2019.03.05 | 발행인 석채운<br>Copyright(c) 2019 건강잇다. All Rights Reserved.</div>
</body></html>
"""
    bp = ["로그인 | 회원가입", "조회 1,284", "기사목록 | 인쇄하기 | 스크랩", "가장 많이 본 뉴스", "RSV 감염 영유아 입원 늘어", "이용약관", "All Rights Reserved"]
    return page, bp


def t_html_econ(a):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://econoflow.kr/article/8812",
          "headline": a["title"], "datePublished": a["pubtime"], "dateModified": "2026-02-26T15:40:00+09:00",
          "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": a["outlet"]}}
    page = f"""<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])} | {a['outlet']}</title>
<meta name="description" content="{E(a['paras'][0])}">
<meta property="og:site_name" content="{a['outlet']}"><meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}"><meta property="og:description" content="{E(a['paras'][0])}">
<meta property="article:published_time" content="{a['pubtime']}"><meta property="article:modified_time" content="2026-02-26T15:40:00+09:00">
<meta property="article:author" content="{a['author']}"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div class="ticker">코스피 2,841.20 ▲12.35 | 코스닥 861.04 ▼3.11 | 원/달러 1,447.50 ▲2.80 | 국고채 3년 2.412%</div>
<header><a class="brand" href="/">이코노플로우</a><nav>금융 · 증권 · 부동산 · 산업 · 경제정책 · 글로벌 · 오피니언</nav></header>
<main><p class="kicker">금융</p>
<h1>{E(a['title'])}</h1>
<p class="meta"><span class="by">{a['author']} 기자</span> · <time datetime="{a['pubtime']}">2026.02.26 13:05</time> · 수정 2026.02.26 15:40</p>
<div class="article-body">
{ps(a)}
</div>
<p class="reporter">{a['author']} 기자 {a['email']}</p>
<section class="more"><h4>함께 보면 좋은 기사</h4><ul><li>가계대출 두 달 연속 증가…주담대 4조 늘어</li><li>美 연준 위원들 \"추가 인하 서두를 필요 없다\"</li></ul></section>
</main>
<footer><p>이코노플로우 | 서울 중구 세종대로 124 | 인터넷신문 등록번호 서울 아 54120 | 발행인 모재훈</p><p>ⓒ 이코노플로우. 무단 전재-재배포, AI 학습 및 활용 금지</p></footer>
</body></html>
"""
    bp = ["코스피 2,841.20", "금융 · 증권 · 부동산", "함께 보면 좋은 기사", "가계대출 두 달 연속 증가", "추가 인하 서두를 필요 없다", "등록번호 서울 아 54120", "무단 전재-재배포"]
    return page, bp


def t_html_euckr(a):
    page = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a['title'])} - 달무늬연예</title>
</head><body>
<table width="980" align="center"><tr><td><a href="/">달무늬연예</a></td><td>가요 | 방송 | 영화 | 해외연예 | 포토 | 스타인터뷰</td></tr></table>
<table width="980" align="center"><tr><td width="680" valign="top">
<table><tr><td class="sect">가요</td></tr>
<tr><td class="title"><b>{E(a['title'])}</b></td></tr>
<tr><td class="byline">{a['author']} 기자 | {a['date_line']}</td></tr>
<tr><td class="body">
{ps(a)}
<p>{a['author']} 기자 {a['email']}</p>
</td></tr>
<tr><td>[ⓒ 달무늬연예 무단전재 및 재배포금지]</td></tr></table>
</td><td width="300" valign="top"><b>실시간 인기기사</b><br>1. 배우 커플 열애 인정…\"좋은 감정 키워가는 중\"<br>2. 주말 예능 시청률 1위 탈환<br>3. 보이그룹 미니앨범 초동 50만 장 돌파</td></tr></table>
<table width="980" align="center"><tr><td>회사소개 | 제휴문의 | 기사제보 | 개인정보보호정책<br>달무늬연예 서울 강남구 학동로 112 | 발행인 용미담 | 등록번호 서울 아 02281<br>Copyright ⓒ 2008 dalmunui.co.kr</td></tr></table>
</body></html>
"""
    bp = ["가요 | 방송 | 영화 | 해외연예", "ⓒ 달무늬연예 무단전재 및 재배포금지", "실시간 인기기사", "주말 예능 시청률 1위 탈환", "제휴문의", "Copyright ⓒ 2008"]
    return page, bp


def t_html_politics(a):
    page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{E(a['title'])}</title>
<meta name="description" content="{E(a['paras'][1])}">
<meta property="og:title" content="{E(a['title'])}">
</head><body>
<div id="header"><h1 class="logo"><a href="/">여의도브리프</a></h1>
<ul class="gnb"><li>국회</li><li>정당</li><li>대통령실</li><li>행정</li><li>선거</li><li>브리프+</li></ul></div>
<div id="container"><div class="left">
<div class="path">국회 &gt; 상임위</div>
<h3 class="subject">{E(a['title'])}</h3>
<div class="writer-date"><span>{a['author']} 기자</span><span>{a['date_line']}</span></div>
<div id="news_body">
{ps(a)}
</div>
<div class="email">{a['email']}</div>
<div class="share">공유하기 : 페이스북 | 엑스 | 카카오톡 | 링크복사</div>
</div>
<div class="right"><h4>국회 많이 본 기사</h4><ul><li>예결위 소소위 가동…예산안 막판 줄다리기</li><li>행안위, 지방소멸 특별법 공청회</li></ul></div></div>
<div id="footer">여의도브리프 | 서울 영등포구 의사당대로 83 | 정기간행물 등록 서울 아 03917 | 발행·편집인 반경도 | 문의 desk@yeouidobrief.kr<br>Copyright © 여의도브리프 All rights reserved.</div>
</body></html>
"""
    bp = ["국회 > 상임위", "공유하기 : 페이스북", "국회 많이 본 기사", "예결위 소소위 가동", "정기간행물 등록 서울 아 03917", "All rights reserved", "desk@yeouidobrief.kr"]
    return page, bp


TPL = {"txt1": t_txt1, "txt2": t_txt2, "txt3": t_txt3, "txt4": t_txt4, "html_sports": t_html_sports,
       "html_full": t_html_full, "html_little": t_html_little, "html_econ": t_html_econ,
       "html_euckr": t_html_euckr, "html_politics": t_html_politics}

QUOTE = re.compile(r'"([^"]+)"')


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    os.makedirs(PAGES, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    bad = 0
    for a in A:
        page, bp = TPL[a["form"]](a)
        enc = "euc-kr" if a["form"] == "html_euckr" else "utf-8"
        with open(os.path.join(PAGES, a["file"]), "wb") as f:
            f.write(page.encode(enc))
        gold = {"source": a["file"], "note": a["note"],
                "article": {"title": a["title"], "author": a["author"], "author_email": a["email"],
                            "published": a["published"], "outlet": a["outlet"], "language": "ko",
                            "body": "\n\n".join(a["paras"]), "body_must_not_contain": bp},
                "persons": a["persons"], "optional_persons": a["optional_persons"],
                "quotes": a["quotes"], "optional_quotes": a["optional_quotes"],
                "events": a["events"], "must_not": a["must_not"]}
        stem = os.path.splitext(a["file"])[0]
        with open(os.path.join(GOLD, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # check
        raw = open(os.path.join(PAGES, a["file"]), "rb").read().decode(enc)
        text = norm(html.unescape(re.sub(r"<[^>]+>", " ", raw))) if a["file"].endswith(".html") else norm(raw)
        body = norm(" ".join(a["paras"]))

        def need(s, what, where=text):
            nonlocal bad
            if s and norm(s) not in where:
                print("MISSING", a["file"], what, repr(s))
                bad += 1
        need(a["title"], "title"); need(a["author"], "author"); need(a["email"], "email"); need(a["outlet"], "outlet")
        for p in a["paras"]:
            need(p, "para")
        for s in bp:
            need(s, "boilerplate")
            if norm(s) in body:
                print("BOILERPLATE IN BODY", a["file"], s); bad += 1
        for p in a["persons"]:
            need(p["name"], "name", body); need(p["title"], "title", body); need(p["organization"], "org", body)
        for n in a["optional_persons"]:
            need(n, "optional", text)
        parts = [m.group(1) for p in a["paras"] for m in QUOTE.finditer(p)]
        covered = set()
        for q in a["quotes"]:
            # the quote must be made of consecutive quoted parts
            ok = False
            for i in range(len(parts)):
                for j in range(i + 1, min(i + 5, len(parts) + 1)):
                    if " ".join(parts[i:j]) == q["text"]:
                        ok = True; covered.update(range(i, j))
            if not ok:
                print("QUOTE NOT PARTS", a["file"], q["text"][:40]); bad += 1
            if q["speaker"] and q["speaker"] not in body:
                print("SPEAKER?", a["file"], q["speaker"]); bad += 1
        for i, pt in enumerate(parts):
            if i not in covered and pt not in a["optional_quotes"]:
                print("UNCOVERED PART", a["file"], pt)
        for e in a["events"]:
            need(e["date_text"], "date_text", body); need(e["location"], "location", body)
        for n in a["must_not"]["person_names"]:
            need(n, "must_not", text)
    print("checked", len(A), "pages;", bad, "problems")


if __name__ == "__main__":
    main()
