"""Place names of China, from the administrative-division table that the ``cpca`` package ships.

The table (``cpca/resources/adcodes.csv``: adcode, name, longitude, latitude) lists every province,
prefecture-level city and county-level division with its 12-digit code; the code says which province
and city a county belongs to. It is read directly, without importing cpca (which would load pandas).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import place_suffixes

__all__ = ["Place", "gazetteer", "short_name", "find_places"]

LEVELS = ("province", "city", "district")
# rows that group counties without being a city (a municipality's 市辖区, a province's directly
# administered counties): such counties are named after their province
UNNAMED_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", ""}


@dataclass(frozen=True, order=True)
class Place:
    """One administrative division; ``province``/``city``/``district`` are full names."""

    code: str
    name: str
    level: str  # province | city | district
    province: str
    city: str
    district: str

    @property
    def qualified(self) -> str:
        """The name a body of this place carries: 甘肃省, 兰州市, 兰州市城关区."""
        if self.level == "province":
            return self.province
        if self.level == "city":
            return self.city
        return (self.city if self.city != self.district else "") + self.district


def short_name(name: str) -> str:
    """兰州市 → 兰州, 宝安区 → 宝安; names that would shrink below two characters stay whole."""
    for suffix in place_suffixes():
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _table_text() -> str:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        print("kg: the place-name table of the cpca package is not installed; "
              "places will not be recognised (pip install cpca)", file=sys.stderr)
        return "adcode,name\n"
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Every full name and every short name → the places it may mean, sorted by code."""
    names: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(_table_text())):
        code = (row.get("adcode") or "").strip()
        name = (row.get("name") or "").strip()
        if len(code) == 12 and name:
            names[code] = name
    places: list[Place] = []
    for code, name in names.items():
        province = names.get(code[:2] + "0" * 10, "")
        if code[2:] == "0" * 10:
            places.append(Place(code, name, "province", name, "", ""))
        elif code[4:] == "0" * 8:
            places.append(Place(code, name, "city", province, name, ""))
        elif code[6:] == "0" * 6:
            # a municipality's districts have no city row: the municipality is their city
            city = names.get(code[:4] + "0" * 8, province)
            if city in UNNAMED_CITIES:
                city = province
            places.append(Place(code, name, "district", province, city, name))
    index: dict[str, set[Place]] = {}
    for p in places:
        if p.name in UNNAMED_CITIES:
            continue
        index.setdefault(p.name, set()).add(p)
        short = short_name(p.name)
        if short != p.name:
            index.setdefault(short, set()).add(p)
    return {k: tuple(sorted(v)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _lengths() -> tuple[int, ...]:
    return tuple(sorted({len(k) for k in gazetteer()}, reverse=True))


@lru_cache(maxsize=1)
def _openings() -> frozenset[str]:
    """The first two characters of every name (one for names of one): most positions of a text
    open no name, and this tells so with one look-up."""
    return frozenset(k[:2] for k in gazetteer())


def find_places(text: str, short: bool = True) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every place name in ``text``, longest first, not overlapping.

    With ``short=False`` only full names (with their suffix: 兰州市, 宝安区) are returned. Three
    steps ask this of the same report in a row, so the last few answers are kept.
    """
    return _find_places(text, short)


@lru_cache(maxsize=4)  # one report's text, asked by context, local bodies and listed places in a row
def _find_places(text: str, short: bool) -> tuple[tuple[int, int, str], ...]:
    gaz = gazetteer()
    openings = _openings()
    lengths = _lengths()
    out = []
    i = 0
    while i < len(text):
        if text[i:i + 2] not in openings and text[i:i + 1] not in openings:
            i += 1
            continue
        for n in lengths:
            word = text[i:i + n]
            if len(word) == n and word in gaz and (short or any(p.name == word for p in gaz[word])):
                out.append((i, i + n, word))
                i += n
                break
        else:
            i += 1
    return tuple(out)
