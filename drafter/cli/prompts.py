"""`drafter prompts`: the versioned prompt files drafter can use."""

from __future__ import annotations

import os

from . import app


@app.command("prompts")
def prompts_command() -> None:
    """列出提示词及其版本（最新版本标 *）/ list prompts and versions (latest marked *)."""
    from rich.console import Console
    from rich.table import Table

    from ..prompts import list_prompts  # LangChain's prompt classes cost ~0.4 s to import; only this verb needs them

    prompts = list_prompts()
    latest = {}
    for p in prompts:
        latest[p.name] = max(latest.get(p.name, 0), p.number)
    table = Table(title="提示词 / prompts", title_justify="left")
    for col in ("名称 name", "版本 version", "变量 variables", "说明 description", "文件 file"):
        table.add_column(col, overflow="fold")
    for p in prompts:
        star = " *" if p.number == latest[p.name] else ""
        table.add_row(p.name, p.version + star, ", ".join(p.variables), p.description, str(p.path))
    Console(width=200 if not os.isatty(1) else None).print(table)
