"""The checker: every number of a text traced to the sources — statuses, evidence, derivations, the CLI."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from drafter.check import CheckReport, SourceData, SourceIndex, SourceText, check, check_files
from drafter.cli import main

BUDGET = SourceData(name="input.yaml", data={
    "部门名称": "广州市天河区应急管理局",
    "被评价年度": 2022,
    "部门资金情况": {"单位": "万元", "年初预算": Decimal("4124.28"), "调整预算": Decimal("3475.09"),
                     "实际支出": Decimal("3229.91")},
    "主要任务": [{"任务": "从严执法", "关键指标": [
        {"指标": "执法检查", "实际值": Decimal("1.29"), "单位": "万家次"},
        {"指标": "隐患整改率", "目标值": "≥95%", "实际值": Decimal("92.94"), "单位": "%"}]}],
    "重点项目": [{"项目名称": "森林防火经费", "全年预算数": Decimal("56.70"), "执行数": Decimal("40.27")}],
})
LOG = SourceText(name="worklogs/2022-06.md", text=(
    "## 2022-06-10 [任务3]\n\n开展应急演练785场，参演5.31万人次。实施经济处罚552万元。\n\n"
    "## 2022-09-29\n\n组织各类应急救援队伍共1800余人落实24小时值班备勤，发现并制止37起野外违规用火。\n"))


def status_of(report: CheckReport, text: str) -> str:
    found = [m for m in report.mentions if m.text == text]
    assert found, f"{text!r} not read; mentions: {[m.text for m in report.mentions]}"
    return found[0].status


def one(text: str, sources=(BUDGET, LOG)):
    report = check(text, list(sources))
    return report, {m.text: m for m in report.mentions}


# ------------------------------------------------------------------ statuses


def test_a_number_in_the_data_is_exact_and_names_its_field_path():
    report, m = one("实际支出3229.91万元。")
    assert m["3229.91万元"].status == "exact"
    assert m["3229.91万元"].evidence[0].location == "部门资金情况.实际支出"
    assert report.ok and report.unsupported == []


def test_a_number_in_a_text_source_names_its_line():
    _, m = one("参演5.31万人次。")
    assert (m["5.31万人次"].status, m["5.31万人次"].evidence[0].location) == ("exact", "line 3")


def test_yuan_and_wan_yuan_convert():
    _, m = one("实施经济处罚5520000元，调整预算34,750,900元。")
    assert m["5520000元"].status == "converted"
    assert m["34,750,900元"].status == "converted"


def test_a_rounded_figure_is_supported_at_the_precision_the_text_shows():
    _, m = one("隐患整改率92.9%，约93%，也可写作93%。")
    assert m["92.9%"].status == "rounded"
    assert m["约93%"].status == "approximate"
    assert m["93%"].status == "rounded"


def test_an_amount_in_yuan_rounds_to_wan_yuan():
    report = check("合计123.46万元。", [SourceText(name="a.txt", text="合计1234567.89元。")])
    assert report.mentions[0].status == "rounded"


def test_a_single_significant_digit_is_not_a_rounding_of_anything():
    assert status_of(check("参演5万人次。", [LOG]), "5万人次") == "unsupported"


def test_approximation_words_are_checked_in_their_direction():
    report = check("值班备勤一千八百余人，近两千人，超过1700人；制止野外违规用火逾40起。", [LOG])
    assert status_of(report, "一千八百余人") == "exact"
    assert status_of(report, "近两千人") == "approximate"
    assert status_of(report, "超过1700人") == "approximate"
    assert status_of(report, "逾40起") == "unsupported"  # 37 is fewer than 40


def test_counting_units_are_strict():
    report = check("参演5.31万人，执法检查1.29万家。", [BUDGET, LOG])
    assert report.summary.unsupported == 2


def test_a_unitless_source_number_matches_by_value():
    report = check("执行数40.27万元。", [SourceData(name="x.json", data={"rows": [[Decimal("40.27")]]})])
    assert report.mentions[0].status == "exact"
    assert report.mentions[0].evidence[0].location == "rows[0][0]"


def test_every_number_inside_a_string_value_counts():
    data = SourceData(name="x.yaml", data={"note": "全年开展宣讲5.9万次，受众达41.3万人次。"})
    assert check("受众41.3万人次", [data]).ok


def test_a_transposed_number_is_unsupported():
    report, m = one("开展应急演练758场，实施经济处罚525万元。")
    assert [u.text for u in report.unsupported] == ["758场", "525万元"]
    assert not report.ok and report.summary.unsupported == 2


# ------------------------------------------------------------------ derived


def test_rates_are_derived_from_their_two_amounts_with_the_formula():
    _, m = one("实际支出3229.91万元，调整预算3475.09万元，预算完成率92.95%。\n\n预算完成率92.94%。")
    assert m["92.95%"].status == "unsupported"
    # the 隐患整改率 indicator happens to hold 92.94 too: another rate than the words name, so the pair derives it
    assert m["92.94%"].status == "derived" and m["92.94%"].formula.startswith("3229.91万元 ÷ 3475.09万元")
    report, m = one("年初预算4124.28万元，调整预算3475.09万元，调减15.74%，调减649.19万元。")
    assert m["15.74%"].status == "derived"
    assert m["15.74%"].formula == "(3475.09万元 − 4124.28万元) ÷ 4124.28万元 × 100% = -15.74%"
    assert {e.location for e in m["15.74%"].evidence} == {"部门资金情况.年初预算", "部门资金情况.调整预算"}
    assert m["649.19万元"].status == "derived"
    assert m["649.19万元"].formula == "4124.28万元 − 3475.09万元 = 649.19万元"


def test_a_rate_is_derived_within_its_record_even_when_the_paragraph_cites_nothing_else():
    _, m = one("森林防火经费项目执行率71.02%。")
    assert m["71.02%"].status == "derived"
    assert m["71.02%"].formula == "40.27万元 ÷ 56.70万元 × 100% = 71.02%"


def test_derivations_never_pair_numbers_of_different_records_unless_the_paragraph_cites_both():
    # 40.27 (森林防火 project) ÷ 3475.09 (department budget) = 1.16%: two records, nothing cited
    assert status_of(check("占比1.16%。", [BUDGET]), "1.16%") == "unsupported"
    report = check("执行数40.27万元占调整预算3475.09万元的1.16%。", [BUDGET])
    assert status_of(report, "1.16%") == "derived"


def test_small_integers_are_derived_only_from_numbers_the_paragraph_cites():
    logs = SourceText(name="log.txt", text="启动应急响应62次，其中防暴雨45次，防台风3次。")
    assert status_of(check("另有17次响应。", [logs]), "17次") == "unsupported"
    assert status_of(check("启动响应62次，其中防暴雨45次，其余17次。", [logs]), "17次") == "derived"


def test_several_explanations_are_reported():
    data = SourceData(name="d.yaml", data={"r": {"甲项": 10, "乙项": 30, "丙项": 40, "丁项": 60}})
    report = check("甲项10，乙项30，丙项40，丁项60，乙项仍为30。", [data])
    m = [x for x in report.mentions if x.start > 12 and x.text == "30"][0]
    assert m.status == "exact"  # 30 is itself a source number: no derivation needed
    report = check("甲项10，乙项30，丙项40，丁项60，差额50。", [data])
    fifty = [x for x in report.mentions if x.text == "50"][0]
    assert fifty.status == "derived" and fifty.alternatives and "other derivations" in fifty.reason


def test_points_are_derived_from_two_percentages():
    data = SourceData(name="d.yaml", data={"病床使用率": "92.4%", "上年": "89.1%"})
    report = check("病床使用率92.4%，比上年89.1%提高3.3个百分点。", [data])
    assert status_of(report, "3.3个百分点") == "derived"


# ------------------------------------------------------------------ not quantities, titles, years, dates


def test_names_enumerators_and_idioms_are_ignored_and_never_flagged():
    report = check("一是全面落实“一线三排”，（二）进一步做好三防工作，①统一部署二十大安保。", [LOG])
    assert report.ok and report.summary.numbers == 0
    assert {m.reason for m in report.mentions} >= {"enumerator", "name", "idiom"}


def test_a_title_found_verbatim_is_ignored_and_an_invented_one_is_checked():
    source = SourceText(name="s.txt", text="推进11条有林街道签订《2022—2023年森林防火责任书》。")
    report = check("签订《2022—2023年森林防火责任书》。", [source])
    assert report.mentions[0].status == "ignored" and report.mentions[0].evidence[0].location == "line 1"
    report = check("签订《2024—2025年森林防火责任书》。", [source])
    assert report.mentions[0].status == "unsupported"


def test_years_and_dates_are_supported_by_the_sources():
    # 2024年: two years after the sources' 2022 (the next year alone dates a plan: tests/test_check_plan_years.py)
    report = check("2022年9月29日组织演练；2024年继续开展；6月10日开展应急演练；10月1日检查。", [BUDGET, LOG])
    assert status_of(report, "2022年9月29日") == "exact"
    assert status_of(report, "2024年") == "unsupported"
    assert status_of(report, "6月10日") == "exact"
    assert status_of(report, "10月1日") == "unsupported"
    # the date is in the sources, but as the date of another event
    assert status_of(check("6月10日召开专题会议。", [BUDGET, LOG]), "6月10日") == "unsupported"


def test_ocr_split_numbers_in_a_text_source_are_joined():
    seed = SourceText(name="seed.txt", text="部门调整预算收入\t3475. 09\t部门年初预算\n预算完成率\t92. 94%\n执法检查 1. 29 万家次")
    assert check("调整预算3475.09万元，完成率92.94%，检查1.29万家次。", [seed]).ok


def test_an_empty_text_has_nothing_to_flag():
    report = check("", [LOG])
    assert report.ok and report.mentions == []


# ------------------------------------------------------------------ sources and the index


def test_a_prebuilt_index_gives_the_same_report_as_the_source_list():
    index = SourceIndex.build([BUDGET, LOG])
    text = "预算完成率92.94%，结余245.18万元，参演5.31万人次，处罚525万元。"
    assert check(text, index).model_dump() == check(text, [BUDGET, LOG]).model_dump()


def test_paths_read_yaml_json_text_and_docx_recursively(tmp_path):
    import docx

    (tmp_path / "input.yaml").write_text(yaml.safe_dump({"budget": {"unit": "万元", "actual": 3229.91}},
                                                        allow_unicode=True), encoding="utf-8")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "a.md").write_text("# 日志\n\n开展宣讲5.9万次。\n", encoding="utf-8")
    (tmp_path / "logs" / "b.json").write_text('{"rows": [{"v": 41.3}]}', encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("标题")
    document.add_paragraph("参与单位6.3万家次。")
    document.save(tmp_path / "logs" / "c.docx")
    report = check("实际支出3229.91万元，宣讲5.9万次，受众41.3万人次，参与单位6.3万家次。", [tmp_path])
    assert report.ok, [(m.text, m.status) for m in report.mentions]
    where = {m.text: (Path(m.evidence[0].source).name, m.evidence[0].location) for m in report.mentions}
    assert where["5.9万次"] == ("a.md", "line 3")
    assert where["41.3万人次"] == ("b.json", "rows[0].v")
    assert where["6.3万家次"] == ("c.docx", "line 2")
    assert where["3229.91万元"] == ("input.yaml", "budget.actual")


def test_a_word_form_keeps_equal_figures_in_neighbouring_cells_and_a_merged_cell_once(tmp_path):
    # 年初预算数 and 全年预算数 are both 800.00: two cells, two figures. Reading them as one merged cell shifted
    # 全年执行数 under 全年预算数, and "未执行87.36万元" (800 − 712.64) could not be derived.
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=6)
    rows = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
            ["年度资金总额", "800.00", "800.00", "712.64", "89.08%", "8.91"],
            ["项目名称", "青少年科技节活动经费", "", "", "", ""]]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 5))  # one cell across five columns
    document.save(tmp_path / "自评表.docx")
    from drafter.load import read_docx_text

    lines = read_docx_text(tmp_path / "自评表.docx").splitlines()
    assert "年度资金总额\t800.00\t800.00\t712.64\t89.08%\t8.91" in lines
    assert "项目名称\t青少年科技节活动经费\t\t\t\t" in lines  # its text once, its other columns empty (as a sheet's)
    report = check("全年预算800万元，全年执行712.64万元，未执行87.36万元。", [tmp_path])
    assert report.ok, [(m.text, m.status, m.reason) for m in report.mentions]


# ------------------------------------------------------------------ the CLI


def run_cli(monkeypatch, capsys, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["drafter", *args])
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    with pytest.raises(SystemExit) as exc:
        main()
        raise SystemExit(0)
    out, err = capsys.readouterr()
    return exc.value.code or 0, out, err


@pytest.fixture
def example(tmp_path):
    folder = tmp_path / "src"
    (folder / "worklogs").mkdir(parents=True)
    (folder / "input.yaml").write_text(
        "部门名称: 天河区应急管理局\n被评价年度: 2022\n部门资金情况:\n  单位: 万元\n  调整预算: 3475.09\n  实际支出: 3229.91\n",
        encoding="utf-8")
    (folder / "worklogs" / "06.md").write_text("## 2022-06-10\n\n开展应急演练785场，参演5.31万人次。\n", encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text("实际支出3229.91万元，预算完成率92.94%；开展应急演练785场。\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("实际支出3229.91万元，开展应急演练758场。\n", encoding="utf-8")
    return folder, good, bad


def test_cli_exits_0_when_every_number_is_traced(monkeypatch, capsys, example):
    folder, good, _ = example
    code, out, _ = run_cli(monkeypatch, capsys, "check", str(good), "--source", str(folder))
    assert code == 0
    assert out.strip().splitlines()[-1].startswith("数字 3 个：全部可溯源")
    assert "input.yaml › 部门资金情况.实际支出" in out


def test_cli_exits_1_and_lists_the_unsupported_number(monkeypatch, capsys, example):
    folder, _, bad = example
    code, out, _ = run_cli(monkeypatch, capsys, "check", str(bad), "--source", str(folder))
    assert code == 1
    assert "758场" in out and "无法溯源" in out.strip().splitlines()[-1]


def test_cli_json_is_one_object_with_offsets_into_the_text(monkeypatch, capsys, example):
    folder, _, bad = example
    code, out, _ = run_cli(monkeypatch, capsys, "check", str(bad), "--source", str(folder), "--json")
    data = json.loads(out)
    assert code == 1 and set(data) == {"mentions", "summary", "warnings"}
    text = bad.read_text(encoding="utf-8")
    for m in data["mentions"]:
        assert {"text", "start", "end", "value", "unit", "kind", "status", "evidence", "formula"} <= set(m)
        assert text[m["start"]:m["end"]] == m["text"]
        assert all(set(e) == {"source", "location", "text"} for e in m["evidence"])
    assert [m["text"] for m in data["mentions"] if m["status"] == "unsupported"] == ["758场"]
    assert data["summary"]["unsupported"] == 1 and data["summary"]["ok"] is False


def test_cli_reads_standard_input(monkeypatch, capsys, example):
    folder, _, _ = example
    code, _, _ = run_cli(monkeypatch, capsys, "check", "-", "--source", str(folder), stdin="参演5.31万人次。")
    assert code == 0


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "文件不存在"),
    (lambda p: p.write_bytes("实际支出".encode("gbk")), "不是 UTF-8"),
    (lambda p: p.write_text("  \n", encoding="utf-8"), "文本为空"),
])
def test_cli_bad_text_exits_2_with_one_line(monkeypatch, capsys, example, tmp_path, setup, message):
    folder, _, _ = example
    path = tmp_path / "t.md"
    setup(path)
    code, out, err = run_cli(monkeypatch, capsys, "check", str(path), "--source", str(folder))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err and str(path) in err


def test_cli_bad_sources_exit_2_with_one_line(monkeypatch, capsys, example, tmp_path):
    _, good, _ = example
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "picture.png").write_bytes(b"\x89PNG")
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [1, 2\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\xff")
    for source, message in ((empty, "没有可读取的来源"), (tmp_path / "missing", "不存在"), (broken, "YAML"),
                            (binary, "不是文本")):
        code, out, err = run_cli(monkeypatch, capsys, "check", str(good), "--source", str(source))
        assert code == 2 and out == "", source
        assert len(err.strip().splitlines()) == 1 and message in err and str(source) in err


def test_cli_without_a_source_is_a_usage_error(monkeypatch, capsys, example):
    _, good, _ = example
    code, _, err = run_cli(monkeypatch, capsys, "check", str(good))
    assert code == 2 and "--source" in err


def test_a_zero_balance_is_derived_from_two_equal_cited_figures():
    data = SourceData(name="x.yaml", data={"项目": {"全年预算数": Decimal("59.12"), "执行数": Decimal("59.12")}})
    report = check("全年预算数59.12万元，执行数59.12万元，结余0万元。", [data])
    assert status_of(report, "0万元") == "derived"
    assert status_of(check("结余0万元。", [data]), "0万元") == "unsupported"


# ------------------------------------------------------------------ found by the blind corpus cases (cdc, water, hrss)

SUBSIDIES = SourceData(name="补贴.json", data={
    "补贴发放": [{"类别": "创业担保贷款贴息", "户数": 436, "金额（元）": 8723500},
                 {"类别": "一次性创业资助", "户数": 612, "金额（元）": 6120000},
                 {"类别": "职业技能培训补贴", "培训人次": 12860, "金额（元）": 15432000}],
    "城镇登记失业率（%）": {"控制目标": "≤3.5", "实际": Decimal("2.31"), "上年": Decimal("2.58")},
})


def test_an_amount_is_traced_to_the_amount_field_not_to_a_count_with_the_same_digits():
    report = check("贴息436户、872.35万元；创业资助612户、612万元；两项合计1484.35万元。", [SUBSIDIES])
    m = {x.text: x for x in report.mentions}
    assert m["612万元"].evidence[0].location == "补贴发放[1].金额（元）"
    assert m["1484.35万元"].status == "derived"
    assert {e.location for e in m["1484.35万元"].evidence} == {"补贴发放[0].金额（元）", "补贴发放[1].金额（元）"}


def test_a_unit_in_a_parent_key_reaches_its_children():
    report = check("失业率2.31%，较上年2.58%下降0.27个百分点，控制在3.5%以内。", [SUBSIDIES])
    assert status_of(report, "0.27个百分点") == "derived"
    assert status_of(report, "3.5%") == "exact"
    # now a percentage, the bound no longer supports a count
    assert status_of(check("帮扶3.5人。", [SUBSIDIES]), "3.5人") == "unsupported"


def test_a_key_that_names_its_counting_unit_keeps_counts_strict():
    assert status_of(check("补贴培训12860人次。", [SUBSIDIES]), "12860人次") == "exact"
    assert status_of(check("补贴培训12860人。", [SUBSIDIES]), "12860人") == "unsupported"
    assert status_of(check("贴息436户。", [SUBSIDIES]), "436户") == "exact"


def test_wan_fang_is_wan_cubic_metres():
    data = SourceData(name="input.yaml", data={"指标": [{"指标": "河道清淤", "实际值": Decimal("126.5"),
                                                          "单位": "万立方米"}]})
    report = check("清淤126.5万方，约127万立方米，即1265000立方米。", [data])
    assert report.ok
    assert status_of(check("清淤162.5万方。", [data]), "162.5万方") == "unsupported"


def test_a_difference_whose_operands_are_stated_in_another_paragraph_is_derived_even_in_large_sources():
    # more source numbers than the global derivation search allows: only the text's own citations can help
    filler = "\n\n".join(f"第{i}批共检查{1000 + i * 7}家次，整改{200 + i}条。" for i in range(3000))
    sources = [SourceData(name="input.yaml", data={"部门资金情况": {"调整预算": "3475.09万元", "实际支出": "3229.91万元"}}),
               SourceText(name="worklogs.md", text=filler)]
    text = "全年实际支出3229.91万元，调整预算3475.09万元。\n\n（一）预算资金未全部执行，245.18万元预算资金未形成支出。"
    report = check(text, sources)
    balance = next(m for m in report.mentions if m.text == "245.18万元")
    assert balance.status == "derived" and balance.formula == "3475.09万元 − 3229.91万元 = 245.18万元"


def test_a_docx_draft_is_checked_without_its_own_check_appendix(tmp_path):
    from drafter.pipeline import draft
    from drafter.render import render_docx

    root = Path(__file__).resolve().parents[1] / "examples" / "tianhe-2022"
    out = tmp_path / "draft.docx"
    out.write_bytes(render_docx(draft(root)))
    report = check_files(str(out), [root / "input.yaml", root / "worklogs"])
    assert report.ok and all(m.text != "附" for m in report.mentions)
