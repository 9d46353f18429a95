"""A figure right after a count of the items its clause names (“五一”和国庆两个假期讲解344批次) is their sum, as it is
with 共 / 合计 (…两个假期共讲解344批次): a report writes the sum without the word as often as with it. The count must
match the items the sources give for the words, and the sum their figures; a sum of other items, a figure each of them
is said to have (各), and a wrong sum stay unsupported. The items' names may be quoted (“五一”和国庆).

A unit of our own: 黔东南州苗族银饰锻制技艺传习所 (its work log); names and figures invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

LOG = [SourceText(name="2025年工作记录.txt", text=(
    "2025年1月26日至1月30日 苗年期间开放展厅，接待研学742人次。\n"
    "2025年4月11日至4月13日 姊妹节期间开放展厅，接待研学526人次。\n"
    "2025年7月10日至8月20日 暑期开放展厅，接待研学910人次。\n"
    "2025年全年接待研学2178人次，举办锻制技艺培训班6期。\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LOG).mentions if m.status != "ignored"}


@pytest.mark.parametrize("text", [
    "全年接待研学2178人次，其中苗年和姊妹节两个节庆期间接待研学1268人次。",
    "全年接待研学2178人次，其中“苗年”和“姊妹节”两个节庆期间接待研学1268人次。",
    "全年接待研学2178人次，其中苗年、姊妹节两个节庆期间接待1268人次，占全年的58.22%。",
    "全年接待研学2178人次，其中苗年和暑期两个时段接待研学1652人次。",  # 暑期 is an item, not a quarter of the year
])
def test_a_figure_after_a_count_of_the_items_its_clause_names_is_their_sum(text):
    got = status(text)
    assert "unsupported" not in got.values(), got
    assert [v for k, v in got.items() if k in ("1268人次", "1652人次")] == ["derived"], got


@pytest.mark.parametrize("text, wrong", [
    ("全年接待研学2178人次，其中苗年和暑期两个时段接待研学1268人次。", "1268人次"),  # 742 + 526 is not 苗年 + 暑期
    ("全年接待研学2178人次，其中苗年和姊妹节两个节庆期间接待研学1278人次。", "1278人次"),
    ("苗年和姊妹节两个节庆期间各接待研学1268人次。", "1268人次"),
])
def test_a_sum_of_other_items_a_wrong_sum_or_each_stays_unsupported(text, wrong):
    assert status(text)[wrong] == "unsupported"


RESCUE = [SourceText(name="2025工作记录.txt", text=(
    "2025年6月8日至6月14日 萨嘎达瓦节期间服务游客1.86万人次，救助高原病游客97人次。\n"
    "2025年8月1日至8月31日 暑期服务游客1.42万人次，救助高原病游客88人次。\n")),
    SourceText(name="自评表.md", text="| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
                                     "| 高原病救助人次 | ≥300人次 | 286人次 |\n")]


def test_the_items_figures_weighed_for_an_earlier_figure_still_name_their_items():
    # 286人次's words name the log's two 救助 figures too: weighing them for it must not lose the names of their lines
    got = [(m.text, m.status) for m in check("救助高原病游客286人次；萨嘎达瓦节和暑期两个时段救助185人次。", RESCUE).mentions]
    assert got[-1] == ("185人次", "derived"), got
