"""A count in words right after the items its own sentence lists is checked against that list (issue 10 §2).

A 水库管理局 (reservoir administration) report names its works one by one and then counts them: "开展大坝安全监测、
闸门维修养护、库区巡查和防汛演练四项工作". The count is arithmetic on the text's own list: it is supported when it
agrees with the list — whatever the sources say of other lists (资金来源 lists two funding lines: 2项 is no rival
of the works), whatever places were listed and counted before it in the sentence (在A、B、C三个乡镇开展…四项工作),
and with the items' own asides removed (（12.6万元）). A count that disagrees with its list stays unsupported.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceIndex, check

FORM = ("# 项目支出绩效自评表\n\n"
        "| 项目 | 内容 |\n| --- | --- |\n"
        "| 项目名称 | 水库运行管护 |\n"
        "| 资金来源 | 省级水利发展资金、县级财政资金 |\n"
        "| 支出内容 | 大坝安全监测、闸门维修养护、库区巡查、防汛演练 |\n"
        "| 年度目标 | 完成大坝安全监测、闸门维修养护，库区巡查不少于100次 |\n"
        "| 预算数（万元） | 86.50 |\n"
        "| 执行数（万元） | 84.20 |\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "自评表.md").write_text(FORM, encoding="utf-8")
    result = check(text, SourceIndex.build([tmp_path / "自评表.md"]))
    return {m.text: m.status for m in result.mentions}


def test_a_count_agreeing_with_the_list_before_it_is_supported(tmp_path):
    got = verdicts(tmp_path, "项目开展大坝安全监测、闸门维修养护、库区巡查和防汛演练四项工作。")
    assert got["四项"] == "derived"


def test_a_count_after_places_counted_earlier_counts_only_its_own_list(tmp_path):
    text = "项目在城关镇、河口镇、石门乡三个乡镇开展大坝安全监测、闸门维修养护、库区巡查和防汛演练四项工作。"
    got = verdicts(tmp_path, text)
    assert got["三个"] == "derived" and got["四项"] == "derived"


def test_a_count_of_two_items_joined_by_a_conjunction_with_asides(tmp_path):
    got = verdicts(tmp_path, "大坝安全监测（32.40万元）和闸门维修养护（28.60万元）两项支出最多。")
    assert got["两项"] == "derived"


@pytest.mark.parametrize("count", ["三项", "五项"])
def test_a_count_disagreeing_with_its_list_is_unsupported(tmp_path, count):
    got = verdicts(tmp_path, f"项目开展大坝安全监测、闸门维修养护、库区巡查和防汛演练{count}工作。")
    assert got[count] == "unsupported"
