"""What `drafter check` prints for a long text: a bounded table (every row a reader can act on first), the
verdict line last, and the full result in --json, whatever the number of mentions."""

from __future__ import annotations

import json

import pytest

from drafter.check import check_files
from drafter.testing.cli import run_main
from drafter.cli.check import MAX_TABLE_ROWS


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "input.yaml").write_text(
        "部门名称: 某某区图书馆\n被评价年度: 2023\n部门资金情况:\n  单位: 万元\n  调整预算: 612.40\n  实际支出: 587.36\n",
        encoding="utf-8")
    return folder


def ledger(tmp_path, lines: int, traced: int = 0):
    """A long text: `traced` sentences stating the real spending, then `lines` invented purchases."""
    text = "".join("实际支出587.36万元。\n" for _ in range(traced))
    text += "".join(f"第{i}批采购图书{1000 + i}册，支出{i}.37万元。\n" for i in range(1, lines + 1))
    path = tmp_path / "台账.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_short_text_lists_every_number(monkeypatch, capsys, sources, tmp_path):
    code, out, _ = run_main(capsys, "check", str(ledger(tmp_path, 3, traced=2)), "--source", str(sources))
    assert code == 1
    assert out.count("无法溯源 unsupported") == 6 and out.count("一致 exact") == 2
    assert "未列出" not in out
    assert out.strip().splitlines()[-1].startswith("数字 8 个：6 个无法溯源")


def test_more_unsupported_numbers_than_the_table_holds_print_a_bounded_table_and_the_count_left_out(
        monkeypatch, capsys, sources, tmp_path):
    n = MAX_TABLE_ROWS  # two numbers a line: twice as many unsupported as the table holds
    code, out, _ = run_main(capsys, "check", str(ledger(tmp_path, n, traced=3)), "--source", str(sources))
    assert code == 1
    assert out.count("无法溯源 unsupported") == MAX_TABLE_ROWS
    assert "一致 exact" not in out  # unsupported rows come first
    hidden = [line for line in out.splitlines() if "未列出" in line]
    assert len(hidden) == 1 and f"{2 * n - MAX_TABLE_ROWS} 个无法溯源" in hidden[0] and "3 个可溯源" in hidden[0]
    assert "--json" in hidden[0]
    assert out.strip().splitlines()[-1].startswith(f"数字 {2 * n + 3} 个：{2 * n} 个无法溯源")


def test_json_holds_every_mention_of_a_long_text(monkeypatch, capsys, sources, tmp_path):
    n = MAX_TABLE_ROWS
    code, out, _ = run_main(capsys, "check", str(ledger(tmp_path, n, traced=3)), "--source", str(sources),
                           "--json")
    data = json.loads(out)
    assert code == 1 and list(data) == ["mentions", "summary", "warnings"]
    assert sum(m["status"] == "unsupported" for m in data["mentions"]) == 2 * n
    assert sum(m["status"] == "exact" for m in data["mentions"]) == 3
    assert data["summary"]["unsupported"] == 2 * n and data["summary"]["ok"] is False
    whole = check_files(str(tmp_path / "台账.md"), [sources]).model_dump(mode="json")
    assert out == json.dumps(whole, ensure_ascii=False) + "\n"  # written piece by piece, the same text
