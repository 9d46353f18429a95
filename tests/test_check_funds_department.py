"""A department form's head line 部门名称 | … | 单位 | 万元 (issue 10): 部门名称 is a form's head label like 项目名称, so
the 单位 | 万元 beside it states the unit of the table under it — its lines' balances, rates and shares are read in
万元. And an average's own clause says what it is per (平均每家企业: per 家), before a 场均 earlier in its sentence.

Kind: a 贸促会 (council for the promotion of international trade) department form, a sheet read as tab-separated text.
"""

from __future__ import annotations

from drafter.check import SourceText, check

SHEET = SourceText(name="贸促会部门整体支出绩效自评表.xlsx", text=(
    "部门整体支出绩效自评表（2024年度）\t\t\t\t\t\n"
    "部门名称\t某市贸促会\t\t\t单位\t万元\n"
    "资金情况\t年初预算数\t全年预算数\t全年执行数\t执行率\t备注\n"
    "年度资金总额\t412.00\t436.50\t421.38\t96.54%\t\n"
    "其中：基本支出\t286.00\t298.50\t296.12\t99.20%\t\n"
    "项目支出\t126.00\t138.00\t125.26\t90.77%\t追加展会补助12.00万元\n"
    "\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t上年实际\n"
    "产出指标\t数量指标\t组织境外展会\t≥8场\t9场\t7场\n"
    "产出指标\t数量指标\t组展企业\t≥120家\t136家\t118家\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [SHEET]).mentions if m.status != "ignored"}


def test_a_department_forms_unit_beside_its_name_gives_the_lines_balance_and_share():
    got = status("一是项目支出执行率仅90.77%，结余12.74万元，占部门结余的84.26%，超过八成。")
    assert got == {"90.77%": "exact", "12.74万元": "derived", "84.26%": "derived", "超过八成": "derived"}
    assert status("一是项目支出结余2.38万元。")["2.38万元"] == "unsupported"  # 基本支出's
    assert status("一是项目支出结余12.74万元，占部门结余的15.74%。")["15.74%"] == "unsupported"  # 基本支出's share


def test_an_averages_own_clause_says_what_it_is_per():
    text = "全年组织境外展会9场，场均项目支出139177.78元，组展企业136家，平均每家企业9210.29元。"
    assert status(text) == {"9场": "exact", "139177.78元": "derived", "136家": "exact", "9210.29元": "derived"}
    assert status(text.replace("9210.29元", "10615.25元"))["10615.25元"] == "unsupported"  # ÷ 118家: last year's
