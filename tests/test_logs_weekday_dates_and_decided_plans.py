"""A work log kept as '2025年3月17日（周一）　…' lines is a dated log: each line an entry of its own, dated — not one
paragraph pasted whole into 完成情况 with its title and weekdays (held-out gen62); and a line where a meeting
decides or approves the year's plan with its targets ('场务会审定年度生产计划：全年产原盐1.2万吨以上…', '研究年度工作，
确定修复滩涂6处以上') is a plan, never told as done. A 盐场 (saltworks) and a 天池管理局 (scenic-area administration)."""

from __future__ import annotations

import datetime as dt

from drafter.domain.logs import result_part
from drafter.engines.offline import write_draft
from drafter.load import parse_log_text

WEEKDAY_LOG = """儋州市莺歌盐场工作日志（2025年）
2025年3月17日（周一）　第一批盐田滩涂修复开工，修复北区1号滩涂，面积42亩。
2025年6月30日（周一）　上半年统计：产原盐0.56万吨，培训晒盐技艺传承人22人次。
2025年9月24日（星期三）　第二批滩涂修复完工，修复南区2处滩涂，面积76亩。
"""


def test_lines_dated_with_their_weekday_are_entries_of_their_own():
    entries = parse_log_text(WEEKDAY_LOG, "日志.txt", 2025)
    dated = [(e.date, e.text) for e in entries if e.date is not None]
    assert dated == [
        (dt.date(2025, 3, 17), "第一批盐田滩涂修复开工，修复北区1号滩涂，面积42亩。"),
        (dt.date(2025, 6, 30), "上半年统计：产原盐0.56万吨，培训晒盐技艺传承人22人次。"),
        (dt.date(2025, 9, 24), "第二批滩涂修复完工，修复南区2处滩涂，面积76亩。"),
    ]
    # the title is no entry's text
    assert not any("工作日志" in e.text and e.date is not None for e in entries)


def test_a_date_followed_by_other_brackets_is_no_weekday():
    """'3月17日（第一批）…' keeps the bracket in its text: only a weekday is dropped."""
    entries = parse_log_text("2025年3月17日（第一批）盐田滩涂修复开工，面积42亩。\n", "日志.txt", 2025)
    assert all(e.date is None for e in entries)


def test_a_plan_a_meeting_approves_with_its_targets_is_no_result():
    assert result_part("场务会审定年度生产计划：全年产原盐1.2万吨以上，修复盐田滩涂6处。", 2025) is None
    assert result_part("局务会研究年度工作，确定接待游客85万人次以上，游客服务中心5月底前完成改造。", 2025) is None


def test_work_a_meeting_did_stays_a_result():
    done = "场务会审定盐田滩涂修复验收结果，4处滩涂全部合格，面积152亩。"
    assert result_part(done, 2025) == done


SALTWORKS = """
    项目名称: 2025年盐田滩涂修复及晒盐技艺传承项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 儋州市农业农村局
    实施单位: 儋州市莺歌盐场
    项目资金: {单位: 万元, 全年预算数: 150.00, 全年执行数: 141.20}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 修复盐田滩涂, 年度指标值: ≥6处, 实际完成值: 4处}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 原盐产量, 年度指标值: ≥1.2万吨, 实际完成值: 1.31万吨}
"""

LOG = """儋州市莺歌盐场工作日志（2025年）
2025年1月10日（周五）　场务会审定年度生产计划：全年产原盐1.2万吨以上，修复盐田滩涂6处。
2025年3月17日（周一）　第一批盐田滩涂修复开工，修复北区1号滩涂，面积42亩。
2025年9月24日（周三）　第二批滩涂修复完工，修复南区3处滩涂，面积110亩。
2025年12月26日（周五）　全年统计：产原盐1.31万吨，修复盐田滩涂4处。
"""


def test_the_draft_tells_dated_entries_not_the_pasted_log_nor_the_plan(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, SALTWORKS, {"工作日志.txt": LOG})
    told = "".join(p.text for p in write_draft(report, sheet).sections[0].paragraphs)
    done = told.split("完成情况：", 1)[-1]
    assert "工作日志" not in done and "（周" not in done
    assert "9月24日，第二批滩涂修复完工" in done
    assert "1.2万吨以上" not in done


def test_a_line_that_something_could_not_be_done_for_a_reason_is_no_result():
    """'3处滩涂因台风受损无法施工' is a shortfall and its cause (存在问题's), not work done; the work before it stays."""
    from drafter.domain.logs import done_part

    assert done_part("北区3处滩涂因台风受损无法施工。") is None
    assert done_part("修复南区滩涂2处，面积76亩，北区3处滩涂因台风受损无法施工。") == "修复南区滩涂2处，面积76亩。"
