"""人均 with no words of its own after a stated count (发放助学金264人，人均2000元): the count's words name the
spending line it averages (困难学生助学 52.80万元), as a reader takes it."""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.txt", text=(
    "支出内容\t金额（万元）\n困难学生助学\t52.80\n临时生活救助\t38.65\n合计\t91.45\n\n"
    "三级指标\t年度指标值\t实际完成值\t分值\n助学金发放人数\t≥260人\t264人\t10\n临时救助户数\t≥300户\t276户\t15\n"))


def verdicts(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions}


def test_a_bare_per_head_figure_averages_the_line_its_count_names():
    assert verdicts("发放助学金264人，人均2000元。")["2000元"] == "derived"


def test_a_wrong_bare_per_head_figure_is_flagged():
    assert verdicts("发放助学金264人，人均2200元。")["2200元"] == "unsupported"
