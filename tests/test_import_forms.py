"""Each fixture form imports to its hand-written golden input.yaml, and drafter works on the form directly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter.forms import import_form
from drafter.load import load_input, parse_data_file
from drafter.testing.cli import run_drafter

FORMS = Path(__file__).parent / "forms"
FIXTURES = sorted(p.name.removesuffix(".input.yaml") for p in (FORMS / "golden").glob("*.input.yaml"))
SUFFIX = {p.stem: p.name for p in FORMS.iterdir() if p.suffix in (".xlsx", ".docx", ".pdf", ".txt", ".md")}


def canonical(value):
    """Numbers compare by value (186.4 == 186.40), so a golden file need not copy the form's decimals."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value).normalize()
    return value


def test_there_are_twelve_fixture_forms_in_four_formats():
    assert len(FIXTURES) >= 12
    assert {Path(SUFFIX[f]).suffix for f in FIXTURES} == {".xlsx", ".docx", ".pdf", ".txt", ".md"}


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_imports_to_its_golden_input(name, tmp_path):
    result = import_form(FORMS / SUFFIX[name])
    out = result.write(tmp_path / "out")
    written = parse_data_file(out / "input.yaml")
    golden = parse_data_file(FORMS / "golden" / f"{name}.input.yaml")
    assert canonical(written) == canonical(golden)
    load_input(out)  # what was written is a valid drafter input


@pytest.mark.parametrize("name", FIXTURES)
def test_every_imported_field_names_its_place_in_the_form(name):
    result = import_form(FORMS / SUFFIX[name])

    def leaves(value, path):
        if isinstance(value, dict):
            for k, v in value.items():
                yield from leaves(v, f"{path}.{k}" if path else k)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from leaves(v, f"{path}[{i}]")
        else:
            yield path

    missing = [p for p in leaves(result.input, "") if p not in result.sources and p != "表格类型"]
    # a project's 其中 row names are the printed row labels; everything read has a place
    assert [p for p in missing if not p.endswith(".名称")] == []


def test_places_are_the_forms_own_coordinates():
    assert import_form(FORMS / "school.xlsx").sources["项目资金.全年执行数"] == "Sheet1!E6"
    assert import_form(FORMS / "hospital.docx").sources["绩效指标[0].年度指标值"] == "表1第13行第5列"
    assert import_form(FORMS / "library.pdf").sources["总分"] == "第1页表1第19行第8列"
    assert import_form(FORMS / "town.txt").sources["主要任务[1].任务涉及金额"] == "第12行第6栏"
    assert import_form(FORMS / "clinic.txt").sources["绩效指标[1].得分"] == "第14行第7项"


def test_a_total_row_contradicting_its_other_rows_is_imported_as_written_and_reported():
    result = import_form(FORMS / "clinic.txt")
    assert result.input["项目资金"]["全年执行数"] == 0
    warned = [str(w) for w in result.warnings]
    assert any("全年执行数为0" in w and "319.70" in w and "第6行" in w for w in warned)
    assert any("总分行只有一个数字" in w for w in warned)


def test_a_budget_given_only_as_a_rate_is_not_turned_into_amounts():
    result = import_form(FORMS / "village.txt")
    assert "全年执行数" not in result.input["项目资金"] and result.input["项目资金"]["执行率"] == 100
    assert any("未填全年执行数" in w.message and "未据此推算" in w.message for w in result.warnings)


def test_narrative_cells_become_undated_logs_tied_to_their_task(tmp_path):
    out = import_form(FORMS / "town.txt").write(tmp_path / "town")
    report = load_input(out)
    assert all(log.date is None for log in report.logs)
    by_task = {log.task for log in report.logs if log.task}
    assert by_task == {"任务1", "任务2", "任务3"}
    text = "".join(log.text for log in report.logs)
    assert "2.4公里因征地未完成" in text and "汛期无人员伤亡" in text
    assert (out / "worklogs").is_dir() and "第" in (sorted((out / "worklogs").iterdir())[0]).read_text("utf-8")


def test_report_sections_are_logs_and_its_problems_are_the_units_own():
    result = import_form(FORMS / "employment-report.docx")
    assert [log.title for log in result.logs] == ["基本情况", "绩效目标及完成情况", "自评结论", "存在的问题及原因分析", "改进措施"]
    assert result.input["已填存在问题"] == ["部分培训机构培训质量不高，培训后就业率偏低。"]


def test_input_yaml_carries_each_place_as_a_comment(tmp_path):
    text = (import_form(FORMS / "water.xlsx").write(tmp_path / "w") / "input.yaml").read_text("utf-8")
    assert "全年执行数: 472.35  # Sheet1!E6" in text
    assert "年度指标值: 9月前  # Sheet1!E15" in text


@pytest.mark.parametrize("name", ["school", "town", "water", "library"])
def test_draft_works_on_the_form_file_directly(name, tmp_path):
    result = run_drafter("draft", str(FORMS / SUFFIX[name]), "--section", "目标完成情况", home=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert "目标完成情况" in result.stdout and "Traceback" not in result.stderr
