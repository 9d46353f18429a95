"""'城关镇31次、河口镇28次、石门乡24次，分别比上年增长6.90%、12.00%、9.09%': the k-th change listed after 分别 is the
change of the k-th figure listed before it, against the other year's figure of that figure's own row. Before, every
change was read against the figure right before 分别 (石门乡's), so the second and third were flagged — and a change
listed out of order could be taken as the last row's. A 水库管理局's patrols by township; a change listed in another
row's place is unsupported.
"""

from __future__ import annotations

from drafter.check import SourceIndex, check

LEDGER = ("乡镇\t库区巡查（次）\t上年巡查（次）\n"
          "城关镇\t31\t29\n"
          "河口镇\t28\t25\n"
          "石门乡\t24\t22\n"
          "合计\t83\t76\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "巡查台账.tsv").write_text(LEDGER, encoding="utf-8")
    return {m.text: m.status for m in check(text, SourceIndex.build([tmp_path / "巡查台账.tsv"])).mentions}


def test_each_change_listed_respectively_is_its_ranks_rows(tmp_path):
    got = verdicts(tmp_path, "分乡镇看，城关镇31次、河口镇28次、石门乡24次，分别比上年增长6.90%、12.00%、9.09%。")
    assert got["6.90%"] == "derived" and got["12.00%"] == "derived" and got["9.09%"] == "derived"


def test_a_change_listed_respectively_of_another_row_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "分乡镇看，城关镇31次、河口镇28次、石门乡24次，分别比上年增长6.90%、9.09%、12.00%。")
    assert got["9.09%"] == "unsupported" and got["12.00%"] == "unsupported"
