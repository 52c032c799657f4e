"""layout: node positions for views too large for the browser's physics, computed once in Python.

networkx's spring_layout takes about a minute on 5,000 nodes (its sparse variant loops in Python), so
this is the same Fruchterman–Reingold model with the repulsion approximated through a coarse grid
(each node is pushed by the mass centre of every occupied cell: O(n·cells) per step in numpy, and
by the others in its cell of a finer grid, so leaves of one hub do not land on one spot) plus a
weak pull to the centre. Small components are laid out one by one and packed in rows. A fixed seed and
rounding make the positions, and so the HTML, the same on every run.
"""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["grid_spring_layout"]

PIECE = 60  # components up to this size are laid out one by one and set in rows below the larger ones


def grid_spring_layout(g: nx.Graph, seed: int = 7, iterations: int = 80, cells: int = 16,
                       scale: float = 60.0) -> dict[str, tuple[float, float]]:
    """Positions in pixels for every node of g (an undirected graph), ideal edge `scale` long.

    Small components laid out together with the big ones drift to a wide ring around them and make
    "fit" zoom far out; each is laid out alone instead and set in rows below the rest.
    """
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    pieces = [c for c in comps if len(c) <= PIECE]
    core = g.subgraph([n for c in comps if len(c) > PIECE for n in c])
    pos = spring_positions(core, seed, iterations, cells, scale) if len(core) else {}
    if not pieces:
        return pos
    boxes = [piece_positions(g.subgraph(c), seed, scale) for c in pieces]
    area = sum((w + scale) * (h + scale) for _, w, h in boxes)
    if pos:
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        left, top, width = min(xs), max(ys) + 2 * scale, max(max(xs) - min(xs), math.sqrt(area))
    else:
        left, top, width = 0.0, 0.0, math.sqrt(area) * 1.2
    x = y = row = 0.0
    for local, w, h in boxes:  # shelf packing, largest first
        if x and x + w > width:
            x, y, row = 0.0, y + row + scale, 0.0
        for n, (px, py) in local.items():
            pos[n] = (round(left + x + px, 1), round(top + y + py, 1))
        x += w + scale
        row = max(row, h)
    return pos


def piece_positions(g: nx.Graph, seed: int, scale: float) -> tuple[dict, float, float]:
    """One small component's positions from its top-left corner, with its width and height."""
    n = len(g)
    if n == 1:
        return {next(iter(g)): (0.0, 0.0)}, 0.0, 0.0
    if n <= 3:
        raw = nx.circular_layout(sorted(g))
    else:
        raw = nx.spring_layout(g, seed=seed, iterations=60)
    size = scale * max(0.5, 0.6 * math.sqrt(n))
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    x0, y0 = min(xs), min(ys)
    span = max(max(xs) - x0, max(ys) - y0) or 1.0
    local = {v: (float(raw[v][0] - x0) / span * size, float(raw[v][1] - y0) / span * size) for v in sorted(g)}
    return local, max(p[0] for p in local.values()), max(p[1] for p in local.values())


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
    fine = cells * 8
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
        # near field: nodes sharing a fine cell push each other apart (the coarse cells cannot)
        fcell = np.minimum(((pos - lo) / span * fine).astype(np.int64), fine - 1)
        fflat = fcell[:, 0] * fine + fcell[:, 1]
        fmass = np.bincount(fflat, minlength=fine * fine)[fflat] - 1.0
        sums = np.stack([np.bincount(fflat, weights=pos[:, d], minlength=fine * fine)[fflat] for d in (0, 1)], axis=1)
        near = fmass > 0
        if near.any():
            others = (sums[near] - pos[near]) / fmass[near, None]
            away = pos[near] - others
            d2 = np.einsum("ij,ij->i", away, away) + 1e-4
            disp[near] += away * (k2 * fmass[near] / d2)[:, None]
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
