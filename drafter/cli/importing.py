"""`drafter import FORM`: a 自评表 (.xlsx .docx .pdf .txt .md) → a drafter input folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app


@app.command("import")
def import_command(
    form: Annotated[Path, typer.Argument(help="自评表文件：.xlsx .docx .pdf（含文字层）.txt .md / the form file")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="输出目录（默认：表格同目录下的 <文件名>-input）")] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已有的输出目录 / overwrite an existing folder")] = False,
) -> None:
    """读取自评表，生成 drafter 输入目录（input.yaml + worklogs/），每个字段注明原表位置 / import a form."""
    from ..forms import import_form

    result = import_form(form)
    target = out if out is not None else form.with_name(f"{form.stem}-input")
    written = result.write(target, force=force)
    for w in result.warnings:
        typer.echo(f"提示 / warning: {form} {w}", err=True)
    fields = sum(1 for k in result.sources)
    typer.echo(f"已导入 {form.name}（{'项目支出' if result.kind == 'project' else '部门整体支出'}绩效自评表）："
               f"{fields} 项字段，{len(result.logs)} 段叙述，{len(result.warnings)} 条提示 → {written}")
