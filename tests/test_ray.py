"""The same build on a local Ray cluster gives byte-identical files."""

import pytest

from builder.pipeline import build
from builder.schema import TABLES
from builder.write import sha256_file
from conftest import RAW

pytest.importorskip("ray", reason="the ray extra is not installed")


def test_ray_executor_matches_local_build(tmp_path, sample_release):
    summary = build(RAW, tmp_path / "ray_out", jobs=2, executor="ray")
    assert summary.articles >= 6
    for t in TABLES:
        assert sha256_file(tmp_path / "ray_out" / f"{t}.parquet") == sha256_file(sample_release / f"{t}.parquet"), t
    assert (tmp_path / "ray_out" / "datapackage.json").read_bytes() == (sample_release / "datapackage.json").read_bytes()
