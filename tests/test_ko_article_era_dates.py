"""Paradigm rows: a dateline counted in the Korean (Dangun) or Buddhist era is read in the Common era; the lunar date
beside it is no second date; a masthead's 'today' is no reporter."""

import pytest

from builder.rules.ko.article import byline_node, common_era_year, joined_year

POSITIVES = [
    ("단기 4358년 (서기 2025년) 3월 4일 · 음력 2월 5일 · 도해랑 기자", "2025년 3월 4일 · 도해랑 기자"),
    ("단기 4358년 3월 4일", "2025년 3월 4일"),  # the Common year worked out
    ("檀紀 4358년 3월 4일", "2025년 3월 4일"),
    ("불기 2569년 5월 5일", "2025년 5월 5일"),  # the Buddhist era
    ("서기 2025년 3월 4일", "2025년 3월 4일"),  # the Common era labelled
    ("단기 4358년 [2025년] 3월 4일 (음력 윤2월 5일)", "2025년 3월 4일"),  # square brackets, a leap month
]


@pytest.mark.parametrize("line,want", POSITIVES)
def test_era_year_made_common(line: str, want: str) -> None:
    assert "".join(common_era_year(line).split()) == "".join(want.split())


NEGATIVES = [
    "단기 계획은 3월에 나온다.",  # 단기 'short-term', no year
    "회사는 2025년 3월 4일 문을 열었다.",  # a Common year without a label
    "불기소 처분은 2025년 3월 4일 내려졌다.",  # 불기소, not the era
]


@pytest.mark.parametrize("line", NEGATIVES)
def test_no_era_kept(line: str) -> None:
    assert joined_year(line) == line


def test_era_dateline_gives_reporter_and_date() -> None:
    who, when = byline_node([joined_year("단기 4358년 (서기 2025년) 3월 4일 · 음력 2월 5일 · 도해랑 기자")])
    assert who == "도해랑" and when and when.startswith("2025-03-04")


def test_masthead_today_no_reporter() -> None:
    who, _ = byline_node(["오늘은 2025년 3월 6일"])
    assert who != "오늘은"
