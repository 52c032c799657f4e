"""Generalisation guards: reports the extractor was not written against, from other provinces,
levels and years, scored with kg eval. tests/heldout3 is blind (never tuned on); heldout, heldout2
and heldout4 were written blind and later used to study errors (see each README)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

TESTS = Path(__file__).resolve().parent

# issue 3 asks for entity F1 >= 0.75 and relation F1 >= 0.40 on unseen reports; each guard sits a
# little under what was measured at the end of stop 9 (README of each set), so a regression shows
# at once. (entities, relations, linking, lowest entity type)
GUARDS = {
    "heldout": (0.95, 0.86, 0.90, 0.85),
    "heldout2": (0.95, 0.81, 0.90, 0.85),
    "heldout3": (0.85, 0.68, 0.80, 0.68),
    "heldout4": (0.90, 0.81, 0.88, 0.78),
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_reports_not_written_against_score_above_the_bar(runner, name):
    folder = TESTS / name
    entity_f1, relation_f1, linking_f1, type_f1 = GUARDS[name]
    texts = sorted(str(p) for p in folder.glob("*.txt"))
    result = runner.invoke(main, ["eval", str(folder), *texts, "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output[result.output.index("{"):])
    assert scores["missing_docs"] == []
    assert scores["entities"]["all"]["f1"] >= entity_f1, scores["entities"]
    for t in ("organization", "meeting", "initiative"):
        assert scores["entities"][t]["f1"] >= type_f1, (t, scores["entities"][t])
    assert scores["relations"]["all"]["f1"] >= relation_f1, scores["relations"]["all"]
    assert scores["linking"]["f1"] >= linking_f1, scores["linking"]
    assert scores["mentions"]["wrong"] == 0


@pytest.mark.parametrize("name", ["gold", *sorted(GUARDS)])
def test_gold_files_are_consistent_with_their_reports(name):
    """Every surface and evidence quotation occurs in its report, ids are unique, relations point at
    entities: what tests/check_gold.py checks, run on every set of gold files."""
    texts = ["--texts", str(TESTS.parent / "seeds")] if name == "gold" else []
    result = subprocess.run([sys.executable, str(TESTS / "check_gold.py"), str(TESTS / name), *texts],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(" OK") == len(list((TESTS / name).glob("*.json")))
