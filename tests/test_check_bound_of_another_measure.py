"""A source's bound of another measure is no bound of a figure that happens to share its digits (issue 10): the
form's 新创排剧目 ≥3部 says nothing of 观众3.00万人次, which is the two rounds' audiences added up (1.62 + 1.38) — and
a figure that equals a bound of its own measure (不少于70场 → 70场) is still read as that bound.

Kind: a county puppet-theatre troupe's rural performances (its form and its work log).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.docx", text=(
    "2024年送戏下乡项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t上年实际\n"
    "产出指标\t数量指标\t新创排剧目\t≥3部\t3部\t2部\n"
    "产出指标\t数量指标\t送戏下乡场次\t≥70场\t77场\t71场\n"))

LOG = SourceText(name="工作记录.md", text=(
    "# 2024年工作记录\n\n"
    "- 4月8日 第一轮送戏下乡启动，至4月26日结束，演出41场，观众1.62万人次。\n"
    "- 10月14日 第二轮送戏下乡启动，至10月30日结束，演出36场，观众1.38万人次。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


def test_a_bound_of_another_measure_is_no_bound_of_the_figure():
    text = ("全年新创排剧目3部。第一轮4月8日启动，演出41场，观众1.62万人次；第二轮10月14日启动，演出36场，观众1.38万人次。"
            "两轮合计77场、观众3.00万人次。")
    assert status(text)["3.00万人次"] == "derived"  # 1.62 + 1.38, not the ≥3部 of 新创排剧目


def test_a_figure_equal_to_a_bound_of_its_own_measure_is_still_that_bound():
    assert status("全年送戏下乡70场。")["70场"] == "unsupported"  # ≥70场 is the target, 77场 was done
