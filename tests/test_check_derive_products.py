"""Derived figures a report computes across a record or a year (issue 10): what an item cost is its record's
单价 times its count (the count done this year, never the plan or last year's); the last period's figure
(第四季度 / 下半年) is the year's figure less the figure to date (前三季度累计) that the text or a source states.

A town's school water-dispenser replacement (学校直饮水设备更新) in a YAML of its own shape, and a legal-aid
centre's (法律援助中心) log and indicator form.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

DISPENSERS = SourceData(name="直饮水设备更新.yaml", data={
    "项目": "学校直饮水设备更新", "年度": 2024, "金额单位": "元",
    "资金": {"全年预算": 520000, "实际支出": 498600},
    "设备": [
        {"类别": "直饮水机", "计划": 90, "完成": 96, "单价": 4300, "上年完成": 60},
        {"类别": "净水滤芯", "计划": 400, "完成": 420, "单价": 160},
    ],
})
LEGAL_LOG = SourceText(name="法律援助工作日志.md", text=(
    "- 2024-09-30 前三季度累计受理法律援助案件1286件。\n"
    "- 2024-12-31 全年办结法律援助案件1698件。\n"))
LEGAL_FORM = SourceData(name="法律援助绩效自评表.yaml", data={
    "绩效指标": [{"三级指标": "受理法律援助案件", "年度指标值": "≥1500件", "实际完成值": "1742件"}]})


def statuses(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_an_items_cost_is_its_unit_price_times_its_count_done():
    got = statuses("更换直饮水机96台、单价4300元，支出412,800元；净水滤芯单价160元，支出67,200元。", [DISPENSERS])
    assert got["412,800元"] == got["67,200元"] == "derived"  # 4300 × 96, 160 × 420


def test_a_unit_price_times_the_plan_or_last_years_count_is_no_cost():
    assert statuses("更换直饮水机，单价4300元，支出387,000元。", [DISPENSERS])["387,000元"] == "unsupported"  # × 90
    assert statuses("更换直饮水机，单价4300元，支出258,000元。", [DISPENSERS])["258,000元"] == "unsupported"  # × 60


def test_the_last_quarter_is_the_year_less_the_figure_to_date_the_text_states():
    got = statuses("前三季度累计受理法律援助案件1286件，第四季度受理456件。", [LEGAL_LOG, LEGAL_FORM])
    assert got["456件"] == "derived"  # 1742 − 1286
    assert statuses("前三季度累计受理法律援助案件1286件，第四季度受理412件。", [LEGAL_LOG, LEGAL_FORM])["412件"] \
        == "unsupported"  # 1698 办结 − 1286 受理 mixes two measures


def test_the_last_quarter_is_the_year_less_the_figure_to_date_a_source_states():
    assert statuses("第四季度受理法律援助案件456件，案件较为集中。", [LEGAL_LOG, LEGAL_FORM])["456件"] == "derived"


LIBRARY_LOG = SourceText(name="流动图书车工作记录.md", text=(
    "- 2024-06-30 上半年累计接待读者1,860人次，借阅图书4,120册。\n"))
LIBRARY_FORM = SourceData(name="流动图书车自评表.yaml", data={"绩效指标": [
    {"三级指标": "接待读者", "年度指标值": "≥3500人次", "实际完成值": "4020人次"},
    {"三级指标": "借阅图书", "年度指标值": "≥8000册", "实际完成值": "9350册"}]})


def test_a_share_of_the_year_gives_no_period_to_the_halfs_figures_after_it():
    # 占全年的 names the whole of the share, not the period of 借阅图书…册: that is still the 下半年's (9350 − 4120)
    text = "下半年接待读者2,160人次，占全年的53.73%，借阅图书{}册。"
    assert statuses(text.format("5,230"), [LIBRARY_LOG, LIBRARY_FORM])["5,230册"] == "derived"
    assert statuses(text.format("5,320"), [LIBRARY_LOG, LIBRARY_FORM])["5,320册"] == "unsupported"
