"""A cause the sources state beside a spending item — a line of the form's 偏差原因 paragraph or of a work log that
names the item and says why ('遥感解译模型开发因外包单位10月才交付首版模型…') — is that item's cause: it is given
with the item's low execution, never with a missed indicator it does not name, nor as a problem of its own."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.forms import import_form
from drafter.pipeline import draft

SURVEY = {  # 自然资源调查监测院 · 项目: one indicator short, one spending item lagging
    "项目名称": "2025年度自然资源动态监测项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "澄江市自然资源和规划局",
    "实施单位": "澄江市自然资源调查监测院",
    "项目资金": {"单位": "万元", "年初预算数": 200, "全年预算数": 200, "全年执行数": 186.4},
    "支出明细": [
        {"名称": "图斑外业核查", "全年预算数": "120.00", "全年执行数": "118.20"},
        {"名称": "遥感解译模型开发", "全年预算数": "80.00", "全年执行数": "68.20"},
    ],
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "核查疑似变化图斑", "年度指标值": "≥2000个",
         "实际完成值": "2205个", "分值": 40, "得分": 40},
        {"一级指标": "产出指标", "二级指标": "质量指标", "三级指标": "图斑核查完成率", "年度指标值": "≥95%",
         "实际完成值": "90.5%", "分值": 30, "得分": 26},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度指标", "三级指标": "用图单位满意度", "年度指标值": "≥90%",
         "实际完成值": "94%", "分值": 20, "得分": 20},
    ],
}
LOG = ("2025年工作记录\n2025-10-20 遥感解译模型开发因外包单位10月才交付首版模型，部分合同尾款未到支付节点。\n"
       "2025-11-05 山区林下图斑因卫星影像云量过大，改由无人机补飞核查。\n")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(SURVEY, allow_unicode=True), encoding="utf-8")
    (folder / "worklogs").mkdir()
    (folder / "worklogs" / "2025年工作记录.txt").write_text(LOG, encoding="utf-8")
    return folder


def test_a_log_line_naming_a_lagging_item_is_given_with_that_item(tmp_path):
    result = draft(_folder(tmp_path))
    problems = [p.text for s in result.sections if s.name == "存在问题" for p in s.paragraphs]
    item = next(p for p in problems if "遥感解译模型开发全年预算数" in p)
    assert "外包单位10月才交付首版模型" in item
    assert not [p for p in problems if "工作中反映" in p and "遥感解译模型开发" in p]
    assert not [m for m in result.check.mentions if m.status == "unsupported"]


def test_a_log_line_naming_no_item_is_not_given_to_one(tmp_path):
    """The negative: the cloud-cover line names no spending item and stays off the item's problem."""
    result = draft(_folder(tmp_path))
    item = next(p.text for s in result.sections if s.name == "存在问题" for p in s.paragraphs
                if "遥感解译模型开发全年预算数" in p.text)
    assert "云量" not in item


MD_FORM = "\n".join([
    "# 项目支出绩效自评表（2025年度）", "",
    "| 项目名称 | 2025年度自然资源动态监测项目 |", "| --- | --- |",
    "| 实施单位 | 澄江市自然资源调查监测院 |", "",
    "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |", "| --- | --- | --- | --- | --- |",
    "| 年度资金总额 | 200.00 | 200.00 | 186.40 | 93.20% |", "",
    "| 支出明细 | 全年预算数 | 全年执行数 |", "| --- | --- | --- |",
    "| 图斑外业核查 | 120.00 | 118.20 |", "| 遥感解译模型开发 | 80.00 | 68.20 |", "| 合计 | 200.00 | 186.40 |", "",
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    "| 产出指标 | 数量指标 | 核查疑似变化图斑 | ≥2000个 | 2205个 | 40 | 40 |",
    "| 产出指标 | 质量指标 | 图斑核查完成率 | ≥95% | 90.5% | 30 | 26 |", "",
    "偏差原因：图斑核查完成率未达标，山区林下图斑因卫星影像云量过大需无人机补飞后才能核查；"
    "遥感解译模型开发因外包单位10月才交付首版模型，部分合同尾款未到支付节点。",
]) + "\n"


def test_a_form_cause_clause_naming_an_item_is_not_the_missed_indicators(tmp_path):
    """The import keeps the form's cell as written; the draft gives the missed indicator only its own clause."""
    path = tmp_path / "项目支出绩效自评表.md"
    path.write_text(MD_FORM, encoding="utf-8")
    inds = {x["三级指标"]: x for x in import_form(path).input["绩效指标"]}
    assert "遥感解译模型开发" in inds["图斑核查完成率"]["偏差原因分析及改进措施"]  # as written
    folder = tmp_path / "监测院"
    folder.mkdir()
    path.rename(folder / path.name)
    problems = [p.text for s in draft(folder).sections if s.name == "存在问题" for p in s.paragraphs]
    missed = next(p for p in problems if "图斑核查完成率" in p and "年度目标" in p)
    assert "云量过大" in missed and "外包单位" not in missed


def test_a_form_cause_clause_naming_an_item_is_given_with_the_item(tmp_path):
    folder = tmp_path / "监测院"
    folder.mkdir()
    (folder / "项目支出绩效自评表.md").write_text(MD_FORM, encoding="utf-8")
    result = draft(folder)
    problems = [p.text for s in result.sections if s.name == "存在问题" for p in s.paragraphs]
    item = next(p for p in problems if "遥感解译模型开发全年预算数" in p)
    assert "外包单位10月才交付首版模型" in item
