"""Compiled regular expressions kept between runs of the `drafter` command, under `$DRAFTER_HOME/regex/`.

Python compiles every regex anew in each process, and drafter's ≈ 720 patterns are most of what its start costs:
re's compiler (pure Python) turns a character class holding a Chinese character into a map of 65,536 entries, a range
such as [\\u4e00-\\u9fff] one character at a time — 0.4 s of every `drafter check` on a quiet machine, more than the
sources' index read back from its cache. What the compiler makes of a pattern (the program re hands its C engine,
_sre) is kept in one file per Python build and handed to the engine directly at the next start: the same Pattern,
without the compiler. The engine validates a program before it takes it: an entry that does not validate, or a file
of another shape, and that pattern is compiled as usual.

Only the command installs it (drafter/__main__.py), for the command's run: a program that imports drafter compiles
its patterns as Python does. Only the patterns compiled while a module is imported are kept — the code's; one built
at run time from a text's or a source's words is compiled as usual and never written. Entries are keyed by the
pattern and its flags, so changed code only adds entries; the
file is written (atomically) at the end of a run that compiled a pattern it lacked and ended without an error (a run
that fails writes nothing, as every bad input must), and starts afresh past
MAX_ENTRIES (patterns built from a text's own words would otherwise pile up). Trusted as `$DRAFTER_HOME` is (README,
threat model). `DRAFTER_REGEX_CACHE=0` turns it off.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

FORMAT = 1
SUPPORTED = ((3, 11), (3, 12), (3, 13))  # the CPython versions whose re._compiler / _sre.compile this was built on
MAX_ENTRIES = 4000         # ≈ 5 times the patterns drafter compiles in a run
MAX_FILE_BYTES = 64 << 20  # a larger file is not read
# (final flags, program, groups − 1, group names → numbers, numbers → names): _sre.compile's arguments after the pattern
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
stats: Counter[str] = Counter()  # patterns this process built from the file ("read") and compiled ("compiled")


def enabled() -> bool:
    return os.environ.get("DRAFTER_REGEX_CACHE", "1").strip().lower() not in ("0", "off", "no", "false")


def cache_file() -> Path:
    """The file for this Python build and regex engine (another build's programs may differ)."""
    import hashlib

    import _sre

    from .home import drafter_home

    build = f"{FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()
    return drafter_home() / "regex" / f"{sys.implementation.cache_tag}-{hashlib.sha256(build).hexdigest()[:16]}.json"


@contextmanager
def compiled_regexes() -> Iterator[None]:
    """While it is open, a regex the file holds is built from its program, one it lacks is compiled and noted; on
    the way out the file is written if a pattern was noted."""
    try:
        import _sre
        from re import _compiler, _parser  # (CPython 3.11–3.13 share these)

        original, parse, code_of, debug = _compiler.compile, _parser.parse, _compiler._code, _compiler.SRE_FLAG_DEBUG
    except (ImportError, AttributeError):
        yield
        return
    if not enabled() or sys.implementation.name != "cpython" or sys.version_info[:2] not in SUPPORTED:
        yield
        return
    path = cache_file()
    known = _load(path)
    used: dict[tuple[str, int], Entry] = {}

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or flags & debug:
            return original(p, flags)
        key = (p, int(flags))
        entry = known.get(key)
        if entry is not None:
            try:
                pattern = _sre.compile(p, *entry)
            except (TypeError, ValueError, OverflowError, RuntimeError):  # (RuntimeError: "invalid SRE code")
                pass
            else:
                used[key] = entry
                stats["read"] += 1
                return pattern
        try:
            return _compiled(p, flags, key)
        except Exception:  # (an engine that takes other arguments: re's own way, which also raises re.error as usual)
            return original(p, flags)

    def _compiled(p: str, flags: int, key: tuple[str, int]) -> Any:
        # re._compiler.compile's own steps, keeping what it hands the engine
        parsed = parse(p, flags)
        code = [int(c) for c in code_of(parsed, flags)]  # (its opcodes are int subclasses: plain ints for JSON)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        pattern = _sre.compile(p, *entry)  # (before it is noted: an entry the engine refused is never written)
        known.pop(key, None)  # (an entry that did not validate is written anew)
        stats["compiled"] += 1
        if _importing(sys._getframe(1)):  # (a pattern of the code; one built at run time is compiled, not kept)
            used[key] = entry
        return pattern

    _compiler.compile = compile
    ended = False  # did the command end as it should (its exit 1: a verdict, a number unsupported)? An error writes nothing
    try:
        yield
        ended = True
    except SystemExit as e:
        ended = e.code in (None, 0, 1)
        raise
    finally:
        if _compiler.compile is compile:
            _compiler.compile = original
        if ended and any(k not in known for k in list(used)):
            _store(path, known, used)


def _importing(frame: Any) -> bool:
    """Is a module being imported up the stack (a pattern of the code, not one built from a text's or a source's
    words at run time: those are compiled, not kept — the file holds no words of anyone's material)? The command's
    own script runs as __main__, whose code is no import."""
    while frame is not None:
        if frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") != "__main__":
            return True
        frame = frame.f_back
    return False


def _load(path: Path) -> dict[tuple[str, int], Entry]:
    """The file's entries, or none when it is missing, too large or of another shape."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return {}
        import orjson

        data = orjson.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("python") != sys.version:
            return {}
        out: dict[tuple[str, int], Entry] = {}
        for p, flags, final, code, groups, groupindex, indexgroup in data["entries"]:
            if isinstance(p, str) and isinstance(flags, int) and isinstance(final, int) and isinstance(code, list) \
                    and isinstance(groups, int) and isinstance(groupindex, dict) and isinstance(indexgroup, list):
                out[p, flags] = (final, code, groups, groupindex, tuple(indexgroup))  # (the engine checks the rest)
        return out
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _store(path: Path, known: dict[tuple[str, int], Entry], used: dict[tuple[str, int], Entry]) -> None:
    """Write the file atomically: what it held and what this run compiled, or only this run's past MAX_ENTRIES.
    Any failure (a read-only or full disk) leaves the file as it was."""
    import orjson

    from .safefile import write_private

    entries = {**known, **used} if len(known) + len(used) <= MAX_ENTRIES else used
    try:
        data = orjson.dumps({"format": FORMAT, "python": sys.version,
                             "entries": [[p, f, *e] for (p, f), e in entries.items()]})
    except (TypeError, ValueError):
        return
    write_private(path, data)
