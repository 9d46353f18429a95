"""A share of the year's figure the sources give only by its parts (issue 10): '秋季抽检不合格6批次，占全年不合格批次的
60.00%' where a log states the spring's 4 and the autumn's 6 and no year's total — the year's is the sum of its
seasons' figures, one each. Beside it, its planted error: a share of another total.

A county fertiliser-and-pesticide inspection station's dated log (a unit of a kind in no corpus).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="农资监管工作日志.md", text=(
    "# 2024年农资市场监管工作日志\n\n"
    "- 2024-04-18：春季农药抽检完成扦样 96 批次。\n"
    "- 2024-06-20：春季抽检结果：不合格 4 批次，均已立案。\n"
    "- 2024-09-12：秋季化肥抽检完成扦样 120 批次。\n"
    "- 2024-11-05：秋季抽检结果：不合格 6 批次。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_seasons_share_of_the_year_the_sources_give_only_by_seasons():
    got = status("二是秋季抽检不合格6批次，占全年不合格批次的60.00%，化肥质量问题突出。")
    assert got["60.00%"] == "derived"  # 6 ÷ (4 + 6)
    # 6 ÷ 9 would be a total no source gives
    assert status("二是秋季抽检不合格6批次，占全年不合格批次的66.67%。")["66.67%"] == "unsupported"
