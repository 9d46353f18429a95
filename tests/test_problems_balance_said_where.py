"""The budget problem quotes the unit's own account of why money was left unspent, and names where it was said: the
form's own text box (a 偏差说明 the import writes out under "# 来源：") is 自评表说明, a work log is 工作记录 — the
draft said "据工作记录" for a form with no work log at all. A winter-sports centre (冰雪运动中心)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems

CENTRE = """
    项目名称: 2025年度冰雪场馆运营项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 贺州市体育局
    实施单位: 贺州市冰雪运动中心
    项目资金: {单位: 万元, 全年预算数: 150.00, 全年执行数: 141.60}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 开放雪道, 年度指标值: ≥8条, 实际完成值: 8条}
"""

ACCOUNT = "造雪设备维保费结余8.40万元，主要是北区造雪管网拆除后未能复装，维保合同相应核减。"


def _budget_text(tmp_path, name, text):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, CENTRE, {name: text})
    return next(p.text for p in detect_problems(report, sheet) if p.kind is ProblemKind.budget_under_execution)


def test_an_account_from_the_forms_own_box_is_the_forms(tmp_path):
    text = _budget_text(tmp_path, "偏差说明.md", f"# 来源：自评表 偏差说明\n\n{ACCOUNT}\n")
    assert "据自评表说明，造雪设备维保费结余8.40万元" in text and "工作记录" not in text


def test_an_account_from_a_work_log_is_the_logs(tmp_path):
    text = _budget_text(tmp_path, "2025年工作记录.md", f"- 12月20日：{ACCOUNT}\n")
    assert "据工作记录，" in text


def test_a_balance_told_as_money_not_all_paid_is_the_account(tmp_path):
    # "未全部支付" says the money was left as much as 未支付 does: it is the account of the balance, quoted
    box = "# 来源：自评表 偏差说明\n\n造雪管网改造尾款因12月下旬才完成验收，未全部支付。\n"
    text = _budget_text(tmp_path, "偏差说明.md", box)
    assert "据自评表说明，造雪管网改造尾款因12月下旬才完成验收，未全部支付" in text
