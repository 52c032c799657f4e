"""Canonical names: numerals, the Party's congresses and plenums, quoted names.

The rules here turn the many ways a report names a thing into the one name a knowledge graph keys
it by (党的二十大, 二十大, 中共二十大 → 中国共产党第二十次全国代表大会).
"""

from __future__ import annotations

import re

from .lexicon import central_committee_terms

__all__ = ["NUM", "NUM_CHARS", "cn_to_int", "int_to_cn", "congress", "plenum", "term_for_year", "strip_quotes"]

NUM_CHARS = "一二三四五六七八九十百零〇两"  # the characters of Chinese numerals
NUM = f"[{NUM_CHARS}]"
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
QUOTES = re.compile(r"[“”‘’「」『』《》\"'\s]")


def cn_to_int(s: str) -> int:
    """Chinese numerals up to 999 → int (十九 → 19, 二十 → 20, 一百 → 100); digits pass through."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _DIGITS:
            cur = _DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
    return total + cur


def int_to_cn(n: int) -> str:
    """int → Chinese numerals as ordinals are written (19 → 十九, 20 → 二十, 110 → 一百一十)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    return digits[n // 100] + "百" + ("" if not rest else ("零" + digits[rest] if rest < 10 else
                                                          ("一" if rest < 20 else "") + int_to_cn(rest)))


def congress(ordinal: str) -> str:
    """十九 → 中国共产党第十九次全国代表大会."""
    return f"中国共产党第{int_to_cn(cn_to_int(ordinal))}次全国代表大会"


def plenum(term: str, number: str) -> str:
    """十九, 六 → 中国共产党第十九届中央委员会第六次全体会议."""
    return f"中国共产党第{int_to_cn(cn_to_int(term))}届中央委员会第{int_to_cn(cn_to_int(number))}次全体会议"


def term_for_year(year: int | None, number: int = 2) -> str:
    """The Central Committee in office in ``year`` (a first plenum follows its congress)."""
    terms = central_committee_terms()
    if not year or not terms:
        return ""
    best = ""
    for term, first in terms:
        if first < year or (first == year and number == 1):
            best = term
    return best


def strip_quotes(s: str) -> str:
    """“凝聚共识建设年”活动 → 凝聚共识建设年活动."""
    return QUOTES.sub("", s)
