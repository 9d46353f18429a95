"""Three guards of issue 10 that hold for any unit, each with the correct wording beside the planted error:

- a duration a limit was beaten by (时限缩短6个工作日) is a gap, limit − actual: the actual level itself (9个工作日)
  written after 缩短 is no gap, even with no 比 / 较 before it;
- a word of degree (刚超过两成) keeps its narrow reach when the share is found from a ledger's rows, as it does when
  the share is stated;
- a form's title merged over every column ("…绩效自评表（2025年度）") names no column: the money unit the sheet states
  (单位：万元) still makes its 年初预算 column an amount, so 800.00 there is no count of 800套.

Unit: a county fishery resources monitoring station (渔业资源监测站).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import SourceIndex, SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 2025年度渔业资源监测项目支出绩效自评表（温岭县渔业资源监测站）\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 采样站位监测 | ≥120个 | 132个 |\n"
    "| 产出指标 | 时效指标 | 监测报告出具时限 | ≤15个工作日 | 9个工作日 |\n"
    "| 产出指标 | 时效指标 | 渔获物抽检结果反馈 | ≤10天 | 7天 |\n"))

LEDGER = SourceText(name="分海区采样台账.md", text=(
    "# 2025年分海区采样台账\n\n"
    "| 海区 | 采样站位（个） | 鱼卵仔鱼样品（份） |\n| --- | --- | --- |\n"
    "| 石塘海区 | 36 | 412 |\n| 松门海区 | 29 | 388 |\n| 箬山海区 | 41 | 430 |\n| 钓浜海区 | 26 | 300 |\n"
    "| 合计 | 132 | 1530 |\n"))


def status(text: str, *sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources or (FORM, LEDGER))).mentions if m.status != "ignored"}


def test_a_limit_shortened_by_its_gap_is_derived():
    assert status("监测报告出具时限缩短6个工作日。")["6个工作日"] == "derived"


def test_the_actual_level_written_as_the_gap_to_a_limit_is_unsupported():
    # 9个工作日 is how long it took, not how much shorter than the ≤15个工作日 limit it was
    assert status("监测报告出具时限缩短9个工作日。")["9个工作日"] == "unsupported"
    assert status("渔获物抽检结果反馈期限提前7天。")["7天"] == "unsupported"
    assert status("渔获物抽检结果反馈期限提前3天。")["3天"] == "derived"


def test_the_level_itself_is_still_exact():
    assert status("监测报告平均9个工作日出具，渔获物抽检结果7天内反馈。")["9个工作日"] == "exact"


# shares of 132 采样站位: 石塘 27.27 %, 松门 21.97 %, 箬山 31.06 %, 钓浜 19.70 %
def test_just_over_a_fraction_from_a_ledger_row_keeps_its_narrow_reach():
    assert status("松门海区采样站位占全县的比重刚超过两成。")["刚超过两成"] == "derived"
    assert status("石塘海区采样站位占全县的比重刚超过两成。")["刚超过两成"] == "unsupported"
    assert status("石塘海区采样站位占全县的比重超过两成。")["超过两成"] == "derived"


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """An Excel form as units file it: a title merged over every column, the money unit in a cell of row 2."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.append(["部门整体支出绩效自评表（2025年度）"])
    ws.merge_cells("A1:F1")
    ws.append(["部门（单位）名称", "温岭县渔业资源监测站", None, None, "单位：万元", None])
    ws.append(["项目", None, "年初预算", "调整预算", "实际支出", "预算完成率"])
    ws.append(["部门资金合计", None, 1120.0, 1035.6, 986.2, 0.9523])
    ws.append(["按结构", "基本支出", 320.0, 349.8, 347.9, None])
    ws.append([None, "项目支出", 800.0, 685.8, 638.3, None])
    path = tmp_path / "部门整体支出绩效自评表.xlsx"
    wb.save(path)
    return path


def test_a_title_merged_over_the_columns_does_not_hide_the_sheets_money_unit(sheet: Path):
    index = SourceIndex.build([sheet])
    got = {m.text: m.status for m in check("项目支出年初预算800.00万元，调整为685.80万元。", index).mentions}
    assert got["800.00万元"] == "exact"
    got = {m.text: m.status for m in check("力争项目支出执行率提高到95%以上、新增渔船船位监控终端800套。", index).mentions}
    assert got["800套"] == "unsupported"


LOG = SourceText(name="2025年工作日志.txt", text=(
    "温岭县渔业资源监测站 2025年工作日志\n"
    "2025-03-18  春季增殖放流开始，至 2025-04-30 结束，放流大黄鱼苗种 120 万尾。\n"
    "2025-09-10  秋季增殖放流开始，至 2025-10-20 结束，放流黑鲷苗种 86 万尾。\n"
    "2025-11-05  年度资源监测报告编制启动，至 2025-11-20 完成并报送县农业农村局。\n"))
REPORT_DUE = SourceText(name="时效指标.md", text=(
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 年度资源监测报告报送时间 | 11月30日前 | 11月20日 |\n"))


def test_a_span_of_one_season_is_no_length_of_another_season():
    assert status("秋季增殖放流共41天。", LOG)["41天"] == "derived"
    # 44 days is the spring campaign's length (3月18日至4月30日)
    assert status("秋季增殖放流共44天。", LOG)["44天"] == "unsupported"


def test_days_early_are_a_gap_to_the_deadline_not_the_length_of_the_work():
    assert status("年度资源监测报告提前10天报送。", LOG, REPORT_DUE)["10天"] == "derived"
    # 16 days is how long the report took (11月5日至11月20日), not how early it came
    assert status("年度资源监测报告提前16天报送。", LOG, REPORT_DUE)["16天"] == "unsupported"


def test_an_execution_rate_is_spending_over_budget_never_one_budget_over_another(sheet: Path):
    index = SourceIndex.build([sheet])
    # 638.30 ÷ 685.80 = 93.07 %: at least 90 %, not 95 % — 800.00 ÷ 685.80 (年初 ÷ 调整) is no 执行率
    got = {m.text: m.status for m in check("项目支出执行率达到90%以上。", index).mentions}
    assert got["90%"] == "derived"
    got = {m.text: m.status for m in check("力争项目支出执行率提高到95%以上。", index).mentions}
    assert got["95%"] == "unsupported"


def test_a_commitment_restated_as_the_base_of_a_gap_is_the_target():
    # 承诺 is the target a service unit publishes: ≤15个工作日 restated as 比15个工作日的承诺时限
    got = status("监测报告平均9个工作日出具，比15个工作日的承诺时限缩短6个工作日。")
    assert got["15个工作日"] == "exact"
    assert got["6个工作日"] == "derived"
    got = status("渔获物抽检结果平均7天反馈，比10天的承诺快3天。")
    assert got["10天"] == "exact"


def test_a_target_in_brackets_after_its_word_is_the_target():
    # 完成目标（120个）的110.00%: the bracket holds the ≥120个 target the result is set against
    got = status("采样站位监测132个，完成目标（120个）的110.00%。")
    assert got["120个"] == "exact"
    assert got["110.00%"] == "derived"
    assert status("采样站位监测132个，完成目标（125个）的105.60%。")["125个"] == "unsupported"


FUNDS = SourceText(name="资金情况.md", text=(
    "## 资金情况（单位：万元）\n\n| 资金来源 | 年初预算 | 全年预算 | 全年执行 |\n|---|---:|---:|---:|\n"
    "| 财政拨款 | 96.50 | 96.50 | 93.18 |\n| 事业收入 | 12.00 | 14.00 | 13.26 |\n"))


def test_the_word_between_two_amounts_names_the_second():
    # 支出 / 执行 right before 93.18 is that figure's word: 96.50 is the line's budget, not its spending
    got = status("财政拨款96.50万元支出93.18万元，执行率96.56%。", FUNDS)
    assert got["96.50万元"] == "exact" and got["93.18万元"] == "exact"
    got = status("事业收入14.00万元执行13.26万元。", FUNDS)
    assert got["14.00万元"] == "exact"
    assert status("财政拨款93.18万元执行96.50万元。", FUNDS)["96.50万元"] == "unsupported"


def test_a_duration_right_after_a_word_of_shortening_is_a_gap_never_the_level():
    # 9个工作日 is how long the report took; 时间缩短 / 用时缩短 / 响应缩短 + a duration states by how much it fell
    assert status("监测报告出具时间缩短9个工作日。")["9个工作日"] == "unsupported"
    assert status("渔获物抽检结果反馈用时缩短7天。")["7天"] == "unsupported"
    assert status("监测报告平均9个工作日出具。")["9个工作日"] == "exact"
    assert status("监测报告出具时间比时限缩短6个工作日。")["6个工作日"] == "derived"
