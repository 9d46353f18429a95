"""A sheet's row of units under its header gives each column's bare figures their measure word also where the
row's first cell is the header's merged label repeated (片区 over 片区, as the importer writes a cell merged down
two rows) or left empty, and where a merged title sits alone in the sheet's first row. A count then carries what
its column counts in: 户 is not 人, 人次 is not 次, 万吨 is not 万艘."""

from __future__ import annotations

from drafter.check import SourceText, check

# A city lighting office's maintenance sheet as `drafter import` reads an .xlsx: the title merged over A1:E1,
# 片区 merged over A2:A3 (repeated on both lines), the units in the header's second row.
LIGHTING = SourceText(name="路灯设施维护统计.xlsx", text=(
    "某市城市照明管理所2024年路灯设施维护统计\t\t\t\t\n"
    "片区\t路灯总数\t维修故障\t夜间巡查\t服务居民\n"
    "片区\t盏\t处\t人次\t户\n"
    "东城片区\t12860\t1436\t2280\t31500\n"
    "西城片区\t10420\t1208\t1960\t27800\n"
    "合计\t23280\t2644\t4240\t59300\n"))

# A fishing port's Markdown table whose units row leaves the label column empty.
PORTS = SourceText(name="渔港运行统计.md", text=(
    "| 渔港 | 渔船停泊 | 卸港渔获 | 进出港 |\n"
    "| --- | --- | --- | --- |\n"
    "|  | 艘 | 吨 | 艘次 |\n"
    "| 中心渔港 | 326 | 18600 | 9420 |\n"
    "| 一级渔港 | 214 | 11200 | 6130 |\n"
    "| 合计 | 540 | 29800 | 15550 |\n"))


def verdicts(text: str, source: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_a_units_row_under_a_merged_label_gives_each_column_its_measure_word():
    got = verdicts("东城片区维修故障1436处，夜间巡查2280人次，路灯总数12860盏。", LIGHTING)
    assert got == {"1436处": "exact", "2280人次": "exact", "12860盏": "exact"}, got


def test_a_households_column_supports_households_not_people():
    assert verdicts("路灯维护服务居民5.93万户。", LIGHTING) == {"5.93万户": "converted"}
    assert verdicts("路灯维护服务居民5.93万人。", LIGHTING) == {"5.93万人": "unsupported"}


def test_a_person_times_column_supports_person_times_not_times():
    assert verdicts("西城片区夜间巡查1960人次。", LIGHTING) == {"1960人次": "exact"}
    assert verdicts("西城片区夜间巡查1960次。", LIGHTING) == {"1960次": "unsupported"}


def test_an_empty_label_cell_over_the_units_does_the_same():
    assert verdicts("中心渔港卸港渔获1.86万吨，进出港9420艘次。", PORTS) == {"1.86万吨": "converted", "9420艘次": "exact"}
    assert verdicts("中心渔港卸港渔获1.86万艘。", PORTS) == {"1.86万艘": "unsupported"}
    assert verdicts("中心渔港进出港9420次。", PORTS) == {"9420次": "unsupported"}


def test_the_header_over_the_units_still_names_the_columns():
    report = check("一级渔港渔船停泊214艘。", [PORTS])
    (m,) = [m for m in report.mentions if m.text == "214艘"]
    assert m.status == "exact" and "214" in m.evidence[0].text, (m.status, m.evidence)


def test_a_share_is_of_the_column_its_words_name_whatever_its_unit():
    # 18600 ÷ 29800 = 62.42 % of the catch; 326 ÷ 540 = 60.37 % of the berths: each is a share of its own column
    assert verdicts("中心渔港卸港渔获占62.42%。", PORTS) == {"62.42%": "derived"}
    assert verdicts("中心渔港渔船停泊占60.37%。", PORTS) == {"60.37%": "derived"}
    assert verdicts("中心渔港卸港渔获占60.37%。", PORTS) == {"60.37%": "unsupported"}
    assert verdicts("中心渔港渔船停泊占62.42%。", PORTS) == {"62.42%": "unsupported"}
