"""`kg eval` and kg.evaluate: the same figures as tests/gold/score.py, error lists to study, clear errors.

score.py is run as a separate program on the very JSONL that kg eval scores, and every figure of its
--json output is compared. The small gold folder below is written for these tests (sentences of our
own); the real gold is used only to compare the two scorers, never to assert a score.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.evaluate import PRF, load_gold, load_predicted, score

from .conftest import GOLD, SEEDS

SCORE_PY = GOLD / "score.py"

# ------------------------------------------------------------------ a gold folder of our own

TEXTS = {
    "a.txt": "本报讯 青山区政协召开主席会议，与区工商联共同开展“民企直通车”活动。区政协党组参加“清廉机关”建设。",
    "b.txt": "江北县政协与青山区政协对口交流，联合开展“民企直通车”活动。",
    "c.txt": "石门区政协召开双月协商座谈会。",
}

GOLD_DOCS = [
    {"doc": "a.txt", "reporter": "g1", "entities": [
        {"id": "g1", "type": "organization", "canonical": "江城市青山区政协", "surfaces": ["青山区政协", "区政协"], "optional": False},
        {"id": "g2", "type": "organization", "canonical": "江城市青山区工商联", "surfaces": ["区工商联"], "optional": False},
        {"id": "g3", "type": "meeting", "canonical": "江城市青山区政协主席会议", "surfaces": ["主席会议"], "series": True, "optional": False},
        {"id": "g4", "type": "initiative", "canonical": "民企直通车活动", "surfaces": ["“民企直通车”活动"], "optional": False},
        {"id": "g5", "type": "organization", "canonical": "江城市青山区政协党组", "surfaces": ["区政协党组"], "optional": False},
        {"id": "g6", "type": "initiative", "canonical": "清廉机关建设", "surfaces": ["“清廉机关”建设"], "optional": True},
        {"id": "g7", "type": "organization", "canonical": "江城日报", "surfaces": ["本报"], "optional": True}],
     "relations": [
        {"head": "g1", "type": "organizes", "tail": "g3"},
        {"head": "g1", "type": "collaboratesWith", "tail": "g2"},
        {"head": "g1", "type": "organizes", "tail": "g4"},
        {"head": "g2", "type": "organizes", "tail": "g4"},
        {"head": "g5", "type": "subOrganizationOf", "tail": "g1"},
        {"head": "g5", "type": "participatesIn", "tail": "g6"}]},
    {"doc": "b.txt", "reporter": "h1", "entities": [
        {"id": "h1", "type": "organization", "canonical": "江城市江北县政协", "surfaces": ["江北县政协"], "optional": False},
        {"id": "h2", "type": "organization", "canonical": "江城市青山区政协", "surfaces": ["青山区政协"], "optional": False},
        {"id": "h3", "type": "initiative", "canonical": "民企直通车活动", "surfaces": ["“民企直通车”活动"], "optional": False}],
     "relations": [
        {"head": "h2", "type": "collaboratesWith", "tail": "h1"},
        {"head": "h1", "type": "organizes", "tail": "h3"},
        {"head": "h2", "type": "organizes", "tail": "h3"}]},
    {"doc": "c.txt", "reporter": "k1", "entities": [
        {"id": "k1", "type": "organization", "canonical": "江城市石门区政协", "surfaces": ["石门区政协"], "optional": False},
        {"id": "k2", "type": "meeting", "canonical": "江城市石门区政协双月协商座谈会", "surfaces": ["双月协商座谈会"], "series": True, "optional": False}],
     "relations": [{"head": "k1", "type": "organizes", "tail": "k2"}]},
]

ID = "https://w3id.org/cppcc-kg/id/"


def ent(type_: str, label: str, surfaces: list[str], doc: str | None = None, id_: str | None = None) -> dict:
    """A predicted entity; mentions are found in the document's text when ``doc`` is given."""
    mentions = []
    for s in surfaces if doc else []:
        start = TEXTS[doc].find(s)
        mentions.append({"start": start, "end": start + len(s)})
    return {"id": id_ or f"{ID}{type_}/{label}", "type": type_, "label": label, "surfaces": surfaces,
            "mentions": mentions}


def rel(head: dict, type_: str, tail: dict) -> dict:
    return {"head": head["id"], "type": type_, "tail": tail["id"], "evidence": {"start": 0, "end": 1}}


def case_optional() -> list[dict]:
    """Optional entities found (no gain, no cost), a relation to one, and everything else right in a."""
    qs = ent("organization", "江城市青山区政协", ["青山区政协", "区政协"], "a.txt")
    gs = ent("organization", "江城市青山区工商联", ["区工商联"], "a.txt")
    zx = ent("meeting", "江城市青山区政协主席会议", ["主席会议"], "a.txt")
    mq = ent("initiative", "民企直通车活动", ["“民企直通车”活动"], "a.txt")
    dz = ent("organization", "江城市青山区政协党组", ["区政协党组"], "a.txt")
    ql = ent("initiative", "清廉机关建设", ["“清廉机关”建设"], "a.txt")
    bb = ent("organization", "本报", ["本报"], "a.txt")
    a = {"doc": "a.txt", "entities": [qs, gs, zx, mq, dz, ql, bb], "relations": [
        rel(qs, "organizes", zx), rel(qs, "collaboratesWith", gs), rel(qs, "organizes", mq),
        rel(gs, "organizes", mq), rel(dz, "subOrganizationOf", qs), rel(dz, "participatesIn", ql)]}
    return [a]


def case_split() -> list[dict]:
    """青山区政协 split in two, 主席会议 typed as an organization, a relation the wrong way round."""
    qs1 = ent("organization", "江城市青山区政协", ["青山区政协"], "a.txt")
    qs2 = ent("organization", "区政协", ["区政协"], "a.txt")
    zx = ent("organization", "主席会议", ["主席会议"], "a.txt")
    dz = ent("organization", "江城市青山区政协党组", ["区政协党组"], "a.txt")
    a = {"doc": "a.txt", "entities": [qs1, qs2, zx, dz], "relations": [
        rel(qs1, "subOrganizationOf", dz), rel(qs2, "organizes", zx)]}
    return [a]


def case_symmetric() -> list[dict]:
    """collaboratesWith given in reverse, twice over, and in both directions; linking across a and b."""
    qs = ent("organization", "江城市青山区政协", ["青山区政协"], "a.txt")
    gs = ent("organization", "江城市青山区工商联", ["区工商联"], "a.txt")
    jb = ent("organization", "江城市江北县政协", ["江北县政协"], "b.txt")
    qs_b = ent("organization", "江城市青山区政协", ["青山区政协"], "b.txt")
    mq_a = ent("initiative", "民企直通车活动", ["“民企直通车”活动"], "a.txt")
    mq_b = ent("initiative", "民企直通车", ["“民企直通车”活动"], "b.txt")
    a = {"doc": "a.txt", "entities": [qs, gs, mq_a], "relations": [
        rel(gs, "collaboratesWith", qs), rel(gs, "collaboratesWith", qs), rel(qs, "collaboratesWith", gs)]}
    b = {"doc": "b.txt", "entities": [jb, qs_b, mq_b], "relations": [
        rel(jb, "collaboratesWith", qs_b), rel(qs_b, "collaboratesWith", jb), rel(jb, "collaboratesWith", mq_b)]}
    return [a, b]


def case_missing_doc() -> list[dict]:
    """c.txt has no record; b.txt has a wrong merge across documents and a mention at a wrong offset."""
    jb = ent("organization", "江城市青山区政协", ["江北县政协"], "b.txt")
    jb["mentions"].append({"start": 0, "end": 3})
    qs = ent("organization", "江城市青山区政协", ["青山区政协"], "a.txt")
    extra = {"doc": "zzz.txt", "entities": [ent("organization", "无关", ["无关"])], "relations": []}
    return [{"doc": "b.txt", "entities": [jb], "relations": []},
            {"doc": "a.txt", "entities": [qs], "relations": []}, extra]


CASES = {f.__name__[5:]: f for f in (case_optional, case_split, case_symmetric, case_missing_doc)}


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for g in GOLD_DOCS:
        (folder / g["doc"].replace(".txt", ".json")).write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def texts_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def score_py(gold: Path, predicted: Path, texts: Path) -> dict:
    proc = subprocess.run([sys.executable, str(SCORE_PY), str(gold), str(predicted), "--texts", str(texts), "--json"],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    return json.loads(proc.stdout)


def kg_eval_json(runner, *args: str) -> dict:
    result = runner.invoke(main, ["eval", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def without_errors(d: dict) -> dict:
    return {k: v for k, v in d.items() if k not in ("errors", "link_errors")}


# ------------------------------------------------------------------ agreement with score.py


def test_agrees_with_score_py_on_the_extraction_of_the_seeds(runner, tmp_path):
    extracted = runner.invoke(main, ["extract", *sorted(map(str, SEEDS.glob("*.txt")))])
    assert extracted.exit_code == 0, extracted.output
    jsonl = tmp_path / "extraction.jsonl"
    jsonl.write_text(extracted.stdout, encoding="utf-8")
    expected = score_py(GOLD, jsonl, SEEDS)
    ran = kg_eval_json(runner, str(GOLD), str(SEEDS))
    given = kg_eval_json(runner, str(GOLD), str(SEEDS), "--predicted", str(jsonl))
    assert without_errors(ran) == expected
    assert without_errors(given) == expected
    assert set(expected) == {"entities", "relations", "missing_docs", "linking", "mentions"}


@pytest.mark.parametrize("case", sorted(CASES))
def test_agrees_with_score_py_on_hand_made_records(runner, gold_dir, texts_dir, tmp_path, case):
    jsonl = write_jsonl(tmp_path / f"{case}.jsonl", CASES[case]())
    expected = score_py(gold_dir, jsonl, texts_dir)
    got = kg_eval_json(runner, str(gold_dir), str(texts_dir), "--predicted", str(jsonl))
    assert without_errors(got) == expected


def test_hand_made_cases_are_not_all_alike(gold_dir, texts_dir, tmp_path):
    """The cases exercise what they say: optional finds cost nothing, a split costs precision…"""
    gold = load_gold(gold_dir)
    texts = {n: (texts_dir / n).read_text(encoding="utf-8") for n in TEXTS}

    def run(case: str):
        return score(gold, load_predicted(write_jsonl(tmp_path / f"{case}.jsonl", CASES[case]())), texts)

    optional = run("optional")
    assert optional.entities["all"] == PRF(tp=5, fp=0, fn=5)  # a right, b and c missed, optional free
    assert optional.relations["all"] == PRF(tp=5, fp=0, fn=4)
    split = run("split")
    assert split.entities["organization"].fp == 2  # the second half of 青山区政协, and 主席会议
    symmetric = run("symmetric")
    assert symmetric.relations["collaboratesWith"] == PRF(tp=2, fp=1, fn=0)
    assert symmetric.linking == PRF(tp=1, fp=0, fn=1)
    missing = run("missing_doc")
    assert missing.missing_docs == ["c.txt"]
    assert missing.linking == PRF(tp=0, fp=1, fn=0)  # 江北县政协 labelled as 青山区政协: a wrong merge
    # the linking errors name what was merged and what was split, with the documents
    assert [e.kind for e in missing.link_errors] == ["merged"]
    assert {n for n, _ in missing.link_errors[0].parts} == {"江城市江北县政协", "江城市青山区政协"}
    assert [e.kind for e in symmetric.link_errors] == ["split"]
    assert missing.mentions.wrong == 1


def test_agrees_with_score_py_on_perturbed_real_gold(tmp_path):
    """Records made from the real gold with entities dropped, split, retyped and merged across documents."""
    import random

    gold_docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}
    rng = random.Random(7)
    for trial in range(3):
        records = []
        for name, g in sorted(gold_docs.items()):
            if rng.random() < 0.15:
                continue
            ids = {}
            entities = []
            for e in g["entities"]:
                roll = rng.random()
                if roll < 0.2:
                    continue
                type_ = e["type"] if roll < 0.9 else rng.choice(["organization", "meeting", "initiative"])
                label = e["canonical"] if rng.random() < 0.7 else rng.choice(e["surfaces"] or [e["canonical"]])
                ids[e["id"]] = f"{ID}{type_}/{label}"
                entities.append({"id": ids[e["id"]], "type": type_, "label": label, "surfaces": e["surfaces"]})
                if len(e["surfaces"]) > 1 and rng.random() < 0.2:  # split
                    entities.append({"id": f"{ID}{type_}/{e['surfaces'][-1]}#2", "type": type_,
                                     "label": e["surfaces"][-1], "surfaces": e["surfaces"][-1:]})
            relations = [{"head": ids[r["head"]], "type": r["type"], "tail": ids[r["tail"]]}
                         for r in g["relations"] if r["head"] in ids and r["tail"] in ids and rng.random() < 0.7]
            idlist = sorted(ids.values())
            for _ in range(5):  # invented relations, some symmetric, some reversed
                if len(idlist) > 1:
                    h, t = rng.sample(idlist, 2)
                    relations.append({"head": h, "type": rng.choice(["collaboratesWith", "organizes", "ledBy"]),
                                      "tail": t})
            records.append({"doc": g["doc"], "entities": entities, "relations": relations})
        jsonl = write_jsonl(tmp_path / f"trial{trial}.jsonl", records)
        expected = score_py(GOLD, jsonl, SEEDS)
        from kg.evaluate import scores_dict

        texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
        got = scores_dict(score(load_gold(GOLD), load_predicted(jsonl), texts), errors=False)
        assert got == expected, trial


# ------------------------------------------------------------------ error lists


def test_error_lists_name_misses_and_false_finds(runner, gold_dir, texts_dir, tmp_path):
    jsonl = write_jsonl(tmp_path / "split.jsonl", case_split())
    errors = kg_eval_json(runner, str(gold_dir), str(texts_dir), "--predicted", str(jsonl))["errors"]
    a = errors["a.txt"]
    assert {(e["type"], e["name"]) for e in a["missed_entities"]} == {
        ("organization", "江城市青山区工商联"), ("meeting", "江城市青山区政协主席会议"),
        ("initiative", "民企直通车活动")}
    meeting = next(e for e in a["missed_entities"] if e["type"] == "meeting")
    assert meeting == {"type": "meeting", "name": "江城市青山区政协主席会议", "surfaces": ["主席会议"],
                       "hint": "found as organization 主席会议"}
    assert a["false_entities"] == [
        {"type": "organization", "name": "区政协", "surfaces": ["区政协"],
         "hint": "split: gold 江城市青山区政协 is matched to 江城市青山区政协"},
        {"type": "organization", "name": "主席会议", "surfaces": ["主席会议"],
         "hint": "gold has 江城市青山区政协主席会议 as meeting"}]
    assert a["false_relations"] == [
        {"head": "江城市青山区政协", "type": "subOrganizationOf", "tail": "江城市青山区政协党组",
         "hint": "gold has it the other way round"},
        {"head": "区政协", "type": "organizes", "tail": "主席会议", "hint": "tail not in gold"}]
    assert {"head": "江城市青山区政协", "type": "collaboratesWith", "tail": "江城市青山区工商联"} in a["missed_relations"]
    assert not any(e["name"] in ("清廉机关建设", "江城日报") for e in a["missed_entities"])  # optional
    assert [e["name"] for e in errors["c.txt"]["missed_entities"]] == ["江城市石门区政协", "江城市石门区政协双月协商座谈会"]


def test_symmetric_relation_missed_once_and_optional_finds_not_listed(runner, gold_dir, texts_dir, tmp_path):
    jsonl = write_jsonl(tmp_path / "opt.jsonl", case_optional())
    errors = kg_eval_json(runner, str(gold_dir), str(texts_dir), "--predicted", str(jsonl))["errors"]
    assert errors["a.txt"] == {"missed_entities": [], "missed_relations": [], "false_entities": [],
                               "false_relations": [], "wrong_mentions": [],
                               "counts": {"missed_entities": 0, "missed_relations": 0, "false_entities": 0,
                                          "false_relations": 0, "wrong_mentions": 0}}
    collab = [r for r in errors["b.txt"]["missed_relations"] if r["type"] == "collaboratesWith"]
    assert collab == [{"head": "江城市江北县政协", "type": "collaboratesWith", "tail": "江城市青山区政协"}]


def test_text_report_lists_errors_per_document_and_limit_cuts(runner, gold_dir, texts_dir, tmp_path):
    jsonl = write_jsonl(tmp_path / "split.jsonl", case_split())
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--predicted", str(jsonl), "--limit", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("entities  organization       P 0.500  R 0.333  F1 0.400  (tp 2 fp 2 fn 4)")
    assert "documents with no extraction record: b.txt, c.txt" in lines
    start = lines.index("a.txt: missed 3 entities, 5 relations; false 2 entities, 2 relations")
    assert lines[start + 1:start + 4] == [
        "  missed organization      江城市青山区工商联  [区工商联]",
        "  … 2 more missed entities",
        "  missed collaboratesWith  江城市青山区政协 → 江城市青山区工商联",
    ]
    assert "  false  organization      区政协  [区政协]  (split: gold 江城市青山区政协 is matched to 江城市青山区政协)" in lines
    quiet = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--predicted", str(jsonl), "--no-errors"])
    assert quiet.stdout == "\n".join(lines[:lines.index("") if "" in lines else None]) + "\n"
    assert "a.txt:" not in quiet.stdout


def test_json_limit_cuts_every_list(runner, gold_dir, texts_dir, tmp_path):
    jsonl = write_jsonl(tmp_path / "split.jsonl", case_split())
    got = kg_eval_json(runner, str(gold_dir), str(texts_dir), "--predicted", str(jsonl), "--limit", "1")
    assert all(len(v) <= 1 for doc in got["errors"].values() for k, v in doc.items() if k != "counts")
    assert got["errors"]["a.txt"]["counts"] == {"missed_entities": 3, "missed_relations": 5, "false_entities": 2,
                                                "false_relations": 2, "wrong_mentions": 0}
    assert "errors" not in kg_eval_json(runner, str(gold_dir), str(texts_dir), "--predicted", str(jsonl), "--no-errors")


def test_wrong_offset_is_listed_with_the_text_found(runner, gold_dir, texts_dir, tmp_path):
    jsonl = write_jsonl(tmp_path / "m.jsonl", case_missing_doc())
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--predicted", str(jsonl)])
    assert "  offset 江城市青山区政协 [0:3] is '江北县'" in result.stdout.splitlines()
    assert "mentions  checked 3, wrong offsets 1" in result.stdout.splitlines()


# ------------------------------------------------------------------ the pipeline behind it, and user mistakes


def test_eval_runs_the_pipeline_on_paths_and_warns_of_gold_documents_left_out(runner, gold_dir, texts_dir):
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir / "a.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning: gold document b.txt is not among {texts_dir / 'a.txt'}: everything in it counts as missed",
        f"warning: gold document c.txt is not among {texts_dir / 'a.txt'}: everything in it counts as missed",
    ]
    assert json.loads(result.stdout)["missing_docs"] == ["b.txt", "c.txt"]


def test_predicted_without_the_texts_warns(runner, gold_dir, texts_dir, tmp_path):
    jsonl = write_jsonl(tmp_path / "s.jsonl", case_symmetric())
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir / "a.txt"), "--predicted", str(jsonl)])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: gold document b.txt is not among {texts_dir / 'a.txt'}: its mention offsets count as wrong",
        f"warning: gold document c.txt has no record in {jsonl}: everything in it counts as missed",
    ]


def test_missing_gold_folder(runner, tmp_path):
    result = runner.invoke(main, ["eval", str(tmp_path / "nogold"), str(SEEDS)])
    assert result.exit_code == 1
    assert result.output == f"Error: no gold folder at {tmp_path / 'nogold'}\n"


def test_gold_folder_without_gold_files(runner, tmp_path):
    result = runner.invoke(main, ["eval", str(tmp_path), str(SEEDS)])
    assert result.exit_code == 1
    assert result.output == f"Error: no gold files (*.json) in {tmp_path}\n"


def test_bad_json_in_a_gold_file(runner, gold_dir):
    (gold_dir / "b.json").write_text('{"doc": "b.txt", "entities": [}', encoding="utf-8")
    result = runner.invoke(main, ["eval", str(gold_dir), str(SEEDS)])
    assert result.exit_code == 1
    assert result.output == (f"Error: gold file {gold_dir / 'b.json'} is not valid JSON: "
                             "Expecting value at line 1, column 31\n")


def test_gold_relation_to_an_unknown_entity(runner, gold_dir):
    doc = dict(GOLD_DOCS[2], relations=[{"head": "k1", "type": "organizes", "tail": "k9"}])
    (gold_dir / "c.json").write_text(json.dumps(doc), encoding="utf-8")
    result = runner.invoke(main, ["eval", str(gold_dir)])
    assert result.output == f"Error: gold file {gold_dir / 'c.json'}: relation 1: no entity with id 'k9'\n"


def test_gold_entity_of_unknown_type(runner, gold_dir):
    doc = dict(GOLD_DOCS[2], entities=[dict(GOLD_DOCS[2]["entities"][0], type="person")], relations=[])
    (gold_dir / "c.json").write_text(json.dumps(doc), encoding="utf-8")
    result = runner.invoke(main, ["eval", str(gold_dir)])
    assert result.output == (f"Error: gold file {gold_dir / 'c.json'}: entity 1: unknown type 'person' "
                             "(expected one of organization, meeting, initiative)\n")


def test_bad_predicted_file(runner, gold_dir, texts_dir, tmp_path):
    missing = runner.invoke(main, ["eval", str(gold_dir), "--predicted", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1
    assert missing.output == f"Error: no predicted file at {tmp_path / 'none.jsonl'}\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a.txt", "entities": []}\n\n{"doc": "b.txt",\n', encoding="utf-8")
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--predicted", str(bad)])
    assert result.exit_code == 1
    assert result.output == f"Error: {bad} line 3 is not valid JSON: Expecting property name enclosed in double quotes at column 17\n"
    noid = write_jsonl(tmp_path / "noid.jsonl", [{"doc": "a.txt", "entities": [{"type": "meeting"}]}])
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--predicted", str(noid)])
    assert result.output == f"Error: {noid} line 1: entity 1: missing 'id'\n"


# ------------------------------------------------------------------ agreement on random small cases

def load_score_py():
    """tests/gold/score.py as a module, for the many quick comparisons below (the package never imports it)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gold_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def random_cases():
    """Few forms, ids and types, so that ties, shared forms, splits and merges are the rule."""
    from hypothesis import strategies as st

    forms = st.sampled_from(["甲", "乙", "丙", "“甲”", "甲 ", "丁丁", "《乙》"])
    types = st.sampled_from(["organization", "meeting", "initiative"])
    rel_types = st.sampled_from(["organizes", "collaboratesWith", "ledBy"])

    @st.composite
    def gold_doc(draw, name):
        ids = draw(st.lists(st.sampled_from(["e1", "e2", "e3", "e10", "e4"]), min_size=1, max_size=5, unique=True))
        entities = [{"id": i, "type": draw(types), "canonical": draw(forms), "surfaces": draw(st.lists(forms, max_size=3)),
                     "optional": draw(st.booleans())} for i in ids]
        relations = [{"head": draw(st.sampled_from(ids)), "type": draw(rel_types), "tail": draw(st.sampled_from(ids))}
                     for _ in range(draw(st.integers(0, 4)))]
        return {"doc": name, "entities": entities, "relations": relations}

    @st.composite
    def pred_doc(draw, name):
        ids = [f"p{draw(st.integers(1, 4))}" for _ in range(draw(st.integers(0, 5)))]
        entities = []
        for i in ids:
            e = {"id": i, "type": draw(st.sampled_from(["organization", "meeting", "initiative", "person"])),
                 "surfaces": draw(st.one_of(forms, st.lists(forms, max_size=3))),
                 "mentions": [{"start": s, "end": s + n} for s, n in draw(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3)), max_size=2))]}
            if draw(st.booleans()):
                e["label"] = draw(forms)
            entities.append(e)
        ends = st.sampled_from(ids + ["px"])
        relations = [{"head": draw(ends), "type": draw(st.sampled_from(["organizes", "collaboratesWith", "foo"])),
                      "tail": draw(ends)} for _ in range(draw(st.integers(0, 5)))]
        return {"doc": name, "entities": entities, "relations": relations}

    @st.composite
    def case(draw):
        names = ["a.txt", "b.txt", "c.txt"]
        gold = {n: draw(gold_doc(n)) for n in draw(st.lists(st.sampled_from(names), min_size=1, unique=True))}
        pred = {n: draw(pred_doc(n)) for n in draw(st.lists(st.sampled_from(names), unique=True))}
        texts = draw(st.one_of(st.none(), st.just({"a.txt": "甲乙“甲”丙丁丁", "b.txt": "乙甲 乙《乙》"})))
        return gold, pred, texts

    return case()


def test_agrees_with_score_py_on_random_small_cases():
    from hypothesis import HealthCheck, given, settings

    from kg.evaluate import parse_gold, parse_predicted, scores_dict

    reference = load_score_py()

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(random_cases())
    def check(c):
        gold, pred, texts = c
        expected = reference.score(gold, pred, texts)
        got = score({n: parse_gold(g, n) for n, g in gold.items()},
                    {n: parse_predicted(p, n) for n, p in pred.items()}, texts)
        assert scores_dict(got, errors=False) == expected

    check()


def test_records_without_gold_are_noted_and_unreadable_inputs_named(runner, gold_dir, texts_dir, tmp_path):
    jsonl = write_jsonl(tmp_path / "m.jsonl", case_missing_doc())
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--predicted", str(jsonl), "--no-errors"])
    assert result.exit_code == 0
    assert "note: 1 of 3 documents have no gold file and are not scored" in result.stderr.splitlines()
    (texts_dir / "d.txt").write_text("丁区政协召开主席会议。", encoding="utf-8")
    (texts_dir / "notes.xyz").write_bytes(b"PK\x03\x04")
    ran = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--no-errors"])
    assert ran.exit_code == 3
    assert ran.stderr.splitlines() == [
        f"skipped {texts_dir / 'notes.xyz'}: unsupported file type .xyz",
        "note: 1 of 4 documents have no gold file and are not scored",
    ]


def test_files_that_are_not_utf8(runner, gold_dir, texts_dir, tmp_path):
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes('{"doc": "a.txt", "entities": [{"id": "x", "type": "organization", "label": "区政协"}]}\n'.encode("gb18030"))
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--predicted", str(gbk)])
    assert (result.exit_code, result.output) == (1, f"Error: {gbk} is not UTF-8 text\n")
    (gold_dir / "c.json").write_bytes(json.dumps(GOLD_DOCS[2], ensure_ascii=False).encode("gb18030"))
    result = runner.invoke(main, ["eval", str(gold_dir), str(texts_dir), "--predicted", str(gbk)])
    assert (result.exit_code, result.output) == (1, f"Error: gold file {gold_dir / 'c.json'} is not UTF-8 text\n")
