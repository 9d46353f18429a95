"""A difficulty the work log states once more, after the form's deviation column gave it as a shortfall's cause,
is that shortfall's cause and not a problem of its own: the draft said "在册患者服药率 … 据自评表填报为'部分患者家属
对长期服药有顾虑，自行停药'" and then again "（五）工作中反映：随访发现部分患者家属对长期服药有顾虑…". A log
difficulty the form does not give is still its own problem. Unit: a county hospital's chronic-disease follow-up
project (慢病随访)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems

PROJECT = """
    项目名称: 2025年高血压糖尿病患者随访管理项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 武宣县卫生健康局
    实施单位: 武宣县人民医院
    项目资金: {单位: 万元, 全年预算数: 64.00, 全年执行数: 61.20}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 患者规范服药率, 年度指标值: ≥80%, 实际完成值: 76.5%, 分值: 10, 得分: 9,
         偏差原因分析及改进措施: 部分老年患者对长期服药有顾虑，自行减药停药}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 年度随访人次, 年度指标值: ≥9000人次, 实际完成值: 9420人次, 分值: 10, 得分: 10}
"""

LOG = """\
- 7月12日：随访发现部分老年患者对长期服药有顾虑，31人自行减药停药。
- 9月3日：东乡片区9月随访因车辆维修推迟两周。
"""


def logged(tmp_path) -> list[str]:
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, PROJECT, {"2025年工作记录.md": LOG})
    return [p.text for p in detect_problems(report, sheet) if p.kind is ProblemKind.stated_in_logs]


def test_a_log_line_restating_the_forms_cause_is_no_problem_of_its_own(tmp_path):
    assert not [t for t in logged(tmp_path) if "顾虑" in t]


def test_a_log_difficulty_the_form_does_not_give_is_still_a_problem(tmp_path):
    assert [t for t in logged(tmp_path) if "推迟两周" in t]


# A folk-art troupe (曲艺团): the log tells the same hold-up in other words and order — what was repaired first, then
# what it delayed — while the form's column put it as "X因Y推迟": nearly every character of the form's cause is there.
TROUPE = """
    项目名称: 2025年曲艺惠民演出项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 钦州市文化广电体育和旅游局
    实施单位: 钦州市曲艺团
    项目资金: {单位: 万元, 全年预算数: 48.00, 全年执行数: 46.10}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 曲艺培训学员, 年度指标值: ≥300人次, 实际完成值: 262人次,
         偏差原因分析及改进措施: 暑期曲艺班因剧场维修推迟开班，少办1期}
"""

TROUPE_LOG = """\
- 7月3日：剧场屋面渗漏维修，暑期少儿曲艺班推迟开班。
- 8月20日：钦南区两场露天演出因台风推迟一周。
"""


def test_a_log_line_telling_the_forms_cause_in_its_own_order_is_no_problem_of_its_own(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, TROUPE, {"2025年工作记录.md": TROUPE_LOG})
    texts = [p.text for p in detect_problems(report, sheet) if p.kind is ProblemKind.stated_in_logs]
    assert not [t for t in texts if "渗漏" in t]
    assert [t for t in texts if "台风" in t]  # a difficulty the form does not give stays its own problem
