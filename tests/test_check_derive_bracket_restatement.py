"""A derived figure restated approximately in a bracket right after it (每公里231.35元（约0.02万元）) is that figure, as
it is after a comma (issue 10, precision; run.py's restatement of the figure just derived). A restatement the figure
does not round to stays unsupported.

A unit of our own: 临川市道路运输服务中心 (trunk-road patrols); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceData, check

TRANSPORT = [SourceData(name="自评表.yaml", data={
    "项目名称": "2025年道路运输安全监管项目",
    "被评价年度": 2025,
    "支出构成": {"干线公路巡查": "658420元", "运政业务培训": "215600元"},
    "绩效指标": [{"三级指标": "巡查国省干线里程", "年度指标值": "≥2600公里", "实际完成值": "2846公里"}],
})]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, TRANSPORT).mentions if m.status != "ignored"}


def test_a_derived_figure_restated_in_a_bracket_is_that_figure():
    text = "全年巡查国省干线2,846公里，干线公路巡查支出658,420元，每公里231.35元（{}）。"
    assert status(text.format("约0.02万元"))["约0.02万元"] == "derived"  # 231.35元 ≈ 0.0231万元
    assert status(text.format("约0.03万元"))["约0.03万元"] == "unsupported"
