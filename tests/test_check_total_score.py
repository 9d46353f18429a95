"""A report's 自评得分 / 综合得分 / 总得分 of the project is the form's 总分 row, not the 得分 cell of the funds row (the
score of the 预算执行率 indicator, out of 10): every official 自评表 has both."""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.txt", text=(
    "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t320.00\t320.00\t306.56\t10\t95.80%\t9.58\n"
    "\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t举办非遗展演\t≥24场\t20场\t20\t16.67\n"
    "满意度指标\t服务对象满意度指标\t观众满意度\t≥90%\t93.4%\t10\t10\n"
    "总分\t\t\t\t\t100\t96.25\n"))


def verdict(text: str) -> str:
    return check(text, [FORM]).mentions[-1].status


def test_the_projects_self_evaluation_score_is_the_total_rows():
    assert verdict("项目自评得分96.25分。") == "exact"
    assert verdict("综合得分96.25分。") == "exact"


def test_the_funds_rows_score_given_as_the_projects_is_flagged():
    assert verdict("项目自评得分9.58分。") == "unsupported"


def test_the_execution_indicators_score_is_still_the_funds_rows():
    assert verdict("预算执行率得分9.58分。") == "exact"
