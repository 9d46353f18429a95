"""支出明细 rows of a form's funding table (issue 10): the item's name cell is merged over the budget columns and its
amount stands in the column the header calls 分值 (支出明细 | 赛道维护 ⟶ | 218.60). A score column holds no row laid
out across the header's columns: the amount is read under the last column the name covers (全年执行数, 万元), so the
text's 赛道维护执行218.60万元 and its share are traced. A wrong amount or another item's stays unsupported; a score
under the same header, in a row laid out cell by cell, stays a score.

Units of our own: 克拉玛依市赛马场 (a 自评表 printed as a tab table, as a PDF form is read).
"""

from __future__ import annotations

from drafter.check import SourceText, check

RACECOURSE = [
    SourceText(name="克拉玛依市赛马场2025年项目支出绩效自评表.txt", text=(
        "克拉玛依市赛马场2025年项目支出绩效自评表\n"
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t520.00\t548.00\t526.40\t10\t96.06%\t9.61\n"
        "支出明细\t赛道维护\t\t\t218.60\t\t\n"
        "支出明细\t赛事组织\t\t\t186.30\t\t\n"
        "支出明细\t马匹检疫\t\t\t75.20\t\t\n"
        "支出明细\t安保与医疗\t\t\t46.30\t\t\n"
        "支出明细\t合计\t\t\t526.40\t\t\n"
        "\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t上年实际\t得分\n"
        "产出指标\t数量指标\t举办速度赛马\t≥24场\t28场\t\t20\n"
        "产出指标\t质量指标\t赛事安全事故\t0起\t0起\t0起\t15\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, RACECOURSE).mentions if m.status != "ignored"}


def test_an_amount_under_a_score_head_in_a_spanned_row_is_the_rows_spending():
    got = status("按支出类别，赛道维护执行218.60万元，占41.53%；马匹检疫75.20万元，占14.29%。")
    assert got["218.60万元"] == "exact" and got["75.20万元"] == "exact"
    assert got["41.53%"] == "derived" and got["14.29%"] == "derived"


def test_a_wrong_or_swapped_amount_of_a_spanned_row_stays_unsupported():
    assert status("马匹检疫执行76.20万元。")["76.20万元"] == "unsupported"
    assert status("马匹检疫执行46.30万元。")["46.30万元"] == "unsupported"  # 安保与医疗's


def test_a_score_in_a_row_laid_out_cell_by_cell_stays_a_score():
    got = status("预算执行得分9.61分；举办速度赛马28场，得20分。")
    assert got["9.61分"] == "exact" and got["20分"] == "exact"


TOTAL_ROW = [
    SourceText(name="克拉玛依市赛马场2025年绩效指标表.txt", text=(
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t上年实际\t分值\t得分\n"
        "产出指标\t数量指标\t举办速度赛马\t≥24场\t28场\t25场\t90\t89\n"
        "预算执行\t预算执行率\t预算执行率\t100%\t95.84%\t\t10\t9.58\n"
        "总分\t\t\t\t\t\t100\t98.58\n")),
]


def test_a_total_score_row_spanning_the_indicator_columns_keeps_its_scores():
    got = {m.text: m.status for m in check("本项目自评总分98.58分（满分100分），自评等级为优。", TOTAL_ROW).mentions}
    assert got["98.58分"] == "exact" and got["100分"] == "exact"
