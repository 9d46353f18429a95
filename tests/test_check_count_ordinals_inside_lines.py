"""The count of a source's numbered items where the ordinals do not open their lines (issue 10): a log line that
names its work first (3月6日　馆藏档案第一期数字化扫描启动), a ledger row whose name cell comes before its 第一期 cell, a
data file's records (期次: 第一期). The sources number the items 第一期 … 第二期, all there: they state two of them, as
when the ordinal opens its line. A count they do not give (三期) stays unsupported, and a lone 第二期 counts nothing.

Units of our own: 临川市档案馆 (its work log, its ledger of scanning, its data file).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

LOG = SourceText(name="临川市档案馆2025年工作日志.txt", text=(
    "临川市档案馆2025年工作日志\n"
    "3月6日　馆藏档案第一期数字化扫描启动，扫描婚姻登记档案2.1万页。\n"
    "5月20日　馆藏档案第一期数字化扫描完成验收。\n"
    "9月12日　馆藏档案第二期数字化扫描启动，扫描土地档案1.8万页。\n"))

LEDGER = SourceText(name="档案修复台账.txt", text=(
    "项目        期次      开始日期      结束日期      修复册数\n"
    "破损档案修复  第一轮    2025-04-01   2025-04-30   126\n"
    "破损档案修复  第二轮    2025-10-08   2025-11-05   148\n"))

RECORDS = SourceData(name="档案馆业务数据.yaml", data={"征集活动": [
    {"批次": "第一批", "开始日期": "2025-05-18", "征集件数": 312},
    {"批次": "第二批", "开始日期": "2025-08-02", "征集件数": 287},
    {"批次": "第三批", "开始日期": "2025-11-15", "征集件数": 264},
]})


def status_of(text: str, figure: str, sources: list) -> str:
    return next(m.status for m in check(text, sources).mentions if m.text == figure)


def test_a_log_whose_lines_name_the_work_before_the_ordinal_states_the_count():
    assert status_of("馆藏档案数字化扫描分两期实施，共扫描3.9万页。", "两期", [LOG]) != "unsupported"


def test_the_count_is_named_by_the_words_the_numbered_lines_share():
    assert status_of("全年开展了两期馆藏档案数字化扫描。", "两期", [LOG]) != "unsupported"


def test_a_ledger_whose_name_cell_comes_before_the_ordinal_states_the_count():
    assert status_of("破损档案修复分两轮进行，共修复274册。", "两轮", [LEDGER]) != "unsupported"


def test_records_numbered_by_a_field_state_the_count():
    assert status_of("档案征集分三批开展，共征集863件。", "三批", [RECORDS]) != "unsupported"


def test_a_count_the_sources_do_not_give_stays_unsupported():
    assert status_of("馆藏档案数字化扫描分三期实施。", "三期", [LOG]) == "unsupported"
    assert status_of("破损档案修复分三轮进行。", "三轮", [LEDGER]) == "unsupported"
    assert status_of("档案征集分两批开展。", "两批", [RECORDS]) == "unsupported"


def test_a_lone_second_item_counts_nothing():
    lone = SourceText(name="日志.txt", text="10月9日　馆藏档案第二期数字化扫描启动。\n")
    assert status_of("馆藏档案数字化扫描分两期实施。", "两期", [lone]) == "unsupported"


def test_occurrences_numbered_in_a_log_state_their_count():
    # 第一次…督查 / 第二次…督查 inside the lines of a log: two 督查, as 第一期 / 第二期 are two 期
    log = SourceText(name="督查记录.txt", text=("4月11日，第一次档案安全专项督查出发，督查组5人。\n"
                                                "9月23日，第二次档案安全专项督查出发，督查组6人。\n"))
    assert status_of("全年开展档案安全专项督查两次。", "两次", [log]) != "unsupported"
    assert status_of("全年开展档案安全专项督查三次。", "三次", [log]) == "unsupported"
