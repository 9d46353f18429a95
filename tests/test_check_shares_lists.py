"""Wholes and sums of source lists (issue 10, point 2): a bare 占 after an earlier 占X的 of its sentence is of that
whole even where rates of the first part stand between it and its 占; 占全年的 after a comparison with another
quarter is of the year, the compared quarter naming no item; 'N个项目…合计' is the sum of that field over the one
source list of N records; a fraction word after an amount of a breakdown with no 合计 is of what it adds up to.

Units not in any corpus: a street culture and sports centre (街道文体中心), a fishing-port station (渔港管理站) and a
city street-lighting office (城市照明管理所).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

PORT = SourceData(name="渔港管理站绩效数据.json", data={
    "单位名称": "某县中心渔港管理站", "评价年度": 2024,
    "绩效": [{"指标": "渔船进出港登记", "目标": "≥10000艘次", "实际": "11800艘次", "上年": "10950艘次"}],
    "专项行动": [{"行动": "伏季休渔监管", "登记渔船": "2360艘次", "上年": "2150艘次"},
                 {"行动": "台风防御转港", "登记渔船": "1475艘次"}],
    "项目支出明细": [
        {"项目": "港池清淤疏浚", "调整预算": D("170.00"), "决算支出": D("164.00")},
        {"项目": "渔港设施提升", "调整预算": D("130.00"), "决算支出": D("126.00")},
        {"项目": "渔船进出港监管", "调整预算": D("112.00"), "决算支出": D("110.00")}],
    "金额单位": "万元"})

VENUES = SourceText(name="场馆预约统计.md", text=(
    "# 东湖街道文体中心2024年场馆预约统计\n\n"
    "| 季度 | 场馆预约（场次） | 参与（人次） |\n| --- | --- | --- |\n"
    "| 第一季度 | 420 | 8460 |\n| 第二季度 | 515 | 10320 |\n| 第三季度 | 610 | 12870 |\n"
    "| 第四季度 | 455 | 9150 |\n| 合计 | 2000 | 40800 |\n"))

LIGHT = SourceData(name="照明管理所部门整体支出.json", data={
    "单位名称": "某市城市照明管理所", "评价年度": 2024, "金额单位": "万元",
    "收支情况": {"年初预算": D("1800.00"), "调整预算": D("1900.00"), "决算支出": D("1850.00")},
    "项目支出明细": [
        {"项目": "路灯维修养护", "调整预算": D("420.00"), "决算支出": D("412.30")},
        {"项目": "夜景照明提升", "调整预算": D("330.00"), "决算支出": D("318.60")},
        {"项目": "智慧照明平台运维", "调整预算": D("180.00"), "决算支出": D("176.40")},
        {"项目": "节能改造", "调整预算": D("95.00"), "决算支出": D("92.70")}]})

# a breakdown in 元 with no 合计 and no unit stated: its items add up to the year's spending
CENTRE = SourceData(name="文体中心项目资金.json", data={
    "资金": {"全年预算": 1600000, "执行": 1520000},
    "支出构成": {"器材维护": 132000, "赛事组织": 688000, "场馆运行": 700000}})


def status(text: str, *sources: SourceData | SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_a_bare_share_is_of_the_whole_an_earlier_share_named_over_the_rates_between():
    text = ("伏季休渔监管行动登记渔船2360艘次，比上年的2150艘次增长9.77%，占全年渔船进出港登记的20.00%；"
            "台风防御转港登记渔船1475艘次，占{}。")
    assert status(text.format("12.50%"), PORT)["12.50%"] == "derived"  # 1475 ÷ 11800
    assert status(text.format("14.50%"), PORT)["14.50%"] == "unsupported"


def test_a_quarters_share_of_the_year_after_a_comparison_is_of_the_year():
    text = "第四季度场馆预约455场次，比第三季度少155场次，占全年的{}。"
    assert status(text.format("22.75%"), VENUES)["22.75%"] == "derived"  # 455 ÷ 2000
    # the compared quarter's share (610 ÷ 2000) is no share of the fourth quarter
    assert status(text.format("30.50%"), VENUES)["30.50%"] == "unsupported"


def test_a_counted_sum_is_of_the_one_source_list_of_that_many_records():
    assert status("四个项目调整预算合计1025.00万元。", LIGHT)["1025.00万元"] == "derived"  # 420 + 330 + 180 + 95
    assert status("两个项目调整预算合计1025.00万元。", LIGHT)["1025.00万元"] == "unsupported"  # the list holds four
    assert status("三个项目调整预算合计420.00万元。", PORT)["420.00万元"] == "unsupported"  # 170 + 130 + 112 = 412


def test_a_fraction_word_after_an_item_of_a_breakdown_without_its_total_is_of_what_it_adds_up_to():
    assert status("器材维护经费13.20万元，不足一成。", CENTRE)["不足一成"] == "derived"  # 132000 ÷ 1520000 = 8.68 %
    assert status("赛事组织经费68.80万元，不足一成。", CENTRE)["不足一成"] == "unsupported"  # 45.26 %


DISTRICTS = SourceText(name="路灯分片区统计.md", text=(
    "# 2024年城市照明分片区统计\n\n"
    "| 片区 | 新装路灯（盏） | 更换灯具（盏） |\n| --- | --- | --- |\n"
    "| 东片区 | 480 | 260 |\n| 西片区 | 380 | 240 |\n| 南片区 | 300 | 210 |\n| 北片区 | 340 | 190 |\n"
    "| 合计 | 1500 | 900 |\n"))


def test_items_listed_before_the_name_they_share_add_up_their_rows():
    assert status("东、西片区合计新装路灯860盏。", DISTRICTS)["860盏"] == "derived"  # 480 + 380
    assert status("东、西片区新装路灯合计900盏。", DISTRICTS)["900盏"] == "unsupported"
    # no column named: the column of the figure the sentence traced before it (更换灯具)
    got = status("南片区更换灯具210盏，东、西片区合计500盏。", DISTRICTS)
    assert got["500盏"] == "derived"  # 260 + 240
    assert status("南片区更换灯具210盏，东、西片区合计860盏。", DISTRICTS)["860盏"] == "unsupported"  # 新装's sum
