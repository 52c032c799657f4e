"""Write ontology/README.md, the ontology's documentation page, from ontology/cppcc.ttl and shapes.ttl.

The page is generated, never edited by hand: tests/test_vocab.py checks that the committed page
equals a fresh generation. Run after changing the ontology or the shapes:

    python scripts/ontology_doc.py           # rewrite ontology/README.md
    python scripts/ontology_doc.py --check   # exit 1 if the committed page is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SH, SKOS

__all__ = ["render", "main"]

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "cppcc.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
PAGE = ROOT / "ontology" / "README.md"

KINDS = [
    (OWL.Class, "Classes", "类"),
    (OWL.ObjectProperty, "Object properties", "对象属性"),
    (OWL.DatatypeProperty, "Datatype properties", "数据属性"),
]


def text(g: Graph, node, prop, lang: str) -> str:
    values = sorted(str(o) for o in g.objects(node, prop) if isinstance(o, Literal) and o.language == lang)
    return " ".join(values)


def name(g: Graph, node) -> str:
    """A term as the page shows it: a prefixed name, a union as A ∪ B, a local term as a link."""
    if isinstance(node, BNode):
        members = g.value(node, OWL.unionOf)
        if members is not None:
            return " ∪ ".join(name(g, m) for m in g.items(members))
        inverse = g.value(node, SH.inversePath)
        if inverse is not None:
            return "^" + name(g, inverse)
        items = list(g.items(node))
        return "/".join(name(g, i) for i in items) if items else "(blank node)"
    prefix, _, local = g.namespace_manager.compute_qname(node)
    qname = f"{prefix}:{local}"
    return f"[{qname}](#{local.lower()})" if prefix == "cppcc" else f"`{qname}`"


def names(g: Graph, nodes) -> str:
    return ", ".join(sorted(name(g, n) for n in nodes)) or "—"


def term_section(g: Graph, term: URIRef) -> list[str]:
    local = str(term).split("#")[-1]
    en, zh = text(g, term, RDFS.label, "en"), text(g, term, RDFS.label, "zh")
    lines = [f'### <a id="{local.lower()}"></a>cppcc:{local} — {en} / {zh}', "", f"IRI: `{term}`", ""]
    rows = [
        ("Types", names(g, [t for t in g.objects(term, RDF.type) if t != OWL.Class])),
        ("Refines (subClassOf)", names(g, g.objects(term, RDFS.subClassOf))),
        ("Refines (subPropertyOf)", names(g, g.objects(term, RDFS.subPropertyOf))),
        ("Domain", names(g, g.objects(term, RDFS.domain))),
        ("Range", names(g, g.objects(term, RDFS.range))),
        ("Subclasses", names(g, g.subjects(RDFS.subClassOf, term))),
    ]
    rows = [(k, v) for k, v in rows if v != "—" or k in ("Domain", "Range") and (term, RDF.type, OWL.Class) not in g]
    lines += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows]
    lines += ["", f"- en: {text(g, term, RDFS.comment, 'en')}", f"- zh: {text(g, term, RDFS.comment, 'zh')}", ""]
    for example in sorted(str(e) for e in g.objects(term, SKOS.example)):
        lang = "sparql" if "SELECT" in example else ""
        lines += ["Example:", "", f"```{lang}", example.strip("\n"), "```", ""]
    return lines


def shape_section(s: Graph, shape) -> list[str]:
    local = str(shape).split("#")[-1]
    targets = sorted(name(s, t) for t in s.objects(shape, SH.targetClass))
    if any(True for _ in s.objects(shape, SH.target)):
        targets.append("nodes found by a SPARQL query (SHACL-AF)")
    lines = [f"### shapes:{local}", ""]
    comment = s.value(shape, RDFS.comment)
    if comment is not None:
        lines += [str(comment), ""]
    lines += [f"Applies to: {', '.join(targets) or '—'}", ""]
    props = sorted(s.objects(shape, SH.property), key=lambda p: (name(s, s.value(p, SH.path)), str(s.value(p, SH.message))))
    if props:
        lines += ["| path | count | values | message |", "|---|---|---|---|"]
        for p in props:
            lo, hi = s.value(p, SH.minCount), s.value(p, SH.maxCount)
            lo = s.value(p, SH.qualifiedMinCount) if lo is None else lo
            hi = s.value(p, SH.qualifiedMaxCount) if hi is None else hi
            count = f"{lo or 0}..{hi if hi is not None else '*'}"
            lines.append(f"| {name(s, s.value(p, SH.path))} | {count} | {values(s, p)} | {s.value(p, SH.message)} |")
        lines.append("")
    for c in sorted(s.objects(shape, SH.sparql), key=lambda c: str(s.value(c, SH.message))):
        lines += [f"- SPARQL check: {s.value(c, SH.message)}", ""]
    return lines


def values(s: Graph, p) -> str:
    parts = []
    for prop, word in ((SH.datatype, "datatype"), (SH["class"], "class"), (SH.hasValue, "includes"),
                       (SH.nodeKind, "kind"), (SH.pattern, "pattern"), (SH.lessThan, "less than")):
        for o in s.objects(p, prop):
            parts.append(f"{word} {name(s, o) if isinstance(o, URIRef) else f'`{o}`'}")
    for alt in s.objects(p, SH["or"]):
        parts.append("one of: " + " or ".join(values(s, a) for a in s.items(alt)))
    for lst in s.objects(p, SH["in"]):
        parts.append("in " + ", ".join(name(s, o) for o in s.items(lst)))
    q = s.value(p, SH.qualifiedValueShape)
    if q is not None:
        parts.append(values(s, q))
    return "; ".join(parts) or "—"


def render(ontology: Graph, shapes: Graph) -> str:
    g = ontology
    onto = g.value(None, RDF.type, OWL.Ontology)
    lines = [
        "<!-- Generated by scripts/ontology_doc.py from cppcc.ttl and shapes.ttl: do not edit by hand. -->",
        "",
        f"# {text(g, onto, DCTERMS.title, 'en')} / {text(g, onto, DCTERMS.title, 'zh')}",
        "",
        f"- Ontology IRI: `{onto}`",
        f"- Version: {g.value(onto, OWL.versionInfo)} (`{g.value(onto, OWL.versionIRI)}`)",
        f"- Namespace: `{g.value(onto, URIRef('http://purl.org/vocab/vann/preferredNamespaceUri'))}` "
        f"(prefix `{g.value(onto, URIRef('http://purl.org/vocab/vann/preferredNamespacePrefix'))}`)",
        "- Entity IRIs: `https://w3id.org/cppcc-kg/id/{type}/{canonical name}`; report IRIs "
        "`https://w3id.org/cppcc-kg/id/report/{file name}` also name the report's named graph.",
        "- Files: [cppcc.ttl](cppcc.ttl) (OWL), [shapes.ttl](shapes.ttl) (SHACL). The package reads them as "
        "`kg/ontology/`, a symbolic link to this folder in the source tree; a built wheel holds real copies.",
        "",
        text(g, onto, DCTERMS.description, "en"),
        "",
        text(g, onto, DCTERMS.description, "zh"),
        "",
        "Every node carries the project class and the standard class it refines (e.g. `cppcc:Organization`"
        " and `org:Organization`), so tools that know W3C ORG, schema.org or PROV-O read the graph "
        "without a reasoner.",
        "",
        "## Contents",
        "",
    ]
    sections = []
    for kind, en, zh in KINDS:
        terms = sorted(t for t in g.subjects(RDF.type, kind) if isinstance(t, URIRef))
        lines.append(f"- {en} / {zh}: " + ", ".join(name(g, t) for t in terms))
        sections += [f"## {en} / {zh}", ""]
        for t in terms:
            sections += term_section(g, t)
    lines += ["- [Shapes (SHACL)](#shapes-shacl)", ""] + sections
    lines += ["## Shapes (SHACL)", "",
              "What `kg validate` checks. A SHACL-aware tool needs SHACL Advanced Features for the checks "
              "marked as found by a SPARQL query.", ""]
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape)):
        lines += shape_section(shapes, shape)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    page = render(Graph().parse(ONTOLOGY), Graph().parse(SHAPES))
    if "--check" in argv:
        if not PAGE.is_file() or PAGE.read_text(encoding="utf-8") != page:
            print(f"{PAGE} is stale: run python scripts/ontology_doc.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
