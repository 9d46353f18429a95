"""A rate whose words name the project's whole is the whole's (issue 10, recall): "项目全年预算比年初增加17.78%" after
a clause on 市级资金 is the 市级资金 line's (106.00 − 90.00) ÷ 90.00 — the planted "a source's 调整率 given to the
project" (blind24 animalshelter's 15.27%), accepted because the sentence had named the line before. 项目 at the head
of the clause names the whole: its rate is (136.00 − 120.00) ÷ 120.00 = 13.33%; the line's rate stays the line's when
its words name it.

Unit of our own: 和田地区马术队 (a project form as YAML with two funding lines).
"""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="input.yaml", data={
    "项目名称": "2025年马术运动推广项目",
    "实施单位": "和田地区马术队",
    "项目资金": {
        "单位": "万元", "年初预算数": 120.00, "全年预算数": 136.00, "全年执行数": 128.80,
        "其中": [
            {"名称": "市级财政资金", "年初预算数": 90.00, "全年预算数": 106.00, "全年执行数": 101.20},
            {"名称": "赛事门票收入返还", "年初预算数": 30.00, "全年预算数": 30.00, "全年执行数": 27.60},
        ],
    },
})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_the_project_s_rate_after_a_line_s_clause_is_the_whole_s():
    assert status("市级资金结余4.80万元，项目全年预算比年初增加13.33%。")["13.33%"] == "derived"


def test_a_line_s_rate_given_to_the_project_is_unsupported():
    got = status("市级资金结余4.80万元，项目全年预算比年初增加17.78%。")
    assert got["4.80万元"] == "derived"
    assert got["17.78%"] == "unsupported"


def test_the_line_s_rate_where_its_words_name_the_line_stands():
    assert status("市级资金全年预算比年初增加17.78%。")["17.78%"] == "derived"
