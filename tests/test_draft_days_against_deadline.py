"""A time target met is stated with its margin, as a reviewer reads the row: "11月底前" met on 11月18日 is
"提前12天"; "9月30日前" met on 10月12日 is "推迟12天完成"; "≤5个工作日" met in 2个工作日 is "比5个工作日的时限少3个工作日".
The margin is computed from the form's two dates (or figures), never invented: a deadline named by an occasion
(春节前) or an actual written in words gets none. The draft's own check traces each margin."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.pipeline import draft

FREE_TRADE_ZONE = {  # 保税区管理委员会 · 项目: two dated targets (one met early, one late) and a time limit
    "项目名称": "2025年度综合保税区智慧监管平台建设运维项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "临沂市商务局",
    "实施单位": "临沂综合保税区管理委员会",
    "项目资金": {"单位": "万元", "年初预算数": 180, "全年预算数": 180, "全年执行数": 176.40},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "时效指标", "三级指标": "跨境电商监管仓建成时间", "年度指标值": "11月底前",
         "实际完成值": "11月18日"},
        {"一级指标": "产出指标", "二级指标": "时效指标", "三级指标": "卡口查验系统上线时间", "年度指标值": "9月30日前",
         "实际完成值": "10月12日"},
        {"一级指标": "产出指标", "二级指标": "时效指标", "三级指标": "企业备案办结时限", "年度指标值": "≤5个工作日",
         "实际完成值": "2个工作日"},
        {"一级指标": "产出指标", "二级指标": "时效指标", "三级指标": "入区货物申报放行时间", "年度指标值": "春节前",
         "实际完成值": "1月20日"},
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "新增入区企业", "年度指标值": "≥30家",
         "实际完成值": "36家"},
    ],
}


def _draft(tmp_path: Path, data: dict) -> tuple[str, object]:
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = draft(folder)
    return "\n".join(p.text for s in result.sections for p in s.paragraphs), result


def test_a_deadline_met_early_is_stated_with_the_days_to_spare(tmp_path: Path):
    text, result = _draft(tmp_path, FREE_TRADE_ZONE)
    assert "“跨境电商监管仓建成时间”目标为“11月底前”，实际“11月18日”完成，达到目标，提前12天" in text
    assert not [m for m in result.check.mentions if m.status == "unsupported"]


def test_a_deadline_missed_is_stated_with_the_days_it_ran_over(tmp_path: Path):
    text, _ = _draft(tmp_path, FREE_TRADE_ZONE)
    assert "实际“10月12日”完成，未达到目标，推迟12天" in text
    assert "实际10月12日完成，未按期完成，推迟12天" in text


def test_a_time_limit_met_is_stated_with_the_time_saved(tmp_path: Path):
    text, result = _draft(tmp_path, FREE_TRADE_ZONE)
    assert "“企业备案办结时限”目标≤5个工作日，实际为2个工作日，达到目标，比5个工作日的时限少3个工作日" in text
    assert not [m for m in result.check.mentions if m.status == "unsupported"]


def test_a_deadline_named_by_an_occasion_and_a_count_get_no_margin(tmp_path: Path):
    text, _ = _draft(tmp_path, FREE_TRADE_ZONE)
    phrase = next(s for s in text.split("；") if "入区货物申报放行时间" in s)
    assert "提前" not in phrase and "推迟" not in phrase
    count = next(s for s in text.split("；") if "新增入区企业" in s)
    assert "缩短" not in count and "提前" not in count


def test_a_margin_the_drafts_check_cannot_place_is_left_out():
    # the engine's own derived phrases (a ledger's group sentence, a time margin) are written only where its check
    # traces them: a margin holding an unsupported mention is named for leaving out
    from types import SimpleNamespace

    from drafter.domain.ledger_story import untraced_sentences
    from drafter.facts import build_facts
    from drafter.schema import ReportInput

    report = ReportInput.model_validate(FREE_TRADE_ZONE)
    sheet = build_facts(report)
    text = "“企业备案办结时限”目标≤5个工作日，实际为2个工作日，达到目标，比5个工作日的时限少3个工作日。"
    at = text.index("3个工作日")
    assert untraced_sentences(report, text, [SimpleNamespace(start=at)], sheet) == frozenset({"，比5个工作日的时限少3个工作日"})
    assert untraced_sentences(report, text, [SimpleNamespace(start=text.index("2个工作日"))], sheet) == frozenset()
