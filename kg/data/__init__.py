"""The language data of cppcc-kg, and the one reader of its tables.

Every table is UTF-8, one entry a line, ``#`` starts a comment, fields are separated by tabs. Each
loader says which fields its file has (``Field``); a line that does not fit raises ``DataError``
naming ``kg/data/FILE:LINE``, so a mistake in a lexicon stops the run with a message that says where
it is, instead of quietly changing what is extracted.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

__all__ = ["DataError", "Field", "data_text", "parse_table", "read_table"]


class DataError(ValueError):
    """A line of a data file that cannot be read; the message starts with ``kg/data/FILE:LINE:``."""


@dataclass(frozen=True)
class Field:
    """One tab-separated field of a table: its name (for messages), and what it may hold."""

    name: str
    optional: bool = False  # may be left out or empty (it then reads as "")
    number: bool = False  # a whole number, read as int
    choices: tuple[str, ...] = ()  # if given, the only values allowed


def data_text(name: str) -> str:
    """The text of kg/data/NAME."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def parse_table(text: str, where: str, fields: tuple[Field, ...]) -> list[tuple]:
    """Rows of ``text``, a table with ``fields``; the first line that does not fit raises DataError.

    ``where`` names the file in messages (kg/data/body_suffixes.tsv). Identical lines are an error
    too: they are always a slip, and the second copy would hide an edit made to the first.
    """
    layout = "<TAB>".join(f.name + ("?" if f.optional else "") for f in fields)
    required = sum(not f.optional for f in fields)
    rows: list[tuple] = []
    seen: dict[tuple, int] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        values = [v.strip() for v in line.split("\t")]
        at = f"{where}:{number}"
        if not required <= len(values) <= len(fields):
            raise DataError(f"{at}: expected {layout}, got {len(values)} field(s): {line.strip()!r}")
        values += [""] * (len(fields) - len(values))
        row = []
        for f, value in zip(fields, values):
            if not value and not f.optional:
                raise DataError(f"{at}: {f.name} is empty: {line.strip()!r}")
            if f.choices and value and value not in f.choices:
                raise DataError(f"{at}: {f.name} must be one of {', '.join(f.choices)}, got {value!r}")
            if f.number:
                if not value.isdigit():
                    raise DataError(f"{at}: {f.name} must be a whole number, got {value!r}")
                row.append(int(value))
            else:
                row.append(value)
        key = tuple(row)
        if key in seen:
            raise DataError(f"{at}: the same entry as line {seen[key]}: {line.strip()!r}")
        seen[key] = number
        rows.append(key)
    return rows


def read_table(name: str, *fields: Field) -> list[tuple]:
    """Rows of kg/data/NAME (see ``parse_table``)."""
    return parse_table(data_text(name), f"kg/data/{name}", fields)
