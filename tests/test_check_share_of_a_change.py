"""A share whose words name a change told before it (追加额占全年预算的6.07%) takes that change as its part.

A 水库管理局's budget: the county line was raised by 7.00万元 mid-year, to a year budget of 115.30万元. "追加额占全年预算
的6.07%" is 7.00 ÷ 115.30 — the change its words name over the level they name. Before, a figure told as a change
(追加7.00万元) was never a share's part, so the share was flagged though its words say what it is of. A share its
figures do not give stays unsupported, and a share naming no change still takes no change as its part.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceIndex, check

FORM = ("# 项目支出绩效自评表\n\n"
        "| 资金来源 | 年初预算（万元） | 全年预算（万元） | 全年执行（万元） |\n"
        "| --- | --- | --- | --- |\n"
        "| 合计 | 108.30 | 115.30 | 111.62 |\n"
        "| 省级水利发展资金 | 70.00 | 70.00 | 68.12 |\n"
        "| 县级财政资金 | 38.30 | 45.30 | 43.50 |\n\n"
        "说明：县级财政资金年中追加7.00万元，用于闸门维修。\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "自评表.md").write_text(FORM, encoding="utf-8")
    return {m.text: m.status for m in check(text, SourceIndex.build([tmp_path / "自评表.md"])).mentions}


@pytest.mark.parametrize("word", ["追加额", "追加部分"])
def test_a_share_whose_words_name_the_change_told_before_it(tmp_path, word):
    text = f"年中县级资金追加7.00万元，增至45.30万元；全年预算115.30万元，{word}占全年预算的6.07%。"
    assert verdicts(tmp_path, text)["6.07%"] == "derived"


def test_a_share_of_the_change_its_figures_do_not_give_is_unsupported(tmp_path):
    text = "年中县级资金追加7.00万元，增至45.30万元；全年预算115.30万元，追加额占全年预算的6.47%。"
    assert verdicts(tmp_path, text)["6.47%"] == "unsupported"
