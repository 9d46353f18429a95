"""A figure written with its own comparison sign — "比“≤7个工作日”缩短2个工作日", "低于≥90%的要求" — is the target as the
form writes it, not a result: it is traced to the indicator's target. Before, the sign was read past and the figure
was "a bound in the sources, not a result", so a report that quoted its form's time limit failed its check (five
times on one blind corpus). A figure without a sign that only a target states is still no result. Unit: a county
schistosomiasis control station (血防站)."""

from __future__ import annotations

from drafter.check import SourceIndex, check

FORM = """项目名称: 2025年血吸虫病查治项目
被评价年度: 2025
表格类型: 项目支出
主管部门: 汉寿县卫生健康局
实施单位: 汉寿县血吸虫病防治站
项目资金: {单位: 万元, 全年预算数: 88.00, 全年执行数: 84.10}
绩效指标:
  - {一级指标: 产出指标, 二级指标: 时效指标, 三级指标: 阳性病人治疗时限, 年度指标值: ≤7个工作日, 实际完成值: 5个工作日}
  - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 有螺环境灭螺覆盖率, 年度指标值: ≥90%, 实际完成值: 96.5%}
"""


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "input.yaml").write_text(FORM, encoding="utf-8")
    result = check(text, SourceIndex.build([tmp_path / "input.yaml"]))
    return {m.text: m.status for m in result.mentions}


def test_a_quoted_target_with_its_sign_is_traced_to_the_target(tmp_path):
    got = verdicts(tmp_path, "阳性病人治疗时限5个工作日，比“≤7个工作日”缩短2个工作日。")
    assert [s for t, s in got.items() if "7个工作日" in t] == ["exact"]
    assert got["2个工作日"] == "derived"


def test_a_signed_rate_target_is_traced_too(tmp_path):
    got = verdicts(tmp_path, "有螺环境灭螺覆盖率96.5%，高于≥90%的要求。")
    assert [s for t, s in got.items() if "90%" in t] == ["exact"]


def test_the_targets_value_given_as_the_result_is_still_unsupported(tmp_path):
    got = verdicts(tmp_path, "阳性病人治疗时限实际为7个工作日。")
    assert got["7个工作日"] == "unsupported"
