"""The unit's own name names the whole in an imported form too: "宿城区营商环境服务中心全年实际支出378.55万元" shares
营商环境 with the line 上级转移支付（省级营商环境优化专项）, yet the words name the unit, so the line's 86.41 is no rival
of the unit's spending (issue 10: a compatible subject; found on a 地方金融监督管理局's own draft, whose name shares
金融 with its 防范化解金融风险专项 line).

Unit: a business-environment service centre (营商环境服务中心), its department form as `drafter import` writes it.
"""

from __future__ import annotations

import pytest

from drafter.check import check

FORM = """\
部门名称: 宿迁市宿城区营商环境服务中心
被评价年度: 2025
表格类型: 部门整体支出
部门资金情况:
  单位: 万元
  年初预算数: 360.00
  全年预算数: 395.00
  全年执行数: 378.55
  执行率: 95.84
  其中:
    - 名称: 区级财政拨款
      年初预算数: 300.00
      全年预算数: 300.00
      全年执行数: 292.14
      执行率: 97.38
    - 名称: 上级转移支付（省级营商环境优化专项）
      年初预算数: 60.00
      全年预算数: 95.00
      全年执行数: 86.41
      执行率: 90.96
"""


@pytest.fixture()
def source(tmp_path):
    path = tmp_path / "input.yaml"
    path.write_text(FORM, encoding="utf-8")
    return [path]


def status(text: str, source) -> dict[str, str]:
    return {m.text: m.status for m in check(text, source).mentions if m.status != "ignored"}


def test_the_units_name_without_its_city_still_names_the_whole(source):
    got = status("宿城区营商环境服务中心全年实际支出378.55万元，预算执行率95.84%。", source)
    assert got == {"378.55万元": "exact", "95.84%": "exact"}


def test_the_line_its_own_words_name_keeps_its_figures(source):
    assert status("省级营商环境优化专项全年执行86.41万元。", source)["86.41万元"] == "exact"
    assert status("省级营商环境优化专项全年执行378.55万元。", source)["378.55万元"] == "unsupported"
