"""Figures derived from the rows a sentence NAMES (issue 10): the relation table of named entities and the anchored
search on it (drafter/check/entities.py). A 文联 (文学艺术界联合会): its budget by block and by funding line, its
four tasks, two indicators. Each derived figure has a planted twin — another row's value, another line's balance,
the wrong whole — that stays unsupported."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import SourceData, SourceText, check

BUDGET_ROWS = (  # 资金类别, 年初预算数, 全年预算数, 全年执行数
    ("年度资金总额", "860.00", "905.00", "871.46"),
    ("其中：基本支出", "520.00", "535.00", "532.18"),
    ("项目支出", "340.00", "370.00", "339.28"),
    ("按来源分：市级财政资金", "800.00", "830.00", "805.36"),
    ("省级补助资金", "60.00", "75.00", "66.10"),
)
NOTES = {"项目支出": "年中追加惠民演出资金30.00万元"}  # the form's 备注 column (Markdown form only)
TASK_ROWS = (  # 任务名称, 主要内容, 预算数, 执行数
    ("文艺精品创作扶持", "重点题材创作、优秀作品扶持", "120.00", "112.60"),
    ("基层文艺惠民演出", "送戏下乡、广场文艺演出", "95.00", "90.35"),
    ("文艺人才培训与交流", "骨干研修、采风交流", "80.00", "71.45"),
    ("文艺志愿服务活动", "志愿服务、文艺进社区", "75.00", "64.88"),
    ("合计", "", "370.00", "339.28"),
)
INDICATORS = (  # 三级指标, 年度指标值, 实际完成值
    ("文艺骨干研修人次", "≥600人次", "638人次"),
    ("惠民演出场次", "≥150场", "163场"),
)


def _markdown() -> SourceText:
    lines = ["# 柳川市文学艺术界联合会2024年度部门整体支出绩效自评表", "", "单位：万元", "",
             "| 资金类别 | 年初预算数 | 全年预算数 | 全年执行数 | 备注 |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} | {NOTES.get(r[0], '')} |" for r in BUDGET_ROWS]
    lines += ["", "| 任务名称 | 主要内容 | 预算数 | 执行数 |", "|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} |" for r in TASK_ROWS]
    lines += ["", "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |", "|---|---|---|---|---|"]
    lines += [f"| 产出指标 | 数量指标 | {' | '.join(r)} |" for r in INDICATORS]
    return SourceText(name="文联自评表.md", text="\n".join(lines) + "\n")


def _yaml() -> SourceData:
    def amounts(row: tuple[str, ...]) -> dict[str, object]:
        return {"年初预算数": float(row[1]), "全年预算数": float(row[2]), "全年执行数": float(row[3])}

    data = {
        "部门名称": "柳川市文学艺术界联合会",
        "金额单位": "万元",
        "资金情况": [{"资金类别": r[0].split("：")[-1], **amounts(r)} for r in BUDGET_ROWS],
        "任务": [{"任务名称": r[0], "主要内容": r[1], "预算数": float(r[2]), "执行数": float(r[3])}
               for r in TASK_ROWS if r[0] != "合计"],
        "绩效指标": [{"指标名称": name, "年度指标值": target, "实际完成值": actual} for name, target, actual in INDICATORS],
    }
    return SourceData(name="文联自评表.yaml", data=data)


def _word(tmp_path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("柳川市文学艺术界联合会2024年度部门整体支出绩效自评表")
    for header, rows in ((("资金类别", "年初预算数", "全年预算数", "全年执行数"), BUDGET_ROWS),
                         (("任务名称", "主要内容", "预算数", "执行数"), TASK_ROWS),
                         (("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
                          [("产出指标", "数量指标") + r for r in INDICATORS])):
        document.add_paragraph("单位：万元")
        table = document.add_table(rows=0, cols=len(header))
        for row in (header, *rows):
            cells = table.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = value
        document.add_paragraph("")
    path = tmp_path / "文联自评表.docx"
    document.save(path)
    return path


@pytest.fixture(params=["markdown", "yaml", "word"])
def source(request, tmp_path):
    return {"markdown": _markdown, "yaml": _yaml, "word": lambda: _word(tmp_path)}[request.param]()


def verdicts(text: str, source) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


# -- sums of rows named by part of their names, and a difference on the stated sum --------------------------------

def test_the_sum_of_two_rows_named_by_part_of_their_names(source):
    got = verdicts("精品创作扶持和惠民演出任务合计执行202.95万元，比人才培训与交流多131.50万元。", source)
    assert got["202.95万元"] == "derived", got  # 112.60 + 90.35
    assert got["131.50万元"] == "derived", got  # 202.95 − 71.45: on the sum the sentence stated


def test_a_sum_with_another_rows_figure_stays_unsupported(source):
    got = verdicts("精品创作扶持和惠民演出任务合计执行184.05万元。", source)  # 112.60 + 71.45: 人才培训's
    assert got["184.05万元"] == "unsupported", got


def test_a_difference_with_another_row_stays_unsupported(source):
    got = verdicts("精品创作扶持和惠民演出任务合计执行202.95万元，比人才培训与交流多138.07万元。", source)
    assert got["138.07万元"] == "unsupported", got  # 202.95 − 64.88: 志愿服务's, not 人才培训与交流's


# -- a share of a computed attribute: one line's 结余 in the whole's -----------------------------------------------

def test_one_lines_balance_in_the_whole_balance(source):
    got = verdicts("市级财政资金结余占全部结余的73.46%，超过七成。", source)  # 24.64 ÷ 33.54
    assert got["73.46%"] == "derived", got
    assert got["超过七成"] == "derived", got


def test_another_lines_balance_share_stays_unsupported(source):
    got = verdicts("省级补助资金结余占全部结余的73.46%。", source)  # 8.90 ÷ 33.54 is 26.54%
    assert got["73.46%"] == "unsupported", got


def test_a_balance_share_of_the_wrong_whole_stays_unsupported(source):
    got = verdicts("市级财政资金结余占项目支出结余的80.21%。", source)  # 24.64 ÷ 30.72: no whole of the line
    assert got["80.21%"] == "unsupported", got


def test_a_named_lines_balance_and_adjustment(source):
    got = verdicts("省级补助资金结余8.90万元，比年初调增15.00万元。", source)
    assert got == {"8.90万元": "derived", "15.00万元": "derived"}, got


def test_another_lines_balance_and_a_cut_called_a_raise_stay_unsupported(source):
    got = verdicts("省级补助资金结余24.64万元。", source)  # 市级's 830.00 − 805.36
    assert got["24.64万元"] == "unsupported", got
    got = verdicts("市级财政资金全年比年初调减30.00万元。", source)  # 830.00 − 800.00 is a raise
    assert got["30.00万元"] == "unsupported", got


# -- a per-unit amount over a named count, 万元 → 元 ------------------------------------------------------------------

def test_a_per_unit_amount_over_a_named_count(source):
    got = verdicts("惠民演出场均经费5542.94元。", source)  # 90.35万元 ÷ 163场
    assert got["5542.94元"] == "derived", got


def test_a_per_unit_amount_of_another_rows_money_stays_unsupported(source):
    got = verdicts("惠民演出场均经费6907.98元。", source)  # 112.60万元 ÷ 163场: 精品创作's money
    assert got["6907.98元"] == "unsupported", got


# -- a gap in points between two named lines' computed rates ------------------------------------------------------

def test_a_gap_between_two_named_lines_rates(source):
    got = verdicts("市级财政资金执行率比省级补助资金高8.90个百分点。", source)  # 97.03% − 88.13%
    assert got["8.90个百分点"] == "derived", got


def test_a_gap_of_another_pair_of_rates_stays_unsupported(source):
    got = verdicts("市级财政资金执行率比省级补助资金高2.44个百分点。", source)  # 基本支出 99.47% − 市级 97.03%
    assert got["2.44个百分点"] == "unsupported", got


def test_the_sum_of_three_named_rows_and_its_planted_twin(source):
    got = verdicts("精品创作扶持、惠民演出和人才培训与交流三项任务合计执行274.40万元。", source)
    assert got["274.40万元"] == "derived", got  # 112.60 + 90.35 + 71.45
    got = verdicts("精品创作扶持、惠民演出和人才培训与交流三项任务合计执行267.83万元。", source)
    assert got["267.83万元"] == "unsupported", got  # 112.60 + 90.35 + 64.88: 志愿服务's in place of 人才培训's



# -- an average of one named row of a ledger: its figure over its count of what 每X / X均 names -----------------------

COUNTIES = SourceText(name="文联送戏下乡台账.md", text=(
    "# 2024年送戏下乡分县区统计\n\n"
    "| 县区 | 惠民演出(场) | 观众(人次) | 演出经费(元) |\n|---|---|---|---|\n"
    "| 青山区 | 24 | 6,840 | 132,000 |\n| 白水县 | 18 | 4,410 | 102,600 |\n| 石门县 | 21 | 5,250 | 113,400 |\n"
    "| 合计 | 63 | 16,500 | 348,000 |\n"))


def test_a_named_rows_average_over_its_own_count():
    got = verdicts("各县区场均演出经费，全市5523.81元，青山区5500元，白水县5700元；场均观众，石门县250人次。", COUNTIES)
    assert got == {"5523.81元": "derived", "5500元": "derived", "5700元": "derived", "250人次": "derived"}, got


def test_another_rows_average_stays_unsupported():
    got = verdicts("各县区场均演出经费，石门县5700元，青山区5400元。", COUNTIES)  # 白水县's and 石门县's
    assert got == {"5700元": "unsupported", "5400元": "unsupported"}, got


def test_a_change_rate_said_only_by_its_role_is_the_last_named_rows(source):
    # 调增幅度 names no row: it is of 项目支出, the row its sentence named last ((370.00 − 340.00) ÷ 340.00)
    got = verdicts("二是基本支出调增15.00万元，项目支出调增30.00万元，调增幅度8.82%。", source)
    assert got["8.82%"] == "derived", got
    got = verdicts("二是基本支出调增15.00万元，项目支出调增30.00万元，调增幅度2.88%。", source)  # 基本支出's
    assert got["2.88%"] == "unsupported", got
    got = verdicts("二是基本支出调增15.00万元，项目支出调增30.00万元，调减幅度8.82%。", source)  # a raise, no cut
    assert got["8.82%"] == "unsupported", got
