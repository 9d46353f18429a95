"""The extractor: Chinese report numbers, their values, units and offsets; what is not a quantity."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.numbers import extract_mentions, parse_chinese_numeral

D = Decimal


def quantities(text: str, **kw) -> list:
    return [m for m in extract_mentions(text, **kw) if not m.ignored]


def only(text: str, **kw):
    found = quantities(text, **kw)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# ------------------------------------------------------------------ writers used by the property tests

DIGITS = "零一二三四五六七八九"
FINANCIAL = dict(zip("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟"))


def _section(v: int) -> str:
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = v // unit % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out, zero = out + "零", False
        out += DIGITS[d] + name
    return out


def to_chinese(n: int) -> str:
    """The standard written form: 20005 → 二万零五, 1203 → 一千二百零三."""
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10**8)
    wan, low = divmod(rest, 10**4)
    out, gap = "", False
    for value, suffix in ((yi, "亿"), (wan, "万"), (low, "")):
        if value == 0:
            gap = bool(out)
            continue
        if out and (gap or value < 1000):
            out += "零"
        out += _section(value) + suffix
        gap = False
    return out


def fullwidth(s: str) -> str:
    return s.translate(str.maketrans("0123456789.%,", "０１２３４５６７８９．％，"))


amounts = st.decimals(min_value=D("0.01"), max_value=D("999999999.99"), places=2)


# ------------------------------------------------------------------ property tests: written form → value


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_a_chinese_numeral_parses_back_to_its_integer(n):
    assert parse_chinese_numeral(to_chinese(n)) == (D(n), None, 0)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_a_chinese_numeral_in_a_sentence_keeps_its_magnitude(n):
    m = only(f"全年共{to_chinese(n)}人参加培训。")
    assert m.magnitude == n and m.base_unit == "人"


def test_a_wan_after_a_yi_is_the_numerals_lower_section_not_a_scale():
    # 一亿二千万 is 120,000,000: its 万 closes the section below 亿 (found by the property test above)
    assert only("全年共一亿二千万人参加培训。").magnitude == 120_000_000
    assert only("全年共十一亿二千二百六十三万人参加培训。").magnitude == 1_122_630_000
    assert only("惠及群众十二万人。").magnitude == 120_000  # without 亿, 万 is the scale the text used


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=9999))
def test_the_financial_form_reads_like_the_plain_one(n):
    written = "".join(FINANCIAL.get(ch, ch) for ch in _section(n))
    assert only(f"金额{written}元整").magnitude == n


@settings(max_examples=300, deadline=None)
@given(amounts)
def test_an_arabic_amount_with_or_without_thousands_separators_reads_back(d):
    plain = format(d, "f")
    grouped = f"{d:,.2f}"
    for written in (plain, grouped, fullwidth(grouped)):
        m = only(f"实际支出{written}元。")
        assert (m.value, m.unit, m.kind) == (d, "元", "amount")


@settings(max_examples=200, deadline=None)
@given(amounts)
def test_a_wan_scaled_amount_keeps_the_scale_and_the_magnitude(d):
    m = only(f"实际支出{d}万元，")
    assert (m.value, m.scale, m.base_unit, m.magnitude) == (d, "万", "元", d * 10000)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=D("0.01"), max_value=D("999.99"), places=2))
def test_a_percentage_reads_back_in_every_notation(d):
    assert only(f"完成率{d}%。").value == d
    assert only(f"完成率{fullwidth(format(d, 'f'))}％。").value == d


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=100))
def test_bai_fen_zhi_reads_as_a_percentage(n):
    m = only(f"覆盖率达到百分之{to_chinese(n) if n != 100 else '百'}。")
    assert (m.value, m.unit, m.kind) == (D(n), "%", "percent")


# ------------------------------------------------------------------ forms from the notes


@pytest.mark.parametrize("text, value, unit, kind", [
    ("提高3.5个百分点", D("3.5"), "个百分点", "points"),
    ("事故率5‰", D(5), "‰", "ratio"),
    ("完成五成", D(5), "成", "percent"),
    ("开展宣讲5.9万次", D("5.9"), "万次", "count"),
    ("受众达三点五万人", D("3.5"), "万人", "count"),
    ("两千人参与", D(2000), "人", "count"),
    ("两万五人次", D(25000), "人次", "count"),
    ("壹佰贰拾万元", D(120), "万元", "amount"),
    ("机动巡查15799.5公里", D("15799.5"), "公里", "count"),
    ("新增电子资源24TB", D(24), "TB", "count"),
])
def test_forms_read_with_value_and_unit(text, value, unit, kind):
    m = only(text)
    assert (m.value, m.unit, m.kind) == (value, unit, kind)


def test_offsets_point_into_the_original_string_even_with_full_width_digits():
    text = "预算完成率９２．９４％，共３，４７５．０９万元，较上年提高2个百分点。"
    for m in quantities(text):
        assert text[m.start:m.end] == m.text
    assert [m.value for m in quantities(text)] == [D("92.94"), D("3475.09"), D(2)]


@pytest.mark.parametrize("text, value, direction", [
    ("组织各类应急救援队伍共1800余人", D(1800), "≥"),
    ("一千八百余人", D(1800), "≥"),
    ("约300人", D(300), "≈"),
    ("近五千人", D(5000), "≤"),
    ("超过80%", D(80), ">"),
    ("网络投票逾5.2万票", D("5.2"), ">"),
    ("十余个", D(10), "≥"),
    ("12万余元", D(12), "≥"),
    ("500万元以上", D(500), "≥"),
    ("逾千人", D(1000), ">"),
])
def test_approximations_keep_value_and_direction(text, value, direction):
    m = only(text)
    assert (m.value, m.approx) == (value, direction)
    assert m.text.startswith(("约", "近", "超过", "逾")) or not text.startswith(("约", "近", "超过", "逾"))


def test_words_that_contain_approximation_characters_are_not_approximations():
    assert only("家庭医生签约12.6万人").approx is None
    assert only("彩超3台").approx is None
    assert only("近三年").approx is None  # the last three years, not "nearly three"


@pytest.mark.parametrize("text, lo, hi, unit", [
    ("2022—2023年", D(2022), D(2023), "年"),
    ("每组3-5人", D(3), D(5), "人"),
    ("三到五人", D(3), D(5), "人"),
    ("三四十人", D(30), D(40), "人"),
    ("七八个", D(7), D(8), "个"),
    ("百分之三十至四十", D(30), D(40), "%"),
    ("30%-40%", D(30), D(40), "%"),
])
def test_ranges_keep_both_bounds(text, lo, hi, unit):
    m = only(text)
    assert (m.lo, m.hi, m.unit) == (lo, hi, unit)


def test_the_range_hyphen_is_no_minus_but_a_lone_minus_is():
    assert only("3-5人").value == 3
    assert only("预算调整率-15.74%").value == D("-15.74")


@pytest.mark.parametrize("text, date", [
    ("9月29日", (None, 9, 29)),
    ("2023年9月29日", (2023, 9, 29)),
    ("二〇二二年九月二十九日", (2022, 9, 29)),
    ("## 2022-06-15 [任务1]", (2022, 6, 15)),
    ("2022年9月举办", (2022, 9, None)),
])
def test_dates_are_read_as_dates(text, date):
    m = only(text)
    assert (m.kind, m.date) == ("date", date)


def test_years_are_years():
    assert (only("2022年").kind, only("二〇二二年").value) == ("year", D(2022))
    assert only("3年").kind == "count"


# ------------------------------------------------------------------ not quantities


@pytest.mark.parametrize("text, reason", [
    ("一是加强领导", "enumerator"),
    ("（一）坚持学习", "enumerator"),
    ("(二)规范执法", "enumerator"),
    ("①落实责任", "enumerator"),
    ("1. 总体情况", "enumerator"),
    ("一、目标完成情况", "enumerator"),
    ("暂列广州市第四名", "ordinal"),
    ("全面落实一线三排工作机制", "name"),
    ("提升三防应急抢险能力", "name"),
    ("党的二十大特别防护期", "name"),
    ("十四五规划", "name"),
    ("针对9大痛点风险隐患", "name"),
    ("进一步完善", "idiom"),
    ("统一部署", "idiom"),
    ("其中一般公共预算", "idiom"),
    ("十分重视", "idiom"),
    ("千方百计", "idiom"),
    ("5G网络", "code"),
    ("财预〔2020〕10号", "document number"),
])
def test_things_that_are_not_quantities_are_ignored_with_a_reason(text, reason):
    assert quantities(text) == []
    assert reason in {m.reason for m in extract_mentions(text)}


def test_a_lone_numeral_is_a_quantity_only_before_a_measure_word():
    assert quantities("一定程度上满足需求") == []
    assert only("每周开展一次演练").value == 1
    assert only("两支社会救援力量").unit == "支"
    assert quantities("队伍建设") == []  # 伍 is not 5 here


def test_numbers_inside_a_title_carry_the_title():
    m = only("签订《2022—2023年森林防火责任书》")
    assert m.title == "《2022—2023年森林防火责任书》"


def test_ocr_splits_join_in_sources_only_before_a_unit_or_cell_end():
    assert only("执法检查 1. 29 万家次，", source_mode=True).value == D("1.29")
    assert only("预算完成率\t92. 94%\t", source_mode=True).value == D("92.94")
    assert only("部门调整预算收入\t3475. 09\t部门年初预算", source_mode=True).value == D("3475.09")
    assert quantities("1. 总体情况", source_mode=True) == []
    # in a draft the same spacing is two numbers: nothing is joined blindly
    assert [m.value for m in quantities("共 1. 29 万家次")] == [D(1), D(29)]


# ------------------------------------------------------------------ found by the blind corpus cases (cdc, water, hrss)


def test_a_measure_word_with_ci_is_its_own_counting_unit():
    assert (only("全年接种免疫规划疫苗54318剂次").unit, only("5.4万余剂次").unit) == ("剂次", "万剂次")
    assert only("受理申请1200件次").unit == "件次"
    assert only("培训5期").unit == "期"  # 次日, 次年: 次 starting a word is not part of the unit
    assert only("接种3剂次日复诊").unit == "剂"


def test_fang_after_a_number_is_cubic_metres_but_san_fang_are_parties():
    m = only("清淤126.5万方")
    assert (m.value, m.unit, m.base_unit) == (D("126.5"), "万方", "方")
    assert quantities("签订三方协议，从三方面入手") == []


def test_duo_or_yu_before_another_number_means_more_by_not_more_than():
    first, second = quantities("较目标52000剂次多2318剂次")
    assert (first.text, first.approx, second.text) == ("52000剂次", None, "2318剂次")
    assert only("参训3000人多").approx == "≥"  # no number follows: still an approximation


def test_a_count_of_the_items_just_listed_refers_back():
    assert quantities("两项合计1484.35万元")[0].text == "1484.35万元"
    assert "refers back" in {m.reason for m in extract_mentions("以上三项均按期完成")}
    assert only("完成三项重点任务").value == 3


# ------------------------------------------------------------------ numerals inside fixed names (issue 10)


@pytest.mark.parametrize("text, name", [
    ("八一期间走访慰问重点优抚对象1245户次", "八一"),
    ("五一假期开展促消费活动6场", "五一"),
    ("纪念九一八事变主题宣讲3场", "九一八"),
])
def test_chinese_digits_read_one_by_one_outside_a_year_are_a_date_name_not_a_count(text, name):
    # a count is written with place values (八十一期); digit by digit only years, codes and names (八一, 五一)
    ignored = [m for m in extract_mentions(text) if m.ignored]
    assert [m.text for m in ignored] == [name] and ignored[0].reason == "name"
    assert all(m.value < 10000 for m in quantities(text))


def test_digit_by_digit_years_and_ranges_of_neighbours_stay_quantities():
    assert only("二〇二二年").kind == "year"
    assert (only("两三个").value, only("两三个").hi) == (D(2), D(3))


def test_an_ordinal_covers_its_measure_word():
    ordinal = [m for m in extract_mentions("比第四次全国经济普查增长18.07%") if m.ignored]
    assert [(m.text, m.reason) for m in ordinal] == [("第四次", "ordinal")]
    assert [m.text for m in extract_mentions("第五届运动会") if m.ignored] == ["第五届"]


def test_a_word_ending_in_an_approximation_character_is_no_approximation():
    assert only("其中商超212家").text == "212家" and only("其中商超212家").approx is None  # 商超: supermarkets


# ------------------------------------------------------------------ the scanner's skip to a first character


def _starts(search, text: str) -> list[tuple[int, int, str | None]]:
    out, pos = [], 0
    while (m := search(text, pos)) is not None:
        out.append((m.start(), m.end(), m.lastgroup))
        pos = max(m.end(), m.start() + 1)
    return out


def test_the_scanner_finds_what_its_pattern_finds_skipping_only_characters_no_branch_starts_with():
    """The scanner looks for the next character any branch of its pattern can start with, then matches there only
    the branches that can start with that character: that must find exactly what searching with one pattern of
    every branch finds — on the examples, the seed and texts built from every listed word, fraction word, title,
    document number, circled digit and numeral."""
    import random
    import re
    from pathlib import Path

    from drafter.numbers import _at, _scanner

    branches, first, reasons = _scanner()
    groups: dict[str, list[str]] = {}
    for name, rx, _ in branches:
        groups.setdefault(name, []).append(rx)
    pattern = re.compile("|".join(f"(?P<{name}>{'|'.join(rxs)})" for name, rxs in groups.items()))

    class _One:  # what the scanner reads where a single one-character branch is all that can match
        def __init__(self, pos: int, kind: str):
            self.pos, self.lastgroup = pos, kind

        def start(self) -> int:
            return self.pos

        def end(self) -> int:
            return self.pos + 1

    def skipping(text: str, pos: int):
        while (c := first.search(text, pos)) is not None:
            at, kind = _at(text[c.start()])
            m = at.match(text, c.start()) if at is not None else _One(c.start(), kind)
            if m is not None:
                return m
            pos = c.start() + 1
        return None

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("examples/**/*.md"))]
    pieces = sorted(reasons) + ["《关于2022年的通知》", "《未完", "〔2020〕10号", "①", "⑳", "百分之", "过半", "超过半数",
                                "一半", "半数", "翻一番", "翻了两番", "3475.09", "１２", "二〇二二", "壹佰", "万", "亿", "点",
                                "，", "。", "\n", "预算", "执行", "a", " "]
    rng = random.Random(10)
    texts += ["".join(rng.choice(pieces) for _ in range(40)) for _ in range(300)]
    for text in texts:
        assert _starts(skipping, text) == _starts(pattern.search, text)
