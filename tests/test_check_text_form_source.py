"""A plain-text print of a 自评表 given to the checker as a source (`drafter check --source 自评表.txt`) is read as
`drafter import` reads it (drafter/forms/text.py): each table row with its column heads, the form's field lines and
text around them as lines — so a 项目支出明细's 执行数 is the spending, never paired with its 预算数 column, as it
was when the checker split the print's lines at their spaces itself. A .txt that is no form (a work log, a ledger
note) and a PDF copy whose cells merely follow one another (no columns to read) read as before.

Each positive beside its planted error: the budget column's figure given as the spending, another row's spending,
last year's result as this year's."""

from __future__ import annotations

from pathlib import Path

from drafter.check import check, load_source_path

FORM = """\
                    部门整体支出绩效自评表（2025年度）

填报单位：鹤岗市豫剧团（公章）        主管部门：鹤岗市文化广电和旅游局        金额单位：万元

【一、部门预算执行情况】

资金来源                  年初预算数  全年预算数  全年执行数    执行率      结余    备注
----------------------------------------------------------------------------------------------------
年度资金总额                  860.00      842.00      815.36    96.84%     26.64
  一般公共预算财政拨款        700.00      700.00      689.52    98.50%     10.48
  省级艺术发展专项资金        100.00       82.00       71.54    87.24%     10.46    8月省厅收回未启动的剧本孵化资金18.00万元
  演出收入                     60.00       60.00       54.30    90.50%      5.70    商业演出票款
  按用途：基本支出            512.00      512.00      508.16    99.25%      3.84    人员经费和公用经费
          项目支出            348.00      330.00      307.20    93.09%     22.80

【二、项目支出明细】

项目名称                        全年预算数  全年执行数
------------------------------------------------------
送戏下乡惠民演出                   126.00      121.38
新编大型现代戏排演                  98.00       90.16
青年演员传承培养                    54.00       49.86
剧场设备更新                        52.00       45.80
合  计                              330.00      307.20

【三、年度总体目标】

完成送戏下乡演出120场以上，新编大型现代戏1部，培养青年演员20人以上；观众满意度90%以上。

【四、绩效指标完成情况】

一级指标    二级指标            三级指标                      年度指标值      实际完成值      上年实际        分值  得分
--------------------------------------------------------------------------------------------------------------------------
产出指标    数量指标            送戏下乡演出场次              ≥120场          136场           118场           20    20
                                新编大型现代戏                ≥1部            1部             1部             10    10
                                培养青年演员                  ≥20人           23人            19人            10    10
满意度指标  服务对象满意度指标  观众满意度                    ≥90%            95.2%           93.1%           10    10
预算执行率                                                                    96.84%                          10    9.68
总分                                                                                                          60    59.68

偏差原因：省级艺术发展专项资金中剧本孵化项目未启动，8月被收回18.00万元；剧场设备更新政府采购流标一次，结余6.20万元。

填表人：办公室        审核人：团长办公会        填报日期：2026年1月15日
"""


def _form(tmp_path: Path) -> Path:
    path = tmp_path / "部门整体支出绩效自评表.txt"
    path.write_text(FORM, encoding="utf-8")
    return path


def status(text: str, source: Path) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [source]).mentions if m.status != "ignored"]


def test_a_spending_detail_rows_spending_traces_to_its_execution_column(tmp_path):
    form = _form(tmp_path)
    assert status("送戏下乡惠民演出支出121.38万元，执行率96.33%；新编大型现代戏排演支出90.16万元，执行率92.00%。",
                  form) == [("121.38万元", "exact"), ("96.33%", "derived"), ("90.16万元", "exact"),
                            ("92.00%", "derived")]
    assert status("剧场设备更新支出45.80万元。", form) == [("45.80万元", "exact")]


def test_the_budget_column_or_another_rows_spending_stays_unsupported(tmp_path):
    form = _form(tmp_path)
    assert status("送戏下乡惠民演出实际支出126.00万元。", form) == [("126.00万元", "unsupported")]  # its 预算数
    assert status("送戏下乡惠民演出执行126.00万元。", form) == [("126.00万元", "unsupported")]
    assert status("新编大型现代戏排演支出121.38万元。", form) == [("121.38万元", "unsupported")]  # 送戏下乡's


def test_funding_lines_and_indicator_rows_keep_their_columns(tmp_path):
    form = _form(tmp_path)
    assert status("省级艺术发展专项资金全年预算82.00万元，实际支出71.54万元。", form) == [
        ("82.00万元", "exact"), ("71.54万元", "exact")]
    assert status("全年送戏下乡演出136场，上年118场。", form) == [("136场", "exact"), ("118场", "exact")]
    assert status("全年送戏下乡演出118场。", form) == [("118场", "unsupported")]  # last year's result


def test_a_form_print_reads_as_the_form_reader_reads_it(tmp_path):
    (loaded,) = load_source_path(_form(tmp_path))
    assert loaded.places  # each line with its place in the print (第20行)
    assert "送戏下乡惠民演出\t126.00\t121.38" in loaded.text.splitlines()


def test_a_text_that_is_no_form_reads_as_written(tmp_path):
    log = tmp_path / "七台河工作日志.txt"
    text = ("3月12日  赴七台河市新兴区开展送戏下乡演出2场，观众约800人次。\n"
            "4月2日   剧场设备更新项目完成招标文件编制，预算52.00万元。\n")
    log.write_text(text, encoding="utf-8")
    (loaded,) = load_source_path(log)
    assert loaded.text == text and not loaded.places


PDF_COPY = """\
项目支出绩效自评表
（2025年度）
项目名称 航标灯塔维护保养
主管部门 双鸭山市交通运输局 实施单位 双鸭山市灯塔管理站
项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 64.00 64.00 61.12 10 95.50% 9.55
其中：当年财政拨款 64.00 64.00 61.12 — — —
年度总体目标
预期目标：完成灯塔维护保养不少于12座次，航标正常率不低于98%。
实际完成情况：完成灯塔维护保养14座次，航标正常率99.1%。
绩效指标
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 灯塔维护保养 ≧12座次 14座次 20 20
产出指标 质量指标 航标正常率 ≧98% 99.1% 20 20
满意度指标 服务对象满意度指标 船员满意度 ≧90% 94.0% 10 10
总分 99.55 自评等级 优
"""


def test_a_pdf_copy_whose_cells_merely_follow_one_another_reads_as_written(tmp_path):
    from drafter.forms import is_form

    path = tmp_path / "自评表（PDF复制）.txt"
    path.write_text(PDF_COPY, encoding="utf-8")
    assert is_form(path)  # a form all the same: its rows have no columns to read them under
    (loaded,) = load_source_path(path)
    assert loaded.text == PDF_COPY and not loaded.places
    assert status("全年执行61.12万元，完成灯塔维护保养14座次。", path) == [("61.12万元", "exact"), ("14座次", "exact")]
