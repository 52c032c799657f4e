"""Traditional → simplified characters for matching, one character for one, via OpenCC.

Patterns and dictionaries are written in simplified characters; a report in traditional characters
(from Taiwan, Hong Kong, or a site that converts) must match them too, at the same offsets. OpenCC's
``t2s`` converts phrases first (乾淨→干净 but 乾隆 stays), which is better than character by character,
but a phrase may change length; such a line falls back to converting character by character, and a
character whose conversion is not one character stays as it is.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["to_simplified"]


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char(c: str) -> str:
    out = _converter().convert(c)
    return out if len(out) == 1 else c


def to_simplified(text: str) -> str:
    """``text`` with traditional characters mapped to simplified; always the same length as ``text``."""
    if all(_char(c) == c for c in set(text)):
        return text  # nothing traditional in it: skip the phrase pass
    convert = _converter().convert
    out = []
    for line in text.splitlines(keepends=True):
        simple = convert(line)
        if len(simple) != len(line):
            simple = "".join(_char(c) for c in line)
        out.append(simple)
    result = "".join(out)
    assert len(result) == len(text)
    return result
