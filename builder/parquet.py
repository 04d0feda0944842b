"""Reading a release's Parquet files from any path, whatever bytes its name holds."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl


def read_parquet(path: Path, columns: list[str] | None = None) -> pl.DataFrame:
    """pl.read_parquet for any path: polars cannot open a path whose bytes are not UTF-8, so such
    a file is opened here and handed over; and a '[' or '*' in a name is not a glob pattern."""
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        with open(path, "rb") as fh:
            return pl.read_parquet(fh, columns=columns)
    return pl.read_parquet(path, columns=columns, glob=False)


def scan_parquet(path: Path, columns: list[str] | None = None) -> pl.LazyFrame:
    """pl.scan_parquet for any path: a lazy, streaming scan where polars can open the path, the
    file read through an open handle where its name is not UTF-8 (see read_parquet)."""
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        return read_parquet(path, columns).lazy()
    lf = pl.scan_parquet(path, glob=False)
    return lf.select(columns) if columns else lf
