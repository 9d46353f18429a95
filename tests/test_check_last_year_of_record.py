"""上年X / 比上年X (issue 10): a last-year figure whose own words name nothing but the year (上年47家, 比上年556只增长)
is the 上年 cell of the record its sentence speaks of — the row of the figure the sentence traced last outside a
comparison with another item (比白碱滩区298匹 names a rival row, not the subject). Last year's cell of another row, or
last year's figure given as this year's, stays unsupported.

Units of our own: 克拉玛依市赛马场 (indicator table with a 上年实际 column, a district ledger with a 上年 column).
"""

from __future__ import annotations

from drafter.check import SourceText, check

RACECOURSE = [
    SourceText(name="克拉玛依市赛马场2025年项目支出绩效自评表.txt", text=(
        "克拉玛依市赛马场2025年项目支出绩效自评表\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t上年实际\n"
        "产出指标\t数量指标\t举办速度赛马\t≥24场\t28场\t25场\n"
        "产出指标\t数量指标\t开展马术培训\t≥300人次\t342人次\t318人次\n"
        "产出指标\t数量指标\t举办马术表演\t≥10场\t12场\t11场\n"
        "产出指标\t质量指标\t赛事安全事故\t0起\t0起\t0起\n")),
    SourceText(name="克拉玛依市赛马场2025年分区马匹检疫台账.txt", text=(
        "克拉玛依市赛马场2025年分区马匹检疫台账\n"
        "区\t检疫马匹（匹）\t上年检疫马匹（匹）\n"
        "独山子区\t412\t376\n"
        "白碱滩区\t298\t281\n"
        "克拉玛依区\t350\t333\n"
        "乌尔禾区\t180\t166\n"
        "合计\t1240\t1156\n")),
    SourceText(name="克拉玛依市赛马场2025年工作日志.txt", text=(
        "克拉玛依市赛马场2025年工作日志\n"
        "2025-06-30  上半年累计举办速度赛马12场。\n")),
    SourceText(name="克拉玛依市赛马场2025年赛事观众统计.txt", text=(
        "克拉玛依市赛马场2025年赛事观众统计\n"
        "赛事类别\t观众（人次）\t上年观众（人次）\n"
        "速度赛\t12480\t11350\n"
        "耐力赛\t8260\t7910\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, RACECOURSE).mentions if m.status != "ignored"}


def test_last_year_after_a_semicolon_is_the_record_just_told():
    got = status("举办速度赛马28场，目标24场，完成率116.67%；上年25场，增长12.00%。")
    assert got["25场"] == "exact" and got["12.00%"] == "derived"


def test_last_year_of_another_record_stays_unsupported():
    got = status("举办速度赛马28场，目标24场，完成率116.67%；上年11场，增长154.55%。")
    assert got["11场"] == "unsupported"  # 马术表演's last year, not the 赛马's
    got = status("开展马术培训342人次，目标300人次；上年25场。")
    assert got["25场"] == "unsupported"


def test_last_years_figure_given_as_this_years_stays_unsupported():
    got = status("举办速度赛马25场，目标24场。")
    assert got["25场"] == "unsupported"


def test_compared_last_year_is_the_subject_row_not_the_rival_row():
    got = status("分区看，独山子区检疫马匹412匹，占33.23%，比白碱滩区298匹多114匹，比上年376匹增长9.57%。")
    assert got["376匹"] == "exact" and got["9.57%"] == "derived"


def test_compared_last_year_of_the_rival_row_stays_unsupported():
    got = status("分区看，独山子区检疫马匹412匹，占33.23%，比白碱滩区298匹多114匹，比上年281匹增长46.62%。")
    assert got["281匹"] == "unsupported"  # 白碱滩区's last year, named only as the rival


def test_last_year_after_a_joining_word_is_the_record_just_told():
    got = status("举办马术表演12场，完成目标10场，但比上年11场多1场。")
    assert got["11场"] == "exact" and got["1场"] == "derived"
    got = status("举办马术表演12场，完成目标10场，但比上年25场少13场。")
    assert got["25场"] == "unsupported"  # 赛马's last year


def test_a_list_of_last_years_figures_shares_its_year_over_a_digit_group():
    # 较上年11,350人次与7,910人次: the comma of 11,350 is no clause break, the second figure is last year's too
    got = status("速度赛与耐力赛观众分别为12,480人次、8,260人次，较上年11,350人次与7,910人次分别增长9.96%和4.42%。")
    assert got["7,910人次"] == "exact"
    got = status("耐力赛观众7,910人次。")
    assert got["7,910人次"] == "unsupported"  # last year's figure as this year's


def test_last_year_after_the_halves_is_the_years_record():
    # 上半年12场 is a half's figure (the log's): 虽比上年25场 compares the year's 28场, whose record holds 25
    got = status("举办速度赛马28场，上半年12场、下半年16场，虽比上年25场多3场，仍有提升空间。")
    assert got["25场"] == "exact"
    got = status("举办速度赛马28场，上半年12场、下半年16场，虽比上年11场多17场，仍有提升空间。")
    assert got["11场"] == "unsupported"  # 马术表演's last year


def test_a_sentence_of_last_year_alone_after_the_records_sentence():
    got = status("举办速度赛马28场，目标24场。上年25场，增长12.00%。")
    assert got["25场"] == "exact"
    got = status("举办速度赛马28场，目标24场。上年11场。")
    assert got["11场"] == "unsupported"  # 马术表演's
