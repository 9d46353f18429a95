"""A count of items the sources list is supported by that list (issue 10, point 2): a table of named rows — a
ledger of the streets a unit works in, a template's task lines — lists them, and "五个街道" / "三项任务" is borne out
by its rows (totals, last year's row and 其中 sub-rows aside). The wrong count is still flagged, and the row count is
no figure of any other kind (an amount, a count of people).

A district's civil-affairs bureau: an elderly-meal ledger by street and its project form's task table."""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="分街道老年助餐台账.md", text=(
    "某区2024年分街道老年助餐服务台账\n\n"
    "| 街道 | 助餐点（个） | 服务人次 | 补贴金额（元） |\n"
    "| --- | --- | --- | --- |\n"
    "| 东关街道 | 7 | 18,420 | 92,100 |\n"
    "| 西城街道 | 4 | 12,960 | 64,800 |\n"
    "| 南湖街道 | 5 | 15,300 | 76,500 |\n"
    "| 北苑街道 | 3 | 9,870 | 49,350 |\n"
    "| 新港街道 | 2 | 6,150 | 30,750 |\n"
    "| 合计 | 21 | 62,700 | 313,500 |\n"
    "| 上年合计 | 17 | 55,080 | 275,400 |\n"))

TASKS = SourceText(name="项目自评表.md", text=(
    "单位：万元\n\n"
    "| 任务名称 | 主要内容 | 预算数 | 执行数 |\n"
    "| --- | --- | --- | --- |\n"
    "| 助餐点运营补贴 | 按服务人次补贴 | 32.00 | 31.35 |\n"
    "| 助餐设备购置 | 厨具、保温车 | 12.00 | 11.80 |\n"
    "| 志愿服务培训 | 送餐员培训 | 4.00 | 3.92 |\n"
    "| 合计 |  | 48.00 | 47.07 |\n"))


def verdicts(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER, TASKS]).mentions if m.status != "ignored"}


def test_a_count_of_the_streets_a_ledger_lists_is_borne_out_by_its_rows():
    got = verdicts("东关街道服务18420人次，在五个街道中最多。")
    assert got["五个"] == "exact", got
    got = verdicts("东关街道服务18420人次，在六个街道中最多。")
    assert got["六个"] == "unsupported", got  # five rows: 合计 and 上年合计 are no street


def test_a_count_of_the_tasks_a_form_lists_is_borne_out_by_its_task_lines():
    got = verdicts("志愿服务培训执行3.92万元，是三项任务中支出最少的。")
    assert got["三项"] == "exact", got
    got = verdicts("志愿服务培训执行3.92万元，是四项任务中支出最少的。")
    assert got["四项"] == "unsupported", got


def test_a_row_count_is_no_amount_and_no_count_of_another_thing():
    got = verdicts("新港街道补贴5万元。")
    assert got["5万元"] == "unsupported", got
    got = verdicts("全区新增助餐服务人员5人。")
    assert got["5人"] == "unsupported", got
