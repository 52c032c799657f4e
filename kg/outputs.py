"""outputs: write what a build made (graph files, extraction records) atomically and deterministically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .model import Extraction
from .turtle import trig, turtle

__all__ = [
    "atomic_write",
    "extraction_record",
    "extraction_jsonl",
    "union_graph",
    "graph_text",
    "trig_text",
    "jsonld_context",
    "write_graph_files",
]

GRAPH_FORMATS = {"trig": "graph.trig", "ttl": "graph.ttl", "nquads": "graph.nq", "jsonld": "graph.jsonld"}


def atomic_write(path: str | os.PathLike, data: str | bytes) -> None:
    """Write to a temporary file beside the target, then rename it over: a crash never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def extraction_record(ex: Extraction) -> dict:
    """One document's record in DESIGN.md's JSONL format (offsets into the decoded text)."""
    iri = {e.key: e.iri for e in ex.entities}
    return {
        "doc": ex.document.name,
        "entities": [
            {
                "id": e.iri,
                "type": e.type,
                "label": e.label,
                "surfaces": e.surfaces,
                "mentions": [{"start": m.start, "end": m.end} for m in e.mentions],
                **({"series": True} if e.series else {}),
            }
            for e in ex.entities
        ],
        "relations": [
            {
                "head": iri[r.head],
                "type": r.type,
                "tail": iri[r.tail],
                "evidence": {"start": r.evidence.start, "end": r.evidence.end},
            }
            for r in ex.relations
        ],
    }


def extraction_jsonl(extractions: list[Extraction]) -> str:
    return "".join(
        json.dumps(extraction_record(ex), ensure_ascii=False, sort_keys=False) + "\n"
        for ex in sorted(extractions, key=lambda e: e.document.name)
    )


def union_graph(ds: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def jsonld_context() -> dict[str, str]:
    """The JSON-LD @context of graph.jsonld: the graph's prefixes, so keys read as cppcc:organizes."""
    from .graph import PREFIXES

    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def graph_text(ds: Dataset, fmt: str) -> str:
    """The dataset in one of GRAPH_FORMATS, the same bytes for the same triples in every run.

    TriG and Turtle come from kg.turtle, which sorts graphs, subjects, predicates and objects; N-Quads
    lines are sorted here; in
    JSON-LD every array is an unordered set (the graph has no rdf:List), so arrays are sorted here too.
    """
    if fmt == "trig":
        return trig_text(ds)
    if fmt == "ttl":
        return turtle(((s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))), dict(ds.namespaces()))
    if fmt == "nquads":
        return "".join(sorted({line for line in ds.serialize(format="nquads").splitlines(keepends=True) if line.strip()}))
    if fmt == "jsonld":
        doc = json.loads(ds.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
        return json.dumps(_sorted_arrays(doc), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    raise ValueError(f"unknown graph format {fmt!r}; known: {', '.join(GRAPH_FORMATS)}")


def trig_text(ds: Dataset) -> str:
    """TriG with one block per named graph, the graphs in IRI order, one @prefix header for all."""
    graphs = sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))
    return trig(((g.identifier, iter(g)) for g in graphs), dict(ds.namespaces()))


def _sorted_arrays(node):
    if isinstance(node, dict):
        return {k: (v if k == "@list" else _sorted_arrays(v)) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_arrays(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node


def write_graph_files(ds: Dataset, out_dir: Path, formats: tuple[str, ...] = ("trig", "ttl")) -> list[Path]:
    """Write graph.trig, graph.ttl, graph.nq, graph.jsonld (those asked for) atomically; returns the paths."""
    written = []
    for fmt in formats:
        path = out_dir / GRAPH_FORMATS[fmt]
        atomic_write(path, graph_text(ds, fmt))
        written.append(path)
    return written
