"""Write a release: Parquet tables plus datapackage.json, atomically.

Files are byte-identical for the same rows and builder version: rows are sorted by primary
key, Parquet is written with fixed settings, and no wall-clock time goes into any file.
The release is written to a sibling staging folder and swapped in at the end, so OUT is
always either the previous complete release or the new complete one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import os
import shutil
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from builder.schema import TableSchema

ROW_GROUP_SIZE = 50_000
MANIFEST = "datapackage.json"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def sort_table(df: pl.DataFrame, schema: TableSchema) -> pl.DataFrame:
    """Sort by primary key so row order never depends on worker scheduling."""
    return df.sort(list(schema.primary_key), nulls_last=True, maintain_order=True) if len(df) else df


def write_parquet(df: pl.DataFrame, path: Path) -> None:
    table = df.to_arrow()
    pq.write_table(table, path, compression="zstd", compression_level=3, row_group_size=ROW_GROUP_SIZE,
                   use_dictionary=True, write_statistics=True, store_schema=True)


def datapackage(name: str, version: str, resources: list[dict], counts: dict) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": name,
        "builder": {"name": "news-dataset-builder", "version": version},
        "inputs": counts,
        "resources": resources,
    }


def write_release(out: Path, tables: dict[str, pl.DataFrame], schemas: dict[str, TableSchema],
                  version: str, counts: dict) -> dict:
    """Write every table and the manifest into a staging folder, then swap it in as OUT."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / f".{out.name}.staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    try:
        resources = []
        for name, schema in schemas.items():
            df = sort_table(tables[name], schema)
            path = staging / f"{name}.parquet"
            write_parquet(df, path)
            resources.append({
                "name": name, "path": f"{name}.parquet", "format": "parquet", "profile": "tabular-data-resource",
                "rows": len(df), "hash": f"sha256:{sha256_file(path)}", "bytes": path.stat().st_size,
                "schema": schema.raw,
            })
        manifest = datapackage("news-dataset", version, resources, counts)
        with open(staging / MANIFEST, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, ensure_ascii=False, indent=1, sort_keys=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        swap_in(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return manifest


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths with renameat2(RENAME_EXCHANGE); False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    AT_FDCWD = -100
    rc = fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


def swap_in(staging: Path, out: Path) -> None:
    """Make `staging` become `out`; the old release is removed only after the new one is in place."""
    previous = out.parent / f".{out.name}.previous-{os.getpid()}"
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)
        return
    os.rename(out, previous)
    os.rename(staging, out)
    shutil.rmtree(previous, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(out: Path) -> None:
    """Clean up after a build that was killed: restore a release caught between the two renames
    of the fallback swap, and remove staging folders of builds that are no longer running."""
    out = out.absolute()
    if not out.parent.exists():
        return
    if not out.exists():
        previous = sorted(out.parent.glob(f".{out.name}.previous-*"))
        if previous:
            os.rename(previous[-1], out)
    for leftover in out.parent.glob(f".{out.name}.*-*"):
        kind, _, pid = leftover.name.rpartition("-")
        if pid.isdigit() and kind.endswith((".staging", ".previous")) and not _alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)
