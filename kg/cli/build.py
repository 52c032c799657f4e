"""`kg build` and `kg extract`."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from ..graph import build_dataset
from ..model import ENTITY_TYPES
from ..outputs import atomic_write, extraction_jsonl, write_graph_files
from ..pipeline import UnreadableFile, run
from ..validate import validate
from ..view import html_of, network_from_dataset
from .common import EXIT_SKIPPED, end_progress, fail, progress, warn_skipped

FORMATS = ("trig", "ttl", "jsonld", "nquads")


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder the graph files are written to.")
@click.option("--format", "formats", multiple=True, type=click.Choice(["jsonld", "nquads"]),
              help="Also write the graph as JSON-LD or N-Quads (repeatable).")
@click.option("--strict", is_flag=True,
              help="Stop at the first file that cannot be read (exit 1) instead of skipping it.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=0),
              help="Read and extract reports in this many processes (0: one per core).")
@click.option("--shapes/--no-shapes", "check_shapes", default=True, show_default=True,
              help="Check the graph against ontology/shapes.ttl (SHACL) and say so on stderr.")
@click.option("--strict-shapes", is_flag=True, help="Exit with status 1 when the graph violates the shapes.")
def build(paths: tuple[str, ...], out_dir: str, formats: tuple[str, ...], strict: bool, jobs: int,
          check_shapes: bool, strict_shapes: bool) -> None:
    """Build the graph from report files or folders (default: seeds/).

    Reads .txt (any Chinese encoding), .html/.htm, .docx and text-layer .pdf; folders are walked
    recursively, hidden files left out, and the result does not depend on the order of PATHS.
    Writes graph.trig (one named graph per report), graph.ttl (their union), extraction.jsonl and
    graph.html, each atomically, then checks the graph against the SHACL shapes (one line on stderr;
    `kg validate` lists the violations).

    \b
    Exit status:
      0  every file was read and the outputs were written
      3  the outputs were written, but some files were skipped (each named on stderr as
         "skipped PATH: reason" and counted in the summary line)
      1  an error: no report could be read, or with --strict one file could not (nothing is
         written then); an output that cannot be written; with --strict-shapes, a graph
         that violates the shapes
      2  a usage error (unknown option, bad value)

    Example: kg build seeds/ --out output/
    """
    paths = paths or ("seeds",)
    try:
        result = run(paths, on_skip=warn_skipped, on_document=progress, strict=strict, jobs=jobs)
    except UnreadableFile as err:
        end_progress()
        fail(f"cannot read {err}")
    end_progress()
    out = Path(out_dir)
    if not result.extractions:
        fail(f"no report could be read from {', '.join(paths)}; nothing written to {out}/")
    ds = build_dataset(result.extractions)
    try:
        write_graph_files(ds, out, ("trig", "ttl") + tuple(f for f in FORMATS if f in formats))
        atomic_write(out / "extraction.jsonl", extraction_jsonl(result.extractions))
        atomic_write(out / "graph.html", html_of(network_from_dataset(ds)))
    except OSError as err:
        fail(f"cannot write to {out}: {err.strerror or err}")
    click.echo(summary(result, out))
    violations = validate(ds) if check_shapes or strict_shapes else None
    if violations is not None:
        click.echo("SHACL: conforms" if not violations else
                   f"SHACL: {len(violations)} violations (see `kg validate {out / 'graph.trig'}`)", err=True)
    click.echo(f"HTML view: {out / 'graph.html'}")
    if strict_shapes and violations:
        sys.exit(1)
    if result.skipped:
        sys.exit(EXIT_SKIPPED)


def summary(result, out: Path) -> str:
    unique = Counter(t for t, _ in {e.key for ex in result.extractions for e in ex.entities})
    relations = sum(len(ex.relations) for ex in result.extractions)
    kinds = ", ".join(f"{unique[t]} {t}s" for t in ENTITY_TYPES)
    return (f"{len(result.extractions)} reports read, {len(result.skipped)} skipped; "
            f"entities: {kinds}; {relations} relations → {out}/")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", default="jsonl", show_default=True, type=click.Choice(["jsonl"]),
              help="Output format of the extraction records.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=0),
              help="Read and extract reports in this many processes (0: one per core).")
@click.option("--strict", is_flag=True,
              help="Stop at the first file that cannot be read (exit 1) instead of skipping it.")
def extract(paths: tuple[str, ...], fmt: str, jobs: int, strict: bool) -> None:
    """Write one extraction record per report to standard output.

    Exit status as for `kg build`: 0 all read, 3 some skipped, 1 an error (--strict: an unreadable file).

    Example: kg extract seeds/*.txt --format jsonl > extraction.jsonl
    """
    try:
        result = run(paths, on_skip=warn_skipped, strict=strict, jobs=jobs)
    except UnreadableFile as err:
        fail(f"cannot read {err}")
    sys.stdout.write(extraction_jsonl(result.extractions))
    if result.skipped:
        sys.exit(EXIT_SKIPPED)
