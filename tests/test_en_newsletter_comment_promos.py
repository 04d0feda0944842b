"""English page furniture that promotes the outlet inside the text: a newsletter, channel or podcast sign-up line, the
sign-up box's own messages, the comment box's prompts and a link to the outlet's app. Sentences about newsletters or
signing up stay.

Lines written for the test: an invented town (Halverton) and its paper.
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
