"""Shares whose part and whole the report's own structure says (issue 10: derivations only between related figures):

- shares of the N items a sentence counts, paired by 分别 in the order the items were told (两类资金在支出中的占比分别
  为73.75%和26.25%: the first is the first told line's);
- a share after its figure and a remark on the set it is compared within (产业链招商推介62.40万元，在四项任务中最多，
  占42.07%): the remark names no other subject, the share is still that figure's (over its list's sum);
- the exact share in brackets after an approximate word derived from a pair (两项合计465.06万元，接近九成（87.49%））:
  that pair's share at the bracket's precision.

Units: a municipal key-project construction centre (重点项目建设中心, 代建: a form saved as tab text) and a county
investment-promotion service centre (招商服务中心, a YAML record). Beside each positive case the planted error that must
stay unsupported: another line's share, the shares' order swapped, another row's share, a bracket that is not the
share the word was derived from.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

BUILDING = SourceText(name="重点项目代建管理项目支出绩效自评表.docx", text=(
    "# 项目支出绩效自评表（2025年度）\n"
    "项目名称：政府投资项目代建管理    主管部门：某市发展和改革委员会    实施单位：某市重点项目建设中心\n\n"
    "项目资金（单位：万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分（分值10）\n"
    "年度资金总额\t520.00\t548.00\t531.56\t97.00%\t9.70\n"
    "其中：市级财政资金\t400.00\t400.00\t392.00\t\t\n"
    "上级补助资金\t120.00\t148.00\t139.56\t\t\n"
    "备注\t上级补助资金年中追加\t\t\t\t\n\n"
    "支出明细（单位：万元）\n\n支出项目\t金额\n代建管理费\t318.20\n工程监理\t146.86\n"
    "造价咨询\t66.50\n合计\t531.56\n"))

PROMOTION = (  # the tasks' money adds up to the spending, 148.32万元; no 合计 row
    "# 项目支出绩效自评表 — 某县招商服务中心 2025年招商引资服务保障项目\n"
    "项目名称: 2025年招商引资服务保障项目\n被评价年度: 2025\n实施单位: 某县招商服务中心\n"
    "项目资金:\n  单位: 万元\n  年初预算数: 150.00\n  全年预算数: 156.00\n  全年执行数: 148.32\n  其中:\n"
    "    - {名称: 县级财政资金, 年初预算数: 120.00, 全年预算数: 120.00, 全年执行数: 115.20}\n"
    "    - {名称: 上级专项资金, 年初预算数: 30.00, 全年预算数: 36.00, 全年执行数: 33.12}\n"
    "主要任务:\n" + "".join(
        f"  - 任务: {task}\n    绩效指标:\n      - 一级指标: 产出指标\n        二级指标: 数量指标\n"
        f"        三级指标: {name}\n        年度指标值: {target}\n        实际完成值: {actual}\n"
        f"    任务涉及金额: {money}\n"
        for task, name, target, actual, money in (
            ("产业链招商推介", "举办推介会", "≥12场", "14场", "62.40"),            # 42.07 %
            ("客商接待服务", "接待客商", "≥300批次", "336批次", "38.16"),          # 25.73 %
            ("招商信息平台运维", "平台发布项目信息", "≥200条", "248条", "27.56"),
            ("项目落地跟踪服务", "跟踪服务落地项目", "≥40个", "46个", "20.20"))))


@pytest.fixture(scope="module")
def promotion(tmp_path_factory):
    path = tmp_path_factory.mktemp("zhaoshang") / "招商引资服务保障项目自评表.yaml"
    path.write_text(PROMOTION, encoding="utf-8")
    return path


def statuses(text: str, *sources) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, list(sources)).mentions if m.status != "ignored"]


def status(text: str, *sources) -> dict[str, str]:
    return dict(statuses(text, *sources))


def test_shares_listed_by_respective_pair_with_the_items_in_the_order_told():
    got = statuses("二、资金使用\n\n市级财政资金支出392.00万元，上级补助资金支出139.56万元。"
                   "两类资金在支出中的占比分别为73.75%和26.25%，市级资金接近四分之三。", BUILDING)
    assert ("73.75%", "derived") in got  # 392.00 ÷ (392.00 + 139.56)
    assert ("26.25%", "derived") in got


def test_shares_listed_in_the_other_order_than_the_items_stay_unsupported():
    got = statuses("二、资金使用\n\n市级财政资金支出392.00万元，上级补助资金支出139.56万元。"
                   "两类资金在支出中的占比分别为26.25%和73.75%。", BUILDING)
    assert dict(got)["26.25%"] == "unsupported"  # the first listed is 市级财政资金's: 73.75 %
    assert ("两类", "exact") in got  # the form's two lines, the first opened by 其中 under the total


def test_a_share_after_a_remark_on_the_set_compared_within_is_its_figures(promotion):
    got = status("产业链招商推介62.40万元，在四项任务中最多，占42.07%，超过四成；客商接待服务38.16万元，占25.73%。", promotion)
    assert got["42.07%"] == "derived"  # 62.40 ÷ (62.40 + 38.16 + 27.56 + 20.20)
    assert got["超过四成"] == "derived"


def test_another_rows_share_after_such_a_remark_stays_unsupported(promotion):
    assert status("客商接待服务38.16万元，在四项任务中最多，占42.07%。", promotion)["42.07%"] == "unsupported"


def test_the_exact_share_in_brackets_after_an_approximate_word_is_the_words_share():
    got = status("代建管理费318.20万元，工程监理146.86万元，两项合计465.06万元，接近九成（87.49%）。", BUILDING)
    assert got["接近九成"] == "derived"
    assert got["87.49%"] == "derived"  # 465.06 ÷ 531.56, the 支出明细's 合计


def test_a_bracket_that_is_not_the_words_share_stays_unsupported():
    got = status("代建管理费318.20万元，工程监理146.86万元，两项合计465.06万元，接近九成（87.94%）。", BUILDING)
    assert got["87.94%"] == "unsupported"
