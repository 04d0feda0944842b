"""The dataset card: OUT/README.md, written with the tables, so a release documents itself.

A Hugging Face style card (YAML front matter with one config per table, so
`datasets.load_dataset(OUT, "quote")` and a hub's viewer read it), what is inside (from the same
computations as `news-dataset stats`), the data dictionary (the same sections as docs/tables.md),
and the provenance. Like the tables it is byte-identical for the same inputs and builder version:
it holds no wall-clock time and every list in it is sorted. Everything in it is derived from the
tables and from datapackage.json, so `news-dataset validate` regenerates it and compares.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from importlib import metadata
from pathlib import Path

import polars as pl

from builder import datadict
from builder.schema import TABLES, load_all
from builder.parquet import scan_parquet
from builder.stats import TOP, collect, outlet_languages, scan_release, summarise

CARD = "README.md"
DEFAULT_LICENSE = "unknown"
DISTRIBUTION = "news-dataset-builder"
# Hugging Face's size categories, by number of rows of the main table (articles).
SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                   (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B"))
INPUT_KEY = ["source_path", "source_record", "source_sha256"]
HASH_SLICE = 100_000
LANGUAGE_COLUMNS = 5  # the outlet table has a column for each of the most frequent languages


def dependency_versions(distribution: str = DISTRIBUTION) -> dict[str, str]:
    """Installed versions of the builder's runtime dependencies and theirs, by name.

    Requirements under an environment marker (extras, `platform_system == "Windows"`,
    `python_version < …`) are left out: whether such a package happens to be installed says
    nothing about the build, and the card must be the same wherever the same versions run."""
    def requires(name: str) -> list[str]:
        try:
            reqs = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            return []
        return [re.match(r"[A-Za-z0-9._-]+", r).group(0) for r in reqs if ";" not in r]

    found: dict[str, str] = {}
    todo = requires(distribution)
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key not in found:
            found[key] = dist.version
            todo += requires(name)
    return dict(sorted(found.items()))


def size_category(n: int) -> str:
    for limit, name in SIZE_CATEGORIES:
        if n < limit:
            return name
    return "n>1B"


def inputs_digest(out: Path) -> str:
    """sha256 of every input's `source_path`, `source_record` and `source_sha256` (one tab-separated
    line each, sorted by path and record), over the article and quarantine tables: the same for
    the same inputs wherever they are built."""
    rows = [scan_parquet(out / f"{t}.parquet", INPUT_KEY) for t in ("article", "quarantine")]
    lines = collect(pl.concat(rows).sort("source_path", "source_record")
                    .select(pl.format("{}\t{}\t{}\n", *INPUT_KEY).alias("line")))
    h = hashlib.sha256()
    for part in lines.iter_slices(HASH_SLICE):
        h.update(part["line"].str.join("").item().encode("utf-8"))
    return h.hexdigest()


def clean_quality(scores: dict) -> dict:
    """Quality figures as JSON can hold them: NaN (a measure with nothing to score) becomes null."""
    def clean(v):
        if isinstance(v, dict):
            return {str(k): clean(x) for k, x in sorted(v.items())}
        if isinstance(v, float) and math.isnan(v):
            return None
        return v
    return clean(scores)


def load_quality(path: Path) -> dict:
    """Read scores JSON (e.g. `score.py OUT GOLD --json`): measure → value, or set → measure → value."""
    scores = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(scores, dict):
        raise ValueError(f"{path}: expected a JSON object of measures")
    return clean_quality(scores)


def _yaml(s: str) -> str:
    return s if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._<>+-]*", s) else json.dumps(s, ensure_ascii=False)


def _cell(v) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return out


def front_matter(manifest: dict, languages: list[str], articles: int) -> list[str]:
    out = ["---", f"pretty_name: {_yaml(manifest.get('name', 'news-dataset'))}",
           f"license: {_yaml(license_of(manifest))}"]
    if languages:
        out += ["language:"] + [f"- {_yaml(lang)}" for lang in languages]
    out += ["size_categories:", f"- {size_category(articles)}", "tags:", "- news", "- quotations", "- people",
            "- events", "configs:"]
    for i, t in enumerate(TABLES):
        out += [f"- config_name: {t}", "  data_files:", "  - split: train", f"    path: {t}.parquet"]
        if i == 0:
            out.append("  default: true")
    return out + ["---"]


def license_of(manifest: dict) -> str:
    licenses = manifest.get("licenses") or [{"name": DEFAULT_LICENSE}]
    return licenses[0].get("name", DEFAULT_LICENSE)


def _inside(s: dict, outlets: dict[str, dict[str, int]]) -> list[str]:
    schemas = load_all()
    out = ["## What is inside", ""]
    out += _table(["table", "rows", "one row per"],
                  [[t, n, schemas[t].description.removeprefix("One row per ").rstrip(".")] for t, n in s["rows"].items()])
    p = s["published"]
    out += ["", f"Published {p['first'] or 'n/a'} to {p['last'] or 'n/a'} (local dates as the outlets printed them); "
                f"{p['undated']} article(s) without a publication date.", ""]
    per_language = s["articles_per_language"]  # most articles first
    langs = list(per_language)[:LANGUAGE_COLUMNS]
    others = len(per_language) > len(langs)

    def row(name: str, by_lang: dict[str, int], total: int) -> list:
        cells = [by_lang.get(lang, 0) for lang in langs]
        return [name] + cells + ([total - sum(cells)] if others else []) + [total]

    shown = [row(o, by_lang, sum(by_lang.values())) for o, by_lang in outlets.items()]
    if s["outlets"] > len(shown):
        rest = s["rows"]["article"] - sum(r[-1] for r in shown)
        shown.append([f"{s['outlets'] - len(shown)} other outlet(s)"] + [""] * (len(shown[0]) - 2) + [rest])
    shown.append(row("all outlets", per_language, s["rows"]["article"]))
    out += ["### Articles per outlet and language", ""]
    out += _table(["outlet"] + langs + (["other languages"] if others else []) + ["articles"], shown)
    out += ["", "Articles per language: " + ", ".join(f"{lang} {n}" for lang, n in per_language.items()) + "."]
    out += ["", f"### The {TOP} most quoted speakers", ""]
    out += _table(["speaker", "kind", "quotations"], [[t["speaker"], t["kind"], t["quotes"]] for t in s["top_speakers"]])
    q = s["quotes_without_speaker"]
    out += ["", f"Quotations without a speaker: {q['count']} ({q['share']:.1%}). "
                f"Persons: {s['persons']['distinct']} distinct, {s['persons']['reporters']} reporter row(s).", ""]
    out += ["### Quarantine", "",
            "Inputs that did not become an article, by reason (every input is an article or a quarantine row):", ""]
    out += _table(["reason", "inputs"], [[r, n] for r, n in s["quarantine_reasons"].items()] or [["none", 0]])
    return out + [""]


def _quality(scores: dict) -> list[str]:
    out = ["## Quality", "", "Scores of this release against a gold set, as given to the build with `--quality`:", ""]
    if all(isinstance(v, dict) for v in scores.values()):
        sets = sorted(scores)
        measures = sorted({m for v in scores.values() for m in v})
        out += _table(["measure"] + sets, [[m] + [scores[k].get(m) for k in sets] for m in measures])
    else:
        out += _table(["measure", "value"], [[m, v] for m, v in sorted(scores.items())])
    return out + [""]


def _loading() -> list[str]:
    return ["## Loading", "", "```python",
            "import polars as pl",
            'quote = pl.read_parquet("quote.parquet")',
            "", "import duckdb",
            "duckdb.connect().execute(\"SELECT outlet, count(*) FROM 'article.parquet' GROUP BY outlet\").fetchall()",
            "", "import datasets",
            'quote = datasets.load_dataset("path/to/this/folder", "quote", split="train")',
            "```", ""]


def _provenance(manifest: dict, digest: str) -> list[str]:
    builder = manifest.get("builder", {})
    version = builder.get("version", "unknown")
    deps = builder.get("dependencies", {})
    counts = manifest.get("inputs", {})
    out = ["## Provenance", "",
           f"- Built by {builder.get('name', DISTRIBUTION)} {version}"
           + (" with " + ", ".join(f"{n} {v}" for n, v in deps.items()) if deps else "") + ".",
           f"- Inputs: {counts.get('documents', 'n/a')} document(s) from {counts.get('files_seen', 'n/a')} file(s); "
           f"sha256 of the inputs `{digest}` (of every input's `source_path`, `source_record` and `source_sha256`, "
           "one tab-separated line each, sorted by path and record).",
           "- The sha256 of every file is in `datapackage.json`; `news-dataset validate` checks them, the schemas, "
           "the keys and this card against the tables.",
           "- Files are byte-identical for the same inputs, builder version and dependency versions. To rebuild:",
           "", "```sh",
           f"# in a checkout of {DISTRIBUTION} {version}; its constraints.txt pins the versions above",
           "pip install -c constraints.txt -e .",
           f"build-dataset RAW OUT --license {license_of(manifest)}"
           + (" --quality SCORES.json" if manifest.get("quality") else ""),
           "news-dataset validate OUT",
           "news-dataset diff THIS_RELEASE OUT   # exit status 0: the same tables",
           "```", ""]
    return out


def render(out: Path, manifest: dict) -> str:
    """The card of the release in `out` (its tables) described by `manifest` (without its card entry)."""
    tables = scan_release(out)
    s = summarise(tables)
    languages = sorted(lang for lang in s["articles_per_language"] if re.fullmatch(r"[a-z]{2,3}", lang) and lang != "und")
    name = manifest.get("name", "news-dataset")
    lines = front_matter(manifest, languages, s["rows"]["article"])
    lines += ["", f"# {name}", "",
              "News articles with the people they name, the quotations they report and the events they mention, "
              "as Parquet tables that join on `article_id`. Written by `build-dataset` together with the tables; "
              "every input is either an article or a quarantine row with its reason.", ""]
    lines += _inside(s, outlet_languages(tables["article"]))
    if manifest.get("quality"):
        lines += _quality(manifest["quality"])
    lines += _loading()
    lines += ["## Data dictionary", "",
              "Generated from the schemas (`schemas/*.json`, the same source as the builder's `docs/tables.md`); "
              "each table's schema is also in `datapackage.json`.", ""]
    lines += datadict.sections(level=3)
    lines += _provenance(manifest, inputs_digest(out))
    return "\n".join(lines)


def without_card(manifest: dict) -> dict:
    return {k: v for k, v in manifest.items() if k != "card"}


def add_card(folder: Path, manifest: dict, license: str = DEFAULT_LICENSE, quality: dict | None = None) -> dict:
    """Write README.md into the release folder; return the manifest with the license, the dependency
    versions, the quality figures and the card's checksum added."""
    manifest = dict(manifest)
    manifest["builder"] = {**manifest.get("builder", {}), "dependencies": dependency_versions()}
    manifest["licenses"] = [{"name": license}]
    if quality:
        manifest["quality"] = clean_quality(quality)
    data = render(folder, manifest).encode("utf-8")
    (folder / CARD).write_bytes(data)
    manifest["card"] = {"path": CARD, "format": "md", "mediatype": "text/markdown",
                        "hash": "sha256:" + hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    return manifest


def _line(lines: list[str], n: int) -> str:
    return lines[n] if n < len(lines) else "(end of card)"


def check_card(out: Path, manifest: dict) -> list[str]:
    """Problems with the card: missing, checksum, or not what the tables give (regenerated and compared)."""
    entry = manifest.get("card")
    if not entry:
        return [f"card: no {CARD} listed in datapackage.json (a release written before cards, or edited)"]
    path = out / entry.get("path", CARD)
    if not path.exists():
        return [f"card: {entry.get('path')} is missing"]
    data = path.read_bytes()
    problems = []
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    if digest != entry.get("hash"):
        problems.append(f"card: checksum of {entry.get('path')} is {digest}, datapackage.json says {entry.get('hash')}")
    try:
        expected = render(out, without_card(manifest))
    except Exception as e:  # unreadable tables are reported by the table checks
        return problems + [f"card: cannot be regenerated from the tables ({type(e).__name__})"]
    got = data.decode("utf-8", errors="replace")
    if got != expected:
        have, want = got.splitlines(), expected.splitlines()
        n = next((i for i, (a, b) in enumerate(zip(have, want)) if a != b), min(len(have), len(want)))
        problems.append(f"card: {entry.get('path')} does not match the tables: line {n + 1} says "
                        f"{_line(have, n)!r}, the tables give {_line(want, n)!r}")
    return problems
