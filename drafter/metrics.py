"""Deterministic, Chinese-aware text metrics for `drafter eval`.

Whitespace tokenisation makes a Chinese paragraph one word, so every metric here works on characters or
on jieba words. Numbers are read with the checker's own extractor (`drafter.numbers.extract_mentions`),
so a key figure written as 3,475.09万元 or 3475.09 万元 counts the same, and a figure that only appears
inside a longer number does not count at all.

Every score is a `Decimal`; shares are in [0, 1] with four decimals.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, Field

from .text import strip_enumerator

PLACES = Decimal("0.0001")
ONE = Decimal(1)
ZERO = Decimal(0)

# Praise that reviewers strike out when no figure backs it (see shared/notes/domain.md).
EMPTY_PRAISE = (
    "取得显著成效", "取得明显成效", "成效显著", "效果显著", "效果明显", "成效明显", "取得良好成效",
    "取得良好效果", "圆满完成", "全面完成", "大幅提升", "显著提升", "明显提升", "稳步提升",
    "得到有效提升", "有力保障", "高度评价", "广泛好评", "群众满意度高",
)
PRAISE_WINDOW = 20
_SENTENCE_ENDS = "。！？；\n"
_QUOTED = re.compile(r"“[^”\n]{0,40}”|「[^」\n]{0,40}」|\"[^\"\n]{0,40}\"")

# Words every problem and every measure share in report prose; they say nothing about *which* problem.
PAIRING_STOPWORDS = frozenset(
    "存在 问题 主要 方面 工作 进一步 加强 完善 提高 提升 加大 推进 推动 落实 做好 强化 不断 持续 切实 有效 "
    "积极 认真 全面 深入 扎实 继续 我局 本局 单位 部门 下一步 针对 上述 以上 以下 情况 措施 改进 有待 需要 "
    "仍然 仍 部分 个别 一些 相关 有关 开展 实施 确保 力度 水平 能力 机制 建设 管理 做到 今后 年度 全年 "
    "方面 其中 通过 进行 以及 同时 及时 重点 明显 较为 较 不够 不足 偏 偏低 偏高".split()
)

_PUNCT_CATEGORIES = ("P", "S", "Z", "C")
_ITEM_START = re.compile(
    r"(?:(?<=^)|(?<=[。；;！？\n]))\s*(?=(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、"
    r"|\d+[、.．](?!\d)|[①-⑳]))"
)
_ENUM_ONLY = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")
SECTION_TITLES = ("目标完成情况", "存在问题", "改进措施", "改进措施或下一步计划", "下一步计划", "存在的问题")
_MARKDOWN = re.compile(r"^\s*(?:#{1,6}\s*|[-*+]\s+|>\s*)|\*\*|__|`", re.MULTILINE)


def q(value: Decimal) -> Decimal:
    return value.quantize(PLACES, rounding=ROUND_HALF_UP)


def share(part: int, whole: int) -> Decimal:
    """part/whole as a Decimal share; an empty whole is a perfect score (nothing was asked for)."""
    return ONE if whole == 0 else q(Decimal(part) / Decimal(whole))


# ---------------------------------------------------------------- characters and words


def _is_content_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] not in _PUNCT_CATEGORIES


def plain_text(text: str) -> str:
    """Markdown marks dropped: what a reader of the printed report sees."""
    return _MARKDOWN.sub("", text)


def char_length(text: str) -> int:
    """Characters as Chinese forms count them: every non-blank character, punctuation included."""
    return sum(1 for ch in plain_text(text) if not ch.isspace())


def char_tokens(text: str) -> list[str]:
    """Characters without whitespace and punctuation, NFKC-folded so ９２ and 92 agree."""
    folded = unicodedata.normalize("NFKC", plain_text(text))
    return [ch for ch in folded if _is_content_char(ch)]


_jieba_lock = threading.Lock()
_jieba = None


def _tokenizer():
    """jieba, initialised once and quietly (its dictionary load logs to stderr and is not thread-safe)."""
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba = jieba
    return _jieba


def word_tokens(text: str) -> list[str]:
    """jieba words without whitespace and punctuation tokens."""
    folded = unicodedata.normalize("NFKC", plain_text(text))
    return [w for w in _tokenizer().lcut(folded) if any(_is_content_char(c) for c in w)]


# ---------------------------------------------------------------- ROUGE-L


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Longest common subsequence of two token lists: rapidfuzz's bit-parallel LCSseq (the pure-Python
    dynamic programme took seconds on a full report; this takes milliseconds)."""
    from rapidfuzz.distance import LCSseq

    if not a or not b:
        return 0
    return int(LCSseq.similarity(list(a), list(b)))


def rouge_l(candidate: str, reference: str, unit: str = "char") -> Decimal:
    """ROUGE-L F1 on characters (`unit="char"`) or jieba words (`unit="word"`)."""
    tok = char_tokens if unit == "char" else word_tokens
    if unit not in ("char", "word"):
        raise ValueError(f"unit must be char or word, not {unit!r}")
    c, r = tok(candidate), tok(reference)
    lcs = lcs_length(c, r)
    if lcs == 0:
        return ZERO
    p, rec = Decimal(lcs) / Decimal(len(c)), Decimal(lcs) / Decimal(len(r))
    return q(2 * p * rec / (p + rec))


# ---------------------------------------------------------------- headings and phrases


def headings(text: str) -> list[str]:
    """Lines that read as headings: '## 存在问题', '**…**', or a short line ('一、目标完成情况') not closed by 。；，."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if s.startswith("#") or (s.startswith("**") and s.endswith("**")) or (
            len(s) <= 30 and not s.endswith(("。", "；", ";", "，", ",", "！", "？"))
        ):
            out.append(s)
    return out


def missing_headings(text: str, required: Iterable[str]) -> list[str]:
    """Required headings not found as a heading line, nor as a run-in heading ('总体情况：全年…')."""
    found = headings(text)
    starts = [strip_enumerator(_MARKDOWN.sub("", line)).strip() for line in text.splitlines()]
    return [h for h in required
            if not any(h in line for line in found) and not any(s.startswith((h + "：", h + ":")) for s in starts)]


def _compact(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def missing_phrases(text: str, required: Iterable[str]) -> list[str]:
    """Required phrases absent from the text; spacing and full-width forms do not matter."""
    body = _compact(text)
    return [p for p in required if _compact(p) not in body]


class PhraseHit(BaseModel):
    phrase: str
    start: int
    context: str
    reason: str = Field(description="banned: never allowed; empty-praise: no figure within the window")


def banned_hits(text: str, banned: Iterable[str] = (), praise: Iterable[str] = EMPTY_PRAISE,
                window: int = PRAISE_WINDOW) -> list[PhraseHit]:
    """Every banned phrase, and every praise phrase with no number within `window` characters of it."""
    hits: list[PhraseHit] = []
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    for phrase in banned:
        for m in re.finditer(re.escape(phrase), text):
            if any(a <= m.start() and m.end() <= b for a, b in quoted):
                continue  # the unit's own words under criticism (原填“暂无”), not the draft saying it
            hits.append(PhraseHit(phrase=phrase, start=m.start(), context=_context(text, m.start(), m.end()),
                                  reason="banned"))
    spans = number_spans(text)
    for phrase in praise:
        for m in re.finditer(re.escape(phrase), text):
            if any(a <= m.start() and m.end() <= b for a, b in quoted):
                continue  # quoted (an indicator's worded value, a phrase under criticism), not praise
            # The figure must back this claim: same sentence, within `window` characters.
            before = max((text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS), default=-1)
            after = min((i for i in (text.find(c, m.end()) for c in _SENTENCE_ENDS) if i >= 0), default=len(text))
            lo, hi = max(m.start() - window, before + 1), min(m.end() + window, after)
            if not any(s < hi and e > lo for s, e in spans):
                hits.append(PhraseHit(phrase=phrase, start=m.start(), context=_context(text, m.start(), m.end()),
                                      reason="empty-praise"))
    return sorted(hits, key=lambda h: h.start)


def _context(text: str, start: int, end: int, width: int = 12) -> str:
    return text[max(0, start - width): end + width].replace("\n", " ")


# ---------------------------------------------------------------- numbers


def number_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quantity the checker's extractor reads in the text."""
    from .numbers import extract_mentions

    return [(m.start, m.end) for m in extract_mentions(text) if not m.ignored and m.value is not None]


class KeyFigure(BaseModel):
    """A figure the output must state: 预算完成率 92.94%, an indicator's actual value …"""

    name: str
    value: Decimal
    unit: str = ""


_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000), "百": Decimal(100)}


def _base_unit(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """Split a scale prefix off the unit: (1.29, 万家次) → (12900, 家次); (552, 万元) → (5520000, 元)."""
    unit = (unit or "").strip().replace("％", "%")
    for prefix, factor in _SCALE.items():
        if unit.startswith(prefix) and len(unit) > 1:
            return value * factor, unit[len(prefix):]
    return value, unit


def _decimals(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def figure_matches(figure: KeyFigure, value: Decimal, unit: str) -> bool:
    """Same quantity: equal after scale conversion, or the figure rounded half-up to the written precision.

    A rounded match needs the written value to keep at least three significant digits, so 93% states
    92.94% but 1万 does not state 12,900. Counting units are compared strictly (人次 is not 人); a mention
    without a unit matches only a figure without one.
    """
    fv, fu = _base_unit(figure.value, figure.unit)
    mv, mu = _base_unit(value, unit)
    if fu != mu:
        return False
    if fv == mv:
        return True
    places = _decimals(value)
    factor = (mv / value) if value != 0 else ONE
    written = fv / factor
    digits = len(value.normalize().as_tuple().digits) if value != 0 else 0
    if digits < 3:
        return False
    rounded = written.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return rounded == value


def covered_figures(text: str, figures: Sequence[KeyFigure]) -> list[KeyFigure]:
    """The key figures the text states, matched by value and unit through the extractor, not by string."""
    from .numbers import extract_mentions

    mentions = [m for m in extract_mentions(text) if not m.ignored and m.value is not None]

    def states(f: KeyFigure, m: Any) -> bool:
        if figure_matches(f, m.value, m.unit):
            return True
        # A unit the extractor does not know whole (万册次 read as 万册): the text right after the numeral
        # spells the figure's unit.
        unit_at = m.end - len(m.unit)
        return bool(f.unit) and text.startswith(f.unit, unit_at) and figure_matches(f, m.value, f.unit)

    return [f for f in figures if any(states(f, m) for m in mentions)]


# ---------------------------------------------------------------- problem–measure pairing


def split_items(text: str) -> list[str]:
    """Items of a 存在问题 / 改进措施 section: lines, and enumerated parts within a line (一是…；二是…).

    Lead-ins ('主要存在以下问题：') and headings are not items.
    """
    items: list[str] = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        s = _MARKDOWN.sub("", line).strip()
        if not s or s.endswith(("：", ":")) or _ENUM_ONLY.sub("", s).strip() in SECTION_TITLES:
            continue
        starts = [m.start() for m in _ITEM_START.finditer(s)]
        bounds = sorted(set([0] + starts)) + [len(s)]
        for a, b in zip(bounds, bounds[1:]):
            part = s[a:b].strip()
            if part and not part.endswith(("：", ":")):
                items.append(part)
    return items


def content_words(text: str) -> set[str]:
    """jieba words that name a subject: two or more characters, not a number, not report boilerplate."""
    return {
        w for w in word_tokens(strip_enumerator(text))
        if len(w) >= 2 and w not in PAIRING_STOPWORDS and not any(ch.isdigit() for ch in w)
    }


class Pairing(BaseModel):
    problems: int
    answered: int
    unanswered: list[str] = Field(default_factory=list, description="the problems no measure answers")
    method: str = Field(description="ref: by Paragraph.ref → id; lexical: by shared jieba content words")

    @property
    def share(self) -> Decimal:
        return share(self.answered, self.problems)


def _max_matching(edges: list[set[int]], right: int) -> list[int | None]:
    """Kuhn's augmenting paths: each problem (left) gets its own measure (right) where one fits."""
    owner: list[int | None] = [None] * right
    for left in range(len(edges)):
        seen: set[int] = set()

        def augment(u: int) -> bool:
            for v in sorted(edges[u]):
                if v in seen:
                    continue
                seen.add(v)
                if owner[v] is None or augment(owner[v]):
                    owner[v] = u
                    return True
            return False

        augment(left)
    return owner


def pair_by_words(problems: Sequence[str], measures: Sequence[str], min_shared: int = 2) -> Pairing:
    """Every problem needs a measure of its own sharing at least `min_shared` content words with it.

    One-to-one (a maximum bipartite matching), so a single generic measure cannot answer every problem.
    """
    pw = [content_words(p) for p in problems]
    mw = [content_words(m) for m in measures]
    edges = [{j for j, m in enumerate(mw) if len(p & m) >= min_shared} for p in pw]
    owner = _max_matching(edges, len(measures))
    matched = {u for u in owner if u is not None}
    return Pairing(problems=len(problems), answered=len(matched),
                   unanswered=[problems[i] for i in range(len(problems)) if i not in matched], method="lexical")


def pair_by_refs(problems: Sequence[tuple[str, str]], measure_refs: Iterable[str | None]) -> Pairing:
    """problems as (id, text); a problem is answered when some measure's ref names its id."""
    refs = {r for r in measure_refs if r}
    answered = [text for pid, text in problems if pid in refs]
    return Pairing(problems=len(problems), answered=len(answered),
                   unanswered=[text for pid, text in problems if pid not in refs], method="ref")


# ---------------------------------------------------------------- repeats


def mean(values: Sequence[Decimal]) -> Decimal:
    return q(sum(values, ZERO) / len(values)) if values else ZERO


def spread(values: Sequence[Decimal]) -> Decimal:
    """Population standard deviation: zero for one repeat or identical outputs."""
    if len(values) < 2:
        return ZERO
    m = sum(values, ZERO) / len(values)
    return q((sum(((v - m) ** 2 for v in values), ZERO) / len(values)).sqrt())
