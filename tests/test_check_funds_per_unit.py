"""Per-unit money of a named row (issue 10): 每人资助资金，城关镇…元 is the row's money over its count of what 每X
names — and when the row counts 人 in two columns (资助学生 and 结对帮扶), over the one the sentence names.

Kind: a 关工委 (关心下一代工作委员会) ledger of towns.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="关工委分乡镇助学台账.md", text=(
    "# 2024年分乡镇助学台账\n\n"
    "| 乡镇 | 资助学生（人） | 结对帮扶（人） | 资助资金（元） |\n"
    "| --- | ---: | ---: | ---: |\n"
    "| 城关镇 | 86 | 124 | 107,500 |\n"
    "| 石桥镇 | 64 | 90 | 78,720 |\n"
    "| 河口乡 | 52 | 71 | 66,040 |\n"
    "| 合计 | 202 | 285 | 252,260 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER]).mentions if m.status != "ignored"}


def test_a_rows_average_is_over_the_count_column_its_sentence_names():
    got = status("每人资助资金，城关镇1,250.00元，石桥镇1,230.00元，全县1,248.81元。")
    assert got == {"1,250.00元": "derived", "1,230.00元": "derived", "1,248.81元": "derived"}
    # 107,500 ÷ 86; 78,720 ÷ 64; 252,260 ÷ 202


def test_another_rows_average_or_one_over_the_other_column_stays_unsupported():
    assert status("每人资助资金，城关镇1,230.00元。")["1,230.00元"] == "unsupported"  # 石桥镇's
    assert status("每人资助资金，城关镇866.94元。")["866.94元"] == "unsupported"  # over 结对帮扶's 124


LAW = SourceText(name="法学会项目自评表.md", text=(
    "# 法治宣传与法学研究项目支出绩效自评表（2024年度）\n\n"
    "单位：万元\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 |\n"
    "| --- | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 150.00 | 142.00 | 136.35 |\n"
    "| 市级财政资金 | 120.00 | 112.00 | 107.70 |\n"
    "| 会员会费收入 | 30.00 | 30.00 | 28.65 |\n\n"
    "| 重点项目 | 全年预算数 | 全年执行数 |\n"
    "| --- | ---: | ---: |\n"
    "| 青年法学人才培训 | 19.00 | 18.64 |\n"
    "| 法律进乡村宣讲 | 12.50 | 12.30 |\n\n"
    "| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n"
    "| --- | --- | --- | --- |\n"
    "| 产出指标 | 培训青年法学人才 | ≥300人 | 356人 |\n"
    "| 产出指标 | 乡村宣讲听众 | ≥800人 | 820人 |\n"))
CLASSES = SourceText(name="分类培训统计.md", text=(
    "# 2024年分类培训统计\n\n"
    "| 培训类别 | 期数（期） | 学员（人） | 培训量（人天） |\n"
    "| --- | ---: | ---: | ---: |\n"
    "| 法官检察官研修 | 6 | 420 | 1,680 |\n"
    "| 律师实务 | 8 | 640 | 1,920 |\n"
    "| 合计 | 14 | 1,060 | 3,600 |\n"))


def law(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LAW, CLASSES]).mentions if m.status != "ignored"}


def test_a_named_rows_money_over_the_count_its_sentence_states():
    text = "青年法学人才培训班学员356人，人均培训经费523.60元。"  # 18.64万 ÷ 356
    assert law(text)["523.60元"] == "derived"
    assert law(text.replace("523.60元", "345.51元"))["345.51元"] == "unsupported"  # 法律进乡村宣讲's 12.30万


def test_the_funds_whole_spending_over_the_count_of_the_whole_row_the_sentence_names():
    assert law("全部学员人均培训经费1,286.32元，每人天378.75元。") == {  # 136.35万 ÷ 1,060 / ÷ 3,600
        "1,286.32元": "derived", "378.75元": "derived"}
    assert law("全部学员人均培训经费1,016.04元。")["1,016.04元"] == "unsupported"  # 107.70万: 市级's only


def test_per_one_person_of_a_classifier_is_over_the_people_the_sentence_counts():
    text = "法律进乡村宣讲执行12.30万元，听众820人，每名听众平均经费150.00元。"
    assert law(text)["150.00元"] == "derived"
    assert law(text.replace("150.00元", "227.32元"))["227.32元"] == "unsupported"  # 18.64万's


RESEARCH = SourceText(name="法学会课题经费表.md", text=(
    "# 法学研究项目支出绩效自评表（2024年度）\n\n"
    "| 支出明细 | 全年预算数 | 全年执行数 |\n"
    "| --- | ---: | ---: |\n"
    "| 课题研究费 | 60.00 | 58.20 |\n"
    "| 学术交流费 | 20.00 | 18.36 |\n\n"
    "| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n"
    "| --- | --- | --- | --- |\n"
    "| 产出指标 | 结项课题数 | ≥20项 | 24项 |\n"
    "| 产出指标 | 立项课题数 | ≥28项 | 30项 |\n"))


def test_per_one_of_a_thing_the_sources_count_in_a_row_named_for_it():
    text = "课题研究费按结项课题计，每个课题24250.00元。"  # 58.20万 ÷ 24项 (结项, not 立项)
    assert {m.text: m.status for m in check(text, [RESEARCH]).mentions}["24250.00元"] == "derived"
    wrong = "课题研究费按结项课题计，每个课题19400.00元。"  # ÷ 30项: the 立项 row's count
    assert {m.text: m.status for m in check(wrong, [RESEARCH]).mentions}["19400.00元"] == "unsupported"
