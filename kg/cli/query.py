"""`kg query`: SPARQL over a built graph, from a string, a file or the library of ready questions."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rdflib import Literal

from ..query import QueryError, format_result, load_dataset, run_query, stored_queries
from .common import fail


@click.command()
@click.argument("sparql", required=False)
@click.option("--file", "file_", type=click.Path(dir_okay=False), help="Read the query from a .rq file.")
@click.option("--graph", "graph_path", default="output/graph.trig", show_default=True, type=click.Path(),
              help="The built graph to query.")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "csv", "json"]),
              help="table for people, csv, or json (W3C SPARQL 1.1 Query Results JSON).")
@click.option("--bind", "binds", multiple=True, metavar="VAR=VALUE",
              help="Give a query variable a string value before it runs (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the ready questions that can be run by name.")
def query(sparql: str | None, file_: str | None, graph_path: str, fmt: str, binds: tuple[str, ...],
          list_: bool) -> None:
    """Run a SPARQL query (a string, a ready question's name, or --file Q.rq) on the built graph.

    The default graph is the union of all reports; GRAPH ?report { … } reaches one report.

    Examples:

      kg query --list

      kg query meetings-by-organizer

      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://www.w3.org/ns/org#Organization> }' --format json
    """
    library = stored_queries()
    if list_:
        width = max(len(n) for n in library)
        for q in library.values():
            click.echo(f"{q.name.ljust(width)}  {q.title}")
        return
    if file_ and sparql:
        fail("give a query or --file, not both")
    if file_:
        try:
            text = Path(file_).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            fail(f"cannot read query file {file_}: {err}")
    elif sparql:
        text = library[sparql].text if sparql in library else sparql
    else:
        fail("give a SPARQL query, a ready question's name (see --list), or --file Q.rq")
    bindings = {}
    for b in binds:
        var, sep, value = b.partition("=")
        if not sep or not var.strip():
            fail(f"--bind takes VAR=VALUE, got {b!r}")
        bindings[var.strip().lstrip("?")] = Literal(value)
    try:
        ds = load_dataset(graph_path)
        result = run_query(ds, text, bindings)
        sys.stdout.write(format_result(result, fmt))
    except QueryError as err:
        fail(str(err))
