"""A measure word with its alternative in brackets — 台（套）, 人（次）, 个（项）, 册（件）, 件（套）: forms write the
度量单位 this way when a count may be of either. The figure is the same fact whichever the text writes, and the
noun after the bracket is still what it counts.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, SourceText, check

# A district disabled persons' federation (残联): assistive devices, rehabilitation, an archive digitised.
FORM = SourceData(name="残联项目自评表.yaml", data={
    "项目名称": "2023年残疾人康复服务项目",
    "绩效指标": [
        {"三级指标": "辅助器具适配数量", "年度指标值": "≥300件（套）", "实际完成值": "326件（套）"},
        {"三级指标": "康复训练服务量", "年度指标值": "≥1800人（次）", "实际完成值": "1852人（次）"},
        {"三级指标": "档案数字化", "年度指标值": "≥4万卷（件）", "实际完成值": "4.3万卷（件）"},
    ],
})
LOG = SourceText(name="worklogs/康复服务.md", text=(
    "完成12台（套）康复训练设备的采购和安装，投入社区康复站使用。\n"
    "组织家长培训班9个（期），入户随访残疾儿童家庭。\n"))


def statuses(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


def test_a_count_whose_measure_word_has_an_alternative_keeps_the_noun_it_counts():
    # the same sentence in the log and in the draft: 12 is small, only the noun after 台（套） ties it to its fact
    got = statuses("完成12台（套）康复训练设备的采购和安装。")
    assert list(got.values()) == ["exact"], got


def test_the_bracketed_alternative_is_read_as_part_of_the_figure():
    report = check("全年适配326件（套）辅助器具。", [FORM, LOG])
    figure = [m for m in report.mentions if m.status != "ignored"]
    assert [m.text for m in figure] == ["326件（套）"] and figure[0].status == "exact"


def test_either_measure_word_of_the_pair_states_the_same_fact():
    got = statuses("全年为残疾人适配辅助器具326套，开展康复训练1852人次，数字化档案4.3万卷。")
    assert got == {"326套": "exact", "1852人次": "exact", "4.3万卷": "exact"}, got


def test_a_measure_word_outside_the_pair_is_still_another_count():
    got = statuses("全年为残疾人适配辅助器具326台，开展康复训练1852户。")
    assert got == {"326台": "unsupported", "1852户": "unsupported"}, got


def test_a_small_count_of_another_thing_stays_unsupported():
    got = statuses("向残疾人发放12台（套）电动轮椅。")
    assert got == {"12台（套）": "unsupported"}, got


def test_a_bracket_that_is_no_measure_word_is_not_read_into_the_unit():
    report = check("组织家长培训班9个（期），培训家长120人（含残疾儿童家长）。",
                   [SourceText(name="log.md", text="组织家长培训班9个（期），培训家长120人（含残疾儿童家长）。")])
    assert [m.text for m in report.mentions if m.status != "ignored"] == ["9个（期）", "120人"]
    assert report.ok
    assert Decimal(report.mentions[0].value) == 9
