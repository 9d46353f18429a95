"""A log line names its figure in its sentence before it, not only in the clause right before it: "完成全市最大单宗土地
出让交易，成交额12.4亿元" is the 最大单宗土地出让交易's 成交额. A text that names that deal ("最大单宗土地出让交易成交额12.4亿
元") is not turned into the year's 成交额 (48.6亿元) by the few words the two share (成交额); the year's figure
given the deal's value stays unsupported.

A city public-resources trading centre's results data and its work log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

DATA = SourceData(name="交易中心项目数据.yaml", data={"单位": "某市公共资源交易中心", "年度": 2024, "成果": [
    {"指标": "完成公共资源交易成交额", "计划": "≥40亿元", "完成": "48.6亿元"},
    {"指标": "完成交易项目", "计划": "≥900宗", "完成": "1086宗"}]})
LOG = SourceText(name="业务工作记录.txt", text="8月12日  完成全市最大单宗土地出让交易，成交额12.4亿元。\n")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA, LOG]).mentions if m.status != "ignored"}


def test_the_deal_its_log_sentence_names_keeps_its_figure():
    assert status("8月12日完成的全市最大单宗土地出让交易成交额12.4亿元。")["12.4亿元"] == "exact"


def test_the_deals_figure_given_to_the_year_stays_unsupported():
    assert status("全年完成公共资源交易成交额12.4亿元。")["12.4亿元"] == "unsupported"


def test_the_years_figure_stays_exact():
    assert status("全年完成公共资源交易成交额48.6亿元。")["48.6亿元"] == "exact"
