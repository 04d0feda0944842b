"""Quality against the gold pages in ../shared (skipped, with the reason, when it is absent)."""

import importlib.util
import json
import shutil
import subprocess
import sys

import polars as pl
import pytest

from builder.pipeline import build
from conftest import ROOT, shared_path


def copy_set(dirs, dest, pattern="*"):
    dest.mkdir(parents=True, exist_ok=True)
    for d in dirs:
        for f in shared_path(d).glob(pattern):
            shutil.copy(f, dest / f.name)


def score(out, gold):
    res = subprocess.run([sys.executable, str(shared_path("tools", "score.py")), str(out), str(gold), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def korean(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ko")
    copy_set(["seed", "corpus/ko/html", "corpus/ko-text/text"], tmp / "raw")
    copy_set(["seed", "corpus/ko/gold", "corpus/ko-text/gold"], tmp / "gold", "*.expected.json")
    for f in (tmp / "raw").glob("*.json"):
        f.unlink()  # the seed's gold sits beside it
    build(tmp / "raw", tmp / "out", jobs=2)
    return tmp


def test_seed_article_row(korean):
    expected = json.loads(shared_path("seed", "asiae_panel_2025.expected.json").read_text(encoding="utf-8"))
    a = pl.read_parquet(korean / "out" / "article.parquet").filter(pl.col("source_path") == "asiae_panel_2025.txt")
    row = a.row(0, named=True)
    assert expected["article"]["author"] in row["authors"]
    assert expected["article"]["author_email"] in row["author_emails"]
    assert row["outlet"] == expected["article"]["outlet"]
    assert row["subheadings"] == expected["article"]["subheadings"]
    for bad in expected["article"]["body_must_not_contain"]:
        assert bad not in row["body"]


def test_seed_relative_dates_stay_unresolved(korean):
    e = pl.read_parquet(korean / "out" / "event.parquet")
    a = pl.read_parquet(korean / "out" / "article.parquet").filter(pl.col("source_path") == "asiae_panel_2025.txt")
    seed_events = e.filter(pl.col("article_id") == a["article_id"][0])
    assert seed_events.height >= 2
    assert seed_events["start_date"].null_count() == seed_events.height


def test_korean_gold_meets_the_bar(korean):
    s = score(korean / "out", korean / "gold")
    assert s["docs_missing"] == 0
    assert s["boilerplate_left"].startswith("0/")
    assert s["negatives_hit"].startswith("0/")
    for k in ("title_acc", "author_acc", "date_acc", "outlet_acc"):
        assert s[k] >= 0.95, (k, s[k])
    assert s["quote_P"] >= 0.95 and s["quote_R"] >= 0.90 and s["quote_attr_acc"] >= 0.95, s
    assert s["person_P"] >= 0.90 and s["person_R"] >= 0.90, s
    assert s["person_title_acc"] >= 0.90 and s["person_org_acc"] >= 0.90, s
    assert s["event_R"] >= 0.80 and s["event_date_acc"] == 1.0, s


def test_no_page_with_gold_is_quarantined_in_ko_more(tmp_path):
    """Pages rendered from script data (an Arc/Fusion page among them) must reach the article table."""
    spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)
    copy_set(["corpus/ko-more/pages"], tmp_path / "raw")
    gold = shared_path("corpus", "ko-more", "gold")
    build(tmp_path / "raw", tmp_path / "out", jobs=2)
    assert quality.quarantined_with_gold(tmp_path / "out", gold) == []
    assert score(tmp_path / "out", gold)["docs_missing"] == 0


@pytest.mark.parametrize("name", ["en-aeb", "multi-fundus"])
def test_body_f1_not_worse_than_trafilatura_alone(tmp_path, name):
    spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)
    raw, gold = tmp_path / "raw", shared_path("corpus", name, "gold")
    copy_set([f"corpus/{name}/html"], raw)
    build(raw, tmp_path / "out", jobs=2)
    quality.trafilatura_alone(raw, tmp_path / "alone")
    ours, alone = score(tmp_path / "out", gold), score(tmp_path / "alone", gold)
    assert ours["docs_missing"] == 0
    assert quality.quarantined_with_gold(tmp_path / "out", gold) == []
    assert ours["body_f1"] >= alone["body_f1"] - 0.002, (ours["body_f1"], alone["body_f1"])
    if name == "multi-fundus":
        for k in ("title_acc", "author_acc", "date_acc"):
            assert ours[k] >= alone[k] - 0.01, (k, ours[k], alone[k])
