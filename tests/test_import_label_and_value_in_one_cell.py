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


GOALS = ("年度总体目标\t保障转山季游客安全，设置补给救助点不少于6个，游客满意度不低于90%。\n"
         "实际完成情况\t设置补给救助点6个，游客满意度92.4%。\n")


def test_a_goal_row_and_its_completion_row_of_a_wide_pasted_table_are_the_goal_and_its_completion(tmp_path):
    # (the rows share the table of the funds and indicators, seven columns wide: the empty cells after the text are
    # no cells of the row)
    path = tmp_path / "部门整体支出绩效自评表.txt"
    lines = FORM.format(name="阿里地区冈仁波齐转山服务站").splitlines(keepends=True)
    path.write_text("".join(lines[:6]) + GOALS + "".join(lines[6:]), encoding="utf-8")
    result = import_form(path)
    assert result.input["年度目标"][0].startswith("保障转山季游客安全")
    done = [log.text for log in result.logs if log.title == "年度目标-目标完成情况"]
    assert done == ["设置补给救助点6个，游客满意度92.4%。"]
