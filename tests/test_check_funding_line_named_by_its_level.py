"""A funding line named by its government level (中央资金 / 盟级资金) is the line of that level, though the form names
it at length (其中：中央林业有害生物防治补助) and the other line shares the generic word (盟级财政资金: 资金) (issue 10):
the level word tells the lines apart, a shared 资金 does not. The planted error — the other level's figure under
the level's name — stays unsupported.

Kind: a league forestry station's pest-control project form (a PDF table read as text).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.pdf", text=(
    "项目支出绩效自评表（2024年度）\n"
    "项目名称\t林业有害生物防治项目\n"
    "资金来源\t年初预算数\t全年预算数\t全年执行数\n"
    "年度资金总额\t152.00\t146.00\t141.27\n"
    "其中：中央林业有害生物防治补助\t98.00\t98.00\t95.63\n"
    "盟级财政资金\t54.00\t48.00\t45.64\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_line_named_by_its_level_is_that_levels_line():
    got = status("全年执行141.27万元。中央资金执行95.63万元，盟级资金执行45.64万元。")
    assert (got["95.63万元"], got["45.64万元"]) == ("exact", "exact")


def test_the_other_levels_figure_under_a_levels_name_stays_unsupported():
    got = status("全年执行141.27万元。中央资金执行45.64万元，盟级资金执行95.63万元。")
    assert (got["45.64万元"], got["95.63万元"]) == ("unsupported", "unsupported")
