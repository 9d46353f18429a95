"""The count right before a sum (issue 10): 春运…186车次；国庆…112车次，两次合计298车次 — 两次 counts the items the sum
after it adds (186 + 112): the sum's own items are what it counts. A count that is not the number of the sum's items
(三次合计298车次) stays unsupported.

Units of our own: 南岭市城市客运管理处 (its work log).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = [
    SourceText(name="南岭市城市客运管理处2024年工作日志.md", text=(
        "# 南岭市城市客运管理处2024年工作日志\n"
        "- 2024-02-25 春运保障结束，春运期间共组织公交加班186车次。\n"
        "- 2024-10-07 国庆假期保障结束，组织公交加班112车次。\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LOG).mentions if m.status != "ignored"}


def test_the_count_before_a_sum_counts_its_items():
    got = status("春运期间组织公交加班186车次；国庆假期加班112车次，两次合计298车次，保障平稳。")
    assert got["298车次"] == "derived" and got["两次"] == "derived"


def test_a_count_that_is_not_the_sums_is_unsupported():
    got = status("春运期间组织公交加班186车次；国庆假期加班112车次，三次合计298车次，保障平稳。")
    assert got["三次"] == "unsupported"
