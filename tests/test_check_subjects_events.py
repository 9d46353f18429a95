"""A date is the date of the event its own clause names (issue 10, point 5): 4月8日预付 is the ledger's 预付款 line of
that day, even where the wider sentence also names an item whose completion the form dates in another month; the
same date stated as that item's completion is still unsupported. And a completion month the text calls on time
(按期, 如期) must not be after the deadline its record states: 7月 against 6月底前 is late."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# -- 1. a dated ledger line of the same event --------------------------------------------------------------------
# A middle school's canteen renovation: a payment ledger with dated instalments, and the form's completion date.
CANTEEN_LEDGER = SourceText(name="食堂改造付款台账.txt", text=(
    "某县第二中学 食堂改造合同付款台账（2024年，金额单位：元）\n"
    "合同总额 860,000 元\n\n"
    "付款批次        付款日期          付款金额\n"
    "预付款          2024-04-08        258,000\n"
    "进度款          2024-08-19        430,000\n"
    "尾款            2024-11-26        172,000\n"))
CANTEEN_FORM = SourceData(name="项目自评.yaml", data={
    "单位": "某县第二中学",
    "年度": 2024,
    "产出": [{"指标": "食堂改造完成时间", "目标": "10月底前", "完成": "10月12日"}],
})


def test_a_payment_date_is_the_ledgers_line_of_that_payment():
    got = verdicts("食堂改造合同总额86万元，分三笔支付：4月8日预付25.8万元，8月19日支付进度款43万元。",
                   CANTEEN_LEDGER, CANTEEN_FORM)
    assert got["4月8日"] == "exact" and got["8月19日"] == "exact", got


def test_a_payment_date_stated_as_the_completion_date_is_unsupported():
    got = verdicts("食堂改造于4月8日完成。", CANTEEN_LEDGER, CANTEEN_FORM)
    assert got["4月8日"] == "unsupported", got


def test_a_final_payment_date_named_before_it_is_the_ledgers():
    got = verdicts("食堂改造尾款于11月26日支付，晚于改造完成45天。", CANTEEN_LEDGER, CANTEEN_FORM)
    assert got["11月26日"] == "exact", got


# A reservoir management station: the flood-season duty dates in a note, a repair's completion in the form.
RESERVOIR_NOTE = SourceText(name="防汛值守记录.txt", text=(
    "某水库管理站2024年防汛工作记录\n"
    "汛期值守 6月1日—9月15日，共107天，值守人员12名。\n"))
RESERVOIR_FORM = SourceData(name="自评表.yaml", data={
    "单位": "某水库管理站",
    "年度": 2024,
    "绩效指标": [{"三级指标": "水毁设施修复完成时间", "年度指标值": "8月底前", "实际完成值": "7月20日"}],
})


def test_the_end_of_a_season_named_in_its_own_clause_is_the_notes_date():
    got = verdicts("水毁设施修复于7月20日完成，汛期值守自6月1日至9月15日，共107天。", RESERVOIR_NOTE, RESERVOIR_FORM)
    assert got == {"7月20日": "exact", "6月1日": "exact", "9月15日": "exact", "107天": "exact"}, got


def test_the_seasons_end_stated_as_the_repairs_completion_is_unsupported():
    got = verdicts("水毁设施修复于9月15日完成。", RESERVOIR_NOTE, RESERVOIR_FORM)
    assert got["9月15日"] == "unsupported", got


# -- 2. a completion month called on time ------------------------------------------------------------------------
# A tax service hall's self-service terminals: upgraded in July against a June deadline (late).
TAX_HALL = SourceText(name="自评表.md", text=(
    "| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n| --- | --- | --- | --- | --- |\n"
    "| 自助办税终端升级完成时间 | 6月底前 | 7月 | 5 | 3 |\n"))
# A village clinic's renovation: done in September against an October deadline (on time).
CLINIC = SourceText(name="村卫生室自评表.md", text=(
    "| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n| --- | --- | --- | --- | --- |\n"
    "| 村卫生室标准化改造完成时间 | 10月底前 | 9月 | 5 | 5 |\n"))


def test_a_late_month_called_on_time_is_unsupported():
    got = verdicts("自助办税终端升级于7月完成，按期达到“6月底前”的要求。", TAX_HALL)
    assert got["7月"] == "unsupported", got


def test_a_late_month_stated_as_late_is_exact():
    got = verdicts("自助办税终端升级于7月完成，未达到“6月底前”的要求。", TAX_HALL)
    assert got["7月"] == "exact", got


def test_a_month_before_its_deadline_called_on_time_is_exact():
    got = verdicts("村卫生室标准化改造于9月完成，如期达到“10月底前”的要求。", CLINIC)
    assert got["9月"] == "exact", got


def test_a_plan_to_act_early_after_a_quoted_reason_is_no_on_time_claim():
    got = verdicts("偏差原因据自评表填报为“终端到货延迟，7月完成升级”，下一步提前开展设备采购。", TAX_HALL)
    assert got["7月"] == "exact", got


# -- 3. a date is not another event's, though the sentence names that event too ---------------------------------
# A community service centre's log: the canteen opened in May, the volunteer plan was done in November.
COMMUNITY_LOG = SourceText(name="工作日志.md", text=(
    "# 某街道社区服务中心2024年工作日志\n\n"
    "- 2024-05-20：社区老年食堂开业，日均就餐120人次。\n"
    "- 2024-11-30：年度志愿服务计划全部完成，累计服务3600小时。\n"))


def test_a_date_its_own_clause_names_is_the_logs_date():
    got = verdicts("社区老年食堂于5月20日开业，年度志愿服务计划稳步推进。", COMMUNITY_LOG)
    assert got["5月20日"] == "exact", got


def test_another_events_date_given_to_the_event_its_own_clause_names_is_unsupported():
    got = verdicts("年度志愿服务计划于5月20日完成，社区老年食堂同步开业。", COMMUNITY_LOG)
    assert got["5月20日"] == "unsupported", got


# A county hospital's log: the new outpatient building opened in March, the pharmacy renovation ended in September.
HOSPITAL_LOG = SourceText(name="院务记录.txt", text=(
    "某县人民医院2024年院务记录\n"
    "2024-03-01：新门诊楼启用，开放诊室48间。\n"
    "2024-09-30：智慧药房改造完成并通过验收。\n"))


def test_the_opening_date_of_the_building_is_exact():
    got = verdicts("新门诊楼于3月1日启用。", HOSPITAL_LOG)
    assert got["3月1日"] == "exact", got


def test_the_buildings_opening_date_given_to_the_pharmacy_renovation_is_unsupported():
    got = verdicts("智慧药房改造于3月1日完成，新门诊楼同步启用。", HOSPITAL_LOG)
    assert got["3月1日"] == "unsupported", got
