"""A funding line's figure the form's table states in that line's row is not overruled by a log sentence that names the
line on its way to the whole's figure (issue 10). The log's "一般公共预算拨款调减16.30万元，全年预算调整为310.70万元"
gives the whole's budget after the line's cut; the text's "一般公共预算拨款调整预算252.10万元" is the line's own 全年预算数,
read from its row. A figure neither the row nor any source gives that line stays unsupported.

Unit of our own: 海北州草原站 (its department form as a Markdown table, and its work record).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="海北州草原站2025年部门整体支出绩效自评表.md", text="""# 部门整体支出绩效自评表

| 资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 年度资金总额 | 412.60 | 398.30 | 387.14 | 10 | 97.20% | 9.72 |
| 其中：一般公共预算拨款 | 352.60 | 331.30 | 323.02 | — | 97.50% | — |
| 上级草原生态补助资金 | 60.00 | 67.00 | 64.12 | — | 95.70% | — |
""")
LOG = SourceText(name="2025年工作记录.md", text="""# 2025年工作记录

- 3月5日：年初预算412.60万元，其中一般公共预算拨款352.60万元、上级草原生态补助资金60.00万元。
- 8月20日：上级草原生态补助资金追加7.00万元。
- 10月15日：一般公共预算拨款调减21.30万元，全年预算调整为398.30万元。
""")


def status_of(text: str, figure: str) -> str:
    return next(m.status for m in check(text, [FORM, LOG]).mentions if m.text == figure)


def test_a_lines_budget_read_from_its_row_stands_beside_a_log_naming_the_line_on_the_way_to_the_whole():
    text = "其中，一般公共预算拨款调整预算331.30万元，实际支出323.02万元，执行率97.50%。"
    assert status_of(text, "331.30万元") == "exact"


def test_the_wholes_budget_given_to_the_line_stays_unsupported():
    text = "其中，一般公共预算拨款调整预算398.30万元，实际支出323.02万元。"
    assert status_of(text, "398.30万元") == "unsupported"
