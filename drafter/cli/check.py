"""`drafter check TEXT --source PATH …`: every number of TEXT traced to the sources, or flagged.

Exit 0 when every number is supported, 1 when at least one is not, 2 on a usage or input error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from . import app

MAX_TABLE_ROWS = 500

STATUS_STYLE = {
    "exact": "green", "converted": "green", "rounded": "green", "approximate": "yellow", "derived": "cyan",
    "unsupported": "bold red", "ignored": "dim",
}
def render_table(report: CheckReport) -> None:  # noqa: F821 — drafter.check.CheckReport
    from rich.console import Console
    from rich.markup import escape

    from ..check import STATUS_LABELS, explain
    from rich.table import Table

    import sys

    console = Console(highlight=False, width=None if sys.stdout.isatty() else 150)
    table = Table(show_lines=False, header_style="bold")
    table.add_column("位置 at", justify="right", no_wrap=True)
    table.add_column("数字 number", no_wrap=True)
    table.add_column("状态 status", no_wrap=True)
    table.add_column("依据 evidence / formula", overflow="fold")
    shown = [m for m in report.mentions if m.status != "ignored"]  # not quantities: counted in the summary
    if len(shown) > MAX_TABLE_ROWS:  # a long text: every unsupported number, then the first supported ones
        bad = [m for m in shown if m.status == "unsupported"]
        good = [m for m in shown if m.status != "unsupported"][: max(MAX_TABLE_ROWS - len(bad), 0)]
        hidden = len(shown) - len(bad) - len(good)
        shown = sorted(bad + good, key=lambda m: m.start)
    else:
        hidden = 0
    for m in shown:
        style = STATUS_STYLE[m.status]
        table.add_row(str(m.start), escape(m.text), f"[{style}]{STATUS_LABELS[m.status]}[/]",
                      escape(explain(m)), style="red" if m.status == "unsupported" else None)
    if table.row_count:
        console.print(table)
    if hidden:
        console.print(f"[dim]另有 {hidden} 个可溯源的数字未列出，完整结果请用 --json / {hidden} supported numbers not listed[/]")
    colour = "green" if report.ok else "bold red"
    console.print(f"[{colour}]{escape(report.summary_line())}[/]")


@app.command("check")
def check_command(
    text: Annotated[str, typer.Argument(help="要核验的文本（UTF-8 文本或 Markdown），- 表示标准输入 / text file or -")],
    source: Annotated[list[Path], typer.Option("--source", "-s", help="来源：文件或目录（可重复）/ source file or folder")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON / print one JSON object")] = False,
) -> None:
    """核验文本中每个数字能否溯源至来源数据 / trace every number in TEXT to the sources."""
    from ..check import check_files  # the checker and its data load only when this verb runs

    report = check_files(text, source)
    if as_json:
        typer.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False))
    else:
        render_table(report)
    if not report.ok:
        raise typer.Exit(1)
