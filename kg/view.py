"""view: a built graph → an interactive pyvis Network (the caller writes it to a file)."""

from __future__ import annotations

from pyvis.network import Network
from rdflib import RDF, RDFS, Dataset

from .graph import CLASSES, RELATION_PROPERTIES
from .vocab import CPPCC

__all__ = ["network_from_dataset", "html_of"]

COLOURS = {"organization": "#1f77b4", "meeting": "#ff7f0e", "initiative": "#2ca02c"}


def network_from_dataset(ds: Dataset) -> Network:
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    kinds = {cls[0]: kind for kind, cls in CLASSES.items()}
    for cls, kind in sorted(kinds.items()):
        for node in sorted(set(ds.subjects(RDF.type, cls))):
            label = str(ds.value(node, RDFS.label) or node)
            net.add_node(str(node), label=label, title=f"{label} ({kind})", color=COLOURS[kind])
    names = {v: k for k, v in RELATION_PROPERTIES.items()}
    for prop, name in sorted(names.items()):
        for s, o in sorted(set(ds.subject_objects(prop))):
            if str(s) in net.node_map and str(o) in net.node_map:
                net.add_edge(str(s), str(o), label=name, title=name)
    return net


def html_of(net: Network) -> str:
    return net.generate_html()
