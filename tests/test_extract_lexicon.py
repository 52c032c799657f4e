"""The extractor's data files load, and a bad line is reported with file and line, then skipped."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.places import find_places, gazetteer, short_name


def test_every_data_file_loads_without_complaint(capsys):
    for name in lexicon.__all__:
        if name != "userdict_path":
            getattr(lexicon, name).cache_clear()
            assert getattr(lexicon, name)(), name
    assert capsys.readouterr().err == ""


def test_a_bad_line_is_reported_with_file_and_line_and_skipped(monkeypatch, capsys):
    monkeypatch.setattr(lexicon, "_read", lambda name: "# comment\n区政协\t{p}政协\n\n一列而已\n委\t中共{p}委员会  # note\n")
    rows = lexicon._rows("example.tsv", (2, 3))
    assert rows == [("区政协", "{p}政协", ""), ("委", "中共{p}委员会", "")]
    assert capsys.readouterr().err.strip() == (
        "kg/data/example.tsv:4: expected 2-3 tab-separated fields, got 1; line skipped")


def test_place_table_from_cpca_knows_provinces_cities_and_counties():
    gaz = gazetteer()
    assert {p.qualified for p in gaz["鄞州区"]} == {"宁波市鄞州区"}
    assert any(p.level == "province" for p in gaz["四川"])
    assert short_name("内蒙古自治区") == "内蒙古" and short_name("和县") == "和县"
    assert [w for _, _, w in find_places("政协南京市江宁区委员会")] == ["南京市", "江宁区"]
