"""A table's caption that names its column before its money unit (支出明细（全年执行数，万元）) states that table's unit
(issue 10): its bare amounts are 万元, so 赛事组织1863000元 is the 186.30 of the 赛事组织 row, converted. A wrong amount
stays unsupported; a table under no such caption keeps its figures bare.

Units of our own: 克拉玛依市赛马场 (a 自评表 sheet as the index reads it, tab-separated).
"""

from __future__ import annotations

from drafter.check import SourceText, check

SHEET = [
    SourceText(name="克拉玛依市赛马场2025年项目支出绩效自评表.txt", text=(
        "克拉玛依市赛马场2025年项目支出绩效自评表\t\t\t\t\t\t\t\n"
        "项目资金（单位：万元）\t\t\t\t\t\t\t\n"
        "\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t\t500.00\t510.00\t480.10\t10\t94.14%\t9.41\n"
        "支出明细（全年执行数，万元）\t\t\t\t\t\t\t\n"
        "赛道维护\t\t\t\t218.60\t\t\t\n"
        "赛事组织\t\t\t\t186.30\t\t\t\n"
        "马匹检疫\t\t\t\t75.20\t\t\t\n"
        "合计\t\t\t\t480.10\t\t\t\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SHEET).mentions if m.status != "ignored"}


def test_a_caption_naming_its_column_then_the_unit_gives_the_amounts_their_unit():
    got = status("成本：赛事组织经费1863000元，赛道维护经费218.60万元。")
    assert got["1863000元"] in ("exact", "converted") and got["218.60万元"] == "exact"


def test_a_wrong_amount_under_the_caption_stays_unsupported():
    assert status("成本：赛事组织经费1836000元。")["1836000元"] == "unsupported"
