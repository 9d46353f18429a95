"""The eval metrics on Chinese report text: characters and jieba words, never whitespace."""

from __future__ import annotations

from decimal import Decimal

from drafter import metrics as M

BUDGET = "全年实际支出3229.91万元，预算完成率92.94%，年中预算调减15.74%。"
PROBLEMS = """## 存在问题

经自评，主要存在以下问题：

（一）预算执行进度偏慢。全年预算完成率为92.94%，245.18万元预算资金未形成支出。
（二）重点项目执行率偏低。森林防火经费全年预算数56.7万元，执行数40.27万元，执行率仅为71.02%。
（三）部分绩效指标完成值未量化，“区域应急救援能力”以文字表述，难以客观衡量完成程度。"""
MEASURES = """## 改进措施

针对上述问题，下一步我局将：

（一）加快预算执行进度，年初将预算分解为分月用款计划，按月通报执行进度，避免资金沉淀。
（二）提前做好森林防火经费项目前期准备和政府采购，细化季度支出计划，提高项目执行率。
（三）修订绩效指标体系，为每项关键指标设置可量化的年度指标值，以实际完成数填报。"""


def test_length_counts_characters_of_the_printed_text_not_words():
    assert M.char_length("预算完成率92.94%。") == 12
    # Markdown marks and whitespace are not printed, so they are not counted.
    assert M.char_length("## 存在问题\n\n（一）预算执行偏慢。") == 14


def test_rouge_l_on_characters_scores_a_chinese_paraphrase_that_whitespace_splitting_would_call_unrelated():
    reference = "全年实际支出3229.91万元，预算完成率92.94%。"
    paraphrase = "本年度实际支出为3229.91万元，预算完成率达到92.94%。"
    # Whitespace tokenisation sees one token each side, and they differ: a score of zero.
    assert reference.split() != paraphrase.split()
    score = M.rouge_l(paraphrase, reference, "char")
    assert Decimal("0.8") < score < 1
    assert M.rouge_l(reference, reference, "char") == 1


def test_rouge_l_on_jieba_words_is_stricter_than_on_characters_for_reordered_words():
    reference = "加强预算执行管理，提高资金使用效益。"
    candidate = "提高资金使用效益，加强预算执行管理。"
    by_char, by_word = M.rouge_l(candidate, reference, "char"), M.rouge_l(candidate, reference, "word")
    assert Decimal(0) < by_word < 1 and Decimal(0) < by_char < 1
    assert M.word_tokens("加强预算执行管理") == ["加强", "预算", "执行", "管理"]


def test_rouge_l_ignores_punctuation_and_full_width_forms():
    assert M.rouge_l("预算完成率９２．９４％", "预算完成率92.94%", "char") == 1
    assert M.rouge_l("", "预算完成率", "char") == 0


def test_required_headings_are_found_in_markdown_and_numbered_forms_but_not_inside_sentences():
    text = "一、目标完成情况\n全年预算完成率92.94%。\n## 存在问题\n预算执行偏慢，改进措施见下。"
    assert M.missing_headings(text, ["目标完成情况", "存在问题", "改进措施"]) == ["改进措施"]


def test_required_phrases_ignore_spacing_and_width():
    text = "全年实际支出 3229.91 万元，预算完成率 ９２.９４％。"
    assert M.missing_phrases(text, ["预算完成率92.94%", "预算调整率"]) == ["预算调整率"]


def test_items_split_at_enumerators_and_skip_lead_ins_and_headings():
    items = M.split_items(PROBLEMS)
    assert len(items) == 3
    assert items[1].startswith("（二）重点项目执行率偏低")
    inline = M.split_items("一是预算执行进度偏慢，完成率92.94%；二是部分指标未量化。")
    assert inline == ["一是预算执行进度偏慢，完成率92.94%；", "二是部分指标未量化。"]


def test_every_problem_is_paired_with_its_own_measure_by_shared_words():
    pairing = M.pair_by_words(M.split_items(PROBLEMS), M.split_items(MEASURES))
    assert (pairing.problems, pairing.answered, pairing.share) == (3, 3, Decimal(1))
    assert pairing.method == "lexical"


def test_a_problem_no_measure_talks_about_is_reported_unanswered():
    measures = M.split_items(MEASURES)[:2] + ["（三）加强干部队伍教育培训，提升业务素质。"]
    pairing = M.pair_by_words(M.split_items(PROBLEMS), measures)
    assert pairing.answered == 2 and pairing.share == Decimal("0.6667")
    assert pairing.unanswered[0].startswith("（三）部分绩效指标完成值未量化")


def test_one_generic_measure_cannot_answer_two_problems():
    generic = ["加快预算执行进度，提高预算执行率和项目执行率。"]
    problems = M.split_items(PROBLEMS)[:2]
    assert M.pair_by_words(problems, generic).answered == 1


def test_pairing_by_paragraph_refs_uses_ids_not_words():
    pairing = M.pair_by_refs([("P1", "预算执行偏慢"), ("P2", "指标未量化")], ["P1", None])
    assert (pairing.answered, pairing.unanswered, pairing.method) == (1, ["指标未量化"], "ref")


def test_empty_praise_without_a_figure_nearby_is_a_hit_and_with_one_is_not():
    text = ("全年安全生产执法工作取得显著成效。"
            "全区共执法检查各类生产经营单位1.29万家次，消除隐患2485条，取得显著成效。")
    hits = M.banned_hits(text)
    assert [(h.phrase, h.reason) for h in hits] == [("取得显著成效", "empty-praise")]
    assert hits[0].start == text.index("取得显著成效")


def test_an_enumerator_or_slogan_numeral_is_not_a_figure_that_excuses_praise():
    text = "一是全面落实“一线三排”工作机制，取得显著成效。"
    assert [h.phrase for h in M.banned_hits(text)] == ["取得显著成效"]


def test_banned_phrases_are_hits_wherever_they_appear():
    hits = M.banned_hits("存在问题：暂无。", banned=["暂无"], praise=())
    assert [(h.phrase, h.reason) for h in hits] == [("暂无", "banned")]


def test_key_figures_are_matched_by_value_and_unit_not_by_string():
    figures = [
        M.KeyFigure(name="预算完成率", value=Decimal("92.94"), unit="%"),
        M.KeyFigure(name="执法检查", value=Decimal("1.29"), unit="万家次"),
        M.KeyFigure(name="调整预算", value=Decimal("3475.09"), unit="万元"),
        M.KeyFigure(name="应急演练", value=Decimal("785"), unit="场"),
    ]
    text = ("调整预算3,475.09万元，预算完成率约为92.9%；全年执法检查12900家次，"
            "开展应急演练785次。")
    found = {f.name for f in M.covered_figures(text, figures)}
    # 3,475.09万元 is the same amount; 92.9% states 92.94% at the precision written; 12900家次 is 1.29万家次;
    # 785次 is not 785场.
    assert found == {"预算完成率", "执法检查", "调整预算"}


def test_a_figure_inside_a_longer_number_does_not_count():
    figures = [M.KeyFigure(name="消除隐患", value=Decimal("248"), unit="条")]
    assert M.covered_figures("发现并消除隐患2485条。", figures) == []


def test_rounding_needs_three_significant_digits_so_a_coarse_figure_states_nothing():
    fig = M.KeyFigure(name="执法检查", value=Decimal("12900"), unit="家次")
    assert not M.figure_matches(fig, Decimal("1"), "万家次")
    assert M.figure_matches(M.KeyFigure(name="r", value=Decimal("92.94"), unit="%"), Decimal("93"), "%") is False
    assert M.figure_matches(M.KeyFigure(name="r", value=Decimal("92.94"), unit="%"), Decimal("92.9"), "%")


def test_mean_and_spread_over_repeats_are_decimals():
    values = [Decimal("0.9"), Decimal("1"), Decimal("0.8")]
    assert M.mean(values) == Decimal("0.9000")
    assert M.spread(values) == Decimal("0.0816")
    assert M.spread([Decimal("0.5")]) == 0


def test_quoted_praise_is_a_quotation_not_praise():
    text = "“全民阅读氛围”指标的实际完成值只写“效果明显”，没有可与目标比对的数值。"
    assert M.banned_hits(text) == []


def test_a_figure_whose_unit_the_extractor_reads_short_still_counts():
    # 万册次 is read as 万册 by the extractor; the text after the numeral still spells the figure's unit.
    figures = [M.KeyFigure(name="全年图书外借册次", value=Decimal("23.4"), unit="万册次")]
    assert M.covered_figures("全年图书外借23.4万册次，未达到目标。", figures) == figures
    assert M.covered_figures("全年新增馆藏23.4万册。", figures) == []


def test_a_run_in_heading_counts_as_a_heading():
    summary = "总体情况：全年预算完成率92.94%。\n主要成效：\n1. 执法检查1.29万家次。\n存在问题：森林防火经费执行率71.02%。"
    assert M.missing_headings(summary, ["总体情况", "主要成效", "存在问题", "下一步"]) == ["下一步"]
