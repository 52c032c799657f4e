"""query: SPARQL over a built graph, and the results as a table, CSV or W3C SPARQL JSON.

The default graph a query sees is the union of all reports; ``GRAPH ?report { … }`` reaches one
report's named graph.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Dataset
from rdflib.query import Result

__all__ = ["QueryError", "StoredQuery", "load_dataset", "run_query", "format_result", "stored_queries"]


class QueryError(ValueError):
    """A query or graph the user gave that cannot be used; the message is one line for them."""


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    text: str


def stored_queries() -> dict[str, StoredQuery]:
    """The ready questions shipped in kg/queries/*.rq; each file's first comment line is its title."""
    out = {}
    for f in sorted(resources.files("kg.queries").iterdir(), key=lambda f: f.name):
        if f.name.endswith(".rq"):
            text = f.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            out[f.name[:-3]] = StoredQuery(f.name[:-3], first.lstrip("# ").strip(), text)
    return out


def load_dataset(path: str | Path) -> Dataset:
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"no graph at {path}: run `kg build` first or give --graph PATH")
    fmt = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".jsonld": "json-ld"}.get(path.suffix, "trig")
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format=fmt)
    except Exception as err:  # rdflib's parsers raise many types; the user needs one line
        raise QueryError(f"cannot read graph {path}: {one_line(err)}") from None
    return ds


def run_query(ds: Dataset, sparql: str, bindings: dict | None = None) -> Result:
    try:
        return ds.query(sparql, initBindings=bindings or {})
    except Exception as err:
        raise QueryError(describe_query_error(sparql, err)) from None


def describe_query_error(sparql: str, err: Exception) -> str:
    line, col = getattr(err, "lineno", None), getattr(err, "col", None)
    if line is not None and col is not None:
        lines = sparql.splitlines() or [""]
        near = lines[min(line, len(lines)) - 1].strip()
        return f"malformed SPARQL at line {line}, column {col}: {one_line(getattr(err, 'msg', err))} (near: {near[:60]})"
    return f"query failed: {one_line(err)}"


def one_line(err: object) -> str:
    return " ".join(str(err).split())[:300]


def format_result(result: Result, fmt: str) -> str:
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        return g.serialize(format="turtle")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    names = [str(v) for v in result.vars]
    rows = [["" if v is None else str(v) for v in row] for row in result]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    return table(names, rows)


def width(s: str) -> int:
    """Columns a string takes in a terminal: CJK characters count twice."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * (n - width(s))


def table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([width(n)] + [width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [
        "  ".join(pad(n, w) for n, w in zip(names, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
