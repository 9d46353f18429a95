"""A figure derived in one step from figures its own paragraph told before it (issue 10; drafter/check/told.py):
the operands are chosen by structure — the subject the target's words name, the whole or base they name, the sign
the change word says — and the figure must come out at its written precision. Beside each derived figure, the
planted error that must stay unsupported: a swapped subject, a wrong direction, a wrong whole or base, a value one
rounding step off.

Two units of our own: 青岚天文台 (an observatory's public-viewing ledger) and 东礁海洋环境监测站 (a marine
monitoring station's sampling records).
"""

from __future__ import annotations

from drafter.check import SourceText, check

# each figure in a document of its own: no source record relates them — only the text does
OBSERVATORY = [
    SourceText(name="青岚天文台2024年度统计表.txt", text="青岚天文台2024年度统计表\n接待观测公众（人次）：38640\n"),
    SourceText(name="青岚天文台上半年工作总结.txt", text="青岚天文台上半年工作总结\n上半年共接待观测公众17390人次。\n"),
    SourceText(name="青岚天文台2023年度报告.txt", text="青岚天文台2023年度报告\n2023年接待观测公众35120人次，观测满意度94.1%。\n"),
    SourceText(name="预约平台导出.txt", text="青岚天文台预约平台2024年导出\n线上预约人次：41200\n"),
    SourceText(name="一号折射望远镜运维记录.txt", text="一号折射望远镜2024年运维记录\n设备完好率98.2%。\n"),
    SourceText(name="二号反射望远镜运维记录.txt", text="二号反射望远镜2024年运维记录\n设备完好率95.6%。\n"),
    SourceText(name="满意度调查报告.txt", text="2024年观测公众满意度调查报告\n观测满意度96.4%，年度目标95%。\n"),
    SourceText(name="青岚天文台工作日志.txt", text=(
        "青岚天文台2024年工作日志\n"
        "2024-04-02  科普展馆改造工程开工\n"
        "2024-06-20  科普展馆改造工程完工验收\n"
        "2024-08-10  英仙座流星雨公众观测周启动\n")),
]

STATION = [
    SourceText(name="东礁站样品登记总表.txt", text="东礁海洋环境监测站2024年样品登记总表\n全年采集海水样品：4826份\n"),
    SourceText(name="第一航次报告.txt", text="东礁海洋环境监测站第一航次报告\n本航次采集海水样品1268份。\n"),
    SourceText(name="第二航次报告.txt", text="东礁海洋环境监测站第二航次报告\n本航次采集海水样品1431份。\n"),
    SourceText(name="东礁站出海记录.txt", text="东礁海洋环境监测站2024年出海记录\n全年出海：14次\n"),
    SourceText(name="三季度简报.txt", text="东礁海洋环境监测站三季度简报\n本季度采集海水样品1185份。\n"),
    SourceText(name="四季度简报.txt", text="东礁海洋环境监测站四季度简报\n本季度采集海水样品942份。\n"),
]

SOURCES = OBSERVATORY + STATION


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_the_other_half_of_the_year_is_the_year_told_less_the_half_told():
    got = status("全年接待观测公众38640人次，完成目标。上半年接待17390人次，下半年21250人次。")
    assert got["21250人次"] == "derived"  # 38640 − 17390
    # one off: no pair of the paragraph's figures gives it
    assert status("全年接待观测公众38640人次，完成目标。上半年接待17390人次，下半年21350人次。")["21350人次"] \
        == "unsupported"


def test_a_half_years_share_is_the_half_the_words_name_over_the_year():
    got = status("全年接待观测公众38640人次，完成目标。上半年接待17390人次，下半年21250人次，上半年只占全年的45.01%。")
    assert got["45.01%"] == "derived"  # 17390 ÷ 38640
    # swapped subject: 45.01 % is 上半年's share, not 下半年's
    assert status("全年接待观测公众38640人次，完成目标。上半年接待17390人次，下半年21250人次，下半年只占全年的45.01%。"
                  )["45.01%"] == "unsupported"


def test_a_share_of_the_year_is_never_over_last_years_figure():
    got = status("全年接待观测公众38640人次，上年35120人次。上半年接待17390人次，占全年的45.01%。")
    assert got["45.01%"] == "derived"
    # wrong whole: 17390 ÷ 35120 is over last year's figure, not the year's
    assert status("全年接待观测公众38640人次，上年35120人次。上半年接待17390人次，占全年的49.52%。")["49.52%"] \
        == "unsupported"


def test_a_ratio_of_two_named_figures_is_the_first_named_over_the_second():
    got = status("全年接待观测公众38640人次。线上预约41200人次，接待人次与预约人次之比为93.79%。")
    assert got["93.79%"] == "derived"  # 38640 ÷ 41200
    # turned upside down: 41200 ÷ 38640 is the ratio of 预约 to 接待
    assert status("全年接待观测公众38640人次。线上预约41200人次，接待人次与预约人次之比为106.63%。")["106.63%"] \
        == "unsupported"


def test_a_gap_between_two_told_rates_has_the_sign_its_words_say():
    got = status("一号折射望远镜完好率98.2%，全年检修6次。二号反射望远镜完好率95.6%，全年检修9次。两台望远镜完好率相差2.6个百分点。")
    assert got["2.6个百分点"] == "derived"  # 98.2 − 95.6
    # wrong direction: 二号 is below 一号
    assert status("一号折射望远镜完好率98.2%，全年检修6次。二号反射望远镜完好率95.6%，全年检修9次。"
                  "二号反射望远镜完好率高出一号折射望远镜2.6个百分点。")["2.6个百分点"] == "unsupported"


def test_a_rise_with_no_base_named_is_over_time_never_over_the_target():
    got = status("观测满意度96.4%，高于95%的目标。上年为94.1%，本年提高2.3个百分点。")
    assert got["2.3个百分点"] == "derived"  # 96.4 − 94.1
    # the gap to the target given as the rise on last year
    assert status("观测满意度96.4%，高于95%的目标。上年为94.1%，本年提高1.4个百分点。")["1.4个百分点"] == "unsupported"


def test_a_growth_rate_is_of_the_level_over_the_base_told_after_it():
    got = status("第二航次采集海水样品1431份，第一航次为1268份，增长12.85%。")
    assert got["12.85%"] == "derived"  # (1431 − 1268) ÷ 1268
    # wrong direction: 第二航次 took more
    assert status("第二航次采集海水样品1431份，第一航次为1268份，下降12.85%。")["12.85%"] == "unsupported"


def test_a_per_unit_divides_the_told_amount_by_the_told_count():
    got = status("全年出海14次，航次安排合理。累计采集海水样品4826份，次均344.71份。")
    assert got["344.71份"] == "derived"  # 4826 ÷ 14
    # one rounding step off
    assert status("全年出海14次，航次安排合理。累计采集海水样品4826份，次均344.72份。")["344.72份"] == "unsupported"


def test_the_days_between_two_dates_its_sentence_states_count_as_its_words_say():
    # 8月16日 is in no source (flagged), but the period the sentence states is 8月10日 through 8月16日: 7 days
    got = status("英仙座流星雨公众观测周8月10日启动，8月16日结束，为期7天。")
    assert got["7天"] == "derived" and got["8月16日"] == "unsupported"
    assert status("英仙座流星雨公众观测周8月10日启动，8月16日结束，为期8天。")["8天"] == "unsupported"
    # 用时: the time the work took, from its first day to its last (4月2日 → 6月20日: 79 days)
    assert status("科普展馆改造工程4月2日开工，6月20日完工验收，用时79天。")["79天"] == "derived"
    assert status("科普展馆改造工程4月2日开工，6月20日完工验收，用时78天。")["78天"] == "unsupported"


def test_a_half_year_is_the_sum_of_the_quarters_its_paragraph_told():
    text = ("第一航次所在的一季度采集海水样品1268份，二季度1431份，三季度1185份，四季度942份。"
            "上半年采集2699份，下半年2127份。")
    got = status(text)
    assert got["2699份"] == "derived" and got["2127份"] == "derived"  # 1268 + 1431; 1185 + 942
    # the other half's quarters: 1268 + 1185 is no half
    assert status(text.replace("2699份", "2453份"))["2453份"] == "unsupported"
