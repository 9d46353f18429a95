"""A shortfall written among the results ("两期共培训学员108人，完成目标的90.00%，比目标少12人") is no 主要成效 point: a
completion below 100 % of the target says the target was missed, whatever section it stands in. It goes to 存在问题
with its figures; a completion above 100 % (完成目标的115.11%) stays a result.

A unit of our own: a prefecture's thangka art institute (唐卡艺术研究院); names and figures invented.
"""
from __future__ import annotations

from drafter.chains.summarize import summarize

REPORT = """# 某州唐卡艺术研究院2024年度部门整体支出绩效自评报告

## 一、目标完成情况

2024年，我院年初预算386.40万元，年中追加26.40万元，全年预算412.80万元，调整率6.83%。全年支出398.15万元，执行率96.45%，结余14.65万元。

全年创作唐卡作品43幅，比目标多3幅；修复古旧唐卡15幅，完成目标。

全年举办唐卡技艺培训班两期，第一期参训64人、结业62人；第二期参训44人、结业41人。两期共培训学员108人，完成目标的90.00%，比目标少12人；结业103人，合格率95.4%。

全年举办展览7场，观众5.86万人次，完成目标的117.20%，场均8371人次。

## 二、存在问题

一是培训完成时间推迟20天。二是项目支出执行率91.61%，低于部门整体水平。

## 三、改进措施

一是提前做好开班准备，确保10月31日前完成全部培训。二是细化项目支出用款计划，加快项目资金支付进度。
"""


def test_a_completion_below_the_target_is_no_result(tmp_path):
    path = tmp_path / "自评报告.md"
    path.write_text(REPORT, encoding="utf-8")
    summary = summarize(path)
    points = "".join(next(s for s in summary.sections if s.name == "主要成效").items)
    problems = "".join(next(s for s in summary.sections if s.name == "存在问题").items)
    assert "90.00%" not in points and "比目标少12人" not in points, points
    assert "108人" in problems, problems
    assert "5.86万人次" in points, points  # 117.20 % of the target: a result
    assert summary.check.summary.unsupported == 0


def test_budget_sentences_are_no_results(tmp_path):
    """总体情况 states the budget; a point that only restates it (after its year: 2024年，我院年初预算…, or after 分来源看)
    or tells a line's spending gap in 个百分点 is no result of the year's work."""
    report = REPORT.replace("结余14.65万元。\n", "结余14.65万元。其中项目支出132.28万元，执行率91.61%，比基本支出低7.45个百分点，"
                                           "结余12.12万元。分来源看，财政拨款执行366.02万元，占全部支出的91.93%。\n")
    path = tmp_path / "自评报告.md"
    path.write_text(report, encoding="utf-8")
    summary = summarize(path)
    points = "".join(next(s for s in summary.sections if s.name == "主要成效").items)
    assert "386.40万元" not in points and "7.45个百分点" not in points and "91.93%" not in points, points
    assert "43幅" in points, points


def test_a_problem_of_a_lines_rate_below_the_whole_is_told(tmp_path):
    """“项目支出执行率91.61%，低于部门整体水平” in 存在问题 is the lagging line — which money was left — and 总体情况
    adds it to the whole's budget; the shortfall the report's own problem tells is not said twice."""
    report = REPORT.replace("一是培训完成时间推迟20天。", "一是技艺培训人数未达目标，少培训12人，主要是牧区学员夏季转场放牧。"
                                                  "二是培训完成时间推迟20天。").replace("二是项目支出", "三是项目支出")
    path = tmp_path / "自评报告.md"
    path.write_text(report, encoding="utf-8")
    summary = summarize(path)
    problems = "".join(next(s for s in summary.sections if s.name == "存在问题").items)
    overall = "".join(next(s for s in summary.sections if s.name == "总体情况").items)
    assert "91.61%" in overall + problems, overall + problems
    assert problems.count("12人") == 1, problems
