"""Measure words must agree (issue 10, point 1; CHECKER.md principle 3): a figure counts what its measure word
counts, and a source figure of the same value that counts something else (户 for 人, 件 for 次, 盏 for 件) is not
it. 人 / 名 / 位 all count people; 天 and 日 both count days; every other counting word is its own. A table that
states its columns' units in a row under the header (as a spreadsheet does, its first cell often left empty) gives
each cell that unit."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# A city street-lighting office's maintenance statistics, as a spreadsheet saves them: the units row under the
# header leaves its first cell empty.
LIGHTING = SourceText(name="城市照明管理所设施维护统计.txt", text=(
    "某市城市照明管理所2024年设施维护统计\n"
    "片区\t灯杆\t更换灯具\t维修工单\t巡查里程\t困难家庭照明补贴\n"
    "\t根\t盏\t件\t公里\t户\n"
    "东城片区\t3,420\t1,260\t812\t1,540\t1,350\n"
    "西城片区\t2,980\t1,105\t706\t1,320\t1,150\n"
    "合计\t6,400\t2,365\t1,518\t2,860\t2,500\n"))


def test_a_units_row_with_an_empty_first_cell_gives_each_column_its_unit():
    got = verdicts("全年更换灯具2365盏，处理维修工单1518件，巡查里程2860公里，补贴困难家庭2500户。", LIGHTING)
    assert got == {"2365盏": "exact", "1518件": "exact", "2860公里": "exact", "2500户": "exact"}, got


def test_the_households_count_given_as_persons_is_unsupported():
    got = verdicts("全年补贴困难家庭2500人。", LIGHTING)
    assert got == {"2500人": "unsupported"}, got


def test_the_work_orders_count_given_as_lamps_is_unsupported():
    got = verdicts("全年维修路灯1518盏。", LIGHTING)
    assert got == {"1518盏": "unsupported"}, got


def test_a_scaled_count_keeps_its_measure_word():
    got = verdicts("全年更换灯具0.24万盏，补贴0.25万户。", LIGHTING)
    assert got["0.24万盏"] == "rounded" and got["0.25万户"] in ("exact", "converted"), got
    assert verdicts("全年补贴困难群众0.25万人。", LIGHTING) == {"0.25万人": "unsupported"}


# A county sports school's form: its keys name what each figure counts.
SPORTS_SCHOOL = SourceData(name="体校项目自评表.yaml", data={
    "项目名称": "2024年青少年业余体育训练项目", "被评价年度": 2024,
    "绩效指标": [
        {"三级指标": "在训运动员", "年度指标值": "≥260名", "实际完成值": "284名"},
        {"三级指标": "组织市级以上比赛", "年度指标值": "≥12场", "实际完成值": "15场"},
        {"三级指标": "输送运动员参赛", "年度指标值": "≥400人次", "实际完成值": "436人次"},
    ],
})


def test_people_counted_by_ming_ren_or_wei_are_one_count():
    got = verdicts("在训运动员284人，组织市级以上比赛15场，输送运动员参赛436人次。", SPORTS_SCHOOL)
    assert got["284人"] in ("exact", "converted") and got["15场"] == "exact" and got["436人次"] == "exact", got


def test_person_visits_given_as_persons_and_matches_as_times_are_unsupported():
    got = verdicts("输送运动员参赛436人，组织市级以上比赛15次。", SPORTS_SCHOOL)
    assert got["436人"] == "unsupported", got
