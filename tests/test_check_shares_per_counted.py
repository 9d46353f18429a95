"""每个补助 / 每座投入 right after a count (issue 10): "建设农家书屋42个，…，每个补助0.85万元" — 每 and the count's own
measure word, then only words of money, is an average per one of the things the sentence counted: the spending of
their line (农家书屋建设补助 35.70万元) over the count. Over the whole project's spending, or per a count in another
measure word, it stays unsupported.

A township cultural station's project form (two spending lines and the whole) and its indicators.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="文化惠民项目自评表.md", text=(
    "# 2024年度文化惠民工程项目支出绩效自评表（某镇综合文化站）\n\n## 项目资金（单位：万元）\n\n"
    "| 资金 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n| 年度资金总额 | 64.00 | 62.16 |\n\n"
    "## 支出明细（单位：万元）\n\n| 支出内容 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n"
    "| 农家书屋建设补助 | 36.00 | 35.70 |\n| 文化广场改造 | 28.00 | 26.46 |\n\n"
    "## 绩效指标\n\n| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 建设农家书屋 | ≥40个 | 42个 |\n| 改造文化广场 | ≥6座 | 7座 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_per_one_of_the_counted_things_is_their_lines_spending_over_the_count():
    # 35.70 ÷ 42 = 0.85万元; 26.46 ÷ 7 = 3.78万元
    got = status("建设农家书屋42个，超过40个的目标，每个补助0.85万元；改造文化广场7座，每座投入3.78万元。")
    assert (got["0.85万元"], got["3.78万元"]) == ("derived", "derived")


def test_per_one_over_the_whole_projects_spending_stays_unsupported():
    # 62.16 ÷ 42 = 1.48万元: the project's spending, not the 农家书屋 line's
    assert status("建设农家书屋42个，超过40个的目标，每个补助1.48万元。")["1.48万元"] == "unsupported"


def test_per_one_over_the_other_lines_count_stays_unsupported():
    # 35.70 ÷ 7 = 5.10万元: the 书屋 line over the squares' count
    assert status("改造文化广场7座，每座投入5.10万元。")["5.10万元"] == "unsupported"
