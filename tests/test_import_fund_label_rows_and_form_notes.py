"""What a Word or PDF form says about its money and its shortfalls reaches the input: a group label on a row of its
own (按来源分： / 按性质分：, every figure cell empty) opens the lines below it instead of ending the funds table; a
line named by its payer and its programme (中央补助地方盐业资源保护和产业发展资金, longer than a template's) is a line; a
scoring row (总分（含预算执行20分）, merged across the indicator columns) is the form's total, no indicator; and a
'自评说明：…' paragraph naming the shortfall is the form's stated cause. A 盐场 (department, Word) and a 天池管理局
(project, Word)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx

from drafter.forms import import_form

IND_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"]


def _fill(table, rows: list[list[str]]) -> None:
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def saltworks_department_form(folder: Path, note: str | None = None) -> Path:
    """A 盐场's department form: funds by source and by nature under label rows of their own, a raised-down line
    with its remark, the indicators closed by a merged 总分（含预算执行20分） row, a 自评说明 paragraph under them."""
    document = docx.Document()
    document.add_paragraph("部门整体支出绩效自评表")
    document.add_paragraph("（2025年度）　　　　　　金额单位：万元")
    _fill(document.add_table(rows=2, cols=4), [["部门（单位）名称", "儋州市莺歌盐场", "", ""],
                                               ["主管部门", "儋州市农业农村局", "编制数/实有人数", "52人/49人"]])
    funds = [
        ["年度预算", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "说明"],
        ["年度资金总额", "926.40", "908.40", "884.17", "20", "97.33%", "19.47", ""],
        ["按来源分：", "", "", "", "", "", "", ""],
        ["市级财政拨款", "742.40", "742.40", "730.26", "—", "98.36%", "—", ""],
        ["省级盐田保护专项资金", "90.00", "72.00", "65.15", "—", "90.49%", "—", "8月省财政收回未开工的滩涂修复经费18.00万元"],
        ["事业收入", "94.00", "94.00", "88.76", "—", "94.43%", "—", "原盐销售收入"],
        ["按性质分：", "", "", "", "", "", "", ""],
        ["基本支出", "618.40", "618.40", "613.52", "—", "99.21%", "—", "人员经费及日常公用经费"],
        ["项目支出", "308.00", "290.00", "270.65", "—", "93.33%", "—", ""],
    ]
    table = document.add_table(rows=len(funds), cols=8)
    _fill(table, funds)
    for r in (2, 6):
        table.cell(r, 0).merge(table.cell(r, 7))
    document.add_paragraph("年度目标：全年产原盐1.2万吨以上，修复盐田滩涂6处，培训晒盐技艺传承人40人次以上。")
    inds = [IND_HEADER,
            ["产出指标", "数量指标", "原盐产量", "≥1.2万吨", "1.31万吨", "1.18万吨", "10", "10"],
            ["产出指标", "数量指标", "修复盐田滩涂", "≥6处", "4处", "5处", "10", "7"],
            ["产出指标", "数量指标", "晒盐技艺传承培训", "≥40人次", "46人次", "38人次", "10", "10"],
            ["满意度指标", "服务对象满意度指标", "盐工满意度", "≥90%", "94.5%", "92.0%", "10", "10"],
            ["总分（含预算执行20分）", "", "", "", "", "", "100", "96.47"]]
    table = document.add_table(rows=len(inds), cols=8)
    _fill(table, inds)
    table.cell(5, 0).merge(table.cell(5, 5))
    if note is not None:
        document.add_paragraph(note)
    path = folder / "部门整体支出绩效自评表.docx"
    document.save(path)
    return path


NOTE = ("自评说明：修复盐田滩涂4处，未达到6处的目标。原计划下半年修复的北区2处滩涂，因8月省财政收回未开工的"
        "滩涂修复经费18.00万元而停工，盐田保护项目相应结余。")


def test_a_group_label_on_a_row_of_its_own_opens_the_lines_below_it(tmp_path):
    result = import_form(saltworks_department_form(tmp_path, NOTE))
    lines = {x["名称"]: (x["年初预算数"], x["全年预算数"], x["全年执行数"]) for x in result.input["部门资金情况"]["其中"]}
    assert lines == {"市级财政拨款": (Decimal("742.40"), Decimal("742.40"), Decimal("730.26")),
                     "省级盐田保护专项资金": (Decimal("90.00"), Decimal("72.00"), Decimal("65.15")),
                     "事业收入": (Decimal("94.00"), Decimal("94.00"), Decimal("88.76")),
                     "基本支出": (Decimal("618.40"), Decimal("618.40"), Decimal("613.52")),
                     "项目支出": (Decimal("308.00"), Decimal("290.00"), Decimal("270.65"))}
    remark = next(x for x in result.input["部门资金情况"]["其中"] if x["名称"] == "省级盐田保护专项资金")["备注"]
    assert remark.startswith("8月省财政收回")
    assert not [w for w in result.warnings if "不一致" in w.message], result.warnings


def test_a_merged_scoring_row_is_the_forms_total_no_indicator(tmp_path):
    result = import_form(saltworks_department_form(tmp_path, NOTE))
    names = [i["三级指标"] for i in result.input["绩效指标"]]
    assert names == ["原盐产量", "修复盐田滩涂", "晒盐技艺传承培训", "盐工满意度"]
    assert result.input["总分"] == Decimal("96.47")


def test_a_zipingshuoming_paragraph_naming_the_shortfall_is_its_stated_cause(tmp_path):
    inds = {i["三级指标"]: i for i in import_form(saltworks_department_form(tmp_path, NOTE)).input["绩效指标"]}
    assert "收回未开工的滩涂修复经费" in inds["修复盐田滩涂"]["偏差原因分析及改进措施"]
    for met in ("原盐产量", "晒盐技艺传承培训", "盐工满意度"):
        assert "偏差原因分析及改进措施" not in inds[met], met


def test_a_zipingshuoming_paragraph_naming_no_shortfall_is_no_cause(tmp_path):
    form = saltworks_department_form(tmp_path, "自评说明：本表金额单位为万元，执行数据取自财务决算报表。")
    inds = {i["三级指标"]: i for i in import_form(form).input["绩效指标"]}
    assert "偏差原因分析及改进措施" not in inds["修复盐田滩涂"]


def test_an_indicator_whose_name_opens_with_zong_stays_an_indicator(tmp_path):
    """总游客接待量 is an indicator; only 总分 (alone, or with its bracketed remark) closes the table."""
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表（2025年度）")
    rows = [["项目名称", "2025年度天池景区游客服务提升项目", "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"],
            ["年度资金总额", "120.00", "120.00", "114.60"],
            ["中央补助地方旅游资源保护和公共服务体系建设资金", "80.00", "80.00", "77.20"],
            ["市级财政资金", "40.00", "40.00", "37.40"]]
    _fill(document.add_table(rows=len(rows), cols=4), rows)
    inds = [IND_HEADER,
            ["产出指标", "数量指标", "总游客接待量", "≥85万人次", "91.2万人次", "83.6万人次", "20", "20"],
            ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "93.1%", "91.4%", "10", "10"],
            ["总分", "", "", "", "", "", "30", "30"]]
    _fill(document.add_table(rows=len(inds), cols=8), inds)
    document.save(tmp_path / "琼海市天池管理局项目支出绩效自评表.docx")
    result = import_form(tmp_path / "琼海市天池管理局项目支出绩效自评表.docx")
    assert [i["三级指标"] for i in result.input["绩效指标"]] == ["总游客接待量", "游客满意度"]
    assert result.input["总分"] == Decimal("30")
    # a line named by its payer and its programme, however long, is a line of the total
    lines = [x["名称"] for x in result.input["项目资金"]["其中"]]
    assert lines == ["中央补助地方旅游资源保护和公共服务体系建设资金", "市级财政资金"]
