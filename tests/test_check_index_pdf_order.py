"""A PDF form is read top to bottom (issue 10, index): the title and the 单位：万元 line printed above a ruled
table come before it, as on the page, so the table's bare amounts are in 万元 and its title names it — they
had come after every table of the page. Unit: a county archives' digitisation project (县档案馆).
"""

from __future__ import annotations

from pathlib import Path

from drafter.check import check
from drafter.forms.importer import read_form


def archives_pdf(tmp_path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("line", fontName="STSong-Light", fontSize=9, leading=12)
    ruled = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), "STSong-Light")])
    path = tmp_path / "档案数字化.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("某县档案馆2024年馆藏档案数字化项目支出明细", style),
        Paragraph("单位：万元", style),
        Table([["支出内容", "全年执行数"], ["档案扫描加工", "86.40"], ["数据库运维", "23.60"], ["合计", "110.00"]],
              style=ruled),
        Spacer(1, 12),
        Paragraph("本年完成档案数字化12.8万卷。", style)])
    return path


def test_the_lines_above_a_pdf_table_come_before_it(tmp_path):
    lines = [text for text, _ in read_form(archives_pdf(tmp_path)).lines()]
    assert lines.index("单位：万元") < lines.index("支出内容\t全年执行数") < lines.index("本年完成档案数字化12.8万卷。")


def test_the_unit_stated_above_a_pdf_table_is_its_amounts_unit(tmp_path):
    src = archives_pdf(tmp_path)
    got = {m.text: m.status for m in check("档案扫描加工支出86.40万元，占78.55%。", [src]).mentions}
    assert got == {"86.40万元": "exact", "78.55%": "derived"}, got
    assert {m.text: m.status for m in check("档案扫描加工支出86.40元。", [src]).mentions} == {"86.40元": "unsupported"}
