"""A share's part and whole as the text states them (issue 10, point 2): the part is the figure its sentence
states just before the share (never one stated after it); 其中 makes the share of the figure before, not of a
whole an earlier sentence named; and the whole may be a total the text stated before — in an earlier paragraph
(占全部结余的 after 结余3.2万元), or named only by the part's own words (听众占全部的) or by the sentence's
leading X中 (支出中，…占24%).

A district library (区图书馆): its project form and its reading-service log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="图书馆项目自评表.yaml", data={
    "项目名称": "2023年区图书馆公共阅读服务项目",
    "项目资金": {"全年预算数": "50.00万元", "全年执行数": "46.80万元"},
    "分项": [
        {"名称": "文献购置", "全年预算数": "12.00万元", "全年执行数": "12.00万元"},
        {"名称": "少儿阅读推广", "全年预算数": "10.00万元", "全年执行数": "7.60万元"}],
    "绩效指标": [
        {"三级指标": "新增馆藏图书", "年度指标值": "≥2500册", "实际完成值": "2667册"},
        {"三级指标": "图书上架时间", "年度指标值": "30天以内", "实际完成值": "20天"}],
})
LOG = SourceText(name="阅读服务记录.md", text=(
    "全馆有职工45人，其中专业馆员36人。\n"
    "全年举办公益讲座40场，听众6,000人次；其中少儿讲座12场，听众2,400人次。\n"))
SOURCES = [FORM, LOG]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_the_part_of_a_share_is_the_figure_stated_just_before_it_not_one_after():
    # 12.00 ÷ 46.80 = 25.64 %; the 20天 and 30天 after it are no part
    text = "文献购置新增图书2667册，支出12.00万元，占全年执行数的25.64%，图书在20天内上架，比30天的时限提前10天。"
    assert status(text)["25.64%"] == "derived"
    assert status(text.replace("25.64%", "24%"))["24%"] == "unsupported"


def test_qizhong_makes_a_share_of_the_figure_before_not_of_a_whole_named_in_the_sentence_before():
    text = "文献购置支出12.00万元，占全年执行数的25.64%。全馆有职工45人，其中专业馆员36人，占80%。"
    assert status(text)["80%"] == "derived"  # 36 ÷ 45
    assert status(text.replace("占80%", "占75%"))["75%"] == "unsupported"


def test_a_share_of_a_total_the_text_stated_in_an_earlier_paragraph():
    text = ("全年预算50.00万元，执行46.80万元，结余3.2万元。\n\n"
            "少儿阅读推广预算10.00万元，支出7.60万元，未执行2.4万元，占全部结余的75%。")
    got = status(text)
    assert got["3.2万元"] == "derived" and got["75%"] == "derived"  # 2.4 ÷ 3.2
    assert status(text.replace("75%", "70%"))["70%"] == "unsupported"


def test_a_share_of_all_takes_the_total_the_text_stated_of_what_the_part_counts():
    text = "全年举办公益讲座40场，听众6,000人次。\n\n少儿讲座12场、听众2,400人次，听众占全部的40%。"
    assert status(text)["40%"] == "derived"  # 2,400 ÷ 6,000
    assert status(text.replace("40%", "45%"))["45%"] == "unsupported"


def test_a_sentence_led_by_x_zhong_states_shares_of_x_as_the_text_stated_it():
    text = "全年执行46.80万元。\n\n执行中，文献购置12.00万元，占25.64%；少儿阅读推广7.60万元，占16.24%。"
    got = status(text)
    assert got["25.64%"] == "derived" and got["16.24%"] == "derived"  # 12.00 ÷ 46.80, 7.60 ÷ 46.80
    assert status(text.replace("16.24%", "15.2%"))["15.2%"] == "unsupported"  # 7.60 ÷ 50.00, the budget
