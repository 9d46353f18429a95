"""A class, grade or phase written with a numeral is a name, not a quantity: 公益二类事业单位, 三级医院, 二级指标,
一期工程, 二类疫苗. A report states its unit's category and a road's grade without any source counting them, so such
a word is never flagged; a figure next to it (三级公路养护78.2公里, 建成二期工程3处) is still a figure, and a count
of kinds (开设三类课程, 分两期培训) is still a count."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

# A district hospital's project form and a highway maintenance station's ledger: units of other trades than the
# ones the names were met in.
HOSPITAL = SourceData(name="医院项目自评表.yaml", data={
    "项目名称": "2024年区人民医院医疗设备购置项目",
    "绩效指标": [
        {"三级指标": "购置医疗设备", "年度指标值": "≥40台", "实际完成值": "46台"},
        {"三级指标": "康复训练课程类别", "年度指标值": "4类", "实际完成值": "4类"},
        {"三级指标": "规范化培训期数", "年度指标值": "3期", "实际完成值": "3期"},
        {"三级指标": "接种非免疫规划疫苗", "年度指标值": "≥1.2万剂次", "实际完成值": "1.35万剂次"},
    ],
})
ROADS = SourceText(name="公路养护台账.md", text=(
    "| 路线 | 技术等级 | 养护里程（公里） |\n| --- | --- | --- |\n"
    "| 县道X201 | 三级 | 48.2 |\n| 县道X207 | 三级 | 78.2 |\n| 乡道Y011 | 四级 | 35.6 |\n\n"
    "全年完成路面修补工程3处，启动防汛四级应急响应2次。\n"))


def verdicts(text: str, sources: list[SourceData | SourceText]) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions}


def test_a_category_of_public_institution_is_a_name_and_the_paragraph_stays_clean():
    report = check("我院是区卫生健康局所属公益二类事业单位，全年购置医疗设备46台。", [HOSPITAL])
    assert report.summary.ok, [(m.text, m.status) for m in report.mentions]
    assert {m.text: m.status for m in report.mentions}["46台"] == "exact"


def test_class_one_before_a_noun_is_a_name():
    report = check("中心为公益一类事业单位，承担辖区公路日常养护。", [ROADS])
    assert report.summary.ok, [(m.text, m.status) for m in report.mentions]


def test_a_grade_is_a_name_while_the_figure_after_it_is_checked():
    got = verdicts("县道X207为三级公路，养护78.2公里；四级公路35.6公里。", [ROADS])
    assert got["78.2公里"] == "exact" and got["35.6公里"] == "exact", got
    assert "unsupported" not in got.values(), got


def test_a_wrong_length_next_to_a_grade_is_still_flagged():
    got = verdicts("县道X207为三级公路，养护87.2公里。", [ROADS])
    assert got["87.2公里"] == "unsupported", got
    assert got.get("三级") != "unsupported", got


def test_a_grade_below_or_under_is_no_approximate_figure():
    report = check("五级及以下公路由乡镇自行养护，每公里投入不足三级公路的一半。", [ROADS])
    assert not any(m.status == "unsupported" for m in report.mentions if "级" in m.text), \
        [(m.text, m.status) for m in report.mentions]


def test_a_phase_is_a_name_and_the_count_after_it_is_a_figure():
    got = verdicts("完成二期路面修补工程3处。", [ROADS])
    assert got["3处"] == "exact" and got.get("二期") != "unsupported", got
    assert verdicts("完成二期路面修补工程5处。", [ROADS])["5处"] == "unsupported"


def test_ordinal_two_with_a_class_word_is_a_name():
    report = check("全年接种二类疫苗1.35万剂次，二级指标全部完成。", [HOSPITAL])
    got = {m.text: m.status for m in report.mentions}
    assert got["1.35万剂次"] == "exact" and report.summary.ok, got


def test_a_grade_the_sources_state_is_still_found_there():
    got = verdicts("全年启动防汛四级应急响应2次。", [ROADS])
    assert got == {"四级": "exact", "2次": "exact"}, got


def test_a_count_of_kinds_is_still_a_figure():
    assert verdicts("开设三类康复训练课程。", [HOSPITAL])["三类"] == "unsupported"
    assert verdicts("开设四类康复训练课程。", [HOSPITAL])["四类"] == "exact"


def test_a_count_of_phases_written_with_liang_is_still_a_figure():
    assert verdicts("规范化培训分两期完成。", [HOSPITAL])["两期"] == "unsupported"


# A public library: two named projects, then their count before 合计 refers back to them.
LIBRARY = SourceData(name="图书馆部门自评表.yaml", data={
    "重点项目": [
        {"项目名称": "全民阅读推广", "预算数": "30.00万元", "执行数": "28.40万元"},
        {"项目名称": "数字资源采购", "预算数": "18.00万元", "执行数": "17.20万元"},
    ],
    "新建社区书屋": "3个",
})


def test_a_count_of_the_items_just_named_before_their_sum_refers_back():
    report = check("全民阅读推广与数字资源采购两个项目合计执行45.60万元。", [LIBRARY])
    got = {m.text: m.status for m in report.mentions}
    assert got["两个"] == "ignored" and got["45.60万元"] == "derived", got


def test_a_count_with_no_sum_after_it_is_still_checked():
    assert verdicts("全年新建两个社区书屋。", [LIBRARY])["两个"] == "unsupported"


def test_a_count_before_each_or_together_refers_back_to_the_items_just_named():
    report = check("全民阅读推广28.40万元，数字资源采购17.20万元，两项共执行45.60万元。", [LIBRARY])
    assert {m.text: m.status for m in report.mentions}["两项"] == "ignored"
    report = check("全民阅读推广28.40万元，数字资源采购17.20万元，两项各占执行数的一半左右。", [LIBRARY])
    assert {m.text: m.status for m in report.mentions}["两项"] == "ignored"


def test_the_new_one_of_a_series_is_no_count():
    report = check("下一步将开展新一轮社区书屋评估，上一轮评估已覆盖3个书屋。", [LIBRARY])
    got = {m.text: m.status for m in report.mentions}
    assert got.get("一轮", "ignored") == "ignored" and got["3个"] == "exact", got


def test_updating_once_is_still_a_count():
    from drafter.numbers import extract_mentions

    assert [m.text for m in extract_mentions("馆藏目录每月更新一次") if not m.ignored] == ["一次"]


def test_a_count_stated_with_its_own_total_is_still_a_figure():
    from drafter.numbers import extract_mentions

    got = [m.text for m in extract_mentions("阅读推广活动分三类共42场") if not m.ignored]
    assert got == ["三类", "42场"], got


def test_the_four_quarters_of_a_year_are_no_figure_to_trace():
    from drafter.numbers import extract_mentions

    got = [m.text for m in extract_mentions("四个季度的到馆人次均超过12万") if not m.ignored]
    assert got == ["超过12万"], got


def test_one_day_right_after_a_date_is_that_day():
    from drafter.numbers import extract_mentions

    got = [m.text for m in extract_mentions("7月22日一天借还图书3860册") if not m.ignored]
    assert got == ["7月22日", "3860册"], got


def test_a_count_of_quarters_or_days_elsewhere_is_still_a_figure():
    from drafter.numbers import extract_mentions

    assert [m.text for m in extract_mentions("闭馆维修三个季度") if not m.ignored] == ["三个"]
    assert [m.text for m in extract_mentions("每周闭馆一天") if not m.ignored] == ["一天"]


def test_the_last_one_and_at_the_first_attempt_are_no_counts():
    from drafter.numbers import extract_mentions

    got = [m.text for m in extract_mentions("最后一批图书于12月入藏，新馆消防一次验收合格，读者证一次办结") if not m.ignored]
    assert got == ["12月"], got


def test_doing_it_once_is_still_a_count():
    from drafter.numbers import extract_mentions

    assert [m.text for m in extract_mentions("每季度开展一次消防演练") if not m.ignored] == ["一次"]
