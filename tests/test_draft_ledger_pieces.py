"""A ledger sentence keeps the parts its draft's check traces: when one group's sum cannot be placed (the first
batch's 706人次 equals another row's own figure, so the checker reads it as that row's), that one figure is left out
and the rest of the sentence stays — the other batches' sums, and the same batch's other column. The figure left out
is never printed; the draft has no unsupported figure. (Since the twelfth session's checker places such a
group sum, the end-to-end draft keeps the whole sentence.)"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import yaml

from drafter.domain.ledger_story import ledger_sentences, untraced_sentences
from drafter.ledgers import parse_ledger
from drafter.pipeline import draft
from drafter.schema import ReportInput

SNOW_SPORTS_CENTRE = {  # 冰雪运动中心 · 项目
    "项目名称": "2025年度群众冰雪运动推广项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "贺州市体育局",
    "实施单位": "贺州市冰雪运动中心",
    "项目资金": {"单位": "万元", "年初预算数": 86, "全年预算数": 86, "全年执行数": 84.30},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "冰雪运动培训", "年度指标值": "≥2000人次",
         "实际完成值": "2274人次"},
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "举办冰雪赛事", "年度指标值": "≥12场",
         "实际完成值": "14场"},
    ],
}

# the first batch's two venues add up to 706人次 — the very figure of the third batch's 市直场馆 row
LEDGER = """批次,活动日期,场馆,培训（人次）,赛事（场）
第一批,2025-01-12,八步区,410,2
第一批,2025-01-12,平桂区,296,1
第二批,2025-03-08,昭平县,380,2
第二批,2025-03-08,钟山县,355,2
第三批,2025-12-06,富川县,127,2
第三批,2025-12-06,市直场馆,706,5
合计,,,2274,14
"""


def _report() -> ReportInput:
    report = ReportInput.model_validate(SNOW_SPORTS_CENTRE)
    tsv = "\n".join(line.replace(",", "\t") for line in LEDGER.splitlines())
    return report.model_copy(update={"ledgers": [parse_ledger(tsv, "冰雪进社区台账.csv")]})


def test_an_unsupported_figure_of_a_ledger_sentence_leaves_out_that_figure_only():
    report = _report()
    sentence = ledger_sentences(report, 0)[0]
    assert sentence == "分批次看，第一批（1月12日）培训706人次、赛事3场，第二批（3月8日）735人次、4场，第三批（12月6日）833人次、7场。"
    text = "完成情况：" + sentence
    left = untraced_sentences(report, text, [SimpleNamespace(start=text.index("706人次"))])
    assert left and sentence not in left  # a piece of the sentence, not the sentence
    kept = ledger_sentences(report, 0, left)[0]
    # the column's noun moves to its first figure still written
    assert kept == "分批次看，第一批（1月12日）赛事3场，第二批（3月8日）培训735人次、4场，第三批（12月6日）833人次、7场。"
    # a figure outside every piece (the lead's date) still leaves the sentence out whole
    whole = untraced_sentences(report, text, [SimpleNamespace(start=text.index("1月12日"))])
    assert ledger_sentences(report, 0, whole)[:1] != [sentence] and sentence in whole
    assert untraced_sentences(report, text, []) == frozenset()


def test_a_group_left_without_figures_is_left_out_and_a_sentence_without_groups_too():
    report = _report()
    text = "完成情况：" + ledger_sentences(report, 0)[0]
    left = untraced_sentences(report, text, [SimpleNamespace(start=text.index("706人次")),
                                             SimpleNamespace(start=text.index("3场"))])
    kept = ledger_sentences(report, 0, left)[0]
    assert kept == "分批次看，第二批（3月8日）培训735人次、赛事4场，第三批（12月6日）833人次、7场。"
    assert "第一批" not in kept and "706" not in kept


def test_the_drafts_ledger_sentence_is_whole_when_the_check_places_every_group_sum(tmp_path: Path):
    # The checker places the first batch's 706人次 as that batch's sum although another row reads 706 (a group sum
    # the words name), so nothing is left out here; the pieces mechanism is pinned by the two tests above.
    folder = tmp_path / "snow"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(SNOW_SPORTS_CENTRE, allow_unicode=True), encoding="utf-8")
    (folder / "2025年冰雪进社区台账.csv").write_text(LEDGER, encoding="utf-8")
    result = draft(folder)
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
    goals = next(s for s in result.sections if s.name == "目标完成情况")
    text = "\n".join(p.text for p in goals.paragraphs)
    assert "分批次看，第一批（1月12日）培训706人次、赛事3场，第二批（3月8日）735人次、4场，第三批（12月6日）833人次、7场。" in text
