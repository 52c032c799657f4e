"""The data files load as shipped, and a bad line stops a command with its file and line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.data import DataError, Field, parse_table
from kg.extract import lexicon
from kg.extract.places import find_places, gazetteer, short_name
from kg.model import RELATION_TYPES
from kg.pipeline import check_data

SUFFIXES = (Field("SUFFIX"), Field("CANONICAL"), Field("PARENT", optional=True))


def test_every_shipped_data_file_loads_and_is_not_empty():
    check_data()  # the real files, every one of them, as a command reads them
    for name in lexicon.__all__:
        loader = getattr(lexicon, name)
        if hasattr(loader, "cache_clear"):
            assert loader(), f"{name} read nothing"


def test_a_table_reads_optional_fields_comments_and_numbers():
    text = "# comment\n区政协\t{p}政协\n\n委\t中共{p}委员会\t  # note\n"
    assert parse_table(text, "x.tsv", SUFFIXES) == [("区政协", "{p}政协", ""), ("委", "中共{p}委员会", "")]
    assert parse_table("十九\t2017\n", "t.tsv", (Field("TERM"), Field("YEAR", number=True))) == [("十九", 2017)]


@pytest.mark.parametrize("text, message", [
    ("区政协\t{p}政协\n一列而已\n", r"^x\.tsv:2: expected SUFFIX<TAB>CANONICAL<TAB>PARENT\?, got 1 field"),
    ("a\tb\tc\td\n", r"^x\.tsv:1: expected .* got 4 field"),
    ("\t{p}政协\n", r"^x\.tsv:1: SUFFIX is empty"),
    ("区政协\t{p}政协\n# c\n区政协\t{p}政协\n", r"^x\.tsv:3: the same entry as line 1"),
])
def test_a_bad_line_raises_with_file_and_line(text, message):
    with pytest.raises(DataError, match=message):
        parse_table(text, "x.tsv", SUFFIXES)


def test_numbers_and_closed_choices_are_checked():
    with pytest.raises(DataError, match=r"^t\.tsv:1: YEAR must be a whole number, got '二〇一七'"):
        parse_table("十九\t二〇一七\n", "t.tsv", (Field("TERM"), Field("YEAR", number=True)))
    with pytest.raises(DataError, match=r"^c\.tsv:1: RELATION must be one of organizes, .*got 'hosts'"):
        parse_table("召开\thosts\n", "c.tsv", (Field("CUE"), Field("RELATION", choices=RELATION_TYPES)))


@pytest.mark.parametrize("name, bad_line, message", [
    ("central_committee_terms.tsv", "二十二\tsoon", "kg/data/central_committee_terms.tsv:{n}: FIRST-YEAR must be a whole number"),
    ("chrome.txt", "line ([unclosed", "kg/data/chrome.txt:{n}: bad regular expression"),
])
def test_a_command_stops_at_a_bad_data_line_before_reading_reports(tmp_path, name, bad_line, message):
    """A copy of the package with one line spoiled: `kg build` names the line and writes nothing."""
    package = tmp_path / "pkg" / "kg"
    shutil.copytree(Path(kg.__file__).parent, package, symlinks=False,
                    ignore=shutil.ignore_patterns("__pycache__"))
    data = package / "data" / name
    lines = data.read_text(encoding="utf-8").splitlines() + [bad_line]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("市政协召开主席会议。\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(report), "--out", str(out), "--no-shapes"],
                          capture_output=True, text=True, cwd=tmp_path / "pkg")
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: " + message.format(n=len(lines)))
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("name, full", [
    ("常委会会议", "常务委员会会议"), ("常委会议", "常务委员会会议"), ("常务委员会会议", "常务委员会会议"),
    ("主席会", "主席会议"), ("主席会议", "主席会议"), ("党组理论中心组学习会", "党组理论学习中心组学习会"),
    ("党组理论学习中心组", "党组理论学习中心组"), ("专题议政性常委会", "专题议政性常务委员会"), ("双月协商座谈会", "双月协商座谈会"),
])
def test_spell_out_writes_every_short_form_in_full_and_leaves_full_forms(name, full):
    assert lexicon.spell_out(name) == full


def test_place_table_from_cpca_knows_provinces_cities_and_counties():
    gaz = gazetteer()
    assert {p.qualified for p in gaz["鄞州区"]} == {"宁波市鄞州区"}
    assert any(p.level == "province" for p in gaz["四川"])
    assert short_name("内蒙古自治区") == "内蒙古" and short_name("和县") == "和县"
    assert [w for _, _, w in find_places("政协南京市江宁区委员会")] == ["南京市", "江宁区"]
