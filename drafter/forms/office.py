"""What .xlsx and .docx have in common: a zip package, or an OLE container when saved with a password."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_package(path: Path, kind: str) -> None:
    """Refuse an encrypted or legacy file before the library trips over it, in words a user can act on."""
    from ..load import check_zip_parts
    from ..safefile import os_error, regular_file

    regular_file(path, "form")
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as e:
        raise os_error(path, e) from None
    if head == _OLE:
        raise InputError(path, f"文件设有打开密码（已加密）或为旧版格式，请在 {kind} 中取消密码并另存为"
                               f" {path.suffix.lower()} / password-protected or legacy file")
    if not zipfile.is_zipfile(path):
        raise InputError(path, f"不是有效的 {path.suffix.lower()} 文件 / not a readable {path.suffix.lower()} file")
    check_zip_parts(path, "form")  # a zip bomb is refused by the parts' declared sizes before parsing
