"""extract: Document → Extraction (organizations, meetings, initiatives and their relations).

Reads ``doc.match_text`` (simplified characters, same length as the text) with the ignored spans
blanked out (by Document itself), and cuts every mention's surface from ``doc.text`` with the same offsets. The steps:
context (who reports, where) → candidate mentions by pattern (patterns.py, running the finders of
organizations.py, meetings.py and initiatives.py) → longest wins → entities keyed by canonical label →
relations (relations.py).
"""

from __future__ import annotations

from ..model import Document, Entity, Extraction, Mention
from .context import infer_context
from .lexicon import named_initiatives
from .patterns import find_candidates, resolve
from .relations import Hit, NameFacts, find_relations
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


def _merge_short_committee_names(cands, text: str, reporter: str) -> dict[str, str]:
    """文史委 in a report that also names its 文化文史和学习委员会 is that committee: a committee
    written short (ending in 委) takes the full name of the one committee of the same body whose
    name holds the short one's characters in order. Local committees name these bodies in many ways,
    so the report's own full name is the best guide to what its short form means."""
    if not reporter:
        return {}
    committees = sorted({c.labels[0] for c in cands if c.type == "organization"
                         and c.labels[0].startswith(reporter) and c.labels[0].endswith("委员会")})
    shorts = {c.labels[0] for c in cands if c.labels and c.labels[0] in committees
              and text[c.start:c.end].endswith("委")}
    rename = {}
    for short in sorted(shorts):
        core = short[len(reporter):-3]
        fits = [full for full in committees if full not in shorts and len(full) > len(short)
                and _in_order(core, full[len(reporter):-3])]
        if len(fits) == 1:
            rename[short] = fits[0]
    return rename


def _in_order(chars: str, word: str) -> bool:
    """Whether the characters of ``chars`` appear in ``word`` in the same order (文史 in 文化文史和学习)."""
    rest = iter(word)
    return all(ch in rest for ch in chars)


def extract(doc: Document) -> Extraction:
    """Find the entities and relations of one report; output sorted, so the same input gives the
    same record."""
    ctx = infer_context(doc)
    text = doc.match_text
    cands = resolve(find_candidates(text, ctx))
    rename = _merge_bare_names(cands) | _merge_short_committee_names(cands, text, ctx.reporter)
    found: dict[tuple[str, str], Entity] = {}
    hits: list[Hit] = []
    facts = NameFacts()
    for c in cands:
        surface = doc.text[c.start:c.end]
        if not surface.strip():
            continue
        for label in c.labels:
            label = rename.get(label, label)
            ent = found.setdefault((c.type, label), Entity(c.type, label, series=c.series))
            ent.mentions.append(Mention(c.start, c.end, surface))
            hits.append(Hit(c.start, c.end, c.type, label))
        facts.parents.update((rename.get(a, a), rename.get(b, b)) for a, b in c.parents)
        facts.owners.update((o, rename.get(m, m)) for o, m in c.owners)
        facts.attendees.update((o, rename.get(m, m)) for o, m in c.attendees)
    reporter = ("organization", ctx.reporter) if ("organization", ctx.reporter) in found else None
    national = frozenset(label for _, label in named_initiatives())
    relations = find_relations(text, hits, reporter, facts, national)
    entities = sorted(found.values(), key=lambda e: (e.type, e.label))
    for e in entities:
        e.mentions = sorted(set(e.mentions))
    return Extraction(doc, ctx, entities, relations)
