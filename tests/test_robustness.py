"""Nothing lost: bad inputs, crashing and hanging documents, dead workers, killed builds."""

import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool

import polars as pl
import pytest

import builder.cache as cache_module
from bad_inputs import ODD_NAMES, make_bad_corpus, multiply
from builder.inputs import path_text, real_path
from builder.pipeline import build, default_cache
from builder.release import check_release
from builder.parquet import read_parquet
from conftest import RAW, ROOT

ODD = {key: os.fsdecode(name) for key, name in ODD_NAMES.items()}
TOUCHED = ("good_page", "folder_page", "junk")  # files with odd names whose stat changes before the third build


def tables(out):
    return (read_parquet(out / "article.parquet"), read_parquet(out / "quarantine.parquet"),
            json.loads((out / "datapackage.json").read_text()))


@pytest.fixture(scope="module")
def bad_builds(tmp_path_factory):
    """The bad corpus built three times with the result cache and the stat index on, into an OUT
    whose own name is not UTF-8: fresh from the command line; again with nothing changed; and
    after touching files with odd names, so the stat index is asked about every file. Each
    release is copied aside; returns (expect, raw, OUT, {build: (release copy, info)})."""
    base = tmp_path_factory.mktemp("bad")
    raw, out = base / "raw", base / os.fsdecode(b"out_\xff")
    expect = make_bad_corpus(raw)
    builds = {}

    def keep(name, info):
        copy = base / os.fsdecode(b"release_\xfe_" + name.encode())
        shutil.copytree(out, copy)
        builds[name] = (copy, info)

    cmd = [sys.executable, "-m", "builder.cli", str(raw), str(out), "--jobs", "2", "--timeout", "10"]
    run = subprocess.run(cmd, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, timeout=600)
    keep("fresh", {"returncode": run.returncode, "stderr": run.stderr})
    again = build(raw, out, jobs=2, timeout=10.0, cache_dir=default_cache(out))
    keep("rebuilt", {"up_to_date": again.up_to_date})
    for key in TOUCHED:
        os.utime(raw / ODD[key])
    read = []
    original = cache_module.load

    def counting_load(source):
        read.append((source.path, source.record))
        return original(source)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cache_module, "load", counting_load)
        touched = build(raw, out, jobs=2, timeout=10.0, cache_dir=default_cache(out))
    keep("touched", {"up_to_date": touched.up_to_date, "read": read})
    return expect, raw, out, builds


@pytest.fixture(params=["fresh", "rebuilt", "touched"])
def bad_release(request, bad_builds):
    expect, _, _, builds = bad_builds
    return expect, builds[request.param][0]


def test_bad_inputs_build_from_the_command_line_and_rebuild_with_the_cache(bad_builds):
    _, raw, out, builds = bad_builds
    fresh = builds["fresh"][1]
    assert fresh["returncode"] == 0 and b"Traceback" not in fresh["stderr"], fresh["stderr"].decode(errors="replace")
    assert builds["rebuilt"][1]["up_to_date"]
    touched = builds["touched"][1]
    assert not touched["up_to_date"]
    # the stat index answered for every untouched file that could be read; the touched ones, files
    # that cannot be read (never indexed) and WARC records (never indexed) were read again
    _, quarantine, _ = tables(builds["touched"][0])
    unreadable = set(quarantine.filter(pl.col("stage") == "read")["source_path"])
    reread = {p for p, record in touched["read"] if record == 0}
    assert {path_text(ODD[k]) for k in TOUCHED} <= reread
    assert reread - {path_text(ODD[k]) for k in TOUCHED} <= unreadable
    assert {p for p, record in touched["read"] if record} == {"archive/mixed.warc.gz", path_text(ODD["folder_warc"])}
    index = sqlite3.connect(next(default_cache(out).glob("*/index.sqlite")))
    keys = {row[0] for row in index.execute("SELECT path FROM files")}
    index.close()
    assert os.fsencode((raw / ODD["good_page"]).resolve()) in keys
    assert os.fsencode((raw / ODD["folder_page"]).resolve()) in keys
    # all three releases are the same bytes
    first = builds["fresh"][0]
    for name in ("rebuilt", "touched"):
        for f in sorted(p.name for p in first.iterdir()):
            assert (builds[name][0] / f).read_bytes() == (first / f).read_bytes(), (name, f)


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
        shown = path_text(name)
        if reason is None:
            assert shown in article_paths, (name, reasons.get(shown))
        else:
            assert reason in reasons.get(shown, set()), (name, reasons.get(shown), shown in article_paths)
    assert set(article_paths) | set(reasons) == {path_text(n) for n in expect}


def test_odd_file_names_come_out_readable_and_lead_back_to_their_files(bad_builds, bad_release):
    expect, out = bad_release
    raw = bad_builds[1]
    articles, quarantine, _ = tables(out)
    shown = {key: path_text(name) for key, name in ODD.items()}
    assert shown["good_page"] == "bad_name_\\xff\\xfe.html"
    assert shown["lookalike"] == "bad_name_\\\\xff\\\\xfe.html"  # not the same text as the name it spells
    assert shown["control"] == "line\\x0abreak\\x09.html"
    assert shown["folder_warc"] == "folder_\\xe9\\xe8/crawl.warc.gz"
    for key, name in ODD.items():
        table = articles if expect[name] is None else quarantine
        assert table.filter(pl.col("source_path") == shown[key]).height == 1, key
        back = real_path(shown[key], raw)
        assert os.fsencode(back) == os.fsencode(raw) + b"/" + ODD_NAMES[key]
        assert back.read_bytes() == (raw / name).read_bytes()
    body = articles.filter(pl.col("source_path") == shown["good_page"])["body"][0]
    assert "on Thursday" in body  # the good page under a name that is not UTF-8 is a whole article
    for column in (articles["source_path"], quarantine["source_path"]):
        assert not [v for v in column if not v.isprintable()]


def test_validate_command_on_a_release_whose_name_is_not_utf8(bad_builds):
    out = bad_builds[3]["touched"][0]
    run = subprocess.run([sys.executable, "-c", "from builder.cli import main; main()", "validate", str(out)],
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"{path_text(out)}: OK\n".encode()
    assert b"release_\\xfe_touched: OK" in run.stdout


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


def test_a_pool_broken_before_a_document_is_handed_to_it_loses_nothing(tmp_path, monkeypatch):
    """A worker can die while the next document is being handed out: the pool then refuses it at submit."""
    from builder import execute

    real_pool = execute._pool
    pools = []

    class RefusingPool:  # the first pool: its workers are gone before the first document reaches it
        def submit(self, *args, **kwargs):
            raise BrokenProcessPool("a child process terminated abruptly")

        def shutdown(self, wait=True, cancel_futures=False):
            pass

    def pool(jobs):
        pools.append(jobs)
        return RefusingPool() if len(pools) == 1 else real_pool(jobs)

    monkeypatch.setattr(execute, "_pool", pool)
    raw = small_raw(tmp_path, {})
    build(raw, tmp_path / "out", jobs=2)
    articles, quarantine, _ = tables(tmp_path / "out")
    assert articles.height == 3 and quarantine.height == 0
    assert len(pools) > 1  # the documents were rerun on a new pool


def test_a_hanging_document_times_out(tmp_path):
    from crashers import HANG_SECONDS, hang_on_slow

    raw = small_raw(tmp_path, {"slow.html": b"<html><body><p>anything</p></body></html>"})
    t0 = time.monotonic()
    build(raw, tmp_path / "out", jobs=2, timeout=1, fn=hang_on_slow)
    assert time.monotonic() - t0 < HANG_SECONDS, "the build waited for the hanging worker instead of giving up on it"
    articles, quarantine, _ = tables(tmp_path / "out")
    assert articles.height == 3
    assert quarantine.select("source_path", "reason").rows() == [("slow.html", "timeout")]


def test_a_document_that_computes_for_ever_times_out(tmp_path):
    from crashers import spin_on_spin

    raw = small_raw(tmp_path, {"spin.html": b"<html><body><p>anything</p></body></html>"})
    build(raw, tmp_path / "out", jobs=2, timeout=1, fn=spin_on_spin)
    articles, quarantine, _ = tables(tmp_path / "out")
    assert articles.height == 3
    assert quarantine.select("source_path", "reason").rows() == [("spin.html", "timeout")]


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


def odd_raw(tmp_path):
    """The sample's Korean pages plus a page and a WARC under names that are not UTF-8."""
    from bad_inputs import ARTICLE_EN, warc_bytes

    raw = small_raw(tmp_path, {})
    (raw / ODD["good_page"]).write_bytes(ARTICLE_EN.encode())
    (raw / ODD["folder_warc"]).parent.mkdir()
    (raw / ODD["folder_warc"]).write_bytes(warc_bytes([("https://odd.example/2", "text/html; charset=utf-8",
                                                        ARTICLE_EN.replace("Friday", "Monday").encode())]))
    return raw


def test_ray_shards_carry_names_that_are_not_utf8(tmp_path):
    pytest.importorskip("ray", reason="the ray extra is not installed")
    raw = odd_raw(tmp_path)
    local, on_ray = tmp_path / os.fsdecode(b"local_\xff"), tmp_path / os.fsdecode(b"ray_\xff")
    build(raw, local, jobs=1)
    build(raw, on_ray, jobs=2, executor="ray")
    articles, _, _ = tables(on_ray)
    assert {path_text(ODD["good_page"]), path_text(ODD["folder_warc"])} <= set(articles["source_path"])
    for f in sorted(p.name for p in local.iterdir()):
        assert (on_ray / f).read_bytes() == (local / f).read_bytes(), f


def test_an_out_named_like_a_glob_pattern_cleans_up_only_its_own_leftovers(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    out = tmp_path / "out[1]"
    mine, other = tmp_path / f".out[1].staging-{pid}", tmp_path / f".out1.staging-{pid}"
    mine.mkdir()
    other.mkdir()
    build(odd_raw(tmp_path), out, jobs=1)
    assert not mine.exists() and other.exists()
    assert check_release(out) == []


def test_a_usage_error_shows_a_name_that_is_not_utf8_as_its_bytes(tmp_path):
    raw = tmp_path / os.fsdecode(b"missing_\xff")
    run = subprocess.run([sys.executable, "-m", "builder.cli", str(raw), str(tmp_path / "out")],
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, timeout=120)
    assert run.returncode == 2
    assert b"RAW does not exist: " + os.fsencode(path_text(raw)) in run.stderr
    assert b"missing_\\xff" in run.stderr
