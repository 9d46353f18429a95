"""A leadership summary's 存在问题 line leads with a problem the leader has not read yet. When the report's first
problem only restates the budget figures 总体情况 already gives (预算完成率, 结余, 调增), and a later one says a target
was missed, the missed target comes first: before, the budget problems took the room and a summary of a report
whose main task fell short (9 sites of 12, late) said nothing of it. A report whose only problem is the budget
still says it. A county toponymy office's place-name signage project (地名办)."""

from __future__ import annotations

from drafter.chains.summarize import summarize

REPORT = """# 县地名办2025年度部门整体支出绩效自评报告

## 一、目标完成情况

2025年，县地名办年初预算96.40万元，调整预算118.60万元，较年初调增22.20万元，预算调整率为调增23.03%，全年实际支出104.35万元，预算完成率为87.98%，结余14.25万元。

全年设置乡村地名标志牌1860块，完成地名信息核查4200条，编印《县标准地名录》1500册。绩效指标完成情况：“设置乡村地名标志牌”目标≥1800块，实际完成1860块，达到目标；“新建地名文化展示点”目标≥8个，实际完成5个，未达到目标（完成目标的62.5%）；“地名信息核查条数”目标≥4000条，实际完成4200条，达到目标。

## 二、存在问题

（一）预算资金未全部执行。全年实际支出104.35万元，调整预算118.60万元，预算完成率为87.98%，14.25万元预算资金未形成支出。

（二）预算调整幅度较大。年初预算96.40万元，调整预算118.60万元，调增22.20万元，预算调整率为调增23.03%，年初预算编制的准确性有待提高。

（三）部分绩效指标未达到年度目标。“新建地名文化展示点”年度目标≥8个，实际完成5个，完成目标的62.5%，3个展示点因选址未定转入下年度。

## 三、改进措施

（一）细化分月用款计划，按月通报执行进度。

（二）提前开展展示点选址论证。
"""

ONLY_BUDGET = REPORT.replace("；“新建地名文化展示点”目标≥8个，实际完成5个，未达到目标（完成目标的62.5%）", "").split(
    "（三）部分绩效指标")[0]


def problems(tmp_path, text: str) -> str:
    path = tmp_path / "自评报告.md"
    path.write_text(text + "\n## 三、改进措施\n\n细化分月用款计划。\n" if "## 三" not in text else text,
                    encoding="utf-8")
    return "".join(next(s for s in summarize(path, chars=500).sections if s.name == "存在问题").items)


def test_a_missed_target_comes_before_problems_that_restate_the_budget(tmp_path):
    said = problems(tmp_path, REPORT)
    assert "新建地名文化展示点" in said and "5个" in said
    assert said.index("新建地名文化展示点") < (said.index("预算资金未全部执行") if "预算资金未全部执行" in said else len(said))


def test_a_report_whose_only_problem_is_the_budget_still_says_it(tmp_path):
    said = problems(tmp_path, ONLY_BUDGET)
    assert "预算资金未全部执行" in said


WITH_TASKS = REPORT.replace("（三）部分绩效指标未达到年度目标。", "（三）部分主要任务执行率偏低。“地名文化展示点建设”任务涉及金额"
                            "32.00万元，执行数21.40万元，执行率仅为66.88%，10.60万元未能执行。\n\n（四）部分绩效指标未达到年度目标。")


def test_a_missed_target_comes_before_a_task_whose_money_was_not_spent(tmp_path):
    # the unspent task money follows from the sites not built: the leader reads the target missed first
    said = problems(tmp_path, WITH_TASKS)
    assert "新建地名文化展示点" in said
    assert said.index("新建地名文化展示点") < (said.index("执行率仅为") if "执行率仅为" in said else len(said))
