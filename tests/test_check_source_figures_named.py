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


def test_a_share_after_the_bracket_is_of_the_spending_before_it():
    # the bracket's budget and balance are asides: the share is of 86.40
    got = status("两个重点项目执行：公交站亭维护86.40万元（预算92.00万元，结余5.60万元），占全年执行数的18.38%；"
                 "运营监管平台执行63.02万元。", TRANSIT)
    assert got["92.00万元"] == "exact" and got["18.38%"] == "derived"
    got = status("两个重点项目执行：公交站亭维护86.40万元（预算92.00万元，结余5.60万元），占全年执行数的19.57%。", TRANSIT)
    assert got["19.57%"] == "unsupported"  # 92.00 ÷ 470.12: the budget is no part of the spending


# the same funds as a table without its header row (a merged 备注 row can cost a form its header)
BARE = [
    SourceText(name="南岭市城市客运管理处2024年资金明细.txt", text=(
        "南岭市城市客运管理处2024年城市公交运营监管项目资金明细（万元）\n"
        "年度资金总额\t520.00\t486.40\t470.12\n"
        "市级财政资金\t400.00\t366.40\t352.18\n"
        "站场服务收入\t120.00\t120.00\t117.94\n")),
]


def test_the_budget_a_lines_change_left_is_the_projects():
    # the words before 后 name the change (the 市级 line cut); 全年预算 after it heads the figure: the project's,
    # no 市级财政资金 row's figure
    for sources in (TRANSIT, BARE):
        got = status("项目年初预算520.00万元，年中市级财政资金压减后全年预算为486.40万元，调减33.60万元。", sources)
        assert got["486.40万元"] == "exact"
    got = status("项目年初预算520.00万元，年中市级财政资金压减后全年预算为470.12万元。", TRANSIT)
    assert got["470.12万元"] == "unsupported"  # the spending, given as the budget


GROWTH = TRANSIT + [
    SourceText(name="南岭市城市客运管理处2024年工作总结.txt", text=(
        "南岭市城市客运管理处2024年工作总结\n"
        "全年公交客运量同比增长7.35%，新开通社区微循环线路4条。\n")),
]


def test_a_change_naming_nothing_is_no_level_of_another_figure():
    # 96.65% is the project's 执行率, a level: no 增长 of anything
    got = status("青石区巡查增长96.65%，凤县巡查有所下降。", GROWTH)
    assert got["96.65%"] == "unsupported"


def test_a_change_the_sources_state_as_one_is_supported():
    got = status("全年乘客出行增长7.35%，社区微循环线路新开通4条。", GROWTH)
    assert got["7.35%"] == "exact"
