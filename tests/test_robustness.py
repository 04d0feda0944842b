"""Nothing lost: bad inputs, crashing and hanging documents, dead workers, killed builds."""

import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time

import polars as pl
import pytest

from bad_inputs import make_bad_corpus, multiply
from builder.pipeline import build
from builder.release import check_release
from conftest import RAW, ROOT


def tables(out):
    return (pl.read_parquet(out / "article.parquet"), pl.read_parquet(out / "quarantine.parquet"),
            json.loads((out / "datapackage.json").read_text()))


@pytest.fixture(scope="module")
def bad_release(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    expect = make_bad_corpus(base / "raw")
    build(base / "raw", base / "out", jobs=2, timeout=10)
    return expect, base / "out"


def test_every_bad_input_is_accounted_for_with_its_reason(bad_release):
    expect, out = bad_release
    articles, quarantine, manifest = tables(out)
    counts = manifest["inputs"]
    assert counts["documents"] == counts["articles"] + counts["quarantined"]
    reasons = {}
    for r in quarantine.iter_rows(named=True):
        reasons.setdefault(r["source_path"], set()).add(r["reason"])
    article_paths = set(articles["source_path"])
    for name, reason in expect.items():
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        if reason is None:
            assert shown in article_paths, (name, reasons.get(shown))
        else:
            assert reason in reasons.get(shown, set()), (name, reasons.get(shown), shown in article_paths)
    assert set(article_paths) | set(reasons) == {n.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                                                 for n in expect}


def test_mislabelled_charsets_give_hangul_not_mojibake(bad_release):
    _, out = bad_release
    articles, _, _ = tables(out)
    for name in ("says_utf8_is_cp949.html", "says_euckr_is_utf8.html"):
        body = articles.filter(pl.col("source_path") == name)["body"][0]
        assert "주민센터가 석 달간의 공사를" in body


def test_warc_with_a_broken_record_keeps_the_good_ones(bad_release):
    _, out = bad_release
    articles, quarantine, _ = tables(out)
    assert articles.filter(pl.col("source_path") == "archive/mixed.warc.gz").height == 2
    assert quarantine.filter(pl.col("source_path") == "archive/mixed.warc.gz")["reason"].to_list() == ["malformed_warc_record"]


def test_duplicate_is_recorded_once_and_noted(bad_release):
    _, out = bad_release
    articles, quarantine, _ = tables(out)
    assert articles.filter(pl.col("source_path") == "good.html").height == 1
    dup = quarantine.filter(pl.col("source_path") == "good_copy.html").row(0, named=True)
    assert dup["stage"] == "duplicate" and dup["detail"] == "same bytes as good.html"


def test_release_of_bad_inputs_validates(bad_release):
    _, out = bad_release
    assert check_release(out) == []


def small_raw(tmp_path, extra: dict[str, bytes]):
    raw = tmp_path / "raw"
    shutil.copytree(RAW / "ko", raw / "ko")
    for name, data in extra.items():
        (raw / name).write_bytes(data)
    return raw


def test_exception_in_one_document_quarantines_only_it(tmp_path):
    from crashers import raise_on_boom

    raw = small_raw(tmp_path, {"boom.html": (RAW / "ko" / "techilbo_2025_ai_forum.html").read_bytes() + b" "})
    build(raw, tmp_path / "out", jobs=1, fn=raise_on_boom)
    articles, quarantine, _ = tables(tmp_path / "out")
    assert articles.height == 3
    row = quarantine.row(0, named=True)
    assert (row["source_path"], row["stage"], row["reason"]) == ("boom.html", "crash", "exception")
    assert row["detail"] == "ValueError: the parser fell over on purpose"


def test_a_worker_that_dies_loses_only_its_document(tmp_path):
    from crashers import die_on_die

    raw = small_raw(tmp_path, {"die.html": b"<html><body><p>anything</p></body></html>"})
    build(raw, tmp_path / "out", jobs=2, fn=die_on_die)
    articles, quarantine, _ = tables(tmp_path / "out")
    assert articles.height == 3
    assert quarantine.select("source_path", "reason").rows() == [("die.html", "worker_died")]


def test_a_hanging_document_times_out(tmp_path):
    from crashers import hang_on_slow

    raw = small_raw(tmp_path, {"slow.html": b"<html><body><p>anything</p></body></html>"})
    t0 = time.monotonic()
    build(raw, tmp_path / "out", jobs=2, timeout=1, fn=hang_on_slow)
    assert time.monotonic() - t0 < 25
    articles, quarantine, _ = tables(tmp_path / "out")
    assert articles.height == 3
    assert quarantine.select("source_path", "reason").rows() == [("slow.html", "timeout")]


def test_build_opens_no_network_connection(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network use attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    summary = build(RAW, tmp_path / "out", jobs=1)
    assert summary.articles >= 6 and summary.reasons.get("exception", 0) == 0


def test_validate_catches_a_corrupted_byte(tmp_path):
    out = tmp_path / "out"
    build(RAW, out, jobs=1)
    path = out / "quote.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    problems = check_release(out)
    assert any("table quote: checksum" in p for p in problems)


def test_validate_catches_an_edited_row(tmp_path):
    out = tmp_path / "out"
    build(RAW, out, jobs=1)
    a = pl.read_parquet(out / "article.parquet")
    a.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("edited")).otherwise(pl.col("title"))
                   .alias("title")).write_parquet(out / "article.parquet")
    problems = check_release(out)
    assert any("table article: checksum" in p for p in problems)
    from click.testing import CliRunner

    from builder.cli import main
    r = CliRunner().invoke(main, ["validate", str(out)])
    assert r.exit_code == 1 and "checksum" in r.output


def test_validate_catches_a_broken_foreign_key_even_with_fixed_checksums(tmp_path):
    from builder.write import sha256_file

    out = tmp_path / "out"
    build(RAW, out, jobs=1)
    q = pl.read_parquet(out / "quote.parquet")
    q.with_columns(pl.lit("0000000000000000").alias("article_id")).write_parquet(out / "quote.parquet")
    manifest = json.loads((out / "datapackage.json").read_text())
    for r in manifest["resources"]:
        if r["name"] == "quote":
            r["hash"] = "sha256:" + sha256_file(out / "quote.parquet")
    (out / "datapackage.json").write_text(json.dumps(manifest))
    problems = check_release(out)
    assert any(p.startswith("table quote, foreign key (article_id) -> article") for p in problems)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_killed_build_leaves_previous_or_new_release_never_a_mix(tmp_path, sig):
    raw = tmp_path / "raw"
    multiply(RAW, raw, 25)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "builder.cli", str(raw), str(out), "--jobs", "2", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(cmd, check=True, env=env, timeout=300)
    first = (out / "datapackage.json").read_bytes()
    (raw / "c0000" / "ko" / "extra.txt").write_text("(서울=가상뉴스) 한지수 기자 = 새 기사가 하나 늘었다. " * 8)
    rng = random.Random(sig)
    for _ in range(3):
        proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.5))
        proc.send_signal(sig)
        proc.wait(timeout=60)
        assert check_release(out) == [], "OUT is not a complete release after the kill"
        assert (out / "datapackage.json").read_bytes() in (first, first) or \
            json.loads((out / "datapackage.json").read_text())["inputs"]["documents"] > json.loads(first)["inputs"]["documents"]
    subprocess.run(cmd, check=True, env=env, timeout=300)
    assert check_release(out) == []
    assert json.loads((out / "datapackage.json").read_text())["inputs"]["documents"] == \
        json.loads(first)["inputs"]["documents"] + 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".out.staging", ".out.previous"))]


def test_unreadable_file_is_quarantined_not_fatal(tmp_path, monkeypatch):
    """chmod 000 means nothing to root (CI), so the refusal the OS would give is simulated."""
    import builtins

    import builder.inputs as inputs

    raw = small_raw(tmp_path, {"locked.html": b"<html><body><p>secret</p></body></html>"})

    def guarded_open(path, *args, **kwargs):
        if str(path).endswith("locked.html"):
            raise PermissionError(13, "Permission denied", str(path))
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(inputs, "open", guarded_open, raising=False)
    build(raw, tmp_path / "out", jobs=1)
    articles, quarantine, _ = tables(tmp_path / "out")
    assert articles.height == 3
    row = quarantine.row(0, named=True)
    assert (row["source_path"], row["stage"], row["reason"]) == ("locked.html", "read", "unreadable")
    assert "permission denied" in row["detail"].lower()
