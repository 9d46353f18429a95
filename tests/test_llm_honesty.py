"""Never hide what the model did: paragraphs drafter wrote in the model's place are counted, reported and
marked; the references a model is likely to write are understood; numbers are written by reference and
rendered by drafter — all against the local OpenAI-compatible server over real HTTP."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.chains.draft import draft_with_llm
from drafter.facts import build_facts
from drafter.load import load_input
from drafter.models import LLMSettings, ModelSpec, StructuredMethod
from drafter.outputs import SECTIONS
from drafter.problems import detect_problems
from drafter.testing.cli import run_drafter
from drafter.testing.openai_server import OpenAIServer
from drafter.testing.responders import DraftResponder

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"


@pytest.fixture(scope="module")
def tianhe():
    return load_input(TIANHE)


@pytest.fixture(scope="module")
def problems(tianhe):
    return detect_problems(tianhe, build_facts(tianhe))


def settings(server: OpenAIServer, **kw) -> LLMSettings:
    return LLMSettings(spec=ModelSpec(name="tianhe-test", base_url=server.url,
                                      structured_method=StructuredMethod.JSON_SCHEMA),
                       progress=False, timeout=10, **kw)


class WrongIds(DraftResponder):
    """A model that writes every problem and measure but cites problem ids the list does not have (Q1 …)."""

    def __call__(self, request):
        answer = super().__call__(request)
        if request.schema_name == "ProblemSection":
            for p in answer["paragraphs"]:
                p["problem"] = p["problem"].replace("P", "Q")
        if request.schema_name == "MeasureSection":
            for p in answer["paragraphs"]:
                p["answers"] = p["answers"].replace("P", "Q")
        return answer


class Styled(DraftResponder):
    """A model that names the problems its own way: p1, "P1：", 问题1, （一）, or the problem's title."""

    def __init__(self, style):
        super().__init__()
        self.style = style

    def __call__(self, request):
        answer = super().__call__(request)
        field = {"ProblemSection": "problem", "MeasureSection": "answers"}.get(request.schema_name)
        if field:
            titles = dict(re.findall(r"^(P\d+)｜(?:[^｜\n]+｜)?([^。｜\n]+)", request.user_text, re.MULTILINE))
            for p in answer["paragraphs"]:
                p[field] = self.style(p[field], titles[p[field]])
        return answer


CHINESE = "一二三四五六七八九十"


@pytest.mark.parametrize("style", [
    lambda pid, title: pid.lower(),
    lambda pid, title: f"{pid}：",
    lambda pid, title: f"问题{pid[1:]}",
    lambda pid, title: f"（{CHINESE[int(pid[1:]) - 1]}）",
    lambda pid, title: title,
], ids=["p1", "P1colon", "问题1", "（一）", "title"])
def test_references_a_model_is_likely_to_write_are_matched_without_a_repair_round(tianhe, problems, style):
    with OpenAIServer(responder=Styled(style)) as server:
        draft = draft_with_llm(tianhe, ["存在问题", "改进措施"], settings(server), progress=False)
        sent = [r.schema_name for r in server.requests]
    assert sent.count("ProblemSection") == 1 and sent.count("MeasureSection") == 1
    assert [p.id for p in draft.section("存在问题").paragraphs] == [p.id for p in problems]
    assert [p.ref for p in draft.section("改进措施").paragraphs] == [p.id for p in problems]
    assert all(p.written_by == "model" for s in draft.sections for p in s.paragraphs)


def test_an_unknown_reference_is_named_in_the_repair_request(tianhe):
    with OpenAIServer(responder=WrongIds()) as server:
        draft_with_llm(tianhe, ["存在问题"], settings(server, repair_rounds=1), progress=False)
        repair = [r for r in server.requests if r.schema_name == "ProblemSection"][1]
    assert "Q1" in repair.last_user_text and "不在问题清单中" in repair.last_user_text


def test_paragraphs_written_by_rules_in_the_models_place_are_counted(tianhe, problems):
    with OpenAIServer(responder=WrongIds()) as server:
        draft = draft_with_llm(tianhe, list(SECTIONS), settings(server, repair_rounds=1), progress=False)
    written = draft.section("存在问题").paragraphs
    assert [p.written_by for p in written] == ["rules"] * len(problems)
    assert all(p.note and p.id in p.note for p in written)
    assert all(p.written_by == "rules" for p in draft.section("改进措施").paragraphs)
    assert all(p.written_by == "model" for p in draft.section("目标完成情况").paragraphs)
    tally = draft.provenance
    assert tally["存在问题"].paragraphs == tally["存在问题"].by_rules == len(problems)
    assert tally["存在问题"].by_model == 0 and tally["目标完成情况"].by_rules == 0
    goals = len(draft.section("目标完成情况").paragraphs)
    assert draft.model_share == (Decimal(goals) / Decimal(goals + 2 * len(problems))).quantize(Decimal("0.0001"))


def test_drafter_draft_warns_per_section_and_marks_the_paragraphs_it_filled_in(tmp_path, drafter_home, problems):
    n = len(problems)
    with OpenAIServer(responder=WrongIds()) as server:
        base = ["draft", str(TIANHE), "--engine", "llm", "--model", "m", "--base-url", server.url,
                "--repair-rounds", "1"]
        md = run_drafter(*base, "--out", str(tmp_path / "d.md"), home=drafter_home)
        js = run_drafter(*base, "--format", "json", "--out", str(tmp_path / "d.json"), home=drafter_home)
        docx = run_drafter(*base, "--out", str(tmp_path / "d.docx"), home=drafter_home)
    for out in (md, js, docx):
        assert out.returncode == 0, out.stderr
        assert f"存在问题：{n} 段中 {n} 段由离线规则补写" in out.stderr
        assert f"改进措施：{n} 段中 {n} 段由离线规则补写" in out.stderr
        assert "目标完成情况：" not in out.stderr
    text = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert text.count("离线规则补写") == 2 * n
    data = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert data["provenance"]["存在问题"] == {"paragraphs": n, "by_model": 0, "by_rules": n, "marked": 0}
    import docx as python_docx

    document = python_docx.Document(str(tmp_path / "d.docx"))
    assert sum("离线规则补写" in p.text for p in document.paragraphs) == 2 * n


def test_an_honest_model_draft_says_nothing_about_fallbacks(tmp_path, drafter_home):
    with OpenAIServer(responder=DraftResponder()) as server:
        out = run_drafter("draft", str(TIANHE), "--engine", "llm", "--model", "m", "--base-url", server.url,
                          home=drafter_home)
    assert out.returncode == 0, out.stderr
    assert "离线规则补写" not in out.stderr + out.stdout


# ------------------------------------------------------------------------------- numbers by reference


class ByReference(DraftResponder):
    """Writes the 目标完成情况 section's budget paragraph with references only."""

    def __init__(self, text: str, fixed: str | None = None):
        super().__init__()
        self.text, self.fixed = text, fixed

    def __call__(self, request):
        if request.schema_name != "GoalSection":
            return super().__call__(request)
        repairing = "核验未通过" in request.last_user_text
        text = self.fixed if repairing and self.fixed else self.text
        return {"paragraphs": [{"text": text, "cites": []}]}


def test_a_reference_is_rendered_with_the_facts_unit_and_precision(tianhe):
    reply = "2022年调整预算{F2}，实际支出{F3}，预算完成率{F7}；天河区森林防火经费项目全年预算数{F41}。"
    with OpenAIServer(responder=ByReference(reply)) as server:
        draft = draft_with_llm(tianhe, ["目标完成情况"], settings(server), progress=False)
    p = draft.section("目标完成情况").paragraphs[0]
    assert p.text == "2022年调整预算3475.09万元，实际支出3229.91万元，预算完成率92.94%；天河区森林防火经费项目全年预算数56.70万元。"
    assert [(n.ref, n.text, n.facts[0]) for n in p.numbers] == [
        ("{F2}", "3475.09万元", "F2"), ("{F3}", "3229.91万元", "F3"), ("{F7}", "92.94%", "F7"),
        ("{F41}", "56.70万元", "F41")]
    assert set(p.cites) >= {"F2", "F3", "F7", "F41"}
    assert draft.ok and draft.repair_rounds == 0


def test_formulas_over_references_are_computed_by_drafter(tianhe):
    reply = "实际支出占调整预算的{F3/F2}，结余{F2-F3}，年中调减{F9}。"
    with OpenAIServer(responder=ByReference(reply)) as server:
        draft = draft_with_llm(tianhe, ["目标完成情况"], settings(server), progress=False)
    p = draft.section("目标完成情况").paragraphs[0]
    assert p.text == "实际支出占调整预算的92.94%，结余245.18万元，年中调减15.74%。"
    ratio, diff, cut = p.numbers
    assert ratio.ref == "{F3/F2}" and ratio.facts == ["F3", "F2"] and ratio.value == Decimal("92.94")
    assert "3229.91" in ratio.formula and "3475.09" in ratio.formula and ratio.unit == "%"
    assert diff.ref == "{F2-F3}" and diff.value == Decimal("245.18") and diff.unit == "万元"
    assert cut.value == Decimal("-15.74") and cut.text == "15.74%"  # the sign is in the word 调减
    assert draft.ok


def test_an_unknown_reference_goes_back_to_the_model_and_is_never_printed_raw(tianhe):
    with OpenAIServer(responder=ByReference("实际支出{F999}。", fixed="实际支出{F3}。")) as server:
        draft = draft_with_llm(tianhe, ["目标完成情况"], settings(server), progress=False)
        asks = [r for r in server.requests if r.schema_name == "GoalSection"]
    assert len(asks) == 2 and "{F999}" in asks[1].last_user_text and "事实表中没有" in asks[1].last_user_text
    assert draft.section("目标完成情况").paragraphs[0].text == "实际支出3229.91万元。"


def test_a_typed_wrong_digit_next_to_references_is_still_caught_and_repaired(tianhe):
    wrong = "实际支出{F3}，预算完成率93.5%。"
    with OpenAIServer(responder=ByReference(wrong, fixed="实际支出{F3}，预算完成率{F7}。")) as server:
        draft = draft_with_llm(tianhe, ["目标完成情况"], settings(server), progress=False)
        asks = [r for r in server.requests if r.schema_name == "GoalSection"]
    assert len(asks) == 2 and "93.5%" in asks[1].last_user_text
    assert draft.section("目标完成情况").paragraphs[0].text == "实际支出3229.91万元，预算完成率92.94%。"
    assert draft.ok and draft.repair_rounds == 1


def test_the_draft_prompts_ask_for_numbers_by_reference(tianhe):
    with OpenAIServer(responder=DraftResponder()) as server:
        draft = draft_with_llm(tianhe, list(SECTIONS), settings(server), progress=False)
        systems = {r.schema_name: r.system_text for r in server.requests if r.schema_name}
    for name in ("GoalSection", "ProblemSection", "MeasureSection"):
        assert "{F12}" in systems[name] and "{F3/F5}" in systems[name]
    refs = [n for s in draft.sections for p in s.paragraphs for n in p.numbers if n.ref]
    assert len(refs) > 20 and draft.ok  # the test model writes its figures by reference too


def test_the_json_keeps_each_rendered_numbers_reference_and_facts(tmp_path, drafter_home):
    with OpenAIServer(responder=ByReference("预算完成率{F3/F2}，实际支出{F3}。")) as server:
        out = run_drafter("draft", str(TIANHE), "--engine", "llm", "--model", "m", "--base-url", server.url,
                          "-s", "目标完成情况", "--format", "json", home=drafter_home)
    assert out.returncode == 0, out.stderr
    numbers = json.loads(out.stdout)["sections"][0]["paragraphs"][0]["numbers"]
    assert numbers[0]["ref"] == "{F3/F2}" and numbers[0]["facts"] == ["F3", "F2"] and numbers[0]["formula"]
    assert numbers[1]["ref"] == "{F3}" and numbers[1]["facts"] == ["F3"]


def test_a_rendered_reference_is_traced_by_its_reference_while_the_same_figure_typed_is_judged():
    """The checker may doubt that a typed 25万册次 counts what the sentence says; {F54} is the target by
    construction. The typed figure keeps the checker's verdict."""
    from drafter.check import check
    from drafter.draftcheck import PARAGRAPH_SEP, trust_references
    from drafter.chains.draft import _paragraph

    jiangwan = ROOT / "examples" / "jiangwan-library-2023"
    report = load_input(jiangwan)
    sheet = build_facts(report)
    by_ref = _paragraph("全年图书外借未达到年度目标：年度目标{F54}，实际完成{F55}。", [], sheet)
    typed = _paragraph("全年图书外借未达到年度目标：年度目标25万册次，实际完成23.4万册次。", [], sheet)
    assert by_ref.text == typed.text
    from drafter.draftcheck import check_sources

    sources = check_sources(report)
    raw = check(PARAGRAPH_SEP.join([by_ref.text, typed.text]), sources)
    trusted = trust_references(raw, [by_ref, typed])
    first = [m for m in trusted.mentions if m.start < len(by_ref.text) and m.status != "ignored"]
    second = [m for m in trusted.mentions if m.start > len(by_ref.text) and m.status != "ignored"]
    assert all(m.status != "unsupported" for m in first)
    assert [m.status for m in second] == [m.status for m in raw.mentions if m.start > len(by_ref.text)
                                          and m.status != "ignored"]
    assert trusted.summary.unsupported == sum(m.status == "unsupported" for m in trusted.mentions)
