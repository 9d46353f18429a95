"""`drafter draft FOLDER` on forms of units nobody has seen (tests/forms_draft: a form beside its work log; its
README and expected/ hold what each form says). Each test pins one behaviour a reviewer sends a report back for."""

from __future__ import annotations

import re
from decimal import Decimal
import shutil
from pathlib import Path

import pytest

from drafter.forms import import_form
from drafter.testing.cli import run_drafter

DEV = Path(__file__).parent / "forms_draft"


def _draft(tmp_path: Path, name: str, traced: bool = True) -> str:
    """The offline draft of a dev folder; `traced`: its every number borne out by the checker (exit 0)."""
    folder = tmp_path / name
    shutil.copytree(DEV / name, folder)
    result = run_drafter("draft", str(folder), "--engine", "offline", home=tmp_path)
    assert result.returncode in ((0,) if traced else (0, 1)) and result.stdout, result.stderr
    return result.stdout


def _section(draft: str, head: str) -> str:
    m = re.search(rf"^## {head}\n(.*?)(?=^## |\Z)", draft, re.S | re.M)
    return m.group(1) if m else ""


def test_a_form_pasted_as_text_with_columns_aligned_by_spaces_drafts_from_its_folder(tmp_path):
    """A Word table copied into a .txt (cells parted by runs of spaces, the block's label on its first row only)
    is the folder's form: drafted, its source lines and indicators read."""
    draft = _draft(tmp_path, "caoyuan")
    assert "全年执行数161.48万元" in draft
    assert "州级财政资金" in draft and "53.16万元" in draft
    assert "“防治区牧草产量增加”目标≥10%，实际完成8.1%" in draft


def test_a_space_aligned_paste_keeps_each_figure_under_its_own_column():
    data = import_form(DEV / "caoyuan" / "草原鼠害防治项目自评表.txt").input
    funds = data["项目资金"]
    assert (funds["全年预算数"], funds["全年执行数"], funds["执行率"]) == (173.40, 161.48, 93.13) or \
        [str(funds[k]) for k in ("全年预算数", "全年执行数", "执行率")] == ["173.40", "161.48", "93.13"]
    inds = {x["三级指标"]: x for x in data["绩效指标"]}
    assert inds["防治区植被盖度提高"]["年度指标值"] == "≥5个百分点"
    assert str(inds["防治区植被盖度提高"]["得分"]) == "7.2"
    assert inds["春季防治完成时间"]["实际完成值"] == "5月26日"


@pytest.mark.parametrize("form, names", [
    ("shimohua/石漠化综合治理自评表.docx", ["中央预算内投资", "县级配套资金"]),
    ("caoyuan/草原鼠害防治项目自评表.txt", ["中央财政资金", "州级财政资金"]),
    ("zhongshu/脱毒种薯推广自评表.md", ["中央财政衔接推进乡村振兴补助资金", "县级财政资金"]),
])
def test_a_funding_group_label_row_without_figures_keeps_the_source_lines_under_it(form, names):
    """"其中：按资金来源" / "按资金来源分" is a label over the source lines, not the end of the funds table."""
    lines = import_form(DEV / form).input["项目资金"]["其中"]
    assert [x["名称"] for x in lines if x.get("全年预算数")] == names


@pytest.mark.parametrize("name, stated, printed", [
    ("fanglei", "执行率（全年执行数÷全年预算数）为88.49%", "88.48%"),
    ("zhongshu", "执行率84.43%", "84.42%"),
    ("shimohua", "执行率89.31%", "89.30%"),
])
def test_the_draft_restates_the_rate_the_form_states(tmp_path, name, stated, printed):
    """Forms compute a rate from 元: 22.37 ÷ 26.50 prints 84.42%, the form states 84.43%. The draft writes the
    form's figure (the table and the narrative must agree), never its own."""
    draft = _draft(tmp_path, name)
    assert stated in draft
    assert printed not in draft


def test_a_plan_the_log_records_as_deployed_is_not_given_as_done(tmp_path):
    done = _section(_draft(tmp_path, "zhongshu", traced=False), "目标完成情况")
    assert "部署2万亩推广任务" not in done
    assert "4月12日，种薯全部发放到户" in done


def test_a_two_column_goal_table_gives_the_goal_not_its_header(tmp_path):
    assert import_form(DEV / "zhongshu" / "脱毒种薯推广自评表.md").input["年度总体目标"] == [
        "推广脱毒种薯2万亩，建设种薯繁育基地3个，带动脱贫户500户以上，推广区亩均增产15%以上。"]


def test_source_lines_each_rounded_from_yuan_are_no_mismatch_with_their_total(tmp_path):
    """78.66 + 22.37 = 101.03 beside a total of 101.04: each line is rounded from 元 (786,628 + 223,746 =
    1,010,374 元); within half a cent per line the form is right and there is nothing to correct."""
    result = import_form(DEV / "zhongshu" / "脱毒种薯推广自评表.md")
    assert not any("不一致" in w.message for w in result.warnings)
    assert "合计行与其中各行不一致" not in _section(_draft(tmp_path, "zhongshu", traced=False), "存在问题")


def test_a_drought_cause_is_answered_by_work_against_drought_not_by_a_timetable(tmp_path):
    """"7—8月持续干旱…减产" is not met by "根据季节和天气合理安排工作时间": the measure must act on the cause."""
    measures = _section(_draft(tmp_path, "zhongshu", traced=False), "改进措施")
    said = [s for s in re.split(r"(?<=[。；])", measures) if "推广区亩均增产" in s]
    assert not any("合理安排工作时间" in s for s in said)
    assert any(re.search(r"抗旱|耐旱|灌溉|节水|覆膜|保墒|集雨", s) for s in said)
    assert "合理安排工作时间" not in measures


def test_a_log_hardship_already_given_as_an_indicators_cause_is_no_second_problem(tmp_path):
    problems = _section(_draft(tmp_path, "zhongshu", traced=False), "存在问题")
    assert problems.count("干旱") + problems.count("降雨") == 1
    assert "工作中反映" not in problems


def test_a_markdown_form_without_outer_pipes_is_the_folders_form(tmp_path):
    """GitHub-flavoured Markdown lets a table leave out its outer pipes ('项目名称 | …' over '---|---'); a row that
    opens with a pipe then has an empty first cell (the merged 一级指标 left blank)."""
    folder = tmp_path / "种薯"
    folder.mkdir()
    lines = (DEV / "zhongshu" / "脱毒种薯推广自评表.md").read_text(encoding="utf-8").splitlines()
    bare = [re.sub(r" \|$", "", re.sub(r"^\| ", "", ln)) for ln in lines]
    (folder / "自评表.md").write_text("\n".join(bare) + "\n", encoding="utf-8")
    shutil.copy(DEV / "zhongshu" / "工作日志.md", folder / "工作日志.md")
    data = import_form(folder / "自评表.md").input
    assert [x["名称"] for x in data["项目资金"]["其中"]] == ["中央财政衔接推进乡村振兴补助资金", "县级财政资金"]
    inds = {x["三级指标"]: x for x in data["绩效指标"]}
    assert inds["建设种薯繁育基地"]["年度指标值"] == "3个" and str(inds["建设种薯繁育基地"]["得分"]) == "10"
    result = run_drafter("draft", str(folder), "--engine", "offline", home=tmp_path)
    assert "全年执行数101.04万元" in result.stdout, result.stderr


def test_a_funding_lines_remark_is_given_though_the_form_has_no_opening_budget(tmp_path):
    """A 备注 beside a line (追加6.50万元用于质量检测) is the form's account of that money: the draft gives it even
    where the form prints no 年初预算数 to show the change."""
    folder = tmp_path / "检测"
    folder.mkdir()
    (folder / "input.yaml").write_text("""\
项目名称: 2025年饲料质量安全监督抽检经费
被评价年度: 2025
实施单位: 巍山县畜牧水产技术推广站
项目资金:
  单位: 万元
  全年预算数: 36.50
  全年执行数: 35.20
  其中:
    - {名称: 中央财政资金, 全年预算数: 30.00, 全年执行数: 28.90}
    - {名称: 县级财政资金, 全年预算数: 6.50, 全年执行数: 6.30, 备注: 追加6.50万元用于质量检测}
年度总体目标:
  - 抽检饲料样品120批次。
绩效指标:
  - {三级指标: 饲料抽检批次, 年度指标值: ≥120批次, 实际完成值: 126批次, 分值: 50, 得分: 50}
""", encoding="utf-8")
    result = run_drafter("draft", str(folder), "--engine", "offline", home=tmp_path)
    assert "追加6.50万元用于质量检测" in _section(result.stdout, "目标完成情况"), result.stderr


def test_the_draft_restates_the_balance_the_form_states():
    """结余 5.61 beside 48.60 − 43.00 = 5.60: the form subtracts the 元 (486,040 − 429,950 = 56,090 元); the draft
    writes the form's balance and rate (88.46%, where the printed amounts give 88.48%), not its own."""
    from drafter.facts import build_facts
    from drafter.schema import ReportInput

    report = ReportInput.model_validate({
        "项目名称": "2025年防雷安全监管与检测经费", "被评价年度": 2025, "实施单位": "沁源县防雷减灾中心",
        "项目资金": {"单位": "万元", "全年预算数": "48.60", "全年执行数": "43.00", "结余": "5.61", "执行率": "88.46",
                     "其中": [{"名称": "财政拨款", "全年预算数": "48.60", "全年执行数": "43.00", "结余": "5.61",
                               "执行率": "88.46"},
                              {"名称": "其他资金", "全年预算数": "0", "全年执行数": "0"}]},
        "年度总体目标": ["检测防雷装置350家。"],
    })
    sheet = build_facts(report)
    assert sheet.get("derived.balance").text == "5.61万元"
    assert sheet.get("derived.completion_rate").text == "88.46%"
    assert sheet.get("derived.budget.lines[0].unspent").text == "5.61万元"
    # a stated figure the printed amounts cannot give is the form's error, not restated
    wrong = report.model_copy(update={"budget": report.budget.model_copy(update={"stated_balance": Decimal("6.60")})})
    assert build_facts(wrong).get("derived.balance").text == "5.60万元"


def test_a_zero_row_under_the_total_leaves_the_others_rounding_allowed(tmp_path):
    """108.33 + 53.16 = 161.49 beside 161.48, with 其他资金 0 under them: the 0 was never rounded, the other rows
    were (1,083,260 + 531,562 = 1,614,822 元) — no mismatch to report."""
    from drafter.schema import sums_to

    assert sums_to(Decimal("161.48"), [Decimal("108.33"), Decimal("53.16"), Decimal("0")])
    assert not sums_to(Decimal("161.48"), [Decimal("108.33"), Decimal("53.26"), Decimal("0")])
    assert not sums_to(Decimal("0"), [Decimal("108.33")])
    assert "合计行与其中各行不一致" not in _section(_draft(tmp_path, "caoyuan"), "存在问题")


def test_a_task_handed_down_is_a_plan_but_one_done_is_a_result():
    """部署 / 下达 a task with its size is what was to be done; 完成 the task handed down is what was done."""
    from drafter.domain.logs import is_result

    assert not is_result("召开全州春季草原鼠害防治工作会议，部署全年防治任务30万亩。", 2025)
    assert not is_result("县林业局下达2025年造林任务1.2万亩。", 2025)
    assert is_result("全面完成省林草局下达的30万亩鼠害防治任务。", 2025)
