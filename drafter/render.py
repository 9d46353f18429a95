"""Last stage — render: Markdown, JSON and .docx, and atomic writes that never clobber a file silently."""

from __future__ import annotations

import io
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from .errors import InputError, OutputExistsError
from .outputs import Draft

FORMATS = ("md", "json", "docx")


def draft_title(draft: Draft) -> str:
    year = "" if draft.unit.startswith(str(draft.year)) else f"{draft.year}年度"  # 项目名称 often carries it
    return f"{draft.unit}{year}绩效自评报告（草稿）"


def fallback_note(p: Any) -> str | None:
    """The reader's note under a paragraph drafter's rules wrote in the model's place (llm engine)."""
    return f"注：{p.note or '本段由离线规则补写'}" if getattr(p, "written_by", "") == "rules" else None


def render_markdown(draft: Draft) -> str:
    lines = [f"# {draft_title(draft)}", ""]
    for section in draft.sections:
        lines += [f"## {section.name}", ""]
        for p in section.paragraphs:
            lines += [p.text, ""]
            note = fallback_note(p)
            if note:
                lines += [f"> {note}", ""]
    return "\n".join(lines).rstrip() + "\n"


def render_json(draft: Draft) -> str:
    return draft.model_dump_json(indent=2) + "\n"


def docx_bytes(title: str, sections: list[tuple[str, list[str | tuple[str, str | None]]]], check: Any = None) -> bytes:
    """A Word document with the title, a level-1 heading per section and its paragraphs, and — when a check
    report is given — an appendix table of every number with its source or formula, for the reviewer.

    A paragraph given as (text, note) with a note is highlighted and followed by the note in italics: how
    a paragraph drafter wrote in the model's place shows in the document the reviewer edits."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "仿宋"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")  # East-Asian text ignores font.name alone
    document.add_heading(title, level=0)
    for name, paragraphs in sections:
        document.add_heading(name, level=1)
        for item in paragraphs:
            text, note = item if isinstance(item, tuple) else (item, None)
            para = document.add_paragraph(text)
            if note:
                from docx.enum.text import WD_COLOR_INDEX

                for run in para.runs:
                    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                document.add_paragraph().add_run(note).italic = True
    if check is not None:
        from .check import CHECK_APPENDIX, STATUS_LABELS, explain

        document.add_heading(CHECK_APPENDIX, level=1)
        document.add_paragraph(check.summary_line())
        rows = [m for m in check.mentions if m.status != "ignored"]
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, head in zip(table.rows[0].cells, ("数字", "核验结果", "来源或计算公式")):
            cell.text = head
        for m in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = m.text, STATUS_LABELS[m.status].split()[0], explain(m)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def check_markdown(check: Any) -> str:
    """The .docx appendix as Markdown: a heading, the check's summary line and one table row per number
    (the web page's .md downloads end with it; `drafter check` on such a file stops at the heading)."""
    from .check import CHECK_APPENDIX, STATUS_LABELS, explain

    def cell(text: str) -> str:  # one table cell: no line breaks, no column separators
        return "；".join(line.strip() for line in text.splitlines() if line.strip()).replace("|", "｜")

    lines = [f"## {CHECK_APPENDIX}", "", check.summary_line(), "", "| 数字 | 核验结果 | 来源或计算公式 |",
             "| --- | --- | --- |"]
    lines += [f"| {cell(m.text)} | {STATUS_LABELS[m.status].split()[0]} | {cell(explain(m))} |"
              for m in check.mentions if m.status != "ignored"]
    return "\n".join(lines) + "\n"


def render_docx(draft: Draft) -> bytes:
    return docx_bytes(draft_title(draft), [(s.name, [(p.text, fallback_note(p)) for p in s.paragraphs])
                                           for s in draft.sections],
                      check=draft.check)


def render(draft: Draft, fmt: str) -> str | bytes:
    return {"md": render_markdown, "json": render_json, "docx": render_docx}[fmt](draft)


def check_writable(path: str | Path, force: bool) -> Path:
    """Fail before any work is done when the output would clobber a file, follow a link or cannot be created.

    A symbolic link at the output path (dangling, a loop, or to a file) is never written through: it is
    refused, and with --force the link itself is replaced by the new file, its target left untouched."""
    from .errors import UsageError
    from .safefile import lstat

    out = Path(path)
    st = lstat(out)  # a name too long or a loop in a parent folder is one line
    if st is not None and stat.S_ISLNK(st.st_mode):
        if not force:
            raise UsageError(f"{out}: 输出路径是符号链接，不会写入链接指向的文件（加 --force 则替换链接本身）"
                             f" / --out is a symbolic link: refused, --force replaces the link itself")
    elif st is not None and stat.S_ISDIR(st.st_mode):
        raise InputError(out, "输出路径是一个目录，请给出文件名 / output path is a folder")
    elif st is not None and not stat.S_ISREG(st.st_mode):
        raise InputError(out, "输出路径不是普通文件（设备或管道），不会写入 / not a regular file")
    elif st is not None and not force:
        raise OutputExistsError(out)
    parent = out.parent
    if not parent.is_dir():
        raise InputError(out, "输出目录不存在 / output folder does not exist")
    if not os.access(parent, os.W_OK):
        raise InputError(out, "没有写入该目录的权限 / output folder is not writable")
    if len(os.fsencode(out.name)) + 16 > 255:  # the temporary name must fit too
        raise InputError(out, "文件名过长 / file name too long")
    return out


def write_output(path: str | Path, data: str | bytes, force: bool = False) -> Path:
    """Write via a temporary file in the same folder and rename: readers never see half a file."""
    out = check_writable(path, force)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    except OSError as e:
        raise InputError(out, f"无法在该目录创建文件 / cannot write there ({e.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output is shared like any saved document
        os.replace(tmp, out)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(out, f"写入失败 / write failed ({e.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
