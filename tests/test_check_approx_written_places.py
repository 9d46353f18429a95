"""约 with the decimal places it writes rounds half up at those places (issue 10, recall): 约24.10万元 for the ledger's
241,050元 (24.105万元) writes two decimals, and 24.105 rounds half up to 24.11 — the planted "wrong rounding on a …5
boundary" written with 约, which four blind corpus authors labelled unsupported and the checker took at the step of
its last non-zero digit (0.1: 24.05–24.15). 约24.11万元, 约24.1万元 and 约24万元 stay approximate; a whole number's
trailing zeros (约3000元) still round at their last non-zero digit.

Unit of our own: 和田地区马术队 (its training-camp spending ledger, in 元).
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

LEDGER = SourceText(name="2025年集训经费台账.md", text=(
    "# 和田地区马术队2025年集训经费台账\n\n"
    "| 集训项目 | 参训人数（人） | 经费（元） |\n| --- | --- | --- |\n"
    "| 场地障碍 | 26 | 241,050 |\n"
    "| 盛装舞步 | 18 | 130,260 |\n"
    "| 耐力赛 | 15 | 2,960 |\n"))


def status(text: str, figure: str) -> str:
    return next(m.status for m in check(text, [LEDGER]).mentions if m.text == figure)


@pytest.mark.parametrize("figure", ["约24.11万元", "约24.1万元", "约24万元"])
def test_an_approximation_rounding_half_up_at_its_places_stands(figure):
    assert status(f"场地障碍集训经费{figure}。", figure) == "approximate"


def test_an_approximation_rounding_a_half_down_at_its_written_places_is_unsupported():
    assert status("场地障碍集训经费约24.10万元。", "约24.10万元") == "unsupported"
    assert status("盛装舞步集训经费约13.03万元。", "约13.03万元") == "approximate"


def test_a_whole_number_s_trailing_zeros_round_at_its_last_non_zero_digit():
    assert status("耐力赛集训经费约3000元。", "约3000元") == "approximate"
