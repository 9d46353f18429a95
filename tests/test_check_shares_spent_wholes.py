"""A share whose whole the words name only as the spending (占总支出的 / 占全部支出的比重为 / 占项目支出总额的 /
占执行总额的), where no source figure goes by those words: the whole is the spending of the whole — the 执行 that no
other is a part of (a project's 全年执行数) — as for 在全部支出中占. Beside each, its planted error: a share the
amounts do not give.

A city youth palace's art-training project (drafter's project YAML: 全年执行数 and its tasks' 任务涉及金额), a unit of a
kind in no corpus.
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


def verdict(text: str, figure: str) -> str:
    got = [m.status for m in check(text, [PALACE]).mentions if m.text == figure]
    assert len(got) == 1, got
    return got[0]


def test_a_share_of_the_total_spending_named_in_words_no_figure_has():
    for whole in ("总支出的", "全部支出的比重为", "项目支出总额的"):
        assert verdict(f"课程开发经费26.40万元，占{whole}11.00%。", "11.00%") == "derived", whole  # 26.40 ÷ 240.00
        assert verdict(f"课程开发经费26.40万元，占{whole}10.65%。", "10.65%") == "unsupported", whole  # ÷ 248.00


def test_a_share_of_the_spending_whose_part_the_words_name():
    assert verdict("场地与器材占项目支出的40.00%，为最大支出项。", "40.00%") == "derived"  # 96.00 ÷ 240.00
    assert verdict("场地与器材占项目支出的38.71%，为最大支出项。", "38.71%") == "unsupported"
