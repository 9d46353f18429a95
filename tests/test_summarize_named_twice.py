"""A leadership summary says each result once. When one point already says an indicator's result in words
("全年无新发病例"), that indicator's own row ("“新发病例”目标=0例，实际为0例，达到目标") is no further point: the
room goes to a result not yet said. An indicator the points have not named still gets its point. A county
endemic-disease station's fluorosis project (地方病防治站)."""

from __future__ import annotations

from drafter.chains.summarize import summarize

REPORT = """# 燃煤污染型氟中毒防治项目2025年度绩效自评报告

## 一、目标完成情况

项目全年预算42.00万元，全年执行40.18万元，执行率95.67%。

完成改炉改灶1260户、儿童氟斑牙检查3400人，改良炉灶入户使用率96.2%，全年无新发病例。

绩效指标完成情况：“改炉改灶户数”目标≥1200户，实际完成1260户，达到目标；“新发病例”目标=0例，实际为0例，达到目标；“健康教育进校园场次”目标≥20场，实际完成24场，达到目标；“炉灶正确使用率”目标≥90%，实际完成96.2%，达到目标；“受益群众满意度”目标≥90%，实际完成94.5%，达到目标。

## 二、存在问题

部分农户仍使用敞灶烘烤玉米。

## 三、改进措施

联合乡镇开展入户督导。
"""


def points(tmp_path) -> list[str]:
    path = tmp_path / "自评报告.md"
    path.write_text(REPORT, encoding="utf-8")
    return next(s for s in summarize(path, chars=500).sections if s.name == "主要成效").items


def test_an_indicator_a_point_already_names_is_not_a_point_of_its_own(tmp_path):
    got = points(tmp_path)
    assert any("全年无新发病例" in p for p in got)
    assert not [p for p in got if "“新发病例”" in p]


def test_an_indicator_no_point_names_still_gets_its_point(tmp_path):
    got = points(tmp_path)
    assert any("24场" in p for p in got)
