#!/usr/bin/env python3
"""Sanity check for gold files (standard library only).

usage: python3 tests/check_gold.py FOLDER… [--texts DIR]   (texts default to each gold file's folder)

For every *.json: the JSON loads, has the keys of tests/gold/*.json, `doc` names an existing .txt here,
entity ids are unique, every surface occurs verbatim in the report, meetings carry `series`,
every relation has a known type and references existing ids, and each line of the
.evidence.tsv sidecar (if present) quotes the report verbatim.
"""
import json
import pathlib
import sys

TYPES = {"organization", "meeting", "initiative"}
RELS = {"organizes", "participatesIn", "subOrganizationOf", "collaboratesWith", "ledBy"}


def check(path, texts=None):
    errs = []
    g = json.loads(path.read_text(encoding="utf-8"))
    if set(g) != {"doc", "reporter", "entities", "relations"}:
        errs.append(f"keys {sorted(g)}")
    txt = (texts or path.parent) / g["doc"]
    if not txt.exists():
        return [f"missing text {g['doc']}"]
    text = txt.read_text(encoding="utf-8")
    ids = [e["id"] for e in g["entities"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    byid = {e["id"]: e for e in g["entities"]}
    if g["reporter"] not in byid:
        errs.append("reporter not an entity")
    for e in g["entities"]:
        if e["type"] not in TYPES:
            errs.append(f"{e['id']} type {e['type']}")
        if e["type"] == "meeting" and "series" not in e:
            errs.append(f"{e['id']} meeting without series")
        if not isinstance(e.get("optional"), bool):
            errs.append(f"{e['id']} optional not bool")
        if not e["surfaces"]:
            errs.append(f"{e['id']} no surfaces")
        for s in e["surfaces"]:
            if s not in text:
                errs.append(f"{e['id']} surface not verbatim: {s}")
    for r in g["relations"]:
        if r["type"] not in RELS:
            errs.append(f"relation type {r['type']}")
        for k in ("head", "tail"):
            if r[k] not in byid:
                errs.append(f"relation {r} references unknown {k}")
        if r["head"] in byid and byid[r["head"]]["type"] != "organization":
            errs.append(f"relation head not an organization: {r}")
    ev = path.with_suffix(".evidence.tsv")
    if ev.exists():
        lines = ev.read_text(encoding="utf-8").splitlines()[1:]
        if len(lines) != len(g["relations"]):
            errs.append("evidence rows != relations")
        for line in lines:
            quote = line.split("\t")[3]
            if quote not in text:
                errs.append(f"evidence not verbatim: {quote}")
    return errs


def main(argv):
    texts = None
    if "--texts" in argv:
        i = argv.index("--texts")
        texts, argv = pathlib.Path(argv[i + 1]), argv[:i] + argv[i + 2:]
    bad = 0
    for p in sorted(q for folder in argv or ["."] for q in pathlib.Path(folder).glob("*.json")):
        errs = check(p, texts)
        print(p.name, "OK" if not errs else "FAIL")
        for e in errs:
            print("  ", e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
