"""The flow end to end: paths → (Extractions, skipped files). Used by `kg build` and `kg extract`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .extract import extract
from .ingest import iter_documents
from .link import link
from .model import Extraction, Skipped

__all__ = ["Run", "UnreadableFile", "run"]


class UnreadableFile(Exception):
    """Raised by ``run(strict=True)`` at the first file that cannot be read; carries its Skipped."""

    def __init__(self, item: Skipped) -> None:
        super().__init__(f"{item.path}: {item.reason}")
        self.item = item


@dataclass
class Run:
    extractions: list[Extraction] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def run(paths: Iterable[str], on_skip: Callable[[Skipped], None] = lambda s: None,
        on_document: Callable[[str], None] = lambda name: None, strict: bool = False) -> Run:
    """Read, extract and link every report under ``paths``; bad files are reported, never raised.

    Documents are processed in an order that does not depend on the order of ``paths`` (see
    ``iter_documents``), so the outputs do not either. With ``strict`` the first unreadable file
    raises UnreadableFile instead.
    """
    out = Run()
    extracted = []
    for item in iter_documents(paths):
        if isinstance(item, Skipped):
            if strict:
                raise UnreadableFile(item)
            out.skipped.append(item)
            on_skip(item)
            continue
        on_document(item.name)
        extracted.append(extract(item))
    out.extractions = link(extracted)
    return out
