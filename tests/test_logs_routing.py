"""Which task a work-log line is about. A line goes to the task it names: by the task's name, and by what the
task's 预期目标 / 主要内容 says it covers in words no other task uses (a hotline's number, 心理咨询). A form with
one task — a project form, whose indicators are the project's own — takes every result line of the year."""

from __future__ import annotations

from drafter.domain.logs import logs_for_task

UNION = """
部门名称: 遂溪县总工会
被评价年度: 2024
表格类型: 部门整体支出
部门资金情况:
  单位: 万元
  年初预算: 312.00
  调整预算: 318.40
  实际支出: 301.26
主要任务:
  - 任务: 职工技能竞赛
    预期目标: 组织全县职工技能大赛和岗位练兵，评选技术能手。
  - 任务: 困难职工帮扶
    预期目标: 开展12351职工服务热线受理、心理咨询和困难职工生活救助。
  - 任务: 职工文化阵地建设
    预期目标: 建设职工书屋和户外劳动者服务站点，开展职工文体活动。
"""


def routed(tmp_path, yaml_text: str, log: str) -> list[list[str]]:
    from conftest import write_unit

    report, _ = write_unit(tmp_path, yaml_text, {"2024年工作日志.md": log})
    return [[entry.text for entry in logs_for_task(report, i)] for i in range(len(report.tasks))]


def test_a_line_naming_what_a_task_covers_goes_to_that_task_not_to_one_sharing_a_common_word(tmp_path):
    # "服务" is in 职工文化阵地建设's goal too (劳动者服务站点), but 12351 and 热线 only in 困难职工帮扶's
    tasks = routed(tmp_path, UNION, "- 12月20日：12351热线全年受理职工诉求1260件，办结率98.6%。\n")
    assert tasks[1] == ["12351热线全年受理职工诉求1260件，办结率98.6%。"]
    assert tasks[0] == [] and tasks[2] == []


def test_a_line_naming_a_task_stays_with_it_although_another_tasks_goal_shares_its_words(tmp_path):
    tasks = routed(tmp_path, UNION, "- 10月18日：举办全县职工技能大赛决赛，参赛选手326人，评选技术能手20名。\n"
                                    "- 11月5日：新建职工书屋6家，户外劳动者服务站点12个。\n")
    assert [len(t) for t in tasks] == [1, 0, 1]
    assert "技能大赛" in tasks[0][0] and "职工书屋" in tasks[2][0]


def test_a_line_naming_no_task_goes_to_none_when_the_form_has_several(tmp_path):
    tasks = routed(tmp_path, UNION, "- 6月30日：完成办公楼屋面防水维修。\n")
    assert tasks == [[], [], []]


def test_a_project_form_takes_every_result_line_of_its_log_even_one_not_naming_the_project(tmp_path):
    project = """
    项目名称: 2024年农村清洁能源推广项目
    被评价年度: 2024
    表格类型: 项目支出
    主管部门: 松阳县农业农村局
    实施单位: 松阳县农村能源服务站
    项目资金:
      单位: 万元
      全年预算数: 96.00
      全年执行数: 91.35
    年度总体目标:
      - 推广太阳能热水器和生物质炉具，完成废弃沼气池安全处置。
    绩效指标:
      - 一级指标: 产出指标
        二级指标: 数量指标
        三级指标: 推广太阳能热水器
        年度指标值: ≥150台
        实际完成值: 163台
    """
    log = ("- 5月16日：完成太阳能热水器安装105台。\n"
           "- 11月28日：完成第六期技术培训，全年培训农户318人次。\n"
           "- 12月20日：开展受益农户满意度调查，发放问卷300份，满意281份。\n")
    tasks = routed(tmp_path, project, log)
    assert len(tasks) == 1
    assert any("318人次" in t for t in tasks[0]) and any("满意281份" in t for t in tasks[0])


UNION_WITH_OWN_INDICATORS = UNION + """
绩效指标:
  - 一级指标: 产出指标
    二级指标: 数量指标
    三级指标: 举办职工技能竞赛
    年度指标值: ≥12场
    实际完成值: 14场
  - 一级指标: 满意度指标
    二级指标: 服务对象满意度指标
    三级指标: 会员职工满意度
    年度指标值: ≥90%
    实际完成值: 94.1%
"""


def test_the_years_overview_of_three_tasks_results_is_the_units_own_not_one_tasks(tmp_path):
    """A department form with its own indicator table: a sentence listing the results of three tasks (the form's
    实际完成情况) is the unit's year, drafted beside its indicators — not the narrative of the task named most."""
    log = "- 12月30日：举办职工技能竞赛14场，12351热线受理职工诉求1260件，新建职工书屋6家、户外劳动者服务站点12个。\n"
    tasks = routed(tmp_path, UNION_WITH_OWN_INDICATORS, log)
    assert tasks[:3] == [[], [], []]
    assert tasks[3] == ["举办职工技能竞赛14场，12351热线受理职工诉求1260件，新建职工书屋6家、户外劳动者服务站点12个。"]

