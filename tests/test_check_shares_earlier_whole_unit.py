"""A share stated with 占 alone takes the whole an earlier 占X的 of its sentence named — the one whose part is in its
own unit (issue 10): "东山林场造林1260亩，占造林面积的35.00%，补植苗木2.4万株，占全年补植的40.00%；西山林场造林
980亩，占27.22%" is of 造林面积 (亩), not of 全年补植 (株), though that is the nearer.

A county forestry station's afforestation project (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年国土绿化项目绩效自评表（青川县林业工作站）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 完成造林面积 | ≥3500亩 | 3600亩 |\n"
    "| 补植苗木 | ≥5万株 | 6万株 |\n"))
LEDGER = SourceText(name="分林场台账.md", text=(
    "# 2024年分林场造林台账\n\n| 林场 | 造林（亩） | 补植（万株） |\n| --- | --- | --- |\n"
    "| 东山林场 | 1260 | 2.4 |\n| 西山林场 | 980 | 1.5 |\n| 南岭林场 | 1360 | 2.1 |\n"))

TEXT = "分林场看，东山林场造林1260亩，占造林面积的35.00%，补植苗木2.4万株，占全年补植的40.00%；西山林场造林980亩，占{}。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LEDGER]).mentions if m.status != "ignored"}


def test_a_bare_share_takes_the_earlier_whole_of_its_own_unit():
    assert status(TEXT.format("27.22%"))["27.22%"] == "derived"  # 980 ÷ 3600


def test_a_wrong_bare_share_stays_unsupported():
    assert status(TEXT.format("25.00%"))["25.00%"] == "unsupported"
