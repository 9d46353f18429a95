"""A ledger column may total a figure the form states in a row's 偏差原因 rather than in an indicator's actual (巡护发现
问题点位52处 beside a 处置率 of 88.46%): it is the same thing — the header names it (问题点位处) and its rows add up to
the stated figure — so 完成情况 splits it too (a header without the bracketed unit, 发现问题点位处, is read alike) ("第一批巡护…公里、发现问题点位18处，…"). A column whose rows add up to
another figure stays unused. A national park administration (国家公园管理局)."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.domain.ledger_story import ledger_sentences
from drafter.ledgers import parse_ledger
from drafter.pipeline import draft
from drafter.schema import ReportInput

PARK = {  # 国家公园管理局 · 项目
    "项目名称": "2025年度国家公园生态巡护与问题点位处置项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "河池市林业局",
    "实施单位": "河池国家公园管理局",
    "项目资金": {"单位": "万元", "年初预算数": "180.00", "全年预算数": "180.00", "全年执行数": "176.40"},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "生态巡护里程", "年度指标值": "≥6000公里",
         "实际完成值": "6240公里"},
        {"一级指标": "产出指标", "二级指标": "质量指标", "三级指标": "巡护问题点位处置率", "年度指标值": "≥95%",
         "实际完成值": "88.46%",
         "偏差原因": "巡护发现问题点位52处，已处置46处；其余6处位于核心区陡坡，需待枯水期进场处置"},
    ],
}

LEDGER = """批次,巡护日期,片区,巡护里程（公里）,发现问题点位（处）
第一批,2025-03-10,南丹片区,1180,9
第一批,2025-03-12,天峨片区,920,9
第二批,2025-07-08,南丹片区,1050,8
第二批,2025-07-10,天峨片区,1010,9
第三批,2025-11-04,南丹片区,1120,10
第三批,2025-11-06,天峨片区,960,7
"""


def _sentences(ledger_text: str) -> list[str]:
    report = ReportInput.model_validate(PARK)
    tsv = "\n".join(line.replace(",", "\t") for line in ledger_text.splitlines())
    report = report.model_copy(update={"ledgers": [parse_ledger(tsv, "巡护台账.csv")]})
    return ledger_sentences(report, 0)


def test_a_column_totalling_a_figure_of_a_rows_cause_is_split_too():
    first = _sentences(LEDGER)[0]
    assert first.startswith("分批次看，第一批")
    assert "巡护里程2100公里、发现问题点位18处" in first and "第二批2060公里、17处" in first
    assert "第三批2080公里、17处" in first


def test_a_column_adding_up_to_another_figure_stays_unused():
    other = LEDGER.replace("天峨片区,960,7", "天峨片区,960,5")  # 50 points, not the 52 the cause states
    assert all("处" not in s for s in _sentences(other))


def test_the_draft_traces_what_it_tells_of_that_column(tmp_path: Path):
    folder = tmp_path / "park"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(PARK, allow_unicode=True), encoding="utf-8")
    (folder / "2025年巡护台账.csv").write_text(LEDGER, encoding="utf-8")
    result = draft(folder)
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
    text = "\n".join(p.text for s in result.sections for p in s.paragraphs)
    assert "第一批巡护里程2100公里、发现问题点位18处" in text


def test_a_header_without_its_bracketed_unit_is_read_alike():
    first = _sentences(LEDGER.replace("发现问题点位（处）", "发现问题点位处"))[0]
    assert "巡护里程2100公里、发现问题点位18处" in first
