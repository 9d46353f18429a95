"""A form's indicator row writes its unit once, in the target cell (≥1500套), and leaves the result and last year's
cells bare (1612 | 1538): those bare figures count what the target counts (issue 10: "a match needs value, unit and a
compatible subject"). A score cell of the same row (分值 10 | 得分 10) stays a score, and another measure word is no
match.

Unit: a general aviation airport management station (通用机场管理站).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.txt", text=(
    "项目支出绩效自评表（2025年度）\t\t\t\t\t\t\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t上年实际\t分值\t得分\n"
    "产出指标\t数量指标\t保障飞行架次\t≥1500架次\t1612\t1538\t10\t10\n"
    "产出指标\t数量指标\t开展消防救援演练\t≥12次\t14\t12\t10\t10\n"
    "产出指标\t质量指标\t跑道适用性\t=100%\t100%\t100%\t10\t10\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_bare_result_counts_what_its_target_counts():
    got = status("全年保障飞行1612架次，比上年1538架次增加74架次，完成目标的107.47%。")
    assert got["1612架次"] == "exact"
    assert got["1538架次"] == "exact"
    assert got["107.47%"] == "derived"


def test_another_measure_word_is_no_match():
    assert status("全年保障飞行1612人次。")["1612人次"] == "unsupported"


def test_a_score_of_the_row_stays_a_score():
    assert status("开展消防救援演练10次。")["10次"] == "unsupported"
    assert status("开展消防救援演练14次，比上年多2次。")["14次"] == "exact"
