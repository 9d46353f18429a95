"""A span of dates in a source (自A至B, A起至B止, A—B, "A：启动…，至B结束") is one period of one event: each of its
dates is a fact of that event, the second as much as the first, and the days it lasts (counting both ends, as
自…至… is read) are a figure a report may derive from it. Two dates the source does not join are two events, and a
date of another event is not the span's."""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

# A fishing-port management station's work log (Markdown list, one dated entry a line).
PORT_LOG = SourceText(name="渔港管理站工作日志.md", text=(
    "# 2024年渔港管理工作日志\n"
    "- 2024年5月1日：启动伏季休渔期驻港监管，至9月16日结束。期间检查进出港渔船1268艘次，查处违规出海渔船7艘。\n"
    "- 2024年6月12日：完成渔港航道疏浚工程验收，疏浚土方3.6万立方米。\n"
    "- 2024年10月8日：开展渔船消防安全培训，培训船员186人。\n"))

# A city lighting office's winter patrol sheet, as an Excel sheet reads (a merged title, a merged note under it).
LIGHTING_SHEET = SourceText(name="冬季夜间巡查统计.xlsx", text=(
    "某市城市照明管理所2023—2024年度冬季夜间巡查统计\t\t\t\n"
    "片区\t巡查里程（公里）\t修复故障灯（盏）\t巡查人次\n"
    "东城片区\t1860\t412\t326\n"
    "西城片区\t1540\t356\t298\n"
    "合计\t3400\t768\t624\n"
    "注：冬季夜间巡查期自2023年10月1日起至2024年3月31日止。\t\t\t\n"))

# A sub-district culture and sports centre's log: a campaign with its end in the same line, a dash span, and two
# separate entries of one project (招标, then 开工) that no word joins into a span.
CENTRE_LOG = SourceText(name="文体中心工作日志.md", text=(
    "- 2024年3月5日—3月29日：开展春季全民健身月活动，组织健步走、广场舞比赛等12场。\n"
    "- 2024年4月1日：完成文体广场照明改造招标。\n"
    "- 2024年5月20日：文体广场照明改造开工。\n"
    "- 2024年7月8日：暑期少儿公益托管班开班，至8月16日结班，累计托管学生86人。\n"))


def verdicts(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_the_end_of_a_logged_campaign_is_a_date_of_that_campaign():
    got = verdicts("伏季休渔期驻港监管自5月1日至9月16日，历时139天。", PORT_LOG)
    assert got == {"5月1日": "exact", "9月16日": "exact", "139天": "derived"}, got


def test_another_end_date_of_the_campaign_is_unsupported():
    got = verdicts("伏季休渔期驻港监管自5月1日至9月20日。", PORT_LOG)
    assert got["9月20日"] == "unsupported", got


def test_the_end_of_a_span_is_no_date_of_another_event():
    got = verdicts("渔船消防安全培训于9月16日开展。", PORT_LOG)
    assert got == {"9月16日": "unsupported"}, got


def test_the_second_date_of_a_note_under_a_sheet_is_traced_with_its_year():
    got = verdicts("冬季夜间巡查期自10月1日起至3月31日止，共183天。", LIGHTING_SHEET)
    assert got == {"10月1日": "exact", "3月31日": "exact", "183天": "derived"}, got


def test_a_span_across_the_new_year_counts_the_days_of_its_own_years():
    got = verdicts("冬季夜间巡查期自10月1日起至3月31日止，共182天。", LIGHTING_SHEET)
    assert got["182天"] == "unsupported", got  # 2024 is a leap year: 183 days


def test_the_dates_of_a_dash_span_are_both_of_the_event_after_them():
    got = verdicts("春季全民健身月活动自3月5日至3月29日，组织比赛12场。", CENTRE_LOG)
    assert got == {"3月5日": "exact", "3月29日": "exact", "12场": "exact"}, got


def test_the_days_of_a_source_span_are_derived_where_the_text_names_its_event():
    got = verdicts("暑期少儿公益托管班历时40天，托管学生86人。", CENTRE_LOG)
    assert got == {"40天": "derived", "86人": "exact"}, got
    got = verdicts("春季全民健身月活动持续25天。", CENTRE_LOG)
    assert got == {"25天": "derived"}, got


def test_other_days_of_a_source_span_are_unsupported():
    assert verdicts("暑期少儿公益托管班历时45天。", CENTRE_LOG) == {"45天": "unsupported"}


def test_a_span_the_words_do_not_name_derives_nothing():
    assert verdicts("社区图书室延时开放40天。", CENTRE_LOG) == {"40天": "unsupported"}


def test_two_dated_entries_no_word_joins_are_no_span():
    got = verdicts("文体广场照明改造从招标到开工历时50天。", CENTRE_LOG)
    assert got == {"50天": "unsupported"}, got  # 4月1日 and 5月20日 are two events: no span counted through


def test_the_index_pairs_the_two_dates_of_each_span():
    index = SourceIndex.build([PORT_LOG, CENTRE_LOG])
    spans = sorted((a.written, b.written) for a, b, why in index.pairs if why == "span")
    assert spans == [("2024年3月5日", "3月29日"), ("2024年5月1日", "9月16日"), ("2024年7月8日", "8月16日")], spans


# A city lighting office's campaign ledger: each row's span in a start column and an end column.
CAMPAIGNS = SourceText(name="专项行动台账.md", text=(
    "| 专项行动 | 开始日期 | 结束日期 | 检查路灯（盏） |\n"
    "| --- | --- | --- | --- |\n"
    "| 春节亮化保障 | 2024-01-20 | 2024-02-29 | 3200 |\n"
    "| 汛期安全巡查 | 2024-06-01 | 2024-09-30 | 8600 |\n"))


def test_a_ledger_rows_start_and_end_columns_are_one_span():
    got = verdicts("汛期安全巡查历时122天，检查路灯8600盏。", CAMPAIGNS)
    assert got == {"122天": "derived", "8600盏": "exact"}, got
    assert verdicts("春节亮化保障历时41天。", CAMPAIGNS) == {"41天": "derived"}


def test_another_rows_days_are_not_this_rows():
    assert verdicts("春节亮化保障历时122天。", CAMPAIGNS) == {"122天": "unsupported"}


def test_two_date_columns_that_are_no_start_and_end_are_no_span():
    ledger = SourceText(name="合同台账.md", text=(
        "| 合同 | 签订日期 | 付款日期 | 金额（元） |\n| --- | --- | --- | --- |\n"
        "| 路灯节能改造 | 2024-03-01 | 2024-04-09 | 286000 |\n"))
    assert verdicts("路灯节能改造合同历时40天。", ledger) == {"40天": "unsupported"}
