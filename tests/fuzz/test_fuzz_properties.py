"""Hypothesis over the readers, in-process: any number as written and any YAML shape either loads or is
one `InputError` naming the file — never another exception."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from drafter.errors import InputError  # noqa: E402

TIANHE = Path(__file__).resolve().parents[2] / "examples" / "tianhe-2022" / "input.yaml"

digits = st.text("0123456789", min_size=1, max_size=60)
numbers = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.builds(lambda m, e: f"{m}e{e}", st.integers(-9, 9), st.integers(-500, 500)),
    st.builds(lambda a, b: f"{a}.{b}", digits, digits),
    st.sampled_from([".nan", ".inf", "-.inf", "0x1F", "1_000", "2022-13-01", "0000-01-01", "１２３", "一万", "~"]),
)

scalars = st.one_of(numbers, st.sampled_from(["某某学校", "万元", "", "null", "true", "*a", "&a x"]))
shapes = st.recursive(scalars, lambda kids: st.one_of(
    st.lists(kids, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
    st.dictionaries(st.sampled_from(["实际支出", "单位", "名称", "a", "<<"]), kids, max_size=3)
      .map(lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"),
), max_leaves=12)

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(value=numbers)
def test_any_amount_as_written_loads_or_is_one_input_error(tmp_path, value):
    from drafter.load import load_input

    path = tmp_path / "input.yaml"
    path.write_text(TIANHE.read_text(encoding="utf-8").replace("实际支出: 3229.91", f"实际支出: {value}", 1),
                    encoding="utf-8")
    try:
        report = load_input(path)
    except InputError as e:
        assert "input.yaml" in str(e) and "\n" not in str(e)
    else:
        assert report.budget.actual is None or abs(report.budget.actual) < 10**15


@SETTINGS
@given(shape=shapes)
def test_any_yaml_shape_as_a_source_reads_or_is_one_input_error(tmp_path, shape):
    from drafter.load import parse_data_file

    path = tmp_path / "src.yaml"
    path.write_text(f"实际支出: {shape}\n", encoding="utf-8")
    try:
        parse_data_file(path)
    except InputError as e:
        assert "src.yaml" in str(e) and "\n" not in str(e)
