"""The flow end to end: paths → (Extractions, skipped files). Used by `kg build` and `kg extract`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .extract import extract
from .ingest import iter_documents
from .link import link
from .model import Extraction, Skipped

__all__ = ["Run", "run"]


@dataclass
class Run:
    extractions: list[Extraction] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def run(paths: Iterable[str], on_skip: Callable[[Skipped], None] = lambda s: None,
        on_document: Callable[[str], None] = lambda name: None) -> Run:
    """Read, extract and link every report under ``paths``; bad files are reported, never raised."""
    out = Run()
    extracted = []
    for item in iter_documents(paths):
        if isinstance(item, Skipped):
            out.skipped.append(item)
            on_skip(item)
            continue
        on_document(item.name)
        extracted.append(extract(item))
    out.extractions = link(extracted)
    return out
