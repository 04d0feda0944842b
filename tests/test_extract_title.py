"""Titles: the headline a reader sees, confirmed by the page's meta titles, with entities resolved.

Pages written for the test, one per case: a search-engine headline in JSON-LD beside the displayed
<h1>; an <h1> that is the site's logo; a breadcrumb <h1>; an <h1> no meta title confirms; entities
escaped once and twice; a page whose only title is a placeholder and whose headline is a heading
above the text.
"""

from __future__ import annotations

import json

from builder.document import process_bytes
from builder.extract.html import byline_name, choose_title, clean_title, dateline, extract_html, same_headline, unescape
from builder.inputs import Source, sha256

BODY = "".join(f"<p>{p}</p>" for p in (
    "The city council approved the new tram line on Tuesday after a debate that lasted most of the night, "
    "ending a dispute that had run for three years.",
    "Construction will start in the spring and the first trams are expected to run in 2029, the mayor said, "
    "adding that the line would cut travel times across the river by half.",
    "Opponents said the cost, about 400 million euros, was too high for a city of this size and promised to "
    "keep campaigning against the plan before the regional elections.",
))

BODY_KO = "".join(f"<p>{p}</p>" for p in (
    "시의회가 3일 밤샘 토론 끝에 도심을 가로지르는 트램 노선 계획을 승인했다. 3년을 끌어온 논란이 일단락됐다.",
    "공사는 내년 봄 시작되며 첫 트램은 2029년 운행할 예정이라고 시장은 밝혔다. 강을 건너는 시간은 절반으로 준다.",
    "반대 측은 4천억원에 이르는 사업비가 도시 규모에 비해 지나치게 크다며 지방선거 전까지 반대 운동을 이어가겠다고 했다.",
))


def page(head: str, top: str = "", h1: str | None = None) -> str:
    heading = f"<h1 class='article-title'>{h1}</h1>" if h1 else ""
    return (f"<html lang='en'><head><meta charset='utf-8'>{head}</head><body><header>{top}</header>"
            f"<main><article>{heading}{BODY}</article></main></body></html>")


def ld(headline: str) -> str:
    return ("<script type='application/ld+json'>"
            + json.dumps({"@type": "NewsArticle", "headline": headline, "datePublished": "2026-03-03"}) + "</script>")


def test_displayed_h1_wins_over_a_search_headline_when_og_title_confirms_it():
    shown = "Council approves tram line after all-night debate"
    html = page(ld("Tram line: how the council finally said yes to the 400m project")
                + f"<meta property='og:title' content='{shown}'>", h1=shown)
    assert extract_html(html).title == shown


def test_h1_of_the_site_logo_is_not_the_headline():
    headline = "Council approves tram line after all-night debate"
    top = "<h1 class='site-logo'><a href='/'>The River Times</a></h1>"
    html = page(f"<meta property='og:title' content='{headline}'><meta property='og:site_name' content='The River Times'>",
                top=top)
    assert extract_html(html).title == headline


def test_breadcrumb_h1_is_not_the_headline():
    headline = "Council approves tram line after all-night debate"
    top = "<nav><ol class='crumbs'><li><h1>City news and more from the region</h1></li></ol></nav>"
    html = page(ld(headline), top=top)
    assert extract_html(html).title == headline


def test_unconfirmed_h1_leaves_the_meta_title():
    headline = "Council approves tram line after all-night debate"
    html = page(ld(headline) + f"<meta property='og:title' content='{headline}'>", h1="Live: all the reactions from the city")
    assert extract_html(html).title == headline


def test_entities_are_resolved_once_or_twice_escaped():
    once = page("<meta property='og:title' content='Türkiye&amp;#039;de seçim: sonuçlar açıklandı'>")
    assert extract_html(once).title == "Türkiye'de seçim: sonuçlar açıklandı"
    twice = page(ld("Donna calls the album &amp;#8216;her best work&amp;#8217;"))
    assert extract_html(twice).title == "Donna calls the album ‘her best work’"
    assert unescape("Fish &amp;amp; chips") == "Fish & chips"


def test_placeholder_title_gives_way_to_the_heading_above_the_text():
    html = ("<html><head><title>Document</title></head><body><nav><a href='/'>Home</a></nav>"
            "<div class='press'><h3>Council approves tram line after all-night debate</h3><h6>Ana Ruiz 2026. 3. 3.</h6>"
            f"<div class='view'>{BODY}</div></div></body></html>")
    assert extract_html(html).title == "Council approves tram line after all-night debate"


def test_a_real_title_tag_is_kept_over_a_heading():
    html = ("<html><head><title>Council approves tram line after all-night debate</title></head><body>"
            f"<div><h2>Latest news</h2><div>{BODY}</div></div></body></html>")
    assert extract_html(html).title == "Council approves tram line after all-night debate"


def test_choose_title_rules():
    assert choose_title(["SEO words: a reworded headline", "Shown headline"], "Shown headline") == "Shown headline"
    assert choose_title(["Meta headline here"], "Something else entirely") == "Meta headline here"
    assert choose_title([], "Only the shown headline") == "Only the shown headline"
    assert same_headline("Council approves tram line after all-night debate | The Paper",
                         "Council approves tram line after all-night debate")
    assert not same_headline("Shown headline", "Shown headline reworded for search engines")


def test_byline_and_date_under_the_headline_fill_what_the_meta_lacks():
    html = ("<html lang='ko'><head><title>Document</title></head><body><nav><a href='/'>홈</a></nav>"
            "<div class='press'><h3>시의회, 밤샘 토론 끝에 트램 노선 승인</h3><h6>김하늘 기자  2026. 3. 3. 21:05</h6>"
            f"<div class='view'>{BODY_KO}</div></div></body></html>")
    ex = extract_html(html)
    assert ex.published == "2026-03-03T21:05"
    assert ex.shown_author == "김하늘 기자"
    data = html.encode("utf-8")
    row = process_bytes(Source(path="p.html", data=data), data, sha256(data)).article[0]
    assert row["authors"] == ["김하늘"] and row["published_at"] == "2026-03-03T21:05:00+09:00"


def test_a_name_under_the_headline_never_displaces_the_byline_in_the_text():
    html = ("<html lang='ko'><head><title>Document</title></head><body>"
            "<div class='press'><h3>시의회, 밤샘 토론 끝에 트램 노선 승인</h3><p>기사입력 2026-03-03 21:05</p>"
            f"<div class='view'>{BODY_KO}<p>박서준 기자 park@example.kr</p></div></div></body></html>")
    data = html.encode("utf-8")
    row = process_bytes(Source(path="p.html", data=data), data, sha256(data)).article[0]
    assert row["authors"] == ["박서준"]


def test_meta_date_wins_over_the_line_under_the_headline():
    html = page("<meta property='article:published_time' content='2026-03-02T10:00:00+01:00'>"
                "<meta property='og:title' content='Council approves tram line after all-night debate'>",
                h1="Council approves tram line after all-night debate")
    html = html.replace("</h1>", "</h1><p class='meta'>By Ana Ruiz, 2026-03-05</p>")
    ex = extract_html(html)
    assert ex.published == "2026-03-02T10:00:00+01:00"
    assert "By Ana Ruiz" not in ex.authors


def test_dateline_reads_common_date_forms():
    assert dateline(["Ana Ruiz | 2026.03.05 오후 2:07"]) == ("2026-03-05T14:07", "Ana Ruiz")
    assert dateline(["입력 2026년 3월 5일"]) == ("2026-03-05", "입력")
    assert dateline(["Updated 3 hours ago"]) == (None, None)
    assert byline_name("김하늘 기자") == "김하늘 기자"
    assert byline_name("Posted 3 days ago by the newsroom of the paper") is None
    assert byline_name("Ana Ruiz") == "Ana Ruiz"
    assert byline_name("By Ana Ruiz") is None


def test_the_writer_joined_to_a_title_is_no_part_of_the_headline():
    assert clean_title("Council approves tram line * The River Times * by Ana Ruiz", "The River Times") \
        == "Council approves tram line"
    assert clean_title("Council approves tram line - by Ana Ruiz", None) == "Council approves tram line"
    # near misses: 'by' inside the headline, or a part that is not a name
    assert clean_title("Stand by Me returns - Review | The River Times", "The River Times") == "Stand by Me returns - Review"
    assert clean_title("Tram line: paid for by taxpayers", None) == "Tram line: paid for by taxpayers"


def test_a_published_date_in_microdata_wins_over_a_tracker_meta_date():
    headline = "Council approves tram line after all-night debate"
    html = page(f"<meta property='og:title' content='{headline}'><meta name='tracker.firstPublished' content='2019-02-05 16:07'>",
                h1=headline)
    dated = html.replace("</h1>", "</h1><time itemprop='datePublished' datetime='2026-03-03T16:45+0100'>3 March</time>")
    assert extract_html(dated).published == "2026-03-03T16:45+0100"
    # near miss: a <time> of another story, with no microdata, leaves the date to the search of the page
    other = html.replace("</h1>", "</h1><time class='card__date' datetime='2026-03-01T16:45+0100'>1 March</time>")
    assert extract_html(other).published != "2026-03-03T16:45+0100"


def test_a_date_standing_as_a_part_of_the_title_tag_is_the_page_date():
    headline = "Council approves tram line after all-night debate"
    teaser = "<aside><span class='date'>24.02.2026</span><a href='/x'>Older story about the bridge</a></aside>"
    html = page(f"<title>{headline} | City | The River Times | 03.03.2026</title>", h1=headline).replace("</article>",
                                                                                                      f"</article>{teaser}")
    assert extract_html(html).published == "2026-03-03"
    # near miss: a number inside the headline is no date part
    html = page(f"<title>Tram line costs 03.03 million | The River Times</title>", h1=headline)
    assert not (extract_html(html).published or "").startswith("2026-03-03")
