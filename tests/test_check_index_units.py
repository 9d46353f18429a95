"""Stated units (issue 10): "单位：万元" in all the ways a form or a ledger states it — a line of its own, a
heading's bracket "（金额单位：人民币万元）", a cell of a sheet's first row beside the title, a PDF page line,
a data file's header comment or text field — is read by one reader with one set of words. Its scope: it
applies to the table (or the data file) that follows until the next statement; a statement inside a table's
own caption applies to that table only; and it gives amounts their unit, never counts or rates.
Units: a city emergency medical centre (急救指挥中心), an animal disease control centre (动物疫病预防控制中心), a
reservoir management station (水库管理所), a botanical garden (植物园), an urban drainage office (排水管理处).
"""

from __future__ import annotations


import pytest

from drafter.check import SourceData, SourceText, check
from drafter.check._common import stated_units


def status(text: str, *sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# -- the reader --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, unit, own_table", [
    ("单位：万元", "万元", False),
    ("金额单位：元", "元", False),
    ("（单位：万元）", "万元", False),
    ("　　　　（金额单位：人民币万元）", "万元", False),
    ("资金单位: 亿元", "亿元", False),
    ("单位 ： 千元", "千元", False),
    ("计量单位：万元", "万元", False),
    ("\t\t\t\t金额单位：万元", "万元", False),                       # a sheet's first row, the unit in its last cell
    ("2023年院前急救经费支出明细表\t\t\t单位：元", "元", False),      # the title and the unit in one sheet row
    ("填报单位：某市急救指挥中心    金额单位：万元", "万元", False),       # a PDF page line: the filer, then the unit
    ("本表金额单位为万元。", "万元", False),
    ("表2 疫苗采购支出明细（金额单位：元）", "元", True),             # a caption: its own table only
    ("## 三、资金使用情况（单位：万元）", "万元", True),
])
def test_a_unit_statement_is_read_wherever_a_form_puts_it(line, unit, own_table):
    assert [(u, own) for _, u, own in stated_units(line)] == [(unit, own_table)]


@pytest.mark.parametrize("line", [
    "填报单位：某县动物疫病预防控制中心",      # the filing unit, not a unit of measure
    "补助标准单位：元/头",                    # a price's unit: per head
    "计量单位：头（只）",                     # a count's unit
    "指标名称\t计量单位\t年度指标值\t实际完成值",  # a column named 计量单位
    "单位：万元/年",
    "各单位：万元以上项目须报备。",             # 各单位 is "every unit" (organisations), its colon opens a notice
])
def test_words_that_are_no_money_unit_statement(line):
    assert stated_units(line) == []


def test_each_statement_is_found_at_its_offset_in_a_longer_text():
    text = "某市急救指挥中心\n单位：万元\n| a | b | c |\n表3 其他支出（单位：元）\n"
    assert [(text[k:k + 2], u, own) for k, u, own in stated_units(text)] == [("单位", "万元", False),
                                                                            ("表3", "元", True)]


# -- scope in a text source ---------------------------------------------------------------------------------

EMERGENCY = SourceText(name="急救经费.md", text=(
    "# 某市急救指挥中心2023年院前急救工作经费\n\n"
    "（金额单位：人民币万元）\n\n"
    "| 项目 | 年初预算 | 全年预算 | 全年执行 |\n"
    "| --- | --- | --- | --- |\n"
    "| 急救技能培训 | 42.00 | 45.00 | 44.16 |\n"
    "| 急救药品耗材 | 186.00 | 192.50 | 190.85 |\n\n"
    "单位：元\n\n"
    "| 项目 | 年初预算 | 全年预算 | 全年执行 |\n"
    "| --- | --- | --- | --- |\n"
    "| 急救车辆保险 | 86,000 | 86,000 | 83,450 |\n"))


def test_a_statement_in_brackets_with_renminbi_applies_to_the_table_after_it():
    assert status("急救药品耗材全年执行190.85万元。", EMERGENCY) == {"190.85万元": "exact"}
    assert status("急救药品耗材全年执行190.85元。", EMERGENCY) == {"190.85元": "unsupported"}


def test_the_next_statement_replaces_it_for_the_tables_after_it():
    assert status("急救车辆保险全年执行8.345万元。", EMERGENCY)["8.345万元"] != "unsupported"
    assert status("急救车辆保险全年执行83450万元。", EMERGENCY) == {"83450万元": "unsupported"}


GARDEN = SourceText(name="植物园养护.md", text=(
    "某市植物园2023年专类园养护项目\n\n"
    "单位：万元\n\n"
    "| 专类园 | 全年预算 | 全年执行 |\n"
    "| --- | --- | --- |\n"
    "| 兰花园 | 36.50 | 35.80 |\n\n"
    "表2 苗木采购明细（单位：元）\n\n"
    "| 苗木 | 全年预算 | 全年执行 |\n"
    "| --- | --- | --- |\n"
    "| 杜鹃 | 48,000 | 46,500 |\n\n"
    "表3 设施维修\n\n"
    "| 设施 | 全年预算 | 全年执行 |\n"
    "| --- | --- | --- |\n"
    "| 温室 | 22.40 | 21.95 |\n"))


def test_a_captions_unit_is_its_own_tables_and_the_page_statement_resumes_after_it():
    assert status("杜鹃苗木采购执行4.65万元。", GARDEN)["4.65万元"] != "unsupported"
    assert status("温室维修执行21.95万元。", GARDEN) == {"21.95万元": "exact"}
    assert status("温室维修执行21.95元。", GARDEN) == {"21.95元": "unsupported"}


RESERVOIR = SourceText(name="水库管理.xlsx", text=(
    "2023年大坝安全监测经费执行表\t\t\t\t单位：元\n"
    "项目\t全年预算\t全年执行\t监测点位数\t执行率\n"
    "安全监测\t680,000\t663,000\t1240\t97.50%\n"))


def test_a_unit_beside_the_title_in_a_sheets_first_row_gives_the_amounts_their_unit():
    assert status("安全监测全年执行66.30万元。", RESERVOIR) == {"66.30万元": "converted"}
    assert status("安全监测全年执行663000万元。", RESERVOIR) == {"663000万元": "unsupported"}


def test_the_stated_money_unit_gives_no_count_its_unit():
    assert status("全年维护大坝监测点位1240个，预算执行率97.50%。", RESERVOIR) == {"1240个": "exact", "97.50%": "exact"}


# -- a data file ---------------------------------------------------------------------------------------------

def test_a_data_files_text_field_stating_its_unit_in_words_gives_its_amounts_that_unit(tmp_path):
    path = tmp_path / "强制免疫.yaml"
    path.write_text("说明: 本表金额单位为元\n"
                    "强制免疫经费:\n  疫苗采购支出: 1264000\n  免疫注射劳务补助: 386000\n"
                    "免疫数量:\n  猪瘟免疫头数: 126400\n", encoding="utf-8")
    assert status("疫苗采购支出126.4万元。", path) == {"126.4万元": "converted"}
    assert status("猪瘟免疫126400头。", path)["126400头"] != "unsupported"
    assert status("猪瘟免疫头数126400万元。", path) == {"126400万元": "unsupported"}


def test_a_data_files_header_comment_with_renminbi_gives_its_amounts_that_unit():
    text = "# 动物疫病预防控制中心 强制免疫经费（金额单位：人民币元）\n强制免疫经费:\n  疫苗采购支出: 1264000\n"
    data = SourceData(name="强制免疫.yaml", data={"强制免疫经费": {"疫苗采购支出": 1264000}}, text=text)
    assert status("疫苗采购支出126.4万元。", data) == {"126.4万元": "converted"}


DRAINS = SourceText(name="排水管网维护.docx", text=(
    "2023年城区排水管网维护项目资金执行情况\n"
    "项目资金（金额单位：元）\t年初预算数\t全年预算数\t全年执行数\n"
    "年度资金总额\t1,260,000\t1,310,000\t1,287,450\n"))


def test_a_header_cell_that_states_the_unit_keeps_its_table_and_gives_the_amounts_their_unit():
    # a Word table's first header cell "项目资金（金额单位：元）": the row is still the header of its columns
    assert status("全年执行128.745万元。", DRAINS) == {"128.745万元": "converted"}
    assert status("全年预算数131万元，全年执行128.745万元，执行率98.28%。", DRAINS) == {
        "131万元": "converted", "128.745万元": "converted", "98.28%": "derived"}


GRANTS = SourceText(name="以奖代补.xlsx", text=(
    "2023年农村人居环境整治以奖代补资金到位情况\t\t\t单位：元\n"
    "乡镇\t下达资金数\t资金到位数\t整治村数\n"
    "城关镇\t480,000\t480,000\t12\n"
    "石门乡\t360,000\t342,000\t9\n"))


def test_an_amount_column_named_with_shu_keeps_the_stated_unit_and_a_count_of_villages_does_not():
    assert status("石门乡资金到位34.2万元。", GRANTS) == {"34.2万元": "converted"}
    assert status("石门乡整治9个村。", GRANTS)["9个"] != "unsupported"
