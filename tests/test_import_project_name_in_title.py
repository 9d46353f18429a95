"""A project form pasted without its 项目名称 row but titled with the project (“2025年度林区广播电视信号覆盖运维项目
支出绩效自评表”) is that project's form: the title names it, as the official form's title line does once a unit has
filled it in. A title naming no project (“2025年度项目支出绩效自评表”) still gets the one clear line: the form names
no project, exit 2, nothing written.

A unit of our own: 呼伦贝尔市林区广播电视转播站 (a Markdown paste of its form)."""

from __future__ import annotations

from pathlib import Path

from drafter.forms import import_form
from drafter.testing.cli import run_drafter

BODY = """
主管部门：呼伦贝尔市文化广电和旅游局　　实施单位：呼伦贝尔市林区广播电视转播站

| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 年度资金总额 | 268.00 | 291.50 | 279.84 | 10 | 96.00% | 9.60 |

年度总体目标：完成28座转播台站设备运维，全年安全播出率不低于99.8%。

实际完成情况：28座台站全部纳入运维，安全播出率99.93%。

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 运维台站数量 | 28座 | 28座 | 45 | 45 |
| 产出指标 | 质量指标 | 安全播出率 | ≥99.8% | 99.93% | 45 | 45 |
| 总分 | | | | | 100 | 99.60 |
"""


def write(folder: Path, title: str) -> Path:
    path = folder / "项目支出绩效自评表.md"
    path.write_text(f"# {title}\n{BODY}", encoding="utf-8")
    return path


def test_a_title_naming_the_project_names_the_form_s_project(tmp_path):
    got = import_form(write(tmp_path, "2025年度林区广播电视信号覆盖运维项目支出绩效自评表")).input
    assert got["项目名称"] == "林区广播电视信号覆盖运维项目"
    assert got["被评价年度"] == 2025


def test_a_title_naming_no_project_is_still_refused_in_one_line(tmp_path):
    folder = tmp_path / "转播站"
    folder.mkdir()
    write(folder, "2025年度项目支出绩效自评表")
    result = run_drafter("draft", str(folder), "-o", str(tmp_path / "out.md"), home=tmp_path)
    assert result.returncode == 2
    assert "项目名称" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.md").exists()
