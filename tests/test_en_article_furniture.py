"""English page furniture inside the text: pointers to other stories, the label over a box of them, and the
'you may also like' box that ends the article.

Lines written for the test: an invented town (Halverton) and its bakery.
"""

from __future__ import annotations

import pytest

from builder.extract.model import Extracted
from builder.rules.en.article import refine

TEXT = [
    "Halverton's oldest bakery has won the county prize for its rye bread, the judges said on Saturday.",
    "The bakery, which opened in 1921, beat forty other entries from across the county.",
]


def refined(lines: list[str]) -> list[str]:
    return refine(Extracted(body_lines=lines, extractor="test")).body_lines


@pytest.mark.parametrize("line", [
    "READ MORE: Halverton bakery to open a second shop",
    "See more: The county show in pictures",
    "ALSO READ: Rye flour prices climb again",
    "Related: Ten bakeries worth the drive",
    "MORE : Win two tickets to the county show",
    "DON'T MISS",
    "Don’t miss:",
])
def test_pointers_to_other_stories_are_dropped(line):
    assert refined(TEXT[:1] + [line] + TEXT[1:]) == TEXT


@pytest.mark.parametrize("line", [
    "Read more about the prize on the county's site, the judges said.",
    "More than 300 loaves were tasted: a record for the show.",
    "She told her staff not to miss the ceremony.",
    "Related firms in the county also entered.",
])
def test_sentences_that_begin_alike_are_kept(line):
    assert refined(TEXT[:1] + [line] + TEXT[1:]) == TEXT[:1] + [line] + TEXT[1:]


@pytest.mark.parametrize("label", ["You may also like...", "You may also like…", "Recommended for you:"])
def test_a_box_of_other_stories_ends_the_article(label):
    assert refined(TEXT + [label, "Halverton mill reopens", "The county show returns"]) == TEXT


@pytest.mark.parametrize("line", [
    "Published : 18 Dec 2025, 10:05",
    "Updated Mar. 3, 2025 4:05 p.m. ET",
    "First published on 2 June 2024",
])
def test_a_dateline_line_of_its_own_is_no_text(line):
    assert refined([TEXT[0], line, TEXT[1]]) == TEXT


def test_a_sentence_opening_with_the_word_updated_stays():
    line = "Updated figures published in 2024 show the bakery sold more rye than ever."
    assert refined([TEXT[0], line]) == [TEXT[0], line]


def test_an_address_alone_closing_the_text_is_the_writers():
    ex = refine(Extracted(body_lines=TEXT + ["nora.pell@halverton.example"], extractor="test"))
    assert ex.body_lines == TEXT
    assert ex.author_emails == ["nora.pell@halverton.example"]


def test_a_newsroom_box_closing_the_text_is_no_writers_address():
    ex = refine(Extracted(body_lines=TEXT + ["tips@halverton.example"], extractor="test"))
    assert ex.author_emails == []


def test_an_address_inside_a_sentence_is_left_in_the_text():
    line = "Readers can write to the judges at prize@halverton.example until Friday."
    ex = refine(Extracted(body_lines=TEXT + [line], extractor="test"))
    assert ex.body_lines == TEXT + [line] and ex.author_emails == []


# -- promotions of the outlet inside the text: newsletter, channel and podcast sign-ups, comment prompts, app links --
@pytest.mark.parametrize("line", [
    "For the latest news from across the county from the Halverton Courier, sign up for our newsletters.",
    "Check out more of the Courier's weekend stories by signing up to our free weekly newsletter",
    "Click here to subscribe to The Halverton Morning Newsletter",
    "Subscribe to the Halverton Courier YouTube Channel for all of the latest videos and more!",
    "Thanks for signing up!",
    "There was an error processing your subscription.",
    "Keep an eye on your inbox for the latest county news.",
    "Would you like to comment on this article?",
    "Sign up (it's quick and free) or sign in now.",
    "Please read our Comment Policy before commenting.",
    "CLICK HERE TO GET THE HALVERTON COURIER APP",
])
def test_promotion_lines_leave_the_text(line):
    assert refined([TEXT[0], line, TEXT[1]]) == TEXT


@pytest.mark.parametrize("line", [
    "The baker told customers to sign up for the newsletter she founded in 2019 with her sister, which now reaches "
    "more than forty thousand people in the county.",
    "The council said it would sign up for the county's recycling scheme next year.",
    "More than 2,000 readers have signed up for the bakery's weekly podcast since it began.",
    "Thanks to the new oven, the bakery can now bake twice as many loaves a day.",
])
def test_sentences_about_signing_up_stay(line):
    assert line in refined([TEXT[0], line, TEXT[1]])
