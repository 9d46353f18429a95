"""A figure the paragraph stated, and that the checker traced, is an operand of the figures after it (issue 10,
point 2), with the operation the words fix:

- 其中: the parts after 其中 are parts of the figure the 其中 hangs on — the head figure of the sentence before it
  (never its target, its last year's level or its change) — so 占 right after a part is that part over it, to the
  end of the 其中 sentence;
- 比X多 / 比X低: the figure right before the words less the one the paragraph stated for X (比全年低: the same
  measure without its period);
- the same part restated later (存在问题: 上半年接种21430剂次，仅占45.74%): its share is of the whole the text's
  first share of that part was of;

Every positive case has its negative beside it: a share outside the 其中 sentence, a whole that is the target,
a whole or a compared figure the checker flagged, a wrong gap.

A county centre for disease control (县疾控中心), its immunisation programme: the project form and a work log
whose lines give the months of each half-year (never the words 上半年 / 下半年 the text uses) and a quarter's rate.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="免疫规划项目自评表.yaml", data={
    "项目名称": "2024年县疾控中心免疫规划项目",
    "项目资金": {"全年预算": "86.00万元", "全年执行数": "82.45万元"},
    "绩效指标": [
        {"三级指标": "疫苗接种剂次", "年度指标值": "≥45000剂次", "实际完成值": "46850剂次", "上年实际": "44120剂次"},
        {"三级指标": "适龄儿童免疫规划疫苗接种率", "年度指标值": "≥95%", "实际完成值": "97.42%",
         "上年实际": "96.85%"},
        {"三级指标": "冷链设备巡检次数", "年度指标值": "≥40次", "实际完成值": "48次"}],
})
LOG = SourceText(name="工作日志.md", text=(
    "# 县疾控中心免疫规划工作日志（2024年）\n\n"
    "- 2024-06-30：1—6月完成疫苗接种 21430 剂次。\n"
    "- 2024-09-30：三季度适龄儿童免疫规划疫苗接种率 96.18%，受台风影响为全年最低。\n"
    "- 2024-12-31：7—12月完成疫苗接种 25420 剂次。\n"))
SOURCES = [FORM, LOG]

HEAD = "全年接种疫苗46850剂次，完成目标45000剂次的104.11%，比上年的44120剂次增加2730剂次。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- 其中: the parts' shares of the figure the 其中 hangs on ---------------------------------------------------------

def test_a_share_after_a_qizhong_part_is_of_the_head_figure_of_the_sentence_before():
    # 21430 ÷ 46850 = 45.74 %; 25420 ÷ 46850 = 54.26 %: the 其中 sentence runs on over ；
    got = status(HEAD + "其中上半年接种21430剂次，占45.74%；下半年接种25420剂次，占54.26%。")
    assert got["45.74%"] == "derived"
    assert got["54.26%"] == "derived"


def test_a_share_in_the_same_sentence_as_the_whole_is_of_the_figure_before_qizhong():
    got = status("全年接种疫苗46850剂次，其中上半年接种21430剂次，占45.74%。")
    assert got["45.74%"] == "derived"


def test_a_share_outside_the_qizhong_sentence_is_not_of_its_whole():
    # the other half's share given to the first half, in a sentence of its own: nothing fixes its whole
    got = status(HEAD + "其中上半年接种21430剂次，占45.74%。上半年接种占54.26%。")
    assert got["45.74%"] == "derived"
    assert got["54.26%"] == "unsupported"


def test_the_whole_of_a_qizhong_part_is_never_the_target_stated_beside_it():
    # 21430 ÷ 45000 = 47.62 %: a share of the target, which no 其中 hangs on
    assert status(HEAD + "其中上半年接种21430剂次，占47.62%。")["47.62%"] == "unsupported"


def test_a_wrong_share_of_the_qizhong_whole_is_unsupported():
    assert status(HEAD + "其中上半年接种21430剂次，占44.12%。")["44.12%"] == "unsupported"


def test_a_share_of_a_flagged_whole_is_unsupported():
    # 46580 is not the year's figure (46850): 21430 ÷ 46580 = 46.01 % leans on a figure the checker flagged
    got = status("全年接种疫苗46580剂次。其中上半年接种21430剂次，占46.01%。")
    assert got["46580剂次"] == "unsupported"
    assert got["46.01%"] == "unsupported"


# -- 比X多 / 比全年低: the gap to the figure the paragraph stated for X ------------------------------------------------

def test_a_gap_to_a_part_the_paragraph_stated_is_their_difference():
    # 25420 − 21430 = 3990
    got = status(HEAD + "其中上半年接种21430剂次，占45.74%；下半年接种25420剂次，占54.26%，比上半年多3990剂次。")
    assert got["3990剂次"] == "derived"


def test_a_wrong_gap_to_a_stated_part_is_unsupported():
    got = status(HEAD + "其中上半年接种21430剂次；下半年接种25420剂次，比上半年多3900剂次。")
    assert got["3900剂次"] == "unsupported"


def test_a_gap_to_a_flagged_part_is_unsupported():
    # 21520 is not the first half's figure (21430): 25420 − 21520 = 3900 leans on a figure the checker flagged
    got = status(HEAD + "其中上半年接种21520剂次；下半年接种25420剂次，比上半年多3900剂次。")
    assert got["21520剂次"] == "unsupported"
    assert got["3900剂次"] == "unsupported"


def test_a_period_rate_below_the_year_is_the_gap_to_the_years_rate_the_paragraph_stated():
    # 97.42 − 96.18 = 1.24 points
    text = "适龄儿童免疫规划疫苗接种率97.42%，高于95%的目标2.42个百分点；三季度接种率96.18%，为全年最低，比全年低1.24个百分点。"
    got = status(text)
    assert got["96.18%"] == "exact"
    assert got["1.24个百分点"] == "derived"


def test_a_wrong_gap_to_the_years_rate_is_unsupported():
    text = "适龄儿童免疫规划疫苗接种率97.42%，高于95%的目标2.42个百分点；三季度接种率96.18%，为全年最低，比全年低1.42个百分点。"
    assert status(text)["1.42个百分点"] == "unsupported"


def test_a_gap_to_a_flagged_years_rate_is_unsupported():
    # 97.24 % is not the year's rate (97.42 %): 97.24 − 96.18 = 1.06 leans on a figure the checker flagged
    text = "适龄儿童免疫规划疫苗接种率97.24%；三季度接种率96.18%，为全年最低，比全年低1.06个百分点。"
    got = status(text)
    assert got["97.24%"] == "unsupported"
    assert got["1.06个百分点"] == "unsupported"


# -- the same part restated later: its share is of the whole the text's first share of it was of --------------------

RESTATED = HEAD + "其中上半年接种21430剂次，占45.74%；下半年接种25420剂次，占54.26%。\n\n## 五、存在问题\n\n一是上半年接种21430剂次，仅占{}，进度偏慢。"


def test_a_share_of_a_part_restated_later_is_of_the_whole_its_first_share_was_of():
    got = [m for m in check(RESTATED.format("45.74%"), SOURCES).mentions if m.text == "45.74%"]
    assert [m.status for m in got] == ["derived", "derived"]


def test_another_share_of_a_part_restated_later_is_unsupported():
    # 21430 ÷ 45000 (the target) = 47.62 %: the part's first share was of 46850
    assert status(RESTATED.format("47.62%"))["47.62%"] == "unsupported"


def test_an_earlier_share_of_a_part_in_another_measure_names_no_whole_for_the_restated_part():
    # 占全部冷链巡检的 is a whole of 次, no whole of 剂次: the restated part keeps the whole of its first share
    text = RESTATED.replace("一是上半年", "一是冷链设备巡检48次，占全部冷链巡检的100%；二是上半年").format("45.74%")
    got = [m for m in check(text, SOURCES).mentions if m.text == "45.74%"]
    assert [m.status for m in got] == ["derived", "derived"]
