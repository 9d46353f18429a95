"""The ways a ledger states its columns' units, as exported from a spreadsheet or typed by hand, each give the bare
figures of a column their unit: a units row whose label cell is empty in a whitespace ledger (the first column
left blank, so the row has one cell fewer), a units row labelled "单位：" with its colon, and a header that puts
the unit after a slash (开放时长/小时). A figure in another unit than its column's is then not that cell; a price's
slash (元/吨) is no unit of a column."""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

# A sub-district culture and sports centre's venue ledger, typed in columns of spaces, the units under the header.
SPACED = SourceText(name="场馆使用统计.txt", text=(
    "某街道文体中心2024年分场馆使用统计\n\n"
    "场馆        开放时长    接待群众    活动经费\n"
    "            小时        人次        元\n"
    "文体活动室  2,860       18,420      126,400\n"
    "多功能厅    1,940       9,860       88,300\n"
    "合计        4,800       28,280      214,700\n"))

# The same with a units row labelled 单位： (tab-separated, as a CSV or sheet reads).
COLON = SourceText(name="场馆使用统计.tsv", text=(
    "场馆\t开放时长\t接待群众\t活动经费\n"
    "单位：\t小时\t人次\t元\n"
    "文体活动室\t2860\t18420\t126400\n"
    "多功能厅\t1940\t9860\t88300\n"))

# A fishing port station's Markdown table with each header's unit after a slash, and a price column (元/吨).
SLASHED = SourceText(name="渔港收费统计.md", text=(
    "| 收费项目 | 征收数量/吨 | 征收金额/万元 | 收费标准/元/吨 |\n"
    "| --- | --- | --- | --- |\n"
    "| 渔获卸港服务费 | 18600 | 37.2 | 20 |\n"
    "| 冷库仓储费 | 4200 | 25.2 | 60 |\n"))


def verdicts(text: str, source: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_a_spaced_units_row_with_an_empty_label_gives_each_column_its_unit():
    got = verdicts("文体活动室开放时长2860小时，活动经费12.64万元。", SPACED)
    assert got == {"2860小时": "exact", "12.64万元": "converted"}, got
    assert verdicts("文体活动室开放2860天。", SPACED) == {"2860天": "unsupported"}
    assert verdicts("多功能厅活动经费8.83万人次。", SPACED) == {"8.83万人次": "unsupported"}


def test_the_header_over_a_spaced_units_row_still_names_the_columns():
    index = SourceIndex.build([SPACED])
    (f,) = [f for f in index.facts if f.written == "1,940"]
    assert f.unit == "小时" and {"开放", "时长"} <= f.subj, (f.unit, f.subj)


def test_a_units_row_labelled_with_a_colon_gives_each_column_its_unit():
    got = verdicts("多功能厅开放时长1940小时，活动经费8.83万元。", COLON)
    assert got == {"1940小时": "exact", "8.83万元": "converted"}, got
    assert verdicts("多功能厅开放1940天。", COLON) == {"1940天": "unsupported"}


def test_a_unit_after_a_slash_in_the_header_is_the_columns_unit():
    got = verdicts("渔获卸港服务费征收数量1.86万吨，征收金额37.2万元。", SLASHED)
    assert got == {"1.86万吨": "converted", "37.2万元": "exact"}, got
    assert verdicts("渔获卸港服务费征收37.2万吨。", SLASHED) == {"37.2万吨": "unsupported"}


def test_a_price_header_keeps_its_price_unit_not_the_last_word():
    index = SourceIndex.build([SLASHED])
    (f,) = [f for f in index.facts if f.written == "60"]
    assert f.unit != "吨", f.unit  # 60元/吨 is a price, never 60 tons


# A city lighting office's project sheet: a merged group header states the unit of the columns under it.
GROUPED = SourceText(name="项目资金执行表.xlsx", text=(
    "项目\t项目资金（万元）\t\t\t执行率\n"
    "项目\t年初预算\t调整预算\t执行数\t执行率\n"
    "路灯节能改造\t320.00\t286.50\t281.36\t98.21%\n"
    "夜景亮化维护\t180.00\t196.00\t190.42\t97.15%\n"))


def test_a_merged_group_headers_unit_is_the_unit_of_each_column_under_it():
    assert verdicts("路灯节能改造调整预算286.50万元。", GROUPED) == {"286.50万元": "exact"}
    assert verdicts("路灯节能改造调整预算2865000元。", GROUPED) == {"2865000元": "converted"}
    assert verdicts("路灯节能改造调整预算286.50元。", GROUPED) == {"286.50元": "unsupported"}
    assert verdicts("夜景亮化维护执行率97.15%。", GROUPED) == {"97.15%": "exact"}


def test_a_rate_column_under_a_money_group_header_is_no_amount():
    sheet = SourceText(name="项目资金执行表.xlsx", text=(
        "项目\t项目资金（万元）\t\t\n"
        "项目\t调整预算\t执行数\t执行率\n"
        "路灯节能改造\t286.50\t281.36\t98.21\n"))
    units = {f.written: f.unit for f in SourceIndex.build([sheet]).facts}
    assert units["281.36"] == "万元" and units["98.21"] != "万元", units
    assert verdicts("路灯节能改造执行281.36万元。", sheet) == {"281.36万元": "exact"}
