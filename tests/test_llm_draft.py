"""LLM drafting end to end: chains, check-and-repair, cache and the CLI, against the local server."""

from __future__ import annotations

import json
import shutil
import subprocess
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
from drafter.tokens import count_tokens

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"
PLANTED = "全年共开展专项执法检查3610家次"


@pytest.fixture(scope="module")
def tianhe():
    return load_input(TIANHE)


def settings(server: OpenAIServer, method=StructuredMethod.JSON_SCHEMA, **kw) -> LLMSettings:
    return LLMSettings(spec=ModelSpec(name="tianhe-test", base_url=server.url, structured_method=method,
                                      **kw.pop("spec", {})),
                       progress=False, timeout=10, **kw)


@pytest.mark.parametrize("method", list(StructuredMethod))
def test_the_three_sections_are_drafted_checked_and_cover_every_problem(tianhe, method):
    with OpenAIServer(responder=DraftResponder()) as server:
        draft = draft_with_llm(tianhe, list(SECTIONS), settings(server, method), progress=False)
        requests = server.count
    assert draft.engine == "llm" and draft.model == "tianhe-test"
    assert [s.name for s in draft.sections] == list(SECTIONS)
    assert draft.ok and draft.check.summary.numbers > 20
    problems = detect_problems(tianhe, build_facts(tianhe))
    assert [p.id for p in draft.section("存在问题").paragraphs] == [p.id for p in problems]
    assert [p.ref for p in draft.section("改进措施").paragraphs] == [p.id for p in problems]
    goals = draft.section("目标完成情况").text
    assert "3229.91万元" in goals and "92.94%" in goals
    assert draft.prompts == {"condense_logs": "v2", "draft_存在问题": "v4", "draft_改进措施": "v4",
                             "draft_目标完成情况": "v3"}
    assert set(draft.prompt_sha256) == set(draft.prompts) and all(len(h) == 64 for h in draft.prompt_sha256.values())
    assert draft.usage.calls == requests and draft.usage.prompt_tokens > 0 and draft.usage.completion_tokens > 0
    assert draft.repair_rounds == 0


def test_improvement_measures_answer_the_problems_as_written_in_the_problem_section(tianhe):
    with OpenAIServer(responder=DraftResponder()) as server:
        draft_with_llm(tianhe, list(SECTIONS), settings(server), progress=False)
        measures = next(r for r in server.requests if r.schema_name == "MeasureSection")
        problems = next(r for r in server.requests if r.schema_name == "ProblemSection")
        assert measures.received >= problems.received
        assert "P1｜" in measures.user_text and "存在问题：" in measures.user_text


def test_a_planted_wrong_number_is_repaired_by_the_loop(tianhe):
    with OpenAIServer(responder=DraftResponder(plant={"GoalSection": PLANTED}, fixes=True)) as server:
        draft = draft_with_llm(tianhe, ["目标完成情况"], settings(server), progress=False)
        repair = [r for r in server.requests if r.schema_name == "GoalSection"]
    assert len(repair) == 2  # the draft and one repair round
    assert "3610" in repair[1].last_user_text and "找不到出处" in repair[1].last_user_text
    assert repair[1].messages[-2]["role"] == "assistant" and "3610" in repair[1].messages[-2]["content"]
    assert "3610" not in draft.section("目标完成情况").text
    assert draft.ok and draft.repair_rounds == 1
    assert draft.prompts["repair_section"] == "v3"


def test_a_number_the_model_never_fixes_is_marked_in_the_text_and_the_report(tianhe):
    with OpenAIServer(responder=DraftResponder(plant={"GoalSection": PLANTED}, fixes=False)) as server:
        draft = draft_with_llm(tianhe, ["目标完成情况"], settings(server, repair_rounds=2), progress=False)
        assert len([r for r in server.requests if r.schema_name == "GoalSection"]) == 3
    text = draft.section("目标完成情况").text
    assert "【待核实：3610" in text
    assert not draft.ok and draft.repair_rounds == 2
    flagged = [p for p in draft.section("目标完成情况").paragraphs if p.unsupported]
    assert len(flagged) == 1 and any("3610" in u for u in flagged[0].unsupported)
    assert [m.text for m in draft.check.unsupported] == flagged[0].unsupported


def test_a_second_identical_run_makes_no_request(tianhe):
    with OpenAIServer(responder=DraftResponder()) as server:
        first = draft_with_llm(tianhe, list(SECTIONS), settings(server), progress=False)
        sent = server.count
        second = draft_with_llm(tianhe, list(SECTIONS), settings(server), progress=False)
        assert server.count == sent
    assert second.usage.calls == 0 and second.usage.cache_hits == sent
    assert [s.model_dump() for s in second.sections] == [s.model_dump() for s in first.sections]


def test_a_year_of_logs_over_500000_characters_never_overflows_the_context(tmp_path):
    example = tmp_path / "tianhe"
    shutil.copytree(TIANHE, example)
    entries = []
    for day in range(4500):
        month, date = 1 + day % 12, 1 + day % 28
        entries.append(f"## 2022-{month:02d}-{date:02d} [任务3]\n"
                       f"组织执法人员对辖区内生产经营单位开展第{day % 50 + 1}轮安全生产执法检查，检查企业{day % 90 + 10}家次，"
                       f"发现并督促整改安全隐患{day % 40 + 3}条，对存在问题的单位下达责任改正指令书，"
                       "并对有限空间作业、粉尘涉爆、危险化学品储存等重点环节逐项复查，相关台账已归档。\n")
    (example / "worklogs" / "2022-全年-执法检查明细.md").write_text("\n".join(entries), encoding="utf-8")
    report = load_input(example)
    assert sum(len(log.text) for log in report.logs) > 500_000
    window = 16_000
    with OpenAIServer(responder=DraftResponder()) as server:
        draft = draft_with_llm(report, ["目标完成情况"], settings(server, spec={"context_window": window},
                                                               concurrency=8), progress=False)
        sizes = [sum(count_tokens(str(m["content"])) for m in r.messages) for r in server.requests]
        reduces = [r for r in server.requests if "各时段要点" in r.user_text]
    assert max(sizes) < window / 1.5  # within the window even for a tokenizer that counts 1.5× more
    assert reduces, "the map results had to be merged"
    assert draft.section("目标完成情况").paragraphs


# ------------------------------------------------------------------------------------------------ CLI


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    return run_drafter(*args, home=home, env={"DRAFTER_API_KEY": "sk-cli-test-secret-4711"})


def test_drafter_draft_with_the_llm_engine_writes_md_json_and_docx_and_reruns_from_cache(tmp_path, drafter_home):
    with OpenAIServer(responder=DraftResponder()) as server:
        base = ["draft", str(TIANHE), "--engine", "llm", "--model", "内网模型", "--base-url", server.url]
        first = run_cli(*base, "--format", "json", "--out", str(tmp_path / "draft.json"), home=drafter_home)
        assert first.returncode == 0, first.stderr
        sent = server.count
        assert sent > 0
        for fmt in ("md", "docx"):  # the same drafting again: answered from the cache, no request
            out = run_cli(*base, "--format", fmt, "--out", str(tmp_path / f"draft.{fmt}"), home=drafter_home)
            assert out.returncode == 0, out.stderr
            assert server.count == sent
    data = json.loads((tmp_path / "draft.json").read_text(encoding="utf-8"))
    assert data["engine"] == "llm" and data["model"] == "内网模型"
    assert data["prompts"]["draft_存在问题"] == "v4" and data["usage"]["calls"] == sent
    assert len(data["prompt_sha256"]["draft_存在问题"]) == 64
    assert [s["name"] for s in data["sections"]] == list(SECTIONS)
    assert "目标完成情况" in (tmp_path / "draft.md").read_text(encoding="utf-8")
    assert (tmp_path / "draft.docx").stat().st_size > 0
    for path in [*tmp_path.iterdir(), *drafter_home.glob("cache.sqlite3*")]:
        assert b"sk-cli-test-secret-4711" not in path.read_bytes()


def test_drafter_draft_exits_1_when_a_number_stays_unsupported(tmp_path, drafter_home):
    with OpenAIServer(responder=DraftResponder(plant={"GoalSection": PLANTED}, fixes=False)) as server:
        out = run_cli("draft", str(TIANHE), "--engine", "llm", "--model", "m", "--base-url", server.url,
                      "--format", "json", "--out", str(tmp_path / "d.json"), home=drafter_home)
    assert out.returncode == 1, out.stderr
    assert "3610" in out.stderr
    data = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    goals = next(s for s in data["sections"] if s["name"] == "目标完成情况")
    assert any("【待核实：3610" in p["text"] for p in goals["paragraphs"])


def test_drafter_draft_reports_an_authentication_failure_in_one_line(drafter_home):
    from drafter.testing.openai_server import Reply

    with OpenAIServer(responder=lambda r: Reply.unauthorized()) as server:
        url = server.url
        out = run_cli("draft", str(TIANHE), "--engine", "llm", "--model", "m", "--base-url", url, home=drafter_home)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "HTTP 401" in lines[0] and "DRAFTER_API_KEY" in lines[0] and url in lines[0]
    assert "sk-cli-test-secret-4711" not in out.stderr and out.stdout == ""


FOOD_BANK = """\
项目名称: 2023年困难群众临时救助资金
被评价年度: 2023
表格类型: 项目支出
主管部门: 临川区民政局
实施单位: 临川区社会救助服务中心
项目资金:
  单位: 万元
  年初预算数: 240.00
  全年预算数: 240.00
  全年执行数: 226.80
绩效指标:
  - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 临时救助人次, 年度指标值: ≥1800人次, 实际完成值: 1524人次,
     偏差原因分析及改进措施: 主动发现机制未全面覆盖偏远村组，部分困难群众未及时申请；下年度建立村级救助信息员制度}
  - {一级指标: 产出指标, 二级指标: 时效指标, 三级指标: 急难救助审批时限, 年度指标值: ≤3天, 实际完成值: 4.5天,
     偏差原因分析及改进措施: 无}
"""


def test_the_draft_prompts_carry_the_forms_own_deviation_reasons(tmp_path):
    """The form's 偏差原因分析及改进措施 is the cause the offline engine writes; the model must see it too, with
    the plan the form states, and be told where the form gave none."""
    (tmp_path / "input.yaml").write_text(FOOD_BANK, encoding="utf-8")
    report = load_input(tmp_path)
    with OpenAIServer(responder=DraftResponder()) as server:
        draft = draft_with_llm(report, ["存在问题", "改进措施"], settings(server), progress=False)
        asked = {r.schema_name: r.user_text for r in server.requests if r.schema_name in ("ProblemSection",
                                                                                           "MeasureSection")}
    assert draft.prompts["draft_存在问题"] == "v4" and draft.prompts["draft_改进措施"] == "v4"
    for section in ("ProblemSection", "MeasureSection"):
        text = asked[section]
        assert "主动发现机制未全面覆盖偏远村组，部分困难群众未及时申请" in text, section
        assert "下年度建立村级救助信息员制度" in text
        assert "急难救助审批时限｜未说明（原填“无”）" in text
    system = next(r for r in server.requests if r.schema_name == "ProblemSection").messages[0]["content"]
    assert "据自评表" in system
