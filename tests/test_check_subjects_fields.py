"""A share or a change belongs to the subject its own clause names (issue 10, points 1–2): 东城片区巡查里程占 is the
东城 row's share of the 巡查里程 column, so a share the 维修工单 column gives is not it, however the value happens to
fit; 安全检查比上年增长 is the change of the 安全检查 row, not of the row beside it; and a change a source states for
one campaign (上年同期, within a span of dates) is not the year's change of the same item."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SUPPORTED = ("exact", "converted", "rounded", "approximate", "derived")


# -- 1. a share of the column the words name -----------------------------------------------------------------------
# A city street-lighting office's maintenance table (units in the header).
LIGHTING = SourceText(name="城市照明管理所设施维护统计.md", text=(
    "# 某市城市照明管理所2024年设施维护统计\n\n"
    "| 片区 | 更换灯具（盏） | 维修工单（件） | 巡查里程（公里） |\n"
    "| --- | --- | --- | --- |\n"
    "| 东城片区 | 1,260 | 812 | 1,540 |\n"
    "| 西城片区 | 1,105 | 706 | 1,320 |\n"
    "| 合计 | 2,365 | 1,518 | 2,860 |\n"))


def test_a_rows_share_of_the_column_its_words_name_is_derived():
    got = verdicts("东城片区巡查里程占53.85%，维修工单占53.49%。", LIGHTING)
    assert got == {"53.85%": "derived", "53.49%": "derived"}, got


def test_the_share_of_another_column_given_to_the_named_one_is_unsupported():
    got = verdicts("东城片区巡查里程占53.49%。", LIGHTING)
    assert got == {"53.49%": "unsupported"}, got


# A community health centre's service table: its sites, visits and drug spending.
HEALTH = SourceText(name="社区卫生服务中心分站统计.md", text=(
    "# 某街道社区卫生服务中心2024年分站服务统计\n\n"
    "| 服务站 | 门诊人次 | 家庭医生签约（人） | 药品支出（万元） |\n"
    "| --- | --- | --- | --- |\n"
    "| 南湖站 | 21,480 | 3,260 | 86.40 |\n"
    "| 北塘站 | 16,920 | 2,740 | 71.25 |\n"
    "| 合计 | 38,400 | 6,000 | 157.65 |\n"))


def test_a_sites_spending_share_is_of_the_spending_column():
    got = verdicts("南湖站药品支出86.40万元，占54.80%；门诊21480人次，占55.94%。", HEALTH)
    assert got["54.80%"] == "derived" and got["55.94%"] == "derived", got


def test_the_visits_share_given_to_spending_is_unsupported():
    got = verdicts("南湖站药品支出占55.94%。", HEALTH)
    assert got == {"55.94%": "unsupported"}, got


# -- 2. a change of the row the words name -------------------------------------------------------------------------
# A fishing-port management station's statistics: this year's and last year's figure of each item.
FISHING_PORT = SourceText(name="渔港管理站运行统计.md", text=(
    "# 某渔港管理站2024年渔港运行统计\n\n"
    "| 项目 | 2024年 | 2023年 |\n"
    "| --- | --- | --- |\n"
    "| 渔船进出港（艘次） | 18,620 | 17,305 |\n"
    "| 渔获物卸港量（吨） | 42,360 | 39,880 |\n"
    "| 安全检查（次） | 96 | 88 |\n"))


def test_the_change_of_the_named_row_is_derived():
    got = verdicts("安全检查比上年增长9.09%，渔船进出港比上年增长7.60%。", FISHING_PORT)
    assert got == {"9.09%": "derived", "7.60%": "derived"}, got


def test_another_rows_change_given_to_the_named_row_is_unsupported():
    got = verdicts("全年开展安全检查，次数比上年增长7.60%。", FISHING_PORT)
    assert got == {"7.60%": "unsupported"}, got


# -- 3. a campaign's change is not the year's ----------------------------------------------------------------------
# A county market-supervision bureau's log: a campaign with its own last-year comparison, and the year's count.
MARKET_LOG = SourceText(name="市场监管所工作日志.md", text=(
    "# 某县市场监管局2024年工作日志\n\n"
    "- 2024年6月1日：启动“护苗”校园周边专项检查行动，至8月31日结束。行动期间检查校园周边商户312家次（上年同期268家次）。\n"
    "- 2024年12月30日：全年检查校园周边商户1460家次，责令整改86户。\n"))


def test_the_campaigns_change_stated_for_the_campaign_is_derived():
    got = verdicts("“护苗”专项行动期间检查校园周边商户312家次，比上年同期增长16.42%。", MARKET_LOG)
    assert got == {"312家次": "exact", "16.42%": "derived"}, got


def test_the_campaigns_change_given_to_the_year_is_unsupported():
    got = verdicts("全年检查校园周边商户1460家次，检查家次比上年增长16.42%。", MARKET_LOG)
    assert got == {"1460家次": "exact", "16.42%": "unsupported"}, got
