"""A form's table interrupted by a line of prose (issue 10): a 偏差原因 narrative that a spreadsheet or a Word
table prints on its own line under its indicator row does not end the table — the rows after it that have the
header's width are still rows of it, so the 总分 row's 得分 is the 总分's 得分 and an indicator row's 实际完成值 is
that indicator's result. Units: a district library (tab lines, as an .xlsx or .docx form is read) and a town
health centre (a Markdown pipe table).
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

LIBRARY = SourceText(name="图书馆自评表.xlsx", text=(
    "某区图书馆2024年度项目支出绩效自评表\n"
    "项目名称\t2024年全民阅读推广经费\t\t\t\t\t\t\t\n"
    "项目资金\t资金来源\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\n"
    "项目资金\t年度资金总额\t80.00\t80.00\t76.52\t10\t95.65%\t9.57\t\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "绩效指标\t产出指标\t数量指标\t新增馆藏图书\t≥12000册\t12600册\t20\t20\t\n"
    "绩效指标\t产出指标\t质量指标\t读者活动覆盖率\t≥80%\t72.5%\t20\t18.13\t\n"
    "部分分馆闭馆改造，活动场次减少，覆盖率未达目标。下一步在改造期间开展流动服务。\n"
    "\n"
    "绩效指标\t效益指标\t社会效益指标\t年度到馆人次\t≥30万人次\t32.4万人次\t30\t30\t\n"
    "绩效指标\t满意度指标\t服务对象满意度指标\t读者满意度\t≥90%\t93.2%\t30\t29\t\n"
    "总分\t\t\t\t\t\t100\t97.13\t\n"
    "填报人：吴敏\t审核人：陈立\t填报日期：2025年1月20日\n"))

CLINIC = SourceText(name="卫生院自评表.md", text=(
    "# 某镇卫生院2024年基本公共卫生服务绩效情况\n\n"
    "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 年度资金总额 | 45.00 | 45.00 | 43.20 | 10 | 96.00% | 9.60 |\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 产出指标 | 数量指标 | 老年人健康管理人数 | ≥1800人 | 1926人 | 30 | 30 |\n"
    "| 产出指标 | 质量指标 | 高血压患者规范管理率 | ≥65% | 61.4% | 30 | 28.34 |\n"
    "\n"
    "偏差原因：部分患者外出务工，随访不及时；改进措施：与村医签订随访责任书。\n"
    "\n"
    "| 效益指标 | 社会效益指标 | 居民健康档案使用率 | ≥60% | 66.8% | 20 | 20 |\n"
    "| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥85% | 91.5% | 20 | 20 |\n"
    "| 总分 | | | | | 100 | 98.34 |\n"))


def status(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_the_total_score_after_a_narrative_line_is_the_total_scores():
    assert status("项目自评得分97.13分。", LIBRARY) == {"97.13分": "exact"}
    assert status("项目自评得分98.34分。", CLINIC) == {"98.34分": "exact"}


def test_rows_after_the_narrative_keep_their_column_words():
    ix = SourceIndex.build([LIBRARY])
    total = next(f for f in ix.facts if f.written == "97.13")
    assert "得分" in total.subj and "总分" in total.subj
    visitors = next(f for f in ix.facts if f.written == "32.4万人次")
    assert "到馆" in visitors.subj and visitors.role == "actual"


def test_a_row_of_the_same_table_before_the_narrative_is_unchanged():
    assert status("新增馆藏图书12600册，读者活动覆盖率72.5%。", LIBRARY) == {"12600册": "exact", "72.5%": "exact"}


def test_the_narrative_line_itself_is_no_row():
    ix = SourceIndex.build([CLINIC])
    # the narrative's words name no column: its sentence is read as prose, not under 实际完成值
    assert not any("偏差" in "".join(f.subj) for f in ix.facts if f.written == "66.8%")


def test_a_line_of_another_width_after_the_narrative_is_no_row_of_the_table():
    ix = SourceIndex.build([LIBRARY])
    filed = next(f for f in ix.facts if f.date == (2025, 1, 20))
    assert "得分" not in filed.subj and "分值" not in filed.subj
