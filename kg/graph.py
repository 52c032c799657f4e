"""graph: linked Extractions → an rdflib Dataset, one named graph per report, named by the report's IRI.

Reads: Extraction (document, context, entities with IRIs, relations). Writes: for each report
- the report node: cppcc:Report + prov:Entity, with dcterms:title/source/identifier/date/creator and the
  project's own cppcc:sourceFile, sha256, reportingBody, jurisdiction, year;
- each entity: the project class AND the standard class it refines (org:Organization, schema:Event,
  prov:Activity), rdfs:label + skos:prefLabel (canonical name), skos:altLabel (every other surface);
- each mention: an oa:Annotation whose body is the entity and whose target is an oa:SpecificResource
  of the report with an oa:TextPositionSelector (code points) and an oa:TextQuoteSelector;
- each relation: the direct triple (and its standard mirror, e.g. schema:organizer), plus a
  cppcc:RelationAssertion (rdf:subject/predicate/object, prov:wasDerivedFrom the report) that an
  oa:Annotation ties to the sentence stating it.
Every node has a deterministic IRI (no blank nodes), so two builds of the same input are identical.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from .link import entity_iri, report_iri
from .model import Extraction, Mention, Span
from .vocab import CPPCC, OA, ORG_NS, SCHEMA

__all__ = [
    "build_dataset",
    "add_report",
    "bind_prefixes",
    "PREFIXES",
    "RELATION_PROPERTIES",
    "CLASSES",
    "term_series_label",
    "canonical_labels",
]

CLASSES = {
    "organization": (CPPCC.Organization, ORG_NS.Organization),
    "meeting": (CPPCC.Meeting, SCHEMA.Event),
    "initiative": (CPPCC.Initiative, PROV.Activity),
}
RELATION_PROPERTIES = {
    "organizes": CPPCC.organizes,
    "participatesIn": CPPCC.participatesIn,
    "subOrganizationOf": CPPCC.subOrganizationOf,
    "collaboratesWith": CPPCC.collaboratesWith,
    "ledBy": CPPCC.ledBy,
}
PREFIXES = {
    "cppcc": CPPCC._NS,
    "org": ORG_NS,
    "schema": SCHEMA,
    "oa": OA,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "xsd": XSD._NS,
}
QUOTE_CONTEXT = 32  # characters of prefix and suffix kept in a TextQuoteSelector
SENTENCE_END = re.compile(r"[。！？!?\n]")  # where a sentence shown as evidence ends (graph's own rule)

# A numbered plenary meeting of one term (届) of a body: 宝安区政协六届一次会议, 市政协第七届委员会第二次会议.
# Its term's plenary meetings form a series: 宝安区政协六届全体会议 (schema:superEvent of each of them).
_NUMERAL = "一二三四五六七八九十百零〇0-9"
_TERM_MEETING = re.compile(
    rf"^(?P<term>.*[^{_NUMERAL}第]第?[{_NUMERAL}]+届)(?:委员会)?第?[{_NUMERAL}]+次(?:全体)?(?:会议|全会)$"
)


def bind_prefixes(g: Graph | Dataset) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)


def build_dataset(extractions: list[Extraction]) -> Dataset:
    """One named graph per report, in file-name order; the default graph stays empty.

    Lookups on the returned Dataset (``ds.subjects``, ``ds.value``) see the union of the reports.
    """
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    labels = canonical_labels(extractions)
    for ex in sorted(extractions, key=lambda e: e.document.name):
        add_report(ds, ex, labels)
    return ds


def canonical_labels(extractions: list[Extraction]) -> dict[str, str]:
    """One rdfs:label per IRI across all reports, should linking have given one IRI several labels.

    The label most reports use wins, ties going to the first in code-point order; the others become
    skos:altLabel, so every name a report uses stays a label of the node.
    """
    counts: dict[str, Counter] = {}
    for ex in extractions:
        for ent in ex.entities:
            counts.setdefault(ent.iri or entity_iri(ent.type, ent.label), Counter())[ent.label] += 1
    return {iri: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for iri, c in counts.items()}


def term_series_label(label: str) -> str | None:
    """The series a numbered plenary meeting belongs to, or None: 政协六届一次会议 → 政协六届全体会议."""
    m = _TERM_MEETING.match(label)
    return m.group("term") + "全体会议" if m else None


def add_report(ds: Dataset, ex: Extraction, labels: dict[str, str] | None = None) -> None:
    """Add one report's named graph; ``labels`` maps IRIs to their canonical label (canonical_labels)."""
    doc, ctx = ex.document, ex.context
    labels = labels or {}
    report = URIRef(report_iri(doc.name))
    g = ds.graph(report)
    g.add((report, RDF.type, CPPCC.Report))
    g.add((report, RDF.type, PROV.Entity))
    if doc.title:
        g.add((report, DCTERMS.title, Literal(doc.title)))
    if doc.source:
        g.add((report, DCTERMS.source, Literal(doc.source)))
    g.add((report, CPPCC.sourceFile, Literal(doc.name)))
    if doc.sha256:
        g.add((report, CPPCC.sha256, Literal(doc.sha256)))
        g.add((report, DCTERMS.identifier, Literal(f"sha256:{doc.sha256}")))
    if ctx.jurisdiction:
        g.add((report, CPPCC.jurisdiction, Literal(ctx.jurisdiction)))
    if ctx.year:
        g.add((report, CPPCC.year, Literal(str(ctx.year), datatype=XSD.gYear)))
        g.add((report, DCTERMS.date, Literal(str(ctx.year), datatype=XSD.gYear)))

    sentences = split_sentences(doc.text)
    iris = {}
    for ent in ex.entities:
        node = URIRef(ent.iri or entity_iri(ent.type, ent.label))
        iris[ent.key] = node
        label = labels.get(str(node), ent.label)
        add_entity(g, node, ent.type, label, sorted({*ent.surfaces, ent.label}),
                   series=ent.series and ent.type == "meeting")
        g.add((node, CPPCC.mentionedIn, report))
        if ent.type == "meeting" and (series := term_series_label(ent.label)) and series != ent.label:
            parent = URIRef(entity_iri("meeting", series))
            add_entity(g, parent, "meeting", labels.get(str(parent), series), [series], series=True)
            g.add((node, SCHEMA.superEvent, parent))
        for m in ent.mentions:
            fragment = f"m{m.start}-{m.end}-{short_hash(str(node))}"
            annotate(g, report, node, fragment, OA.identifying, m, doc.text, sentences)

    if ctx.reporter:
        body = iris.get(("organization", ctx.reporter)) or URIRef(entity_iri("organization", ctx.reporter))
        if (body, RDF.type, CPPCC.Organization) not in g:  # named by the report's context, not its text
            add_entity(g, body, "organization", labels.get(str(body), ctx.reporter), [ctx.reporter])
        g.add((report, CPPCC.reportingBody, body))
        g.add((report, DCTERMS.creator, body))

    for rel in ex.relations:
        head, tail, prop = iris[rel.head], iris[rel.tail], RELATION_PROPERTIES[rel.type]
        g.add((head, prop, tail))
        for triple in standard_mirror(head, rel.type, tail, rel.tail[0]):
            g.add(triple)
        ev = rel.evidence
        stmt = URIRef(f"{report}#r{ev.start}-{ev.end}-{short_hash(f'{head} {rel.type} {tail}')}")
        g.add((stmt, RDF.type, CPPCC.RelationAssertion))
        g.add((stmt, RDF.type, RDF.Statement))
        g.add((stmt, RDF.type, PROV.Entity))
        g.add((stmt, RDF.subject, head))
        g.add((stmt, RDF.predicate, prop))
        g.add((stmt, RDF.object, tail))
        g.add((stmt, PROV.wasDerivedFrom, report))
        quote = Mention(ev.start, ev.end, doc.text[ev.start:ev.end])
        annotate(g, report, stmt, stmt.split("#", 1)[1] + "-ev", OA.describing, quote, doc.text, sentences)


def add_entity(g: Graph, node: URIRef, type_: str, label: str, surfaces: list[str], series: bool = False) -> None:
    for cls in CLASSES[type_]:
        g.add((node, RDF.type, cls))
    if series:
        g.add((node, RDF.type, CPPCC.MeetingSeries))
    g.add((node, RDFS.label, Literal(label)))
    g.add((node, SKOS.prefLabel, Literal(label)))
    for surface in surfaces:
        if surface != label:  # SKOS: a label is preferred or alternative, never both
            g.add((node, SKOS.altLabel, Literal(surface)))


def standard_mirror(head: URIRef, rel_type: str, tail: URIRef, tail_type: str) -> list[tuple]:
    """The same fact in a standard vocabulary, so tools that know ORG, schema.org or PROV read it."""
    if rel_type == "subOrganizationOf":
        return [(head, ORG_NS.subOrganizationOf, tail), (head, RDF.type, ORG_NS.OrganizationalUnit)]
    if rel_type in ("organizes", "participatesIn") and tail_type == "initiative":
        return [(tail, PROV.wasAssociatedWith, head)]
    if rel_type == "organizes" and tail_type == "meeting":
        return [(tail, SCHEMA.organizer, head)]
    if rel_type == "participatesIn" and tail_type == "meeting":
        return [(tail, SCHEMA.attendee, head)]
    return []


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of the text, each ending after its 。！？ or line break (empty ones dropped)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.end() - start > 1:
            spans.append(Span(start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans


def short_hash(s: str) -> str:
    """Eight hex digits that are the same in every process (Python's own str hash is salted)."""
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:8]


def annotate(g: Graph, report: URIRef, body: URIRef, fragment: str, motivation: URIRef, m: Mention,
             text: str, sentences: list[Span]) -> None:
    """An oa:Annotation of characters [m.start, m.end) of the report, with both selectors and the sentence."""
    ann = URIRef(f"{report}#{fragment}")
    target = URIRef(f"{ann}-target")
    pos = URIRef(f"{ann}-pos")
    quote = URIRef(f"{ann}-quote")
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.motivatedBy, motivation))
    g.add((ann, OA.hasBody, body))
    g.add((ann, OA.hasTarget, target))
    g.add((ann, PROV.wasDerivedFrom, report))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, report))
    g.add((target, OA.hasSelector, pos))
    g.add((target, OA.hasSelector, quote))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(m.start, datatype=XSD.nonNegativeInteger)))
    g.add((pos, OA.end, Literal(m.end, datatype=XSD.nonNegativeInteger)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(m.surface)))
    g.add((quote, OA.prefix, Literal(text[max(0, m.start - QUOTE_CONTEXT):m.start])))
    g.add((quote, OA.suffix, Literal(text[m.end:m.end + QUOTE_CONTEXT])))
    sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
    if sentence is not None:
        g.add((target, CPPCC.sentence, Literal(text[sentence.start:sentence.end].strip())))
