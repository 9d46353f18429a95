"""Safe reading for every reader: only regular files, size checked before reading, OS errors as one line.

    read_bytes(path, "input")          -> bytes    a FIFO, device, folder or loop is an InputError, never a hang
    regular_file(path, "report")       -> Path     the same checks, for libraries that open the path themselves
    list_files(folder, suffixes)       -> [Path]   a folder walked without following links, bounded in count
    write_private(path, data)          -> bool     a cache file written atomically in a 0700 folder, or nothing

The second argument names a limit of drafter.limits ("input", "source", "report", "text", "config" …).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError
from .limits import MB, limit

_ERRNO = {
    errno.ENOENT: "文件不存在 / file not found",
    errno.ENAMETOOLONG: "文件名过长 / file name too long",
    errno.EACCES: "没有读取权限 / permission denied",
    errno.EPERM: "没有读取权限 / permission denied",
    errno.ELOOP: "符号链接循环 / symbolic link loop",
    errno.EISDIR: "是目录而不是文件 / is a folder, not a file",
    errno.ENOTDIR: "路径中有一段不是目录 / a part of the path is not a folder",
    errno.ENXIO: "不是普通文件（设备或管道）/ not a regular file",
}


def os_error(path: object, e: OSError) -> InputError:
    """An OSError as one line naming the path."""
    msg = _ERRNO.get(e.errno or 0) or f"无法读取 / cannot read ({e.strerror or type(e).__name__})"
    return InputError(path, msg)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "是目录而不是文件 / is a folder, not a file"
    what = ("管道 FIFO" if stat.S_ISFIFO(mode) else "设备" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "套接字" if stat.S_ISSOCK(mode) else "特殊文件")
    return f"不是普通文件（{what}），不会读取 / not a regular file"


def _open(path: Path) -> tuple[int, os.stat_result]:
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)  # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer
    except OSError as e:
        raise os_error(path, e) from None
    except ValueError:  # an embedded NUL
        raise InputError(path, "文件名无效 / invalid file name") from None
    try:
        st = os.fstat(fd)
    except OSError as e:
        os.close(fd)
        raise os_error(path, e) from None
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise InputError(path, _kind(st.st_mode))
    return fd, st


def _size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB / 10 else f"{n} 字节"


def read_bytes(path: str | Path, limit_name: str = "input") -> bytes:
    """The bytes of a regular file no larger than the limit; anything else is one InputError."""
    path = Path(path)
    lim = limit(limit_name)
    fd, st = _open(path)
    try:
        if st.st_size > lim.amount:
            raise lim.error(path, _size(st.st_size))
        os.set_blocking(fd, True)
        chunks, total = [], 0
        while True:  # read to the cap: /proc and /sys files report size 0 and may be endless
            chunk = os.read(fd, min(1 << 20, lim.amount + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > lim.amount:
                raise lim.error(path, f"超过 {_size(lim.amount)}")
        return b"".join(chunks)
    except OSError as e:
        raise os_error(path, e) from None
    finally:
        os.close(fd)


def regular_file(path: str | Path, limit_name: str = "input") -> Path:
    """Check that `path` is a regular file within the size limit, for a library that opens it by name."""
    path = Path(path)
    fd, st = _open(path)
    os.close(fd)
    lim = limit(limit_name)
    if st.st_size > lim.amount:
        raise lim.error(path, _size(st.st_size))
    return path


def lstat(path: str | Path) -> os.stat_result | None:
    """What is at `path` itself (a link is not followed), or None; an OS error (name too long, a loop) is one line."""
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise os_error(path, e) from None


def missing(path: str | Path) -> bool:
    """Nothing at `path`, not even a dangling link; an OS error (name too long, a loop) is one line."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError as e:
        raise os_error(path, e) from None
    return False


def list_files(folder: str | Path, suffixes: Iterable[str]) -> list[Path]:
    """Files with one of the suffixes under `folder`, sorted; hidden entries and Word's ~$ lock files skipped.

    Links to folders are not followed (no loops through /proc or back up the tree); a link to a file is
    listed and then refused by `read_bytes` if it is not a regular file.
    """
    folder = Path(folder)
    wanted = tuple(s.lower() for s in suffixes)
    cap = limit("log_files")
    found: list[Path] = []

    def fail(e: OSError) -> None:
        raise os_error(e.filename or folder, e)

    for dirpath, dirnames, filenames in os.walk(folder, onerror=fail, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith((".", "~$")) or not name.lower().endswith(wanted):
                continue
            found.append(Path(dirpath) / name)
            if len(found) > cap.amount:
                raise cap.error(folder)
    return sorted(found)


def pdf_limits() -> None:
    """Bound what pypdf inflates by DRAFTER_MAX_PART_MB: a flate bomb raises LimitReachedError, not gigabytes."""
    try:
        import pypdf

        if hasattr(pypdf, "overwrite_configuration"):  # pypdf ≥ 6.x; older versions keep their own 75 MB caps
            part = limit("part").amount
            pypdf.overwrite_configuration(zlib_maximum_output_length=part, stream_decoding_work_maximum_length=4 * part)
    except (ImportError, TypeError):
        pass


def check_pdf_streams(path: str | Path, limit_name: str = "input") -> Path:
    """Before a reader without limits (pdfplumber) opens a PDF: a regular file within the size limit whose
    page contents inflate within DRAFTER_MAX_PART_MB. Other damage is left to the reader to name."""
    path = regular_file(path, limit_name)
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    pdf_limits()
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            return path
        for page in reader.pages:
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
    except LimitReachedError:
        raise limit("part").error(path, "PDF 数据流") from None
    except Exception:  # noqa: BLE001 — damaged or odd files: the reader that follows says what is wrong
        pass
    return path


def write_private(path: Path, data: bytes) -> bool:
    """Write a cache file of drafter's own (the index cache, the regex cache) atomically, in a folder only the user
    reads (0700): a temporary file beside it, then renamed over it. Any failure (a read-only or full disk) leaves the
    file as it was and no temporary file behind; False then — the run's result stands, only without the cache."""
    import tempfile

    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
