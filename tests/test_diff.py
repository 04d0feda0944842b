"""`news-dataset diff OLD NEW`: added, removed and changed rows by primary key, in three formats."""

import json
import shutil

import polars as pl
import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.diff import diff_releases, render_markdown, render_text
from builder.document import process
from builder.pipeline import build
from builder.schema import TABLES

from conftest import RAW, shared_path

NEW_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Library extends weekend hours after record summer - Riverside Courier</title>
<meta property="og:site_name" content="Riverside Courier">
<meta name="author" content="Tomas Lindqvist">
<meta property="article:published_time" content="2025-08-30T09:15:00+01:00">
</head><body><article>
<h1>Library extends weekend hours after record summer</h1>
<p class="byline">By Tomas Lindqvist</p>
<p>The Riverside public library will open on Sundays from September, after the busiest summer in its
eighty-year history brought more than forty thousand visitors through its doors.</p>
<p>"People told us again and again that Saturday was not enough," said head librarian Grace Otieno.
"Families want somewhere warm and quiet to read together at the weekend."</p>
<p>The extra hours will be paid for by a grant from the county arts fund, which approved the money
at its meeting on Thursday. The library will also add a second children's reading session.</p>
<p>Councillor Ben Adeyemi welcomed the decision. "This is the best value for money the county has
found in years," he said.</p>
</article></body></html>
"""


def quiet_reporting_verbs(source):
    """The per-document function with a reporting-verb rule that no longer fires: a changed rule output."""
    res = process(source)
    res.quote = [dict(q, reporting_verb=None) for q in res.quote]
    return res


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory):
    """A release of raw/, and one where a page was removed, a page added and a rule changed."""
    base = tmp_path_factory.mktemp("diff")
    raw_new = base / "raw_new"
    shutil.copytree(RAW, raw_new)
    (raw_new / "en" / "harbor_gazette_council_vote.html").unlink()
    (raw_new / "en" / "riverside_library_hours.html").write_text(NEW_PAGE, encoding="utf-8")
    build(RAW, base / "old", jobs=1)
    build(raw_new, base / "new", jobs=1, fn=quiet_reporting_verbs)
    return base / "old", base / "new"


def by_name(d):
    return {t.name: t for t in d.tables}


def test_a_release_compared_with_itself_is_identical(tmp_path, sample_release):
    copy = tmp_path / "copy"
    shutil.copytree(sample_release, copy)
    d = diff_releases(sample_release, copy)
    assert d.identical and all(t.same_file for t in d.tables) and not any(d.figures.values())
    r = CliRunner().invoke(main, ["diff", str(sample_release), str(copy)])
    assert r.exit_code == 0 and "identical tables" in r.output


def test_diff_compares_rows_even_when_files_are_not_byte_identical(tmp_path, sample_release):
    copy = tmp_path / "copy"
    shutil.copytree(sample_release, copy)
    quote = pl.read_parquet(copy / "quote.parquet")
    quote.sort("quote_id").write_parquet(copy / "quote.parquet", compression="snappy")  # same rows, other bytes
    d = diff_releases(sample_release, copy)
    assert not by_name(d)["quote"].same_file and d.identical


def test_diff_finds_an_added_page_a_removed_page_and_a_changed_rule_output(two_releases):
    old, new = two_releases
    d = diff_releases(old, new)
    assert not d.identical
    t = by_name(d)
    articles_old = pl.read_parquet(old / "article.parquet")
    articles_new = pl.read_parquet(new / "article.parquet")
    assert (t["article"].added, t["article"].removed, t["article"].changed) == (1, 1, 0)
    assert t["article"].examples["added"][0]["source_path"] == "en/riverside_library_hours.html"
    assert t["article"].examples["removed"][0]["source_path"] == "en/harbor_gazette_council_vote.html"
    assert t["article"].old_rows == articles_old.height and t["article"].new_rows == articles_new.height
    quote_old, quote_new = pl.read_parquet(old / "quote.parquet"), pl.read_parquet(new / "quote.parquet")
    kept = quote_old.join(quote_new, on="quote_id", how="semi")
    assert t["quote"].changed == kept.filter(pl.col("reporting_verb").is_not_null()).height > 0
    assert t["quote"].changed_columns == {"reporting_verb": t["quote"].changed}
    assert t["quote"].removed == quote_old.height - kept.height > 0
    assert t["quote"].added == quote_new.height - kept.height > 0
    example = t["quote"].examples["changed"][0]
    assert example["columns"]["reporting_verb"]["new"] is None and example["columns"]["reporting_verb"]["old"]
    assert t["quarantine"].identical and t["article"].same_source == 0
    outlets = {r["value"]: (r["old"], r["new"]) for r in d.figures["articles_per_outlet"]}
    assert outlets["Riverside Courier"] == (0, 1) and outlets["The Harbor Gazette"] == (1, 0)
    totals = {r["value"]: (r["old"], r["new"]) for r in d.figures["totals"]}
    assert totals["quotes"] == (quote_old.height, quote_new.height)


def test_diff_tells_an_edited_page_from_a_new_one(tmp_path, sample_release):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    page = raw / "en" / "harbor_gazette_council_vote.html"
    page.write_text(page.read_text(encoding="utf-8").replace("6-3 on Tuesday", "6-3 late on Tuesday"), encoding="utf-8")
    build(raw, tmp_path / "out", jobs=1)
    t = by_name(diff_releases(sample_release, tmp_path / "out"))
    assert (t["article"].added, t["article"].removed, t["article"].same_source) == (1, 1, 1)
    assert t["quarantine"].identical


def test_diff_command_text_markdown_and_json(two_releases):
    old, new = two_releases
    runner = CliRunner()
    text = runner.invoke(main, ["diff", str(old), str(new)])
    assert text.exit_code == 1
    assert "article (article_id): " in text.output and "+1 added, -1 removed, ~0 changed" in text.output
    assert "reporting_verb" in text.output and "Riverside Courier 0 → 1 (+1)" in text.output
    md = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"])
    assert md.exit_code == 1 and "| table | rows | added | removed | changed | changed columns |" in md.output
    assert "| article | " in md.output and "<details>" in md.output
    js = runner.invoke(main, ["diff", str(old), str(new), "--json"])
    assert js.exit_code == 1
    parsed = json.loads(js.output)
    assert parsed["identical"] is False and [t["name"] for t in parsed["tables"]] == list(TABLES)
    assert render_text(diff_releases(old, new)) in text.output
    assert render_markdown(diff_releases(old, new, examples=0)).count("<details>") == 0


def test_diff_reports_a_column_added_to_a_table(tmp_path, sample_release):
    copy = tmp_path / "copy"
    shutil.copytree(sample_release, copy)
    event = pl.read_parquet(copy / "event.parquet")
    event.with_columns(pl.lit("x").alias("source_note")).write_parquet(copy / "event.parquet")
    t = by_name(diff_releases(sample_release, copy))["event"]
    assert t.columns_added == ["source_note"] and not t.identical and t.changed == 0


def test_diff_exits_2_on_anything_that_is_not_a_release(tmp_path, sample_release):
    (tmp_path / "empty").mkdir()
    for other in (tmp_path / "empty", tmp_path / "absent"):
        r = CliRunner().invoke(main, ["diff", str(sample_release), str(other)])
        assert r.exit_code == 2 and "error:" in r.output
    broken = tmp_path / "broken"
    shutil.copytree(sample_release, broken)
    (broken / "person.parquet").write_bytes(b"not parquet")
    r = CliRunner().invoke(main, ["diff", str(sample_release), str(broken)])
    assert r.exit_code == 2 and "error:" in r.output


def test_diff_of_corpus_releases_finds_the_pages_that_came_and_went(tmp_path):
    pages = sorted(p for p in shared_path("corpus", "ko-more", "pages").iterdir() if p.is_file())
    if len(pages) < 4:
        pytest.skip("ko-more has fewer than 4 pages")
    old_raw, new_raw = tmp_path / "old_raw", tmp_path / "new_raw"
    for folder, chosen in ((old_raw, pages[:3]), (new_raw, pages[1:4])):
        folder.mkdir()
        for p in chosen:
            shutil.copy(p, folder / p.name)
    build(old_raw, tmp_path / "old", jobs=1)
    build(new_raw, tmp_path / "new", jobs=1)
    d = diff_releases(tmp_path / "old", tmp_path / "new")
    t = by_name(d)
    old_articles = pl.read_parquet(tmp_path / "old" / "article.parquet")
    new_articles = pl.read_parquet(tmp_path / "new" / "article.parquet")
    assert t["article"].added == new_articles.join(old_articles, on="article_id", how="anti").height
    assert t["article"].removed == old_articles.join(new_articles, on="article_id", how="anti").height
    assert t["article"].added + t["article"].removed + t["quarantine"].added + t["quarantine"].removed == 2
    assert t["article"].changed == 0
    r = CliRunner().invoke(main, ["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--format", "markdown"])
    assert r.exit_code == 1


def test_row_hashes_stay_right_if_a_scan_ever_comes_back_in_another_order(two_releases, monkeypatch):
    import builder.diff as diff_module

    old, new = two_releases
    expected = diff_releases(old, new).to_dict()
    real = diff_module.collect

    def column_passes_reversed(lf):
        df = real(lf)
        return df.reverse() if df.columns == ["_key", "_col"] else df

    monkeypatch.setattr(diff_module, "collect", column_passes_reversed)
    assert diff_releases(old, new).to_dict() == expected
