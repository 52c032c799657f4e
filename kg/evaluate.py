"""evaluate: score extraction records against gold annotations, and list the errors to study.

The rules are those of tests/gold/GUIDELINES.md and its scorer, re-stated here as typed functions so
that the package does not depend on evaluation data:

- entities match when their types are equal and their forms (surfaces plus label or canonical, with
  quotation marks and white space removed) share at least one string; matching is one to one, pairs
  sharing most forms first, so an entity split in two costs precision;
- gold entities marked optional are neither required nor penalised, and neither are relations that
  touch one;
- collaboratesWith is symmetric: either direction finds it, and it is missed only once;
- linking scores pairs of matched entities in different documents: the same gold canonical name
  should be the same predicted id.

Gold and predicted records are read from JSON into dataclasses; `score` is a pure function of them.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .model import ENTITY_TYPES, Extraction

__all__ = [
    "SYMMETRIC",
    "EvalError",
    "GoldEntity",
    "RelationTriple",
    "GoldDoc",
    "PredEntity",
    "PredDoc",
    "PRF",
    "MentionCheck",
    "EntityError",
    "RelationError",
    "MentionError",
    "DocErrors",
    "Scores",
    "norm",
    "load_gold",
    "parse_gold",
    "load_predicted",
    "parse_predicted",
    "predicted_from_extractions",
    "match_document",
    "score",
    "scores_dict",
    "format_scores",
    "format_errors",
]

STRIP = re.compile(r"[\s“”‘’「」『』《》\"']")
SYMMETRIC = frozenset({"collaboratesWith"})


class EvalError(ValueError):
    """Gold or predicted records that cannot be read; the message names the file and the place."""


def norm(s: str) -> str:
    """A surface as scoring compares it: quotation and title marks and white space removed."""
    return STRIP.sub("", s)


def _forms(*values: object) -> frozenset[str]:
    out = set()
    for v in values:
        for s in [v] if isinstance(v, str) else v or []:
            n = norm(s)
            if n:
                out.add(n)
    return frozenset(out)


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    canonical: str
    surfaces: tuple[str, ...]
    optional: bool = False

    @property
    def forms(self) -> frozenset[str]:
        return _forms(self.surfaces, self.canonical)


@dataclass(frozen=True)
class RelationTriple:
    """head —type→ tail between entity ids of one document, as gold and predicted records both state it."""

    head: str
    type: str
    tail: str

    @classmethod
    def read(cls, record: object, at: str) -> RelationTriple:
        """From a record's {"head", "type", "tail"}; a missing or non-string field is an EvalError."""
        return cls(_need(record, "head", str, at), _need(record, "type", str, at), _need(record, "tail", str, at))


@dataclass(frozen=True)
class GoldDoc:
    doc: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[RelationTriple, ...]
    reporter: str = ""


@dataclass(frozen=True)
class PredEntity:
    id: str
    type: str
    label: str
    surfaces: tuple[str, ...]
    mentions: tuple[tuple[int, int], ...] = ()

    @property
    def forms(self) -> frozenset[str]:
        return _forms(self.surfaces, self.label)


@dataclass(frozen=True)
class PredDoc:
    doc: str
    entities: tuple[PredEntity, ...] = ()
    relations: tuple[RelationTriple, ...] = ()


# ---------------------------------------------------------------- results


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives, and what follows from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {"p": self.p, "r": self.r, "f1": self.f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class MentionCheck:
    checked: int = 0
    wrong: int = 0


@dataclass(frozen=True)
class EntityError:
    """A gold entity not found (canonical name) or a predicted one not in the gold (label)."""

    type: str
    name: str
    surfaces: tuple[str, ...]
    hint: str = ""  # what the other side has that comes close, to tell a split from a type mistake

    def as_dict(self) -> dict:
        return {"type": self.type, "name": self.name, "surfaces": list(self.surfaces),
                **({"hint": self.hint} if self.hint else {})}


@dataclass(frozen=True)
class RelationError:
    head: str  # canonical name (miss) or label (false find)
    type: str
    tail: str
    hint: str = ""

    def as_dict(self) -> dict:
        return {"head": self.head, "type": self.type, "tail": self.tail, **({"hint": self.hint} if self.hint else {})}


@dataclass(frozen=True)
class MentionError:
    name: str
    start: int
    end: int
    text: str | None  # what stands at [start, end) in the document, None when its text is unknown

    def as_dict(self) -> dict:
        return {"name": self.name, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class DocErrors:
    """What one document got wrong: misses (gold, not found) and false finds (found, not gold)."""

    doc: str
    missed_entities: list[EntityError] = field(default_factory=list)
    missed_relations: list[RelationError] = field(default_factory=list)
    false_entities: list[EntityError] = field(default_factory=list)
    false_relations: list[RelationError] = field(default_factory=list)
    wrong_mentions: list[MentionError] = field(default_factory=list)

    LISTS = ("missed_entities", "missed_relations", "false_entities", "false_relations", "wrong_mentions")

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.LISTS)


@dataclass(frozen=True)
class LinkError:
    """A linking mistake across documents: one predicted id given to things the gold keeps apart
    (``merged``: ``name`` is the id, ``parts`` the gold canonical names), or one gold thing given
    several ids (``split``: ``name`` is the canonical name, ``parts`` the ids). Each part is
    followed by the documents it stands in."""

    kind: str  # merged | split
    name: str
    parts: tuple[tuple[str, tuple[str, ...]], ...]

    def as_dict(self) -> dict:
        return {"kind": self.kind, "name": self.name,
                "parts": [{"name": n, "docs": list(docs)} for n, docs in self.parts]}


@dataclass
class Scores:
    entities: dict[str, PRF]  # per entity type, plus "all"
    relations: dict[str, PRF]  # per relation type that occurs, plus "all"
    linking: PRF
    missing_docs: list[str]
    mentions: MentionCheck | None = None
    errors: list[DocErrors] = field(default_factory=list)
    link_errors: list[LinkError] = field(default_factory=list)


# ---------------------------------------------------------------- reading


def _need(obj: object, key: str, kind: type, where: str) -> object:
    if not isinstance(obj, dict) or key not in obj:
        raise EvalError(f"{where}: missing '{key}'")
    value = obj[key]
    if not isinstance(value, kind):
        raise EvalError(f"{where}: '{key}' should be a {kind.__name__}, got {type(value).__name__}")
    return value


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(s, str) for s in value):
        return tuple(value)
    raise EvalError(f"{where}: 'surfaces' should be a list of strings")


def parse_gold(obj: object, where: str) -> GoldDoc:
    """One gold JSON object (GUIDELINES.md, last section) → GoldDoc; EvalError names what is wrong."""
    doc = _need(obj, "doc", str, where)
    entities = []
    for i, e in enumerate(_need(obj, "entities", list, where)):
        at = f"{where}: entity {i + 1}"
        type_ = _need(e, "type", str, at)
        if type_ not in ENTITY_TYPES:
            raise EvalError(f"{at}: unknown type '{type_}' (expected one of {', '.join(ENTITY_TYPES)})")
        entities.append(GoldEntity(_need(e, "id", str, at), type_, _need(e, "canonical", str, at),
                                   _strings(e.get("surfaces"), at), bool(e.get("optional", False))))
    ids = {e.id for e in entities}
    relations = []
    for i, r in enumerate(_need(obj, "relations", list, where)):
        at = f"{where}: relation {i + 1}"
        rel = RelationTriple.read(r, at)
        for end in (rel.head, rel.tail):
            if end not in ids:
                raise EvalError(f"{at}: no entity with id '{end}'")
        relations.append(rel)
    return GoldDoc(doc, tuple(entities), tuple(relations), str(obj.get("reporter", "")))


def load_gold(gold_dir: str | os.PathLike) -> dict[str, GoldDoc]:
    """Every *.json in ``gold_dir``, keyed by the document name each one annotates."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise EvalError(f"no gold folder at {folder}")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise EvalError(f"no gold files (*.json) in {folder}")
    out: dict[str, GoldDoc] = {}
    for path in files:
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise EvalError(f"gold file {path} is not UTF-8 text") from None
        except OSError as err:
            raise EvalError(f"cannot read gold file {path}: {err.strerror or err}") from None
        except json.JSONDecodeError as err:
            raise EvalError(f"gold file {path} is not valid JSON: {err.msg} at line {err.lineno}, "
                            f"column {err.colno}") from None
        gold = parse_gold(obj, f"gold file {path}")
        out[gold.doc] = gold
    return out


def parse_predicted(obj: object, where: str) -> PredDoc:
    """One extraction record (DESIGN.md's JSONL format) → PredDoc."""
    doc = Path(_need(obj, "doc", str, where)).name
    entities = []
    for i, e in enumerate(obj.get("entities") or []):
        at = f"{where}: entity {i + 1}"
        id_, type_ = _need(e, "id", str, at), _need(e, "type", str, at)
        mentions = tuple((_need(m, "start", int, at), _need(m, "end", int, at)) for m in e.get("mentions") or [])
        label = e.get("label")
        entities.append(PredEntity(id_, type_, label if isinstance(label, str) else "",
                                   _strings(e.get("surfaces"), at), mentions))
    relations = []
    for i, r in enumerate(obj.get("relations") or []):
        at = f"{where}: relation {i + 1}"
        relations.append(RelationTriple.read(r, at))
    return PredDoc(doc, tuple(entities), tuple(relations))


def load_predicted(path: str | os.PathLike) -> dict[str, PredDoc]:
    """An extraction JSONL file, keyed by document file name (a later record for a name wins)."""
    path = Path(path)
    if not path.is_file():
        raise EvalError(f"no predicted file at {path}")
    try:
        lines = path.read_text(encoding="utf-8").split("\n")  # not splitlines(): U+2028 may be in a label
    except UnicodeDecodeError:
        raise EvalError(f"{path} is not UTF-8 text") from None
    except OSError as err:
        raise EvalError(f"cannot read {path}: {err.strerror or err}") from None
    out: dict[str, PredDoc] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line.rstrip("\r"))
        except json.JSONDecodeError as err:
            raise EvalError(f"{path} line {n} is not valid JSON: {err.msg} at column {err.pos + 1}") from None
        rec = parse_predicted(obj, f"{path} line {n}")
        out[rec.doc] = rec
    return out


def predicted_from_extractions(extractions: Iterable[Extraction]) -> dict[str, PredDoc]:
    """The pipeline's output as the JSONL records a build writes, so both are scored alike."""
    from .outputs import extraction_record

    return {ex.document.name: parse_predicted(extraction_record(ex), ex.document.name) for ex in extractions}


# ---------------------------------------------------------------- scoring


@dataclass
class Matching:
    """The one-to-one pairs of a document, and every pair that shares a form (for relations)."""

    p2g: dict[str, str]
    g2p: dict[str, str]
    any_match: dict[str, set[str]]  # predicted id → gold ids of its type sharing a form


def match_document(gold: GoldDoc, pred: PredDoc) -> Matching:
    """Pair predicted with gold entities of the same type, most shared forms first, one to one."""
    gold_by_id = {g.id: g for g in gold.entities}
    pred_by_id = {p.id: p for p in pred.entities}
    candidates = []
    for pid, p in pred_by_id.items():
        pf = p.forms
        for gid, g in gold_by_id.items():
            if p.type == g.type:
                shared = len(pf & g.forms)
                if shared:
                    candidates.append((-shared, pid, gid))
    candidates.sort()
    p2g: dict[str, str] = {}
    g2p: dict[str, str] = {}
    any_match: dict[str, set[str]] = defaultdict(set)
    for _, pid, gid in candidates:
        if pid not in p2g and gid not in g2p:
            p2g[pid], g2p[gid] = gid, pid
        any_match[pid].add(gid)
    return Matching(p2g, g2p, dict(any_match))


def _cross_doc_pairs(items: list[tuple[str, ...]], key: slice) -> int:
    """Pairs of items in different documents (item[0]) that agree on item[key]."""
    groups = Counter(item[key] for item in items)
    within = Counter((item[0], item[key]) for item in items)
    return sum(n * (n - 1) // 2 for n in groups.values()) - sum(n * (n - 1) // 2 for n in within.values())


def score(gold_docs: Mapping[str, GoldDoc], pred_docs: Mapping[str, PredDoc],
          texts: Mapping[str, str] | None = None) -> Scores:
    """Score every gold document against its predicted record (an absent record finds nothing).

    ``texts`` (document name → text) turns on the mention check: every mention's span, cut from the
    text, must be one of its entity's forms. Predicted documents without gold are not scored.
    """
    ent = {t: PRF() for t in ENTITY_TYPES}
    rel: dict[str, PRF] = defaultdict(PRF)
    mentions = MentionCheck() if texts is not None else None
    linked: set[tuple[str, str, str]] = set()  # (document, gold canonical, predicted id)
    missing_docs = []
    errors = []
    for name in sorted(gold_docs):
        gold = gold_docs[name]
        pred = pred_docs.get(name)
        if pred is None:
            missing_docs.append(name)
            pred = PredDoc(name)
        err = DocErrors(name)
        errors.append(err)
        m = match_document(gold, pred)
        gold_by_id = {g.id: g for g in gold.entities}
        pred_by_id = {p.id: p for p in pred.entities}
        _score_entities(gold, pred, m, gold_by_id, ent, linked, err)
        _score_relations(gold, pred, m, gold_by_id, pred_by_id, rel, err)
        if mentions is not None:
            _check_mentions(pred, texts.get(name), mentions, err)
    items = sorted(linked)
    same_pred = _cross_doc_pairs(items, slice(2, 3))
    same_gold = _cross_doc_pairs(items, slice(1, 2))
    same_both = _cross_doc_pairs(items, slice(1, 3))
    linking = PRF(same_both, same_pred - same_both, same_gold - same_both)
    link_errors = _link_errors(items)
    entities = dict(ent)
    entities["all"] = sum(ent.values(), PRF())
    relations = {t: rel[t] for t in sorted(rel)}
    relations["all"] = sum(relations.values(), PRF())
    return Scores(entities, relations, linking, missing_docs, mentions, errors, link_errors)


def _link_errors(items: list[tuple[str, str, str]]) -> list[LinkError]:
    """The ids that join different gold things across documents, and the gold things that get
    different ids in different documents (items: document, gold canonical, predicted id)."""
    out = []
    for kind, key, part in (("merged", 2, 1), ("split", 1, 2)):
        groups: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for item in items:
            groups[item[key]][item[part]].add(item[0])
        for name, parts in sorted(groups.items()):
            docs = set().union(*parts.values())
            if len(parts) > 1 and len(docs) > 1:
                out.append(LinkError(kind, name, tuple((n, tuple(sorted(d))) for n, d in sorted(parts.items()))))
    return out


def _score_entities(gold: GoldDoc, pred: PredDoc, m: Matching, gold_by_id: dict[str, GoldEntity],
                    ent: dict[str, PRF], linked: set, err: DocErrors) -> None:
    for p in pred.entities:
        if p.type not in ent:
            continue
        gid = m.p2g.get(p.id)
        if gid is not None:
            if not gold_by_id[gid].optional:
                ent[p.type].tp += 1
            linked.add((gold.doc, gold_by_id[gid].canonical, p.id))
        elif any(gold_by_id[g].optional for g in m.any_match.get(p.id, ())):
            continue
        else:
            ent[p.type].fp += 1
            err.false_entities.append(EntityError(p.type, p.label, tuple(sorted(p.surfaces)),
                                                  _false_entity_hint(p, gold, pred, m)))
    for g in gold.entities:
        if g.id not in m.g2p and not g.optional:
            ent[g.type].fn += 1
            err.missed_entities.append(EntityError(g.type, g.canonical, tuple(sorted(g.surfaces)),
                                                   _missed_entity_hint(g, pred, m)))


def _false_entity_hint(p: PredEntity, gold: GoldDoc, pred: PredDoc, m: Matching) -> str:
    labels = {q.id: q.label or q.id for q in pred.entities}
    for g in gold.entities:
        if g.forms & p.forms:
            if g.type != p.type:
                return f"gold has {g.canonical} as {g.type}"
            if g.id in m.g2p:
                return f"split: gold {g.canonical} is matched to {labels[m.g2p[g.id]]}"
    return ""


def _missed_entity_hint(g: GoldEntity, pred: PredDoc, m: Matching) -> str:
    for p in pred.entities:
        if p.forms & g.forms and p.type != g.type:
            return f"found as {p.type} {p.label}"
    return ""


def _score_relations(gold: GoldDoc, pred: PredDoc, m: Matching, gold_by_id: dict[str, GoldEntity],
                     pred_by_id: dict[str, PredEntity], rel: dict[str, PRF], err: DocErrors) -> None:
    required: set[tuple[str, str, str]] = set()
    optional: set[tuple[str, str, str]] = set()
    for r in gold.relations:
        key = (r.head, r.type, r.tail)
        side = optional if gold_by_id[r.head].optional or gold_by_id[r.tail].optional else required
        side.add(key)
        if r.type in SYMMETRIC:
            side.add((r.tail, r.type, r.head))
    found: set[tuple[str, str, str]] = set()
    seen: set[tuple[str, str, str]] = set()
    for r in pred.relations:
        key = (r.head, r.type, r.tail)
        if key in seen:
            continue
        seen.add(key)
        hits = {(h, r.type, t) for h in m.any_match.get(r.head, ()) for t in m.any_match.get(r.tail, ())}
        if hits & required:
            hit = min(hits & required)
            if hit not in found:
                found.add(hit)
                if r.type in SYMMETRIC:
                    found.add((hit[2], hit[1], hit[0]))
                rel[r.type].tp += 1
        elif not hits & optional:
            rel[r.type].fp += 1

            def label(pid: str) -> str:
                return pred_by_id[pid].label if pid in pred_by_id else pid

            err.false_relations.append(RelationError(label(r.head), r.type, label(r.tail),
                                                     _false_relation_hint(r, hits, m, required)))
    for key in sorted(required):
        if key not in found and not (key[1] in SYMMETRIC and key[0] > key[2]):
            rel[key[1]].fn += 1
            err.missed_relations.append(
                RelationError(gold_by_id[key[0]].canonical, key[1], gold_by_id[key[2]].canonical))


def _false_relation_hint(r: RelationTriple, hits: set[tuple[str, str, str]], m: Matching,
                         required: set[tuple[str, str, str]]) -> str:
    if r.head not in m.any_match:
        return "head not in gold"
    if r.tail not in m.any_match:
        return "tail not in gold"
    for h, _, t in sorted(hits):
        if (t, r.type, h) in required:
            return "gold has it the other way round"
        other = sorted(k[1] for k in required if k[0] == h and k[2] == t)
        if other:
            return f"gold has {other[0]} between them"
    return ""


def _check_mentions(pred: PredDoc, text: str | None, check: MentionCheck, err: DocErrors) -> None:
    for p in pred.entities:
        forms = p.forms
        for start, end in p.mentions:
            check.checked += 1
            span = text[start:end] if text is not None else None
            if span is None or norm(span) not in forms:
                check.wrong += 1
                err.wrong_mentions.append(MentionError(p.label, start, end, span))


# ---------------------------------------------------------------- reporting


def scores_dict(scores: Scores, errors: bool = True, limit: int | None = None) -> dict:
    """The keys of tests/gold/score.py --json, plus ``errors`` (per document) and ``link_errors``
    (merged and split entities across documents) when asked.

    Each document's error lists are cut to ``limit`` items; ``counts`` keeps their full lengths.
    """
    out: dict = {
        "entities": {t: v.as_dict() for t, v in scores.entities.items()},
        "relations": {t: v.as_dict() for t, v in scores.relations.items()},
        "missing_docs": list(scores.missing_docs),
        "linking": scores.linking.as_dict(),
    }
    if scores.mentions is not None:
        out["mentions"] = {"checked": scores.mentions.checked, "wrong": scores.mentions.wrong}
    if errors:
        out["link_errors"] = [e.as_dict() for e in scores.link_errors]
        out["errors"] = {
            e.doc: {**{name: [x.as_dict() for x in getattr(e, name)[:limit]] for name in DocErrors.LISTS},
                    "counts": {name: len(getattr(e, name)) for name in DocErrors.LISTS}}
            for e in scores.errors
        }
    return out


def format_scores(scores: Scores) -> str:
    """The table score.py prints: P, R, F1 and counts per type, linking, mentions."""
    lines = []
    for part, table in (("entities", scores.entities), ("relations", scores.relations)):
        for t, v in table.items():
            lines.append(f"{part:9} {t:18} P {v.p:.3f}  R {v.r:.3f}  F1 {v.f1:.3f}  "
                         f"(tp {v.tp} fp {v.fp} fn {v.fn})")
    v = scores.linking
    lines.append(f"linking   {'cross-document':18} P {v.p:.3f}  R {v.r:.3f}  F1 {v.f1:.3f}  "
                 f"(tp {v.tp} fp {v.fp} fn {v.fn})")
    if scores.mentions is not None:
        lines.append(f"mentions  checked {scores.mentions.checked}, wrong offsets {scores.mentions.wrong}")
    if scores.missing_docs:
        lines.append("documents with no extraction record: " + ", ".join(scores.missing_docs))
    return "\n".join(lines) + "\n"


def _entity_line(kind: str, e: EntityError) -> str:
    surfaces = f"  [{', '.join(e.surfaces)}]" if e.surfaces else ""
    hint = f"  ({e.hint})" if e.hint else ""
    return f"  {kind:6} {e.type:17} {e.name}{surfaces}{hint}"


def _relation_line(kind: str, r: RelationError) -> str:
    hint = f"  ({r.hint})" if r.hint else ""
    return f"  {kind:6} {r.type:17} {r.head} → {r.tail}{hint}"


def _count(items: list, one: str, many: str) -> str:
    return f"{len(items)} {one if len(items) == 1 else many}"


def format_errors(scores: Scores, limit: int | None = None) -> str:
    """Misses and false finds, document by document; ``limit`` cuts each list to its first items."""
    blocks = []
    for e in scores.errors:
        if not e:
            continue
        lines = [f"{e.doc}: missed {_count(e.missed_entities, 'entity', 'entities')}, "
                 f"{_count(e.missed_relations, 'relation', 'relations')}; "
                 f"false {_count(e.false_entities, 'entity', 'entities')}, "
                 f"{_count(e.false_relations, 'relation', 'relations')}"
                 + (f"; {_count(e.wrong_mentions, 'wrong mention offset', 'wrong mention offsets')}"
                    if e.wrong_mentions else "")]
        for name, kind, fmt in (("missed_entities", "missed", _entity_line),
                                ("missed_relations", "missed", _relation_line),
                                ("false_entities", "false", _entity_line),
                                ("false_relations", "false", _relation_line)):
            items = getattr(e, name)
            lines.extend(fmt(kind, x) for x in items[:limit])
            if limit is not None and len(items) > limit:
                lines.append(f"  … {len(items) - limit} more {name.replace('_', ' ')}")
        for w in e.wrong_mentions[:limit]:
            found = "no text" if w.text is None else repr(w.text)
            lines.append(f"  offset {w.name} [{w.start}:{w.end}] is {found}")
        if limit is not None and len(e.wrong_mentions) > limit:
            lines.append(f"  … {len(e.wrong_mentions) - limit} more wrong mentions")
        blocks.append("\n".join(lines))
    if scores.link_errors:
        lines = [f"linking across documents: {_count(scores.link_errors, 'error', 'errors')}"]
        for e in scores.link_errors[:limit]:
            parts = "; ".join(f"{n} ({', '.join(docs)})" for n, docs in e.parts)
            what = "one id for" if e.kind == "merged" else "several ids for"
            lines.append(f"  {e.kind:6} {what} {e.name if e.kind == 'split' else ''}".rstrip() + f": {parts}")
        if limit is not None and len(scores.link_errors) > limit:
            lines.append(f"  … {len(scores.link_errors) - limit} more linking errors")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
