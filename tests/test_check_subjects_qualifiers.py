"""A qualifier in the words selects the record with the same qualifier (issue 10, point 1; CHECKER.md principle 4):
比上年的N is the figure of the row, column or record the sources label 上年, and a figure of this year given as last
year's — or last year's given as this year's — is not that record's. A ledger's 上年合计 row is last year's total,
no part of this year's 合计 row; two totals are no part and whole of each other.

And the whole named by its parts: words that list several parts of a total (东城、西城两个片区) name the total, not
the one part listed last."""

from __future__ import annotations

import pytest

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SUPPORTED = ("exact", "converted", "rounded", "approximate", "derived")


# -- 1. a 上年合计 row under a quarterly ledger ----------------------------------------------------------------------
# A youth activity centre's training ledger: four quarters, the year's total and last year's total.
YOUTH = SourceText(name="青少年活动中心培训台账.txt", text=(  # a CSV ledger as the loader reads it: tab cells
    "季度\t培训课时（课时）\t参训学员（人次）\t公益讲座（场）\t培训支出（元）\n"
    "第一季度\t820\t3120\t6\t152,400.00\n"
    "第二季度\t860\t3380\t8\t160,250.00\n"
    "第三季度\t910\t3650\t9\t171,800.00\n"
    "第四季度\t880\t3410\t7\t165,300.00\n"
    "合计\t3,470\t13,560\t30\t649,750.00\n"
    "上年合计\t3,215\t12,470\t26\t602,180.00\n"))
# The same ledger beside the centre's form, which names the year (2024) and states the year's results again.
YOUTH_FORM = SourceData(name="青少年活动中心项目自评表.yaml", data={
    "项目名称": "2024年青少年校外培训项目", "被评价年度": 2024,
    "绩效指标": [{"三级指标": "开展培训课时", "年度指标值": "≥3200课时", "实际完成值": 3470},
                 {"三级指标": "参训学员", "年度指标值": "≥12000人次", "实际完成值": 13560}],
})


LEDGER_ALONE, WITH_FORM = (YOUTH,), (YOUTH, YOUTH_FORM)


@pytest.mark.parametrize("sources", [LEDGER_ALONE, WITH_FORM], ids=["ledger", "ledger+form"])
def test_last_years_total_row_supports_the_figure_the_words_give_to_last_year(sources):
    got = verdicts("全年开展培训3470课时，比上年的3215课时增加255课时；参训学员13560人次，比上年的12470人次增长8.74%。",
                   *sources)
    assert got["3215课时"] == "exact" and got["12470人次"] == "exact", got
    assert got["255课时"] in SUPPORTED and got["8.74%"] in SUPPORTED, got


def test_last_years_total_amount_rounded_to_wan_yuan_is_supported():
    got = verdicts("培训支出64.98万元，比上年的60.22万元增加4.76万元。", YOUTH, YOUTH_FORM)
    assert got["60.22万元"] in ("converted", "rounded", "exact") and got["4.76万元"] in SUPPORTED, got


@pytest.mark.parametrize("sources", [LEDGER_ALONE, WITH_FORM], ids=["ledger", "ledger+form"])
def test_last_years_total_given_as_this_years_is_unsupported(sources):
    got = verdicts("全年开展培训3215课时，举办公益讲座30场。", *sources)
    assert got == {"3215课时": "unsupported", "30场": "exact"}, got


def test_this_years_total_given_as_last_years_is_unsupported():
    report = check("全年举办公益讲座26场，比上年的30场减少4场。", [YOUTH, YOUTH_FORM])
    got = [(m.text, m.status) for m in report.mentions if m.status != "ignored"]
    assert got[0] == ("26场", "unsupported") and got[1] == ("30场", "unsupported"), got


# -- 2. a 上年 column of a two-year table: the same relation by column -----------------------------------------------
# A fishing-port management station's statistics: this year's and last year's figure of each item side by side.
FISHING_PORT = SourceText(name="渔港管理站运行统计.md", text=(
    "# 某渔港管理站2024年渔港运行统计\n\n"
    "| 项目 | 本年 | 上年 |\n"
    "| --- | --- | --- |\n"
    "| 渔船进出港（艘次） | 18,620 | 17,305 |\n"
    "| 渔获物卸港量（吨） | 42,360 | 39,880 |\n"
    "| 安全检查（次） | 96 | 88 |\n"))


def test_last_years_column_supports_the_figure_the_words_give_to_last_year():
    got = verdicts("全年渔船进出港18620艘次，比上年的17305艘次增长7.60%。", FISHING_PORT)
    assert got["17305艘次"] == "exact" and got["7.60%"] in SUPPORTED, got


def test_last_years_column_given_as_this_years_is_unsupported():
    got = verdicts("全年渔船进出港17305艘次，渔获物卸港量42360吨。", FISHING_PORT)
    assert got == {"17305艘次": "unsupported", "42360吨": "exact"}, got


# -- 3. a whole named by its parts ---------------------------------------------------------------------------------
# A city street-lighting office: patrols of its two districts and the total, with a units row under the header
# whose first cell is empty (as a spreadsheet leaves it).
LIGHTING = SourceText(name="城市照明管理所设施维护统计.txt", text=(
    "某市城市照明管理所2024年设施维护统计\n"
    "片区\t灯杆\t更换灯具\t维修工单\t巡查里程\n"
    "\t根\t盏\t件\t公里\n"
    "东城片区\t3,420\t1,260\t812\t1,540\n"
    "西城片区\t2,980\t1,105\t706\t1,320\n"
    "合计\t6,400\t2,365\t1,518\t2,860\n"))


def test_words_that_list_every_part_name_the_total():
    got = verdicts("照明所负责东城、西城两个片区路灯养护，全年巡查里程2860公里。", LIGHTING)
    assert got["2860公里"] == "exact", got


def test_the_totals_figure_given_to_one_part_is_unsupported():
    got = verdicts("西城片区全年巡查里程2860公里。", LIGHTING)
    assert got["2860公里"] == "unsupported", got


# A county seedling nursery's yield table: three nurseries and the total, the words listing two of them.
NURSERY = SourceText(name="苗圃出圃统计.md", text=(
    "# 某县国有苗圃2024年苗木出圃统计\n\n"
    "| 苗圃 | 出圃苗木（万株） | 育苗面积（亩） |\n"
    "| --- | --- | --- |\n"
    "| 城南苗圃 | 48.6 | 320 |\n"
    "| 城北苗圃 | 35.2 | 260 |\n"
    "| 河西苗圃 | 21.4 | 180 |\n"
    "| 合计 | 105.2 | 760 |\n"))


def test_words_listing_every_nursery_name_the_total():
    got = verdicts("城南、城北、河西三个苗圃育苗面积760亩，出圃苗木105.2万株。", NURSERY)
    assert got["760亩"] == "exact" and got["105.2万株"] == "exact", got


def test_the_total_given_to_the_last_listed_part_alone_is_unsupported():
    got = verdicts("河西苗圃育苗面积760亩。", NURSERY)
    assert got["760亩"] == "unsupported", got


def test_a_total_given_to_two_of_three_parts_is_not_the_total():
    got = verdicts("城南、河西两个苗圃育苗面积760亩。", NURSERY)
    assert got["760亩"] == "unsupported", got


def test_a_part_named_alone_keeps_its_own_figure():
    got = verdicts("城南苗圃出圃苗木48.6万株，育苗面积320亩。", NURSERY)
    assert got == {"48.6万株": "exact", "320亩": "exact"}, got


# A district water-supply office's statistics by area, the units row under the header (its first cell empty).
WATER = SourceText(name="分片供水统计.txt", text=(
    "某区供水管理所2024年分片供水统计\n"
    "片区\t供水量\t管网长度\t用户\n"
    "\t万立方米\t公里\t户\n"
    "东湖片区\t1,260\t312\t18,400\n"
    "西湖片区\t1,105\t286\t16,250\n"
    "南山片区\t980\t240\t12,100\n"
    "北山片区\t655\t162\t8,250\n"
    "合计\t4,000\t1,000\t55,000\n"))


def test_a_list_of_every_area_right_before_the_figure_names_the_total():
    got = verdicts("所辖东湖、西湖、南山、北山四个片区管网长度1000公里。", WATER)
    assert got["1000公里"] == "exact", got


def test_the_total_given_to_the_area_named_right_before_it_is_unsupported():
    got = verdicts("北山片区管网长度1000公里。", WATER)
    assert got["1000公里"] == "unsupported", got
