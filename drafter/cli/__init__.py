"""The `drafter` command: a thin typer shell. Each verb lives in its own module and calls one library function."""

from __future__ import annotations

import importlib
import sys

import typer

from ..errors import DrafterError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="drafter — 绩效自评报告起草、数字核验、领导摘要与提示词回归评测",
    pretty_exceptions_enable=False,
)

@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", help="显示版本 / show the version"),
) -> None:
    if version:
        from .. import __version__

        typer.echo(f"drafter {__version__}")
    elif ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


# Verb modules register their commands on `app` when imported.
VERBS = ("draft", "check", "summarize", "eval", "models", "prompts", "schema", "serve", "importing")

for _verb in VERBS:
    importlib.import_module(f"{__name__}.{_verb}")


def main() -> None:
    """Run the app; every failure a user can cause ends as one line on stderr and its exit code."""
    from typer.exceptions import TyperException  # usage errors; typer ships its own click since 0.2x

    try:
        code = app(standalone_mode=False)
        if type(code) is int and code:  # typer.Exit(n) is returned, not raised, outside standalone mode
            sys.exit(code)
    except DrafterError as e:
        print(f"错误 / error: {e}", file=sys.stderr)
        sys.exit(e.exit_code)
    except TyperException as e:
        print(f"错误 / error: {e.format_message()}", file=sys.stderr)
        sys.exit(e.exit_code)
    except typer.Abort:
        print("已取消 / aborted", file=sys.stderr)
        sys.exit(130)
