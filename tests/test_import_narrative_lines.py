"""A form copied out of a PDF as space-separated text: its narrative comes as lines "年度总体目标：……",
"实际完成情况：……", "偏差原因：……", or as a 年度总体目标 row wrapped over several lines. Each is imported into
the field a table row of the same label fills — nothing guessed where the lines cannot be told apart."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter.forms import import_form
from drafter.testing.cli import run_drafter

HEAD = """项目支出绩效自评表
（2023年度）
项目名称 {name}
主管部门 {dept} 实施单位 {unit}
项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 {funds}
其中：本年财政拨款 {parts}
"""


def head(name: str, dept: str, unit: str, funds: str) -> str:
    return HEAD.format(name=name, dept=dept, unit=unit, funds=funds, parts=" ".join(funds.split()[:3]))


# 河道管理所 · 河道保洁: the goal and its completion as labelled lines, the completion wrapped over two lines,
# and a 偏差原因 line under the indicator that fell short.
RIVER = head(name="2023年城区河道保洁项目", dept="佛冈县水务局", unit="佛冈县河道管理所",
             funds="96.00 96.00 91.20 10 95.00% 9.5") + """年度总体目标
预期目标：完成城区12条河道日常保洁，保洁长度不少于48公里，河面漂浮物清理及时率不低于95%。
实际完成情况：完成城区12条河道日常保洁，保洁长度46.5公里，河面漂浮物清理及时率97%；受汛期影响，
上游2公里河段改由镇级保洁队承担。
绩效指标
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 河道保洁长度 ≥48公里 46.5公里 30 29.06
偏差原因：汛期上游河段移交镇级保洁，下年度在合同中明确移交范围。
产出指标 质量指标 漂浮物清理及时率 ≥95% 97% 30 30
满意度指标 服务对象满意度指标 沿河居民满意度 ≥90% 93% 30 30
总分 100 98.56
自评等级 优
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def logs(result) -> dict[str, str]:
    return {log.title: log.text for log in result.logs}


def test_a_labelled_goal_line_fills_the_annual_goal_and_its_completion_line_is_narrative(tmp_path):
    result = import_form(write(tmp_path, "河道保洁.txt", RIVER))
    assert result.input["年度总体目标"] == ["完成城区12条河道日常保洁，保洁长度不少于48公里，河面漂浮物清理及时率不低于95%。"]
    assert result.sources["年度总体目标[0]"] == "第9行"
    done = logs(result)["年度总体目标-实际完成情况"]
    # the wrapped second line belongs to the completion, joined without a space
    assert done == ("完成城区12条河道日常保洁，保洁长度46.5公里，河面漂浮物清理及时率97%；受汛期影响，"
                    "上游2公里河段改由镇级保洁队承担。")


def test_a_deviation_line_under_an_indicator_fills_that_indicators_cause(tmp_path):
    result = import_form(write(tmp_path, "河道保洁.txt", RIVER))
    rows = result.input["绩效指标"]
    assert [r["三级指标"] for r in rows] == ["河道保洁长度", "漂浮物清理及时率", "沿河居民满意度"]
    assert rows[0]["偏差原因分析及改进措施"] == "汛期上游河段移交镇级保洁，下年度在合同中明确移交范围。"
    assert "偏差原因分析及改进措施" not in rows[1]
    assert result.sources["绩效指标[0].偏差原因分析及改进措施"].startswith("第15行")
    assert not [w for w in result.warnings if "三级指标" in w.message]


INDICATORS = "绩效指标\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"


@pytest.mark.parametrize("name, form, goal, done", [
    # 殡仪馆 · 遗体接运: the PDF row "年度总体目标 | 预期目标：… | 实际完成情况：…" copied as one line
    ("遗体接运.txt",
     head(name="2023年遗体接运服务项目", dept="连南县民政局", unit="连南县殡仪馆",
          funds="58.00 58.00 57.10 10 98.45% 9.84")
     + "年度总体目标 预期目标：全年遗体接运不少于900具，接运响应时间不超过2小时。 "
       "实际完成情况：全年接运遗体936具，平均响应时间1.4小时。\n" + INDICATORS
     + "产出指标 数量指标 遗体接运数量 ≥900具 936具 50 50\n"
       "满意度指标 服务对象满意度指标 家属满意度 ≥90% 95% 40 40\n总分 100 99.84\n",
     "全年遗体接运不少于900具，接运响应时间不超过2小时。", "全年接运遗体936具，平均响应时间1.4小时。"),
    # 文化馆 · 群众文化活动: "年度总体目标：…" itself, no 预期目标 sub-label; a PDF gap inside the text is closed
    ("群文活动.txt",
     head(name="2023年群众文化活动经费", dept="翁源县文化广电旅游体育局", unit="翁源县文化馆",
          funds="42.00 42.00 40.32 10 96.00% 9.6")
     + "年度总体目标：举办群众文化活动不少于60场， 惠及群众3万人次以上。\n"
       "实际完成情况：举办活动64场，惠及群众3.4万人次。\n" + INDICATORS
     + "产出指标 数量指标 举办群众文化活动 ≥60场 64场 50 50\n"
       "满意度指标 服务对象满意度指标 群众满意度 ≥90% 96% 40 40\n总分 100 99.6\n",
     "举办群众文化活动不少于60场，惠及群众3万人次以上。", "举办活动64场，惠及群众3.4万人次。"),
])
def test_a_goal_line_labelled_with_a_colon_is_the_goal_on_its_own_line_or_after_the_row_label(
        tmp_path, name, form, goal, done):
    result = import_form(write(tmp_path, name, form))
    assert result.input["年度总体目标"] == [goal]
    assert logs(result)["年度总体目标-实际完成情况"] == done


SEWAGE_FUNDS = "320.00 300.00 286.50 10 95.50% 9.55"


def sewage(goal_lines: str) -> str:
    # 镇污水处理厂 · 运营补助, the goal row under its printed header, wrapped as a PDF copy gives it
    return head(name="2023年镇级污水处理设施运营补助", dept="清新区住房和城乡建设局",
                       unit="清新区太和镇污水处理厂", funds=SEWAGE_FUNDS) + (
        "年度总体目标 预期目标 实际完成情况\n" + goal_lines +
        "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "产出指标 数量指标 污水处理量 ≥365万吨 352万吨 30 28.93 进水量受管网雨污分流\n"
        "改造影响，下年度完成管网改造。\n"
        "产出指标 质量指标 出水水质达标率 =100% 100% 30 30\n"
        "满意度指标 服务对象满意度指标 周边群众满意度 ≥90% 94% 30 30\n总分 100 98.48\n")


def test_a_goal_row_wrapped_over_lines_splits_at_its_one_cell_gap(tmp_path):
    result = import_form(write(tmp_path, "污水处理.txt", sewage(
        "全年处理生活污水不少于365万吨，出水水质稳定达到一级A标准，\n"
        "设施运行率不低于95%。 全年处理生活污水352万吨，出水水质全部达标，\n"
        "设施运行率98.2%；开展周边群众满意度问卷调查，回收有效问卷320份。\n")))
    assert result.input["年度总体目标"] == ["全年处理生活污水不少于365万吨，出水水质稳定达到一级A标准，设施运行率不低于95%。"]
    assert result.sources["年度总体目标[0]"] == "第9行第1项–第10行第1项"  # the lines it spans
    assert logs(result)["年度总体目标-实际完成情况"] == (
        "全年处理生活污水352万吨，出水水质全部达标，设施运行率98.2%；开展周边群众满意度问卷调查，回收有效问卷320份。")


def test_a_goal_row_copied_line_by_line_side_by_side_joins_each_column(tmp_path):
    # both cells wrapped, the PDF copy interleaves them: each line holds one piece of each cell
    result = import_form(write(tmp_path, "污水处理.txt", sewage(
        "全年处理生活污水不少于365万吨， 全年处理生活污水352万吨，\n"
        "出水水质稳定达到一级A标准。 出水水质全部达标。\n")))
    assert result.input["年度总体目标"] == ["全年处理生活污水不少于365万吨，出水水质稳定达到一级A标准。"]
    assert logs(result)["年度总体目标-实际完成情况"] == "全年处理生活污水352万吨，出水水质全部达标。"


def test_a_wrapped_goal_row_whose_cells_cannot_be_told_apart_is_reported_not_guessed(tmp_path):
    result = import_form(write(tmp_path, "污水处理.txt", sewage(
        "全年处理生活污水 不少于365万吨，\n"
        "出水水质达标。 全年处理352万吨，\n"
        "出水水质全部达标。\n")))
    assert "年度总体目标" not in result.input
    assert "年度总体目标-实际完成情况" not in logs(result)
    assert any(w.place.startswith("第9行") and "年度总体目标" in w.message for w in result.warnings)


def test_a_cause_cell_wrapped_onto_the_next_line_is_one_cause(tmp_path):
    result = import_form(write(tmp_path, "污水处理.txt", sewage(
        "全年处理生活污水不少于365万吨。 全年处理生活污水352万吨。\n")))
    first = result.input["绩效指标"][0]
    assert first["三级指标"] == "污水处理量"
    assert first["偏差原因分析及改进措施"] == "进水量受管网雨污分流改造影响，下年度完成管网改造。"
    assert not [w for w in result.warnings if "三级指标" in w.message]


def test_imported_narrative_lines_reach_the_worklogs_and_the_draft_checks_clean(tmp_path):
    out = tmp_path / "river"
    result = run_drafter("import", str(write(tmp_path, "河道保洁.txt", RIVER)), "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    texts = "".join(p.read_text(encoding="utf-8") for p in (out / "worklogs").iterdir())
    assert "上游2公里河段改由镇级保洁队承担" in texts
    draft = run_drafter("draft", str(out), home=tmp_path)
    assert draft.returncode == 0, draft.stderr


def test_a_bad_figure_in_a_form_with_narrative_lines_is_still_one_line_and_exit_2(tmp_path):
    bad = RIVER.replace("30 29.06", "30 二十九")
    out = tmp_path / "river"
    result = run_drafter("import", str(write(tmp_path, "河道保洁.txt", bad)), "--out", str(out), home=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "河道保洁.txt" in lines[0] and "第14行" in lines[0], result.stderr
    assert not out.exists()


def test_labelled_lines_printed_under_a_pdf_forms_tables_are_its_goal_and_completion(tmp_path):
    # 青少年活动中心 · 乡村学校少年宫: a PDF with a text layer, the narrative printed as lines below the ruled tables
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("line", fontName="STSong-Light", fontSize=9, leading=12)
    funds = [["项目名称", "2023年乡村学校少年宫运行经费", "", "", "", ""],
             ["主管部门", "阳山县教育局", "实施单位", "阳山县青少年活动中心", "", ""],
             ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
             ["年度资金总额", "60.00", "60.00", "58.20", "97.00%", "9.7"]]
    indicators = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                  ["产出指标", "数量指标", "参与活动学生人数", "≥3000人", "3260人", "50", "50"],
                  ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "95%", "40", "40"]]
    ruled = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                        ("FONTSIZE", (0, 0), (-1, -1), 8)])
    path = tmp_path / "少年宫.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("项目支出绩效自评表（2023年度）", style),
        Table(funds, style=ruled), Spacer(1, 12), Table(indicators, style=ruled), Spacer(1, 12),
        Paragraph("年度总体目标：在全县12所乡村学校少年宫开展课后兴趣活动，参与学生不少于3000人。", style),
        Paragraph("实际完成情况：12所少年宫全部开课，参与学生3260人，", style),
        Paragraph("开设兴趣小组86个。", style)])
    result = import_form(path)
    assert result.input["年度总体目标"] == ["在全县12所乡村学校少年宫开展课后兴趣活动，参与学生不少于3000人。"]
    assert logs(result)["年度总体目标-实际完成情况"] == "12所少年宫全部开课，参与学生3260人，开设兴趣小组86个。"
    assert result.sources["年度总体目标[0]"].startswith("第1页第")


def test_a_department_forms_labelled_lines_fill_its_annual_goal_and_completion(tmp_path):
    # 档案馆 · 部门整体: "年度目标：…" / "目标完成情况：…" (wrapped) between the funds and the task rows
    text = """部门整体支出绩效自评表
（2023年度）
部门名称 连州市档案馆
部门资金情况（万元） 年初预算 412.30 调整预算 436.80 实际支出 421.06 预算完成率 96.40%
年度目标：完成馆藏档案数字化不少于60万页，接收进馆档案不少于8000卷，档案查阅利用服务不少于3000人次。
目标完成情况：完成档案数字化64.2万页，接收进馆档案8,356卷，
提供查阅利用3,412人次。
主要任务 预期目标 目标完成情况 关键指标 指标完成情况 任务涉及金额
档案数字化 完成馆藏档案数字化 完成64.2万页 档案数字化页数 64.2万页 186.40
档案接收与利用 接收进馆档案8000卷 接收8356卷 接收进馆档案 8356卷 98.60
存在问题 部分档案数字化质检进度偏慢。
改进措施 增加质检人员。
"""
    result = import_form(write(tmp_path, "档案馆.txt", text))
    assert result.input["年度目标"] == ["完成馆藏档案数字化不少于60万页，接收进馆档案不少于8000卷，档案查阅利用服务不少于3000人次。"]
    assert logs(result)["年度目标-目标完成情况"] == "完成档案数字化64.2万页，接收进馆档案8,356卷，提供查阅利用3,412人次。"
    assert [t["任务"] for t in result.input["主要任务"]] == ["档案数字化", "档案接收与利用"]


def test_a_cause_line_under_an_indicator_is_not_also_a_narrative_of_its_own(tmp_path):
    # 疾控中心 · 预防接种: the indicator header starts with 指标名称, no 绩效指标 line above it
    text = head(name="2023年免疫规划疫苗接种项目", dept="英德市卫生健康局", unit="英德市疾病预防控制中心",
                funds="150.00 150.00 142.50 10 95.00% 9.5") + (
        "年度总体目标：适龄儿童免疫规划疫苗接种率不低于95%。\n"
        "实际完成情况：接种率93.6%。\n"
        "指标名称 年度指标值 实际完成值 分值 得分\n"
        "免疫规划疫苗接种率 ≥95% 93.6% 60 59.12\n"
        "偏差原因：流动儿童底数不清，下年度与学校联合查验接种证。\n"
        "受种者家长满意度 ≥90% 94% 30 30\n总分 100 98.62\n")
    result = import_form(write(tmp_path, "预防接种.txt", text))
    assert result.input["绩效指标"][0]["偏差原因分析及改进措施"] == "流动儿童底数不清，下年度与学校联合查验接种证。"
    assert "偏差原因" not in logs(result)


ELDERLY_FUNDS = "210.00 210.00 203.70 10 97.00% 9.7"


def elderly(goal_rows: str) -> str:
    # 养老服务中心 · 居家养老上门服务: the merged 年度总体目标 cell is centred across its two rows, so a PDF copy
    # puts the label on the answer row or on a line of its own between the header and the answers
    return head(name="2023年居家养老上门服务项目", dept="乳源瑶族自治县民政局", unit="乳源县养老服务中心",
                funds=ELDERLY_FUNDS) + goal_rows + INDICATORS + (
        "产出指标 数量指标 上门服务人次 ≥24000人次 25360人次 40 40\n"
        "满意度指标 服务对象满意度指标 老人满意度 ≥90% 96% 50 50\n总分 100 99.7\n")


def test_the_goal_rows_label_on_the_answer_line_is_not_the_goal(tmp_path):
    result = import_form(write(tmp_path, "居家养老.txt", elderly(
        "预期目标 实际完成情况\n"
        "年度总体目标 为特困、失能老人提供上门服务不少于24000人次。 全年上门服务25360人次。\n")))
    assert result.input["年度总体目标"] == ["为特困、失能老人提供上门服务不少于24000人次。"]
    assert logs(result)["年度总体目标-实际完成情况"] == "全年上门服务25360人次。"


def test_the_goal_rows_label_on_a_line_of_its_own_is_skipped(tmp_path):
    result = import_form(write(tmp_path, "居家养老.txt", elderly(
        "预期目标 实际完成情况\n"
        "年度总体目标\n"
        "为特困、失能老人提供上门服务不少于24000人次， 全年上门服务25360人次，\n"
        "服务对象满意度不低于90%。 满意度问卷回收412份，满意度96%。\n")))
    assert result.input["年度总体目标"] == ["为特困、失能老人提供上门服务不少于24000人次，服务对象满意度不低于90%。"]
    assert logs(result)["年度总体目标-实际完成情况"] == "全年上门服务25360人次，满意度问卷回收412份，满意度96%。"


def test_a_deviation_line_inside_a_tab_separated_table_keeps_the_table_whole(tmp_path):
    # 公路事务中心 · 农村公路养护, copied from an OCR tool as tab-separated rows: the 偏差原因 line has no tab,
    # yet the indicators below it belong to the same table
    text = "\n".join([
        "项目支出绩效自评表（2023年度）",
        "项目名称\t2023年农村公路养护项目",
        "主管部门\t始兴县交通运输局\t实施单位\t始兴县公路事务中心",
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t380.00\t380.00\t361.00\t10\t95.00%\t9.5",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t养护里程\t≥260公里\t248公里\t40\t38.15",
        "偏差原因：部分路段移交镇级养护，下年度调整养护计划。",
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t93%\t50\t50",
        "总分\t\t\t\t\t100\t97.65",
    ]) + "\n"
    result = import_form(write(tmp_path, "公路养护.txt", text))
    rows = result.input["绩效指标"]
    assert [r["三级指标"] for r in rows] == ["养护里程", "沿线群众满意度"]
    assert rows[0]["偏差原因分析及改进措施"] == "部分路段移交镇级养护，下年度调整养护计划。"
    assert result.sources["绩效指标[0].偏差原因分析及改进措施"].startswith("第8行")
    assert result.input["总分"] == Decimal("97.65")
