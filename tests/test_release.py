"""The committed sample release is what raw/ builds to: CI regenerates it and compares."""

import json

from conftest import ROOT

COMMITTED = ROOT / "releases" / "sample" / "datapackage.json"


def test_sample_release_checksums_match_a_fresh_build(sample_release):
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    fresh = json.loads((sample_release / "datapackage.json").read_text(encoding="utf-8"))
    want = {r["name"]: (r["rows"], r["hash"]) for r in committed["resources"]}
    got = {r["name"]: (r["rows"], r["hash"]) for r in fresh["resources"]}
    assert got == want, (
        "raw/ no longer builds to the committed release. If the change is intended, refresh it:\n"
        "  .venv/bin/build-dataset raw/ out/ && cp out/datapackage.json releases/sample/datapackage.json")
    assert fresh == committed
