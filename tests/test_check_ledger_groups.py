"""A ledger's rows summed by one of its own columns: "其中社区店32个，商超店13个" over a network ledger whose 网点类型
column says which rows are 社区店 — the sum of 新增网点 over those rows (14 + 6 + 5 + 4 + 3), by the value the words
name. Reports summarise ledgers by batch, county or kind; no row states those sums (issue 10: derivations only
between related numbers — here the rows one column groups).

Unit: a welfare-lottery issuing centre (福利彩票发行中心) and its ledger of new sales outlets.
"""

from __future__ import annotations

import pytest

from drafter.check import check

LEDGER = (
    "网点类型,区县,新增网点（个）,年销量（万元）\n"
    "社区店,埇桥区,14,1862.40\n"
    "社区店,砀山县,6,735.20\n"
    "社区店,萧县,5,690.80\n"
    "社区店,灵璧县,4,512.60\n"
    "社区店,泗县,3,410.30\n"
    "商超店,埇桥区,8,1204.50\n"
    "商超店,萧县,3,388.70\n"
    "商超店,泗县,2,260.40\n"
    "合计,,45,6064.90\n")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    path = tmp_path_factory.mktemp("fucai") / "2025年新增销售网点台账.csv"
    path.write_text(LEDGER, encoding="utf-8")
    return path


@pytest.fixture()
def status(ledger):
    return lambda text: {m.text: m.status for m in check(text, [ledger]).mentions if m.status != "ignored"}


def test_a_kinds_count_is_the_sum_over_the_rows_of_that_kind(status):
    got = status("宿州市福利彩票发行中心全年新增销售网点45个，其中社区店32个，商超店13个。")
    assert got == {"45个": "exact", "32个": "derived", "13个": "derived"}


def test_a_countys_count_is_the_sum_over_its_rows_in_every_kind(status):
    assert status("埇桥区新增网点22个，居各区县之首。")["22个"] == "derived"


def test_a_kinds_money_sums_its_rows_in_the_column_the_unit_gives(status):
    assert status("社区店年销量4211.30万元。")["4211.30万元"] == "derived"


@pytest.mark.parametrize("text, figure", [
    ("其中社区店13个，商超店32个。", "13个"),        # the two kinds' counts swapped
    ("其中社区店13个，商超店32个。", "32个"),
    ("萧县新增网点9个。", "9个"),                    # 5 + 3 = 8
    ("商超店年销量4211.30万元。", "4211.30万元"),    # the other kind's sum
])
def test_another_groups_sum_stays_unsupported(status, text, figure):
    assert status(text)[figure] == "unsupported"


def test_the_groups_are_read_back_from_the_index_cache(ledger, tmp_path, monkeypatch):
    from drafter.check import SourceIndex
    from drafter.index_cache import build_cached

    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path))
    first, store = build_cached([ledger])
    store()
    monkeypatch.setattr(SourceIndex, "add_text", lambda *a, **k: (_ for _ in ()).throw(AssertionError("read again")))
    again, _ = build_cached([ledger])
    got = {m.text: m.status for m in check("其中社区店32个，商超店13个。", again).mentions}
    assert got == {"32个": "derived", "13个": "derived"}


ACTIVITIES = ("片区,半年,公益活动场次\n东片,上半年,6\n东片,下半年,5\n西片,上半年,4\n西片,下半年,7\n合计,,22\n")


def test_a_count_of_occasions_meets_the_column_named_for_them(tmp_path):
    path = tmp_path / "2025年公益活动台账.csv"
    path.write_text(ACTIVITIES, encoding="utf-8")
    got = {m.text: m.status for m in check("上半年开展公益活动10场，下半年12场；西片11场。", [path]).mentions}
    assert got == {"10场": "derived", "12场": "derived", "11场": "derived"}
    assert {m.text: m.status for m in check("东片开展公益活动12场。", [path]).mentions}["12场"] == "unsupported"


# a payment ledger: one contract paid in instalments, each row's 内容 the contract's name and the instalment
PAYMENTS = ("日期,收款单位,内容,金额（元）\n"
            "03-15,鹏城环境工程有限公司,垃圾转运站改造预付款,312400\n"
            "07-02,鹏城环境工程有限公司,垃圾转运站改造进度款,416500\n"
            "11-28,鹏城环境工程有限公司,垃圾转运站改造尾款,312400\n"
            "05-20,清源环卫服务有限公司,道路清扫保洁服务,886200\n"
            "09-10,市环卫设备厂,果皮箱更换,154800\n"
            "12-18,市环卫设备厂,公厕维修,97600\n"
            "合计,,,2179900\n")


@pytest.mark.parametrize("text, figure, want", [
    ("按付款内容分，垃圾转运站改造104.13万元，道路清扫保洁88.62万元。", "104.13万元", "derived"),
    ("垃圾转运站改造进度款41.65万元。", "41.65万元", "converted"),     # one row: its own cell
    ("按付款内容分，垃圾转运站改造72.89万元。", "72.89万元", "unsupported"),  # two of its three instalments
    ("按付款内容分，道路清扫保洁104.13万元。", "104.13万元", "unsupported"),  # another item's words
])
def test_a_contracts_instalments_sum_under_the_name_their_rows_open_with(tmp_path, text, figure, want):
    path = tmp_path / "2025年环卫项目付款台账.csv"
    path.write_text(PAYMENTS, encoding="utf-8")
    assert {m.text: m.status for m in check(text, [path]).mentions}[figure] == want
