"""A plain, fast writer of Turtle and TriG for the graphs a build makes.

rdflib's serializers work hard for pretty nesting of blank nodes, which our graphs do not have, and
spend most of a build doing it (20 times as long as segmenting the same text with jieba). This writer
groups triples by subject, sorts subjects, predicates (rdf:type first, as `a`) and objects by their
written form, and so gives the same bytes for the same triples in every run. Any Turtle parser reads
it back (tests/test_outputs.py checks rdflib and Raptor's rapper).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import RDF, XSD, BNode, Literal, URIRef
from rdflib.term import Node

__all__ = ["TermWriter", "turtle", "trig"]

LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
IRI_ESCAPES = {c: f"\\u{ord(c):04X}" for c in '<>"{}|^`\\'}
STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}


class TermWriter:
    """Writes terms as Turtle, with the prefixes given; remembers which prefixes it used."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so a namespace inside another one is not shadowed
        self.prefixes = sorted(((str(ns), p) for p, ns in prefixes.items()), key=lambda t: (-len(t[0]), t[1]))
        self.used: set[str] = set()
        self.cache: dict[Node, str] = {}

    def term(self, t: Node) -> str:
        out = self.cache.get(t)
        if out is None:
            out = self.cache[t] = self._write(t)
        return out

    def _write(self, t: Node) -> str:
        if isinstance(t, URIRef):
            s = str(t)
            for ns, prefix in self.prefixes:
                if s.startswith(ns) and LOCAL_NAME.match(s, len(ns)):
                    self.used.add(prefix)
                    return f"{prefix}:{s[len(ns):]}"
            return "<" + "".join(IRI_ESCAPES.get(c, c if ord(c) > 0x20 else f"\\u{ord(c):04X}") for c in s) + ">"
        if isinstance(t, Literal):
            body = '"' + "".join(STRING_ESCAPES.get(c, c if ord(c) >= 0x20 or c == "\t" else f"\\u{ord(c):04X}")
                                 for c in str(t)) + '"'
            if t.language:
                return f"{body}@{t.language}"
            if t.datatype is not None and t.datatype != XSD.string:
                return f"{body}^^{self.term(t.datatype)}"
            return body
        if isinstance(t, BNode):
            return f"_:{t}"
        raise TypeError(f"cannot write {t!r} as Turtle")

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for ns, p in sorted(self.prefixes, key=lambda t: t[1])
                       if p in self.used)


def _blocks(triples: Iterable[tuple[Node, Node, Node]], w: TermWriter, indent: str = "") -> list[str]:
    by_subject: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[s][p].add(o)
    blocks = []
    for s in sorted(by_subject, key=w.term):
        preds = by_subject[s]
        order = sorted(preds, key=lambda p: (p != RDF.type, w.term(p)))
        lines = []
        for p in order:
            objects = ", ".join(sorted(w.term(o) for o in preds[p]))
            lines.append(("a" if p == RDF.type else w.term(p)) + " " + objects)
        blocks.append(indent + w.term(s) + " " + f" ;\n{indent}    ".join(lines) + " .")
    return blocks


def turtle(triples: Iterable[tuple[Node, Node, Node]], prefixes: Mapping[str, str]) -> str:
    """The triples as a Turtle document."""
    w = TermWriter(prefixes)
    body = "\n\n".join(_blocks(triples, w))
    return w.header() + "\n" + body + "\n"


def trig(graphs: Iterable[tuple[Node, Iterable[tuple[Node, Node, Node]]]], prefixes: Mapping[str, str]) -> str:
    """Named graphs (name, triples) as a TriG document, the graphs in the order given."""
    w = TermWriter(prefixes)
    parts = [f"{w.term(name)} {{\n" + "\n\n".join(_blocks(triples, w, "    ")) + "\n}" for name, triples in graphs]
    return w.header() + "\n" + "\n\n".join(parts) + "\n"
