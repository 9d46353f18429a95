"""Path containment: a path written inside a file a user was handed stays inside that file's folder.

An input, a suite or a form comes from someone else. Every path it names is resolved against its own
folder and — after resolving symlinks — must stay inside it; `../secret`, `/etc` or a symlink that leads
out is refused with one line naming the file, the key and the path. Only the user can widen this, by
passing `--allow-outside` on the command line (the CLI calls `allow_outside(True)` for that run); the
library default refuses, so a web front end or any other caller of drafter gets the safe behaviour.

    inside(file, key, value) -> Path            # resolved, or InputError naming file, key and value
    check_inside(path, file, key)                # a path met while walking (a file in the logs folder)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError

_allowed = False  # process-wide: set only from the command line; threads of one run (eval jobs) share it


def allow_outside(value: bool = True) -> None:
    """The user passed --allow-outside: paths in the run's files may leave their folders."""
    global _allowed
    _allowed = bool(value)


def outside_allowed() -> bool:
    return _allowed


@contextlib.contextmanager
def outside_permitted(value: bool = True) -> Iterator[None]:
    """`allow_outside` for a block only (tests, library callers acting on a user's explicit choice)."""
    before = _allowed
    allow_outside(value)
    try:
        yield
    finally:
        allow_outside(before)


def refused(file: str | Path, key: str, value: str | Path) -> InputError:
    return InputError(
        file,
        f"路径“{value}”超出了该文件所在目录，已拒绝读取或写入；确属本人意图请在命令行加 --allow-outside"
        f" / path leaves the file's folder; pass --allow-outside to permit it",
        where=key,
    )


def _within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def inside(file: str | Path, key: str, value: str | Path, *, allow: bool | None = None) -> Path:
    """`value` (as written under `key` in `file`) resolved against the file's folder; refused if it leaves it.

    Symlinks are resolved before the comparison, so a link inside the folder that points out is refused too.
    A path that does not exist yet (a recordings folder to create) is judged by its resolved parents.
    """
    base = Path(file).parent
    target = base / Path(value)  # an absolute value replaces the base, as the user would read it
    if allow if allow is not None else _allowed:
        return target
    root = base.resolve()
    if not _within(Path(os.path.realpath(target)), root):
        raise refused(file, key, value)
    return target


def check_inside(path: Path, file: str | Path, key: str, *, allow: bool | None = None) -> None:
    """A file met while walking a folder `file` named (a log in the logs folder): its real path stays inside."""
    if allow if allow is not None else _allowed:
        return
    if not _within(Path(os.path.realpath(path)), Path(file).parent.resolve()):
        raise refused(file, key, path)
