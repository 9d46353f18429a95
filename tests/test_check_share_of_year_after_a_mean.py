"""A share of the whole year (占全年的41.60%) right after a per-capita mean (人均44.57户次) is of the figure before the
mean (完成312户次) over the year's figure of what it counts (issue 10) — the year's figure is named by the activity
and by the count it is in (a table's 核查（户次） 合计 750), the log's line naming only the activity (核查312户次); and the rest after the two rounds' sum is that whole less the sum. Beside them the planted errors:
a share of the mean, a wrong rest.

Kind: a county centre for disease control's household checks on vaccination (its log with a township table).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="工作记录.txt", text=(
    "宁远县疾控中心2024年工作记录\n"
    "2024年4月8日，第一轮入户核查在舜陵街道、水市镇开始，核查组7人，4月19日结束，核查312户次。\n"
    "2024年9月2日，第二轮入户核查在天堂镇开始，核查组8人，9月13日结束，核查298户次。\n"
    "分乡镇入户情况\n乡镇\t接种点（个）\t核查（户次）\t经费（元）\t上年核查（户次）\n"
    "舜陵街道\t6\t268\t52,400\t251\n水市镇\t5\t242\t47,300\t230\n天堂镇\t4\t240\t46,900\t219\n"
    "合计\t15\t750\t146,600\t700\n"))

TEXT = ("第一轮核查4月8日开始，4月19日结束，为期12天，核查组7人完成312户次，人均44.57户次，占全年的{share}；"
        "第二轮9月2日至9月13日，8人完成298户次，两轮合计610户次，其余{rest}户次为日常核查。")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_share_of_the_year_after_a_mean_is_of_the_figure_before_it_over_the_years_count():
    got = status(TEXT.format(share="41.60%", rest="140"))
    assert got["41.60%"] == "derived"  # 312 ÷ 750
    assert got["140户次"] == "derived"  # 750 − 610


def test_a_share_of_the_mean_or_a_wrong_rest_stays_unsupported():
    got = status(TEXT.format(share="5.94%", rest="150"))
    assert got["5.94%"] == "unsupported"  # 44.57 ÷ 750: the mean is no part of the year
    assert got["150户次"] == "unsupported"
