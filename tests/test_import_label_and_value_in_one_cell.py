"""A field written as "label：value" inside one cell of a pasted row ("部门（单位）名称：阿里地区冈仁波齐转山服务站<TAB>金额单位：
万元", as a unit copies its form's header line out of a spreadsheet) is that field, as the same line without the tab
is. Before, the tab made the line a table row whose first cell was no bare label, and the import stopped with "the
form names no department".

A unit of our own: 阿里地区冈仁波齐转山服务站 (its form pasted as tab-separated text)."""

from __future__ import annotations

from drafter.forms import import_form

FORM = ("2025年度部门整体支出绩效自评表\n"
        "部门（单位）名称：{name}\t金额单位：万元\n"
        "年度预算执行情况\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t212.30\t236.80\t229.15\t10\t96.77%\t9.68\n"
        "其中：基本支出\t131.50\t131.50\t130.02\t—\t98.87%\t—\n"
        "项目支出\t80.80\t105.30\t99.13\t—\t94.14%\t—\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t补给救助点数量\t≥6个\t6个\t50\t50\n"
        "满意度指标\t服务对象满意度指标\t游客满意度\t≥90%\t92.4%\t40\t40\n")


def test_a_label_and_its_value_in_one_cell_of_a_pasted_row_are_the_field(tmp_path):
    path = tmp_path / "部门整体支出绩效自评表.txt"
    path.write_text(FORM.format(name="阿里地区冈仁波齐转山服务站"), encoding="utf-8")
    got = import_form(path).input
    assert got["部门名称"] == "阿里地区冈仁波齐转山服务站"
    assert got["被评价年度"] == 2025
