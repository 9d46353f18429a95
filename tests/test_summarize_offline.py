"""`summarize` on the offline engine: the seed (an OCR'd 绩效自评表) and long synthetic reports.

The summary has four headed parts, never exceeds --chars (non-whitespace characters of the printed text),
states the budget completion figure, and every number in it traces to the report.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.chains.summarize import summarize
from drafter.check import check
from drafter.errors import UsageError
from drafter.reports import read_report
from drafter.summary import HEADINGS, count_chars
from drafter.testing.reports import synthetic_report

SEED = Path(__file__).resolve().parents[1] / "examples" / "tianhe-2022" / "seed-ocr.txt"


def parts(text: str) -> dict[str, str]:
    """Heading → body, from the printed text; asserts the four headings appear once each, in order."""
    starts = [(text.index(f"{h}："), h) for h in HEADINGS]
    assert [h for _, h in sorted(starts)] == list(HEADINGS)
    assert all(text.count(f"{h}：") == 1 for h in HEADINGS)
    out = {}
    for i, (pos, h) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        out[h] = text[pos + len(h) + 1:end].strip()
    return out


def points(text: str) -> list[str]:
    return re.findall(r"^\d+\. (.+)$", parts(text)["主要成效"], flags=re.M)


@pytest.fixture(scope="module")
def seed_summary():
    return summarize(SEED)


def test_seed_summary_has_four_headed_parts_within_500_characters(seed_summary):
    assert seed_summary.chars == count_chars(seed_summary.text) <= 500
    assert seed_summary.chars > 350  # it uses the room it has, not a stub
    body = parts(seed_summary.text)
    assert all(body[h] and body[h] != "从略。" for h in HEADINGS)


def test_seed_overall_states_the_budget_completion_figure(seed_summary):
    overall = parts(seed_summary.text)["总体情况"]
    assert "92.94%" in overall
    assert "3475.09万元" in overall and "3229.91万元" in overall  # OCR'd as "3475. 09" in the form's table
    assert seed_summary.budget_figure == "预算完成率92.94%"


def test_seed_summary_numbers_all_trace_to_the_seed_text(seed_summary):
    assert seed_summary.ok
    report = check(seed_summary.text, [SEED])  # the raw file, as `drafter check --source` reads it
    assert report.unsupported == []


def test_seed_results_are_three_to_five_points_each_with_a_figure_in_document_order(seed_summary):
    pts = points(seed_summary.text)
    assert 3 <= len(pts) <= 5
    assert all(re.search(r"\d", p) for p in pts)
    seed = read_report(SEED).cleaned_text
    # each point's first clause is copied from the report, and the points follow the report's order
    firsts = [seed.find(p.split("，")[0].rstrip("。")) for p in pts]
    assert all(f >= 0 for f in firsts)


def test_points_drop_enumerators_and_lead_phrases(seed_summary):
    for p in points(seed_summary.text):
        assert not re.match(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|今年以来|同时)", p)


def test_repeated_paragraphs_do_not_repeat_in_the_summary(seed_summary):
    # the seed states its enforcement figures three times (task table, 目标完成情况, 部门整体绩效)
    assert seed_summary.text.count("2485条") == 1
    figures = [f for p in points(seed_summary.text) for f in re.findall(r"\d+(?:\.\d+)?[万]?[^\d，。、]{0,2}", p)]
    assert len(figures) == len(set(figures))


def test_ocr_garbage_and_form_notes_stay_out(seed_summary):
    assert "一个一个" not in seed_summary.text and "1579921" not in seed_summary.text
    assert "500万元以上项目" not in seed_summary.text  # the form's 注 at the bottom


def test_problem_and_next_step_come_from_their_parts_of_the_form(seed_summary):
    body = parts(seed_summary.text)
    assert "绩效指标设置难以全面涵盖" in body["存在问题"]
    assert "绩效管理" in body["下一步"]
    assert not body["下一步"].startswith("一是")


@pytest.mark.parametrize("limit", [50, 80, 120, 200, 300, 800])
def test_the_character_limit_is_never_exceeded_and_the_completion_figure_stays(limit):
    s = summarize(SEED, chars=limit)
    assert s.chars == count_chars(s.text) <= limit
    parts(s.text)
    assert "92.94%" in parts(s.text)["总体情况"]
    assert s.ok


def test_more_room_gives_more_content_not_less():
    short, long = summarize(SEED, chars=200), summarize(SEED, chars=800)
    assert short.chars < long.chars
    assert len(points(short.text)) <= len(points(long.text))


def test_focus_steers_the_points_towards_its_topic(seed_summary):
    focused = summarize(SEED, focus="森林防火")
    forest = lambda text: sum(("森林" in p or "防火" in p or "森防" in p) for p in points(text))  # noqa: E731
    assert forest(focused.text) > forest(seed_summary.text)
    assert forest(focused.text) >= 3
    assert focused.ok and focused.chars <= 500 and focused.focus == "森林防火"


def test_chars_below_fifty_is_a_usage_error():
    with pytest.raises(UsageError, match="--chars"):
        summarize(SEED, chars=49)


# --- long synthetic reports ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_report(tmp_path_factory):
    report = synthetic_report(60_000, seed=3)
    path = tmp_path_factory.mktemp("long") / "report.txt"
    path.write_text(report.text, encoding="utf-8")
    return report, path


def test_long_report_summary_is_checked_and_states_its_completion(long_report):
    report, path = long_report
    s = summarize(path, chars=500)
    assert s.ok and s.chars <= 500
    body = parts(s.text)
    assert report.completion in body["总体情况"]
    pts = points(s.text)
    assert 3 <= len(pts) <= 5
    # every point is one of the report's result sentences (whole, or cut at clause boundaries)
    for p in pts:
        assert any(p.split("，")[0].rstrip("。") in r for r in report.result_sentences), p


def test_long_report_points_cover_different_kinds_of_work(long_report):
    _, path = long_report
    pts = points(summarize(path, chars=600).text)
    kinds = {"school": ("课后服务", "校舍", "教师", "学生", "助学金"),
             "town": ("人居环境", "村道", "防汛", "高龄", "隐患"),
             "library": ("读者", "图书", "阅读", "分馆", "送书")}
    covered = {k for k, words in kinds.items() if any(any(w in p for w in words) for p in pts)}
    assert len(covered) >= 2


def test_long_report_problem_and_measure_lines(long_report):
    report, path = long_report
    body = parts(summarize(path).text)
    assert any(p.split("，")[0] in body["存在问题"] for p in report.problems)
    assert any(m.split("，")[0] in body["下一步"] for m in report.measures)


def test_line_wrapped_numbers_are_read_whole(tmp_path):
    text = ("某区图书馆2023年度绩效自评报告\n\n单位：万元\n\n调整预算1200.00万元，实际支出1140.00万元，预算完成率95.00%。\n\n"
            "一、主要成效\n\n全年接待读者52\n09人次，举办阅读推广活动36场，参与读者1.2万人次，新增注册读者4\n"
            "860人。\n\n二、存在问题\n\n数字资源更新不够及时。\n\n三、下一步工作计划\n\n加强数字资源建设。\n")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    s = summarize(path)
    assert "5209人次" in s.text and "4860人" in s.text
    assert s.ok


def test_completion_rate_is_computed_when_the_report_gives_only_the_amounts(tmp_path):
    text = ("临江镇2023年度部门整体支出绩效自评报告\n\n单位：万元\n\n"
            "全年调整预算2000.00万元，实际支出1850.00万元。资金主要用于镇村公共服务。\n\n"
            "一、主要成效\n\n全镇硬化村道12.5公里，惠及群众8600人。完成农村户厕改造420户。组织防汛演练18场，转移群众950人次。\n\n"
            "二、存在问题\n\n部分项目前期准备不足，支付进度偏慢。\n\n三、下一步工作计划\n\n细化分季度支出计划。\n")
    path = tmp_path / "town.txt"
    path.write_text(text, encoding="utf-8")
    s = summarize(path)
    assert "预算完成率92.50%" in parts(s.text)["总体情况"]  # 1850 ÷ 2000, derived, and the checker agrees
    assert s.ok


def test_a_report_without_figures_or_problems_says_what_it_does_not_state(tmp_path):
    path = tmp_path / "档案馆.txt"
    path.write_text("某区档案馆年度工作总结\n\n一、主要工作\n\n全面完成馆藏档案数字化加工任务，建成档案信息化管理平台。"
                    "举办档案开放日活动，接待社会各界参观。开展档案安全检查，消除库房安全隐患。\n\n"
                    "二、下一步工作计划\n\n加强档案信息化建设，推进电子档案单套制管理。\n", encoding="utf-8")
    s = summarize(path, chars=200)
    body = parts(s.text)
    assert body["总体情况"] == "报告未列明预算执行情况。"
    assert body["存在问题"] == "报告未列明。"  # not silently "无"
    assert len(points(s.text)) == 3 and "数字化加工" in points(s.text)[0]
    assert body["下一步"].startswith("加强档案信息化建设")


# --- reports of other units, as they arrive -------------------------------------------------------------


def test_site_page_furniture_never_reaches_the_summary(tmp_path):
    path = tmp_path / "网页.txt"
    path.write_text(
        "首页 > 政务公开 > 绩效信息\n南岭区文化馆2023年度绩效自评报告\n发布时间：2024-04-18    来源：南岭区文化馆    浏览次数：862\n"
        "【字体：大 中 小】 【打印本页】 【关闭窗口】\n本文档可在线阅读，也可下载PDF版本。\n\n一、部门资金情况\n\n"
        "调整预算520.00万元，实际支出508.30万元，预算执行率97.75%。\n\n二、主要成效\n\n"
        "全年举办公益培训班86期，培训群众3420人次。送戏下乡演出64场，观众2.1万人次。举办非遗展览12场，参观群众1.6万人次。\n\n"
        "三、存在的问题\n\n基层文艺骨干不足，部分村文化活动开展不经常。\n\n四、下一步工作计划\n\n开展文艺骨干培训，培育村级文艺队伍。\n\n"
        "上一篇：南岭区图书馆2023年度绩效自评报告\n扫一扫在手机打开当前页\n版权所有：南岭区人民政府  粤ICP备05012345号\n",
        encoding="utf-8")
    s = summarize(path, chars=300)
    for furniture in ("在线阅读", "下载", "浏览", "上一篇", "版权所有", "扫一扫", "打印"):
        assert furniture not in s.text
    assert "3420人次" in s.text and "基层文艺骨干不足" in s.text


def test_a_report_on_one_line_is_read_by_its_headings(tmp_path):
    path = tmp_path / "连排.txt"
    path.write_text(
        "北塘街道2023年度部门整体支出绩效自评报告 一、部门基本情况 北塘街道辖8个社区，常住人口6.2万人。 二、部门资金情况 "
        "2023年调整预算2140.00万元，实际支出1712.00万元，预算完成率80.00%。 三、绩效目标完成情况 （一）社区治理。"
        "全年调处矛盾纠纷318件，调处成功率97.2%。 （二）民生保障。发放低保金386.40万元，惠及困难群众1210人。 "
        "（三）环境整治。清理卫生死角1460处，改造老旧小区3个，惠及居民2800户。 四、存在的问题 一是预算执行率偏低，"
        "老旧小区改造项目年底才完成招标。二是社区工作者流动性大。 五、下一步工作计划 一是提前做好项目前期工作，按月通报支出进度。"
        "二是完善社区工作者薪酬体系。 单位负责人：赵某 填报人：钱某 联系电话：0000-0000000\n", encoding="utf-8")
    s = summarize(path, chars=400)
    body = parts(s.text)
    assert "预算完成率80.00%" in body["总体情况"] and "执行偏低" in body["总体情况"]
    assert "常住人口" not in body["主要成效"]  # 基本情况 describes the unit; it is no result
    assert body["存在问题"].startswith("预算执行率偏低")
    assert "填报人" not in s.text and "一、" not in s.text


def test_over_budget_and_cut_budgets_are_said_in_words(tmp_path):
    over = tmp_path / "超支.txt"
    over.write_text("项目全年预算数45.00万元，全年执行数48.60万元，执行率108.00%。\n\n一、绩效目标完成情况\n\n"
                    "代办各类事项2846件，调解矛盾纠纷64起，为老年人提供助餐服务1.15万人次。\n", encoding="utf-8")
    cut = tmp_path / "调减.txt"
    cut.write_text("年初预算1020.00万元，调整预算860.00万元，实际支出842.80万元，预算执行率98.00%。\n\n一、主要成效\n\n"
                   "全年开设课后服务课程56门，参与学生1932人。\n", encoding="utf-8")
    overall = parts(summarize(over, chars=200).text)["总体情况"]
    assert "全年预算数45.00万元" in overall and "执行率108.00%" in overall and "超出预算" in overall
    overall = parts(summarize(cut, chars=200).text)["总体情况"]
    assert "较年初预算1020.00万元有所调减" in overall and "偏低" not in overall


def test_a_shortened_sentence_keeps_what_its_clauses_refer_to():
    from drafter.engines.offline_summary import compress

    long = "全年开展水质检测1420次，水质检测达标率93.6%，未达到95%的年度指标值，超标样本集中在2处山区水厂。"
    short = compress(long, 40)
    assert short is not None and "未达到95%的年度指标值" not in short.replace("达标率93.6%，未达到", "")
    assert not short.endswith("的。")
    assert compress("严格预算约束，工程变更增加支出的。", 200) is None  # a sentence left hanging is not used


def test_a_report_that_names_no_problem_still_shows_what_its_figures_show(tmp_path):
    path = tmp_path / "文化馆.txt"
    path.write_text("某县文化馆2023年度部门整体支出绩效自评报告\n\n一、部门资金情况\n\n"
                    "2023年调整预算600.00万元，实际支出216.00万元，预算执行率36.00%。\n\n二、主要成效\n\n"
                    "全年举办公益培训班86期，培训群众3420人次。送戏下乡演出64场，观众2.1万人次。\n\n"
                    "三、存在的问题\n\n无。\n\n四、下一步工作计划\n\n继续办好群众文化活动。\n", encoding="utf-8")
    s = summarize(path, chars=300)
    problem = parts(s.text)["存在问题"]
    assert problem != "报告未列明。" and "未全部执行" in problem  # drafting's detection: 36 % spent is a problem
    assert s.ok


def test_results_and_missed_targets_from_an_indicator_table(tmp_path):
    path = tmp_path / "项目.txt"
    path.write_text("南湾镇2023年农村公路养护项目绩效自评报告\n\n项目全年预算数860.00万元，全年执行数851.40万元，执行率99.00%。\n\n"
                    "一级指标\t三级指标\t年度指标值\t实际完成值\n产出指标\t日常养护里程\t≥420公里\t436公里\n"
                    "产出指标\t危桥改造数量\t≥5座\t3座\n效益指标\t群众满意度\t≥90%\t94.5%\n\n"
                    "存在问题：部分村道日常保洁不及时。\n\n改进措施：落实村道日常养护责任。\n", encoding="utf-8")
    s = summarize(path, chars=400)
    body = parts(s.text)
    assert "日常养护里程436公里（目标≥420公里）" in body["主要成效"]  # met: a result, with its target
    assert "3座" in body["存在问题"] and "危桥改造数量" in body["存在问题"]  # missed: drafting's detection says so
    assert "3座" not in body["主要成效"]
    assert s.ok


# --- forms summarized: the steps stay whole, missed targets are no results, the budget is kept -------------

SWEEP = Path(__file__).resolve().parent / "quality" / "sweep"

DISABLED_REHAB = """\
项目名称: 2023年残疾人居家托养服务补助
被评价年度: 2023
表格类型: 项目支出
主管部门: 南岗区残疾人联合会
实施单位: 南岗区残疾人联合会
项目资金:
  单位: 万元
  年初预算数: 118.00
  全年预算数: 118.00
  全年执行数: 101.48
  分值: 10
  得分: 8.6
年度总体目标:
  - 为重度残疾人提供居家托养服务，全年服务不少于260人，上门服务每人每月不少于4次。
绩效指标:
  - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 居家托养服务人数, 年度指标值: ≥260人, 实际完成值: 231人,
     偏差原因分析及改进措施: 部分服务对象入住养老机构或去世，服务人数减少；下年度及时补充服务对象}
  - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 每人每月上门服务次数, 年度指标值: ≥4次, 实际完成值: 3.2次,
     偏差原因分析及改进措施: 护理员流失，人手不足}
  - {一级指标: 产出指标, 二级指标: 时效指标, 三级指标: 补助资金发放时间, 年度指标值: 每季度末前, 实际完成值: 按季发放}
  - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 三级指标: 服务对象满意度, 年度指标值: ≥90%, 实际完成值: 95%}
"""


def _sentences(body: str) -> list[str]:
    return [s for s in re.findall(r"[^。]+。", body)]


def _whole(sentence: str) -> bool:
    """Brackets and quotes closed, and more than a 针对…的问题 / 对“…” frame with nothing done."""
    pairs = (("（", "）"), ("“", "”"), ("《", "》"))
    if any(sentence.count(a) != sentence.count(b) for a, b in pairs):
        return False
    return not re.fullmatch(r"(?:针对|对于?)[^，]*(?:问题|”)。", sentence.strip())


@pytest.mark.parametrize("chars", [300, 500])
def test_next_steps_from_measures_that_merge_several_indicators_are_whole_sentences(tmp_path, chars):
    (tmp_path / "input.yaml").write_text(DISABLED_REHAB, encoding="utf-8")
    body = parts(summarize(tmp_path, chars=chars).text)["下一步"]
    assert body != "从略。"
    assert all(_whole(s) for s in _sentences(body)), body


def test_missed_indicators_are_no_results(tmp_path):
    (tmp_path / "input.yaml").write_text(DISABLED_REHAB, encoding="utf-8")
    text = summarize(tmp_path, chars=500).text
    results = parts(text)["主要成效"]
    for name, actual in (("居家托养服务人数", "231人"), ("每人每月上门服务次数", "3.2次")):
        assert name not in results and actual not in results, results
    assert "231人" in parts(text)["存在问题"]  # the shortfall is a problem instead


def test_a_result_sentence_loses_the_clause_of_a_missed_indicator():
    """Tab text copied from a sheet: 现场观众4.8万人次 is the actual of a target of 6万人次 that was missed."""
    results = parts(summarize(SWEEP / "performances" / "惠民演出项目自评表.txt").text)["主要成效"]
    assert "4.8万人次" not in results and "132场" in results


def test_a_form_whose_text_gives_no_budget_is_summarized_from_its_import():
    """A .docx form and text copied out of a PDF: the table's budget figures reach 总体情况 in the form's words."""
    for form, figures in ((SWEEP / "old-compounds" / "老旧小区改造项目绩效自评表.docx", ("6180", "5376.6", "87")),
                          (SWEEP / "screening" / "两癌筛查项目自评表.txt", ("186", "152.52", "82"))):
        overall = parts(summarize(form).text)["总体情况"]
        assert "全年预算数" in overall and "调整预算" not in overall, overall
        assert all(f in overall for f in figures), overall


def test_a_tab_forms_budget_is_traced_to_its_table_and_kept():
    overall = parts(summarize(SWEEP / "performances" / "惠民演出项目自评表.txt").text)["总体情况"]
    assert "全年预算数260.00万元" in overall and "全年执行数257.92万元" in overall
