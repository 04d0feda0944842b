"""End to end: raw/ in, a validated, reproducible release out; the CLI as a user meets it."""

import json
import os

import polars as pl
import pytest
from click.testing import CliRunner

from builder import __version__
from builder.cli import build_command, main
from builder.pipeline import build
from builder.rules.model import quoted_words
from builder.schema import TABLES
from builder.write import sha256_file

from conftest import RAW


def test_every_table_and_the_manifest_are_written(sample_release):
    for t in TABLES:
        assert (sample_release / f"{t}.parquet").exists()
    manifest = json.loads((sample_release / "datapackage.json").read_text())
    assert [r["name"] for r in manifest["resources"]] == list(TABLES)
    for r in manifest["resources"]:
        assert r["hash"] == "sha256:" + sha256_file(sample_release / r["path"])
        assert r["rows"] == pl.read_parquet(sample_release / r["path"]).height
    assert manifest["builder"]["version"] == __version__


def test_every_input_is_accounted_for(sample_release):
    manifest = json.loads((sample_release / "datapackage.json").read_text())
    counts = manifest["inputs"]
    assert counts["documents"] == counts["articles"] + counts["quarantined"]
    articles = pl.read_parquet(sample_release / "article.parquet")
    quarantine = pl.read_parquet(sample_release / "quarantine.parquet")
    seen = set(articles["source_path"]) | set(quarantine["source_path"])
    files = {p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file()}
    assert seen == files


def test_sample_pages_come_out_clean(sample_release):
    a = pl.read_parquet(sample_release / "article.parquet")
    by = {r["source_path"]: r for r in a.iter_rows(named=True)}
    euckr = by["ko/hangyeol_2024_export_euckr.html"]
    assert "부산상공회의소" in euckr["body"] and "\ufffd" not in euckr["body"]
    assert euckr["authors"] == ["윤재희"] and euckr["published_at"] == "2024-03-07T09:30:00+09:00"
    forum = by["ko/techilbo_2025_ai_forum.html"]
    assert forum["outlet"] == "테크일보" and forum["author_emails"] == ["sky@techilbo.example"]
    assert forum["title"] == '"AI 반도체, 협업이 답" 판교 포럼서 한목소리'
    for bad in ("관련기사", "많이 본 뉴스", "무단전재", "sky@techilbo.example"):
        assert bad not in forum["body"]
    wire = by["ko/gasang_wire_dump.txt"]
    assert wire["outlet"] == "가상뉴스" and wire["authors"] == ["오세린"] and wire["published_at"] is None
    assert not wire["body"].startswith("(대전=")
    warc = by["archive/crawl_sample.warc.gz"]
    assert warc["source_record"] == 1 and warc["url"] == "https://www.saebom.example/news/20230502/library"
    assert warc["language"] == "ko" and warc["authors"] == ["장하은"]


def test_same_inputs_give_byte_identical_files(tmp_path, sample_release):
    again = tmp_path / "again"
    build(RAW, again, jobs=2)
    for t in TABLES:
        assert sha256_file(again / f"{t}.parquet") == sha256_file(sample_release / f"{t}.parquet"), t
    assert (again / "datapackage.json").read_bytes() == \
        (sample_release / "datapackage.json").read_bytes()


def test_quote_offsets_point_into_the_body(sample_release):
    q = pl.read_parquet(sample_release / "quote.parquet")
    a = pl.read_parquet(sample_release / "article.parquet").select("article_id", "body")
    rows = q.join(a, on="article_id").iter_rows(named=True)
    n = 0
    for r in rows:
        assert quoted_words(r["body"], r["start"], r["end"]) == r["text"]
        n += 1
    assert n > 0


def test_failed_validation_leaves_previous_release_untouched(tmp_path):
    from crashers import bad_role

    from builder.validate import ValidationError

    out = tmp_path / "out"
    build(RAW, out, jobs=1)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(ValidationError) as e:
        build(RAW, out, jobs=1, fn=bad_role)
    assert any(p.startswith("table person, column role: value not in") for p in e.value.problems)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_cli_builds_and_prints_summary(tmp_path):
    result = CliRunner().invoke(build_command, [str(RAW), str(tmp_path / "o"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "articles written" in result.output and "quarantined" in result.output
    assert (tmp_path / "o" / "article.parquet").exists()


@pytest.mark.parametrize("case", ["raw_missing", "out_is_file", "out_inside_raw", "raw_inside_out", "same"])
def test_cli_refuses_bad_paths_with_one_line(tmp_path, case):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.html").write_text("<html><body><p>x</p></body></html>")
    args = {
        "raw_missing": [str(tmp_path / "nope"), str(tmp_path / "o")],
        "out_is_file": [str(raw), str(raw / "a.html")],
        "out_inside_raw": [str(raw), str(raw / "out")],
        "raw_inside_out": [str(raw), str(tmp_path)],
        "same": [str(raw), str(raw)],
    }[case]
    result = CliRunner().invoke(build_command, args)
    assert result.exit_code == 2
    assert "Error:" in result.output
    assert sorted(os.listdir(raw)) == ["a.html"]


def test_cli_version_and_help():
    r = CliRunner().invoke(build_command, ["--version"])
    assert r.exit_code == 0 and __version__ in r.output
    r = CliRunner().invoke(build_command, ["--help"])
    assert r.exit_code == 0 and "Examples:" in r.output and "--jobs" in r.output
    r = CliRunner().invoke(main, ["build", "--help"])
    assert r.exit_code == 0


def test_stats_command_text_and_json(sample_release):
    r = CliRunner().invoke(main, ["stats", str(sample_release), "--json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.output)
    assert s["rows"]["article"] == pl.read_parquet(sample_release / "article.parquet").height
    assert s["articles_per_language"]["ko"] >= 4
    assert s["top_speakers"][0]["quotes"] >= s["top_speakers"][-1]["quotes"]
    assert 0 <= s["quotes_without_speaker"]["share"] <= 1
    r = CliRunner().invoke(main, ["stats", str(sample_release)])
    assert r.exit_code == 0 and "speakers" in r.output and "quarantine" in r.output


def test_incremental_rebuild_reuses_unchanged_results_and_matches_a_full_build(tmp_path):
    import shutil

    from builder.pipeline import default_cache

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    out, full = tmp_path / "out", tmp_path / "full"
    cache = default_cache(out)
    build(raw, out, jobs=1, cache_dir=cache)
    entries = sorted(p.name for p in cache.rglob("*.pickle"))
    assert len(entries) == 7  # every document that was read, articles and quarantined alike
    page = raw / "ko" / "techilbo_2025_ai_forum.html"
    page.write_text(page.read_text(encoding="utf-8").replace("목소리를 냈다", "목소리를 높였다"), encoding="utf-8")
    calls = []
    import builder.cache as cache_module
    original = cache_module.process_bytes

    def counting(source, data, digest):
        calls.append(source.path)
        return original(source, data, digest)

    cache_module.process_bytes = counting
    try:
        build(raw, out, jobs=1, cache_dir=cache)
    finally:
        cache_module.process_bytes = original
    assert calls == ["ko/techilbo_2025_ai_forum.html"]
    build(raw, full, jobs=1)
    for t in TABLES:
        assert sha256_file(out / f"{t}.parquet") == sha256_file(full / f"{t}.parquet"), t
    assert "목소리를 높였다" in "".join(pl.read_parquet(out / "article.parquet")["body"])


def test_rebuild_with_nothing_changed_leaves_out_untouched_until_raw_or_out_changes(tmp_path):
    import shutil

    from builder.pipeline import default_cache

    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(RAW, raw)
    cache = default_cache(out)
    first = build(raw, out, jobs=1, cache_dir=cache)
    assert not first.up_to_date
    before = {p.name: p.stat().st_ino for p in out.iterdir()}
    again = build(raw, out, jobs=1, cache_dir=cache)
    assert again.up_to_date and again.articles == first.articles and again.rows == first.rows
    assert {p.name: p.stat().st_ino for p in out.iterdir()} == before  # nothing was rewritten

    (raw / "en" / "late_addition.txt").write_text(
        "Harbour crews finished the first section of the flood wall on Friday, two weeks ahead of schedule. " * 3,
        encoding="utf-8")
    grown = build(raw, out, jobs=1, cache_dir=cache)
    assert not grown.up_to_date and grown.documents == first.documents + 1

    table = out / "event.parquet"
    table.write_bytes(table.read_bytes()[:-10])  # someone damages the release
    repaired = build(raw, out, jobs=1, cache_dir=cache)
    assert not repaired.up_to_date
    from builder.release import check_release
    assert check_release(out) == []

    assert not build(raw, out, jobs=1, cache_dir=cache, timeout=5).up_to_date  # other options, other build


def test_rebuild_reads_only_the_inputs_whose_stat_changed(tmp_path, monkeypatch):
    import shutil

    import builder.cache as cache_module
    from builder.pipeline import default_cache

    raw, out, full = tmp_path / "raw", tmp_path / "out", tmp_path / "full"
    shutil.copytree(RAW, raw)
    cache = default_cache(out)
    build(raw, out, jobs=1, cache_dir=cache)
    page = raw / "en" / "harbor_gazette_council_vote.html"
    page.write_text(page.read_text(encoding="utf-8").replace("tense hearing", "long hearing"), encoding="utf-8")
    read = []
    original = cache_module.load

    def counting(source):
        read.append(source.path)
        return original(source)

    monkeypatch.setattr(cache_module, "load", counting)
    build(raw, out, jobs=1, cache_dir=cache)
    # WARC records are always read (their file holds several documents); plain files only when changed
    assert {p for p in read if not p.endswith((".warc", ".warc.gz"))} == {"en/harbor_gazette_council_vote.html"}
    build(raw, full, jobs=1)
    for t in TABLES:
        assert sha256_file(out / f"{t}.parquet") == sha256_file(full / f"{t}.parquet"), t


def test_a_same_size_edit_with_its_mtime_put_back_is_still_seen(tmp_path):
    import os
    import shutil

    from builder.pipeline import default_cache

    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(RAW, raw)
    cache = default_cache(out)
    build(raw, out, jobs=1, cache_dir=cache)
    page = raw / "en" / "harbor_gazette_council_vote.html"
    st = page.stat()
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("tense hearing", "tough hearing"), encoding="utf-8")  # same length
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert page.stat().st_size == st.st_size and page.stat().st_mtime_ns == st.st_mtime_ns
    summary = build(raw, out, jobs=1, cache_dir=cache)
    assert not summary.up_to_date
    titles = pl.read_parquet(out / "article.parquet")["title"].to_list()
    assert "Council approves harbour flood wall after tough hearing" in titles
