"""`kg validate` and kg.validate: real pySHACL over graphs built here, then broken by hand."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from kg.cli import main
from kg.graph import build_dataset
from kg.link import entity_iri, report_iri
from kg.outputs import write_graph_files
from kg.validate import Violation, describe, validate
from kg.vocab import CPPCC, OA

from .test_graph import SAMPLE_TEXT, sample_extraction

REPORT = report_iri("sample.txt")
NNI = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
CPPCC_ORG = URIRef(entity_iri("organization", "深圳市宝安区政协"))


@pytest.fixture()
def ds():
    return build_dataset([sample_extraction()])


def first_mention(ds, entity=CPPCC_ORG):
    """The annotation of the entity's first mention, and its target."""
    ann = min(a for a in ds.subjects(OA.hasBody, entity) if "#m" in str(a))
    return ann, ds.value(ann, OA.hasTarget)


def write(ds, tmp_path):
    return write_graph_files(ds, tmp_path, ("trig",))[0]


def test_a_built_graph_conforms(runner, ds, tmp_path):
    graph = write(ds, tmp_path)
    result = runner.invoke(main, ["validate", str(graph)])
    assert result.exit_code == 0, result.output
    assert result.output == f"SHACL: {graph} conforms\n"


def test_missing_selectors_and_a_second_label_are_reported_in_plain_words(runner, ds, tmp_path):
    ann, target = first_mention(ds)
    g = ds.graph(URIRef(REPORT))
    for sel in list(g.objects(target, OA.hasSelector)):
        g.remove((target, OA.hasSelector, sel))
    g.add((CPPCC_ORG, RDFS.label, Literal("宝安区政协")))
    graph = write(ds, tmp_path)
    result = runner.invoke(main, ["validate", str(graph)])
    assert result.exit_code == 1
    assert result.output == (
        f"<{target}>: oa:hasSelector: a target needs exactly one oa:TextPositionSelector (start and end in code points)\n"
        f"<{target}>: oa:hasSelector: a target needs exactly one oa:TextQuoteSelector (exact, prefix, suffix)\n"
        f"“宝安区政协 | 深圳市宝安区政协” <{CPPCC_ORG}>: rdfs:label: an entity needs exactly one rdfs:label, its canonical name\n"
        f"SHACL: 3 violations in {graph}\n"
    )


def test_a_quote_that_is_not_a_label_of_its_entity(ds):
    ann, target = first_mention(ds)
    quote = next(s for s in ds.objects(target, OA.hasSelector) if str(s).endswith("-quote"))
    pos = next(s for s in ds.objects(target, OA.hasSelector) if str(s).endswith("-pos"))
    g = ds.graph(URIRef(REPORT))
    g.set((quote, OA.exact, Literal("政协在区")))
    start = int(g.value(pos, OA.start))
    g.set((pos, OA.start, Literal(start + 1, datatype=NNI)))
    g.set((pos, OA.end, Literal(start + 5, datatype=NNI)))
    assert [describe(v) for v in validate(ds)] == [
        f"<{ann}>: oa:exact of a mention must be one of its entity's labels (rdfs:label or skos:altLabel)"
        " (value: \"政协在区\")",
    ]


def test_selectors_that_disagree_and_a_start_after_the_end(ds):
    ann, target = first_mention(ds)
    pos = next(s for s in ds.objects(target, OA.hasSelector) if str(s).endswith("-pos"))
    g = ds.graph(URIRef(REPORT))
    end = int(g.value(pos, OA.end))
    g.set((pos, OA.start, Literal(end + 1, datatype=NNI)))
    assert validate(ds) == sorted([
        Violation(f"<{target}>", "", "oa:end − oa:start must equal the length of oa:exact"),
        Violation(f"<{pos}>", "oa:start", "a position selector needs exactly one oa:start, "
                  "an xsd:nonNegativeInteger below oa:end", f'"{end + 1}"'),
    ])


def test_a_negative_offset_is_not_a_non_negative_integer(ds):
    ann, target = first_mention(ds)
    pos = next(s for s in ds.objects(target, OA.hasSelector) if str(s).endswith("-pos"))
    ds.graph(URIRef(REPORT)).set((pos, OA.start, Literal(-1)))
    messages = {(v.focus, v.path, v.message) for v in validate(ds)}
    assert (f"<{pos}>", "oa:start", "a position selector needs exactly one oa:start, an xsd:nonNegativeInteger "
            "below oa:end") in messages


def test_an_assertion_without_its_triple_or_evidence(ds):
    g = ds.graph(URIRef(REPORT))
    party = URIRef(entity_iri("organization", "中共深圳市宝安区委员会"))
    g.remove((CPPCC_ORG, CPPCC.ledBy, party))
    (fact,) = g.subjects(RDF.predicate, CPPCC.ledBy)
    ann = g.value(None, OA.hasBody, fact)
    g.remove((ann, OA.hasBody, fact))
    lines = [describe(v) for v in validate(ds)]
    assert f"<{fact}>: the relation this assertion describes is missing from the graph" in lines
    assert (f"<{fact}>: ^oa:hasBody: a relation assertion needs an oa:Annotation (its body) that points at "
            "the evidence sentence") in lines
    assert f"<{ann}>: oa:hasBody: an annotation needs exactly one oa:hasBody, the entity or relation assertion it is about" in lines


def test_a_report_without_its_file_name_and_with_a_bad_digest(ds):
    g = ds.graph(URIRef(REPORT))
    g.remove((URIRef(REPORT), CPPCC.sourceFile, None))
    g.set((URIRef(REPORT), CPPCC.sha256, Literal("ABC")))
    assert [describe(v) for v in validate(ds)] == [
        f"<{REPORT}>: cppcc:sha256: a report needs exactly one cppcc:sha256 of its file: 64 lower-case hex digits"
        ' (value: "ABC")',
        f"<{REPORT}>: cppcc:sourceFile: a report needs exactly one cppcc:sourceFile, the name of the file it was read from",
    ]


def test_a_missing_graph_is_one_error_line(runner, tmp_path):
    result = runner.invoke(main, ["validate", str(tmp_path / "none.trig")])
    assert result.exit_code == 1
    assert result.output == (f"Error: no graph at {tmp_path / 'none.trig'}: run `kg build` first or give the "
                             "graph's path: kg validate PATH\n")


def test_an_unreadable_graph_is_one_error_line(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot read graph {bad}: ")
    assert result.output.count("\n") == 1


def test_build_says_whether_the_graph_conforms(runner, tmp_path):
    from .conftest import SEEDS

    result = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--strict-shapes"])
    assert result.exit_code == 0, result.output
    assert "SHACL: conforms" in result.stderr.splitlines()
    quiet = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--no-shapes"])
    assert "SHACL" not in quiet.output


def test_sample_text_is_what_the_offsets_point_into(ds):
    ann, target = first_mention(ds)
    pos = next(s for s in ds.objects(target, OA.hasSelector) if str(s).endswith("-pos"))
    assert SAMPLE_TEXT[int(ds.value(pos, OA.start)):int(ds.value(pos, OA.end))] == "区政协"
