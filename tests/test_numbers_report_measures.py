"""Measure words that budget units' reports count their work in, beyond the common ones: 对 (couples a marriage registry
registers, pairs of villages and firms 结对帮扶), 双 (gloves, shoes), 副 (glasses, crutches), 面 (锦旗, flags), 通 (calls a
hotline answers), 杆 (lamp poles), 孔 (culverts), 延米 (pipes and ditches), 堂 (lessons), 桶, 盆,
车 (loads), 人份 / 头份 / 羽份 (vaccine doses), 亩次 (an area worked several times over). A figure in one of them counts
that thing: it is no bare number any equal cell supports, and a count of another thing does not support it. Words that
merely begin with the same character (对接, 对口, 一对一, 双方, 副主任, 面积, 一面……一面, 通过, 车道) stay what they
were; 基 (power towers) is left out: 三基 (a hospital's basic training), 基本, 基层 are words far more often."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.check import SourceData, SourceText, check
from drafter.numbers import extract_mentions


@pytest.mark.parametrize("sentence, text, base, value", [
    ("全年为新人办理结婚登记1268对，补发结婚证93对。", "1268对", "对", Decimal(1268)),
    ("组织爱心企业与困难村结对帮扶42对。", "42对", "对", Decimal(42)),
    ("为一线职工发放劳保手套3600双。", "3600双", "双", Decimal(3600)),
    ("为低收入老年人免费验配老花镜850副。", "850副", "副", Decimal(850)),
    ("收到群众赠送锦旗23面。", "23面", "面", Decimal(23)),
    ("政务热线全年接听来电12460通，回访2130通。", "12460通", "通", Decimal(12460)),
    ("更换老旧路灯灯杆146杆。", "146杆", "杆", Decimal(146)),
    ("新建过路涵洞9孔。", "9孔", "孔", Decimal(9)),
    ("疏通排水管道3860延米。", "3860延米", "延米", Decimal(3860)),
    ("法治副校长送法进校园授课48堂。", "48堂", "堂", Decimal(48)),
    ("为高温作业点配送桶装水2600桶。", "2600桶", "桶", Decimal(2600)),
    ("节日期间摆放时令花卉12000盆。", "12000盆", "盆", Decimal(12000)),
    ("全年清运建筑垃圾420车。", "420车", "车", Decimal(420)),
    ("采购流感疫苗2860人份。", "2860人份", "人份", Decimal(2860)),
    ("下发口蹄疫疫苗86万头份。", "86万头份", "头份", Decimal(86)),
    ("下发禽流感疫苗320万羽份。", "320万羽份", "羽份", Decimal(320)),
    ("完成飞防作业18.5万亩次。", "18.5万亩次", "亩次", Decimal("18.5")),
    ("组织青年联谊活动，现场牵手成功两对。", "两对", "对", Decimal(2)),
])
def test_a_figure_in_a_report_measure_word_counts_that_thing(sentence, text, base, value):
    m = {m.text: m for m in extract_mentions(sentence)}[text]
    assert (m.base_unit, m.value, m.kind) == (base, value, "count")


@pytest.mark.parametrize("sentence, texts", [
    ("与12对口帮扶村签订协议。", ["12"]),
    ("按1对1方式结对。", ["1", "1"]),
    ("通过12345对群众诉求实行闭环管理。", ["12345"]),
    ("组织三对三篮球赛。", []),
    ("开展一对一帮扶。", []),
    ("一面抓整改，一面抓提升。", []),
    ("改建双向4车道道路。", ["4"]),
    ("全年3通过省级验收的项目均已结项。", ["3"]),
    ("新建12面积较大的停车场。", ["12"]),
    ("开展医护人员三基培训，考核3基本技能。", ["3"]),  # 基 (towers) is no measure word: 三基, 基本, 基层 are words
])
def test_words_that_begin_with_a_measure_words_character_are_no_measure_word(sentence, texts):
    got = [(m.text, m.base_unit) for m in extract_mentions(sentence) if not m.ignored]
    assert got == [(t, "") for t in texts], got


REGISTRY = SourceText(name="婚姻登记处工作台账.txt", text=(
    "结婚登记：1268对\n"
    "离婚登记：412件\n"
    "婚姻家庭辅导：412人次\n"))


def test_couples_are_borne_out_by_couples_and_not_by_cases_of_another_kind():
    got = {m.text: m.status for m in check("全年办理结婚登记1268对。", [REGISTRY]).mentions}
    assert got == {"1268对": "exact"}
    got = {m.text: m.status for m in check("全年办理结婚登记412对。", [REGISTRY]).mentions}
    assert got == {"412对": "unsupported"}  # 412 counts 件 and 人次, never couples


# A federation of industry and commerce's form: the pairing indicator's target carries the measure word, its result is
# a bare cell, the unit the record's target gives.
FEDERATION = SourceData(name="工商联项目数据.yaml", data={
    "项目名称": "2024年民营企业帮扶项目",
    "关键指标": [
        {"指标": "“百企帮百村”结对", "目标值": "≥50对", "实际值": 58},
        {"指标": "走访会员企业", "目标值": "≥300家次", "实际值": 326},
    ],
})


def _verdicts(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FEDERATION]).mentions if m.status != "ignored"}


def test_pairs_of_a_record_whose_target_names_the_measure_word_are_its_result():
    got = _verdicts("组织“百企帮百村”结对58对，超出50对的目标8对。")
    assert got["58对"] == "exact"
    assert got["8对"] == "derived"  # 58 − 50


def test_a_transposed_count_of_pairs_is_flagged():
    got = _verdicts("组织“百企帮百村”结对85对。")
    assert got["85对"] == "unsupported"


@pytest.mark.parametrize("sentence, text, base", [
    ("购置检测设备12台套。", "12台套", "台套"),  # sets of equipment: no count of 台
    ("改造老旧小区外墙3200平米。", "3200平米", "平米"),
    ("铺设雨水管道1500延长米。", "1500延长米", "延长米"),
    ("港区集装箱吞吐量12万标箱。", "12万标箱", "标箱"),
    ("新增光伏装机容量20兆瓦。", "20兆瓦", "兆瓦"),
    ("投入志愿服务3000人天。", "3000人天", "人天"),  # person-days: no count of 人
    ("全年巡查河道860公里次。", "860公里次", "公里次"),  # a length covered several times over: no 公里
])
def test_compound_measure_words_are_read_whole(sentence, text, base):
    m = {m.text: m for m in extract_mentions(sentence)}[text]
    assert m.base_unit == base


def test_square_metres_and_linear_metres_written_short_compare_with_their_full_forms():
    src = SourceText(name="改造台账.txt", text="外墙改造面积：3200平方米\n雨水管道：1500米\n")
    got = {m.text: m.status for m in check("改造外墙3200平米，铺设雨水管道1500延长米。", [src]).mentions}
    assert got == {"3200平米": "converted", "1500延长米": "converted"}, got  # the same quantity, its unit written short
    got = {m.text: m.status for m in check("全年巡查河道1500公里次。", [src]).mentions}
    assert got == {"1500公里次": "unsupported"}, got  # 1500 is metres of pipe, not kilometres patrolled
