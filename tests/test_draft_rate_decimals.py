"""A rate the draft computes keeps the two decimals it is computed to: 115.32 of 124.00 is 执行率93.00%, written
beside 97.14% and 84.80% as the form's own rates are, never '93%' (a reviewer reads a dropped .00 as a rate
rounded by hand). A full 100% and a rate the form writes bare (达标率98%) stay as they are."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml

from drafter.facts import Fact, figure_text
from drafter.pipeline import draft

SURVEY_INSTITUTE = {  # 自然资源调查监测院 · 项目, spending items whose rates fall on whole percents
    "项目名称": "2025年度耕地资源质量分类监测项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "澄江市自然资源和规划局",
    "实施单位": "澄江市自然资源调查监测院",
    "项目资金": {"单位": "万元", "年初预算数": 260, "全年预算数": 260, "全年执行数": 246.52},
    "支出明细": [
        {"名称": "外业调查与样点采集", "全年预算数": "124.00", "全年执行数": "115.32"},
        {"名称": "遥感影像购置", "全年预算数": "76.00", "全年执行数": "74.48"},
        {"名称": "成果质检与汇交", "全年预算数": "35.00", "全年执行数": "34.00"},
        {"名称": "监测数据库更新", "全年预算数": "25.00", "全年执行数": "22.72"},
    ],
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "采集监测样点", "年度指标值": "≥1200个",
         "实际完成值": "1268个", "分值": 40, "得分": 40},
        {"一级指标": "产出指标", "二级指标": "质量指标", "三级指标": "样点数据质检达标率", "年度指标值": "≥95%",
         "实际完成值": "98%", "分值": 30, "得分": 30},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度指标", "三级指标": "用图单位满意度", "年度指标值": "≥90%",
         "实际完成值": "93.5%", "分值": 20, "得分": 20},
    ],
}


def test_a_computed_spending_rate_keeps_the_decimals_it_is_computed_to():
    assert Fact(id="F1", label="执行率", value=Decimal("93.00"), unit="%",
                path="derived.key_projects[0].execution_rate").text == "93.00%"
    assert Fact(id="F2", label="预算完成率", value=Decimal("90.00"), unit="%", path="derived.completion_rate").text \
        == "90.00%"


def test_a_full_rate_and_a_rate_written_bare_stay_bare():
    assert Fact(id="F1", label="执行率", value=Decimal("100.00"), unit="%",
                path="derived.key_projects[0].execution_rate").text == "100%"
    assert figure_text(Decimal("98"), "%") == "98%"
    # a share of a target is no rate of money: 完成目标的80%, as before
    assert Fact(id="F3", label="完成目标比例", value=Decimal("80.00"), unit="%", path="derived.indicators[0].ratio").text \
        == "80%"


def test_the_draft_writes_each_items_rate_to_two_decimals(tmp_path: Path):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(SURVEY_INSTITUTE, allow_unicode=True), encoding="utf-8")
    result = draft(folder)
    text = "\n".join(p.text for s in result.sections for p in s.paragraphs)
    assert "执行率93.00%" in text and "执行率98.00%" in text and "执行率90.88%" in text
    assert "执行率93%" not in text and "执行率98%" not in text
    assert "实际完成98%" in text  # the form's own bare figure, as written
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
