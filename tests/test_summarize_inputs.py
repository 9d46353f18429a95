"""What `summarize` reads: .docx and text-layer .pdf built here, a drafter input, and the bad inputs that
must stop with one clear line (scanned or encrypted PDF, empty file, unknown format)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.chains.summarize import summarize
from drafter.errors import InputError
from drafter.reports import layout, read_report

REPORT_LINES = [
    "石桥镇2023年度部门整体支出绩效自评报告",
    "一、部门资金情况",
    "2023年石桥镇年初预算1860.00万元，调整预算1725.40万元，实际支出1598.62万元，预算完成率92.65%。",
    "二、主要工作及成效",
    "（一）人居环境整治。一是完成农村人居环境整治村26个，清理垃圾1380吨，改造农村户厕415户。",
    "二是全年开展环境卫生检查96次，发现问题412处，已全部整改。",
    "（二）防汛安全。组织防汛演练14场，汛期转移群众1260人次，实现“零伤亡”。",
    "（三）村道建设。硬化村道18.6公里，新建桥梁3座，惠及群众9800人。",
    "（四）民生保障。发放高龄津贴236.80万元，惠及老人4120人，新建长者饭堂5个。",
    "三、存在问题",
    "年中预算调减后部分项目支付进度偏慢，第四季度支出占全年的41%。",
    "四、下一步工作计划",
    "细化分季度支出计划，按月监控预算执行进度，提前做好村道项目前期准备。",
]


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(REPORT_LINES[0], level=0)
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ("调整预算", "1725.40", "实际支出", "1598.62")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("预算完成率", "92.65%", "单位", "万元")):
        cell.text = text
    for line in REPORT_LINES[1:]:
        if line.endswith(("情况", "成效", "问题", "计划")):
            document.add_heading(line, level=1)
        else:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def make_pdf(path: Path, lines: list[str] | None = None, width: int = 34) -> Path:
    """A text-layer PDF in a Chinese CID font, lines wrapped at `width` characters as a layout program would."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    y = 800
    for line in lines if lines is not None else REPORT_LINES:
        for i in range(0, len(line), width):
            c.drawString(40, y, line[i:i + width])
            y -= 16
            if y < 60:
                c.showPage()
                c.setFont("STSong-Light", 11)
                y = 800
        y -= 10
    c.save()
    return path


def assert_good_summary(s, completion: str = "92.65%") -> None:
    assert s.ok, [m.text for m in s.check.unsupported]
    assert s.chars <= s.chars_limit
    overall = s.section("总体情况").body
    assert completion in overall
    assert 3 <= len(s.section("主要成效").items) <= 5
    assert "支付进度偏慢" in s.section("存在问题").body
    assert "分季度支出计划" in s.section("下一步").body


def test_docx_report_is_summarized_in_document_order(tmp_path):
    s = summarize(make_docx(tmp_path / "石桥镇.docx"), chars=300)
    assert_good_summary(s)
    assert "1725.40万元" in s.section("总体情况").body


def test_pdf_with_a_text_layer_is_summarized(tmp_path):
    s = summarize(make_pdf(tmp_path / "石桥镇.pdf"), chars=300)
    assert_good_summary(s)
    assert any("26个" in p or "18.6公里" in p for p in s.section("主要成效").items)


def test_scanned_pdf_without_text_layer_is_refused(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "扫描件.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 500, 700, fill=1)  # a page image, no text
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="没有文字层（可能是扫描件）") as err:
        read_report(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_encrypted_pdf_is_refused(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt(user_password="mima2023", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "加密.pdf"
    with open(locked, "wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match="已加密"):
        read_report(locked)


def test_pdf_locked_only_against_editing_still_reads(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(make_pdf(tmp_path / "plain.pdf"))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "owner-only.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    assert "92.65%" in read_report(path).cleaned_text


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "文件为空"),
    ("blank.md", "\n  \n\u3000\n".encode(), "文件为空"),
    ("report.xls", b"\xd0\xcf\x11\xe0", "无法识别的报告格式"),
    ("report.doc", b"\xd0\xcf\x11\xe0", "另存为 .docx"),
    ("broken.docx", b"PK not really", "不是有效的 Word 文档"),
    ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
])
def test_bad_inputs_stop_with_one_line_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        read_report(path)
    assert name in str(err.value) and "\n" not in str(err.value)


def test_missing_file_and_folder_without_input(tmp_path):
    with pytest.raises(InputError, match="文件不存在"):
        read_report(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="没有 input.yaml"):
        read_report(tmp_path)


def test_gbk_encoded_text_report_reads(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("\n".join(REPORT_LINES).encode("gb18030"))
    assert_good_summary(summarize(path, chars=300))


def test_drafter_input_is_summarized_as_a_whole_self_evaluation(tmp_path):
    (tmp_path / "input.yaml").write_text(
        "部门名称: 江湾区图书馆\n被评价年度: 2023\n"
        "部门资金情况:\n  年初预算: 820.00\n  调整预算: 760.50\n  实际支出: 731.20\n"
        "主要任务:\n"
        "  - 任务: 阅读推广\n    预期目标: 全年举办阅读推广活动不少于120场\n"
        "    目标完成情况: 全年举办阅读推广活动136场，参与读者4.2万人次。\n"
        "    关键指标:\n      - {指标: 阅读推广活动场次, 目标值: '≥120', 实际值: 136, 单位: 场}\n"
        "  - 任务: 馆藏建设\n    预期目标: 新增馆藏图书不少于2万册\n"
        "    目标完成情况: 新购图书2.3万册，完成编目加工2.1万册。\n"
        "    关键指标:\n      - {指标: 新增馆藏, 目标值: '≥2', 实际值: 2.3, 单位: 万册}\n",
        encoding="utf-8")
    doc = read_report(tmp_path)
    assert doc.kind == "input" and doc.check_paths == [str(tmp_path / "input.yaml")]
    s = summarize(tmp_path, chars=400)
    assert s.ok, [m.text for m in s.check.unsupported]
    assert "96.15%" in s.section("总体情况").body  # 731.20 ÷ 760.50, computed by the offline engine
    assert s.chars <= 400


def test_layout_rejoins_ocr_lines_and_table_columns():
    text = ("（二）从严执法，推动安全生产执法水平提升。深入\n开展巡查检查，全区共执法检查各类生产经营单位 1. 29 万家次，\n"
            "发现并消除隐患 2485 条。\n\n"
            "\t一是层层落实责任制,建立了\t完成物资仓库 装修\t100%\n"
            "\t我区风险隐患\"三本台账\",明确\t防汛物资采购 完成率\t100%\n"
            "\t三个责任人。二是强化督导检查。\t启动响应保证 率\t100%\n")
    blocks = layout(text)
    prose = [b.text for b in blocks if not b.heading]
    assert "全区共执法检查各类生产经营单位1.29万家次，发现并消除隐患2485条。" in prose[0]
    assert any("一是层层落实责任制，建立了我区风险隐患“三本台账”，明确三个责任人。" in p for p in prose)
    assert not any("100%100%" in p for p in prose)  # a column of figures is no sentence


def test_markdown_report_with_a_table_headings_and_lists(tmp_path):
    path = tmp_path / "图书馆.md"
    path.write_text(
        "# 江湾区图书馆2023年度绩效自评报告\n\n| 项目 | 金额（万元） |\n| --- | --- |\n| 调整预算 | 760.50 |\n"
        "| 实际支出 | 731.20 |\n| 预算完成率 | 96.15% |\n\n## 一、主要成效\n\n"
        "- **阅读推广**：全年举办阅读推广活动136场，参与读者4.2万人次。\n"
        "- **馆藏建设**：新购图书2.3万册，完成编目加工2.1万册。\n"
        "- 数字阅读：数字资源访问量18.6万次，较上年增长12%。\n\n"
        "## 二、存在问题\n\n1. 馆藏采购资金到位较晚，第四季度集中采购。\n2. 分馆专业人员不足。\n\n"
        "## 三、下一步\n\n1. 提前编制采购计划，分季度执行。\n", encoding="utf-8")
    s = summarize(path, chars=200)
    assert s.ok
    assert s.section("总体情况").items[0] == "2023年调整预算760.50万元，实际支出731.20万元，预算完成率96.15%。"
    assert len(s.section("主要成效").items) == 3
    assert not any(p.startswith(("-", "*", "#")) or "**" in p for p in s.section("主要成效").items)
    assert s.section("下一步").items == ["提前编制采购计划，分季度执行。"]


def test_a_table_of_labels_over_a_row_of_figures_gives_each_label_its_own_figure(tmp_path):
    from drafter.chains.summarize import summarize

    report = tmp_path / "自评.txt"
    report.write_text("某区图书馆2023年度部门整体支出绩效自评报告\n\n单位：万元\n年初预算\t调整预算\t实际支出\n"
                      "4124.28\t3475.09\t3229.91\n\n全年开展阅读推广活动236场，参与8.62万人次。\n", encoding="utf-8")
    text = summarize(report, chars=200).text
    assert "实际支出3229.91万元" in text and "实际支出4124.28" not in text
    assert "单位：万元" not in text


def test_the_overall_part_of_a_drafted_input_holds_no_improvement_measure():
    from pathlib import Path

    from drafter.chains.summarize import summarize

    summary = summarize(Path(__file__).resolve().parents[1] / "examples" / "tianhe-2022")
    overall = summary.text.split("主要成效")[0]
    assert "预算完成率92.94%" in overall
    assert "加强预算执行管理" not in overall and "针对" not in overall
