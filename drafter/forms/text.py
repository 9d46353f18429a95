"""Text copied out of a form: tab-separated rows (OCR, a copied sheet), Markdown pipe tables, and plain lines.

Plain lines stay paragraphs; when a text holds no table at all, its lines are read as run-on rows, where a
row's cells follow one another separated by spaces (what copying a PDF table gives).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

from ..load import read_text
from .model import Cell, FormDocument, Paragraph, Table

_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff，。、；：）》”])\s+(?=[\u3400-\u9fff，。、；：（《“])")


def ocr_wraps(text: str) -> str:
    """'完成物资仓库 装修' → '完成物资仓库装修': a space between Chinese characters is where OCR wrapped a cell."""
    return _CJK_GAP.sub("", text.strip())


_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


_BR = re.compile(r"<br\s*/?>", re.I)


def _bare_pipe_rows(lines: list[str]) -> set[int]:
    """Indexes of the lines of Markdown tables written without the outer pipes ('项目名称 | …' over '---|---', as
    GitHub-flavoured Markdown allows and many converters write): the header line above a rule holding a pipe, the
    rule, and the lines holding a pipe under it."""
    out: set[int] = set()
    for i in range(1, len(lines)):
        rule = lines[i]
        if "|" in rule and _PIPE_RULE.match(rule) and "|" in lines[i - 1] and not lines[i - 1].lstrip().startswith("|"):
            out.update((i - 1, i))
            k = i + 1
            while k < len(lines) and "|" in lines[k] and lines[k].strip():
                out.add(k)
                k += 1
    return out


def _pipe_cells(line: str, outer: bool = True) -> list[str]:
    """A Markdown table row's cells; a line break inside a cell, written <br> by converters, is a line break.
    `outer`: the table writes its outer pipes; in one that does not, a pipe opening a row parts an empty first cell
    from the next ('| 建设种薯繁育基地 | 3个' under '项目资金 | …': the merged label left empty)."""
    inner = line.strip()
    if outer:
        inner = inner[1:] if inner.startswith("|") else inner
        inner = inner[:-1] if inner.endswith("|") else inner
    return [_BR.sub("\n", c).strip() for c in inner.split("|")]


# a cause written under an indicator row as a line of its own ('偏差原因：…'): a row of the open table, read
# with the indicators, not text that ends the table
_CAUSE_LINE = re.compile(r"^\s*(?:偏差原因|未完成原因)[^：:\s]{0,8}\s*[：:]")

_YAML_LINE = re.compile(r"^\s*(?:-\s+)?[^\s:：#|]+:(?:\s|$)")


_OPEN_QUOTE = re.compile(r'(?:^|\t)"')


def _records(lines: list[str]) -> list[tuple[int, str, list[str] | None]]:
    """(line number, line, cells): a sheet copied from Excel quotes a cell holding a line break ("≥⏎95%", a
    two-line cause), so such a row spans lines until its quote closes; it is one row of cells, the quotes gone.
    Other lines are returned as they are (cells None)."""
    out: list[tuple[int, str, list[str] | None]] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        if "\t" in line and _OPEN_QUOTE.search(line) and line.count('"') % 2:
            end = n + 1
            while end < len(lines) and end - n <= 20 and "\n".join(lines[n:end]).count('"') % 2:
                end += 1
            record = "\n".join(lines[n:end])
            if record.count('"') % 2 == 0:
                cells = next(csv.reader(io.StringIO(record), delimiter="\t", quotechar='"'))
                out.append((n + 1, record.replace("\n", " "), cells))
                n = end
                continue
        out.append((n + 1, line, None))
        n += 1
    return out


def display_width(ch: str) -> int:
    """Columns a character takes in a fixed-width print: a Chinese character (or a full-width sign) takes two."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _pieces(line: str, gap: int) -> list[tuple[int, int, str]]:
    """(start, end, text) in display columns of the runs of a line separated by `gap` or more columns of white
    space (a full-width space is two)."""
    out: list[tuple[int, int, str]] = []
    col, start, buf, blank = 0, 0, "", 0
    for ch in line:
        w = display_width(ch)
        if ch.isspace():
            blank += w
        else:
            if buf and blank >= gap:
                out.append((start, start + _text_width(buf.rstrip()), buf.rstrip()))
                buf = ""
            if not buf:
                start, blank = col, 0
            buf += " " * blank + ch
            blank = 0
        col += w
    if buf:
        out.append((start, start + _text_width(buf), buf))
    return out


def _text_width(text: str) -> int:
    return sum(display_width(ch) for ch in text)


# a field line ('部门（单位）名称：…    主管部门：…', '填表人：…　　日期：…'): each piece opens with its label
_FIELD_PIECE = re.compile(r"^[^\s：:]{1,12}[：:]")


def _paragraph_text(line: str) -> str:
    """A text line as a paragraph: the gaps OCR left between Chinese characters closed — except the gaps that part
    the fields of a field line ('填报单位：…　　编制人数：…'), kept as one full-width space each, so that a field's
    value ends where the next field begins."""
    pieces = _pieces(line, 2)
    if len(pieces) >= 2 and all(_FIELD_PIECE.match(t) for _, _, t in pieces):
        return "\u3000".join(ocr_wraps(t) for _, _, t in pieces)
    return ocr_wraps(line)


def gap_cells(line: str) -> list[str]:
    """A text print's line cut into its cells where two columns or more of white space part them."""
    return [text for _, _, text in _pieces(line, 2)]


def _overlap(start: int, end: int, span) -> int:
    return min(end, span[1]) - max(start, span[0])


def _lies_under(start: int, end: int, span) -> bool:
    """Whether a run lies under a label: they overlap by half the label (a figure set flush right under a centred
    label, a name under its column's label) or half the run (a short figure under a wide label) — not by the
    character or two a name overflowing from the column before reaches into it."""
    o = _overlap(start, end, span)
    return o > 0 and (2 * o >= span[1] - span[0] or 2 * o >= end - start)


def _aligned_row(line: str, spans: list, reach: list | None = None) -> list[str]:
    """A row of a fixed-width print read under its header. With `reach` (a header whose labels are centred over
    their columns) each run of the line (split at any white space) goes to the label it overlaps most (a figure
    set flush right under a centred label), one under no label to the column whose rows it overlaps most (a
    short 合计 under the names of a column whose label is centred far to its right). Else, and with no `reach`
    (labels set where their columns' runs start or end), to the column it overlaps most, the columns reaching
    from one header start to the next — so a name that overflows its column by a character, or a figure a space
    off, stays in its own column."""
    columns = [s for s, *_ in spans]
    pieces = list(_pieces(line, 1))
    cells, shared = _placed(pieces, columns, spans, reach)
    if shared and len(columns) >= 3 and (len(pieces) == len(columns) or shared == "figures"
                                         and len(pieces) < len(columns)):
        # a hand-typed row that does not line up with its header (其中：中央文物保护资金　2,000,000.00　2,000,000.00…
        # set with one full-width space): when it has as many runs as columns and two fall in one cell, or two
        # figures fall in one cell (no cell holds two: 18栋 90), its runs are its cells in order, the last left empty
        return [text for _, _, text in pieces] + [""] * (len(columns) - len(pieces))
    return cells


def _placed(pieces: list, columns: list[int], spans: list, reach: list | None) -> tuple[list[str], str]:
    """Each run placed in its column (see _aligned_row); and whether two runs fell in one cell: 'figures' when both
    hold a digit, 'runs' for other runs, '' when none did."""
    cells = [""] * len(columns)
    shared = ""
    for start, end, text in pieces:
        def overlap(j: int) -> int:
            lo = columns[j] if j else -(10 ** 6)
            hi = columns[j + 1] if j + 1 < len(columns) else 10 ** 6
            return min(end, hi) - max(start, lo)
        j = max(range(len(columns)), key=lambda k: (_overlap(start, end, spans[k]), -k))
        if reach is None or _overlap(start, end, spans[j]) <= 0:
            j = max(range(len(columns)), key=lambda k: (overlap(k), -k))
            if reach is not None and not any(_overlap(start, end, span) > 0 for span in spans) \
                    and max(_overlap(start, end, r) for r in reach) > 0:
                j = max(range(len(columns)), key=lambda k: (_overlap(start, end, reach[k]), -k))
        if cells[j]:
            shared = "figures" if shared == "figures" or _DIGIT.search(cells[j]) and _DIGIT.search(text) else "runs"
        cells[j] = f"{cells[j]} {text}" if cells[j] else text
    return cells, shared


def _reach(rows: list[str], spans: list) -> list[list[int]]:
    """Each column's extent over its rows: its label's span widened to every run of a row that lies under that
    label alone."""
    reach = [[s, e] for s, e, *_ in spans]
    for line in rows:
        for start, end, _ in _pieces(line, 1):
            under = [j for j, span in enumerate(spans) if _lies_under(start, end, span)]
            if len(under) == 1:
                j = under[0]
                reach[j][0], reach[j][1] = min(reach[j][0], start), max(reach[j][1], end)
    return reach


# a rule drawn with dashes (or = ─ ━ _, an ASCII grid's +): the print's furniture over, under and inside a table
_RULE_LINE = re.compile(r"^\s*[-=─━—_+＋]{3,}\s*$")


def rule_line(line: str) -> bool:
    return bool(_RULE_LINE.match(line))


def _keeps_to(piece: tuple[int, int, str], columns: list[int], ends: set[int], spans: list | None = None) -> bool:
    """Whether a row's piece keeps to the header's columns: it starts where a header label starts (set flush
    left), ends where one ends (flush right, as a print sets figures), lies under one label alone (a label
    centred over its column), or sits inside one column — from a header start to the next — without reaching
    into another (a figure set flush right in a column wider than its label)."""
    start, end, _ = piece
    if start in columns or end in ends:
        return True
    if spans and sum(_lies_under(start, end, span) for span in spans) == 1:
        return True
    j = max((k for k, s in enumerate(columns) if s <= start), default=None)
    return j is not None and (j + 1 == len(columns) or end <= columns[j + 1])


_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"[。；;，]")
_BRACKETED = re.compile(r"[（(][^（）()]{1,12}[）)]")  # a label's remark: （2024年）, (万元), (B/A)


# a measure a column label ends in (预算数, 金额, 执行率): a label under a group's label that ends so is whole
_MEASURE_END = re.compile(r"[数额率值分]$")
_REMARK = re.compile(r"[（(][^（）()]{1,8}[）)]$")


def _sub_label(group: str, sub: str) -> str:
    """A label under a group's label that spans it and its neighbours: '年初' under '预算数（万元）' →
    '年初预算数（万元）' (a qualifier takes the group's measure), '执行数' under '金额（万元）' → '执行数（万元）'; the
    group's bracketed remark (its unit) goes with each."""
    remark = _REMARK.search(group)
    core = group[:remark.start()] if remark else group
    label = sub if _MEASURE_END.search(sub) or len(sub) > 3 else sub + core
    return label + (remark[0] if remark and not _REMARK.search(label) else "")


def _header_lines(lines: list[str], k: int, spans: list[list]) -> tuple[int, list[str]]:
    """(index after the header, the header's labels): a header typed on two or more lines ('年初' over '预算数',
    '全年执行数' over '（万元）') goes on in lines holding no figure whose every label lies under a label of the line
    above (a label of the first column only with labels under two others beside it: a lone '其他资金' is a row).
    `spans` (start, end, labels) are widened to the labels each continuation adds; a label spanning several
    labels below it ('金额（万元）' over '预算数  执行数') is a group, parted into them."""
    end = k + 1
    while end < len(lines) and lines[end].strip() and "\t" not in lines[end] and not rule_line(lines[end]) \
            and not lines[end].lstrip().startswith("|") and not _DIGIT.search(_BRACKETED.sub("", lines[end])):
        pieces = _pieces(lines[end], 2)
        hits = [max(range(len(spans)), key=lambda j: min(e, spans[j][1]) - max(s, spans[j][0]))
                for s, e, _ in pieces]
        if not all(min(e, spans[j][1]) - max(s, spans[j][0]) > 0 for (s, e, _), j in zip(pieces, hits)) \
                or (0 in hits and len(hits) < 3):
            break
        grown: list[list] = []
        for j, span in enumerate(spans):
            under = [p for p, h in zip(pieces, hits) if h == j]
            if len(under) > 1:  # a group's label over its columns
                grown += [[s, e, _sub_label(span[2], t)] for s, e, t in under]
            elif under:
                s, e, t = under[0]
                grown.append([min(span[0], s), max(span[1], e), span[2] + t])
            else:
                grown.append(span)
        spans[:] = grown
        end += 1
    return end, [label for _, _, label in spans]


def _aligned_tables(lines: list[str]) -> dict[int, tuple[int, list[str] | None]]:
    """Tables printed with space-aligned columns (no tabs, no pipes): line index → (index of the table's header
    line, the line's cells; None for a line that is no row: a header's second line, the rule under the header).
    A table is a run of lines, each of two or more pieces set apart by two or more columns of space (or, once a
    table is open, an indented line), that a blank or an unindented one-piece line ends; its first line is the
    header — with the lines under it that go on its labels ('年初' over '预算数') — whose labels are the columns
    (a rule of dashes right under the header is passed over). A run is a table only when its rows keep to those
    columns (most of their pieces start where a header piece starts, end where one ends, or sit inside one
    column): a PDF copy whose cells merely follow one another, or prose with a double space, is not one."""
    out: dict[int, tuple[int, list[str] | None]] = {}
    k = 0
    while k < len(lines):
        line = lines[k]
        pieces = _pieces(line, 2)
        if "\t" in line or line.lstrip().startswith("|") or len(pieces) < 2 or rule_line(line) \
                or all(_FIELD_PIECE.match(t) for _, _, t in pieces) or _SENTENCE.search(line):
            k += 1  # (a header's labels are no sentences: a line of prose with a double space heads no table)
            continue
        spans = [[s, e, t] for s, e, t in pieces]
        body, header = _header_lines(lines, k, spans)
        end = body
        if end < len(lines) and rule_line(lines[end]):
            end += 1
        first = end
        while end < len(lines) and lines[end].strip() and "\t" not in lines[end] and not rule_line(lines[end]) \
                and not lines[end].lstrip().startswith("|") \
                and (len(_pieces(lines[end], 2)) >= 2 or lines[end][:1].isspace()):
            end += 1
        rows = list(range(first, end))
        # a Word table copied as text: each block of it (项目资金, 年度总体目标, 绩效指标) opens with a line of its own
        # labels, flush left, whose columns its rows keep to — a header again, for the rows under it
        segments: list[tuple[list, list[int]]] = [(spans, [])]
        for n in rows:
            if _reheads(lines[n], segments[-1][0]):
                segments.append(([[s, e, t] for s, e, t in _pieces(lines[n], 2)], []))
            segments[-1][1].append(n)
        keep = total = 0
        for seg_spans, seg_rows in segments:
            cols, seg_ends = [s for s, _, _ in seg_spans], {e for _, e, _ in seg_spans}
            seg_cells = [p for n in seg_rows for p in _pieces(lines[n], 2)[1:]]
            keep += sum(_keeps_to(p, cols, seg_ends, seg_spans) for p in seg_cells)
            total += len(seg_cells)
        if rows and total and keep >= 0.6 * total:
            out[k] = (k, header if body > k + 1 else _aligned_row(line, spans))
            for n in range(k + 1, first):
                out[n] = (k, None)
            for seg, (seg_spans, seg_rows) in enumerate(segments):
                body_rows = seg_rows[1:] if seg else seg_rows
                if seg:
                    out[seg_rows[0]] = (k, [t for _, _, t in seg_spans])
                cols, seg_ends = [s for s, _, _ in seg_spans], {e for _, e, _ in seg_spans}
                # (an indented row's first run is a cell under its column too, no row label at the margin)
                cells = [p for n in body_rows for p in _pieces(lines[n], 2)[0 if lines[n][:1].isspace() else 1:]]
                # labels set where their columns' runs start or end (flush left over names, the figures' last digit
                # under the label's): columns from one label start to the next; else labels centred over their
                # columns
                placed = sum(s in cols or e in seg_ends for s, e, _ in cells) >= 0.5 * len(cells)
                reach = None if placed else _reach([lines[n] for n in body_rows], seg_spans)
                for n in body_rows:
                    out[n] = (k, _aligned_row(lines[n], seg_spans, reach))
        k = max(end, k + 1)
    return out


def _reheads(line: str, spans: list) -> bool:
    """A line of a table's body that is the header of a new block: flush left, three or more labels (no figure, no
    sentence), not all of them under the columns in force."""
    pieces = _pieces(line, 2)
    if line[:1].isspace() or len(pieces) < 3 or _DIGIT.search(_BRACKETED.sub("", line)) or _SENTENCE.search(line):
        return False
    columns, ends = [s for s, _, _ in spans], {e for _, e, _ in spans}
    return not all(s in columns or e in ends for s, e, _ in pieces)


# a grid's rule: +------+-----+ (a database tool's or a converter's print of a table), or one drawn with box
# characters: ┌───┬───┐, ├───┼───┤, └───┴───┘, ╔═══╦═══╗
_GRID_RULE = re.compile(r"^\s*[+┌├└╔╠╚┏┣┗╒╞╘╓╟╙](?:[-=─━═:]+[+┬┼┴┐┤┘╦╬╩╗╣╝┳╋┻┓┫┛╤╪╧╕╡╛╥╫╨╖╢╜])+\s*$")
_GRID_BAR = re.compile(r"[|│┃║]")
_OPENING, _CLOSING = set("┌╔┏╒╓"), set("└╚┗╘╙")  # box corners: where a drawn grid begins and ends


def _grid_row(line: str) -> bool:
    return bool(_GRID_BAR.match(line.lstrip()))


def _grid_cells(line: str) -> list[str]:
    """The cells of a grid's line as printed (padding kept): '│ 年初 │  预算数 │' → [' 年初 ', '  预算数 ']."""
    inner = line.strip()[1:]
    inner = inner[:-1] if _GRID_BAR.fullmatch(inner[-1:]) else inner
    return _GRID_BAR.split(inner)


def _fills(cell: str) -> bool:
    """Whether a cell's text reaches its column's edge (a space of padding each side, a wide character one column
    short): the print wrapped it, and the line below goes on with it."""
    text = cell.strip()
    return bool(text) and _text_width(text) >= _text_width(cell) - 3


def _goes_on(cells: list[str], above: list[str]) -> bool:
    """A grid's line goes on the row above when every cell it fills is one the line above filled to its edge."""
    filled = [j for j, c in enumerate(cells) if c.strip()]
    return bool(filled) and all(j < len(above) and _fills(above[j]) for j in filled)


def _grids(lines: list[str]) -> tuple[dict[int, list[str] | None], set[int], set[int]]:
    """Grids of + - | or box characters: line index → the cells of the row that line opens, or None for a line
    that is no row of its own (a rule, a line a wrapped row goes on in); and the grids' first and last lines.
    Lines between two rules are one row when they are the grid's header (a header typed on two lines: '年初'
    over '预算数') or when a line goes on the row above (each cell it fills goes on a cell the line above filled
    to its edge: a long cell wrapped). Other lines are rows of their own (rows the grid does not rule off)."""
    out: dict[int, list[str] | None] = {}
    starts: set[int] = set()
    ends: set[int] = set()
    n = 0
    while n < len(lines):
        if not _GRID_RULE.match(lines[n]):
            n += 1
            continue
        blocks: list[list[int]] = [[]]
        end = n + 1
        while end < len(lines) and (_GRID_RULE.match(lines[end]) or _grid_row(lines[end])) \
                and lines[end - 1].lstrip()[:1] not in _CLOSING and lines[end].lstrip()[:1] not in _OPENING:
            if _GRID_RULE.match(lines[end]):
                blocks.append([])
            else:
                blocks[-1].append(end)
            end += 1
        blocks = [b for b in blocks if b]
        if not blocks:
            n = end
            continue
        starts.add(n)
        ends.add(end - 1)
        for k in range(n, end):
            out[k] = None
        for b, block in enumerate(blocks):
            rows: list[list[int]] = []
            for k in block:
                if rows and ((b == 0 and len(blocks) > 1)
                             or _goes_on(_grid_cells(lines[k]), _grid_cells(lines[rows[-1][-1]]))):
                    rows[-1].append(k)
                else:
                    rows.append([k])
            for row in rows:
                parts = [_grid_cells(lines[k]) for k in row]
                out[row[0]] = [_BR.sub("\n", "".join(p[j].strip() for p in parts if j < len(p)))
                               for j in range(max(len(p) for p in parts))]
        n = end
    return out, starts, ends


def read_text_form(path: Path) -> FormDocument:
    text = read_text(path, "form")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if lines and sum(bool(_YAML_LINE.match(ln)) for ln in lines) >= 0.6 * len(lines):
        from ..errors import InputError

        raise InputError(path, "文件内容是 YAML 格式的 drafter 输入，不是自评表：请把扩展名改为 .yaml"
                               " / YAML content: rename the file to .yaml")
    return parse_text_form(text, str(path))


def parse_text_form(text: str, source: str = "<text>") -> FormDocument:
    doc = FormDocument(path=source, format="text")
    table: list[list[Cell]] = []
    lines: list[str] = []
    plain: list[tuple[int, str]] = []  # lines as written: run-on rows are split where the spaces are
    start = 0

    def close(end: int) -> None:
        nonlocal table
        if table:
            width = max(len(r) for r in table)
            rows = [r + [Cell("", f"{line}第{k}栏") for k in range(len(r) + 1, width + 1)]  # trailing cells cut
                    for r, line in zip(table, lines)]
            doc.blocks.append(Table(rows=rows, place=f"第{start}–{end}行"))
            table = []
            lines.clear()

    aligned = _aligned_tables(text.splitlines())
    bare = _bare_pipe_rows(text.splitlines())
    grids, grid_starts, grid_ends = _grids(text.splitlines())
    for n, raw, quoted in _records(text.splitlines()):
        line = raw.rstrip()
        if n - 1 in grids:
            if n - 1 in grid_starts:  # a grid is a table of its own
                close(n - 1)
            row_cells = grids[n - 1]
            if row_cells is None:
                if n - 1 in grid_ends:
                    close(n)
                continue
            cells = row_cells
        elif n - 1 in aligned and n - 1 not in bare:
            head, row_cells = aligned[n - 1]
            if head == n - 1:  # a new aligned table: whatever table was open ends above it
                close(n - 1)
            if row_cells is None:  # a header's second line, the rule under it: no row of their own
                continue
            cells = row_cells
        elif rule_line(line):  # a rule of dashes is the print's furniture, no text: right under an aligned
            if not (n - 2 in aligned and aligned[n - 2][0] == n - 2):  # header it is passed over, anywhere else
                close(n - 1)  # it ends the open table, as a line of text would
            continue
        elif table and n - 2 in aligned and not line.strip():
            close(n - 1)  # a blank line ends an aligned table
            continue
        elif quoted is not None:
            cells = quoted
        elif "\t" in line:
            cells = line.split("\t")
        elif line.lstrip().startswith("|") or n - 1 in bare:
            if _PIPE_RULE.match(line):
                if len(table) > 1:  # a Markdown table begins at its header row, which this rule closes: a new one
                    header, where = table.pop(), lines.pop()
                    close(int(re.search(r"\d+", where)[0]) - 1)
                    start = int(re.search(r"\d+", where)[0])
                    table.append(header)
                    lines.append(where)
                continue
            cells = _pipe_cells(line, outer=n - 1 not in bare)
        elif table and _CAUSE_LINE.match(line):
            cells = [line.strip()]
        else:
            if not line.strip():  # OCR text breaks a table with blank lines; only a text line ends it
                continue
            close(n - 1)
            if line.strip():
                heading = line.lstrip().startswith("#")
                doc.blocks.append(Paragraph(_paragraph_text(line.lstrip().lstrip("#")), f"第{n}行", heading=heading,
                                            raw=line))
                plain.append((n, line))
            continue
        if not table:
            start = n
        lines.append(f"第{n}行")
        table.append([Cell(ocr_wraps(c), f"第{n}行第{k}栏") for k, c in enumerate(cells, start=1)])
    close(len(text.splitlines()))
    if not doc.tables:  # no table: the lines themselves are rows whose cells follow one another
        rows = [[Cell(tok, f"第{n}行第{k}项") for k, tok in enumerate(line.lstrip("#").split(), start=1)]
                for n, line in plain]
        if rows:
            doc.blocks.append(Table(rows=rows, place="全文", run_on=True))
    return doc
