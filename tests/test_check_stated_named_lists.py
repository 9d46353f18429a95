"""A counted sum whose words name the list (issue 10, point 2): '民生实事两项共建成58座' adds the items of the sentence
that 民生实事 heads ('民生实事方面，改造农村公厕46座…；新建村级卫生站12座…'), wherever it stands before — the
figures of its unit that are results (no target it beats, no change on last year). A wrong sum, and a list the
words name whose items do not add up, stay unsupported.

A town government's livelihood projects (镇民生实事): the project form's indicators.
"""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="镇民生实事项目自评表.yaml", data={
    "项目名称": "2024年某镇民生实事项目",
    "绩效指标": [
        {"三级指标": "农村公厕改造", "年度指标值": "≥40座", "实际完成值": "46座", "上年实际": "38座"},
        {"三级指标": "村级卫生站新建", "年度指标值": "10座", "实际完成值": "12座"},
        {"三级指标": "群众满意度", "年度指标值": "≥90%", "实际完成值": "94.5%"}],
})
LIST = ("民生实事方面，改造农村公厕46座，超过40座的目标，比上年的38座增加8座；新建村级卫生站12座，完成目标10座的"
        "120.00%。\n\n群众满意度94.5%。\n\n")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_counted_sum_adds_the_results_of_the_list_its_words_name():
    got = status(LIST + "全年民生实事两项共建成58座。")
    assert got["58座"] == "derived"  # 46 + 12, not the target 40 or last year's 38


def test_a_wrong_sum_of_the_list_its_words_name_is_unsupported():
    assert status(LIST + "全年民生实事两项共建成56座。")["56座"] == "unsupported"
