"""Limits as data: how big an input may be before drafter refuses it, and the variable that raises each.

A self-evaluation form, its work logs and its report are at most a few MB; every limit sits well above
real documents and well below what would take minutes or gigabytes. Each refusal is one line naming the
file, the limit and the environment variable (see the README, "限额 / Limits").
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .errors import InputError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limit:
    name: str
    default: Decimal
    unit: str  # "MB", "字", "层", "个", "位", "年"
    env: str
    what: str  # Chinese, as shown in the message

    @property
    def value(self) -> Decimal:
        """The limit in force: the environment variable when set to a positive number, else the default."""
        raw = os.environ.get(self.env, "").strip()
        if raw:
            try:
                v = Decimal(raw)
            except InvalidOperation:
                v = Decimal(0)
            if v.is_finite() and v > 0:
                return v
        return self.default

    @property
    def amount(self) -> int:
        """The limit in bytes for MB limits, else as a whole count."""
        return int(self.value * MB) if self.unit == "MB" else int(self.value)

    def shown(self) -> str:
        return f"{self.value.normalize():f} {self.unit}" if self.unit == "MB" else f"{self.value.normalize():f} {self.unit}"

    def error(self, path: object, found: str = "", where: str | None = None) -> InputError:
        seen = f"（{found}）" if found else ""
        return InputError(path, f"{self.what}{seen}超过上限 {self.shown()}；如确需处理，请设置环境变量 {self.env} 提高上限"
                                f" / exceeds the limit of {self.shown()}, raise it with {self.env}", where=where)


def _limit(name: str, default: str, unit: str, env: str, what: str) -> Limit:
    return Limit(name, Decimal(default), unit, env, what)


LIMITS: dict[str, Limit] = {lim.name: lim for lim in (
    _limit("input", "5", "MB", "DRAFTER_MAX_INPUT_MB", "输入文件大小"),
    _limit("log_line", "20000", "字", "DRAFTER_MAX_LINE_CHARS", "单行长度"),
    _limit("logs_total", "20", "MB", "DRAFTER_MAX_LOGS_MB", "工作日志总大小"),
    _limit("log_files", "5000", "个", "DRAFTER_MAX_LOG_FILES", "目录中的文件数"),
    _limit("report", "10", "MB", "DRAFTER_MAX_REPORT_MB", "报告文件大小"),
    _limit("text", "20", "MB", "DRAFTER_MAX_TEXT_MB", "待核验文本大小"),
    _limit("source", "20", "MB", "DRAFTER_MAX_SOURCE_MB", "来源文件大小"),
    _limit("config", "1", "MB", "DRAFTER_MAX_CONFIG_MB", "配置文件大小"),
    _limit("form", "20", "MB", "DRAFTER_MAX_FORM_MB", "自评表文件大小"),
    _limit("form_cells", "200000", "个", "DRAFTER_MAX_FORM_CELLS", "工作表的单元格数（行数×列数）"),
    _limit("digits", "30", "位", "DRAFTER_MAX_DIGITS", "数字位数"),
    _limit("depth", "50", "层", "DRAFTER_MAX_DEPTH", "嵌套层数"),
    _limit("yaml_aliases", "20", "个", "DRAFTER_MAX_YAML_ALIASES", "YAML 别名（*引用）数"),
    _limit("range_span", "200", "项", "DRAFTER_MAX_RANGE_SPAN", "数字范围跨度"),
    _limit("part", "50", "MB", "DRAFTER_MAX_PART_MB", "解压后的大小"),
    _limit("variants", "200", "个", "DRAFTER_MAX_VARIANTS", "评测变体数"),
    # A real 1 MB report states about 11,000 figures; 10 MB of generated prose at twice that density, 211,000.
    _limit("figures", "250000", "个", "DRAFTER_MAX_FIGURES", "待核验文本中的数字个数"),
    # A form and a year of work logs hold a few thousand; 1 MB of dense generated sources, 19,000.
    _limit("source_figures", "100000", "个", "DRAFTER_MAX_SOURCE_FIGURES", "全部来源中的数字个数（合计）"),
)}


def limit(name: str) -> Limit:
    return LIMITS[name]


# Amounts and values at load: a budget of 10^15 万元 is not a typo drafter should carry into prose.
MAX_MAGNITUDE = Decimal(10) ** 15
MAX_DECIMALS = 6


def number_problem(value: Decimal) -> str | None:
    """Why a loaded number is out of range, or None: |x| ≥ 10¹⁵ or more than 6 decimals."""
    if not value.is_finite():
        return "应为有限数值 / must be a finite number"
    if abs(value) >= MAX_MAGNITUDE:
        return f"数值 {_short(value)} 超出范围（绝对值须小于 10¹⁵）/ out of range: |x| must be below 10^15"
    exp = value.normalize().as_tuple().exponent
    if isinstance(exp, int) and exp < -MAX_DECIMALS:
        return f"数值 {_short(value)} 的小数超过 {MAX_DECIMALS} 位 / more than {MAX_DECIMALS} decimals"
    return None


def _short(value: Decimal) -> str:
    text = str(value)
    return text if len(text) <= 24 else f"{text[:12]}…（{len(text)} 位）"
