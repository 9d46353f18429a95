"""A figure said of a subject in a role, for a period or a part, must be THAT one's (issue 10, recall): planted errors
that an equal value elsewhere in the sources used to let pass.

- A source sentence framed by 上年（2024年）… states last year's figures, every one of them: none is this year's level,
  and each is last year's base (比上年…).
- A figure right after a change word with its base named (比时限缩短 / 比要求提前 / 比目标多) is the gap, never a level
  the sources state (the actual value itself).
- A part of a run (第一批 / 第二批, 春季 / 秋季, 上半年 / 下半年) the words give a figure must be the part its source
  line gives it: the part named last before it in its own source sentence; a date of the whole run that equals
  another part's date is that part's.

Own unit kinds (木材检查站, 粮油质量检测站, 口腔医院); names and values invented. Each positive beside its planted
negative in the same wording.
"""

from __future__ import annotations

from drafter.check import SourceText, check


def _status(text: str, sources: list[SourceText], mention: str, nth: int = 0) -> str:
    report = check(text, sources)
    found = [m for m in report.mentions if m.text == mention]
    assert len(found) > nth, (mention, [(m.text, m.status) for m in report.mentions])
    return found[nth].status


# -- a sentence framed by last year, its year glossed in brackets ---------------------------------------------------
TIMBER_LOG = SourceText(name="2025年木材检查站工作记录.md", text=(
    "# 白岭木材检查站2025年工作记录\n\n"
    "全年检查运输车辆9,310车次，查处违法运输木材案件152起，培训检查员78人次。\n\n"
    "上年（2024年）检查运输车辆8,216车次，查处违法运输木材案件137起，培训检查员64人次。\n"))


def test_last_years_figure_of_a_glossed_frame_is_last_years_base():
    text = "全年检查运输车辆9,310车次，比上年8,216车次增加1094车次。"
    assert _status(text, [TIMBER_LOG], "8,216车次") == "exact"
    assert _status(text, [TIMBER_LOG], "1094车次") == "derived"


def test_last_years_figure_of_a_glossed_frame_is_no_level_of_this_year():
    assert _status("全年检查运输车辆9,310车次，查处违法运输木材案件137起。", [TIMBER_LOG], "137起") == "unsupported"
    assert _status("全年检查运输车辆9,310车次，查处违法运输木材案件152起。", [TIMBER_LOG], "152起") == "exact"


# -- a gap after a change word with its base named is no level -------------------------------------------------------
GRAIN_FORM = SourceText(name="粮油质量检测站项目自评表.md", text=(
    "# 2025年粮油质量检测站粮食质量安全监测项目绩效自评表\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 时效指标 | 检测报告出具时限 | ≤6个工作日 | 4个工作日 | 5个工作日 |\n"
    "| 产出指标 | 数量指标 | 收购粮食抽检样品 | ≥1200份 | 1386份 | 1254份 |\n"))


def test_a_gap_to_the_limit_is_derived():
    text = "检测报告平均4个工作日出具，比“≤6个工作日”的时限缩短2个工作日。"
    assert _status(text, [GRAIN_FORM], "2个工作日", 0) == "derived"


def test_the_result_restated_as_the_gap_to_the_limit_is_unsupported():
    assert _status("检测报告出具比时限缩短4个工作日。", [GRAIN_FORM], "4个工作日") == "unsupported"
    assert _status("检测报告出具比要求缩短4个工作日。", [GRAIN_FORM], "4个工作日") == "unsupported"
    assert _status("检测报告出具比时限缩短2个工作日。", [GRAIN_FORM], "2个工作日") == "derived"


# -- parts of a run: batches and seasons -------------------------------------------------------------------------------
GRAIN_LOG = SourceText(name="2025年抽检记录.txt", text=(
    "2025年粮油质量检测站抽检记录\n\n"
    "说明：第一批抽检4月8日至5月20日，第二批抽检9月2日至10月15日。\n"
    "2025-05-20  春季收购粮食抽检全部完成，共抽检样品628份。\n"
    "2025-10-15  秋季收购粮食抽检完成，共抽检样品758份。\n"))

DENTAL = SourceText(name="口腔医院项目.yaml", text=(
    "项目名称: 儿童口腔疾病综合干预项目\n"
    "关键指标:\n"
    "  - 指标: 窝沟封闭完成时间\n"
    "    目标值: 11月30日前\n"
    "    实际值: 10月24日\n"))
DENTAL_LOG = SourceText(name="口腔医院工作记录.md", text=(
    "# 口腔医院2025年工作记录\n\n"
    "第一批窝沟封闭6月18日完成，第二批10月24日完成全部筛查学校。\n"))


def test_a_batchs_date_is_its_own():
    assert _status("第二批抽检自9月2日开始。", [GRAIN_LOG], "9月2日") == "exact"
    assert _status("第一批抽检自4月8日开始。", [GRAIN_LOG], "4月8日") == "exact"


def test_a_batchs_date_given_to_the_other_batch_is_unsupported():
    assert _status("第二批抽检自4月8日开始。", [GRAIN_LOG], "4月8日") == "unsupported"


def test_the_wholes_date_that_is_another_batchs_is_unsupported():
    said = "第一批窝沟封闭6月18日完成，第二批于10月24日完成，窝沟封闭比“11月30日前”的要求提前37天完成。"
    assert _status(said + "第二批窝沟封闭于10月24日完成。", [DENTAL, DENTAL_LOG], "10月24日", 1) == "exact"
    assert _status(said + "第一批窝沟封闭于10月24日完成。", [DENTAL, DENTAL_LOG], "10月24日", 1) == "unsupported"


def test_a_seasons_count_is_its_own():
    said = "春季收购粮食抽检5月20日完成，共抽检样品628份；秋季抽检10月15日完成，共抽检样品758份。"
    assert _status(said + "春季抽检样品628份。", [GRAIN_LOG], "628份", 1) == "exact"
    assert _status(said + "秋季抽检样品628份。", [GRAIN_LOG], "628份", 1) == "unsupported"


# -- a change on last year is no rate of change on another base -------------------------------------------------------
from drafter.check import SourceData  # noqa: E402

DENTAL_FUNDS = SourceData(name="口腔医院部门资金.yaml", data={"部门资金情况": {
    "单位": "万元", "年初预算": 2460.00, "调整预算": 2583.00, "实际支出": 2511.42, "预算调整率": 5.00}})


def test_the_adjustment_rate_is_exact():
    text = "部门调整预算2583.00万元，比年初调增123.00万元，预算调整率5.00%。"
    assert _status(text, [DENTAL_FUNDS], "5.00%") == "exact"


def test_a_growth_on_last_year_equal_to_the_adjustment_rate_is_unsupported():
    text = "部门调整预算2583.00万元，比年初调增123.00万元，预算调整率5.00%，比上年增长5.00%。"
    assert _status(text, [DENTAL_FUNDS], "5.00%", 0) == "exact"
    assert _status(text, [DENTAL_FUNDS], "5.00%", 1) == "unsupported"


# -- a figure's measure word: the one the sources give the same item --------------------------------------------------
GRAIN_STATS = SourceData(name="粮油抽检统计.json", data={
    "计量说明": {"抽检样品": "份", "覆盖收储库点": "个", "检测指标": "项次"},
    "合计": {"抽检样品": 1386, "覆盖收储库点": 47, "检测指标": 12474}})
GRAIN_TABLE = SourceText(name="粮油质量检测站自评表.md", text=(
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 检测指标 | ≥12000项次 | 12474项次 |\n"))


def test_a_unitless_field_in_its_own_measure_word_is_exact():
    assert _status("全年检测指标12474项次。", [GRAIN_STATS, GRAIN_TABLE], "12474项次") == "exact"


def test_a_unitless_field_in_another_measure_word_the_sources_give_the_item_otherwise_is_unsupported():
    assert _status("全年检测指标12474项。", [GRAIN_STATS, GRAIN_TABLE], "12474项") == "unsupported"


# -- an unsigned rate of change of a cut ------------------------------------------------------------------------------
TIMBER_FORM = SourceText(name="木材检查站部门整体支出绩效自评表.md", text=(
    "# 白岭木材检查站2025年度部门整体支出绩效自评表\n\n金额单位：万元\n\n"
    "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 备注 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 1,190.00 | 1,156.00 | 1,101.37 | 95.27% | |\n"
    "| 按支出结构：基本支出 | 660.00 | 678.00 | 671.25 | 99.00% | 人员增加，年中追加 |\n"
    "| 按支出结构：项目支出 | 530.00 | 478.00 | 430.12 | 89.98% | 压减会议费52.00万元 |\n"))


def test_a_cuts_rate_of_change_with_its_sign_is_derived():
    assert _status("项目支出全年预算478.00万元，比年初调减52.00万元，调整率-9.81%。", [TIMBER_FORM], "-9.81%") \
        == "derived"


def test_a_cuts_rate_of_change_without_its_sign_is_unsupported():
    assert _status("项目支出调整率9.81%。", [TIMBER_FORM], "9.81%") == "unsupported"
    assert _status("项目支出调减9.81%。", [TIMBER_FORM], "9.81%") == "derived"


# -- a form's money unit in a cell of its own (单位 | 万元): its lines' rates are the lines' ---------------------------
GRAIN_PDF_FORM = SourceText(name="粮油质量检测站项目自评表.pdf.txt", text=(
    "项目支出绩效自评表（2025年度）\n"
    "项目名称\t粮食质量安全监测项目\t\t主管部门\t市粮食和物资储备局\t\n"
    "实施单位\t市粮油质量检测站\t\t单位\t万元\t\n"
    "项目资金\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分\n"
    "年度资金总额\t186.00\t180.00\t172.44\t95.80%\t9.58\n"
    "其中：省级粮食安全资金\t120.00\t114.00\t110.26\t—\t—\n"
    "市级财政资金\t66.00\t66.00\t62.18\t—\t—\n"))


def test_a_lines_rate_under_a_unit_cell_is_derived():
    assert _status("市级财政资金执行62.18万元，执行率94.21%。", [GRAIN_PDF_FORM], "94.21%") == "derived"


def test_the_wholes_rate_given_to_a_line_under_a_unit_cell_is_unsupported():
    assert _status("项目执行率95.80%。市级财政资金执行率95.80%。", [GRAIN_PDF_FORM], "95.80%", 0) == "exact"
    assert _status("项目执行率95.80%。市级财政资金执行率95.80%。", [GRAIN_PDF_FORM], "95.80%", 1) == "unsupported"


# -- a rate after a clause that names only a role (调整率…，执行率) is the same item's --------------------------------
DENTAL_PROJECTS = SourceData(name="口腔医院重点项目.yaml", data={"单位": "万元", "重点项目": [
    {"项目名称": "儿童窝沟封闭", "年初预算数": 36.00, "全年预算数": 42.00, "执行数": 38.52},
    {"项目名称": "老年义齿修复", "年初预算数": 58.00, "全年预算数": 52.00, "执行数": 49.61}]})


def test_a_projects_rate_after_its_adjustment_rate_is_its_own():
    text = "儿童窝沟封闭项目调整率16.67%，执行率91.71%。"
    assert _status(text, [DENTAL_PROJECTS], "91.71%") == "derived"


def test_another_projects_rate_after_an_adjustment_rate_is_unsupported():
    text = "儿童窝沟封闭项目调整率16.67%，执行率95.40%。"
    assert _status(text, [DENTAL_PROJECTS], "95.40%") == "unsupported"


# -- a season's date is no rival of the other season's stated result --------------------------------------------------
GRAIN_SEASONS = SourceData(name="粮油质量检测站自评数据.json", data={"指标": [
    {"名称": "春季抽检收尾时间", "目标值": "5月31日前", "完成值": "5月20日"}]})
GRAIN_NOTES = SourceText(name="抽检安排.md", text=(
    "# 2025年收购粮食抽检安排\n\n- 春季抽检：4月8日启动，5月20日收尾。\n- 秋季抽检：9月2日启动，10月15日收尾。\n"))


def test_a_seasons_dates_in_a_sentence_after_the_other_seasons_are_its_own():
    text = "春季抽检自4月8日启动至5月20日收尾，比“5月31日前”的要求提前11天；秋季抽检自9月2日至{}，共44天。"
    got = {m.text: m.status for m in check(text.format("10月15日"), [GRAIN_SEASONS, GRAIN_NOTES]).mentions}
    assert got["10月15日"] == "exact" and got["44天"] == "derived"
    got = {m.text: m.status for m in check(text.format("10月25日"), [GRAIN_SEASONS, GRAIN_NOTES]).mentions}
    assert got["10月25日"] == "unsupported"


# -- a row's share is of the column its words name: no other cell of the row as its part -----------------------------
GRAIN_KINDS = SourceText(name="分品种抽检统计.md", text=(
    "# 2025年分品种抽检统计\n\n"
    "| 品种 | 抽检样品（份） | 检测项目（项） | 复检（个） | 发现不合格（个） | 完成处置（个） |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| 稻谷 | 412 | 38 | 10 | 18 | 17 |\n| 小麦 | 386 | 31 | 6 | 12 | 12 |\n| 玉米 | 588 | 40 | 9 | 16 | 15 |\n"
    "| 合计 | 1386 | 109 | 25 | 46 | 44 |\n"))


def test_a_rows_share_of_its_named_column_is_derived():
    got = {m.text: m.status for m in check("稻谷发现不合格18个，占39.13%，接近四成。", [GRAIN_KINDS]).mentions}
    assert got["39.13%"] == "derived" and got["接近四成"] == "derived"


def test_a_rows_share_with_another_cell_as_its_part_is_unsupported():
    said = "稻谷抽检样品412份，发现不合格18个，完成处置17个，处置率94.44%。"
    assert _status(said + "稻谷发现不合格占接近四成。", [GRAIN_KINDS], "接近四成") == "derived"
    assert _status(said + "稻谷发现不合格占超过一半。", [GRAIN_KINDS], "超过一半") == "unsupported"


# -- a share of a sum the text stated is of one of its items ----------------------------------------------------------
DENTAL_TASKS = SourceData(name="口腔医院项目任务.yaml", data={"单位": "万元", "项目支出": 119.00, "主要任务": [
    {"任务": "儿童口腔筛查", "任务涉及金额": 42.60}, {"任务": "老年义齿修复", "任务涉及金额": 36.40},
    {"任务": "口腔健康宣教", "任务涉及金额": 18.20}, {"任务": "基层口腔医生培训", "任务涉及金额": 21.80}]})


def test_an_items_share_of_a_stated_sum_it_is_in_is_derived():
    text = "儿童口腔筛查与老年义齿修复合计79.00万元，其中儿童口腔筛查占53.92%。"
    assert _status(text, [DENTAL_TASKS], "53.92%") == "derived"



def test_a_cut_its_row_states_in_a_remark_is_the_rows_change():
    text = "项目支出全年预算478.00万元，比年初调减52.00万元，执行430.12万元。"
    assert _status(text, [TIMBER_FORM], "52.00万元") != "unsupported"
    assert _status("项目支出全年预算478.00万元，比年初调减62.00万元。", [TIMBER_FORM], "62.00万元") == "unsupported"


# -- a figure whose own words name another field of its record --------------------------------------------------------
DENTAL_ARCHIVE = SourceData(name="口腔医院慢病管理.yaml", data={"单位": "口腔医院", "老年口腔慢病管理": {
    "2025": {"新增建档人数": "412人", "在管人数": "2863人"}, "2024": {"新增建档人数": "376人", "在管人数": "2502人"}}})


def test_a_records_field_named_by_its_own_words_is_exact():
    assert _status("全年新增建档412人，年末在管2863人。", [DENTAL_ARCHIVE], "2863人") == "exact"


def test_a_records_other_field_under_the_words_of_a_sibling_is_unsupported():
    assert _status("全年新增建档398人，年末在管412人。", [DENTAL_ARCHIVE], "412人") == "unsupported"


def test_the_result_restated_as_the_gap_in_other_words_is_unsupported():
    # the bound named in other words (承诺时限 / 规定时限) and the gap in other words (提前 / 快): still a gap
    for said in ("比承诺时限缩短", "比规定时限提前", "较时限快"):
        assert _status(f"检测报告出具{said}4个工作日。", [GRAIN_FORM], "4个工作日") == "unsupported", said
        assert _status(f"检测报告出具{said}2个工作日。", [GRAIN_FORM], "2个工作日") == "derived", said


def test_the_first_batch_named_首批_is_the_first():
    said = "第一批窝沟封闭6月18日完成，第二批于10月24日完成，窝沟封闭比“11月30日前”的要求提前37天完成。"
    assert _status(said + "首批窝沟封闭于6月18日完成。", [DENTAL, DENTAL_LOG], "6月18日", 1) == "exact"
    assert _status(said + "首批窝沟封闭于10月24日完成。", [DENTAL, DENTAL_LOG], "10月24日", 1) == "unsupported"


def test_a_gap_the_source_states_in_the_same_words_is_exact():
    report = SourceText(name="粮油质量检测站自评报告.txt", text=(
        "全年抽检收购粮食样品1386份，比年度目标多186份，检测报告平均4个工作日出具。"))
    assert _status("全年抽检样品1386份，比年度目标多186份。", [report], "186份") == "exact"
