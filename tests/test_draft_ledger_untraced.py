"""A ledger sentence whose sums the draft's own check cannot place is left out, never printed unconfirmed: the draft
states only figures its check traces. Whatever the checker reads of a ledger, the draft of a form with a ledger
beside it has no unsupported figure."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import yaml

from drafter.domain.ledger_story import untraced_sentences
from drafter.ledgers import parse_ledger
from drafter.pipeline import draft
from drafter.schema import ReportInput

TESTING_INSTITUTE = {  # 质量技术监督检测所 · 项目
    "项目名称": "2025年度食品相关产品质量监督抽检项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "汉中市市场监督管理局",
    "实施单位": "汉中市质量技术监督检测所",
    "项目资金": {"单位": "万元", "年初预算数": 60, "全年预算数": 60, "全年执行数": 59.10},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "监督抽检批次", "年度指标值": "≥600批次",
         "实际完成值": "642批次"},
    ],
}

# a header with a figure in it (含量≥2%): a column name a table reader may take for a row of figures
LEDGER = "\n".join(["批次\t抽检日期\t区县\t抽检（批次）\t含量≥2%（批次）",
                    "第一轮\t2025-04-15\t汉台区\t120\t3", "第一轮\t2025-04-15\t南郑区\t98\t1",
                    "第二轮\t2025-08-20\t城固县\t110\t2", "第二轮\t2025-08-20\t洋县\t104\t0",
                    "第三轮\t2025-11-10\t勉县\t96\t1", "第三轮\t2025-11-10\t西乡县\t114\t2",
                    "合计\t\t\t642\t9"]) + "\n"


def test_a_ledger_sentences_unsupported_figure_is_named_for_leaving_out():
    report = ReportInput.model_validate(TESTING_INSTITUTE)
    report = report.model_copy(update={"ledgers": [parse_ledger(LEDGER, "抽检台账.tsv")]})
    from drafter.domain.ledger_story import ledger_sentences

    sentences = ledger_sentences(report, 0)
    assert sentences and sentences[0].startswith("分批次看，第一轮（4月15日）抽检218批次")
    text = "完成情况：" + "".join(sentences)
    at = text.index("218批次")
    left = untraced_sentences(report, text, [SimpleNamespace(start=at)])
    # the figure is named for leaving out (not its whole sentence: the other batches' sums stay)
    assert len(left) == 1 and sentences[0] not in left
    assert ledger_sentences(report, 0, left)[0] == "分批次看，第二轮（8月20日）抽检214批次，第三轮（11月10日）210批次。"
    assert untraced_sentences(report, text, []) == frozenset()


def test_a_draft_with_a_ledger_beside_it_has_no_unsupported_figure(tmp_path: Path):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(TESTING_INSTITUTE, allow_unicode=True), encoding="utf-8")
    (folder / "抽检台账.tsv").write_text(LEDGER, encoding="utf-8")
    result = draft(folder)
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
    text = "\n".join(p.text for s in result.sections for p in s.paragraphs)
    assert "居各区县之首" not in text or "汉台区" in text  # a top group, when written, is the ledger's first
