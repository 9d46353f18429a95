"""A figure in brackets right after a name — "樟湖工区每处整改投入低于延平工区（4526.32元）" — is that name's figure, as
"低于延平工区的4526.32元" is (issue 10, precision): the clause before the bracket names it. Another row's figure in the
bracket stays unsupported; a bracket after a figure (12.40万元（124000元）) is that figure's restatement, as before.

Unit: a rail transit construction office (南平市轨道交通建设办公室); names and values invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check
from test_check_mean_per_row_noun import RECORD


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, RECORD).mentions if m.status != "ignored"}


def test_a_bracketed_figure_after_a_name_is_that_names():
    assert status("樟湖工区每个问题整改投入低于延平工区（4526.32元）。")["4526.32元"] == "derived"  # 8.60万元 ÷ 19


@pytest.mark.parametrize("figure", ["4000.00元", "4200.00元"])  # 水东工区's; none
def test_another_rows_figure_in_the_bracket_stays_unsupported(figure):
    assert status(f"樟湖工区每个问题整改投入低于延平工区（{figure}）。")[figure] == "unsupported"


FUNDS = [SourceText(name="资金情况.md", text=(
    "# 资金情况\n\n单位：万元\n\n| 资金来源 | 全年预算 | 全年执行 | 执行率 |\n| --- | --- | --- | --- |\n"
    "| 市级财政资金 | 150.00 | 141.60 | 94.40% |\n| 省级专项资金 | 80.00 | 78.20 | 97.75% |\n"))]


def test_a_rate_in_brackets_after_its_rate_word_names_no_item():
    got = {m.text: m.status for m in check("市级资金结余偏多，执行率（97.75%）低于省级资金。", FUNDS).mentions}
    assert got["97.75%"] == "unsupported"  # 省级专项资金's rate given to 市级资金
