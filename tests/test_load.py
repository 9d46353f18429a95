"""Loader and input schema: the shipped examples load exactly, the form's Chinese labels and English names
both work, and every bad input becomes one InputError line that names the file and the field or line."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load import load_input, parse_log_text
from drafter.schema import Comparison, FormKind, ReportInput

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# A small input in the form's own words, altered below to make each bad case.
MINI = """\
部门名称: 广州市天河区应急管理局
被评价年度: 2022
部门资金情况:
  单位: 万元
  年初预算: 4124.28
  调整预算: 3475.09
  实际支出: 3229.91
  其中:
    - 名称: 一般公共预算
      实际支出: 3229.91
主要任务:
  - 编号: 任务1
    任务: 加强三防能力建设
    预期目标: 确保在灾害发生时能够迅速启动应急响应，实现“零伤亡、少损失”目标。
    关键指标:
      - 指标: 人员伤亡数
        目标值: ≤0
        实际值: 0
      - 指标: 全区执法检查各类生产经营单位
        实际值: 1.29万家次
    任务涉及金额: 59.12
重点项目:
  - 项目名称: 天河区森林防火经费项目
    全年预算数: 56.70
    执行数: 40.27
"""

MINI_ENGLISH = """\
unit: 广州市天河区应急管理局
year: 2022
budget:
  unit: 万元
  initial: 4124.28
  adjusted: 3475.09
  actual: 3229.91
  lines:
    - name: 一般公共预算
      actual: 3229.91
tasks:
  - id: 任务1
    name: 加强三防能力建设
    goal: 确保在灾害发生时能够迅速启动应急响应，实现“零伤亡、少损失”目标。
    indicators:
      - name: 人员伤亡数
        target: ≤0
        actual: 0
      - name: 全区执法检查各类生产经营单位
        actual: 1.29万家次
    amount: 59.12
key_projects:
  - name: 天河区森林防火经费项目
    budget: 56.70
    actual: 40.27
"""


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def load_error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        load_input(path)
    message = str(info.value)
    assert "\n" not in message, "an input error is one line"
    return message


def indicator_count(report: ReportInput) -> int:
    return sum(len(t.indicators) for t in report.tasks)


def percent(numerator: Decimal, denominator: Decimal) -> Decimal:
    return (numerator / denominator * 100).quantize(Decimal("0.01"))


# --- the shipped examples ---------------------------------------------------------------------------------


def test_tianhe_example_holds_the_whole_seed_form():
    report = load_input(EXAMPLES / "tianhe-2022")
    assert report.unit == "广州市天河区应急管理局"
    assert report.year == 2022 and report.form is FormKind.department
    assert len(report.goals) == 6
    assert [t.id for t in report.tasks] == [f"任务{i}" for i in range(1, 7)]
    assert [t.amount for t in report.tasks] == [
        Decimal("59.12"), Decimal("39.66"), Decimal("5.72"), Decimal("6.94"), Decimal("9.09"), Decimal("40.27")
    ]
    assert indicator_count(report) == 19
    assert [(p.name, p.budget, p.actual) for p in report.key_projects] == [
        ("三防办工作经费项目", Decimal("59.12"), Decimal("59.12")),
        ("天河区森林防火经费项目", Decimal("56.70"), Decimal("40.27")),
    ]
    assert len(report.stated_problems) == 2


def test_tianhe_budget_figures_are_exact_decimals_with_the_ocr_splits_repaired():
    budget = load_input(EXAMPLES / "tianhe-2022").budget
    assert budget.unit == "万元"
    assert budget.initial == Decimal("4124.28")
    assert budget.adjusted == Decimal("3475.09")
    assert budget.actual == Decimal("3229.91")
    assert str(budget.adjusted) == "3475.09", "a YAML float is read from its text, never through float"
    assert [(line.name, line.actual) for line in budget.lines] == [("一般公共预算", Decimal("3229.91"))]
    assert budget.stated_completion_rate == percent(budget.actual, budget.adjusted) == Decimal("92.94")
    assert budget.stated_adjustment_rate == abs(percent(budget.adjusted - budget.initial, budget.initial))


def test_tianhe_indicators_keep_the_table_values_units_and_words():
    report = load_input(EXAMPLES / "tianhe-2022")
    by_name = {i.name: i for t in report.tasks for i in t.indicators}
    inspections = by_name["全区执法检查各类生产经营单位"]
    assert (inspections.actual, inspections.unit) == (Decimal("1.29"), "万家次")
    assert (by_name["实施安全生产经济处罚"].actual, by_name["实施安全生产经济处罚"].unit) == (Decimal("552"), "万元")
    casualties = by_name["人员伤亡数"]
    assert (casualties.comparison, casualties.target, casualties.actual) == (Comparison.le, Decimal("0"), Decimal("0"))
    worded = by_name["加大查处危险化学品力度，严厉打击危险化学品领域安全生产非法违法行为"]
    assert worded.actual is None and worded.actual_text == "深化危险化学品安全监管"
    assert sum(1 for i in by_name.values() if i.actual_text) == 4
    assert sum(1 for i in by_name.values() if i.target is not None) == 4


def test_tianhe_work_logs_are_dated_traceable_and_keep_the_seeds_own_inconsistencies():
    report = load_input(EXAMPLES / "tianhe-2022")
    logs = report.logs
    assert len(logs) == 78
    assert len({Path(log.source).name for log in logs}) == 19
    assert all(log.date is not None and log.date.year == 2022 for log in logs)
    assert all(log.line > 0 and Path(log.source).is_file() for log in logs)
    assert all(report.task_by_ref(log.task) is not None for log in logs if log.task)
    assert any(log.task is None for log in logs), "some entries are left for keyword matching"
    text = "".join(log.text for log in logs)
    for figure in ("共启动三防应急响应62次", "共启动应急响应61次", "制止37起", "制止40起", "1.29万家次", "15799.5公里"):
        assert figure in text


def test_project_form_example_reads_the_ministry_template():
    report = load_input(EXAMPLES / "jiangwan-library-2023")
    assert report.form is FormKind.project
    assert (report.department, report.implementer) == ("江湾区文化广电旅游体育局", "江湾区图书馆")
    assert (len(report.tasks), indicator_count(report), len(report.logs)) == (3, 10, 15)
    budget = report.budget
    assert (budget.initial, budget.full_year, budget.actual) == (
        Decimal("120.00"), Decimal("126.50"), Decimal("121.86"))
    assert sum(line.adjusted for line in budget.lines) == budget.adjusted
    assert sum(line.actual for line in budget.lines) == budget.actual
    assert budget.stated_completion_rate == percent(budget.actual, budget.adjusted)
    assert budget.score == (budget.score_weight * budget.actual / budget.adjusted).quantize(Decimal("0.01"))
    by_name = {i.name: i for t in report.tasks for i in t.indicators}
    assert by_name["全民阅读氛围"].actual_text == "效果明显"
    assert by_name["阅读推广活动参与人次"].actual >= by_name["阅读推广活动参与人次"].target * Decimal("1.5")
    error_rate = by_name["图书加工上架差错率"]
    assert (error_rate.comparison, error_rate.target, error_rate.unit) == (Comparison.le, Decimal("0.5"), "%")
    assert error_rate.level1 == "产出指标" and error_rate.level2 == "质量指标"
    assert sum(i.score_weight for i in by_name.values()) + budget.score_weight == 100


def test_low_execution_example_has_a_deep_cut_and_two_missed_indicators():
    report = load_input(EXAMPLES / "shiqiao-town-2023")
    budget = report.budget
    assert (len(report.tasks), indicator_count(report), len(report.logs)) == (4, 8, 19)
    assert budget.stated_completion_rate == percent(budget.actual, budget.adjusted) == Decimal("65.07")
    assert percent(budget.adjusted - budget.initial, budget.initial) == Decimal("-14.20")
    for field in ("initial", "adjusted", "actual"):
        assert sum(getattr(line, field) for line in budget.lines) == getattr(budget, field)
    missed = [
        i.name for t in report.tasks for i in t.indicators
        if i.target is not None and i.actual is not None and i.comparison is Comparison.ge and i.actual < i.target
    ]
    assert missed == ["完成自然村生活污水治理", "完成村道硬化里程"]
    assert [percent(p.actual, p.budget) for p in report.key_projects] == [Decimal("51.68"), Decimal("51.56")]
    text = "".join(log.text for log in report.logs)
    assert all(word in text for word in ("未能", "滞后", "不足", "困难"))


# --- labels, formats and log files ------------------------------------------------------------------------


def test_chinese_labels_and_english_names_give_the_same_input(tmp_path):
    chinese = load_input(write(tmp_path, "zh.yaml", MINI))
    english = load_input(write(tmp_path, "en.yaml", MINI_ENGLISH))
    assert chinese.model_dump(exclude={"source_path"}) == english.model_dump(exclude={"source_path"})
    indicator = chinese.tasks[0].indicators[1]
    assert (indicator.actual, indicator.unit) == (Decimal("1.29"), "万家次")


def test_json_input_keeps_decimals_exact(tmp_path):
    data = {"部门名称": "广州市天河区应急管理局", "被评价年度": "2022年",
            "部门资金情况": {"年初预算": 4124.28, "调整预算": "3,475.09", "实际支出": "3229.91万元"}}
    report = load_input(write(tmp_path, "input.json", json.dumps(data, ensure_ascii=False)))
    assert report.year == 2022
    assert (report.budget.initial, report.budget.adjusted, report.budget.actual) == (
        Decimal("4124.28"), Decimal("3475.09"), Decimal("3229.91"))


def test_log_file_entries_take_date_task_and_line_from_headings():
    text = (
        "# 2022年6月 三防工作\n任务: 任务1\n\n"
        "## 2022-06-22\n北江流域发生较大洪水，启动北江大堤防汛III级应急响应。\n\n"
        "6月共启动应急响应21次，\n截至6月底今年累计启动38次。\n\n"
        "## 6月30日 [任务2]\n截至6月底开展应急演练398场。\n"
    )
    entries = parse_log_text(text, "2022-06-三防.md", 2022)
    assert [(e.date, e.task, e.line) for e in entries] == [
        (dt.date(2022, 6, 22), "任务1", 5), (dt.date(2022, 6, 22), "任务1", 7), (dt.date(2022, 6, 30), "任务2", 11)]
    assert entries[1].text == "6月共启动应急响应21次，截至6月底今年累计启动38次。"


def test_a_gbk_encoded_log_from_chinese_windows_is_decoded(tmp_path):
    write(tmp_path, "input.yaml", MINI)
    write(tmp_path, "worklogs/2022-04-三防.txt", "## 2022-04-20 [任务1]\n区领导带队组成24个检查组开展督导检查。\n", "gbk")
    report = load_input(tmp_path)
    assert [(log.text, log.task) for log in report.logs] == [("区领导带队组成24个检查组开展督导检查。", "任务1")]


# --- bad inputs: one line naming the file and the field or line ------------------------------------------


def test_malformed_yaml_names_the_file_and_line(tmp_path):
    path = write(tmp_path, "input.yaml", MINI.replace("  调整预算: 3475.09", "  调整预算: [3475.09"))
    message = load_error(path)
    assert str(path) in message and "YAML" in message and "第" in message and "行" in message


def test_malformed_json_names_the_file_and_line(tmp_path):
    path = write(tmp_path, "input.json", '{"部门名称": "天河区应急管理局",\n "被评价年度": 2022,\n "部门资金情况": {,}}')
    message = load_error(path)
    assert str(path) in message and "JSON" in message and "[第3行]" in message


def test_missing_required_field_names_it_with_its_chinese_labels(tmp_path):
    path = write(tmp_path, "input.yaml", MINI.replace("部门名称: 广州市天河区应急管理局\n", ""))
    message = load_error(path)
    assert str(path) in message and "[unit]" in message and "缺少必填字段" in message and "部门名称" in message


def test_missing_indicator_name_points_into_the_task_list(tmp_path):
    path = write(tmp_path, "input.yaml", MINI.replace("      - 指标: 人员伤亡数\n        目标值", "      - 目标值"))
    message = load_error(path)
    assert "[主要任务[0].关键指标[0].name]" in message and "指标名称" in message


def test_wrong_type_names_the_field(tmp_path):
    path = write(tmp_path, "input.yaml", MINI.replace("被评价年度: 2022", "被评价年度: 二〇二二"))
    message = load_error(path)
    assert str(path) in message and "[被评价年度]" in message and "应为整数" in message


def test_a_year_out_of_range_is_not_called_negative(tmp_path):
    message = load_error(write(tmp_path, "input.yaml", MINI.replace("被评价年度: 2022", "被评价年度: 1922")))
    assert "[被评价年度]" in message and "1990" in message and "负数" not in message


def test_text_where_a_number_belongs_names_the_field(tmp_path):
    message = load_error(write(tmp_path, "input.yaml", MINI.replace("任务涉及金额: 59.12", "任务涉及金额: 五十九万")))
    assert "[主要任务[0].任务涉及金额]" in message and "“五十九万”不是金额" in message


def test_a_yaml_infinity_is_refused_without_a_traceback(tmp_path):
    message = load_error(write(tmp_path, "input.yaml", MINI.replace("年初预算: 4124.28", "年初预算: .inf")))
    assert "[部门资金情况.年初预算]" in message and "不是金额" in message


def test_negative_amount_is_refused(tmp_path):
    path = write(tmp_path, "input.yaml", MINI.replace("调整预算: 3475.09", "调整预算: -3475.09"))
    message = load_error(path)
    assert str(path) in message and "[部门资金情况.调整预算]" in message and "不能为负数" in message


def test_spending_without_any_budget_is_refused(tmp_path):
    text = MINI.replace("  年初预算: 4124.28\n  调整预算: 3475.09\n", "")
    message = load_error(write(tmp_path, "input.yaml", text))
    assert "[部门资金情况]" in message and "没有年初预算或调整预算" in message


def test_key_project_execution_without_its_budget_is_refused(tmp_path):
    message = load_error(write(tmp_path, "input.yaml", MINI.replace("    全年预算数: 56.70\n", "")))
    assert "[重点项目[0]]" in message and "没有全年预算数" in message


def test_unknown_field_from_a_typo_is_named(tmp_path):
    path = write(tmp_path, "input.yaml", MINI.replace("  调整预算: 3475.09", "  调整预箅: 3475.09"))
    message = load_error(path)
    assert str(path) in message and "[部门资金情况.调整预箅]" in message and "无法识别的字段" in message


def test_a_worded_target_is_kept_as_written_not_as_a_number(tmp_path):
    report = load_input(write(tmp_path, "input.yaml", MINI.replace("目标值: ≤0", "目标值: 零伤亡")))
    indicator = report.tasks[0].indicators[0]
    assert indicator.target is None and indicator.target_text == "零伤亡"


def test_log_that_is_neither_utf8_nor_gb18030_names_the_file(tmp_path):
    write(tmp_path, "input.yaml", MINI)
    bad = tmp_path / "worklogs" / "2022-07-台风.md"
    bad.parent.mkdir()
    bad.write_bytes("## 2022-07-02\n".encode() + b"\xff\xfe\xff broken export\n")
    message = load_error(tmp_path)
    assert str(bad) in message and "UTF-8" in message


def test_log_heading_with_an_impossible_date_names_the_line(tmp_path):
    write(tmp_path, "input.yaml", MINI)
    log = write(tmp_path, "worklogs/2022-02-森林防火.md", "# 森林防火\n\n## 2022-02-30\n春节期间严防死守。\n")
    message = load_error(tmp_path)
    assert str(log) in message and "[第3行]" in message and "日期无效" in message


def test_log_tagged_with_a_task_the_input_lacks_names_the_line(tmp_path):
    write(tmp_path, "input.yaml", MINI)
    log = write(tmp_path, "worklogs/2022-09-演练.md", "## 2022-09-21 [任务9]\n举办危险化学品事故应急救援演练。\n")
    message = load_error(tmp_path)
    assert str(log) in message and "[第2行]" in message and "任务9" in message


def test_empty_input_file_is_refused(tmp_path):
    path = write(tmp_path, "input.yaml", "  \n\n")
    message = load_error(path)
    assert str(path) in message and "文件为空" in message


def test_input_without_a_mapping_at_top_level_is_refused(tmp_path):
    path = write(tmp_path, "input.yaml", "- 部门名称: 天河区应急管理局\n")
    assert "顶层应为字段表" in load_error(path)


def test_folder_without_input_yaml_is_refused(tmp_path):
    write(tmp_path, "worklogs/2022-03-执法检查.md", "## 2022-03-31\n一季度执法检查0.28万家次。\n")
    message = load_error(tmp_path)
    assert str(tmp_path) in message and "input.yaml" in message


def test_input_of_another_file_type_is_refused(tmp_path):
    path = write(tmp_path, "自评表.txt", MINI)
    assert str(path) in load_error(path)


def test_an_amount_written_in_another_money_unit_is_converted_to_the_forms_unit(tmp_path):
    text = MINI.replace("调整预算: 3475.09", "调整预算: 34750900元").replace("全年预算数: 56.70", '全年预算数: "0.00567亿元"')
    report = load_input(write(tmp_path, "input.yaml", text))
    assert report.budget.adjusted == Decimal("3475.09")
    assert report.key_projects[0].budget == Decimal("56.7")


def test_a_percentage_where_an_amount_belongs_is_refused(tmp_path):
    message = load_error(write(tmp_path, "input.yaml", MINI.replace("实际支出: 3229.91\n  其中", '实际支出: "92.94%"\n  其中')))
    assert "[部门资金情况.实际支出]" in message and "不是金额" in message


def test_a_key_written_twice_is_refused_with_its_line(tmp_path):
    message = load_error(write(tmp_path, "input.yaml", MINI.replace("  实际支出: 3229.91\n  其中", "  实际支出: 3229.91\n  实际支出: 1\n  其中")))
    assert "[第8行]" in message and "重复" in message


def test_full_width_digits_and_a_year_written_with_niandu_are_read(tmp_path):
    text = MINI.replace("被评价年度: 2022", "被评价年度: 2022年度").replace("年初预算: 4124.28", '年初预算: "４１２４．２８"')
    report = load_input(write(tmp_path, "input.yaml", text))
    assert report.year == 2022 and report.budget.initial == Decimal("4124.28")


def test_a_full_width_colon_is_named_in_the_yaml_error(tmp_path):
    message = load_error(write(tmp_path, "input.yaml", MINI.replace("年初预算: 4124.28", "年初预算：4124.28")))
    assert "全角冒号" in message and "第5行" in message


def test_words_lock_files_in_the_log_folder_are_skipped(tmp_path):
    write(tmp_path, "input.yaml", MINI)
    write(tmp_path, "worklogs/~$2022-07-台风.docx", "not a document")
    write(tmp_path, "worklogs/2022-07-台风.md", "## 2022-07-02\n全区启动防台风IV级应急响应。\n")
    assert [log.text for log in load_input(tmp_path).logs] == ["全区启动防台风IV级应急响应。"]


def test_spending_against_a_zero_budget_is_refused(tmp_path):
    message = load_error(write(tmp_path, "input.yaml", MINI.replace("调整预算: 3475.09", "调整预算: 0")))
    assert "[部门资金情况]" in message and "全年预算为0" in message


# ---------------------------------------------------------------------------------------------- plain trees
# A form without aliases, merge keys or special tags is built the short way (drafter.load._construct_plain);
# it must give exactly what PyYAML's own construction with drafter's constructors gives — values, types and
# the first error, named the same way.


def _typed(data: object) -> object:
    """The data with every value's type beside it: 1, 1.0 and Decimal('1') are equal but not the same."""
    if isinstance(data, dict):
        return [("dict", _typed(k), _typed(v)) for k, v in data.items()]
    if isinstance(data, list):
        return ["list"] + [_typed(x) for x in data]
    return (type(data).__name__, str(data))


def _read(text: str) -> object:
    from drafter.load import parse_data_text

    try:
        return _typed(parse_data_text(Path("input.yaml"), text))
    except InputError as e:
        return "InputError", str(e)


@pytest.fixture
def generic(monkeypatch):
    """parse_data_text with PyYAML's generic construction for every tree: the reference."""
    import drafter.load

    def read(text: str) -> object:
        with monkeypatch.context() as m:
            m.setattr(drafter.load, "_construct_plain", lambda loader, node: loader.construct_document(node))
            return _read(text)

    return read


def test_every_yaml_file_of_the_repository_reads_as_pyyaml_constructs_it(generic):
    from drafter.load import _DecimalLoader, _check_node

    root = EXAMPLES.parent
    sealed = {"corpus_blind32"}  # sealed while its session runs (blind3 … 31 are spent)
    files = [p for p in sorted(root.glob("examples/**/*.y*ml")) + sorted(root.glob("tests/**/*.y*ml"))
             if not sealed & set(p.parts)]
    plain = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert _read(text) == generic(text), path
        node = _DecimalLoader(text).get_single_node()
        plain += node is not None and _check_node(path, node)
    assert plain >= 20  # the short way is the one real forms take


@pytest.mark.parametrize("text", [
    "部门名称: 天河区\n资金: {年初预算: 4124.28, 实际支出: 3229.91, 户数: 12, 完成: true, 备注: null}\n",
    "- 1\n- 2.50\n- 二〇二二\n- 2022-12-31\n- [a, [b, {c: 1_000}]]\n",
    "3475.09\n",
    "关键指标:\n  - {指标: 检查, 实际值: 1.29万家次}\n  - {指标: 检查, 实际值: 0x1F}\n  - {指标: 检查, 实际值: .inf}\n",
    # duplicate keys: the first one in reading order is named, at any depth
    "a: 1\nb:\n  c: 2\n  c: 3\na: 4\n",
    "b:\n  c: 2\n  c: 3\na: 4\n",
    "a:\n  - x: 1\n    x: 2\nb: 1\nb: 2\n",
    "- {x: 1}\n- {y: 1, y: 2}\n- {z: 1, z: 2}\n",
    # bad numbers and dates: named where they stand, whatever comes before or after
    "a: 2022-13-01\nb: 1\nb: 2\n",
    "a: 1234567890123456789012345678901234567890\nb: {c: 1, c: 2}\n",
    "a: {c: 1, c: 2}\nb: 1234567890123456789012345678901234567890\n",
    "a: [1, 2022-02-30]\n",
    # not plain: aliases, merge keys, value keys, special tags, keys that are collections
    "base: &b {预算: 100, 单位: 万元}\n项目: *b\n",
    "base: &b {预算: 100}\n项目:\n  <<: *b\n  实际: 90\n",
    "=: 1\na: 2\n",
    "a: !!set {x, y}\n",
    "a: !!omap [{x: 1}, {y: 2}]\n",
    "a: !!binary aGVsbG8=\n",
    "? [a, b]\n: 1\n",
    "a: !!str 12\nb: !!int '12'\nc: !!float '1.50'\n",
    "a: !custom 1\n",
])
def test_a_document_reads_the_same_as_pyyaml_constructs_it(text, generic):
    assert _read(text) == generic(text)
