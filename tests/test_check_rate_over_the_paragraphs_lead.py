"""Two figures a paragraph derives from its own lead figure (issue 10):
- a rate named by what its part did (放生率 / 复学率) right after that part, its words naming no earlier figure, is the
  part over the paragraph's lead level of the same unit (接收流浪犬…520只 … 送养312只，送养率60.00%) — the one figure the
  paragraph opened with, larger than the part; never over a half year's or last year's figure;
- the rest after a sum (其余…) is the whole the sum's own share was of (两批合计194只，占全年送养的62.18%：312, told
  paragraphs before) less the sum.
Beside them the planted errors: the rate over a half year's figure, a wrong rest.

Kind: a city animal-shelter centre (its form in YAML and a log).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="input.yaml", data={"项目名称": "2024年流浪动物收容救助项目", "被评价年度": 2024, "绩效指标": [
    {"三级指标": "接收流浪犬", "年度指标值": "≥450只", "实际完成值": "520只", "上年实际": "486只"},
    {"三级指标": "送养流浪犬", "年度指标值": "≥260只", "实际完成值": "312只", "上年实际": "275只"}]})

LOG = SourceText(name="工作日志.md", text=(
    "# 2024年工作日志（摘录）\n\n"
    "- 2024-06-30 统计：上半年接收流浪犬248只。\n"
    "- 2024-05-18 第一批集中领养日，送出108只。\n"
    "- 2024-10-12 第二批集中领养日，送出86只。\n"))

TEXT = "接收流浪犬520只，完成目标450只的115.56%。上半年接收248只。送养312只，送养率{rate}，比上年275只多37只。"
# (the 312 told four paragraphs back: too far to be the whole by being told, the sum's share names it)
REST = "\n\n## 三、领养活动\n\n全年举办集中领养日两批。\n\n领养前均完成免疫和绝育。\n\n第一批集中领养108只，第二批86只，两批合计194只，占全年送养的62.18%；其余{rest}只为日常领养。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


def test_a_rate_its_words_name_no_whole_for_is_over_the_paragraphs_lead_level():
    assert status(TEXT.format(rate="60.00%"))["60.00%"] == "derived"  # 312 ÷ 520
    assert status(TEXT.format(rate="125.81%"))["125.81%"] == "unsupported"  # 312 ÷ 248: a half year's


def test_the_rest_after_a_sum_is_the_whole_of_the_sums_own_share_less_the_sum():
    assert status(TEXT.format(rate="60.00%") + REST.format(rest="118"))["118只"] == "derived"  # 312 − 194
    assert status(TEXT.format(rate="60.00%") + REST.format(rest="128"))["128只"] == "unsupported"
