"""A source date is of the batch its own clause names, never of the one the next clause (after ；) opens.

A 地震监测中心 (earthquake monitoring centre) logs its two batches of stations in one line: "第一批台站设备3月6日开始安装，
3月21日安装结束；第二批9月18日开始安装…". The 3月21日 closes the 第一批's clause; the words 第二批 after the ； open the
next one. Before, the window read around 3月21日 began after 第一 and reached into 第二批, so 第一批…3月21日结束 was called
"the source gives this figure for another batch" — a correct date flagged. A date given to the batch whose clause
does not hold it stays unsupported.
"""

from __future__ import annotations

from drafter.check import SourceIndex, check

LEDGER = ("地震监测中心2025年台站建设台账\n"
          "说明：\n"
          "第一批台站设备3月6日开始安装，3月21日安装结束；第二批9月18日开始安装，10月9日结束，含东坡乡测震台。\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "台账.txt").write_text(LEDGER, encoding="utf-8")
    result = check(text, SourceIndex.build([tmp_path / "台账.txt"]))
    return {m.text: m.status for m in result.mentions}


def test_a_date_closing_its_batchs_clause_is_that_batchs(tmp_path):
    got = verdicts(tmp_path, "第一批台站设备3月6日开始安装，3月21日结束，共16天。")
    assert got["3月6日"] == "exact" and got["3月21日"] == "exact"


def test_a_date_of_the_first_batch_given_to_the_second_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "第二批台站设备3月21日安装结束。")
    assert got["3月21日"] == "unsupported"


def test_a_date_of_the_second_batch_given_to_the_first_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "第一批台站设备9月18日开始安装。")
    assert got["9月18日"] == "unsupported"
