"""Shared fixtures: paths to the project's samples and to ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared is not beside the project ({p} missing): shared-data tests skipped")
    return p


@pytest.fixture(scope="session")
def sample_release(tmp_path_factory) -> Path:
    """The sample dataset built once from raw/ for the tests that only read it."""
    from builder.pipeline import build

    out = tmp_path_factory.mktemp("release") / "out"
    build(RAW, out, jobs=1)
    return out
