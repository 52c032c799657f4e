"""`kg validate`: check a built graph against the SHACL shapes of ontology/shapes.ttl."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import fail


@click.command()
@click.argument("graph", default="output/graph.trig", type=click.Path(dir_okay=False))
def validate(graph: str) -> None:
    """Check GRAPH (default: output/graph.trig; .trig, .ttl, .nq or .jsonld) against the shapes.

    Prints one line per violation — the node (its label and IRI), the property path and what is
    wrong — then a count. Exit status: 0 when the graph conforms, 1 when it does not or cannot be read.

    Example: kg validate output/graph.trig
    """
    from ..query import QueryError, load_dataset
    from ..validate import describe
    from ..validate import validate as check

    if not Path(graph).is_file():
        fail(f"no graph at {graph}: run `kg build` first or give the graph's path: kg validate PATH")
    try:
        ds = load_dataset(graph)
    except QueryError as err:
        fail(str(err))
    violations = check(ds)
    for v in violations:
        click.echo(describe(v))
    if violations:
        click.echo(f"SHACL: {len(violations)} violation{'s' * (len(violations) != 1)} in {graph}")
        sys.exit(1)
    click.echo(f"SHACL: {graph} conforms")
