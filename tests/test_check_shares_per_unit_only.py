"""An average that names only its unit — "平均每个窗口1286.4件" — averages the year's figure in that unit its text
stated before (全年受理群众办件38592件, a paragraph earlier), over the count its sentence states (30个窗口); never the
target's figure or a part's (issue 10).

A county government service centre (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年政务服务中心运行项目绩效自评表（泰和县政务服务中心）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 受理群众办件 | ≥36000件 | 38592件 | 35210件 |\n| 其中：不动产登记办件 | ≥9000件 | 9648件 | 9102件 |\n"
    "| 综合受理窗口 | ≥28个 | 30个 | 28个 |\n"))

TEXT = ("全年受理群众办件38592件，超过36000件的目标；其中不动产登记办件9648件。\n\n"
        "设置综合受理窗口30个，比上年的28个增加2个，平均每个窗口{}。")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_an_average_naming_only_its_unit_averages_the_years_figure_in_that_unit():
    assert status(TEXT.format("1286.4件"))["1286.4件"] == "derived"  # 38592 ÷ 30


def test_the_targets_or_a_parts_figure_is_not_what_it_averages():
    assert status(TEXT.format("1200.0件"))["1200.0件"] == "unsupported"  # 36000 ÷ 30, the target
    assert status(TEXT.format("1378.3件"))["1378.3件"] == "unsupported"  # 38592 ÷ 28, last year's windows
    assert status(TEXT.format("321.6件"))["321.6件"] == "unsupported"  # 9648 ÷ 30, a part's (其中)
