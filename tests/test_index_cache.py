"""The checker's source index is cached under $DRAFTER_HOME/index: the same sources are read back instead of
parsed again, with the same verdicts; any change to a source, a limit or drafter's code is a new entry; a
damaged entry is rebuilt; nothing is written when the run fails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from drafter.check import SourceIndex, check
from drafter.testing.cli import run_main
from drafter.home import drafter_home
from drafter.index_cache import build_cached, decode, encode, unknown_state

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("2022年调整预算3475.09万元，实际支出3229.91万元，预算完成率92.94%，结余245.18万元。"
        "全年检查企业1.29万家次，组织应急演练785场。")


@pytest.fixture
def tianhe(tmp_path):
    folder = tmp_path / "tianhe"
    shutil.copytree(ROOT / "examples" / "tianhe-2022", folder, ignore=shutil.ignore_patterns("seed-ocr.txt"))
    (tmp_path / "报告.md").write_text(TEXT, encoding="utf-8")
    return folder


def entries() -> list[Path]:
    top = drafter_home() / "index"
    return sorted(top.iterdir()) if top.is_dir() else []


def no_reading(monkeypatch):
    """Make any parse of a source fail: a check that still succeeds read its index from the cache."""
    def refuse(*a, **k):
        raise AssertionError("source parsed again")
    monkeypatch.setattr(SourceIndex, "add_text", refuse)
    monkeypatch.setattr(SourceIndex, "add_data", refuse)


def test_a_second_check_against_the_same_sources_reads_the_index_from_the_cache(monkeypatch, capsys, tianhe):
    first = run_main(capsys, "check", str(tianhe.parent / "报告.md"), "--source", str(tianhe), "--json")
    assert len(entries()) == 1 and entries()[0].suffix == ".json"
    no_reading(monkeypatch)
    second = run_main(capsys, "check", str(tianhe.parent / "报告.md"), "--source", str(tianhe), "--json")
    assert second == first and first[0] == 0


def budget(folder: Path, actual: str = "587.36") -> Path:
    path = folder / "预算.yaml"
    path.write_text(f"部门资金情况:\n  单位: 万元\n  调整预算: 612.40\n  实际支出: {actual}\n", encoding="utf-8")
    return path


def test_a_changed_source_is_indexed_again(monkeypatch, capsys, tmp_path):
    (tmp_path / "t.md").write_text("全年实际支出587.36万元。", encoding="utf-8")
    args = ("check", str(tmp_path / "t.md"), "--source", str(budget(tmp_path)))
    assert run_main(capsys, *args)[0] == 0
    budget(tmp_path, "578.36")
    code, out, _ = run_main(capsys, *args)
    assert code == 1 and "587.36万元" in out
    assert len(entries()) == 2  # one per content


def test_a_changed_limit_is_not_served_from_the_cache(tmp_path):
    from drafter.testing.cli import run_drafter  # limits are read when drafter starts: a new process each

    (tmp_path / "src.txt").write_text("2015—2022年累计投入专项资金860万元。\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text("2019年，专项资金投入持续加大。", encoding="utf-8")
    args = ("check", "t.txt", "--source", "src.txt")
    assert run_drafter(*args, home=tmp_path / "home", cwd=tmp_path).returncode == 0
    lowered = run_drafter(*args, home=tmp_path / "home", cwd=tmp_path, env={"DRAFTER_MAX_RANGE_SPAN": "2"})
    assert lowered.returncode == 1  # 2015—2022年 now stands for 2015–2017 only
    assert len(list((tmp_path / "home" / "index").glob("*.json"))) == 2  # one per setting; exit 1 is a result


@pytest.mark.parametrize("damage", [b"", b"{", b"[1, 2]", b'{"key": "x"}', "垃圾".encode() * 1000])
def test_a_damaged_entry_is_rebuilt_without_a_word(monkeypatch, capsys, tianhe, damage):
    args = ("check", str(tianhe.parent / "报告.md"), "--source", str(tianhe), "--json")
    first = run_main(capsys, *args)
    entries()[0].write_bytes(damage)
    assert run_main(capsys, *args) == first


def test_an_entry_of_the_right_key_but_the_wrong_shape_is_rebuilt(monkeypatch, capsys, tianhe):
    args = ("check", str(tianhe.parent / "报告.md"), "--source", str(tianhe), "--json")
    first = run_main(capsys, *args)
    entry = json.loads(entries()[0].read_text(encoding="utf-8"))
    entry["columns"]["value"] = entry["columns"]["value"][:-1]
    entries()[0].write_text(json.dumps(entry), encoding="utf-8")
    assert run_main(capsys, *args) == first


def test_nothing_is_cached_when_the_check_fails(monkeypatch, capsys, tmp_path):
    (tmp_path / "预算.yaml").write_text("部门资金情况:\n  单位: 万元\n  调整预算: 612.40\n  实际支出: 587.36\n",
                                      encoding="utf-8")
    (tmp_path / "t.md").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("DRAFTER_MAX_FIGURES", "5")  # the two source figures pass, the text's eight do not
    code, _, err = run_main(capsys, "check", str(tmp_path / "t.md"), "--source", str(tmp_path / "预算.yaml"))
    assert code == 2 and "DRAFTER_MAX_FIGURES" in err and "t.md" in err
    assert entries() == []


def test_the_cache_can_be_turned_off(monkeypatch, capsys, tianhe):
    monkeypatch.setenv("DRAFTER_INDEX_CACHE", "0")
    assert run_main(capsys, "check", str(tianhe.parent / "报告.md"), "--source", str(tianhe))[0] == 0
    assert entries() == []


@pytest.mark.parametrize("folder", sorted(p.name for p in (ROOT / "examples").iterdir() if (p / "input.yaml").is_file()))
def test_an_index_read_back_gives_every_verdict_a_fresh_one_gives(folder):
    src = ROOT / "examples" / folder
    texts = [p.read_text(encoding="utf-8") for p in sorted(src.glob("*.md")) + sorted(src.glob("worklogs/*"))]
    fresh = SourceIndex.build([src])
    index, _ = build_cached([src])
    again = decode(json.loads(json.dumps(encode_before_finish(src))))
    for text in texts + [TEXT]:
        want = check(text, fresh).model_dump()
        assert check(text, again).model_dump() == want
        assert check(text, index).model_dump() == want


def encode_before_finish(src: Path) -> dict:
    index = SourceIndex()
    index._read([src])
    assert not unknown_state(index), "SourceIndex has attributes drafter.index_cache does not store: see STATE"
    data = encode(index)
    assert data is not None, "the index holds a fact field of a type drafter.index_cache can't store"
    return data
