"""A funding line's 执行率 / 结余 and its shares, where the source states the line's budget in a column or key the
roles of a budget record name only by their place (issue 10: every figure of a report traced to its sources).

- A data record of a line {年初, 全年, 执行}: beside the 年初 budget and the spending, the bare 全年 is the full-year
  budget — the line's 执行率 is 执行 ÷ 全年 and its 结余 全年 − 执行 (not over 年初), and the same figures restated in a
  later paragraph (存在问题) are supported again.
- A form's funding table whose header notes a scale in a bracket (得分（分值10）): still its header — the columns
  年初预算数 / 全年预算数 / 全年执行数 name the budget roles and the 单位：万元 of its first cell applies to them.

Units: a county investment-promotion service centre (招商服务中心, a YAML record) and a municipal key-project
construction centre (重点项目建设中心, 代建, a form saved as tab text). Beside each positive case the planted error
that must stay unsupported: another line's rate or balance, the whole's rate given to one line, a share of the
wrong line, the budget's move in the wrong direction.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

PROMOTION = (
    "# 某县招商服务中心 2025年招商引资服务保障项目 绩效自评资料\n"
    "# 金额单位：元\n"
    "单位: 某县招商服务中心\n"
    "年度: 2025\n"
    "项目: 招商引资服务保障\n"
    "资金:\n"
    "  县级财政资金: {年初: 1200000, 全年: 1200000, 执行: 1152000}\n"   # 96.00 %, 结余 4.80万元
    "  上级专项资金: {年初: 300000, 全年: 360000, 执行: 331200}\n"      # 92.00 %, 结余 2.88万元
    "  合计: {年初: 1500000, 全年: 1560000, 执行: 1483200}\n"           # 95.08 %, 结余 7.68万元
    "成果:\n"
    "  签约项目: {计划: 40个, 完成: 46个}\n")

BUILDING = SourceText(name="重点项目代建管理项目支出绩效自评表.docx", text=(
    "# 项目支出绩效自评表（2025年度）\n"
    "项目名称：政府投资项目代建管理    主管部门：某市发展和改革委员会    实施单位：某市重点项目建设中心\n\n"
    "项目资金（单位：万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分（分值10）\n"
    "年度资金总额\t520.00\t548.00\t531.56\t97.00%\t9.70\n"
    "其中：市级财政资金\t400.00\t400.00\t392.00\t\t\n"     # 98.00 %, 结余 8.00万元
    "上级补助资金\t120.00\t148.00\t139.56\t\t\n"           # 94.30 %, 结余 8.44万元
    "备注\t上级补助资金年中追加\t\t\t\t\n\n"
    "支出明细（单位：万元）\n\n支出项目\t金额\n代建管理费\t318.20\n工程监理\t146.86\n"
    "造价咨询\t66.50\n合计\t531.56\n"))


@pytest.fixture(scope="module")
def promotion(tmp_path_factory):
    path = tmp_path_factory.mktemp("zhaoshang") / "项目绩效资料.yaml"
    path.write_text(PROMOTION, encoding="utf-8")
    return path


def status(text: str, *sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# -- a data record's bare 全年 beside 年初 and 执行: the full-year budget ---------------------------------------------

def test_a_lines_rate_and_balance_are_over_its_full_year_budget(promotion):
    got = status("其中上级专项资金执行331,200元（约33.1万元），执行率92.00%，结余2.88万元。", promotion)
    assert got["92.00%"] == "derived"  # 331200 ÷ 360000, not ÷ 300000 (110.40 %)
    assert got["2.88万元"] == "derived"  # 360000 − 331200


def test_the_wholes_rate_is_over_its_full_year_budget(promotion):
    got = status("全年执行148.32万元，执行率95.08%，结余7.68万元。", promotion)
    assert got["95.08%"] == "derived"
    assert got["7.68万元"] == "derived"


def test_another_lines_rate_and_balance_given_to_a_line_stay_unsupported(promotion):
    got = status("县级财政资金执行率92.00%，结余2.88万元。", promotion)  # 上级专项资金's figures
    assert got["92.00%"] == "unsupported"
    assert got["2.88万元"] == "unsupported"


def test_the_wholes_rate_given_to_one_line_stays_unsupported(promotion):
    assert status("上级专项资金执行率95.08%。", promotion)["95.08%"] == "unsupported"


def test_a_raise_stated_as_a_cut_stays_unsupported(promotion):
    assert status("上级专项资金年中调增6.00万元。", promotion)["6.00万元"] == "derived"
    assert status("上级专项资金年中调减6.00万元。", promotion)["6.00万元"] == "unsupported"


def test_a_lines_rate_restated_in_a_later_paragraph_is_supported_again(promotion):
    text = ("二、资金使用\n\n其中县级财政资金执行115.20万元，执行率96.00%；上级专项资金执行33.12万元，执行率92.00%，"
            "结余2.88万元。\n\n五、存在问题\n\n上级专项资金执行率92.00%，结余2.88万元，下达较晚影响支付进度。")
    got = [m for m in check(text, [promotion]).mentions if m.text in ("92.00%", "2.88万元")]
    assert [m.status for m in got] == ["derived"] * 4
    text = text.replace("下达较晚", "县级财政资金结余2.88万元，下达较晚")
    last = [m for m in check(text, [promotion]).mentions if m.text == "2.88万元"][-1]
    assert last.status == "unsupported"  # the same figure given to the other line


# -- a funding table whose header notes its score's scale: still the header ---------------------------------------

def test_a_lines_rate_under_a_header_noting_the_scores_scale_is_derived():
    got = status("分资金来源看，市级财政资金预算400.00万元全年未作调整，执行392.00万元，执行率为98.00%，结余8.00万元；"
                 "上级补助资金由120.00万元调增至148.00万元，执行139.56万元、执行率94.30%、结余8.44万元。", BUILDING)
    assert got["98.00%"] == "derived"
    assert got["8.00万元"] == "derived"
    assert got["94.30%"] == "derived"
    assert got["8.44万元"] == "derived"


def test_the_other_lines_rate_under_that_header_stays_unsupported():
    got = status("市级财政资金执行392.00万元，执行率为94.30%；上级补助资金结余8.00万元。", BUILDING)
    assert got["94.30%"] == "unsupported"
    assert got["8.00万元"] == "unsupported"


def test_a_lines_shares_of_the_budget_and_of_the_spending_are_derived():
    got = status("上级补助资金占全年预算的27.01%，占执行额的26.25%，市级财政资金占执行额的73.75%。", BUILDING)
    assert got["27.01%"] == "derived"  # 148.00 ÷ 548.00
    assert got["26.25%"] == "derived"  # 139.56 ÷ 531.56
    assert got["73.75%"] == "derived"  # 392.00 ÷ 531.56


def test_a_share_of_the_wrong_line_or_whole_stays_unsupported():
    got = status("市级财政资金占全年预算的27.01%，上级补助资金占执行额的73.75%。", BUILDING)
    assert got["27.01%"] == "unsupported"
    assert got["73.75%"] == "unsupported"
