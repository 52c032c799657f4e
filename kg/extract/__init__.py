"""extract: Document → Extraction (organizations, meetings, initiatives and their relations).

Reads ``doc.match_text`` (simplified characters, same length as the text) with the ignored spans
blanked out (by Document itself), and cuts every mention's surface from ``doc.text`` with the same offsets. The steps:
context (who reports, where) → candidate mentions by pattern (patterns.py) → longest wins →
entities keyed by canonical label → relations (relations.py).
"""

from __future__ import annotations

from ..model import Document, Entity, Extraction, Mention
from .context import infer_context
from .lexicon import named_initiatives
from .patterns import find_candidates, resolve
from .relations import Hit, find_relations
from .text import split_sentences

__all__ = ["extract", "split_sentences", "infer_context"]


def _merge_bare_names(cands) -> dict[str, str]:
    """“书香政协” and “书香政协”建设 in one report are one programme, named without the head;
    “X”机制 and “X”整改督办机制 are one programme, named by the longest form."""
    bare = {c.labels[0] for c in cands if c.type == "initiative" and not c.surface_form}
    rename = {}
    by_inner: dict[str, list[str]] = {}
    for c in cands:
        if c.type == "initiative" and c.surface_form:
            if c.surface_form in bare:
                rename[c.labels[0]] = c.surface_form
            else:
                by_inner.setdefault(c.surface_form, []).append(c.labels[0])
    for labels in by_inner.values():
        best = max(labels, key=lambda x: (len(x), x))
        for x in labels:
            rename.setdefault(x, best)
    return rename


def extract(doc: Document) -> Extraction:
    """Find the entities and relations of one report; output sorted, so the same input gives the
    same record."""
    ctx = infer_context(doc)
    text = doc.match_text
    cands = resolve(find_candidates(text, ctx))
    rename = _merge_bare_names(cands)
    found: dict[tuple[str, str], Entity] = {}
    hits: list[Hit] = []
    parents: set[tuple[str, str]] = set()
    owners: set[tuple[str, str]] = set()
    for c in cands:
        surface = doc.text[c.start:c.end]
        if not surface.strip():
            continue
        for label in c.labels:
            label = rename.get(label, label)
            ent = found.setdefault((c.type, label), Entity(c.type, label, series=c.series))
            ent.mentions.append(Mention(c.start, c.end, surface))
            hits.append(Hit(c.start, c.end, c.type, label))
        parents.update(c.parents)
        owners.update((o, rename.get(m, m)) for o, m in c.owners)
    reporter = ("organization", ctx.reporter) if ("organization", ctx.reporter) in found else None
    national = frozenset(label for _, label in named_initiatives())
    relations = find_relations(text, hits, reporter, parents, owners, national)
    entities = sorted(found.values(), key=lambda e: (e.type, e.label))
    for e in entities:
        e.mentions = sorted(set(e.mentions))
    return Extraction(doc, ctx, entities, relations)
