"""layout: node positions for views too large for the browser's physics, computed once in Python.

networkx's spring_layout takes about a minute on 5,000 nodes (its sparse variant loops in Python), so
this is the same Fruchterman–Reingold model with the repulsion approximated through a coarse grid
(each node is pushed by the mass centre of every occupied cell: O(n·cells) per step in numpy)
plus a weak pull to the centre, which keeps separate components near each other. A fixed seed and
rounding make the positions, and so the HTML, the same on every run.
"""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["grid_spring_layout"]

SMALL = 4  # components this small go to a compact grid beside the rest instead of a ring around it


def grid_spring_layout(g: nx.Graph, seed: int = 7, iterations: int = 80, cells: int = 16,
                       scale: float = 60.0) -> dict[str, tuple[float, float]]:
    """Positions in pixels for every node of g (an undirected graph), ideal edge `scale` long.

    Lone nodes and pairs would drift to a wide ring around the rest and make "fit" zoom far out;
    they are set in rows to the right of the force-directed part instead.
    """
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    small = [c for c in comps if len(c) <= SMALL]
    core = g.subgraph([n for c in comps if len(c) > SMALL for n in c])
    pos = spring_positions(core, seed, iterations, cells, scale)
    if small:
        xs = [p[0] for p in pos.values()] or [0.0]
        ys = [p[1] for p in pos.values()] or [0.0]
        left, top = max(xs) + 2 * scale, min(ys)
        width = max(max(xs) - min(xs), scale * 10)
        cell = 2 * scale  # each small component on a little circle in its own cell
        columns = max(1, int(width // cell))
        for i, comp in enumerate(small):
            row, col = divmod(i, columns)
            cx, cy = left + col * cell, top + row * cell
            for j, n in enumerate(comp):
                angle = 2 * math.pi * j / len(comp)
                r = 0 if len(comp) == 1 else scale / 2
                pos[n] = (round(cx + r * math.cos(angle), 1), round(cy + r * math.sin(angle), 1))
    return pos


def spring_positions(g: nx.Graph, seed: int, iterations: int, cells: int,
                     scale: float) -> dict[str, tuple[float, float]]:
    import numpy as np

    nodes = sorted(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[a], index[b]) for a, b in g.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    side = float(np.sqrt(n))
    pos = rng.random((n, 2)) * side
    k2 = 1.0  # ideal distance 1: the layout fills about an n-unit area
    gravity = 0.4
    temperature = side / 6
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        lo = pos.min(axis=0)
        span = np.maximum(pos.max(axis=0) - lo, 1e-9) * (1 + 1e-9)
        cell = np.minimum(((pos - lo) / span * cells).astype(np.int64), cells - 1)
        flat = cell[:, 0] * cells + cell[:, 1]
        mass = np.bincount(flat, minlength=cells * cells).astype(float)
        occupied = mass > 0
        centres = np.stack([np.bincount(flat, weights=pos[:, d], minlength=cells * cells) for d in (0, 1)], axis=1)
        centres = centres[occupied] / mass[occupied, None]
        mass = mass[occupied]
        delta = pos[:, None, :] - centres[None, :, :]
        dist2 = np.einsum("ijk,ijk->ij", delta, delta) + 1e-2
        disp = np.einsum("ijk,ij->ik", delta, k2 * mass / dist2)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            length = np.sqrt(np.einsum("ij,ij->i", d, d)) + 1e-9
            pull = d * length[:, None]  # FR attraction d²/k, along the edge
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        disp -= gravity * (pos - pos.mean(axis=0))
        step = np.sqrt(np.einsum("ij,ij->i", disp, disp)) + 1e-9
        pos += disp / step[:, None] * np.minimum(step, temperature)[:, None]
        temperature -= cooling
    pos = (pos - pos.mean(axis=0)) * scale
    return {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(nodes, pos)}
