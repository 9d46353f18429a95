"""The days of a source span given to a numbered batch (第一轮 / 第二批 / 第三期) must be that batch's span: 第一轮集中免疫共36天
where 36 days is the second round's 9月15日至10月20日 is unsupported, however well the rest of the words name the event.

Found on the spent corpus blind28 (bortala: 第一轮巡检共31天 passed as derived from the log's 第二轮巡检5月13日至6月12日;
the first round ran 4月8日至4月26日, 19 days): the span reader matched the event's words (巡检) and never the batch the
text names, while a direct match of a batch's count or date was already held to its batch (roles.part_clash). The
batch of a span is the one its source sentence names last before its first date.

A county animal disease control centre (动物疫病预防控制中心): two rounds of mass vaccination in its log.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="2025年动物防疫工作记录.md", text=(
    "# 2025年县动物疫病预防控制中心工作记录\n\n"
    "- 2月20日：制定全年集中免疫方案，分两轮开展，每轮覆盖全县12个乡镇。\n"
    "- 4月8日：春防结束。第一轮集中免疫3月10日至4月5日，免疫牲畜21.6万头（只）；第二轮集中免疫安排在秋季。\n"
    "- 10月22日：秋防结束。第二轮集中免疫9月15日至10月20日，免疫牲畜23.4万头（只）。\n"))

# first round 3月10日至4月5日 = 27 days; second 9月15日至10月20日 = 36 days (both ends counted)


def status(text: str, figure: str) -> str:
    return [m.status for m in check(text, [LOG]).mentions if m.text == figure][-1]


def test_a_batchs_own_span_is_its_days():
    assert status("第一轮集中免疫共27天。", "27天") == "derived"
    assert status("第二轮集中免疫共36天，免疫牲畜23.4万头（只）。", "36天") == "derived"


def test_another_batchs_span_given_to_the_named_batch_is_unsupported():
    assert status("第一轮集中免疫共36天。", "36天") == "unsupported"
    assert status("第二轮集中免疫历时27天。", "27天") == "unsupported"


def test_a_span_given_to_no_batch_is_read_as_before():
    assert status("秋季集中免疫共36天。", "36天") == "derived"


# -- a batch's figure far from its batch word in a long source sentence ------------------------------------------------
# (blind26 sericulture: 第二批发放612公斤 passed as exact from 第一批春蚕种4月3日至4月18日发放612公斤，第二批秋蚕种…: the
# figure's short source window began after 第一批 and held the 第二批 that follows it)
NOTE = SourceText(name="免疫统计说明.md", text=(
    "说明：全年培训村级防疫员146人次；第一轮春防3月10日至4月5日在12个乡镇免疫牲畜21.6万头（只），"
    "第二轮秋防9月15日至10月20日免疫牲畜23.4万头（只）。\n"))


def note_status(text: str, figure: str) -> str:
    return [m.status for m in check(text, [NOTE]).mentions if m.text == figure][-1]


def test_a_figure_of_the_batch_its_source_sentence_names_before_it_is_that_batchs():
    assert note_status("第一轮免疫牲畜21.6万头（只）。", "21.6万头（只）") == "exact"
    assert note_status("第二轮免疫牲畜23.4万头（只）。", "23.4万头（只）") == "exact"


def test_the_first_batchs_figure_given_to_the_second_is_unsupported():
    assert note_status("第二轮免疫牲畜21.6万头（只）。", "21.6万头（只）") == "unsupported"
