"""A small count in words of the rows its sentence speaks of (issue 10): 为五项最低 after a row's figure says the
row is one of its table's five rows; 两块执行率差 after the 基本支出 and 项目支出 rows counts the rows the sentence
named; 五个项目的执行情况是：… counts the rows it goes on to name. The count is the source table's number of rows or
the number of its rows the sentence traces — a count that is neither (为六项最低 of a five-row table) stays
unsupported.

Units of our own: 临湘市消费者协会 (its self-evaluation form: funds by type and by source, five project rows) and
云岭县散装水泥办公室 (its 专项资金 table of five tasks).
"""

from __future__ import annotations

from drafter.check import SourceText, check

CONSUMER = [SourceText(name="临湘市消费者协会2024年部门整体支出绩效自评表.txt", text=(
    "临湘市消费者协会2024年部门整体支出绩效自评表\n"
    "资金类别\t年初预算（万元）\t全年预算（万元）\t执行数（万元）\n"
    "基本支出\t126.40\t131.20\t129.86\n"
    "项目支出\t58.00\t58.00\t53.17\n"
    "财政拨款\t176.40\t181.20\t175.53\n"
    "其他收入\t8.00\t8.00\t7.50\n"
    "\n"
    "项目名称\t全年预算（万元）\t执行数（万元）\n"
    "消费投诉调解\t18.00\t17.46\n"
    "消费教育宣传\t15.00\t14.28\n"
    "商品比较试验\t16.00\t13.12\n"
    "维权服务站建设\t9.00\t8.31\n"
    "消费维权热线运行\t6.00\t5.72\n"))]

CEMENT = [SourceText(name="云岭县散装水泥办公室2024年专项资金执行表.txt", text=(
    "云岭县散装水泥办公室2024年专项资金执行表\n"
    "任务\t预算（万元）\t支出（万元）\n"
    "散装水泥推广\t22.00\t21.36\n"
    "预拌砂浆推广\t12.00\t11.52\n"
    "搅拌站检查\t8.00\t7.84\n"
    "流向监测\t10.00\t8.90\n"
    "宣传培训\t5.00\t4.95\n"))]


SUPPORTED = ("exact", "derived")


def status(text: str, sources: list[SourceText]) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_row_placed_among_its_tables_rows_counts_them():
    got = status("商品比较试验执行13.12万元，执行率82.00%，为五项最低。", CONSUMER)
    assert got["13.12万元"] == "exact" and got["五项"] in SUPPORTED
    assert status("商品比较试验执行13.12万元，执行率82.00%，为六项最低。", CONSUMER)["六项"] == "unsupported"


def test_a_row_placed_among_a_five_row_table_counts_five():
    got = status("流向监测支出8.90万元，执行率89.00%，为五项最低。", CEMENT)
    assert got["五项"] in SUPPORTED
    assert status("流向监测支出8.90万元，执行率89.00%，为六项最低。", CEMENT)["六项"] == "unsupported"


def test_the_rows_a_sentence_names_are_counted():
    got = status("基本支出全年预算131.20万元，执行129.86万元；项目支出预算58.00万元，执行53.17万元，两块合计"
                 "执行183.03万元。", CONSUMER)
    assert got["两块"] in SUPPORTED
    assert status("基本支出全年预算131.20万元，执行129.86万元；项目支出预算58.00万元，执行53.17万元，三块合计"
                  "执行183.03万元。", CONSUMER)["三块"] == "unsupported"


def test_a_count_before_the_rows_it_names_counts_them():
    got = status("五个项目的执行情况是：消费投诉调解执行17.46万元；消费教育宣传执行14.28万元；商品比较试验执行"
                 "13.12万元；维权服务站建设执行8.31万元，热线运行执行5.72万元。", CONSUMER)
    assert got["五个"] in SUPPORTED
    assert status("六个项目的执行情况是：消费投诉调解执行17.46万元；消费教育宣传执行14.28万元；商品比较试验执行"
                  "13.12万元；维权服务站建设执行8.31万元，热线运行执行5.72万元。", CONSUMER)["六个"] == "unsupported"


def test_a_count_of_another_thing_beside_one_row_is_not_the_tables():
    # one row traced, no word placing it among a set: 两个 counts the stations it builds, nothing of the table
    assert status("维权服务站建设执行8.31万元，新建两个维权服务站。", CONSUMER)["两个"] == "unsupported"
