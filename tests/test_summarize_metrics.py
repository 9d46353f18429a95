"""The summary eval's own metrics (drafter.summary_metrics): they must catch what a reader strikes out."""

from __future__ import annotations

from decimal import Decimal

from drafter.summary_metrics import KeyFact, boilerplate, cut_sentences, fill, key_fact_recall

SOURCE = ("全年开设课后服务课程56门，参与学生1932人，参与率88.4%。预算执行率仅34.00%，主要原因是抗震加固项目推迟实施。"
          "下一步严格预算约束，工程变更增加支出的，先报镇财政所审核并履行预算调整程序后再实施。")


def test_key_facts_need_their_figure_by_value_and_unit_and_one_of_their_phrases():
    facts = [KeyFact(name="执行率", value=Decimal("34.00"), unit="%"),
             KeyFact(name="执行率偏低", any=["偏低", "低于90%"]),
             KeyFact(name="参与学生", value=Decimal("1932"), unit="人")]
    share, missing = key_fact_recall("总体情况：预算执行率34%，低于90%。主要成效：\n1. 参与学生1923人。", facts)
    assert missing == ["参与学生"]  # a figure is matched by its value, not by its words
    assert share == Decimal("0.6667")


def test_site_and_form_boilerplate_and_table_residue_are_counted_per_sentence():
    text = ("总体情况：预算执行率34.00%。\n\n主要成效：\n1. 1. | 1.课后服务参与学生1932人。\n"
            "2. 本文档可在线阅读，也可下载PDF版本。\n3. 实际完成情况党群服务中心全年开放302天。\n"
            "4. 全年开设课后服务课程56门。\n\n存在问题：存在的问题一是抗震加固项目推迟。\n\n下一步：— 3 —\n")
    found = boilerplate(text)
    assert len(found) == 5
    assert "全年开设课后服务课程56门。" not in found and "预算执行率34.00%。" not in found


def test_a_sentence_stopped_inside_the_reports_clause_is_cut_and_one_shortened_at_a_comma_is_not():
    text = ("总体情况：预算执行率仅34.00%。\n\n主要成效：\n1. 全年开设课后服务课程56门，参与学生1932人。\n"
            "2. 参与学生19。\n\n存在问题：主要原因是抗震加固项目推迟实施。\n\n下一步：严格预算约束，工程变更增加支出的。\n")
    assert cut_sentences(text, SOURCE) == ["参与学生19。", "严格预算约束，工程变更增加支出的。"]
    assert cut_sentences("下一步：严格预算约束，工程变更增加支出", SOURCE) == ["严格预算约束，工程变更增加支出"]


def test_fill_is_characters_used_over_the_limit():
    assert fill(420, 500) == Decimal("0.8400")
