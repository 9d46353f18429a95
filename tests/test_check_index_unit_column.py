"""A table's 计量单位 column (issue 10, index): the unit a row's 计量单位 / 单位 cell states is the unit of the
bare figures of its row — target and result alike — as a data record's 单位 key is; a score column keeps 分 and
a column whose header states its own unit keeps it. Unit: a township agricultural technology extension station
(乡镇农技推广站).
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

STATION = SourceText(name="绩效指标.txt", text=(
    "某镇农技推广站2024年绩效指标完成情况\n"
    "指标名称\t计量单位\t年度目标值\t实际完成值\t分值\n"
    "测土配方施肥推广\t万亩\t≥3.5\t3.82\t20\n"
    "农技培训\t人次\t≥800\t926\t20\n"
    "技术指导满意度\t%\t≥90\t94.5\t10\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [STATION]).mentions if m.status != "ignored"}


def test_the_unit_column_gives_its_rows_figures_their_unit():
    units = {f.written: f.unit for f in SourceIndex.build([STATION]).facts if f.kind != "year"}
    assert units["3.82"] == "万亩" and units["3.5"] == "万亩" and units["926"] == "人次" and units["94.5"] == "%"
    assert units["20"] == "分"  # the score column keeps its own


def test_a_figure_in_another_unit_than_its_rows_is_not_supported():
    assert status("全年推广测土配方施肥3.82万亩。") == {"3.82万亩": "exact"}
    assert status("全年推广测土配方施肥3.82万人。") == {"3.82万人": "unsupported"}
    assert status("开展农技培训926人次。") == {"926人次": "exact"}
    assert status("开展农技培训926场。") == {"926场": "unsupported"}
    assert status("技术指导满意度94.5%。") == {"94.5%": "exact"}
