"""Source figures the words name as what they are (issue 10): a score's cap (得分9.12分（满分10分）: the row's 分值), a
target quoted after the gap's verb (高出目标值90%2.4个百分点: the indicator's ≥90%), and a line's budget in the brackets
after its spending under a heading that names spending (重点项目执行：站亭维护86.40万元（预算92.00万元…）). Each
stays unsupported when the value is another figure's: the 得分 given as the cap, a target the indicator does not
state, the spending given as the budget.

Units of our own: 南岭市城市客运管理处 (its project self-evaluation form) and 青川市科技成果转化中心.
"""

from __future__ import annotations

from drafter.check import SourceText, check

TRANSIT = [
    SourceText(name="南岭市城市客运管理处2024年项目支出绩效自评表.txt", text=(
        "南岭市城市客运管理处2024年城市公交运营监管项目支出绩效自评表\n"
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t520.00\t486.40\t470.12\t10\t96.65%\t9.67\n"
        "重点项目\t全年预算数\t全年执行数\n"
        "公交站亭维护\t92.00\t86.40\n"
        "运营监管平台\t64.50\t63.02\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "满意度指标\t服务对象满意度指标\t乘客满意度\t≥90%\t92.4%\n"
        "效益指标\t社会效益指标\t公交准点率\t≥85%\t88.1%\n")),
]


def status(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_scores_cap_is_the_rows_weight():
    got = status("全年执行470.12万元，执行率96.65%，得分9.67分（满分10分）。", TRANSIT)
    assert got["9.67分"] == "exact" and got["10分"] == "exact"


def test_the_score_given_as_the_cap_is_unsupported():
    got = status("全年执行470.12万元，执行率96.65%，资金执行满分9.67分。", TRANSIT)
    assert got["9.67分"] == "unsupported"


def test_a_target_quoted_after_the_gaps_verb_is_the_indicators_target():
    got = status("乘客满意度92.4%，高出目标值90%2.4个百分点。", TRANSIT)
    assert got["90%"] == "exact" and got["2.4个百分点"] == "derived"


def test_a_target_the_indicator_does_not_state_is_unsupported():
    # 85% is the 准点率's target: 满意度's is 90%
    got = status("乘客满意度92.4%，高出目标值85%7.4个百分点。", TRANSIT)
    assert got["85%"] == "unsupported"


def test_a_lines_budget_in_brackets_under_a_spending_heading():
    got = status("两个重点项目执行：公交站亭维护86.40万元（预算92.00万元，执行率93.91%），运营监管平台执行63.02万元。",
                 TRANSIT)
    assert got["86.40万元"] == "exact" and got["92.00万元"] == "exact"


def test_the_spending_given_as_the_budget_is_unsupported():
    got = status("两个重点项目执行：公交站亭维护92.00万元（预算86.40万元），运营监管平台执行63.02万元。", TRANSIT)
    assert got["86.40万元"] == "unsupported"
