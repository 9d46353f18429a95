"""The year a form reports (issue 10): a 自评表 names its year once or twice ("（2024年度）", its 项目名称), while its
filing date ("填报日期：2025年1月28日") and a forecast in a 偏差原因 ("预计2025年全年…") name the next year as
often: those name when it was written and what comes next, not the year it reports, so its figures are not of
"another year". A log keeps the year of its dated entries. Units: a district sanitation office's form,
a village clinic's dated log.
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

FORM = SourceText(name="环卫自评表.pdf", text=(
    "某区环境卫生管理所项目支出绩效自评表（2024年度）\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
    "年度资金总额\t260.00\t248.00\t239.52\t96.58%\n"
    "三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "垃圾清运量\t≥3.2万吨\t3.36万吨\t20\t20\n"
    "公厕保洁达标率\t≥95%\t92.4%\t20\t18.4\n"
    "部分公厕改造期间停用，达标率未达目标，预计2025年改造完成后可达98%。\n"
    "填报人：林芳\t审核人：郭强\t填报日期：2025年1月28日\n"))

LOG = SourceText(name="巡诊日志.md", text=(
    "## 2023-03-06\n巡诊村民42人次。\n\n## 2023-06-12\n巡诊村民57人次。\n\n"
    "## 2023-09-18\n巡诊村民61人次。\n\n上年度（2022年度）巡诊共计150人次。\n"))


def status(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_a_forms_year_is_its_nian_du_not_its_filing_date():
    assert SourceIndex.build([FORM]).year_now == 2024
    got = status("全年预算248万元，执行239.52万元，执行率96.58%；清运垃圾3.36万吨，公厕保洁达标率92.4%。", FORM)
    assert got == {"248万元": "exact", "239.52万元": "exact", "96.58%": "exact", "3.36万吨": "exact",
                   "92.4%": "exact"}, got


def test_a_log_of_dated_entries_keeps_the_year_it_is_mostly_about():
    assert SourceIndex.build([LOG]).year_now == 2023
