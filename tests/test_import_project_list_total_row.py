"""A department's 项目支出明细 closed by a 合计 row whose 序号 cell is empty: the 合计 is the list's total, never a
project of its own (the draft said "重点项目“合计”：全年预算数…"). A project named with 合计 inside its name (…合计划…) is
no total. A winter-sports centre's Markdown department form (冰雪运动中心)."""

from __future__ import annotations

from drafter.forms import import_form

FORM = """# 部门整体支出绩效自评表（2025年度）

部门（单位）名称：河池市冰雪运动中心　　主管部门：河池市体育局

### 表1　年度预算执行情况（金额单位：万元）

| 序号 | 资金项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 结余 |
|---|---|---:|---:|---:|---:|---:|
| 1 | 年度资金总额 | 210.00 | 210.00 | 204.30 | 97.29% | 5.70 |

### 表2　项目支出明细（金额单位：万元）

| 序号 | 项目名称 | 全年预算数 | 全年执行数 |
|---|---|---:|---:|
| 1 | 群众冰雪运动推广 | 64.00 | 62.10 |
| 2 | 青少年冰雪冬训营 | 46.00 | 44.20 |
|  | 合计 | 110.00 | 106.30 |

### 表3　年度总体目标

全年举办冰雪赛事12场以上，培训青少年300人以上。

### 表4　绩效指标完成情况

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---:|---:|
| 产出指标 | 数量指标 | 举办冰雪赛事 | ≥12场 | 14场 | 50 | 50 |
|  |  | 冬训营培训青少年 | ≥300人 | 326人 | 50 | 50 |
"""


def _projects(tmp_path, text=FORM):
    path = tmp_path / "部门整体支出绩效自评表.md"
    path.write_text(text, encoding="utf-8")
    return [p["项目名称"] for p in import_form(path).input.get("重点项目", [])]


def test_the_lists_total_row_is_no_project(tmp_path):
    assert _projects(tmp_path) == ["群众冰雪运动推广", "青少年冰雪冬训营"]


def test_a_project_with_the_word_in_its_name_stays(tmp_path):
    text = FORM.replace("青少年冰雪冬训营", "冰雪运动场地联合计划")
    assert _projects(tmp_path, text) == ["群众冰雪运动推广", "冰雪运动场地联合计划"]
