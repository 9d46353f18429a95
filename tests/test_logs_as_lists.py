"""Work logs kept as lists: many offices keep the year's record as one bulleted or numbered line per event
("- 3月28日：举办春季招聘会…"), not under "## 2024-03-28" headings. Each item is one entry, dated by the date it
opens with; the list marker and that date are not part of what the entry says."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.errors import InputError

from drafter.load import parse_log_text

LIST_LOG = """# 2024年工作记录

- 1月8日：印发人才生活补贴申报指南，全年分四批受理申报。
- 3月28日：举办春季专场招聘会，进场企业186家，提供岗位3240个。
* 2024-06-30 上半年发放人才生活补贴770人。
- 档案数字化外包合同签订。
"""


def test_each_item_of_a_bulleted_log_is_its_own_entry_dated_by_its_opening_date():
    entries = parse_log_text(LIST_LOG, "工作记录.md", 2024)
    assert [(e.date, e.text) for e in entries] == [
        (dt.date(2024, 1, 8), "印发人才生活补贴申报指南，全年分四批受理申报。"),
        (dt.date(2024, 3, 28), "举办春季专场招聘会，进场企业186家，提供岗位3240个。"),
        (dt.date(2024, 6, 30), "上半年发放人才生活补贴770人。"),
        (None, "档案数字化外包合同签订。"),
    ]
    assert [e.line for e in entries] == [3, 4, 5, 6]


def test_numbered_items_are_entries_and_a_decimal_or_a_minus_sign_is_no_marker():
    text = "1. 5月20日，完成汛前管网清疏。\n2、6月3日 泵站机组大修完成。\n-3.5%的降幅来自电费下降，\n1.5万元为备品备件。\n"
    entries = parse_log_text(text, "台账说明.txt", 2024)
    assert [(e.date, e.text) for e in entries] == [
        (dt.date(2024, 5, 20), "完成汛前管网清疏。"),
        (dt.date(2024, 6, 3), "泵站机组大修完成。"),
        (None, "-3.5%的降幅来自电费下降，1.5万元为备品备件。"),
    ]


def test_an_item_under_a_dated_heading_keeps_the_heading_date_unless_it_names_its_own():
    text = "## 2023-09-01\n- 秋季开学在校学生1912人。\n- 9月5日：完成教室照明改造12间。\n"
    entries = parse_log_text(text, "日志.md", 2023)
    assert [(e.date, e.text) for e in entries] == [
        (dt.date(2023, 9, 1), "秋季开学在校学生1912人。"),
        (dt.date(2023, 9, 5), "完成教室照明改造12间。"),
    ]


def test_an_impossible_date_opening_an_item_is_named_like_one_in_a_heading():
    with pytest.raises(InputError) as e:
        parse_log_text("- 3月1日：系统巡检。\n- 2月30日：系统巡检。\n", "日志.md", 2023)
    assert "日志.md" in str(e.value) and "第2行" in str(e.value) and "2月30日" in str(e.value)


def test_a_line_that_opens_with_a_date_and_a_colon_is_a_dated_entry_without_a_marker():
    """Logs typed one event per line — and Word's bulleted paragraphs, whose bullets are formatting, not text."""
    text = "白云区救助站2025年工作记录\n3月12日：启用新型流动救助车1辆。\n6月30日，上半年救助流浪乞讨人员312人次。\n"
    entries = parse_log_text(text, "工作记录.txt", 2025)
    assert [(e.date, e.text) for e in entries] == [
        (None, "白云区救助站2025年工作记录"),
        (dt.date(2025, 3, 12), "启用新型流动救助车1辆。"),
        (dt.date(2025, 6, 30), "上半年救助流浪乞讨人员312人次。"),
    ]


def test_a_line_that_opens_with_a_date_and_a_space_is_a_dated_entry_without_a_marker():
    """Ledgers typed "2024年3月12日 开展…" or "2024-06-20 排查完成": the space after the date parts it from the event,
    as a colon does — while "6月15日前完成…" (a deadline inside a sentence) stays text."""
    text = ("农村能源服务站2024年工作日志\n2024年3月12日 开展第一期技术培训，参训农户46人。\n"
            "2024-06-20  全县沼气池隐患排查完成。\n9月10日 组织设施安装验收，抽检560台。\n")
    entries = parse_log_text(text, "工作日志.txt", 2024)
    assert [(e.date, e.text) for e in entries] == [
        (None, "农村能源服务站2024年工作日志"),
        (dt.date(2024, 3, 12), "开展第一期技术培训，参训农户46人。"),
        (dt.date(2024, 6, 20), "全县沼气池隐患排查完成。"),
        (dt.date(2024, 9, 10), "组织设施安装验收，抽检560台。"),
    ]
    assert [e.line for e in entries] == [1, 2, 3, 4]


def test_a_line_that_only_mentions_a_date_stays_part_of_its_paragraph():
    text = "汛前完成管网清疏，\n6月15日前完成全部泵站检修。\n"
    entries = parse_log_text(text, "日志.md", 2025)
    assert [(e.date, e.text) for e in entries] == [(None, "汛前完成管网清疏，6月15日前完成全部泵站检修。")]


def test_each_paragraph_of_a_word_log_is_an_entry_of_its_own(tmp_path):
    from docx import Document

    from drafter.load import load_logs

    doc = Document()
    doc.add_paragraph("县动物卫生监督所2025年工作记录")
    doc.add_paragraph("春季集中免疫全面完成", style="List Bullet")
    doc.add_paragraph("9月18日：完成秋季检疫技术培训2期。", style="List Bullet")
    (tmp_path / "logs").mkdir()
    doc.save(tmp_path / "logs" / "工作记录.docx")
    entries = load_logs(tmp_path / "logs", 2025)
    assert [(e.date, e.text) for e in entries] == [
        (None, "县动物卫生监督所2025年工作记录"),
        (None, "春季集中免疫全面完成"),
        (dt.date(2025, 9, 18), "完成秋季检疫技术培训2期。"),
    ]
