"""What the model refers to, read the way it is likely to write it.

Problem references — the 存在问题 / 改进措施 schemas ask for "P1", but models write p1, "P1：", 问题1, 第1个问题,
（一）, 一、 or the problem's title. `ProblemIndex.resolve` maps each of those to the problem's id, or None;
the caller names an unknown reference in the repair request instead of dropping the paragraph silently.

Numbers by reference — the draft prompts ask the model to write every figure of the fact sheet as `{F12}`,
or a formula over references: `{F3/F5}` (a ratio, as a percentage), `{F3-F5}`, `{F3+F5}`. `render_numbers`
replaces each with the value drafter computes, with the fact's unit and the precision the fact sheet
gives, and returns a `NumberUse` per reference (fact ids, formula, the reference itself) for the JSON.
A negative value after a word that carries the sign (调减, 下降 …) is written as its magnitude. Digits the
model typed itself are left alone: the checker judges them as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ..facts import Fact, FactSheet, figure_text, fmt
from ..outputs import NumberUse

# ----------------------------------------------------------------------------------- problem references

_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0}
_PID = re.compile(r"^[Pp]\s*(\d{1,3})$")
_ORDINAL = re.compile(
    r"^(?:第\s*)?(?:问题\s*)?[（(]?\s*(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*[）)]?\s*(?:个问题|项问题|项|个|、)?$"
)
_TRIM = "：:、，,。.；; \t"


def _cn_index(s: str) -> int | None:
    """1–99 written as 一 … 九十九 (what an enumerator uses)."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return _CN_DIGITS.get(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    t = _CN_DIGITS.get(tens, None) if tens else 1
    o = _CN_DIGITS.get(ones, None) if ones else 0
    return None if t is None or o is None else t * 10 + o


def _compact(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c)[0] not in "PZSC")


def problem_title(text: str) -> str:
    """The problem's first sentence without its enumerator: '预算资金未全部执行'."""
    from ..text import strip_enumerator

    first = re.split(r"[。！？；\n]", text.strip(), maxsplit=1)[0]
    return strip_enumerator(first).strip()


@dataclass
class ProblemIndex:
    """The listed problems, in order, with the words a model may use to name each."""

    ids: list[str]
    names: dict[str, list[str]] = field(default_factory=dict)  # id → titles / kinds, compacted

    @classmethod
    def of(cls, problems: Iterable[tuple[str, Iterable[str]]]) -> ProblemIndex:
        index = cls(ids=[])
        for pid, texts in problems:
            index.ids.append(pid)
            names = index.names.setdefault(pid, [])
            for t in texts:
                c = _compact(problem_title(t))
                if len(c) >= 4 and c not in names:
                    names.append(c)
        return index

    def resolve(self, ref: str) -> str | None:
        raw = unicodedata.normalize("NFKC", ref or "").strip()
        s = raw.strip(_TRIM)
        m = _PID.match(s)
        if m:
            pid = f"P{int(m[1])}"
            return pid if pid in self.ids else None
        m = _ORDINAL.match(s)
        if m:
            n = _cn_index(m[1])
            return self.ids[n - 1] if n and 1 <= n <= len(self.ids) else None
        c = _compact(s)
        if len(c) < 4:
            return None
        exact = [pid for pid, names in self.names.items() if c in names]
        if len(exact) == 1:
            return exact[0]
        near = [pid for pid, names in self.names.items() if any(c in n or n in c for n in names)]
        return near[0] if len(near) == 1 else None


# ----------------------------------------------------------------------------------- number references

REF = re.compile(r"\{\s*(F\d+)\s*(?:([-+/])\s*(F\d+)\s*)?\}")
SIGN_WORDS = ("调减", "减少", "下降", "降低", "压减", "缩减", "减", "降", "低于", "少", "调减幅度", "下降幅度", "减幅", "降幅")
CENT = Decimal("0.01")
INVALID = "【待核实：无效引用】"


class RefError(ValueError):
    """A reference drafter cannot render: named in the repair request."""


def _places(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def evaluate(ref: str, sheet: FactSheet) -> tuple[Decimal, str, list[Fact], str | None]:
    """(value, unit, facts, formula) of one reference, or RefError saying why not."""
    m = REF.fullmatch(ref)
    if not m:
        raise RefError(f"{ref} 不是有效的引用写法")
    a = sheet.by_id(m[1])
    if a is None:
        raise RefError(f"{ref} 中的 {m[1]} 事实表中没有")
    if not m[2]:
        return a.value, a.unit, [a], a.formula
    b = sheet.by_id(m[3])
    if b is None:
        raise RefError(f"{ref} 中的 {m[3]} 事实表中没有")
    op = m[2]
    if op == "/":
        if b.value == 0:
            raise RefError(f"{ref} 的除数 {b.id} 为 0")
        if a.unit != b.unit:
            raise RefError(f"{ref} 两个事实单位不同（{a.unit or '无'}、{b.unit or '无'}），不能相除")
        value = (a.value / b.value * 100).quantize(CENT, rounding=ROUND_HALF_UP)
        formula = f"{a.label} {fmt(a.value)} ÷ {b.label} {fmt(b.value)} × 100%"
        return value, "%", [a, b], formula
    if a.unit != b.unit:
        raise RefError(f"{ref} 两个事实单位不同（{a.unit or '无'}、{b.unit or '无'}），不能{'相减' if op == '-' else '相加'}")
    try:
        value = a.value - b.value if op == "-" else a.value + b.value
    except InvalidOperation:
        raise RefError(f"{ref} 无法计算") from None
    value = value.quantize(Decimal(1).scaleb(-max(_places(a.value), _places(b.value))))
    sign = "−" if op == "-" else "+"
    return value, a.unit, [a, b], f"{a.label} {fmt(a.value)} {sign} {b.label} {fmt(b.value)}"


def render_numbers(text: str, sheet: FactSheet) -> tuple[str, list[NumberUse], list[str]]:
    """Replace every {F…} reference; returns (text, the rendered numbers in order, the references that failed).

    A failed reference is written as 【待核实：无效引用】 (no digits the checker would take for a figure), so it
    can never pass for a number; the reason is in the returned list."""
    out: list[str] = []
    uses: list[NumberUse] = []
    errors: list[str] = []
    pos = 0
    for m in REF.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        ref = "{" + m[1] + (f"{m[2]}{m[3]}" if m[2] else "") + "}"
        try:
            value, unit, facts, formula = evaluate(ref, sheet)
        except RefError as e:
            errors.append(str(e))
            out.append(INVALID)
            continue
        before = "".join(out)[-4:]
        shown = abs(value) if value < 0 and before.endswith(SIGN_WORDS) else value
        written = figure_text(shown, unit)
        out.append(written)
        ids = [f.id for f in facts]
        if len(facts) == 1:
            ids += [i for i in facts[0].operands if i not in ids]
        uses.append(NumberUse(text=written, value=value, unit=unit, facts=ids, ref=ref,
                              formula=f"{formula} = {written}" if formula and len(facts) > 1 else formula))
    out.append(text[pos:])
    return "".join(out), uses, errors
