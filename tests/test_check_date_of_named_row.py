"""A date is the date of the row and the event its words name (issue 10, recall). A ledger or a list of records gives
one date field (开训日期, 放流日期) for several rows: the date another row states, given to the row the sentence names,
is a swapped date — the planted error every blind corpus author writes (第二批…4月8日开训 where 4月8日 is the 第一批's;
瑶里…6月9日受理 where 6月9日 is another project's). And a date the sources give to the end of an event (完工) is no
date of its start (开工). The date its own row and event state stays exact.

Units of our own: 和田市马术队 (a training-camp ledger, CSV) and 昌吉州水产研究所 (release batches as records, a
works log, a pond ledger).
"""

from __future__ import annotations

import pytest

from drafter.check import SourceIndex, check

CAMPS = (
    "批次,集训项目,训练基地,开训日期,结训日期,参训人数（人）\n"
    "第一批,场地障碍,和田市马术训练基地,2025-03-10,2025-03-28,26\n"
    "第一批,盛装舞步,墨玉县马场,2025-03-17,2025-04-04,18\n"
    "第二批,三项赛,和田市马术训练基地,2025-06-02,2025-06-20,22\n"
    "第二批,耐力赛,洛浦县马场,2025-07-07,2025-07-25,15\n")

RELEASES = (
    "单位: 昌吉州水产研究所\n"
    "鱼苗放流:\n"
    "  - 批次: 第一批\n"
    "    放流日期: 2025-05-12\n"
    "    放流水域: 北塔山水库\n"
    "    数量（万尾）: 120\n"
    "  - 批次: 第二批\n"
    "    放流日期: 2025-09-16\n"
    "    放流水域: 头屯河水库\n"
    "    数量（万尾）: 90\n")

WORKS_LOG = (
    "昌吉州水产研究所2025年工作日志\n"
    "2025.04.16　循环水养殖车间改造工程开工。\n"
    "2025.06.05　冷水鱼良种繁育课题通过中期检查。\n"
    "2025.08.28　循环水养殖车间改造工程完工并通过验收。\n")

PONDS = (
    "池塘编号\t所在乡镇\t改造面积（亩）\t开工日期\t完工日期\n"
    "1号塘\t六工镇\t42\t2025-03-20\t2025-05-30\n"
    "2号塘\t滨湖镇\t36\t2025-04-08\t2025-06-18\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "2025年集训台账.csv").write_text(CAMPS, encoding="utf-8")
    (tmp_path / "鱼苗放流.yaml").write_text(RELEASES, encoding="utf-8")
    (tmp_path / "工作日志.txt").write_text(WORKS_LOG, encoding="utf-8")
    (tmp_path / "池塘改造台账.tsv").write_text(PONDS, encoding="utf-8")
    report = check(text, SourceIndex.build([tmp_path]))
    return {m.text: m.status for m in report.mentions if m.status != "ignored"}


def test_each_row_s_own_dates_stay_exact(tmp_path):
    got = verdicts(tmp_path, "场地障碍集训3月10日开训、3月28日结训，参训26人；耐力赛集训7月7日开训、7月25日结训，参训15人。")
    assert got["3月10日"] == got["3月28日"] == got["7月7日"] == got["7月25日"] == "exact"


def test_another_row_s_date_given_to_the_named_row_is_unsupported(tmp_path):
    assert verdicts(tmp_path, "盛装舞步集训3月10日开训，参训18人。")["3月10日"] == "unsupported"
    assert verdicts(tmp_path, "耐力赛集训7月7日开训、6月20日结训。")["6月20日"] == "unsupported"


def test_a_date_heading_its_row_s_name_is_that_row_s(tmp_path):
    assert verdicts(tmp_path, "7月7日的耐力赛集训参训15人。")["7月7日"] == "exact"
    assert verdicts(tmp_path, "6月2日的耐力赛集训参训15人。")["6月2日"] == "unsupported"


def test_a_numbered_record_s_date_given_to_the_other_batch_is_unsupported(tmp_path):
    assert verdicts(tmp_path, "第一批鱼苗5月12日在北塔山水库放流120万尾。")["5月12日"] == "exact"
    assert verdicts(tmp_path, "第二批鱼苗5月12日放流。")["5月12日"] == "unsupported"


def test_a_sentence_naming_no_row_takes_any_row_s_date(tmp_path):
    assert verdicts(tmp_path, "两批集训分别于3月10日、6月2日开训。")["6月2日"] == "exact"


@pytest.mark.parametrize("text, date", [
    ("循环水养殖车间改造工程于8月28日开工。", "8月28日"),
    ("循环水养殖车间改造工程4月16日完工。", "4月16日"),
    ("2号塘6月18日开工。", "6月18日"),
])
def test_the_date_of_an_event_s_other_end_is_unsupported(tmp_path, text, date):
    assert verdicts(tmp_path, text)[date] == "unsupported"


def test_the_date_of_the_event_named_stays_exact(tmp_path):
    got = verdicts(tmp_path, "循环水养殖车间改造工程4月16日开工、8月28日完工；2号塘4月8日开工、6月18日完工。")
    assert got["4月16日"] == got["8月28日"] == got["4月8日"] == got["6月18日"] == "exact"


SECTIONS_NOTE = (
    "昌吉州水产研究所池塘标准化改造情况说明\n"
    "说明：改造分两个标段实施，第一标段4月2日开工、7月25日完工，第二标段4月20日开工、9月28日完工。\n")


def test_a_numbered_section_s_date_given_to_the_other_section_is_unsupported(tmp_path):
    (tmp_path / "改造情况说明.txt").write_text(SECTIONS_NOTE, encoding="utf-8")
    index = SourceIndex.build([tmp_path / "改造情况说明.txt"])
    got = {m.text: m.status for m in check("第一标段4月2日开工、7月25日完工。", index).mentions}
    assert got["4月2日"] == got["7月25日"] == "exact"
    got = {m.text: m.status for m in check("第一标段4月20日开工。", index).mentions}
    assert got["4月20日"] == "unsupported"
