"""A balance its sentence told no figure of (省级资金执行率96.15%，结余占项目结余的78.97%) is the balance of the line the
sentence opens with — 40.00 − 38.46 of 70.40 − 68.45 — over the balance the words name (issue 10). Before, where the
line's name shares a word with the project's (服务), the line was not found and the share was flagged. The other
line's share, given to this one, stays unsupported.

Kind: a 农机安全监理 project in drafter's input schema, two funding lines.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceData, check

DATA = SourceData(name="input.yaml", data={
    "项目名称": "2024年农机安全监理服务项目", "被评价年度": 2024, "表格类型": "项目支出",
    "项目资金": {"单位": "万元", "年初预算数": 66.00, "全年预算数": 70.40, "全年执行数": 68.45,
             "其中": [{"名称": "省级农机化服务体系建设补助资金", "年初预算数": 40.00, "全年预算数": 40.00, "全年执行数": 38.46},
                    {"名称": "市级财政资金", "年初预算数": 26.00, "全年预算数": 30.40, "全年执行数": 29.99}],
             "执行率": 97.23}})


@pytest.mark.parametrize("text, share, verdict", [
    ("省级资金执行率96.15%，结余占项目结余的78.97%。", "78.97%", "derived"),  # 1.54 of 1.95
    ("市级资金执行率98.65%，结余占项目结余的21.03%。", "21.03%", "derived"),  # 0.41 of 1.95
    ("省级资金执行率96.15%，结余占项目结余的21.03%。", "21.03%", "unsupported"),  # 市级资金's
])
def test_a_bare_balance_is_the_balance_of_the_line_its_sentence_opens_with(text, share, verdict):
    assert {m.text: m.status for m in check(text, [DATA]).mentions}[share] == verdict
