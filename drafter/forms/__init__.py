"""Readers of the official forms (xlsx, docx, pdf, text) → drafter input.

Public API:

- `import_form(path) -> ImportResult`: a 自评表 file → `.input` (the data of input.yaml, the form's Chinese
  labels), `.sources` (field path → place: 'Sheet1!E6', '表1第13行第5列', '第12行第3栏'), `.warnings` (each
  naming its place), `.logs` (narrative cells and sections), `.write(out_dir, force=False)`.
- `read_form(path) -> FormDocument`: any supported file as `.blocks` of `Table` (rows of `Cell(text, place)`;
  a merged cell repeats in every position it covers; `run_on` when a row's cells only follow one another)
  and `Paragraph(text, place, heading)`, in document order. `parse_text_form(text)` does the same for text
  already in memory (tab-separated OCR rows, Markdown pipe tables, run-on lines).
- `is_form(path)`: the file is a 自评表 with little prose of its own (else read it as a report).
- `FORM_SUFFIXES`: the file suffixes these readers take.
"""

from .importer import FORM_SUFFIXES, ImportResult, ImportWarning, LogText, import_form, is_form, read_form
from .model import Cell, FormDocument, Paragraph, Table
from .text import parse_text_form

__all__ = ["FORM_SUFFIXES", "Cell", "FormDocument", "ImportResult", "ImportWarning", "LogText", "Paragraph",
           "Table", "import_form", "is_form", "parse_text_form", "read_form"]
