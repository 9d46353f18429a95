"""'…占16.33%，…占15.53%，均不足两成': an approximation word after 均 (each) restates every share its clause told, each
borne out by the word. A 水库管理局's spending lines; a word that one of the shares does not bear stays unsupported.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceIndex, check

FORM = ("# 项目支出明细\n\n"
        "| 支出内容 | 执行数（万元） |\n| --- | --- |\n"
        "| 大坝安全监测 | 48.60 |\n| 闸门维修养护 | 31.20 |\n| 库区巡查 | 16.30 |\n| 防汛演练 | 15.90 |\n"
        "| 合计 | 112.00 |\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "明细.md").write_text(FORM, encoding="utf-8")
    return {m.text: m.status for m in check(text, SourceIndex.build([tmp_path / "明细.md"])).mentions}


@pytest.mark.parametrize("word", ["不足两成", "不到两成"])
def test_an_approximation_after_each_restates_every_share_of_its_clause(tmp_path, word):
    got = verdicts(tmp_path, f"大坝安全监测占43.39%；库区巡查占14.55%，防汛演练16.30万元占14.20%，均{word}。")
    assert got["14.55%"] == "derived" and got["14.20%"] == "derived" and got[word] == "derived"


def test_an_approximation_after_each_that_one_share_does_not_bear_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "大坝安全监测占43.39%；闸门维修养护占27.86%，库区巡查占14.55%，均不足两成。")
    assert got["不足两成"] == "unsupported"
