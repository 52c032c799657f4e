"""view: a built graph → interactive HTML views that work offline (the caller writes the file).

`network_of` draws a networkx entity graph (kg.stats.entity_graph) as a pyvis Network: shape and
colour by type (or colour by Louvain community), size by degree centrality, one arrow per relation.
`html_of` renders it with this package's own page, not pyvis's: pyvis's page loads Bootstrap and its
menus from a CDN even with cdn_resources="in_line". Here vis-network's JS/CSS (shipped inside the
pyvis package) are inlined, the data travels as escaped JSON and every piece of report text is put
on the page by script as a text node, so a report holding `<script>` shows it and never runs it; a
Content-Security-Policy allows only the page's own scripts (by hash) and no network request at all.
Past LAYOUT_THRESHOLD nodes the positions come from Python and the browser's physics is off.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from importlib import resources

import networkx as nx
from pyvis.network import Network
from rdflib import Dataset

from ..graph import RELATION_PROPERTIES
from ..stats import centrality, communities, entity_graph, undirected
from .layout import grid_spring_layout

__all__ = [
    "TYPE_STYLES",
    "LAYOUT_THRESHOLD",
    "ViewError",
    "network_of",
    "html_of",
    "network_from_dataset",
    "find_entities",
    "focus_graph",
    "report_graph",
    "construct_graph",
    "script_safe_json",
]

LAYOUT_THRESHOLD = 300  # above this many nodes: positions from Python, physics off

# type → (name shown, vis shape, colour, legend glyph)
TYPE_STYLES = {
    "organization": ("Organization 机构", "dot", "#1f77b4", "●"),
    "meeting": ("Meeting 会议", "diamond", "#ff7f0e", "◆"),
    "meeting series": ("Meeting series 系列会议", "triangle", "#9467bd", "▲"),
    "initiative": ("Initiative 工作/活动", "star", "#2ca02c", "★"),
}
RELATION_STYLES = {
    "organizes": ("organizes 主办", "#d62728"),
    "participatesIn": ("participatesIn 参加", "#8c564b"),
    "subOrganizationOf": ("subOrganizationOf 隶属", "#7f7f7f"),
    "collaboratesWith": ("collaboratesWith 协作", "#17becf"),
    "ledBy": ("ledBy 领导", "#bcbd22"),
}
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d"]
OTHER_COLOUR = "#b0b0b0"
VIS_LIB = "templates/lib/vis-9.1.2/"


class ViewError(ValueError):
    """A name, report or query the user gave that selects nothing; the message is one line for them."""


# ---------------------------------------------------------------- choosing what to show


def names_of(g: nx.MultiDiGraph, node: str) -> list[str]:
    return [g.nodes[node]["label"], *g.nodes[node]["aliases"]]


def find_entities(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label, else whose alias, is `name` (case and outer space ignored); ViewError if none."""
    import difflib

    want = name.strip().casefold()
    found = [n for n in g if g.nodes[n]["label"].casefold() == want]  # a canonical name beats an alias
    found = found or [n for n in g if any(s.casefold() == want for s in g.nodes[n]["aliases"])]
    if found:
        return found
    every = sorted({s for n in g for s in names_of(g, n)})
    close = [s for s in every if want and want in s.casefold()][:5]
    close += [s for s in difflib.get_close_matches(name.strip(), every, n=5, cutoff=0.4) if s not in close]
    hint = f"; close matches: {', '.join(close[:8])}" if close else "; no close match"
    raise ViewError(f"no entity named {name!r}{hint}")


def focus_graph(g: nx.MultiDiGraph, name: str, depth: int = 1) -> tuple[nx.MultiDiGraph, list[str]]:
    """The entities within `depth` relations (either direction) of the one named, and its node ids."""
    if depth < 0:
        raise ViewError(f"--depth must be 0 or more, got {depth}")
    centre = find_entities(g, name)
    lengths: dict[str, int] = {}
    u = undirected(g)
    for c in centre:
        for n, d in nx.single_source_shortest_path_length(u, c, cutoff=depth).items():
            lengths[n] = min(d, lengths.get(n, d))
    return g.subgraph(sorted(lengths)).copy(), centre


def report_graph(g: nx.MultiDiGraph, report: str) -> nx.MultiDiGraph:
    """The entities one report mentions and the relations it asserts (report: file name or stem)."""
    every = sorted({r for _, rs in g.nodes(data="reports") for r in rs})
    wanted = {r for r in every if report in (r, r.rsplit(".", 1)[0]) or report.endswith("/" + r)}
    if not wanted:
        raise ViewError(f"no report {report!r} in the graph; reports: {', '.join(every) or 'none'}")
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, d) for n, d in g.nodes(data=True) if wanted & set(d["reports"]))
    sub.add_edges_from((a, b, k, d) for a, b, k, d in g.edges(keys=True, data=True)
                       if a in sub and b in sub and wanted & set(d["reports"]))
    return sub


def construct_graph(ds: Dataset, g: nx.MultiDiGraph, sparql: str) -> nx.MultiDiGraph:
    """The entities a CONSTRUCT (or DESCRIBE) query returns, with the relations among its triples."""
    from ..query import run_query

    result = run_query(ds, sparql)
    if result.type not in ("CONSTRUCT", "DESCRIBE"):
        raise ViewError(f"--query needs a CONSTRUCT or DESCRIBE query, this one is a {result.type}")
    relation_of = {str(v): k for k, v in RELATION_PROPERTIES.items()}
    keep, edges = set(), set()
    for s, p, o in result.graph:
        for term in (s, o):
            if str(term) in g:
                keep.add(str(term))
        rel = relation_of.get(str(p))
        if rel and g.has_edge(str(s), str(o), key=rel):
            edges.add((str(s), str(o), rel))
    if not keep:
        raise ViewError("the query returned no entity of the graph")
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
    sub.add_edges_from((a, b, k, g.edges[a, b, k]) for a, b, k in sorted(edges))
    return sub


# ---------------------------------------------------------------- drawing


def network_of(g: nx.MultiDiGraph, title: str = "CPPCC knowledge graph", colour_by: str = "type",
               focus: list[str] | tuple[str, ...] = (), stats_of: nx.MultiDiGraph | None = None) -> Network:
    """Draw an entity graph as a pyvis Network; node data carries what the page's tooltips show.

    stats_of: the graph whose centrality and communities size and colour the nodes (default g), so
    a focused view keeps the whole graph's sizes and colours.
    """
    if colour_by not in ("type", "community"):
        raise ViewError(f"colour by 'type' or 'community', not {colour_by!r}")
    base = stats_of if stats_of is not None else g
    cent = centrality(base)
    top = max(cent.values(), default=0.0) or 1.0
    comms = communities(base) if colour_by == "community" else []
    community = {n: i for i, members in enumerate(comms) for n in members}
    large = len(g) > LAYOUT_THRESHOLD
    pos = grid_spring_layout(undirected(g)) if large else {}

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    for n, d in g.nodes(data=True):
        name, shape, colour, _ = TYPE_STYLES[d["type"]]
        if colour_by == "community":
            i = community.get(n, len(PALETTE))
            colour = PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR
        extra = {"x": pos[n][0], "y": pos[n][1]} if large else {}
        net.add_node(
            n, label=d["label"], shape=shape, color=colour, kind=d["type"],
            size=round(10 + 30 * (cent.get(n, 0.0) / top) ** 0.5, 2),
            borderWidth=4 if n in focus else 1,
            kg={"type": name, "aliases": list(d["aliases"]), "reports": list(d["reports"]),
                "mentions": [[r, list(s)] for r, s in d["mentions"].items()],
                "centrality": round(cent.get(n, 0.0), 4), "community": community.get(n, -1) + 1,
                "focus": n in focus},
            **extra,
        )
    for a, b, key, d in g.edges(keys=True, data=True):
        net.add_edge(a, b, id=f"{a} {key} {b}", label=key, color=RELATION_STYLES.get(key, (key, OTHER_COLOUR))[1],
                     relation=key, reports=list(d.get("reports", ())),
                     evidence=[[r, list(ss)] for r, ss in d.get("evidence", {}).items()])
    net.kg_legend = {  # read by html_of: what the legend and filters list
        "colour_by": colour_by,
        "communities": [{"colour": PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR, "size": len(m),
                         "top": [base.nodes[x]["label"] for x in sorted(m, key=lambda x: (-cent[x], x))[:3]]}
                        for i, m in enumerate(comms[:len(PALETTE)])],
        "physics": not large,
    }
    return net


def network_from_dataset(ds: Dataset, colour_by: str = "type") -> Network:
    """The whole graph: what `kg build` writes as graph.html."""
    return network_of(entity_graph(ds), colour_by=colour_by)


def script_safe_json(data: object) -> str:
    """JSON that cannot end the <script> element holding it, nor open a comment or an entity."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def vis_asset(name: str) -> str:
    text = resources.files("pyvis").joinpath(VIS_LIB + name).read_text(encoding="utf-8")
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)


def csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def html_of(net: Network) -> str:
    """One self-contained HTML page for the network: no file beside it, no network request."""
    legend = getattr(net, "kg_legend", {"colour_by": "type", "communities": [], "physics": len(net.nodes) <= LAYOUT_THRESHOLD})
    counts = Counter(n["kind"] for n in net.nodes)
    relation_counts = Counter(e["relation"] for e in net.edges)
    data = {
        "title": net.heading,
        "nodes": net.nodes,
        "edges": net.edges,
        "types": [{"key": k, "name": s[0], "colour": s[2], "glyph": s[3], "count": counts[k]}
                  for k, s in TYPE_STYLES.items() if counts[k]],
        "relations": [{"key": k, "name": s[0], "colour": s[1], "count": relation_counts[k]}
                      for k, s in RELATION_STYLES.items() if relation_counts[k]],
        "reports": sorted({r for n in net.nodes for r in n["kg"]["reports"]}),
        **legend,
    }
    scripts = [vis_asset("vis-network.min.js"), asset("app.js")]
    csp = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
           "script-src " + " ".join(csp_hash(s) for s in scripts))
    parts = {
        "title": html.escape(net.heading),
        "csp": html.escape(csp, quote=False),  # holds no double quote: base64 and keywords
        "style": vis_asset("vis-network.css") + "\n" + asset("app.css"),
        "data": script_safe_json(data),
        "vis": scripts[0],
        "app": scripts[1],
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], asset("page.html"))
