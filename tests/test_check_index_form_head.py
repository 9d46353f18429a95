"""A form's head lines (issue 10): 项目名称 | 2024年…项目 and 主管部门 | … | 实施单位 | … are labels with their values,
not a header over the funds table below them. Merged into its column names, the project's name made the funds
row's 得分 a "项目…得分" — the words a report uses for the whole form's 自评得分 — so the 总分 was flagged as
another figure. A header over two lines is still one header where its row-label column spans both lines.
Units: a county archives bureau (tab lines, as an .xlsx or .pdf form is read), a township school.
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

ARCHIVES = SourceText(name="档案馆自评表.xlsx", text=(
    "某县档案馆项目支出绩效自评表（2024年度）\n"
    "项目名称\t2024年馆藏档案数字化项目\t\t\t\t\t\t\n"
    "主管部门\t某县委办公室\t\t\t实施单位\t某县档案馆\t\t\n"
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "项目资金（万元）\t年度资金总额\t150.00\t150.00\t142.80\t10\t95.20%\t9.52\n"
    "绩效指标\t一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t\n"
    "绩效指标\t产出指标\t档案数字化页数\t≥120万页\t126.5万页\t40\t40\t\n"
    "绩效指标\t满意度指标\t查档群众满意度\t≥90%\t95.6%\t50\t50\t\n"
    "总分\t\t\t\t\t100\t99.52\t\n"))

SCHOOL = SourceText(name="学校经费.docx", text=(
    "项目\t2024年\t\t2023年\n"
    "\t预算数\t执行数\t执行数\n"
    "公用经费\t86.0\t84.2\t80.5\n"
    "营养餐补助\t42.0\t41.6\t40.9\n"))


def status(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_the_forms_score_is_the_total_rows_though_its_head_names_the_project():
    assert status("项目自评得分99.52分。", ARCHIVES) == {"99.52分": "exact"}
    assert status("预算执行率得分9.52分。", ARCHIVES) == {"9.52分": "exact"}


def test_the_head_lines_are_the_funds_tables_caption_not_its_column_names():
    ix = SourceIndex.build([ARCHIVES])
    score = next(f for f in ix.facts if f.written == "9.52")
    assert "总分" not in score.subj  # its column is 得分, not "…数字化项目得分"
    assert {"数字", "档案"} <= score.subj  # the project's name still names the table's figures


def test_a_header_over_two_lines_still_names_each_column():
    ix = SourceIndex.build([SCHOOL])
    spent = next(f for f in ix.facts if f.written == "84.2")
    assert spent.ytag == 2024 and spent.role == "actual"
    last = next(f for f in ix.facts if f.written == "80.5")
    assert last.ytag == 2023
