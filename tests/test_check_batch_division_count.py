"""分三批 / 三批中 (issue 10): a count of batches its sentence divides the work into (分N批) or chooses among (N批中…
第二批) is the number of batches the sources list one by one (a ledger's 第一批 … 第N批 rows) — and a bare decimal field
the same words name (义诊巡回 完成: 3.26, unitless) is no rival of a count of batches. A count the ledger does not bear
out stays unsupported.

Units of our own: 吐鲁番市苗医药研究所 (a tab ledger of its free-clinic tours, a data file of results).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

SOURCES = [
    SourceText(name="吐鲁番市苗医药研究所2025年义诊巡回台账.txt", text=(
        "吐鲁番市苗医药研究所2025年义诊巡回台账\n"
        "批次\t开始日期\t结束日期\t巡诊地区\t义诊场次\t服务人次\n"
        "第一批\t2025-03-10\t2025-03-21\t高昌区\t12\t1460\n"
        "第二批\t2025-05-12\t2025-05-23\t鄯善县\t15\t1820\n"
        "第三批\t2025-09-08\t2025-09-19\t托克逊县\t11\t1290\n"
        "合计\t\t\t\t38\t4570\n")),
    SourceData(name="吐鲁番市苗医药研究所2025年成果统计.yaml", data={
        "成果": {"义诊巡回覆盖面积": {"计划": 3, "完成": 3.26}},
    }),
]
FIELD_ONLY = [
    SourceData(name="吐鲁番市苗医药研究所2025年成果统计.yaml", data={
        "成果": {"标本采集面积": {"计划": 12, "完成": 13.47}},
        "采集批次": [
            {"批次": "第一批", "开始": "2025-04-02", "结束": "2025-04-16", "份数": 210},
            {"批次": "第二批", "开始": "2025-08-05", "结束": "2025-08-19", "份数": 262},
        ],
    }),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_division_into_batches_is_the_ledgers_count():
    got = status("全年分三批深入高昌区、鄯善县、托克逊县开展服务，合计38场。")
    assert got["三批"] in ("exact", "derived")
    got = status("全年分四批深入高昌区、鄯善县、托克逊县开展服务，合计38场。")
    assert got["四批"] == "unsupported"


def test_a_count_of_batches_chosen_among():
    got = status("三批中用时最短的是第二批。")
    assert got["三批"] in ("exact", "derived")
    got = status("四批中用时最短的是第二批。")
    assert got["四批"] == "unsupported"


def test_a_bare_decimal_the_words_name_is_no_rival_of_a_count_of_batches():
    got = {m.text: m.status for m in check("标本采集分两批完成，共采集472份。", FIELD_ONLY).mentions}
    assert got["两批"] in ("exact", "derived")


LOG = [SourceText(name="2024年工程台账.csv", text=(
    "日期,事项,数量,单位\n2024-07-18,盖板安装,126,个\n2024-09-10,盖板安装,105,个\n2024-11-22,全部完工,12,条\n"))]


def test_a_division_into_batches_whose_batches_the_sentence_lists_after_it():
    got = {m.text: m.status for m in check("防护盖板分两批安装，7月安装126个、9月安装105个，合计231个。", LOG).mentions}
    assert got["两批"] in ("exact", "derived"), got
    got = {m.text: m.status for m in check("防护盖板分三批安装，7月安装126个、9月安装105个，合计231个。", LOG).mentions}
    assert got["三批"] == "unsupported", got


STOPS = [SourceText(name="2025年工作记录.txt", text=(
    "2025年7月28日至8月3日，受台风影响停航7天。\n2025年8月29日至9月1日，受台风影响停航4天。\n"))]


def test_a_count_whose_items_a_respective_list_gives_after_it():
    got = {m.text: m.status for m in check("两次台风分别停航7天和4天，合计停航11天。", STOPS).mentions}
    assert got["两次"] in ("exact", "derived"), got
    got = {m.text: m.status for m in check("三次台风分别停航7天和4天，合计停航11天。", STOPS).mentions}
    assert got["三次"] == "unsupported", got
