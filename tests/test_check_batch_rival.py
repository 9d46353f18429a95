"""A numbered batch's figure (issue 10): 第一批…补装36套 where the log's 第一批 line gives 36 after a list of what was fitted (共补装候车亭、
电子站牌36套) and the 第二批 line words it more fully (补装27套). The 第二批's figure is no rival of the
第一批's: the batch the sentence numbers decides. The 第二批's figure given to the 第一批 stays unsupported.

Units of our own: 南岭市城市客运管理处 (its work log).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = [
    SourceText(name="南岭市城市客运管理处2024年工作日志.md", text=(
        "# 南岭市城市客运管理处2024年工作日志\n"
        "- 2024-02-20 第一批电子站牌补装开工，范围为青石区人民路、凤县迎宾大道。\n"
        "- 2024-03-06 第一批补装验收，共补装候车亭、电子站牌36套。\n"
        "- 2024-03-12 第二批电子站牌补装开工，范围为临江区滨江路。\n"
        "- 2024-05-18 第二批补装验收，补装27套，春季补装全部完成。\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LOG).mentions if m.status != "ignored"}


def test_the_first_batchs_figure_is_not_rivalled_by_the_seconds():
    got = status("第一批2月20日开工、3月6日验收，用时15天，补装36套；第二批3月12日开工、5月18日验收，补装27套。")
    assert got["36套"] == "exact" and got["27套"] == "exact"


def test_the_second_batchs_figure_given_to_the_first_is_unsupported():
    got = status("第一批2月20日开工、3月6日验收，用时15天，补装27套。")
    assert got["27套"] == "unsupported"
