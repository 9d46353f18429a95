"""General rules of the number checker that hold for any unit's own data shape (issue 10): a key's own unit
beats the file's 金额单位, and a bare year used as a key (2022: 1680) dates its figure. A district grain
reserve centre and an intellectual-property protection centre, both in sources of their own shape."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

GRAIN = SourceData(name="储备粮油.json", data={
    "项目": "2023年区级储备粮油保管及轮换费用补贴", "单位": "某区粮食和物资储备服务中心", "金额单位": "元",
    "资金": {"年初": 5200000, "调整后": 4960000, "已支付": 4812000},
    "绩效": [{"指标": "年度轮换数量", "单位": "吨", "目标": "≥6000", "完成": 6240}],
    "上年": {"年度轮换数量（吨）": 5860, "保管费用补贴（元）": 2950000},
})

IPR = SourceData(name="业务数据.yaml", data={
    "单位": "某区知识产权保护中心",
    "指标": {
        "快速预审专利申请": {"单位": "件", "目标": "≥1500", 2022: 1422, 2023: 1618},
        "维权援助案件": {"单位": "件", "目标": "≥200", 2022: 186, 2023: 231},
    },
})


def status(text: str, source: SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_a_unit_in_a_key_beats_the_files_money_unit():
    assert status("年度轮换6240吨，较上年5860吨增加380吨。", GRAIN) == {
        "6240吨": "exact", "5860吨": "exact", "380吨": "derived"}


def test_a_key_in_yuan_under_a_money_unit_still_reads_as_money():
    assert status("上年保管费用补贴295万元。", GRAIN) == {"295万元": "converted"}


def test_a_tonnage_is_not_a_sum_of_money():
    assert status("较上年5860元增加。", GRAIN)["5860元"] == "unsupported"


def test_a_bare_year_key_is_a_year_the_sources_name():
    assert status("快速预审专利申请1618件，较2022年的1422件增长13.78%。", IPR) == {
        "1618件": "exact", "2022年": "exact", "1422件": "exact", "13.78%": "derived"}


def test_last_years_column_is_not_this_years_figure():
    assert status("全年办理维权援助案件186件。", IPR) == {"186件": "unsupported"}
    assert status("全年办理维权援助案件231件。", IPR) == {"231件": "exact"}


DETAIL = SourceData(name="储备粮油项目.json", data={
    "项目": "2023年区级储备粮油保管及轮换费用补贴", "金额单位": "元",
    "资金": {"调整后": 4960000, "已支付": 4812000, "明细": [
        {"用途": "保管费用补贴", "调整后": 3100000, "已支付": 3100000},
        {"用途": "轮换费用补贴", "调整后": 1560000, "已支付": 1452000},
        {"用途": "质量检测费", "调整后": 300000, "已支付": 260000}]},
    "维权援助分中心": ["拱北分中心", "前山分中心", "南屏分中心"],
})


def test_a_detail_record_is_named_by_its_first_text_field():
    assert status("轮换费用补贴执行率93.08%，结余10.8万元。", DETAIL) == {"93.08%": "derived", "10.8万元": "derived"}
    assert status("质量检测费执行率93.08%。", DETAIL) == {"93.08%": "unsupported"}


def test_a_list_of_names_counts_its_items():
    assert status("设立3个维权援助分中心。", DETAIL) == {"3个": "exact"}
    assert status("设立4个维权援助分中心。", DETAIL) == {"4个": "unsupported"}


QUAKE = SourceData(name="台网运维.yaml", data={
    "项目名称": "2023年地震监测台网运行维护经费",
    "项目资金": {"单位": "万元", "年初预算数": 146.00, "全年预算数": 158.60, "全年执行数": 151.27, "其中": [
        {"名称": "当年财政拨款", "年初预算数": 146.00, "全年预算数": 146.00, "全年执行数": 138.67},
        {"名称": "上年结转资金", "年初预算数": 0, "全年预算数": 12.60, "全年执行数": 12.60}]},
})


def test_a_change_rate_is_on_the_earlier_figure_whatever_word_follows_the_change():
    assert status("全年预算调增幅度8.63%。", QUAKE) == {"8.63%": "derived"}
    assert status("全年预算调增幅度7.94%。", QUAKE) == {"7.94%": "unsupported"}
    assert status("全年预算增长率为8.63%。", QUAKE) == {"8.63%": "derived"}


def test_a_share_is_still_a_ratio():
    assert status("上年结转资金占全年预算的7.94%。", QUAKE) == {"7.94%": "derived"}


LECTURES = SourceData(name="工作日志.yaml", data={"2023-10-25": "举办防震减灾科普讲座24场，听众3120人次。"})


def test_an_average_over_a_count_the_words_name_takes_the_total_on_its_line():
    assert status("科普讲座场均130人次。", LECTURES) == {"130人次": "derived"}
    assert status("科普讲座平均每场听众130人次。", LECTURES) == {"130人次": "derived"}


def test_a_wrong_average_over_a_named_count_is_unsupported():
    assert status("科普讲座场均131人次。", LECTURES) == {"131人次": "unsupported"}


def test_a_detail_list_holds_the_parts_of_its_records_total():
    assert status("保管费用补贴占比超过六成。", DETAIL) == {"超过六成": "derived"}
    assert status("保管费用补贴占比超过七成。", DETAIL) == {"超过七成": "unsupported"}


REVIEW = SourceData(name="业务数据.yaml", data={
    "单位": "某区知识产权保护中心",
    "指标": {
        "快速预审专利申请": {"单位": "件", "目标": "≥1500", 2022: 1422, 2023: 1618},
        "预审合格率": {"单位": "%", "目标": "≥80", 2023: 87.9},
        "发明专利预审授权周期": {"单位": "个月", "目标": "≤6", 2023: 4.2},
    },
})


def test_a_target_and_this_years_column_are_of_one_year():
    assert status("发明专利预审授权周期平均4.2个月，比6个月的上限缩短1.8个月。", REVIEW) == {
        "4.2个月": "exact", "6个月": "exact", "1.8个月": "derived"}


def test_a_rate_compared_with_its_target_is_not_a_ratio_of_counts_the_words_name_less():
    assert status("预审合格率87.9%，高于目标7.9个百分点。", REVIEW) == {"87.9%": "exact", "7.9个百分点": "derived"}
    assert status("预审合格率87.9%，高于目标7.9%。", REVIEW)["7.9%"] == "unsupported"
    assert status("快速预审专利申请1618件，高于目标7.87%。", REVIEW)["7.87%"] == "derived"


FORM = SourceText(name="自评表.txt", text="三级指标 年度指标值 实际完成值\n防震减灾科普受众 ≥2万人次 2.36万人次\n")
LOG = SourceText(name="工作日志.md", text="## 2023-10-25\n科普进校园、进社区活动38场，受众2.36万人次，其中学生1.58万人次。\n")


def test_a_remainder_is_the_total_less_its_part_though_a_form_restates_the_total():
    checked = {m.text: m.status for m in check("科普受众中非学生0.78万人次。", [FORM, LOG]).mentions}
    assert checked == {"0.78万人次": "derived"}
    checked = {m.text: m.status for m in check("科普受众中非学生0.87万人次。", [FORM, LOG]).mentions}
    assert checked == {"0.87万人次": "unsupported"}


AUDIT_LOG = SourceText(name="工作日志.md", text="## 2023-07-20\n审计查出问题180个，截至年底已整改165个。"
                                               "向纪检监察机关移送问题线索6件，2022年为4件。\n")


def test_the_base_year_of_a_change_does_not_date_the_next_clauses_level():
    def checked(text: str) -> dict[str, str]:
        return {m.text: m.status for m in check(text, [AUDIT_LOG]).mentions}
    assert checked("移送问题线索较上年增长50%，已整改问题165个。") == {"50%": "derived", "165个": "exact"}
    assert checked("移送问题线索较上年增长50%，已整改问题180个。")["180个"] == "unsupported"
