"""How the offline writer words what the form states: a target quoted as the form writes it (no comparison sign
the form does not have), rates per mille and per myriad in words (千分之三, 万分之一) as Chinese reports write
them, and a name that holds quotes nested with single quotes (“整治‘四乱’问题”), never “…“…”…”."""

from __future__ import annotations

import re

from drafter.engines.offline import write_draft
from drafter.pipeline import draft, draft_text


def make_unit(tmp_path, yaml_text, logs=None):
    from conftest import write_unit

    return write_unit(tmp_path, yaml_text, logs)


def untraced(tmp_path) -> list[str]:
    result = draft(tmp_path / "input.yaml")
    return [m.text for m in result.check.mentions if m.status == "unsupported"]


def quote_depth(text: str) -> int:
    """The deepest nesting of “…” in the text (1 = quotes never inside quotes)."""
    depth = deepest = 0
    for ch in text:
        if ch == "“":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == "”":
            depth -= 1
    return deepest


# 县融媒体中心: the form writes its targets as bare figures (4部, 100%), one with a sign (≥1200条).
MEDIA = """
    项目名称: 2023年县融媒体中心公益宣传片制作项目
    被评价年度: 2023
    表格类型: 项目支出
    主管部门: 青川县委宣传部
    实施单位: 青川县融媒体中心
    项目资金: {单位: 万元, 年初预算数: 86.00, 全年预算数: 86.00, 全年执行数: 79.12}
    年度总体目标:
      - 制作乡村振兴主题公益宣传片4部，新闻稿件发布前审核率100%，全年发布原创稿件不少于1200条。
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 公益宣传片制作数量, 年度指标值: 4部, 实际完成值: 3部,
         偏差原因分析及改进措施: 第四部外景拍摄受汛期影响推迟至次年一季度}
      - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 稿件发布前审核率, 年度指标值: 100%, 实际完成值: 100%}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 原创稿件发布条数, 年度指标值: ≥1200条, 实际完成值: 1316条}
      - {一级指标: 效益指标, 二级指标: 社会效益指标, 三级指标: 宣传片累计播放量, 年度指标值: 50万次, 实际完成值: 62.4万次}
"""


def test_a_target_written_without_a_sign_is_quoted_without_one(tmp_path):
    report, sheet = make_unit(tmp_path, MEDIA)
    text = draft_text(write_draft(report, sheet))
    for added in ("≥4部", "≥100%", "≥50万次"):
        assert added not in text, added
    assert "“公益宣传片制作数量”目标为4部，实际完成3部，未达到目标" in text
    assert "“稿件发布前审核率”目标为100%，实际完成100%，达到目标" in text
    assert "“原创稿件发布条数”目标≥1200条" in text  # a sign the form writes is kept


def test_a_missed_target_without_a_sign_is_stated_as_written_in_the_problem_and_its_measure(tmp_path):
    report, sheet = make_unit(tmp_path, MEDIA)
    result = write_draft(report, sheet)
    problem = next(p for p in result.section("存在问题").paragraphs if p.kind == "indicator_below_target")
    assert "“公益宣传片制作数量”年度目标为4部，实际完成3部，完成目标的75%" in problem.text
    measure = next(m for m in result.section("改进措施").paragraphs if m.ref == problem.id)
    assert "实际完成3部、目标为4部" in measure.text and "≥" not in measure.text
    assert untraced(tmp_path) == []


# 不动产登记中心 and 住房公积金管理中心: error and arrears rates per myriad / per mille, in words or in signs.
REGISTRY = """
    项目名称: 2023年不动产登记信息化运维项目
    被评价年度: 2023
    表格类型: 项目支出
    主管部门: 东阳市自然资源和规划局
    实施单位: 东阳市不动产登记中心
    项目资金: {单位: 万元, 年初预算数: 132.00, 全年预算数: 132.00, 全年执行数: 128.70}
    年度总体目标:
      - 保障登记系统全年稳定运行，登记簿数据差错率不高于万分之一，一般登记5个工作日内办结。
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 登记簿数据差错率, 年度指标值: ≤万分之一, 实际完成值: 万分之二,
         偏差原因分析及改进措施: 历史档案数字化录入存在错漏，已组织专人逐卷比对}
      - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 系统故障率, 年度指标值: ≤3‰, 实际完成值: 1.5‰}
      - {一级指标: 产出指标, 二级指标: 时效指标, 三级指标: 一般登记办结时限, 年度指标值: 5个工作日内, 实际完成值: 3个工作日}
      - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 三级指标: 办事群众满意度, 年度指标值: ≥95%, 实际完成值: 98.6%}
"""


def test_rates_per_myriad_and_per_mille_are_written_in_words_and_percent_stays_percent(tmp_path):
    report, sheet = make_unit(tmp_path, REGISTRY)
    text = draft_text(write_draft(report, sheet))
    assert "‱" not in text and "‰" not in text
    assert "“登记簿数据差错率”目标≤万分之一，实际为万分之二，未达到目标" in text
    assert "“系统故障率”目标≤千分之三，实际为千分之1.5，达到目标" in text
    assert "目标≥95%，实际完成98.6%" in text


def test_a_missed_rate_per_myriad_gives_its_gap_not_a_percent_of_a_rate(tmp_path):
    report, sheet = make_unit(tmp_path, REGISTRY)
    result = write_draft(report, sheet)
    text, problem = draft_text(result), result.section("存在问题").text
    # not "相差万分之一": a gap in the target's own unit reads as the target quoted again
    assert "“登记簿数据差错率”年度目标≤万分之一，实际为万分之二，超出目标上限" in problem
    assert "完成目标的50%" not in text
    assert untraced(tmp_path) == []


# 河长制办公室: a department whose task and indicator names carry quotes of their own.
RIVER = """
    部门名称: 清河县河长制办公室
    被评价年度: 2023
    部门资金情况: {年初预算: 210.00, 调整预算: 210.00, 实际支出: 201.60}
    主要任务:
      - 编号: 任务1
        任务: 整治“四乱”问题
        预期目标: 完成河湖“清四乱”专项整治，“四乱”问题整改销号率100%。
        关键指标:
          - {指标: “四乱”问题整改销号率, 目标值: 100%, 实际值: 92%,
             偏差原因: 部分“四乱”问题涉及历史遗留建筑，需县政府协调拆除}
          - {指标: 河湖巡查次数, 目标值: ≥480次, 实际值: 512次}
        任务涉及金额: 96.00
      - 编号: 任务2
        任务: 开展“河小青”志愿护河行动
        预期目标: 组建“河小青”志愿服务队，全年开展护河活动不少于24次。
        关键指标:
          - {指标: 志愿护河活动次数, 目标值: ≥24次, 实际值: 18次, 偏差原因: 其他原因}
        任务涉及金额: 12.00
"""


def test_names_that_hold_quotes_are_nested_with_single_quotes(tmp_path):
    report, sheet = make_unit(tmp_path, RIVER)
    text = draft_text(write_draft(report, sheet))
    assert quote_depth(text) == 1, [line for line in text.splitlines() if quote_depth(line) > 1]
    assert "“‘四乱’问题整改销号率”目标为100%，实际完成92%" in text
    assert "“‘四乱’问题整改销号率”未达标的原因，据自评表填报为“部分‘四乱’问题涉及历史遗留建筑" in text
    assert not re.search(r"““|””", text)
    assert untraced(tmp_path) == []


def test_a_sectioned_name_keeps_its_own_quotes_outside_quotation(tmp_path):
    # the task heading is not quoted: its own “河小青” stays as the form writes it
    report, sheet = make_unit(tmp_path, RIVER)
    goals = write_draft(report, sheet).section("目标完成情况").text
    assert "（二）开展“河小青”志愿护河行动。" in goals


def test_a_summary_of_a_form_quotes_targets_as_written(tmp_path):
    from drafter.chains.summarize import summarize

    (tmp_path / "input.yaml").write_text(MEDIA.replace("\n    ", "\n").strip() + "\n", encoding="utf-8")
    text = summarize(tmp_path, chars=500).text
    assert "公益宣传片制作数量" in text and "3部" in text
    assert "≥4部" not in text and "≥100%" not in text
    assert quote_depth(text) <= 1
