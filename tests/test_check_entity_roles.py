"""A figure named for one entity and role is THAT entity's (issue 10, recall): when a figure's own words name a
funding line (市级财政资金, 中央转移支付资金, the whole 年度资金) and a role (结余, 执行率, 调增 / 调减) and the
sources give that line's budget and spending, the figure must be that line's value for the role — a figure equal
to another line's balance, or the whole's, stated somewhere in a log (under another name, or under none), stays
unsupported with the line's own operands in the evidence. Likewise a part of the year (上半年 / 下半年) or a
numbered batch (第一批 / 第二批) the words give a figure must be the part the source gives it to.

Each planted error sits beside the correct figure in the same wording. A city emergency medical centre (急救中心)
project form in Markdown, Word and YAML, with a dated work log; names and values invented.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from drafter.check import SourceData, SourceText, check

# 市级 230.00 − 216.85 = 13.15; 中央 70.00 − 61.37 = 8.63; 结转 20.00 − 13.18 = 6.82; whole 320.00 − 291.40 = 28.60
LINES = [("年度资金总额", "300.00", "320.00", "291.40"),
         ("其中：市级财政资金", "200.00", "230.00", "216.85"),
         ("中央转移支付资金", "80.00", "70.00", "61.37"),
         ("上年结转资金", "20.00", "20.00", "13.18")]
HEAD = ("资金来源", "年初预算数", "全年预算数", "全年执行数")
TITLE = "2025年市急救中心院前急救能力提升项目绩效自评表"

LOG = SourceText(name="2025年工作记录.md", text=(
    "# 2025年工作记录\n\n"
    "3月15日 第一批急救站点3个通过验收，于5月20日投入使用。\n"
    "6月30日 上半年开展院前急救培训22场，培训社会公众1860人次。\n"
    "9月8日 第二批急救站点3个投入使用。\n"
    "11月5日 市级财政资金执行进度94.28%。\n"
    "12月20日 车载监护设备采购结算未完成，结余6.82万元。\n"
    "12月28日 年度资金结余28.60万元，年中追加预算20.00万元。\n"
    "12月30日 全年开展院前急救培训46场，培训社会公众3920人次。\n"))


def _markdown(tmp_path: Path) -> SourceText:
    rows = "".join(f"| {' | '.join(r)} |\n" for r in LINES)
    return SourceText(name="项目自评表.md", text=(
        f"# {TITLE}\n\n金额单位：万元\n\n| {' | '.join(HEAD)} |\n| --- | --- | --- | --- |\n{rows}"))


def _word(tmp_path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph("金额单位：万元")
    table = document.add_table(rows=0, cols=len(HEAD))
    for r in [HEAD, *LINES]:
        for cell, value in zip(table.add_row().cells, r):
            cell.text = value
    path = tmp_path / "项目自评表.docx"
    document.save(path)
    return path


def _yaml(tmp_path: Path) -> SourceData:
    lines = [{"资金来源": name.removeprefix("其中："), "年初预算数": D(a), "全年预算数": D(b), "全年执行数": D(c)}
             for name, a, b, c in LINES[1:]]
    total = {"年初预算数": D(LINES[0][1]), "全年预算数": D(LINES[0][2]), "全年执行数": D(LINES[0][3])}
    return SourceData(name="项目自评表.yaml", data={"项目名称": "院前急救能力提升项目", "金额单位": "万元",
                                                   "项目资金": {"年度资金总额": total, "其中": lines}})


FORMS = {"markdown": _markdown, "word": _word, "yaml": _yaml}


@pytest.fixture(params=sorted(FORMS))
def sources(request, tmp_path):
    return [FORMS[request.param](tmp_path), LOG]


def verdicts(text: str, sources) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, sources).mentions if m.status != "ignored"]


def supported(status: str) -> bool:
    return status not in ("unsupported", "ignored")


def test_a_lines_balance_is_its_budget_less_its_spending_not_a_balance_logged_under_no_line(sources):
    # 6.82 is logged as a purchase's balance (and is 上年结转资金's); 中央转移支付资金's is 8.63
    assert verdicts("中央转移支付资金结余6.82万元。", sources) == [("6.82万元", "unsupported")]
    assert supported(verdicts("中央转移支付资金结余8.63万元。", sources)[0][1])
    assert supported(verdicts("上年结转资金结余6.82万元。", sources)[0][1])


def test_a_lines_balance_is_not_the_wholes():
    got = lambda text: verdicts(text, [_markdown(Path()), LOG])  # noqa: E731
    assert got("市级财政资金全年结余资金28.60万元。") == [("28.60万元", "unsupported")]  # the whole's, logged
    assert supported(got("市级财政资金全年结余资金13.15万元。")[0][1])
    assert supported(got("年度资金结余28.60万元。")[0][1])


def test_the_evidence_of_a_misnamed_balance_gives_the_named_lines_operands():
    report = check("中央转移支付资金结余6.82万元。", [_markdown(Path()), LOG])
    m = next(m for m in report.mentions if m.status != "ignored")
    assert m.status == "unsupported"
    assert "8.63" in m.reason  # the line's own balance, 70.00 − 61.37
    assert {e.text.split()[0] for e in m.evidence} & {"70.00", "61.37"} or any(
        "70.00" in e.text or "61.37" in e.text for e in m.evidence)


def test_a_balance_after_a_sentence_naming_one_line_is_that_lines():
    got = lambda text: verdicts(text, [_markdown(Path()), LOG])  # noqa: E731
    said = "中央转移支付资金全年执行61.37万元，执行率87.67%，结余{}万元。"
    assert got(said.format("6.82"))[-1] == ("6.82万元", "unsupported")
    assert supported(got(said.format("8.63"))[-1][1])
    # a line named only as what another is compared with (低于市级财政资金) is not the sentence's line
    said = "上年结转资金执行13.18万元，执行率65.90%，低于市级财政资金28.38个百分点，结余{}万元。"
    assert supported(got(said.format("6.82"))[-1][1])
    assert got(said.format("13.15"))[-1] == ("13.15万元", "unsupported")


def test_a_lines_rate_logged_for_another_line_is_not_this_lines(sources):
    # 94.28 % is 市级财政资金's 216.85 ÷ 230.00, logged under its name; 中央转移支付资金's is 87.67 %
    assert verdicts("中央转移支付资金执行率94.28%。", sources) == [("94.28%", "unsupported")]
    assert supported(verdicts("中央转移支付资金执行率87.67%。", sources)[0][1])
    assert supported(verdicts("市级财政资金执行率94.28%。", sources)[0][1])


def test_a_lines_raise_is_not_the_wholes_raise_logged():
    got = lambda text: verdicts(text, [_markdown(Path()), LOG])  # noqa: E731
    # the whole was raised by 20.00 (logged as 年中追加预算); 市级财政资金 by 30.00, 中央 cut by 10.00
    assert got("市级财政资金年中调增20.00万元。") == [("20.00万元", "unsupported")]
    assert supported(got("市级财政资金年中调增30.00万元。")[0][1])
    assert supported(got("项目预算年中追加20.00万元。")[0][1])


def test_a_half_years_figure_is_not_the_other_halfs():
    got = lambda text: verdicts(text, [_markdown(Path()), LOG])  # noqa: E731
    # 22场 is 上半年's, logged as such
    assert got("下半年开展院前急救培训22场。") == [("22场", "unsupported")]
    assert supported(got("上半年开展院前急救培训22场。")[0][1])
    assert got("下半年培训社会公众1860人次。") == [("1860人次", "unsupported")]
    assert supported(got("上半年培训社会公众1860人次。")[0][1])


def test_a_numbered_batchs_date_is_not_the_other_batchs():
    got = lambda text: verdicts(text, [_markdown(Path()), LOG])  # noqa: E731
    # 第一批 went into use on 5月20日, 第二批 on 9月8日: the text swaps them
    assert got("第一批急救站点于9月8日投入使用。") == [("9月8日", "unsupported")]
    assert got("第二批急救站点于5月20日投入使用。") == [("5月20日", "unsupported")]
    assert supported(got("第一批急救站点于5月20日投入使用。")[0][1])
    assert supported(got("第二批急救站点于9月8日投入使用。")[0][1])


# a district table: each district's row, and the 合计 row every column's cells are parts of
DISTRICTS = SourceText(name="分区急救工作统计.md", text=(
    "# 2025年分区院前急救工作统计\n\n"
    "| 区县 | 急救站点（个） | 出车（次） | 急救培训（场） |\n| --- | --- | --- | --- |\n"
    "| 东城区 | 4 | 3,120 | 12 |\n| 西城区 | 3 | 2,480 | 10 |\n| 南湖区 | 2 | 1,650 | 14 |\n"
    "| 北山区 | 3 | 2,750 | 10 |\n| 合计 | 12 | 10,000 | 46 |\n"))


def test_a_bare_share_right_after_a_rows_figure_is_that_figures_share_of_its_column():
    got = lambda text: verdicts(text, [DISTRICTS])  # noqa: E731
    # 南湖区 held 14 of the 46 trainings: 30.43 %; 16.50 % is its share of the 出车 column (1,650 of 10,000)
    said = "全年出车10,000次，开展急救培训46场，其中南湖区培训14场，占{}。"
    assert got(said.format("16.50%"))[-1] == ("16.50%", "unsupported")
    assert got(said.format("30.43%"))[-1] == ("30.43%", "derived")
    said = "全年出车10,000次，南湖区出车1,650次，占{}。"
    assert got(said.format("16.50%"))[-1] == ("16.50%", "derived")
    assert got(said.format("30.43%"))[-1] == ("30.43%", "unsupported")


FORM_GOALS = SourceText(name="项目自评表.md", text=(
    f"# {TITLE}\n\n"
    "年度总体目标\n\n新建社区急救站点12个，开展院前急救培训不少于40场，平均急救反应时间不超过12分钟。\n\n"
    "| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- |\n"
    "| 产出指标 | 新建社区急救站点 | ≥12个 | 9个 |\n| 产出指标 | 院前急救培训 | ≥40场 | 46场 |\n"))


def test_a_figure_under_a_target_heading_is_the_target_not_a_result():
    got = lambda text: verdicts(text, [FORM_GOALS])  # noqa: E731
    # the paragraph under 年度总体目标 states what was planned: 12 stations planned, 9 built
    assert got("全年建成社区急救站点12个。") == [("12个", "unsupported")]
    assert got("全年建成社区急救站点9个。") == [("9个", "exact")]
    assert got("年度目标为新建社区急救站点12个。") == [("12个", "exact")]


def test_a_lines_share_of_the_whole_is_its_role_figure_over_the_wholes(sources):
    # 结余: 市级 13.15 of 28.60 = 45.98 %, 中央 8.63 of 28.60 = 30.17 %; 全年预算: 中央 70.00 of 320.00 = 21.88 %
    assert verdicts("市级财政资金结余占全部结余的45.98%。", sources) == [("45.98%", "derived")]
    assert verdicts("中央转移支付资金结余占全部结余的30.17%。", sources) == [("30.17%", "derived")]
    assert verdicts("中央转移支付资金结余占全部结余的45.98%。", sources) == [("45.98%", "unsupported")]
    assert verdicts("中央转移支付资金占全年预算的21.88%。", sources) == [("21.88%", "derived")]
    assert verdicts("中央转移支付资金占全年预算的71.88%。", sources) == [("71.88%", "unsupported")]  # 市级's


def test_a_batchs_date_is_read_from_its_own_log_line_not_the_line_before():
    log = SourceText(name="2025年工作纪实.md", text=(
        "# 2025年工作纪实\n\n"
        "- 4月10日：公共场所自动体外除颤器第一批（地铁站点）安装完成。\n"
        "- 10月16日：公共场所自动体外除颤器第二批（学校、体育场馆）安装完成。\n"))
    got = lambda text: verdicts(text, [log])  # noqa: E731
    assert got("自动体外除颤器第一批于10月16日安装完成。") == [("10月16日", "unsupported")]
    assert supported(got("自动体外除颤器第二批于10月16日安装完成。")[0][1])
    assert supported(got("自动体外除颤器第一批于4月10日安装完成。")[0][1])


# key projects listed as rows of one table, no 合计: each row is a line of its own
PROJECTS = SourceText(name="部门整体支出自评表.md", text=(
    "# 2025年市急救中心部门整体支出绩效自评表\n\n金额单位：万元\n\n"
    "| 重点项目 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n"
    "| 急救网络建设项目 | 150.00 | 138.60 |\n"      # 结余 11.40, 92.40 %
    "| 急救人员培训项目 | 60.00 | 51.24 |\n"        # 结余 8.76, 85.40 %
    "| 急救车辆更新项目 | 90.00 | 88.20 |\n"))      # 结余 1.80, 98.00 %
PROJECT_LOG = SourceText(name="工作记录.md", text=(
    "# 工作记录\n\n12月30日 急救网络建设项目结余11.40万元；急救人员培训项目执行率85.40%。\n"))


def test_a_key_projects_balance_or_rate_is_its_own_row_not_a_sibling_rows_logged():
    got = lambda text: verdicts(text, [PROJECTS, PROJECT_LOG])  # noqa: E731
    assert got("急救车辆更新项目结余11.40万元。") == [("11.40万元", "unsupported")]
    assert supported(got("急救车辆更新项目结余1.80万元。")[0][1])
    assert got("急救车辆更新项目执行率85.40%。") == [("85.40%", "unsupported")]
    assert supported(got("急救人员培训项目执行率85.40%。")[0][1])
    assert supported(got("急救网络建设项目结余11.40万元。")[0][1])
