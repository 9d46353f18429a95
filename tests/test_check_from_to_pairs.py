"""由X增至Y / 从X增至Y / 由X降至Y (issue 10): the two figures of one row at two times — X the earlier (the row's 上年
figure, or its 年初 budget), Y the later (this year's, the 全年 budget). X is a source figure of another year or role
than the clause's words give the sentence, so alone it is refused; the pair in one source row, earlier then later,
in the direction the verb says, is what the words state. The row must be the one the sentence names: another
row's pair, a pair of a part under a sentence that names none, or an earlier figure the row does not hold stays
unsupported.

Units of our own: 南岭市城市客运管理处 (district passenger-transport records and a project funding table) and
青川市科技成果转化中心 (a technology-transfer centre's county records).
"""

from __future__ import annotations

import json

import pytest

from drafter.check import SourceData, SourceText, check

TRANSIT = [
    SourceData(name="南岭市城市客运分区统计.json", data=json.loads(json.dumps({
        "单位": "南岭市城市客运管理处",
        "年度": 2024,
        "计量说明": "站亭：个；巡查：车次",
        "分区": [
            {"区县": "青石区", "新建公交站亭": 36, "上年新建公交站亭": 31, "巡查车次": 1250, "上年巡查车次": 1108},
            {"区县": "凤县", "新建公交站亭": 30, "上年新建公交站亭": 24, "巡查车次": 874, "上年巡查车次": 912},
            {"区县": "临江区", "新建公交站亭": 27, "上年新建公交站亭": 26, "巡查车次": 960, "上年巡查车次": 903},
        ],
        "合计": {"新建公交站亭": 93, "上年新建公交站亭": 81, "巡查车次": 3084, "上年巡查车次": 2923},
    }))),
    SourceText(name="南岭市城市客运管理处2024年项目资金表.txt", text=(
        "南岭市城市客运管理处2024年城市公交运营监管项目资金情况（万元）\n"
        "资金来源\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
        "年度资金总额\t520.00\t486.40\t470.12\t96.65%\n"
        "其中：市级财政资金\t400.00\t366.40\t352.18\t96.12%\n"
        "站场服务收入\t120.00\t120.00\t117.94\t98.28%\n")),
]


def status(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


@pytest.mark.parametrize("verb", ["增至", "扩至", "扩大到"])
def test_a_rows_last_year_then_this_year_is_supported_with_its_rate(verb):
    got = status(f"分区看，青石区新建公交站亭36个，最多；凤县由24个{verb}30个，增长25.00%，增幅最大。", TRANSIT)
    assert got["24个"] == "exact" and got["30个"] == "exact"
    assert got["25.00%"] == "derived"


def test_from_then_down_to_of_a_named_row_is_supported():
    got = status("巡查方面，凤县从912车次降至874车次，临江区从903车次增至960车次。", TRANSIT)
    assert got["912车次"] == "exact" and got["874车次"] == "exact"
    assert got["903车次"] == "exact" and got["960车次"] == "exact"


def test_the_initial_budget_then_the_full_years_is_supported():
    got = status("年中市级财政资金统一压减，项目全年预算因此由520.00万元降至486.40万元，调整率-6.46%。", TRANSIT)
    assert got["520.00万元"] == "exact" and got["486.40万元"] == "exact"


def test_another_rows_pair_is_unsupported():
    # 24 → 30 is 凤县's pair: 临江区 went from 26 to 27
    got = status("分区看，青石区新建公交站亭36个，最多；临江区由24个增至30个，增长25.00%。", TRANSIT)
    assert got["24个"] == "unsupported"


def test_an_earlier_figure_the_row_does_not_hold_is_unsupported():
    got = status("分区看，青石区新建公交站亭36个，最多；凤县由26个增至30个，增长15.38%。", TRANSIT)
    assert got["26个"] == "unsupported"


def test_a_parts_pair_under_words_naming_no_row_is_unsupported():
    # the whole went from 81 to 93: 24 → 30 is one district's, not the city's
    got = status("全市新建公交站亭由24个增至30个，站亭覆盖进一步提高。", TRANSIT)
    assert got["24个"] == "unsupported"


def test_a_verb_against_the_rows_direction_is_unsupported():
    # 凤县's 巡查 fell from 912 to 874: no 增至
    got = status("巡查方面，凤县由912车次增至874车次。", TRANSIT)
    assert got["912车次"] == "unsupported"


YEARS = [
    SourceText(name="南岭市城市客运管理处近两年运营统计.txt", text=(
        "南岭市城市客运管理处近两年运营统计\n"
        "年度\t新建公交站亭（个）\t巡查车次\n"
        "2023年\t81\t2923\n"
        "2024年\t93\t3084\n")),
]


def test_a_columns_earlier_years_row_then_this_years():
    got = status("全市新建公交站亭由81个增至93个，巡查车次由2923车次增至3084车次。", YEARS)
    assert got["81个"] == "exact" and got["2923车次"] == "exact"


def test_another_columns_earlier_row_is_unsupported():
    # 2923 is 巡查车次's 2023 figure: the words pair it with 站亭's 93 — no row gives that pair
    got = status("全市新建公交站亭由2923个增至93个。", YEARS)
    assert got["2923个"] == "unsupported"
