"""A figure equal to a bound the sources state (≥3万人次) is the bound stated as a result only when nothing else
gives it: 两轮合计…观众3.00万人次 is the sum of the two rounds the text told (1.62 + 1.38), not the target — the
bound's verdict used to come before the derivations and cut them off. Measured over the 34 dev corpora: with the
bound verdict off altogether no planted error passed (every one it flagged is flagged by the fallback too), and one
correct sum was flagged (blind24 puppet 3.00万人次).

A unit of our own: 青溪县文化馆 (two rounds of rural opera tours); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

TOURS = [SourceText(name="青溪县文化馆项目支出绩效自评表.md", text=(
    "# 青溪县文化馆2025年度送戏下乡项目支出绩效自评表\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 送戏下乡演出场次 | ≥70场 | 77场 |\n"
    "| 产出指标 | 数量指标 | 送戏下乡观众 | ≥3万人次 | 3.26万人次 |\n\n"
    "| 轮次 | 起止日期 | 演出场次 | 观众（万人次） |\n| --- | --- | --- | --- |\n"
    "| 第一轮 | 4月8日—5月20日 | 41 | 1.62 |\n| 第二轮 | 9月10日—10月26日 | 36 | 1.38 |\n"))]


def verdict(text: str, figure: str) -> tuple[str, str]:
    m = next(m for m in check(text, TOURS).mentions if m.text == figure)
    return m.status, m.reason


def test_a_sum_the_text_told_is_no_bound_though_it_equals_one():
    text = "第一轮演出41场、观众1.62万人次；第二轮演出36场、观众1.38万人次。两轮合计77场、观众3.00万人次。"
    assert verdict(text, "3.00万人次")[0] == "derived"  # 1.62 + 1.38


def test_the_bound_stated_as_the_result_stays_unsupported_as_the_bound():
    status, reason = verdict("全年送戏下乡77场，观众3.00万人次。", "3.00万人次")  # the result is 3.26万人次
    assert status == "unsupported"
    assert "界限或目标值" in reason
