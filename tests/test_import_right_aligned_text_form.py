"""A plain-text export of the national 部门整体 form: columns aligned by runs of spaces, the figures set flush
RIGHT under headers that are set flush left (a fixed-width print pads a figure to its column's right edge), a
rule of dashes over and under each table, numbered section headings between the tables, and a note under the
indicators. Its tables are tables: a figure that ends under its column rather than starting where the header
starts is still in that column, the rules are no text, and the folder drafts from it like from a pipe table."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

from drafter.forms import import_form, is_form
from drafter.forms.text import parse_text_form
from drafter.testing.cli import run_drafter


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def row(cells: list[str], widths: list[int]) -> str:
    """The first cell flush left, every other cell flush right in its column (a figure's last digit at the
    column's right edge) — the text export of a sheet whose number cells are right-aligned."""
    out = ""
    for k, (cell, width) in enumerate(zip(cells, widths)):
        pad = " " * max(2, width - _width(cell))
        out += cell + pad if k == 0 else pad + cell
    return out.rstrip()


def header(cells: list[str], widths: list[int]) -> str:
    """A header row: each label flush left in its column, the way the export prints the column names."""
    out, col = "", 0
    for k, (cell, width) in enumerate(zip(cells, widths)):
        start = 0 if k == 0 else col + 2
        out += " " * max(0 if k == 0 else 2, start - _width(out)) + cell
        col += width
    return out


FUNDS_W = [34, 14, 14, 14, 8, 10, 8, 40]
DETAIL_W = [34, 14, 14]
IND_W = [12, 20, 28, 14, 14, 14, 8, 8]
RULE = "-" * 110

FORM = "\n".join([
    "临溪市国防动员办公室2025年度部门整体支出绩效自评表",
    "",
    "部门名称：临溪市国防动员办公室      主管部门：临溪市人民政府",
    "",
    "一、部门预算资金（单位：万元）",
    RULE,
    header(["资金项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "备注"], FUNDS_W),
    row(["年度资金总额", "412.00", "436.00", "421.38", "10", "96.65%", "9.67"], FUNDS_W),
    row(["  其中：本级财政拨款", "352.00", "352.00", "345.26", "", "98.09%"], FUNDS_W),
    row(["      上级人防专项补助", "60.00", "84.00", "76.12", "", "90.62%", "", "   7月省人防办追加24.00万元用于警报器更新"],
        FUNDS_W),
    row(["  按性质：基本支出", "236.00", "236.00", "233.94", "", "99.13%"], FUNDS_W),
    row(["          项目支出", "176.00", "200.00", "187.44", "", "93.72%"], FUNDS_W),
    RULE,
    "",
    "二、项目支出明细（单位：万元）",
    RULE,
    header(["项目名称", "全年预算数", "全年执行数"], DETAIL_W),
    row(["防空警报器更新维护", "96.00", "88.36"], DETAIL_W),
    row(["人防工程平战结合检查", "42.00", "40.18"], DETAIL_W),
    row(["民兵应急分队训练保障", "38.00", "37.06"], DETAIL_W),
    row(["国防教育宣传", "24.00", "21.84"], DETAIL_W),
    row(["合计", "200.00", "187.44"], DETAIL_W),
    RULE,
    "",
    "三、年度总体目标",
    "完成防空警报器更新改造40台以上，全年警报试鸣鸣响率98%以上；检查人防工程不少于60处；组织民兵应急分队训练12期以上；"
    "开展国防教育进校园、进社区活动30场以上，群众满意度90%以上。",
    "",
    "四、绩效指标",
    RULE,
    header(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"], IND_W),
    row(["产出指标", "数量指标", "更新改造防空警报器", "≥40台", "43台", "36台", "15", "15"], IND_W),
    row(["", "", "检查人防工程", "≥60处", "64处", "58处", "15", "15"], IND_W),
    row(["", "", "民兵应急分队训练", "≥12期", "12期", "11期", "10", "10"], IND_W),
    row(["", "质量指标", "警报试鸣鸣响率", "≥98%", "96.8%", "98.4%", "15", "12"], IND_W),
    row(["效益指标", "社会效益指标", "国防教育活动场次", "≥30场", "34场", "29场", "15", "15"], IND_W),
    row(["满意度指标", "服务对象满意度", "群众满意度", "≥90%", "94.2%", "93.5%", "20", "20"], IND_W),
    row(["总分", "", "", "", "", "", "100", "96.67"], IND_W),
    RULE,
    "",
    "说明：警报试鸣鸣响率未达目标。9月全市试鸣时有8台旧型号警报器因供电线路老化未能鸣响，已列入2026年更新计划。",
]) + "\n"

LOG = """临溪市国防动员办公室2025年工作记录
2025-03-18 启动防空警报器更新改造，首批更换15台。
2025-09-18 组织全市防空警报试鸣，鸣响率96.8%。
2025-11-26 完成第三批警报器更新，全年更新改造43台。
"""


def _form(folder: Path) -> Path:
    path = folder / "部门整体支出绩效自评表.txt"
    path.write_text(FORM, encoding="utf-8")
    return path


def test_the_fixture_sets_its_figures_flush_right_under_flush_left_headers():
    lines = FORM.splitlines()
    head = next(ln for ln in lines if ln.startswith("资金项目"))
    total = next(ln for ln in lines if ln.startswith("年度资金总额"))
    assert head.index("年初预算数") != total.index("412.00")  # no figure starts where its header starts
    assert "\t" not in FORM and "|" not in FORM


def test_a_right_aligned_text_export_is_a_form(tmp_path):
    assert is_form(_form(tmp_path))


def test_its_rules_of_dashes_are_no_text_of_the_form():
    doc = parse_text_form(FORM)
    assert not [p for p in doc.paragraphs if set(p.text.strip()) <= set("-")]
    assert len(doc.tables) == 3


def test_a_right_aligned_department_form_reads_its_funds_and_lines(tmp_path):
    funds = import_form(_form(tmp_path)).input["部门资金情况"]
    assert (funds["年初预算数"], funds["全年预算数"], funds["全年执行数"]) == (
        Decimal("412.00"), Decimal("436.00"), Decimal("421.38"))
    lines = {x["名称"]: (x.get("年初预算数"), x.get("全年预算数"), x.get("全年执行数")) for x in funds["其中"]}
    assert lines == {"本级财政拨款": (Decimal("352.00"), Decimal("352.00"), Decimal("345.26")),
                     "上级人防专项补助": (Decimal("60.00"), Decimal("84.00"), Decimal("76.12")),
                     "基本支出": (Decimal("236.00"), Decimal("236.00"), Decimal("233.94")),
                     "项目支出": (Decimal("176.00"), Decimal("200.00"), Decimal("187.44"))}


def test_a_right_aligned_department_form_reads_its_project_rows(tmp_path):
    projects = {p["项目名称"]: (p["全年预算数"], p["执行数"]) for p in import_form(_form(tmp_path)).input["重点项目"]}
    assert projects == {"防空警报器更新维护": (Decimal("96.00"), Decimal("88.36")),
                        "人防工程平战结合检查": (Decimal("42.00"), Decimal("40.18")),
                        "民兵应急分队训练保障": (Decimal("38.00"), Decimal("37.06")),
                        "国防教育宣传": (Decimal("24.00"), Decimal("21.84"))}


def test_a_right_aligned_form_reads_its_indicators_and_goal(tmp_path):
    data = import_form(_form(tmp_path)).input
    inds = {x["三级指标"]: x for x in data["绩效指标"]}
    assert len(inds) == 6 and inds["警报试鸣鸣响率"]["实际完成值"] == "96.8%"
    assert data["年度目标"][0].startswith("完成防空警报器更新改造40台以上")


def test_a_folder_holding_a_right_aligned_form_drafts_its_budget(tmp_path):
    folder = tmp_path / "人防办自评"
    folder.mkdir()
    _form(folder)
    (folder / "2025年工作记录.txt").write_text(LOG, encoding="utf-8")
    result = run_drafter("draft", str(folder), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "421.38" in result.stdout and "全部可溯源" in result.stderr
    assert "本年度未填报预算资金数据" not in result.stdout
    assert "-----" not in result.stdout and "      " not in result.stdout  # no raw row pasted into prose


def test_a_wrong_figure_against_a_right_aligned_form_stays_unsupported(tmp_path):
    """The negative: a line's figure given another line's value is still caught against the text form."""
    folder = tmp_path / "人防办自评"
    folder.mkdir()
    _form(folder)
    report = tmp_path / "draft.md"
    report.write_text("上级人防专项补助全年执行数86.12万元，执行率90.62%。\n", encoding="utf-8")
    result = run_drafter("check", str(report), "--source", str(folder), home=tmp_path)
    assert result.returncode != 0
    assert "86.12" in result.stdout + result.stderr


# --- the 备注 beside a funding line: why its money changed or lagged, carried to the draft -----------------


def test_a_funding_lines_remark_is_read_with_the_line(tmp_path):
    lines = {x["名称"]: x for x in import_form(_form(tmp_path)).input["部门资金情况"]["其中"]}
    assert lines["上级人防专项补助"]["备注"] == "7月省人防办追加24.00万元用于警报器更新"
    assert "备注" not in lines["本级财政拨款"]  # the negative: an empty 备注 cell is no remark


def test_the_draft_says_what_the_remark_says_where_the_line_changed_and_lagged(tmp_path):
    """The budget sentence names the change's reason beside the raise, and the problem of the unspent money
    names the lagging line with its remark — both from the form, every figure traced."""
    folder = tmp_path / "人防办自评"
    folder.mkdir()
    _form(folder)
    result = run_drafter("draft", str(folder), home=tmp_path)
    assert result.returncode == 0, result.stderr
    budget, _, rest = result.stdout.partition("## 存在问题")
    assert "上级人防专项补助：7月省人防办追加24.00万元用于警报器更新" in budget
    problem = next(p for p in rest.split("\n\n") if "（一）" in p)
    assert "上级人防专项补助" in problem and "追加24.00万元用于警报器更新" in problem
    assert "本级财政拨款：" not in result.stdout


# --- a note under the indicators ('说明：…') that names a shortfall is the form's stated cause --------------


def test_a_note_under_the_indicators_is_the_cause_of_the_shortfall_it_names(tmp_path):
    inds = {x["三级指标"]: x for x in import_form(_form(tmp_path)).input["绩效指标"]}
    assert "供电线路老化" in inds["警报试鸣鸣响率"]["偏差原因分析及改进措施"]
    assert not any("偏差原因分析及改进措施" in x for k, x in inds.items() if k != "警报试鸣鸣响率")


def test_a_note_that_names_no_shortfall_is_no_cause(tmp_path):
    """The negative: '说明：本表金额单位为万元…' says nothing of why a target was missed."""
    path = tmp_path / "部门整体支出绩效自评表.txt"
    path.write_text(FORM.replace(FORM.splitlines()[-1], "说明：本表金额单位为万元，执行率按全年执行数除以全年预算数计算。"),
                    encoding="utf-8")
    inds = {x["三级指标"]: x for x in import_form(path).input["绩效指标"]}
    assert "偏差原因分析及改进措施" not in inds["警报试鸣鸣响率"]


def test_the_draft_gives_the_noted_cause_to_the_missed_indicator(tmp_path):
    folder = tmp_path / "人防办自评"
    folder.mkdir()
    _form(folder)
    result = run_drafter("draft", str(folder), home=tmp_path)
    problem = next(p for p in result.stdout.split("\n\n") if "警报试鸣鸣响率" in p and "年度目标" in p)
    assert "供电线路老化" in problem
