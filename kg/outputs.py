"""outputs: write what a build made (graph files, extraction records) atomically and deterministically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .model import Extraction

__all__ = ["atomic_write", "extraction_record", "extraction_jsonl", "union_graph", "write_graph_files"]

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


def write_graph_files(ds: Dataset, out_dir: Path, formats: tuple[str, ...] = ("trig", "ttl")) -> list[Path]:
    written = []
    for fmt in formats:
        path = out_dir / GRAPH_FORMATS[fmt]
        if fmt == "trig":
            data = ds.serialize(format="trig")
        elif fmt == "nquads":
            data = "".join(sorted(ds.serialize(format="nquads").splitlines(keepends=True)))
        elif fmt == "jsonld":
            data = ds.serialize(format="json-ld", indent=1, sort_keys=True)
        else:
            data = union_graph(ds).serialize(format="turtle")
        atomic_write(path, data)
        written.append(path)
    return written
