"""Ledgers exported as .csv or .tsv are sources like any other (issue 10): a unit's finance office often keeps its
支出明细 or its monthly statistics in Excel and sends them "另存为 CSV" — on Chinese Windows in GBK, with amounts
that carry thousands separators inside quotes. Such a file in a source folder used to be skipped without a word,
and every figure it held was then "not in sources". Units: a vocational skills appraisal centre
(职业技能鉴定指导中心), a county seed management station (种子管理站).
"""

from __future__ import annotations

from pathlib import Path

from drafter.check import check
from drafter.check.index import load_source_path


def status(text: str, folder: Path) -> dict[str, str]:
    sources = load_source_path(folder)
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def gbk_csv(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "分季度认定统计.csv"
    path.write_bytes(
        "季度,认定人次,取证人数,鉴定费收入（元）\r\n"
        "一季度,3862,3105,\"386,200.00\"\r\n"
        "二季度,5214,4390,\"521,400.00\"\r\n"
        "三季度,4987,4120,\"498,700.00\"\r\n"
        "四季度,5363,4478,\"536,300.00\"\r\n"
        "合计,19426,16093,\"1,942,600.00\"\r\n".encode("gbk"))
    return path


def test_a_gbk_csv_in_a_source_folder_is_read_and_its_figures_are_exact(tmp_path):
    gbk_csv(tmp_path / "src")
    got = status("全年职业技能等级认定19426人次，取证16093人。四季度认定5363人次。", tmp_path / "src")
    assert got == {"19426人次": "exact", "16093人": "exact", "5363人次": "exact"}


def test_a_csv_row_is_one_table_row_so_its_share_of_the_total_row_derives(tmp_path):
    gbk_csv(tmp_path / "src")
    got = status("四季度认定5363人次，占全年的27.61%。", tmp_path / "src")
    assert got["27.61%"] == "derived"  # 5363 ÷ 19426, the 合计 row of the same column


def test_a_quoted_amount_with_thousands_separators_is_one_figure(tmp_path):
    gbk_csv(tmp_path / "src")
    assert status("全年鉴定费收入194.26万元。", tmp_path / "src") == {"194.26万元": "converted"}


def test_a_figure_of_another_quarter_in_a_csv_is_still_unsupported(tmp_path):
    gbk_csv(tmp_path / "src")
    got = status("四季度认定5214人次。", tmp_path / "src")
    assert got == {"5214人次": "unsupported"}


def test_a_tsv_ledger_is_read_as_a_table(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "抽检台账.tsv").write_text(
        "作物\t抽检批次\t合格批次\n水稻\t126\t122\n玉米\t84\t80\n蔬菜\t210\t203\n合计\t420\t405\n", encoding="utf-8")
    got = status("全年抽检种子420批次，合格405批次；水稻抽检126批次，合格率96.83%。", src)
    assert got == {"420批次": "exact", "405批次": "exact", "126批次": "exact", "96.83%": "derived"}


def test_a_csv_given_as_the_source_file_itself_is_read(tmp_path):
    path = gbk_csv(tmp_path / "src")
    assert status("全年职业技能等级认定19426人次。", path) == {"19426人次": "exact"}


def test_a_csv_the_csv_reader_refuses_is_one_line_naming_file_and_line(tmp_path):
    import pytest

    from drafter.errors import InputError

    src = tmp_path / "src"
    src.mkdir()
    (src / "台账.csv").write_text("项目,金额\n培训," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_source_path(src)
    assert "台账.csv" in str(e.value) and "第 2 行" in str(e.value)
