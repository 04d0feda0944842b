"""Page conventions of news sites in many languages: a kicker set over the headline inside its heading, a
standfirst heading between the headline and the byline row, dates written day first, and an article's own
sub-heading that is no opened item of a list.

Every page here is written for the test; outlets and people are invented."""

from __future__ import annotations

from builder.extract.html import dateline, extract_html

TEXT = ("<p>The harbour board agreed on Tuesday to extend the night ferry timetable through the winter months, "
        "after a season in which late crossings were full on most weekdays.</p>"
        "<p>Councillors said the cost would be met from the existing transport budget, and that the trial would be "
        "reviewed in spring once passenger counts for the colder months were known.</p>"
        "<p>Ferry crews welcomed the decision but asked for more staff on the busiest evening sailings.</p>")


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _kicker_page(og_title: str) -> str:
    head = (f"<title>Harbour board keeps night ferries running all winter - Tidewater Post</title>"
            f"<meta property='og:title' content='{og_title}'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"headline\": \"Harbour board keeps night ferries running all winter\"}</script>")
    body = ("<nav class='crumbs'><ul><li><h1>Harbour board keeps night ferries running all winter</h1></li></ul></nav>"
            "<article><h2><span class='topline'>Transport</span> "
            "<span class='headline'>Night ferries stay on through the cold months</span></h2>" + TEXT + "</article>")
    return _page(head, body)


def test_a_kicker_heading_takes_the_meta_title_that_drops_its_kicker():
    ex = extract_html(_kicker_page("Night ferries stay on through the cold months"))
    assert ex.title == "Night ferries stay on through the cold months"


def test_a_meta_title_with_the_kicker_keeps_the_other_rules():
    # near miss: the site's own title prints the kicker with the headline, so the kicker is no separate line
    ex = extract_html(_kicker_page("Transport: Night ferries stay on through the cold months"))
    assert ex.title != "Night ferries stay on through the cold months"
    # near miss: no meta title gives the headline without its kicker: nothing is cut
    ex = extract_html(_kicker_page("Harbour board keeps night ferries running all winter"))
    assert ex.title == "Harbour board keeps night ferries running all winter"


def test_a_standfirst_heading_between_headline_and_byline_row_is_passed_over():
    deck = ("The board voted to keep the late crossings for another season, citing full boats and steady "
            "demand from shift workers on both shores of the bay")
    body = (f"<div><h1>Night ferries stay on through the cold months</h1><h4>{deck}</h4>"
            "<div><span>Mirela Dastan |</span><span>07.11.2025 - Updated: 07.11.2025</span></div></div>"
            f"<div>{TEXT}</div>")
    ex = extract_html(_page("<title>Night ferries stay on through the cold months</title>", body))
    assert ex.shown_author == "Mirela Dastan"
    assert str(ex.published).startswith("2025-11-07")


def test_a_short_lower_heading_under_the_headline_is_still_its_byline_row():
    body = ("<div><h3>Night ferries stay on through the cold months</h3><h6>Tomas Verlaine 2025. 11. 7. 21:40</h6>"
            f"<div>{TEXT}</div></div>")
    ex = extract_html(_page("<title>Night ferries stay on through the cold months</title>", body))
    assert ex.shown_author == "Tomas Verlaine"
    assert str(ex.published).startswith("2025-11-07T21:40")


def test_a_dateline_reads_day_first_dates_written_with_dots():
    assert dateline(["Mirela Dastan | 07.11.2025 - Updated: 08.11.2025"]) == ("2025-11-07", "Mirela Dastan")
    assert dateline(["Von Jana Ostrow, 3.2.2024, 14:05 Uhr"])[0] == "2024-02-03T14:05"
    # the year-first forms keep their reading
    assert dateline(["Tomas Verlaine 2025-11-07"]) == ("2025-11-07", "Tomas Verlaine")
    # near misses: a month-first date with slashes, a version number, a date without its year
    assert dateline(["Posted 11/07/2025"]) == (None, None)
    assert dateline(["Release 1.2.2025.3 notes"]) == (None, None)
    assert dateline(["Seit dem 07.11. im Amt"]) == (None, None)


def test_an_article_sub_heading_beside_teaser_boxes_keeps_the_page_titles():
    teaser = "<div class='box'><a href='/a'>Other story</a><p>A line about it.</p></div>"
    article = ("<div class='box'><p>The harbour board agreed on Tuesday to extend the night ferry timetable through "
               "the winter months.</p><h2>What the crews say</h2>" + TEXT + "</div>")
    head = ("<title>Night ferries stay on through the cold months | Tidewater Post | 07.11.2025</title>"
            "<meta property='og:title' content='Night ferries stay on through the cold months'>")
    ex = extract_html(_page(head, f"<div>{article}{teaser * 3}</div>"))
    assert ex.title == "Night ferries stay on through the cold months"
    assert str(ex.published).startswith("2025-11-07")
    assert "Other story" not in "\n".join(ex.body_lines)
    # near miss: an item that opens with its heading among the same teasers is the opened item of a listing
    opened = "<div class='box'><h2>Night ferries stay on through the cold months</h2>" + TEXT + "</div>"
    ex = extract_html(_page("<title>Tidewater Post - Transport desk</title>", f"<div>{opened}{teaser * 3}</div>"))
    assert ex.title == "Night ferries stay on through the cold months"
