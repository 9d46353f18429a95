"""Sources of a unit's own shape (issue 10, class 1): how nested YAML / JSON becomes facts.

A year key anywhere on a fact's path ("2022": {…}, "2023年": {…}, 上年 / 本年) says which year every figure
below it belongs to; a figure's subject is its own key and the names of the records above it (生态 › 2023 ›
例数 counts 生态…); a unit stated in the file's header comment (金额单位：万元) applies to its amounts; a list
of records whose key says what an item is (演出批次, 培训期次) is 第一批 / 第二批 … in order, and a list of N
records counts N批 / N期. Units: a district library (图书馆), a township cultural station's performances.
"""

from __future__ import annotations

from pathlib import Path

from drafter.check import SourceData, SourceIndex, SourceText, check

LIBRARY_YAML = """\
# 某区图书馆 全民阅读推广工作台账（自编，金额单位：万元）
单位: 某区图书馆
项目: 全民阅读推广
经费:
  "2022年":
    预算: 90
    支出: 86.4
  "2023年":
    年初预算: 95
    调整后预算: 98
    支出: 96.3
    其中:
      活动组织: 64.62
      图书采购: 31.68
阅读推广活动:
  "2022": {活动场数: 126, 参与人次: 41200}
  "2023": {活动场数: 158, 参与人次: 52640}
公益讲座:
  "2022": {活动场数: 40, 参与人次: 6900}
  "2023": {活动场数: 48, 参与人次: 8800}
少儿借阅:
  上年: {借阅册次: 86500}
  本年: {借阅册次: 97300}
"""


def library(tmp_path: Path) -> Path:
    path = tmp_path / "阅读推广台账.yaml"
    path.write_text(LIBRARY_YAML, encoding="utf-8")
    return path


def status(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


# -- a year key tags every figure below it ------------------------------------------------------------------

def test_a_figure_under_an_earlier_years_key_is_not_this_years(tmp_path):
    src = [library(tmp_path)]
    assert status("全年举办阅读推广活动158场。", src) == {"158场": "exact"}
    assert status("全年举办阅读推广活动126场。", src) == {"126场": "unsupported"}  # 2022's, not this year's


def test_last_years_figure_under_a_year_key_is_found_as_last_years(tmp_path):
    got = status("全年举办阅读推广活动158场，较上年的126场增加32场，增长25.4%。", [library(tmp_path)])
    assert got == {"158场": "exact", "126场": "exact", "32场": "derived", "25.4%": "derived"}, got


def test_shang_nian_and_ben_nian_keys_are_last_year_and_this_year(tmp_path):
    src = [library(tmp_path)]
    got = status("少儿借阅97300册次，较上年的86500册次增长12.49%。", src)
    assert got == {"97300册次": "exact", "86500册次": "exact", "12.49%": "derived"}, got
    assert status("全年少儿借阅86500册次。", src) == {"86500册次": "unsupported"}


def test_a_year_key_tags_the_records_nested_below_it_too(tmp_path):
    ix = SourceIndex.build([library(tmp_path)])
    tags = {f.location: f.ytag for f in ix.facts if f.date is None and f.kind != "year"}
    assert tags["经费.2022年.支出"] == 2022
    assert tags["阅读推广活动.2022.参与人次"] == 2022
    assert tags["少儿借阅.上年.借阅册次"] == -1
    assert tags["经费.2023年.其中.图书采购"] in (None, 2023)
    assert tags["少儿借阅.本年.借阅册次"] is None


def test_a_growth_across_year_keys_of_money_is_derived(tmp_path):
    got = status("全年支出96.3万元，较上年的86.4万元增加9.9万元。", [library(tmp_path)])
    assert got == {"96.3万元": "exact", "86.4万元": "exact", "9.9万元": "derived"}, got


# -- a figure's subject includes its ancestors' names ------------------------------------------------------

def test_a_figure_is_named_by_the_record_above_its_year_key(tmp_path):
    src = [library(tmp_path)]
    assert status("公益讲座参与8800人次。", src) == {"8800人次": "exact"}
    assert status("阅读推广活动参与8800人次。", src) == {"8800人次": "unsupported"}  # the 讲座's figure
    ix = SourceIndex.build(src)
    talk = next(f for f in ix.facts if f.location == "公益讲座.2023.参与人次")
    assert {"讲座", "参与"} <= talk.subj


def test_a_figure_is_named_by_every_record_above_it_not_only_its_parent():
    # 东片 › 改造 › 小区数: the 东片's count, though its parent record (改造) says nothing of which 片
    areas = SourceData(name="片区改造.json", data={"金额单位": "万元",
                                                 "东片": {"改造": {"小区数": 12, "惠及户数": 3486, "完成投资": 1862.4}},
                                                 "西片": {"改造": {"小区数": 11, "惠及户数": 2920, "完成投资": 1520.5}}})
    assert status("东片改造小区12个，惠及3486户，完成投资1862.4万元。", [areas]) == {
        "12个": "exact", "3486户": "exact", "1862.4万元": "exact"}
    assert status("西片改造小区12个。", [areas]) == {"12个": "unsupported"}
    assert status("西片惠及3486户。", [areas]) == {"3486户": "unsupported"}
    assert status("西片完成投资1862.4万元。", [areas]) == {"1862.4万元": "unsupported"}


# -- a unit stated in the file's header comment ------------------------------------------------------------

def test_a_money_unit_stated_in_a_header_comment_applies_to_its_amounts(tmp_path):
    src = [library(tmp_path)]
    assert status("图书采购支出31.68万元。", src) == {"31.68万元": "exact"}
    assert status("图书采购支出31.68元。", src) == {"31.68元": "unsupported"}
    ix = SourceIndex.build(src)
    units = {f.location: f.unit for f in ix.facts if f.date is None and f.kind != "year"}
    assert units["经费.2023年.支出"] == "万元"
    assert units["阅读推广活动.2023.活动场数"] == "场"      # a count is no amount
    assert units["阅读推广活动.2023.参与人次"] == "人次"


def test_a_unit_line_in_a_comment_is_read_only_from_the_file_it_is_in(tmp_path):
    (tmp_path / "a.yaml").write_text("# 单位：元\n图书采购: {支出: 3168}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("公益讲座: {支出: 12}\n", encoding="utf-8")
    ix = SourceIndex.build([tmp_path / "a.yaml", tmp_path / "b.yaml"])
    units = {f.location: f.unit for f in ix.facts}
    assert units == {"图书采购.支出": "元", "公益讲座.支出": ""}


# -- lists of records: ordinals and counts -----------------------------------------------------------------

SHOWS = SourceData(name="惠民演出.json", data={
    "单位": "某镇综合文化站", "年度": 2023,
    "惠民演出批次": [
        {"开始日期": "2023-03-01", "演出场数": 12, "观众人次": 5400},
        {"开始日期": "2023-07-01", "演出场数": 15, "观众人次": 6100},
    ],
    "培训": [
        {"期次": "第一期", "学员人数": 46},
        {"期次": "第二期", "学员人数": 52},
        {"期次": "第三期", "学员人数": 50},
    ],
    "演出节目": [{"名称": "越剧专场", "场数": 6}, {"名称": "歌舞专场", "场数": 21}],
})


def test_items_of_a_list_whose_key_says_batch_are_the_first_and_second_batch():
    assert status("第二批演出15场，观众6100人次。", [SHOWS]) == {"15场": "exact", "6100人次": "exact"}
    assert status("第二批演出12场。", [SHOWS]) == {"12场": "unsupported"}  # the first batch's


def test_a_list_of_batches_counts_its_batches():
    assert status("全年分两批开展惠民演出。", [SHOWS]) == {"两批": "exact"}
    assert status("全年分三批开展惠民演出。", [SHOWS]) == {"三批": "unsupported"}


def test_a_list_whose_items_are_named_by_ordinals_counts_in_their_measure_word():
    assert status("文化站共举办培训三期。", [SHOWS]) == {"三期": "exact"}
    assert status("第二期培训学员52人。", [SHOWS]) == {"52人": "exact"}
    assert status("第二期培训学员46人。", [SHOWS]) == {"46人": "unsupported"}


def test_a_list_whose_key_names_no_item_is_given_no_batch_ordinal():
    ix = SourceIndex.build([SHOWS])
    named = [f for f in ix.facts if f.location.startswith("演出节目[")]
    assert named and all("批" not in w and "第" not in w for f in named for w in f.subj)
    assert not [f for f in ix.facts if f.location == "演出节目" and f.unit == "批"]


# -- the file's 金额单位 is the unit of its amounts, not of its counts ----------------------------------------

RIVERS = SourceData(name="河长制工作.json", data={
    "单位": "某镇河长办", "金额单位": "万元",
    "资金": {"年初预算": 60, "支出": 57.3},
    "巡河": {"镇级河长巡河": 126, "上年镇级河长巡河": 98},
    "保洁明细": [{"用途": "河道保洁补助", "年初": 24, "已支付": 23.5}],
})


def test_the_files_money_unit_is_the_unit_of_its_amounts_not_of_its_counts():
    assert status("全年支出57.3万元。", [RIVERS]) == {"57.3万元": "exact"}
    assert status("河道保洁补助年初安排24万元。", [RIVERS]) == {"24万元": "exact"}
    assert status("镇级河长巡河126次，较上年的98次增加28次。", [RIVERS]) == {
        "126次": "exact", "98次": "exact", "28次": "derived"}
    units = {f.location: f.unit for f in SourceIndex.build([RIVERS]).facts}
    assert units["巡河.镇级河长巡河"] == "" and units["资金.支出"] == "万元" and units["保洁明细[0].年初"] == "万元"


def test_a_key_that_counts_things_is_no_amount_under_the_files_money_unit():
    # 村数 is a number of villages though it sits in a 补助 record; 预算数 stays an amount
    fitness = SourceData(name="全民健身补助.json", data={
        "金额单位": "万元", "预算数": 80,
        "补助明细": [{"类别": "健身路径补助", "村数": 12, "金额": 36}, {"类别": "球场改造补助", "村数": 4, "金额": 40}]})
    units = {f.location: f.unit for f in SourceIndex.build([fitness]).facts}
    assert units["补助明细[0].村数"] == "" and units["补助明细[0].金额"] == "万元" and units["预算数"] == "万元"
    assert status("健身路径补助覆盖12个村，村均3万元。", [fitness]) == {"12个": "exact", "3万元": "derived"}


def test_a_count_of_batches_is_named_by_what_each_batch_records():
    # every 惠民演出批次 item records 观众人次: 两批观众 counts those batches
    assert status("两批观众合计11500人次。", [SHOWS])["两批"] == "exact"


# -- ordinal items of a text source ------------------------------------------------------------------------

CAMP_LOG = SourceText(name="夏令营记录.md", text=(
    "# 2023年少儿阅读夏令营工作记录\n\n"
    "- 第一期夏令营：7月3日至7月9日，营员48人。\n"
    "- 第二期夏令营：7月17日至7月23日，营员52人。\n"
    "- 第三期夏令营：8月7日至8月13日，营员50人。\n"
    "- 9月举办第五届读书节，发放书目1200份。\n"))


def test_ordinal_items_of_a_text_count_as_many_as_the_last_one():
    assert status("暑期共举办三期夏令营。", CAMP_LOG) == {"三期": "exact"}
    assert status("暑期共举办四期夏令营。", CAMP_LOG) == {"四期": "unsupported"}


def test_an_ordinal_without_its_first_is_no_count():
    assert status("已连续举办五届读书节。", CAMP_LOG) == {"五届": "unsupported"}


# -- a record that states its own year -----------------------------------------------------------------------

HOME = SourceData(name="敬老院运营.json", data={
    "单位": "某镇敬老院", "金额单位": "万元",
    "入住情况": [
        {"年度": 2022, "入住老人": "86人", "护理员": "12名", "运营经费": 96.5},
        {"年度": 2023, "入住老人": "94人", "护理员": "14名", "运营经费": 108.2},
    ],
})


def test_a_record_that_states_its_year_gives_that_year_to_its_figures():
    assert status("全年入住老人94人，运营经费108.2万元。", [HOME]) == {"94人": "exact", "108.2万元": "exact"}
    assert status("全年入住老人86人。", [HOME]) == {"86人": "unsupported"}
    got = status("入住老人94人，较上年的86人增加8人；运营经费较上年增加11.7万元。", [HOME])
    assert got == {"94人": "exact", "86人": "exact", "8人": "derived", "11.7万元": "derived"}, got


def test_a_rate_under_an_earlier_years_key_is_not_this_years_rate():
    survey = SourceData(name="读者调查.json", data={"读者满意度": {"2022": "93.5%", "2023": "96.2%"}})
    assert status("读者满意度96.2%。", [survey]) == {"96.2%": "exact"}
    assert status("读者满意度93.5%。", [survey]) == {"93.5%": "unsupported"}
    got = status("读者满意度96.2%，较上年的93.5%提高2.7个百分点。", [survey])
    assert got == {"96.2%": "exact", "93.5%": "exact", "2.7个百分点": "derived"}, got


# -- a role named by a key above the figure ------------------------------------------------------------------

YOUTH = SourceData(name="青少年活动中心.yaml", data={
    "单位": "某区青少年活动中心",
    "年度目标": {"公益培训人次": 3000, "新建校外活动站点": "5个"},
    "完成情况": {"公益培训人次": 3482, "新建校外活动站点": "6个"},
})


def test_a_role_named_by_a_key_above_applies_to_the_figures_below_it():
    assert status("全年公益培训3482人次。", [YOUTH]) == {"3482人次": "exact"}
    assert status("全年公益培训3000人次。", [YOUTH]) == {"3000人次": "unsupported"}   # the target
    assert status("新建校外活动站点5个。", [YOUTH]) == {"5个": "unsupported"}
    assert status("公益培训人次年度目标3000人次。", [YOUTH]) == {"3000人次": "exact"}


def test_sibling_records_keyed_by_role_pair_their_same_fields():
    got = status("公益培训3482人次，比目标多482人次；新建校外活动站点6个，比目标多1个。", [YOUTH])
    assert got == {"3482人次": "exact", "482人次": "derived", "6个": "exact", "1个": "derived"}, got
