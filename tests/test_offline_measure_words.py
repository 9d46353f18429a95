"""The offline writer's words follow the data: an execution rate of 95 % with money left is 预算资金未全部执行 with
its remainder, not 偏低 (below 90 % it is); each shortfall's stated cause gets an answer of its own, and no
sentence of 改进措施 is said twice — a cause no ready action fits is not answered with the indicator measure's own
words again, and a second cause with the same answer refers to the first; a sentence reporting the work of
several tasks (the year's overview) is the narrative of none of them."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from drafter.pipeline import draft


def _project(budget: float, spent: float, indicators: list[dict], **extra) -> dict:
    return {
        "项目名称": "2023年城区公园绿地养护管理项目", "被评价年度": 2023, "表格类型": "项目支出",
        "主管部门": "西岭区城市管理局", "实施单位": "西岭区公园管理处",
        "项目资金": {"单位": "万元", "年初预算数": budget, "全年预算数": budget, "全年执行数": spent, "分值": 10},
        "绩效指标": indicators, **extra,
    }


def _row(name: str, target: str, actual: str, reason: str = "", points: int = 20, score: float | None = None) -> dict:
    row = {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": name, "年度指标值": target, "实际完成值": actual,
           "分值": points, "得分": points if score is None else score}
    return {**row, "偏差原因分析及改进措施": reason} if reason else row


MET = _row("公园绿地养护面积", "≥186公顷", "186公顷")


def _draft(tmp_path: Path, data: dict, logs: dict[str, str] | None = None):
    folder = tmp_path / "unit"
    folder.mkdir(parents=True)
    (folder / "input.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    if logs:
        (folder / "worklogs").mkdir()
        for name, text in logs.items():
            (folder / "worklogs" / name).write_text(text, encoding="utf-8")
    return draft(folder)


def _section(result, name: str) -> str:
    return "\n".join(p.text for s in result.sections if s.name == name for p in s.paragraphs)


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[。；，：\n]", re.sub(r"（[一二三四五六七八九十]+）", "", text)) if len(c) >= 8]


def test_a_rate_of_95_90_percent_is_money_not_all_spent_with_its_remainder_not_a_low_rate(tmp_path):
    result = _draft(tmp_path, _project(620, 594.58, [MET]))
    measures = _section(result, "改进措施")
    assert "针对预算资金未全部执行（全年预算数620万元、全年执行数594.58万元，结余25.42万元）的问题" in measures
    assert "偏低" not in measures
    assert result.check.ok


def test_below_90_percent_the_measure_calls_the_rate_low(tmp_path):
    measures = _section(_draft(tmp_path, _project(620, 527.5, [MET])), "改进措施")
    assert "针对执行率偏低（全年预算数620万元、全年执行数527.5万元）的问题" in measures


def test_causes_no_ready_action_fits_are_each_answered_without_a_sentence_said_twice(tmp_path):
    # 计量检定所: firms closed (fewer to serve), the standards away for traceability — neither a delay nor weather
    rows = [_row("强制检定计量器具数量", "≥42000台件", "39650台件", "部分加油站、出租汽车企业年内停业或迁址，送检数量少于计划。",
                 score=18.88),
            _row("检定证书出具时限", "≤5个工作日", "6个工作日", "7-8月主标准器送省计量院溯源，部分项目暂停检定。",
                 points=10, score=8.33),
            _row("入户宣传次数", "≥12次", "10次", "宣传车辆年中报废，部分乡镇未能安排。", points=10, score=8.33)]
    result = _draft(tmp_path, _project(180, 178.5, [MET, *rows], 已填存在问题=["部分企业送检积极性不高。"]))
    measures = _section(result, "改进措施")
    assert "核实服务对象的实际数量和变动情况，据实测算下年度目标值" in measures  # 停业、迁址: re-base the target
    assert "提前安排设备检定、校准和溯源时间" in measures  # 溯源: plan around it
    assert "提高服务对象的知晓度和参与积极性" in measures  # the unit's own 积极性不高
    clauses = _clauses(measures)
    assert len(clauses) == len(set(clauses)), [c for c in clauses if clauses.count(c) > 1]
    assert measures.count("明确责任人和完成时限") <= 1
    assert result.check.ok


def test_a_second_cause_with_the_same_answer_refers_to_the_first_instead_of_repeating_it(tmp_path):
    rows = [_row("补植乔灌木数量", "≥12000株", "10400株", "夏季持续高温少雨，补植推迟至11月。", score=17.33),
            _row("行道树补植数量", "≥800株", "620株", "高温干旱，栽植推迟，年内未完成。", score=15.5)]
    measures = _section(_draft(tmp_path, _project(620, 615, [MET, *rows])), "改进措施")
    assert measures.count("选在春秋等适宜季节栽植") == 1
    assert "按对“补植乔灌木数量”的做法一并落实" in measures


def test_forms_without_causes_for_several_shortfalls_ask_for_them_in_one_sentence(tmp_path):
    rows = [_row("园区设施完好率", "≥95%", "92%", "无", points=10, score=9.68),
            _row("病虫害防治及时率", "≥98%", "95%", "其他原因", points=10, score=9.69)]
    measures = _section(_draft(tmp_path, _project(620, 615, [MET, *rows])), "改进措施")
    assert measures.count("在自评表偏差原因分析中写明") == 1
    assert "对“园区设施完好率”（原填“无”）查明未达标的具体原因、对“病虫害防治及时率”（原填“其他原因”）查明原因" in measures


YOUTH_LEAGUE = {  # 共青团区委 · 部门整体: four tasks, their own narratives in the logs, and the year's overview
    "部门名称": "共青团临海区委员会", "被评价年度": 2023, "表格类型": "部门整体支出",
    "部门资金情况": {"单位": "万元", "年初预算": 286.00, "调整预算": 301.40, "实际支出": 262.22},
    "年度目标": ["围绕青少年成长服务，组建青年志愿服务队30支，开展希望工程助学和青年创业培训。"],
    "主要任务": [
        {"编号": "任务1", "任务": "青年志愿服务", "预期目标": "组建青年志愿服务队30支。",
         "关键指标": [{"指标": "组建青年志愿服务队数量", "目标值": "≥30支", "实际值": "28支"}], "任务涉及金额": 58.00},
        {"编号": "任务2", "任务": "希望工程助学", "预期目标": "资助家庭经济困难学生150名。",
         "关键指标": [{"指标": "资助学生人数", "目标值": "≥150名", "实际值": "150名"}], "任务涉及金额": 45.00},
        {"编号": "任务3", "任务": "青年创业就业培训", "预期目标": "举办青年创业培训班6期。",
         "关键指标": [{"指标": "创业培训班期数", "目标值": "≥6期", "实际值": "4期"}], "任务涉及金额": 36.00},
    ],
}
LOGS = {"2023-12-年度小结.md": (
    "# 2023年 团区委年度小结\n\n"
    "## 2023-12-20\n"
    "全年组建青年志愿服务队28支，资助困难学生150名，举办青年创业培训班4期。\n\n"
    "## 2023-12-22\n"
    "青年志愿服务队全年开展社区、助老志愿服务活动236场，志愿者服务时长累计1.2万小时。\n")}


def test_the_years_overview_naming_several_tasks_is_no_tasks_narrative(tmp_path):
    narrative = _section(_draft(tmp_path, YOUTH_LEAGUE, LOGS), "目标完成情况")
    assert "资助困难学生150名，举办" not in narrative and "服务队28支，资助" not in narrative
    # the entry about one task, naming it throughout, is still that task's
    volunteering = narrative.split("（一）", 1)[1].split("（二）", 1)[0]
    assert "开展社区、助老志愿服务活动236场" in volunteering


def test_a_ceiling_passed_is_written_as_what_it_was_and_by_how_much_not_as_a_share_completed(tmp_path):
    # 证书出具时限 ≤5个工作日, 6 taken; a cost ≤45元 met: neither is "完成", and 6 days is not "83.33% of the target"
    rows = [_row("检定证书出具时限", "≤5个工作日", "6个工作日", "主标准器送省计量院溯源，部分项目暂停检定。", points=10,
                 score=8.33),
            _row("每台件平均检定成本", "≤45元", "43.49元", points=10),
            _row("游园安全责任事故", "=0起", "0起", points=10)]
    result = _draft(tmp_path, _project(180, 178.5, [MET, *rows]))
    problems, narrative = _section(result, "存在问题"), _section(result, "目标完成情况")
    assert "“检定证书出具时限”年度目标≤5个工作日，实际为6个工作日，超出目标1个工作日" in problems
    assert "完成目标的83.33%" not in problems + narrative
    assert "“检定证书出具时限”目标≤5个工作日，实际为6个工作日，未达到目标（超出目标1个工作日）" in narrative
    assert "“每台件平均检定成本”目标≤45元，实际为43.49元，达到目标" in narrative
    assert "“游园安全责任事故”目标=0起，实际为0起，达到目标" in narrative
    assert result.check.ok


def test_each_cause_is_answered_by_its_kind_price_children_moving_away_weather_before_rooms(tmp_path):
    rows = [_row("改造单位面积成本", "≤600元/平方米", "652元/平方米", "建材价格上涨，部分小区增加了雨污管网改造内容。",
                 points=10, score=9.2),
            _row("保障在园幼儿人数", "≥400人", "379人", "秋季学期部分幼儿随父母外出转园，在园人数减少。", score=18.95),
            _row("送戏下乡场次", "≥60场", "52场", "受场地条件及汛期天气影响，部分乡镇演出取消。", score=17.33)]
    measures = _section(_draft(tmp_path, _project(620, 615, [MET, *rows])), "改进措施")
    price = measures.split("建材价格上涨", 1)[1].split("。", 1)[0]
    assert "造价评审" in price and "倒排工期" not in price
    moved = measures.split("外出转园", 1)[1].split("。", 1)[0]
    assert "据实测算下年度目标值" in moved and "返乡" not in moved
    weather = measures.split("汛期天气影响", 1)[1].split("。", 1)[0]
    assert "避开汛期等不利时段" in weather and "高温" not in weather and "扩建" not in weather  # its own weather


def test_a_vehicle_off_the_road_for_repairs_is_answered_with_upkeep_not_a_building_schedule(tmp_path):
    # 农产品质量安全检测站: the testing van was in the workshop — 维修 of equipment, not of a building
    rows = [_row("快速检测样品数", "≥12000个", "11260个", "下半年检测车辆维修停检20天。", score=18.77)]
    measures = _section(_draft(tmp_path, _project(46, 45.5, [MET, *rows])), "改进措施")
    answer = measures.split("停检20天", 1)[1].split("。", 1)[0]
    assert "维护保养" in answer and "工期" not in answer and "施工" not in answer


def test_a_cause_the_unit_gave_in_its_own_words_is_not_also_called_not_stated(tmp_path):
    # the 偏差原因 column is empty, but the unit's 存在问题 gives the reason for that very indicator
    rows = [_row("购置医疗设备台数", "≥12台", "8台", score=13.33)]
    result = _draft(tmp_path, _project(850, 840, [MET, *rows], 已填存在问题=["购置医疗设备台数未完成，CT和彩超两个包流标。"]))
    problems = _section(result, "存在问题")
    assert "单位填报的原因是" in problems and "流标" in problems
    assert "未说明原因" not in problems


def test_a_problem_the_unit_says_is_wanting_is_its_own_item_not_the_cause_of_a_shortfall_sharing_its_words(tmp_path):
    data = {**YOUTH_LEAGUE, "已填存在问题": ["志愿服务常态化机制有待完善。"]}
    result = _draft(tmp_path, data)
    problems, measures = _section(result, "存在问题"), _section(result, "改进措施")
    assert "单位填报的原因是“志愿服务常态化机制有待完善”" not in problems
    assert "单位自评中提出：志愿服务常态化机制有待完善。" in problems
    assert "针对单位提出的“志愿服务常态化机制有待完善”问题，建立健全相关工作制度和长效机制" in measures


def test_a_numbered_two_paragraph_reason_cell_gives_its_cause_and_its_plan_without_the_numbers(tmp_path):
    # 驻镇帮镇扶 (Word): "1.原因：…⏎2.改进措施：…" in one 偏差原因 cell
    cell = ("1.原因：受汛期持续降雨影响，大坪村1.5公里村道路基未能按期完工。\n"
            "2.改进措施：已与施工单位签订补充协议，明确2025年3月底前完工。")
    result = _draft(tmp_path, _project(300, 296, [MET, _row("村道硬底化里程", "≥12公里", "10.5公里", cell, score=17.5)]))
    problems, measures = _section(result, "存在问题"), _section(result, "改进措施")
    assert "据自评表填报为“受汛期持续降雨影响，大坪村1.5公里村道路基未能按期完工”" in problems
    assert "落实自评表提出的“已与施工单位签订补充协议，明确2025年3月底前完工”" in measures
    assert "2.改进措施" not in problems + measures
    assert result.check.ok
