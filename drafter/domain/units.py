"""What kind of unit a form belongs to — a school has no 科室 to rank, a village no 部门指标体系 to revise.

Read from 单位类型 when the input states it, else from the names on the form: the implementing unit first
(a project's name says little about who carries it out), then the unit or project name, then the
supervising department.
"""

from __future__ import annotations

import re

from ..schema import FormKind, ReportInput

UNIT_KINDS = ("school", "hospital", "town", "village", "culture", "bureau")

# Checked in order: 村 before 镇 (青石村村民委员会 is under a 镇), 医院/学校 before the generic 局/中心.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("village", re.compile(r"村民委员会|村委会|村级|居民委员会|[^乡镇]{1,6}村(?:党群|$)")),
    # (科学院 — 社会科学院, 农业科学院 — is an academy of research, no school: no 学期, 寒暑假 or 总务部门)
    ("school", re.compile(r"学校|小学|中学|幼儿园|(?<!科)学院|大学|职业技术|教学点|学生")),
    # 环境卫生服务中心 is street cleaning, not health care.
    ("hospital", re.compile(r"医院|卫生院|(?<!环境)卫生服务中心|保健院|疾病预防控制|疾控|急救中心|诊所")),
    ("culture", re.compile(r"图书馆|文化馆|博物馆|档案馆|美术馆|纪念馆|文化站|科技馆")),
    ("town", re.compile(r"镇人民政府|乡人民政府|镇政府|乡政府|街道办事处|街道$|[^区县市]{1,6}镇$")),
)

_WORDS = {
    "school": "学校", "hospital": "医院", "town": "镇", "village": "村", "culture": "馆", "bureau": "单位",
}
_ALIASES = {
    "学校": "school", "小学": "school", "中学": "school", "医院": "hospital", "卫生院": "hospital",
    "镇": "town", "乡镇": "town", "街道": "town", "村": "village", "村级": "village", "图书馆": "culture",
    "档案馆": "culture", "文化馆": "culture", "博物馆": "culture", "library": "culture", "archives": "culture",
    "局": "bureau", "机关": "bureau", "行政单位": "bureau", "部门": "bureau", "water": "bureau",
}


def classify(name: str) -> str | None:
    for kind, pattern in _PATTERNS:
        if pattern.search(name):
            return kind
    return None


def unit_kind(report: ReportInput) -> str:
    """school, hospital, town, village, culture or bureau (the default: an administrative department)."""
    stated = (report.unit_kind or "").strip()
    if stated:
        return stated if stated in UNIT_KINDS else _ALIASES.get(stated, "bureau")
    names = [report.implementer, report.unit] if report.form is FormKind.project else [report.unit, report.implementer]
    for name in [*names, report.department]:
        if name and (kind := classify(name)):
            return kind
    return "bureau"


def unit_word(kind: str) -> str:
    """How a measure refers to the unit itself: 学校, 医院, 镇 …"""
    return _WORDS.get(kind, "单位")
