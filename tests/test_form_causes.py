"""The form's own deviation reasons (偏差原因分析及改进措施, 偏差原因, 未完成原因) and its 总分 against its
rows: a shortfall is given the cause the form states for it, a vague cell is noted as no cause, and a 总分
the rows do not add up to is raised with both figures — every number still traced by the checker."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from drafter.domain.problems import deviation_reason
from drafter.pipeline import draft
from drafter.schema import Indicator

FIRE_STATION = {  # 某县消防救援大队 · 项目: two rows short of target, one with a reason, one with "无"
    "项目名称": "2023年消防车辆及装备购置项目",
    "被评价年度": 2023,
    "表格类型": "项目支出",
    "主管部门": "青山县应急管理局",
    "实施单位": "青山县消防救援大队",
    "项目资金": {"单位": "万元", "年初预算数": 260, "全年预算数": 260, "全年执行数": 254.8, "分值": 10,
                 "执行率": 98, "得分": 9.8},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "购置水罐消防车", "年度指标值": "≥3辆",
         "实际完成值": "2辆", "分值": 30, "得分": 20,
         "偏差原因分析及改进措施": "第二批次招标两次流标，1辆车未能在年内交付；2024年一季度重新组织采购。"},
        {"一级指标": "产出指标", "二级指标": "时效指标", "三级指标": "装备到位时间", "年度指标值": "10月前",
         "实际完成值": "12月", "分值": 20, "得分": 15, "偏差原因分析及改进措施": "无"},
        {"一级指标": "效益指标", "二级指标": "社会效益指标", "三级指标": "火警响应时间", "年度指标值": "≤15分钟",
         "实际完成值": "12分钟", "分值": 20, "得分": 20},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度指标", "三级指标": "群众满意度", "年度指标值": "≥90%",
         "实际完成值": "93%", "分值": 20, "得分": 20},
    ],
    "总分": 85,  # 9.8 + 20 + 15 + 20 + 20 = 84.8
}


def _draft(tmp_path: Path, data: dict) -> object:
    folder = tmp_path / "unit"
    folder.mkdir(parents=True)
    (folder / "input.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return draft(folder)


def _section(result: object, name: str) -> str:
    return "\n".join(p.text for s in result.sections if s.name == name for p in s.paragraphs)


@pytest.mark.parametrize("cell, cause, plan", [
    ("城区老旧小区没有空余场地，居民对投放点选址有异议；下年度与街道协商利用闲置空地设点。",
     "城区老旧小区没有空余场地，居民对投放点选址有异议", "下年度与街道协商利用闲置空地设点"),
    ("第二分馆6—8月闭馆改造，外借服务暂停3个月；2024年改造期间将设置临时借还点。",
     "第二分馆6—8月闭馆改造，外借服务暂停3个月", "2024年改造期间将设置临时借还点"),
    ("其中一段路线涉及占用基本农田，用地审批尚未批复，待批复后实施。",
     "其中一段路线涉及占用基本农田，用地审批尚未批复", "待批复后实施"),
    ("旺季清运人手不足。", "旺季清运人手不足", ""),
    ("偏差原因：受连续降雨影响，工期顺延。", "受连续降雨影响，工期顺延", ""),
    ("原因：设备供货延迟；措施：与供货商约定分批交付。", "设备供货延迟", "与供货商约定分批交付"),
    ("原因：场地调整；改进措施：无", "场地调整", ""),
])
def test_a_deviation_cell_is_split_into_the_cause_and_the_plan_it_states(cell: str, cause: str, plan: str) -> None:
    ind = Indicator.model_validate({"三级指标": "某指标", "年度指标值": "≥10个", "实际完成值": 8, "偏差原因分析及改进措施": cell})
    reason = deviation_reason(ind, 2023)
    assert (reason.cause, reason.plan) == (cause, plan)


@pytest.mark.parametrize("cell", ["无", "/", "—", "暂无。", "其他原因", "客观原因。", "其它因素影响", "未完成。", "未达到目标",
                                  "偏差原因分析：无；改进措施：无", "原因：/"])
def test_a_cell_that_names_no_cause_gives_none(cell: str) -> None:
    ind = Indicator.model_validate({"三级指标": "某指标", "年度指标值": "≥10个", "实际完成值": 8, "偏差原因": cell})
    reason = deviation_reason(ind, 2023)
    assert reason.cause == "" and reason.written


def test_the_columns_other_forms_use_are_read_as_the_deviation_reason() -> None:
    for label in ("偏差原因", "偏差原因分析", "未完成原因", "偏差原因分析及改进措施"):
        ind = Indicator.model_validate({"指标": "新建分馆", "目标值": "≥3个", "实际值": 2, label: "选址未定。"})
        assert ind.deviation_note == "选址未定。"


def test_a_shortfall_is_given_the_forms_own_reason_and_a_vague_one_is_noted(tmp_path: Path) -> None:
    result = _draft(tmp_path, FIRE_STATION)
    problems, measures = _section(result, "存在问题"), _section(result, "改进措施")
    assert "“购置水罐消防车”未达标的原因，据自评表填报为“第二批次招标两次流标，1辆车未能在年内交付”" in problems
    assert "“装备到位时间”未达标的原因，自评表仅填“无”，未说明具体原因" in problems
    assert "2024年一季度重新组织采购" not in problems  # the plan is the measure's, not a cause
    assert "落实自评表提出的“2024年一季度重新组织采购”" in measures
    assert "对“装备到位时间”，查明未达标的具体原因" in measures
    assert result.check.ok, [m.text for m in result.check.unsupported]


def test_without_a_plan_the_measure_answers_the_cause_by_its_words(tmp_path: Path) -> None:
    data = {**FIRE_STATION, "绩效指标": [dict(FIRE_STATION["绩效指标"][0], 偏差原因分析及改进措施="第二批次招标两次流标。"),
                                       *FIRE_STATION["绩效指标"][1:]]}
    measures = _section(_draft(tmp_path, data), "改进措施")
    assert "针对自评表填报的“第二批次招标两次流标”，提前编制采购需求和招标文件，流标后及时调整采购方式" in measures


def test_a_total_the_rows_do_not_add_up_to_is_raised_with_both_figures_each_traced(tmp_path: Path) -> None:
    result = _draft(tmp_path, FIRE_STATION)
    problems = _section(result, "存在问题")
    assert "执行率得分9.8分，各项绩效指标得分20分、15分、20分、20分，合计84.8分，表中总分却为85分" in problems
    summed = next(m for m in result.check.mentions if m.text == "84.8分")
    assert summed.status == "derived" and summed.formula == "9.8分 + 20分 + 15分 + 20分 + 20分 = 84.8分"
    assert "85分" not in _section(result, "目标完成情况")
    assert result.check.ok


def test_a_total_that_adds_up_raises_nothing(tmp_path: Path) -> None:
    result = _draft(tmp_path, {**FIRE_STATION, "总分": 84.8})
    assert not [p for s in result.sections for p in s.paragraphs if p.kind == "score_total_mismatch"]


def test_the_checker_derives_a_sum_only_from_the_figures_its_sentence_lists() -> None:
    from drafter.check import SourceText, check

    source = SourceText(name="表.txt", text="执行率得分9.8分；指标得分20分、15分、20分、20分。")
    right = check("执行率得分9.8分，各项绩效指标得分20分、15分、20分、20分，合计84.8分。", [source])
    wrong = check("执行率得分9.8分，各项绩效指标得分20分、15分、20分、20分，合计85.8分。", [source])
    apart = check("执行率得分9.8分，各项绩效指标得分20分、15分、20分、20分。全年合计84.8分。", [source])
    status = lambda r, t: next(m.status for m in r.mentions if m.text == t)  # noqa: E731
    assert status(right, "84.8分") == "derived"
    assert status(wrong, "85.8分") == "unsupported"
    assert status(apart, "84.8分") == "unsupported"  # another sentence's figures are not its parts


def test_an_imported_form_with_a_未完成原因_column_carries_it_to_the_draft(tmp_path: Path) -> None:
    from drafter.forms import import_form

    text = (Path(__file__).parent / "forms" / "village.txt").read_text(encoding="utf-8")
    text = text.replace("偏差原因分析及改进措施", "未完成原因").replace(
        "村干部报酬发放及时率\t100%\t100%\t20\t20", "村干部报酬发放及时率\t100%\t92%\t20\t18.4\t两个村账户变更，报酬延迟发放")
    form = tmp_path / "村级组织运转经费.txt"
    form.write_text(text, encoding="utf-8")
    indicators = import_form(form).input["绩效指标"]
    assert [i.get("偏差原因分析及改进措施") for i in indicators][:2] == [None, "两个村账户变更，报酬延迟发放"]
    result = draft(form)
    assert "据自评表填报为“两个村账户变更，报酬延迟发放”" in _section(result, "存在问题")
    assert result.check.ok


def test_the_measure_asks_for_an_analysis_only_where_the_form_gave_none(tmp_path: Path) -> None:
    vague = _section(_draft(tmp_path / "a", FIRE_STATION), "改进措施")
    rows = [FIRE_STATION["绩效指标"][0], dict(FIRE_STATION["绩效指标"][1], 偏差原因分析及改进措施="供货商生产排期延后。"),
            *FIRE_STATION["绩效指标"][2:]]
    stated = _section(_draft(tmp_path / "b", {**FIRE_STATION, "绩效指标": rows}), "改进措施")
    assert "逐项分析偏差原因" in vague
    assert "逐项分析偏差原因" not in stated and "按自评表填报的偏差原因逐项整改" in stated
    assert "针对自评表填报的“供货商生产排期延后”，提前编制采购需求和招标文件" in stated  # by its words: a supplier
