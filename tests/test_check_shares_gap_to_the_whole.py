"""A gap in 个百分点 between the whole's execution rate and one line's (issue 10): 部门整体高出项目支出 / 比项目整体低 /
部门整体比项目支出高. The whole is one thing whatever shape the sources give it — a 合计 record of a data file that
states no rate, a data file's top record with its lines under 其中, a form's 年度资金总额 row — and its rate is the
rate the sources state for it or its spending over its budget, told in an earlier sentence that names no subject
(全年支出…，执行率…) or not told at all. Beside each its planted errors: another line's gap, the wrong side.

Kinds: a county library's 部门整体支出 (JSON), a district culture-market enforcement project (YAML), a county
centre for disease control's 部门整体 form (Markdown).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

LIBRARY = SourceData(name="部门整体支出绩效自评.json", data={
    "单位": "平江县图书馆", "年度": 2025, "计量说明": "金额单位为元",
    "预算执行": {
        "合计": {"年初预算": 4180000, "调整后预算": 4250000, "实际支出": 4123000},       # 97.01 %
        "基本支出": {"年初预算": 2640000, "调整后预算": 2700000, "实际支出": 2685000},   # 99.44 %
        "项目支出": {"年初预算": 1540000, "调整后预算": 1550000, "实际支出": 1438000},   # 92.77 %
    },
    "绩效指标": [{"指标": "年接待读者", "目标值": "≥30万人次", "完成值": "33.6万人次"}],
})

LIBRARY_TEXT = ("全年支出412.30万元，执行率97.01%，结余12.70万元。基本支出268.50万元，执行率99.44%；项目支出143.80万元，"
                "执行率92.77%。基本支出执行率高出项目支出6.67个百分点，部门整体高出项目支出{gap}个百分点。")


def status(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_the_whole_of_a_total_record_that_states_no_rate_is_its_spending_over_its_budget():
    # 97.01 − 92.77 = 4.24: the 合计 record's 4123000 ÷ 4250000 less 项目支出's, told a sentence before
    assert status(LIBRARY_TEXT.format(gap="4.24"), [LIBRARY])["4.24个百分点"] == "derived"
    # 6.67 is 基本支出's gap, not the whole's; 4.42 no gap at all
    assert status(LIBRARY_TEXT.format(gap="6.67"), [LIBRARY])["6.67个百分点"] == "unsupported"
    assert status(LIBRARY_TEXT.format(gap="4.42"), [LIBRARY])["4.42个百分点"] == "unsupported"


def test_the_whole_below_a_line_is_said_on_its_side():
    # 99.44 − 97.01 = 2.43: the whole is below 基本支出, never above it
    assert status("部门整体执行率低于基本支出2.43个百分点。", [LIBRARY])["2.43个百分点"] == "derived"
    assert status("部门整体执行率高出基本支出2.43个百分点。", [LIBRARY])["2.43个百分点"] == "unsupported"


ENFORCEMENT = SourceData(name="input.yaml", data={
    "项目名称": "2024年文化市场综合执法专项", "被评价年度": 2024,
    "项目资金": {
        "单位": "万元", "年初预算数": 80.00, "全年预算数": 86.00, "全年执行数": 83.12,   # 96.65 %
        "其中": [
            {"名称": "市级文化事业专项资金", "年初预算数": 56.00, "全年预算数": 60.00, "全年执行数": 58.86},  # 98.10 %
            {"名称": "区级财政资金", "年初预算数": 24.00, "全年预算数": 26.00, "全年执行数": 24.26},          # 93.31 %
        ],
        "执行率": 96.65, "分值": 10, "得分": 9.67,
    },
})

ENFORCEMENT_TEXT = ("全年执行83.12万元，执行率96.65%。市级资金执行58.86万元，执行率98.10%；区级资金执行24.26万元，"
                    "执行率93.31%，比市级资金低4.79个百分点，比项目整体低{gap}个百分点。")


def test_the_whole_of_a_top_record_with_its_lines_under_qizhong():
    # 96.65 − 93.31 = 3.34: the project's own record (全年执行数 over 全年预算数; its 执行率 states the same)
    assert status(ENFORCEMENT_TEXT.format(gap="3.34"), [ENFORCEMENT])["3.34个百分点"] == "derived"
    assert status(ENFORCEMENT_TEXT.format(gap="4.79"), [ENFORCEMENT])["4.79个百分点"] == "unsupported"  # 市级's
    assert status(ENFORCEMENT_TEXT.format(gap="3.43"), [ENFORCEMENT])["3.43个百分点"] == "unsupported"


CDC = SourceText(name="疾控中心自评表.md", text=(
    "# 2024年度县疾病预防控制中心支出绩效自评表\n\n单位：万元\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 526.00 | 548.00 | 531.42 | 10 | 96.97% | 9.70 |\n"
    "| 其中：基本支出 | 362.00 | 362.00 | 358.96 |  |  |  |\n"     # 99.16 %
    "| 项目支出 | 164.00 | 186.00 | 172.46 |  |  |  |\n"))         # 92.72 %


def test_the_department_as_a_whole_is_the_forms_total_row():
    text = ("全年支出531.42万元，执行率96.97%。基本支出358.96万元，执行率99.16%；项目支出172.46万元，执行率92.72%。"
            "部门整体比项目支出高{gap}个百分点。")
    assert status(text.format(gap="4.25"), [CDC])["4.25个百分点"] == "derived"  # 96.97 − 92.72
    assert status(text.format(gap="6.44"), [CDC])["6.44个百分点"] == "unsupported"  # 基本支出's
