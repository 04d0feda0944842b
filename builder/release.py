"""Check an existing release against schemas/ and its own datapackage.json."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from builder.card import check_card
from builder.inputs import path_text
from builder.schema import load_all
from builder.validate import check_foreign_keys, check_table
from builder.parquet import read_parquet
from builder.write import MANIFEST, sha256_file


def check_release(out: Path) -> list[str]:
    """Every mismatch found: checksums, row counts, types, keys, foreign keys, the card. Empty when sound."""
    manifest_path = out / MANIFEST
    if not manifest_path.exists():
        return [f"{path_text(manifest_path)}: missing; not a release"]
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except ValueError as e:
        return [f"{path_text(manifest_path)}: not valid JSON ({e})"]
    schemas = load_all()
    resources = {r.get("name"): r for r in manifest.get("resources", [])}
    problems: list[str] = []
    tables: dict[str, pl.DataFrame] = {}
    for name, schema in schemas.items():
        r = resources.get(name)
        if r is None:
            problems.append(f"table {name}: not listed in {MANIFEST}")
            continue
        path = out / r["path"]
        if not path.exists():
            problems.append(f"table {name}: file {r['path']} is missing")
            continue
        digest = "sha256:" + sha256_file(path)
        if digest != r.get("hash"):
            problems.append(f"table {name}: checksum of {r['path']} is {digest}, {MANIFEST} says {r.get('hash')}")
        try:
            df = read_parquet(path)
        except Exception as e:  # a corrupt file is a finding, not a crash
            problems.append(f"table {name}: {r['path']} cannot be read ({type(e).__name__}: {str(e)[:120]})")
            continue
        if df.height != r.get("rows"):
            problems.append(f"table {name}: {df.height} rows, {MANIFEST} says {r.get('rows')}")
        if r.get("schema") != schema.raw:
            problems.append(f"table {name}: the schema in {MANIFEST} differs from schemas/{name}.json")
        problems += check_table(df, schema)
        tables[name] = df
    if len(tables) == len(schemas):
        problems += check_foreign_keys(tables, schemas)
    if len(tables) == len(schemas):
        problems += check_card(out, manifest)
    counts = manifest.get("inputs", {})
    if counts and counts.get("documents") != counts.get("articles", 0) + counts.get("quarantined", 0):
        problems.append(f"{MANIFEST}: documents {counts.get('documents')} != articles + quarantined")
    return problems
