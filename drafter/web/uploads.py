"""Uploads: each one lands in its own session folder, under a name drafter chose, and nowhere else.

No client-supplied path reaches the file system: an uploaded file name is reduced to its last component
and cleaned; a .zip is checked member by member (no absolute path, no `..`, no link, bounded size and
count) BEFORE anything is extracted, and every extracted path is checked to resolve inside the folder.
"""

from __future__ import annotations

import re
import secrets
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from ..check.index import SOURCE_SUFFIXES as CHECK_SOURCE_SUFFIXES
from ..errors import InputError
from ..load import INPUT_NAMES

INPUT_SUFFIXES = (".yaml", ".yml", ".json")
try:  # the form readers (drafter import) decide which 自评表 files a draft can start from
    from ..forms import FORM_SUFFIXES
except ImportError:  # without them a form upload gets the CLI's line naming the formats it reads
    FORM_SUFFIXES = (".xlsx", ".docx", ".pdf", ".txt")
DRAFT_SUFFIXES = (*INPUT_SUFFIXES, ".zip", *FORM_SUFFIXES)
REPORT_SUFFIXES = (".txt", ".md", ".docx", ".pdf", *INPUT_SUFFIXES, ".zip")
SOURCE_SUFFIXES = (*CHECK_SOURCE_SUFFIXES, ".zip")  # what the checker reads, or a folder of it zipped
TEXT_SUFFIXES = (".txt", ".md", ".docx")

MAX_ZIP_MEMBERS = 2000
CHUNK = 1 << 16
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def _mb(n: int) -> str:
    return f"{n / (1 << 20):g} MB"


def safe_name(filename: str | None, fallback: str = "上传文件") -> str:
    """The last component of a client's file name, without separators or control characters.

    PureWindowsPath splits on both / and \\, so "..\\..\\x.yaml" and "/etc/x.yaml" both become "x.yaml".
    """
    name = PureWindowsPath(filename or "").name
    name = _UNSAFE_CHARS.sub("_", name).strip(" .")
    if not name:
        return fallback
    if len(name) > 120:  # keep the suffix, which decides how the file is read
        suffix = Path(name).suffix[:12]
        name = name[: 120 - len(suffix)] + suffix
    return name


@dataclass
class Session:
    """One upload's folder. Every error message names files relative to it, as the user named them."""

    folder: Path
    shown: list[Path] = field(default_factory=list)  # folders whose prefix is stripped from names, first wins

    def public(self, text: str) -> str:
        """A message or source name without the server's temporary path."""
        for base in (*self.shown, self.folder):
            text = text.replace(f"{base}/", "")
        return text.replace(str(self.folder), "")

    def _unique(self, name: str) -> Path:
        """A new path in the folder for `name`: two uploads called input.yaml become input.yaml, input（2）.yaml."""
        stem, suffix = Path(name).stem, Path(name).suffix
        target, n = self.folder / name, 1
        while target.exists():
            n += 1
            target = self.folder / f"{stem}（{n}）{suffix}"
        return target

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def save(self, stream: BinaryIO, filename: str | None, allowed: tuple[str, ...], limit: int,
             what: str = "文件") -> Path:
        """Copy an upload into the folder (at most `limit` bytes); returns its path. A .zip is extracted into a
        folder named like the archive and that folder is returned."""
        name = safe_name(filename)
        suffix = Path(name).suffix.lower()
        if suffix not in allowed:
            raise InputError(name, f"不支持的{what}格式“{suffix or '无扩展名'}”，可上传 {' '.join(allowed)} / unsupported file type")
        target = self.folder / f".{secrets.token_hex(4)}.zip" if suffix == ".zip" else self._unique(name)
        size = 0
        with open(target, "xb") as out:  # "x": never reuse a path, even one drafter made
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    out.close()
                    target.unlink(missing_ok=True)
                    raise InputError(name, f"文件超过 {_mb(limit)} 上限 / upload larger than {_mb(limit)}")
                out.write(chunk)
        if size == 0:
            target.unlink(missing_ok=True)
            raise InputError(name, "文件为空 / the file is empty")
        if suffix != ".zip":
            return target
        dest = self._unique(name)
        try:
            extract_zip(target, dest, name, limit=limit * 4)
        finally:
            target.unlink(missing_ok=True)
        return dest


def new_session(root: Path) -> Session:
    folder = Path(tempfile.mkdtemp(prefix="s-", dir=root))
    return Session(folder=folder)


def _member_name(info: zipfile.ZipInfo) -> str:
    """Names stored without the UTF-8 flag, which zipfile reads as cp437: UTF-8 bytes from Info-ZIP on Linux or
    macOS (a strict UTF-8 reading almost never fits GBK bytes), else GBK from Chinese Windows."""
    name = info.filename
    if not info.flag_bits & 0x800:
        for encoding in ("utf-8", "gbk"):
            try:
                name = info.filename.encode("cp437").decode(encoding)
                break
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
    return name.replace("\\", "/")


def _is_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def extract_zip(archive: Path, dest: Path, shown: str, limit: int) -> None:
    """Extract after checking every member; any unsafe member refuses the whole archive, nothing written."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError):
        raise InputError(shown, "不是有效的 zip 压缩包 / not a valid .zip archive") from None
    with zf:
        members: list[tuple[zipfile.ZipInfo, tuple[str, ...]]] = []
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise InputError(shown, f"压缩包内文件超过 {MAX_ZIP_MEMBERS} 个 / too many files in the archive")
        for info in infos:
            name = _member_name(info)
            parts = PurePosixPath(name).parts
            if (name.startswith("/") or ".." in parts or (parts and ":" in parts[0])) :
                raise InputError(shown, f"压缩包中的路径“{name}”指向压缩包之外，已拒绝 / unsafe path in archive")
            if _is_link(info):
                raise InputError(shown, f"压缩包中的“{name}”是链接，已拒绝 / link in archive refused")
            if info.flag_bits & 0x1:
                raise InputError(shown, "压缩包已加密，请上传未加密的 zip / encrypted archive")
            if info.is_dir() or not parts or parts[0] == "__MACOSX" or parts[-1].startswith("._"):
                continue
            members.append((info, tuple(safe_name(p, "_") for p in parts)))
        if sum(i.file_size for i, _ in members) > limit:
            raise InputError(shown, f"压缩包解压后超过 {_mb(limit)} / archive too large when extracted")
        dest.mkdir()
        root = dest.resolve()
        written = 0
        for info, parts in members:
            target = dest.joinpath(*parts)
            if not target.resolve().is_relative_to(root):  # belt and braces after the name checks
                raise InputError(shown, f"压缩包中的路径“{info.filename}”不安全，已拒绝 / unsafe path in archive")
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(info) as src, open(target, "xb") as out:
                    while chunk := src.read(CHUNK):
                        written += len(chunk)  # the header's size can lie: count what comes out
                        if written > limit:
                            raise InputError(shown, f"压缩包解压后超过 {_mb(limit)} / archive too large when extracted")
                        out.write(chunk)
            except (zipfile.BadZipFile, EOFError, NotImplementedError, FileExistsError) as e:
                raise InputError(shown, f"压缩包中的“{_member_name(info)}”无法解压 / cannot extract ({type(e).__name__})") from None


def find_input(folder: Path, shown: str) -> Path:
    """The drafter input inside an extracted example folder: the shallowest input.yaml / .yml / .json."""
    found = sorted((p for p in folder.rglob("*") if p.is_file() and p.name in INPUT_NAMES),
                   key=lambda p: (len(p.relative_to(folder).parts), INPUT_NAMES.index(p.name), str(p)))
    if not found:
        raise InputError(shown, f"压缩包中没有 {' / '.join(INPUT_NAMES)} / no drafter input in the archive")
    return found[0]
