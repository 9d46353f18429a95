"""共五项 / 五个方面 / 五件事：… / 两个标段…第一标段、第二标段 / …，四项数量指标 (issue 10): a small count in words of
the items its own sentence lists one by one is the length of that list — a 、-list before it (its last two items
joined by 以及 / 和 / 与, a conjunction inside an item joining nothing), a 、-list after its colon, the figures the
clause before it lists, or the ordinals 第一… its paragraph names with the noun it counts. A count that is not the
list's length stays unsupported.

Units of our own: 吐鲁番市苗医药研究所 (indicator table).
"""

from __future__ import annotations

from drafter.check import SourceText, check

INSTITUTE = [
    SourceText(name="吐鲁番市苗医药研究所2025年项目支出绩效自评表.txt", text=(
        "吐鲁番市苗医药研究所2025年项目支出绩效自评表\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "产出指标\t数量指标\t苗药资源普查样本\t≥300份\t312份\n"
        "产出指标\t数量指标\t整理苗医古籍\t≥40部\t46部\n"
        "产出指标\t数量指标\t培训基层苗医\t≥120人次\t128人次\n"
        "产出指标\t质量指标\t制剂检验合格率\t≥95%\t98.6%\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, INSTITUTE).mentions if m.status != "ignored"}


def test_a_sum_word_after_a_list_whose_last_item_holds_a_conjunction():
    said = "年度项目包括苗药资源普查、苗医古籍整理、苗药制剂研发、人才培训以及标本馆与数据库建设，共{}。"
    assert status(said.format("五项"))["五项"] == "derived"
    assert status(said.format("六项"))["六项"] == "unsupported"


def test_a_count_opening_the_clause_after_a_list():
    said = "研究所的工作内容为资源普查、古籍整理、制剂研发、人才培训、标本馆建设，{}方面。"
    assert status(said.format("五个"))["五个"] == "derived"
    assert status(said.format("四个"))["四个"] == "unsupported"


def test_a_count_before_a_colon_and_its_list():
    said = "项目主要做{}事：普查苗药资源、整理苗医古籍与验方、研发院内制剂、培训基层苗医；资金来源为市级财政。"
    assert status(said.format("四件"))["四件"] == "derived"
    assert status(said.format("五件"))["五件"] == "unsupported"


def test_a_count_of_the_ordinals_its_paragraph_names():
    said = "标本馆改造按{}标段招标施工，第一标段、第二标段均已完工验收。"
    assert status(said.format("两个"))["两个"] == "derived"
    assert status(said.format("三个"))["三个"] == "unsupported"


def test_a_count_of_the_figures_the_clause_before_lists():
    said = "全年普查样本312份、整理古籍46部、培训苗医128人次，{}数量指标全部完成。"
    assert status(said.format("三项"))["三项"] == "derived"
    assert status(said.format("五项"))["五项"] == "unsupported"


def test_a_list_after_another_count_starts_after_it():
    said = "研究所服务高昌区一个区和鄯善、托克逊{}县。"
    assert status(said.format("两个"))["两个"] == "derived"
    assert status(said.format("三个"))["三个"] == "unsupported"


def test_a_count_of_listed_figures_over_a_digit_group():
    # 1,316人次: the comma of a digit group ends no clause; the figures need not be the sources' to be counted
    said = "全年接待问诊1,316人次、开展义诊45场、发放宣传册2,400份，{}工作均按计划完成。"
    assert status(said.format("三项"))["三项"] == "derived"
    assert status(said.format("四项"))["四项"] == "unsupported"


def test_a_long_last_item_joined_by_a_conjunction():
    said = "年度任务包括苗药资源普查、苗医古籍整理以及苗药标本馆与苗医药数据库平台建设，共{}。"
    assert status(said.format("三项"))["三项"] == "derived"
    assert status(said.format("四项"))["四项"] == "unsupported"


def test_a_count_before_its_items_told_one_by_one():
    # 三项工作：一是…。二是…。三是…: the enumeration after the colon, over its sentences
    said = "研究所全年重点做了{}工作：一是普查苗药资源。二是整理苗医古籍。三是培训基层苗医。"
    assert status(said.format("三项"))["三项"] == "derived"
    assert status(said.format("四项"))["四项"] == "unsupported"


def test_a_count_whose_list_follows_in_the_next_clause_or_after_a_colon_with_a_conjunction():
    said = "研究所的任务有{}，即苗药资源普查、古籍整理和基层培训。"
    assert status(said.format("三项"))["三项"] == "derived"
    assert status(said.format("四项"))["四项"] == "unsupported"
    said = "研究所承担{}任务：苗药资源普查和古籍整理。"
    assert status(said.format("两项"))["两项"] == "derived"
    assert status(said.format("三项"))["三项"] == "unsupported"
