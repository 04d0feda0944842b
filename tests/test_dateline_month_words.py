"""Datelines whose month is a word, and no 1 January made of a year alone.

A dateline under the headline may write its month as a word, day first or month first, in English or another
language; a year alone (a copyright line's, or a dateline's year htmldate cannot use) is no date: a date the page
does not give is null. Lines and pages written for the test (an invented town, Halverton).
"""

from __future__ import annotations

import lxml.html
import pytest

from builder.extract.html import dateline, month_number, prints_first_of_month, searched_date


@pytest.mark.parametrize("line, expected", [
    ("Published : 18 Dec 2026, 10:05", "2026-12-18T10:05"),
    ("Updated: March 3, 2025 at 4:05 p.m.", "2025-03-03T16:05"),
    ("Posted Sept. 9, 2024", "2024-09-09"),
    ("Von Jana Ostrow, 3. März 2026 um 14:30", "2026-03-03T14:30"),
    ("Por Lucía Varen, 3 de marzo de 2026", "2026-03-03"),
    ("Le 12 juil. 2025 à 09h10", "2025-07-12T09:10"),
])
def test_a_dateline_reads_a_month_written_as_a_word(line, expected):
    assert dateline([line])[0] == expected


def test_the_text_before_a_worded_date_is_the_byline_part():
    assert dateline(["Nora Pell | Nov. 2, 2025"]) == ("2025-11-02", "Nora Pell")


@pytest.mark.parametrize("line", [
    "Halverton Post | Culture",
    "The 18 seats went to the Greens in 2026",   # a number and a year, no month between them
    "Opened 4 the public 2026",
])
def test_no_date_without_a_month_word(line):
    assert dateline([line]) == (None, None)


def test_month_words_and_ambiguous_abbreviations():
    assert [month_number(w) for w in ("Dec", "Sept", "juil", "März", "agosto", "mei")] == [12, 9, 7, 3, 8, 5]
    assert month_number("jui") is None      # juin or juillet
    assert month_number("the") is None
    assert month_number("Ma") is None       # too short to say


def test_a_first_of_january_is_one_the_page_prints():
    assert prints_first_of_month("Posted 1 January 2026 by the desk", "2026", 1)
    assert prints_first_of_month("archive/2026/01/01/story", "2026", 1)
    assert not prints_first_of_month("© 2026 Halverton Post. All rights reserved.", "2026", 1)
    assert not prints_first_of_month("Published 1 January 2025", "2026", 1)


def test_the_date_search_makes_no_first_of_january_of_a_year_alone():
    page = lxml.html.fromstring("<html><body><h1>Rye bread wins</h1><p>Halverton's bakery won the prize.</p>"
                                "<footer>Copyright 2025 Halverton Post. All rights reserved.</footer></body></html>")
    assert searched_date(page, None) is None
    dated = lxml.html.fromstring("<html><body><h1>Rye bread wins</h1><p>Posted : 20 Nov 2025</p>"
                                 "<p>Halverton's bakery won the prize.</p></body></html>")
    assert searched_date(dated, None) == "2025-11-20"


def test_the_date_search_does_not_depend_on_the_day_the_build_runs():
    """A page dated after the machine's clock keeps its date: htmldate's default bound is today, which would make
    the same page's row change with the day of the build."""
    later = lxml.html.fromstring("<html><body><h1>Rye bread wins</h1><p>Posted : 20 Nov 2038</p>"
                                 "<p>Halverton's bakery won the prize.</p></body></html>")
    assert searched_date(later, None) == "2038-11-20"
