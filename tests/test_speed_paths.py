"""Fast paths of the readers give what the general path gives (drafter.load's plain-tree reading, numbers' figure
reader): a speed change may skip work, never change what is read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load import _DecimalLoader, _check_node, _construct_plain, parse_data_text
from drafter.numbers import extract_mentions

# 城乡规划设计院's forms: scalars as keys and values at every level, lists of scalars and of records, a date
_FORMS = [
    "单位名称: 城乡规划设计院\n金额单位: 万元\n",
    "部门资金情况:\n  年初预算: 1286.40\n  调整预算: 1302.75\n  实际支出: 1198.62\n",
    "项目:\n  - 名称: 国土空间规划编制\n    预算: 386.50\n    指标: [{名称: 完成规划成果, 实际: 12, 单位: 项}]\n"
    "  - 名称: 村庄规划\n    预算: 92\n    完成时间: 2024-11-28\n    备注: ~\n    已验收: true\n",
    "2023: {完成: 18}\n2024: {完成: 21}\n评审专家: [王工, 李工, 张工]\n",
    "a:\n" + "".join("  " * (k + 1) + f"l{k}:\n" for k in range(46)) + "  " * 47 + "v: 1\n",  # at the depth limit
]


@pytest.mark.parametrize("form", _FORMS)
def test_a_plain_form_is_read_in_place_as_the_general_construction_reads_it(form: str) -> None:
    loader = _DecimalLoader(form)
    node = loader.get_single_node()
    assert _check_node(Path("x.yaml"), node)
    assert parse_data_text(Path("x.yaml"), form) == _construct_plain(_DecimalLoader(form),
                                                                     _DecimalLoader(form).get_single_node())


def test_a_form_past_the_depth_limit_or_with_a_repeated_key_is_still_refused() -> None:
    deep = "a:\n" + "".join("  " * (k + 1) + f"l{k}:\n" for k in range(60)) + "  " * 61 + "v: 1\n"
    with pytest.raises(InputError):
        parse_data_text(Path("x.yaml"), deep)
    with pytest.raises(InputError):
        parse_data_text(Path("x.yaml"), "项目:\n  预算: 386.50\n  预算: 390.00\n")


def test_figures_with_and_without_thousands_commas_read_as_before() -> None:
    text = "城乡规划设计院全年支出1,198.62万元，完成规划成果12项，其中村庄规划3,4个，审查意见102,5条，合计12,345,678元。"
    got = [(m.text, m.value) for m in extract_mentions(text) if not m.ignored]
    assert got == [("1,198.62万元", Decimal("1198.62")), ("12项", Decimal(12)), ("3", Decimal(3)),
                   ("4个", Decimal(4)), ("102", Decimal(102)), ("5条", Decimal(5)),
                   ("12,345,678元", Decimal(12345678))]
