"""An old binary Office file given as a source (.xls from an old Excel, .doc from an old Word) cannot be read:
`drafter check` says so in one line naming the file and what to do (save it as .xlsx / .docx), exit 2 — the
same way alone or inside a folder of sources (where it is never skipped in silence: the user would believe its
figures had been checked against)."""

from __future__ import annotations

import sys

import pytest

from drafter.cli import main

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504  # the first bytes of every old binary Office file


def _run(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["drafter", "check", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    return exc.value.code, capsys.readouterr().err


@pytest.mark.parametrize("name", ["绩效自评表.xls", "自评报告.doc"])
def test_an_old_office_source_is_one_line_naming_it_and_exit_2(tmp_path, monkeypatch, capsys, name):
    old = tmp_path / name
    old.write_bytes(OLE)
    text = tmp_path / "报告.md"
    text.write_text("全年执行113.6万元。", encoding="utf-8")
    code, err = _run(monkeypatch, capsys, str(text), "-s", str(old))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "另存为" in lines[0] and "Traceback" not in err


def test_an_old_office_file_in_a_folder_of_sources_is_named_not_skipped(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "来源"
    folder.mkdir()
    (folder / "统计.md").write_text("全年执行113.6万元。\n", encoding="utf-8")
    (folder / "旧表.xls").write_bytes(OLE)
    text = tmp_path / "报告.md"
    text.write_text("全年执行113.6万元。", encoding="utf-8")
    code, err = _run(monkeypatch, capsys, str(text), "-s", str(folder))
    assert code == 2 and "旧表.xls" in err and len(err.strip().splitlines()) == 1
