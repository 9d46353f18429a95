"""A funding line named by its government level alone — 州级资金 for 州级财政资金, 盟级资金, 旗级资金, 自治区资金 for
自治区林草专项资金 — is that line, as 省级资金 and 市级资金 always were: its 结余 / 执行率 / 调整率 must be the line's own.

Found on the spent corpus blind28 in two units by the same mechanism (bortala: 自治区资金结余1.05万元 — the 州级 line's
balance — passed as derived, 州级资金调整率-5.14% — the whole's rate — as exact; garze: 州级资金结余2.54万元, the
central line's balance, as derived): the gate's closed vocabulary of words that name where money comes from knew 省 /
市级 / 县级 / 区级 but not the levels of autonomous regions, prefectures, leagues and banners (自治区, 州级, 盟级, 旗级),
so a one-word name of such a line named none and any equal value anywhere passed.

A prefecture's forest pest control project (林业有害生物防治项目): two lines, the region's special fund and the
prefecture's own money, and their total.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="林业有害生物防治项目自评表.md", text=(
    "# 项目支出绩效自评表（2025年度）\n\n"
    "项目名称：林业有害生物防治项目\n"
    "实施单位：怒江傈僳族自治州林业有害生物防治检疫站\n\n"
    "## 项目资金（万元）\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
    "| --- | ---: | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 85.00 | 88.60 | 84.45 | 95.32% |\n"
    "| 自治区林草专项资金 | 60.00 | 60.00 | 57.30 | 95.50% |\n"
    "| 州级财政资金 | 25.00 | 28.60 | 27.15 | 94.93% |\n"))

# balances: region 60.00 − 57.30 = 2.70, prefecture 28.60 − 27.15 = 1.45, whole 4.15
# adjustment: prefecture (28.60 − 25.00) ÷ 25.00 = 14.40 %, whole (88.60 − 85.00) ÷ 85.00 = 4.24 %


def status(text: str, figure: str) -> str:
    return [m.status for m in check(text, [FORM]).mentions if m.text == figure][-1]


def test_the_prefecture_lines_own_figures_named_by_its_level_are_supported():
    assert status("州级资金执行率94.93%，结余1.45万元。", "94.93%") == "exact"
    assert status("州级资金年中调增3.60万元，调整率14.40%。", "14.40%") == "derived"


def test_the_wholes_rate_given_to_the_prefecture_line_is_unsupported():
    assert status("州级资金执行率95.32%。", "95.32%") == "unsupported"
    assert status("州级资金调整率4.24%。", "4.24%") == "unsupported"


def test_the_other_lines_balance_given_to_a_line_named_by_its_level_is_unsupported():
    assert status("州级资金执行率94.93%，自治区资金结余1.45万元。", "1.45万元") == "unsupported"
    assert status("州级资金执行率94.93%，自治区资金结余2.70万元。", "2.70万元") == "derived"


def _sheet(path):
    """The same project as a spreadsheet form, the implementer's name (…自治州…) in its head: each row's words then
    hold the prefecture's name, and 自治区 is left one word of its own (治区) in the region line's name."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.append(["项目支出绩效自评表（2025年度）"])
    ws.append(["项目名称", None, "林业有害生物防治项目"])
    ws.append(["实施单位", None, "怒江傈僳族自治州林业有害生物防治检疫站"])
    ws.append(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "执行率"])
    ws.append(["年度资金总额", None, 85, 88.6, 84.45, 0.9532])
    ws.append(["自治区林草专项资金", None, 60, 60, 57.3, 0.955])
    ws.append(["州级财政资金", None, 25, 28.6, 27.15, 0.9493])
    for row in ws.iter_rows(min_row=5, max_row=7, min_col=6, max_col=6):
        row[0].number_format = "0.00%"
    wb.save(path)
    return path


def test_the_region_line_named_by_its_level_in_a_spreadsheet_form_is_that_line(tmp_path):
    sources = [_sheet(tmp_path / "林业有害生物防治项目自评表.xlsx")]
    found = {m.text: m.status for m in check("州级资金执行率94.93%，自治区资金结余1.45万元。", sources).mentions}
    assert found["1.45万元"] == "unsupported"
    found = {m.text: m.status for m in check("州级资金执行率94.93%，自治区资金结余2.70万元。", sources).mentions}
    assert found["2.70万元"] == "derived"
