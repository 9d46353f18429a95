"""A lagging spending item gets the reason its sentence gives before naming its balance — with no 因 / 由于 in it
('…主演于7月排练中受伤，该剧复排推迟至2026年，精品剧目复排资金相应结余', held-out gen61) — and an item whose name lies
inside an indicator's name (皮影非遗进校园 in 皮影非遗进校园覆盖学校, gen59) is named by the clause that names its money
('…，非遗进校园资金相应结余'), not lost to the row. A 天池管理局 (scenic-area administration)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems

TIANCHI = """
    项目名称: 2025年天池景区游客服务提升项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 琼海市旅游和文化广电体育局
    实施单位: 琼海市天池管理局
    项目资金: {单位: 万元, 全年预算数: 200.00, 全年执行数: 177.10}
    支出明细:
      - {名称: 游客中心改造, 全年预算数: 60.00, 全年执行数: 48.60}
      - {名称: 天池栈道维修, 全年预算数: 50.00, 全年执行数: 41.50}
      - {名称: 景区宣传推广, 全年预算数: 50.00, 全年执行数: 48.60}
      - {名称: 导览设备购置, 全年预算数: 40.00, 全年执行数: 38.40}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 改造游客服务中心, 年度指标值: ≥3个, 实际完成值: 2个,
         偏差原因分析及改进措施: "改造游客服务中心2个，未完成3个的目标。北门游客中心施工单位8月进场后发现地基沉降，改造推迟至2026年，游客中心改造资金相应结余。"}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 天池栈道维修里程, 年度指标值: ≥12公里, 实际完成值: 9公里,
         偏差原因分析及改进措施: "汛期山体落石损毁施工便道，西坡3公里栈道因道路中断停工，栈道维修资金相应结余。"}
      - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 三级指标: 游客满意度, 年度指标值: ≥90%, 实际完成值: 93.5%}
"""


def items_text(tmp_path, yaml_text: str) -> str:
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, yaml_text)
    return next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.project_under_execution).text


def test_the_setback_before_an_items_balance_is_its_reason_without_a_because(tmp_path):
    text = items_text(tmp_path, TIANCHI)
    assert "北门游客中心施工单位8月进场后发现地基沉降，改造推迟至2026年" in text.split("天池栈道维修")[0]


def test_an_item_named_inside_a_rows_name_is_named_by_its_money(tmp_path):
    text = items_text(tmp_path, TIANCHI)
    assert "西坡3公里栈道因道路中断停工" in text.split("天池栈道维修", 1)[1]


def test_words_before_a_balance_that_tell_no_setback_are_no_reason(tmp_path):
    plain = TIANCHI.replace("北门游客中心施工单位8月进场后发现地基沉降，改造推迟至2026年，游客中心改造资金相应结余。",
                            "南门、东门游客中心完成改造并通过验收，游客中心改造资金相应结余。")
    text = items_text(tmp_path, plain)
    assert "通过验收" not in text
