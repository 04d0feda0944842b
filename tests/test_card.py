"""The dataset card (OUT/README.md): written with the tables, reproducible, loadable, checked."""

import hashlib
import json
import math
import shutil

import polars as pl
import pytest
import yaml
from click.testing import CliRunner

from builder.card import CARD, render, without_card
from builder.cli import main
from builder.pipeline import build
from builder.release import check_release
from builder.schema import TABLES

from conftest import RAW, shared_path


def front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    head, _, _ = text[4:].partition("\n---\n")
    return yaml.safe_load(head)


def manifest_of(out):
    return json.loads((out / "datapackage.json").read_text(encoding="utf-8"))


def section(text: str, title: str) -> str:
    return text.split(f"\n{title}\n", 1)[1].split("\n## ", 1)[0]


def test_card_is_written_listed_and_described_by_its_front_matter(sample_release):
    data = (sample_release / CARD).read_bytes()
    entry = manifest_of(sample_release)["card"]
    assert entry["path"] == CARD and entry["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    assert entry["bytes"] == len(data)
    meta = front_matter(data.decode("utf-8"))
    assert [c["config_name"] for c in meta["configs"]] == list(TABLES)
    for c in meta["configs"]:
        assert (sample_release / c["data_files"][0]["path"]).exists()
    languages = set(pl.read_parquet(sample_release / "article.parquet")["language"]) - {"und"}
    assert set(meta["language"]) == languages
    assert meta["license"] == "unknown" and meta["size_categories"] == ["n<1K"]


def test_card_figures_are_those_of_the_tables(sample_release):
    text = (sample_release / CARD).read_text(encoding="utf-8")
    rows = {line.split(" | ")[0].strip("| "): int(line.split(" | ")[1])
            for line in section(text, "## What is inside").splitlines()
            if line.startswith("| ") and line.split(" | ")[0].strip("| ") in TABLES}
    assert rows == {t: pl.read_parquet(sample_release / f"{t}.parquet").height for t in TABLES}
    quarantine = pl.read_parquet(sample_release / "quarantine.parquet")
    for reason, n in quarantine["reason"].value_counts().iter_rows():
        assert f"| {reason} | {n} |" in text
    article = pl.read_parquet(sample_release / "article.parquet")
    first = article["published_at"].drop_nulls().str.slice(0, 10).min()
    assert f"Published {first} to" in text
    assert manifest_of(sample_release)["builder"]["version"] in section(text, "## Provenance")
    for t in TABLES:
        assert f"\n### {t}\n" in section(text, "## Data dictionary")


def test_card_is_byte_identical_across_builds_and_worker_counts(tmp_path, sample_release):
    build(RAW, tmp_path / "again", jobs=2)
    assert (tmp_path / "again" / CARD).read_bytes() == (sample_release / CARD).read_bytes()


def test_license_and_quality_options_reach_the_card_and_the_manifest(tmp_path):
    scores = tmp_path / "scores.json"
    scores.write_text('{"body_f1": 0.9712, "quote_P": NaN, "boilerplate_left": "0/3"}')
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(RAW), str(out), "-q", "--license", "cc-by-4.0", "--quality", str(scores)])
    assert r.exit_code == 0, r.output
    text = (out / CARD).read_text(encoding="utf-8")
    assert front_matter(text)["license"] == "cc-by-4.0"
    quality = section(text, "## Quality")
    assert "| body_f1 | 0.971 |" in quality and "| quote_P | n/a |" in quality and "| boilerplate_left | 0/3 |" in quality
    manifest = manifest_of(out)
    assert manifest["licenses"] == [{"name": "cc-by-4.0"}]
    assert manifest["quality"]["quote_P"] is None and not math.isnan(manifest["quality"]["body_f1"])
    assert check_release(out) == []


def test_validate_finds_a_card_that_no_longer_matches_the_tables(tmp_path, sample_release):
    out = tmp_path / "out"
    shutil.copytree(sample_release, out)
    # drop one quotation and keep datapackage.json consistent: only the card is now wrong
    quote = pl.read_parquet(out / "quote.parquet")
    continued = quote["continues"].drop_nulls().to_list()
    victim = quote.filter(~pl.col("quote_id").is_in(continued))["quote_id"][-1]
    quote = quote.filter(pl.col("quote_id") != victim)
    quote.write_parquet(out / "quote.parquet")
    manifest = manifest_of(out)
    for res in manifest["resources"]:
        if res["name"] == "quote":
            res["rows"] = quote.height
            res["hash"] = "sha256:" + hashlib.sha256((out / "quote.parquet").read_bytes()).hexdigest()
    (out / "datapackage.json").write_text(json.dumps(manifest), encoding="utf-8")
    problems = check_release(out)
    assert len(problems) == 1 and problems[0].startswith("card: README.md does not match the tables"), problems
    r = CliRunner().invoke(main, ["validate", str(out)])
    assert r.exit_code == 1 and "does not match the tables" in r.output


def test_validate_finds_an_edited_or_missing_card(tmp_path, sample_release):
    out = tmp_path / "out"
    shutil.copytree(sample_release, out)
    (out / CARD).write_text((out / CARD).read_text(encoding="utf-8") + "\nedited\n", encoding="utf-8")
    problems = check_release(out)
    assert any("checksum of README.md" in p for p in problems) and any("does not match" in p for p in problems)
    (out / CARD).unlink()
    assert check_release(out) == ["card: README.md is missing"]


def test_card_regenerates_from_a_release_alone(sample_release):
    manifest = manifest_of(sample_release)
    assert render(sample_release, without_card(manifest)) == (sample_release / CARD).read_text(encoding="utf-8")


def test_card_configs_load_with_polars_and_duckdb(sample_release):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is in the notebook extra")
    meta = front_matter((sample_release / CARD).read_text(encoding="utf-8"))
    con = duckdb.connect()
    for c in meta["configs"]:
        path = sample_release / c["data_files"][0]["path"]
        df = pl.read_parquet(path)
        n = con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchall()[0][0]
        assert n == df.height == manifest_of(sample_release)["resources"][TABLES.index(c["config_name"])]["rows"]


def test_card_loads_with_the_datasets_library(sample_release):
    datasets = pytest.importorskip("datasets", reason="the `datasets` library is in the optional `hub` extra")
    quote = datasets.load_dataset(str(sample_release), "quote", split="train")
    assert quote.num_rows == pl.read_parquet(sample_release / "quote.parquet").height
    assert set(quote.column_names) == set(pl.read_parquet(sample_release / "quote.parquet").columns)
    article = datasets.load_dataset(str(sample_release), split="train")  # the default config
    assert article.num_rows == pl.read_parquet(sample_release / "article.parquet").height


def test_card_of_a_corpus_release_is_reproducible_and_valid(tmp_path):
    pages = shared_path("corpus", "ko", "html")
    first, second = tmp_path / "a", tmp_path / "b"
    build(pages, first, jobs=1)
    build(pages, second, jobs=2)
    assert (first / CARD).read_bytes() == (second / CARD).read_bytes()
    assert check_release(first) == []
    text = (first / CARD).read_text(encoding="utf-8")
    assert "ko" in front_matter(text)["language"]
    articles = pl.read_parquet(first / "article.parquet")
    outlets = articles["outlet"].fill_null("(unknown)").value_counts(sort=True)
    top, n = outlets.row(0)
    assert f"| {top} |" in section(text, "### Articles per outlet and language") and f"| {n} |" in text


def test_card_of_a_release_without_articles(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (raw / "empty.html").write_bytes(b"")
    build(raw, tmp_path / "out", jobs=1)
    text = (tmp_path / "out" / CARD).read_text(encoding="utf-8")
    assert "language" not in front_matter(text) and "| article | 0 |" in text
    assert "Published n/a to n/a" in text and "| empty_file | 1 |" in text
    assert check_release(tmp_path / "out") == []


def test_a_new_license_rewrites_a_release_that_is_otherwise_up_to_date(tmp_path):
    from builder.pipeline import default_cache

    out = tmp_path / "out"
    build(RAW, out, jobs=1, cache_dir=default_cache(out))
    again = build(RAW, out, jobs=1, cache_dir=default_cache(out))
    assert again.up_to_date
    relicensed = build(RAW, out, jobs=1, cache_dir=default_cache(out), card={"license": "cc-by-4.0"})
    assert not relicensed.up_to_date
    assert front_matter((out / CARD).read_text(encoding="utf-8"))["license"] == "cc-by-4.0"
    assert check_release(out) == []


def test_provenance_lists_no_package_that_only_an_environment_marker_asks_for(monkeypatch):
    """'colorama; platform_system == "Windows"' installed by chance must not change the card."""
    from importlib import metadata

    from builder import card

    wanted = {"news-dataset-builder": ["click>=8", 'colorama; platform_system == "Windows"', 'pytest; extra == "test"'],
              "click": []}
    versions = {"click": "8.1.0", "colorama": "0.4.6", "pytest": "8.0.0"}

    class Dist:
        def __init__(self, name):
            self.metadata, self.version = {"Name": name}, versions[name]

    monkeypatch.setattr(metadata, "requires", lambda name: wanted.get(name, []))
    monkeypatch.setattr(metadata, "distribution", Dist)
    assert card.dependency_versions("news-dataset-builder") == {"click": "8.1.0"}
