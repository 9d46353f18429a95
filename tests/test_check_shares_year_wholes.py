"""Shares of the year and of a whole named after 占 whose part an earlier sentence stated (issue 10): '自6月1日起至
8月31日止，共92天，占全年的25.21%' — days are a share of the days of the sources' year (365, 366 in a leap year);
'…覆盖2,400人。覆盖人数占全县在校中小学生的8.00%' — the part is the figure its paragraph stated of what the words
before 占 name, though that sentence is over. Beside each, its planted error: the other calendar's share, a share
the figures do not give.

A county flood-control office's work (a unit of a kind in no corpus): its project data of 2023 and a dated log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

DATA = SourceData(name="防汛防溺水工作数据.yaml", data={
    "单位": "某县防汛抗旱指挥部办公室", "被评价年度": 2023, "项目": "防汛防溺水综合保障项目",
    "指标": [{"名称": "全县在校中小学生", "完成值": "30000人"},
             {"名称": "主汛期巡堤查险", "目标值": "≥1200人次", "完成值": "1240人次"}]})
LOG = SourceText(name="工作日志.txt", text=(
    "2023-04-15  防溺水安全教育月启动，至4月30日结束，覆盖2,400人。\n"
    "2023-06-01  进入主汛期，24小时值班。\n"
    "2023-08-31  主汛期结束。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA, LOG]).mentions if m.status != "ignored"}


def test_days_are_a_share_of_the_days_of_the_sources_year():
    got = status("主汛期自6月1日起至8月31日止，共92天，占全年的25.21%，约四分之一。")
    assert got["92天"] == "derived"
    assert got["25.21%"] == "derived"  # 92 ÷ 365
    # 92 ÷ 366 is a leap year's: 2023 is none
    assert status("主汛期自6月1日起至8月31日止，共92天，占全年的25.14%。")["25.14%"] == "unsupported"


def test_a_part_its_paragraph_stated_before_the_sentence_of_the_share():
    text = "防溺水安全教育月覆盖2,400人。覆盖人数占全县在校中小学生的8.00%，不足一成。"
    got = status(text)
    assert got["8.00%"] == "derived"  # 2,400 ÷ 30000
    assert status(text.replace("8.00%", "9.00%"))["9.00%"] == "unsupported"
