"""A fraction word after a share or an amount with a degree word before it (issue 10): 刚超过一成 / 刚刚超过一成 /
已超过三成 / 仅约一成 / 才接近两成 — the degree word (刚 / 刚刚 / 已 / 已经 / 仅 / 才 / 略 / 稍) says how the figure stands to
the word, not another figure, so the word still restates the share right before it (or, right after an amount, that
amount's share of its whole). Beside each, its planted error: the same degree word before a fraction the share
does not fit stays unsupported.

A city youth palace's training project (a 支出明细 with its 合计), a unit of a kind in no corpus.
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, check

PALACE = SourceData(name="input.yaml", data={
    "项目名称": "2024年青少年公益艺术培训项目", "被评价年度": 2024, "表格类型": "项目支出", "实施单位": "某市青少年宫",
    "项目资金": {"单位": "万元", "年初预算数": D("250.00"), "全年预算数": D("248.00"), "全年执行数": D("240.00")},
    "主要任务": [
        {"编号": "任务1", "任务": "师资课酬", "任务涉及金额": D("75.00")},      # 31.25 %
        {"编号": "任务2", "任务": "场地与器材", "任务涉及金额": D("96.00")},    # 40.00 %
        {"编号": "任务3", "任务": "课程开发", "任务涉及金额": D("26.40")},      # 11.00 %
        {"编号": "任务4", "任务": "展演活动", "任务涉及金额": D("42.60")}]})    # 17.75 %


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [PALACE]).mentions if m.status != "ignored"}


def verdict(text: str, word: str) -> str:
    """The verdict of the mention that holds `word` (the degree word may or may not be read into its span)."""
    got = [m.status for m in check(text, [PALACE]).mentions if word in m.text]
    assert len(got) == 1, got
    return got[0]


def test_just_over_a_tenth_after_a_share_restates_it():
    text = "支出明细中，师资课酬75.00万元，占31.25%；课程开发26.40万元，占11.00%，刚超过一成。"
    assert verdict(text, "一成") == "derived"
    assert verdict(text.replace("刚超过一成", "刚刚超过一成"), "一成") == "derived"
    assert verdict(text.replace("刚超过一成", "刚超过两成"), "两成") == "unsupported"


def test_already_over_three_tenths_after_a_share_restates_it():
    text = "支出明细中，师资课酬75.00万元，占31.25%，已超过三成。"
    assert verdict(text, "三成") == "derived"
    assert verdict(text.replace("已超过三成", "已超过四成"), "四成") == "unsupported"


def test_a_degree_word_before_a_fraction_right_after_an_amount_is_its_share_of_the_whole():
    # 26.40 ÷ 240.00 = 11.00 %: 课程开发经费 just over a tenth of the spending its breakdown adds up to
    text = "二是课程开发经费26.40万元，刚超过一成，新课程数量偏少。"
    assert verdict(text, "一成") == "derived"
    assert verdict(text.replace("刚超过一成", "刚超过两成"), "两成") == "unsupported"
    # 42.60 ÷ 240.00 = 17.75 %: only nearly two tenths
    assert verdict("展演活动经费42.60万元，才接近两成。", "两成") == "derived"
    assert verdict("展演活动经费42.60万元，才接近三成。", "三成") == "unsupported"
