"""Plain-text prints of the 自评表 (a form exported to .txt): columns aligned by runs of spaces or set in an ASCII grid
of + - |, a header typed on two lines (年初 / 预算数) with its labels centred over figures set flush right, tables ruled
with dashes or not ruled at all, part heads 【一、…】 or 一、…, full-width spaces as padding, "（公章）" after the unit's
name. The forms are tests/forms_sweep/chuanju.txt, wenquan.txt, suidao.txt and bianjing.txt (each with its
hand-written expected import there); the small texts below are written for the behaviour each test pins."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from drafter.forms import import_form, is_form
from drafter.forms.text import parse_text_form
from drafter.testing.cli import run_drafter

SWEEP = Path(__file__).parent / "forms_sweep"

LEDGER = ("日期\t演出地点\t演出场次\t观众人次\n"
          "2025-03-15\t商州区\t12\t4200\n"
          "2025-06-20\t洛南县\t10\t3600\n"
          "2025-09-18\t丹凤县\t9\t3150\n")

# a 支出明细 table of a 隧道管理所 printed with its header on two lines, labels centred, figures flush right
DETAILS = """\
序号           项目名称                全年          全年        执行率
                                      预算数        执行数
--------------------------------------------------------------------------
 1    隧道照明灯具更换                  48.00         46.20      96.25%
 2    通风风机检修                      36.50         33.58      92.00%
      合计                              84.50         79.78      94.41%
"""


def _folder(tmp_path: Path, form: str, *extra: tuple[str, str]) -> Path:
    folder = tmp_path / "自评材料"
    folder.mkdir()
    shutil.copy(SWEEP / form, folder / "部门整体支出绩效自评表.txt")
    for name, text in extra:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_text_print_with_its_header_on_two_lines_is_a_form_in_its_folder(tmp_path):
    folder = _folder(tmp_path, "chuanju.txt", ("惠民演出台账.tsv", LEDGER))
    assert is_form(folder / "部门整体支出绩效自评表.txt")
    result = run_drafter("draft", str(folder), "--engine", "offline", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "530.74" in result.stdout and "本年度未填报预算资金数据" not in result.stdout


def test_a_folder_holding_only_a_text_print_drafts(tmp_path):
    folder = _folder(tmp_path, "bianjing.txt")
    result = run_drafter("draft", str(folder), "--engine", "offline", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "325.16" in result.stdout


def test_a_folder_holding_only_a_log_is_still_no_form(tmp_path):
    """The negative: a work log of dated lines beside no form is refused in one line, not drafted as a form."""
    folder = tmp_path / "自评材料"
    folder.mkdir()
    (folder / "2025年工作日志.txt").write_text(
        "延安市宝塔山隧道管理所2025年工作日志\n2025-03-12  更换隧道照明灯具120盏。\n"
        "2025-07-21  暴雨致监控光缆中断，当日抢修恢复。\n", encoding="utf-8")
    result = run_drafter("draft", str(folder), "--engine", "offline", home=tmp_path)
    assert result.returncode == 2 and "没有" in result.stderr


def test_a_two_line_header_is_one_header_and_each_figure_stays_under_it():
    table = parse_text_form(DETAILS).tables[0]
    assert [c.text for c in table.rows[0]] == ["序号", "项目名称", "全年预算数", "全年执行数", "执行率"]
    assert [c.text for c in table.rows[1]] == ["1", "隧道照明灯具更换", "48.00", "46.20", "96.25%"]
    assert [c.text for c in table.rows[3]] == ["", "合计", "84.50", "79.78", "94.41%"]


def test_prose_with_double_spaces_is_no_table():
    """The negative: lines of prose whose sentences happen to hold runs of spaces are paragraphs, not a table."""
    text = ("全年维护机电设备1286台（套），设施完好率96.8%。  故障平均修复时长3.2小时。\n"
            "7月暴雨致光缆中断2次，  已增设备用链路。  下一步加强汛期巡查。\n")
    assert parse_text_form(text).tables == [] or all(t.run_on for t in parse_text_form(text).tables)


def test_each_detail_row_of_a_text_print_reads_its_execution_under_its_own_header():
    projects = {p["项目名称"]: (p["全年预算数"], p["执行数"]) for p in
                import_form(SWEEP / "chuanju.txt").input["重点项目"]}
    assert projects["新编剧目创排"] == (Decimal("58.00"), Decimal("54.60"))
    assert projects["青年演员培训"] == (Decimal("25.00"), Decimal("22.60"))


def test_an_ascii_grid_row_wrapped_over_lines_is_one_row():
    inds = {x["三级指标"]: x for x in import_form(SWEEP / "wenquan.txt").input["绩效指标"]}
    assert inds["游客满意度"]["二级指标"] == "服务对象满意度指标"
    assert inds["游客满意度"]["偏差原因分析及改进措施"].startswith("节假日高峰停车位不足")
    assert len(inds) == 10


def test_the_goal_under_a_bracketed_part_head_is_a_goal_not_a_completion(tmp_path):
    result = import_form(SWEEP / "chuanju.txt")
    assert result.input["年度目标"][0].startswith("全年开展惠民演出180场以上")
    assert not any("180场以上" in log.text for log in result.logs)
    folder = _folder(tmp_path, "chuanju.txt")
    draft = run_drafter("draft", str(folder), "--engine", "offline", home=tmp_path).stdout
    assert "完成情况：全年开展惠民演出180场以上" not in draft


def test_the_seal_after_the_unit_name_is_no_part_of_the_name():
    assert import_form(SWEEP / "chuanju.txt").input["部门名称"] == "商洛市川剧团"
    assert import_form(SWEEP / "wenquan.txt").input["实施单位"] == "安康市汉滨温泉旅游度假区管理委员会"


def test_a_bracket_that_is_no_seal_stays_in_the_unit_name(tmp_path):
    """The negative: a unit whose own name ends in a bracket that is no seal keeps it."""
    text = SWEEP.joinpath("suidao.txt").read_text("utf-8").replace(
        "延安市宝塔山隧道管理所（公章）", "延安市宝塔山隧道管理所（延安市公路应急保障中心）")
    path = tmp_path / "suidao_named.txt"
    path.write_text(text, encoding="utf-8")
    assert import_form(path).input["实施单位"] == "延安市宝塔山隧道管理所（延安市公路应急保障中心）"


def test_the_total_row_under_the_names_of_a_numbered_detail_table_is_no_project():
    """A 支出明细 whose first column is 序号: its 合计 stands in the name column, the 序号 blank — a total, not a
    project of its own."""
    names = [p["项目名称"] for p in import_form(SWEEP / "chuanju.txt").input["重点项目"]]
    assert names == ["秦腔川剧惠民演出补助", "新编剧目创排", "舞美灯光设备更新", "青年演员培训"]


def test_last_year_figures_keep_the_decimals_the_form_prints(tmp_path):
    draft = run_drafter("draft", str(_folder(tmp_path, "chuanju.txt")), "--engine", "offline", home=tmp_path).stdout
    assert "上年实际11.80万人次" in draft and "上年实际92.0%" in draft
    assert "实际完成12.60万人次" in draft and "实际完成93.0%" in draft
    assert "上年实际11.8万人次" not in draft and "上年实际92%" not in draft


# a 隧道管理所's form printed with box-drawing rules (┌─┬─┐ │ ├─┼─┤ └─┴─┘), as word processors' "table to text" and
# Chinese systems' text exports draw it: the header on two lines of one ruled row, a long cause wrapped in its cell
BOX_FORM = """\
铜川市金锁关隧道管理所2025年度项目支出绩效自评表
项目名称：2025年隧道消防设施维护经费
实施单位：铜川市金锁关隧道管理所（公章）
单位：万元
┌────────────────┬──────────┬──────────┬──────────┬──────┬─────────┬──────┐
│    项目资金    │   年初   │   全年   │   全年   │ 分值 │ 执行率  │ 得分 │
│                │  预算数  │  预算数  │  执行数  │      │         │      │
├────────────────┼──────────┼──────────┼──────────┼──────┼─────────┼──────┤
│ 年度资金总额   │    64.00 │    64.00 │    61.12 │   10 │  95.50% │ 9.55 │
│ 其中：财政拨款 │    64.00 │    64.00 │    61.12 │    — │  95.50% │    — │
└────────────────┴──────────┴──────────┴──────────┴──────┴─────────┴──────┘
┌──────────┬──────────┬──────────────────┬──────────┬──────────┬──────┬──────┬──────────────────────┐
│ 一级指标 │ 二级指标 │     三级指标     │年度指标值│实际完成值│ 分值 │ 得分 │偏差原因分析及改进措施│
├──────────┼──────────┼──────────────────┼──────────┼──────────┼──────┼──────┼──────────────────────┤
│ 产出指标 │ 数量指标 │ 消防设施检测次数 │ ≥12次    │ 12次     │   30 │   30 │                      │
├──────────┼──────────┼──────────────────┼──────────┼──────────┼──────┼──────┼──────────────────────┤
│          │ 质量指标 │ 消防设施完好率   │ =100%    │ 97.5%    │   30 │ 29.25│ 3具灭火器压力不足，已│
│          │          │                  │          │          │      │      │ 于12月更换。         │
├──────────┼──────────┼──────────────────┼──────────┼──────────┼──────┼──────┼──────────────────────┤
│ 满意度指 │ 服务对象 │ 通行群众满意度   │ ≥90%     │ 93.6%    │   30 │   30 │                      │
│ 标       │ 满意度   │                  │          │          │      │      │                      │
├──────────┼──────────┼──────────────────┼──────────┼──────────┼──────┼──────┼──────────────────────┤
│ 总分     │          │                  │          │          │  100 │ 98.80│                      │
└──────────┴──────────┴──────────────────┴──────────┴──────────┴──────┴──────┴──────────────────────┘
"""


def test_a_box_drawn_grid_reads_like_an_ascii_grid(tmp_path):
    path = tmp_path / "自评表.txt"
    path.write_text(BOX_FORM, encoding="utf-8")
    data = import_form(path).input
    funds = data["项目资金"]
    assert (funds["年初预算数"], funds["全年预算数"], funds["全年执行数"]) == (
        Decimal("64.00"), Decimal("64.00"), Decimal("61.12"))
    inds = {x["三级指标"]: x for x in data["绩效指标"]}
    assert set(inds) == {"消防设施检测次数", "消防设施完好率", "通行群众满意度"}
    assert inds["消防设施完好率"]["偏差原因分析及改进措施"] == "3具灭火器压力不足，已于12月更换。"
    assert inds["通行群众满意度"]["一级指标"] == "满意度指标"
    assert data["实施单位"] == "铜川市金锁关隧道管理所"


def test_rows_a_grid_does_not_rule_off_stay_rows_of_their_own():
    """The negative: lines between two rules whose first cells are filled are rows each, not one wrapped row."""
    rows = [[c.text for c in r] for r in parse_text_form(BOX_FORM).tables[0].rows]
    assert rows[1][0] == "年度资金总额" and rows[2][0] == "其中：财政拨款" and len(rows) == 3


# a 川剧团's 支出明细 whose money columns sit under one group label centred over them
GROUPED = """\
序号        项目名称                  金额（万元）             执行率
                                  预算数         执行数
 1    戏曲进校园演出                  32.00          30.40      95.00%
 2    川剧传承人带徒补助              18.00          16.20      90.00%
      合计                            50.00          46.60      93.20%
"""


def test_a_group_label_over_two_columns_parts_into_them():
    table = parse_text_form(GROUPED).tables[0]
    assert [c.text for c in table.rows[0]] == ["序号", "项目名称", "预算数（万元）", "执行数（万元）", "执行率"]
    assert [c.text for c in table.rows[2]] == ["2", "川剧传承人带徒补助", "18.00", "16.20", "90.00%"]


def test_a_qualifier_under_a_measure_takes_the_measure():
    text = ("资金项目              预算数（万元）         执行数\n"
            "                   年初         全年\n"
            "年度资金总额       120.00       126.00       118.44\n")
    assert [c.text for c in parse_text_form(text).tables[0].rows[0]] == [
        "资金项目", "年初预算数（万元）", "全年预算数（万元）", "执行数"]


def test_the_goal_under_a_part_head_naming_any_goal_is_the_goal(tmp_path):
    """三、年度绩效目标 / 部门整体绩效目标 head the goal as 三、年度总体目标 does; a head naming the indicators' results
    (四、绩效指标完成情况) heads no goal and no completion."""
    text = SWEEP.joinpath("bianjing.txt").read_text("utf-8").replace("三、年度总体目标", "三、部门年度绩效目标")
    path = tmp_path / "自评表.txt"
    path.write_text(text, encoding="utf-8")
    result = import_form(path)
    assert result.input["年度目标"][0].startswith("全年办理出入境证件2.4万件以上")
    text = text.replace("三、部门年度绩效目标", "三、绩效指标完成情况")
    path.write_text(text, encoding="utf-8")
    result = import_form(path)
    assert "年度目标" not in result.input
    assert not any("2.4万件以上" in log.text and "完成" in log.title for log in result.logs)


def test_a_header_line_whose_figure_is_a_bracketed_year_goes_on_the_header():
    """'上年实际' over '（2024年）': a year in brackets under a label is part of the label, no row's figure."""
    text = ("三级指标              年度指标值      实际完成值        上年实际\n"
            "                                                     （2024年）\n"
            "隧道照明灯具更换        ≥300盏          312盏            296盏\n")
    rows = [[c.text for c in r] for r in parse_text_form(text).tables[0].rows]
    assert rows[0] == ["三级指标", "年度指标值", "实际完成值", "上年实际（2024年）"]
    assert rows[1] == ["隧道照明灯具更换", "≥300盏", "312盏", "296盏"]


def test_part_heads_numbered_as_parts_head_their_fields(tmp_path):
    """第三部分 年度总体目标 and 【三】年度总体目标 head the goal as 三、年度总体目标 does."""
    for head in ("第三部分　年度总体目标", "【三】年度总体目标"):
        text = SWEEP.joinpath("bianjing.txt").read_text("utf-8").replace("三、年度总体目标", head)
        path = tmp_path / "自评表.txt"
        path.write_text(text, encoding="utf-8")
        assert import_form(path).input["年度目标"][0].startswith("全年办理出入境证件2.4万件以上"), head
