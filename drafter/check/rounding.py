"""Decimal arithmetic of the checker: whether a source value shown at the text's precision is the same number
(rounded or truncated), the step a shown figure stands for, and how a derived value is shown. Shared by the
source index (its own totals) and the matching, so it is its own module.
"""

from __future__ import annotations

from decimal import Context, Decimal, DivisionByZero, InvalidOperation, ROUND_HALF_UP
from typing import Any

from ._common import ONE


def _fmt(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def _close(src: Decimal, shown: Decimal, q: Decimal) -> str | None:
    """'exact' when equal; 'rounded' when src rounds half-up to `shown` at quantum q (1.29万 needs
    12850–12949: truncating 12990 to 1.29万 is not rounding)."""
    a, b = abs(src), abs(shown)
    if a == b:
        return "exact"
    try:  # _CTX's methods rather than a localcontext block: this runs for every candidate
        if _CTX.subtract(a, b).copy_abs() > q:
            return None  # rounding moves a by half a quantum at most: one subtraction tells most candidates apart
        if _CTX.multiply(_CTX.divide(a, q).quantize(ONE, rounding=ROUND_HALF_UP, context=_CTX), q) == b:
            return "rounded"
    except (InvalidOperation, ArithmeticError):
        return None
    return None


_CTX = Context(prec=60, Emax=999999, Emin=-999999, traps=[InvalidOperation, DivisionByZero])
_POW10: dict[int, Decimal] = {}


def _pow10(exponent: int) -> Decimal:
    p = _POW10.get(exponent)
    if p is None:
        p = _POW10[exponent] = Decimal(1).scaleb(exponent)
    return p


def _sig_digits(d: Decimal) -> int:
    if not d:  # zero of either sign (no int converted to compare with)
        return 0
    return _digits_exponent(d)[0]


def _step(d: Decimal) -> Decimal:
    """Place value of the last non-zero digit: 1800 → 100, 15.6 → 0.1."""
    if not d:
        return ONE
    return _pow10(_digits_exponent(d)[1])


def _digits_exponent(d: Decimal) -> tuple[int, int]:
    """(significant digits, exponent of the last one) of a finite non-zero d: what d.normalize().as_tuple() gives
    as len(digits) and exponent, read from its text (as_tuple builds a tuple of every digit and a named tuple,
    several times the cost; a figure's precision is asked for each candidate and derivation). The last d asked is
    kept: _step and _sig_digits are asked of the same figure one after the other."""
    global _LAST_DIGITS
    last = _LAST_DIGITS
    if last[0] is d:
        return last[1]
    text = str(d)  # 15.60, 1800, -0.00125; 1.8E+3 and long figures the slow way (normalize rounds at the precision)
    if len(text) > 20 or "E" in text:
        t = abs(d).normalize().as_tuple()
        got = len(t.digits), int(t.exponent)
    else:
        whole, _, frac = text.lstrip("-").partition(".")
        frac = frac.rstrip("0")
        if frac:
            got = len((whole + frac).lstrip("0")), -len(frac)
        else:
            whole = whole.lstrip("0")
            kept = whole.rstrip("0")
            got = len(kept), len(whole) - len(kept)
    _LAST_DIGITS = (d, got)
    return got


_LAST_DIGITS: tuple[Decimal | None, tuple[int, int]] = (None, (0, 0))


def written_step(m: Any) -> Decimal:
    """The step a mention's figure stands for, in its written unit: its last digit's place value (_step), but half a 成
    for a fraction word with a half step — 一成半 is 15 % at the step of 半, so 超过一成半 reaches 15–20 %, not 15–16.5 %."""
    if m.base_unit == "成" and "成半" in m.text:
        return _HALF
    return _step(m.value)


_HALF, _TENTH, _TWENTIETH = Decimal("0.5"), Decimal("0.1"), Decimal("0.05")

# A word of degree before an approximation word (刚超过两成, 略超一半, 稍低于四成, 略高于一成) puts the figure near the
# word's value: within this part of the reach the bare word allows (超过两成: 20–30 %; 刚超过两成: 20–24 %). Data, one
# row per degree word, longest first so 刚刚 is read before 刚.
DEGREE_REACH: tuple[tuple[str, Decimal], ...] = (
    ("刚刚", Decimal("0.4")), ("略微", Decimal("0.4")), ("稍稍", Decimal("0.4")), ("稍微", Decimal("0.4")),
    ("刚", Decimal("0.4")), ("稍", Decimal("0.4")), ("略", Decimal("0.4")),
)


def degree_reach(written: str) -> Decimal:
    """The part of its approximation word's reach a figure written with a word of degree (its mention's text,
    which starts with the degree word: numbers._degree_before) is allowed; 1 without one."""
    if written and written[0] in "刚稍略":
        for word, reach in DEGREE_REACH:
            if written.startswith(word):
                return reach
    return ONE


def _approx_ok(src: Decimal, x: Decimal, direction: str, step: Decimal, bound: bool = False,
               reach: Decimal = ONE) -> bool:
    """Does a source value `src` bear out 约 / 余 / 超过 / 近 / 不足 … `x`, on the stated side and as near as
    the wording allows? 约 (≈): what rounds to x at its last digit; 近 / 接近 (≤): up to x and within half a
    step (近九成: 85–90 %); 不足 / 不到 (<): below x within a step (不足四成: the thirties); 超过 / 逾 (>) and
    余 / 多 / 以上 (≥): above x within a step (超过九成: 90–100 %, 过半: 50–60 %). `reach` narrows the sided
    widths for a word of degree (degree_reach: 刚超过 / 略低于)."""
    x, src = abs(x), abs(src)
    if bound:
        return src >= x if direction in ("≥", ">") else src <= x if direction in ("≤", "<") else src == x
    if direction == "≈":  # what rounds half up to x (as _close rounds): 41.235 is 约41.24, no 约41.23
        return x - step * _HALF <= src < x + step * _HALF
    if direction == "≤":  # (its lower edge read at a tenth of the step: 44.86 % is 45 %, 接近一半; 44.35 % is not)
        return x - max(step * _HALF, x * _TWENTIETH) * reach <= _round_like(src, step * _TENTH) and src <= x
    width = max(step, x * _TENTH) * reach
    if direction == ">":
        return x < src <= x + width
    if direction == "≥":
        return x <= src <= x + width
    return x - width <= src < x  # "<"


def _show(d: Decimal, q: Decimal, div: Decimal) -> str:
    """A derived value as the text writes it: rounded to the text's quantum, in the text's unit."""
    return _fmt(_round_like(d, q) / div)


def _round_like(d: Decimal, q: Decimal) -> Decimal:
    try:
        return (d / q).quantize(ONE, rounding=ROUND_HALF_UP) * q
    except (InvalidOperation, ArithmeticError):
        return d
