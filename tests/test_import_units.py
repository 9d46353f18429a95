"""The importer reads a form's money unit with the checker's one reader of stated units: "金额单位：人民币元"
is 元 (it was read as no statement, and the amounts as 万元 — ten thousand times too large); a unit drafter
does not keep (千元) is refused in one line naming the form, never read as 万元. Unit: an urban drainage office
(排水管理处)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.forms import import_form

FORM = """项目支出绩效自评表
（2023年度）
{unit}
项目名称 2023年城市排水管网清疏项目
主管部门 某市城市管理局 实施单位 某市排水管理处
项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 1260000 1310000 1287450 10 98.28% 9.83
绩效指标
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 清疏管网长度 ≥120公里 126公里 40 40
满意度指标 服务对象满意度指标 市民满意度 ≥90% 94% 40 40
总分 100 99.83
"""


def form(tmp_path: Path, unit: str) -> Path:
    path = tmp_path / "排水管网清疏自评表.txt"
    path.write_text(FORM.format(unit=unit), encoding="utf-8")
    return path


@pytest.mark.parametrize("unit", ["金额单位：人民币元", "（金额单位：元）", "单位 ： 元"])
def test_a_form_stating_yuan_in_any_wording_is_imported_in_yuan(tmp_path, unit):
    result = import_form(form(tmp_path, unit))
    assert result.input["项目资金"]["单位"] == "元"
    assert not [w for w in result.warnings if "金额单位" in w.message]


def test_a_form_in_thousands_of_yuan_is_refused_not_read_as_wan_yuan(tmp_path):
    with pytest.raises(InputError) as caught:
        import_form(form(tmp_path, "单位：千元"))
    assert "排水管网清疏自评表.txt" in str(caught.value) and "千元" in str(caught.value)
