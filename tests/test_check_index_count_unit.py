"""A data file's statement of its counts' measure word (# 金额单位：元；数量单位：套) gives its bare counts that
unit, as 金额单位 gives its amounts theirs (issue 10, index): 完成: 860 is 860套 — never 860台 — while amounts,
rates, scores and years keep their own. Unit: a township fire station's equipment project (乡镇消防站).
"""

from __future__ import annotations

from pathlib import Path

from drafter.check import SourceIndex, check

EQUIPMENT = """\
# 某镇专职消防站2024年消防装备配置项目
# 金额单位：元；数量单位：套
项目: 消防装备配置
年度: 2024
资金:
  全年预算: 486000
  实际支出: 471520
装备配置:
  - 类别: 空气呼吸器
    计划: 24
    完成: 26
    单价: 8600
  - 类别: 抢险救援服
    计划: 60
    完成: 64
    单价: 2150
绩效:
  装备完好率: {目标: 95, 实际: 98.5}
"""


def source(tmp_path: Path) -> Path:
    path = tmp_path / "消防装备.yaml"
    path.write_text(EQUIPMENT, encoding="utf-8")
    return path


def status(text: str, src: Path) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [src]).mentions if m.status != "ignored"}


def test_the_stated_measure_word_is_the_unit_of_the_files_counts(tmp_path):
    units = {f.location: f.unit for f in SourceIndex.build(source(tmp_path)).facts}
    assert units["装备配置[0].完成"] == "套" and units["装备配置[1].计划"] == "套"
    assert units["装备配置[0].单价"] == "元" and units["资金.实际支出"] == "元"
    assert units["年度"] == "" and units["绩效.装备完好率.实际"] != "套"


def test_a_count_in_another_measure_word_is_not_supported(tmp_path):
    src = source(tmp_path)
    assert status("全年配置空气呼吸器26套。", src) == {"26套": "exact"}
    assert status("全年配置空气呼吸器26台。", src) == {"26台": "unsupported"}
