"""Summaries of a 部门整体支出 form as a unit holds it (pipe text): its 预期目标 are plans, not results, and a task
whose result falls short of the figure its 预期目标 states is a problem, not an achievement (found summarizing a
侨务办 form in the second sweep; pinned here on a 科协)."""

from __future__ import annotations

from drafter.chains.summarize import summarize

SCIENCE_ASSOCIATION = """\
| 部门整体支出绩效自评表 |  |  |  |  |  |
|---|---|---|---|---|---|
| 单位：万元 |  |  |  |  |  |
| 部门名称 | 青原县科学技术协会 |  | 被评价年度 | 2023年 |  |
| 部门资金情况 | 年初预算 | 286.00 | 调整预算 | 286.00 |  |
|  | 实际支出 | 279.30 | 其中：一般公共预算 | 279.30 |  |
|  | 预算完成率 | 97.66% | 预算调整率 | 0.00% |  |
| 年度目标 | 预期目标 |  | 目标完成情况 |  |  |
|  | 开展全民科学素质行动，建成乡镇科普e站12个，举办青少年科技创新大赛1届，全年科普受众不少于5万人次。 |  | 建成乡镇科普e站9个，举办青少年科技创新大赛1届，科普受众5.8万人次。 |  |  |
| 主要任务 | 预期目标 | 目标完成情况 | 关键指标 | 指标完成情况 | 任务涉及金额 |
| 科普阵地建设 | 新建乡镇科普e站12个，配备科普大屏和宣传栏。 | 建成乡镇科普e站9个，另3个因乡镇场地调整顺延至2024年。 | 建成乡镇科普e站数量 | 9个 | 84.00 |
| 青少年科技教育 | 举办青少年科技创新大赛1届，参赛作品不少于300件。 | 举办青少年科技创新大赛1届，征集参赛作品342件。 | 征集参赛作品数量 | 342件 | 36.50 |
| 科普宣传 | 开展科技活动周、全国科普日等活动，科普受众不少于5万人次。 | 开展科技活动周、全国科普日活动46场，科普受众5.8万人次。 | 科普受众人次 | 5.8万人次 | 52.80 |
| 重点项目绩效情况 | 无 |  |  |  |  |
| 部门整体绩效 | 2023年部门整体支出绩效目标基本完成。 |  |  |  |  |
| 存在问题 | 无 |  |  |  |  |
| 改进措施或下一步计划 | 无 |  |  |  |  |
"""


def _parts(text: str) -> dict[str, str]:
    out, name = {}, None
    for line in text.splitlines():
        for head in ("总体情况", "主要成效", "存在问题", "下一步"):
            if line.startswith(head + "："):
                name, line = head, line[len(head) + 1:]
        if name:
            out[name] = out.get(name, "") + line
    return out


def test_a_forms_planned_figures_are_no_results_and_a_shortfall_against_them_is_a_problem(tmp_path):
    path = tmp_path / "科协部门整体支出自评表.md"
    path.write_text(SCIENCE_ASSOCIATION, encoding="utf-8")
    s = summarize(path, chars=500)
    body = _parts(s.text)
    for plan in ("科普e站12个", "科普受众不少于5万人次"):  # the plan restated is no result
        assert plan not in body["主要成效"], body["主要成效"]
    assert "顺延" not in body["主要成效"]  # nor what is left of a shortfall's sentence (另3个因…顺延至2024年)
    assert "9个" not in body["主要成效"]  # 9 of the 12 planned e站: a shortfall, not an achievement
    assert "科普e站" in body["存在问题"] and "9个" in body["存在问题"]
    assert "342件" in body["主要成效"] or "5.8万人次" in body["主要成效"]  # what was done stays a result
    assert s.ok
