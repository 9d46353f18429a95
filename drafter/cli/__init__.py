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

# Verb modules register their commands on `app` when imported.
VERBS = ("draft", "schema")

for _verb in VERBS:
    importlib.import_module(f"{__name__}.{_verb}")


def main() -> None:
    try:
        app(standalone_mode=False)
    except DrafterError as e:
        print(f"错误 / error: {e}", file=sys.stderr)
        sys.exit(e.exit_code)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except typer.Abort:
        print("已取消 / aborted", file=sys.stderr)
        sys.exit(130)
    except Exception as e:  # click usage errors (ClickException) carry their own exit code 2
        from click.exceptions import ClickException

        if isinstance(e, ClickException):
            e.show()
            sys.exit(e.exit_code)
        raise
