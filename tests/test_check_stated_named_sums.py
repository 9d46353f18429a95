"""A sum of the items its words list by name (issue 10, point 2): '纸质图书与电子图书合计新增21280册' adds one figure
per item the list names (A与B, A、B和C), each the one the text stated right after that item's name, else the one
figure the sources give that item in the mention's unit and year — whatever words follow the sum word (合计新增,
合计更新). Items the words do not list, a wrong sum, and an item the checker flagged stay unsupported.

A district library's new holdings (新增馆藏), one record per kind.
"""

from __future__ import annotations

from drafter.check import SourceData, check

HOLDINGS = SourceData(name="馆藏建设统计.yaml", data={
    "年度": 2024,
    "新增馆藏": [{"类别": "纸质图书", "新增": "12,860册", "上年新增": "11,940册"},
                 {"类别": "电子图书", "新增": "8,420册", "上年新增": "6,300册"},
                 {"类别": "期刊合订本", "新增": "1,150册", "上年新增": "1,090册"}],
})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [HOLDINGS]).mentions if m.status != "ignored"}


def test_a_sum_of_two_items_named_before_the_sum_word_adds_their_figures():
    assert status("纸质图书与电子图书合计新增21280册。")["21280册"] == "derived"  # 12,860 + 8,420


def test_a_sum_of_items_the_words_do_not_list_is_unsupported():
    # 21,280 is 纸质图书 + 电子图书, not 纸质图书 + 期刊合订本 (14,010)
    assert status("纸质图书与期刊合订本合计新增21280册。")["21280册"] == "unsupported"


def test_a_wrong_sum_of_the_items_named_is_unsupported():
    assert status("纸质图书与电子图书合计新增22280册。")["22280册"] == "unsupported"


def test_an_item_the_text_stated_before_serves_by_its_stated_figure_and_a_flagged_one_does_not():
    text = "全年新增纸质图书12,860册，新增电子图书8,420册。纸质图书和电子图书合计新增21280册。"
    assert status(text)["21280册"] == "derived"
    wrong = "全年新增纸质图书13,860册，新增电子图书8,420册。纸质图书和电子图书合计新增22280册。"
    got = status(wrong)
    assert got["13,860册"] == "unsupported"
    assert got["22280册"] == "unsupported"  # the sum of a flagged figure vouches for nothing


def test_a_unitless_records_result_counts_in_the_mentions_unit():
    # 成果 records without units (a form whose header states them once): 完成 is the record's result
    bare = SourceData(name="成果.yaml", data={"成果": [{"名称": "纸质图书", "计划": 12000, "完成": 12860},
                                                       {"名称": "电子图书", "计划": 8000, "完成": 8420}]})
    verdict = lambda x: {m.text: m.status for m in check(f"纸质图书与电子图书合计新增{x}。", [bare]).mentions}[x]  # noqa: E731
    assert verdict("21280册") == "derived"  # 12,860 + 8,420 (not the 计划 20,000)
    assert verdict("20000册") == "unsupported"  # the plans' sum
