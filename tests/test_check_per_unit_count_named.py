"""A per-unit money figure whose count is tied to the money by the count's own words, or named by the per-unit's own
noun (issue 10, precision; drafter/check/perunit.py):

- 培训基层管理员276人次，…，人次均费用665.22元: the per-unit's words name no money item; the clause that told the count
  names it (培训 ↔ the 阅读推广培训 expense line), though an earlier clause of the sentence (流动服务车服务点) names
  another line by more words;
- 在校生比上年1702人增加91人…；生均公用经费1039.60元: the text tells the count only as a change, the sources state it
  (在校生 合计 1793人); 生均 names the count's noun (在校生), 公用经费 the money.

Beside each, the planted errors that must stay unsupported: a money line no words name, last year's count, the
target's count.

Two units of our own: 青溪县图书馆 (a mobile library service and training) and 青溪县职业中学 (students and their
funding); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LIBRARY = [SourceText(name="青溪县图书馆项目支出绩效自评表.md", text=(
    "# 青溪县图书馆2025年度项目支出绩效自评表\n\n"
    "| 支出构成 | 金额（万元） |\n| --- | --- |\n"
    "| 流动服务车运维 | 46.80 |\n| 阅读推广培训 | 18.36 |\n| 数字资源采购 | 52.10 |\n| 合计 | 117.26 |\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 流动服务车服务点 | ≥20个 | 24个 | 21个 |\n"
    "| 产出指标 | 数量指标 | 培训基层管理员 | ≥250人次 | 276人次 | 240人次 |\n"))]

SCHOOL = [SourceText(name="青溪县职业中学部门整体支出绩效自评表.md", text=(
    "# 青溪县职业中学2025年度部门整体支出绩效自评表\n\n"
    "| 项目 | 全年执行（万元） |\n| --- | --- |\n"
    "| 基本支出 | 1,236.58 |\n| 公用经费 | 186.40 |\n| 学生资助 | 95.62 |\n| 合计 | 1,518.60 |\n\n"
    "| 年级 | 在校生（人） |\n| --- | --- |\n"
    "| 一年级 | 620 |\n| 二年级 | 598 |\n| 三年级 | 575 |\n| 合计 | 1793 |\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 在校生人数 | ≥1750人 | 1793人 | 1702人 |\n"))]


def status(text: str, sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_per_unit_is_the_money_the_counts_own_clause_names():
    text = ("流动服务车服务点24个，超过目标4个，比上年21个增长14.29%；培训基层管理员276人次，比上年240人次增长15.00%，"
            "人次均费用{}。")
    assert status(text.format("665.22元"), LIBRARY)["665.22元"] == "derived"  # 18.36万元 ÷ 276 (阅读推广培训)
    # 数字资源采购's money over the same trainees: no words of the sentence name it
    assert status(text.format("1887.68元"), LIBRARY)["1887.68元"] == "unsupported"  # 52.10万元 ÷ 276
    # the training money over last year's 240 trainees: no count of this year
    assert status(text.format("765.00元"), LIBRARY)["765.00元"] == "unsupported"  # 18.36万元 ÷ 240


def test_a_per_unit_is_the_named_money_over_the_count_its_noun_names_in_the_sources():
    text = "在校生比上年1702人增加91人，增长5.35%，完成目标的102.46%；生均公用经费{}，生均资助533.30元。"
    got = status(text.format("1039.60元"), SCHOOL)
    assert got["1039.60元"] == "derived"  # 186.40万元 ÷ 1793 (在校生 合计)
    assert got["533.30元"] == "derived"  # 95.62万元 ÷ 1793 (学生资助)
    # over last year's 1702 students, over the target's 1750: no count of this year's result
    assert status(text.format("1095.18元"), SCHOOL)["1095.18元"] == "unsupported"  # 186.40万元 ÷ 1702
    assert status(text.format("1065.14元"), SCHOOL)["1065.14元"] == "unsupported"  # 186.40万元 ÷ 1750
    # 基本支出 per student where the words name 公用经费: another line's money
    assert status(text.format("6896.71元"), SCHOOL)["6896.71元"] == "unsupported"  # 1,236.58万元 ÷ 1793


STATION = [SourceText(name="青溪县环卫所项目支出绩效自评表.md", text=(
    "# 青溪县环卫所2025年度项目支出绩效自评表\n\n"
    "| 项目 | 年初预算 | 全年预算 | 全年执行 |\n| --- | --- | --- | --- |\n| 年度资金总额 | 186.00 | 184.50 | 180.30 |\n\n"
    "| 支出构成 | 金额（万元） |\n| --- | --- |\n"
    "| 车辆转运运维 | 52.46 |\n| 转运站设备维护 | 38.20 |\n| 人员劳务 | 89.64 |\n| 合计 | 180.30 |\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 转运生活垃圾 | ≥12万吨 | 12.64万吨 | 11.92万吨 |\n"
    "| 产出指标 | 数量指标 | 清运里程 | ≥40万公里 | 43.45万公里 | 41.20万公里 |\n"))]


def test_a_per_unit_of_the_named_line_over_the_told_count_stands_against_the_whole_as_a_rival():
    # 每吨转运成本 names the 转运 lines; the derivation of 52.46万元 ÷ 12.64万吨 was refused as a line whose whole
    # (合计 180.30) the words might mean — the per-unit stage's reading (the line its words name) decides
    text = "全年转运生活垃圾12.64万吨，完成目标的105.33%，比上年11.92万吨增长6.04%，每吨转运成本约{}；清运里程43.45万公里。"
    assert status(text.format("4.15元"), STATION)["约4.15元"] == "derived"  # 52.46万元 ÷ 12.64万吨
    assert status(text.format("4.40元"), STATION)["约4.40元"] == "unsupported"  # over last year's 11.92万吨
    assert status(text.format("4.51元"), STATION)["约4.51元"] == "unsupported"  # no quotient of the sources
