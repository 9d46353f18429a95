"""Write the sweep's forms from sweep_data.py, each as its unit holds it:  python tests/quality/sweep/make_sweep.py

The layouts and writers are the import fixtures' (tests/forms/make_forms.py): the same national template,
merged cells in Excel and Word. The generated files are committed, so the tests never run this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent / "forms")]
import make_forms as M  # noqa: E402
import sweep_data as D  # noqa: E402


def pdf_copied(layout: M.Layout, width: int = 60) -> str:
    """What copying a PDF's table gives: each row's cells joined by spaces, a long text cell carried on to the
    next line after a comma (where the cell wrapped on the page), and the page footer."""
    lines = []
    for row in M.text_run_on(layout).splitlines():
        while len(row) > width:
            cut = max(row.rfind("，", 0, width), row.rfind("；", 0, width))
            if cut < width // 2:
                break
            lines.append(row[:cut + 1])
            row = row[cut + 1:]
        lines.append(row)
    return "\n".join(lines) + "\n第 1 页 共 1 页\n"


def build() -> None:
    M.write_xlsx(M.project_layout(D.FORESTRY), HERE / "forestry-fire" / "森林防火专项经费绩效自评表.xlsx")
    (HERE / "vouchers" / "消费券项目自评表.md").write_text(
        "# 2023年度项目支出绩效自评表\n\n" + M.text_pipe(M.project_layout(D.VOUCHERS, title=False)), encoding="utf-8")
    M.write_docx(M.project_layout(D.OLD_COMPOUNDS), HERE / "old-compounds" / "老旧小区改造项目绩效自评表.docx")
    (HERE / "screening" / "两癌筛查项目自评表.txt").write_text(
        pdf_copied(M.project_layout(D.SCREENING, merge_levels=False)), encoding="utf-8")
    (HERE / "performances" / "惠民演出项目自评表.txt").write_text(
        M.text_tab(M.project_layout(D.PERFORMANCES)), encoding="utf-8")
    M.write_xlsx(M.project_layout(D.KINDERGARTEN), HERE / "kindergarten" / "普惠性幼儿园补助自评表.xlsx")
    (HERE / "cost-station" / "造价信息项目自评表.md").write_text(
        "# 2023年度项目支出绩效自评表\n\n" + M.text_pipe(M.project_layout(D.COST_STATION, title=False)), encoding="utf-8")
    (HERE / "overseas-chinese" / "侨务办部门整体支出自评表.md").write_text(
        M.text_pipe(M.department_layout(D.OVERSEAS_CHINESE)), encoding="utf-8")
    (HERE / "ocean-forecast" / "海洋预报项目自评表.txt").write_text(
        M.text_tab(M.project_layout(D.OCEAN_FORECAST)), encoding="utf-8")
    build_third()


def build_third() -> None:
    """The third sweep's forms alone (the earlier ones are committed; rewriting an .xlsx changes its bytes)."""
    M.write_xlsx(M.project_layout(D.METROLOGY), HERE / "metrology" / "强制检定项目绩效自评表.xlsx")
    M.write_docx(M.project_layout(D.PARK), HERE / "park" / "公园绿地养护项目绩效自评表.docx")
    (HERE / "youth-league" / "团区委部门整体支出自评表.md").write_text(
        M.text_pipe(M.department_layout(D.YOUTH_LEAGUE)), encoding="utf-8")


if __name__ == "__main__":
    build_third() if sys.argv[1:] == ["--third"] else build()
    print("sweep forms written to", HERE)
