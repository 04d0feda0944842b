"""Command line: `build-dataset RAW OUT`, plus `news-dataset build|validate|stats`."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from builder import __version__
from builder.execute import DEFAULT_TIMEOUT

EXAMPLES = """
\b
Examples:
  build-dataset raw/ out/                  build the sample dataset
  build-dataset crawl/ release/ --jobs 8   use 8 worker processes
  build-dataset archive.d/ out/ -q         no summary, errors only

\b
RAW is read recursively: .html/.htm/.xhtml (also gzipped), .txt text dumps,
.md Markdown exports, .mht/.mhtml page saves and .eml letters, and
.warc/.warc.gz archives. Every input becomes an article row or a quarantine row
with its reason. OUT gets article, person, quote, event and quarantine tables as
Parquet and a datapackage.json with row counts and checksums; it is replaced
atomically, so a failed or killed build leaves the previous release as it was.
"""


def _summary_text(s) -> str:
    lines = [
        f"files seen        {s.files_seen}",
        f"documents         {s.documents}",
        f"articles written  {s.articles}",
        f"quarantined       {s.quarantined}",
    ]
    for reason, n in sorted(s.reasons.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {reason:<24}{n}")
    if s.up_to_date:
        lines.append("nothing under RAW changed since OUT was built: OUT left as it was")
    lines.append(f"wall time         {s.seconds:.1f} s")
    return "\n".join(lines)


class Progress:
    """A one-line counter on stderr (inputs are streamed, so there is no total to show a bar against)."""

    def __init__(self):
        self.n = 0
        self.started = self.shown = time.monotonic()

    def tick(self) -> None:
        self.n += 1
        now = time.monotonic()
        if now - self.shown >= 0.2:
            self.shown = now
            rate = self.n / max(now - self.started, 1e-9)
            click.echo(f"\rdocuments {self.n}  ({rate:.1f}/s)", err=True, nl=False)

    def close(self) -> None:
        if self.n:
            click.echo("\r" + " " * 40 + "\r", err=True, nl=False)


def run_build(raw: str, out: str, jobs: int | None, timeout: float, quiet: bool, verbose: bool,
              cache: bool = True, executor: str = "local", address: str | None = None,
              license: str = "unknown", quality: Path | None = None) -> None:
    from builder.inputs import printable
    from builder.card import DEFAULT_LICENSE, load_quality
    from builder.pipeline import UsageError, build, default_cache
    from builder.validate import ValidationError

    card = {"license": license} if license != DEFAULT_LICENSE else {}  # defaults left out: same cache state
    if quality is not None:
        try:
            card["quality"] = load_quality(quality)
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--quality") from None
    jobs = jobs or os.cpu_count() or 1
    bar = Progress() if not quiet and sys.stderr.isatty() else None
    tick = bar.tick if bar else None
    try:
        summary = build(Path(raw), Path(out), jobs=jobs, timeout=timeout, tick=tick,
                        cache_dir=default_cache(Path(out)) if cache else None, executor=executor, address=address,
                        card=card)
    except UsageError as e:
        raise click.UsageError(str(e)) from None
    except RuntimeError as e:
        raise click.ClickException(printable(str(e))) from None
    except ValidationError as e:
        click.echo("error: validation failed, nothing written:", err=True)
        for p in e.problems:
            click.echo(f"  {printable(p)}", err=True)
        sys.exit(3)
    except KeyboardInterrupt:
        click.echo("\ninterrupted: OUT was left as it was", err=True)
        sys.exit(130)
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        from builder.stats import render, scan_release, summarise

        click.echo(_summary_text(summary), err=True)
        click.echo(render(summarise(scan_release(Path(out)))), err=True)
    if verbose:
        for r in summary.manifest.get("resources", []):
            click.echo(f"  {r['path']}: {r['rows']} rows, {r['hash']}", err=True)
        if "card" in summary.manifest:
            click.echo(f"  {summary.manifest['card']['path']}: dataset card, {summary.manifest['card']['hash']}", err=True)


_build_options = [
    click.argument("raw", type=click.Path(file_okay=False, path_type=str)),
    click.argument("out", type=click.Path(path_type=str)),
    click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                 help="Worker processes (default: all cores)."),
    click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
                 help="Seconds of CPU time one document may use before it is quarantined (it may wait three times as long; 0: no limit)."),
    click.option("--executor", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                 help="Where documents are processed: local worker processes, or a Ray cluster."),
    click.option("--address", default=None, help="Ray cluster address (with --executor ray; default: start a local one)."),
    click.option("--cache/--no-cache", default=True, show_default=True,
                 help="Reuse results of unchanged inputs, kept in .OUT.cache beside OUT."),
    click.option("--license", "license_", default="unknown", show_default=True, metavar="ID",
                 help="License of the dataset for its card and datapackage.json (a Hugging Face id, e.g. cc-by-4.0)."),
    click.option("--quality", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
                 metavar="SCORES.json", help="Quality figures for the card: JSON of measure → value "
                 "(e.g. `score.py OUT GOLD --json`), or set → measure → value."),
    click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors."),
    click.option("--verbose", "-v", is_flag=True, help="Also list the files written with their checksums."),
]


def _with_build_options(f):
    for opt in reversed(_build_options):
        f = opt(f)
    return f


@click.command(name="build-dataset", epilog=EXAMPLES)
@_with_build_options
@click.version_option(__version__, prog_name="build-dataset")
def build_command(raw, out, jobs, timeout, executor, address, cache, license_, quality, quiet, verbose):
    """Build the news dataset from the pages under RAW into OUT."""
    run_build(raw, out, jobs, timeout, quiet, verbose, cache, executor, address, license_, quality)


@click.group()
@click.version_option(__version__, prog_name="news-dataset")
def main():
    """News dataset builder: build a release, check one, or summarise one."""


@main.command(name="build", epilog=EXAMPLES)
@_with_build_options
def build_subcommand(raw, out, jobs, timeout, executor, address, cache, license_, quality, quiet, verbose):
    """Build the news dataset from the pages under RAW into OUT (same as build-dataset)."""
    run_build(raw, out, jobs, timeout, quiet, verbose, cache, executor, address, license_, quality)


@main.command(name="validate")
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
def validate_command(out: Path):
    """Check the release in OUT against schemas/ and its datapackage.json.

    Checksums, row counts, column types, required values, primary and foreign keys.
    Exits 1 and lists every problem when anything does not match.
    """
    from builder.inputs import path_text, printable
    from builder.release import check_release

    problems = check_release(out)
    if problems:
        click.echo(f"{path_text(out)}: {len(problems)} problem(s)", err=True)
        for p in problems:
            click.echo(f"  {printable(p)}", err=True)
        sys.exit(1)
    click.echo(f"{path_text(out)}: OK")


@main.command(name="stats")
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def stats_command(out: Path, as_json: bool):
    """Summarise the release in OUT: rows, outlets, languages, top speakers, quarantine reasons."""
    from builder.stats import render, scan_release, summarise, to_json

    s = summarise(scan_release(out))
    click.echo(to_json(s) if as_json else render(s))


@main.command(name="diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True,
              help="text for a terminal, markdown for a pull-request comment.")
@click.option("--json", "as_json", is_flag=True, help="Print the differences as JSON (for scripts).")
@click.option("--examples", type=click.IntRange(min=0), default=3, show_default=True,
              help="Example rows shown per table for each of added, removed and changed.")
def diff_command(old: Path, new: Path, fmt: str, as_json: bool, examples: int):
    """Compare the release in NEW with the one in OLD, table by table, by primary key.

    Rows added, removed and changed (with the columns that changed), a few examples of each,
    and the change in articles per outlet and language, quotes, persons and quarantine reasons.
    Exit status: 0 when the tables are identical, 1 when they differ, 2 on error.
    """
    from builder.diff import DiffError, diff_releases, render_json, render_markdown, render_text

    try:
        d = diff_releases(old, new, examples=examples)
    except DiffError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    except Exception as e:  # an unreadable file: say which, exit 2 as documented
        click.echo(f"error: cannot compare {old} and {new}: {type(e).__name__}: {str(e)[:300]}", err=True)
        sys.exit(2)
    click.echo(render_json(d) if as_json else render_markdown(d) if fmt == "markdown" else render_text(d))
    sys.exit(0 if d.identical else 1)


if __name__ == "__main__":
    build_command()
