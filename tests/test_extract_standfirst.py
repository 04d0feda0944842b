"""The standfirst above an article's text is no part of it; a first paragraph copied into the description is.

Pages written for the test: an invented town, council and firm, English and German text.
"""

from __future__ import annotations

from lxml import html

from builder.extract.html import extract_html, without_link_items
from builder.extract.standfirst import without_standfirst

SUMMARY = "The council of Marrowby has approved a new tram line after three years of argument over its cost."
PARAGRAPHS = [
    "Councillors voted by a wide margin on Tuesday evening to build the line across the river, ending a dispute "
    "that had split the town since the plan was first put forward by the transport committee.",
    "Work is due to start next spring and the first trams should run in 2029, the council leader said, adding "
    "that the journey from the station to the hospital would take half as long as it does by bus today.",
    "Opponents called the cost of about 400 million pounds too high for a town of its size and promised to go "
    "on fighting the scheme before the county elections next year.",
]


def page(standfirst_html: str, paragraphs: list[str] = PARAGRAPHS, description: str = SUMMARY) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<html lang='en'><head><meta charset='utf-8'>"
            "<meta property='og:title' content='Marrowby approves its tram line'>"
            f"<meta property='og:description' content='{description}'></head>"
            f"<body><main><article><h1>Marrowby approves its tram line</h1>{standfirst_html}"
            f"<div class='article-body'>{body}</div></article></main></body></html>")


def body_of(text: str) -> list[str]:
    return extract_html(text).body_lines


def test_a_standfirst_in_its_own_box_is_dropped():
    tree = html.fromstring(page(f"<div class='header-box'><p>{SUMMARY}</p></div>"))
    assert without_standfirst([SUMMARY] + PARAGRAPHS, tree, SUMMARY) == PARAGRAPHS
    assert without_standfirst(["World", SUMMARY] + PARAGRAPHS, tree, SUMMARY) == ["World"] + PARAGRAPHS  # after a kicker


def test_a_standfirst_marked_as_one_among_the_paragraphs_is_dropped():
    marked = page("", [SUMMARY] + PARAGRAPHS).replace(f"<p>{SUMMARY}</p>", f"<p class='story-intro'>{SUMMARY}</p>")
    assert SUMMARY not in body_of(marked)


def test_a_first_paragraph_copied_into_the_description_is_kept():
    lines = body_of(page("", PARAGRAPHS, description=PARAGRAPHS[0]))
    assert lines[0] == PARAGRAPHS[0]


def test_a_first_paragraph_split_from_the_next_by_a_picture_box_is_kept():
    """Paragraphs of one class in two boxes (a figure between them) are one text."""
    tree = html.fromstring(
        "<html><body><article><div class='part'><p class='para'>" + PARAGRAPHS[0] + "</p></div>"
        "<figure><img src='tram.jpg'></figure><div class='part more'><p class='para'>" + PARAGRAPHS[1] + "</p>"
        "<p class='para'>" + PARAGRAPHS[2] + "</p></div></article></body></html>")
    assert without_standfirst(PARAGRAPHS, tree, PARAGRAPHS[0]) == PARAGRAPHS


def test_a_line_that_is_not_the_description_is_kept():
    tree = html.fromstring(f"<html><body><div class='teaser'><p>{SUMMARY}</p></div>"
                           f"<div>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></body></html>")
    lines = [SUMMARY] + PARAGRAPHS
    assert without_standfirst(lines, tree, "Something else the page says about itself.") == lines
    assert without_standfirst(lines, tree, None) == lines


def test_a_german_lead_in_bold_inside_a_paragraph_is_dropped():
    lead = "Die Stadt Ostalingen baut eine neue Brücke über den Fluss, der Stadtrat hat zugestimmt."
    tree = html.fromstring(
        f"<html><body><p class='copytext'><strong>{lead}</strong></p><div class='text'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></body></html>")
    assert without_standfirst([lead] + PARAGRAPHS, tree, lead) == PARAGRAPHS


# List items that are a link alone: other pages listed inside the article's box.
RELATED = ["- Marrowby bus fares to rise in May", "- Bridge over the Lenn closed for a week"]


def test_list_items_that_are_links_alone_are_dropped():
    links = frozenset(r[2:] for r in RELATED) | {"tram"}
    assert without_link_items(PARAGRAPHS + RELATED, links) == PARAGRAPHS


def test_list_items_with_text_beside_their_link_are_kept():
    """A list of the text's points, one word of which links elsewhere, and items that are not links."""
    points = ["- The tram will cost about 400 million pounds", "- Work starts next spring"]
    assert without_link_items(points, frozenset({"tram", "Work"})) == points
    assert without_link_items(["Marrowby bus fares to rise in May"], frozenset({"Marrowby bus fares to rise in May"})) \
        == ["Marrowby bus fares to rise in May"]  # a line that is no list item is left to the article's rules
