"""`import_form`: a form file → the data of a drafter input folder, with places and warnings."""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import InputError, OutputExistsError, UsageError
from ..safefile import lstat
from .layout import _NARRATIVE, recognize
from .model import FormDocument

FORM_SUFFIXES = (".xlsx", ".xlsm", ".docx", ".pdf", ".txt", ".md", ".markdown")


class ImportWarning(BaseModel):
    """Something the import could not read, at a place of the form."""

    place: str
    message: str

    def __str__(self) -> str:
        return f"[{self.place}] {self.message}"


class LogText(BaseModel):
    """A narrative cell or section, written as an undated work-log file."""

    title: str
    text: str
    place: str
    task: str | None = None


class ImportResult(BaseModel):
    """`input` becomes input.yaml (the form's Chinese labels); `sources` maps each field path
    ('项目资金.全年执行数', '绩效指标[2].实际完成值') to its place ('Sheet1!E6', '表1第13行第5列', '第12行第3栏')."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    path: str
    kind: str
    input: dict[str, Any]
    sources: dict[str, str]
    warnings: list[ImportWarning]
    logs: list[LogText]

    def yaml_text(self) -> str:
        head = [f"# 由 drafter import 从 {Path(self.path).name} 导入；行末注释为原表位置。",
                "# 未能读取的内容见导入时的提示，未作推测。"]
        return "\n".join(head + _emit(self.input, self.sources, "", 0)) + "\n"

    def log_files(self) -> list[tuple[str, str]]:
        files = []
        for n, log in enumerate(self.logs, start=1):
            name = re.sub(r"[\\/:*?\"<>|\s]+", "_", log.title)[:40]
            body = [f"# 来源：{Path(self.path).name} {log.place}（{log.title}）"]
            if log.task:
                body.append(f"任务: {log.task}")
            body += ["", *[p.strip() for p in re.split(r"\n\s*\n|\n", log.text) if p.strip()]]
            files.append((f"{n:02d}-{name}.txt", "\n\n".join(body[:2]) + "\n" + "\n\n".join(body[2:]).strip() + "\n"
                          if log.task else body[0] + "\n\n" + "\n\n".join(body[2:]).strip() + "\n"))
        return files

    def write(self, out_dir: str | Path, force: bool = False) -> Path:
        """Write input.yaml and worklogs/ into `out_dir`; an existing folder needs force=True.

        The files are written into a temporary folder beside it and moved into place, so that a failure
        half-way (disk full) leaves nothing behind. A symbolic link at `out_dir` is never written through:
        it is refused, and with force replaced by the new folder, its target left untouched."""
        out = Path(out_dir)
        st = lstat(out)  # a name too long or a loop in a parent folder is one line
        link = st is not None and stat.S_ISLNK(st.st_mode)
        if link and not force:
            raise UsageError(f"{out}: 输出目录是符号链接，不会写入链接指向的位置（加 --force 则替换链接本身）"
                             f" / --out is a symbolic link: refused, --force replaces the link itself")
        if st is not None and not link and not stat.S_ISDIR(st.st_mode):
            raise InputError(out, "输出路径已有同名文件，不是目录 / the output path is a file, not a folder")
        filled = st is not None and not link and any(out.iterdir())
        if filled and not force:
            raise OutputExistsError(out)
        if not out.parent.is_dir():
            raise InputError(out, "输出目录的上级目录不存在 / the parent folder does not exist")
        tmp: Path | None = None
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{out.name[:40]}.", dir=out.parent))
            (tmp / "input.yaml").write_text(self.yaml_text(), encoding="utf-8")
            (tmp / "worklogs").mkdir()
            for name, text in self.log_files():
                (tmp / "worklogs" / name).write_text(text, encoding="utf-8")
            if filled:  # --force on a folder: its input.yaml and worklogs/ are replaced, other files kept
                os.replace(tmp / "input.yaml", out / "input.yaml")
                shutil.rmtree(out / "worklogs", ignore_errors=True)
                os.rename(tmp / "worklogs", out / "worklogs")
            else:
                if link:
                    os.unlink(out)
                os.rename(tmp, out)  # onto nothing or an empty folder: atomic
                tmp = None
        except OSError as e:
            raise InputError(out, f"无法写入 / cannot write ({e.strerror or type(e).__name__})") from None
        finally:
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)
        return out


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    text = str(value).replace("\r", "")
    style = '"' if "\n" in text else None
    out = yaml.safe_dump(text, allow_unicode=True, width=10**9, default_style=style).rstrip("\n")
    return out.removesuffix("\n...").rstrip()


def _emit(data: dict[str, Any], sources: dict[str, str], path: str, indent: int) -> list[str]:
    lines = []
    pad = " " * indent
    for key, value in data.items():
        p = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            lines += _emit(value, sources, p, indent + 2)
        elif isinstance(value, list):
            lines.append(f"{pad}{key}:")
            for i, item in enumerate(value):
                ip = f"{p}[{i}]"
                if isinstance(item, dict):
                    sub = _emit(item, sources, ip, indent + 4)
                    sub[0] = f"{pad}  - {sub[0].lstrip()}"
                    lines += sub
                else:
                    lines.append(f"{pad}  - {_scalar(item)}" + _comment(sources, ip))
        else:
            lines.append(f"{pad}{key}: {_scalar(value)}" + _comment(sources, p))
    return lines


def _comment(sources: dict[str, str], path: str) -> str:
    return f"  # {sources[path]}" if path in sources else ""


def read_form(path: str | Path) -> FormDocument:
    """A form file as tables of cells and paragraphs, each with its place; the format follows the suffix."""
    from ..safefile import missing, regular_file

    p = Path(path)
    if missing(p):
        raise InputError(p, "文件不存在 / file not found")
    regular_file(p, "form")  # a FIFO, device or folder is refused, and so is a file over DRAFTER_MAX_FORM_MB
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from .xlsx import read_xlsx
        return read_xlsx(p)
    if suffix == ".docx":
        from .docx import read_docx
        return read_docx(p)
    if suffix == ".pdf":
        from .pdf import read_pdf
        return read_pdf(p)
    if suffix in (".txt", ".md", ".markdown"):
        from .text import read_text_form
        return read_text_form(p)
    if suffix in OLD_OFFICE:
        raise old_format_error(p)
    raise InputError(p, f"无法识别的表格格式“{suffix or '无扩展名'}”，支持 {' '.join(FORM_SUFFIXES)} / unknown form format")


OLD_OFFICE = (".xls", ".doc", ".et", ".wps")  # binary Office files of old Excel, Word and WPS versions


def old_format_error(p: Path) -> InputError:
    suffix = p.suffix.lower()
    return InputError(p, f"不支持旧版 {suffix} 格式，请另存为 .xlsx / .docx / old {suffix} format: save as .xlsx or .docx")


# a form's title line, '包头市…中心2025年度部门整体支出绩效自评表': no sentence in it, ending with 自评表
_FORM_TITLE = re.compile(r"[^。；;，,：:]{0,60}自评表")


def is_form(path: str | Path) -> bool:
    """Whether a file reads as a 自评表 carrying little prose of its own (a sheet, a table copied as text, a
    PDF of the form) — a narrative 自评报告 with an embedded table is a report, not a form."""
    from ..errors import DrafterError

    try:
        doc = read_form(path)
    except DrafterError:
        return False
    return _form_like(doc)


def _form_like(doc: FormDocument) -> bool:
    """is_form on a document read already."""
    from ..errors import DrafterError
    from .layout import _FIELD_LINE, _LABEL_LINE, _UNIT_REMARK_TAIL, distinct, section_heading

    try:
        found = recognize(doc)
    except DrafterError:
        return False
    if any(message.startswith("未找到") for _, message in found.warnings):
        return False
    run_on = any(t.run_on for t in doc.tables)
    # none of these is prose: a field line (项目名称：…, 单位：万元); a labelled narrative line (年度总体目标：…,
    # 偏差原因：…) — the text of a field the form prints below its table; a heading; a list's label line; and what
    # the form read as its own text: a field under a heading naming it (三、年度总体目标), a list of dated lines;
    # and a text print's furniture: its title line (…部门整体支出绩效自评表) and its numbered part headings
    # (一、部门预算资金（单位：万元）)
    prose = 0 if run_on else sum(len(p.text) for p in doc.paragraphs if not _FIELD_LINE.fullmatch(p.text.strip())
                                 and not _NARRATIVE.match(p.text.strip()) and not p.heading
                                 and not _LABEL_LINE.fullmatch(p.text.strip()) and p.place not in found.consumed
                                 and not _FORM_TITLE.fullmatch(p.text.strip())
                                 and not section_heading(_UNIT_REMARK_TAIL.sub("", p.text.strip())))
    cells = sum(len(c.text) for t in doc.tables for row in t.rows for _, c in distinct(row))
    return prose <= 0.2 * (prose + cells)


# a 自评表 printed as text is a few pages: a larger text (a log, an export) is not parsed as one — parsing costs
# about half a second a megabyte, and a check's sources are read on every run that misses the index cache
MAX_TEXT_FORM_CHARS = 200_000


def text_form(text: str, name: str = "<text>") -> FormDocument | None:
    """The form a plain text is, read as `drafter import` reads it, when it is one whose tables have columns (an
    aligned print, tab-separated or Markdown rows, a ruled grid); None for any other text — prose, a log, a ledger
    note, or a form copied out of a PDF whose cells merely follow one another (no column to read a cell under)."""
    from .text import parse_text_form

    if len(text) > MAX_TEXT_FORM_CHARS:
        return None
    doc = parse_text_form(text, name)
    if not doc.tables or any(t.run_on for t in doc.tables) or not _form_like(doc):
        return None
    return doc


def import_form(path: str | Path) -> ImportResult:
    """Read a 自评表 (.xlsx .docx .pdf .txt .md) into the data of a drafter input folder.

    Raises `InputError` (one line naming the file and the place) for what is no 自评表, an encrypted file,
    a scan without text, a formula with no cached value, two forms in one sheet, or a value that the
    schema refuses; everything else the form lacks is a warning naming its place.
    """
    from ..load import validation_to_input_error
    from ..schema import ReportInput

    doc = read_form(path)
    found = recognize(doc)
    result = ImportResult(
        path=str(path), kind=found.kind, input=found.data, sources=found.sources,
        warnings=[ImportWarning(place=p, message=m) for p, m in found.warnings],
        logs=[LogText(title=t, text=x, place=p, task=k) for t, x, p, k in found.logs],
    )
    budget = found.data.get("项目资金") or found.data.get("部门资金情况") or {}
    try:
        ReportInput.model_validate(found.data, context={"money_unit": budget.get("单位", "万元")})
    except ValidationError as e:
        err = validation_to_input_error(Path(path), e)
        where = _place_of(err.where or "", found.sources)
        raise InputError(path, err.detail, where=where or err.where) from None
    return result


def _place_of(field_path: str, sources: dict[str, str]) -> str | None:
    """The form place of a schema field path (项目资金.其中[0].全年执行数 → Sheet1!E7)."""
    for key, place in sources.items():
        if key == field_path or key.startswith(field_path + ".") or key.startswith(field_path + "["):
            return place
    return None
