"""The project's vocabulary as code: a closed namespace, so a misspelt term raises instead of minting."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["BASE", "ID", "CPPCC", "OA", "SCHEMA", "ORG_NS"]

BASE = "https://w3id.org/cppcc-kg/"
ID = BASE + "id/"

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
ORG_NS = Namespace("http://www.w3.org/ns/org#")


class CPPCC(DefinedNamespace):
    """Terms of ontology/cppcc.ttl; tests/test_vocab.py keeps the two equal."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # classes
    Organization: URIRef
    Meeting: URIRef
    MeetingSeries: URIRef
    Initiative: URIRef
    Report: URIRef
    RelationAssertion: URIRef

    # relations between entities
    organizes: URIRef
    participatesIn: URIRef
    subOrganizationOf: URIRef
    collaboratesWith: URIRef
    ledBy: URIRef

    # report metadata and evidence
    reportingBody: URIRef
    jurisdiction: URIRef
    year: URIRef
    sourceFile: URIRef
    sha256: URIRef
    sentence: URIRef
    mentionedIn: URIRef
