"""kg/vocab.py, ontology/cppcc.ttl and its generated page stay in step; the package ships the ontology."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.validate import ontology_graph, ontology_text
from kg.vocab import CPPCC

from .conftest import ROOT

DECLARING = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def declared_terms(g: Graph) -> set[str]:
    ns = str(CPPCC._NS)
    return {str(s)[len(ns):] for kind in DECLARING for s in g.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(ns)}


def vocab_terms() -> set[str]:
    return {name for name in CPPCC.__annotations__ if not name.startswith("_")}


def test_vocab_declares_exactly_the_ontology_terms():
    onto = declared_terms(Graph().parse(ROOT / "ontology" / "cppcc.ttl"))
    code = vocab_terms()
    assert code - onto == set(), "in kg/vocab.py but not declared in ontology/cppcc.ttl"
    assert onto - code == set(), "declared in ontology/cppcc.ttl but missing from kg/vocab.py"
    assert len(code) >= 18


def test_vocab_is_closed():
    assert CPPCC.Organization == URIRef("https://w3id.org/cppcc-kg/ontology#Organization")
    with pytest.raises(AttributeError):
        CPPCC.Organisation  # noqa: B018 - a misspelt term must raise, not mint an IRI


def test_ontology_header():
    g = ontology_graph()
    (onto,) = set(g.subjects(RDF.type, OWL.Ontology))
    assert str(onto) == "https://w3id.org/cppcc-kg/ontology"
    version = str(g.value(onto, OWL.versionInfo))
    assert str(g.value(onto, OWL.versionIRI)) == f"{onto}/{version}"


@pytest.mark.parametrize("term", sorted(vocab_terms()))
def test_every_term_has_labels_and_comments_in_chinese_and_english(term):
    g, node = ontology_graph(), CPPCC[term]
    for prop in (RDFS.label, RDFS.comment):
        langs = sorted(o.language for o in g.objects(node, prop) if isinstance(o, Literal))
        assert langs == ["en", "zh"], (term, prop)


@pytest.mark.parametrize("term", sorted(t for t in vocab_terms() if t[0].islower()))
def test_every_property_has_a_domain_and_a_range(term):
    g, node = ontology_graph(), CPPCC[term]
    assert g.value(node, RDFS.domain) is not None and g.value(node, RDFS.range) is not None, term


@pytest.mark.parametrize("project, standard", [
    ("Organization", "http://www.w3.org/ns/org#Organization"),
    ("Meeting", "https://schema.org/Event"),
    ("Initiative", "http://www.w3.org/ns/prov#Activity"),
    ("Report", "http://www.w3.org/ns/prov#Entity"),
    ("RelationAssertion", "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"),
])
def test_project_classes_refine_standard_ones(project, standard):
    assert (CPPCC[project], RDFS.subClassOf, URIRef(standard)) in ontology_graph()


def load_doc_script():
    spec = importlib.util.spec_from_file_location("ontology_doc", ROOT / "scripts" / "ontology_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_ontology_page_equals_a_fresh_generation():
    doc = load_doc_script()
    page = doc.render(Graph().parse(ROOT / "ontology" / "cppcc.ttl"), Graph().parse(ROOT / "ontology" / "shapes.ttl"))
    committed = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    assert committed == page, "ontology/README.md is stale: run python scripts/ontology_doc.py"
    for term in vocab_terms():
        assert f"cppcc:{term}" in page
    assert "工作项目" in page and "Initiative" in page


@pytest.mark.parametrize("name", ["cppcc.ttl", "shapes.ttl"])
def test_package_reads_the_top_level_ontology(name):
    assert ontology_text(name) == (ROOT / "ontology" / name).read_text(encoding="utf-8")


def test_an_installed_copy_holds_the_same_ontology_files(tmp_path):
    """setuptools' build_py makes what a wheel installs: kg/ontology must be real files equal to ontology/."""
    import shutil

    src = tmp_path / "src"
    src.mkdir()
    for item in ("kg", "ontology"):
        shutil.copytree(ROOT / item, src / item, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for item in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / item, src / item)
    proc = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
                           "--build-lib", str(tmp_path / "lib")], cwd=src, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for name in ("cppcc.ttl", "shapes.ttl"):
        installed = tmp_path / "lib" / "kg" / "ontology" / name
        assert installed.is_file() and not installed.is_symlink()
        assert installed.read_bytes() == (ROOT / "ontology" / name).read_bytes()
