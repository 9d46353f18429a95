"""A project form has one task: the project itself. Its paragraph is the whole year's narrative, so it carries the
year's distinct results from the log — not the four sentences a task of a department form gets, which left a
project's mid-year campaign (a health-education week, its schools and leaflets) and its staffing out of the draft
while the year-end totals stayed. Plans, difficulties and running totals still stay out. Unit: a county endemic
disease station (地方病防治站), iodine-deficiency project."""

from __future__ import annotations

from drafter.pipeline import draft

PROJECT = """
    项目名称: 2025年碘缺乏病防治项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 石阡县卫生健康局
    实施单位: 石阡县地方病防治站
    项目资金: {单位: 万元, 年初预算数: 58.00, 全年预算数: 58.00, 全年执行数: 55.62}
    年度总体目标:
      - 完成碘盐监测和儿童甲状腺检查，开展防治知识宣传。
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 居民户碘盐监测份数, 年度指标值: ≥1200份, 实际完成值: 1260份, 分值: 20, 得分: 20}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 儿童甲状腺B超检查人数, 年度指标值: ≥800人, 实际完成值: 836人, 分值: 20, 得分: 20}
      - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 三级指标: 群众满意度, 年度指标值: ≥90%, 实际完成值: 94.2%, 分值: 10, 得分: 10}
"""

LOG = """\
- 3月6日：组建监测小组4个、监测人员22人，完成县乡两级业务培训。
- 4月18日：完成春季居民户碘盐采样620份，覆盖17个乡镇。
- 5月15日：开展“防治碘缺乏病日”宣传，进校园12所，发放宣传资料1.4万份。
- 6月28日：完成8至10岁儿童甲状腺B超检查420人。
- 7月9日：因部分乡镇道路受洪灾损毁，秋季采样推迟两周。
- 9月20日：完成秋季居民户碘盐采样640份。
- 11月12日：儿童甲状腺B超检查全部完成，全年检查836人，甲状腺肿大率1.9%。
- 12月10日：开展群众满意度调查，发放问卷500份，满意471份。
- 12月26日：计划明年新增监测点3个。
"""


def completion(tmp_path) -> str:
    from conftest import write_unit

    write_unit(tmp_path, PROJECT, {"2025年工作记录.md": LOG})
    return next(s.text for s in draft(tmp_path / "input.yaml").sections if s.name == "目标完成情况")


def test_a_project_paragraph_carries_the_years_distinct_results_beyond_four_sentences(tmp_path):
    done = completion(tmp_path)
    # the mid-year campaign and the staffing are results of their own, not repeats of a year-end total
    assert "进校园12所" in done and "1.4万份" in done
    assert "监测人员22人" in done
    assert "全年检查836人" in done and "满意471份" in done


def test_a_projects_plans_and_difficulties_stay_out_of_its_results(tmp_path):
    done = completion(tmp_path)
    assert "新增监测点3个" not in done  # a plan for next year
    assert "推迟两周" not in done  # a difficulty: 存在问题, not a result
