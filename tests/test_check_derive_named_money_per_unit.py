"""A per-unit money figure over a count the paragraph told, of the money the sources give the item the words name
(issue 10, precision; drafter/check/perunit.py): 按道路巡查支出计，每公里… is the 道路巡查 expense item over the
kilometres told before it; 每次检查经费 after 客运站安全检查436次 is the money of the task that count is an indicator
of; 每次巡查经费 is the named project row's spending.
Beside each, the planted error that must stay unsupported: another item's money (a swapped subject), the budget
where the words say nothing of it, last year's count, a half-year's count.

Two units of our own: 临川市道路运输服务中心 (bus station checks, driving schools, trunk-road patrols) and 临川市停车管理
中心 (parking patrols, a parking platform); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

TRANSPORT = [SourceData(name="自评表.yaml", data={
    "项目名称": "2025年道路运输安全监管项目",
    "被评价年度": 2025,
    "项目资金": {"单位": "万元", "年初预算数": "180.00", "全年预算数": "176.50", "全年执行数": "168.62"},
    "主要任务": [
        {"编号": "任务1", "任务": "客运站安全检查",
         "绩效指标": [{"三级指标": "客运站安全检查", "年度指标值": "≥400次", "实际完成值": "436次", "上年实际": "418次"}],
         "任务涉及金额": "52.40万元"},
        {"编号": "任务2", "任务": "驾培机构监管",
         "绩效指标": [{"三级指标": "驾培机构检查", "年度指标值": "≥80家", "实际完成值": "92家"}],
         "任务涉及金额": "31.65万元"},
    ],
    "支出构成": {"干线公路巡查": "658420元", "运政业务培训": "215600元"},
    "绩效指标": [{"三级指标": "巡查国省干线里程", "年度指标值": "≥2600公里", "实际完成值": "2846公里"}],
})]

PARKING = [SourceText(name="停车管理中心项目执行表.txt", text=(
    "临川市停车管理中心 2025年项目执行表（单位：万元）\n"
    "项目\t预算数\t执行数\n"
    "智慧停车平台运维\t86.00\t79.35\n"
    "违停劝导巡查\t42.00\t40.12\n"
    "合计\t128.00\t119.47\n"
    "\n"
    "绩效指标\t年度指标值\t实际完成值\n"
    "违停劝导巡查\t≥3500次\t3862次\n"
    "平台故障处置\t≥300次\t327次\n"
    "备注：上半年违停劝导巡查1,840次。\n"))]


def status(text: str, sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_per_unit_is_the_named_task_money_over_the_count_told_before_it():
    text = "全年完成客运站安全检查436次，比目标多36次。按安全检查经费计，每次检查{}。"
    assert status(text.format("1201.83元"), TRANSPORT)["1201.83元"] == "derived"  # 52.40万元 ÷ 436
    # 驾培机构监管's money over the same checks: another task's money, a swapped subject
    assert status(text.format("725.92元"), TRANSPORT)["725.92元"] == "unsupported"  # 31.65万元 ÷ 436
    # over last year's 418 checks: no count of this year
    assert status(text.format("1253.59元"), TRANSPORT)["1253.59元"] == "unsupported"  # 52.40万元 ÷ 418


def test_a_per_unit_is_the_expense_item_its_words_name_over_the_told_count():
    text = "全年巡查国省干线2,846公里，完成目标的109.46%。按干线公路巡查支出计，每公里{}。"
    assert status(text.format("231.35元"), TRANSPORT)["231.35元"] == "derived"  # 658,420元 ÷ 2,846
    # 运政业务培训's money per kilometre: the words name 干线公路巡查
    assert status(text.format("75.76元"), TRANSPORT)["75.76元"] == "unsupported"  # 215,600元 ÷ 2,846
    named = "全年巡查国省干线2,846公里。按运政业务培训支出计，每公里{}。"
    assert status(named.format("75.76元"), TRANSPORT)["75.76元"] == "derived"
    assert status(named.format("231.35元"), TRANSPORT)["231.35元"] == "unsupported"
    # the count told two sentences before, the halves of the year between: the year's kilometres
    halves = "全年巡查国省干线2,846公里。上半年1,392公里，下半年1,454公里。按干线公路巡查支出计，每公里{}。"
    assert status(halves.format("231.35元"), TRANSPORT)["231.35元"] == "derived"
    assert status(halves.format("473.00元"), TRANSPORT)["473.00元"] == "unsupported"  # over 上半年's 1,392


def test_a_per_unit_of_a_named_project_is_its_own_spending():
    text = "违停劝导巡查全年3,862次，上半年1,840次；每次巡查经费{}。"
    assert status(text.format("103.88元"), PARKING)["103.88元"] == "derived"  # 40.12万元 ÷ 3,862
    # the platform's spending over the patrols (205.47): another project's money
    assert status(text.format("205.47元"), PARKING)["205.47元"] == "unsupported"
