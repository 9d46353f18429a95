"""比上年X (issue 10): the base of a comparison with last year is the last-year figure of the YEAR's item its sentence
states — after 全年14次，上半年8次，下半年6次, 比上年11次 compares the year's 14, not the 下半年's 6, so 11 is the row's
上年 figure of the item the sentence opened with. A base the row does not give for last year (its target, a half's
figure) stays unsupported.

Units of our own: 青川市科技成果转化中心 (its indicator table and work log).
"""

from __future__ import annotations

from drafter.check import SourceText, check

TRANSFER = [
    SourceText(name="青川市科技成果转化中心2024年绩效自评表.txt", text=(
        "青川市科技成果转化中心2024年项目支出绩效自评表\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t上年实际\n"
        "产出指标\t数量指标\t开展技术转移培训\t≥12次\t14次\t11次\n"
        "产出指标\t数量指标\t组织成果路演\t≥6场\t9场\t7场\n")),
    SourceText(name="青川市科技成果转化中心2024年工作日志.txt", text=(
        "青川市科技成果转化中心2024年工作日志\n"
        "2024-06-30  上半年累计开展技术转移培训8次。\n"
        "2024-12-20  全年技术转移培训14次全部完成。\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, TRANSFER).mentions if m.status != "ignored"}


def test_last_years_base_after_the_halves_is_the_years_item():
    got = status("技术转移培训全年14次，上半年8次，下半年6次，比上年11次多3次。")
    assert got["11次"] == "exact" and got["3次"] == "derived"


def test_a_base_the_row_does_not_give_for_last_year_is_unsupported():
    got = status("技术转移培训全年14次，上半年8次，下半年6次，比上年12次多2次。")
    assert got["12次"] == "unsupported"  # the target, not last year's
    got = status("技术转移培训全年14次，上半年8次，下半年6次，比上年9次多5次。")
    assert got["9次"] == "unsupported"  # 路演's result, another item
