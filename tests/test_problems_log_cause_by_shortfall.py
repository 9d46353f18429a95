"""A work-log line that tells what held a missed indicator back may name it in other words ("6场“自然课堂”研学取消" for
"开展自然教育活动" 34 of ≥40场): it still names that shortfall when it states the very count missing — the target less
the actual, in the indicator's unit — beside a word of what happened (取消, 暂停, 未…). Its account is then the
shortfall's cause, dated as the log dates it. A line with another count, or with the count but nothing that held the
work back, is no cause. A national park administration (国家公园管理局)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems

PARK = """
    项目名称: 2025年度国家公园自然教育项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 河池市林业局
    实施单位: 河池国家公园管理局
    项目资金: {单位: 万元, 全年预算数: 52.00, 全年执行数: 51.60}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 开展自然教育活动, 年度指标值: ≥40场, 实际完成值: 34场}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 培训志愿讲解员, 年度指标值: ≥60人, 实际完成值: 64人}
"""

LOG = """\
2025-03-18 召开全年自然教育工作部署会。
2025-08-12 景区道路抢修，南丹、天峨两处基地6场“自然课堂”研学取消。
2025-12-20 全年开展自然教育活动34场，培训志愿讲解员64人。
"""

OTHER_COUNT = LOG.replace("6场“自然课堂”研学取消", "3场“自然课堂”研学取消")
NOTHING_HELD_BACK = LOG.replace("景区道路抢修，南丹、天峨两处基地6场“自然课堂”研学取消", "南丹、天峨两处基地新增6场“自然课堂”研学")


def _missed(tmp_path, log):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, PARK, {"2025年工作日志.txt": log})
    return next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.indicator_below_target)


def test_a_log_line_stating_the_missing_count_is_the_shortfalls_cause(tmp_path):
    missed = _missed(tmp_path, LOG)
    assert [c.subject for c in missed.logged] == ["开展自然教育活动"]
    assert "6场“自然课堂”研学取消" in missed.logged[0].cause and "8月12日" in missed.text
    assert "据工作日志" in missed.text


def test_another_count_names_no_shortfall(tmp_path):
    assert not _missed(tmp_path, OTHER_COUNT).logged


def test_the_count_without_anything_held_back_is_no_cause(tmp_path):
    assert not _missed(tmp_path, NOTHING_HELD_BACK).logged
