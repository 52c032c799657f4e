"""Sentences, clauses and the left-growing of names over jieba tokens."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Span
from .lexicon import name_openers, np_stopwords, userdict_path

__all__ = ["split_sentences", "clause_start", "tokenizer", "grow_left", "jieba_words"]

SENTENCE_END = re.compile(r"[。！？!?；;\n]")
CLAUSE_BREAK = set("，,。；;：:！？!?\n（）()【】[]　 \t|")
FUNCTION_POS = ("p", "c", "u", "r", "d", "y", "e", "o", "x", "f", "q")


def split_sentences(text: str) -> list[Span]:
    """Sentences as spans: ended by 。！？； or a line break; empty ones dropped."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if text[start:m.end()].strip():
            spans.append(Span(start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append(Span(start, len(text)))
    return spans


def clause_start(text: str, pos: int, limit: int = 40) -> int:
    """Where the clause holding ``pos`` begins (after the last comma, colon or bracket)."""
    i = pos
    while i > 0 and pos - i < limit and text[i - 1] not in CLAUSE_BREAK:
        i -= 1
    return i


@lru_cache(maxsize=1)
def tokenizer():
    """Our own jieba tokenizer (with kg/data/userdict.txt); the process-wide default is untouched."""
    import logging

    import jieba
    import jieba.posseg

    log = logging.getLogger("jieba")
    level = log.level
    log.setLevel(logging.WARNING)  # its "Building prefix dict" chatter would mix into our output
    try:
        tk = jieba.Tokenizer()
        tk.initialize()
        with userdict_path().open("rb") as f:
            tk.load_userdict(f)
    finally:
        log.setLevel(level)
    return jieba.posseg.POSTokenizer(tk)


def _pieces(fragment: str) -> list[tuple[str, str]]:
    """jieba (word, pos) pairs, with every “quoted” stretch kept whole as one piece."""
    out: list[tuple[str, str]] = []
    for part in re.split(r"(“[^”]*”)", fragment):
        if not part:
            continue
        if part.startswith("“"):
            out.append((part, "q-name"))
        else:
            out.extend((w.word, w.flag) for w in tokenizer().cut(part, HMM=True))
    return out


def _names_a_region(word: str) -> bool:
    """北方, 西南, 华东: a word of direction that opens names (北方民族大学, 西南民族大学)."""
    return len(word) > 1 and re.fullmatch(r"[东南西北华]{1,2}[方部]?", word) is not None


def grow_left(text: str, head_start: int, max_chars: int = 16, stop_extra: frozenset[str] = frozenset(),
              stop_at_verbs: bool = False) -> int:
    """Start of the noun phrase that ends at ``head_start``: grown over tokens leftwards until a
    verb, preposition, conjunction, function word or the start of the clause. Returns head_start
    when nothing names the head."""
    start = head_start
    while start > 0 and head_start - start < 60:
        ch = text[start - 1]
        if ch == "”":
            j = text.rfind("“", 0, start - 1)
            if j < 0 or start - j > 40:
                break
            start = j
            continue
        if ch == "、" and start >= 2 and text[start - 2] in "省市区县" and text[start] in "省市区县":
            start -= 1  # 市、区政协联动机制
            continue
        if ch in CLAUSE_BREAK or ch in "、“":
            break
        start -= 1
    fragment = text[start:head_start]
    if not fragment:
        return head_start
    stops = np_stopwords() | stop_extra
    pieces = _pieces(fragment)
    keep = head_start
    for word, pos in reversed(pieces):
        if pos != "q-name":
            if word in stops or pos.startswith(FUNCTION_POS) and not _names_a_region(word) or word.isspace() or (
                    len(word) > 2 and any(word.startswith(x) for x in stops if len(x) >= 2)):
                break
            if stop_at_verbs and pos == "v":
                break
            if pos == "m" and not re.fullmatch(r"[\d一二三四五六七八九十百千万]+[件个项大]?|第[一二三四五六七八九十]+", word):
                break
        if head_start - (keep - len(word)) > max_chars and pos != "q-name":
            break
        keep -= len(word)
    return trim_left(text, keep, head_start, stops)


LEADING_POS = ("v", "d", "p", "c", "u", "r", "q", "f", "y", "e", "z", "l")
MEASURE = "项件期个次批场届名"


def trim_left(text: str, start: int, head_start: int, stops: frozenset[str]) -> int:
    """Drop leading verbs, adverbs, numbers and stop words from a grown name (积极参与全区植树绿化
    活动 → 全区植树绿化活动; 16项履职活动 → 履职活动)."""
    while start < head_start:
        pieces = _pieces(text[start:head_start])
        if not pieces:
            break
        word, pos = pieces[0]
        if pos == "q-name" or word in name_openers():
            break
        leading = (word in stops or any(word.startswith(x) for x in stops if len(x) >= 2)
                   or (pos.startswith(LEADING_POS) and pos not in ("vn", "an", "nr") and not _names_a_region(word)))
        if re.fullmatch(r"[\d一二三四五六七八九十两百千万]+[项件期个次批场]?", word) or (
                word in MEASURE and start > 0 and re.match(r"[\d一二三四五六七八九十两]", text[start - 1])):
            leading = True
        if re.fullmatch(r"(?:19|20)\d\d", word) and "\u4e00" <= text[start + 4:start + 5] <= "\u9fff" \
                and text[start + 4] != "年":
            break  # 2023中关村论坛: the year of an edition is part of its name
        if not leading:
            break
        start += len(word)
    return start


@lru_cache(maxsize=1)
def jieba_words() -> frozenset[str]:
    """Words of two or more characters in jieba's dictionary (with ours): to tell whether a
    character before a name makes a word with the name's first one (担任县 is 担任 + 县)."""
    tk = tokenizer().tokenizer
    return frozenset(w for w, freq in tk.FREQ.items() if freq and len(w) >= 2)


def cue_object_start(text: str, head_start: int, cues: tuple[str, ...], limit: int = 30,
                     viewing: tuple[str, ...] = (), joined: bool = False) -> int | None:
    """Where the object of the nearest cue verb before ``head_start`` begins, in the same clause:
    举办|全区政协系统学习贯彻十九届六中全会精神专题研讨班. A name held by a verb runs from the verb to
    its head, even over words that a name grown leftwards would stop at (学习贯彻, 创新). A cue right
    before the head (开展民族团结进步创建|活动) leaves no name: the one before it holds the name.
    None when no cue stands in the clause or the object is a description (…的座谈会). ``viewing``
    verbs inside the object (收看, 聆听) take the name as their own object. With ``joined``, the name
    may join two parties with 与 (青年委员与青年企业家座谈会); 和 and 、 join names in a list."""
    begin = clause_start(text, head_start, limit)
    ends = sorted({i + len(cue) for cue in cues for i in _find_all(text, cue, begin, head_start)}, reverse=True)
    for best in ends:
        while best < head_start and text[best] in "了过起好":
            best += 1
        if text[best:best + 1] == "的":
            best += 1  # 市政协举办的|委员履职能力提升培训班: what the relative clause describes
        for verb in sorted(viewing, key=len, reverse=True):
            i = text.rfind(verb, best, head_start)
            if i >= 0:
                best = i + len(verb)  # 组织委员集中收看|庆祝…大会: what is watched is the name
        span = text[best:head_start]
        if len(span) < 2:
            continue
        if re.search(r"[的地得，,、和及等]" if joined else r"[的地得，,、和与及等]", re.sub(r"“[^”]*”|党的", "", span)):
            return None
        return best
    return None


def _find_all(text: str, word: str, begin: int, end: int):
    i = text.find(word, begin, end)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, end)
