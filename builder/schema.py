"""Table schemas: read `builder/schemas/*.json` (Frictionless Table Schema), the single source of truth.

They live inside the package so that every install (editable, wheel, sdist) carries them; the
`schemas` folder at the repository root is a link to them. Everything else (polars dtypes,
validation, the data dictionary) is derived from these files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
TABLES = ("article", "person", "quote", "event", "quarantine")

_DTYPES = {
    "string": pl.Utf8,
    "integer": pl.Int64,
    "number": pl.Float64,
    "boolean": pl.Boolean,
    "date": pl.Date,
    "datetime": pl.Datetime("us", "UTC"),
}


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str
    required: bool
    enum: tuple | None
    pattern: str | None
    item_type: str | None

    @property
    def dtype(self) -> pl.DataType:
        if self.type == "list":
            return pl.List(_DTYPES[self.item_type or "string"])
        return _DTYPES[self.type]


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    ref_fields: tuple[str, ...]


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    raw: dict

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def polars_schema(self) -> dict[str, pl.DataType]:
        return {f.name: f.dtype for f in self.fields}

    def frame(self, rows: list[dict]) -> pl.DataFrame:
        """Build a DataFrame with exactly the schema's columns, in order, with its dtypes."""
        return pl.DataFrame(rows, schema=self.polars_schema)


def _parse(raw: dict) -> TableSchema:
    fields = []
    for f in raw["fields"]:
        c = f.get("constraints", {})
        fields.append(Field(f["name"], f["type"], f.get("description", ""), bool(c.get("required")),
                            tuple(c["enum"]) if "enum" in c else None, c.get("pattern"), f.get("itemType")))
    fks = tuple(
        ForeignKey(tuple(fk["fields"]), fk["reference"]["resource"] or raw["name"], tuple(fk["reference"]["fields"]))
        for fk in raw.get("foreignKeys", [])
    )
    pk = raw.get("primaryKey", [])
    return TableSchema(raw["name"], raw.get("description", ""), tuple(fields),
                       tuple([pk] if isinstance(pk, str) else pk), fks, raw)


@cache
def load_schema(table: str, schema_dir: Path = SCHEMA_DIR) -> TableSchema:
    with open(schema_dir / f"{table}.json", encoding="utf-8") as fh:
        return _parse(json.load(fh))


def load_all(schema_dir: Path = SCHEMA_DIR) -> dict[str, TableSchema]:
    return {t: load_schema(t, schema_dir) for t in TABLES}
