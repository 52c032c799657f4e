"""Generalisation guard: four reports the extractor was never tuned on (tests/heldout/README.md), from
other provinces, levels and years, one a web page in traditional characters, scored with kg eval."""

from __future__ import annotations

import json
from pathlib import Path

from kg.cli import main

HELDOUT = Path(__file__).resolve().parent / "heldout"

# issue 3 asks for entity F1 >= 0.75 and relation F1 >= 0.40 on unseen reports; these guards sit just
# under what was measured when the set was added (0.839 and 0.611), so a regression shows at once
ENTITY_F1, RELATION_F1, LINKING_F1 = 0.80, 0.55, 0.90


def test_heldout_reports_score_above_the_bar(runner):
    texts = sorted(str(p) for p in HELDOUT.glob("*.txt"))
    result = runner.invoke(main, ["eval", str(HELDOUT), *texts, "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output[result.output.index("{"):])
    assert scores["missing_docs"] == []
    assert scores["entities"]["all"]["f1"] >= ENTITY_F1, scores["entities"]
    for t in ("organization", "meeting", "initiative"):
        assert scores["entities"][t]["f1"] >= 0.75, (t, scores["entities"][t])
    assert scores["relations"]["all"]["f1"] >= RELATION_F1, scores["relations"]["all"]
    assert scores["linking"]["f1"] >= LINKING_F1, scores["linking"]
    assert scores["mentions"]["wrong"] == 0
