"""The `drafter` command: a thin typer shell. Each verb lives in its own module and calls one library function.

Exit codes: 0 done, 1 a check result (numbers not traceable, an eval regression), 2 bad input or usage,
3 an internal error (a bug: one line saying where to report it; `-v` or DRAFTER_DEBUG=1 shows the
traceback), 130 interrupted. Verb modules import their heavy machinery (checker, LangChain, python-docx)
inside the command, so `drafter --version` and `--help` start fast.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys

import typer

from ..errors import DrafterError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="drafter — 绩效自评报告起草、数字核验、领导摘要与提示词回归评测",
    pretty_exceptions_enable=False,
)

INTERNAL_ERROR_EXIT = 3
REPORT_TO = "请把命令和这一行报告给 drafter 维护者（项目 issues）；加 -v 或设置 DRAFTER_DEBUG=1 可看到详细信息"


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", help="显示版本 / show the version"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="显示详细信息：出错时的 Python traceback，等待模型回复时的进度行 / tracebacks, waiting notices"),
) -> None:
    from .options import set_verbose

    set_verbose(verbose or _debug([]))
    if version:
        from .. import __version__

        typer.echo(f"drafter {__version__}")
    elif ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


# Verb modules register their commands on `app` when imported.
VERBS = ("draft", "check", "summarize", "eval", "models", "prompts", "schema", "serve", "importing", "cache")

for _verb in VERBS:
    importlib.import_module(f"{__name__}.{_verb}")


def _debug(args: list[str]) -> bool:
    if os.environ.get("DRAFTER_DEBUG", "").strip() not in ("", "0"):
        return True
    for arg in args:  # only options before the verb are the root's
        if arg in ("-v", "--verbose"):
            return True
        if not arg.startswith("-"):
            break
    return False


_WRITE_ERRNOS = {errno.EPIPE, errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO}


def _stdout_broken(e: OSError) -> bool:
    """After an OSError: was it writing to stdout? (click's echo or rich's console, or a flush that still fails.)"""
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if e.errno in _WRITE_ERRNOS and (code.co_name == "echo" or code.co_filename.endswith("console.py")):
            return True
        tb = tb.tb_next
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        return True
    return False


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's last flush does not print its own error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _fail(message: str, code: int) -> None:
    print(f"错误 / error: {message}", file=sys.stderr)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Run the app; every failure a user can cause ends as one line on stderr and its exit code."""
    from typer.exceptions import TyperException  # usage errors; typer ships its own click since 0.2x

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        code = app(args=args, prog_name="drafter", standalone_mode=False)
        sys.stdout.flush()
        if type(code) is int and code:  # typer.Exit(n) is returned, not raised, outside standalone mode
            sys.exit(code)
    except SystemExit as e:
        if e.__traceback__ is not None and e.__traceback__.tb_next is None:
            raise  # our own sys.exit just above: the verb's verdict
        if isinstance(e.__context__, OSError) and _stdout_broken(e.__context__):
            _closed_stdout(e.__context__)  # rich's console exits with 1 when its reader has gone (… | head)
        if e.code not in (None, 0, 2, 130):  # a component's sys.exit(1) or sys.exit("…"): not a check result
            _internal(e, args)
        raise
    except DrafterError as e:
        _fail(str(e), e.exit_code)
    except TyperException as e:
        _fail(e.format_message(), e.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        print("已取消 / aborted", file=sys.stderr)
        sys.exit(130)
    except OSError as e:
        if _stdout_broken(e):
            _closed_stdout(e)
        _internal(e, args)
    except Exception as e:  # noqa: BLE001 — the last resort: a bug, reported as one line with its own code
        _internal(e, args)


def _closed_stdout(e: OSError) -> None:
    _silence_stdout()
    reason = "磁盘已满" if e.errno == errno.ENOSPC else "管道已关闭" if e.errno == errno.EPIPE else e.strerror
    _fail(f"无法写入标准输出（{reason}）/ cannot write to standard output ({e.strerror})", 2)


def _internal(e: BaseException, args: list[str]) -> None:
    if _debug(args):
        import traceback

        traceback.print_exc()
    where = ""
    tb = e.__traceback__
    while tb is not None:  # the innermost frame of drafter's own code
        if "drafter" in tb.tb_frame.f_code.co_filename:
            where = f" @ {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}"
        tb = tb.tb_next
    detail = str(e).splitlines()[0][:200] if str(e) else ""
    _fail(f"内部错误 / internal error: {type(e).__name__}{': ' + detail if detail else ''}{where}。{REPORT_TO}",
          INTERNAL_ERROR_EXIT)
