"""graph: linked Extractions → an rdflib Dataset, one named graph per report.

Each entity node carries the project class and the standard class it refines, so queries work without
a reasoner; each mention and each relation is a W3C Web Annotation pointing at the exact characters of
the report (oa:TextPositionSelector in code points, oa:TextQuoteSelector with the words around it).
"""

from __future__ import annotations

import hashlib

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from .extract import split_sentences
from .link import entity_iri, report_iri
from .model import Extraction, Mention, Span
from .vocab import CPPCC, OA, ORG_NS, SCHEMA

__all__ = ["build_dataset", "bind_prefixes", "RELATION_PROPERTIES", "CLASSES"]

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
QUOTE_CONTEXT = 32  # characters of prefix and suffix kept in a TextQuoteSelector


def bind_prefixes(g: Graph | Dataset) -> None:
    for prefix, ns in {
        "cppcc": CPPCC._NS,
        "org": ORG_NS,
        "schema": SCHEMA,
        "oa": OA,
        "skos": SKOS,
        "prov": PROV,
        "dcterms": DCTERMS,
    }.items():
        g.bind(prefix, ns, override=True)


def build_dataset(extractions: list[Extraction]) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    for ex in sorted(extractions, key=lambda e: e.document.name):
        add_report(ds, ex)
    return ds


def add_report(ds: Dataset, ex: Extraction) -> None:
    doc, ctx = ex.document, ex.context
    report = URIRef(report_iri(doc.stem))
    g = ds.graph(report)
    g.add((report, RDF.type, CPPCC.Report))
    g.add((report, RDF.type, PROV.Entity))
    if doc.title:
        g.add((report, DCTERMS.title, Literal(doc.title)))
    g.add((report, CPPCC.sourceFile, Literal(doc.name)))
    if doc.sha256:
        g.add((report, CPPCC.sha256, Literal(doc.sha256)))
    if ctx.reporter:
        g.add((report, CPPCC.reportingBody, URIRef(entity_iri("organization", ctx.reporter))))
    if ctx.jurisdiction:
        g.add((report, CPPCC.jurisdiction, Literal(ctx.jurisdiction)))
    if ctx.year:
        g.add((report, CPPCC.year, Literal(ctx.year, datatype=XSD.gYear)))

    sentences = split_sentences(doc.text)
    iris = {}
    for ent in ex.entities:
        node = URIRef(ent.iri or entity_iri(ent.type, ent.label))
        iris[ent.key] = node
        for cls in CLASSES[ent.type]:
            g.add((node, RDF.type, cls))
        if ent.series:
            g.add((node, RDF.type, CPPCC.MeetingSeries))
        g.add((node, RDFS.label, Literal(ent.label)))
        g.add((node, SKOS.prefLabel, Literal(ent.label)))
        for surface in ent.surfaces:
            if surface != ent.label:
                g.add((node, SKOS.altLabel, Literal(surface)))
        g.add((node, CPPCC.mentionedIn, report))
        for m in ent.mentions:
            annotate(g, report, node, f"m{m.start}-{m.end}", m, doc.text, sentences)

    for rel in ex.relations:
        head, tail, prop = iris[rel.head], iris[rel.tail], RELATION_PROPERTIES[rel.type]
        g.add((head, prop, tail))
        if rel.type == "organizes" and rel.tail[0] == "meeting":
            g.add((tail, SCHEMA.organizer, head))
        if rel.type == "subOrganizationOf":
            g.add((head, ORG_NS.subOrganizationOf, tail))
        ev = rel.evidence
        stmt = URIRef(f"{report}#r{ev.start}-{ev.end}-{short_hash(f'{head} {rel.type} {tail}')}")
        g.add((stmt, RDF.type, CPPCC.RelationAssertion))
        g.add((stmt, RDF.type, RDF.Statement))
        g.add((stmt, RDF.subject, head))
        g.add((stmt, RDF.predicate, prop))
        g.add((stmt, RDF.object, tail))
        quote = Mention(ev.start, ev.end, doc.text[ev.start:ev.end])
        annotate(g, report, stmt, stmt.split("#", 1)[1] + "-ev", quote, doc.text, sentences)


def short_hash(s: str) -> str:
    """Eight hex digits that are the same in every process (Python's own str hash is salted)."""
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:8]


def annotate(g: Graph, report: URIRef, body: URIRef, fragment: str, m: Mention, text: str, sentences: list[Span]) -> None:
    ann = URIRef(f"{report}#{fragment}")
    target = URIRef(f"{ann}-target")
    pos = URIRef(f"{ann}-pos")
    quote = URIRef(f"{ann}-quote")
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.hasBody, body))
    g.add((ann, OA.hasTarget, target))
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
