"""总体情况 after the budget figures: what is left of the form's budget sentence once its figures are said is a
sentence of its own — never the project's bare name standing before 结余 (“2023年…项目，结余7.56万元。”), never the
cut said a second time; and a sentence saying why something was not held is no result."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.chains.summarize import summarize

PARK = {  # 区公园管理处 · 项目: budget cut, 95.90 % spent
    "项目名称": "2023年城区公园绿地养护管理项目", "被评价年度": 2023, "表格类型": "项目支出",
    "主管部门": "西岭区城市管理局", "实施单位": "西岭区公园管理处",
    "项目资金": {"单位": "万元", "年初预算数": 650.00, "全年预算数": 620.00, "全年执行数": 594.58, "分值": 10},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "公园绿地养护面积", "年度指标值": "≥186公顷",
         "实际完成值": "186公顷", "分值": 20, "得分": 20},
        {"一级指标": "效益指标", "二级指标": "生态效益指标", "三级指标": "绿地植物成活率", "年度指标值": "≥95%",
         "实际完成值": "96.5%", "分值": 20, "得分": 20},
    ],
}


def test_the_remainder_of_the_budget_sentence_keeps_no_bare_project_name(tmp_path: Path) -> None:
    folder = tmp_path / "park"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(PARK, allow_unicode=True), encoding="utf-8")
    summary = summarize(folder / "input.yaml", chars=500)
    text = summary.text if hasattr(summary, "text") else str(summary)
    overview = text.split("主要成效", 1)[0]
    assert "结余25.42万元" in overview
    assert "项目，结余" not in overview and "项目，较年初" not in overview
    assert "有所调减" in overview and "较年初调减30.00万元" not in overview  # the cut is said once


def test_a_sentence_saying_why_something_was_not_held_is_no_main_result() -> None:
    # 共青团区委: the key project's 绩效情况 "举办创业培训班4期…；两期培训因合作培训机构更换未能举办。"
    form = Path(__file__).parent / "quality" / "sweep" / "youth-league" / "团区委部门整体支出自评表.md"
    summary = summarize(form, chars=500)
    text = summary.text if hasattr(summary, "text") else str(summary)
    results = text.split("主要成效", 1)[1].split("存在问题", 1)[0]
    assert "未能举办" not in results
