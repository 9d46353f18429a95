"""A plain-text form printed with space-aligned columns (no tabs, no pipes) — what a unit gets when it saves its
form as text or copies it out of a fixed-width print. Its tables are tables: a row's cells are read under the
header's column starts, measured in display columns (a Chinese character is two wide), so a name that overflows
its column by a character, or a row whose first columns are left blank under a merged label, still puts each
figure under its own header. A folder holding such a form beside a Markdown log drafts."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

from drafter.forms import import_form, is_form
from drafter.testing.cli import run_drafter


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def row(cells: list[str], widths: list[int]) -> str:
    """Cells padded to their column widths as a fixed-width print pads them; a cell wider than its column
    pushes the rest right by one space (as the form's own print does)."""
    return "".join(cell + " " * max(1, width - _width(cell)) for cell, width in zip(cells, widths)).rstrip()


FUNDS_W = [30, 12, 12, 12, 10, 10]
IND_W = [12, 18, 26, 16, 16, 14, 6, 6]

FORM = "\n".join([
    "                      2025年度部门整体支出绩效自评表",
    "",
    "部门（单位）名称：青川市劳动人事争议仲裁院        主管部门：青川市人力资源和社会保障局",
    "编制人数：28人    实有人数：26人",
    "",
    "单位：万元",
    row(["预算资金", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"], FUNDS_W),
    row(["年度资金总额", "640.00", "612.50", "598.34", "97.69%"], FUNDS_W),
    row(["  按来源：财政拨款", "600.00", "590.00", "579.12", "98.16%"], FUNDS_W),
    row(["  其他收入（仲裁文书工本费）", "40.00", "22.50", "19.22", "85.42%", "受理量下降，调减17.50万元"], FUNDS_W),
    row(["  按性质：基本支出", "480.00", "482.50", "480.66", "99.62%"], FUNDS_W),
    row(["  项目支出", "160.00", "130.00", "117.68", "90.52%"], FUNDS_W),
    "",
    "项目支出明细",
    row(["项目名称", "全年预算数", "全年执行数"], FUNDS_W),
    row(["  仲裁庭审数字化改造", "70.00", "64.20"], FUNDS_W),
    row(["  基层调解组织巡回指导及业务培训", "38.00", "35.18"], FUNDS_W),
    row(["  仲裁员聘用及办案补贴", "22.00", "18.30"], FUNDS_W),
    row(["  合计", "130.00", "117.68"], FUNDS_W),
    "",
    "年度总体目标：依法受理劳动人事争议案件不少于1500件，案件调解成功率不低于60%，案件在45日内审结，",
    "不发生群体性争议事件，当事人满意度90%以上。",
    "",
    row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"], IND_W),
    row(["产出指标", "数量指标", "受理劳动人事争议案件", "≥1500件", "1,684件", "1,552件", "15", "15"], IND_W),
    row(["", "", "仲裁员业务培训", "≥200人次", "236人次", "210人次", "15", "15"], IND_W),
    row(["", "质量指标", "案件调解成功率", "≥60%", "57.4%", "61.2%", "15", "12"], IND_W),
    row(["", "时效指标", "案件审结时限", "≤45日", "38日", "41日", "15", "15"], IND_W),
    row(["效益指标", "社会效益指标", "群体性争议事件", "≤0起", "0起", "0起", "20", "20"], IND_W),
    row(["满意度指标", "服务对象满意度指标", "当事人满意度", "≧90%", "93.6%", "92.8%", "20", "20"], IND_W),
    row(["总分", "", "", "", "", "", "100", "97"], IND_W),
]) + "\n"

LOG = """# 青川市劳动人事争议仲裁院 2025年工作记录

- 2025-03-20 举办仲裁员业务培训，118人次。
- 2025-06-30 上半年受理劳动人事争议案件812件。
- 2025-11-12 举办第二期仲裁员业务培训，118人次。
"""


def _form(tmp_path: Path) -> Path:
    path = tmp_path / "部门整体支出绩效自评表.txt"
    path.write_text(FORM, encoding="utf-8")
    return path


def test_the_fixture_is_a_space_aligned_print_with_an_overflowing_name():
    assert "\t" not in FORM and "|" not in FORM
    assert "指导及业务培训 38.00" in FORM and "服务对象满意度指标 当事人满意度" in FORM


def test_a_space_aligned_text_form_is_a_form(tmp_path):
    assert is_form(_form(tmp_path))


def test_a_space_aligned_department_form_reads_its_funds_lines_under_their_headers(tmp_path):
    result = import_form(_form(tmp_path))
    funds = result.input["部门资金情况"]
    assert result.input["部门名称"] == "青川市劳动人事争议仲裁院"
    assert (funds["年初预算数"], funds["全年预算数"], funds["全年执行数"]) == (
        Decimal("640.00"), Decimal("612.50"), Decimal("598.34"))
    lines = {x["名称"]: (x["全年预算数"], x["全年执行数"]) for x in funds["其中"]}
    assert lines == {"财政拨款": (Decimal("590.00"), Decimal("579.12")),
                     "其他收入（仲裁文书工本费）": (Decimal("22.50"), Decimal("19.22")),
                     "基本支出": (Decimal("482.50"), Decimal("480.66")),
                     "项目支出": (Decimal("130.00"), Decimal("117.68"))}
    assert not [w for w in result.warnings if "不一致" in w.message]


def test_a_space_aligned_form_reads_each_indicator_figure_under_its_own_header(tmp_path):
    """The merged 一级 / 二级 cells left blank, a 二级 label that fills its column to the last character: the
    actual value is still the 实际完成值 column's (never 上年实际's), and each row keeps its level."""
    inds = {x["三级指标"]: x for x in import_form(_form(tmp_path)).input["绩效指标"]}
    assert len(inds) == 6
    assert inds["案件调解成功率"]["实际完成值"] == "57.4%" and inds["案件调解成功率"]["二级指标"] == "质量指标"
    assert inds["仲裁员业务培训"]["年度指标值"] == "≥200人次" and inds["仲裁员业务培训"]["一级指标"] == "产出指标"
    assert inds["当事人满意度"]["实际完成值"] == "93.6%"
    assert inds["当事人满意度"]["二级指标"] == "服务对象满意度指标"
    assert inds["受理劳动人事争议案件"]["得分"] == Decimal("15")


def test_a_space_aligned_form_reads_its_project_details_with_the_overflowing_name(tmp_path):
    projects = {p["项目名称"]: (p["全年预算数"], p["执行数"]) for p in import_form(_form(tmp_path)).input["重点项目"]}
    assert projects == {"仲裁庭审数字化改造": (Decimal("70.00"), Decimal("64.20")),
                        "基层调解组织巡回指导及业务培训": (Decimal("38.00"), Decimal("35.18")),
                        "仲裁员聘用及办案补贴": (Decimal("22.00"), Decimal("18.30"))}


def test_a_folder_holding_a_space_aligned_form_and_a_markdown_log_drafts(tmp_path):
    """The whole shape: lines by source and by nature, one named with a bracketed remark — the draft's budget
    sentence lists them in an aside before the whole's 结余, and every figure of the draft is traced."""
    folder = tmp_path / "仲裁院自评"
    folder.mkdir()
    _form(folder)
    (folder / "2025年工作记录.md").write_text(LOG, encoding="utf-8")
    result = run_drafter("draft", str(folder), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "598.34" in result.stdout and "全部可溯源" in result.stderr
    assert "其他收入（仲裁文书工本费）19.22万元" in result.stdout and "结余14.16万元" in result.stdout


def test_a_folder_with_only_a_space_aligned_ledger_is_still_refused_in_one_line(tmp_path):
    """Aligned columns alone make no form: a ledger of rows with no form's labels is refused, naming the folder."""
    folder = tmp_path / "台账"
    folder.mkdir()
    (folder / "案件台账.txt").write_text("\n".join([
        row(["受理日期", "案号", "案由", "结案方式"], [12, 20, 16, 10]),
        row(["2025-01-06", "青劳人仲案〔2025〕1号", "追索劳动报酬", "调解"], [12, 20, 16, 10]),
        row(["2025-01-09", "青劳人仲案〔2025〕2号", "经济补偿金", "裁决"], [12, 20, 16, 10]),
    ]) + "\n", encoding="utf-8")
    (folder / "工作记录.md").write_text(LOG, encoding="utf-8")
    result = run_drafter("draft", str(folder), home=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and str(folder) in lines[0] and "自评表" in lines[0]
