"""Sentence-level helpers for Chinese report prose, shared by the engines."""

from __future__ import annotations

import re
from functools import lru_cache

_SENT_END = re.compile(r"(?<=[。！？；!?;])")
_ENUM_PREFIX = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+(?:[，,、]|是)"
    r"|[一二三四五六七八九十]+、|\d+[、.．](?!\d)|[①-⑳])\s*[，,：:]?\s*"
)


def split_sentences(text: str) -> list[str]:
    """Split at 。！？； keeping the mark; a sentence never straddles a line break."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s.strip() for s in _SENT_END.split(line) if s.strip())
    return out


def strip_enumerator(sentence: str) -> str:
    """'二是加强实战型应急演练' → '加强实战型应急演练'; '（三）夯实基础' → '夯实基础'."""
    return _ENUM_PREFIX.sub("", sentence, count=1)


@lru_cache(maxsize=8192)
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams, whitespace skipped. Cached: log condensing compares each sentence with many others."""
    chars = [c for c in text if not c.isspace()]
    return frozenset(a + b for a, b in zip(chars, chars[1:]))


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of character bigrams: cheap, tokenizer-free redundancy measure for Chinese."""
    x, y = bigrams(a), bigrams(b)
    return len(x & y) / len(x | y) if x and y else 0.0


def end_sentence(text: str) -> str:
    """Close a clause with 。, replacing a trailing ；，、 so joined sentences read as prose."""
    text = text.rstrip().rstrip("；;，,、")
    return text if text.endswith(("。", "！", "？")) else text + "。"


def inner_quotes(text: str) -> str:
    """Quotes inside a quotation become single quotes, as GB/T 15834 nests them: 整治“四乱”问题 → 整治‘四乱’问题."""
    return text.replace("“", "‘").replace("”", "’")


def quoted(text: str) -> str:
    """“text”, its own quotes nested: “整治‘四乱’问题”, never “整治“四乱”问题”."""
    return f"“{inner_quotes(text)}”"
