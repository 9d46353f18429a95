"""Word forms (python-docx): tables and paragraphs in document order; merged cells repeat their top cell."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..load import body_blocks, cell_paragraphs, heading_test, paragraph_text
from .model import Cell, FormDocument, Paragraph, Table
from .office import check_package


def read_docx(path: Path) -> FormDocument:
    import docx
    from docx.table import Table as DocxTable

    check_package(path, "Word")
    try:
        document = docx.Document(str(path))
    except Exception as e:  # python-docx raises several unrelated types for a corrupt package
        raise InputError(path, f"不是有效的 Word 文档 / not a readable .docx ({type(e).__name__})") from None
    doc = FormDocument(path=str(path), format="docx")
    heading = heading_test(document)  # one pass over the XML per paragraph, never python-docx's style search
    n_par = n_tab = 0
    for child in body_blocks(document.element.body):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            n_par += 1
            text = paragraph_text(child).strip()
            if text:
                doc.blocks.append(Paragraph(text, f"第{n_par}段", heading=heading(child)))
        elif tag == "tbl":
            n_tab += 1
            table = DocxTable(child, document)
            first: dict = {}  # a merged cell is one <w:tc> element wherever it appears (key kept alive)
            grid = []
            for r, row in enumerate(table.rows, start=1):
                cells = []
                for c, cell in enumerate(row.cells, start=1):
                    key = cell._tc
                    if key not in first:
                        text = "\n".join(cell_paragraphs(key)).strip()
                        first[key] = Cell(text, f"表{n_tab}第{r}行第{c}列")
                    cells.append(first[key])
                grid.append(cells)
            doc.blocks.append(Table(rows=grid, place=f"表{n_tab}"))
    return doc
