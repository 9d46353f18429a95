"""One relation table per source index (issue 10): the funding lines the roles gate judges a figure by (a line's
budget, spending and its kin) are rows of the same table the anchored search reads (entities.Entities, built once per
SourceIndex and cached on it), and a line's 结余 / 执行率 / 调整额 / 调整率 are computed in one place for both.

Sources: a city archive of urban construction (城建档案馆) digitisation project and a radio administration bureau
(无线电管理局) monitoring project, each a form of funding lines (a whole and its 其中 lines) and a work log; names and
values invented. Each planted error sits beside the correct figure in the same wording.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from drafter.check import SourceData, SourceIndex, SourceText, check
from drafter.check.entities import line_figure
from drafter.check.roles import Roles

# 档案: whole 260.00 − 247.10 = 12.90; 市级 180.00 − 172.45 = 7.55 (95.81 %); 省级 60.00 − 58.20 = 1.80 (97.00 %);
# 结转 20.00 − 16.45 = 3.55 (82.25 %); 市级 raised 165.00 → 180.00 (+15.00, +9.09 %)
ARCHIVE = SourceText(name="城建档案数字化项目自评表.md", text=(
    "# 2025年市城建档案馆城建档案数字化加工项目绩效自评表\n\n金额单位：万元\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | --- | --- | --- |\n"
    "| 年度资金总额 | 245.00 | 260.00 | 247.10 |\n"
    "| 其中：市级财政资金 | 165.00 | 180.00 | 172.45 |\n"
    "| 省级档案专项补助资金 | 60.00 | 60.00 | 58.20 |\n"
    "| 上年结转资金 | 20.00 | 20.00 | 16.45 |\n"))
ARCHIVE_LOG = SourceText(name="工作记录.md", text=(
    "# 2025年工作记录\n\n"
    "4月2日 完成第一批城建档案扫描12.6万页。\n"
    "10月9日 外包服务合同尾款结算后结余3.55万元。\n"
    "12月30日 年度资金结余12.90万元，全年完成档案数字化加工38.4万页。\n"))

# 无线电: whole 412.00 − 398.62 = 13.38; 中央 250.00 − 246.30 = 3.70; 市级 162.00 − 152.32 = 9.68 (94.02 %)
RADIO = SourceData(name="无线电监测项目.yaml", data={
    "项目名称": "无线电频谱监测能力提升项目", "金额单位": "万元",
    "项目资金": {"年度资金总额": {"年初预算数": D("400.00"), "全年预算数": D("412.00"), "全年执行数": D("398.62")},
                 "其中": [{"资金来源": "中央转移支付资金", "年初预算数": D("250.00"), "全年预算数": D("250.00"),
                           "全年执行数": D("246.30")},
                          {"资金来源": "市级财政资金", "年初预算数": D("150.00"), "全年预算数": D("162.00"),
                           "全年执行数": D("152.32")}]}})
RADIO_LOG = SourceText(name="监测日志.md", text=(
    "# 监测日志\n\n"
    "6月18日 完成固定监测站升级改造3座。\n"
    "12月26日 全年资金结余13.38万元，监测设备采购结余3.70万元。\n"))


def verdicts(text: str, sources) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, sources).mentions if m.status != "ignored"]


def supported(status: str) -> bool:
    return status not in ("unsupported", "ignored")


@pytest.mark.parametrize("sources", [[ARCHIVE, ARCHIVE_LOG], [RADIO, RADIO_LOG]], ids=["archive", "radio"])
def test_the_gate_reads_the_funding_lines_of_the_sources_relation_table(sources):
    ix = SourceIndex.build(sources)
    table = ix.entities()
    assert table is ix.entities()  # built once per index, cached on it
    gate = Roles(ix, "")
    assert gate.lines is table.lines and len(table.lines) >= 3  # the gate's lines are the table's, not its own list
    assert Roles(ix, "").lines is gate.lines  # read once per index, not once per check


def test_a_lines_balance_and_rate_come_from_the_table_archive():
    got = lambda text: verdicts(text, [ARCHIVE, ARCHIVE_LOG])  # noqa: E731
    assert supported(got("市级财政资金结余7.55万元。")[0][1])
    assert got("市级财政资金结余3.55万元。") == [("3.55万元", "unsupported")]  # 上年结转资金's, logged under no line
    assert supported(got("省级档案专项补助资金执行率97.00%。")[0][1])
    assert got("省级档案专项补助资金执行率95.81%。") == [("95.81%", "unsupported")]  # 市级财政资金's rate
    assert supported(got("市级财政资金年中调增15.00万元。")[0][1])
    assert got("市级财政资金年中调增12.90万元。") == [("12.90万元", "unsupported")]  # the whole's balance


def test_a_lines_balance_comes_from_the_table_radio():
    got = lambda text: verdicts(text, [RADIO, RADIO_LOG])  # noqa: E731
    assert supported(got("市级财政资金结余9.68万元。")[0][1])
    assert got("市级财政资金结余3.70万元。") == [("3.70万元", "unsupported")]  # 中央转移支付资金's, logged
    assert supported(got("市级财政资金执行率94.02%。")[0][1])
    assert got("中央转移支付资金执行率94.02%。") == [("94.02%", "unsupported")]


def test_one_computation_of_a_lines_balance_rate_and_change():
    ix = SourceIndex.build([ARCHIVE])
    line = next(ln for ln in ix.entities().lines if ln.actual.value == D("172.45") and ln.whole >= 0)
    assert line_figure("结余", line.actual, line.budget, line.initial)[0] == D("75500.00")  # in 元, the family base
    rate, formula, facts = line_figure("执行率", line.actual, line.budget, line.initial)
    assert round(rate, 2) == D("95.81") and formula == "172.45 ÷ 180.00" and facts == (line.actual, line.budget)
    assert line_figure("调整额", line.actual, line.budget, line.initial)[:2] == (D("150000.00"), "180.00 − 165.00")
    assert round(line_figure("调整率", line.actual, line.budget, line.initial)[0], 2) == D("9.09")
    row = next(e for e in ix.entities().rows if "市级财政资金" in e.names)
    assert row.attrs["§结余"].value == D("7.55") and row.attrs["§调整额"].value == D("15.00")  # the same arithmetic
