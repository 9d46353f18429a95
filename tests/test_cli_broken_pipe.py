"""A reader that stops early (`drafter draft --help | head -3`) is no bug of drafter: the help's broken pipe ends
as the one line every closed standard output gets, never as an internal error to report."""

from __future__ import annotations

import os
import subprocess
import sys


def run_into_closed_pipe(*args: str) -> tuple[int, str]:
    """Standard output is a pipe whose reader has already gone (head took its lines): every write fails."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "drafter", *args], stdout=write_end, stderr=subprocess.PIPE,
                              timeout=60)
    finally:
        os.close(write_end)
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


def test_help_read_by_a_reader_that_stops_early_is_no_internal_error():
    code, err = run_into_closed_pipe("draft", "--help")
    assert "内部错误" not in err and "internal error" not in err
    assert code in (0, 2), err
    assert len([line for line in err.splitlines() if line.strip()]) <= 1, err


def test_a_draft_into_a_closed_pipe_ends_as_one_line_naming_standard_output():
    code, err = run_into_closed_pipe("draft", "examples/tianhe-2022")
    assert code == 2, err
    assert [line for line in err.splitlines() if line.strip()] == [
        "错误 / error: 无法写入标准输出（管道已关闭）/ cannot write to standard output (Broken pipe)"], err
