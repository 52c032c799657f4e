"""graph: the shape of what a build writes, on the sample reports and on a report written here."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import RDF, RDFS, SKOS, BNode, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.graph import build_dataset, term_series_label
from kg.link import entity_iri, link, report_iri
from kg.model import Context, Document, Entity, Extraction, Mention, Relation, Span
from kg.query import load_dataset, run_query
from kg.validate import ontology_graph, validate
from kg.vocab import CPPCC, OA, ORG_NS, SCHEMA

from .conftest import SEEDS


def sentence_of_fact_query() -> str:
    """The SPARQL that ontology/cppcc.ttl gives as skos:example of cppcc:RelationAssertion."""
    (example,) = ontology_graph().objects(CPPCC.RelationAssertion, SKOS.example)
    return str(example)

SAMPLE_TEXT = (
    "宝安区政协常委会工作报告\n"
    "一年来，区政协在区委领导下，召开宝安区政协六届一次会议。"
    "区政协与区工商联联合开展“委员进社区”活动，并参加主席会议。"
    "提案委员会是区政协的专门委员会。\n"
)

# The tested query of the ontology page: which report, characters and sentence state each fact.
SENTENCE_OF_FACT = sentence_of_fact_query()


def sample_extraction(text: str = SAMPLE_TEXT, reporter: str = "深圳市宝安区政协") -> Extraction:
    """A report written for the tests: five entities, four relations, offsets found in the text."""

    def mentions(surface: str) -> list[Mention]:
        out, i = [], text.find(surface)
        while i >= 0:
            out.append(Mention(i, i + len(surface), surface))
            i = text.find(surface, i + len(surface))
        return out

    def sentence_with(words: str) -> Span:
        i = text.index(words)
        start = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
        return Span(start, text.index("。", i) + 1)

    cppcc = ("organization", "深圳市宝安区政协")
    party = ("organization", "中共深圳市宝安区委员会")
    fic = ("organization", "深圳市宝安区工商业联合会")
    plenary = ("meeting", "宝安区政协六届一次会议")
    chairs = ("meeting", "深圳市宝安区政协主席会议")
    drive = ("initiative", "委员进社区活动")
    proposals = ("organization", "深圳市宝安区政协提案委员会")
    doc = Document(name="sample.txt", path="sample.txt", text=text, title="宝安区政协常委会工作报告",
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    entities = [
        Entity("organization", cppcc[1], [m for m in mentions("区政协") if text[m.start - 2:m.start] != "宝安"]),
        Entity("organization", party[1], mentions("区委")),
        Entity("organization", fic[1], mentions("区工商联")),
        Entity("meeting", plenary[1], mentions("宝安区政协六届一次会议")),
        Entity("meeting", chairs[1], mentions("主席会议"), series=True),
        Entity("initiative", drive[1], mentions("“委员进社区”活动")),
        Entity("organization", proposals[1], mentions("提案委员会")),
    ]
    relations = [
        Relation(cppcc, "ledBy", party, sentence_with("区委领导下")),
        Relation(cppcc, "organizes", plenary, sentence_with("区委领导下")),
        Relation(cppcc, "collaboratesWith", fic, sentence_with("联合开展")),
        Relation(cppcc, "organizes", drive, sentence_with("联合开展")),
        Relation(cppcc, "participatesIn", chairs, sentence_with("联合开展")),
        Relation(proposals, "subOrganizationOf", cppcc, sentence_with("专门委员会")),
    ]
    ctx = Context(reporter=reporter, level="district", city="深圳市", district="宝安区", session="六", year=2023)
    return link([Extraction(doc, ctx, entities, relations)])[0]


@pytest.fixture(scope="module")
def seeds_ds(built) -> Dataset:
    return load_dataset(built / "graph.trig")


@pytest.fixture(scope="module")
def sample_ds() -> Dataset:
    return build_dataset([sample_extraction()])


def org(label: str) -> URIRef:
    return URIRef(entity_iri("organization", label))


def test_seeds_build_conforms_to_the_shapes(seeds_ds):
    assert validate(seeds_ds) == []


def test_sample_report_conforms_to_the_shapes(sample_ds):
    assert validate(sample_ds) == []


def test_five_named_graphs_each_named_by_its_report(seeds_ds):
    names = sorted(str(g.identifier) for g in seeds_ds.graphs() if len(g))
    assert names == sorted(report_iri(p.name) for p in SEEDS.glob("*.txt"))
    assert len(names) == 5
    for g in seeds_ds.graphs():
        if not len(g):
            continue
        report = g.identifier
        assert (report, RDF.type, CPPCC.Report) in g and (report, RDF.type, PROV.Entity) in g
        file = g.value(report, CPPCC.sourceFile)
        digest = hashlib.sha256((SEEDS / str(file)).read_bytes()).hexdigest()
        assert g.value(report, CPPCC.sha256) == Literal(digest)
        assert g.value(report, DCTERMS.identifier) == Literal(f"sha256:{digest}")


def test_every_project_term_in_the_data_is_declared_in_the_ontology(seeds_ds, sample_ds):
    ns = str(CPPCC._NS)
    declared = {s for s in ontology_graph().subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}
    used = set()
    for ds in (seeds_ds, sample_ds):
        for s, p, o, _ in ds.quads((None, None, None, None)):
            used |= {t for t in (p, o) if isinstance(t, URIRef) and str(t).startswith(ns)}
    assert used and used <= declared, sorted(used - declared)


def test_no_blank_nodes(seeds_ds, sample_ds):
    for ds in (seeds_ds, sample_ds):
        assert not any(isinstance(t, BNode) for q in ds.quads((None, None, None, None)) for t in q[:3])


def mention_rows(ds: Dataset):
    q = """
    PREFIX oa: <http://www.w3.org/ns/oa#>
    PREFIX cppcc: <https://w3id.org/cppcc-kg/ontology#>
    SELECT ?ann ?entity ?file ?start ?end ?exact WHERE { GRAPH ?r {
      ?ann oa:motivatedBy oa:identifying ; oa:hasBody ?entity ; oa:hasTarget ?t .
      ?t oa:hasSource ?r ; oa:hasSelector ?pos , ?quote .
      ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact .
      ?r cppcc:sourceFile ?file } }"""
    return list(run_query(ds, q))


def test_every_mention_quotes_a_label_of_its_entity_at_its_offsets(seeds_ds):
    rows = mention_rows(seeds_ds)
    assert len(rows) > 50
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for ann, entity, file, start, end, exact in rows:
        names = {str(n) for n in seeds_ds.objects(entity, RDFS.label)} | {
            str(n) for n in seeds_ds.objects(entity, SKOS.altLabel)}
        assert str(exact) in names, ann
        assert end.toPython() - start.toPython() == len(str(exact)), ann
        assert texts[str(file)][start.toPython():end.toPython()] == str(exact), ann


def test_entities_carry_project_and_standard_class_and_one_label(seeds_ds, sample_ds):
    pairs = [(CPPCC.Organization, ORG_NS.Organization), (CPPCC.Meeting, SCHEMA.Event),
             (CPPCC.Initiative, PROV.Activity)]
    for ds in (seeds_ds, sample_ds):
        for project, standard in pairs:
            for node in set(ds.subjects(RDF.type, project)):
                assert (node, RDF.type, standard) in ds
                assert len(set(ds.objects(node, RDFS.label))) == 1
                assert set(ds.objects(node, RDFS.label)) == set(ds.objects(node, SKOS.prefLabel))


def test_every_relation_leads_to_its_report_and_evidence(seeds_ds):
    facts = set(seeds_ds.subjects(RDF.type, CPPCC.RelationAssertion))
    assert facts
    for g in seeds_ds.graphs():
        for fact in g.subjects(RDF.type, CPPCC.RelationAssertion):
            s, p, o = (g.value(fact, x) for x in (RDF.subject, RDF.predicate, RDF.object))
            assert (s, p, o) in g
            assert g.value(fact, PROV.wasDerivedFrom) == g.identifier
            ann = g.value(None, OA.hasBody, fact)
            assert g.value(g.value(ann, OA.hasTarget), OA.hasSource) == g.identifier


def test_sample_report_node_has_its_metadata(sample_ds):
    report = URIRef(report_iri("sample.txt"))
    g = sample_ds.graph(report)
    assert g.value(report, DCTERMS.title) == Literal("宝安区政协常委会工作报告")
    assert g.value(report, CPPCC.reportingBody) == org("深圳市宝安区政协")
    assert g.value(report, DCTERMS.creator) == org("深圳市宝安区政协")
    assert g.value(report, CPPCC.jurisdiction) == Literal("深圳市宝安区")
    assert g.value(report, CPPCC.year).toPython() is not None and str(g.value(report, CPPCC.year)) == "2023"
    assert g.value(report, CPPCC.sourceFile) == Literal("sample.txt")


def test_standard_mirrors_of_relations(sample_ds):
    cppcc = org("深圳市宝安区政协")
    plenary = URIRef(entity_iri("meeting", "宝安区政协六届一次会议"))
    chairs = URIRef(entity_iri("meeting", "深圳市宝安区政协主席会议"))
    drive = URIRef(entity_iri("initiative", "委员进社区活动"))
    assert (plenary, SCHEMA.organizer, cppcc) in sample_ds
    assert (chairs, SCHEMA.attendee, cppcc) in sample_ds
    assert (drive, PROV.wasAssociatedWith, cppcc) in sample_ds
    assert (chairs, RDF.type, CPPCC.MeetingSeries) in sample_ds
    proposals = org("深圳市宝安区政协提案委员会")
    assert (proposals, ORG_NS.subOrganizationOf, cppcc) in sample_ds
    assert (proposals, RDF.type, ORG_NS.OrganizationalUnit) in sample_ds


def test_every_class_the_graph_uses_has_a_shape(seeds_ds, sample_ds):
    """Each class is a shape's target, or a standard class that a targeted project class refines."""
    from rdflib.namespace import SH

    from kg.validate import shapes_graph

    targeted = set(shapes_graph().objects(None, SH.targetClass))
    refined = set(ontology_graph().objects(None, RDFS.subClassOf))
    used = set(sample_ds.objects(None, RDF.type)) | set(seeds_ds.objects(None, RDF.type))
    assert {CPPCC.Organization, CPPCC.Report, OA.Annotation, OA.TextQuoteSelector} <= used
    assert used - targeted - refined == set()


def test_numbered_plenary_meeting_is_part_of_its_terms_series(sample_ds):
    plenary = URIRef(entity_iri("meeting", "宝安区政协六届一次会议"))
    series = sample_ds.value(plenary, SCHEMA.superEvent)
    assert series == URIRef(entity_iri("meeting", "宝安区政协六届全体会议"))
    assert (series, RDF.type, CPPCC.MeetingSeries) in sample_ds
    assert (series, RDF.type, SCHEMA.Event) in sample_ds


@pytest.mark.parametrize("label, series", [
    ("宝安区政协六届一次会议", "宝安区政协六届全体会议"),
    ("市政协第七届委员会第二次会议", "市政协第七届全体会议"),
    ("区委十二届三次全会", "区委十二届全体会议"),
    ("十九届六中全会", None),  # no body named: which 十九届?
    ("十二届三次全会", None),
    ("双月协商座谈会", None),
    ("党的二十大", None),
])
def test_term_series_label(label, series):
    assert term_series_label(label) == series


def test_reporter_not_named_in_the_text_still_gets_a_labelled_node():
    ds = build_dataset([sample_extraction(reporter="深圳市宝安区政协常务委员会")])
    body = org("深圳市宝安区政协常务委员会")
    assert (body, RDF.type, CPPCC.Organization) in ds
    assert ds.value(body, RDFS.label) == Literal("深圳市宝安区政协常务委员会")
    assert validate(ds) == []


def test_two_entities_on_one_span_get_two_annotations():
    text = "省、市政协联合召开座谈会。"
    doc = Document(name="two.txt", path="two.txt", text=text, sha256="0" * 64)
    span = Mention(0, 5, "省、市政协")
    ents = [Entity("organization", "甘肃省政协", [span]), Entity("organization", "兰州市政协", [span])]
    ds = build_dataset(link([Extraction(doc, Context(), ents, [])]))
    anns = set(ds.subjects(RDF.type, OA.Annotation))
    assert len(anns) == 2
    assert {ds.value(a, OA.hasBody) for a in anns} == {org("甘肃省政协"), org("兰州市政协")}


def test_sentence_behind_a_fact(sample_ds):
    bind = {"head": Literal("深圳市宝安区政协"), "relation": Literal("collaboratesWith"),
            "tail": Literal("深圳市宝安区工商业联合会")}
    rows = list(run_query(sample_ds, SENTENCE_OF_FACT, bind))
    assert len(rows) == 1
    file, head, predicate, tail, start, end, exact, sentence = rows[0]
    assert (str(head), str(predicate), str(tail)) == ("深圳市宝安区政协", "collaboratesWith", "深圳市宝安区工商业联合会")
    assert str(file) == "sample.txt"
    assert str(sentence) == "区政协与区工商联联合开展“委员进社区”活动，并参加主席会议。"
    assert SAMPLE_TEXT[start.toPython():end.toPython()] == str(exact) == str(sentence)


def test_sentence_behind_every_fact_of_the_seeds(seeds_ds):
    rows = list(run_query(seeds_ds, SENTENCE_OF_FACT))
    facts = len(set(seeds_ds.subjects(RDF.type, CPPCC.RelationAssertion)))
    assert facts and len(rows) >= facts
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for file, head, predicate, tail, start, end, exact, sentence in rows:
        assert texts[str(file)][start.toPython():end.toPython()] == str(exact)
        assert str(sentence).strip() in texts[str(file)]


def test_sentence_behind_a_fact_through_kg_query(runner, sample_ds, tmp_path):
    from kg.cli import main
    from kg.outputs import write_graph_files

    (graph,) = write_graph_files(sample_ds, tmp_path, ("trig",))
    q = tmp_path / "sentence.rq"
    q.write_text(SENTENCE_OF_FACT, encoding="utf-8")
    result = runner.invoke(main, ["query", "--file", str(q), "--graph", str(graph), "--format", "csv",
                                  "--bind", "head=深圳市宝安区政协", "--bind", "relation=ledBy",
                                  "--bind", "tail=中共深圳市宝安区委员会"])
    assert result.exit_code == 0, result.output
    start = SAMPLE_TEXT.index("一年来")
    sentence = "一年来，区政协在区委领导下，召开宝安区政协六届一次会议。"
    assert result.output.splitlines() == [
        "file,head,predicate,tail,start,end,exact,sentence",
        f"sample.txt,深圳市宝安区政协,ledBy,中共深圳市宝安区委员会,{start},{start + len(sentence)},{sentence},{sentence}",
    ]


def test_one_iri_given_two_labels_by_linking_keeps_one_label_and_the_other_as_alt():
    meeting = URIRef(entity_iri("meeting", "中国共产党第二十次全国代表大会"))

    def report(name: str, text: str, label: str) -> Extraction:
        doc = Document(name=name, path=name, text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
        surface = text[:text.index("召开")]
        ent = Entity("meeting", label, [Mention(0, len(surface), surface)], iri=str(meeting))
        return Extraction(doc, Context(), [ent], [])

    ds = build_dataset([report("a.txt", "党的二十大召开。", "党的二十大"), report("b.txt", "二十大召开。", "二十大"),
                        report("c.txt", "党的二十大召开了。", "党的二十大")])
    assert set(ds.objects(meeting, RDFS.label)) == {Literal("党的二十大")}
    assert set(ds.objects(meeting, SKOS.altLabel)) == {Literal("二十大")}
    assert validate(ds) == []
