"""Derived figures placed by the STRUCTURE of what the paragraph told (issue 10, precision; drafter/check/told.py and
dates.py): a gap between two told figures of like role whose subjects the words name (执行相差 / 与X只差 / 比X多结余),
a sum over the items its words list (甲、乙、丙合计), a per-unit over the count its 每-noun names, the other half of a
year told a clause before, the days between the starts of two dated periods, and a figure restated approximately
(54,250元（约5.43万元）) that stays an operand. Beside each, the planted error that must stay unsupported: a wrong
role, an item not listed, another count, the wrong ends of the periods, a value one step off.

Two units of our own: 临江市政设施维护中心 (street lights, bridges, road patrols) and 岭南果树研究所 (nursery
stock, grafting, trial orchards); names and values invented. Each figure sits in a document of its own: no source
record relates them — only the text does.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def _docs(*lines: str) -> list[SourceText]:
    return [SourceText(name=f"记录{k}.txt", text=f"记录{k}\n{line}\n") for k, line in enumerate(lines)]


MAINTENANCE = _docs(
    "东城养护所路灯维修经费54250元。",
    "西城养护所路灯维修经费54225元。",
    "南城养护所路灯维修经费54100元。",
    "桥梁检测预算52万元，执行47.35万元。",
    "道路巡查预算52万元，执行46.13万元。",
    "全部养护费用812350元。",
    "养护片区134个。",
    "全年发现设施问题213个。",
    "北城片区发现问题46个。",
    "全年节能量折合2.86万吨标准煤。",
    "上年节能量2.41万吨标准煤。",
    "第一轮桥梁检测3月18日开始，3月22日结束。",
    "第二轮桥梁检测9月9日开始，9月16日结束。",
)

ORCHARD = _docs(
    "苹果苗出圃1687株。",
    "梨苗出圃135株。",
    "桃苗出圃284株。",
    "全年嫁接苗木4.87万株。",
    "截至6月30日累计嫁接苗木2.93万株。",
)

SOURCES = MAINTENANCE + ORCHARD


def status(text: str, sources: list[SourceText] = SOURCES) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_gap_to_a_figure_restated_approximately_is_between_the_two_told_figures():
    text = "东城养护所路灯维修经费54,250元（约5.43万元）；西城养护所路灯维修经费54,225元，与东城养护所只差{}。"
    assert status(text.format("25元"))["25元"] == "derived"  # 54,250 − 54,225: the 约 restatement hides no operand
    # the gap to 南城 (54,100) is 125元: the words name 东城, whose gap is 25 — 35元 is no gap of the told figures
    assert status(text.format("35元"))["35元"] == "unsupported"
    named = "南城养护所路灯维修经费54,100元；东城养护所路灯维修经费54,250元（约5.43万元）；西城养护所路灯维修经费54,225元，与南城养护所只差{}。"
    assert status(named.format("125元"))["125元"] == "derived"
    assert status(named.format("25元"))["25元"] == "unsupported"  # 东城's gap given to 南城


def test_a_gap_of_one_role_is_between_the_two_named_lines_figures_of_that_role():
    text = "桥梁检测执行47.35万元；道路巡查执行46.13万元。桥梁检测与道路巡查预算同为52万元，{}相差1.22万元。"
    assert status(text.format("执行"))["1.22万元"] == "derived"  # 47.35 − 46.13
    # the budgets are the same: no gap of 预算 is 1.22万元 (the spendings' gap is no budgets' gap)
    assert status(text.format("预算"))["1.22万元"] == "unsupported"


def test_an_average_per_item_is_over_the_count_its_noun_names():
    text = ("全年发现设施问题213个，北城片区发现问题46个。养护片区134个。"
            "全部养护费用812,350元（约81.24万元），平均每个片区6062.31元，每个问题{}。")
    assert status(text.format("3813.85元"))["3813.85元"] == "derived"  # 812,350 ÷ 213
    # over 北城's 46 problems it is 17659.78 — and over the 134 片区 6062.31: the noun names the problems, all of them
    assert status(text.format("6062.31元"))["6062.31元"] == "unsupported"


def test_a_sum_over_the_items_its_words_list():
    text = "苹果苗出圃1,687株；梨苗出圃135株；桃苗出圃284株。苹果、梨、桃苗合计出圃{}。"
    assert status(text.format("2,106株"))["2,106株"] == "derived"  # 1,687 + 135 + 284
    assert status(text.format("1,971株"))["1,971株"] == "unsupported"  # 1,687 + 284: 梨 left out
    assert status(text.format("2,116株"))["2,116株"] == "unsupported"  # one step off


def test_the_other_half_of_the_year_may_follow_the_half_in_the_next_clause():
    text = "全年嫁接苗木4.87万株。其中上半年2.93万株，占全年60.16%；下半年{}。"
    assert status(text.format("1.94万株"))["1.94万株"] == "derived"  # 4.87 − 2.93
    assert status(text.format("1.84万株"))["1.84万株"] == "unsupported"


def test_a_change_in_tonnes_of_standard_coal_is_of_this_years_figure():
    text = "全年节能量折合2.86万吨标准煤，比上年2.41万吨标准煤多{}，增长{}。"
    got = status(text.format("0.45万吨标准煤", "18.67%"))
    assert got["0.45万吨"] == "derived" and got["18.67%"] == "derived"  # 标准煤 is the unit, no 标准 (target)
    got = status(text.format("0.55万吨标准煤", "15.73%"))  # one off; the rise over this year's figure
    assert got["0.55万吨"] == "unsupported" and got["15.73%"] == "unsupported"


def test_days_between_the_starts_of_two_periods_count_from_start_to_start():
    text = ("第一轮桥梁检测从3月18日到3月22日，为期5天；第二轮从9月9日到9月16日，为期8天，两轮{}相隔{}。")
    assert status(text.format("开始", "175天"))["175天"] == "derived"  # 3月18日 → 9月9日
    assert status(text.format("开始", "171天"))["171天"] == "unsupported"  # end of the first to the second's start
    assert status(text.format("结束", "178天"))["178天"] == "derived"  # 3月22日 → 9月16日
    assert status(text.format("结束", "175天"))["175天"] == "unsupported"


def test_days_between_the_starts_of_periods_told_in_the_sentence_before():
    text = "第一轮桥梁检测3月18日至3月22日，为期5天；第二轮9月9日至9月16日，为期8天。两轮开始相隔{}。"
    assert status(text.format("175天"))["175天"] == "derived"
    assert status(text.format("178天"))["178天"] == "unsupported"  # the ends' gap, not the starts'


FORM = SourceText(name="果树研究所项目自评表.md", text=(
    "# 2024年岭南果树研究所良种苗木繁育项目绩效自评表\n\n金额单位：万元\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | --- | --- | --- |\n"
    "| 年度资金总额 | 185.00 | 196.40 | 189.23 |\n"
    "| 其中：省级苗木繁育专项 | 120.00 | 131.40 | 127.86 |\n"
    "| 市级财政资金 | 65.00 | 65.00 | 61.37 |\n"))


def test_more_balance_than_another_line_is_the_gap_of_the_two_balances():
    text = ("分资金来源看：省级苗木繁育专项全年预算131.40万元，执行127.86万元，结余3.54万元；"
            "市级财政资金65.00万元未作调整，执行61.37万元，结余3.63万元，比省级苗木繁育专项{}结余{}。")
    assert status(text.format("多", "0.09万元"), [FORM])["0.09万元"] == "derived"  # 3.63 − 3.54
    assert status(text.format("少", "0.09万元"), [FORM])["0.09万元"] == "unsupported"  # the other side
    assert status(text.format("多", "0.19万元"), [FORM])["0.19万元"] == "unsupported"


def test_a_rate_gap_starts_from_the_rate_its_own_sentence_told():
    text = ("项目全年执行189.23万元，执行率96.35%。省级苗木繁育专项执行127.86万元，执行率97.31%；"
            "市级财政资金执行61.37万元，执行率94.42%，执行率比省级苗木繁育专项低{}。")
    assert status(text.format("2.89个百分点"), [FORM])["2.89个百分点"] == "derived"  # 97.31 − 94.42
    # 96.35 − 94.42: the gap to the whole's rate, not to the line the words name
    assert status(text.format("1.93个百分点"), [FORM])["1.93个百分点"] == "unsupported"


LEDGER = SourceText(name="果树研究所支出明细.md", text=(
    "# 2024年岭南果树研究所良种苗木繁育项目\n\n项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 210.00 | 226.80 | 216.03 |\n\n"
    "支出明细（单位：万元）\n\n"
    "| 支出项目 | 金额 |\n| --- | ---: |\n"
    "| 接穗采购 | 46.20 |\n| 肥料与农药 | 63.85 |\n| 设施维修 | 54.38 |\n| 水电 | 28.40 |\n| 技术服务 | 23.20 |\n"
    "| 合计 | 216.03 |\n"))


def test_a_share_in_a_two_column_breakdown_is_over_its_total_row():
    text = "支出明细：肥料与农药63.85万元最多，占{}；设施维修54.38万元，占25.17%。"
    got = status(text.format("29.56%"), [LEDGER])
    assert got["29.56%"] == "derived" and got["25.17%"] == "derived"  # 63.85 ÷ 216.03, 54.38 ÷ 216.03
    assert status(text.format("28.15%"), [LEDGER])["28.15%"] == "unsupported"  # over the budget 226.80
    # 设施维修's share given to 肥料与农药
    assert status("支出明细：肥料与农药63.85万元最多，占25.17%。", [LEDGER])["25.17%"] == "unsupported"


NURSERY_CHECKS = SourceText(name="苗木检测台账.md", text=(
    "# 岭南果树研究所2025年苗木质量检测台账\n\n"
    "| 区域 | 检测面积（亩） | 检测批次 | 不合格批次 |\n| --- | --- | --- | --- |\n"
    "| 东区苗圃 | 1260 | 180 | 6 |\n| 西区苗圃 | 980 | 146 | 4 |\n"
    "| 合计 | 2240 | 326 | 10 |\n| 上年合计 | 2130 | 298 | 12 |\n"))


def test_last_years_rate_is_the_same_rate_over_the_last_year_row():
    text = "全年检测苗木326批次，不合格10批次，不合格率3.07%，比上年{}下降{}。"
    got = status(text.format("4.03%", "0.96个百分点"), [NURSERY_CHECKS])
    assert got["4.03%"] == "derived" and got["0.96个百分点"] == "derived"  # 12 ÷ 298; 4.03 − 3.07
    # 10 ÷ 298: this year's failures over last year's batches — no year's rate
    assert status(text.format("3.36%", "0.29个百分点"), [NURSERY_CHECKS])["3.36%"] == "unsupported"


LIGHTS = [
    SourceText(name="分片区路灯电费统计.tsv", text=(
        "片区\t电费（万元）\t路灯（盏）\t上年电费（万元）\n东片\t108.20\t470\t98.60\n西片\t88.20\t386\t80.60\n"
        "合计\t196.40\t856\t179.20\n")),
    SourceText(name="市政设施维护中心绩效自评表.md", text=(
        "# 临江市政设施维护中心2025年部门整体支出绩效自评表\n\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标 | 数量指标 | 维护路灯数量 | ≥820盏 | 856盏 | 803盏 |\n"
        "| 产出指标 | 质量指标 | 路灯亮灯率 | ≥98% | 98.6% | 98.1% |\n")),
]


def test_last_years_per_unit_is_the_same_quotient_over_last_years_figures():
    text = "全年维护路灯856盏，路灯电费196.40万元，每盏电费2294.39元，上年每盏{}。"
    assert status(text.format("2231.63元"), LIGHTS)["2231.63元"] == "derived"  # 179.20万 ÷ 803
    assert status(text.format("2093.46元"), LIGHTS)["2093.46元"] == "unsupported"  # 179.20万 ÷ 856: two years mixed


BRANCHES = SourceText(name="各试验站在册人员情况.md", text=(
    "# 岭南果树研究所2025年各试验站在册人员情况\n\n"
    "| 试验站 | 在册人员（人） | 新进人员（人） | 上年在册（人） |\n| --- | ---: | ---: | ---: |\n"
    "| 北坡试验站 | 162 | 18 | 148 |\n| 南岭试验站 | 137 | 9 | 131 |\n| 东湖试验站 | 95 | 5 | 102 |\n"
    "| 合计 | 394 | 32 | 381 |\n"))


def test_a_named_rows_change_is_its_figure_less_last_years_in_that_row():
    got = status("北坡试验站在册162人，增长9.46%；南岭试验站增加{}，东湖试验站减少7人。".format("6人"), [BRANCHES])
    assert got["6人"] == "derived" and got["7人"] == "derived"  # 137 − 131; 102 − 95
    assert status("北坡试验站在册162人；南岭试验站增加14人。", [BRANCHES])["14人"] == "unsupported"  # 北坡's change
    assert status("北坡试验站在册162人；东湖试验站增加7人。", [BRANCHES])["7人"] == "unsupported"  # the wrong way
    # 比目标多: a gap to a target the words name, never the row's change over the year
    assert status("北坡试验站在册162人；南岭试验站比目标多6人。", [BRANCHES])["6人"] == "unsupported"


INDICATORS = SourceData(name="果树研究所项目绩效数据.json", data={
    "单位": "岭南果树研究所", "计量说明": "出圃数量单位为株",
    "指标": [
        {"名称": "完成苹果苗出圃", "目标值": "≥1500株", "完成值": 1687, "上年完成": 1542},
        {"名称": "其中：矮化苹果苗出圃", "目标值": "≥400株", "完成值": 463, "上年完成": 418},
        {"名称": "桃苗出圃", "目标值": "≥300株", "完成值": 284, "上年完成": 312},
        {"名称": "梨苗出圃", "目标值": "≥120株", "完成值": 135, "上年完成": 104},
        {"名称": "检出不合格苹果苗", "目标值": "—", "完成值": 37, "上年完成": 41}]})


def test_a_sum_over_three_listed_items_each_a_figure_the_paragraph_told():
    text = ("完成苹果苗出圃1,687株，比目标1,500株多187株；上年1,542株，增加145株。其中矮化苹果苗463株（上年418株）。"
            "检出不合格苹果苗37株。梨苗出圃135株，比上年104株增长29.81%。桃苗出圃仅284株，没有完成300株的目标，"
            "比上年312株减少28株。苹果、梨、桃苗合计出圃{}。")
    assert status(text.format("2,106株"), [INDICATORS])["2,106株"] == "derived"  # 1,687 + 135 + 284
    assert status(text.format("2,143株"), [INDICATORS])["2,143株"] == "unsupported"  # + the 37 that failed
    assert status(text.format("1,958株"), [INDICATORS])["1,958株"] == "unsupported"  # last year's 1,542 + 104 + 312
    assert status(text.format("2,116株"), [INDICATORS])["2,116株"] == "unsupported"


def test_a_named_rows_growth_is_over_last_years_figure_of_that_row():
    got = status("各试验站中，南岭试验站增速最快（{}），东湖试验站减少7人。".format("4.58%"), [BRANCHES])
    assert got["4.58%"] == "derived"  # (137 − 131) ÷ 131
    assert status("各试验站中，东湖试验站增速最快（4.58%）。", [BRANCHES])["4.58%"] == "unsupported"  # 南岭's
    assert status("各试验站中，南岭试验站增速最快（4.38%）。", [BRANCHES])["4.38%"] == "unsupported"  # 6 ÷ 137: over this year's


WORK_ORDERS = SourceText(name="各片区报修工单统计.md", text=(
    "# 临江市政设施维护中心2025年各片区报修工单统计\n\n"
    "| 片区 | 签约小区（个） | 报修工单（张） | 维修金额（万元） |\n| --- | ---: | ---: | ---: |\n"
    "| 东城片区 | 24 | 3128 | 41.20 |\n| 西城片区 | 21 | 2655 | 36.85 |\n| 北城片区 | 16 | 2980 | 38.64 |\n"
    "| 合计 | 61 | 8763 | 116.69 |\n"))


def test_an_average_per_item_of_the_row_its_sentence_names():
    text = "东城片区签约小区24个，报修工单3128张；北城片区签约小区16个，平均每个小区报修工单却最多，为{}。"
    assert status(text.format("186.25张"), [WORK_ORDERS])["186.25张"] == "derived"  # 北城: 2980 ÷ 16
    assert status(text.format("130.33张"), [WORK_ORDERS])["130.33张"] == "unsupported"  # 东城's average


def test_a_share_among_the_items_its_sentence_counts_is_over_their_sum():
    docs = _docs("路灯维护费168.40万元。", "桥梁养护费96.52万元。")
    text = "路灯维护费168.40万元，比桥梁养护费96.52万元多71.88万元；两类设施中，{}占{}。"
    assert status(text.format("桥梁养护费", "36.43%"), docs)["36.43%"] == "derived"  # 96.52 ÷ (168.40 + 96.52)
    assert status(text.format("路灯维护费", "63.57%"), docs)["63.57%"] == "derived"
    assert status(text.format("路灯维护费", "36.43%"), docs)["36.43%"] == "unsupported"  # the other item's share
