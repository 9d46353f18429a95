"""Derivations whose missing operand is in the source structure the told figure belongs to (issue 10, rows.py):
a share of a list item over the sum of its list (or its record's total of the same role), a rate of a table row's
figure over another figure of the same row, and a row's own rate when its clause names the row. The share and rate
belong to the figure right before them or to the row the clause names, never to a sibling row.

Fixtures: an art school (艺术学校, 2025) with its spending breakdown and its funds, and a tropical crops research
institute (热带作物研究所) with a table of its trial bases.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

ART = SourceData(name="艺术学校项目数据.json", data={
    "单位": "南屏市艺术学校", "年度": 2025, "计量说明": {"金额": "万元"},
    "资金": {"年初": "880.00", "调整后": "900.00", "支出": "842.50",
             "来源": {"市级财政拨款": {"年初": "700.00", "调整后": "720.00", "支出": "690.30"},
                      "事业收入": {"年初": "180.00", "调整后": "180.00", "支出": "152.20"}}},
    "支出构成": [{"事项": "舞台实训设备购置", "金额": "312.40"},
                 {"事项": "外聘教师课酬", "金额": "215.60"},
                 {"事项": "学生演出展演", "金额": "176.25"},
                 {"事项": "校舍维修改造", "金额": "138.25"}],
    "指标": [{"名称": "开展公益演出", "单位": "场", "目标值": "≥40", "完成值": 46}]})

TROPIC = [
    SourceText(name="分基地试验台账.txt", text=(
        "云崖热带作物研究所2025年分基地试验台账\n"
        "基地        试验田(亩)   已种植(亩)   示范户(户)   带动农户(户)\n"
        "东坡基地        120          108           36            410\n"
        "南岭基地         96           84           30            352\n"
        "西洲基地         90           75           24            298\n"
        "北港基地         64           48           18            205\n"
        "合计            370          315          108           1265\n")),
    SourceData(name="研究所资金.json", data={
        "单位": "云崖热带作物研究所", "年度": 2025, "金额单位": "万元",
        "资金": {"年初预算": "410.00", "调整预算": "436.00", "实际支出": "415.36"},
        "试验任务": [{"名称": "橡胶良种选育", "任务涉及金额": "168.40"},
                     {"名称": "咖啡病虫害绿色防控", "任务涉及金额": "121.72"},
                     {"名称": "热带水果品种比较", "任务涉及金额": "82.64"},
                     {"名称": "科技下乡与培训", "任务涉及金额": "42.60"}]}),
]


def status(text: str, sources=None) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources or [ART]).mentions if m.status != "ignored"}


def test_a_share_right_after_a_list_item_is_of_what_its_list_adds_up_to():
    got = status("舞台实训设备购置支出最多，312.40万元，占37.08%；外聘教师课酬215.60万元，占25.59%；"
                 "学生演出展演176.25万元，占20.92%；校舍维修改造138.25万元，占16.41%，不足两成。")
    assert got["37.08%"] == got["25.59%"] == got["20.92%"] == got["16.41%"] == "derived"  # ÷ 842.50
    assert got["不足两成"] == "derived"


def test_a_share_of_a_list_item_stays_the_items_own_not_a_siblings():
    # 37.08 % is 舞台实训设备购置's share: 外聘教师课酬's is 25.59 %
    assert status("外聘教师课酬支出占37.08%。")["37.08%"] == "unsupported"
    # over the adjusted budget (312.40 ÷ 900.00 = 34.71 %) it is no share of the spending
    assert status("舞台实训设备购置支出最多，312.40万元，占34.71%。")["34.71%"] == "unsupported"


def test_a_share_in_brackets_after_an_amount_is_its_share_of_its_list():
    got = status("试验任务资金：橡胶良种选育168.40万元（40.54%），咖啡病虫害绿色防控121.72万元（29.30%），"
                 "热带水果品种比较82.64万元（19.90%），科技下乡与培训42.60万元（10.26%，刚超过一成）。", TROPIC)
    assert got["40.54%"] == got["29.30%"] == got["19.90%"] == got["10.26%"] == "derived"  # ÷ 415.36
    # a wrong share in brackets stays flagged (82.64 ÷ 415.36 = 19.90 %, not 21.90 %)
    assert status("热带水果品种比较82.64万元（21.90%）。", TROPIC)["21.90%"] == "unsupported"


def test_a_rate_after_a_rows_figure_is_of_another_figure_of_the_same_row():
    got = status("分基地看，东坡基地120亩试验田种植108亩，种植率90.00%；南岭基地84亩，种植率87.50%；"
                 "西洲基地种植75亩，种植率83.33%。", TROPIC)
    assert got["90.00%"] == got["87.50%"] == got["83.33%"] == "derived"  # 108 ÷ 120, 84 ÷ 96, 75 ÷ 90
    # 南岭基地's 84 亩 of its 96 亩 is 87.50 %: 90.00 % is 东坡基地's
    assert status("南岭基地84亩，种植率90.00%。", TROPIC)["90.00%"] == "unsupported"


def test_a_rate_whose_clause_names_the_row_is_of_that_rows_figures():
    assert status("西洲基地种植率仅83.33%，低于其他基地。", TROPIC)["83.33%"] == "derived"  # 75 ÷ 90
    # the row it names is 南岭基地 (87.50 %): 83.33 % is 西洲基地's
    assert status("南岭基地种植率仅83.33%，低于其他基地。", TROPIC)["83.33%"] == "unsupported"


def test_a_share_of_a_part_within_its_row_is_over_the_rows_figure_of_the_same_measure():
    got = status("北港基地示范户18户，带动农户205户中有示范户18户，占8.78%。", TROPIC)
    assert got["8.78%"] == "derived"  # 18 ÷ 205
    assert status("北港基地带动农户205户中有示范户18户，占9.78%。", TROPIC)["9.78%"] == "unsupported"


def test_an_amounts_share_names_its_role_the_rows_figure_of_that_role_over_the_records():
    got = status("按来源，事业收入180.00万元执行152.20万元，执行率84.56%，结余27.80万元，执行数占全部执行的18.07%。")
    assert got["18.07%"] == "derived"  # 152.20 ÷ 842.50
    # of the budget (180.00 ÷ 900.00 = 20.00 %) it is no share of the spending
    assert status("按来源，事业收入180.00万元执行152.20万元，执行率84.56%，结余27.80万元，执行数占全部执行的20.00%。"
                  )["20.00%"] == "unsupported"



def test_a_share_whose_words_name_the_budget_as_its_whole_is_no_share_of_the_spending_list():
    # the list adds up to the spending (842.50): over the adjusted budget its words name, 37.08 % does not hold
    assert status("舞台实训设备购置支出最多，312.40万元，占调整后预算的37.08%。")["37.08%"] == "unsupported"
    assert status("舞台实训设备购置支出最多，312.40万元，占全部支出的37.08%。")["37.08%"] == "derived"


FUNDS = SourceData(name="研究所部门整体支出.json", data={
    "部门名称": "云崖热带作物研究所", "被评价年度": 2025,
    "部门资金情况": {"单位": "万元", "年初预算": "410.00", "调整预算": "436.00", "实际支出": "415.36",
                     "其中": [{"名称": "省级科研专项", "年初预算": "300.00", "调整预算": "330.00", "实际支出": "318.20"},
                              {"名称": "市级财政资金", "年初预算": "110.00", "调整预算": "106.00", "实际支出": "97.16"}]}})
LONG = ("部门年初预算410.00万元，因省级科研专项追加30.00万元、市级财政资金压减4.00万元，调整预算为436.00万元，"
        "实际支出415.36万元，预算完成率{rate}，年末结余{left}。")


def test_a_role_only_clause_after_a_traced_total_is_that_totals_not_a_line_named_earlier():
    got = status(LONG.format(rate="95.27%", left="20.64万元"), [FUNDS])
    assert got["95.27%"] in ("exact", "derived") and got["20.64万元"] == "derived"  # 415.36 ÷ 436.00, 436.00 − 415.36
    # the 市级财政资金 line's rate (97.16 ÷ 106.00 = 91.66 %) and balance (8.84) are not the department's
    assert status(LONG.format(rate="91.66%", left="20.64万元"), [FUNDS])["91.66%"] == "unsupported"
    assert status(LONG.format(rate="95.27%", left="8.84万元"), [FUNDS])["8.84万元"] == "unsupported"


def test_a_rate_whose_clause_names_a_row_of_two_measures_is_its_counts_quotient():
    dorm = SourceText(name="分校区住宿台账.txt", text=(
        "南屏市艺术学校2025年分校区住宿台账\n"
        "校区        宿舍床位(张)   住宿学生(人)   练功房(间)\n"
        "北苑校区        320          296           12\n"
        "南苑校区        240          204            9\n"
        "合计            560          500           21\n"))
    assert status("二是南苑校区住宿率仅85.00%，床位有富余。", [dorm])["85.00%"] == "derived"  # 204 ÷ 240
    # 北苑校区's rate is 92.50 %: 85.00 % is 南苑校区's
    assert status("二是北苑校区住宿率仅85.00%，床位有富余。", [dorm])["85.00%"] == "unsupported"


TASKS = SourceData(name="艺术学校自评表.json", data={
    "单位名称": "南屏市艺术学校", "评价年度": 2025, "金额单位": "万元",
    "主要任务": [
        {"任务": "艺术进校园公益演出", "任务涉及金额": "58.65",
         "关键指标": [{"指标": "开展公益演出", "目标值": "≥40场", "实际值": "46"},
                      {"指标": "惠及中小学生", "目标值": "≥12000人次", "实际值": "13680"}]},
        {"任务": "青年教师舞台实践", "任务涉及金额": "31.20",
         "关键指标": [{"指标": "青年教师登台", "目标值": "≥60人次", "实际值": "72"}]}]})


def test_a_per_unit_after_a_traced_count_is_its_task_records_money_over_it():
    got = status("全年开展公益演出46场，完成40场目标的115.00%；惠及中小学生13680人次，比目标多1680人次，"
                 "场均297.39人次；每名观众平均经费42.87元。", [TASKS])
    assert got["42.87元"] == "derived"  # 58.65万元 ÷ 13680
    # over the target's count (58.65万元 ÷ 12000 = 48.88元) it is no cost of what was done
    got = status("全年开展公益演出46场，完成40场目标的115.00%；惠及中小学生13680人次，比目标多1680人次，"
                 "场均297.39人次；每名观众平均经费48.88元。", [TASKS])
    assert got["48.88元"] == "unsupported"


TABLE = SourceText(name="研究所资金表.md", text=(
    "# 云崖热带作物研究所 2025年部门整体支出\n\n金额单位：万元\n\n"
    "| 项目 | 年初预算 | 全年预算 | 全年执行 | 上年执行数 |\n"
    "|---|---|---|---|---|\n"
    "| 年度资金总额 | 410.00 | 436.00 | 415.36 | 392.80 |\n"
    "| 基本支出 | 260.00 | 270.00 | 266.10 | 251.40 |\n"
    "| 项目支出 | 150.00 | 166.00 | 149.26 | 141.40 |\n"))


def test_a_growth_after_a_traced_figure_is_against_the_other_years_figure_of_its_row():
    got = status("部门全年执行415.36万元，执行率95.27%，比上年增长5.74%，全年预算比年初调增6.34%。", [TABLE])
    assert got["5.74%"] == "derived"  # (415.36 − 392.80) ÷ 392.80
    # over this year's figure (22.56 ÷ 415.36 = 5.43 %), or said as a fall, it is no growth on last year
    assert status("部门全年执行415.36万元，执行率95.27%，比上年增长5.43%。", [TABLE])["5.43%"] == "unsupported"
    assert status("部门全年执行415.36万元，执行率95.27%，比上年下降5.74%。", [TABLE])["5.74%"] == "unsupported"
