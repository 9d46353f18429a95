"""Count words that name the set a sentence compares within, or the items it has just listed, state no new figure
(issue 10, point 2: a count of items the sources list is supported by that list; CHECKER.md class 8).

- "在五个街道中最多", "三类场馆平均", "两类资金执行率相差", "两类资金进度不一": the count names the set the comparison runs
  over. It is borne out where the sources list that set; where they list none it is a name of the set, not flagged; where
  they list the set with another count it is flagged.
- "游泳馆和体育公园两项共…", "A、B和C三类": a count right after the items it counts, as many as it says, refers back.
  A count that is not the list's is still checked.
- "是支出最多的一项。": 一项 after 的 at the end of its clause picks one item, it counts nothing.

A county sports bureau (县体育局): its project form as YAML, a ledger by venue as a Markdown table."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="全民健身项目自评表.yaml", data={
    "项目名称": "2024年全民健身场馆免费开放项目",
    "资金来源": {
        "县级财政资金": {"全年预算数": "86.00万元", "全年执行数": "84.28万元", "执行率": "98.00%"},
        "上级补助资金": {"全年预算数": "40.00万元", "全年执行数": "38.00万元", "执行率": "95.00%"},
    },
    "绩效指标": [
        {"三级指标": "场馆开放天数", "年度指标值": "≥300天", "实际完成值": "318天"},
        {"三级指标": "群众满意度", "年度指标值": "≥90%", "实际完成值": "94.2%"},
    ],
})
VENUES = SourceText(name="分场馆开放台账.md", text=(
    "2024年分场馆免费开放台账\n\n"
    "| 场馆 | 开放天数 | 接待人次 | 运行经费（万元） |\n"
    "| --- | --- | --- | --- |\n"
    "| 游泳馆 | 296 | 41,830 | 36.40 |\n"
    "| 全民健身中心 | 318 | 88,260 | 28.70 |\n"
    "| 体育公园 | 351 | 126,400 | 19.18 |\n"
    "| 合计 | — | 256,490 | 84.28 |\n"))


def verdicts(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, VENUES]).mentions}


def test_the_set_a_comparison_runs_over_is_borne_out_by_the_list_the_sources_hold():
    got = verdicts("体育公园接待126400人次，在三个场馆中最多。")
    assert got["三个"] == "exact", got
    got = verdicts("体育公园接待126400人次，在四个场馆中最多。")
    assert got["四个"] == "unsupported", got  # the ledger lists three venues


def test_the_set_a_comparison_runs_over_is_no_figure_where_the_sources_list_none():
    got = verdicts("两类资金执行率相差3个百分点，上级补助资金拨付偏晚。")
    assert got["两类"] == "ignored", got
    got = verdicts("县级财政资金和上级补助资金两类资金进度不一。")
    assert got["两类"] == "ignored", got


def test_a_count_that_states_how_many_is_still_checked():
    got = verdicts("全年新建两类健身驿站，均已投入使用。")
    assert got["两类"] == "unsupported", got  # no set compared within: a count the sources do not give


def test_a_count_right_after_the_items_it_counts_refers_back():
    got = verdicts("游泳馆和体育公园两项共55.58万元，占运行经费的66%。")
    assert got["两项"] == "ignored", got
    got = verdicts("游泳馆、全民健身中心与体育公园三项共84.28万元。")
    assert got["三项"] == "ignored", got


def test_a_count_that_is_not_the_lists_is_still_checked():
    got = verdicts("游泳馆和体育公园三项共55.58万元。")
    assert got["三项"] == "unsupported", got


def test_one_item_picked_out_at_the_end_of_its_clause_counts_nothing():
    got = verdicts("游泳馆运行经费36.40万元，是支出最多的一项。")
    assert got["一项"] == "ignored", got
    got = verdicts("游泳馆新增一项夜间开放服务。")
    assert got["一项"] == "unsupported", got  # a count of what was added: checked


QUARTERS = SourceText(name="分季度开放台账.md", text=(
    "| 季度 | 接待人次 |\n"
    "| --- | --- |\n"
    "| 一季度 | 52,410 |\n"
    "| 二季度 | 61,380 |\n"
    "| 三季度 | 80,260 |\n"
    "| 四季度 | 62,440 |\n"
    "| 合计 | 256,490 |\n"))


def test_the_four_quarters_of_a_year_are_no_set_to_trace():
    got = {m.text: m.status for m in check("一季度接待52410人次，是四个季度中最少的。", [QUARTERS]).mentions}
    assert got["四个"] == "ignored", got  # a year has four quarters (calendar), whatever the ledger lists
