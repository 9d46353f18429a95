"""Input models: one unit, one year of a 绩效自评 (budget-performance self-evaluation).

Every field accepts the form's own Chinese label (调整预算, 实际支出, 关键指标 …) as well as its English
name, so finance staff can write the YAML in the words of the form. Amounts, rates and counts are
`Decimal`; a float never enters (YAML floats are re-read from their text by the loader).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Callable, Literal

from pydantic import (AliasChoices, BaseModel, ConfigDict, Field, ValidationInfo, field_validator,
                      model_validator)

from .ledgers import Ledger


def _aliases(name: str, *labels: str) -> AliasChoices:
    return AliasChoices(name, *labels)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)


class FormKind(str, Enum):
    department = "部门整体支出"
    project = "项目支出"


class Comparison(str, Enum):
    ge = "≥"
    le = "≤"
    eq = "="
    gt = ">"
    lt = "<"


class Direction(str, Enum):
    positive = "正向"
    negative = "反向"
    qualitative = "定性"


# How forms write a comparison: symbols (with the look-alikes typed on Chinese keyboards and in Word's symbol
# table) and words before or after the number. 以上 / 以下 / 以内 include the bound, as in Chinese law texts.
_PREFIX_WORDS = {
    Comparison.ge: ("≥", "≧", "⩾", ">=", "=>", "大于或等于", "大于等于", "不低于", "不少于", "不小于", "至少", "达到"),
    Comparison.le: ("≤", "≦", "⩽", "<=", "=<", "小于或等于", "小于等于", "不超过", "不高于", "不多于", "不大于",
                    "控制在", "最多"),
    Comparison.eq: ("=", "═", "==", "等于"),
    Comparison.gt: (">", "大于", "高于", "超过", "多于"),
    Comparison.lt: ("<", "小于", "低于", "少于"),
}
_SUFFIX_WORDS = {
    Comparison.ge: ("以上",),
    Comparison.le: ("以内", "以下", "之内", "以前", "之前", "内", "前"),
}
_COMPARISON_WORDS = {w: cmp for cmp, words in _PREFIX_WORDS.items() for w in words}
_COMPARISON_WORDS.update({"≥": Comparison.ge, "≤": Comparison.le, "＝": Comparison.eq, "＞": Comparison.gt,
                          "＜": Comparison.lt, "＞＝": Comparison.ge, "＜＝": Comparison.le})


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_PREFIX_RE = _alternation(_COMPARISON_WORDS)
_SUFFIX_RE = _alternation(w for words in _SUFFIX_WORDS.values() for w in words)
_SUFFIX_CMP = {w: cmp for cmp, words in _SUFFIX_WORDS.items() for w in words}
_TARGET_RE = re.compile(
    rf"^\s*(?P<cmp>{_PREFIX_RE})?\s*(?P<num>[-+]?\d+(?:\.\d+)?)\s*(?P<unit>.*?)\s*(?P<suffix>{_SUFFIX_RE})?\s*$"
)
# A time limit as the rule reads it: from an event (收样后, 接报后) or under a label (办结时限, 出具时间), with the act
# due after it (办结, 到达现场): "接报后30分钟内到达现场" bounds a duration as "30分钟以内" does.
_TIME_LIMIT = re.compile(
    rf"^\s*(?P<lead>[\u4e00-\u9fff]{{1,8}}?(?:后|时限|时间|用时|周期)[为：:]?)?\s*(?P<cmp>{_PREFIX_RE})?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>个工作日|工作日|个自然日|自然日|小时|分钟|天|日|周|个月)\s*"
    r"(?P<suffix>以内|之内|内)?(?P<act>[\u4e00-\u9fff]{0,6})\s*$"
)
# A point in the year: 9月, 10月底, 10月31日, 12月中旬, 2023年9月 — followed by 前 in a target.
_TIME_RE = re.compile(
    r"^\s*(?:(?P<y>\d{4})\s*年)?\s*(?:(?P<m>\d{1,2})\s*月(?:份)?\s*(?:(?P<d>\d{1,2})\s*[日号]|(?P<end>底|末)"
    r"|(?P<xun>上旬|中旬|下旬))?|(?P<yend>年底|年末))\s*$"
)
# a third of a month, read at its latest day (下旬 runs to the month's end): a deadline met by then is met
_XUN_LAST_DAY = {"上旬": 10, "中旬": 20, "下旬": None}


_HALF_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "％": "%", "＋": "+",
                              "－": "-", "＞": ">", "＜": "<", "＝": "=", "\u3000": " "})


def _target_text(text: str) -> str:
    """Full-width digits and comparison signs to ASCII; the unit keeps its own characters (台（套）); a rate in
    words as its figure (万分之0.8 → 0.8‱, 百分之九十五 → 95%)."""
    text = text.translate(_HALF_WIDTH).replace(",", "").strip()
    return _RATE_WORDS.sub(_rate_figure, text) if "分之" in text else text


_RATE_WORDS = re.compile(r"(百|千|万)分之(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百]+)")


def _rate_figure(m: re.Match[str]) -> str:
    from .numbers import PER_WORDS, parse_chinese_numeral

    number = m[2] if m[2][0].isdigit() else str(parse_chinese_numeral(m[2])[0])
    return number + PER_WORDS[m[1] + "分之"]


class TimePoint(BaseModel):
    """A point in the year a deadline is written against: month, and day when given (None = end of month)."""

    model_config = ConfigDict(frozen=True)
    year: int | None = None
    month: int
    day: int | None = None

    def key(self, year: int | None = None, end: bool = True) -> tuple[int, int, int] | None:
        y = self.year or year
        if y is None:
            return None
        day = self.day if self.day is not None else (31 if end else 1)
        return (y, self.month, day)


def parse_time_point(text: str) -> TimePoint | None:
    """'10月31日' / '9月' / '10月底' / '2023年9月' / '年底' → TimePoint; anything else None."""
    m = _TIME_RE.match(_target_text(text))
    if m is None:
        return None
    if m["yend"]:
        return TimePoint(month=12, day=31)
    month = int(m["m"])
    day = int(m["d"]) if m["d"] else _XUN_LAST_DAY[m["xun"]] if m["xun"] else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return TimePoint(year=int(m["y"]) if m["y"] else None, month=month, day=day)


class Target(BaseModel):
    """A target or actual value as written on the form, parsed."""

    comparison: Comparison | None = None
    value: Decimal | None = None
    unit: str = ""
    deadline: TimePoint | None = None  # '9月前': met by any time up to the end of September

    @property
    def is_deadline(self) -> bool:
        return self.deadline is not None


# 平均8个工作日 / 累计1350人次: an actual's figure after a word that says how it was counted, not what it is
_ACTUAL_QUALIFIER = re.compile(r"^\s*(?:平均|累计|共计|合计)\s*(?=[0-9０-９])")


def parse_target(value: Any) -> Target | None:
    """'≥95%' → (≥, 95, '%'); '95%以上' → ≥; '2天以内' → (≤, 2, '天'); '9月前' → deadline September;
    '30个工作日内' → (≤, 30, '个工作日'); worded targets ('明显提升') → None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        return Target(value=Decimal(value))
    if isinstance(value, float):
        return Target(value=Decimal(repr(value)))
    text = _target_text(str(value))
    deadline = re.match(rf"^\s*(?:{_PREFIX_RE})?\s*(?P<time>.+?)\s*(?P<suffix>以前|之前|前)\s*$", text)
    if deadline and (point := parse_time_point(deadline["time"])) is not None:
        return Target(comparison=Comparison.le, deadline=point)
    limit = _TIME_LIMIT.match(text)
    if limit and (limit["lead"] or limit["act"]):
        cmp = _COMPARISON_WORDS[limit["cmp"]] if limit["cmp"] else None
        if cmp in (Comparison.le, Comparison.lt) or (cmp is None and limit["suffix"]):
            return Target(comparison=cmp or Comparison.le, value=Decimal(limit["num"]), unit=limit["unit"])
    m = _TARGET_RE.match(text)
    if not m:
        return None
    cmp = _COMPARISON_WORDS[m["cmp"]] if m["cmp"] else None
    if m["suffix"]:
        suffix_cmp = _SUFFIX_CMP[m["suffix"]]
        if cmp is not None and cmp is not suffix_cmp and cmp is not Comparison.le:
            return None  # '≥5天以内' contradicts itself: kept as text
        cmp = suffix_cmp
    unit = m["unit"]
    if unit and (re.search(r"[\d\s]", unit) or len(unit) > 8 or unit[0] in "-~—至到"):
        return None  # '3-5人', '100% 深化…': not one quantity
    return Target(comparison=cmp, value=Decimal(m["num"]), unit=unit)


def parse_quantity(value: Any) -> tuple[Comparison | None, Decimal, str] | None:
    """'≥95%' → (≥, 95, '%'); '1.29万家次' keeps 万 in the unit; returns None for plain words and deadlines."""
    parsed = parse_target(value)
    if parsed is None or parsed.value is None:
        return None
    return parsed.comparison, parsed.value, parsed.unit


# Durations a 时效 indicator is written in, converted to hours so '24小时以内' meets '1天'.
_DURATION_HOURS = {"分钟": Decimal(1) / 60, "小时": Decimal(1), "个小时": Decimal(1), "天": Decimal(24),
                   "日": Decimal(24), "周": Decimal(168), "个月": Decimal(720)}


def _comparable(target: Target, actual: Target) -> tuple[Decimal, Decimal] | None:
    """Both values in one unit, or None when the units cannot be compared."""
    tu, au = target.unit.strip(), actual.unit.strip()
    if not au or tu == au or tu.removeprefix("个") == au.removeprefix("个"):
        return target.value, actual.value
    if tu in _DURATION_HOURS and au in _DURATION_HOURS:
        return target.value * _DURATION_HOURS[tu], actual.value * _DURATION_HOURS[au]
    (tb, tf), (ab, af) = _scaled(tu), _scaled(au)
    if tb and tb == ab:  # ≥1.8万人 against 18640人, ≤1.5千克 against 1200克
        return target.value * tf, actual.value * af
    return None


_SCALE_PREFIX = {"千": Decimal(1_000), "万": Decimal(10_000), "亿": Decimal(100_000_000)}


def _scaled(unit: str) -> tuple[str, Decimal]:
    """A unit as its base unit and the factor its 千 / 万 / 亿 prefix stands for: 万人 → (人, 10000)."""
    if len(unit) > 1 and unit[0] in _SCALE_PREFIX:
        return unit[1:], _SCALE_PREFIX[unit[0]]
    return unit, Decimal(1)


def target_met(target: Target, actual: Any, year: int | None = None) -> bool | None:
    """Whether `actual` (as written: '8月', '1.5天', 236, '效果明显') meets `target`; None when it cannot be
    told (a worded value, units that do not convert, a time against a number)."""
    cmp = target.comparison or Comparison.ge
    if target.deadline is not None:
        done = parse_time_point(str(actual)) if isinstance(actual, str) else None
        if done is None:
            return None
        due = target.deadline
        y = year or due.year or done.year or 2000  # without any year both points lie in the report's year
        return done.key(done.year or y, end=True) <= due.key(due.year or y, end=True)
    got = parse_target(actual)
    if target.value is None or got is None or got.value is None or got.deadline is not None:
        return None
    pair = _comparable(target, got)
    if pair is None:
        return None
    t, a = pair
    return {Comparison.ge: a >= t, Comparison.le: a <= t, Comparison.eq: a == t,
            Comparison.gt: a > t, Comparison.lt: a < t}[cmp]


def _plain_text(value: str) -> str:
    """Full-width digits and separators as typed on a Chinese keyboard (３４７５．０９) → ASCII."""
    return unicodedata.normalize("NFKC", value).replace(",", "").replace("，", "").strip()


def _decimal(value: Any) -> Any:
    """A rate, score or count: accepts thousands separators, full-width digits and a trailing %."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        text = _plain_text(value).removesuffix("%").strip()
        try:
            return Decimal(text)
        except InvalidOperation:
            return value
    return value


MONEY_SCALE = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
_MONEY_RE = re.compile(r"([-+]?\d+(?:\.\d+)?)\s*(亿元|万元|元)?")


def _trim(d: Decimal) -> Decimal:
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _money(value: Any, info: ValidationInfo) -> Any:
    """An amount, converted to the form's money unit when written with another (34750900元 under 万元)."""
    if not isinstance(value, str):
        return _decimal(value)
    m = _MONEY_RE.fullmatch(_plain_text(value))
    if m is None:
        raise ValueError(f"“{value}”不是金额，应写成如 3475.09 或 3475.09万元 / must be an amount")
    number, written = Decimal(m[1]), m[2]
    unit = (info.context or {}).get("money_unit", "万元")
    if written and written != unit:
        number = _trim(number * MONEY_SCALE[written] / MONEY_SCALE[unit])
    return number


Amount = Decimal


SPENDING_KINDS = ("基本支出", "项目支出")


def breakdowns(lines: list[Any], name: Callable[[Any], str]) -> list[list[Any]]:
    """The 其中 rows as the splits of the total they belong to: a form often gives the total by source of funds
    (一般公共预算拨款, 其他资金) and again by kind of spending (基本支出, 项目支出); each split adds up on its own."""
    kinds = [line for line in lines if re.sub(r"^其中[：:]?", "", name(line)).startswith(SPENDING_KINDS)]
    sources = [line for line in lines if not any(line is k for k in kinds)]
    return [split for split in (sources, kinds) if split]


class BudgetLine(_Model):
    """A 其中 line (一般公共预算, 当年财政拨款, 上年结转资金 …) or any sub-row of the funds table."""

    name: str = Field(validation_alias=_aliases("name", "名称", "项目", "资金来源"))
    initial: Decimal | None = Field(None, ge=0, validation_alias=_aliases("initial", "年初预算", "年初预算数"))
    adjusted: Decimal | None = Field(
        None, ge=0, validation_alias=_aliases("adjusted", "调整预算", "全年预算", "全年预算数")
    )
    actual: Decimal | None = Field(
        None, ge=0, validation_alias=_aliases("actual", "实际支出", "实际支出数", "全年执行数", "执行数")
    )
    stated_rate: Decimal | None = Field(None, validation_alias=_aliases("stated_rate", "执行率", "预算完成率"))
    stated_balance: Decimal | None = Field(None, validation_alias=_aliases("stated_balance", "结余", "结余数"))
    score_weight: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score_weight", "分值"))
    score: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score", "得分"))
    note: str | None = Field(None, validation_alias=_aliases("note", "备注"),
                             description="the form's 备注 beside the line: why its money was cut, added or left")

    _coerce = field_validator("initial", "adjusted", "actual", "stated_balance", mode="before")(
        lambda cls, v, info: _money(v, info))
    _rates = field_validator("stated_rate", "score_weight", "score", mode="before")(lambda cls, v: _decimal(v))


class Budget(_Model):
    """部门资金情况 / 项目资金 — figures in `unit` (万元 unless stated)."""

    unit: Literal["万元", "元"] = Field("万元", validation_alias=_aliases("unit", "单位", "金额单位"))
    initial: Decimal | None = Field(
        None, ge=0, validation_alias=_aliases("initial", "年初预算", "年初预算数", "部门年初预算收入")
    )
    adjusted: Decimal | None = Field(
        None,
        ge=0,
        validation_alias=_aliases("adjusted", "调整预算", "全年预算", "全年预算数", "部门调整预算收入", "预算数"),
    )
    actual: Decimal | None = Field(
        None, ge=0, validation_alias=_aliases("actual", "实际支出", "实际支出数", "全年执行数", "执行数")
    )
    lines: list[BudgetLine] = Field(default_factory=list, validation_alias=_aliases("lines", "其中"))
    stated_completion_rate: Decimal | None = Field(
        None, validation_alias=_aliases("stated_completion_rate", "预算完成率", "执行率")
    )
    stated_adjustment_rate: Decimal | None = Field(
        None, validation_alias=_aliases("stated_adjustment_rate", "预算调整率")
    )
    stated_balance: Decimal | None = Field(None, validation_alias=_aliases("stated_balance", "结余", "结余数"))
    score_weight: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score_weight", "分值"))
    score: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score", "得分"))

    _amounts = field_validator("initial", "adjusted", "actual", "stated_balance", mode="before")(
        lambda cls, v, info: _money(v, info))
    _rates = field_validator("stated_completion_rate", "stated_adjustment_rate", "score_weight", "score",
                             mode="before")(lambda cls, v: _decimal(v))

    @model_validator(mode="after")
    def _execution_needs_budget(self) -> "Budget":
        if self.actual is not None and self.adjusted is None and self.initial is None:
            raise ValueError("填写了实际支出但没有年初预算或调整预算 / actual spending given without any budget")
        if self.actual and self.full_year == 0:
            raise ValueError("全年预算为0却有实际支出，无法计算预算完成率，请核对 / spending against a zero budget")
        return self

    @property
    def full_year(self) -> Decimal | None:
        """全年预算: the adjusted budget, or the initial one when no adjustment happened."""
        return self.adjusted if self.adjusted is not None else self.initial

    def lines_disagree(self) -> list[tuple[str, Decimal, Decimal, list[BudgetLine]]]:
        """(field, total, sum of 其中 rows, those rows) where the total row contradicts a split of it into 其中
        rows — a data error to report, never to correct: a total left at 0 while the rows hold the figures is one."""
        out = []
        for lines in breakdowns(self.lines, lambda line: line.name):
            for name in ("initial", "adjusted", "actual"):
                total = getattr(self, name)
                parts = [getattr(line, name) for line in lines]
                if total is not None and parts and all(p is not None for p in parts) \
                        and not sums_to(total, parts):
                    out.append((name, total, sum(parts), lines))
        return out


def sums_to(total: Decimal, parts: list[Decimal]) -> bool:
    """Whether 其中 rows add up to their total as printed: exactly, or within what rounding each printed figure from
    元 can part them by — half a unit of the last place for the total and for each row (78.66 + 22.37 = 101.03
    beside 101.04: 786,628 + 223,746 = 1,010,374 元). A total of 0 beside rows holding figures never sums."""
    gap = abs(sum(parts) - total)
    if not gap or not total:
        return not gap
    places = [x.as_tuple().exponent for x in (total, *parts) if x]  # (a row of 0 is exact: nothing was rounded)
    if not all(isinstance(e, int) and e < 0 for e in places):  # whole numbers: no rounding to allow for
        return False
    return gap <= sum(Decimal(5).scaleb(e - 1) for e in places)


_TARGET_KEYS = ("target", "目标值", "年度指标值", "指标值", "目标")
_ACTUAL_KEYS = ("actual", "实际值", "实际完成值", "指标完成情况", "完成值")
_COMPARISON_KEYS = ("comparison", "比较", "比较方式")
_LAST_YEAR_KEYS = ("last_year", "上年实际", "上年实际值", "上年实际完成值", "上年完成值", "上年完成情况")
_UNIT_KEYS = ("unit", "单位", "度量单位", "计量单位")
_DIRECTION_KEYS = ("direction", "方向", "指标方向", "指标性质")
_DIRECTION_WORDS = {"positive": "正向", "negative": "反向", "qualitative": "定性", "正向指标": "正向",
                    "反向指标": "反向", "定性指标": "定性", "定量": None, "定量指标": None}


class Indicator(_Model):
    """关键指标 / 三级指标: target (with its comparison) against the actual value.

    Targets are read as forms write them: ≥ ≧ ⩾ 以上 不低于 不少于 达到 (≥); ≤ ≦ ⩽ 以内 以下 不超过 不高于 控制在
    (≤); = ═ ＝ (=); ＞ ＜ (strict). Deadlines ('9月前', '12月31日前') are kept as written in `target_text`
    and compared as times ('8月' meets '9月前'); durations ('2天以内', '30个工作日内') are ≤ targets.
    """

    name: str = Field(validation_alias=_aliases("name", "指标", "指标名称", "关键指标", "三级指标"))
    level1: str | None = Field(None, validation_alias=_aliases("level1", "一级指标"))
    level2: str | None = Field(None, validation_alias=_aliases("level2", "二级指标"))
    target: Decimal | None = Field(None, validation_alias=_aliases(*_TARGET_KEYS))
    target_text: str | None = Field(
        None, validation_alias=_aliases("target_text", "目标说明"),
        description="the target as written when it is not a number (明显提升, 9月前 …)",
    )
    initial_target: str | None = Field(
        None, validation_alias=_aliases("initial_target", "年初目标值"),
        description="the target set at the start of the year, as written, when the form shows it beside 年度指标值",
    )
    comparison: Comparison = Field(
        Comparison.ge, validation_alias=_aliases(*_COMPARISON_KEYS),
        description="≥ ≤ = > <; also read from the target (≧95%, 95%以上, 2天以内, 9月前) or from 指标性质",
    )
    target_words: str | None = Field(
        None, description="the target as written when its comparison is a word, not a sign (2天以内, 300人以上, "
        "不少于12场): quoted so, never rewritten with a sign the form does not have")
    comparison_stated: bool = Field(
        False, description="whether the form writes the comparison (≥120场, 95%以上, a 比较 column, 指标性质 as ≥): "
        "a bare target (4部, 100%) is quoted bare, without a sign the form does not have",
    )
    actual: Decimal | None = Field(None, validation_alias=_aliases(*_ACTUAL_KEYS))
    actual_text: str | None = Field(
        None,
        validation_alias=_aliases("actual_text", "完成情况说明", "实际完成情况"),
        description="the actual value as written when it is not a number (达成预期, 效果明显, 8月 …)",
    )
    unit: str = Field("", validation_alias=_aliases(*_UNIT_KEYS))
    direction: Direction | None = Field(
        None, validation_alias=_aliases(*_DIRECTION_KEYS),
        description="指标性质: 正向 / 反向 / 定性, or the comparison symbol itself (≥ → 正向, ≤ → 反向)",
    )
    stated_completion_rate: Decimal | None = Field(
        None, validation_alias=_aliases("stated_completion_rate", "指标完成率"), description="% as filled in")
    last_year: Decimal | None = Field(
        None, validation_alias=_aliases("last_year", *_LAST_YEAR_KEYS[1:]),
        description="上年实际: last year's actual, where the form has the column and it is a figure in the row's unit")
    last_year_text: str | None = Field(
        None, description="上年实际 as written when it is no figure in the row's unit (10月15日, 良好)")
    score_weight: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score_weight", "分值"))
    score: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score", "得分", "自评得分"))
    deviation_note: str | None = Field(
        None, validation_alias=_aliases("deviation_note", "偏差原因", "偏差原因分析", "偏差原因分析及改进措施",
                                        "偏差原因及改进措施", "未完成原因", "未完成原因分析"),
        description="the form's reason for a shortfall (and often the plan after it), as written",
    )

    @model_validator(mode="before")
    @classmethod
    def _split_written_values(cls, data: Any) -> Any:
        """'≥95%' as target sets comparison and unit; a worded or time target stays text; a worded actual
        ('达成预期') or a time ('8月') moves to actual_text."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        has = lambda keys: any(k in data for k in keys)  # noqa: E731
        stated = has(_COMPARISON_KEYS)
        for key in _DIRECTION_KEYS:  # 指标性质 written as the symbol: it is the comparison
            if key in data and isinstance(data[key], str) and (cmp := _COMPARISON_WORDS.get(data[key].strip())):
                data.pop(key)
                stated = True
                if not has(_COMPARISON_KEYS):
                    data["comparison"] = cmp.value
                if cmp in (Comparison.ge, Comparison.gt):
                    data[key] = Direction.positive.value
                elif cmp in (Comparison.le, Comparison.lt):
                    data[key] = Direction.negative.value
        deadline = False
        for key in _TARGET_KEYS:
            if key in data and isinstance(data[key], str):
                parsed = parse_target(data[key])
                if parsed is None or parsed.value is None:  # worded (明显提升) or a deadline (9月前): as written
                    data.setdefault("target_text", data.pop(key))
                    deadline = parsed is not None
                    if deadline and not has(_COMPARISON_KEYS):
                        data["comparison"] = Comparison.le.value
                    continue
                if parsed.comparison is not None and not re.search(r"[≥≤≧≦⩾⩽=＝═＞＜<>]", data[key]):
                    data.setdefault("target_words", data[key].strip())  # 2天以内: the words, not a sign
                data[key] = parsed.value
                stated = stated or parsed.comparison is not None
                if parsed.comparison is not None and not has(_COMPARISON_KEYS):
                    data["comparison"] = parsed.comparison.value
                if parsed.unit and not has(_UNIT_KEYS):
                    data["unit"] = parsed.unit
        target = next((data[k] for k in _TARGET_KEYS if k in data), None)
        data.setdefault("comparison_stated", stated)
        direction = next((_DIRECTION_WORDS.get(str(data[k]).strip(), str(data[k]).strip())
                          for k in _DIRECTION_KEYS if k in data), None)
        if target is not None and not has(_COMPARISON_KEYS) and direction == Direction.negative.value:
            data["comparison"] = Comparison.le.value  # 反向 with a bare figure: no more than it
        if target is not None and not isinstance(target, str) and target == 0 and not has(_COMPARISON_KEYS):
            data["comparison"] = Comparison.le.value  # a bare 0 target (伤亡人数 0) means "no more than 0"
        for key in _ACTUAL_KEYS:
            if key in data and isinstance(data[key], str):
                parsed = parse_target(_ACTUAL_QUALIFIER.sub("", data[key]))
                unit = next((str(data[k]) for k in _UNIT_KEYS if k in data), None)
                other_unit = parsed is not None and bool(parsed.unit) and unit is not None and parsed.unit != unit
                if deadline or parsed is None or parsed.value is None or parsed.comparison is not None or other_unit:
                    data.setdefault("actual_text", data.pop(key))  # '36小时' against '≦3天' is compared as written
                else:
                    data[key] = parsed.value
                    if parsed.unit and not has(_UNIT_KEYS):
                        data["unit"] = parsed.unit
        for key in _LAST_YEAR_KEYS:  # last year's actual: a figure only in this year's unit (84.1% beside 82.6%)
            if key in data and not isinstance(data[key], (int, float, Decimal)):
                written = str(data.pop(key)).strip()
                parsed = parse_target(written) if written else None
                unit = next((str(data[k]) for k in _UNIT_KEYS if k in data), "")
                if parsed is not None and parsed.value is not None and parsed.comparison is None \
                        and (not parsed.unit or parsed.unit == unit) and not deadline:
                    data["last_year"] = parsed.value
                elif written:
                    data["last_year_text"] = written
        return data

    _coerce = field_validator("target", "actual", "score_weight", "score", "stated_completion_rate", "last_year",
                              mode="before")(lambda cls, v: _decimal(v))

    @field_validator("comparison", mode="before")
    @classmethod
    def _comparison_words(cls, v: Any) -> Any:
        return _COMPARISON_WORDS.get(str(v).strip(), v) if v is not None else v

    @field_validator("direction", mode="before")
    @classmethod
    def _direction_words(cls, v: Any) -> Any:
        return _DIRECTION_WORDS.get(str(v).strip(), v) if v is not None else v

    @property
    def deadline(self) -> TimePoint | None:
        """The date a time target ('9月前', '10月31日前') must be met by."""
        parsed = parse_target(self.target_text) if self.target_text else None
        return parsed.deadline if parsed is not None else None

    @property
    def qualitative(self) -> bool:
        return self.direction is Direction.qualitative or (self.target is None and self.deadline is None)

    @property
    def met(self) -> bool | None:
        """Whether the actual meets the target (a deadline met early does); None when it cannot be told."""
        if self.deadline is not None:
            return target_met(Target(comparison=Comparison.le, deadline=self.deadline), self.actual_text)
        actual = self.actual if self.actual is not None else self.actual_text
        if self.target is None or actual is None:
            return None
        target = Target(comparison=self.comparison, value=self.target, unit=self.unit)
        return target_met(target, actual)

    @property
    def effective_direction(self) -> Direction:
        if self.direction is not None:
            return self.direction
        return Direction.negative if self.comparison in (Comparison.le, Comparison.lt) else Direction.positive


class Task(_Model):
    """主要任务: one row of the form's task table."""

    id: str | None = Field(None, validation_alias=_aliases("id", "编号", "序号"))
    name: str = Field(validation_alias=_aliases("name", "任务", "主要任务", "任务名称"))
    goal: str = Field("", validation_alias=_aliases("goal", "预期目标"))
    completion: str | None = Field(None, validation_alias=_aliases("completion", "目标完成情况"))
    indicators: list[Indicator] = Field(
        default_factory=list, validation_alias=_aliases("indicators", "关键指标", "绩效指标")
    )
    amount: Decimal | None = Field(None, ge=0, validation_alias=_aliases("amount", "任务涉及金额", "金额"))
    spent: Decimal | None = Field(None, ge=0, validation_alias=_aliases("spent", "执行数", "任务执行数", "实际执行数"),
                                  description="what the task spent of its amount, where the form has a 执行数 column")
    keywords: list[str] = Field(
        default_factory=list,
        validation_alias=_aliases("keywords", "关键词"),
        description="words that tie an untagged work-log entry to this task",
    )

    _coerce = field_validator("amount", "spent", mode="before")(lambda cls, v, info: _money(v, info))


class KeyProject(_Model):
    """重点项目绩效情况."""

    name: str = Field(validation_alias=_aliases("name", "项目名称", "名称"))
    initial: Decimal | None = Field(None, ge=0, validation_alias=_aliases("initial", "年初预算数", "年初预算"))
    budget: Decimal | None = Field(
        None, ge=0, validation_alias=_aliases("budget", "全年预算数", "全年预算", "调整预算", "预算数")
    )
    actual: Decimal | None = Field(
        None, ge=0, validation_alias=_aliases("actual", "执行数", "全年执行数", "实际支出")
    )
    stated_rate: Decimal | None = Field(None, validation_alias=_aliases("stated_rate", "执行率"))
    score_weight: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score_weight", "分值"))
    score: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score", "得分"))
    narrative: str = Field("", validation_alias=_aliases("narrative", "绩效情况", "项目绩效目标完成情况"))
    task: str | None = Field(None, validation_alias=_aliases("task", "所属任务"))

    _coerce = field_validator("initial", "budget", "actual", mode="before")(lambda cls, v, info: _money(v, info))
    _rates = field_validator("stated_rate", "score_weight", "score", mode="before")(lambda cls, v: _decimal(v))

    @model_validator(mode="after")
    def _execution_needs_budget(self) -> "KeyProject":
        if self.actual is not None and self.budget is None and self.initial is None:
            raise ValueError("填写了执行数但没有全年预算数 / execution given without a budget")
        if self.actual and self.full_year == 0:
            raise ValueError("全年预算数为0却有执行数，无法计算执行率，请核对 / spending against a zero budget")
        return self

    @property
    def full_year(self) -> Decimal | None:
        return self.budget if self.budget is not None else self.initial


class WorkLog(_Model):
    """One entry of the year's work logs. `source` and `line` say where it was read."""

    text: str = Field(validation_alias=_aliases("text", "内容"))
    date: dt.date | None = Field(None, validation_alias=_aliases("date", "日期"))
    task: str | None = Field(None, validation_alias=_aliases("task", "任务"))
    source: str = ""
    line: int = 0
    until: dt.date | None = Field(None, description="the last day of an event the line dates by a span (6月1日至6月30日)")
    month: bool = Field(False, description="the line is dated by its month only (8月 …): `date` is that month's end")
    form: bool = Field(False, description="a text box of the form itself (实际完成情况, 偏差原因 …), written out by the "
                       "import as a log: the form's words, not a work log's")

    def when(self, year: int | None = None) -> str:
        """The line's date as a report writes it — 8月12日, 6月1日至6月30日, 8月 — with its year only when it is
        not the report's; empty for an undated line."""
        if self.date is None:
            return ""
        lead = f"{self.date.year}年" if year is None or self.date.year != year else ""
        if self.month:
            return f"{lead}{self.date.month}月"
        text = f"{lead}{self.date.month}月{self.date.day}日"
        if self.until is not None and self.until > self.date:
            later = f"{self.until.year}年" if self.until.year != self.date.year else ""
            text += f"至{later}{self.until.month}月{self.until.day}日"
        return text


class SpendingItem(_Model):
    """支出构成: a spending item the form gives with what it spent only (支出内容 | 全年执行数, no budget column) — how
    the year's spending splits, not a project measured against a budget."""

    name: str = Field(validation_alias=_aliases("name", "名称", "支出内容"))
    actual: Decimal = Field(ge=0, validation_alias=_aliases("actual", "全年执行数", "执行数"))

    _coerce = field_validator("actual", mode="before")(lambda cls, v, info: _money(v, info))


class ReportInput(_Model):
    """One unit, one year: everything a 绩效自评 is written from."""

    unit: str = Field(validation_alias=_aliases("unit", "部门名称", "单位名称", "项目名称"))
    year: int = Field(ge=1990, le=2100, validation_alias=_aliases("year", "被评价年度", "年度"))
    form: FormKind = Field(FormKind.department, validation_alias=_aliases("form", "表格类型", "类型"))
    department: str | None = Field(None, validation_alias=_aliases("department", "主管部门"))
    implementer: str | None = Field(None, validation_alias=_aliases("implementer", "实施单位"))
    budget: Budget = Field(validation_alias=_aliases("budget", "部门资金情况", "项目资金", "资金情况"))
    goals: list[str] = Field(default_factory=list, validation_alias=_aliases("goals", "年度目标", "年度总体目标"))
    tasks: list[Task] = Field(default_factory=list, validation_alias=_aliases("tasks", "主要任务", "任务"))
    key_projects: list[KeyProject] = Field(
        default_factory=list,
        # a project form's 支出明细 (its spending items, each with 全年预算数 and 全年执行数) is read as its key projects
        validation_alias=_aliases("key_projects", "重点项目", "重点项目绩效情况", "支出明细")
    )
    spending: list[SpendingItem] = Field(
        default_factory=list, validation_alias=_aliases("spending", "支出构成"),
        description="the year's spending by item, given without budgets (a project form's 支出明细 of 执行数 only)",
    )
    indicators: list[Indicator] = Field(
        default_factory=list, validation_alias=_aliases("indicators", "绩效指标"),
        description="a project form's 绩效指标 table; with no 主要任务 they become the project's one task",
    )
    total_score: Decimal | None = Field(None, ge=0, validation_alias=_aliases("total_score", "总分", "自评总分"))
    grade: str | None = Field(None, validation_alias=_aliases("grade", "自评等级", "等级"),
                              description="优 (≥90) / 良 (80–90) / 中 (60–80) / 差 (<60) as filled in")
    unit_kind: str | None = Field(
        None, validation_alias=_aliases("unit_kind", "单位类型"),
        description="school, hospital, town, village, library, bureau … (inferred from the unit's name when absent)",
    )
    stated_problems: list[str] = Field(
        default_factory=list,
        validation_alias=_aliases("stated_problems", "已填存在问题"),
        description="problems as the unit first wrote them, kept for comparison",
    )
    stated_measures: list[str] = Field(
        default_factory=list,
        validation_alias=_aliases("stated_measures", "已填改进措施"),
        description="improvement measures as the unit first wrote them, kept for comparison",
    )
    logs_path: str | None = Field(
        None,
        validation_alias=_aliases("logs_path", "work_logs", "工作日志"),
        description="folder of .txt/.md/.docx work logs, relative to the input file",
    )
    logs: list[WorkLog] = Field(default_factory=list)
    ledgers: list[Ledger] = Field(default_factory=list, description="台账 files beside the input (set by the loader)")
    source_path: str | None = Field(None, description="where this input was read from (set by the loader)")

    @field_validator("stated_problems", "stated_measures", mode="before")
    @classmethod
    def _one_text_is_a_list(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    _total = field_validator("total_score", mode="before")(lambda cls, v: _decimal(v))

    @model_validator(mode="after")
    def _project_indicators_are_its_task(self) -> "ReportInput":
        """A project form has no 主要任务: its 绩效指标 are the work of the project itself, one task. A department
        form in the finance bureaus' template lists its tasks (name, content, amounts) and its indicators in a
        table of their own: the indicators are then the unit's own, a task beside the listed ones."""
        if self.indicators and any(t.indicators for t in self.tasks):
            raise ValueError("绩效指标 已写在 主要任务 之下，顶层不能再写 / 绩效指标 given both at the top and under tasks")
        if self.indicators:
            task = Task(name=self.unit, goal="；".join(self.goals), indicators=self.indicators)
            object.__setattr__(self, "tasks", [*self.tasks, task])
            object.__setattr__(self, "indicators", [])
        return self

    @field_validator("year", mode="before")
    @classmethod
    def _year_words(cls, v: Any) -> Any:
        if isinstance(v, str):
            m = re.match(r"^\s*(\d{4})\s*(?:年度?)?\s*$", _plain_text(v))
            if m:
                return int(m[1])
        return v

    def is_unit_task(self, task: Task) -> bool:
        """The task named for the unit: its own indicators (a project form's, or a department template's indicator
        table beside the listed tasks), made by the validator above."""
        return task.name == self.unit

    def task_by_ref(self, ref: str | None) -> Task | None:
        """A log or project names its task by id ('任务1') or by name."""
        if not ref:
            return None
        for t in self.tasks:
            if ref in (t.id, t.name):
                return t
        return None


def input_json_schema() -> dict[str, Any]:
    """The JSON Schema of the input file, each field listing the Chinese labels it accepts (`x-labels`).

    The loader's own fields (logs read from the folder, the file's path) are not part of what a user writes.
    """
    schema = ReportInput.model_json_schema(by_alias=False)
    models = {m.__name__: m for m in (ReportInput, Budget, BudgetLine, Task, Indicator, KeyProject)}
    for name, model in models.items():
        node = schema if name == "ReportInput" else schema.get("$defs", {}).get(name)
        if node is None:
            continue
        for field, info in model.model_fields.items():
            alias = info.validation_alias
            labels = [c for c in alias.choices if isinstance(c, str) and c != field] if isinstance(alias, AliasChoices) else []
            if labels and field in node.get("properties", {}):
                node["properties"][field]["x-labels"] = labels
    for internal in ("logs", "source_path"):
        schema["properties"].pop(internal, None)
    schema.get("$defs", {}).pop("WorkLog", None)
    return schema
