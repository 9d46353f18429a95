"""Changes listed after 分别 with no base named (讲座120场、参与读者8460人次，分别增长9.09%和6.82%) are each on last
year, of the figure of the same rank in the list right before 分别 — its last year's figure wherever the sources hold
it (a record named 上年讲座场次) (issue 10). Beside it the planted error: the two changes swapped.

Kind: a county library's reading-promotion project (a YAML form whose last year's figures are records of their own).
"""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="input.yaml", data={"项目名称": "2024年全民阅读推广项目", "被评价年度": 2024, "关键指标": [
    {"指标": "公益讲座场次", "实际值": 120, "单位": "场"},
    {"指标": "上年公益讲座场次", "实际值": 110, "单位": "场"},
    {"指标": "讲座参与读者", "实际值": 8460, "单位": "人次"},
    {"指标": "上年讲座参与读者", "实际值": 7920, "单位": "人次"}]})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_changes_listed_after_fenbie_are_each_of_the_figure_of_their_rank_on_last_year():
    got = status("全年举办公益讲座120场、参与读者8460人次，分别增长9.09%和6.82%。")
    assert (got["9.09%"], got["6.82%"]) == ("derived", "derived")  # 120 on 110; 8460 on 7920


def test_the_changes_swapped_stay_unsupported():
    got = status("全年举办公益讲座120场、参与读者8460人次，分别增长6.82%和9.09%。")
    assert (got["6.82%"], got["9.09%"]) == ("unsupported", "unsupported")
