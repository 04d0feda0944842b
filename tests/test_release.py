"""The committed sample release is what raw/ builds to: CI regenerates it and compares.

releases/sample/ holds the whole release (tables, card, datapackage.json), so a mismatch is
shown as the output of `news-dataset diff` between the committed release and the fresh build.
"""

import json

from conftest import ROOT

from builder.card import CARD
from builder.diff import diff_releases, render_text
from builder.schema import TABLES

COMMITTED = ROOT / "releases" / "sample"
REFRESH = ("  .venv/bin/build-dataset raw/ out/ && "
           "cp out/*.parquet out/README.md out/datapackage.json releases/sample/")


def test_sample_release_checksums_match_a_fresh_build(sample_release):
    committed = json.loads((COMMITTED / "datapackage.json").read_text(encoding="utf-8"))
    fresh = json.loads((sample_release / "datapackage.json").read_text(encoding="utf-8"))
    want = {r["name"]: (r["rows"], r["hash"]) for r in committed["resources"]}
    got = {r["name"]: (r["rows"], r["hash"]) for r in fresh["resources"]}
    if got != want:
        report = render_text(diff_releases(COMMITTED, sample_release))
        print(f"news-dataset diff releases/sample <fresh build of raw/>:\n{report}")
        assert got == want, (
            f"raw/ no longer builds to the committed release:\n{report}\n"
            f"If the change is intended, refresh it:\n{REFRESH}")
    assert fresh == committed, f"datapackage.json differs from the committed one; refresh it:\n{REFRESH}"


def test_committed_sample_release_is_complete(sample_release):
    """Tables and card are committed with the manifest, and are the files it describes."""
    from builder.release import check_release

    for name in [f"{t}.parquet" for t in TABLES] + [CARD]:
        assert (COMMITTED / name).exists(), f"releases/sample/{name} is missing; refresh with:\n{REFRESH}"
    assert check_release(COMMITTED) == []
    assert (COMMITTED / CARD).read_bytes() == (sample_release / CARD).read_bytes(), \
        f"the committed card differs from a fresh build's; refresh with:\n{REFRESH}"
