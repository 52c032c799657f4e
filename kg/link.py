"""link: Extractions → the same Extractions with one stable IRI per real thing, across documents.

Identity is the (type, canonical label) pair that extract settled on; this stage mints the IRI from
it, so the same canonical name gives the same IRI in every build, whatever else is in the input.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Extraction
from .vocab import ID

__all__ = ["entity_iri", "report_iri", "link"]

_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def iri_segment(text: str) -> str:
    """Percent-encode what an IRI path segment may not hold; keep Chinese readable as it is."""
    out = []
    for ch in text:
        if ch in _UNRESERVED or (ord(ch) > 0x9F and not ch.isspace()):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def entity_iri(type_: str, label: str) -> str:
    return f"{ID}{type_}/{iri_segment(label)}"


def report_iri(name: str) -> str:
    return f"{ID}report/{iri_segment(name)}"


def link(extractions: list[Extraction]) -> list[Extraction]:
    """Give every entity its IRI; returns new records, the inputs are left as they were."""
    linked = []
    for ex in extractions:
        entities = [replace(e, iri=entity_iri(e.type, e.label)) for e in ex.entities]
        linked.append(replace(ex, entities=entities))
    return linked
