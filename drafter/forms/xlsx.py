"""Excel forms (openpyxl): merged cells, numbers stored as text, and the value Excel cached for a formula."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from ..errors import InputError
from ..limits import MAX_MAGNITUDE, limit, number_problem
from .model import Cell, FormDocument, Table
from .office import check_package


_DATE_PART = re.compile(r'"([^"]*)"|\\(.)|(yyyy|yy|mm|m|dd|d)|\[[^\]]*\]|(.)', re.I)


def _date_shown(value, number_format: str) -> str:
    """A date as a Chinese Excel shows it: typing 9月30日 stores a date under m"月"d"日", shown 9月30日 (a
    deadline's completion written so must read as written); other date formats read as 2024-09-30."""
    if not re.search(r"[年月日]", number_format) or not hasattr(value, "month"):
        return value.isoformat()[:10]
    parts = {"yyyy": f"{value.year:04d}", "yy": f"{value.year % 100:02d}", "mm": f"{value.month:02d}",
             "m": str(value.month), "dd": f"{value.day:02d}", "d": str(value.day)}
    out = []
    for m in _DATE_PART.finditer(number_format.split(";")[0]):
        quoted, escaped, token, other = m.groups()
        out.append(quoted if quoted is not None else escaped or (parts[token.lower()] if token else other or ""))
    return "".join(out)


_FORMAT_PART = re.compile(r'"([^"]*)"|\\(.)|([0#?])|\[[^\]]*\]|[_*].|.')


def _literals(fmt: str) -> tuple[str, str]:
    """The text a number format prints before and after the number: 0.00"万元" shows 300.00万元, "第"0"批" 第3批
    (a unit typed once into the format rather than into each cell). [Red] and [$¥-804], _ (a space as wide as
    the next character) and * (a fill) print no words."""
    before: list[str] = []
    after: list[str] = []
    digits = False
    for m in _FORMAT_PART.finditer(fmt):
        if m[3]:
            digits, after = True, []  # a literal between digit places (0"万"0000) is no unit
        elif (text := m[1] if m[1] is not None else m[2]) is not None:
            (after if digits else before).append(text)
    return "".join(before).strip(), "".join(after).strip()


def _shown(value: object, number_format: str) -> str:
    """The cell as Excel shows it: 0.9616 under '0.00%' is '96.16%'; 186.4 under '0.00' is '186.40'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite() or abs(number) >= MAX_MAGNITUDE:  # 1e300 typed into a cell: no budget figure
            raise ValueError(number_problem(number))
        fmt = (number_format or "General").split(";")[0]
        decimals = re.search(r"0\.(0+)", fmt)
        places = len(decimals[1]) if decimals else None
        bare = re.sub(r'"[^"]*"|\\.', "", fmt)  # a quoted "%" or \% is printed as it is, never scales
        if "%" in fmt:
            number *= 100 if "%" in bare else 1
            return f"{number.quantize(Decimal(1).scaleb(-(places or 0)))}%"
        before, after = _literals(fmt)
        if places is not None:
            return before + str(number.quantize(Decimal(1).scaleb(-places))) + after
        return before + str(number.normalize() if number != number.to_integral_value()
                            else number.quantize(Decimal(1))) + after
    if hasattr(value, "isoformat"):
        return _date_shown(value, number_format or "")
    return str(value).strip()


def read_xlsx(path: Path) -> FormDocument:
    import openpyxl
    from openpyxl.utils import get_column_letter

    check_package(path, "Excel")
    try:
        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path, data_only=False)
    except Exception as e:  # openpyxl raises several types for a damaged package
        raise InputError(path, f"不是有效的 Excel 文件 / not a readable .xlsx ({type(e).__name__})") from None
    doc = FormDocument(path=str(path), format="xlsx")
    for ws in values.worksheets:
        fws = formulas[ws.title]
        if ws.max_row == 1 and ws.max_column == 1 and ws.cell(1, 1).value is None:
            continue
        if ws.sheet_state != "visible":  # a template's hidden sheet: the lists behind its dropdowns, not the form
            continue
        cells = limit("form_cells")
        if ws.max_row * ws.max_column > cells.amount:  # one cell at XFD1048576 spans 17 billion positions
            raise cells.error(path, f"{ws.max_row} 行 × {ws.max_column} 列", where=ws.title)
        grid: list[list[Cell]] = []
        for r in range(1, ws.max_row + 1):
            row = []
            for c in range(1, ws.max_column + 1):
                cell = ws.cell(r, c)
                place = f"{ws.title}!{get_column_letter(c)}{r}"
                raw = fws.cell(r, c).value
                if isinstance(raw, str) and raw.startswith("=") and cell.value is None:
                    raise InputError(path, "公式单元格没有保存计算结果（文件未经 Excel 保存），请用 Excel 打开后保存再导入"
                                           " / formula cell without a cached value", where=place)
                try:
                    row.append(Cell(_shown(cell.value, cell.number_format), place))
                except ValueError as e:
                    raise InputError(path, str(e), where=place) from None
            grid.append(row)
        for merged in ws.merged_cells.ranges:  # every covered position shows the top-left cell
            top = grid[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    grid[r - 1][c - 1] = top
        doc.blocks.append(Table(rows=grid, place=ws.title))
    return doc
