"""比目标少6部 (issue 10): the gap between an indicator's target and its result is derived even where the record
states a figure of that value in another sense — its 得分 (6分, a score of another measure) or its 偏差原因 cell's
restatement of the shortfall (6部顺延至次年). Those restate or score the gap; they are no other item of the record
the difference would misname. A wrong gap stays unsupported.

Units of our own: 吐鲁番市苗医药研究所 (an indicator table with 分值 / 得分 / 偏差原因 columns).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = [
    SourceText(name="吐鲁番市苗医药研究所2025年项目支出绩效自评表.txt", text=(
        "吐鲁番市苗医药研究所2025年项目支出绩效自评表\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        "产出指标\t数量指标\t整理苗医古籍\t≥40部\t34部\t10\t6\t古籍修复设备故障，6部顺延至次年\n"
        "产出指标\t数量指标\t培训基层苗医\t≥120人次\t128人次\t10\t10\t\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, FORM).mentions if m.status != "ignored"}


def test_a_gap_to_the_target_beside_a_score_and_a_restated_shortfall():
    got = status("整理苗医古籍34部，比目标少6部，完成率85.00%。")
    assert got["6部"] == "derived"


def test_a_wrong_gap_stays_unsupported():
    got = status("整理苗医古籍34部，比目标少5部，完成率85.00%。")
    assert got["5部"] == "unsupported"
