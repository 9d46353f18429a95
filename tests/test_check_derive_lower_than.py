"""低于 / 少于 + what is compared states the gap the other way round: "县级资金执行率92.58%，低于省级资金5.36个百分点"
is the province's rate less the county's, as "比省级资金低5.36个百分点" is. Units: a county soil and water
conservation station (水土保持监测站), a township health centre (乡镇卫生院)."""

from __future__ import annotations

from drafter.check import SourceText, check


def status(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SOIL = SourceText(name="自评表.md", text=(
    "单位：万元\n"
    "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 260.00 | 245.00 | 236.48 | 96.52% |\n"
    "| 其中：省级水利专项资金 | 180.00 | 180.00 | 176.30 | 97.94% |\n"
    "| 县级财政资金 | 80.00 | 65.00 | 60.18 | 92.58% |\n"))

CLINIC = SourceText(name="资金表.md", text=(
    "单位：万元\n"
    "| 资金来源 | 全年预算数 | 全年执行数 |\n"
    "| --- | --- | --- |\n"
    "| 市级补助资金 | 120.00 | 118.40 |\n"
    "| 县级配套资金 | 84.00 | 82.40 |\n"))


def test_lower_than_a_named_line_is_the_named_lines_rate_less_the_subjects():
    assert status("县级财政资金执行率92.58%，低于省级资金5.36个百分点。", SOIL)["5.36个百分点"] == "derived"


def test_lower_than_with_the_wrong_gap_stays_unsupported():
    assert status("县级财政资金执行率92.58%，低于省级资金4.36个百分点。", SOIL)["4.36个百分点"] == "unsupported"


def test_less_than_a_named_line_by_an_amount_is_the_named_lines_less_the_subjects():
    assert status("县级配套资金执行82.40万元，少于市级补助资金36.00万元。", CLINIC)["36.00万元"] == "derived"
