"""The base of a comparison with the result just traced (平均9个工作日拨付，比15个工作日的时限少6个工作日) is the
target or bound the record of that result states (issue 10): supported as that bound — and only that record's: a
base no bound of the record states (比12个工作日的时限少) or another record's bound stays unsupported.

Unit of our own: 云岭县散装水泥办公室 (its self-evaluation form).
"""

from __future__ import annotations

from drafter.check import SourceText, check

CEMENT = [SourceText(name="云岭县散装水泥办公室2024年部门整体支出绩效自评表.txt", text=(
    "云岭县散装水泥办公室2024年部门整体支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
    "产出指标\t时效指标\t专项资金拨付时限\t≤15个工作日\t9个工作日\n"
    "产出指标\t时效指标\t违规使用袋装水泥查处时限\t≤20个工作日\t13个工作日\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, CEMENT).mentions if m.status != "ignored"}


def test_the_compared_base_is_the_records_bound():
    got = status("专项资金平均9个工作日拨付，比15个工作日的时限少6个工作日。")
    assert got["9个工作日"] == "exact" and got["15个工作日"] == "exact"
    assert status("专项资金平均9个工作日拨付，比15个工作日少6个工作日。")["15个工作日"] == "exact"


def test_a_base_no_bound_of_the_record_states_is_unsupported():
    assert status("专项资金平均9个工作日拨付，比12个工作日的时限少3个工作日。")["12个工作日"] == "unsupported"
    # another record's bound: 20 is the 查处时限's, not the 拨付's
    assert status("专项资金平均9个工作日拨付，比20个工作日少11个工作日。")["20个工作日"] == "unsupported"
