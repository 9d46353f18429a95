"""`drafter check TEXT --source PATH …`: every number of TEXT traced to the sources, or flagged.

Exit 0 when every number is supported, 1 when at least one is not, 2 on a usage or input error.
"""

from __future__ import annotations

import itertools
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
    # A long text (10 MB of figures has a million): the table holds at most MAX_TABLE_ROWS rows, every
    # unsupported number first (the ones to act on), then the first supported ones; the rest are counted.
    traced = lambda m: m.status not in ("unsupported", "ignored")  # noqa: E731 — ignored: not quantities
    bad = [m for m in report.mentions if m.status == "unsupported"]
    n_good = sum(1 for m in report.mentions if traced(m))
    good = list(itertools.islice(filter(traced, report.mentions), max(MAX_TABLE_ROWS - len(bad), 0)))
    shown = sorted(bad[:MAX_TABLE_ROWS] + good, key=lambda m: m.start)
    hidden_bad, hidden_good = len(bad) - len(bad[:MAX_TABLE_ROWS]), n_good - len(good)
    for m in shown:
        style = STATUS_STYLE[m.status]
        table.add_row(str(m.start), escape(m.text), f"[{style}]{STATUS_LABELS[m.status]}[/]",
                      escape(explain(m)), style="red" if m.status == "unsupported" else None)
    if table.row_count:
        console.print(table)
    if hidden_bad:
        console.print(f"[bold red]另有 {hidden_bad} 个无法溯源、{hidden_good} 个可溯源的数字未列出，完整结果请用 --json / "
                      f"{hidden_bad} unsupported and {hidden_good} supported numbers not listed[/]")
    elif hidden_good:
        console.print(f"[dim]另有 {hidden_good} 个可溯源的数字未列出，完整结果请用 --json / {hidden_good} supported numbers not listed[/]")
    colour = "green" if report.ok else "bold red"
    console.print(f"[{colour}]{escape(report.summary_line())}[/]")


def write_json(report: CheckReport) -> None:  # noqa: F821
    """The report as one JSON object, the same text as json.dumps(report.model_dump(mode="json")) but written
    one mention at a time: a million mentions never become one list of dicts and one string at once."""
    dump = lambda obj: json.dumps(obj, ensure_ascii=False)  # noqa: E731
    typer.echo('{"mentions": [', nl=False)
    for k in range(0, len(report.mentions), 1000):
        chunk = ", ".join(dump(m.model_dump(mode="json")) for m in report.mentions[k:k + 1000])
        typer.echo((", " if k else "") + chunk, nl=False)
    rest = report.model_dump(mode="json", exclude={"mentions"})
    typer.echo("], " + dump(rest)[1:])


@app.command("check")
def check_command(
    text: Annotated[str, typer.Argument(help="要核验的文本（UTF-8 文本或 Markdown），- 表示标准输入 / text file or -")],
    source: Annotated[list[Path], typer.Option("--source", "-s", help="来源：文件或目录（可重复）/ source file or folder")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON / print one JSON object")] = False,
) -> None:
    """核验文本中每个数字能否溯源至来源数据 / trace every number in TEXT to the sources."""
    from ..check import check, read_text_arg, source_paths  # the checker and its data load only when this verb runs
    from ..check.parallel import verb_jobs
    from ..index_cache import build_cached

    paths = source_paths(source)
    body = read_text_arg(text)
    index, store = build_cached(paths)  # the sources' index, read back when the same sources were indexed before
    # a large text in two processes where the platform forks and a core is idle (the same verdicts;
    # drafter/check/parallel.py)
    report = check(body, index, name=text if text != "-" else "<stdin>", jobs=verb_jobs())
    if as_json:
        write_json(report)
    else:
        render_table(report)
    store()  # only now: a failed run leaves no cache entry behind
    if not report.ok:
        raise typer.Exit(1)
