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
from typing import Any, Literal

from pydantic import (AliasChoices, BaseModel, ConfigDict, Field, ValidationInfo, field_validator,
                      model_validator)


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


class Direction(str, Enum):
    positive = "正向"
    negative = "反向"


_COMPARISON_WORDS = {
    "≥": Comparison.ge, ">=": Comparison.ge, "＞＝": Comparison.ge, "不低于": Comparison.ge,
    "不少于": Comparison.ge, "大于等于": Comparison.ge, ">": Comparison.ge, "＞": Comparison.ge,
    "≤": Comparison.le, "<=": Comparison.le, "＜＝": Comparison.le, "不高于": Comparison.le,
    "不超过": Comparison.le, "不多于": Comparison.le, "小于等于": Comparison.le, "<": Comparison.le,
    "＜": Comparison.le, "=": Comparison.eq, "＝": Comparison.eq, "等于": Comparison.eq,
}
_TARGET_RE = re.compile(
    r"^\s*(?P<cmp>≥|>=|＞＝|不低于|不少于|大于等于|>|＞|≤|<=|＜＝|不高于|不超过|不多于|小于等于|<|＜|=|＝|等于)?\s*"
    r"(?P<num>[-+]?\d+(?:\.\d+)?)\s*(?P<unit>.*?)\s*$"
)


def parse_quantity(value: Any) -> tuple[Comparison | None, Decimal, str] | None:
    """'≥95%' → (≥, 95, '%'); '1.29万家次' keeps 万 in the unit; returns None for plain words."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        return None, Decimal(value), ""
    if isinstance(value, float):
        return None, Decimal(repr(value)), ""
    m = _TARGET_RE.match(str(value).replace(",", ""))
    if not m:
        return None
    cmp = _COMPARISON_WORDS[m["cmp"]] if m["cmp"] else None
    return cmp, Decimal(m["num"]), m["unit"]


_TIME_TEXT = re.compile(r"^\s*(?:≤|<=|＜＝)?\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?\s*$"
                        r"|^\s*\d+(?:\.\d+)?\s*(?:个)?(?:工作日|天|日|小时|周|个月|年)\s*(?:以内|之内|内)\s*$")


def is_time_text(value: str) -> bool:
    """A date or a deadline as written on the form: '9月前', '12月31日前', '11月28日', '2天以内'."""
    return bool(_TIME_TEXT.match(unicodedata.normalize("NFKC", value)))


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

    _coerce = field_validator("initial", "adjusted", "actual", mode="before")(lambda cls, v, info: _money(v, info))


class Budget(_Model):
    """部门资金情况 / 项目资金 — figures in `unit` (万元 unless stated)."""

    unit: Literal["万元", "元"] = Field("万元", validation_alias=_aliases("unit", "单位", "金额单位"))
    initial: Decimal | None = Field(
        None, ge=0, validation_alias=_aliases("initial", "年初预算", "年初预算数", "部门年初预算收入")
    )
    adjusted: Decimal | None = Field(
        None,
        ge=0,
        validation_alias=_aliases("adjusted", "调整预算", "全年预算", "全年预算数", "部门调整预算收入"),
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
    score_weight: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score_weight", "分值"))
    score: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score", "得分"))

    _amounts = field_validator("initial", "adjusted", "actual", mode="before")(lambda cls, v, info: _money(v, info))
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


class Indicator(_Model):
    """关键指标 / 三级指标: target (with its comparison) against the actual value."""

    name: str = Field(validation_alias=_aliases("name", "指标", "指标名称", "关键指标", "三级指标"))
    level1: str | None = Field(None, validation_alias=_aliases("level1", "一级指标"))
    level2: str | None = Field(None, validation_alias=_aliases("level2", "二级指标"))
    target: Decimal | None = Field(
        None, validation_alias=_aliases("target", "目标值", "年度指标值", "指标值", "目标")
    )
    target_text: str | None = Field(
        None, validation_alias=_aliases("target_text", "目标说明"),
        description="the target as written when it is not a number (明显提升, 达到省级标准 …)",
    )
    comparison: Comparison = Field(Comparison.ge, validation_alias=_aliases("comparison", "比较", "比较方式"))
    actual: Decimal | None = Field(
        None, validation_alias=_aliases("actual", "实际值", "实际完成值", "指标完成情况", "完成值")
    )
    actual_text: str | None = Field(
        None,
        validation_alias=_aliases("actual_text", "完成情况说明", "实际完成情况"),
        description="the actual value as written when it is not a number (达成预期, 效果明显 …)",
    )
    unit: str = Field("", validation_alias=_aliases("unit", "单位", "度量单位", "计量单位"))
    direction: Direction | None = Field(None, validation_alias=_aliases("direction", "方向", "指标方向", "指标性质"))
    score_weight: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score_weight", "分值"))
    score: Decimal | None = Field(None, ge=0, validation_alias=_aliases("score", "得分"))
    deviation_note: str | None = Field(
        None, validation_alias=_aliases("deviation_note", "偏差原因", "偏差原因分析及改进措施")
    )

    @model_validator(mode="before")
    @classmethod
    def _split_written_values(cls, data: Any) -> Any:
        """'≥95%' as target sets comparison and unit; a worded actual ('达成预期') moves to actual_text."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for key in ("target", "目标值", "年度指标值", "指标值", "目标"):
            if key in data and isinstance(data[key], str) and is_time_text(data[key]):
                data.setdefault("target_text", data.pop(key))  # "9月前", "2天以内": compared as times
                continue
            if key in data and isinstance(data[key], str):
                parsed = parse_quantity(data[key])
                if parsed is None:  # a worded target (明显提升, 达到省级标准) is kept as written
                    data.setdefault("target_text", data.pop(key))
                    continue
                cmp, num, unit = parsed
                data[key] = num
                if cmp is not None and not any(k in data for k in ("comparison", "比较", "比较方式")):
                    data["comparison"] = cmp.value
                if unit and not any(k in data for k in ("unit", "单位", "度量单位", "计量单位")):
                    data["unit"] = unit
        target = next((data[k] for k in ("target", "目标值", "年度指标值", "指标值", "目标") if k in data), None)
        if target is not None and not isinstance(target, str) and target == 0 and not any(
                k in data for k in ("comparison", "比较", "比较方式")):
            data["comparison"] = Comparison.le.value  # a bare 0 target (伤亡人数 0) means "no more than 0"
        for key in ("actual", "实际值", "实际完成值", "指标完成情况", "完成值"):
            if key in data and isinstance(data[key], str) and is_time_text(data[key]):
                data.setdefault("actual_text", data.pop(key))
                continue
            if key in data and isinstance(data[key], str):
                parsed = parse_quantity(data[key])
                if parsed is None or parsed[0] is not None:
                    data.setdefault("actual_text", data.pop(key))
                else:
                    data[key] = parsed[1]
                    if parsed[2] and not any(k in data for k in ("unit", "单位", "度量单位", "计量单位")):
                        data["unit"] = parsed[2]
        return data

    _coerce = field_validator("target", "actual", "score_weight", "score", mode="before")(
        lambda cls, v: _decimal(v)
    )

    @field_validator("comparison", mode="before")
    @classmethod
    def _comparison_words(cls, v: Any) -> Any:
        return _COMPARISON_WORDS.get(str(v).strip(), v) if v is not None else v

    @field_validator("direction", mode="before")
    @classmethod
    def _direction_words(cls, v: Any) -> Any:
        words = {"positive": "正向", "negative": "反向", "正向指标": "正向", "反向指标": "反向"}
        return words.get(str(v).strip(), v) if v is not None else v

    @property
    def effective_direction(self) -> Direction:
        if self.direction is not None:
            return self.direction
        return Direction.negative if self.comparison is Comparison.le else Direction.positive


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
    keywords: list[str] = Field(
        default_factory=list,
        validation_alias=_aliases("keywords", "关键词"),
        description="words that tie an untagged work-log entry to this task",
    )

    _coerce = field_validator("amount", mode="before")(lambda cls, v, info: _money(v, info))


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
    narrative: str = Field("", validation_alias=_aliases("narrative", "绩效情况", "项目绩效目标完成情况"))
    task: str | None = Field(None, validation_alias=_aliases("task", "所属任务"))

    _coerce = field_validator("initial", "budget", "actual", mode="before")(lambda cls, v, info: _money(v, info))

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
        default_factory=list, validation_alias=_aliases("key_projects", "重点项目", "重点项目绩效情况")
    )
    stated_problems: list[str] = Field(
        default_factory=list,
        validation_alias=_aliases("stated_problems", "已填存在问题"),
        description="problems as the unit first wrote them, kept for comparison",
    )
    stated_measures: list[str] = Field(
        default_factory=list, validation_alias=_aliases("stated_measures", "已填改进措施"),
        description="measures as the unit first wrote them",
    )
    total_score: Decimal | None = Field(None, ge=0, validation_alias=_aliases("total_score", "总分", "自评总分"))
    grade: str | None = Field(None, validation_alias=_aliases("grade", "自评等级", "评价等级"))
    unit_kind: str | None = Field(
        None, validation_alias=_aliases("unit_kind", "单位类型"),
        description="school, hospital, town, village, library, bureau … (inferred from the unit's name when absent)",
    )
    logs_path: str | None = Field(
        None,
        validation_alias=_aliases("logs_path", "work_logs", "工作日志"),
        description="folder of .txt/.md/.docx work logs, relative to the input file",
    )
    logs: list[WorkLog] = Field(default_factory=list)
    source_path: str | None = Field(None, description="where this input was read from (set by the loader)")

    _total = field_validator("total_score", mode="before")(lambda cls, v: _decimal(v))

    @field_validator("year", mode="before")
    @classmethod
    def _year_words(cls, v: Any) -> Any:
        if isinstance(v, str):
            m = re.match(r"^\s*(\d{4})\s*(?:年度?)?\s*$", _plain_text(v))
            if m:
                return int(m[1])
        return v

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
