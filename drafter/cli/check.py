"""`drafter check TEXT --source PATH …`: every number of TEXT traced to the sources, or flagged.

Exit 0 when every number is supported, 1 when at least one is not, 2 on a usage or input error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..check import STATUS_LABELS, CheckReport, check_files, explain
from . import app

STATUS_STYLE = {
    "exact": "green", "converted": "green", "rounded": "green", "approximate": "yellow", "derived": "cyan",
    "unsupported": "bold red", "ignored": "dim",
}
def render_table(report: CheckReport) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    import sys

    console = Console(highlight=False, width=None if sys.stdout.isatty() else 150)
    table = Table(show_lines=False, header_style="bold")
    table.add_column("位置 at", justify="right", no_wrap=True)
    table.add_column("数字 number", no_wrap=True)
    table.add_column("状态 status", no_wrap=True)
    table.add_column("依据 evidence / formula", overflow="fold")
    for m in report.mentions:
        if m.status == "ignored":
            continue  # not quantities; counted in the summary line
        style = STATUS_STYLE[m.status]
        table.add_row(str(m.start), escape(m.text), f"[{style}]{STATUS_LABELS[m.status]}[/]",
                      escape(explain(m)), style="red" if m.status == "unsupported" else None)
    if table.row_count:
        console.print(table)
    colour = "green" if report.ok else "bold red"
    console.print(f"[{colour}]{escape(report.summary_line())}[/]")


@app.command("check")
def check_command(
    text: Annotated[str, typer.Argument(help="要核验的文本（UTF-8 文本或 Markdown），- 表示标准输入 / text file or -")],
    source: Annotated[list[Path], typer.Option("--source", "-s", help="来源：文件或目录（可重复）/ source file or folder")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON / print one JSON object")] = False,
) -> None:
    """核验文本中每个数字能否溯源至来源数据 / trace every number in TEXT to the sources."""
    report = check_files(text, source)
    if as_json:
        typer.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False))
    else:
        render_table(report)
    if not report.ok:
        raise typer.Exit(1)
