"""A figure in a line the text opens on the NEXT year (2025年… in a report on 2024: the 改进措施's plan) is a plan
(issue 10): a source supports it only as a plan or target of its own — a bound or 目标 the sources set, a figure they
give for that next year — or, where the words keep a level (继续保持 / 全部), as this year's figure of the same item.
A current actual of another item that happens to be equal, a count of a list, or a figure derived from this
year's results never supports a plan (计划新增监测点2个 where a log's 两个监测点 is this year's stock).

Units of our own: 云岭县散装水泥办公室 (a bulk-cement promotion office's self-evaluation form and work log) and
临湘市消费者协会 (a consumer association's complaint statistics).
"""

from __future__ import annotations

from drafter.check import SourceText, check

CEMENT = [
    SourceText(name="云岭县散装水泥办公室2024年部门整体支出绩效自评表.txt", text=(
        "云岭县散装水泥办公室2024年部门整体支出绩效自评表\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "产出指标\t数量指标\t推广散装水泥\t≥12万吨\t12.86万吨\n"
        "产出指标\t数量指标\t检查预拌混凝土搅拌站\t≥40家\t46家\n"
        "产出指标\t质量指标\t散装水泥使用率\t≥95%\t100%\n"
        "产出指标\t质量指标\t问题整改率\t≥90%\t98%\n"
        "产出指标\t时效指标\t专项资金拨付时限\t≤15个工作日\t9个工作日\n")),
    SourceText(name="云岭县散装水泥办公室2024年工作日志.txt", text=(
        "云岭县散装水泥办公室2024年工作日志\n"
        "2024-03-12  在城关镇、龙井乡两个监测点安装散装水泥流向监测设备\n"
        "2024-06-18  完成第三批预拌砂浆站检查，共检查砂浆站3个\n"
        "2024-09-25  全年发现问题50个，已整改49个\n")),
]

CONSUMER = [
    SourceText(name="临湘市消费者协会2024年投诉统计.txt", text=(
        "临湘市消费者协会2024年投诉统计\n"
        "项目\t目标\t完成\n"
        "受理消费投诉（件）\t≥1500\t1638\n"
        "投诉办结率\t≥96%\t97.4%\n"
        "开展消费教育活动（场）\t≥20\t24\n"
        "维权服务站点（个）\t—\t12\n")),
]


def status(text: str, sources: list[SourceText]) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_plan_line_restating_this_years_target_is_supported():
    got = status("2025年推广散装水泥不少于12万吨，检查预拌混凝土搅拌站不少于40家。", CEMENT)
    assert got["12万吨"] == "exact" and got["40家"] == "exact"


def test_a_plan_count_equal_to_another_items_current_count_is_unsupported():
    # 两个监测点 is this year's stock, 3个 the砂浆站 checked this year: neither is a plan of new ones
    got = status("2025年推广散装水泥不少于12万吨，计划新增流向监测点2个，新建预拌砂浆站3个。", CEMENT)
    assert got["12万吨"] == "exact"
    assert got["2个"] == "unsupported"
    assert got["3个"] == "unsupported"


def test_a_plan_rate_derived_from_this_years_results_is_unsupported():
    # 49 ÷ 50 = 98% is this year's 整改率, no plan of the next
    got = status("2025年检查预拌混凝土搅拌站不少于40家，计划将问题整改率提高到98%。", CEMENT)
    assert got["40家"] == "exact"
    assert got["98%"] == "unsupported"


def test_a_plan_line_keeping_this_years_level_is_supported_by_it():
    got = status("2025年继续保持散装水泥使用率100%，专项资金拨付时限不超过15个工作日。", CEMENT)
    assert got["100%"] == "exact" and got["15个工作日"] == "exact"


def test_a_plan_count_equal_to_a_current_row_of_another_item_is_unsupported():
    got = status("2025年受理消费投诉不少于1500件，投诉办结率不低于96%；计划新增维权服务站点12个，"
                 "开展消费教育活动24场。", CONSUMER)
    assert got["1500件"] == "exact" and got["96%"] == "exact"
    assert got["12个"] == "unsupported"  # this year's 12 stations, not 12 new ones
    assert got["24场"] == "unsupported"  # this year's result, given as the next year's plan


def test_the_same_figures_in_this_years_lines_stay_supported():
    got = status("2024年在城关镇、龙井乡两个监测点安装流向监测设备，全年检查预拌砂浆站3个，问题整改率98%。"
                 "维权服务站点12个。", CEMENT + CONSUMER)
    assert got["3个"] == "exact" and got["98%"] == "exact" and got["12个"] == "exact"


def test_a_plan_sentence_inside_a_paragraph_runs_to_its_end():
    got = status("全年推广散装水泥12.86万吨，问题整改率98%。2025年推广散装水泥不少于12万吨，计划新增流向监测点2个；"
                 "问题整改率提高到98%。", CEMENT)
    assert got["12.86万吨"] == "exact" and got["12万吨"] == "exact"
    assert got["2个"] == "unsupported"
    statuses = [m.status for m in check("全年推广散装水泥12.86万吨，问题整改率98%。2025年推广散装水泥不少于12万吨，"
                                        "计划新增流向监测点2个；问题整改率提高到98%。", CEMENT).mentions if m.text == "98%"]
    assert statuses == ["exact", "unsupported"]  # this year's result, then the next year's plan
