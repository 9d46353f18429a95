"""A log line in which staff say the people served hold back — 顾虑, 不配合, 抵触 — or that a figure 下滑, states a
difficulty: it belongs to 存在问题, not to the year's results. Before, "家属对长期服药有顾虑，42名患者自行停药" stood in a
draft's 完成情况 among the results. Work that removes such a difficulty (打消群众顾虑, 化解抵触情绪) is a result.
Units: a district mental-health centre (精神卫生中心), a township's household-waste sorting (垃圾分类)."""

from __future__ import annotations

from drafter.domain.logs import condense_logs
from drafter.domain.problems import states_problem
from drafter.schema import WorkLog


def test_people_holding_back_is_a_difficulty():
    assert states_problem("随访发现部分患者家属对长期服药有顾虑，42名患者自行停药。")
    assert states_problem("部分农户对上门分类收运不配合，3个村分类准确率下滑。")
    assert states_problem("个别商户对门前三包存在抵触，整改推进缓慢。")


def test_removing_the_difficulty_is_a_result():
    assert not states_problem("入户讲解政策126户，打消群众顾虑，签约率提高到95%。")
    assert not states_problem("通过上门走访化解商户抵触情绪，完成门店招牌整治48家。")


def test_a_difficulty_stays_out_of_the_results():
    logs = [WorkLog(text="随访发现部分患者家属对长期服药有顾虑，42名患者自行停药。", date="2025-08-15", source="记录.docx", line=5),
            WorkLog(text="全年社区随访11860人次，应急处置42起。", date="2025-12-22", source="记录.docx", line=7)]
    sentences, _ = condense_logs(logs, year=2025)
    assert sentences == ["全年社区随访11860人次，应急处置42起。"]


def test_an_entry_whose_difficulty_leaves_only_its_dates_is_no_result():
    """受台风影响停航4天 goes to 存在问题; the span of dates before it is no sentence of the results."""
    logs = [WorkLog(text="2025年8月29日至9月1日，受台风影响停航4天。", date="2025-08-29", source="台账.docx", line=25),
            WorkLog(text="全年开行航班4386班，运送旅客71.4万人次。", date="2025-12-31", source="台账.docx", line=27)]
    sentences, _ = condense_logs(logs, year=2025)
    assert sentences == ["全年开行航班4386班，运送旅客71.4万人次。"], sentences
