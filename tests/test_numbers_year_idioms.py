"""上一年度 / 下一年度 name a year, and 一年来 means "over the past year": none states a quantity, so the checker
must not ask a source for "一年" (a 改进措施 saying "下一年度将提前公布计划" was flagged unsupported)."""
import pytest

from drafter.numbers import extract_mentions


@pytest.mark.parametrize("sentence", [
    "资金兑付进度偏慢，下一年度将提前公布资金安排计划。",
    "确保下一年度改造项目按期开工。",
    "上一年度结转资金已于6月底前全部支付。",
    "下一年将继续做好门诊服务。",
    "一年来，全馆共接待读者12.6万人次。",
    "近一年来，街道累计化解矛盾纠纷318宗。",
])
def test_a_year_named_by_its_position_is_not_a_quantity(sentence):
    counted = [m.text for m in extract_mentions(sentence) if not m.ignored and "一年" in m.text]
    assert counted == []


def test_a_figure_beside_a_year_idiom_is_still_read():
    found = {m.text: m.ignored for m in extract_mentions("一年来，全馆共接待读者12.6万人次，下一年度目标13万人次。")}
    assert found["12.6万人次"] is False and found["13万人次"] is False


@pytest.mark.parametrize("sentence,figure", [
    ("项目建设周期一年，已按期完工。", "一年"),
    ("合同服务期为一年。", "一年"),
])
def test_a_duration_of_one_year_is_still_a_quantity(sentence, figure):
    assert any(m.text.startswith(figure) and not m.ignored for m in extract_mentions(sentence))
