"""Every kind of schema violation is caught and named: table, column, rows."""

from datetime import datetime, timezone

import polars as pl
import pytest

from builder.schema import load_all
from builder.validate import ValidationError, check_foreign_keys, check_table, validate_tables

SCHEMAS = load_all()


def article(**over):
    row = {"article_id": "a1", "source_path": "x.html", "source_record": 0, "source_sha256": "0" * 64,
           "url": None, "outlet": "테크일보", "title": "t", "subheadings": [], "authors": ["김하늘"],
           "author_emails": [], "published_at": "2025-11-12T14:05:00+09:00", "updated_at": None,
           "published_utc": datetime(2025, 11, 12, 5, 5, tzinfo=timezone.utc), "timezone": "+09:00",
           "language": "ko", "body": "본문", "extractor": "text-dump"}
    row.update(over)
    return row


def person(**over):
    row = {"person_id": "p1", "article_id": "a1", "name": "김하늘", "title": "기자", "organization": None,
           "role": "reporter", "mention_count": 1, "first_offset": 0, "found_by": "byline"}
    row.update(over)
    return row


def tables(articles=None, persons=None, quotes=None):
    return {
        "article": SCHEMAS["article"].frame(articles if articles is not None else [article()]),
        "person": SCHEMAS["person"].frame(persons or []),
        "quote": SCHEMAS["quote"].frame(quotes or []),
        "event": SCHEMAS["event"].frame([]),
        "quarantine": SCHEMAS["quarantine"].frame([]),
    }


def quote(**over):
    row = {"quote_id": "q1", "article_id": "a1", "person_id": "p1", "speaker_name": "김하늘", "speaker_kind": "person",
           "text": "본문", "reporting_verb": "말했다", "quote_type": "direct", "start": 0, "end": 2}
    row.update(over)
    return row


def test_valid_tables_pass():
    validate_tables(tables(persons=[person()], quotes=[quote()]), SCHEMAS)


def test_missing_column_is_named():
    df = SCHEMAS["article"].frame([article()]).drop("body")
    problems = check_table(df, SCHEMAS["article"])
    assert any("missing column(s) body" in p and "table article" in p for p in problems)


def test_wrong_type_is_named():
    df = SCHEMAS["article"].frame([article()]).with_columns(pl.col("source_record").cast(pl.Utf8))
    problems = check_table(df, SCHEMAS["article"])
    assert any("column source_record: type String" in p for p in problems)


def test_required_value_missing_names_rows():
    df = SCHEMAS["article"].frame([article(), article(article_id="a2", body=None)])
    problems = check_table(df, SCHEMAS["article"])
    assert any("column body: required value missing in rows 1" in p for p in problems)


def test_duplicate_primary_key_names_rows():
    df = SCHEMAS["article"].frame([article(), article(source_path="y.html")])
    problems = check_table(df, SCHEMAS["article"])
    assert any("primary key (article_id): duplicate key in rows 0, 1" in p for p in problems)


def test_enum_violation():
    df = SCHEMAS["person"].frame([person(role="editor")])
    assert any("column role: value not in" in p for p in check_table(df, SCHEMAS["person"]))


def test_pattern_violation_on_published_at():
    df = SCHEMAS["article"].frame([article(published_at="12 Nov 2025")])
    assert any("column published_at: value does not match" in p for p in check_table(df, SCHEMAS["article"]))


def test_foreign_key_to_missing_article_is_named():
    t = tables(persons=[person(article_id="zz")])
    problems = check_foreign_keys(t, SCHEMAS)
    assert any(p.startswith("table person, foreign key (article_id) -> article(article_id): no matching row for rows 0")
               for p in problems)


def test_composite_foreign_key_quote_to_person():
    t = tables(persons=[person()], quotes=[quote(person_id="nobody")])
    problems = check_foreign_keys(t, SCHEMAS)
    assert any("table quote, foreign key (article_id, person_id) -> person" in p for p in problems)


def test_null_foreign_key_is_allowed():
    validate_tables(tables(quotes=[quote(person_id=None, speaker_name=None, speaker_kind=None)]), SCHEMAS)


def test_validate_tables_raises_with_all_problems():
    with pytest.raises(ValidationError) as e:
        validate_tables(tables(articles=[article(body=None)], persons=[person(article_id="zz")]), SCHEMAS)
    assert len(e.value.problems) >= 2
