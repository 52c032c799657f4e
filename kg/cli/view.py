"""`kg view` (one entity's neighbourhood, one report, a CONSTRUCT's subgraph as HTML) and `kg stats`."""

from __future__ import annotations

from pathlib import Path

import click

from ..outputs import atomic_write
from ..query import QueryError, load_dataset
from ..stats import entity_graph, format_stats
from ..view import ViewError, construct_graph, focus_graph, html_of, network_of, report_graph
from .common import fail

GRAPH_HELP = "The built graph to read."


@click.command()
@click.option("--focus", "focus", metavar="NAME", help="An entity's name or alias: show its neighbourhood.")
@click.option("--depth", default=1, show_default=True, type=int, help="How many relations away from --focus.")
@click.option("--report", "report", metavar="FILE", help="Show what one report mentions (file name or stem).")
@click.option("--query", "query_file", metavar="Q.rq", type=click.Path(dir_okay=False),
              help="Show the entities and relations a SPARQL CONSTRUCT query returns.")
@click.option("--graph", "graph_path", default="output/graph.trig", show_default=True, type=click.Path(), help=GRAPH_HELP)
@click.option("--colour-by", "colour_by", default="type", show_default=True, type=click.Choice(["type", "community"]),
              help="Colour nodes by their type or by their Louvain community.")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="The HTML file to write (default: output/view-….html).")
def view(focus: str | None, depth: int, report: str | None, query_file: str | None, graph_path: str,
         colour_by: str, out: str | None) -> None:
    """Write an HTML view of part of the graph: one entity's neighbourhood, one report, or a query's result.

    Without --focus, --report or --query the whole graph is drawn. The page works offline.

    Examples:

      kg view --focus 兰州市政协 --depth 2 --out lanzhou.html

      kg view --report 000_f25c003fe27f552d.txt

      kg view --query my-subgraph.rq --colour-by community
    """
    if sum(x is not None for x in (focus, report, query_file)) > 1:
        fail("give only one of --focus, --report and --query")
    try:
        ds = load_dataset(graph_path)
        g = entity_graph(ds)
        centre: list[str] = []
        if focus is not None:
            sub, centre = focus_graph(g, focus, depth)
            title, stem = f"{focus} (depth {depth})", f"focus-{focus}"
        elif report is not None:
            sub = report_graph(g, report)
            title, stem = f"Report {report}", f"report-{Path(report).stem}"
        elif query_file is not None:
            try:
                text = Path(query_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                fail(f"cannot read query file {query_file}: {err}")
            sub = construct_graph(ds, g, text)
            title, stem = f"Query {Path(query_file).name}", f"query-{Path(query_file).stem}"
        else:
            sub, title, stem = g, "CPPCC knowledge graph", "graph"
        html = html_of(network_of(sub, title=title, colour_by=colour_by, focus=centre, stats_of=g))
    except (QueryError, ViewError) as err:
        fail(str(err))
    path = Path(out) if out else Path(graph_path).parent / f"view-{safe_name(stem)}.html"
    try:
        atomic_write(path, html)
    except OSError as err:
        fail(f"cannot write {path}: {err.strerror or err}")
    click.echo(f"{sub.number_of_nodes()} entities, {sub.number_of_edges()} relations → {path}")


def safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)[:80]


@click.command()
@click.option("--graph", "graph_path", default="output/graph.trig", show_default=True, type=click.Path(), help=GRAPH_HELP)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="How many of each list to print.")
def stats(graph_path: str, top: int) -> None:
    """Print the most central bodies, the communities and the initiatives shared by several reports.

    The same figures size and colour the HTML views (kg view --colour-by community).

    Example: kg stats --graph output/graph.trig --top 5
    """
    try:
        g = entity_graph(load_dataset(graph_path))
    except QueryError as err:
        fail(str(err))
    click.echo(format_stats(g, top))
