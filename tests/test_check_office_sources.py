"""A 自评表 as the user holds it — an Excel sheet or a PDF — is a source `drafter check` reads directly,
through the same readers `drafter import` uses, and each figure's evidence names the sheet row or the PDF
table row it came from (not a line of some extracted text)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from drafter.check import check
from drafter.cli import main

FORMS = Path(__file__).parent / "forms"


def _bookshop_sheet(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.append(["项目支出绩效自评表（2024年度）"])
    ws.append(["项目名称", "社区书屋建设", None, None, None])
    ws.append(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    ws.append(["年度资金总额", 120, 120, 113.6, 0.9467])
    ws["E4"].number_format = "0.00%"
    ws.append([])
    ws.append(["三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    ws.append(["新建社区书屋", "≥10个", "12个", 20, 20])
    ws.append(["读者满意度", "≥90%", "93.5%", 10, 10])
    ws.merge_cells("B2:E2")
    wb.save(path)
    return path


def test_an_excel_form_is_a_source_and_evidence_names_the_sheet_row(tmp_path):
    form = _bookshop_sheet(tmp_path / "书屋自评表.xlsx")
    report = check("全年预算120万元，执行113.6万元，执行率94.67%，结余6.4万元；新建社区书屋12个，读者满意度93.5%。",
                   [form])
    assert report.ok, [(m.text, m.status, m.reason) for m in report.mentions]
    where = {m.text: m.evidence[0].location for m in report.mentions}
    assert where["113.6万元"] == "自评表!A4:E4"
    assert where["12个"] == "自评表!A7:E7"


def test_an_excel_form_keeps_its_columns_so_the_target_is_not_the_result(tmp_path):
    form = _bookshop_sheet(tmp_path / "书屋自评表.xlsx")
    report = check("全年新建社区书屋10个。", [form])
    assert not report.ok  # 10 is the 年度指标值 (≥10个), not what was built


def test_a_pdf_form_is_a_source_and_evidence_names_the_page_table_and_row():
    report = check("年初预算40万元，全年执行38.6万元。", [FORMS / "library.pdf"])
    assert report.ok, [(m.text, m.status, m.reason) for m in report.mentions]
    assert report.mentions[1].evidence[0].location == "第1页表1第6行"


def test_a_folder_of_sources_reads_its_excel_and_pdf_forms(tmp_path):
    _bookshop_sheet(tmp_path / "书屋自评表.xlsx")
    shutil.copy(FORMS / "library.pdf", tmp_path / "图书馆自评表.pdf")
    report = check("社区书屋执行113.6万元；图书馆全年执行38.6万元。", [tmp_path])
    assert report.ok, [(m.text, m.status, m.reason) for m in report.mentions]


def test_a_damaged_excel_source_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "自评表.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    text = tmp_path / "报告.md"
    text.write_text("全年执行113.6万元。", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["drafter", "check", str(text), "-s", str(bad)])
    with pytest.raises(SystemExit) as exc:
        main()
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert len(err.strip().splitlines()) == 1 and "自评表.xlsx" in err and "Traceback" not in err


def test_a_cached_index_keeps_the_places_of_a_form_source(tmp_path):
    import json

    from drafter.check import SourceIndex
    from drafter.index_cache import decode, encode, unknown_state

    form = _bookshop_sheet(tmp_path / "书屋自评表.xlsx")
    index = SourceIndex()
    index._read([form])
    assert not unknown_state(index)
    again = decode(json.loads(json.dumps(encode(index))))
    text = "全年执行113.6万元，新建社区书屋12个。"
    assert check(text, again).model_dump() == check(text, [form]).model_dump()
    assert check(text, again).mentions[0].evidence[0].location == "自评表!A4:E4"
