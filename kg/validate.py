"""validate: a built graph → the SHACL violations of ontology/shapes.ttl, in plain words.

The ontology and shapes ship inside the package (kg/ontology, a link to the top-level ontology/ in the
source tree and a real folder in an installed copy), so an installed `kg` finds them too.
Validation runs pySHACL over the union of the report graphs, without inference: every node already
carries its standard classes. The cross-node checks use SPARQL-based targets, hence advanced=True.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rdflib import RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH

__all__ = ["Violation", "ontology_text", "shapes_graph", "ontology_graph", "validate", "describe"]


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: which node, along which property path, and what is wrong with it."""

    focus: str  # the node, as a short name (its label and IRI, or the IRI alone)
    path: str  # the property path in prefixed form, or "" for a whole-node check
    message: str
    value: str = ""  # the offending value, when SHACL names one


def ontology_text(name: str) -> str:
    """The text of ontology/NAME (cppcc.ttl, shapes.ttl) as shipped in the package."""
    return resources.files("kg").joinpath("ontology", name).read_text(encoding="utf-8")


def shapes_graph() -> Graph:
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


def ontology_graph() -> Graph:
    return Graph().parse(data=ontology_text("cppcc.ttl"), format="turtle")


def validate(data: Graph | Dataset) -> list[Violation]:
    """Every violation of the shapes in ``data`` (a Dataset is checked as the union of its graphs), sorted."""
    import pyshacl

    from .outputs import union_graph

    graph = union_graph(data) if isinstance(data, Dataset) else data
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none", advanced=True)
    if conforms:
        return []
    out = set()
    for result in report.subjects(SH.focusNode, None):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        value = None if value == focus else value  # SPARQL constraints name the node itself
        message = report.value(result, SH.resultMessage)
        out.add(Violation(
            focus=name_of(graph, focus),
            path=path_text(report, path, graph) if path is not None else "",
            message=str(message) if message is not None else "violates " + short(graph, report.value(result, SH.sourceShape)),
            value=(f'"{value}"' if isinstance(value, Literal) else short(graph, value)) if value is not None else "",
        ))
    return sorted(out)


def describe(v: Violation) -> str:
    """One line for a person: `focus: path: message (value)`."""
    parts = [v.focus] + ([v.path] if v.path else []) + [v.message + (f" (value: {v.value})" if v.value else "")]
    return ": ".join(parts)


def name_of(graph: Graph, node) -> str:
    labels = sorted(map(str, graph.objects(node, RDFS.label))) if isinstance(node, URIRef) else []
    if labels:
        label = " | ".join(labels)
        return f"“{label}” <{node}>"
    return short(graph, node)


def short(graph: Graph, node) -> str:
    if isinstance(node, URIRef):
        try:
            prefix, _, local = graph.namespace_manager.compute_qname(node, generate=False)
            if prefix and local:
                return f"{prefix}:{local}"
        except (KeyError, ValueError):
            pass
        return f"<{node}>"
    return str(node)


def path_text(report: Graph, path, graph: Graph) -> str:
    """A SHACL property path in SPARQL-like words: ex:a, ^ex:a, ex:a/ex:b."""
    if isinstance(path, URIRef):
        return short(graph, path)
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + path_text(report, inverse, graph)
    items = list(report.items(path))
    if items:
        return "/".join(path_text(report, p, graph) for p in items)
    return str(path)
