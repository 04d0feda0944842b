"""Render builder/schemas/ as a data dictionary: `python -m builder.datadict > docs/tables.md`.

The dataset card of every release (builder/card.py) carries the same sections.
"""

from __future__ import annotations

from builder.schema import load_all


def sections(level: int = 2) -> list[str]:
    """One section per table, headed at markdown heading `level`: description, keys, columns."""
    out = []
    for name, schema in load_all().items():
        out += [f"{'#' * level} {name}", "", schema.description, "",
                f"Primary key: `{', '.join(schema.primary_key)}`" + "  ", ]
        for fk in schema.foreign_keys:
            out.append(f"Foreign key: `{', '.join(fk.fields)}` → `{fk.resource}({', '.join(fk.ref_fields)})`" + "  ")
        out += ["", "| column | type | required | description |", "|---|---|---|---|"]
        for f in schema.fields:
            typ = f"list of {f.item_type}" if f.type == "list" else f.type
            extra = f" One of: {', '.join(f.enum)}." if f.enum else ""
            out.append(f"| `{f.name}` | {typ} | {'yes' if f.required else ''} | {f.description}{extra} |")
        out.append("")
    return out


def render() -> str:
    out = ["# Tables", "",
           "Generated from `builder/schemas/*.json` (linked as `schemas/`) by",
           "`python -m builder.datadict > docs/tables.md`; a test fails when this file and the schemas disagree.",
           "Types are Frictionless Table Schema types; `list` columns hold lists of strings.", ""]
    return "\n".join(out + sections())


if __name__ == "__main__":
    print(render(), end="")
