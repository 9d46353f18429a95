"""尾 counts fish fry and 羽 counts birds in 增殖放流 and 野生动物救护 reports: "27500万尾，即2.75亿尾" is one count at
two scales, and a figure of 尾 is no bare number."""
from decimal import Decimal

import pytest

from drafter.numbers import extract_mentions


@pytest.mark.parametrize("sentence,text,scale,base,value", [
    ("全年放流鱼苗27500万尾，即2.75亿尾。", "2.75亿尾", "亿", "尾", Decimal("2.75")),
    ("全年放流鱼苗27500万尾，即2.75亿尾。", "27500万尾", "万", "尾", Decimal("27500")),
    ("救护野生鸟类35羽，放归32羽。", "35羽", "", "羽", Decimal(35)),
])
def test_fish_and_birds_are_counted_in_their_measure_words(sentence, text, scale, base, value):
    m = {m.text: m for m in extract_mentions(sentence)}[text]
    assert (m.scale, m.base_unit, m.kind, m.value) == (scale, base, "count", value)


def test_a_count_of_fry_and_a_count_of_releases_keep_their_measure_words():
    m = {m.text: m for m in extract_mentions("共组织放流活动6次，放流鱼苗320万尾。")}
    assert m["320万尾"].base_unit == "尾" and m["6次"].base_unit == "次"


def test_fry_restated_at_another_scale_is_converted_and_a_wrong_scale_is_not(tmp_path):
    from drafter.check import check
    src = tmp_path / "放流.txt"
    src.write_text("放流苗种总量：27500万尾\n", encoding="utf-8")
    verdicts = {m.text: m.status for m in check("全年放流苗种2.75亿尾，另稿写作0.275万尾。", [src]).mentions}
    assert verdicts["2.75亿尾"] == "converted"
    assert verdicts["0.275万尾"] == "unsupported"
