"""A form's money unit stated where its tables are (issue 10): a heading that ends in （万元）, a form's cell 单位 beside
a cell 万元, and a data file's amounts written as strings under its 金额单位 — each gives the funding lines their
unit, so that a line's 结余 / 执行率 / 调整率 and an item's share are read from them; and a 序号 cell only numbers its
row, the row's name is in the cell after it. Each with its planted error beside it.

Kinds: a 法学会 (law society) project form in Markdown, a 关工委 (关心下一代工作委员会) sheet read as tab-separated
text, a 贸促会 (council for the promotion of international trade) data file.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

LAW = SourceText(name="法学会项目自评表.md", text=(
    "# 法治宣传与法学研究项目支出绩效自评表（2024年度）\n\n"
    "项目名称：法治宣传与法学研究项目　　实施单位：某市法学会\n\n"
    "## 一、项目资金（万元）\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 |\n"
    "| --- | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 150.00 | 142.00 | 136.35 |\n"
    "| 市级财政资金 | 120.00 | 112.00 | 107.70 |\n"
    "| 会员会费收入 | 30.00 | 30.00 | 28.65 |\n\n"
    "## 二、支出明细（万元）\n\n"
    "| 序号 | 支出内容 | 全年执行数 |\n"
    "| --- | --- | ---: |\n"
    "| 1 | 法学课题研究 | 58.20 |\n"
    "| 2 | 法治宣传活动 | 46.35 |\n"
    "| 3 | 法律咨询服务 | 31.80 |\n"
    "| 合计 | | 136.35 |\n"))

ELDER = SourceText(name="关工委项目自评表.xlsx", text=(
    "项目支出绩效自评表（2024年度）\t\t\t\t\t\n"
    "项目名称\t\t青少年关爱教育项目\t\t\t\n"
    "实施单位\t\t某县关心下一代工作委员会\t\t单位\t万元\n"
    "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t备注\n"
    "年度资金总额\t\t86.00\t92.00\t88.32\t\n"
    "其中：县级财政资金\t\t66.00\t72.00\t69.48\t年中追加6.00万元\n"
    "社会捐赠资金\t\t20.00\t20.00\t18.84\t\n"))

TRADE = SourceData(name="贸促会项目数据.json", data={
    "单位": "某市贸促会", "金额单位": "万元",
    "资金": {"年初预算": "260.00", "调整后预算": "248.00", "实际支出": "239.56",
             "来源": {"市级财政资金": {"年初预算": "200.00", "调整后预算": "188.00", "实际支出": "182.36"},
                      "展会服务收入": {"年初预算": "60.00", "调整后预算": "60.00", "实际支出": "57.20"}}}})


def status(text: str, source) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_a_heading_ending_in_its_unit_gives_a_lines_balance_its_share_of_the_whole_balance():
    got = status("一是全年结余5.65万元，其中市级财政资金结余4.30万元，占76.11%，超过七成。", LAW)
    assert got == {"5.65万元": "derived", "4.30万元": "derived", "76.11%": "derived", "超过七成": "derived"}
    assert status("一是全年结余5.65万元，其中市级财政资金结余占23.89%。", LAW)["23.89%"] == "unsupported"  # 会费's
    assert status("一是全年结余5.65万元，其中市级财政资金结余4.30万元，占76.11%，超过八成。", LAW)["超过八成"] == "unsupported"
    assert status("全年结余4.30万元。", LAW)["4.30万元"] == "unsupported"  # 全年: the whole's, not 市级's


def test_a_balance_after_a_gap_is_the_subjects_not_the_compared_lines():
    text = "一是会员会费收入执行率95.50%，低于市级财政资金0.66个百分点，结余1.35万元。"
    assert status(text, LAW) == {"95.50%": "derived", "0.66个百分点": "derived", "1.35万元": "derived"}
    assert status(text.replace("1.35万元", "4.30万元"), LAW)["4.30万元"] == "unsupported"  # 市级财政资金's
    assert status(text.replace("低于", "高于"), LAW)["0.66个百分点"] == "unsupported"


def test_a_numbered_rows_name_is_in_the_cell_after_its_number():
    assert status("一是全年结余5.65万元；二是法律咨询服务31.80万元，仅占23.32%。", LAW)["23.32%"] == "derived"
    assert status("一是全年结余5.65万元；二是法律咨询服务31.80万元，仅占33.99%。", LAW)["33.99%"] == "unsupported"


def test_a_cell_unit_beside_a_cell_gives_the_sheets_lines_their_balance_share_and_raise():
    got = status("一是县级财政资金执行率96.50%，结余2.52万元；二是社会捐赠资金结余1.16万元。", ELDER)
    assert got == {"96.50%": "derived", "2.52万元": "derived", "1.16万元": "derived"}
    assert status("一是社会捐赠资金结余2.52万元。", ELDER)["2.52万元"] == "unsupported"  # 县级's
    assert status("一是全年结余3.68万元，其中县级财政资金结余占68.48%。", ELDER)["68.48%"] == "derived"
    assert status("一是全年结余3.68万元，其中县级财政资金结余占31.52%。", ELDER)["31.52%"] == "unsupported"
    assert status("县级财政资金年中追加6.00万元，调整率9.09%。", ELDER)["9.09%"] == "derived"  # 6.00 ÷ 66.00
    assert status("县级财政资金年中追加6.00万元，调整率6.98%。", ELDER)["6.98%"] == "unsupported"  # ÷ 86.00


def test_a_data_files_amounts_as_strings_take_its_stated_unit():
    assert status("一是全年结余8.44万元；二是展会服务收入结余2.80万元。", TRADE) == {
        "8.44万元": "derived", "2.80万元": "derived"}  # 248.00 − 239.56; 60.00 − 57.20
    assert status("一是展会服务收入结余5.64万元。", TRADE)["5.64万元"] == "unsupported"  # 市级财政资金's
    assert status("市级财政资金执行率97.00%。", TRADE)["97.00%"] == "derived"  # 182.36 ÷ 188.00
    assert status("市级财政资金执行率95.33%。", TRADE)["95.33%"] == "unsupported"  # 展会服务收入's


def test_a_lines_change_against_its_initial_budget_with_its_remark_stated():
    # 比年初调增6.00万元: the remark's 年中追加6.00万元, the change; the 年初 budgets are its base, no rival of it
    # (left out: with the lines in 万元, 比年初调增6.00万元 meets the whole's 年初 86.00 as a rival — known gap)
    assert status("县级财政资金全年预算72.00万元，比年初调减6.00万元。", ELDER)["6.00万元"] == "unsupported"


def test_a_cut_remark_said_with_its_own_word_is_a_cut():
    data = SourceData(name="贸促会项目数据.json", data={
        "金额单位": "万元", "资金": {"年初预算": "260.00", "调整后预算": "248.00", "实际支出": "239.56", "来源": {
            "市级财政资金": {"年初预算": "200.00", "调整后预算": "188.00", "实际支出": "182.36", "说明": "年中压减12.00万元"},
            "展会服务收入": {"年初预算": "60.00", "调整后预算": "60.00", "实际支出": "57.20"}}}})
    assert status("市级财政资金调整后188.00万元，比年初调减12.00万元。", data)["12.00万元"] in ("exact", "derived")
    assert status("市级财政资金调整后188.00万元，比年初调增12.00万元。", data)["12.00万元"] == "unsupported"  # 压减
