"""Funding lines' 执行率 / 结余 listed with 分别 (issue 10): "市级财政资金和上级补助资金两项执行率分别为98.00%和94.30%" —
the k-th figure after 分别 is the k-th line named before it, and the roles gate checks it against THAT line's rate
or balance (its budget and spending): derived when it is, unsupported when the figures are given in the other order
(the commonest planted swap: one line's figure given to another), whichever other pair of the sources equals it.

Unit: a municipal key-project construction centre (重点项目建设中心, 代建), its project form saved as tab text.
"""

from __future__ import annotations

from drafter.check import SourceText, check

BUILDING = SourceText(name="重点项目代建管理项目支出绩效自评表.docx", text=(
    "# 项目支出绩效自评表（2025年度）\n"
    "项目名称：政府投资项目代建管理    主管部门：某市发展和改革委员会    实施单位：某市重点项目建设中心\n\n"
    "项目资金（单位：万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分（分值10）\n"
    "年度资金总额\t520.00\t548.00\t531.56\t97.00%\t9.70\n"
    "其中：市级财政资金\t400.00\t400.00\t392.00\t\t\n"     # 98.00 %, 结余 8.00万元
    "上级补助资金\t120.00\t148.00\t139.56\t\t\n"))         # 94.30 %, 结余 8.44万元


def statuses(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [BUILDING]).mentions if m.status not in ("ignored",)
            and m.text != "两项"]


def test_lines_rates_after_respective_are_each_lines_rate():
    assert statuses("市级财政资金和上级补助资金两项执行率分别为98.00%和94.30%。") == [
        ("98.00%", "derived"), ("94.30%", "derived")]
    assert statuses("两项资金中，市级财政资金、上级补助资金执行率分别为98.00%、94.30%。") == [
        ("98.00%", "derived"), ("94.30%", "derived")]


def test_lines_rates_given_in_the_other_order_stay_unsupported():
    assert statuses("市级财政资金和上级补助资金两项执行率分别为94.30%和98.00%。") == [
        ("94.30%", "unsupported"), ("98.00%", "unsupported")]


def test_lines_balances_after_respective_are_each_lines_balance():
    assert statuses("市级财政资金和上级补助资金分别结余8.00万元和8.44万元。") == [
        ("8.00万元", "derived"), ("8.44万元", "derived")]


def test_lines_balances_given_in_the_other_order_stay_unsupported():
    assert statuses("市级财政资金和上级补助资金分别结余8.44万元和8.00万元。") == [
        ("8.44万元", "unsupported"), ("8.00万元", "unsupported")]
